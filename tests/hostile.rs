//! The hostile-input catalogue: inputs a server, a client, an attacker in the middle or a
//! corrupted cache could send. Each gives a value or a clear error; none panics, hangs or
//! allocates beyond the size of the input (error messages quote at most 64 characters of a value).

use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use std::fmt::Write as _;

const TYPE: &str = "microsoft.graph.office365ServicesUserCounts";
const RESPONSE: &str = include_str!("fixtures/seed-response.json");

fn entity_error(json: &str) -> String {
    serde_json::from_str::<Office365ServicesUserCounts>(json)
        .expect_err("input must be refused")
        .to_string()
}

fn patch_error(json: &str) -> String {
    serde_json::from_str::<Office365ServicesUserCountsPatch>(json)
        .expect_err("input must be refused")
        .to_string()
}

fn int64_error(found: &str, column: usize) -> String {
    format!(
        "invalid value for property `exchangeActive` of {TYPE}: expected an Edm.Int64 \
         (an integer, as a JSON number or a string), found {found} at line 1 column {column}"
    )
}

#[test]
fn deeply_nested_json_is_skipped_or_refused_without_recursing() {
    #[derive(Debug, graph_entity::GraphEntity)]
    #[graph(odata_type = "test.open")]
    struct Open {
        data: Option<serde_json::Value>,
    }
    let depth = 10_000;
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // An unknown property is skipped by serde_json's iterative skipper: memory grows with the
    // depth (one byte a level), the stack does not.
    let row: Office365ServicesUserCounts = serde_json::from_str(&format!(
        r#"{{"unknownProperty": {nested}, "exchangeActive": 1}}"#
    ))
    .expect("an unknown property is skipped whatever its depth");
    assert_eq!(row.exchange_active, Some(1));
    // A property's reader refuses the first `[` without descending.
    assert_eq!(
        entity_error(&format!(r#"{{"exchangeActive": {nested}}}"#)),
        int64_error("an array", 20)
    );
    assert_eq!(
        patch_error(&format!(r#"{{"reportPeriod": {nested}}}"#)),
        format!(
            "invalid value for property `reportPeriod` of {TYPE}: expected a string, found an \
             array at line 1 column 18"
        )
    );
    // A property of a type that does recurse (any JSON value) meets serde_json's limit of 128.
    assert_eq!(
        serde_json::from_str::<Open>(&format!(r#"{{"data": {nested}}}"#))
            .expect_err("too deep")
            .to_string(),
        "recursion limit exceeded at line 1 column 136"
    );
}

#[test]
fn huge_string_is_read_whole_but_quoted_short_in_errors() {
    let big = "x".repeat(100 * 1024 * 1024);
    let ok: Office365ServicesUserCounts =
        serde_json::from_str(&format!(r#"{{"reportPeriod": "{big}"}}"#))
            .expect("a long string is a string");
    assert_eq!(ok.report_period.as_ref().map(String::len), Some(big.len()));

    let json = format!(r#"{{"exchangeActive": "{big}"}}"#);
    let message = entity_error(&json);
    let quoted = format!("\"{}…\" (104857600 bytes)", "x".repeat(64));
    assert_eq!(message, int64_error(&quoted, big.len() + 21));

    let message = patch_error(&format!(r#"{{"{big}": 1}}"#));
    assert!(
        message.len() < 1_000,
        "error message of {} bytes",
        message.len()
    );
    assert!(message.starts_with(&format!(
        "unknown property \"{}…\" (104857600 bytes) in a patch of {TYPE}",
        "x".repeat(64)
    )));
}

#[test]
fn a_million_unknown_properties_are_skipped_by_the_entity_and_refused_by_the_patch() {
    let mut json = String::from("{");
    for i in 0..1_000_000 {
        write!(json, r#""p{i}":{i},"#).expect("writing to a String cannot fail");
    }
    json.push_str(r#""exchangeActive":7}"#);
    let row: Office365ServicesUserCounts =
        serde_json::from_str(&json).expect("unknown properties are ignored");
    assert_eq!(row.exchange_active, Some(7));
    assert!(
        patch_error(&json).starts_with(&format!("unknown property \"p0\" in a patch of {TYPE}: "))
    );
}

#[test]
fn hostile_numbers() {
    assert_eq!(
        entity_error(r#"{"exchangeActive": 1e400}"#),
        "number out of range at line 1 column 24"
    );
    let zero: Office365ServicesUserCounts =
        serde_json::from_str(r#"{"exchangeActive": -0}"#).expect("-0 is 0");
    assert_eq!(zero.exchange_active, Some(0));
    assert_eq!(
        entity_error(r#"{"exchangeActive": 9223372036854775808}"#),
        int64_error(
            "9223372036854775808 (out of range -9223372036854775808..=9223372036854775807)",
            38
        )
    );
    assert_eq!(
        entity_error(r#"{"exchangeActive": "0x10"}"#),
        int64_error("\"0x10\"", 25)
    );
    assert_eq!(
        entity_error(r#"{"exchangeActive": " 12"}"#),
        int64_error("\" 12\"", 24)
    );
    assert_eq!(
        entity_error(r#"{"exchangeActive": 123456789012345678901234567890}"#),
        int64_error("1.2345678901234568e29 (out of range)", 49)
    );
}

#[test]
fn lone_surrogates_and_invalid_utf8_are_refused() {
    assert_eq!(
        entity_error(r#"{"reportPeriod": "\ud800"}"#),
        "unexpected end of hex escape at line 1 column 25"
    );
    assert_eq!(
        patch_error(r#"{"reportPeriod": "\ud800\u0041"}"#),
        "lone leading surrogate in hex escape at line 1 column 30"
    );
    let mut bytes = br#"{"reportPeriod": "ab"}"#.to_vec();
    bytes[19] = 0xff;
    let error =
        serde_json::from_slice::<Office365ServicesUserCounts>(&bytes).expect_err("invalid UTF-8");
    assert_eq!(
        error.to_string(),
        "invalid unicode code point at line 1 column 20"
    );
}

#[test]
fn byte_order_mark_is_refused_as_json_forbids_it() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(br#"{"exchangeActive": 1}"#);
    let error = serde_json::from_slice::<Office365ServicesUserCounts>(&bytes).expect_err("BOM");
    assert_eq!(error.to_string(), "expected value at line 1 column 1");
}

#[test]
fn type_annotation_twice_of_another_type_or_case_is_refused() {
    assert_eq!(
        entity_error(&format!(
            r##"{{"@odata.type": "#{TYPE}", "@odata.type": "#{TYPE}"}}"##
        )),
        format!(
            "duplicate `@odata.type` in a {TYPE} object: the annotation may appear once at line 1 column 77"
        )
    );
    assert_eq!(
        patch_error(r##"{"@odata.type": "#microsoft.graph.user"}"##),
        format!(
            "wrong `@odata.type`: expected \"#{TYPE}\", found \"#microsoft.graph.user\" at line 1 column 39"
        )
    );
    assert_eq!(
        entity_error(r##"{"@odata.type": "#Microsoft.Graph.Office365ServicesUserCounts"}"##),
        format!(
            "wrong `@odata.type`: expected \"#{TYPE}\", found \"#Microsoft.Graph.Office365ServicesUserCounts\" \
             at line 1 column 62"
        )
    );
}

#[test]
fn patch_property_differing_only_in_case_is_refused_with_the_real_name() {
    assert_eq!(
        patch_error(r#"{"ExchangeActive": 1}"#),
        format!(
            "unknown property \"ExchangeActive\" in a patch of {TYPE}: did you mean `exchangeActive`? at line 1 column 17"
        )
    );
    // The entity ignores it (unknown properties are), so no value is mistaken for another.
    let row: Office365ServicesUserCounts =
        serde_json::from_str(r#"{"ExchangeActive": 1}"#).expect("ignored");
    assert_eq!(row.exchange_active, None);
}

#[test]
fn every_truncation_of_a_fixture_is_an_error() {
    let full = RESPONSE.replace("\"Date\"", "\"2017-09-01\"");
    let full = full.trim_end();
    serde_json::from_str::<Office365ServicesUserCounts>(full).expect("the whole fixture reads");
    let mut errors = 0;
    for end in (0..full.len()).filter(|&end| full.is_char_boundary(end)) {
        let prefix = &full[..end];
        assert!(
            serde_json::from_str::<Office365ServicesUserCounts>(prefix).is_err(),
            "{prefix:?}"
        );
        assert!(
            serde_json::from_slice::<Office365ServicesUserCountsPatch>(prefix.as_bytes()).is_err()
        );
        errors += 1;
    }
    assert_eq!(errors, full.len());
}
