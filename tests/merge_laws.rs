//! Property tests of the merge logic (DESIGN.md, "Merge logic"): `apply`, `merge` and `diff` obey
//! their algebraic laws, both the entity and the patch survive a JSON round trip, and applying a
//! patch to the struct gives the same JSON as RFC 7396 (JSON Merge Patch), checked against the
//! independent implementation `json_patch::merge`.
//!
//! Every law runs on three entities of different shapes:
//!
//! - [`Office365ServicesUserCounts`] (shipped): every property nullable, an `Option<String>` key;
//! - [`Widget`] (test-local): non-nullable `String`, `i64`, `bool` and `Vec<String>` properties,
//!   nullable ones, a renamed one, a `key`, a `read_only` and a `skip` field;
//! - [`Schedule`] (test-local): `Edm.Date` both non-nullable and nullable, `i32`/`u32` both ways,
//!   `rename_all = "PascalCase"`, no key and no read-only field.
//!
//! Numbers: 15 laws per entity, 45 properties in all, each run on [`CASES`] = 512 generated cases
//! (23 040 cases per run; about 5 s in a debug build on two busy cores). Generated values favour
//! edges: `i64::MIN`/`MAX`, `2^53 + 1` (not exact as an `f64`), `i32`/`u32` bounds, the empty
//! string, any printable Unicode (astral planes included), control characters and other JSON
//! escapes, strings that look like JSON numbers or literals, and dates from year `i32::MIN` to
//! `i32::MAX` including 29 February.
//!
//! Failure persistence is off ([`config`]): proptest would otherwise write a regressions file
//! next to this one. A failure still prints the shrunk counterexample; pin it as a unit test.

use core::fmt::{self, Debug};

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, GraphEntity, Patch};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest::test_runner::{RngAlgorithm, TestCaseError};
use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// Cases per property.
const CASES: u32 = 512;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        // Five times faster than the default ChaCha in a debug build, and as good for testing.
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Test-local entities
// ---------------------------------------------------------------------------------------------

/// An entity with every kind of field the derive tells apart.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(read_only)]
    revision: i64,
    display_name: String,
    size: i64,
    #[graph(rename = "isEnabled")]
    enabled: bool,
    tags: Vec<String>,
    description: Option<String>,
    weight: Option<i64>,
    archived: Option<bool>,
    /// Not on the wire and not in the patch; reads back as `String::new()`.
    #[graph(skip)]
    local_note: String,
}

/// Dates and 32-bit integers, PascalCase wire names, no key, no read-only field.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "graphEntity.mergeLaws.schedule",
    rename_all = "PascalCase"
)]
struct Schedule {
    starts_on: Date,
    ends_on: Option<Date>,
    attendees: u32,
    offset_minutes: i32,
    capacity: Option<u32>,
    priority: Option<i32>,
}

// ---------------------------------------------------------------------------------------------
// Value strategies
// ---------------------------------------------------------------------------------------------

/// Strings that a careless implementation could mistake for something else.
const TRICKY_STRINGS: &[&str] = &[
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
fn matching(regex: &str) -> impl Strategy<Value = String> {
    proptest::string::string_regex(regex).expect("valid regex")
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        3 => matching("[a-zA-Z ]{1,12}"),
        3 => matching("\\PC{1,12}"),
        2 => matching("-?[0-9]{1,20}(\\.[0-9]{1,4})?(e-?[0-9]{1,3})?"),
        2 => prop::sample::select(TRICKY_STRINGS).prop_map(String::from),
        2 => matching("[\\x00-\\x1f\\x7f\"\\\\/\u{2028}\u{2029}\u{fffd}a]{1,6}"), // JSON escapes
    ]
}

fn int64() -> impl Strategy<Value = i64> {
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

fn int32() -> impl Strategy<Value = i32> {
    prop_oneof![
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
        1 => Just(0),
        3 => -1000_i32..1000,
        3 => any::<i32>(),
    ]
}

fn uint32() -> impl Strategy<Value = u32> {
    prop_oneof![
        1 => Just(0),
        1 => Just(u32::MAX),
        3 => 0_u32..1000,
        3 => any::<u32>(),
    ]
}

fn date() -> impl Strategy<Value = Date> {
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

fn tags() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..4)
}

