//! `Edm.Duration`: a signed length of time in days, hours, minutes and seconds.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M)";

const NANOS_PER_SECOND: u128 = 1_000_000_000;

/// An OData `Edm.Duration`: `[-]P[nD][T[nH][nM][n[.n]S]]`, as in `PT1H30M` or `-PT17.1357909S`.
///
/// The OData ABNF `durationValue`: an optional sign, `P`, days, then after `T` hours, minutes
/// and seconds with an optional fraction; at least one component, and a `T` needs one after
/// it. Designators may be lowercase. Years, months and weeks (`P1Y`, `P2M`, `P1W`) are not in
/// the ABNF, have no fixed length, and are refused; every duration in Graph's API reference
/// fits the ABNF (`PT30M`, `P1D`, `P365D`, `P4DT12H30M5S`, `PT3M29.6631862S`, ...).
///
/// **Written back as read**, leading zeros and fraction digits included: the value keeps its
/// text, and equality and hashing compare the text (`PT60M != PT1H`; compare
/// [`total_nanos`](Self::total_nanos) for the length). Components have no upper bound except
/// `u64`; fraction digits past the ninth are kept in the text and truncated in
/// [`subsec_nanos`](Self::subsec_nanos). Serialized as a JSON string.
///
/// ```
/// use graph_entity::edm::Duration;
///
/// let duration: Duration = "P4DT12H30M5S".parse()?;
/// assert_eq!((duration.days(), duration.hours(), duration.minutes()), (4, 12, 30));
/// assert_eq!(duration.seconds(), 5);
/// assert_eq!(duration.total_nanos(), ((4 * 24 + 12) * 3600 + 30 * 60 + 5) * 1_000_000_000);
/// assert_eq!(duration.to_string(), "P4DT12H30M5S");
///
/// let negative: Duration = "-PT17.1357909S".parse()?;
/// assert_eq!(negative.total_nanos(), -17_135_790_900);
///
/// let built = Duration::from(core::time::Duration::from_millis(90_500));
/// assert_eq!(built.to_string(), "PT90.5S");
///
/// let err = "1 hour".parse::<Duration>().unwrap_err();
/// assert_eq!(err.to_string(), "not an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M)");
/// # Ok::<(), graph_entity::edm::ParseDurationError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Duration {
    text: Box<str>,
    negative: bool,
    days: u64,
    hours: u64,
    minutes: u64,
    seconds: u64,
    nanos: u32,
}

impl Duration {
    /// A duration of `magnitude`, negative if `negative` and not zero, written in the canonical
    /// form `[-]PT<seconds>[.<fraction>]S` with the shortest exact fraction.
    ///
    /// ```
    /// use core::time::Duration as StdDuration;
    /// use graph_entity::edm::Duration;
    ///
    /// assert_eq!(Duration::new(true, StdDuration::from_secs(3600)).to_string(), "-PT3600S");
    /// assert_eq!(Duration::new(true, StdDuration::ZERO).to_string(), "PT0S");
    /// ```
    pub fn new(negative: bool, magnitude: core::time::Duration) -> Self {
        let negative = negative && !magnitude.is_zero();
        let (seconds, nanos) = (magnitude.as_secs(), magnitude.subsec_nanos());
        let sign = if negative { "-" } else { "" };
        let text = if nanos == 0 {
            format!("{sign}PT{seconds}S")
        } else {
            let fraction = format!("{nanos:09}");
            format!("{sign}PT{seconds}.{}S", fraction.trim_end_matches('0'))
        };
        Self {
            text: text.into_boxed_str(),
            negative,
            days: 0,
            hours: 0,
            minutes: 0,
            seconds,
            nanos,
        }
    }

    /// A duration of `nanos` nanoseconds (negative below 0), in the canonical form of
    /// [`new`](Self::new); `None` if its seconds do not fit in a `u64`.
    pub fn from_nanos(nanos: i128) -> Option<Self> {
        let magnitude = nanos.unsigned_abs();
        let seconds = u64::try_from(magnitude / NANOS_PER_SECOND).ok()?;
        let subsec = u32::try_from(magnitude % NANOS_PER_SECOND).ok()?;
        Some(Self::new(
            nanos < 0,
            core::time::Duration::new(seconds, subsec),
        ))
    }

    /// The text, as read or as built.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the duration is negative (written with a leading `-`).
    pub const fn is_negative(&self) -> bool {
        self.negative
    }

    /// The days component (`nD`), 0 when absent.
    pub const fn days(&self) -> u64 {
        self.days
    }

    /// The hours component (`nH`), 0 when absent; not limited to 23.
    pub const fn hours(&self) -> u64 {
        self.hours
    }

    /// The minutes component (`nM`), 0 when absent; not limited to 59.
    pub const fn minutes(&self) -> u64 {
        self.minutes
    }

    /// The whole seconds of the seconds component (`n.nS`), 0 when absent.
    pub const fn seconds(&self) -> u64 {
        self.seconds
    }

    /// The fraction of the seconds component in nanoseconds, truncated to 9 digits.
    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// The whole length in nanoseconds, negative for a negative duration (a day is 24 hours).
    pub const fn total_nanos(&self) -> i128 {
        // At most (u64::MAX * 90061 + 10^9) * 10^9 < 2 * 10^33: far inside i128.
        let seconds = ((self.days as i128 * 24 + self.hours as i128) * 60 + self.minutes as i128)
            * 60
            + self.seconds as i128;
        let magnitude = seconds * 1_000_000_000 + self.nanos as i128;
        if self.negative { -magnitude } else { magnitude }
    }
}

