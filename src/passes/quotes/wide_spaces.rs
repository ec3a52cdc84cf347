//! The view of an article with each wide space (a no-break space, the
//! typographic spaces) written as one ASCII space, and the map between the
//! view's offsets and the input's.
//!
//! Pages pasted from the web hold no-break spaces where a space was typed
//! (`nominee\u{a0}Donald Trump`, `cross-selling.\u{a0}Stumpf said`). The
//! readers of sentences, names and roles in the quote pass read the ASCII
//! space that news text puts between words; each taught a wide space
//! besides would be one more place to miss. A wide space is two or three
//! bytes, so no single space can stand at its offsets: the view is shorter
//! than the input, and the spans the pass finds in it are mapped back to
//! the input's, so every text it gives is still the input's.

use crate::article::{Quote, Speaker};
use crate::space;
use crate::span::{Span, Text};

/// Where a view written by [`collapse_into`] is shorter than its input.
#[derive(Default)]
pub(super) struct OffsetMap {
    /// For each wide space written as one byte, in text order: its offset
    /// in the view, its offset in the input, and how many bytes shorter
    /// the view is from after it on.
    at: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    /// Forgets the spaces of the last article, or drops a list that grew
    /// huge.
    pub(super) fn clear(&mut self) {
        if self.at.capacity() > KEEP_MAX {
            self.at = Vec::new();
        }
        self.at.clear();
    }

    /// The input's offset of the view's offset `v` (a char boundary of the
    /// view): after a space written as one byte, after its wide space.
    pub(super) fn to_input(&self, v: usize) -> usize {
        let k = self.at.partition_point(|e| e.0 < v);
        k.checked_sub(1).map_or(v, |j| v + self.at[j].2)
    }

    /// The view's offset of the input's offset `i` (a char boundary of the
    /// input).
    pub(super) fn to_view(&self, i: usize) -> usize {
        let k = self.at.partition_point(|e| e.1 < i);
        k.checked_sub(1).map_or(i, |j| i - self.at[j].2)
    }

    /// [`OffsetMap::to_input`] of both ends of `s`.
    pub(super) fn span_to_input(&self, s: Span) -> Span {
        Span::new(self.to_input(s.start), self.to_input(s.end))
    }

    /// [`OffsetMap::to_view`] of both ends of `s`.
    pub(super) fn span_to_view(&self, s: Span) -> Span {
        Span::new(self.to_view(s.start), self.to_view(s.end))
    }
}

/// The most spaces an [`OffsetMap`] keeps room for from one article to the
/// next.
const KEEP_MAX: usize = 1 << 12;

/// Writes into `view` the text of `input` with each wide space written as
/// one ASCII space, and into `map` where they were; false, with `view`
/// empty and `map` cleared, when `input` holds none, or when a paragraph
/// of `paras` is not the input's at its span (a pass may leave one: such
/// an article is read as it is).
pub(super) fn collapse_into(
    input: &str,
    paras: &[Text<'_>],
    view: &mut String,
    map: &mut OffsetMap,
) -> bool {
    map.clear();
    let mut out = std::mem::take(view).into_bytes();
    out.clear();
    if paras.iter().any(|p| input.get(p.span.range()).is_none()) {
        *view = String::from_utf8(out).unwrap_or_default();
        return false;
    }
    let b = input.as_bytes();
    let mut from = 0;
    let mut shorter = 0;
    // Every wide space opens with 0xC2 or 0xE2.
    for k in memchr::memchr2_iter(0xC2, 0xE2, b) {
        let Some(len) = space::wide_space_len(&b[k..]) else {
            continue;
        };
        out.extend_from_slice(&b[from..k]);
        map.at.push((out.len(), k, shorter + len - 1));
        out.push(b' ');
        shorter += len - 1;
        from = k + len;
    }
    out.extend_from_slice(&b[from..]);
    // Whole characters were taken out for an ASCII byte each: the view is
    // UTF-8 (the check cannot fail).
    match String::from_utf8(out) {
        Ok(text) if !map.at.is_empty() => {
            *view = text;
            true
        }
        Ok(mut text) => {
            text.clear();
            *view = text;
            false
        }
        Err(_) => {
            map.clear();
            false
        }
    }
}

/// `paras` as texts of `view`, the view `map` maps.
pub(super) fn view_paragraphs<'v>(
    view: &'v str,
    paras: &[Text<'_>],
    map: &OffsetMap,
) -> Vec<Text<'v>> {
    paras
        .iter()
        .map(|p| Text::slice(view, map.span_to_view(p.span)))
        .collect()
}

/// `q`, found in a view of `input` whose offsets `map` maps to the
/// input's, as `input`'s.
pub(super) fn rebased<'a>(q: Quote<'_>, input: &'a str, map: &OffsetMap) -> Quote<'a> {
    let text = |t: Text<'_>| Text::slice(input, map.span_to_input(t.span));
    let span = map.span_to_input(q.span);
    Quote {
        text: &input[span.range()],
        span,
        paragraph: q.paragraph,
        speaker: q.speaker.map(|s| Speaker {
            name: text(s.name),
            role: s.role.map(text),
            mention: text(s.mention),
            via: s.via,
        }),
        cue: q.cue.map(text),
        to: q.to.map(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(input: &str) -> Vec<Text<'_>> {
        vec![Text::slice(input, Span::new(0, input.len()))]
    }

    #[test]
    fn wide_spaces_are_one_space_each_and_offsets_map_both_ways() {
        let input = "said\u{a0}Ann Lee.\u{2009}She\u{202f}left \u{a0}now";
        let (mut view, mut map) = (String::new(), OffsetMap::default());
        assert!(collapse_into(input, &whole(input), &mut view, &mut map));
        assert_eq!(view, "said Ann Lee. She left  now");
        // Every word maps to itself, and every char boundary of the view
        // to one of the input's.
        for w in ["said", "Ann Lee", "She", "left", "now"] {
            let v = view.find(w).unwrap();
            let s = map.span_to_input(Span::new(v, v + w.len()));
            assert_eq!(&input[s.range()], w);
            assert_eq!(map.span_to_view(s), Span::new(v, v + w.len()));
        }
        for v in 0..=view.len() {
            assert!(input.is_char_boundary(map.to_input(v)), "{v}");
        }
        // A space written as one byte spans its wide space.
        let v = view.find(' ').unwrap();
        let s = map.span_to_input(Span::new(v, v + 1));
        assert_eq!(&input[s.range()], "\u{a0}");
    }

    #[test]
    fn text_with_no_wide_space_has_no_view() {
        let input = "said Ann Lee \u{201c}quoted\u{201d} \u{200b}";
        let (mut view, mut map) = (String::from("old"), OffsetMap::default());
        assert!(!collapse_into(input, &whole(input), &mut view, &mut map));
        assert!(view.is_empty());
        assert_eq!(map.to_input(5), 5);
    }
}
