//! Building, checking and writing a batch request.

use graph_entity::http::{self as odata, BatchError, BatchRequest, BatchRequestItem, Error};
use graph_entity::models::Office365ServicesUserCountsPatch;
use http::Method;
use serde_json::json;

fn get(id: &str, url: &str) -> BatchRequestItem {
    BatchRequestItem::new(id, Method::GET, url)
}

#[test]
fn a_batch_with_headers_bodies_and_depends_on_serializes_to_graphs_body() {
    let patch = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(14)),
        ..Default::default()
    };
    let mut batch = BatchRequest::new();
    batch
        .add(get("1", "/me/memberOf"))
        .expect("1")
        .add(get("2", "/me/planner/tasks").depends_on("1"))
        .expect("2")
        .add(
            BatchRequestItem::new(
                "3",
                Method::POST,
                "/users/161ab652/getPasswordSingleSignOnCredentials",
            )
            .json(&json!({}))
            .expect("an empty object")
            .depends_on("1")
            .depends_on("2"),
        )
        .expect("3")
        .add(
            BatchRequestItem::new("4", Method::PATCH, "/reports/office365ServicesUserCounts/1")
                .header("If-Match", "W/\"3\"")
                .json(&patch)
                .expect("a patch"),
        )
        .expect("4")
        .add(
            get(
                "5",
                "users?$select=id,displayName&$filter=city eq null&$count=true",
            )
            .header("ConsistencyLevel", "eventual"),
        )
        .expect("5");
    assert_eq!(batch.len(), 5);
    assert_eq!(
        serde_json::to_value(&batch).expect("writes"),
        json!({"requests": [
            {"id": "1", "method": "GET", "url": "/me/memberOf"},
            {"id": "2", "method": "GET", "url": "/me/planner/tasks", "dependsOn": ["1"]},
            {"id": "3", "method": "POST", "url": "/users/161ab652/getPasswordSingleSignOnCredentials",
             "headers": {"Content-Type": "application/json"}, "body": {}, "dependsOn": ["1", "2"]},
            {"id": "4", "method": "PATCH", "url": "/reports/office365ServicesUserCounts/1",
             "headers": {"Content-Type": "application/json", "If-Match": "W/\"3\""},
             "body": {"@odata.type": "#microsoft.graph.office365ServicesUserCounts", "exchangeActive": 14}},
            {"id": "5", "method": "GET", "url": "users?$select=id,displayName&$filter=city eq null&$count=true",
             "headers": {"ConsistencyLevel": "eventual"}}
        ]})
    );
    // The exact text: members in the order id, method, url, headers, body, dependsOn; nothing
    // that was not set.
    let mut small = BatchRequest::new();
    small
        .add(get("1", "/me"))
        .expect("1")
        .add(
            BatchRequestItem::new("2", Method::POST, "/me/messages")
                .json(&json!({"subject": "Hi"}))
                .expect("a body")
                .depends_on("1"),
        )
        .expect("2");
    assert_eq!(
        serde_json::to_string(&small).expect("writes"),
        r#"{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"POST","url":"/me/messages","headers":{"Content-Type":"application/json"},"body":{"subject":"Hi"},"dependsOn":["1"]}]}"#
    );
}

#[test]
fn a_body_keeps_its_own_content_type_and_headers_replace_ignoring_case() {
    let item = BatchRequestItem::new("1", Method::PUT, "/me/photo/$value")
        .header("content-type", "image/jpeg")
        .json("/9j/4AAQSkZJRg==")
        .expect("a string")
        .header("Content-Type", "image/png");
    assert_eq!(
        serde_json::to_string(&item).expect("writes"),
        r#"{"id":"1","method":"PUT","url":"/me/photo/$value","headers":{"Content-Type":"image/png"},"body":"/9j/4AAQSkZJRg=="}"#
    );
}

