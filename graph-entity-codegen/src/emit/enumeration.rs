//! The file of an enum type: `#[derive(GraphEnum)]`, one variant per member, and `Other`.

use std::fmt::Write;

use super::{push_attr, push_lines};
use crate::docs::{description, push_doc};
use crate::model::{EnumDef, TypeDef};
use crate::names::derive_camel_case_of_variant;

pub fn enumeration(
    out: &mut String,
    q: &str,
    def: &TypeDef,
    e: &EnumDef,
    name: &str,
    variants: &[String],
    extra: &[&str],
) {
    let mut text = String::new();
    if let Some(d) = &def.description {
        text.push_str(&description(d));
        text.push_str("\n\n");
    }
    let _ = write!(text, "OData enum type `{q}`.");
    if e.flags {
        let _ = write!(
            text,
            " Flags: a property of this type holds a set of members, `graph_entity::Flags<{name}>`."
        );
    }
    push_doc(out, 0, "///", &text);
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq, Hash, GraphEnum)]\n");
    push_attr(out, 0, "graph", &[format!("odata_type = {q:?}")]);
    push_lines(out, 0, extra.iter().copied());
    let _ = writeln!(out, "pub enum {name} {{");
    let mut default_done = false;
    for (m, variant) in e.members.iter().zip(variants) {
        let doc = m
            .description
            .as_deref()
            .map_or_else(|| format!("`{}` (value {}).", m.name, m.value), description);
        push_doc(out, 4, "///", &doc);
        let mut attrs = Vec::new();
        if m.value == 0 && !default_done {
            default_done = true;
            attrs.push("default".to_owned());
        }
        if derive_camel_case_of_variant(variant) != m.name {
            attrs.push(format!("rename = {:?}", m.name));
        }
        if !attrs.is_empty() {
            push_attr(out, 4, "graph", &attrs);
        }
        let _ = writeln!(out, "    {variant},");
    }
    push_doc(
        out,
        4,
        "///",
        "A member this build does not know, kept as read and written back.",
    );
    out.push_str("    #[graph(other)]\n");
    out.push_str("    Other(String),\n");
    out.push_str("}\n");
}
