//! [`write_property`]: writing one property in a `Serialize`, the counterpart of
//! [`read_property`](super::read_property). The derive's writers call it for every property
//! whose value is written through [`Value`], so that a property costs the generated code one
//! call rather than a wrapper and a call (the writers' type and borrow checking was a fifth of a
//! models build, BENCHMARKS.md). `#[inline(always)]`, as the readers: a writer compiles as if
//! each entry were written out.
#![allow(clippy::inline_always)]

use serde::Serialize;
use serde::ser::SerializeMap;

use super::Value;

/// Writes property `name` with `value` (through [`Value`], so a non-finite float is OData's
/// literal) into `map`, an object being written.
///
/// ```
/// use graph_entity::wire::write_property;
/// use serde::ser::{Serialize, SerializeMap, Serializer};
///
/// struct Reading {
///     value: f64,
///     unit: Option<String>,
/// }
///
/// impl Serialize for Reading {
///     fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
///         let mut map = serializer.serialize_map(None)?;
///         write_property(&mut map, "value", &self.value)?;
///         if let Some(unit) = &self.unit {
///             write_property(&mut map, "unit", unit)?;
///         }
///         map.end()
///     }
/// }
///
/// let reading = Reading { value: f64::INFINITY, unit: None };
/// assert_eq!(serde_json::to_string(&reading)?, r#"{"value":"INF"}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[inline(always)]
pub fn write_property<M, T>(map: &mut M, name: &'static str, value: &T) -> Result<(), M::Error>
where
    M: SerializeMap,
    T: Serialize + ?Sized,
{
    map.serialize_entry(name, &Value(value))
}
