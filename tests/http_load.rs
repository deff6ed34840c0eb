//! No lost update under concurrency: the workload of `examples/http_load.rs` (which see),
//! smaller (8 clients × 50 patches on 4 entities, about 1 s in a debug build), over loopback.
//! The full run (32 × 500) and its figures: `cargo run --release --example http_load`.

#[path = "../examples/http_load.rs"]
#[allow(dead_code)]
mod http_load;

#[test]
fn concurrent_patches_with_if_match_and_rebase_are_each_applied_exactly_once() {
    let report = http_load::run(8, 50).expect("the workload runs without a lost update");
    http_load::check(&report).expect("every patch applied exactly once");
    assert_eq!(report.final_counters, [100, 100, 100, 100]);
    assert_eq!(report.final_lanes, vec![vec![Some(50), Some(50)]; 4]);
    // Clients of one entity start from the same ETag: some of them must have rebased.
    assert!(report.precondition_failures > 0, "{report:?}");
}
