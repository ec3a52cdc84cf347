//! Paragraph segmentation for the layouts feeds use: blank-line separated,
//! one paragraph per line, hard-wrapped with indented paragraph starts
//! (Reuters-21578), hard-wrapped blocks, CRLF, and mixtures of these.

use crate::headline;
#[cfg(test)]
use crate::lines::Lines;
use crate::lines::{is_blank_line, Line};
use crate::space;
use crate::span::{Span, Text};
use smallvec::SmallVec;

/// Lines at most this long, that do not end a sentence, read as hard-wrapped.
const WRAP_WIDTH: usize = 100;
/// Wrapped prose fills at least one line to this width.
const MIN_WRAP_WIDTH: usize = 40;
/// An indent of this many columns starts a paragraph inside a block.
const INDENT: usize = 3;

/// Appends the paragraphs of `input[region]` to `out`, trimmed of white space.
#[cfg(test)]
pub(crate) fn paragraphs<'a>(input: &'a str, region: Span, out: &mut Vec<Text<'a>>) {
    paragraphs_of(input, Lines::new(input, region.start, region.end), out);
}

/// Appends the paragraphs of `lines` (lines of `input`, in order) to `out`,
/// trimmed of white space.
pub(crate) fn paragraphs_of<'a>(
    input: &'a str,
    lines: impl IntoIterator<Item = Line>,
    out: &mut Vec<Text<'a>>,
) {
    // Most blocks are a line or a few: on the stack, no allocation. A
    // block's first line waits on its own until a second one comes: a
    // block of one line (a paragraph between blank lines, as most feeds
    // write them) is its paragraph, and goes straight out.
    let mut single: Option<Line> = None;
    let mut block: SmallVec<[Line; 32]> = SmallVec::new();
    for line in lines {
        if is_blank_line(input, line) {
            if let Some(l) = single.take() {
                push(input, l.start, l.end, out);
            } else {
                flush(input, &block, out);
                block.clear();
            }
        } else if let Some(l) = single.take() {
            block.push(l);
            block.push(line);
        } else if block.is_empty() {
            single = Some(line);
        } else {
            block.push(line);
        }
    }
    match single {
        Some(l) => push(input, l.start, l.end, out),
        None => flush(input, &block, out),
    }
}

/// Splits one block of non-blank lines into paragraphs.
fn flush<'a>(input: &'a str, block: &[Line], out: &mut Vec<Text<'a>>) {
    let Some(&first) = block.first() else {
        return;
    };
    let text = |l: &Line| &input[l.start..l.end];
    let indented_starts = block[1..].iter().any(|l| indent(text(l)) >= INDENT);
    let wrapped = !indented_starts && block.len() > 1 && is_wrapped(block, input);
    // A list (`- call centre operations ...`, ` - they are worried ...`):
    // each item opens with the first's marker, and wrapped or not, is a
    // paragraph of its own.
    let item = list_marker(text(&first)).filter(|_| !indented_starts);
    let mut para_start = first;
    let mut prev = first;
    for line in &block[1..] {
        let t = text(line);
        let starts_new = if indented_starts {
            indent(t) >= INDENT
        } else {
            !wrapped || (item.is_some() && list_marker(t) == item)
        };
        if starts_new {
            push(input, para_start.start, prev.end, out);
            para_start = *line;
        }
        prev = *line;
    }
    push(input, para_start.start, prev.end, out);
}

