//! DESIGN.md "Primitive types": the `edm` types on values taken from Graph's API reference
//! (`graph/docs-examples.jsonl`), written back byte for byte, and the full error for what they
//! refuse, alone and inside an entity.

use core::fmt::Debug;

use core::cmp::Ordering;

use graph_entity::GraphEntity;
use graph_entity::edm::{Binary, DateTimeOffset, Decimal, Duration, Guid, TimeOfDay};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Reads each JSON text as a `T` and checks that writing it gives the same text.
fn assert_round_trips<T: DeserializeOwned + Serialize + Debug>(jsons: &[&str]) {
    for json in jsons {
        let value: T = serde_json::from_str(json).unwrap_or_else(|err| panic!("{json}: {err}"));
        let written = serde_json::to_string(&value).unwrap_or_else(|err| panic!("{json}: {err}"));
        assert_eq!(&written, json, "read as {value:?}");
    }
}

/// The error `json` gives when read as a `T`; panics (showing what was read) if it reads.
fn read_error<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("expected an error for {json}, read {value:?}"),
        Err(err) => err.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Every form the API reference uses is written back unchanged

#[test]
fn graph_date_times_round_trip_byte_for_byte() {
    assert_round_trips::<DateTimeOffset>(&[
        r#""2019-01-27T18:19:50.74Z""#,
        r#""2019-04-02T03:41:29Z""#,
        r#""2017-01-01T00:02:43.5775965-08:00""#,
        r#""2016-12-31T23:56:44.951111-08:00""#,
        r#""2018-05-06T12:00:00.0000000+00:00""#,
        r#""2017-09-04T18:57:41.1234567Z""#,
    ]);
}

#[test]
fn graph_durations_round_trip_byte_for_byte() {
    assert_round_trips::<Duration>(&[
        r#""PT3M29.6631862S""#,
        r#""-PT17.1357909S""#,
        r#""PT30M""#,
        r#""P1D""#,
        r#""P365D""#,
        r#""PT0S""#,
        r#""PT60M""#,
        r#""PT1H45M""#,
        r#""P4DT12H30M5S""#,
        r#""PT2M43.444327S""#,
    ]);
}

