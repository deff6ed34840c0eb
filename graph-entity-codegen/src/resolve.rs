//! What to emit: base chains with inherited properties and navigation properties, derived-type
//! sets, the `--types` closure, which types get an `Any*` enum, which properties must be boxed
//! to keep the structs finite, and the edges between types that areas follow.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::boxing::boxed;
use crate::error::Error;
use crate::externs::Externs;
use crate::model::{Body, Model, Navigation, Property, Structured, TypeRef};

/// The one type that never gets an `Any*` enum: a value declared as `entity` stays the plain
/// struct (an `AnyEntity` over the ~1100 types derived from it would cost every build).
pub const ENTITY: &str = "microsoft.graph.entity";

/// The resolved plan the emitter follows.
pub struct Plan<'m> {
    /// The types to emit, by qualified name.
    pub emitted: BTreeSet<&'m str>,
    /// The types an extern path stands for: never emitted, but available wherever a type is
    /// named (a field, an `Any*` variant, a navigation target, an action parameter).
    pub externs: BTreeSet<&'m str>,
    /// Types that get an `Any{Name}` enum.
    pub any: BTreeSet<&'m str>,
    /// Every transitive derived type of each type (sorted by qualified name).
    pub derived: HashMap<&'m str, Vec<&'m str>>,
    /// Each structured type's properties, inherited ones first (root base first).
    pub fields: HashMap<&'m str, Vec<&'m Property>>,
    /// Each structured type's navigation properties, inherited ones first (root base first).
    pub navigation: HashMap<&'m str, Vec<&'m Navigation>>,
    /// Each structured type's key property, when it has a single one.
    pub key: HashMap<&'m str, &'m str>,
    /// `(type, property)` pairs whose value is boxed to break a cycle of by-value containment.
    pub boxed: HashSet<(&'m str, &'m str)>,
    /// Each structured type and its bases, nearest first.
    pub chains: HashMap<&'m str, Vec<&'m str>>,
    /// The named return types of the actions and functions bound to each type (bound to
    /// `Collection(x)` counts for `x`), and the named parameter types of the actions (their
    /// bodies are generated with the binding type).
    pub returns: HashMap<&'m str, BTreeSet<&'m str>>,
}

impl<'m> Plan<'m> {
    /// Whether a field, variant or parameter may name `t`: it is emitted or extern.
    pub fn available(&self, t: &str) -> bool {
        self.emitted.contains(t) || self.externs.contains(t)
    }

    /// The structural edges of `t`: its bases and its properties' types (what its struct holds
    /// by value or in a `Vec`, and what it inherits).
    pub fn structural(&self, t: &'m str) -> Vec<&'m str> {
        let mut next: Vec<&str> = self
            .chains
            .get(t)
            .into_iter()
            .flatten()
            .skip(1)
            .copied()
            .collect();
        next.extend(
            self.fields
                .get(t)
                .into_iter()
                .flatten()
                .filter_map(|p| p.named()),
        );
        // An extern type is no part of the output: nothing to hold.
        next.retain(|n| !self.externs.contains(n));
        next
    }

    /// The variants of `t`'s `Any*` enum: its derived types that are emitted or extern (none
    /// when `t` has no `Any*` enum).
    pub fn variants(&self, t: &str) -> Vec<&'m str> {
        if !self.any.contains(t) {
            return Vec::new();
        }
        self.derived[t]
            .iter()
            .copied()
            .filter(|d| self.available(d))
            .collect()
    }

    /// The emitted targets of `t`'s navigation properties (inherited ones too).
    pub fn navigation_targets(&self, t: &str) -> Vec<&'m str> {
        self.navigation
            .get(t)
            .into_iter()
            .flatten()
            .map(|n| n.target.as_str())
            .filter(|n| self.emitted.contains(n))
            .collect()
    }

    /// What `t`'s file names besides its structure: the variants of its `Any*` enum and the
    /// targets of its navigation properties.
    pub fn links(&self, t: &str) -> Vec<&'m str> {
        let mut out = self.variants(t);
        out.extend(self.navigation_targets(t));
        out
    }

    /// The emitted return types of the operations bound to `t`, and its actions' parameter types.
    pub fn bound_returns(&self, t: &str) -> Vec<&'m str> {
        self.returns
            .get(t)
            .into_iter()
            .flatten()
            .copied()
            .filter(|r| self.emitted.contains(r))
            .collect()
    }
}

