//! The schema (`csdl/v1.0.xml`), read once into what the corpus rules ask of it: each type's
//! kind, base type, key, properties (type and nullability), navigation properties and enum
//! members, and which properties the schema marks read-only.
//!
//! The file is the service's `$metadata` as Graph publishes it: one element per line, every
//! start tag on one line. The reader follows that layout (it is no general XML reader) and is
//! independent of the code generator, so that the corpus test checks the models against the
//! schema rather than against the generator's reading of it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

mod values;

pub use values::Found;

/// The schema, committed beside the models.
const CSDL: &str = include_str!("../../csdl/v1.0.xml");

const COMPUTED: &str = "Org.OData.Core.V1.Computed";
const IMMUTABLE: &str = "Org.OData.Core.V1.Immutable";
/// The models' read-only override list: `namespace.type/property` a line, `#` comments.
const READ_ONLY_LIST: &str = include_str!("../../read_only.txt");
const PERMISSIONS: &str = "Org.OData.Core.V1.Permissions";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Entity,
    Complex,
    Enum,
    /// A `TypeDefinition`: a named primitive type.
    Definition,
}

#[derive(Debug)]
pub struct Property {
    /// Qualified (aliases resolved): `Edm.String`, `microsoft.graph.x`, `Collection(...)`.
    pub ty: String,
    pub nullable: bool,
}

#[derive(Debug)]
pub struct Type {
    pub kind: Kind,
    /// Qualified.
    pub base: Option<String>,
    pub open: bool,
    pub key: Vec<String>,
    pub properties: BTreeMap<String, Property>,
    pub navigation: BTreeSet<String>,
    /// Enum members: name and value.
    pub members: Vec<(String, String)>,
    /// A `TypeDefinition`'s primitive type.
    pub underlying: Option<String>,
}

impl Type {
    fn new(kind: Kind) -> Type {
        Type {
            kind,
            base: None,
            open: false,
            key: Vec::new(),
            properties: BTreeMap::new(),
            navigation: BTreeSet::new(),
            members: Vec::new(),
            underlying: None,
        }
    }
}

/// Why the schema says a property is read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// `Org.OData.Core.V1.Computed`.
    Computed,
    /// `Org.OData.Core.V1.Permissions` of `Read` (without `Write`).
    PermissionsRead,
    /// `Org.OData.Core.V1.Immutable`: set on create, never updated.
    Immutable,
    /// Listed in `read_only.txt`, the models' override list (its 2023 description says so).
    Listed,
    /// The property is (part of) the type's key.
    Key,
}

impl ReadOnly {
    pub fn describe(self) -> &'static str {
        match self {
            ReadOnly::Computed => "annotated `Core.Computed`",
            ReadOnly::PermissionsRead => "annotated `Core.Permissions` `Read`",
            ReadOnly::Immutable => "annotated `Core.Immutable`",
            ReadOnly::Listed => "listed in `read_only.txt` (its description says \"Read-only.\")",
            ReadOnly::Key => "the key",
        }
    }
}

#[derive(Debug, Default)]
pub struct Schema {
    /// By qualified name.
    types: BTreeMap<String, Type>,
    /// `namespace.type/property` => the annotation that makes it read-only.
    read_only: BTreeMap<String, ReadOnly>,
    /// Alias => namespace.
    aliases: BTreeMap<String, String>,
}

/// The schema, read on first use.
pub fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| Schema::read(CSDL))
}

/// The value of attribute `name` in a start tag.
pub fn attribute<'l>(line: &'l str, name: &str) -> Option<&'l str> {
    let marker = format!(" {name}=\"");
    let start = line.find(&marker)? + marker.len();
    let rest = &line[start..];
    rest.find('"').map(|end| &rest[..end])
}

