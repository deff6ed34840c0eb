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

/// One row of the attribute table.
pub struct Def {
    pub name: &'static str,
    pub takes: Takes,
    pub places: &'static [Place],
}

use Place::{Enum, Field, Struct, Variant};
use Takes::{Flag, List, Str};

const CONTAINER: &[Place] = &[Struct, Enum];

/// Every `#[graph(...)]` attribute, in the order error messages list them.
pub const ATTRS: &[Def] = &[
    def(
        "odata_type",
        Str("odata_type = \"namespace.TypeName\""),
        CONTAINER,
    ),
    def("rename_all", Str("rename_all = \"camelCase\""), CONTAINER),
    def("crate", Str("crate = \"my_sdk::graph_entity\""), CONTAINER),
    def("patch", Str("patch = \"UserUpdate\""), &[Struct]),
    def("patch_derive", List("patch_derive(Eq, Hash)"), &[Struct]),
    def("open_type", Flag, &[Struct]),
    def("omit_odata_type", Flag, &[Struct]),
    def("omit_none", Flag, &[Struct]),
    def(
        "cfg_navigation",
        Str("cfg_navigation = \"messages attachments\""),
        &[Struct],
    ),
    def(
        "action",
        Str("action = \"microsoft.graph.sendMail\""),
        &[Struct],
    ),
    def("key", Flag, &[Field]),
    def("read_only", Flag, &[Field]),
    def("rename", Str("rename = \"wireName\""), &[Field, Variant]),
    def("skip", Flag, &[Field]),
    def("default", Flag, &[Field, Variant]),
    def("csv", Str("csv = \"Column Title\""), &[Field]),
    def("csv_skip", Flag, &[Field]),
    def("nested", Flag, &[Field]),
    def("additional_data", Flag, &[Field]),
    def("etag", Flag, &[Field]),
    def("navigation", Flag, &[Field]),
    def("bind", Str("bind = \"navigationProperty\""), &[Field]),
    def("other", Flag, &[Variant]),
];

const fn def(name: &'static str, takes: Takes, places: &'static [Place]) -> Def {
    Def {
        name,
        takes,
        places,
    }
}

/// A value given in an attribute.
pub enum Value {
    Flag,
    Str(LitStr),
    List(Vec<Path>),
}

/// One attribute as written, with the span of its name.
pub struct Item {
    pub name: &'static str,
    pub span: Span,
    pub value: Value,
}

/// The `#[graph(...)]` attributes of one struct, enum, field or variant, each at most once.
#[derive(Default)]
pub struct Attrs {
    items: Vec<Item>,
    /// An attribute could not be read: a missing required one may be that one, so it is not
    /// reported again.
    pub malformed: bool,
}

impl Attrs {
    fn get(&self, name: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.name == name)
    }

    /// The span of flag `name`, if present.
    pub fn flag(&self, name: &str) -> Option<Span> {
        self.get(name).map(|item| item.span)
    }

    /// The string given to `name`, if present.
    pub fn string(&self, name: &str) -> Option<&LitStr> {
        match self.get(name).map(|item| &item.value) {
            Some(Value::Str(lit)) => Some(lit),
            _ => None,
        }
    }

    /// The list given to `name`, if present.
    pub fn list(&self, name: &str) -> Option<&[Path]> {
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
    let Some(def) = ATTRS.iter().find(|def| def.name == name) else {
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
        .map(|def| def.name)
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
