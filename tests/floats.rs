//! `Edm.Double` (`f64`) and `Edm.Single` (`f32`) properties of an entity: a JSON number or
//! OData's `"NaN"`, `"INF"`, `"-INF"` when reading; the same three strings when writing, where
//! `serde_json` alone would write `null`; every float round trips bit for bit (graph-entity
//! turns on `serde_json`'s `float_roundtrip`), and so does a number kept in `AdditionalData`.
//! The wrappers generated code reads and writes them with (`Property`, `Value`) are unit-tested
//! in `graph-entity/src/wire/float/wire_tests.rs`.

/// A test-local entity with both float types.
#[derive(Debug, Clone, PartialEq, graph_entity::GraphEntity)]
#[graph(odata_type = "test.sensor")]
pub struct Sensor {
    pub reading: f64,
    pub calibration: Option<f32>,
}

#[test]
fn entity_float_property_reads_odata_literals() {
    let sensor: Sensor =
        serde_json::from_str(r#"{"reading": "-INF", "calibration": 0.5}"#).expect("reads");
    assert_eq!(
        sensor,
        Sensor {
            reading: f64::NEG_INFINITY,
            calibration: Some(0.5)
        }
    );
    let err = serde_json::from_str::<Sensor>(r#"{"reading": "Infinity"}"#).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "invalid value for property `reading` of test.sensor: expected an Edm.Double \
         (a number, or \"NaN\", \"INF\", \"-INF\"), found \"Infinity\" at line 1 column 22"
    );
}

#[test]
fn entity_float_property_writes_odata_literals() {
    let sensor = Sensor {
        reading: f64::NAN,
        calibration: Some(f32::NEG_INFINITY),
    };
    let json = serde_json::to_string(&sensor).expect("writes");
    assert_eq!(
        json,
        r##"{"@odata.type":"#test.sensor","reading":"NaN","calibration":"-INF"}"##
    );
    let back: Sensor = serde_json::from_str(&json).expect("reads back");
    assert!(back.reading.is_nan());
    assert_eq!(back.calibration, Some(f32::NEG_INFINITY));
}

/// An open type: what it does not declare is kept, numbers included.
#[derive(Debug, Clone, PartialEq, graph_entity::GraphEntity)]
#[graph(odata_type = "test.openSensor", open_type)]
pub struct OpenSensor {
    pub reading: f64,
    #[graph(additional_data)]
    pub additional_data: graph_entity::AdditionalData,
}

/// The fuzzer's finding (RELIABILITY.md, finding 1): an integer below `i64::MIN` is kept as an
/// `f64`; without `float_roundtrip` it was written back as another number. A long decimal and
/// a double that `serde_json`'s fast parse gets one ULP wrong go the same way.
#[test]
fn kept_numbers_and_doubles_read_back_as_written() {
    for text in [
        "-9223703326854775808",
        "18446744073709551616",
        "0.30000000000000004",
        "2.2250738585072011e-308",
        "9007199254740993.0",
        "1.7976931348623157e308",
        "5e-324",
    ] {
        let json = format!(r#"{{"reading":{text},"kept":{text},"list":[{text}]}}"#);
        let first: OpenSensor = serde_json::from_str(&json).expect("reads");
        let written = serde_json::to_string(&first).expect("writes");
        let second: OpenSensor = serde_json::from_str(&written).expect("reads back");
        assert_eq!(first, second, "{text} changed when written back: {written}");
        let exact: f64 = text.parse().expect("a float");
        assert_eq!(
            first.reading.to_bits(),
            exact.to_bits(),
            "{text} read as {}",
            first.reading
        );
        assert_eq!(
            first
                .additional_data
                .get("kept")
                .and_then(serde_json::Value::as_f64),
            Some(exact),
            "{text} kept as {:?}",
            first.additional_data.get("kept")
        );
    }
}

/// `sensor` written and read back.
fn round_trip(sensor: Sensor) -> Sensor {
    let json = serde_json::to_string(&sensor).expect("writes");
    serde_json::from_str(&json).expect("reads back")
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 2048,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn every_f64_round_trips_exactly(v in proptest::num::f64::ANY) {
        let back = round_trip(Sensor { reading: v, calibration: None }).reading;
        proptest::prop_assert!(
            back.to_bits() == v.to_bits() || (back.is_nan() && v.is_nan()),
            "{v:?} read back as {back:?}"
        );
    }

    #[test]
    fn every_f32_round_trips_exactly(v in proptest::num::f32::ANY) {
        let back = round_trip(Sensor { reading: 0.0, calibration: Some(v) })
            .calibration
            .expect("a calibration");
        proptest::prop_assert!(
            back.to_bits() == v.to_bits() || (back.is_nan() && v.is_nan()),
            "{v:?} read back as {back:?}"
        );
    }
}
