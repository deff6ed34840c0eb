//! "Did you mean" for unknown patch properties.

/// Names longer than this are never compared: a hostile 100 MB key must not cost
/// 100 MB × (length of every known name) steps.
const MAX_COMPARED_LEN: usize = 128;

/// The known name closest to `name`, if one is close enough to be a likely typo: equal ignoring
/// ASCII case, or within an edit distance of a third of its length (at least 1).
pub(crate) fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    if name.len() > MAX_COMPARED_LEN {
        return None;
    }
    if let Some(same) = known.iter().find(|k| k.eq_ignore_ascii_case(name)) {
        return Some(same);
    }
    known
        .iter()
        .map(|k| (edit_distance(name, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over chars, one row of memory.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["exchangeActive", "exchangeInactive", "reportPeriod"];

    #[test]
    fn suggests_name_one_typo_away() {
        assert_eq!(closest("exchangeActiv", KNOWN), Some("exchangeActive"));
        assert_eq!(closest("reportPeriode", KNOWN), Some("reportPeriod"));
    }

    #[test]
    fn suggests_name_differing_only_in_case() {
        assert_eq!(closest("ExchangeActive", KNOWN), Some("exchangeActive"));
        assert_eq!(closest("REPORTPERIOD", KNOWN), Some("reportPeriod"));
    }

    #[test]
    fn suggests_nothing_for_unrelated_name() {
        assert_eq!(closest("teamsActive", KNOWN), None);
        assert_eq!(closest("", KNOWN), None);
    }

    #[test]
    fn never_compares_huge_names() {
        let huge = "e".repeat(MAX_COMPARED_LEN + 1);
        assert_eq!(closest(&huge, KNOWN), None);
    }

    #[test]
    fn edit_distance_counts_insertions_deletions_substitutions() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }
}
