//! Conversions to and from [`chrono`] (cargo feature `chrono`).
//!
//! | `edm`              | `chrono`                                         |
//! |--------------------|--------------------------------------------------|
//! | [`Date`]           | `NaiveDate` (years ±262142 in chrono)            |
//! | [`TimeOfDay`]      | `NaiveTime` (a leap second does not convert)     |
//! | [`DateTimeOffset`] | `DateTime<FixedOffset>`, `DateTime<Utc>`         |
//! | [`Duration`]       | `TimeDelta` (about ±292 million years)           |
//!
//! Values built from chrono are written in the canonical form: seconds always, the shortest
//! fraction that holds the nanoseconds (`with_fraction_digits(7)` gives Graph's form), `Z`
//! from `DateTime<Utc>` and `±hh:mm` from `DateTime<FixedOffset>` (`+00:00` for UTC). Digits
//! past the ninth of a fraction are dropped going to chrono, which counts nanoseconds.

use chrono::{
    DateTime, Datelike as _, FixedOffset, NaiveDate, NaiveTime, TimeDelta, TimeZone as _,
    Timelike as _, Utc,
};

use super::{self as convert, ConversionError, YEAR_RANGE};
use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

#[expect(
    clippy::cast_possible_truncation,
    reason = "chrono's months, days, hours, minutes and seconds are below 256"
)]
fn date_of(value: &dyn core::fmt::Display, date: NaiveDate) -> Result<Date, ConversionError> {
    convert::date(value, date.year(), date.month() as u8, date.day() as u8)
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "chrono's hours, minutes and seconds are below 60"
)]
fn time_of(value: &dyn core::fmt::Display, time: NaiveTime) -> Result<TimeOfDay, ConversionError> {
    let (hour, minute, second) = (time.hour() as u8, time.minute() as u8, time.second() as u8);
    convert::time(value, hour, minute, second, time.nanosecond())
}

impl From<NaiveDate> for Date {
    fn from(date: NaiveDate) -> Self {
        date_of(&date, date).expect("chrono dates are Gregorian dates with an i32 year")
    }
}

impl TryFrom<Date> for NaiveDate {
    type Error = ConversionError;

    /// Fails past chrono's years (about ±262142).
    fn try_from(date: Date) -> Result<Self, Self::Error> {
        let (month, day) = (u32::from(date.month()), u32::from(date.day()));
        NaiveDate::from_ymd_opt(date.year(), month, day)
            .ok_or_else(|| ConversionError::new(&date, "chrono::NaiveDate", YEAR_RANGE))
    }
}

impl TryFrom<NaiveTime> for TimeOfDay {
    type Error = ConversionError;

    /// Fails for a leap second (chrono's nanosecond past 999999999).
    fn try_from(time: NaiveTime) -> Result<Self, Self::Error> {
        time_of(&time, time)
    }
}

impl From<TimeOfDay> for NaiveTime {
    /// Drops fraction digits past the ninth.
    fn from(time: TimeOfDay) -> Self {
        let (hour, minute) = (u32::from(time.hour()), u32::from(time.minute()));
        let (second, nano) = (u32::from(time.second()), time.nanosecond());
        NaiveTime::from_hms_nano_opt(hour, minute, second, nano)
            .expect("hours < 24, minutes and seconds < 60 and nanoseconds < 10^9 fit chrono")
    }
}

impl TryFrom<DateTime<FixedOffset>> for DateTimeOffset {
    type Error = ConversionError;

    /// Fails for a leap second or an offset with seconds.
    fn try_from(value: DateTime<FixedOffset>) -> Result<Self, Self::Error> {
        let local = value.naive_local();
        let date = date_of(&value, local.date())?;
        let time = time_of(&value, local.time())?;
        convert::date_time_offset(&value, date, time, Some(value.offset().local_minus_utc()))
    }
}

impl TryFrom<DateTime<Utc>> for DateTimeOffset {
    type Error = ConversionError;

    /// Written with `Z`; fails for a leap second.
    fn try_from(value: DateTime<Utc>) -> Result<Self, Self::Error> {
        let utc = value.naive_utc();
        let date = date_of(&value, utc.date())?;
        let time = time_of(&value, utc.time())?;
        convert::date_time_offset(&value, date, time, None)
    }
}

impl TryFrom<DateTimeOffset> for DateTime<FixedOffset> {
    type Error = ConversionError;

    /// `Z` becomes the offset `+00:00`; fails past chrono's years.
    fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
        const TARGET: &str = "chrono::DateTime<FixedOffset>";
        let error = || ConversionError::new(&value, TARGET, YEAR_RANGE);
        let date = NaiveDate::try_from(value.date()).map_err(|_| error())?;
        let local = date.and_time(value.time().into());
        let offset_seconds = i32::from(value.offset_minutes().unwrap_or(0)) * 60;
        FixedOffset::east_opt(offset_seconds)
            .and_then(|offset| offset.from_local_datetime(&local).single())
            .ok_or_else(error)
    }
}

impl TryFrom<DateTimeOffset> for DateTime<Utc> {
    type Error = ConversionError;

