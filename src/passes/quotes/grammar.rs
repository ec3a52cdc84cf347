//! The attribution grammar after a quote, in nom: `"...," X said`, `"...,"
//! said X`, `"...," X, the role, said`, `"...," according to X`, `"..." ―
//! X`, with the words of speaker phrases, appositives, parentheses and the
//! addressee of `told`. Every parser reads a bounded number of words, or
//! runs only to the next quote.

use super::attribution::Found;
use super::speakers::{
    analyze, is_determiner, is_function, is_inner_preposition, is_name_modal, is_pronoun, is_title,
    pronoun_mention, pronoun_np, How, Np,
};
use super::tokens::{
    alnum_at, bare, is_abbreviation, is_cap, is_initial, owner_stem, plain_word_end, word_end,
};
use crate::ascii8;
use crate::lexicon::pronouns;
use crate::lexicon::sets::{self, letter_bit, Lexicon};
use crate::lexicon::{contains_ci, cues, titles, verbs};
use crate::span::{offset_in, Span};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};
use smallvec::SmallVec;

/// The words of a speaker phrase.
pub(super) type Words<'a> = SmallVec<[&'a str; 12]>;

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// The length of the white space (what [`crate::space::reads_as_space`],
/// invisible characters included) that opens `i`: bytes while ASCII,
/// characters past a non-ASCII byte.
#[inline(always)]
fn ws_len(i: &str) -> usize {
    let b = i.as_bytes();
    let mut k = 0;
    while let Some(&c) = b.get(k) {
        if c >= 0x80 {
            return ws_len_from(i, k);
        }
        if !ascii8::is_space(c) {
            break;
        }
        k += 1;
    }
    k
}

/// [`ws_len`] from byte `k`, a non-ASCII one.
#[inline(never)]
fn ws_len_from(i: &str, mut k: usize) -> usize {
    let b = i.as_bytes();
    while let Some(&c) = b.get(k) {
        if c < 0x80 {
            if !ascii8::is_space(c) {
                break;
            }
            k += 1;
        } else {
            match i[k..].chars().next() {
                Some(ch) if crate::space::reads_as_space(ch) => k += ch.len_utf8(),
                _ => break,
            }
        }
    }
    k
}

fn ws1(i: &str) -> IResult<&str, &str> {
    match ws_len(i) {
        0 => fail(i),
        k => Ok((&i[k..], &i[..k])),
    }
}

/// One word, as the tokenizer cuts it.
#[inline(always)]
fn word(i: &str) -> IResult<&str, &str> {
    if !alnum_at(i, 0) {
        return fail(i);
    }
    let e = word_end(i, 0, i.len());
    Ok((&i[e..], &i[..e]))
}

/// A cue: a phrase from the table or a lowercase cue word.
#[inline(always)]
pub(super) fn cue(i: &str) -> IResult<&str, &str> {
    // Every cue starts with an ASCII letter and one of few three-letter
    // beginnings: most words are turned away by their first three bytes,
    // before any compare and without a call (this runs at nearly every
    // word).
    match cue_bytes(i.as_bytes()) {
        Some(kinds) => cue_of_kinds(i, kinds),
        None => fail(i),
    }
}

/// [`cue`] once [`cue_bytes`] has said which kinds may start `i`.
#[inline(always)]
pub(super) fn cue_of_kinds(i: &str, (phrase, word): (bool, bool)) -> IResult<&str, &str> {
    // `said`, the cue of most quotes: no phrase starts `sai`, so the word
    // is the cue whenever [`cue_compared`] would end it at four bytes (a
    // space or a comma; a dot alone, as in `he said.`; any byte that joins
    // nothing, as in `said:`).
    let bytes = i.as_bytes();
    if bytes.len() >= 4 && &bytes[..4] == b"said" {
        let ends = match bytes.get(4) {
            None | Some(b' ' | b',') => true,
            Some(b'.') => bytes
                .get(5)
                .map_or(true, |&n| n < 0x80 && !n.is_ascii_alphanumeric()),
            Some(_) => plain_word_end(i, 0) == Some(4),
        };
        if ends {
            return Ok((&i[4..], &i[..4]));
        }
    }
    cue_compared(i, phrase, word)
}

/// Every byte test of [`cue`] before its compares: None when no cue starts
/// `bytes`, else whether a phrase and whether a cue word may.
#[inline(always)]
pub(super) fn cue_bytes(bytes: &[u8]) -> Option<(bool, bool)> {
    let (b, pair, third) = cue_screen(bytes)?;
    let phrase = PHRASE_TRIPLES[pair] & BIT[third] != 0;
    // Cue words are lowercase; a capitalized word is a name or opens a
    // sentence. (The tests are cheap: asked together, not one by one.)
    let word = (WORD_TRIPLES[pair] & BIT[third] != 0)
        & b.is_ascii_lowercase()
        & sets::CUES.may_start_with(b);
    // The fourth byte: `the`, `was`, `not` pass the three-byte screen.
    // (`said` passes it too: the caller's shortcut for it may come after.)
    let fourth = SLOT[bytes.get(3).copied().unwrap_or(0) as usize];
    ((phrase | word) & quad_in(pair, usize::from(SLOT[third]), usize::from(fourth)))
        .then_some((phrase, word))
}

/// The first three bytes' test of [`cue`]: None when no cue starts
/// `bytes`; else the first byte, its pair's index and the third byte.
#[inline(always)]
fn cue_screen(bytes: &[u8]) -> Option<(u8, usize, usize)> {
    let &b = bytes.first()?;
    // A byte that is no ASCII letter has slot 26, whose pairs no cue
    // starts: the table turns it away, with no test of its own.
    let first = SLOT[b as usize];
    let second = SLOT[bytes.get(1).copied().unwrap_or(0) as usize];
    let third = bytes.get(2).copied().unwrap_or(0) as usize;
    let pair = usize::from(first) * 27 + usize::from(second);
    // One load turns away the words that start neither kind.
    (ANY_TRIPLES[pair] & BIT[third] != 0).then_some((b, pair, third))
}

/// Bits of a set of four [`letter_slot`]s: the first four bytes of every
/// cue word and phrase (any fourth after a three-letter word, which ends
/// there), hashed. Two kilobytes turn away most words that pass the
/// three-byte screen.
const QUADS: [u64; QUAD_WORDS] = quads();
const QUAD_BITS: u32 = 14;
const QUAD_WORDS: usize = 1 << (QUAD_BITS - 6);

/// The bit of four slots, the first two as [`pair_index`].
#[inline]
const fn quad_bit(pair: usize, third: usize, fourth: usize) -> usize {
    let k = ((pair * 27 + third) * 27 + fourth) as u64;
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - QUAD_BITS)) as usize
}

#[inline]
fn quad_in(pair: usize, third: usize, fourth: usize) -> bool {
    let k = quad_bit(pair, third, fourth);
    QUADS[k >> 6] & (1 << (k & 63)) != 0
}

const fn quads() -> [u64; QUAD_WORDS] {
    let mut t = [0u64; QUAD_WORDS];
    let lists = [cues::CUES, cues::PHRASES];
    let mut l = 0;
    while l < lists.len() {
        let words = lists[l];
        let mut k = 0;
        while k < words.len() {
            let p = words[k].as_bytes();
            let pair = pair_index(p[0], p[1]);
            // A byte the word does not have may be anything.
            let (thirds, fourths) = match p.len() {
                2 => ((0, 27), (0, 27)),
                3 => ((letter_slot(p[2]), letter_slot(p[2]) + 1), (0, 27)),
                _ => (
                    (letter_slot(p[2]), letter_slot(p[2]) + 1),
                    (letter_slot(p[3]), letter_slot(p[3]) + 1),
                ),
            };
            let mut c = thirds.0;
            while c < thirds.1 {
                let mut d = fourths.0;
                while d < fourths.1 {
                    let b = quad_bit(pair, c, d);
                    t[b >> 6] |= 1 << (b & 63);
                    d += 1;
                }
                c += 1;
            }
            k += 1;
        }
        l += 1;
    }
    t
}

/// [`cue`] past its screen: `phrase` and `word` say which kinds may match.
#[inline(never)]
fn cue_compared(i: &str, phrase: bool, word_cue: bool) -> IResult<&str, &str> {
    if phrase {
        let (from, to) = PHRASES_BY_LETTER[letter_slot(i.as_bytes()[0])];
        for p in &cues::PHRASES[from..to] {
            // The last bytes first: `was` and `is` open many phrases of
            // speech that are not cues.
            let n = p.len();
            if i.len() >= n
                && i.as_bytes()[n - 1].to_ascii_lowercase() == p.as_bytes()[n - 1]
                && i.is_char_boundary(n)
                && i[..p.len()].eq_ignore_ascii_case(p)
            {
                let rest = &i[p.len()..];
                if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                    return Ok((rest, &i[..p.len()]));
                }
            }
        }
    }
    if !word_cue {
        return fail(i);
    }
    // Most cue words end at a space or a comma: no joiner or abbreviation
    // to test. `said` is the cue of most quotes.
    if let Some(e) = plain_word_end(i, 0) {
        let w = &i[..e];
        return if w == "said" || sets::CUES.contains(w) {
            Ok((&i[e..], w))
        } else {
            fail(i)
        };
    }
    // `said.`: a dot that joins nothing ends the word, or is the word's
    // when it is an abbreviation; no cue is one (see the tests), and none
    // has a dot, so the letters before the dot decide.
    let b = i.as_bytes();
    let run = crate::ascii8::alnum_run_end(b, 1);
    let dot_alone = b.get(run) == Some(&b'.')
        && b.get(run + 1)
            .map_or(true, |&n| n < 0x80 && !n.is_ascii_alphanumeric());
    if dot_alone {
        let w = &i[..run];
        return if w == "said" || sets::CUES.contains(w) {
            Ok((&i[run..], w))
        } else {
            fail(i)
        };
    }
    let (rest, w) = word(i)?;
    if sets::CUES.contains(w) {
        Ok((rest, w))
    } else {
        fail(i)
    }
}

