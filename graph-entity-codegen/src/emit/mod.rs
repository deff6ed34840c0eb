//! One type's file: the struct (and its `Any*` enum) or the enum, an item a line (`rustfmt` lays
//! them out).

mod action;
mod enumeration;
mod navigation;

use std::fmt::Write;

use crate::actions::Bodies;
use crate::areas::Assignment;
use crate::docs::{description, push_doc};
use crate::fields::{ADDITIONAL_DATA, StructFields, rename};
use crate::layout::{Layout, type_path};
use crate::model::{Access, Body, Model, Primitive, PropType, Property, Structured, TypeDef};
use crate::overrides::Attributes;
use crate::resolve::Plan;

pub struct Emitter<'a, 'm> {
    pub model: &'m Model,
    pub plan: &'a Plan<'m>,
    pub layout: &'a Layout<'m>,
    /// The feature of each type, with areas: a navigation field or `Any*` variant whose target is
    /// in another feature (but `common`) is behind `#[cfg(feature = "...")]`.
    pub assignment: Option<&'a Assignment<'m>>,
    /// The action bodies, by binding type: each written after its binding type's items.
    pub bodies: &'a Bodies<'m>,
    /// The attributes `Options` adds to types and fields.
    pub attributes: &'a Attributes,
    pub header: &'a str,
}

impl Emitter<'_, '_> {
    /// The file of type `q`: header, imports, items.
    pub fn type_file(&self, q: &str) -> String {
        let def = &self.model.types[q];
        let mut out = String::new();
        out.push_str(self.header);
        out.push('\n');
        match &def.body {
            Body::Structured(s) => {
                out.push_str("use graph_entity::GraphEntity;\n\n");
                self.structure(&mut out, q, def, s);
                if self.plan.any.contains(q) {
                    out.push('\n');
                    self.any_enum(&mut out, q);
                }
                self.action_bodies(&mut out, q);
            }
            Body::Enum(e) => {
                out.push_str("use graph_entity::GraphEnum;\n\n");
                let extra: Vec<&str> = self.attributes.of_type(q).collect();
                let (name, variants) = (&self.layout.rust[q], &self.layout.members[q]);
                enumeration::enumeration(&mut out, q, def, e, name, variants, &extra);
            }
        }
        out
    }

    fn structure(&self, out: &mut String, q: &str, def: &TypeDef, s: &Structured) {
        let fields = &self.layout.fields[q];
        // OData: a type derived from an open type is open too, whether it says so or not.
        let open = self.plan.chains[q]
            .iter()
            .any(|t| matches!(&self.model.types[*t].body, Body::Structured(s) if s.open));
        push_doc(out, 0, "///", &struct_doc(q, def, s, open, fields));
        out.push_str("#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]\n");
        let mut args = vec![format!("odata_type = {q:?}")];
        if open {
            args.push("open_type".to_owned());
        }
        // What is set is what is sent: an entity built with `..Default::default()` is the body
        // of a `POST`, not dozens of `null`s.
        args.push("omit_none".to_owned());
        // Navigation properties whose field is behind another area's feature: without it, they
        // are still no dynamic properties.
        let gated: Vec<&str> = fields
            .navigation
            .iter()
            .filter(|f| {
                self.assignment
                    .and_then(|a| a.gate(q, &f.member.target))
                    .is_some()
            })
            .map(|f| f.member.name.as_str())
            .collect();
        if !gated.is_empty() {
            args.push(format!("cfg_navigation = {:?}", gated.join(" ")));
        }
        push_attr(out, 0, "graph", &args);
        push_lines(out, 0, self.attributes.of_type(q));
        let _ = writeln!(out, "pub struct {} {{", self.layout.rust[q]);
        self.property_fields(out, q, fields);
        self.navigation_fields(out, q, fields);
        push_annotation_fields(out, fields.etag);
        out.push_str("}\n");
    }

