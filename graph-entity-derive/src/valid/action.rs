//! Checks for `#[graph(action = "...")]`: a qualified action name, no entity-only attribute on
//! the struct or its fields, and parameter names that stay distinct when case is ignored (a
//! body is read ignoring case).

use std::collections::HashMap;

use proc_macro2::Span;

use super::qualified_name_problem;
use crate::ast::Input;
use crate::ctxt::Errors;

/// Field attributes that describe an entity, not a parameter.
const ENTITY_ONLY_FIELD: &[&str] = &[
    "key",
    "read_only",
    "etag",
    "additional_data",
    "navigation",
    "csv_skip",
];

pub fn check(input: &Input, errors: &mut Errors) {
    let attrs = &input.attrs;
    if let Some(action) = &attrs.action {
        if let Err(problem) = qualified_name_problem(&action.value) {
            errors.push(syn::Error::new(
                action.span,
                format!(
                    "`action = {:?}` is not a qualified action name: {problem}; write \
                     `namespace.actionName`, e.g. `microsoft.graph.sendMail`",
                    action.value
                ),
            ));
        }
    }
    if let Some(odata_type) = &attrs.odata_type {
        errors.push(syn::Error::new(
            odata_type.span,
            "`odata_type` on an action body: a body is no OData type and is sent without \
             `@odata.type`; remove `odata_type` (the action's name is `action = \"...\"`)",
        ));
    }
    let mut container: Vec<(&str, Span)> = Vec::new();
    container.extend(attrs.patch.as_ref().map(|p| ("patch", p.span())));
    container.extend(
        attrs
            .patch_derive
            .first()
            .map(|p| ("patch_derive", syn::spanned::Spanned::span(p))),
    );
    container.extend(attrs.open_type.map(|s| ("open_type", s)));
    container.extend(
        attrs
            .cfg_navigation
            .as_ref()
            .map(|n| ("cfg_navigation", n.span)),
    );
    for (name, span) in container {
        errors.push(syn::Error::new(
            span,
            format!(
                "`{name}` on an action body: a body is sent once and has no patch or dynamic \
                 properties; remove `{name}`"
            ),
        ));
    }
    for (name, span) in [
        ("omit_none", attrs.omit_none),
        ("omit_odata_type", attrs.omit_odata_type),
    ] {
        if let Some(span) = span {
            errors.push(syn::Error::new(
                span,
                format!("`{name}` on an action body: `action` implies it; remove `{name}`"),
            ));
        }
    }
    for field in &input.fields {
        for name in ENTITY_ONLY_FIELD {
            if let Some(span) = field.attrs.flag(name) {
                errors.push(syn::Error::new(span, parameter_misuse(name)));
            }
        }
        for name in ["bind", "csv"] {
            if let Some(lit) = field.attrs.string(name) {
                errors.push(syn::Error::new(lit.span(), parameter_misuse(name)));
            }
        }
    }
    let mut seen: HashMap<String, (&syn::Ident, &str)> = HashMap::new();
    for field in input.properties() {
        let previous = seen.insert(field.wire.to_ascii_lowercase(), (field.ident, &field.wire));
        // The same name twice is `check_wire_names`' error already.
        if let Some((first, _)) = previous.filter(|(_, wire)| *wire != field.wire) {
            errors.spanned(
                field.ident,
                format!(
                    "fields `{first}` and `{}` both read the parameter `{}`: a body's names are \
                     matched ignoring case; rename one of them",
                    field.ident, field.wire
                ),
            );
        }
    }
}

fn parameter_misuse(name: &str) -> String {
    format!(
        "`{name}` on a field of an action body: its fields are the action's parameters, which \
         have no key, read-only state, etag, navigation or CSV column; remove `{name}`"
    )
}
