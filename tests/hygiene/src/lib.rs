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

#[cfg(test)]
mod tests {
    use ::graph_entity::{Entity, Patch};
    use ::std::assert_eq;
    use ::std::borrow::ToOwned;
    use ::std::clone::Clone;
    use ::std::iter::Iterator;
    use ::std::option::Option::{None, Some};
    use ::std::string::ToString;
    use ::std::vec;

    use super::{Thing, ThingPatch, Wrapper, WrapperPatch};

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
}
