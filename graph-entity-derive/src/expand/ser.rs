//! Writing: `Members` (the members of the object, without `"@odata.type"`) and `Serialize` for
//! the entity and for its patch. One generator serves both: they write their properties in
//! declaration order and differ only in which fields they write and whether a field may be
//! absent. `Serialize` adds `"@odata.type"` in front (unless `omit_odata_type`); a nested value
//! is written through `Members` alone.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Context;
use crate::ast::{Field, Link, Shape};

/// The entity writes `@odata.etag` (when it has one), every property (`null` for `None`, or,
/// with `omit_none`, nothing), then the members it keeps in `additional_data`.
pub fn entity(cx: &Context) -> TokenStream {
    let fields: Vec<&Field> = cx.model.properties().collect();
    let etag = cx.model.etag().map(|f| f.ident);
    let additional = cx.model.additional_data().map(|f| f.ident);
    let presence = if cx.model.attrs.omits_none() {
        Presence::UnlessNone
    } else {
        Presence::Always
    };
    let members = members(cx, cx.entity, &fields, presence, etag, additional);
    let serialize = serialize(cx, cx.entity, &fields, additional);
    quote!(#members #serialize)
}

/// The patch writes only the present properties (and, for an open type, its dynamic ones).
pub fn patch(cx: &Context) -> TokenStream {
    let fields: Vec<&Field> = cx.model.patchable().collect();
    let dynamic = cx
        .model
        .open_patch()
        .then(|| Ident::new("additional_data", proc_macro2::Span::call_site()));
    let members = members(
        cx,
        &cx.patch,
        &fields,
        Presence::IfSome,
        None,
        dynamic.as_ref(),
    );
    let serialize = serialize(cx, &cx.patch, &fields, None);
    quote!(#members #serialize)
}

impl Presence {
    /// The presence of field `f`: a navigation or bind field is written only when `Some` (never
    /// as `null`), whatever the struct's rule.
    fn of(self, f: &Field) -> Presence {
        if f.link == Link::None {
            self
        } else {
            Presence::IfSome
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Presence {
    /// The field is always written.
    Always,
    /// `omit_none`: a nullable field (an `Option`) is written when `Some`, any other always.
    UnlessNone,
    /// The field is an `Option`: written when `Some`, with the inner value.
    IfSome,
}

/// `impl Serialize`: `"@odata.type"` and the members, or the members alone. With `kept` (the
/// entity's `additional_data`), a type kept there (a row read as a polymorphic enum's `other`
/// variant) is written in place of the struct's own.
fn serialize(cx: &Context, target: &Ident, fields: &[&Field], kept: Option<&Ident>) -> TokenStream {
    let generics = cx.bounded(&quote!(__ge::serde::Serialize), fields.iter().copied());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let body = if cx.model.attrs.omits_odata_type() {
        quote!(__ge::serde::Serialize::serialize(
            &__ge::Inner(self),
            __serializer
        ))
    } else {
        let type_value = format!("#{}", cx.odata_type);
        if let Some(ident) = kept {
            quote!(__ge::serialize_kept_typed(self, &self.#ident, #type_value, __serializer))
        } else {
            quote!(__ge::serialize_typed(self, #type_value, __serializer))
        }
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::serde::Serialize for #target #ty_generics #where_clause {
            #[inline]
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __ge::serde::Serializer,
            {
                #body
            }
        }
    }
}

/// `impl Members`: the writing of every member but `"@odata.type"`.
fn members(
    cx: &Context,
    target: &Ident,
    fields: &[&Field],
    presence: Presence,
    etag: Option<&Ident>,
    additional: Option<&Ident>,
) -> TokenStream {
    let generics = cx.bounded(&quote!(__ge::serde::Serialize), fields.iter().copied());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let etag = etag.map(|ident| {
        quote! {
            if let ::core::option::Option::Some(__value) = &self.#ident {
                __ge::serde::ser::SerializeMap::serialize_entry(__map, "@odata.etag", __value)?;
            }
        }
    });
    let entries = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        let presence = match presence.of(f) {
            Presence::UnlessNone if !f.nullable => Presence::Always,
            presence => presence,
        };
        let written = written(cx, f, &quote!(__value), target == &cx.patch);
        let entry = if let Some(value) = written {
            let wire = &f.wire;
            // Spanned at the field's type, so a missing `Serialize` points at the type.
            let write = quote_spanned! {f.ty.span()=>
                if let ::core::result::Result::Err(__error) = __ge::serde::ser::SerializeMap::serialize_entry(__map, #wire, &#value) {
                    return ::core::result::Result::Err(__error);
                }
            };
            match presence {
                Presence::Always => quote!(#(#cfgs)* { let __value = &self.#ident; #write }),
                Presence::UnlessNone => quote! {
                    #(#cfgs)*
                    if ::core::option::Option::is_some(&self.#ident) { let __value = &self.#ident; #write }
                },
                Presence::IfSome => quote! {
                    #(#cfgs)*
                    if let ::core::option::Option::Some(__value) = &self.#ident { #write }
                },
            }
        } else {
            let call = plain_entry(f, presence);
            quote!(#(#cfgs)* #call)
        };
        Context::at_value(f, entry)
    });
    // A kept `"@odata.type"` is not a member: it is written first, as the type.
    let additional =
        additional.map(|ident| quote!(__ge::serialize_kept_members(&self.#ident, __map)?;));
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::Members for #target #ty_generics #where_clause {
            #[inline]
            fn write_members<__M>(&self, __map: &mut __M) -> ::core::result::Result<(), __M::Error>
            where
                __M: __ge::serde::ser::SerializeMap,
            {
                #etag
                #(#entries)*
                #additional
                ::core::result::Result::Ok(())
            }
        }
    }
}

/// The entry of a property written through `Value` (one `written` leaves to it): one call to
/// `wire::write_property`, under a test when the property may be absent. The call and its
/// argument are spanned at the field's type, so that a missing `Serialize` points at the type;
/// the entity and the patch call it on a value of the field's type, so that rustc reports the
/// missing trait once for both. `if let Err` rather than `?`: no `Try` to resolve per member
/// (BENCHMARKS.md).
fn plain_entry(f: &Field, presence: Presence) -> TokenStream {
    let span = f.ty.span();
    let mut ident = f.ident.clone();
    ident.set_span(span);
    let wire = &f.wire;
    let write = |value: TokenStream| {
        quote_spanned! {span=>
            if let ::core::result::Result::Err(__error) = __ge::write_property(__map, #wire, #value) {
                return ::core::result::Result::Err(__error);
            }
        }
    };
    match presence {
        Presence::Always => write(quote_spanned!(span=> &self.#ident)),
        Presence::UnlessNone => {
            let write = write(quote_spanned!(span=> &self.#ident));
            quote_spanned!(span=> if ::core::option::Option::is_some(&self.#ident) { #write })
        }
        Presence::IfSome => {
            let write = write(quote_spanned!(span=> __value));
            quote_spanned!(span=> if let ::core::option::Option::Some(__value) = &self.#ident { #write })
        }
    }
}

/// How a property's value (`value`, a reference to the field's value or to its value in the
/// patch) is written when it is not written through `Value` (`None`, left to `plain_entry`):
/// nested values as their members alone (an entity's through `Nested`), navigation values as
/// themselves. Spanned at the field's type, so that a missing trait points at the type.
fn written(cx: &Context, f: &Field, value: &TokenStream, patch: bool) -> Option<TokenStream> {
    if matches!(f.link, Link::Navigation { .. }) {
        // Entities write themselves, `@odata.type` and all (a navigation value may be of a
        // derived type); no `Value` adapter, which would stack once per level of a type that
        // links back to itself.
        return Some(quote_spanned!(f.ty.span()=> #value));
    }
    let ty = Context::nested_value(f)?;
    let nested = cx.nested(ty);
    Some(match f.shape {
        // A patch's value is the nested value's patch, named through `Nested` already.
        Shape::Single(_) if patch => quote!(__ge::Inner(#value)),
        Shape::Nullable(_) if patch => {
            quote!(__ge::inner_option(::core::option::Option::as_ref(#value)))
        }
        Shape::Single(_) => quote!(<#ty as #nested>::__write(#value)),
        Shape::Nullable(_) => quote!(<#ty as #nested>::__write_option(#value)),
        Shape::Collection if f.nullable => quote!(<#ty as #nested>::__write_seq_option(#value)),
        Shape::Collection | Shape::Plain => quote!(<#ty as #nested>::__write_seq(#value)),
    })
}
