//! Reading one member of an entity or patch object: what each arm of a generated `visit_map`
//! does, written once here rather than once per property of every type. Each returns
//! `Result<(), A::Error>`, so that a generated reader has one `?` (one exit path that drops
//! what was read so far) instead of two per property: the type and borrow checking of the
//! generated readers was the largest share of a models build (BENCHMARKS.md).
//!
//! `#[inline(always)]`: with `#[inline]` alone, LLVM kept some of these out of line in a wide
//! entity's reader, and reading the 60-property entity took 1.25× the serde twin instead of
//! 1.06× (paired bench). Always inlined, a reader compiles as if the arms were written out.
//!
//! [`read_property`](crate::wire::read_property) (public, in `wire/read.rs`), `read_nested` and
//! `read_navigation` repeat their four lines on purpose: one shared `fill(map, slot, seed)` under
//! them, also `#[inline(always)]`, made the office365 entity read 6% dearer in instructions
//! (callgrind: 11,991 -> 12,713 from a slice, 9,332 -> 10,054 from a `&str`).
#![allow(clippy::inline_always)]

use serde::de::{Deserialize, IgnoredAny, MapAccess};

use super::errors::duplicate_type_annotation;
use super::nested_read::NestedProperty;
use super::type_annotation::TypeAnnotation;
use crate::wire::duplicate_property;

/// [`read_property`](crate::wire::read_property) of a `#[graph(nested)]` property or a
/// collection, through [`NestedProperty`].
#[inline(always)]
pub fn read_nested<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    odata_type: &'static str,
    property: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate_property(odata_type, property));
    }
    *slot = Some(map.next_value_seed(NestedProperty::new(odata_type, property))?);
    Ok(())
}

/// [`read_property`](crate::wire::read_property) of a navigation property: an object, or an
/// array for a `collection`.
#[inline(always)]
pub fn read_navigation<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    odata_type: &'static str,
    property: &'static str,
    collection: bool,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate_property(odata_type, property));
    }
    *slot =
        Some(map.next_value_seed(NestedProperty::navigation(odata_type, property, collection))?);
    Ok(())
}

/// Reads and checks `"@odata.type"` (once: `seen` records it).
#[inline(always)]
pub fn read_type<'de, A>(
    map: &mut A,
    seen: &mut bool,
    odata_type: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
{
    if *seen {
        return Err(duplicate_type_annotation(odata_type));
    }
    *seen = true;
    map.next_value_seed(TypeAnnotation(odata_type))
}

/// Reads past a member's value.
#[inline(always)]
pub fn skip_value<'de, A>(map: &mut A) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
{
    map.next_value::<IgnoredAny>().map(|_| ())
}
