//! The samples: the event as Graph's "Get event" sends it, the event after a change to every
//! patchable property, and a sparse change.

use graph_entity::edm::DateTimeOffset;

use super::entity::{
    EmailAddress, Event, EventPatch, FreeBusyStatus, Importance, LocationPatch, PhysicalAddress,
    Recipient, ResponseStatus, ResponseType,
};

// ---------------------------------------------------------------------------------------------
// Samples

/// Graph's "Get event" response (`get_event_multiple_locations`), with the properties its
/// `$select` left out (`createdDateTime`, `lastModifiedDateTime`, `importance`, `showAs`,
/// `hideAttendees`, `categories`) and a second attendee proposing a new time (from the page's
/// first example), so that one value sits four levels down.
const EVENT_GET: &str = r#"{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('d1a2fae9-db66-4cc9-8133-2184c77af1b8')/events/$entity",
    "@odata.etag": "W/\"y53lbKh6jkaxHzFwGhgyxgAAw5zhug==\"",
    "id": "AAMkADAGAADDdm4NAAA=",
    "createdDateTime": "2017-08-29T20:53:57.3473012Z",
    "lastModifiedDateTime": "2017-08-30T09:36:17.2016839Z",
    "categories": [],
    "subject": "Plan summer company picnic",
    "bodyPreview": "Let's kick-start this event planning!",
    "body": {
        "contentType": "html",
        "content": "<html>\r\n<head>\r\n</head>\r\n<body>\r\nLet's kick-start this event planning!\r\n</body>\r\n</html>\r\n"
    },
    "importance": "normal",
    "showAs": "busy",
    "start": {"dateTime": "2017-08-30T11:00:00.0000000", "timeZone": "UTC"},
    "end": {"dateTime": "2017-08-30T12:00:00.0000000", "timeZone": "UTC"},
    "location": {
        "displayName": "Conf Room 3; Fourth Coffee; Home Office",
        "locationType": "default",
        "uniqueId": "Conf Room 3; Fourth Coffee; Home Office",
        "uniqueIdType": "private"
    },
    "locations": [
        {"displayName": "Conf Room 3", "locationType": "default", "uniqueIdType": "unknown"},
        {
            "displayName": "Fourth Coffee",
            "locationType": "default",
            "uniqueId": "Fourth Coffee",
            "uniqueIdType": "private",
            "address": {
                "street": "4567 Main St",
                "city": "Redmond",
                "state": "WA",
                "countryOrRegion": "US",
                "postalCode": "32008"
            },
            "coordinates": {"latitude": 47.672, "longitude": -102.103}
        },
        {"displayName": "Home Office", "locationType": "default", "uniqueIdType": "unknown"}
    ],
    "attendees": [
        {
            "type": "required",
            "status": {"response": "none", "time": "0001-01-01T00:00:00Z"},
            "emailAddress": {"name": "Dana Swope", "address": "DanaS@contoso.onmicrosoft.com"}
        },
        {
            "type": "required",
            "status": {"response": "tentativelyAccepted", "time": "2017-08-29T21:10:02.1234567Z"},
            "proposedNewTime": {
                "start": {"dateTime": "2017-08-31T11:00:00.0000000", "timeZone": "UTC"},
                "end": {"dateTime": "2017-08-31T12:00:00.0000000", "timeZone": "UTC"}
            },
            "emailAddress": {"name": "Alex Wilber", "address": "AlexW@contoso.onmicrosoft.com"}
        }
    ],
    "hideAttendees": false,
    "organizer": {
        "emailAddress": {"name": "Adele Vance", "address": "AdeleV@contoso.onmicrosoft.com"}
    }
}"#;

/// A date-time of the samples (constants, all valid: `expect` never fires).
fn at(text: &str) -> DateTimeOffset {
    text.parse().expect("a valid Edm.DateTimeOffset")
}

/// The event as Graph sends it.
///
/// # Panics
///
/// If graph-entity cannot read the sample (a bug in the derive or in the sample).
pub fn sample() -> Event {
    serde_json::from_str(EVENT_GET).expect("graph-entity reads Graph's event")
}

/// The event after the organizer moved it to another room and a later hour: every patchable
/// property differs from [`sample`], most of them in one sub-property (the dense patch is
/// `sample().diff(&updated())`).
///
/// # Panics
///
/// As [`sample`].
pub fn updated() -> Event {
    let mut event = sample();
    event.last_modified_date_time = Some(at("2017-08-30T10:02:45.0071934Z"));
    event.subject = Some("Plan summer company picnic (new room)".to_owned());
    event.body_preview = Some("Let's kick-start this event planning, in room 4!".to_owned());
    if let Some(body) = &mut event.body {
        body.content = Some(
            "<html>\r\n<body>\r\nLet's kick-start this event planning, in room 4!\r\n</body>\r\n</html>\r\n"
                .to_owned(),
        );
    }
    event.importance = Some(Importance::High);
    event.show_as = Some(FreeBusyStatus::Tentative);
    if let Some(start) = &mut event.start {
        start.date_time = Some("2017-08-30T13:00:00.0000000".to_owned());
    }
    if let Some(end) = &mut event.end {
        end.date_time = Some("2017-08-30T14:00:00.0000000".to_owned());
    }
    if let Some(location) = &mut event.location {
        location.display_name = Some("Conf Room 4".to_owned());
        location.unique_id = Some("Conf Room 4".to_owned());
        location.address = Some(PhysicalAddress {
            street: Some("4567 Main St".to_owned()),
            city: Some("Redmond".to_owned()),
            ..PhysicalAddress::default()
        });
    }
    if let Some(locations) = &mut event.locations {
        locations.truncate(1);
        locations[0].display_name = Some("Conf Room 4".to_owned());
    }
    if let Some(attendees) = &mut event.attendees {
        attendees[1].status = Some(ResponseStatus {
            response: Some(ResponseType::Accepted),
            time: Some(at("2017-08-30T10:02:45Z")),
        });
        attendees[1].proposed_new_time = None;
    }
    event.organizer = Some(Recipient {
        email_address: Some(EmailAddress {
            name: Some("Adele Vance (Events)".to_owned()),
            address: Some("AdeleV@contoso.onmicrosoft.com".to_owned()),
        }),
    });
    event.hide_attendees = Some(true);
    event.categories = vec!["Blue category".to_owned()];
    event
}

/// The sparse patch: one sub-property of one nested value, `location.displayName`.
pub fn sparse() -> EventPatch {
    EventPatch {
        location: Some(Some(LocationPatch {
            display_name: Some(Some("Conf Room 4".to_owned())),
            ..LocationPatch::default()
        })),
        ..EventPatch::default()
    }
}
