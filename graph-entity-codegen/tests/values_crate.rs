//! `--values-crate`: the enum and complex types that lead to no entity type go to a second
//! crate, the rest re-exports them; the features of the main crate enable the values crate's.

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeMap;

use common::schema;
use graph_entity_codegen::{Areas, Options, generate, index};

/// An entity holding complex values; a complex type that navigates to an entity, one derived
/// from a plain complex type and one that holds it; an entity action's body; a namespace below
/// `microsoft.graph` with values only.
const SCHEMA: &str = r#"<EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="event" BaseType="graph.entity">
  <Property Name="body" Type="graph.itemBody" />
  <Property Name="location" Type="graph.location" />
  <Property Name="column" Type="graph.termColumn" />
</EntityType>
<ComplexType Name="itemBody">
  <Property Name="contentType" Type="graph.bodyType" />
  <Property Name="content" Type="Edm.String" />
</ComplexType>
<EnumType Name="bodyType"><Member Name="text" Value="0" /><Member Name="html" Value="1" /></EnumType>
<ComplexType Name="location"><Property Name="displayName" Type="Edm.String" /></ComplexType>
<ComplexType Name="locationWithTerm" BaseType="graph.location">
  <Property Name="term" Type="graph.termColumn" />
</ComplexType>
<ComplexType Name="outOfOffice" BaseType="graph.itemBody" />
<ComplexType Name="termColumn">
  <NavigationProperty Name="parentTerm" Type="graph.event" />
</ComplexType>
<ComplexType Name="reply"><Property Name="body" Type="graph.itemBody" /></ComplexType>
<Action Name="forward" IsBound="true">
  <Parameter Name="bindingParameter" Type="graph.event" />
  <Parameter Name="reply" Type="graph.reply" />
</Action>"#;

fn options(areas: Option<&str>) -> Options {
    Options {
        areas: areas.map(|a| Areas::parse(a).expect("the areas file reads")),
        values_crate: Some("models-values".to_owned()),
        ..Options::default()
    }
}

/// (values crate?, path) -> contents, of [`SCHEMA`].
fn outputs(options: &Options) -> BTreeMap<(bool, String), String> {
    outputs_of(&schema(SCHEMA), options)
}

/// (values crate?, path) -> contents, without parts.
fn outputs_of(xml: &str, options: &Options) -> BTreeMap<(bool, String), String> {
    by_crate(xml, options)
        .into_iter()
        .map(|((package, path), text)| ((package.is_some(), path), text))
        .collect()
}

/// (values package, path) -> contents.
fn by_crate(xml: &str, options: &Options) -> BTreeMap<(Option<String>, String), String> {
    generate(xml, "t.xml", options)
        .expect("generates")
        .into_iter()
        .map(|f| {
            let path = f.path.to_string_lossy().replace('\\', "/");
            ((f.values_crate, path), f.contents)
        })
        .collect()
}

fn paths(files: &BTreeMap<(bool, String), String>, values: bool) -> Vec<&str> {
    files
        .keys()
        .filter(|(v, _)| *v == values)
        .map(|(_, p)| p.as_str())
        .collect()
}

#[test]
fn values_are_the_types_that_lead_to_no_entity() {
    let files = outputs(&options(None));
    // `itemBody` and its derived `outOfOffice` (its `Any*` enum is in `itemBody`'s file),
    // `bodyType`, `reply` (an action parameter, but only an entity's file names it).
    assert_eq!(
        paths(&files, true),
        [
            "body_type.rs",
            "item_body.rs",
            "mod.rs",
            "out_of_office.rs",
            "reply.rs"
        ]
    );
    // `termColumn` navigates to an entity; `locationWithTerm` holds it, and `location`'s
    // `Any*` enum has it as a variant.
    assert_eq!(
        paths(&files, false),
        [
            "entity.rs",
            "event.rs",
            "location.rs",
            "location_with_term.rs",
            "mod.rs",
            "term_column.rs"
        ]
    );
}

