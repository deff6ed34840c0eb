use graph_entity::models::*;
use graph_entity::{Entity, Patch};
fn main() {
    let s = std::fs::read_to_string("tests/fixtures/seed-response.json")
        .unwrap()
        .replace("\"Date\"", "\"2017-09-01\"");
    let e: Office365ServicesUserCounts = serde_json::from_str(&s).unwrap();
    println!("{e:?}");
    println!("{}", serde_json::to_string_pretty(&e).unwrap());
    let p = Office365ServicesUserCounts::default().diff(&e);
    println!("{}", serde_json::to_string_pretty(&p).unwrap());
    println!("{:?}", p.changed_properties().collect::<Vec<_>>());
    let bad = std::fs::read_to_string("tests/fixtures/seed-response.json").unwrap();
    println!(
        "{}",
        serde_json::from_str::<Office365ServicesUserCounts>(&bad).unwrap_err()
    );
    for j in [
        r#"{"exchangeActive": "12"}"#,
        r#"{"exchangeActive": " 12"}"#,
        r#"{"exchangeActive": true}"#,
        r#"{"exchangeActive": 1.5}"#,
        r#"{"exchangeActive": 9223372036854775808}"#,
        r#"{"exchangeActive": 1e400}"#,
        r#"{"exchangeActive": -0}"#,
        r#"{"reportPeriod": 5}"#,
        r##"{"@odata.type": "#microsoft.graph.user"}"##,
        r#"{"exchangeActiv": 1}"#,
        r#"{"id": "x"}"#,
        r#"{"exchangeActive": 1, "exchangeActive": 2}"#,
        r#"{"exchangeActive": null}"#,
    ] {
        println!(
            "entity {j}: {:?}",
            serde_json::from_str::<Office365ServicesUserCounts>(j).map(|e| e.exchange_active)
        );
        println!(
            "patch  {j}: {:?}",
            serde_json::from_str::<Office365ServicesUserCountsPatch>(j).map(|e| e.exchange_active)
        );
    }
}
