//! The HTTP client of the round-trip tests (`tests/http_roundtrip.rs`, `tests/http_errors.rs`),
//! included with `#[path = "common/loopback.rs"] mod loopback;`.

/// A client that never goes through a proxy, whatever the environment says: every request of
/// the tests stays on loopback.
pub fn loopback_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("a client")
}
