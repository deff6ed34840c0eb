//! One test per CSDL construct: the CSDL in, the generated Rust text out. One module per
//! topic:
//!
//! - `types`: namespaces and aliases, base types and inheritance, abstract and open types, the
//!   etag;
//! - `any_enums`: the `Any*` enums of polymorphic values, where they are generated and where not;
//! - `enums`: enum and flags types;
//! - `properties`: property types, names, keys, nullability, descriptions and read-only hints;
//! - `naming_and_output`: the `types` option, names that clash with the prelude or a module, and
//!   the output's form (deterministic, generated header, byte order mark);
//! - `navigation`: navigation properties and binds.

#[path = "../common/mod.rs"]
mod common;

use common::{HEADER, files, fixture, schema};

/// A file of `tests/generated/`: the generator's output for a fixture, committed so that
/// `compiles.rs` can build it (and checks it is fresh); a test that expects a whole file names
/// it here rather than keeping a second copy inline.
fn golden(fixture: &str, file: &str) -> String {
    let path = format!(
        "{}/tests/generated/{fixture}/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

mod any_enums;
mod enums;
mod naming_and_output;
mod navigation;
mod properties;
mod types;
