//! Property tests of the merge logic at depth (DESIGN.md, Part 2, "Complex types and nesting"):
//! the laws of `tests/merge_laws` on entities whose properties are nested complex values three
//! levels deep, enums, flags, collections of complex values, and open types.
//!
//! Two entities, each with every law:
//!
//! - [`Calendar`] (`subjects/calendar.rs`): an open entity type (key, read-only, etag, dynamic
//!   properties) -> a non-nullable nested `Owner` (closed, read-only property, undeclared
//!   members kept) and a nullable nested `Option<Settings>` -> `Option<Reminder>` and
//!   `Box<Reminder>`; `Vec<Slot>` and `Option<Vec<Slot>>` (replaced whole); an enum without
//!   `other`, one with, a `Flags<E>`; `Edm.DateTimeOffset` in every form.
//! - [`Notebook`] (`subjects/notebook.rs`): a closed entity type -> an open `Option<Section>`
//!   and `Box<Section>` -> `Option<Box<Reminder>>` and a plain `Reminder`.
//!
//! `new` is generated from `old` by keeping or replacing each property at every depth, nested
//! values going from `None` to `Some` and back; patches have every field independently absent,
//! `null`, an empty nested patch or a value, at every depth, and dynamic properties that are
//! small random JSON values (`null` removing).
//!
//! # What is compared with RFC 7396, and why
//!
//! RFC 7396 (JSON Merge Patch) merges a patch object into `null` as into `{}`. The derive
//! applies a nested patch onto a `None` value to `C::default()` instead (DESIGN.md): the
//! result also holds `C`'s non-nullable properties at their defaults (`0`, `""`, `"normal"`,
//! the nested non-nullable values), which a plain merge patch knows nothing of, and which the
//! struct must hold. So two laws:
//!
//! - `apply_matches_rfc7396_with_defaults_under_null`: any entity and patch; the oracle is RFC
//!   7396 (`json_patch::merge`) after replacing, at every declared nested single value where
//!   the patch holds an object and the document holds `null` or nothing, that `null` by the
//!   JSON of `C::default()` (`Subject::nested_at`). That is the rule, stated in JSON.
//! - `apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null`: the entity is first
//!   made to hold a value wherever the patch carries a nested patch
//!   (`Subject::without_none_under`), and the oracle is `json_patch::merge` unchanged.
//!
//! Both compare the JSON documents after removing `null` members at every depth of objects
//! (RFC 7396 removes a cleared member, the struct writes it as `null`; the service reads both
//! alike, and `oracle_json_reads_back_as_applied_entity` checks that nothing is lost by it) and
//! the top-level `@odata.type` (nested values carry none, which
//! `nested_values_are_written_without_odata_type` checks). Collections are replaced whole by
//! both.
//!
//! # What the generated values avoid, and why
//!
//! - The undeclared members of entities and nested values hold no `null` member at any depth
//!   of objects: a merge patch cannot set one (`null` means "remove"), so `diff` documents it as
//!   the one thing it cannot reproduce (`AdditionalData::merge_patch_diff`).
//! - The types in nullable nested positions (`Settings`, `Reminder`, `Section`) have no key,
//!   read-only, etag or closed `additional_data` field: "clear, then patch" merges into a full
//!   patch, which cannot set those (`Nested::full_patch`: "up to key, read-only and etag";
//!   for a closed type's `additional_data` see the pinned
//!   `merged_clear_then_patch_of_a_closed_nested_value_keeps_its_undeclared_members`). `Owner`, in a
//!   non-nullable position, has them: there a patch never replaces the value.
//! - Member names never collide with declared wire names or `@odata.*`, and the `other`
//!   variant never holds a known member's text (both would read back differently, by design).
//!
//! # Exceptions to `apply(p.merge(q)) == apply(p) then apply(q)` and to associativity
//!
//! Both laws are checked on every generated case except where one merge patch cannot hold
//! "set, then merge into what was set" (`Subject::merge_is_exact`,
//! `Subject::merge_is_associative`; each exception is a `prop_assume!`, and removing it makes
//! the law fail within a few hundred cases):
//!
//! - dynamic properties: `p` sets a member to a non-object, `q` to an object, and the target's
//!   member is an object. Documented on `AdditionalData::compose_merge_patch` and in the crate
//!   docs' merge laws; pinned as
//!   `merge_of_dynamic_properties_set_to_null_then_an_object_depends_on_grouping`.
//! - a nullable nested **open** value cleared by `p` and patched by `q` where the target's value
//!   has dynamic properties: the merged patch is the full patch of the value `q` creates, and a
//!   patch cannot remove dynamic properties it does not name; for the same reason a removal
//!   (`null` member) before the clear survives or not depending on the grouping. Documented in
//!   the crate docs' merge laws; pinned as
//!   `merged_clear_then_patch_of_an_open_nested_value_keeps_its_dynamic_properties` and
//!   `merge_of_clear_then_patch_of_an_open_nested_value_depends_on_grouping`.
//!
//! The closed types in nullable positions (`Settings`, `Reminder`) have nothing a patch cannot
//! change, so "clear, then patch" is exact for them, and checked without exception.
//!
//! Numbers: 16 laws per entity, 32 properties, each run on [`CASES`] = 512 generated cases,
//! plus 7 pinned cases (3 rules, and the 4 documented exceptions above).
//!
//! Failure persistence is off ([`config`]); a failure prints the shrunk counterexample: pin it
//! as a unit test.

