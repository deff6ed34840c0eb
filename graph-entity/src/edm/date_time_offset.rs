//! `Edm.DateTimeOffset`: a date and time with its offset from UTC.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use super::clock::{Clock, ClockError, two_digits};
use super::{Date, ParseDateError, TimeOfDay};
use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm))";

/// Largest offset magnitude in minutes: the ABNF's `hour ":" minute`, so `23:59`.
const MAX_OFFSET_MINUTES: u16 = 23 * 60 + 59;

/// An OData `Edm.DateTimeOffset`: `YYYY-MM-DDThh:mm[:ss[.fraction]](Z|±hh:mm)`.
///
/// The OData ABNF `dateTimeOffsetValue`: a [`Date`] (calendar-checked, any `i32` year), `T`, a
/// time of day (hours `00..=23`, minutes and seconds `00..=59`: there is no leap second, as in
/// the ABNF), then `Z` or an offset `±hh:mm` up to `±23:59` (the ABNF's bound; real offsets
/// stay within `±14:00`). Lowercase `t` and `z` are read too and written as `T` and `Z`.
///
/// **Written back as read.** Graph's text survives a read and a write byte for byte: the
/// offset as given (`Z`, `+00:00` and `-00:00` stay distinct), the seconds present or not, and
/// the fraction with as many digits as it had (1 to 12; Graph sends 7, as in
/// `2017-09-04T18:57:41.1234567Z`). Equality and hashing follow the written form:
/// `2020-01-01T00:00:00Z != 2020-01-01T00:00:00+00:00`, so a value is unchanged exactly when
/// it would be written the same. For the instant itself use
/// [`instant_cmp`](Self::instant_cmp) or [`unix_seconds`](Self::unix_seconds).
///
/// ```
/// use core::cmp::Ordering;
/// use graph_entity::edm::DateTimeOffset;
///
/// let utc: DateTimeOffset = "2017-09-04T18:57:41.1234567Z".parse()?;
/// assert_eq!(utc.to_string(), "2017-09-04T18:57:41.1234567Z");
/// assert_eq!((utc.hour(), utc.minute(), utc.second()), (18, 57, 41));
/// assert_eq!(utc.nanosecond(), 123_456_700);
/// assert_eq!(utc.offset_minutes(), None);
///
/// let pacific: DateTimeOffset = "2017-09-04T11:57:41.1234567-07:00".parse()?;
/// assert_eq!(pacific.offset_minutes(), Some(-420));
/// assert_ne!(utc, pacific); // written differently...
/// assert_eq!(utc.instant_cmp(&pacific), Ordering::Equal); // ...but the same instant
///
/// let err = "2017-09-04T24:00:00Z".parse::<DateTimeOffset>().unwrap_err();
/// assert_eq!(err.to_string(), "hour 24 is not in 00..=23");
/// # Ok::<(), graph_entity::edm::ParseDateTimeOffsetError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTimeOffset {
    date: Date,
    clock: Clock,
    offset: Offset,
}

/// The offset as written; `West(0)` is `-00:00`, which RFC 3339 gives its own meaning.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Offset {
    Z,
    East(u16),
    West(u16),
}

impl Offset {
    #[expect(
        clippy::cast_possible_wrap,
        reason = "magnitudes are at most MAX_OFFSET_MINUTES (1439), checked when built"
    )]
    const fn minutes(self) -> Option<i16> {
        match self {
            Offset::Z => None,
            Offset::East(m) => Some(m as i16),
            Offset::West(m) => Some(-(m as i16)),
        }
    }
}

