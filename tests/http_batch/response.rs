//! Reading Graph's example batch responses, item by item, and bad input.

use std::collections::BTreeMap;
use std::time::Duration;

use graph_entity::http::{
    self as odata, BatchError, BatchResponse, BatchResponseItem, Error, Outcome, RetryAfter,
};
use graph_entity::{GraphEntity, Page};
use serde_json::json;

/// The batch response of Graph's JSON batching page, as published: five responses, two `200`
/// with a page each, two `403` (one with an empty error `code`), one `405`.
const GRAPH_EXAMPLE: &str = r##"{
    "responses": [
        {
            "id": "1",
            "status": 200,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "OData-Version": "4.0",
                "Content-Type": "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
            },
            "body": {
                "@odata.context": "https://graph.microsoft.com/beta/$metadata#directoryObjects",
                "@odata.nextLink": "https://graph.microsoft.com/beta/me/memberOf?$top=1&$skiptoken=RFNwdAoAAQAAAAAAAAAAFAAAAI45VMy0CO9Ei1L3Lr1q95UBAAAAAAAAAAAAAAAAAAAXMS4yLjg0MC4xMTM1NTYuMS40LjIzMzEGAAAAAAABURXWGePFEEGbudEn3SOTuQEDAQAAAQAAAAA",
                "value": [
                    {
                        "@odata.type": "#microsoft.graph.directoryRole",
                        "id": "21004afc-7bb2-4fe6-a1e1-074ebd3e52c1",
                        "deletedDateTime": null,
                        "description": "Can manage all aspects of users and groups, including resetting passwords for limited admins.",
                        "displayName": "User Administrator",
                        "roleTemplateId": "fe930be7-5e62-47db-91af-98c3a49a38b1"
                    }
                ]
            }
        },
        {
            "id": "2",
            "status": 403,
            "headers": {
                "Cache-Control": "no-cache",
                "X-ProxyCluster": "wus-001.tasks.osi.office.net",
                "X-OfficeCluster": "wus-001.tasks.osi.office.net",
                "X-Tasks-CorrelationId": "18a8e521-78a4-4129-9b6b-d678116464e7",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "",
                    "message": "You do not have the required permissions to access this item.",
                    "innerError": {
                        "date": "2025-02-13T10:17:05",
                        "request-id": "93b6f17e-c05d-4f45-ad2a-6665c708d8a0",
                        "client-request-id": "e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"
                    }
                }
            }
        },
        {
            "id": "3",
            "status": 403,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "Authorization_RequestDenied",
                    "message": "Insufficient privileges to complete the operation.",
                    "innerError": {
                        "date": "2025-02-13T10:17:06",
                        "request-id": "93b6f17e-c05d-4f45-ad2a-6665c708d8a0",
                        "client-request-id": "e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"
                    }
                }
            }
        },
        {
            "id": "4",
            "status": 405,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "Request_BadRequest",
                    "message": "Specified HTTP method is not allowed for the request target.",
                    "innerError": {
                        "date": "2025-02-13T10:21:18",
                        "request-id": "3a3b1bf7-3596-4493-8264-de81e028071f",
                        "client-request-id": "e5f9a304-2796-b7e8-ccce-dd989953ebc4"
                    }
                }
            }
        },
        {
            "id": "5",
            "status": 200,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "OData-Version": "4.0",
                "Content-Type": "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
            },
            "body": {
                "@odata.context": "https://graph.microsoft.com/beta/$metadata#users(id,displayName,userPrincipalName)",
                "@odata.count": 36,
                "value": [
                    {
                        "id": "10a1d484-cd1a-4162-a5a4-832370bac356",
                        "displayName": "Lynne Robbins",
                        "userPrincipalName": "LynneR@contoso.com"
                    }
                ]
            }
        }
    ]
}"##;

/// A cut of `microsoft.graph.directoryRole`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryRole")]
struct DirectoryRole {
    #[graph(key)]
    id: String,
    deleted_date_time: Option<String>,
    description: Option<String>,
    display_name: Option<String>,
    role_template_id: Option<String>,
}

/// A cut of `microsoft.graph.user`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
struct GraphUser {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
    user_principal_name: Option<String>,
}

/// A `microsoft.graph.user` that (wrongly) expects a number for `displayName`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
struct NumberedUser {
    #[graph(key)]
    id: String,
    display_name: Option<i64>,
}

fn example() -> BatchResponse {
    serde_json::from_str(GRAPH_EXAMPLE).expect("Graph's example reads")
}

fn item<'a>(batch: &'a BatchResponse, id: &str) -> &'a BatchResponseItem {
    batch.get(id).unwrap_or_else(|| panic!("a response {id}"))
}

