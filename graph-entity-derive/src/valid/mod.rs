//! Checks that span several attributes or fields; an action body's own in [`action`].

use std::collections::HashMap;

use proc_macro2::Span;

use crate::ast::{ContainerAttrs, Field, FieldAttrs, Input, box_inner, option_inner, vec_inner};
use crate::attr::{self, Name};
use crate::ctxt::Errors;

mod action;

pub fn check(input: &Input, errors: &mut Errors) {
    if input.attrs.action.is_some() {
        action::check(input, errors);
    } else {
        check_odata_type(&input.attrs, &input.original.ident, errors);
    }
    check_fields(input, errors);
    check_special_fields(input, errors);
    check_wire_names(input, errors);
    check_csv_titles(input, errors);
    check_cfg_navigation(input, errors);
}

/// `cfg_navigation` names navigation properties: at least one, none with an `@`.
fn check_cfg_navigation(input: &Input, errors: &mut Errors) {
    let Some(names) = &input.attrs.cfg_navigation else {
        return;
    };
    if names.value.is_empty() || names.value.iter().any(|n| n.contains('@')) {
        errors.push(syn::Error::new(
            names.span,
            "`cfg_navigation` lists the navigation properties whose fields may be compiled out, \
             by wire name, separated by spaces or commas: `cfg_navigation = \"messages events\"`",
        ));
    }
}

/// `odata_type` is given and is a qualified name (for structs and enums alike).
pub fn check_odata_type(attrs: &ContainerAttrs, ident: &syn::Ident, errors: &mut Errors) {
    let Some(odata_type) = &attrs.odata_type else {
        if attrs.malformed {
            return;
        }
        errors.spanned(
            ident,
            "missing `#[graph(odata_type = \"namespace.TypeName\")]`: every GraphEntity and GraphEnum needs \
             its qualified OData type name, e.g. `microsoft.graph.user`",
        );
        return;
    };
    if let Err(problem) = qualified_name_problem(&odata_type.value) {
        errors.push(syn::Error::new(
            odata_type.span,
            format!(
                "`odata_type = {:?}` is not a qualified OData type name: {problem}; write \
                 `namespace.TypeName`, e.g. `microsoft.graph.user`",
                odata_type.value
            ),
        ));
    }
}

/// OData: a qualified name is a namespace (dot-separated simple identifiers) and a simple
/// identifier; a simple identifier starts with a letter or `_` and goes on with letters, digits
/// and `_`.
pub(crate) fn qualified_name_problem(name: &str) -> Result<(), &'static str> {
    if name.is_empty() {
        return Err("it is empty");
    }
    if name.starts_with('#') {
        return Err("leave out the leading `#` (it is added on the wire)");
    }
    if name.chars().any(char::is_whitespace) {
        return Err("it contains whitespace");
    }
    if !name.contains('.') {
        return Err("it has no namespace");
    }
    for segment in name.split('.') {
        let mut chars = segment.chars();
        match chars.next() {
            None => return Err("it has an empty segment"),
            Some(c) if !(c.is_alphabetic() || c == '_') => {
                return Err("a segment does not start with a letter or `_`");
            }
            Some(_) => {}
        }
        if !chars.all(|c| c.is_alphanumeric() || c == '_') {
            return Err("a segment holds a character other than letters, digits and `_`");
        }
    }
    Ok(())
}

fn check_fields(input: &Input, errors: &mut Errors) {
    let mut key: Option<Span> = None;
    for field in &input.fields {
        let a = &field.attrs;
        if let Some(span) = a.key {
            if key.is_some() {
                errors.push(syn::Error::new(
                    span,
                    "a second `#[graph(key)]`: an entity has one key property; mark only one field",
                ));
            }
            key = Some(span);
        }
        check_exclusive(field, errors);
        check_link(field, errors);
        if let (Some(_), Some(read_only)) = (a.key, a.read_only) {
            errors.push(syn::Error::new(
                read_only,
                "`read_only` on the key: the key is already read-only; remove `read_only`",
            ));
        }
        if let Some(default) = a.default {
            if field.nullable {
                errors.push(syn::Error::new(
                    default,
                    "`default` on a nullable field: a missing nullable property already reads as \
                     `None`; remove `default`",
                ));
            }
        }
        if let Some(rename) = &a.rename {
            let value = rename.value();
            if value.is_empty() {
                errors.push(syn::Error::new(
                    rename.span(),
                    "`rename = \"\"`: a property name cannot be empty",
                ));
            } else if value.contains('@') {
                errors.push(syn::Error::new(
                    rename.span(),
                    format!(
                        "`rename = {value:?}`: a name with `@` is an OData annotation, not a \
                         property; choose a name without `@`"
                    ),
                ));
            }
        }
    }
}

