//! The model to tokens: the patch type, the serde impls of entity and patch, and the
//! `Entity`/`Patch` impls.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, GenericParam, Generics, Ident, Lifetime, LifetimeParam};

use crate::ast::{Field, Input, Role};
use crate::ctxt::Errors;
use crate::{fallback, valid};

/// The whole derive on token streams: what `#[proc_macro_derive]` calls, and what tests call.
pub fn derive_tokens(input: TokenStream) -> TokenStream {
    match syn::parse2::<DeriveInput>(input) {
        Ok(input) => derive(&input),
        Err(error) => error.to_compile_error(),
    }
}

pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let model = Input::from_syn(input, &mut errors);
    if let Some(model) = &model {
        valid::check(model, &mut errors);
    }
    match errors.into_result() {
        Ok(()) => match &model {
            Some(model) => expand(model),
            // `from_syn` records an error whenever it returns no model; this arm is unreachable.
            None => TokenStream::new(),
        },
        Err(error) => {
            let mut out = error.to_compile_error();
            if let Some(model) = &model {
                out.extend(fallback::stub(&Names::new(model)));
            }
            out
        }
    }
}

/// Names and paths every part of the expansion uses.
pub struct Names<'a> {
    pub model: &'a Input<'a>,
    pub krate: TokenStream,
    pub entity: &'a Ident,
    pub patch: Ident,
    pub odata_type: String,
    pub generics: &'a Generics,
    /// The patch's hidden marker field and its initializer, when it needs one (see `marker`).
    pub marker: Option<(TokenStream, TokenStream)>,
}

