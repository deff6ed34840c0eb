//! A consumer crate that derives entities in the most hostile scope we can build: no implicit
//! prelude, no direct `serde` dependency, and the prelude's names and the crates' names shadowed
//! by local items. It compiles under `deny(warnings, missing_docs, clippy::pedantic, ...)`, so the
//! generated code adds no warning and documents the patch types.

#![no_implicit_prelude]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    clippy::all,
    clippy::pedantic
)]

/// Shadows the prelude's `Option`, `Some` and `None`.
pub enum Option {
    /// Shadows `Some`.
    Some,
    /// Shadows `None`.
    None,
}
pub use self::Option::{None, Some};

/// Shadows the prelude's `Result`, `Ok` and `Err`.
pub enum Result {
    /// Shadows `Ok`.
    Ok,
    /// Shadows `Err`.
    Err,
}
pub use self::Result::{Err, Ok};

/// Shadows `String`.
pub struct String;
/// Shadows `Vec`.
pub struct Vec;
/// Shadows `Box`.
pub struct Box;
/// Shadows `Default` (a trait of the same name, so `Default::default()` would be ambiguous).
pub trait Default {}

/// Shadows the `serde` crate name.
pub mod serde {}
/// Shadows the `core` crate name.
pub mod core {}
/// Shadows the `std` crate name.
pub mod std {}
/// Shadows the `graph_entity` crate name.
pub mod graph_entity {}

pub mod action;

/// An entity with every kind of field, declared where every name above is shadowed.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.thing")]
pub struct Thing {
    /// The key.
    #[graph(key)]
    pub id: ::std::string::String,
    /// A non-nullable string.
    pub name: ::std::string::String,
    /// A nullable Int64.
    pub count: ::std::option::Option<i64>,
    /// A collection.
    #[graph(default)]
    pub tags: ::std::vec::Vec<::std::string::String>,
    /// Read-only, boxed.
    #[graph(read_only)]
    pub created: ::std::option::Option<::std::boxed::Box<::graph_entity::edm::Date>>,
    /// Not on the wire.
    #[graph(skip)]
    pub cache: u8,
}

/// A generic entity: the bounds the generated impls need are inferred.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.wrapper", rename_all = "PascalCase")]
pub struct Wrapper<T> {
    /// A value of the parameter type.
    pub value: T,
    /// A nullable list of it.
    pub values: ::std::option::Option<::std::vec::Vec<T>>,
}

/// Shadows the runtime's `Entity` trait name.
pub struct Entity;
/// Shadows the runtime's `Patch` trait name.
pub struct Patch;
/// Shadows the runtime's `Nested` trait name.
pub struct Nested;
/// Shadows the runtime's `Enum` trait name.
pub struct Enum;
/// Shadows the runtime's `AdditionalData` name.
pub struct AdditionalData;
/// Shadows the runtime's `Flags` name.
pub struct Flags;
/// Shadows `serde_json::Value`'s name.
pub struct Value;

/// A complex type (no key), the value of the `nested` properties below.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.zone")]
pub struct Zone {
    /// A nullable string.
    pub name: ::std::option::Option<::std::string::String>,
    /// A nested value inside a nested value.
    #[graph(nested)]
    pub inner: ::std::option::Option<::std::boxed::Box<Label>>,
}

/// A complex type nested two levels deep.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.label")]
pub struct Label {
    /// A nullable string.
    pub name: ::std::option::Option<::std::string::String>,
}

/// A closed enum type with a default member.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::marker::Copy,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::graph_entity::GraphEnum,
)]
#[graph(odata_type = "hygiene.level")]
pub enum Level {
    /// `low`.
    Low,
    /// `normal`, the default.
    #[graph(default)]
    Normal,
    /// `unknownFutureValue`.
    UnknownFutureValue,
}

/// An enum type that keeps unknown members, with renames.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::cmp::Eq,
    ::std::hash::Hash,
    ::graph_entity::GraphEnum,
)]
#[graph(odata_type = "hygiene.status", rename_all = "PascalCase")]
pub enum Status {
    /// `Free`.
    Free,
    /// `oof`.
    #[graph(rename = "oof")]
    Away,
    /// Any other member, kept as read.
    #[graph(other)]
    Other(::std::string::String),
}

