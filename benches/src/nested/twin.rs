//! The serde twin (the limit): `EventTwin`, its patch `EventTwinPatch`, the `#[serde(flatten)]`
//! variant `EventTwinFlatten`, the top-level `"@odata.type"` it writes and checks itself, and the
//! `From` impls that build it from graph-entity's JSON.

use core::fmt;

use graph_entity::edm::DateTimeOffset;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::entity::{Event, EventPatch};
use crate::double_option;

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
