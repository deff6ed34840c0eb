use core::cmp::Ordering;

use super::{DateTimeOffset, civil_from_days, days_from_civil};
use crate::edm::{Date, TimeOfDay};

fn parse(s: &str) -> DateTimeOffset {
    s.parse().expect(s)
}

fn parse_error(s: &str) -> String {
    s.parse::<DateTimeOffset>().expect_err(s).to_string()
}

fn json_error(json: &str) -> String {
    serde_json::from_str::<DateTimeOffset>(json)
        .expect_err(json)
        .to_string()
}

#[test]
fn writes_back_every_form_graph_sends() {
    let forms = "2019-01-27T18:19:50.74Z 2017-01-01T00:00:35.1329464-08:00 2017-09-04T18:57:41Z \
                 2018-05-06T12:00:00.0000000+00:00 2016-12-31T23:56:44.951111-08:00 \
                 2020-01-01T00:00-00:00 2020-01-01T00:00:00.999999999999+14:00 \
                 -0044-03-15T12:00:00Z 12345-01-01T00:00:00.1Z";
    for s in forms.split(' ') {
        let json = format!("\"{s}\"");
        let value: DateTimeOffset = serde_json::from_str(&json).expect(s);
        assert_eq!(serde_json::to_string(&value).expect(s), json);
        assert_eq!(DateTimeOffset::try_from(s), Ok(value));
    }
}

#[test]
fn writes_lowercase_t_and_z_in_uppercase() {
    assert_eq!(
        parse("2020-01-01t00:00:00z").to_string(),
        "2020-01-01T00:00:00Z"
    );
}

#[test]
fn equality_is_structural() {
    let z = parse("2020-01-01T00:00:00Z");
    assert_ne!(z, parse("2020-01-01T00:00:00+00:00"));
    assert_ne!(
        parse("2020-01-01T00:00:00+00:00"),
        parse("2020-01-01T00:00:00-00:00")
    );
    assert_ne!(z, parse("2020-01-01T00:00:00.0Z"));
    assert_ne!(z, parse("2020-01-01T00:00Z"));
    assert_eq!(z, parse("2020-01-01t00:00:00z"));
}

#[test]
fn instant_cmp_compares_instants_across_offsets() {
    let a = parse("2017-01-01T00:00:35.1329464-08:00");
    let b = parse("2017-01-01T08:00:35.1329464Z");
    assert_eq!(a.instant_cmp(&b), Ordering::Equal);
    assert_eq!(
        a.instant_cmp(&parse("2017-01-01T08:00:35.13294641Z")),
        Ordering::Less
    );
    assert_eq!(
        parse("2017-01-01T09:00+01:00").instant_cmp(&b),
        Ordering::Less
    );
}

#[test]
fn unix_seconds_count_from_the_epoch_in_utc() {
    assert_eq!(parse("1970-01-01T00:00:00Z").unix_seconds(), 0);
    assert_eq!(parse("1970-01-01T01:00:00+01:00").unix_seconds(), 0);
    assert_eq!(parse("1969-12-31T23:59:59.5Z").unix_seconds(), -1);
    assert_eq!(parse("2017-09-04T18:57:41Z").unix_seconds(), 1_504_551_461);
    assert_eq!(parse("2000-03-01T00:00:00Z").unix_seconds(), 951_868_800);
}

#[test]
fn days_from_civil_agrees_with_counting_day_by_day() {
    let mut expected = days_from_civil(Date::new(1899, 12, 31).expect("valid"));
    for year in 1900..=2100 {
        for month in 1..=12 {
            for day in 1..=crate::edm::date::days_in_month(year, month) {
                expected += 1;
                let date = Date::new(year, month, day).expect("valid");
                assert_eq!(days_from_civil(date), expected, "{date}");
                let civil = (i64::from(year), month, day);
                assert_eq!(civil_from_days(expected), civil, "{date}");
            }
        }
    }
    assert_eq!(days_from_civil(Date::new(1970, 1, 1).expect("valid")), 0);
}

#[test]
fn exposes_components() {
    let value = parse("2017-09-04T18:57:41.123456789012-07:30");
    assert_eq!(value.date(), Date::new(2017, 9, 4).expect("valid"));
    assert_eq!((value.hour(), value.minute(), value.second()), (18, 57, 41));
    assert_eq!(value.nanosecond(), 123_456_789);
    assert_eq!(value.picosecond(), 123_456_789_012);
    assert_eq!(value.fraction_digits(), Some(12));
    assert_eq!(value.offset_minutes(), Some(-450));
    assert_eq!(value.time().to_string(), "18:57:41.123456789012");
    assert_eq!(parse("2017-09-04T18:57Z").fraction_digits(), None);
}

#[test]
fn new_keeps_the_time_form_and_offset() {
    let date = Date::new(2018, 5, 6).expect("valid");
    let time: TimeOfDay = "12:00".parse().expect("valid");
    let text = |offset| DateTimeOffset::new(date, time, offset).map(|v| v.to_string());
    assert_eq!(text(None), Ok("2018-05-06T12:00Z".to_owned()));
    assert_eq!(text(Some(0)), Ok("2018-05-06T12:00+00:00".to_owned()));
    assert_eq!(text(Some(-1439)), Ok("2018-05-06T12:00-23:59".to_owned()));
    assert_eq!(
        text(Some(1440)).map_err(|e| e.to_string()),
        Err("offset of 1440 minutes is not in -1439..=1439 (±23:59)".to_owned())
    );
}

