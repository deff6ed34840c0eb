//! Where each emitted type lives: its namespace module, its file module and its Rust names.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::error::Error;
use crate::model::{Body, Model};
use crate::names::{identifier, pascal_case, snake_case, unraw};
use crate::resolve::Plan;

/// Names a type file uses unqualified (prelude types, the derives); a type named so gets `Type`
/// appended (`option` -> `OptionType`), or it would shadow them in its own file.
const RESERVED: &[&str] = &[
    "Box",
    "GraphEntity",
    "GraphEnum",
    "Option",
    "Self",
    "String",
    "Vec",
];

/// The namespace that is the root module.
pub const ROOT_NAMESPACE: &str = "microsoft.graph";

pub struct Layout<'m> {
    /// Qualified type name -> Rust type name.
    pub rust: HashMap<&'m str, String>,
    /// Qualified type name -> file module name (a plain identifier, also the file's stem).
    pub file: HashMap<&'m str, String>,
    /// Qualified type name -> module path of its namespace (empty for the root).
    pub module: HashMap<&'m str, Vec<String>>,
    /// Module path -> (namespace, when one maps there; child modules; types by file module).
    pub modules: BTreeMap<Vec<String>, ModuleInfo<'m>>,
}

#[derive(Default)]
pub struct ModuleInfo<'m> {
    pub namespace: Option<&'m str>,
    pub children: BTreeSet<String>,
    pub types: Vec<&'m str>,
}

/// `microsoft.graph` -> `[]`; `microsoft.graph.callRecords` -> `["call_records"]`; a namespace
/// outside `microsoft.graph` keeps all its segments.
pub fn module_path(namespace: &str) -> Vec<String> {
    let rest = if namespace == ROOT_NAMESPACE {
        ""
    } else {
        namespace
            .strip_prefix("microsoft.graph.")
            .unwrap_or(namespace)
    };
    rest.split('.')
        .filter(|s| !s.is_empty())
        .map(|s| identifier(&snake_case(s)))
        .collect()
}

pub fn layout<'m>(model: &'m Model, plan: &Plan<'m>) -> Result<Layout<'m>, Error> {
    let mut out = Layout {
        rust: HashMap::new(),
        file: HashMap::new(),
        module: HashMap::new(),
        modules: BTreeMap::new(),
    };
    out.modules.insert(Vec::new(), ModuleInfo::default());
    for &q in &plan.emitted {
        let def = &model.types[q];
        let path = module_path(&def.namespace);
        for depth in 0..path.len() {
            out.modules
                .entry(path[..depth].to_vec())
                .or_default()
                .children
                .insert(path[depth].clone());
        }
        let info = out.modules.entry(path.clone()).or_default();
        info.namespace = Some(model.types[q].namespace.as_str());
        info.types.push(q);
        out.module.insert(q, path);
    }
    for info in out.modules.values() {
        // Rust item names in one module: a type, its patch, its `Any*` enum.
        let mut items: BTreeMap<String, &str> = BTreeMap::new();
        let mut files: BTreeSet<String> =
            info.children.iter().map(|c| unraw(c).to_owned()).collect();
        for &q in &info.types {
            let def = &model.types[q];
            let mut name = pascal_case(&def.name);
            if RESERVED.contains(&name.as_str()) {
                name.push_str("Type");
            }
            let mut own = vec![name.clone()];
            if matches!(def.body, Body::Structured(_)) {
                own.push(format!("{name}Patch"));
            }
            if plan.any.contains(q) {
                own.push(format!("Any{name}"));
            }
            for item in own {
                if let Some(other) = items.insert(item.clone(), q) {
                    return Err(Error::at(
                        def.line,
                        format!(
                            "types `{other}` and `{q}` would both define the Rust item `{item}` \
                             in one module"
                        ),
                    ));
                }
            }
            // The type's snake_case name; `_type`, `_type2`, ... after it when that is a keyword or
            // is taken (by a namespace module or another type's file).
            let base = snake_case(&def.name);
            let mut file = base.clone();
            let mut n = 1;
            while identifier(&file) != file || files.contains(&file) {
                file = if n == 1 {
                    format!("{base}_type")
                } else {
                    format!("{base}_type{n}")
                };
                n += 1;
            }
            files.insert(file.clone());
            out.file.insert(q, file);
            out.rust.insert(q, name);
        }
    }
    Ok(out)
}

/// The path from a type file in module `from` to the type `to` (a sibling namespace module is
/// reached through `super::`).
pub fn type_path(layout: &Layout, from: &[String], to: &str) -> String {
    let target = &layout.module[to];
    let common = from.iter().zip(target).take_while(|(a, b)| a == b).count();
    let mut path = "super::".repeat(from.len() - common + 1);
    for segment in &target[common..] {
        path.push_str(segment);
        path.push_str("::");
    }
    path.push_str(&layout.rust[to]);
    path
}
