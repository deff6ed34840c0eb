//! Every error answer of the round trip over real sockets (loopback only), read into its typed
//! OData error: unknown ids and paths, wrong methods and content types, malformed, truncated
//! and oversized bodies, and the statuses a client must expect from Graph (`401`, `403`,
//! `429` and `503` with `Retry-After`, `500`); after each, the endpoint still serves.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::Duration;

use graph_entity::http::{self as odata, Error, RetryAfter};
use graph_entity::models::Office365ServicesUserCounts;
use graph_entity_server::{Fault, RunningServer, Server};
use http::StatusCode;

#[path = "common/loopback.rs"]
mod loopback;

use loopback::loopback_client;

const SET: &str = "reports/office365ServicesUserCounts";

fn start() -> RunningServer {
    let counts = Office365ServicesUserCounts {
        id: Some("1".to_owned()),
        exchange_active: Some(1),
        ..Default::default()
    };
    Server::builder()
        .entity_set(SET, [("1".to_owned(), counts)])
        .body_limit(1024)
        .start()
        .expect("the endpoint starts")
}

/// Sends `request` with `reqwest` and reads the answer as an entity: the error, which the
/// test expects.
async fn error_of(request: http::Request<Vec<u8>>) -> (Error, http::HeaderMap) {
    let client = loopback_client();
    let answer = client
        .execute(request.try_into().expect("reqwest takes the request"))
        .await
        .expect("the endpoint answers");
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = answer.status();
    *response.headers_mut() = answer.headers().clone();
    *response.body_mut() = answer.bytes().await.expect("a body").to_vec();
    let error = odata::read_response::<Office365ServicesUserCounts, _>(&response)
        .expect_err("an error status");
    (error, response.headers().clone())
}

/// The status, code and message of an `Error::Service`; its `request-id` matches the header.
fn parts(error: &Error, headers: &http::HeaderMap) -> (u16, String, String) {
    let Error::Service(service) = error else {
        panic!("expected an OData error, got {error}");
    };
    let inner = service.error.inner_error.as_ref().expect("an innerError");
    assert_eq!(
        inner.request_id.as_deref(),
        headers.get("request-id").and_then(|v| v.to_str().ok())
    );
    (
        service.status.as_u16(),
        service.error.code.clone(),
        service.error.message.clone(),
    )
}

fn patch_request(
    server: &RunningServer,
    path: &str,
    content_type: &str,
    body: &str,
) -> http::Request<Vec<u8>> {
    http::Request::patch(server.url(path))
        .header("content-type", content_type)
        .body(body.as_bytes().to_vec())
        .expect("a request")
}

