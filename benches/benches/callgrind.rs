//! Runs one benchmark operation many times, for `valgrind --tool=callgrind`: instructions are
//! collected only inside `measured` (`--collect-atstart=no --toggle-collect='*measured*'`), so
//! building inputs and dropping mutated state are not counted. Instruction counts are
//! deterministic, unlike the wall-clock times of a shared machine: `benches/callgrind.sh` builds
//! this target, runs every operation under valgrind and prints instructions per iteration next
//! to the baseline's.
//!
//! A bench target (so `cargo test` never builds it) that measures nothing under `cargo bench`:
//! it runs only when given `ENTITY GROUP SIDE [N]`, with ENTITY `office365`, `wide60` or
//! `nested`, GROUP and SIDE as in the criterion benches (e.g. `entity_serialize graph-entity`),
//! or ENTITY `poly` (1,000-row pages, see [`run_poly`]).

use std::hint::black_box;
use std::process::ExitCode;

use graph_entity::Page;
use graph_entity::{Entity, Patch};
use graph_entity_benches::poly::{
    self, AnyDirectoryObject, DirectoryObjectTwin, PageTwin, PolyCase,
};
use graph_entity_benches::{Case, NoStructPatch, nested, office, wide};
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

/// `entity.apply(patch)` as its caller writes it, the patch a local moved in: measured like
/// [`measured`] (its name matches the same `*measured*` pattern). Through `measured`, the patch
/// would be moved out of the closure's captures first: a copy of the whole patch struct (88 of
/// the 345 instructions of `nested/apply_sparse`, 124 of `wide60`'s 405) that the harness adds,
/// not `apply` (side `graph-entity+closure` keeps that form, BENCHMARKS.md).
#[inline(never)]
fn measured_apply<E: Entity>(entity: &mut E, patch: E::Patch) {
    entity.apply(patch);
}

/// The struct-patch sides of a case, where its twin derives struct-patch's `Patch`.
trait StructPatchSides {
    /// Runs GROUP (`apply`, `diff`, `merge`) once for side `struct-patch`; false if there is no
    /// such pair.
    fn run_once(&self, group: &str, dense: bool) -> bool;
}

impl StructPatchSides for OfficeCase {
    fn run_once(&self, group: &str, dense: bool) -> bool {
        struct_patch_once(self, group, dense)
    }
}

impl StructPatchSides for WideCase {
    fn run_once(&self, group: &str, dense: bool) -> bool {
        struct_patch_once(self, group, dense)
    }
}

impl StructPatchSides for NestedCase {
    fn run_once(&self, _: &str, _: bool) -> bool {
        false
    }
}

fn struct_patch_once<E, T, TP, SP>(case: &Case<E, T, TP, SP>, group: &str, dense: bool) -> bool
where
    E: Entity,
    T: Clone + struct_patch::Patch<SP>,
    SP: Clone + Merge,
{
    match group {
        "apply" => {
            let sp_patch = if dense {
                &case.sp_dense
            } else {
                &case.sp_sparse
            };
            let (mut twin, patch) = (case.twin.clone(), sp_patch.clone());
            measured(|| struct_patch::Patch::apply(&mut twin, patch));
            black_box(twin);
        }
        "diff" => {
            let (updated, previous) = (case.twin_updated.clone(), case.twin.clone());
            measured(|| updated.into_patch_by_diff(previous));
        }
        "merge" => {
            let (earlier, later) = (case.sp_dense.clone(), case.sp_sparse.clone());
            // The merged patch is the state `merge` produces: dropped outside, as graph-entity's.
            let mut merged = None;
            measured(|| merged = Some(earlier.merge(later)));
            black_box(merged);
        }
        _ => return false,
    }
    true
}