/// A patch field of a non-nullable property: absent or set.
fn change<T: Debug + Clone + 'static>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(value)
}

/// A patch field of a nullable property: absent, explicit `null`, or set.
fn nullable_change<T: Debug + Clone + 'static>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<Option<T>>> {
    prop_oneof![
        Just(None),
        Just(Some(None)),
        value.prop_map(|v| Some(Some(v))),
    ]
}

/// Bit `index` of `mask` says "keep the old value" for the field declared at that position.
fn keep(mask: u32, index: u32) -> bool {
    mask & (1 << index) != 0
}

// ---------------------------------------------------------------------------------------------
// What the generic laws need to know of each entity
// ---------------------------------------------------------------------------------------------

/// An entity under test: its strategies and hand-written oracles.
trait Subject: Entity + Serialize + DeserializeOwned + Clone + Debug + PartialEq + 'static
where
    Self::Patch: 'static,
{
    /// The wire names of the patchable properties, in declaration order.
    const PATCHABLE: &'static [&'static str];

    fn entity() -> BoxedStrategy<Self>;

    /// Every patch field independently absent, `null` (nullable only) or a value.
    fn patch() -> BoxedStrategy<Self::Patch>;

    /// A new version of `self`: each patchable field kept when its bit of `keep_mask` is set,
    /// else taken from `fresh`. Key, read-only and skipped fields always come from `self`.
    fn updated(&self, fresh: Self, keep_mask: u32) -> Self;

    /// `self` with the key, read-only and skipped fields of `base`.
    fn with_fixed_fields_of(self, base: &Self) -> Self;

    /// The wire names of the patchable properties whose values differ, in declaration order.
    fn differing(&self, other: &Self) -> Vec<&'static str>;

    /// What reading `self`'s JSON back gives: skipped fields at their default.
    fn as_read(&self) -> Self {
        self.clone()
    }
}

/// `old` and a version of it that agrees on key, read-only and skipped fields.
fn old_and_updated<E: Subject>() -> impl Strategy<Value = (E, E)> {
    (E::entity(), E::entity(), any::<u32>()).prop_map(|(old, fresh, mask)| {
        let updated = old.updated(fresh, mask);
        (old, updated)
    })
}

/// Pushes `wire` when the two values differ.
fn push_if_ne<T: PartialEq>(out: &mut Vec<&'static str>, wire: &'static str, a: &T, b: &T) {
    if a != b {
        out.push(wire);
    }
}

const OFFICE_PATCHABLE: &[&str] = &[
    "reportRefreshDate",
    "exchangeActive",
    "exchangeInactive",
    "oneDriveActive",
    "oneDriveInactive",
    "sharePointActive",
    "sharePointInactive",
    "skypeForBusinessActive",
    "skypeForBusinessInactive",
    "yammerActive",
    "yammerInactive",
    "teamsActive",
    "teamsInactive",
    "office365Active",
    "office365Inactive",
    "reportPeriod",
];

/// The fourteen counts of `row`, in declaration order.
fn office_counts(row: &Office365ServicesUserCounts) -> [Option<i64>; 14] {
    [
        row.exchange_active,
        row.exchange_inactive,
        row.one_drive_active,
        row.one_drive_inactive,
        row.share_point_active,
        row.share_point_inactive,
        row.skype_for_business_active,
        row.skype_for_business_inactive,
        row.yammer_active,
        row.yammer_inactive,
        row.teams_active,
        row.teams_inactive,
        row.office365_active,
        row.office365_inactive,
    ]
}

