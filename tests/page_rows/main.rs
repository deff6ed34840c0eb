//! `PageRows<R, T>`: a collection page streamed row by row. It reads what `Page<T>` reads, from
//! any `Read` (whole, one byte at a time, in odd chunks, across its buffer's refills), with the
//! same errors prefixed by the row; a page of a million rows streams in a fixed buffer.
//!
//! One module per topic, the shared readers in `helpers` (`agree`: every chunking reads what
//! `Page` reads; `stream_error` and `error_text`: the same error for every chunking, `Page`'s
//! prefixed with the row):
//!
//! - `agreement`: pages that read as `Page<T>` reads them: control members anywhere, links
//!   known from the first row, rows of any type, polymorphic rows and expanded navigation;
//! - `bad_input`: truncated, malformed and mistyped pages, duplicate members, trailing
//!   characters and I/O errors, each an error item naming the row, line and column;
//! - `large`: pages and rows larger than the buffer, and a million rows in bounded memory
//!   (a counting global allocator).

mod agreement;
mod bad_input;
mod helpers;
mod large;
