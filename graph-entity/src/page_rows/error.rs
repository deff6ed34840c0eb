//! [`PageError`]: what went wrong while streaming a page, and where.

use core::fmt;
use std::io;

use serde_json::error::Category;

/// An error met by [`PageRows`](crate::PageRows): malformed JSON, a row or control member of
/// the wrong type, a page of the wrong shape, or an I/O error from the reader.
///
/// It says where: [`row`](Self::row) is the zero-based index of the row being read when the
/// error is in a row (`None` for an error in the page around the rows: a control member, the
/// brackets and commas, what follows the last row), and [`line`](Self::line) and
/// [`column`](Self::column) are the position in the whole stream, counted as `serde_json`
/// counts them (lines from 1, bytes within the line, just after the byte found wrong), so that
/// a page read with [`Page`](crate::Page) from a slice and the same page streamed name the
/// same place. The message is `serde_json`'s (or the entity's, naming the property and the
/// type) with the row in front:
///
/// ```
/// use graph_entity::PageRows;
/// use graph_entity::models::Office365ServicesUserCounts;
/// use serde_json::error::Category;
///
/// let body = br#"{"value": [{}, {}, {}, {"exchangeActive": 1.5}]}"#;
/// let rows = PageRows::<_, Office365ServicesUserCounts>::new(&body[..]);
/// let err = rows.skip_while(Result::is_ok).next().unwrap().unwrap_err();
/// assert_eq!((err.row(), err.line(), err.column()), (Some(3), 1, 45));
/// assert_eq!(err.classify(), Category::Data);
/// assert_eq!(
///     err.to_string(),
///     "row 3: invalid value for property `exchangeActive` of \
///      microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a \
///      JSON number or a string), found 1.5 at line 1 column 45"
/// );
///
/// // After the rows: no row.
/// let body = br#"{"value": [{}]"#;
/// let mut rows = PageRows::<_, Office365ServicesUserCounts>::new(&body[..]);
/// assert!(rows.next().unwrap().is_ok());
/// let err = rows.next().unwrap().unwrap_err();
/// assert_eq!(err.row(), None);
/// assert_eq!(err.to_string(), "EOF while parsing an object at line 1 column 14");
/// ```
///
/// An I/O error keeps the reader's [`io::Error`] as its [`source`](std::error::Error::source)
/// and the position reached when it happened.
#[derive(Debug)]
pub struct PageError {
    row: Option<usize>,
    line: usize,
    column: usize,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Json { message: String, category: Category },
    Io(io::Error),
}

impl PageError {
    pub(super) fn json(message: String, category: Category, line: usize, column: usize) -> Self {
        PageError {
            row: None,
            line,
            column,
            kind: Kind::Json { message, category },
        }
    }

    pub(super) fn io(error: io::Error, line: usize, column: usize) -> Self {
        PageError {
            row: None,
            line,
            column,
            kind: Kind::Io(error),
        }
    }

    /// This error, in row `row`.
    pub(super) fn in_row(mut self, row: usize) -> Self {
        self.row = Some(row);
        self
    }

    /// The zero-based index of the row the error is in; `None` when it is in the page around
    /// the rows.
    pub fn row(&self) -> Option<usize> {
        self.row
    }

    /// The line of the stream (from 1) where the error was found.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The column (in bytes, from 1; 0 at the start of a line) where the error was found.
    pub fn column(&self) -> usize {
        self.column
    }

    /// What kind of error this is, in `serde_json`'s terms: [`Category::Io`] for the reader's
    /// errors, [`Category::Eof`] for a page cut short, [`Category::Syntax`] for malformed JSON,
    /// [`Category::Data`] for well-formed JSON of the wrong shape or type.
    pub fn classify(&self) -> Category {
        match &self.kind {
            Kind::Json { category, .. } => *category,
            Kind::Io(_) => Category::Io,
        }
    }

    /// `true` for an error of the reader (see [`classify`](Self::classify)).
    pub fn is_io(&self) -> bool {
        matches!(self.kind, Kind::Io(_))
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(row) = self.row {
            write!(f, "row {row}: ")?;
        }
        match &self.kind {
            Kind::Json { message, .. } => f.write_str(message)?,
            Kind::Io(error) => write!(f, "error reading the page: {error}")?,
        }
        write!(f, " at line {} column {}", self.line, self.column)
    }
}

impl std::error::Error for PageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            Kind::Io(error) => Some(error),
            Kind::Json { .. } => None,
        }
    }
}

impl From<PageError> for io::Error {
    /// The reader's own error for an I/O error; otherwise an [`io::ErrorKind::InvalidData`]
    /// error (or [`io::ErrorKind::UnexpectedEof`] for a page cut short) carrying the
    /// [`PageError`].
    fn from(error: PageError) -> Self {
        let kind = match error.classify() {
            Category::Io => {
                if let Kind::Io(error) = error.kind {
                    return error;
                }
                io::ErrorKind::Other
            }
            Category::Eof => io::ErrorKind::UnexpectedEof,
            Category::Syntax | Category::Data => io::ErrorKind::InvalidData,
        };
        io::Error::new(kind, error)
    }
}
