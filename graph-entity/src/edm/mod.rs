//! OData primitive types (`Edm.*`) that have no exact Rust standard type.

mod date;

pub use date::{Date, ParseDateError};
