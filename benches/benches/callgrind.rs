//! Runs one benchmark operation many times, for `valgrind --tool=callgrind`: instructions are
//! collected only inside `measured` (`--collect-atstart=no --toggle-collect='*measured*'`), so
//! building inputs and dropping mutated state are not counted. Instruction counts are
//! deterministic, unlike the wall-clock times of a shared machine: `benches/callgrind.sh` builds
//! this target, runs every operation under valgrind and prints instructions per iteration next
//! to the baseline's.
//!
//! A bench target (so `cargo test` never builds it) that measures nothing under `cargo bench`:
//! it runs only when given `ENTITY GROUP SIDE [N]`, with ENTITY `office365` or `wide60`, GROUP
//! and SIDE as in the criterion benches (e.g. `entity_serialize graph-entity`).

use std::hint::black_box;
use std::process::ExitCode;

use graph_entity::{Entity, Patch};
use graph_entity_benches::{Case, experiments, office, wide};
use serde::Serialize;
use serde::de::DeserializeOwned;
use struct_patch::Merge;

/// The only code whose instructions are collected. What `f` returns is dropped inside (as the
/// criterion benches drop outputs inside the timing); state an operation mutates is dropped by
/// the caller, outside.
#[inline(never)]
fn measured<R>(f: impl FnOnce() -> R) {
    drop(black_box(f()));
}

fn run<E, T, TP, SP>(case: &Case<E, T, TP, SP>, group: &str, side: &str, n: usize) -> bool
where
    E: Entity + Clone + Serialize + DeserializeOwned,
    E::Patch: Serialize + DeserializeOwned,
    T: Clone + Serialize + DeserializeOwned + struct_patch::Patch<SP>,
    TP: Serialize + DeserializeOwned,
    SP: Clone + Merge,
{
    let mut buf = Vec::with_capacity(16 * 1024);
    let (patch, twin_patch, sp_patch, patch_json, patch_value) = if group.ends_with("dense") {
        (
            &case.dense,
            &case.twin_dense,
            &case.sp_dense,
            &case.dense_json,
            &case.dense_value,
        )
    } else {
        (
            &case.sparse,
            &case.twin_sparse,
            &case.sp_sparse,
            &case.sparse_json,
            &case.sparse_value,
        )
    };
    let group = group.trim_end_matches("_dense").trim_end_matches("_sparse");
    let json = case.entity_json.as_str();
    for _ in 0..n {
        buf.clear();
        match (group, side) {
            ("entity_serialize", "graph-entity") => ser(&mut buf, &case.entity),
            ("entity_serialize", "serde-twin") => ser(&mut buf, &case.twin),
            ("entity_serialize", "value") => ser(&mut buf, &case.entity_value),
            ("entity_deserialize_slice", "graph-entity") => de::<E>(json),
            ("entity_deserialize_slice", "serde-twin") => de::<T>(json),
            ("entity_deserialize_slice", "value") => de::<serde_json::Value>(json),
            ("entity_deserialize_str", "graph-entity") => de_str::<E>(json),
            ("entity_deserialize_str", "serde-twin") => de_str::<T>(json),
            ("patch_serialize", "graph-entity") => ser(&mut buf, patch),
            ("patch_serialize", "serde-twin") => ser(&mut buf, twin_patch),
            ("patch_deserialize", "graph-entity") => de::<E::Patch>(patch_json),
            ("patch_deserialize", "serde-twin") => de::<TP>(patch_json),
            ("apply", "graph-entity") => {
                let (mut entity, patch) = (case.entity.clone(), patch.clone());
                measured(|| entity.apply(patch));
                black_box(entity);
            }
            ("apply", "struct-patch") => {
                let (mut twin, patch) = (case.twin.clone(), sp_patch.clone());
                measured(|| struct_patch::Patch::apply(&mut twin, patch));
                black_box(twin);
            }
            ("apply", "value+json_patch") => {
                let mut doc = case.entity_value.clone();
                measured(|| json_patch::merge(&mut doc, black_box(patch_value)));
                black_box(doc);
            }
            ("diff", "graph-entity") => {
                measured(|| black_box(&case.entity).diff(black_box(&case.updated)));
            }
            ("diff", "struct-patch") => {
                let (updated, previous) = (case.twin_updated.clone(), case.twin.clone());
                measured(|| updated.into_patch_by_diff(previous));
            }
            ("diff", "value+json_patch") => {
                measured(|| {
                    json_patch::diff(
                        black_box(&case.entity_value),
                        black_box(&case.updated_value),
                    )
                });
            }
            ("merge", "graph-entity") => {
                let (mut earlier, later) = (case.dense.clone(), case.sparse.clone());
                measured(|| earlier.merge(later));
                black_box(earlier);
            }
            ("merge", "struct-patch") => {
                let (earlier, later) = (case.sp_dense.clone(), case.sp_sparse.clone());
                // The merged patch is the state `merge` produces: dropped outside, as graph-entity's.
                let mut merged = None;
                measured(|| merged = Some(earlier.merge(later)));
                black_box(merged);
            }
            ("merge", "value+json_patch") => {
                let mut earlier = case.dense_value.clone();
                measured(|| json_patch::merge(&mut earlier, black_box(&case.sparse_value)));
                black_box(earlier);
            }
            _ => return false,
        }
    }
    true
}