/// Where the reader is, line by line.
#[derive(Default)]
struct Cursor {
    namespace: String,
    /// The type being read, qualified.
    ty: Option<String>,
    /// The property being read (for inline annotations).
    property: Option<String>,
    /// The `Target` of the `<Annotations>` block being read.
    target: Option<String>,
    /// How deep in nested `<Annotation>` elements the reader is (0: none open).
    depth: usize,
    /// A `Permissions` annotation being read: its target, and the text read so far.
    permissions: Option<(String, String)>,
}

impl Schema {
    fn read(text: &str) -> Schema {
        let mut schema = Schema::default();
        let mut at = Cursor::default();
        for line in text.lines().map(str::trim) {
            if let Some((target, mut seen)) = at.permissions.take() {
                seen.push_str(line);
                if line.starts_with("</Annotation>") {
                    at.depth -= 1;
                    schema.permissions(&target, &seen);
                } else {
                    at.permissions = Some((target, seen));
                }
                continue;
            }
            if line.starts_with("<Schema ") {
                attribute(line, "Namespace")
                    .unwrap_or("")
                    .clone_into(&mut at.namespace);
                if let Some(alias) = attribute(line, "Alias") {
                    schema
                        .aliases
                        .insert(alias.to_owned(), at.namespace.clone());
                }
            } else if line.starts_with("<Annotations ") {
                at.target = attribute(line, "Target").map(str::to_owned);
            } else if line.starts_with("</Annotations>") {
                at.target = None;
            } else if line.starts_with("<Annotation ") {
                schema.annotation(line, &mut at);
            } else if line.starts_with("</Annotation>") {
                at.depth = at.depth.saturating_sub(1);
            } else {
                schema.element(line, &mut at);
            }
        }
        for listed in READ_ONLY_LIST
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
        {
            if !listed.is_empty() {
                schema
                    .read_only
                    .entry(listed.to_owned())
                    .or_insert(ReadOnly::Listed);
            }
        }
        // Annotation targets and types may use an alias: resolve them now that all are known.
        let read_only = std::mem::take(&mut schema.read_only);
        schema.read_only = read_only
            .into_iter()
            .map(|(target, why)| (schema.qualify(&target), why))
            .collect();
        let names: Vec<String> = schema.types.keys().cloned().collect();
        for name in names {
            let resolved = {
                let ty = &schema.types[&name];
                let base = ty.base.as_deref().map(|b| schema.qualify(b));
                let props: Vec<(String, String)> = ty
                    .properties
                    .iter()
                    .map(|(p, prop)| (p.clone(), schema.qualify(&prop.ty)))
                    .collect();
                (base, props)
            };
            let ty = schema.types.get_mut(&name).expect("a type read above");
            ty.base = resolved.0;
            for (p, qualified) in resolved.1 {
                if let Some(prop) = ty.properties.get_mut(&p) {
                    prop.ty = qualified;
                }
            }
        }
        schema
    }

    /// A line that is neither a schema nor an annotation: a type, or what a type holds.
    fn element(&mut self, line: &str, at: &mut Cursor) {
        let kinds = [
            ("<EntityType ", "</EntityType>", Kind::Entity),
            ("<ComplexType ", "</ComplexType>", Kind::Complex),
            ("<EnumType ", "</EnumType>", Kind::Enum),
            ("<TypeDefinition ", "</TypeDefinition>", Kind::Definition),
        ];
        for (open, close, kind) in kinds {
            if line.starts_with(open) {
                let name = format!("{}.{}", at.namespace, attribute(line, "Name").unwrap_or(""));
                let mut ty = Type::new(kind);
                ty.base = attribute(line, "BaseType").map(str::to_owned);
                ty.open = attribute(line, "OpenType") == Some("true");
                ty.underlying = attribute(line, "UnderlyingType").map(str::to_owned);
                self.types.insert(name.clone(), ty);
                at.ty = (!line.ends_with("/>")).then_some(name);
                return;
            }
            if line.starts_with(close) {
                at.ty = None;
                return;
            }
        }
        let Some(ty) = at.ty.as_ref().and_then(|name| self.types.get_mut(name)) else {
            return;
        };
        let name = attribute(line, "Name").unwrap_or("").to_owned();
        if line.starts_with("<Property ") {
            let property = Property {
                ty: attribute(line, "Type").unwrap_or("").to_owned(),
                nullable: attribute(line, "Nullable") != Some("false"),
            };
            ty.properties.insert(name.clone(), property);
            at.property = (!line.ends_with("/>")).then_some(name);
        } else if line.starts_with("</Property>") {
            at.property = None;
        } else if line.starts_with("<NavigationProperty ") {
            ty.navigation.insert(name);
        } else if line.starts_with("<PropertyRef ") {
            ty.key.push(name);
        } else if line.starts_with("<Member ") {
            let value = attribute(line, "Value").unwrap_or("").to_owned();
            ty.members.push((name, value));
        }
    }

