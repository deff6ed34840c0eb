//! `#[graph(...)]` attributes, parsed into plain data.
//!
//! One table, [`ATTRS`], says for every attribute where it may appear and what it takes. It
//! drives the parser, the "expected one of" lists, the misplaced-attribute errors and the "did
//! you mean" suggestions: a new attribute costs one row (plus the code that uses it). Unknown,
//! duplicate, misplaced and malformed attributes are errors at the offending tokens; parsing
//! goes on after each, so all of them are reported in one compile.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, LitStr, Path, Token};

use crate::ctxt::Errors;
use crate::suggest::closest;

/// Where an attribute is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Place {
    /// On a struct deriving `GraphEntity`.
    Struct,
    /// On an enum (deriving `GraphEnum`).
    Enum,
    /// On a field of a struct.
    Field,
    /// On a variant of an enum.
    Variant,
}

impl Place {
    fn noun(self) -> &'static str {
        match self {
            Place::Struct => "struct",
            Place::Enum => "enum",
            Place::Field => "field",
            Place::Variant => "variant",
        }
    }
}

/// What an attribute takes after its name; the text is how to write it, for error messages.
#[derive(Clone, Copy)]
pub enum Takes {
    /// Nothing: `#[graph(key)]`.
    Flag,
    /// A string literal: `rename = "wireName"`.
    Str(&'static str),
    /// A parenthesised list of paths: `patch_derive(Eq, Hash)`.
    List(&'static str),
}

/// The name of a `#[graph(...)]` attribute: one of the constants below, never a string
/// written at the place that uses it, so a misspelt name does not compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Name(&'static str);

impl Name {
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

// Container attributes.
pub const ODATA_TYPE: Name = Name("odata_type");
pub const RENAME_ALL: Name = Name("rename_all");
pub const CRATE: Name = Name("crate");
pub const PATCH: Name = Name("patch");
pub const PATCH_DERIVE: Name = Name("patch_derive");
pub const OPEN_TYPE: Name = Name("open_type");
pub const OMIT_ODATA_TYPE: Name = Name("omit_odata_type");
pub const OMIT_NONE: Name = Name("omit_none");
pub const CFG_NAVIGATION: Name = Name("cfg_navigation");
pub const ACTION: Name = Name("action");
// Field attributes (`rename` and `default` also on variants).
pub const KEY: Name = Name("key");
pub const READ_ONLY: Name = Name("read_only");
pub const RENAME: Name = Name("rename");
pub const SKIP: Name = Name("skip");
pub const DEFAULT: Name = Name("default");
pub const CSV: Name = Name("csv");
pub const CSV_SKIP: Name = Name("csv_skip");
pub const NESTED: Name = Name("nested");
pub const ADDITIONAL_DATA: Name = Name("additional_data");
pub const ETAG: Name = Name("etag");
pub const NAVIGATION: Name = Name("navigation");
pub const BIND: Name = Name("bind");
// Variant attributes.
pub const OTHER: Name = Name("other");

/// One row of the attribute table.
pub struct Def {
    pub name: Name,
    pub takes: Takes,
    pub places: &'static [Place],
}

use Place::{Enum, Field, Struct, Variant};
use Takes::{Flag, List, Str};

const CONTAINER: &[Place] = &[Struct, Enum];

/// Every `#[graph(...)]` attribute, in the order error messages list them.
pub const ATTRS: &[Def] = &[
    def(
        ODATA_TYPE,
        Str("odata_type = \"namespace.TypeName\""),
        CONTAINER,
    ),
    def(RENAME_ALL, Str("rename_all = \"camelCase\""), CONTAINER),
    def(CRATE, Str("crate = \"my_sdk::graph_entity\""), CONTAINER),
    def(PATCH, Str("patch = \"UserUpdate\""), &[Struct]),
    def(PATCH_DERIVE, List("patch_derive(Eq, Hash)"), &[Struct]),
    def(OPEN_TYPE, Flag, &[Struct]),
    def(OMIT_ODATA_TYPE, Flag, &[Struct]),
    def(OMIT_NONE, Flag, &[Struct]),
    def(
        CFG_NAVIGATION,
        Str("cfg_navigation = \"messages attachments\""),
        &[Struct],
    ),
    def(
        ACTION,
        Str("action = \"microsoft.graph.sendMail\""),
        &[Struct],
    ),
    def(KEY, Flag, &[Field]),
    def(READ_ONLY, Flag, &[Field]),
    def(RENAME, Str("rename = \"wireName\""), &[Field, Variant]),
    def(SKIP, Flag, &[Field]),
    def(DEFAULT, Flag, &[Field, Variant]),
    def(CSV, Str("csv = \"Column Title\""), &[Field]),
    def(CSV_SKIP, Flag, &[Field]),
    def(NESTED, Flag, &[Field]),
    def(ADDITIONAL_DATA, Flag, &[Field]),
    def(ETAG, Flag, &[Field]),
    def(NAVIGATION, Flag, &[Field]),
    def(BIND, Str("bind = \"navigationProperty\""), &[Field]),
    def(OTHER, Flag, &[Variant]),
];

const fn def(name: Name, takes: Takes, places: &'static [Place]) -> Def {
    Def {
        name,
        takes,
        places,
    }
}

/// A value given in an attribute.
enum Value {
    Flag,
    Str(LitStr),
    List(Vec<Path>),
}

/// One attribute as written, with the span of its name.
struct Item {
    name: Name,
    span: Span,
    value: Value,
}

/// The `#[graph(...)]` attributes of one struct, enum, field or variant, each at most once, as
/// written: `ast` reads them once into its typed attributes (`ast::attrs`), the only place they
/// are looked up by name.
#[derive(Default)]
pub struct Attrs {
    items: Vec<Item>,
    /// An attribute could not be read: a missing required one may be that one, so it is not
    /// reported again.
    pub malformed: bool,
}

impl Attrs {
    fn get(&self, name: Name) -> Option<&Item> {
        self.items.iter().find(|item| item.name == name)
    }

    /// The span of `name` (the attribute's name, whatever it takes), if present.
    pub fn flag(&self, name: Name) -> Option<Span> {
        self.get(name).map(|item| item.span)
    }

    /// The string given to `name`, if present.
    pub fn string(&self, name: Name) -> Option<&LitStr> {
        match self.get(name).map(|item| &item.value) {
            Some(Value::Str(lit)) => Some(lit),
            _ => None,
        }
    }

    /// The list given to `name`, if present.
    pub fn list(&self, name: Name) -> Option<&[Path]> {
        match self.get(name).map(|item| &item.value) {
            Some(Value::List(paths)) => Some(paths),
            _ => None,
        }
    }
}

/// Parses every `#[graph(...)]` among `attrs`, written at `place`.
pub fn parse(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("graph")) {
        let result = attr.parse_nested_meta(|meta| {
            if let Err(error) = item(&meta, place, &mut out, errors) {
                out.malformed = true;
                errors.push(error);
                skip_item(&meta)?;
            }
            Ok(())
        });
        if let Err(error) = result {
            out.malformed = true;
            errors.push(error);
        }
    }
    out
}

fn item(
    meta: &ParseNestedMeta,
    place: Place,
    out: &mut Attrs,
    errors: &mut Errors,
) -> syn::Result<()> {
    let name = attr_name(meta);
    let Some(def) = ATTRS.iter().find(|def| def.name.as_str() == name) else {
        return Err(unknown(meta, &name, place));
    };
    if !def.places.contains(&place) {
        return Err(misplaced(meta, def, place));
    }
    let value = match def.takes {
        Takes::Flag => {
            if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                return Err(
                    meta.error(format!("`{name}` takes no value; write `#[graph({name})]`"))
                );
            }
            Value::Flag
        }
        Takes::Str(example) => Value::Str(string_value(meta, &name, example)?),
        Takes::List(example) => {
            if !meta.input.peek(syn::token::Paren) {
                return Err(meta.error(format!(
                    "`{name}` takes a list: write `#[graph({example})]`"
                )));
            }
            let mut paths = Vec::new();
            meta.parse_nested_meta(|nested| {
                paths.push(nested.path.clone());
                Ok(())
            })?;
            Value::List(paths)
        }
    };
    if out.get(def.name).is_some() {
        errors.push(meta.error(format!("duplicate graph attribute `{name}`; give it once")));
    } else {
        out.items.push(Item {
            name: def.name,
            span: meta.path.segments[0].ident.span(),
            value,
        });
    }
    Ok(())
}

/// The string literal after `name =`, or an error that shows how to write it.
fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<LitStr> {
    let message = || format!("`{name}` takes a string: write `#[graph({example})]`");
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(message()));
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        value.parse()
    } else {
        Err(value.error(message()))
    }
}

