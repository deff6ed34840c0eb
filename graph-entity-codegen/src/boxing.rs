//! Which properties are boxed: a struct that contains itself by value (through other by-value
//! properties or `Any*` variants) would have no finite size.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::model::Property;

/// Properties held by value (not in a `Vec`) that lead back to their own type, through other
/// by-value properties or `Any*` variants, are boxed; a property is boxed exactly when its target
/// is in the same strongly connected component as its owner.
pub fn boxed<'m>(
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
            let (Some(target), false) = (p.named(), p.collection) else {
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
            .filter(|d| emitted.contains(*d))
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
