//! `apply`, `diff` and `merge`: graph-entity's generated code against the untyped path
//! (`serde_json::Value` with `json_patch`) and struct-patch's derived patch of the twin, in the
//! same criterion group so they share one run.
//!
//! Inputs that an operation consumes or mutates are prepared outside the timing
//! (`iter_batched_ref`) and dropped outside it (the patched entity, the merged patch); a value an
//! operation returns (the patch `diff` computes) is dropped inside it, as in real use.
//!
//! `cargo bench -p graph-entity-benches --bench merge`; see `../../BENCHMARKS.md`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use graph_entity::{Entity, Patch};
use graph_entity_benches::{Case, office, wide};
use struct_patch::Merge;

fn merge_ops<E, T, TP, SP>(c: &mut Criterion, name: &str, case: &Case<E, T, TP, SP>)
where
    E: Entity + Clone,
    T: Clone + struct_patch::Patch<SP>,
    SP: Clone + Merge,
{
    for (density, patch, sp_patch, patch_value) in [
        ("sparse", &case.sparse, &case.sp_sparse, &case.sparse_value),
        ("dense", &case.dense, &case.sp_dense, &case.dense_value),
    ] {
        let mut g = c.benchmark_group(format!("{name}/apply_{density}"));
        g.bench_function("graph-entity", |b| {
            b.iter_batched_ref(
                || (case.entity.clone(), Some(patch.clone())),
                |(entity, patch)| entity.apply(patch.take().expect("one patch per run")),
                BatchSize::SmallInput,
            );
        });
        g.bench_function("struct-patch", |b| {
            b.iter_batched_ref(
                || (case.twin.clone(), Some(sp_patch.clone())),
                |(twin, patch)| twin.apply(patch.take().expect("one patch per run")),
                BatchSize::SmallInput,
            );
        });
        g.bench_function("value+json_patch", |b| {
            b.iter_batched_ref(
                || case.entity_value.clone(),
                |doc| json_patch::merge(doc, black_box(patch_value)),
                BatchSize::SmallInput,
            );
        });
        g.finish();
    }

    let mut g = c.benchmark_group(format!("{name}/diff"));
    g.bench_function("graph-entity", |b| {
        b.iter(|| black_box(&case.entity).diff(black_box(&case.updated)));
    });
    g.bench_function("struct-patch", |b| {
        // `into_patch_by_diff` consumes both structs (and moves, rather than clones, the
        // changed values into the patch).
        b.iter_batched_ref(
            || (Some(case.twin_updated.clone()), Some(case.twin.clone())),
            |(updated, previous)| {
                let updated = updated.take().expect("one diff per run");
                updated.into_patch_by_diff(previous.take().expect("one diff per run"))
            },
            BatchSize::SmallInput,
        );
    });
    g.bench_function("value+json_patch", |b| {
        // An RFC 6902 JSON Patch (json_patch has no merge-patch diff).
        b.iter(|| {
            json_patch::diff(
                black_box(&case.entity_value),
                black_box(&case.updated_value),
            )
        });
    });
    g.finish();

    // The dense patch followed by the sparse one.
    let mut g = c.benchmark_group(format!("{name}/merge"));
    g.bench_function("graph-entity", |b| {
        b.iter_batched_ref(
            || (case.dense.clone(), Some(case.sparse.clone())),
            |(earlier, later)| earlier.merge(later.take().expect("one merge per run")),
            BatchSize::SmallInput,
        );
    });
    g.bench_function("struct-patch", |b| {
        b.iter_batched_ref(
            || (Some(case.sp_dense.clone()), Some(case.sp_sparse.clone())),
            |(earlier, later)| {
                // The merged patch goes back into the input, to be dropped outside the timing
                // as graph-entity's (merged in place) is.
                let merged = earlier.take().expect("one merge per run");
                *earlier = Some(merged.merge(later.take().expect("one merge per run")));
            },
            BatchSize::SmallInput,
        );
    });
    g.bench_function("value+json_patch", |b| {
        // RFC 7396 applied to two patches: not a faithful composition (a later `null` removes
        // the member instead of keeping it), but the untyped path's nearest operation.
        b.iter_batched_ref(
            || case.dense_value.clone(),
            |earlier| json_patch::merge(earlier, black_box(&case.sparse_value)),
            BatchSize::SmallInput,
        );
    });
    g.finish();
}

fn office365(c: &mut Criterion) {
    let case: Case<
        _,
        office::Office365Twin,
        office::Office365TwinPatch,
        office::Office365StructPatch,
    > = Case::new(office::sample(), office::updated(), office::sparse());
    case.check(16);
    merge_ops(c, "office365", &case);
}

fn wide60(c: &mut Criterion) {
    let case: Case<_, wide::WideTwin, wide::WideTwinPatch, wide::WideStructPatch> =
        Case::new(wide::sample(0), wide::sample(1), wide::sparse());
    case.check(59);
    merge_ops(c, "wide60", &case);
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = office365, wide60
}
criterion_main!(benches);
