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
//!   JSON of `C::default()` (`NestedSubject::nested_at`). That is the rule, stated in JSON.
//! - `apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null`: the entity is first
//!   made to hold a value wherever the patch carries a nested patch
//!   (`NestedSubject::without_none_under`), and the oracle is `json_patch::merge` unchanged.
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
//! The laws every entity obeys are shared with `tests/merge_laws` (`tests/laws_common`: the
//! [`Subject`] trait, the laws, and `entity_laws!`, where the exceptions above are
//! `Subject::merge_is_exact` and `Subject::merge_is_associative`); this suite adds five of its
//! own, on nested values ([`NestedSubject`]) and on RFC 7396 with defaults under `null`.
//!
//! Numbers: 16 laws per entity (11 shared, 5 here), 32 properties, each run on [`CASES`] = 512 generated cases,
//! plus 7 pinned cases (3 rules, and the 4 documented exceptions above).
//!
//! Failure persistence is off ([`config`]); a failure prints the shrunk counterexample: pin it
//! as a unit test.

// The laws take the generated values by value, as proptest hands them over (the workspace
// allows this lint too; `-W clippy::pedantic` on the command line turns it back on).
#![allow(clippy::needless_pass_by_value)]

use core::fmt::Debug;

use graph_entity::edm::{Date, DateTimeOffset};
use graph_entity::{AdditionalData, Flags, GraphEntity, GraphEnum, Patch};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde_json::{Value, json};

#[path = "../laws_common/mod.rs"]
#[macro_use]
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
fn fill_defaults_under_null<'p, E: NestedSubject>(
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
// The laws of nested values, generic over the entity (the shared ones are in `laws_common`)
// ---------------------------------------------------------------------------------------------

type Outcome = Result<(), TestCaseError>;

/// Every present nested patch is a JSON object without `@odata.type`, written `{}` exactly
/// when it is empty; no object below the top level carries `@odata.type`.
fn nested_patches_are_written_without_odata_type<E: NestedSubject>(patch: E::Patch) -> Outcome {
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
fn nested_values_are_written_without_odata_type<E: NestedSubject>(entity: E) -> Outcome {
    let json = to_value(&entity)?;
    let expected_type = format!("#{}", E::ODATA_TYPE);
    prop_assert_eq!(json.get("@odata.type"), Some(&json!(expected_type)));
    let mut annotated = Vec::new();
    annotated_below_top(&json, &mut Vec::new(), &mut annotated);
    prop_assert!(annotated.is_empty(), "{annotated:?} in {json}");
    Ok(())
}

/// The oracle: RFC 7396 where a nested patch onto `null` starts from `C::default()`'s JSON.
fn oracle<E: NestedSubject>(entity: &E, patch: &E::Patch) -> Result<Value, TestCaseError> {
    let mut document = to_value(entity)?;
    let patch = to_value(patch)?;
    fill_defaults_under_null::<E>(&mut document, &patch, &mut Vec::new());
    json_patch::merge(&mut document, &patch);
    Ok(document)
}

fn apply_matches_rfc7396_with_defaults_under_null<E: NestedSubject>(
    entity: E,
    patch: E::Patch,
) -> Outcome {
    let document = oracle(&entity, &patch)?;
    let expected = to_value(&applied(&entity, patch))?;
    prop_assert_eq!(normalized(document), normalized(expected));
    Ok(())
}

fn apply_matches_pure_rfc7396_where_no_nested_patch_lands_on_null<E: NestedSubject>(
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
fn oracle_json_reads_back_as_applied_entity<E: NestedSubject>(
    entity: E,
    patch: E::Patch,
) -> Outcome {
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
        entity_laws!($module, $entity, {
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
        });
    };
}

laws!(calendar, Calendar);
laws!(notebook, Notebook);
