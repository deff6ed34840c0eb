//! What writing back lost or changed, member by member.

use serde_json::Value;

/// Each difference between the body and what was written back, as `path: what`, up to what
/// DESIGN.md's "Data is never lost" and the `omit_none` law allow the writer: `@odata.type`
/// members are left out on both sides; a `null` member of the body that is not written back,
/// or a member written as `null` where the body had none, is not a difference (a `None`
/// property); numbers compare by value; an integer sent as a string may come back as that
/// number (its exact text: `"007"` becoming `7` is a difference); and a string may come back in
/// another ASCII case, and a comma-separated list in another order (enum members are read
/// case-insensitively and written as the schema spells them, flags in the schema's order; the
/// writer changes no other string).
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
                    None if value.is_null() => {}
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
        (Value::String(x), Value::Number(y)) if y.as_i64().is_some_and(|n| n.to_string() == *x) => {
        }
        (Value::String(x), Value::String(y)) if same_members(x, y) => {}
        (x, y) if x == y => {}
        (x, y) => out.push(format!("{path}: {} became {}", short(x), short(y))),
    }
}

/// The same members, ignoring ASCII case and, for a flags value (`a,b`), their order.
fn same_members(x: &str, y: &str) -> bool {
    if x.eq_ignore_ascii_case(y) {
        return true;
    }
    let members = |s: &str| {
        let mut list: Vec<String> = s
            .split(',')
            .map(|m| m.trim().to_ascii_lowercase())
            .collect();
        list.sort();
        list
    };
    x.contains(',') && members(x) == members(y)
}

/// What a body of `kind` can be expected to give back: a `PATCH` body without its top-level
/// instance annotations (`@odata.context` and the like describe a response, not a change; a
/// patch type skips them by design, and binds are no instance annotations).
pub fn sent(body: &Value, kind: crate::Kind) -> Value {
    match (body, kind) {
        (Value::Object(members), crate::Kind::Patch) => Value::Object(
            members
                .iter()
                .filter(|(name, _)| !name.starts_with('@'))
                .map(|(name, value)| (name.clone(), value.clone()))
                .collect(),
        ),
        _ => body.clone(),
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

#[test]
fn only_an_integer_string_may_come_back_as_that_number() {
    let body = serde_json::json!({"i": "7", "s": "abc", "z": "007", "f": "1.5", "n": null});
    let written = serde_json::json!({"i": 7, "s": 1.5, "z": 7, "f": 1.5});
    assert_eq!(
        differences(&body, &written),
        [
            "/f: \"1.5\" became 1.5",
            "/s: \"abc\" became 1.5",
            "/z: \"007\" became 7"
        ]
    );
}

#[test]
fn enum_members_may_come_back_in_the_schema_spelling_and_nulls_as_absent() {
    let body = serde_json::json!({"type": "Required", "contentType": "HTML", "gone": null, "days": "Monday,sunday"});
    let written =
        serde_json::json!({"type": "required", "contentType": "html", "days": "sunday,monday"});
    assert!(differences(&body, &written).is_empty());
    let changed =
        serde_json::json!({"type": "optional", "contentType": "html", "days": "sunday,monday"});
    assert_eq!(
        differences(&body, &changed),
        ["/type: \"Required\" became \"optional\""]
    );
}

#[test]
fn a_patch_is_not_expected_to_give_back_its_instance_annotations() {
    let body =
        serde_json::json!({"@odata.context": "https://x/$metadata#t", "a": 1, "b@odata.bind": "u"});
    assert_eq!(
        sent(&body, crate::Kind::Patch),
        serde_json::json!({"a": 1, "b@odata.bind": "u"})
    );
    assert_eq!(sent(&body, crate::Kind::Value), body);
}
