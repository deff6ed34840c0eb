//! Answers that are not what a batch answer must be: unknown members ignored and `null` read as
//! absent; bad input refused naming the member; an item without an HTTP status an error, not a
//! panic.

use super::*;

#[test]
fn unknown_members_are_ignored_and_null_is_absent() {
    let batch: BatchResponse = serde_json::from_str(
        r#"{"@odata.context": "x", "nextLink": "https://graph.microsoft.com/v1.0/$batch?$skiptoken=1",
            "responses": [{"atomicityGroup": "g", "id": "1", "status": 204, "headers": null, "body": null, "@x.y": 1}]}"#,
    )
    .expect("reads");
    assert_eq!(
        batch.responses,
        [BatchResponseItem {
            id: "1".to_owned(),
            status: 204,
            headers: BTreeMap::new(),
            body: None,
        }]
    );
    assert_eq!(
        serde_json::from_str::<BatchResponse>(r#"{"responses": []}"#).expect("reads"),
        BatchResponse::default()
    );
}

#[test]
fn bad_input_is_refused_naming_the_member() {
    let cases = [
        (
            r#"{"responses": {"id": "1"}}"#,
            "invalid type: map, expected the `responses` array of a batch response at line 1 \
             column 14",
        ),
        (
            r#"{"responses": "none"}"#,
            "invalid type: string \"none\", expected the `responses` array of a batch response \
             at line 1 column 20",
        ),
        (
            r#"{"responses": [{"id": "1", "status": "OK"}]}"#,
            "invalid value for property `status` of a batch response item: expected an HTTP \
             status code (a number from 100 to 999), found \"OK\" at line 1 column 41",
        ),
        (
            r#"{"responses": [{"id": "1", "status": 200.0}]}"#,
            "invalid value for property `status` of a batch response item: expected an HTTP \
             status code (a number from 100 to 999), found 200.0 at line 1 column 42",
        ),
        (
            r#"{"responses": [{"id": "1", "status": 1000}]}"#,
            "invalid value for property `status` of a batch response item: expected an HTTP \
             status code (a number from 100 to 999), found 1000 at line 1 column 41",
        ),
        (
            r#"{"responses": [{"id": "1", "status": -200}]}"#,
            "invalid value for property `status` of a batch response item: expected an HTTP \
             status code (a number from 100 to 999), found -200 at line 1 column 41",
        ),
        (
            r#"{"responses": [{"id": 1, "status": 200}]}"#,
            "invalid value for property `id` of a batch response item: expected a string, \
             found 1 at line 1 column 23",
        ),
        (
            r#"{"responses": [{"id": "1", "status": 200, "headers": {"Retry-After": 10}}]}"#,
            "invalid value for property `headers` of a batch response item: expected a string, \
             found 10 at line 1 column 71",
        ),
        (
            r#"{"responses": [{"id": "1", "status": 200, "headers": ["a"]}]}"#,
            "invalid value for property `headers` of a batch response item: expected a map, \
             found an array at line 1 column 54",
        ),
        (
            r#"{"responses": [{"id": "1"}]}"#,
            "missing `status` in a batch response item: each response has the `id` of its \
             request and its `status` at line 1 column 26",
        ),
        (
            r#"{"responses": [{"status": 200}]}"#,
            "missing `id` in a batch response item: each response has the `id` of its request \
             and its `status` at line 1 column 30",
        ),
        (
            r#"{"responses": [{"id": "1", "id": "2", "status": 200}]}"#,
            "duplicate property `id` of a batch response item: each property may appear once \
             at line 1 column 31",
        ),
        (
            r#"{"responses": [], "responses": []}"#,
            "duplicate property `responses` of a batch response: each property may appear once \
             at line 1 column 29",
        ),
        (
            r#"{"responses": [1]}"#,
            "invalid type: integer `1`, expected a batch response item (a JSON object with `id` \
             and `status`) at line 1 column 16",
        ),
        (
            r#"{"value": []}"#,
            "missing `responses` in a batch response: a batch response holds its answers in a \
             `responses` array at line 1 column 13",
        ),
        (
            "[]",
            "invalid type: sequence, expected a batch response (a JSON object with a \
             `responses` array) at line 1 column 0",
        ),
        (
            r#"{"responses": [{"id": "1", "status": 200, "body": {"a": 1]}}"#,
            "expected `,` or `}` at line 1 column 58",
        ),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|(json, expected)| (json, read_error(json), expected))
        .filter(|(_, actual, expected)| actual != *expected)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn an_item_built_with_no_http_status_is_an_error_not_a_panic() {
    let item = BatchResponseItem {
        id: "1".to_owned(),
        status: 42,
        headers: BTreeMap::new(),
        body: None,
    };
    let err = item.read::<serde_json::Value>().unwrap_err();
    assert!(matches!(
        err,
        Error::Batch(BatchError::InvalidStatus { status: 42, .. })
    ));
    assert_eq!(
        err.to_string(),
        "batch response item \"1\" has status 42, which is no HTTP status code (100 to 999)"
    );
}
