//! [`ODataError`]: the error body Microsoft Graph answers with.

use core::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::AdditionalData;

/// An OData error, as Microsoft Graph sends it in the body of every error response:
///
/// ```json
/// {"error": {"code": "ResourceNotFound", "message": "Resource not found.", "target": "id",
///            "details": [{"code": "...", "message": "..."}],
///            "innerError": {"request-id": "...", "client-request-id": "...", "date": "..."}}}
/// ```
///
/// `Serialize`/`Deserialize` read and write the object inside `"error"`;
/// [`from_body`](Self::from_body) and [`to_body`](Self::to_body) the whole body. `code` and
/// `message` are required; every member this type does not declare is kept in
/// [`additional_data`](Self::additional_data) (an [`AdditionalData`], which keeps the order
/// read), and written back after the declared ones; a member may appear once. `innererror` (the OData spelling) reads like `innerError` (Graph's).
///
/// ```
/// use graph_entity::http::ODataError;
///
/// let error = ODataError::from_body(br#"{"error": {
///     "code": "ErrorItemNotFound",
///     "message": "The specified object was not found in the store.",
///     "innerError": {"date": "2024-05-01T10:00:00", "request-id": "d0c1", "client-request-id": "d0c1",
///                    "code": "x-ms-retry"},
///     "@retryable": false
/// }}"#)?;
/// assert_eq!(error.code, "ErrorItemNotFound");
/// assert_eq!(error.inner_error.as_ref().and_then(|i| i.request_id.as_deref()), Some("d0c1"));
/// assert_eq!(error.additional_data.get("@retryable"), Some(&serde_json::json!(false)));
/// assert_eq!(
///     error.to_string(),
///     "ErrorItemNotFound: The specified object was not found in the store. (request-id d0c1)"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ODataError {
    /// A service-defined error code (`BadRequest`, `ErrorItemNotFound`, ...).
    pub code: String,
    /// A human-readable message.
    pub message: String,
    /// What the error is about (a property name, a parameter), when the service says.
    pub target: Option<String>,
    /// Further errors, e.g. one per invalid property.
    pub details: Vec<ErrorDetail>,
    /// Graph's diagnostics: the request ids to quote to support, the date.
    pub inner_error: Option<InnerError>,
    /// Every other member, in the order read.
    pub additional_data: AdditionalData,
}

/// One entry of [`ODataError::details`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetail {
    /// The detail's error code.
    pub code: String,
    /// The detail's message.
    pub message: String,
    /// What the detail is about, when the service says.
    pub target: Option<String>,
    /// Every other member, in the order read.
    pub additional_data: AdditionalData,
}

/// [`ODataError::inner_error`]: Graph's diagnostic information.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InnerError {
    /// `request-id`: the id Graph gave the request; quote it to support.
    pub request_id: Option<String>,
    /// `client-request-id`: the id the client sent (or Graph's, when it sent none).
    pub client_request_id: Option<String>,
    /// `date`: when the error happened, as the service wrote it.
    pub date: Option<String>,
    /// Every other member (`code`, a nested `innerError`, ...), in the order read.
    pub additional_data: AdditionalData,
}

impl ODataError {
    /// An error with a code and a message, nothing else.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ODataError {
            code: code.into(),
            message: message.into(),
            ..ODataError::default()
        }
    }

    /// Reads a whole error body, `{"error": {...}}`.
    ///
    /// # Errors
    ///
    /// When the body is not JSON, has no `error` object, or the object lacks `code` or
    /// `message`; the message says which.
    pub fn from_body(body: &[u8]) -> Result<Self, serde_json::Error> {
        serde_json::from_slice::<Body>(body).map(|b| b.0)
    }

    /// Reads a whole error body already parsed as JSON (the `body` of a `$batch` response item).
    pub(super) fn from_value(body: &Value) -> Result<Self, serde_json::Error> {
        Body::deserialize(body).map(|b| b.0)
    }

    /// Writes the whole error body, `{"error": {...}}`.
    pub fn to_body(&self) -> Vec<u8> {
        // Writing strings and `Value`s into a `Vec` cannot fail: no I/O, no non-string keys.
        serde_json::to_vec(&BodyRef(self)).unwrap_or_default()
    }
}

