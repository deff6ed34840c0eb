//! What writing back lost or changed, member by member.

use serde_json::Value;

/// Each difference between the body and what was written back, as `path: what`, up to what
/// DESIGN.md's "Data is never lost" allows the writer: `@odata.type` members are left out on
/// both sides, a member written as `null` where the body had none is not a difference (an
/// entity writes every property), numbers compare by value, and an integer sent as a string
/// may come back as a number.
pub fn differences(original: &Value, written: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(original, written, "", &mut out);
    out
}

fn walk(original: &Value, written: &Value, path: &str, out: &mut Vec<String>) {
    match (original, written) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                if key == "@odata.type" {
                    continue;
                }
                let here = format!("{path}/{key}");
                match b.get(key) {
                    Some(other) => walk(value, other, &here, out),
                    None => out.push(format!("{here}: lost ({})", short(value))),
                }
            }
            for key in b.keys() {
                if key != "@odata.type" && !a.contains_key(key) && !b[key].is_null() {
                    out.push(format!("{path}/{key}: added ({})", short(&b[key])));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                walk(x, y, &format!("{path}/{index}"), out);
            }
        }
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => {}
        (Value::String(x), Value::Number(y)) if x.parse::<i64>().ok() == y.as_i64() => {}
        (x, y) if x == y => {}
        (x, y) => out.push(format!("{path}: {} became {}", short(x), short(y))),
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text,
    }
}

#[test]
fn differences_name_the_path() {
    let a =
        serde_json::json!({"a": {"b": [1, 2.5]}, "c": "x", "@odata.type": "#t", "n": 20, "i": "7"});
    let b = serde_json::json!({"a": {"b": [1, 3]}, "d": true, "n": 20.0, "e": null, "i": 7});
    assert_eq!(
        differences(&a, &b),
        [
            "/a/b/1: 2.5 became 3",
            "/c: lost (\"x\")",
            "/d: added (true)"
        ]
    );
}
