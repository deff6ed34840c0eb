//! v1.0 usage reports as CSV: `graph_entity::csv::{read, write}` against the real header of
//! `getOffice365ServicesUserCounts`, and the same rows as the beta JSON response.

use graph_entity::csv::Columns;
use graph_entity::edm::Date;
use graph_entity::models::Office365ServicesUserCounts;
use graph_entity::{GraphEntity, Page};
use serde::Serialize;
use serde::de::DeserializeOwned;

const HEADER: &str = include_str!("fixtures/v1-report-header.csv");
const BETA_REPORT: &str = include_str!("fixtures/beta-report-response.json");
/// The beta fixture's row, as the cells of the v1.0 header's columns.
const BETA_CELLS: &str =
    "2017-09-01,2591,1426,1800,2451,2286,1815,2463,1947,473,2526,846,1960,2791,503,7";

/// A test-local report row with non-nullable properties.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.signIns")]
pub struct SignIns {
    #[graph(csv = "User Principal Name")]
    pub user: String,
    #[graph(csv = "Sign-in Count")]
    pub count: i64,
    #[graph(csv = "Last Sign-in Date")]
    pub last: Option<Date>,
    #[graph(csv = "Note")]
    pub note: Option<String>,
}

/// A test-local entity with a property that is not a scalar.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.tagged")]
pub struct Tagged {
    #[graph(csv = "Name")]
    pub name: String,
    #[graph(default, csv = "Tags")]
    pub tags: Vec<String>,
}

/// The rows of the beta JSON response.
fn json_rows() -> Vec<Office365ServicesUserCounts> {
    let page: Page<Office365ServicesUserCounts> =
        serde_json::from_str(BETA_REPORT).expect("fixture reads");
    assert_eq!(page.value.len(), 1);
    page.value
}

fn fixture_titles() -> Vec<&'static str> {
    HEADER.trim_end().split(',').collect()
}

/// A report of the beta row with the given columns of the fixture header, in that order.
fn report(titles: &[&str]) -> String {
    let cells: Vec<&str> = BETA_CELLS.split(',').collect();
    let fixture = fixture_titles();
    let values: Vec<&str> = titles
        .iter()
        .map(|title| {
            fixture
                .iter()
                .position(|t| t == title)
                .map_or("", |i| cells[i])
        })
        .collect();
    format!("{}\n{}\n", titles.join(","), values.join(","))
}

fn read_ok<T: Columns + DeserializeOwned>(csv: &str) -> Vec<T> {
    graph_entity::csv::read(csv.as_bytes())
        .collect::<Result<_, _>>()
        .expect("valid report")
}

/// Every row's outcome: the row or the error's message.
fn read_all<T: Columns + DeserializeOwned>(csv: &[u8]) -> Vec<Result<T, String>> {
    graph_entity::csv::read(csv)
        .map(|row| row.map_err(|e| e.to_string()))
        .collect()
}

/// The messages of the rows that do not read.
fn errors<T: Columns + DeserializeOwned>(csv: &str) -> Vec<String> {
    read_all::<T>(csv.as_bytes())
        .into_iter()
        .filter_map(Result::err)
        .collect()
}

fn write_to_string<T: Columns + Serialize>(rows: &[T]) -> String {
    let mut out = Vec::new();
    graph_entity::csv::write(&mut out, rows).expect("writes");
    String::from_utf8(out).expect("UTF-8")
}

fn sign_ins(user: &str, count: i64, last: Option<&str>, note: Option<&str>) -> SignIns {
    SignIns {
        user: user.into(),
        count,
        last: last.map(|d| d.parse().expect("valid date")),
        note: note.map(Into::into),
    }
}

#[test]
fn fixture_header_reads_into_the_same_values_as_the_json_rows() {
    let csv = format!("{HEADER}{BETA_CELLS}\n");
    assert_eq!(csv, report(&fixture_titles()));
    assert_eq!(read_ok::<Office365ServicesUserCounts>(&csv), json_rows());
}

#[test]
fn byte_order_mark_before_the_header_is_skipped() {
    let csv = format!("\u{feff}{}", report(&fixture_titles()));
    assert_eq!(read_ok::<Office365ServicesUserCounts>(&csv), json_rows());
}

#[test]
fn columns_in_any_order_read_the_same() {
    let mut titles = fixture_titles();
    titles.reverse();
    titles.swap(0, 7);
    assert_eq!(
        read_ok::<Office365ServicesUserCounts>(&report(&titles)),
        json_rows()
    );
}

#[test]
fn yammer_and_teams_columns_absent_read_as_none() {
    let titles: Vec<&str> = fixture_titles()
        .into_iter()
        .filter(|t| !t.starts_with("Yammer") && !t.starts_with("Teams"))
        .collect();
    assert_eq!(titles.len(), 12);
    let mut expected = json_rows();
    expected[0].yammer_active = None;
    expected[0].yammer_inactive = None;
    expected[0].teams_active = None;
    expected[0].teams_inactive = None;
    assert_eq!(
        read_ok::<Office365ServicesUserCounts>(&report(&titles)),
        expected
    );
}

