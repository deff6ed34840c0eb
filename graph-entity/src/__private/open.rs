//! Dynamic properties of an open type's patch: the undeclared members that are properties, not
//! annotations. An instance annotation (`@odata.context`, `@microsoft.graph.downloadUrl`, a
//! delta's `@removed`) describes one response and is renewed by the service on every read: it
//! is never sent in a patch, and a change of it is no change of the entity.

use crate::AdditionalData;

/// `true` for a member an open type's patch carries: anything but an instance annotation
/// (a name starting with `@`), a navigation binding (`name@odata.bind`, checked against the
/// type's binds instead) or a delta's link changes (`members@delta`). Another property
/// annotation (`name@odata.type`) travels with its dynamic property.
#[inline]
pub fn is_dynamic_property(name: &str) -> bool {
    !name.starts_with('@') && !name.ends_with("@odata.bind") && !name.ends_with("@delta")
}

/// `diff` of an open type's dynamic properties: the JSON Merge Patch from `old` to `new`,
/// without instance annotations and without `navigation`, the navigation properties whose
/// fields are compiled out (`cfg_navigation`: an `$expand`ed value kept as read, no property).
pub fn dynamic_diff(
    old: &AdditionalData,
    new: &AdditionalData,
    navigation: &[&str],
) -> AdditionalData {
    let mut diff = old.merge_patch_diff(new);
    let annotations: Vec<String> = diff
        .keys()
        .filter(|name| !is_dynamic_property(name) || navigation.contains(name))
        .map(str::to_owned)
        .collect();
    for name in annotations {
        diff.remove(&name);
    }
    diff
}
