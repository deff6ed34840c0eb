//! Delta queries: the `"@removed"` annotation of a row that left the result set.

use serde_json::Value;

use crate::AdditionalData;

/// A delta row's `"@removed"` annotation: the item left the tracked set
/// (`{"id": "...", "@removed": {"reason": "deleted"}}`).
///
/// Read by [`Entity::removed`](crate::Entity::removed) from the row's kept members: the
/// annotation stays in `additional_data` and is written back with the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// Why the item left: `reason` of the annotation.
    pub reason: RemovedReason,
}

/// Why a delta row was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemovedReason {
    /// `"changed"`: the item still exists but no longer matches (moved, lost membership); it
    /// may be read again.
    Changed,
    /// `"deleted"`: the item was deleted (permanently, or into a recycle bin).
    Deleted,
    /// Any other reason, kept as sent; an annotation without a string `reason` (or not an
    /// object) is kept here as its JSON text, so a removal is never mistaken for a change.
    Other(String),
}

impl Removed {
    /// The annotation's value, read leniently: `changed` and `deleted` in any ASCII case,
    /// anything else as [`RemovedReason::Other`].
    pub fn from_annotation(value: &Value) -> Removed {
        let reason = match value.get("reason").and_then(Value::as_str) {
            Some(r) if r.eq_ignore_ascii_case("changed") => RemovedReason::Changed,
            Some(r) if r.eq_ignore_ascii_case("deleted") => RemovedReason::Deleted,
            Some(r) => RemovedReason::Other(r.to_owned()),
            None => RemovedReason::Other(value.to_string()),
        };
        Removed { reason }
    }

    /// The `"@removed"` member of `data`, if any.
    pub fn from_additional_data(data: &AdditionalData) -> Option<Removed> {
        data.get("@removed").map(Removed::from_annotation)
    }
}
