//! Arbitrary bytes as the value of one chosen property inside an otherwise valid object, so the
//! fuzzer spends its time on property values (numbers as strings, dates, nulls, nesting) rather
//! than on JSON syntax. The first byte chooses the place: a property of the flat entities, or
//! one at each level of `Root` (its own, `fixed`'s, `middle`'s, `middle.leaf`'s, a
//! `middle.leaves` item's). Every input is read by every entity and patch (`check_all`).
#![no_main]

/// `(before, property, after)`: the input is `before "property": <bytes> after`.
const PLACES: &[(&str, &str, &str)] = &[
    // The flat entities (`Gizmo`, `Office365ServicesUserCounts`).
    (FLAT, "id", "}"),
    (FLAT, "name", "}"),
    (FLAT, "count", "}"),
    (FLAT, "small", "}"),
    (FLAT, "unsigned", "}"),
    (FLAT, "flag", "}"),
    (FLAT, "note", "}"),
    (FLAT, "created", "}"),
    (FLAT, "sizes", "}"),
    (FLAT, "cache", "}"),
    (FLAT, "reportRefreshDate", "}"),
    (FLAT, "exchangeActive", "}"),
    (FLAT, "reportPeriod", "}"),
    (FLAT, "@odata.type", "}"),
    (FLAT, "unknown", "}"),
    // `Root` (level 1).
    (ROOT, "id", "}"),
    (ROOT, "@odata.etag", "}"),
    (ROOT, "@odata.type", "}"),
    (ROOT, "middle", "}"),
    (ROOT, "flags", "}"),
    (ROOT, "kept", "}"),
    (r#"{"#, "fixed", "}"),
    // `Root.fixed` (level 2, non-nullable).
    (r#"{"fixed":{"#, "name", "}}"),
    (r#"{"fixed":{"#, "level", "}}"),
    (r#"{"fixed":{"#, "when", "}}"),
    // `Root.middle` (level 2, an open type).
    (MIDDLE, "leaf", "}}"),
    (MIDDLE, "leaves", "}}"),
    (MIDDLE, "strict", "}}"),
    (MIDDLE, "@odata.type", "}}"),
    (MIDDLE, "dynamic", "}}"),
    // `Root.middle.leaf` and an item of `Root.middle.leaves` (level 3).
    (LEAF, "name", "}}}"),
    (LEAF, "level", "}}}"),
    (LEAF, "when", "}}}"),
    (LEAF, "@odata.type", "}}}"),
    (LEAVES, "level", "}]}}"),
    (LEAVES, "when", "}]}}"),
];

const FLAT: &str = r#"{"id":"1","name":"n","count":1,"flag":true,"#;
const ROOT: &str = r#"{"fixed":{},"#;
const MIDDLE: &str = r#"{"fixed":{},"middle":{"#;
const LEAF: &str = r#"{"fixed":{},"middle":{"leaf":{"#;
const LEAVES: &str = r#"{"fixed":{},"middle":{"leaves":[{"name":"a"},{"#;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&selector, value)) = data.split_first() else {
        return;
    };
    let (before, property, after) = PLACES[usize::from(selector) % PLACES.len()];
    let mut json = Vec::with_capacity(value.len() + 96);
    json.extend_from_slice(before.as_bytes());
    json.push(b'"');
    json.extend_from_slice(property.as_bytes());
    json.extend_from_slice(b"\":");
    json.extend_from_slice(value);
    json.extend_from_slice(after.as_bytes());
    graph_entity_fuzz::check_all(&json);
});
