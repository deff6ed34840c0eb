//! [`BatchRequest`]: the requests of one `$batch`, checked as they are added, and the `POST`
//! that sends them ([`batch`]).

use core::fmt;
use std::collections::BTreeMap;

use http::Method;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::Value;

use super::super::request::{RequestBuilder, to_body};
use super::header;
use crate::describe::Quoted;

/// A JSON batch: up to [`MAX_REQUESTS`](Self::MAX_REQUESTS) requests that Microsoft Graph
/// runs in one `POST {base}/$batch` ([`batch`] builds it).
///
/// The batch is checked as it is built: [`add`](Self::add) refuses (with a [`BatchError`]) a
/// 21st request, an id the batch already has (ids are compared ignoring ASCII case, as Graph
/// compares them), a body without a `Content-Type` header (Graph requires one), and a
/// `dependsOn` id that names no request added *before* this one. Checking `dependsOn` when a
/// request is added means the error points at the request that is wrong, and that the
/// dependencies cannot form a cycle: add requests in the order they depend on each other.
/// A batch that was built is a batch Graph accepts in form, so serializing it cannot fail.
///
/// Serialized, it is exactly the body Graph expects: `{"requests": [...]}`, each request with
/// `id`, `method` and `url`, then `headers`, `body` and `dependsOn` (an array), each only when
/// set.
///
/// ```
/// use graph_entity::http::{self, BatchError, BatchRequest, BatchRequestItem};
/// use ::http::Method;
///
/// let mut batch = BatchRequest::new();
/// batch
///     .add(BatchRequestItem::new("1", Method::GET, "/me"))?
///     .add(
///         BatchRequestItem::new("2", Method::PATCH, "/me")
///             .json(&serde_json::json!({"city": "Redmond"}))?
///             .depends_on("1"),
///     )?;
/// assert_eq!(
///     serde_json::to_string(&batch)?,
///     r#"{"requests":[{"id":"1","method":"GET","url":"/me"},{"id":"2","method":"PATCH","url":"/me","headers":{"Content-Type":"application/json"},"body":{"city":"Redmond"},"dependsOn":["1"]}]}"#
/// );
///
/// let request = http::batch("https://graph.microsoft.com/v1.0", &batch).build()?;
/// assert_eq!(request.method(), "POST");
/// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/$batch");
///
/// // A request may depend only on a request added before it.
/// let err = batch
///     .add(BatchRequestItem::new("3", Method::GET, "/me/manager").depends_on("4"))
///     .unwrap_err();
/// assert!(matches!(err, BatchError::UnknownDependency { .. }));
/// assert_eq!(
///     err.to_string(),
///     r#"request "3" cannot be added to the batch: it depends on "4", which is no request added before it"#
/// );
/// assert_eq!(batch.len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchRequest {
    requests: Vec<BatchRequestItem>,
}

/// One request of a [`BatchRequest`]: build it with [`new`](Self::new) and the chained setters,
/// or set the fields; [`BatchRequest::add`] checks it.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchRequestItem {
    /// `id`: the correlation id that the request's response carries. Unique in the batch,
    /// ignoring ASCII case.
    pub id: String,
    /// `method`: the HTTP method.
    pub method: Method,
    /// `url`: the resource, relative to the service root and version: `/me/messages` for
    /// `https://graph.microsoft.com/v1.0/me/messages`.
    pub url: String,
    /// `headers`, written when not empty. A request with a body needs `Content-Type`.
    pub headers: BTreeMap<String, String>,
    /// `body`, written when `Some`: JSON, or for other content (an image) its base64 text as
    /// a JSON string, with the matching `Content-Type`.
    pub body: Option<Value>,
    /// `dependsOn`, written when not empty: the ids of the requests Graph runs before this
    /// one. Each must be the id of a request added to the batch before this one.
    pub depends_on: Vec<String>,
}

/// Why a [`BatchRequest`] refused a request, or a [`BatchResponseItem`](super::BatchResponseItem) could not be read.
///
/// Every message names the request's id.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BatchError {
    /// The batch already holds [`BatchRequest::MAX_REQUESTS`] requests.
    TooManyRequests {
        /// The id of the request refused.
        id: String,
    },
    /// The batch already has a request with this id (ignoring ASCII case).
    DuplicateId {
        /// The id of the request refused.
        id: String,
    },
    /// The request has a body but no `Content-Type` header.
    MissingContentType {
        /// The id of the request refused.
        id: String,
    },
    /// The request's `dependsOn` names an id that no request added before it has.
    UnknownDependency {
        /// The id of the request refused.
        id: String,
        /// The id it depends on, which the batch does not have.
        depends_on: String,
    },
    /// A response item's `status` is no HTTP status code (100 to 999). Reading a batch
    /// response refuses such a status; only an item built by hand can have one.
    InvalidStatus {
        /// The id of the response item.
        id: String,
        /// Its status.
        status: u16,
    },
}

impl BatchRequest {
    /// The most requests one batch may hold.
    pub const MAX_REQUESTS: usize = 20;

    /// An empty batch.
    pub fn new() -> Self {
        BatchRequest::default()
    }

