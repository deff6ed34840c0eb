//! The `mod.rs` of each module: its namespace's doc line, child modules, and one `mod` and
//! `pub use` per type (behind the type's feature, with areas).

use std::fmt::Write;

use crate::emit::Emitter;
use crate::names::unraw;
use crate::{actions, model};

/// The `mod.rs` of `module`, from what the type files are printed from.
pub fn module_file(cx: &Emitter, source_name: &str, module: &[String]) -> String {
    let Emitter {
        layout,
        plan,
        assignment,
        bodies,
        model,
        header,
        ..
    } = *cx;
    let info = &layout.modules[module];
    let mut out = String::from(header);
    out.push('\n');
    match info.namespace {
        Some(ns) => {
            let count = info.types.len();
            let noun = if count == 1 { "type" } else { "types" };
            let _ = writeln!(
                out,
                "//! OData namespace `{ns}`: {count} {noun}, generated from `{source_name}`."
            );
        }
        None => {
            let _ = writeln!(out, "//! Namespaces generated from `{source_name}`.");
        }
    }
    if module.is_empty() {
        // Generated code follows the schema, not clippy's taste (enum variant sizes, many
        // bools, descriptions with bare URLs or brackets); the crate that includes it keeps its
        // own lints for its own code.
        out.push_str(concat!(
            "#![allow(\n",
            "    clippy::all,\n",
            "    clippy::pedantic,\n",
            "    rustdoc::bare_urls,\n",
            "    rustdoc::broken_intra_doc_links,\n",
            "    rustdoc::invalid_html_tags\n",
            ")]\n",
        ));
    }
    if !info.children.is_empty() {
        out.push('\n');
        let mut children: Vec<&String> = info.children.iter().collect();
        children.sort_by_key(|c| unraw(c));
        for child in children {
            let _ = writeln!(out, "pub mod {child};");
        }
    }
    let mut types: Vec<&str> = info.types.clone();
    types.sort_by_key(|q| &layout.file[q]);
    if !types.is_empty() {
        out.push('\n');
    }
    for q in types {
        let file = &layout.file[q];
        let name = &layout.rust[q];
        let mut items = vec![name.clone()];
        if matches!(model.types[q].body, model::Body::Structured(_)) {
            items.push(format!("{name}Patch"));
        }
        if plan.any.contains(q) {
            items.push(format!("Any{name}"));
        }
        // A body that needs another area's types is re-exported behind those features too.
        let mut behind_features = Vec::new();
        for body in bodies.get(q).map_or(&[][..], Vec::as_slice) {
            let features = body.gates(q, assignment);
            if features.is_empty() {
                items.push(body.name.clone());
            } else {
                behind_features.push((actions::cfg_line(&features), body.name.clone()));
            }
        }
        let gate = assignment.map(|a| format!("#[cfg(feature = \"{}\")]\n", a.feature[q]));
        let gate = gate.as_deref().unwrap_or("");
        let _ = writeln!(out, "{gate}mod {file};");
        // `rustfmt` orders the `use` lines of a group and the names in a list.
        let mut uses: Vec<(String, Vec<String>)> = vec![(String::new(), items)];
        uses.extend(
            behind_features
                .into_iter()
                .map(|(cfg, name)| (cfg, vec![name])),
        );
        for (cfg, items) in uses {
            out.push_str(gate);
            out.push_str(&cfg);
            push_use(&mut out, file, &items);
        }
    }
    out
}

/// `pub use self::file::{A, B};` on one line (`rustfmt` breaks and orders it).
fn push_use(out: &mut String, file: &str, items: &[String]) {
    if let [item] = items {
        let _ = writeln!(out, "pub use self::{file}::{item};");
    } else {
        let _ = writeln!(out, "pub use self::{file}::{{{}}};", items.join(", "));
    }
}
