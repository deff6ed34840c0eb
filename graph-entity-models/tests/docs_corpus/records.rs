//! The corpus's v1.0 records and the bodies of each that are read, and as what: shared by
//! `docs_corpus` (read through `serde_json`, written back and compared with the body) and
//! `engines` (read and written through other serde JSON engines, compared with `serde_json`).

use serde_json::Value;

/// Every example of the Graph API reference, one JSON record a line.
const CORPUS: &str = include_str!("../fixtures/docs-examples.jsonl");

/// How a body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A `PATCH` request: the patch type.
    Patch,
    /// A `PUT`/`POST` request or a response: the type, or a page of it.
    Value,
}

/// The corpus's v1.0 records, in order.
pub fn v1_records() -> impl Iterator<Item = Value> {
    CORPUS
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("a corpus line is JSON"))
        .filter(|record| record["version"] == "v1.0")
}

/// The bodies of `record` that are read, and how: the request (a patch's for a `PATCH`), and
/// the response of a successful (2xx) call.
pub fn bodies(record: &Value) -> impl Iterator<Item = (&'static str, Kind)> {
    let kind = if record["method"] == "PATCH" {
        Kind::Patch
    } else {
        Kind::Value
    };
    let ok = record["status"]
        .as_u64()
        .is_some_and(|s| (200..300).contains(&s));
    [("request", kind)]
        .into_iter()
        .chain(ok.then_some(("response", Kind::Value)))
}

/// One body of a record: parsed, or the raw text and why it is not JSON.
pub fn body<'r>(record: &'r Value, which: &str) -> Option<Result<&'r Value, (String, String)>> {
    if let Some(value) = record.get(which).filter(|v| !v.is_null()) {
        return Some(Ok(value));
    }
    let raw = record.get(format!("{which}_raw")).and_then(Value::as_str)?;
    let reason = record
        .get(format!("{which}_invalid_reason"))
        .and_then(Value::as_str)
        .unwrap_or("not JSON");
    Some(Err((raw.to_owned(), reason.to_owned())))
}

/// The type a body is read as: its own `@odata.type` when `known` has a model of it, else the
/// record's resource type.
pub fn type_of(record: &Value, body: Option<&Value>, known: impl Fn(&str) -> bool) -> String {
    let own = body
        .and_then(|b| b.get("@odata.type"))
        .and_then(Value::as_str)
        .map(|t| t.trim_start_matches('#'))
        .filter(|t| known(t));
    own.or_else(|| record["resource"].as_str())
        .unwrap_or("(none)")
        .to_owned()
}

/// A `Kind::Value` body is read as a page when its `value` is an array.
pub fn is_page(text: &str) -> bool {
    serde_json::from_str::<Value>(text)
        .ok()
        .is_some_and(|v| v.get("value").is_some_and(Value::is_array))
}
