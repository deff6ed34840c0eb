//! The input of `#[derive(GraphEnum)]`: an OData enum type as a Rust enum of unit variants, plus
//! at most one `#[graph(other)] Other(String)` variant that keeps members this build does not
//! know.

use std::collections::HashMap;

use syn::{Data, DeriveInput, Fields, Ident};

use super::{ContainerAttrs, VariantAttrs};
use crate::attr::{self, Place};
use crate::ctxt::Errors;

pub struct EnumInput<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ContainerAttrs,
    /// The known members, in declaration order.
    pub members: Vec<Member<'a>>,
    /// The variant that keeps an unknown member's text.
    pub other: Option<&'a Ident>,
    /// The variant `Default` returns.
    pub default: Option<&'a Ident>,
}

pub struct Member<'a> {
    pub ident: &'a Ident,
    /// The member's name on the wire.
    pub wire: String,
}

impl<'a> EnumInput<'a> {
    /// Builds the model, recording every problem; `None` when the input is not an enum.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Self> {
        let attrs = ContainerAttrs::parse(&input.attrs, Place::Enum, errors);
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                errors.spanned(
                    data.struct_token,
                    "GraphEnum is for OData enum types, written as Rust enums; for a struct \
                     (an entity or complex type) derive `GraphEntity`",
                );
                return None;
            }
            Data::Union(data) => {
                errors.spanned(
                    data.union_token,
                    "GraphEnum is for OData enum types, written as Rust enums, not unions",
                );
                return None;
            }
        };
        let mut out = EnumInput {
            original: input,
            attrs,
            members: Vec::new(),
            other: None,
            default: None,
        };
        let mut seen: HashMap<String, &Ident> = HashMap::new();
        for variant in &data.variants {
            let attrs = VariantAttrs::parse(&variant.attrs, errors);
            let ident = &variant.ident;
            if let Some(other) = attrs.other {
                out.other_variant(variant, &attrs, other, errors);
                continue;
            }
            if !matches!(variant.fields, Fields::Unit) {
                errors.spanned(
                    &variant.fields,
                    format!(
                        "`{ident}` has fields: an OData enum member is a unit variant; only the \
                         `#[graph(other)]` variant holds a value (the text of a member this \
                         build does not know: `#[graph(other)] Other(String)`)"
                    ),
                );
                continue;
            }
            if let Some(default) = attrs.default {
                if out.default.is_some() {
                    errors.push(syn::Error::new(
                        default,
                        "a second `#[graph(default)]`: mark one member as the default",
                    ));
                }
                out.default = Some(ident);
            }
            let wire = match &attrs.rename {
                Some(rename) => rename.value(),
                None => out.attrs.rename_all.apply_to_variant(&ident.to_string()),
            };
            if let Some(first) = seen.insert(wire.clone(), ident) {
                errors.spanned(
                    ident,
                    format!(
                        "`{first}` and `{ident}` are both the member {wire:?}; give one of \
                         them `#[graph(rename = \"...\")]`"
                    ),
                );
            }
            out.members.push(Member { ident, wire });
        }
        Some(out)
    }

    fn other_variant(
        &mut self,
        variant: &'a syn::Variant,
        attrs: &VariantAttrs,
        span: proc_macro2::Span,
        errors: &mut Errors,
    ) {
        if self.other.is_some() {
            errors.push(syn::Error::new(
                span,
                "a second `#[graph(other)]` variant: one variant keeps the unknown members",
            ));
            return;
        }
        for (name, given) in [
            (attr::DEFAULT, attrs.default.is_some()),
            (attr::RENAME, attrs.rename.is_some()),
        ] {
            if given {
                errors.push(syn::Error::new(
                    span,
                    format!(
                        "`other` and `{name}` on one variant: the `other` variant is no member \
                         of its own; remove `{name}`"
                    ),
                ));
            }
        }
        match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                self.other = Some(&variant.ident);
            }
            _ => errors.spanned(
                &variant.ident,
                format!(
                    "the `#[graph(other)]` variant keeps the text of an unknown member: write \
                     it `{}(String)`",
                    variant.ident
                ),
            ),
        }
    }
}
