//! Whose fault a failed read is (the docs', ours by a documented choice, or ours), and which
//! bodies are no OData JSON body to check.
//!
//! A rule says the docs are at fault only where the schema (`csdl.rs`) decides it; the reader's
//! error only says where to look (the property, the type, the value found):
//! - a value the property's declared type cannot hold: a placeholder (`"datetime-value"`,
//!   `"String"`, `"{id}"`) or any other (`"1974-07-22"` for an `Edm.DateTimeOffset`, `"true"`
//!   for an `Edm.Boolean`, an object for an enum). The schema must declare the property, on
//!   the type or a base, with a type that cannot hold the value;
//! - a property the type (and its bases) does not declare, as a structural or a navigation
//!   property, on a type that is not open; an `@odata.type` the schema does not declare, or one
//!   that does not derive from the type the body must hold (then it is a wrong value);
//! - a single entity wrapped in `value` (`{"value": {...}}`): an object where only a collection
//!   (an array) or a property named `value` may stand, and the type declares no `value`;
//! - a body that is not JSON (no schema needed).
//!
//! A `PATCH` that sets a property the schema marks read-only (`Core.Computed`, a
//! `Core.Permissions` of `Read`) or the key is refused by our patch reader on purpose, though
//! OData 4.01 (Protocol, 11.4.3) says a service must ignore such a property (Graph answers 400
//! only when the value changes): a documented choice of ours, not the docs' fault. When the
//! schema does not mark the property so, the refusal is simply ours.
//!
//! Any other failure is ours: a body that sets a navigation property (the models leave them
//! out), a value the schema's type can hold, an error no rule reads.

use serde_json::Value;

use crate::csdl::{Found, schema};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// The body holds a placeholder where the schema has a typed value.
    Placeholder,
    /// The body holds a value of a type or form the schema's type does not allow.
    WrongValue,
    /// The body names a property or type the schema does not declare.
    NotInSchema,
    /// A single entity wrapped in `value`, as if it were a collection.
    WrappedInValue,
    /// The body is not JSON.
    NotJson,
    /// A `PATCH` body sets a read-only property or the key: our patch reader refuses it on
    /// purpose, where the protocol says a service ignores it.
    PatchReadOnly,
    /// Not the docs' fault, and no documented choice: the models or the derive cannot take a
    /// valid body.
    Ours,
}

/// Who answers for a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Docs,
    /// Ours, by a choice the report documents.
    Choice,
    /// Ours, unexpected: the test fails on one it does not know.
    Ours,
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::Placeholder => "docs: placeholder value",
            Class::WrongValue => "docs: value the schema's type does not allow",
            Class::NotInSchema => "docs: property or type not in the schema",
            Class::WrappedInValue => "docs: a single entity wrapped in `value`",
            Class::NotJson => "docs: body is not JSON",
            Class::PatchReadOnly => {
                "ours (documented): PATCH sets a read-only property or the key; the patch type \
                 refuses it"
            }
            Class::Ours => "**ours**",
        }
    }

    pub fn side(self) -> Side {
        match self {
            Class::PatchReadOnly => Side::Choice,
            Class::Ours => Side::Ours,
            _ => Side::Docs,
        }
    }

    /// Why a documented choice is made (`None` for the other classes).
    pub fn choice(self) -> Option<&'static str> {
        match self {
            Class::PatchReadOnly => Some(
                "a generated patch type has no field for a property the schema marks read-only \
                 (`Core.Computed`, `Core.Permissions` `Read`) or for the key, and its reader \
                 refuses one rather than drop it silently. OData 4.01 (Protocol, 11.4.3) says a \
                 service MUST ignore such a property in an update, and Graph answers 400 only \
                 when the value would change; our reader is stricter than the protocol requires, \
                 on purpose: a client that sets a read-only property has a bug to hear about",
            ),
            _ => None,
        }
    }
}

/// A failure's class and what the schema says that decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub class: Class,
    pub schema: String,
}

fn verdict(class: Class, schema: impl Into<String>) -> Verdict {
    Verdict {
        class,
        schema: schema.into(),
    }
}

/// The innermost property the reader was in (`invalid value for property `p` of T: `), and the
/// message that follows the prefixes, without the ` at line ...` serde appends.
fn split_path(error: &str) -> (Option<(&str, &str)>, &str) {
    const PREFIX: &str = "invalid value for property `";
    let mut context = None;
    let mut rest = error;
    while let Some(after) = rest.strip_prefix(PREFIX) {
        let Some((property, after)) = after.split_once("` of ") else {
            break;
        };
        let Some((ty, after)) = after.split_once(": ") else {
            break;
        };
        context = Some((property, ty));
        rest = after;
    }
    let message = match rest.rfind(" at line ") {
        Some(at) => &rest[..at],
        None => rest,
    };
    (context, message)
}

