//! Conversions to and from the date and time crates `chrono`, `time` and `jiff` (one file each,
//! behind the cargo feature of the same name), and what they share: their error and the steps
//! that do not depend on the library.

use core::fmt;

use super::{Date, DateTimeOffset, Duration, TimeOfDay};

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "jiff")]
mod jiff;
#[cfg(feature = "time")]
mod time;

/// A value that does not fit the type it is converted to (cargo features `chrono`, `time`,
/// `jiff`).
///
/// The message names the value, the target type and why, e.g.
/// `10000-01-01 does not fit in time::Date: year out of range`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversionError {
    value: String,
    target: &'static str,
    reason: &'static str,
}

impl ConversionError {
    pub(crate) fn new(
        value: &dyn fmt::Display,
        target: &'static str,
        reason: &'static str,
    ) -> Self {
        Self {
            value: value.to_string(),
            target,
            reason,
        }
    }
}

impl fmt::Display for ConversionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} does not fit in {}: {}",
            self.value, self.target, self.reason
        )
    }
}

impl std::error::Error for ConversionError {}

pub(crate) const YEAR_RANGE: &str = "year out of range";
pub(crate) const LEAP_SECOND: &str = "Edm has no leap second";
pub(crate) const DURATION_RANGE: &str = "duration out of range";

/// A date from a library's fields, which are a valid Gregorian date by that library's contract.
pub(crate) fn date(
    value: &dyn fmt::Display,
    year: i32,
    month: u8,
    day: u8,
) -> Result<Date, ConversionError> {
    Date::new(year, month, day)
        .map_err(|_| ConversionError::new(value, "an Edm.Date", "not a calendar date"))
}

/// A time from a library's fields; a nanosecond of 10^9 or more is a leap second.
pub(crate) fn time(
    value: &dyn fmt::Display,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
) -> Result<TimeOfDay, ConversionError> {
    TimeOfDay::new(hour, minute, second, nanosecond)
        .map_err(|_| ConversionError::new(value, "an Edm.TimeOfDay", LEAP_SECOND))
}

/// A date-time from a library's local date, time and offset in seconds (`None`: UTC, `Z`).
pub(crate) fn date_time_offset(
    value: &dyn fmt::Display,
    date: Date,
    time: TimeOfDay,
    offset_seconds: Option<i32>,
) -> Result<DateTimeOffset, ConversionError> {
    const TARGET: &str = "an Edm.DateTimeOffset";
    let offset_minutes = match offset_seconds {
        None => None,
        Some(seconds) if seconds % 60 != 0 => {
            return Err(ConversionError::new(
                value,
                TARGET,
                "the offset has seconds",
            ));
        }
        Some(seconds) => Some(
            i16::try_from(seconds / 60)
                .map_err(|_| ConversionError::new(value, TARGET, "offset beyond ±23:59"))?,
        ),
    };
    DateTimeOffset::new(date, time, offset_minutes)
        .map_err(|_| ConversionError::new(value, TARGET, "offset beyond ±23:59"))
}

/// A duration from whole seconds and nanoseconds of the same sign, in the canonical form.
pub(crate) fn duration(seconds: i64, nanos: i32) -> Duration {
    let magnitude = core::time::Duration::new(seconds.unsigned_abs(), nanos.unsigned_abs());
    Duration::new(seconds < 0 || nanos < 0, magnitude)
}

/// Whole seconds (truncated toward zero) and nanoseconds of the same sign, if the seconds fit
/// in an `i64`.
pub(crate) fn seconds_and_nanos(
    duration: &Duration,
    target: &'static str,
) -> Result<(i64, i32), ConversionError> {
    let nanos = duration.total_nanos();
    let seconds = i64::try_from(nanos / 1_000_000_000)
        .map_err(|_| ConversionError::new(duration, target, DURATION_RANGE))?;
    let subsec = i32::try_from(nanos % 1_000_000_000)
        .map_err(|_| ConversionError::new(duration, target, DURATION_RANGE))?;
    Ok((seconds, subsec))
}
