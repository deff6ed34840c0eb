//! Which actions get a body struct, and its name: every bound action with parameters beside its
//! binding parameter gets `{Binding}{Action}Body` (`UserSendMailBody`), in the binding type's
//! file, so in its module and its feature. An action bound to `x` and to `Collection(x)` with
//! the same parameters has one body; with other parameters, the collection's is
//! `{Binding}Collection{Action}Body`.

use std::collections::{BTreeMap, HashMap};

use crate::areas::Assignment;
use crate::error::Error;
use crate::layout::Layout;
use crate::model::{Body, Model, Parameter, Primitive};
use crate::names::pascal_case;
use crate::resolve::Plan;

/// One action body.
pub struct ActionBody<'m> {
    /// The qualified action name (`microsoft.graph.sendMail`).
    pub action: String,
    /// The Rust struct's name.
    pub name: String,
    /// The parameters, the binding parameter left out.
    pub parameters: &'m [Parameter],
    /// Bound to a single value of the binding type.
    pub single: bool,
    /// Bound to a collection of it.
    pub collection: bool,
    pub line: u32,
}

/// Binding type (qualified) -> its action bodies, in document order. An action whose binding
/// type is not emitted (`--types`, or extern) or one of whose parameter types is neither emitted
/// nor extern has none; nor has an unbound
/// action (v1.0 has no unbound action with parameters).
pub type Bodies<'m> = BTreeMap<&'m str, Vec<ActionBody<'m>>>;

pub fn plan<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    layout: &Layout<'m>,
) -> Result<Bodies<'m>, Error> {
    let mut out: Bodies<'m> = BTreeMap::new();
    for op in model.operations.iter().filter(|op| op.action && op.bound) {
        let Some((binding, parameters)) = op.parameters.split_first() else {
            continue;
        };
        if parameters.is_empty() {
            continue;
        }
        let Some(binding_type) = plan.emitted.get(binding.ty.name.as_str()).copied() else {
            continue;
        };
        if !matches!(model.types[binding_type].body, Body::Structured(_))
            || parameters
                .iter()
                .any(|p| p.ty.named().is_some_and(|t| !plan.available(t)))
        {
            continue;
        }
        for p in parameters.iter().filter(|p| p.ty.named().is_none()) {
            let edm =
                p.ty.name
                    .strip_prefix("Edm.")
                    .and_then(Primitive::from_name);
            if matches!(edm, None | Some(Primitive::Stream)) {
                return Err(Error::at(
                    p.line,
                    format!(
                        "parameter `{}` of action `{}` is of type `{}`, which no JSON body \
                         holds; the supported types are {}",
                        p.name,
                        op.name,
                        p.ty.name,
                        Primitive::supported()
                    ),
                ));
            }
        }
        let bodies = out.entry(binding_type).or_default();
        let collection = binding.ty.collection;
        let qualified = format!("{}.{}", op.namespace, op.name);
        if let Some(same) = bodies
            .iter_mut()
            .find(|b| b.action == qualified && same_parameters(b.parameters, parameters))
        {
            same.single |= !collection;
            same.collection |= collection;
            continue;
        }
        bodies.push(ActionBody {
            name: format!("{}{}Body", layout.rust[binding_type], pascal_case(&op.name)),
            action: qualified,
            parameters,
            single: !collection,
            collection,
            line: op.line,
        });
    }
    // Bound to `x` and to `Collection(x)` with other parameters: the collection's is
    // `{Binding}Collection{Action}Body`, whichever the document declares first.
    for (binding, bodies) in &mut out {
        let twins: Vec<bool> = bodies
            .iter()
            .map(|b| bodies.iter().filter(|o| o.action == b.action).count() > 1)
            .collect();
        for (body, twin) in bodies.iter_mut().zip(twins) {
            if twin && !body.single {
                let action = body.action.rsplit('.').next().unwrap_or_default();
                body.name = format!(
                    "{}Collection{}Body",
                    layout.rust[binding],
                    pascal_case(action)
                );
            }
        }
    }
    check_names(model, plan, layout, &out)?;
    Ok(out)
}

fn same_parameters(a: &[Parameter], b: &[Parameter]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(a, b)| a.name == b.name && a.ty == b.ty)
}

/// A body's name must be no other item of its module (a type, a patch, an `Any*` enum, another
/// body): an error, as `layout` makes two types that would define one item.
fn check_names(model: &Model, plan: &Plan, layout: &Layout, bodies: &Bodies) -> Result<(), Error> {
    let mut items: HashMap<(&[String], String), String> = HashMap::new();
    for &q in &plan.emitted {
        let name = &layout.rust[q];
        let module = layout.module[q].as_slice();
        items.insert((module, name.clone()), q.to_owned());
        if matches!(model.types[q].body, Body::Structured(_)) {
            items.insert((module, format!("{name}Patch")), q.to_owned());
        }
        if plan.any.contains(q) {
            items.insert((module, format!("Any{name}")), q.to_owned());
        }
    }
    for (binding, list) in bodies {
        let module = layout.module[binding].as_slice();
        for body in list {
            let what = format!("the body of action `{}` bound to `{binding}`", body.action);
            if let Some(other) = items.insert((module, body.name.clone()), what.clone()) {
                return Err(Error::at(
                    body.line,
                    format!(
                        "{other} and {what} would both define the Rust item `{}` in one module",
                        body.name
                    ),
                ));
            }
        }
    }
    Ok(())
}

impl ActionBody<'_> {
    /// The features the body needs beside its binding type's (`common` aside): those of its
    /// parameters' types, sorted. The body and its `pub use` are behind all of them.
    pub fn gates<'a>(&self, binding: &str, assignment: Option<&'a Assignment>) -> Vec<&'a str> {
        let Some(assignment) = assignment else {
            return Vec::new();
        };
        let mut gates: Vec<&str> = self
            .parameters
            .iter()
            .filter_map(|p| p.ty.named())
            .filter_map(|t| assignment.gate(binding, t))
            .collect();
        gates.sort_unstable();
        gates.dedup();
        gates
    }
}

/// `#[cfg(...)]` for `gates` (none: nothing), with a newline.
pub fn cfg_line(gates: &[&str]) -> String {
    match gates {
        [] => String::new(),
        [one] => format!("#[cfg(feature = \"{one}\")]\n"),
        many => {
            let list: Vec<String> = many.iter().map(|g| format!("feature = \"{g}\"")).collect();
            format!("#[cfg(all({}))]\n", list.join(", "))
        }
    }
}