/// A block reads as hard-wrapped when its lines (all but the last) fit a
/// terminal's width and at least one of them, at least half as wide as
/// the widest, breaks mid-sentence. Feeds that put one paragraph on a line
/// have longer lines, or end every line with a sentence but a heading or a
/// caption, shorter than a wrapped line (`Chinese, one paragraph a line`
/// with a heading of four characters between).
fn is_wrapped(block: &[Line], input: &str) -> bool {
    let body = &block[..block.len() - 1];
    // The widest line that breaks mid-sentence, and the widest of all.
    let mut widest_mid = 0;
    let mut widest = 0;
    for l in body {
        let t = input[l.start..l.end].trim_end();
        let width = t.chars().count();
        if width > WRAP_WIDTH {
            return false;
        }
        widest = widest.max(width);
        // (A byline, `By Jane Harper, Staff Writer`, ends no sentence and
        // breaks none: a credit over the text, not a line of it.)
        if !ends_sentence(t) && !headline::is_byline(t.trim_start()) {
            widest_mid = widest_mid.max(width);
        }
    }
    let mid_sentence = widest_mid > 0 && 2 * widest_mid >= widest;
    // A list of short lines (`Word`, `Shr 10 cts`) is not wrapped prose,
    // unless a line goes on with a lowercase word.
    mid_sentence
        && (widest >= MIN_WRAP_WIDTH
            || block[1..].iter().any(|l| {
                input[l.start..l.end]
                    .trim_start()
                    .starts_with(|c: char| c.is_lowercase())
            }))
}

/// Whether line `t` ends a sentence: with a stop, or a closing mark after
/// one. The stops of Chinese and Japanese (`。`, full-width `！？：）`,
/// closing `」』`), of Hindi (`।`) and of Urdu and Arabic (`۔`, `؟`) too:
/// their paragraphs are often shorter than a wrapped line, and a text of
/// one such paragraph a line would otherwise read as one wrapped block.
fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', '"', '”', '\'', '’', ':', ')'])
        || t.ends_with(['。', '！', '？', '：', '）', '」', '』', '।', '۔', '؟'])
}

/// The mark that opens line `t` as a list item: a dash, an asterisk or a
/// bullet before a space (or a wide space, `-\u{a0}`, as pages pasted
/// from the web write), after any indent.
fn list_marker(t: &str) -> Option<char> {
    let mut cs = t.trim_start().chars();
    let m = cs
        .next()
        .filter(|c| matches!(c, '-' | '*' | '•' | '·' | '–'))?;
    cs.next()
        .is_some_and(|c| c != '\t' && crate::space::is_blank_char(c))
        .then_some(m)
}

fn indent(t: &str) -> usize {
    let mut n = 0;
    for b in t.bytes() {
        match b {
            b' ' => n += 1,
            b'\t' => n += 4,
            _ => break,
        }
    }
    n
}

// Inlined: most paragraphs are one line and go out from the line loop,
// where a call, its frame and its return cost a third of each push.
#[inline(always)]
fn push<'a>(input: &'a str, start: usize, end: usize, out: &mut Vec<Text<'a>>) {
    // ASCII white space by bytes; `space::trim` finishes the job only when
    // a non-ASCII char stands at either end (it may be a Unicode space or
    // an invisible character).
    let b = input.as_bytes();
    let (mut s, mut e) = (start, end);
    while s < e && is_ascii_space(b[s]) {
        s += 1;
    }
    while e > s && is_ascii_space(b[e - 1]) {
        e -= 1;
    }
    if s < e && (b[s] >= 0x80 || b[e - 1] >= 0x80) {
        (s, e) = trim_unicode(input, s, e);
    }
    if s < e {
        out.push(Text::slice(input, Span::new(s, e)));
    }
}

/// `input[s..e]` trimmed of what reads as space at its ends (Unicode white
/// space and the invisible characters of [`crate::space`]), as offsets.
#[cold]
#[inline(never)]
fn trim_unicode(input: &str, s: usize, e: usize) -> (usize, usize) {
    let raw = &input[s..e];
    let trimmed = space::trim_start(raw);
    let s = e - trimmed.len();
    (s, s + space::trim_end(trimmed).len())
}

