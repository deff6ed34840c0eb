//! Where each emitted type lives: its namespace module, its file module and its Rust names.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::error::Error;
use crate::externs::Externs;
use crate::fields::{StructFields, struct_fields};
use crate::model::{Body, EnumDef, Model};
use crate::names::{identifier, pascal_case, snake_case, type_name, unraw};
use crate::resolve::Plan;

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
    /// Each structured type's fields and their names.
    pub fields: HashMap<&'m str, StructFields<'m>>,
    /// Each `Any*` enum's variants: (derived type, variant name), sorted by qualified name.
    pub variants: HashMap<&'m str, Vec<(&'m str, String)>>,
    /// Each enum type's variant names, in member order.
    pub members: HashMap<&'m str, Vec<String>>,
    /// Each extern type's Rust path, written as given wherever the type is named.
    pub externs: Externs<'m>,
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

pub fn layout<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    externs: Externs<'m>,
) -> Result<Layout<'m>, Error> {
    let mut out = Layout {
        rust: HashMap::new(),
        file: HashMap::new(),
        module: HashMap::new(),
        modules: BTreeMap::new(),
        fields: HashMap::new(),
        variants: HashMap::new(),
        members: HashMap::new(),
        externs,
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
            let name = type_name(&def.name);
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
    for &q in &plan.emitted {
        match &model.types[q].body {
            Body::Structured(s) => {
                out.fields.insert(q, struct_fields(plan, q, s.entity));
            }
            Body::Enum(e) => {
                out.members.insert(q, member_variants(e));
            }
        }
    }
    for &q in &plan.any {
        let variants = variant_names(model, plan, &out, q);
        out.variants.insert(q, variants);
    }
    Ok(out)
}

/// The `Any*` variants of `q`'s derived types, sorted by qualified name. A variant is named
/// after its type; when two derived types share a name, the one in `q`'s own namespace keeps
/// it and the others are prefixed with their namespace (`CallRecordsUserIdentity`, or
/// `Graph...` for `microsoft.graph` itself).
fn variant_names<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    layout: &Layout<'m>,
    q: &str,
) -> Vec<(&'m str, String)> {
    let own = model.types[q].namespace.as_str();
    let derived = &plan.variants(q);
    let mut taken: HashSet<String> = HashSet::from([layout.rust[q].clone()]);
    // An extern variant is named as the type would be, were it generated.
    let rust = |d: &str| {
        layout
            .rust
            .get(d)
            .cloned()
            .unwrap_or_else(|| type_name(&model.types[d].name))
    };
    let mut names: HashMap<&'m str, String> = HashMap::new();
    let (home, away): (Vec<&str>, Vec<&str>) = derived
        .iter()
        .partition(|d| model.types[**d].namespace == own);
    for d in home.into_iter().chain(away) {
        let mut variant = rust(d);
        if taken.contains(&variant) {
            let module = layout
                .module
                .get(d)
                .cloned()
                .unwrap_or_else(|| module_path(&model.types[d].namespace));
            let prefix = if module.is_empty() {
                "Graph".to_owned()
            } else {
                module.iter().map(|m| pascal_case(unraw(m))).collect()
            };
            variant = format!("{prefix}{variant}");
            let base = variant.clone();
            let mut n = 2;
            while taken.contains(&variant) {
                variant = format!("{base}{n}");
                n += 1;
            }
        }
        taken.insert(variant.clone());
        names.insert(d, variant);
    }
    derived
        .iter()
        .map(|d| (*d, names.remove(d).unwrap_or_default()))
        .collect()
}

/// An enum's variant names, in member order: `PascalCase` of the member, `Member` appended to
/// `Self` and `Other` (`Other(String)` keeps unknown members), and a name already taken
/// suffixed `2`, `3`, ... (`_2` after a digit).
fn member_variants(e: &EnumDef) -> Vec<String> {
    let mut taken = HashSet::from(["Other".to_owned()]);
    e.members
        .iter()
        .map(|m| {
            let base = match pascal_case(&m.name) {
                s if s == "Self" || s == "Other" => format!("{s}Member"),
                s => s,
            };
            let mut variant = base.clone();
            let mut n = 2;
            while !taken.insert(variant.clone()) {
                variant = if base.ends_with(|c: char| c.is_ascii_digit()) {
                    format!("{base}_{n}")
                } else {
                    format!("{base}{n}")
                };
                n += 1;
            }
            variant
        })
        .collect()
}

/// The path from a type file in module `from` to the type `to` (a sibling namespace module is
/// reached through `super::`); an extern type's path as given.
pub fn type_path(layout: &Layout, from: &[String], to: &str) -> String {
    if let Some(path) = layout.externs.get(to) {
        return path.clone();
    }
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
