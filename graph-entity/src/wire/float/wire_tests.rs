//! `Edm.Double` (`f64`) and `Edm.Single` (`f32`) values through the wrappers generated code
//! reads and writes properties with (formerly in `tests/floats.rs`): a JSON number or OData's
//! `"NaN"`, `"INF"`, `"-INF"` read by [`Property`], at any depth; the same three strings written
//! by [`Value`], where `serde_json` alone would write `null`. Entities with float properties
//! are tested in `tests/floats.rs`.

use serde::de::DeserializeSeed;
use serde::ser::{SerializeStruct, Serializer};

use crate::wire::{Property, Value};

const TYPE: &str = "test.sensor";

/// Reads `json` as property `reading` of `test.sensor`, the way generated code reads it.
fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value = Property::<T>::new(TYPE, "reading")
        .deserialize(&mut de)
        .map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}

fn write<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(&Value(value)).expect("serializes")
}

/// The bits of each float, so that NaN compares equal to NaN.
fn bits(values: &[Option<f64>]) -> Vec<Option<u64>> {
    values.iter().map(|v| v.map(f64::to_bits)).collect()
}

#[test]
fn non_finite_floats_round_trip_at_any_depth() {
    let values = vec![
        Some(f64::NAN),
        Some(f64::INFINITY),
        Some(f64::NEG_INFINITY),
        Some(1.5),
        None,
    ];
    let json = write(&values);
    assert_eq!(json, r#"["NaN","INF","-INF",1.5,null]"#);
    let back: Vec<Option<f64>> = read(&json).expect("reads back");
    assert_eq!(bits(&back), bits(&values));
}

#[test]
fn serde_json_alone_writes_non_finite_floats_as_null() {
    // Why `Value` exists: this is the data loss it prevents.
    assert_eq!(
        serde_json::to_string(&[f64::NAN, f64::INFINITY]).expect("serializes"),
        "[null,null]"
    );
}

#[test]
fn non_finite_f32_is_written_as_odata_literal() {
    assert_eq!(
        write(&[f32::NAN, f32::INFINITY, f32::NEG_INFINITY, 0.25]),
        r#"["NaN","INF","-INF",0.25]"#
    );
}

#[test]
fn non_finite_floats_are_written_as_literals_in_maps_and_structs() {
    /// What `#[derive(serde::Serialize)]` writes (serde's `derive` feature is off here).
    struct Sample {
        low: f64,
        high: Option<f64>,
    }
    impl serde::Serialize for Sample {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut sample = serializer.serialize_struct("Sample", 2)?;
            sample.serialize_field("low", &self.low)?;
            sample.serialize_field("high", &self.high)?;
            sample.end()
        }
    }
    let mut by_name = std::collections::BTreeMap::new();
    by_name.insert(
        "a",
        Sample {
            low: f64::NEG_INFINITY,
            high: Some(f64::INFINITY),
        },
    );
    assert_eq!(write(&by_name), r#"{"a":{"low":"-INF","high":"INF"}}"#);
}

#[test]
fn everything_but_non_finite_floats_is_written_unchanged() {
    let value = serde_json::json!({"s": "NaN", "n": -3, "f": 2.5, "b": true, "z": null, "a": [1]});
    assert_eq!(
        write(&value),
        serde_json::to_string(&value).expect("serializes")
    );
    assert_eq!(write("INF"), r#""INF""#);
    assert_eq!(write(&i64::MIN), "-9223372036854775808");
}

#[test]
fn float_reads_json_numbers_of_any_form() {
    assert_eq!(read::<f64>("1.5"), Ok(1.5));
    assert_eq!(read::<f64>("-2"), Ok(-2.0));
    assert_eq!(read::<f64>("1e3"), Ok(1000.0));
    assert_eq!(
        read::<f64>("18446744073709551615"),
        Ok(18_446_744_073_709_551_615.0)
    );
    assert_eq!(read::<f32>("0.25"), Ok(0.25));
}

#[test]
fn float_reads_odata_literals() {
    assert!(read::<f64>(r#""NaN""#).is_ok_and(f64::is_nan));
    assert_eq!(read::<f64>(r#""INF""#), Ok(f64::INFINITY));
    assert_eq!(read::<f64>(r#""-INF""#), Ok(f64::NEG_INFINITY));
    assert!(read::<f32>(r#""NaN""#).is_ok_and(f32::is_nan));
    assert_eq!(read::<f32>(r#""-INF""#), Ok(f32::NEG_INFINITY));
}

#[test]
fn float_refuses_other_strings_naming_the_edm_type() {
    for (json, found) in [
        (r#""nan""#, r#""nan""#),
        (r#""Infinity""#, r#""Infinity""#),
        (r#""1.5""#, r#""1.5""#),
        (r#""""#, r#""""#),
    ] {
        let column = json.len();
        assert_eq!(
            read::<f64>(json),
            Err(format!(
                "invalid value for property `reading` of test.sensor: expected an Edm.Double \
                 (a number, or \"NaN\", \"INF\", \"-INF\"), found {found} at line 1 column {column}"
            ))
        );
    }
}

#[test]
fn f32_names_edm_single() {
    assert_eq!(
        read::<f32>(r#""inf""#),
        Err(
            "invalid value for property `reading` of test.sensor: expected an Edm.Single \
             (a number, or \"NaN\", \"INF\", \"-INF\"), found \"inf\" at line 1 column 5"
                .to_owned()
        )
    );
}

#[test]
fn f32_refuses_a_finite_number_beyond_its_range() {
    assert_eq!(
        read::<f32>("1e39"),
        Err("invalid value for property `reading` of test.sensor: expected an Edm.Single \
             (a number, or \"NaN\", \"INF\", \"-INF\"), found 1e39 (out of range) at line 1 column 4"
            .to_owned())
    );
}

#[test]
fn float_refuses_other_json_types() {
    for (json, found) in [
        ("true", "true"),
        ("null", "null"),
        ("[1.5]", "an array"),
        (r#"{"x":1}"#, "an object"),
    ] {
        let err = read::<f64>(json).expect_err(json);
        assert!(
            err.starts_with(&format!(
                "invalid value for property `reading` of test.sensor: expected an Edm.Double \
                 (a number, or \"NaN\", \"INF\", \"-INF\"), found {found} at line 1 column "
            )),
            "{err}"
        );
    }
}

#[test]
fn float_literals_are_read_inside_collections_and_options() {
    let nested: Vec<Vec<Option<f32>>> = read(r#"[["INF", null], [], [2]]"#).expect("reads");
    assert_eq!(
        nested,
        vec![vec![Some(f32::INFINITY), None], vec![], vec![Some(2.0)]]
    );
    assert_eq!(
        read::<Vec<Option<f64>>>(r#"[1, "inf"]"#),
        Err(
            "invalid value for property `reading` of test.sensor: expected an Edm.Double \
             (a number, or \"NaN\", \"INF\", \"-INF\"), found \"inf\" at line 1 column 9"
                .to_owned()
        )
    );
}
