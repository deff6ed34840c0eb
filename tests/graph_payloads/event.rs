//! Event.

use super::*;

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
