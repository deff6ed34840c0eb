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
mod tests;
