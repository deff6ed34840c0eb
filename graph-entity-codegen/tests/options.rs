//! The options that correct and extend the schema, as prost-build's `Config` does: descriptions
//! from a second document, the read-only override list (and `Core.Immutable`), type and field
//! attributes. Each changes exactly what it names; a name the schema lacks is an error.

mod common;

use common::schema;
use graph_entity_codegen::{Descriptions, Options, generate, read_only_paths};

const TYPES: &str = r#"<EntityType Name="entity" Abstract="true">
  <Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="outlookItem" BaseType="graph.entity" Abstract="true">
  <Property Name="changeKey" Type="Edm.String" />
</EntityType>
<EntityType Name="event" BaseType="graph.outlookItem">
  <Property Name="subject" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="Today's text." />
  </Property>
  <Property Name="bodyPreview" Type="Edm.String" />
  <Property Name="seriesMasterId" Type="Edm.String" />
  <Property Name="importance" Type="graph.importance" />
</EntityType>
<EnumType Name="importance">
  <Member Name="low" Value="0" />
  <Member Name="high" Value="1" />
</EnumType>
<Annotations Target="microsoft.graph.event/seriesMasterId">
  <Annotation Term="Org.OData.Core.V1.Immutable" Bool="true" />
</Annotations>"#;

/// The 2023 document: descriptions for what today's schema leaves bare, another for `subject`
/// (today's wins), and one for a property today's schema no longer has.
const DESCRIBED: &str = r#"<EntityType Name="entity" Abstract="true">
  <Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="event" BaseType="graph.entity">
  <Annotation Term="Org.OData.Core.V1.Description" String="An event in a calendar." />
  <Property Name="subject" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="The 2023 text." />
  </Property>
  <Property Name="bodyPreview" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="The preview. Read-only." />
  </Property>
  <Property Name="gone" Type="Edm.String">
    <Annotation Term="Org.OData.Core.V1.Description" String="Removed since." />
  </Property>
</EntityType>
<EnumType Name="importance">
  <Member Name="low" Value="0">
    <Annotation Term="Org.OData.Core.V1.Description" String="Not urgent." />
  </Member>
</EnumType>"#;

/// The generated file `name` of the types above.
fn file(options: &Options, name: &str) -> String {
    let files = generate(&schema(TYPES), "doc.xml", options).expect("generates");
    files
        .into_iter()
        .find(|f| f.path.to_str() == Some(name))
        .unwrap_or_else(|| panic!("{name} is generated"))
        .contents
}

fn event_file(options: &Options) -> String {
    file(options, "event.rs")
}

fn error(options: &Options) -> String {
    generate(&schema(TYPES), "doc.xml", options)
        .expect_err("refused")
        .to_string()
}

#[test]
fn descriptions_fill_what_the_schema_leaves_bare_and_the_schema_wins() {
    let descriptions = Descriptions::parse(&schema(DESCRIBED)).expect("reads");
    assert_eq!(descriptions.len(), 5);
    assert_eq!(
        descriptions.get("microsoft.graph.event/gone"),
        Some("Removed since.")
    );
    let options = Options {
        descriptions: Some(descriptions),
        ..Options::default()
    };
    let event = event_file(&options);
    assert!(event.contains("/// An event in a calendar.\n///\n/// OData entity type"));
    assert!(event.contains("    /// Today's text.\n    pub subject"));
    assert!(!event.contains("The 2023 text."));
    assert!(event.contains("    /// The preview. Read-only.\n    pub body_preview"));
    // A description is no read-only mark: only the override list is.
    assert!(!event.contains("#[graph(read_only)]\n    pub body_preview"));
    let importance = file(&options, "importance.rs");
    assert!(importance.contains("    /// Not urgent.\n"));
    assert!(importance.contains("    /// `high` (value 1).\n"));
}

