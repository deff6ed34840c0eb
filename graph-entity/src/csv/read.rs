//! [`read`]: a CSV report, row by row, into entities.

use core::marker::PhantomData;

use serde::de::DeserializeOwned;

use super::error::{At, Error, Kind};
use super::row::{Progress, Row, RowError};
use super::{Column, Columns};

/// Reads a CSV report into `T`s, one row at a time.
///
/// The first record is the header. Each header title is matched exactly (case included)
/// against `T`'s [column titles](Columns); a UTF-8 byte order mark before the header is
/// skipped, columns may come in any order, and columns `T` does not know are ignored. Each
/// following row is read with `T`'s own `Deserialize`, as if it were a JSON object holding
/// the known columns' cells as strings:
///
/// - an empty cell is `null`: `None` for a nullable property, an error otherwise;
/// - a property without a column is missing: `None` if nullable, an error otherwise (unless
///   the field has `#[graph(default)]`);
/// - integers accept the text of a number, `Edm.Date` its `YYYY-MM-DD` form, strings are taken
///   as they are;
/// - unlike a JSON string, a cell is also read as a `bool` (`true`/`false`, `True`/`False`,
///   `TRUE`/`FALSE`, as in the `Is Deleted` columns of reports) and as a float (a decimal
///   number such as `-1.5` or `2E3`, or `NaN`, `INF`, `-INF`).
///
/// The reader streams: it holds one row in memory at a time, whatever the input's length.
/// Each item is one row; a bad row is an [`Error`] naming the row, the column and the value,
/// and reading goes on with the next row. An I/O error or a header that names a column twice
/// ends the iteration after it is returned. Every row must have as many cells as the header.
///
/// ```
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let report = "\u{feff}Report Refresh Date,Exchange Active,Report Period\n\
///               2017-09-01,2591,7\n\
///               2017-09-01,oops,7\n";
/// let mut rows = graph_entity::csv::read::<Office365ServicesUserCounts, _>(report.as_bytes());
///
/// let first = rows.next().expect("a row")?;
/// assert_eq!(first.exchange_active, Some(2591));
/// assert_eq!(first.teams_active, None); // no column: None
///
/// let err = rows.next().expect("a row").unwrap_err();
/// assert_eq!(err.row(), Some(2));
/// assert_eq!(err.column(), Some("Exchange Active"));
/// assert_eq!(err.value(), Some("oops"));
/// assert!(rows.next().is_none());
/// # Ok::<(), graph_entity::csv::Error>(())
/// ```
pub fn read<T, R>(reader: R) -> Reader<T, R>
where
    T: Columns + DeserializeOwned,
    R: std::io::Read,
{
    let csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(reader);
    Reader {
        csv,
        record: csv::StringRecord::new(),
        known: None,
        row: 0,
        done: false,
        marker: PhantomData,
    }
}

/// The iterator [`read`] returns: one `Result<T, Error>` per row of the report.
pub struct Reader<T, R> {
    csv: csv::Reader<R>,
    /// The current record, reused for every row.
    record: csv::StringRecord,
    /// Once the header is read: for each column `T` knows, its position and its column.
    known: Option<Vec<(usize, &'static Column)>>,
    /// Data rows read so far.
    row: u64,
    done: bool,
    marker: PhantomData<fn() -> T>,
}

impl<T, R> core::fmt::Debug for Reader<T, R> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Reader")
            .field("rows_read", &self.row)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl<T: Columns, R: std::io::Read> Reader<T, R> {
    /// Reads the header and matches its titles to `T`'s columns; `Ok(None)` for empty input.
    fn read_header(&mut self) -> Result<Option<Vec<(usize, &'static Column)>>, Error> {
        if !self.csv.read_record(&mut self.record)? {
            return Ok(None);
        }
        let mut known: Vec<(usize, &'static Column)> = Vec::new();
        for (index, title) in self.record.iter().enumerate() {
            let title = match index {
                0 => title.strip_prefix('\u{feff}').unwrap_or(title),
                _ => title,
            };
            let Some(column) = T::COLUMNS.iter().find(|c| c.title == title) else {
                continue;
            };
            if let Some((first, _)) = known.iter().find(|(_, c)| c.title == title) {
                return Err(Error::new(Kind::DuplicateColumn {
                    title: title.to_owned(),
                    first: first + 1,
                    second: index + 1,
                }));
            }
            known.push((index, column));
        }
        Ok(Some(known))
    }

    /// Where the current record starts.
    fn at(&self, position: Option<&csv::Position>) -> At {
        At {
            row: self.row,
            line: position.map_or(0, csv::Position::line),
        }
    }

    /// Places an error of the entity's reader in the row, and in the column when it is about
    /// one.
    fn row_error(
        &self,
        known: &[(usize, &'static Column)],
        progress: &Progress,
        e: RowError,
    ) -> Error {
        let at = self.at(self.record.position());
        let message = e.0;
        if progress.finished {
            // After the last cell only a missing property can fail: find its column by the
            // wire name the message quotes.
            let missing = T::COLUMNS.iter().find(|c| {
                !known.iter().any(|(_, k)| k.property == c.property)
                    && message.contains(&format!("`{}`", c.property))
            });
            return Error::new(match missing {
                Some(column) => Kind::MissingColumn {
                    at,
                    column: column.title,
                    message,
                },
                None => Kind::Row { at, message },
            });
        }
        match progress.current.and_then(|i| known.get(i)) {
            Some((index, column)) => Error::new(Kind::Cell {
                at,
                column: column.title,
                value: self.record.get(*index).unwrap_or_default().to_owned(),
                message,
            }),
            None => Error::new(Kind::Row { at, message }),
        }
    }
}

impl<T, R> Iterator for Reader<T, R>
where
    T: Columns + DeserializeOwned,
    R: std::io::Read,
{
    type Item = Result<T, Error>;

    fn next(&mut self) -> Option<Result<T, Error>> {
        if self.done {
            return None;
        }
        let known = match self.known.take() {
            Some(known) => known,
            None => match self.read_header() {
                Ok(Some(known)) => known,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            },
        };
        let item = self.next_row(&known);
        self.known = Some(known);
        item
    }
}

impl<T, R> Reader<T, R>
where
    T: Columns + DeserializeOwned,
    R: std::io::Read,
{
    fn next_row(&mut self, known: &[(usize, &'static Column)]) -> Option<Result<T, Error>> {
        match self.csv.read_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                self.row += 1;
                let mut progress = Progress::default();
                let row = Row {
                    known,
                    record: &self.record,
                    progress: &mut progress,
                };
                Some(T::deserialize(row).map_err(|e| self.row_error(known, &progress, e)))
            }
            Err(e) => {
                if let csv::ErrorKind::UnequalLengths {
                    pos,
                    expected_len,
                    len,
                } = e.kind()
                {
                    // The csv crate has consumed the record: the next call reads the next one.
                    self.row += 1;
                    return Some(Err(Error::new(Kind::Ragged {
                        at: self.at(pos.as_ref()),
                        cells: *len,
                        header: *expected_len,
                    })));
                }
                if e.is_io_error() {
                    // A failing stream may fail forever: stop here.
                    self.done = true;
                } else {
                    self.row += 1;
                }
                Some(Err(e.into()))
            }
        }
    }
}