/// The body of [`experiment`] for one entity: `$de` and `$apply` are its modules in
/// `experiments`, `$typed` the limit's patch plus `@odata.type`.
macro_rules! experiment_for {
    ($case:expr, $typed:ty, $de:ident, $apply:ident, $group:expr, $side:expr, $n:expr) => {{
        let case = $case;
        let dense = $group.ends_with("dense");
        let patch = if dense { &case.dense } else { &case.sparse };
        let patch_json = if dense {
            &case.dense_json
        } else {
            &case.sparse_json
        };
        let group = $group
            .trim_end_matches("_dense")
            .trim_end_matches("_sparse");
        match (group, $side) {
            ("patch_serialize", "serde-twin+type") => {
                let typed = <$typed>::from(patch);
                assert_eq!(serde_json::to_string(&typed).ok()?, *patch_json);
                let mut buf = Vec::with_capacity(16 * 1024);
                for _ in 0..$n {
                    buf.clear();
                    ser(&mut buf, &typed);
                }
            }
            ("entity_deserialize_slice", "copy-current" | "copy-noinline") => {
                let json = &case.entity_json;
                assert_eq!(
                    serde_json::from_str::<$de::EntityCurrent>(json).ok()?.0,
                    case.entity
                );
                assert_eq!(
                    serde_json::from_str::<$de::EntityNoInline>(json).ok()?.0,
                    case.entity
                );
                for _ in 0..$n {
                    if $side == "copy-current" {
                        de::<$de::EntityCurrent>(json);
                    } else {
                        de::<$de::EntityNoInline>(json);
                    }
                }
            }
            ("patch_deserialize", "copy-current" | "copy-noinline" | "copy-plain") => {
                assert_eq!(
                    serde_json::from_str::<$de::PatchCurrent>(patch_json)
                        .ok()?
                        .0,
                    *patch
                );
                assert_eq!(
                    serde_json::from_str::<$de::PatchNoInline>(patch_json)
                        .ok()?
                        .0,
                    *patch
                );
                assert_eq!(
                    serde_json::from_str::<$de::PatchPlain>(patch_json).ok()?.0,
                    *patch
                );
                for _ in 0..$n {
                    match $side {
                        "copy-current" => de::<$de::PatchCurrent>(patch_json),
                        "copy-noinline" => de::<$de::PatchNoInline>(patch_json),
                        _ => de::<$de::PatchPlain>(patch_json),
                    }
                }
            }
            ("apply", "copy-current" | "copy-field-access") => {
                let field_access = $side == "copy-field-access";
                let mut expected = case.entity.clone();
                expected.apply(patch.clone());
                let mut applied = case.entity.clone();
                if field_access {
                    $apply::field_access(&mut applied, patch.clone());
                } else {
                    $apply::current(&mut applied, patch.clone());
                }
                assert_eq!(applied, expected);
                for _ in 0..$n {
                    let (mut entity, patch) = (case.entity.clone(), patch.clone());
                    // Direct calls (not through a fn pointer), as the trait method is called.
                    if field_access {
                        measured(|| $apply::field_access(&mut entity, patch));
                    } else {
                        measured(|| $apply::current(&mut entity, patch));
                    }
                    black_box(entity);
                }
            }
            _ => return None,
        }
        Some(())
    }};
}

/// The diagnostic and experimental sides (see `src/experiments.rs`), outside the generic cases.
fn experiment(entity: &str, group: &str, side: &str, n: usize) -> Option<()> {
    match entity {
        "office365" => {
            use experiments::{office as de, office_apply as apply};
            experiment_for!(
                office_case(),
                office::Office365TwinPatchTyped,
                de,
                apply,
                group,
                side,
                n
            )
        }
        "wide60" => {
            use experiments::{wide as de, wide_apply as apply};
            experiment_for!(
                wide_case(),
                wide::WideTwinPatchTyped,
                de,
                apply,
                group,
                side,
                n
            )
        }
        _ => None,
    }
}

type OfficeCase = Case<
    graph_entity::models::Office365ServicesUserCounts,
    office::Office365Twin,
    office::Office365TwinPatch,
    office::Office365StructPatch,
>;
type WideCase = Case<wide::Wide, wide::WideTwin, wide::WideTwinPatch, wide::WideStructPatch>;

fn office_case() -> OfficeCase {
    Case::new(office::sample(), office::updated(), office::sparse())
}

fn wide_case() -> WideCase {
    Case::new(wide::sample(0), wide::sample(1), wide::sparse())
}

fn ser<V: Serialize>(buf: &mut Vec<u8>, value: &V) {
    measured(|| serde_json::to_writer(&mut *buf, black_box(value)).expect("serializes"));
    black_box(buf.len());
}

fn de<V: DeserializeOwned>(json: &str) {
    measured(|| serde_json::from_slice::<V>(black_box(json.as_bytes())).expect("deserializes"));
}

fn de_str<V: DeserializeOwned>(json: &str) {
    measured(|| serde_json::from_str::<V>(black_box(json)).expect("deserializes"));
}

fn main() -> ExitCode {
    // `cargo bench` runs every bench target (with `--bench` and criterion's options): nothing
    // to do unless the first argument names an entity.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !matches!(
        args.first().map(String::as_str),
        Some("office365" | "wide60")
    ) {
        println!("callgrind: the driver of benches/callgrind.sh (usage: ENTITY GROUP SIDE [N])");
        return ExitCode::SUCCESS;
    }
    let [entity, group, side, rest @ ..] = args.as_slice() else {
        eprintln!("usage: callgrind ENTITY GROUP SIDE [N]");
        return ExitCode::FAILURE;
    };
    let n = rest
        .first()
        .map_or(100, |n| n.parse().expect("N is a count"));
    let known = experiment(entity, group, side, n).is_some()
        || match entity.as_str() {
            "office365" => run(&office_case(), group, side, n),
            "wide60" => run(&wide_case(), group, side, n),
            _ => false,
        };
    if known {
        ExitCode::SUCCESS
    } else {
        eprintln!("unknown benchmark {entity}/{group}/{side}");
        ExitCode::FAILURE
    }
}
