//! `#[graph(action = "...")]`: the body of an action, its parameters as members. Written like an
//! `omit_none` entity without `"@odata.type"` (the `ser` generator), read by the entity's
//! visitor (the `de` generator) with this file's member cx: exact first, then ignoring
//! ASCII case (the API reference sends `Message` as well as `message`), anything else an error
//! with "did you mean". No patch, no `Entity`: a body is sent once, never merged.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Context, de, ser, variant};
use crate::ast::Field;

/// Everything the derive emits for a valid action body.
pub fn expand(cx: &Context) -> TokenStream {
    let krate = &cx.krate;
    let field_visitor = field_visitor(cx);
    let ser = ser::entity(cx);
    let de = de::entity(cx);
    let action_body = action_body_impl(cx);
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, non_camel_case_types, unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;
            #field_visitor
            #ser
            #de
            #action_body
        };
    }
}

/// The qualified action name, `action = "..."`.
fn action_name(cx: &Context) -> String {
    cx.model
        .attrs
        .action
        .as_ref()
        .map_or_else(String::new, |a| a.value.clone())
}

/// `impl ActionBody`: the action's name.
fn action_body_impl(cx: &Context) -> TokenStream {
    let krate = &cx.krate;
    let target = cx.entity;
    let action = action_name(cx);
    let generics = cx.bounded(&quote!(__ge::serde::Serialize), cx.model.properties());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::ActionBody for #target #ty_generics #where_clause {
            const ACTION: &'static str = #action;
        }
    }
}

/// `__Field` and its seed, as the entity's visitor expects them; a body has no annotations, so
/// `__type` and `__ignore` are never produced (an `@odata.type` is an unknown parameter).
fn field_visitor(cx: &Context) -> TokenStream {
    let action = action_name(cx);
    let on_wire: Vec<&Field> = cx.model.properties().collect();
    let variants = de::field_variants(&on_wire);
    let exact = de::exact_arms(&on_wire);
    let folded = on_wire.iter().enumerate().map(|(i, f)| {
        let v = variant(i);
        let wire = &f.wire;
        let cfgs = f.cfgs();
        quote! {
            #(#cfgs)*
            _ if __value.eq_ignore_ascii_case(#wire) => ::core::result::Result::Ok(__Field::#v),
        }
    });
    let parameters = on_wire.iter().map(|f| &f.wire);
    let seed = de::field_seed(
        "a parameter name",
        &quote! {
            match __value {
                #(#exact)*
                #(#folded)*
                _ => ::core::result::Result::Err(__ge::unknown_parameter(#action, __value, __PARAMETERS)),
            }
        },
    );
    quote! {
        #[allow(dead_code)]
        enum __Field { #(#variants)* __type, __ignore }

        const __PARAMETERS: &[&str] = &[#(#parameters),*];

        #seed
    }
}
