//! White space as the parser reads it: Unicode white space, and the
//! invisible characters that pages pasted from the web leave between and
//! inside words. A line of only such characters is blank, and paragraphs,
//! the headline line and the text after a dateline are trimmed of them, so
//! that a stray zero-width space neither makes a paragraph of its own nor
//! hides the dateline after it.

/// The invisible characters: a soft hyphen (`Doug \u{ad}Andres`), the
/// zero-width space, non-joiner and joiner, the word joiner, a byte-order
/// mark past the start, and the marks and controls of writing direction
/// that pages with text in both directions leave around names and
/// punctuation (left-to-right and right-to-left marks, the Arabic letter
/// mark, embeddings, overrides and isolates). They show nothing, so they
/// read as space: a token of their own would part a name from its cue
/// (`Schmidt\u{200b} said`, `Netanyahu\u{200f} said`), and a line of them
/// would be a paragraph.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// The length of the wide space that opens `b`, if one does: U+00A0
/// (no-break), U+2000 to U+200A (the typographic spaces), U+202F (narrow
/// no-break) and U+205F (the mathematical space). Not U+200B and the other
/// invisible characters, which are no space between words.
#[inline]
pub(crate) fn wide_space_len(b: &[u8]) -> Option<usize> {
    match b {
        [0xC2, 0xA0, ..] => Some(2),
        [0xE2, 0x80, 0x80..=0x8A | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => Some(3),
        _ => None,
    }
}

/// True for a char that reads as space: Unicode white space or one of the
/// invisible characters. (Public for the invariant checks, which re-export
/// it: the fuzz targets and tests count text by it.)
#[inline]
pub fn reads_as_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// `s` without the chars that read as space at either end.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    s.trim_matches(reads_as_space)
}

/// `s` without the chars that read as space at its start.
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    s.trim_start_matches(reads_as_space)
}

/// `s` without the chars that read as space at its end.
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    s.trim_end_matches(reads_as_space)
}

/// True when every char of `s` reads as space (or it is empty).
#[inline]
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(reads_as_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_read_as_space() {
        for c in [
            '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{200e}',
            '\u{200f}', '\u{61c}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        ] {
            assert!(reads_as_space(c), "{c:?}");
        }
        for c in [' ', '\t', '\u{a0}', '\u{3000}'] {
            assert!(reads_as_space(c), "{c:?}");
        }
        // Letters, marks and the invisible operators of mathematics are no
        // space.
        for c in ['a', '-', '\u{2061}', '\u{2064}', 'é', '\u{301}'] {
            assert!(!reads_as_space(c), "{c:?}");
        }
    }

    #[test]
    fn trims_both_kinds() {
        assert_eq!(trim(" \u{200b}Text\u{feff} "), "Text");
        assert_eq!(trim_start("\u{2060} a b"), "a b");
        assert_eq!(trim_end("a b\u{ad}\n"), "a b");
        assert!(is_blank("\u{200b} \u{feff}\t"));
        assert!(is_blank(""));
        assert!(!is_blank("\u{200b}x"));
    }
}
