//! The [`Members`] trait: an object's members, written on their own.

use serde::ser::SerializeMap;

/// The members of an OData JSON object (an entity, a complex value, a patch, a polymorphic
/// `Any*` value), without the `"@odata.type"` the object starts with when written on its own.
///
/// `#[derive(GraphEntity)]` implements it for the struct and its `{Name}Patch`, and a
/// polymorphic enum implements it (writing `"@odata.type"` only for a derived type, as a nested
/// value of the enum's type needs). It is what a value is written through where its type is
/// known from the context: a `#[graph(nested)]` property's value and
/// [`OmitODataType`](crate::OmitODataType). Code that only reads and writes entities never
/// names it.
///
/// An addition to the design's fixed names: the bound of [`OmitODataType`](crate::OmitODataType)
/// had to be a public trait.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an OData object with members to write",
    label = "this type does not derive `GraphEntity`",
    note = "derive `GraphEntity` for `{Self}` (a complex or entity type)"
)]
pub trait Members {
    /// Writes the members, in order, into `map`, an object already opened.
    ///
    /// The object is opened without a length (`serialize_map(None)`): JSON needs none, and
    /// counting the members first was a second walk over the properties, generated for every
    /// type, that cost a models build 6% of its type and borrow checking (BENCHMARKS.md).
    fn write_members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl<T: Members + ?Sized> Members for Box<T> {
    #[inline]
    fn write_members<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        T::write_members(self, map)
    }
}
