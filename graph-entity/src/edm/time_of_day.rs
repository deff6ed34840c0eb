//! `Edm.TimeOfDay`: a clock time without date or offset.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::clock::{Clock, ClockError};
use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.TimeOfDay (hh:mm:ss[.fraction])";

/// An OData `Edm.TimeOfDay`: `hh:mm[:ss[.fraction]]`, hours `00..=23`.
///
/// The value keeps the form it was read in, so that Graph's text is written back unchanged:
/// whether the seconds were written, and how many fraction digits (1 to 12; Graph sends 7, as
/// in `"17:00:00.0000000"`). Equality and hashing are structural: `12:00` and `12:00:00` are
/// different values, because they are written differently. Compare
/// [`picoseconds_of_day`](Self::picoseconds_of_day) for the time itself. Seconds are `00..=59`:
/// there is no leap second. Serialized as a JSON string.
///
/// ```
/// use graph_entity::edm::TimeOfDay;
///
/// let time: TimeOfDay = "17:00:00.0000000".parse()?;
/// assert_eq!((time.hour(), time.minute(), time.second(), time.nanosecond()), (17, 0, 0, 0));
/// assert_eq!(time.to_string(), "17:00:00.0000000");
/// assert_ne!(time, "17:00:00".parse()?);
///
/// let built = TimeOfDay::new(8, 30, 15, 250_000_000)?;
/// assert_eq!(built.to_string(), "08:30:15.25");
/// let graph_form = built.with_fraction_digits(7).map(|t| t.to_string());
/// assert_eq!(graph_form.as_deref(), Some("08:30:15.2500000"));
///
/// let err = "24:00".parse::<TimeOfDay>().unwrap_err();
/// assert_eq!(err.to_string(), "hour 24 is not in 00..=23");
/// # Ok::<(), graph_entity::edm::ParseTimeOfDayError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    clock: Clock,
}

impl TimeOfDay {
    /// Midnight, written `00:00:00`.
    pub const MIDNIGHT: Self = Self {
        clock: match Clock::new(0, 0, 0, 0) {
            Ok(clock) => clock,
            Err(_) => unreachable!(),
        },
    };

    /// Builds a time, written `hh:mm:ss` plus the shortest fraction that holds `nanosecond`.
    ///
    /// # Errors
    ///
    /// If `hour > 23`, `minute > 59`, `second > 59` or `nanosecond >= 1_000_000_000`.
    pub fn new(
        hour: u8,
        minute: u8,
        second: u8,
        nanosecond: u32,
    ) -> Result<Self, ParseTimeOfDayError> {
        Clock::new(hour, minute, second, nanosecond)
            .map(|clock| Self { clock })
            .map_err(|kind| ParseTimeOfDayError { kind })
    }

    /// The same time written with seconds and exactly `digits` fraction digits (`0..=12`).
    ///
    /// `None` if `digits > 12` or if it would drop a non-zero digit: the value never changes.
    #[must_use]
    pub const fn with_fraction_digits(self, digits: u8) -> Option<Self> {
        match self.clock.with_fraction_digits(digits) {
            Some(clock) => Some(Self { clock }),
            None => None,
        }
    }

    pub(crate) const fn from_clock(clock: Clock) -> Self {
        Self { clock }
    }

    pub(crate) const fn clock(self) -> Clock {
        self.clock
    }

    /// The hour, `0..=23`.
    pub const fn hour(self) -> u8 {
        self.clock.hour()
    }

    /// The minute, `0..=59`.
    pub const fn minute(self) -> u8 {
        self.clock.minute()
    }

    /// The second, `0..=59` (0 when the text had no seconds).
    pub const fn second(self) -> u8 {
        self.clock.second()
    }

    /// The fraction of the second in nanoseconds, truncated: digits 10 to 12 of the fraction
    /// are kept (and written back) but not reported here; see
    /// [`picosecond`](Self::picosecond).
    pub const fn nanosecond(self) -> u32 {
        self.clock.nanosecond()
    }

    /// The fraction of the second in picoseconds, exact (`0..10^12`).
    pub const fn picosecond(self) -> u64 {
        self.clock.picosecond()
    }

    /// How many fraction digits are written: `None` for `hh:mm`, `Some(0)` for `hh:mm:ss`.
    pub const fn fraction_digits(self) -> Option<u8> {
        self.clock.fraction_digits()
    }

    /// The time since midnight in picoseconds, for comparing times whatever their form.
    pub const fn picoseconds_of_day(self) -> u64 {
        self.clock.seconds_of_day() as u64 * 1_000_000_000_000 + self.clock.picosecond()
    }
}

