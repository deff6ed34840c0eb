//! `impl KeepType`, which every struct gets: where the struct, as the `#[graph(other)]` variant
//! of a polymorphic enum, keeps the `"@odata.type"` it was read as (a type no variant names).

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;

/// `KeepType` for a struct: in its `additional_data`, or nowhere.
pub fn keep_type(cx: &Context) -> TokenStream {
    let entity = cx.entity;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let (kept, keep) = match cx.model.additional_data() {
        Some(field) => {
            let ident = field.ident;
            (
                quote!(__ge::kept_type(&self.#ident)),
                quote!(__ge::keep_type(&mut self.#ident, __found);),
            )
        }
        None => (
            quote!(::core::option::Option::None),
            quote!(let _ = __found;),
        ),
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::KeepType for #entity #ty_generics #where_clause {
            #[inline]
            fn kept_type(&self) -> ::core::option::Option<&str> {
                #kept
            }

            #[inline]
            fn keep_type(&mut self, __found: &str) {
                #keep
            }
        }
    }
}