#[test]
fn the_main_output_reexports_the_values_crate() {
    let files = outputs(&options(None));
    let main = &files[&(false, "mod.rs".to_owned())];
    assert!(
        main.contains("\n#[allow(unused_imports)]\npub use models_values::*;\n"),
        "{main}"
    );
    assert!(!main.contains("mod item_body;"), "{main}");
    let values = &files[&(true, "mod.rs".to_owned())];
    assert!(!values.contains("models_values"), "{values}");
    assert!(values.contains("mod item_body;"), "{values}");
    // The event's file names the value types as if they were beside it.
    let event = &files[&(false, "event.rs".to_owned())];
    assert!(event.contains("super::AnyItemBody"), "{event}");
    // Where a type lands does not change its path: the index gives the same as without.
    let split = index(&schema(SCHEMA), &options(None)).expect("indexes");
    let whole = index(&schema(SCHEMA), &Options::default()).expect("indexes");
    assert_eq!(split, whole);
}

#[test]
fn a_namespace_of_values_only_is_the_values_crates() {
    let xml = schema(SCHEMA).replace(
        "</edmx:DataServices>",
        r#"<Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <ComplexType Name="media"><Property Name="label" Type="Edm.String" /></ComplexType>
    </Schema>
  </edmx:DataServices>"#,
    );
    let files = outputs_of(&xml, &options(None));
    assert!(files.contains_key(&(true, "call_records/media.rs".to_owned())));
    assert!(files.contains_key(&(true, "call_records/mod.rs".to_owned())));
    // The main output has no such module: its root's glob brings the values crate's.
    assert!(!files.contains_key(&(false, "call_records/mod.rs".to_owned())));
    assert!(!files[&(false, "mod.rs".to_owned())].contains("pub mod call_records;"));
    assert!(files[&(true, "mod.rs".to_owned())].contains("pub mod call_records;"));
}

#[test]
fn main_features_enable_the_values_crates() {
    let files = outputs(&options(Some("calendar: microsoft.graph.event\n")));
    let main = &files[&(false, "features.toml".to_owned())];
    let values = &files[&(true, "features.toml".to_owned())];
    assert!(
        main.contains("\ncalendar = [\"common\", \"models-values/calendar\"]\n"),
        "{main}"
    );
    assert!(
        main.contains("\ncommon = [\"models-values/common\"]\n"),
        "{main}"
    );
    assert!(values.contains("\ncalendar = [\"common\"]\n"), "{values}");
    assert!(!values.contains("models-values"), "{values}");
    // The values crate's types keep their features.
    let item_body = &files[&(true, "mod.rs".to_owned())];
    assert!(
        item_body.contains("#[cfg(feature = \"calendar\")]\nmod item_body;"),
        "{item_body}"
    );
}

/// Values for parts: `identity` is named by five others (shared); `a1` holds `a2` holds `a3`,
/// `b1` holds `b2` holds the enum `color`: two groups that name nothing of each other.
const PARTS: &str = r#"<EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="event" BaseType="graph.entity">
  <Property Name="a" Type="graph.a1" />
  <Property Name="b" Type="graph.b1" />
</EntityType>
<ComplexType Name="identity"><Property Name="name" Type="Edm.String" /></ComplexType>
<ComplexType Name="a1"><Property Name="who" Type="graph.identity" /><Property Name="next" Type="graph.a2" /></ComplexType>
<ComplexType Name="a2"><Property Name="who" Type="graph.identity" /><Property Name="next" Type="graph.a3" /></ComplexType>
<ComplexType Name="a3"><Property Name="who" Type="graph.identity" /><Property Name="x" Type="Edm.Int32" /></ComplexType>
<ComplexType Name="b1"><Property Name="who" Type="graph.identity" /><Property Name="next" Type="graph.b2" /></ComplexType>
<ComplexType Name="b2"><Property Name="who" Type="graph.identity" /><Property Name="color" Type="graph.color" /></ComplexType>
<EnumType Name="color"><Member Name="red" Value="0" /><Member Name="blue" Value="1" /></EnumType>"#;

