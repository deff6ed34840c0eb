//! The `mod.rs` of each module: its namespace's doc line, child modules, and one `mod` and
//! `pub use` per type (behind the type's feature, with areas). With values crates
//! ([`crate::layers::Layers`]), each output has its own tree of modules, and a module of the
//! main output (or of a part) re-exports the values crates' modules of the same path.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::emit::Emitter;
use crate::layers::{Layers, ValuesCrate};
use crate::layout::Layout;
use crate::names::unraw;
use crate::{actions, model};

/// One module of one output: its path, namespace, child modules and types.
pub struct Module<'a, 'm> {
    pub path: &'a [String],
    pub namespace: Option<&'m str>,
    pub children: Vec<&'a String>,
    pub types: Vec<&'m str>,
    /// The modules of the same path of the crates this output re-exports (the values crates,
    /// for the main output), where they have one: `pub use {krate}::{path}::*;`.
    pub reexports: Vec<String>,
}

/// Each output's modules: the main output's first (`None`), then each values crate's. A values
/// crate's modules re-export those of the crates it uses; the main output's, every values
/// crate's.
pub fn outputs<'a, 'm>(
    layout: &'a Layout<'m>,
    layers: Option<&'a Layers<'m>>,
) -> Vec<(Option<&'a ValuesCrate>, Vec<Module<'a, 'm>>)> {
    let crate_of = |q: &str| layers.and_then(|l| l.crate_of(q));
    let crates = layers.map_or(&[][..], |l| l.crates.as_slice());
    let paths = |tree: &[Module<'a, 'm>]| -> BTreeSet<&'a [String]> {
        tree.iter().map(|m| m.path).collect()
    };
    // A values crate uses only crates before it: a part, the values crate.
    let mut trees: Vec<Vec<Module>> = Vec::new();
    for (i, values) in crates.iter().enumerate() {
        let uses: Vec<(&str, BTreeSet<&[String]>)> = values
            .uses
            .iter()
            .map(|&u| (crates[u].krate.as_str(), paths(&trees[u])))
            .collect();
        trees.push(tree(layout, |q| crate_of(q) == Some(i), &uses));
    }
    let uses: Vec<(&str, BTreeSet<&[String]>)> = crates
        .iter()
        .zip(&trees)
        .map(|(c, t)| (c.krate.as_str(), paths(t)))
        .collect();
    let main = tree(layout, |q| crate_of(q).is_none(), &uses);
    let mut outputs = vec![(None, main)];
    outputs.extend(crates.iter().map(Some).zip(trees));
    outputs
}

/// The modules of one output: every module of `layout` with a type `keep` accepts, in or below
/// it, and the root; `reexports` are the crates this output re-exports, by Rust name, with their
/// modules.
fn tree<'a, 'm>(
    layout: &'a Layout<'m>,
    keep: impl Fn(&str) -> bool,
    reexports: &[(&str, BTreeSet<&'a [String]>)],
) -> Vec<Module<'a, 'm>> {
    let kept: BTreeMap<&[String], Vec<&'m str>> = layout
        .modules
        .iter()
        .map(|(path, info)| {
            let types = info.types.iter().copied().filter(|q| keep(q)).collect();
            (path.as_slice(), types)
        })
        .collect();
    // A module with types here, or one that two of the re-exported crates have: without it,
    // its parent's globs would bring two modules of one name.
    let mut present: BTreeSet<&[String]> = BTreeSet::new();
    present.insert(&[]);
    for (path, types) in &kept {
        let theirs = reexports.iter().filter(|(_, t)| t.contains(*path));
        if !types.is_empty() || theirs.count() > 1 {
            present.extend((0..=path.len()).map(|depth| &path[..depth]));
        }
    }
    layout
        .modules
        .iter()
        .filter(|(path, _)| present.contains(path.as_slice()))
        .map(|(path, info)| Module {
            path,
            namespace: info.namespace.filter(|_| !kept[path.as_slice()].is_empty()),
            children: info
                .children
                .iter()
                .filter(|child| {
                    let mut below = path.clone();
                    below.push((*child).clone());
                    present.contains(below.as_slice())
                })
                .collect(),
            types: kept[path.as_slice()].clone(),
            reexports: reexports
                .iter()
                .filter(|(_, theirs)| theirs.contains(path.as_slice()))
                .map(|(krate, _)| {
                    let mut segments = vec![*krate];
                    segments.extend(path.iter().map(String::as_str));
                    format!("pub use {}::*;", segments.join("::"))
                })
                .collect(),
        })
        .collect()
}

/// The `mod.rs` of `module`, from what the type files are printed from.
pub fn module_file(cx: &Emitter, source_name: &str, module: &Module) -> String {
    let Emitter {
        layout,
        plan,
        assignment,
        bodies,
        model,
        header,
        ..
    } = *cx;
    let mut out = String::from(header);
    out.push('\n');
    match module.namespace {
        Some(ns) => {
            let count = module.types.len();
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
    if !module.reexports.is_empty() {
        let _ = writeln!(
            out,
            "//! With the items of the values crates' modules of the same path (`pub use` below)."
        );
    }
    if module.path.is_empty() {
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
    if !module.children.is_empty() {
        out.push('\n');
        let mut children = module.children.clone();
        children.sort_by_key(|c| unraw(c));
        for child in children {
            let _ = writeln!(out, "pub mod {child};");
        }
    }
    if !module.reexports.is_empty() {
        out.push('\n');
    }
    for reexport in &module.reexports {
        // The values crates' items are named from here as if they were declared here
        // (`super::ItemBody`); an item declared here (a child module) shadows the glob's, and
        // two globs may bring the same item (a part re-exports the values crate too). With
        // areas, the features enabled may leave nothing in one to use.
        out.push_str("#[allow(unused_imports)]\n");
        out.push_str(reexport);
        out.push('\n');
    }
    let mut types: Vec<&str> = module.types.clone();
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
