//! The merge logic: `Entity` (`apply`, `diff`) and `Patch` (`is_empty`, `merge`,
//! `changed_properties`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::Names;
use crate::ast::Field;
use crate::bound;

pub fn trait_impls(names: &Names) -> TokenStream {
    let krate = &names.krate;
    let entity = names.entity;
    let patch = &names.patch;
    let odata_type = &names.odata_type;
    let generics = names.bounded(&bound::patch_traits(), names.model.patchable());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let fields: Vec<&Field> = names.model.patchable().collect();
    let marker_init = names.marker_init();
    let rest = marker_init.map(|_| quote!(..));

    let idents: Vec<_> = fields.iter().map(|f| f.ident).collect();
    let cfgs: Vec<Vec<_>> = fields.iter().map(|f| f.cfgs().collect()).collect();
    // Fields are moved out of the patch one by one rather than destructured first: LLVM keeps
    // the patch in place and skips absent fields cheaply (23% fewer instructions on a sparse
    // patch of a 60-field entity, BENCHMARKS.md).
    let apply = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote! {
            #(#cfgs)*
            if let ::core::option::Option::Some(__value) = __patch.#ident { self.#ident = __value; }
        }
    });
    let diff = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            #ident: {
                // Locals spanned at the type, so a missing trait points at the type.
                let (__old, __new) = (&self.#ident, &__updated.#ident);
                if ::core::cmp::PartialEq::ne(__old, __new) {
                    ::core::option::Option::Some(::core::clone::Clone::clone(__new))
                } else {
                    ::core::option::Option::None
                }
            },
        }
    });
    let is_empty = if names.model.has_cfg_fields() {
        let checks = fields.iter().map(|f| {
            let ident = f.ident;
            let cfgs = f.cfgs();
            quote!(#(#cfgs)* { __empty &= ::core::option::Option::is_none(&self.#ident); })
        });
        quote! {
            let mut __empty = true;
            #(#checks)*
            __empty
        }
    } else {
        let checks = idents
            .iter()
            .map(|ident| quote!(::core::option::Option::is_none(&self.#ident)));
        quote!(true #(&& #checks)*)
    };
    let merge = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote! {
            #(#cfgs)*
            if ::core::option::Option::is_some(&#ident) { self.#ident = #ident; }
        }
    });
    let changed = fields.iter().map(|f| {
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs: Vec<_> = f.cfgs().collect();
        if cfgs.is_empty() {
            quote!((::core::option::Option::is_some(&self.#ident), #wire),)
        } else {
            quote! {({
                let mut __present = false;
                #(#cfgs)* { __present = ::core::option::Option::is_some(&self.#ident); }
                __present
            }, #wire),}
        }
    });
    let count = fields.len();

    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Entity for #entity #ty_generics #where_clause {
            const ODATA_TYPE: &'static str = #odata_type;
            type Patch = #patch #ty_generics;

            fn apply(&mut self, __patch: Self::Patch) {
                #(#apply)*
            }

            fn diff(&self, __updated: &Self) -> Self::Patch {
                #patch { #(#diff)* #marker_init }
            }
        }

        #[automatically_derived]
        impl #impl_generics #krate::Patch for #patch #ty_generics #where_clause {
            type Entity = #entity #ty_generics;

            fn is_empty(&self) -> bool {
                #is_empty
            }

            fn merge(&mut self, __later: Self) {
                let #patch { #(#(#cfgs)* #idents,)* #rest } = __later;
                #(#merge)*
            }

            fn changed_properties(&self) -> impl ::core::iter::Iterator<Item = &'static str> {
                let __properties: [(bool, &'static str); #count] = [#(#changed)*];
                ::core::iter::Iterator::filter_map(
                    ::core::iter::IntoIterator::into_iter(__properties),
                    |(__present, __name)| if __present { ::core::option::Option::Some(__name) } else { ::core::option::Option::None },
                )
            }
        }
    }
}
