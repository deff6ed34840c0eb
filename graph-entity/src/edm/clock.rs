//! The `hh:mm[:ss[.fraction]]` part shared by `Edm.TimeOfDay` and `Edm.DateTimeOffset`.
//!
//! A [`Clock`] remembers how it was written (seconds present or not, how many fraction
//! digits) so that the text Graph sent is written back unchanged.

use core::fmt;

/// Most fraction digits kept: picoseconds, as the OData `fractionalSeconds` rule allows.
pub(crate) const MAX_FRACTION_DIGITS: u8 = 12;

const PICOS_PER_NANO: u64 = 1_000;

/// A time of day with its written form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Clock {
    hour: u8,
    minute: u8,
    second: u8,
    /// `None`: written `hh:mm`; `Some(n)`: written with seconds and `n` fraction digits.
    digits: Option<u8>,
    /// The fraction of the second in picoseconds, `< 10^12`.
    picos: u64,
}

/// Why a clock text or clock fields are invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClockError {
    /// Not shaped like `hh:mm[:ss[.fraction]]`.
    Syntax,
    /// More fraction digits than [`MAX_FRACTION_DIGITS`].
    Fraction(usize),
    Hour(u8),
    Minute(u8),
    Second(u8),
    Nanosecond(u32),
}

impl ClockError {
    /// Whether the message should add this error as the reason (the syntax was fine).
    pub(crate) const fn has_reason(self) -> bool {
        !matches!(self, ClockError::Syntax)
    }
}

impl fmt::Display for ClockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ClockError::Syntax => f.write_str("not a time of day (hh:mm:ss[.fraction])"),
            ClockError::Fraction(n) => write!(
                f,
                "{n} fraction digits, at most {MAX_FRACTION_DIGITS} are allowed"
            ),
            ClockError::Hour(h) => write!(f, "hour {h:02} is not in 00..=23"),
            ClockError::Minute(m) => write!(f, "minute {m:02} is not in 00..=59"),
            ClockError::Second(60) => {
                f.write_str("second 60 is not in 00..=59 (leap seconds are not supported)")
            }
            ClockError::Second(s) => write!(f, "second {s:02} is not in 00..=59"),
            ClockError::Nanosecond(n) => write!(f, "nanosecond {n} is not below 1000000000"),
        }
    }
}

/// Two ASCII digits as a number, `None` if either is not a digit.
pub(crate) fn two_digits(hi: u8, lo: u8) -> Option<u8> {
    (hi.is_ascii_digit() && lo.is_ascii_digit()).then(|| (hi - b'0') * 10 + (lo - b'0'))
}

impl Clock {
    /// Checks the fields; the value is written `hh:mm:ss`, plus the shortest fraction that
    /// holds `nanosecond` exactly when it is not 0.
    pub(crate) const fn new(
        hour: u8,
        minute: u8,
        second: u8,
        nanosecond: u32,
    ) -> Result<Self, ClockError> {
        if let Err(err) = check_range(hour, minute, second) {
            return Err(err);
        }
        if nanosecond >= 1_000_000_000 {
            return Err(ClockError::Nanosecond(nanosecond));
        }
        let mut digits = 9;
        let mut rest = nanosecond;
        if rest == 0 {
            digits = 0;
        } else {
            while rest % 10 == 0 {
                rest /= 10;
                digits -= 1;
            }
        }
        Ok(Self {
            hour,
            minute,
            second,
            digits: Some(digits),
            picos: nanosecond as u64 * PICOS_PER_NANO,
        })
    }

    /// Parses exactly `hh ":" mm [":" ss ["." 1*12DIGIT]]`.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, ClockError> {
        let (&[h1, h2, b':', m1, m2], rest) = split_array::<5>(bytes).ok_or(ClockError::Syntax)?
        else {
            return Err(ClockError::Syntax);
        };
        let hour = two_digits(h1, h2).ok_or(ClockError::Syntax)?;
        let minute = two_digits(m1, m2).ok_or(ClockError::Syntax)?;
        let (second, digits, picos) = match rest {
            [] => (0, None, 0),
            [b':', s1, s2, fraction @ ..] => {
                let second = two_digits(*s1, *s2).ok_or(ClockError::Syntax)?;
                let (digits, picos) = match fraction {
                    [] => (0, 0),
                    [b'.', digits @ ..] => parse_fraction(digits)?,
                    _ => return Err(ClockError::Syntax),
                };
                (second, Some(digits), picos)
            }
            _ => return Err(ClockError::Syntax),
        };
        check_range(hour, minute, second)?;
        Ok(Self {
            hour,
            minute,
            second,
            digits,
            picos,
        })
    }

    pub(crate) const fn hour(self) -> u8 {
        self.hour
    }

    pub(crate) const fn minute(self) -> u8 {
        self.minute
    }

    pub(crate) const fn second(self) -> u8 {
        self.second
    }

    /// The fraction truncated to nanoseconds.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "picos < 10^12, so picos / 1000 < 10^9 fits in u32"
    )]
    pub(crate) const fn nanosecond(self) -> u32 {
        (self.picos / PICOS_PER_NANO) as u32
    }

    pub(crate) const fn picosecond(self) -> u64 {
        self.picos
    }

    /// How many fraction digits are written; `None` when the seconds are not written.
    pub(crate) const fn fraction_digits(self) -> Option<u8> {
        self.digits
    }

    /// Seconds since midnight.
    pub(crate) const fn seconds_of_day(self) -> u32 {
        self.hour as u32 * 3600 + self.minute as u32 * 60 + self.second as u32
    }

    /// The same time written with seconds and `digits` fraction digits; `None` if `digits` is
    /// above 12 or would drop a non-zero digit.
    pub(crate) const fn with_fraction_digits(self, digits: u8) -> Option<Self> {
        if digits > MAX_FRACTION_DIGITS {
            return None;
        }
        let unit = 10_u64.pow((MAX_FRACTION_DIGITS - digits) as u32);
        if self.picos % unit != 0 {
            return None;
        }
        Some(Self {
            digits: Some(digits),
            ..self
        })
    }
}

