//! Quote-mark scanning: memchr finds candidate bytes, then each mark is
//! classified by its glyph and by the characters around it, and marks are
//! paired within one paragraph.
//!
//! Only double quotation marks delimit quotes: `"`, `“ ”`, `„`, `« »`, and
//! the typewriter pairs ``` `` ``` / `''`. Single marks are left alone, so an
//! apostrophe (`don't`, `Clinton’s`) or a nested `‘quote’` never closes the
//! outer quotation. (An article that sets its quotations in single marks
//! is read in a view with them written as double ones: see
//! `single_marks`.) Pairing state is per paragraph: a stray mark costs at
//! most the rest of its own paragraph.

use crate::ascii8::is_space;
use crate::span::Text;
use memchr::{memchr2_iter, memchr3_iter};

/// Which way a glyph points, before looking at its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Glyph {
    /// `"` and `''`: either way.
    Straight,
    /// `“`, `„`, `«`, ``` `` ```.
    Open,
    /// `”`, `»`.
    Close,
}

/// A quotation mark found in a paragraph (offsets relative to it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    pos: usize,
    len: usize,
    glyph: Glyph,
}

/// Which way a mark works in its context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    Either,
}

/// Where paragraph `k`'s pieces are in a list of every paragraph's pieces,
/// one after another, where paragraph `k`'s end at `ends[k]`.
pub(crate) fn paragraph_pieces(ends: &[usize], k: usize) -> std::ops::Range<usize> {
    k.checked_sub(1).map_or(0, |p| ends[p])..ends[k]
}

/// One quoted piece of a paragraph. Offsets are absolute (into the input).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Start of the opening mark.
    pub outer_start: usize,
    /// End of the closing mark, or the paragraph's end when unclosed.
    pub outer_end: usize,
    /// The text strictly between the marks.
    pub start: usize,
    /// See `start`.
    pub end: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// True when the opening mark is the paragraph's first character.
    pub opens_paragraph: bool,
}

/// Finds the quoted pieces of `para`, which starts at byte `base` of the
/// input, appending them to `out` in text order: the searches of
/// [`Candidates`] over the one paragraph, which those over many must
/// agree with.
#[cfg(test)]
pub(crate) fn pieces(para: &str, base: usize, out: &mut Vec<Piece>) {
    let bytes = para.as_bytes();
    // The AVX2 searchers themselves when the CPU has them: the generic
    // iterators pick one through a function pointer and set up its needles
    // at every call, and these run once per candidate byte.
    #[cfg(target_arch = "x86_64")]
    {
        use memchr::arch::x86_64::avx2::memchr::{Three, Two};
        if let (Some(ascii), Some(wide)) = (Three::new(b'"', b'\'', b'`'), Two::new(0xE2, 0xC2)) {
            let marks = marks(bytes, ascii.iter(bytes), wide.iter(bytes));
            return pair(para, base, marks, out);
        }
    }
    let ascii = memchr3_iter(b'"', b'\'', b'`', bytes);
    let wide = memchr2_iter(0xE2, 0xC2, bytes);
    pair(para, base, marks(bytes, ascii, wide), out);
}

/// The candidate bytes of quotation marks (those [`Candidates::pieces`] searches for)
/// in a stretch of the input that holds a list of paragraphs, found by
/// one pass of each searcher over the whole stretch: per paragraph, a
/// searcher's set-up and its last call, which finds nothing, cost more
/// than the few marks a paragraph has.
#[derive(Default)]
pub(crate) struct Candidates {
    /// Offsets (absolute) of `"`, `'` and `` ` ``, ascending.
    ascii: Vec<usize>,
    /// Offsets of 0xE2 and 0xC2, the lead bytes of the wide marks.
    wide: Vec<usize>,
    /// The first of `ascii` and of `wide` not before the last paragraph
    /// asked about.
    at: (usize, usize),
    /// Whether the stretch holds a wide space or an invisible character
    /// whose lead byte is 0xC2 or 0xE2 (see [`crate::space::wide_space_len`]
    /// and [`crate::space::invisible_len`]), found on the way: the search
    /// for wide marks visits those bytes.
    wide_spaces: bool,
    /// Whether the stretch holds an opening single curly mark, which may
    /// open a quotation in single marks (see `single_marks`), found on the
    /// way: the search for wide marks visits its lead byte.
    singles: bool,
}

