//! Property tests of `graph_entity::rebase` (the 3-way rebase after `412 Precondition
//! Failed`), on the shipped `Office365ServicesUserCounts`:
//!
//! - without conflicts, applying the rebased patch to the current entity keeps every change of
//!   theirs and every change of mine (it equals applying my patch to the current entity);
//! - a property only I changed is in the result;
//! - a property both changed to the same value is neither a conflict nor resent;
//! - the conflicts are exactly the properties both changed to different values;
//! - rebasing on an unchanged entity returns my patch.
//!
//! Values come from a domain of three per property (plus `null`), so that both sides often
//! touch the same property, and often with the same value. Nested patches: `Event.start`
//! below (a `#[graph(nested)]` complex value), and JSON-level unit tests in
//! `graph-entity/src/rebase.rs`.

use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, Patch, RebaseError, rebase};
use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;
use serde_json::{Map, Value, json};

/// The patchable properties, by wire name.
const PROPERTIES: [&str; 16] = [
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

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 1024,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

/// Value number `choice` (0 = `null`, 1..=3 a value) of a property.
fn value(property: &str, choice: u8) -> Value {
    match (property, choice) {
        (_, 0) => Value::Null,
        ("reportRefreshDate", c) => json!(format!("2017-09-0{c}")),
        ("reportPeriod", c) => json!(["7", "30", "90"][usize::from(c - 1)]),
        (_, c) => json!(c),
    }
}

fn object(choices: &[(usize, u8)]) -> Value {
    let members: Map<String, Value> = choices
        .iter()
        .map(|&(i, c)| (PROPERTIES[i].to_owned(), value(PROPERTIES[i], c)))
        .collect();
    Value::Object(members)
}

/// An entity with every property set from the small domain.
fn entity() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..4, PROPERTIES.len())
}

/// For each property: not touched, or set to a value of the small domain.
fn changes() -> impl Strategy<Value = Vec<Option<u8>>> {
    prop::collection::vec(prop::option::of(0u8..4), PROPERTIES.len())
}

fn build_entity(choices: &[u8]) -> Office365ServicesUserCounts {
    let pairs: Vec<(usize, u8)> = choices.iter().copied().enumerate().collect();
    serde_json::from_value(object(&pairs)).expect("a valid entity")
}

fn build_patch(changes: &[Option<u8>]) -> Office365ServicesUserCountsPatch {
    let pairs: Vec<(usize, u8)> = changes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.map(|c| (i, c)))
        .collect();
    serde_json::from_value(object(&pairs)).expect("a valid patch")
}

fn applied(
    entity: &Office365ServicesUserCounts,
    patch: Office365ServicesUserCountsPatch,
) -> Office365ServicesUserCounts {
    let mut entity = entity.clone();
    entity.apply(patch);
    entity
}

