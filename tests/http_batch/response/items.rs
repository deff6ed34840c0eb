//! Items read as typed values: Graph's examples item by item, a `2xx` item as a typed page,
//! `201`, `204` and `424` items, a body that is not JSON kept as its base64 string, and the whole
//! answer through `read_response`.

use super::*;

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
