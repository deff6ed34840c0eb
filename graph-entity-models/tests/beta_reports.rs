//! The generated beta report rows (`graph_entity_models::beta_reports`) against the hand-written
//! model `graph_entity::models::Office365ServicesUserCounts` and against the Graph docs' example
//! responses of the 11 `getOffice365*` reports (`tests/fixtures/beta-reports/`, the `response` of
//! each beta `reportroot-getoffice365*.md` record of the docs corpus, pretty-printed).

use std::collections::BTreeSet;
use std::path::Path;

use graph_entity::{Entity, Page};
use graph_entity_models::beta_reports;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

type Generated = beta_reports::Office365ServicesUserCounts;
type HandWritten = graph_entity::models::Office365ServicesUserCounts;

/// A row with every property of `office365ServicesUserCounts` (the key `id` inherited from
/// `entity` included) set to a distinct non-null value.
fn full_row() -> Value {
    json!({
        "id": "row-1",
        "reportRefreshDate": "2017-09-01",
        "exchangeActive": 1,
        "exchangeInactive": 2,
        "oneDriveActive": 3,
        "oneDriveInactive": 4,
        "sharePointActive": 5,
        "sharePointInactive": 6,
        "skypeForBusinessActive": 7,
        "skypeForBusinessInactive": 8,
        "yammerActive": 9,
        "yammerInactive": 10,
        "teamsActive": 11,
        "teamsInactive": 12,
        "office365Active": 13,
        "office365Inactive": 14,
        "reportPeriod": "7"
    })
}