/// An open entity type with every Part 2 attribute: `etag`, enums, flags, `nested` in all six
/// shapes, `additional_data` and `open_type`.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.event", open_type)]
pub struct Event {
    /// The key.
    #[graph(key)]
    pub id: ::std::string::String,
    /// `@odata.etag`.
    #[graph(etag)]
    pub etag: ::std::option::Option<::std::string::String>,
    /// A closed enum.
    pub level: ::std::option::Option<Level>,
    /// An open enum.
    pub status: Status,
    /// A flags enum.
    #[graph(default)]
    pub levels: ::graph_entity::Flags<Level>,
    /// Nested `C`.
    #[graph(nested)]
    pub end: Zone,
    /// Nested `Box<C>`.
    #[graph(nested)]
    pub boxed: ::std::boxed::Box<Zone>,
    /// Nested `Option<C>`.
    #[graph(nested)]
    pub start: ::std::option::Option<Zone>,
    /// Nested `Option<Box<C>>`.
    #[graph(nested)]
    pub boxed_start: ::std::option::Option<::std::boxed::Box<Zone>>,
    /// Nested `Vec<C>`.
    #[graph(nested, default)]
    pub history: ::std::vec::Vec<Zone>,
    /// Nested `Option<Vec<C>>`.
    #[graph(nested)]
    pub zones: ::std::option::Option<::std::vec::Vec<Zone>>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: ::graph_entity::AdditionalData,
}

/// A closed type written without `"@odata.type"`.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.list", omit_odata_type)]
pub struct List {
    /// The key.
    #[graph(key)]
    pub id: ::std::string::String,
    /// A nullable string.
    pub title: ::std::option::Option<::std::string::String>,
    /// Undeclared members, kept.
    #[graph(additional_data)]
    pub additional_data: ::graph_entity::AdditionalData,
}

/// A type written without its `None` properties (`omit_none`), with an etag.
#[derive(
    ::std::fmt::Debug,
    ::std::clone::Clone,
    ::std::cmp::PartialEq,
    ::std::default::Default,
    ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.draft", omit_none, cfg_navigation = "children")]
pub struct Draft {
    /// The key.
    #[graph(key)]
    pub id: ::std::option::Option<::std::string::String>,
    /// A nullable string.
    pub title: ::std::option::Option<::std::string::String>,
    /// Always written.
    #[graph(default)]
    pub count: i32,
    /// A navigation property (to its own type).
    #[graph(navigation)]
    pub parent: ::std::option::Option<::std::boxed::Box<Draft>>,
    /// A collection navigation property's bind.
    #[graph(bind = "owners")]
    pub owners_bind: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The etag.
    #[graph(etag)]
    pub etag: ::std::option::Option<::std::string::String>,
    /// Undeclared members, kept (and `@removed` read from them).
    #[graph(additional_data)]
    pub additional_data: ::graph_entity::AdditionalData,
}

#[cfg(test)]
mod tests {
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
        Event, EventPatch, Level, List, ListPatch, Status, Thing, ThingPatch, Wrapper,
        WrapperPatch, Zone, ZonePatch,
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
}

/// A derived type of `Thing` that keeps undeclared members (the value of `AnyThing::Gadget`).
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.gadget")]
pub struct Gadget {
    /// The key.
    #[graph(key)]
    pub id: ::std::string::String,
    /// The members it does not declare.
    #[graph(additional_data)]
    pub additional_data: ::graph_entity::AdditionalData,
}

/// A polymorphic family: the base type (also the `other` variant) and a derived type.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.thing")]
pub enum AnyThing {
    /// A `hygiene.thing`, or a type no variant names.
    #[graph(other)]
    Thing(Thing),
    /// A `hygiene.gadget`.
    Gadget(Gadget),
}

/// A collection of a polymorphic type, in a nested position.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.shelf")]
pub struct Shelf {
    /// Things and gadgets.
    #[graph(nested)]
    pub items: ::std::vec::Vec<AnyThing>,
}

#[cfg(test)]
mod poly_tests {
    use ::std::assert_eq;
    use ::std::result::Result::Ok;

    use super::{AnyThing, Shelf};

    #[test]
    fn a_polymorphic_collection_reads_and_writes_in_a_hostile_scope() {
        let json = r##"{"items":[{"@odata.type":"#hygiene.gadget","id":"g","x":1},{"id":"t","name":"n","count":null}]}"##;
        let shelf: Shelf = ::serde_json::from_str(json).expect("valid shelf");
        assert_eq!(shelf.items[0].odata_type(), "hygiene.gadget");
        assert_eq!(shelf.items[1].odata_type(), "hygiene.thing");
        assert_eq!(
            ::serde_json::to_string(&shelf).expect("serializable"),
            r##"{"@odata.type":"#hygiene.shelf","items":[{"@odata.type":"#hygiene.gadget","id":"g","x":1},{"id":"t","name":"n","count":null,"tags":[],"created":null}]}"##
        );
        let thing: ::std::result::Result<AnyThing, _> =
            ::serde_json::from_str(r##"{"@odata.type":"#hygiene.gadget","id":"g"}"##);
        ::std::assert!(::std::matches!(thing, Ok(AnyThing::Gadget(_))));
    }
}
