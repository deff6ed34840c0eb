//! Extern paths (`Options::extern_paths`, prost-build's `extern_path`): a schema type that an
//! existing Rust type stands for gets no item, and its path is written wherever the type is
//! named. `compiles.rs` builds such output (`tests/generated/extern_paths/`) against the real
//! derive.

mod common;

use std::collections::BTreeMap;

use common::schema;
use graph_entity_codegen::{Areas, Options, generate, index};

const TYPES: &str = r#"<EntityType Name="entity" Abstract="true">
  <Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="directoryObject" BaseType="graph.entity" />
<EntityType Name="user" BaseType="graph.directoryObject" />
<EntityType Name="event" BaseType="graph.entity">
  <Property Name="organizer" Type="graph.identitySet" />
  <Property Name="attendees" Type="Collection(graph.identitySet)" />
  <Property Name="importance" Type="graph.importance" />
  <Property Name="channels" Type="Collection(graph.channels)" />
  <NavigationProperty Name="owner" Type="graph.directoryObject" />
  <NavigationProperty Name="manager" Type="graph.user" />
</EntityType>
<ComplexType Name="identitySet">
  <Property Name="user" Type="graph.identity" />
</ComplexType>
<ComplexType Name="identity">
  <Property Name="displayName" Type="Edm.String" />
</ComplexType>
<EnumType Name="importance">
  <Member Name="low" Value="0" />
</EnumType>
<EnumType Name="channels" IsFlags="true">
  <Member Name="email" Value="1" />
</EnumType>
<Action Name="forward" IsBound="true">
  <Parameter Name="bindingParameter" Type="graph.event" />
  <Parameter Name="from" Type="graph.identitySet" />
</Action>
<Action Name="restore" IsBound="true">
  <Parameter Name="bindingParameter" Type="graph.user" />
  <Parameter Name="reason" Type="Edm.String" />
</Action>"#;

fn externs(pairs: &[(&str, &str)]) -> Options {
    Options {
        extern_paths: pairs
            .iter()
            .map(|(name, path)| ((*name).to_owned(), (*path).to_owned()))
            .collect(),
        ..Options::default()
    }
}

/// The generated files by path.
fn generated(xml: &str, options: &Options) -> BTreeMap<String, String> {
    generate(xml, "doc.xml", options)
        .expect("generates")
        .into_iter()
        .map(|f| (f.path.to_string_lossy().replace('\\', "/"), f.contents))
        .collect()
}

fn error(xml: &str, options: &Options) -> String {
    generate(xml, "doc.xml", options)
        .expect_err("refused")
        .to_string()
}

#[test]
fn a_complex_type_is_its_path_in_fields_and_collections_and_has_no_item() {
    let files = generated(
        &schema(TYPES),
        &externs(&[("microsoft.graph.identitySet", "::my_crate::IdentitySet")]),
    );
    let event = &files["event.rs"];
    assert!(
        event.contains(
            "    #[graph(nested)]\n    pub organizer: Option<::my_crate::IdentitySet>,\n"
        )
    );
    assert!(event.contains(
        "    #[graph(nested)]\n    pub attendees: Option<Vec<::my_crate::IdentitySet>>,\n"
    ));
    // Action bodies name it as fields do.
    assert!(
        event.contains("    #[graph(nested)]\n    pub from: Option<::my_crate::IdentitySet>,\n")
    );
    assert!(!files.contains_key("identity_set.rs"));
    assert!(files.values().all(|f| !f.contains("struct IdentitySet")));
    assert!(
        !files["mod.rs"].contains("IdentitySet"),
        "{}",
        files["mod.rs"]
    );
    // What only the extern type holds is still generated: every type but the extern ones.
    assert!(files.contains_key("identity.rs"));
    // With `--types`, the closure stops at an extern type.
    let options = Options {
        types: Some(vec!["microsoft.graph.event".to_owned()]),
        ..externs(&[("graph.identitySet", "::my_crate::IdentitySet")])
    };
    let files = generated(&schema(TYPES), &options);
    assert!(!files.contains_key("identity.rs"));
    assert!(!files.contains_key("identity_set.rs"));
    assert!(files["event.rs"].contains("pub organizer: Option<::my_crate::IdentitySet>,"));
}

