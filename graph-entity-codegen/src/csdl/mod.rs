//! CSDL XML to the generator's model: types, properties, navigation properties, enum members,
//! the entity container, actions and functions, and the annotations the generator uses, with
//! every type reference resolved to a qualified name.

mod check;
mod container;

use std::collections::HashMap;

use roxmltree::{Document, Node};

use crate::error::{Error, Quoted};
use crate::model::{
    Access, Body, EnumDef, Member, Model, Navigation, Primitive, PropType, Property, Structured,
    TypeDef, qualify,
};

const EDMX_NS: &str = "http://docs.oasis-open.org/odata/ns/edmx";
const DESCRIPTION: &str = "Org.OData.Core.V1.Description";
const COMPUTED: &str = "Org.OData.Core.V1.Computed";
const PERMISSIONS: &str = "Org.OData.Core.V1.Permissions";
const IMMUTABLE: &str = "Org.OData.Core.V1.Immutable";

/// Parses a CSDL document and checks every type reference.
pub fn parse(xml: &str) -> Result<Model, Error> {
    let doc = Document::parse(xml).map_err(|e| {
        let pos = e.pos();
        Error::at(pos.row, format!("not a CSDL document: XML error: {e}"))
    })?;
    let root = doc.root_element();
    // `Document::text_pos_at` scans from the start on every call: quadratic over Graph's 20,000
    // elements (`perf` over v1.0.xml: 96% of a 3.9 s run, 0.2 s without it). A table of line
    // starts answers with a binary search.
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(xml.match_indices('\n').map(|(at, _)| at + 1))
        .collect();
    let line = |node: Node| {
        let row = line_starts.partition_point(|&start| start <= node.range().start);
        u32::try_from(row).unwrap_or(u32::MAX)
    };
    if root.tag_name().name() != "Edmx" || root.tag_name().namespace() != Some(EDMX_NS) {
        return Err(Error::at(
            line(root),
            format!(
                "not a CSDL document: expected the root element `edmx:Edmx`, found {}",
                Quoted(root.tag_name().name())
            ),
        ));
    }
    let aliases = aliases(root);
    let ctx = Ctx {
        aliases: &aliases,
        line: &line,
    };
    let mut model = Model::default();
    let schemas: Vec<Node> = root.descendants().filter(|n| is(*n, "Schema")).collect();
    for schema in &schemas {
        let namespace = schema.attribute("Namespace").unwrap_or_default();
        for node in schema.children().filter(Node::is_element) {
            let def = match node.tag_name().name() {
                "EntityType" => ctx.structured(node, namespace, true)?,
                "ComplexType" => ctx.structured(node, namespace, false)?,
                "EnumType" => ctx.enumeration(node, namespace)?,
                _ => continue,
            };
            let qualified = format!("{namespace}.{}", def.name);
            if model.types.contains_key(&qualified) {
                return Err(Error::at(
                    def.line,
                    format!("type `{qualified}` is declared twice"),
                ));
            }
            model.types.insert(qualified, def);
        }
        ctx.container_and_operations(*schema, &mut model)?;
    }
    for schema in &schemas {
        for block in schema.children().filter(|n| is(*n, "Annotations")) {
            ctx.apply_annotations(block, &mut model);
        }
    }
    check::references(&model)?;
    model.aliases = aliases;
    Ok(model)
}

fn is(node: Node, local: &str) -> bool {
    node.is_element() && node.tag_name().name() == local
}

/// `Collection(T)` -> `(true, T)`; `T` -> `(false, T)`.
fn split_collection(raw: &str) -> (bool, &str) {
    match raw
        .strip_prefix("Collection(")
        .and_then(|r| r.strip_suffix(')'))
    {
        Some(inner) => (true, inner),
        None => (false, raw),
    }
}

/// Schema aliases and vocabulary aliases (`edmx:Include Alias="Core"`), document-wide.
fn aliases(root: Node) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for node in root
        .descendants()
        .filter(|n| is(*n, "Schema") || is(*n, "Include"))
    {
        if let (Some(ns), Some(alias)) = (node.attribute("Namespace"), node.attribute("Alias")) {
            out.insert(alias.to_owned(), ns.to_owned());
        }
    }
    out
}

