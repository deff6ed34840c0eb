//! Complex values inside an entity: the [`Nested`] trait behind `#[graph(nested)]`.

use core::fmt::Debug;

use serde::Serialize;
use serde::de::{DeserializeOwned, MapAccess};

use crate::__private::read_nested;
use crate::Members;
use crate::OmitODataType;

/// A value that a `#[graph(nested)]` property holds, patched property by property: OData
/// patches complex values recursively, so a patch of `{"location": {"displayName": "Room 1"}}`
/// changes the display name and leaves the location's other properties alone.
///
/// `#[derive(GraphEntity)]` implements it for every struct (its [`Patch`](Nested::Patch) is
/// the struct's `{Name}Patch`); `Box<T>` implements it when `T` does, so recursive types work.
/// A nested patch applied to a `None` value applies to `T::default()`, which is why a nullable
/// nested property (`Option<T>`) needs `T: Default` (see [`NestedCreate`]).
///
/// A nested value is written as its [`Members`] (without `"@odata.type"`: its type is the
/// declared one) and read as an object (`DeserializeOwned`), which the supertraits say. The
/// derive reads, writes and patches a nested value only through this trait's path, at the
/// property's type: a type that is no `Nested` is one compile error there, not one per use.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the value of a `#[graph(nested)]` property",
    label = "this type does not derive `GraphEntity`",
    note = "derive `GraphEntity` for `{Self}` (a complex or entity type), or remove `#[graph(nested)]` to replace the value whole"
)]
// The hidden readers are `#[inline(always)]`, as `read_nested` under them (its module says why).
#[allow(clippy::inline_always)]
pub trait Nested: Members + DeserializeOwned {
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

    // What the derive's code does with a nested value, one shape of property each, named
    // through this trait so that a type that is no `Nested` is one error (not a public API).

    #[doc(hidden)]
    #[inline]
    fn __write(value: &Self) -> OmitODataType<'_, Self> {
        OmitODataType(value)
    }

    #[doc(hidden)]
    #[inline]
    fn __write_option(value: &Option<Self>) -> Option<OmitODataType<'_, Self>> {
        value.as_ref().map(OmitODataType)
    }

    #[doc(hidden)]
    #[inline]
    fn __write_seq(value: &[Self]) -> OmitODataType<'_, [Self]> {
        OmitODataType(value)
    }

    #[doc(hidden)]
    #[inline]
    fn __write_seq_option(value: &Option<Vec<Self>>) -> Option<OmitODataType<'_, [Self]>> {
        value.as_deref().map(OmitODataType)
    }

    #[doc(hidden)]
    #[inline(always)]
    fn __read<'de, A: MapAccess<'de>>(
        map: &mut A,
        slot: &mut Option<Self>,
        odata_type: &'static str,
        property: &'static str,
    ) -> Result<(), A::Error> {
        read_nested(map, slot, odata_type, property)
    }

    #[doc(hidden)]
    #[inline(always)]
    fn __read_option<'de, A: MapAccess<'de>>(
        map: &mut A,
        slot: &mut Option<Option<Self>>,
        odata_type: &'static str,
        property: &'static str,
    ) -> Result<(), A::Error> {
        read_nested(map, slot, odata_type, property)
    }

    #[doc(hidden)]
    #[inline(always)]
    fn __read_seq<'de, A: MapAccess<'de>>(
        map: &mut A,
        slot: &mut Option<Vec<Self>>,
        odata_type: &'static str,
        property: &'static str,
    ) -> Result<(), A::Error> {
        read_nested(map, slot, odata_type, property)
    }

    #[doc(hidden)]
    #[inline(always)]
    fn __read_seq_option<'de, A: MapAccess<'de>>(
        map: &mut A,
        slot: &mut Option<Option<Vec<Self>>>,
        odata_type: &'static str,
        property: &'static str,
    ) -> Result<(), A::Error> {
        read_nested(map, slot, odata_type, property)
    }

    #[doc(hidden)]
    #[inline]
    fn __diff(old: &Self, new: &Self) -> Option<Self::Patch> {
        old.diff_patch(new)
    }

    #[doc(hidden)]
    #[inline]
    fn __merge(patch: &mut Option<Self::Patch>, later: Option<Self::Patch>) {
        crate::__private::merge::<Self>(patch, later);
    }

    #[doc(hidden)]
    #[inline]
    fn __full_option(value: &Option<Self>) -> Option<Self::Patch> {
        value.as_ref().map(Self::full_patch)
    }
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
// `__apply_option` is `#[inline(always)]`, as `apply_nullable` under it (BENCHMARKS.md).
#[allow(clippy::inline_always)]
pub trait NestedCreate: Nested {
    /// The value `patch` creates where there was none.
    fn create(patch: Self::Patch) -> Self;

    /// The patch that creates `value` where there was none (the minimal one).
    fn creating_patch(value: &Self) -> Self::Patch;

    // The derive's `apply`, `diff` and `merge` of a nullable nested property, named through
    // this trait so that a type without `Default` is one error (not a public API).

    #[doc(hidden)]
    #[inline(always)]
    fn __apply_option(slot: &mut Option<Self>, patch: &mut Option<Option<Self::Patch>>) {
        crate::__private::apply_nullable(slot, patch);
    }

    #[doc(hidden)]
    #[inline]
    fn __diff_option(old: &Option<Self>, new: &Option<Self>) -> Option<Option<Self::Patch>> {
        crate::__private::diff_nullable(old, new)
    }

    #[doc(hidden)]
    #[inline]
    fn __merge_option(patch: &mut Option<Option<Self::Patch>>, later: Option<Option<Self::Patch>>) {
        crate::__private::merge_nullable::<Self>(patch, later);
    }
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
