//! Update a calendar event with a nested patch: move the meeting, rename the room, clear the
//! body, and see exactly what goes over the wire.
//!
//! Run it with `cargo run --example update_event`. The event is the response of the Graph API
//! reference page "Get event" (v1.0), copied into `tests/fixtures/graph/`.

use graph_entity::{AdditionalData, Entity, GraphEntity, GraphEnum, Patch};

/// `GET /me/events/{id}` as the page prints it.
const GET_EVENT_RESPONSE: &str = include_str!("../tests/fixtures/graph/event-get.response.json");

// The models: a cut of `microsoft.graph.event` and the complex types it needs. Properties this
// program does not declare (attendees, organizer, `@odata.context`, ...) are not dropped:
// `additional_data` keeps them and writes them back.

/// A local date and time plus the Windows or IANA zone it is in.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    #[graph(default)]
    pub date_time: String,
    pub time_zone: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The format of an item's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.bodyType")]
pub enum BodyType {
    Text,
    Html,
}

/// The body of a message or event.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemBody")]
pub struct ItemBody {
    pub content_type: Option<BodyType>,
    pub content: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Where an event takes place.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.location")]
pub struct Location {
    pub display_name: Option<String>,
    pub unique_id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A calendar event. `event` is an open type in Graph's schema, hence `open_type`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", open_type)]
pub struct Event {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    pub subject: Option<String>,
    /// Computed by the service from the body.
    #[graph(read_only)]
    pub body_preview: Option<String>,
    #[graph(nested)]
    pub body: Option<ItemBody>,
    #[graph(nested)]
    pub start: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub end: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub location: Option<Location>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    heading("1. Read the event Graph returned");
    let before: Event = serde_json::from_str(GET_EVENT_RESPONSE)?;
    println!("subject  = {:?}", before.subject);
    println!(
        "start    = {:?}",
        before.start.as_ref().map(|s| &s.date_time)
    );
    println!(
        "location = {:?}",
        before
            .location
            .as_ref()
            .and_then(|l| l.display_name.as_ref())
    );
    println!("etag     = {:?}", before.etag());
    println!(
        "kept, not declared here: {}",
        before.additional_data.keys().collect::<Vec<_>>().join(", ")
    );

    heading("2. Build a nested patch");
    println!("Complex properties are patched sub-property by sub-property: the patch sends the");
    println!("new `dateTime` of `start` and `end` and leaves their `timeZone` alone, renames the");
    println!("room without touching its other properties, and sends `null` to clear the body.\n");
    let patch = EventPatch {
        // `Some(None)`: send `null`. The service clears the body.
        body: Some(None),
        // `Some(Some(p))`: patch the value that is there with `p`.
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
        // Everything else `None`: not sent, left as the service has it.
        ..Default::default()
    };

    heading("3. The PATCH request");
    // Sending `If-Match` makes the service refuse the update if someone changed the event
    // since it was read, instead of overwriting their change.
    println!(
        "PATCH https://graph.microsoft.com/v1.0/me/events/{}",
        before.id
    );
    println!("Content-Type: application/json");
    if let Some(etag) = before.etag() {
        println!("If-Match: {etag}");
    }
    println!();
    println!("{}", serde_json::to_string_pretty(&patch)?);

    heading("4. Apply it to the copy this program holds");
    // What the service does with the request, done locally: the program's copy now matches
    // the service's without another GET (read-only properties such as `bodyPreview` are the
    // service's to recompute; here they keep their old value).
    let mut after = before.clone();
    after.apply(patch.clone());
    println!(
        "start    = {:?}",
        after.start.as_ref().map(|s| (&s.date_time, &s.time_zone))
    );
    println!(
        "location = {:?}",
        after
            .location
            .as_ref()
            .and_then(|l| l.display_name.as_ref())
    );
    println!("body     = {:?}", after.body);

    heading("5. The diff between before and after");
    // The minimal patch from one version to the other: the same request, computed. This is
    // how to build a PATCH from an edited copy instead of by hand.
    let diff = before.diff(&after);
    println!("{}", serde_json::to_string(&diff)?);
    println!(
        "changed properties: {}",
        diff.changed_properties().collect::<Vec<_>>().join(", ")
    );
    assert_eq!(diff, patch, "the diff of an applied patch is the patch");

    heading("6. The event after the update");
    println!("{}", serde_json::to_string_pretty(&after)?);
    Ok(())
}

fn heading(title: &str) {
    println!("\n== {title} ==\n");
}
