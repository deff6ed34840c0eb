//! `Event`: an event-like entity of the nested type system (complex values four levels deep,
//! collections of complex values, enums, `Edm.DateTimeOffset`, `@odata.etag`, undeclared
//! members kept in `additional_data`), its serde twin writing the same bytes, and samples shaped
//! like the response of Graph's "Get event" (`event-get.md`, example
//! `get_event_multiple_locations`).
//!
//! The twin is the limit, as for the flat entities, with two differences the nested case needs
//! (`BENCHMARKS.md`, "Nested entity (type system)"):
//! - it writes and checks the top-level `"@odata.type"` itself ([`EventODataType`]), so both
//!   sides write exactly the same bytes;
//! - it keeps the one undeclared member of the sample, `@odata.context`, in a field of its own
//!   written last, where graph-entity keeps any undeclared member in `AdditionalData`. serde's
//!   only generic way, `#[serde(flatten)]` into a map ([`EventTwinFlatten`]), buffers the
//!   object's members before reading the fields; measured on this sample it costs a few percent
//!   more (the `serde-twin+flatten` diagnostic), so the dedicated field, the cheaper of the two,
//!   is the limit.
//!
//! The twin is built from graph-entity's JSON (`From` impls below): `Case::check` then verifies
//! that it writes back exactly the bytes it read.

use core::fmt;

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::double_option;

// ---------------------------------------------------------------------------------------------
// graph-entity

/// `microsoft.graph.dateTimeTimeZone`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    pub date_time: Option<String>,
    pub time_zone: Option<String>,
}

/// `microsoft.graph.bodyType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.bodyType")]
pub enum BodyType {
    Text,
    Html,
}

/// `microsoft.graph.itemBody`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemBody")]
pub struct ItemBody {
    pub content_type: Option<BodyType>,
    pub content: Option<String>,
}

/// `microsoft.graph.importance`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
pub enum Importance {
    Low,
    Normal,
    High,
}

/// `microsoft.graph.freeBusyStatus`, forward compatible.
#[derive(Debug, Clone, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.freeBusyStatus")]
pub enum FreeBusyStatus {
    Unknown,
    Free,
    Tentative,
    Busy,
    Oof,
    WorkingElsewhere,
    #[graph(other)]
    Other(String),
}

/// `microsoft.graph.locationType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.locationType")]
pub enum LocationType {
    Default,
    ConferenceRoom,
    HomeAddress,
    BusinessAddress,
    GeoCoordinates,
    StreetAddress,
    Hotel,
    Restaurant,
    LocalBusiness,
    PostalAddress,
}

/// `microsoft.graph.locationUniqueIdType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.locationUniqueIdType")]
pub enum LocationUniqueIdType {
    Unknown,
    LocationStore,
    Directory,
    Private,
    Bing,
}

/// `microsoft.graph.physicalAddress`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.physicalAddress")]
pub struct PhysicalAddress {
    pub street: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub country_or_region: Option<String>,
    pub postal_code: Option<String>,
}

