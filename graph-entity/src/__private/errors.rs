//! Errors about the shape of an entity or patch object (as opposed to a property's value).
//! The messages name the property and the OData type, and say what to do.

use serde::de::Error;

use super::suggest::closest;
use crate::describe::Quoted;
use crate::wire::path::Path;

/// A non-nullable property without `#[graph(default)]` is missing.
#[cold]
pub fn missing_property<E: Error>(odata_type: &str, property: &str) -> E {
    E::custom(format_args!(
        "{Path}missing property `{property}` of {odata_type}: the property is not nullable and has no default"
    ))
}

/// `@odata.type` appears twice in one object.
#[cold]
pub fn duplicate_type_annotation<E: Error>(odata_type: &str) -> E {
    E::custom(format_args!(
        "{Path}duplicate `@odata.type` in a {odata_type} object: the annotation may appear once"
    ))
}

/// A patch names a key or read-only property, which an OData service refuses to update.
#[cold]
pub fn not_patchable<E: Error>(odata_type: &str, property: &str, reason: &str) -> E {
    E::custom(format_args!(
        "{Path}property `{property}` of {odata_type} is {reason} and cannot be patched"
    ))
}

/// A patch names a property the type does not have (the service would answer 400).
#[cold]
pub fn unknown_patch_property<E: Error>(odata_type: &str, name: &str, known: &[&str]) -> E {
    match closest(name, known) {
        Some(suggestion) => E::custom(format_args!(
            "{Path}unknown property {} in a patch of {odata_type}: did you mean `{suggestion}`?",
            Quoted(name)
        )),
        None => E::custom(format_args!(
            "{Path}unknown property {} in a patch of {odata_type}: the patchable properties are {}",
            Quoted(name),
            List(known)
        )),
    }
}

/// A patch names a navigation property whose field is compiled out of this build
/// (`cfg_navigation`): it can neither carry the value nor drop it in silence.
#[cold]
pub fn navigation_compiled_out<E: Error>(odata_type: &str, name: &str) -> E {
    E::custom(format_args!(
        "{Path}navigation property {} of {odata_type} has no field in this build (it is behind a \
         `cfg`, such as the cargo feature of its target type's area): a patch of it cannot be \
         read",
        Quoted(name)
    ))
}

/// An action body names a parameter the action does not have (the service would answer 400).
#[cold]
pub fn unknown_parameter<E: Error>(action: &str, name: &str, known: &[&str]) -> E {
    match closest(name, known) {
        Some(suggestion) => E::custom(format_args!(
            "{Path}unknown parameter {} in the body of {action}: did you mean `{suggestion}`?",
            Quoted(name)
        )),
        None => E::custom(format_args!(
            "{Path}unknown parameter {} in the body of {action}: its parameters are {}",
            Quoted(name),
            List(known)
        )),
    }
}

/// A `prop@odata.bind` member of a patch that binds none of the type's navigation properties.
pub(crate) fn unknown_bind<E: Error>(odata_type: &str, name: &str, binds: &[&str]) -> E {
    if binds.is_empty() {
        return E::custom(format_args!(
            "{Path}unknown navigation binding {} in a patch of {odata_type}: the type binds no \
             navigation property",
            Quoted(name)
        ));
    }
    match closest(name, binds) {
        Some(suggestion) => E::custom(format_args!(
            "{Path}unknown navigation binding {} in a patch of {odata_type}: did you mean \
             `{suggestion}`?",
            Quoted(name)
        )),
        None => E::custom(format_args!(
            "{Path}unknown navigation binding {} in a patch of {odata_type}: the bindable \
             navigation properties are {}",
            Quoted(name),
            List(binds)
        )),
    }
}

/// Renders `["a", "b"]` as `` `a`, `b` `` (or `none` when empty).
pub(super) struct List<'a>(pub &'a [&'a str]);

impl core::fmt::Display for List<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("none");
        }
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}