impl<'a> Names<'a> {
    pub fn new(model: &'a Input<'a>) -> Self {
        let entity = &model.original.ident;
        Names {
            model,
            krate: match &model.attrs.krate {
                Some(path) => quote!(#path),
                None => quote!(::graph_entity),
            },
            entity,
            patch: match &model.attrs.patch {
                Some(name) => name.clone(),
                None => format_ident!("{}Patch", entity, span = entity.span()),
            },
            odata_type: model
                .attrs
                .odata_type
                .as_ref()
                .map_or_else(String::new, |t| t.value.clone()),
            generics: &model.original.generics,
            marker: marker(model),
        }
    }

    /// `generics` plus `bound` on each type parameter that appears in the type of one of
    /// `fields` (as serde infers bounds: a parameter used only in skipped or key fields needs
    /// none), plus `Default` on parameters of fields read as `Default::default()`.
    pub fn bounded<'f>(
        &self,
        bound: &TokenStream,
        fields: impl Iterator<Item = &'f Field<'f>>,
        defaulted: impl Iterator<Item = &'f Field<'f>>,
    ) -> Generics
    where
        'a: 'f,
    {
        let mentioned = mentioned_idents(fields);
        let mentioned_by_defaulted = mentioned_idents(defaulted);
        let mut generics = self.generics.clone();
        let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
        let where_clause = generics.make_where_clause();
        for param in params {
            let name = param.to_string();
            if mentioned.contains(&name) {
                where_clause
                    .predicates
                    .push(syn::parse_quote!(#param: #bound));
            }
            if mentioned_by_defaulted.contains(&name) {
                where_clause
                    .predicates
                    .push(syn::parse_quote!(#param: ::core::default::Default));
            }
        }
        generics
    }
}

/// The patch type's hidden marker field, needed when a generic parameter appears in no
/// patchable field (Rust rejects unused parameters).
fn marker(model: &Input) -> Option<(TokenStream, TokenStream)> {
    let mentioned = mentioned_idents(model.patchable());
    let unused: Vec<TokenStream> = model
        .original
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            GenericParam::Type(t) if !mentioned.contains(&t.ident.to_string()) => {
                let ident = &t.ident;
                Some(quote!(#ident))
            }
            GenericParam::Lifetime(l) if !mentioned.contains(&l.lifetime.to_string()) => {
                let lifetime = &l.lifetime;
                Some(quote!(&#lifetime ()))
            }
            _ => None,
        })
        .collect();
    if unused.is_empty() {
        return None;
    }
    let field = quote! {
        #[doc(hidden)]
        pub __graph_marker: ::core::marker::PhantomData<fn() -> (#(#unused,)*)>,
    };
    let init = quote!(__graph_marker: ::core::marker::PhantomData,);
    Some((field, init))
}

/// Every identifier and lifetime (as `'a`) in the types of `fields`.
fn mentioned_idents<'f>(fields: impl Iterator<Item = &'f Field<'f>>) -> Vec<String> {
    fields
        .flat_map(|f| {
            let ty = f.ty;
            idents_in(quote!(#ty))
        })
        .collect()
}

/// Every identifier and lifetime (as `'a`) in a token stream.
fn idents_in(tokens: TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    let mut tick = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                out.push(if tick {
                    format!("'{ident}")
                } else {
                    ident.to_string()
                });
                tick = false;
            }
            TokenTree::Punct(p) => tick = p.as_char() == '\'',
            TokenTree::Group(g) => {
                out.extend(idents_in(g.stream()));
                tick = false;
            }
            TokenTree::Literal(_) => tick = false,
        }
    }
    out
}

fn expand(model: &Input) -> TokenStream {
    let names = Names::new(model);
    let krate = &names.krate;
    let patch_struct = patch_struct(&names);
    let field_visitor = field_visitor(&names);
    let entity_ser = entity_serialize(&names);
    let entity_de = deserialize(&names, false);
    let patch_ser = patch_serialize(&names);
    let patch_de = deserialize(&names, true);
    let traits = trait_impls(&names);
    let csv = csv_columns(&names);
    quote! {
        #patch_struct

        #[doc(hidden)]
        #[allow(non_upper_case_globals, non_camel_case_types, unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;
            #field_visitor
            #entity_ser
            #entity_de
            #patch_ser
            #patch_de
            #traits
            #csv
        };
    }
}

/// `pub struct {Name}Patch { ... }` with its derives and `Default`.
pub fn patch_struct(names: &Names) -> TokenStream {
    let model = names.model;
    let vis = &model.original.vis;
    let patch = &names.patch;
    let entity = names.entity;
    let (impl_generics, ty_generics, where_clause) = names.generics.split_for_impl();
    let doc = format!(
        "A patch of [`{entity}`] (`{}`): the body of an OData `PATCH` request.\n\n\
         Each field is `None` when the property is absent (not sent, not changed). \
         Serializing writes `\"@odata.type\"` and then only the present properties. \
         Generated by `#[derive(GraphEntity)]`.",
        names.odata_type
    );
    let fields = model.patchable().map(|f| {
        let ident = f.ident;
        let ty = f.ty;
        let cfgs = f.cfgs();
        let docs: Vec<_> = f.docs().collect();
        let default_doc = if docs.is_empty() {
            let text = if f.nullable {
                format!(
                    "New value of `{}`: `None` leaves it unchanged, `Some(None)` clears it.",
                    f.wire
                )
            } else {
                format!("New value of `{}`: `None` leaves it unchanged.", f.wire)
            };
            quote!(#[doc = #text])
        } else {
            quote!(#(#docs)*)
        };
        quote_spanned! {f.original.span()=>
            #(#cfgs)*
            #default_doc
            pub #ident: ::core::option::Option<#ty>,
        }
    });
    let extra_derives = model
        .attrs
        .patch_derive
        .as_ref()
        .filter(|paths| !paths.is_empty())
        .map(|paths| quote!(#[derive(#(#paths),*)]));
    let marker_field = names.marker.as_ref().map(|(field, _)| field);
    let marker_init = names.marker.as_ref().map(|(_, init)| init);
    let defaults = model.patchable().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* #ident: ::core::option::Option::None,)
    });
    let std_impls = patch_std_impls(names);
    quote! {
        #[doc = #doc]
        #extra_derives
        #vis struct #patch #impl_generics #where_clause {
            #(#fields)*
            #marker_field
        }

        #[automatically_derived]
        impl #impl_generics ::core::default::Default for #patch #ty_generics #where_clause {
            fn default() -> Self {
                #patch { #(#defaults)* #marker_init }
            }
        }

        #std_impls
    }
}

/// `Clone`, `Debug` and `PartialEq` of the patch, written out (rather than derived) so that
/// they bound only the type parameters the patch's fields use, as the `Patch` impl does.
fn patch_std_impls(names: &Names) -> TokenStream {
    let patch = &names.patch;
    let patch_name = patch.to_string();
    let fields: Vec<&Field> = names.model.patchable().collect();
    let marker_init = names.marker.as_ref().map(|(_, init)| init);
    let impl_for = |bound: TokenStream| {
        let generics = names.bounded(&bound, fields.iter().copied(), core::iter::empty());
        let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
        quote!(impl #impl_generics #bound for #patch #ty_generics #where_clause)
    };
    let clone_impl = impl_for(quote!(::core::clone::Clone));
    let debug_impl = impl_for(quote!(::core::fmt::Debug));
    let eq_impl = impl_for(quote!(::core::cmp::PartialEq));
    let clones = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            #ident: {
                let __value = &self.#ident;
                ::core::clone::Clone::clone(__value)
            },
        }
    });
    let debugs = fields.iter().map(|f| {
        let ident = f.ident;
        let name = ident.to_string();
        let cfgs = f.cfgs();
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            {
                let __value = &self.#ident;
                ::core::fmt::DebugStruct::field(&mut __debug, #name, __value);
            }
        }
    });
    let eqs = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            {
                let (__left, __right) = (&self.#ident, &__other.#ident);
                if ::core::cmp::PartialEq::ne(__left, __right) {
                    return false;
                }
            }
        }
    });
    quote! {
        #[automatically_derived]
        #clone_impl {
            fn clone(&self) -> Self {
                #patch { #(#clones)* #marker_init }
            }
        }

        #[automatically_derived]
        #debug_impl {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut __debug = ::core::fmt::Formatter::debug_struct(__f, #patch_name);
                #(#debugs)*
                ::core::fmt::DebugStruct::finish(&mut __debug)
            }
        }

        #[automatically_derived]
        #eq_impl {
            fn eq(&self, __other: &Self) -> bool {
                #(#eqs)*
                true
            }
        }
    }
}

