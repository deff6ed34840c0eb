//! `microsoft.graph.office365ServicesUserCounts` (shipped by graph-entity), its twins and samples.

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use serde::{Deserialize, Serialize};

use crate::double_option;

/// The limit: `Office365ServicesUserCounts` with serde's derive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, struct_patch::Patch)]
#[serde(rename_all = "camelCase")]
#[patch(
    name = "Office365StructPatch",
    attribute(derive(Debug, Clone, PartialEq))
)]
pub struct Office365Twin {
    #[patch(skip)]
    pub id: Option<String>,
    pub report_refresh_date: Option<Date>,
    pub exchange_active: Option<i64>,
    pub exchange_inactive: Option<i64>,
    pub one_drive_active: Option<i64>,
    pub one_drive_inactive: Option<i64>,
    pub share_point_active: Option<i64>,
    pub share_point_inactive: Option<i64>,
    pub skype_for_business_active: Option<i64>,
    pub skype_for_business_inactive: Option<i64>,
    pub yammer_active: Option<i64>,
    pub yammer_inactive: Option<i64>,
    pub teams_active: Option<i64>,
    pub teams_inactive: Option<i64>,
    pub office365_active: Option<i64>,
    pub office365_inactive: Option<i64>,
    pub report_period: Option<String>,
}

/// The limit's patch: every property nullable, so every field is a double option.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Office365TwinPatch {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub report_refresh_date: Option<Option<Date>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub exchange_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub exchange_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub one_drive_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub one_drive_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub share_point_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub share_point_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub skype_for_business_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub skype_for_business_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub yammer_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub yammer_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub teams_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub teams_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub office365_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub office365_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub report_period: Option<Option<String>>,
}

/// Diagnostic only: the limit's patch plus a leading `@odata.type` member, to show what that
/// member alone costs (it is not a baseline).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Office365TwinPatchTyped {
    #[serde(rename = "@odata.type", serialize_with = "odata_type")]
    pub odata_type: (),
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub report_refresh_date: Option<Option<Date>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub exchange_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub exchange_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub one_drive_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub one_drive_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub share_point_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub share_point_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub skype_for_business_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub skype_for_business_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub yammer_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub yammer_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub teams_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub teams_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub office365_active: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub office365_inactive: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "double_option"
    )]
    pub report_period: Option<Option<String>>,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "the signature `serialize_with` requires"
)]
fn odata_type<S: serde::Serializer>(_: &(), serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str("#microsoft.graph.office365ServicesUserCounts")
}

/// Calls `$m!` with the patchable fields, so the conversions below name each once.
macro_rules! patchable {
    ($m:ident) => {
        $m!(
            report_refresh_date,
            exchange_active,
            exchange_inactive,
            one_drive_active,
            one_drive_inactive,
            share_point_active,
            share_point_inactive,
            skype_for_business_active,
            skype_for_business_inactive,
            yammer_active,
            yammer_inactive,
            teams_active,
            teams_inactive,
            office365_active,
            office365_inactive,
            report_period
        )
    };
}

impl From<&Office365ServicesUserCounts> for Office365Twin {
    fn from(e: &Office365ServicesUserCounts) -> Self {
        macro_rules! convert {
            ($($f:ident),*) => { Office365Twin { id: e.id.clone(), $($f: e.$f.clone()),* } };
        }
        patchable!(convert)
    }
}

impl From<&Office365ServicesUserCountsPatch> for Office365TwinPatch {
    fn from(p: &Office365ServicesUserCountsPatch) -> Self {
        macro_rules! convert {
            ($($f:ident),*) => { Office365TwinPatch { $($f: p.$f.clone()),* } };
        }
        patchable!(convert)
    }
}

impl From<&Office365ServicesUserCountsPatch> for Office365TwinPatchTyped {
    fn from(p: &Office365ServicesUserCountsPatch) -> Self {
        macro_rules! convert {
            ($($f:ident),*) => { Office365TwinPatchTyped { odata_type: (), $($f: p.$f.clone()),* } };
        }
        patchable!(convert)
    }
}

impl From<&Office365ServicesUserCountsPatch> for Office365StructPatch {
    fn from(p: &Office365ServicesUserCountsPatch) -> Self {
        macro_rules! convert {
            ($($f:ident),*) => { Office365StructPatch { $($f: p.$f.clone()),* } };
        }
        patchable!(convert)
    }
}

/// A date of the samples (constants, all valid: `expect` never fires).
fn date(year: i32, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("a valid date")
}

/// The row of Graph's "Update office365ServicesUserCounts" example response, with a real date.
pub fn sample() -> Office365ServicesUserCounts {
    Office365ServicesUserCounts {
        id: Some("618f6b62-6b62-618f-626b-8f61626b8f61".to_owned()),
        report_refresh_date: Some(date(2017, 9, 1)),
        exchange_active: Some(14),
        exchange_inactive: Some(0),
        one_drive_active: Some(14),
        one_drive_inactive: Some(0),
        share_point_active: Some(0),
        share_point_inactive: Some(2),
        skype_for_business_active: Some(6),
        skype_for_business_inactive: Some(8),
        yammer_active: Some(12),
        yammer_inactive: Some(14),
        teams_active: Some(11),
        teams_inactive: Some(13),
        office365_active: Some(15),
        office365_inactive: Some(1),
        report_period: Some("7".to_owned()),
    }
}

/// The next refresh of the same row: every patchable property differs from [`sample`]
/// (`teams_inactive` cleared to `null`).
pub fn updated() -> Office365ServicesUserCounts {
    Office365ServicesUserCounts {
        id: Some("618f6b62-6b62-618f-626b-8f61626b8f61".to_owned()),
        report_refresh_date: Some(date(2017, 9, 8)),
        exchange_active: Some(2591),
        exchange_inactive: Some(1101),
        one_drive_active: Some(40),
        one_drive_inactive: Some(3),
        share_point_active: Some(7),
        share_point_inactive: Some(1),
        skype_for_business_active: Some(9),
        skype_for_business_inactive: Some(5),
        yammer_active: Some(13),
        yammer_inactive: Some(15),
        teams_active: Some(17),
        teams_inactive: None,
        office365_active: Some(3000),
        office365_inactive: Some(2),
        report_period: Some("30".to_owned()),
    }
}

/// A sparse patch: a new refresh date, a count, and `reportPeriod` cleared.
pub fn sparse() -> Office365ServicesUserCountsPatch {
    Office365ServicesUserCountsPatch {
        report_refresh_date: Some(Some(date(2017, 9, 8))),
        exchange_active: Some(Some(2591)),
        report_period: Some(None),
        ..Default::default()
    }
}
