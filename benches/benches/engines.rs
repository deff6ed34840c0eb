//! Other serde JSON engines on the generated models: a 1,000-row `Page<AnyMessage>` and a
//! 1,000-row `Page<User>` (`graph-entity-models`, areas `mail` and `users`) read through
//! `serde_json` (`from_slice`), sonic-rs (`from_slice`) and simd-json (`serde::from_slice`).
//!
//! The rows are real: every message (`message`, `eventMessage`, `eventMessageRequest`) and every
//! user of a successful response in the docs corpus
//! (`graph-entity-models/tests/fixtures/docs-examples.jsonl`) and the root package's fixtures
//! (`tests/fixtures/graph/`, `tests/fixtures/poly/`) that the models read, repeated in turn to
//! 1,000 rows, each with its own `id`, and written as a page by the models' own writer (so
//! `@odata.type` comes first, as Graph writes it). Before timing, each engine must read the page
//! `serde_json` reads.
//!
//! simd-json parses in place: it needs a mutable copy of the bytes per read. Two sides say what
//! that costs: `simd-json (copy timed)` copies the page into a fresh `Vec` inside the timing (the
//! cost a caller holding `&[u8]` pays), `simd-json (copy untimed)` reads copies made before the
//! timing (a caller that owns its buffer: a body just received). `serde_json` and sonic-rs read
//! the same `&[u8]`. Every side drops the page inside the timing.
//!
//! Two measurements in one run: criterion's group `engines/…` (sequential), then a paired
//! ratio per engine (the engine and `serde_json` in alternating ~1 ms batches, 101 rounds; median
//! and quartiles of the per-round ratio `serde_json` time / engine time, above 1 = the engine is
//! faster), which a burst of load from another process hits on both sides alike.
//!
//! sonic-rs picks its SIMD code at compile time: without `-C target-cpu=native` (or
//! `-C target-feature=+avx2,+pclmulqdq`) it runs its portable code. simd-json (feature
//! `runtime-detection`) picks AVX2 or SSE4.2 at run time, whatever the flags. The header says
//! which code each ran.
//!
//! `cargo bench -p graph-entity-benches --bench engines [-- --quick]`, and again with
//! `RUSTFLAGS="-C target-cpu=native"`; see `../../BENCHMARKS.md`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use graph_entity::Page;
use graph_entity_models::{AnyMessage, User};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

const ROWS: usize = 1_000;

const CORPUS: &str = include_str!("../../graph-entity-models/tests/fixtures/docs-examples.jsonl");

/// The root package's real payloads, each a row or a page of rows.
const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/graph/message-get.response.json"),
    include_str!("../../tests/fixtures/graph/message-update.response.json"),
    include_str!("../../tests/fixtures/poly/mail_folder_messages.json"),
    include_str!("../../tests/fixtures/graph/user-get-schema-extension.response.json"),
    include_str!("../../tests/fixtures/poly/group_members.json"),
];

const MESSAGE_TYPES: &[&str] = &[
    "microsoft.graph.message",
    "microsoft.graph.eventMessage",
    "microsoft.graph.eventMessageRequest",
    "microsoft.graph.eventMessageResponse",
];

/// The rows of a body: its `value` when it is a page, else the body.
fn rows_of(body: &Value) -> Vec<&Value> {
    match body.get("value").and_then(Value::as_array) {
        Some(rows) => rows.iter().collect(),
        None => vec![body],
    }
}

