//! The input as this crate sees it: attributes typed (read once, in [`attrs`]), fields
//! classified, wire names resolved, borrowing the syn tree so every error can point at the
//! user's tokens.

use syn::ext::IdentExt;
use syn::{
    Attribute, Data, DeriveInput, Fields, GenericArgument, Ident, LitStr, PathArguments, Type,
};

pub mod attrs;
pub mod enums;
pub mod poly;

pub use self::attrs::{ContainerAttrs, FieldAttrs, VariantAttrs};
use crate::attr::Place;
use crate::ctxt::Errors;

pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ContainerAttrs,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub original: &'a syn::Field,
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
    /// How the field takes part in the wire form and the patch, from its attributes.
    pub role: Role,
    /// The property name on the wire.
    pub wire: String,
    /// The type is spelled `Option<T>`: the property is nullable.
    pub nullable: bool,
    /// How a `#[graph(nested)]` property holds its value(s); `Plain` without `nested`.
    pub shape: Shape<'a>,
    /// A navigation property or a bind, or neither.
    pub link: Link,
}

/// Navigation: the fields that follow Graph's links rather than hold the entity's own data.
/// Both are written only when `Some`, never filled by `diff`, and carried by the patch with the
/// entity's own type (two states: sent or not).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A structural property.
    None,
    /// `navigation`: a navigation property's value (`$expand`, deep insert, deep update),
    /// `Option<Box<T>>` or, for a `collection`, `Option<Vec<T>>`.
    Navigation { collection: bool },
    /// `bind = "name"`: the member `name@odata.bind`, a link by URL to an existing entity
    /// (`Option<String>`), or to several for a collection (`Option<Vec<String>>`).
    Bind { collection: bool },
}

/// The shape of a property's type, for `#[graph(nested)]`.
#[derive(Clone, Copy)]
pub enum Shape<'a> {
    /// Not `nested`: any serde type, replaced whole.
    Plain,
    /// `C` (or `Box<C>`): patched property by property.
    Single(&'a Type),
    /// `Option<C>` (or `Option<Box<C>>`): patched property by property, cleared by `null`.
    Nullable(&'a Type),
    /// `Vec<C>` or `Option<Vec<C>>`: replaced whole; its values are written as nested values.
    Collection,
}

/// How a field takes part in the wire form and the patch.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Not on the wire, not in the patch; `Default::default()` when read.
    Skipped,
    /// On the wire, not in the patch (`key` or `read_only`).
    ReadOnly,
    /// On the wire and in the patch.
    Patchable,
    /// `@odata.etag` (`etag`): read and written on the entity, never in the patch.
    Etag,
    /// Every member the struct does not declare (`additional_data`).
    AdditionalData,
}

impl<'a> Input<'a> {
    /// Builds the model, or returns `None` (with the error recorded) when the input is not a
    /// struct with named fields.
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Self> {
        let place = match input.data {
            Data::Enum(_) => Place::Enum,
            _ => Place::Struct,
        };
        let attrs = ContainerAttrs::parse(&input.attrs, place, errors);
        let named = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named,
                Fields::Unnamed(_) => return not_named(input, "a tuple struct", errors),
                Fields::Unit => return not_named(input, "a unit struct", errors),
            },
            // An enum with fields is a polymorphic enum (`lib.rs` sends it to `ast::poly`).
            Data::Enum(data) => {
                errors.spanned(
                    data.enum_token,
                    "GraphEntity on a fieldless enum: an OData enum type derives `GraphEnum` \
                     (`#[derive(GraphEnum)]`)",
                );
                return None;
            }
            Data::Union(data) => {
                errors.spanned(
                    data.union_token,
                    "GraphEntity can only be derived for a struct with named fields, not a union",
                );
                return None;
            }
        };
        let rule = attrs.rename_all;
        let fields = named
            .named
            .iter()
            .filter_map(|field| {
                let ident = field.ident.as_ref()?;
                let attrs = FieldAttrs::parse(&field.attrs, errors);
                // `Option<Vec<_>>`: a collection navigation property or its bind.
                let collection = option_inner(&field.ty).is_some_and(|t| vec_inner(t).is_some());
                let link = if attrs.navigation.is_some() {
                    Link::Navigation { collection }
                } else if attrs.bind.is_some() {
                    Link::Bind { collection }
                } else {
                    Link::None
                };
                let wire = match (&attrs.bind, &attrs.rename) {
                    (Some(bind), _) => format!("{}@odata.bind", bind.value()),
                    (None, Some(rename)) => rename.value(),
                    (None, None) => rule.apply(ident.unraw().to_string().as_str()),
                };
                let shape = if attrs.nested.is_some() {
                    shape(&field.ty)
                } else {
                    Shape::Plain
                };
                Some(Field {
                    original: field,
                    ident,
                    ty: &field.ty,
                    nullable: option_inner(&field.ty).is_some(),
                    role: attrs.role(),
                    attrs,
                    wire,
                    shape,
                    link,
                })
            })
            .collect();
        Some(Input {
            original: input,
            attrs,
            fields,
        })
    }

    pub fn patchable(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(|f| f.role == Role::Patchable)
    }

    /// The declared properties: on the wire under their names (key, read-only, patchable).
    pub fn properties(&self) -> impl Iterator<Item = &Field<'a>> {
        self.fields
            .iter()
            .filter(|f| matches!(f.role, Role::ReadOnly | Role::Patchable))
    }

    /// The `#[graph(etag)]` field, if any.
    pub fn etag(&self) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.role == Role::Etag)
    }

    /// The `#[graph(additional_data)]` field, if any.
    pub fn additional_data(&self) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.role == Role::AdditionalData)
    }

    /// The patch has an `additional_data` field of dynamic properties (`open_type`).
    pub fn open_patch(&self) -> bool {
        self.attrs.open_type.is_some() && self.additional_data().is_some()
    }

    /// Whether any field is under `#[cfg]`: then counts cannot be constants.
    pub fn has_cfg_fields(&self) -> bool {
        self.fields.iter().any(|f| f.cfgs().next().is_some())
    }
}

