//! `--areas`: types split into cargo features by what each area's roots need. The helpers and a
//! small areas file are here; the tests, by topic:
//!
//! - `roots`: which area a type goes to (the one that needs it, `common` or `other`) from its
//!   roots, by name, prefix or namespace;
//! - `areas_file`: the areas file's errors, the features written to `Cargo.toml` (spliced between
//!   its markers) and the gated `mod` lines;
//! - `cross_area`: what crosses areas: the types calls return, navigation into another area, an
//!   orphan type one area claims, `Any*` variants of another area;
//! - `random_schemas`: random schemas never make a feature cycle, and every name is compiled where
//!   it is used.

#[path = "../common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use common::schema;
use graph_entity_codegen::{Areas, GeneratedFile, Options, generate, index, splice_features};

fn closure_xml() -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/closure.xml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the fixture exists")
}

fn options(areas: &str) -> Options {
    Options {
        areas: Some(Areas::parse(areas).expect("the areas file reads")),
        ..Options::default()
    }
}

const AREAS: &str = "\
# two areas; `entity` is the base of both roots
calendar: microsoft.graph.event
people: graph.user # an alias works too
";

/// Each type's feature, by qualified name without `microsoft.graph.`.
fn features(xml: &str, areas: &str) -> BTreeMap<String, String> {
    index(xml, &options(areas))
        .expect("generates")
        .into_iter()
        .map(|e| {
            let name = e
                .qualified
                .trim_start_matches("microsoft.graph.")
                .to_owned();
            (name, e.feature.expect("a feature"))
        })
        .collect()
}

fn file<'a>(files: &'a [GeneratedFile], path: &str) -> &'a str {
    files
        .iter()
        .find(|f| f.path == Path::new(path))
        .unwrap_or_else(|| panic!("{path} is generated"))
        .contents
        .as_str()
}

mod areas_file;
mod cross_area;
mod random_schemas;
mod roots;