fn office_from_parts(
    id: Option<String>,
    report_refresh_date: Option<Date>,
    counts: [Option<i64>; 14],
    report_period: Option<String>,
) -> Office365ServicesUserCounts {
    let [
        exchange_active,
        exchange_inactive,
        one_drive_active,
        one_drive_inactive,
        share_point_active,
        share_point_inactive,
        skype_for_business_active,
        skype_for_business_inactive,
        yammer_active,
        yammer_inactive,
        teams_active,
        teams_inactive,
        office365_active,
        office365_inactive,
    ] = counts;
    Office365ServicesUserCounts {
        id,
        report_refresh_date,
        exchange_active,
        exchange_inactive,
        one_drive_active,
        one_drive_inactive,
        share_point_active,
        share_point_inactive,
        skype_for_business_active,
        skype_for_business_inactive,
        yammer_active,
        yammer_inactive,
        teams_active,
        teams_inactive,
        office365_active,
        office365_inactive,
        report_period,
    }
}

impl Subject for Office365ServicesUserCounts {
    const PATCHABLE: &'static [&'static str] = OFFICE_PATCHABLE;

    fn entity() -> BoxedStrategy<Self> {
        (
            prop::option::of(text()),
            prop::option::of(date()),
            core::array::from_fn::<_, 14, _>(|_| prop::option::of(int64())),
            prop::option::of(text()),
        )
            .prop_map(|(id, date, counts, period)| office_from_parts(id, date, counts, period))
            .boxed()
    }

    fn patch() -> BoxedStrategy<Office365ServicesUserCountsPatch> {
        (
            nullable_change(date()),
            core::array::from_fn::<_, 14, _>(|_| nullable_change(int64())),
            nullable_change(text()),
        )
            .prop_map(|(report_refresh_date, counts, report_period)| {
                let [
                    exchange_active,
                    exchange_inactive,
                    one_drive_active,
                    one_drive_inactive,
                    share_point_active,
                    share_point_inactive,
                    skype_for_business_active,
                    skype_for_business_inactive,
                    yammer_active,
                    yammer_inactive,
                    teams_active,
                    teams_inactive,
                    office365_active,
                    office365_inactive,
                ] = counts;
                Office365ServicesUserCountsPatch {
                    report_refresh_date,
                    exchange_active,
                    exchange_inactive,
                    one_drive_active,
                    one_drive_inactive,
                    share_point_active,
                    share_point_inactive,
                    skype_for_business_active,
                    skype_for_business_inactive,
                    yammer_active,
                    yammer_inactive,
                    teams_active,
                    teams_inactive,
                    office365_active,
                    office365_inactive,
                    report_period,
                }
            })
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        let old_counts = office_counts(self);
        let mut counts = office_counts(&fresh);
        for (index, (count, old)) in (1..).zip(counts.iter_mut().zip(old_counts)) {
            if keep(mask, index) {
                *count = old;
            }
        }
        office_from_parts(
            self.id.clone(),
            if keep(mask, 0) {
                self.report_refresh_date
            } else {
                fresh.report_refresh_date
            },
            counts,
            if keep(mask, 15) {
                self.report_period.clone()
            } else {
                fresh.report_period
            },
        )
    }

    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Self {
            id: base.id.clone(),
            ..self
        }
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(
            &mut out,
            "reportRefreshDate",
            &self.report_refresh_date,
            &other.report_refresh_date,
        );
        for (wire, (a, b)) in OFFICE_PATCHABLE[1..15]
            .iter()
            .zip(office_counts(self).into_iter().zip(office_counts(other)))
        {
            push_if_ne(&mut out, wire, &a, &b);
        }
        push_if_ne(
            &mut out,
            "reportPeriod",
            &self.report_period,
            &other.report_period,
        );
        out
    }
}

