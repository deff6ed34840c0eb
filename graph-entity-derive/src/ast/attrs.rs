//! The `#[graph(...)]` attributes, typed: each attribute as written ([`attr::Attrs`]) read once,
//! by its name constant, into a field of [`ContainerAttrs`], [`FieldAttrs`] or
//! [`VariantAttrs`]. This is the only place attributes are looked up by name; `valid` and
//! `expand` read these fields.

use proc_macro2::Span;
use syn::{Attribute, Ident, LitStr, Path};

use super::Role;
use crate::attr::{self, Attrs, Place};
use crate::case::RenameRule;
use crate::ctxt::Errors;

/// A value given in an attribute, with the span to point errors at.
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// The container attributes (on a struct or an enum).
pub struct ContainerAttrs {
    pub odata_type: Option<Spanned<String>>,
    pub rename_all: RenameRule,
    pub krate: Option<Path>,
    /// `patch = "Name"`: the patch type's name instead of `{Name}Patch`.
    pub patch: Option<Ident>,
    /// `patch_derive(Eq, Hash)`: extra derives on the patch type.
    pub patch_derive: Vec<Path>,
    /// `open_type`: the patch keeps dynamic properties too.
    pub open_type: Option<Span>,
    /// `omit_odata_type`: the top-level object is written without `"@odata.type"`.
    pub omit_odata_type: Option<Span>,
    /// `omit_none`: the entity is written without its `None` (nullable, unset) properties.
    pub omit_none: Option<Span>,
    /// `cfg_navigation = "a b"`: navigation properties whose fields may be compiled out
    /// (`#[cfg]`); without their field, never dynamic properties of an open type.
    pub cfg_navigation: Option<Spanned<Vec<String>>>,
    /// `action = "namespace.name"`: the struct is the body of that action (its parameters), not
    /// an entity: no `@odata.type`, no patch, unknown members refused.
    pub action: Option<Spanned<String>>,
    /// A container attribute could not be read: a missing `odata_type` may be that one, so it
    /// is not reported again.
    pub malformed: bool,
}

/// The field attributes: each flag as the span of its name, each string as written.
pub struct FieldAttrs {
    pub key: Option<Span>,
    pub read_only: Option<Span>,
    /// `rename = "wireName"`.
    pub rename: Option<LitStr>,
    pub skip: Option<Span>,
    pub default: Option<Span>,
    /// `csv = "Column Title"`.
    pub csv: Option<LitStr>,
    pub csv_skip: Option<Span>,
    pub nested: Option<Span>,
    pub additional_data: Option<Span>,
    pub etag: Option<Span>,
    pub navigation: Option<Span>,
    /// `bind = "navigationProperty"`.
    pub bind: Option<LitStr>,
}

/// The variant attributes (of a `GraphEnum` or of a polymorphic enum).
pub struct VariantAttrs {
    /// `rename = "wireName"`.
    pub rename: Option<LitStr>,
    pub default: Option<Span>,
    pub other: Option<Span>,
}

impl ContainerAttrs {
    /// The attributes of a struct (`place` `Struct`) or of an enum (`Enum`).
    pub fn parse(attrs: &[Attribute], place: Place, errors: &mut Errors) -> Self {
        Self::from_attrs(&attr::parse(attrs, place, errors), errors)
    }

    /// The attributes of a polymorphic enum, where `rename_all` has nothing to rename.
    pub fn parse_poly(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let attrs = attr::parse(attrs, Place::Enum, errors);
        if let Some(rename_all) = attrs.string(attr::RENAME_ALL) {
            errors.spanned(
                rename_all,
                "`rename_all` on a polymorphic enum: a variant's name on the wire is its type's \
                 `odata_type`, so there is nothing to rename; remove `rename_all`",
            );
        }
        Self::from_attrs(&attrs, errors)
    }

