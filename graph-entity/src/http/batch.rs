//! JSON batching: [`BatchRequest`] combines up to 20 requests into one `POST {base}/$batch`
//! ([`batch`]); [`BatchResponse`] reads the answer, and each [`BatchResponseItem`] reads like a
//! response of its own.

use core::fmt;
use std::borrow::Cow;
use std::collections::BTreeMap;

use http::{Method, StatusCode};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::ODataError;
use super::failure::Error;
use super::request::{RequestBuilder, to_body};
use super::response::{Outcome, ResponseBody, read_parts};
use crate::__private::{Property, duplicate_property};
use crate::describe::Quoted;

/// How errors name a batch response.
const RESPONSE: &str = "a batch response";

/// How errors name one item of a batch response.
const ITEM: &str = "a batch response item";

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

/// Why a [`BatchRequest`] refused a request, or a [`BatchResponseItem`] could not be read.
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

/// The answer to a [`BatchRequest`]: `{"responses": [{"id", "status", "headers", "body"}, ...]}`.
///
/// The responses come in any order; [`get`](Self::get) finds one by its request's id, and
/// [`BatchResponseItem::read`] reads it as [`read_response`](super::read_response) reads a
/// response of its own. The batch answer itself (`200 OK` with this body, or an error status
/// for a batch Graph refused as a whole) reads with [`read_response`](super::read_response).
///
/// Reading is as strict as [`Page`](crate::Page)'s: `responses` is required and must be an
/// array, other members of the object are ignored, and a member may appear once. In each
/// item, `id` (a string) and `status` (a number from 100 to 999) are required; `headers` (an
/// object of strings) and `body` (any JSON) may be absent or `null`; other members are
/// ignored; a member may appear once. Errors name the member.
///
/// ```
/// use graph_entity::Page;
/// use graph_entity::http::{self, BatchResponse, Outcome};
///
/// let answer = ::http::Response::builder().status(200).body(br#"{"responses": [
///     {"id": "2", "status": 403, "body": {"error": {"code": "Forbidden", "message": "Denied."}}},
///     {"id": "1", "status": 200, "headers": {"Content-Type": "application/json"},
///      "body": {"value": [{"displayName": "Adele Vance"}]}}
/// ]}"#.to_vec())?;
/// let Outcome::Entity { value: batch, .. } = http::read_response::<BatchResponse, _>(&answer)? else {
///     unreachable!()
/// };
/// let users = batch.get("1").expect("response 1").read::<Page<serde_json::Value>>()?;
/// assert_eq!(users.into_value().expect("a page").value[0]["displayName"], "Adele Vance");
/// let err = batch.get("2").expect("response 2").read::<serde_json::Value>().unwrap_err();
/// assert_eq!(err.to_string(), "403 Forbidden: Forbidden: Denied.");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchResponse {
    /// The responses, in the order the service sent them.
    pub responses: Vec<BatchResponseItem>,
}

/// One response of a [`BatchResponse`].
#[derive(Debug, Clone, PartialEq)]
pub struct BatchResponseItem {
    /// The id of the request this answers.
    pub id: String,
    /// The HTTP status.
    pub status: u16,
    /// The headers (empty when the item has none), as sent; [`header`](Self::header) finds
    /// one ignoring case.
    pub headers: BTreeMap<String, String>,
    /// The body: JSON as sent, or for content that is not JSON, its base64 text as a JSON
    /// string. `None` when absent or `null`.
    pub body: Option<Value>,
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
/// [`read_response`](super::read_response) as a [`BatchResponse`].
///
/// # Errors
///
/// [`build`](RequestBuilder::build) fails with [`Error::Request`] for an empty batch (Graph
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

impl BatchResponse {
    /// The response to request `id` (ignoring ASCII case, as Graph compares ids).
    pub fn get(&self, id: &str) -> Option<&BatchResponseItem> {
        self.responses
            .iter()
            .find(|r| r.id.eq_ignore_ascii_case(id))
    }
}

impl BatchResponseItem {
    /// The value of header `name`, ignoring case.
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }

    /// Reads this response as [`read_response`](super::read_response) reads a response of
    /// its own: for a 2xx status with a body, [`Outcome::Entity`] with the body read as `T`
    /// (and the `ETag` header or the body's `@odata.etag`); without a body,
    /// [`Outcome::NoContent`]; `304` and `412` are outcomes too; every other status is
    /// [`Error::Service`] with the body's [`ODataError`](super::ODataError) and `Retry-After`
    /// (an empty error when there is no body).
    ///
    /// A body that is not the expected JSON is [`Error::Body`]: the error quotes the body as
    /// JSON, and the reader's message names the property and type (without a line and
    /// column: the body was parsed with the batch).
    ///
    /// # Errors
    ///
    /// [`Error::Service`] for an error status, [`Error::Body`] for a body that does not read,
    /// [`Error::Batch`] for a status that is no HTTP status code (only an item built by hand
    /// can have one).
    pub fn read<T: DeserializeOwned>(&self) -> Result<Outcome<T>, Error> {
        let Ok(status) = StatusCode::from_u16(self.status) else {
            return Err(Error::Batch(BatchError::InvalidStatus {
                id: self.id.clone(),
                status: self.status,
            }));
        };
        read_parts(
            status,
            self.header("etag").map(str::to_owned),
            self.header("retry-after"),
            &self.body,
        )
    }
}

