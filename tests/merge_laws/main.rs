//! Property tests of the merge logic (DESIGN.md, "Merge logic"): `apply`, `merge` and `diff` obey
//! their algebraic laws, both the entity and the patch survive a JSON round trip, and applying a
//! patch to the struct gives the same JSON as RFC 7396 (JSON Merge Patch), checked against the
//! independent implementation `json_patch::merge`.
//!
//! Every law runs on three entities of different shapes:
//!
//! - [`Office365ServicesUserCounts`] (shipped): every property nullable, an `Option<String>` key;
//! - [`Sprocket`] (test-local, in `subjects.rs`): non-nullable `String`, `i64`, `bool` and `Vec<String>` properties,
//!   nullable ones, a renamed one, a `key`, a `read_only` and a `skip` field;
//! - [`Schedule`] (test-local, in `subjects.rs`): `Edm.Date` both non-nullable and nullable, `i32`/`u32` both ways,
//!   `rename_all = "PascalCase"`, no key and no read-only field.
//!
//! Numbers: 15 laws per entity, 45 properties in all, each run on [`CASES`] = 512 generated cases
//! (23 040 cases per run; about 5 s in a debug build on two busy cores). Generated values favour
//! edges: `i64::MIN`/`MAX`, `2^53 + 1` (not exact as an `f64`), `i32`/`u32` bounds, the empty
//! string, any printable Unicode (astral planes included), control characters and other JSON
//! escapes, strings that look like JSON numbers or literals, and dates from year `i32::MIN` to
//! `i32::MAX` including 29 February.
//!
//! Failure persistence is off ([`config`]): proptest would otherwise write a regressions file
//! next to this one. A failure still prints the shrunk counterexample; pin it as a unit test.

use core::fmt::Debug;

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, GraphEntity, Patch};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

#[path = "../laws_common/mod.rs"]
mod laws_common;

use laws_common::*;

mod strategies;
mod subjects;

use strategies::*;
use subjects::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// The laws, generic over the entity
// ---------------------------------------------------------------------------------------------

type Outcome = Result<(), TestCaseError>;

fn apply_of_diff_gives_updated<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    prop_assert_eq!(applied(&old, patch), updated);
    Ok(())
}

fn diff_with_itself_is_empty<E: Subject>(entity: E) -> Outcome {
    let patch = entity.diff(&entity);
    prop_assert!(patch.is_empty(), "{patch:?}");
    prop_assert_eq!(patch.changed_properties().count(), 0);
    prop_assert_eq!(patch, E::Patch::default());
    Ok(())
}

fn diff_lists_exactly_the_differing_properties_in_order<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    let expected = old.differing(&updated);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(&changed, &expected);
    prop_assert_eq!(patch.is_empty(), expected.is_empty());
    Ok(())
}

/// For any two entities, even with different keys: the diff reaches `updated` on every
/// patchable property and leaves key, read-only and skipped fields as they were.
fn diff_ignores_key_read_only_and_skipped_fields<E: Subject>(old: E, other: E) -> Outcome {
    let patch = old.diff(&other);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(changed, old.differing(&other));
    let expected = other.with_fixed_fields_of(&old);
    prop_assert_eq!(applied(&old, patch), expected);
    Ok(())
}

fn applying_empty_patch_changes_nothing<E: Subject>(entity: E) -> Outcome {
    prop_assert_eq!(applied(&entity, E::Patch::default()), entity);
    Ok(())
}

fn merge_is_associative<E: Subject>(p: E::Patch, q: E::Patch, r: E::Patch) -> Outcome {
    let left = merged(&merged(&p, q.clone()), r.clone());
    let right = merged(&p, merged(&q, r));
    prop_assert_eq!(left, right);
    Ok(())
}

fn empty_patch_is_left_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&E::Patch::default(), p.clone()), p);
    Ok(())
}

fn empty_patch_is_right_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&p, E::Patch::default()), p);
    Ok(())
}

/// In JSON terms: the merged patch holds the members of both, `later`'s winning (its `null`s
/// included).
fn merge_takes_later_members_over_earlier<E: Subject>(p: E::Patch, q: E::Patch) -> Outcome {
    let Value::Object(mut expected) = to_value(&p)? else {
        return Err(TestCaseError::fail("a patch serializes to a JSON object"));
    };
    let Value::Object(later) = to_value(&q)? else {
        return Err(TestCaseError::fail("a patch serializes to a JSON object"));
    };
    expected.extend(later);
    prop_assert_eq!(to_value(&merged(&p, q))?, Value::Object(expected));
    Ok(())
}

fn apply_of_merge_equals_apply_in_sequence<E: Subject>(
    entity: E,
    p: E::Patch,
    q: E::Patch,
) -> Outcome {
    let at_once = applied(&entity, merged(&p, q.clone()));
    let in_sequence = applied(&applied(&entity, p), q);
    prop_assert_eq!(at_once, in_sequence);
    Ok(())
}