impl Subject for Widget {
    const PATCHABLE: &'static [&'static str] = &[
        "displayName",
        "size",
        "isEnabled",
        "tags",
        "description",
        "weight",
        "archived",
    ];

    fn entity() -> BoxedStrategy<Self> {
        (
            (text(), int64(), text(), int64(), any::<bool>(), tags()),
            (
                prop::option::of(text()),
                prop::option::of(int64()),
                prop::option::of(any::<bool>()),
                text(),
            ),
        )
            .prop_map(
                |(
                    (id, revision, display_name, size, enabled, tags),
                    (description, weight, archived, local_note),
                )| Widget {
                    id,
                    revision,
                    display_name,
                    size,
                    enabled,
                    tags,
                    description,
                    weight,
                    archived,
                    local_note,
                },
            )
            .boxed()
    }

    fn patch() -> BoxedStrategy<WidgetPatch> {
        (
            change(text()),
            change(int64()),
            change(any::<bool>()),
            change(tags()),
            nullable_change(text()),
            nullable_change(int64()),
            nullable_change(any::<bool>()),
        )
            .prop_map(
                |(display_name, size, enabled, tags, description, weight, archived)| WidgetPatch {
                    display_name,
                    size,
                    enabled,
                    tags,
                    description,
                    weight,
                    archived,
                },
            )
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        Widget {
            id: self.id.clone(),
            revision: self.revision,
            display_name: if keep(mask, 0) {
                self.display_name.clone()
            } else {
                fresh.display_name
            },
            size: if keep(mask, 1) { self.size } else { fresh.size },
            enabled: if keep(mask, 2) {
                self.enabled
            } else {
                fresh.enabled
            },
            tags: if keep(mask, 3) {
                self.tags.clone()
            } else {
                fresh.tags
            },
            description: if keep(mask, 4) {
                self.description.clone()
            } else {
                fresh.description
            },
            weight: if keep(mask, 5) {
                self.weight
            } else {
                fresh.weight
            },
            archived: if keep(mask, 6) {
                self.archived
            } else {
                fresh.archived
            },
            local_note: self.local_note.clone(),
        }
    }

    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Widget {
            id: base.id.clone(),
            revision: base.revision,
            local_note: base.local_note.clone(),
            ..self
        }
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(
            &mut out,
            "displayName",
            &self.display_name,
            &other.display_name,
        );
        push_if_ne(&mut out, "size", &self.size, &other.size);
        push_if_ne(&mut out, "isEnabled", &self.enabled, &other.enabled);
        push_if_ne(&mut out, "tags", &self.tags, &other.tags);
        push_if_ne(
            &mut out,
            "description",
            &self.description,
            &other.description,
        );
        push_if_ne(&mut out, "weight", &self.weight, &other.weight);
        push_if_ne(&mut out, "archived", &self.archived, &other.archived);
        out
    }

    fn as_read(&self) -> Self {
        Widget {
            local_note: String::new(),
            ..self.clone()
        }
    }
}

