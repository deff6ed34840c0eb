//! CSV cells read as `bool` and float properties (reports' `Is Deleted` columns hold `True`),
//! while a JSON string still does not read as a `bool`; integers, `Edm.Date` and enum members
//! read from cells as before, and errors keep naming the row, the column and the value.

use graph_entity::edm::Date;
use graph_entity::{GraphEntity, GraphEnum};

/// A report row with one column of each kind.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.userDetail")]
pub struct UserDetail {
    #[graph(csv = "User Principal Name")]
    pub user: String,
    #[graph(csv = "Is Deleted")]
    pub is_deleted: Option<bool>,
    #[graph(csv = "Storage Used (GB)")]
    pub storage: Option<f64>,
    #[graph(csv = "Quota (GB)")]
    pub quota: Option<f32>,
    #[graph(csv = "Item Count")]
    pub items: Option<i64>,
    #[graph(csv = "Deleted Date")]
    pub deleted: Option<Date>,
    #[graph(csv = "Plan")]
    pub plan: Option<Plan>,
}

/// An enum type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "test.plan")]
pub enum Plan {
    Basic,
    Premium,
}

const HEADER: &str =
    "User Principal Name,Is Deleted,Storage Used (GB),Quota (GB),Item Count,Deleted Date,Plan";

/// Reads `rows` under [`HEADER`]: each row's outcome, the row or the error's message.
fn read(rows: &[&str]) -> Vec<Result<UserDetail, String>> {
    let report = format!("{HEADER}\n{}\n", rows.join("\n"));
    graph_entity::csv::read(report.as_bytes())
        .map(|row| row.map_err(|e| e.to_string()))
        .collect()
}

fn read_one(row: &str) -> Result<UserDetail, String> {
    let mut rows = read(&[row]);
    assert_eq!(rows.len(), 1);
    rows.remove(0)
}

fn user(is_deleted: Option<bool>, storage: Option<f64>) -> UserDetail {
    UserDetail {
        user: "adele@contoso.com".to_owned(),
        is_deleted,
        storage,
        quota: None,
        items: None,
        deleted: None,
        plan: None,
    }
}

#[test]
fn bool_cell_reads_true_and_false_in_three_spellings() {
    for (cell, value) in [
        ("true", true),
        ("True", true),
        ("TRUE", true),
        ("false", false),
        ("False", false),
        ("FALSE", false),
    ] {
        assert_eq!(
            read_one(&format!("adele@contoso.com,{cell},,,,,")),
            Ok(user(Some(value), None)),
            "{cell}"
        );
    }
}

#[test]
fn other_bool_cell_is_an_error_naming_row_column_and_value() {
    assert_eq!(
        read(&["adele@contoso.com,True,,,,,", "megan@contoso.com,yes,,,,,"]).remove(1),
        Err(
            "row 2 (line 3), column \"Is Deleted\": invalid value for property `isDeleted` of \
             test.userDetail: expected a boolean, found \"yes\""
                .to_owned()
        )
    );
    assert_eq!(
        read_one("adele@contoso.com,tRUE,,,,,"),
        Err(
            "row 1 (line 2), column \"Is Deleted\": invalid value for property `isDeleted` of \
             test.userDetail: expected a boolean, found \"tRUE\""
                .to_owned()
        )
    );
}

#[test]
fn json_string_still_does_not_read_as_a_bool() {
    let err =
        serde_json::from_str::<UserDetail>(r#"{"user": "adele@contoso.com", "isDeleted": "true"}"#)
            .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `isDeleted` of test.userDetail: expected a boolean, \
         found \"true\" at line 1 column 49"
    );
}

#[test]
fn float_cell_reads_decimal_numbers() {
    for (cell, value) in [("1.5", 1.5), ("-0.25", -0.25), ("2E3", 2000.0), ("7", 7.0)] {
        assert_eq!(
            read_one(&format!("adele@contoso.com,,{cell},,,,")),
            Ok(user(None, Some(value))),
            "{cell}"
        );
    }
}

#[test]
fn float_cell_reads_odata_non_finite_literals() {
    let row = read_one("adele@contoso.com,,NaN,-INF,,,").expect("reads");
    assert!(row.storage.is_some_and(f64::is_nan));
    assert_eq!(row.quota, Some(f32::NEG_INFINITY));
    let row = read_one("adele@contoso.com,,INF,0.1,,,").expect("reads");
    assert_eq!(row.storage, Some(f64::INFINITY));
    assert_eq!(row.quota, Some(0.1));
}

