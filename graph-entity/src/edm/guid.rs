//! `Edm.Guid`: a 128-bit identifier in the `8-4-4-4-12` hex form.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.Guid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)";

/// Where the hyphens are in the 36-char text.
const HYPHENS: [usize; 4] = [8, 13, 18, 23];

/// An OData `Edm.Guid`: 32 hex digits as `8-4-4-4-12`, e.g.
/// `114d3459-3459-114d-5934-4d1159344d11`.
///
/// **Written back as read**: the case of each hex digit is kept, so
/// `5280E7FE-DC7A-4486-9490-E790D81DFEB3` stays uppercase. Equality and hashing follow the
/// written form too (the rule for every `edm` type: a value is unchanged exactly when it would
/// be written the same), so the uppercase and lowercase spellings of one GUID are different
/// values; compare [`as_bytes`](Self::as_bytes) or [`to_u128`](Self::to_u128) to ignore case,
/// or normalize with [`to_lowercase`](Self::to_lowercase). A GUID built from bytes or a number
/// is written in lowercase.
///
/// The bytes are in text order (the first byte is the first two hex digits), as in RFC 9562;
/// this is not the mixed-endian layout of Windows' `GUID` struct.
///
/// ```
/// use graph_entity::edm::Guid;
///
/// let id: Guid = "5280E7FE-DC7A-4486-9490-E790D81DFEB3".parse()?;
/// assert_eq!(id.to_string(), "5280E7FE-DC7A-4486-9490-E790D81DFEB3");
/// assert_eq!(id.as_bytes()[0], 0x52);
///
/// let lower = id.to_lowercase();
/// assert_eq!(lower.to_string(), "5280e7fe-dc7a-4486-9490-e790d81dfeb3");
/// assert_ne!(id, lower);
/// assert_eq!(id.to_u128(), lower.to_u128());
/// assert_eq!(Guid::from_u128(0x5280e7fe_dc7a_4486_9490_e790d81dfeb3), lower);
/// # Ok::<(), graph_entity::edm::ParseGuidError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Guid {
    bytes: [u8; 16],
    /// Bit `i` set: hex digit `i` (from the left) is an uppercase letter.
    upper: u32,
}

impl Guid {
    /// The nil GUID, `00000000-0000-0000-0000-000000000000`.
    pub const NIL: Self = Self::from_bytes([0; 16]);

    /// A GUID from its 16 bytes in text order, written in lowercase.
    pub const fn from_bytes(bytes: [u8; 16]) -> Self {
        Self { bytes, upper: 0 }
    }

    /// A GUID from a number whose hex digits, most significant first, are the text's.
    pub const fn from_u128(value: u128) -> Self {
        Self::from_bytes(value.to_be_bytes())
    }

    /// The 16 bytes in text order.
    pub const fn as_bytes(&self) -> &[u8; 16] {
        &self.bytes
    }

    /// The number whose hex digits are the text's, whatever their case.
    pub const fn to_u128(self) -> u128 {
        u128::from_be_bytes(self.bytes)
    }

    /// The same GUID written in lowercase.
    #[must_use]
    pub const fn to_lowercase(self) -> Self {
        Self::from_bytes(self.bytes)
    }

    /// The same GUID written in uppercase.
    #[must_use]
    pub const fn to_uppercase(self) -> Self {
        let mut upper = 0;
        let mut i = 0;
        while i < 32 {
            if nibble(&self.bytes, i) >= 10 {
                upper |= 1 << i;
            }
            i += 1;
        }
        Self {
            bytes: self.bytes,
            upper,
        }
    }
}

/// Hex digit `i` (`0..32`, from the left) of `bytes`.
const fn nibble(bytes: &[u8; 16], i: usize) -> u8 {
    let byte = bytes[i / 2];
    if i % 2 == 0 { byte >> 4 } else { byte & 0xf }
}

impl FromStr for Guid {
    type Err = ParseGuidError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.as_bytes();
        if text.len() != 36 {
            return Err(ParseGuidError);
        }
        let mut guid = Self::NIL;
        let mut digit = 0;
        for (at, &c) in text.iter().enumerate() {
            if HYPHENS.contains(&at) {
                if c != b'-' {
                    return Err(ParseGuidError);
                }
                continue;
            }
            let value = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => {
                    guid.upper |= 1 << digit;
                    c - b'A' + 10
                }
                _ => return Err(ParseGuidError),
            };
            let byte = guid.bytes.get_mut(digit / 2).ok_or(ParseGuidError)?;
            *byte |= if digit % 2 == 0 { value << 4 } else { value };
            digit += 1;
        }
        Ok(guid)
    }
}

impl TryFrom<&str> for Guid {
    type Error = ParseGuidError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<[u8; 16]> for Guid {
    fn from(bytes: [u8; 16]) -> Self {
        Self::from_bytes(bytes)
    }
}

impl From<Guid> for [u8; 16] {
    fn from(guid: Guid) -> Self {
        guid.bytes
    }
}

impl From<u128> for Guid {
    fn from(value: u128) -> Self {
        Self::from_u128(value)
    }
}

impl From<Guid> for u128 {
    fn from(guid: Guid) -> Self {
        guid.to_u128()
    }
}

/// `Guid(114d3459-3459-114d-5934-4d1159344d11)`: the written form.
impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({self})")
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().as_str())
    }
}

