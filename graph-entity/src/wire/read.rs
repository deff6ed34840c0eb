//! [`read_property`]: reading one property in a `visit_map`. Its siblings for nested and
//! navigation properties (`__private/read.rs`) repeat its four lines on purpose; the reasons,
//! and why all are `#[inline(always)]`, are in that module's docs.
#![allow(clippy::inline_always)]

use serde::de::{Deserialize, Error, MapAccess};

use super::Property;
use super::path::Path;

/// Reads the value of property `property` of `odata_type` into `slot` through [`Property`], in
/// a hand-written `visit_map` as in the derive's: a property already read (`slot` is `Some`) is
/// an error that names both.
///
/// ```
/// use graph_entity::wire::read_property;
/// use serde::de::{Deserializer, MapAccess, Visitor};
///
/// struct Size;
///
/// impl<'de> Visitor<'de> for Size {
///     type Value = Option<i64>;
///
///     fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
///         f.write_str("a driveItem")
///     }
///
///     fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<i64>, A::Error> {
///         let mut size = None;
///         while let Some(key) = map.next_key::<String>()? {
///             if key == "size" {
///                 read_property(&mut map, &mut size, "microsoft.graph.driveItem", "size")?;
///             } else {
///                 map.next_value::<serde::de::IgnoredAny>()?;
///             }
///         }
///         Ok(size)
///     }
/// }
///
/// let mut json = serde_json::Deserializer::from_str(r#"{"size": "42"}"#);
/// assert_eq!(json.deserialize_map(Size)?, Some(42));
///
/// let mut json = serde_json::Deserializer::from_str(r#"{"size": 1, "size": 2}"#);
/// let error = json.deserialize_map(Size).unwrap_err().to_string();
/// assert!(error.contains("duplicate property `size`"), "{error}");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[inline(always)]
pub fn read_property<'de, A, T>(
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
    *slot = Some(map.next_value_seed(Property::new(odata_type, property))?);
    Ok(())
}

/// A property appears twice in one object.
#[cold]
pub(crate) fn duplicate_property<E: Error>(odata_type: &str, property: &str) -> E {
    E::custom(format_args!(
        "{Path}duplicate property `{property}` of {odata_type}: each property may appear once"
    ))
}
