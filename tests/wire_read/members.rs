//! Which members are accepted: duplicates, unknown members (ignored by an entity, refused with a
//! suggestion by a patch), key and read-only members in a patch, wire names (`rename`,
//! `rename_all`), and a navigation binding in a patch.

use super::*;

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
