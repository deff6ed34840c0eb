//! [`RequestBuilder`]: `PATCH`, `POST` and `GET` requests as `http::Request<Vec<u8>>`.

use http::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderName, IF_MATCH, IF_NONE_MATCH};
use http::{Method, Request};
use serde::Serialize;

use super::error::Error;
use crate::{ActionBody, Entity, Patch};

/// The `Prefer` header (RFC 7240), which the `http` crate has no constant for.
pub(crate) const PREFER: HeaderName = HeaderName::from_static("prefer");

/// The media type of every body this module writes.
const JSON: &str = "application/json";

/// A request being built: start with [`patch`], [`post`], [`action`], [`get`] or
/// [`batch`](super::batch()), add preconditions and preferences, then [`build`](Self::build) an
/// `http::Request<Vec<u8>>`.
///
/// Every request carries `Accept: application/json`; one with a body also carries
/// `Content-Type: application/json` and `Content-Length`. Add `Authorization` and other
/// headers on the built request (`request.headers_mut()`).
#[derive(Debug, Clone)]
#[must_use = "a RequestBuilder does nothing until `build` is called"]
pub struct RequestBuilder {
    method: Method,
    uri: String,
    body: Option<Result<Vec<u8>, String>>,
    if_match: Option<String>,
    if_none_match: Option<String>,
    return_representation: bool,
}

/// A `PATCH` request that sends `patch` (only its present properties) to `uri`.
///
/// ```
/// use graph_entity::http;
/// use graph_entity::models::Office365ServicesUserCountsPatch;
///
/// let patch = Office365ServicesUserCountsPatch { exchange_active: Some(Some(14)), ..Default::default() };
/// let request = http::patch("http://127.0.0.1:8080/beta/reports/office365ServicesUserCounts/1", &patch)
///     .if_match(r#"W/"3""#)
///     .return_representation()
///     .build()?;
/// assert_eq!(request.method(), "PATCH");
/// assert_eq!(request.headers()["content-type"], "application/json");
/// assert_eq!(request.headers()["content-length"], "82");
/// assert_eq!(request.headers()["if-match"], r#"W/"3""#);
/// assert_eq!(request.headers()["prefer"], "return=representation");
/// assert_eq!(
///     String::from_utf8_lossy(request.body()),
///     r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","exchangeActive":14}"##
/// );
/// # Ok::<(), graph_entity::http::Error>(())
/// ```
pub fn patch<P: Patch>(uri: impl Into<String>, patch: &P) -> RequestBuilder {
    RequestBuilder::new(Method::PATCH, uri.into(), Some(to_body(patch)))
}

/// A `POST` request that creates `entity` in the collection at `uri`.
pub fn post<E: Entity + Serialize>(uri: impl Into<String>, entity: &E) -> RequestBuilder {
    RequestBuilder::new(Method::POST, uri.into(), Some(to_body(entity)))
}

/// A `POST` request that calls the action at `uri` (`.../me/sendMail`) with its parameters,
/// `body` (an [`ActionBody`]: no `@odata.type`, no `None` parameters).
///
/// ```
/// use graph_entity::{GraphEntity, http};
///
/// #[derive(Debug, Default, GraphEntity)]
/// #[graph(action = "microsoft.graph.getByIds")]
/// pub struct GetByIdsBody {
///     pub ids: Option<Vec<String>>,
///     pub types: Option<Vec<String>>,
/// }
///
/// let body = GetByIdsBody { ids: Some(vec!["84b80893".into()]), ..Default::default() };
/// let request = http::action("http://127.0.0.1:8080/v1.0/directoryObjects/getByIds", &body).build()?;
/// assert_eq!(request.method(), "POST");
/// assert_eq!(request.headers()["content-type"], "application/json");
/// assert_eq!(String::from_utf8_lossy(request.body()), r#"{"ids":["84b80893"]}"#);
/// # Ok::<(), graph_entity::http::Error>(())
/// ```
pub fn action<B: ActionBody>(uri: impl Into<String>, body: &B) -> RequestBuilder {
    RequestBuilder::new(Method::POST, uri.into(), Some(to_body(body)))
}

