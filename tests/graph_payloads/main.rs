//! The type system on real Graph payloads: the API reference's examples of `event`,
//! `message`, `todoTask`, `plannerTask`, `driveItem` and `user` (copied into
//! `tests/fixtures/graph/`, sources in its README) read into hand-written models
//! (`tests/graph_models/`), write back with nothing lost, and patch, apply and diff at depth
//! exactly as RFC 7396 (JSON Merge Patch) says. Bad input gets an error naming the path to
//! the value, what was expected and what was found.

#[path = "../graph_models/mod.rs"]
mod graph_models;

use graph_entity::edm::Duration;
use graph_entity::{AdditionalData, Entity, GraphEntity, OmitODataType, Patch};
use graph_models::{
    BodyType, DateTimeTimeZone, DateTimeTimeZonePatch, DriveItem, DriveItemPatch, Event,
    EventPatch, FollowupFlagPatch, FollowupFlagStatus, FreeBusyStatus, Importance, ItemBodyPatch,
    ItemReferencePatch, LocationPatch, Message, MessagePatch, PlannerAssignment, PlannerTask,
    PlannerTaskPatch, ResponseType, TaskStatus, TodoTask, TodoTaskPatch, User, UserPatch,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

const EVENT_GET: &str = include_str!("../fixtures/graph/event-get.response.json");
const EVENT_UPDATE_REQUEST: &str = include_str!("../fixtures/graph/event-update.request.json");
const MESSAGE_GET: &str = include_str!("../fixtures/graph/message-get.response.json");
const MESSAGE_UPDATE_REQUEST: &str = include_str!("../fixtures/graph/message-update.request.json");
const MESSAGE_UPDATE_RESPONSE: &str =
    include_str!("../fixtures/graph/message-update.response.json");
const TODOTASK_GET: &str = include_str!("../fixtures/graph/todotask-get.response.json");
const TODOTASK_UPDATE_REQUEST: &str =
    include_str!("../fixtures/graph/todotask-update.request.json");
const TODOTASK_UPDATE_RESPONSE: &str =
    include_str!("../fixtures/graph/todotask-update.response.json");
const PLANNERTASK_GET: &str = include_str!("../fixtures/graph/plannertask-get.response.json");
const PLANNERTASK_UPDATE_REQUEST: &str =
    include_str!("../fixtures/graph/plannertask-update.request.json");
const DRIVEITEM_GET: &str = include_str!("../fixtures/graph/driveitem-get.response.json");
const DRIVEITEM_FILE: &str = include_str!("../fixtures/graph/driveitem-file.hand-written.json");
const USER_GET_EXTENSION: &str =
    include_str!("../fixtures/graph/user-get-schema-extension.response.json");
const USER_UPDATE_EXTENSION_REQUEST: &str =
    include_str!("../fixtures/graph/user-update-schema-extension.request.json");

mod drive_item;
mod event;
mod local_types;
mod message;
mod open_types;
mod planner_task;
mod todo_task;
mod user;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).expect("the fixture is JSON")
}

fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("writes")
}

/// Reads `text` as `T`, writes it back, and checks that nothing was lost.
fn read_and_write_back<T: DeserializeOwned + Serialize>(text: &str) -> (T, Value) {
    let value: T = serde_json::from_str(text).expect("the payload reads");
    let written = to_json(&value);
    assert_nothing_lost(&json_of(text), &written);
    (value, written)
}