#[test]
fn graph_times_of_day_round_trip_byte_for_byte() {
    assert_round_trips::<TimeOfDay>(&[r#""08:00:00.0000000""#, r#""11:59:10.9990000""#]);
}

#[test]
fn graph_guids_round_trip_byte_for_byte_in_either_case() {
    assert_round_trips::<Guid>(&[
        r#""b33cbe9f-8ebe-4f2a-912b-7e2a427f477f""#,
        r#""5280E7FE-DC7A-4486-9490-E790D81DFEB3""#,
        r#""3162F1E1-C4C0-604B-51D8-91DA78989EB1""#,
    ]);
}

#[test]
fn graph_binaries_round_trip_byte_for_byte() {
    // fileAttachment.contentBytes and message.conversationIndex.
    assert_round_trips::<Binary>(&[
        r#""UEsDBBQABgAIAAAAIQ4AAAAA""#,
        r#""AQHW5C+U7qGSnzigx0abpkGxIfvawQ==""#,
    ]);
}

#[test]
fn graph_decimals_round_trip_byte_for_byte() {
    assert_round_trips::<Decimal>(&["1000.8", "-2000", "10", r#""12.50""#]);
}

// ---------------------------------------------------------------------------------------------
// Inside an entity: values kept, errors prefixed with the property and the type

/// A cut of `microsoft.graph.iosManagedAppProtection`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.iosManagedAppProtection")]
struct IosManagedAppProtection {
    #[graph(key)]
    id: Guid,
    created_date_time: Option<DateTimeOffset>,
    last_modified_date_time: Option<DateTimeOffset>,
    period_offline_before_access_check: Option<Duration>,
    period_online_before_access_check: Option<Duration>,
    period_offline_before_wipe_is_enforced: Option<Duration>,
    period_before_pin_reset: Option<Duration>,
}

/// A cut of `microsoft.graph.fileAttachment`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.fileAttachment")]
struct FileAttachment {
    #[graph(key)]
    id: String,
    last_modified_date_time: Option<DateTimeOffset>,
    content_bytes: Option<Binary>,
}

/// From the `iosManagedAppProtection` update page's response.
const PROTECTION: &str = r##"{"@odata.type":"#microsoft.graph.iosManagedAppProtection","id":"5bc789cb-89cb-5bc7-cb89-c75bcb89c75b","createdDateTime":"2017-01-01T00:02:43.5775965-08:00","lastModifiedDateTime":"2017-01-01T00:00:35.1329464-08:00","periodOfflineBeforeAccessCheck":"-PT17.1357909S","periodOnlineBeforeAccessCheck":"PT35.0018757S","periodOfflineBeforeWipeIsEnforced":"-PT3M22.1587532S","periodBeforePinReset":"PT3M29.6631862S"}"##;

#[test]
fn entity_writes_back_graph_values_byte_for_byte() {
    let protection: IosManagedAppProtection =
        serde_json::from_str(PROTECTION).expect("valid payload");
    assert_eq!(
        protection
            .period_offline_before_access_check
            .as_ref()
            .map(Duration::total_nanos),
        Some(-17_135_790_900)
    );
    assert_eq!(
        serde_json::to_string(&protection).expect("writes"),
        PROTECTION
    );
}

#[test]
fn entity_reports_a_bad_date_time_with_property_form_and_value() {
    let json = r#"{
        "id": "5bc789cb-89cb-5bc7-cb89-c75bcb89c75b",
        "createdDateTime": "datetime-value"
    }"#;
    assert_eq!(
        read_error::<IosManagedAppProtection>(json),
        "invalid value for property `createdDateTime` of microsoft.graph.iosManagedAppProtection: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"datetime-value\" at line 3 column 43"
    );
}

#[test]
fn entity_reports_an_out_of_range_date_time_with_the_reason() {
    let json = r#"{"id": "5bc789cb-89cb-5bc7-cb89-c75bcb89c75b",
                   "createdDateTime": "2017-02-29T00:02:43Z"}"#;
    assert_eq!(
        read_error::<IosManagedAppProtection>(json),
        "invalid value for property `createdDateTime` of microsoft.graph.iosManagedAppProtection: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"2017-02-29T00:02:43Z\" (2017-02 has no day 29) at line 2 column 60"
    );
}

#[test]
fn entity_reports_a_number_where_a_date_time_belongs() {
    let json = r#"{"id": "5bc789cb-89cb-5bc7-cb89-c75bcb89c75b", "createdDateTime": 5}"#;
    assert_eq!(
        read_error::<IosManagedAppProtection>(json),
        "invalid value for property `createdDateTime` of microsoft.graph.iosManagedAppProtection: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), found 5 \
         at line 1 column 67"
    );
}

#[test]
fn entity_reports_a_duration_in_words_with_the_form() {
    let json =
        r#"{"id": "5bc789cb-89cb-5bc7-cb89-c75bcb89c75b", "periodBeforePinReset": "1 hour"}"#;
    assert_eq!(
        read_error::<IosManagedAppProtection>(json),
        "invalid value for property `periodBeforePinReset` of \
         microsoft.graph.iosManagedAppProtection: expected an Edm.Duration ([-]PnDTnHnMn.nS, \
         e.g. PT1H30M), found \"1 hour\" at line 1 column 79"
    );
}

#[test]
fn entity_reports_a_bad_guid_key() {
    let json = r#"{"id": "5bc789cb-89cb-5bc7-cb89"}"#;
    assert_eq!(
        read_error::<IosManagedAppProtection>(json),
        "invalid value for property `id` of microsoft.graph.iosManagedAppProtection: expected an \
         Edm.Guid (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), found \"5bc789cb-89cb-5bc7-cb89\" \
         at line 1 column 32"
    );
}

#[test]
fn entity_reports_bad_base64_with_the_reason() {
    let json = r#"{"id": "AAMkAGUzY5QKjAAABEgAQAMkpJI_X-LBFgvrv1PlZYd8=",
                   "contentBytes": "UEsDBBQABgAI AAAAIQ4AAAAA"}"#;
    assert_eq!(
        read_error::<FileAttachment>(json),
        "invalid value for property `contentBytes` of microsoft.graph.fileAttachment: expected \
         an Edm.Binary (base64 or base64url), found \"UEsDBBQABgAI AAAAIQ4AAAAA\" (whitespace ' ' \
         at offset 12: line breaks and spaces are not allowed) at line 2 column 62"
    );
}

#[test]
fn truncated_base64_from_the_docs_is_refused_with_the_reason() {
    // The API reference cuts this PDF's contentBytes mid-group; the last char then carries bits
    // that no byte uses.
    let json = r#""JVBERi0xLjUNCiW1tbW1DQoxIDAgb2JqDQo8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFIvTGFuZyhlbi1JTikgL1N0cnVjdFRyZWVSb29""#;
    assert_eq!(
        read_error::<Binary>(json),
        "expected an Edm.Binary (base64 or base64url), found \"JVBERi0xLjUNCiW1tbW1DQoxIDAgb2Jq\
         DQo8PC9UeXBlL0NhdGFsb2cvUGFnZXMg…\" (107 bytes) (the last character's \
         unused bits are not zero) at line 1 column 109"
    );
}

#[test]
fn entity_writes_a_base64url_value_as_padded_standard_base64() {
    let json = r#"{"id": "a", "contentBytes": "-_8"}"#;
    let attachment: FileAttachment = serde_json::from_str(json).expect("base64url reads");
    assert_eq!(
        serde_json::to_string(&attachment).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.fileAttachment","id":"a","lastModifiedDateTime":null,"contentBytes":"+/8="}"##
    );
}

// ---------------------------------------------------------------------------------------------
// Properties: near-valid text either reads and is written back unchanged, or is refused

fn config() -> Config {
    Config {
        cases: 512,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..Config::default()
    }
}

/// `digits` as a number (0 when absent), for checking the parsers against an independent reading.
fn number(digits: Option<&str>) -> i128 {
    digits.map_or(0, |d| d.parse().unwrap_or(0))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn date_time_text_that_reads_is_written_back_unchanged(
        text in "-?[0-9]{4,5}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,13})?)?(Z|[+-][0-9]{2}:[0-9]{2})"
    ) {
        if let Ok(value) = text.parse::<DateTimeOffset>() {
            prop_assert_eq!(value.to_string(), text);
            prop_assert!(value.hour() < 24 && value.minute() < 60 && value.second() < 60);
        }
    }

    #[test]
    fn instant_cmp_agrees_with_unix_seconds(
        a in "20[0-9]{2}-0[1-9]-1[0-9]T[01][0-9]:[0-5][0-9]:[0-5][0-9](Z|[+-]0[0-9]:[0-5][0-9])",
        b in "20[0-9]{2}-0[1-9]-1[0-9]T[01][0-9]:[0-5][0-9]:[0-5][0-9](Z|[+-]0[0-9]:[0-5][0-9])",
    ) {
        let (a, b) = (a.parse::<DateTimeOffset>(), b.parse::<DateTimeOffset>());
        let (Ok(a), Ok(b)) = (a, b) else {
            return Err(TestCaseError::fail("every generated value is valid"));
        };
        prop_assert_eq!(a.instant_cmp(&b), a.unix_seconds().cmp(&b.unix_seconds()));
        prop_assert_eq!(a.instant_cmp(&a), Ordering::Equal);
    }

    #[test]
    fn from_unix_seconds_inverts_unix_seconds(
        seconds in -67_767_976_233_532_800_i64..67_767_976_233_532_800,
        nanos in 0..1_000_000_000_u32,
    ) {
        let value = DateTimeOffset::from_unix_seconds(seconds, nanos)
            .ok_or_else(|| TestCaseError::fail("i32 years cover this range"))?;
        prop_assert_eq!((value.unix_seconds(), value.nanosecond()), (seconds, nanos));
        prop_assert_eq!(value.to_string().parse::<DateTimeOffset>(), Ok(value));
    }

    #[test]
    fn duration_text_that_reads_is_written_back_with_its_components(
        sign in "[-+]?",
        days in proptest::option::of("[0-9]{1,4}"),
        hours in proptest::option::of("[0-9]{1,3}"),
        minutes in proptest::option::of("[0-9]{1,3}"),
        seconds in proptest::option::of("[0-9]{1,3}(\\.[0-9]{1,12})?"),
    ) {
        let days_part = days.as_ref().map(|d| format!("{d}D")).unwrap_or_default();
        let time = [(&hours, "H"), (&minutes, "M"), (&seconds, "S")]
            .iter()
            .filter_map(|(part, unit)| part.as_ref().map(|p| format!("{p}{unit}")))
            .collect::<String>();
        let time = if time.is_empty() { time } else { format!("T{time}") };
        let text = format!("{sign}P{days_part}{time}");
        match text.parse::<Duration>() {
            Ok(value) => {
                prop_assert_eq!(value.to_string(), text.clone());
                let seconds = seconds.as_deref().unwrap_or("0");
                let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
                let nanos = number(Some(&format!("{fraction:0<9}")[..9]));
                let minutes_total = (number(days.as_deref()) * 24 + number(hours.as_deref())) * 60
                    + number(minutes.as_deref());
                let total = (minutes_total * 60 + number(Some(whole))) * 1_000_000_000 + nanos;
                prop_assert_eq!(value.total_nanos(), if sign == "-" { -total } else { total });
            }
            // Only a duration without any component is refused.
            Err(_) => prop_assert!(days.is_none() && time.is_empty(), "{} refused", text),
        }
    }

    #[test]
    fn guid_text_that_reads_is_written_back_unchanged(
        text in "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    ) {
        let guid: Guid = text.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(guid.to_string(), text.clone());
        prop_assert_eq!(Guid::from_u128(guid.to_u128()).to_string(), text.to_lowercase());
    }

    #[test]
    fn binary_reads_what_it_writes_in_every_accepted_form(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        let binary = Binary::from(bytes.clone());
        let text = binary.to_string();
        prop_assert_eq!(text.parse::<Binary>().map(Binary::into_vec), Ok(bytes.clone()));
        let url = text.trim_end_matches('=').replace('+', "-").replace('/', "_");
        prop_assert_eq!(url.parse::<Binary>().map(Binary::into_vec), Ok(bytes));
    }

    #[test]
    fn binary_text_that_reads_is_canonical_when_padded_standard(text in "[A-Za-z0-9+/]{0,12}={0,2}") {
        if let Ok(binary) = text.parse::<Binary>() {
            if text.len() % 4 == 0 {
                prop_assert_eq!(binary.to_string(), text);
            }
        }
    }

    #[test]
    fn decimal_strings_that_read_are_kept_exactly(text in "[-+]?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?") {
        let json = format!("\"{text}\"");
        let decimal: Decimal = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(serde_json::to_string(&decimal).ok(), Some(json));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
        // Reading is total: every input gives a value or an error.
        let _ = text.parse::<DateTimeOffset>();
        let _ = text.parse::<TimeOfDay>();
        let _ = text.parse::<Duration>();
        let _ = text.parse::<Guid>();
        let _ = text.parse::<Binary>();
        let _ = text.parse::<Decimal>();
    }
}