#[test]
fn unknown_columns_are_ignored() {
    let csv = format!(
        "Copilot Active,{},Notes\n12,{BETA_CELLS},n/a\n",
        HEADER.trim_end()
    );
    assert_eq!(read_ok::<Office365ServicesUserCounts>(&csv), json_rows());
}

#[test]
fn titles_match_exactly() {
    let csv = "exchange active,Exchange Active\n1,2\n";
    let rows = read_ok::<Office365ServicesUserCounts>(csv);
    assert_eq!(rows[0].exchange_active, Some(2));
}

#[test]
fn empty_cell_reads_as_none() {
    let csv = "Report Refresh Date,Exchange Active,Report Period\n,,\n";
    assert_eq!(
        read_ok::<Office365ServicesUserCounts>(csv),
        [Office365ServicesUserCounts::default()]
    );
}

#[test]
fn empty_input_and_header_only_have_no_rows() {
    assert_eq!(read_all::<Office365ServicesUserCounts>(b""), []);
    assert_eq!(
        read_all::<Office365ServicesUserCounts>(HEADER.as_bytes()),
        []
    );
}

#[test]
fn written_report_has_exactly_the_v1_header_then_one_record_per_row() {
    let mut rows = json_rows();
    // `id` is `csv_skip`: the v1.0 report has no column for it, so it is not written.
    rows.push(Office365ServicesUserCounts {
        id: Some("row-2".into()),
        exchange_active: Some(-1),
        ..Default::default()
    });
    assert_eq!(
        write_to_string(&rows),
        format!("{HEADER}{BETA_CELLS}\n,-1,,,,,,,,,,,,,,\n")
    );
}

#[test]
fn written_report_reads_back_as_the_same_rows() {
    let mut rows = json_rows();
    rows.push(Office365ServicesUserCounts::default());
    rows.push(Office365ServicesUserCounts {
        report_refresh_date: Some(Date::new(-44, 3, 15).expect("valid date")),
        office365_active: Some(i64::MIN),
        office365_inactive: Some(i64::MAX),
        report_period: Some("180".into()),
        ..Default::default()
    });
    let written = write_to_string(&rows);
    assert_eq!(read_ok::<Office365ServicesUserCounts>(&written), rows);
}

#[test]
fn cells_with_commas_quotes_and_line_breaks_round_trip() {
    let rows = [
        sign_ins(
            "adele@contoso.com",
            3,
            Some("2024-02-29"),
            Some("a, \"quoted\"\nnote"),
        ),
        sign_ins("megan@contoso.com", 0, None, None),
    ];
    let written = write_to_string(&rows);
    assert_eq!(
        written,
        "User Principal Name,Sign-in Count,Last Sign-in Date,Note\n\
         adele@contoso.com,3,2024-02-29,\"a, \"\"quoted\"\"\nnote\"\n\
         megan@contoso.com,0,,\n"
    );
    assert_eq!(read_ok::<SignIns>(&written), rows);
}

#[test]
fn malformed_number_is_an_error_naming_row_column_and_value() {
    let csv = "User Principal Name,Sign-in Count\na@contoso.com,1\nb@contoso.com,12x\n";
    let mut rows = graph_entity::csv::read::<SignIns, _>(csv.as_bytes());
    assert_eq!(
        rows.next().map(Result::ok),
        Some(Some(sign_ins("a@contoso.com", 1, None, None)))
    );
    let err = rows.next().expect("row 2").expect_err("malformed");
    assert_eq!(
        err.to_string(),
        "row 2 (line 3), column \"Sign-in Count\": invalid value for property `count` of \
         test.signIns: expected an Edm.Int64 (an integer, as a JSON number or a string), \
         found \"12x\""
    );
    assert_eq!((err.row(), err.line()), (Some(2), Some(3)));
    assert_eq!(
        (err.column(), err.value()),
        (Some("Sign-in Count"), Some("12x"))
    );
}

#[test]
fn number_out_of_range_is_an_error() {
    assert_eq!(
        errors::<Office365ServicesUserCounts>("Exchange Active\n9223372036854775808\n"),
        [
            "row 1 (line 2), column \"Exchange Active\": invalid value for property \
          `exchangeActive` of microsoft.graph.office365ServicesUserCounts: expected an \
          Edm.Int64 (an integer, as a JSON number or a string), found 9223372036854775808 \
          (out of range -9223372036854775808..=9223372036854775807)"
        ]
    );
}

