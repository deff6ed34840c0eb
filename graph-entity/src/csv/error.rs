//! [`Error`]: what went wrong reading or writing a CSV report, and where.

use core::fmt;

use crate::describe::Quoted;

/// An error reading or writing a CSV report.
///
/// Errors about a row name the row (1-based, counting data rows only, so the row under the
/// header is row 1) and its line in the input, the column title and the cell's value, followed
/// by the message of the entity's own reader:
///
/// ```text
/// row 3 (line 4), column "Exchange Active": invalid value for property `exchangeActive` of
/// microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a JSON
/// number or a string), found "abc"
/// ```
///
/// A bad row does not end reading: the next call to the reader reads the next row. Errors of
/// the input itself (I/O, a header that names a column twice) end it.
pub struct Error(Box<Kind>);

/// Where in the input a row error happened.
#[derive(Debug, Clone, Copy)]
pub(super) struct At {
    /// 1-based data row.
    pub row: u64,
    /// 1-based line where the row starts.
    pub line: u64,
}

#[derive(Debug)]
pub(super) enum Kind {
    /// An error of the csv crate: I/O, or malformed CSV (invalid UTF-8, ...).
    Csv(csv::Error),
    /// The header names one known column twice.
    DuplicateColumn {
        title: String,
        first: usize,
        second: usize,
    },
    /// A row has another number of cells than the header.
    Ragged { at: At, cells: u64, header: u64 },
    /// A cell does not hold a valid value for its property.
    Cell {
        at: At,
        column: &'static str,
        value: String,
        message: String,
    },
    /// A property that cannot be missing has no column in the header.
    MissingColumn {
        at: At,
        column: &'static str,
        message: String,
    },
    /// The row's entity could not be built, for a reason tied to no one column.
    Row { at: At, message: String },
    /// A value cannot be written as the text of one cell.
    Write {
        row: u64,
        column: Option<&'static str>,
        message: String,
    },
}

impl Error {
    pub(super) fn new(kind: Kind) -> Self {
        Error(Box::new(kind))
    }

    /// The 1-based data row the error is about (the row under the header is row 1), if any.
    #[must_use]
    pub fn row(&self) -> Option<u64> {
        match &*self.0 {
            Kind::Ragged { at, .. }
            | Kind::Cell { at, .. }
            | Kind::MissingColumn { at, .. }
            | Kind::Row { at, .. } => Some(at.row),
            Kind::Write { row, .. } => Some(*row),
            Kind::Csv(_) | Kind::DuplicateColumn { .. } => None,
        }
    }

    /// The 1-based line of the input where the row starts, if the error is about a row read.
    #[must_use]
    pub fn line(&self) -> Option<u64> {
        match &*self.0 {
            Kind::Ragged { at, .. }
            | Kind::Cell { at, .. }
            | Kind::MissingColumn { at, .. }
            | Kind::Row { at, .. } => Some(at.line),
            Kind::Csv(_) | Kind::DuplicateColumn { .. } | Kind::Write { .. } => None,
        }
    }

    /// The title of the column the error is about, if any.
    #[must_use]
    pub fn column(&self) -> Option<&str> {
        match &*self.0 {
            Kind::Cell { column, .. } | Kind::MissingColumn { column, .. } => Some(column),
            Kind::Write { column, .. } => *column,
            Kind::DuplicateColumn { title, .. } => Some(title),
            Kind::Csv(_) | Kind::Ragged { .. } | Kind::Row { .. } => None,
        }
    }

    /// The text of the offending cell, if the error is about one value read.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match &*self.0 {
            Kind::Cell { value, .. } => Some(value),
            _ => None,
        }
    }

    /// `true` if reading from or writing to the underlying stream failed.
    #[must_use]
    pub fn is_io(&self) -> bool {
        matches!(&*self.0, Kind::Csv(err) if err.is_io_error())
    }
}

impl From<csv::Error> for Error {
    fn from(err: csv::Error) -> Self {
        Error::new(Kind::Csv(err))
    }
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {} (line {})", self.row, self.line)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            Kind::Csv(err) if err.is_io_error() => write!(f, "I/O error: {err}"),
            Kind::Csv(err) => err.fmt(f),
            Kind::DuplicateColumn {
                title,
                first,
                second,
            } => write!(
                f,
                "header: column {} appears twice (columns {first} and {second})",
                Quoted(title)
            ),
            Kind::Ragged { at, cells, header } => {
                let unit = if *cells == 1 { "cell" } else { "cells" };
                write!(
                    f,
                    "{at}: the row has {cells} {unit}, the header has {header}"
                )
            }
            Kind::Cell {
                at,
                column,
                value,
                message,
            } => {
                let empty = if value.is_empty() {
                    " (empty cell)"
                } else {
                    ""
                };
                write!(f, "{at}, column {}{empty}: {message}", Quoted(column))
            }
            Kind::MissingColumn {
                at,
                column,
                message,
            } => write!(
                f,
                "{at}, column {} (not in the header): {message}",
                Quoted(column)
            ),
            Kind::Row { at, message } => write!(f, "{at}: {message}"),
            Kind::Write {
                row,
                column: Some(column),
                message,
            } => write!(f, "writing row {row}, column {}: {message}", Quoted(column)),
            Kind::Write {
                row,
                column: None,
                message,
            } => write!(f, "writing row {row}: {message}"),
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            Kind::Csv(err) => match err.kind() {
                csv::ErrorKind::Io(io) => Some(io),
                _ => None,
            },
            _ => None,
        }
    }
}
