//! Which area a type goes to: the one area that needs it, else `common` (several) or `other`
//! (none); the areas `other` needs; roots named by prefix and by namespace.

use super::*;

#[test]
fn each_type_is_in_the_one_area_that_needs_it_or_in_common_or_other() {
    let entries = index(&closure_xml(), &options(AREAS)).expect("generates");
    let features: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e.qualified.as_str(),
                e.feature.as_deref().expect("a feature"),
            )
        })
        .collect();
    assert_eq!(
        features,
        [
            ("microsoft.graph.addressKind", "calendar"),
            ("microsoft.graph.dateTimeTimeZone", "calendar"),
            ("microsoft.graph.entity", "common"),
            ("microsoft.graph.event", "calendar"),
            ("microsoft.graph.location", "calendar"),
            // Not a property's type, but a variant of `AnyLocation`, which `event` uses.
            ("microsoft.graph.locationConstraintItem", "calendar"),
            ("microsoft.graph.physicalAddress", "calendar"),
            ("microsoft.graph.unrelated", "other"),
            ("microsoft.graph.user", "people"),
        ]
    );
    let location = entries
        .iter()
        .find(|e| e.qualified == "microsoft.graph.location")
        .expect("location");
    assert_eq!(location.path, "Location");
    assert_eq!(location.patch.as_deref(), Some("LocationPatch"));
    assert_eq!(location.any.as_deref(), Some("AnyLocation"));
}

#[test]
fn other_needs_the_areas_its_types_use() {
    // `unrelated` is no root's; give it a property of calendar's type and it needs `calendar`.
    let xml = closure_xml().replace(
        r#"<Property Name="note" Type="Edm.String" />"#,
        r#"<Property Name="note" Type="graph.physicalAddress" />"#,
    );
    let files = generate(&xml, "closure.xml", &options(AREAS)).expect("generates");
    let features = &files
        .iter()
        .find(|f| f.path == Path::new("features.toml"))
        .expect("features.toml")
        .contents;
    assert!(
        features.contains("\nother = [\"common\", \"calendar\"]\n"),
        "{features}"
    );
}

#[test]
fn prefix_and_namespace_roots() {
    let entries = index(
        &closure_xml(),
        &options("places: microsoft.graph.location*\nall: microsoft.graph.*\n"),
    )
    .expect("generates");
    let feature = |q: &str| {
        entries
            .iter()
            .find(|e| e.qualified == q)
            .and_then(|e| e.feature.clone())
            .expect("listed")
    };
    // Both areas need the locations: common; only `all` needs `unrelated`.
    assert_eq!(feature("microsoft.graph.locationConstraintItem"), "common");
    assert_eq!(feature("microsoft.graph.unrelated"), "all");
}
