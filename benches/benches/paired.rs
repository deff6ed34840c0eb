//! Same-run ratios that survive a noisy machine: graph-entity and one baseline are timed in
//! alternating batches of about a millisecond (A B, B A, A B, ...), and each round gives a ratio
//! of the two; the table shows the median over 201 rounds and the interquartile range. A burst
//! of load from another process slows both sides of a round alike, where criterion, timing one
//! side for seconds and then the other, lets it fall on one side only.
//!
//! The operations and inputs are those of `wire.rs` and `merge.rs`, plus the 1,000-row
//! polymorphic pages of `src/poly.rs` (rows `poly/…`, filter `poly`); outputs are dropped inside
//! the timing, consumed or mutated inputs are prepared and dropped outside it.
//!
//! `cargo bench -p graph-entity-benches --bench paired [-- FILTER]`; see `../../BENCHMARKS.md`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use graph_entity::{Entity, Page, Patch};
use graph_entity_benches::poly::{AnyDirectoryObject, DirectoryObjectTwin, PageTwin, PolyCase};
use graph_entity_benches::{Case, NoStructPatch, TwinType, nested, office, poly, wide};
use serde::Serialize;
use serde::de::DeserializeOwned;
use struct_patch::Merge;

/// Runs `iters` iterations of one side and returns the time they took.
type Side<'a> = Box<dyn FnMut(u32) -> Duration + 'a>;

const ROUNDS: usize = 201;
const BATCH: Duration = Duration::from_millis(1);

fn plain<'a, R>(mut op: impl FnMut() -> R + 'a) -> Side<'a> {
    Box::new(move |iters| {
        let start = Instant::now();
        for _ in 0..iters {
            black_box(op());
        }
        start.elapsed()
    })
}

/// `op` on inputs made by `setup` outside the timing (and dropped outside it).
fn batched<'a, I, R>(
    mut setup: impl FnMut() -> I + 'a,
    mut op: impl FnMut(&mut I) -> R + 'a,
) -> Side<'a> {
    Box::new(move |iters| {
        let mut inputs: Vec<I> = (0..iters).map(|_| setup()).collect();
        let start = Instant::now();
        for input in &mut inputs {
            black_box(op(input));
        }
        let elapsed = start.elapsed();
        drop(inputs);
        elapsed
    })
}

fn serialize<V: Serialize>(value: &V) -> Side<'_> {
    let mut buf = Vec::with_capacity(16 * 1024);
    plain(move || {
        buf.clear();
        serde_json::to_writer(&mut buf, black_box(value)).expect("serializes");
        buf.len()
    })
}

fn from_slice<V: DeserializeOwned>(json: &str) -> Side<'_> {
    plain(move || serde_json::from_slice::<V>(black_box(json.as_bytes())).expect("deserializes"))
}

fn from_str<V: DeserializeOwned>(json: &str) -> Side<'_> {
    plain(move || serde_json::from_str::<V>(black_box(json)).expect("deserializes"))
}

/// Median ratio ours/theirs over the rounds, its quartiles, and the median times per iteration.
struct Outcome {
    ratio: [f64; 3],
    ours_ns: f64,
    theirs_ns: f64,
}

fn quartiles(mut v: Vec<f64>) -> [f64; 3] {
    v.sort_by(f64::total_cmp);
    // The element at `quarter`/4 of the way, rounded to the nearest index.
    let at = |quarter: usize| v[((v.len() - 1) * quarter + 2) / 4];
    [at(1), at(2), at(3)]
}

