//! DESIGN.md "Wire semantics", reading: what an entity and a patch accept from JSON, and the
//! exact error for everything they refuse.

mod common;

use core::fmt::Debug;

use common::{Gadget, GadgetPatch, Widget, WidgetPatch};
use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use serde::de::DeserializeOwned;

/// The error `json` gives when read as a `T`; panics (showing what was read) if it reads.
fn read_error<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("expected an error for {json}, read {value:?}"),
        Err(err) => err.to_string(),
    }
}

fn read<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("valid input")
}

fn date(text: &str) -> Date {
    text.parse().expect("valid date")
}

// ---------------------------------------------------------------------------------------------
// Absent, null, value

#[test]
fn entity_reads_missing_nullable_property_as_none() {
    let row: Office365ServicesUserCounts = read(r#"{"exchangeActive": 3}"#);
    assert_eq!(
        row,
        Office365ServicesUserCounts {
            exchange_active: Some(3),
            ..Default::default()
        }
    );
}

#[test]
fn entity_reads_null_nullable_property_as_none() {
    let row: Office365ServicesUserCounts =
        read(r#"{"id": null, "exchangeActive": null, "reportRefreshDate": null}"#);
    assert_eq!(row, Office365ServicesUserCounts::default());
}

#[test]
fn entity_reads_every_property_by_its_wire_name() {
    let json = r#"{
        "id": "w1", "name": "bolt", "count": 12, "note": "spare", "created": "2020-01-31",
        "colour": "red", "tags": ["a", "b"], "small": -5, "unsigned": 7, "sizes": [1, 2]
    }"#;
    assert_eq!(
        read::<Widget>(json),
        Widget {
            id: "w1".into(),
            name: "bolt".into(),
            count: 12,
            note: Some("spare".into()),
            created: Some(date("2020-01-31")),
            color: Some("red".into()),
            tags: vec!["a".into(), "b".into()],
            cache: 0,
            small: Some(-5),
            unsigned: Some(7),
            sizes: vec![1, 2],
        }
    );
}

#[test]
fn patch_distinguishes_absent_null_and_value_of_nullable_property() {
    let absent: Office365ServicesUserCountsPatch = read("{}");
    let null: Office365ServicesUserCountsPatch = read(r#"{"exchangeActive": null}"#);
    let value: Office365ServicesUserCountsPatch = read(r#"{"exchangeActive": 14}"#);
    assert_eq!(absent.exchange_active, None);
    assert_eq!(null.exchange_active, Some(None));
    assert_eq!(value.exchange_active, Some(Some(14)));
    assert_eq!(absent, Office365ServicesUserCountsPatch::default());
}

#[test]
fn patch_reads_every_patchable_property() {
    let json = r#"{
        "name": "bolt", "count": "5", "note": null, "colour": "red", "tags": [],
        "small": 1, "unsigned": 2, "sizes": ["3"]
    }"#;
    assert_eq!(
        read::<WidgetPatch>(json),
        WidgetPatch {
            name: Some("bolt".into()),
            count: Some(5),
            note: Some(None),
            color: Some(Some("red".into())),
            tags: Some(vec![]),
            small: Some(Some(1)),
            unsigned: Some(Some(2)),
            sizes: Some(vec![3]),
        }
    );
}

#[test]
fn patch_reads_value_of_non_nullable_property_as_some() {
    let patch: WidgetPatch = read(r#"{"name": "bolt", "count": 12}"#);
    assert_eq!(
        patch,
        WidgetPatch {
            name: Some("bolt".into()),
            count: Some(12),
            ..Default::default()
        }
    );
}

#[test]
fn entity_rejects_null_for_non_nullable_property() {
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": null, "count": 1}"#),
        "invalid value for property `name` of test.widget: expected a string, found null \
         at line 1 column 24"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n", "count": null}"#),
        "invalid value for property `count` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found null at line 1 column 38"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": null, "name": "n", "count": 1}"#),
        "invalid value for property `id` of test.widget: expected a string, found null \
         at line 1 column 11"
    );
}

#[test]
fn patch_rejects_null_for_non_nullable_property() {
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"name": null}"#),
        "invalid value for property `name` of test.widget: expected a string, found null \
         at line 1 column 13"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"count": null}"#),
        "invalid value for property `count` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found null at line 1 column 14"
    );
}

#[test]
fn null_or_scalar_for_collection_property_error_names_property_and_type() {
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n", "count": 1, "tags": null}"#),
        "invalid value for property `tags` of test.widget: expected a sequence, found null \
         at line 1 column 49"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"tags": null}"#),
        "invalid value for property `tags` of test.widget: expected a sequence, found null \
         at line 1 column 13"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"tags": "x"}"#),
        "invalid value for property `tags` of test.widget: expected a sequence, found \"x\" \
         at line 1 column 12"
    );
}

