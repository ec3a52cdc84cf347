//! Quoted pieces that are no speech: titles and names (`"Parks and
//! Recreation"`, `"Fox News Sunday"`), nicknames, and the keys and values
//! of code (`"twig/twig": ">=1.8"`).

use super::attribution::ends_with_stop;
use super::grammar::is_call;
use super::scan::Piece;
use super::speakers::is_pronoun;
use super::subjects::{is_word, time_phrase_before, NAMING, TITLE_LEADS, WORK_NOUNS};
use super::tokens::{is_cap, is_possessive, text, Kind, Tok};
use crate::ascii8;
use crate::lexicon::titles;

/// True for short text that capitalizes every longer word, as titles and
/// names do (`Fox News Sunday`, `Make Your Kid a Millionaire`).
pub(super) fn is_title_case(content: &str) -> bool {
    title_case_up_to(content, 8)
}

/// The most words of a title that a word leading titles stands before
/// (`author of "Zombies on Film: The Definitive Story of Undead Cinema"`):
/// speech of this length always leaves some longer word lowercase.
const LED_TITLE_WORDS: usize = 16;

/// [`is_title_case`] for text of at most `max` words.
fn title_case_up_to(content: &str, max: usize) -> bool {
    let core = content.trim_end_matches([',', '.']);
    // The tests cheapest first: a quote of speech fails one of the first
    // three within a few words.
    let opens = core
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if !opens || core.ends_with(['.', '?', '!']) {
        return false;
    }
    // Only up to `max + 1` words are ever needed: more is neither a title
    // nor a name, and a long quote should not be counted through.
    if !capitalized(core, max + 1) {
        return false;
    }
    // `core` has no more words than `content`: with `max` at most, the
    // `max + 1` tested above were all of them.
    let words = content.split_whitespace().take(max + 1).count();
    words <= max && !(content.ends_with('.') && words > 3)
}

/// True when each of the first `n` words of `core` is short or opens
/// (after punctuation) with a capital, or is a longer word a title leaves
/// lowercase with a capital after it (`The Lead with Jake Tapper`; but
/// `I'm with her` is a chant). ASCII words are read as bytes; at a
/// non-ASCII byte the words are read again as characters.
fn capitalized(core: &str, n: usize) -> bool {
    let b = core.as_bytes();
    let mut i = 0;
    // The word before was such a lowercase word of a title.
    let mut after_small = false;
    for _ in 0..n {
        while i < b.len() && ascii8::is_space(b[i]) {
            i += 1;
        }
        let start = i;
        while i < b.len() && !ascii8::is_space(b[i]) {
            if b[i] >= 0x80 {
                return capitalized_chars(core, n);
            }
            i += 1;
        }
        if i == start {
            return !after_small;
        }
        let w = &b[start..i];
        let cap = w
            .iter()
            .find(|c| c.is_ascii_alphanumeric())
            .is_some_and(u8::is_ascii_uppercase);
        match title_word(w.len(), cap, after_small, || is_title_small_word(w)) {
            Some(small) => after_small = small,
            None => return false,
        }
    }
    true
}

fn capitalized_chars(core: &str, n: usize) -> bool {
    let mut after_small = false;
    for w in core.split_whitespace().take(n) {
        let cap = is_cap(w.trim_start_matches(|c: char| !c.is_alphanumeric()));
        let small = || is_title_small_word(w.as_bytes());
        match title_word(w.chars().count(), cap, after_small, small) {
            Some(small) => after_small = small,
            None => return false,
        }
    }
    !after_small
}

/// Whether a word of `len` characters, capitalized or not, may stand in a
/// title after a lowercase word of a title (`after_small`) or another:
/// None when it may not, else whether it is such a lowercase word itself.
fn title_word(
    len: usize,
    cap: bool,
    after_small: bool,
    small: impl FnOnce() -> bool,
) -> Option<bool> {
    if cap {
        Some(false)
    } else if after_small {
        None
    } else if len < 4 {
        Some(false)
    } else if small() {
        Some(true)
    } else {
        None
    }
}

