//! The `mod.rs` of each module: its namespace's doc line, child modules, and one `mod` and
//! `pub use` per type (behind the type's feature, with areas).

use std::fmt::Write;

use crate::docs;
use crate::emit::Emitter;
use crate::names::{unraw, version_cmp};
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
        children.sort_by(|a, b| version_cmp(unraw(a), unraw(b)));
        for child in children {
            let _ = writeln!(out, "pub mod {child};");
        }
    }
    let mut types: Vec<&str> = info.types.clone();
    types.sort_by(|a, b| version_cmp(&layout.file[a], &layout.file[b]));
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
        items.sort_by(|a, b| version_cmp(a, b));
        let gate = assignment.map(|a| format!("#[cfg(feature = \"{}\")]\n", a.feature[q]));
        let gate = gate.as_deref().unwrap_or("");
        let _ = writeln!(out, "{gate}mod {file};");
        // rustfmt orders the `use` lines of a group: single names by version, a braced list
        // after them.
        let mut uses: Vec<(String, Vec<String>)> = behind_features
            .into_iter()
            .map(|(cfg, name)| (cfg, vec![name]))
            .collect();
        uses.push((String::new(), items));
        uses.sort_by(|(_, a), (_, b)| match (a.as_slice(), b.as_slice()) {
            ([a], [b]) => version_cmp(a, b),
            ([_], _) => std::cmp::Ordering::Less,
            (_, [_]) => std::cmp::Ordering::Greater,
            _ => std::cmp::Ordering::Equal,
        });
        for (cfg, items) in uses {
            out.push_str(gate);
            out.push_str(&cfg);
            push_use(&mut out, file, &items);
        }
    }
    out
}

/// `pub use self::file::{A, B};` as rustfmt prints it: one item without braces (a long line
/// stays, a path cannot break); a list past the width as an indented block, filled line by line.
fn push_use(out: &mut String, file: &str, items: &[String]) {
    if let [item] = items {
        let _ = writeln!(out, "pub use self::{file}::{item};");
        return;
    }
    let line = format!("pub use self::{file}::{{{}}};", items.join(", "));
    // Widths measured against rustfmt over Graph's whole schema (`tests/rustfmt.rs` checks the
    // output): a braced list stays on one line up to 98 columns; in the block form, the items
    // share one line up to 100 columns, or fill lines of up to 99.
    if line.len() <= docs::WIDTH - 2 {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    let _ = writeln!(out, "pub use self::{file}::{{");
    let single = format!("    {},", items.join(", "));
    if single.len() <= docs::WIDTH {
        out.push_str(&single);
        out.push_str("\n};\n");
        return;
    }
    let mut current = String::from("   ");
    for item in items {
        if current.len() > 3 && current.len() + 1 + item.len() + 1 > docs::WIDTH - 1 {
            out.push_str(&current);
            out.push('\n');
            current = String::from("   ");
        }
        current.push(' ');
        current.push_str(item);
        current.push(',');
    }
    out.push_str(&current);
    out.push_str("\n};\n");
}
