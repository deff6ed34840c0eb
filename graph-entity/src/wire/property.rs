//! Reading one property value, with the property and the OData type named in every error.
//!
//! [`Property`] wraps the format's deserializer in [`PropertyDeserializer`], which wraps every
//! visitor, sequence, map and enum access below it. Errors a visitor raises (an invalid type, an
//! invalid value, a custom message) are caught while still bare, before the format adds its
//! position, and get the prefix ``invalid value for property `p` of T: ``; the format then
//! appends the position as usual. Integer hints are routed through [`IntVisitor`], which adds the
//! `IEEE754Compatible` leniency (a JSON string holding the number) at any depth, and float
//! hints through [`FloatVisitor`], which reads OData's `"NaN"`, `"INF"`, `"-INF"`.
//!
//! On human-readable formats, the hints of scalars, sequences, maps, tuples and structs are asked
//! as `deserialize_any`, so that a value of the wrong JSON type reaches the (wrapped) visitor
//! instead of being rejected by the format with a message we cannot prefix. Hints whose meaning
//! `deserialize_any` would change (`option`, `enum`, `newtype_struct` for `serde_json`'s
//! `RawValue`, `bytes`, `identifier`, `i128`/`u128`) are passed on as they are.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

use super::context::{Context, Error};
use super::float::{FloatKind, FloatVisitor};
use super::int::{IntKind, IntVisitor};

/// A `DeserializeSeed` that reads a `T` as the value of one property, the way the derive reads
/// every property:
///
/// - an error names the property and the OData type (``invalid value for property `p` of T:
///   ...``), with the path below it for a value inside a collection or a complex value;
/// - integers also read from a JSON string of digits (the `IEEE754Compatible=true` form);
/// - floats also read from `"NaN"`, `"INF"` and `"-INF"`.
///
/// A hand-written `visit_map` gets the same with `map.next_value_seed(Property::new(..))`.
///
/// ```
/// use graph_entity::wire::Property;
/// use serde::de::DeserializeSeed;
///
/// let seed = Property::<i64>::new("microsoft.graph.user", "size");
/// let mut json = serde_json::Deserializer::from_str(r#""9007199254740993""#);
/// assert_eq!(seed.deserialize(&mut json)?, 9_007_199_254_740_993);
///
/// let seed = Property::<i64>::new("microsoft.graph.user", "size");
/// let mut json = serde_json::Deserializer::from_str("true");
/// let error = seed.deserialize(&mut json).unwrap_err().to_string();
/// assert!(error.contains("property `size` of microsoft.graph.user"), "{error}");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct Property<T> {
    ctx: Context,
    marker: PhantomData<fn() -> T>,
}

impl<T> Property<T> {
    /// The seed for property `property` of `odata_type`.
    #[inline]
    pub const fn new(odata_type: &'static str, property: &'static str) -> Self {
        Property {
            ctx: Context {
                odata_type,
                property,
            },
            marker: PhantomData,
        }
    }
}

impl<'de, T: de::Deserialize<'de>> DeserializeSeed<'de> for Property<T> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<T, D::Error> {
        T::deserialize(PropertyDeserializer { de, ctx: self.ctx })
    }
}

/// Deserializer adapter for one property value (see the module docs).
pub struct PropertyDeserializer<D> {
    de: D,
    ctx: Context,
}

macro_rules! any_hints {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let wrapped = Wrap { inner: visitor, ctx: self.ctx };
            if self.de.is_human_readable() {
                self.de.deserialize_any(wrapped)
            } else {
                self.de.$method($($arg,)* wrapped)
            }
        }
    )*};
}

/// Integer and float hints get their own visitor on every format: on human-readable ones
/// through `deserialize_any` (a JSON string may hold the value); on the others through the hint
/// itself, which lets a format that is not JSON (a CSV cell, see `csv/row.rs`) parse its text
/// for the hint and hand over anything else for the visitor to refuse with its message.
macro_rules! number_hints {
    ($($method:ident => $visitor:ident::$kind:expr)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            let visitor = $visitor::new(visitor, self.ctx, $kind);
            if self.de.is_human_readable() {
                self.de.deserialize_any(visitor)
            } else {
                self.de.$method(visitor)
            }
        }
    )*};
}

