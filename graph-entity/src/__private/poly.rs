//! Polymorphic enums (`#[derive(GraphEntity)]` on an enum of newtype variants): reading the
//! variant named by `"@odata.type"`, and keeping the type of a row read as the `other` variant.
//!
//! Graph writes control information first, so [`deserialize_poly`] reads the first member and,
//! when it is `"@odata.type"`, hands the rest of the map to the variant's own visitor: no
//! buffering. When the annotation comes later (or never), the members before it are buffered as
//! `serde_json::Value`s and replayed ahead of the rest of the map.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, StringDeserializer};
use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::members::Members;
use crate::AdditionalData;
use crate::describe::Quoted;

/// The member that holds a type annotation.
const TYPE: &str = "@odata.type";

/// Implemented by the derive for a polymorphic enum: which variant reads a row.
pub trait Poly: Sized {
    /// The enum's (base) type, qualified, without `#`.
    const ODATA_TYPE: &'static str;
    /// The variants' types, for the error message.
    const KNOWN: &'static [&'static str];

    /// Reads the rest of `map` as the variant for `found`, the `"@odata.type"` value as read
    /// (`None`: the row has none).
    fn read_variant<'de, A: MapAccess<'de>>(found: Option<&str>, map: A) -> Result<Self, A::Error>;
}

/// Implemented by the derive for every struct: where the `other` variant of a polymorphic enum
/// keeps the type it was read as (`additional_data["@odata.type"]`; nowhere without
/// `additional_data`).
pub trait KeepType {
    /// The kept `"@odata.type"` value, as read.
    fn kept_type(&self) -> Option<&str>;

    /// Keeps `found` (an `"@odata.type"` value, as read).
    fn keep_type(&mut self, found: &str);
}

/// `KeepType::kept_type` of a struct with `additional_data`.
#[inline]
pub fn kept_type(data: &AdditionalData) -> Option<&str> {
    if data.is_empty() {
        return None;
    }
    data.get(TYPE).and_then(Value::as_str)
}

/// `KeepType::keep_type` of a struct with `additional_data`.
#[inline]
pub fn keep_type(data: &mut AdditionalData, found: &str) {
    data.insert(TYPE, Value::String(found.to_owned()));
}

/// `found` without its leading `#`.
#[inline]
pub fn strip_hash(found: &str) -> &str {
    found.strip_prefix('#').unwrap_or(found)
}

/// The top-level object of a struct with `additional_data`: its kept `"@odata.type"` if it has
/// one (a row read as the `other` variant of a polymorphic enum), else `type_value`.
#[inline]
pub fn serialize_kept_typed<T: Members + ?Sized, S: Serializer>(
    value: &T,
    data: &AdditionalData,
    type_value: &'static str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(None)?;
    map.serialize_entry(TYPE, kept_type(data).unwrap_or(type_value))?;
    value.write_members(&mut map)?;
    map.end()
}

/// Writes every kept member but a kept `"@odata.type"` (written first, by
/// [`serialize_kept_typed`] or by the enum in a nested position).
#[inline]
pub fn serialize_kept_members<M: SerializeMap>(
    data: &AdditionalData,
    map: &mut M,
) -> Result<(), M::Error> {
    for (name, value) in data {
        if name != TYPE || !value.is_string() {
            map.serialize_entry(name, value)?;
        }
    }
    Ok(())
}

/// An `"@odata.type"` value written by a polymorphic enum in a nested position.
pub enum TypeValue<'a> {
    /// A kept value, written as it was read (so that it reads back the same).
    Kept(&'a str),
    /// A variant's own type (qualified, no `#`), written `#ns.name`.
    Own(&'a str),
}

impl Serialize for TypeValue<'_> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            TypeValue::Kept(found) => serializer.serialize_str(found),
            TypeValue::Own(name) => serializer.collect_str(&format_args!("#{name}")),
        }
    }
}

/// Reads the rest of a map as a `T` (a variant's struct, with its own visitor and errors).
#[inline]
pub fn read_rest<'de, T: Deserialize<'de>, A: MapAccess<'de>>(map: A) -> Result<T, A::Error> {
    T::deserialize(MapAccessDeserializer::new(map))
}

/// A type no variant names, for an enum without `other`.
#[cold]
pub fn unknown_type<E: Error>(base: &str, found: &str, known: &[&str]) -> E {
    E::custom(format_args!(
        "unknown @odata.type {} for {base}: expected one of {}",
        Quoted(found),
        KnownList(known)
    ))
}

