//! `Edm.Binary`: bytes, carried as base64 text.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.Binary (base64 or base64url)";

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// An OData `Edm.Binary`: a byte string, base64 text on the wire.
///
/// Reads standard base64 (`+/`) and base64url (`-_`), padded with `=` or not, as OData allows
/// both; one value may not mix the two alphabets. Nothing else is accepted: no whitespace or
/// line breaks, no `=` before the end, no padding bits left non-zero (so that every text has
/// one value). Writes padded standard base64, as Graph's payloads do (`contentBytes`); so a
/// base64url or unpadded value is written back in that form, holding the same bytes. Equality
/// and hashing compare the bytes. Serialized as a JSON string.
///
/// ```
/// use graph_entity::edm::Binary;
///
/// let binary: Binary = "UEsDBBQABgAIAAAAIQ4AAAAA".parse()?;
/// assert_eq!(&binary.as_bytes()[..4], b"PK\x03\x04");
///
/// let url: Binary = "-_8".parse()?; // base64url, unpadded
/// assert_eq!(url.as_bytes(), [0xfb, 0xff]);
/// assert_eq!(url.to_string(), "+/8=");
///
/// assert_eq!(Binary::from(b"hi".to_vec()).to_string(), "aGk=");
/// # Ok::<(), graph_entity::edm::ParseBinaryError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Binary {
    bytes: Vec<u8>,
}

impl Binary {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes, by value.
    pub fn into_vec(self) -> Vec<u8> {
        self.bytes
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Self { bytes }
    }
}

impl From<&[u8]> for Binary {
    fn from(bytes: &[u8]) -> Self {
        Self {
            bytes: bytes.to_vec(),
        }
    }
}

impl From<Binary> for Vec<u8> {
    fn from(binary: Binary) -> Self {
        binary.bytes
    }
}

impl AsRef<[u8]> for Binary {
    fn as_ref(&self) -> &[u8] {
        &self.bytes
    }
}

/// Which alphabet the text used so far, beyond the characters both share.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Either,
    Standard,
    Url,
}

/// The 6-bit value of a base64 or base64url character, and which alphabet it belongs to.
const fn sextet(c: u8) -> Option<(u8, Alphabet)> {
    Some(match c {
        b'A'..=b'Z' => (c - b'A', Alphabet::Either),
        b'a'..=b'z' => (c - b'a' + 26, Alphabet::Either),
        b'0'..=b'9' => (c - b'0' + 52, Alphabet::Either),
        b'+' => (62, Alphabet::Standard),
        b'/' => (63, Alphabet::Standard),
        b'-' => (62, Alphabet::Url),
        b'_' => (63, Alphabet::Url),
        _ => return None,
    })
}

/// Decodes base64 or base64url, padded or not (see [`Binary`]).
fn decode(text: &str) -> Result<Vec<u8>, Reason> {
    let bytes = text.as_bytes();
    let data_len = bytes.iter().position(|&c| c == b'=').unwrap_or(bytes.len());
    let (data, padding) = bytes.split_at(data_len);
    let mut alphabet = Alphabet::Either;
    for (at, &c) in data.iter().enumerate() {
        let Some((_, used)) = sextet(c) else {
            return Err(Reason::Character(
                text.get(at..).and_then(|s| s.chars().next()),
                at,
            ));
        };
        match (alphabet, used) {
            (_, Alphabet::Either) => {}
            (Alphabet::Either, _) => alphabet = used,
            (current, used) if current != used => return Err(Reason::MixedAlphabets(at)),
            _ => {}
        }
    }
    if let Some(at) = padding.iter().position(|&c| c != b'=') {
        return Err(Reason::AfterPadding(data_len + at));
    }
    if data.len() % 4 == 1 {
        return Err(Reason::LoneCharacter);
    }
    let expected_padding = (4 - data.len() % 4) % 4;
    if !padding.is_empty() && padding.len() != expected_padding {
        return Err(Reason::Padding(padding.len(), expected_padding));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    for chunk in data.chunks(4) {
        let mut group = 0_u32;
        for &c in chunk {
            group = group << 6 | u32::from(sextet(c).map_or(0, |(value, _)| value));
        }
        // A short final chunk of n chars holds n - 1 bytes; its low bits are padding bits.
        let (byte_count, unused_bits) = match chunk.len() {
            4 => (3, 0),
            3 => (2, 2),
            _ => (1, 4),
        };
        if group & ((1 << unused_bits) - 1) != 0 {
            return Err(Reason::PaddingBits);
        }
        let group = group >> unused_bits;
        out.extend(group.to_be_bytes().iter().skip(4 - byte_count));
    }
    Ok(out)
}

/// Writes padded standard base64.
fn encode(bytes: &[u8], f: &mut impl fmt::Write) -> fmt::Result {
    let mut text = [0_u8; 4];
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |acc, (i, &b)| acc | u32::from(b) << (16 - 8 * i));
        for (i, slot) in text.iter_mut().enumerate() {
            *slot = if i <= chunk.len() {
                STANDARD[((group >> (18 - 6 * i)) & 0x3f) as usize]
            } else {
                b'='
            };
        }
        // Only ASCII from the table and `=` are written.
        f.write_str(core::str::from_utf8(&text).map_err(|_| fmt::Error)?)?;
    }
    Ok(())
}

