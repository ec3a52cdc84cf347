//! Words that may appear inside a dateline's place, and capitalized words that
//! open a line with a colon but are not places.

/// Lowercase particles inside place names: `Rio de Janeiro`, `Port-au-Prince`,
/// `Isle of Man`.
pub const PARTICLES: &[&str] = &[
    "al", "au", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "en",
    "la", "le", "of", "on", "sur", "upon", "y",
];

/// Capitalized words that open a line like `Note:` or `Also Read:` and so look
/// like a `Place:` dateline but never are one.
pub const NOT_PLACES: &[&str] = &[
    "a",
    "about",
    "ad",
    "added",
    "advertisement",
    "also",
    "analysis",
    "anchor",
    "answer",
    "breaking",
    "by",
    "caption",
    "clarification",
    "comment",
    "comments",
    "contact",
    "correction",
    "credit",
    "disclaimer",
    "disclosure",
    "edited",
    "editing",
    "editor",
    "editors",
    "exclusive",
    "file",
    "he",
    "her",
    "his",
    "host",
    "i",
    "image",
    "interviewer",
    "it",
    "live",
    "more",
    "my",
    "narrator",
    "note",
    "opinion",
    "photo",
    "photos",
    "pic",
    "picture",
    "posted",
    "q",
    "question",
    "quote",
    "read",
    "reference",
    "related",
    "reporter",
    "reporting",
    "she",
    "source",
    "sources",
    "subscribe",
    "summary",
    "tags",
    "the",
    "their",
    "they",
    "this",
    "topics",
    "transcript",
    "update",
    "updated",
    "video",
    "watch",
    "we",
    "what",
    "why",
    "you",
];

#[cfg(test)]
mod tests {
    #[test]
    fn sorted() {
        super::super::assert_sorted_lowercase("PARTICLES", super::PARTICLES);
        super::super::assert_sorted_lowercase("NOT_PLACES", super::NOT_PLACES);
    }
}
