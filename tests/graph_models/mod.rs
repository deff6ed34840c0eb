//! Hand-written models of the Graph v1.0 types that `tests/fixtures/graph/` exercises: what
//! the payloads use plus a few neighbours, each property typed as the CSDL
//! (`clean_v10_metadata/cleanMetadata.xml`) declares it. Every struct keeps the members it does
//! not declare in `additional_data`, so a model that is smaller than Graph loses nothing.
//!
//! Choices a reader should know:
//! - Open types follow the CSDL (`OpenType="true"`): `event`, `message`, `driveItem`, `user`,
//!   `identitySet`, `identity`, `plannerAssignments`, `plannerAppliedCategories`. `plannerTask`
//!   and `todoTask` are closed there, so their patches refuse unknown properties.
//! - No enum here has `unknownFutureValue` in this CSDL, so none is forward compatible by
//!   default; `freeBusyStatus` gets an `other` variant to show the mechanism.
//! - `read_only` marks what the Graph reference calls read-only (`createdDateTime`, `changeKey`,
//!   `bodyPreview`, `folder.childCount`, ...): the CSDL carries no such annotation.
//! - Properties the CSDL declares non-nullable but payloads omit under `$select`
//!   (`todoTask.status`, `recurrencePattern.interval`, ...) are non-`Option` with `default`.

// Each test crate that includes this module uses a different part of it.
#![allow(dead_code)]
// Field names are Graph's property names (`location.locationType`, `user.userPrincipalName`,
// `hashes.sha1Hash`, ...); renaming them to please the lint would hide the wire names.
#![allow(clippy::struct_field_names)]

use graph_entity::edm::{Binary, Date, DateTimeOffset};
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};