#[test]
fn entity_rejects_missing_non_nullable_property_without_default() {
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n"}"#),
        "missing property `count` of test.widget: the property is not nullable and has no \
         default at line 1 column 24"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "count": 1}"#),
        "missing property `name` of test.widget: the property is not nullable and has no \
         default at line 1 column 23"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"name": "n", "count": 1}"#),
        "missing property `id` of test.widget: the property is not nullable and has no \
         default at line 1 column 25"
    );
}

#[test]
fn entity_reads_missing_default_property_as_default() {
    let widget: Widget = read(r#"{"id": "w", "name": "n", "count": 1}"#);
    assert_eq!(widget.tags, Vec::<String>::new());
    assert_eq!(widget.sizes, Vec::<i64>::new());
}

#[test]
fn entity_ignores_member_named_like_skipped_field_and_reads_it_as_default() {
    let widget: Widget = read(r#"{"id": "w", "name": "n", "count": 1, "cache": 7}"#);
    assert_eq!(widget.cache, 0);
}

#[test]
fn patch_rejects_member_named_like_skipped_field() {
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"cache": 7}"#),
        "unknown property \"cache\" in a patch of test.widget: the patchable properties are \
         `name`, `count`, `note`, `colour`, `tags`, `small`, `unsigned`, `sizes` \
         at line 1 column 8"
    );
}

// ---------------------------------------------------------------------------------------------
// @odata.type

#[test]
fn type_annotation_may_be_absent() {
    let widget: Widget = read(r#"{"id": "w", "name": "n", "count": 1}"#);
    assert_eq!(widget.id, "w");
    let patch: WidgetPatch = read(r#"{"count": 1}"#);
    assert_eq!(patch.count, Some(1));
}

#[test]
fn type_annotation_is_accepted_with_or_without_hash() {
    for json in [
        r##"{"@odata.type": "#microsoft.graph.office365ServicesUserCounts", "teamsActive": 4}"##,
        r#"{"@odata.type": "microsoft.graph.office365ServicesUserCounts", "teamsActive": 4}"#,
        r##"{"teamsActive": 4, "@odata.type": "#microsoft.graph.office365ServicesUserCounts"}"##,
    ] {
        assert_eq!(
            read::<Office365ServicesUserCounts>(json).teams_active,
            Some(4),
            "{json}"
        );
        assert_eq!(
            read::<Office365ServicesUserCountsPatch>(json).teams_active,
            Some(Some(4)),
            "{json}"
        );
    }
    let widget: Widget =
        read(r#"{"@odata.type": "test.widget", "id": "w", "name": "n", "count": 1}"#);
    assert_eq!(widget.count, 1);
}

#[test]
fn type_annotation_naming_another_type_is_rejected_naming_both() {
    let json = r##"{"@odata.type": "#microsoft.graph.user"}"##;
    let expected = "wrong `@odata.type`: expected \"#microsoft.graph.office365ServicesUserCounts\", \
                    found \"#microsoft.graph.user\" at line 1 column 39";
    assert_eq!(read_error::<Office365ServicesUserCounts>(json), expected);
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(json),
        expected
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"@odata.type": "test.gadget"}"#),
        "wrong `@odata.type`: expected \"#test.widget\", found \"test.gadget\" at line 1 column 29"
    );
}

#[test]
fn type_annotation_differing_only_in_case_is_rejected() {
    let json = r##"{"@odata.type": "#Microsoft.Graph.Office365ServicesUserCounts"}"##;
    let expected = "wrong `@odata.type`: expected \"#microsoft.graph.office365ServicesUserCounts\", \
                    found \"#Microsoft.Graph.Office365ServicesUserCounts\" at line 1 column 62";
    assert_eq!(read_error::<Office365ServicesUserCounts>(json), expected);
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(json),
        expected
    );
}

#[test]
fn duplicate_type_annotation_is_rejected() {
    let json = r##"{"@odata.type": "#test.widget", "@odata.type": "#test.widget", "id": "w", "name": "n", "count": 1}"##;
    let expected = "duplicate `@odata.type` in a test.widget object: the annotation may appear \
                    once at line 1 column 45";
    assert_eq!(read_error::<Widget>(json), expected);
    assert_eq!(read_error::<WidgetPatch>(json), expected);
}

