//! The words around quotes: a paragraph becomes a list of word, punctuation
//! and quote tokens (a whole quoted piece is one token), so that attribution
//! can walk back and forth over words without looking inside quotes.

use super::scan::Piece;
use crate::lexicon::{contains_ci, titles};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters and digits with inner `-`, `'`, `’`, `.`, `&`, and a
    /// final `.` when the word is an abbreviation or an initial.
    Word,
    /// One punctuation character.
    Punct(char),
    /// A quoted piece, marks included: index into the paragraph's pieces.
    Quote(usize),
}

/// A token; offsets are absolute (into the input).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
}

/// Tokenizes `para` (starting at byte `base`), whose quoted pieces are
/// `pieces`, into `out`.
pub(crate) fn tokenize(para: &str, base: usize, pieces: &[Piece], out: &mut Vec<Tok>) {
    out.clear();
    let mut next_piece = 0;
    let mut i = 0;
    while i < para.len() {
        if let Some(p) = pieces.get(next_piece) {
            if base + i >= p.outer_start {
                out.push(Tok {
                    s: p.outer_start,
                    e: p.outer_end,
                    kind: Kind::Quote(next_piece),
                });
                i = p.outer_end - base;
                next_piece += 1;
                continue;
            }
        }
        let limit = pieces
            .get(next_piece)
            .map_or(para.len(), |p| p.outer_start - base);
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            let e = word_end(para, i, limit);
            out.push(Tok {
                s: base + i,
                e: base + e,
                kind: Kind::Word,
            });
            i = e;
        } else {
            out.push(Tok {
                s: base + i,
                e: base + i + c.len_utf8(),
                kind: Kind::Punct(c),
            });
            i += c.len_utf8();
        }
    }
}

pub(crate) fn word_end(para: &str, start: usize, limit: usize) -> usize {
    let mut e = start;
    let mut chars = para[start..limit].char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if c.is_alphanumeric() {
            e = start + k + c.len_utf8();
            continue;
        }
        let joins = matches!(c, '-' | '\'' | '’' | '.' | '&')
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if !joins {
            break;
        }
    }
    if para[e..limit].starts_with('.') && is_abbreviation(&para[start..e]) {
        e += 1;
    }
    e
}

/// True for words whose following dot does not end a sentence.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    let mut cs = w.chars();
    let single = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    let last = w.rsplit('-').next().unwrap_or(w);
    single || w.contains('.') || contains_ci(titles::ABBREVIATIONS, last)
}

/// The text of a token.
#[inline]
pub(crate) fn text<'a>(input: &'a str, t: &Tok) -> &'a str {
    &input[t.s..t.e]
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A word without a final dot and without a possessive `'s`.
pub(crate) fn bare(w: &str) -> &str {
    let w = w.strip_suffix('.').unwrap_or(w);
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_abbreviations() {
        let p = "Mr. J. R. O’Neil-Smith said. U.S. law";
        let mut v = Vec::new();
        tokenize(p, 0, &[], &mut v);
        let words: Vec<_> = v.iter().map(|t| &p[t.s..t.e]).collect();
        assert_eq!(
            words,
            [
                "Mr.",
                "J.",
                "R.",
                "O’Neil-Smith",
                "said",
                ".",
                "U.S.",
                "law"
            ]
        );
    }
}