/// After an error in one item of `#[graph(a, b = ..., c)]`, skips to the next item so the
/// rest of the attribute is still read (and its own mistakes reported).
fn skip_item(meta: &ParseNestedMeta) -> syn::Result<()> {
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

fn attr_name(meta: &ParseNestedMeta) -> String {
    let path = &meta.path;
    match path.get_ident() {
        Some(ident) => ident.to_string(),
        None => quote::quote!(#path).to_string().replace(' ', ""),
    }
}

/// An attribute written where it does not belong: says where it goes.
fn misplaced(meta: &ParseNestedMeta, def: &Def, place: Place) -> syn::Error {
    let name = def.name;
    let written = match def.takes {
        Takes::Flag => format!("#[graph({name})]"),
        Takes::Str(example) | Takes::List(example) => format!("#[graph({example})]"),
    };
    let wanted: Vec<&str> = def.places.iter().map(|p| p.noun()).collect();
    let kind = if def.places == CONTAINER {
        "container".to_owned()
    } else {
        wanted.join(" or ")
    };
    let target = if def.places == CONTAINER {
        "the struct or enum".to_owned()
    } else {
        format!("a {}", wanted.join(" or a "))
    };
    meta.error(format!(
        "`{name}` is a {kind} attribute; put `{written}` on {target}, not on {}",
        match place {
            Place::Struct => "the struct",
            Place::Enum => "the enum",
            Place::Field => "a field",
            Place::Variant => "a variant",
        }
    ))
}

/// An attribute that is not in the table: the closest one allowed here, or the list of them.
fn unknown(meta: &ParseNestedMeta, name: &str, place: Place) -> syn::Error {
    let known: Vec<&str> = ATTRS
        .iter()
        .filter(|def| def.places.contains(&place))
        .map(|def| def.name.as_str())
        .collect();
    let kind = match place {
        Place::Struct | Place::Enum => "container",
        Place::Field => "field",
        Place::Variant => "variant",
    };
    if let Some(hint) = closest(name, &known) {
        meta.error(format!(
            "unknown graph {kind} attribute `{name}`; did you mean `{hint}`?"
        ))
    } else {
        let list = known
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        meta.error(format!(
            "unknown graph {kind} attribute `{name}`; expected one of {list}"
        ))
    }
}