/// Whether a wide mark opens at byte `k` of `bytes` (a lead byte 0xE2 or
/// 0xC2); `spaced` is set when a wide space or an invisible character
/// does, `singles` when an opening single curly mark does.
#[inline(always)]
fn wide_mark(bytes: &[u8], k: usize, spaced: &mut bool, singles: &mut bool) -> bool {
    if classify(bytes, k).is_some() {
        return true;
    }
    let rest = &bytes[k..];
    *spaced |=
        crate::space::wide_space_len(rest).is_some() || crate::space::invisible_len(rest).is_some();
    *singles |= rest.get(1..3) == Some(&[0x80, 0x98]);
    false
}

impl Candidates {
    /// The candidates of the paragraphs `paras`: of the input from the
    /// first one's start to the last one's end.
    pub(crate) fn find(&mut self, input: &str, paras: &[Text<'_>]) {
        self.ascii.clear();
        self.wide.clear();
        self.at = (0, 0);
        self.wide_spaces = false;
        self.singles = false;
        let lo = paras.iter().map(|p| p.span.start).min().unwrap_or(0);
        let hi = paras.iter().map(|p| p.span.end).max().unwrap_or(0);
        let Some(bytes) = input.as_bytes().get(lo..hi) else {
            return;
        };
        #[cfg(target_arch = "x86_64")]
        {
            use memchr::arch::x86_64::avx2::memchr::{Three, Two};
            if let (Some(ascii), Some(wide)) = (Three::new(b'"', b'\'', b'`'), Two::new(0xE2, 0xC2))
            {
                // (Flags in locals, not behind the borrow of `self`: they
                // stay in registers through the loop.)
                let (mut spaced, mut singles) = (false, false);
                let ascii = ascii.iter(bytes).filter(|&k| may_mark(bytes, k));
                self.ascii.extend(ascii.map(|k| lo + k));
                let wide = wide
                    .iter(bytes)
                    .filter(|&k| wide_mark(bytes, k, &mut spaced, &mut singles));
                self.wide.extend(wide.map(|k| lo + k));
                (self.wide_spaces, self.singles) = (spaced, singles);
                return;
            }
        }
        let (mut spaced, mut singles) = (false, false);
        let ascii = memchr3_iter(b'"', b'\'', b'`', bytes).filter(|&k| may_mark(bytes, k));
        self.ascii.extend(ascii.map(|k| lo + k));
        // A wide candidate's mark is in its own character's bytes: one that
        // has none (`’`, `—`, `£`) has none in its paragraph either.
        let wide = memchr2_iter(0xE2, 0xC2, bytes)
            .filter(|&k| wide_mark(bytes, k, &mut spaced, &mut singles));
        self.wide.extend(wide.map(|k| lo + k));
        (self.wide_spaces, self.singles) = (spaced, singles);
    }

    /// The candidates at their places in a view of the text that `map`
    /// maps (see [`crate::space::collapse_spaces`]): the view leaves every
    /// mark and its neighbours as they were, so the same ones are
    /// candidates, and a search of the view would find what this finds.
    pub(crate) fn move_to_view(&mut self, map: &crate::space::OffsetMap) {
        for k in self.ascii.iter_mut().chain(self.wide.iter_mut()) {
            *k = map.to_view(*k);
        }
        self.at = (0, 0);
    }

    /// The candidates with the marks at `marks` (absolute offset, length:
    /// 1 for an ASCII mark, else a wide one) added, for a view of the text
    /// that writes marks where it had other characters of the same width
    /// (see `single_marks`): every candidate found before stays one.
    pub(crate) fn add_marks(&mut self, marks: &[(usize, usize)]) {
        let ascii = marks.iter().filter(|m| m.1 == 1).map(|m| m.0);
        let wide = marks.iter().filter(|m| m.1 != 1).map(|m| m.0);
        self.ascii.extend(ascii);
        self.wide.extend(wide);
        self.ascii.sort_unstable();
        self.ascii.dedup();
        self.wide.sort_unstable();
        self.wide.dedup();
        self.at = (0, 0);
    }

    /// Whether the paragraphs [`Candidates::find`] was last given hold an
    /// opening single curly mark.
    pub(crate) fn singles(&self) -> bool {
        self.singles
    }

    /// Whether the candidates of `input` hold an apostrophe alone after
    /// white space (or a control byte), which may open a quotation in
    /// single marks.
    pub(crate) fn lone_apostrophe(&self, input: &str) -> bool {
        let b = input.as_bytes();
        self.ascii.iter().any(|&k| {
            b[k] == b'\''
                && b.get(k + 1) != Some(&b'\'')
                && k.checked_sub(1).is_some_and(|j| b[j] <= b' ')
        })
    }

    /// Whether the paragraphs [`Candidates::find`] was last given hold a
    /// wide space.
    pub(crate) fn wide_spaces(&self) -> bool {
        self.wide_spaces
    }

    /// Applies `keep` (which empties a list, or drops it when it is
    /// large) to the lists.
    pub(crate) fn keep(&mut self, keep: fn(&mut Vec<usize>)) {
        keep(&mut self.ascii);
        keep(&mut self.wide);
    }

    /// `pieces` (the tests' definition) of one of the paragraphs, `para` at `base`, from its
    /// candidates. Paragraphs asked in text order cost a step per
    /// candidate; others, a binary search.
    pub(crate) fn pieces(&mut self, para: &str, base: usize, out: &mut Vec<Piece>) {
        let end = base + para.len();
        let ascii = within(&self.ascii, &mut self.at.0, base, end);
        let wide = within(&self.wide, &mut self.at.1, base, end);
        if ascii.is_empty() && wide.is_empty() {
            return;
        }
        let bytes = para.as_bytes();
        let ascii = ascii.iter().map(|&k| k - base);
        let wide = wide.iter().map(|&k| k - base);
        pair(para, base, marks(bytes, ascii, wide), out);
    }
}

/// False for an ASCII candidate byte at `k` of `bytes` that is no mark and
/// leaves the marks after it as they are: an apostrophe or a backquote
/// with no other one beside it, which [`classify`] finds no mark at (its
/// run is one) in a paragraph or any stretch that holds it. Most are
/// apostrophes in words (`don't`), dropped here for a test of their
/// neighbours rather than carried through the pairing. An apostrophe after
/// white space is kept: it may open a quotation in single marks (see
/// [`Candidates::lone_apostrophe`]), and the pairing passes over it.
#[inline(always)]
fn may_mark(bytes: &[u8], k: usize) -> bool {
    let c = bytes[k];
    c == b'"'
        || bytes.get(k + 1) == Some(&c)
        || k.checked_sub(1)
            .is_some_and(|j| bytes[j] == c || bytes[j] <= b' ')
}

/// The offsets of the ascending `v` from `lo` to before `hi`, from the
/// cursor `at`, which then moves past them.
#[inline]
fn within<'v>(v: &'v [usize], at: &mut usize, lo: usize, hi: usize) -> &'v [usize] {
    if *at > 0 && v.get(*at - 1).is_some_and(|&k| k >= lo) {
        *at = v.partition_point(|&k| k < lo);
    }
    while v.get(*at).is_some_and(|&k| k < lo) {
        *at += 1;
    }
    let from = *at;
    while v.get(*at).is_some_and(|&k| k < hi) {
        *at += 1;
    }
    &v[from..*at]
}