impl Subject for Schedule {
    const PATCHABLE: &'static [&'static str] = &[
        "StartsOn",
        "EndsOn",
        "Attendees",
        "OffsetMinutes",
        "Capacity",
        "Priority",
    ];

    fn entity() -> BoxedStrategy<Self> {
        (
            date(),
            prop::option::of(date()),
            uint32(),
            int32(),
            prop::option::of(uint32()),
            prop::option::of(int32()),
        )
            .prop_map(
                |(starts_on, ends_on, attendees, offset_minutes, capacity, priority)| Schedule {
                    starts_on,
                    ends_on,
                    attendees,
                    offset_minutes,
                    capacity,
                    priority,
                },
            )
            .boxed()
    }

    fn patch() -> BoxedStrategy<SchedulePatch> {
        (
            change(date()),
            nullable_change(date()),
            change(uint32()),
            change(int32()),
            nullable_change(uint32()),
            nullable_change(int32()),
        )
            .prop_map(
                |(starts_on, ends_on, attendees, offset_minutes, capacity, priority)| {
                    SchedulePatch {
                        starts_on,
                        ends_on,
                        attendees,
                        offset_minutes,
                        capacity,
                        priority,
                    }
                },
            )
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        Schedule {
            starts_on: if keep(mask, 0) {
                self.starts_on
            } else {
                fresh.starts_on
            },
            ends_on: if keep(mask, 1) {
                self.ends_on
            } else {
                fresh.ends_on
            },
            attendees: if keep(mask, 2) {
                self.attendees
            } else {
                fresh.attendees
            },
            offset_minutes: if keep(mask, 3) {
                self.offset_minutes
            } else {
                fresh.offset_minutes
            },
            capacity: if keep(mask, 4) {
                self.capacity
            } else {
                fresh.capacity
            },
            priority: if keep(mask, 5) {
                self.priority
            } else {
                fresh.priority
            },
        }
    }

    fn with_fixed_fields_of(self, _base: &Self) -> Self {
        self // no key, read-only or skipped field
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(&mut out, "StartsOn", &self.starts_on, &other.starts_on);
        push_if_ne(&mut out, "EndsOn", &self.ends_on, &other.ends_on);
        push_if_ne(&mut out, "Attendees", &self.attendees, &other.attendees);
        push_if_ne(
            &mut out,
            "OffsetMinutes",
            &self.offset_minutes,
            &other.offset_minutes,
        );
        push_if_ne(&mut out, "Capacity", &self.capacity, &other.capacity);
        push_if_ne(&mut out, "Priority", &self.priority, &other.priority);
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn applied<E: Entity + Clone>(entity: &E, patch: E::Patch) -> E {
    let mut out = entity.clone();
    out.apply(patch);
    out
}

fn merged<P: Patch>(earlier: &P, later: P) -> P {
    let mut out = earlier.clone();
    out.merge(later);
    out
}

fn to_value<T: Serialize>(value: &T) -> Result<Value, TestCaseError> {
    serde_json::to_value(value).map_err(|e| TestCaseError::fail(format!("serializing: {e}")))
}

/// Removes every `null`-valued object member, at any depth of objects (arrays are left alone:
/// RFC 7396 replaces them whole and keeps the `null`s inside).
///
/// RFC 7396 encodes "clear this property" as a `null` member in the patch, and applying it
/// *removes* the member from the target document. The struct cannot lose a property: a cleared
/// nullable field is `None`, and the entity writes every property, so it writes `null`. OData
/// treats an absent nullable property and a `null` one alike (and the entity reads both back as
/// `None`, checked separately), so the two JSON forms are equal up to `null` members.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

/// The member names of a JSON object in the order they were written (independent of whether
/// `serde_json::Map` keeps insertion order).
struct MemberNames(Vec<String>);

impl<'de> Deserialize<'de> for MemberNames {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamesVisitor;

        impl<'de> Visitor<'de> for NamesVisitor {
            type Value = MemberNames;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MemberNames, A::Error> {
                let mut names = Vec::new();
                while let Some((name, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    names.push(name);
                }
                Ok(MemberNames(names))
            }
        }

        deserializer.deserialize_map(NamesVisitor)
    }
}

// ---------------------------------------------------------------------------------------------
// The laws, generic over the entity
// ---------------------------------------------------------------------------------------------

type Outcome = Result<(), TestCaseError>;

fn apply_of_diff_gives_updated<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    prop_assert_eq!(applied(&old, patch), updated);
    Ok(())
}

fn diff_with_itself_is_empty<E: Subject>(entity: E) -> Outcome {
    let patch = entity.diff(&entity);
    prop_assert!(patch.is_empty(), "{patch:?}");
    prop_assert_eq!(patch.changed_properties().count(), 0);
    prop_assert_eq!(patch, E::Patch::default());
    Ok(())
}

fn diff_lists_exactly_the_differing_properties_in_order<E: Subject>(old: E, updated: E) -> Outcome {
    let patch = old.diff(&updated);
    let expected = old.differing(&updated);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(&changed, &expected);
    prop_assert_eq!(patch.is_empty(), expected.is_empty());
    Ok(())
}

/// For any two entities, even with different keys: the diff reaches `updated` on every
/// patchable property and leaves key, read-only and skipped fields as they were.
fn diff_ignores_key_read_only_and_skipped_fields<E: Subject>(old: E, other: E) -> Outcome {
    let patch = old.diff(&other);
    let changed: Vec<&str> = patch.changed_properties().collect();
    prop_assert_eq!(changed, old.differing(&other));
    let expected = other.with_fixed_fields_of(&old);
    prop_assert_eq!(applied(&old, patch), expected);
    Ok(())
}

