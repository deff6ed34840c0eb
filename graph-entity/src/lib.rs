//! Microsoft Graph / OData entities as plain Rust structs.
//!
//! One `#[derive(GraphEntity)]` gives a struct:
//!
//! - its **OData JSON form** (`Serialize` and `Deserialize`), with `"@odata.type"` written first
//!   and checked when present, lenient where Microsoft services are (`Edm.Int64` as a string) and
//!   strict everywhere else, with errors that name the property and the type;
//! - a **patch companion type**, `{Name}Patch`, whose fields are `Option`s and which serializes
//!   to exactly the body of an OData `PATCH` request;
//! - the **merge logic** of [`Entity`] and [`Patch`]: `apply`, `merge`, `diff`.
//!
//! ```
//! use graph_entity::{Entity, GraphEntity, Patch};
//!
//! /// A to-do task (a small cut of `microsoft.graph.todoTask`).
//! #[derive(Debug, Clone, PartialEq, GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.todoTask")]
//! pub struct TodoTask {
//!     #[graph(key)]
//!     pub id: String,
//!     /// The task's title.
//!     pub title: String,
//!     /// Free text; `None` when the task has no body.
//!     pub body_preview: Option<String>,
//!     pub importance_level: Option<i64>,
//! }
//!
//! let mut task: TodoTask = serde_json::from_str(r#"{
//!     "@odata.etag": "W/\"xzyPKP0BiUGgld+lMKXwbQAAgdhkVw==\"",
//!     "id": "AAMkADg1...",
//!     "title": "Buy milk",
//!     "bodyPreview": "2 litres",
//!     "importanceLevel": "2"
//! }"#)?;
//! assert_eq!(task.importance_level, Some(2)); // Int64 sent as a string is read as a number
//!
//! // A patch: `None` = not sent; for a nullable property `Some(None)` = clear it (`null`).
//! let patch = TodoTaskPatch {
//!     title: Some("Buy oat milk".to_owned()),
//!     body_preview: Some(None),
//!     ..Default::default()
//! };
//! assert_eq!(
//!     serde_json::to_string(&patch)?,
//!     r##"{"@odata.type":"#microsoft.graph.todoTask","title":"Buy oat milk","bodyPreview":null}"##
//! );
//!
//! let before = task.clone();
//! task.apply(patch.clone());
//! assert_eq!(task.title, "Buy oat milk");
//! assert_eq!(task.body_preview, None);
//! assert_eq!(before.diff(&task), patch); // diff is the minimal patch between two versions
//! assert_eq!(patch.changed_properties().collect::<Vec<_>>(), ["title", "bodyPreview"]);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! The crate ships [`models::Office365ServicesUserCounts`]; other crates derive their own
//! entities. The code the derive generates needs no `serde` dependency in the user's crate.
//!
//! # The patch type
//!
//! For `struct Name`, the derive defines `{Name}Patch` next to it, with the same visibility and
//! generics, deriving `Clone`, `Debug`, `PartialEq` and implementing `Default` (every field
//! `None`), `Serialize`, `Deserialize` and [`Patch`]. It has one `pub` field per patchable field
//! of the entity, with the same name and doc comment:
//!
//! | entity field                | patch field               | `None`     | `Some(None)` | `Some(Some(v))` / `Some(v)` |
//! |-----------------------------|---------------------------|------------|--------------|-----------------------------|
//! | `T` (non-nullable)          | `Option<T>`               | not sent   | –            | set to `v`                  |
//! | `Option<T>` (nullable)      | `Option<Option<T>>`       | not sent   | `null`: clear| set to `v`                  |
//!
//! A field is nullable when its type is spelled `Option<...>` (also `std::option::Option` or
//! `core::option::Option`); a type alias of `Option` is not recognised and reads as
//! non-nullable. Fields marked `key` or `read_only` have no patch field, so code that tries to
//! patch them does not compile:
//!
//! ```compile_fail
//! use graph_entity::GraphEntity;
//!
//! #[derive(Debug, Clone, PartialEq, GraphEntity)]
//! #[graph(odata_type = "microsoft.graph.todoTask")]
//! pub struct TodoTask {
//!     #[graph(key)]
//!     pub id: String,
//!     pub title: String,
//! }
//!
//! let patch = TodoTaskPatch { id: Some("other".into()), ..Default::default() };
//! ```
//!
//! # Attributes
//!
//! On the struct:
//!
//! | attribute                          | meaning |
//! |------------------------------------|---------|
//! | `odata_type = "ns.Name"`           | Required. The qualified OData type name (no `#`). |
//! | `rename_all = "..."`               | How field names become wire names. Default `"camelCase"`; also `"PascalCase"`, `"snake_case"`, `"SCREAMING_SNAKE_CASE"`, `"kebab-case"`, `"SCREAMING-KEBAB-CASE"`, `"lowercase"`, `"UPPERCASE"` (serde's rules). |
//! | `crate = "path"`                   | Where the generated code finds this crate, for crates that re-export it (default `::graph_entity`). |
//! | `patch = "Name"`                   | The patch type's name (default `{Name}Patch`). |
//! | `patch_derive(Eq, Hash, ...)`      | Extra derives on the patch type. |
//!
//! On a field:
//!
//! | attribute            | meaning |
//! |----------------------|---------|
//! | `key`                | The entity's key. Read and written, never patched (no patch field), ignored by `diff`. At most one field. |
//! | `read_only`          | Computed by the service: read and written, never patched, ignored by `diff`. |
//! | `rename = "wire"`    | The property's wire name (non-empty, no `@`). |
//! | `skip`               | Not on the wire and not in the patch; reads as `Default::default()`. |
//! | `default`            | A missing non-nullable property reads as `Default::default()` instead of an error. |
//! | `csv = "Title"`      | The property's column title in CSV reports (default: the wire name). See [`csv`]. |
//! | `csv_skip`           | The property has no CSV column (it must be nullable or have `default`). |
//!
//! Every unknown, duplicate, misplaced or malformed attribute is a compile error at the offending
//! tokens, and all errors of one struct are reported in one compile.
//!
//! # Wire rules
//!
//! These follow OData JSON 4.0 as Microsoft Graph speaks it.
//!
//! **Writing.** Entity and patch both start with `"@odata.type": "#ns.Name"`, then properties
//! in declaration order under their wire names. An entity writes every property (`null` for
//! `None`); a patch writes only the present ones (`Some(None)` as `null`), and an empty patch
//! writes only the type annotation.
//!
//! **Reading** (entity and patch):
//!
//! - `@odata.type` may be absent; if present it must name this type, as `#ns.Name` or
//!   `ns.Name` (compared exactly, case included), and may appear once.
//! - Other control information and annotations (any member whose name contains `@`:
//!   `@odata.context`, `@odata.etag`, `prop@odata.type`, `@ns.term`) are ignored.
//! - Integer properties (`i64`, and `i32`, `u32`, ... at any depth, e.g. in `Vec<i64>`) accept a
//!   JSON number or a JSON string holding the number, as services send with
//!   `IEEE754Compatible=true`. The string must be an optional sign and ASCII digits, nothing
//!   else (no spaces, no `0x`). A number must be written as an integer: `-0` is read as 0, while
//!   a fraction or exponent (`1.5`, `5.0`, `1e3`) is refused, since the parser rounds such
//!   numbers to `f64` before they can be checked.
//!   Values out of the field type's range are errors.
//! - A property may appear once; `null` for a non-nullable property is an error.
//!
//! Entity only: unknown properties are ignored (services add properties all the time); a
//! missing nullable property reads as `None`; a missing non-nullable property is an error unless
//! the field has `default`.
//!
//! Patch only: an unknown property is an error (the service would answer 400 Bad Request), and
//! the message suggests the closest known name when one is close; naming a key or read-only
//! property is an error too.
//!
//! Errors name the wire property and the OData type, and serde_json adds the position:
//!
//! ```
//! use graph_entity::models::Office365ServicesUserCounts;
//!
//! let err = serde_json::from_str::<Office365ServicesUserCounts>(
//!     r#"{"reportRefreshDate": "2023-02-29"}"#,
//! )
//! .unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "invalid value for property `reportRefreshDate` of \
//!      microsoft.graph.office365ServicesUserCounts: expected an Edm.Date (YYYY-MM-DD), \
//!      found \"2023-02-29\" (2023-02 has no day 29) at line 1 column 34"
//! );
//! ```
//!
//! Errors the JSON parser itself raises (malformed JSON, a number beyond `f64` such as `1e400`)
//! are reported as serde_json words them, with their position.
//!
//! # Merge laws
//!
//! - `entity.apply(patch)`: each present property replaces the entity's value.
//! - `a.merge(b)`: property-wise, `b` wins where present; associative, with the empty patch
//!   (`Default::default()`) as identity; applying `a.merge(b)` equals applying `a` then `b`.
//! - `old.diff(&new)`: present exactly where the values differ, so
//!   `old.apply(old.diff(&new)) == new` whenever `old` and `new` agree on key and read-only
//!   fields.
//! - Applying a patch to the entity's JSON with RFC 7396 (JSON Merge Patch) gives the JSON of
//!   the patched entity (where RFC 7396 removes a member for `null`, the entity has `null`).
//!
//! # Reports
//!
//! Usage reports such as `getOffice365ServicesUserCounts` come in two forms, read into the
//! same structs.
//!
//! The beta endpoint answers with a JSON collection page, read by [`Page`]: the rows in
//! `value`, and the `@odata.nextLink`, `@odata.deltaLink`, `@odata.count` and
//! `@odata.context` control information.
//!
//! ```
//! use graph_entity::Page;
//! use graph_entity::models::Office365ServicesUserCounts;
//!
//! let page: Page<Office365ServicesUserCounts> = serde_json::from_str(r#"{
//!     "@odata.context": "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ServicesUserCounts)",
//!     "value": [{"reportRefreshDate": "2017-09-01", "exchangeActive": 2591, "reportPeriod": "7"}]
//! }"#)?;
//! assert_eq!(page.value[0].exchange_active, Some(2591));
//! assert_eq!(page.next_link, None); // the last page
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! The v1.0 endpoint answers with a CSV file. A field's column title is given by
//! `#[graph(csv = "Column Title")]` (its wire name without one); [`csv::read`] reads a report
//! row by row, matching the header's titles in any order, and
//! [`csv::write`](fn@csv::write) writes one back (cargo feature `csv`, on by default). An
//! empty cell and a missing column are `None`, and errors name the row, the column and the
//! value:
//!
//! ```
//! # #[cfg(feature = "csv")] {
//! use graph_entity::models::Office365ServicesUserCounts;
//!
//! let report = "Report Period,Exchange Active,Report Refresh Date\n\
//!               7,2591,2017-09-01\n\
//!               7,,2017-09-31\n";
//! let mut rows = graph_entity::csv::read::<Office365ServicesUserCounts, _>(report.as_bytes());
//! assert_eq!(rows.next().expect("row 1")?.exchange_active, Some(2591));
//! assert_eq!(
//!     rows.next().expect("row 2").unwrap_err().to_string(),
//!     "row 2 (line 3), column \"Report Refresh Date\": invalid value for property \
//!      `reportRefreshDate` of microsoft.graph.office365ServicesUserCounts: expected an \
//!      Edm.Date (YYYY-MM-DD), found \"2017-09-31\" (2017-09 has no day 31)"
//! );
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

extern crate self as graph_entity;

pub mod csv;
mod describe;
pub mod edm;
mod entity;
pub mod models;
mod page;

#[doc(hidden)]
pub mod __private;

pub use crate::entity::{Entity, Patch};
pub use crate::page::Page;

/// Derives the OData JSON form, the `{Name}Patch` type and [`Entity`]/[`Patch`]; see the
/// [crate docs](crate) for the attributes and the wire rules.
pub use graph_entity_derive::GraphEntity;

/// The README's examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "csv"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