fn json_of<T: serde::Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value).expect("serializes") {
        Value::Object(members) => members,
        other => panic!("not an object: {other}"),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn rebase_obeys_its_laws(base in entity(), their_changes in changes(), my_changes in changes()) {
        let base = build_entity(&base);
        let current = applied(&base, build_patch(&their_changes));
        let mine = build_patch(&my_changes);
        let theirs = json_of(&base.diff(&current));
        let my_json = json_of(&mine);
        let both_differently: Vec<&str> = PROPERTIES
            .iter()
            .copied()
            .filter(|p| matches!((theirs.get(*p), my_json.get(*p)), (Some(t), Some(m)) if t != m))
            .collect();

        match rebase(&base, mine.clone(), &current) {
            Ok(rebased) => {
                prop_assert!(both_differently.is_empty(), "missed conflicts {both_differently:?}");
                let result = applied(&current, rebased.clone());
                // Every change of mine, every change of theirs.
                prop_assert_eq!(&result, &applied(&current, mine.clone()));
                let result_json = json_of(&result);
                for (property, value) in &theirs {
                    if !my_json.contains_key(property) {
                        prop_assert_eq!(result_json.get(property), Some(value));
                    }
                }
                let sent = json_of(&rebased);
                for property in PROPERTIES {
                    match (theirs.get(property), my_json.get(property)) {
                        // Only mine: in the result.
                        (None, Some(m)) => prop_assert_eq!(sent.get(property), Some(m)),
                        // Both, the same value (no conflict): not resent. Not mine: not sent.
                        _ => prop_assert!(!sent.contains_key(property)),
                    }
                }
            }
            Err(RebaseError::Conflicts(conflicts)) => {
                let paths: Vec<&str> = conflicts.iter().map(|c| c.path.as_str()).collect();
                let mut expected = both_differently.clone();
                expected.sort_unstable();
                let mut found = paths.clone();
                found.sort_unstable();
                prop_assert_eq!(found, expected);
                for conflict in &conflicts {
                    prop_assert_eq!(Some(&conflict.mine), my_json.get(&conflict.path));
                    prop_assert_eq!(Some(&conflict.theirs), theirs.get(&conflict.path));
                }
            }
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    #[test]
    fn rebasing_on_an_unchanged_entity_returns_my_patch(base in entity(), my_changes in changes()) {
        let base = build_entity(&base);
        let mine = build_patch(&my_changes);
        let rebased = rebase(&base, mine.clone(), &base.clone());
        prop_assert_eq!(rebased.ok(), Some(mine));
    }
}

#[test]
fn a_change_both_made_alike_is_dropped_and_a_different_one_is_a_conflict() {
    let base = Office365ServicesUserCounts {
        exchange_active: Some(1),
        teams_active: Some(1),
        ..Default::default()
    };
    let current = Office365ServicesUserCounts {
        exchange_active: Some(2),
        teams_active: Some(2),
        ..base.clone()
    };
    let alike = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(2)),
        yammer_active: Some(None),
        ..Default::default()
    };
    let rebased = rebase(&base, alike, &current).expect("no conflict");
    assert_eq!(
        rebased.changed_properties().collect::<Vec<_>>(),
        ["yammerActive"]
    );

    let different = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(3)),
        teams_active: Some(None),
        ..Default::default()
    };
    let err = rebase(&base, different, &current).unwrap_err();
    assert_eq!(
        err.to_string(),
        "2 properties changed on both sides: `exchangeActive` (mine 3, theirs 2), \
         `teamsActive` (mine null, theirs 2)"
    );
}

/// `microsoft.graph.dateTimeTimeZone`, patched property by property inside an entity.
#[derive(Debug, Clone, PartialEq, Default, graph_entity::GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
struct DateTimeTimeZone {
    date_time: Option<String>,
    time_zone: Option<String>,
}

/// A cut of `microsoft.graph.event` with a nested complex value.
#[derive(Debug, Clone, PartialEq, graph_entity::GraphEntity)]
#[graph(odata_type = "microsoft.graph.event")]
struct Event {
    #[graph(key)]
    id: String,
    subject: Option<String>,
    #[graph(nested)]
    start: Option<DateTimeTimeZone>,
}

fn event(date_time: &str, time_zone: &str) -> Event {
    Event {
        id: "AAMk".to_owned(),
        subject: Some("Review".to_owned()),
        start: Some(DateTimeTimeZone {
            date_time: Some(date_time.to_owned()),
            time_zone: Some(time_zone.to_owned()),
        }),
    }
}

#[test]
fn nested_changes_to_different_sub_properties_both_land() {
    let base = event("2024-05-01T10:00:00", "UTC");
    let current = event("2024-05-01T10:00:00", "Europe/Paris");
    let mine = base.diff(&event("2024-05-01T11:00:00", "UTC"));
    let rebased = rebase(&base, mine, &current).expect("no conflict");
    assert_eq!(
        serde_json::to_string(&rebased).expect("serializes"),
        r##"{"@odata.type":"#microsoft.graph.event","start":{"dateTime":"2024-05-01T11:00:00"}}"##
    );
    assert_eq!(
        applied_event(&current, rebased),
        event("2024-05-01T11:00:00", "Europe/Paris")
    );
}

#[test]
fn nested_changes_to_the_same_sub_property_are_a_conflict_at_its_path() {
    let base = event("2024-05-01T10:00:00", "UTC");
    let current = event("2024-05-01T09:00:00", "UTC");
    let mine = base.diff(&event("2024-05-01T11:00:00", "UTC"));
    let err = rebase(&base, mine, &current).unwrap_err();
    assert_eq!(
        err.to_string(),
        "1 property changed on both sides: `start/dateTime` \
         (mine \"2024-05-01T11:00:00\", theirs \"2024-05-01T09:00:00\")"
    );
}

fn applied_event(event: &Event, patch: EventPatch) -> Event {
    let mut event = event.clone();
    event.apply(patch);
    event
}
