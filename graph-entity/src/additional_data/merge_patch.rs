//! RFC 7396 (JSON Merge Patch) on [`AdditionalData`]: the dynamic properties of open types.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::AdditionalData;

impl AdditionalData {
    /// Applies `patch` as an RFC 7396 merge patch, member by member: `null` removes the
    /// member; an object applied to an object merges into it, recursively by the same rules;
    /// any other value replaces the member (an object replacing a non-object loses its `null`
    /// members, as RFC 7396 says). New members go last, in the patch's order; the others keep
    /// their place.
    ///
    /// ```
    /// use graph_entity::AdditionalData;
    /// use serde_json::json;
    ///
    /// let mut data: AdditionalData = serde_json::from_value(
    ///     json!({"color": "red", "size": {"w": 1, "h": 2}, "tag": "x"}),
    /// )?;
    /// let patch: AdditionalData = serde_json::from_value(
    ///     json!({"size": {"h": null, "d": 3}, "tag": null, "new": true}),
    /// )?;
    /// data.apply_merge_patch(patch);
    /// assert_eq!(
    ///     serde_json::to_value(&data)?,
    ///     json!({"color": "red", "size": {"w": 1, "d": 3}, "new": true}),
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn apply_merge_patch(&mut self, patch: AdditionalData) {
        let mut removed = Vec::new();
        for (name, value) in patch.members {
            if value.is_null() {
                removed.push(name);
            } else {
                merge_value(self.members.entry(name).or_insert(Value::Null), value);
            }
        }
        // One pass for all removals: removing each in turn would cost one shift of the
        // members behind it per removal, quadratic for a hostile patch.
        match removed.as_slice() {
            [] => {}
            [name] => {
                self.members.shift_remove(name);
            }
            _ => {
                let removed: HashSet<String> = removed.into_iter().collect();
                self.members.retain(|name, _| !removed.contains(name));
            }
        }
    }

    /// The minimal merge patch that turns `self` into `updated`: each added or changed member
    /// with its new value, where both values are objects only the changed sub-members
    /// (recursively), and each removed member as `null`. Changed and added members come in
    /// `updated`'s order, then the removed ones in `self`'s order.
    ///
    /// `self.apply_merge_patch(self.merge_patch_diff(&updated))` gives `updated`, except where
    /// `updated` holds a `null` member of an object (at the top level or inside an object
    /// value, not inside an array) that `self` does not hold: a merge patch cannot set a member
    /// to `null` (RFC 7396 reads `null` as "remove"), so applying the diff removes it.
    ///
    /// ```
    /// use graph_entity::AdditionalData;
    /// use serde_json::json;
    ///
    /// let old: AdditionalData =
    ///     serde_json::from_value(json!({"a": 1, "b": {"x": 1, "y": 2}, "c": [1]}))?;
    /// let new: AdditionalData =
    ///     serde_json::from_value(json!({"a": 1, "b": {"x": 1, "y": 3}, "d": "new"}))?;
    /// let patch = old.merge_patch_diff(&new);
    /// assert_eq!(
    ///     serde_json::to_string(&patch)?,
    ///     r#"{"b":{"y":3},"d":"new","c":null}"#
    /// );
    /// let mut applied = old.clone();
    /// applied.apply_merge_patch(patch);
    /// assert_eq!(applied, new);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn merge_patch_diff(&self, updated: &Self) -> AdditionalData {
        let mut patch = AdditionalData::new();
        for (name, new) in &updated.members {
            if let Some(change) = diff_value(self.members.get(name), new) {
                patch.members.insert(name.clone(), change);
            }
        }
        for name in self.members.keys() {
            if !updated.members.contains_key(name) {
                patch.members.insert(name.clone(), Value::Null);
            }
        }
        patch
    }

    /// Composes two merge patches into one: applying the result is applying `self`, then
    /// `later`. Member by member, `later` wins, except that an object in `later` onto an
    /// object in `self` composes recursively, and `null` members of `later` are kept (they
    /// still remove).
    ///
    /// One case has no single merge patch: `self` sets a member to a non-object (`null`, a
    /// scalar, an array) and `later` sets it to an object, e.g. `{"a": null}` then
    /// `{"a": {"x": 1}}`. Applied in turn, the member ends up exactly that object without its
    /// `null` members (`{"x": 1}`), whatever it was before; a merge patch holding an object
    /// merges into the target's object instead of replacing it. The composed patch holds the
    /// object without its `null` members: applying it gives the same result as applying both
    /// in turn when the target's member is absent or not an object, and keeps the target
    /// object's other members when it is one.
    ///
    /// ```
    /// use graph_entity::AdditionalData;
    /// use serde_json::json;
    ///
    /// let mut first: AdditionalData =
    ///     serde_json::from_value(json!({"a": 1, "b": {"x": 1}, "c": null}))?;
    /// let later: AdditionalData =
    ///     serde_json::from_value(json!({"a": null, "b": {"y": null}, "c": {"z": 2, "w": null}}))?;
    /// first.compose_merge_patch(later);
    /// assert_eq!(
    ///     serde_json::to_value(&first)?,
    ///     json!({"a": null, "b": {"x": 1, "y": null}, "c": {"z": 2}}),
    /// );
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn compose_merge_patch(&mut self, later: AdditionalData) {
        for (name, value) in later.members {
            match self.members.get_mut(&name) {
                Some(earlier) => compose_value(earlier, value),
                None => {
                    self.members.insert(name, value);
                }
            }
        }
    }
}