fn applying_empty_patch_changes_nothing<E: Subject>(entity: E) -> Outcome {
    prop_assert_eq!(applied(&entity, E::Patch::default()), entity);
    Ok(())
}

fn merge_is_associative<E: Subject>(p: E::Patch, q: E::Patch, r: E::Patch) -> Outcome {
    let left = merged(&merged(&p, q.clone()), r.clone());
    let right = merged(&p, merged(&q, r));
    prop_assert_eq!(left, right);
    Ok(())
}

fn empty_patch_is_left_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&E::Patch::default(), p.clone()), p);
    Ok(())
}

fn empty_patch_is_right_identity_of_merge<E: Subject>(p: E::Patch) -> Outcome {
    prop_assert_eq!(merged(&p, E::Patch::default()), p);
    Ok(())
}

/// In JSON terms: the merged patch holds the members of both, `later`'s winning (its `null`s
/// included).
fn merge_takes_later_members_over_earlier<E: Subject>(p: E::Patch, q: E::Patch) -> Outcome {
    let Value::Object(mut expected) = to_value(&p)? else {
        return Err(TestCaseError::fail("a patch serializes to a JSON object"));
    };
    let Value::Object(later) = to_value(&q)? else {
        return Err(TestCaseError::fail("a patch serializes to a JSON object"));
    };
    expected.extend(later);
    prop_assert_eq!(to_value(&merged(&p, q))?, Value::Object(expected));
    Ok(())
}

fn apply_of_merge_equals_apply_in_sequence<E: Subject>(
    entity: E,
    p: E::Patch,
    q: E::Patch,
) -> Outcome {
    let at_once = applied(&entity, merged(&p, q.clone()));
    let in_sequence = applied(&applied(&entity, p), q);
    prop_assert_eq!(at_once, in_sequence);
    Ok(())
}

fn entity_json_round_trips<E: Subject>(entity: E) -> Outcome {
    let expected = entity.as_read();
    let text = serde_json::to_string(&entity).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: E = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&from_text, &expected);
    let value = to_value(&entity)?;
    let from_value: E = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {value}: {e}")))?;
    prop_assert_eq!(&from_value, &expected);
    Ok(())
}

fn patch_json_round_trips<E: Subject>(patch: E::Patch) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let from_text: E::Patch = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("reading {text}: {e}")))?;
    prop_assert_eq!(&from_text, &patch);
    let value = to_value(&patch)?;
    let from_value: E::Patch = serde_json::from_value(value.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {value}: {e}")))?;
    prop_assert_eq!(&from_value, &patch);
    Ok(())
}

/// The patch writes `@odata.type`, then exactly its changed properties, in declaration order;
/// `is_empty` agrees.
fn patch_json_holds_type_then_changed_properties_in_order<E: Subject>(patch: E::Patch) -> Outcome {
    let text = serde_json::to_string(&patch).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let MemberNames(names) =
        serde_json::from_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let changed: Vec<&str> = patch.changed_properties().collect();
    let mut expected = vec!["@odata.type"];
    expected.extend(&changed);
    prop_assert_eq!(names, expected);
    prop_assert_eq!(patch.is_empty(), changed.is_empty());
    prop_assert!(
        changed.iter().all(|name| E::PATCHABLE.contains(name)),
        "{changed:?} not all in {:?}",
        E::PATCHABLE
    );
    Ok(())
}

fn apply_matches_rfc7396_merge_patch<E: Subject>(entity: E, patch: E::Patch) -> Outcome {
    let mut document = to_value(&entity)?;
    json_patch::merge(&mut document, &to_value(&patch)?);
    let expected = to_value(&applied(&entity, patch))?;
    // See `without_nulls` for why both sides drop their `null` members.
    prop_assert_eq!(without_nulls(document), without_nulls(expected));
    Ok(())
}