fn compare(ours: &mut Side<'_>, theirs: &mut Side<'_>) -> Outcome {
    // Calibrate: iterations for about one BATCH of the slower side, after a warm-up.
    let mut iters: u32 = 1;
    loop {
        let t = ours(iters).max(theirs(iters));
        if t >= BATCH || iters >= 1 << 24 {
            break;
        }
        iters *= 2;
    }
    let (mut ratios, mut ours_ns, mut theirs_ns) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let (a, b) = if round % 2 == 0 {
            let a = ours(iters);
            (a, theirs(iters))
        } else {
            let b = theirs(iters);
            (ours(iters), b)
        };
        ratios.push(a.as_secs_f64() / b.as_secs_f64());
        ours_ns.push(a.as_secs_f64() * 1e9 / f64::from(iters));
        theirs_ns.push(b.as_secs_f64() * 1e9 / f64::from(iters));
    }
    Outcome {
        ratio: quartiles(ratios),
        ours_ns: quartiles(ours_ns)[1],
        theirs_ns: quartiles(theirs_ns)[1],
    }
}

fn fmt(ns: f64) -> String {
    if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// Compares and prints one row, if `name` passes the command line's filter.
fn row(filter: Option<&str>, name: &str, baseline: &str, mut ours: Side<'_>, mut theirs: Side<'_>) {
    let label = format!("{name} vs {baseline}");
    if filter.is_some_and(|f| !label.contains(f)) {
        return;
    }
    let o = compare(&mut ours, &mut theirs);
    println!(
        "| {name} | {} | {baseline} | {} | {:.2}× | {:.2}–{:.2}× |",
        fmt(o.ours_ns),
        fmt(o.theirs_ns),
        o.ratio[1],
        o.ratio[0],
        o.ratio[2]
    );
}

/// The struct-patch sides of a case, where its twin derives struct-patch's `Patch`; `None`
/// where it does not (`nested`).
trait StructPatchSides {
    /// Side `struct-patch` of `apply` with the sparse or dense patch.
    fn apply(&self, dense: bool) -> Option<Side<'_>>;
    /// Side `struct-patch` of `diff`.
    fn diff(&self) -> Option<Side<'_>>;
    /// Side `struct-patch` of `merge` (the dense patch, then the sparse one).
    fn merge(&self) -> Option<Side<'_>>;
}

impl<E, T, TP, SP> StructPatchSides for Case<E, T, TP, SP>
where
    E: Entity,
    T: Clone + struct_patch::Patch<SP>,
    SP: Clone + Merge,
{
    fn apply(&self, dense: bool) -> Option<Side<'_>> {
        let sp = if dense {
            &self.sp_dense
        } else {
            &self.sp_sparse
        };
        Some(batched(
            || (self.twin.clone(), Some(sp.clone())),
            |(twin, patch)| twin.apply(patch.take().expect("one patch per run")),
        ))
    }

    fn diff(&self) -> Option<Side<'_>> {
        Some(batched(
            || (Some(self.twin_updated.clone()), Some(self.twin.clone())),
            |(updated, previous)| {
                let updated = updated.take().expect("one diff per run");
                updated.into_patch_by_diff(previous.take().expect("one diff per run"))
            },
        ))
    }

    fn merge(&self) -> Option<Side<'_>> {
        Some(batched(
            || (Some(self.sp_dense.clone()), Some(self.sp_sparse.clone())),
            |(earlier, later)| {
                // The merged patch goes back into the input, to be dropped outside the timing
                // as graph-entity's (merged in place) is.
                let merged = earlier.take().expect("one merge per run");
                *earlier = Some(merged.merge(later.take().expect("one merge per run")));
            },
        ))
    }
}

/// The `nested` twin has no struct-patch side.
struct NoSides;

impl StructPatchSides for NoSides {
    fn apply(&self, _: bool) -> Option<Side<'_>> {
        None
    }

    fn diff(&self) -> Option<Side<'_>> {
        None
    }

    fn merge(&self) -> Option<Side<'_>> {
        None
    }
}