    /// The same instant in UTC; fails past chrono's years.
    fn try_from(value: DateTimeOffset) -> Result<Self, Self::Error> {
        DateTime::<FixedOffset>::try_from(value)
            .map(|fixed| fixed.with_timezone(&Utc))
            .map_err(|_| ConversionError::new(&value, "chrono::DateTime<Utc>", YEAR_RANGE))
    }
}

impl From<TimeDelta> for Duration {
    /// The canonical form `[-]PT<seconds>[.<fraction>]S`.
    fn from(delta: TimeDelta) -> Self {
        convert::duration(delta.num_seconds(), delta.subsec_nanos())
    }
}

impl TryFrom<Duration> for TimeDelta {
    type Error = ConversionError;

    /// Fails past chrono's range (about ±292 million years); drops digits past nanoseconds.
    fn try_from(duration: Duration) -> Result<Self, Self::Error> {
        const TARGET: &str = "chrono::TimeDelta";
        let (seconds, nanos) = convert::seconds_and_nanos(&duration, TARGET)?;
        let delta = TimeDelta::try_seconds(seconds)
            .and_then(|s| s.checked_add(&TimeDelta::nanoseconds(i64::from(nanos))));
        delta.ok_or_else(|| ConversionError::new(&duration, TARGET, convert::DURATION_RANGE))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeDelta, Utc};

    use crate::edm::{Date, DateTimeOffset, Duration, TimeOfDay};

    fn dto(s: &str) -> DateTimeOffset {
        s.parse().expect(s)
    }

    #[test]
    fn dates_convert_both_ways() {
        let date = Date::new(2024, 2, 29).expect("valid");
        let naive = NaiveDate::from_ymd_opt(2024, 2, 29).expect("valid");
        assert_eq!(NaiveDate::try_from(date), Ok(naive));
        assert_eq!(Date::from(naive), date);
        let far = Date::new(300_000, 1, 1).expect("valid");
        assert_eq!(
            NaiveDate::try_from(far).map_err(|e| e.to_string()),
            Err("300000-01-01 does not fit in chrono::NaiveDate: year out of range".to_owned())
        );
    }

    #[test]
    fn times_convert_both_ways_except_leap_seconds() {
        let naive = NaiveTime::from_hms_nano_opt(17, 0, 0, 123_456_700).expect("valid");
        let time = TimeOfDay::try_from(naive).expect("fits");
        assert_eq!(time.to_string(), "17:00:00.1234567");
        assert_eq!(NaiveTime::from(time), naive);
        let leap = NaiveTime::from_hms_nano_opt(23, 59, 59, 1_500_000_000).expect("leap");
        assert_eq!(
            TimeOfDay::try_from(leap).map_err(|e| e.to_string()),
            Err("23:59:60.500 does not fit in an Edm.TimeOfDay: Edm has no leap second".to_owned())
        );
    }

    #[test]
    fn date_times_keep_the_instant_and_the_offset() {
        let value = dto("2017-01-01T00:00:35.1329464-08:00");
        let fixed = DateTime::<FixedOffset>::try_from(value).expect("fits");
        assert_eq!(fixed.to_string(), "2017-01-01 00:00:35.132946400 -08:00");
        let back = DateTimeOffset::try_from(fixed).expect("fits");
        assert_eq!(back.to_string(), "2017-01-01T00:00:35.1329464-08:00");
        assert_eq!(back, value);

        let utc = DateTime::<Utc>::try_from(value).expect("fits");
        assert_eq!(utc.to_string(), "2017-01-01 08:00:35.132946400 UTC");
        let back = DateTimeOffset::try_from(utc).expect("fits");
        assert_eq!(back.to_string(), "2017-01-01T08:00:35.1329464Z");
    }

    #[test]
    fn utc_designator_becomes_a_zero_fixed_offset() {
        let fixed = DateTime::<FixedOffset>::try_from(dto("2020-01-01T00:00Z")).expect("fits");
        let back = DateTimeOffset::try_from(fixed).expect("fits");
        assert_eq!(back.to_string(), "2020-01-01T00:00:00+00:00");
    }

    #[test]
    fn offsets_with_seconds_do_not_convert() {
        let offset = FixedOffset::east_opt(3600 + 17).expect("valid");
        let naive = NaiveDate::from_ymd_opt(2020, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("valid");
        let value = naive
            .and_local_timezone(offset)
            .single()
            .expect("unambiguous");
        assert_eq!(
            DateTimeOffset::try_from(value).map_err(|e| e.to_string()),
            Err(
                "2020-01-01 00:00:00 +01:00:17 does not fit in an Edm.DateTimeOffset: \
                 the offset has seconds"
                    .to_owned()
            )
        );
    }

    #[test]
    fn durations_convert_both_ways() {
        let duration: Duration = "-PT3M22.1587532S".parse().expect("valid");
        let delta = TimeDelta::try_from(duration).expect("fits");
        assert_eq!(delta, -TimeDelta::nanoseconds(202_158_753_200));
        assert_eq!(Duration::from(delta).to_string(), "-PT202.1587532S");
        let long: Duration = "P18446744073709551615D".parse().expect("valid");
        assert_eq!(
            TimeDelta::try_from(long).map_err(|e| e.to_string()),
            Err(
                "P18446744073709551615D does not fit in chrono::TimeDelta: duration out of range"
                    .to_owned()
            )
        );
    }
}