    fn property_fields(&self, out: &mut String, q: &str, fields: &StructFields) {
        let module = &self.layout.module[q];
        let key = self.plan.key.get(q).copied();
        for f in &fields.properties {
            let p = f.member;
            let (ty, nested) = self.field_type(module, q, p);
            let mut attrs = Vec::new();
            if key == Some(p.name.as_str()) {
                attrs.push("key".to_owned());
            } else if p.access != Access::ReadWrite {
                attrs.push("read_only".to_owned());
            }
            if nested {
                attrs.push("nested".to_owned());
            }
            attrs.extend(rename(&f.field, &p.name));
            let mut doc = p.description.as_deref().map_or_else(
                || {
                    let nullable = if p.nullable { "" } else { ", not nullable" };
                    format!("`{}`: `{}`{nullable}.", p.name, csdl_type(p))
                },
                description,
            );
            if p.access == Access::Immutable {
                doc.push_str(
                    "\n\nSet when the entity is created, never updated (`Core.Immutable`): \
                     the patch has no field for it.",
                );
            }
            push_doc(out, 4, "///", &doc);
            if !attrs.is_empty() {
                push_attr(out, 4, "graph", &attrs);
            }
            push_lines(out, 4, self.field_attributes(q, &p.name));
            push_field(out, &f.field, &format!("Option<{ty}>"));
        }
    }

    /// The attributes `Options` adds to the field of member `member` of `q` (declared by `q` or
    /// a base).
    fn field_attributes(&self, q: &str, member: &str) -> Vec<&str> {
        let chain = self.plan.chains.get(q).map_or(&[][..], Vec::as_slice);
        self.attributes.of_field(chain, member)
    }

    /// `#[cfg(feature = "...")]` where `target`, named in `owner`'s file, is in a feature that
    /// `owner`'s does not enable.
    fn push_gate(&self, out: &mut String, indent: usize, owner: &str, target: &str) {
        if let Some(feature) = self.assignment.and_then(|a| a.gate(owner, target)) {
            let _ = writeln!(out, "{:indent$}#[cfg(feature = \"{feature}\")]", "");
        }
    }

    /// The path of a value of type `t` from `module`: `Any{Name}` where `t` has that enum.
    fn value_path(&self, module: &[String], t: &str) -> String {
        let path = type_path(self.layout, module, t);
        if !self.plan.any.contains(t) {
            return path;
        }
        match path.rsplit_once("::") {
            Some((prefix, name)) => format!("{prefix}::Any{name}"),
            None => format!("Any{path}"),
        }
    }

    /// The Rust type inside the field's `Option`, and whether the field is `nested`.
    fn field_type(&self, module: &[String], owner: &str, p: &Property) -> (String, bool) {
        let (inner, nested) = match &p.ty {
            PropType::Edm(prim) => (primitive(*prim).to_owned(), false),
            PropType::Named(t) => match &self.model.types[t].body {
                Body::Enum(e) => {
                    let path = type_path(self.layout, module, t);
                    let ty = if e.flags {
                        format!("graph_entity::Flags<{path}>")
                    } else {
                        path
                    };
                    (ty, false)
                }
                Body::Structured(_) => {
                    let mut path = self.value_path(module, t);
                    if self.plan.boxed.contains(&(owner, p.name.as_str())) {
                        path = format!("Box<{path}>");
                    }
                    (path, true)
                }
            },
        };
        if p.collection {
            (format!("Vec<{inner}>"), nested)
        } else {
            (inner, nested)
        }
    }

    fn any_enum(&self, out: &mut String, q: &str) {
        let module = &self.layout.module[q];
        let name = &self.layout.rust[q];
        push_doc(
            out,
            0,
            "///",
            &format!("`{q}` or a type derived from it, told apart by `\"@odata.type\"`."),
        );
        out.push_str("#[derive(Debug, Clone, PartialEq, GraphEntity)]\n");
        push_attr(out, 0, "graph", &[format!("odata_type = {q:?}")]);
        // Variants come with cargo features (another crate's may enable more) and with the
        // schema's growth: a match outside this crate needs a `_` arm.
        out.push_str("#[non_exhaustive]\n");
        let _ = writeln!(out, "pub enum Any{name} {{");
        for (d, variant) in &self.layout.variants[q] {
            push_doc(out, 4, "///", &format!("`{d}`."));
            self.push_gate(out, 4, q, d);
            let path = type_path(self.layout, module, d);
            push_tuple_variant(out, variant, &path);
        }
        push_doc(
            out,
            4,
            "///",
            &format!("`{q}` itself, or a derived type this build does not know."),
        );
        out.push_str("    #[graph(other)]\n");
        push_tuple_variant(out, name, name);
        out.push_str("}\n");
    }
}