// ---------------------------------------------------------------------------------------------
// Enum types
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
pub enum Importance {
    Low,
    #[graph(default)]
    Normal,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.sensitivity")]
pub enum Sensitivity {
    Normal,
    Personal,
    Private,
    Confidential,
}

/// Forward compatible: a status this build does not know is kept and written back.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.bodyType")]
pub enum BodyType {
    Text,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.attendeeType")]
pub enum AttendeeType {
    Required,
    Optional,
    Resource,
}

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.locationUniqueIdType")]
pub enum LocationUniqueIdType {
    Unknown,
    LocationStore,
    Directory,
    Private,
    Bing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.onlineMeetingProviderType")]
pub enum OnlineMeetingProviderType {
    Unknown,
    SkypeForBusiness,
    SkypeForConsumer,
    TeamsForBusiness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.eventType")]
pub enum EventType {
    SingleInstance,
    Occurrence,
    Exception,
    SeriesMaster,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.recurrencePatternType")]
pub enum RecurrencePatternType {
    Daily,
    Weekly,
    AbsoluteMonthly,
    RelativeMonthly,
    AbsoluteYearly,
    RelativeYearly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.recurrenceRangeType")]
pub enum RecurrenceRangeType {
    EndDate,
    NoEnd,
    Numbered,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.dayOfWeek")]
pub enum DayOfWeek {
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.followupFlagStatus")]
pub enum FollowupFlagStatus {
    NotFlagged,
    Complete,
    Flagged,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.inferenceClassificationType")]
pub enum InferenceClassificationType {
    Focused,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.taskStatus")]
pub enum TaskStatus {
    #[graph(default)]
    NotStarted,
    InProgress,
    Completed,
    WaitingOnOthers,
    Deferred,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.plannerPreviewType")]
pub enum PlannerPreviewType {
    Automatic,
    NoPreview,
    Checklist,
    Description,
    Reference,
}

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

// ---------------------------------------------------------------------------------------------
// Outlook entities
// ---------------------------------------------------------------------------------------------

/// `microsoft.graph.event` (open type), with the properties of `outlookItem` and `entity`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", open_type)]
pub struct Event {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub change_key: Option<String>,
    pub categories: Option<Vec<String>>,
    pub subject: Option<String>,
    #[graph(read_only)]
    pub body_preview: Option<String>,
    #[graph(nested)]
    pub body: Option<ItemBody>,
    #[graph(nested)]
    pub start: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub end: Option<DateTimeTimeZone>,
    pub original_start_time_zone: Option<String>,
    pub original_end_time_zone: Option<String>,
    #[graph(nested)]
    pub location: Option<Location>,
    #[graph(nested)]
    pub locations: Option<Vec<Location>>,
    #[graph(nested)]
    pub attendees: Option<Vec<Attendee>>,
    #[graph(nested)]
    pub organizer: Option<Recipient>,
    pub hide_attendees: Option<bool>,
    pub importance: Option<Importance>,
    pub sensitivity: Option<Sensitivity>,
    pub show_as: Option<FreeBusyStatus>,
    pub is_all_day: Option<bool>,
    pub is_reminder_on: Option<bool>,
    pub reminder_minutes_before_start: Option<i32>,
    pub is_online_meeting: Option<bool>,
    pub online_meeting_provider: Option<OnlineMeetingProviderType>,
    #[graph(nested)]
    pub online_meeting: Option<OnlineMeetingInfo>,
    #[graph(nested)]
    pub response_status: Option<ResponseStatus>,
    #[graph(nested)]
    pub recurrence: Option<PatternedRecurrence>,
    #[graph(rename = "type", read_only)]
    pub event_type: Option<EventType>,
    #[graph(read_only)]
    pub web_link: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `microsoft.graph.message` (open type).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.message", open_type)]
pub struct Message {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub change_key: Option<String>,
    pub categories: Option<Vec<String>>,
    pub received_date_time: Option<DateTimeOffset>,
    pub sent_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub has_attachments: Option<bool>,
    pub internet_message_id: Option<String>,
    pub subject: Option<String>,
    #[graph(read_only)]
    pub body_preview: Option<String>,
    pub importance: Option<Importance>,
    #[graph(read_only)]
    pub parent_folder_id: Option<String>,
    #[graph(read_only)]
    pub conversation_id: Option<String>,
    /// `Edm.Binary`: base64 on the wire.
    #[graph(read_only)]
    pub conversation_index: Option<Binary>,
    pub is_delivery_receipt_requested: Option<bool>,
    pub is_read_receipt_requested: Option<bool>,
    pub is_read: Option<bool>,
    #[graph(read_only)]
    pub is_draft: Option<bool>,
    #[graph(read_only)]
    pub web_link: Option<String>,
    pub inference_classification: Option<InferenceClassificationType>,
    #[graph(nested)]
    pub body: Option<ItemBody>,
    #[graph(nested)]
    pub unique_body: Option<ItemBody>,
    #[graph(nested)]
    pub sender: Option<Recipient>,
    #[graph(nested)]
    pub from: Option<Recipient>,
    #[graph(nested)]
    pub to_recipients: Option<Vec<Recipient>>,
    #[graph(nested)]
    pub cc_recipients: Option<Vec<Recipient>>,
    #[graph(nested)]
    pub bcc_recipients: Option<Vec<Recipient>>,
    #[graph(nested)]
    pub reply_to: Option<Vec<Recipient>>,
    #[graph(nested)]
    pub flag: Option<FollowupFlag>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `microsoft.graph.todoTask` (closed).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTask")]
pub struct TodoTask {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(default)]
    pub importance: Importance,
    #[graph(default)]
    pub is_reminder_on: bool,
    #[graph(default)]
    pub status: TaskStatus,
    pub title: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub body_last_modified_date_time: Option<DateTimeOffset>,
    pub categories: Option<Vec<String>>,
    #[graph(read_only)]
    pub has_attachments: Option<bool>,
    #[graph(nested)]
    pub body: Option<ItemBody>,
    #[graph(nested)]
    pub due_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub start_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub reminder_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub completed_date_time: Option<DateTimeTimeZone>,
    #[graph(nested)]
    pub recurrence: Option<PatternedRecurrence>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// Identities, Planner
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity", open_type)]
pub struct Identity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identitySet", open_type)]
pub struct IdentitySet {
    #[graph(nested)]
    pub application: Option<Identity>,
    #[graph(nested)]
    pub device: Option<Identity>,
    #[graph(nested)]
    pub user: Option<Identity>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// One value of [`PlannerAssignments`]: what a dynamic property holds, read on demand.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.plannerAssignment")]
pub struct PlannerAssignment {
    #[graph(nested)]
    pub assigned_by: Option<IdentitySet>,
    pub assigned_date_time: Option<DateTimeOffset>,
    pub order_hint: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An open complex type without declared properties: each member is a user id whose value is
/// a `plannerAssignment` (with its `@odata.type`, which Planner requires in a PATCH).
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.plannerAssignments", open_type)]
pub struct PlannerAssignments {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An open complex type: `category1` ... `category25` set to `true` or `false`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.plannerAppliedCategories", open_type)]
pub struct PlannerAppliedCategories {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `microsoft.graph.plannerTask` (closed; its `assignments` and `appliedCategories` are open).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.plannerTask")]
pub struct PlannerTask {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(nested, read_only)]
    pub created_by: Option<IdentitySet>,
    pub plan_id: Option<String>,
    pub bucket_id: Option<String>,
    #[graph(default)]
    pub title: String,
    pub order_hint: Option<String>,
    pub assignee_priority: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(nested)]
    pub assignments: Option<PlannerAssignments>,
    #[graph(nested)]
    pub applied_categories: Option<PlannerAppliedCategories>,
    pub priority: Option<i32>,
    pub percent_complete: Option<i32>,
    pub start_date_time: Option<DateTimeOffset>,
    pub due_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub completed_date_time: Option<DateTimeOffset>,
    #[graph(read_only)]
    pub has_description: Option<bool>,
    pub preview_type: Option<PlannerPreviewType>,
    pub conversation_thread_id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.hashes")]
pub struct Hashes {
    pub crc32_hash: Option<String>,
    pub quick_xor_hash: Option<String>,
    pub sha1_hash: Option<String>,
    pub sha256_hash: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.file")]
pub struct File {
    pub mime_type: Option<String>,
    #[graph(nested, read_only)]
    pub hashes: Option<Hashes>,
    pub processing_metadata: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.folder")]
pub struct Folder {
    /// Counted by the service.
    #[graph(read_only)]
    pub child_count: Option<i32>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A facet without properties: its presence (`"root": {}`) is the information.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.root")]
pub struct Root {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemReference")]
pub struct ItemReference {
    pub drive_id: Option<String>,
    pub drive_type: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub share_id: Option<String>,
    pub site_id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `microsoft.graph.driveItem` (open type), with the properties of `baseItem`. Its `eTag` is a
/// property of the type, not the `@odata.etag` annotation.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.driveItem", open_type)]
pub struct DriveItem {
    #[graph(key)]
    pub id: String,
    #[graph(nested, read_only)]
    pub created_by: Option<IdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(rename = "cTag", read_only)]
    pub c_tag: Option<String>,
    #[graph(rename = "eTag", read_only)]
    pub e_tag: Option<String>,
    pub description: Option<String>,
    #[graph(nested)]
    pub file: Option<File>,
    #[graph(nested)]
    pub folder: Option<Folder>,
    #[graph(nested, read_only)]
    pub last_modified_by: Option<IdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    pub name: Option<String>,
    #[graph(nested)]
    pub parent_reference: Option<ItemReference>,
    #[graph(nested, read_only)]
    pub root: Option<Root>,
    #[graph(read_only)]
    pub size: Option<i64>,
    #[graph(read_only)]
    pub web_url: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// Directory
// ---------------------------------------------------------------------------------------------

/// `microsoft.graph.user` (open type: schema extensions such as `ext55gb1l09_msLearnCourses`
/// are dynamic properties). The key is an `Option`: a `$select` response may leave it out.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", open_type)]
pub struct User {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub deleted_date_time: Option<DateTimeOffset>,
    pub account_enabled: Option<bool>,
    pub business_phones: Option<Vec<String>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_location: Option<String>,
    pub preferred_language: Option<String>,
    pub surname: Option<String>,
    pub user_principal_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
