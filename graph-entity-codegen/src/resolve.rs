//! What to emit: base chains and inherited properties, derived-type sets, the `--types`
//! closure, which types get an `Any*` enum, and which properties must be boxed to keep the
//! structs finite.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::error::Error;
use crate::model::{Body, Model, PropType, Property, Structured};

/// The resolved plan the emitter follows.
pub struct Plan<'m> {
    /// The types to emit, by qualified name.
    pub emitted: BTreeSet<&'m str>,
    /// Types that get an `Any{Name}` enum.
    pub any: BTreeSet<&'m str>,
    /// Every transitive derived type of each type (sorted by qualified name).
    pub derived: HashMap<&'m str, Vec<&'m str>>,
    /// Each structured type's properties, inherited ones first (root base first).
    pub fields: HashMap<&'m str, Vec<&'m Property>>,
    /// Each structured type's key property, when it has a single one.
    pub key: HashMap<&'m str, &'m str>,
    /// `(type, property)` pairs whose value is boxed to break a cycle of by-value containment.
    pub boxed: HashSet<(&'m str, &'m str)>,
    /// Each structured type and its bases, nearest first.
    pub chains: HashMap<&'m str, Vec<&'m str>>,
}

impl<'m> Plan<'m> {
    /// The types `t`'s file names: its bases, its properties' types, and its derived types when
    /// it has an `Any*` enum.
    pub fn direct_needs(&self, t: &'m str) -> Vec<&'m str> {
        let mut next: Vec<&str> = self
            .chains
            .get(t)
            .into_iter()
            .flatten()
            .skip(1)
            .copied()
            .collect();
        if self.any.contains(t) {
            next.extend(self.derived[t].iter().copied());
        }
        next.extend(
            self.fields
                .get(t)
                .into_iter()
                .flatten()
                .filter_map(|p| named(p)),
        );
        next
    }

    /// `roots` and every emitted type they need, transitively ([`Plan::direct_needs`]).
    pub fn needs(&self, roots: &[&'m str]) -> BTreeSet<&'m str> {
        let mut seen = BTreeSet::new();
        let mut stack = roots.to_vec();
        while let Some(t) = stack.pop() {
            if seen.insert(t) {
                stack.extend(
                    self.direct_needs(t)
                        .into_iter()
                        .filter(|n| !seen.contains(n)),
                );
            }
        }
        seen
    }
}

pub fn plan<'m>(model: &'m Model, roots: Option<&[String]>) -> Result<Plan<'m>, Error> {
    let structured: BTreeMap<&str, &Structured> = model
        .types
        .iter()
        .filter_map(|(q, d)| match &d.body {
            Body::Structured(s) => Some((q.as_str(), s)),
            Body::Enum(_) => None,
        })
        .collect();

    let mut chains: HashMap<&str, Vec<&str>> = HashMap::new();
    for &name in structured.keys() {
        chains.insert(name, chain(model, &structured, name)?);
    }

    let mut fields = HashMap::new();
    let mut key = HashMap::new();
    for &name in structured.keys() {
        let chain = &chains[name];
        let mut list: Vec<&Property> = Vec::new();
        let mut keys: &[String] = &[];
        for &ancestor in chain.iter().rev() {
            let s = structured[ancestor];
            if keys.is_empty() {
                keys = &s.key;
            }
            for p in &s.properties {
                if let Some(first) = list.iter().find(|q| q.name == p.name) {
                    return Err(Error::at(
                        p.line,
                        format!(
                            "property `{}` of `{ancestor}` is already declared by a base type, at \
                             line {}",
                            p.name, first.line
                        ),
                    ));
                }
                list.push(p);
            }
        }
        if let [single] = keys {
            key.insert(name, single.as_str());
        }
        fields.insert(name, list);
    }

    let mut direct: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (&name, s) in &structured {
        if let Some(base) = &s.base {
            direct.entry(base.as_str()).or_default().push(name);
        }
    }
    let mut derived = HashMap::new();
    for &name in structured.keys() {
        let mut all = BTreeSet::new();
        let mut stack = vec![name];
        while let Some(next) = stack.pop() {
            for &child in direct.get(next).into_iter().flatten() {
                if all.insert(child) {
                    stack.push(child);
                }
            }
        }
        if !all.is_empty() {
            derived.insert(name, all.into_iter().collect::<Vec<_>>());
        }
    }

    let (emitted, any) = match roots {
        None => {
            let emitted: BTreeSet<&str> = model.types.keys().map(String::as_str).collect();
            let any = emitted
                .iter()
                .flat_map(|t| fields.get(t).into_iter().flatten())
                .filter_map(|p| named(p))
                .filter(|t| derived.contains_key(t))
                .collect();
            (emitted, any)
        }
        Some(roots) => closure(model, roots, &chains, &fields, &derived)?,
    };

    let boxed = boxed(&emitted, &any, &fields, &derived);
    Ok(Plan {
        emitted,
        any,
        derived,
        fields,
        key,
        boxed,
        chains,
    })
}

fn named(p: &Property) -> Option<&str> {
    match &p.ty {
        PropType::Named(n) => Some(n.as_str()),
        PropType::Edm(_) => None,
    }
}

/// The type and its bases, nearest first; a cycle is an error at the first type met in it.
fn chain<'m>(
    model: &'m Model,
    structured: &BTreeMap<&'m str, &'m Structured>,
    name: &'m str,
) -> Result<Vec<&'m str>, Error> {
    let mut out = vec![name];
    let mut current = name;
    while let Some(base) = structured[current].base.as_deref() {
        if let Some(start) = out.iter().position(|&t| t == base) {
            let mut cycle: Vec<&str> = out[start..].to_vec();
            cycle.push(base);
            let line = model.types[out[start]].line;
            return Err(Error::at(
                line,
                format!("base type cycle: {}", cycle.join(" -> ")),
            ));
        }
        out.push(base);
        current = base;
    }
    Ok(out)
}

