//! The byte stream under [`PageRows`](crate::PageRows): its buffer, the position of every
//! byte in the stream (for errors), and the two ways a value is read from it.
//!
//! A value that is kept (a row, a key, a control member) is read by `serde_json` from a slice
//! of the buffer (`from_slice`, the fast path); when the buffer ends inside the value, the
//! buffer is refilled (grown to the value's size if needed) and the value read again. A value
//! that is skipped (an unknown member) is read through [`Adapter`] by `serde_json` over the
//! stream (`from_reader` into `IgnoredAny`), which checks it without holding it.

use std::io::{self, Read};

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_json::error::Category;

use super::error::PageError;

/// The buffer's first size; it grows (doubling) only to hold a value longer than itself.
const BUFFER: usize = 64 * 1024;

/// What follows a value read from the buffer, for the error when something else does.
#[derive(Clone, Copy)]
pub(super) enum After {
    /// A row of `value`: `,` or `]`.
    Row,
    /// A member name: `:`.
    Key,
    /// A member value: `,` or `}`.
    Member,
    /// The whole page: nothing.
    Page,
}

/// Why reading a value from the buffer failed.
pub(super) enum Failed {
    /// In the value itself.
    Inside(PageError),
    /// After a complete value (a number or literal followed by another character).
    After(PageError),
}

impl Failed {
    pub(super) fn into_error(self) -> PageError {
        match self {
            Failed::Inside(e) | Failed::After(e) => e,
        }
    }
}

/// The reader, its buffer, and the stream position of the buffer's bytes.
pub(super) struct Input<R> {
    reader: R,
    /// `buf[pos..end]` is read and not yet consumed; `buf.len()` is the capacity in use.
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// The reader has returned 0.
    eof: bool,
    /// Stream offset of `buf[0]`.
    base: u64,
    /// `buf[..counted]` has been counted into `line` and `line_start`.
    counted: usize,
    /// Line (from 1) at `base + counted`.
    line: u64,
    /// Stream offset of the first byte of that line.
    line_start: u64,
}

impl<R> Input<R> {
    /// The bytes the buffer holds (its capacity in use), for the memory bound.
    pub(super) fn capacity(&self) -> usize {
        self.buf.len()
    }
}

