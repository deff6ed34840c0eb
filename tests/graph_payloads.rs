//! The type system on real Graph payloads: the API reference's examples of `event`,
//! `message`, `todoTask`, `plannerTask`, `driveItem` and `user` (copied into
//! `tests/fixtures/graph/`, sources in its README) read into hand-written models
//! (`tests/graph_models/`), write back with nothing lost, and patch, apply and diff at depth
//! exactly as RFC 7396 (JSON Merge Patch) says. Bad input gets an error naming the path to
//! the value, what was expected and what was found.

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

const EVENT_GET: &str = include_str!("fixtures/graph/event-get.response.json");
const EVENT_UPDATE_REQUEST: &str = include_str!("fixtures/graph/event-update.request.json");
const MESSAGE_GET: &str = include_str!("fixtures/graph/message-get.response.json");
const MESSAGE_UPDATE_REQUEST: &str = include_str!("fixtures/graph/message-update.request.json");
const MESSAGE_UPDATE_RESPONSE: &str = include_str!("fixtures/graph/message-update.response.json");
const TODOTASK_GET: &str = include_str!("fixtures/graph/todotask-get.response.json");
const TODOTASK_UPDATE_REQUEST: &str = include_str!("fixtures/graph/todotask-update.request.json");
const TODOTASK_UPDATE_RESPONSE: &str = include_str!("fixtures/graph/todotask-update.response.json");
const PLANNERTASK_GET: &str = include_str!("fixtures/graph/plannertask-get.response.json");
const PLANNERTASK_UPDATE_REQUEST: &str =
    include_str!("fixtures/graph/plannertask-update.request.json");
const DRIVEITEM_GET: &str = include_str!("fixtures/graph/driveitem-get.response.json");
const DRIVEITEM_FILE: &str = include_str!("fixtures/graph/driveitem-file.hand-written.json");
const USER_GET_EXTENSION: &str =
    include_str!("fixtures/graph/user-get-schema-extension.response.json");
const USER_UPDATE_EXTENSION_REQUEST: &str =
    include_str!("fixtures/graph/user-update-schema-extension.request.json");

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

// ---------------------------------------------------------------------------------------------
// event
// ---------------------------------------------------------------------------------------------

#[test]
fn event_response_reads_and_writes_back_with_nothing_lost() {
    let (event, written) = read_and_write_back::<Event>(EVENT_GET);

    assert_eq!(
        event.etag(),
        Some(r#"W/"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw==""#)
    );
    let start = event.start.as_ref().expect("start");
    assert_eq!(start.date_time, "2017-04-21T10:00:00.0000000");
    assert_eq!(start.time_zone.as_deref(), Some("Pacific Standard Time"));
    let body = event.body.as_ref().expect("body");
    assert_eq!(body.content_type, Some(BodyType::Html));
    let attendees = event.attendees.as_deref().expect("attendees");
    let dana = attendees[1].status.as_ref().expect("status");
    assert_eq!(dana.response, Some(ResponseType::TentativelyAccepted));
    assert_eq!(
        dana.time.as_ref().map(ToString::to_string).as_deref(),
        Some("0001-01-01T00:00:00Z")
    );
    let proposed = attendees[1].proposed_new_time.as_ref().expect("proposal");
    assert_eq!(proposed.end.date_time, "2019-08-16T14:00:00.0000000");
    assert_eq!(
        event.additional_data.keys().collect::<Vec<_>>(),
        ["@odata.context"]
    );

    // The type first, then the etag, then the declared properties, then the kept members
    // (checked on the text: a `serde_json::Value` object sorts its members).
    let text = serde_json::to_string(&event).expect("writes");
    assert!(text.starts_with(concat!(
        r##"{"@odata.type":"#microsoft.graph.event","##,
        r#""@odata.etag":"W/\"ZlnW4RIAV06KYYwlrfNZvQAAKGWwbw==\"","id":"AAMkAGIAAAoZDOFAAA=","#,
    )));
    assert!(text.ends_with(&format!(
        r#","@odata.context":{}}}"#,
        written["@odata.context"]
    )));
}

fn moved_renamed_and_cleared() -> EventPatch {
    EventPatch {
        body: Some(None),
        start: Some(Some(DateTimeTimeZonePatch {
            date_time: Some("2017-04-21T14:00:00.0000000".to_owned()),
            ..Default::default()
        })),
        end: Some(Some(DateTimeTimeZonePatch {
            date_time: Some("2017-04-21T16:00:00.0000000".to_owned()),
            ..Default::default()
        })),
        location: Some(Some(LocationPatch {
            display_name: Some(Some("Conf Room 3".to_owned())),
            ..Default::default()
        })),
        ..Default::default()
    }
}

#[test]
fn event_nested_patch_sends_only_the_changed_sub_properties() {
    let patch = moved_renamed_and_cleared();
    let body = serde_json::to_string(&patch).expect("writes");
    assert_eq!(
        body,
        concat!(
            r##"{"@odata.type":"#microsoft.graph.event","body":null,"##,
            r#""start":{"dateTime":"2017-04-21T14:00:00.0000000"},"#,
            r#""end":{"dateTime":"2017-04-21T16:00:00.0000000"},"#,
            r#""location":{"displayName":"Conf Room 3"}}"#,
        )
    );
    assert_eq!(
        serde_json::from_str::<EventPatch>(&body).expect("reads back"),
        patch
    );
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["body", "start", "end", "location"]
    );
}