type Sets<'m> = (BTreeSet<&'m str>, BTreeSet<&'m str>);

/// The listed types and everything they reference: base types, property types, and the
/// derived types of every type that gets an `Any*` enum.
fn closure<'m>(
    model: &'m Model,
    roots: &[String],
    chains: &HashMap<&'m str, Vec<&'m str>>,
    fields: &HashMap<&'m str, Vec<&'m Property>>,
    derived: &HashMap<&'m str, Vec<&'m str>>,
) -> Result<Sets<'m>, Error> {
    let mut emitted = BTreeSet::new();
    let mut any = BTreeSet::new();
    let mut stack: Vec<&str> = Vec::new();
    for root in roots {
        let Some((name, _)) = model.types.get_key_value(&model.qualify(root)) else {
            return Err(Error::new(format!(
                "`--types` lists `{root}`, which is no EntityType, ComplexType or EnumType of \
                 the document (expected a qualified name such as `microsoft.graph.event`)"
            )));
        };
        if derived.contains_key(name.as_str()) {
            any.insert(name.as_str());
        }
        stack.push(name);
    }
    while let Some(name) = stack.pop() {
        if !emitted.insert(name) {
            continue;
        }
        let mut next: Vec<&str> = chains.get(name).into_iter().flatten().copied().collect();
        if any.contains(name) {
            next.extend(derived[name].iter().copied());
        }
        for p in fields.get(name).into_iter().flatten() {
            if let Some(t) = named(p) {
                next.push(t);
                if let Some(all) = derived.get(t) {
                    if any.insert(t) {
                        next.extend(all.iter().copied());
                    }
                }
            }
        }
        stack.extend(next.into_iter().filter(|t| !emitted.contains(t)));
    }
    Ok((emitted, any))
}

/// Properties held by value (not in a `Vec`) that lead back to their own type, through other
/// by-value properties or `Any*` variants, are boxed; a property is boxed exactly when its target
/// is in the same strongly connected component as its owner.
fn boxed<'m>(
    emitted: &BTreeSet<&'m str>,
    any: &BTreeSet<&'m str>,
    fields: &HashMap<&'m str, Vec<&'m Property>>,
    derived: &HashMap<&'m str, Vec<&'m str>>,
) -> HashSet<(&'m str, &'m str)> {
    // Nodes: a struct is its qualified name; an `Any*` enum is `"any:" + name` (interned below).
    let mut nodes: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut intern = |key: String, nodes: &mut Vec<String>| {
        *index.entry(key.clone()).or_insert_with(|| {
            nodes.push(key);
            nodes.len() - 1
        })
    };
    let mut edges: Vec<Vec<usize>> = Vec::new();
    let mut field_edges: Vec<(usize, usize, &'m str, &'m str)> = Vec::new();
    for &t in emitted {
        let Some(props) = fields.get(t) else { continue };
        let from = intern(t.to_owned(), &mut nodes);
        for p in props {
            let (Some(target), false) = (named(p), p.collection) else {
                continue;
            };
            if !fields.contains_key(target) {
                continue; // an enum: no containment
            }
            let to = if any.contains(target) {
                intern(format!("any:{target}"), &mut nodes)
            } else {
                intern(target.to_owned(), &mut nodes)
            };
            field_edges.push((from, to, t, p.name.as_str()));
        }
    }
    for &a in any {
        let from = intern(format!("any:{a}"), &mut nodes);
        let variants: Vec<usize> = derived[a]
            .iter()
            .chain(std::iter::once(&a))
            .map(|v| intern((*v).to_owned(), &mut nodes))
            .collect();
        edges.resize(nodes.len(), Vec::new());
        edges[from].extend(variants);
    }
    edges.resize(nodes.len(), Vec::new());
    for &(from, to, _, _) in &field_edges {
        edges[from].push(to);
    }
    let component = tarjan(&edges);
    field_edges
        .into_iter()
        .filter(|&(from, to, _, _)| component[from] == component[to])
        .map(|(_, _, t, p)| (t, p))
        .collect()
}

/// Strongly connected components (iterative Tarjan): the component id of each node.
fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut order = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut component = vec![UNSEEN; n];
    let mut stack = Vec::new();
    let mut counter = 0;
    let mut components = 0;
    for start in 0..n {
        if order[start] != UNSEEN {
            continue;
        }
        let mut work = vec![(start, 0usize)];
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if *next == 0 && order[v] == UNSEEN {
                order[v] = counter;
                low[v] = counter;
                counter += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*next) {
                *next += 1;
                if order[w] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == order[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = components;
                    if w == v {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    component
}
