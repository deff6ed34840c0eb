//! One CSV row as a serde map of `(wire name, cell)`, read by the entity's own `Deserialize`.
//!
//! The entity reads a row exactly as it reads a JSON object, so every wire rule and message
//! holds: a cell is text, an empty cell is `null`, and the format is human-readable, so
//! integers accept the text of a number and `Edm.Date` its `YYYY-MM-DD` form.

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

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }

    fn is_human_readable(&self) -> bool {
        true
    }
}
