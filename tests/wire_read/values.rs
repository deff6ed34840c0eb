//! Property values: `Edm.Int64` and the other integers (a JSON number or a string holding one;
//! fractions, exponents, overflow, other JSON types; inside collections and from a
//! `serde_json::Value`), strings, and `Edm.Date`.

use super::*;

// ---------------------------------------------------------------------------------------------
// Edm.Int64 and other integers

#[test]
fn int64_reads_json_number_or_string_holding_the_number() {
    for (json, expected) in [
        (r#"{"exchangeActive": 12}"#, 12),
        (r#"{"exchangeActive": "12"}"#, 12),
        (r#"{"exchangeActive": "+12"}"#, 12),
        (r#"{"exchangeActive": "-7"}"#, -7),
        (r#"{"exchangeActive": -7}"#, -7),
        (r#"{"exchangeActive": "-0"}"#, 0),
        (r#"{"exchangeActive": -0}"#, 0),
        (r#"{"exchangeActive": "9223372036854775807"}"#, i64::MAX),
        (r#"{"exchangeActive": -9223372036854775808}"#, i64::MIN),
    ] {
        let row: Office365ServicesUserCounts = read(json);
        assert_eq!(row.exchange_active, Some(expected), "{json}");
        let patch: Office365ServicesUserCountsPatch = read(json);
        assert_eq!(patch.exchange_active, Some(Some(expected)), "{json}");
    }
}

#[test]
fn int64_rejects_number_with_fraction_or_exponent_even_when_integral() {
    // The parser rounds such numbers to `f64` before we see them, so beyond 2^52 a fraction
    // would be invisible; refusing every fraction and exponent keeps "fractions are errors" exact.
    for (json, found) in [
        (r#"{"count": 5.0}"#, "5.0 at line 1 column 13"),
        (r#"{"count": 1e3}"#, "1000.0 at line 1 column 13"),
    ] {
        assert_eq!(
            read_error::<WidgetPatch>(json),
            format!(
                "invalid value for property `count` of test.widget: expected an Edm.Int64 \
                 (an integer, as a JSON number or a string), found {found}"
            )
        );
    }
}

#[test]
fn int64_rejects_string_that_is_not_an_integer_literal() {
    for (json, found) in [
        (
            r#"{"exchangeActive": " 12"}"#,
            r#"" 12" at line 1 column 24"#,
        ),
        (
            r#"{"exchangeActive": "12 "}"#,
            r#""12 " at line 1 column 24"#,
        ),
        (
            r#"{"exchangeActive": "0x10"}"#,
            r#""0x10" at line 1 column 25"#,
        ),
        (
            r#"{"exchangeActive": "1.5"}"#,
            r#""1.5" at line 1 column 24"#,
        ),
        (
            r#"{"exchangeActive": "1e3"}"#,
            r#""1e3" at line 1 column 24"#,
        ),
        (r#"{"exchangeActive": ""}"#, r#""" at line 1 column 21"#),
    ] {
        let expected = format!(
            "invalid value for property `exchangeActive` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 \
             (an integer, as a JSON number or a string), found {found}"
        );
        assert_eq!(read_error::<Office365ServicesUserCounts>(json), expected);
        assert_eq!(
            read_error::<Office365ServicesUserCountsPatch>(json),
            expected
        );
    }
}

#[test]
fn int64_rejects_fractional_number() {
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"exchangeActive": 1.5}"#),
        "invalid value for property `exchangeActive` of \
         microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found 1.5 at line 1 column 22"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"count": -1.5e0}"#),
        "invalid value for property `count` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found -1.5 at line 1 column 16"
    );
}

#[test]
fn int64_rejects_fraction_even_beyond_f64_precision() {
    // 2^52 + 0.5: `f64` has no fraction bits left at this magnitude, so the parser hands over
    // 4503599627370496.0 (the nearest `f64`, ties to even, as `float_roundtrip` parses it);
    // it is refused all the same, because it was written with a fraction.
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"count": 4503599627370496.5}"#),
        "invalid value for property `count` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found 4503599627370496.0 \
         at line 1 column 28"
    );
}

#[test]
fn number_beyond_f64_range_is_the_parsers_error() {
    // serde_json refuses `1e400` before any visitor runs, so the message is its own (with the
    // position); the crate docs say so. It is an error all the same, never infinity.
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"count": 1e400}"#),
        "number out of range at line 1 column 15"
    );
}

#[test]
fn int64_rejects_overflow_as_number_and_as_string() {
    let int64 = "invalid value for property `exchangeActive` of \
                 microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 \
                 (an integer, as a JSON number or a string), found";
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"exchangeActive": 9223372036854775808}"#),
        format!(
            "{int64} 9223372036854775808 (out of range -9223372036854775808..=9223372036854775807) \
             at line 1 column 38"
        )
    );
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(
            r#"{"exchangeActive": "9223372036854775808"}"#
        ),
        format!(
            "{int64} 9223372036854775808 (out of range -9223372036854775808..=9223372036854775807) \
             at line 1 column 40"
        )
    );
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"exchangeActive": "-9223372036854775809"}"#),
        format!(
            "{int64} -9223372036854775809 (out of range -9223372036854775808..=9223372036854775807) \
             at line 1 column 41"
        )
    );
}