/// `microsoft.graph.outlookGeoCoordinates` (the two properties Graph's example sends).
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.outlookGeoCoordinates")]
pub struct OutlookGeoCoordinates {
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// `microsoft.graph.location`: the third level (`event.location.address`).
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.location")]
pub struct Location {
    pub display_name: Option<String>,
    pub location_type: Option<LocationType>,
    pub unique_id: Option<String>,
    pub unique_id_type: Option<LocationUniqueIdType>,
    #[graph(nested)]
    pub address: Option<PhysicalAddress>,
    #[graph(nested)]
    pub coordinates: Option<OutlookGeoCoordinates>,
}

/// `microsoft.graph.emailAddress`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.emailAddress")]
pub struct EmailAddress {
    pub name: Option<String>,
    pub address: Option<String>,
}

/// `microsoft.graph.recipient`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recipient")]
pub struct Recipient {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
}

/// `microsoft.graph.responseType` (its member `none` is a variant named `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.responseType")]
pub enum ResponseType {
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded,
}

/// `microsoft.graph.responseStatus`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.responseStatus")]
pub struct ResponseStatus {
    pub response: Option<ResponseType>,
    pub time: Option<DateTimeOffset>,
}

/// `microsoft.graph.attendeeType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.attendeeType")]
pub enum AttendeeType {
    Required,
    Optional,
    Resource,
}

/// `microsoft.graph.timeSlot`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.timeSlot")]
pub struct TimeSlot {
    #[graph(nested)]
    pub start: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub end: Option<DateTimeTimeZone>,
}

/// `microsoft.graph.attendee`: in a collection, four levels down at
/// `event.attendees[].proposedNewTime.start`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.attendee")]
pub struct Attendee {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
    pub r#type: Option<AttendeeType>,
    #[graph(nested)]
    pub proposed_new_time: Option<TimeSlot>,
    #[graph(nested)]
    pub status: Option<ResponseStatus>,
}

/// `microsoft.graph.event`, 14 patchable properties: 9 of them nested (7 single values patched
/// property by property, 2 collections replaced whole), 2 enums, 2 `Edm.DateTimeOffset`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event")]
pub struct Event {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    pub last_modified_date_time: Option<DateTimeOffset>,
    pub subject: Option<String>,
    pub body_preview: Option<String>,
    #[graph(nested)]
    pub body: Option<ItemBody>,
    pub importance: Option<Importance>,
    pub show_as: Option<FreeBusyStatus>,
    #[graph(nested)]
    pub start: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub end: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub location: Option<Location>,
    #[graph(nested)]
    pub locations: Option<Vec<Location>>,
    #[graph(nested)]
    pub attendees: Option<Vec<Attendee>>,
    #[graph(nested)]
    pub organizer: Option<Recipient>,
    pub hide_attendees: Option<bool>,
    pub categories: Vec<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// The twin (the limit)

/// The twin's top-level `"@odata.type"`: written first, and checked when read as graph-entity
/// checks it (`#microsoft.graph.event` or `microsoft.graph.event`; absent is fine).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EventODataType;

const EVENT_TYPE: &str = "#microsoft.graph.event";

impl Serialize for EventODataType {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(EVENT_TYPE)
    }
}

impl<'de> Deserialize<'de> for EventODataType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TypeName;
        impl Visitor<'_> for TypeName {
            type Value = EventODataType;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the type name microsoft.graph.event")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<EventODataType, E> {
                if v == EVENT_TYPE || v == &EVENT_TYPE[1..] {
                    Ok(EventODataType)
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_str(TypeName)
    }
}

/// A serde enum of unit variants: what a user writes for an OData enum.
macro_rules! twin_enum {
    ($name:ident { $($variant:ident),* }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub enum $name { $($variant),* }
    };
}

twin_enum!(BodyTypeTwin { Text, Html });
twin_enum!(ImportanceTwin { Low, Normal, High });
twin_enum!(LocationTypeTwin {
    Default,
    ConferenceRoom,
    HomeAddress,
    BusinessAddress,
    GeoCoordinates,
    StreetAddress,
    Hotel,
    Restaurant,
    LocalBusiness,
    PostalAddress
});
twin_enum!(LocationUniqueIdTypeTwin {
    Unknown,
    LocationStore,
    Directory,
    Private,
    Bing
});
twin_enum!(ResponseTypeTwin {
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded
});
twin_enum!(AttendeeTypeTwin {
    Required,
    Optional,
    Resource
});

/// `FreeBusyStatus` with an unknown member kept as text. serde's derive can only express this
/// with an `#[serde(untagged)]` variant, which buffers the value before trying each variant; a
/// user after speed writes these twenty lines, so the limit does.
#[derive(Debug, Clone, PartialEq)]
pub enum FreeBusyStatusTwin {
    Unknown,
    Free,
    Tentative,
    Busy,
    Oof,
    WorkingElsewhere,
    Other(String),
}

impl Serialize for FreeBusyStatusTwin {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match self {
            FreeBusyStatusTwin::Unknown => "unknown",
            FreeBusyStatusTwin::Free => "free",
            FreeBusyStatusTwin::Tentative => "tentative",
            FreeBusyStatusTwin::Busy => "busy",
            FreeBusyStatusTwin::Oof => "oof",
            FreeBusyStatusTwin::WorkingElsewhere => "workingElsewhere",
            FreeBusyStatusTwin::Other(other) => other,
        })
    }
}

