//! The input of `#[derive(GraphEntity)]` on an enum of newtype variants: a polymorphic type
//! family (`AnyDirectoryObject { User(User), Group(Group), #[graph(other)] DirectoryObject(..) }`),
//! one variant a type, dispatched on `"@odata.type"`.

use std::collections::HashMap;

use quote::ToTokens;
use syn::{DataEnum, DeriveInput, Fields, Ident, Type};

use super::{ContainerAttrs, VariantAttrs};
use crate::attr::{self, Name};
use crate::ctxt::Errors;

pub struct PolyInput<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ContainerAttrs,
    /// The variants that could be read, in declaration order.
    pub variants: Vec<PolyVariant<'a>>,
}

pub struct PolyVariant<'a> {
    pub ident: &'a Ident,
    /// The wrapped struct (a `GraphEntity`).
    pub ty: &'a Type,
    /// `#[graph(other)]`: reads the types no variant names.
    pub other: bool,
}

impl<'a> PolyInput<'a> {
    /// Builds the model, recording every problem.
    pub fn from_syn(input: &'a DeriveInput, data: &'a DataEnum, errors: &mut Errors) -> Self {
        let attrs = ContainerAttrs::parse_poly(&input.attrs, errors);
        if let Some(param) = input.generics.params.first() {
            errors.spanned(
                param,
                "a polymorphic enum cannot be generic: each variant wraps one concrete \
                 `GraphEntity` struct",
            );
        }
        let mut out = PolyInput {
            original: input,
            attrs,
            variants: Vec::new(),
        };
        let mut other: Option<&Ident> = None;
        let mut types: HashMap<String, &Ident> = HashMap::new();
        for variant in &data.variants {
            let attrs = VariantAttrs::parse(&variant.attrs, errors);
            let ident = &variant.ident;
            if let Some(rename) = &attrs.rename {
                errors.spanned(
                    rename,
                    misplaced(
                        attr::RENAME,
                        "a variant is read and written under its type's `odata_type`",
                    ),
                );
            }
            if let Some(default) = attrs.default {
                errors.push(syn::Error::new(
                    default,
                    misplaced(
                        attr::DEFAULT,
                        "a row without `@odata.type` reads as the variant whose type is the \
                         enum's `odata_type`",
                    ),
                ));
            }
            let is_other = attrs.other;
            if let (Some(span), Some(first)) = (is_other, other) {
                errors.push(syn::Error::new(
                    span,
                    format!(
                        "a second `#[graph(other)]` variant (`{first}` is one): one variant \
                         reads the types no variant names; mark only one"
                    ),
                ));
            } else if is_other.is_some() {
                other = Some(ident);
            }
            let ty = match &variant.fields {
                Fields::Unnamed(fields) if fields.unnamed.len() == 1 => &fields.unnamed[0].ty,
                _ => {
                    errors.spanned(
                        variant,
                        format!(
                            "`{ident}` is not a newtype variant: each variant of a polymorphic \
                             enum wraps one `GraphEntity` struct, e.g. `{ident}({ident})`"
                        ),
                    );
                    continue;
                }
            };
            let key = ty.to_token_stream().to_string();
            if let Some(first) = types.insert(key, ident) {
                errors.spanned(
                    ty,
                    format!(
                        "`{first}` and `{ident}` both wrap `{}`: a row's `@odata.type` picks \
                         one variant, so each variant wraps a different type",
                        ty.to_token_stream()
                    ),
                );
            }
            out.variants.push(PolyVariant {
                ident,
                ty,
                other: is_other.is_some(),
            });
        }
        out
    }
}

/// `rename` or `default` on a variant of a polymorphic enum, and `why` it means nothing there.
fn misplaced(name: Name, why: &str) -> String {
    format!("`{name}` on a variant of a polymorphic enum: {why}; remove `{name}`")
}
