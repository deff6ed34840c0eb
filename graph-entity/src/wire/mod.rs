//! Building blocks for a hand-written `Serialize` or `Deserialize` of an OData type: the ones the
//! code of `#[derive(GraphEntity)]` calls for every property, so that such an impl writes and
//! reads values by the same rules (OData's float literals, `IEEE754Compatible` integers, errors
//! that name the property and the type).
//!
//! They are also what the compiler names when a field's type cannot be written or read: a field
//! whose type implements neither `Serialize` nor `Deserialize` is reported as a bound of
//! [`write_property`] and [`read_property`] not met.
//!
//! The module also holds, crate-private, the machinery under them (the reading context, float
//! and integer visitors, the path of nested properties in error messages), which the derive's
//! other helpers in `__private` share; nothing here depends on `__private`.

pub(crate) mod context;
pub(crate) mod float;
pub(crate) mod int;
pub(crate) mod path;
mod property;
mod read;
mod value;
mod write;

pub use self::property::Property;
pub(crate) use self::read::duplicate_property;
pub use self::read::read_property;
pub use self::value::Value;
pub use self::write::write_property;