#[test]
fn rejects_range_errors_with_reason() {
    assert_eq!(parse_error("2023-02-29T00:00:00Z"), "2023-02 has no day 29");
    assert_eq!(
        parse_error("2023-01-01T24:00:00Z"),
        "hour 24 is not in 00..=23"
    );
    assert_eq!(
        parse_error("2023-01-01T23:59:60Z"),
        "second 60 is not in 00..=59 (leap seconds are not supported)"
    );
    assert_eq!(
        parse_error("2023-01-01T00:00+24:00"),
        "offset hour 24 is not in 00..=23"
    );
    assert_eq!(
        parse_error("2023-01-01T00:00-05:60"),
        "offset minute 60 is not in 00..=59"
    );
    assert_eq!(
        parse_error("2023-01-01T00:00:00.1234567890123Z"),
        "13 fraction digits, at most 12 are allowed"
    );
}

#[test]
fn rejects_anything_not_shaped_like_the_abnf() {
    let invalid = "datetime-value||2023-01-01|2023-01-01T00:00:00|2023-01-01T00:00:00 Z|\
                   2023-01-01 00:00:00Z|2023-01-01T0:00:00Z|2023-01-01T00:00:00+0100|\
                   2023-01-01T00:00:00+01|2023-01-01T00:00:00.Z|2023-01-01TT00:00Z|\
                   2023-01-01T00:00:00ZZ|2023-1-01T00:00Z|99999999999-01-01T00:00Z|\
                   2023-02-30T00:00:00|2023-02-30T25:00:00 Z";
    for s in invalid.split('|') {
        assert_eq!(
            parse_error(s),
            "not an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm))",
            "{s:?}"
        );
    }
}

#[test]
fn reports_json_errors_with_form_found_value_and_reason() {
    assert_eq!(
        json_error(r#""datetime-value""#),
        "expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"datetime-value\" at line 1 column 16"
    );
    assert_eq!(
        json_error(r#""2023-02-29T00:00:00Z""#),
        "expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"2023-02-29T00:00:00Z\" (2023-02 has no day 29) at line 1 column 22"
    );
    assert_eq!(
        json_error("5"),
        "invalid type: integer `5`, expected an Edm.DateTimeOffset \
         (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)) at line 1 column 1"
    );
}

#[test]
fn with_fraction_digits_pads_without_losing_digits() {
    let value = parse("2017-09-04T18:57:41.5Z");
    let seven = value.with_fraction_digits(7).map(|v| v.to_string());
    assert_eq!(seven.as_deref(), Some("2017-09-04T18:57:41.5000000Z"));
    assert_eq!(value.with_fraction_digits(0), None);
}

#[test]
fn debug_shows_the_written_form() {
    let value = parse("2017-09-04T18:57:41.1234567Z");
    assert_eq!(
        format!("{value:?}"),
        "DateTimeOffset(2017-09-04T18:57:41.1234567Z)"
    );
}

#[test]
fn serializes_the_longest_form() {
    let longest = "-2147483648-12-31T23:59:59.999999999999-23:59";
    let json = serde_json::to_string(&parse(longest)).expect("fits the buffer");
    assert_eq!(json, format!("\"{longest}\""));
}

#[test]
fn from_unix_seconds_writes_utc_with_z() {
    let text = |s, n| DateTimeOffset::from_unix_seconds(s, n).map(|v| v.to_string());
    assert_eq!(text(0, 0).as_deref(), Some("1970-01-01T00:00:00Z"));
    assert_eq!(
        text(-1, 500_000_000).as_deref(),
        Some("1969-12-31T23:59:59.5Z")
    );
    assert_eq!(
        text(951_868_800, 0).as_deref(),
        Some("2000-03-01T00:00:00Z")
    );
    assert_eq!(
        text(-62_167_219_200, 0).as_deref(),
        Some("0000-01-01T00:00:00Z")
    );
    assert_eq!(text(0, 1_000_000_000), None);
    assert_eq!(text(i64::MAX, 0), None);
    assert_eq!(text(i64::MIN, 0), None);
}

#[test]
fn from_unix_seconds_inverts_unix_seconds_at_the_year_limits() {
    for s in ["-2147483648-01-01T00:00:00Z", "2147483647-12-31T23:59:59Z"] {
        let seconds = parse(s).unix_seconds();
        let back = DateTimeOffset::from_unix_seconds(seconds, 0).map(|v| v.to_string());
        assert_eq!(back.as_deref(), Some(s));
    }
}

#[test]
fn stays_a_compact_copy_value_for_hot_paths() {
    // Date (8) + clock fields and picoseconds (16) + offset (4), padded to 8.
    assert_eq!(size_of::<DateTimeOffset>(), 32);
    assert_eq!(size_of::<Option<DateTimeOffset>>(), 32);
}
