//! The unwrapped view of a hard-wrapped article: its text with the line
//! breaks inside its paragraphs written as spaces, at the same offsets.
//!
//! Wires and plain-text archives wrap paragraphs at a terminal's width
//! (`said Ray Stone\nof Merrill Lynch`). Every reader of sentences, names
//! and roles in the quote pass would otherwise have to tell a wrapped
//! line's break from a paragraph's; in the view, a wrapped paragraph reads
//! as the same words on one line do. The quote pass reads the view and
//! slices what it finds from the input at the same spans, so every text
//! it gives is still the input's.

use crate::span::{Span, Text};

/// Whether paragraph `b` is hard-wrapped, by its first line: true when it
/// breaks within the widest a wrapped line is (the layout's 100
/// characters, with room for trailing space), false when it runs on
/// longer, and `None` for a paragraph on one shorter line, which tells
/// nothing. The first [`ASCII_LINE_MAX`] bytes answer for most paragraphs.
fn first_line_breaks(b: &[u8]) -> Option<bool> {
    let head = &b[..b.len().min(ASCII_LINE_MAX)];
    if memchr::memchr(b'\n', head).is_some() {
        return Some(true);
    }
    if head.len() == b.len() {
        return None;
    }
    if head.is_ascii() {
        return Some(false);
    }
    // Characters of two to four bytes: up to four times as many bytes.
    let rest = &b[head.len()..b.len().min(FIRST_LINE_MAX)];
    if memchr::memchr(b'\n', rest).is_some() {
        Some(true)
    } else {
        (rest.len() + head.len() < b.len()).then_some(false)
    }
}

/// The longest first line, in bytes, of a paragraph of ASCII text that
/// [`first_line_breaks`] reads as hard-wrapped.
const ASCII_LINE_MAX: usize = 128;

/// The longest first line, in bytes, of any paragraph that
/// [`first_line_breaks`] reads as hard-wrapped: [`ASCII_LINE_MAX`] in
/// characters of up to four bytes, and a CR LF.
const FIRST_LINE_MAX: usize = 4 * ASCII_LINE_MAX + 2;

/// The largest view (bytes) kept for the next article.
pub(super) const VIEW_KEEP_MAX: usize = 1 << 20;

/// Whether the paragraphs of `paras` from `first` (the first that holds a
/// piece) on are hard-wrapped: they are when the first of them whose first
/// line tells (see [`first_line_breaks`]) breaks. Most articles put each
/// paragraph on a line of its own: the first paragraph or two answer, each
/// for a search of a hundred-odd bytes.
pub(super) fn is_wrapped(paras: &[Text<'_>], first: usize) -> bool {
    paras
        .get(first..)
        .unwrap_or_default()
        .iter()
        .find_map(|p| first_line_breaks(p.text.as_bytes()))
        .unwrap_or(false)
}

/// Writes into `view` the unwrapped view of `input` (see
/// [`Attributed`](super::Attributed)) when the paragraphs of `paras` from
/// `first` on are hard-wrapped ([`is_wrapped`]); false, and `view`
/// untouched, otherwise.
pub(super) fn unwrap_into(
    input: &str,
    paras: &[Text<'_>],
    first: usize,
    view: &mut String,
) -> bool {
    // (A pass may have left a paragraph whose span is not the input's:
    // such an article is read as it is.)
    if !is_wrapped(paras, first) || paras.iter().any(|p| input.get(p.span.range()).is_none()) {
        return false;
    }
    view.clear();
    view.push_str(input);
    unwrap_view(view, paras.iter().map(|p| p.span));
    debug_assert_eq!(view.len(), input.len());
    true
}

/// `view` unwrapped where it stands: each `\n` and `\r` inside the
/// paragraphs at `spans` (spans of `view`) made a space.
pub(super) fn unwrap_view(view: &mut String, spans: impl Iterator<Item = Span>) {
    let mut bytes = std::mem::take(view).into_bytes();
    unwrap_bytes(&mut bytes, spans);
    // (The check is the one `from_utf8` makes of ASCII, a few words at a
    // time; it cannot fail.)
    *view = String::from_utf8(bytes).unwrap_or_default();
}

/// Each `\n` and `\r` of `bytes` inside the paragraphs at `spans` made a
/// space: ASCII for ASCII, so every offset stays and the text stays
/// UTF-8. A byte loop the compiler vectorizes; a search from one break to
/// the next restarts at every line of a wrapped article.
fn unwrap_bytes(bytes: &mut [u8], spans: impl Iterator<Item = Span>) {
    let mut done = 0;
    for s in spans {
        if s.start < done {
            continue;
        }
        let Some(para) = bytes.get_mut(s.range()) else {
            continue;
        };
        for b in para {
            // (A select, not a branch: the loop runs in vector registers.)
            let brk = *b == b'\n' || *b == b'\r';
            *b = if brk { b' ' } else { *b };
        }
        done = s.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_tells_when_it_breaks_or_runs_long() {
        assert_eq!(first_line_breaks(b"One short line."), None);
        assert_eq!(first_line_breaks(b"A wrapped\nline."), Some(true));
        let long = "word ".repeat(40);
        assert_eq!(first_line_breaks(long.as_bytes()), Some(false));
        let late = format!("{}\nmore", "word ".repeat(30));
        assert_eq!(first_line_breaks(late.as_bytes()), Some(false));
        // Characters of several bytes: a break after 60 of them (240
        // bytes) is still a wrapped line's; 200 of them run on.
        let wide = format!("{}\nmore", "\u{10348}".repeat(60));
        assert_eq!(first_line_breaks(wide.as_bytes()), Some(true));
        let wide = format!("{}\nmore", "\u{10348}".repeat(200));
        assert_eq!(first_line_breaks(wide.as_bytes()), Some(false));
    }

    fn paras(input: &str) -> Vec<Text<'_>> {
        let mut out = Vec::new();
        let mut at = 0;
        for p in input.split("\n\n") {
            out.push(Text::slice(input, Span::new(at, at + p.len())));
            at += p.len() + 2;
        }
        out
    }

    #[test]
    fn the_view_keeps_offsets_and_the_breaks_between_paragraphs() {
        let input = "Head\n\n\"Yes,\" said Ray\r\nStone of\nMerrill.\n\nEnd.";
        let ps = paras(input);
        let mut view = String::new();
        assert!(unwrap_into(input, &ps, 1, &mut view));
        assert_eq!(view, "Head\n\n\"Yes,\" said Ray  Stone of Merrill.\n\nEnd.");
        // A text on single lines has no view.
        let input = "Head\n\n\"Yes,\" said Ray Stone.\n\nEnd.";
        let mut view = String::from("kept");
        assert!(!unwrap_into(input, &paras(input), 1, &mut view));
        assert_eq!(view, "kept");
    }
}
