//! `Edm.Double` (`f64`) and `Edm.Single` (`f32`) properties of an entity: a JSON number or
//! OData's `"NaN"`, `"INF"`, `"-INF"` when reading; the same three strings when writing, where
//! `serde_json` alone would write `null`; every float round trips. The wrappers generated code
//! reads and writes them with (`Property`, `Value`) are unit-tested in
//! `graph-entity/src/__private/float/wire_tests.rs`.

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

/// What `serde_json` alone reads back from what it writes: finite values go through its
/// parser, which without its `float_roundtrip` feature may be one ULP off; the entity must add
/// nothing to that, and make non-finite values exact.
fn expected_f64(v: f64) -> f64 {
    if v.is_finite() {
        serde_json::from_str(&serde_json::to_string(&v).expect("writes")).expect("reads")
    } else {
        v
    }
}

fn expected_f32(v: f32) -> f32 {
    if v.is_finite() {
        serde_json::from_str(&serde_json::to_string(&v).expect("writes")).expect("reads")
    } else {
        v
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
    fn every_f64_round_trips_as_serde_json_reads_it(v in proptest::num::f64::ANY) {
        let back = round_trip(Sensor { reading: v, calibration: None }).reading;
        let expected = expected_f64(v);
        proptest::prop_assert!(
            back.to_bits() == expected.to_bits() || (back.is_nan() && v.is_nan()),
            "{v:?} read back as {back:?}"
        );
    }

    #[test]
    fn every_f32_round_trips_as_serde_json_reads_it(v in proptest::num::f32::ANY) {
        let back = round_trip(Sensor { reading: 0.0, calibration: Some(v) })
            .calibration
            .expect("a calibration");
        let expected = expected_f32(v);
        proptest::prop_assert!(
            back.to_bits() == expected.to_bits() || (back.is_nan() && v.is_nan()),
            "{v:?} read back as {back:?}"
        );
    }
}
