//! Compile-fail tests of `#[derive(GraphEntity)]` and `#[derive(GraphEnum)]`: every misuse is a
//! compile error that says what is wrong and what to write instead, at the offending tokens.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p graph-entity-ui-tests`,
//! then read every changed `.stderr` file before committing it.
//!
//! The `.stderr` files are rustc's own words, which change between releases: they are pinned to
//! the toolchain CI uses, [`PINNED`]. On another toolchain the comparison is skipped (with a
//! note), since a difference there says nothing about the derive.

use std::process::Command;

/// The rustc release the `.stderr` files were written with (CI's toolchain).
const PINNED: &str = "1.95.";

#[test]
fn ui() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let version = Command::new(&rustc)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    if !version.starts_with(&format!("rustc {PINNED}")) {
        eprintln!(
            "tests/ui: skipped: the .stderr files are pinned to rustc {PINNED}x, this is {}",
            version.trim()
        );
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui-pass/*.rs");
}
