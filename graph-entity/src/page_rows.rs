//! `PageRows<R, T>`: one page of an OData collection response, streamed row by row.

mod error;
mod input;
mod members;

use core::fmt;
use core::marker::PhantomData;
use std::io::Read;

use serde::de::DeserializeOwned;
use serde_json::error::Category;

pub use self::error::PageError;
use self::input::{After, Failed, Input};
use self::members::{Context, Count, DeltaLink, Member, NextLink, NotArray, NotObject};

/// How errors name the object being read (as [`Page`](crate::Page) does).
const PAGE: &str = "a collection page";

/// One page of an OData collection response read from a stream row by row: an iterator over
/// the rows of `value`, each read as a `T`, holding one row in memory at a time.
///
/// The page is read by the same rules as [`Page`](crate::Page), which holds the whole page:
/// `value` is required; `@odata.context`, `@odata.count` (a JSON number or a string holding
/// one), `@odata.nextLink` and `@odata.deltaLink` are read (`null` reads as `None`); every
/// other member is skipped, checked but not held, however big; each member may appear once;
/// the members may come in any order. A control member that comes before `value` is known
/// once the first row is read (or [`next`](Iterator::next) has been called once); one that
/// comes after `value` is known once the iterator has returned `None`.
///
/// `PageRows` buffers the reader itself: give it a `File` or a response body as it is, not in
/// a `BufReader`. The buffer starts at 64 KiB and grows only to hold a row longer than that;
/// with the row being read, it is all the memory a page takes, however many rows it has.
///
/// Errors: the first error ends the iteration. An error in a row is
/// `Some(Err(`[`PageError`]`))` naming the row (`row 3: ...`) and, for a row of the wrong
/// type, the property and the OData type, as `Page` would. An error found after the last row
/// (the page cut short after `]`, a second `value`, a malformed `@odata.nextLink`, trailing
/// characters after the page) comes as a final `Err` item after the rows. The positions are
/// those of the whole stream.
///
/// How: each row is read by `serde_json` from a slice of the buffer (its `from_slice` fast
/// path, the one `serde_json::from_slice::<Page<T>>` takes), and read again after a refill
/// when the buffer ends inside it (once per 64 KiB, or a few times for a row longer than the
/// buffer, which doubles); skipped members are read over the stream into
/// [`IgnoredAny`](serde::de::IgnoredAny), checked and never held. This was chosen over a
/// scanner that finds each row's end first and then parses the row (every byte read twice)
/// and over `serde_json`'s reader path (a byte at a time): measured on 1,000-row pages from a
/// `&[u8]`, it reads rows at about the throughput of `from_slice::<Page<T>>` (see
/// `BENCHMARKS.md`, "Streamed pages").
///
/// Limits: a row may nest 128 levels deep (in `Page<T>`, 126: the page and `value` count);
/// the line and column of an error inside a skipped member are `serde_json`'s reader's, which
/// for a few errors (a control character in a string) is one column past its slice reader's.
///
/// ```
/// use graph_entity::PageRows;
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let body = br#"{
///     "@odata.context": "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ServicesUserCounts)",
///     "value": [
///         {"reportRefreshDate": "2017-09-01", "exchangeActive": 2591, "reportPeriod": "7"},
///         {"reportRefreshDate": "2017-09-02", "exchangeActive": 2592, "reportPeriod": "7"}
///     ],
///     "@odata.nextLink": "https://graph.microsoft.com/beta/reports/next?$skiptoken=X"
/// }"#;
/// // Any `std::io::Read`: a `File`, a response body; here a byte slice.
/// let mut rows = PageRows::<_, Office365ServicesUserCounts>::new(&body[..]);
/// let mut active = 0;
/// for row in rows.by_ref() {
///     active += row?.exchange_active.unwrap_or(0);
/// }
/// assert_eq!(active, 2591 + 2592);
/// // Known once the rows are read: `@odata.nextLink` comes after `value`.
/// assert_eq!(rows.next_link(), Some("https://graph.microsoft.com/beta/reports/next?$skiptoken=X"));
/// assert_eq!(rows.odata_count(), None);
///
/// // A row of the wrong type: the error names the row, the property and the type.
/// let body = br#"{"value": [{"exchangeActive": 1},
///                           {"exchangeActive": 1.5}]}"#;
/// let mut rows = PageRows::<_, Office365ServicesUserCounts>::new(&body[..]);
/// assert!(rows.next().unwrap().is_ok());
/// let err = rows.next().unwrap().unwrap_err();
/// assert_eq!(err.row(), Some(1));
/// assert_eq!(
///     err.to_string(),
///     "row 1: invalid value for property `exchangeActive` of \
///      microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a \
///      JSON number or a string), found 1.5 at line 2 column 48"
/// );
/// assert!(rows.next().is_none()); // an error ends the iteration
/// # Ok::<(), graph_entity::PageError>(())
/// ```
pub struct PageRows<R, T> {
    input: Input<R>,
    state: State,
    /// Rows returned (the index of the next row).
    row: usize,
    /// The members read so far, as [`Member::bit`]s.
    seen: u8,
    next_link: Option<String>,
    delta_link: Option<String>,
    count: Option<i64>,
    context: Option<String>,
    marker: PhantomData<fn() -> T>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the page's `{`.
    Start,
    /// In `value`, after `[` (`first`) or after a row.
    Rows { first: bool },
    /// Ended: after the page, or after an error.
    Done,
}

