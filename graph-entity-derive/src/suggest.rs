//! "Did you mean": the known name closest to a mistyped one.
//!
//! One algorithm for the whole project, one file: it lives here, in the derive (unknown
//! attributes), and the runtime compiles it too (unknown patch properties and enum members)
//! through a symlink, `graph-entity/src/__private/suggest.rs`. Why a symlink: a proc-macro
//! crate cannot share code with its runtime crate without a third crate, and a published crate
//! must carry its own sources (`#[path]` cannot reach outside the package; `cargo package`
//! copies a symlink's target into the `.crate`, as serde does for `serde_derive_internals`).
//! The cost: a checkout on a system without symlinks (Windows without `core.symlinks`) gets a
//! text file holding the path, and the runtime does not build there.

/// Names longer than this are never compared: a hostile 100 MB key must not cost
/// 100 MB × (length of every known name) steps.
pub(crate) const MAX_COMPARED_LEN: usize = 128;

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

/// Optimal string alignment distance over chars: insertions, deletions, substitutions and
/// transpositions of neighbours (`titel` -> `title`) each cost 1.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(before[j - 2] + 1);
            }
        }
        core::mem::swap(&mut before, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
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
    fn edit_distance_counts_insertions_deletions_substitutions_transpositions() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("titel", "title"), 1);
    }
}
