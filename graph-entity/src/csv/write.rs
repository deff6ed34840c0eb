//! [`write`](fn@write): entities as a CSV report.
//!
//! A row is written by the entity's own `Serialize` (a map of `"@odata.type"` and then the
//! properties under their wire names) into a serializer that keeps each property's scalar as
//! the text of its column's cell.

use core::fmt::{self, Write as _};

use serde::Serialize;
use serde::ser::{self, Impossible, SerializeMap, SerializeStruct, Serializer};

use super::error::{Error, Kind};
use super::{Column, Columns};
use crate::wire::float::non_finite_literal;

/// Writes `rows` as a CSV report: a header of `T`'s [column titles](Columns), in declaration
/// order, then one record per row.
///
/// A cell holds the property's text: `None` is an empty cell, integers and `Edm.Date` are
/// written as in JSON without quotes, strings as they are (quoted only where CSV needs it),
/// `bool`s as `true`/`false`, floats as decimal numbers or `NaN`, `INF`, `-INF`. [`read`](fn@super::read) reads the output back into the same
/// rows, with one exception: an empty string and `None` both write an empty cell, which reads
/// as `None`. No byte order mark is written.
///
/// # Errors
///
/// If the writer fails, or a property's value is not a scalar (an array or an object does
/// not fit in a cell); the error names the row and the column.
///
/// ```
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let row = Office365ServicesUserCounts {
///     report_refresh_date: Some("2017-09-01".parse()?),
///     exchange_active: Some(2591),
///     report_period: Some("7".to_owned()),
///     ..Default::default()
/// };
/// let mut out = Vec::new();
/// graph_entity::csv::write(&mut out, [&row])?;
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with("Report Refresh Date,Exchange Active,Exchange Inactive,"));
/// assert!(text.ends_with("\n2017-09-01,2591,,,,,,,,,,,,,,7\n"));
///
/// let back: Vec<Office365ServicesUserCounts> =
///     graph_entity::csv::read(text.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(back, [row]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write<'a, T, W>(writer: W, rows: impl IntoIterator<Item = &'a T>) -> Result<(), Error>
where
    T: Columns + Serialize + 'a,
    W: std::io::Write,
{
    let mut csv = csv::Writer::from_writer(writer);
    csv.write_record(T::COLUMNS.iter().map(|c| c.title))?;
    let mut target = RowTarget {
        columns: T::COLUMNS,
        cells: vec![String::new(); T::COLUMNS.len()],
        key: String::new(),
        next: 0,
        current: None,
    };
    for (index, row) in rows.into_iter().enumerate() {
        target.cells.iter_mut().for_each(String::clear);
        target.next = 0;
        target.current = None;
        if let Err(CellError(message)) = row.serialize(&mut target) {
            return Err(Error::new(Kind::Write {
                row: index as u64 + 1,
                column: target
                    .current
                    .and_then(|i| T::COLUMNS.get(i))
                    .map(|c| c.title),
                message,
            }));
        }
        csv.write_record(&target.cells)?;
    }
    csv.flush().map_err(csv::Error::from)?;
    Ok(())
}

/// The serializer's error: a bare message, placed in the row and column by [`write`](fn@write).
#[derive(Debug)]
struct CellError(String);

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CellError {}

impl ser::Error for CellError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        CellError(msg.to_string())
    }
}

/// The row being written: where each property's cell goes. Reused for every row.
struct RowTarget {
    columns: &'static [Column],
    cells: Vec<String>,
    /// The member name being matched to a column.
    key: String,
    /// The column expected next (properties come in declaration order, as the columns do).
    next: usize,
    /// The column whose value is being written; `None` for a member without a column.
    current: Option<usize>,
}

impl RowTarget {
    fn column_of(&self, property: &str) -> Option<usize> {
        match self.columns.get(self.next) {
            Some(column) if column.property == property => Some(self.next),
            _ => self.columns.iter().position(|c| c.property == property),
        }
    }
}

/// Only a map or a struct (an entity) can be a row.
macro_rules! not_a_row {
    ($($method:ident($($ty:ty),*) -> $ret:ty;)*) => {$(
        fn $method(self, $(_: $ty),*) -> Result<$ret, CellError> {
            Err(CellError("a CSV row is written from an entity (a map of properties)".to_owned()))
        }
    )*};
}

