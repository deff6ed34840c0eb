//! What the models tests share.

use serde_json::Value;

/// Every non-null member of `body` is in `written` with the same value, up to the normal forms
/// of DESIGN Part 2 and 3: strings up to ASCII case (enum members come back as the schema
/// spells them), a flags value's `", "` as `","`, `@odata.type` with its `#`, and a nested
/// value's `@odata.type` dropped (the writer keeps it unless it names the declared type);
/// `written` adds nothing but `@odata.type` and the `null`s it leaves out.
pub fn same(body: &Value, written: &Value, path: &str) -> Result<(), String> {
    match (body, written) {
        (Value::Object(a), Value::Object(b)) => {
            for (name, value) in a {
                match b.get(name) {
                    Some(Value::String(w)) if name == "@odata.type" => {
                        let read = value.as_str().unwrap_or_default();
                        if read.trim_start_matches('#') != w.trim_start_matches('#') {
                            return Err(format!("{path}/{name}: {value} became {w:?}"));
                        }
                    }
                    Some(w) => same(value, w, &format!("{path}/{name}"))?,
                    None if value.is_null() => {}
                    None if name == "@odata.type" && !path.is_empty() => {}
                    None => return Err(format!("{path}/{name}: lost")),
                }
            }
            match b
                .keys()
                .find(|k| !a.contains_key(*k) && *k != "@odata.type")
            {
                Some(added) => Err(format!("{path}/{added}: added")),
                None => Ok(()),
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (x, y))| same(x, y, &format!("{path}/{i}"))),
        (Value::String(x), Value::String(y)) if x.eq_ignore_ascii_case(y) => Ok(()),
        // The writer never changes a string but to spell a flags value (`"a, b"` as `"a,b"`).
        (Value::String(x), Value::String(y))
            if !y.contains(' ') && x.replace(", ", ",").eq_ignore_ascii_case(y) =>
        {
            Ok(())
        }
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => Ok(()),
        (x, y) if x == y => Ok(()),
        (x, y) => Err(format!("{path}: {x} became {y}")),
    }
}
