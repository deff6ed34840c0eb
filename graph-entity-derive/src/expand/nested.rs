//! `impl Nested`: what lets this type be the value of another's `#[graph(nested)]` property.
//! `apply`, `diff` and `merge` are the `Entity`/`Patch` ones; `full_patch` sets everything.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::{Context, respan};
use crate::ast::{Link, Role, Shape};
use crate::bound;

pub fn nested_impl(cx: &Context) -> TokenStream {
    let lazy = super::lazy_inline();
    let krate = &cx.krate;
    let entity = cx.entity;
    let patch = &cx.patch;
    let generics = cx.bounded(&bound::patch_traits(), cx.model.patchable());
    // `Members` and `DeserializeOwned` are supertraits: the parameters of every property (a key
    // too) are written and read, as the entity's `Serialize` and `Deserialize` impls bound them.
    let defaulted = cx
        .model
        .fields
        .iter()
        .filter(|f| f.role == Role::Skipped || f.attrs.default.is_some());
    let generics = bound::with_bound(
        &generics,
        &quote!(__ge::serde::Serialize + __ge::serde::de::DeserializeOwned),
        cx.model.properties(),
        defaulted,
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let marker_init = cx.marker_init();
    let apply_slot = super::merge::apply_slot(cx);
    let full = cx.model.patchable().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        if f.link != Link::None {
            // The patch field has the entity field's type: what is held is what is sent.
            return quote_spanned!(f.ty.span()=> #(#cfgs)* #ident: ::core::clone::Clone::clone(&self.#ident),);
        }
        let value = match f.shape {
            // Every token at the type, as `diff` clones: a type without `Clone` is one error for
            // both.
            Shape::Plain | Shape::Collection => {
                respan(quote!(::core::clone::Clone::clone(&self.#ident)), f.ty.span())
            }
            Shape::Single(ty) => {
                let nested = cx.nested(ty);
                quote!(<#ty as #nested>::full_patch(&self.#ident))
            }
            Shape::Nullable(ty) => {
                let nested = cx.nested(ty);
                quote!(<#ty as #nested>::__full_option(&self.#ident))
            }
        };
        Context::at_value(f, quote!(#(#cfgs)* #ident: ::core::option::Option::Some(#value),))
    });
    let dynamic = cx.model.open_patch().then(|| {
        let ident = cx.model.additional_data().map(|f| f.ident);
        quote!(additional_data: ::core::clone::Clone::clone(&self.#ident),)
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Nested for #entity #ty_generics #where_clause {
            type Patch = #patch #ty_generics;

            #[inline]
            fn apply_patch(&mut self, __patch: Self::Patch) {
                #krate::Entity::apply(self, __patch);
            }

            #apply_slot

            #[inline]
            fn diff_patch(&self, __updated: &Self) -> ::core::option::Option<Self::Patch> {
                let __patch = #krate::Entity::diff(self, __updated);
                if #krate::Patch::is_empty(&__patch) {
                    ::core::option::Option::None
                } else {
                    ::core::option::Option::Some(__patch)
                }
            }

            #[inline]
            fn merge_patch(__patch: &mut Self::Patch, __later: Self::Patch) {
                #krate::Patch::merge(__patch, __later);
            }

            #lazy
            fn full_patch(&self) -> Self::Patch {
                #patch { #(#full)* #dynamic #marker_init }
            }
        }
    }
}
