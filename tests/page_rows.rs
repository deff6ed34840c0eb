//! `PageRows<R, T>`: a collection page streamed row by row. It reads what `Page<T>` reads, from
//! any `Read` (whole, one byte at a time, in odd chunks, across its buffer's refills), with the
//! same errors prefixed by the row; a page of a million rows streams in a fixed buffer.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::error::Error as _;
use std::fmt::{Debug, Write as _};
use std::io::{self, Read};

use graph_entity::models::Office365ServicesUserCounts;
use graph_entity::{AdditionalData, GraphEntity, Page, PageError, PageRows};
use serde::de::DeserializeOwned;
use serde_json::error::Category;

const BETA_REPORT: &str = include_str!("fixtures/beta-report-response.json");
const GROUP_MEMBERS: &str = include_str!("fixtures/poly/group_members.json");

type Counts = Office365ServicesUserCounts;

/// `bytes`, returned `chunk` bytes per `read` call at most.
struct Chunked<'a> {
    bytes: &'a [u8],
    chunk: usize,
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
const CHUNKS: [usize; 4] = [usize::MAX, 1, 7, 4099];

/// The rows and control members `PageRows` reads, checked against `Page` for every chunking.
fn agree<T: DeserializeOwned + PartialEq + Debug>(json: &str) -> Page<T> {
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
fn stream_error<T: DeserializeOwned>(json: &str) -> (usize, PageError) {
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
fn error_text<T: DeserializeOwned + Debug>(json: &str) -> String {
    let (_, error) = stream_error::<T>(json);
    let page = serde_json::from_str::<Page<T>>(json).expect_err(json);
    let expected = match error.row() {
        Some(row) => format!("row {row}: {page}"),
        None => page.to_string(),
    };
    assert_eq!(error.to_string(), expected, "{json}");
    expected
}

#[test]
fn beta_report_reads_as_page_reads_it() {
    let page = agree::<Counts>(BETA_REPORT);
    assert_eq!(page.value.len(), 1);
    assert!(page.context.is_some());
}

#[test]
fn control_members_before_value_after_value_and_count_as_string() {
    let links = r#""@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X",
        "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=Y""#;
    let rows = r#""value": [{"exchangeActive": 1}, {"exchangeActive": "2"}, {}]"#;
    let context = r#""@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users""#;
    for json in [
        format!(r#"{{{context}, "@odata.count": 1234, {links}, {rows}}}"#),
        format!(r#"{{{rows}, {links}, "@odata.count": "1234", {context}}}"#),
        format!(r#"{{{links}, {rows}, {context}, "@odata.count": 1234}}"#),
    ] {
        let page = agree::<Counts>(&json);
        assert_eq!(page.count, Some(1234));
        assert_eq!(page.value.len(), 3);
    }
}

#[test]
fn links_before_value_are_known_from_the_first_row() {
    let json = r#"{"@odata.nextLink": "next", "value": [{}, {}], "@odata.deltaLink": "delta"}"#;
    let mut rows = PageRows::<_, Counts>::new(json.as_bytes());
    assert_eq!(rows.next_link(), None, "nothing is read before `next`");
    rows.next().expect("a row").expect("valid row");
    assert_eq!(rows.next_link(), Some("next"));
    assert_eq!(rows.delta_link(), None, "after `value`: not read yet");
    assert_eq!(rows.by_ref().count(), 1);
    assert_eq!(rows.delta_link(), Some("delta"));
}

#[test]
fn null_control_members_and_unknown_members_read_as_page_reads_them() {
    agree::<Counts>(
        r#"{"@odata.nextLink": null, "value": [], "@odata.count": null, "@odata.context": null}"#,
    );
    let page = agree::<Counts>(
        r##"{
            "@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "@odata.etag": "W/\"1\"",
            "@microsoft.graph.tips": "Use $select to choose only the properties your app needs.",
            "value@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "somethingNew": {"nested": [1, 2, {"deep": [true, false, null, -1.5e3]}]},
            "n": -12.5e-3, "t": true, "s": "x\"y\\z\u00e9",
            "v\u0061lue": [{"exchangeActive": "14"}],
            "after": [[], {}, "", 0]
        }"##,
    );
    assert_eq!(page.value[0].exchange_active, Some(14));
}

#[test]
fn rows_of_any_type_read() {
    agree::<serde_json::Value>(r#"{"value": [1, "two", {"three": 3}, null, true, -0.5, []]}"#);
    agree::<i64>(r#"{"value": [1,2 , 3 ,4]}"#);
    agree::<Option<bool>>("{\"value\":[true,null,false]}\n");
}

/// What a group's `members` holds (as in `polymorphism.rs`).
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    pub display_name: Option<String>,
    #[graph(default)]
    pub business_phones: Vec<String>,
    pub mail: Option<String>,
    /// Single-valued navigation (`$expand=manager`).
    #[graph(navigation)]
    pub manager: Option<Box<User>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
    pub display_name: Option<String>,
    /// A collection navigation (`$expand=owners`).
    #[graph(navigation)]
    pub owners: Option<Vec<User>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

#[test]
fn polymorphic_page_reads_each_row_as_its_variant() {
    let page = agree::<AnyDirectoryObject>(GROUP_MEMBERS);
    let kinds: Vec<&str> = page
        .value
        .iter()
        .map(|row| match row {
            AnyDirectoryObject::User(_) => "user",
            AnyDirectoryObject::Group(_) => "group",
            AnyDirectoryObject::DirectoryObject(_) => "other",
        })
        .collect();
    assert_eq!(kinds, ["user", "group", "other", "other", "user"]);
    assert!(page.next_link.is_some());
}

#[test]
fn rows_with_expanded_navigation_read() {
    let page = agree::<AnyDirectoryObject>(
        r##"{"value": [
            {"@odata.type": "#microsoft.graph.user", "id": "1",
             "manager": {"@odata.type": "#microsoft.graph.user", "id": "2", "displayName": "Nestor"}},
            {"@odata.type": "#microsoft.graph.group", "id": "3",
             "owners": [{"@odata.type": "#microsoft.graph.user", "id": "1"}]}
        ]}"##,
    );
    let AnyDirectoryObject::User(user) = &page.value[0] else {
        panic!("a user: {:?}", page.value[0]);
    };
    assert_eq!(
        user.manager
            .as_ref()
            .and_then(|m| m.display_name.as_deref()),
        Some("Nestor")
    );
}

/// A page larger than the buffer, on many lines, its rows straddling every refill.
fn big_page(rows: usize) -> String {
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

#[test]
fn a_page_larger_than_the_buffer_reads_as_page_reads_it() {
    let json = big_page(3000);
    assert!(json.len() > 4 * 64 * 1024, "{}", json.len());
    let page = agree::<Counts>(&json);
    assert_eq!(page.value.len(), 3000);
    assert_eq!(page.value[2999].exchange_active, Some(2999));
}

#[test]
fn a_row_larger_than_the_buffer_reads() {
    let big = "y".repeat(300_000);
    let json = format!(
        r#"{{"value": [{{"reportPeriod": "a"}}, {{"reportPeriod": "{big}"}}, {{}}], "skipped": "{big}"}}"#
    );
    let page = agree::<Counts>(&json);
    assert_eq!(page.value[1].report_period.as_deref(), Some(big.as_str()));
}

#[test]
fn errors_far_into_the_stream_name_the_row_line_and_column() {
    let mut json = big_page(3000);
    let at = json.find("\"exchangeActive\": 2500,").expect("row 2500");
    json.replace_range(
        at..at + "\"exchangeActive\": 2500".len(),
        "\"exchangeActive\": 2.5",
    );
    let (read, error) = stream_error::<Counts>(&json);
    assert_eq!(read, 2500);
    assert_eq!(error.row(), Some(2500));
    assert_eq!(error.classify(), Category::Data);
    assert_eq!(
        error_text::<Counts>(&json),
        "row 2500: invalid value for property `exchangeActive` of \
         microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a \
         JSON number or a string), found 2.5 at line 5004 column 61"
    );
}

#[test]
fn a_row_of_the_wrong_type_names_the_row_property_and_type() {
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{}, {"exchangeActive": 1.5}]}"#),
        "row 1: invalid value for property `exchangeActive` of \
         microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a \
         JSON number or a string), found 1.5 at line 1 column 37"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{}, {}, 5]}"#),
        "row 2: invalid type: integer `5`, expected a microsoft.graph.office365ServicesUserCounts \
         (a JSON object) at line 1 column 20"
    );
}

