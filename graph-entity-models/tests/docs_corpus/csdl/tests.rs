//! The schema reader's own tests: what it reads of the committed schema.

use super::*;

#[test]
fn reads_the_schema() {
    let s = schema();
    // Attributes in any order (`<EntityType HasStream="true" Name="message" ...>`).
    assert!(s.get("microsoft.graph.message").is_some());
    assert!(
        s.get("graph.message").is_some(),
        "an alias names the namespace"
    );
    // Namespaces keep same-named types apart.
    assert!(s.derives_from("microsoft.graph.security.alert", "microsoft.graph.entity"));
    assert!(s.get("microsoft.graph.alert").is_some());
    // A property inherited from a base, and its qualified type.
    let (owner, p) = s
        .property("microsoft.graph.androidLobApp", "publishingState")
        .expect("mobileApp declares publishingState");
    assert_eq!(owner, "microsoft.graph.mobileApp");
    assert_eq!(p.ty, "microsoft.graph.mobileAppPublishingState");
    assert!(!p.nullable);
    assert!(s.property("microsoft.graph.printer", "name").is_none());
    assert!(s.is_navigation(
        "microsoft.graph.authenticationMethodsPolicy",
        "authenticationMethodConfigurations"
    ));
    assert!(!s.is_navigation("microsoft.graph.printer", "displayName"));
    assert!(s.is_open("microsoft.graph.openTypeExtension"));
    assert!(!s.is_open("microsoft.graph.printer"));
}

#[test]
fn read_only_properties() {
    let s = schema();
    // `Computed` in an `<Annotations>` block, on the declaring type or a base's property.
    let why = |ty: &str, name: &str| s.read_only(ty, name).map(|(_, why)| why);
    assert_eq!(
        why("microsoft.graph.androidStoreApp", "packageId"),
        Some(ReadOnly::Computed)
    );
    assert_eq!(
        s.read_only("microsoft.graph.androidLobApp", "publishingState"),
        Some(("microsoft.graph.mobileApp".to_owned(), ReadOnly::Computed)),
        "the annotation targets the base that declares the property"
    );
    // `Permissions` `Read` alone.
    assert_eq!(
        why("microsoft.graph.community", "groupId"),
        Some(ReadOnly::PermissionsRead)
    );
    // `Immutable`, and the override list, inherited from the base that declares the property.
    assert_eq!(
        why("microsoft.graph.bookingAppointment", "serviceId"),
        Some(ReadOnly::Immutable)
    );
    assert_eq!(
        s.read_only("microsoft.graph.event", "createdDateTime"),
        Some(("microsoft.graph.outlookItem".to_owned(), ReadOnly::Listed))
    );
    assert_eq!(why("microsoft.graph.event", "subject"), None);
    // The key, declared on `entity`.
    assert_eq!(
        s.read_only(
            "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            "id"
        ),
        Some(("microsoft.graph.entity".to_owned(), ReadOnly::Key))
    );
    assert_eq!(why("microsoft.graph.printer", "displayName"), None);

    // Inline annotations, `Bool="false"`, and a `Permissions` of `ReadWrite`.
    let inline = Schema::read(
        "<Schema Namespace=\"t.ns\" Alias=\"t\">\n\
         <EntityType Name=\"w\">\n\
         <Key>\n<PropertyRef Name=\"k\" />\n</Key>\n\
         <Property Name=\"k\" Type=\"Edm.String\" Nullable=\"false\" />\n\
         <Property Name=\"a\" Type=\"Edm.String\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Computed\" />\n</Property>\n\
         <Property Name=\"b\" Type=\"Edm.String\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Computed\" Bool=\"false\" />\n</Property>\n\
         <Property Name=\"c\" Type=\"t.w\" />\n\
         <Property Name=\"d\" Type=\"Edm.String\" />\n\
         </EntityType>\n\
         <Annotations Target=\"t.w/c\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Permissions\">\n\
         <EnumMember>Org.OData.Core.V1.Permission/Read</EnumMember>\n</Annotation>\n\
         </Annotations>\n\
         <Annotations Target=\"t.w/d\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Permissions\">\n\
         <EnumMember>Org.OData.Core.V1.Permission/ReadWrite</EnumMember>\n</Annotation>\n\
         </Annotations>\n</Schema>",
    );
    let why = |ty: &str, name: &str| inline.read_only(ty, name).map(|(_, why)| why);
    assert_eq!(why("t.ns.w", "k"), Some(ReadOnly::Key));
    assert_eq!(why("t.ns.w", "a"), Some(ReadOnly::Computed));
    assert_eq!(why("t.ns.w", "b"), None);
    assert_eq!(why("t.w", "c"), Some(ReadOnly::PermissionsRead));
    assert_eq!(why("t.ns.w", "d"), None);
    assert_eq!(
        inline.property("t.ns.w", "c").map(|(_, p)| p.ty.as_str()),
        Some("t.ns.w")
    );
}

