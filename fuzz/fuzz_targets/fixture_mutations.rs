//! Structure-aware: the real payloads with one member's value, name or the type annotation
//! replaced by fuzzer text, or one member duplicated.
#![no_main]

const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/seed-request.json"),
    include_str!("../../tests/fixtures/seed-response.json"),
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let fixture = FIXTURES[usize::from(selector & 1)].replace("\"Date\"", "\"2017-09-01\"");
    let lines: Vec<&str> = fixture.lines().collect();
    // Lines 1..len-1 are `"name": value,` members.
    let member = 1 + usize::from(selector >> 1) % (lines.len() - 2);
    let (name, value) = lines[member].split_once(':').unwrap_or((lines[member], ""));
    let comma = if value.trim_end().ends_with(',') {
        ","
    } else {
        ""
    };
    let replaced = match selector % 3 {
        0 => format!("{name}: {text}{comma}"),
        1 => format!("{text}:{value}"),
        _ => format!("{},{}", lines[member].trim_end_matches(','), lines[member]),
    };
    let mut out = lines.clone();
    out[member] = &replaced;
    graph_entity_fuzz::check_all(out.join("\n").as_bytes());
});
