//! Writing an object's members, so that one generated body serves the top-level object (which
//! starts with `"@odata.type"`) and a nested value (which is written without it).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

pub use crate::Members;

/// The top-level object: `"@odata.type": type_value` (`#ns.name`), then the members.
#[inline]
pub fn serialize_typed<T: Members + ?Sized, S: Serializer>(
    value: &T,
    type_value: &'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(1 + value.member_count()))?;
    map.serialize_entry("@odata.type", type_value)?;
    value.write_members(&mut map)?;
    map.end()
}

/// A nested value (or a value whose type annotation is left out): its members only.
pub struct Inner<'a, T: ?Sized>(pub &'a T);

impl<T: Members + ?Sized> Serialize for Inner<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.member_count()))?;
        self.0.write_members(&mut map)?;
        map.end()
    }
}

/// A collection of nested values, each written as [`Inner`].
pub struct InnerSeq<'a, T>(pub &'a [T]);

impl<T: Members> Serialize for InnerSeq<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(Inner))
    }
}

/// `Inner` for an optional nested value: `null` or the members.
#[inline]
pub fn inner_option<T: Members>(value: Option<&T>) -> Option<Inner<'_, T>> {
    value.map(Inner)
}
