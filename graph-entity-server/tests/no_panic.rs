//! The endpoint never panics, whatever it is sent.
//!
//! - In process: generated requests (method, path, headers, body: mutations of valid ones and
//!   raw bytes) driven through the `axum::Router` with `tower::ServiceExt::oneshot`, so that a
//!   panic in the handler fails the test here. Every answer has a known status, and every
//!   error answer has an OData error body.
//! - Over a socket (loopback): raw bytes, HTTP or not, on fresh connections; the endpoint keeps
//!   answering a valid request after each.
//!
//! 1024 in-process cases and 64 socket cases (about 2 s in a debug build).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::OnceLock;
use std::time::Duration;

use axum::body::Body;
use axum::http::Request;
use graph_entity::http::ODataError;
use graph_entity::models::Office365ServicesUserCounts;
use graph_entity_server::{RunningServer, Server, ServerBuilder};
use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;
use tower::ServiceExt;

const SET: &str = "reports/office365ServicesUserCounts";

fn builder() -> ServerBuilder {
    let counts = Office365ServicesUserCounts {
        id: Some("1".to_owned()),
        exchange_active: Some(1),
        ..Default::default()
    };
    Server::builder()
        .entity_set(SET, [("1".to_owned(), counts.clone())])
        .report("reports/getOffice365ServicesUserCounts", [counts])
        .body_limit(4096)
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

fn method() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("GET".to_owned()),
        Just("PATCH".to_owned()),
        Just("POST".to_owned()),
        Just("DELETE".to_owned()),
        Just("PUT".to_owned()),
        "[A-Z]{1,8}",
    ]
}

fn path() -> impl Strategy<Value = String> {
    let known = prop_oneof![
        Just(format!("/beta/{SET}/1")),
        Just(format!("/v1.0/{SET}/1")),
        Just(format!("/beta/{SET}")),
        Just("/beta/reports/getOffice365ServicesUserCounts(period='D7')".to_owned()),
        Just("/v1.0/reports/getOffice365ServicesUserCounts(period='D90')".to_owned()),
        Just("/downloads/getOffice365ServicesUserCounts.csv".to_owned()),
        Just("/".to_owned()),
    ];
    // A known path, with generated text (escapes, brackets, quotes, non-ASCII) appended.
    (known, "[a-z0-9/%()'=.$ä-]{0,24}").prop_map(|(p, tail)| format!("{p}{tail}"))
}

fn header_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("application/json".to_owned()),
        Just("application/json; charset=utf-8".to_owned()),
        Just("W/\"1\"".to_owned()),
        Just("*".to_owned()),
        Just("return=representation".to_owned()),
        "[ -~]{0,40}",
    ]
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    let valid = r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","exchangeActive":14,"reportPeriod":"7","reportRefreshDate":"2017-09-01"}"##;
    prop_oneof![
        // A valid patch, cut anywhere, with one byte replaced.
        (0..=valid.len(), any::<(usize, u8)>()).prop_map(move |(cut, (at, byte))| {
            let mut bytes = valid.as_bytes()[..cut].to_vec();
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = byte;
            }
            bytes
        }),
        prop::collection::vec(any::<u8>(), 0..256),
        // Over the 4096-byte limit.
        (4097usize..6000).prop_map(|n| vec![b' '; n]),
        Just(br#"{"exchangeActive": "9999999999999999999999"}"#.to_vec()),
        Just(br#"{"reportRefreshDate": "2017-02-29"}"#.to_vec()),
    ]
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime")
    })
}

const KNOWN: [u16; 12] = [200, 201, 204, 302, 304, 400, 404, 405, 409, 412, 413, 415];

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn any_request_gets_a_known_status_and_errors_have_an_odata_body(
        method in method(),
        path in path(),
        headers in prop::collection::vec((prop_oneof![
            Just("content-type"), Just("if-match"), Just("if-none-match"), Just("prefer"),
            Just("content-length"), Just("client-request-id"),
        ], header_value()), 0..5),
        body in body(),
    ) {
        let mut request = Request::builder().method(method.as_str()).uri(path.as_str());
        for (name, value) in &headers {
            request = request.header(*name, value.as_str());
        }
        // Requests `http` itself refuses (a bad method or URI) never reach a server.
        let Ok(request) = request.body(Body::from(body)) else { return Ok(()) };
        let router = builder().router("http://127.0.0.1:1").expect("a router");
        let (status, bytes) = runtime().block_on(async {
            let response = router.oneshot(request).await.expect("infallible");
            let status = response.status();
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX).await.expect("a body");
            (status, bytes)
        });
        prop_assert!(KNOWN.contains(&status.as_u16()), "{status}");
        if status.is_client_error() || status.is_server_error() {
            let error = ODataError::from_body(&bytes);
            prop_assert!(error.is_ok(), "{status}: {}", String::from_utf8_lossy(&bytes));
        }
    }
}

fn shared_server() -> &'static RunningServer {
    static SERVER: OnceLock<RunningServer> = OnceLock::new();
    SERVER.get_or_init(|| builder().start().expect("the endpoint starts"))
}

/// Sends `bytes`, then half-closes when `close_write` (the endpoint sees the end of input; it
/// then may drop the connection without answering, which hyper does by default).
fn exchange(server: &RunningServer, bytes: &[u8], close_write: bool) -> Vec<u8> {
    let mut stream = TcpStream::connect(server.addr()).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout");
    // The endpoint may close before reading everything: a failed write is an answer too.
    let _ = stream.write_all(bytes);
    if close_write {
        let _ = stream.shutdown(std::net::Shutdown::Write);
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    answer
}

fn raw_request() -> impl Strategy<Value = Vec<u8>> {
    let valid = format!(
        "PATCH /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 20\r\n\r\n{{\"exchangeActive\":2}}"
    );
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        (0..=valid.len(), any::<(usize, u8)>()).prop_map(move |(cut, (at, byte))| {
            let mut bytes = valid.as_bytes()[..cut].to_vec();
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] = byte;
            }
            bytes
        }),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn raw_bytes_on_a_socket_never_stop_the_endpoint(bytes in raw_request()) {
        let server = shared_server();
        let answer = exchange(server, &bytes, true);
        let text = String::from_utf8_lossy(&answer);
        prop_assert!(text.is_empty() || text.starts_with("HTTP/1.1 "), "{text}");
        let get = format!("GET /beta/{SET}/1 HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n");
        let check = exchange(server, get.as_bytes(), false);
        prop_assert!(String::from_utf8_lossy(&check).starts_with("HTTP/1.1 200 OK\r\n"));
    }
}
