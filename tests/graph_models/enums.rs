//! The enum types of the models (`importance`, `freeBusyStatus` with an `other` variant, ...).

use super::*;

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