/// Pairs the marks of `para` (at `base`) into pieces.
#[inline(always)]
fn pair(para: &str, base: usize, marks: impl Iterator<Item = Mark>, out: &mut Vec<Piece>) {
    let mut open: Option<Mark> = None;
    // `cut`: the piece ends before mark `close` (which opens the next),
    // not at it.
    let push = |o: Mark, close: Option<Mark>, cut: bool, out: &mut Vec<Piece>| {
        // The space after an opening mark (`“ We agree`) and before a
        // closing one (`Argentina, " said`) is no part of the quote. (The
        // mark at `close` is no space: the start stays before it. Most
        // quotes open and close on an ASCII letter or stop: settled by
        // that byte, no char decoded.)
        let plain = |b: Option<&u8>| b.is_some_and(|&b| b < 0x80 && !b.is_ascii_whitespace());
        let inner = o.pos + o.len;
        let start = if plain(para.as_bytes().get(inner)) {
            inner
        } else {
            inner + (para.len() - inner - para[inner..].trim_start().len())
        };
        let trimmed_end = |to: usize| {
            if to > start && plain(para.as_bytes().get(to - 1)) {
                to
            } else {
                start + para[start..to].trim_end().len()
            }
        };
        let (end, outer_end) = match close {
            Some(c) if cut => (trimmed_end(c.pos), c.pos),
            Some(c) => (trimmed_end(c.pos), c.pos + c.len),
            None => (trimmed_end(para.len()), para.len()),
        };
        // Most quotes open with a letter: settled by that byte, no char
        // decoded.
        let opens_alnum = start < end && para.as_bytes()[start].is_ascii_alphanumeric();
        if opens_alnum || para[start..end].chars().any(char::is_alphanumeric) {
            out.push(Piece {
                outer_start: base + o.pos,
                outer_end: base + outer_end,
                start: base + start,
                end: base + end,
                closed: close.is_some(),
                opens_paragraph: o.pos == 0,
            });
        }
    };
    for m in marks {
        let dir = direction(para, m);
        match open {
            None => {
                if dir != Dir::Close {
                    open = Some(m);
                }
            }
            Some(o) => {
                if dir == Dir::Open && m.glyph != Glyph::Close {
                    // A fresh opening mark while one is open. After a
                    // sentence's end it opens the next paragraph of a quote
                    // whose paragraphs were run together (`said: "A. "B."`:
                    // the convention for a quote over several paragraphs,
                    // with the line breaks lost), and the open piece ends
                    // there. Elsewhere the earlier mark was stray: restart,
                    // so it derails nothing after.
                    if ends_sentence(&para[o.pos + o.len..m.pos]) {
                        push(o, Some(m), true, out);
                    }
                    open = Some(m);
                } else {
                    push(o, Some(m), false, out);
                    open = None;
                }
            }
        }
    }
    if let Some(o) = open {
        push(o, None, false, out);
    }
}

