//! The committed models are what the generator makes of the committed schema, to the byte: no
//! hand edit, no stale file, and `Cargo.toml`'s features are the generated ones.
//!
//! After changing the generator, the schema or `areas.txt`, regenerate (README, "Models for all
//! of Graph") and commit the result.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use graph_entity_codegen::{
    Areas, Descriptions, Options, generate, read_only_paths, rustfmt, splice_features,
};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const REGENERATE: &str = "cargo run -p graph-entity-codegen -- graph-entity-models/csdl/v1.0.xml \
     --out graph-entity-models/src/graph --areas graph-entity-models/areas.txt \
     --cargo-toml graph-entity-models/Cargo.toml \
     --descriptions graph-entity-models/csdl/v1.0-with-descriptions-2023-05-09.xml \
     --read-only graph-entity-models/read_only.txt \
     --values-crate graph-entity-models-values=graph-entity-models-values/src/graph \
     --values-part graph-entity-models-values-1=graph-entity-models-values-1/src/graph \
     --values-part graph-entity-models-values-2=graph-entity-models-values-2/src/graph \
     --values-cargo-toml graph-entity-models-values=graph-entity-models-values/Cargo.toml \
     --values-cargo-toml graph-entity-models-values-1=graph-entity-models-values-1/Cargo.toml \
     --values-cargo-toml graph-entity-models-values-2=graph-entity-models-values-2/Cargo.toml";

/// The values crates, beside this one: the shared values, then the two parts.
const VALUES: [&str; 3] = [
    "graph-entity-models-values",
    "graph-entity-models-values-1",
    "graph-entity-models-values-2",
];

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn committed(dir: &Path, prefix: &Path, out: &mut BTreeMap<PathBuf, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = prefix.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            committed(&path, &name, out);
        } else {
            out.insert(name, read(&path));
        }
    }
}

/// The options `REGENERATE` gives the generator.
fn v1_options() -> Options {
    let root = Path::new(ROOT);
    let descriptions = read(&root.join("csdl/v1.0-with-descriptions-2023-05-09.xml"));
    Options {
        areas: Some(Areas::parse(&read(&root.join("areas.txt"))).expect("areas.txt reads")),
        descriptions: Some(Descriptions::parse(&descriptions).expect("the 2023 schema reads")),
        read_only: read_only_paths(&read(&root.join("read_only.txt"))),
        values_crate: Some(VALUES[0].to_owned()),
        values_parts: VALUES[1..].iter().map(|p| (*p).to_owned()).collect(),
        ..Options::default()
    }
}

/// One generation of v1.0, shared by the tests that compare it with the committed files (each
/// generation takes seconds; `generation_is_deterministic` makes its own second one).
fn generated() -> &'static [graph_entity_codegen::GeneratedFile] {
    static GENERATED: OnceLock<Vec<graph_entity_codegen::GeneratedFile>> = OnceLock::new();
    GENERATED.get_or_init(generate_v1)
}

fn generate_v1() -> Vec<graph_entity_codegen::GeneratedFile> {
    let root = Path::new(ROOT);
    let mut files = generate(
        &read(&root.join("csdl/v1.0.xml")),
        "v1.0.xml",
        &v1_options(),
    )
    .expect("v1.0 generates");
    rustfmt(&mut files).expect("rustfmt formats the models");
    files
}

/// The directory of a package's manifest, relative to this crate: this one, or a values crate.
fn package_dir(values_crate: Option<&str>) -> PathBuf {
    values_crate.map_or_else(PathBuf::new, |package| Path::new("..").join(package))
}

/// Where a generated file is committed, relative to this crate: under `src/graph` here or in its
/// values crate.
fn committed_path(file: &graph_entity_codegen::GeneratedFile) -> PathBuf {
    package_dir(file.values_crate.as_deref())
        .join("src/graph")
        .join(&file.path)
}

#[test]
fn committed_models_are_the_generated_ones() {
    let mut on_disk = BTreeMap::new();
    let packages = std::iter::once(None).chain(VALUES.iter().copied().map(Some));
    for dir in packages.map(|p| package_dir(p).join("src/graph")) {
        committed(&Path::new(ROOT).join(&dir), &dir, &mut on_disk);
    }
    let files = generated();
    let mut differ = Vec::new();
    let mut missing = Vec::new();
    for file in files {
        let path = committed_path(file);
        match on_disk.remove(&path) {
            Some(text) if text == file.contents => {}
            Some(_) => differ.push(path.display().to_string()),
            None => missing.push(path.display().to_string()),
        }
    }
    let stale: Vec<String> = on_disk.keys().map(|p| p.display().to_string()).collect();
    assert!(
        differ.is_empty() && missing.is_empty() && stale.is_empty(),
        "src/graph (here and in the values crates) is not what the generator writes: {} differ \
         {:?}, {} missing {:?}, {} not generated {:?}; regenerate with `{REGENERATE}` (remove \
         each src/graph first)",
        differ.len(),
        differ.iter().take(5).collect::<Vec<_>>(),
        missing.len(),
        missing.iter().take(5).collect::<Vec<_>>(),
        stale.len(),
        stale.iter().take(5).collect::<Vec<_>>(),
    );
    assert!(files.len() > 3_800, "all of v1.0: {} files", files.len());
}