/// For each first letter (by [`letter_slot`]), the range of the cue
/// phrases that start with it (the list is sorted).
const PHRASES_BY_LETTER: [(usize, usize); 27] = {
    let p = cues::PHRASES;
    let mut t = [(0, 0); 27];
    let mut k = 0;
    while k < p.len() {
        let s = letter_slot(p[k].as_bytes()[0]);
        assert!(s < 26 && (k == 0 || letter_slot(p[k - 1].as_bytes()[0]) <= s));
        if t[s].1 == 0 {
            t[s].0 = k;
        }
        t[s].1 = k + 1;
        k += 1;
    }
    t
};

/// For each pair of first bytes of a cue phrase (by [`pair_index`]), its
/// third letters (as [`letter_bit`]s): three byte tests turn away nearly
/// every word before the phrases are compared.
const PHRASE_TRIPLES: [u32; 27 * 27] = triples(cues::PHRASES);

/// The same for the cue words, before a word is cut out and looked up.
const WORD_TRIPLES: [u32; 27 * 27] = triples(cues::CUES);

/// [`PHRASE_TRIPLES`] and [`WORD_TRIPLES`] together.
const ANY_TRIPLES: [u32; 27 * 27] = {
    let mut t = PHRASE_TRIPLES;
    let mut k = 0;
    while k < t.len() {
        t[k] |= WORD_TRIPLES[k];
        k += 1;
    }
    t
};

/// [`letter_slot`] and [`letter_bit`] of every byte, looked up rather than
/// computed in the screen.
const SLOT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = letter_slot(b as u8) as u8;
        b += 1;
    }
    t
};

const BIT: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = letter_bit(b as u8);
        b += 1;
    }
    t
};

/// Where the pair of bytes `a`, `b` (letters case-folded, every other
/// byte one class) is kept.
const fn pair_index(a: u8, b: u8) -> usize {
    letter_slot(a) * 27 + letter_slot(b)
}

const fn letter_slot(b: u8) -> usize {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        (l - b'a') as usize
    } else {
        26
    }
}

/// The third bytes of `words` by their first two; a word shorter than
/// three bytes counts whatever follows it.
const fn triples(words: &[&str]) -> [u32; 27 * 27] {
    let mut t = [0u32; 27 * 27];
    let mut k = 0;
    while k < words.len() {
        let p = words[k].as_bytes();
        assert!(p.len() >= 2 && p[0].is_ascii_lowercase());
        let third = if p.len() >= 3 {
            letter_bit(p[2])
        } else {
            u32::MAX
        };
        t[pair_index(p[0], p[1])] |= third;
        k += 1;
    }
    t
}

pub(super) fn is_call(w: &str) -> bool {
    w.starts_with("call")
}

pub(super) fn is_tell(w: &str) -> bool {
    matches!(w, "told" | "tells" | "tell" | "telling")
}

/// Cues that may come before their subject (`said Smith`).
pub(super) fn invertible(w: &str) -> bool {
    !is_tell(w)
        && !w.ends_with("ing")
        && (!w.contains(' ') || cues::INVERTIBLE_PHRASES.contains(&w))
        && !is_call(w)
        && !cues::OBJECT_CUES.contains(&w)
}

/// The source an `according to` cites, read from `i` (the text after the
/// cue), with the rest of the text after it: the phrase, or the author
/// named by a `by` right after it (`according to a court filing by the
/// state's attorney`, `according to audio provided by the station`).
pub(super) fn cited_source<'a>(input: &str, i: &'a str) -> Option<(&'a str, Np)> {
    let (mut rest, mut words) = np_words(true)(i).ok()?;
    // `According to Mr Peston the prime minister said`: with no comma, a
    // determiner right after a capitalized word opens the clause.
    if let Some(k) = (1..words.len()).find(|&k| is_cap(words[k - 1]) && is_determiner(words[k])) {
        rest = &i[offset_in(i, words[k])..];
        words.truncate(k);
    }
    // `according to their last known voting intention`: a possessive or
    // an article that the phrase stopped right after (at a function word)
    // is no source. (`according to her,`: the pronoun is one.)
    let determiner_alone = words.len() == 1
        && one_of_ci(words[0], pronouns::NOUN_MARKERS)
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_alphanumeric));
    if determiner_alone {
        return None;
    }
    if let Some(np) = object_pronoun(input, &words) {
        return Some((rest, np));
    }
    let np = analyze(input, &words)?;
    Some(by_author(input, rest).unwrap_or((rest, np)))
}

/// `according to him`: a phrase that is one object pronoun stands for a
/// speaker, as `he` would.
fn object_pronoun(input: &str, words: &[&str]) -> Option<Np> {
    let [w @ ("him" | "her" | "them")] = words[..] else {
        return None;
    };
    Some(pronoun_mention(input, w))
}

/// After the cue `quoted`: `a central bank official as saying`, the one
/// quoted, who speaks (`Reuters quoted a central bank official as saying`),
/// with the text after the participle. The phrase may take a parenthesis
/// or an appositive (`Wassim Bouhlel, a Nice native, as saying`).
pub(super) fn quoted_as<'a>(input: &str, i: &'a str) -> Option<(&'a str, Np)> {
    let (r, words) = preceded_ws(np_words(true))(i).ok()?;
    let mut np = analyze(input, &words)?;
    let mut after = past_parenthetical(r).unwrap_or(r);
    if let Ok((r2, a)) = appositive(after) {
        if np.how == How::Name && np.role.is_none() {
            np.role = role_of_appositive(a).map(|a| span_of(input, a));
        } else if let Some(named) = named_in_apposition(input, &np, a) {
            np = named;
        }
        after = after_comma(r2).unwrap_or(r2);
    }
    let (r, _) = preceded_ws(tag("as"))(after).ok()?;
    let (r, w) = preceded_ws(word)(r).ok()?;
    matches!(w, "saying" | "stating" | "telling" | "writing").then_some((r, np))
}

/// The author named by `by` at the start of `rest` (after one space), with
/// the text after it.
pub(super) fn by_author<'a>(input: &str, rest: &'a str) -> Option<(&'a str, Np)> {
    let r = rest.strip_prefix(' ')?.strip_prefix("by ")?;
    let (r2, words) = np_words(true)(r).ok()?;
    Some((r2, analyze(input, &words)?))
}

/// The words of a speaker phrase read forward: up to ten words, stopping
/// at punctuation, a cue or a function word. Prepositions may sit inside
/// when `inner` allows (`a spokesman for the campaign`).
pub(super) fn np_words(inner: bool) -> impl Fn(&str) -> IResult<&str, Words<'_>> {
    move |i: &str| np_words_of(i, inner, true, &mut None)
}

/// [`np_words`] of `i`; `first_may_cue` false when the caller knows that
/// no cue starts `i`. `next_cue` gets the cue that stopped the phrase (its
/// rest and text) when it follows the phrase right after whitespace.
fn np_words_of<'a>(
    i: &'a str,
    inner: bool,
    first_may_cue: bool,
    next_cue: &mut Option<(&'a str, &'a str)>,
) -> IResult<&'a str, Words<'a>> {
    let mut words = Words::new();
    match np_words_into(i, inner, first_may_cue, next_cue, &mut words) {
        Some((rest, _)) => Ok((rest, words)),
        None => fail(i),
    }
}

/// Whether `words` are titles (after a determiner, or the capitalized
/// words of what they are titles of, at most) that `and` joins to more:
/// `said chairman and chief executive Bill Ford`, `said BIFA founder and
/// director Elliot Grove`, `said former Pennsylvania Gov. and DNC Chairman
/// Ed Rendell` are one phrase each, the person's.
fn joins_titles(words: &[&str]) -> bool {
    let rest = match words {
        [d, rest @ ..] if is_determiner(d) => rest,
        _ => words,
    };
    let titles = rest
        .iter()
        .position(|w| !is_cap(w))
        .map_or(&[][..], |k| &rest[k..]);
    // (`said former Pennsylvania Gov. and Democratic National Committee
    // Chairman Ed Rendell`: a capitalized title after what it is the
    // title of.)
    let place_title = || rest.len() >= 2 && rest.last().is_some_and(|w| is_cap(w) && is_title(w));
    (!titles.is_empty() && titles.iter().all(|w| !is_cap(w) && is_title(w))) || place_title()
}

