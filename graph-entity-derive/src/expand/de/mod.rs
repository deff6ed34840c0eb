//! `Deserialize` for the entity and for its patch: one map visitor each, reading member names
//! through the shared `__Field` identifier (`names.rs`), each property value through
//! `graph_entity::wire::Property` (which names the property and the type in every error).

mod names;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericParam, Ident, Lifetime, LifetimeParam};

pub use self::names::{exact_arms, field_seed, field_variants, field_visitor};
use super::{Context, variant};
use crate::ast::{Field, Link, Role, Shape};
use crate::bound;

/// The entity's `Deserialize`: every property on the wire; unknown members ignored; a missing
/// property is `None`, `Default::default()` (`default`) or an error.
pub fn entity(cx: &Context) -> TokenStream {
    let odata_type = &cx.odata_type;
    let on_wire: Vec<(usize, &Field)> = cx.model.properties().enumerate().collect();
    let defaulted = cx
        .model
        .fields
        .iter()
        .filter(|f| f.role == Role::Skipped || f.attrs.default.is_some());
    let de = de_lifetime();
    let generics = bound::with_bound(
        cx.generics,
        &quote!(__ge::serde::Deserialize<#de>),
        cx.model.properties(),
        defaulted,
    );
    let ty = |f: &Field| {
        let ty = f.ty;
        quote!(#ty)
    };
    let locals = on_wire.iter().map(|(i, f)| local(*i, f, &ty(f)));
    let arms = on_wire.iter().map(|(i, f)| {
        // Spanned at the field's type, as the whole arm: a missing `Deserialize` points there.
        let v = Ident::new(&variant(*i).to_string(), f.ty.span());
        read_arm(cx, *i, f, &quote!(#v), false)
    });
    let fields = on_wire.iter().map(|(i, f)| {
        let v = variant(*i);
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs = f.cfgs();
        let value = if f.nullable {
            quote!(::core::option::Option::flatten(#v))
        } else if f.attrs.default.is_some() {
            quote_spanned!(f.ty.span()=> ::core::option::Option::unwrap_or_default(#v))
        } else {
            quote! {
                match #v {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => {
                        return ::core::result::Result::Err(__ge::missing_property(#odata_type, #wire));
                    }
                }
            }
        };
        quote!(#(#cfgs)* #ident: #value,)
    });
    let skipped = cx
        .model
        .fields
        .iter()
        .filter(|f| f.role == Role::Skipped)
        .map(|f| {
            let ident = f.ident;
            let cfgs = f.cfgs();
            quote_spanned!(f.ty.span()=> #(#cfgs)* #ident: ::core::default::Default::default(),)
        });
    let target = cx.entity;
    let Special {
        locals: special_locals,
        arms: special_arms,
        build: special_build,
    } = special_members(cx, false);
    let visitor = Visitor {
        target,
        expecting: if cx.model.attrs.action.is_some() {
            format!("{odata_type} (a JSON object)")
        } else {
            format!("a {odata_type} (a JSON object)")
        },
        patch: false,
        locals: quote!(#(#locals)* #(#special_locals)*),
        arms: quote!(#(#arms)* #special_arms),
        build: quote!(#target { #(#fields)* #(#skipped)* #special_build }),
    };
    visitor.expand(cx, &generics)
}

/// The patch's `Deserialize`: patchable properties only; a key or read-only property is an
/// error, and so is an unknown one (`FieldSeed::new(true)`).
pub fn patch(cx: &Context) -> TokenStream {
    let odata_type = &cx.odata_type;
    let on_wire: Vec<(usize, &Field)> = cx.model.properties().enumerate().collect();
    let de = de_lifetime();
    let generics = cx.bounded(&quote!(__ge::serde::Deserialize<#de>), cx.model.patchable());
    let arms = on_wire.iter().map(|(i, f)| {
        if f.role == Role::Patchable {
            // The whole place at the type (the entity's reader reports the same error there,
            // and rustc shows it once).
            let mut ident = f.ident.clone();
            ident.set_span(f.ty.span());
            let place = quote_spanned!(f.ty.span()=> __patch.#ident);
            return read_arm(cx, *i, f, &place, true);
        }
        let v = variant(*i);
        let wire = &f.wire;
        let cfgs = f.cfgs();
        let reason = if f.attrs.key.is_some() {
            "the key"
        } else {
            "read-only"
        };
        quote! {
            #(#cfgs)*
            __Field::#v => ::core::result::Result::Err(__ge::not_patchable(#odata_type, #wire, #reason)),
        }
    });
    let target = &cx.patch;
    let (_, ty_generics, _) = cx.generics.split_for_impl();
    // Read in place: the patch's fields are the `Option`s a reader would keep them in.
    let patch_local = quote! {
        let mut __patch: #target #ty_generics = ::core::default::Default::default();
    };
    let Special {
        locals: special_locals,
        arms: special_arms,
        build: _,
    } = special_members(cx, true);
    let visitor = Visitor {
        target,
        expecting: format!("a patch of {odata_type} (a JSON object)"),
        patch: true,
        locals: quote!(#patch_local #(#special_locals)*),
        arms: quote!(#(#arms)* #special_arms),
        build: quote!(__patch),
    };
    visitor.expand(cx, &generics)
}

fn de_lifetime() -> Lifetime {
    Lifetime::new("'__de", Span::call_site())
}

/// Reading the members that are not properties: `@odata.etag` and the kept members.
struct Special {
    locals: Vec<TokenStream>,
    arms: TokenStream,
    build: TokenStream,
}

/// The entity (or, with `patch`, the patch) side of `@odata.etag` and of undeclared members.
fn special_members(cx: &Context, patch: bool) -> Special {
    let odata_type = &cx.odata_type;
    let krate = &cx.krate;
    let mut out = Special {
        locals: Vec::new(),
        arms: TokenStream::new(),
        build: TokenStream::new(),
    };
    if let Some(etag) = cx.model.etag() {
        if patch {
            // A patch is no place for an etag (it travels in `If-Match`): read past it.
            out.arms
                .extend(quote!(__Field::__etag => __ge::skip_value(&mut __map),));
        } else {
            let ident = etag.ident;
            let ty = etag.ty;
            out.locals.push(
                quote!(let mut __etag: ::core::option::Option<#ty> = ::core::option::Option::None;),
            );
            out.arms.extend(quote! {
                __Field::__etag => __ge::read_property(&mut __map, &mut __etag, #odata_type, "@odata.etag"),
            });
            out.build
                .extend(quote!(#ident: ::core::option::Option::flatten(__etag),));
        }
    }
    let keeps_other = cx.model.additional_data().is_some() || cx.model.open_patch();
    // Where the kept members go: the patch's own map, or a local moved into the entity.
    let keeper = if patch {
        cx.model
            .open_patch()
            .then(|| quote!(__patch.additional_data))
    } else {
        cx.model.additional_data().map(|f| {
            let ident = f.ident;
            out.locals.push(quote!(let mut __additional: #krate::AdditionalData = ::core::default::Default::default();));
            out.build.extend(quote!(#ident: __additional,));
            quote!(__additional)
        })
    };
    if let Some(place) = keeper {
        out.arms.extend(quote! {
            __Field::__other(__name) => __ge::keep_member(&mut #place, #odata_type, __name, &mut __map),
        });
    } else if keeps_other {
        // The other side keeps unknown members; this one ignores them.
        out.arms
            .extend(quote!(__Field::__other(_) => __ge::skip_value(&mut __map),));
    }
    out
}

/// `let mut __fN: Option<T> = None;`: where a property's value is kept while the map is read.
fn local(index: usize, f: &Field, ty: &TokenStream) -> TokenStream {
    let v = variant(index);
    let cfgs = f.cfgs();
    quote!(#(#cfgs)* let mut #v: ::core::option::Option<#ty> = ::core::option::Option::None;)
}

/// The match arm that reads property `f` once into `place` (an `Option` of its value, in the
/// `patch` or not): a nested value through `NestedProperty`, which leaves the value's own
/// properties to its reader (and so reads a type that contains itself), anything else through
/// `Property`. A nested value is named through `Nested` (a patch's through its `Patch`), every
/// token at the value's type: a type that is no `Nested` is one error there.
fn read_arm(
    cx: &Context,
    index: usize,
    f: &Field,
    place: &TokenStream,
    patch: bool,
) -> TokenStream {
    let odata_type = &cx.odata_type;
    let v = variant(index);
    let wire = &f.wire;
    let cfgs = f.cfgs();
    // A navigation value is an entity (or a collection of them), read like a nested one: its
    // own reader names its properties, and one that links back to its type stacks no adapters.
    // Its outer shape is checked: an object, or an array for a collection.
    let read = match f.link {
        Link::Navigation { collection } => quote_spanned! {f.ty.span()=>
            __ge::read_navigation(&mut __map, &mut #place, #odata_type, #wire, #collection)
        },
        _ if matches!(f.shape, Shape::Plain) => quote_spanned! {f.ty.span()=>
            __ge::read_property(&mut __map, &mut #place, #odata_type, #wire)
        },
        Link::None => {
            let ty = Context::nested_value(f).unwrap_or(f.ty);
            let nested = cx.nested(ty);
            let read = match f.shape {
                Shape::Single(_) | Shape::Nullable(_) if patch => quote!(__ge::read_nested),
                Shape::Single(_) => quote!(<#ty as #nested>::__read),
                Shape::Nullable(_) => quote!(<#ty as #nested>::__read_option),
                Shape::Collection if f.nullable => quote!(<#ty as #nested>::__read_seq_option),
                Shape::Collection | Shape::Plain => quote!(<#ty as #nested>::__read_seq),
            };
            quote!(#read(&mut __map, &mut #place, #odata_type, #wire))
        }
        Link::Bind { .. } => quote_spanned! {f.ty.span()=>
            __ge::read_nested(&mut __map, &mut #place, #odata_type, #wire)
        },
    };
    Context::at_value(
        f,
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            __Field::#v => #read,
        },
    )
}

/// The parts in which the entity's and the patch's visitors differ.
struct Visitor<'a> {
    target: &'a Ident,
    expecting: String,
    /// Unknown properties are errors.
    patch: bool,
    locals: TokenStream,
    arms: TokenStream,
    build: TokenStream,
}

impl Visitor<'_> {
    /// `ReadMap` (the `visit_map` body and what the value is expected to be) and the
    /// `Deserialize` that reads through it: the runtime's one map visitor calls `read_map`.
    fn expand(self, cx: &Context, generics: &syn::Generics) -> TokenStream {
        let Visitor {
            target,
            expecting,
            patch,
            locals,
            arms,
            build,
        } = self;
        let odata_type = &cx.odata_type;
        let de = de_lifetime();
        let mut generics = generics.clone();
        generics
            .params
            .insert(0, GenericParam::Lifetime(LifetimeParam::new(de.clone())));
        let (impl_generics, _, where_clause) = generics.split_for_impl();
        let (_, ty_generics, _) = cx.generics.split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics __ge::ReadMap<#de> for #target #ty_generics #where_clause {
                const EXPECTING: &'static str = #expecting;

                // Not `#[inline]`: its only caller is `deserialize_map`, and inlining a wide
                // entity's whole loop into it costs 10% in spills (BENCHMARKS.md).
                fn read_map<__A>(mut __map: __A) -> ::core::result::Result<Self, __A::Error>
                where
                    __A: __ge::serde::de::MapAccess<#de>,
                {
                    #locals
                    let mut __seen_type = false;
                    while let ::core::option::Option::Some(__key) = __ge::serde::de::MapAccess::next_key_seed(
                        &mut __map,
                        __ge::FieldSeed::<__Field>::new(#patch),
                    )? {
                        // One `?` for every member: one exit path.
                        let () = match __key {
                            #arms
                            __Field::__type => __ge::read_type(&mut __map, &mut __seen_type, #odata_type),
                            __Field::__ignore => __ge::skip_value(&mut __map),
                        }?;
                    }
                    ::core::result::Result::Ok(#build)
                }
            }

            #[automatically_derived]
            impl #impl_generics __ge::serde::Deserialize<#de> for #target #ty_generics #where_clause {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __ge::serde::Deserializer<#de>,
                {
                    __ge::deserialize_map(__deserializer)
                }
            }
        }
    }
}