/// Attributes that give a field a role of its own (the others make no sense beside them), each
/// with its span on `a` and why.
fn special_flags(a: &FieldAttrs) -> [(Name, Option<Span>, &'static str); 3] {
    [
        (
            attr::SKIP,
            a.skip,
            "a skipped field is not on the wire at all",
        ),
        (
            attr::ETAG,
            a.etag,
            "an etag field holds `@odata.etag`, not a property",
        ),
        (
            attr::ADDITIONAL_DATA,
            a.additional_data,
            "an `additional_data` field holds the undeclared members, not a property",
        ),
    ]
}

/// The flags a special attribute excludes, with their spans on `a`, in the order they are
/// reported.
fn excluded_flags(a: &FieldAttrs) -> [(Name, Option<Span>); 8] {
    [
        (attr::KEY, a.key),
        (attr::READ_ONLY, a.read_only),
        (attr::DEFAULT, a.default),
        (attr::CSV_SKIP, a.csv_skip),
        (attr::NESTED, a.nested),
        (attr::SKIP, a.skip),
        (attr::ETAG, a.etag),
        (attr::ADDITIONAL_DATA, a.additional_data),
    ]
}

fn check_exclusive(field: &Field, errors: &mut Errors) {
    let a = &field.attrs;
    let specials = special_flags(a);
    for (index, (special, span, why)) in specials.iter().enumerate() {
        let Some(span) = *span else {
            continue;
        };
        for (name, given) in excluded_flags(a) {
            // Each pair once: the earlier special attribute reports it.
            let earlier_special = specials[..index].iter().any(|(s, ..)| *s == name);
            if name == *special || earlier_special || given.is_none() {
                continue;
            }
            errors.push(syn::Error::new(
                span,
                format!("`{special}` and `{name}` on one field: {why}; remove one of them"),
            ));
        }
        for (name, given) in [(attr::RENAME, &a.rename), (attr::CSV, &a.csv)] {
            if let Some(attr) = given {
                errors.push(syn::Error::new(
                    attr.span(),
                    format!("`{name}` on a field marked `{special}`: {why}; remove one of them"),
                ));
            }
        }
    }
}

/// `navigation` and `bind`: alone among the role attributes, and of the shape they need.
fn check_link(field: &Field, errors: &mut Errors) {
    let a = &field.attrs;
    let (name, span, why) = match (a.navigation, &a.bind) {
        (Some(_), Some(bind)) => {
            errors.push(syn::Error::new(
                bind.span(),
                "`navigation` and `bind` on one field: a field holds either the navigation \
                 property's value or its bind (a URL); use two fields",
            ));
            return;
        }
        (Some(span), None) => (
            attr::NAVIGATION,
            span,
            "a navigation property's value is sent as given, never patched property by property",
        ),
        (None, Some(bind)) => (
            attr::BIND,
            bind.span(),
            "a bind field holds the link `name@odata.bind`, not a property",
        ),
        (None, None) => return,
    };
    for (other, given) in [
        (attr::KEY, a.key),
        (attr::READ_ONLY, a.read_only),
        (attr::DEFAULT, a.default),
        (attr::NESTED, a.nested),
        (attr::SKIP, a.skip),
        (attr::ETAG, a.etag),
        (attr::ADDITIONAL_DATA, a.additional_data),
        (attr::CSV_SKIP, a.csv_skip),
    ] {
        if given.is_some() {
            errors.push(syn::Error::new(
                span,
                format!("`{name}` and `{other}` on one field: {why}; remove one of them"),
            ));
        }
    }
    let mut strings = vec![(attr::CSV, &a.csv)];
    if name == attr::BIND {
        strings.push((attr::RENAME, &a.rename));
    }
    for (other, given) in strings {
        if let Some(attr) = given {
            errors.push(syn::Error::new(
                attr.span(),
                format!("`{other}` on a field marked `{name}`: {why}; remove one of them"),
            ));
        }
    }
    let inner = option_inner(field.ty);
    if name == attr::NAVIGATION {
        if !inner.is_some_and(|t| box_inner(t).is_some() || vec_inner(t).is_some()) {
            errors.spanned(
                field.ty,
                "`#[graph(navigation)]` needs a field of type `Option<Box<T>>` (a single-valued \
                 navigation property) or `Option<Vec<T>>` (a collection)",
            );
        }
        return;
    }
    let is_string = |t: &syn::Type| last_segment_is(t, "String");
    if !inner.is_some_and(|t| is_string(t) || vec_inner(t).is_some_and(is_string)) {
        errors.spanned(
            field.ty,
            "`#[graph(bind = \"...\")]` needs a field of type `Option<String>` (one URL, for a \
             single-valued navigation property) or `Option<Vec<String>>` (URLs, for a collection)",
        );
    }
    if let Some(bind) = &a.bind {
        let value = bind.value();
        if value.is_empty() || value.contains('@') {
            errors.push(syn::Error::new(
                bind.span(),
                format!(
                    "`bind = {value:?}`: name the navigation property (e.g. `bind = \"owners\"` \
                     for `owners@odata.bind`)"
                ),
            ));
        }
    }
}

/// `etag` and `additional_data`: one each, of the right type; `open_type` needs the latter.
fn check_special_fields(input: &Input, errors: &mut Errors) {
    check_single(
        input,
        attr::ETAG,
        |a| a.etag,
        "`Option<String>` (`@odata.etag` may be absent)",
        |ty| option_inner(ty).is_some_and(|inner| last_segment_is(inner, "String")),
        errors,
    );
    check_single(
        input,
        attr::ADDITIONAL_DATA,
        |a| a.additional_data,
        "`graph_entity::AdditionalData`",
        |ty| last_segment_is(ty, "AdditionalData"),
        errors,
    );
    if let Some(open_type) = input.attrs.open_type {
        if input.additional_data().is_none() {
            errors.push(syn::Error::new(
                open_type,
                "`open_type` keeps dynamic properties in the struct's `#[graph(additional_data)]` \
                 field; add one (`#[graph(additional_data)] pub additional_data: \
                 graph_entity::AdditionalData`)",
            ));
        }
    }
}

/// The flag `name` (its span on a field's attributes, `given`): on one field at most, of a
/// type `type_ok` accepts (`wanted` says which).
fn check_single(
    input: &Input,
    name: Name,
    given: fn(&FieldAttrs) -> Option<Span>,
    wanted: &str,
    type_ok: fn(&syn::Type) -> bool,
    errors: &mut Errors,
) {
    let mut seen = false;
    for field in &input.fields {
        let Some(span) = given(&field.attrs) else {
            continue;
        };
        if seen {
            errors.push(syn::Error::new(
                span,
                format!("a second `#[graph({name})]`: mark only one field"),
            ));
        }
        seen = true;
        if !type_ok(field.ty) {
            errors.spanned(
                field.ty,
                format!("`#[graph({name})]` needs a field of type {wanted}"),
            );
        }
    }
}

/// Whether `ty` is a path whose last segment is `name` (`AdditionalData`,
/// `graph_entity::AdditionalData`, ...).
fn last_segment_is(ty: &syn::Type, name: &str) -> bool {
    match ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == name && segment.arguments.is_none()),
        _ => false,
    }
}