/// Whether `text` (what an open piece holds before a fresh opening mark)
/// is sentences: some words that end with a stop (`.`, `?`, `!`, or an
/// ellipsis as three dots or as one character, also inside a bracket or a
/// single quotation mark). The reader of single marks asks it too.
pub(super) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches([')', '\'', '\u{2019}']);
    t.ends_with(['.', '?', '!', '\u{2026}']) && t.contains(' ')
}

/// The double quotation marks of a paragraph, in order, from the
/// positions of its ASCII and of its wide candidate bytes.
#[inline(always)]
fn marks<'b>(
    bytes: &'b [u8],
    ascii: impl Iterator<Item = usize> + 'b,
    wide: impl Iterator<Item = usize> + 'b,
) -> impl Iterator<Item = Mark> + 'b {
    let mut ascii = ascii.peekable();
    let mut wide = wide.peekable();
    let mut skip_to = 0usize;
    std::iter::from_fn(move || loop {
        let pos = match (ascii.peek(), wide.peek()) {
            (Some(&a), Some(&w)) if a < w => ascii.next()?,
            (Some(_), Some(_)) | (None, Some(_)) => wide.next()?,
            (Some(_), None) => ascii.next()?,
            (None, None) => return None,
        };
        if pos < skip_to {
            continue;
        }
        if let Some(m) = classify(bytes, pos) {
            skip_to = m.pos + m.len;
            return Some(m);
        }
    })
}

/// Whether `para` starts with a quotation mark this scanner knows: the only
/// way a piece can open the paragraph.
pub(crate) fn starts_with_mark(para: &str) -> bool {
    !para.is_empty() && classify(para.as_bytes(), 0).is_some()
}

fn classify(bytes: &[u8], pos: usize) -> Option<Mark> {
    let mark = |len, glyph| Some(Mark { pos, len, glyph });
    match bytes[pos] {
        b'"' => mark(1, Glyph::Straight),
        b'\'' | b'`' => {
            let c = bytes[pos];
            // A run is read from its first byte only, and no further than
            // tells two and three from more: a long run is not counted
            // again from each of its bytes.
            if pos > 0 && bytes[pos - 1] == c {
                return None;
            }
            let run = bytes[pos..].iter().take(4).take_while(|&&b| b == c).count();
            // Only runs of exactly two make a double mark; a third
            // apostrophe is a nested single mark next to it (`'''`).
            match (c, run) {
                (b'`', 2) => mark(2, Glyph::Open),
                (b'\'', 2) => mark(2, Glyph::Straight),
                (b'\'', 3) => {
                    // `'''`: a single mark and a double one; which comes
                    // first depends on the side the text is on.
                    let text_before = pos > 0 && !bytes[pos - 1].is_ascii_whitespace();
                    if text_before {
                        Some(Mark {
                            pos: pos + 1,
                            len: 2,
                            glyph: Glyph::Straight,
                        })
                    } else {
                        mark(2, Glyph::Straight)
                    }
                }
                _ => None,
            }
        }
        0xE2 => match bytes.get(pos + 1..pos + 3)? {
            [0x80, 0x9C] | [0x80, 0x9E] => mark(3, Glyph::Open),
            [0x80, 0x9D] => mark(3, Glyph::Close),
            _ => None,
        },
        0xC2 => match bytes.get(pos + 1)? {
            0xAB => mark(2, Glyph::Open),
            0xBB => mark(2, Glyph::Close),
            _ => None,
        },
        _ => None,
    }
}

