//! `apply`, `diff` and `merge` of `#[graph(nested)]` properties, one function per shape of
//! property: a non-nullable value `T` and a nullable one `Option<T>` (`Box<T>` is a `T`:
//! [`Nested`] is implemented for it). Collections are replaced whole and need none of this.

use crate::{Nested, NestedCreate};

/// `apply` of a nullable nested property: `None` in the patch clears it, a patch onto `None`
/// creates the value ([`NestedCreate`]: for a struct, from `T::default()`).
#[inline]
pub fn apply_nullable<T: NestedCreate>(slot: &mut Option<T>, patch: Option<T::Patch>) {
    match (slot.as_mut(), patch) {
        (_, None) => *slot = None,
        (Some(value), Some(patch)) => value.apply_patch(patch),
        (None, Some(patch)) => *slot = Some(T::create(patch)),
    }
}

/// `diff` of a non-nullable nested property.
#[inline]
pub fn diff<T: Nested>(old: &T, new: &T) -> Option<T::Patch> {
    old.diff_patch(new)
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

/// `full_patch` of a nullable nested property.
#[inline]
pub fn full_nullable<T: Nested>(value: &Option<T>) -> Option<T::Patch> {
    value.as_ref().map(T::full_patch)
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

/// `diff` of a property replaced whole: the new value where it differs (`ne`, the comparison
/// made in place).
#[inline]
pub fn changed<T: Clone>(ne: bool, new: &T) -> Option<T> {
    if ne { Some(new.clone()) } else { None }
}