#[test]
fn cargo_features_are_the_generated_ones() {
    let files = generated();
    for package in std::iter::once(None).chain(VALUES.iter().copied().map(Some)) {
        let features = files
            .iter()
            .find(|f| f.values_crate.as_deref() == package && f.path == Path::new("features.toml"))
            .expect("features.toml is generated");
        let path = Path::new(ROOT)
            .join(package_dir(package))
            .join("Cargo.toml");
        let manifest = read(&path);
        let expected =
            splice_features(&manifest, &features.contents).expect("the markers are there");
        assert!(
            manifest == expected,
            "{}'s generated features are stale; regenerate with `{REGENERATE}`",
            path.display()
        );
        for area in ["common", "calendar", "mail", "security", "other", "full"] {
            assert!(
                manifest.contains(&format!("\n{area} = [")),
                "feature `{area}`"
            );
        }
    }
    // Each feature of the models enables the values crates' of the same name.
    let manifest = read(&Path::new(ROOT).join("Cargo.toml"));
    assert!(manifest.contains(
        "\ncalendar = [\"common\", \"graph-entity-models-values/calendar\", \
         \"graph-entity-models-values-1/calendar\", \"graph-entity-models-values-2/calendar\"]"
    ));
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generated(), generate_v1());
}

/// The types the docs corpus test reads, by CSDL name: every v1.0 record's resource, and the
/// `@odata.type` of its bodies and of their `value` items, when v1.0 has that type.
fn corpus_types() -> std::collections::BTreeSet<String> {
    let text = read(&Path::new(ROOT).join("tests/fixtures/docs-examples.jsonl"));
    let mut names = std::collections::BTreeSet::new();
    for line in text.lines() {
        let record: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        if record["version"] != "v1.0" {
            continue;
        }
        let mut add = |name: &serde_json::Value| {
            if let Some(name) = name.as_str() {
                names.insert(name.trim_start_matches('#').to_owned());
            }
        };
        add(&record["resource"]);
        for body in [&record["request"], &record["response"]] {
            add(&body["@odata.type"]);
            for item in body["value"].as_array().into_iter().flatten() {
                add(&item["@odata.type"]);
            }
        }
    }
    names
}

/// What the generator makes of v1.0 with the areas, type by type.
fn v1_index() -> Vec<graph_entity_codegen::TypeEntry> {
    let root = Path::new(ROOT);
    graph_entity_codegen::index(&read(&root.join("csdl/v1.0.xml")), &v1_options())
        .expect("v1.0 indexes")
}

/// `tests/docs_corpus/types.rs`: the dispatch table of the corpus test, from the generator's
/// index. `UPDATE_GENERATED=1` rewrites it.
#[test]
fn corpus_dispatch_is_fresh() {
    let root = Path::new(ROOT);
    let index = v1_index();
    let wanted = corpus_types();
    let mut text = String::from(
        "// @generated by graph-entity-models/tests/fresh.rs from the docs corpus and the v1.0 \
         index; do not edit.\n\n\
         // CSDL name => the type, its patch, and what a body of the type reads as (`Any*` when\n\
         // the type has derived types), each behind the feature of its area so that the test\n\
         // compiles (and is linted) with any set of areas.\n\
         corpus_types! {\n",
    );
    for entry in index.iter().filter(|e| wanted.contains(&e.qualified)) {
        let Some(patch) = &entry.patch else { continue };
        let feature = entry
            .feature
            .as_deref()
            .expect("areas give every type a feature");
        let read_as = entry.any.as_ref().unwrap_or(&entry.path);
        writeln!(
            text,
            "    #[cfg(feature = \"{feature}\")]\n    \"{}\" => {}, {}, {};",
            entry.qualified, entry.path, patch, read_as
        )
        .expect("writes to a String");
    }
    text.push_str("}\n");
    let path = root.join("tests/docs_corpus/types.rs");
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &text).expect("writes types.rs");
    }
    assert!(
        read(&path) == text,
        "tests/docs_corpus/types.rs is stale; rerun this test with UPDATE_GENERATED=1"
    );
}

