//! The generated `Office365ServicesUserCounts` against the model the runtime crate ships.

use graph_entity_codegen::{Options, generate};

/// The shipped model, read as the same repository's source (not `../shared`).
const SHIPPED: &str =
    include_str!("../../graph-entity/src/models/office365_services_user_counts.rs");

/// The beta fixture holds bare `EntityType` elements: wrap them in a `microsoft.graph` schema.
fn generated() -> String {
    let fragment = include_str!("fixtures/csdl-office365ServicesUserCounts.xml");
    let xml = format!(
        "<edmx:Edmx Version=\"4.0\" xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\">\
         <edmx:DataServices>\
         <Schema Namespace=\"microsoft.graph\" Alias=\"graph\" xmlns=\"http://docs.oasis-open.org/odata/ns/edm\">\
         {fragment}</Schema></edmx:DataServices></edmx:Edmx>"
    );
    let options = Options {
        types: Some(vec![
            "microsoft.graph.office365ServicesUserCounts".to_owned(),
        ]),
        ..Options::default()
    };
    let files =
        generate(&xml, "csdl-office365ServicesUserCounts.xml", &options).expect("generates");
    let file = files
        .into_iter()
        .find(|f| f.path.ends_with("office365_services_user_counts.rs"))
        .expect("the type's file");
    file.contents
}

/// `(field, wire name, type)` of each field: the wire name is the `rename` or the field's
/// camelCase (no field of either file has a rename), runtime paths shortened to the last segment.
fn fields(source: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut rename = None;
    for line in source.lines().map(str::trim) {
        if let Some(at) = line.find("rename = \"") {
            let rest = &line[at + 10..];
            rename = rest.split('"').next().map(str::to_owned);
        }
        let Some(field) = line.strip_prefix("pub ").filter(|l| l.ends_with(',')) else {
            continue;
        };
        let (name, ty) = field
            .trim_end_matches(',')
            .split_once(": ")
            .expect("`name: Type`");
        let ty = ty.replace("graph_entity::edm::", "");
        let wire = rename.take().unwrap_or_else(|| camel(name));
        out.push((name.to_owned(), wire, ty));
    }
    out
}

fn camel(field: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn generated_model_has_the_shipped_fields_wire_names_and_types() {
    let generated = generated();
    let mut ours = fields(&generated);
    let last = ours.pop().expect("a field");
    assert_eq!(
        last,
        (
            "additional_data".into(),
            "additionalData".into(),
            "graph_entity::AdditionalData".into()
        )
    );
    // Before it, the entity's `@odata.etag` (every generated entity keeps it).
    let etag = ours.pop().expect("a field");
    assert_eq!(
        etag,
        ("etag".into(), "etag".into(), "Option<String>".into())
    );
    let mut shipped = fields(SHIPPED);
    // Same fields in a different order: CSDL declares properties alphabetically, the shipped
    // model follows the report's columns.
    assert_ne!(ours, shipped);
    ours.sort();
    shipped.sort();
    assert_eq!(ours, shipped);
}

#[test]
fn generated_model_differs_from_the_shipped_one_only_in_known_attributes() {
    let generated = generated();
    // The shipped model adds CSV titles and `Eq`; the generated one keeps unknown members and
    // the etag, and writes no `null`s (`omit_none`).
    assert!(SHIPPED.contains("#[graph(key, csv_skip)]"));
    assert!(SHIPPED.contains("#[graph(csv = \"Report Refresh Date\")]"));
    assert!(!generated.contains("csv"));
    assert!(SHIPPED.contains("#[derive(Debug, Clone, PartialEq, Eq, Default, GraphEntity)]"));
    assert!(generated.contains("#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]"));
    assert!(generated.contains("    #[graph(key)]\n    pub id: Option<String>,\n"));
    assert!(generated.contains(
        "    #[graph(additional_data)]\n    pub additional_data: graph_entity::AdditionalData,\n"
    ));
    assert!(generated.contains(
        "#[graph(odata_type = \"microsoft.graph.office365ServicesUserCounts\", omit_none)]\n"
    ));
    assert!(generated.contains("    #[graph(etag)]\n    pub etag: Option<String>,\n"));
    assert!(
        !SHIPPED.contains("omit_none") && !SHIPPED.contains("etag"),
        "the shipped model writes `null`s and keeps no etag (CSV rows have none)"
    );
}