#[test]
fn type_annotation_that_is_not_a_string_is_rejected() {
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"@odata.type": 5}"#),
        "invalid type: integer `5`, expected the `@odata.type` string \
         \"#microsoft.graph.office365ServicesUserCounts\" at line 1 column 17"
    );
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(r#"{"@odata.type": null}"#),
        "invalid type: null, expected the `@odata.type` string \
         \"#microsoft.graph.office365ServicesUserCounts\" at line 1 column 20"
    );
}

// ---------------------------------------------------------------------------------------------
// Control information and annotations

const ANNOTATED: &str = r##"{
    "@odata.context": "https://graph.microsoft.com/beta/$metadata#reports/$entity",
    "@odata.etag": "W/\"1\"",
    "exchangeActive@odata.type": "#Int64",
    "@ns.custom": {"nested": [1, null, "x"]},
    "exchangeActive": 3
}"##;

#[test]
fn entity_ignores_control_information_and_annotations() {
    assert_eq!(
        read::<Office365ServicesUserCounts>(ANNOTATED),
        Office365ServicesUserCounts {
            exchange_active: Some(3),
            ..Default::default()
        }
    );
}

#[test]
fn patch_ignores_control_information_and_annotations() {
    assert_eq!(
        read::<Office365ServicesUserCountsPatch>(ANNOTATED),
        Office365ServicesUserCountsPatch {
            exchange_active: Some(Some(3)),
            ..Default::default()
        }
    );
    let patch: WidgetPatch = read(r##"{"name@odata.type": "#String", "@a.b": 1, "name": "n"}"##);
    assert_eq!(patch.name, Some("n".into()));
}

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
    // 4503599627370497.0; it is refused all the same, because it was written with a fraction.
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"count": 4503599627370496.5}"#),
        "invalid value for property `count` of test.widget: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found 4503599627370497.0 \
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
// Duplicates, unknown and unpatchable properties

#[test]
fn entity_rejects_duplicate_property() {
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(r#"{"exchangeActive": 1, "exchangeActive": 2}"#),
        "duplicate property `exchangeActive` of microsoft.graph.office365ServicesUserCounts: \
         each property may appear once at line 1 column 38"
    );
    assert_eq!(
        read_error::<Office365ServicesUserCounts>(
            r#"{"exchangeActive": null, "exchangeActive": 2}"#
        ),
        "duplicate property `exchangeActive` of microsoft.graph.office365ServicesUserCounts: \
         each property may appear once at line 1 column 41"
    );
    assert_eq!(
        read_error::<Widget>(r#"{"id": "w", "name": "n", "count": 1, "name": "m"}"#),
        "duplicate property `name` of test.widget: each property may appear once \
         at line 1 column 43"
    );
}

#[test]
fn patch_rejects_duplicate_property() {
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(
            r#"{"exchangeActive": null, "exchangeActive": null}"#
        ),
        "duplicate property `exchangeActive` of microsoft.graph.office365ServicesUserCounts: \
         each property may appear once at line 1 column 41"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"note": "a", "note": "b"}"#),
        "duplicate property `note` of test.widget: each property may appear once \
         at line 1 column 20"
    );
}

#[test]
fn entity_ignores_unknown_property() {
    let row: Office365ServicesUserCounts =
        read(r#"{"exchangeActiv": 1, "vivaEngageActive": {"x": [1]}, "teamsActive": 2}"#);
    assert_eq!(
        row,
        Office365ServicesUserCounts {
            teams_active: Some(2),
            ..Default::default()
        }
    );
}

#[test]
fn patch_rejects_unknown_property_with_suggestion() {
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(r#"{"exchangeActiv": 1}"#),
        "unknown property \"exchangeActiv\" in a patch of \
         microsoft.graph.office365ServicesUserCounts: did you mean `exchangeActive`? \
         at line 1 column 16"
    );
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(r#"{"ReportPeriod": "7"}"#),
        "unknown property \"ReportPeriod\" in a patch of \
         microsoft.graph.office365ServicesUserCounts: did you mean `reportPeriod`? \
         at line 1 column 15"
    );
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"color": "red"}"#),
        "unknown property \"color\" in a patch of test.widget: did you mean `colour`? \
         at line 1 column 8"
    );
}

#[test]
fn patch_rejects_unknown_property_listing_patchable_properties_when_none_is_close() {
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(r#"{"fooBar": 1}"#),
        "unknown property \"fooBar\" in a patch of microsoft.graph.office365ServicesUserCounts: \
         the patchable properties are `reportRefreshDate`, `exchangeActive`, \
         `exchangeInactive`, `oneDriveActive`, `oneDriveInactive`, `sharePointActive`, \
         `sharePointInactive`, `skypeForBusinessActive`, `skypeForBusinessInactive`, \
         `yammerActive`, `yammerInactive`, `teamsActive`, `teamsInactive`, `office365Active`, \
         `office365Inactive`, `reportPeriod` at line 1 column 9"
    );
}