// The laws take the generated values by value, as proptest hands them over (the workspace
// allows this lint too; `-W clippy::pedantic` on the command line turns it back on).
#![allow(clippy::needless_pass_by_value)]

use core::fmt::Debug;

use graph_entity::edm::{Date, DateTimeOffset};
use graph_entity::{AdditionalData, Entity, Flags, GraphEntity, GraphEnum, Patch};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

#[path = "../laws_common/mod.rs"]
mod laws_common;

use laws_common::*;

mod pinned;
mod strategies;
mod subjects;

use strategies::*;
use subjects::*;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// What the two sides of an RFC 7396 comparison are compared as (see the module docs).
fn normalized(mut document: Value) -> Value {
    if let Value::Object(members) = &mut document {
        members.remove("@odata.type");
    }
    without_nulls(document)
}

/// The oracle's rule: where `patch` holds an object for a declared nested single value (at
/// `path`) and `target` holds `null` or nothing, the target starts from the JSON of
/// `C::default()`; then RFC 7396 as usual.
fn fill_defaults_under_null<'p, E: Subject>(
    target: &mut Value,
    patch: &'p Value,
    at: &mut Vec<&'p str>,
) {
    let (Value::Object(target), Value::Object(patch)) = (target, patch) else {
        return;
    };
    for (name, member) in patch {
        if !member.is_object() {
            continue;
        }
        at.push(name);
        let default = match E::nested_at(at) {
            NestedAt::Nothing => None,
            NestedAt::Value => Some(Value::Null),
            NestedAt::WithDefault(default) => Some(default),
        };
        if let Some(default) = default {
            let slot = target.entry(name.clone()).or_insert(Value::Null);
            if slot.is_null() {
                *slot = default;
            }
            fill_defaults_under_null::<E>(slot, member, at);
        }
        at.pop();
    }
}