/// `start` and every type `next` leads to, transitively.
pub fn reach<'m>(
    start: impl IntoIterator<Item = &'m str>,
    next: impl Fn(&'m str) -> Vec<&'m str>,
) -> BTreeSet<&'m str> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = start.into_iter().collect();
    while let Some(t) = stack.pop() {
        if seen.insert(t) {
            stack.extend(next(t).into_iter().filter(|n| !seen.contains(n)));
        }
    }
    seen
}

pub fn plan<'m>(
    model: &'m Model,
    roots: Option<&[String]>,
    externs: &Externs<'m>,
) -> Result<Plan<'m>, Error> {
    let externs: BTreeSet<&str> = externs.keys().copied().collect();
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
    let Members {
        fields,
        navigation,
        key,
    } = members(&structured, &chains)?;
    let derived = derived(&structured);

    let (emitted, pulled) = match roots {
        None => (
            model
                .types
                .keys()
                .map(String::as_str)
                .filter(|q| !externs.contains(q))
                .collect(),
            BTreeSet::new(),
        ),
        Some(roots) => closure(model, roots, &externs, &chains, &fields, &derived)?,
    };
    check_extern_bases(model, &emitted, &externs, &chains)?;
    let any = any(model, &emitted, pulled, &fields, &navigation, &derived);
    // An extern type holds what its schema type holds (a cycle through it is boxed here too).
    let structs: BTreeSet<&str> = emitted.union(&externs).copied().collect();
    let boxed = boxed(&structs, &any, &fields, &derived);

    let mut returns: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for op in &model.operations {
        let Some(binding) = op.binding() else {
            continue;
        };
        // What a call bound to the type returns, and what an action's body sends (the binding
        // parameter aside).
        let sent = op.parameters.iter().skip(1).filter(|_| op.action);
        let types = op.returns.iter().chain(sent.map(|p| &p.ty));
        returns
            .entry(binding)
            .or_default()
            .extend(types.filter_map(TypeRef::named));
    }
    Ok(Plan {
        emitted,
        externs,
        any,
        derived,
        fields,
        navigation,
        key,
        boxed,
        chains,
        returns,
    })
}

/// A generated struct copies its bases' properties, and a value declared with an extern type is
/// the extern type: a type derived from an extern one could be no value of it, so it must be
/// extern too (or, with `--types`, not generated).
fn check_extern_bases(
    model: &Model,
    emitted: &BTreeSet<&str>,
    externs: &BTreeSet<&str>,
    chains: &HashMap<&str, Vec<&str>>,
) -> Result<(), Error> {
    for &t in emitted {
        let bases = chains.get(t).map_or(&[][..], |c| &c[1..]);
        if let Some(base) = bases.iter().find(|b| externs.contains(*b)) {
            return Err(Error::at(
                model.types[t].line,
                format!(
                    "`{t}` derives from `{base}`, which an extern path maps to a Rust type: a \
                     derived type must be extern too, as a value declared `{base}` is the extern \
                     type (or, with `--types`, not generated)"
                ),
            ));
        }
    }
    Ok(())
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

struct Members<'m> {
    fields: HashMap<&'m str, Vec<&'m Property>>,
    navigation: HashMap<&'m str, Vec<&'m Navigation>>,
    key: HashMap<&'m str, &'m str>,
}

/// Each type's properties and navigation properties, inherited ones first, and its key; a name
/// declared twice along a base chain is an error.
fn members<'m>(
    structured: &BTreeMap<&'m str, &'m Structured>,
    chains: &HashMap<&'m str, Vec<&'m str>>,
) -> Result<Members<'m>, Error> {
    let mut out = Members {
        fields: HashMap::new(),
        navigation: HashMap::new(),
        key: HashMap::new(),
    };
    for &name in structured.keys() {
        let mut list: Vec<&Property> = Vec::new();
        let mut navs: Vec<&Navigation> = Vec::new();
        let mut keys: &[String] = &[];
        for &ancestor in chains[name].iter().rev() {
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
            navs.extend(&s.navigation);
        }
        for (i, n) in navs.iter().enumerate() {
            let earlier = list
                .iter()
                .map(|p| (p.name.as_str(), p.line))
                .chain(navs[..i].iter().map(|m| (m.name.as_str(), m.line)))
                .find(|(other, _)| *other == n.name);
            if let Some((_, line)) = earlier {
                return Err(Error::at(
                    n.line,
                    format!(
                        "navigation property `{}` of `{name}` has the name of the member declared \
                         at line {line}",
                        n.name
                    ),
                ));
            }
        }
        if let [single] = keys {
            out.key.insert(name, single.as_str());
        }
        out.fields.insert(name, list);
        out.navigation.insert(name, navs);
    }
    Ok(out)
}