fn not_named<T>(input: &DeriveInput, what: &str, errors: &mut Errors) -> Option<T> {
    errors.spanned(
        &input.ident,
        format!(
            "GraphEntity needs a struct with named fields (an OData object has named \
             properties); this is {what}"
        ),
    );
    None
}

impl Field<'_> {
    /// The CSV column title: `csv = "..."`, or else the wire name.
    pub fn csv_title(&self) -> String {
        self.attrs
            .csv
            .as_ref()
            .map_or_else(|| self.wire.clone(), LitStr::value)
    }

    /// `#[doc]` attributes, carried over to the patch field.
    pub fn docs(&self) -> impl Iterator<Item = &Attribute> {
        self.original
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
    }

    /// `#[cfg]` attributes, carried over to every place the field appears.
    pub fn cfgs(&self) -> impl Iterator<Item = &Attribute> {
        self.original
            .attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
    }
}

/// The shape of a `#[graph(nested)]` field's type, read from its spelling.
fn shape(ty: &Type) -> Shape<'_> {
    match option_inner(ty) {
        Some(inner) if vec_inner(inner).is_some() => Shape::Collection,
        Some(inner) => Shape::Nullable(inner),
        None if vec_inner(ty).is_some() => Shape::Collection,
        None => Shape::Single(ty),
    }
}

/// `T` if `ty` is spelled `Option<T>`, `core::option::Option<T>` or `std::option::Option<T>`.
pub fn option_inner(ty: &Type) -> Option<&Type> {
    wrapper_inner(ty, "Option", &["core", "std"], "option")
}

/// `T` if `ty` is spelled `Vec<T>`, `alloc::vec::Vec<T>` or `std::vec::Vec<T>`.
pub fn vec_inner(ty: &Type) -> Option<&Type> {
    wrapper_inner(ty, "Vec", &["alloc", "std"], "vec")
}

/// `T` if `ty` is spelled `Box<T>`, `alloc::boxed::Box<T>` or `std::boxed::Box<T>`.
pub fn box_inner(ty: &Type) -> Option<&Type> {
    wrapper_inner(ty, "Box", &["alloc", "std"], "boxed")
}

/// `T` if `ty` is spelled `Name<T>` or `krate::module::Name<T>` for one of `krates`.
fn wrapper_inner<'t>(ty: &'t Type, name: &str, krates: &[&str], module: &str) -> Option<&'t Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let segments: Vec<_> = path.path.segments.iter().collect();
    let last = segments.last()?;
    let prefix_ok = match segments.len() {
        1 => path.path.leading_colon.is_none(),
        3 => krates.iter().any(|k| segments[0].ident == k) && segments[1].ident == module,
        _ => false,
    };
    if !prefix_ok || last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first() {
        Some(GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}
