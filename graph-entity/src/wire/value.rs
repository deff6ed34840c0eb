//! Writing one property value: non-finite floats as OData's `"NaN"`, `"INF"`, `"-INF"`.
//!
//! `serde_json` writes a NaN or an infinite `f64` as `null`, which loses the value and, for a
//! non-nullable property, writes what the reader then refuses. [`Value`] serializes its
//! referent through [`ValueSerializer`], which forwards every call to the format unchanged
//! except `serialize_f32`/`serialize_f64` of a non-finite value on a human-readable format
//! (binary formats carry such floats natively). Every compound (sequence, tuple, map, struct,
//! variant) is wrapped in turn, so the rule holds at any depth: `Vec<Option<f64>>`, map values
//! and keys, nested structs.
//!
//! The derive wraps every property value in [`Value`], so every forwarding method is
//! `#[inline]`: for a `String` or an `i64` the wrapper compiles away, leaving the format's own
//! call.

use serde::ser::{
    Serialize, SerializeMap, SerializeSeq, SerializeStruct, SerializeStructVariant, SerializeTuple,
    SerializeTupleStruct, SerializeTupleVariant, Serializer,
};

use super::float::non_finite_literal;

/// A value that serializes as its referent does, except that a non-finite `f32`/`f64` at any
/// depth is written as OData's `"NaN"`, `"INF"` or `"-INF"` on a human-readable format
/// (`serde_json` alone writes `null`). Binary formats get the float unchanged.
///
/// The derive wraps every property value in it; a hand-written `Serialize` of an OData type
/// does the same with `map.serialize_entry(name, &Value(&self.field))`.
///
/// ```
/// use graph_entity::wire::Value;
///
/// let readings = vec![1.5, f64::NAN, f64::NEG_INFINITY];
/// assert_eq!(serde_json::to_string(&Value(&readings))?, r#"[1.5,"NaN","-INF"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct Value<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized + Serialize> Serialize for Value<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(ValueSerializer(serializer))
    }
}

/// The forwarding serializer behind [`Value`]; also the wrapper of every compound it opens.
pub struct ValueSerializer<S>(S);

macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method(self, $($arg: $ty),*) -> Result<S::Ok, S::Error> {
            self.0.$method($($arg),*)
        }
    )*};
}

impl<S: Serializer> Serializer for ValueSerializer<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = ValueSerializer<S::SerializeSeq>;
    type SerializeTuple = ValueSerializer<S::SerializeTuple>;
    type SerializeTupleStruct = ValueSerializer<S::SerializeTupleStruct>;
    type SerializeTupleVariant = ValueSerializer<S::SerializeTupleVariant>;
    type SerializeMap = ValueSerializer<S::SerializeMap>;
    type SerializeStruct = ValueSerializer<S::SerializeStruct>;
    type SerializeStructVariant = ValueSerializer<S::SerializeStructVariant>;

    forward! {
        serialize_bool(v: bool);
        serialize_i8(v: i8);
        serialize_i16(v: i16);
        serialize_i32(v: i32);
        serialize_i64(v: i64);
        serialize_i128(v: i128);
        serialize_u8(v: u8);
        serialize_u16(v: u16);
        serialize_u32(v: u32);
        serialize_u64(v: u64);
        serialize_u128(v: u128);
        serialize_char(v: char);
        serialize_str(v: &str);
        serialize_bytes(v: &[u8]);
        serialize_none();
        serialize_unit();
        serialize_unit_struct(name: &'static str);
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str);
    }

    #[inline]
    fn serialize_f32(self, v: f32) -> Result<S::Ok, S::Error> {
        if v.is_finite() || !self.0.is_human_readable() {
            return self.0.serialize_f32(v);
        }
        match non_finite_literal(f64::from(v)) {
            Some(literal) => self.0.serialize_str(literal),
            None => self.0.serialize_f32(v),
        }
    }

    #[inline]
    fn serialize_f64(self, v: f64) -> Result<S::Ok, S::Error> {
        if v.is_finite() || !self.0.is_human_readable() {
            return self.0.serialize_f64(v);
        }
        match non_finite_literal(v) {
            Some(literal) => self.0.serialize_str(literal),
            None => self.0.serialize_f64(v),
        }
    }

    #[inline]
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Value(value))
    }

    #[inline]
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Value(value))
    }

    #[inline]
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &Value(value))
    }

    #[inline]
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(ValueSerializer)
    }

    #[inline]
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(ValueSerializer)
    }

    #[inline]
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0
            .serialize_tuple_struct(name, len)
            .map(ValueSerializer)
    }

    #[inline]
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, index, variant, len)
            .map(ValueSerializer)
    }

    #[inline]
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(ValueSerializer)
    }

    #[inline]
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(ValueSerializer)
    }

    #[inline]
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0
            .serialize_struct_variant(name, index, variant, len)
            .map(ValueSerializer)
    }

    #[inline]
    fn collect_str<T: ?Sized + core::fmt::Display>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.collect_str(value)
    }

    #[inline]
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Forwards `end`, and each element or field wrapped in [`Value`].
macro_rules! compound {
    ($($trait:ident::$method:ident)*) => {$(
        impl<S: $trait> $trait for ValueSerializer<S> {
            type Ok = S::Ok;
            type Error = S::Error;

            #[inline]
            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), S::Error> {
                self.0.$method(&Value(value))
            }

            #[inline]
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    )*};
}

compound! {
    SerializeSeq::serialize_element
    SerializeTuple::serialize_element
    SerializeTupleStruct::serialize_field
    SerializeTupleVariant::serialize_field
}

/// Forwards `end` and `skip_field` (which formats may act on), and each field wrapped in
/// [`Value`].
macro_rules! fields {
    ($($trait:ident)*) => {$(
        impl<S: $trait> $trait for ValueSerializer<S> {
            type Ok = S::Ok;
            type Error = S::Error;

            #[inline]
            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), S::Error> {
                self.0.serialize_field(key, &Value(value))
            }

            #[inline]
            fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
                self.0.skip_field(key)
            }

            #[inline]
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    )*};
}

fields! { SerializeStruct SerializeStructVariant }

impl<S: SerializeMap> SerializeMap for ValueSerializer<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    #[inline]
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), S::Error> {
        self.0.serialize_key(&Value(key))
    }

    #[inline]
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), S::Error> {
        self.0.serialize_value(&Value(value))
    }

    #[inline]
    fn serialize_entry<K: ?Sized + Serialize, V: ?Sized + Serialize>(
        &mut self,
        key: &K,
        value: &V,
    ) -> Result<(), S::Error> {
        self.0.serialize_entry(&Value(key), &Value(value))
    }

    #[inline]
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}