macro_rules! forwarded_hints {
    ($($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.de.$method($($arg,)* Wrap { inner: visitor, ctx: self.ctx })
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for PropertyDeserializer<D> {
    type Error = D::Error;

    any_hints! {
        deserialize_bool() deserialize_char()
        deserialize_str() deserialize_string() deserialize_unit()
        deserialize_unit_struct(name: &'static str)
        deserialize_seq() deserialize_map()
        deserialize_tuple(len: usize)
        deserialize_tuple_struct(name: &'static str, len: usize)
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
    }

    number_hints! {
        deserialize_i8 => IntVisitor::IntKind::I8
        deserialize_i16 => IntVisitor::IntKind::I16
        deserialize_i32 => IntVisitor::IntKind::I32
        deserialize_i64 => IntVisitor::IntKind::I64
        deserialize_u8 => IntVisitor::IntKind::U8
        deserialize_u16 => IntVisitor::IntKind::U16
        deserialize_u32 => IntVisitor::IntKind::U32
        deserialize_u64 => IntVisitor::IntKind::U64
        deserialize_f32 => FloatVisitor::FloatKind::F32
        deserialize_f64 => FloatVisitor::FloatKind::F64
    }

    forwarded_hints! {
        deserialize_any()
        deserialize_i128()
        deserialize_u128()
        deserialize_bytes()
        deserialize_byte_buf()
        deserialize_option()
        deserialize_newtype_struct(name: &'static str)
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
        deserialize_identifier()
        deserialize_ignored_any()
    }

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

/// Visitor adapter: forwards every call, prefixing bare errors and wrapping nested accesses.
struct Wrap<V> {
    inner: V,
    ctx: Context,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    super::context::prefixed_scalar_visits!();

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.inner
            .visit_some(PropertyDeserializer { de, ctx: self.ctx })
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(self, de: D) -> Result<V::Value, D::Error> {
        self.inner
            .visit_newtype_struct(PropertyDeserializer { de, ctx: self.ctx })
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        let ctx = self.ctx;
        self.inner
            .visit_seq(Nested { inner: seq, ctx })
            .map_err(|e| e.into_outer(ctx))
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        let ctx = self.ctx;
        self.inner
            .visit_map(Nested { inner: map, ctx })
            .map_err(|e| e.into_outer(ctx))
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        let ctx = self.ctx;
        self.inner
            .visit_enum(Nested { inner: data, ctx })
            .map_err(|e| e.into_outer(ctx))
    }
}

/// A sequence, map, enum or variant access whose elements are read as the same property.
struct Nested<A> {
    inner: A,
    ctx: Context,
}

/// A seed whose deserializer is wrapped in [`PropertyDeserializer`].
struct NestedSeed<S> {
    seed: S,
    ctx: Context,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for NestedSeed<S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<S::Value, D::Error> {
        self.seed
            .deserialize(PropertyDeserializer { de, ctx: self.ctx })
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Nested<A> {
    type Error = Error<A::Error>;

    #[inline]
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Self::Error> {
        let seed = NestedSeed {
            seed,
            ctx: self.ctx,
        };
        self.inner.next_element_seed(seed).map_err(Error::Outer)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Nested<A> {
    type Error = Error<A::Error>;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let seed = NestedSeed {
            seed,
            ctx: self.ctx,
        };
        self.inner.next_key_seed(seed).map_err(Error::Outer)
    }

    #[inline]
    fn next_value_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<T::Value, Self::Error> {
        let seed = NestedSeed {
            seed,
            ctx: self.ctx,
        };
        self.inner.next_value_seed(seed).map_err(Error::Outer)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Nested<A> {
    type Error = Error<A::Error>;
    type Variant = Nested<A::Variant>;

    #[inline]
    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), Self::Error> {
        let ctx = self.ctx;
        match self.inner.variant_seed(NestedSeed { seed, ctx }) {
            Ok((value, variant)) => Ok((
                value,
                Nested {
                    inner: variant,
                    ctx,
                },
            )),
            Err(e) => Err(Error::Outer(e)),
        }
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Nested<A> {
    type Error = Error<A::Error>;

    fn unit_variant(self) -> Result<(), Self::Error> {
        self.inner.unit_variant().map_err(Error::Outer)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<T::Value, Self::Error> {
        let seed = NestedSeed {
            seed,
            ctx: self.ctx,
        };
        self.inner.newtype_variant_seed(seed).map_err(Error::Outer)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let visitor = Wrap {
            inner: visitor,
            ctx: self.ctx,
        };
        self.inner.tuple_variant(len, visitor).map_err(Error::Outer)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        let visitor = Wrap {
            inner: visitor,
            ctx: self.ctx,
        };
        self.inner
            .struct_variant(fields, visitor)
            .map_err(Error::Outer)
    }
}