/// The class of a read error of a body that is valid JSON.
pub fn read_error(error: &str) -> Verdict {
    let (context, message) = split_path(error);
    if let Some(rest) = message.strip_prefix("wrong `@odata.type`: expected \"") {
        if let Some((expected, found)) = rest.split_once("\", found ") {
            return odata_type(expected, found);
        }
    }
    if let Some(rest) = message.strip_prefix("unknown @odata.type ") {
        if let Some((found, base)) = rest.split_once(" for ") {
            let base = base.split(':').next().unwrap_or(base);
            return odata_type(base, found);
        }
    }
    if let Some(rest) = message.strip_prefix("property `") {
        if let Some((property, rest)) = rest.split_once("` of ") {
            if let Some(ty) = rest.strip_suffix(" is read-only and cannot be patched") {
                return read_only(ty, property);
            }
            if let Some(ty) = rest.strip_suffix(" is the key and cannot be patched") {
                return read_only(ty, property);
            }
        }
    }
    if let Some(rest) = message.strip_prefix("unknown navigation binding \"") {
        if let Some((name, rest)) = rest.split_once("\" in a patch of ") {
            let ty = rest.split(':').next().unwrap_or(rest);
            return unknown_binding(ty, name);
        }
    }
    if let Some(rest) = message.strip_prefix("unknown property \"") {
        if let Some((name, rest)) = rest.split_once("\" in a patch of ") {
            let ty = rest.split(':').next().unwrap_or(rest);
            return unknown_property(ty, name);
        }
    }
    if let (Some((property, ty)), Some(rest)) = (context, message.strip_prefix("expected ")) {
        if let Some((expected, found)) = rest.split_once(", found ") {
            let whole = expected.contains("array") || expected.contains("sequence");
            return wrong_value(ty, property, found, whole);
        }
    }
    verdict(Class::Ours, "no rule reads this error")
}

/// `@odata.type` `found` where the body must hold `expected` (or a type derived from it).
fn odata_type(expected: &str, found: &str) -> Verdict {
    let found = found.trim_matches('"').trim_start_matches('#');
    let expected = expected.trim_matches('"').trim_start_matches('#');
    let s = schema();
    if s.get(found).is_none() {
        return verdict(
            Class::NotInSchema,
            format!("v1.0 declares no type `{found}`"),
        );
    }
    if s.derives_from(found, expected) {
        return verdict(
            Class::Ours,
            format!("`{found}` derives from `{expected}`: the body is valid"),
        );
    }
    verdict(
        Class::WrongValue,
        format!("`{found}` is declared but does not derive from `{expected}`"),
    )
}

/// A patch refused property `property` of `ty` as read-only or as the key: a documented choice
/// when the schema marks it read-only or it is the key.
fn read_only(ty: &str, property: &str) -> Verdict {
    match schema().read_only(ty, property) {
        Some((owner, why)) => verdict(
            Class::PatchReadOnly,
            format!("`{property}` of `{owner}` is {}", why.describe()),
        ),
        None => verdict(
            Class::Ours,
            format!("the schema does not mark `{property}` of `{ty}` read-only or the key"),
        ),
    }
}

/// A patch of `ty` refused member `name` as a property it does not have.
fn unknown_property(ty: &str, name: &str) -> Verdict {
    let s = schema();
    if s.get(ty).is_none() {
        return verdict(Class::Ours, format!("v1.0 declares no type `{ty}`"));
    }
    if s.is_navigation(ty, name) {
        return verdict(
            Class::Ours,
            format!("`{ty}` declares `{name}` as a navigation property"),
        );
    }
    if let Some((owner, _)) = s.property(ty, name) {
        return verdict(Class::Ours, format!("`{owner}` declares `{name}`"));
    }
    if s.is_open(ty) {
        return verdict(
            Class::Ours,
            format!("`{ty}` is open: it takes undeclared properties"),
        );
    }
    verdict(
        Class::NotInSchema,
        format!("`{ty}` and its bases declare no property `{name}`"),
    )
}

/// A patch of `ty` refused binding `name` (`nav@odata.bind`) as no navigation property's.
fn unknown_binding(ty: &str, name: &str) -> Verdict {
    let s = schema();
    let navigation = name.strip_suffix("@odata.bind").unwrap_or(name);
    if s.get(ty).is_none() {
        return verdict(Class::Ours, format!("v1.0 declares no type `{ty}`"));
    }
    if s.is_navigation(ty, navigation) {
        return verdict(
            Class::Ours,
            format!("`{ty}` declares `{navigation}` as a navigation property: it may be bound"),
        );
    }
    verdict(
        Class::NotInSchema,
        format!("`{ty}` and its bases declare no navigation property `{navigation}`"),
    )
}

