//! Conversions to and from [`jiff`] (cargo feature `jiff`).
//!
//! | `edm`              | `jiff`                                                       |
//! |--------------------|--------------------------------------------------------------|
//! | [`Date`]           | `civil::Date` (years ±9999)                                  |
//! | [`TimeOfDay`]      | `civil::Time`                                                |
//! | [`DateTimeOffset`] | `Timestamp` (as `Z`), `ZonedDateTime` (keeps the offset)     |
//! | [`Duration`]       | `SignedDuration` (`Span` mixes calendar units: not covered)  |
//!
//! Values built from jiff are written in the canonical form: seconds always, the shortest
//! fraction that holds the nanoseconds (`with_fraction_digits(7)` gives Graph's form). A
//! `Timestamp` is written with `Z`; a `ZonedDateTime` with its offset at that instant
//! (`±hh:mm`, `+00:00` in UTC: jiff's `UTC` zone and a zero fixed offset are one value). Going
//! to jiff, `Z` gives the `UTC` time zone and `±hh:mm` a fixed offset. Digits past the ninth
//! of a fraction are dropped going to jiff, which counts nanoseconds.

use jiff::civil;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp, ZonedDateTime};

use super::{self as convert, ConversionError, YEAR_RANGE};
use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

impl From<civil::Date> for Date {
    fn from(date: civil::Date) -> Self {
        let (month, day) = (date.month().unsigned_abs(), date.day().unsigned_abs());
        convert::date(&date, i32::from(date.year()), month, day)
            .expect("jiff's dates are Gregorian dates")
    }
}

impl TryFrom<Date> for civil::Date {
    type Error = ConversionError;

    /// Fails past jiff's years (±9999).
    fn try_from(date: Date) -> Result<Self, Self::Error> {
        let error = || ConversionError::new(&date, "jiff::civil::Date", YEAR_RANGE);
        let year = i16::try_from(date.year()).map_err(|_| error())?;
        let month = i8::try_from(date.month()).map_err(|_| error())?;
        let day = i8::try_from(date.day()).map_err(|_| error())?;
        civil::Date::new(year, month, day).map_err(|_| error())
    }
}

impl From<civil::Time> for TimeOfDay {
    fn from(time: civil::Time) -> Self {
        let (hour, minute) = (time.hour().unsigned_abs(), time.minute().unsigned_abs());
        let (second, nano) = (
            time.second().unsigned_abs(),
            time.subsec_nanosecond().unsigned_abs(),
        );
        convert::time(&time, hour, minute, second, nano)
            .expect("jiff's times are within 00:00:00..24:00:00 without leap seconds")
    }
}

impl From<TimeOfDay> for civil::Time {
    /// Drops fraction digits past the ninth.
    #[expect(
        clippy::cast_possible_wrap,
        reason = "hours, minutes and seconds are below 60 and nanoseconds below 10^9"
    )]
    fn from(time: TimeOfDay) -> Self {
        let (hour, minute) = (time.hour() as i8, time.minute() as i8);
        let (second, nano) = (time.second() as i8, time.nanosecond() as i32);
        civil::Time::new(hour, minute, second, nano)
            .expect("hours < 24, minutes and seconds < 60 and nanoseconds < 10^9 fit jiff")
    }
}

/// The local date-time and offset in seconds; `None` for UTC.
fn from_local(
    value: &dyn core::fmt::Display,
    local: civil::DateTime,
    offset_seconds: Option<i32>,
) -> Result<DateTimeOffset, ConversionError> {
    let (date, time) = (Date::from(local.date()), TimeOfDay::from(local.time()));
    convert::date_time_offset(value, date, time, offset_seconds)
}

impl From<Timestamp> for DateTimeOffset {
    /// Written with `Z`.
    fn from(timestamp: Timestamp) -> Self {
        from_local(&timestamp, Offset::UTC.to_datetime(timestamp), None)
            .expect("jiff's timestamps are UTC date-times without leap seconds")
    }
}

impl TryFrom<DateTimeOffset> for Timestamp {
    type Error = ConversionError;

    /// The instant; fails past jiff's range (years ±9999).
    fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
        let error = || ConversionError::new(&value, "jiff::Timestamp", YEAR_RANGE);
        let date = civil::Date::try_from(value.date()).map_err(|_| error())?;
        let local = date.to_datetime(value.time().into());
        Offset::from_seconds(i32::from(value.offset_minutes().unwrap_or(0)) * 60)
            .and_then(|offset| offset.to_timestamp(local))
            .map_err(|_| error())
    }
}

impl TryFrom<&ZonedDateTime> for DateTimeOffset {
    type Error = ConversionError;

    /// The offset at that instant, as `±hh:mm`; fails for an offset with seconds (as some
    /// historical time zones have) or beyond ±23:59.
    fn try_from(value: &ZonedDateTime) -> Result<Self, Self::Error> {
        from_local(value, value.datetime(), Some(value.offset().seconds()))
    }
}

impl TryFrom<ZonedDateTime> for DateTimeOffset {
    type Error = ConversionError;

