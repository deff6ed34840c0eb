//! What [`Options`](crate::Options) changes in the parsed schema before anything is planned:
//! descriptions from a second document, and the read-only override list. Applied once, to the
//! model; the plan and the printer see only the result.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::csdl;
use crate::error::{Error, Quoted};
use crate::model::{Access, Body, Model};

/// The descriptions (`Org.OData.Core.V1.Description`) of a CSDL document, by target: `ns.type`
/// for a type, `ns.type/member` for a property, navigation property or enum member.
///
/// Microsoft Graph's current `$metadata` carries few descriptions; an older document with
/// descriptions (such as the 2023 `v1.0` schema with its API reference's texts) fills the
/// rest. [`Options::descriptions`](crate::Options::descriptions) merges them: the generated
/// schema's own description wins where both have one, and a target the schema no longer has is
/// ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Descriptions {
    texts: BTreeMap<String, String>,
}

impl Descriptions {
    /// Reads the descriptions of a CSDL document (a whole one: it is parsed and its references
    /// checked as the generator's input is).
    ///
    /// # Errors
    ///
    /// As [`generate`](crate::generate) for a document that is not CSDL.
    pub fn parse(csdl: &str) -> Result<Descriptions, Error> {
        let csdl = csdl.strip_prefix('\u{feff}').unwrap_or(csdl);
        let model = csdl::parse(csdl)?;
        let mut texts = BTreeMap::new();
        for (q, def) in &model.types {
            let mut add = |member: Option<&str>, text: &Option<String>| {
                if let Some(text) = text {
                    let key = member.map_or_else(|| q.clone(), |m| format!("{q}/{m}"));
                    texts.insert(key, text.clone());
                }
            };
            add(None, &def.description);
            match &def.body {
                Body::Structured(s) => {
                    for p in &s.properties {
                        add(Some(&p.name), &p.description);
                    }
                    for n in &s.navigation {
                        add(Some(&n.name), &n.description);
                    }
                }
                Body::Enum(e) => {
                    for m in &e.members {
                        add(Some(&m.name), &m.description);
                    }
                }
            }
        }
        Ok(Descriptions { texts })
    }

    /// How many descriptions the document has.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether the document has none.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The description of `target` (`ns.type` or `ns.type/member`).
    pub fn get(&self, target: &str) -> Option<&str> {
        self.texts.get(target).map(String::as_str)
    }
}

/// Fills the model's missing descriptions from `descriptions`.
pub fn merge_descriptions(model: &mut Model, descriptions: &Descriptions) {
    for (q, def) in &mut model.types {
        let fill = |slot: &mut Option<String>, key: &str| {
            if slot.is_none() {
                *slot = descriptions.get(key).map(str::to_owned);
            }
        };
        fill(&mut def.description, q);
        match &mut def.body {
            Body::Structured(s) => {
                for p in &mut s.properties {
                    fill(&mut p.description, &format!("{q}/{}", p.name));
                }
                for n in &mut s.navigation {
                    fill(&mut n.description, &format!("{q}/{}", n.name));
                }
            }
            Body::Enum(e) => {
                for m in &mut e.members {
                    fill(&mut m.description, &format!("{q}/{}", m.name));
                }
            }
        }
    }
}

/// Marks each property of `paths` (`ns.type/property`, alias allowed) read-only. A path that
/// names no structural property of the schema is an error, so that a typo or a schema change
/// never drops an override silently.
pub fn mark_read_only(model: &mut Model, paths: &[String]) -> Result<(), Error> {
    for path in paths {
        let unknown = |why: &str| {
            Error::new(format!(
                "read-only override {}: {why}",
                Quoted(path.as_str())
            ))
        };
        let (type_name, property) = path
            .split_once('/')
            .ok_or_else(|| unknown("expected `namespace.type/property`"))?;
        let q = model.qualify(type_name);
        let def = model
            .types
            .get_mut(&q)
            .ok_or_else(|| unknown(&format!("the schema has no type `{q}`")))?;
        let Body::Structured(s) = &mut def.body else {
            return Err(unknown(&format!("`{q}` is an enum type")));
        };
        let p = s
            .properties
            .iter_mut()
            .find(|p| p.name == property)
            .ok_or_else(|| unknown(&format!("`{q}` declares no property `{property}`")))?;
        p.access = Access::ReadOnly;
    }
    Ok(())
}

