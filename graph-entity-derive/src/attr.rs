//! `#[graph(...)]` attributes, parsed into plain data. Unknown, duplicate and malformed
//! attributes are errors at the offending tokens; parsing goes on so all of them are reported.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Ident, LitStr, Path, Token};

use crate::case::RenameRule;
use crate::ctxt::Errors;

const CONTAINER_ATTRS: &[&str] = &["odata_type", "rename_all", "crate", "patch", "patch_derive"];
const FIELD_ATTRS: &[&str] = &[
    "key",
    "read_only",
    "rename",
    "skip",
    "default",
    "csv",
    "csv_skip",
];

/// A value given in an attribute, with the span to point errors at.
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

#[derive(Default)]
pub struct Container {
    pub odata_type: Option<Spanned<String>>,
    pub rename_all: Option<Spanned<RenameRule>>,
    pub krate: Option<Path>,
    /// `patch = "Name"`: the patch type's name instead of `{Name}Patch`.
    pub patch: Option<Ident>,
    /// `patch_derive(Eq, Hash)`: extra derives on the patch type.
    pub patch_derive: Option<Vec<Path>>,
    /// A container attribute could not be read: a missing `odata_type` may be that one, so
    /// it is not reported again.
    pub malformed: bool,
}

#[derive(Default)]
pub struct Field {
    pub key: Option<Span>,
    pub read_only: Option<Span>,
    pub rename: Option<Spanned<String>>,
    pub skip: Option<Span>,
    pub default: Option<Span>,
    /// `csv = "Column Title"`: the property's column in CSV reports.
    pub csv: Option<Spanned<String>>,
    /// `csv_skip`: the property has no CSV column.
    pub csv_skip: Option<Span>,
}

