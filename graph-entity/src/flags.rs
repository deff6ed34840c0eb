//! [`Flags`]: a set of members of an OData flags enum type (`IsFlags="true"`).

use core::fmt::{self, Write as _};
use core::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};
use core::marker::PhantomData;
use std::collections::HashSet;
use std::collections::hash_map::DefaultHasher;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::__private::member_of;
use crate::Enum;
use crate::describe::Quoted;

/// A set of members of a flags enum type: the value of a property whose OData enum type has
/// `IsFlags="true"`, such as `"email,sms"`.
///
/// On the wire it is one string of member names separated by commas, written in declaration
/// order (kept unknown members last, in the order read). Reading accepts the members in any
/// order, with spaces around the commas, and collapses duplicates; the empty string is the
/// empty set. Each member is matched as a single enum value is (see [`Enum`]): exactly, then
/// ignoring ASCII case, so `"Email,SMS"` reads as `email` and `sms` and is written
/// `"email,sms"`. A member the enum neither knows nor keeps is an error naming the type and the
/// closest member.
///
/// Equality is set equality: the order in which members were inserted does not matter.
///
/// ```
/// use graph_entity::{Enum, Flags};
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
/// enum Channel { Email, Sms, Push }
///
/// impl Enum for Channel {
///     const ODATA_TYPE: &'static str = "example.channel";
///     const MEMBERS: &'static [&'static str] = &["email", "sms", "push"];
///     fn from_member(member: &str) -> Option<Self> {
///         Some(match member {
///             "email" => Channel::Email,
///             "sms" => Channel::Sms,
///             "push" => Channel::Push,
///             _ => return None,
///         })
///     }
///     fn member(&self) -> &str { Self::MEMBERS[*self as usize] }
///     fn index(&self) -> Option<usize> { Some(*self as usize) }
/// }
///
/// let channels: Flags<Channel> = serde_json::from_str(r#""push, email,push""#)?;
/// assert!(channels.contains(&Channel::Email));
/// assert_eq!(channels.len(), 2);
/// assert_eq!(serde_json::to_string(&channels)?, r#""email,push""#);
///
/// let channels: Flags<Channel> = serde_json::from_str(r#""SMS,Email""#)?;
/// assert_eq!(serde_json::to_string(&channels)?, r#""email,sms""#);
///
/// let err = serde_json::from_str::<Flags<Channel>>(r#""email,smss""#).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown member \"smss\" of example.channel: did you mean `sms`? at line 1 column 12"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct Flags<E> {
    /// Known members sorted by [`Enum::index`], then kept unknown members in insertion order.
    members: Vec<E>,
    /// How many members at the front are known.
    known: usize,
}

impl<E> Flags<E> {
    /// The empty set.
    #[must_use]
    pub const fn new() -> Self {
        Flags {
            members: Vec::new(),
            known: 0,
        }
    }

    /// The members: known ones in declaration order, then kept unknown ones in insertion order.
    pub fn iter(&self) -> core::slice::Iter<'_, E> {
        self.members.iter()
    }

    /// How many members the set holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// `true` if the set holds no member.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<E: Enum> Flags<E> {
    /// Where `member` is, or where a known member would go (`Err`); for an unknown member,
    /// `Err(len)`.
    fn position(&self, member: &E) -> Result<usize, usize> {
        match member.index() {
            Some(index) => self.members[..self.known].binary_search_by_key(&Some(index), E::index),
            None => self.members[self.known..]
                .iter()
                .position(|m| m == member)
                .map(|i| self.known + i)
                .ok_or(self.members.len()),
        }
    }

    /// `true` if the set holds `member`.
    #[must_use]
    pub fn contains(&self, member: &E) -> bool {
        self.position(member).is_ok()
    }

    /// Adds `member`; `true` if it was not there yet.
    pub fn insert(&mut self, member: E) -> bool {
        match self.position(&member) {
            Ok(_) => false,
            Err(at) => {
                if member.index().is_some() {
                    self.known += 1;
                }
                self.members.insert(at, member);
                true
            }
        }
    }

    /// Removes `member`; `true` if it was there.
    pub fn remove(&mut self, member: &E) -> bool {
        match self.position(member) {
            Ok(at) => {
                if at < self.known {
                    self.known -= 1;
                }
                self.members.remove(at);
                true
            }
            Err(_) => false,
        }
    }
}

/// The empty set.
impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags::new()
    }
}