/// Whether `and` after `words`, with `rest` after it, joins the parts of
/// an office's name that a title and the holder's name end: `said Trade
/// and Industry Secretary Patricia Hewitt`, `Economic and Fiscal Policy
/// Minister Heizo Takenaka`. `words` are one or two capitalized words,
/// the first a matter of [`titles::PORTFOLIOS`]; after `and` come up to
/// three more, then a title, and a capitalized word right after it.
fn joins_office(words: &[&str], rest: &str) -> bool {
    if words.len() > 2 || !words.iter().all(|w| is_cap(w)) {
        return false;
    }
    if !contains_ci(titles::PORTFOLIOS, words[0]) {
        return false;
    }
    let mut after = rest.split_ascii_whitespace().take(6);
    let mut seen = 0;
    while let Some(w) = after.next() {
        seen += 1;
        if seen > 1 && is_title(w) {
            return after.next().is_some_and(is_cap);
        }
        if seen > 4 || !(is_cap(w) || is_title(w)) {
            return false;
        }
    }
    false
}

/// Whether `and` after `words`, with `rest` after it, joins two capitalized
/// words of a body's name after its head and `of` or `for`: `said a
/// Department of Trade and Industry spokesman`, `the Department for Work
/// and Pensions`. (Not `said Smith of Acme and Jones`: `Smith` heads no
/// body.)
fn joins_body(words: &[&str], rest: &str) -> bool {
    let [.., head, link, name] = words else {
        return false;
    };
    matches!(*link, "of" | "for")
        && super::speakers::heads_body_for(head)
        && is_cap(name)
        && rest.split_ascii_whitespace().next().is_some_and(is_cap)
}

/// [`np_words_of`] into `words` (empty), the text after the phrase
/// returned: the hot caller keeps its phrase where it is rather than
/// moving it out through the result, with whether the phrase is one
/// pronoun (as [`pronoun_np`] takes it).
#[inline(always)]
fn np_words_into<'a>(
    i: &'a str,
    inner: bool,
    first_may_cue: bool,
    next_cue: &mut Option<(&'a str, &'a str)>,
    words: &mut Words<'a>,
) -> Option<(&'a str, bool)> {
    let (mut rest, w) = word(i).ok()?;
    let c = classes(w);
    if (c & FUNCTION != 0 && c & DETERMINER == 0) || (first_may_cue && cue(i).is_ok()) {
        return None;
    }
    // (No pronoun ends in `s` and a plural's mark.)
    let (r, w) = with_plural_mark(i, rest, w);
    rest = r;
    words.push(w);
    if c & PRONOUN != 0 {
        return Some((rest, true));
    }
    // Which words are function words, for the trim below.
    let mut function = [c & FUNCTION != 0; 10];
    while words.len() < 10 {
        let Ok((r, _)) = ws1(rest) else { break };
        // No cue starts where no word does: the word first, and the
        // cue only for a word that would join the phrase.
        let Ok((r2, w)) = word(r) else { break };
        let c = classes(w);
        let fits = c & FUNCTION == 0
            || (inner && (is_inner_preposition(w) || c & DETERMINER != 0))
            || (w == "of" && is_cap(words[words.len() - 1]))
            || (w == "and"
                && (joins_titles(words) || joins_office(words, r2) || joins_body(words, r2)))
            // (`a source close to the campaign said`: the adjective's
            // object, which `analyze` cuts off with it.)
            || (inner && titles::takes_object(words[words.len() - 1], w));
        if !fits || c & PRONOUN != 0 {
            break;
        }
        if let Ok(found) = cue(r) {
            *next_cue = Some(found);
            break;
        }
        function[words.len()] = c & FUNCTION != 0;
        let (r2, w) = with_plural_mark(i, r2, w);
        words.push(w);
        rest = r2;
    }
    while words.len() > 1 && function[words.len() - 1] {
        // The cue no longer follows the phrase.
        *next_cue = None;
        words.pop();
        // The text consumed is re-derived from the words.
    }
    // `my father often said`: an adverb before the cue is no part of the
    // phrase (the caller reads it before the cue). Asked only with a cue
    // after the phrase.
    if next_cue.is_some() && words.len() > 1 {
        let last = words[words.len() - 1];
        if !is_cap(last) && super::subjects::ADVERBS.contains(last) {
            *next_cue = None;
            words.pop();
        }
    }
    let last = words[words.len() - 1];
    let end = offset_in(i, last) + last.len();
    Some((&i[end..], false))
}

/// [`is_function`] (of the bare word), [`is_determiner`] and
/// [`is_pronoun`] of `w`, as [`NP_CLASSES`] bits: one lookup where three
/// would hash the word three times.
#[inline(always)]
pub(super) fn classes(w: &str) -> u32 {
    let m = NP_CLASSES.mask(w);
    // The name modal is no function word (see [`is_function`]).
    if m & FUNCTION != 0 && is_name_modal(bare(w)) {
        return m & !FUNCTION;
    }
    // Only a final `.` or `'s` is cut: most words end in neither byte.
    if !matches!(w.as_bytes().last(), Some(b'.' | b's')) {
        return m;
    }
    let b = bare(w);
    if b.len() == w.len() {
        return m;
    }
    (m & !FUNCTION)
        | if sets::FUNCTION_WORDS.contains(b) && !is_name_modal(b) && !is_initial(w) {
            FUNCTION
        } else {
            0
        }
}

/// The tables [`classes`] asks, in the order of its bits.
static NP_CLASSES: Lexicon = Lexicon::new(&[
    pronouns::FUNCTION_WORDS,
    pronouns::DETERMINERS,
    pronouns::SUBJECT_PRONOUNS,
]);
/// [`classes`] bit of a function word.
pub(super) const FUNCTION: u32 = 1;
/// [`classes`] bit of a determiner.
pub(super) const DETERMINER: u32 = 2;
/// [`classes`] bit of a subject pronoun.
pub(super) const PRONOUN: u32 = 4;
/// [`classes`] bits of the closed classes, whose words are no name and no
/// verb: function words, determiners, subject pronouns.
pub(super) const CLOSED_CLASSES: u32 = FUNCTION | DETERMINER | PRONOUN;

/// Bytes that may end an appositive: its ASCII stops, and the first byte
/// of the curly marks. (Not a line break: the text read ends with the
/// paragraph, so a line break inside it is a wrapped line's, a space.)
const APPOSITIVE_STOP: [bool; 256] = crate::ascii8::byte_set(b",;:\"\xE2");

/// What follows whitespace and a comma opening `i`, if they do.
#[inline]
fn after_comma(i: &str) -> Option<&str> {
    let k = ws_len(i);
    (i.as_bytes().get(k) == Some(&b',')).then(|| &i[k + 1..])
}

/// `, an economist at X,` or `, who ...`: the appositive's text, up to the
/// next comma or sentence end.
#[inline(always)]
fn appositive(i: &str) -> IResult<&str, &str> {
    // Most phrases have no comma after them: no call.
    match after_comma(i) {
        Some(i) => appositive_after_comma(i),
        None => fail(i),
    }
}

/// [`appositive`] past its comma.
#[inline(never)]
fn appositive_after_comma(i: &str) -> IResult<&str, &str> {
    let i = &i[ws_len(i)..];
    // Up to the first `,` `;` `:` `"` `“` `”` or line end, by bytes (the
    // curly marks are E2 80 9C and E2 80 9D).
    let b = i.as_bytes();
    let end = (0..b.len())
        .find(|&k| {
            APPOSITIVE_STOP[b[k] as usize]
                && (b[k] != 0xE2 || super::sentences::curly_double_mark_at(b, k))
        })
        .unwrap_or(b.len());
    // `said one of their lawyers, Michalis Dimitrakopoulos. Kenteris, 31,
    // ...`: a sentence's end ends it too (a dot after a word that is no
    // abbreviation or initial).
    let end = sentence_end_in(&i[..end]).unwrap_or(end);
    let (rest, a) = (&i[end..], &i[..end]);
    let a = crate::space::trim_end(a);
    if a.is_empty() || a.len() > APPOSITIVE_MAX {
        return fail(i);
    }
    Ok((rest, a.trim_end_matches('.')))
}

/// An appositive `a` (a slice of `input`) that runs on to a cue because
/// its closing comma is missing (`a Lufthansa spokesman in Frankfurt told
/// Reuters`): the description before the first cue, and the text from the
/// cue on. The description opens with an article, as a role does in
/// apposition; a cue after a relative pronoun (`a lawyer who said`) or in
/// `-ing` (`a man claiming`) is the description's own clause, no cue of
/// the speaker.
fn unclosed_appositive<'a>(input: &'a str, a: &'a str) -> Option<(&'a str, &'a str)> {
    let first = a.split(' ').next()?;
    if !one_of_ci(first, pronouns::ARTICLES) {
        return None;
    }
    let at = offset_in(input, a);
    let (k, c) = memchr::memchr_iter(b' ', a.as_bytes())
        .skip(1)
        .find_map(|k| Some((k, ws_cue(&input[at + k..])?.1)))?;
    let description = &a[..k];
    let before = description.rsplit(' ').next().unwrap_or("");
    if c.ends_with("ing") || one_of_ci(before, &["who", "which", "that"]) {
        return None;
    }
    role_of_appositive(description)?;
    Some((description, &input[at + k..]))
}

