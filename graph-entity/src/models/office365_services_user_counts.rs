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
///
/// The beta endpoint returns the rows as a JSON collection, read with
/// [`Page`](crate::Page); v1.0 returns a CSV file, whose column titles (`Report Refresh Date`,
/// `Exchange Active`, ...) each field carries, read with [`csv::read`](crate::csv::read).
/// The service operated in China omits the Yammer and Teams columns, which then read as
/// `None`. The report has no `id` column; `id` keeps its wire name as its title.
///
/// ```
/// # #[cfg(feature = "csv")] {
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let report = "\u{feff}Report Refresh Date,Exchange Active,Exchange Inactive,OneDrive Active,\
///               OneDrive Inactive,SharePoint Active,SharePoint Inactive,Skype For Business Active,\
///               Skype For Business Inactive,Office 365 Active,Office 365 Inactive,Report Period\n\
///               2017-09-01,2591,1426,1800,2451,2286,1815,2463,1947,2791,503,7\n";
/// let rows: Vec<Office365ServicesUserCounts> =
///     graph_entity::csv::read(report.as_bytes()).collect::<Result<_, _>>()?;
/// assert_eq!(rows[0].report_refresh_date, Some("2017-09-01".parse()?));
/// assert_eq!(rows[0].office365_inactive, Some(503));
/// assert_eq!(rows[0].yammer_active, None); // no Yammer columns in this report
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.office365ServicesUserCounts")]
pub struct Office365ServicesUserCounts {
    /// The entity's unique identifier (the key; not patchable). The CSV reports have no
    /// column for it.
    #[graph(key, csv_skip)]
    pub id: Option<String>,
    /// The date on which the report data was last refreshed.
    #[graph(csv = "Report Refresh Date")]
    pub report_refresh_date: Option<Date>,
    /// Users active in Exchange during the period.
    #[graph(csv = "Exchange Active")]
    pub exchange_active: Option<i64>,
    /// Users inactive in Exchange during the period.
    #[graph(csv = "Exchange Inactive")]
    pub exchange_inactive: Option<i64>,
    /// Users active in OneDrive during the period.
    #[graph(csv = "OneDrive Active")]
    pub one_drive_active: Option<i64>,
    /// Users inactive in OneDrive during the period.
    #[graph(csv = "OneDrive Inactive")]
    pub one_drive_inactive: Option<i64>,
    /// Users active in SharePoint during the period.
    #[graph(csv = "SharePoint Active")]
    pub share_point_active: Option<i64>,
    /// Users inactive in SharePoint during the period.
    #[graph(csv = "SharePoint Inactive")]
    pub share_point_inactive: Option<i64>,
    /// Users active in Skype for Business during the period.
    #[graph(csv = "Skype For Business Active")]
    pub skype_for_business_active: Option<i64>,
    /// Users inactive in Skype for Business during the period.
    #[graph(csv = "Skype For Business Inactive")]
    pub skype_for_business_inactive: Option<i64>,
    /// Users active in Yammer during the period.
    #[graph(csv = "Yammer Active")]
    pub yammer_active: Option<i64>,
    /// Users inactive in Yammer during the period.
    #[graph(csv = "Yammer Inactive")]
    pub yammer_inactive: Option<i64>,
    /// Users active in Microsoft Teams during the period.
    #[graph(csv = "Teams Active")]
    pub teams_active: Option<i64>,
    /// Users inactive in Microsoft Teams during the period.
    #[graph(csv = "Teams Inactive")]
    pub teams_inactive: Option<i64>,
    /// Users active in at least one Office 365 service during the period.
    #[graph(csv = "Office 365 Active")]
    pub office365_active: Option<i64>,
    /// Users active in no Office 365 service during the period.
    #[graph(csv = "Office 365 Inactive")]
    pub office365_inactive: Option<i64>,
    /// The number of days the report covers (`"7"`, `"30"`, `"90"`, `"180"`).
    #[graph(csv = "Report Period")]
    pub report_period: Option<String>,
}
