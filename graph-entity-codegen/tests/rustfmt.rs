//! Generated files go through `graph_entity_codegen::rustfmt`, which lays them out with the
//! installed rustfmt: this test holds every fixture's output to `rustfmt --edition 2024 --check`
//! afterwards (so no file escaped the pass: rustfmt follows `mod` declarations from `mod.rs`),
//! and checks what it does with what the printer leaves long (attributes, `pub use` lists,
//! field types, `Any*` variants) and with text that is no Rust.

use std::path::Path;
use std::process::Command;

use graph_entity_codegen::{Areas, GeneratedFile, Options, generate, rustfmt};

fn check(fixture: &str, xml: &str, options: &Options) {
    let mut files = generate(xml, fixture, options).expect("generates");
    rustfmt(&mut files).expect("formats");
    let areas = if options.areas.is_some() {
        "-areas"
    } else {
        ""
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("rustfmt-{fixture}{areas}"));
    let _ = std::fs::remove_dir_all(&dir);
    for file in &files {
        let path = dir.join(&file.path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("created");
        std::fs::write(&path, &file.contents).expect("written");
    }
    let output = Command::new("rustfmt")
        .args(["--edition", "2024", "--check"])
        .arg(dir.join("mod.rs"))
        .output()
        .expect("rustfmt is installed (rustup component add rustfmt)");
    assert!(
        output.status.success(),
        "rustfmt would change the output of {fixture}:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn every_fixture_generates_rustfmt_clean_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in [
        "alias.xml",
        "closure.xml",
        "enums.xml",
        "inheritance.xml",
        "navigation.xml",
        "properties.xml",
        "widths.xml",
    ] {
        let xml = std::fs::read_to_string(dir.join(name)).expect("the fixture exists");
        check(name, &xml, &Options::default());
    }
}

#[test]
fn gated_navigation_fields_and_variants_are_rustfmt_clean() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/navigation.xml");
    let xml = std::fs::read_to_string(path).expect("the fixture exists");
    let areas = "people: microsoft.graph.user\nteams: microsoft.graph.group\n\
                 mail: microsoft.graph.message\n";
    let options = Options {
        areas: Some(Areas::parse(areas).expect("the areas file reads")),
        ..Options::default()
    };
    let mut files = generate(&xml, "navigation.xml", &options).expect("generates");
    rustfmt(&mut files).expect("formats");
    assert!(
        files
            .iter()
            .any(|f| f.contents.contains("    #[cfg(feature = \"mail\")]\n")),
        "some field or variant is gated"
    );
    // `user.messages` is behind `mail`: the struct names it, so that without the feature the
    // member is no dynamic property of the open type.
    let user = files
        .iter()
        .find(|f| f.path.ends_with("user.rs"))
        .expect("user.rs");
    assert!(
        user.contents
            .contains("    cfg_navigation = \"messages\"\n"),
        "{}",
        user.contents
    );
    check("navigation.xml", &xml, &options);
}

#[test]
fn what_the_printer_leaves_long_is_broken_as_rustfmt_breaks_it() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/widths.xml");
    let xml = std::fs::read_to_string(path).expect("the fixture exists");
    let printed = generate(&xml, "widths.xml", &Options::default()).expect("generates");
    // Lines past rustfmt's width that it can break: not a comment, a string literal alone or a
    // `use` of one path.
    let breakable = |files: &[GeneratedFile]| -> Vec<String> {
        files
            .iter()
            .flat_map(|f| f.contents.lines())
            .filter(|l| l.len() > 100)
            .map(str::trim_start)
            .filter(|l| {
                let comment = l.starts_with("//");
                let literal = l.starts_with("odata_type = \"") && l.ends_with("\",");
                let one_path = l.starts_with("pub use ") && !l.contains('{');
                !(comment || literal || one_path)
            })
            .map(str::to_owned)
            .collect()
    };
    assert!(breakable(&printed).len() >= 4, "the fixture has long items");
    let mut formatted = printed.clone();
    rustfmt(&mut formatted).expect("formats");
    assert_eq!(breakable(&formatted), Vec::<String>::new());
    assert_eq!(formatted.len(), printed.len());
}

#[test]
fn text_that_is_no_rust_is_an_error_naming_rustfmt() {
    let mut files = vec![GeneratedFile {
        path: "mod.rs".into(),
        contents: "pub struct {\n".to_owned(),
        values_crate: None,
    }];
    let err = rustfmt(&mut files).expect_err("not Rust");
    assert!(
        err.to_string()
            .starts_with("rustfmt failed on the generated files: error: "),
        "{err}"
    );
    assert_eq!(files[0].contents, "pub struct {\n", "left as it was");
}