impl Serializer for &mut RowTarget {
    type Ok = ();
    type Error = CellError;
    type SerializeSeq = Impossible<(), CellError>;
    type SerializeTuple = Impossible<(), CellError>;
    type SerializeTupleStruct = Impossible<(), CellError>;
    type SerializeTupleVariant = Impossible<(), CellError>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), CellError>;

    fn serialize_map(self, _len: Option<usize>) -> Result<Self, CellError> {
        Ok(self)
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, CellError> {
        Ok(self)
    }

    not_a_row! {
        serialize_bool(bool) -> ();
        serialize_i64(i64) -> ();
        serialize_u64(u64) -> ();
        serialize_f64(f64) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
    }

    fn serialize_i8(self, v: i8) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_u8(self, v: u8) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_f32(self, v: f32) -> Result<(), CellError> {
        self.serialize_f64(v.into())
    }
    fn serialize_char(self, v: char) -> Result<(), CellError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_some<V: ?Sized + Serialize>(self, value: &V) -> Result<(), CellError> {
        value.serialize(self)
    }
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &V,
    ) -> Result<(), CellError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &V,
    ) -> Result<(), CellError> {
        self.serialize_unit()
    }
}

impl SerializeMap for &mut RowTarget {
    type Ok = ();
    type Error = CellError;

    fn serialize_key<K: ?Sized + Serialize>(&mut self, key: &K) -> Result<(), CellError> {
        self.key.clear();
        key.serialize(Cell(&mut self.key))?;
        self.current = self.column_of(&self.key);
        if let Some(index) = self.current {
            self.next = index + 1;
        }
        Ok(())
    }

    fn serialize_value<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), CellError> {
        // `@odata.type` and members without a column are not written.
        let Some(cell) = self.current.and_then(|i| self.cells.get_mut(i)) else {
            return Ok(());
        };
        value.serialize(Cell(cell))
    }

    fn end(self) -> Result<(), CellError> {
        Ok(())
    }
}

impl SerializeStruct for &mut RowTarget {
    type Ok = ();
    type Error = CellError;

    fn serialize_field<V: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), CellError> {
        SerializeMap::serialize_entry(self, key, value)
    }

    fn end(self) -> Result<(), CellError> {
        Ok(())
    }
}

/// Writes one scalar as text into a cell.
struct Cell<'a>(&'a mut String);

/// Arrays, objects and the like do not fit in a cell.
macro_rules! not_a_cell {
    ($what:literal: $($method:ident($($ty:ty),*) -> $ret:ty;)*) => {$(
        fn $method(self, $(_: $ty),*) -> Result<$ret, CellError> {
            Err(CellError(concat!("a CSV cell holds one value, not ", $what).to_owned()))
        }
    )*};
}

impl Serializer for Cell<'_> {
    type Ok = ();
    type Error = CellError;
    type SerializeSeq = Impossible<(), CellError>;
    type SerializeTuple = Impossible<(), CellError>;
    type SerializeTupleStruct = Impossible<(), CellError>;
    type SerializeTupleVariant = Impossible<(), CellError>;
    type SerializeMap = Impossible<(), CellError>;
    type SerializeStruct = Impossible<(), CellError>;
    type SerializeStructVariant = Impossible<(), CellError>;

    fn serialize_bool(self, v: bool) -> Result<(), CellError> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), CellError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), CellError> {
        self.display(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), CellError> {
        self.display(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), CellError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), CellError> {
        self.display(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), CellError> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), CellError> {
        match non_finite_literal(f64::from(v)) {
            Some(literal) => self.serialize_str(literal),
            // Not through f64: `0.1f32` would show as 0.10000000149011612.
            None => self.display(v),
        }
    }
    /// Non-finite values as `OData` writes them (`NaN`, `INF`, `-INF`), which `read` reads back;
    /// Rust's `inf` it would not.
    fn serialize_f64(self, v: f64) -> Result<(), CellError> {
        match non_finite_literal(v) {
            Some(literal) => self.serialize_str(literal),
            None => self.display(v),
        }
    }
    fn serialize_char(self, v: char) -> Result<(), CellError> {
        self.0.push(v);
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), CellError> {
        self.0.push_str(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), CellError> {
        Ok(())
    }
    fn serialize_some<V: ?Sized + Serialize>(self, value: &V) -> Result<(), CellError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), CellError> {
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), CellError> {
        Ok(())
    }
    /// An enum member is written by name, as in JSON.
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), CellError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &V,
    ) -> Result<(), CellError> {
        value.serialize(self)
    }

    not_a_cell! { "bytes": serialize_bytes(&[u8]) -> (); }
    not_a_cell! { "an array":
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
    }
    not_a_cell! { "an object":
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeStructVariant;
        serialize_tuple_variant(&'static str, u32, &'static str, usize)
            -> Self::SerializeTupleVariant;
    }

    fn serialize_newtype_variant<V: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &V,
    ) -> Result<(), CellError> {
        Err(CellError(
            "a CSV cell holds one value, not an object".to_owned(),
        ))
    }
}

impl Cell<'_> {
    fn display(self, v: impl fmt::Display) -> Result<(), CellError> {
        write!(self.0, "{v}").map_err(|_| CellError("formatting failed".to_owned()))
    }
}
