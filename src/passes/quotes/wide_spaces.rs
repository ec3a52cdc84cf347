//! The view of an article with each wide space (a no-break space, the
//! typographic spaces) and each run of spaces written as one ASCII space,
//! and the map between the view's offsets and the input's.
//!
//! Pages pasted from the web hold no-break spaces where a space was typed
//! (`nominee\u{a0}Donald Trump`, `cross-selling.\u{a0}Stumpf said`). The
//! readers of sentences, names and roles in the quote pass read the ASCII
//! space that news text puts between words; each taught a wide space
//! besides would be one more place to miss. Where there is a wide space,
//! a run of spaces is written as one too (`said.\u{a0} The`: pages space
//! sentences with `&nbsp; `). A wide space is two or three bytes, so no
//! single space can stand at its offsets: the view is shorter than the
//! input, and the spans the pass finds in it are mapped back to the
//! input's, so every text it gives is still the input's.

use crate::article::{Quote, Speaker};
use crate::space::{self, OffsetMap};
use crate::span::Text;

/// Writes into `view` the text of `input` with each wide space, and each
/// run of two or more spaces, written as one ASCII space, and into `map`
/// where they were ([`space::collapse_spaces`]); false, with `view` empty
/// and `map` cleared, when `input` holds none, or when a paragraph of
/// `paras` is not the input's at its span (a pass may leave one: such an
/// article is read as it is).
pub(super) fn collapse_into(
    input: &str,
    paras: &[Text<'_>],
    view: &mut String,
    map: &mut OffsetMap,
) -> bool {
    if paras.iter().any(|p| input.get(p.span.range()).is_none()) {
        map.clear();
        view.clear();
        return false;
    }
    space::collapse_spaces(input, true, view, map)
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
    use crate::span::Span;

    fn whole(input: &str) -> Vec<Text<'_>> {
        vec![Text::slice(input, Span::new(0, input.len()))]
    }

    #[test]
    fn wide_spaces_are_one_space_each_and_offsets_map_both_ways() {
        let input = "said\u{a0}Ann Lee.\u{2009}She\u{202f}left \u{a0}now.  \u{200b}Done";
        let (mut view, mut map) = (String::new(), OffsetMap::default());
        assert!(collapse_into(input, &whole(input), &mut view, &mut map));
        // (A run of spaces, wide or not, is one space too, with an
        // invisible character beside it.)
        assert_eq!(view, "said Ann Lee. She left now. Done");
        // Every word maps to itself, and every char boundary of the view
        // to one of the input's.
        for w in ["said", "Ann Lee", "She", "left", "now", "Done"] {
            let v = view.find(w).unwrap();
            let s = map.span_to_input(Span::new(v, v + w.len()));
            assert_eq!(&input[s.range()], w);
            assert_eq!(map.span_to_view(s), Span::new(v, v + w.len()));
        }
        for v in 0..=view.len() {
            assert!(input.is_char_boundary(map.to_input(v)), "{v}");
        }
        // And every char boundary of the input (inside a run too) to one
        // of the view's, in order.
        let mut last = 0;
        for i in (0..=input.len()).filter(|&i| input.is_char_boundary(i)) {
            let v = map.to_view(i);
            assert!(view.is_char_boundary(v) && v >= last, "{i}");
            last = v;
        }
        // A space written as one byte spans its wide space.
        let v = view.find(' ').unwrap();
        let s = map.span_to_input(Span::new(v, v + 1));
        assert_eq!(&input[s.range()], "\u{a0}");
    }

    #[test]
    fn text_with_no_wide_space_has_no_view() {
        // (An invisible character inside a word, no space beside it.)
        let input = "said Ann Lee \u{201c}quoted\u{201d} Le\u{200b}e";
        let (mut view, mut map) = (String::from("old"), OffsetMap::default());
        assert!(!collapse_into(input, &whole(input), &mut view, &mut map));
        assert!(view.is_empty());
        assert_eq!(map.to_input(5), 5);
    }
}