/// `code: message (target `t`) (request-id r)`; an empty code or message is left out with its
/// separator (Graph sends `"code": ""` at times, and an error response without a body reads as
/// an error whose code and message are both empty, which displays as nothing).
impl fmt::Display for ODataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        for part in [&self.code, &self.message] {
            if !part.is_empty() {
                write!(f, "{sep}{part}")?;
                sep = ": ";
            }
        }
        let mut sep = if sep.is_empty() { "" } else { " " };
        if let Some(target) = &self.target {
            write!(f, "{sep}(target `{target}`)")?;
            sep = " ";
        }
        if let Some(id) = self
            .inner_error
            .as_ref()
            .and_then(|i| i.request_id.as_ref())
        {
            write!(f, "{sep}(request-id {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ODataError {}

/// `{"error": ...}` when reading.
struct Body(ODataError);

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(ObjectVisitor(Kind::Body))
            .map(|o| Body(o.error))
    }
}

/// `{"error": ...}` when writing.
struct BodyRef<'a>(&'a ODataError);

impl Serialize for BodyRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("error", self.0)?;
        map.end()
    }
}

/// The members an error and a detail share, in the order the service writes them.
fn write_code_message_target<M: SerializeMap>(
    map: &mut M,
    code: &str,
    message: &str,
    target: Option<&String>,
) -> Result<(), M::Error> {
    map.serialize_entry("code", code)?;
    map.serialize_entry("message", message)?;
    if let Some(target) = target {
        map.serialize_entry("target", target)?;
    }
    Ok(())
}

/// The undeclared members, after the declared ones.
fn write_additional<M: SerializeMap>(map: &mut M, data: &AdditionalData) -> Result<(), M::Error> {
    for (name, value) in data {
        map.serialize_entry(name, value)?;
    }
    Ok(())
}

impl Serialize for ODataError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        write_code_message_target(&mut map, &self.code, &self.message, self.target.as_ref())?;
        if !self.details.is_empty() {
            map.serialize_entry("details", &self.details)?;
        }
        if let Some(inner) = &self.inner_error {
            map.serialize_entry("innerError", inner)?;
        }
        write_additional(&mut map, &self.additional_data)?;
        map.end()
    }
}

impl Serialize for ErrorDetail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        write_code_message_target(&mut map, &self.code, &self.message, self.target.as_ref())?;
        write_additional(&mut map, &self.additional_data)?;
        map.end()
    }
}

impl Serialize for InnerError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let named = [
            ("request-id", &self.request_id),
            ("client-request-id", &self.client_request_id),
            ("date", &self.date),
        ];
        for (name, value) in named {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        write_additional(&mut map, &self.additional_data)?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for ODataError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(ObjectVisitor(Kind::Error))
            .map(|o| o.error)
    }
}

impl<'de> Deserialize<'de> for ErrorDetail {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let o = deserializer.deserialize_map(ObjectVisitor(Kind::Detail))?;
        Ok(ErrorDetail {
            code: o.error.code,
            message: o.error.message,
            target: o.error.target,
            additional_data: o.error.additional_data,
        })
    }
}

impl<'de> Deserialize<'de> for InnerError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(InnerVisitor)
    }
}

/// Which object [`ObjectVisitor`] reads: they share `code`, `message` and `target`.
#[derive(Clone, Copy)]
enum Kind {
    Body,
    Error,
    Detail,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Body => "an OData error body",
            Kind::Error => "an OData error",
            Kind::Detail => "an OData error detail",
        }
    }
}

/// The result of [`ObjectVisitor`]; for `Kind::Body`, `error` is the object under `"error"`.
struct Object {
    error: ODataError,
}