/// The characters that count as space before an opening mark.
fn spacing_before(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
}

/// The characters that count as space after a closing mark.
fn spacing_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '—' | '–'
        )
}

/// [`spacing_before`] of each ASCII character, by table: the `matches!`
/// on an ASCII neighbour became a jump table, one indirect branch that
/// mispredicted at most marks.
const SPACING_BEFORE: [bool; 128] = ascii_table(b"([{-/");
/// [`spacing_after`] of each ASCII character.
const SPACING_AFTER: [bool; 128] = ascii_table(b".,;:!?)]}");

/// ASCII whitespace and the bytes of `marks`.
const fn ascii_table(marks: &[u8]) -> [bool; 128] {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = is_space(b as u8);
        b += 1;
    }
    let mut k = 0;
    while k < marks.len() {
        t[marks[k] as usize] = true;
        k += 1;
    }
    t
}

/// Opening or closing, from the glyph and from which side has text.
fn direction(para: &str, m: Mark) -> Dir {
    // `matches!`, not `str::contains`: a search of the set per mark cost
    // more than the rest of the scan. An ASCII neighbour is read from a
    // table; another is decoded.
    let b = para.as_bytes();
    let end = m.pos + m.len;
    let space_before = match m.pos.checked_sub(1).map(|k| b[k]) {
        None => true,
        Some(c) if c < 0x80 => SPACING_BEFORE[usize::from(c)],
        Some(_) => para[..m.pos]
            .chars()
            .next_back()
            .map_or(true, spacing_before),
    };
    let space_after = match b.get(end) {
        None => true,
        Some(&c) if c < 0x80 => SPACING_AFTER[usize::from(c)],
        Some(_) => para[end..].chars().next().map_or(true, spacing_after),
    };
    dir_of(m.glyph, space_before, space_after)
}