    fn from_attrs(attrs: &Attrs, errors: &mut Errors) -> Self {
        let mut malformed = attrs.malformed;
        let mut fail = |error: syn::Error| {
            malformed = true;
            errors.push(error);
        };
        let rename_all = match attrs.string(attr::RENAME_ALL) {
            None => RenameRule::CamelCase,
            Some(lit) => RenameRule::from_name(&lit.value()).unwrap_or_else(|| {
                fail(syn::Error::new(
                    lit.span(),
                    format!(
                        "unknown rename rule `rename_all = {:?}`; expected one of {}",
                        lit.value(),
                        RenameRule::names()
                    ),
                ));
                RenameRule::CamelCase
            }),
        };
        let krate = attrs.string(attr::CRATE).and_then(|lit| {
            lit.parse::<Path>()
                .map_err(|_| {
                    fail(syn::Error::new(
                        lit.span(),
                        format!(
                            "`crate = {:?}` is not a path; write the path under which the \
                             graph_entity crate is reachable, e.g. `crate = \"my_sdk::graph_entity\"`",
                            lit.value()
                        ),
                    ));
                })
                .ok()
        });
        let patch = attrs.string(attr::PATCH).and_then(|lit| {
            lit.parse::<Ident>()
                .map_err(|_| {
                    fail(syn::Error::new(
                        lit.span(),
                        format!(
                            "`patch = {:?}` is not a type name; write an identifier, e.g. \
                             `patch = \"UserUpdate\"`",
                            lit.value()
                        ),
                    ));
                })
                .ok()
        });
        ContainerAttrs {
            odata_type: attrs.string(attr::ODATA_TYPE).map(|lit| Spanned {
                value: lit.value(),
                span: lit.span(),
            }),
            rename_all,
            krate,
            patch,
            patch_derive: attrs
                .list(attr::PATCH_DERIVE)
                .map(<[Path]>::to_vec)
                .unwrap_or_default(),
            open_type: attrs.flag(attr::OPEN_TYPE),
            omit_odata_type: attrs.flag(attr::OMIT_ODATA_TYPE),
            omit_none: attrs.flag(attr::OMIT_NONE),
            cfg_navigation: attrs.string(attr::CFG_NAVIGATION).map(|lit| Spanned {
                value: lit
                    .value()
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|n| !n.is_empty())
                    .map(str::to_owned)
                    .collect(),
                span: lit.span(),
            }),
            action: attrs.string(attr::ACTION).map(|lit| Spanned {
                value: lit.value(),
                span: lit.span(),
            }),
            malformed,
        }
    }

    /// The top-level object is written without `"@odata.type"` (`omit_odata_type`, or an
    /// action body).
    pub fn omits_odata_type(&self) -> bool {
        self.omit_odata_type.is_some() || self.action.is_some()
    }

    /// `None` members are left out (`omit_none`, or an action body).
    pub fn omits_none(&self) -> bool {
        self.omit_none.is_some() || self.action.is_some()
    }
}

impl FieldAttrs {
    /// The attributes of a struct's field.
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let attrs = attr::parse(attrs, Place::Field, errors);
        FieldAttrs {
            key: attrs.flag(attr::KEY),
            read_only: attrs.flag(attr::READ_ONLY),
            rename: attrs.string(attr::RENAME).cloned(),
            skip: attrs.flag(attr::SKIP),
            default: attrs.flag(attr::DEFAULT),
            csv: attrs.string(attr::CSV).cloned(),
            csv_skip: attrs.flag(attr::CSV_SKIP),
            nested: attrs.flag(attr::NESTED),
            additional_data: attrs.flag(attr::ADDITIONAL_DATA),
            etag: attrs.flag(attr::ETAG),
            navigation: attrs.flag(attr::NAVIGATION),
            bind: attrs.string(attr::BIND).cloned(),
        }
    }

    /// The field's role, from its attributes (`skip` first, then `etag`, `additional_data`,
    /// `key` or `read_only`; `valid` rejects more than one).
    pub fn role(&self) -> Role {
        if self.skip.is_some() {
            Role::Skipped
        } else if self.etag.is_some() {
            Role::Etag
        } else if self.additional_data.is_some() {
            Role::AdditionalData
        } else if self.key.is_some() || self.read_only.is_some() {
            Role::ReadOnly
        } else {
            Role::Patchable
        }
    }
}

impl VariantAttrs {
    /// The attributes of an enum's variant.
    pub fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let attrs = attr::parse(attrs, Place::Variant, errors);
        VariantAttrs {
            rename: attrs.string(attr::RENAME).cloned(),
            default: attrs.flag(attr::DEFAULT),
            other: attrs.flag(attr::OTHER),
        }
    }
}
