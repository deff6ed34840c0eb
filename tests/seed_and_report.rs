//! The seed's example request and response, and a real beta report response, against
//! `microsoft.graph.office365ServicesUserCounts`.
//!
//! The seed payloads hold the placeholder `"reportRefreshDate": "Date"`, which is not an
//! `Edm.Date`; the tests that need a valid payload substitute the report's real date.

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};

const SEED_REQUEST: &str = include_str!("fixtures/seed-request.json");
const SEED_RESPONSE: &str = include_str!("fixtures/seed-response.json");
const BETA_REPORT: &str = include_str!("fixtures/beta-report-response.json");

/// The seed payload with the placeholder date replaced by a real one.
fn with_real_date(seed: &str) -> String {
    assert!(seed.contains(r#""reportRefreshDate": "Date""#), "{seed}");
    seed.replace(r#""Date""#, r#""2017-09-01""#)
}

fn date(text: &str) -> Date {
    text.parse().expect("valid date")
}

/// The seed request's body, built field by field.
fn seed_patch() -> Office365ServicesUserCountsPatch {
    Office365ServicesUserCountsPatch {
        report_refresh_date: Some(Some(date("2017-09-01"))),
        exchange_active: Some(Some(14)),
        exchange_inactive: Some(Some(0)),
        one_drive_active: Some(Some(14)),
        one_drive_inactive: Some(Some(0)),
        share_point_active: Some(Some(0)),
        share_point_inactive: Some(Some(2)),
        skype_for_business_active: Some(Some(6)),
        skype_for_business_inactive: Some(Some(8)),
        yammer_active: Some(Some(12)),
        yammer_inactive: Some(Some(14)),
        teams_active: Some(Some(11)),
        teams_inactive: Some(Some(13)),
        office365_active: Some(Some(15)),
        office365_inactive: Some(Some(1)),
        report_period: Some(Some("Report Period value".into())),
    }
}

#[test]
fn patch_built_from_seed_request_writes_the_fixture_request() {
    let written = serde_json::to_string(&seed_patch()).expect("serializes");
    let fixture: serde_json::Value =
        serde_json::from_str(&with_real_date(SEED_REQUEST)).expect("fixture is JSON");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&written).expect("output is JSON"),
        fixture
    );
    assert!(
        written.starts_with(
            r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","reportRefreshDate":"2017-09-01","exchangeActive":14,"##
        ),
        "{written}"
    );
}

#[test]
fn seed_request_reads_as_the_patch_built_from_it() {
    let patch: Office365ServicesUserCountsPatch =
        serde_json::from_str(&with_real_date(SEED_REQUEST)).expect("valid request");
    assert_eq!(patch, seed_patch());
}

#[test]
fn seed_response_reads_into_entity_with_every_field() {
    let entity: Office365ServicesUserCounts =
        serde_json::from_str(&with_real_date(SEED_RESPONSE)).expect("valid response");
    assert_eq!(
        entity,
        Office365ServicesUserCounts {
            id: Some("618f6b62-6b62-618f-626b-8f61626b8f61".into()),
            report_refresh_date: Some(date("2017-09-01")),
            exchange_active: Some(14),
            exchange_inactive: Some(0),
            one_drive_active: Some(14),
            one_drive_inactive: Some(0),
            share_point_active: Some(0),
            share_point_inactive: Some(2),
            skype_for_business_active: Some(6),
            skype_for_business_inactive: Some(8),
            yammer_active: Some(12),
            yammer_inactive: Some(14),
            teams_active: Some(11),
            teams_inactive: Some(13),
            office365_active: Some(15),
            office365_inactive: Some(1),
            report_period: Some("Report Period value".into()),
        }
    );
}

#[test]
fn seed_response_entity_writes_back_the_fixture_response() {
    let response = with_real_date(SEED_RESPONSE);
    let entity: Office365ServicesUserCounts =
        serde_json::from_str(&response).expect("valid response");
    assert_eq!(
        serde_json::to_value(&entity).expect("serializes"),
        serde_json::from_str::<serde_json::Value>(&response).expect("fixture is JSON")
    );
}

#[test]
fn beta_report_rows_read_into_entity_with_every_field() {
    let page: serde_json::Value = serde_json::from_str(BETA_REPORT).expect("fixture is JSON");
    let rows: Vec<Office365ServicesUserCounts> = page["value"]
        .as_array()
        .expect("`value` is an array")
        .iter()
        .map(|row| serde_json::from_value(row.clone()).expect("valid row"))
        .collect();
    assert_eq!(
        rows,
        [Office365ServicesUserCounts {
            id: None,
            report_refresh_date: Some(date("2017-09-01")),
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
        }]
    );
}

#[test]
fn seed_placeholder_date_is_rejected_naming_property_type_and_position() {
    let request = serde_json::from_str::<Office365ServicesUserCountsPatch>(SEED_REQUEST);
    assert_eq!(
        request.map_err(|err| err.to_string()),
        Err("invalid value for property `reportRefreshDate` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Date (YYYY-MM-DD), \
             found \"Date\" at line 3 column 29"
            .to_owned())
    );
    let response = serde_json::from_str::<Office365ServicesUserCounts>(SEED_RESPONSE);
    assert_eq!(
        response.map_err(|err| err.to_string()),
        Err("invalid value for property `reportRefreshDate` of \
             microsoft.graph.office365ServicesUserCounts: expected an Edm.Date (YYYY-MM-DD), \
             found \"Date\" at line 4 column 29"
            .to_owned())
    );
}
