//! The graph-entity side: `Event` and the complex and enum types it nests, as the derive
//! declares them.

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};

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
