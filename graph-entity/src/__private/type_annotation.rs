//! Reading and checking the `@odata.type` control information.

use core::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error, Visitor};

use crate::describe::Quoted;
use crate::wire::path::Path;

/// Reads an `@odata.type` value and checks that it names `.0` (a qualified name, no `#`).
/// Both `#ns.name` and `ns.name` are accepted; anything else is an error naming both types.
#[derive(Clone, Copy)]
pub struct TypeAnnotation(pub &'static str);

impl<'de> DeserializeSeed<'de> for TypeAnnotation {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for TypeAnnotation {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the `@odata.type` string \"#{}\"", self.0)
    }

    #[inline]
    fn visit_str<E: Error>(self, found: &str) -> Result<(), E> {
        if found.strip_prefix('#').unwrap_or(found) == self.0 {
            Ok(())
        } else {
            Err(mismatch(self.0, found))
        }
    }
}

#[cold]
fn mismatch<E: Error>(expected: &str, found: &str) -> E {
    E::custom(format_args!(
        "{Path}wrong `@odata.type`: expected \"#{expected}\", found {}",
        Quoted(found)
    ))
}
