//! The entities of `entities.rs` and `attributes.rs` at work from the hostile scope.

use ::graph_entity::{Entity, Patch};
use ::std::assert;
use ::std::assert_eq;
use ::std::borrow::ToOwned;
use ::std::clone::Clone;
use ::std::iter::Iterator;
use ::std::option::Option::{None, Some};
use ::std::string::ToString;
use ::std::vec;

use super::{
    Event, EventPatch, Level, List, ListPatch, Status, Thing, ThingPatch, Wrapper, WrapperPatch,
    Zone, ZonePatch,
};

#[test]
fn omit_none_writes_what_is_set_in_a_hostile_scope() {
    let draft = super::Draft {
        title: Some("t".to_owned()),
        ..::std::default::Default::default()
    };
    assert_eq!(
        ::serde_json::to_string(&draft).expect("serializable"),
        r##"{"@odata.type":"#hygiene.draft","title":"t","count":0}"##
    );
    let read: super::Draft = ::serde_json::from_str(
        r#"{"id":"1","count":2,"@removed":{"reason":"deleted"},"parent":{"count":1},"owners@odata.bind":["u/1"]}"#,
    )
    .expect("valid draft");
    assert_eq!(read.parent.as_ref().map(|p| p.count), Some(1));
    let mut patch = super::DraftPatch {
        owners_bind: Some(vec!["u/1".to_owned()]),
        ..::std::default::Default::default()
    };
    Patch::merge(
        &mut patch,
        super::DraftPatch {
            owners_bind: Some(vec!["u/2".to_owned()]),
            ..::std::default::Default::default()
        },
    );
    assert_eq!(
        ::serde_json::to_string(&patch).expect("serializable"),
        r##"{"@odata.type":"#hygiene.draft","owners@odata.bind":["u/1","u/2"]}"##
    );
    assert_eq!(
        Entity::removed(&read).map(|r| r.reason),
        Some(::graph_entity::RemovedReason::Deleted)
    );
}

#[test]
fn entity_round_trips_in_a_hostile_scope() {
    let json = r##"{"@odata.type":"#hygiene.thing","id":"1","name":"n","count":"7","tags":["a"],"created":"2024-02-29"}"##;
    let thing: Thing = ::serde_json::from_str(json).expect("valid thing");
    assert_eq!(thing.count, Some(7));
    assert_eq!(
        thing.created.as_deref().map(ToString::to_string),
        Some("2024-02-29".to_owned())
    );
    let written = ::serde_json::to_string(&thing).expect("serializable");
    assert_eq!(
        written,
        r##"{"@odata.type":"#hygiene.thing","id":"1","name":"n","count":7,"tags":["a"],"created":"2024-02-29"}"##
    );
}

#[test]
fn patch_works_in_a_hostile_scope() {
    let old: Thing = ::serde_json::from_str(r#"{"id":"1","name":"n"}"#).expect("valid thing");
    let mut new = old.clone();
    new.count = Some(3);
    new.tags = vec!["x".to_owned()];
    let patch: ThingPatch = old.diff(&new);
    assert_eq!(
        patch.changed_properties().collect::<::std::vec::Vec<_>>(),
        ["count", "tags"]
    );
    let mut applied = old;
    applied.apply(patch);
    assert_eq!(applied, new);
}

#[test]
fn generic_entity_reads_writes_and_patches() {
    let w: Wrapper<i32> =
        ::serde_json::from_str(r#"{"Value":"5","Values":null}"#).expect("valid wrapper");
    assert_eq!(
        w,
        Wrapper {
            value: 5,
            values: None
        }
    );
    let patch = WrapperPatch::<i32> {
        values: Some(Some(vec![1, 2])),
        ..::std::default::Default::default()
    };
    assert_eq!(
        ::serde_json::to_string(&patch).expect("serializable"),
        r##"{"@odata.type":"#hygiene.wrapper","Values":[1,2]}"##
    );
}

const EVENT: &str = r##"{"@odata.type":"#hygiene.event","@odata.etag":"W/\"1\"","id":"e","level":"normal","status":"Busy","levels":"low,unknownFutureValue","end":{"name":"end","inner":null},"boxed":{"name":null,"inner":{"name":"deep"}},"start":null,"boxedStart":null,"history":[],"zones":null,"color":"red"}"##;

#[test]
fn etag_enums_flags_nested_and_additional_data_round_trip_in_a_hostile_scope() {
    let event: Event = ::serde_json::from_str(EVENT).expect("valid event");
    assert_eq!(::graph_entity::Entity::etag(&event), Some("W/\"1\""));
    assert_eq!(event.level, Some(Level::Normal));
    assert_eq!(event.status, Status::Other("Busy".to_owned()));
    assert!(event.levels.contains(&Level::UnknownFutureValue));
    assert_eq!(
        event.additional_data.get("color"),
        Some(&::serde_json::Value::String("red".to_owned()))
    );
    assert_eq!(
        ::serde_json::to_string(&event).expect("serializable"),
        EVENT
    );
}

#[test]
fn nested_and_open_type_patches_diff_merge_and_apply_in_a_hostile_scope() {
    let old: Event = ::serde_json::from_str(EVENT).expect("valid event");
    let mut new = old.clone();
    new.start = Some(Zone {
        name: Some("start".to_owned()),
        inner: None,
    });
    new.boxed.name = Some("boxed".to_owned());
    new.status = Status::Away;
    new.additional_data.remove("color");
    let patch: EventPatch = old.diff(&new);
    assert_eq!(
        ::serde_json::to_string(&patch).expect("serializable"),
        r##"{"@odata.type":"#hygiene.event","status":"oof","boxed":{"name":"boxed"},"start":{"name":"start"},"color":null}"##
    );
    assert_eq!(
        patch.changed_properties().collect::<::std::vec::Vec<_>>(),
        ["status", "boxed", "start"]
    );
    let mut merged = EventPatch {
        start: Some(None),
        ..::std::default::Default::default()
    };
    merged.merge(patch.clone());
    let mut applied = old;
    applied.apply(merged);
    assert_eq!(applied, new);
    assert_eq!(
        patch.start,
        Some(Some(ZonePatch {
            name: Some(Some("start".to_owned())),
            inner: None,
        }))
    );
}

#[test]
fn odata_type_omitted_and_enum_default_in_a_hostile_scope() {
    let list: List = ::serde_json::from_str(r#"{"id":"l","title":null,"@odata.context":"x"}"#)
        .expect("valid list");
    assert_eq!(
        ::serde_json::to_string(&list).expect("serializable"),
        r#"{"id":"l","title":null,"@odata.context":"x"}"#
    );
    let patch = ListPatch {
        title: Some(Some("t".to_owned())),
    };
    assert_eq!(
        ::serde_json::to_string(&patch).expect("serializable"),
        r#"{"title":"t"}"#
    );
    let thing_patch = ThingPatch {
        name: Some("n".to_owned()),
        ..::std::default::Default::default()
    };
    assert_eq!(
        ::serde_json::to_string(&::graph_entity::OmitODataType(&thing_patch))
            .expect("serializable"),
        r#"{"name":"n"}"#
    );
    assert_eq!(<Level as ::std::default::Default>::default(), Level::Normal);
    assert_eq!(
        <Level as ::graph_entity::Enum>::MEMBERS,
        ["low", "normal", "unknownFutureValue"]
    );
}