impl Guid {
    fn text(self) -> Text {
        const LOWER: &[u8; 16] = b"0123456789abcdef";
        const UPPER: &[u8; 16] = b"0123456789ABCDEF";
        let mut text = [b'-'; 36];
        let mut at = 0;
        for i in 0..32 {
            if HYPHENS.contains(&at) {
                at += 1;
            }
            let digits = if self.upper & (1 << i) == 0 {
                LOWER
            } else {
                UPPER
            };
            text[at] = digits[usize::from(nibble(&self.bytes, i))];
            at += 1;
        }
        Text(text)
    }
}

/// The 36 ASCII bytes of the text form.
struct Text([u8; 36]);

impl Text {
    fn as_str(&self) -> &str {
        // Only ASCII hex digits and hyphens are ever stored.
        core::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl Serialize for Guid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.text().as_str())
    }
}

impl<'de> Deserialize<'de> for Guid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(GuidVisitor)
    }
}

struct GuidVisitor;

impl de::Visitor<'_> for GuidVisitor {
    type Value = Guid;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Guid, E> {
        v.parse().map_err(|_: ParseGuidError| {
            E::custom(format_args!("expected {FORM}, found {}", Quoted(v)))
        })
    }
}

/// Why a string is not an `Edm.Guid`: it is not 32 hex digits as `8-4-4-4-12`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseGuidError;

impl fmt::Display for ParseGuidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an Edm.Guid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")
    }
}

impl std::error::Error for ParseGuidError {}

#[cfg(test)]
mod tests {
    use super::Guid;

    #[test]
    fn writes_back_the_case_it_read() {
        for s in [
            "114d3459-3459-114d-5934-4d1159344d11",
            "5280E7FE-DC7A-4486-9490-E790D81DFEB3",
            "3162F1E1-c4c0-604B-51d8-91DA78989EB1",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-FFFF-ffff-FFFF-ffffffffffff",
        ] {
            let json = format!("\"{s}\"");
            let guid: Guid = serde_json::from_str(&json).expect(s);
            assert_eq!(serde_json::to_string(&guid).expect(s), json);
            assert_eq!(Guid::try_from(s), Ok(guid));
        }
    }

    #[test]
    fn equality_follows_the_written_case_and_bytes_ignore_it() {
        let upper: Guid = "5280E7FE-DC7A-4486-9490-E790D81DFEB3"
            .parse()
            .expect("valid");
        let lower: Guid = "5280e7fe-dc7a-4486-9490-e790d81dfeb3"
            .parse()
            .expect("valid");
        assert_ne!(upper, lower);
        assert_eq!(upper.as_bytes(), lower.as_bytes());
        assert_eq!(upper.to_lowercase(), lower);
        assert_eq!(lower.to_uppercase(), upper);
    }

    #[test]
    fn builds_from_bytes_and_numbers_in_text_order() {
        let bytes = [
            0x11, 0x4d, 0x34, 0x59, 0x34, 0x59, 0x11, 0x4d, 0x59, 0x34, 0x4d, 0x11, 0x59, 0x34,
            0x4d, 0x11,
        ];
        let guid = Guid::from_bytes(bytes);
        assert_eq!(guid.to_string(), "114d3459-3459-114d-5934-4d1159344d11");
        assert_eq!(
            guid,
            Guid::from_u128(0x114d3459_3459_114d_5934_4d1159344d11)
        );
        assert_eq!(<[u8; 16]>::from(guid), bytes);
        assert_eq!(u128::from(guid), 0x114d3459_3459_114d_5934_4d1159344d11);
        assert_eq!(
            Guid::NIL.to_string(),
            "00000000-0000-0000-0000-000000000000"
        );
    }

    #[test]
    fn rejects_anything_but_8_4_4_4_12_hex_digits() {
        let invalid = "|not-a-guid|{114d3459-3459-114d-5934-4d1159344d11}|\
                       114d34593459114d59344d1159344d11|114d3459-3459-114d-5934-4d1159344d1|\
                       114d3459-3459-114d-5934-4d1159344d111|114d3459_3459-114d-5934-4d1159344d11|\
                       114d3459-3459-114d-5934-4d1159344d1g| 14d3459-3459-114d-5934-4d1159344d11|\
                       114d345-93459-114d-5934-4d1159344d11|114d3459-3459-114d-5934-4d1159344d1é";
        for s in invalid.split('|') {
            assert_eq!(
                s.parse::<Guid>().map_err(|e| e.to_string()),
                Err("not an Edm.Guid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)".to_owned()),
                "{s:?}"
            );
        }
    }

    #[test]
    fn reports_json_errors_with_form_and_found_value() {
        let err = |json: &str| {
            serde_json::from_str::<Guid>(json)
                .expect_err(json)
                .to_string()
        };
        assert_eq!(
            err(r#""not-a-guid""#),
            "expected an Edm.Guid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found \"not-a-guid\" \
             at line 1 column 12"
        );
        assert_eq!(
            err("7"),
            "invalid type: integer `7`, expected an Edm.Guid \
             (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) at line 1 column 1"
        );
    }

    #[test]
    fn debug_shows_the_written_form() {
        let guid = Guid::from_u128(1);
        assert_eq!(
            format!("{guid:?}"),
            "Guid(00000000-0000-0000-0000-000000000001)"
        );
    }
}