/// The `Error::Service` of an item that must fail: status, code, message.
fn service_error(item: &BatchResponseItem) -> (u16, String, String) {
    match item.read::<serde_json::Value>() {
        Err(Error::Service(e)) => (e.status.as_u16(), e.error.code, e.error.message),
        other => panic!("expected an OData error for {}, got {other:?}", item.id),
    }
}

fn read_error(json: &str) -> String {
    serde_json::from_str::<BatchResponse>(json)
        .expect_err(json)
        .to_string()
}

#[test]
fn graphs_example_reads_item_by_item() {
    let batch = example();
    let ids: Vec<_> = batch.responses.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    let statuses: Vec<_> = batch.responses.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 403, 403, 405, 200]);
    let one = item(&batch, "1");
    assert_eq!(one.headers.len(), 4);
    assert_eq!(one.headers["OData-Version"], "4.0");
    assert_eq!(one.header("odata-version"), Some("4.0"));
    assert_eq!(one.header("etag"), None);
    assert!(one.body.as_ref().is_some_and(serde_json::Value::is_object));
}

/// The example of an earlier version of the same page: a `302` without a body, a `401` with
/// `{"error": {"code": "Forbidden", "message": "..."}}`, a page, and a `204` whose body is
/// `null`; in another order than the requests.
#[test]
fn graphs_earlier_example_reads_too() {
    let batch: BatchResponse = serde_json::from_str(
        r#"{
          "responses": [
            {"id": "1", "status": 302,
             "headers": {"location": "https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi"}},
            {"id": "3", "status": 401, "body": {"error": {"code": "Forbidden", "message": "..."}}},
            {"id": "2", "status": 200,
             "body": {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.plannerTask)",
                      "value": []}},
            {"id": "4", "status": 204, "body": null}
          ]
        }"#,
    )
    .expect("reads");
    let err = item(&batch, "1").read::<serde_json::Value>().unwrap_err();
    assert_eq!(err.to_string(), "302 Found");
    assert_eq!(
        item(&batch, "1").header("Location"),
        Some("https://b0mpua-by3301.files.1drv.com/y23vmagahszhxzlcvhasdhasghasodfi")
    );
    assert_eq!(
        service_error(item(&batch, "3")),
        (401, "Forbidden".to_owned(), "...".to_owned())
    );
    let err = item(&batch, "3").read::<serde_json::Value>().unwrap_err();
    assert_eq!(err.to_string(), "401 Unauthorized: Forbidden: ...");
    let tasks = item(&batch, "2")
        .read::<Page<serde_json::Value>>()
        .expect("a page")
        .into_value()
        .expect("a body");
    assert!(tasks.value.is_empty());
    assert_eq!(
        item(&batch, "4").read::<serde_json::Value>().expect("204"),
        Outcome::NoContent { etag: None }
    );
}

#[test]
fn a_2xx_item_reads_as_the_typed_page() {
    let batch = example();

    let roles = item(&batch, "1")
        .read::<Page<DirectoryRole>>()
        .expect("a page of roles");
    let Outcome::Entity { value: roles, etag } = roles else {
        panic!("expected a page, got {roles:?}")
    };
    assert_eq!(etag, None);
    assert_eq!(
        roles.value,
        [DirectoryRole {
            id: "21004afc-7bb2-4fe6-a1e1-074ebd3e52c1".to_owned(),
            deleted_date_time: None,
            description: Some(
                "Can manage all aspects of users and groups, including resetting passwords for \
                 limited admins."
                    .to_owned()
            ),
            display_name: Some("User Administrator".to_owned()),
            role_template_id: Some("fe930be7-5e62-47db-91af-98c3a49a38b1".to_owned()),
        }]
    );
    assert!(
        roles
            .next_link
            .as_deref()
            .is_some_and(|link| link.starts_with("https://graph.microsoft.com/beta/me/memberOf?"))
    );

    let users = item(&batch, "5")
        .read::<Page<GraphUser>>()
        .expect("a page of users")
        .into_value()
        .expect("a body");
    assert_eq!(users.count, Some(36));
    assert_eq!(
        users.value,
        [GraphUser {
            id: "10a1d484-cd1a-4162-a5a4-832370bac356".to_owned(),
            display_name: Some("Lynne Robbins".to_owned()),
            user_principal_name: Some("LynneR@contoso.com".to_owned()),
        }]
    );
}

