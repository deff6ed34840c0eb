//! Documents the generator refuses: each error names the element, what was expected and what
//! was found, and the line.

mod common;

use common::{error, schema};
use graph_entity_codegen::{Options, generate};

#[test]
fn types_option_with_an_unknown_name_is_an_error() {
    let xml = std::fs::read_to_string(format!(
        "{}/tests/fixtures/closure.xml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the fixture exists");
    let options = Options {
        types: Some(vec!["microsoft.graph.evnt".to_owned()]),
        ..Options::default()
    };
    assert_eq!(
        generate(&xml, "closure.xml", &options)
            .expect_err("unknown type")
            .to_string(),
        "`--types` lists `microsoft.graph.evnt`, which is no EntityType, ComplexType or EnumType \
         of the document (expected a qualified name such as `microsoft.graph.event`)"
    );
}

#[test]
fn a_dangling_type_reference_is_an_error_with_its_line() {
    let xml = schema(
        r#"<ComplexType Name="event">
  <Property Name="start" Type="graph.dateTimeTimeZone" />
</ComplexType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: property `start` of `microsoft.graph.event` has the type \
         `microsoft.graph.dateTimeTimeZone`, which is not declared"
    );
}

#[test]
fn a_dangling_base_type_is_an_error_with_its_line() {
    let xml = schema(r#"<EntityType Name="user" BaseType="graph.directoryObject" />"#);
    assert_eq!(
        error(&xml),
        "line 4: type `microsoft.graph.user` has the base type `microsoft.graph.directoryObject`, \
         which is not declared"
    );
}

#[test]
fn a_base_type_cycle_is_an_error() {
    let xml = schema(
        r#"<ComplexType Name="a" BaseType="graph.b" />
<ComplexType Name="b" BaseType="graph.a" />"#,
    );
    assert_eq!(
        error(&xml),
        "line 4: base type cycle: microsoft.graph.a -> microsoft.graph.b -> microsoft.graph.a"
    );
}

#[test]
fn an_unknown_edm_type_is_an_error_naming_the_supported_ones() {
    let xml = schema(
        r#"<ComplexType Name="place">
  <Property Name="point" Type="Edm.GeographyPoint" />
</ComplexType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: property `point` of `microsoft.graph.place` has the unsupported primitive type \
         `Edm.GeographyPoint`; expected one of Edm.Binary, Edm.Boolean, Edm.Byte, Edm.Date, \
         Edm.DateTimeOffset, Edm.Decimal, Edm.Double, Edm.Duration, Edm.Guid, Edm.Int16, \
         Edm.Int32, Edm.Int64, Edm.SByte, Edm.Single, Edm.Stream, Edm.String, Edm.TimeOfDay, \
         Edm.Untyped"
    );
}

#[test]
fn a_document_that_is_not_csdl_is_an_error() {
    assert_eq!(
        error("<html>\n<body/></html>"),
        "line 1: not a CSDL document: expected the root element `edmx:Edmx`, found `html`"
    );
    assert_eq!(
        error("{\"value\": []}"),
        "line 1: not a CSDL document: XML error: unknown token at 1:1"
    );
    assert_eq!(
        error("<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\n<a></b>"),
        "line 2: not a CSDL document: XML error: expected 'a' tag, not 'b' at 2:4"
    );
}

#[test]
fn a_member_value_that_is_no_integer_is_an_error() {
    let xml = schema(
        r#"<EnumType Name="level">
  <Member Name="low" Value="one" />
</EnumType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: member `low` of `microsoft.graph.level` has the value `one`; expected an integer"
    );
}

#[test]
fn a_redeclared_inherited_property_is_an_error() {
    let xml = schema(
        r#"<ComplexType Name="a">
  <Property Name="name" Type="Edm.String" />
</ComplexType>
<ComplexType Name="b" BaseType="graph.a">
  <Property Name="name" Type="Edm.String" />
</ComplexType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 8: property `name` of `microsoft.graph.b` is already declared by a base type, at \
         line 5"
    );
}

#[test]
fn two_types_that_would_define_one_rust_item_are_an_error() {
    let xml = schema(
        r#"<ComplexType Name="alert" />
<ComplexType Name="alertPatch" />"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: types `microsoft.graph.alert` and `microsoft.graph.alertPatch` would both define \
         the Rust item `AlertPatch` in one module"
    );
}

#[test]
fn an_element_without_a_name_is_an_error_naming_its_parent() {
    let xml = schema(
        r#"<ComplexType Name="place">
  <Property Type="Edm.String" />
</ComplexType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: a Property of `microsoft.graph.place` without a `Name` attribute"
    );
    assert_eq!(
        error(&schema(r#"<EnumType><Member Name="a" /></EnumType>"#)),
        "line 4: an EnumType of namespace `microsoft.graph` without a `Name` attribute"
    );
}

#[test]
fn a_dangling_or_non_entity_navigation_target_is_an_error_with_its_line() {
    let xml = schema(
        r#"<EntityType Name="user">
  <NavigationProperty Name="manager" Type="graph.directoryObject" />
</EntityType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 5: navigation property `manager` of `microsoft.graph.user` has the type \
         `microsoft.graph.directoryObject`, which is not declared"
    );
    let xml = schema(
        r#"<ComplexType Name="address" />
<EntityType Name="user">
  <NavigationProperty Name="home" Type="Collection(graph.address)" />
</EntityType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 6: navigation property `home` of `microsoft.graph.user` has the type \
         `microsoft.graph.address`, which is not an entity type"
    );
    assert_eq!(
        error(&schema(
            r#"<EntityType Name="user"><NavigationProperty Name="manager" /></EntityType>"#
        )),
        "line 4: navigation property `manager` of `microsoft.graph.user` has no `Type` attribute"
    );
}

#[test]
fn a_navigation_property_named_like_an_inherited_member_is_an_error() {
    let xml = schema(
        r#"<EntityType Name="a">
  <Property Name="owner" Type="Edm.String" />
</EntityType>
<EntityType Name="b" BaseType="graph.a">
  <NavigationProperty Name="owner" Type="graph.a" />
</EntityType>"#,
    );
    assert_eq!(
        error(&xml),
        "line 8: navigation property `owner` of `microsoft.graph.b` has the name of the member \
         declared at line 5"
    );
}

#[test]
fn dangling_entity_set_singleton_and_operation_types_are_errors_with_their_line() {
    let cases = [
        (
            r#"<EntityContainer Name="s">
  <EntitySet Name="users" EntityType="microsoft.graph.user" />
</EntityContainer>"#,
            "line 5: entity set `users` has the type `microsoft.graph.user`, which is not declared",
        ),
        (
            r#"<ComplexType Name="user" />
<EntityContainer Name="s">
  <Singleton Name="me" Type="graph.user" />
</EntityContainer>"#,
            "line 6: singleton `me` has the type `microsoft.graph.user`, which is not an entity \
             type",
        ),
        (
            r#"<Action Name="send" IsBound="true">
  <Parameter Name="bindingParameter" Type="graph.message" />
</Action>"#,
            "line 5: parameter `bindingParameter` of action `send` has the type \
             `microsoft.graph.message`, which is not declared",
        ),
        (
            r#"<Function Name="delta" IsBound="true">
  <Parameter Name="bindingParameter" Type="Collection(Edm.String)" />
  <ReturnType Type="Collection(graph.user)" />
</Function>"#,
            "line 4: function `delta` returns the type `microsoft.graph.user`, which is not \
             declared",
        ),
        (
            r#"<EntityContainer Name="s"><EntitySet Name="users" /></EntityContainer>"#,
            "line 4: an EntitySet `users` has no `EntityType` attribute",
        ),
        (
            r#"<Action Name="send"><Parameter Name="to" /></Action>"#,
            "line 4: parameter `to` of action `send` has no `Type` attribute",
        ),
    ];
    for (body, expected) in cases {
        assert_eq!(error(&schema(body)), expected, "{body}");
    }
}
