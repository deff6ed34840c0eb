//! `Edm.Decimal`: a decimal number, kept as its exact text.

use core::fmt;
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::describe::Quoted;

/// The form named in error messages.
const FORM: &str = "an Edm.Decimal (a JSON number, or a string like \"-12.50\" or \"1.5e3\")";

/// An OData `Edm.Decimal`, kept as its exact text so that no digit is lost.
///
/// Graph sends decimals as JSON numbers, or as strings when asked for `IEEE754Compatible=true`.
/// - **From a string** (`"12.50"`): the text must match the OData ABNF `decimalValue`,
///   `[sign] 1*DIGIT ["." 1*DIGIT] [("e" / "E") [sign] 1*DIGIT]` (`NaN` and `INF` are not
///   decimals and are refused); it is kept exactly and written back as the same string.
/// - **From a JSON number** (`12.50`): the number is read as serde_json gives it: an integer
///   exactly, any other number as the nearest `f64` (`12.50` reads as `12.5`). Its text is the
///   integer's digits or the shortest text that reads back as the same `f64` (`12.5`,
///   `1e300`, `1.0`), and it is written back as a JSON number.
///
/// [`FromStr`], `From<i64>`, `From<u64>` and `TryFrom<f64>` build values in the same two
/// kinds: parsed text is written as a string, numbers as numbers. Equality and hashing
/// compare the text and the kind (string or number), so a value is unchanged exactly when it
/// would be written the same; [`to_f64`](Self::to_f64) compares numerically.
///
/// ```
/// use graph_entity::edm::Decimal;
///
/// let price: Decimal = serde_json::from_str(r#""12.50""#)?;
/// assert_eq!(price.as_str(), "12.50");
/// assert_eq!(serde_json::to_string(&price)?, r#""12.50""#);
///
/// let amount: Decimal = serde_json::from_str("1000.8")?;
/// assert_eq!(amount.to_f64(), 1000.8);
/// assert_eq!(serde_json::to_string(&amount)?, "1000.8");
///
/// assert!("NaN".parse::<Decimal>().is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Decimal {
    text: Box<str>,
    number: Option<Number>,
}

/// How a value that came as a JSON number is written back.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Number {
    Signed(i64),
    Unsigned(u64),
    /// The `f64`'s bits; equality and hashing then follow the text, which is the same for equal
    /// bits.
    Float(u64),
}

impl Decimal {
    /// The text, as read or as built.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the value is written as a JSON number (it was read or built as one) rather
    /// than as a string.
    pub const fn is_number(&self) -> bool {
        self.number.is_some()
    }

    /// The nearest `f64`; infinite for text beyond `f64`'s range (`1e400`).
    pub fn to_f64(&self) -> f64 {
        match self.number {
            Some(Number::Float(bits)) => f64::from_bits(bits),
            // Every accepted text is also Rust float syntax.
            _ => self.text.parse().unwrap_or(f64::NAN),
        }
    }

    fn from_f64_unchecked(value: f64) -> Self {
        Self {
            // `Debug` is the shortest text that reads back as the same `f64`, with `.0` or an
            // exponent when needed, as serde_json writes it.
            text: format!("{value:?}").into_boxed_str(),
            number: Some(Number::Float(value.to_bits())),
        }
    }
}

/// Whether `s` matches the `decimalValue` ABNF without `nanInfinity`.
fn is_decimal(s: &str) -> bool {
    fn sign(b: &[u8]) -> &[u8] {
        match b {
            [b'+' | b'-', rest @ ..] => rest,
            _ => b,
        }
    }
    fn digits(b: &[u8]) -> Option<&[u8]> {
        let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
        (n > 0).then(|| b.get(n..).unwrap_or_default())
    }
    let Some(mut rest) = digits(sign(s.as_bytes())) else {
        return false;
    };
    if let [b'.', tail @ ..] = rest {
        let Some(tail) = digits(tail) else {
            return false;
        };
        rest = tail;
    }
    if let [b'e' | b'E', tail @ ..] = rest {
        let Some(tail) = digits(sign(tail)) else {
            return false;
        };
        rest = tail;
    }
    rest.is_empty()
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Checks the text against the ABNF and keeps it, to be written as a JSON string.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if is_decimal(s) {
            Ok(Self {
                text: Box::from(s),
                number: None,
            })
        } else {
            Err(ParseDecimalError(Reason::Syntax))
        }
    }
}

impl TryFrom<&str> for Decimal {
    type Error = ParseDecimalError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<i64> for Decimal {
    /// Written as a JSON number.
    fn from(value: i64) -> Self {
        Self {
            text: value.to_string().into_boxed_str(),
            number: Some(Number::Signed(value)),
        }
    }
}

impl From<u64> for Decimal {
    /// Written as a JSON number.
    fn from(value: u64) -> Self {
        Self {
            text: value.to_string().into_boxed_str(),
            number: Some(Number::Unsigned(value)),
        }
    }
}

impl TryFrom<f64> for Decimal {
    type Error = ParseDecimalError;

    /// Written as a JSON number; fails for NaN and the infinities.
    fn try_from(value: f64) -> Result<Self, Self::Error> {
        if value.is_finite() {
            Ok(Self::from_f64_unchecked(value))
        } else {
            Err(ParseDecimalError(Reason::NotFinite))
        }
    }
}

/// `Decimal("12.50")` for a string, `Decimal(12.5)` for a number: the written form.
impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.number.is_some() {
            write!(f, "Decimal({})", self.text)
        } else {
            write!(f, "Decimal({:?})", self.text)
        }
    }
}