/// A `GET` request for `uri` (an entity, a collection, a report function).
///
/// ```
/// let request = graph_entity::http::get("http://127.0.0.1:8080/beta/me").if_none_match(r#"W/"7""#).build()?;
/// assert_eq!(request.method(), "GET");
/// assert_eq!(request.headers()["if-none-match"], r#"W/"7""#);
/// assert!(request.body().is_empty());
/// # Ok::<(), graph_entity::http::Error>(())
/// ```
pub fn get(uri: impl Into<String>) -> RequestBuilder {
    RequestBuilder::new(Method::GET, uri.into(), None)
}

pub(super) fn to_body<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    serde_json::to_vec(value).map_err(|e| format!("the body could not be serialized: {e}"))
}

impl RequestBuilder {
    pub(super) fn new(method: Method, uri: String, body: Option<Result<Vec<u8>, String>>) -> Self {
        RequestBuilder {
            method,
            uri,
            body,
            if_match: None,
            if_none_match: None,
            return_representation: false,
        }
    }

    /// `If-Match: <etag>`: the service applies the change only if the entity's ETag still
    /// matches, and answers `412 Precondition Failed` otherwise. Pass the ETag as received
    /// (`W/"..."` included).
    pub fn if_match(mut self, etag: impl Into<String>) -> Self {
        self.if_match = Some(etag.into());
        self
    }

    /// `If-Match` with the entity's own ETag ([`Entity::etag`]); no header when it keeps
    /// none (the type has no `#[graph(etag)]` field, or the service sent none).
    pub fn if_match_entity<E: Entity>(mut self, entity: &E) -> Self {
        self.if_match = entity.etag().map(str::to_owned);
        self
    }

    /// `If-None-Match: <etag>`: for a `GET`, the service answers `304 Not Modified` while
    /// the entity's ETag still matches.
    pub fn if_none_match(mut self, etag: impl Into<String>) -> Self {
        self.if_none_match = Some(etag.into());
        self
    }

    /// `Prefer: return=representation`: the service answers a `PATCH` with `200 OK` and the
    /// updated entity instead of `204 No Content`.
    pub fn return_representation(mut self) -> Self {
        self.return_representation = true;
        self
    }

    /// Builds the request.
    ///
    /// # Errors
    ///
    /// [`Error::Request`] when the URI or an ETag is not valid in a request, or the body
    /// could not be serialized.
    pub fn build(self) -> Result<Request<Vec<u8>>, Error> {
        let mut builder = Request::builder()
            .method(self.method)
            .uri(self.uri)
            .header(ACCEPT, JSON);
        if let Some(etag) = self.if_match {
            builder = builder.header(IF_MATCH, etag);
        }
        if let Some(etag) = self.if_none_match {
            builder = builder.header(IF_NONE_MATCH, etag);
        }
        if self.return_representation {
            builder = builder.header(PREFER, "return=representation");
        }
        let body = match self.body {
            Some(body) => {
                let body = body.map_err(Error::request)?;
                builder = builder
                    .header(CONTENT_TYPE, JSON)
                    .header(CONTENT_LENGTH, body.len());
                body
            }
            None => Vec::new(),
        };
        Ok(builder.body(body)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::Office365ServicesUserCounts;

    #[test]
    fn if_match_entity_sends_no_header_for_an_entity_without_an_etag() {
        let counts = Office365ServicesUserCounts::default();
        let request = get("http://127.0.0.1:1/x")
            .if_match("W/\"1\"")
            .if_match_entity(&counts)
            .build()
            .expect("a request");
        assert_eq!(request.headers().get(IF_MATCH), None);
        assert_eq!(request.headers()[ACCEPT], "application/json");
        assert_eq!(request.headers().get(CONTENT_TYPE), None);
    }

    #[test]
    fn an_invalid_uri_or_etag_is_a_request_error() {
        let err = get("http://exa mple/").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "the request could not be built: invalid uri character"
        );
        let err = get("http://example/").if_match("a\nb").build().unwrap_err();
        assert_eq!(
            err.to_string(),
            "the request could not be built: failed to parse header value"
        );
    }
}
