//! Quote-mark scanning: memchr finds candidate bytes, then each mark is
//! classified by its glyph and by the characters around it, and marks are
//! paired within one paragraph.
//!
//! Only double quotation marks delimit quotes: `"`, `“ ”`, `„`, `« »`, and
//! the typewriter pairs ``` `` ``` / `''`. Single marks are left alone, so an
//! apostrophe (`don't`, `Clinton’s`) or a nested `‘quote’` never closes the
//! outer quotation. Pairing state is per paragraph: a stray mark costs at
//! most the rest of its own paragraph.

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
/// input, appending them to `out` in text order.
pub(crate) fn pieces(para: &str, base: usize, out: &mut Vec<Piece>) {
    let bytes = para.as_bytes();
    let mut open: Option<Mark> = None;
    let push = |o: Mark, close: Option<Mark>, out: &mut Vec<Piece>| {
        let start = o.pos + o.len;
        let (end, outer_end) = match close {
            Some(c) => (c.pos, c.pos + c.len),
            None => {
                let e = start + para[start..].trim_end().len();
                (e, para.len())
            }
        };
        if para[start..end].chars().any(char::is_alphanumeric) {
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
    for m in marks(bytes) {
        let dir = direction(para, m);
        match open {
            None => {
                if dir != Dir::Close {
                    open = Some(m);
                }
            }
            Some(o) => {
                if dir == Dir::Open && m.glyph != Glyph::Close {
                    // A fresh opening mark while one is open: the earlier
                    // mark was stray. Restart, so it derails nothing after.
                    open = Some(m);
                } else {
                    push(o, Some(m), out);
                    open = None;
                }
            }
        }
    }
    if let Some(o) = open {
        push(o, None, out);
    }
}

/// The double quotation marks of a paragraph, in order.
fn marks(bytes: &[u8]) -> impl Iterator<Item = Mark> + '_ {
    let mut ascii = memchr3_iter(b'"', b'\'', b'`', bytes).peekable();
    let mut wide = memchr2_iter(0xE2, 0xC2, bytes).peekable();
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
            let run = bytes[pos..].iter().take_while(|&&b| b == c).count();
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

/// Opening or closing, from the glyph and from which side has text.
fn direction(para: &str, m: Mark) -> Dir {
    let before = para[..m.pos].chars().next_back();
    let after = para[m.pos + m.len..].chars().next();
    // `matches!`, not `str::contains`: a search of the set per mark cost
    // more than the rest of the scan.
    let space_before = before.map_or(true, |c| {
        c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
    });
    let space_after = after.map_or(true, |c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '—' | '–'
            )
    });
    match (m.glyph, space_before, space_after) {
        // A curly mark the wrong way round (`”Mr. Trump`) is still a mark.
        (Glyph::Close, true, false) => Dir::Open,
        (Glyph::Close, _, _) => Dir::Close,
        (Glyph::Open, false, true) => Dir::Close,
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
    fn unclosed_runs_to_end() {
        let mut v = Vec::new();
        pieces("“First part of it.", 10, &mut v);
        assert_eq!(v.len(), 1);
        assert!(!v[0].closed && v[0].opens_paragraph);
        assert_eq!((v[0].start, v[0].end), (13, 30));
    }
}