/// A longer word a title leaves lowercase (`The Late Show with Stephen
/// Colbert`, `Letters from Iwo Jima`).
fn is_title_small_word(w: &[u8]) -> bool {
    titles::TITLE_SMALL_WORDS.iter().any(|s| s.as_bytes() == w)
}

/// `"twig/twig": ">=1.8,<2.0-dev"`: whether the piece is a key or a value
/// of code's key-value pairs, a token with no space and a colon between it
/// and another quoted piece, not speech. (`He said: "..."` has a word
/// before its colon; `calls Cruz "a conviction candidate": "As a ..."`
/// are words.)
#[inline]
pub(crate) fn is_key_or_value(input: &str, piece: &Piece) -> bool {
    // Code's keys and values are short; and a colon stands right after the
    // piece or right before it (a space at most between), by bytes: most
    // pieces fail one of these, and are asked nothing more.
    if piece.end - piece.start > 48 {
        return false;
    }
    let b = input.as_bytes();
    let (s, e) = (piece.outer_start, piece.outer_end);
    let at = |k: usize| b.get(k).copied();
    let colon_after = at(e) == Some(b':') || (at(e) == Some(b' ') && at(e + 1) == Some(b':'));
    let colon_before = s >= 1
        && (at(s - 1) == Some(b':')
            || (s >= 2 && at(s - 1) == Some(b' ') && at(s - 2) == Some(b':')));
    (colon_after || colon_before) && key_or_value_after_colon(input, piece)
}

/// [`is_key_or_value`] past its colon screen.
#[inline(never)]
fn key_or_value_after_colon(input: &str, piece: &Piece) -> bool {
    if memchr::memchr(b' ', &input.as_bytes()[piece.start..piece.end]).is_some() {
        return false;
    }
    let marks = ['"', '\'', '“', '”', '‘', '’'];
    let after = input[piece.outer_end..].trim_start_matches(' ');
    let key = after
        .strip_prefix(':')
        .is_some_and(|r| r.trim_start_matches(' ').starts_with(marks));
    key || input[..piece.outer_start]
        .trim_end_matches(' ')
        .strip_suffix(':')
        .is_some_and(|b| b.ends_with(marks))
}

