//! CSV reports: the column titles of an entity's properties.
//!
//! Microsoft Graph v1.0 returns usage reports as CSV, with column titles such as
//! `Exchange Active` where the JSON form has `exchangeActive`. A field's title is given by
//! `#[graph(csv = "Column Title")]`; a field without one uses its wire name. The derive
//! implements [`Columns`] for every entity.

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
