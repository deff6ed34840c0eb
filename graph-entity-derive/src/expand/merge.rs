//! The merge logic: `Entity` (`apply`, `diff`, `etag`) and `Patch` (`is_empty`, `merge`,
//! `changed_properties`). Each property contributes per its shape: a plain value or collection
//! is replaced whole, a nested value is patched recursively (`__ge::apply_nullable`, ...).

use proc_macro2::TokenStream;
use quote::quote;
use syn::spanned::Spanned;

use super::Context;
use crate::ast::{Field, Link, Shape};
use crate::bound;

/// `apply` comes in one of two forms per type, each applying nested patches where they lie
/// (moving a nested patch by value copies all of it, at every level: BENCHMARKS.md, "Nested
/// entity"):
/// - an entity type (it has a key: what a `PATCH` request updates) moves each value out of its
///   owned patch in `Entity::apply`, which skips an absent property with one compare;
/// - a complex type (no key: the value of a nested property) takes each value out of the
///   borrowed patch in `Nested::__apply_slot` and forgets the emptied patch; its
///   `Entity::apply` goes through it.
///
/// Either way the other entry point goes through the runtime's default (`Nested::__apply_slot`
/// moves the patch out of its slot) or `__ge::apply_owned`: correct, one copy of the patch.
fn in_place(cx: &Context) -> bool {
    !cx.model.fields.iter().any(|f| f.attrs.key.is_some())
}

/// `Nested::__apply_slot` of a complex type (emitted in its `impl Nested`): see [`in_place`].
pub fn apply_slot(cx: &Context) -> TokenStream {
    if !in_place(cx) {
        return TokenStream::new();
    }
    let krate = &cx.krate;
    let take = cx.model.patchable().map(|f| apply_field(cx, f, true));
    let dynamic = cx
        .model
        .additional_data()
        .map(|f| f.ident)
        .filter(|_| cx.model.open_patch())
        .map(|ident| {
            quote! {
                #krate::AdditionalData::apply_merge_patch(
                    &mut self.#ident,
                    ::core::mem::take(&mut __p.additional_data),
                );
            }
        });
    quote! {
        #[inline(always)]
        fn __apply_slot(&mut self, __slot: &mut __ge::Slot<Self>) {
            if let __ge::Some(__p) = __slot {
                #(#take)*
                #dynamic
                __ge::forget_applied(__slot);
            }
        }
    }
}

