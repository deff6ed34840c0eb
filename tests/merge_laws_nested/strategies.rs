//! Value strategies: generated values that favour the edges (see `main.rs`). The scalar ones
//! follow `tests/merge_laws/strategies.rs`; the nested, enum, flags and JSON ones are new.
//!
//! Every named strategy is boxed: unboxed, the nested tuples of strategies of a whole
//! `Calendar` are one value so large that building it overflows a test thread's 2 MiB stack
//! in a debug build.

use super::*;

/// Strings that a careless implementation could mistake for something else.
const TRICKY_STRINGS: &[&str] = &[
    "null",
    "true",
    "0",
    "1e3",
    "NaN",
    "9223372036854775808",
    "\"quoted\"",
    "{}",
    "[]",
    "@odata.type",
    "#graphEntity.mergeLaws.calendar",
    " ",
    "\u{0}",
    "\u{feff}",
    "🦀",
];

/// A regex strategy compiled once (a bare `&str` strategy re-parses its regex for every value).
pub(crate) fn matching(regex: &str) -> impl Strategy<Value = String> + use<> {
    proptest::string::string_regex(regex).expect("valid regex")
}

pub(crate) fn text() -> BoxedStrategy<String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => matching("[a-zA-Z ]{1,8}"),
        2 => matching("\\PC{1,8}"),
        1 => matching("-?[0-9]{1,20}"),
        2 => prop::sample::select(TRICKY_STRINGS).prop_map(String::from),
        1 => matching("[\\x00-\\x1f\\x7f\"\\\\/\u{2028}\u{2029}a]{1,4}"), // JSON escapes
    ]
    .boxed()
}

pub(crate) fn etag() -> BoxedStrategy<String> {
    prop_oneof![matching("W/\"[0-9]{1,4}\""), text()].boxed()
}

pub(crate) fn int64() -> BoxedStrategy<i64> {
    prop_oneof![
        1 => Just(i64::MIN),
        1 => Just(i64::MAX),
        1 => Just(0),
        1 => Just(9_007_199_254_740_993), // 2^53 + 1: not representable as an f64
        3 => -1000_i64..1000,
        2 => any::<i64>(),
    ]
    .boxed()
}

pub(crate) fn int32() -> BoxedStrategy<i32> {
    prop_oneof![
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
        1 => Just(0),
        3 => -1000_i32..1000,
        2 => any::<i32>(),
    ]
    .boxed()
}

pub(crate) fn date() -> BoxedStrategy<Date> {
    let year = prop_oneof![
        6 => 1900_i32..2100,
        2 => -9999_i32..=99_999,
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
    ];
    (year, 1_u8..=12, 1_u8..=31)
        .prop_map(|(year, month, day)| {
            // Clamp the day to the month's length (31 April, 29 February of a common year, ...).
            (day.min(28)..=day)
                .rev()
                .find_map(|day| Date::new(year, month, day).ok())
                .expect("every month has a 28th")
        })
        .boxed()
}

/// Any `Edm.DateTimeOffset` form: seconds or not, 0 to 12 fraction digits, `Z` or an offset
/// up to `±23:59` (`+00:00` and `-00:00` included), years from `i32::MIN` to `i32::MAX`.
pub(crate) fn date_time_offset() -> BoxedStrategy<DateTimeOffset> {
    let seconds = prop_oneof![
        1 => Just(String::new()),
        2 => (0_u8..60).prop_map(|s| format!(":{s:02}")),
        3 => (0_u8..60, matching("[0-9]{1,12}")).prop_map(|(s, f)| format!(":{s:02}.{f}")),
    ];
    let offset = prop_oneof![
        3 => Just("Z".to_owned()),
        1 => Just("+00:00".to_owned()),
        1 => Just("-00:00".to_owned()),
        2 => (prop::bool::ANY, 0_u8..24, 0_u8..60)
            .prop_map(|(west, h, m)| format!("{}{h:02}:{m:02}", if west { '-' } else { '+' })),
    ];
    (date(), 0_u8..24, 0_u8..60, seconds, offset)
        .prop_map(|(date, h, m, seconds, offset)| {
            let text = format!("{date}T{h:02}:{m:02}{seconds}{offset}");
            text.parse()
                .unwrap_or_else(|e| panic!("generated {text:?} is not an Edm.DateTimeOffset: {e}"))
        })
        .boxed()
}

pub(crate) fn tags() -> BoxedStrategy<Vec<String>> {
    prop::collection::vec(text(), 0..3).boxed()
}

pub(crate) fn importance() -> BoxedStrategy<Importance> {
    prop::sample::select(
        &[
            Importance::Low,
            Importance::Normal,
            Importance::High,
            Importance::UnknownFutureValue,
        ][..],
    )
    .boxed()
}

