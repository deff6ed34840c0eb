//! What a value the reader's error names is, and whether a property's schema type can hold it,
//! as the OData JSON format writes its values (the primitive types' literal grammar).

use super::{Kind, Schema};

/// A value the reader's error says it found: what the schema's type is asked to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Str(String),
    Number(String),
    Bool,
    Null,
    Object,
    Array,
}

impl Found {
    /// The value as the reader's error writes it (`"text"`, `12`, `true`, `null`, `an object`,
    /// `an array`), up to the ` at line` serde appends; `None` for anything else.
    pub fn parse(text: &str) -> Option<Found> {
        if text.starts_with('"') {
            // A JSON string, possibly cut short (`"abc…" (1234 bytes)`).
            let mut end = None;
            let mut escaped = false;
            for (i, c) in text.char_indices().skip(1) {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let literal = &text[..=end?];
            let value: String = serde_json::from_str(literal).ok()?;
            return Some(Found::Str(value.trim_end_matches('…').to_owned()));
        }
        let token = text.split(" at line ").next().unwrap_or(text).trim();
        match token {
            "an object" | "a map" => Some(Found::Object),
            "an array" | "a sequence" => Some(Found::Array),
            "true" | "false" => Some(Found::Bool),
            "null" => Some(Found::Null),
            _ if token.parse::<f64>().is_ok() => Some(Found::Number(token.to_owned())),
            _ => None,
        }
    }
}

impl Schema {
    /// Whether a property of type `ty` (qualified, as [`Property::ty`]) can hold `found`, as the
    /// OData JSON format writes its values. Where the schema cannot decide (an undeclared type,
    /// a stream, an untyped value), it can.
    pub fn can_hold(&self, ty: &str, nullable: bool, found: &Found) -> bool {
        if let Some(item) = ty
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            // The error may be about the whole value or about one item of it.
            return matches!(found, Found::Array) || self.can_hold(item, true, found);
        }
        if *found == Found::Null {
            return nullable;
        }
        if let Some(primitive) = ty.strip_prefix("Edm.") {
            return primitive_holds(primitive, found);
        }
        let Some(declared) = self.get(ty) else {
            return true;
        };
        match declared.kind {
            Kind::Entity | Kind::Complex => matches!(found, Found::Object),
            Kind::Definition => declared
                .underlying
                .as_deref()
                .is_none_or(|u| self.can_hold(u, nullable, found)),
            Kind::Enum => match found {
                // One member, or several separated by commas (a flags enum), in any case (the
                // reader takes any case: a wrong case does not make a failure the docs').
                Found::Str(text) => text.split(',').map(str::trim).all(|part| {
                    declared
                        .members
                        .iter()
                        .any(|(name, _)| name.eq_ignore_ascii_case(part))
                }),
                Found::Number(n) => declared.members.iter().any(|(_, value)| value == n),
                _ => false,
            },
        }
    }
}

fn primitive_holds(primitive: &str, found: &Found) -> bool {
    let text = match found {
        Found::Str(text) => Some(text.as_str()),
        _ => None,
    };
    let integer = |t: &str| {
        let digits = t.strip_prefix('-').unwrap_or(t);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    match primitive {
        "String" => text.is_some(),
        "Boolean" => *found == Found::Bool,
        "Byte" | "SByte" | "Int16" | "Int32" => {
            matches!(found, Found::Number(n) if integer(n))
        }
        // IEEE754Compatible lets an Int64 or a Decimal be sent as a string.
        "Int64" => matches!(found, Found::Number(n) if integer(n)) || text.is_some_and(integer),
        "Decimal" => {
            matches!(found, Found::Number(_)) || text.is_some_and(|t| t.parse::<f64>().is_ok())
        }
        "Double" | "Single" => {
            matches!(found, Found::Number(_))
                || text.is_some_and(|t| matches!(t, "NaN" | "INF" | "-INF"))
        }
        "DateTimeOffset" => text.is_some_and(is_date_time_offset),
        "Date" => text.is_some_and(|t| date(t) == Some("")),
        "TimeOfDay" => text.is_some_and(|t| time(t) == Some("")),
        "Duration" => text.is_some_and(is_duration),
        "Guid" => text.is_some_and(is_guid),
        "Binary" => text.is_some_and(|t| {
            t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=-_".contains(&b))
        }),
        t if t.starts_with("Geography") || t.starts_with("Geometry") => {
            matches!(found, Found::Object)
        }
        // Untyped, Stream, PrimitiveType: anything.
        _ => true,
    }
}

/// `n` ASCII digits at the start of `s`: the rest.
fn digits(s: &str, n: usize) -> Option<&str> {
    let head = s.get(..n)?;
    head.bytes().all(|b| b.is_ascii_digit()).then(|| &s[n..])
}

/// `YYYY-MM-DD` at the start of `s`: the rest.
fn date(s: &str) -> Option<&str> {
    let s = digits(s, 4)?.strip_prefix('-')?;
    let s = digits(s, 2)?.strip_prefix('-')?;
    digits(s, 2)
}

/// `hh:mm[:ss[.fraction]]` at the start of `s`: the rest.
fn time(s: &str) -> Option<&str> {
    let s = digits(s, 2)?.strip_prefix(':')?;
    let s = digits(s, 2)?;
    let Some(s) = s.strip_prefix(':') else {
        return Some(s);
    };
    let s = digits(s, 2)?;
    let Some(fraction) = s.strip_prefix('.') else {
        return Some(s);
    };
    let end = fraction
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(fraction.len());
    (end > 0).then(|| &fraction[end..])
}

/// `YYYY-MM-DDThh:mm[:ss[.fraction]](Z|±hh:mm)`.
fn is_date_time_offset(s: &str) -> bool {
    let Some(rest) = date(s).and_then(|r| r.strip_prefix(['T', 't'])) else {
        return false;
    };
    let Some(zone) = time(rest) else {
        return false;
    };
    if zone.eq_ignore_ascii_case("z") {
        return true;
    }
    zone.strip_prefix(['+', '-'])
        .and_then(|z| digits(z, 2))
        .and_then(|z| z.strip_prefix(':'))
        .and_then(|z| digits(z, 2))
        == Some("")
}

/// An ISO 8601 duration: `[-]P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]`, at least one part.
fn is_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('-').unwrap_or(s).strip_prefix('P') else {
        return false;
    };
    let (days, time) = rest.split_once('T').unwrap_or((rest, ""));
    let parts = |text: &str, units: &str| {
        let mut count = 0;
        let mut number = String::new();
        let mut allowed = units;
        for c in text.chars() {
            if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
                number.push(c);
                continue;
            }
            let at = allowed.find(c)?;
            if number.is_empty() {
                return None;
            }
            number.clear();
            allowed = &allowed[at + 1..];
            count += 1;
        }
        number.is_empty().then_some(count)
    };
    match (parts(days, "YMWD"), parts(time, "HMS")) {
        (Some(d), Some(t)) => d + t > 0 && (t > 0 || !rest.contains('T')),
        _ => false,
    }
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}
