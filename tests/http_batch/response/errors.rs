//! Items that are errors: read as their typed OData error (with an empty code, without a body),
//! and a body that does not read as the expected type, naming the property and the type.

use super::*;

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
