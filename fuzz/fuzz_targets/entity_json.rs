//! Arbitrary bytes as an entity and as a patch (both shipped and test entities).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    graph_entity_fuzz::check_all(data);
});
