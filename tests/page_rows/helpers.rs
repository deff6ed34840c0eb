//! The readers every topic shares: a page read in every chunking and checked against `Page`.

use std::fmt::{Debug, Write as _};
use std::io::{self, Read};

use graph_entity::models::Office365ServicesUserCounts;
use graph_entity::{Page, PageError, PageRows};
use serde::de::DeserializeOwned;

pub type Counts = Office365ServicesUserCounts;

/// `bytes`, returned `chunk` bytes per `read` call at most.
pub struct Chunked<'a> {
    pub bytes: &'a [u8],
    pub chunk: usize,
}

impl Read for Chunked<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = out.len().min(self.chunk).min(self.bytes.len());
        out[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

/// The chunk sizes every page is read with: all at once, a byte at a time, odd sizes.
pub const CHUNKS: [usize; 4] = [usize::MAX, 1, 7, 4099];

/// The rows and control members `PageRows` reads, checked against `Page` for every chunking.
pub fn agree<T: DeserializeOwned + PartialEq + Debug>(json: &str) -> Page<T> {
    let page: Page<T> = serde_json::from_str(json).expect("valid page");
    for chunk in CHUNKS {
        let bytes = Chunked {
            bytes: json.as_bytes(),
            chunk,
        };
        let mut rows = PageRows::<_, T>::new(bytes);
        let value = rows
            .by_ref()
            .collect::<Result<Vec<T>, _>>()
            .unwrap_or_else(|e| panic!("chunk {chunk}: {e}"));
        assert_eq!(value, page.value, "chunk {chunk}");
        assert_eq!(rows.next_link(), page.next_link.as_deref(), "chunk {chunk}");
        assert_eq!(
            rows.delta_link(),
            page.delta_link.as_deref(),
            "chunk {chunk}"
        );
        assert_eq!(rows.odata_count(), page.count, "chunk {chunk}");
        assert_eq!(rows.context(), page.context.as_deref(), "chunk {chunk}");
        assert_eq!(rows.rows_read(), page.value.len());
        assert!(
            rows.next().is_none(),
            "chunk {chunk}: the iterator stays ended"
        );
    }
    page
}

/// The rows read before the error, and the error (the last item), the same for every chunking.
pub fn stream_error<T: DeserializeOwned>(json: &str) -> (usize, PageError) {
    let mut first: Option<(usize, String)> = None;
    let mut result = None;
    for chunk in CHUNKS {
        let bytes = Chunked {
            bytes: json.as_bytes(),
            chunk,
        };
        let mut rows = PageRows::<_, T>::new(bytes);
        let mut read = 0;
        let error = loop {
            match rows.next() {
                Some(Ok(_)) => read += 1,
                Some(Err(e)) => break e,
                None => panic!("chunk {chunk}: no error for {json}"),
            }
        };
        assert!(rows.next().is_none(), "an error ends the iteration");
        let seen = (read, error.to_string());
        match &first {
            None => first = Some(seen),
            Some(first) => assert_eq!(&seen, first, "chunk {chunk}"),
        }
        result = Some((read, error));
    }
    result.expect("read")
}

/// The error text `PageRows` gives, checked against `Page`'s (prefixed with the row, if any).
pub fn error_text<T: DeserializeOwned + Debug>(json: &str) -> String {
    let (_, error) = stream_error::<T>(json);
    let page = serde_json::from_str::<Page<T>>(json).expect_err(json);
    let expected = match error.row() {
        Some(row) => format!("row {row}: {page}"),
        None => page.to_string(),
    };
    assert_eq!(error.to_string(), expected, "{json}");
    expected
}

/// A page larger than the buffer, on many lines, its rows straddling every refill.
pub fn big_page(rows: usize) -> String {
    let mut json = String::from("{\n  \"@odata.count\": \"7\",\n  \"value\": [\n");
    for i in 0..rows {
        if i > 0 {
            json.push_str(",\n");
        }
        write!(
            json,
            "    {{\"reportRefreshDate\": \"2017-09-01\", \"exchangeActive\": {i}, \
             \"reportPeriod\": \"{}\",\n     \"@odata.etag\": \"W/\\\"{i}\\\"\"}}",
            "x".repeat(i % 300)
        )
        .expect("writes to a String");
    }
    json.push_str("\n  ],\n  \"@odata.nextLink\": \"next\"\n}\n");
    json
}
