//! The library's own types: what to generate ([`Options`]), and what comes out
//! ([`GeneratedFile`], and [`TypeEntry`]/[`ActionEntry`] of [`index`](crate::index)).

use std::path::PathBuf;

use crate::{Areas, Descriptions};

/// What to generate, and how: the schema's gaps filled, attributes added, as prost-build's
/// `Config` does for protobuf.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Qualified names of the types to generate, with everything they reference; `None`
    /// generates every type of the document.
    pub types: Option<Vec<String>>,
    /// Cargo features to split the output by ([`Areas`](crate::Areas)): each type's `mod` line is
    /// `#[cfg(feature = "...")]`, and `features.toml` lists the features to declare.
    pub areas: Option<Areas>,
    /// Descriptions from a second document ([`Descriptions`](crate::Descriptions)), for the types, properties,
    /// navigation properties and enum members the schema leaves undescribed.
    pub descriptions: Option<Descriptions>,
    /// Properties to make `#[graph(read_only)]` beside those the schema's annotations mark
    /// (`ns.type/property`, alias allowed): a schema that marks too few (Graph's) is corrected
    /// here. Naming anything but a declared structural property is an [`Error`](crate::Error).
    pub read_only: Vec<String>,
    /// Attributes to write on generated types: (`ns.type`, `#[...]`), or `"."` for every struct
    /// and enum. The attribute goes after the derive's, before the item.
    pub type_attributes: Vec<(String, String)>,
    /// Attributes to write on fields: (`ns.type/member`, `#[...]`) for a property or navigation
    /// property declared by `ns.type`; the field of every type derived from it gets it too.
    pub field_attributes: Vec<(String, String)>,
    /// Schema types that existing Rust types stand for, as prost-build's `extern_path`:
    /// (`ns.type`, `::path::Type`) for one type, (`ns`, `::path`) for a namespace's types
    /// (`::path::{module::}Name`). None is generated; the path is written wherever the type is
    /// named ([Extern paths](#extern-paths)). A name that is no type or namespace of the schema
    /// is an [`Error`](crate::Error).
    pub extern_paths: Vec<(String, String)>,
    /// Splits the output over crates ([Values crates](#values-crates)): the cargo package name
    /// of the values crate (`graph-entity-models-values`), which gets the enum and complex types
    /// that lead to no entity type; the main output re-exports them.
    pub values_crate: Option<String>,
    /// With [`Options::values_crate`], the packages of crates that take the values the others
    /// do not share, built side by side ([Values crates](#values-crates)); empty: none.
    pub values_parts: Vec<String>,
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path relative to the output directory (`mod.rs`, `call_records/call_record.rs`).
    pub path: PathBuf,
    /// The file's text.
    pub contents: String,
    /// The package of the values crate the file is for ([`Options::values_crate`] or one of
    /// [`Options::values_parts`]), whose output directory `path` is relative to; `None` for the
    /// main output.
    pub values_crate: Option<String>,
}

/// One generated type, as [`index`](crate::index) lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeEntry {
    /// The qualified CSDL name (`microsoft.graph.security.alert`).
    pub qualified: String,
    /// The Rust path from the output's root module (`security::Alert`).
    pub path: String,
    /// The patch's path, for an entity or complex type (`security::AlertPatch`).
    pub patch: Option<String>,
    /// The `Any{Name}` enum's path, when the type has one.
    pub any: Option<String>,
    /// The cargo feature the type is in, with [`Options::areas`].
    pub feature: Option<String>,
    /// The bodies of the actions bound to the type, in its file.
    pub actions: Vec<ActionEntry>,
}

/// One action body, as [`index`](crate::index) lists it with its binding type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionEntry {
    /// The qualified action name (`microsoft.graph.sendMail`).
    pub action: String,
    /// The body's Rust path from the output's root module (`UserSendMailBody`).
    pub path: String,
    /// The features the body needs beside its binding type's, with [`Options::areas`] (those
    /// of parameter types in other areas).
    pub features: Vec<String>,
}
