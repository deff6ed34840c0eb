//! `Edm.Date`: a calendar date without time or offset.

use core::fmt::{self, Write as _};
use core::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer, de, ser};

use crate::describe::Quoted;

/// An OData `Edm.Date`: a proleptic Gregorian calendar date, `YYYY-MM-DD`.
///
/// The year may be negative and may have more than four digits, exactly as the
/// OData ABNF allows; every value is a real calendar date (no `2023-02-29`).
/// Ordering is chronological. Serialized as a JSON string in the same form.
///
/// ```
/// use graph_entity::edm::Date;
///
/// let date: Date = "2024-02-29".parse()?;
/// assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
/// assert_eq!(date.to_string(), "2024-02-29");
///
/// let caesar = Date::new(-44, 3, 15)?;
/// assert_eq!(caesar.to_string(), "-0044-03-15");
/// assert!(caesar < date);
///
/// let err = "2023-02-29".parse::<Date>().unwrap_err();
/// assert_eq!(err.to_string(), "2023-02 has no day 29");
/// # Ok::<(), graph_entity::edm::ParseDateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order gives the derived `Ord` its chronological meaning.
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, checking it against the proleptic Gregorian calendar.
    ///
    /// # Errors
    ///
    /// If `month` is not in `1..=12`, or `day` is 0 or past the end of the month.
    pub const fn new(year: i32, month: u8, day: u8) -> Result<Self, ParseDateError> {
        if month == 0 || month > 12 {
            return Err(ParseDateError {
                kind: Kind::Month(month),
            });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(ParseDateError {
                kind: Kind::Day { year, month, day },
            });
        }
        Ok(Self { year, month, day })
    }

    /// The year; 0 is 1 BC, negative years count further back.
    #[must_use]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, `1..=12`.
    #[must_use]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, `1..=31`.
    #[must_use]
    pub const fn day(self) -> u8 {
        self.day
    }
}

const fn is_leap_year(year: i32) -> bool {
    year.rem_euclid(4) == 0 && (year.rem_euclid(100) != 0 || year.rem_euclid(400) == 0)
}

/// Length of `month` (`1..=12`) in `year`.
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Writes a year zero-padded to at least four digits, with a leading `-` if negative.
fn write_year(f: &mut fmt::Formatter<'_>, year: i32) -> fmt::Result {
    if year < 0 {
        f.write_char('-')?;
    }
    write!(f, "{:04}", year.unsigned_abs())
}

/// Parses the ASCII digits of a year into an `i32`, `None` on overflow.
fn parse_year(digits: &[u8], negative: bool) -> Option<i32> {
    digits.iter().try_fold(0_i32, |acc, &digit| {
        let digit = i32::from(digit - b'0');
        let acc = acc.checked_mul(10)?;
        if negative {
            acc.checked_sub(digit)
        } else {
            acc.checked_add(digit)
        }
    })
}

impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const SYNTAX: ParseDateError = ParseDateError { kind: Kind::Syntax };
        const YEAR_RANGE: ParseDateError = ParseDateError {
            kind: Kind::YearRange,
        };
        let bytes = s.as_bytes();
        let (negative, rest) = match bytes {
            [b'-', rest @ ..] => (true, rest),
            _ => (false, bytes),
        };
        let year_len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let (year_digits, tail) = rest.split_at(year_len);
        // year = "0" 3DIGIT / oneToNine 3*DIGIT
        let year_ok = match year_digits {
            [b'0', ..] => year_len == 4,
            _ => year_len >= 4,
        };
        let &[b'-', m1, m2, b'-', d1, d2] = tail else {
            return Err(SYNTAX);
        };
        if !year_ok || ![m1, m2, d1, d2].iter().all(u8::is_ascii_digit) {
            return Err(SYNTAX);
        }
        let year = parse_year(year_digits, negative).ok_or(YEAR_RANGE)?;
        let two_digits = |hi: u8, lo: u8| (hi - b'0') * 10 + (lo - b'0');
        Self::new(year, two_digits(m1, m2), two_digits(d1, d2))
    }
}

