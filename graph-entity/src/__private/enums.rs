//! Reading and writing enum type values (`#[derive(GraphEnum)]`): a JSON string holding the
//! member's name.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::Serializer;

use super::errors::List;
use super::suggest::{MAX_COMPARED_LEN, closest};
use crate::Enum;
use crate::describe::Quoted;
use crate::wire::context::Found;

/// Writes `value` as its member's name.
#[inline]
pub fn serialize_enum<E: Enum, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.member())
}

/// Reads a member's name (exactly, then ignoring ASCII case: `member_of`). A name the enum neither
/// knows nor keeps is an error naming the type and the closest member; a value that is not a
/// string is an error naming the type.
#[inline]
pub fn deserialize_enum<'de, E: Enum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    let visitor = EnumVisitor(PhantomData);
    // Through `deserialize_any` on JSON, so that a number reaches the visitor and gets its
    // message, instead of the format's own.
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_str(visitor)
    }
}

/// The member of `E` named `name`, or the error of an unknown member; single members and each
/// member of a [`Flags`](crate::Flags) value are read through it.
///
/// 1. Exact: `E::from_member(name)`, the derive's `match`. It decides whenever it finds a known
///    member, so of two members that differ only in case, each reads as itself.
/// 2. On a miss, ASCII-case-insensitively against `E::MEMBERS` (Graph's reference sends
///    `"Required"` for `required`): the first declared member that matches, if several do.
///    Non-ASCII letters are compared exactly.
/// 3. Then the enum's `other` variant, keeping `name` verbatim, or the error naming the type
///    and the closest member.
///
/// Writing uses the schema's spelling, so a member read in another case is written back as the
/// schema spells it.
#[inline]
pub(crate) fn member_of<E: Enum, Err: de::Error>(name: &str) -> Result<E, Err> {
    match E::from_member(name) {
        // The fast path: one generated `match` and a check of the variant.
        Some(member) if member.index().is_some() => Ok(member),
        missed => member_ignoring_case(name, missed),
    }
}

/// The member closest to `name` with case not counted, as members are matched: a typo in
/// another case (`"HIHG"`) is a typo of `high`. A name too long to compare is not lowered
/// either: `closest` would refuse it.
fn closest_ignoring_case(name: &str, members: &'static [&'static str]) -> Option<&'static str> {
    if name.len() > MAX_COMPARED_LEN {
        return None;
    }
    let lowered: Vec<String> = members.iter().map(|m| m.to_ascii_lowercase()).collect();
    let refs: Vec<&str> = lowered.iter().map(String::as_str).collect();
    let found = closest(&name.to_ascii_lowercase(), &refs)?;
    let at = refs.iter().position(|r| core::ptr::eq(*r, found))?;
    members.get(at).copied()
}

/// Steps 2 and 3 of [`member_of`]; `missed` is what the exact lookup gave (`None`, or the
/// `other` variant holding `name`).
#[cold]
fn member_ignoring_case<E: Enum, Err: de::Error>(name: &str, missed: Option<E>) -> Result<E, Err> {
    E::MEMBERS
        .iter()
        .find(|member| member.eq_ignore_ascii_case(name))
        .and_then(|member| E::from_member(member))
        .filter(|member| member.index().is_some())
        .or(missed)
        .ok_or_else(|| unknown_member::<E, Err>(name))
}

#[cold]
fn unknown_member<E: Enum, Err: de::Error>(name: &str) -> Err {
    match closest_ignoring_case(name, E::MEMBERS) {
        Some(suggestion) => Err::custom(format_args!(
            "unknown member {} of {}: did you mean `{suggestion}`?",
            Quoted(name),
            E::ODATA_TYPE
        )),
        None => Err::custom(format_args!(
            "unknown member {} of {}: expected one of {}",
            Quoted(name),
            E::ODATA_TYPE,
            List(E::MEMBERS)
        )),
    }
}

struct EnumVisitor<E>(PhantomData<fn() -> E>);

impl<E: Enum> EnumVisitor<E> {
    #[cold]
    fn error<Err: de::Error>(found: impl fmt::Display) -> Err {
        Err::custom(format_args!(
            "expected a member of {} (a string), found {found}",
            E::ODATA_TYPE
        ))
    }
}

impl<'de, E: Enum> Visitor<'de> for EnumVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a member of {} (a string)", E::ODATA_TYPE)
    }

    #[inline]
    fn visit_str<Err: de::Error>(self, v: &str) -> Result<E, Err> {
        member_of(v)
    }

    fn visit_bool<Err: de::Error>(self, v: bool) -> Result<E, Err> {
        Err(Self::error(v))
    }

    fn visit_i64<Err: de::Error>(self, v: i64) -> Result<E, Err> {
        Err(Self::error(v))
    }

    fn visit_u64<Err: de::Error>(self, v: u64) -> Result<E, Err> {
        Err(Self::error(v))
    }

    fn visit_f64<Err: de::Error>(self, v: f64) -> Result<E, Err> {
        Err(Self::error(Found(Unexpected::Float(v))))
    }

    fn visit_unit<Err: de::Error>(self) -> Result<E, Err> {
        Err(Self::error("null"))
    }

    fn visit_none<Err: de::Error>(self) -> Result<E, Err> {
        Err(Self::error("null"))
    }

    fn visit_bytes<Err: de::Error>(self, _: &[u8]) -> Result<E, Err> {
        Err(Self::error("bytes"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<E, A::Error> {
        Err(Self::error("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<E, A::Error> {
        Err(Self::error("an object"))
    }
}

#[cfg(test)]
mod tests;
