//! Generics and inferred bounds: which type parameters a generated impl must bound, and the
//! patch's marker for parameters no patchable field uses.

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use syn::{GenericParam, Generics, Ident};

use crate::ast::{Field, Input};

/// What the `Entity` and `Patch` impls require of the patch's fields (the supertraits of
/// `Patch`). Named through `__ge`, the alias every expansion and the fallback define.
pub fn patch_traits() -> TokenStream {
    quote! {
        ::core::clone::Clone
            + ::core::fmt::Debug
            + ::core::cmp::PartialEq
            + __ge::serde::Serialize
            + __ge::serde::de::DeserializeOwned
    }
}

/// `generics` plus `bound` on each type parameter that appears in the type of one of `fields`
/// (as serde infers bounds: a parameter used only in skipped or key fields needs none), plus
/// `Default` on parameters of `defaulted` fields (read as `Default::default()`).
pub fn with_bound<'f>(
    generics: &Generics,
    bound: &TokenStream,
    fields: impl Iterator<Item = &'f Field<'f>>,
    defaulted: impl Iterator<Item = &'f Field<'f>>,
) -> Generics {
    let mentioned = mentioned_idents(fields);
    let mentioned_by_defaulted = mentioned_idents(defaulted);
    let mut generics = generics.clone();
    let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for param in params {
        let name = param.to_string();
        if mentioned.contains(&name) {
            where_clause
                .predicates
                .push(syn::parse_quote!(#param: #bound));
        }
        if mentioned_by_defaulted.contains(&name) {
            where_clause
                .predicates
                .push(syn::parse_quote!(#param: ::core::default::Default));
        }
    }
    generics
}

/// The patch type's hidden marker field and its initializer.
pub struct Marker {
    pub field: TokenStream,
    pub init: TokenStream,
}

/// The marker, needed when a generic parameter appears in no patchable field (Rust rejects
/// unused parameters).
pub fn marker(model: &Input) -> Option<Marker> {
    let mentioned = mentioned_idents(model.patchable());
    let unused: Vec<TokenStream> = model
        .original
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(t) if !mentioned.contains(&t.ident.to_string()) => {
                let ident = &t.ident;
                Some(quote!(#ident))
            }
            GenericParam::Lifetime(l) if !mentioned.contains(&l.lifetime.to_string()) => {
                let lifetime = &l.lifetime;
                Some(quote!(&#lifetime ()))
            }
            _ => None,
        })
        .collect();
    if unused.is_empty() {
        return None;
    }
    Some(Marker {
        field: quote! {
            #[doc(hidden)]
            pub __graph_marker: ::core::marker::PhantomData<fn() -> (#(#unused,)*)>,
        },
        init: quote!(__graph_marker: ::core::marker::PhantomData,),
    })
}

/// Every identifier and lifetime (as `'a`) in the types of `fields`.
fn mentioned_idents<'f>(fields: impl Iterator<Item = &'f Field<'f>>) -> Vec<String> {
    fields
        .flat_map(|f| {
            let ty = f.ty;
            idents_in(quote!(#ty))
        })
        .collect()
}

/// Every identifier and lifetime (as `'a`) in a token stream.
fn idents_in(tokens: TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    let mut tick = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                out.push(if tick {
                    format!("'{ident}")
                } else {
                    ident.to_string()
                });
                tick = false;
            }
            TokenTree::Punct(p) => tick = p.as_char() == '\'',
            TokenTree::Group(g) => {
                out.extend(idents_in(g.stream()));
                tick = false;
            }
            TokenTree::Literal(_) => tick = false,
        }
    }
    out
}