#[test]
fn the_read_only_list_marks_declared_and_inherited_properties() {
    let options = Options {
        read_only: read_only_paths(
            "# comment\nmicrosoft.graph.event/bodyPreview\ngraph.outlookItem/changeKey # alias\n",
        ),
        ..Options::default()
    };
    let event = event_file(&options);
    assert!(event.contains("    #[graph(read_only)]\n    pub body_preview: Option<String>,"));
    assert!(event.contains("    #[graph(read_only)]\n    pub change_key: Option<String>,"));
    assert!(event.contains("    pub subject: Option<String>,"));
    assert!(!event.contains("#[graph(read_only)]\n    pub subject"));
}

#[test]
fn an_immutable_property_has_no_patch_field_and_says_why() {
    let event = event_file(&Options::default());
    assert!(event.contains(
        "    /// `seriesMasterId`: `Edm.String`.\n    ///\n    /// Set when the entity is created, \
         never updated (`Core.Immutable`): the patch has no field for\n    /// it.\n    \
         #[graph(read_only)]\n    pub series_master_id: Option<String>,"
    ));
}

#[test]
fn a_read_only_entry_that_names_nothing_is_an_error() {
    let with = |path: &str| Options {
        read_only: vec![path.to_owned()],
        ..Options::default()
    };
    assert_eq!(
        error(&with("microsoft.graph.event/bodyPreviw")),
        "read-only override `microsoft.graph.event/bodyPreviw`: `microsoft.graph.event` declares \
         no property `bodyPreviw`"
    );
    assert_eq!(
        error(&with("microsoft.graph.evnt/subject")),
        "read-only override `microsoft.graph.evnt/subject`: the schema has no type \
         `microsoft.graph.evnt`"
    );
    assert_eq!(
        error(&with("microsoft.graph.event")),
        "read-only override `microsoft.graph.event`: expected `namespace.type/property`"
    );
    assert_eq!(
        error(&with("microsoft.graph.importance/low")),
        "read-only override `microsoft.graph.importance/low`: `microsoft.graph.importance` is an \
         enum type"
    );
}

#[test]
fn type_and_field_attributes_are_written_where_they_are_named() {
    let options = Options {
        type_attributes: vec![
            (".".to_owned(), "#[allow(missing_docs)]".to_owned()),
            (
                "microsoft.graph.event".to_owned(),
                "#[doc(alias = \"meeting\")]".to_owned(),
            ),
        ],
        field_attributes: vec![(
            "graph.outlookItem/changeKey".to_owned(),
            "#[doc(alias = \"etag\")]".to_owned(),
        )],
        ..Options::default()
    };
    let event = event_file(&options);
    assert!(event.contains(
        "#[graph(odata_type = \"microsoft.graph.event\", omit_none)]\n#[allow(missing_docs)]\n\
         #[doc(alias = \"meeting\")]\npub struct Event {"
    ));
    // Declared by the base, written on the derived type's field too.
    assert!(event.contains("    #[doc(alias = \"etag\")]\n    pub change_key: Option<String>,"));
    let importance = file(&options, "importance.rs");
    assert!(importance.contains("#[allow(missing_docs)]\npub enum Importance {"));
    assert!(!importance.contains("meeting"));
}

#[test]
fn an_attribute_for_nothing_or_no_attribute_is_an_error() {
    let field = |path: &str, attr: &str| Options {
        field_attributes: vec![(path.to_owned(), attr.to_owned())],
        ..Options::default()
    };
    assert_eq!(
        error(&field("microsoft.graph.event/nothing", "#[doc(hidden)]")),
        "field attribute for `microsoft.graph.event/nothing`: `microsoft.graph.event` declares \
         no member `nothing`"
    );
    assert_eq!(
        error(&field("microsoft.graph.event/subject", "doc(hidden)")),
        "attribute for `microsoft.graph.event/subject`: expected one line `#[...]`, found \
         `doc(hidden)`"
    );
    let ty = Options {
        type_attributes: vec![("graph.evnt".to_owned(), "#[doc(hidden)]".to_owned())],
        ..Options::default()
    };
    assert_eq!(
        error(&ty),
        "type attribute for `graph.evnt`: the schema has no type `microsoft.graph.evnt`"
    );
}