impl<'de> Deserialize<'de> for Object {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ObjectVisitor(Kind::Error))
    }
}

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = Object;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Kind::Body => {
                f.write_str("an OData error body, {\"error\": {\"code\", \"message\", ...}}")
            }
            kind => write!(
                f,
                "{} (a JSON object with `code` and `message`)",
                kind.name()
            ),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Object, A::Error> {
        let kind = self.0;
        if let Kind::Body = kind {
            let mut error = None;
            while let Some(name) = map.next_key::<String>()? {
                if name == "error" {
                    once(error.is_some(), kind, "error")?;
                    error = Some(map.next_value::<Object>()?.error);
                } else {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
            return match error {
                Some(error) => Ok(Object { error }),
                None => Err(missing(kind, "error")),
            };
        }
        let (mut code, mut message, mut target) = (None, None, None);
        let (mut details, mut inner) = (None, None);
        let mut additional_data = AdditionalData::new();
        while let Some(name) = map.next_key::<String>()? {
            match (name.as_str(), kind) {
                ("code", _) => {
                    once(code.is_some(), kind, "code")?;
                    code = Some(map.next_value::<String>()?);
                }
                ("message", _) => {
                    once(message.is_some(), kind, "message")?;
                    message = Some(map.next_value::<String>()?);
                }
                ("target", _) => {
                    once(target.is_some(), kind, "target")?;
                    target = Some(map.next_value::<Option<String>>()?);
                }
                ("details", Kind::Error) => {
                    once(details.is_some(), kind, "details")?;
                    details = Some(map.next_value::<Option<Vec<ErrorDetail>>>()?);
                }
                ("innerError" | "innererror", Kind::Error) => {
                    once(inner.is_some(), kind, "innerError")?;
                    inner = Some(map.next_value::<Option<InnerError>>()?);
                }
                _ => {
                    once(additional_data.contains_key(&name), kind, &name)?;
                    additional_data.insert(name, map.next_value()?);
                }
            }
        }
        Ok(Object {
            error: ODataError {
                code: code.ok_or_else(|| missing(kind, "code"))?,
                message: message.ok_or_else(|| missing(kind, "message"))?,
                target: target.flatten(),
                details: details.flatten().unwrap_or_default(),
                inner_error: inner.flatten(),
                additional_data,
            },
        })
    }
}

struct ObjectVisitor(Kind);

struct InnerVisitor;

impl<'de> Visitor<'de> for InnerVisitor {
    type Value = InnerError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `innerError` object of an OData error")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InnerError, A::Error> {
        let mut inner = InnerError::default();
        while let Some(name) = map.next_key::<String>()? {
            let slot = match name.as_str() {
                "request-id" => &mut inner.request_id,
                "client-request-id" => &mut inner.client_request_id,
                "date" => &mut inner.date,
                _ => {
                    inner_once(inner.additional_data.contains_key(&name), &name)?;
                    let value = map.next_value()?;
                    inner.additional_data.insert(name, value);
                    continue;
                }
            };
            inner_once(slot.is_some(), &name)?;
            *slot = map.next_value::<Option<String>>()?;
        }
        Ok(inner)
    }
}

fn inner_once<E: de::Error>(seen: bool, name: &str) -> Result<(), E> {
    if seen {
        Err(E::custom(format_args!(
            "duplicate member `{name}` in the `innerError` of an OData error"
        )))
    } else {
        Ok(())
    }
}

fn once<E: de::Error>(seen: bool, kind: Kind, name: &str) -> Result<(), E> {
    if seen {
        Err(E::custom(format_args!(
            "duplicate member `{name}` in {}",
            kind.name()
        )))
    } else {
        Ok(())
    }
}

fn missing<E: de::Error>(kind: Kind, name: &str) -> E {
    E::custom(format_args!("missing member `{name}` in {}", kind.name()))
}

#[cfg(test)]
mod tests;
