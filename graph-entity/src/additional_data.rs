//! [`AdditionalData`]: the members of a JSON object that a struct does not declare, kept.

use core::fmt;
use core::hash::{Hash, Hasher};

use indexmap::IndexMap;
use indexmap::map::Entry;
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use crate::__private::Backticked;

mod merge_patch;

/// Members of a JSON object by name, in the order they were read: what `#[graph(additional_data)]`
/// keeps of an object beyond the struct's declared properties (unknown properties, instance
/// annotations such as `@odata.context` or `prop@odata.type`, delta `@removed`), written back
/// after the declared ones.
///
/// Unlike `serde_json::Map`, which sorts its members unless a build-wide cargo feature is on,
/// the order is always the order read (then the order inserted). Lookups are hashed, so reading
/// an object with a million unknown members takes linear time. Each member's value is a
/// `serde_json::Value`: objects inside it follow `serde_json`'s order.
///
/// Equality ignores the order, as for JSON objects: two values are equal when they have the
/// same members with equal values. `Hash` agrees with it.
///
/// ```
/// use graph_entity::AdditionalData;
/// use serde_json::json;
///
/// let mut data: AdditionalData = serde_json::from_str(
///     r#"{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity", "b": 1, "a": 2}"#,
/// )?;
/// assert_eq!(data.keys().collect::<Vec<_>>(), ["@odata.context", "b", "a"]);
/// assert_eq!(data.get("b"), Some(&json!(1)));
///
/// data.insert("b", json!("two")); // replaces in place
/// data.remove("@odata.context");
/// assert_eq!(serde_json::to_string(&data)?, r#"{"b":"two","a":2}"#);
///
/// let reordered: AdditionalData = [("a".to_owned(), json!(2)), ("b".to_owned(), json!("two"))]
///     .into_iter()
///     .collect();
/// assert_eq!(data, reordered); // equality ignores the order
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// For the dynamic properties of open types, [`apply_merge_patch`](Self::apply_merge_patch),
/// [`merge_patch_diff`](Self::merge_patch_diff) and
/// [`compose_merge_patch`](Self::compose_merge_patch) follow RFC 7396 (JSON Merge Patch).
#[derive(Clone, Default)]
pub struct AdditionalData {
    members: IndexMap<String, Value>,
}

impl AdditionalData {
    /// No members.
    #[must_use]
    pub fn new() -> Self {
        AdditionalData::default()
    }

    /// The value of member `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.members.get(name)
    }

    /// The value of member `name`, to change it in place.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.members.get_mut(name)
    }

    /// Sets member `name` and returns its previous value. An existing member keeps its
    /// position; a new one goes last.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        self.members.insert(name.into(), value)
    }

    /// Removes member `name` and returns its value; the other members keep their order.
    ///
    /// Takes time linear in the number of members after it.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.members.shift_remove(name)
    }

    /// `true` if there is a member `name`.
    #[must_use]
    pub fn contains_key(&self, name: &str) -> bool {
        self.members.contains_key(name)
    }

    /// The members, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.members.iter())
    }

    /// The member names, in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator + '_ {
        self.members.keys().map(String::as_str)
    }

    /// How many members there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// `true` if there are no members.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The entry for `name`, for [`crate::__private::keep_member`]: one hash lookup per member.
    pub(crate) fn entry(&mut self, name: String) -> Entry<'_, String, Value> {
        self.members.entry(name)
    }
}

/// The iterator of [`AdditionalData::iter`]: `(name, value)` in order.
#[derive(Debug, Clone)]
pub struct Iter<'a>(indexmap::map::Iter<'a, String, Value>);

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(name, value)| (name.as_str(), value))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0
            .next_back()
            .map(|(name, value)| (name.as_str(), value))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a AdditionalData {
    type Item = (&'a str, &'a Value);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// The members by value, in order.
impl IntoIterator for AdditionalData {
    type Item = (String, Value);
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter(self.members.into_iter())
    }
}

/// The iterator of `AdditionalData::into_iter`: `(name, value)` in order.
#[derive(Debug)]
pub struct IntoIter(indexmap::map::IntoIter<String, Value>);

impl Iterator for IntoIter {
    type Item = (String, Value);

    #[inline]
    fn next(&mut self) -> Option<(String, Value)> {
        self.0.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for IntoIter {
    #[inline]
    fn next_back(&mut self) -> Option<(String, Value)> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for IntoIter {}

/// Members in the iterator's order; a repeated name keeps its first position and its last
/// value, as with [`AdditionalData::insert`].
impl FromIterator<(String, Value)> for AdditionalData {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        AdditionalData {
            members: iter.into_iter().collect(),
        }
    }
}

/// Inserts each member as [`AdditionalData::insert`] does.
impl Extend<(String, Value)> for AdditionalData {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, iter: I) {
        self.members.extend(iter);
    }
}

impl fmt::Debug for AdditionalData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Same members with equal values, in any order.
impl PartialEq for AdditionalData {
    fn eq(&self, other: &Self) -> bool {
        self.members == other.members
    }
}

impl Eq for AdditionalData {}

/// Hashes the members sorted by name, so that equal values (in any order) hash alike.
impl Hash for AdditionalData {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let mut sorted: Vec<(&String, &Value)> = self.members.iter().collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        sorted.hash(state);
    }
}

/// A JSON object, members in order.
impl Serialize for AdditionalData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (name, value) in self {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// From a JSON object; a member that appears twice is an error naming it.
impl<'de> Deserialize<'de> for AdditionalData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(DataVisitor)
    }
}

struct DataVisitor;

impl<'de> Visitor<'de> for DataVisitor {
    type Value = AdditionalData;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AdditionalData, A::Error> {
        let mut data = AdditionalData::new();
        while let Some(name) = map.next_key::<String>()? {
            match data.entry(name) {
                Entry::Occupied(entry) => {
                    return Err(de::Error::custom(format_args!(
                        "duplicate member {}: each member may appear once",
                        Backticked(entry.key())
                    )));
                }
                Entry::Vacant(entry) => {
                    entry.insert(map.next_value()?);
                }
            }
        }
        Ok(data)
    }
}
