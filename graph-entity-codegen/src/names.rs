//! CSDL names to Rust names, and the derive's own renaming rules (its `case.rs`, compiled in
//! here too), so that the generator can tell exactly where a `#[graph(rename = "...")]` is
//! needed.

use crate::case::RenameRule;

/// Keywords that are valid as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot even be raw identifiers: these get a trailing `_` and a `rename`.
const NON_RAW_KEYWORDS: &[&str] = &["crate", "self", "super", "Self", "_"];

/// `snake_case` of a `camelCase` CSDL name: a word starts at an uppercase letter that follows a
/// lowercase letter or a digit, or that ends a run of capitals (`isMFARegistered` ->
/// `is_mfa_registered`). Characters that cannot be in an identifier become `_`.
pub fn snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let starts_word = match prev {
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                _ => false,
            };
            if starts_word && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    out
}

/// `PascalCase` of a CSDL name (`callRecord` -> `CallRecord`, `id_token` -> `IdToken`). An `_`
/// between two digits stays (`tls1_0` -> `Tls1_0`), since dropping it would merge two numbers.
pub fn pascal_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for part in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut chars = part.chars();
        let Some(first) = chars.next() else { continue };
        if out.ends_with(|c: char| c.is_ascii_digit()) && first.is_ascii_digit() {
            out.push('_');
        }
        out.push(first.to_ascii_uppercase());
        out.extend(chars);
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// The wire name the derive gives a field under its default `rename_all = "camelCase"`: the
/// derive's own rule (`graph-entity-derive/src/case.rs`) on the unraw'd field.
pub fn derive_camel_case_of_field(field: &str) -> String {
    RenameRule::CamelCase.apply(unraw(field))
}

/// The wire name the derive gives an enum variant under `rename_all = "camelCase"`: the
/// derive's own rule (as serde does for variants, the first letter lowered).
pub fn derive_camel_case_of_variant(variant: &str) -> String {
    RenameRule::CamelCase.apply_to_variant(variant)
}

/// A field or module identifier for a `snake_case` name: keywords become raw identifiers, the
/// few that cannot (`self`, `super`, `crate`) get a trailing `_`, and a leading digit gets a
/// leading `_`.
pub fn identifier(snake: &str) -> String {
    if snake.is_empty() {
        return "_empty".to_owned();
    }
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{snake}");
    }
    if NON_RAW_KEYWORDS.contains(&snake) {
        return format!("{snake}_");
    }
    if RAW_KEYWORDS.contains(&snake) {
        return format!("r#{snake}");
    }
    snake.to_owned()
}

/// The identifier without its `r#`, as a file name or a name to compare.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// Names a type file uses unqualified (prelude types, the derives); a type named so gets `Type`
/// appended (`option` -> `OptionType`), or it would shadow them in its own file.
const RESERVED: &[&str] = &[
    "Box",
    "GraphEntity",
    "GraphEnum",
    "Option",
    "Self",
    "String",
    "Vec",
];

/// The Rust name of a type: `PascalCase` of its CSDL name, `Type` appended to a [`RESERVED`]
/// one.
pub fn type_name(csdl: &str) -> String {
    let mut name = pascal_case(csdl);
    if RESERVED.contains(&name.as_str()) {
        name.push_str("Type");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_splits_words_and_acronyms() {
        assert_eq!(snake_case("iCalUId"), "i_cal_u_id");
        assert_eq!(snake_case("office365Active"), "office365_active");
        assert_eq!(snake_case("isMFARegistered"), "is_mfa_registered");
        assert_eq!(snake_case("id"), "id");
        assert_eq!(snake_case("ID"), "id");
        assert_eq!(snake_case("x509Thumbprint"), "x509_thumbprint");
    }

    #[test]
    fn field_camel_case_is_the_derives() {
        assert_eq!(derive_camel_case_of_field("i_cal_u_id"), "iCalUId");
        assert_eq!(derive_camel_case_of_field("r#type"), "type");
        assert_eq!(
            derive_camel_case_of_field("is_mfa_registered"),
            "isMfaRegistered"
        );
    }

    #[test]
    fn pascal_case_keeps_underscores_between_digits() {
        assert_eq!(pascal_case("callRecord"), "CallRecord");
        assert_eq!(pascal_case("id_token"), "IdToken");
        assert_eq!(pascal_case("tls1_0"), "Tls1_0");
        assert_eq!(pascal_case("3des"), "V3des");
    }

    #[test]
    fn identifiers_avoid_keywords() {
        assert_eq!(identifier("type"), "r#type");
        assert_eq!(identifier("self"), "self_");
        assert_eq!(identifier("plain"), "plain");
    }
}
