//! DESIGN.md "Wire semantics", writing: the exact JSON an entity and a patch produce, and that
//! what is written reads back to the same value.
//!
//! Order is part of the contract (`"@odata.type"` first, then declaration order), and
//! `serde_json::Value` does not keep it without the `preserve_order` feature (not enabled here),
//! so output is compared as strings.

mod common;

use common::{Gadget, GadgetPatch, Widget, WidgetPatch};
use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};

fn write<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes")
}

fn date(text: &str) -> Date {
    text.parse().expect("valid date")
}

fn widget() -> Widget {
    Widget {
        id: "w1".into(),
        name: "bolt".into(),
        count: 9_007_199_254_740_993,
        note: None,
        created: Some(date("2020-01-31")),
        color: Some("red".into()),
        tags: vec!["a".into()],
        cache: 0,
        small: Some(-5),
        unsigned: None,
        sizes: vec![1, -2],
    }
}

// ---------------------------------------------------------------------------------------------
// Entity

#[test]
fn entity_writes_type_annotation_first_then_every_property_in_declaration_order() {
    assert_eq!(
        write(&widget()),
        r##"{"@odata.type":"#test.widget","id":"w1","name":"bolt","count":9007199254740993,"note":null,"created":"2020-01-31","colour":"red","tags":["a"],"small":-5,"unsigned":null,"sizes":[1,-2]}"##
    );
}

#[test]
fn entity_writes_null_for_every_none() {
    assert_eq!(
        write(&Office365ServicesUserCounts::default()),
        concat!(
            r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","id":null,"##,
            r#""reportRefreshDate":null,"exchangeActive":null,"exchangeInactive":null,"#,
            r#""oneDriveActive":null,"oneDriveInactive":null,"sharePointActive":null,"#,
            r#""sharePointInactive":null,"skypeForBusinessActive":null,"#,
            r#""skypeForBusinessInactive":null,"yammerActive":null,"yammerInactive":null,"#,
            r#""teamsActive":null,"teamsInactive":null,"office365Active":null,"#,
            r#""office365Inactive":null,"reportPeriod":null}"#
        )
    );
}

#[test]
fn entity_never_writes_skipped_field() {
    let cached = Widget {
        cache: 42,
        ..widget()
    };
    let written = write(&cached);
    assert_eq!(written, write(&widget()));
    assert!(!written.contains("cache"), "{written}");
}

#[test]
fn entity_writes_renamed_wire_names() {
    let gadget = Gadget {
        item_id: Some("g".into()),
        display_name: Some("Gizmo".into()),
        unit_count: Some(3),
        old_code: None,
    };
    assert_eq!(
        write(&gadget),
        r##"{"@odata.type":"#test.gadget","ItemId":"g","DisplayName":"Gizmo","UnitCount":3,"legacyCode":null}"##
    );
}

#[test]
fn entity_writes_int64_as_json_number_and_date_as_string() {
    let row = Office365ServicesUserCounts {
        report_refresh_date: Some(date("-0044-03-15")),
        exchange_active: Some(i64::MAX),
        exchange_inactive: Some(i64::MIN),
        ..Default::default()
    };
    let json: serde_json::Value = serde_json::from_str(&write(&row)).expect("valid JSON");
    assert_eq!(json["reportRefreshDate"], "-0044-03-15");
    assert_eq!(json["exchangeActive"], i64::MAX);
    assert_eq!(json["exchangeInactive"], i64::MIN);
}

// ---------------------------------------------------------------------------------------------
// Patch

#[test]
fn patch_writes_type_annotation_then_only_present_properties_in_declaration_order() {
    let patch = WidgetPatch {
        sizes: Some(vec![]),
        count: Some(3),
        color: Some(Some("blue".into())),
        small: Some(Some(i32::MIN)),
        ..Default::default()
    };
    assert_eq!(
        write(&patch),
        r##"{"@odata.type":"#test.widget","count":3,"colour":"blue","small":-2147483648,"sizes":[]}"##
    );
}

#[test]
fn patch_writes_null_for_some_none() {
    let patch = Office365ServicesUserCountsPatch {
        exchange_active: Some(None),
        report_period: Some(Some("30".into())),
        ..Default::default()
    };
    assert_eq!(
        write(&patch),
        r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","exchangeActive":null,"reportPeriod":"30"}"##
    );
}

#[test]
fn empty_patch_writes_only_type_annotation() {
    assert_eq!(
        write(&Office365ServicesUserCountsPatch::default()),
        r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts"}"##
    );
    assert_eq!(
        write(&WidgetPatch::default()),
        r##"{"@odata.type":"#test.widget"}"##
    );
}

#[test]
fn patch_writes_renamed_wire_names() {
    let patch = GadgetPatch {
        display_name: Some(None),
        old_code: Some(Some("X1".into())),
        ..Default::default()
    };
    assert_eq!(
        write(&patch),
        r##"{"@odata.type":"#test.gadget","DisplayName":null,"legacyCode":"X1"}"##
    );
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn entity_round_trips_through_json() {
    let widget = widget();
    assert_eq!(
        serde_json::from_str::<Widget>(&write(&widget)).expect("reads back"),
        widget
    );

    let row = Office365ServicesUserCounts {
        id: Some("618f6b62-6b62-618f-626b-8f61626b8f61".into()),
        report_refresh_date: Some(date("2017-09-01")),
        exchange_active: Some(i64::MIN),
        teams_inactive: Some(i64::MAX),
        report_period: Some("7".into()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::from_str::<Office365ServicesUserCounts>(&write(&row)).expect("reads back"),
        row
    );
}

#[test]
fn entity_round_trips_through_json_value() {
    let widget = widget();
    let value = serde_json::to_value(&widget).expect("serializes");
    assert_eq!(value["@odata.type"], "#test.widget");
    assert_eq!(
        serde_json::from_value::<Widget>(value).expect("reads back"),
        widget
    );
}

#[test]
fn skipped_field_reads_back_as_default() {
    let written = write(&Widget {
        cache: 42,
        ..widget()
    });
    let read: Widget = serde_json::from_str(&written).expect("reads back");
    assert_eq!(
        read,
        Widget {
            cache: 0,
            ..widget()
        }
    );
}

#[test]
fn patch_round_trips_through_json() {
    let patch = WidgetPatch {
        name: Some("nut".into()),
        count: Some(-1),
        note: Some(None),
        color: Some(Some("green".into())),
        tags: Some(vec!["x".into(), "y".into()]),
        small: None,
        unsigned: Some(Some(u32::MAX)),
        sizes: Some(vec![i64::MAX]),
    };
    assert_eq!(
        serde_json::from_str::<WidgetPatch>(&write(&patch)).expect("reads back"),
        patch
    );

    for patch in [
        Office365ServicesUserCountsPatch::default(),
        Office365ServicesUserCountsPatch {
            report_refresh_date: Some(Some(date("2017-09-01"))),
            exchange_active: Some(None),
            office365_inactive: Some(Some(0)),
            ..Default::default()
        },
    ] {
        assert_eq!(
            serde_json::from_str::<Office365ServicesUserCountsPatch>(&write(&patch))
                .expect("reads back"),
            patch
        );
    }
}