impl<R: Read> Input<R> {
    pub(super) fn new(reader: R) -> Self {
        Input {
            reader,
            buf: Vec::new(),
            pos: 0,
            end: 0,
            eof: false,
            base: 0,
            counted: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// Skips whitespace and returns the next byte without consuming it; `None` at the end of
    /// the stream.
    pub(super) fn peek(&mut self) -> Result<Option<u8>, PageError> {
        loop {
            while self.pos < self.end {
                let byte = self.buf[self.pos];
                if !matches!(byte, b' ' | b'\n' | b'\t' | b'\r') {
                    return Ok(Some(byte));
                }
                self.pos += 1;
            }
            if self.eof {
                return Ok(None);
            }
            self.fill(false).map_err(|e| self.io_error(e))?;
        }
    }

    /// Consumes the byte [`peek`](Self::peek) returned.
    pub(super) fn bump(&mut self) {
        self.pos += 1;
    }

    /// A syntax or EOF error found here (just after the last byte consumed).
    pub(super) fn error(&mut self, message: &str, category: Category) -> PageError {
        let (line, column) = self.position(self.pos);
        PageError::json(message.to_owned(), category, line, column)
    }

    /// Reads one `V` (the next byte is not whitespace) from the buffer, refilling it while it
    /// ends inside the value.
    pub(super) fn parse<V: DeserializeOwned>(&mut self, after: After) -> Result<V, Failed> {
        loop {
            let slice = &self.buf[self.pos..self.end];
            let mut stream = serde_json::Deserializer::from_slice(slice).into_iter::<V>();
            let complete = match stream.next() {
                Some(Ok(value)) => {
                    let read = stream.byte_offset();
                    // A value that ends where the buffer does may go on (a number, `tru|e`).
                    if read < slice.len() || self.eof {
                        self.pos += read;
                        return Ok(value);
                    }
                    false
                }
                Some(Err(e)) if e.is_eof() && !self.eof => false,
                // An error found at the buffer's last byte may be about a value the stream goes
                // on with (`1234567|8` read as a string, `-|x`): read more before reporting it,
                // so that a page gives the same error however the reader splits it.
                Some(Err(e)) if !self.eof && at_end(slice, &e) => false,
                Some(Err(e)) => return Err(self.json_error(&e, after)),
                None => self.eof,
            };
            if complete {
                // Only whitespace left, and the stream has ended.
                return Err(Failed::Inside(
                    self.error("EOF while parsing a value", Category::Eof),
                ));
            }
            self.fill(true)
                .map_err(|e| Failed::Inside(self.io_error(e)))?;
        }
    }

    /// Reads and discards one value (the next byte is not whitespace), checking it without
    /// holding it: through the stream, except for a number, which only ends at the byte after
    /// it and is read from the buffer.
    pub(super) fn skip(&mut self) -> Result<(), PageError> {
        if matches!(self.buf[self.pos], b'-' | b'0'..=b'9') {
            return self
                .parse::<IgnoredAny>(After::Member)
                .map(drop)
                .map_err(Failed::into_error);
        }
        let start = self.position(self.pos);
        let mut de = serde_json::Deserializer::from_reader(Adapter(self));
        let result: Result<IgnoredAny, _> = serde::Deserialize::deserialize(&mut de);
        drop(de);
        match result {
            Ok(IgnoredAny) => Ok(()),
            Err(e) if e.is_io() => Err(self.io_error(io::Error::from(e))),
            Err(e) => Err(self.map_error(&e, start)),
        }
    }

    /// Turns `serde_json`'s error for the value at `pos` into a [`PageError`] at the same place
    /// in the stream.
    fn json_error(&mut self, e: &serde_json::Error, after: After) -> Failed {
        let start = self.position(self.pos);
        let error = self.map_error(e, start);
        if e.classify() != Category::Syntax || message(e) != "trailing characters" {
            return Failed::Inside(error);
        }
        let expected = match after {
            After::Row => "expected `,` or `]`",
            After::Key => "expected `:`",
            After::Member => "expected `,` or `}`",
            After::Page => return Failed::Inside(error),
        };
        Failed::After(PageError::json(
            expected.to_owned(),
            Category::Syntax,
            error.line(),
            error.column(),
        ))
    }

    /// `e`, found in a value that starts at `start` (line, byte offset in that line), at its
    /// place in the stream.
    fn map_error(&mut self, e: &serde_json::Error, start: (usize, usize)) -> PageError {
        let (line, column) = if e.line() == 0 {
            self.position(self.pos)
        } else if e.line() == 1 {
            (start.0, start.1 + e.column())
        } else {
            (start.0 + e.line() - 1, e.column())
        };
        PageError::json(message(e), e.classify(), line, column)
    }

    /// An I/O error, at the end of what was read.
    fn io_error(&mut self, error: io::Error) -> PageError {
        let (line, column) = self.position(self.end);
        PageError::io(error, line, column)
    }

    /// Line and column of the byte just before `buf[at]` (as `serde_json` counts: the column of
    /// the last byte read; 0 at the start of a line). `at` never goes back.
    fn position(&mut self, at: usize) -> (usize, usize) {
        self.count(at.max(self.counted));
        let offset = self.base + at as u64;
        (
            saturate(self.line),
            saturate(offset.saturating_sub(self.line_start)),
        )
    }

    /// Counts the lines of `buf[counted..to]`.
    fn count(&mut self, to: usize) {
        let bytes = &self.buf[self.counted..to];
        // A count the compiler vectorizes; the byte-by-byte search for the last newline only
        // when there is one (a page without newlines is the common case).
        let lines = newlines(bytes);
        if lines > 0 {
            self.line += lines as u64;
            let last = bytes.iter().rposition(|&b| b == b'\n').unwrap_or(0);
            self.line_start = self.base + (self.counted + last + 1) as u64;
        }
        self.counted = to;
    }

    /// Drops the consumed bytes and reads more: at least one read, or until the buffer is full
    /// (`full`: a value is being read again, and must not be read again for every few bytes a
    /// slow reader returns). Grows the buffer when it is full of unconsumed bytes.
    fn fill(&mut self, full: bool) -> io::Result<()> {
        if self.pos > 0 {
            self.count(self.pos.max(self.counted));
            self.buf.copy_within(self.pos..self.end, 0);
            self.counted -= self.pos;
            self.base += self.pos as u64;
            self.end -= self.pos;
            self.pos = 0;
        }
        if self.end == self.buf.len() {
            let size = (self.buf.len() * 2).max(BUFFER);
            self.buf.resize(size, 0);
        }
        while self.end < self.buf.len() {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => {
                    self.end += n;
                    if !full {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

/// The stream as a [`Read`] for `serde_json::Deserializer::from_reader`, consuming the buffer.
struct Adapter<'a, R>(&'a mut Input<R>);

impl<R: Read> Read for Adapter<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let input = &mut *self.0;
        if input.pos == input.end {
            if input.eof {
                return Ok(0);
            }
            input.fill(false)?;
        }
        let n = out.len().min(input.end - input.pos);
        out[..n].copy_from_slice(&input.buf[input.pos..input.pos + n]);
        input.pos += n;
        Ok(n)
    }
}

/// `serde_json`'s message without its position.
fn message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&suffix) {
        Some(message) if e.line() != 0 => message.to_owned(),
        _ => text,
    }
}

/// The number of `\n` in `bytes`, counted in blocks small enough for a byte counter (which the
/// compiler turns into wide vector compares and adds).
fn newlines(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            block
                .iter()
                .fold(0_u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')))
        })
        .map(usize::from)
        .sum()
}

fn saturate(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Whether `serde_json`'s error in `slice` is at its end: its line and column (the bytes read
/// on that line) reach the last byte.
fn at_end(slice: &[u8], e: &serde_json::Error) -> bool {
    let line_start = match e.line() {
        0 | 1 => 0,
        line => {
            let newlines = slice
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .nth(line - 2);
            match newlines {
                Some((at, _)) => at + 1,
                None => return false,
            }
        }
    };
    line_start + e.column() >= slice.len()
}