impl<R: Read, T> PageRows<R, T> {
    /// Reads the page `reader` holds; nothing is read before the first call to
    /// [`next`](Iterator::next).
    pub fn new(reader: R) -> Self {
        PageRows {
            input: Input::new(reader),
            state: State::Start,
            row: 0,
            seen: 0,
            next_link: None,
            delta_link: None,
            count: None,
            context: None,
            marker: PhantomData,
        }
    }
}

impl<R, T> PageRows<R, T> {
    /// The URL of the next page (`@odata.nextLink`), if the page carried one and it has been
    /// read (see the [type docs](PageRows)); `None` on the last page.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The URL that returns the changes since this response (`@odata.deltaLink`), if read.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }

    /// The number of items in the whole collection (`@odata.count`), if read.
    pub fn odata_count(&self) -> Option<i64> {
        self.count
    }

    /// The context URL (`@odata.context`), if read.
    pub fn context(&self) -> Option<&str> {
        self.context.as_deref()
    }

    /// The number of rows returned so far.
    pub fn rows_read(&self) -> usize {
        self.row
    }

    /// The size of the internal buffer, in bytes: 64 KiB, or the longest row (or other value
    /// held) rounded up to a power of two if longer. For checking the memory a page takes.
    pub fn buffer_capacity(&self) -> usize {
        self.input.capacity()
    }
}

impl<R: Read, T: DeserializeOwned> Iterator for PageRows<R, T> {
    type Item = Result<T, PageError>;

    fn next(&mut self) -> Option<Self::Item> {
        let result = match self.state {
            State::Done => return None,
            State::Start => self.start().and_then(|()| self.row_or_end(true)),
            State::Rows { first } => self.row_or_end(first),
        };
        match result {
            Ok(Some(row)) => {
                self.state = State::Rows { first: false };
                self.row += 1;
                Some(Ok(row))
            }
            Ok(None) => {
                self.state = State::Done;
                None
            }
            Err(error) => {
                self.state = State::Done;
                Some(Err(error))
            }
        }
    }
}

impl<R: Read, T: DeserializeOwned> PageRows<R, T> {
    /// Reads the page's `{` and its members up to `value`'s `[`.
    fn start(&mut self) -> Result<(), PageError> {
        match self.input.peek()? {
            Some(b'{') => self.input.bump(),
            Some(_) => return Err(self.reject::<NotObject>(After::Page)),
            None => return Err(self.input.error("EOF while parsing a value", Category::Eof)),
        }
        if self.members(true)? {
            Ok(())
        } else {
            Err(self.missing_value())
        }
    }

    /// The next row, or `None` after `value`'s `]` and the rest of the page.
    fn row_or_end(&mut self, first: bool) -> Result<Option<T>, PageError> {
        let input = &mut self.input;
        match input.peek()? {
            Some(b']') => {
                input.bump();
                return self.rest().map(|()| None);
            }
            Some(b',') if !first => {
                input.bump();
                match input.peek()? {
                    Some(b']') => {
                        input.bump();
                        return Err(input.error("trailing comma", Category::Syntax));
                    }
                    Some(_) => {}
                    None => {
                        let error = input.error("EOF while parsing a value", Category::Eof);
                        return Err(error.in_row(self.row));
                    }
                }
            }
            Some(_) if first => {}
            Some(_) => {
                input.bump();
                return Err(input.error("expected `,` or `]`", Category::Syntax));
            }
            None => return Err(input.error("EOF while parsing a list", Category::Eof)),
        }
        match input.parse::<T>(After::Row) {
            Ok(row) => Ok(Some(row)),
            Err(Failed::Inside(error)) => Err(error.in_row(self.row)),
            Err(Failed::After(error)) => Err(error),
        }
    }

