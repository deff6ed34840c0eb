//! [`read_response`]: an `http::Response` to an [`Outcome`] or a typed [`Error`].

use std::borrow::Cow;

use http::header::{ETAG, RETRY_AFTER};
use http::{HeaderMap, Response, StatusCode};
use serde::de::DeserializeOwned;

use super::error::{Error, RetryAfter, ServiceError};
use super::odata_error::ODataError;

/// What a successful (or precondition) answer means.
// A 412's `ODataError` (about 300 bytes with its `AdditionalData`s) makes the enum larger than
// an `Entity` of a small `T`: an `Outcome` is one value per response, returned and matched at
// once, never kept in bulk, so a `Box` would cost every caller a deref for no saving.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<T> {
    /// `200 OK` / `201 Created` (any 2xx with a body): the entity (or page) in the body.
    Entity {
        /// The body, read as `T`.
        value: T,
        /// The `ETag` header, or else the body's `@odata.etag`.
        etag: Option<String>,
    },
    /// `204 No Content` (any 2xx without a body): the change was made.
    NoContent {
        /// The `ETag` header: the entity's new version, when the service sends it.
        etag: Option<String>,
    },
    /// `304 Not Modified`: the entity still has the ETag sent in `If-None-Match`.
    NotModified,
    /// `412 Precondition Failed`: the entity changed since the ETag sent in `If-Match`.
    /// Re-read it, [`rebase`](crate::rebase) the patch and send again.
    PreconditionFailed {
        /// The OData error of the body, when it has one.
        error: Option<ODataError>,
    },
}