/// Every row of a successful response in the corpus and the fixtures whose type (its own
/// `@odata.type`, else the record's resource) is one of `types`, and that `serde_json` reads as
/// a `T`.
fn real_rows<T: DeserializeOwned>(types: &[&str]) -> Vec<Value> {
    let mut found = Vec::new();
    let mut keep = |row: &Value, resource: Option<&str>| {
        let own = row["@odata.type"]
            .as_str()
            .map(|t| t.trim_start_matches('#'));
        let ty = own.or(resource).unwrap_or("");
        let reads = serde_json::from_value::<T>(row.clone()).is_ok();
        if types.contains(&ty) && row.is_object() && reads {
            found.push(row.clone());
        }
    };
    for line in CORPUS.lines() {
        let record: Value = serde_json::from_str(line).expect("a corpus line is JSON");
        let ok = record["status"]
            .as_u64()
            .is_some_and(|s| (200..300).contains(&s));
        if record["version"] != "v1.0" || !ok {
            continue;
        }
        for row in rows_of(&record["response"]) {
            keep(row, record["resource"].as_str());
        }
    }
    for fixture in FIXTURES {
        let body: Value = serde_json::from_str(fixture).expect("a fixture is JSON");
        for row in rows_of(&body) {
            keep(row, None);
        }
    }
    found
}

/// A 1,000-row page of `rows` in turn, each with its own `id`, as the models write it.
fn page_of<T: Serialize + DeserializeOwned>(rows: &[Value]) -> String {
    assert!(!rows.is_empty(), "no real rows");
    let value = (0..ROWS)
        .map(|i| {
            let mut row = rows[i % rows.len()].clone();
            let id = row["id"].as_str().unwrap_or("row").to_owned();
            row["id"] = Value::String(format!("{id}-{i}"));
            serde_json::from_value::<T>(row).expect("a real row reads")
        })
        .collect();
    let page = Page {
        value,
        context: Some("https://graph.microsoft.com/v1.0/$metadata#users('x')/items".to_owned()),
        next_link: Some("https://graph.microsoft.com/v1.0/me/items?$skiptoken=X".to_owned()),
        ..Page::default()
    };
    serde_json::to_string(&page).expect("the page writes")
}

fn serde_read<T: DeserializeOwned>(json: &[u8]) -> Page<T> {
    serde_json::from_slice(json).expect("serde_json reads the page")
}

fn sonic_read<T: DeserializeOwned>(json: &[u8]) -> Page<T> {
    sonic_rs::from_slice(json).expect("sonic-rs reads the page")
}

fn simd_read<T: DeserializeOwned>(json: &mut [u8]) -> Page<T> {
    simd_json::serde::from_slice(json).expect("simd-json reads the page")
}

/// Every engine reads the page `serde_json` reads.
fn check<T: DeserializeOwned + PartialEq + std::fmt::Debug>(json: &[u8]) {
    let expected = serde_read::<T>(json);
    assert_eq!(expected.value.len(), ROWS);
    assert!(
        sonic_read::<T>(json) == expected,
        "sonic-rs reads another page"
    );
    assert!(
        simd_read::<T>(&mut json.to_vec()) == expected,
        "simd-json reads another page"
    );
}

fn bench<T: DeserializeOwned>(c: &mut Criterion, name: &str, json: &[u8]) {
    let mut group = c.benchmark_group(format!("engines/{name}"));
    group.throughput(criterion::Throughput::Bytes(json.len() as u64));
    group.bench_function("serde_json", |b| {
        b.iter(|| serde_read::<T>(black_box(json)));
    });
    group.bench_function("sonic-rs", |b| {
        b.iter(|| sonic_read::<T>(black_box(json)));
    });
    group.bench_function("simd-json (copy timed)", |b| {
        b.iter(|| simd_read::<T>(&mut black_box(json).to_vec()));
    });
    group.bench_function("simd-json (copy untimed)", |b| {
        b.iter_batched_ref(
            || json.to_vec(),
            |copy| simd_read::<T>(black_box(copy)),
            criterion::BatchSize::LargeInput,
        );
    });
    group.finish();
}

