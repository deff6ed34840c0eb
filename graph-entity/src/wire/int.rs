//! Integer properties: a JSON number, or a JSON string holding the number.
//!
//! OData's `IEEE754Compatible=true` format writes `Edm.Int64` as a string, because JavaScript
//! numbers cannot hold every 64-bit integer, and Microsoft services send it. Any Rust integer
//! field (`i64`, `i32`, `u32`, ...) accepts both forms, at any depth (also in `Vec<i64>`).
//!
//! - A string must be exactly an OData integer literal: an optional `+`/`-` and ASCII digits, no
//!   whitespace, no `0x`, no fraction or exponent.
//! - A number must be written as an integer (`5`, `-0`). A fraction or an exponent (`1.5`,
//!   `5.0`, `1e3`) is an error: the parser has already rounded such a number to an `f64`, so a
//!   fraction beyond 2^52 could not even be seen; refusing them all keeps the rule exact. The
//!   parser hands `-0` over as a float zero, which is the one float accepted.
//! - Out of range for the field's type is an error, never a wrap or a clamp.

use core::fmt;

use serde::de::{self, Deserializer, EnumAccess, MapAccess, SeqAccess, Unexpected, Visitor};

use super::context::{Context, Error, Found};
use super::path::Path;
use crate::describe::Quoted;

/// The integer type a `Deserialize` impl asked for (by its `deserialize_*` hint).
#[derive(Clone, Copy, Debug)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    fn range(self) -> (i128, i128) {
        match self {
            IntKind::I8 => (i8::MIN.into(), i8::MAX.into()),
            IntKind::I16 => (i16::MIN.into(), i16::MAX.into()),
            IntKind::I32 => (i32::MIN.into(), i32::MAX.into()),
            IntKind::I64 => (i64::MIN.into(), i64::MAX.into()),
            IntKind::U8 => (0, u8::MAX.into()),
            IntKind::U16 => (0, u16::MAX.into()),
            IntKind::U32 => (0, u32::MAX.into()),
            IntKind::U64 => (0, u64::MAX.into()),
        }
    }

    /// The EDM type name where one matches, a plain description otherwise.
    fn name(self) -> &'static str {
        match self {
            IntKind::I8 => "Edm.SByte",
            IntKind::I16 => "Edm.Int16",
            IntKind::I32 => "Edm.Int32",
            IntKind::I64 => "Edm.Int64",
            IntKind::U8 => "Edm.Byte",
            IntKind::U16 => "unsigned 16-bit integer",
            IntKind::U32 => "unsigned 32-bit integer",
            IntKind::U64 => "unsigned 64-bit integer",
        }
    }
}

/// Reads any JSON value and accepts the integer forms above, then hands the integer to the
/// visitor of the requested type.
pub(crate) struct IntVisitor<V> {
    inner: V,
    ctx: Context,
    kind: IntKind,
}

impl<V> IntVisitor<V> {
    #[inline]
    pub(crate) fn new(inner: V, ctx: Context, kind: IntKind) -> Self {
        IntVisitor { inner, ctx, kind }
    }

    #[inline]
    fn deliver<'de, E: de::Error>(self, n: i128) -> Result<V::Value, E>
    where
        V: Visitor<'de>,
    {
        let (min, max) = self.kind.range();
        if n < min || n > max {
            return Err(self.error(format_args!("{n} (out of range {min}..={max})")));
        }
        // `n` is within the kind's range, checked above, so these casts are exact.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let result = match self.kind {
            IntKind::I8 | IntKind::I16 | IntKind::I32 | IntKind::I64 => {
                self.inner.visit_i64::<Error<E>>(n as i64)
            }
            IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64 => {
                self.inner.visit_u64::<Error<E>>(n as u64)
            }
        };
        let ctx = self.ctx;
        result.map_err(|e| e.into_outer(ctx))
    }

    #[cold]
    fn error<E: de::Error>(&self, found: impl fmt::Display) -> E {
        E::custom(format_args!(
            "{Path}invalid value for property `{}` of {}: expected an {} (an integer, as a JSON number or a string), found {found}",
            self.ctx.property,
            self.ctx.odata_type,
            self.kind.name()
        ))
    }
}

/// 2^63: an integral float at least this large came from an integer literal beyond `i64`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// Parses an OData integer literal: `[+-]?[0-9]+`, nothing else. `None` if it is not one;
/// `Some(Err(()))` if it is one but does not fit in an `i128` (so out of any range).
fn parse_integer_literal(s: &str) -> Option<Result<i128, ()>> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.parse::<i128>().map_err(|_| ()))
}

impl<'de, V: Visitor<'de>> Visitor<'de> for IntVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an {}", self.kind.name())
    }

    #[inline]
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<V::Value, E> {
        self.deliver(v.into())
    }

    #[inline]
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<V::Value, E> {
        self.deliver(v.into())
    }

    #[inline]
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<V::Value, E> {
        self.deliver(v)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<V::Value, E> {
        match i128::try_from(v) {
            Ok(n) => self.deliver(n),
            Err(_) => Err(self.error(format_args!("{v} (out of range)"))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<V::Value, E> {
        if v == 0.0 {
            // `-0`, which serde_json reads as a float to keep its sign.
            self.deliver(0)
        } else if v.fract() == 0.0 && v.abs() >= TWO_POW_63 {
            // An integer literal too long for `i64`/`u64`, which the parser turned into a float.
            Err(self.error(format_args!(
                "{} (out of range)",
                Found(Unexpected::Float(v))
            )))
        } else {
            Err(self.error(Found(Unexpected::Float(v))))
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        match parse_integer_literal(v) {
            Some(Ok(n)) => self.deliver(n),
            Some(Err(())) => Err(self.error(format_args!("{} (out of range)", Quoted(v)))),
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
    use super::parse_integer_literal;

    #[test]
    fn integer_literal_is_sign_and_digits_only() {
        assert_eq!(parse_integer_literal("12"), Some(Ok(12)));
        assert_eq!(parse_integer_literal("+12"), Some(Ok(12)));
        assert_eq!(parse_integer_literal("-007"), Some(Ok(-7)));
        for bad in [
            "", "-", "+", " 12", "12 ", "0x10", "1.0", "1e3", "١٢", "--1", "+-1",
        ] {
            assert_eq!(parse_integer_literal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn integer_literal_beyond_i128_is_out_of_range() {
        let huge = "9".repeat(60);
        assert_eq!(parse_integer_literal(&huge), Some(Err(())));
    }
}