pub fn container(attrs: &[Attribute], errors: &mut Errors) -> Container {
    let mut out = Container::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("graph")) {
        let result = attr.parse_nested_meta(|meta| {
            let name = attr_name(&meta);
            if let Err(error) = container_item(&meta, &name, &mut out, errors) {
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

fn container_item(
    meta: &ParseNestedMeta,
    name: &str,
    out: &mut Container,
    errors: &mut Errors,
) -> syn::Result<()> {
    match name {
        "odata_type" => {
            let lit = string_value(meta, name, "odata_type = \"namespace.TypeName\"")?;
            let value = Spanned {
                value: lit.value(),
                span: lit.span(),
            };
            set_once(&mut out.odata_type, value, meta, errors);
        }
        "rename_all" => {
            let lit = string_value(meta, name, "rename_all = \"camelCase\"")?;
            let Some(rule) = RenameRule::from_name(&lit.value()) else {
                return Err(syn::Error::new(
                    lit.span(),
                    format!(
                        "unknown rename rule `rename_all = {:?}`; expected one of {}",
                        lit.value(),
                        RenameRule::names()
                    ),
                ));
            };
            let value = Spanned {
                value: rule,
                span: lit.span(),
            };
            set_once(&mut out.rename_all, value, meta, errors);
        }
        "crate" => {
            let lit = string_value(meta, name, "crate = \"my_sdk::graph_entity\"")?;
            let path = lit.parse::<Path>().map_err(|_| {
                syn::Error::new(
                    lit.span(),
                    format!(
                        "`crate = {:?}` is not a path; write the path under which the \
                         graph_entity crate is reachable, e.g. `crate = \"my_sdk::graph_entity\"`",
                        lit.value()
                    ),
                )
            })?;
            set_once(&mut out.krate, path, meta, errors);
        }
        "patch" => {
            let lit = string_value(meta, name, "patch = \"UserUpdate\"")?;
            let ident = lit.parse::<Ident>().map_err(|_| {
                syn::Error::new(
                    lit.span(),
                    format!(
                        "`patch = {:?}` is not a type name; write an identifier, e.g. \
                         `patch = \"UserUpdate\"`",
                        lit.value()
                    ),
                )
            })?;
            set_once(&mut out.patch, ident, meta, errors);
        }
        "patch_derive" => {
            if !meta.input.peek(syn::token::Paren) {
                return Err(meta.error(
                    "`patch_derive` takes a list of derives: write `patch_derive(Eq, Hash)`",
                ));
            }
            let mut paths = Vec::new();
            meta.parse_nested_meta(|derive| {
                paths.push(derive.path.clone());
                Ok(())
            })?;
            set_once(&mut out.patch_derive, paths, meta, errors);
        }
        _ if FIELD_ATTRS.contains(&name) => {
            return Err(meta.error(format!(
                "`{name}` is a field attribute; put `#[graph({name})]` on a field, not on the struct"
            )));
        }
        _ => return Err(unknown(meta, name, "container", CONTAINER_ATTRS)),
    }
    Ok(())
}

pub fn field(attrs: &[Attribute], errors: &mut Errors) -> Field {
    let mut out = Field::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("graph")) {
        let result = attr.parse_nested_meta(|meta| {
            let name = attr_name(&meta);
            if let Err(error) = field_item(&meta, &name, &mut out, errors) {
                errors.push(error);
                skip_item(&meta)?;
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    out
}

fn field_item(
    meta: &ParseNestedMeta,
    name: &str,
    out: &mut Field,
    errors: &mut Errors,
) -> syn::Result<()> {
    let span = meta.path.segments[0].ident.span();
    match name {
        "key" => set_flag(&mut out.key, span, meta, errors)?,
        "read_only" => set_flag(&mut out.read_only, span, meta, errors)?,
        "skip" => set_flag(&mut out.skip, span, meta, errors)?,
        "default" => set_flag(&mut out.default, span, meta, errors)?,
        "csv_skip" => set_flag(&mut out.csv_skip, span, meta, errors)?,
        "rename" | "csv" => {
            let example = if name == "rename" {
                "#[graph(rename = \"wireName\")]"
            } else {
                "#[graph(csv = \"Column Title\")]"
            };
            let lit = string_value(meta, name, example)?;
            let value = Spanned {
                value: lit.value(),
                span: lit.span(),
            };
            let slot = if name == "rename" {
                &mut out.rename
            } else {
                &mut out.csv
            };
            set_once(slot, value, meta, errors);
        }
        _ if CONTAINER_ATTRS.contains(&name) => {
            return Err(meta.error(format!(
                "`{name}` is a container attribute; put `#[graph({name} = ...)]` on the struct, not on a field"
            )));
        }
        _ => return Err(unknown(meta, name, "field", FIELD_ATTRS)),
    }
    Ok(())
}

/// The string literal after `name =`, or an error that shows how to write it.
fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<LitStr> {
    let message = || format!("`{name}` takes a string: write `{example}`");
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

fn set_once<T>(slot: &mut Option<T>, value: T, meta: &ParseNestedMeta, errors: &mut Errors) {
    if slot.is_some() {
        errors.push(meta.error(format!(
            "duplicate graph attribute `{}`; give it once",
            attr_name(meta)
        )));
    } else {
        *slot = Some(value);
    }
}

/// A flag (`key`, `skip`, ...): it takes no value.
fn set_flag(
    slot: &mut Option<Span>,
    span: Span,
    meta: &ParseNestedMeta,
    errors: &mut Errors,
) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        let name = attr_name(meta);
        return Err(meta.error(format!("`{name}` takes no value; write `#[graph({name})]`")));
    }
    set_once(slot, span, meta, errors);
    Ok(())
}

fn unknown(meta: &ParseNestedMeta, name: &str, kind: &str, known: &[&str]) -> syn::Error {
    let list = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest(name, known) {
        Some(hint) => meta.error(format!(
            "unknown graph {kind} attribute `{name}`; did you mean `{hint}`?"
        )),
        None => meta.error(format!(
            "unknown graph {kind} attribute `{name}`; expected one of {list}"
        )),
    }
}

/// The known attribute within edit distance 2 of `name`, if any.
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (distance(name, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}