/// The paths (wire names from the top) of every object below the top level that holds an
/// `@odata.type` member.
fn annotated_below_top(value: &Value, path: &mut Vec<String>, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            if !path.is_empty() && members.contains_key("@odata.type") {
                out.push(path.join("/"));
            }
            for (name, member) in members {
                path.push(name.clone());
                annotated_below_top(member, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(index.to_string());
                annotated_below_top(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

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

/// `changed_properties` lists the declared top-level properties only; `is_empty` also counts
/// the dynamic properties of an open type.
fn diff_lists_exactly_the_differing_properties_in_order<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    let expected = old.differing(&updated);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(&changed, &expected);
    let dynamic_unchanged = old.dynamic() == updated.dynamic();
    prop_assert_eq!(patch.is_empty(), expected.is_empty() && dynamic_unchanged);
    Ok(())
}

fn applying_empty_patch_changes_nothing<E: Subject>(entity: E) -> Outcome {
    prop_assert_eq!(applied(&entity, E::Patch::default()), entity);
    Ok(())
}

fn merge_is_associative<E: Subject>(p: E::Patch, q: E::Patch, r: E::Patch) -> Outcome {
    // The documented exceptions (module docs).
    prop_assume!(E::merge_is_associative(&p, &q, &r));
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

/// Where `p` clears a nullable nested value and `q` patches it, the merged patch is the full
/// patch of the value `q` creates from `C::default()`: this is the case the law is about.
fn apply_of_merge_equals_apply_in_sequence<E: Subject>(
    entity: E,
    p: E::Patch,
    q: E::Patch,
) -> Outcome {
    // The documented exceptions (module docs); rare enough not to exhaust proptest's rejects.
    prop_assume!(entity.merge_is_exact(&p, &q));
    let at_once = applied(&entity, merged(&p, q.clone()));
    let in_sequence = applied(&applied(&entity, p), q);
    prop_assert_eq!(at_once, in_sequence);
    Ok(())
}

fn entity_json_round_trips<E: Subject>(entity: E) -> Outcome {
    let text = serde_json::to_string(&entity).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: E = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&from_text, &entity);
    let value = to_value(&entity)?;
    let from_value: E = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {value}: {e}")))?;
    prop_assert_eq!(&from_value, &entity);
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

/// The patch writes `@odata.type`, then its changed declared properties in declaration order,
/// then its dynamic properties (which `changed_properties` does not list).
fn patch_json_holds_type_then_changed_then_dynamic_properties<E: Subject>(
    patch: E::Patch,
) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let MemberNames(names) =
        serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(names.first().map(String::as_str), Some("@odata.type"));
    prop_assert_eq!(&names[1..=changed.len()], &changed[..]);
    prop_assert!(
        names[changed.len() + 1..]
            .iter()
            .all(|name| !E::PATCHABLE.contains(&name.as_str())),
        "{names:?}: only dynamic properties after the declared ones"
    );
    Ok(())
}

/// Every present nested patch is a JSON object without `@odata.type`, written `{}` exactly
/// when it is empty; no object below the top level carries `@odata.type`.
fn nested_patches_are_written_without_odata_type<E: Subject>(patch: E::Patch) -> Outcome {
    let json = to_value(&patch)?;
    let expected_type = format!("#{}", E::ODATA_TYPE);
    prop_assert_eq!(json.get("@odata.type"), Some(&json!(expected_type)));
    for (path, is_empty) in E::nested_patches(&patch) {
        let member = path.iter().try_fold(&json, |value, name| value.get(name));
        let Some(Value::Object(members)) = member else {
            return Err(TestCaseError::fail(format!(
                "nested patch at {path:?} written as {member:?} in {json}"
            )));
        };
        prop_assert!(!members.contains_key("@odata.type"), "{path:?} in {json}");
        prop_assert_eq!(members.is_empty(), is_empty, "{:?} in {}", path, json);
    }
    let mut annotated = Vec::new();
    annotated_below_top(&json, &mut Vec::new(), &mut annotated);
    prop_assert!(annotated.is_empty(), "{annotated:?} in {json}");
    Ok(())
}

/// The entity writes `@odata.type` at the top level only: nested values (single or in a
/// collection) are of their declared type and carry none.
fn nested_values_are_written_without_odata_type<E: Subject>(entity: E) -> Outcome {
    let json = to_value(&entity)?;
    let expected_type = format!("#{}", E::ODATA_TYPE);
    prop_assert_eq!(json.get("@odata.type"), Some(&json!(expected_type)));
    let mut annotated = Vec::new();
    annotated_below_top(&json, &mut Vec::new(), &mut annotated);
    prop_assert!(annotated.is_empty(), "{annotated:?} in {json}");
    Ok(())
}

/// The oracle: RFC 7396 where a nested patch onto `null` starts from `C::default()`'s JSON.
fn oracle<E: Subject>(entity: &E, patch: &E::Patch) -> Result<Value, TestCaseError> {
    let mut document = to_value(entity)?;
    let patch = to_value(patch)?;
    fill_defaults_under_null::<E>(&mut document, &patch, &mut Vec::new());
    json_patch::merge(&mut document, &patch);
    Ok(document)
}

fn apply_matches_rfc7396_with_defaults_under_null<E: Subject>(
    entity: E,
    patch: E::Patch,
) -> Outcome {
    let document = oracle(&entity, &patch)?;
    let expected = to_value(&applied(&entity, patch))?;
    prop_assert_eq!(normalized(document), normalized(expected));
    Ok(())
}

fn apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null<E: Subject>(
    entity: E,
    patch: E::Patch,
    fresh: E,
) -> Outcome {
    let entity = entity.without_none_under(&patch, fresh);
    let mut document = to_value(&entity)?;
    json_patch::merge(&mut document, &to_value(&patch)?);
    let expected = to_value(&applied(&entity, patch))?;
    prop_assert_eq!(normalized(document), normalized(expected));
    Ok(())
}

/// The oracle's document (where a cleared property is missing) reads back as the
/// struct-applied entity: no data is lost by the normalisation of the RFC 7396 laws.
fn oracle_json_reads_back_as_applied_entity<E: Subject>(entity: E, patch: E::Patch) -> Outcome {
    let document = oracle(&entity, &patch)?;
    let read: E = serde_json::from_value(document.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {document}: {e}")))?;
    prop_assert_eq!(read, applied(&entity, patch));
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
                fn patch_json_holds_type_then_changed_then_dynamic_properties(
                    patch in E::patch(),
                ) {
                    super::patch_json_holds_type_then_changed_then_dynamic_properties::<E>(
                        patch,
                    )?;
                }

                #[test]
                fn nested_patches_are_written_without_odata_type(patch in E::patch()) {
                    super::nested_patches_are_written_without_odata_type::<E>(patch)?;
                }

                #[test]
                fn nested_values_are_written_without_odata_type(entity in E::entity()) {
                    super::nested_values_are_written_without_odata_type(entity)?;
                }

                #[test]
                fn apply_matches_rfc7396_with_defaults_under_null(
                    entity in E::entity(),
                    patch in E::patch(),
                ) {
                    super::apply_matches_rfc7396_with_defaults_under_null(entity, patch)?;
                }

                #[test]
                fn apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null(
                    entity in E::entity(),
                    patch in E::patch(),
                    fresh in E::entity(),
                ) {
                    super::apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null(
                        entity, patch, fresh,
                    )?;
                }

                #[test]
                fn oracle_json_reads_back_as_applied_entity(
                    entity in E::entity(),
                    patch in E::patch(),
                ) {
                    super::oracle_json_reads_back_as_applied_entity(entity, patch)?;
                }
            }
        }
    };
}

laws!(calendar, Calendar);
laws!(notebook, Notebook);