impl Default for TimeOfDay {
    /// [`TimeOfDay::MIDNIGHT`].
    fn default() -> Self {
        Self::MIDNIGHT
    }
}

impl FromStr for TimeOfDay {
    type Err = ParseTimeOfDayError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Clock::parse(s.as_bytes())
            .map(|clock| Self { clock })
            .map_err(|kind| ParseTimeOfDayError { kind })
    }
}

impl TryFrom<&str> for TimeOfDay {
    type Error = ParseTimeOfDayError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// `TimeOfDay(17:00:00.0000000)`: the written form.
impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeOfDay({self})")
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.clock.fmt(f)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The longest form is `hh:mm:ss.` and 12 digits: 21 bytes.
        super::text::serialize_display::<24, S>(self, "Edm.TimeOfDay", serializer)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TimeOfDayVisitor)
    }
}

struct TimeOfDayVisitor;

impl de::Visitor<'_> for TimeOfDayVisitor {
    type Value = TimeOfDay;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeOfDay, E> {
        v.parse().map_err(|err: ParseTimeOfDayError| {
            if err.kind.has_reason() {
                E::custom(format_args!("expected {FORM}, found {} ({err})", Quoted(v)))
            } else {
                E::custom(format_args!("expected {FORM}, found {}", Quoted(v)))
            }
        })
    }
}

/// Why a string or fields are not an `Edm.TimeOfDay`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseTimeOfDayError {
    kind: ClockError,
}

impl fmt::Display for ParseTimeOfDayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ClockError::Syntax => f.write_str("not an Edm.TimeOfDay (hh:mm:ss[.fraction])"),
            kind => kind.fmt(f),
        }
    }
}

impl std::error::Error for ParseTimeOfDayError {}

#[cfg(test)]
mod tests {
    use super::TimeOfDay;

    fn json_error(json: &str) -> String {
        serde_json::from_str::<TimeOfDay>(json)
            .expect_err(json)
            .to_string()
    }

    #[test]
    fn round_trips_every_form_through_json() {
        for s in [
            "08:00",
            "08:00:00",
            "08:00:00.0000000",
            "11:59:10.9990000",
            "23:59:59.5",
        ] {
            let json = format!("\"{s}\"");
            let time: TimeOfDay = serde_json::from_str(&json).expect(s);
            assert_eq!(serde_json::to_string(&time).expect(s), json);
            assert_eq!(TimeOfDay::try_from(s), Ok(time));
        }
    }

    #[test]
    fn equality_is_structural_and_picoseconds_of_day_compare_the_time() {
        let a: TimeOfDay = "12:00".parse().expect("valid");
        let b: TimeOfDay = "12:00:00.000".parse().expect("valid");
        assert_ne!(a, b);
        assert_eq!(a.picoseconds_of_day(), b.picoseconds_of_day());
        assert_eq!(a.picoseconds_of_day(), 12 * 3600 * 1_000_000_000_000);
    }

    #[test]
    fn reports_syntax_errors_with_found_value() {
        assert_eq!(
            json_error(r#""noon""#),
            r#"expected an Edm.TimeOfDay (hh:mm:ss[.fraction]), found "noon" at line 1 column 6"#
        );
        assert_eq!(
            "8:00".parse::<TimeOfDay>().map_err(|e| e.to_string()),
            Err("not an Edm.TimeOfDay (hh:mm:ss[.fraction])".to_owned())
        );
    }

    #[test]
    fn reports_range_errors_with_reason() {
        assert_eq!(
            json_error(r#""23:59:60""#),
            "expected an Edm.TimeOfDay (hh:mm:ss[.fraction]), found \"23:59:60\" \
             (second 60 is not in 00..=59 (leap seconds are not supported)) at line 1 column 10"
        );
        assert_eq!(
            TimeOfDay::new(1, 60, 0, 0).map_err(|e| e.to_string()),
            Err("minute 60 is not in 00..=59".to_owned())
        );
    }

    #[test]
    fn leaves_non_string_json_to_serde_invalid_type() {
        assert_eq!(
            json_error("1200"),
            "invalid type: integer `1200`, expected an Edm.TimeOfDay (hh:mm:ss[.fraction]) \
             at line 1 column 4"
        );
    }

    #[test]
    fn debug_shows_the_written_form() {
        let time = TimeOfDay::new(9, 5, 0, 0).expect("valid");
        assert_eq!(format!("{time:?}"), "TimeOfDay(09:05:00)");
        assert_eq!(TimeOfDay::default(), TimeOfDay::MIDNIGHT);
    }
}