/// Collects, as `path: what` lines, every member of `original` that `written` lost or changed,
/// up to the writer's normal forms (DESIGN.md, "Data is never lost"): a nested `@odata.type`
/// may be dropped (it names the declared type), `ns.name` may become `#ns.name`, and an
/// integer sent as a string may come back as a number. Members only `written` has (the
/// top-level `@odata.type`, `null`s for absent properties) are not losses.
fn lost_members(original: &Value, written: &Value, path: &str, lost: &mut Vec<String>) {
    match (original, written) {
        (Value::Object(original), Value::Object(written)) => {
            for (name, value) in original {
                let at = format!("{path}/{name}");
                match written.get(name) {
                    None if name == "@odata.type" && !path.is_empty() => {}
                    None => lost.push(format!("{at}: lost (was {value})")),
                    Some(Value::String(w)) if name == "@odata.type" => {
                        let same = value.as_str().is_some_and(|o| {
                            o == w || w.strip_prefix('#') == Some(o.trim_start_matches('#'))
                        });
                        if !same {
                            lost.push(format!("{at}: changed from {value} to {w:?}"));
                        }
                    }
                    Some(w) => lost_members(value, w, &at, lost),
                }
            }
        }
        (Value::Array(original), Value::Array(written)) if original.len() == written.len() => {
            for (i, (o, w)) in original.iter().zip(written).enumerate() {
                lost_members(o, w, &format!("{path}/{i}"), lost);
            }
        }
        (Value::String(text), Value::Number(number)) if *text == number.to_string() => {}
        (o, w) if o == w => {}
        (o, w) => lost.push(format!("{path}: changed from {o} to {w}")),
    }
}

#[track_caller]
fn assert_nothing_lost(original: &Value, written: &Value) {
    let mut lost = Vec::new();
    lost_members(original, written, "", &mut lost);
    assert!(
        lost.is_empty(),
        "members lost or changed:\n{}\nwritten: {written:#}",
        lost.join("\n")
    );
}

/// `null` members dropped everywhere: RFC 7396 removes a member that a patch sets to `null`,
/// where the entity writes the member as `null`; both mean "no value".
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// Applies `patch` to a copy of `before` and checks the three laws on it: the diff back is the
/// patch, and the struct's result is RFC 7396 applied to the entity's JSON. Returns the result.
#[track_caller]
fn apply_and_check<T: Entity + Clone + PartialEq + core::fmt::Debug + Serialize>(
    before: &T,
    patch: &T::Patch,
) -> T {
    let mut after = before.clone();
    after.apply(patch.clone());
    assert_eq!(
        &before.diff(&after),
        patch,
        "diff(before, after) is the patch"
    );
    assert_merge_patch_semantics(before, patch, &after);
    after
}

/// `after` (the struct patched) equals RFC 7396 of the patch's JSON onto `before`'s JSON.
#[track_caller]
fn assert_merge_patch_semantics<T: Entity + Serialize>(before: &T, patch: &T::Patch, after: &T) {
    let mut merged = to_json(before);
    json_patch::merge(&mut merged, &to_json(patch));
    assert_eq!(without_nulls(merged), without_nulls(to_json(after)));
}

/// A patch request body reads as the patch type and writes back as sent (plus the
/// `@odata.type` the writer starts with).
#[track_caller]
fn assert_patch_request_round_trips<P: Patch>(text: &str, odata_type: &str) -> P {
    let patch: P = serde_json::from_str(text).expect("the request reads as a patch");
    let mut written = to_json(&patch);
    let annotation = written
        .as_object_mut()
        .and_then(|members| members.remove("@odata.type"));
    assert_eq!(annotation, Some(json!(format!("#{odata_type}"))));
    assert_eq!(written, json_of(text));
    patch
}

#[track_caller]
fn error_of<T: DeserializeOwned + core::fmt::Debug>(text: &str) -> String {
    serde_json::from_str::<T>(text)
        .expect_err("the input is refused")
        .to_string()
}

#[test]
fn nothing_lost_check_reports_the_path_of_each_lost_or_changed_member() {
    let original = json!({
        "a": {"b": [1, {"c": "x"}], "@odata.type": "#ns.t"},
        "n": "5",
        "@odata.type": "ns.top",
        "gone": true
    });
    let written = json!({"@odata.type": "#ns.top", "a": {"b": [1, {"c": "y"}]}, "n": 5});
    let mut lost = Vec::new();
    lost_members(&original, &written, "", &mut lost);
    assert_eq!(
        lost,
        [
            r#"/a/b/1/c: changed from "x" to "y""#,
            "/gone: lost (was true)",
        ]
    );
}
