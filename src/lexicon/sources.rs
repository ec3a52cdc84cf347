//! News agencies and outlets that source tags credit: `(Reuters)`, `(AP)`.

/// Known agencies and outlets, lowercase. A headline's trailing parenthesis is
/// a source tag only when it names one of these (or is a short all-caps
/// acronym), so `(Video)` or `(Updated)` stay part of the headline.
pub const AGENCIES: &[&str] = &[
    "aap",
    "abc",
    "abc news",
    "afp",
    "agence france-presse",
    "ani",
    "ansa",
    "ap",
    "apa",
    "associated press",
    "bbc",
    "bernama",
    "bloomberg",
    "cbc",
    "cbs",
    "cna",
    "cnn",
    "cnnmoney",
    "dpa",
    "efe",
    "fox",
    "ians",
    "itar-tass",
    "kyodo",
    "mena",
    "nbc",
    "npr",
    "pti",
    "reuters",
    "reuters health",
    "ria",
    "ria novosti",
    "sana",
    "sapa",
    "tass",
    "unb",
    "upi",
    "wam",
    "xinhua",
    "yonhap",
];

/// The last words of a staff role in a site's byline (`Lena deCasparis |
/// Contributing Writer | 5 days ago`), lowercase: a line that credits its
/// writer so is no title.
pub const BYLINE_ROLES: &[&str] = &[
    "columnist",
    "contributor",
    "correspondent",
    "editor",
    "reporter",
    "writer",
];

#[cfg(test)]
mod tests {
    #[test]
    fn sorted() {
        super::super::assert_sorted_lowercase("AGENCIES", super::AGENCIES);
        super::super::assert_sorted_lowercase("BYLINE_ROLES", super::BYLINE_ROLES);
    }
}
