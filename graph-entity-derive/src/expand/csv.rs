//! `impl csv::Columns`: the CSV column title and wire name of each property on the wire.

use proc_macro2::TokenStream;
use quote::quote;

use super::Context;

/// Every property on the wire except `csv_skip` fields and fields under `#[cfg]` (`valid`
/// rejects `csv` on those: the column list is a constant array).
pub fn columns(cx: &Context) -> TokenStream {
    let krate = &cx.krate;
    let entity = cx.entity;
    let (impl_generics, ty_generics, where_clause) = cx.generics.split_for_impl();
    let columns = cx
        .model
        .properties()
        .filter(|f| f.cfgs().next().is_none() && f.attrs.csv_skip.is_none())
        .filter(|f| f.link == crate::ast::Link::None)
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