/// The direction of a mark of `glyph` with space (or nothing) before it
/// or not, and after it or not.
#[inline]
fn dir_of(glyph: Glyph, space_before: bool, space_after: bool) -> Dir {
    match (glyph, space_before, space_after) {
        // A curly mark the wrong way round (`”Mr. Trump`) is still a mark.
        (Glyph::Close, true, false) => Dir::Open,
        (Glyph::Close, _, _) => Dir::Close,
        (Glyph::Open, false, true) => Dir::Close,
        // (`Argentina, “ said`: one with space on both sides closes an
        // open quote, as a straight mark does; a word processor that
        // curls `"` by the character before it opens every mark after a
        // space.)
        (Glyph::Open, true, true) => Dir::Either,
        (Glyph::Open, _, _) => Dir::Open,
        (Glyph::Straight, true, false) => Dir::Open,
        (Glyph::Straight, false, true) => Dir::Close,
        (Glyph::Straight, _, _) => Dir::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        let mut v = Vec::new();
        pieces(p, 0, &mut v);
        v.iter().map(|q| &p[q.start..q.end]).collect()
    }

    #[test]
    fn glyphs() {
        assert_eq!(texts("a \"b c\" d"), ["b c"]);
        assert_eq!(texts("a “b c” d"), ["b c"]);
        assert_eq!(texts("a ``b c'' d"), ["b c"]);
        assert_eq!(texts("a ''b c'' d"), ["b c"]);
        assert_eq!(texts("a «b c» d"), ["b c"]);
        assert_eq!(texts("a „b c“ d"), ["b c"]);
    }

    #[test]
    fn apostrophes_and_nested() {
        assert_eq!(
            texts("“It’s ‘odd,’ isn't it,” he said."),
            ["It’s ‘odd,’ isn't it,"]
        );
        assert_eq!(
            texts("\"Say 'no,' Tom's friends said,\" he said."),
            ["Say 'no,' Tom's friends said,"]
        );
        assert_eq!(texts("''He said 'no.''' Then"), ["He said 'no.'"]);
        // A run of four or more is no mark, nor is any part of it.
        assert!(texts("a '''''b c'' d").is_empty());
        assert!(texts("a ````b c'' d").is_empty());
    }

    #[test]
    fn a_mark_with_space_on_both_sides_closes_an_open_quote() {
        // A word processor curls a straight mark by the character before
        // it: after a space it writes an opening one, closing or not.
        assert_eq!(
            texts("“We are bad, “ said Ann Lee. “We know.”"),
            ["We are bad,", "We know."]
        );
        assert_eq!(
            texts("\"We are bad, \" said Ann Lee. \"We know.\""),
            ["We are bad,", "We know."]
        );
        // With none open, it opens one; the spaces inside the marks are
        // no part of the quote.
        assert_eq!(texts("He said “ we agree ” and left."), ["we agree"]);
        assert_eq!(texts("“ We agree,” he said."), ["We agree,"]);
    }

    #[test]
    fn stray_mark_restarts() {
        assert_eq!(texts("He was 6\" tall. “Yes,” he said."), ["Yes,"]);
        assert_eq!(
            texts("A “stray mark. Then “a quote,” he said."),
            ["a quote,"]
        );
    }

    #[test]
    fn run_together_paragraphs_of_a_quote_are_pieces() {
        // A quote's paragraphs on one line: each opening mark after a stop
        // ends the piece before it.
        assert_eq!(
            texts("He said: \"We lost. \"It hurt? \"We go on,\" he said. \"Yes.\""),
            ["We lost.", "It hurt?", "We go on,", "Yes."]
        );
        // After a word, not a stop, the earlier mark was stray.
        assert_eq!(
            texts("The \"plan and \"We go on,\" he said."),
            ["We go on,"]
        );
        // A stop right after the mark is no sentence.
        assert_eq!(texts("Then \". \"Go,\" he said."), ["Go,"]);
        // An ellipsis, as three dots or one character, ends a sentence.
        assert_eq!(
            texts("He said: \"We waited\u{2026} \"It hurt.\""),
            ["We waited\u{2026}", "It hurt."]
        );
    }

    #[test]
    fn unclosed_runs_to_end() {
        let mut v = Vec::new();
        pieces("“First part of it.", 10, &mut v);
        assert_eq!(v.len(), 1);
        assert!(!v[0].closed && v[0].opens_paragraph);
        assert_eq!((v[0].start, v[0].end), (13, 30));
    }

    /// `direction` as it was, decoding both neighbours and asking the
    /// char tests of each (the tables are checked against those apart).
    fn direction_by_chars(para: &str, m: Mark) -> Dir {
        let before = para[..m.pos].chars().next_back();
        let after = para[m.pos + m.len..].chars().next();
        let space_before = before.map_or(true, spacing_before);
        let space_after = after.map_or(true, spacing_after);
        dir_of(m.glyph, space_before, space_after)
    }

    /// The paragraphs of `text`, split at blank lines, as spans of it.
    fn paragraphs(text: &str) -> Vec<Text<'_>> {
        let mut at = 0;
        let mut out = Vec::new();
        for p in text.split("\n\n") {
            out.push(Text::slice(text, (at..at + p.len()).into()));
            at += p.len() + 2;
        }
        out
    }

    /// Calls `check` on 300 texts of up to `most - 1` of `parts` each,
    /// picked by an xorshift generator from `seed`: the same texts on
    /// every run.
    fn each_generated(parts: &[&str], mut seed: u64, most: usize, mut check: impl FnMut(&str)) {
        for len in 0..300 {
            let mut p = String::new();
            for _ in 0..len % most {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                p.push_str(parts[seed as usize % parts.len()]);
            }
            check(&p);
        }
    }

    /// Pieces from the candidates of a whole text are those of a search
    /// of each paragraph alone, asked in text order, in reverse and with
    /// paragraphs skipped.
    #[test]
    fn candidates_of_a_text_give_each_paragraphs_pieces() {
        fn check(text: &str) {
            let paras = paragraphs(text);
            let want: Vec<Vec<Piece>> = paras
                .iter()
                .map(|p| {
                    let mut v = Vec::new();
                    pieces(p.text, p.span.start, &mut v);
                    v
                })
                .collect();
            let mut found = Candidates::default();
            let orders: [Vec<usize>; 3] = [
                (0..paras.len()).collect(),
                (0..paras.len()).rev().collect(),
                (0..paras.len()).step_by(2).collect(),
            ];
            for order in orders {
                found.find(text, &paras);
                for k in order {
                    let mut got = Vec::new();
                    found.pieces(paras[k].text, paras[k].span.start, &mut got);
                    assert_eq!(got, want[k], "{text:?} {k}");
                }
            }
            // Of the middle paragraphs only: the stretch searched is theirs.
            if paras.len() > 2 {
                let mid = &paras[1..paras.len() - 1];
                found.find(text, mid);
                for (k, p) in mid.iter().enumerate() {
                    let mut got = Vec::new();
                    found.pieces(p.text, p.span.start, &mut got);
                    assert_eq!(got, want[k + 1], "{text:?} {k}");
                }
            }
        }
        let parts = [
            "\"", "''", "'''", "``", "“", "”", "„", "«", "»", "’", "£", " ", "word", ".", "\n\n",
            "'", "`", "a'b",
        ];
        each_generated(&parts, 0x9e37_79b9_7f4a_7c15, 60, check);
        super::super::bbc_sample::each_article(40, check);
    }

    #[test]
    fn spacing_tables_are_the_char_tests() {
        for b in 0u8..128 {
            let c = char::from(b);
            assert_eq!(SPACING_BEFORE[usize::from(b)], spacing_before(c), "{b:#x}");
            assert_eq!(SPACING_AFTER[usize::from(b)], spacing_after(c), "{b:#x}");
        }
    }

    #[test]
    fn direction_reads_ascii_neighbours_as_their_chars() {
        let text = "a\"b “c” (\"d\") «e»,\"—\"f–\"… \"\t\"\u{a0}\"é\"x\u{b}\"[/]{}-;:!?.";
        let at: Vec<usize> = text
            .char_indices()
            .map(|(k, _)| k)
            .chain([text.len()])
            .collect();
        for &pos in &at {
            for &end in at.iter().filter(|&&e| e > pos && e <= pos + 3) {
                for glyph in [Glyph::Straight, Glyph::Open, Glyph::Close] {
                    let m = Mark {
                        pos,
                        len: end - pos,
                        glyph,
                    };
                    assert_eq!(direction(text, m), direction_by_chars(text, m), "{m:?}");
                }
            }
        }
    }

    /// The marks found from the AVX2 searchers' candidates are those found
    /// from the generic iterators' and from a byte-by-byte scan's, on
    /// generated text and on corpus paragraphs.
    #[test]
    fn searchers_find_what_a_byte_scan_finds() {
        fn check(p: &str) {
            let b = p.as_bytes();
            let generic = memchr3_iter(b'"', b'\'', b'`', b);
            let generic: Vec<Mark> = marks(b, generic, memchr2_iter(0xE2, 0xC2, b)).collect();
            let ascii = (0..b.len()).filter(|&k| matches!(b[k], b'"' | b'\'' | b'`'));
            let wide = (0..b.len()).filter(|&k| matches!(b[k], 0xE2 | 0xC2));
            let by_bytes: Vec<Mark> = marks(b, ascii, wide).collect();
            assert_eq!(generic, by_bytes, "{p:?}");
            #[cfg(target_arch = "x86_64")]
            {
                use memchr::arch::x86_64::avx2::memchr::{Three, Two};
                if let (Some(t), Some(w)) = (Three::new(b'"', b'\'', b'`'), Two::new(0xE2, 0xC2)) {
                    let avx2: Vec<Mark> = marks(b, t.iter(b), w.iter(b)).collect();
                    assert_eq!(avx2, by_bytes, "{p:?}");
                }
            }
        }
        let parts = [
            "\"", "''", "'''", "``", "`", "“", "”", "„", "«", "»", "’", "£", "é", " ", "word",
        ];
        each_generated(&parts, 0x2545_f491_4f6c_dd1d, 40, check);
        super::super::bbc_sample::each_article(40, |text| text.split("\n\n").for_each(check));
    }
}
