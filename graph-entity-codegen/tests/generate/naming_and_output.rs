//! The `types` option closing over what the listed types need; names that clash with a prelude
//! type, a namespace module or another namespace's `Any*` variant; and the output: deterministic,
//! every file with the generated line, a leading byte order mark accepted.

use super::*;

#[test]
fn types_option_closes_over_bases_property_types_and_derived_types_of_any_enums() {
    let files = fixture("closure.xml", Some(&["microsoft.graph.event"]));
    // An alias names the same type.
    assert_eq!(fixture("closure.xml", Some(&["graph.event"])), files);
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        [
            "address_kind.rs",
            "date_time_time_zone.rs",
            "entity.rs",
            "event.rs",
            "location.rs",
            "location_constraint_item.rs",
            "mod.rs",
            "physical_address.rs",
        ]
    );
    assert!(files["event.rs"].contains("    pub location: Option<super::AnyLocation>,\n"));
    // The whole document also has `user` and `unrelated`.
    assert!(fixture("closure.xml", None).contains_key("unrelated.rs"));
}

#[test]
fn output_is_deterministic_and_every_file_starts_with_the_generated_line() {
    let first = fixture("inheritance.xml", None);
    let second = fixture("inheritance.xml", None);
    assert_eq!(first, second);
    for (path, text) in &first {
        assert!(
            text.starts_with(&format!("{HEADER}inheritance.xml; do not edit.\n")),
            "{path} starts with {:?}",
            text.lines().next()
        );
    }
}

#[test]
fn a_leading_byte_order_mark_is_accepted() {
    let xml = format!("\u{feff}{}", schema(r#"<ComplexType Name="a" />"#));
    assert!(files(&xml, "doc.xml", None).contains_key("a.rs"));
}

#[test]
fn a_type_named_like_a_prelude_type_gets_a_type_suffix() {
    let xml = schema(
        r#"<ComplexType Name="option">
  <Property Name="label" Type="Edm.String" />
</ComplexType>
<ComplexType Name="poll">
  <Property Name="choice" Type="graph.option" />
</ComplexType>"#,
    );
    let files = files(&xml, "doc.xml", None);
    assert!(files["option.rs"].contains(
        "pub struct OptionType {\n    /// `label`: `Edm.String`.\n    pub label: Option<String>,\n"
    ));
    assert!(files["poll.rs"].contains("    pub choice: Option<super::OptionType>,\n"));
    assert!(files["mod.rs"].contains("pub use self::option::{OptionType, OptionTypePatch};\n"));
}

#[test]
fn a_type_file_named_like_a_namespace_module_gets_a_type_suffix() {
    let xml = "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\
         <edmx:DataServices>\
         <Schema Namespace=\"microsoft.graph\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\
         <EntityType Name=\"security\" /></Schema>\
         <Schema Namespace=\"microsoft.graph.security\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\
         <ComplexType Name=\"alert\" /></Schema>\
         </edmx:DataServices></edmx:Edmx>";
    let files = files(xml, "doc.xml", None);
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        [
            "mod.rs",
            "security/alert.rs",
            "security/mod.rs",
            "security_type.rs"
        ]
    );
    assert!(files["mod.rs"].ends_with(
        "pub mod security;\n\nmod security_type;\npub use self::security_type::{Security, SecurityPatch};\n"
    ));
}

#[test]
fn any_variants_of_one_name_from_two_namespaces_prefix_the_foreign_one() {
    let xml = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
<edmx:DataServices>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <ComplexType Name="identity" />
  <ComplexType Name="userIdentity" BaseType="graph.identity" />
  <ComplexType Name="identitySet">
    <Property Name="user" Type="graph.identity" />
  </ComplexType>
</Schema>
<Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <ComplexType Name="userIdentity" BaseType="graph.identity" />
</Schema>
</edmx:DataServices>
</edmx:Edmx>"#;
    let files = files(xml, "doc.xml", None);
    assert!(files["identity.rs"].ends_with(
        r"pub enum AnyIdentity {
    /// `microsoft.graph.callRecords.userIdentity`.
    CallRecordsUserIdentity(super::call_records::UserIdentity),
    /// `microsoft.graph.userIdentity`.
    UserIdentity(super::UserIdentity),
    /// `microsoft.graph.identity` itself, or a derived type this build does not know.
    #[graph(other)]
    Identity(Identity),
}
"
    ));
}