#[test]
fn truncated_pages_are_errors() {
    // Mid-row.
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{"exchangeActive": 1}, {"exchangeAct"#),
        "row 1: EOF while parsing a string at line 1 column 47"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{"exchangeActive": 1},"#),
        "row 1: EOF while parsing a value at line 1 column 33"
    );
    // After a row, after `]`, before `}`: after the rows, as the last item.
    assert_eq!(
        stream_error::<Counts>(r#"{"value": [{}, {}"#).0,
        2,
        "the rows before the cut are read"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{}, {}"#),
        "EOF while parsing a list at line 1 column 17"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{}]"#),
        "EOF while parsing an object at line 1 column 14"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [{}], "@odata.nextLink": "x""#),
        "EOF while parsing an object at line 1 column 38"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [], "other": [1, {"a": "#),
        "EOF while parsing a value at line 1 column 33"
    );
    assert_eq!(
        error_text::<Counts>(""),
        "EOF while parsing a value at line 1 column 0"
    );
    let (_, error) = stream_error::<Counts>(r#"{"value": [{}"#);
    assert_eq!(error.classify(), Category::Eof);
    assert_eq!(error.row(), None);
}

#[test]
fn value_that_is_not_an_array_is_an_error() {
    assert_eq!(
        error_text::<Counts>(r#"{"value": {"exchangeActive": 1}}"#),
        "invalid type: map, expected the `value` array of a collection page at line 1 column 10"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": null}"#),
        "invalid type: null, expected the `value` array of a collection page at line 1 column 14"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": "rows"}"#),
        "invalid type: string \"rows\", expected the `value` array of a collection page \
         at line 1 column 16"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": 12}"#),
        "invalid type: integer `12`, expected the `value` array of a collection page \
         at line 1 column 12"
    );
}

#[test]
fn missing_value_is_an_error() {
    assert_eq!(
        error_text::<Counts>(
            r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#x"}"#
        ),
        "missing `value` in a collection page: a page holds its items in a `value` array \
         at line 1 column 66"
    );
}

#[test]
fn a_second_value_is_an_error_after_the_rows() {
    let json = r#"{"value": [{}], "value": []}"#;
    assert_eq!(stream_error::<Counts>(json).0, 1);
    assert_eq!(
        error_text::<Counts>(json),
        "duplicate property `value` of a collection page: each property may appear once \
         at line 1 column 23"
    );
}

#[test]
fn duplicate_control_members_are_errors() {
    assert_eq!(
        error_text::<Counts>(r#"{"@odata.nextLink": "a", "value": [], "@odata.nextLink": "b"}"#),
        "duplicate property `@odata.nextLink` of a collection page: each property may appear \
         once at line 1 column 55"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"@odata.count": null, "@odata.count": 1, "value": []}"#),
        "duplicate property `@odata.count` of a collection page: each property may appear \
         once at line 1 column 37"
    );
}

#[test]
fn malformed_control_members_are_errors_naming_them() {
    assert_eq!(
        error_text::<Counts>(r#"{"@odata.count": "many", "value": []}"#),
        "invalid value for property `@odata.count` of a collection page: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found \"many\" at line 1 column 23"
    );
    assert_eq!(
        error_text::<Counts>(r#"{"value": [], "@odata.nextLink": 5}"#),
        "invalid value for property `@odata.nextLink` of a collection page: expected a string, \
         found 5 at line 1 column 34"
    );
}

#[test]
fn malformed_json_is_an_error_naming_where() {
    let cases = [
        // In a row, between rows, a trailing comma, a scalar row followed by junk.
        (
            r#"{"value": [{"exchangeActive" 1}]}"#,
            "row 0: expected `:` at line 1 column 30",
        ),
        (
            r#"{"value": [{} {}]}"#,
            "expected `,` or `]` at line 1 column 15",
        ),
        (r#"{"value": [{},]}"#, "trailing comma at line 1 column 15"),
        (
            r#"{"value": [tru]}"#,
            "row 0: expected ident at line 1 column 15",
        ),
        // In a skipped member, in the page's own punctuation.
        (
            r#"{"skipped": [1 2], "value": []}"#,
            "expected `,` or `]` at line 1 column 16",
        ),
        (
            r#"{"skipped": 1x, "value": []}"#,
            "expected `,` or `}` at line 1 column 14",
        ),
        (
            r#"{"value": [] "@odata.count": 1}"#,
            "expected `,` or `}` at line 1 column 14",
        ),
        (r#"{"value": [], }"#, "trailing comma at line 1 column 15"),
        (r#"{"value" []}"#, "expected `:` at line 1 column 10"),
        (r"{value: []}", "key must be a string at line 1 column 2"),
        // A bad number that a read of 7 bytes splits (found by the fuzzer): the error names
        // the whole number, wherever the reader stops.
        (
            r#"{"al":-x,"value":[]}"#,
            "invalid number at line 1 column 8",
        ),
        (
            "12345678",
            "invalid type: integer `12345678`, expected a collection page (a JSON object with a \
             `value` array) at line 1 column 8",
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(error_text::<Counts>(json), expected, "{json}");
    }
    // A skipped member is checked as `serde_json` checks a stream (`from_reader`), whose column
    // for a bad character in a string is one past `from_slice`'s.
    let json = "{\"value\": [],\n \"s\": \"bad \u{1} control\"}";
    assert_eq!(
        stream_error::<Counts>(json).1.to_string(),
        "control character (\\u0000-\\u001F) found while parsing a string at line 2 column 12"
    );
}

#[test]
fn a_top_level_that_is_not_an_object_is_an_error() {
    assert_eq!(
        error_text::<Counts>("[]"),
        "invalid type: sequence, expected a collection page (a JSON object with a `value` \
         array) at line 1 column 0"
    );
    assert_eq!(
        error_text::<Counts>(" \n 5"),
        "invalid type: integer `5`, expected a collection page (a JSON object with a `value` \
         array) at line 2 column 2"
    );
    assert_eq!(
        error_text::<Counts>("\"page\""),
        "invalid type: string \"page\", expected a collection page (a JSON object with a \
         `value` array) at line 1 column 6"
    );
}

#[test]
fn trailing_characters_after_the_page_are_an_error() {
    let json = "{\"value\": [{}]}\n  x";
    assert_eq!(stream_error::<Counts>(json).0, 1);
    assert_eq!(
        error_text::<Counts>(json),
        "trailing characters at line 2 column 3"
    );
    agree::<Counts>("{\"value\": [{}]}\n \t\r\n");
}

/// `bytes`, then an I/O error.
struct Failing<'a>(&'a [u8]);

impl Read for Failing<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.0.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::ConnectionReset,
                "connection reset",
            ));
        }
        let n = out.len().min(self.0.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn an_io_error_is_an_error_item_keeping_its_source() {
    for (bytes, row, text) in [
        (
            &br#"{"value": [{}, {"exchangeActive": 1"#[..],
            Some(1),
            "row 1: error reading the page: connection reset at line 1 column 35",
        ),
        (
            &br#"{"skipped": {"a": [1, 2"#[..],
            None,
            "error reading the page: connection reset at line 1 column 23",
        ),
        (
            &br#"{"value": [{}], "#[..],
            None,
            "error reading the page: connection reset at line 1 column 16",
        ),
    ] {
        let items: Vec<_> = PageRows::<_, Counts>::new(Failing(bytes)).collect();
        let error = items.last().expect("items").as_ref().expect_err("an error");
        assert!(error.is_io());
        assert_eq!(error.row(), row);
        assert_eq!(error.to_string(), text);
        let source = error.source().expect("the reader's error");
        assert_eq!(source.to_string(), "connection reset");
        let kind = io::Error::from(
            PageRows::<_, Counts>::new(Failing(bytes))
                .last()
                .expect("last")
                .expect_err("err"),
        )
        .kind();
        assert_eq!(kind, io::ErrorKind::ConnectionReset);
    }
}

// Bounded memory: the allocations of the reading thread, counted by a global allocator.

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn record(delta: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + delta);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is forwarded to `System` unchanged; the counting touches only
// const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record(isize::try_from(layout.size()).unwrap_or(isize::MAX));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as the caller promised.
        unsafe { System.dealloc(ptr, layout) };
        record(-isize::try_from(layout.size()).unwrap_or(isize::MAX));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller promised.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            record(
                isize::try_from(new_size).unwrap_or(isize::MAX)
                    - isize::try_from(layout.size()).unwrap_or(isize::MAX),
            );
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `{"value":[` then `rows` rows `{"n":N}` then `]}`, made as they are read, never held.
struct Generated {
    rows: u64,
    next: u64,
    pending: Vec<u8>,
    at: usize,
    ended: bool,
}

impl Generated {
    fn new(rows: u64) -> Self {
        Generated {
            rows,
            next: 0,
            pending: b"{\"@odata.count\":\"0\",\"value\":[".to_vec(),
            at: 0,
            ended: false,
        }
    }
}

impl Read for Generated {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.clear();
            self.at = 0;
            if self.next < self.rows {
                use std::io::Write as _;
                let sep = if self.next == 0 { "" } else { "," };
                write!(self.pending, "{sep}{{\"n\":{}}}", self.next)?;
                self.next += 1;
            } else if !self.ended {
                self.pending
                    .extend_from_slice(b"],\"@odata.nextLink\":\"end\"}");
                self.ended = true;
            }
        }
        let n = out.len().min(self.pending.len() - self.at);
        out[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A tiny row, `{"n":N}`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.tiny")]
pub struct Tiny {
    pub n: Option<u64>,
}

/// A million rows in debug builds (about a second); the example `stream_page` streams ten
/// million in release.
#[test]
fn a_million_rows_stream_in_bounded_memory() {
    const ROWS: u64 = 1_000_000;
    let start = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(start));
    let mut rows = PageRows::<_, Tiny>::new(Generated::new(ROWS));
    let mut sum = 0;
    let mut read = 0;
    for row in rows.by_ref() {
        sum += row.expect("valid row").n.unwrap_or(0);
        read += 1;
    }
    assert_eq!(read, ROWS);
    assert_eq!(sum, ROWS * (ROWS - 1) / 2);
    assert_eq!(rows.next_link(), Some("end"));
    assert_eq!(rows.buffer_capacity(), 64 * 1024);
    let peak = PEAK.with(Cell::get) - start;
    // The 64 KiB buffer and the generator's row; the page itself is about 14 MB.
    assert!(peak < 128 * 1024, "peak {peak} bytes");
}
