//! Enum type values through `graph_entity::Enum` and the helpers `#[derive(GraphEnum)]` calls
//! (`serialize_enum`, `deserialize_enum`; formerly `tests/enum_values.rs`), with hand-written
//! `Enum` impls: a closed enum, where
//! an unknown member is an error naming the type and the closest member, and one with an
//! `Other(String)` variant, which keeps an unknown member and writes it back verbatim. Members
//! are matched exactly first, then ignoring ASCII case, before `other`.

use super::{deserialize_enum, serialize_enum};
use crate::wire::Property;
use crate::{Enum, GraphEntity, GraphEnum};
use serde::de::DeserializeSeed;

/// `microsoft.graph.importance`, closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Importance {
    Low,
    Normal,
    High,
    UnknownFutureValue,
}

impl Enum for Importance {
    const ODATA_TYPE: &'static str = "microsoft.graph.importance";
    const MEMBERS: &'static [&'static str] = &["low", "normal", "high", "unknownFutureValue"];

    fn from_member(member: &str) -> Option<Self> {
        Some(match member {
            "low" => Importance::Low,
            "normal" => Importance::Normal,
            "high" => Importance::High,
            "unknownFutureValue" => Importance::UnknownFutureValue,
            _ => return None,
        })
    }

    fn member(&self) -> &str {
        Self::MEMBERS[*self as usize]
    }

    fn index(&self) -> Option<usize> {
        Some(*self as usize)
    }
}

/// `microsoft.graph.freeBusyStatus`, keeping unknown members.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FreeBusyStatus {
    Free,
    Busy,
    Other(String),
}

impl Enum for FreeBusyStatus {
    const ODATA_TYPE: &'static str = "microsoft.graph.freeBusyStatus";
    const MEMBERS: &'static [&'static str] = &["free", "busy"];

    fn from_member(member: &str) -> Option<Self> {
        Some(match member {
            "free" => FreeBusyStatus::Free,
            "busy" => FreeBusyStatus::Busy,
            other => FreeBusyStatus::Other(other.to_owned()),
        })
    }

    fn member(&self) -> &str {
        match self {
            FreeBusyStatus::Free => "free",
            FreeBusyStatus::Busy => "busy",
            FreeBusyStatus::Other(member) => member,
        }
    }

    fn index(&self) -> Option<usize> {
        match self {
            FreeBusyStatus::Free => Some(0),
            FreeBusyStatus::Busy => Some(1),
            FreeBusyStatus::Other(_) => None,
        }
    }
}

/// What the derive generates for both.
macro_rules! serde_through_enum {
    ($($ty:ty)*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize_enum(self, s)
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize_enum(d)
            }
        }
    )*};
}

serde_through_enum! { Importance FreeBusyStatus }

fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

fn write<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("writes")
}

