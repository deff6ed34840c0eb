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

use criterion::{BatchSize, Bencher, Criterion, criterion_group, criterion_main};
use graph_entity::{Entity, Patch};
use graph_entity_benches::{Case, NoStructPatch, TwinType, nested, office, wide};
use struct_patch::Merge;

/// The struct-patch sides of a case, where its twin derives struct-patch's `Patch` (not
/// `nested`'s: `NoSides`).
trait StructPatchSides {
    /// `apply` of the sparse or dense patch.
    fn apply(&self, b: &mut Bencher<'_>, dense: bool);
    /// `diff`.
    fn diff(&self, b: &mut Bencher<'_>);
    /// `merge` of the dense patch and the sparse one.
    fn merge(&self, b: &mut Bencher<'_>);
    /// Whether there is a struct-patch side at all (if not, the others are never called).
    fn present(&self) -> bool;
}

impl<E, T, TP, SP> StructPatchSides for Case<E, T, TP, SP>
where
    E: Entity,
    T: Clone + struct_patch::Patch<SP>,
    SP: Clone + Merge,
{
    fn apply(&self, b: &mut Bencher<'_>, dense: bool) {
        let sp_patch = if dense {
            &self.sp_dense
        } else {
            &self.sp_sparse
        };
        b.iter_batched_ref(
            || (self.twin.clone(), Some(sp_patch.clone())),
            |(twin, patch)| twin.apply(patch.take().expect("one patch per run")),
            BatchSize::SmallInput,
        );
    }

    fn diff(&self, b: &mut Bencher<'_>) {
        // `into_patch_by_diff` consumes both structs (and moves, rather than clones, the
        // changed values into the patch).
        b.iter_batched_ref(
            || (Some(self.twin_updated.clone()), Some(self.twin.clone())),
            |(updated, previous)| {
                let updated = updated.take().expect("one diff per run");
                updated.into_patch_by_diff(previous.take().expect("one diff per run"))
            },
            BatchSize::SmallInput,
        );
    }

    fn merge(&self, b: &mut Bencher<'_>) {
        b.iter_batched_ref(
            || (Some(self.sp_dense.clone()), Some(self.sp_sparse.clone())),
            |(earlier, later)| {
                // The merged patch goes back into the input, to be dropped outside the timing
                // as graph-entity's (merged in place) is.
                let merged = earlier.take().expect("one merge per run");
                *earlier = Some(merged.merge(later.take().expect("one merge per run")));
            },
            BatchSize::SmallInput,
        );
    }

    fn present(&self) -> bool {
        true
    }
}

/// The `nested` twin has no struct-patch side.
struct NoSides;

impl StructPatchSides for NoSides {
    fn apply(&self, _: &mut Bencher<'_>, _: bool) {}

    fn diff(&self, _: &mut Bencher<'_>) {}

    fn merge(&self, _: &mut Bencher<'_>) {}

    fn present(&self) -> bool {
        false
    }
}

fn merge_ops<E, T, TP, SP>(
    c: &mut Criterion,
    name: &str,
    case: &Case<E, T, TP, SP>,
    struct_patch: &dyn StructPatchSides,
) where
    E: Entity + Clone,
{
    for (density, patch, patch_value) in [
        ("sparse", &case.sparse, &case.sparse_value),
        ("dense", &case.dense, &case.dense_value),
    ] {
        let mut g = c.benchmark_group(format!("{name}/apply_{density}"));
        g.bench_function("graph-entity", |b| {
            b.iter_batched_ref(
                || (case.entity.clone(), Some(patch.clone())),
                |(entity, patch)| entity.apply(patch.take().expect("one patch per run")),
                BatchSize::SmallInput,
            );
        });
        if struct_patch.present() {
            g.bench_function("struct-patch", |b| {
                struct_patch.apply(b, density == "dense");
            });
        }
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
    if struct_patch.present() {
        g.bench_function("struct-patch", |b| {
            struct_patch.diff(b);
        });
    }
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
    if struct_patch.present() {
        g.bench_function("struct-patch", |b| {
            struct_patch.merge(b);
        });
    }
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
    merge_ops(c, "office365", &case, &case);
}

fn wide60(c: &mut Criterion) {
    let case: Case<_, wide::WideTwin, wide::WideTwinPatch, wide::WideStructPatch> =
        Case::new(wide::sample(0), wide::sample(1), wide::sparse());
    case.check(59);
    merge_ops(c, "wide60", &case, &case);
}

fn nested(c: &mut Criterion) {
    let case: Case<_, nested::EventTwin, nested::EventTwinPatch, NoStructPatch> =
        Case::new(nested::sample(), nested::updated(), nested::sparse());
    case.check_sides(14, 1, TwinType::Written);
    merge_ops(c, "nested", &case, &NoSides);
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
    targets = office365, wide60, nested
}
criterion_main!(benches);