impl<T> Outcome<T> {
    /// The entity, when the response carried one.
    pub fn into_value(self) -> Option<T> {
        match self {
            Outcome::Entity { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The entity's new ETag, when the response said it.
    pub fn etag(&self) -> Option<&str> {
        match self {
            Outcome::Entity { etag, .. } | Outcome::NoContent { etag } => etag.as_deref(),
            Outcome::NotModified | Outcome::PreconditionFailed { .. } => None,
        }
    }
}

/// Reads a response to a request of this module.
///
/// - 2xx with a body: [`Outcome::Entity`], the body read as `T` (an entity, a [`Page`](crate::Page));
/// - 2xx without a body (`204`): [`Outcome::NoContent`];
/// - `304`: [`Outcome::NotModified`]; `412`: [`Outcome::PreconditionFailed`];
/// - every other status: [`Error::Service`] with the [`ODataError`] of the body (an empty one,
///   code and message `""`, when there is no body) and `Retry-After` (sent with `429` and
///   `503`).
///
/// A body that is not the expected JSON is [`Error::Body`], which shows the status and the
/// start of the body. Redirects are not followed here: HTTP clients follow them before.
///
/// ```
/// use graph_entity::http::{self, Outcome};
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let response = ::http::Response::builder()
///     .status(200)
///     .header("etag", r#"W/"2""#)
///     .body(br#"{"id": "1", "exchangeActive": 14}"#.to_vec())?;
/// let Outcome::Entity { value, etag } = http::read_response::<Office365ServicesUserCounts, _>(&response)? else {
///     unreachable!()
/// };
/// assert_eq!((value.exchange_active, etag.as_deref()), (Some(14), Some(r#"W/"2""#)));
///
/// let response = ::http::Response::builder()
///     .status(429)
///     .header("retry-after", "30")
///     .body(br#"{"error": {"code": "TooManyRequests", "message": "Slow down."}}"#.to_vec())?;
/// let err = http::read_response::<Office365ServicesUserCounts, _>(&response).unwrap_err();
/// assert_eq!(err.to_string(), "429 Too Many Requests: TooManyRequests: Slow down. (retry after 30 s)");
///
/// let response = ::http::Response::builder().status(502).body(b"<html>Bad gateway</html>".to_vec())?;
/// let err = http::read_response::<Office365ServicesUserCounts, _>(&response).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "502 Bad Gateway: expected an OData error body, found a body of 24 bytes starting with \
///      \"<html>Bad gateway</html>\": expected value at line 1 column 1"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`Error::Service`] for an error status, [`Error::Body`] for a body that does not read.
pub fn read_response<T, B>(response: &Response<B>) -> Result<Outcome<T>, Error>
where
    T: DeserializeOwned,
    B: AsRef<[u8]>,
{
    let headers = response.headers();
    read_parts(
        response.status(),
        header(headers, &ETAG),
        header(headers, &RETRY_AFTER).as_deref(),
        response.body().as_ref(),
    )
}

/// The [`Error`] for a response with an error status: [`Error::Service`] when its body is an
/// OData error or blank (then with an empty [`ODataError`], displayed as the status alone),
/// [`Error::Body`] otherwise.
pub fn service_error<B: AsRef<[u8]>>(response: &Response<B>) -> Error {
    error_parts(
        response.status(),
        header(response.headers(), &RETRY_AFTER).as_deref(),
        response.body().as_ref(),
    )
}

/// A body as [`read_parts`] reads it: the bytes of an HTTP response, or the JSON value of a
/// `$batch` response item (see `batch.rs`).
pub(super) trait ResponseBody {
    /// No body, or only whitespace: what `204 No Content` carries.
    fn is_blank(&self) -> bool;
    /// The body read as `T`.
    fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error>;
    /// The body read as an OData error body, `{"error": {...}}`.
    fn odata_error(&self) -> Result<ODataError, serde_json::Error>;
    /// `@odata.etag` of a JSON object body, for services that send no `ETag` header.
    fn odata_etag(&self) -> Option<String>;
    /// The body as bytes, for an error to quote.
    fn bytes(&self) -> Cow<'_, [u8]>;
}

impl ResponseBody for [u8] {
    fn is_blank(&self) -> bool {
        self.iter().all(u8::is_ascii_whitespace)
    }

    fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(self)
    }

    fn odata_error(&self) -> Result<ODataError, serde_json::Error> {
        ODataError::from_body(self)
    }

    fn odata_etag(&self) -> Option<String> {
        match serde_json::from_slice::<serde_json::Value>(self).ok()? {
            serde_json::Value::Object(mut members) => match members.remove("@odata.etag")? {
                serde_json::Value::String(etag) => Some(etag),
                _ => None,
            },
            _ => None,
        }
    }

    fn bytes(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self)
    }
}

/// [`read_response`] on the parts of a response: its status, its `ETag` and `Retry-After`
/// headers and its body.
pub(super) fn read_parts<T, B>(
    status: StatusCode,
    etag: Option<String>,
    retry_after: Option<&str>,
    body: &B,
) -> Result<Outcome<T>, Error>
where
    T: DeserializeOwned,
    B: ResponseBody + ?Sized,
{
    match status {
        StatusCode::NOT_MODIFIED => Ok(Outcome::NotModified),
        StatusCode::PRECONDITION_FAILED => Ok(Outcome::PreconditionFailed {
            error: body.odata_error().ok(),
        }),
        s if s.is_success() && body.is_blank() => Ok(Outcome::NoContent { etag }),
        s if s.is_success() => {
            let value = body
                .read()
                .map_err(|e| Error::body(status, &body.bytes(), "the JSON of the entity", e))?;
            let etag = etag.or_else(|| body.odata_etag());
            Ok(Outcome::Entity { value, etag })
        }
        _ => Err(error_parts(status, retry_after, body)),
    }
}

/// [`service_error`] on the parts of a response.
pub(super) fn error_parts<B: ResponseBody + ?Sized>(
    status: StatusCode,
    retry_after: Option<&str>,
    body: &B,
) -> Error {
    let error = if body.is_blank() {
        // An error status without a body (a gateway's `401`, a `405`, a throttling answer):
        // still the service's answer, with its status and `Retry-After`.
        Ok(ODataError::default())
    } else {
        body.odata_error()
    };
    match error {
        Ok(error) => Error::Service(Box::new(ServiceError {
            status,
            error,
            retry_after: retry_after.map(RetryAfter::parse),
        })),
        Err(e) => Error::body(status, &body.bytes(), "an OData error body", e),
    }
}

fn header(headers: &HeaderMap, name: &http::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
