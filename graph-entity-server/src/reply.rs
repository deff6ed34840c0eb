//! Responses: JSON bodies with their headers, and OData error bodies.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::header::{CONTENT_TYPE, HeaderValue};
use axum::http::{HeaderName, StatusCode};
use axum::response::Response;
use graph_entity::http::{InnerError, ODataError};

/// Graph's response header naming the request.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");
/// The client's id for the request, echoed in errors.
pub const CLIENT_REQUEST_ID: HeaderName = HeaderName::from_static("client-request-id");

/// The ids one request is answered with.
pub struct Ids {
    pub request_id: String,
    pub client_request_id: String,
}

/// A response with a body and a content type.
pub fn with_body(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Body>,
) -> Response {
    let mut response = Response::new(body.into());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A JSON response, as Graph types it.
pub fn json(status: StatusCode, body: impl Into<Body>) -> Response {
    with_body(
        status,
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
        body,
    )
}

/// A response without a body.
pub fn empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// An OData error response: `{"error": {"code", "message", "innerError": {...}}}`.
pub fn error(status: StatusCode, code: &str, message: impl Into<String>, ids: &Ids) -> Response {
    let mut error = ODataError::new(code, message);
    error.inner_error = Some(InnerError {
        request_id: Some(ids.request_id.clone()),
        client_request_id: Some(ids.client_request_id.clone()),
        date: Some(now()),
        ..InnerError::default()
    });
    json(status, error.to_body())
}

/// `s` as a JSON string literal.
pub fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// A value from the request, quoted and cut short for an error message.
pub fn quote(s: &str) -> String {
    let shown: String = s.chars().take(64).collect();
    if shown.len() < s.len() {
        format!("{}… ({} bytes)", json_string(&shown), s.len())
    } else {
        json_string(s)
    }
}

/// A request id shaped like Graph's (a GUID), from a counter.
pub fn request_id(n: u64) -> String {
    let hex = format!("{n:032x}");
    let part = |a: usize, b: usize| hex.get(a..b).unwrap_or_default();
    format!(
        "{}-{}-{}-{}-{}",
        part(0, 8),
        part(8, 12),
        part(12, 16),
        part(16, 20),
        part(20, 32)
    )
}

/// The current UTC time as Graph writes it in `innerError.date` (`2024-05-01T10:00:00`).
fn now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`,
/// for non-negative day counts).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_819), (2027, 1, 1));
    }

    #[test]
    fn request_ids_look_like_guids() {
        assert_eq!(request_id(255), "00000000-0000-0000-0000-0000000000ff");
    }
}