#[test]
fn other_float_cell_is_an_error_naming_row_column_and_value() {
    for cell in ["inf", "Infinity", "1,5", "1e400", "12 GB"] {
        let quoted = if cell.contains(',') {
            format!("\"{cell}\"")
        } else {
            cell.to_owned()
        };
        assert_eq!(
            read_one(&format!("adele@contoso.com,,{quoted},,,,")),
            Err(format!(
                "row 1 (line 2), column \"Storage Used (GB)\": invalid value for property \
                 `storage` of test.userDetail: expected an Edm.Double (a number, or \"NaN\", \
                 \"INF\", \"-INF\"), found \"{cell}\""
            )),
            "{cell}"
        );
    }
    assert_eq!(
        read_one("adele@contoso.com,,,1e39,,,"),
        Err(
            "row 1 (line 2), column \"Quota (GB)\": invalid value for property `quota` of \
             test.userDetail: expected an Edm.Single (a number, or \"NaN\", \"INF\", \"-INF\"), \
             found 1e39 (out of range)"
                .to_owned()
        )
    );
}

#[test]
fn integer_date_and_enum_cells_still_read() {
    let row = read_one("adele@contoso.com,False,12.5,50,42,2017-09-01,premium").expect("reads");
    assert_eq!(row.is_deleted, Some(false));
    assert_eq!(row.storage, Some(12.5));
    assert_eq!(row.quota, Some(50.0));
    assert_eq!(row.items, Some(42));
    assert_eq!(row.deleted, Some(Date::new(2017, 9, 1).expect("a date")));
    assert_eq!(row.plan, Some(Plan::Premium));
}

#[test]
fn integer_date_and_enum_cell_errors_keep_their_messages() {
    let rows = read(&[
        "a@contoso.com,,,,1.5,,",
        "b@contoso.com,,,,,2017-02-30,",
        "c@contoso.com,,,,,,gold",
    ]);
    assert_eq!(
        rows,
        [
            Err(
                "row 1 (line 2), column \"Item Count\": invalid value for property `items` of \
                 test.userDetail: expected an Edm.Int64 (an integer, as a JSON number or a \
                 string), found \"1.5\""
                    .to_owned()
            ),
            Err(
                "row 2 (line 3), column \"Deleted Date\": invalid value for property `deleted` \
                 of test.userDetail: expected an Edm.Date (YYYY-MM-DD), found \"2017-02-30\" \
                 (2017-02 has no day 30)"
                    .to_owned()
            ),
            Err(
                "row 3 (line 4), column \"Plan\": invalid value for property `plan` of \
                 test.userDetail: unknown member \"gold\" of test.plan: expected one of \
                 `basic`, `premium`"
                    .to_owned()
            ),
        ]
    );
}

#[test]
fn empty_cells_are_none() {
    assert_eq!(read_one("adele@contoso.com,,,,,,"), Ok(user(None, None)));
}

#[test]
fn empty_cell_of_a_non_nullable_property_is_an_error() {
    assert_eq!(
        read_one(",True,,,,,"),
        Err(
            "row 1 (line 2), column \"User Principal Name\" (empty cell): invalid value for \
             property `user` of test.userDetail: expected a string, found null"
                .to_owned()
        )
    );
}

#[test]
fn written_report_reads_back_non_finite_floats_and_bools() {
    let rows = [
        UserDetail {
            quota: Some(f32::INFINITY),
            items: Some(-3),
            plan: Some(Plan::Basic),
            ..user(Some(true), Some(f64::NEG_INFINITY))
        },
        user(Some(false), Some(0.1)),
    ];
    let mut out = Vec::new();
    graph_entity::csv::write(&mut out, &rows).expect("writes");
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(
        text,
        format!(
            "{HEADER}\nadele@contoso.com,true,-INF,INF,-3,,basic\n\
             adele@contoso.com,false,0.1,,,,\n"
        )
    );
    let back: Vec<UserDetail> = graph_entity::csv::read(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("reads back");
    assert_eq!(back, rows);
}
