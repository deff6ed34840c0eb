//! The OData request/response exchange as the `http` crate's types (cargo feature
//! `http`): no client and no async runtime, so it plugs into any HTTP client.
//!
//! - [`patch`], [`post`], [`get`] build an `http::Request<Vec<u8>>`: the JSON body with
//!   `Content-Type` and `Content-Length`, `If-Match` / `If-None-Match` from an ETag,
//!   `Prefer: return=representation`.
//! - [`read_response`] turns an `http::Response<B>` (any `B: AsRef<[u8]>`) into an
//!   [`Outcome`] (`200` with the entity, `204`, `304`, `412`) or an [`Error`]: every other
//!   status is a typed [`ODataError`] read from Graph's error body, with `Retry-After`; a body
//!   that is not the expected JSON names the status and quotes the start of the body.
//! - [`Page::next_request`](crate::Page::next_request) and [`pages`] follow `@odata.nextLink`.
//! - JSON batching (`$batch`): a [`BatchRequest`] of up to 20 [`BatchRequestItem`]s, checked
//!   as it is built, becomes one `POST {base}/$batch` with [`batch`]; the answer reads as a
//!   [`BatchResponse`], and each [`BatchResponseItem::read`] gives what [`read_response`]
//!   gives for a response of its own.
//! - After `412 Precondition Failed`, [`rebase`](crate::rebase) the patch on the entity as it
//!   is now and send it again.
//!
//! ```
//! use graph_entity::http::{self, Outcome};
//! use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
//!
//! let uri = "http://127.0.0.1:8080/beta/reports/office365ServicesUserCounts/1";
//! let patch = Office365ServicesUserCountsPatch { teams_active: Some(Some(11)), ..Default::default() };
//! let request = http::patch(uri, &patch).if_match(r#"W/"1""#).build()?;
//!
//! // ... send it with any client; here, the service's answer:
//! let response = ::http::Response::builder().status(412).body(Vec::new())?;
//! match http::read_response::<Office365ServicesUserCounts, _>(&response)? {
//!     Outcome::PreconditionFailed { .. } => { /* GET it again, rebase, send again */ }
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # With `reqwest`
//!
//! `reqwest` (0.12 and later) speaks the same `http` types: a built request converts with
//! `try_into`, and a response is rebuilt from its status, headers and bytes.
//! `examples/patch_over_http.rs` in the repository runs this against a local endpoint.
//!
//! ```ignore
//! let request: reqwest::Request = http::patch(uri, &patch).if_match(etag).build()?.try_into()?;
//! let answer = client.execute(request).await?;
//! let mut response = ::http::Response::new(Vec::new());
//! *response.status_mut() = answer.status();
//! *response.headers_mut() = answer.headers().clone();
//! *response.body_mut() = answer.bytes().await?.to_vec();
//! let outcome = http::read_response::<Office365ServicesUserCounts, _>(&response)?;
//! ```
//!
//! # With `ureq`
//!
//! `ureq` 3 sends an `http::Request` as it is; tell it not to turn error statuses into its own
//! errors, so that [`read_response`] reads Graph's error body.
//!
//! ```ignore
//! let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
//! let request = http::patch(uri, &patch).if_match(etag).build()?;
//! let (parts, mut body) = agent.run(request)?.into_parts();
//! let response = ::http::Response::from_parts(parts, body.read_to_vec()?);
//! let outcome = http::read_response::<Office365ServicesUserCounts, _>(&response)?;
//! ```
//!
//! Neither client is a dependency
//! of this crate, so these two blocks are not compiled here; the `reqwest` one is exercised by
//! the repository's tests and example.

mod batch;
mod error;
mod odata_error;
mod paging;
mod request;
mod response;

pub use self::batch::{
    BatchError, BatchRequest, BatchRequestItem, BatchResponse, BatchResponseItem, batch,
};
pub use self::error::{BodyError, Error, RequestError, RetryAfter, ServiceError};
pub use self::odata_error::{ErrorDetail, InnerError, ODataError};
pub use self::paging::{Pages, pages};
pub use self::request::{RequestBuilder, action, get, patch, post};
pub use self::response::{Outcome, read_response, service_error};