#[test]
fn event_nested_patch_applies_diffs_back_and_agrees_with_rfc7396() {
    let before: Event = serde_json::from_str(EVENT_GET).expect("reads");
    let after = apply_and_check(&before, &moved_renamed_and_cleared());

    let start = after.start.as_ref().expect("start");
    assert_eq!(start.date_time, "2017-04-21T14:00:00.0000000");
    assert_eq!(start.time_zone.as_deref(), Some("Pacific Standard Time"));
    let location = after.location.as_ref().expect("location");
    assert_eq!(location.display_name.as_deref(), Some("Conf Room 3"));
    assert_eq!(location.unique_id.as_deref(), Some("Assembly Hall"));
    assert_eq!(after.body, None);
    // Read-only and kept members are the patch's business neither way.
    assert_eq!(after.body_preview, before.body_preview);
    assert_eq!(after.additional_data, before.additional_data);
}

#[test]
fn event_clear_then_patch_merges_into_the_full_patch_of_the_default_value() {
    let mut first = EventPatch {
        body: Some(None),
        ..Default::default()
    };
    let later = EventPatch {
        body: Some(Some(ItemBodyPatch {
            content: Some(Some("Agenda to follow".to_owned())),
            ..Default::default()
        })),
        ..Default::default()
    };
    let before: Event = serde_json::from_str(EVENT_GET).expect("reads");
    let mut in_turn = before.clone();
    in_turn.apply(first.clone());
    in_turn.apply(later.clone());

    first.merge(later);
    assert_eq!(
        serde_json::to_string(&first).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.event","body":{"contentType":null,"content":"Agenda to follow"}}"##
    );
    let mut at_once = before;
    at_once.apply(first);
    assert_eq!(at_once, in_turn);
}

#[test]
fn event_update_request_of_the_docs_is_refused_at_its_placeholder_enum_member() {
    assert_eq!(
        error_of::<EventPatch>(EVENT_UPDATE_REQUEST),
        "invalid value for property `responseStatus` of microsoft.graph.event: \
         invalid value for property `response` of microsoft.graph.responseStatus: \
         unknown member \"\" of microsoft.graph.responseType: expected one of `none`, \
         `organizer`, `tentativelyAccepted`, `accepted`, `declined`, `notResponded` \
         at line 5 column 18"
    );
}

#[test]
fn event_update_request_with_real_values_for_its_placeholders_reads_and_writes_back() {
    let mut request = json_of(EVENT_UPDATE_REQUEST);
    request["responseStatus"] = json!({"response": "accepted", "time": "2016-10-19T10:37:00Z"});
    let text = request.to_string();
    let patch: EventPatch = assert_patch_request_round_trips(&text, "microsoft.graph.event");
    assert_eq!(patch.recurrence, Some(None));
    assert_eq!(
        patch.categories,
        Some(Some(vec!["Red category".to_owned()]))
    );
}