#[test]
fn member_is_read_and_written_as_its_wire_name() {
    assert_eq!(read::<Importance>(r#""high""#), Ok(Importance::High));
    assert_eq!(
        read::<Importance>(r#""unknownFutureValue""#),
        Ok(Importance::UnknownFutureValue)
    );
    assert_eq!(
        serde_json::to_string(&[Importance::Low, Importance::UnknownFutureValue]).expect("writes"),
        r#"["low","unknownFutureValue"]"#
    );
}

#[test]
fn unknown_member_suggests_the_closest_known_one() {
    assert_eq!(
        read::<Importance>(r#""hihg""#),
        Err(
            "unknown member \"hihg\" of microsoft.graph.importance: did you mean `high`? \
             at line 1 column 6"
                .to_owned()
        )
    );
    // A difference in case is no longer an error (see `member_case_is_ignored_...`); a typo
    // in another case still suggests the schema's spelling, with case not counted in the
    // distance (`"HIHG"` is one transposition from `high`, not four letters off).
    assert_eq!(
        read::<Importance>(r#""HIHG""#),
        Err(
            "unknown member \"HIHG\" of microsoft.graph.importance: did you mean `high`? \
             at line 1 column 6"
                .to_owned()
        )
    );
    assert_eq!(
        read::<Importance>(r#""UnknownFutureValeu""#),
        Err(
            "unknown member \"UnknownFutureValeu\" of microsoft.graph.importance: did you mean \
             `unknownFutureValue`? at line 1 column 20"
                .to_owned()
        )
    );
}

#[test]
fn member_case_is_ignored_when_no_member_matches_exactly() {
    for json in [r#""high""#, r#""High""#, r#""HIGH""#, r#""hIgH""#] {
        assert_eq!(read::<Importance>(json), Ok(Importance::High), "{json}");
    }
    assert_eq!(
        read::<Importance>(r#""UNKNOWNFUTUREVALUE""#),
        Ok(Importance::UnknownFutureValue)
    );
    for json in [r#""busy""#, r#""Busy""#, r#""BUSY""#] {
        assert_eq!(
            read::<FreeBusyStatus>(json),
            Ok(FreeBusyStatus::Busy),
            "{json}"
        );
    }
}

#[test]
fn member_read_in_another_case_is_written_as_the_schema_spells_it() {
    let importance: Importance = read(r#""HIGH""#).expect("reads");
    assert_eq!(write(&importance), r#""high""#);
    let status: FreeBusyStatus = read(r#""Free""#).expect("reads");
    assert_eq!(status.index(), Some(0));
    assert_eq!(write(&status), r#""free""#);
    assert_eq!(
        read::<Importance>(r#""UnknownFutureValue""#).map(|i| write(&i)),
        Ok(r#""unknownFutureValue""#.to_owned())
    );
}

#[test]
fn only_ascii_case_is_ignored() {
    // `ſ` (long s) and the Kelvin sign fold to `s` and `k` in Unicode, not in ASCII.
    assert_eq!(
        read::<FreeBusyStatus>(r#""BUſY""#),
        Ok(FreeBusyStatus::Other("BUſY".to_owned()))
    );
    assert!(read::<Importance>(r#""HIGH ""#).is_err());
    assert!(read::<Importance>(r#""HIG""#).is_err());
}

/// A schema may declare members that differ only in case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sensitivity {
    Normal,
    NormalUpper,
    Private,
    PrivateUpper,
}

impl Enum for Sensitivity {
    const ODATA_TYPE: &'static str = "test.sensitivity";
    const MEMBERS: &'static [&'static str] = &["normal", "NORMAL", "Private", "private"];

    fn from_member(member: &str) -> Option<Self> {
        Some(match member {
            "normal" => Sensitivity::Normal,
            "NORMAL" => Sensitivity::NormalUpper,
            "Private" => Sensitivity::Private,
            "private" => Sensitivity::PrivateUpper,
            _ => return None,
        })
    }

    fn member(&self) -> &str {
        Self::MEMBERS[*self as usize]
    }

    fn index(&self) -> Option<usize> {
        Some(*self as usize)
    }
}

serde_through_enum! { Sensitivity }

#[test]
fn exact_match_decides_between_members_that_differ_only_in_case() {
    for (json, member) in [
        (r#""normal""#, Sensitivity::Normal),
        (r#""NORMAL""#, Sensitivity::NormalUpper),
        (r#""Private""#, Sensitivity::Private),
        (r#""private""#, Sensitivity::PrivateUpper),
    ] {
        assert_eq!(read::<Sensitivity>(json), Ok(member), "{json}");
        assert_eq!(write(&member), json);
    }
}

#[test]
fn ambiguous_case_insensitive_match_is_the_first_declared_member() {
    assert_eq!(read::<Sensitivity>(r#""Normal""#), Ok(Sensitivity::Normal));
    assert_eq!(read::<Sensitivity>(r#""nORMAL""#), Ok(Sensitivity::Normal));
    assert_eq!(
        read::<Sensitivity>(r#""PRIVATE""#),
        Ok(Sensitivity::Private)
    );
    assert_eq!(
        read::<Sensitivity>(r#""pRIVATE""#),
        Ok(Sensitivity::Private)
    );
}

#[test]
fn unknown_member_far_from_all_lists_the_members() {
    assert_eq!(
        read::<Importance>(r#""urgent""#),
        Err(
            "unknown member \"urgent\" of microsoft.graph.importance: expected one of `low`, \
             `normal`, `high`, `unknownFutureValue` at line 1 column 8"
                .to_owned()
        )
    );
}

#[test]
fn unknown_member_is_quoted_bounded() {
    let long = "x".repeat(100);
    assert_eq!(
        read::<Importance>(&format!("\"{long}\"")),
        Err(format!(
            "unknown member \"{}…\" (100 bytes) of microsoft.graph.importance: expected one of \
             `low`, `normal`, `high`, `unknownFutureValue` at line 1 column 102",
            "x".repeat(64)
        ))
    );
}

#[test]
fn non_string_is_an_error_naming_the_enum_type() {
    for (json, found, column) in [
        ("5", "5", 1),
        ("-1", "-1", 2),
        ("1.5", "1.5", 3),
        ("true", "true", 4),
        ("null", "null", 4),
        ("[]", "an array", 2),
        ("{}", "an object", 2),
    ] {
        assert_eq!(
            read::<Importance>(json),
            Err(format!(
                "expected a member of microsoft.graph.importance (a string), found {found} \
                 at line 1 column {column}"
            )),
            "{json}"
        );
    }
}

#[test]
fn other_variant_keeps_an_unknown_member_and_writes_it_back() {
    let status: FreeBusyStatus = read(r#""workingElsewhere""#).expect("kept");
    assert_eq!(status, FreeBusyStatus::Other("workingElsewhere".to_owned()));
    assert_eq!(status.index(), None);
    assert_eq!(
        serde_json::to_string(&status).expect("writes"),
        r#""workingElsewhere""#
    );
    assert_eq!(
        read::<FreeBusyStatus>(r#""busy""#),
        Ok(FreeBusyStatus::Busy)
    );
}

#[test]
fn other_variant_keeps_a_member_unknown_in_any_case_verbatim() {
    for member in ["WorkingElsewhere", "FREEISH", "busy2"] {
        let status: FreeBusyStatus = read(&format!("\"{member}\"")).expect("kept");
        assert_eq!(status, FreeBusyStatus::Other(member.to_owned()));
        assert_eq!(status.index(), None);
        assert_eq!(write(&status), format!("\"{member}\""));
    }
}

#[test]
fn inside_a_property_errors_name_the_property_and_the_type() {
    let read_property = |json: &str| {
        let mut de = serde_json::Deserializer::from_str(json);
        Property::<Option<Importance>>::new("microsoft.graph.event", "importance")
            .deserialize(&mut de)
            .map_err(|e| e.to_string())
    };
    assert_eq!(read_property(r#""low""#), Ok(Some(Importance::Low)));
    assert_eq!(read_property("null"), Ok(None));
    assert_eq!(
        read_property(r#""urgent""#),
        Err(
            "invalid value for property `importance` of microsoft.graph.event: unknown member \
             \"urgent\" of microsoft.graph.importance: expected one of `low`, `normal`, `high`, \
             `unknownFutureValue` at line 1 column 8"
                .to_owned()
        )
    );
    assert_eq!(
        read_property("5"),
        Err(
            "invalid value for property `importance` of microsoft.graph.event: expected a \
             member of microsoft.graph.importance (a string), found 5 at line 1 column 1"
                .to_owned()
        )
    );
}

/// A test-local entity with enum type properties.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event")]
pub struct Event {
    pub importance: Option<Importance>,
    pub show_as: Option<FreeBusyStatus>,
}

#[test]
fn entity_property_of_an_enum_type_round_trips() {
    let json =
        r##"{"@odata.type":"#microsoft.graph.event","importance":"high","showAs":"oofish"}"##;
    let event: Event = read(json).expect("reads");
    assert_eq!(event.importance, Some(Importance::High));
    assert_eq!(
        event.show_as,
        Some(FreeBusyStatus::Other("oofish".to_owned()))
    );
    assert_eq!(serde_json::to_string(&event).expect("writes"), json);
    assert_eq!(
        read::<Event>(r#"{"importance":"hi"}"#),
        Err(
            "invalid value for property `importance` of microsoft.graph.event: unknown member \
             \"hi\" of microsoft.graph.importance: expected one of `low`, `normal`, `high`, \
             `unknownFutureValue` at line 1 column 18"
                .to_owned()
        )
    );
}

#[test]
fn entity_property_reads_a_member_in_another_case() {
    let event: Event = read(r#"{"importance":"High","showAs":"BUSY"}"#).expect("reads");
    assert_eq!(event.importance, Some(Importance::High));
    assert_eq!(event.show_as, Some(FreeBusyStatus::Busy));
    assert_eq!(
        write(&event),
        r##"{"@odata.type":"#microsoft.graph.event","importance":"high","showAs":"busy"}"##
    );
    assert_eq!(
        read::<Event>(r#"{"importance":"HIHG"}"#),
        Err(
            "invalid value for property `importance` of microsoft.graph.event: unknown member \
             \"HIHG\" of microsoft.graph.importance: did you mean `high`? at line 1 column 20"
                .to_owned()
        )
    );
}

/// Through the derive, with two members that differ only in case and an `other` variant.
#[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]
#[graph(odata_type = "test.bodyType")]
pub enum BodyType {
    Text,
    Html,
    #[graph(rename = "HTML")]
    HtmlUpper,
    #[graph(other)]
    Other(String),
}

#[test]
fn derived_enum_matches_exactly_then_ignoring_case_then_keeps_the_rest() {
    for (json, member, written) in [
        (r#""text""#, BodyType::Text, r#""text""#),
        (r#""TEXT""#, BodyType::Text, r#""text""#),
        (r#""html""#, BodyType::Html, r#""html""#),
        (r#""HTML""#, BodyType::HtmlUpper, r#""HTML""#),
        (r#""Html""#, BodyType::Html, r#""html""#),
        (
            r#""Markdown""#,
            BodyType::Other("Markdown".to_owned()),
            r#""Markdown""#,
        ),
    ] {
        let read_back: BodyType = read(json).expect("reads");
        assert_eq!(read_back, member, "{json}");
        assert_eq!(write(&read_back), written, "{json}");
    }
    // `from_member` itself stays exact: the fallback is the reader's.
    assert_eq!(
        BodyType::from_member("Html"),
        Some(BodyType::Other("Html".to_owned()))
    );
}

/// A report row: CSV cells reach the same reader.
#[cfg(feature = "csv")]
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.report")]
pub struct ReportRow {
    #[graph(csv = "Importance")]
    pub importance: Option<Importance>,
    #[graph(csv = "Show As")]
    pub show_as: Option<FreeBusyStatus>,
}

#[cfg(feature = "csv")]
#[test]
fn csv_cells_read_members_in_another_case_too() {
    let report = "Importance,Show As\nHigh,BUSY\nhigh,Busyish\nHIHG,\n";
    let rows: Vec<Result<ReportRow, String>> = crate::csv::read(report.as_bytes())
        .map(|row| row.map_err(|e| e.to_string()))
        .collect();
    assert_eq!(
        rows,
        [
            Ok(ReportRow {
                importance: Some(Importance::High),
                show_as: Some(FreeBusyStatus::Busy),
            }),
            Ok(ReportRow {
                importance: Some(Importance::High),
                show_as: Some(FreeBusyStatus::Other("Busyish".to_owned())),
            }),
            Err(
                "row 3 (line 4), column \"Importance\": invalid value for property `importance` \
                 of test.report: unknown member \"HIHG\" of microsoft.graph.importance: did you \
                 mean `high`?"
                    .to_owned()
            ),
        ]
    );
}
