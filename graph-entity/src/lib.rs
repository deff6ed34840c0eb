#![doc = include_str!("docs/crate.md")]
#![doc = include_str!("docs/type_system.md")]
#![deny(missing_docs)]

extern crate self as graph_entity;

mod action;
mod additional_data;
pub mod csv;
mod describe;
pub mod edm;
mod entity;
mod enums;
mod flags;
#[cfg(feature = "http")]
pub mod http;
mod members;
pub mod models;
mod nested;
mod omit;
mod page;
mod page_rows;
mod rebase;
mod removed;
pub mod wire;

#[doc(hidden)]
pub mod __private;

pub use crate::action::ActionBody;
pub use crate::additional_data::AdditionalData;
pub use crate::entity::{Entity, Patch};
pub use crate::enums::Enum;
pub use crate::flags::Flags;
pub use crate::members::Members;
pub use crate::nested::{Nested, NestedCreate};
pub use crate::omit::OmitODataType;
pub use crate::page::Page;
pub use crate::page_rows::{PageError, PageRows};
pub use crate::rebase::{Conflict, RebaseError, rebase};
pub use crate::removed::{Removed, RemovedReason};

/// Derives the OData JSON form, the `{Name}Patch` type and [`Entity`]/[`Patch`]; see the
/// [crate docs](crate) for the attributes and the wire rules.
pub use graph_entity_derive::GraphEntity;

/// Derives [`Enum`], `Serialize` and `Deserialize` for an OData enum type; see the
/// [crate docs](crate#enum-types).
pub use graph_entity_derive::GraphEnum;

/// The README's examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "csv"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
