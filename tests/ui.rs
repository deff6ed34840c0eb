//! Compile-fail tests of `#[derive(GraphEntity)]`: every misuse is a compile error that says what
//! is wrong and what to write instead, at the offending tokens.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test ui`, then read every
//! changed `.stderr` file before committing it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/ui-pass/*.rs");
}
