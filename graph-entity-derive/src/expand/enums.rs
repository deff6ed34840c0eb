//! `#[derive(GraphEnum)]`: `graph_entity::Enum` (the member table), `Serialize`, `Deserialize`
//! (through the runtime's enum reader, which falls back to matching the members ignoring ASCII
//! case, and names the type and suggests the closest member), and `Default` when a member is
//! marked `default`. `from_member` stays an exact `match`: the case-insensitive fallback is one
//! generic function in the runtime, not code generated per enum.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::enums::EnumInput;

pub fn expand(input: &EnumInput) -> TokenStream {
    let lazy = super::lazy_inline();
    let krate = input
        .attrs
        .krate
        .as_ref()
        .map_or_else(|| quote!(::graph_entity), |path| quote!(#path));
    let ident = &input.original.ident;
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let odata_type = input
        .attrs
        .odata_type
        .as_ref()
        .map_or_else(String::new, |t| t.value.clone());
    let wires: Vec<&String> = input.members.iter().map(|m| &m.wire).collect();
    let variants: Vec<&syn::Ident> = input.members.iter().map(|m| m.ident).collect();
    let indexes = 0..variants.len();
    let (unknown, other_member, other_index) = match input.other {
        Some(other) => (
            quote!(::core::option::Option::Some(Self::#other(::std::string::ToString::to_string(__member)))),
            quote!(Self::#other(__text) => __text,),
            quote!(Self::#other(_) => ::core::option::Option::None,),
        ),
        None => (
            quote!(::core::option::Option::None),
            TokenStream::new(),
            TokenStream::new(),
        ),
    };
    let default = input.default.map(|variant| {
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::default::Default for #ident #ty_generics #where_clause {
                #lazy
                fn default() -> Self {
                    Self::#variant
                }
            }
        }
    });
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;

            #[automatically_derived]
            impl #impl_generics #krate::Enum for #ident #ty_generics #where_clause {
                const ODATA_TYPE: &'static str = #odata_type;
                const MEMBERS: &'static [&'static str] = &[#(#wires),*];

                #lazy
                fn from_member(__member: &str) -> ::core::option::Option<Self> {
                    match __member {
                        #(#wires => ::core::option::Option::Some(Self::#variants),)*
                        _ => #unknown,
                    }
                }

                #lazy
                fn member(&self) -> &str {
                    match self {
                        #(Self::#variants => #wires,)*
                        #other_member
                    }
                }

                #lazy
                fn index(&self) -> ::core::option::Option<usize> {
                    match self {
                        #(Self::#variants => ::core::option::Option::Some(#indexes),)*
                        #other_index
                    }
                }
            }

            #[automatically_derived]
            impl #impl_generics __ge::serde::Serialize for #ident #ty_generics #where_clause {
                #[inline]
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: __ge::serde::Serializer,
                {
                    __ge::serialize_enum(self, __serializer)
                }
            }

            #[automatically_derived]
            impl<'__de> __ge::serde::Deserialize<'__de> for #ident #ty_generics #where_clause {
                #[inline]
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __ge::serde::Deserializer<'__de>,
                {
                    __ge::deserialize_enum(__deserializer)
                }
            }

            #default
        };
    }
}