/// True when the piece is a title, a name or a nickname, not speech.
/// `listed`: the quote two tokens before it is a title or a name; with
/// `and` or `or` between (`starred in "Parks and Recreation" and
/// "Guardians of the Galaxy"`, `dubbed "Otoku" or "bargain"`), this one is
/// the next of the list when it is title case or a short phrase.
pub(super) fn is_name_like(
    input: &str,
    toks: &[Tok],
    q: usize,
    piece: &Piece,
    listed: bool,
) -> bool {
    // An attribute value in leftover markup: `tweet-date="..."`.
    if input[..piece.outer_start].ends_with('=') {
        return true;
    }
    let prev = q
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|t| is_word(t))
        .or_else(|| {
            // `In his 2002 book, "Make Your Kid a Millionaire,"`
            let k = q.checked_sub(2)?;
            (toks[k + 1].kind == Kind::Punct(',') && is_word(&toks[k])).then(|| &toks[k])
        });
    // `what has become known as the "Buffett rule"`.
    // (Lengths first: the text is read only for a word of five bytes
    // before one of two.)
    // (The pairs of tokens ending one to three tokens before the quote.)
    let known_as = toks[q.saturating_sub(4)..q].windows(2).any(|p| {
        let (a, b) = (&p[0], &p[1]);
        a.e - a.s == 5
            && b.e - b.s == 2
            && is_word(a)
            && is_word(b)
            && text(input, a).eq_ignore_ascii_case("known")
            && text(input, b).eq_ignore_ascii_case("as")
    });
    if known_as {
        return true;
    }
    let next = toks.get(q + 1).filter(|t| is_word(t));
    let prev_w = prev.map(|t| text(input, t));
    // (`who he dubbed "the little senator"`: after a subject pronoun, the
    // naming is that speaker's words, as `what Trump called "X"` is.)
    if prev_w.is_some_and(|w| NAMING.contains(w)) {
        let by_pronoun = q >= 2 && is_word(&toks[q - 2]) && is_pronoun(text(input, &toks[q - 2]));
        return !by_pronoun;
    }
    // `a show called "X"` (but `what Trump called "X"` is speech, and so
    // is `who Beck on Wednesday night called "X"`).
    if prev_w.is_some_and(is_call) && q >= 2 {
        let before = &toks[q - 2];
        if is_word(before) {
            let b = text(input, before);
            if !is_cap(b) && !is_pronoun(b) && time_phrase_before(input, toks, q - 1, 0).is_none() {
                return true;
            }
        }
    }
    // What is left needs title-case content after a word that leads a
    // title, or between capitals: the word is asked first, so that the
    // content (the dearest test) is read only for the few quotes so placed.
    let Some(w) = prev_w else {
        return false;
    };
    // Nickname between first name and surname: Robert C. "Bobby" Scott.
    let nickname = is_cap(w) && next.is_some_and(|t| is_cap(text(input, t)));
    let next_of_list = listed && is_list_joint(w);
    // (`The Frisky's hugely irresponsible "Why I Believe ..." essay`: a
    // noun for a work right after it.)
    let work = || next.is_some_and(|t| WORK_NOUNS.contains(text(input, t)));
    let leads = is_possessive(w)
        || TITLE_LEADS.contains(w)
        || w.chars().all(|c| c.is_ascii_digit())
        || next_of_list
        || work();
    if !(nickname || leads) {
        return false;
    }
    let content = input[piece.start..piece.end].trim();
    // `groups dubbed "pioneers" and "materialists"`: a phrase of three
    // words or fewer joined to a label is the next label, whatever its
    // case.
    if next_of_list && !ends_with_stop(input, piece) && content.split_whitespace().nth(3).is_none()
    {
        return true;
    }
    // After a word that leads a title, a final dot is the sentence's, set
    // inside the marks as American style sets it: `scored to the song "I'll
    // Have To Dance With Cassie."` (A longer title-case text that ends with
    // a dot is otherwise taken for a sentence.)
    let content = if leads {
        content.strip_suffix('.').unwrap_or(content)
    } else {
        content
    };
    // (Words counted only as far as the test needs.)
    if leads {
        title_case_up_to(content, LED_TITLE_WORDS)
    } else {
        is_title_case(content) && content.split_whitespace().take(3).count() <= 2
    }
}

/// `and` or `or`, which join the items of a list.
pub(super) fn is_list_joint(w: &str) -> bool {
    matches!(w, "and" | "or")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_read_as_bytes_as_as_characters() {
        let cases = [
            "",
            " ",
            "Fox News Sunday",
            "Make Your Kid a Millionaire",
            "We are ready",
            "\"Quoted\" Words Here",
            "ab cd ef gh",
            "1234 Main",
            "(hello) World",
            "One Two Three Four Five Six Seven Eight Nine ten-lower",
            "One Two Three Four Five Six Seven Eight nine",
            "Café Society",
            "Über alles",
            "Big\u{a0}deal here",
            "Tab\tseparated Words",
            "--- Dash",
            "...",
            "A b c d",
            "The Lead with Jake Tapper",
            "Contract with",
            "I'm with her",
            "Letters from Iwo Jima",
            "Flip the Script with liz",
            "Café with Friends",
        ];
        for c in cases {
            for n in [9, LED_TITLE_WORDS + 1] {
                assert_eq!(capitalized(c, n), capitalized_chars(c, n), "{c:?}");
            }
        }
    }
}
