//! Complex values inside an entity: the [`Nested`] trait behind `#[graph(nested)]`.

use core::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A value that a `#[graph(nested)]` property holds, patched property by property: OData
/// patches complex values recursively, so a patch of `{"location": {"displayName": "Room 1"}}`
/// changes the display name and leaves the location's other properties alone.
///
/// `#[derive(GraphEntity)]` implements it for every struct (its [`Patch`](Nested::Patch) is
/// the struct's `{Name}Patch`); `Box<T>` implements it when `T` does, so recursive types work.
/// A nested patch applied to a `None` value applies to `T::default()`, which is why a nullable
/// nested property (`Option<T>`) needs `T: Default` (see [`NestedCreate`]).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the value of a `#[graph(nested)]` property",
    label = "this type does not derive `GraphEntity`",
    note = "derive `GraphEntity` for `{Self}` (a complex or entity type), or remove `#[graph(nested)]` to replace the value whole"
)]
pub trait Nested {
    /// The patch of one value: which of its properties change.
    type Patch: Clone + Debug + PartialEq + Serialize + DeserializeOwned;

    /// Applies `patch` property by property (recursively for nested properties).
    fn apply_patch(&mut self, patch: Self::Patch);

    /// [`apply_patch`](Self::apply_patch) of the patch in `slot`, if any, leaving `slot`
    /// `None`. The derive implements it to apply the patch where it lies: a nested patch is
    /// stored inline in its parent's, and moving it into `apply_patch` copies all of it, at
    /// every level (BENCHMARKS.md, "Nested entity"). Not public API.
    #[doc(hidden)]
    #[inline]
    fn __apply_slot(&mut self, slot: &mut Option<Self::Patch>) {
        if let Some(patch) = slot.take() {
            self.apply_patch(patch);
        }
    }

    /// The minimal patch from `self` to `updated`, or `None` when they are equal (up to the
    /// properties a patch cannot change: key, read-only, etag).
    fn diff_patch(&self, updated: &Self) -> Option<Self::Patch>;

    /// Composes two patches of this type: `later` wins where it is present, recursively.
    fn merge_patch(patch: &mut Self::Patch, later: Self::Patch);

    /// The patch that sets every patchable property to this value's: applied to any value, it
    /// gives this one (up to key, read-only and etag properties).
    fn full_patch(&self) -> Self::Patch;
}

impl<T: Nested> Nested for Box<T> {
    type Patch = Box<T::Patch>;

    #[inline]
    fn apply_patch(&mut self, patch: Self::Patch) {
        T::apply_patch(self, *patch);
    }

    #[inline]
    fn diff_patch(&self, updated: &Self) -> Option<Self::Patch> {
        T::diff_patch(self, updated).map(Box::new)
    }

    #[inline]
    fn merge_patch(patch: &mut Self::Patch, later: Self::Patch) {
        T::merge_patch(patch, *later);
    }

    #[inline]
    fn full_patch(&self) -> Self::Patch {
        Box::new(T::full_patch(self))
    }
}

/// A [`Nested`] value that a patch can create where there was none (`null`): what a nullable
/// nested property (`Option<T>`) needs.
///
/// Every [`Nested`] type with `Default` has it (`Box<T>` included): the new value is
/// `T::default()` with the patch applied. A polymorphic enum, replaced whole, implements it
/// itself (its patch is the new value), and so must not implement `Default`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` needs `Default` to be the value of a nullable `#[graph(nested)]` property",
    label = "a nested patch onto `null` starts from `{Self}::default()`",
    note = "derive or implement `Default` for `{Self}`"
)]
pub trait NestedCreate: Nested {
    /// The value `patch` creates where there was none.
    fn create(patch: Self::Patch) -> Self;

    /// The patch that creates `value` where there was none (the minimal one).
    fn creating_patch(value: &Self) -> Self::Patch;
}

impl<T: Nested + Default> NestedCreate for T
where
    T::Patch: Default,
{
    #[inline]
    fn create(patch: Self::Patch) -> Self {
        let mut value = T::default();
        value.apply_patch(patch);
        value
    }

    #[inline]
    fn creating_patch(value: &Self) -> Self::Patch {
        T::default().diff_patch(value).unwrap_or_default()
    }
}
