//! The rules, each on the errors and bodies it decides.

use super::*;

/// The class of a reader's error.
fn class(error: &str) -> Class {
    read_error(error).class
}

#[test]
fn values_the_schema_rules_out() {
    // The schema declares the property with a type that cannot hold the value.
    assert_eq!(
        class(
            "invalid value for property `time` of microsoft.graph.responseStatus: expected an \
             Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), found \
             \"datetime-value\" at line 1 column 9"
        ),
        Class::Placeholder
    );
    assert_eq!(
        class(
            "invalid value for property `responseStatus` of microsoft.graph.event: invalid value \
             for property `time` of microsoft.graph.responseStatus: expected an \
             Edm.DateTimeOffset (...), found \"datetime-value\" at line 1 column 348"
        ),
        Class::Placeholder,
        "the innermost property decides"
    );
    assert_eq!(
        class(
            "invalid value for property `birthday` of microsoft.graph.contact: expected an \
             Edm.DateTimeOffset (...), found \"1974-07-22\" at line 1 column 45"
        ),
        Class::WrongValue
    );
    assert_eq!(
        class(
            "invalid value for property `userRole` of microsoft.graph.notebook: expected a \
             member of microsoft.graph.onenoteUserRole (a string), found an object at line 1 \
             column 214"
        ),
        Class::WrongValue
    );
    // A property a base declares (`mobileApp`'s, read in an `androidLobApp`).
    assert_eq!(
        class(
            "invalid value for property `publishingState` of microsoft.graph.androidLobApp: \
             expected a member of microsoft.graph.mobileAppPublishingState (a string), found \
             \"String\" at line 1 column 9"
        ),
        Class::Placeholder
    );
}

#[test]
fn values_the_schema_allows_are_ours() {
    // The reader refuses what the declared type can hold: the reader's fault.
    assert_eq!(
        class(
            "invalid value for property `displayName` of microsoft.graph.printer: expected a \
             boolean, found \"Boolean\" at line 1 column 9"
        ),
        Class::Ours
    );
    assert_eq!(
        class(
            "invalid value for property `birthday` of microsoft.graph.contact: expected an \
             Edm.DateTimeOffset (...), found \"1974-07-22T00:00:00Z\" at line 1 column 45"
        ),
        Class::Ours
    );
    // A property the schema does not declare on the type: the reader and the schema disagree.
    assert_eq!(
        class(
            "invalid value for property `noSuchProperty` of microsoft.graph.contact: expected a \
             boolean, found \"true\" at line 1 column 45"
        ),
        Class::Ours
    );
    // A collection property given one value where the reader wants the array.
    assert_eq!(
        class(
            "invalid value for property `businessPhones` of microsoft.graph.contact: expected \
             an array, found \"555\" at line 1 column 45"
        ),
        Class::WrongValue
    );
    assert_eq!(class("something no rule reads"), Class::Ours);
}

#[test]
fn patches_of_read_only_properties_are_a_documented_choice() {
    let read_only = "property `publishingState` of microsoft.graph.androidLobApp is read-only and \
                     cannot be patched at line 1 column 819";
    let v = read_error(read_only);
    assert_eq!(v.class, Class::PatchReadOnly);
    assert_eq!(v.class.side(), Side::Choice);
    assert!(
        v.schema
            .contains("`microsoft.graph.mobileApp` is annotated `Core.Computed`")
    );
    assert_eq!(
        class(
            "property `id` of microsoft.graph.unifiedRoleManagementPolicyExpirationRule is the \
             key and cannot be patched at line 1 column 80"
        ),
        Class::PatchReadOnly
    );
    // Nested in a complex property.
    assert_eq!(
        class(
            "invalid value for property `x` of microsoft.graph.mobileApp: property \
             `packageId` of microsoft.graph.androidStoreApp is read-only and cannot be patched"
        ),
        Class::PatchReadOnly
    );
    // The schema does not mark it: the refusal is ours, unexpected.
    assert_eq!(
        class(
            "property `displayName` of microsoft.graph.printer is read-only and cannot be \
             patched at line 1 column 9"
        ),
        Class::Ours
    );
    assert_eq!(
        class("property `displayName` of microsoft.graph.printer is the key and cannot be patched"),
        Class::Ours
    );
    assert_eq!(Class::Ours.side(), Side::Ours);
    assert_eq!(Class::NotJson.side(), Side::Docs);
}

