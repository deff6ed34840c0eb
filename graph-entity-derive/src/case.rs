//! `rename_all` rules: Rust field names (snake_case) to wire names.

use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // the names mirror the rule names users write
pub enum RenameRule {
    CamelCase,
    PascalCase,
    SnakeCase,
    ScreamingSnakeCase,
    KebabCase,
    ScreamingKebabCase,
    LowerCase,
    UpperCase,
}

impl RenameRule {
    pub const ALL: &[(&str, RenameRule)] = &[
        ("camelCase", RenameRule::CamelCase),
        ("PascalCase", RenameRule::PascalCase),
        ("snake_case", RenameRule::SnakeCase),
        ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnakeCase),
        ("kebab-case", RenameRule::KebabCase),
        ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebabCase),
        ("lowercase", RenameRule::LowerCase),
        ("UPPERCASE", RenameRule::UpperCase),
    ];

    pub fn from_name(name: &str) -> Option<RenameRule> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
    }

    /// The list of accepted names, for error messages.
    pub fn names() -> String {
        let mut out = String::new();
        for (i, (name, _)) in Self::ALL.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "\"{name}\"");
        }
        out
    }

    /// Applies the rule to a snake_case field name (as serde does for fields).
    pub fn apply(self, field: &str) -> String {
        match self {
            RenameRule::SnakeCase => field.to_owned(),
            RenameRule::LowerCase => field.to_ascii_lowercase(),
            RenameRule::UpperCase => field.to_ascii_uppercase(),
            RenameRule::ScreamingSnakeCase => field.to_ascii_uppercase(),
            RenameRule::KebabCase => field.replace('_', "-"),
            RenameRule::ScreamingKebabCase => field.to_ascii_uppercase().replace('_', "-"),
            RenameRule::PascalCase => pascal(field),
            RenameRule::CamelCase => {
                let pascal = pascal(field);
                let mut chars = pascal.chars();
                match chars.next() {
                    Some(first) => first.to_lowercase().chain(chars).collect(),
                    None => pascal,
                }
            }
        }
    }
}

fn pascal(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut capitalize = true;
    for c in field.chars() {
        if c == '_' {
            capitalize = true;
        } else if capitalize {
            out.extend(c.to_uppercase());
            capitalize = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RenameRule::*;

    #[test]
    fn camel_case_keeps_digits_inside_words() {
        assert_eq!(CamelCase.apply("office365_active"), "office365Active");
        assert_eq!(
            CamelCase.apply("skype_for_business_active"),
            "skypeForBusinessActive"
        );
        assert_eq!(CamelCase.apply("id"), "id");
    }

    #[test]
    fn every_rule_renames_like_serde() {
        let field = "report_refresh_date";
        assert_eq!(PascalCase.apply(field), "ReportRefreshDate");
        assert_eq!(SnakeCase.apply(field), "report_refresh_date");
        assert_eq!(ScreamingSnakeCase.apply(field), "REPORT_REFRESH_DATE");
        assert_eq!(KebabCase.apply(field), "report-refresh-date");
        assert_eq!(ScreamingKebabCase.apply(field), "REPORT-REFRESH-DATE");
        assert_eq!(LowerCase.apply(field), "report_refresh_date");
        assert_eq!(UpperCase.apply(field), "REPORT_REFRESH_DATE");
    }
}
