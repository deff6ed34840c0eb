//! Floating-point properties: a JSON number, or one of the strings `"NaN"`, `"INF"`, `"-INF"`.
//!
//! JSON has no literal for the non-finite `Edm.Double`/`Edm.Single` values, so OData JSON writes
//! them as these three strings (exactly so: `"nan"`, `"Infinity"` and a number in a string such
//! as `"1.5"` are errors). Any `f64`/`f32` field accepts both forms, at any depth
//! (`Vec<Option<f64>>` too); [`Value`](crate::wire::Value) writes them back in the same form.
//!
//! An `f32` refuses a finite number beyond its range rather than reading it as infinity, as
//! integers refuse values out of their type's range.

use core::fmt;

use serde::de::{self, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected, Visitor};

use super::context::{Context, Error, Found};
use super::path::Path;
use crate::describe::Quoted;

/// The float type a `Deserialize` impl asked for (by its `deserialize_*` hint).
#[derive(Clone, Copy, Debug)]
pub enum FloatKind {
    F32,
    F64,
}

impl FloatKind {
    fn name(self) -> &'static str {
        match self {
            FloatKind::F32 => "Edm.Single",
            FloatKind::F64 => "Edm.Double",
        }
    }
}

/// The value of one of OData's three literals for non-finite floats, if `s` is one.
#[inline]
pub(crate) fn parse_non_finite(s: &str) -> Option<f64> {
    match s {
        "NaN" => Some(f64::NAN),
        "INF" => Some(f64::INFINITY),
        "-INF" => Some(f64::NEG_INFINITY),
        _ => None,
    }
}

/// OData's literal for a non-finite float; `None` for a finite one.
#[inline]
pub(crate) fn non_finite_literal(v: f64) -> Option<&'static str> {
    if v.is_nan() {
        Some("NaN")
    } else if v == f64::INFINITY {
        Some("INF")
    } else if v == f64::NEG_INFINITY {
        Some("-INF")
    } else {
        None
    }
}

/// Reads any JSON value and accepts the float forms above, then hands the float to the visitor
/// of the requested type.
pub(crate) struct FloatVisitor<V> {
    inner: V,
    ctx: Context,
    kind: FloatKind,
}

impl<V> FloatVisitor<V> {
    #[inline]
    pub(crate) fn new(inner: V, ctx: Context, kind: FloatKind) -> Self {
        FloatVisitor { inner, ctx, kind }
    }

    #[inline]
    fn deliver<'de, E: de::Error>(self, v: f64) -> Result<V::Value, E>
    where
        V: Visitor<'de>,
    {
        let result = match self.kind {
            FloatKind::F64 => self.inner.visit_f64::<Error<E>>(v),
            FloatKind::F32 => {
                // `as` rounds to the nearest f32; only a finite value beyond f32's range
                // becomes infinite, and that is refused.
                #[allow(clippy::cast_possible_truncation)] // rounding is the conversion wanted
                let narrow = v as f32;
                if narrow.is_infinite() && v.is_finite() {
                    return Err(self.error(format_args!(
                        "{} (out of range)",
                        Found(Unexpected::Float(v))
                    )));
                }
                self.inner.visit_f32::<Error<E>>(narrow)
            }
        };
        let ctx = self.ctx;
        result.map_err(|e| e.into_outer(ctx))
    }

    #[cold]
    fn error<E: de::Error>(&self, found: impl fmt::Display) -> E {
        E::custom(format_args!(
            "{Path}invalid value for property `{}` of {}: expected an {} (a number, or \"NaN\", \"INF\", \"-INF\"), found {found}",
            self.ctx.property,
            self.ctx.odata_type,
            self.kind.name()
        ))
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for FloatVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an {}", self.kind.name())
    }

    #[inline]
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        self.deliver(v)
    }

    #[inline]
    #[allow(clippy::cast_precision_loss)] // a JSON number is read as the nearest float
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.deliver(v as f64)
    }

    #[inline]
    #[allow(clippy::cast_precision_loss)] // a JSON number is read as the nearest float
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.deliver(v as f64)
    }

    #[allow(clippy::cast_precision_loss)] // a JSON number is read as the nearest float
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> {
        self.deliver(v as f64)
    }

    #[allow(clippy::cast_precision_loss)] // a JSON number is read as the nearest float
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> {
        self.deliver(v as f64)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        match parse_non_finite(v) {
            Some(x) => self.deliver(x),
            None => Err(self.error(Quoted(v))),
        }
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<V::Value, E> {
        Err(self.error(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Err(self.error("null"))
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        Err(self.error("null"))
    }

    fn visit_some<D: Deserializer<'de>>(self, _: D) -> Result<V::Value, D::Error> {
        Err(self.error("an optional value"))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<V::Value, E> {
        Err(self.error("bytes"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(self.error("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(self.error("an object"))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, _: A) -> Result<V::Value, A::Error> {
        Err(self.error("an enum"))
    }
}

#[cfg(test)]
mod tests {
    use super::{non_finite_literal, parse_non_finite};

    #[test]
    fn only_odata_literals_are_non_finite_floats() {
        assert!(parse_non_finite("NaN").is_some_and(f64::is_nan));
        assert_eq!(parse_non_finite("INF"), Some(f64::INFINITY));
        assert_eq!(parse_non_finite("-INF"), Some(f64::NEG_INFINITY));
        for bad in ["nan", "inf", "Infinity", "+INF", " NaN", "1.5", ""] {
            assert_eq!(parse_non_finite(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn non_finite_floats_have_odata_literals() {
        assert_eq!(non_finite_literal(f64::NAN), Some("NaN"));
        assert_eq!(non_finite_literal(f64::INFINITY), Some("INF"));
        assert_eq!(non_finite_literal(f64::NEG_INFINITY), Some("-INF"));
        assert_eq!(non_finite_literal(1.5), None);
        assert_eq!(non_finite_literal(f64::MAX), None);
    }
}

#[cfg(test)]
mod wire_tests;