/// `tests/actions/bodies.rs`: the dispatch table of the action bodies test, from the generator's
/// index: each (action, binding type) pair of `tests/fixtures/calls/actions.jsonl` and its body,
/// behind the features it needs. `UPDATE_GENERATED=1` rewrites it.
#[test]
fn action_dispatch_is_fresh() {
    let root = Path::new(ROOT);
    let mut wanted = std::collections::BTreeSet::new();
    for line in read(&root.join("tests/fixtures/calls/actions.jsonl")).lines() {
        let record: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = |key: &str| record[key].as_str().expect("a string").to_owned();
        wanted.insert((text("action"), text("binding")));
    }
    let index = v1_index();
    let mut text = String::from(
        "// @generated by graph-entity-models/tests/fresh.rs from the action calls and the v1.0 \
         index; do not edit.\n\n\
         // (action, binding type) => its body, behind the features it needs.\n\
         action_bodies! {\n",
    );
    let mut found = std::collections::BTreeSet::new();
    for entry in &index {
        for body in &entry.actions {
            let key = (body.action.clone(), entry.qualified.clone());
            if !wanted.contains(&key) || !found.insert(key) {
                continue;
            }
            let mut features = vec![entry.feature.clone().expect("areas give a feature")];
            features.extend(body.features.iter().cloned());
            let cfg: Vec<String> = features
                .iter()
                .map(|f| format!("feature = \"{f}\""))
                .collect();
            writeln!(
                text,
                "    #[cfg(all({}))]\n    \"{}\", \"{}\" => {};",
                cfg.join(", "),
                body.action,
                entry.qualified,
                body.path
            )
            .expect("writes to a String");
        }
    }
    text.push_str("}\n");
    let missing: Vec<_> = wanted.difference(&found).collect();
    assert!(missing.is_empty(), "no body for {missing:?}");
    let path = root.join("tests/actions/bodies.rs");
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &text).expect("writes bodies.rs");
    }
    assert!(
        read(&path) == text,
        "tests/actions/bodies.rs is stale; rerun this test with UPDATE_GENERATED=1"
    );
}

/// The `--types` of `src/beta_reports`: Graph beta's 11 `office365*` usage-report row types.
const BETA_REPORT_TYPES: [&str; 11] = [
    "microsoft.graph.office365ActivationCounts",
    "microsoft.graph.office365ActivationsUserCounts",
    "microsoft.graph.office365ActivationsUserDetail",
    "microsoft.graph.office365ActiveUserCounts",
    "microsoft.graph.office365ActiveUserDetail",
    "microsoft.graph.office365GroupsActivityCounts",
    "microsoft.graph.office365GroupsActivityDetail",
    "microsoft.graph.office365GroupsActivityFileCounts",
    "microsoft.graph.office365GroupsActivityGroupCounts",
    "microsoft.graph.office365GroupsActivityStorage",
    "microsoft.graph.office365ServicesUserCounts",
];

/// `src/beta_reports` is what the generator makes of `csdl/beta-office365-reports.xml` with
/// `--types` the 11 report types, to the byte: no file differs, none is missing, none is extra.
#[test]
fn committed_beta_reports_are_the_generated_ones() {
    let root = Path::new(ROOT);
    let options = Options {
        types: Some(BETA_REPORT_TYPES.iter().map(|t| (*t).to_owned()).collect()),
        ..Options::default()
    };
    let mut files = generate(
        &read(&root.join("csdl/beta-office365-reports.xml")),
        "beta-office365-reports.xml",
        &options,
    )
    .expect("the beta reports generate");
    rustfmt(&mut files).expect("rustfmt formats the beta reports");
    let mut on_disk = BTreeMap::new();
    committed(&root.join("src/beta_reports"), Path::new(""), &mut on_disk);
    let mut differ = Vec::new();
    let mut missing = Vec::new();
    for file in &files {
        match on_disk.remove(&file.path) {
            Some(text) if text == file.contents => {}
            Some(_) => differ.push(file.path.display().to_string()),
            None => missing.push(file.path.display().to_string()),
        }
    }
    let stale: Vec<String> = on_disk.keys().map(|p| p.display().to_string()).collect();
    assert!(
        differ.is_empty() && missing.is_empty() && stale.is_empty(),
        "src/beta_reports is not what the generator writes: differ {differ:?}, missing \
         {missing:?}, not generated {stale:?}; remove src/beta_reports and regenerate with \
         `cargo run -p graph-entity-codegen -- graph-entity-models/csdl/beta-office365-reports.xml \
         --out graph-entity-models/src/beta_reports --types {}`",
        BETA_REPORT_TYPES.join(","),
    );
    // The 11 report types, their base `entity` and the complex type `userActivationCounts`,
    // and `mod.rs`.
    assert_eq!(
        files.len(),
        14,
        "{:?}",
        files.iter().map(|f| &f.path).collect::<Vec<_>>()
    );
}