#[test]
fn parts_take_groups_of_values_that_name_nothing_of_each_other() {
    let options = Options {
        areas: Some(Areas::parse("calendar: microsoft.graph.event\n").expect("reads")),
        values_parts: vec!["models-values-a".to_owned(), "models-values-b".to_owned()],
        ..options(None)
    };
    let files = by_crate(&schema(PARTS), &options);
    let types_of = |package: Option<&str>| -> Vec<&str> {
        files
            .keys()
            .filter(|(p, path)| {
                p.as_deref() == package && path != "mod.rs" && path != "features.toml"
            })
            .map(|(_, path)| path.trim_end_matches(".rs"))
            .collect()
    };
    assert_eq!(types_of(Some("models-values")), ["identity"]);
    // The larger group (six properties against four) goes first, to the first part.
    assert_eq!(types_of(Some("models-values-a")), ["a1", "a2", "a3"]);
    assert_eq!(types_of(Some("models-values-b")), ["b1", "b2", "color"]);
    assert_eq!(types_of(None), ["entity", "event"]);

    let text = |package: Option<&str>, path: &str| {
        files[&(package.map(str::to_owned), path.to_owned())].as_str()
    };
    // A part names the shared values through the values crate; the main output re-exports all.
    let part = text(Some("models-values-a"), "mod.rs");
    assert!(part.contains("pub use models_values::*;"), "{part}");
    assert!(!part.contains("models_values_b"), "{part}");
    let main = text(None, "mod.rs");
    for krate in ["models_values", "models_values_a", "models_values_b"] {
        assert!(main.contains(&format!("pub use {krate}::*;")), "{main}");
    }
    // Features: a part's enable the values crate's; the main output's enable all three.
    let features = text(Some("models-values-b"), "features.toml");
    assert!(
        features.contains("\ncalendar = [\"common\", \"models-values/calendar\"]\n"),
        "{features}"
    );
    let features = text(None, "features.toml");
    assert!(
        features.contains(
            "\ncalendar = [\"common\", \"models-values/calendar\", \"models-values-a/calendar\", \
             \"models-values-b/calendar\"]\n"
        ),
        "{features}"
    );
    // The paths are the same as in one crate.
    let split = index(&schema(PARTS), &options).expect("indexes");
    let whole = index(&schema(PARTS), &Options::default()).expect("indexes");
    assert_eq!(
        split.iter().map(|e| &e.path).collect::<Vec<_>>(),
        whole.iter().map(|e| &e.path).collect::<Vec<_>>()
    );
}

#[test]
fn parts_need_the_values_crate_and_distinct_names() {
    let parts_alone = Options {
        values_parts: vec!["models-values-a".to_owned()],
        ..Options::default()
    };
    let err = generate(&schema(PARTS), "t.xml", &parts_alone).expect_err("no values crate");
    assert!(
        err.to_string()
            .contains("`values_parts` needs `values_crate`"),
        "{err}"
    );
    let twice = Options {
        values_parts: vec!["models_values".to_owned()],
        ..options(None)
    };
    let err = generate(&schema(PARTS), "t.xml", &twice).expect_err("one name twice");
    assert!(
        err.to_string().contains("`models_values` is given twice"),
        "{err}"
    );
}

#[test]
fn a_namespace_in_two_parts_is_a_module_of_the_main_output() {
    // `a1` and `b1` hold a type each of `microsoft.graph.callRecords`, which has no entity:
    // both parts have the module, so the main output declares it and re-exports both.
    let xml = schema(
        &PARTS
            .replace(
                r#"<Property Name="x" Type="Edm.Int32" />"#,
                r#"<Property Name="x" Type="microsoft.graph.callRecords.media" />"#,
            )
            .replace(
                r#"<Property Name="color" Type="graph.color" />"#,
                r#"<Property Name="color" Type="graph.color" /><Property Name="y" Type="microsoft.graph.callRecords.stream" />"#,
            ),
    )
    .replace(
        "</edmx:DataServices>",
        r#"<Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <ComplexType Name="media"><Property Name="label" Type="Edm.String" /></ComplexType>
      <ComplexType Name="stream"><Property Name="label" Type="Edm.String" /></ComplexType>
    </Schema>
  </edmx:DataServices>"#,
    );
    let options = Options {
        values_parts: vec!["models-values-a".to_owned(), "models-values-b".to_owned()],
        ..options(None)
    };
    let files = by_crate(&xml, &options);
    let has = |package: Option<&str>, path: &str| {
        files.contains_key(&(package.map(str::to_owned), path.to_owned()))
    };
    assert!(has(Some("models-values-a"), "call_records/media.rs"));
    assert!(has(Some("models-values-b"), "call_records/stream.rs"));
    let main = &files[&(None, "call_records/mod.rs".to_owned())];
    for krate in ["models_values_a", "models_values_b"] {
        assert!(
            main.contains(&format!("pub use {krate}::call_records::*;")),
            "{main}"
        );
    }
    assert!(files[&(None, "mod.rs".to_owned())].contains("pub mod call_records;"));
}