/// Known members, and unknown ones kept by `Other` (never the text of a known member, which
/// reads back as that member).
pub(crate) fn availability() -> BoxedStrategy<Availability> {
    prop_oneof![
        3 => prop::sample::select(&[
            Availability::Free,
            Availability::Busy,
            Availability::WorkingElsewhere,
        ][..]),
        1 => matching("[a-z]{1,6}[A-Z0-9][a-zA-Z0-9]{0,4}").prop_map(Availability::Other),
    ]
    .boxed()
}

pub(crate) fn channels() -> BoxedStrategy<Flags<Channel>> {
    prop::sample::subsequence(&[Channel::Email, Channel::Sms, Channel::Push][..], 0..=3)
        .prop_map(|members| members.into_iter().rev().collect())
        .boxed()
}

pub(crate) fn reminder() -> BoxedStrategy<Reminder> {
    (
        prop::option::of(date_time_offset()),
        int32(),
        prop::option::of(text()),
        importance(),
        channels(),
    )
        .prop_map(
            |(fire_at, minutes_before, message, importance, channels)| Reminder {
                fire_at,
                minutes_before,
                message,
                importance,
                channels,
            },
        )
        .boxed()
}

/// Every field independently absent, `null` or set; one patch in five empty.
pub(crate) fn reminder_patch() -> BoxedStrategy<ReminderPatch> {
    let full = (
        nullable_change(date_time_offset()),
        change(int32()),
        nullable_change(text()),
        change(importance()),
        change(channels()),
    )
        .prop_map(
            |(fire_at, minutes_before, message, importance, channels)| ReminderPatch {
                fire_at,
                minutes_before,
                message,
                importance,
                channels,
            },
        );
    prop_oneof![1 => Just(ReminderPatch::default()), 4 => full].boxed()
}

pub(crate) fn slots() -> BoxedStrategy<Vec<Slot>> {
    let slot = (
        date_time_offset(),
        prop::option::of(date_time_offset()),
        availability(),
        dynamic_entity(),
    )
        .prop_map(|(start, end, status, additional_data)| Slot {
            start,
            end,
            status,
            additional_data,
        });
    prop::collection::vec(slot, 0..3).boxed()
}

/// Names of dynamic properties and undeclared members: none is the wire name of a declared
/// property of any type here, nor control information (`@odata.*`).
const MEMBER_NAMES: &[&str] = &["color", "x-custom", "größe", "tag", "extra"];

/// Names inside object values.
const INNER_NAMES: &[&str] = &["a", "b", "c"];

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        int64().prop_map(Value::from),
        Just(serde_json::json!(0.5)),
        text().prop_map(Value::String),
    ]
}

/// Small JSON values up to two levels deep. With `nulls`, `null` may appear anywhere; without,
/// only inside arrays (see `dynamic_entity`).
fn json_value(nulls: bool) -> BoxedStrategy<Value> {
    let leaf = if nulls {
        prop_oneof![1 => Just(Value::Null), 4 => json_leaf()].boxed()
    } else {
        json_leaf().boxed()
    };
    leaf.prop_recursive(2, 8, 3, move |inner| {
        let in_array = if nulls {
            inner.clone()
        } else {
            prop_oneof![1 => Just(Value::Null), 4 => inner.clone()].boxed()
        };
        prop_oneof![
            prop::collection::vec(in_array, 0..3).prop_map(Value::Array),
            prop::collection::btree_map(prop::sample::select(INNER_NAMES), inner, 0..3).prop_map(
                |members| {
                    Value::Object(
                        members
                            .into_iter()
                            .map(|(name, value)| (name.to_owned(), value))
                            .collect(),
                    )
                }
            ),
        ]
    })
    .boxed()
}

fn members(value: BoxedStrategy<Value>) -> impl Strategy<Value = AdditionalData> {
    prop::collection::btree_map(prop::sample::select(MEMBER_NAMES), value, 0..3).prop_map(
        |members| {
            members
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect()
        },
    )
}

/// The undeclared members of an entity or nested value: no `null` member at any depth of
/// objects. A `null` member cannot be reached by a merge patch (RFC 7396 reads `null` as
/// "remove"), so `diff` documents it as the one thing it cannot reproduce; `null`s inside
/// arrays are fine (arrays are replaced whole).
pub(crate) fn dynamic_entity() -> BoxedStrategy<AdditionalData> {
    members(json_value(false)).boxed()
}

/// The dynamic properties of a patch: `null` (remove) anywhere.
pub(crate) fn dynamic_patch() -> BoxedStrategy<AdditionalData> {
    members(json_value(true)).boxed()
}
