//! Conversions to and from the [`time`] crate (cargo feature `time`).
//!
//! | `edm`              | `time`                                                    |
//! |--------------------|-----------------------------------------------------------|
//! | [`Date`]           | `Date` (years ±9999, ±999999 with `large-dates`)          |
//! | [`TimeOfDay`]      | `Time`                                                    |
//! | [`DateTimeOffset`] | `OffsetDateTime` (its offsets may have seconds)           |
//! | [`Duration`]       | `Duration` (about ±292 billion years)                     |
//!
//! Values built from `time` are written in the canonical form: seconds always, the shortest
//! fraction that holds the nanoseconds (`with_fraction_digits(7)` gives Graph's form), and the
//! offset as `±hh:mm` (`+00:00` for UTC: `time` does not tell `Z` apart). Digits past the ninth
//! of a fraction are dropped going to `time`, which counts nanoseconds.

use time::{Month, OffsetDateTime, UtcOffset};

use super::{self as convert, ConversionError, YEAR_RANGE};
use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

impl From<time::Date> for Date {
    fn from(date: time::Date) -> Self {
        convert::date(&date, date.year(), u8::from(date.month()), date.day())
            .expect("time's dates are Gregorian dates with an i32 year")
    }
}

impl TryFrom<Date> for time::Date {
    type Error = ConversionError;

    /// Fails past `time`'s years (±9999, or ±999999 with its feature `large-dates`).
    fn try_from(date: Date) -> Result<Self, Self::Error> {
        Month::try_from(date.month())
            .and_then(|month| time::Date::from_calendar_date(date.year(), month, date.day()))
            .map_err(|_| ConversionError::new(&date, "time::Date", YEAR_RANGE))
    }
}

impl From<time::Time> for TimeOfDay {
    fn from(time: time::Time) -> Self {
        let (hour, minute, second, nano) = time.as_hms_nano();
        convert::time(&time, hour, minute, second, nano)
            .expect("time's times are within 00:00:00..24:00:00 without leap seconds")
    }
}

impl From<TimeOfDay> for time::Time {
    /// Drops fraction digits past the ninth.
    fn from(time: TimeOfDay) -> Self {
        let (hour, minute, second) = (time.hour(), time.minute(), time.second());
        time::Time::from_hms_nano(hour, minute, second, time.nanosecond())
            .expect("hours < 24, minutes and seconds < 60 and nanoseconds < 10^9 fit time")
    }
}

impl TryFrom<OffsetDateTime> for DateTimeOffset {
    type Error = ConversionError;

    /// Fails for an offset with seconds, or beyond ±23:59.
    fn try_from(value: OffsetDateTime) -> Result<Self, Self::Error> {
        let (date, time) = (Date::from(value.date()), TimeOfDay::from(value.time()));
        convert::date_time_offset(&value, date, time, Some(value.offset().whole_seconds()))
    }
}

impl TryFrom<DateTimeOffset> for OffsetDateTime {
    type Error = ConversionError;

    /// `Z` becomes the offset `+00:00`; fails past `time`'s years.
    fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
        let error = || ConversionError::new(&value, "time::OffsetDateTime", YEAR_RANGE);
        let date = time::Date::try_from(value.date()).map_err(|_| error())?;
        let offset_seconds = i32::from(value.offset_minutes().unwrap_or(0)) * 60;
        let offset = UtcOffset::from_whole_seconds(offset_seconds).map_err(|_| error())?;
        let local = OffsetDateTime::new_in_offset(date, value.time().into(), offset);
        // The local date is in range; its UTC instant may still fall a day outside.
        local.checked_to_offset(UtcOffset::UTC).ok_or_else(error)?;
        Ok(local)
    }
}

impl From<time::Duration> for Duration {
    /// The canonical form `[-]PT<seconds>[.<fraction>]S`.
    fn from(duration: time::Duration) -> Self {
        convert::duration(duration.whole_seconds(), duration.subsec_nanoseconds())
    }
}

impl TryFrom<Duration> for time::Duration {
    type Error = ConversionError;

    /// Fails past `time`'s range (`i64` seconds); drops digits past nanoseconds.
    fn try_from(duration: Duration) -> Result<Self, Self::Error> {
        let (seconds, nanos) = convert::seconds_and_nanos(&duration, "time::Duration")?;
        // Same signs and |nanos| < 10^9: `new` neither carries nor overflows.
        Ok(time::Duration::new(seconds, nanos))
    }
}

#[cfg(test)]
mod tests {
    use time::{Month, OffsetDateTime, UtcOffset};

    use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

    #[test]
    fn dates_convert_both_ways() {
        let date = Date::new(2024, 2, 29).expect("valid");
        let time_date = time::Date::from_calendar_date(2024, Month::February, 29).expect("valid");
        assert_eq!(time::Date::try_from(date), Ok(time_date));
        assert_eq!(Date::from(time_date), date);
        assert_eq!(
            time::Date::try_from(Date::new(10_000, 1, 1).expect("valid"))
                .map_err(|e| e.to_string()),
            Err("10000-01-01 does not fit in time::Date: year out of range".to_owned())
        );
    }

    #[test]
    fn times_convert_both_ways() {
        let time: TimeOfDay = "11:59:10.9990000".parse().expect("valid");
        let time_time = time::Time::from(time);
        assert_eq!(
            time_time,
            time::Time::from_hms_milli(11, 59, 10, 999).expect("valid")
        );
        assert_eq!(TimeOfDay::from(time_time).to_string(), "11:59:10.999");
    }

    #[test]
    fn date_times_keep_the_instant_and_the_offset() {
        let value: DateTimeOffset = "2017-01-01T00:00:35.1329464-08:00".parse().expect("valid");
        let odt = OffsetDateTime::try_from(value).expect("fits");
        assert_eq!(odt.unix_timestamp(), value.unix_seconds());
        assert_eq!(odt.offset().whole_minutes(), -480);
        assert_eq!(DateTimeOffset::try_from(odt), Ok(value));

        let z: DateTimeOffset = "2020-01-01T00:00:00Z".parse().expect("valid");
        let back = OffsetDateTime::try_from(z).and_then(DateTimeOffset::try_from);
        assert_eq!(
            back.map(|v| v.to_string()).as_deref(),
            Ok("2020-01-01T00:00:00+00:00")
        );
    }

    #[test]
    fn offsets_with_seconds_or_past_23_59_do_not_convert() {
        let at = |h, m, s| {
            let offset = UtcOffset::from_hms(h, m, s).expect("valid");
            DateTimeOffset::try_from(OffsetDateTime::UNIX_EPOCH.to_offset(offset))
                .map_err(|e| e.to_string())
        };
        assert_eq!(
            at(1, 0, 17),
            Err(
                "1970-01-01 1:00:17.0 +01:00:17 does not fit in an Edm.DateTimeOffset: \
                 the offset has seconds"
                    .to_owned()
            )
        );
        assert_eq!(
            at(25, 0, 0),
            Err(
                "1970-01-02 1:00:00.0 +25:00:00 does not fit in an Edm.DateTimeOffset: \
                 offset beyond ±23:59"
                    .to_owned()
            )
        );
    }

    #[test]
    fn durations_convert_both_ways() {
        let duration: Duration = "-PT17.1357909S".parse().expect("valid");
        let time_duration = time::Duration::try_from(duration).expect("fits");
        assert_eq!(time_duration, time::Duration::new(-17, -135_790_900));
        assert_eq!(Duration::from(time_duration).to_string(), "-PT17.1357909S");
        assert_eq!(Duration::from(time::Duration::ZERO).to_string(), "PT0S");
    }
}
