//! The Part 2 attributes in the hostile scope: an open entity type with `etag`, `nested`,
//! `additional_data` and enum and flags properties; a closed type written without
//! `"@odata.type"`; a type written without its `None` properties.

// The glob is the point: it brings every shadowing item of the crate root into scope.
#[allow(unused_imports, clippy::wildcard_imports)]
use super::*;

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
