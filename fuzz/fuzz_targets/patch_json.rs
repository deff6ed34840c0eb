//! Arbitrary bytes wrapped as the value of each property, so the fuzzer spends its time on
//! property values (numbers as strings, dates, nulls, nesting) rather than on JSON syntax.
#![no_main]

const PROPERTIES: &[&str] = &[
    "id",
    "name",
    "count",
    "small",
    "unsigned",
    "flag",
    "note",
    "created",
    "sizes",
    "cache",
    "reportRefreshDate",
    "exchangeActive",
    "reportPeriod",
    "@odata.type",
    "unknown",
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&selector, value)) = data.split_first() else {
        return;
    };
    let property = PROPERTIES[usize::from(selector) % PROPERTIES.len()];
    let mut json = Vec::with_capacity(value.len() + 64);
    json.extend_from_slice(br#"{"id":"1","name":"n","count":1,"flag":true,""#);
    json.extend_from_slice(property.as_bytes());
    json.extend_from_slice(b"\":");
    json.extend_from_slice(value);
    json.push(b'}');
    graph_entity_fuzz::check_all(&json);
});
