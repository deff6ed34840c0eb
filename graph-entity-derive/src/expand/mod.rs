//! The model to tokens, one concept a file: the patch type ([`patch`]), `Serialize` ([`ser`]),
//! `Deserialize` ([`de`]), `Entity`/`Patch` ([`merge`]), `Nested` ([`nested`]), the CSV columns
//! ([`csv`]) and `KeepType` ([`keep_type`]) of a struct; an action body ([`action`]), a
//! `GraphEnum` ([`enums`]) and a polymorphic enum ([`poly`]). Every part of a struct's expansion
//! reads one [`Context`].

pub mod action;
pub mod csv;
pub mod de;
pub mod enums;
pub mod keep_type;
pub mod merge;
pub mod nested;
pub mod patch;
pub mod poly;
pub mod ser;

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Generics, Ident, Type};

use crate::ast::{Field, Input, Link, Shape, option_inner, vec_inner};
use crate::bound::{self, Marker};

/// The expansion context of a struct: the model, and the names and paths every part of its
/// expansion uses.
pub struct Context<'a> {
    pub model: &'a Input<'a>,
    pub krate: TokenStream,
    pub entity: &'a Ident,
    pub patch: Ident,
    /// The qualified type name; for an action body, "the body of {action}" (what its errors
    /// name).
    pub odata_type: String,
    pub generics: &'a Generics,
    /// The patch's hidden marker field, when it needs one (see [`bound::marker`]).
    pub marker: Option<Marker>,
}

impl<'a> Context<'a> {
    pub fn new(model: &'a Input<'a>) -> Self {
        let entity = &model.original.ident;
        Context {
            model,
            krate: model
                .attrs
                .krate
                .as_ref()
                .map_or_else(|| quote!(::graph_entity), |path| quote!(#path)),
            entity,
            patch: model
                .attrs
                .patch
                .clone()
                .unwrap_or_else(|| format_ident!("{}Patch", entity, span = entity.span())),
            odata_type: match (&model.attrs.action, &model.attrs.odata_type) {
                // What a body's errors name: "property `message` of the body of ...".
                (Some(action), _) => format!("the body of {}", action.value),
                (None, Some(t)) => t.value.clone(),
                (None, None) => String::new(),
            },
            generics: &model.original.generics,
            marker: bound::marker(model),
        }
    }

    /// The entity's generics with `bound` inferred on the parameters `fields` use.
    pub fn bounded<'f>(
        &self,
        bound: &TokenStream,
        fields: impl Iterator<Item = &'f Field<'f>>,
    ) -> Generics
    where
        'a: 'f,
    {
        bound::with_bound(self.generics, bound, fields, core::iter::empty())
    }

    /// The type of `f`'s value in the patch (inside the patch field's `Option`): the field's
    /// own type, or for a nested value the value's patch type.
    pub fn patch_value_ty(&self, f: &Field) -> TokenStream {
        if f.link != Link::None {
            // Two states, as on the entity: `Option<Box<T>>`, `Option<Vec<String>>`, ...
            let inner = option_inner(f.ty).unwrap_or(f.ty);
            return quote!(#inner);
        }
        match f.shape {
            Shape::Plain | Shape::Collection => {
                let ty = f.ty;
                quote!(#ty)
            }
            // At the value's type: a type that is no `Nested` is an error there.
            Shape::Single(ty) => {
                let nested = self.nested(ty);
                quote_spanned!(ty.span()=> <#ty as #nested>::Patch)
            }
            Shape::Nullable(ty) => {
                let nested = self.nested(ty);
                quote_spanned!(ty.span()=> ::core::option::Option<<#ty as #nested>::Patch>)
            }
        }
    }

    /// The path of the `Nested` trait, every token at `ty` (the value type a nested property's
    /// code names it with): a type that is no `Nested` is then the same error wherever the
    /// code uses it, which rustc reports once.
    pub fn nested(&self, ty: &Type) -> TokenStream {
        let krate = &self.krate;
        respan(quote!(#krate::Nested), ty.span())
    }

    /// The path of `NestedCreate`, every token at `ty` (see [`nested`](Self::nested)).
    pub fn nested_create(&self, ty: &Type) -> TokenStream {
        let krate = &self.krate;
        respan(quote!(#krate::NestedCreate), ty.span())
    }

    /// The type whose `Nested` a `#[graph(nested)]` field needs: `C` of `C`, `Box<C>` (itself
    /// `Nested`), `Option<C>`, `Vec<C>`, `Option<Vec<C>>`; `None` for any other field.
    pub fn nested_value<'f>(f: &Field<'f>) -> Option<&'f Type> {
        if f.link != Link::None {
            return None;
        }
        match f.shape {
            Shape::Plain => None,
            Shape::Single(ty) | Shape::Nullable(ty) => Some(ty),
            Shape::Collection => vec_inner(option_inner(f.ty).unwrap_or(f.ty)),
        }
    }

    /// `tokens`, the code of field `f`, with every span at the nested value's type when `f` is
    /// a nested field (an error at any other place would be reported once more), as they are
    /// otherwise.
    pub fn at_value(f: &Field, tokens: TokenStream) -> TokenStream {
        match Self::nested_value(f) {
            Some(ty) => respan(tokens, ty.span()),
            None => tokens,
        }
    }

    /// The marker field's initializer, if the patch has one.
    pub fn marker_init(&self) -> Option<&TokenStream> {
        self.marker.as_ref().map(|m| &m.init)
    }
}

/// `tokens` with every span set to `span` (inside groups too).
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut new = Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                return TokenTree::Group(new);
            }
            token.set_span(span);
            token
        })
        .collect()
}

/// The attribute on the non-generic methods the derive writes (`apply`, `diff`, `merge`, the
/// patch's std impls, the `Enum` methods, ...): `#[inline]`, so that a crate of models leaves
/// their machine code to the crates that call them, as it does for its generic serde impls. In
/// release builds since issue 18 (the models take 0.40x the CPU, BENCHMARKS.md); in debug
/// builds too since "Fewer bodies per type": it saved a `calendar` build nothing measurable
/// (20.8 s of CPU with it, 20.2 s without), but the `full` models crate 16-19% of its time and
/// 10% of its memory (99.5 s against 120.9 s in alternating pairs, BENCHMARKS.md). rustc
/// compiles such a method in each crate that calls it, and only there.
pub fn lazy_inline() -> TokenStream {
    quote!(#[inline])
}

/// The local name of a property's value while it is read: `__f0`, `__f1`, ...
pub fn variant(index: usize) -> Ident {
    format_ident!("__f{}", index)
}

/// Everything the derive emits for a valid struct.
pub fn expand(model: &Input) -> TokenStream {
    let cx = Context::new(model);
    if model.attrs.action.is_some() {
        return action::expand(&cx);
    }
    let krate = &cx.krate;
    let patch_struct = patch::patch_struct(&cx);
    let field_visitor = de::field_visitor(&cx);
    let entity_ser = ser::entity(&cx);
    let entity_de = de::entity(&cx);
    let patch_ser = ser::patch(&cx);
    let patch_de = de::patch(&cx);
    let traits = merge::trait_impls(&cx);
    let nested = nested::nested_impl(&cx);
    let csv = csv::columns(&cx);
    let keep_type = keep_type::keep_type(&cx);
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
            #nested
            #csv
            #keep_type
        };
    }
}
