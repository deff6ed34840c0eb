//! The serde visitors every generated reader shares: the seed that reads a member name into the
//! type's `__Field`, and the visitor that hands a map to the type's reader. Each is generic over
//! a trait the derive implements ([`FieldName`], [`ReadMap`]), so that a type's code holds only
//! what differs per type (its names, its `visit_map` body) and not a visitor struct, its
//! `expecting` and its `deserialize` besides: every generated body costs type and borrow
//! checking in a models build (BENCHMARKS.md, "Less code per type").

use core::fmt;
use core::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, Error, MapAccess, Visitor};

/// A type's member names, read into its `__Field`.
pub trait FieldName: Sized {
    /// What a member name of the object is, for the "expected" of serde's errors.
    const EXPECTING: &'static str;

    /// The field `name` is read into; `patch` reads it for the patch (where an unknown or
    /// read-only name is an error, before its value is read).
    fn field<E: Error>(name: &str, patch: bool) -> Result<Self, E>;
}

/// Reads a member name into `F`, for `MapAccess::next_key_seed`.
pub struct FieldSeed<F> {
    patch: bool,
    marker: PhantomData<fn() -> F>,
}

impl<F> FieldSeed<F> {
    /// The seed of an entity's (`patch == false`) or a patch's member names.
    #[inline]
    #[must_use]
    pub const fn new(patch: bool) -> Self {
        FieldSeed {
            patch,
            marker: PhantomData,
        }
    }
}

impl<'de, F: FieldName> DeserializeSeed<'de> for FieldSeed<F> {
    type Value = F;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<F, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<F: FieldName> Visitor<'_> for FieldSeed<F> {
    type Value = F;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(F::EXPECTING)
    }

    #[inline]
    fn visit_str<E: Error>(self, name: &str) -> Result<F, E> {
        F::field(name, self.patch)
    }
}

/// A type read from a JSON object by a generated `visit_map`.
pub trait ReadMap<'de>: Sized {
    /// What the value is, for the "expected" of serde's errors ("a microsoft.graph.event (a
    /// JSON object)").
    const EXPECTING: &'static str;

    /// Reads the value from the members of `map`.
    fn read_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a type that reads itself from a map.
#[inline]
pub fn deserialize_map<'de, T: ReadMap<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_map(MapVisitor(PhantomData))
}

struct MapVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: ReadMap<'de>> Visitor<'de> for MapVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    // Inlined: one call, to the type's reader, which stays out of line (inlining a wide
    // entity's whole loop into `deserialize_map` costs 10% in spills, BENCHMARKS.md).
    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_map(map)
    }
}
