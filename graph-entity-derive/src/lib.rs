//! The implementation of `#[derive(GraphEntity)]`.
//!
//! Use it through the [`graph-entity`](https://docs.rs/graph-entity) crate, which re-exports the
//! derive and documents it: this crate's items are not meant to be used directly.

mod ast;
mod attr;
mod case;
mod ctxt;
mod expand;
mod fallback;
mod valid;

#[cfg(test)]
mod robustness;

use proc_macro::TokenStream;

/// Derives `Serialize`, `Deserialize` and `graph_entity::Entity` for a struct, and generates its
/// `{Name}Patch` companion type. See the `graph_entity` crate for the documentation.
#[proc_macro_derive(GraphEntity, attributes(graph))]
pub fn derive_graph_entity(input: TokenStream) -> TokenStream {
    expand::derive_tokens(input.into()).into()
}
