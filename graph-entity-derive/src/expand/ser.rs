//! `Serialize` for the entity and for its patch: one generator, since both write
//! `"@odata.type"` and then their properties in declaration order. They differ only in which
//! fields they write and whether a field may be absent.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Names;
use crate::ast::Field;

/// The entity writes every property on the wire (`null` for `None`).
pub fn entity(names: &Names) -> TokenStream {
    let fields: Vec<&Field> = names.model.on_wire().collect();
    serialize(names, names.entity, &fields, Presence::Always)
}

/// The patch writes only the present properties.
pub fn patch(names: &Names) -> TokenStream {
    let fields: Vec<&Field> = names.model.patchable().collect();
    serialize(names, &names.patch, &fields, Presence::IfSome)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Presence {
    /// The field is always written.
    Always,
    /// The field is an `Option`: written when `Some`, with the inner value.
    IfSome,
}

fn serialize(names: &Names, target: &Ident, fields: &[&Field], presence: Presence) -> TokenStream {
    let generics = names.bounded(&quote!(__ge::serde::Serialize), fields.iter().copied());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let type_value = format!("#{}", names.odata_type);
    let len = length(names, fields, presence);
    let entries = fields.iter().map(|f| {
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs = f.cfgs();
        // Spanned at the field's type, so a missing `Serialize` points at the type.
        let write = quote_spanned! {f.ty.span()=>
            __ge::serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, __value)?;
        };
        match presence {
            Presence::Always => quote!(#(#cfgs)* { let __value = &self.#ident; #write }),
            Presence::IfSome => quote! {
                #(#cfgs)*
                if let ::core::option::Option::Some(__value) = &self.#ident { #write }
            },
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::serde::Serialize for #target #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __ge::serde::Serializer,
            {
                #len
                let mut __map = __ge::serde::Serializer::serialize_map(
                    __serializer,
                    ::core::option::Option::Some(__len),
                )?;
                __ge::serde::ser::SerializeMap::serialize_entry(&mut __map, "@odata.type", #type_value)?;
                #(#entries)*
                __ge::serde::ser::SerializeMap::end(__map)
            }
        }
    }
}

/// `let __len = ...;`: the number of members, `@odata.type` included. One expression unless a
/// field is under `#[cfg]`, whose count can only be added where the field exists.
fn length(names: &Names, fields: &[&Field], presence: Presence) -> TokenStream {
    let present = |f: &Field| match presence {
        Presence::Always => quote!(1),
        Presence::IfSome => {
            let ident = f.ident;
            quote!(<usize as ::core::convert::From<bool>>::from(::core::option::Option::is_some(&self.#ident)))
        }
    };
    if names.model.has_cfg_fields() {
        let adds = fields.iter().map(|f| {
            let cfgs = f.cfgs();
            let one = present(f);
            quote!(#(#cfgs)* { __len += #one; })
        });
        quote! {
            let mut __len: usize = 1;
            #(#adds)*
        }
    } else if presence == Presence::Always {
        let count = 1 + fields.len();
        quote!(let __len: usize = #count;)
    } else {
        let terms = fields.iter().map(|f| present(f));
        quote!(let __len: usize = 1 #(+ #terms)*;)
    }
}