    /// An `<Annotation>` start tag: notes `Computed` and `Permissions` that apply to a property
    /// (inline, or in an `<Annotations>` block whose target is a property).
    fn annotation(&mut self, line: &str, at: &mut Cursor) {
        let closed = line.ends_with("/>");
        let target = match (&at.target, &at.ty, &at.property) {
            _ if at.depth > 0 => None,
            (Some(target), _, _) => target.contains('/').then(|| target.clone()),
            (None, Some(ty), Some(property)) => Some(format!("{ty}/{property}")),
            _ => None,
        };
        let term = attribute(line, "Term").unwrap_or("");
        match target {
            Some(target)
                if term == COMPUTED && attribute(line, "Bool").is_none_or(|b| b == "true") =>
            {
                self.read_only.insert(target, ReadOnly::Computed);
            }
            Some(target)
                if term == IMMUTABLE && attribute(line, "Bool").is_none_or(|b| b == "true") =>
            {
                self.read_only.entry(target).or_insert(ReadOnly::Immutable);
            }
            Some(target) if term == PERMISSIONS => {
                if closed {
                    self.permissions(&target, line);
                } else {
                    at.depth += 1;
                    at.permissions = Some((target, line.to_owned()));
                    return;
                }
            }
            _ => {}
        }
        if !closed {
            at.depth += 1;
        }
    }

    fn permissions(&mut self, target: &str, text: &str) {
        if text.contains("Permission/Read") && !text.contains("Write") {
            self.read_only
                .entry(target.to_owned())
                .or_insert(ReadOnly::PermissionsRead);
        }
    }

