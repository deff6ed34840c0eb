//! The values [`PageRows`](crate::PageRows) reads besides the rows, each as a type that
//! `serde_json` reads from a slice: member names, control members (through
//! [`Property`], with [`Page`](crate::Page)'s messages), and the two values of the wrong type
//! that only exist to be refused with `Page`'s messages.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, Visitor};

use super::PAGE;
pub(super) use crate::page::Member;
use crate::wire::Property;

/// Which members were read, as a set of bits.
impl Member {
    /// The member's bit in the set of members read (none for `Other`, which may repeat).
    pub(super) fn bit(self) -> u8 {
        match self {
            Member::Value => 1,
            Member::NextLink => 2,
            Member::DeltaLink => 4,
            Member::Count => 8,
            Member::Context => 16,
            Member::Other => 0,
        }
    }
}

/// Control members, each read as [`Page`](crate::Page) reads it.
macro_rules! control {
    ($($(#[$doc:meta])* $name:ident($ty:ty) = $wire:literal;)*) => {$(
        $(#[$doc])*
        pub(super) struct $name(pub(super) $ty);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                Property::new(PAGE, $wire).deserialize(deserializer).map($name)
            }
        }
    )*};
}

control! {
    /// `@odata.nextLink`.
    NextLink(Option<String>) = "@odata.nextLink";
    /// `@odata.deltaLink`.
    DeltaLink(Option<String>) = "@odata.deltaLink";
    /// `@odata.count`: a number or a string holding one.
    Count(Option<i64>) = "@odata.count";
    /// `@odata.context`.
    Context(Option<String>) = "@odata.context";
}

/// Values of the wrong JSON type: their visitors refuse whatever they are given, with
/// [`Page`](crate::Page)'s messages.
macro_rules! refused {
    ($($(#[$doc:meta])* $name:ident: $hint:ident, $expecting:literal;)*) => {$(
        $(#[$doc])*
        pub(super) struct $name;

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.$hint(Refuse {
                    expecting: $expecting,
                    marker: PhantomData,
                })
            }
        }
    )*};
}

refused! {
    /// A page that is not a JSON object.
    NotObject: deserialize_map, "a collection page (a JSON object with a `value` array)";
    /// A `value` that is not an array.
    NotArray: deserialize_seq, "the `value` array of a collection page";
}

/// Refuses every value (the visitor's defaults), expecting what it holds.
struct Refuse<T> {
    expecting: &'static str,
    marker: PhantomData<fn() -> T>,
}

impl<T> Visitor<'_> for Refuse<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }
}
