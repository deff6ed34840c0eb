//! `Page<T>`: OData collection pages, read and written, with the beta report response as the
//! real payload.

use graph_entity::Page;
use graph_entity::models::Office365ServicesUserCounts;

const BETA_REPORT: &str = include_str!("fixtures/beta-report-response.json");

type ReportPage = Page<Office365ServicesUserCounts>;

fn read(json: &str) -> ReportPage {
    serde_json::from_str(json).expect("valid page")
}

fn read_error(json: &str) -> String {
    serde_json::from_str::<ReportPage>(json)
        .expect_err(json)
        .to_string()
}

/// The one row of the beta fixture, value by value.
fn beta_row() -> Office365ServicesUserCounts {
    Office365ServicesUserCounts {
        id: None,
        report_refresh_date: Some("2017-09-01".parse().expect("valid date")),
        exchange_active: Some(2591),
        exchange_inactive: Some(1426),
        one_drive_active: Some(1800),
        one_drive_inactive: Some(2451),
        share_point_active: Some(2286),
        share_point_inactive: Some(1815),
        skype_for_business_active: Some(2463),
        skype_for_business_inactive: Some(1947),
        yammer_active: Some(473),
        yammer_inactive: Some(2526),
        teams_active: Some(846),
        teams_inactive: Some(1960),
        office365_active: Some(2791),
        office365_inactive: Some(503),
        report_period: Some("7".into()),
    }
}

#[test]
fn beta_report_response_reads_into_page_with_every_value() {
    assert_eq!(
        read(BETA_REPORT),
        Page {
            value: vec![beta_row()],
            next_link: None,
            delta_link: None,
            count: None,
            context: Some(
                "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ServicesUserCounts)"
                    .into()
            ),
        }
    );
}

#[test]
fn control_information_reads_into_its_fields() {
    let page = read(
        r#"{
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
            "@odata.count": 1234,
            "value": [],
            "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X",
            "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=Y"
        }"#,
    );
    assert_eq!(
        page,
        Page {
            value: vec![],
            next_link: Some("https://graph.microsoft.com/v1.0/users?$skiptoken=X".into()),
            delta_link: Some("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=Y".into()),
            count: Some(1234),
            context: Some("https://graph.microsoft.com/v1.0/$metadata#users".into()),
        }
    );
}

#[test]
fn count_accepts_a_string_holding_the_number_like_any_int64() {
    let page = read(r#"{"@odata.count": "9007199254740993", "value": []}"#);
    assert_eq!(page.count, Some(9_007_199_254_740_993));
}

#[test]
fn control_information_may_come_in_any_order_and_null_reads_as_none() {
    let page = read(
        r#"{"@odata.nextLink": null, "value": [], "@odata.count": null, "@odata.context": null}"#,
    );
    assert_eq!(page, Page::default());
}

#[test]
fn unknown_control_information_and_members_are_ignored() {
    let page = read(
        r##"{
            "@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "@odata.etag": "W/\"1\"",
            "@microsoft.graph.tips": "Use $select to choose only the properties your app needs.",
            "value@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "somethingNew": {"nested": [1, 2, 3]},
            "value": [{"exchangeActive": "14"}]
        }"##,
    );
    assert_eq!(page.value.len(), 1);
    assert_eq!(page.value[0].exchange_active, Some(14));
}

#[test]
fn missing_value_is_an_error() {
    assert_eq!(
        read_error(r#"{"@odata.context": "https://graph.microsoft.com/beta/$metadata#x"}"#),
        "missing `value` in a collection page: a page holds its items in a `value` array \
         at line 1 column 66"
    );
}

#[test]
fn value_that_is_not_an_array_is_an_error() {
    assert_eq!(
        read_error(r#"{"value": {"exchangeActive": 1}}"#),
        "invalid type: map, expected the `value` array of a collection page at line 1 column 10"
    );
    assert_eq!(
        read_error(r#"{"value": null}"#),
        "invalid type: null, expected the `value` array of a collection page at line 1 column 14"
    );
}

#[test]
fn item_errors_are_the_entity_errors() {
    assert_eq!(
        read_error(r#"{"value": [{}, {"exchangeActive": 1.5}]}"#),
        "invalid value for property `exchangeActive` of \
         microsoft.graph.office365ServicesUserCounts: expected an Edm.Int64 (an integer, as a \
         JSON number or a string), found 1.5 at line 1 column 37"
    );
}

#[test]
fn malformed_count_is_an_error_naming_the_member() {
    assert_eq!(
        read_error(r#"{"@odata.count": "many", "value": []}"#),
        "invalid value for property `@odata.count` of a collection page: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found \"many\" at line 1 column 23"
    );
}

#[test]
fn malformed_link_is_an_error_naming_the_member() {
    assert_eq!(
        read_error(r#"{"value": [], "@odata.nextLink": 5}"#),
        "invalid value for property `@odata.nextLink` of a collection page: expected a string, \
         found 5 at line 1 column 34"
    );
}

#[test]
fn duplicate_member_is_an_error() {
    assert_eq!(
        read_error(r#"{"value": [], "value": []}"#),
        "duplicate property `value` of a collection page: each property may appear once \
         at line 1 column 21"
    );
    assert_eq!(
        read_error(r#"{"@odata.nextLink": "a", "value": [], "@odata.nextLink": "b"}"#),
        "duplicate property `@odata.nextLink` of a collection page: each property may appear \
         once at line 1 column 55"
    );
}

#[test]
fn page_writes_present_control_information_around_value() {
    let mut page = Page {
        value: vec![Office365ServicesUserCounts {
            exchange_active: Some(14),
            ..Default::default()
        }],
        ..Page::default()
    };
    let json = serde_json::to_string(&page).expect("serializes");
    assert!(
        json.starts_with(r##"{"value":[{"@odata.type":"#microsoft.graph"##),
        "{json}"
    );
    assert!(json.ends_with(r#""reportPeriod":null}]}"#), "{json}");

    page.context = Some("ctx".into());
    page.count = Some(1);
    page.next_link = Some("next".into());
    page.delta_link = Some("delta".into());
    let json = serde_json::to_string(&page).expect("serializes");
    assert!(
        json.starts_with(r#"{"@odata.context":"ctx","@odata.count":1,"value":[{"#),
        "{json}"
    );
    assert!(
        json.ends_with(r#"}],"@odata.nextLink":"next","@odata.deltaLink":"delta"}"#),
        "{json}"
    );
}

#[test]
fn written_page_reads_back_as_the_same_page() {
    let mut page = read(BETA_REPORT);
    page.count = Some(1);
    page.next_link = Some("https://graph.microsoft.com/beta/next".into());
    let json = serde_json::to_string(&page).expect("serializes");
    assert_eq!(read(&json), page);
}

#[test]
fn page_of_any_deserialize_type_reads() {
    let page: Page<serde_json::Value> =
        serde_json::from_str(r#"{"value": [1, "two", {"three": 3}]}"#).expect("valid page");
    assert_eq!(
        page.value,
        [
            serde_json::json!(1),
            serde_json::json!("two"),
            serde_json::json!({"three": 3})
        ]
    );
}
