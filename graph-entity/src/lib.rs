//! Microsoft Graph / OData entities as plain Rust structs.
//!
//! (Crate docs are completed below.)

#![deny(missing_docs)]

extern crate self as graph_entity;

mod describe;
pub mod edm;
mod entity;
pub mod models;

#[doc(hidden)]
pub mod __private;

pub use crate::entity::{Entity, Patch};
pub use graph_entity_derive::GraphEntity;
