//! Structure-aware: real payloads with one member's value, name or the type annotation
//! replaced by fuzzer text, or one member duplicated. The payloads: the seed's request and
//! response (`Office365ServicesUserCounts`) and a `Root` with all three levels
//! (`fuzz/fixtures/root.json`, one member a line).
//!
//! Input: byte 0 chooses the payload (`% 3`) and the change (`/ 3 % 3`: the value, the name,
//! a duplicate); byte 1 chooses the member; the rest is the text.
#![no_main]

const FIXTURES: &[&str] = &[
    include_str!("../../tests/fixtures/seed-request.json"),
    include_str!("../../tests/fixtures/seed-response.json"),
    include_str!("../fixtures/root.json"),
];

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let [selector, member, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let fixture = FIXTURES[usize::from(selector % 3)].replace("\"Date\"", "\"2017-09-01\"");
    let lines: Vec<&str> = fixture.lines().collect();
    // Lines 1..len-1 are `"name": value,` members.
    let member = 1 + usize::from(*member) % (lines.len() - 2);
    let (name, value) = lines[member].split_once(':').unwrap_or((lines[member], ""));
    let comma = if value.trim_end().ends_with(',') {
        ","
    } else {
        ""
    };
    let replaced = match selector / 3 % 3 {
        0 => format!("{name}: {text}{comma}"),
        1 => format!("{text}:{value}"),
        _ => format!("{},{}", lines[member].trim_end_matches(','), lines[member]),
    };
    let mut out = lines.clone();
    out[member] = &replaced;
    graph_entity_fuzz::check_all(out.join("\n").as_bytes());
});