pub fn trait_impls(cx: &Context) -> TokenStream {
    let entity = entity_impl(cx);
    let patch = patch_impl(cx);
    quote!(#entity #patch)
}

fn entity_impl(cx: &Context) -> TokenStream {
    let lazy = super::lazy_inline();
    let krate = &cx.krate;
    let entity = cx.entity;
    let patch = &cx.patch;
    let odata_type = &cx.odata_type;
    let generics = cx.bounded(&bound::patch_traits(), cx.model.patchable());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let marker_init = cx.marker_init();
    let fields: Vec<&Field> = cx.model.patchable().collect();
    let apply = apply_owned(cx, &fields);
    let diff = fields.iter().map(|f| diff_field(cx, f));
    let dynamic = cx
        .model
        .additional_data()
        .map(|f| f.ident)
        .filter(|_| cx.model.open_patch());
    let diff_dynamic = dynamic
        .map(|ident| quote!(additional_data: __ge::dynamic_diff(&self.#ident, &__updated.#ident, __NAVIGATION),));
    let etag = cx.model.etag().map(|f| {
        let ident = f.ident;
        quote! {
            #lazy
            fn etag(&self) -> ::core::option::Option<&str> {
                ::core::option::Option::as_deref(&self.#ident)
            }
        }
    });
    let removed = cx.model.additional_data().map(|f| {
        let ident = f.ident;
        quote! {
            #lazy
            fn removed(&self) -> ::core::option::Option<#krate::Removed> {
                #krate::Removed::from_additional_data(&self.#ident)
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Entity for #entity #ty_generics #where_clause {
            const ODATA_TYPE: &'static str = #odata_type;
            type Patch = #patch #ty_generics;

            #apply

            #lazy
            fn diff(&self, __updated: &Self) -> Self::Patch {
                #patch { #(#diff)* #diff_dynamic #marker_init }
            }

            #etag
            #removed
        }
    }
}

/// `Entity::apply`: see [`in_place`].
fn apply_owned(cx: &Context, fields: &[&Field]) -> TokenStream {
    let lazy = super::lazy_inline();
    if in_place(cx) {
        return quote! {
            #lazy
            fn apply(&mut self, __p: Self::Patch) {
                __ge::apply_owned(self, __p);
            }
        };
    }
    let krate = &cx.krate;
    // Fields are moved out of the patch one by one rather than destructured first: LLVM keeps
    // the patch in place and skips absent fields cheaply (23% fewer instructions on a sparse
    // patch of a 60-field entity, BENCHMARKS.md).
    let apply = fields.iter().map(|f| apply_field(cx, f, false));
    // Nested patches are borrowed from the owned patch (when a `cfg` may leave none, `mut` may
    // be unused).
    let nested: Vec<&&Field> = fields
        .iter()
        .filter(|f| {
            f.link == Link::None && matches!(f.shape, Shape::Single(_) | Shape::Nullable(_))
        })
        .collect();
    let mutable = (!nested.is_empty()).then(|| quote!(mut));
    let allow = nested
        .iter()
        .any(|f| f.cfgs().next().is_some())
        .then(|| quote!(#[allow(unused_mut)]));
    let dynamic = cx
        .model
        .additional_data()
        .map(|f| f.ident)
        .filter(|_| cx.model.open_patch())
        .map(|ident| {
            quote!(#krate::AdditionalData::apply_merge_patch(&mut self.#ident, __p.additional_data);)
        });
    quote! {
        #allow
        #lazy
        fn apply(&mut self, #mutable __p: Self::Patch) {
            #(#apply)*
            #dynamic
        }
    }
}

/// `apply` of one property: replace, or patch the nested value (where it lies). `take`: the
/// patch is borrowed (`__apply_slot`) and each value is taken out of it, rather than moved out
/// of an owned one (`apply`).
fn apply_field(cx: &Context, f: &Field, take: bool) -> TokenStream {
    let ident = f.ident;
    let cfgs = f.cfgs();
    let patch = if take {
        quote!(&mut __p.#ident)
    } else {
        quote!(__p.#ident)
    };
    let apply = match (f.link, f.shape) {
        // The patch holds the entity's own type: a value sent is the value now held.
        (Link::Navigation { .. }, _) if take => {
            quote!(__ge::take_navigation(&mut self.#ident, #patch);)
        }
        (Link::Navigation { .. }, _) => quote! {
            if let __ge::Some(__value) = __p.#ident {
                self.#ident = __ge::Some(__value);
            }
        },
        // A bind links the entity on the service; it changes no value of this one.
        (Link::Bind { .. }, _) if take => quote!(__ge::take_bind(#patch);),
        (Link::Bind { .. }, _) => return TokenStream::new(),
        (Link::None, Shape::Plain | Shape::Collection) if take => {
            quote!(__ge::take(&mut self.#ident, #patch);)
        }
        (Link::None, Shape::Plain | Shape::Collection) => quote! {
            if let __ge::Some(__value) = __p.#ident {
                self.#ident = __value;
            }
        },
        // `__apply_slot` tests for an absent patch first, and leaves the slot `None`. A nested
        // value through its trait's path, all at the value's type (`at_value`, below): a type
        // that is no `Nested` (or, nullable, has no `Default`) is one error there.
        (Link::None, Shape::Single(ty)) => {
            let nested = cx.nested(ty);
            quote!(<#ty as #nested>::__apply_slot(&mut self.#ident, &mut __p.#ident);)
        }
        (Link::None, Shape::Nullable(ty)) => {
            let create = cx.nested_create(ty);
            quote!(<#ty as #create>::__apply_option(&mut self.#ident, &mut __p.#ident);)
        }
    };
    let cfgs: Vec<_> = cfgs.collect();
    let statement = match f.shape {
        // The owned patch's nested slot is `None` now: moved out (a copy LLVM deletes, its
        // target being dead) so that the patch's drop does not test it again.
        Shape::Single(_) | Shape::Nullable(_) if !take && f.link == Link::None => {
            let forget = quote!(::core::mem::forget(__p.#ident););
            if cfgs.is_empty() {
                quote!(#apply #forget)
            } else {
                quote!(#(#cfgs)* { #apply #forget })
            }
        }
        _ => quote!(#(#cfgs)* #apply),
    };
    Context::at_value(f, statement)
}

/// `diff` of one property: the new value where it differs, or the nested value's own diff.
fn diff_field(cx: &Context, f: &Field) -> TokenStream {
    let ident = f.ident;
    let cfgs = f.cfgs();
    if f.link != Link::None {
        // Navigation and binds are sent as set, never computed.
        return quote!(#(#cfgs)* #ident: ::core::option::Option::None,);
    }
    let value = match f.shape {
        // At the type, so a missing trait points at the type; the comparison and the clone in
        // place, as the patch's `PartialEq` and `Clone` write them (one error for both). An
        // `if`, not `bool::then` and a closure: a closure is a body of its own to check and
        // compile, one per property of every type.
        Shape::Plain | Shape::Collection => super::respan(
            quote! {
                {
                    let (__old, __new) = (&self.#ident, &__updated.#ident);
                    if ::core::cmp::PartialEq::ne(__old, __new) {
                        ::core::option::Option::Some(::core::clone::Clone::clone(__new))
                    } else {
                        ::core::option::Option::None
                    }
                }
            },
            f.ty.span(),
        ),
        Shape::Single(ty) => {
            let nested = cx.nested(ty);
            quote!(<#ty as #nested>::__diff(&self.#ident, &__updated.#ident))
        }
        Shape::Nullable(ty) => {
            let create = cx.nested_create(ty);
            quote!(<#ty as #create>::__diff_option(&self.#ident, &__updated.#ident))
        }
    };
    Context::at_value(f, quote!(#(#cfgs)* #ident: #value,))
}

fn patch_impl(cx: &Context) -> TokenStream {
    let lazy = super::lazy_inline();
    let krate = &cx.krate;
    let entity = cx.entity;
    let patch = &cx.patch;
    let generics = cx.bounded(&bound::patch_traits(), cx.model.patchable());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let fields: Vec<&Field> = cx.model.patchable().collect();
    let rest = cx.marker_init().map(|_| quote!(..));
    let destructure = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        Context::at_value(f, quote!(#(#cfgs)* #ident,))
    });
    let open = cx.model.open_patch();
    // `Patch::is_empty`'s default (no property named by `changed_properties`) serves every
    // patch but an open type's, whose dynamic properties count too.
    let is_empty = open.then(|| {
        let body = is_empty_open(cx, &fields);
        quote! {
            #lazy
            fn is_empty(&self) -> bool {
                #body
            }
        }
    });
    let merge = fields.iter().map(|f| merge_field(cx, f));
    let destructure_dynamic = open.then(|| quote!(additional_data,));
    let merge_dynamic = open.then(|| {
        quote!(#krate::AdditionalData::compose_merge_patch(&mut self.additional_data, additional_data);)
    });
    // Whether each patchable property is present, in the order of `__PATCHABLE` (the field
    // reader's list of their wire cx); the names are paired with them once, in the runtime.
    let present = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs: Vec<_> = f.cfgs().collect();
        let present = if cfgs.is_empty() {
            quote!(::core::option::Option::is_some(&self.#ident))
        } else {
            quote!({
                let mut __present = false;
                #(#cfgs)* { __present = ::core::option::Option::is_some(&self.#ident); }
                __present
            })
        };
        Context::at_value(f, present)
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Patch for #patch #ty_generics #where_clause {
            type Entity = #entity #ty_generics;

            #is_empty

            #lazy
            fn merge(&mut self, __later: Self) {
                let #patch { #(#destructure)* #destructure_dynamic #rest } = __later;
                #(#merge)*
                #merge_dynamic
            }

            #lazy
            fn changed_properties(&self) -> impl ::core::iter::Iterator<Item = &'static str> {
                __ge::changed_properties([#(#present),*], __PATCHABLE)
            }
        }
    }
}

/// `is_empty` of an open type's patch: no declared property and no dynamic one.
fn is_empty_open(cx: &Context, fields: &[&Field]) -> TokenStream {
    let krate = &cx.krate;
    let empty_dynamic = quote!(&& #krate::AdditionalData::is_empty(&self.additional_data));
    if cx.model.has_cfg_fields() {
        let checks = fields.iter().map(|f| {
            let ident = f.ident;
            let cfgs = f.cfgs();
            Context::at_value(
                f,
                quote!(#(#cfgs)* { __empty &= ::core::option::Option::is_none(&self.#ident); }),
            )
        });
        quote! {
            let mut __empty = true;
            #(#checks)*
            __empty #empty_dynamic
        }
    } else {
        let checks = fields.iter().map(|f| {
            let ident = f.ident;
            Context::at_value(f, quote!(::core::option::Option::is_none(&self.#ident)))
        });
        quote!(true #(&& #checks)* #empty_dynamic)
    }
}

/// `merge` of one property's patches (`later` destructured into a local of the field's name).
fn merge_field(cx: &Context, f: &Field) -> TokenStream {
    let ident = f.ident;
    let cfgs = f.cfgs();
    if f.link == (Link::Bind { collection: true }) {
        // Links to a collection add up; a single-valued bind is replaced like a value.
        return quote! {
            #(#cfgs)*
            __ge::merge_binds(&mut self.#ident, #ident);
        };
    }
    let merged = match f.shape {
        Shape::Plain | Shape::Collection => {
            quote!(__ge::replace_some(&mut self.#ident, #ident);)
        }
        Shape::Single(ty) => {
            let nested = cx.nested(ty);
            quote!(<#ty as #nested>::__merge(&mut self.#ident, #ident);)
        }
        Shape::Nullable(ty) => {
            let create = cx.nested_create(ty);
            quote!(<#ty as #create>::__merge_option(&mut self.#ident, #ident);)
        }
    };
    Context::at_value(f, quote!(#(#cfgs)* #merged))
}