impl TryFrom<&str> for Date {
    type Error = ParseDateError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

/// `Date(2017-09-01)`: the calendar form reads better than the three fields.
impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_year(f, self.year)?;
        write!(f, "-{:02}-{:02}", self.month, self.day)
    }
}

/// Stack buffer for the text form; the longest is `-2147483648-12-31` (17 bytes).
#[derive(Default)]
struct StackBuf {
    bytes: [u8; 24],
    len: usize,
}

impl fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len.checked_add(s.len()).ok_or(fmt::Error)?;
        let dst = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut buf = StackBuf::default();
        write!(buf, "{self}")
            .map_err(|_| ser::Error::custom("Edm.Date text overflowed its buffer"))?;
        let text = buf.bytes.get(..buf.len).unwrap_or_default();
        serializer.serialize_str(core::str::from_utf8(text).map_err(ser::Error::custom)?)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(DateVisitor)
    }
}

struct DateVisitor;

impl de::Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Edm.Date (YYYY-MM-DD)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
        v.parse().map_err(|err: ParseDateError| match err.kind {
            Kind::Syntax | Kind::YearRange => E::custom(format_args!(
                "expected an Edm.Date (YYYY-MM-DD), found {}",
                Quoted(v)
            )),
            Kind::Month(_) | Kind::Day { .. } => E::custom(format_args!(
                "expected an Edm.Date (YYYY-MM-DD), found {} ({err})",
                Quoted(v)
            )),
        })
    }
}

/// Why a string or a `(year, month, day)` triple is not an `Edm.Date`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateError {
    kind: Kind,
}

impl ParseDateError {
    /// Whether the text was well-formed and only the calendar check failed: messages then add
    /// the reason after the quoted value.
    pub(crate) const fn is_calendar(&self) -> bool {
        matches!(self.kind, Kind::Month(_) | Kind::Day { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    /// Not shaped like the OData `dateValue` ABNF.
    Syntax,
    /// Well-formed, but the year does not fit in an `i32`.
    YearRange,
    /// Month 0 or above 12.
    Month(u8),
    /// Day 0 or past the end of the month.
    Day { year: i32, month: u8, day: u8 },
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::Syntax => f.write_str("not an Edm.Date (YYYY-MM-DD)"),
            Kind::YearRange => f.write_str("year out of range"),
            Kind::Month(month) => write!(f, "month {month:02} is not in 01..=12"),
            Kind::Day { year, month, day } => {
                write_year(f, year)?;
                write!(f, "-{month:02} has no day {day}")
            }
        }
    }
}

impl std::error::Error for ParseDateError {}

#[cfg(test)]
mod tests {
    use super::Date;

    fn parse_error(s: &str) -> String {
        s.parse::<Date>().expect_err(s).to_string()
    }

    fn new_error(year: i32, month: u8, day: u8) -> String {
        Date::new(year, month, day)
            .expect_err("invalid")
            .to_string()
    }

    fn json_error(json: &str) -> String {
        serde_json::from_str::<Date>(json)
            .expect_err(json)
            .to_string()
    }

    #[test]
    fn round_trips_valid_dates_through_from_str_and_display() {
        let valid = "2017-09-01 2024-02-29 2000-02-29 0000-01-01 -0044-03-15 12345-01-01 9999-12-31 \
                     0001-01-31 2023-04-30 -0004-02-29 2147483647-12-31 -2147483648-01-01";
        for s in valid.split(' ') {
            let date: Date = s.parse().expect(s);
            assert_eq!(date.to_string(), s);
            assert_eq!(Date::try_from(s), Ok(date));
        }
    }

    #[test]
    fn exposes_components() {
        let date: Date = "-0044-03-15".parse().expect("valid");
        assert_eq!((date.year(), date.month(), date.day()), (-44, 3, 15));
        assert_eq!(Date::new(-44, 3, 15), Ok(date));
    }

    #[test]
    fn normalises_negative_year_zero() {
        let date: Date = "-0000-01-01".parse().expect("valid per ABNF");
        assert_eq!(date.year(), 0);
        assert_eq!(date.to_string(), "0000-01-01");
    }

