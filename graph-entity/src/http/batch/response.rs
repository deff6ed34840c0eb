//! [`BatchResponse`]: the answer to a `$batch`, each item read like a response of its own.

use core::fmt;
use std::borrow::Cow;
use std::collections::BTreeMap;

use http::StatusCode;
use serde::Deserialize;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use serde_json::Value;

use super::super::error::Error;
use super::super::odata_error::ODataError;
use super::super::response::{Outcome, ResponseBody, read_parts};
use super::{BatchError, BatchRequest, header};
use crate::wire::{Property, duplicate_property};

/// How errors name a batch response.
const RESPONSE: &str = "a batch response";

/// How errors name one item of a batch response.
const ITEM: &str = "a batch response item";

/// The answer to a [`BatchRequest`]: `{"responses": [{"id", "status", "headers", "body"}, ...]}`.
///
/// The responses come in any order; [`get`](Self::get) finds one by its request's id, and
/// [`BatchResponseItem::read`] reads it as [`read_response`](crate::http::read_response) reads a
/// response of its own. The batch answer itself (`200 OK` with this body, or an error status
/// for a batch Graph refused as a whole) reads with [`read_response`](crate::http::read_response).
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

    /// Reads this response as [`read_response`](crate::http::read_response) reads a response of
    /// its own: for a 2xx status with a body, [`Outcome::Entity`] with the body read as `T`
    /// (and the `ETag` header or the body's `@odata.etag`); without a body,
    /// [`Outcome::NoContent`]; `304` and `412` are outcomes too; every other status is
    /// [`Error::Service`] with the body's [`ODataError`](crate::http::ODataError) and `Retry-After`
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