fn variant(index: usize) -> Ident {
    format_ident!("__f{}", index)
}

/// `__Field` and its seed: property names to variants, shared by entity and patch.
fn field_visitor(names: &Names) -> TokenStream {
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

fn entity_serialize(names: &Names) -> TokenStream {
    let entity = names.entity;
    let generics = names.bounded(
        &quote!(__ge::serde::Serialize),
        names.model.on_wire(),
        core::iter::empty(),
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let type_value = format!("#{}", names.odata_type);
    let fields: Vec<&Field> = names.model.on_wire().collect();
    let count = fields.iter().map(|f| {
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* { __len += 1; })
    });
    let entries = fields.iter().map(|f| {
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs = f.cfgs();
        // Bound to a local spanned at the type, so a missing `Serialize` points at the type.
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            {
                let __value = &self.#ident;
                __ge::serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, __value)?;
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::serde::Serialize for #entity #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __ge::serde::Serializer,
            {
                let mut __len: usize = 1;
                #(#count)*
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

fn patch_serialize(names: &Names) -> TokenStream {
    let patch = &names.patch;
    let generics = names.bounded(
        &quote!(__ge::serde::Serialize),
        names.model.patchable(),
        core::iter::empty(),
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let type_value = format!("#{}", names.odata_type);
    let fields: Vec<&Field> = names.model.patchable().collect();
    let count = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote! {
            #(#cfgs)*
            if ::core::option::Option::is_some(&self.#ident) { __len += 1; }
        }
    });
    let entries = fields.iter().map(|f| {
        let ident = f.ident;
        let wire = &f.wire;
        let cfgs = f.cfgs();
        quote_spanned! {f.ty.span()=>
            #(#cfgs)*
            if let ::core::option::Option::Some(__value) = &self.#ident {
                __ge::serde::ser::SerializeMap::serialize_entry(&mut __map, #wire, __value)?;
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics __ge::serde::Serialize for #patch #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: __ge::serde::Serializer,
            {
                let mut __len: usize = 1;
                #(#count)*
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

/// The `Deserialize` impl of the entity (`patch == false`) or of the patch.
fn deserialize(names: &Names, patch: bool) -> TokenStream {
    let odata_type = &names.odata_type;
    let target = if patch {
        names.patch.clone()
    } else {
        names.entity.clone()
    };
    let de = Lifetime::new("'__de", Span::call_site());
    let bound = quote!(__ge::serde::Deserialize<#de>);
    let mut generics = if patch {
        names.bounded(&bound, names.model.patchable(), core::iter::empty())
    } else {
        let defaulted = names
            .model
            .fields
            .iter()
            .filter(|f| f.role() == Role::Skipped || f.attrs.default.is_some());
        names.bounded(&bound, names.model.on_wire(), defaulted)
    };
    generics
        .params
        .insert(0, GenericParam::Lifetime(LifetimeParam::new(de.clone())));
    let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = names.generics.split_for_impl();
    let phantom_params = names.generics.params.iter().filter_map(|p| match p {
        GenericParam::Type(t) => {
            let ident = &t.ident;
            Some(quote!(#ident))
        }
        GenericParam::Lifetime(l) => {
            let lifetime = &l.lifetime;
            Some(quote!(&#lifetime ()))
        }
        GenericParam::Const(_) => None,
    });
    let expecting = if patch {
        format!("a patch of {odata_type} (a JSON object)")
    } else {
        format!("a {odata_type} (a JSON object)")
    };

    let on_wire: Vec<(usize, &Field)> = names.model.on_wire().enumerate().collect();
    let locals = on_wire
        .iter()
        .filter(|(_, f)| !patch || f.role() == Role::Patchable)
        .map(|(i, f)| {
            let v = variant(*i);
            let ty = f.ty;
            let cfgs = f.cfgs();
            quote!(#(#cfgs)* let mut #v: ::core::option::Option<#ty> = ::core::option::Option::None;)
        });
    let arms = on_wire.iter().map(|(i, f)| {
        let v = variant(*i);
        let ty = f.ty;
        let wire = &f.wire;
        let cfgs: Vec<_> = f.cfgs().collect();
        if patch && f.role() != Role::Patchable {
            let reason = if f.attrs.key.is_some() {
                "the key"
            } else {
                "read-only"
            };
            return quote! {
                #(#cfgs)*
                __Field::#v => {
                    return ::core::result::Result::Err(__ge::not_patchable(#odata_type, #wire, #reason));
                }
            };
        }
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
    });
    let build = if patch {
        let fields = on_wire
            .iter()
            .filter(|(_, f)| f.role() == Role::Patchable)
            .map(|(i, f)| {
                let v = variant(*i);
                let ident = f.ident;
                let cfgs = f.cfgs();
                quote!(#(#cfgs)* #ident: #v,)
            });
        let marker_init = names.marker.as_ref().map(|(_, init)| init);
        quote!(#target { #(#fields)* #marker_init })
    } else {
        let fields = on_wire.iter().map(|(i, f)| {
            let v = variant(*i);
            let ident = f.ident;
            let wire = &f.wire;
            let cfgs = f.cfgs();
            let missing = if f.nullable {
                quote!(::core::option::Option::None)
            } else if f.attrs.default.is_some() {
                quote_spanned!(f.ty.span()=> ::core::default::Default::default())
            } else {
                quote!(return ::core::result::Result::Err(__ge::missing_property(#odata_type, #wire)))
            };
            quote! {
                #(#cfgs)*
                #ident: match #v {
                    ::core::option::Option::Some(__value) => __value,
                    ::core::option::Option::None => #missing,
                },
            }
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
        quote!(#target { #(#fields)* #(#skipped)* })
    };

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

                    // Not `#[inline]`: a visitor's only caller is `deserialize_map`, and inlining
                    // a wide entity's whole loop into it costs 10% in spills (BENCHMARKS.md).
                    fn visit_map<__A>(self, mut __map: __A) -> ::core::result::Result<Self::Value, __A::Error>
                    where
                        __A: __ge::serde::de::MapAccess<#de>,
                    {
                        #(#locals)*
                        let mut __seen_type = false;
                        while let ::core::option::Option::Some(__key) =
                            __ge::serde::de::MapAccess::next_key_seed(&mut __map, __FieldSeed { patch: #patch })?
                        {
                            match __key {
                                #(#arms)*
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

fn trait_impls(names: &Names) -> TokenStream {
    let krate = &names.krate;
    let entity = names.entity;
    let patch = &names.patch;
    let odata_type = &names.odata_type;
    let bound = quote! {
        ::core::clone::Clone
            + ::core::fmt::Debug
            + ::core::cmp::PartialEq
            + __ge::serde::Serialize
            + __ge::serde::de::DeserializeOwned
    };
    let generics = names.bounded(&bound, names.model.patchable(), core::iter::empty());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let fields: Vec<&Field> = names.model.patchable().collect();
    let marker_init = names.marker.as_ref().map(|(_, init)| init);
    let has_marker = marker_init.is_some();
    let rest = if has_marker { quote!(..) } else { quote!() };

    let idents: Vec<_> = fields.iter().map(|f| f.ident).collect();
    let cfgs: Vec<Vec<_>> = fields.iter().map(|f| f.cfgs().collect()).collect();
    let destructure = quote!(#(#(#cfgs)* #idents,)* #rest);
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
                let (__old, __new) = (&self.#ident, &__updated.#ident);
                if ::core::cmp::PartialEq::ne(__old, __new) {
                    ::core::option::Option::Some(::core::clone::Clone::clone(__new))
                } else {
                    ::core::option::Option::None
                }
            },
        }
    });
    let empty = fields.iter().map(|f| {
        let ident = f.ident;
        let cfgs = f.cfgs();
        quote!(#(#cfgs)* { __empty &= ::core::option::Option::is_none(&self.#ident); })
    });
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
                let mut __empty = true;
                #(#empty)*
                __empty
            }

            fn merge(&mut self, __later: Self) {
                let #patch { #destructure } = __later;
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

/// `impl csv::Columns`: the CSV column title and wire name of each property on the wire,
/// except `csv_skip` fields and fields under `#[cfg]` (`valid` rejects `csv` on those).
fn csv_columns(names: &Names) -> TokenStream {
    let krate = &names.krate;
    let entity = names.entity;
    let (impl_generics, ty_generics, where_clause) = names.generics.split_for_impl();
    let columns = names
        .model
        .on_wire()
        .filter(|f| f.cfgs().next().is_none() && f.attrs.csv_skip.is_none())
        .map(|f| {
            let title = f.csv_title();
            let wire = &f.wire;
            quote!(#krate::csv::Column { title: #title, property: #wire })
        });
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::csv::Columns for #entity #ty_generics #where_clause {
            const COLUMNS: &'static [#krate::csv::Column] = &[#(#columns),*];
        }
    }
}