/// A row without `"@odata.type"`, for an enum with neither a variant of its own type nor `other`.
#[cold]
pub fn missing_type<E: Error>(base: &str, known: &[&str]) -> E {
    E::custom(format_args!(
        "missing @odata.type for {base}: no variant is {base} itself, so a row must name its \
         type, one of {}",
        KnownList(known)
    ))
}

struct KnownList<'a>(&'a [&'a str]);

impl fmt::Display for KnownList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "\"#{name}\"")?;
        }
        Ok(())
    }
}

/// `Deserialize` of a polymorphic enum (see the module docs).
#[inline]
pub fn deserialize_poly<'de, P: Poly, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<P, D::Error> {
    deserializer.deserialize_map(PolyVisitor(PhantomData))
}

struct PolyVisitor<P>(PhantomData<fn() -> P>);

impl<'de, P: Poly> Visitor<'de> for PolyVisitor<P> {
    type Value = P;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} (a JSON object)", P::ODATA_TYPE)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<P, A::Error> {
        match map.next_key_seed(KeySeed)? {
            None => P::read_variant(None, map),
            Some(Key::Type) => {
                let found = map.next_value_seed(TypeSeed)?;
                P::read_variant(Some(found.as_str()), map)
            }
            Some(Key::Other(name)) => read_buffered(name, map),
        }
    }
}

/// The slow path: `"@odata.type"` is not the first member.
#[cold]
fn read_buffered<'de, P: Poly, A: MapAccess<'de>>(
    first: String,
    mut map: A,
) -> Result<P, A::Error> {
    let mut members = vec![(first, map.next_value::<Value>()?)];
    loop {
        match map.next_key_seed(KeySeed)? {
            None => {
                let rest = Buffered::new(members, map, true);
                return P::read_variant(None, rest);
            }
            Some(Key::Type) => {
                let found = map.next_value_seed(TypeSeed)?;
                let rest = Buffered::new(members, map, false);
                return P::read_variant(Some(found.as_str()), rest);
            }
            Some(Key::Other(name)) => {
                let value = map.next_value::<Value>()?;
                members.push((name, value));
            }
        }
    }
}

/// The members read before `"@odata.type"`, then the rest of the live map.
struct Buffered<A> {
    members: std::vec::IntoIter<(String, Value)>,
    value: Option<Value>,
    rest: A,
    rest_done: bool,
}

impl<A> Buffered<A> {
    fn new(members: Vec<(String, Value)>, rest: A, rest_done: bool) -> Self {
        Buffered {
            members: members.into_iter(),
            value: None,
            rest,
            rest_done,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Buffered<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some((name, value)) = self.members.next() {
            self.value = Some(value);
            return seed.deserialize(StringDeserializer::new(name)).map(Some);
        }
        if self.rest_done {
            return Ok(None);
        }
        let key = self.rest.next_key_seed(seed)?;
        self.rest_done = key.is_none();
        Ok(key)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(A::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        let rest = if self.rest_done {
            Some(0)
        } else {
            self.rest.size_hint()
        };
        rest.map(|rest| rest + self.members.len())
    }
}

/// A member name: `"@odata.type"` or another (kept, for the slow path).
enum Key {
    Type,
    Other(String),
}

struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    #[inline]
    fn visit_str<E: Error>(self, name: &str) -> Result<Key, E> {
        Ok(if name == TYPE {
            Key::Type
        } else {
            Key::Other(name.to_owned())
        })
    }

    #[inline]
    fn visit_string<E: Error>(self, name: String) -> Result<Key, E> {
        Ok(if name == TYPE {
            Key::Type
        } else {
            Key::Other(name)
        })
    }
}

/// An `"@odata.type"` value: borrowed from the input when the format allows it.
enum Found<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl Found<'_> {
    fn as_str(&self) -> &str {
        match self {
            Found::Borrowed(found) => found,
            Found::Owned(found) => found,
        }
    }
}

struct TypeSeed;

impl<'de> DeserializeSeed<'de> for TypeSeed {
    type Value = Found<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Found<'de>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for TypeSeed {
    type Value = Found<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `@odata.type` string (\"#namespace.TypeName\")")
    }

    #[inline]
    fn visit_borrowed_str<E: Error>(self, found: &'de str) -> Result<Found<'de>, E> {
        Ok(Found::Borrowed(found))
    }

    #[inline]
    fn visit_str<E: Error>(self, found: &str) -> Result<Found<'de>, E> {
        Ok(Found::Owned(found.to_owned()))
    }

    #[inline]
    fn visit_string<E: Error>(self, found: String) -> Result<Found<'de>, E> {
        Ok(Found::Owned(found))
    }
}