#[test]
fn malformed_date_is_an_error_naming_row_column_and_value() {
    let bad_date = BETA_CELLS.replace("2017-09-01", "09/01/2017");
    let rows = read_all(format!("{HEADER}{BETA_CELLS}\n{bad_date}\n").as_bytes());
    assert_eq!(rows[0], Ok(json_rows().remove(0)));
    assert_eq!(
        rows[1],
        Err::<Office365ServicesUserCounts, _>(
            "row 2 (line 3), column \"Report Refresh Date\": invalid value for property \
             `reportRefreshDate` of microsoft.graph.office365ServicesUserCounts: expected an \
             Edm.Date (YYYY-MM-DD), found \"09/01/2017\""
                .to_owned()
        )
    );
}

#[test]
fn missing_column_for_a_non_nullable_property_is_an_error_naming_the_column() {
    assert_eq!(
        errors::<SignIns>("User Principal Name,Note\na@contoso.com,hi\n"),
        [
            "row 1 (line 2), column \"Sign-in Count\" (not in the header): missing property \
          `count` of test.signIns: the property is not nullable and has no default"
        ]
    );
}

#[test]
fn empty_cell_for_a_non_nullable_property_is_an_error() {
    assert_eq!(
        errors::<SignIns>("Sign-in Count,User Principal Name\n,a@contoso.com\n5,\n"),
        [
            "row 1 (line 2), column \"Sign-in Count\" (empty cell): invalid value for property \
             `count` of test.signIns: expected an Edm.Int64 (an integer, as a JSON number or a \
             string), found null",
            "row 2 (line 3), column \"User Principal Name\" (empty cell): invalid value for \
             property `user` of test.signIns: expected a string, found null",
        ]
    );
}

#[test]
fn ragged_row_is_an_error_and_reading_goes_on() {
    let csv = "User Principal Name,Sign-in Count\na,1,extra\nb\nc@contoso.com,3\n";
    assert_eq!(
        errors::<SignIns>(csv),
        [
            "row 1 (line 2): the row has 3 cells, the header has 2",
            "row 2 (line 3): the row has 1 cell, the header has 2",
        ]
    );
    let rows = read_all::<SignIns>(csv.as_bytes());
    assert_eq!(rows[2], Ok(sign_ins("c@contoso.com", 3, None, None)));
}

#[test]
fn rows_and_lines_are_counted_apart_across_multi_line_cells() {
    let csv = "Note,User Principal Name,Sign-in Count\n\"two\nlines\",a,1\n,b,x\n";
    assert_eq!(
        errors::<SignIns>(csv),
        [
            "row 2 (line 4), column \"Sign-in Count\": invalid value for property `count` of \
          test.signIns: expected an Edm.Int64 (an integer, as a JSON number or a string), \
          found \"x\""
        ]
    );
}

#[test]
fn header_naming_a_column_twice_is_an_error_and_ends_reading() {
    let csv = "Sign-in Count,User Principal Name,Sign-in Count\n1,a@contoso.com,2\n";
    assert_eq!(
        read_all::<SignIns>(csv.as_bytes()),
        [Err(
            "header: column \"Sign-in Count\" appears twice (columns 1 and 3)".to_owned()
        )]
    );
}

#[test]
fn invalid_utf8_is_an_error_of_the_csv_crate_and_reading_goes_on() {
    let csv = b"User Principal Name,Sign-in Count\na\xff@contoso.com,1\nb@contoso.com,2\n";
    assert_eq!(
        read_all::<SignIns>(csv),
        [
            Err(
                "CSV parse error: record 1 (line 2, field: 0, byte: 34): invalid utf-8: \
                 invalid UTF-8 in field 0 near byte index 1"
                    .to_owned()
            ),
            Ok(sign_ins("b@contoso.com", 2, None, None)),
        ]
    );
}

/// A stream that yields some bytes, then fails on every read.
struct FailingAfter(&'static [u8]);

impl std::io::Read for FailingAfter {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("connection reset"));
        }
        let n = self.0.len().min(buf.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn io_error_is_returned_once_and_ends_reading() {
    let input = FailingAfter(b"User Principal Name,Sign-in Count\na@contoso.com,1\n");
    let rows: Vec<_> = graph_entity::csv::read::<SignIns, _>(input).collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[0].as_ref().ok(),
        Some(&sign_ins("a@contoso.com", 1, None, None))
    );
    let err = rows[1].as_ref().expect_err("I/O error");
    assert!(err.is_io());
    assert_eq!(err.to_string(), "I/O error: connection reset");
    let source = std::error::Error::source(err).map(ToString::to_string);
    assert_eq!(source.as_deref(), Some("connection reset"));
}

#[test]
fn writing_a_value_that_is_not_a_scalar_is_an_error_naming_row_and_column() {
    let tagged = |name: &str, tags: &[&str]| Tagged {
        name: name.into(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
    };
    let mut out = Vec::new();
    let err = graph_entity::csv::write(&mut out, &[tagged("a", &[]), tagged("b", &["x"])])
        .expect_err("not a scalar");
    assert_eq!(
        err.to_string(),
        "writing row 1, column \"Tags\": a CSV cell holds one value, not an array"
    );
    assert_eq!((err.row(), err.column()), (Some(1), Some("Tags")));
}
