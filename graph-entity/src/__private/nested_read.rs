//! Reading a `#[graph(nested)]` property: the nested value's own reader names its properties.
//!
//! [`Property`](crate::wire::Property) wraps every map and sequence below it, so that a value of a
//! plain serde type gets the property's name in its errors and the integer leniency at any
//! depth. A nested entity or complex value needs neither: its generated reader wraps each of
//! its own properties. Wrapping it anyway would also stack one more adapter type per level, and
//! a type that contains itself (`publicError.details`, twenty such types in Graph v1.0) would
//! never finish instantiating. So [`NestedProperty`] wraps only the nested value's outermost
//! level ([`Shallow`]): a value of the wrong JSON type (`"start": 5`) is an error naming the
//! property, while the value's object, or the array of them, is handed to the value's reader
//! as the format gives it, and errors inside name the nested property and type.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

use crate::wire::context::{Context, Error};
use crate::wire::path;

/// A `DeserializeSeed` that reads a `#[graph(nested)]` property of type `T` (`C`, `Box<C>`,
/// `Option<C>`, `Vec<C>`, ...).
pub struct NestedProperty<T> {
    ctx: Context,
    expect: Expect,
    marker: PhantomData<fn() -> T>,
}

/// The JSON shape a navigation property's value must have at its outermost level (a nested
/// property's value is checked by its own reader).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Whatever the value's reader takes.
    Any,
    /// One entity: an object (or `null`).
    Object,
    /// A collection: an array (or `null`).
    Array,
}

impl<T> NestedProperty<T> {
    /// The seed for nested property `property` of `odata_type`.
    #[inline]
    pub const fn new(odata_type: &'static str, property: &'static str) -> Self {
        NestedProperty {
            ctx: Context {
                odata_type,
                property,
            },
            expect: Expect::Any,
            marker: PhantomData,
        }
    }

    /// The seed for navigation property `property` of `odata_type`: an object for a
    /// single-valued one, an array for a `collection`, anything else an error naming it.
    #[inline]
    pub const fn navigation(
        odata_type: &'static str,
        property: &'static str,
        collection: bool,
    ) -> Self {
        NestedProperty {
            ctx: Context {
                odata_type,
                property,
            },
            expect: if collection {
                Expect::Array
            } else {
                Expect::Object
            },
            marker: PhantomData,
        }
    }
}

impl<'de, T: de::Deserialize<'de>> DeserializeSeed<'de> for NestedProperty<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<T, D::Error> {
        T::deserialize(ShallowDeserializer {
            de,
            ctx: self.ctx,
            expect: self.expect,
        })
    }
}

/// Deserializer adapter: on human-readable formats, map, struct and sequence hints are asked as
/// `deserialize_any`, so a value of the wrong JSON type reaches [`Shallow`], which names the
/// property; `option` keeps its meaning (`null`).
struct ShallowDeserializer<D> {
    de: D,
    ctx: Context,
    expect: Expect,
}

macro_rules! shallow_hints {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let shallow = Shallow { inner: visitor, ctx: self.ctx, expect: self.expect };
            if self.de.is_human_readable() {
                self.de.deserialize_any(shallow)
            } else {
                self.de.$method($($arg,)* shallow)
            }
        }
    )*};
}

macro_rules! passed_hints {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* Shallow { inner: visitor, ctx: self.ctx, expect: self.expect })
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ShallowDeserializer<D> {
    type Error = D::Error;

    shallow_hints! {
        deserialize_seq() deserialize_map()
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
    }

    passed_hints! {
        deserialize_any() deserialize_bool()
        deserialize_i8() deserialize_i16() deserialize_i32() deserialize_i64() deserialize_i128()
        deserialize_u8() deserialize_u16() deserialize_u32() deserialize_u64() deserialize_u128()
        deserialize_f32() deserialize_f64() deserialize_char() deserialize_str()
        deserialize_string() deserialize_bytes() deserialize_byte_buf() deserialize_option()
        deserialize_unit() deserialize_unit_struct(name: &'static str)
        deserialize_newtype_struct(name: &'static str)
        deserialize_tuple(len: usize) deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
        deserialize_identifier() deserialize_ignored_any()
    }

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// Visitor adapter for the outermost level of a nested value: scalar visits get the property
/// named in their errors; a map goes to the value's reader untouched; a sequence's elements
/// and an option's content are read shallowly again.
struct Shallow<V> {
    inner: V,
    ctx: Context,
    expect: Expect,
}

impl<V> Shallow<V> {
    /// A value of the wrong JSON shape for a navigation property, named.
    #[cold]
    fn wrong_shape<E: de::Error>(&self, found: &str) -> E {
        let wanted = match self.expect {
            Expect::Array => "an array (the navigation property is a collection)",
            _ => "an object (the navigation property is single-valued)",
        };
        Error::<E>::Message(format!("expected {wanted}, found {found}")).into_outer(self.ctx)
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Shallow<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    crate::wire::context::prefixed_scalar_visits!();

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(ShallowDeserializer {
            de,
            ctx: self.ctx,
            expect: self.expect,
        })
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(ShallowDeserializer {
            de,
            ctx: self.ctx,
            expect: self.expect,
        })
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.expect == Expect::Object {
            return Err(self.wrong_shape("an array"));
        }
        self.inner.visit_seq(ShallowSeq {
            inner: seq,
            ctx: self.ctx,
        })
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        if self.expect == Expect::Array {
            return Err(self.wrong_shape("an object"));
        }
        let _entered = path::enter(self.ctx.property, self.ctx.odata_type);
        self.inner.visit_map(map)
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(data)
    }
}

/// The elements of a nested collection, each read shallowly.
struct ShallowSeq<A> {
    inner: A,
    ctx: Context,
}

/// A seed whose deserializer is wrapped in [`ShallowDeserializer`].
struct ShallowSeed<S> {
    seed: S,
    ctx: Context,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for ShallowSeed<S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        // Each element of a collection is read as its own reader reads it.
        self.seed.deserialize(ShallowDeserializer {
            de,
            ctx: self.ctx,
            expect: Expect::Any,
        })
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for ShallowSeq<A> {
    type Error = A::Error;

    #[inline]
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.inner.next_element_seed(ShallowSeed {
            seed,
            ctx: self.ctx,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}
