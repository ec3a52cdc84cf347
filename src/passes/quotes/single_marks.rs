//! The view of an article that sets its quotations in single marks, as
//! British papers do (`‘We will win,’ she said`, `'We will win,' she
//! said`): its text with each single mark that opens or closes a
//! quotation written as the double mark of the same width (`‘` as `“`,
//! `’` as `”`, `'` as `"`), at the same offsets.
//!
//! A single mark is most often an apostrophe (`don’t`, `the Smiths’
//! house`), so the marks are told apart here, once, by the characters on
//! either side and by pairing, and only in an article whose quotations
//! are not set in double marks: where double marks pair into a quoted
//! piece, single ones are quotations nested in them, or apostrophes. Every
//! reader of the quote pass then reads the view as it reads text set in
//! double marks, and what it finds is sliced from the input at the same
//! spans.

use super::scan::ends_sentence;
use crate::lexicon::{pronouns, sets};
use crate::span::Text;

/// Writes into `view` the text of `src` (the input, or a view of it at
/// the same offsets) with the single marks that open and close quotations
/// in the paragraphs `paras` (spans of `src`) written as double marks, and
/// into `written` where (offset, length); false, with `view` empty, when
/// no paragraph holds such a pair, or when a paragraph of `paras` is not
/// the input's at its span (a pass may leave one: such an article is read
/// as it is). With `nested` (see [`nests_doubles`]) the double marks are
/// written as single ones: the view's quotations nest them as text set in
/// double marks nests single ones.
pub(super) fn restyle_into(
    src: &str,
    paras: &[Text<'_>],
    nested: bool,
    view: &mut String,
    written: &mut Vec<(usize, usize)>,
) -> bool {
    view.clear();
    written.clear();
    if paras.iter().any(|p| src.get(p.span.range()).is_none()) {
        return false;
    }
    let mut bytes = std::mem::take(view).into_bytes();
    bytes.extend_from_slice(src.as_bytes());
    let mut marks = Vec::new();
    for (j, p) in paras.iter().enumerate() {
        let text = &src[p.span.range()];
        let next_opens = paras
            .get(j + 1)
            .is_some_and(|n| src[n.span.range()].starts_with(['\'', '\u{2018}']));
        if nested {
            // `“` and `”` become `‘` and `’`, `"` becomes `'`.
            for k in memchr::memchr2_iter(b'"', 0xE2, text.as_bytes()) {
                let k = p.span.start + k;
                match src.as_bytes()[k..] {
                    [b'"', ..] => bytes[k] = b'\'',
                    [0xE2, 0x80, c @ (0x9C | 0x9D), ..] => bytes[k + 2] = c - 4,
                    _ => {}
                }
            }
        }
        marks.clear();
        quotation_marks(text, next_opens, &mut marks);
        for &(at, len) in &marks {
            let k = p.span.start + at;
            // `‘` E2 80 98 and `’` E2 80 99 become `“` E2 80 9C and `”`
            // E2 80 9D; `'` becomes `"`. ASCII for ASCII and a
            // continuation byte for one: the text stays UTF-8. (Written
            // from `src`, so that paragraphs that share bytes write them
            // once.)
            if len == 3 {
                bytes[k + 2] = src.as_bytes()[k + 2] + 4;
            } else {
                bytes[k] = b'"';
            }
            written.push((k, len));
        }
    }
    // (It cannot fail: see above.)
    *view = String::from_utf8(bytes).unwrap_or_default();
    if written.is_empty() {
        view.clear();
    }
    !written.is_empty()
}

/// Whether the quoted piece in double marks whose opening mark is at
/// offset `at` of `para` stands inside a quotation in single marks, as
/// British papers nest a quotation in one (`‘He told me “no”,’ she
/// said`): then the article sets its quotations in single marks, and the
/// double ones are those nested in them.
pub(super) fn nests_doubles(para: &str, at: usize) -> bool {
    let mut marks = Vec::new();
    quotation_marks(para, false, &mut marks);
    // (The marks come in pairs, in order, but for a last one left open.)
    marks.iter().filter(|m| m.0 < at).count() % 2 == 1
}

/// A single mark of a paragraph: where it is and how many bytes it takes,
/// and what its neighbours let it be.
#[derive(Clone, Copy)]
struct Single {
    at: usize,
    len: usize,
    opens: bool,
    closes: bool,
    /// A closing mark after a word in `s` with a lowercase word after it
    /// that is no cue (`the Smiths’ house`): maybe a plural's apostrophe.
    possessive: bool,
}

/// Appends to `out` the places (offset, length) of the single marks of
/// `para` that open and close its quotations, in order. A mark opens after
/// a blank, an opening bracket or a dash, before a letter (`‘90s` is an
/// apostrophe); it closes after text, before a blank, a stop, a comma or
/// a closing bracket; between two letters it is an apostrophe. Each
/// opening mark pairs with the next closing one, passing over one that
/// may be a plural's apostrophe when another closes later. An opening mark
/// left unclosed counts only where it opens the paragraph or the next
/// paragraph opens with a mark, `next_opens` (a quotation over several
/// paragraphs opens each of them and closes the last).
fn quotation_marks(para: &str, next_opens: bool, out: &mut Vec<(usize, usize)>) {
    let b = para.as_bytes();
    let mut singles: Vec<Single> = Vec::new();
    for k in memchr::memchr2_iter(b'\'', 0xE2, b) {
        let len = match &b[k..] {
            [b'\'', ..] => 1,
            [0xE2, 0x80, 0x98 | 0x99, ..] => 3,
            _ => continue,
        };
        let before = para[..k].chars().next_back();
        let after = para[k + len..].chars().next();
        let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if letter(before) && letter(after) {
            continue;
        }
        let opening_side = before.map_or(true, |c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '/')
        });
        let opens = b[k] == b'\'' || b[k + 2] == 0x98;
        // (`‘2006 is where it starts`, `‘[It] will inspire us`; but `the
        // ‘90s` is a decade's apostrophe.)
        let opens = opens
            && opening_side
            && after.is_some_and(|c| {
                c.is_alphabetic()
                    || matches!(c, '“' | '"' | '…' | '.' | '[')
                    || (c.is_ascii_digit() && !is_decade(&para[k + len..]))
            });
        // (A word processor curls a mark by the character before it, so a
        // closing one set after a space opens: `Argentina, ‘ said`. With
        // space on both sides a mark closes, as a double one does.)
        let spaced =
            before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace);
        let closes = ((b[k] == b'\'' || b[k + 2] == 0x99)
            && before.is_some_and(|c| !c.is_whitespace())
            && after.map_or(true, |c| {
                c.is_whitespace()
                    || matches!(
                        c,
                        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–' | '-' | '”' | '"'
                    )
            }))
            || spaced;
        // (`consumers’ said Lee Rainie`: a cue after it is the quotation's;
        // `‘no legal basis’ for the complaints`: no possessive stands
        // before a preposition, an article or a conjunction.)
        let possessive = closes
            && matches!(before, Some('s' | 'S'))
            && para[k + len..].strip_prefix(' ').is_some_and(|r| {
                let next = r.split(' ').next().unwrap_or("");
                next.starts_with(|c: char| c.is_lowercase())
                    && !sets::CUES.contains(next)
                    && (!sets::FUNCTION_WORDS.contains(next)
                        || pronouns::BEFORE_NOUN.contains(&next))
            });
        if opens || closes {
            singles.push(Single {
                at: k,
                len,
                opens,
                closes,
                possessive,
            });
        }
    }
    let mut open: Option<Single> = None;
    for (j, m) in singles.iter().enumerate() {
        match open {
            None if m.opens => open = Some(*m),
            None => {}
            // A fresh opening mark after a sentence's end opens the next
            // paragraph of a quotation whose paragraphs were run together
            // (`‘A. ‘B.’`): the open one is left unclosed, as the pairing
            // of double marks reads it.
            Some(o) if m.opens && !m.closes && ends_sentence(&para[o.at + o.len..m.at]) => {
                out.push((o.at, o.len));
                open = Some(*m);
            }
            // A mark closes one of its own kind (`‘` with `’`, `'` with
            // `'`): the other kind inside is a nested quotation's, or an
            // apostrophe.
            Some(o) if m.closes && m.len == o.len => {
                // A mark that may be a plural's apostrophe is passed over
                // for a later closing one, unless an opening one comes
                // first mid-sentence (a quotation holds no other of its
                // own kind: `‘heights’ set in 2002, the group said, and
                // ‘alarming’`), or the quotation is a phrase that opens
                // lowercase and the later mark lies past its sentence's end
                // (`a ‘seamless’ transition in management. ... ’`).
                let rest = &singles[j + 1..];
                let later = rest.iter().find(|n| n.closes && n.len == o.len);
                let passed = m.possessive
                    && later.is_some_and(|l| {
                        let opened = rest.iter().find(|n| n.len == o.len).is_some_and(|n| {
                            !n.closes && !ends_sentence(&para[o.at + o.len..n.at])
                        });
                        let phrase = para[o.at + o.len..].starts_with(char::is_lowercase);
                        let ends = phrase && holds_sentence_end(&para[m.at + m.len..l.at]);
                        !(opened || ends)
                    });
                if passed {
                    continue;
                }
                open = None;
                // (`rock 'n' roll`: a letter alone between is elided.)
                let inner = &para[o.at + o.len..m.at];
                if inner
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .nth(1)
                    .is_none()
                {
                    continue;
                }
                out.push((o.at, o.len));
                out.push((m.at, m.len));
            }
            Some(_) => {}
        }
    }
    if let Some(o) = open.filter(|o| o.at == 0 || next_opens) {
        out.push((o.at, o.len));
    }
}