/// Runs GROUP for SIDE `n` times on `case`; false if there is no such pair. `Typed` is the
/// limit's patch plus a leading `@odata.type` member, side `serde-twin+type` of the patch
/// serialize groups: a diagnostic (what that member alone costs), not a baseline.
fn run<E, T, TP, SP, Typed>(case: &Case<E, T, TP, SP>, group: &str, side: &str, n: usize) -> bool
where
    E: Entity + Clone + Serialize + DeserializeOwned,
    E::Patch: Serialize + DeserializeOwned,
    T: Serialize + DeserializeOwned,
    TP: Serialize + DeserializeOwned,
    Case<E, T, TP, SP>: StructPatchSides,
    Typed: Serialize + for<'a> From<&'a E::Patch>,
{
    let mut buf = Vec::with_capacity(16 * 1024);
    let dense = group.ends_with("dense");
    let (patch, twin_patch, patch_json, patch_value) = if dense {
        (
            &case.dense,
            &case.twin_dense,
            &case.dense_json,
            &case.dense_value,
        )
    } else {
        (
            &case.sparse,
            &case.twin_sparse,
            &case.sparse_json,
            &case.sparse_value,
        )
    };
    let group = group.trim_end_matches("_dense").trim_end_matches("_sparse");
    let json = case.entity_json.as_str();
    let typed = Typed::from(patch);
    if side == "serde-twin+type" {
        // Otherwise the diagnostic would measure different work.
        assert_eq!(
            serde_json::to_string(&typed).expect("serializes"),
            *patch_json,
            "serde-twin+type writes graph-entity's patch JSON"
        );
    }
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
            ("patch_serialize", "serde-twin+type") => ser(&mut buf, &typed),
            ("patch_deserialize", "graph-entity") => de::<E::Patch>(patch_json),
            ("patch_deserialize", "serde-twin") => de::<TP>(patch_json),
            ("apply", "graph-entity") => {
                let (mut entity, patch) = (case.entity.clone(), patch.clone());
                measured_apply(&mut entity, patch);
                black_box(entity);
            }
            ("apply", "graph-entity+closure") => {
                let (mut entity, patch) = (case.entity.clone(), patch.clone());
                measured(|| entity.apply(patch));
                black_box(entity);
            }
            ("apply", "value+json_patch") => {
                let mut doc = case.entity_value.clone();
                measured(|| json_patch::merge(&mut doc, black_box(patch_value)));
                black_box(doc);
            }
            ("diff", "graph-entity") => {
                measured(|| black_box(&case.entity).diff(black_box(&case.updated)));
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
            ("merge", "value+json_patch") => {
                let mut earlier = case.dense_value.clone();
                measured(|| json_patch::merge(&mut earlier, black_box(&case.sparse_value)));
                black_box(earlier);
            }
            (_, "struct-patch") => {
                if !case.run_once(group, dense) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
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

type NestedCase = Case<nested::Event, nested::EventTwin, nested::EventTwinPatch, NoStructPatch>;

fn nested_case() -> NestedCase {
    Case::new(nested::sample(), nested::updated(), nested::sparse())
}

/// Side `serde-twin+flatten` of `nested` (a diagnostic, not a baseline): the twin keeping
/// undeclared members with `#[serde(flatten)]`; false for another group.
fn run_flatten(case: &NestedCase, group: &str, n: usize) -> bool {
    let twin = nested::EventTwinFlatten::from(&case.entity);
    // Otherwise the diagnostic would measure different work.
    assert_eq!(
        serde_json::to_string(&twin).expect("serializes"),
        case.entity_json,
        "serde-twin+flatten writes graph-entity's JSON"
    );
    let mut buf = Vec::with_capacity(16 * 1024);
    for _ in 0..n {
        buf.clear();
        match group {
            "entity_serialize" => ser(&mut buf, &twin),
            "entity_deserialize_slice" => de::<nested::EventTwinFlatten>(&case.entity_json),
            _ => return false,
        }
    }
    true
}

/// ENTITY `poly`: GROUP `mixed`, `mixed_type_last` or `users`, suffixed `_slice` or `_str`
/// (`serde_json::from_slice`/`from_str`), read as SIDE `graph-entity`
/// (`Page<AnyDirectoryObject>`), `serde-tagged` (serde's internally tagged enum), and for
/// `users` also `struct` (`Page<User>`) and `serde-twin` (serde's derive on a `User` twin);
/// false if there is no such pair. The sides are checked first ([`PolyCase::check`]).
fn run_poly(group: &str, side: &str, n: usize) -> bool {
    let case = PolyCase::new();
    case.check();
    let Some((page, read @ ("slice" | "str"))) = group.rsplit_once('_') else {
        return false;
    };
    let json = match page {
        "mixed" => &case.mixed_json,
        "mixed_type_last" => &case.mixed_type_last_json,
        "users" => &case.users_json,
        _ => return false,
    };
    let once: fn(&str) = match (page, side, read) {
        (_, "graph-entity", "slice") => de::<Page<AnyDirectoryObject>>,
        (_, "graph-entity", _) => de_str::<Page<AnyDirectoryObject>>,
        (_, "serde-tagged", "slice") => de::<PageTwin<DirectoryObjectTwin>>,
        (_, "serde-tagged", _) => de_str::<PageTwin<DirectoryObjectTwin>>,
        ("users", "struct", "slice") => de::<Page<poly::User>>,
        ("users", "struct", _) => de_str::<Page<poly::User>>,
        ("users", "serde-twin", "slice") => de::<PageTwin<poly::UserTwin>>,
        ("users", "serde-twin", _) => de_str::<PageTwin<poly::UserTwin>>,
        _ => return false,
    };
    for _ in 0..n {
        once(json);
    }
    true
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
        Some("office365" | "wide60" | "nested" | "poly")
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
    let known = match entity.as_str() {
        "office365" => {
            run::<_, _, _, _, office::Office365TwinPatchTyped>(&office_case(), group, side, n)
        }
        "wide60" => run::<_, _, _, _, wide::WideTwinPatchTyped>(&wide_case(), group, side, n),
        // The twin's patch writes `@odata.type` itself: it is its own `serde-twin+type`.
        "nested" if side == "serde-twin+flatten" => run_flatten(&nested_case(), group, n),
        "nested" => run::<_, _, _, _, nested::EventTwinPatch>(&nested_case(), group, side, n),
        "poly" => run_poly(group, side, n),
        _ => false,
    };
    if known {
        ExitCode::SUCCESS
    } else {
        eprintln!("unknown benchmark {entity}/{group}/{side}");
        ExitCode::FAILURE
    }
}