fn pages() -> [(&'static str, String); 2] {
    let messages = page_of::<AnyMessage>(&real_rows::<AnyMessage>(MESSAGE_TYPES));
    let users = page_of::<User>(&real_rows::<User>(&["microsoft.graph.user"]));
    [("messages", messages), ("users", users)]
}

fn engines(c: &mut Criterion) {
    let [(_, messages), (_, users)] = pages();
    check::<AnyMessage>(messages.as_bytes());
    check::<User>(users.as_bytes());
    bench::<AnyMessage>(c, "messages", messages.as_bytes());
    bench::<User>(c, "users", users.as_bytes());
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = engines
}

/// Runs `iters` reads of one side and returns the time they took (copies made for the side
/// outside the timing are made and dropped outside it).
type Side<'a> = Box<dyn FnMut(u32) -> Duration + 'a>;

fn timed<'a, R>(mut op: impl FnMut() -> R + 'a) -> Side<'a> {
    Box::new(move |iters| {
        let start = Instant::now();
        for _ in 0..iters {
            black_box(op());
        }
        start.elapsed()
    })
}

/// simd-json on copies of `json` made before the timing.
fn untimed_copies<T: DeserializeOwned>(json: &[u8]) -> Side<'_> {
    Box::new(move |iters| {
        let mut copies: Vec<Vec<u8>> = (0..iters).map(|_| json.to_vec()).collect();
        let start = Instant::now();
        for copy in &mut copies {
            black_box(simd_read::<T>(copy));
        }
        let elapsed = start.elapsed();
        drop(copies);
        elapsed
    })
}

fn quartiles(mut v: Vec<f64>) -> [f64; 3] {
    v.sort_by(f64::total_cmp);
    let at = |q: usize| v[((v.len() - 1) * q + 2) / 4];
    [at(1), at(2), at(3)]
}

/// Median and quartiles of the per-round ratio `serde_json / engine`, and the median times
/// per read (ns) of `serde_json` and of the engine.
fn paired(serde: &mut Side<'_>, engine: &mut Side<'_>) -> ([f64; 3], f64, f64) {
    let mut iters = 1;
    while serde(iters).max(engine(iters)) < Duration::from_millis(1) {
        iters *= 2;
    }
    let (mut ratios, mut a_ns, mut b_ns) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..101 {
        let (a, b) = if round % 2 == 0 {
            let a = serde(iters);
            (a, engine(iters))
        } else {
            let b = engine(iters);
            (serde(iters), b)
        };
        ratios.push(a.as_secs_f64() / b.as_secs_f64());
        a_ns.push(a.as_secs_f64() * 1e9 / f64::from(iters));
        b_ns.push(b.as_secs_f64() * 1e9 / f64::from(iters));
    }
    (quartiles(ratios), quartiles(a_ns)[1], quartiles(b_ns)[1])
}

/// The paired table's rows for one page.
fn paired_rows<T: DeserializeOwned>(name: &str, json: &[u8]) {
    let sides: [(&str, Side<'_>); 3] = [
        ("sonic-rs", timed(move || sonic_read::<T>(json))),
        (
            "simd-json (copy timed)",
            timed(move || simd_read::<T>(&mut json.to_vec())),
        ),
        ("simd-json (copy untimed)", untimed_copies::<T>(json)),
    ];
    for (engine, mut side) in sides {
        let mut serde = timed(move || serde_read::<T>(json));
        let (ratio, serde_ns, engine_ns) = paired(&mut serde, &mut side);
        println!(
            "| {name} | {} KB | {engine} | {:.0} µs | {:.0} µs | **{:.2}×** | {:.2}–{:.2}× |",
            json.len() / 1000,
            serde_ns / 1e3,
            engine_ns / 1e3,
            ratio[1],
            ratio[0],
            ratio[2]
        );
    }
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();

    let [(_, messages), (_, users)] = pages();
    println!(
        "\nsonic-rs built with AVX2 and PCLMULQDQ (its SIMD code): {}; simd-json runs: {}",
        cfg!(all(target_feature = "avx2", target_feature = "pclmulqdq")),
        simd_json::Deserializer::algorithm()
    );
    println!(
        "\n| page (1,000 rows) | bytes | engine | serde_json | engine | serde_json time / engine time | quartiles |"
    );
    println!("|---|---:|---|---:|---:|---:|---|");
    paired_rows::<AnyMessage>("`Page<AnyMessage>`", messages.as_bytes());
    paired_rows::<User>("`Page<User>`", users.as_bytes());
}