#[test]
fn an_error_item_reads_as_its_typed_odata_error() {
    let batch = example();
    assert_eq!(
        service_error(item(&batch, "2")),
        (
            403,
            String::new(),
            "You do not have the required permissions to access this item.".to_owned()
        )
    );
    assert_eq!(
        service_error(item(&batch, "3")),
        (
            403,
            "Authorization_RequestDenied".to_owned(),
            "Insufficient privileges to complete the operation.".to_owned()
        )
    );
    assert_eq!(
        service_error(item(&batch, "4")),
        (
            405,
            "Request_BadRequest".to_owned(),
            "Specified HTTP method is not allowed for the request target.".to_owned()
        )
    );
    let err = item(&batch, "3").read::<Page<GraphUser>>().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(403));
    let inner = err
        .odata_error()
        .and_then(|e| e.inner_error.as_ref())
        .expect("an innerError");
    assert_eq!(inner.date.as_deref(), Some("2025-02-13T10:17:06"));
    assert_eq!(
        err.to_string(),
        "403 Forbidden: Authorization_RequestDenied: Insufficient privileges to complete the \
         operation. (request-id 93b6f17e-c05d-4f45-ad2a-6665c708d8a0)"
    );
}

/// Graph's item 2 has `"code": ""`: displayed without the empty code (it used to read
/// `403 Forbidden: : You do not ...`).
#[test]
fn an_error_with_an_empty_code_displays_without_it() {
    let batch = example();
    let err = item(&batch, "2").read::<Page<GraphUser>>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "403 Forbidden: You do not have the required permissions to access this item. \
         (request-id 93b6f17e-c05d-4f45-ad2a-6665c708d8a0)"
    );
    assert_eq!(
        err.odata_error().expect("an OData error").to_string(),
        "You do not have the required permissions to access this item. \
         (request-id 93b6f17e-c05d-4f45-ad2a-6665c708d8a0)"
    );
}

/// An error without a body is the service's answer all the same: its status (and
/// `Retry-After`) with an empty OData error, displayed as the status alone.
#[test]
fn an_error_without_a_body_displays_as_its_status() {
    let batch: BatchResponse = serde_json::from_str(
        r#"{"responses": [
            {"id": "1", "status": 302, "headers": {"Location": "https://contoso.example/file"}},
            {"id": "2", "status": 429, "headers": {"Retry-After": "10"}, "body": null}
        ]}"#,
    )
    .expect("reads");
    let err = item(&batch, "1").read::<serde_json::Value>().unwrap_err();
    assert_eq!(err.to_string(), "302 Found");
    assert_eq!(err.odata_error().map(|e| e.code.as_str()), Some(""));
    let err = item(&batch, "2").read::<serde_json::Value>().unwrap_err();
    assert_eq!(err.to_string(), "429 Too Many Requests (retry after 10 s)");
    assert_eq!(
        err.retry_after(),
        Some(&RetryAfter::Delay(Duration::from_secs(10)))
    );

    // The same for a response of its own.
    let response = http::Response::builder()
        .status(503)
        .header("retry-after", "5")
        .body(Vec::new())
        .expect("a response");
    let err = odata::read_response::<serde_json::Value, _>(&response).unwrap_err();
    assert_eq!(err.to_string(), "503 Service Unavailable (retry after 5 s)");
    assert!(matches!(err, Error::Service(_)));
}

#[test]
fn created_no_content_and_failed_dependency_items_read_like_responses() {
    let batch: BatchResponse = serde_json::from_str(
        r#"{"responses": [
            {"id": "1", "status": 201, "headers": {"ETag": "W/\"1\"", "Location": "/users/10a1"},
             "body": {"id": "10a1", "displayName": "Adele Vance", "userPrincipalName": null}},
            {"id": "2", "status": 200, "body": {"@odata.etag": "W/\"7\"", "id": "10a2"}},
            {"id": "3", "status": 204, "body": null},
            {"id": "4", "status": 204},
            {"id": "5", "status": 424,
             "body": {"error": {"code": "FailedDependency", "message": "The request failed because it depends on the failed request '1'."}}},
            {"id": "6", "status": 412, "body": {"error": {"code": "PreconditionFailed", "message": "ETag mismatch."}}},
            {"id": "7", "status": 304}
        ]}"#,
    )
    .expect("reads");
    assert_eq!(
        item(&batch, "1").read::<GraphUser>().expect("201"),
        Outcome::Entity {
            value: GraphUser {
                id: "10a1".to_owned(),
                display_name: Some("Adele Vance".to_owned()),
                user_principal_name: None,
            },
            etag: Some("W/\"1\"".to_owned()),
        }
    );
    assert_eq!(
        item(&batch, "2")
            .read::<serde_json::Value>()
            .expect("200")
            .etag(),
        Some("W/\"7\"")
    );
    assert_eq!(
        item(&batch, "3").read::<GraphUser>().expect("204"),
        Outcome::NoContent { etag: None }
    );
    assert_eq!(
        item(&batch, "4").read::<GraphUser>().expect("204"),
        Outcome::NoContent { etag: None }
    );
    let err = item(&batch, "5").read::<GraphUser>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "424 Failed Dependency: FailedDependency: The request failed because it depends on the \
         failed request '1'."
    );
    let Outcome::PreconditionFailed { error } = item(&batch, "6").read::<GraphUser>().expect("412")
    else {
        panic!("expected 412")
    };
    assert_eq!(error.map(|e| e.code), Some("PreconditionFailed".to_owned()));
    assert_eq!(
        item(&batch, "7").read::<GraphUser>().expect("304"),
        Outcome::NotModified
    );
}

