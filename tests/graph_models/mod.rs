//! Hand-written models of the Graph v1.0 types that `tests/fixtures/graph/` exercises: what
//! the payloads use plus a few neighbours, each property typed as the CSDL
//! (`clean_v10_metadata/cleanMetadata.xml`) declares it. Every struct keeps the members it does
//! not declare in `additional_data`, so a model that is smaller than Graph loses nothing.
//!
//! Choices a reader should know:
//! - Open types follow the CSDL (`OpenType="true"`): `event`, `message`, `driveItem`, `user`,
//!   `identitySet`, `identity`, `plannerAssignments`, `plannerAppliedCategories`. `plannerTask`
//!   and `todoTask` are closed there, so their patches refuse unknown properties.
//! - No enum here has `unknownFutureValue` in this CSDL, so none is forward compatible by
//!   default; `freeBusyStatus` gets an `other` variant to show the mechanism.
//! - `read_only` marks what the Graph reference calls read-only (`createdDateTime`, `changeKey`,
//!   `bodyPreview`, `folder.childCount`, ...): the CSDL carries no such annotation.
//! - Properties the CSDL declares non-nullable but payloads omit under `$select`
//!   (`todoTask.status`, `recurrencePattern.interval`, ...) are non-`Option` with `default`.

// Each test crate that includes this module uses a different part of it.
#![allow(dead_code)]
// Field names are Graph's property names (`location.locationType`, `user.userPrincipalName`,
// `hashes.sha1Hash`, ...); renaming them to please the lint would hide the wire names.
#![allow(clippy::struct_field_names)]

use graph_entity::edm::{Binary, Date, DateTimeOffset};
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};

// One module per part of Graph; `tests/graph_payloads` imports the types from here.
mod complex;
mod directory;
mod enums;
mod files;
mod outlook;
mod planner;

pub use complex::*;
pub use directory::*;
pub use enums::*;
pub use files::*;
pub use outlook::*;
pub use planner::*;
