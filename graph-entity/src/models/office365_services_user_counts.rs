use crate::GraphEntity;
use crate::edm::Date;

/// Counts of active and inactive users per Office 365 service
/// (`microsoft.graph.office365ServicesUserCounts`).
///
/// One row of the report `reportRoot.getOffice365ServicesUserCounts(period)`: for each service,
/// how many licensed users were active (did something in the service) during the report period,
/// and how many were not. Every property is nullable in Graph's CSDL; `id` is the key inherited
/// from `microsoft.graph.entity` (the beta report rows carry none).
///
/// ```
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let row: Office365ServicesUserCounts = serde_json::from_str(
///     r#"{"reportRefreshDate": "2017-09-01", "exchangeActive": 2591, "reportPeriod": "7"}"#,
/// )?;
/// assert_eq!(row.exchange_active, Some(2591));
/// assert_eq!(row.teams_active, None);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.office365ServicesUserCounts")]
pub struct Office365ServicesUserCounts {
    /// The entity's unique identifier (the key; not patchable).
    #[graph(key)]
    pub id: Option<String>,
    /// The date on which the report data was last refreshed.
    pub report_refresh_date: Option<Date>,
    /// Users active in Exchange during the period.
    pub exchange_active: Option<i64>,
    /// Users inactive in Exchange during the period.
    pub exchange_inactive: Option<i64>,
    /// Users active in OneDrive during the period.
    pub one_drive_active: Option<i64>,
    /// Users inactive in OneDrive during the period.
    pub one_drive_inactive: Option<i64>,
    /// Users active in SharePoint during the period.
    pub share_point_active: Option<i64>,
    /// Users inactive in SharePoint during the period.
    pub share_point_inactive: Option<i64>,
    /// Users active in Skype for Business during the period.
    pub skype_for_business_active: Option<i64>,
    /// Users inactive in Skype for Business during the period.
    pub skype_for_business_inactive: Option<i64>,
    /// Users active in Yammer during the period.
    pub yammer_active: Option<i64>,
    /// Users inactive in Yammer during the period.
    pub yammer_inactive: Option<i64>,
    /// Users active in Microsoft Teams during the period.
    pub teams_active: Option<i64>,
    /// Users inactive in Microsoft Teams during the period.
    pub teams_inactive: Option<i64>,
    /// Users active in at least one Office 365 service during the period.
    pub office365_active: Option<i64>,
    /// Users active in no Office 365 service during the period.
    pub office365_inactive: Option<i64>,
    /// The number of days the report covers (`"7"`, `"30"`, `"90"`, `"180"`).
    pub report_period: Option<String>,
}
