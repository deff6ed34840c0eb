//! Which types go to the values crates ([`Options::values_crate`](crate::Options::values_crate)):
//! the enum and complex types from which no entity type can be reached, so that a values crate
//! never names a type of the main output and the crates do not depend on each other in a cycle;
//! with parts ([`Options::values_parts`](crate::Options::values_parts)), the values that name
//! each other through none of the shared ones are spread over crates that build side by side.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::actions::Bodies;
use crate::error::Error;
use crate::model::{Body, Model};
use crate::resolve::{Plan, reach};

/// A values type named by at least this many other values types, or by one in [`SHARED_SHARE`]
/// of them where that is more (20 of v1.0's 2,540), is shared: it and what it names stay in the
/// values crate, under the parts. (Over v1.0, a threshold of 20 leaves 546 types in the values
/// crate and deals 985 and 1,009 to two parts; one of 3 or 10 leaves more in the values crate or
/// deals them less evenly.)
const SHARED: usize = 5;
const SHARED_SHARE: usize = 128;

/// One crate of values.
pub struct ValuesCrate {
    /// The cargo package (`graph-entity-models-values`), as features name it.
    pub package: String,
    /// The Rust crate name (`graph_entity_models_values`), as `pub use` lines name it.
    pub krate: String,
    /// The crates whose modules this one re-exports, and whose features its own enable: the
    /// values crate, for a part.
    pub uses: Vec<usize>,
}

/// The values crates (the values crate first, then the parts) and where each of their types
/// goes.
pub struct Layers<'m> {
    pub crates: Vec<ValuesCrate>,
    /// Each values type -> its crate, an index into `crates`.
    pub place: HashMap<&'m str, usize>,
}

impl Layers<'_> {
    /// The crate of `q`: `None` for the main output.
    pub fn crate_of(&self, q: &str) -> Option<usize> {
        self.place.get(q).copied()
    }
}

fn values_crate(package: &str, uses: Vec<usize>) -> ValuesCrate {
    ValuesCrate {
        package: package.to_owned(),
        krate: package.replace('-', "_"),
        uses,
    }
}

/// Every emitted type is in the main output if it is an entity type or names one of the main
/// output's types in its file: a base, a property's type, an `Any*` variant (the enum is in the
/// base type's file), a navigation target, an action body's parameter type; the rest are values.
/// With `parts`, the shared values ([`SHARED`]) and all they name stay in the values crate; the
/// rest fall into groups that name nothing of each other, dealt to the parts, the largest group
/// first, each to the part with the fewest properties so far. Two crates of one name are an
/// [`Error`].
pub fn split<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    bodies: &Bodies<'m>,
    package: &str,
    parts: &[String],
) -> Result<Layers<'m>, Error> {
    distinct(package, parts)?;
    let edges = |t: &'m str| -> Vec<&'m str> {
        let mut next = plan.structural(t);
        next.extend(plan.links(t));
        for body in bodies.get(t).into_iter().flatten() {
            next.extend(body.parameters.iter().filter_map(|p| p.ty.named()));
        }
        next.retain(|n| plan.emitted.contains(n));
        next
    };
    let mut main: BTreeSet<&str> = plan
        .emitted
        .iter()
        .copied()
        .filter(|q| matches!(&model.types[*q].body, Body::Structured(s) if s.entity))
        .collect();
    loop {
        let grown: Vec<&str> = plan
            .emitted
            .iter()
            .copied()
            .filter(|q| !main.contains(q) && edges(q).iter().any(|e| main.contains(e)))
            .collect();
        if grown.is_empty() {
            break;
        }
        main.extend(grown);
    }
    let values: Vec<&str> = plan.emitted.difference(&main).copied().collect();
    let mut crates = vec![values_crate(package, Vec::new())];
    crates.extend(parts.iter().map(|p| values_crate(p, vec![0])));
    let mut place: HashMap<&str, usize> = values.iter().map(|&q| (q, 0)).collect();
    if parts.is_empty() {
        return Ok(Layers { crates, place });
    }

    let named: BTreeMap<&str, Vec<&str>> = values.iter().map(|&q| (q, edges(q))).collect();
    let weight = |q: &str| 1 + plan.fields.get(q).map_or(0, Vec::len);
    for (q, part) in deal(&named, weight, parts.len()) {
        place.insert(q, part + 1);
    }
    Ok(Layers { crates, place })
}

/// Each package names one crate (`-` and `_` alike, as Rust sees them).
fn distinct(package: &str, parts: &[String]) -> Result<(), Error> {
    let mut seen = BTreeSet::new();
    for name in std::iter::once(package).chain(parts.iter().map(String::as_str)) {
        if !seen.insert(name.replace('-', "_")) {
            return Err(Error::new(format!(
                "the values crates must have distinct names: `{name}` is given twice"
            )));
        }
    }
    Ok(())
}

/// The values of `named` (each with the values it names) that are not shared, each with the
/// index of its part among `parts`; `weight` is a value's share of a part's load.
fn deal<'m>(
    named: &BTreeMap<&'m str, Vec<&'m str>>,
    weight: impl Fn(&str) -> usize,
    parts: usize,
) -> Vec<(&'m str, usize)> {
    let mut named_by: HashMap<&str, usize> = HashMap::new();
    for &target in named.values().flatten() {
        *named_by.entry(target).or_default() += 1;
    }
    // The shared values and everything they name.
    let threshold = SHARED.max(named.len().div_ceil(SHARED_SHARE));
    let shared = reach(
        named
            .keys()
            .copied()
            .filter(|q| named_by.get(q).copied().unwrap_or(0) >= threshold),
        |q| named[q].clone(),
    );
    // The other values, in groups joined by naming each other (either way).
    let mut joined: HashMap<&str, Vec<&str>> = HashMap::new();
    for (&q, targets) in named {
        for &t in targets {
            if !shared.contains(q) && !shared.contains(t) {
                joined.entry(q).or_default().push(t);
                joined.entry(t).or_default().push(q);
            }
        }
    }
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut groups: Vec<(usize, Vec<&str>)> = Vec::new();
    for &q in named.keys() {
        if shared.contains(q) || seen.contains(q) {
            continue;
        }
        let mut group = Vec::new();
        let mut stack = vec![q];
        seen.insert(q);
        while let Some(t) = stack.pop() {
            group.push(t);
            for &n in joined.get(t).into_iter().flatten() {
                if seen.insert(n) {
                    stack.push(n);
                }
            }
        }
        groups.push((group.iter().map(|t| weight(t)).sum(), group));
    }
    // Largest first; ties by their first type, so that the output is the same every run.
    groups.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.iter().min().cmp(&b.1.iter().min()))
    });
    let mut load = vec![0usize; parts];
    let mut dealt = Vec::new();
    for (size, group) in groups {
        let part = (0..parts)
            .min_by_key(|&i| (load[i], i))
            .expect("at least one part");
        load[part] += size;
        dealt.extend(group.into_iter().map(|t| (t, part)));
    }
    dealt
}
