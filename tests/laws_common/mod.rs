//! What the two merge-law suites (`tests/merge_laws`, `tests/merge_laws_nested`) share: the
//! proptest configuration, the small helpers the laws are written with, the [`Subject`] trait
//! (`subject.rs`: what a law needs to know of an entity under test), the laws that hold for
//! every entity (`laws.rs`), and [`entity_laws!`], which turns those laws and a suite's own into tests of
//! one entity. Each suite adds the laws of its own entities next to them: the flat suite those of
//! key, read-only and skipped fields and plain RFC 7396; the nested suite those of nested values
//! and RFC 7396 with defaults under `null`.

use core::fmt;
use graph_entity::{Entity, Patch};
use proptest::prelude::ProptestConfig;
use proptest::test_runner::{RngAlgorithm, TestCaseError};

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

pub mod laws;
mod subject;

pub use subject::*;

/// Cases per property.
pub const CASES: u32 = 512;

/// `CASES` cases, no regressions file written next to the tests (a failure prints the shrunk
/// counterexample: pin it as a unit test).
pub fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        // Five times faster than the default ChaCha in a debug build, and as good for testing.
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

pub fn applied<E: Entity + Clone>(entity: &E, patch: E::Patch) -> E {
    let mut out = entity.clone();
    out.apply(patch);
    out
}

pub fn merged<P: Patch>(earlier: &P, later: P) -> P {
    let mut out = earlier.clone();
    out.merge(later);
    out
}

pub fn to_value<T: Serialize>(value: &T) -> Result<Value, TestCaseError> {
    serde_json::to_value(value).map_err(|e| TestCaseError::fail(format!("serializing: {e}")))
}

/// Removes every `null`-valued object member, at any depth of objects (arrays are left alone:
/// RFC 7396 replaces them whole and keeps the `null`s inside).
///
/// RFC 7396 encodes "clear this property" as a `null` member in the patch, and applying it
/// *removes* the member from the target document. The struct cannot lose a property: a cleared
/// nullable field is `None`, and the entity writes every property, so it writes `null`. OData
/// treats an absent nullable property and a `null` one alike (and the entity reads both back as
/// `None`, checked separately), so the two JSON forms are equal up to `null` members.
pub fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The member names of a JSON object in the order they were written (independent of whether
/// `serde_json::Map` keeps insertion order).
pub struct MemberNames(pub Vec<String>);

impl<'de> Deserialize<'de> for MemberNames {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamesVisitor;

        impl<'de> Visitor<'de> for NamesVisitor {
            type Value = MemberNames;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MemberNames, A::Error> {
                let mut names = Vec::new();
                while let Some((name, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    names.push(name);
                }
                Ok(MemberNames(names))
            }
        }

        deserializer.deserialize_map(NamesVisitor)
    }
}

/// One module `$module` of proptest tests of `$entity` (a [`Subject`]): the laws of `laws.rs`,
/// one `#[test]` per law and named after it, then the suite's `$own` tests, which see the
/// entity type as `E` and the suite's laws as `super::law`.
macro_rules! entity_laws {
    ($module:ident, $entity:ty, { $($own:tt)* }) => {
        mod $module {
            use super::*;

            type E = $entity;

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn apply_of_diff_gives_updated((old, updated) in old_and_updated::<E>()) {
                    crate::laws_common::laws::apply_of_diff_gives_updated(old, updated)?;
                }

                #[test]
                fn diff_with_itself_is_empty(entity in E::entity()) {
                    crate::laws_common::laws::diff_with_itself_is_empty(entity)?;
                }

                #[test]
                fn diff_lists_exactly_the_differing_properties_in_order(
                    (old, updated) in old_and_updated::<E>(),
                ) {
                    crate::laws_common::laws::diff_lists_exactly_the_differing_properties_in_order(
                        old, updated,
                    )?;
                }

                #[test]
                fn applying_empty_patch_changes_nothing(entity in E::entity()) {
                    crate::laws_common::laws::applying_empty_patch_changes_nothing(entity)?;
                }

                #[test]
                fn merge_is_associative(p in E::patch(), q in E::patch(), r in E::patch()) {
                    crate::laws_common::laws::merge_is_associative::<E>(p, q, r)?;
                }

                #[test]
                fn empty_patch_is_left_identity_of_merge(p in E::patch()) {
                    crate::laws_common::laws::empty_patch_is_left_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn empty_patch_is_right_identity_of_merge(p in E::patch()) {
                    crate::laws_common::laws::empty_patch_is_right_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn apply_of_merge_equals_apply_in_sequence(
                    entity in E::entity(),
                    p in E::patch(),
                    q in E::patch(),
                ) {
                    crate::laws_common::laws::apply_of_merge_equals_apply_in_sequence(entity, p, q)?;
                }

                #[test]
                fn entity_json_round_trips(entity in E::entity()) {
                    crate::laws_common::laws::entity_json_round_trips(entity)?;
                }

                #[test]
                fn patch_json_round_trips(patch in E::patch()) {
                    crate::laws_common::laws::patch_json_round_trips::<E>(patch)?;
                }

                #[test]
                fn patch_json_holds_type_then_changed_then_dynamic_properties(patch in E::patch()) {
                    crate::laws_common::laws::patch_json_holds_type_then_changed_then_dynamic_properties::<E>(
                        patch,
                    )?;
                }

                $($own)*
            }
        }
    };
}