#[test]
fn event_open_type_patch_keeps_an_undeclared_property_as_dynamic() {
    let patch: EventPatch =
        serde_json::from_str(r#"{"transactionId": "7E163156-7762-4BEB-A1C6-729EA81755A7"}"#)
            .expect("an open type's patch accepts undeclared properties");
    assert_eq!(
        patch.additional_data.get("transactionId"),
        Some(&json!("7E163156-7762-4BEB-A1C6-729EA81755A7"))
    );
    assert_eq!(patch.changed_properties().count(), 0);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.event","transactionId":"7E163156-7762-4BEB-A1C6-729EA81755A7"}"##
    );
}

#[test]
fn free_busy_status_keeps_a_member_this_build_does_not_know() {
    let event: Event =
        serde_json::from_str(r#"{"id": "AAMk", "showAs": "focusTime"}"#).expect("reads");
    assert_eq!(
        event.show_as,
        Some(FreeBusyStatus::Other("focusTime".to_owned()))
    );
    assert_eq!(to_json(&event)["showAs"], json!("focusTime"));
}

#[test]
fn unknown_enum_member_is_refused_naming_the_members() {
    assert_eq!(
        error_of::<Event>(r#"{"id": "AAMk", "importance": "urgent"}"#),
        "invalid value for property `importance` of microsoft.graph.event: \
         unknown member \"urgent\" of microsoft.graph.importance: \
         expected one of `low`, `normal`, `high` at line 1 column 37"
    );
}

#[test]
fn patch_with_an_unknown_nested_sub_property_names_the_closest_one() {
    assert_eq!(
        error_of::<EventPatch>(r#"{"location": {"displayNme": "Conf Room 3"}}"#),
        "invalid value for property `location` of microsoft.graph.event: \
         unknown property \"displayNme\" in a patch of microsoft.graph.location: \
         did you mean `displayName`? at line 1 column 26"
    );
}

#[test]
fn datetime_inside_a_nested_value_is_checked_with_the_path_to_it() {
    assert_eq!(
        error_of::<Event>(
            r#"{"id": "AAMk", "responseStatus": {"response": "none", "time": "datetime-value"}}"#
        ),
        "invalid value for property `responseStatus` of microsoft.graph.event: \
         invalid value for property `time` of microsoft.graph.responseStatus: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"datetime-value\" at line 1 column 78"
    );
}

// ---------------------------------------------------------------------------------------------
// message
// ---------------------------------------------------------------------------------------------

#[test]
fn message_response_reads_and_writes_back_with_nothing_lost() {
    let (message, _) = read_and_write_back::<Message>(MESSAGE_GET);
    assert_eq!(message.importance, Some(Importance::Normal));
    assert_eq!(
        message.flag.as_ref().and_then(|flag| flag.flag_status),
        Some(FollowupFlagStatus::NotFlagged)
    );
    let to = message.to_recipients.as_deref().expect("toRecipients");
    assert_eq!(
        to[0].email_address.as_ref().and_then(|e| e.name.as_deref()),
        Some("Alex Wilber")
    );
    assert_eq!(message.cc_recipients, Some(Vec::new()));
    assert_eq!(
        message
            .sent_date_time
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("2018-09-09T03:15:06Z")
    );
}

#[test]
fn message_patch_marks_read_flags_and_raises_importance() {
    let before: Message = serde_json::from_str(MESSAGE_GET).expect("reads");
    let patch = MessagePatch {
        importance: Some(Some(Importance::High)),
        is_read: Some(Some(false)),
        flag: Some(Some(FollowupFlagPatch {
            flag_status: Some(Some(FollowupFlagStatus::Flagged)),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.message","importance":"high","isRead":false,"flag":{"flagStatus":"flagged"}}"##
    );
    let after = apply_and_check(&before, &patch);
    assert_eq!(after.is_read, Some(false));
}

#[test]
fn message_update_request_of_the_docs_is_refused_at_its_placeholder_body_type() {
    assert_eq!(
        error_of::<MessagePatch>(MESSAGE_UPDATE_REQUEST),
        "invalid value for property `body` of microsoft.graph.message: \
         invalid value for property `contentType` of microsoft.graph.itemBody: \
         unknown member \"\" of microsoft.graph.bodyType: expected one of `text`, `html` \
         at line 4 column 21"
    );
}

#[test]
fn message_update_request_with_a_real_body_type_reads_and_writes_back() {
    let mut request = json_of(MESSAGE_UPDATE_REQUEST);
    request["body"]["contentType"] = json!("text");
    let text = request.to_string();
    let patch: MessagePatch = assert_patch_request_round_trips(&text, "microsoft.graph.message");
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["subject", "inferenceClassification", "body"]
    );
}

#[test]
fn placeholder_in_a_datetimeoffset_is_refused_with_the_expected_form() {
    assert_eq!(
        error_of::<Message>(MESSAGE_UPDATE_RESPONSE),
        "invalid value for property `receivedDateTime` of microsoft.graph.message: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"datetime-value\" at line 2 column 38"
    );
}

#[test]
fn bad_base64_in_a_binary_property_is_refused() {
    assert_eq!(
        error_of::<Message>(r#"{"id": "AAMk", "conversationIndex": "AQHS*not base64"}"#),
        "invalid value for property `conversationIndex` of microsoft.graph.message: \
         expected an Edm.Binary (base64 or base64url), found \"AQHS*not base64\" \
         (invalid character '*' at offset 4) at line 1 column 53"
    );
}

#[test]
fn binary_property_reads_base64_and_writes_it_back() {
    let message: Message =
        serde_json::from_str(r#"{"id": "AAMk", "conversationIndex": "AQHSnr0e"}"#).expect("reads");
    let index = message.conversation_index.as_ref().expect("present");
    assert_eq!(index.as_bytes(), [0x01, 0x01, 0xd2, 0x9e, 0xbd, 0x1e]);
    assert_eq!(to_json(&message)["conversationIndex"], json!("AQHSnr0e"));
}

// ---------------------------------------------------------------------------------------------
// todoTask (closed)
// ---------------------------------------------------------------------------------------------

#[test]
fn todotask_responses_read_and_write_back_with_nothing_lost() {
    let (task, _) = read_and_write_back::<TodoTask>(TODOTASK_GET);
    assert_eq!(task.importance, Importance::Low);
    assert_eq!(task.status, TaskStatus::NotStarted);
    assert_eq!(
        task.due_date_time.as_ref().map(|d| d.date_time.as_str()),
        Some("2020-08-25T04:00:00.0000000")
    );
    read_and_write_back::<TodoTask>(TODOTASK_UPDATE_RESPONSE);
}

#[test]
fn todotask_update_request_reads_as_a_patch_and_writes_back_identically() {
    let patch: TodoTaskPatch =
        assert_patch_request_round_trips(TODOTASK_UPDATE_REQUEST, "microsoft.graph.todoTask");
    assert_eq!(
        patch,
        TodoTaskPatch {
            due_date_time: Some(Some(DateTimeTimeZonePatch {
                date_time: Some("2020-07-25T16:00:00".to_owned()),
                time_zone: Some(Some("Eastern Standard Time".to_owned())),
            })),
            ..Default::default()
        }
    );
    let before: TodoTask = serde_json::from_str(TODOTASK_GET).expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after.due_date_time,
        Some(DateTimeTimeZone {
            date_time: "2020-07-25T16:00:00".to_owned(),
            time_zone: Some("Eastern Standard Time".to_owned()),
            additional_data: AdditionalData::new(),
        })
    );
}

#[test]
fn todotask_patch_completes_the_task_and_clears_its_categories() {
    let before: TodoTask = serde_json::from_str(TODOTASK_GET).expect("reads");
    let patch = TodoTaskPatch {
        status: Some(TaskStatus::Completed),
        categories: Some(None),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.todoTask","status":"completed","categories":null}"##
    );
    apply_and_check(&before, &patch);
}

#[test]
fn closed_type_patch_refuses_an_undeclared_property() {
    assert_eq!(
        error_of::<TodoTaskPatch>(r#"{"titel": "Shop for lunch"}"#),
        "unknown property \"titel\" in a patch of microsoft.graph.todoTask: \
         did you mean `title`? at line 1 column 8"
    );
}

// ---------------------------------------------------------------------------------------------
// plannerTask (closed) and its open `assignments`
// ---------------------------------------------------------------------------------------------

#[test]
fn plannertask_response_reads_and_writes_back_with_nothing_lost() {
    let (task, written) = read_and_write_back::<PlannerTask>(PLANNERTASK_GET);
    let assignments = task.assignments.as_ref().expect("assignments");
    let value = assignments
        .additional_data
        .get("fbab97d0-4932-4511-b675-204639209557")
        .expect("the assignment is a dynamic property");
    // A dynamic property is JSON; it reads as its declared type on demand.
    let assignment: PlannerAssignment =
        serde_json::from_value(value.clone()).expect("a plannerAssignment");
    assert_eq!(assignment.order_hint.as_deref(), Some("RWk1"));
    // Inside a dynamic property, the `@odata.type` Planner requires stays.
    assert_eq!(
        written["assignments"]["fbab97d0-4932-4511-b675-204639209557"]["@odata.type"],
        json!("#microsoft.graph.plannerAssignment")
    );
}

#[test]
fn plannertask_update_request_reads_as_a_patch_and_writes_back_identically() {
    let patch: PlannerTaskPatch =
        assert_patch_request_round_trips(PLANNERTASK_UPDATE_REQUEST, "microsoft.graph.plannerTask");
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["assignments", "appliedCategories"]
    );
}

/// The request restates the assignment's unchanged `@odata.type`; the minimal diff leaves it
/// out, so here `diff` is not the request but an equivalent, smaller patch.
#[test]
fn plannertask_update_request_applies_as_rfc7396_and_diffs_to_the_changed_members_only() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let patch: PlannerTaskPatch = serde_json::from_str(PLANNERTASK_UPDATE_REQUEST).expect("reads");
    let mut after = before.clone();
    after.apply(patch.clone());
    assert_merge_patch_semantics(&before, &patch, &after);

    let assignment = &to_json(&after)["assignments"]["fbab97d0-4932-4511-b675-204639209557"];
    assert_eq!(assignment["orderHint"], json!("N9917 U2883!"));
    assert_eq!(
        assignment["assignedDateTime"],
        json!("2015-03-25T18:38:21.956Z")
    );

    let diff = before.diff(&after);
    assert_eq!(
        serde_json::to_string(&diff).expect("writes"),
        concat!(
            r##"{"@odata.type":"#microsoft.graph.plannerTask","assignments":"##,
            r#"{"fbab97d0-4932-4511-b675-204639209557":{"orderHint":"N9917 U2883!"}},"#,
            r#""appliedCategories":{"category3":true,"category4":false}}"#,
        )
    );
    let mut again = before;
    again.apply(diff);
    assert_eq!(again, after);
}

#[test]
fn open_nested_type_keeps_an_unknown_member_where_the_closed_parent_refuses_one() {
    let patch: PlannerTaskPatch = serde_json::from_str(
        r##"{"assignments": {"aaa27244-1db4-476a-a5cb-004607466324":
            {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"}}}"##,
    )
    .expect("a dynamic property of plannerAssignments");
    let assignments = patch.assignments.clone().flatten().expect("assignments");
    assert_eq!(
        assignments.additional_data.keys().collect::<Vec<_>>(),
        ["aaa27244-1db4-476a-a5cb-004607466324"]
    );

    assert_eq!(
        error_of::<PlannerTaskPatch>(r#"{"asignments": {}}"#),
        "unknown property \"asignments\" in a patch of microsoft.graph.plannerTask: \
         did you mean `assignments`? at line 1 column 13"
    );
}

#[test]
fn plannertask_removing_an_assignment_is_a_null_dynamic_property() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let patch: PlannerTaskPatch =
        serde_json::from_str(r#"{"assignments": {"fbab97d0-4932-4511-b675-204639209557": null}}"#)
            .expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(to_json(&after)["assignments"], json!({}));
}

// ---------------------------------------------------------------------------------------------
// driveItem (open), its facets and its instance annotations
// ---------------------------------------------------------------------------------------------

#[test]
fn driveitem_response_reads_and_writes_back_with_nothing_lost() {
    let (item, written) = read_and_write_back::<DriveItem>(DRIVEITEM_GET);
    assert_eq!(item.size, Some(157_286_400));
    assert_eq!(
        item.folder.as_ref().and_then(|folder| folder.child_count),
        Some(120)
    );
    assert!(item.root.is_some());
    assert_eq!(written["root"], json!({}));
    assert_eq!(
        item.created_by
            .as_ref()
            .and_then(|by| by.user.as_ref())
            .and_then(|user| user.display_name.as_deref()),
        Some("Ryan Gregg")
    );
}

#[test]
fn driveitem_instance_annotations_are_kept_and_written_back() {
    let (item, written) = read_and_write_back::<DriveItem>(DRIVEITEM_FILE);
    let url = item
        .additional_data
        .get("@microsoft.graph.downloadUrl")
        .and_then(Value::as_str)
        .expect("the download URL is kept");
    assert!(url.starts_with("https://contoso-my.sharepoint.com/"));
    assert_eq!(written["@microsoft.graph.downloadUrl"], json!(url));
    assert_eq!(
        item.file
            .as_ref()
            .and_then(|file| file.hashes.as_ref())
            .and_then(|hashes| hashes.quick_xor_hash.as_deref()),
        Some("dF5Ksms6KnIbt5cCsgFsDv9t2zE=")
    );
}

#[test]
fn driveitem_rename_and_move_patch_a_facet_that_was_absent() {
    let before: DriveItem = serde_json::from_str(DRIVEITEM_GET).expect("reads");
    assert_eq!(before.parent_reference, None);
    let patch = DriveItemPatch {
        name: Some(Some("Archive".to_owned())),
        parent_reference: Some(Some(ItemReferencePatch {
            id: Some(Some("01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK".to_owned())),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.driveItem","name":"Archive","parentReference":{"id":"01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK"}}"##
    );
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after
            .parent_reference
            .and_then(|parent| parent.id)
            .as_deref(),
        Some("01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK")
    );
}

#[test]
fn nested_patch_naming_a_read_only_sub_property_is_refused() {
    assert_eq!(
        error_of::<DriveItemPatch>(r#"{"folder": {"childCount": 3}}"#),
        "invalid value for property `folder` of microsoft.graph.driveItem: \
         property `childCount` of microsoft.graph.folder is read-only and cannot be patched \
         at line 1 column 24"
    );
}

// ---------------------------------------------------------------------------------------------
// user (open) with a schema extension
// ---------------------------------------------------------------------------------------------

#[test]
fn user_schema_extension_reads_and_writes_back_with_nothing_lost() {
    let (user, written) = read_and_write_back::<User>(USER_GET_EXTENSION);
    assert_eq!(user.id, None);
    assert_eq!(
        user.additional_data.get("ext55gb1l09_msLearnCourses"),
        Some(&json!({
            "@odata.type": "#microsoft.graph.ComplexExtensionValue",
            "courseType": "Developer",
            "courseName": "Introduction to Microsoft Graph",
            "courseId": 1
        }))
    );
    assert_eq!(written["id"], Value::Null);
}

#[test]
fn user_schema_extension_update_request_merges_into_the_extension() {
    let patch: UserPatch =
        assert_patch_request_round_trips(USER_UPDATE_EXTENSION_REQUEST, "microsoft.graph.user");
    assert_eq!(patch.changed_properties().count(), 0);
    let before: User = serde_json::from_str(USER_GET_EXTENSION).expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after.additional_data.get("ext55gb1l09_msLearnCourses"),
        Some(&json!({
            "@odata.type": "#microsoft.graph.ComplexExtensionValue",
            "courseType": "Admin",
            "courseName": "Introduction to Microsoft Graph",
            "courseId": 1
        }))
    );
}

// ---------------------------------------------------------------------------------------------
// Small local types: a duration, and an endpoint that refuses `@odata.type`
// ---------------------------------------------------------------------------------------------

/// `microsoft.graph.bookingReminder`: its `offset` is an `Edm.Duration`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.bookingReminder")]
struct BookingReminder {
    message: Option<String>,
    offset: Option<Duration>,
}

#[test]
fn duration_reads_iso8601_and_refuses_prose() {
    let reminder: BookingReminder =
        serde_json::from_str(r#"{"message": "Tomorrow", "offset": "P1D"}"#).expect("reads");
    assert_eq!(
        reminder.offset.as_ref().map(ToString::to_string).as_deref(),
        Some("P1D")
    );
    assert_eq!(
        error_of::<BookingReminder>(r#"{"message": "Soon", "offset": "1 hour"}"#),
        "invalid value for property `offset` of microsoft.graph.bookingReminder: \
         expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M), found \"1 hour\" \
         at line 1 column 38"
    );
}

/// A to-do list, written without `@odata.type` for every value of the type.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTaskList", omit_odata_type)]
struct TodoTaskList {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
}

/// The same list, written with it unless the call says otherwise.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTaskList")]
struct AnnotatedTodoTaskList {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
}

#[test]
fn omit_odata_type_on_the_type_leaves_the_annotation_out_of_entity_and_patch() {
    let list = TodoTaskList {
        id: "AAMkADIyAAAhrbPXAAA=".to_owned(),
        display_name: Some("Vacation Plan".to_owned()),
    };
    assert_eq!(
        serde_json::to_string(&list).expect("writes"),
        r#"{"id":"AAMkADIyAAAhrbPXAAA=","displayName":"Vacation Plan"}"#
    );
    let patch = TodoTaskListPatch {
        display_name: Some(Some("Holidays".to_owned())),
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r#"{"displayName":"Holidays"}"#
    );
    // Reading still accepts the annotation when it names the type.
    let read: TodoTaskList = serde_json::from_str(
        r##"{"@odata.type": "#microsoft.graph.todoTaskList", "id": "AAMkADIyAAAhrbPXAAA=", "displayName": "Vacation Plan"}"##,
    )
    .expect("reads");
    assert_eq!(read, list);
}

#[test]
fn omit_odata_type_per_call_leaves_the_annotation_out_of_one_write() {
    let patch = AnnotatedTodoTaskListPatch {
        display_name: Some(Some("Holidays".to_owned())),
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.todoTaskList","displayName":"Holidays"}"##
    );
    assert_eq!(
        serde_json::to_string(&OmitODataType(&patch)).expect("writes"),
        r#"{"displayName":"Holidays"}"#
    );
}

// ---------------------------------------------------------------------------------------------
// Open types: instance annotations, and the one limit of `merge`
// ---------------------------------------------------------------------------------------------

/// Two reads of the same file differ in `@microsoft.graph.downloadUrl` (a short-lived link that
/// every GET renews). That is not a change to send back: an instance annotation is not a
/// dynamic property, and a PATCH body that carries one is not what Graph expects.
#[test]
fn open_type_diff_leaves_instance_annotations_out_of_the_patch() {
    let first: DriveItem = serde_json::from_str(DRIVEITEM_FILE).expect("reads");
    let mut again = json_of(DRIVEITEM_FILE);
    again["@microsoft.graph.downloadUrl"] = json!("https://contoso-my.sharepoint.com/download?v=2");
    let second: DriveItem = serde_json::from_value(again).expect("reads");
    assert_eq!(
        serde_json::to_string(&first.diff(&second)).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.driveItem"}"##
    );
}

/// `merge` promises `apply(merge(p, q)) == apply(apply(p), q)`, with one documented exception
/// (crate docs, "Complex types and nested patches"): clearing an open nested value and then
/// patching it leaves only the later patch's dynamic members, but the merged patch (the full
/// patch of the default value, patched) is a JSON Merge Patch of the dynamic members, which
/// cannot remove members it does not name: applied at once, the old members stay.
#[test]
fn merging_clear_then_patch_of_an_open_nested_value_keeps_unnamed_dynamic_members() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let mut first: PlannerTaskPatch =
        serde_json::from_str(r#"{"assignments": null}"#).expect("reads");
    let later: PlannerTaskPatch = serde_json::from_str(
        r##"{"assignments": {"aaa27244-1db4-476a-a5cb-004607466324":
            {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"}}}"##,
    )
    .expect("reads");
    let mut in_turn = before.clone();
    in_turn.apply(first.clone());
    in_turn.apply(later.clone());

    first.merge(later);
    let mut at_once = before.clone();
    at_once.apply(first);
    let keys = |task: &PlannerTask| -> Vec<String> {
        let mut keys: Vec<String> = task
            .assignments
            .as_ref()
            .map(|a| a.additional_data.keys().map(str::to_owned).collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    let new_member = "aaa27244-1db4-476a-a5cb-004607466324".to_owned();
    assert_eq!(keys(&in_turn), std::slice::from_ref(&new_member));
    let mut expected = keys(&before);
    expected.push(new_member);
    expected.sort();
    expected.dedup();
    assert_eq!(keys(&at_once), expected);
}