#[test]
fn undeclared_properties_and_types() {
    assert_eq!(
        class(
            "invalid value for property `actor` of microsoft.graph.auditEvent: unknown property \
             \"type\" in a patch of microsoft.graph.auditActor: the patchable properties are `a`"
        ),
        Class::NotInSchema
    );
    // A navigation property, or a declared one: ours.
    assert_eq!(
        class(
            "unknown property \"authenticationMethodConfigurations\" in a patch of \
             microsoft.graph.authenticationMethodsPolicy: the patchable properties are `a`"
        ),
        Class::Ours
    );
    assert_eq!(
        class(
            "unknown property \"displayName\" in a patch of microsoft.graph.printer: did you \
             mean `displayName`? at line 1 column 9"
        ),
        Class::Ours
    );
    // An open type takes undeclared properties.
    assert_eq!(
        class(
            "unknown property \"referenceCode\" in a patch of microsoft.graph.openTypeExtension: \
             the patchable properties are `extensionName`"
        ),
        Class::Ours
    );
    // A binding of a declared navigation property is valid; of an undeclared one, not.
    assert_eq!(
        class(
            "unknown navigation binding \"printer@odata.bind\" in a patch of \
             microsoft.graph.printerShare: the type binds no navigation property at line 1 \
             column 77"
        ),
        Class::Ours
    );
    assert_eq!(
        class(
            "unknown navigation binding \"owner@odata.bind\" in a patch of \
             microsoft.graph.printerShare: the type binds no navigation property"
        ),
        Class::NotInSchema
    );
    // `@odata.type`: undeclared, unrelated, derived.
    assert_eq!(
        class(
            "wrong `@odata.type`: expected \"#microsoft.graph.openTypeExtension\", found \
             \"Microsoft.OutlookServices.OpenTypeExtension\" at line 1 column 60"
        ),
        Class::NotInSchema
    );
    assert_eq!(
        class(
            "wrong `@odata.type`: expected \"#microsoft.graph.printer\", found \
             \"#microsoft.graph.user\" at line 1 column 60"
        ),
        Class::WrongValue
    );
    assert_eq!(
        class(
            "invalid value for property `x` of microsoft.graph.y: wrong `@odata.type`: expected \
             \"#microsoft.graph.mobileApp\", found \"#microsoft.graph.androidLobApp\""
        ),
        Class::Ours
    );
    assert_eq!(
        class(
            "unknown @odata.type \"#microsoft.graph.noSuchApp\" for microsoft.graph.mobileApp: \
             expected one of \"#microsoft.graph.androidLobApp\""
        ),
        Class::NotInSchema
    );
    assert_eq!(
        class(
            "unknown @odata.type \"#microsoft.graph.androidLobApp\" for \
             microsoft.graph.mobileApp: expected one of \"#microsoft.graph.iosLobApp\""
        ),
        Class::Ours
    );
}

#[test]
fn placeholders() {
    for p in [
        "datetime-value",
        "String (timestamp)",
        "Boolean",
        "{id}",
        "<guid>",
    ] {
        assert!(is_placeholder(p), "{p}");
    }
    for v in ["1974-07-22", "true", "Contoso"] {
        assert!(!is_placeholder(v), "{v}");
    }
}

#[test]
fn single_entities_wrapped_in_value() {
    let entity = serde_json::json!({"id": "1", "displayName": "x"});
    let wrapped = serde_json::json!({"@odata.context": "c", "value": entity});
    let v = wrapped_in_value(&wrapped, "microsoft.graph.educationUser").expect("wrapped");
    assert_eq!(v.class, Class::WrappedInValue);
    // A collection, a bare entity, another member beside `value`.
    let page = serde_json::json!({"value": [entity]});
    assert!(wrapped_in_value(&page, "microsoft.graph.educationUser").is_none());
    assert!(wrapped_in_value(&entity, "microsoft.graph.educationUser").is_none());
    let two = serde_json::json!({"value": {}, "id": "1"});
    assert!(wrapped_in_value(&two, "microsoft.graph.educationUser").is_none());
    // A type that declares `value` (a workbook named item's value is untyped).
    let named = serde_json::json!({"value": {}});
    assert!(wrapped_in_value(&named, "microsoft.graph.workbookNamedItem").is_none());
    // An open type may hold a dynamic `value`; an undeclared type is not judged.
    assert!(wrapped_in_value(&named, "microsoft.graph.openTypeExtension").is_none());
    assert!(wrapped_in_value(&named, "microsoft.graph.noSuchType").is_none());
}

#[test]
fn streams_and_other_services_bodies() {
    let record = |url: &str, headers: Value| serde_json::json!({"url": url, "request_headers": headers, "response_headers": []});
    let graph = "https://graph.microsoft.com/v1.0";
    let none = serde_json::json!([]);
    let jpeg = serde_json::json!([["Content-type", "image/jpeg"]]);
    let json = serde_json::json!([["Content-Type", "application/json; charset=utf-8"]]);
    // `/$value` or `/content` without a Content-Type.
    let value = record(
        &format!("{graph}/me/messages/1/attachments/2/$value"),
        none.clone(),
    );
    assert!(not_odata(&value, "response").is_some());
    let photo = record(&format!("{graph}/me/photo/$value"), jpeg.clone());
    assert!(not_odata(&photo, "request").is_some());
    // A Content-Type that is not JSON, whatever the URL.
    let logo = record(&format!("{graph}/organization/1/branding/bannerLogo"), jpeg);
    assert!(not_odata(&logo, "request").is_some());
    // A JSON Content-Type wins over the URL (a OneNote page's `/content` takes JSON commands).
    let page = record(&format!("{graph}/me/onenote/pages/1/content"), json.clone());
    assert!(not_odata(&page, "request").is_none());
    let user = record(&format!("{graph}/me"), json);
    assert!(not_odata(&user, "request").is_none());
    // Another service's URL; a relative URL is Graph's.
    let other = record("https://contoso.example/api/read", none.clone());
    assert!(not_odata(&other, "request").is_some());
    let relative = record("/me/drive/root", none.clone());
    assert!(not_odata(&relative, "response").is_none());
    let query = record(&format!("{graph}/users?$select=id"), none);
    assert!(not_odata(&query, "response").is_none());
}
