//! `rename_all` rules: Rust field names (snake_case) to wire names.
//!
//! `graph-entity-codegen` compiles this file too (a symlink, `graph-entity-codegen/src/case.rs`),
//! to write a `rename` exactly where these rules would not give the CSDL name.

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
            RenameRule::UpperCase | RenameRule::ScreamingSnakeCase => field.to_ascii_uppercase(),
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

impl RenameRule {
    /// Applies the rule to a PascalCase variant name (as serde does for variants).
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::PascalCase => variant.to_owned(),
            RenameRule::LowerCase => variant.to_ascii_lowercase(),
            RenameRule::UpperCase => variant.to_ascii_uppercase(),
            RenameRule::CamelCase => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_lowercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
            RenameRule::SnakeCase
            | RenameRule::ScreamingSnakeCase
            | RenameRule::KebabCase
            | RenameRule::ScreamingKebabCase => {
                let mut snake = String::with_capacity(variant.len() + 4);
                for (i, c) in variant.char_indices() {
                    if i > 0 && c.is_uppercase() {
                        snake.push('_');
                    }
                    snake.extend(c.to_lowercase());
                }
                self.apply(&snake)
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
    fn variants_rename_like_serde() {
        assert_eq!(
            CamelCase.apply_to_variant("UnknownFutureValue"),
            "unknownFutureValue"
        );
        assert_eq!(CamelCase.apply_to_variant("IOS"), "iOS");
        assert_eq!(
            PascalCase.apply_to_variant("WorkingElsewhere"),
            "WorkingElsewhere"
        );
        assert_eq!(
            SnakeCase.apply_to_variant("WorkingElsewhere"),
            "working_elsewhere"
        );
        assert_eq!(
            ScreamingKebabCase.apply_to_variant("WorkingElsewhere"),
            "WORKING-ELSEWHERE"
        );
        assert_eq!(LowerCase.apply_to_variant("Oof"), "oof");
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
