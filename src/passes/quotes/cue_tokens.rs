//! Which word tokens start a cue (`said`, `told reporters`, `according
//! to`), asked once a token and kept in it, and when a cue word is no
//! speech where it stands (`the reports`, `called him to ask`).

use super::grammar::{cue_bytes, cue_of_kinds};
use super::speakers::{is_determiner, is_function, is_inner_preposition, is_pronoun};
use super::subjects::{is_word, ADVERBS};
use super::tokens::{is_cap, is_possessive, text, Kind, Tok, CUE_UNKNOWN};
use crate::lexicon::verbs;
use crate::span::{offset_in, Span};

/// If a cue starts at token `i` (and ends before `hi`): the token after it
/// and the cue's span. The answer without `hi` is kept in the token.
#[inline(always)]
pub(super) fn cue_at(input: &str, toks: &[Tok], i: usize, hi: usize) -> Option<(usize, Span)> {
    let t = &toks[i];
    if !is_word(t) {
        return None;
    }
    let mut m = t.cue.get();
    if m == CUE_UNKNOWN {
        // Most words start no cue: their first bytes say so here.
        m = if let Some(kinds) = cue_bytes(&input.as_bytes()[t.s..]) {
            cue_memo(input, toks, i, kinds)
        } else {
            t.cue.set(NO_CUE);
            NO_CUE
        };
    }
    if m == NO_CUE {
        return None;
    }
    let k = i + (m >> 16) as usize;
    // A cue running past `hi` is none (its tokens are all before `hi` or
    // it is not read).
    (k <= hi).then(|| (k, Span::new(t.s, t.s + (m & 0xFFFF) as usize)))
}

/// Asks [`cue_here`] about token `i` and keeps the answer in the token.
#[inline(never)]
fn cue_memo(input: &str, toks: &[Tok], i: usize, kinds: (bool, bool)) -> u32 {
    let m = cue_here(input, toks, i, kinds).map_or(NO_CUE, |(k, len)| {
        let (k, len) = (k - i, len);
        debug_assert!(k > 0 && k < 1 << 15 && len < 1 << 16);
        ((k << 16) | len) as u32
    });
    toks[i].cue.set(m);
    m
}

/// [`Tok::cue`] when no cue starts at the token.
const NO_CUE: u32 = 0;

/// The cue starting at word token `i`, whose bytes allow the `kinds` of
/// cue: the token after it and its length.
fn cue_here(input: &str, toks: &[Tok], i: usize, kinds: (bool, bool)) -> Option<(usize, usize)> {
    let (rest, c) = cue_of_kinds(&input[toks[i].s..], kinds).ok()?;
    let end = offset_in(input, rest);
    let mut k = i;
    while k < toks.len() && toks[k].e <= end {
        k += 1;
    }
    if toks[k - 1].e != end {
        return None;
    }
    if noun_reading(input, toks, i) || not_speech(input, toks, i, k) {
        return None;
    }
    Some((k, c.len()))
}

/// True when the cue at token `i`, with the tokens after it from `k`,
/// reports no speech: `the workforce continues to age`, `Trump continued
/// to portray`: `continue` before an infinitive; and `without` before a
/// cue's `-ing` form (`can cut crime without asking people to pay more`,
/// `left without saying a word`), which says the speech did not happen.
fn not_speech(input: &str, toks: &[Tok], i: usize, k: usize) -> bool {
    let cue = text(input, &toks[i]);
    let unsaid = cue.ends_with("ing")
        && i.checked_sub(1).is_some_and(|p| {
            is_word(&toks[p]) && text(input, &toks[p]).eq_ignore_ascii_case("without")
        });
    unsaid
        || super::grammar::is_continue(cue)
            && toks
                .get(k)
                .is_some_and(|t| is_word(t) && text(input, t) == "to")
        || super::grammar::is_call(cue) && phoned(input, toks, k)
}

/// `after she called Sanders to congratulate him`, `calling him to ask`:
/// whether the words from token `k`, after a form of `call`, are a person
/// (one to three capitalized words, or an object pronoun) and `to` with a
/// verb: a telephone call, not words called out or a name called.
/// (`called Trump a "liar"`, `called on Congress to act` and `called him
/// to the stand` are none.)
fn phoned(input: &str, toks: &[Tok], k: usize) -> bool {
    let word = |t: &Tok| is_word(t).then(|| text(input, t));
    let Some(first) = toks.get(k).and_then(word) else {
        return false;
    };
    let n = if matches!(first, "him" | "her" | "them" | "me" | "us") {
        1
    } else {
        toks[k..]
            .iter()
            .take(3)
            .take_while(|t| word(t).is_some_and(|w| is_cap(w) && !is_function(w)))
            .count()
    };
    n > 0
        && toks.get(k + n).and_then(word) == Some("to")
        && toks
            .get(k + n + 1)
            .and_then(word)
            .is_some_and(|w| !is_cap(w) && !is_function(w))
}

/// True when the cue word at token `i` is a noun here: `the reports`, `his
/// early-morning attacks`, `of Republican claims`.
fn noun_reading(input: &str, toks: &[Tok], i: usize) -> bool {
    let word_at = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    let marks_noun = |w: &str| {
        is_determiner(w)
            || is_possessive(w)
            || w.chars().all(|c| c.is_ascii_digit())
            || (is_inner_preposition(w) && !is_cap(w))
    };
    let Some(prev) = i.checked_sub(1).and_then(word_at) else {
        return false;
    };
    // Past forms are verbs even after a numeral (`the mother of three
    // replied`); bare and `-s` forms double as nouns (`a note`, `the
    // reports`).
    let cue = text(input, &toks[i]);
    let past = cue.ends_with("ed") || matches!(cue, "said" | "told" | "wrote" | "sang" | "read");
    if past || cue.contains(' ') || verbs::NEVER_NOUNS.contains(&cue) {
        return false;
    }
    if is_determiner(prev) {
        return true;
    }
    if !cue.ends_with('s') {
        return false;
    }
    // What follows a verb: `The ad claims "..."`, `the survey asks whether`.
    let verb_follows = toks.get(i + 1).is_some_and(|t| match t.kind {
        Kind::Quote(_) => true,
        Kind::Punct(c) => c == ':' || c == ',',
        Kind::Word => {
            let w = text(input, t);
            matches!(w, "that" | "whether" | "if") || is_pronoun(w)
        }
    });
    if marks_noun(prev) {
        return true;
    }
    // `in many Asian states, and`: after a preposition and a determiner,
    // and before a comma, the word ends the preposition's phrase (where
    // `member of the Cabinet says she` has a verb).
    let in_phrase = || {
        toks.get(i + 1).is_some_and(|t| t.kind == Kind::Punct(','))
            && i.checked_sub(2)
                .and_then(word_at)
                .is_some_and(is_determiner)
            && i.checked_sub(3)
                .and_then(word_at)
                .is_some_and(|w| is_inner_preposition(w) && !is_cap(w))
    };
    if verb_follows && !in_phrase() {
        return false;
    }
    let adjective = !is_function(prev) && !is_pronoun(prev) && !ADVERBS.contains(prev);
    adjective && i.checked_sub(2).and_then(word_at).is_some_and(marks_noun)
}