impl DateTimeOffset {
    /// Builds a value from a date, a time (whose written form is kept) and an offset:
    /// `None` for `Z`, or minutes east of UTC (`Some(-420)` is `-07:00`, `Some(0)` is
    /// `+00:00`).
    ///
    /// # Errors
    ///
    /// If the offset is more than 23 hours 59 minutes either way.
    ///
    /// ```
    /// use graph_entity::edm::{Date, DateTimeOffset, TimeOfDay};
    ///
    /// let date = Date::new(2018, 5, 6)?;
    /// let time = TimeOfDay::new(12, 30, 0, 0)?.with_fraction_digits(7).unwrap();
    /// let value = DateTimeOffset::new(date, time, Some(0))?;
    /// assert_eq!(value.to_string(), "2018-05-06T12:30:00.0000000+00:00");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn new(
        date: Date,
        time: TimeOfDay,
        offset_minutes: Option<i16>,
    ) -> Result<Self, ParseDateTimeOffsetError> {
        let offset = match offset_minutes {
            None => Offset::Z,
            Some(m) if m.unsigned_abs() > MAX_OFFSET_MINUTES => {
                return Err(ParseDateTimeOffsetError {
                    kind: Kind::OffsetMinutes(m),
                });
            }
            Some(m) if m < 0 => Offset::West(m.unsigned_abs()),
            Some(m) => Offset::East(m.unsigned_abs()),
        };
        Ok(Self {
            date,
            clock: time.clock(),
            offset,
        })
    }

    /// The date, in the offset's local time.
    pub const fn date(self) -> Date {
        self.date
    }

    /// The time of day, in the offset's local time, with its written form.
    pub const fn time(self) -> TimeOfDay {
        TimeOfDay::from_clock(self.clock)
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

    /// The fraction of the second in nanoseconds, truncated: fraction digits 10 to 12 are
    /// kept and written back, but only [`picosecond`](Self::picosecond) reports them.
    pub const fn nanosecond(self) -> u32 {
        self.clock.nanosecond()
    }

    /// The fraction of the second in picoseconds, exact (`0..10^12`).
    pub const fn picosecond(self) -> u64 {
        self.clock.picosecond()
    }

    /// How many fraction digits are written: `None` when the seconds are not written.
    pub const fn fraction_digits(self) -> Option<u8> {
        self.clock.fraction_digits()
    }

    /// The offset in minutes east of UTC; `None` for `Z`. `+00:00` and `-00:00` are
    /// `Some(0)` (they are still written back as read).
    pub const fn offset_minutes(self) -> Option<i16> {
        self.offset.minutes()
    }

    /// The same value written with seconds and exactly `digits` fraction digits (`0..=12`).
    ///
    /// `None` if `digits > 12` or if it would drop a non-zero digit.
    #[must_use]
    pub const fn with_fraction_digits(self, digits: u8) -> Option<Self> {
        match self.clock.with_fraction_digits(digits) {
            Some(clock) => Some(Self { clock, ..self }),
            None => None,
        }
    }

    /// Whole seconds since 1970-01-01T00:00:00Z, rounded down (the fraction is
    /// [`picosecond`](Self::picosecond)). Every value fits: years are `i32`.
    pub const fn unix_seconds(self) -> i64 {
        let offset = match self.offset.minutes() {
            Some(m) => m as i64 * 60,
            None => 0,
        };
        days_from_civil(self.date) * 86_400 + self.clock.seconds_of_day() as i64 - offset
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z plus `nanosecond`, in UTC: written
    /// with `Z`, seconds, and the shortest fraction that holds `nanosecond` exactly.
    ///
    /// `None` if `nanosecond` is not below `10^9` or the year does not fit in an `i32`.
    ///
    /// ```
    /// use graph_entity::edm::DateTimeOffset;
    ///
    /// let value = DateTimeOffset::from_unix_seconds(1_504_551_461, 123_456_700);
    /// let text = value.map(|v| v.to_string());
    /// assert_eq!(text.as_deref(), Some("2017-09-04T18:57:41.1234567Z"));
    /// assert_eq!(value.map(DateTimeOffset::unix_seconds), Some(1_504_551_461));
    /// ```
    pub fn from_unix_seconds(seconds: i64, nanosecond: u32) -> Option<Self> {
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let date = Date::new(i32::try_from(year).ok()?, month, day).ok()?;
        let second_of_day = seconds.rem_euclid(86_400);
        let [hour, minute, second] = [
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        ]
        .map(|n| u8::try_from(n).unwrap_or(u8::MAX));
        let time = TimeOfDay::new(hour, minute, second, nanosecond).ok()?;
        Self::new(date, time, None).ok()
    }

    /// Compares the instants, whatever the offsets and written forms.
    ///
    /// This is not [`Ord`]: equality is structural, and two values at the same instant may be
    /// written differently.
    pub fn instant_cmp(&self, other: &Self) -> Ordering {
        (self.unix_seconds(), self.picosecond()).cmp(&(other.unix_seconds(), other.picosecond()))
    }
}

/// Days from 1970-01-01 to `date` (negative before), in the proleptic Gregorian calendar.
///
/// Howard Hinnant's `days_from_civil`: shift the year to start in March so that the leap day
/// ends it, then count 400-year eras of 146097 days.
pub(crate) const fn days_from_civil(date: Date) -> i64 {
    let month = date.month() as i64;
    let year = date.year() as i64 - if month <= 2 { 1 } else { 0 };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + date.day() as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian `(year, month, day)` of the day `days` after 1970-01-01: the inverse
/// of [`days_from_civil`], by the same March-based 400-year eras.
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = era * 400 + year_of_era + i64::from(month <= 2);
    // Months are 1..=12 and days 1..=31 by construction.
    let narrow = |n: i64| u8::try_from(n).unwrap_or(u8::MAX);
    (year, narrow(month), narrow(day))
}

/// Parses `Z` / `z` / `sign hh ":" mm`; `Ok(Err(kind))` when only the range is wrong.
fn parse_offset(bytes: &[u8]) -> Option<Result<Offset, Kind>> {
    let (west, h1, h2, m1, m2) = match *bytes {
        [b'Z' | b'z'] => return Some(Ok(Offset::Z)),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => (sign == b'-', h1, h2, m1, m2),
        _ => return None,
    };
    let hours = two_digits(h1, h2)?;
    let minutes = two_digits(m1, m2)?;
    Some(if hours > 23 {
        Err(Kind::OffsetHour(hours))
    } else if minutes > 59 {
        Err(Kind::OffsetMinute(minutes))
    } else {
        let total = u16::from(hours) * 60 + u16::from(minutes);
        Ok(if west {
            Offset::West(total)
        } else {
            Offset::East(total)
        })
    })
}

impl FromStr for DateTimeOffset {
    type Err = ParseDateTimeOffsetError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SYNTAX: ParseDateTimeOffsetError = ParseDateTimeOffsetError { kind: Kind::Syntax };
        let t = s.find(['T', 't']).ok_or(SYNTAX)?;
        let (date, rest) = (s.get(..t).unwrap_or_default(), s.as_bytes().get(t + 1..));
        let rest = rest.unwrap_or_default();
        let zone = rest
            .iter()
            .position(|b| matches!(b, b'Z' | b'z' | b'+' | b'-'))
            .ok_or(SYNTAX)?;
        let (clock, offset) = rest.split_at(zone);
        // The whole text must be well-formed before a range error is worth reporting.
        let date = date.parse::<Date>();
        let clock = Clock::parse(clock);
        let offset = parse_offset(offset).ok_or(SYNTAX)?;
        if matches!(&date, Err(err) if !err.is_calendar()) || clock == Err(ClockError::Syntax) {
            return Err(SYNTAX);
        }
        let kind = match (date, clock, offset) {
            (Ok(date), Ok(clock), Ok(offset)) => {
                return Ok(Self {
                    date,
                    clock,
                    offset,
                });
            }
            (Err(err), _, _) => Kind::Date(err),
            (_, Err(err), _) => Kind::Clock(err),
            (_, _, Err(kind)) => kind,
        };
        Err(ParseDateTimeOffsetError { kind })
    }
}

