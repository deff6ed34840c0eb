//! A polymorphic enum (an enum of newtype variants, each a `GraphEntity` struct): `From` each
//! variant, `odata_type()`, `Serialize` (the variant writes itself), `Deserialize` (dispatched on
//! `"@odata.type"` by `__ge::deserialize_poly`), `Members` for nested positions, and `Nested`
//! (replaced whole). The `KeepType` impl of each variant's struct is the struct's own
//! ([`super::keep_type`]).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::poly::PolyInput;

/// What every part of the expansion cx.
struct Poly<'a> {
    model: &'a PolyInput<'a>,
    krate: TokenStream,
    name: &'a syn::Ident,
    /// The enum's own (base) type.
    base: String,
}

impl Poly<'_> {
    /// `<T as Entity>::ODATA_TYPE`.
    fn odata(&self, ty: &syn::Type) -> TokenStream {
        let krate = &self.krate;
        quote!(<#ty as #krate::Entity>::ODATA_TYPE)
    }
}

pub fn expand(model: &PolyInput) -> TokenStream {
    let poly = Poly {
        model,
        krate: model
            .attrs
            .krate
            .as_ref()
            .map_or_else(|| quote!(::graph_entity), |path| quote!(#path)),
        name: &model.original.ident,
        base: model
            .attrs
            .odata_type
            .as_ref()
            .map_or_else(String::new, |t| t.value.clone()),
    };
    let krate = &poly.krate;
    let name = poly.name;
    let idents: Vec<_> = model.variants.iter().map(|v| v.ident).collect();
    let tys: Vec<_> = model.variants.iter().map(|v| v.ty).collect();
    let inherent = inherent(&poly);
    let read = read(&poly);
    let members = members(&poly);
    let nested = nested(&poly);
    quote! {
        #(
            #[automatically_derived]
            impl ::core::convert::From<#tys> for #name {
                #[inline]
                fn from(__value: #tys) -> Self {
                    #name::#idents(__value)
                }
            }
        )*

        #inherent

        #[doc(hidden)]
        #[allow(non_upper_case_globals, non_camel_case_types, unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;

            #read

            #[automatically_derived]
            impl __ge::serde::Serialize for #name {
                #[inline]
                fn serialize<__S>(&self, __serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
                where
                    __S: __ge::serde::Serializer,
                {
                    match self {
                        #(#name::#idents(__v) => __ge::serde::Serialize::serialize(__v, __serializer),)*
                    }
                }
            }

            #members
            #nested
        };
    }
}

/// `odata_type()`: the variant's type, or the one a row was read with.
fn inherent(poly: &Poly) -> TokenStream {
    let Poly {
        krate, name, base, ..
    } = poly;
    let types = poly.model.variants.iter().map(|v| {
        let (ident, odata) = (v.ident, poly.odata(v.ty));
        quote! {
            #name::#ident(__v) => match __ge::KeepType::kept_type(__v) {
                ::core::option::Option::Some(__kept) => __ge::strip_hash(__kept),
                ::core::option::Option::None => #odata,
            },
        }
    });
    let doc = format!(
        "The type of this value (in the `{base}` family), qualified, without `#`: its \
         variant's `odata_type`, or the type named by a row read as another variant."
    );
    let idents: Vec<_> = poly.model.variants.iter().map(|v| v.ident).collect();
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #name {
            #[doc = #doc]
            pub fn odata_type(&self) -> &str {
                use #krate::__private as __ge;
                match self {
                    #(#types)*
                }
            }

            /// The row's `@odata.etag`, when its type keeps it: the variant's `Entity::etag`.
            pub fn etag(&self) -> ::core::option::Option<&str> {
                match self {
                    #(#name::#idents(__v) => #krate::Entity::etag(__v),)*
                }
            }

            /// The row's `"@removed"` annotation (a delta removal): the variant's
            /// `Entity::removed`.
            pub fn removed(&self) -> ::core::option::Option<#krate::Removed> {
                match self {
                    #(#name::#idents(__v) => #krate::Entity::removed(__v),)*
                }
            }
        }
    }
}

