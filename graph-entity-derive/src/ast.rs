//! The input struct as this crate sees it: fields classified, wire names resolved, borrowing the
//! syn tree so every error can point at the user's tokens.

use syn::ext::IdentExt;
use syn::{Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, PathArguments, Type};

use crate::attr;
use crate::case::RenameRule;
use crate::ctxt::Errors;

pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: attr::Container,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub attrs: attr::Field,
    /// The property name on the wire.
    pub wire: String,
    /// The type is spelled `Option<T>`: the property is nullable.
    pub nullable: bool,
}

/// How a field takes part in the wire form and the patch.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Not on the wire, not in the patch; `Default::default()` when read.
    Skipped,
    /// On the wire, not in the patch (`key` or `read_only`).
    ReadOnly,
    /// On the wire and in the patch.
    Patchable,
}

impl<'a> Input<'a> {
    /// Builds the model, or returns `None` (with the error recorded) when the input is not a
    /// struct with named fields.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Self> {
        let attrs = attr::container(&input.attrs, errors);
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named,
                Fields::Unnamed(_) => {
                    errors.spanned(
                        &input.ident,
                        "GraphEntity needs a struct with named fields (an OData object has \
                         named properties); this is a tuple struct",
                    );
                    return None;
                }
                Fields::Unit => {
                    errors.spanned(
                        &input.ident,
                        "GraphEntity needs a struct with named fields (an OData object has \
                         named properties); this is a unit struct",
                    );
                    return None;
                }
            },
            Data::Enum(data) => {
                errors.spanned(
                    data.enum_token,
                    "GraphEntity can only be derived for a struct with named fields, not an enum",
                );
                return None;
            }
            Data::Union(data) => {
                errors.spanned(
                    data.union_token,
                    "GraphEntity can only be derived for a struct with named fields, not a union",
                );
                return None;
            }
        };
        let rule = attrs
            .rename_all
            .as_ref()
            .map_or(RenameRule::CamelCase, |r| r.value);
        let fields = named
            .named
            .iter()
            .filter_map(|field| {
                let ident = field.ident.as_ref()?;
                let attrs = attr::field(&field.attrs, errors);
                let wire = match &attrs.rename {
                    Some(rename) => rename.value.clone(),
                    None => rule.apply(ident.unraw().to_string().as_str()),
                };
                Some(Field {
                    original: field,
                    ident,
                    ty: &field.ty,
                    nullable: option_inner(&field.ty).is_some(),
                    attrs,
                    wire,
                })
            })
            .collect();
        Some(Input {
            original: input,
            attrs,
            fields,
        })
    }

    pub fn patchable(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| f.role() == Role::Patchable)
    }

    pub fn on_wire(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| f.role() != Role::Skipped)
    }
}

impl Field<'_> {
    pub fn role(&self) -> Role {
        if self.attrs.skip.is_some() {
            Role::Skipped
        } else if self.attrs.key.is_some() || self.attrs.read_only.is_some() {
            Role::ReadOnly
        } else {
            Role::Patchable
        }
    }

    /// The CSV column title: `csv = "..."`, or else the wire name.
    pub fn csv_title(&self) -> &str {
        self.attrs.csv.as_ref().map_or(&self.wire, |csv| &csv.value)
    }

    /// `#[doc]` attributes, carried over to the patch field.
    pub fn docs(&self) -> impl Iterator<Item = &Attribute> {
        self.original
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
    }

    /// `#[cfg]` attributes, carried over to every place the field appears.
    pub fn cfgs(&self) -> impl Iterator<Item = &Attribute> {
        self.original
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
    }
}

/// `T` if `ty` is spelled `Option<T>`, `core::option::Option<T>` or `std::option::Option<T>`.
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<_> = path.path.segments.iter().collect();
    let last = segments.last()?;
    let prefix_ok = match segments.len() {
        1 => path.path.leading_colon.is_none(),
        3 => {
            (segments[0].ident == "core" || segments[0].ident == "std")
                && segments[1].ident == "option"
        }
        _ => false,
    };
    if !prefix_ok || last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}
