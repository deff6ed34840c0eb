//! Writing an object's members, so that one generated body serves the top-level object (which
//! starts with `"@odata.type"`) and a nested value (which is written without it).

use serde::ser::{SerializeMap, Serializer};

pub use crate::Members;
use crate::OmitODataType;

/// The top-level object: `"@odata.type": type_value` (`#ns.name`), then the members.
#[inline]
pub fn serialize_typed<T: Members + ?Sized, S: Serializer>(
    value: &T,
    type_value: &'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    map.serialize_entry("@odata.type", type_value)?;
    value.write_members(&mut map)?;
    map.end()
}

/// A nested value (or a value whose type annotation is left out): its members only. The public
/// [`OmitODataType`] under the short name the derive's code uses.
pub use crate::OmitODataType as Inner;

/// [`Inner`] for an optional nested value: `null` or the members.
#[inline]
pub fn inner_option<T: Members>(value: Option<&T>) -> Option<OmitODataType<'_, T>> {
    value.map(OmitODataType)
}