#[test]
fn patch_rejects_key_property() {
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(r#"{"id": "x"}"#),
        "property `id` of microsoft.graph.office365ServicesUserCounts is the key and cannot be \
         patched at line 1 column 5"
    );
    assert_eq!(
        read_error::<GadgetPatch>(r#"{"ItemId": "x"}"#),
        "property `ItemId` of test.gadget is the key and cannot be patched at line 1 column 9"
    );
}

#[test]
fn patch_rejects_read_only_property() {
    assert_eq!(
        read_error::<WidgetPatch>(r#"{"created": "2020-01-01"}"#),
        "property `created` of test.widget is read-only and cannot be patched at line 1 column 10"
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

// ---------------------------------------------------------------------------------------------
// Not an object

#[test]
fn entity_rejects_input_that_is_not_an_object() {
    assert_eq!(
        read_error::<Office365ServicesUserCounts>("[]"),
        "invalid type: sequence, expected a microsoft.graph.office365ServicesUserCounts \
         (a JSON object) at line 1 column 0"
    );
    assert_eq!(
        read_error::<Office365ServicesUserCounts>("5"),
        "invalid type: integer `5`, expected a microsoft.graph.office365ServicesUserCounts \
         (a JSON object) at line 1 column 1"
    );
    assert_eq!(
        read_error::<Widget>(r#""w""#),
        "invalid type: string \"w\", expected a test.widget (a JSON object) at line 1 column 3"
    );
}

#[test]
fn patch_rejects_input_that_is_not_an_object() {
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>("[]"),
        "invalid type: sequence, expected a patch of microsoft.graph.office365ServicesUserCounts \
         (a JSON object) at line 1 column 0"
    );
    assert_eq!(
        read_error::<WidgetPatch>("5"),
        "invalid type: integer `5`, expected a patch of test.widget (a JSON object) \
         at line 1 column 1"
    );
    assert_eq!(
        read_error::<WidgetPatch>("null"),
        "invalid type: null, expected a patch of test.widget (a JSON object) at line 1 column 4"
    );
}

// ---------------------------------------------------------------------------------------------
// Wire names

#[test]
fn rename_sets_the_wire_name() {
    let widget: Widget = read(r#"{"id": "w", "name": "n", "count": 1, "colour": "red"}"#);
    assert_eq!(widget.color, Some("red".into()));
    let rust_name: Widget = read(r#"{"id": "w", "name": "n", "count": 1, "color": "red"}"#);
    assert_eq!(rust_name.color, None);
}

#[test]
fn rename_all_sets_the_wire_names_and_rename_overrides_it() {
    let json = r#"{"ItemId": "g", "DisplayName": "Gizmo", "UnitCount": "3", "legacyCode": "X1"}"#;
    assert_eq!(
        read::<Gadget>(json),
        Gadget {
            item_id: Some("g".into()),
            display_name: Some("Gizmo".into()),
            unit_count: Some(3),
            old_code: Some("X1".into()),
        }
    );
    let camel: Gadget = read(r#"{"displayName": "Gizmo", "LegacyCode": "X1"}"#);
    assert_eq!(
        camel,
        Gadget {
            item_id: None,
            display_name: None,
            unit_count: None,
            old_code: None,
        }
    );
    assert_eq!(
        read_error::<GadgetPatch>(r#"{"displayName": "Gizmo"}"#),
        "unknown property \"displayName\" in a patch of test.gadget: did you mean \
         `DisplayName`? at line 1 column 14"
    );
}

#[test]
fn patch_refuses_a_navigation_binding_instead_of_dropping_it() {
    // Other annotations are skipped; a binding the type does not declare (with
    // `#[graph(bind = "...")]`) would be lost, so it is an error.
    let patch: Office365ServicesUserCountsPatch =
        read(r##"{"exchangeActive": 1, "exchangeActive@odata.type": "#Int64"}"##);
    assert_eq!(patch.exchange_active, Some(Some(1)));
    assert_eq!(
        read_error::<Office365ServicesUserCountsPatch>(
            r#"{"manager@odata.bind": "https://graph.microsoft.com/v1.0/users/1"}"#
        ),
        "unknown navigation binding \"manager@odata.bind\" in a patch of \
         microsoft.graph.office365ServicesUserCounts: the type binds no navigation property at \
         line 1 column 21"
    );
}