    /// The members after `value`, the page's `}` and the end of the stream.
    fn rest(&mut self) -> Result<(), PageError> {
        // A second `value` is refused when its name is read: `members` returns `false`.
        if self.members(false)? {
            return Err(self.missing_value());
        }
        if self.input.peek()?.is_none() {
            return Ok(());
        }
        self.input.bump();
        Err(self.input.error("trailing characters", Category::Syntax))
    }

    /// Reads members (from the first, or after one) until `value`'s `[` (`true`) or the page's
    /// `}` (`false`).
    fn members(&mut self, mut first: bool) -> Result<bool, PageError> {
        loop {
            let input = &mut self.input;
            let next = match input.peek()? {
                Some(b'}') => {
                    input.bump();
                    return Ok(false);
                }
                Some(b',') if !first => {
                    input.bump();
                    input.peek()?
                }
                Some(byte) if first => Some(byte),
                Some(_) => {
                    input.bump();
                    return Err(input.error("expected `,` or `}`", Category::Syntax));
                }
                None => return Err(input.error("EOF while parsing an object", Category::Eof)),
            };
            first = false;
            match next {
                Some(b'"') => {}
                Some(byte) => {
                    input.bump();
                    let message = if byte == b'}' {
                        "trailing comma"
                    } else {
                        "key must be a string"
                    };
                    return Err(input.error(message, Category::Syntax));
                }
                None => return Err(input.error("EOF while parsing a value", Category::Eof)),
            }
            let member = input
                .parse::<Member>(After::Key)
                .map_err(Failed::into_error)?;
            self.once(member)?;
            self.colon()?;
            if self.member(member)? {
                return Ok(true);
            }
        }
    }

    /// Errs if `member` was already read.
    fn once(&mut self, member: Member) -> Result<(), PageError> {
        if self.seen & member.bit() == 0 {
            self.seen |= member.bit();
            return Ok(());
        }
        let message =
            crate::wire::duplicate_property::<serde_json::Error>(PAGE, member.name()).to_string();
        Err(self.input.error(&message, Category::Data))
    }

    fn colon(&mut self) -> Result<(), PageError> {
        match self.input.peek()? {
            Some(b':') => {
                self.input.bump();
                Ok(())
            }
            Some(_) => {
                self.input.bump();
                Err(self.input.error("expected `:`", Category::Syntax))
            }
            None => Err(self
                .input
                .error("EOF while parsing an object", Category::Eof)),
        }
    }

    /// Reads the value of `member` (after its `:`); `true` after `value`'s `[`.
    fn member(&mut self, member: Member) -> Result<bool, PageError> {
        let Some(byte) = self.input.peek()? else {
            return Err(self.input.error("EOF while parsing a value", Category::Eof));
        };
        match member {
            Member::Value if byte == b'[' => {
                self.input.bump();
                return Ok(true);
            }
            Member::Value => return Err(self.reject::<NotArray>(After::Member)),
            Member::NextLink => self.next_link = self.control::<NextLink>()?.0,
            Member::DeltaLink => self.delta_link = self.control::<DeltaLink>()?.0,
            Member::Count => self.count = self.control::<Count>()?.0,
            Member::Context => self.context = self.control::<Context>()?.0,
            Member::Other => self.input.skip()?,
        }
        Ok(false)
    }

    fn control<M: DeserializeOwned>(&mut self) -> Result<M, PageError> {
        self.input
            .parse::<M>(After::Member)
            .map_err(Failed::into_error)
    }

    /// The error for a value of the wrong JSON type (read by `V`, which refuses every value
    /// it is given).
    fn reject<V: DeserializeOwned>(&mut self, after: After) -> PageError {
        match self.input.parse::<V>(after) {
            Err(failed) => failed.into_error(),
            Ok(_) => self
                .input
                .error("invalid type, expected the `value` array", Category::Data),
        }
    }

    /// After the page's `}`, when it had no `value`.
    fn missing_value(&mut self) -> PageError {
        let message =
            format!("missing `value` in {PAGE}: a page holds its items in a `value` array");
        self.input.error(&message, Category::Data)
    }
}

impl<R, T> fmt::Debug for PageRows<R, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageRows")
            .field("rows_read", &self.row)
            .field("next_link", &self.next_link())
            .field("delta_link", &self.delta_link())
            .field("odata_count", &self.odata_count())
            .field("context", &self.context())
            .finish_non_exhaustive()
    }
}
