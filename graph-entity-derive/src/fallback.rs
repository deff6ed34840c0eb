//! What the derive emits beside its errors: the patch type and the trait impls with bodies that
//! are never run, so the user's code that names them does not add follow-up errors.

use proc_macro2::TokenStream;
use quote::quote;

use crate::bound;
use crate::expand::{Context, patch};

pub fn stub(cx: &Context) -> TokenStream {
    if cx.model.attrs.action.is_some() {
        return action_stub(cx);
    }
    let krate = &cx.krate;
    let entity = cx.entity;
    let patch = &cx.patch;
    // The same inferred bounds as the real expansion, so the stub adds no error of its own.
    let generics = cx.bounded(&bound::patch_traits(), cx.model.patchable());
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let patch_struct = patch::patch_struct(cx);
    let params = &cx.generics.params;
    quote! {
        #patch_struct

        #[allow(unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;

            impl #impl_generics #krate::Entity for #entity #ty_generics #where_clause {
                const ODATA_TYPE: &'static str = "";
                type Patch = #patch #ty_generics;
                fn apply(&mut self, _: Self::Patch) {
                    ::core::unimplemented!()
                }
                fn diff(&self, _: &Self) -> Self::Patch {
                    ::core::unimplemented!()
                }
            }

            impl #impl_generics #krate::Patch for #patch #ty_generics #where_clause {
                type Entity = #entity #ty_generics;
                fn is_empty(&self) -> bool {
                    ::core::unimplemented!()
                }
                fn merge(&mut self, _: Self) {
                    ::core::unimplemented!()
                }
                fn changed_properties(&self) -> impl ::core::iter::Iterator<Item = &'static str> {
                    ::core::iter::empty()
                }
            }

            impl #impl_generics #krate::Nested for #entity #ty_generics #where_clause {
                type Patch = #patch #ty_generics;
                fn apply_patch(&mut self, _: Self::Patch) {
                    ::core::unimplemented!()
                }
                fn diff_patch(&self, _: &Self) -> ::core::option::Option<Self::Patch> {
                    ::core::unimplemented!()
                }
                fn merge_patch(_: &mut Self::Patch, _: Self::Patch) {
                    ::core::unimplemented!()
                }
                fn full_patch(&self) -> Self::Patch {
                    ::core::unimplemented!()
                }
            }

            impl #impl_generics __ge::Members for #entity #ty_generics #where_clause {
                fn write_members<__M: __ge::serde::ser::SerializeMap>(&self, _: &mut __M) -> ::core::result::Result<(), __M::Error> {
                    ::core::unimplemented!()
                }
            }

            impl #impl_generics __ge::Members for #patch #ty_generics #where_clause {
                fn write_members<__M: __ge::serde::ser::SerializeMap>(&self, _: &mut __M) -> ::core::result::Result<(), __M::Error> {
                    ::core::unimplemented!()
                }
            }

            impl #impl_generics __ge::serde::Serialize for #entity #ty_generics #where_clause {
                fn serialize<__S: __ge::serde::Serializer>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unimplemented!()
                }
            }

            impl #impl_generics __ge::serde::Serialize for #patch #ty_generics #where_clause {
                fn serialize<__S: __ge::serde::Serializer>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unimplemented!()
                }
            }

            impl<'__de, #params> __ge::serde::Deserialize<'__de> for #entity #ty_generics #where_clause {
                fn deserialize<__D: __ge::serde::Deserializer<'__de>>(_: __D) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unimplemented!()
                }
            }

            impl<'__de, #params> __ge::serde::Deserialize<'__de> for #patch #ty_generics #where_clause {
                fn deserialize<__D: __ge::serde::Deserializer<'__de>>(_: __D) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unimplemented!()
                }
            }
        };
    }
}

/// An action body has no patch: `Serialize`, `Deserialize` and `ActionBody` alone.
fn action_stub(cx: &Context) -> TokenStream {
    let krate = &cx.krate;
    let entity = cx.entity;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let params = &cx.generics.params;
    quote! {
        #[allow(unused_qualifications, clippy::all, clippy::pedantic)]
        const _: () = {
            use #krate::__private as __ge;

            impl #impl_generics #krate::ActionBody for #entity #ty_generics #where_clause {
                const ACTION: &'static str = "";
            }

            impl #impl_generics __ge::serde::Serialize for #entity #ty_generics #where_clause {
                fn serialize<__S: __ge::serde::Serializer>(&self, _: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    ::core::unimplemented!()
                }
            }

            impl<'__de, #params> __ge::serde::Deserialize<'__de> for #entity #ty_generics #where_clause {
                fn deserialize<__D: __ge::serde::Deserializer<'__de>>(_: __D) -> ::core::result::Result<Self, __D::Error> {
                    ::core::unimplemented!()
                }
            }
        };
    }
}
