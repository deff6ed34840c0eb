//! Whose fault a failed read is: the docs' (the body is not what the schema says) or ours.
//!
//! The rules read the reader's error, which names the property, the type, what the schema
//! expects and what the body holds. A rule says the docs are at fault only where the schema
//! decides it:
//! - a placeholder where the schema has a typed value (`"datetime-value"`, `"String"`, `{}`);
//! - any other value the schema's type does not allow (`"1974-07-22"` for an
//!   `Edm.DateTimeOffset`, `"true"` for an `Edm.Boolean`);
//! - a property the schema does not declare, an `@odata.type` it does not declare;
//! - a `PATCH` that sets a property the schema marks read-only (`Core.Computed`,
//!   `Permissions.Read`) or the key (which the URL names).
//!
//! A body that sets a navigation property (the models leave them out) or anything else is ours.

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// The body holds a placeholder where the schema has a typed value.
    Placeholder,
    /// The body holds a value of a type or form the schema's type does not allow.
    WrongValue,
    /// The body names a property or type the schema does not declare.
    NotInSchema,
    /// A `PATCH` body sets what the schema says a client cannot change.
    ReadOnly,
    /// The body is not JSON.
    NotJson,
    /// Not the docs' fault: the models or the derive cannot take a valid body.
    Ours,
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::Placeholder => "docs: placeholder value",
            Class::WrongValue => "docs: value the schema's type does not allow",
            Class::NotInSchema => "docs: property or type not in the schema",
            Class::ReadOnly => "docs: PATCH sets a read-only property or the key",
            Class::NotJson => "docs: body is not JSON",
            Class::Ours => "**ours**",
        }
    }

    pub fn is_ours(self) -> bool {
        self == Class::Ours
    }
}

/// The schema, committed beside the models.
const CSDL: &str = include_str!("../../csdl/v1.0.xml");

/// The class of a read error of a body that is valid JSON.
pub fn read_error(error: &str, _record: &Value) -> Class {
    if let Some(found) = quoted_after(error, ", found ") {
        if error.contains("expected") {
            return if is_placeholder(found) {
                Class::Placeholder
            } else {
                Class::WrongValue
            };
        }
    }
    if error.contains("expected") && error.contains(", found an object") {
        // `{}` or an object where the schema has a primitive or an enum.
        return Class::WrongValue;
    }
    if error.contains("is read-only and cannot be patched")
        || error.contains("is the key and cannot be patched")
    {
        return Class::ReadOnly;
    }
    if let Some(name) = quoted_after(error, "unknown property ") {
        let ty = error
            .split(" in a patch of ")
            .nth(1)
            .and_then(|rest| rest.split(':').next())
            .unwrap_or("");
        return if declares_navigation(ty, name) {
            Class::Ours
        } else {
            Class::NotInSchema
        };
    }
    if let Some(found) = quoted_after(error, "wrong `@odata.type`: expected ")
        .and_then(|_| error.split(", found \"").nth(1))
        .and_then(|rest| rest.split('"').next())
    {
        let local = found.trim_start_matches('#');
        if !declares_type(local) {
            return Class::NotInSchema;
        }
    }
    Class::Ours
}

/// The text between the quotes that follow `marker`.
fn quoted_after<'e>(error: &'e str, marker: &str) -> Option<&'e str> {
    let rest = error.split(marker).nth(1)?.strip_prefix('"')?;
    rest.split('"').next()
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

/// Whether the schema declares `namespace.name` as a type.
fn declares_type(qualified: &str) -> bool {
    let Some((namespace, name)) = qualified.rsplit_once('.') else {
        return false;
    };
    let schema = format!("<Schema Namespace=\"{namespace}\"");
    CSDL.contains(&schema)
        && ["EntityType", "ComplexType", "EnumType"]
            .iter()
            .any(|kind| CSDL.contains(&format!("<{kind} Name=\"{name}\"")))
}

/// Whether `ty` (qualified) or one of its base types declares a navigation property `name`.
fn declares_navigation(ty: &str, name: &str) -> bool {
    let mut current = ty.rsplit('.').next().unwrap_or(ty).to_owned();
    for _ in 0..8 {
        let Some(element) = element(&current) else {
            return false;
        };
        if element.contains(&format!("<NavigationProperty Name=\"{name}\"")) {
            return true;
        }
        let Some(base) = attribute(element.lines().next().unwrap_or(""), "BaseType") else {
            return false;
        };
        current = base.rsplit('.').next().unwrap_or(base).to_owned();
    }
    false
}

/// The text of the `EntityType` or `ComplexType` element named `name`.
fn element(name: &str) -> Option<&'static str> {
    for kind in ["EntityType", "ComplexType"] {
        let open = format!("<{kind} Name=\"{name}\"");
        if let Some(start) = CSDL.find(&open) {
            let rest = &CSDL[start..];
            let first = rest.find('\n').unwrap_or(rest.len());
            if rest[..first].trim_end().ends_with("/>") {
                return Some(&rest[..first]);
            }
            let end = rest.find(&format!("</{kind}>")).unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
    }
    None
}

fn attribute<'l>(line: &'l str, name: &str) -> Option<&'l str> {
    let rest = line.split(&format!("{name}=\"")).nth(1)?;
    rest.split('"').next()
}

#[test]
fn rules() {
    let none = Value::Null;
    assert_eq!(
        read_error(
            "invalid value for property `time` of microsoft.graph.responseStatus: expected an \
             Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), found \
             \"datetime-value\" at line 1 column 9",
            &none
        ),
        Class::Placeholder
    );
    assert_eq!(
        read_error(
            "invalid value for property `isDeleted` of microsoft.graph.riskyUser: expected a \
             boolean, found \"Boolean\" at line 1 column 119",
            &none
        ),
        Class::Placeholder
    );
    assert_eq!(
        read_error(
            "invalid value for property `birthday` of microsoft.graph.contact: expected an \
             Edm.DateTimeOffset (...), found \"1974-07-22\" at line 1 column 45",
            &none
        ),
        Class::WrongValue
    );
    assert!(declares_navigation(
        "microsoft.graph.authenticationMethodsPolicy",
        "authenticationMethodConfigurations"
    ));
    assert!(!declares_navigation("microsoft.graph.printer", "name"));
    assert!(declares_type("microsoft.graph.openTypeExtension"));
    assert!(!declares_type(
        "Microsoft.OutlookServices.OpenTypeExtension"
    ));
    assert_eq!(
        read_error(
            "unknown property \"type\" in a patch of microsoft.graph.auditActor: the patchable \
             properties are `a`",
            &none
        ),
        Class::NotInSchema
    );
}
