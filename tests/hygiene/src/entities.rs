//! Entities, a generic entity, complex types nested two levels deep, and enum types (closed with
//! a default member; keeping unknown members, with renames), declared where every prelude name
//! and the runtime's names are shadowed (`use super::*`).

// The glob is the point: it brings every shadowing item of the crate root into scope.
#[allow(unused_imports, clippy::wildcard_imports)]
use super::*;

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
