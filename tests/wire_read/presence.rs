//! Absent, `null` and a value: how an entity and a patch read each, for nullable,
//! non-nullable, default and skipped properties; and input that is not an object.

use super::*;

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