impl FromStr for Binary {
    type Err = ParseBinaryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        decode(s)
            .map(Self::from)
            .map_err(|reason| ParseBinaryError { reason })
    }
}

impl TryFrom<&str> for Binary {
    type Error = ParseBinaryError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// `Binary(aGk=)`: the base64 form, cut after 64 chars.
impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.bytes.len() <= 48 {
            write!(f, "Binary({self})")
        } else {
            f.write_str("Binary(")?;
            encode(self.bytes.get(..48).unwrap_or_default(), f)?;
            write!(f, "… ({} bytes))", self.bytes.len())
        }
    }
}

/// Padded standard base64.
impl fmt::Display for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        encode(&self.bytes, f)
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(BinaryVisitor)
    }
}

struct BinaryVisitor;

impl de::Visitor<'_> for BinaryVisitor {
    type Value = Binary;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Binary, E> {
        v.parse().map_err(|err: ParseBinaryError| {
            E::custom(format_args!("expected {FORM}, found {} ({err})", Quoted(v)))
        })
    }
}

/// Why a string is not an `Edm.Binary`; the message gives the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBinaryError {
    reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Reason {
    /// A character of neither alphabet, at a byte offset.
    Character(Option<char>, usize),
    /// A character of the other alphabet than the one used before.
    MixedAlphabets(usize),
    /// Something other than `=` after the first `=`.
    AfterPadding(usize),
    /// `(found, expected)` `=` signs.
    Padding(usize, usize),
    /// A final group of one character, which cannot hold a byte.
    LoneCharacter,
    PaddingBits,
}

impl fmt::Display for ParseBinaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason {
            Reason::Character(Some(c), at) if c.is_whitespace() => {
                write!(
                    f,
                    "whitespace {c:?} at offset {at}: line breaks and spaces are not allowed"
                )
            }
            Reason::Character(Some(c), at) => write!(f, "invalid character {c:?} at offset {at}"),
            Reason::Character(None, at) => write!(f, "invalid character at offset {at}"),
            Reason::MixedAlphabets(at) => write!(
                f,
                "base64 (+/) and base64url (-_) characters mixed, at offset {at}"
            ),
            Reason::AfterPadding(at) => write!(f, "'=' before the end, at offset {at}"),
            Reason::Padding(found, 0) => {
                write!(f, "{found} '=' after a complete group, which takes none")
            }
            Reason::Padding(found, expected) => {
                write!(f, "{found} '=' where the last group takes {expected}")
            }
            Reason::LoneCharacter => {
                f.write_str("a lone character in the last group, which cannot hold a byte")
            }
            Reason::PaddingBits => f.write_str("the last character's unused bits are not zero"),
        }
    }
}

impl std::error::Error for ParseBinaryError {}

#[cfg(test)]
mod tests;
