//! Action bodies, after the binding type's items in its file.

use std::collections::HashSet;
use std::fmt::Write;

use super::{Emitter, primitive, push_attr, push_doc, push_field};
use crate::actions::{ActionBody, cfg_line};
use crate::fields::rename;
use crate::layout::type_path;
use crate::model::{Body, Parameter, Primitive};
use crate::names::{identifier, snake_case, unraw};

impl Emitter<'_, '_> {
    /// The bodies of the actions bound to `q`.
    pub(super) fn action_bodies(&self, out: &mut String, q: &str) {
        for body in self.bodies.get(q).map_or(&[][..], Vec::as_slice) {
            out.push('\n');
            self.action_body(out, q, body);
        }
    }

    fn action_body(&self, out: &mut String, q: &str, body: &ActionBody) {
        let bound = match (body.single, body.collection) {
            (true, true) => format!("`{q}` and collections of it"),
            (false, true) => format!("collections of `{q}`"),
            _ => format!("`{q}`"),
        };
        let verb = body.action.rsplit('.').next().unwrap_or_default();
        push_doc(
            out,
            0,
            "///",
            &format!(
                "The body of the action `{}`, bound to {bound} (`POST .../{verb}`): its \
                 parameters, each sent only when `Some`.",
                body.action
            ),
        );
        out.push_str(&cfg_line(&body.gates(q, self.assignment)));
        out.push_str("#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]\n");
        push_attr(out, 0, "graph", &[format!("action = {:?}", body.action)]);
        let _ = writeln!(out, "pub struct {} {{", body.name);
        let mut taken = HashSet::new();
        for p in body.parameters {
            self.parameter_field(out, q, p, &mut taken);
        }
        out.push_str("}\n");
    }

    fn parameter_field(
        &self,
        out: &mut String,
        q: &str,
        p: &Parameter,
        taken: &mut HashSet<String>,
    ) {
        // As the API reference sends them: the schema's name with its first letter lowered
        // (`SaveToSentItems` -> `saveToSentItems`); read ignoring case anyway.
        let mut chars = p.name.chars();
        let wire: String = chars
            .next()
            .map(|c| c.to_ascii_lowercase())
            .into_iter()
            .chain(chars)
            .collect();
        let base = identifier(&snake_case(&p.name));
        let mut field = base.clone();
        let mut n = 2;
        while !taken.insert(unraw(&field).to_owned()) {
            field = format!("{}_{n}", unraw(&base));
            n += 1;
        }
        let (ty, nested) = self.parameter_type(q, p);
        let csdl = if p.ty.collection {
            format!("Collection({})", p.ty.name)
        } else {
            p.ty.name.clone()
        };
        let nullable = if p.nullable { "" } else { ", not nullable" };
        push_doc(out, 4, "///", &format!("`{wire}`: `{csdl}`{nullable}."));
        let mut attrs = Vec::new();
        if nested {
            attrs.push("nested".to_owned());
        }
        attrs.extend(rename(&field, &wire));
        if !attrs.is_empty() {
            push_attr(out, 4, "graph", &attrs);
        }
        push_field(out, &field, &format!("Option<{ty}>"));
    }

    /// The Rust type inside the parameter's `Option`, and whether it is `nested`.
    fn parameter_type(&self, q: &str, p: &Parameter) -> (String, bool) {
        let module = &self.layout.module[q];
        let (inner, nested) = match p.ty.named() {
            None => {
                let prim =
                    p.ty.name
                        .strip_prefix("Edm.")
                        .and_then(Primitive::from_name)
                        .unwrap_or(Primitive::Untyped);
                (primitive(prim).to_owned(), false)
            }
            Some(t) => match &self.model.types[t].body {
                Body::Enum(e) => {
                    let path = type_path(self.layout, module, t);
                    if e.flags {
                        (format!("graph_entity::Flags<{path}>"), false)
                    } else {
                        (path, false)
                    }
                }
                Body::Structured(_) => (self.value_path(module, t), true),
            },
        };
        if p.ty.collection {
            (format!("Vec<{inner}>"), nested)
        } else {
            (inner, nested)
        }
    }
}