    #[test]
    fn rejects_february_29_in_common_year() {
        assert_eq!(parse_error("2023-02-29"), "2023-02 has no day 29");
        assert_eq!(parse_error("1900-02-29"), "1900-02 has no day 29");
        assert_eq!(parse_error("-0001-02-29"), "-0001-02 has no day 29");
    }

    #[test]
    fn rejects_days_past_month_end_or_zero() {
        assert_eq!(parse_error("2023-04-31"), "2023-04 has no day 31");
        assert_eq!(parse_error("2023-01-00"), "2023-01 has no day 0");
        assert_eq!(parse_error("2023-01-32"), "2023-01 has no day 32");
        assert_eq!(new_error(2023, 2, 0), "2023-02 has no day 0");
    }

    #[test]
    fn rejects_month_outside_1_to_12() {
        assert_eq!(parse_error("2023-13-01"), "month 13 is not in 01..=12");
        assert_eq!(parse_error("2023-00-10"), "month 00 is not in 01..=12");
        assert_eq!(new_error(2023, 0, 1), "month 00 is not in 01..=12");
    }

    #[test]
    fn rejects_year_outside_i32() {
        assert_eq!(parse_error("99999999999-01-01"), "year out of range");
        assert_eq!(parse_error("2147483648-01-01"), "year out of range");
        assert_eq!(parse_error("-2147483649-01-01"), "year out of range");
    }

    #[test]
    fn rejects_anything_not_shaped_like_the_abnf() {
        // `|`-separated so that the empty string and surrounding spaces stay visible.
        let invalid = "Date||-|2023-1-01|2023-01-1|023-01-01|02023-01-01|2023-01-01T00:00:00Z| 2023-01-01|\
                       2023-01-01 |+2023-01-01|２０２３-01-01|2023-０1-01|2023/01/01|--2023-01-01|\
                       2023-01-01-|20230101|2023-01-é1";
        for s in invalid.split('|') {
            assert_eq!(parse_error(s), "not an Edm.Date (YYYY-MM-DD)", "{s:?}");
        }
    }

    #[test]
    fn orders_chronologically_including_negative_years() {
        let ordered =
            "-0100-12-31 -0044-03-15 -0001-01-01 0000-01-01 2023-01-31 2023-02-01 12345-01-01";
        let dates: Vec<Date> = ordered.split(' ').map(|s| s.parse().expect(s)).collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
    }

    #[test]
    fn serializes_as_json_string() {
        let to_json = |y, m, d| serde_json::to_string(&Date::new(y, m, d).expect("valid"));
        assert_eq!(to_json(2017, 9, 1).expect("serializes"), r#""2017-09-01""#);
        assert_eq!(
            to_json(i32::MIN, 12, 31).expect("serializes"),
            r#""-2147483648-12-31""#
        );
    }

    #[test]
    fn deserializes_from_json_string() {
        let date: Date = serde_json::from_str(r#""-0044-03-15""#).expect("valid");
        assert_eq!(date, Date::new(-44, 3, 15).expect("valid"));
    }

    #[test]
    fn reports_syntax_errors_with_found_value() {
        assert_eq!(
            json_error(r#""Date""#),
            r#"expected an Edm.Date (YYYY-MM-DD), found "Date" at line 1 column 6"#
        );
        assert_eq!(
            json_error(r#""99999999999-01-01""#),
            r#"expected an Edm.Date (YYYY-MM-DD), found "99999999999-01-01" at line 1 column 19"#
        );
    }

    #[test]
    fn reports_calendar_errors_with_reason() {
        assert_eq!(
            json_error(r#""2023-02-29""#),
            r#"expected an Edm.Date (YYYY-MM-DD), found "2023-02-29" (2023-02 has no day 29) at line 1 column 12"#
        );
        assert_eq!(
            json_error(r#""2023-13-01""#),
            r#"expected an Edm.Date (YYYY-MM-DD), found "2023-13-01" (month 13 is not in 01..=12) at line 1 column 12"#
        );
    }

    #[test]
    fn leaves_non_string_json_to_serde_invalid_type() {
        assert_eq!(
            json_error("20230101"),
            "invalid type: integer `20230101`, expected an Edm.Date (YYYY-MM-DD) at line 1 column 8"
        );
    }
}
