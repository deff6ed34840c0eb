//! The member names of an entity's, a patch's or an action body's object: `__Field`, one
//! variant per property, and its `FieldName`, which reads a name into it (a patch's unknown or
//! read-only name is an error there, before its value is read).

use proc_macro2::TokenStream;
use quote::quote;

use super::super::{Context, variant};
use crate::ast::{Field, Link};

/// `__Field` and its seed: property names to variants, shared by entity and patch.
pub fn field_visitor(cx: &Context) -> TokenStream {
    let on_wire: Vec<&Field> = cx.model.properties().collect();
    let keeps = cx.model.additional_data().is_some() || cx.model.open_patch();
    let etag_variant = cx.model.etag().map(|_| quote!(__etag,));
    let etag_arm = cx
        .model
        .etag()
        .map(|_| quote!("@odata.etag" => ::core::result::Result::Ok(__Field::__etag),));
    let other_variant = keeps.then(|| quote!(__other(::std::string::String),));
    let (entity_unknown, patch_unknown) = unknown_members(cx);
    let variants = field_variants(&on_wire);
    let arms = exact_arms(&on_wire);
    let patchable = cx.model.patchable().map(|f| &f.wire);
    let binds = cx
        .model
        .patchable()
        .filter(|f| matches!(f.link, Link::Bind { .. }))
        .map(|f| &f.wire);
    let cfg_navigation = cx
        .model
        .attrs
        .cfg_navigation
        .as_ref()
        .map_or(&[][..], |n| n.value.as_slice());
    let seed = field_seed(
        "a property name",
        &quote! {
            match __value {
                #(#arms)*
                #etag_arm
                "@odata.type" => ::core::result::Result::Ok(__Field::__type),
                _ if !__patch => #entity_unknown,
                _ => { #patch_unknown }
            }
        },
    );
    quote! {
        enum __Field { #(#variants)* #etag_variant #other_variant __type, __ignore }

        const __PATCHABLE: &[&str] = &[#(#patchable),*];
        const __BINDS: &[&str] = &[#(#binds),*];
        /// `cfg_navigation`: navigation properties whose field may be compiled out.
        const __NAVIGATION: &[&str] = &[#(#cfg_navigation),*];

        #seed
    }
}

/// `__Field`'s variant of each property, `__f0, __f1, ...` (under the field's `#[cfg]`).
pub fn field_variants(on_wire: &[&Field]) -> Vec<TokenStream> {
    on_wire
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let v = variant(i);
            let cfgs = f.cfgs();
            quote!(#(#cfgs)* #v,)
        })
        .collect()
}

/// The `visit_str` arm of each property's exact wire name.
pub fn exact_arms(on_wire: &[&Field]) -> Vec<TokenStream> {
    on_wire
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let v = variant(i);
            let wire = &f.wire;
            let cfgs = f.cfgs();
            quote!(#(#cfgs)* #wire => ::core::result::Result::Ok(__Field::#v),)
        })
        .collect()
}

/// What the entity and the patch make of a member the struct does not declare: kept (in
/// `additional_data`), ignored (an annotation) or an error.
fn unknown_members(cx: &Context) -> (TokenStream, TokenStream) {
    let odata_type = &cx.odata_type;
    let keep = quote!(::core::result::Result::Ok(__Field::__other(
        ::std::string::ToString::to_string(__value)
    )));
    let ignore = quote!(::core::result::Result::Ok(__Field::__ignore));
    let entity_unknown = if cx.model.additional_data().is_some() {
        keep.clone()
    } else {
        ignore.clone()
    };
    // A navigation property whose field is compiled out is no dynamic property, and a patch
    // cannot carry it.
    let compiled_out = quote! {
        if __NAVIGATION.contains(&__value) {
            return ::core::result::Result::Err(__ge::navigation_compiled_out(#odata_type, __value));
        }
    };
    let patch_unknown = if cx.model.open_patch() {
        // Instance annotations are no dynamic properties (see `__ge::is_dynamic_property`).
        quote! {
            #compiled_out
            if __ge::is_dynamic_property(__value) {
                #keep
            } else {
                __ge::skip_patch_annotation(#odata_type, __value, __BINDS)?;
                #ignore
            }
        }
    } else {
        quote! {
            #compiled_out
            if __ge::is_annotation(__value) {
                __ge::skip_patch_annotation(#odata_type, __value, __BINDS)?;
                #ignore
            } else {
                ::core::result::Result::Err(__ge::unknown_patch_property(#odata_type, __value, __PATCHABLE))
            }
        }
    };
    (entity_unknown, patch_unknown)
}

/// `__Field`'s `FieldName`, which reads a member name into it with `field` (`__value` the
/// name, `__patch` whether a patch is read); the runtime's `FieldSeed` calls it for the entity's
/// and patch's readers, and an action body's.
pub fn field_seed(expecting: &str, visit_str: &TokenStream) -> TokenStream {
    quote! {
        impl __ge::FieldName for __Field {
            const EXPECTING: &'static str = #expecting;
            #[inline]
            fn field<__E>(__value: &str, __patch: bool) -> ::core::result::Result<__Field, __E>
            where
                __E: __ge::serde::de::Error,
            {
                #visit_str
            }
        }
    }
}
