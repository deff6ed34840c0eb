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
//! The laws every entity obeys are shared with `tests/merge_laws_nested` (`tests/laws_common`:
//! the [`Subject`] trait, the laws, and `entity_laws!`); this suite adds four of its own, on key,
//! read-only and skipped fields, on `merge` as a plain member-wise union, and on plain RFC 7396.
//!
//! Numbers: 15 laws per entity (11 shared, 4 here), 45 properties in all, each run on [`CASES`] = 512 generated cases
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
use graph_entity::{GraphEntity, Patch};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

#[path = "../laws_common/mod.rs"]
#[macro_use]
mod laws_common;

use laws_common::*;

mod strategies;
mod subjects;

use strategies::*;
use subjects::*;

// ---------------------------------------------------------------------------------------------
// The laws of flat entities, generic over the entity (the shared ones are in `laws_common`)
// ---------------------------------------------------------------------------------------------

type Outcome = Result<(), TestCaseError>;

/// For any two entities, even with different keys: the diff reaches `updated` on every
/// patchable property and leaves key, read-only and skipped fields as they were.
fn diff_ignores_key_read_only_and_skipped_fields<E: FixedFields>(old: E, other: E) -> Outcome {
    let patch = old.diff(&other);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(changed, old.differing(&other));
    let expected = other.with_fixed_fields_of(&old);
    prop_assert_eq!(applied(&old, patch), expected);
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
        entity_laws!($module, $entity, {
            #[test]
            fn diff_ignores_key_read_only_and_skipped_fields(
                old in E::entity(),
                other in E::entity(),
            ) {
                super::diff_ignores_key_read_only_and_skipped_fields(old, other)?;
            }

            #[test]
            fn merge_takes_later_members_over_earlier(p in E::patch(), q in E::patch()) {
                super::merge_takes_later_members_over_earlier::<E>(p, q)?;
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
        });
    };
}

laws!(office365_services_user_counts, Office365ServicesUserCounts);
laws!(sprocket, Sprocket);
laws!(schedule, Schedule);
