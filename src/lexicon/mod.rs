//! Word lists the grammar and the passes consult, each a sorted table in its
//! own module so that it can be read, reviewed and extended in one place.
//!
//! Tables are sorted so lookups can binary-search them; a unit test in each
//! module keeps them sorted.

pub mod boilerplate;
pub mod calendar;
pub mod cues;
pub mod given_names;
pub mod organizations;
pub mod places;
pub mod pronouns;
pub(crate) mod sets;
pub mod sources;
pub mod titles;
pub mod verbs;

/// True when `table` (sorted, ASCII lowercase) holds `word`, compared
/// ASCII-case-insensitively without allocating.
pub(crate) fn contains_ci(table: &[&str], word: &str) -> bool {
    table.binary_search_by(|probe| cmp_ci(probe, word)).is_ok()
}

/// Compares a lowercase table entry with `word`, ignoring ASCII case in `word`.
pub(crate) fn cmp_ci(entry: &str, word: &str) -> std::cmp::Ordering {
    let a = entry.bytes();
    let b = word.bytes().map(|c| c.to_ascii_lowercase());
    a.cmp(b)
}

#[cfg(test)]
pub(crate) fn assert_sorted_lowercase(name: &str, table: &[&str]) {
    for w in table.windows(2) {
        assert!(
            w[0] < w[1],
            "{name}: {:?} must sort before {:?}",
            w[0],
            w[1]
        );
    }
    for w in table {
        assert_eq!(
            *w,
            w.to_ascii_lowercase(),
            "{name}: {w:?} must be lowercase"
        );
    }
}