    /// See the conversion from `&ZonedDateTime`.
    fn try_from(value: ZonedDateTime) -> Result<Self, Self::Error> {
        Self::try_from(&value)
    }
}

impl TryFrom<DateTimeOffset> for ZonedDateTime {
    type Error = ConversionError;

    /// In the `UTC` time zone for `Z`, a fixed offset otherwise; fails past jiff's range.
    fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
        let timestamp = Timestamp::try_from(value)
            .map_err(|_| ConversionError::new(&value, "jiff::ZonedDateTime", YEAR_RANGE))?;
        let zone = match value.offset_minutes() {
            None => TimeZone::UTC,
            Some(minutes) => Offset::from_seconds(i32::from(minutes) * 60)
                .map(TimeZone::fixed)
                .map_err(|_| ConversionError::new(&value, "jiff::ZonedDateTime", YEAR_RANGE))?,
        };
        Ok(timestamp.to_zoned_datetime(zone))
    }
}

impl From<SignedDuration> for Duration {
    /// The canonical form `[-]PT<seconds>[.<fraction>]S`.
    fn from(duration: SignedDuration) -> Self {
        convert::duration(duration.as_secs(), duration.subsec_nanos())
    }
}

impl TryFrom<Duration> for SignedDuration {
    type Error = ConversionError;

    /// Fails past jiff's range (`i64` seconds); drops digits past nanoseconds.
    fn try_from(duration: Duration) -> Result<Self, Self::Error> {
        let (seconds, nanos) = convert::seconds_and_nanos(&duration, "jiff::SignedDuration")?;
        // Same signs and |nanos| < 10^9: `new` neither carries nor overflows.
        Ok(SignedDuration::new(seconds, nanos))
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil;
    use jiff::tz::{Offset, TimeZone};
    use jiff::{SignedDuration, Timestamp, ZonedDateTime};

    use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

    fn dto(s: &str) -> DateTimeOffset {
        s.parse().expect(s)
    }

    #[test]
    fn dates_convert_both_ways() {
        let date = Date::new(2024, 2, 29).expect("valid");
        let civil_date = civil::Date::new(2024, 2, 29).expect("valid");
        assert_eq!(civil::Date::try_from(date), Ok(civil_date));
        assert_eq!(Date::from(civil_date), date);
        assert_eq!(
            civil::Date::try_from(Date::new(-10_000, 1, 1).expect("valid"))
                .map_err(|e| e.to_string()),
            Err("-10000-01-01 does not fit in jiff::civil::Date: year out of range".to_owned())
        );
    }

    #[test]
    fn times_convert_both_ways() {
        let time: TimeOfDay = "08:00:00.0000000".parse().expect("valid");
        let civil_time = civil::Time::from(time);
        assert_eq!(civil_time, civil::Time::new(8, 0, 0, 0).expect("valid"));
        assert_eq!(TimeOfDay::from(civil_time).to_string(), "08:00:00");
    }

    #[test]
    fn timestamps_are_utc() {
        let value = dto("2017-01-01T00:00:35.1329464-08:00");
        let timestamp = Timestamp::try_from(value).expect("fits");
        assert_eq!(timestamp.as_second(), value.unix_seconds());
        assert_eq!(
            DateTimeOffset::from(timestamp).to_string(),
            "2017-01-01T08:00:35.1329464Z"
        );
    }

    #[test]
    fn zoned_date_times_keep_offsets() {
        for s in [
            "2020-01-01T00:00:00+00:00",
            "2017-01-01T00:00:35.1329464-08:00",
        ] {
            let zoned = ZonedDateTime::try_from(dto(s)).expect("fits");
            assert_eq!(
                DateTimeOffset::try_from(&zoned)
                    .map(|v| v.to_string())
                    .as_deref(),
                Ok(s)
            );
        }
        let zoned = ZonedDateTime::try_from(dto("2020-01-01T00:00:00Z")).expect("fits");
        assert_eq!(zoned.time_zone(), &TimeZone::UTC);
        let back = DateTimeOffset::try_from(zoned).map(|v| v.to_string());
        assert_eq!(back.as_deref(), Ok("2020-01-01T00:00:00+00:00"));
    }

    #[test]
    fn offsets_with_seconds_do_not_convert() {
        let offset = Offset::from_seconds(3600 + 17).expect("valid");
        let zoned = Timestamp::UNIX_EPOCH.to_zoned_datetime(TimeZone::fixed(offset));
        assert_eq!(
            DateTimeOffset::try_from(zoned).map_err(|e| e.to_string()),
            // jiff writes the offset rounded to minutes.
            Err("1970-01-01T01:00:17+01:00[+01:00] does not fit in an \
                 Edm.DateTimeOffset: the offset has seconds"
                .to_owned())
        );
    }

    #[test]
    fn durations_convert_both_ways() {
        let duration: Duration = "PT3M29.6631862S".parse().expect("valid");
        let signed = SignedDuration::try_from(duration).expect("fits");
        assert_eq!(signed, SignedDuration::new(209, 663_186_200));
        assert_eq!(Duration::from(signed).to_string(), "PT209.6631862S");
        assert_eq!(Duration::from(-signed).to_string(), "-PT209.6631862S");
    }
}
