//! Every type reference of a parsed document must name a declared type of the right kind.

use crate::error::Error;
use crate::model::{Body, Model, PropType, TypeRef};

/// Base types, property types, navigation targets, entity sets, singletons, and the parameter
/// and return types of actions and functions: each must be declared, and of the right kind.
pub fn references(model: &Model) -> Result<(), Error> {
    for (qualified, def) in &model.types {
        let Body::Structured(s) = &def.body else {
            continue;
        };
        if let Some(base) = &s.base {
            match model.types.get(base).map(|b| &b.body) {
                Some(Body::Structured(b)) if b.entity == s.entity => {}
                Some(_) => {
                    let kind = if s.entity {
                        "an entity type"
                    } else {
                        "a complex type"
                    };
                    return Err(Error::at(
                        def.line,
                        format!(
                            "type `{qualified}` has the base type `{base}`, which is not {kind}"
                        ),
                    ));
                }
                None => {
                    return Err(Error::at(
                        def.line,
                        format!(
                            "type `{qualified}` has the base type `{base}`, which is not declared"
                        ),
                    ));
                }
            }
        }
        for p in &s.properties {
            if let PropType::Named(name) = &p.ty {
                if !model.types.contains_key(name) {
                    return Err(Error::at(
                        p.line,
                        format!(
                            "property `{}` of `{qualified}` has the type `{name}`, which is not declared",
                            p.name
                        ),
                    ));
                }
            }
        }
        for n in &s.navigation {
            let what = format!("navigation property `{}` of `{qualified}`", n.name);
            entity_type(model, &n.target, n.line, &what)?;
        }
    }
    for source in &model.sources {
        let kind = if source.singleton {
            "singleton"
        } else {
            "entity set"
        };
        let what = format!("{kind} `{}`", source.name);
        entity_type(model, &source.ty, source.line, &what)?;
    }
    for op in &model.operations {
        let kind = if op.action { "action" } else { "function" };
        for p in &op.parameters {
            let what = format!(
                "parameter `{}` of {kind} `{}` has the type",
                p.name, op.name
            );
            declared(model, &p.ty, p.line, &what)?;
        }
        if let Some(returns) = &op.returns {
            let what = format!("{kind} `{}` returns the type", op.name);
            declared(model, returns, op.line, &what)?;
        }
    }
    Ok(())
}

/// `what` (a navigation property, an entity set, a singleton) has the type `name`, which must be
/// a declared entity type.
fn entity_type(model: &Model, name: &str, line: u32, what: &str) -> Result<(), Error> {
    match model.types.get(name).map(|d| &d.body) {
        Some(Body::Structured(s)) if s.entity => Ok(()),
        Some(_) => Err(Error::at(
            line,
            format!("{what} has the type `{name}`, which is not an entity type"),
        )),
        None => Err(Error::at(
            line,
            format!("{what} has the type `{name}`, which is not declared"),
        )),
    }
}

/// An operation's parameter or return type (`what` says which, up to "has the type"): a
/// primitive, or a declared type.
fn declared(model: &Model, ty: &TypeRef, line: u32, what: &str) -> Result<(), Error> {
    match ty.named() {
        Some(name) if !model.types.contains_key(name) => Err(Error::at(
            line,
            format!("{what} `{name}`, which is not declared"),
        )),
        _ => Ok(()),
    }
}