/// Sends raw bytes on a fresh connection and returns everything the endpoint answers.
fn raw(server: &RunningServer, bytes: &[u8], close_write: bool) -> String {
    let mut stream = TcpStream::connect(server.addr()).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a timeout");
    stream.write_all(bytes).expect("sends");
    if close_write {
        stream.shutdown(Shutdown::Write).expect("half-closes");
    }
    let mut answer = Vec::new();
    // The endpoint may close the connection without answering (a request it cannot parse):
    // what was read until then is the answer.
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

fn still_serving(server: &RunningServer) {
    let answer = raw(
        server,
        format!("GET /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n").as_bytes(),
        false,
    );
    assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
}

#[tokio::test]
async fn an_unknown_id_answers_404_resource_not_found() {
    let server = start();
    let (error, headers) = error_of(
        odata::get(server.url(&format!("beta/{SET}/nope")))
            .build()
            .expect("a request"),
    )
    .await;
    let request_id = headers["request-id"].to_str().expect("ASCII").to_owned();
    assert_eq!(
        error.to_string(),
        format!(
            "404 Not Found: ResourceNotFound: no microsoft.graph.office365ServicesUserCounts \
             with id \"nope\" (request-id {request_id})"
        )
    );
    parts(&error, &headers);
}

#[tokio::test]
async fn an_unknown_path_or_version_answers_404() {
    let server = start();
    let (error, headers) = error_of(
        odata::get(server.url("beta/reports/nothing"))
            .build()
            .expect("a request"),
    )
    .await;
    assert_eq!(
        parts(&error, &headers),
        (
            404,
            "ResourceNotFound".into(),
            "no resource at \"reports/nothing\"".into()
        )
    );
    let (error, headers) = error_of(
        odata::get(server.url(&format!("v2/{SET}")))
            .build()
            .expect("a request"),
    )
    .await;
    assert_eq!(
        parts(&error, &headers),
        (
            404,
            "ResourceNotFound".into(),
            "unknown API version: expected `v1.0` or `beta`".into()
        )
    );
}

#[tokio::test]
async fn a_wrong_method_answers_405_with_allow() {
    let server = start();
    let request = http::Request::delete(server.url(&format!("beta/{SET}/1")))
        .body(Vec::new())
        .expect("a request");
    let (error, headers) = error_of(request).await;
    assert_eq!(headers["allow"], "GET, PATCH");
    assert_eq!(
        parts(&error, &headers),
        (
            405,
            "BadRequest".into(),
            "the method DELETE is not allowed here; allowed: GET, PATCH".into()
        )
    );
    let request = patch_request(&server, &format!("beta/{SET}"), "application/json", "{}");
    let (error, headers) = error_of(request).await;
    assert_eq!(headers["allow"], "GET, POST");
    assert_eq!(parts(&error, &headers).0, 405);
}

#[tokio::test]
async fn an_unknown_property_answers_400_naming_it() {
    let server = start();
    let request = patch_request(
        &server,
        &format!("beta/{SET}/1"),
        "application/json",
        r#"{"exchangeActiv": 1}"#,
    );
    let (error, headers) = error_of(request).await;
    assert_eq!(
        parts(&error, &headers),
        (
            400,
            "BadRequest".into(),
            "unknown property \"exchangeActiv\" in a patch of microsoft.graph.office365ServicesUserCounts: \
             did you mean `exchangeActive`? at line 1 column 16"
                .into()
        )
    );
    let request = patch_request(
        &server,
        &format!("beta/{SET}/1"),
        "application/json",
        r#"{"exchangeActive": "many"}"#,
    );
    let (error, headers) = error_of(request).await;
    assert_eq!(parts(&error, &headers).0, 400);
    assert!(
        parts(&error, &headers).2.contains("`exchangeActive`"),
        "{error}"
    );
}

#[tokio::test]
async fn malformed_and_truncated_json_answer_400() {
    let server = start();
    let request = patch_request(
        &server,
        &format!("beta/{SET}/1"),
        "application/json",
        r#"{"exchangeActive": 1"#,
    );
    let (error, headers) = error_of(request).await;
    assert_eq!(
        parts(&error, &headers),
        (
            400,
            "BadRequest".into(),
            "EOF while parsing an object at line 1 column 20".into()
        )
    );
    let request = patch_request(
        &server,
        &format!("beta/{SET}/1"),
        "application/json",
        "not json",
    );
    let (error, headers) = error_of(request).await;
    assert_eq!(
        parts(&error, &headers).2,
        "expected ident at line 1 column 2"
    );
    still_serving(&server);
}

#[tokio::test]
async fn a_body_that_is_not_json_answers_415_but_json_with_parameters_is_taken() {
    let server = start();
    let request = patch_request(&server, &format!("beta/{SET}/1"), "text/plain", "{}");
    let (error, headers) = error_of(request).await;
    assert_eq!(
        parts(&error, &headers),
        (
            415,
            "BadRequest".into(),
            "the body of a PATCH must be `application/json`".into()
        )
    );
    let request = patch_request(
        &server,
        &format!("beta/{SET}/1"),
        "Application/JSON; charset=utf-8",
        "{}",
    );
    let client = loopback_client();
    let answer = client
        .execute(request.try_into().expect("a request"))
        .await
        .expect("an answer");
    assert_eq!(answer.status(), 204);
}

#[tokio::test]
async fn a_body_over_the_limit_answers_413() {
    let server = start();
    let body = format!(r#"{{"reportPeriod": "{}"}}"#, "x".repeat(2000));
    let request = patch_request(&server, &format!("beta/{SET}/1"), "application/json", &body);
    let (error, headers) = error_of(request).await;
    assert_eq!(
        parts(&error, &headers),
        (
            413,
            "RequestEntityTooLarge".into(),
            "the request body is larger than 1024 bytes".into()
        )
    );
}

#[test]
fn a_chunked_body_over_the_limit_answers_413_and_the_endpoint_still_serves() {
    let server = start();
    let chunk = "x".repeat(1500);
    let request = format!(
        "PATCH /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n\
         transfer-encoding: chunked\r\nconnection: close\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
        chunk.len()
    );
    let answer = raw(&server, request.as_bytes(), false);
    assert!(
        answer.starts_with("HTTP/1.1 413 Payload Too Large\r\n"),
        "{answer}"
    );
    still_serving(&server);
}

#[test]
fn a_body_cut_short_by_the_client_answers_400_or_nothing_and_the_endpoint_still_serves() {
    let server = start();
    let request = format!(
        "PATCH /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n\
         content-length: 100\r\n\r\n{{\"exchangeActive\": 5"
    );
    let answer = raw(&server, request.as_bytes(), true);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 400 Bad Request\r\n"),
        "{answer}"
    );
    still_serving(&server);
    // The cut request changed nothing.
    let body = raw(
        &server,
        format!("GET /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n").as_bytes(),
        false,
    );
    assert!(body.contains(r#""exchangeActive":1,"#), "{body}");
}

#[test]
fn garbage_instead_of_http_is_refused_and_the_endpoint_still_serves() {
    let server = start();
    let answer = raw(&server, b"\x00\xff\r\nNOT HTTP AT ALL\r\n\r\n", true);
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 400"),
        "{answer}"
    );
    still_serving(&server);
}

fn fault(status: u16, code: &str, retry_after: Option<u32>) -> Fault {
    Fault {
        status: StatusCode::from_u16(status).expect("a status"),
        code: code.to_owned(),
        message: format!("injected {status}"),
        retry_after,
    }
}

#[tokio::test]
async fn throttling_and_unavailability_carry_retry_after() {
    let server = start();
    server.fail_next(fault(429, "TooManyRequests", Some(30)));
    server.fail_next(fault(503, "ServiceUnavailable", Some(5)));
    let url = server.url(&format!("beta/{SET}/1"));
    let (error, headers) = error_of(odata::get(&url).build().expect("a request")).await;
    assert_eq!(
        parts(&error, &headers),
        (429, "TooManyRequests".into(), "injected 429".into())
    );
    assert_eq!(
        error.retry_after(),
        Some(&RetryAfter::Delay(Duration::from_secs(30)))
    );
    let (error, headers) = error_of(odata::get(&url).build().expect("a request")).await;
    assert_eq!(
        parts(&error, &headers),
        (503, "ServiceUnavailable".into(), "injected 503".into())
    );
    assert_eq!(
        error.retry_after(),
        Some(&RetryAfter::Delay(Duration::from_secs(5)))
    );
    assert!(error.to_string().ends_with(" (retry after 5 s)"), "{error}");
}

#[tokio::test]
async fn authentication_authorization_and_server_errors_are_typed() {
    let server = start();
    let url = server.url(&format!("beta/{SET}/1"));
    for (status, code) in [
        (401, "InvalidAuthenticationToken"),
        (403, "Authorization_RequestDenied"),
        (500, "InternalServerError"),
    ] {
        server.fail_next(fault(status, code, None));
        let (error, headers) = error_of(odata::get(&url).build().expect("a request")).await;
        assert_eq!(
            parts(&error, &headers),
            (status, code.to_owned(), format!("injected {status}"))
        );
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(error.retry_after(), None);
    }
    still_serving(&server);
}