fn check_csv_titles(input: &Input, errors: &mut Errors) {
    let mut seen: HashMap<String, &Field> = HashMap::new();
    for field in input.properties() {
        if let Some(csv_skip) = field.attrs.csv_skip {
            if let Some(csv) = &field.attrs.csv {
                errors.push(syn::Error::new(
                    csv.span(),
                    "`csv` and `csv_skip` on one field: a skipped column has no title; remove one",
                ));
            } else if !field.nullable && field.attrs.default.is_none() {
                errors.push(syn::Error::new(
                    csv_skip,
                    "`csv_skip` on a non-nullable field without `default`: a CSV row could never \
                     fill it; add `#[graph(default)]` or make the field an `Option`",
                ));
            }
            continue;
        }
        if let Some(csv) = &field.attrs.csv {
            if csv.value().trim().is_empty() {
                errors.push(syn::Error::new(
                    csv.span(),
                    "`csv = \"\"`: a CSV column title cannot be empty",
                ));
            }
            if field.cfgs().next().is_some() {
                errors.push(syn::Error::new(
                    csv.span(),
                    "`csv` on a field under `#[cfg]` is not supported: the column list is a \
                     constant array; remove `csv` or the `cfg`",
                ));
            }
        }
        let previous = seen.insert(field.csv_title(), field);
        let explicit = |f: &Field| f.attrs.csv.is_some();
        if let Some(first) = previous.filter(|first| explicit(first) || explicit(field)) {
            let first = first.ident;
            errors.spanned(
                field.ident,
                format!(
                    "fields `{first}` and `{}` both have the CSV column title {:?}; give one of \
                     them `#[graph(csv = \"...\")]`",
                    field.ident,
                    field.csv_title()
                ),
            );
        }
    }
}

fn check_wire_names(input: &Input, errors: &mut Errors) {
    let mut seen: HashMap<&str, &syn::Ident> = HashMap::new();
    for field in input.properties() {
        if let Some(first) = seen.insert(&field.wire, field.ident) {
            errors.spanned(
                field.ident,
                format!(
                    "fields `{first}` and `{}` both have the wire name `{}`; give one of them \
                     `#[graph(rename = \"...\")]`",
                    field.ident, field.wire
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::qualified_name_problem;

    #[test]
    fn qualified_names() {
        assert!(qualified_name_problem("microsoft.graph.office365ServicesUserCounts").is_ok());
        assert!(qualified_name_problem("ns._Private1").is_ok());
        for bad in [
            "",
            "user",
            "#microsoft.graph.user",
            "a..b",
            "a.1b",
            "a b.c",
            "a.b-c",
            ".a",
        ] {
            assert!(qualified_name_problem(bad).is_err(), "{bad:?}");
        }
    }
}