/// Where the first `. ` of `a` that ends a sentence stands: the dot after a
/// word that [`is_abbreviation`] does not take (`Mr.`, `W.`).
fn sentence_end_in(a: &str) -> Option<usize> {
    let b = a.as_bytes();
    // Most appositives hold no dot: one byte search, no set-up.
    // (A line break after the dot too: a wrapped paragraph's sentence
    // may end at the end of a line.)
    memchr::memchr_iter(b'.', b).find(|&k| {
        matches!(b.get(k + 1), Some(b' ' | b'\n' | b'\r' | b'\t')) && {
            let w = &a[..k];
            let s = w
                .rfind(|c: char| c.is_ascii_whitespace())
                .map_or(0, |s| s + 1);
            !is_abbreviation(&w[s..])
        }
    })
}

/// The most bytes an appositive has.
const APPOSITIVE_MAX: usize = 250;

/// Whether `rest`, the text right after a name, opens with an appositive
/// that names a role within its first words (`, father of Moazzam,`, `, a
/// former economic official`): what a person is, not a place or a firm.
pub(super) fn role_in_apposition(rest: &str) -> bool {
    let Ok((_, a)) = appositive(rest) else {
        return false;
    };
    role_of_appositive(a).is_some_and(|r| r.split_whitespace().take(4).any(is_title))
}

/// `..., said the bureau's director, James B. Comey.`: the description
/// `np` after an inverted cue, when the sentence ends after it (`r`, the
/// text after the phrase) or after a full name in apposition to it, which
/// then names the speaker. A description that runs on (`said the next day
/// that ...`) is no speaker phrase.
pub(super) fn inverted_description(input: &str, np: Np, r: &str) -> Option<Np> {
    let ends = |r: &str| {
        let r = r.trim_start_matches(' ');
        r.is_empty() || r.starts_with(['.', '\n']) || ends_after_time(r)
    };
    if ends(r) {
        return Some(np);
    }
    let (after, a) = appositive(r).ok()?;
    named_in_apposition(input, &np, a).filter(|_| ends(after))
}

/// `on Monday.`, `, on Tuesday night.`, `yesterday.`: whether `r` (after
/// a speaker phrase) holds only when it was said, maybe after a comma,
/// and ends the sentence there: the phrase ends the attribution.
fn ends_after_time(r: &str) -> bool {
    let r = r.strip_prefix(',').unwrap_or(r).trim_start_matches(' ');
    let Some(end) = r.find(['.', '\n']) else {
        return false;
    };
    let mut words = r[..end].split(' ');
    let day = |w: &str| is_cap(w) && sets::WEEKDAYS.contains(w);
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some("yesterday" | "today" | "tonight"), None, ..) => true,
        (Some("on"), Some(d), None, _) => day(d),
        (Some("on"), Some(d), Some(part), None) => {
            day(d)
                && crate::lexicon::calendar::PARTS_OF_DAY
                    .binary_search(&part)
                    .is_ok()
        }
        _ => false,
    }
}

/// `said its chief executive, Sir Howard Newby`, `the firm's finance
/// director, John Smith, said`: a description `np` whose appositive `a`
/// is all a full name describes the one named, who speaks, with the
/// description as the role (when the name has no title of its own).
pub(super) fn named_in_apposition(input: &str, np: &Np, a: &str) -> Option<Np> {
    if np.how != How::Description {
        return None;
    }
    let (rest, words) = np_words(false)(a).ok()?;
    if !rest.trim().is_empty() {
        return None;
    }
    let named = analyze(input, &words).filter(|n| n.how == How::Name)?;
    // A full name, not a title (`a statement issued on behalf of Robert
    // Zoellick, US Trade Representative`). (`The Lord Chancellor, Lord
    // Falconer,`: a peer's title and surname are a full name.)
    let text = &input[named.mention.range()];
    let peer = || super::people::after_peerage(input, named.mention.start);
    let description = &input[np.mention.range()];
    // (`Stevens' mother, Janet,`: kin named by a given name alone.)
    let kin = || {
        let head = description.rsplit(' ').next().unwrap_or(description);
        contains_ci(titles::KIN, head) && sets::GIVEN_NAMES.contains(text)
    };
    if (!text.contains(' ') && !peer() && !kin())
        || text.split_whitespace().last().is_some_and(is_title)
    {
        return None;
    }
    let role = role_of_appositive(description).map(|r| span_of(input, r));
    Some(Np {
        role: named.role.or(role),
        ..named
    })
}

/// A role in apposition, without its article; None for a relative clause
/// and for an age (`Jason King, 30, said`), which is no role.
pub(super) fn role_of_appositive(a: &str) -> Option<&str> {
    if !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (rest, first) = word(a).ok()?;
    if one_of_ci(first, pronouns::RELATIVES) || opens_clause(first, rest) {
        return None;
    }
    // `Harry Belafonte, himself an ardent civil rights activist`: the
    // reflexive stresses the description after it, which is the role; a
    // clause after it (`himself up for reelection`) is none.
    if one_of_ci(first, pronouns::REFLEXIVES) {
        let rest = rest.trim_start();
        let (_, next) = word(rest).ok()?;
        return if is_determiner(next) {
            role_of_appositive(rest)
        } else {
            None
        };
    }
    // `Robin Maynard, half joking`, `only half joking`, `Kevin Wallace,
    // shortly after signing the deal`: up to two adverbs before such a
    // clause.
    if is_clause_adverb(first) {
        let (r, w) = word(rest.trim_start()).unwrap_or(("", ""));
        let (r, w) = if is_clause_adverb(w) {
            word(r.trim_start()).unwrap_or(("", ""))
        } else {
            (r, w)
        };
        if opens_clause(w, r) {
            return None;
        }
    }
    // `John Smith, Acme's chief executive`, `Ana Ruiz, Jarek's younger
    // sister`: a capitalized owner before a lowercase word opens the role
    // it owns; another capitalized word opens a name or a place.
    let owns_role = || {
        owner_stem(first).is_some()
            && rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    if is_cap(first) && !is_determiner(first) && !owns_role() {
        return None;
    }
    // The article goes, but not a determiner that heads the role:
    // `one of several critics at the magazine` is one of them, not `of`
    // them.
    let heads = || word(rest.trim_start()).is_ok_and(|(_, w)| w == "of");
    let mut r = if is_determiner(first) && !heads() {
        rest.trim_start()
    } else {
        a
    };
    // `spokeswoman for Hypertag which makes the technology`, `oncologist
    // who advised Obama`, `deputy chairman of Highland Gold - a mining
    // firm`: a relative clause or a second appositive tells more of the
    // person; the role ends before it.
    if let Some(k) = clause_in_role(r) {
        r = &r[..k];
    }
    // `screenwriter and author of "Ghost Town"`: the appositive stops at the
    // title's quotation mark; the words left dangling before it are no part
    // of the role.
    while let Some((head, last)) = r.trim_end().rsplit_once(' ') {
        if !one_of_ci(
            last,
            &["of", "the", "a", "an", "and", "for", "at", "in", "on", "to"],
        ) {
            break;
        }
        r = head;
    }
    (!r.is_empty()).then_some(r)
}

/// Whether `w` is an adverb that may open an appositive clause: a
/// lowercase `-ly` word (`shortly`, `clearly`) or one of
/// [`titles::CLAUSE_ADVERBS`] (`half`, `still`).
fn is_clause_adverb(w: &str) -> bool {
    let b = w.as_bytes();
    (b.len() > 4 && b.ends_with(b"ly") && b[0].is_ascii_lowercase())
        || contains_ci(titles::CLAUSE_ADVERBS, w)
}

/// Whether the word `w`, before the text `rest`, opens a clause in
/// apposition that tells how, when or where the person spoke, no role: a
/// word of [`titles::NOT_ROLE_OPENERS`] (`however`, `after`, `when`), a
/// participle (`asked Mr. Manafort, referring to ...`), or a past
/// participle with nothing or a preposition after it (`clearly annoyed`,
/// `still excoriated by Democrats`, `asked about his claims`). A participle
/// before a title is a role's (`managing director`, `ranking member`,
/// `newly elected president`).
fn opens_clause(w: &str, rest: &str) -> bool {
    if contains_ci(titles::NOT_ROLE_OPENERS, w) {
        return true;
    }
    if !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let next = || word(rest.trim_start()).map_or("", |(_, n)| n);
    if is_participle(w) {
        return !is_title(next());
    }
    w.len() > 4
        && w.ends_with("ed")
        && matches!(
            next(),
            "" | "about" | "at" | "by" | "for" | "in" | "on" | "with"
        )
}

/// Where, after the first word of the role `r`, a relative pronoun or a
/// dash opens a clause or an appositive of its own, or `told` a cue of its
/// own (`said Joshua Osagie, a cocoa farmer from Edo state told Reuters`:
/// two attributions run together).
fn clause_in_role(r: &str) -> Option<usize> {
    let b = r.as_bytes();
    // Only a word after a space that opens with one of these bytes may be
    // one: the rest are stepped over by a byte search.
    for at in memchr::memchr_iter(b' ', b) {
        if !matches!(b.get(at + 1), Some(b'w' | b't' | b'-' | 0xE2)) || at == 0 {
            continue;
        }
        let start = at + 1;
        let end = memchr::memchr(b' ', &b[start..]).map_or(r.len(), |k| start + k);
        let w = &r[start..end];
        if pronouns::RELATIVES.contains(&w)
            || matches!(
                w,
                "that" | "told" | "tells" | "-" | "--" | "\u{2013}" | "\u{2014}"
            )
        {
            return Some(at);
        }
    }
    None
}

/// ` (R-Fla.)`: whitespace, then a parenthesis closed on the same line.
#[inline(always)]
fn parenthetical(i: &str) -> IResult<&str, &str> {
    let k = ws_len(i);
    if i.as_bytes().get(k) != Some(&b'(') {
        return fail(i);
    }
    match memchr::memchr2(b')', b'\n', &i.as_bytes()[k + 1..]) {
        Some(c) if i.as_bytes()[k + 1 + c] == b')' => {
            let e = k + 1 + c + 1;
            Ok((&i[e..], &i[..e]))
        }
        _ => fail(i),
    }
}

/// The text after a [`parenthetical`] that opens `i` (`Rep. Ann Lee
/// (D-Ohio) said`), if one does.
pub(super) fn past_parenthetical(i: &str) -> Option<&str> {
    parenthetical(i).ok().map(|(rest, _)| rest)
}

/// Up to three adverbs, each after whitespace (`he later said`): the text
/// after them, or None when none opens `i`.
pub(super) fn adverbs(i: &str) -> Option<&str> {
    let mut rest = i;
    for _ in 0..3 {
        let k = ws_len(rest);
        if k == 0 {
            break;
        }
        match word(&rest[k..]) {
            Ok((r, w)) if super::subjects::ADVERBS.contains(w) => rest = r,
            _ => break,
        }
    }
    (rest.len() < i.len()).then_some(rest)
}

/// What follows a cue: the addressee of `told` (`told AFP`).
pub(super) fn addressee(i: &str) -> Option<&str> {
    let (_, words) = preceded_ws(np_words(false))(i).ok()?;
    let (a, b) = (words[0], words[words.len() - 1]);
    if is_pronoun(a) && words.len() == 1 && !matches!(a, "him" | "her" | "them") {
        return None;
    }
    let s = offset_in(i, a);
    Some(&i[s..offset_in(i, b) + b.len()])
}

/// Whitespace, then a cue: [`preceded_ws`] of [`cue`], inlined.
#[inline(always)]
fn ws_cue(i: &str) -> Option<(&str, &str)> {
    match ws_len(i) {
        0 => None,
        k => cue(&i[k..]).ok(),
    }
}

pub(super) fn preceded_ws<'a, O>(
    p: impl Fn(&'a str) -> IResult<&'a str, O>,
) -> impl Fn(&'a str) -> IResult<&'a str, O> {
    move |i: &'a str| {
        let (i, _) = ws1(i)?;
        p(i)
    }
}

/// A paragraph that only signs the quote before it: `- Bernie Sanders.`,
/// `-Michelle Marks, Philadelphia.` (fact-check and reader-comment lists).
pub(crate) fn signature<'a>(input: &'a str, para: &'a str) -> Option<Found> {
    let (i, d) = sign_dash(para).ok()?;
    if para.split_whitespace().nth(SIGNATURE_WORDS).is_some() {
        return None;
    }
    let (r, words) = np_words(false)(i.trim_start()).ok()?;
    let r = r.trim_start();
    if !(r.is_empty() || r.starts_with(['.', ','])) {
        return None;
    }
    let np = analyze(input, &words).filter(|n| n.how == How::Name)?;
    Some(Found {
        np,
        cue: Some(span_of(input, d)),
        to: None,
    })
}

