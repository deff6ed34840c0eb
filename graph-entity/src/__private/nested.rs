//! `apply`, `diff` and `merge` of `#[graph(nested)]` properties, one function per shape of
//! property: a non-nullable value `T` and a nullable one `Option<T>` (`Box<T>` is a `T`:
//! [`Nested`] is implemented for it). Collections are replaced whole and need none of this.

use crate::{Nested, NestedCreate};

// `apply` comes in two forms (the derive's `expand/merge.rs`, `in_place`). An entity type's
// `Entity::apply` owns its patch and moves each value out of it (`if let Some(value) =
// patch.field`): LLVM then skips an absent field with one compare. A complex type's
// `Nested::__apply_slot` takes each value out of the borrowed patch (`take`, ...) and then
// forgets the emptied patch (dropping it would test every field again; the generated code takes
// every value, so nothing is leaked). Either way a nested patch is not moved (that copies all of
// it, nested patches included, at every level): it is applied where it lies.

/// `Entity::apply` of a complex type, whose derive applies in place (`Nested::__apply_slot`).
#[inline]
pub fn apply_owned<T: Nested>(value: &mut T, patch: T::Patch) {
    value.__apply_slot(&mut Some(patch));
}

/// `apply` of a property replaced whole, taken out of a borrowed patch.
#[inline]
pub fn take<T>(slot: &mut T, patch: &mut Option<T>) {
    // Tested before `take`, which stores `None` whether or not a value is there.
    if patch.is_some() {
        if let Some(value) = patch.take() {
            *slot = value;
        }
    }
}

/// `apply` of a navigation property, taken out of a borrowed patch.
#[inline]
pub fn take_navigation<T>(slot: &mut Option<T>, patch: &mut Option<T>) {
    if patch.is_some() {
        *slot = patch.take();
    }
}

/// `apply` of a bind (`owners@odata.bind`) in a borrowed patch: it changes no value of this
/// entity; the links are dropped.
#[inline]
pub fn take_bind<T>(patch: &mut Option<T>) {
    if patch.is_some() {
        *patch = None;
    }
}

/// The end of a derived `Nested::__apply_slot`: every value has been taken out of the patch in
/// `slot`, which is forgotten rather than dropped.
#[inline]
pub fn forget_applied<P>(slot: &mut Option<P>) {
    core::mem::forget(slot.take());
}

/// `apply` of a nullable nested property: `null` in the patch clears it, a patch onto `None`
/// creates the value ([`NestedCreate`]: for a struct, from `T::default()`). The test for an
/// absent patch stays in the caller, the rest may not be inlined.
#[allow(
    clippy::inline_always,
    reason = "the test for an absent patch belongs in the caller's `apply` (BENCHMARKS.md)"
)]
#[inline(always)]
pub fn apply_nullable<T: NestedCreate>(slot: &mut Option<T>, patch: &mut Option<Option<T::Patch>>) {
    if let Some(inner) = patch {
        apply_present_nullable(slot, inner);
        // What is left (`None`) has nothing to drop: the owned patch's drop can skip it.
        core::mem::forget(patch.take());
    }
}

#[inline]
fn apply_present_nullable<T: NestedCreate>(slot: &mut Option<T>, patch: &mut Option<T::Patch>) {
    match (slot.as_mut(), patch.is_some()) {
        (_, false) => *slot = None,
        (Some(value), true) => value.__apply_slot(patch),
        (None, true) => *slot = patch.take().map(T::create),
    }
}

/// `diff` of a nullable nested property: `Some(None)` clears; a value where there was none is
/// the patch that creates it (for a struct, the patch from `T::default()`, since applying it
/// starts from the default).
#[inline]
pub fn diff_nullable<T: NestedCreate>(
    old: &Option<T>,
    new: &Option<T>,
) -> Option<Option<T::Patch>> {
    match (old, new) {
        (None, None) => None,
        (Some(_), None) => Some(None),
        (Some(old), Some(new)) => old.diff_patch(new).map(Some),
        (None, Some(new)) => Some(Some(T::creating_patch(new))),
    }
}

/// `merge` of a non-nullable nested property's patches.
#[inline]
pub fn merge<T: Nested>(patch: &mut Option<T::Patch>, later: Option<T::Patch>) {
    match (patch.as_mut(), later) {
        (_, None) => {}
        (Some(earlier), Some(later)) => T::merge_patch(earlier, later),
        (None, later) => *patch = later,
    }
}

/// `merge` of a nullable nested property's patches. Clearing then patching cannot be one
/// recursive patch (it would patch the current value instead of the default), so it becomes the
/// full patch of the value that sequence creates.
#[inline]
pub fn merge_nullable<T: NestedCreate>(
    patch: &mut Option<Option<T::Patch>>,
    later: Option<Option<T::Patch>>,
) {
    match (patch.as_mut(), later) {
        (_, None) => {}
        (Some(Some(earlier)), Some(Some(later))) => T::merge_patch(earlier, later),
        (Some(None), Some(Some(later))) => {
            *patch = Some(Some(T::create(later).full_patch()));
        }
        (_, later) => *patch = later,
    }
}

/// `merge` of a collection bind (`owners@odata.bind`): the later patch's links are added after
/// the earlier one's, so applying the merged patch links what both did.
#[inline]
pub fn merge_binds(binds: &mut Option<Vec<String>>, later: Option<Vec<String>>) {
    match (binds, later) {
        (Some(earlier), Some(later)) => earlier.extend(later),
        (slot @ None, later @ Some(_)) => *slot = later,
        (_, None) => {}
    }
}

/// `merge` of a property replaced whole: a later value, if any, replaces the earlier one.
#[inline]
pub fn replace_some<T>(slot: &mut Option<T>, later: Option<T>) {
    if later.is_some() {
        *slot = later;
    }
}
