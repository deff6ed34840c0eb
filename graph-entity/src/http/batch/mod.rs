//! JSON batching: [`BatchRequest`] combines up to 20 requests into one `POST {base}/$batch`
//! ([`batch`]); [`BatchResponse`] reads the answer, and each [`BatchResponseItem`] reads like a
//! response of its own.
//!
//! `request.rs` builds and writes the request; `response.rs` reads the answer.

mod request;
mod response;

pub use self::request::{BatchError, BatchRequest, BatchRequestItem, batch};
pub use self::response::{BatchResponse, BatchResponseItem};

use std::collections::BTreeMap;

/// The value of header `name` in `headers`, ignoring ASCII case.
fn header<'a>(headers: &'a BTreeMap<String, String>, name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