    /// Adds `request` to the batch, unchanged when it refuses it.
    ///
    /// # Errors
    ///
    /// A [`BatchError`] when the batch already holds [`MAX_REQUESTS`](Self::MAX_REQUESTS)
    /// requests, already has the request's id (ignoring ASCII case), the request has a body
    /// but no `Content-Type` header, or a `dependsOn` id names no request added before.
    pub fn add(&mut self, request: BatchRequestItem) -> Result<&mut Self, BatchError> {
        let known = |id: &str| self.requests.iter().any(|r| r.id.eq_ignore_ascii_case(id));
        let error = if self.requests.len() >= Self::MAX_REQUESTS {
            Some(BatchError::TooManyRequests { id: request.id })
        } else if known(&request.id) {
            Some(BatchError::DuplicateId { id: request.id })
        } else if request.body.is_some() && header(&request.headers, "content-type").is_none() {
            Some(BatchError::MissingContentType { id: request.id })
        } else if let Some(unknown) = request.depends_on.iter().find(|id| !known(id)) {
            Some(BatchError::UnknownDependency {
                depends_on: unknown.clone(),
                id: request.id,
            })
        } else {
            self.requests.push(request);
            None
        };
        match error {
            Some(error) => Err(error),
            None => Ok(self),
        }
    }

    /// The requests, in the order added.
    pub fn requests(&self) -> &[BatchRequestItem] {
        &self.requests
    }

    /// How many requests the batch holds.
    pub fn len(&self) -> usize {
        self.requests.len()
    }

    /// Whether the batch holds no request.
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty()
    }
}

impl BatchRequestItem {
    /// A request `id` for `method` on `url` (relative: `/me/messages`), without headers, body
    /// or dependencies.
    pub fn new(id: impl Into<String>, method: Method, url: impl Into<String>) -> Self {
        BatchRequestItem {
            id: id.into(),
            method,
            url: url.into(),
            headers: BTreeMap::new(),
            body: None,
            depends_on: Vec::new(),
        }
    }

    /// Sets header `name` to `value`, replacing a header of the same name in any case.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let name = name.into();
        self.headers.retain(|n, _| !n.eq_ignore_ascii_case(&name));
        self.headers.insert(name, value.into());
        self
    }

    /// Sets the body to `body` as JSON (a patch, an entity, a `serde_json::Value`), and
    /// `Content-Type: application/json` unless the request has a `Content-Type` already.
    ///
    /// # Errors
    ///
    /// When `body` cannot be written as JSON (a map with keys that are not strings).
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Result<Self, serde_json::Error> {
        self.body = Some(serde_json::to_value(body)?);
        if header(&self.headers, "content-type").is_none() {
            self.headers
                .insert("Content-Type".to_owned(), "application/json".to_owned());
        }
        Ok(self)
    }

    /// Adds `id` to `dependsOn`: Graph runs this request after request `id`, and answers it
    /// with `424 Failed Dependency` if that one fails.
    #[must_use]
    pub fn depends_on(mut self, id: impl Into<String>) -> Self {
        self.depends_on.push(id.into());
        self
    }
}

/// The `POST {base}/$batch` request that sends `requests`; `base` is the service root with
/// its version, such as `https://graph.microsoft.com/v1.0` (a trailing `/` is fine).
///
/// See [`BatchRequest`] for an example. The request carries `Content-Type: application/json`
/// like every request of this module; read the answer with
/// [`read_response`](crate::http::read_response) as a [`BatchResponse`](super::BatchResponse).
///
/// # Errors
///
/// [`build`](RequestBuilder::build) fails with [`Error::Request`](super::super::Error::Request) for an empty batch (Graph
/// needs one request at least) and for a `base` that makes no valid URI.
pub fn batch(base: impl AsRef<str>, requests: &BatchRequest) -> RequestBuilder {
    let uri = format!("{}/$batch", base.as_ref().trim_end_matches('/'));
    let body = if requests.is_empty() {
        Err("the batch holds no request: Graph needs one at least".to_owned())
    } else {
        to_body(requests)
    };
    RequestBuilder::new(Method::POST, uri, Some(body))
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchError::TooManyRequests { id } => write!(
                f,
                "request {} cannot be added to the batch: a batch holds at most {} requests",
                Quoted(id),
                BatchRequest::MAX_REQUESTS
            ),
            BatchError::DuplicateId { id } => write!(
                f,
                "request {} cannot be added to the batch: the batch has a request with this id \
                 already (ids are compared ignoring case)",
                Quoted(id)
            ),
            BatchError::MissingContentType { id } => write!(
                f,
                "request {} cannot be added to the batch: it has a body but no Content-Type \
                 header",
                Quoted(id)
            ),
            BatchError::UnknownDependency { id, depends_on } => write!(
                f,
                "request {} cannot be added to the batch: it depends on {}, which is no request \
                 added before it",
                Quoted(id),
                Quoted(depends_on)
            ),
            BatchError::InvalidStatus { id, status } => write!(
                f,
                "batch response item {} has status {status}, which is no HTTP status code \
                 (100 to 999)",
                Quoted(id)
            ),
        }
    }
}

impl std::error::Error for BatchError {}

impl Serialize for BatchRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("requests", &self.requests)?;
        map.end()
    }
}

impl Serialize for BatchRequestItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("method", self.method.as_str())?;
        map.serialize_entry("url", &self.url)?;
        if !self.headers.is_empty() {
            map.serialize_entry("headers", &self.headers)?;
        }
        if let Some(body) = &self.body {
            map.serialize_entry("body", body)?;
        }
        if !self.depends_on.is_empty() {
            map.serialize_entry("dependsOn", &self.depends_on)?;
        }
        map.end()
    }
}