/// Whether a sentence ends inside `text`: a stop, a space and a capital
/// or a quotation mark (`management. ‘I need`).
fn holds_sentence_end(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'.', b'?', b'!', b).any(|k| {
        b.get(k + 1) == Some(&b' ')
            && b.get(k + 2)
                .is_some_and(|&c| c.is_ascii_uppercase() || c == b'\'' || c == b'"' || c == 0xE2)
    })
}

/// Whether `text` opens with a decade written short (`90s`, `60s,`), as
/// after an apostrophe: two digits and an `s` that ends the word.
fn is_decade(text: &str) -> bool {
    match text.as_bytes() {
        [a, b, b's', rest @ ..] => {
            a.is_ascii_digit()
                && b.is_ascii_digit()
                && rest.first().map_or(true, |c| !c.is_ascii_alphanumeric())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn double_marks_nested_in_single_ones_become_single_in_the_view() {
        let text = "‘He told me \"go\" and “stay”,’ she said.";
        assert!(nests_doubles(text, text.find('"').unwrap()));
        let apart = "The ‘Best’ hats. “We won,” she said.";
        assert!(!nests_doubles(apart, apart.find('“').unwrap()));
        let paras = [Text::slice(text, Span::new(0, text.len()))];
        let mut view = String::new();
        assert!(restyle_into(text, &paras, true, &mut view, &mut Vec::new()));
        assert_eq!(view, "“He told me 'go' and ‘stay’,” she said.");
    }

    fn restyled(text: &str) -> String {
        let paras: Vec<Text<'_>> = text
            .split('\n')
            .scan(0, |at, line| {
                let span = Span::new(*at, *at + line.len());
                *at += line.len() + 1;
                Some(Text::slice(text, span))
            })
            .collect();
        let mut view = String::new();
        restyle_into(text, &paras, false, &mut view, &mut Vec::new());
        assert!(view.is_empty() || view.len() == text.len());
        view
    }

    #[test]
    fn quotation_marks_become_double_and_apostrophes_stay() {
        assert_eq!(
            restyled("‘We don’t know,’ she said. ‘It’s the Smiths’ house.’"),
            "“We don’t know,” she said. “It’s the Smiths’ house.”"
        );
        assert_eq!(
            restyled("'We don't know,' she said of the '90s."),
            "\"We don't know,\" she said of the '90s."
        );
        // Run together on one line, too; a mark of the other kind inside
        // is nested, or an apostrophe.
        assert_eq!(
            restyled("He said: ‘We lost. ‘It was the 'Halo' flu.’"),
            "He said: “We lost. “It was the 'Halo' flu.”"
        );
        // Each paragraph of a quotation over several opens with a mark.
        assert_eq!(
            restyled("He said: ‘We lost.\n‘We go on.’"),
            "He said: “We lost.\n“We go on.”"
        );
        // No pair: no view.
        assert_eq!(restyled("The players’ union and rock ’n’ roll."), "");
        assert_eq!(restyled("Rock 'n' roll."), "");
        assert_eq!(restyled("It was ‘odd"), "");
    }
}
