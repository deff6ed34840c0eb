//! Entity and patch (de)serialization: graph-entity's generated code against the limit (serde's
//! derive on a hand-written twin, without the `@odata.type` work) and the untyped path
//! (`serde_json::Value`), in the same criterion group so they share one run.
//!
//! `cargo bench -p graph-entity-benches --bench wire`; see `../../BENCHMARKS.md`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Bencher, Criterion, criterion_group, criterion_main};
use graph_entity::Entity;
use graph_entity_benches::{Case, NoStructPatch, TwinType, nested, office, wide};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Serializes `value` with `serde_json` into a reused `Vec<u8>` (so the figure is the
/// serializer's work, not the allocator's growth policy).
fn serialize<V: Serialize>(b: &mut Bencher<'_>, value: &V) {
    let mut buf = Vec::with_capacity(16 * 1024);
    b.iter(|| {
        buf.clear();
        serde_json::to_writer(&mut buf, black_box(value)).expect("serializes");
        black_box(buf.len());
    });
}

fn from_slice<V: DeserializeOwned>(b: &mut Bencher<'_>, json: &[u8]) {
    b.iter(|| serde_json::from_slice::<V>(black_box(json)).expect("deserializes"));
}

fn from_str<V: DeserializeOwned>(b: &mut Bencher<'_>, json: &str) {
    b.iter(|| serde_json::from_str::<V>(black_box(json)).expect("deserializes"));
}

fn wire<E, T, TP, SP>(c: &mut Criterion, name: &str, case: &Case<E, T, TP, SP>)
where
    E: Entity + Serialize + DeserializeOwned,
    E::Patch: Serialize + DeserializeOwned,
    T: Serialize + DeserializeOwned,
    TP: Serialize + DeserializeOwned,
{
    let mut g = c.benchmark_group(format!("{name}/entity_serialize"));
    g.bench_function("graph-entity", |b| serialize(b, &case.entity));
    g.bench_function("serde-twin", |b| serialize(b, &case.twin));
    g.bench_function("value", |b| serialize(b, &case.entity_value));
    g.finish();

    let json = case.entity_json.as_bytes();
    let mut g = c.benchmark_group(format!("{name}/entity_deserialize_slice"));
    g.bench_function("graph-entity", |b| from_slice::<E>(b, json));
    g.bench_function("serde-twin", |b| from_slice::<T>(b, json));
    g.bench_function("value", |b| from_slice::<serde_json::Value>(b, json));
    g.finish();

    let json = case.entity_json.as_str();
    let mut g = c.benchmark_group(format!("{name}/entity_deserialize_str"));
    g.bench_function("graph-entity", |b| from_str::<E>(b, json));
    g.bench_function("serde-twin", |b| from_str::<T>(b, json));
    g.finish();

    for (density, patch, twin_patch, json) in [
        ("sparse", &case.sparse, &case.twin_sparse, &case.sparse_json),
        ("dense", &case.dense, &case.twin_dense, &case.dense_json),
    ] {
        let mut g = c.benchmark_group(format!("{name}/patch_serialize_{density}"));
        g.bench_function("graph-entity", |b| serialize(b, patch));
        g.bench_function("serde-twin", |b| serialize(b, twin_patch));
        g.finish();

        let mut g = c.benchmark_group(format!("{name}/patch_deserialize_{density}"));
        g.bench_function("graph-entity", |b| {
            from_slice::<E::Patch>(b, json.as_bytes());
        });
        g.bench_function("serde-twin", |b| from_slice::<TP>(b, json.as_bytes()));
        g.finish();
    }
}

fn office365(c: &mut Criterion) {
    let case: Case<
        _,
        office::Office365Twin,
        office::Office365TwinPatch,
        office::Office365StructPatch,
    > = Case::new(office::sample(), office::updated(), office::sparse());
    case.check(16);
    wire(c, "office365", &case);
}

fn wide60(c: &mut Criterion) {
    let case: Case<_, wide::WideTwin, wide::WideTwinPatch, wide::WideStructPatch> =
        Case::new(wide::sample(0), wide::sample(1), wide::sparse());
    case.check(59);
    wire(c, "wide60", &case);
}

fn nested(c: &mut Criterion) {
    let case: Case<_, nested::EventTwin, nested::EventTwinPatch, NoStructPatch> =
        Case::new(nested::sample(), nested::updated(), nested::sparse());
    case.check_sides(14, 1, TwinType::Written);
    wire(c, "nested", &case);
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