/// RFC 7396's `MergePatch(target, patch)`, in place.
fn merge_value(target: &mut Value, patch: Value) {
    let Value::Object(patch) = patch else {
        *target = patch;
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(target) = target {
        merge_map(target, patch);
    }
}

fn merge_map(target: &mut Map<String, Value>, patch: Map<String, Value>) {
    let mut removed = Vec::new();
    for (name, value) in patch {
        if value.is_null() {
            removed.push(name);
        } else {
            merge_value(target.entry(name).or_insert(Value::Null), value);
        }
    }
    match removed.as_slice() {
        [] => {}
        // `retain`, not `remove`: with serde_json's `preserve_order` feature, `remove`
        // moves the last member into the gap.
        [only] => target.retain(|name, _| name != only),
        _ => {
            let removed: HashSet<String> = removed.into_iter().collect();
            target.retain(|name, _| !removed.contains(name));
        }
    }
}

/// The patch value that turns `old` (absent: `None`) into `new`; `None` when they are equal.
fn diff_value(old: Option<&Value>, new: &Value) -> Option<Value> {
    match (old, new) {
        (Some(old), new) if old == new => None,
        (Some(Value::Object(old)), Value::Object(new)) => Some(Value::Object(diff_map(old, new))),
        _ => Some(new.clone()),
    }
}

fn diff_map(old: &Map<String, Value>, new: &Map<String, Value>) -> Map<String, Value> {
    let mut patch = Map::new();
    for (name, value) in new {
        if let Some(change) = diff_value(old.get(name), value) {
            patch.insert(name.clone(), change);
        }
    }
    for name in old.keys() {
        if !new.contains_key(name) {
            patch.insert(name.clone(), Value::Null);
        }
    }
    patch
}

/// Composes `later` onto the patch value `earlier`, in place (see `compose_merge_patch`).
fn compose_value(earlier: &mut Value, later: Value) {
    match (earlier, later) {
        (Value::Object(earlier), Value::Object(later)) => {
            for (name, value) in later {
                match earlier.get_mut(&name) {
                    Some(inner) => compose_value(inner, value),
                    None => {
                        earlier.insert(name, value);
                    }
                }
            }
        }
        (earlier, later @ Value::Object(_)) => {
            // The case with no single merge patch (see `compose_merge_patch`): what the member
            // becomes when `later` is applied to `earlier`'s non-object value.
            *earlier = Value::Null;
            merge_value(earlier, later);
        }
        (earlier, later) => *earlier = later,
    }
}
