//! Bad input: each mistake is an error item, the same for every chunking, with `Page`'s text
//! prefixed by the row where there is one.

use std::error::Error as _;
use std::io::{self, Read};

use graph_entity::PageRows;
use serde_json::error::Category;

use crate::helpers::{Counts, agree, big_page, error_text, stream_error};

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