/// The text.
impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.number {
            None => serializer.serialize_str(&self.text),
            Some(Number::Signed(n)) => serializer.serialize_i64(n),
            Some(Number::Unsigned(n)) => serializer.serialize_u64(n),
            Some(Number::Float(bits)) => serializer.serialize_f64(f64::from_bits(bits)),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

struct DecimalVisitor;

impl de::Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(FORM)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        v.parse().map_err(|_: ParseDecimalError| {
            E::custom(format_args!("expected {FORM}, found {}", Quoted(v)))
        })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Decimal::try_from(v)
            .map_err(|err| E::custom(format_args!("expected {FORM}, found {v:?} ({err})")))
    }
}

/// Why a string (or an `f64`) is not an `Edm.Decimal`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDecimalError(Reason);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Reason {
    Syntax,
    NotFinite,
}

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Reason::Syntax => {
                f.write_str("not an Edm.Decimal ([sign]digits[.digits][e[sign]digits])")
            }
            Reason::NotFinite => f.write_str("NaN and infinities are not decimals"),
        }
    }
}

impl std::error::Error for ParseDecimalError {}

#[cfg(test)]
mod tests {
    use super::Decimal;

    #[test]
    fn keeps_string_text_exactly_and_writes_a_string() {
        for s in [
            "12.50",
            "-0.000",
            "+1",
            "1.5e3",
            "1E-7",
            "0012",
            "79228162514264337593543950335",
        ] {
            let json = format!("\"{s}\"");
            let value: Decimal = serde_json::from_str(&json).expect(s);
            assert_eq!(value.as_str(), s);
            assert!(!value.is_number());
            assert_eq!(serde_json::to_string(&value).expect(s), json);
            assert_eq!(Decimal::try_from(s), Ok(value));
        }
    }

    #[test]
    fn reads_numbers_as_serde_json_gives_them_and_writes_numbers() {
        let cases = [
            ("2000", "2000", "2000"),
            ("-2000", "-2000", "-2000"),
            ("1000.8", "1000.8", "1000.8"),
            ("12.50", "12.5", "12.5"),
            ("1e300", "1e300", "1e+300"),
            ("1.0", "1.0", "1.0"),
            (
                "18446744073709551615",
                "18446744073709551615",
                "18446744073709551615",
            ),
        ];
        for (json, text, written) in cases {
            let value: Decimal = serde_json::from_str(json).expect(json);
            assert_eq!(value.as_str(), text, "{json}");
            assert!(value.is_number());
            assert_eq!(serde_json::to_string(&value).expect(json), written);
        }
    }

    #[test]
    fn equality_compares_text_and_kind() {
        let string: Decimal = "12.5".parse().expect("valid");
        let number: Decimal = serde_json::from_str("12.5").expect("valid");
        assert_ne!(string, number);
        assert_eq!(string.to_f64().to_bits(), number.to_f64().to_bits());
        assert_eq!(number, Decimal::try_from(12.5).expect("finite"));
        assert_ne!("12.5".parse::<Decimal>(), "12.50".parse::<Decimal>());
    }

    #[test]
    fn refuses_nan_infinity_and_other_text() {
        for s in [
            "NaN", "INF", "-INF", "", "1.", ".5", "1e", "1e+", "--1", "1,5", " 1", "0x10", "1.5.2",
        ] {
            assert_eq!(
                s.parse::<Decimal>().map_err(|e| e.to_string()),
                Err("not an Edm.Decimal ([sign]digits[.digits][e[sign]digits])".to_owned()),
                "{s:?}"
            );
        }
        assert_eq!(
            Decimal::try_from(f64::INFINITY).map_err(|e| e.to_string()),
            Err("NaN and infinities are not decimals".to_owned())
        );
    }

    #[test]
    fn reports_json_errors_with_form_and_found_value() {
        let err = |json: &str| {
            serde_json::from_str::<Decimal>(json)
                .expect_err(json)
                .to_string()
        };
        assert_eq!(
            err(r#""NaN""#),
            r#"expected an Edm.Decimal (a JSON number, or a string like "-12.50" or "1.5e3"), found "NaN" at line 1 column 5"#
        );
        assert_eq!(
            err("true"),
            r#"invalid type: boolean `true`, expected an Edm.Decimal (a JSON number, or a string like "-12.50" or "1.5e3") at line 1 column 4"#
        );
    }

    #[test]
    fn to_f64_reads_the_text() {
        assert_eq!("12.50".parse::<Decimal>().map(|d| d.to_f64()), Ok(12.5));
        assert_eq!("-1.5E2".parse::<Decimal>().map(|d| d.to_f64()), Ok(-150.0));
        assert_eq!(
            "1e400".parse::<Decimal>().map(|d| d.to_f64()),
            Ok(f64::INFINITY)
        );
        // u64::MAX is 2^64 - 1; the nearest f64 is 2^64.
        let max = Decimal::from(u64::MAX).to_f64();
        assert_eq!(max.to_bits(), 2.0_f64.powi(64).to_bits());
    }

    #[test]
    fn debug_shows_strings_quoted_and_numbers_bare() {
        let string: Decimal = "12.50".parse().expect("valid");
        assert_eq!(format!("{string:?}"), r#"Decimal("12.50")"#);
        assert_eq!(format!("{:?}", Decimal::from(-3_i64)), "Decimal(-3)");
    }
}