impl TryFrom<&str> for DateTimeOffset {
    type Error = ParseDateTimeOffsetError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// `DateTimeOffset(2017-09-04T18:57:41.1234567Z)`: the written form.
impl fmt::Debug for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTimeOffset({self})")
    }
}

impl fmt::Display for DateTimeOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}T{}", self.date, self.clock)?;
        match self.offset {
            Offset::Z => f.write_str("Z"),
            Offset::East(m) => write!(f, "+{:02}:{:02}", m / 60, m % 60),
            Offset::West(m) => write!(f, "-{:02}:{:02}", m / 60, m % 60),
        }
    }
}

impl Serialize for DateTimeOffset {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // The longest form, `-2147483648-12-31T23:59:59.999999999999-23:59`, has 45 bytes.
        super::text::serialize_display::<48, S>(self, "Edm.DateTimeOffset", serializer)
    }
}

impl<'de> Deserialize<'de> for DateTimeOffset {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateTimeOffsetVisitor)
    }
}

struct DateTimeOffsetVisitor;

impl de::Visitor<'_> for DateTimeOffsetVisitor {
    type Value = DateTimeOffset;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTimeOffset, E> {
        v.parse().map_err(|err: ParseDateTimeOffsetError| {
            if matches!(err.kind, Kind::Syntax) {
                E::custom(format_args!("expected {FORM}, found {}", Quoted(v)))
            } else {
                E::custom(format_args!("expected {FORM}, found {} ({err})", Quoted(v)))
            }
        })
    }
}

/// Why a string or parts are not an `Edm.DateTimeOffset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateTimeOffsetError {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Not shaped like the OData `dateTimeOffsetValue` ABNF (or the year overflows `i32`).
    Syntax,
    /// Well-formed, but not a calendar date.
    Date(ParseDateError),
    /// Well-formed, but a time field is out of range.
    Clock(ClockError),
    OffsetHour(u8),
    OffsetMinute(u8),
    /// An offset given in minutes to [`DateTimeOffset::new`] is out of range.
    OffsetMinutes(i16),
}

impl fmt::Display for ParseDateTimeOffsetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Syntax => {
                f.write_str("not an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm))")
            }
            Kind::Date(err) => err.fmt(f),
            Kind::Clock(err) => err.fmt(f),
            Kind::OffsetHour(h) => write!(f, "offset hour {h:02} is not in 00..=23"),
            Kind::OffsetMinute(m) => write!(f, "offset minute {m:02} is not in 00..=59"),
            Kind::OffsetMinutes(m) => {
                write!(f, "offset of {m} minutes is not in -1439..=1439 (±23:59)")
            }
        }
    }
}

impl std::error::Error for ParseDateTimeOffsetError {}

#[cfg(test)]
mod tests;
