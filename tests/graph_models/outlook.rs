//! The Outlook entities: `event` and `message` (open types) and `todoTask` (closed).

use super::*;

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
