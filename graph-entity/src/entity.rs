//! The two traits every `#[derive(GraphEntity)]` implements.

use core::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// An OData entity (or complex) type modelled as a Rust struct.
///
/// Implemented by `#[derive(GraphEntity)]`; see the [crate docs](crate) for the attributes and
/// the wire rules. The derive also implements `Serialize` and `Deserialize` for the struct.
pub trait Entity: Sized {
    /// The qualified OData type name, without the leading `#`
    /// (e.g. `microsoft.graph.office365ServicesUserCounts`).
    const ODATA_TYPE: &'static str;

    /// The patch companion type, `{Name}Patch`.
    type Patch: Patch<Entity = Self>;

    /// Applies `patch`: every present property replaces this entity's value
    /// (for a nullable property, `Some(None)` clears it). Absent properties are left alone.
    fn apply(&mut self, patch: Self::Patch);

    /// The minimal patch that turns `self` into `updated`: a property is present exactly where
    /// the two differ. Key and read-only properties are not patchable and are ignored, so
    /// `old.apply(old.diff(&new))` equals `new` whenever both agree on those.
    fn diff(&self, updated: &Self) -> Self::Patch;

    /// The entity's `@odata.etag`, when the type keeps it (`#[graph(etag)]`).
    fn etag(&self) -> Option<&str> {
        None
    }

    /// A delta row's `"@removed"` annotation: `Some` when the item left the tracked set. The
    /// derive reads it from the type's `#[graph(additional_data)]` members (where it stays, and
    /// is written back); a type without them returns `None`.
    fn removed(&self) -> Option<crate::Removed> {
        None
    }
}

/// The body of an OData `PATCH` request for an [`Entity`]: one `Option` per patchable property.
///
/// `None` means "absent" (the property is not sent and not changed). For a nullable property
/// the field is an `Option<Option<T>>`, and `Some(None)` sends an explicit `null`, which clears
/// it. Serializing a patch writes `"@odata.type"` and then only the present properties.
pub trait Patch: Default + Clone + Debug + PartialEq + Serialize + DeserializeOwned {
    /// The entity this patch updates.
    type Entity: Entity<Patch = Self>;

    /// `true` when no property is present (the patch changes nothing).
    ///
    /// By default, when [`changed_properties`](Patch::changed_properties) names none: the
    /// derive writes its own only for an open type, whose dynamic properties are not named
    /// there (one body less per type to compile, BENCHMARKS.md).
    #[inline]
    fn is_empty(&self) -> bool {
        self.changed_properties().next().is_none()
    }

    /// Combines two patches, property by property: where `later` has a property it wins,
    /// elsewhere `self` is kept. Applying the merged patch equals applying `self` then `later`.
    /// `merge` is associative and the empty patch is its identity.
    fn merge(&mut self, later: Self);

    /// The wire names of the present properties, in declaration order.
    fn changed_properties(&self) -> impl Iterator<Item = &'static str>;
}