/// Reads a run of ASCII digits; returns the value (`None` past `u64`) and the digit count.
fn digits(bytes: &[u8]) -> (Option<u64>, usize) {
    let count = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let value = bytes
        .get(..count)
        .unwrap_or_default()
        .iter()
        .try_fold(0_u64, |acc, &d| {
            acc.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        });
    (value, count)
}

/// The first 9 digits of a fraction as nanoseconds.
fn fraction_nanos(fraction: &[u8]) -> u32 {
    (0..9).fold(0, |acc, i| {
        acc * 10 + fraction.get(i).map_or(0, |&d| u32::from(d - b'0'))
    })
}

impl FromStr for Duration {
    type Err = ParseDurationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SYNTAX: ParseDurationError = ParseDurationError { kind: Kind::Syntax };
        let err = |kind| ParseDurationError { kind };
        let mut value = Self {
            text: Box::from(s),
            negative: false,
            days: 0,
            hours: 0,
            minutes: 0,
            seconds: 0,
            nanos: 0,
        };
        let mut rest = match s.as_bytes() {
            [b'-', rest @ ..] => {
                value.negative = true;
                rest
            }
            [b'+', rest @ ..] => rest,
            bytes => bytes,
        };
        rest = match rest {
            [b'P' | b'p', rest @ ..] => rest,
            _ => return Err(SYNTAX),
        };
        // Designators in the order they may appear; `T` switches from the date part to the time.
        let mut in_time = false;
        let mut components = 0;
        let mut last = 0;
        while !rest.is_empty() {
            if let [b'T' | b't', tail @ ..] = rest {
                if in_time || tail.is_empty() {
                    return Err(SYNTAX);
                }
                in_time = true;
                rest = tail;
                continue;
            }
            let (number, count) = digits(rest);
            let after = rest.get(count..).unwrap_or_default();
            let (fraction, after) = match after {
                [b'.', tail @ ..] => {
                    let (_, fraction_count) = digits(tail);
                    if fraction_count == 0 {
                        return Err(SYNTAX);
                    }
                    tail.split_at(fraction_count)
                }
                _ => (&[][..], after),
            };
            let [designator, tail @ ..] = after else {
                return Err(SYNTAX);
            };
            let (order, field) = match (in_time, designator.to_ascii_uppercase()) {
                (false, b'D') => (1, &mut value.days),
                (true, b'H') => (2, &mut value.hours),
                (true, b'M') => (3, &mut value.minutes),
                (true, b'S') => (4, &mut value.seconds),
                (false, b'Y' | b'M' | b'W') if count > 0 => return Err(err(Kind::CalendarUnit)),
                _ => return Err(SYNTAX),
            };
            if count == 0 || order <= last || (!fraction.is_empty() && order != 4) {
                return Err(SYNTAX);
            }
            *field = number.ok_or(err(Kind::Overflow(*designator)))?;
            if order == 4 {
                value.nanos = fraction_nanos(fraction);
            }
            last = order;
            components += 1;
            rest = tail;
        }
        if components == 0 {
            return Err(SYNTAX);
        }
        Ok(value)
    }
}

impl TryFrom<&str> for Duration {
    type Error = ParseDurationError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<core::time::Duration> for Duration {
    /// The canonical form `PT<seconds>[.<fraction>]S`; see [`Duration::new`].
    fn from(duration: core::time::Duration) -> Self {
        Self::new(false, duration)
    }
}

impl TryFrom<Duration> for core::time::Duration {
    type Error = ParseDurationError;

    /// Fails for a negative duration, or one whose seconds do not fit in a `u64`.
    fn try_from(duration: Duration) -> Result<Self, Self::Error> {
        let nanos = duration.total_nanos();
        let kind = if nanos < 0 {
            Kind::Negative
        } else {
            let seconds = u64::try_from(nanos.unsigned_abs() / NANOS_PER_SECOND);
            match seconds {
                // The remainder is below 10^9.
                Ok(seconds) => return Ok(Self::new(seconds, duration.nanos)),
                Err(_) => Kind::TooLong,
            }
        };
        Err(ParseDurationError { kind })
    }
}

/// `Duration(PT1H30M)`: the written form.
impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Duration({})", self.text)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DurationVisitor)
    }
}

struct DurationVisitor;

impl de::Visitor<'_> for DurationVisitor {
    type Value = Duration;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Duration, E> {
        v.parse().map_err(|err: ParseDurationError| {
            if matches!(err.kind, Kind::Syntax) {
                E::custom(format_args!("expected {FORM}, found {}", Quoted(v)))
            } else {
                E::custom(format_args!("expected {FORM}, found {} ({err})", Quoted(v)))
            }
        })
    }
}

/// Why a string is not an `Edm.Duration`, or a duration does not fit another type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDurationError {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Not shaped like the OData `durationValue` ABNF.
    Syntax,
    /// `Y`, `M` (months) or `W` before `T`.
    CalendarUnit,
    /// A component, named by its designator, does not fit in a `u64`.
    Overflow(u8),
    /// Converting a negative duration to an unsigned type.
    Negative,
    /// Converting to a type whose range is smaller.
    TooLong,
}

impl fmt::Display for ParseDurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Syntax => f.write_str("not an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M)"),
            Kind::CalendarUnit => f.write_str(
                "years, months and weeks have no fixed length: an Edm.Duration counts days",
            ),
            Kind::Overflow(designator) => {
                let unit = match designator.to_ascii_uppercase() {
                    b'D' => "days",
                    b'H' => "hours",
                    b'M' => "minutes",
                    _ => "seconds",
                };
                write!(f, "{unit} out of range")
            }
            Kind::Negative => f.write_str("negative duration where only positive ones fit"),
            Kind::TooLong => f.write_str("duration out of the target type's range"),
        }
    }
}

impl std::error::Error for ParseDurationError {}

#[cfg(test)]
mod tests;
