//! `Event`: an event-like entity of the nested type system (complex values four levels deep,
//! collections of complex values, enums, `Edm.DateTimeOffset`, `@odata.etag`, undeclared
//! members kept in `additional_data`), its serde twin writing the same bytes, and samples shaped
//! like the response of Graph's "Get event" (`event-get.md`, example
//! `get_event_multiple_locations`).
//!
//! The twin is the limit, as for the flat entities, with two differences the nested case needs
//! (`BENCHMARKS.md`, "Nested entity (type system)"):
//! - it writes and checks the top-level `"@odata.type"` itself ([`EventODataType`]), so both
//!   sides write exactly the same bytes;
//! - it keeps the one undeclared member of the sample, `@odata.context`, in a field of its own
//!   written last, where graph-entity keeps any undeclared member in `AdditionalData`. serde's
//!   only generic way, `#[serde(flatten)]` into a map ([`EventTwinFlatten`]), buffers the
//!   object's members before reading the fields; measured on this sample it costs a few percent
//!   more (the `serde-twin+flatten` diagnostic), so the dedicated field, the cheaper of the two,
//!   is the limit.
//!
//! The twin is built from graph-entity's JSON (`From` impls in `twin.rs`): `Case::check` then verifies
//! that it writes back exactly the bytes it read.

mod entity;
mod samples;
mod twin;

pub use entity::*;
pub use samples::*;
pub use twin::*;
