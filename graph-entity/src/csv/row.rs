//! One CSV row as a serde map of `(wire name, cell)`, read by the entity's own `Deserialize`.
//!
//! The entity reads a row exactly as it reads a JSON object, so every wire rule and message
//! holds: a cell is text and an empty cell is `null`. Integers accept the text of a number and
//! `Edm.Date` its `YYYY-MM-DD` form, as they accept a JSON string.
//!
//! Where a cell must be read differently from a JSON string, for `bool` and float properties
//! (a report's `Is Deleted` column holds `True`, which JSON must refuse as `"True"`), the
//! channel is the deserializer hint: a [`Cell`] is not human-readable, so the property reader
//! passes `deserialize_bool`, `deserialize_f64`, ... on to it (`wire/property.rs`) instead
//! of turning them into `deserialize_any` as it does for JSON. The cell then parses its text
//! for the hint, and hands any other text to the visitor as a string, to be refused with the
//! visitor's own message. Every other hint reads the text as a string, as before.

use core::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

use super::Column;

/// The deserializer's error: a bare message, placed in the row and column by the reader.
#[derive(Debug)]
pub(super) struct RowError(pub String);

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RowError {}

impl de::Error for RowError {
    #[cold]
    fn custom<T: fmt::Display>(msg: T) -> Self {
        RowError(msg.to_string())
    }
}

/// How far the entity got through the row: tells the reader which column an error is about.
#[derive(Debug, Default)]
pub(super) struct Progress {
    /// Index into the header's known columns of the last one handed out.
    pub current: Option<usize>,
    /// Every column was handed out; an error now is about the row as a whole (a missing one).
    pub finished: bool,
}

/// A row: `known` pairs each CSV position with the entity's column there.
pub(super) struct Row<'a> {
    pub known: &'a [(usize, &'static Column)],
    pub record: &'a csv::StringRecord,
    pub progress: &'a mut Progress,
}

impl<'de> Deserializer<'de> for Row<'de> {
    type Error = RowError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        visitor.visit_map(RowMap { row: self, next: 0 })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

struct RowMap<'de> {
    row: Row<'de>,
    next: usize,
}

impl<'de> MapAccess<'de> for RowMap<'de> {
    type Error = RowError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, RowError> {
        let Some((_, column)) = self.row.known.get(self.next) else {
            self.row.progress.finished = true;
            return Ok(None);
        };
        self.row.progress.current = Some(self.next);
        seed.deserialize(BorrowedStrDeserializer::new(column.property))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, RowError> {
        let index = self.row.known.get(self.next).map(|(index, _)| *index);
        self.next += 1;
        let text = index
            .and_then(|index| self.row.record.get(index))
            .unwrap_or_default();
        seed.deserialize(Cell(text))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.row.known.len().saturating_sub(self.next))
    }
}

/// The text of one cell; empty is `null`.
struct Cell<'de>(&'de str);

impl<'de> Deserializer<'de> for Cell<'de> {
    type Error = RowError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        if self.0.is_empty() {
            visitor.visit_unit()
        } else {
            visitor.visit_borrowed_str(self.0)
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        if self.0.is_empty() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, RowError> {
        visitor.visit_newtype_struct(self)
    }

    /// A unit variant named by the cell's text (an `Edm` enum member).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, RowError> {
        if self.0.is_empty() {
            visitor.visit_unit()
        } else {
            visitor.visit_enum(BorrowedStrDeserializer::new(self.0))
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        visitor.visit_unit()
    }

    /// `true`/`false` in the three spellings reports use; other text goes to the visitor.
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        match self.0 {
            "" => visitor.visit_unit(),
            "true" | "True" | "TRUE" => visitor.visit_bool(true),
            "false" | "False" | "FALSE" => visitor.visit_bool(false),
            text => visitor.visit_borrowed_str(text),
        }
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        self.deserialize_f64(visitor)
    }

    /// A decimal number; other text (`NaN`, `INF`, `-INF` among it) goes to the visitor, which
    /// for a property reads those three and refuses the rest.
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, RowError> {
        if self.0.is_empty() {
            return visitor.visit_unit();
        }
        match parse_decimal(self.0) {
            Some(v) => visitor.visit_f64(v),
            None => visitor.visit_borrowed_str(self.0),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }

    /// Not human-readable: the property reader then passes every hint on (see the module docs).
    fn is_human_readable(&self) -> bool {
        false
    }
}

/// The value of a decimal number written `[+-]digits[.digits][(e|E)[+-]digits]` (digits on
/// at least one side of the point), if `text` is one and it is finite. Rust's own parser alone
/// would also take `inf`, `NaN` and `infinity` in any case.
fn parse_decimal(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || !exponent_ok
    {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn decimal_numbers_parse() {
        for (text, value) in [
            ("0", 0.0),
            ("-1.5", -1.5),
            ("+2", 2.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("1.5E-2", 0.015),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text:?}");
        }
    }

    #[test]
    fn other_text_is_not_a_decimal_number() {
        for text in [
            "", ".", "-", "e5", "1e", "1e+", "1.2.3", " 1", "1 ", "0x10", "inf", "NaN", "INF",
            "infinity", "1e400", "1,5", "١",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}