impl<E: fmt::Debug> fmt::Debug for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Set equality.
impl<E: Enum> PartialEq for Flags<E> {
    fn eq(&self, other: &Self) -> bool {
        // Known members are in a canonical order; kept unknown ones in insertion order.
        self.known == other.known
            && self.members.len() == other.members.len()
            && self.members[..self.known] == other.members[..other.known]
            && self.members[self.known..]
                .iter()
                .all(|m| other.members[other.known..].contains(m))
    }
}

impl<E: Enum + Eq> Eq for Flags<E> {}

/// Agrees with set equality: kept unknown members are hashed independently of their order.
impl<E: Enum + Hash> Hash for Flags<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.members[..self.known].hash(state);
        let unknown = BuildHasherDefault::<DefaultHasher>::default();
        let combined = self.members[self.known..]
            .iter()
            .fold(0u64, |sum, m| sum.wrapping_add(unknown.hash_one(m)));
        state.write_usize(self.members.len() - self.known);
        state.write_u64(combined);
    }
}

impl<E: Enum> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        let mut flags = Flags::new();
        flags.extend(iter);
        flags
    }
}

impl<E: Enum> Extend<E> for Flags<E> {
    fn extend<I: IntoIterator<Item = E>>(&mut self, iter: I) {
        for member in iter {
            self.insert(member);
        }
    }
}

impl<'a, E> IntoIterator for &'a Flags<E> {
    type Item = &'a E;
    type IntoIter = core::slice::Iter<'a, E>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The members by value, in the order of [`Flags::iter`].
impl<E> IntoIterator for Flags<E> {
    type Item = E;
    type IntoIter = std::vec::IntoIter<E>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

/// `"email,sms"`: the members' names separated by commas, in the order of [`Flags::iter`].
impl<E: Enum> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&Joined(&self.members))
    }
}

struct Joined<'a, E>(&'a [E]);

impl<E: Enum> fmt::Display for Joined<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, member) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_char(',')?;
            }
            f.write_str(member.member())?;
        }
        Ok(())
    }
}

/// From the comma-separated form (see the type's docs).
impl<'de, E: Enum> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = FlagsVisitor(PhantomData);
        // As for single members: a number reaches the visitor and gets its message.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(visitor)
        } else {
            deserializer.deserialize_str(visitor)
        }
    }
}

struct FlagsVisitor<E>(PhantomData<fn() -> E>);

impl<E: Enum> FlagsVisitor<E> {
    #[cold]
    fn error<Err: de::Error>(found: impl fmt::Display) -> Err {
        Err::custom(format_args!(
            "expected members of {} separated by commas (a string), found {found}",
            E::ODATA_TYPE
        ))
    }
}

impl<'de, E: Enum> Visitor<'de> for FlagsVisitor<E> {
    type Value = Flags<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "members of {} separated by commas (a string)",
            E::ODATA_TYPE
        )
    }

    fn visit_str<Err: de::Error>(self, v: &str) -> Result<Flags<E>, Err> {
        let mut flags = Flags::new();
        if v.is_empty() {
            return Ok(flags);
        }
        // Kept unknown members are found by hash, not by `insert`'s linear search, so that a
        // hostile value with a million distinct unknown members reads in linear time.
        let mut unknown: HashSet<&str> = HashSet::new();
        for name in v.split(',') {
            let name = name.trim_matches(' ');
            if name.is_empty() {
                return Err(Self::error(format_args!("{} (an empty member)", Quoted(v))));
            }
            let member: E = member_of(name)?;
            if member.index().is_some() {
                flags.insert(member);
            } else if unknown.insert(name) {
                flags.members.push(member);
            }
        }
        Ok(flags)
    }

    fn visit_bool<Err: de::Error>(self, v: bool) -> Result<Flags<E>, Err> {
        Err(Self::error(v))
    }

    fn visit_i64<Err: de::Error>(self, v: i64) -> Result<Flags<E>, Err> {
        Err(Self::error(v))
    }

    fn visit_u64<Err: de::Error>(self, v: u64) -> Result<Flags<E>, Err> {
        Err(Self::error(v))
    }

    fn visit_f64<Err: de::Error>(self, v: f64) -> Result<Flags<E>, Err> {
        Err(Self::error(crate::wire::context::Found(Unexpected::Float(
            v,
        ))))
    }

    fn visit_unit<Err: de::Error>(self) -> Result<Flags<E>, Err> {
        Err(Self::error("null"))
    }

    fn visit_none<Err: de::Error>(self) -> Result<Flags<E>, Err> {
        Err(Self::error("null"))
    }

    fn visit_bytes<Err: de::Error>(self, _: &[u8]) -> Result<Flags<E>, Err> {
        Err(Self::error("bytes"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Flags<E>, A::Error> {
        Err(Self::error("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Flags<E>, A::Error> {
        Err(Self::error("an object"))
    }
}
