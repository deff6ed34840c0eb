//! CSV reports: v1.0 usage reports read into (and written from) the same structs as JSON.
//!
//! Microsoft Graph v1.0 returns usage reports as CSV, with column titles such as
//! `Exchange Active` where the JSON form has `exchangeActive`. A field's title is given by
//! `#[graph(csv = "Column Title")]`; a field without one uses its wire name. The derive
//! implements [`Columns`] for every entity.
//!
//! With the default-on cargo feature `csv`, [`read`](fn@read) reads a report row by row into
//! entities and [`write`](fn@write) writes entities as a report under their column titles;
//! both use the [`csv`](https://docs.rs/csv) crate for the CSV syntax. A row is read by the
//! entity's own `Deserialize` (every [wire rule](crate#wire-rules) and error message holds),
//! and written by its own `Serialize`. Unlike a JSON string, a cell also reads as a `bool`
//! (`True`/`False`, `true`/`false`, `TRUE`/`FALSE`) and as an `f64`/`f32` (a decimal number,
//! or `NaN`, `INF`, `-INF`).
//!
//! ```
//! use graph_entity::GraphEntity;
//!
//! /// One row of a (made-up) sign-in report.
//! #[derive(Debug, Clone, PartialEq, GraphEntity)]
//! #[graph(odata_type = "example.signInCount")]
//! pub struct SignInCount {
//!     #[graph(csv = "User Principal Name")]
//!     pub user_principal_name: String,
//!     #[graph(csv = "Sign-in Count")]
//!     pub sign_in_count: Option<i64>,
//! }
//!
//! # #[cfg(feature = "csv")] {
//! let report = "Sign-in Count,User Principal Name,Department\n\
//!               12,adele@contoso.com,Sales\n\
//!               ,megan@contoso.com,Sales\n";
//! let rows = graph_entity::csv::read::<SignInCount, _>(report.as_bytes())
//!     .collect::<Result<Vec<_>, _>>()?;
//! assert_eq!(rows[0].sign_in_count, Some(12));
//! assert_eq!(rows[1].sign_in_count, None); // empty cell
//!
//! let mut out = Vec::new();
//! graph_entity::csv::write(&mut out, &rows)?;
//! assert_eq!(
//!     String::from_utf8(out)?,
//!     "User Principal Name,Sign-in Count\nadele@contoso.com,12\nmegan@contoso.com,\n"
//! );
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[cfg(feature = "csv")]
mod error;
#[cfg(feature = "csv")]
mod read;
#[cfg(feature = "csv")]
mod row;
#[cfg(feature = "csv")]
mod write;

#[cfg(feature = "csv")]
pub use self::error::Error;
#[cfg(feature = "csv")]
pub use self::read::{Reader, read};
#[cfg(feature = "csv")]
pub use self::write::write;

/// One CSV column of an entity: its title in the report and the property it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column title in the CSV header, e.g. `Exchange Active`.
    pub title: &'static str,
    /// The property's wire name, e.g. `exchangeActive`.
    pub property: &'static str,
}

/// The CSV columns of an entity, one per property on the wire, in declaration order.
/// Implemented by `#[derive(GraphEntity)]`.
pub trait Columns {
    /// The columns, in declaration order.
    const COLUMNS: &'static [Column];
}