fn sign_dash(i: &str) -> IResult<&str, &str> {
    alt((tag("--"), tag("—"), tag("–"), tag("―"), tag("-"))).parse(i)
}

/// The most words a signature paragraph has.
const SIGNATURE_WORDS: usize = 10;

/// The most bytes a signed quote's signature runs on after a comma (the
/// signer's work or place) to its line's end.
const SIGNATURE_TAIL: usize = 60;

/// `"...," Mr Bootle.`: for `rest`, the text after a quote's closing
/// mark, a courtesy title and a name that end their sentence there (then
/// a new sentence, a line break or the text's end), when the quote closed
/// after its comma: the speaker, the cue left out. Not after a quoted
/// word with no comma (`from "demonising" Mr Campbell.`). Asked where
/// [`after_quote`] finds no attribution.
#[inline(always)]
pub(crate) fn titled_name_ending(input: &str, rest: &str) -> Option<Found> {
    // (Its first bytes first, with no call: most quotes end otherwise, and
    // the phrase is read only after a title.)
    if !matches!(rest.as_bytes(), [b' ', b'M' | b'D' | b'P', ..]) {
        return None;
    }
    titled_after(input, rest)
}

/// [`titled_name_ending`] past its first bytes (out of line: asked
/// rarely).
#[inline(never)]
fn titled_after(input: &str, rest: &str) -> Option<Found> {
    let i = &rest[1..];
    let b = i.as_bytes();
    if !(b.starts_with(b"Mr")
        || b.starts_with(b"Ms")
        || b.starts_with(b"Dr")
        || b.starts_with(b"Prof"))
    {
        return None;
    }
    // (`Mr Blair said`: a lowercase word before the stop, as most such
    // phrases have, ends the question before the phrase is read.)
    let stop = memchr::memchr3(b'.', b'\n', b',', &b[..b.len().min(64)])?;
    let stop = if b[stop] == b'.' && stop <= 4 {
        // (`Mr.`, `Dr.`: the title's own dot.)
        stop + 1 + memchr::memchr3(b'.', b'\n', b',', &b[stop + 1..b.len().min(64)])?
    } else {
        stop
    };
    let capitals = i[..stop]
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if b[stop] != b'.' || !capitals {
        return None;
    }
    let (r, words) = np_words(false)(i).ok()?;
    let title = words.first()?.trim_end_matches('.');
    if words.len() < 2 || !matches!(title, "Mr" | "Mrs" | "Ms" | "Dr" | "Prof") {
        return None;
    }
    let after = r.strip_prefix('.')?;
    if !(after.is_empty() || after.starts_with([' ', '\n'])) {
        return None;
    }
    // (The quote closed after its comma: the mark before `rest`.)
    let before = input[..offset_in(input, rest)].trim_end();
    let mut inner = before.chars();
    inner.next_back();
    if !inner.as_str().ends_with(',') {
        return None;
    }
    let np = analyze(input, &words).filter(|n| n.how == How::Name)?;
    Some(Found {
        np,
        cue: None,
        to: None,
    })
}

