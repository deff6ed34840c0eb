//! Generated files are rustfmt-clean: the generator prints rustfmt's layout itself, and this
//! test holds it to that with `rustfmt --edition 2024 --check` over every fixture's output
//! (rustfmt follows `mod` declarations from `mod.rs` into every file).
//!
//! The widths the emitter uses were measured the same way over Graph's whole v1.0 and beta
//! schemas (no diff); these fixtures hold the cases: long attributes, long `pub use` lists,
//! long field types and long `Any*` variants.

use std::path::Path;
use std::process::Command;

use graph_entity_codegen::{Areas, Options, generate};

fn check(fixture: &str, xml: &str, options: &Options) {
    let files = generate(xml, fixture, options).expect("generates");
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
    let files = generate(&xml, "navigation.xml", &options).expect("generates");
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