fn entity_json_round_trips<E: Subject>(entity: E) -> Outcome {
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

fn patch_json_round_trips<E: Subject>(patch: E::Patch) -> Outcome {
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

/// The patch writes `@odata.type`, then exactly its changed properties, in declaration order;
/// `is_empty` agrees.
fn patch_json_holds_type_then_changed_properties_in_order<E: Subject>(patch: E::Patch) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let MemberNames(names) =
        serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let changed: Vec<&str> = patch.changed_properties().collect();
    let mut expected = vec!["@odata.type"];
    expected.extend(&changed);
    prop_assert_eq!(names, expected);
    prop_assert_eq!(patch.is_empty(), changed.is_empty());
    prop_assert!(
        changed.iter().all(|name| E::PATCHABLE.contains(name)),
        "{changed:?} not all in {:?}",
        E::PATCHABLE
    );
    Ok(())
}

fn apply_matches_rfc7396_merge_patch<E: Subject>(entity: E, patch: E::Patch) -> Outcome {
    let mut document = to_value(&entity)?;
    json_patch::merge(&mut document, &to_value(&patch)?);
    let expected = to_value(&applied(&entity, patch))?;
    // See `without_nulls` for why both sides drop their `null` members.
    prop_assert_eq!(without_nulls(document), without_nulls(expected));
    Ok(())
}

/// The RFC 7396 result (where a cleared property is missing) reads back as the struct-applied
/// entity: no data is lost by the normalisation in `apply_matches_rfc7396_merge_patch`.
fn rfc7396_merged_json_reads_back_as_applied_entity<E: Subject>(
    entity: E,
    patch: E::Patch,
) -> Outcome {
    let mut document = to_value(&entity)?;
    json_patch::merge(&mut document, &to_value(&patch)?);
    let read: E = serde_json::from_value(document.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {document}: {e}")))?;
    prop_assert_eq!(read, applied(&entity, patch).as_read());
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// One module of tests per entity
// ---------------------------------------------------------------------------------------------

macro_rules! laws {
    ($module:ident, $entity:ty) => {
        mod $module {
            use super::*;

            type E = $entity;

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn apply_of_diff_gives_updated((old, updated) in old_and_updated::<E>()) {
                    super::apply_of_diff_gives_updated(old, updated)?;
                }

                #[test]
                fn diff_with_itself_is_empty(entity in E::entity()) {
                    super::diff_with_itself_is_empty(entity)?;
                }

                #[test]
                fn diff_lists_exactly_the_differing_properties_in_order(
                    (old, updated) in old_and_updated::<E>(),
                ) {
                    super::diff_lists_exactly_the_differing_properties_in_order(old, updated)?;
                }

                #[test]
                fn diff_ignores_key_read_only_and_skipped_fields(
                    old in E::entity(),
                    other in E::entity(),
                ) {
                    super::diff_ignores_key_read_only_and_skipped_fields(old, other)?;
                }

                #[test]
                fn applying_empty_patch_changes_nothing(entity in E::entity()) {
                    super::applying_empty_patch_changes_nothing(entity)?;
                }

                #[test]
                fn merge_is_associative(p in E::patch(), q in E::patch(), r in E::patch()) {
                    super::merge_is_associative::<E>(p, q, r)?;
                }

                #[test]
                fn empty_patch_is_left_identity_of_merge(p in E::patch()) {
                    super::empty_patch_is_left_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn empty_patch_is_right_identity_of_merge(p in E::patch()) {
                    super::empty_patch_is_right_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn merge_takes_later_members_over_earlier(p in E::patch(), q in E::patch()) {
                    super::merge_takes_later_members_over_earlier::<E>(p, q)?;
                }

                #[test]
                fn apply_of_merge_equals_apply_in_sequence(
                    entity in E::entity(),
                    p in E::patch(),
                    q in E::patch(),
                ) {
                    super::apply_of_merge_equals_apply_in_sequence(entity, p, q)?;
                }

                #[test]
                fn entity_json_round_trips(entity in E::entity()) {
                    super::entity_json_round_trips(entity)?;
                }

                #[test]
                fn patch_json_round_trips(patch in E::patch()) {
                    super::patch_json_round_trips::<E>(patch)?;
                }

                #[test]
                fn patch_json_holds_type_then_changed_properties_in_order(patch in E::patch()) {
                    super::patch_json_holds_type_then_changed_properties_in_order::<E>(patch)?;
                }

                #[test]
                fn apply_matches_rfc7396_merge_patch(entity in E::entity(), patch in E::patch()) {
                    super::apply_matches_rfc7396_merge_patch(entity, patch)?;
                }

                #[test]
                fn rfc7396_merged_json_reads_back_as_applied_entity(
                    entity in E::entity(),
                    patch in E::patch(),
                ) {
                    super::rfc7396_merged_json_reads_back_as_applied_entity(entity, patch)?;
                }
            }
        }
    };
}

laws!(office365_services_user_counts, Office365ServicesUserCounts);
laws!(sprocket, Sprocket);
laws!(schedule, Schedule);
