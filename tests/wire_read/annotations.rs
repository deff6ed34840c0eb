//! `@odata.type` (absent, with or without `#`, another type, another case, twice, not a
//! string), and the control information and annotations a patch ignores.

use super::*;

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
