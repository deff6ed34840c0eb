//! Reading and writing OData error bodies: order kept, members required once.

use super::*;

#[test]
fn unknown_members_are_kept_in_order_and_written_back() {
    let body = br#"{"error":{"code":"BadRequest","message":"m","zeta":1,"alpha":{"b":2},"details":[{"code":"c","message":"d","target":"t","x":[]}],"innerError":{"request-id":"r","z":0,"date":"2024"}}}"#;
    let error = ODataError::from_body(body).expect("reads");
    assert_eq!(
        error.additional_data.keys().collect::<Vec<_>>(),
        ["zeta", "alpha"]
    );
    assert_eq!(
        error.details[0].additional_data.keys().collect::<Vec<_>>(),
        ["x"]
    );
    assert_eq!(
        String::from_utf8(error.to_body()).expect("utf-8"),
        r#"{"error":{"code":"BadRequest","message":"m","details":[{"code":"c","message":"d","target":"t","x":[]}],"innerError":{"request-id":"r","date":"2024","z":0},"zeta":1,"alpha":{"b":2}}}"#
    );
}

#[test]
fn an_empty_code_or_message_is_displayed_without_its_separator() {
    let mut error = ODataError::new("", "You do not have the required permissions.");
    assert_eq!(
        error.to_string(),
        "You do not have the required permissions."
    );
    error.inner_error = Some(InnerError {
        request_id: Some("93b6".to_owned()),
        ..InnerError::default()
    });
    assert_eq!(
        error.to_string(),
        "You do not have the required permissions. (request-id 93b6)"
    );
    assert_eq!(ODataError::new("Forbidden", "").to_string(), "Forbidden");
    assert_eq!(ODataError::default().to_string(), "");
    let error = ODataError {
        target: Some("id".to_owned()),
        ..ODataError::default()
    };
    assert_eq!(error.to_string(), "(target `id`)");
}

#[test]
fn a_body_without_error_or_code_is_refused_with_the_missing_member() {
    let err = ODataError::from_body(br#"{"message": "x"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing member `error` in an OData error body at line 1 column 16"
    );
    let err = ODataError::from_body(br#"{"error": {"message": "x"}}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing member `code` in an OData error at line 1 column 26"
    );
    let err = ODataError::from_body(br#"{"error": {"code": "a", "code": "b"}}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate member `code` in an OData error at line 1 column 30"
    );
    // Undeclared members too: keeping one of two would lose the other silently.
    let err = ODataError::from_body(br#"{"error": {"code": "a", "message": "m", "x": 1, "x": 2}}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate member `x` in an OData error at line 1 column 51"
    );
    let err = ODataError::from_body(
        br#"{"error": {"code": "a", "message": "m", "innerError": {"z": 0, "z": 1}}}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate member `z` in the `innerError` of an OData error at line 1 column 66"
    );
}
