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

// The items, by topic; the crate root re-exports them, so that they stay where a consumer
// finds them.
mod attributes;
mod entities;
mod poly;

pub use attributes::*;
pub use entities::*;
pub use poly::*;

#[cfg(test)]
mod tests;