/// The RFC 7396 result (where a cleared property is missing) reads back as the struct-applied
/// entity: no data is lost by the normalisation in `apply_matches_rfc7396_merge_patch`.
fn rfc7396_merged_json_reads_back_as_applied_entity<E: Subject>(
    entity: E,
    patch: E::Patch,
) -> Outcome {
    let mut document = to_value(&entity)?;
    json_patch::merge(&mut document, &to_value(&patch)?);
    let read: E = serde_json::from_value(document.clone())
        .map_err(|e| TestCaseError::fail(format!("reading {document}: {e}")))?;
    prop_assert_eq!(read, applied(&entity, patch).as_read());
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// One module of tests per entity
// ---------------------------------------------------------------------------------------------

macro_rules! laws {
    ($module:ident, $entity:ty) => {
        mod $module {
            use super::*;

            type E = $entity;

            proptest! {
                #![proptest_config(config())]

                #[test]
                fn apply_of_diff_gives_updated((old, updated) in old_and_updated::<E>()) {
                    super::apply_of_diff_gives_updated(old, updated)?;
                }

                #[test]
                fn diff_with_itself_is_empty(entity in E::entity()) {
                    super::diff_with_itself_is_empty(entity)?;
                }

                #[test]
                fn diff_lists_exactly_the_differing_properties_in_order(
                    (old, updated) in old_and_updated::<E>(),
                ) {
                    super::diff_lists_exactly_the_differing_properties_in_order(old, updated)?;
                }

                #[test]
                fn diff_ignores_key_read_only_and_skipped_fields(
                    old in E::entity(),
                    other in E::entity(),
                ) {
                    super::diff_ignores_key_read_only_and_skipped_fields(old, other)?;
                }

                #[test]
                fn applying_empty_patch_changes_nothing(entity in E::entity()) {
                    super::applying_empty_patch_changes_nothing(entity)?;
                }

                #[test]
                fn merge_is_associative(p in E::patch(), q in E::patch(), r in E::patch()) {
                    super::merge_is_associative::<E>(p, q, r)?;
                }

                #[test]
                fn empty_patch_is_left_identity_of_merge(p in E::patch()) {
                    super::empty_patch_is_left_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn empty_patch_is_right_identity_of_merge(p in E::patch()) {
                    super::empty_patch_is_right_identity_of_merge::<E>(p)?;
                }

                #[test]
                fn merge_takes_later_members_over_earlier(p in E::patch(), q in E::patch()) {
                    super::merge_takes_later_members_over_earlier::<E>(p, q)?;
                }

                #[test]
                fn apply_of_merge_equals_apply_in_sequence(
                    entity in E::entity(),
                    p in E::patch(),
                    q in E::patch(),
                ) {
                    super::apply_of_merge_equals_apply_in_sequence(entity, p, q)?;
                }

                #[test]
                fn entity_json_round_trips(entity in E::entity()) {
                    super::entity_json_round_trips(entity)?;
                }

                #[test]
                fn patch_json_round_trips(patch in E::patch()) {
                    super::patch_json_round_trips::<E>(patch)?;
                }

                #[test]
                fn patch_json_holds_type_then_changed_properties_in_order(patch in E::patch()) {
                    super::patch_json_holds_type_then_changed_properties_in_order::<E>(patch)?;
                }

                #[test]
                fn apply_matches_rfc7396_merge_patch(entity in E::entity(), patch in E::patch()) {
                    super::apply_matches_rfc7396_merge_patch(entity, patch)?;
                }

                #[test]
                fn rfc7396_merged_json_reads_back_as_applied_entity(
                    entity in E::entity(),
                    patch in E::patch(),
                ) {
                    super::rfc7396_merged_json_reads_back_as_applied_entity(entity, patch)?;
                }
            }
        }
    };
}

laws!(office365_services_user_counts, Office365ServicesUserCounts);
laws!(widget, Widget);
laws!(schedule, Schedule);