/// The fields after the properties: the entity's etag (named `etag`), then `additional_data`.
fn push_annotation_fields(out: &mut String, etag: Option<&str>) {
    if let Some(etag) = etag {
        push_doc(
            out,
            4,
            "///",
            "The `@odata.etag` annotation: the version this value was read at (`If-Match`).",
        );
        out.push_str("    #[graph(etag)]\n");
        let _ = writeln!(out, "    pub {etag}: Option<String>,");
    }
    push_doc(
        out,
        4,
        "///",
        "Members the type does not declare, kept as read and written back.",
    );
    out.push_str("    #[graph(additional_data)]\n");
    let _ = writeln!(
        out,
        "    pub {ADDITIONAL_DATA}: graph_entity::AdditionalData,"
    );
}

/// The struct's doc: the description, the CSDL type, and what no field holds.
fn struct_doc(q: &str, def: &TypeDef, s: &Structured, open: bool, fields: &StructFields) -> String {
    let mut text = String::new();
    if let Some(d) = &def.description {
        text.push_str(&description(d));
        text.push_str("\n\n");
    }
    let kind = if s.entity { "entity" } else { "complex" };
    let _ = write!(text, "OData {kind} type `{q}`");
    if let Some(base) = &s.base {
        let _ = write!(text, ", derived from `{base}`");
    }
    text.push('.');
    if s.is_abstract {
        text.push_str(
            " Abstract: no value has exactly this type; this struct reads the shared \
             properties of a derived type this build does not know.",
        );
    }
    if open {
        text.push_str(" Open type: its patch can set dynamic properties too.");
    }
    if !fields.streams.is_empty() {
        let _ = write!(
            text,
            " Not generated: the `Edm.Stream` {} (media content, never in a JSON body).",
            listing("property", "properties", &fields.streams)
        );
    }
    if !fields.unreachable.is_empty() {
        let _ = write!(
            text,
            " Not generated: the navigation {} (the target type is not in this output).",
            listing("property", "properties", &fields.unreachable)
        );
    }
    text
}

fn listing(one: &str, many: &str, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let word = if names.len() == 1 { one } else { many };
    format!("{word} {}", quoted.join(", "))
}

/// The property's type as CSDL writes it, for the fallback doc line.
fn csdl_type(p: &Property) -> String {
    let inner = match &p.ty {
        PropType::Edm(prim) => format!("Edm.{}", prim.edm_name()),
        PropType::Named(t) => t.clone(),
    };
    if p.collection {
        format!("Collection({inner})")
    } else {
        inner
    }
}

fn primitive(p: Primitive) -> &'static str {
    match p {
        Primitive::String => "String",
        Primitive::Boolean => "bool",
        Primitive::Byte => "u8",
        Primitive::SByte => "i8",
        Primitive::Int16 => "i16",
        Primitive::Int32 => "i32",
        Primitive::Int64 => "i64",
        Primitive::Single => "f32",
        Primitive::Double => "f64",
        Primitive::Decimal => "graph_entity::edm::Decimal",
        Primitive::Date => "graph_entity::edm::Date",
        Primitive::DateTimeOffset => "graph_entity::edm::DateTimeOffset",
        Primitive::TimeOfDay => "graph_entity::edm::TimeOfDay",
        Primitive::Duration => "graph_entity::edm::Duration",
        Primitive::Guid => "graph_entity::edm::Guid",
        Primitive::Binary => "graph_entity::edm::Binary",
        Primitive::Untyped => "serde_json::Value",
        // Left out before any field is made (see `structure`).
        Primitive::Stream => "()",
    }
}

/// `#[name(args)]` on one line: [`rustfmt`](crate::rustfmt) breaks it where it is too long.
fn push_attr(out: &mut String, indent: usize, name: &str, args: &[String]) {
    let _ = writeln!(out, "{:indent$}#[{name}({})]", "", args.join(", "));
}

/// Attributes given whole (`#[...]`), one a line.
fn push_lines<'a>(out: &mut String, indent: usize, lines: impl IntoIterator<Item = &'a str>) {
    for line in lines {
        let _ = writeln!(out, "{:indent$}{}", "", line.trim());
    }
}

/// `pub name: Type,` on one line.
fn push_field(out: &mut String, field: &str, ty: &str) {
    let _ = writeln!(out, "    pub {field}: {ty},");
}

/// `Variant(Path),` on one line.
fn push_tuple_variant(out: &mut String, variant: &str, path: &str) {
    let _ = writeln!(out, "    {variant}({path}),");
}
