//! The implementation of `#[derive(GraphEntity)]`.
//!
//! Use it through the [`graph-entity`](https://docs.rs/graph-entity) crate, which re-exports the
//! derive and documents it: this crate's items are not meant to be used directly.
//!
//! The pipeline, one way: `attr` parses the `#[graph(...)]` attributes from one table, `ast`
//! turns syn's tree into the crate's model (the attributes typed, read once by their name
//! constants), `valid` checks what spans several fields, `expand` generates from the model's
//! typed fields alone; on error, `fallback` still emits the patch type and stub impls, so one
//! mistake gives one error.

mod ast;
mod attr;
mod bound;
mod case;
mod ctxt;
mod expand;
mod fallback;
mod suggest;
mod valid;

#[cfg(test)]
mod robustness;

use proc_macro::TokenStream;
use syn::DeriveInput;

use crate::ast::Input;
use crate::ast::enums::EnumInput;
use crate::ast::poly::PolyInput;
use crate::ctxt::Errors;
use crate::expand::Context;

/// Derives `Serialize`, `Deserialize` and `graph_entity::Entity` for a struct, and generates its
/// `{Name}Patch` companion type; on an enum of newtype variants, a polymorphic type family
/// dispatched on `"@odata.type"`. See the `graph_entity` crate for the documentation.
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    derive_tokens(input.into()).into()
}

/// Derives `graph_entity::Enum`, `Serialize` and `Deserialize` for an OData enum type. See the
/// `graph_entity` crate for the documentation.
#[proc_macro_derive(GraphEnum, attributes(graph))]
pub fn derive_graph_enum(input: TokenStream) -> TokenStream {
    match syn::parse2::<DeriveInput>(input.into()) {
        Ok(input) => derive_enum(&input),
        Err(error) => error.to_compile_error(),
    }
    .into()
}

/// `GraphEnum`: parse and check, then expand; on error, the errors alone (nothing names a
/// generated type, so there is nothing to stub).
fn derive_enum(input: &DeriveInput) -> proc_macro2::TokenStream {
    let mut errors = Errors::default();
    let Some(model) = EnumInput::from_syn(input, &mut errors) else {
        return errors.into_compile_error();
    };
    valid::check_odata_type(&model.attrs, &input.ident, &mut errors);
    if errors.is_empty() {
        expand::enums::expand(&model)
    } else {
        errors.into_compile_error()
    }
}

/// `GraphEntity` on an enum of newtype variants (a polymorphic type family): like `GraphEnum`,
/// the errors alone on error.
fn derive_poly(input: &DeriveInput, data: &syn::DataEnum) -> proc_macro2::TokenStream {
    let mut errors = Errors::default();
    let model = PolyInput::from_syn(input, data, &mut errors);
    valid::check_odata_type(&model.attrs, &input.ident, &mut errors);
    if errors.is_empty() {
        expand::poly::expand(&model)
    } else {
        errors.into_compile_error()
    }
}

/// The whole derive on token streams: what `#[proc_macro_derive]` calls, and what tests call.
fn derive_tokens(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    match syn::parse2::<DeriveInput>(input) {
        Ok(input) => derive(&input),
        Err(error) => error.to_compile_error(),
    }
}

/// Parse, validate, then expand, or on error the errors plus the fallback.
fn derive(input: &DeriveInput) -> proc_macro2::TokenStream {
    if let syn::Data::Enum(data) = &input.data {
        if data.variants.iter().any(|v| !v.fields.is_empty()) {
            return derive_poly(input, data);
        }
    }
    let mut errors = Errors::default();
    let Some(model) = Input::from_syn(input, &mut errors) else {
        return errors.into_compile_error();
    };
    valid::check(&model, &mut errors);
    if errors.is_empty() {
        expand::expand(&model)
    } else {
        let mut out = errors.into_compile_error();
        out.extend(fallback::stub(&Context::new(&model)));
        out
    }
}