/// The attribution grammar after a closing mark. `rest` runs to the next
/// quote or the paragraph's end; `weak` says whether the quote ended its
/// sentence, in which case only an attribution that also ends there counts
/// (`"Why?" Smith asked.`, not `"No." Smith said the plan...`).
pub(crate) fn after_quote<'a>(input: &'a str, rest: &'a str, weak: Weak) -> Option<Found> {
    // Whitespace, an optional comma or dash, whitespace.
    let r = &rest[ws_len(rest)..];
    let mark = mark_len(r.as_bytes());
    let dash = (mark > 0).then(|| &r[..mark]);
    let i = &r[mark..];
    let i = &i[ws_len(i)..];
    // `"..." ― Karen Bobadilla.`: a signed quote, the dash is the cue.
    if let Some(d) = dash.filter(|d| *d != ",") {
        if let Ok((r, words)) = np_words(false)(i) {
            let r = r.trim_start_matches(['.', ' ']);
            let np = analyze(input, &words).filter(|n| n.how == How::Name);
            // The signature may go on after a comma to the line's end
            // with what the signer wrote or where they are (`― Charles
            // Dickens, A Christmas Carol`).
            let line = &r[..r.find('\n').unwrap_or(r.len())];
            let signs_off = r.is_empty()
                || r.starts_with('\n')
                || (line.starts_with(',') && line.len() <= SIGNATURE_TAIL);
            if let Some(np) = np.filter(|_| signs_off) {
                return Some(Found {
                    np,
                    cue: Some(span_of(input, d)),
                    to: None,
                });
            }
        }
    }
    let ends_here = |r: &str, cue: &str| attribution_ends(r, cue);
    // `"...", too says BT`: an adverb before an invertible cue.
    let i = match word(i) {
        Ok((r, w)) if pronouns::BEFORE_INVERSION.contains(&w) => {
            let r = &r[ws_len(r)..];
            if cue(r).is_ok_and(|(_, c)| invertible(c)) {
                r
            } else {
                i
            }
        }
        _ => i,
    };
    // `said X`, `according to X`.
    let first_cue = cue(i).ok();
    let inverted =
        first_cue.filter(|(_, c)| invertible(c) || c.eq_ignore_ascii_case("according to"));
    if let Some((r, c)) = inverted {
        // `"..." suggests that Phoenix ...`: a clause, not a speaker; nor
        // is a reflexive (`giving only "brief" answers himself`: the cue
        // word is a noun).
        // (`says a lot about the company`: an amount of what is said.)
        // (`Mr. Manafort, citing "...," said the candidate could be`: an
        // auxiliary after the phrase makes it the subject of what was
        // said, and the quote part of the clause before.)
        let phrase = preceded_ws(np_words(true))(r).ok().filter(|(after, w)| {
            let reflexive = w.len() == 1 && pronouns::REFLEXIVES.contains(&w[0]);
            // (Lowercase only: `said Mr Much` names someone.)
            let amount = w
                .last()
                .is_some_and(|h| pronouns::AMOUNTS.binary_search(h).is_ok());
            !reflexive
                && !amount
                && !w[0].eq_ignore_ascii_case("that")
                && !is_lone_adverb(w)
                && !auxiliary_follows(after)
        });
        if let Some((r2, words)) = phrase {
            let according = c.eq_ignore_ascii_case("according to");
            let object = according.then(|| object_pronoun(input, &words)).flatten();
            let mut np = object.or_else(|| analyze(input, &words))?;
            let mut after = r2;
            if according {
                if let Some((r3, author)) = by_author(input, r2) {
                    np = author;
                    after = r3;
                }
            }
            if let Ok((r3, _)) = parenthetical(after) {
                after = r3;
            }
            if let Ok((r3, a)) = appositive(after) {
                if np.how == How::Name && np.role.is_none() {
                    np.role = role_of_appositive(a).map(|a| span_of(input, a));
                } else if let Some(named) = named_in_apposition(input, &np, a) {
                    np = named;
                }
                after = r3;
            }
            if weak == Weak::No || ends_here(after, "") {
                return Some(Found {
                    np,
                    cue: Some(span_of(input, c)),
                    to: None,
                });
            }
        }
    }
    // `X said`, `X, the role, said`, `X (R-Fla.) said`: no phrase starts
    // with a cue.
    if first_cue.is_some() {
        return None;
    }
    if weak == Weak::No && mark == 0 && modifies_noun(input, rest, i) {
        return None;
    }
    let mut next_cue = None;
    let mut words = Words::new();
    let (mut r, pronoun) = np_words_into(i, true, false, &mut next_cue, &mut words)?;
    // `"...," giving states more power`: a participle opens a clause,
    // and the noun after it is no cue. (After an article it is an
    // adjective of the phrase: `the chief executive of a leading European
    // car maker told`.)
    let clause = words
        .iter()
        .enumerate()
        .any(|(k, w)| is_participle(w) && !(k > 0 && is_determiner(words[k - 1])));
    if clause {
        return None;
    }
    // `a "paperwork error" that was reported`: a relative pronoun right
    // after the quote stands for the quoted words. `"..." That said, she
    // ...`: the idiom, not a speaker.
    if words.len() == 1 && one_of_ci(words[0], &["that", "this", "which", "who"]) {
        return None;
    }
    // `"..." Economists point out that whatever Europe says, a weaker
    // dollar is a boon`: a cue in a free relative clause says what someone
    // might say, and speaks no quote.
    if words.iter().any(|w| one_of_ci(w, pronouns::FREE_RELATIVES)) {
        return None;
    }
    // The words are analyzed once the cue is found: most phrases here have
    // none, and the analysis has no effect but its answer.
    if let Ok((r2, _)) = parenthetical(r) {
        r = r2;
    }
    let mut role = None;
    if let Ok((r2, a)) = appositive(r) {
        // (`"...," Erik van Sebille, a physical oceanographer at the
        // University of New South Wales in Sydney told Reuters.`: with its
        // closing comma missing, the appositive runs on to the cue.)
        let (a, r3) = match after_comma(r2) {
            Some(r3) => (a, r3),
            None => unclosed_appositive(input, a)?,
        };
        role = Some(a);
        r = r3;
    }
    // After a quote that ended its sentence, `He also said ...` opens a
    // new one: `also` looks back to something said before.
    let also = r
        .trim_start()
        .strip_prefix("also")
        .is_some_and(|x| x.is_empty() || x.starts_with(char::is_whitespace));
    if weak != Weak::No && also {
        return None;
    }
    // The cue first, so that `was quoted as saying` is not read as the
    // auxiliary `was` and the cue `quoted`.
    // With no adverb, the cue after them would be the one just refused.
    // A cue that stopped the phrase follows it here too (no parenthesis or
    // comma opens the text after the phrase then): it is not asked again.
    debug_assert!(next_cue.is_none() || next_cue == ws_cue(r));
    let before_cue = r;
    let (r, c) = next_cue
        .or_else(|| ws_cue(r))
        .or_else(|| adverbs(r).and_then(ws_cue))?;
    // `"...," the researchers were told`, `"...," Smith was asked`: the
    // subject of such a cue in the passive is spoken to or of, not the
    // speaker (as before a quote: see `attribution::before_quote`).
    if passive_after(before_cue, c) {
        return None;
    }
    // `what she called a "rant," a series of postings saying that ...`: a
    // participle after a phrase is no finite cue; the phrase is what the
    // quote names, not who speaks it. (One word: `was quoted as saying`
    // is finite.)
    if !c.contains(' ') && is_ing_form(c) {
        return None;
    }
    // `"bot nets", spam continued to be a problem`: no speech.
    if is_continue(c) && r.strip_prefix(" to ").is_some() {
        return None;
    }
    if weak != Weak::No
        && (!ends_here(r, c)
            || (weak == Weak::BeforeQuote && introduces_quote(r))
            || runs_on(r, c, weak))
    {
        return None;
    }
    // `"..." His remarks indicated`, `the attacks "may ..."`: after an
    // article or a possessive alone, the cue word is a noun.
    if words.len() == 1 && one_of_ci(words[0], pronouns::NOUN_MARKERS) {
        return None;
    }
    // `"Call the roll," came shouts from the crowd`: a verb in the past
    // opens an inverted clause; it is no speaker phrase, and the noun
    // after it no cue.
    if !pronoun && words.len() == 1 && verbs::is_irregular_past(words[0]) {
        return None;
    }
    let mut np = if pronoun {
        pronoun_np(input, words[0])
    } else {
        analyze(input, &words)?
    };
    if let Some(a) = role.filter(|_| np.how == How::Name && np.role.is_none()) {
        np.role = role_of_appositive(a).map(|a| span_of(input, a));
    } else if let Some(named) = role.and_then(|a| named_in_apposition(input, &np, a)) {
        np = named;
    }
    // `"..." He says referees ...`: after a full stop, a capitalized
    // pronoun opens a new sentence unless the cue ends it (`He said.`).
    let capital_pronoun = np.how == How::Pronoun && is_cap(words[0]) && words[0] != "I";
    if weak != Weak::No && capital_pronoun && !r.trim_start().starts_with('.') {
        return None;
    }
    if c == "quoted" {
        if let Some((_, quoted)) = quoted_as(input, r) {
            np = quoted;
        }
    }
    let to = if is_tell(c) {
        addressee(r).map(|a| span_of(input, a))
    } else {
        None
    };
    Some(Found {
        np,
        cue: Some(span_of(input, c)),
        to,
    })
}

/// Whether `r` opens with a space and an auxiliary, a modal or a form of
/// `be` or `have` (`could`, `was`, `has`): a verb of the phrase before.
fn auxiliary_follows(r: &str) -> bool {
    let Some(r) = r.strip_prefix(' ') else {
        return false;
    };
    let w = &r[..r.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(r.len())];
    !w.is_empty() && super::subjects::is_auxiliary(w)
}

/// Whether the words between a phrase and its cue `c` (`between` runs from
/// the phrase's end and holds the cue) make `c` a passive of
/// [`verbs::PASSIVE_OBJECTS`]: a form of `be` among them (`were told`,
/// `has been described`).
fn passive_after(between: &str, c: &str) -> bool {
    // (Most cues follow their phrase after a space alone.)
    let gap = between[..offset_in(between, c)].trim_ascii();
    !gap.is_empty()
        && gap
            .split_ascii_whitespace()
            .any(super::subjects::is_be_form)
        && verbs::PASSIVE_OBJECTS.binary_search(&c).is_ok()
}

/// `said matter-of-factly`, `said quietly`: whether the words after an
/// inverted cue are one lowercase word in `-ly`, an adverb, no speaker.
pub(super) fn is_lone_adverb(words: &[&str]) -> bool {
    matches!(words, [w] if w.len() > 4 && w.ends_with("ly") && !is_cap(w))
}

/// Whether the cue `c` is a form of `continue`, which reports no speech
/// before an infinitive (`continued to be`).
pub(super) fn is_continue(c: &str) -> bool {
    matches!(c, "continue" | "continued" | "continues")
}

/// Whether `w` looks like a participle: lowercase and [`is_ing_form`]
/// (`referring`, `giving`; not `king`).
#[inline(always)]
fn is_participle(w: &str) -> bool {
    is_ing_form(w) && !is_cap(w)
}