/// [`Options::type_attributes`](crate::Options::type_attributes) and
/// [`Options::field_attributes`](crate::Options::field_attributes), checked against the schema
/// and keyed by qualified name.
#[derive(Debug, Default)]
pub struct Attributes {
    /// By qualified type name; [`EVERY_TYPE`] for all.
    types: HashMap<String, Vec<String>>,
    /// By (declaring type, member name).
    fields: HashMap<(String, String), Vec<String>>,
}

/// The path of [`Options::type_attributes`](crate::Options::type_attributes) that means every
/// type, as prost-build writes it.
const EVERY_TYPE: &str = ".";

impl Attributes {
    /// The attributes of `options`; one for a type of `externs` (no item is generated for it)
    /// is an error.
    pub fn new(
        model: &Model,
        options: &crate::Options,
        externs: &BTreeSet<&str>,
    ) -> Result<Self, Error> {
        let external = |what: &str, path: &str, q: &str| {
            Error::new(format!(
                "{what} for {}: `{q}` is extern (an extern path maps it), so no item is \
                 generated for it",
                Quoted(path)
            ))
        };
        let mut out = Attributes::default();
        for (path, attr) in &options.type_attributes {
            check_attribute(path, attr)?;
            let key = if path == EVERY_TYPE {
                path.clone()
            } else {
                let q = model.qualify(path);
                if !model.types.contains_key(&q) {
                    return Err(Error::new(format!(
                        "type attribute for {}: the schema has no type `{q}`",
                        Quoted(path)
                    )));
                }
                if externs.contains(q.as_str()) {
                    return Err(external("type attribute", path, &q));
                }
                q
            };
            out.types.entry(key).or_default().push(attr.clone());
        }
        for (path, attr) in &options.field_attributes {
            check_attribute(path, attr)?;
            let unknown =
                |why: String| Error::new(format!("field attribute for {}: {why}", Quoted(path)));
            let (type_name, member) = path
                .split_once('/')
                .ok_or_else(|| unknown("expected `namespace.type/member`".to_owned()))?;
            let q = model.qualify(type_name);
            let declared = match model.types.get(&q).map(|d| &d.body) {
                Some(Body::Structured(s)) => {
                    s.properties.iter().any(|p| p.name == member)
                        || s.navigation.iter().any(|n| n.name == member)
                }
                Some(Body::Enum(_)) => return Err(unknown(format!("`{q}` is an enum type"))),
                None => return Err(unknown(format!("the schema has no type `{q}`"))),
            };
            if !declared {
                return Err(unknown(format!("`{q}` declares no member `{member}`")));
            }
            // Its derived types are extern too (`resolve::check_extern_bases`): no field has it.
            if externs.contains(q.as_str()) {
                return Err(external("field attribute", path, &q));
            }
            out.fields
                .entry((q, member.to_owned()))
                .or_default()
                .push(attr.clone());
        }
        Ok(out)
    }

    /// The attributes of type `q`: those for every type first, then its own.
    pub fn of_type(&self, q: &str) -> impl Iterator<Item = &str> {
        [EVERY_TYPE, q]
            .into_iter()
            .filter_map(|key| self.types.get(key))
            .flatten()
            .map(String::as_str)
    }

    /// The attributes of member `member` declared by one of `chain` (a type and its bases).
    pub fn of_field<'a>(&'a self, chain: &[&str], member: &str) -> Vec<&'a str> {
        if self.fields.is_empty() {
            return Vec::new();
        }
        chain
            .iter()
            .filter_map(|q| self.fields.get(&((*q).to_owned(), member.to_owned())))
            .flatten()
            .map(String::as_str)
            .collect()
    }
}

/// An attribute is written as given: it must at least look like one.
fn check_attribute(path: &str, attr: &str) -> Result<(), Error> {
    let attr = attr.trim();
    if attr.starts_with("#[") && attr.ends_with(']') && !attr.contains('\n') {
        Ok(())
    } else {
        Err(Error::new(format!(
            "attribute for {}: expected one line `#[...]`, found {}",
            Quoted(path),
            Quoted(attr)
        )))
    }
}

/// The paths of a read-only override file: one `ns.type/property` a line; blank lines and
/// `#` comments (whole-line or trailing) are skipped.
///
/// ```
/// let paths = graph_entity_codegen::read_only_paths(
///     "# Graph's descriptions say \"Read-only.\"\nmicrosoft.graph.event/createdDateTime\n\n",
/// );
/// assert_eq!(paths, ["microsoft.graph.event/createdDateTime"]);
/// ```
pub fn read_only_paths(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}
