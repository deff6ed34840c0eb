//! Which types go to the values crate ([`Options::values_crate`](crate::Options::values_crate)):
//! the enum and complex types from which no entity type can be reached, so that the values
//! crate never names a type of the main output and the two crates do not depend on each other
//! in a cycle.

use std::collections::BTreeSet;

use crate::actions::Bodies;
use crate::model::{Body, Model};
use crate::resolve::Plan;

/// The values crate: its package name, its Rust name, and the types it holds.
pub struct Layers<'m> {
    /// The cargo package (`graph-entity-models-values`), as the main crate's features name it.
    pub package: String,
    /// The Rust crate name (`graph_entity_models_values`), as the main output's `pub use` lines
    /// name it.
    pub krate: String,
    /// The emitted types that go to the values crate.
    pub values: BTreeSet<&'m str>,
}

impl Layers<'_> {
    /// Whether `q` is in the values crate.
    pub fn is_value(&self, q: &str) -> bool {
        self.values.contains(q)
    }
}

/// Every emitted type is in the main output if it is an entity type or names one of the main
/// output's types in its file: a base, a property's type, an `Any*` variant (the enum is in the
/// base type's file), a navigation target, an action body's parameter type; the rest is in the
/// values crate.
pub fn split<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    bodies: &Bodies<'m>,
    package: &str,
) -> Layers<'m> {
    let edges = |t: &'m str| -> Vec<&'m str> {
        let mut next = plan.structural(t);
        next.extend(plan.variants(t));
        next.extend(plan.navigation_targets(t));
        for body in bodies.get(t).into_iter().flatten() {
            next.extend(body.parameters.iter().filter_map(|p| p.ty.named()));
        }
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
    Layers {
        package: package.to_owned(),
        krate: package.replace('-', "_"),
        values: plan.emitted.difference(&main).copied().collect(),
    }
}
