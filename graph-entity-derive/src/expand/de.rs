//! `Deserialize` for the entity and for its patch: one map visitor each, reading member names
//! through the shared `__Field` identifier, each property value through `__ge::Property` (which
//! names the property and the type in every error).

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{GenericParam, Ident, Lifetime, LifetimeParam};

use super::{Names, variant};
use crate::ast::{Field, Role};
use crate::bound;

/// `__Field` and its seed: property names to variants, shared by entity and patch.
pub fn field_visitor(names: &Names) -> TokenStream {
    let odata_type = &names.odata_type;
    let on_wire: Vec<&Field> = names.model.on_wire().collect();
    let variants = on_wire.iter().enumerate().map(|(i, f)| {
        let v = variant(i);
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* #v,)
    });
    let arms = on_wire.iter().enumerate().map(|(i, f)| {
        let v = variant(i);
        let wire = &f.wire;
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* #wire => ::core::result::Result::Ok(__Field::#v),)
    });
    let patchable = names.model.patchable().map(|f| &f.wire);
    quote! {
        enum __Field { #(#variants)* __type, __ignore }

        const __PATCHABLE: &[&str] = &[#(#patchable),*];

        /// Reads a member name; `patch` turns unknown properties into errors.
        struct __FieldSeed { patch: bool }

        impl<'__de> __ge::serde::de::DeserializeSeed<'__de> for __FieldSeed {
            type Value = __Field;
            #[inline]
            fn deserialize<__D>(self, __deserializer: __D) -> ::core::result::Result<__Field, __D::Error>
            where
                __D: __ge::serde::Deserializer<'__de>,
            {
                __ge::serde::Deserializer::deserialize_identifier(__deserializer, self)
            }
        }

        impl<'__de> __ge::serde::de::Visitor<'__de> for __FieldSeed {
            type Value = __Field;
            fn expecting(&self, __f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                ::core::fmt::Formatter::write_str(__f, "a property name")
            }
            #[inline]
            fn visit_str<__E>(self, __value: &str) -> ::core::result::Result<__Field, __E>
            where
                __E: __ge::serde::de::Error,
            {
                match __value {
                    #(#arms)*
                    "@odata.type" => ::core::result::Result::Ok(__Field::__type),
                    _ if !self.patch || __ge::is_annotation(__value) => {
                        ::core::result::Result::Ok(__Field::__ignore)
                    }
                    _ => ::core::result::Result::Err(
                        __ge::unknown_patch_property(#odata_type, __value, __PATCHABLE),
                    ),
                }
            }
        }
    }
}

/// The entity's `Deserialize`: every property on the wire; unknown members ignored; a missing
/// property is `None`, `Default::default()` (`default`) or an error.
pub fn entity(names: &Names) -> TokenStream {
    let odata_type = &names.odata_type;
    let on_wire: Vec<(usize, &Field)> = names.model.on_wire().enumerate().collect();
    let defaulted = names
        .model
        .fields
        .iter()
        .filter(|f| f.role() == Role::Skipped || f.attrs.flag("default").is_some());
    let de = de_lifetime();
    let generics = bound::with_bound(
        names.generics,
        &quote!(__ge::serde::Deserialize<#de>),
        names.model.on_wire(),
        defaulted,
    );
    let locals = on_wire.iter().map(|(i, f)| local(*i, f));
    let arms = on_wire.iter().map(|(i, f)| read_arm(names, *i, f));
    let fields = on_wire.iter().map(|(i, f)| {
        let v = variant(*i);
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs = f.cfgs();
        let value = if f.nullable {
            quote!(::core::option::Option::flatten(#v))
        } else if f.attrs.flag("default").is_some() {
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
    let skipped = names
        .model
        .fields
        .iter()
        .filter(|f| f.role() == Role::Skipped)
        .map(|f| {
            let ident = f.ident;
            let cfgs = f.cfgs();
            quote_spanned!(f.ty.span()=> #(#cfgs)* #ident: ::core::default::Default::default(),)
        });
    let target = names.entity;
    let visitor = Visitor {
        target,
        expecting: format!("a {odata_type} (a JSON object)"),
        patch: false,
        locals: quote!(#(#locals)*),
        arms: quote!(#(#arms)*),
        build: quote!(#target { #(#fields)* #(#skipped)* }),
    };
    visitor.expand(names, &generics)
}

/// The patch's `Deserialize`: patchable properties only; a key or read-only property is an
/// error, and so is an unknown one (`__FieldSeed { patch: true }`).
pub fn patch(names: &Names) -> TokenStream {
    let odata_type = &names.odata_type;
    let on_wire: Vec<(usize, &Field)> = names.model.on_wire().enumerate().collect();
    let de = de_lifetime();
    let generics = names.bounded(
        &quote!(__ge::serde::Deserialize<#de>),
        names.model.patchable(),
    );
    let patchable = || on_wire.iter().filter(|(_, f)| f.role() == Role::Patchable);
    let locals = patchable().map(|(i, f)| local(*i, f));
    let arms = on_wire.iter().map(|(i, f)| {
        if f.role() == Role::Patchable {
            return read_arm(names, *i, f);
        }
        let v = variant(*i);
        let wire = &f.wire;
        let cfgs = f.cfgs();
        let reason = if f.attrs.flag("key").is_some() {
            "the key"
        } else {
            "read-only"
        };
        quote! {
            #(#cfgs)*
            __Field::#v => {
                return ::core::result::Result::Err(__ge::not_patchable(#odata_type, #wire, #reason));
            }
        }
    });
    let fields = patchable().map(|(i, f)| {
        let v = variant(*i);
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* #ident: #v,)
    });
    let target = &names.patch;
    let marker_init = names.marker_init();
    let visitor = Visitor {
        target,
        expecting: format!("a patch of {odata_type} (a JSON object)"),
        patch: true,
        locals: quote!(#(#locals)*),
        arms: quote!(#(#arms)*),
        build: quote!(#target { #(#fields)* #marker_init }),
    };
    visitor.expand(names, &generics)
}

fn de_lifetime() -> Lifetime {
    Lifetime::new("'__de", Span::call_site())
}

/// `let mut __fN: Option<T> = None;`: where a property's value is kept while the map is read.
fn local(index: usize, f: &Field) -> TokenStream {
    let v = variant(index);
    let ty = f.ty;
    let cfgs = f.cfgs();
    quote!(#(#cfgs)* let mut #v: ::core::option::Option<#ty> = ::core::option::Option::None;)
}

/// The match arm that reads property `f` once.
fn read_arm(names: &Names, index: usize, f: &Field) -> TokenStream {
    let odata_type = &names.odata_type;
    let v = variant(index);
    let ty = f.ty;
    let wire = &f.wire;
    let cfgs = f.cfgs();
    quote_spanned! {f.ty.span()=>
        #(#cfgs)*
        __Field::#v => {
            if ::core::option::Option::is_some(&#v) {
                return ::core::result::Result::Err(__ge::duplicate_property(#odata_type, #wire));
            }
            #v = ::core::option::Option::Some(__ge::serde::de::MapAccess::next_value_seed(
                &mut __map,
                __ge::Property::<#ty>::new(#odata_type, #wire),
            )?);
        }
    }
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
    fn expand(self, names: &Names, generics: &syn::Generics) -> TokenStream {
        let Visitor {
            target,
            expecting,
            patch,
            locals,
            arms,
            build,
        } = self;
        let odata_type = &names.odata_type;
        let de = de_lifetime();
        let mut generics = generics.clone();
        generics
            .params
            .insert(0, GenericParam::Lifetime(LifetimeParam::new(de.clone())));
        let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();
        let (_, ty_generics, _) = names.generics.split_for_impl();
        let phantom_params = bound::phantom_params(names.generics);
        quote! {
            #[automatically_derived]
            impl #impl_generics __ge::serde::Deserialize<#de> for #target #ty_generics #where_clause {
                fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
                where
                    __D: __ge::serde::Deserializer<#de>,
                {
                    struct __Visitor #impl_generics #where_clause {
                        __marker: ::core::marker::PhantomData<fn() -> (&#de (), #(#phantom_params,)*)>,
                    }

                    impl #impl_generics __ge::serde::de::Visitor<#de> for __Visitor #visitor_generics #where_clause {
                        type Value = #target #ty_generics;

                        fn expecting(&self, __f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                            ::core::fmt::Formatter::write_str(__f, #expecting)
                        }

                        // Not `#[inline]`: a visitor's only caller is `deserialize_map`, and
                        // inlining a wide entity's whole loop into it costs 10% in spills
                        // (BENCHMARKS.md).
                        fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<Self::Value, __A::Error>
                        where
                            __A: __ge::serde::de::MapAccess<#de>,
                        {
                            #locals
                            let mut __seen_type = false;
                            while let ::core::option::Option::Some(__key) =
                                __ge::serde::de::MapAccess::next_key_seed(&mut __map, __FieldSeed { patch: #patch })?
                            {
                                match __key {
                                    #arms
                                    __Field::__type => {
                                        if __seen_type {
                                            return ::core::result::Result::Err(__ge::duplicate_type_annotation(#odata_type));
                                        }
                                        __seen_type = true;
                                        __ge::serde::de::MapAccess::next_value_seed(
                                            &mut __map,
                                            __ge::TypeAnnotation(#odata_type),
                                        )?;
                                    }
                                    __Field::__ignore => {
                                        __ge::serde::de::MapAccess::next_value::<__ge::serde::de::IgnoredAny>(&mut __map)?;
                                    }
                                }
                            }
                            ::core::result::Result::Ok(#build)
                        }
                    }

                    __ge::serde::Deserializer::deserialize_map(
                        __deserializer,
                        __Visitor { __marker: ::core::marker::PhantomData },
                    )
                }
            }
        }
    }
}
