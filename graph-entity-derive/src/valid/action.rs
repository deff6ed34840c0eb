//! Checks for `#[graph(action = "...")]`: a qualified action name, no entity-only attribute on
//! the struct or its fields, and parameter names that stay distinct when case is ignored (a
//! body is read ignoring case).

use std::collections::HashMap;

use proc_macro2::Span;

use super::qualified_name_problem;
use crate::ast::{FieldAttrs, Input};
use crate::attr::{self, Name};
use crate::ctxt::Errors;

/// The field attributes on `a` that describe an entity, not a parameter: each given one's name
/// and span, in the order they are reported.
fn entity_only(a: &FieldAttrs) -> impl Iterator<Item = (Name, Span)> + '_ {
    let flags = [
        (attr::KEY, a.key),
        (attr::READ_ONLY, a.read_only),
        (attr::ETAG, a.etag),
        (attr::ADDITIONAL_DATA, a.additional_data),
        (attr::NAVIGATION, a.navigation),
        (attr::CSV_SKIP, a.csv_skip),
    ];
    let strings = [(attr::BIND, &a.bind), (attr::CSV, &a.csv)];
    let flags = flags
        .into_iter()
        .filter_map(|(name, span)| Some((name, span?)));
    let strings = strings
        .into_iter()
        .filter_map(|(name, lit)| Some((name, lit.as_ref()?.span())));
    flags.chain(strings)
}

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
    let mut container: Vec<(Name, Span)> = Vec::new();
    container.extend(attrs.patch.as_ref().map(|p| (attr::PATCH, p.span())));
    container.extend(
        attrs
            .patch_derive
            .first()
            .map(|p| (attr::PATCH_DERIVE, syn::spanned::Spanned::span(p))),
    );
    container.extend(attrs.open_type.map(|s| (attr::OPEN_TYPE, s)));
    container.extend(
        attrs
            .cfg_navigation
            .as_ref()
            .map(|n| (attr::CFG_NAVIGATION, n.span)),
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
        (attr::OMIT_NONE, attrs.omit_none),
        (attr::OMIT_ODATA_TYPE, attrs.omit_odata_type),
    ] {
        if let Some(span) = span {
            errors.push(syn::Error::new(
                span,
                format!("`{name}` on an action body: `action` implies it; remove `{name}`"),
            ));
        }
    }
    for field in &input.fields {
        for (name, span) in entity_only(&field.attrs) {
            errors.push(syn::Error::new(span, parameter_misuse(name)));
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

fn parameter_misuse(name: Name) -> String {
    format!(
        "`{name}` on a field of an action body: its fields are the action's parameters, which \
         have no key, read-only state, etag, navigation or CSV column; remove `{name}`"
    )
}
