//! The laws that hold for every entity under test, generic over the [`Subject`]: `apply`,
//! `merge` and `diff` against each other, the empty patch, and the JSON of the entity and of
//! the patch. `entity_laws!` runs each as a proptest; the suites add their own laws beside.

use graph_entity::Patch;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::{MemberNames, Subject, applied, merged, to_value};

pub type Outcome = Result<(), TestCaseError>;

pub fn apply_of_diff_gives_updated<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    prop_assert_eq!(applied(&old, patch), updated);
    Ok(())
}

pub fn diff_with_itself_is_empty<E: Subject>(entity: E) -> Outcome {
    let patch = entity.diff(&entity);
    prop_assert!(patch.is_empty(), "{patch:?}");
    prop_assert_eq!(patch.changed_properties().count(), 0);
    prop_assert_eq!(patch, E::Patch::default());
    Ok(())
}

/// `changed_properties` lists the declared top-level properties only; `is_empty` also counts
/// the dynamic properties of an open type.
pub fn diff_lists_exactly_the_differing_properties_in_order<E: Subject>(
    old: E,
    updated: E,
) -> Outcome {
    let patch = old.diff(&updated);
    let expected = old.differing(&updated);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(&changed, &expected);
    let dynamic_unchanged = old.dynamic() == updated.dynamic();
    prop_assert_eq!(patch.is_empty(), expected.is_empty() && dynamic_unchanged);
    Ok(())
}

pub fn applying_empty_patch_changes_nothing<E: Subject>(entity: E) -> Outcome {
    prop_assert_eq!(applied(&entity, E::Patch::default()), entity);
    Ok(())
}

pub fn merge_is_associative<E: Subject>(p: E::Patch, q: E::Patch, r: E::Patch) -> Outcome {
    // The documented exceptions (`Subject::merge_is_associative`; none for a flat entity).
    prop_assume!(E::merge_is_associative(&p, &q, &r));
    let left = merged(&merged(&p, q.clone()), r.clone());
    let right = merged(&p, merged(&q, r));
    prop_assert_eq!(left, right);
    Ok(())
}

pub fn empty_patch_is_left_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&E::Patch::default(), p.clone()), p);
    Ok(())
}

pub fn empty_patch_is_right_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&p, E::Patch::default()), p);
    Ok(())
}

/// Where `p` clears a nullable nested value and `q` patches it, the merged patch is the full
/// patch of the value `q` creates from `C::default()`: this is the case the law is about at
/// depth.
pub fn apply_of_merge_equals_apply_in_sequence<E: Subject>(
    entity: E,
    p: E::Patch,
    q: E::Patch,
) -> Outcome {
    // The documented exceptions (`Subject::merge_is_exact`; none for a flat entity), rare
    // enough not to exhaust proptest's rejects.
    prop_assume!(entity.merge_is_exact(&p, &q));
    let at_once = applied(&entity, merged(&p, q.clone()));
    let in_sequence = applied(&applied(&entity, p), q);
    prop_assert_eq!(at_once, in_sequence);
    Ok(())
}

/// The entity reads back from its JSON text and from its `serde_json::Value` as
/// `Subject::as_read` says.
pub fn entity_json_round_trips<E: Subject>(entity: E) -> Outcome {
    let expected = entity.as_read();
    let text = serde_json::to_string(&entity).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: E = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&from_text, &expected);
    let value = to_value(&entity)?;
    let from_value: E = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {value}: {e}")))?;
    prop_assert_eq!(&from_value, &expected);
    Ok(())
}

pub fn patch_json_round_trips<E: Subject>(patch: E::Patch) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: E::Patch = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&from_text, &patch);
    let value = to_value(&patch)?;
    let from_value: E::Patch = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {value}: {e}")))?;
    prop_assert_eq!(&from_value, &patch);
    Ok(())
}

/// The patch writes `@odata.type`, then exactly its changed declared properties, in
/// declaration order, then its dynamic properties (which `changed_properties` does not list),
/// which only an open type has; `is_empty` agrees.
pub fn patch_json_holds_type_then_changed_then_dynamic_properties<E: Subject>(
    patch: E::Patch,
) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let MemberNames(names) =
        serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(names.first().map(String::as_str), Some("@odata.type"));
    let declared: Vec<&str> = names
        .iter()
        .skip(1)
        .take(changed.len())
        .map(String::as_str)
        .collect();
    prop_assert_eq!(&declared, &changed);
    prop_assert!(
        changed.iter().all(|name| E::PATCHABLE.contains(name)),
        "{changed:?} not all in {:?}",
        E::PATCHABLE
    );
    let dynamic = &names[changed.len() + 1..];
    prop_assert!(
        dynamic
            .iter()
            .all(|name| !E::PATCHABLE.contains(&name.as_str())),
        "{names:?}: only dynamic properties after the declared ones"
    );
    prop_assert!(
        E::OPEN || dynamic.is_empty(),
        "{names:?}: a closed type has no dynamic properties"
    );
    prop_assert_eq!(patch.is_empty(), names.len() == 1, "{:?}", names);
    Ok(())
}
