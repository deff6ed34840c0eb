//! A real payload of the Graph API reference (`event-get.md`, example 1: `GET
//! /me/events/{id}?$select=...`, copied into `event-get.json`) read through the generated
//! `Event`, changed, and sent back as the minimal `PATCH` body.
//!
//! ```sh
//! cargo run -p graph-entity-models --features calendar --example docs_event
//! ```

use graph_entity::Entity;
use graph_entity_models::{AnyLocation, AnyRecipient, Event};

const BODY: &str = include_str!("event-get.json");

fn main() -> Result<(), serde_json::Error> {
    let event: Event = serde_json::from_str(BODY)?;
    println!(
        "subject:   {:?}",
        event.subject.as_deref().unwrap_or_default()
    );
    if let Some(start) = &event.start {
        println!(
            "starts:    {} ({})",
            start.date_time.as_deref().unwrap_or_default(),
            start.time_zone.as_deref().unwrap_or_default()
        );
    }
    // `location` is declared as `microsoft.graph.location`, which has derived types: it reads as
    // `AnyLocation`, here the base type itself.
    if let Some(AnyLocation::Location(location)) = &event.location {
        println!(
            "location:  {}",
            location.display_name.as_deref().unwrap_or_default()
        );
    }
    if let Some(AnyRecipient::Recipient(organizer)) = &event.organizer {
        let name = organizer
            .email_address
            .as_ref()
            .and_then(|e| e.name.as_deref());
        println!("organizer: {}", name.unwrap_or_default());
    }
    for attendee in event.attendees.iter().flatten() {
        let who = attendee
            .email_address
            .as_ref()
            .and_then(|e| e.name.as_deref());
        let response = attendee.status.as_ref().and_then(|s| s.response.as_ref());
        println!("attendee:  {} ({response:?})", who.unwrap_or_default());
    }

    // Nothing is lost on the way back: `@odata.context` and `@odata.etag` are kept as read, and
    // what is written reads back as the same event (properties the body left out are written as
    // `null`).
    let written: serde_json::Value = serde_json::to_value(&event)?;
    let read: serde_json::Value = serde_json::from_str(BODY)?;
    assert_eq!(written["@odata.etag"], read["@odata.etag"]);
    assert_eq!(written["@odata.context"], read["@odata.context"]);
    assert_eq!(serde_json::from_value::<Event>(written)?, event);

    // Rename it and hide the attendees from each other: the patch holds only what changed.
    let mut changed = event.clone();
    changed.subject = Some("Orientation, second floor".into());
    changed.hide_attendees = Some(true);
    let patch = event.diff(&changed);
    let body = serde_json::to_string(&patch)?;
    println!(
        "PATCH /me/events/{} {body}",
        event.id.as_deref().unwrap_or_default()
    );
    assert_eq!(
        body,
        r##"{"@odata.type":"#microsoft.graph.event","hideAttendees":true,"subject":"Orientation, second floor"}"##
    );
    Ok(())
}
