//! Streamed pages: `PageRows<&[u8], T>` (each row read as it comes, one row held at a time)
//! against `serde_json::from_slice::<Page<T>>` (the whole page at once) on the same 1,000-row
//! pages: users (`src/poly.rs`, 8 properties) and events (`src/nested.rs`, 14 properties, 9 of
//! them nested). Both sides drop each row (`PageRows`) or the page (`Page`) inside the timing.
//!
//! Two measurements in one run: criterion's group `page_rows/…` (sequential, A then B), then a
//! paired ratio (A and B in alternating ~1 ms batches, 101 rounds, median and quartiles of the
//! per-round ratio), which a burst of load from another process hits on both sides alike.
//!
//! `cargo bench -p graph-entity-benches --bench page_rows [-- --quick]`; see
//! `../../BENCHMARKS.md`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use graph_entity::{Page, PageRows};
use graph_entity_benches::{nested, poly};
use serde::de::DeserializeOwned;

/// The two pages, `{"@odata.context": ..., "value": [...], "@odata.nextLink": ...}`.
fn pages() -> [(&'static str, String); 2] {
    let users = poly::page_json(&poly::user_rows(), false);
    let events: Vec<nested::Event> = (0..poly::ROWS)
        .map(|i| {
            let mut event = nested::sample();
            event.id = format!("event-{i}");
            event
        })
        .collect();
    let events = poly::page_json(&events, false);
    let wrap = |json: String| {
        let inner = json
            .strip_prefix('{')
            .and_then(|j| j.strip_suffix('}'))
            .expect("an object");
        format!(
            "{{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#items\",{inner},\
             \"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/items?$skiptoken=X\"}}"
        )
    };
    [("users", wrap(users)), ("events", wrap(events))]
}

/// Streams every row, dropping each; returns the row count.
fn stream<T: DeserializeOwned>(json: &[u8]) -> usize {
    let mut rows = PageRows::<_, T>::new(json);
    for row in rows.by_ref() {
        black_box(row.expect("valid row"));
    }
    assert!(rows.next_link().is_some());
    rows.rows_read()
}

/// The whole page; returns the row count.
fn whole<T: DeserializeOwned>(json: &[u8]) -> usize {
    let page = serde_json::from_slice::<Page<T>>(json).expect("valid page");
    assert!(page.next_link.is_some());
    black_box(page).value.len()
}

fn check<T: DeserializeOwned + PartialEq + std::fmt::Debug>(json: &[u8]) {
    let page = serde_json::from_slice::<Page<T>>(json).expect("valid page");
    let rows: Vec<T> = PageRows::<_, T>::new(json)
        .collect::<Result<_, _>>()
        .expect("valid rows");
    assert_eq!(rows, page.value, "PageRows reads what Page reads");
    assert_eq!(rows.len(), poly::ROWS);
}

fn bench<T: DeserializeOwned>(c: &mut Criterion, name: &str, json: &[u8]) {
    let mut group = c.benchmark_group(format!("page_rows/{name}"));
    group.throughput(criterion::Throughput::Bytes(json.len() as u64));
    group.bench_function("PageRows", |b| b.iter(|| stream::<T>(black_box(json))));
    group.bench_function("from_slice_Page", |b| {
        b.iter(|| whole::<T>(black_box(json)));
    });
    group.finish();
}

fn page_rows(c: &mut Criterion) {
    let [(_, users), (_, events)] = pages();
    check::<poly::User>(users.as_bytes());
    check::<nested::Event>(events.as_bytes());
    bench::<poly::User>(c, "users", users.as_bytes());
    bench::<nested::Event>(c, "events", events.as_bytes());
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30);
    targets = page_rows
}

/// One side: reads a page, returns its row count.
type Read = fn(&[u8]) -> usize;

/// Times `iters` runs of `op`.
fn time(iters: u32, op: &dyn Fn() -> usize) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        black_box(op());
    }
    start.elapsed()
}

/// Median and quartiles of the per-round ratio `ours / theirs`, and the median times.
fn paired(ours: &dyn Fn() -> usize, theirs: &dyn Fn() -> usize) -> ([f64; 3], f64, f64) {
    let mut iters = 1;
    while time(iters, ours).max(time(iters, theirs)) < Duration::from_millis(1) {
        iters *= 2;
    }
    let (mut ratios, mut a_ns, mut b_ns) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..101 {
        let (a, b) = if round % 2 == 0 {
            let a = time(iters, ours);
            (a, time(iters, theirs))
        } else {
            let b = time(iters, theirs);
            (time(iters, ours), b)
        };
        ratios.push(a.as_secs_f64() / b.as_secs_f64());
        a_ns.push(a.as_secs_f64() * 1e9 / f64::from(iters));
        b_ns.push(b.as_secs_f64() * 1e9 / f64::from(iters));
    }
    let quartiles = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let at = |q: usize| v[((v.len() - 1) * q + 2) / 4];
        [at(1), at(2), at(3)]
    };
    (quartiles(ratios), quartiles(a_ns)[1], quartiles(b_ns)[1])
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();

    println!(
        "\n| page (1,000 rows) | bytes | PageRows | from_slice::<Page<T>> | Page time / PageRows time | quartiles |"
    );
    println!("|---|---:|---:|---:|---:|---|");
    let [(_, users), (_, events)] = pages();
    let cases: [(&str, &[u8], Read, Read); 2] = [
        (
            "users",
            users.as_bytes(),
            stream::<poly::User>,
            whole::<poly::User>,
        ),
        (
            "events",
            events.as_bytes(),
            stream::<nested::Event>,
            whole::<nested::Event>,
        ),
    ];
    for (name, json, ours, theirs) in cases {
        let ([low, median, high], ours_ns, theirs_ns) =
            paired(&|| ours(black_box(json)), &|| theirs(black_box(json)));
        // Throughput of PageRows relative to Page: the inverse of the time ratio.
        println!(
            "| {name} | {} | {:.0} µs | {:.0} µs | {:.2}× | {:.2}–{:.2}× |",
            json.len(),
            ours_ns / 1e3,
            theirs_ns / 1e3,
            1.0 / median,
            1.0 / high,
            1.0 / low
        );
    }
}
