//! Reading: a row reads as the variant its `@odata.type` names (with or without `#`), as
//! `other` (keeping the type) or as the enum's own type; and the errors: an unknown type without
//! `other`, a row without a type, an error inside a variant, a type annotation that is not a
//! string, a second annotation, a long unknown type.

use super::*;

// ---------------------------------------------------------------------------------------------
// Reading: dispatch
// ---------------------------------------------------------------------------------------------

#[test]
fn each_member_reads_as_the_variant_its_odata_type_names() {
    let page = members_page();
    let kinds: Vec<(&str, &str)> = page
        .value
        .iter()
        .map(|member| {
            let kind = match member {
                AnyDirectoryObject::User(_) => "User",
                AnyDirectoryObject::Group(_) => "Group",
                AnyDirectoryObject::DirectoryObject(_) => "DirectoryObject",
            };
            (kind, member.odata_type())
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("User", "microsoft.graph.user"),
            ("Group", "microsoft.graph.group"),
            ("DirectoryObject", "microsoft.graph.orgContact"),
            ("DirectoryObject", "microsoft.graph.directoryObject"),
            ("User", "microsoft.graph.user"),
        ]
    );
    let AnyDirectoryObject::Group(group) = &page.value[1] else {
        panic!("a group: {:?}", page.value[1]);
    };
    assert_eq!(group.display_name.as_deref(), Some("HR Taskforce"));
    assert_eq!(group.group_types, ["Unified"]);
}

#[test]
fn a_type_no_variant_names_reads_as_the_other_variant_keeping_the_type_and_the_rest() {
    let page = members_page();
    let AnyDirectoryObject::DirectoryObject(contact) = &page.value[2] else {
        panic!("the other variant: {:?}", page.value[2]);
    };
    assert_eq!(contact.id, "25caf6a2-d5cb-470d-8940-20ba795ef62d");
    assert_eq!(
        serde_json::to_value(&contact.additional_data).expect("writes"),
        json!({
            "companyName": "Contoso Suites",
            "displayName": "Alex Wilber (external)",
            "mail": "alex@contoso-suites.com",
            "proxyAddresses": ["SMTP:alex@contoso-suites.com"],
            "@odata.type": "#microsoft.graph.orgContact",
        })
    );
}

#[test]
fn a_row_without_odata_type_reads_as_the_variant_of_the_enums_own_type() {
    let row = r#"{"id": "4562bcc8", "deletedDateTime": null}"#;
    let expected = DirectoryObject {
        id: "4562bcc8".to_owned(),
        ..DirectoryObject::default()
    };
    assert_eq!(
        serde_json::from_str::<KnownDirectoryObject>(row).expect("reads"),
        KnownDirectoryObject::DirectoryObject(expected.clone())
    );
    // With `other` of the enum's own type, the same.
    assert_eq!(
        serde_json::from_str::<AnyDirectoryObject>(row).expect("reads"),
        AnyDirectoryObject::DirectoryObject(expected)
    );
}

#[test]
fn odata_type_is_read_with_or_without_hash() {
    let with = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1"}"##;
    let without = r#"{"@odata.type": "microsoft.graph.user", "id": "u1"}"#;
    let with: AnyDirectoryObject = serde_json::from_str(with).expect("reads");
    let without: AnyDirectoryObject = serde_json::from_str(without).expect("reads");
    assert!(matches!(&with, AnyDirectoryObject::User(user) if user.id == "u1"));
    assert_eq!(with, without);
}

#[test]
fn an_unknown_type_without_other_is_an_error_naming_the_found_and_the_known_types() {
    let row = r##"{"@odata.type": "#microsoft.graph.orgContact", "id": "c1"}"##;
    let err = serde_json::from_str::<Principal>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown @odata.type \"#microsoft.graph.orgContact\" for microsoft.graph.directoryObject: \
         expected one of \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 column 45"
    );
    let err = serde_json::from_str::<KnownDirectoryObject>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown @odata.type \"#microsoft.graph.orgContact\" for microsoft.graph.directoryObject: \
         expected one of \"#microsoft.graph.user\", \"#microsoft.graph.directoryObject\" at line 1 \
         column 45"
    );
}

#[test]
fn a_row_without_type_is_an_error_when_no_variant_is_the_base_type_and_none_is_other() {
    let err = serde_json::from_str::<Principal>(r#"{"id": "c1"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing @odata.type for microsoft.graph.directoryObject: no variant is \
         microsoft.graph.directoryObject itself, so a row must name its type, one of \
         \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 column 12"
    );
}

#[test]
fn errors_inside_a_variant_name_the_property_and_the_variants_type() {
    let first = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": 5}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(first).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `displayName` of microsoft.graph.user: expected a string, \
         found 5 at line 1 column 69"
    );
    // Buffered (the annotation comes last): the same message, at the position where the
    // buffered value is read (after the annotation).
    let last = r##"{"id": "u1", "displayName": 5, "@odata.type": "#microsoft.graph.user"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(last).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `displayName` of microsoft.graph.user: expected a string, \
         found 5 at line 1 column 70"
    );
    let missing = r##"{"@odata.type": "#microsoft.graph.group"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(missing).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing property `id` of microsoft.graph.group: the property is not nullable and has \
         no default at line 1 column 41"
    );
}

#[test]
fn a_type_annotation_that_is_not_a_string_or_a_row_that_is_not_an_object_is_an_error() {
    let err = serde_json::from_str::<AnyDirectoryObject>(r#"{"@odata.type": 5}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: integer `5`, expected the `@odata.type` string (\"#namespace.TypeName\") \
         at line 1 column 17"
    );
    let err = serde_json::from_str::<AnyDirectoryObject>(r#""u1""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: string \"u1\", expected a microsoft.graph.directoryObject (a JSON object) \
         at line 1 column 4"
    );
}

#[test]
fn a_second_odata_type_naming_another_type_is_an_error() {
    let row = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1", "@odata.type": "#microsoft.graph.group"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "wrong `@odata.type`: expected \"#microsoft.graph.user\", found \
         \"#microsoft.graph.group\" at line 1 column 92"
    );
}

#[test]
fn a_long_unknown_type_is_quoted_truncated() {
    let long = "x".repeat(100);
    let row = format!(r#"{{"@odata.type": "{long}"}}"#);
    let err = serde_json::from_str::<Principal>(&row).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "unknown @odata.type \"{}…\" (100 bytes) for microsoft.graph.directoryObject: \
             expected one of \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 \
             column 119",
            "x".repeat(64)
        )
    );
}
