use super::Duration;

fn parse(s: &str) -> Duration {
    s.parse().expect(s)
}

fn parse_error(s: &str) -> String {
    s.parse::<Duration>().expect_err(s).to_string()
}

fn json_error(json: &str) -> String {
    serde_json::from_str::<Duration>(json)
        .expect_err(json)
        .to_string()
}

#[test]
fn writes_back_every_form_graph_sends() {
    let forms = "PT3M29.6631862S PT30M P1D P365D PT0S PT60M PT2H PT1H45M P4DT12H30M5S \
                 -PT17.1357909S -PT3M22.1587532S PT05M +P1D p1dt2h pt1.0000000000001s";
    for s in forms.split(' ') {
        let json = format!("\"{s}\"");
        let value: Duration = serde_json::from_str(&json).expect(s);
        assert_eq!(serde_json::to_string(&value).expect(s), json);
        assert_eq!(value.as_str(), s);
        assert_eq!(Duration::try_from(s), Ok(value));
    }
}

#[test]
fn exposes_components_and_total() {
    let value = parse("-P4DT12H30M5.123456789999S");
    assert!(value.is_negative());
    assert_eq!(
        (
            value.days(),
            value.hours(),
            value.minutes(),
            value.seconds()
        ),
        (4, 12, 30, 5)
    );
    assert_eq!(value.subsec_nanos(), 123_456_789);
    assert_eq!(
        value.total_nanos(),
        -(390_605 * 1_000_000_000 + 123_456_789)
    );
    assert_eq!(parse("PT36H").total_nanos(), 36 * 3_600_000_000_000);
}

#[test]
fn equality_compares_text_and_total_nanos_compares_length() {
    assert_ne!(parse("PT60M"), parse("PT1H"));
    assert_eq!(parse("PT60M").total_nanos(), parse("PT1H").total_nanos());
}

#[test]
fn builds_the_canonical_seconds_form() {
    let text = |nanos| Duration::from_nanos(nanos).map(|d| d.to_string());
    assert_eq!(text(0).as_deref(), Some("PT0S"));
    assert_eq!(text(-1).as_deref(), Some("-PT0.000000001S"));
    assert_eq!(text(5_400_000_000_000).as_deref(), Some("PT5400S"));
    assert_eq!(text(i128::MAX), None);
    let std = core::time::Duration::new(u64::MAX, 999_999_999);
    assert_eq!(
        Duration::from(std).to_string(),
        "PT18446744073709551615.999999999S"
    );
}

#[test]
fn converts_to_std_duration_when_positive_and_in_range() {
    let std = core::time::Duration::try_from(parse("P1DT0.5S"));
    assert_eq!(std, Ok(core::time::Duration::new(86_400, 500_000_000)));
    let negative = core::time::Duration::try_from(parse("-PT1S")).map_err(|e| e.to_string());
    assert_eq!(
        negative,
        Err("negative duration where only positive ones fit".to_owned())
    );
    let long = core::time::Duration::try_from(parse("P18446744073709551615D"));
    assert_eq!(
        long.map_err(|e| e.to_string()),
        Err("duration out of the target type's range".to_owned())
    );
}

#[test]
fn rejects_anything_not_shaped_like_the_abnf() {
    let invalid = "1 hour||P|PT|-P|P1DT|PT1D|P1H|PT1S1M|PT1M1M|P1D1D|PT.5S|PT1.S|PT1.5M|\
                   P1.5D|PTS|P-1D|--P1D|P1D |1D|PT1H30|PT1HT1M|P1DTT1H|PT1,5S|PT1H 30M";
    for s in invalid.split('|') {
        assert_eq!(
            parse_error(s),
            "not an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M)",
            "{s:?}"
        );
    }
}

#[test]
fn rejects_calendar_units_with_reason() {
    for s in ["P1Y", "P2M", "P1W", "P1Y2M3DT4H"] {
        assert_eq!(
            parse_error(s),
            "years, months and weeks have no fixed length: an Edm.Duration counts days",
            "{s}"
        );
    }
}

#[test]
fn rejects_components_past_u64() {
    assert_eq!(parse_error("P18446744073709551616D"), "days out of range");
    assert_eq!(
        parse_error("PT99999999999999999999S"),
        "seconds out of range"
    );
}

#[test]
fn reports_json_errors_with_form_and_found_value() {
    assert_eq!(
        json_error(r#""1 hour""#),
        "expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M), found \"1 hour\" \
         at line 1 column 8"
    );
    assert_eq!(
        json_error(r#""P1M""#),
        "expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M), found \"P1M\" (years, \
         months and weeks have no fixed length: an Edm.Duration counts days) at line 1 column 5"
    );
    assert_eq!(
        json_error("3600"),
        "invalid type: integer `3600`, expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. \
         PT1H30M) at line 1 column 4"
    );
}

#[test]
fn debug_shows_the_text() {
    assert_eq!(format!("{:?}", parse("PT1H30M")), "Duration(PT1H30M)");
}