/// The reader found `found` (as its error writes it) for property `property` of `ty`; `whole`:
/// the reader expected a collection, so the value is the property's, not one of its items.
fn wrong_value(ty: &str, property: &str, found: &str, whole: bool) -> Verdict {
    let s = schema();
    let Some((owner, declared)) = s.property(ty, property) else {
        return verdict(
            Class::Ours,
            format!("the schema declares no property `{property}` of `{ty}`"),
        );
    };
    let Some(value) = Found::parse(found) else {
        return verdict(Class::Ours, "the error names no value the schema can judge");
    };
    let collection = declared.ty.starts_with("Collection(");
    // OData's ABNF (`binaryValue`) ends a base64 value with a character whose unused bits are
    // zero: a value that ends otherwise is no `Edm.Binary`, whatever its alphabet (the error
    // cuts long values short, so the reader's words are what shows it).
    let non_canonical_binary =
        declared.ty == "Edm.Binary" && found.contains("unused bits are not zero");
    let holds = if whole && collection {
        value == Found::Array
    } else {
        s.can_hold(&declared.ty, declared.nullable, &value) && !non_canonical_binary
    };
    let said = format!("`{property}` of `{owner}` is `{}`", declared.ty);
    if holds {
        return verdict(Class::Ours, format!("{said}, which can hold {found}"));
    }
    let class = match &value {
        Found::Str(text) if is_placeholder(text) => Class::Placeholder,
        _ => Class::WrongValue,
    };
    verdict(class, said)
}

/// A value the docs write where a real one goes: `datetime-value`, `String (timestamp)`,
/// `Boolean`, `{id}`.
fn is_placeholder(value: &str) -> bool {
    const TYPE_WORDS: &[&str] = &[
        "string",
        "boolean",
        "bool",
        "int32",
        "int64",
        "guid",
        "datetime",
        "datetimeoffset",
        "date",
        "timeofday",
        "duration",
        "double",
        "number",
    ];
    let lower = value.to_ascii_lowercase();
    let head = lower.split([' ', '(']).next().unwrap_or("");
    lower.ends_with("-value")
        || lower.ends_with("value")
        || TYPE_WORDS.contains(&head)
        || (lower.starts_with('{') && lower.ends_with('}'))
        || (lower.starts_with('<') && lower.ends_with('>'))
}

/// A body that wraps a single entity in `value` (`{"value": {...}}`, control information such as
/// `@odata.context` aside): a collection's `value` is an array, and an object there is a
/// property only where the type (or a base) declares one named `value`, or is open.
pub fn wrapped_in_value(body: &Value, ty: &str) -> Option<Verdict> {
    let object = body.as_object()?;
    let mut members = object.keys().filter(|k| !k.starts_with("@odata."));
    if members.next().map(String::as_str) != Some("value") || members.next().is_some() {
        return None;
    }
    let s = schema();
    let declares = s.property(ty, "value").is_some() || s.is_navigation(ty, "value");
    if !object["value"].is_object() || s.get(ty).is_none() || declares || s.is_open(ty) {
        return None;
    }
    Some(verdict(
        Class::WrappedInValue,
        format!(
            "`{ty}` (not open) and its bases declare no property `value`; a collection's `value` \
             is an array"
        ),
    ))
}

/// The hosts of Graph (the global service and the national clouds).
const GRAPH_HOSTS: &[&str] = &[
    "graph.microsoft.com",
    "graph.microsoft.us",
    "dod-graph.microsoft.us",
    "microsoftgraph.chinacloudapi.cn",
];

/// Why a body is no OData JSON body of Graph's, if it is not:
/// - the record's URL is another service's (a body Graph sends to, or gets from, a third party);
/// - the body's `Content-Type`, when the record has one, is not JSON (`image/jpeg`,
///   `application/zip`, `text/plain`): a stream;
/// - without a `Content-Type`, the URL addresses a stream: its path ends in `/$value` (the
///   media resource of an entity, or the raw value of a property) or `/content`.
pub fn not_odata(record: &Value, which: &str) -> Option<String> {
    let url = record["url"].as_str().unwrap_or("");
    if let Some((_, rest)) = url.split_once("://") {
        let host = rest.split(['/', '?', ':']).next().unwrap_or("");
        let host = host.to_ascii_lowercase();
        if !GRAPH_HOSTS.contains(&host.as_str()) {
            return Some(format!(
                "another service's body (the URL's host is `{host}`)"
            ));
        }
    }
    let content_type = record[format!("{which}_headers")]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_array)
        .find(|h| {
            h.first()
                .and_then(Value::as_str)
                .is_some_and(|name| name.eq_ignore_ascii_case("content-type"))
        })
        .and_then(|h| h.get(1))
        .and_then(Value::as_str);
    if let Some(content_type) = content_type {
        let media = content_type.split(';').next().unwrap_or("").trim();
        let media = media.to_ascii_lowercase();
        let json = media == "application/json" || media.ends_with("+json");
        return (!json).then(|| format!("a stream (`Content-Type: {content_type}`)"));
    }
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let stream = ["/$value", "/content"]
        .into_iter()
        .find(|end| path.ends_with(end))?;
    Some(format!("a stream (the URL ends in `{stream}`)"))
}

#[cfg(test)]
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