/// `Poly` (which variant reads a row) and `Deserialize` through it.
fn read(poly: &Poly) -> TokenStream {
    let Poly { name, base, .. } = poly;
    let variants = &poly.model.variants;
    let known = variants.iter().map(|v| poly.odata(v.ty));
    let named = variants.iter().map(|v| {
        let (ident, ty, odata) = (v.ident, v.ty, poly.odata(v.ty));
        quote! {
            ::core::option::Option::Some(__t) if __t == #odata => {
                __ge::read_rest::<#ty, __A>(__map).map(#name::#ident)
            }
        }
    });
    let untyped = variants.iter().map(|v| {
        let (ident, ty, odata) = (v.ident, v.ty, poly.odata(v.ty));
        quote! {
            ::core::option::Option::None if #odata == #base => {
                __ge::read_rest::<#ty, __A>(__map).map(#name::#ident)
            }
        }
    });
    let fallback = variants.iter().find(|v| v.other).map_or_else(
        || {
            quote! {
                ::core::option::Option::None => ::core::result::Result::Err(
                    __ge::missing_type(#base, <Self as __ge::Poly>::KNOWN),
                ),
                ::core::option::Option::Some(_) => ::core::result::Result::Err(__ge::unknown_type(
                    #base,
                    __found.unwrap_or_default(),
                    <Self as __ge::Poly>::KNOWN,
                )),
            }
        },
        |other| {
            let (ident, ty) = (other.ident, other.ty);
            quote! {
                ::core::option::Option::None => __ge::read_rest::<#ty, __A>(__map).map(#name::#ident),
                ::core::option::Option::Some(_) => {
                    let mut __value = __ge::read_rest::<#ty, __A>(__map)?;
                    if let ::core::option::Option::Some(__found) = __found {
                        __ge::KeepType::keep_type(&mut __value, __found);
                    }
                    ::core::result::Result::Ok(#name::#ident(__value))
                }
            }
        },
    );
    quote! {
        #[automatically_derived]
        impl __ge::Poly for #name {
            const ODATA_TYPE: &'static str = #base;
            const KNOWN: &'static [&'static str] = &[#(#known),*];

            fn read_variant<'__de, __A>(
                __found: ::core::option::Option<&str>,
                __map: __A,
            ) -> ::core::result::Result<Self, __A::Error>
            where
                __A: __ge::serde::de::MapAccess<'__de>,
            {
                match ::core::option::Option::map(__found, __ge::strip_hash) {
                    #(#named)*
                    #(#untyped)*
                    #fallback
                }
            }
        }

        #[automatically_derived]
        impl<'__de> __ge::serde::Deserialize<'__de> for #name {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: __ge::serde::Deserializer<'__de>,
            {
                __ge::deserialize_poly(__deserializer)
            }
        }
    }
}

/// `Members`: the value in a nested position, where the declared type is the enum's, so only a
/// derived type (or a kept one) is annotated, as the protocol requires.
fn members(poly: &Poly) -> TokenStream {
    let Poly { name, base, .. } = poly;
    let nested_type = |ty: &syn::Type| {
        let odata = poly.odata(ty);
        quote! {
            match __ge::KeepType::kept_type(__v) {
                ::core::option::Option::Some(__kept) => {
                    ::core::option::Option::Some(__ge::TypeValue::Kept(__kept))
                }
                ::core::option::Option::None if #odata == #base => ::core::option::Option::None,
                ::core::option::Option::None => ::core::option::Option::Some(__ge::TypeValue::Own(#odata)),
            }
        }
    };
    let writes = poly.model.variants.iter().map(|v| {
        let (ident, nested_type) = (v.ident, nested_type(v.ty));
        quote! {
            #name::#ident(__v) => {
                if let ::core::option::Option::Some(__type) = #nested_type {
                    __ge::serde::ser::SerializeMap::serialize_entry(
                        __map,
                        "@odata.type",
                        &__type,
                    )?;
                }
                __ge::Members::write_members(__v, __map)
            }
        }
    });
    quote! {
        #[automatically_derived]
        impl __ge::Members for #name {
            #[inline]
            fn write_members<__M>(&self, __map: &mut __M) -> ::core::result::Result<(), __M::Error>
            where
                __M: __ge::serde::ser::SerializeMap,
            {
                match self {
                    #(#writes)*
                }
            }
        }
    }
}

/// `Nested`: a nested property of a polymorphic type is replaced whole.
fn nested(poly: &Poly) -> TokenStream {
    let Poly { krate, name, .. } = poly;
    quote! {
            // Replaced whole: its patch is the new value. The bounds are written with a binder
            // so that the impls compile for every enum (a plain `where Enum: Clone` on a type
            // without `Clone` is an error) and are usable where they hold.
            #[automatically_derived]
            impl #krate::Nested for #name
            where
                for<'__x> #name: ::core::clone::Clone
                    + ::core::fmt::Debug
                    + ::core::cmp::PartialEq,
            {
                type Patch = Self;

                #[inline]
                fn apply_patch(&mut self, __patch: Self) {
                    *self = __patch;
                }

                #[inline]
                fn diff_patch(&self, __updated: &Self) -> ::core::option::Option<Self> {
                    if self == __updated {
                        ::core::option::Option::None
                    } else {
                        ::core::option::Option::Some(::core::clone::Clone::clone(__updated))
                    }
                }

                #[inline]
                fn merge_patch(__patch: &mut Self, __later: Self) {
                    *__patch = __later;
                }

                #[inline]
                fn full_patch(&self) -> Self {
                    ::core::clone::Clone::clone(self)
                }
            }

            // Where there was no value, the patch is the new value: no `Default` needed.
            #[automatically_derived]
            impl #krate::NestedCreate for #name
            where
                for<'__x> #name: ::core::clone::Clone
                    + ::core::fmt::Debug
                    + ::core::cmp::PartialEq,
            {
                #[inline]
                fn create(__patch: Self) -> Self {
                    __patch
                }

                #[inline]
                fn creating_patch(__value: &Self) -> Self {
                    ::core::clone::Clone::clone(__value)
                }
            }

            // The same where the property is boxed (a type that contains itself).
            #[automatically_derived]
            impl #krate::NestedCreate for ::std::boxed::Box<#name>
            where
                for<'__x> #name: ::core::clone::Clone
                    + ::core::fmt::Debug
                    + ::core::cmp::PartialEq,
            {
                #[inline]
                fn create(__patch: Self) -> Self {
                    __patch
                }

                #[inline]
                fn creating_patch(__value: &Self) -> Self {
                    ::core::clone::Clone::clone(__value)
                }
            }
    }
}