/// `row` as both models read and write it: the written JSON and the written text.
fn round_trips(row: &Value) -> ((Value, String), (Value, String)) {
    let generated: Generated = serde_json::from_value(row.clone()).expect("the generated reads");
    let hand: HandWritten = serde_json::from_value(row.clone()).expect("the hand-written reads");
    (
        (
            serde_json::to_value(&generated).expect("writes"),
            serde_json::to_string(&generated).expect("writes"),
        ),
        (
            serde_json::to_value(&hand).expect("writes"),
            serde_json::to_string(&hand).expect("writes"),
        ),
    )
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn generated_and_hand_written_read_and_write_the_same_json() {
    let row = full_row();
    let ((generated, generated_text), (hand, hand_text)) = round_trips(&row);
    // Both write every property as read, after `"@odata.type"`: the same JSON value.
    let mut expected = row.as_object().expect("an object").clone();
    expected.insert(
        "@odata.type".into(),
        "#microsoft.graph.office365ServicesUserCounts".into(),
    );
    assert_eq!(generated, Value::Object(expected));
    assert_eq!(generated, hand);
    // The texts differ in member order only: the generated struct declares the properties in
    // the CSDL's (alphabetical) order, the hand-written one in the CSV report's column order.
    assert!(generated_text.starts_with(
        r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","id":"row-1","exchangeActive":1,"##
    ));
    assert!(hand_text.starts_with(
        r##"{"@odata.type":"#microsoft.graph.office365ServicesUserCounts","id":"row-1","reportRefreshDate":"2017-09-01","##
    ));
    assert_eq!(generated_text.len(), hand_text.len());

    // Read back, each writes the same again.
    let again: Generated = serde_json::from_value(generated.clone()).expect("reads its own");
    assert_eq!(serde_json::to_value(&again).expect("writes"), generated);
    let again: HandWritten = serde_json::from_value(hand.clone()).expect("reads its own");
    assert_eq!(serde_json::to_value(&again).expect("writes"), hand);
}

#[test]
fn generated_and_hand_written_have_the_same_wire_names() {
    let ((generated, _), (hand, _)) = round_trips(&full_row());
    let mut expected = keys(&full_row());
    expected.insert("@odata.type".into());
    assert_eq!(keys(&generated), expected);
    assert_eq!(keys(&hand), expected);
    // A default (all `None`) value: the hand-written model writes every property as `null`;
    // the generated one is `omit_none` and writes only `@odata.type` (a create body).
    let generated = serde_json::to_value(Generated::default()).expect("writes");
    let hand = serde_json::to_value(HandWritten::default()).expect("writes");
    assert_eq!(keys(&generated), BTreeSet::from(["@odata.type".to_owned()]));
    assert_eq!(keys(&hand), expected);
    assert_eq!(Generated::ODATA_TYPE, HandWritten::ODATA_TYPE);
}

/// The one principled difference: the generated struct has an `additional_data` field (every
/// generated type keeps the members it does not declare and writes them back, so nothing a newer
/// beta adds is lost); the hand-written one has none and, as the wire rules say for an entity,
/// ignores unknown members.
#[test]
fn only_the_generated_model_keeps_unknown_members() {
    let mut row = full_row();
    row["copilotActive"] = json!(15);
    row["copilotActive@odata.type"] = json!("#Int64");
    let ((generated, _), (hand, _)) = round_trips(&row);
    assert_eq!(generated["copilotActive"], json!(15));
    assert_eq!(generated["copilotActive@odata.type"], json!("#Int64"));
    let mut generated = generated.as_object().expect("an object").clone();
    generated.remove("copilotActive");
    generated.remove("copilotActive@odata.type");
    assert_eq!(Value::Object(generated), hand);
    let read: Generated = serde_json::from_value(row).expect("reads");
    assert_eq!(read.additional_data.len(), 2);
}

/// Where `written` loses or changes something of `original`: every member of `original` but
/// `@odata.type` must be in `written` with an equal value (numbers compared as `f64`). Members
/// only `written` has must be `@odata.type` or `null` (a property the row left out): nothing is
/// invented either.
fn lost(original: &Value, written: &Value, at: &str, out: &mut Vec<String>) {
    match (original, written) {
        (Value::Object(original), Value::Object(written)) => {
            for (name, value) in original {
                if name == "@odata.type" {
                    continue;
                }
                match written.get(name) {
                    Some(w) => lost(value, w, &format!("{at}/{name}"), out),
                    // `omit_none`: a `null` read is a `None`, which is not written.
                    None if value.is_null() => {}
                    None => out.push(format!("{at}/{name}: missing")),
                }
            }
            for (name, value) in written {
                if !original.contains_key(name) && name != "@odata.type" && !value.is_null() {
                    out.push(format!("{at}/{name}: {value} written, not read"));
                }
            }
        }
        (Value::Array(original), Value::Array(written)) => {
            if original.len() != written.len() {
                out.push(format!(
                    "{at}: {} items read, {} written",
                    original.len(),
                    written.len()
                ));
            }
            for (i, (o, w)) in original.iter().zip(written).enumerate() {
                lost(o, w, &format!("{at}/{i}"), out);
            }
        }
        (Value::Number(o), Value::Number(w)) => {
            if o.as_f64() != w.as_f64() {
                out.push(format!("{at}: {o} read, {w} written"));
            }
        }
        (o, w) => {
            if o != w {
                out.push(format!("{at}: {o} read, {w} written"));
            }
        }
    }
}

/// Reads `tests/fixtures/beta-reports/{stem}.json` as a `Page<T>`, writes it back and returns
/// what was lost (empty: nothing) and the number of rows.
fn page<T: Entity + Serialize + DeserializeOwned>(stem: &str) -> (Vec<String>, usize) {
    // The page is named after the type: `reportroot-getoffice365activationcounts` serves
    // `microsoft.graph.office365ActivationCounts`.
    let name = T::ODATA_TYPE
        .strip_prefix("microsoft.graph.")
        .expect("a microsoft.graph type");
    assert_eq!(stem, format!("reportroot-get{}", name.to_lowercase()));
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/beta-reports")
        .join(format!("{stem}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let original: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    let page: Page<T> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{stem} does not read: {e}"));
    let written = serde_json::to_value(&page).expect("writes");
    let mut out = Vec::new();
    lost(&original, &written, stem, &mut out);
    (out, page.value.len())
}

/// Checks one page: [`page`] for one type.
type Check = fn(&str) -> (Vec<String>, usize);

/// Every docs example of the 11 `getOffice365*` beta reports (JSON form) reads as a page of its
/// generated type and writes back with nothing lost.
#[test]
fn docs_report_pages_read_and_write_back_whole() {
    let pages: [(&str, Check); 11] = [
        (
            "reportroot-getoffice365activationcounts",
            page::<beta_reports::Office365ActivationCounts>,
        ),
        (
            "reportroot-getoffice365activationsusercounts",
            page::<beta_reports::Office365ActivationsUserCounts>,
        ),
        (
            "reportroot-getoffice365activationsuserdetail",
            page::<beta_reports::Office365ActivationsUserDetail>,
        ),
        (
            "reportroot-getoffice365activeusercounts",
            page::<beta_reports::Office365ActiveUserCounts>,
        ),
        (
            "reportroot-getoffice365activeuserdetail",
            page::<beta_reports::Office365ActiveUserDetail>,
        ),
        (
            "reportroot-getoffice365groupsactivitycounts",
            page::<beta_reports::Office365GroupsActivityCounts>,
        ),
        (
            "reportroot-getoffice365groupsactivitydetail",
            page::<beta_reports::Office365GroupsActivityDetail>,
        ),
        (
            "reportroot-getoffice365groupsactivityfilecounts",
            page::<beta_reports::Office365GroupsActivityFileCounts>,
        ),
        (
            "reportroot-getoffice365groupsactivitygroupcounts",
            page::<beta_reports::Office365GroupsActivityGroupCounts>,
        ),
        (
            "reportroot-getoffice365groupsactivitystorage",
            page::<beta_reports::Office365GroupsActivityStorage>,
        ),
        (
            "reportroot-getoffice365servicesusercounts",
            page::<beta_reports::Office365ServicesUserCounts>,
        ),
    ];
    // The table covers the fixture directory exactly.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/beta-reports");
    let on_disk: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("the fixture directory")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let listed: BTreeSet<String> = pages.iter().map(|(s, _)| format!("{s}.json")).collect();
    assert_eq!(on_disk, listed);

    let mut failures = Vec::new();
    for (stem, check) in pages {
        let (lost, rows) = check(stem);
        assert!(rows > 0, "{stem}: the page has no rows");
        failures.extend(lost);
    }
    assert!(failures.is_empty(), "lost in the round trip: {failures:#?}");
}