fn split_array<const N: usize>(bytes: &[u8]) -> Option<(&[u8; N], &[u8])> {
    let (head, tail) = bytes.split_at_checked(N)?;
    Some((head.try_into().ok()?, tail))
}

const fn check_range(hour: u8, minute: u8, second: u8) -> Result<(), ClockError> {
    if hour > 23 {
        Err(ClockError::Hour(hour))
    } else if minute > 59 {
        Err(ClockError::Minute(minute))
    } else if second > 59 {
        Err(ClockError::Second(second))
    } else {
        Ok(())
    }
}

/// `1*12DIGIT` after the `.`: the digit count and the value in picoseconds.
fn parse_fraction(digits: &[u8]) -> Result<(u8, u64), ClockError> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(ClockError::Syntax);
    }
    let count = u8::try_from(digits.len())
        .ok()
        .filter(|&n| n <= MAX_FRACTION_DIGITS)
        .ok_or(ClockError::Fraction(digits.len()))?;
    let value = digits
        .iter()
        .fold(0_u64, |acc, &d| acc * 10 + u64::from(d - b'0'));
    Ok((
        count,
        value * 10_u64.pow(u32::from(MAX_FRACTION_DIGITS - count)),
    ))
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        match self.digits {
            None => Ok(()),
            Some(0) => write!(f, ":{:02}", self.second),
            Some(digits) => {
                let shown = self.picos / 10_u64.pow(u32::from(MAX_FRACTION_DIGITS - digits));
                write!(
                    f,
                    ":{:02}.{shown:0width$}",
                    self.second,
                    width = usize::from(digits)
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Clock, ClockError};

    fn parse(s: &str) -> Result<Clock, ClockError> {
        Clock::parse(s.as_bytes())
    }

    #[test]
    fn writes_back_the_form_it_read() {
        for s in "00:00 23:59 12:30:00 12:30:05.1 17:00:00.0000000 23:59:59.999999999999 \
                  08:00:00.000"
            .split(' ')
        {
            assert_eq!(parse(s).map(|c| c.to_string()), Ok(s.to_owned()), "{s}");
        }
    }

    #[test]
    fn keeps_fraction_as_picoseconds_and_truncates_nanoseconds() {
        let clock = parse("01:02:03.123456789012").expect("valid");
        assert_eq!(clock.picosecond(), 123_456_789_012);
        assert_eq!(clock.nanosecond(), 123_456_789);
        assert_eq!(clock.fraction_digits(), Some(12));
        assert_eq!(
            parse("01:02:03.5").expect("valid").nanosecond(),
            500_000_000
        );
    }

    #[test]
    fn rejects_out_of_range_fields_with_reason() {
        assert_eq!(parse("24:00"), Err(ClockError::Hour(24)));
        assert_eq!(parse("23:60"), Err(ClockError::Minute(60)));
        assert_eq!(parse("23:59:60"), Err(ClockError::Second(60)));
        assert_eq!(
            ClockError::Second(60).to_string(),
            "second 60 is not in 00..=59 (leap seconds are not supported)"
        );
        assert_eq!(
            parse("00:00:00.1234567890123").map_err(|e| e.to_string()),
            Err("13 fraction digits, at most 12 are allowed".to_owned())
        );
    }

    #[test]
    fn rejects_other_shapes_as_syntax() {
        for s in "|1:00|01:0|01-00|01:00:|01:00:0|01:00:00.|01:00:00,5|01:00:00.5x|0a:00|01:00 "
            .split('|')
        {
            assert_eq!(parse(s), Err(ClockError::Syntax), "{s:?}");
        }
    }

    #[test]
    fn new_writes_the_shortest_exact_fraction() {
        let text = |n| Clock::new(1, 2, 3, n).map(|c| c.to_string());
        assert_eq!(text(0), Ok("01:02:03".to_owned()));
        assert_eq!(text(500_000_000), Ok("01:02:03.5".to_owned()));
        assert_eq!(text(123_456_700), Ok("01:02:03.1234567".to_owned()));
        assert_eq!(text(1), Ok("01:02:03.000000001".to_owned()));
        assert_eq!(
            text(1_000_000_000),
            Err(ClockError::Nanosecond(1_000_000_000))
        );
    }

    #[test]
    fn with_fraction_digits_never_drops_a_digit() {
        let clock = parse("01:02:03.5").expect("valid");
        let seven = clock.with_fraction_digits(7).map(|c| c.to_string());
        assert_eq!(seven, Some("01:02:03.5000000".to_owned()));
        assert_eq!(clock.with_fraction_digits(0), None);
        assert_eq!(clock.with_fraction_digits(13), None);
    }
}