#[test]
fn int32_property_rejects_value_beyond_its_range() {
    let expected = |column: u32| {
        format!(
            "invalid value for property `small` of test.widget: expected an Edm.Int32 \
             (an integer, as a JSON number or a string), found 3000000000 \
             (out of range -2147483648..=2147483647) at line 1 column {column}"
        )
    };
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"small": 3000000000}"#),
        expected(20)
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"small": "3000000000"}"#),
        expected(22)
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n", "count": 1, "small": 3000000000}"#),
        expected(56)
    );
}

#[test]
fn unsigned_property_rejects_negative_value() {
    let expected = |column: u32| {
        format!(
            "invalid value for property `unsigned` of test.widget: expected an unsigned 32-bit \
             integer (an integer, as a JSON number or a string), found -1 \
             (out of range 0..=4294967295) at line 1 column {column}"
        )
    };
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"unsigned": -1}"#),
        expected(15)
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"unsigned": "-1"}"#),
        expected(17)
    );
}

#[test]
fn int64_rejects_bool_array_and_object() {
    for (json, found) in [
        (r#"{"exchangeActive": true}"#, "true at line 1 column 23"),
        (r#"{"exchangeActive": []}"#, "an array at line 1 column 21"),
        (r#"{"exchangeActive": {}}"#, "an object at line 1 column 21"),
    ] {
        let expected = format!(
            "invalid value for property `exchangeActive` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 \
             (an integer, as a JSON number or a string), found {found}"
        );
        assert_eq!(read_error::<Office365ServicesUserCounts>(json), expected);
        assert_eq!(
            read_error::<Office365ServicesUserCountsPatch>(json),
            expected
        );
    }
}

#[test]
fn int64_leniency_applies_inside_collection() {
    let widget: Widget =
        read(r#"{"id": "w", "name": "n", "count": 1, "sizes": ["1", 2, "-3", "+4"]}"#);
    assert_eq!(widget.sizes, vec![1, 2, -3, 4]);
    let patch: WidgetPatch = read(r#"{"sizes": ["9223372036854775807"]}"#);
    assert_eq!(patch.sizes, Some(vec![i64::MAX]));
}

#[test]
fn int64_leniency_applies_when_reading_from_json_value() {
    let value = serde_json::json!({"exchangeActive": "12", "teamsActive": -3});
    let row: Office365ServicesUserCounts = serde_json::from_value(value).expect("valid row");
    assert_eq!(
        (row.exchange_active, row.teams_active),
        (Some(12), Some(-3))
    );
    let bad = serde_json::json!({"teamsActive": " 1"});
    assert_eq!(
        serde_json::from_value::<Office365ServicesUserCountsPatch>(bad)
            .map_err(|err| err.to_string()),
        Err("invalid value for property `teamsActive` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 \
             (an integer, as a JSON number or a string), found \" 1\""
            .to_owned())
    );
}

#[test]
fn int64_error_inside_collection_names_the_property() {
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"sizes": [1, "1.5"]}"#),
        "invalid value for property `sizes` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found \"1.5\" at line 1 column 19"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n", "count": 1, "tags": [1]}"#),
        "invalid value for property `tags` of test.widget: expected a string, found 1 \
         at line 1 column 47"
    );
}

#[test]
fn string_property_rejects_number() {
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"reportPeriod": 7}"#),
        "invalid value for property `reportPeriod` of \
         microsoft.graph.office365ServicesUserCounts: expected a string, found 7 \
         at line 1 column 18"
    );
}

// ---------------------------------------------------------------------------------------------
// Edm.Date

#[test]
fn date_property_reads_calendar_date() {
    let row: Office365ServicesUserCounts = read(r#"{"reportRefreshDate": "2024-02-29"}"#);
    assert_eq!(row.report_refresh_date, Some(date("2024-02-29")));
}

#[test]
fn date_property_rejects_invalid_date_with_reason() {
    for (json, found) in [
        (
            r#"{"reportRefreshDate": "Date"}"#,
            r#""Date" at line 1 column 28"#,
        ),
        (
            r#"{"reportRefreshDate": "2023-02-29"}"#,
            r#""2023-02-29" (2023-02 has no day 29) at line 1 column 34"#,
        ),
        (
            r#"{"reportRefreshDate": "2023-13-01"}"#,
            r#""2023-13-01" (month 13 is not in 01..=12) at line 1 column 34"#,
        ),
        (
            r#"{"reportRefreshDate": 20230101}"#,
            "20230101 at line 1 column 30",
        ),
    ] {
        let expected = format!(
            "invalid value for property `reportRefreshDate` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Date (YYYY-MM-DD), \
             found {found}"
        );
        assert_eq!(read_error::<Office365ServicesUserCounts>(json), expected);
        assert_eq!(
            read_error::<Office365ServicesUserCountsPatch>(json),
            expected
        );
    }
}