#[allow(
    clippy::too_many_lines,
    reason = "a list of rows, one per operation and baseline, in the order of the table"
)]
fn suite<E, T, TP, SP>(
    filter: Option<&str>,
    name: &str,
    case: &Case<E, T, TP, SP>,
    struct_patch: &dyn StructPatchSides,
) where
    E: Entity + Clone + Serialize + DeserializeOwned,
    E::Patch: Serialize + DeserializeOwned,
    T: Serialize + DeserializeOwned,
    TP: Serialize + DeserializeOwned,
{
    let n = |op: &str| format!("{name}/{op}");
    let json = case.entity_json.as_str();
    row(
        filter,
        &n("entity_serialize"),
        "serde-twin",
        serialize(&case.entity),
        serialize(&case.twin),
    );
    row(
        filter,
        &n("entity_serialize"),
        "value",
        serialize(&case.entity),
        serialize(&case.entity_value),
    );
    row(
        filter,
        &n("entity_deserialize_slice"),
        "serde-twin",
        from_slice::<E>(json),
        from_slice::<T>(json),
    );
    row(
        filter,
        &n("entity_deserialize_slice"),
        "value",
        from_slice::<E>(json),
        from_slice::<serde_json::Value>(json),
    );
    row(
        filter,
        &n("entity_deserialize_str"),
        "serde-twin",
        from_str::<E>(json),
        from_str::<T>(json),
    );
    for (density, patch, twin, patch_json, patch_value) in [
        (
            "sparse",
            &case.sparse,
            &case.twin_sparse,
            &case.sparse_json,
            &case.sparse_value,
        ),
        (
            "dense",
            &case.dense,
            &case.twin_dense,
            &case.dense_json,
            &case.dense_value,
        ),
    ] {
        row(
            filter,
            &n(&format!("patch_serialize_{density}")),
            "serde-twin",
            serialize(patch),
            serialize(twin),
        );
        row(
            filter,
            &n(&format!("patch_deserialize_{density}")),
            "serde-twin",
            from_slice::<E::Patch>(patch_json),
            from_slice::<TP>(patch_json),
        );
        let ours_apply = || {
            batched(
                || (case.entity.clone(), Some(patch.clone())),
                |(entity, patch)| entity.apply(patch.take().expect("one patch per run")),
            )
        };
        if let Some(theirs) = struct_patch.apply(density == "dense") {
            row(
                filter,
                &n(&format!("apply_{density}")),
                "struct-patch",
                ours_apply(),
                theirs,
            );
        }
        row(
            filter,
            &n(&format!("apply_{density}")),
            "value+json_patch",
            ours_apply(),
            batched(
                || case.entity_value.clone(),
                move |doc| json_patch::merge(doc, black_box(patch_value)),
            ),
        );
    }
    let ours_diff = || plain(|| black_box(&case.entity).diff(black_box(&case.updated)));
    if let Some(theirs) = struct_patch.diff() {
        row(filter, &n("diff"), "struct-patch", ours_diff(), theirs);
    }
    row(
        filter,
        &n("diff"),
        "value+json_patch",
        ours_diff(),
        plain(|| {
            json_patch::diff(
                black_box(&case.entity_value),
                black_box(&case.updated_value),
            )
        }),
    );
    let ours_merge = || {
        batched(
            || (case.dense.clone(), Some(case.sparse.clone())),
            |(earlier, later)| earlier.merge(later.take().expect("one merge per run")),
        )
    };
    if let Some(theirs) = struct_patch.merge() {
        row(filter, &n("merge"), "struct-patch", ours_merge(), theirs);
    }
    row(
        filter,
        &n("merge"),
        "value+json_patch",
        ours_merge(),
        batched(
            || case.dense_value.clone(),
            |earlier| json_patch::merge(earlier, black_box(&case.sparse_value)),
        ),
    );
}

