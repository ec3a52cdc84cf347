//! White space as the parser reads it: Unicode white space, and the
//! invisible characters that pages pasted from the web leave between and
//! inside words. A line of only such characters is blank, and paragraphs,
//! the headline line and the text after a dateline are trimmed of them, so
//! that a stray zero-width space neither makes a paragraph of its own nor
//! hides the dateline after it.

use crate::span::Span;

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

/// The length of the invisible character ([`is_invisible`]) that opens
/// `b`, if one does.
#[inline]
pub(crate) fn invisible_len(b: &[u8]) -> Option<usize> {
    match b {
        [0xC2, 0xAD, ..] | [0xD8, 0x9C, ..] => Some(2),
        [0xE2, 0x80, 0x8B..=0x8F | 0xAA..=0xAE, ..]
        | [0xE2, 0x81, 0xA0 | 0xA6..=0xA9, ..]
        | [0xEF, 0xBB, 0xBF, ..] => Some(3),
        _ => None,
    }
}

/// A blank a line's words may be set apart by: a space, a tab, or a wide
/// space (one of [`wide_space_len`]'s, which holds the one list of them).
#[inline]
pub(crate) fn is_blank_char(c: char) -> bool {
    c == ' '
        || c == '\t'
        || (!c.is_ascii() && wide_space_len(c.encode_utf8(&mut [0; 4]).as_bytes()).is_some())
}

/// Where a view written by [`collapse_spaces`] is shorter than its input.
#[derive(Default)]
pub(crate) struct OffsetMap {
    /// For each wide space or run of spaces written as one byte, in text
    /// order: its offset in the view, its offset in the input, and how many
    /// bytes shorter the view is from after it on.
    at: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    /// Forgets the spaces of the last article, or drops a list that grew
    /// huge.
    pub(crate) fn clear(&mut self) {
        if self.at.capacity() > KEEP_MAX {
            self.at = Vec::new();
        }
        self.at.clear();
    }

    /// The input's offset of the view's offset `v` (a char boundary of the
    /// view): after a space written as one byte, after its wide space.
    pub(crate) fn to_input(&self, v: usize) -> usize {
        let k = self.at.partition_point(|e| e.0 < v);
        k.checked_sub(1).map_or(v, |j| v + self.at[j].2)
    }

    /// The view's offset of the input's offset `i` (a char boundary of the
    /// input): inside a run written as one space, after that space.
    pub(crate) fn to_view(&self, i: usize) -> usize {
        let k = self.at.partition_point(|e| e.1 < i);
        k.checked_sub(1)
            .map_or(i, |j| (i - self.at[j].2).max(self.at[j].0 + 1))
    }

    /// [`OffsetMap::to_input`] of both ends of `s`.
    pub(crate) fn span_to_input(&self, s: Span) -> Span {
        Span::new(self.to_input(s.start), self.to_input(s.end))
    }

    /// [`OffsetMap::to_view`] of both ends of `s`.
    pub(crate) fn span_to_view(&self, s: Span) -> Span {
        Span::new(self.to_view(s.start), self.to_view(s.end))
    }
}

/// The most spaces an [`OffsetMap`] keeps room for from one article to the
/// next.
const KEEP_MAX: usize = 1 << 12;

/// Writes into `view` `input` with each wide space ([`wide_space_len`])
/// written as one ASCII space, and with `runs`, each run of two or more
/// spaces (ASCII or wide) too, with the invisible characters in it or at
/// its ends (`The\u{ad} foreign secretary`, `Tory\u{2060} leader`); into
/// `map`, where the view is shorter.
/// False, with `view` empty and `map` cleared, when there was nothing to
/// write so.
pub(crate) fn collapse_spaces(
    input: &str,
    runs: bool,
    view: &mut String,
    map: &mut OffsetMap,
) -> bool {
    map.clear();
    view.clear();
    view.reserve(input.len());
    let b = input.as_bytes();
    // The bytes of the space at `k`, or with `runs` of the invisible
    // character there (negated: it makes no run a space by itself).
    let blank_at = |k: usize| -> isize {
        match b.get(k) {
            Some(b' ') => 1,
            Some(0xC2 | 0xD8 | 0xE2 | 0xEF) => match wide_space_len(&b[k..]) {
                Some(n) => n as isize,
                None if runs => invisible_len(&b[k..]).map_or(0, |n| -(n as isize)),
                None => 0,
            },
            _ => 0,
        }
    };
    // Where a run may open: the lead bytes of the wide spaces and of most
    // invisible characters, and with `runs` two spaces in a row. Searched
    // for, not walked to byte by byte: spaces are a sixth of the text.
    let mut starts: Vec<usize> = memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b)
        .filter(|&k| blank_at(k) != 0)
        .collect();
    if runs {
        starts.extend(memchr::memmem::find_iter(b, b"  "));
        starts.sort_unstable();
    }
    let (mut from, mut shorter) = (0, 0);
    for k in starts {
        if k < from {
            continue;
        }
        // The run reaches back over the spaces before it (`left \u{a0}`).
        let mut k = k;
        while runs && k > from && b[k - 1] == b' ' {
            k -= 1;
        }
        let mut end = k;
        let mut spaced = false;
        loop {
            let n = blank_at(end);
            if n == 0 {
                break;
            }
            spaced |= n > 0;
            end += n.unsigned_abs();
            if !runs {
                break;
            }
        }
        if spaced && end - k > 1 {
            // (A run starts and ends between characters: a space, or the
            // lead byte of a whole character, opens it. The check costs
            // nothing and makes a slip no panic.)
            let Some(before) = input.get(from..k) else {
                break;
            };
            view.push_str(before);
            shorter += end - k - 1;
            map.at.push((view.len(), k, shorter));
            view.push(' ');
            from = end;
        }
    }
    match input.get(from..) {
        Some(rest) if !map.at.is_empty() => {
            view.push_str(rest);
            true
        }
        _ => {
            map.clear();
            view.clear();
            false
        }
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
    fn wide_spaces_are_the_white_space_that_parts_words_on_a_line() {
        // Every char outside ASCII that is white space, but those that end
        // a line or are no space a page sets between words (the next-line
        // control, the line and paragraph separators, the ogham and
        // ideographic spaces), and only those.
        for c in ('\u{80}'..='\u{ffff}').filter(|c| !c.is_ascii()) {
            let wide = wide_space_len(c.encode_utf8(&mut [0; 4]).as_bytes()).is_some();
            let want = c.is_whitespace()
                && !matches!(
                    c,
                    '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{1680}' | '\u{3000}'
                );
            assert_eq!(wide, want, "{c:?}");
            assert_eq!(is_blank_char(c), want, "{c:?}");
        }
        assert!(is_blank_char(' ') && is_blank_char('\t') && !is_blank_char('\n'));
        for c in ('\u{80}'..='\u{ffff}').filter(|c| !c.is_ascii()) {
            let len = invisible_len(c.encode_utf8(&mut [0; 4]).as_bytes());
            assert_eq!(len.is_some(), is_invisible(c), "{c:?}");
        }
    }

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