#[test]
fn a_body_that_does_not_read_names_the_property_and_type() {
    let batch = example();
    let err = item(&batch, "5").read::<Page<NumberedUser>>().unwrap_err();
    let Error::Body(body) = &err else {
        panic!("expected a body error, got {err:?}")
    };
    assert_eq!(body.status.as_u16(), 200);
    assert_eq!(body.expected, "the JSON of the entity");
    assert_eq!(
        body.source.to_string(),
        "invalid value for property `displayName` of microsoft.graph.user: expected an \
         Edm.Int64 (an integer, as a JSON number or a string), found \"Lynne Robbins\""
    );
    // The body is quoted as the JSON it was read from (the batch's parser sorted its members).
    assert_eq!(
        err.to_string(),
        "200 OK: expected the JSON of the entity, found a body of 248 bytes starting with \
         \"{\\\"@odata.context\\\":\\\"https://graph.microsoft.com/beta/$metadata#us…\" (248 bytes): \
         invalid value for property `displayName` of microsoft.graph.user: expected an \
         Edm.Int64 (an integer, as a JSON number or a string), found \"Lynne Robbins\""
    );
}

/// A body that is not JSON (an image, a file) arrives as its base64 text in a JSON string:
/// kept as that string, read as a `String`, and quoted when an error status has one.
#[test]
fn a_non_json_body_is_kept_as_its_base64_string() {
    let batch: BatchResponse = serde_json::from_str(
        r#"{"responses": [
            {"id": "photo", "status": 200, "headers": {"Content-Type": "image/jpeg"}, "body": "/9j/4AAQSkZJRgABAQ=="},
            {"id": "gateway", "status": 502, "headers": {"Content-Type": "text/html"}, "body": "PGh0bWw+QmFkIGdhdGV3YXk8L2h0bWw+"}
        ]}"#,
    )
    .expect("reads");
    let photo = item(&batch, "photo");
    assert_eq!(photo.body, Some(json!("/9j/4AAQSkZJRgABAQ==")));
    assert_eq!(photo.header("content-type"), Some("image/jpeg"));
    assert_eq!(
        photo.read::<String>().expect("a string").into_value(),
        Some("/9j/4AAQSkZJRgABAQ==".to_owned())
    );
    let err = photo.read::<GraphUser>().unwrap_err();
    assert!(matches!(err, Error::Body(_)), "{err}");

    let err = item(&batch, "gateway")
        .read::<serde_json::Value>()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "502 Bad Gateway: expected an OData error body, found a body of 34 bytes starting with \
         \"\\\"PGh0bWw+QmFkIGdhdGV3YXk8L2h0bWw+\\\"\": invalid type: string \
         \"PGh0bWw+QmFkIGdhdGV3YXk8L2h0bWw+\", expected an OData error body, \
         {\"error\": {\"code\", \"message\", ...}}"
    );
}

#[test]
fn the_whole_answer_reads_with_read_response() {
    let answer = http::Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(GRAPH_EXAMPLE.as_bytes().to_vec())
        .expect("a response");
    let batch = odata::read_response::<BatchResponse, _>(&answer)
        .expect("a batch")
        .into_value()
        .expect("a body");
    assert_eq!(batch, example());

    // A batch refused as a whole: the OData error of the answer.
    let answer = http::Response::builder()
        .status(400)
        .body(
            br#"{"error": {"code": "BadRequest", "message": "Invalid batch payload format."}}"#
                .to_vec(),
        )
        .expect("a response");
    let err = odata::read_response::<BatchResponse, _>(&answer).unwrap_err();
    assert_eq!(
        err.to_string(),
        "400 Bad Request: BadRequest: Invalid batch payload format."
    );
}

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