#[test]
fn an_enum_type_is_its_path_and_a_flags_enum_its_flags() {
    let files = generated(
        &schema(TYPES),
        &externs(&[
            ("graph.importance", "crate::shared::Importance"),
            ("graph.channels", "crate::shared::Channels"),
        ]),
    );
    let event = &files["event.rs"];
    assert!(event.contains("    pub importance: Option<crate::shared::Importance>,\n"));
    assert!(event.contains(
        "    pub channels: Option<Vec<graph_entity::Flags<crate::shared::Channels>>>,\n"
    ));
    assert!(!files.contains_key("importance.rs"));
    assert!(!files.contains_key("channels.rs"));
}

#[test]
fn an_entity_type_is_a_navigation_target_and_a_variant_of_its_base() {
    let options = externs(&[("graph.user", "::dir::User")]);
    let files = generated(&schema(TYPES), &options);
    let event = &files["event.rs"];
    assert!(event.contains("    pub manager: Option<Box<::dir::User>>,\n"));
    assert!(event.contains("    pub manager_bind: Option<String>,\n"));
    let base = &files["directory_object.rs"];
    assert!(base.contains("    User(::dir::User),\n"), "{base}");
    assert!(!files.contains_key("user.rs"));
    // The actions bound to it have no body: it has no file to hold one.
    assert!(files.values().all(|f| !f.contains("RestoreBody")));
    // No index entry, no feature.
    let csdl = schema(TYPES);
    let entries = index(&csdl, &options).expect("indexes");
    assert!(
        entries
            .iter()
            .all(|e| e.qualified != "microsoft.graph.user")
    );
    assert!(
        entries
            .iter()
            .any(|e| e.qualified == "microsoft.graph.event")
    );
    let areas = Options {
        areas: Some(Areas::parse("calendar: microsoft.graph.event\n").expect("parses")),
        ..options.clone()
    };
    let entries = index(&csdl, &areas).expect("indexes");
    assert!(
        entries
            .iter()
            .all(|e| e.qualified != "microsoft.graph.user")
    );
    assert!(entries.iter().all(|e| e.feature.is_some()));
    let files = generated(&csdl, &areas);
    assert!(files.values().all(|f| !f.contains("user;")));
    assert_eq!(
        error(
            &csdl,
            &Options {
                areas: Some(Areas::parse("people: microsoft.graph.user\n").expect("parses")),
                ..options
            }
        ),
        "areas file, line 1: area `people` lists `microsoft.graph.user`, which an extern path \
         maps to a Rust type: it is in no feature"
    );
}

/// Three namespaces: the root, `security` and `security.ediscovery` below it.
const NAMESPACES: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
<edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <ComplexType Name="holder">
    <Property Name="alert" Type="sec.alert" />
    <Property Name="option" Type="sec.option" />
    <Property Name="status" Type="ed.caseStatus" />
    <Property Name="other" Type="sec.otherAlert" />
  </ComplexType>
</Schema>
<Schema Namespace="microsoft.graph.security" Alias="sec" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <ComplexType Name="alert" />
  <ComplexType Name="option" />
  <ComplexType Name="otherAlert" />
</Schema>
<Schema Namespace="microsoft.graph.security.ediscovery" Alias="ed" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EnumType Name="caseStatus">
    <Member Name="active" Value="0" />
  </EnumType>
</Schema>
</edmx:DataServices>
</edmx:Edmx>
"#;

#[test]
fn a_namespace_maps_its_types_and_those_below_it_as_the_generator_names_them() {
    let files = generated(
        NAMESPACES,
        &externs(&[
            ("sec", "::sec_models"),
            ("microsoft.graph.security.otherAlert", "::mine::Alert"),
        ]),
    );
    assert_eq!(files.keys().collect::<Vec<_>>(), ["holder.rs", "mod.rs"]);
    let holder = &files["holder.rs"];
    assert!(
        holder.contains("pub alert: Option<::sec_models::Alert>,"),
        "{holder}"
    );
    // Named as the generator would name it, `Type` appended to a prelude name.
    assert!(holder.contains("pub option: Option<::sec_models::OptionType>,"));
    assert!(holder.contains("pub status: Option<::sec_models::ediscovery::CaseStatus>,"));
    // A type's own path wins over its namespace's.
    assert!(holder.contains("pub other: Option<::mine::Alert>,"));
    assert!(!files["mod.rs"].contains("pub mod security;"));
}

