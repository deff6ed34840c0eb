//! Value strategies: generated values that favour the edges (see `main.rs`).

use super::*;

/// Strings that a careless implementation could mistake for something else.
pub(crate) const TRICKY_STRINGS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "1e3",
    "NaN",
    "Infinity",
    "9223372036854775808",
    "-9223372036854775809",
    "\"quoted\"",
    "{}",
    "[]",
    "@odata.type",
    "#microsoft.graph.user",
    " ",
    "\u{0}",
    "\u{feff}",
    "🦀",
];

/// A regex strategy compiled once (a bare `&str` strategy re-parses its regex for every value).
pub(crate) fn matching(regex: &str) -> impl Strategy<Value = String> {
    proptest::string::string_regex(regex).expect("valid regex")
}

pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => matching("[a-zA-Z ]{1,12}"),
        3 => matching("\\PC{1,12}"),
        2 => matching("-?[0-9]{1,20}(\\.[0-9]{1,4})?(e-?[0-9]{1,3})?"),
        2 => prop::sample::select(TRICKY_STRINGS).prop_map(String::from),
        2 => matching("[\\x00-\\x1f\\x7f\"\\\\/\u{2028}\u{2029}\u{fffd}a]{1,6}"), // JSON escapes
    ]
}

pub(crate) fn int64() -> impl Strategy<Value = i64> {
    prop_oneof![
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
        1 => Just(0),
        1 => Just(-1),
        1 => Just(9_007_199_254_740_993), // 2^53 + 1: not representable as an f64
        3 => -1000_i64..1000,
        3 => any::<i64>(),
    ]
}

pub(crate) fn int32() -> impl Strategy<Value = i32> {
    prop_oneof![
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
        1 => Just(0),
        3 => -1000_i32..1000,
        3 => any::<i32>(),
    ]
}

pub(crate) fn uint32() -> impl Strategy<Value = u32> {
    prop_oneof![
        1 => Just(0),
        1 => Just(u32::MAX),
        3 => 0_u32..1000,
        3 => any::<u32>(),
    ]
}

pub(crate) fn date() -> impl Strategy<Value = Date> {
    let year = prop_oneof![
        6 => 1900_i32..2100,
        3 => -9999_i32..=99_999,
        1 => Just(0),
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
        2 => any::<i32>(),
    ];
    (year, 1_u8..=12, 1_u8..=31).prop_map(|(year, month, day)| {
        // Clamp the day to the month's length (31 April, 29 February of a common year, ...).
        (day.min(28)..=day)
            .rev()
            .find_map(|day| Date::new(year, month, day).ok())
            .expect("every month has a 28th")
    })
}

pub(crate) fn tags() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..4)
}
