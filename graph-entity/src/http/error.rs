//! [`Error`]: what can go wrong building a request or reading a response.

use core::fmt;
use core::time::Duration;

use http::StatusCode;

use super::batch::BatchError;
use super::odata_error::ODataError;
use crate::describe::Quoted;

/// How many bytes of an unexpected body an error quotes.
const BODY_START: usize = 256;

/// An error of [`graph_entity::http`](super): a request that cannot be built, an error status
/// answered by the service, a body that is not the expected JSON, or a `$batch` that breaks
/// Graph's rules.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built: an invalid URI or header value, or a body that could
    /// not be serialized.
    Request(RequestError),
    /// The service answered with an error status (4xx/5xx other than `304`/`412`, which are
    /// [outcomes](super::Outcome)) and an OData error body.
    Service(Box<ServiceError>),
    /// The body is not the JSON the status calls for.
    Body(Box<BodyError>),
    /// A `$batch` request that Graph would refuse, or a batch response item whose status is
    /// no HTTP status code.
    Batch(BatchError),
}

/// A request that could not be built; the source says why.
#[derive(Debug)]
pub struct RequestError {
    pub(crate) source: Box<dyn std::error::Error + Send + Sync>,
}

/// An error status with its OData error, as in
/// `404 Not Found: ResourceNotFound: Resource not found. (request-id 5e1b)`.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceError {
    /// The response's status.
    pub status: StatusCode,
    /// The OData error of the body.
    pub error: ODataError,
    /// `Retry-After`, when the response has one (Graph sends it with `429 Too Many Requests`
    /// and `503 Service Unavailable`).
    pub retry_after: Option<RetryAfter>,
}

/// A body that is not the JSON expected for its status.
#[derive(Debug)]
pub struct BodyError {
    /// The response's status.
    pub status: StatusCode,
    /// The start of the body (at most 256 bytes, invalid UTF-8 replaced).
    pub body_start: String,
    /// The body's length in bytes.
    pub body_len: usize,
    /// What the body should have been, e.g. `an OData error body`.
    pub expected: &'static str,
    /// Why it did not read.
    pub source: serde_json::Error,
}

/// The `Retry-After` header: how long to wait before trying again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryAfter {
    /// A number of seconds (`Retry-After: 120`).
    Delay(Duration),
    /// An HTTP date (`Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`), as sent.
    Date(String),
}

impl Error {
    /// The status of the response this error comes from, if it comes from one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Request(_) | Error::Batch(_) => None,
            Error::Service(e) => Some(e.status),
            Error::Body(e) => Some(e.status),
        }
    }

    /// The OData error the service sent, if any.
    pub fn odata_error(&self) -> Option<&ODataError> {
        match self {
            Error::Service(e) => Some(&e.error),
            Error::Request(_) | Error::Body(_) | Error::Batch(_) => None,
        }
    }

    /// `Retry-After`, if the service sent one with its error.
    pub fn retry_after(&self) -> Option<&RetryAfter> {
        match self {
            Error::Service(e) => e.retry_after.as_ref(),
            Error::Request(_) | Error::Body(_) | Error::Batch(_) => None,
        }
    }

    pub(crate) fn request(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        Error::Request(RequestError {
            source: source.into(),
        })
    }

    pub(crate) fn body(
        status: StatusCode,
        body: &[u8],
        expected: &'static str,
        source: serde_json::Error,
    ) -> Self {
        let start = body.get(..BODY_START).unwrap_or(body);
        Error::Body(Box::new(BodyError {
            status,
            body_start: String::from_utf8_lossy(start).into_owned(),
            body_len: body.len(),
            expected,
            source,
        }))
    }
}

impl RetryAfter {
    /// Reads the header's value: digits are seconds, anything else is kept as a date.
    pub fn parse(value: &str) -> Self {
        let value = value.trim();
        match value.parse::<u64>() {
            Ok(seconds) => RetryAfter::Delay(Duration::from_secs(seconds)),
            Err(_) => RetryAfter::Date(value.to_owned()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Request(e) => e.fmt(f),
            Error::Service(e) => e.fmt(f),
            Error::Body(e) => e.fmt(f),
            Error::Batch(e) => e.fmt(f),
        }
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the request could not be built: {}", self.source)
    }
}

/// `status: error (retry after ...)`; the status alone when the error displays as nothing (an
/// error response without a body).
impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        let error = self.error.to_string();
        if !error.is_empty() {
            write!(f, ": {error}")?;
        }
        match &self.retry_after {
            Some(RetryAfter::Delay(d)) => write!(f, " (retry after {} s)", d.as_secs()),
            Some(RetryAfter::Date(d)) => write!(f, " (retry after {})", Quoted(d)),
            None => Ok(()),
        }
    }
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, found a body of {} bytes starting with {}: {}",
            self.status,
            self.expected,
            self.body_len,
            Quoted(&self.body_start),
            self.source
        )
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Request(e) => Some(&*e.source),
            Error::Service(e) => Some(&e.error),
            Error::Body(e) => Some(&e.source),
            // The error is the batch error itself, displayed as it is: no further cause.
            Error::Batch(_) => None,
        }
    }
}

impl std::error::Error for RequestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

impl std::error::Error for ServiceError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

impl std::error::Error for BodyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl From<http::Error> for Error {
    fn from(error: http::Error) -> Self {
        Error::request(error)
    }
}

impl From<BatchError> for Error {
    fn from(error: BatchError) -> Self {
        Error::Batch(error)
    }
}