impl<'de> Deserialize<'de> for FreeBusyStatusTwin {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Member;
        impl Visitor<'_> for Member {
            type Value = FreeBusyStatusTwin;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member of microsoft.graph.freeBusyStatus")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FreeBusyStatusTwin, E> {
                Ok(match v {
                    "unknown" => FreeBusyStatusTwin::Unknown,
                    "free" => FreeBusyStatusTwin::Free,
                    "tentative" => FreeBusyStatusTwin::Tentative,
                    "busy" => FreeBusyStatusTwin::Busy,
                    "oof" => FreeBusyStatusTwin::Oof,
                    "workingElsewhere" => FreeBusyStatusTwin::WorkingElsewhere,
                    other => FreeBusyStatusTwin::Other(other.to_owned()),
                })
            }
        }
        deserializer.deserialize_str(Member)
    }
}

/// A nested twin value: every property nullable, `null` written for `None`.
macro_rules! twin_struct {
    ($name:ident { $($field:ident: $ty:ty;)* }) => {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name { $(pub $field: Option<$ty>),* }
    };
}

/// The twin patch of a nested value patched property by property: every field a double option,
/// nested values' patches as twin patches.
macro_rules! twin_patch {
    ($name:ident { $($field:ident: $ty:ty;)* }) => {
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $(
                #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
                pub $field: Option<Option<$ty>>,
            )*
        }
    };
}

twin_struct!(DateTimeTimeZoneTwin {
    date_time: String;
    time_zone: String;
});
twin_patch!(DateTimeTimeZoneTwinPatch {
    date_time: String;
    time_zone: String;
});
twin_struct!(ItemBodyTwin {
    content_type: BodyTypeTwin;
    content: String;
});
twin_patch!(ItemBodyTwinPatch {
    content_type: BodyTypeTwin;
    content: String;
});
twin_struct!(PhysicalAddressTwin {
    street: String;
    city: String;
    state: String;
    country_or_region: String;
    postal_code: String;
});
twin_patch!(PhysicalAddressTwinPatch {
    street: String;
    city: String;
    state: String;
    country_or_region: String;
    postal_code: String;
});
twin_struct!(OutlookGeoCoordinatesTwin {
    latitude: f64;
    longitude: f64;
});
twin_patch!(OutlookGeoCoordinatesTwinPatch {
    latitude: f64;
    longitude: f64;
});
twin_struct!(LocationTwin {
    display_name: String;
    location_type: LocationTypeTwin;
    unique_id: String;
    unique_id_type: LocationUniqueIdTypeTwin;
    address: PhysicalAddressTwin;
    coordinates: OutlookGeoCoordinatesTwin;
});
twin_patch!(LocationTwinPatch {
    display_name: String;
    location_type: LocationTypeTwin;
    unique_id: String;
    unique_id_type: LocationUniqueIdTypeTwin;
    address: PhysicalAddressTwinPatch;
    coordinates: OutlookGeoCoordinatesTwinPatch;
});
twin_struct!(EmailAddressTwin {
    name: String;
    address: String;
});
twin_patch!(EmailAddressTwinPatch {
    name: String;
    address: String;
});
twin_struct!(RecipientTwin {
    email_address: EmailAddressTwin;
});
twin_patch!(RecipientTwinPatch {
    email_address: EmailAddressTwinPatch;
});
twin_struct!(ResponseStatusTwin {
    response: ResponseTypeTwin;
    time: DateTimeOffset;
});
twin_struct!(TimeSlotTwin {
    start: DateTimeTimeZoneTwin;
    end: DateTimeTimeZoneTwin;
});
twin_struct!(AttendeeTwin {
    email_address: EmailAddressTwin;
    r#type: AttendeeTypeTwin;
    proposed_new_time: TimeSlotTwin;
    status: ResponseStatusTwin;
});

