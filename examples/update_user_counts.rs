//! A walk through Microsoft Graph's page "Update office365ServicesUserCounts" with graph-entity.
//!
//! Run it with `cargo run --example update_user_counts`. Every step prints what it does and
//! what came out, so the output reads as a tutorial.

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, Patch};

/// The page's example response, as printed there (its `reportRefreshDate` is the placeholder
/// `"Date"`; step 3 fills in a real date, step 6 shows what the placeholder itself does).
const PAGE_RESPONSE: &str = include_str!("../tests/fixtures/seed-response.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let refreshed: Date = "2017-09-01".parse()?;

    heading("1. Build the patch of the page's example request");
    println!("A patch has one Option per property that can change; None means \"not sent\".");
    println!("`id` is the key, so the patch type has no `id` field at all.\n");
    let patch = Office365ServicesUserCountsPatch {
        report_refresh_date: Some(Some(refreshed)),
        exchange_active: Some(Some(14)),
        exchange_inactive: Some(Some(0)),
        one_drive_active: Some(Some(14)),
        one_drive_inactive: Some(Some(0)),
        share_point_active: Some(Some(0)),
        share_point_inactive: Some(Some(2)),
        skype_for_business_active: Some(Some(6)),
        skype_for_business_inactive: Some(Some(8)),
        yammer_active: Some(Some(12)),
        yammer_inactive: Some(Some(14)),
        teams_active: Some(Some(11)),
        teams_inactive: Some(Some(13)),
        office365_active: Some(Some(15)),
        office365_inactive: Some(Some(1)),
        report_period: Some(Some("Report Period value".to_owned())),
    };
    println!(
        "properties in the patch: {}",
        patch.changed_properties().collect::<Vec<_>>().join(", ")
    );

    heading("2. The PATCH request, as the page shows it");
    let body = serde_json::to_string_pretty(&patch)?;
    println!("The page gives no entity URI for this type, so the URL's path is a placeholder.\n");
    println!("PATCH https://graph.microsoft.com/beta/{{entity-uri}}");
    println!("Authorization: Bearer {{token}}");
    println!("Content-type: application/json");
    println!("Content-length: {}", body.len());
    println!();
    println!("{body}");

    heading("3. Read the page's example response into the entity");
    let response_json = PAGE_RESPONSE.replace("\"Date\"", &format!("\"{refreshed}\""));
    let response: Office365ServicesUserCounts = serde_json::from_str(&response_json)?;
    println!("id                  = {:?}", response.id);
    println!("report_refresh_date = {:?}", response.report_refresh_date);
    println!("exchange_active     = {:?}", response.exchange_active);
    println!("report_period       = {:?}", response.report_period);
    println!("(`\"@odata.type\"` was checked: a payload of another type is an error.)");

    heading("4. Apply the patch to an older copy: it agrees with the service's answer");
    let mut older = Office365ServicesUserCounts {
        id: response.id.clone(),
        report_refresh_date: Some(Date::new(2017, 8, 25)?),
        exchange_active: Some(9),
        teams_active: Some(3),
        report_period: Some("7".to_owned()),
        ..Office365ServicesUserCounts::default()
    };
    println!(
        "older copy:  exchange_active = {:?}, teams_active = {:?}",
        older.exchange_active, older.teams_active
    );
    older.apply(patch.clone());
    println!(
        "after apply: exchange_active = {:?}, teams_active = {:?}",
        older.exchange_active, older.teams_active
    );
    println!("older.apply(patch) == response: {}", older == response);
    if older != response {
        return Err("applying the page's request did not give the page's response".into());
    }

    heading("5. diff: the minimal patch between two versions");
    let mut next_week = response.clone();
    next_week.report_refresh_date = Some(Date::new(2017, 9, 8)?);
    next_week.exchange_active = Some(16);
    next_week.yammer_inactive = None;
    let change = response.diff(&next_week);
    println!(
        "changed properties: {}",
        change.changed_properties().collect::<Vec<_>>().join(", ")
    );
    println!("PATCH body (a cleared property is sent as null):");
    println!("{}", serde_json::to_string_pretty(&change)?);
    let mut check = response.clone();
    check.apply(change);
    println!("response.apply(diff) == next_week: {}", check == next_week);

    heading("6. The page's literal placeholder `\"reportRefreshDate\": \"Date\"`");
    println!(
        "The page prints \"Date\" where a date belongs. Reading it as-is fails, and says why:\n"
    );
    match serde_json::from_str::<Office365ServicesUserCounts>(PAGE_RESPONSE) {
        Ok(_) => return Err("the placeholder \"Date\" was accepted as a date".into()),
        Err(error) => println!("error: {error}"),
    }
    Ok(())
}

fn heading(title: &str) {
    println!("\n=== {title} ===\n");
}
