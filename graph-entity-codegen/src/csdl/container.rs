//! A schema's entity container (`EntitySet`, `Singleton`) and its `Action`s and `Function`s: not
//! generated, but what they declare decides which types get an `Any*` enum and where types land.

use roxmltree::Node;

use super::{Ctx, is, split_collection};
use crate::error::Error;
use crate::model::{Model, Operation, Parameter, Source, TypeRef};

impl<L: Fn(Node) -> u32> Ctx<'_, L> {
    /// Appends the schema's entity sets, singletons, actions and functions to `model`.
    pub(super) fn container_and_operations(
        &self,
        schema: Node,
        model: &mut Model,
    ) -> Result<(), Error> {
        for node in schema.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "EntityContainer" => {
                    for child in node.children().filter(Node::is_element) {
                        let (singleton, attr) = match child.tag_name().name() {
                            "EntitySet" => (false, "EntityType"),
                            "Singleton" => (true, "Type"),
                            _ => continue,
                        };
                        model.sources.push(self.source(child, singleton, attr)?);
                    }
                }
                "Action" => model.operations.push(self.operation(schema, node, true)?),
                "Function" => model.operations.push(self.operation(schema, node, false)?),
                _ => {}
            }
        }
        Ok(())
    }

    fn source(&self, node: Node, singleton: bool, attr: &str) -> Result<Source, Error> {
        let kind = if singleton {
            "a Singleton"
        } else {
            "an EntitySet"
        };
        let name = self.name_of(node, &format!("{kind} of the entity container"))?;
        let line = (self.line)(node);
        let ty = node
            .attribute(attr)
            .ok_or_else(|| Error::at(line, format!("{kind} `{name}` has no `{attr}` attribute")))?;
        Ok(Source {
            ty: self.qualify(ty),
            name,
            singleton,
            line,
        })
    }

    fn operation(&self, schema: Node, node: Node, action: bool) -> Result<Operation, Error> {
        let kind = if action { "action" } else { "function" };
        let name = self.name_of(
            node,
            &format!("an {}", if action { "Action" } else { "Function" }),
        )?;
        let line = (self.line)(node);
        let mut parameters = Vec::new();
        let mut returns = None;
        for child in node.children().filter(Node::is_element) {
            if is(child, "Parameter") {
                let what = format!("a Parameter of {kind} `{name}`");
                let param = self.name_of(child, &what)?;
                let ty =
                    self.type_ref(child, &format!("parameter `{param}` of {kind} `{name}`"))?;
                parameters.push(Parameter {
                    name: param,
                    ty,
                    nullable: child.attribute("Nullable") != Some("false"),
                    line: (self.line)(child),
                });
            } else if is(child, "ReturnType") {
                returns =
                    Some(self.type_ref(child, &format!("the return type of {kind} `{name}`"))?);
            }
        }
        Ok(Operation {
            namespace: schema.attribute("Namespace").unwrap_or_default().to_owned(),
            name,
            action,
            bound: node.attribute("IsBound") == Some("true"),
            parameters,
            returns,
            line,
        })
    }

    /// The `Type` attribute of a `Parameter` or `ReturnType`, qualified (`Edm.*` kept as is).
    fn type_ref(&self, node: Node, what: &str) -> Result<TypeRef, Error> {
        let raw = node.attribute("Type").ok_or_else(|| {
            Error::at((self.line)(node), format!("{what} has no `Type` attribute"))
        })?;
        let (collection, inner) = split_collection(raw);
        let name = if inner.starts_with("Edm.") {
            inner.to_owned()
        } else {
            self.qualify(inner)
        };
        Ok(TypeRef { name, collection })
    }
}