#[test]
fn a_cycle_through_an_extern_type_is_boxed() {
    let xml = schema(
        r#"<ComplexType Name="publicError">
  <Property Name="inner" Type="graph.publicInnerError" />
</ComplexType>
<ComplexType Name="publicInnerError">
  <Property Name="outer" Type="graph.publicError" />
</ComplexType>"#,
    );
    let files = generated(&xml, &externs(&[("graph.publicInnerError", "::e::Inner")]));
    assert!(files["public_error.rs"].contains("pub inner: Option<Box<::e::Inner>>,"));
}

#[test]
fn a_type_derived_from_an_extern_type_must_be_extern_too() {
    let csdl = schema(TYPES);
    assert_eq!(
        error(
            &csdl,
            &externs(&[("graph.directoryObject", "::dir::DirectoryObject")])
        ),
        "line 9: `microsoft.graph.user` derives from `microsoft.graph.directoryObject`, which an \
         extern path maps to a Rust type: a derived type must be extern too, as a value declared \
         `microsoft.graph.directoryObject` is the extern type (or, with `--types`, not generated)"
    );
    let both = externs(&[
        ("graph.directoryObject", "::dir::DirectoryObject"),
        ("graph.user", "::dir::User"),
    ]);
    let files = generated(&csdl, &both);
    // A value declared with an extern type is its path: no `Any*` enum, extern or generated.
    assert!(files["event.rs"].contains("pub owner: Option<Box<::dir::DirectoryObject>>,"));
    assert!(files.values().all(|f| !f.contains("AnyDirectoryObject")));
}

#[test]
fn a_name_or_path_that_is_wrong_is_an_error() {
    let csdl = schema(TYPES);
    assert_eq!(
        error(&csdl, &externs(&[("graph.identitySett", "::x::Y")])),
        "extern path for `graph.identitySett`: the schema has no type \
         `microsoft.graph.identitySett` and no namespace `graph.identitySett`"
    );
    assert_eq!(
        error(
            &csdl,
            &externs(&[("microsoft.graph.identitySet", "::x::Y<Z>")])
        ),
        "extern path for `microsoft.graph.identitySet`: expected a Rust path such as \
         `::my_crate::IdentitySet`, found `::x::Y<Z>`"
    );
    assert_eq!(
        error(&csdl, &externs(&[("graph.identitySet", "")])),
        "extern path for `graph.identitySet`: expected a Rust path such as \
         `::my_crate::IdentitySet`, found ``"
    );
    assert_eq!(
        error(
            &csdl,
            &externs(&[
                ("graph.identitySet", "::x::A"),
                ("microsoft.graph.identitySet", "::x::B")
            ])
        ),
        "extern path for `microsoft.graph.identitySet`: the type or namespace is mapped twice"
    );
}

#[test]
fn an_extern_type_named_by_another_option_is_an_error() {
    let csdl = schema(TYPES);
    let extern_set = externs(&[("graph.identitySet", "::x::IdentitySet")]);
    assert_eq!(
        error(
            &csdl,
            &Options {
                types: Some(vec!["graph.identitySet".to_owned()]),
                ..extern_set.clone()
            }
        ),
        "`--types` lists `graph.identitySet`, which an extern path maps to a Rust type: it is not \
         generated"
    );
    assert_eq!(
        error(
            &csdl,
            &Options {
                type_attributes: vec![(
                    "microsoft.graph.identitySet".to_owned(),
                    "#[doc(hidden)]".to_owned()
                )],
                ..extern_set.clone()
            }
        ),
        "type attribute for `microsoft.graph.identitySet`: `microsoft.graph.identitySet` is \
         extern (an extern path maps it), so no item is generated for it"
    );
    assert_eq!(
        error(
            &csdl,
            &Options {
                field_attributes: vec![(
                    "graph.identitySet/user".to_owned(),
                    "#[doc(hidden)]".to_owned()
                )],
                ..extern_set.clone()
            }
        ),
        "field attribute for `graph.identitySet/user`: `microsoft.graph.identitySet` is extern \
         (an extern path maps it), so no item is generated for it"
    );
    // A read-only override corrects the schema, which the extern type follows: no error.
    let read_only = Options {
        read_only: vec!["graph.identitySet/user".to_owned()],
        ..extern_set
    };
    assert!(generate(&csdl, "doc.xml", &read_only).is_ok());
}