fn main() {
    // `cargo bench` passes `--bench` (and criterion's options, when the whole suite runs with
    // them); the first other argument filters the rows.
    let mut filter = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if matches!(
            arg.as_str(),
            "--save-baseline" | "--baseline" | "--load-baseline"
        ) {
            args.next();
        } else if !arg.starts_with("--") {
            filter = Some(arg);
            break;
        }
    }
    println!(
        "| benchmark | graph-entity | baseline | baseline time | graph-entity / baseline | quartiles |"
    );
    println!("|---|---:|---|---:|---:|---|");

    let office: Case<
        _,
        office::Office365Twin,
        office::Office365TwinPatch,
        office::Office365StructPatch,
    > = Case::new(office::sample(), office::updated(), office::sparse());
    office.check(16);
    suite(filter.as_deref(), "office365", &office, &office);

    let wide: Case<_, wide::WideTwin, wide::WideTwinPatch, wide::WideStructPatch> =
        Case::new(wide::sample(0), wide::sample(1), wide::sparse());
    wide.check(59);
    suite(filter.as_deref(), "wide60", &wide, &wide);
    // `omit_none` (issue 17): the same entity written without its `None`s (a third of the
    // nullable properties in this sample) against the writer that writes them as `null`.
    let omit = wide::WideOmitNone::from(&wide.entity);
    let omitted: serde_json::Value = serde_json::to_value(&omit).expect("serializes");
    assert!(
        omitted.as_object().is_some_and(|m| m.len() < 61),
        "omit_none leaves members out"
    );
    row(
        filter.as_deref(),
        "wide60/entity_serialize omit_none",
        "same entity, nulls written",
        serialize(&omit),
        serialize(&wide.entity),
    );

    let nested: Case<_, nested::EventTwin, nested::EventTwinPatch, NoStructPatch> =
        Case::new(nested::sample(), nested::updated(), nested::sparse());
    nested.check_sides(14, 1, TwinType::Written);
    suite(filter.as_deref(), "nested", &nested, &NoSides);
    // Diagnostic, not a baseline: the twin keeping undeclared members with `#[serde(flatten)]`.
    let flat = nested::EventTwinFlatten::from(&nested.entity);
    assert_eq!(
        serde_json::to_string(&flat).expect("serializes"),
        nested.entity_json,
        "serde-twin+flatten writes graph-entity's JSON"
    );
    row(
        filter.as_deref(),
        "nested/entity_serialize",
        "serde-twin+flatten",
        serialize(&nested.entity),
        serialize(&flat),
    );
    row(
        filter.as_deref(),
        "nested/entity_deserialize_slice",
        "serde-twin+flatten",
        from_slice::<nested::Event>(&nested.entity_json),
        from_slice::<nested::EventTwinFlatten>(&nested.entity_json),
    );

    poly_rows(filter.as_deref());
}

/// Polymorphic pages (issue 11): 1,000-row pages read as `Page<AnyDirectoryObject>` against
/// serde's internally tagged enum and, for the all-user page, against `Page<User>`.
fn poly_rows(filter: Option<&str>) {
    let case = PolyCase::new();
    case.check();
    for (page, json) in [
        ("mixed", &case.mixed_json),
        ("mixed_type_last", &case.mixed_type_last_json),
    ] {
        row(
            filter,
            &format!("poly/{page}_slice"),
            "serde-tagged",
            from_slice::<Page<AnyDirectoryObject>>(json),
            from_slice::<PageTwin<DirectoryObjectTwin>>(json),
        );
        row(
            filter,
            &format!("poly/{page}_str"),
            "serde-tagged",
            from_str::<Page<AnyDirectoryObject>>(json),
            from_str::<PageTwin<DirectoryObjectTwin>>(json),
        );
    }
    row(
        filter,
        "poly/users_slice",
        "struct",
        from_slice::<Page<AnyDirectoryObject>>(&case.users_json),
        from_slice::<Page<poly::User>>(&case.users_json),
    );
    row(
        filter,
        "poly/users_str",
        "struct",
        from_str::<Page<AnyDirectoryObject>>(&case.users_json),
        from_str::<Page<poly::User>>(&case.users_json),
    );
}