/// The value of header `name` in `headers`, ignoring ASCII case.
fn header<'a>(headers: &'a BTreeMap<String, String>, name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// The body of a response item: absent and `null` are no body.
impl ResponseBody for Option<Value> {
    fn is_blank(&self) -> bool {
        matches!(self, None | Some(Value::Null))
    }

    fn read<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(self.as_ref().unwrap_or(&Value::Null))
    }

    fn odata_error(&self) -> Result<ODataError, serde_json::Error> {
        ODataError::from_value(self.as_ref().unwrap_or(&Value::Null))
    }

    fn odata_etag(&self) -> Option<String> {
        let etag = self.as_ref()?.as_object()?.get("@odata.etag")?;
        etag.as_str().map(str::to_owned)
    }

    fn bytes(&self) -> Cow<'_, [u8]> {
        // Writing a `Value` into a `Vec` cannot fail: no I/O, no non-string keys.
        Cow::Owned(serde_json::to_vec(self).unwrap_or_default())
    }
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

impl<'de> Deserialize<'de> for BatchResponse {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor)
    }
}

struct ResponseVisitor;

impl<'de> Visitor<'de> for ResponseVisitor {
    type Value = BatchResponse;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a batch response (a JSON object with a `responses` array)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchResponse, A::Error> {
        let mut responses = None;
        while let Some(name) = map.next_key::<String>()? {
            if name == "responses" {
                once(RESPONSE, responses.is_some(), "responses")?;
                responses = Some(map.next_value_seed(ResponsesSeed)?);
            } else {
                map.next_value::<de::IgnoredAny>()?;
            }
        }
        match responses {
            Some(responses) => Ok(BatchResponse { responses }),
            None => Err(de::Error::custom(format_args!(
                "missing `responses` in {RESPONSE}: a batch response holds its answers in a \
                 `responses` array"
            ))),
        }
    }
}

/// Reads the `responses` array, naming it when the member is not an array.
struct ResponsesSeed;

impl<'de> DeserializeSeed<'de> for ResponsesSeed {
    type Value = Vec<BatchResponseItem>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ResponsesSeed {
    type Value = Vec<BatchResponseItem>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `responses` array of a batch response")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        // A size hint comes from the input: trust it only up to a batch's size.
        let hint = seq.size_hint().unwrap_or(0);
        let mut items = Vec::with_capacity(hint.min(BatchRequest::MAX_REQUESTS));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(items)
    }
}

impl<'de> Deserialize<'de> for BatchResponseItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ItemVisitor)
    }
}

struct ItemVisitor;

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = BatchResponseItem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a batch response item (a JSON object with `id` and `status`)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchResponseItem, A::Error> {
        let (mut id, mut status, mut headers, mut body) = (None, None, None, None);
        while let Some(name) = map.next_key::<String>()? {
            match name.as_str() {
                "id" => {
                    once(ITEM, id.is_some(), "id")?;
                    id = Some(map.next_value_seed(Property::<String>::new(ITEM, "id"))?);
                }
                "status" => {
                    once(ITEM, status.is_some(), "status")?;
                    let seed = Property::<Status>::new(ITEM, "status");
                    status = Some(map.next_value_seed(seed)?.0);
                }
                "headers" => {
                    once(ITEM, headers.is_some(), "headers")?;
                    let seed = Property::<Option<BTreeMap<String, String>>>::new(ITEM, "headers");
                    headers = Some(map.next_value_seed(seed)?);
                }
                "body" => {
                    once(ITEM, body.is_some(), "body")?;
                    body = Some(map.next_value::<Option<Value>>()?);
                }
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let missing = |name: &str| {
            de::Error::custom(format_args!(
                "missing `{name}` in {ITEM}: each response has the `id` of its request and its \
                 `status`"
            ))
        };
        Ok(BatchResponseItem {
            id: id.ok_or_else(|| missing("id"))?,
            status: status.ok_or_else(|| missing("status"))?,
            headers: headers.flatten().unwrap_or_default(),
            body: body.flatten(),
        })
    }
}

/// Errs if a member was already read.
fn once<E: de::Error>(object: &str, seen: bool, name: &str) -> Result<(), E> {
    if seen {
        Err(duplicate_property(object, name))
    } else {
        Ok(())
    }
}

/// The `status` of a response item: a JSON number from 100 to 999 (what `StatusCode` takes).
struct Status(u16);

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StatusVisitor)
    }
}

struct StatusVisitor;

impl Visitor<'_> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code (a number from 100 to 999)")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Status, E> {
        match u16::try_from(value) {
            Ok(status) if (100..=999).contains(&status) => Ok(Status(status)),
            _ => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Status, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }
}