/// Whether `w`, in any case, is longer than five letters and ends in
/// `-ing` (`Defending`, `referring`): a participle's form.
#[inline(always)]
pub(super) fn is_ing_form(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ing")
}

/// `giving only "brief" answers himself`, `the "failing" agency noting`: a
/// quote that ends in no stop or comma of its own (`rest` follows its
/// closing mark) and runs straight on into a lowercase word `i` opens,
/// which is no pronoun, article, function word or title, is a modifier of
/// that noun: the noun is no speaker.
fn modifies_noun(input: &str, rest: &str, i: &str) -> bool {
    // Asked after most quotes in a sentence: by bytes, the cheap tests
    // first. A lowercase word follows...
    if !i.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // ... and the quote ends in no stop, comma or dash, inside its marks
    // (`"`, `'`, and `”` `’`, which are E2 80 9D and E2 80 99).
    let mut b = &input.as_bytes()[..offset_in(input, rest)];
    loop {
        match b {
            [head @ .., b'"' | b'\''] => b = head,
            [head @ .., 0xE2, 0x80, 0x9D | 0x99] => b = head,
            _ => break,
        }
    }
    // (`—` and `–` are E2 80 94 and E2 80 93.)
    if matches!(
        b,
        [.., b',' | b'.' | b'!' | b'?' | b';' | b':' | b'-'] | [.., 0xE2, 0x80, 0x93 | 0x94]
    ) {
        return false;
    }
    let Ok((_, w)) = word(i) else {
        return false;
    };
    // One lookup for the four kinds of word.
    use sets::{
        NAME_WORDS_DETERMINER as DET, NAME_WORDS_FUNCTION as FUNC, NAME_WORDS_PRONOUN as PRON,
        NAME_WORDS_TITLE as TTL,
    };
    sets::NAME_WORDS.mask(bare(w)) & (DET | FUNC | PRON | TTL) == 0
}

/// Whether `cue` is one of the dashes [`mark_len`] reads, whole: the cue
/// [`after_quote`] gives a signed quote (`"..." ― Karen Bobadilla.`).
pub(super) fn is_dash(cue: &str) -> bool {
    let b = cue.as_bytes();
    !b.is_empty() && b != b"," && mark_len(b) == b.len()
}

/// The length of the comma or dash that opens `b`, if one does: `,`,
/// `--`, `—`, `–`, `―` or `-` (the dashes are E2 80 94, 93 and 95).
#[inline]
fn mark_len(b: &[u8]) -> usize {
    match b {
        [b',', ..] => 1,
        [b'-', b'-', ..] => 2,
        [b'-', ..] => 1,
        [0xE2, 0x80, 0x93..=0x95, ..] => 3,
        _ => 0,
    }
}

/// True when the attribution's clause ends after `cue` (or a speaker
/// phrase), so that the words before it were not a new sentence's subject:
/// `"No." Trump said on Tuesday.` but not `"No." Trump said the plan...`.
fn attribution_ends(r: &str, cue: &str) -> bool {
    let r = r.trim_start();
    if r.is_empty() || r.starts_with(['.', ',', ';', ':', '!', '?', '(', '—', '–', '-']) {
        return true;
    }
    let Ok((rest, w)) = word(r) else {
        return false;
    };
    if is_cap(w) {
        // `said Saturday.`, but not `warned Saturday that ...`.
        if super::speakers::is_calendar(w) && !is_tell(cue) {
            return attribution_ends(rest, "");
        }
        return is_tell(cue);
    }
    // `"Why?" Todd asked the real estate mogul.`: the person asked, and the
    // sentence ends.
    if asks(cue) && is_determiner(w) {
        let mut rest = rest;
        for _ in 0..5 {
            let t = rest.trim_start();
            if t.is_empty() || t.starts_with(['.', ',', '?', '!']) {
                return true;
            }
            match word(t) {
                Ok((r2, x)) if !is_function(x) => rest = r2,
                _ => break,
            }
        }
    }
    // `he’s`, `she’d`: a contracted pronoun opens a clause too.
    let base = before_apostrophe(w);
    !(is_determiner(w)
        || is_pronoun(w)
        || is_pronoun(base)
        || one_of_ci(
            w,
            &[
                "that", "if", "what", "how", "why", "whether", "him", "her", "them", "me", "us",
                "you",
            ],
        ))
}

/// True when `w` is one of `words` (lowercase) ignoring ASCII case: asked
/// in place, where a lowered copy of `w` would be allocated and freed.
pub(super) fn one_of_ci(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The word `w` of `i`, before `rest`, with a plural's possessive mark
/// after it (`Sanders’ campaign manager`), and the text after that: an
/// apostrophe after a final `s`, then a space.
#[inline(always)]
fn with_plural_mark<'a>(i: &'a str, rest: &'a str, w: &'a str) -> (&'a str, &'a str) {
    // Most words are followed by a space or a mark of no possessive.
    if !matches!(rest.as_bytes().first(), Some(b'\'' | 0xE2)) {
        return (rest, w);
    }
    past_plural_mark(i, rest, w)
}

/// [`with_plural_mark`] after an apostrophe's first byte.
#[inline(never)]
fn past_plural_mark<'a>(i: &'a str, rest: &'a str, w: &'a str) -> (&'a str, &'a str) {
    let len = match rest.as_bytes() {
        [b'\'', b' ', ..] => 1,
        [0xE2, 0x80, 0x99, b' ', ..] => 3,
        _ => 0,
    };
    if len == 0 || !w.ends_with('s') {
        return (rest, w);
    }
    let start = offset_in(i, w);
    (&rest[len..], &i[start..start + w.len() + len])
}

/// `w` up to its first `'` or `’` (E2 80 99): the pronoun of a
/// contraction (`he’s`), read as bytes.
#[inline]
pub(super) fn before_apostrophe(w: &str) -> &str {
    let b = w.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if b[k] == b'\''
            || (b[k] == 0xE2 && b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0x99))
        {
            return &w[..k];
        }
        k += 1;
    }
    w
}

/// Cues whose object is the person spoken to.
fn asks(cue: &str) -> bool {
    matches!(
        cue,
        "asked" | "asks" | "reminded" | "assured" | "urged" | "pressed"
    )
}

/// True when nothing but a comma or colon stands between a cue and the
/// next quote (the text after the cue runs up to that quote), or when the
/// cue's clause runs on to a colon before it with no sentence ending
/// between (`"...." Guti told Spanish radio station Cadena Ser: "..."`):
/// the cue brings in the next quote.
fn introduces_quote(r: &str) -> bool {
    let r = r.trim_end();
    if r.trim_start_matches([',', ':', ' ']).is_empty() {
        return true;
    }
    let b = r.as_bytes();
    // (A stop before a space may end a sentence, or an abbreviation, `Mr.
    // Smith:`, which keeps the cue on this quote as before.)
    b.last() == Some(&b':')
        && !b
            .windows(2)
            .any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace())
}

/// The most words after a cue before the end of an attribution that
/// follows a quote which ended its sentence (`told BBC Radio 4's Today
/// programme on Wednesday.`).
const ATTRIBUTION_TAIL_WORDS: usize = 8;

/// Whether the text `r` after a cue runs on as a clause of its own rather
/// than end the attribution: no stop or comma within
/// [`ATTRIBUTION_TAIL_WORDS`] words, or none before the next quote
/// (`"...." This week a judge claimed easy access to drink was breeding
/// "urban savages"`: the report of another's words, not this quote's).
fn runs_on(r: &str, cue: &str, weak: Weak) -> bool {
    // `asks as he steers his car along a narrow road`, `told ITV in an
    // interview aired on Monday when asked`: a phrase of time, place or
    // manner right after the cue (and whom it told) goes on with the
    // attribution.
    let after = if is_tell(cue) {
        addressee(r).map_or(r, |a| &r[offset_in(r, a) + a.len()..])
    } else {
        r
    };
    if after
        .split_ascii_whitespace()
        .next()
        .is_some_and(|w| pronouns::ADJUNCT_OPENERS.contains(&w))
    {
        return false;
    }
    let mut words = 0;
    for w in r.split_ascii_whitespace() {
        if w.ends_with(['.', ',', ';', ':', '!', '?']) || w.starts_with(['(', '-', '—', '–']) {
            return false;
        }
        words += 1;
        if words > ATTRIBUTION_TAIL_WORDS {
            return true;
        }
    }
    // (Run out: at the paragraph's end the attribution ended there; at
    // the next quote, a clause runs on into it.)
    words > 0 && weak == Weak::BeforeQuote
}

/// How a quote ended, for the attribution after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weak {
    /// It did not end a sentence: `"...," he said`.
    No,
    /// It ended a sentence: only an attribution that ends too counts.
    Yes,
    /// As `Yes`, and another quote follows in the paragraph.
    BeforeQuote,
}