struct Ctx<'a, L> {
    aliases: &'a HashMap<String, String>,
    line: &'a L,
}

impl<L: Fn(Node) -> u32> Ctx<'_, L> {
    fn qualify(&self, name: &str) -> String {
        qualify(self.aliases, name)
    }

    fn name_of(&self, node: Node, what: &str) -> Result<String, Error> {
        node.attribute("Name").map(str::to_owned).ok_or_else(|| {
            Error::at(
                (self.line)(node),
                format!("{what} without a `Name` attribute"),
            )
        })
    }

    fn structured(&self, node: Node, ns: &str, entity: bool) -> Result<TypeDef, Error> {
        let kind = if entity {
            "an EntityType"
        } else {
            "a ComplexType"
        };
        let name = self.name_of(node, &format!("{kind} of namespace `{ns}`"))?;
        let qualified = format!("{ns}.{name}");
        let mut properties = Vec::new();
        let mut navigation = Vec::new();
        let mut key = Vec::new();
        for child in node.children().filter(Node::is_element) {
            match child.tag_name().name() {
                "Property" => properties.push(self.property(child, &qualified)?),
                "NavigationProperty" => navigation.push(self.navigation(child, &qualified)?),
                "Key" => key.extend(
                    child
                        .children()
                        .filter(|n| is(*n, "PropertyRef"))
                        .filter_map(|n| n.attribute("Name").map(str::to_owned)),
                ),
                _ => {}
            }
        }
        let annotations = self.inline(node);
        Ok(TypeDef {
            namespace: ns.to_owned(),
            name,
            line: (self.line)(node),
            description: annotations.description,
            body: Body::Structured(Structured {
                entity,
                base: node.attribute("BaseType").map(|b| self.qualify(b)),
                is_abstract: node.attribute("Abstract") == Some("true"),
                open: node.attribute("OpenType") == Some("true"),
                key,
                properties,
                navigation,
            }),
        })
    }

    fn property(&self, node: Node, owner: &str) -> Result<Property, Error> {
        let name = self.name_of(node, &format!("a Property of `{owner}`"))?;
        let line = (self.line)(node);
        let raw = node.attribute("Type").ok_or_else(|| {
            Error::at(
                line,
                format!("property `{name}` of `{owner}` has no `Type` attribute"),
            )
        })?;
        let (collection, inner) = split_collection(raw);
        let ty = match inner.strip_prefix("Edm.") {
            Some(edm) => PropType::Edm(Primitive::from_name(edm).ok_or_else(|| {
                Error::at(
                    line,
                    format!(
                        "property `{name}` of `{owner}` has the unsupported primitive type {}; \
                         expected one of {}",
                        Quoted(inner),
                        Primitive::supported()
                    ),
                )
            })?),
            None => PropType::Named(self.qualify(inner)),
        };
        let annotations = self.inline(node);
        Ok(Property {
            name,
            ty,
            collection,
            nullable: node.attribute("Nullable") != Some("false"),
            line,
            description: annotations.description,
            access: annotations.access,
        })
    }

    fn navigation(&self, node: Node, owner: &str) -> Result<Navigation, Error> {
        let name = self.name_of(node, &format!("a NavigationProperty of `{owner}`"))?;
        let line = (self.line)(node);
        let raw = node.attribute("Type").ok_or_else(|| {
            Error::at(
                line,
                format!("navigation property `{name}` of `{owner}` has no `Type` attribute"),
            )
        })?;
        let (collection, inner) = split_collection(raw);
        Ok(Navigation {
            target: self.qualify(inner),
            collection,
            contains_target: node.attribute("ContainsTarget") == Some("true"),
            nullable: node.attribute("Nullable") != Some("false"),
            line,
            description: self.inline(node).description,
            name,
        })
    }

    fn enumeration(&self, node: Node, ns: &str) -> Result<TypeDef, Error> {
        let name = self.name_of(node, &format!("an EnumType of namespace `{ns}`"))?;
        let mut members = Vec::new();
        for (index, child) in node.children().filter(|n| is(*n, "Member")).enumerate() {
            let member = self.name_of(child, &format!("a Member of `{ns}.{name}`"))?;
            let value = match child.attribute("Value") {
                Some(v) => v.trim().parse::<i64>().map_err(|_| {
                    Error::at(
                        (self.line)(child),
                        format!(
                            "member `{member}` of `{ns}.{name}` has the value {}; expected an integer",
                            Quoted(v)
                        ),
                    )
                })?,
                None => i64::try_from(index).unwrap_or(i64::MAX),
            };
            members.push(Member {
                name: member,
                value,
                description: self.inline(child).description,
            });
        }
        Ok(TypeDef {
            namespace: ns.to_owned(),
            name,
            line: (self.line)(node),
            description: self.inline(node).description,
            body: Body::Enum(EnumDef {
                flags: node.attribute("IsFlags") == Some("true"),
                members,
            }),
        })
    }

    fn inline(&self, node: Node) -> Annotated {
        let mut out = Annotated::default();
        for annotation in node.children().filter(|n| is(*n, "Annotation")) {
            self.annotation(annotation, &mut out);
        }
        out
    }

    fn annotation(&self, node: Node, out: &mut Annotated) {
        if node.attribute("Qualifier").is_some() {
            return; // a qualified annotation applies in some context only
        }
        let term = node
            .attribute("Term")
            .map(|t| self.qualify(t))
            .unwrap_or_default();
        let value = |attr: &str| {
            node.attribute(attr).map(str::to_owned).or_else(|| {
                node.children()
                    .find(|n| is(*n, attr))
                    .and_then(|n| n.text())
                    .map(str::to_owned)
            })
        };
        match term.as_str() {
            DESCRIPTION => out.description = value("String").filter(|d| !d.trim().is_empty()),
            // The Core vocabulary's default for a Bool term is true.
            COMPUTED if value("Bool").is_none_or(|b| b.trim() == "true") => {
                out.access = out.access.max(Access::ReadOnly);
            }
            IMMUTABLE if value("Bool").is_none_or(|b| b.trim() == "true") => {
                out.access = out.access.max(Access::Immutable);
            }
            PERMISSIONS => {
                let perms = value("EnumMember").unwrap_or_default();
                if perms.contains("Permission/Read") && !perms.contains("Write") {
                    out.access = out.access.max(Access::ReadOnly);
                }
            }
            _ => {}
        }
    }

    /// `<Annotations Target="ns.type">` and `Target="ns.type/member"` blocks. Targets that are no
    /// type, property, navigation property or enum member (functions, entity sets) annotate
    /// nothing this generator emits.
    fn apply_annotations(&self, block: Node, model: &mut Model) {
        let Some(target) = block.attribute("Target") else {
            return;
        };
        let (type_name, member) = match target.split_once('/') {
            Some((t, m)) => (t, Some(m)),
            None => (target, None),
        };
        let Some(def) = model.types.get_mut(&self.qualify(type_name)) else {
            return;
        };
        let mut found = Annotated::default();
        for annotation in block.children().filter(|n| is(*n, "Annotation")) {
            self.annotation(annotation, &mut found);
        }
        match (member, &mut def.body) {
            (None, _) => {
                if found.description.is_some() {
                    def.description = found.description;
                }
            }
            (Some(member), Body::Structured(s)) => {
                if let Some(p) = s.properties.iter_mut().find(|p| p.name == member) {
                    if found.description.is_some() {
                        p.description = found.description;
                    }
                    p.access = p.access.max(found.access);
                } else if let Some(n) = s.navigation.iter_mut().find(|n| n.name == member) {
                    if found.description.is_some() {
                        n.description = found.description;
                    }
                }
            }
            (Some(member), Body::Enum(e)) => {
                if let Some(m) = e.members.iter_mut().find(|m| m.name == member) {
                    if found.description.is_some() {
                        m.description = found.description;
                    }
                }
            }
        }
    }
}

#[derive(Default)]
struct Annotated {
    description: Option<String>,
    access: Access,
}
