//! Graph as it is called, with the `calendar` area: the API reference's "Create event" bodies
//! (`user-post-events.md`, `tests/fixtures/calls/`) read, built and written through the generated
//! `Event`, and the ETag a created event comes back with sent as `If-Match`.
//!
//! - A create body built with `..Default::default()` is the body, with no `null`s (`omit_none`).
//! - Enum members the reference sends capitalised (`"HTML"`, `"Required"`, `"Default"`) read as
//!   the members (not `Other`) and are written as the schema spells them.
//! - Every generated entity keeps `@odata.etag`, so `if_match_entity` sends it.

mod common;

use graph_entity::{Entity, Patch};
use graph_entity_models::{
    AnyLocation, Attendee, AttendeeType, BodyType, DateTimeTimeZone, EmailAddress, Event,
    EventPatch, ItemBody, Location, LocationType,
};
use serde_json::Value;

fn records() -> Vec<Value> {
    include_str!("fixtures/calls/user-post-events.jsonl")
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn the_references_create_bodies_read_and_write_back_without_nulls() {
    let records = records();
    assert_eq!(records.len(), 4, "the fixture's four create calls");
    for record in &records {
        let body = &record["request"];
        let event: Event = serde_json::from_value(body.clone()).expect("the create body reads");
        let written = serde_json::to_value(&event).expect("writes");
        assert_eq!(written["@odata.type"], "#microsoft.graph.event");
        common::same(body, &written, "").expect("written back whole");
        // Capitalised members are the members, not `Other`.
        assert_eq!(
            event.body.as_ref().and_then(|b| b.content_type.clone()),
            Some(BodyType::Html)
        );
        for attendee in event.attendees.iter().flatten() {
            assert!(
                matches!(
                    attendee.r#type,
                    Some(AttendeeType::Required | AttendeeType::Optional)
                ),
                "{:?}",
                attendee.r#type
            );
        }
    }
    let picnic = records
        .iter()
        .find(|r| r["request"]["subject"] == "Plan summer company picnic")
        .expect("the picnic example");
    let event: Event = serde_json::from_value(picnic["request"].clone()).expect("reads");
    // `location` is polymorphic (`AnyLocation`); the body's has no `@odata.type`: the base.
    let Some(AnyLocation::Location(location)) = event.location else {
        panic!("a plain location: {:?}", event.location);
    };
    assert_eq!(location.location_type, Some(LocationType::Default));
}

#[test]
fn a_create_body_built_in_rust_is_the_references_body() {
    let record = &records()[0];
    let event = Event {
        subject: Some("Let's go for lunch".to_owned()),
        body: Some(ItemBody {
            content_type: Some(BodyType::Html),
            content: Some("Does noon work for you?".to_owned()),
            ..Default::default()
        }),
        start: Some(DateTimeTimeZone {
            date_time: Some("2017-04-15T12:00:00".to_owned()),
            time_zone: Some("Pacific Standard Time".to_owned()),
            ..Default::default()
        }),
        end: Some(DateTimeTimeZone {
            date_time: Some("2017-04-15T14:00:00".to_owned()),
            time_zone: Some("Pacific Standard Time".to_owned()),
            ..Default::default()
        }),
        location: Some(
            Location {
                display_name: Some("Harry's Bar".to_owned()),
                ..Default::default()
            }
            .into(),
        ),
        attendees: Some(vec![Attendee {
            email_address: Some(EmailAddress {
                address: Some("samanthab@contoso.onmicrosoft.com".to_owned()),
                name: Some("Samantha Booth".to_owned()),
                ..Default::default()
            }),
            r#type: Some(AttendeeType::Required),
            ..Default::default()
        }]),
        allow_new_time_proposals: Some(true),
        transaction_id: Some("7E163156-7762-4BEB-A1C6-729EA81755A7".to_owned()),
        ..Default::default()
    };
    let mut expected = record["request"].clone();
    expected["@odata.type"] = "#microsoft.graph.event".into();
    // The reference sends `"HTML"`; the schema spells the member `html`.
    assert_eq!(expected["body"]["contentType"], "HTML");
    expected["body"]["contentType"] = "html".into();
    assert_eq!(serde_json::to_value(&event).expect("writes"), expected);
}

#[test]
fn a_created_event_carries_its_etag_into_if_match() {
    let record = &records()[0];
    let created: Event =
        serde_json::from_value(record["response"].clone()).expect("the response reads");
    let etag = record["response"]["@odata.etag"].as_str().expect("an etag");
    assert_eq!(created.etag(), Some(etag));

    let mut updated = created.clone();
    updated.subject = Some("Lunch at noon".to_owned());
    let patch: EventPatch = created.diff(&updated);
    assert_eq!(patch.changed_properties().collect::<Vec<_>>(), ["subject"]);
    let id = created.id.as_deref().expect("an id");
    let request = graph_entity::http::patch(format!("/me/events/{id}"), &patch)
        .if_match_entity(&created)
        .build()
        .expect("builds");
    assert_eq!(
        request.headers().get("If-Match").map(|v| v.to_str().ok()),
        Some(Some(etag))
    );
    assert_eq!(
        std::str::from_utf8(request.body()).expect("UTF-8"),
        r##"{"@odata.type":"#microsoft.graph.event","subject":"Lunch at noon"}"##
    );
}