/// The ASCII chars `char::is_whitespace` accepts.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        paragraphs(s, Span::new(0, s.len()), &mut v);
        v.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn blank_line_separated() {
        assert_eq!(
            paras("One.\n\nTwo.\r\n\r\nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn one_per_line() {
        assert_eq!(
            paras("First paragraph ends here.\nSecond paragraph ends here.\n"),
            ["First paragraph ends here.", "Second paragraph ends here."]
        );
    }

    #[test]
    fn one_per_line_in_scripts_with_their_own_stops() {
        // Short lines that each end with a stop of their script are
        // paragraphs, not a wrapped block.
        let s =
            "香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。\n\
                 他此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题，引发了一场诚信危机。\n\
                 不过泛民主派议员们普遍指责他撒谎，要求他马上辞职下台。\n";
        assert_eq!(paras(s).len(), 3);
        // A heading among them, short and with no stop, is a paragraph of
        // its own too: no wrapped line is so much shorter than the rest.
        let s =
            "香港行政长官在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。\n\
                 郑重道歉\n\
                 他此前承认早在去年参选行政长官之前就已知悉其住宅的违建问题，引发了一场诚信危机。\n\
                 不过泛民主派议员们普遍指责他撒谎，要求他马上辞职下台。\n";
        assert_eq!(paras(s).len(), 4);
        let s = "सरकार ने आज संसद में नया बजट पेश किया और कई घोषणाएँ कीं।\n\
                 विपक्ष ने बजट की कड़ी आलोचना की और सदन से बहिर्गमन किया।\n";
        assert_eq!(paras(s).len(), 2);
    }

    #[test]
    fn a_byline_is_no_wrapped_line() {
        let s = "By Jane Harper and Tom Blake, Staff Writers\n\
                 Clinton extends her lead in the polls, despite a message that fails.\n\
                 For someone who conceded that she is no natural politician, Clinton had a good night.\n";
        assert_eq!(paras(s).len(), 3);
    }

    #[test]
    fn list_items_are_paragraphs() {
        // Short items that break mid-sentence would read as a wrapped
        // block; each opens with the first one's marker.
        let s = "Firms keep call centres at home because:\n\n\
                 - they are part of their business core function\n \
                 - they are worried about the risk of going abroad,\n \
                 - they fear that they will damage their brand\n";
        assert_eq!(
            paras(s),
            [
                "Firms keep call centres at home because:",
                "- they are part of their business core function",
                "- they are worried about the risk of going abroad,",
                "- they fear that they will damage their brand",
            ]
        );
        // A no-break space after the mark, as pages pasted from the web
        // write one, makes an item too.
        assert_eq!(paras(&s.replace("- ", "-\u{a0}")).len(), 4);
        // A wrapped item goes on over its lines; a dash that a wrapped
        // line opens with after another mark is no item.
        let s = "* Next week Mississippi River (St Louis) 120 pct bid and 127 pct\n\
                 offered - up five points and more than the week before\n\
                 - no comparison.\n";
        assert_eq!(paras(s).len(), 1);
    }

    #[test]
    fn reuters_indented() {
        let s = "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.\n Reuter\n";
        let v = paras(s);
        assert_eq!(v.len(), 3);
        assert!(v[2].ends_with("Reuter"));
    }

    #[test]
    fn unicode_spaces_are_trimmed() {
        assert_eq!(
            paras("\u{a0} One.\u{2003}\n\n\u{3000}Two\u{a0}\u{a0}\n\n\u{a0}\n\n\u{85}é\u{85}"),
            ["One.", "Two", "é"]
        );
    }

    #[test]
    fn single_and_longer_blocks() {
        // One-line blocks go out on their own, longer ones through `flush`;
        // in every order, with and without a blank line at the end.
        assert_eq!(paras(""), Vec::<&str>::new());
        assert_eq!(paras("\n\n"), Vec::<&str>::new());
        assert_eq!(paras("One."), ["One."]);
        assert_eq!(paras("One.\n\n"), ["One."]);
        let s = "One.\n\nTwo ends here.\nThree ends here.\n\n  Four.  \n\n\nFive.\nSix.";
        assert_eq!(
            paras(s),
            [
                "One.",
                "Two ends here.",
                "Three ends here.",
                "Four.",
                "Five.",
                "Six."
            ]
        );
        let s = "A wrapped line that breaks off in the middle of\nthe sentence.\n\nLone.";
        assert_eq!(
            paras(s),
            [
                "A wrapped line that breaks off in the middle of\nthe sentence.",
                "Lone."
            ]
        );
    }

    #[test]
    fn hard_wrapped_block() {
        let s = "The storm moved east on Wednesday and forecasters said\nit would weaken before reaching the coast by the end of\nthe week.\n\nNext.";
        assert_eq!(paras(s).len(), 2);
    }
}