/// Every transitive derived type of each type that has one, sorted by qualified name.
fn derived<'m>(structured: &BTreeMap<&'m str, &'m Structured>) -> HashMap<&'m str, Vec<&'m str>> {
    let mut direct: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (&name, s) in structured {
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
    derived
}

/// The types that get an `Any*` enum: those with derived types (but `entity`) that a value is
/// declared with — a property or navigation property of an emitted type, an entity set or
/// singleton, an action's or function's parameter or return type — and that are emitted; and
/// `pulled`, the ones the `--types` closure gave an enum with all its variants.
fn any<'m>(
    model: &'m Model,
    emitted: &BTreeSet<&'m str>,
    pulled: BTreeSet<&'m str>,
    fields: &HashMap<&'m str, Vec<&'m Property>>,
    navigation: &HashMap<&'m str, Vec<&'m Navigation>>,
    derived: &HashMap<&'m str, Vec<&'m str>>,
) -> BTreeSet<&'m str> {
    let mut declared: Vec<&str> = Vec::new();
    for t in emitted {
        declared.extend(
            fields
                .get(t)
                .into_iter()
                .flatten()
                .filter_map(|p| p.named()),
        );
        declared.extend(
            navigation
                .get(t)
                .into_iter()
                .flatten()
                .map(|n| n.target.as_str()),
        );
    }
    declared.extend(model.sources.iter().map(|s| s.ty.as_str()));
    for op in &model.operations {
        let types = op.parameters.iter().map(|p| &p.ty).chain(&op.returns);
        declared.extend(types.filter_map(|t| t.named()));
    }
    let mut any = pulled;
    any.extend(
        declared
            .into_iter()
            .filter(|t| *t != ENTITY && derived.contains_key(t) && emitted.contains(t)),
    );
    any
}

type Sets<'m> = (BTreeSet<&'m str>, BTreeSet<&'m str>);

/// The listed types and everything they reference: base types, property types, and the
/// derived types of every listed type or property type that gets an `Any*` enum. Navigation
/// targets are not followed. Returns the emitted types and those `Any*` enums.
fn closure<'m>(
    model: &'m Model,
    roots: &[String],
    externs: &BTreeSet<&'m str>,
    chains: &HashMap<&'m str, Vec<&'m str>>,
    fields: &HashMap<&'m str, Vec<&'m Property>>,
    derived: &HashMap<&'m str, Vec<&'m str>>,
) -> Result<Sets<'m>, Error> {
    let mut emitted = BTreeSet::new();
    let mut any = BTreeSet::new();
    let mut stack: Vec<&str> = Vec::new();
    let polymorphic = |t: &str| t != ENTITY && derived.contains_key(t) && !externs.contains(t);
    for root in roots {
        let Some((name, _)) = model.types.get_key_value(&model.qualify(root)) else {
            return Err(Error::new(format!(
                "`--types` lists `{root}`, which is no EntityType, ComplexType or EnumType of \
                 the document (expected a qualified name such as `microsoft.graph.event`)"
            )));
        };
        if externs.contains(name.as_str()) {
            return Err(Error::new(format!(
                "`--types` lists `{root}`, which an extern path maps to a Rust type: it is not \
                 generated"
            )));
        }
        if polymorphic(name) {
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
            if let Some(t) = p.named() {
                next.push(t);
                if polymorphic(t) && any.insert(t) {
                    next.extend(derived[t].iter().copied());
                }
            }
        }
        stack.extend(
            next.into_iter()
                .filter(|t| !emitted.contains(t) && !externs.contains(t)),
        );
    }
    Ok((emitted, any))
}
