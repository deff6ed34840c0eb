//! The generator's model of a CSDL document: what the parser (`csdl`) fills and the resolver
//! and emitter read.

use std::collections::{BTreeMap, HashMap};

/// Every type of a document, by qualified name (sorted, so output order never depends on the
/// document's order).
#[derive(Debug, Default)]
pub struct Model {
    pub types: BTreeMap<String, TypeDef>,
    /// Schema and vocabulary aliases (`graph` -> `microsoft.graph`), document-wide.
    pub aliases: HashMap<String, String>,
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
    pub navigation: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Property {
    pub name: String,
    pub ty: PropType,
    pub collection: bool,
    pub nullable: bool,
    pub line: u32,
    pub description: Option<String>,
    pub read_only: bool,
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