#[test]
fn a_21st_request_is_refused_and_the_batch_is_unchanged() {
    let mut batch = BatchRequest::new();
    for i in 1..=20 {
        batch
            .add(get(&i.to_string(), "/me"))
            .unwrap_or_else(|e| panic!("request {i}: {e}"));
    }
    let before = batch.clone();
    let err = batch.add(get("21", "/me")).unwrap_err();
    assert_eq!(
        err,
        BatchError::TooManyRequests {
            id: "21".to_owned()
        }
    );
    assert_eq!(
        err.to_string(),
        "request \"21\" cannot be added to the batch: a batch holds at most 20 requests"
    );
    assert_eq!(batch, before);
    assert_eq!(batch.len(), BatchRequest::MAX_REQUESTS);
    assert_eq!(batch.requests()[19].id, "20");
}

#[test]
fn a_depends_on_naming_no_earlier_request_is_refused() {
    let mut batch = BatchRequest::new();
    batch.add(get("1", "/me")).expect("1");
    let err = batch
        .add(get("2", "/me/manager").depends_on("1").depends_on("9"))
        .unwrap_err();
    assert_eq!(
        err,
        BatchError::UnknownDependency {
            id: "2".to_owned(),
            depends_on: "9".to_owned()
        }
    );
    assert_eq!(
        err.to_string(),
        "request \"2\" cannot be added to the batch: it depends on \"9\", which is no request \
         added before it"
    );
    // On itself, or on a request added later: the same error (this also rules out cycles).
    let err = batch.add(get("2", "/me").depends_on("2")).unwrap_err();
    assert!(
        matches!(err, BatchError::UnknownDependency { ref depends_on, .. } if depends_on == "2")
    );
    assert_eq!(batch.len(), 1);
    // Ids are not case-sensitive in Graph: "A" names "a".
    batch.add(get("a", "/me")).expect("a");
    batch.add(get("b", "/me").depends_on("A")).expect("b on A");
}

#[test]
fn a_duplicate_id_is_refused_ignoring_case() {
    let mut batch = BatchRequest::new();
    batch.add(get("one", "/me")).expect("one");
    let err = batch.add(get("one", "/me/manager")).unwrap_err();
    assert_eq!(
        err,
        BatchError::DuplicateId {
            id: "one".to_owned()
        }
    );
    assert_eq!(
        err.to_string(),
        "request \"one\" cannot be added to the batch: the batch has a request with this id \
         already (ids are compared ignoring case)"
    );
    assert!(matches!(
        batch.add(get("ONE", "/me")),
        Err(BatchError::DuplicateId { .. })
    ));
    assert_eq!(batch.len(), 1);
}

#[test]
fn a_body_without_content_type_is_refused() {
    let mut item = get("1", "/me");
    item.method = Method::PATCH;
    item.body = Some(json!({"city": "Redmond"}));
    let err = BatchRequest::new().add(item).unwrap_err();
    assert_eq!(
        err.to_string(),
        "request \"1\" cannot be added to the batch: it has a body but no Content-Type header"
    );
}

#[test]
fn the_batch_request_is_a_post_to_the_batch_segment() {
    let mut batch = BatchRequest::new();
    batch.add(get("1", "/me")).expect("1");
    let request = odata::batch("https://graph.microsoft.com/v1.0/", &batch)
        .build()
        .expect("a request");
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.headers()["accept"], "application/json");
    assert_eq!(request.body(), &serde_json::to_vec(&batch).expect("writes"));
    assert_eq!(
        request.headers()["content-length"],
        request.body().len().to_string().as_str()
    );

    let err = odata::batch("https://graph.microsoft.com/beta", &BatchRequest::new())
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Request(_)));
    assert_eq!(
        err.to_string(),
        "the request could not be built: the batch holds no request: Graph needs one at least"
    );
}

#[test]
fn a_batch_error_converts_into_the_http_error() {
    fn build() -> Result<BatchRequest, Error> {
        let mut batch = BatchRequest::new();
        batch.add(get("1", "/me"))?.add(get("1", "/me"))?;
        Ok(batch)
    }
    let err = build().unwrap_err();
    assert!(matches!(err, Error::Batch(BatchError::DuplicateId { .. })));
    assert_eq!(err.status(), None);
    assert!(err.odata_error().is_none());
}