/// The limit: `Event` with serde's derive, writing the same bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventTwin {
    #[serde(rename = "@odata.type", default)]
    pub odata_type: EventODataType,
    #[serde(
        rename = "@odata.etag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub etag: Option<String>,
    pub id: String,
    pub created_date_time: Option<DateTimeOffset>,
    pub last_modified_date_time: Option<DateTimeOffset>,
    pub subject: Option<String>,
    pub body_preview: Option<String>,
    pub body: Option<ItemBodyTwin>,
    pub importance: Option<ImportanceTwin>,
    pub show_as: Option<FreeBusyStatusTwin>,
    pub start: Option<DateTimeTimeZoneTwin>,
    pub end: Option<DateTimeTimeZoneTwin>,
    pub location: Option<LocationTwin>,
    pub locations: Option<Vec<LocationTwin>>,
    pub attendees: Option<Vec<AttendeeTwin>>,
    pub organizer: Option<RecipientTwin>,
    pub hide_attendees: Option<bool>,
    pub categories: Vec<String>,
    /// The sample's one undeclared member, where graph-entity writes `additional_data`.
    #[serde(
        rename = "@odata.context",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub odata_context: Option<String>,
}

/// Diagnostic only, not the limit: [`EventTwin`] keeping undeclared members the only generic
/// way serde's derive has, `#[serde(flatten)]` into a map. It writes the same bytes; reading
/// buffers the object's members before deserializing the fields from the buffer
/// (`benches/callgrind.sh` and `--bench paired` print what this costs, BENCHMARKS.md "Nested
/// entity (type system)").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventTwinFlatten {
    #[serde(rename = "@odata.type", default)]
    pub odata_type: EventODataType,
    #[serde(
        rename = "@odata.etag",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub etag: Option<String>,
    pub id: String,
    pub created_date_time: Option<DateTimeOffset>,
    pub last_modified_date_time: Option<DateTimeOffset>,
    pub subject: Option<String>,
    pub body_preview: Option<String>,
    pub body: Option<ItemBodyTwin>,
    pub importance: Option<ImportanceTwin>,
    pub show_as: Option<FreeBusyStatusTwin>,
    pub start: Option<DateTimeTimeZoneTwin>,
    pub end: Option<DateTimeTimeZoneTwin>,
    pub location: Option<LocationTwin>,
    pub locations: Option<Vec<LocationTwin>>,
    pub attendees: Option<Vec<AttendeeTwin>>,
    pub organizer: Option<RecipientTwin>,
    pub hide_attendees: Option<bool>,
    pub categories: Vec<String>,
    #[serde(flatten)]
    pub additional_data: serde_json::Map<String, serde_json::Value>,
}

impl From<&Event> for EventTwinFlatten {
    fn from(event: &Event) -> Self {
        via_json(event)
    }
}

/// The limit's patch: nested patches as nested twin patch structs, collections whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EventTwinPatch {
    #[serde(rename = "@odata.type", default)]
    pub odata_type: EventODataType,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub last_modified_date_time: Option<Option<DateTimeOffset>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub subject: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub body_preview: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub body: Option<Option<ItemBodyTwinPatch>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub importance: Option<Option<ImportanceTwin>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub show_as: Option<Option<FreeBusyStatusTwin>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub start: Option<Option<DateTimeTimeZoneTwinPatch>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub end: Option<Option<DateTimeTimeZoneTwinPatch>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub location: Option<Option<LocationTwinPatch>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub locations: Option<Option<Vec<LocationTwin>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub attendees: Option<Option<Vec<AttendeeTwin>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub organizer: Option<Option<RecipientTwinPatch>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub hide_attendees: Option<Option<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
}

/// The twin of a value, read from graph-entity's JSON of it (outside any timing).
fn via_json<A: Serialize, B: DeserializeOwned>(value: &A) -> B {
    let json = serde_json::to_vec(value).expect("graph-entity writes its values");
    serde_json::from_slice(&json).expect("the twin reads graph-entity's JSON")
}

impl From<&Event> for EventTwin {
    fn from(event: &Event) -> Self {
        via_json(event)
    }
}

impl From<&EventPatch> for EventTwinPatch {
    fn from(patch: &EventPatch) -> Self {
        via_json(patch)
    }
}

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