pub(super) fn span_of(input: &str, s: &str) -> Span {
    let o = offset_in(input, s);
    Span::new(o, o + s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cue` without the three-byte screen.
    fn unscreened(i: &str) -> Option<&str> {
        for p in cues::PHRASES {
            if i.len() >= p.len()
                && i.is_char_boundary(p.len())
                && i[..p.len()].eq_ignore_ascii_case(p)
                && !i[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                return Some(&i[..p.len()]);
            }
        }
        let (_, w) = word(i).ok()?;
        (i.as_bytes()[0].is_ascii_lowercase() && crate::lexicon::contains_ci(cues::CUES, w))
            .then_some(w)
    }

    /// The byte-level leaf parsers answer as the nom combinators they
    /// replace.
    #[test]
    fn leaf_parsers_match_their_combinators() {
        use crate::space::{reads_as_space, trim_end};
        use nom::bytes::complete::{take_till, take_while, take_while1};
        use nom::character::complete::char;
        use nom::combinator::recognize;
        let ws = |i| take_while(reads_as_space).parse(i);
        let cases = [
            "",
            " ",
            "  x",
            "\t\n\r\u{b}\u{c} y",
            "\u{a0}\u{2003} z",
            "\u{85}",
            "\u{200b} x",
            " \u{feff}\u{a0}\u{200f}y",
            "\u{ad}(R-Fla.) said",
            ", \u{200e}an aide\u{200b}, said",
            ", an aide\u{2060}",
            "é",
            "x",
            " (R-Fla.) said",
            "(a\n) b",
            " (open",
            "()",
            " ( x ) ",
            ", an aide, said",
            ",who “knew” it",
            ", a; b",
            ", x: y",
            ", \"q\"",
            ",\n",
            ", a former official.\nThe firm, x",
            ", a Sen.\nof Ohio, said",
            ", e\u{2019}s",
            ", ",
        ];
        // Appositives about the longest, with and without whitespace to trim.
        let mut long = Vec::new();
        for n in [248, 249, 250, 251, 252, 300] {
            for tail in ["", ",", " ,", "    ,", "\u{a0},", " x", "\n"] {
                long.push(format!(", {}{tail}", "a".repeat(n)));
                long.push(format!(", a{}{tail}", " ".repeat(n)));
                long.push(format!(", a{}\u{a0}\u{a0}b", " ".repeat(n)));
            }
        }
        for c in cases.iter().copied().chain(long.iter().map(String::as_str)) {
            let nom_ws: IResult<&str, &str> = ws(c);
            let k = ws_len(c);
            assert_eq!(Some((&c[k..], &c[..k])), nom_ws.ok(), "{c:?}");
            let nom_ws1: IResult<&str, &str> = take_while1(reads_as_space).parse(c);
            assert_eq!(ws1(c).ok(), nom_ws1.ok(), "{c:?}");
            let nom_paren: IResult<&str, &str> = recognize((
                take_while(reads_as_space),
                char('('),
                take_till(|c| c == ')' || c == '\n'),
                char(')'),
            ))
            .parse(c);
            assert_eq!(parenthetical(c).ok(), nom_paren.ok(), "{c:?}");
            let nom_appos = (|i| {
                let (i, _) = (ws, char(','), ws).parse(i)?;
                take_till(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”')).parse(i)
            })(c)
            .ok()
            .map(|(r, a): (&str, &str)| (r, trim_end(a)))
            .map(|(r, a)| {
                // Cut at the first dot that ends a sentence: one after a
                // word that is no abbreviation, before a space or a line
                // break.
                let cut = a.match_indices('.').map(|(k, _)| k).find(|&k| {
                    let w = a[..k]
                        .split([' ', '\n', '\r', '\t'])
                        .next_back()
                        .unwrap_or("");
                    a[k + 1..].starts_with([' ', '\n', '\r', '\t'])
                        && !super::super::tokens::is_abbreviation(w)
                });
                let at = offset_in(c, a);
                match cut {
                    Some(k) => (&c[at + k..], &a[..k]),
                    None => (r, a),
                }
            })
            .map(|(r, a)| (r, trim_end(a)))
            .filter(|(_, a)| !a.is_empty() && a.len() <= 250)
            .map(|(r, a)| (r, a.trim_end_matches('.')));
            assert_eq!(appositive(c).ok(), nom_appos, "{c:?}");
            let w = c.chars().next().is_some_and(char::is_alphanumeric);
            assert_eq!(word(c).is_ok(), w, "{c:?}");
        }
    }

    /// The byte match finds the mark the list of marks does.
    #[test]
    fn mark_len_matches_the_marks() {
        let marks = [",", "--", "—", "–", "―", "-"];
        let cases = [
            "", ",", ", he", "--x", "-x", "- x", "—", "— X", "–", "―", "‒", "‐", "\u{2016}", "x",
            " ,", "\"", "…", "-—", "—-",
        ];
        for c in cases {
            let by_list = marks
                .into_iter()
                .find(|m| c.starts_with(m))
                .map_or(0, str::len);
            assert_eq!(mark_len(c.as_bytes()), by_list, "{c:?}");
        }
    }

    #[test]
    fn classes_answer_as_the_three_tests() {
        let lists = [
            pronouns::FUNCTION_WORDS,
            pronouns::DETERMINERS,
            pronouns::SUBJECT_PRONOUNS,
        ];
        let extra = ["Smith", "said", "x", "e.g.", "U.S.", "O’Neil", "xé", "Mr."];
        for w in lists.iter().flat_map(|l| l.iter()).copied().chain(extra) {
            let cap = w[..1].to_ascii_uppercase() + &w[1..];
            for v in [
                w.to_string(),
                cap,
                format!("{w}."),
                format!("{w}'s"),
                format!("{w}’s"),
            ] {
                let c = classes(&v);
                assert_eq!(c & FUNCTION != 0, is_function(&v), "{v:?}");
                assert_eq!(c & DETERMINER != 0, is_determiner(&v), "{v:?}");
                assert_eq!(c & PRONOUN != 0, is_pronoun(&v), "{v:?}");
            }
        }
    }

    /// What lets [`cue_compared`] end a cue word at a dot alone without
    /// asking whether it is an abbreviation.
    #[test]
    fn no_cue_word_is_an_abbreviation_or_has_a_dot() {
        for w in cues::CUES {
            assert!(!sets::ABBREVIATIONS.contains(w), "{w}");
            assert!(!w.contains('.'), "{w}");
        }
    }

    /// [`cue_bytes`] turns away no position of real text where a cue
    /// starts.
    #[test]
    fn the_byte_tests_turn_away_no_cue_on_the_corpus() {
        super::super::bbc_sample::each_article(40, |text| {
            for (k, _) in text.char_indices() {
                let i = &text[k..];
                assert!(
                    cue_bytes(i.as_bytes()).is_some() || cue(i).is_err(),
                    "{i:.20?}"
                );
            }
        });
    }

    #[test]
    fn before_apostrophe_is_the_split_at_either_mark() {
        let words = [
            "",
            "he",
            "he's",
            "she’d",
            "they’",
            "’s",
            "'",
            "it\u{2019}s",
            "a’b'c",
            "x\u{2018}y",
            "caf\u{e9}'s",
            "\u{2014}’",
            "e\u{2}\u{80}",
            "don't",
        ];
        for w in words {
            assert_eq!(
                before_apostrophe(w),
                w.split(['\'', '’']).next().unwrap_or(w),
                "{w:?}"
            );
        }
    }

    /// What lets [`cue_screen`] leave a first byte that is no letter to
    /// its table: no cue starts with one.
    #[test]
    fn no_cue_starts_with_a_byte_that_is_no_letter() {
        for second in 0..27 {
            assert_eq!(ANY_TRIPLES[26 * 27 + second], 0);
        }
        for b in 0..=255u8 {
            if !b.is_ascii_alphabetic() {
                assert!(cue_screen(&[b, b'a', b'i', b'd']).is_none(), "{b}");
            }
        }
    }

    #[test]
    fn said_is_a_cue() {
        assert!(sets::CUES.contains("said"));
    }

    #[test]
    fn the_screen_turns_away_no_cue() {
        let words = cues::CUES.iter().chain(cues::PHRASES).copied();
        let extra = [
            "the", "a", "sa", "s", "Said", "SAID", "said.", "x", "go", "ok",
        ];
        for w in words.chain(extra) {
            let cap = w[..1].to_ascii_uppercase() + &w[1..];
            for v in [
                w.to_string(),
                cap,
                w.to_ascii_uppercase(),
                format!("{w}s"),
                format!("{w} Smith"),
                format!("{w}, he"),
                format!("{w}-in"),
                format!("{w}."),
                format!("{w}. He"),
                format!("{w}.x"),
                format!("{w}.\u{e9}"),
                format!("{w}.."),
                format!("{w}:"),
                format!("{w};\n"),
                format!("{w}’s"),
                format!("{w}'s"),
                format!("{w}\u{a0}"),
                // (Without its last character: the Spanish cues end in one
                // of two bytes.)
                w[..w.char_indices().last().map_or(0, |(k, _)| k)].to_string(),
            ] {
                if v.is_empty() {
                    continue;
                }
                assert_eq!(cue(&v).ok().map(|(_, c)| c), unscreened(&v), "{v:?}");
                assert!(
                    cue_bytes(v.as_bytes()).is_some() || cue(&v).is_err(),
                    "{v:?}"
                );
            }
        }
    }
}