    /// `name` with its namespace alias (if any) replaced by the namespace; `Collection(...)` kept.
    pub fn qualify(&self, name: &str) -> String {
        if let Some(inner) = name
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            return format!("Collection({})", self.qualify(inner));
        }
        let (ty, property) = match name.split_once('/') {
            Some((ty, property)) => (ty, Some(property)),
            None => (name, None),
        };
        let ty = match ty.rsplit_once('.') {
            Some((namespace, local)) => match self.aliases.get(namespace) {
                Some(full) => format!("{full}.{local}"),
                None => ty.to_owned(),
            },
            None => ty.to_owned(),
        };
        match property {
            Some(property) => format!("{ty}/{property}"),
            None => ty,
        }
    }

    /// The type named `qualified` (a leading `#` is allowed).
    pub fn get(&self, qualified: &str) -> Option<&Type> {
        self.types
            .get(&self.qualify(qualified.trim_start_matches('#')))
    }

    /// `ty` and its base types, nearest first (stops at a base the schema does not declare).
    pub fn lineage<'s>(&'s self, ty: &str) -> Vec<(String, &'s Type)> {
        let mut out = Vec::new();
        let mut name = Some(self.qualify(ty.trim_start_matches('#')));
        while let Some(current) = name.take() {
            if out.len() > 32 || out.iter().any(|(seen, _)| *seen == current) {
                break;
            }
            let Some(found) = self.types.get(&current) else {
                break;
            };
            name.clone_from(&found.base);
            out.push((current, found));
        }
        out
    }

    /// Property `name` of `ty` or of a base type: the type that declares it, and the property.
    pub fn property(&self, ty: &str, name: &str) -> Option<(String, &Property)> {
        self.lineage(ty)
            .into_iter()
            .find_map(|(owner, t)| t.properties.get(name).map(|p| (owner, p)))
    }

    /// Whether `ty` or a base type declares navigation property `name`.
    pub fn is_navigation(&self, ty: &str, name: &str) -> bool {
        self.lineage(ty)
            .iter()
            .any(|(_, t)| t.navigation.contains(name))
    }

    /// Whether `ty` or a base type is open (takes properties it does not declare).
    pub fn is_open(&self, ty: &str) -> bool {
        self.lineage(ty).iter().any(|(_, t)| t.open)
    }

    /// Why the schema says property `name` of `ty` cannot be set by a client, if it does: the
    /// key (of the type or of the base that declares one), or a `Computed` or `Read`
    /// permission annotation on the property of `ty` or of any base.
    /// The type named with it is the one whose key it is, or whose property the annotation
    /// targets.
    pub fn read_only(&self, ty: &str, name: &str) -> Option<(String, ReadOnly)> {
        let lineage = self.lineage(ty);
        if let Some((owner, t)) = lineage.iter().find(|(_, t)| !t.key.is_empty()) {
            if t.key.iter().any(|k| k == name) {
                return Some((owner.clone(), ReadOnly::Key));
            }
        }
        lineage.into_iter().find_map(|(owner, _)| {
            let why = *self.read_only.get(&format!("{owner}/{name}"))?;
            Some((owner, why))
        })
    }

    /// Whether `ty` is `base` or derives from it.
    pub fn derives_from(&self, ty: &str, base: &str) -> bool {
        let base = self.qualify(base.trim_start_matches('#'));
        self.lineage(ty).iter().any(|(name, _)| *name == base)
    }

    /// The qualified names of the schema's namespaces.
    pub fn namespaces(&self) -> BTreeSet<&str> {
        self.types
            .keys()
            .filter_map(|name| name.rsplit_once('.').map(|(namespace, _)| namespace))
            .collect()
    }

    /// The entity or complex type of namespace `namespace` named `local`, ignoring ASCII case.
    pub fn find_ignoring_case(&self, namespace: &str, local: &str) -> Option<&str> {
        let prefix = format!("{namespace}.");
        self.types.iter().find_map(|(name, ty)| {
            let rest = name.strip_prefix(&prefix)?;
            let structured = matches!(ty.kind, Kind::Entity | Kind::Complex);
            (structured && !rest.contains('.') && rest.eq_ignore_ascii_case(local))
                .then_some(name.as_str())
        })
    }
}

/// The declared type a resource page's name stands for, when the docs' page name is not the
/// type's qualified name: `security-ediscoverycase` (the namespace's last segment, a hyphen,
/// the type) is `microsoft.graph.security.ediscoveryCase`; `rangefill` (a workbook page, named
/// without the `workbook` prefix of its types) is `microsoft.graph.workbookRangeFill`. ASCII
/// case is ignored, as page names are lower case.
pub fn type_of_page(page: &str) -> Option<&'static str> {
    let schema = schema();
    let stem = page.trim_start_matches("microsoft.graph.");
    if let Some((segment, local)) = stem.split_once('-') {
        let namespace = schema.namespaces().into_iter().find(|ns| {
            ns.strip_prefix("microsoft.graph.")
                .is_some_and(|last| last.eq_ignore_ascii_case(segment))
        })?;
        return schema.find_ignoring_case(namespace, local);
    }
    schema
        .find_ignoring_case("microsoft.graph", stem)
        .or_else(|| schema.find_ignoring_case("microsoft.graph", &format!("workbook{stem}")))
}

#[cfg(test)]
mod tests;
