//! Planner: `plannerTask` (closed) and its open complex types `plannerAssignments` and
//! `plannerAppliedCategories`.

use super::*;

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