#[test]
fn what_a_type_can_hold() {
    let s = schema();
    let text = |t: &str| Found::Str(t.to_owned());
    assert!(!s.can_hold("Edm.DateTimeOffset", true, &text("1974-07-22")));
    assert!(!s.can_hold("Edm.DateTimeOffset", true, &text("datetime-value")));
    assert!(s.can_hold("Edm.DateTimeOffset", true, &text("2019-01-27T18:19:50.74Z")));
    assert!(s.can_hold("Edm.DateTimeOffset", true, &text("2019-01-27T18:19+01:00")));
    assert!(s.can_hold("Edm.Date", true, &text("1974-07-22")));
    assert!(!s.can_hold("Edm.TimeOfDay", true, &text("String")));
    assert!(s.can_hold("Edm.TimeOfDay", true, &text("08:00:00.0000000")));
    assert!(!s.can_hold("Edm.Boolean", true, &text("true")));
    assert!(s.can_hold("Edm.Boolean", true, &Found::Bool));
    assert!(s.can_hold("Edm.Int64", true, &text("12")));
    assert!(!s.can_hold("Edm.Int32", true, &text("12")));
    assert!(s.can_hold("Edm.Duration", true, &text("PT1H30M")));
    assert!(s.can_hold("Edm.Duration", true, &text("P90D")));
    assert!(!s.can_hold("Edm.Duration", true, &text("90 days")));
    assert!(s.can_hold(
        "Edm.Guid",
        true,
        &text("114d3459-3459-114d-5934-4d1159344d11")
    ));
    assert!(!s.can_hold("Edm.Guid", true, &text("{id}")));
    assert!(s.can_hold("Edm.String", true, &Found::Null));
    assert!(!s.can_hold("Edm.String", false, &Found::Null));
    assert!(!s.can_hold("Edm.String", true, &Found::Object));
    assert!(s.can_hold("Edm.Untyped", true, &Found::Object));
    // Enums: a member in any case, not an object; flags: members separated by commas.
    assert!(!s.can_hold("microsoft.graph.onenoteUserRole", true, &Found::Object));
    assert!(s.can_hold("microsoft.graph.onenoteUserRole", true, &text("Owner")));
    assert!(!s.can_hold("microsoft.graph.onenoteUserRole", true, &text("boss")));
    assert!(s.can_hold(
        "microsoft.graph.applicationDataType",
        true,
        &text("codingFiles, documents")
    ));
    assert!(!s.can_hold(
        "microsoft.graph.applicationDataType",
        true,
        &text("documents, spreadsheets")
    ));
    // Complex types take objects; collections take arrays or hold the item.
    assert!(s.can_hold("microsoft.graph.emailAddress", true, &Found::Object));
    assert!(!s.can_hold("microsoft.graph.emailAddress", true, &text("x")));
    assert!(s.can_hold("Collection(Edm.String)", false, &Found::Array));
    assert!(!s.can_hold("Collection(Edm.Guid)", false, &text("x")));
    // What the schema does not declare, it cannot rule out.
    assert!(s.can_hold("microsoft.graph.noSuchType", true, &text("x")));
}

#[test]
fn found_values() {
    assert_eq!(
        Found::parse("\"datetime-value\" at line 1 column 9"),
        Some(Found::Str("datetime-value".to_owned()))
    );
    assert_eq!(
        Found::parse("\"a \\\"b\\\"\" at line 1 column 9"),
        Some(Found::Str("a \"b\"".to_owned()))
    );
    assert_eq!(
        Found::parse("\"abc…\" (4000 bytes) at line 1 column 9"),
        Some(Found::Str("abc".to_owned()))
    );
    assert_eq!(
        Found::parse("an object at line 1 column 214"),
        Some(Found::Object)
    );
    assert_eq!(
        Found::parse("12.5 at line 1 column 2"),
        Some(Found::Number("12.5".to_owned()))
    );
    assert_eq!(Found::parse("true"), Some(Found::Bool));
    assert_eq!(Found::parse("something else"), None);
}

#[test]
fn page_names_to_types() {
    assert_eq!(
        type_of_page("microsoft.graph.externalconnectors-externalconnection"),
        Some("microsoft.graph.externalConnectors.externalConnection")
    );
    assert_eq!(
        type_of_page("microsoft.graph.security-ediscoveryreviewsetquery"),
        Some("microsoft.graph.security.ediscoveryReviewSetQuery")
    );
    assert_eq!(
        type_of_page("microsoft.graph.rangefill"),
        Some("microsoft.graph.workbookRangeFill")
    );
    assert_eq!(
        type_of_page("microsoft.graph.educationuser"),
        Some("microsoft.graph.educationUser")
    );
    // No v1.0 type under any of these spellings.
    assert_eq!(
        type_of_page("microsoft.graph.telecomExpenseManagementPartner"),
        None
    );
    assert_eq!(type_of_page("microsoft.graph.nosuch-thing"), None);
}
