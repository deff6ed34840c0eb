//! The generator's model of a CSDL document: what the parser (`csdl`) fills and the resolver
//! and emitter read.

use std::collections::{BTreeMap, HashMap};

/// Every type of a document, by qualified name (sorted, so output order never depends on the
/// document's order), and what the entity container and the operations declare.
#[derive(Debug, Default)]
pub struct Model {
    pub types: BTreeMap<String, TypeDef>,
    /// Schema and vocabulary aliases (`graph` -> `microsoft.graph`), document-wide.
    pub aliases: HashMap<String, String>,
    /// The entity container's `EntitySet`s and `Singleton`s, in document order.
    pub sources: Vec<Source>,
    /// Every `Action` and `Function`, in document order.
    pub operations: Vec<Operation>,
}

impl Model {
    /// `alias.name` -> `namespace.name`; other names unchanged.
    pub fn qualify(&self, name: &str) -> String {
        qualify(&self.aliases, name)
    }
}

/// `alias.name` -> `namespace.name` through `aliases`; other names unchanged.
pub fn qualify(aliases: &HashMap<String, String>, name: &str) -> String {
    match name.rsplit_once('.') {
        Some((prefix, local)) => match aliases.get(prefix) {
            Some(ns) => format!("{ns}.{local}"),
            None => name.to_owned(),
        },
        None => name.to_owned(),
    }
}

#[derive(Debug)]
pub struct TypeDef {
    pub namespace: String,
    pub name: String,
    pub line: u32,
    pub description: Option<String>,
    pub body: Body,
}

#[derive(Debug)]
pub enum Body {
    Structured(Structured),
    Enum(EnumDef),
}

#[derive(Debug)]
pub struct Structured {
    pub entity: bool,
    pub base: Option<String>,
    pub is_abstract: bool,
    pub open: bool,
    pub key: Vec<String>,
    pub properties: Vec<Property>,
    pub navigation: Vec<Navigation>,
}

/// A `NavigationProperty`: a link to other entities, in a body only when `$expand`ed.
#[derive(Debug, Clone)]
pub struct Navigation {
    pub name: String,
    /// The target entity type, qualified.
    pub target: String,
    pub collection: bool,
    /// `ContainsTarget="true"`: the targets live inside the owner (no `@odata.bind`).
    pub contains_target: bool,
    pub nullable: bool,
    pub line: u32,
    pub description: Option<String>,
}

impl Navigation {
    /// The type as CSDL writes it (`Collection(microsoft.graph.attachment)`).
    pub fn csdl_type(&self) -> String {
        if self.collection {
            format!("Collection({})", self.target)
        } else {
            self.target.clone()
        }
    }
}

/// An `EntitySet` (`singleton` false) or a `Singleton` of the entity container.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    /// The entity type, qualified.
    pub ty: String,
    pub singleton: bool,
    pub line: u32,
}

/// An `Action` or a `Function`.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The schema's namespace (`microsoft.graph`): with `name`, the qualified name.
    pub namespace: String,
    pub name: String,
    pub action: bool,
    /// `IsBound="true"`: the first parameter is the binding parameter.
    pub bound: bool,
    pub parameters: Vec<Parameter>,
    pub returns: Option<TypeRef>,
    pub line: u32,
}

impl Operation {
    /// The type the operation is bound to (`Collection(x)` counts for `x`).
    pub fn binding(&self) -> Option<&str> {
        self.parameters
            .first()
            .filter(|_| self.bound)
            .and_then(|p| p.ty.named())
    }
}

#[derive(Debug, Clone)]
pub struct Parameter {
    pub name: String,
    pub ty: TypeRef,
    /// `Nullable="false"` is absent (for the generated doc line).
    pub nullable: bool,
    pub line: u32,
}

/// A parameter's or return type's type: a qualified name or `Edm.*` (operations are not
/// generated, so any primitive is accepted), and whether it is a `Collection(..)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    pub name: String,
    pub collection: bool,
}

impl TypeRef {
    /// The declared type's qualified name, unless it is a primitive.
    pub fn named(&self) -> Option<&str> {
        (!self.name.starts_with("Edm.")).then_some(self.name.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Property {
    pub name: String,
    pub ty: PropType,
    pub collection: bool,
    pub nullable: bool,
    pub line: u32,
    pub description: Option<String>,
    /// Whether a patch may set the property.
    pub access: Access,
}

impl Property {
    /// The qualified name of the property's type, unless it is a primitive.
    pub fn named(&self) -> Option<&str> {
        match &self.ty {
            PropType::Named(n) => Some(n.as_str()),
            PropType::Edm(_) => None,
        }
    }
}

/// Who may write a property, least restricted first: a property marked twice keeps the
/// stronger mark (`max`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// Settable on create and update.
    #[default]
    ReadWrite,
    /// `Core.Immutable`: set when the entity is created, never updated.
    Immutable,
    /// `Core.Computed`, `Core.Permissions` = `Read`, or named by
    /// [`Options::read_only`](crate::Options::read_only): the service sets it.
    ReadOnly,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PropType {
    Edm(Primitive),
    Named(String),
}

/// The Edm primitive types the generator maps (see the crate docs' table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Primitive {
    String,
    Boolean,
    Byte,
    SByte,
    Int16,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    Date,
    DateTimeOffset,
    TimeOfDay,
    Duration,
    Guid,
    Binary,
    Untyped,
    Stream,
}

impl Primitive {
    const ALL: &[(&str, Primitive)] = &[
        ("Binary", Primitive::Binary),
        ("Boolean", Primitive::Boolean),
        ("Byte", Primitive::Byte),
        ("Date", Primitive::Date),
        ("DateTimeOffset", Primitive::DateTimeOffset),
        ("Decimal", Primitive::Decimal),
        ("Double", Primitive::Double),
        ("Duration", Primitive::Duration),
        ("Guid", Primitive::Guid),
        ("Int16", Primitive::Int16),
        ("Int32", Primitive::Int32),
        ("Int64", Primitive::Int64),
        ("SByte", Primitive::SByte),
        ("Single", Primitive::Single),
        ("Stream", Primitive::Stream),
        ("String", Primitive::String),
        ("TimeOfDay", Primitive::TimeOfDay),
        ("Untyped", Primitive::Untyped),
    ];

    pub(crate) fn from_name(name: &str) -> Option<Primitive> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
    }

    /// The CSDL name, for docs.
    pub fn edm_name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, p)| *p == self)
            .map_or("", |(n, _)| n)
    }

    pub(crate) fn supported() -> String {
        let names: Vec<String> = Self::ALL.iter().map(|(n, _)| format!("Edm.{n}")).collect();
        names.join(", ")
    }
}

#[derive(Debug)]
pub struct EnumDef {
    pub flags: bool,
    pub members: Vec<Member>,
}

#[derive(Debug)]
pub struct Member {
    pub name: String,
    pub value: i64,
    pub description: Option<String>,
}
