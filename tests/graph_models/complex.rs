//! The complex types shared by the Outlook entities (`dateTimeTimeZone`, `itemBody`,
//! `recipient`, `location`, `patternedRecurrence`, ...).

use super::*;

// ---------------------------------------------------------------------------------------------
// Complex types shared by the Outlook entities
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    /// A local date and time (`2017-04-21T10:00:00.0000000`), not an `Edm.DateTimeOffset`:
    /// the zone is the sibling property.
    #[graph(default)]
    pub date_time: String,
    pub time_zone: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemBody")]
pub struct ItemBody {
    pub content_type: Option<BodyType>,
    pub content: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.emailAddress")]
pub struct EmailAddress {
    pub name: Option<String>,
    pub address: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recipient")]
pub struct Recipient {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.responseStatus")]
pub struct ResponseStatus {
    pub response: Option<ResponseType>,
    pub time: Option<DateTimeOffset>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.timeSlot")]
pub struct TimeSlot {
    #[graph(nested)]
    pub start: DateTimeTimeZone,
    #[graph(nested)]
    pub end: DateTimeTimeZone,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `attendee` derives from `attendeeBase`, which derives from `recipient`: the inherited
/// properties come first, as codegen copies them.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.attendee")]
pub struct Attendee {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
    #[graph(rename = "type")]
    pub attendee_type: Option<AttendeeType>,
    #[graph(nested)]
    pub proposed_new_time: Option<TimeSlot>,
    #[graph(nested)]
    pub status: Option<ResponseStatus>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.location")]
pub struct Location {
    pub display_name: Option<String>,
    pub location_email_address: Option<String>,
    pub location_type: Option<LocationType>,
    pub location_uri: Option<String>,
    pub unique_id: Option<String>,
    pub unique_id_type: Option<LocationUniqueIdType>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.onlineMeetingInfo")]
pub struct OnlineMeetingInfo {
    pub conference_id: Option<String>,
    pub join_url: Option<String>,
    pub quick_dial: Option<String>,
    pub toll_free_numbers: Option<Vec<String>>,
    pub toll_number: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recurrencePattern")]
pub struct RecurrencePattern {
    #[graph(rename = "type")]
    pub pattern_type: Option<RecurrencePatternType>,
    #[graph(default)]
    pub interval: i32,
    #[graph(default)]
    pub month: i32,
    #[graph(default)]
    pub day_of_month: i32,
    pub days_of_week: Option<Vec<DayOfWeek>>,
    pub first_day_of_week: Option<DayOfWeek>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recurrenceRange")]
pub struct RecurrenceRange {
    #[graph(rename = "type")]
    pub range_type: Option<RecurrenceRangeType>,
    pub start_date: Option<Date>,
    pub end_date: Option<Date>,
    pub recurrence_time_zone: Option<String>,
    #[graph(default)]
    pub number_of_occurrences: i32,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.patternedRecurrence")]
pub struct PatternedRecurrence {
    #[graph(nested)]
    pub pattern: Option<RecurrencePattern>,
    #[graph(nested)]
    pub range: Option<RecurrenceRange>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.followupFlag")]
pub struct FollowupFlag {
    pub flag_status: Option<FollowupFlagStatus>,
    #[graph(nested)]
    pub start_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub due_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub completed_date_time: Option<DateTimeTimeZone>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
