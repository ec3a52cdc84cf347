//! Speaker phrases found by walking a paragraph's tokens: the phrase before
//! a cue, after a comma and an appositive, the subject of the sentence, and
//! which words are cues at all. Walks stop at quotes and sentence ends and
//! read a bounded number of tokens.

use super::attribution::Found;
use super::grammar::{
    before_apostrophe, cited_source, classes, cue, cue_bytes, cue_of_kinds, inverted_description,
    invertible, is_lone_adverb, named_in_apposition, np_words, one_of_ci, preceded_ws,
    role_of_appositive, span_of, Words, DETERMINER, FUNCTION, PRONOUN,
};
use super::speakers::{
    analyze, heads_body_for, is_determiner, is_function, is_inner_preposition, is_name_word,
    is_opening_verb, is_particle, is_partitive, is_personal, is_pronoun, is_title,
    is_title_before_of, names_organization, pronoun_np, title_plural, How, Np,
};
use super::tokens::{is_cap, is_possessive, owner_stem, text, Kind, Tok, CUE_UNKNOWN};
use crate::lexicon::sets::{Lexicon, CUES, GIVEN_NAMES, WEEKDAYS};
use crate::lexicon::{calendar, contains_ci, cues, places, pronouns, titles, verbs};
use crate::span::{offset_in, Span};

/// Hashed forms of the tables the walks ask about at many tokens: a
/// binary search folding case costs several compares a word, a lookup
/// hashes it once.
pub(super) static ADVERBS: Lexicon<64> = Lexicon::new(&[pronouns::ADVERBS]);
pub(super) static CLAUSE_OPENERS: Lexicon<8> = Lexicon::new(&[pronouns::CLAUSE_OPENERS]);
static SUBORDINATORS: Lexicon<16> =
    Lexicon::new(&[pronouns::SUBORDINATORS, pronouns::SUBORDINATE_AS]);
pub(super) static DESCRIPTIVE_PLURALS: Lexicon<64> = Lexicon::new(&[pronouns::DESCRIPTIVE_PLURALS]);
pub(super) static TIME_WORDS: Lexicon<32> = Lexicon::new(&[titles::TIME_WORDS]);
/// The time words, weekdays and months, in the order of their bits: the
/// three questions a describing subject's every word is asked, one lookup.
static TIMES_AND_DATES: Lexicon<64> =
    Lexicon::new(&[titles::TIME_WORDS, calendar::WEEKDAYS, calendar::MONTHS]);

/// True for a time word or (by [`is_calendar`](super::speakers::is_calendar))
/// a weekday or month: one lookup where three would hash the word.
fn is_time_or_date(w: &str) -> bool {
    let m = TIMES_AND_DATES.mask(w);
    if m & 1 != 0 {
        return true;
    }
    // The calendar is asked of the word without a final `.` or `'s`.
    let b = super::tokens::bare(w);
    let m = if b.len() == w.len() {
        m
    } else {
        TIMES_AND_DATES.mask(b)
    };
    m & 2 != 0 || (m & 4 != 0 && !super::speakers::is_name_month(w))
}
pub(super) static SPEECH_NOUNS: Lexicon<64> = Lexicon::new(&[cues::SPEECH_NOUNS]);
pub(super) static MUTE_NOUNS: Lexicon<64> = Lexicon::new(&[cues::MUTE_NOUNS]);
pub(super) static NAMING: Lexicon<16> = Lexicon::new(&[cues::NAMING]);
pub(super) static TITLE_LEADS: Lexicon<32> = Lexicon::new(&[titles::TITLE_LEADS]);

/// Capitalized words the article uses in mid-sentence: a lone capitalized
/// word that opens a sentence is taken for a name only when it is one of
/// these (`Trump has ...`, not `Smiling, she ...` or `Boos rang out`).
pub(crate) use super::names::Known;

pub(super) fn is_word(t: &Tok) -> bool {
    t.kind == Kind::Word
}

pub(super) fn ends_sentence(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '?' | '!'))
}

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
    if past || cue.contains(' ') {
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

/// The speaker phrase ending right before token `c` (a cue), not reaching
/// back before token `lo`.
pub(super) fn subject_before(input: &str, toks: &[Tok], c: usize, lo: usize) -> Option<Np> {
    subject_before_at(input, toks, c, lo, true)
}

/// [`subject_before`], reading past an appositive between dashes when
/// `dashes` (the phrase before such an appositive is asked once more,
/// without).
fn subject_before_at(input: &str, toks: &[Tok], c: usize, lo: usize, dashes: bool) -> Option<Np> {
    let mut j = c;
    while j > lo && is_word(&toks[j - 1]) && {
        let w = text(input, &toks[j - 1]);
        !is_cap(w) && (ADVERBS.contains(w) || pronouns::REFLEXIVES.contains(&w))
    } {
        j -= 1;
    }
    // `Trump on Tuesday said`, `Trump at the time said`: a time phrase
    // between the subject and its cue.
    if let Some(t) = time_phrase_before(input, toks, j, lo) {
        j = t;
    }
    // `Trump in his announcement speech called`: where he spoke, between
    // a name and its cue.
    if let Some(t) = setting_before(input, toks, j, lo) {
        j = t;
    }
    if j <= lo {
        return None;
    }
    let mut paren = None;
    if toks[j - 1].kind == Kind::Punct(')') {
        let k = (lo..j - 1)
            .rev()
            .take(12)
            .find(|&k| toks[k].kind == Kind::Punct('('))?;
        j = k;
        if j <= lo {
            return None;
        }
        paren = Some(k);
    }
    if toks[j - 1].kind == Kind::Punct(',') {
        let Some(k) = back_in_sentence(input, toks, lo, j - 1, CLAUSE_REACH, Stop::Opaque)
            .find(|&k| toks[k].kind == Kind::Punct(','))
        else {
            // `Chairman of the Environmental Audit Committee Peter
            // Ainsworth MP, said:`: a stray comma after a name that opens
            // the sentence, no appositive's.
            return np_back_paren(input, toks, j - 1, lo).filter(|np| {
                let f =
                    first_token_from(toks, np.role.map_or(np.mention.start, |r| r.start), j - 1);
                np.how == How::Name && (f == lo || ends_sentence(&toks[f - 1]))
            });
        };
        // `Rubio, whose hometown, Miami, is projected to ..., argues`: a
        // relative clause with commas inside runs back to its pronoun.
        let whose = back_in_sentence(input, toks, lo, k, CLAUSE_REACH, Stop::AnyQuote).find(|&c| {
            toks[c].kind == Kind::Punct(',')
                && toks
                    .get(c + 1)
                    .is_some_and(|t| is_word(t) && text(input, t) == "whose")
        });
        if let Some(c) = whose {
            if let Some(np) = np_back_paren(input, toks, c, lo) {
                return Some(np);
            }
        }
        let appos = &toks[k + 1..j - 1];
        let first = appos.first().filter(|t| is_word(t))?;
        let fw = text(input, first);
        // `Dan Gillmor, founder of Grassroots Media, which supports ...,
        // said`, `Mr Kim, chief executive of SK Telecom, also at 3GSM,
        // said`: a clause after a name's own appositive; the name speaks,
        // with that appositive its role. (Asked one level deep only.)
        if dashes && !is_cap(fw) && appositive_before(input, toks, k, lo) {
            if let Some(np) = subject_before_at(input, toks, k + 1, lo, false) {
                return Some(np);
            }
        }
        if one_of_ci(fw, &["who", "which", "whose"]) {
            // `Harry Bond, 30, of Raleigh, N.C., who was polled, said`: a
            // place's state or country before the clause is read as before
            // a cue, back to the speaker.
            if state_before_comma(input, toks, k, lo) {
                if let Some(np) = subject_before_at(input, toks, k + 1, lo, false) {
                    return Some(np);
                }
            }
            return np_back_paren(input, toks, k, lo);
        }
        // `Sen. Ron Johnson, R-Wis., said`: a party and state tag.
        if appos.len() == 1 && is_party_tag(fw) {
            return np_back_paren(input, toks, k, lo);
        }
        // `the chairman of the working party, Ambassador Stefan Johannesson
        // of Iceland, warned`: a person's name with the place or body it
        // is of reads as the name alone.
        let appos =
            person_of_in_appositive(input, toks, k + 1, j - 1).map_or(appos, |o| &toks[k + 1..o]);
        // `The Bishop of Durham, the Rt Rev Dr Tom Wright, described`: an
        // honorific keeps its article, which is no part of the name.
        let appos = match appos {
            [the, rest @ ..]
                if is_word(the) && text(input, the) == "the" && honorific(input, rest) =>
            {
                rest
            }
            _ => appos,
        };
        let all_names = appos.len() <= 5
            && appos
                .iter()
                .all(|t| is_word(t) && is_name_word(text(input, t)));
        if all_names
            && (is_city_state(input, toks, k, appos) || in_place_before(input, toks, k, lo))
        {
            // `Cory James, 22, of Flint, Mich., said`, `Lee, at a meeting in
            // Dayton, Ohio, said`: the state of a `City, State,` place ends
            // the appositives, and the speaker is the phrase before the
            // first comma of the chain (`John Smith of Flint, Mich., said`:
            // the comma before the state, when it is the only one).
            let first_comma = back_in_sentence(input, toks, lo, k, CLAUSE_REACH, Stop::Opaque)
                .filter(|&c| toks[c].kind == Kind::Punct(','))
                .last()
                .unwrap_or(k);
            // (`a woman in Worcester, Massachusetts, told him`: a place
            // after `in` is where the speaker is, named before it.)
            let np = np_back_paren(input, toks, first_comma, lo).and_then(|np| {
                let f = first_token_from(toks, np.mention.start, first_comma);
                if f > lo + 1 && is_word(&toks[f - 1]) && text(input, &toks[f - 1]) == "in" {
                    np_back_paren(input, toks, f - 1, lo)
                } else {
                    Some(np)
                }
            });
            if let Some(np) = np {
                return Some(np);
            }
        }
        if all_names {
            // `Giovanni Vian, the editor of the Vatican's newspaper,
            // L'Osservatore Romano, said`: a name that opens the sentence
            // and a chain of appositives speaks; the name that ends the
            // chain names the noun before it.
            let head = back_in_sentence(input, toks, lo, k, CLAUSE_REACH, Stop::Opaque)
                .find(|&c| toks[c].kind == Kind::Punct(','))
                .and_then(|c| np_back_paren(input, toks, c, lo))
                .filter(|np| {
                    let f = first_token_from(toks, np.mention.start, k);
                    np.how == How::Name && (f == lo || ends_sentence(&toks[f - 1]))
                });
            if head.is_some() {
                return head;
            }
            let words: Words = appos.iter().map(|t| text(input, t)).collect();
            let mut np = analyze(input, &words)?;
            if np.role.is_none() {
                np.role = np_back_paren(input, toks, k, lo).map(|n| n.mention);
            }
            return Some(np);
        }
        let mut np = np_back_paren(input, toks, k, lo)?;
        if np.how == How::Description {
            // `Ann Lee, the editor of the paper, The Dover Times, said`: a
            // description in apposition to a name stands for it.
            let named = appositive_comma(input, toks, k, lo)
                .and_then(|c| np_back_paren(input, toks, c, lo))
                .filter(|p| p.how == How::Name && p.role.is_none());
            if let Some(mut p) = named {
                p.role = role_of_appositive(&input[np.mention.range()]).map(|a| span_of(input, a));
                return Some(p);
            }
        }
        if np.how == How::Name && np.role.is_none() {
            let a = &input[first.s..appos[appos.len() - 1].e];
            np.role = role_of_appositive(a).map(|a| span_of(input, a));
        }
        return Some(np);
    }
    // `Gingrich — mentioned by Newsmax as a choice — told`, `Mr Lee --
    // a former mayor -- said`: an appositive between dashes, as between
    // commas; the speaker is the phrase before the first dash.
    if dashes && is_dash(&toks[j - 1]) {
        let close = dash_start(toks, j - 1, lo);
        let open = back_in_sentence(input, toks, lo, close, CLAUSE_REACH, Stop::AnyQuote)
            .find(|&k| is_dash(&toks[k]));
        if let Some(k) = open.map(|k| dash_start(toks, k, lo)) {
            let mut np = np_back_paren(input, toks, k, lo)?;
            // `Laah Chong-gyu, executive director of Korea Development Bank
            // - one of its creditors - said`: the phrase before the dash is
            // the object of a preposition; the subject comes before it.
            let p = first_token_from(toks, np.mention.start, k);
            if p > lo + 1
                && is_word(&toks[p - 1])
                && is_inner_preposition(text(input, &toks[p - 1]))
            {
                return subject_before_at(input, toks, p - 1, lo, false);
            }
            if np.how == How::Name && np.role.is_none() && close > k + 1 {
                let a = &input[toks[k + 1].s..toks[close - 1].e];
                np.role = role_of_appositive(a).map(|a| span_of(input, a));
            }
            return Some(np);
        }
    }
    let np = np_back(input, toks, j, lo).filter(|np| {
        // `the spate of shootings and protests demands that ...`: a plural
        // noun is no subject of a verb in `-s`; the subject is a longer
        // phrase, and the sentence's subject is asked instead.
        np.how != How::Description || paren.is_some() || !disagrees(input, toks, j, c)
    });
    let np = match paren {
        Some(k) => acronym_name(input, toks, k, lo, np).or(np),
        None => np,
    };
    let np = np
        .or_else(|| relative_which(input, toks, j, lo))
        .or_else(|| infinitive_subject(input, toks, j, lo))
        .or_else(|| {
            // `Clinton boldly suggested`: an adverb no table lists.
            let w = text(input, &toks[j - 1]);
            let adverb = is_word(&toks[j - 1]) && !is_cap(w) && w.len() > 4 && w.ends_with("ly");
            if adverb && j - 1 > lo {
                np_back(input, toks, j - 1, lo).filter(|np| np.how != How::Description)
            } else {
                None
            }
        })?;
    Some(named_before(input, toks, &np, j, lo).unwrap_or(np))
}

/// Where a time phrase that ends right before token `j` starts, when a
/// word comes before it: a weekday after `on`, `late`, `early`,
/// `earlier` or `later`, maybe with the part of the day after it (`on
/// Tuesday night`), or `at the time`. (`Trump last week said`: the walk
/// back passes over time words itself.)
pub(super) fn time_phrase_before(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<usize> {
    let word = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    if j < lo + 3 {
        return None;
    }
    let last = word(j - 1)?;
    if last == "time" {
        let opens = word(j - 3) == Some("at") && word(j - 2) == Some("the");
        return Some(j - 3).filter(|&t| opens && t > lo);
    }
    // The weekday's place, and the word before it first: most cues have
    // none of these before them, and the cheapest question ends it.
    let day = if is_cap(last) { j - 1 } else { j - 2 };
    let opens = day > lo + 1
        && matches!(
            word(day - 1),
            Some("on" | "late" | "early" | "earlier" | "later")
        );
    let fits = opens
        && (day == j - 1 || calendar::PARTS_OF_DAY.binary_search(&last).is_ok())
        && word(day).is_some_and(|w| is_cap(w) && WEEKDAYS.contains(super::tokens::bare(w)));
    Some(day - 1).filter(|_| fits)
}

/// Where a phrase of the setting that ends right before token `j` starts
/// (`in his announcement speech`, `at a rally`, `during the debate`): `in`,
/// `at` or `during`, an article or a possessive, and one to three
/// lowercase words (maybe `in` and a place's one word after them), right
/// after a capitalized word (a name, whose cue follows the phrase). Not
/// after a lowercase word: `officials at the embassy` is one phrase.
fn setting_before(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<usize> {
    let word = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    // A noun of four letters or more ends the phrase (not `he`), or a
    // place's name after `in` (`at a rally in Ohio`): a few bytes say, and
    // most cues have neither before them.
    let bytes = input.as_bytes();
    if j < lo + 4 || !is_word(&toks[j - 1]) {
        return None;
    }
    let (last, before) = (&toks[j - 1], &toks[j - 2]);
    let noun = bytes[last.s].is_ascii_lowercase() && last.e - last.s >= 4;
    let place = bytes[last.s].is_ascii_uppercase() && &bytes[before.s..before.e] == b"in";
    if !noun && !place {
        return None;
    }
    // The preposition among the few words before, compared by bytes.
    let prep = (lo.max(j.saturating_sub(6))..j - 2).rev().find(|&k| {
        let t = &toks[k];
        matches!(&bytes[t.s..t.e], b"in" | b"at" | b"during") && is_word(t)
    })?;
    if prep <= lo || !word(prep - 1).is_some_and(|w| is_cap(w) && !is_function(w)) {
        return None;
    }
    let det = word(prep + 1)?;
    if !(is_determiner(det) || super::attribution::is_possessive_pronoun(det)) {
        return None;
    }
    // (The determiner after the preposition is no `in`, so the nouns
    // start before `end`; `get` holds to that without a panic.)
    let end = if place { j - 2 } else { j };
    let nouns = toks.get(prep + 2..end).unwrap_or(&[]);
    let lower = |t: &Tok| {
        is_word(t) && {
            let w = text(input, t);
            !is_cap(w) && !is_function(w)
        }
    };
    (!nouns.is_empty() && nouns.len() <= 3 && nouns.iter().all(lower)).then_some(prep)
}

/// True when the word before token `j` is a lowercase plural (`protests`)
/// and the cue at token `c` a verb of the third person singular
/// (`demands`): a plural head and a singular verb disagree.
fn disagrees(input: &str, toks: &[Tok], j: usize, c: usize) -> bool {
    let (head, verb) = (text(input, &toks[j - 1]), text(input, &toks[c]));
    is_plain_plural(head) && is_plain_plural(verb) && !is_cap(head)
}

/// A word in `-s` ([`super::speakers::ends_in_plural_s`]) that is no `-ics`
/// form and no singular in `-s` ([`pronouns::SINGULARS_IN_S`]): a plural
/// noun or a verb of the third person singular.
fn is_plain_plural(w: &str) -> bool {
    w.len() > 3
        && super::speakers::ends_in_plural_s(w)
        && !w.ends_with("ics")
        && !pronouns::SINGULARS_IN_S.contains(&w)
}

/// A dash between words: `—`, `–`, or a `-` alone (one of `--`).
fn is_dash(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('—' | '–' | '-'))
}

/// The first token of the dash that ends at token `k` (`--` is two).
fn dash_start(toks: &[Tok], k: usize, lo: usize) -> usize {
    if k > lo && toks[k - 1].kind == Kind::Punct('-') && toks[k].kind == Kind::Punct('-') {
        k - 1
    } else {
        k
    }
}

/// `Colin Asplin, Blackpool Hotel Association said`, `Alois Rhiel, its
/// minister for economic affairs added`: an appositive with no comma
/// after it. When the phrase `np` (ending at token `j - 1`) follows a
/// comma, and a full name opens the clause before that comma, the name
/// speaks and the phrase is its role.
fn named_before(input: &str, toks: &[Tok], np: &Np, j: usize, lo: usize) -> Option<Np> {
    if np.how == How::Pronoun {
        return None;
    }
    let start = np
        .role
        .map_or(np.mention.start, |r| r.start.min(np.mention.start));
    let mut a = toks[lo..j].partition_point(|t| t.s < start) + lo;
    let mut start = start;
    // `Matt Williams, a fund manager at Perpetual Trustees said`: the
    // phrase is the name inside an appositive that opens with an article
    // and reaches it through a preposition.
    if let Some(k) = appositive_through(input, toks, a, lo) {
        (a, start) = (k, toks[k].s);
    }
    if a < lo + 2 || toks[a - 1].kind != Kind::Punct(',') {
        return None;
    }
    let name = np_back(input, toks, a - 1, lo).filter(|n| n.how == How::Name)?;
    if !input[name.mention.range()].contains(' ') {
        return None;
    }
    let n = toks[lo..a - 1].partition_point(|t| t.s < name.mention.start) + lo;
    let opens = n == lo
        || ends_sentence(&toks[n - 1])
        || matches!(toks[n - 1].kind, Kind::Quote(_) | Kind::Punct(':'));
    if !opens {
        return None;
    }
    let phrase = &input[start..toks[j - 1].e];
    let role = role_of_appositive(phrase).unwrap_or(phrase);
    Some(Np {
        role: name.role.or(Some(span_of(input, role))),
        ..name
    })
}

/// For a name at token `a`: when the tokens before it are an appositive
/// that opens with an article right after a comma and ends in a
/// preposition, maybe with `the` (`, a fund manager at`, `, the leader of
/// the`), or is a role in lowercase that ends in a title there (`,
/// president and CEO of`), the token that opens it. At most eight words,
/// none of them punctuation; the name may be two joined by `and`.
fn appositive_through(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    let word = |k: usize| is_word(&toks[k]).then(|| text(input, &toks[k]));
    let mut b = a;
    // `the Public and Commercial Services Union`: a name that `and`
    // splits in two.
    if b > lo + 1 && word(b - 1) == Some("and") && word(b - 2).is_some_and(is_cap) {
        b -= 2;
    }
    if b > lo && word(b - 1).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        b -= 1;
    }
    let prep = b.checked_sub(1).filter(|&k| k >= lo).and_then(word)?;
    if !["of", "at", "for", "from", "with"].contains(&prep) {
        return None;
    }
    let mut k = b - 1;
    for _ in 0..8 {
        if k <= lo {
            return None;
        }
        if toks[k - 1].kind == Kind::Punct(',') {
            let opens = word(k).is_some_and(|w| ["a", "an", "the"].contains(&w));
            // (`, president and CEO of`, `, senior research fellow at
            // the`: with no article, a role in lowercase whose last word
            // before the preposition is a title.)
            let role = || {
                word(b - 2).is_some_and(is_title)
                    && (k..b - 1).all(|m| word(m).is_some_and(|w| !is_cap(w) || is_title(w)))
            };
            return (opens || role()).then_some(k);
        }
        word(k - 1)?;
        k -= 1;
    }
    None
}

/// True when the appositive `appos` (after the comma at token `k`) is a
/// U.S. state right after a capitalized word: `Flint, Mich.`, `Dayton,
/// Ohio`, a place and not a speaker's name.
fn is_city_state(input: &str, toks: &[Tok], k: usize, appos: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (appos.first(), appos.last()) else {
        return false;
    };
    k > 0
        && appos.len() <= 3
        && is_word(&toks[k - 1])
        && is_cap(text(input, &toks[k - 1]))
        && contains_ci(
            places::US_STATES,
            input[first.s..last.e].trim_end_matches('.'),
        )
}

/// True when the comma at token `k` closes a place's state or country
/// set off by commas (`of Raleigh, N.C.,`, `in Dunedin, New Zealand,`).
fn state_before_comma(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    let Some(c) = back_in_sentence(input, toks, lo, k, CLAUSE_REACH, Stop::Opaque)
        .find(|&c| toks[c].kind == Kind::Punct(','))
    else {
        return false;
    };
    let appos = &toks[c + 1..k];
    !appos.is_empty()
        && appos.len() <= 3
        && appos
            .iter()
            .all(|t| is_word(t) && is_name_word(text(input, t)))
        && (is_city_state(input, toks, c, appos) || in_place_before(input, toks, c, lo))
}

/// True when the words before the comma at token `k` are a place after
/// `in` (`in Dunedin, New Zealand, said`): the appositive after the comma
/// is the place's country or state, not a speaker's name.
fn in_place_before(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    let mut b = k;
    while b > lo && k - b < 3 && is_word(&toks[b - 1]) && is_name_word(text(input, &toks[b - 1])) {
        b -= 1;
    }
    b < k && b > lo && is_word(&toks[b - 1]) && text(input, &toks[b - 1]) == "in"
}

/// `the Associated Press report, which notes, "..."`: a relative `which`
/// right before the cue at token `j` is the mention, and the phrase before
/// it its antecedent.
fn relative_which(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    let w = &toks[j - 1];
    if j < lo + 2 || !is_word(w) || text(input, w) != "which" {
        return None;
    }
    let mut a = j - 1;
    if toks[a - 1].kind == Kind::Punct(',') {
        a -= 1;
    }
    // A subject phrase may run back through a preposition (`the head of
    // the agency`); `which` stands for the phrase right before it (`from
    // exporter organisations which stated`), so a phrase read back that
    // ends before that one gives way to it.
    // (`np_back_paren` finds a phrase only when a word or mark stands at
    // `a - 1`, after `lo`.)
    let antecedent = match np_back_paren(input, toks, a, lo) {
        Some(n) if toks[a - 1].kind == Kind::Punct(')') || n.mention.end == toks[a - 1].e => {
            Some(n.mention)
        }
        _ => nearest_phrase(input, toks, a, lo),
    };
    Some(Np {
        how: How::Pronoun,
        mention: Span::new(w.s, w.e),
        role: None,
        antecedent,
    })
}

/// The noun phrase that ends right before token `a`: its words back to
/// its determiner, or to the first function word or mark before them,
/// at most [`NEAREST_REACH`] words.
fn nearest_phrase(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<Span> {
    let mut b = a;
    while b > lo && a - b < NEAREST_REACH && is_word(&toks[b - 1]) {
        let c = classes(text(input, &toks[b - 1]));
        if c & FUNCTION != 0 && c & DETERMINER == 0 {
            break;
        }
        b -= 1;
        if c & DETERMINER != 0 {
            break;
        }
    }
    // A determiner alone is no phrase.
    let head = (b < a).then(|| &toks[a - 1])?;
    (classes(text(input, head)) & (FUNCTION | DETERMINER) == 0)
        .then(|| Span::new(toks[b].s, head.e))
}

/// How many words [`nearest_phrase`] reads back.
const NEAREST_REACH: usize = 6;

/// `Mr. Trump was prompted to say`, `Clinton refused to say`: the subject
/// of the verb that governs an infinitive cue at token `j`.
fn infinitive_subject(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    if j < lo + 2 || !is_word(&toks[j - 1]) || text(input, &toks[j - 1]) != "to" {
        return None;
    }
    let mut m = j - 1;
    while m > lo && j - 1 - m < 3 && is_word(&toks[m - 1]) && {
        let w = text(input, &toks[m - 1]);
        !is_cap(w)
            && (ADVERBS.contains(w) || (!is_function(w) && !is_determiner(w) && !is_pronoun(w)))
    } {
        m -= 1;
    }
    if m == j - 1 {
        return None;
    }
    np_back(input, toks, m, lo).filter(|np| np.how != How::Description)
}

/// `R-Wis.`, `D-Calif.`, `I-Vt.`: a party letter and a state.
fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// How many tokens back a speaker phrase's appositive or clause is looked
/// for: the comma or dash that opens it.
const CLAUSE_REACH: usize = 40;

/// Besides a sentence end, what [`back_in_sentence`] stops at: an opaque
/// quote (a quotation the phrase cannot run through), any quote, or
/// nothing else (a quote inside a sentence is one token of it).
#[derive(Clone, Copy)]
pub(super) enum Stop {
    Opaque,
    AnyQuote,
    SentenceEnd,
}

/// Token indexes from `hi - 1` back to `lo`, at most `reach` of them, up
/// to a sentence end or a quote (`stop`): where the comma or dash that
/// opens an appositive or a clause may stand. Inlined, so that each
/// caller's `stop` is known where it is asked.
#[inline(always)]
pub(super) fn back_in_sentence<'t>(
    input: &'t str,
    toks: &'t [Tok],
    lo: usize,
    hi: usize,
    reach: usize,
    stop: Stop,
) -> impl Iterator<Item = usize> + 't {
    (lo..hi).rev().take(reach).take_while(move |&k| {
        let t = &toks[k];
        !ends_sentence(t)
            && match stop {
                Stop::Opaque => !opaque_quote(input, t),
                Stop::AnyQuote => !matches!(t.kind, Kind::Quote(_)),
                Stop::SentenceEnd => true,
            }
    })
}

/// Whether the words before the comma at token `k` are an appositive of a
/// name: a comma at most a dozen tokens back (no sentence end or quote
/// between), a capitalized word before it and a lowercase word after it
/// that opens no conjoined clause (`Dan Gillmor, founder of Grassroots
/// Media`).
fn appositive_before(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    appositive_comma(input, toks, k, lo).is_some()
}

/// The comma that opens the appositive [`appositive_before`] finds.
fn appositive_comma(input: &str, toks: &[Tok], k: usize, lo: usize) -> Option<usize> {
    let c = back_in_sentence(input, toks, lo, k, 12, Stop::AnyQuote)
        .find(|&c| toks[c].kind == Kind::Punct(','))?;
    let word_at = |i: usize| {
        Some(&toks[i])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    // (Not a clause a conjunction opens: `South Carolina, and uttering
    // charges that Rush Limbaugh, for one, called`. A preposition (`Richard
    // Doherty, from Panasonic's Hollywood Laboratories, one of ...`) or
    // `who` may open one.)
    let role_like = |w: &str| {
        !is_cap(w)
            && (is_determiner(w)
                || is_inner_preposition(w)
                || w == "who"
                || classes(w) & FUNCTION == 0)
    };
    // (`McConnell, now the Senate majority leader,`: an adverb may open
    // the role before its article.)
    let opens = |i: usize| {
        word_at(i).is_some_and(|w| {
            role_like(w)
                || (ADVERBS.contains(w) && i + 1 < k && word_at(i + 1).is_some_and(is_determiner))
        })
    };
    (c > lo && c + 1 < k && word_at(c - 1).is_some_and(is_cap) && opens(c + 1)).then_some(c)
}

/// The antecedent of a relative `who` after the comma at token `comma`:
/// the phrase before the comma.
fn who_antecedent(input: &str, toks: &[Tok], comma: usize, lo: usize) -> Option<Span> {
    // (`Sen. Ann Lee (D-Ohio), who`, `the Music Managers' Forum (MMF),
    // who`: the phrase before the parenthesis.)
    let n = np_back_paren(input, toks, comma, lo);
    if let Some(n) = n {
        // `Sen. Marco Rubio of Florida, who`: the person, not the place
        // after `of` or `from`.
        let k = first_token_from(toks, n.mention.start, comma);
        let person = (k >= lo + 2 && is_word(&toks[k - 1]))
            .then(|| text(input, &toks[k - 1]))
            .filter(|p| matches!(*p, "of" | "from"))
            .and_then(|_| np_back(input, toks, k - 1, lo))
            .filter(|p| p.how == How::Name);
        if let Some(p) = person {
            return Some(p.mention);
        }
    }
    // `McConnell, now the Senate majority leader, who`: a description in
    // apposition to a name (or words read as no phrase) stands for it; the
    // name is the antecedent.
    if n.map_or(true, |n| n.how == How::Description) {
        let named = appositive_comma(input, toks, comma, lo)
            .and_then(|c| np_back_paren(input, toks, c, lo))
            .filter(|p| p.how == How::Name);
        if let Some(p) = named {
            return Some(p.mention);
        }
    }
    // `denied by a UKIP spokesman, who said`: the agent of a passive, a
    // description after `by` (no subject), is what `who` stands for. (Not
    // after another preposition: `one Democrat familiar with the
    // discussion, who` stands for the Democrat.)
    n.or_else(|| {
        np_back_of(input, toks, comma, lo, false, true)
            .filter(|d| word_before_phrase(input, toks, d.mention.start, comma, lo) == Some("by"))
    })
    .map(|n| n.mention)
}

/// Like [`np_back`], skipping a parenthesis right before `j` (`Rep.
/// Elijah Cummings (D-Md.), chair of ...`).
fn np_back_paren(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    if j > lo && toks[j - 1].kind == Kind::Punct(')') {
        let k = (lo..j - 1)
            .rev()
            .take(12)
            .find(|&k| toks[k].kind == Kind::Punct('('))?;
        let np = np_back(input, toks, k, lo);
        return acronym_name(input, toks, k, lo, np).or(np);
    }
    np_back(input, toks, j, lo)
}

/// `The Qualifications and Curriculum Authority (QCA)`: when the
/// parenthesis at token `k` holds an acronym that spells the body's whole
/// name before it, that name, if `np` (the phrase read back) cut it at
/// `and` or a possessive.
fn acronym_name(input: &str, toks: &[Tok], k: usize, lo: usize, np: Option<Np>) -> Option<Np> {
    let acronym = toks.get(k + 1).filter(|t| is_word(t))?;
    if toks.get(k + 2).map(|t| t.kind) != Some(Kind::Punct(')')) {
        return None;
    }
    let start = spelled_by(input, toks, k, lo, text(input, acronym))?;
    let name = Span::new(toks[start].s, toks[k - 1].e);
    np.map_or(true, |n| {
        n.how != How::Pronoun && n.mention.start > name.start
    })
    .then_some(Np {
        how: How::Name,
        mention: name,
        role: None,
        antecedent: None,
    })
}

/// Where the name that `acronym` (two capitals or more) spells ends its
/// words at token `k` (exclusive) starts: a capitalized word for each
/// letter, read back, with `and`, `of`, `for`, `on` and `the` between them
/// and a plural's possessive mark passed over.
fn spelled_by(input: &str, toks: &[Tok], k: usize, lo: usize, acronym: &str) -> Option<usize> {
    let letters = acronym.as_bytes();
    if letters.len() < 2 || letters.len() > 8 || !letters.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let mut need = letters.len();
    let mut i = k;
    // (A few tokens a letter: the walk stays short whatever the text.)
    let floor = lo.max(k.saturating_sub(3 * letters.len()));
    while need > 0 && i > floor {
        let t = &toks[i - 1];
        // (`British Bankers' Association`: a plural's possessive mark.)
        if matches!(t.kind, Kind::Punct('\'' | '’')) && need < letters.len() {
            i -= 1;
            continue;
        }
        if !is_word(t) {
            return None;
        }
        let w = text(input, t);
        if w.as_bytes()[0] == letters[need - 1] && is_cap(w) {
            need -= 1;
        } else if !matches!(w, "and" | "of" | "for" | "on" | "the") || need == letters.len() {
            return None;
        }
        i -= 1;
    }
    (need == 0).then_some(i)
}

/// `The National Council for Adoption`, `the Institute for Fiscal
/// Studies`: whether the `for` at token `k` joins a body's name, after a
/// word that [`heads_body_for`] it, as [`analyze`] keeps it.
fn body_for(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    joins_body_at(input, toks, k, lo, "for")
}

/// Whether token `k` (after `lo`) is `link` after a word that
/// [`heads_body_for`] a name going on past it: [`body_for`], [`body_of`].
fn joins_body_at(input: &str, toks: &[Tok], k: usize, lo: usize, link: &str) -> bool {
    k > lo
        && text(input, &toks[k]) == link
        && is_word(&toks[k - 1])
        && heads_body_for(text(input, &toks[k - 1]))
}

/// `the Bank of England`, `the Ministry of Defence`: whether the `of` at
/// token `k` joins a body's name, after a capitalized word that heads
/// one (as [`analyze`] keeps it), the capitalized name read so far after
/// it, up to token `j`. (`the Department of Trade and Industry`: with an
/// `and` after `of`, [`analyze`] would take the last of two names; the
/// phrase is read as before, from where the sentence opens it.)
fn body_of(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_body_at(input, toks, k, lo, "of")
        && !toks[k + 1..j].iter().any(|t| text(input, t) == "and")
}

/// `The Food and Drug Administration said`, `the Department of Trade and
/// Industry said`: whether the `and` at token `k` (after `lo`, before the
/// phrase's head at `j - 1`) joins two capitalized words of one body's
/// name: the phrase ends in a body's head, or the word before `and`
/// follows `of` or `for` (`Department of Health and Human Services`,
/// `Department for Work and Pensions`). Not `Bush and Cheney said`: two
/// people, the last of whom the phrase is.
fn and_in_body(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_capitals(input, toks, k, j, lo)
        && (names_organization(text(input, &toks[j - 1]))
            || k >= lo + 2
                && is_word(&toks[k - 2])
                && matches!(text(input, &toks[k - 2]), "of" | "for"))
}

/// `A Department for Work and Pensions spokeswoman said`: whether the
/// `and` at token `k` (after `lo`, before the phrase's lowercase head at
/// `j - 1`) joins two capitalized words of the name of the body a title
/// serves, the word before `and` after `of` or `for` and a word that
/// heads a body ([`heads_body_for`]). (Not `Smith of Acme and Jones`.)
fn and_in_named_body(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_capitals(input, toks, k, j, lo)
        && k >= lo + 2
        && (body_for(input, toks, k - 2, lo) || joins_body_at(input, toks, k - 2, lo, "of"))
}

/// `Trade and Industry Secretary Patricia Hewitt said`: whether the `and`
/// at token `k` (after `lo`, before the phrase's head at `j - 1`) joins a
/// matter of an office ([`titles::PORTFOLIOS`]) to the rest of its name, a
/// capitalized title among the four words after it. (Not `Brown and
/// Transport Secretary Alistair Darling`: a surname before `and`.)
fn and_in_office(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_capitals(input, toks, k, j, lo)
        && contains_ci(titles::PORTFOLIOS, text(input, &toks[k - 1]))
        && toks[k + 1..j].iter().take(4).any(|t| {
            let w = text(input, t);
            is_cap(w) && is_title(w)
        })
}

/// Whether the token `k` (after `lo`, before `j - 1`) is an `and` between
/// two capitalized words, the first no function word or pronoun.
fn joins_capitals(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    k > lo
        && k + 1 < j
        && text(input, &toks[k]) == "and"
        && is_word(&toks[k - 1])
        && is_word(&toks[k + 1])
        && is_cap(text(input, &toks[k + 1]))
        && {
            let before = text(input, &toks[k - 1]);
            is_cap(before) && classes(before) & (PRONOUN | FUNCTION) == 0
        }
}

/// `the Commons science and technology committee added`: whether the
/// `and` at token `k` (after `lo`, before the phrase's head at `j - 1`)
/// joins two lowercase words that name what a body described by its head
/// ([`names_organization`]: `committee`, `department`) does, so that the
/// phrase reads on past it.
fn and_in_described_body(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    let lower = |t: &Tok| {
        let w = text(input, t);
        is_word(t) && !is_cap(w) && classes(w) & (PRONOUN | FUNCTION | DETERMINER) == 0
    };
    k > lo
        && k + 1 < j
        && text(input, &toks[k]) == "and"
        && lower(&toks[k - 1])
        && lower(&toks[k + 1])
        && names_organization(text(input, &toks[j - 1]))
}

/// `PTC president and conservative activist said`, `chairman and chief
/// executive Bill Ford`: whether the `and` at token `k` (after `lo`)
/// follows a title, so that it joins two roles of one person.
fn and_after_title(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    k > lo
        && text(input, &toks[k]) == "and"
        && is_word(&toks[k - 1])
        && is_title(text(input, &toks[k - 1]))
}

/// Whether the number at token `k` (after `lo`) follows a capitalized word
/// that is no function word, with which it makes a name (`Number 10`,
/// `Channel 4`): not a date's month or weekday (`in May 2012`, `on June
/// 11:`).
fn name_before_number(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    k > lo && is_word(&toks[k - 1]) && {
        let w = text(input, &toks[k - 1]);
        // (Before a number, `May` is the month.)
        is_cap(w)
            && classes(w) & (PRONOUN | FUNCTION | DETERMINER) == 0
            && TIMES_AND_DATES.mask(super::tokens::bare(w)) == 0
    }
}

/// `A Top of the Pops spokesperson`: whether the `the` at token `a`
/// (after `lo`, before `j`) stands inside a name: `of` and a capitalized
/// word before it, a capitalized word after it.
fn the_inside_name(input: &str, toks: &[Tok], a: usize, j: usize, lo: usize) -> bool {
    a >= lo + 2
        && a + 1 < j
        && is_word(&toks[a - 1])
        && is_word(&toks[a - 2])
        && text(input, &toks[a - 1]) == "of"
        && is_cap(text(input, &toks[a - 2]))
        && is_cap(text(input, &toks[a + 1]))
}

/// `Officials at the embassy said`: whether the determiner at token `a`
/// (after `lo`) follows a preposition after a plural noun, so that the
/// phrase it opens says where that noun's people are. Not a verb in `-s`
/// after its subject or a relative pronoun (`He struggles with a`, `who
/// works at the`): no function word comes right before the noun but a
/// determiner.
fn place_of_plural(input: &str, toks: &[Tok], a: usize, lo: usize) -> bool {
    a >= lo + 2
        && is_word(&toks[a - 1])
        && is_word(&toks[a - 2])
        && is_inner_preposition(text(input, &toks[a - 1]))
        && is_plain_plural(text(input, &toks[a - 2]))
        && (a == lo + 2 || !is_word(&toks[a - 3]) || {
            let c = classes(text(input, &toks[a - 3]));
            c & (PRONOUN | FUNCTION) == 0 || c & DETERMINER != 0
        })
}

/// `The head of the agency said`, `the chairman of the committee`: whether
/// the determiner at token `a` (after `lo`) follows `of` after a title in
/// lowercase, so that the phrase it opens names the body the role is of.
fn role_of_body(input: &str, toks: &[Tok], a: usize, lo: usize) -> bool {
    a >= lo + 2
        && is_word(&toks[a - 1])
        && is_word(&toks[a - 2])
        && text(input, &toks[a - 1]) == "of"
        && {
            let role = text(input, &toks[a - 2]);
            !is_cap(role) && is_title(role)
        }
}

/// Where the speaker phrase starts when the capitalized phrase from token
/// `a` follows `of`, `at` or `from` (maybe with `the`) and a person's full
/// name before that: a title or a given name opens it (`Rep. Tom Cole of`,
/// `G.K. Butterfield of`), or it is two name words (`Holger Schmieding
/// of`, `Nigel McCune from`); [`analyze`] then cuts the phrase at the
/// `of`. Or an organization's name before the `of`, whose whole name it
/// then is (`the Muslim Council of Britain`).
fn person_of_before(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    person_of_before_in(input, toks, a, lo, true)
}

/// `Rt Rev Dr Tom Wright`, `Most Reverend Peter Smith`: whether a
/// capitalized title is among the first two words of `words`.
fn honorific(input: &str, words: &[Tok]) -> bool {
    words.iter().take(2).any(|t| {
        is_word(t) && {
            let w = text(input, t);
            is_cap(w) && is_title(w)
        }
    })
}

/// For the appositive of tokens `a..e` (`Ambassador Stefan Johannesson of
/// Iceland`): the token of its `of` when it is a person's name (as
/// [`person_of_before`] reads one, from `a`) and then `of` and name words
/// only, at most three.
fn person_of_in_appositive(input: &str, toks: &[Tok], a: usize, e: usize) -> Option<usize> {
    let of = (a + 1..e).find(|&o| is_word(&toks[o]) && text(input, &toks[o]) == "of")?;
    let place = &toks[of + 1..e];
    let names = |ts: &[Tok]| {
        ts.iter()
            .all(|t| is_word(t) && is_name_word(text(input, t)))
    };
    // (`Bank of America`: a body's name is whole with its `of`.)
    let person = !names_organization(text(input, &toks[of - 1]));
    (!place.is_empty() && place.len() <= 3 && names(place) && names(&toks[a..of]) && person)
        .then_some(of)
        .filter(|&of| person_of_before(input, toks, of + 1, a) == Some(a))
}

/// [`person_of_before`] for a place after the body (`Darran Whiting of
/// Liberty Baptist Church in Marion said`): the capitalized phrase from
/// token `a` follows `in`, and the name before `in` that of a person's
/// body. The place is where the body is, not who speaks.
fn person_of_before_place(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    if a < lo + 2 || text(input, &toks[a - 1]) != "in" {
        return None;
    }
    // The capitalized words right before `in`: the body's name, or its
    // last words after an `of` (`the University of Otago`).
    let end = a - 1;
    let mut b = end;
    while b > lo && end - b < 6 && is_word(&toks[b - 1]) && is_name_word(text(input, &toks[b - 1]))
    {
        b -= 1;
    }
    if b == end {
        return None;
    }
    person_of_before(input, toks, b, lo)
}

/// [`person_of_before`], and with `chain`, one `of` farther back too.
fn person_of_before_in(
    input: &str,
    toks: &[Tok],
    a: usize,
    lo: usize,
    chain: bool,
) -> Option<usize> {
    let mut k = a;
    if k > lo && text(input, &toks[k - 1]) == "the" {
        k -= 1;
    }
    if k <= lo || !matches!(text(input, &toks[k - 1]), "of" | "at" | "from") {
        return None;
    }
    let of = k - 1;
    // The name words before `of`, back to the start of the run.
    let mut s = of;
    while s > lo && of - s < 6 {
        let t = &toks[s - 1];
        let w = text(input, t);
        let prev = || (s >= lo + 2).then(|| text(input, &toks[s - 2]));
        // (`Nick Van den Brul of`, `Jan de Vries of`: a particle inside
        // the name, after a name word.)
        let particle =
            s < of && is_particle(w) && prev().is_some_and(|p| is_name_word(p) || is_particle(p));
        if !is_word(t) || !(particle || is_name_word(w)) || is_title_before_of(prev(), w) {
            break;
        }
        s -= 1;
    }
    let names = &toks[s..of];
    let (first, last) = (names.first()?, names.last()?);
    // `Tom Hart of the University of Chicago`, `Aris Shirvanian of the
    // Armenian Patriarchate of Jerusalem`: the words before this `of` may
    // themselves follow a person and an `of`. One step only: a longer
    // chain is more often a body's name than a person's.
    if chain {
        if let Some(t) = person_of_before_in(input, toks, s, lo, false) {
            return Some(t);
        }
    }
    let last = text(input, last);
    // `the Muslim Council of Britain said`: the body's whole name.
    if names_organization(last) {
        let the = s > lo && is_determiner(text(input, &toks[s - 1]));
        return Some(s - usize::from(the));
    }
    // Titles before the name belong to the phrase (the role).
    let t = titles_start(input, toks, s, lo);
    // `Lord Nicholls of Birkenhead`, `Rep. Cole of Oklahoma`: a title
    // makes one name word a person's.
    if names.len() < 2 {
        return (t < s).then_some(t);
    }
    // Two name words are a person's name whatever the given name (`Wray
    // Grimaldi of the University of Otago`, `Pasquale D'Amuro of the FBI`):
    // a body's two words end in its head (`Royal Bank of`, `Muslim Council
    // of`), read above. Longer runs need a listed given name or a title.
    let first = text(input, first);
    let given = GIVEN_NAMES.contains(first)
        || (first.len() >= 2 && first.ends_with('.') && first.as_bytes()[0].is_ascii_uppercase());
    (t < s || given || names.len() == 2).then_some(t)
}

/// The speaker phrase whose last word is token `j - 1`.
pub(super) fn np_back(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    np_back_of(input, toks, j, lo, true, true)
}

/// [`np_back`]; with `subject` false, a description is read wherever it
/// stands, as the object of a verb or preposition too (`denied by a UKIP
/// spokesman, who`: the phrase a relative pronoun stands for).
///
/// With `places`, a place after `in` is read past to the phrase before it
/// (`Officials in Washington said`), once: that phrase is read without it,
/// so that a chain of `in X in Y ...` costs one step, not a call each.
fn np_back_of(
    input: &str,
    toks: &[Tok],
    j: usize,
    lo: usize,
    subject: bool,
    places: bool,
) -> Option<Np> {
    if j <= lo || !is_word(&toks[j - 1]) {
        return None;
    }
    let head = text(input, &toks[j - 1]);
    // One lookup answers both of the head's questions.
    let head_classes = classes(head);
    if head_classes & PRONOUN != 0 {
        let mut np = pronoun_np(input, head);
        if head.eq_ignore_ascii_case("who") && j >= 2 && j - 2 > lo {
            np.antecedent = if toks[j - 2].kind == Kind::Punct(',') {
                who_antecedent(input, toks, j - 2, lo)
            } else {
                // `backed by Culture Secretary Tessa Jowell who said`: with
                // no comma, the name right before (a longer phrase may run
                // back into the clause before: `Obama rebuked critics who`),
                // unless a preposition makes it a place or a body (`a staff
                // member for the campaign in Philadelphia who said`).
                np_back(input, toks, j - 1, lo)
                    .filter(|a| {
                        a.how == How::Name
                            && !word_before_phrase(input, toks, a.mention.start, j - 1, lo)
                                .is_some_and(is_inner_preposition)
                    })
                    .map(|a| a.mention)
            };
        }
        return Some(np);
    }
    // `Number 10 said`, `BBC Radio 1 said`: a number after a capitalized
    // word ends a name; alone, it is no speaker.
    let numbered = head.bytes().all(|b| b.is_ascii_digit());
    if head_classes & FUNCTION != 0
        || cue_at(input, toks, j - 1, j).is_some()
        || numbered && !name_before_number(input, toks, j - 1, lo)
    {
        return None;
    }
    let cap_head = numbered || is_cap(head);
    // (`"...," came shouts from the crowd`, `as the meeting began vowing`:
    // a verb in the past that opens an inverted clause, or that a
    // participle follows, is no head of a speaker phrase. The places
    // first: most heads are neither.)
    let opens = || j < lo + 2 || !is_word(&toks[j - 2]);
    let before_participle = || toks.get(j).is_some_and(|t| text(input, t).ends_with("ing"));
    if !cap_head && (opens() || before_participle()) && verbs::is_irregular_past(head) {
        return None;
    }
    let mut a = j - 1;
    // Where the phrase starts without the words before a plural's
    // possessive mark, if it has one.
    let mut after_mark = None;
    // Where the phrase starts after an `and` that joins two roles, if it
    // read back through one: the phrase from there when the whole is no
    // subject (`The former first lady and senator`, read back to `lady`).
    let mut after_and = None;
    while a > lo && j - a < 8 {
        let mut t = &toks[a - 1];
        if !is_word(t) {
            // (`Sanders’ campaign manager`: a plural's possessive mark,
            // read with its word, which comes next.)
            if !plural_possessive_at(input, toks, a - 1, lo) {
                break;
            }
            after_mark.get_or_insert(a);
            a -= 1;
            t = &toks[a - 1];
        }
        let w = text(input, t);
        let c = classes(w);
        if c & PRONOUN != 0 || (!is_cap(w) && CUES.contains(w)) {
            break;
        }
        let det = c & DETERMINER != 0;
        let joins_roles = !cap_head && and_after_title(input, toks, a - 1, lo);
        // (`the then prime minister`: `then` after `the` dates the role.)
        let then_role = || {
            !cap_head
                && w == "then"
                && a - 1 > lo
                && is_word(&toks[a - 2])
                && text(input, &toks[a - 2]).eq_ignore_ascii_case("the")
        };
        if c & FUNCTION != 0
            && !(det
                || then_role()
                || (!cap_head && is_inner_preposition(w))
                || body_for(input, toks, a - 1, lo)
                || cap_head && body_of(input, toks, a - 1, j, lo)
                || cap_head && and_in_body(input, toks, a - 1, j, lo)
                || cap_head && and_in_office(input, toks, a - 1, j, lo)
                || !cap_head && and_in_described_body(input, toks, a - 1, j, lo)
                || !cap_head && and_in_named_body(input, toks, a - 1, j, lo)
                || joins_roles)
        {
            break;
        }
        if joins_roles {
            after_and.get_or_insert(a);
        }
        // (`the BBC`: the name without its article; `the American`, `the
        // Frenchman`: a person described by nation, with it.)
        if cap_head && det && !is_cap(w) && !is_demonym(head) {
            break;
        }
        // `so numerous that agents described`: `that` before a plural opens
        // the clause; it is no determiner of the phrase.
        if det && w == "that" && is_plain_plural(head) {
            break;
        }
        a -= 1;
        // (A `the` inside a name before a lowercase head does not end it,
        // nor one after a noun's place: `officials at the embassy`.)
        if det
            && !(!cap_head
                && (w == "the" && the_inside_name(input, toks, a, j, lo)
                    || place_of_plural(input, toks, a, lo)
                    || role_of_body(input, toks, a, lo)))
        {
            break;
        }
    }
    while a < j - 1 && is_inner_preposition(text(input, &toks[a])) {
        a += 1;
    }
    // `Hundreds of demonstrators said`, `one of his aides said`: the part
    // of a group before `of` heads the phrase.
    if let Some(p) = partitive_before(input, toks, a, lo) {
        a = p;
    }
    // `the emails, which included staff members suggesting`: a relative
    // pronoun's clause opens with its verb, no modifier of the phrase
    // after it (an `-ed` word reads as one: `retired workers`).
    if a < j - 1 && a > lo && verb_after_relative(input, toks, a) {
        a += 1;
    }
    // `Supporters of Sanders argue`, `Aides to Clinton said`: a name after
    // a group of people and `of`, `to` or `for` is whom the group is of;
    // the group speaks, read on from its own phrase (`The remaining
    // members of Korn`).
    if cap_head {
        if let Some(g) = group_before(input, toks, a, lo) {
            // (Capitalized, the plural opens its sentence: no description
            // before it.)
            let s = np_back_of(input, toks, g + 1, lo, subject, false)
                .filter(|np| np.how == How::Description)
                .map_or(g, |np| {
                    let start = np
                        .role
                        .map_or(np.mention.start, |r| r.start.min(np.mention.start));
                    toks[lo..=g].partition_point(|t| t.s < start) + lo
                });
            if let Some(np) = phrase_np(input, toks, s, j, subject) {
                return Some(np);
            }
        }
    }
    // `Rep. Tom Cole of Oklahoma said`, `Pasquale D'Amuro of the FBI
    // said`: the name is the person's, of the place or body after `of`.
    // (The phrase as read when the longer one is no subject: `the
    // Directorate of the Department of Homeland Security concluded`.)
    let longer = if cap_head {
        title_phrase_start(input, toks, a, lo)
            .or_else(|| person_of_before(input, toks, a, lo))
            .or_else(|| person_of_before_place(input, toks, a, lo))
    } else {
        None
    };
    // `Officials in Washington said`, `The government in Kabul said`: a
    // place after `in` is where the subject is, named before it. A place's
    // name is capitalized words with no title or given name (not `Speaking
    // in Harrogate Mr Kennedy said`) and no nation's word (`quoting him in
    // Italian:`).
    let place = || {
        toks[a..j].iter().all(|t| {
            let w = text(input, t);
            is_word(t) && is_name_word(w) && !is_title(w) && !w.bytes().any(|b| b.is_ascii_digit())
        }) && !GIVEN_NAMES.contains(text(input, &toks[a]))
            && !is_demonym(head)
    };
    if places && cap_head && longer.is_none() {
        let mut p = a;
        if p > lo && is_word(&toks[p - 1]) && text(input, &toks[p - 1]) == "the" {
            p -= 1;
        }
        // (The word before is asked first: most phrases follow no `in`.)
        if p > lo + 1 && is_word(&toks[p - 1]) && text(input, &toks[p - 1]) == "in" && place() {
            let before = np_back_of(input, toks, p - 1, lo, subject, false).filter(|n| {
                let m = &input[n.mention.range()];
                n.how != How::Pronoun
                    && !(n.how == How::Name && !m.contains(' ') && m.ends_with("ing"))
            });
            if let Some(np) = before {
                return Some(np);
            }
        }
    }
    // (`was The Times' music critic Paul Connolly, who`: the phrase
    // without the owner when the phrase with it is no subject.)
    longer
        .and_then(|b| phrase_np(input, toks, b, j, subject))
        .or_else(|| phrase_np(input, toks, a, j, subject))
        .or_else(|| after_mark.and_then(|m| phrase_np(input, toks, m, j, subject)))
        .or_else(|| after_and.and_then(|m| phrase_np(input, toks, m, j, subject)))
}

/// When the capitalized phrase from token `a` (after `lo`) follows `of`,
/// `to` or `for` (maybe with `the`) after a plural of people
/// ([`DESCRIPTIVE_PLURALS`]: `Supporters of`, `Aides to`, `Lawyers
/// for`), the token of that plural.
fn group_before(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    let word = |k: usize| is_word(&toks[k]).then(|| text(input, &toks[k]));
    let mut p = a;
    if p > lo && word(p - 1) == Some("the") {
        p -= 1;
    }
    if p < lo + 2 || !matches!(word(p - 1), Some("of" | "to" | "for")) {
        return None;
    }
    let g = word(p - 2)?;
    DESCRIPTIVE_PLURALS.contains(g).then_some(p - 2)
}

/// Where a phrase that starts at token `a` (after `lo`) starts with the
/// part of the group it names, when `of` and a partitive come before it,
/// the group's article or possessive between (`Hundreds of`, `one of
/// his`, `Most of the`).
fn partitive_before(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    let word = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    let mut p = a;
    if p > lo && word(p - 1).is_some_and(opens_group) {
        p -= 1;
    }
    (p >= lo + 2 && word(p - 1) == Some("of") && word(p - 2).is_some_and(is_partitive))
        .then(|| p - 2)
}

/// The article or possessive that may open the group after a partitive's
/// `of` (`one of the`, `Some of their`), which [`partitive_before`] and
/// [`partitive_phrase_end`] read past.
fn opens_group(w: &str) -> bool {
    matches!(w, "the" | "his" | "her" | "their" | "our" | "its")
}

/// Whether token `a` is a lowercase `-ed` word right after a relative
/// pronoun (`which included`, `that showed`): the clause's verb. (Token
/// `a - 1` is in the window.)
fn verb_after_relative(input: &str, toks: &[Tok], a: usize) -> bool {
    let w = text(input, &toks[a]);
    is_word(&toks[a])
        && !is_cap(w)
        && w.len() > 4
        && w.ends_with("ed")
        && is_word(&toks[a - 1])
        && matches!(text(input, &toks[a - 1]), "which" | "that" | "who")
}

/// Where the speaker phrase starts when the capitalized phrase from token
/// `a` follows a title and `of` (maybe with `the`): the title's, with the
/// titles and the article before it (`Secretary of State John Kerry`,
/// `the Bishop of Durham`, `, editor of Gamesworld`), which [`analyze`]
/// splits into role and name.
fn title_phrase_start(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    let mut k = a;
    if k > lo && text(input, &toks[k - 1]) == "the" {
        k -= 1;
    }
    // (`The senator from Vermont`: a title's place.)
    if k < lo + 2 || !matches!(text(input, &toks[k - 1]), "of" | "from") {
        return None;
    }
    let t = titles_start(input, toks, k - 1, lo);
    if t == k - 1 {
        return None;
    }
    // `The Roman Catholic Archbishop of Cardiff`: capitalized words between
    // the article and the title are the title's.
    let mut m = t;
    while m > lo && t - m < 3 && is_word(&toks[m - 1]) && {
        let w = text(input, &toks[m - 1]);
        is_cap(w) && !is_determiner(w)
    } {
        m -= 1;
    }
    let t = if m < t && m > lo && is_determiner(text(input, &toks[m - 1])) {
        m
    } else {
        t
    };
    let the = t > lo && is_determiner(text(input, &toks[t - 1]));
    let t = t - usize::from(the);
    // The title opens the phrase: after punctuation or an opening time
    // phrase. After another word it heads a longer description (`a
    // Green member of the European Parliament`, `president and CEO of`),
    // whose person is named before it.
    let opens = t == lo || !is_word(&toks[t - 1]) || is_time_or_date(text(input, &toks[t - 1]));
    opens.then_some(t)
}

/// Where the titles that end right before token `i` start (`i` when none
/// do), not before token `lo`: `Foreign Minister` of `Foreign Minister
/// Sergei Lavrov`.
#[inline(always)]
fn titles_start(input: &str, toks: &[Tok], i: usize, lo: usize) -> usize {
    let mut t = i;
    while t > lo && is_word(&toks[t - 1]) && is_title(text(input, &toks[t - 1])) {
        t -= 1;
    }
    t
}

/// `n`, the count of the four nouns at most after the article at token
/// `k`, taken on to the end of a name they run into, before token `j`
/// (`The Guardian's film critic Peter Bradshaw felt`: not `Peter` alone):
/// a capitalized word that is a `noun` after a capitalized fourth, or a
/// lowercase title and two such words after any fourth.
#[inline(always)]
fn through_name(
    input: &str,
    toks: &[Tok],
    k: usize,
    mut n: usize,
    j: usize,
    noun: impl Fn(&Tok) -> bool,
) -> usize {
    let cap_noun = |t: &Tok| noun(t) && is_cap(text(input, t));
    // `The Scottish National Party's Holyrood leader Nicola Sturgeon
    // wrote`: a title in lowercase after the fourth, then the name.
    if n == 4
        && k + n + 3 < j
        && is_word(&toks[k + n + 1])
        && {
            let w = text(input, &toks[k + n + 1]);
            !is_cap(w) && is_title(w)
        }
        && cap_noun(&toks[k + n + 2])
        && cap_noun(&toks[k + n + 3])
    {
        return n + 3;
    }
    while n == 4 && k + n + 1 < j && is_cap(text(input, &toks[k + n])) && cap_noun(&toks[k + n + 1])
    {
        n += 1;
    }
    n
}

/// Whether token `k` is the possessive mark of a plural (`Sanders’`,
/// `the workers'`): an apostrophe right after a word that ends in `s`,
/// after token `lo`, with a space and a word after it.
#[inline(always)]
fn plural_possessive_at(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    matches!(toks[k].kind, Kind::Punct('\'' | '’'))
        && k > lo
        && toks[k - 1].e == toks[k].s
        && is_word(&toks[k - 1])
        && input.as_bytes()[toks[k].s - 1] == b's'
        && toks
            .get(k + 1)
            .is_some_and(|n| is_word(n) && n.s > toks[k].e)
}

/// The speaker phrase of tokens `a..j`, if it is one (a description only
/// where a subject stands, when `subject`). A plural's possessive mark is
/// read with its word (`Sanders’`).
fn phrase_np(input: &str, toks: &[Tok], a: usize, j: usize, subject: bool) -> Option<Np> {
    let phrase = &toks[a..j];
    let words: Words = if phrase.iter().all(is_word) {
        phrase.iter().map(|t| text(input, t)).collect()
    } else {
        let mut words = Words::new();
        for k in a..j {
            let t = &toks[k];
            match words.last_mut() {
                Some(w) if !is_word(t) && plural_possessive_at(input, toks, k, a) => {
                    *w = &input[toks[k - 1].s..t.e];
                }
                _ => words.push(text(input, t)),
            }
        }
        words
    };
    let np = analyze(input, &words)?;
    if subject && np.how == How::Description && !is_subject_description(input, toks, a, &words) {
        return None;
    }
    Some(np)
}

/// False for phrases that cannot be a describing subject: a time
/// (`this week`), an adverb or participle head (`increasingly`), or an
/// object of a verb or preposition (`released a statement calling ...`).
fn is_subject_description(input: &str, toks: &[Tok], a: usize, words: &[&str]) -> bool {
    let head = words[words.len() - 1];
    let plural_ok = DESCRIPTIVE_PLURALS.contains(head);
    let verbal = head.ends_with("ly") || head.ends_with("ed") || head.ends_with("ing");
    if !plural_ok && !is_cap(head) && verbal {
        return false;
    }
    if words.iter().any(|w| is_time_or_date(w)) {
        return false;
    }
    // A subject follows punctuation, a capital or a conjunction; after any
    // other word the phrase is an object (`through the streets`).
    // (`This year the Royal College of Physicians said`: after an opening
    // time phrase with no comma too.)
    let prev = a.checked_sub(1).map(|k| &toks[k]).filter(|t| is_word(t));
    !prev.is_some_and(|t| {
        let w = text(input, t);
        !is_cap(w)
            && !is_time_or_date(w)
            && !matches!(
                w,
                "and"
                    | "but"
                    | "or"
                    | "so"
                    | "yet"
                    | "then"
                    | "that"
                    | "which"
                    | "while"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "as"
                    | "if"
                    | "since"
                    | "where"
                    | "also"
                    | "still"
                    | "after"
                    | "before"
                    | "what"
                    | "who"
                    | "whom"
            )
            && !after_opening_phrase(input, toks, a)
    })
}

/// `In a statement the company said`, `In an interview the minister
/// said`: whether the tokens before token `a` are a phrase that opens its
/// sentence with no comma after it: a capitalized preposition, an article
/// or a possessive, and one or two lowercase words.
fn after_opening_phrase(input: &str, toks: &[Tok], a: usize) -> bool {
    let word = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    (3..=4).any(|n| {
        a >= n && {
            let p = a - n;
            matches!(word(p), Some("In" | "At" | "During" | "After" | "On"))
                && (p == 0 || ends_sentence(&toks[p - 1]))
                && word(p + 1).is_some_and(|d| {
                    is_determiner(d) || super::attribution::is_possessive_pronoun(d)
                })
                && (p + 2..a).all(|k| word(k).is_some_and(|w| !is_cap(w) && !is_function(w)))
        }
    })
}

/// How many tokens before `as saying` the cue `quoted` is looked for: a
/// speaker phrase with an appositive.
const QUOTED_REACH: usize = 16;

/// For the participle at token `j` after `as`: the one quoted by an earlier
/// `quoted` (`Reuters quoted a central bank official as saying "..."`).
fn quoted_as_at(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    if j < lo + 3 || !is_word(&toks[j - 1]) || text(input, &toks[j - 1]) != "as" {
        return None;
    }
    let k = (lo..j - 1)
        .rev()
        .take(QUOTED_REACH)
        .take_while(|&k| !ends_sentence(&toks[k]) && !matches!(toks[k].kind, Kind::Quote(_)))
        .find(|&k| is_word(&toks[k]) && text(input, &toks[k]) == "quoted")?;
    let (rest, np) = super::grammar::quoted_as(input, &input[toks[k].e..])?;
    // The participle that phrase runs to is this one.
    (offset_in(input, rest) == toks[j].e).then_some(np)
}

/// The speaker of the cue at token `j`: the phrase before it, or for a
/// participle after a comma (`Trump defended it, saying "..."`) and when
/// nothing fits, the sentence's subject.
pub(super) fn subject_of_cue(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    j: usize,
    lo: usize,
) -> Option<Np> {
    // `the judge said, according to the Post.`: the source follows.
    if let Some((after, c)) = cue_at(input, toks, j, toks.len()) {
        if input[c.range()].eq_ignore_ascii_case("according to") && after < toks.len() {
            return cited_source(input, &input[toks[after].s..]).map(|(_, np)| np);
        }
    }
    let participle = text(input, &toks[j]).ends_with("ing");
    if participle {
        if let Some(np) = quoted_as_at(input, toks, j, lo) {
            return Some(np);
        }
    }
    if participle && j > lo && toks[j - 1].kind == Kind::Punct(',') {
        // `..., Spicer said Monday, adding, "..."`: the speaker of the cue
        // the participle extends.
        let c = (lo..j - 1)
            .rev()
            .take(4)
            .take_while(|&c| is_word(&toks[c]))
            .find(|&c| cue_at(input, toks, c, j - 1).is_some());
        if let Some(np) = c.and_then(|c| subject_before(input, toks, c, lo)) {
            return Some(np);
        }
        return sentence_subject(input, toks, known, j, lo, true);
    }
    // `..., and local TV, too says BT.`: an adverb after the comma opens
    // an inverted attribution, and is no subject; the name ends the clause
    // (`Ms Clarkson's legal action, filed in ..., also accuses Mr Spector
    // of negligence`: the name is the object).
    let adverb_inverts = j >= lo + 2
        && matches!(toks[j - 2].kind, Kind::Punct(',') | Kind::Quote(_))
        && is_word(&toks[j - 1])
        && pronouns::BEFORE_INVERSION.contains(&text(input, &toks[j - 1]));
    if adverb_inverts {
        let ends = |np: &Np| {
            let after = input[np.mention.end..].trim_start_matches(' ');
            after.is_empty() || after.starts_with(['.', ',', ';', ':', '\n'])
        };
        if let Some(np) = inverted_from(input, toks, j).filter(ends) {
            return Some(np);
        }
    }
    let np = restrictive_who(input, toks, j, lo)
        .or_else(|| subject_before(input, toks, j, lo))
        .or_else(|| inverted_at(input, toks, j))
        .or_else(|| sentence_subject(input, toks, known, j, lo, true))?;
    // `a source speaking to Fox News said`, `Lee answered on Facebook
    // writing`, `Howard Archer, economist at Global Insight said`: a phrase
    // right after `to`, `on` or `at` is the object of that preposition, not
    // the cue's subject; the sentence's subject, earlier, is.
    if np.how != How::Pronoun && after_preposition(input, toks, np.mention.start, j, lo) {
        if let Some(main) = sentence_subject(input, toks, known, j, lo, true)
            .filter(|m| m.mention.end <= np.mention.start)
        {
            return Some(main);
        }
    }
    // `Sen. Ann Lee (D-Ohio) kept asking`, `hired lawyers and placed ads
    // calling`: a phrase that opens with a verb right after a name or an
    // `and` is a predicate of the sentence's subject, not a speaker.
    if np.how == How::Description && opens_with_predicate(input, toks, np.mention.start, j, lo) {
        if let Some(main) = sentence_subject(input, toks, known, j, lo, true)
            .filter(|m| m.mention.end <= np.mention.start)
        {
            return Some(main);
        }
    }
    // `Ban Ki-moon condemned what he called a "breach"`: the pronoun of a
    // relative clause; the sentence's subject is the speaker.
    let k = first_token_from(toks, np.mention.start, j);
    let relative = np.how == How::Pronoun
        && k < toks.len()
        && k > lo
        && is_word(&toks[k - 1])
        && match text(input, &toks[k - 1]) {
            "what" | "whom" => true,
            // `tweets in which he called`, but not `which he called`.
            "which" => {
                k > lo + 1
                    && is_word(&toks[k - 2])
                    && is_inner_preposition(text(input, &toks[k - 2]))
            }
            _ => false,
        };
    if relative {
        // `The ad includes a clip in which he says`: a person's pronoun
        // stands for no thing the sentence opens with: a phrase with an
        // article or a possessive (`Mr. Comey's most surprising
        // suggestion`) is a person only with a title for its head (`The
        // senator posted tweets in which he called`).
        let personal = is_personal(&input[np.mention.range()]);
        let main = sentence_subject(input, toks, known, k - 1, lo, true).filter(|m| {
            let phrase = &input[m.mention.range()];
            let first = phrase.split(' ').next().unwrap_or(phrase);
            let thing = is_determiner(first) || phrase.contains("'s ") || phrase.contains("’s ");
            !personal
                || m.how != How::Description
                || !thing
                || is_title(super::index::last_word(phrase))
        });
        if let Some(main) = main {
            // `a new TV ad ..., in which he declares`: the pronoun is the
            // mention still (a clause of its own), and stands for the
            // sentence's subject (a pronoun there is the mention itself).
            if text(input, &toks[k - 1]) == "which" && main.how != How::Pronoun {
                return Some(Np {
                    antecedent: Some(main.mention),
                    role: main.role,
                    ..np
                });
            }
            return Some(main);
        }
        // `Clinton says Americans are "right to be angry," but hungry for
        // what she calls "..."`: the subject before the sentence's earlier
        // quote, unless that quote ended the sentence.
        let prev = lo.checked_sub(1).map(|p| &toks[p]);
        let open = prev.is_some_and(|t| {
            matches!(t.kind, Kind::Quote(_))
                && !input[t.s..t.e]
                    .trim_end_matches(|c: char| {
                        !c.is_alphanumeric() && !matches!(c, '.' | '?' | '!')
                    })
                    .ends_with(['.', '?', '!'])
        });
        if open {
            if let Some(main) = sentence_subject(input, toks, known, lo - 1, 0, false) {
                return Some(main);
            }
        }
    }
    // `calling it a "paperwork error" that was reported`, `appointing a
    // "chief trade prosecutor" who reports`: a relative pronoun right
    // after a quote stands for the quoted words, which speak no quote;
    // the subject of the sentence before them may.
    if k > 0
        && k < toks.len()
        && matches!(toks[k - 1].kind, Kind::Quote(_))
        && matches!(&input[np.mention.range()], "that" | "which" | "who")
    {
        return sentence_subject(input, toks, known, k - 1, 0, false);
    }
    if np.how != How::Pronoun {
        if let Some(who) = relative_who(input, toks, np.mention, j) {
            return Some(who);
        }
    }
    // `Lynch said she recalled thinking, "..."`, `Trump said that Clinton
    // described it as "..."`: a speaker reported by an outer cue; the outer
    // speaker is the source.
    if k < toks.len() && k > lo + 1 {
        if let Some(outer) = outer_speaker(input, toks, k, lo) {
            return Some(outer);
        }
    }
    Some(np)
}

/// The word right before the phrase starting at byte `at` (a few tokens
/// before token `near`), if that word comes after token `lo`.
fn word_before_phrase<'a>(
    input: &'a str,
    toks: &[Tok],
    at: usize,
    near: usize,
    lo: usize,
) -> Option<&'a str> {
    let k = first_token_from(toks, at, near);
    (k > lo && is_word(&toks[k - 1])).then(|| text(input, &toks[k - 1]))
}

/// True when the word before the phrase starting at byte `at` (a few
/// tokens before token `j`, not before `lo`) is `to`, `on` or `at`
/// (`Howard Archer, economist at Global Insight said`: the firm is where
/// the speaker works), or `through` or `via` (`issuing a statement
/// through Arsenal describing`: the channel the words went through).
fn after_preposition(input: &str, toks: &[Tok], at: usize, j: usize, lo: usize) -> bool {
    let k = first_token_from(toks, at, j);
    k > lo
        && k < toks.len()
        && is_word(&toks[k - 1])
        && matches!(
            text(input, &toks[k - 1]),
            "to" | "on" | "at" | "through" | "via"
        )
}

/// True when the phrase starting at byte `at` (a few tokens before token
/// `j`, not before `lo`) opens with a lowercase past or `-ing` form (`kept`,
/// `placed`, `carrying`) right after `and`, `)` or a capitalized word.
fn opens_with_predicate(input: &str, toks: &[Tok], at: usize, j: usize, lo: usize) -> bool {
    let k = first_token_from(toks, at, j);
    if k <= lo || k >= toks.len() || !is_word(&toks[k]) {
        return false;
    }
    let w = text(input, &toks[k]);
    let verb = w.len() > 3
        && w.as_bytes()[0].is_ascii_lowercase()
        && (w.ends_with("ed") || w.ends_with("ing") || w == "kept");
    verb && {
        let p = &toks[k - 1];
        p.kind == Kind::Punct(')')
            || is_word(p) && (text(input, p) == "and" || is_cap(text(input, p)))
    }
}

/// The first token starting at or after byte `at`
/// (`toks.partition_point(|t| t.s < at)`), walked to from token `near`:
/// the mention of a cue's speaker is a few tokens from the cue.
fn first_token_from(toks: &[Tok], at: usize, near: usize) -> usize {
    let mut k = near.min(toks.len());
    while k > 0 && toks[k - 1].s >= at {
        k -= 1;
    }
    while k < toks.len() && toks[k].s < at {
        k += 1;
    }
    debug_assert_eq!(k, toks.partition_point(|t| t.s < at));
    k
}

/// `Trump said at a rally that Clinton once described it as "..."`: the
/// speaker phrase starting at token `k` opens a clause that an earlier cue
/// of the sentence reports, with nothing but words between them; the outer
/// speaker is the source.
fn outer_speaker(input: &str, toks: &[Tok], k: usize, lo: usize) -> Option<Np> {
    let mut c = k;
    while c > lo + 1 && k - c < OUTER_REACH {
        c -= 1;
        if !is_word(&toks[c]) || opens_clause(text(input, &toks[c])) {
            return None;
        }
        if cue_at(input, toks, c, k).is_some() {
            return subject_before(input, toks, c, lo);
        }
    }
    None
}

/// Words that open a clause of their own (`a woman asked for a photo and
/// Clinton said`, `after Clinton argued`): a cue before them does not
/// report what follows.
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "and"
            | "as"
            | "because"
            | "before"
            | "but"
            | "if"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "whom"
    )
}

/// How many words back from a speaker phrase an outer cue may stand.
const OUTER_REACH: usize = 16;

/// `Beck, who has in the past described Trump as "..."`: the cue at token
/// `j` sits in a relative clause after `phrase`, so the
/// relative pronoun is the mention and the phrase its antecedent.
fn relative_who(input: &str, toks: &[Tok], phrase: Span, j: usize) -> Option<Np> {
    let first = toks.partition_point(|t| t.s < phrase.end);
    let is_who = |k: &usize| is_word(&toks[*k]) && text(input, &toks[*k]) == "who";
    // (`Obama has had a frosty relationship with McConnell, now the Senate
    // majority leader, who in 2010 said`: far from the phrase, `who` may
    // still open the cue's clause.)
    let w = (first..j)
        .take(RELATIVE_REACH)
        .find(is_who)
        .or_else(|| (first..j).rev().take(RELATIVE_REACH).find(is_who))?;
    let opens = w > first && toks[w - 1].kind == Kind::Punct(',');
    let closed = toks[w + 1..j].iter().enumerate().any(|(i, t)| {
        ends_sentence(t)
            || matches!(t.kind, Kind::Quote(_))
            || (i > 0 && t.kind == Kind::Punct(','))
    });
    if !opens || closed {
        return None;
    }
    let who = &toks[w];
    // `Obama has had a frosty relationship with McConnell, who in 2010
    // said`: `who` stands for the phrase right before its comma, which may
    // come after the phrase read as the subject.
    let antecedent = if w - 1 > first {
        who_antecedent(input, toks, w - 1, first)
    } else {
        None
    };
    Some(Np {
        how: How::Pronoun,
        mention: Span::new(who.s, who.e),
        role: None,
        antecedent: Some(antecedent.unwrap_or(phrase)),
    })
}

/// `Supporters who attended the rally said`, `One delegate who supports
/// Cruz told`: the phrase before a relative `who` (with no comma, which
/// [`relative_who`] and the appositive readings take) that opens a clause
/// of words, up to [`CLAUSE_WORDS`] of them, ending right before the
/// cue at token `j`: the subject of the cue, not a word of the clause.
/// Not when the cue is the clause's own: right after `who` (`people who
/// say`), after a subject of its own (`women who he said`, `the people
/// who Mr Forsyth labels`, `who gained attention when he yelled`), or
/// after a form of `be` (`students who were told`).
fn restrictive_who(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    // Asked at every cue: the words are compared as bytes, by length first.
    let bytes = input.as_bytes();
    let stop = j.saturating_sub(CLAUSE_WORDS).max(lo);
    let mut w = j;
    loop {
        if w == stop {
            return None;
        }
        w -= 1;
        let t = &toks[w];
        if !is_word(t) {
            return None;
        }
        if t.e - t.s == 3 && &bytes[t.s..t.e] == b"who" {
            break;
        }
    }
    if w + 1 >= j || w == lo || !is_word(&toks[w - 1]) {
        return None;
    }
    let next = text(input, &toks[w + 1]);
    let own_subject = is_cap(next)
        || is_determiner(next)
        || toks[w + 1..j]
            .iter()
            .any(|t| matches!(text(input, t), "he" | "she" | "they" | "I" | "we"));
    let passive = is_be_form(text(input, &toks[j - 1]));
    if own_subject || passive {
        return None;
    }
    np_back_paren(input, toks, w, lo)
}

/// True for a form of `be` that makes a passive with a participle after
/// it (`was told`, `has been described`, `will be named`).
pub(super) fn is_be_form(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// True for an auxiliary or a modal ([`verbs::AUXILIARIES`], any case) or
/// a form of `be` or `have` (`could`, `was`, `has`): a verb that follows a
/// subject, and that no name or description ends with.
pub(super) fn is_auxiliary(w: &str) -> bool {
    is_be_form(w) || matches!(w, "has" | "had" | "have") || contains_ci(verbs::AUXILIARIES, w)
}

/// How many words before a cue a relative `who` may stand, its clause
/// between them.
const CLAUSE_WORDS: usize = 9;

/// How many tokens after its antecedent a relative `who` may start.
const RELATIVE_REACH: usize = 13;

/// `But, said Solovey, "..."`: a name right after an invertible cue, or a
/// description that ends the sentence ([`inverted_description`]).
pub(super) fn inverted_at(input: &str, toks: &[Tok], j: usize) -> Option<Np> {
    // Only right after a comma or at a sentence's start: in `and
    // criticized Obama`, Obama is the object.
    let after_break = j == 0 || matches!(toks[j - 1].kind, Kind::Punct(_) | Kind::Quote(_));
    if !after_break {
        return None;
    }
    inverted_from(input, toks, j)
}

/// [`inverted_at`] wherever the cue at token `j` stands.
fn inverted_from(input: &str, toks: &[Tok], j: usize) -> Option<Np> {
    let (rest, c) = cue(&input[toks[j].s..]).ok()?;
    if !invertible(c) {
        return None;
    }
    let (after, words) = preceded_ws(np_words(false))(rest).ok()?;
    if is_lone_adverb(&words) {
        return None;
    }
    let np = analyze(input, &words)?;
    match np.how {
        How::Name => Some(np),
        How::Description => inverted_description(input, np, after),
        _ => None,
    }
}

/// `The chief executive, John Smith,`: for a description `np` whose
/// phrase ends before token `c`, a comma there, and after it a run of up
/// to five name words closed by a comma before token `j`, the person that
/// run names in full, with the description for a role
/// ([`named_in_apposition`]).
fn named_after_comma(input: &str, toks: &[Tok], np: &Np, c: usize, j: usize) -> Option<Np> {
    if np.how != How::Description || toks.get(c)?.kind != Kind::Punct(',') {
        return None;
    }
    let n = toks
        .get(c + 1..j)?
        .iter()
        .take(5)
        .take_while(|t| is_word(t) && is_name_word(text(input, t)))
        .count();
    if n == 0 || toks.get(c + 1 + n)?.kind != Kind::Punct(',') {
        return None;
    }
    let a = &input[toks[c + 1].s..toks[c + n].e];
    named_in_apposition(input, np, a)
}

/// Whether the capitalized word `w` stands for a person of a nation as a
/// noun: a nation's adjective (`the American`) or a noun of its own (`the
/// Frenchman`).
fn is_demonym(w: &str) -> bool {
    contains_ci(places::NATIONALITIES, w) || contains_ci(places::DEMONYMS, w)
}

/// `the US and European markets`: whether the run of `n` words at token
/// `k` is a nationality alone before a lowercase word, which it modifies.
fn modifies_as_nationality(input: &str, toks: &[Tok], k: usize, n: usize) -> bool {
    n == 1
        && toks
            .get(k + 1)
            .is_some_and(|t| is_word(t) && !is_cap(text(input, t)))
        && contains_ci(places::NATIONALITIES, text(input, &toks[k]))
}

/// `When Cruz knocked Rubio and called him a "moderate," it was a dig`:
/// whether `When` (or `As` before a cue at `j`: `As Gavin Cox of the
/// website put it:`) opens the sentence at token `s` (after a sentence's
/// end, not after a quote) and its clause runs on to token `j` with no
/// comma (but one that brings in a quote at `j`), so that the word after
/// it opens the clause that holds `j`, as its subject: the clause tells
/// what that subject did or said. (`When he arrived, Cruz said` has a
/// comma: the main clause's subject is after it. Other subordinators set
/// the clause against the news, whose words are often someone else's: `If
/// Labour voters "stayed at home"`, `While Trump is "brand building,"`.)
fn opens_subordinate_clause_to(input: &str, toks: &[Tok], s: usize, j: usize) -> bool {
    // (`When Trump used the words, "..."`: the comma that brings in a
    // quote at `j` is the clause's own.)
    let end = if j > s + 1
        && toks[j - 1].kind == Kind::Punct(',')
        && toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
    {
        j - 1
    } else {
        j
    };
    let opener = text(input, &toks[s]);
    is_word(&toks[s])
        && (opener.eq_ignore_ascii_case("when")
            || (opener.eq_ignore_ascii_case("as") && toks.get(j).is_some_and(is_word)))
        && (s == 0 || ends_sentence(&toks[s - 1]))
        && !toks[s + 1..end].iter().any(|t| t.kind == Kind::Punct(','))
}

/// The subject of the sentence that holds token `j`: its first name or
/// personal pronoun (`Trump defended it, saying "..."`, `I laughed and
/// said "..."`).
pub(super) fn sentence_subject(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    j: usize,
    lo: usize,
    descriptions: bool,
) -> Option<Np> {
    let mut s = j;
    let stop = lo.max(j.saturating_sub(60));
    // `Jindal signed an order, while Mike Huckabee proposed we "..."`: a
    // clause of contrast has a subject of its own, whose is the quote in
    // it; the sentence's is asked when it has none. The last such clause
    // is found on the walk back, at its comma.
    let mut clause = None;
    while s > stop {
        // Sentence ends and quotes are one test; a quote then asks whether
        // it stops the walk.
        let t = &toks[s - 1];
        if stops_or_quote(t) && (ends_sentence(t) || opaque_quote(input, t)) {
            break;
        }
        if clause.is_none() && t.kind == Kind::Punct(',') && s + 1 < j {
            clause = contrast_clause_at(input, toks, s);
        }
        s -= 1;
    }
    if let Some(c) = clause {
        if let Some(np) = sentence_subject_from(input, toks, known, j, descriptions, c, true) {
            return Some(np);
        }
    }
    let opens = !within_sentence_after_quote(input, toks, s, lo);
    sentence_subject_from(input, toks, known, j, descriptions, s, opens)
}

/// `who think they can "outsource" Middle Eastern leadership to "..."`:
/// whether the walk back to a sentence's start stopped at `lo`, right
/// after a quote of the same sentence that is a phrase of it (no stop or
/// comma of its own, [`opaque_quote`] false), before a capitalized word:
/// that word opens no sentence or clause.
fn within_sentence_after_quote(input: &str, toks: &[Tok], s: usize, lo: usize) -> bool {
    s == lo
        && lo > 0
        && matches!(toks[lo - 1].kind, Kind::Quote(_))
        && toks
            .get(s)
            .is_some_and(|t| is_word(t) && is_cap(text(input, t)))
        && phrase_goes_on(&input[toks[lo - 1].s..toks[lo - 1].e])
        && !opaque_quote_text(input, &toks[lo - 1])
}

/// Whether the quote `q`, marks included, ends with no comma or stop
/// inside its closing mark (`"Coco Beach."` ends its sentence): the
/// sentence goes on after it.
fn phrase_goes_on(q: &str) -> bool {
    !before_closing_mark(q).ends_with([',', '.', '?', '!', ';', ':'])
}

/// `..., while Mike Huckabee proposed`: for token `c`, right after a
/// comma, when it is `while`, `whereas`, `although`, `though` or `but`
/// and a capitalized word or a personal pronoun, a clause's subject,
/// follows it: the token after it.
fn contrast_clause_at(input: &str, toks: &[Tok], c: usize) -> Option<usize> {
    let opens = is_word(&toks[c])
        && matches!(
            text(input, &toks[c]),
            "while" | "whereas" | "although" | "though" | "but"
        )
        && toks.get(c + 1).is_some_and(|t| {
            is_word(t) && {
                let w = text(input, t);
                is_cap(w) || matches!(w, "he" | "she" | "they")
            }
        });
    opens.then_some(c + 1)
}

/// [`contrast_clause_at`] for the last comma between tokens `s` and `j`.
#[cfg(test)]
fn contrast_clause_start(input: &str, toks: &[Tok], s: usize, j: usize) -> Option<usize> {
    (s + 1..j.saturating_sub(1))
        .rev()
        .filter(|&c| toks[c - 1].kind == Kind::Punct(','))
        .find_map(|c| contrast_clause_at(input, toks, c))
}

/// [`sentence_subject`] from token `s`, the sentence's (or a clause's)
/// first; `opens` false when that token is inside its sentence, after a
/// phrase quoted in it ([`within_sentence_after_quote`]).
fn sentence_subject_from(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    j: usize,
    descriptions: bool,
    s: usize,
    opens: bool,
) -> Option<Np> {
    // `Ryan’s campaign shrugged it off, telling reporters`: a possessive
    // phrase is the subject only when no name or pronoun follows it.
    let mut fallback = None;
    let bytes = input.as_bytes();
    let mut k = s;
    // (`Alongside calls for action, even a top GOP strategist said`: an
    // adverb right after a comma passes the comma on to the next word.)
    let mut adverb_after_comma = false;
    while k < j {
        let t = &toks[k];
        let after_comma = k > s && (comma_before(input, toks, k) || adverb_after_comma);
        adverb_after_comma = false;
        // A lowercase word is a subject only as a pronoun, or as an article
        // after a comma: wherever it stands, any other is passed over (and
        // the word before it is not looked up). Most tokens are passed
        // over by the kind and first byte alone, asked together.
        let passed = !is_word(t) | (!after_comma & NO_PRONOUN_STARTS[usize::from(bytes[t.s])]);
        if passed {
            k += 1;
            continue;
        }
        let w = text(input, t);
        if !after_comma && lowercase_not_subject(w) {
            k += 1;
            continue;
        }
        // A subject opens the sentence or follows an opening phrase or a
        // conjunction (`In Miami, Rubio said`, `But Trump said`).
        let subordinate = k == s + 1 && opens_subordinate_clause_to(input, toks, s, j);
        let at_start = (k == s && opens)
            || after_comma
            || (is_word(&toks[k - 1]) && CLAUSE_OPENERS.contains(text(input, &toks[k - 1])))
            || subordinate;
        if !at_start {
            k += 1;
            continue;
        }
        // `It’s denouncing ...`, `I’d rather ...`: the pronoun of a
        // contraction.
        let base = before_apostrophe(w);
        if matches!(
            base,
            "he" | "He" | "she" | "She" | "they" | "They" | "I" | "we" | "We"
        ) {
            return Some(pronoun_np(input, base));
        }
        // `Hundreds of demonstrators marched`: a part of a group.
        if descriptions && (is_cap(w) || after_comma) {
            if let Some(e) = partitive_phrase_end(input, toks, k, j) {
                let words: Words = toks[k..e].iter().map(|t| text(input, t)).collect();
                let np = analyze(input, &words)?;
                // (`One of the men, Jessie Elkins, had served`: the name.)
                return Some(named_after_comma(input, toks, &np, e, j).unwrap_or(np));
            }
        }
        // `In a statement, the campaign said`: after an opening phrase the
        // article is lowercase.
        if descriptions && (is_cap(w) || after_comma) && is_determiner(w) {
            // `The Sanders campaign projects that "..."`: the article and
            // the nouns up to the first verb-looking word.
            let noun = |t: &Tok| is_word(t) && is_noun_like_or_owner(text(input, t));
            let n = nouns_after_article(input, toks, k, j, noun);
            if n > 0 {
                let n = through_role_of(input, toks, k + n, j) - k;
                let words: Words = toks[k..=k + n].iter().map(|t| text(input, t)).collect();
                // `A month later, ...`: a time, not a subject.
                let time = words.iter().any(|w| TIME_WORDS.contains(w));
                if !time {
                    let np = analyze(input, &words)?;
                    // `The Lord Chancellor, Lord Falconer, agreed ... but
                    // added`: the name in apposition is whom it describes.
                    return Some(named_after_comma(input, toks, &np, k + n + 1, j).unwrap_or(np));
                }
            }
        }
        if !is_name_word(w) {
            adverb_after_comma = after_comma && !is_cap(w) && ADVERBS.contains(w);
            k += 1;
            continue;
        }
        // The run's first word was just asked.
        let n = 1 + toks[k + 1..j]
            .iter()
            .take_while(|t| is_word(t) && is_name_word(text(input, t)))
            .count();
        let n = through_title_of(input, toks, k, n, j);
        if let Some(np) = role_then_name(input, toks, k, n, j) {
            return Some(np);
        }
        // `Attorneys for Clinton appeared to oppose the effort, saying`: a
        // plural of people with whom it is of is the subject, not a word
        // that opens the sentence before a preposition (`Speaking to
        // reporters`, passed over below).
        if descriptions && n == 1 && DESCRIPTIVE_PLURALS.contains(w) {
            if let Some(np) = group_subject(input, toks, k, j) {
                return Some(np);
            }
        }
        let last = text(input, &toks[k + n - 1]);
        // What follows a subject is a verb; the tests below (each asked only
        // when the answer counts) see whether the words are one.
        let verb_follows = toks.get(k + n).is_some_and(|t| match t.kind {
            Kind::Word => !is_cap(text(input, t)),
            Kind::Punct(c) => c == ',' || c == '(',
            Kind::Quote(_) => false,
        });
        if !verb_follows {
            k += n;
            continue;
        }
        if modifies_noun_before_verb(input, toks, k + n, j) {
            // `Church ministers are trying`: the phrase, a description.
            if descriptions {
                return noun_modified(input, toks, k, n);
            }
            k += n;
            continue;
        }
        if modifies_as_nationality(input, toks, k, n) {
            k += n;
            continue;
        }
        // Not a subject: a sentence-opening adverb or participle
        // (`Speaking to reporters`), a place after a preposition (`In
        // Miami, Rubio said`), a possessor (`Trump's remarks`).
        let next_is_function = || {
            toks.get(k + 1)
                .is_some_and(|t| is_word(t) && is_function(text(input, t)))
        };
        let next_is_preposition = || {
            toks.get(k + 1).is_some_and(|t| {
                is_word(t) && {
                    let p = text(input, t);
                    is_inner_preposition(p) || matches!(p, "to" | "by" | "about")
                }
            })
        };
        // A lone capitalized word opening the sentence that the article never
        // capitalizes elsewhere is a common word: `Smiling, she said` skips
        // it, `Protesters chanted` keeps it as a description.
        // Asked only where the answer counts, and once: the question
        // searches the article's text.
        let unknown_once = std::cell::OnceCell::new();
        let unknown = || {
            *unknown_once
                .get_or_init(|| k == s && n == 1 && !known.contains(super::tokens::bare(w)))
        };
        let next_is_comma = || toks.get(k + 1).is_some_and(|t| t.kind == Kind::Punct(','));
        let next_is_cue = || k + 1 < j && cue_at(input, toks, k + 1, toks.len()).is_some();
        // What follows a subject is a verb, not a modifier, a determiner or
        // a subordinator (`Hours later, ...`, `Maybe the ...`, `Given his
        // ...`, `Ever since she endorsed`).
        let next_not_verb = || {
            toks.get(k + 1).is_some_and(|t| {
                is_word(t) && {
                    let x = text(input, t);
                    (is_determiner(x) && x != "that")
                        || is_pronoun(x)
                        || x.ends_with("ly")
                        || matches!(
                            x,
                            "later" | "earlier" | "ago" | "last" | "next" | "yourself"
                        )
                        || SUBORDINATORS.contains(x)
                }
            })
        };
        let opener = || {
            ((next_is_comma() || next_not_verb()) && unknown())
                || k == s
                    && n == 1
                    && (w.ends_with("ly")
                        || ((w.ends_with("ing") || w.ends_with("ed")) && next_is_function())
                        || next_is_preposition())
        };
        let after_prep = || {
            k > s && !subordinate && is_word(&toks[k - 1]) && {
                let p = text(input, &toks[k - 1]);
                is_function(p) && !is_determiner(p) && !CLAUSE_OPENERS.contains(p)
            }
        };
        let possessive = is_possessive(last);
        let region = is_region(input, toks, k, n, s);
        if possessive && descriptions && !region && !after_prep() && fallback.is_none() {
            fallback = possessive_subject(input, toks, k, n, j);
        }
        // `Facing mounting criticism from Democrats and Republicans, Mr.
        // Trump released`: a participle that no cue follows and that the
        // article never capitalizes elsewhere (`Groening recently heaped
        // praise`) opens a clause, which runs to its comma.
        if k == s && n == 1 && is_opening_verb(w) && unknown() && !next_is_cue() {
            if let Some(c) = (k + 1..j).find(|&c| toks[c].kind == Kind::Punct(',')) {
                k = c + 1;
                continue;
            }
        }
        if !(possessive || region || after_prep() || opener()) {
            let words: Words = toks[k..k + n.min(6)]
                .iter()
                .map(|t| text(input, t))
                .collect();
            let np = analyze(input, &words).filter(|n| n.how == How::Name)?;
            return Some(if unknown() {
                Np {
                    how: How::Description,
                    ..np
                }
            } else {
                np
            });
        }
        k += n;
    }
    fallback
}

/// `DRM systems were intended`, `Domain names are`: whether the lowercase
/// word at token `a` (before token `j`) is a noun that a form of be or an
/// auxiliary follows, so that the capitalized words before it modify it
/// and are no subject of their own. (No `-ed`, `-ly` or cue word, nor one
/// of [`sets::NOT_HEADS`](crate::lexicon::sets::NOT_HEADS): `Obama said
/// was`, `Trump says is`.)
fn modifies_noun_before_verb(input: &str, toks: &[Tok], a: usize, j: usize) -> bool {
    if a + 1 >= j || !is_word(&toks[a]) || !is_word(&toks[a + 1]) {
        return false;
    }
    let aux = text(input, &toks[a + 1]);
    if !(is_be_form(aux)
        || matches!(
            aux,
            "have" | "has" | "had" | "will" | "would" | "can" | "could"
        ))
    {
        return false;
    }
    let w = text(input, &toks[a]);
    !is_cap(w)
        && !w.ends_with("ed")
        && !w.ends_with("ly")
        && classes(w) & (FUNCTION | PRONOUN) == 0
        && !CUES.contains(w)
        && !crate::lexicon::sets::NOT_HEADS.contains(w)
}

/// `Supporters of Sanders`, `Aides to the President`, `Lawyers for Ann
/// Lee`: the plural of people at token `k`, `of`, `to` or `for` (maybe
/// `the`) and the capitalized run after it (four words at most), read as
/// a description, when a verb or a comma follows the run before token
/// `j`.
fn group_subject(input: &str, toks: &[Tok], k: usize, j: usize) -> Option<Np> {
    let word = |i: usize| toks.get(i).filter(|t| is_word(t)).map(|t| text(input, t));
    if !matches!(word(k + 1), Some("of" | "to" | "for")) {
        return None;
    }
    let mut a = k + 2;
    if word(a) == Some("the") {
        a += 1;
    }
    let end = a
        + (a..j)
            .take(4)
            .take_while(|&i| word(i).is_some_and(|w| is_cap(w) && is_name_word(w)))
            .count();
    let verb = end < j
        && toks.get(end).is_some_and(|t| match t.kind {
            Kind::Word => !is_cap(text(input, t)),
            Kind::Punct(c) => c == ',',
            Kind::Quote(_) => false,
        });
    if end == a || !verb {
        return None;
    }
    let words: Words = toks[k..end].iter().map(|t| text(input, t)).collect();
    analyze(input, &words).filter(|np| np.how == How::Description)
}

/// The describing phrase of the capitalized run of `n` words at token `k`
/// and the noun after it (`Church ministers`, `Us magazine`), when that
/// noun names people or a body: a describing plural, a title (or its
/// plural) or a body's head. Other nouns speak no quote (`Wearable
/// technology could`).
fn noun_modified(input: &str, toks: &[Tok], k: usize, n: usize) -> Option<Np> {
    let noun = text(input, &toks[k + n]);
    let people = DESCRIPTIVE_PLURALS.contains(noun)
        || is_title(noun)
        || title_plural(noun)
        || crate::lexicon::sets::ORGANIZATION_HEADS.contains(noun);
    if !people {
        return None;
    }
    // (The last five capitalized words at most, with the noun.)
    let words: Words = toks[k + n - n.min(5)..=k + n]
        .iter()
        .map(|t| text(input, t))
        .collect();
    analyze(input, &words).map(|np| Np {
        how: How::Description,
        ..np
    })
}

/// `in Salem, New Hampshire, Trump said`: whether the run of `n` words at
/// token `k` (after the sentence's first token `s`) is the region of the
/// place before it, set off by commas. Not a run that opens with a given
/// name: `His partner at Lenox, Lawrence B. Cummings, called` names a
/// person in apposition.
fn is_region(input: &str, toks: &[Tok], k: usize, n: usize, s: usize) -> bool {
    k > s + 1
        && toks[k - 1].kind == Kind::Punct(',')
        && is_word(&toks[k - 2])
        && is_cap(text(input, &toks[k - 2]))
        && toks.get(k + n).is_some_and(|t| t.kind == Kind::Punct(','))
        && !(n > 1 && GIVEN_NAMES.contains(text(input, &toks[k])))
}

/// The length of the run of `n` name words from token `k` (before token
/// `j`), taken on through a title's `of` and the name after it: `Former
/// Secretary of State Madeleine Albright urged`, where the run stops at
/// `of`. Two name words at least must follow `of`; else `n`.
fn through_title_of(input: &str, toks: &[Tok], k: usize, n: usize, j: usize) -> usize {
    let title_of = n > 0
        && k + n + 1 < j
        && text(input, &toks[k + n]) == "of"
        && is_title_before_of(
            (n > 1).then(|| text(input, &toks[k + n - 2])),
            text(input, &toks[k + n - 1]),
        );
    if !title_of {
        return n;
    }
    let more = toks[k + n + 1..j]
        .iter()
        .take_while(|t| is_word(t) && is_name_word(text(input, t)))
        .count();
    if more >= 2 {
        n + 1 + more
    } else {
        n
    }
}

/// `Shadow attorney general Dominic Grieve criticised`, `Radio talk host
/// Rush Limbaugh used`: the capitalized run of `n` words at token `k` opens
/// a role whose lowercase words (at most three, before token `j`) end in
/// a title, and a name follows them and then a verb. The name speaks, with
/// the words before it as its role; the capitalized word alone would be
/// taken for a description.
fn role_then_name(input: &str, toks: &[Tok], k: usize, n: usize, j: usize) -> Option<Np> {
    // `Victoria Wood slated comedian Sacha Baron Cohen`: a run that opens
    // with a given name is a person, and the words after it a predicate.
    if n > 1 && crate::lexicon::sets::GIVEN_NAMES.contains(text(input, &toks[k])) {
        return None;
    }
    let lower = k + n;
    // The role's words are nouns: no verb-looking `-s` or `-ed` word.
    let lower_end = lower
        + toks[lower..j]
            .iter()
            .take(3)
            .take_while(|t| {
                is_word(t) && {
                    let w = text(input, t);
                    !is_cap(w) && (is_noun_like(w) || title_plural(w))
                }
            })
            .count();
    let head = text(input, &toks[lower_end - 1]);
    if lower_end == lower || !(is_title(head) || title_plural(head)) {
        return None;
    }
    let end = lower_end
        + toks[lower_end..j]
            .iter()
            .take(4)
            .take_while(|t| is_word(t) && is_name_word(text(input, t)))
            .count();
    // (`Former prosecutor Rudy Giuliani, who backs Trump, trashed Comey,
    // calling it`: a comma opens a clause about the name before its verb,
    // when a cue, not the quote, is what the subject is sought for.)
    let verb = toks.get(end).is_some_and(|t| {
        (is_word(t) && !is_cap(text(input, t)))
            || (t.kind == Kind::Punct(',') && toks.get(j).is_some_and(is_word))
    });
    // `chief U.S. regional economist`: a name ends with no abbreviation.
    if end == lower_end || end > j || !verb || text(input, &toks[end - 1]).ends_with('.') {
        return None;
    }
    let words: Words = toks[k..end].iter().map(|t| text(input, t)).collect();
    analyze(input, &words).filter(|np| np.how == How::Name && np.role.is_some())
}

/// How many words after the determiner at token `k` (before token `j`)
/// its phrase holds: `noun` words, at most four (past an adjective in `-ed`
/// before a noun for a person: `The retired neurosurgeon has provided`),
/// then the name they run into ([`through_name`]). [`sentence_subject`]
/// and its test reference, each with its own `noun`.
fn nouns_after_article(
    input: &str,
    toks: &[Tok],
    k: usize,
    j: usize,
    noun: impl Fn(&Tok) -> bool + Copy,
) -> usize {
    let skip = usize::from(adjective_after_article(input, toks, k, j));
    // `The Bank's minutes said`: the word right after an owner is a noun
    // (or its adjective), whatever its ending: no verb follows a possessive.
    let mut after_owner = false;
    let n = skip
        + toks[k + 1 + skip..j]
            .iter()
            .take(4 - skip)
            .take_while(|t| {
                let owned = after_owner && is_word(t) && {
                    let x = text(input, t);
                    classes(x) & (FUNCTION | PRONOUN) == 0 && !CUES.contains(x)
                };
                let ok = owned || noun(t);
                after_owner = ok && is_possessive(text(input, t));
                ok
            })
            .count();
    // `The Cruz slate's main competition came`: an owner is no subject by
    // itself; its noun is, and a verb-looking word or the count cut it off.
    if n > 0 && is_possessive(text(input, &toks[k + n])) {
        return 0;
    }
    through_name(input, toks, k, n, j, noun)
}

/// `The retired neurosurgeon has provided`: whether the article at token
/// `k` is followed by an `-ed` word and a noun for a person (before token
/// `j`): the `-ed` word is then an adjective of the phrase, as no verb
/// follows an article. Not a compound: `The specially-designed chair lets
/// gamers` is about a thing.
fn adjective_after_article(input: &str, toks: &[Tok], k: usize, j: usize) -> bool {
    k + 2 < j
        && is_word(&toks[k + 1])
        && {
            let a = text(input, &toks[k + 1]);
            a.ends_with("ed")
                && !is_cap(a)
                && !a.contains('-')
                && classes(a) & (FUNCTION | PRONOUN) == 0
        }
        && {
            let w = text(input, &toks[k]);
            pronouns::ARTICLES.iter().any(|r| r.eq_ignore_ascii_case(w))
        }
        && is_word(&toks[k + 2])
        && {
            let n = text(input, &toks[k + 2]);
            is_noun_like(n) && names_person_noun(n)
        }
}

/// `The former secretary of State began`, `The chairman of the committee
/// said`: for a description's last noun at token `h`, a noun for a
/// person, the last token of the `of` phrase after it (`of`, maybe `the`,
/// then up to three capitalized words or one lowercase noun, before token
/// `j`); `h` when no such phrase follows.
fn through_role_of(input: &str, toks: &[Tok], h: usize, j: usize) -> usize {
    let word = |k: usize| (k < j && is_word(&toks[k])).then(|| text(input, &toks[k]));
    if word(h + 1) != Some("of") || !word(h).is_some_and(names_person_noun) {
        return h;
    }
    let mut k = h + 2;
    if word(k).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        k += 1;
    }
    let caps = (k..j)
        .take(3)
        .take_while(|&m| word(m).is_some_and(|w| is_cap(w) && is_name_word(w)))
        .count();
    if caps > 0 {
        return k + caps - 1;
    }
    // (One lowercase noun: `of the committee`, not `of the said`.)
    match word(k) {
        Some(w) if k > h + 2 && is_noun_like(w) && classes(w) & (FUNCTION | PRONOUN) == 0 => k,
        _ => h,
    }
}

/// `neurosurgeon`, `senator`, `activist`: a noun for a person, by the
/// titles table or by an ending that forms such nouns
/// ([`pronouns::PERSON_NOUN_ENDINGS`]).
fn names_person_noun(w: &str) -> bool {
    is_title(w) || pronouns::PERSON_NOUN_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// A word that may go on a describing phrase's nouns ([`is_noun_like`]),
/// or a noun's possessive (`The prime minister's official spokesman`):
/// an owner whose noun follows it.
fn is_noun_like_or_owner(x: &str) -> bool {
    is_noun_like(x) || owner_stem(x).is_some_and(is_noun_like)
}

/// A word that may go on a describing phrase's nouns (`The Sanders
/// campaign`, `Ryan’s campaign`): no function word or pronoun, and, in
/// lowercase, no `-s` or `-ed` ending that reads as the verb after them,
/// nor an irregular past, a particle or a reflexive.
#[inline]
fn is_noun_like(x: &str) -> bool {
    // (`the strategist said Clinton`: an irregular past is a verb, as a
    // reflexive or a particle is no noun; one lookup asks all three.)
    // (`The lawyers opposed it`: a plural the table of describing plurals
    // holds is a noun, where another word in `-s` may be a verb: `The
    // campaign says`.)
    classes(x) & (FUNCTION | PRONOUN) == 0
        && (is_cap(x)
            || !((x.ends_with('s') && !ends_as_noun_in_ss(x) && !DESCRIPTIVE_PLURALS.contains(x))
                || x.ends_with("ed")
                || crate::lexicon::sets::NOT_HEADS.contains(x)))
}

/// `star witness`, `Newcastle boss`, `actress`: an `-ess` or `-oss` word
/// is a noun, no verb's `-s` (`less` is an adverb). Other `-ss` words are
/// verbs as often (`discuss`, `dismiss`, `pass`).
#[inline]
fn ends_as_noun_in_ss(x: &str) -> bool {
    (x.ends_with("ess") || x.ends_with("oss")) && x != "less"
}

/// `Hundreds of pro-Sanders demonstrators marched`, `Some of the delegates
/// chanted`: where the subject phrase that the partitive at token `k`
/// opens ends (before token `j`): `of`, the group's article or possessive,
/// and its words up to the first verb-looking one. A plural's `-s` is no
/// verb's here: the part of a group takes a plural verb. None when no word
/// of the group follows.
fn partitive_phrase_end(input: &str, toks: &[Tok], k: usize, j: usize) -> Option<usize> {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| i < j && is_word(t))
            .map(|t| text(input, t))
    };
    if word(k + 1) != Some("of") || !word(k).is_some_and(is_partitive) {
        return None;
    }
    let mut m = k + 2;
    if word(m).is_some_and(opens_group) {
        m += 1;
    }
    let group = |x: &str| {
        classes(x) & (FUNCTION | PRONOUN) == 0
            && (is_cap(x)
                || !(x.ends_with("ed")
                    || crate::lexicon::sets::NOT_HEADS.contains(x)
                    || CUES.contains(x)))
    };
    let n = (m..j.min(m + 4))
        .take_while(|&i| word(i).is_some_and(group))
        .count();
    (n > 0).then_some(m + n)
}

/// `Ryan’s campaign shrugged it off, telling reporters, "..."`: a
/// possessive name run (tokens `k..k + n`) opening the sentence, with the
/// nouns after it up to the first verb-looking word before token `j`, is
/// a describing subject.
fn possessive_subject(input: &str, toks: &[Tok], k: usize, n: usize, j: usize) -> Option<Np> {
    let m = toks[(k + n).min(j)..j]
        .iter()
        .take(3)
        .take_while(|t| {
            is_word(t) && {
                let x = text(input, t);
                is_noun_like(x)
                    && !CUES.contains(x)
                    // `Clinton’s response was: "..."`: the owner's words,
                    // which `speech_owner` reads.
                    && !SPEECH_NOUNS.contains(x)
            }
        })
        .count();
    if m == 0 {
        return None;
    }
    let words: Words = toks[k..k + n + m].iter().map(|t| text(input, t)).collect();
    analyze(input, &words)
}

/// `Clinton backed the deal, although she has "serious concerns"`: the
/// last subject pronoun between tokens `from` and `j` that opens an
/// adverbial clause (right after `although`, `as`, `when` ...). Token `j`
/// stands in that clause, whose subject is nearer than the sentence's.
pub(super) fn clause_pronoun(input: &str, toks: &[Tok], from: usize, j: usize) -> Option<Np> {
    let mut found = None;
    for k in from.max(1)..j {
        let t = &toks[k];
        if !is_word(t) || !is_word(&toks[k - 1]) {
            continue;
        }
        let base = before_apostrophe(text(input, t));
        if matches!(base, "he" | "she" | "they" | "we" | "I")
            && SUBORDINATORS.contains(text(input, &toks[k - 1]))
        {
            found = Some(pronoun_np(input, base));
        }
    }
    found
}

/// True for a token that ends a sentence or is a quote: one test of the
/// kind, for the walks that stop at either.
#[inline(always)]
fn stops_or_quote(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '?' | '!') | Kind::Quote(_))
}

/// For each first byte, true for an ASCII lowercase letter that starts
/// none of the pronouns of [`lowercase_not_subject`]: a word opening with
/// it is passed over with no more tests.
static NO_PRONOUN_STARTS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = b'a';
    while b <= b'z' {
        t[b as usize] = !matches!(b, b'h' | b'w' | b's' | b't');
        b += 1;
    }
    t
};

/// True for a word opening with an ASCII lowercase letter that is not one
/// of the lowercase subject pronouns [`sentence_subject`] takes (`he`,
/// `she's`, `they’d`, `we`): without a comma before it, such a word is no
/// subject there. Read as bytes: the test runs at most words of a sentence.
#[inline]
fn lowercase_not_subject(w: &str) -> bool {
    let b = w.as_bytes();
    let n = match b.first() {
        Some(b'h' | b'w') => 2,
        Some(b's') => 3,
        Some(b't') => 4,
        Some(c) => return c.is_ascii_lowercase(),
        None => return false,
    };
    // The pronoun then the word's end or an apostrophe (`’` is E2 80 99).
    let pronoun = b.len() >= n
        && matches!(&b[..n], b"he" | b"we" | b"she" | b"they")
        && matches!(&b[n..], [] | [b'\'', ..] | [0xE2, 0x80, 0x99, ..]);
    !pronoun
}

/// Whether the cue at token `j` follows `who`, `what` or `whom` and a
/// pronoun, not before token `lo` (`whether a person is who they say they
/// are`, `what he says he saw`): a clause that reports no one's words.
pub(super) fn in_free_relative(input: &str, toks: &[Tok], j: usize, lo: usize) -> bool {
    if j < lo + 2 {
        return false;
    }
    let (rel, subject) = (&toks[j - 2], &toks[j - 1]);
    is_word(rel)
        && is_word(subject)
        && matches!(text(input, rel), "who" | "what" | "whom")
        && is_pronoun(text(input, subject))
}

/// An attribution that ends the sentence before token `end` (a full stop):
/// `Schiff said.` or `he said in a statement.`
pub(super) fn cue_ending_sentence(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    end: usize,
    lo: usize,
) -> Option<Found> {
    let from = end.saturating_sub(6).max(lo);
    for k in (from..end).rev() {
        if matches!(toks[k].kind, Kind::Quote(_)) || ends_sentence(&toks[k]) {
            return None;
        }
        if let Some((_, cue)) = cue_at(input, toks, k, end) {
            if in_free_relative(input, toks, k, lo) {
                continue;
            }
            let np = subject_of_cue(input, toks, known, k, lo)?;
            return Some(Found {
                np,
                cue: Some(cue),
                to: None,
            });
        }
    }
    None
}

/// True for a quote token that walks stop at: any but a title or a name
/// between marks (`on NBC's "Meet the Press"`, `Marcia "Cia" Price`), or
/// a short lowercase phrase with no stop of its own (`of being "duped" by
/// "a con"`), which is part of the sentence around it.
///
/// The kind is tested here, inline: the walks ask at every token, and
/// few are quotes.
#[inline(always)]
fn opaque_quote(input: &str, t: &Tok) -> bool {
    matches!(t.kind, Kind::Quote(_)) && opaque_quote_text(input, t)
}

/// Whether token `k` follows a comma: a comma's token, or a quote whose
/// comma is inside its closing mark (`On "Face the Nation," Sanders
/// said`, the American way), which ends an opening phrase all the same.
fn comma_before(input: &str, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k - 1];
    match t.kind {
        Kind::Punct(c) => c == ',',
        Kind::Quote(_) => comma_inside(&input[t.s..t.e]),
        Kind::Word => false,
    }
}

/// Whether the quote `q`, marks included, ends with a comma inside its
/// closing mark.
fn comma_inside(q: &str) -> bool {
    before_closing_mark(q).ends_with(',')
}

/// The quote `q`, marks included, without its closing mark.
fn before_closing_mark(q: &str) -> &str {
    q.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
}

/// [`opaque_quote`] of a quote token.
#[inline(never)]
fn opaque_quote_text(input: &str, t: &Tok) -> bool {
    let quoted = &input[t.s..t.e];
    let content = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    !(super::attribution::is_title_case(content) || embedded_phrase(quoted, content))
}

/// Whether the quote `quoted` (marks and all), whose words are `content`,
/// is a phrase of the sentence around it: lowercase, at most four words,
/// and no stop inside its closing mark.
fn embedded_phrase(quoted: &str, content: &str) -> bool {
    content
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_lowercase)
        && content.split_whitespace().nth(4).is_none()
        && !quoted
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '?' | '!'))
            .ends_with(['.', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::super::{names, scan, tokens};
    use super::*;

    /// [`sentence_subject`] as it was before its shortcuts (every word
    /// asked whether it opens a clause, every test of a name asked).
    #[allow(clippy::too_many_lines)]
    fn sentence_subject_reference(
        input: &str,
        toks: &[Tok],
        known: &Known<'_>,
        j: usize,
        lo: usize,
        descriptions: bool,
    ) -> Option<Np> {
        let mut s = j;
        while s > lo
            && j - s < 60
            && !ends_sentence(&toks[s - 1])
            && !opaque_quote(input, &toks[s - 1])
        {
            s -= 1;
        }
        if let Some(c) = contrast_clause_start(input, toks, s, j) {
            if let Some(np) = reference_from(input, toks, known, j, descriptions, c, true) {
                return Some(np);
            }
        }
        // (A phrase quoted in the sentence before `lo`: no start at `lo`.)
        let opens = !within_sentence_after_quote(input, toks, s, lo);
        reference_from(input, toks, known, j, descriptions, s, opens)
    }

    fn reference_from(
        input: &str,
        toks: &[Tok],
        known: &Known<'_>,
        j: usize,
        descriptions: bool,
        s: usize,
        opens: bool,
    ) -> Option<Np> {
        let mut fallback = None;
        let mut k = s;
        while k < j {
            if !is_word(&toks[k]) {
                k += 1;
                continue;
            }
            let w = text(input, &toks[k]);
            // A subject opens the sentence or follows an opening phrase or a
            // conjunction (`In Miami, Rubio said`, `But Trump said`).
            let subordinate = k == s + 1 && opens_subordinate_clause_to(input, toks, s, j);
            // (Or after a lowercase adverb right after a comma: `, even a
            // top strategist`.)
            let adverb_before = || {
                k > s + 1 && is_word(&toks[k - 1]) && comma_before(input, toks, k - 1) && {
                    let a = text(input, &toks[k - 1]);
                    !is_cap(a) && pronouns::ADVERBS.contains(&a)
                }
            };
            let at_start = (k == s && opens)
                || comma_before(input, toks, k)
                || adverb_before()
                || (is_word(&toks[k - 1]) && CLAUSE_OPENERS.contains(text(input, &toks[k - 1])))
                || subordinate;
            if !at_start {
                k += 1;
                continue;
            }
            // `It’s denouncing ...`, `I’d rather ...`: the pronoun of a
            // contraction.
            let base = w.split(['\'', '’']).next().unwrap_or(w);
            if matches!(
                base,
                "he" | "He" | "she" | "She" | "they" | "They" | "I" | "we" | "We"
            ) {
                return Some(pronoun_np(input, base));
            }
            let after_comma = k > s && (comma_before(input, toks, k) || adverb_before());
            // `Hundreds of demonstrators marched`: a part of a group.
            if descriptions && (is_cap(w) || after_comma) {
                if let Some(e) = partitive_phrase_end(input, toks, k, j) {
                    let words: Words = toks[k..e].iter().map(|t| text(input, t)).collect();
                    let np = analyze(input, &words)?;
                    return Some(named_after_comma(input, toks, &np, e, j).unwrap_or(np));
                }
            }
            // `In a statement, the campaign said`: after an opening phrase the
            // article is lowercase.
            if descriptions && (is_cap(w) || after_comma) && is_determiner(w) {
                // `The Sanders campaign projects that "..."`: the article and
                // the nouns up to the first verb-looking word.
                let noun = |t: &Tok| {
                    is_word(t) && {
                        let x = text(input, t);
                        let lower_not_noun = (x.ends_with('s')
                            && !ends_as_noun_in_ss(x)
                            && !pronouns::DESCRIPTIVE_PLURALS.contains(&x))
                            || x.ends_with("ed")
                            || crate::lexicon::verbs::IRREGULAR_PAST.contains(&x)
                            || crate::lexicon::verbs::PARTICLES.contains(&x)
                            || pronouns::REFLEXIVES.contains(&x)
                            || crate::lexicon::verbs::MODALS.contains(&x);
                        let owner = owner_stem(x).is_some_and(is_noun_like);
                        owner
                            || classes(x) & (FUNCTION | PRONOUN) == 0
                                && (is_cap(x) || !lower_not_noun)
                    }
                };
                let n = nouns_after_article(input, toks, k, j, noun);
                if n > 0 {
                    let n = through_role_of(input, toks, k + n, j) - k;
                    let words: Words = toks[k..=k + n].iter().map(|t| text(input, t)).collect();
                    // `A month later, ...`: a time, not a subject.
                    let time = words.iter().any(|w| TIME_WORDS.contains(w));
                    if !time {
                        let np = analyze(input, &words)?;
                        return Some(
                            named_after_comma(input, toks, &np, k + n + 1, j).unwrap_or(np),
                        );
                    }
                }
            }
            if !super::super::speakers::is_name_word(w) {
                k += 1;
                continue;
            }
            let n = toks[k..j]
                .iter()
                .take_while(|t| is_word(t) && super::super::speakers::is_name_word(text(input, t)))
                .count();
            let n = through_title_of(input, toks, k, n, j);
            if let Some(np) = role_then_name(input, toks, k, n, j) {
                return Some(np);
            }
            // `Attorneys for Clinton appeared`: a plural of people and
            // whom it is of.
            let plural = w.to_ascii_lowercase();
            if descriptions && n == 1 && pronouns::DESCRIPTIVE_PLURALS.contains(&plural.as_str()) {
                if let Some(np) = group_subject(input, toks, k, j) {
                    return Some(np);
                }
            }
            let last = text(input, &toks[k + n - 1]);
            // Not a subject: a sentence-opening adverb or participle
            // (`Speaking to reporters`), a place after a preposition (`In
            // Miami, Rubio said`), a possessor (`Trump's remarks`).
            let next_is_function = toks
                .get(k + 1)
                .is_some_and(|t| is_word(t) && is_function(text(input, t)));
            let next_is_preposition = toks.get(k + 1).is_some_and(|t| {
                is_word(t) && {
                    let p = text(input, t);
                    is_inner_preposition(p) || matches!(p, "to" | "by" | "about")
                }
            });
            // A lone capitalized word opening the sentence that the article never
            // capitalizes elsewhere is a common word: `Smiling, she said` skips
            // it, `Protesters chanted` keeps it as a description.
            // Asked only where the answer counts: the first question builds
            // the article's set of capitalized words.
            let unknown = || k == s && n == 1 && !known.contains(tokens::bare(w));
            let next_is_comma = toks.get(k + 1).is_some_and(|t| t.kind == Kind::Punct(','));
            // What follows a subject is a verb, not a modifier, a determiner
            // or a subordinator (`Hours later, ...`, `Maybe the ...`, `Given
            // his ...`, `Ever since she endorsed`).
            let next_not_verb = toks.get(k + 1).is_some_and(|t| {
                is_word(t) && {
                    let x = text(input, t);
                    (is_determiner(x) && x != "that")
                        || is_pronoun(x)
                        || x.ends_with("ly")
                        || matches!(
                            x,
                            "later" | "earlier" | "ago" | "last" | "next" | "yourself"
                        )
                        || SUBORDINATORS.contains(x)
                }
            });
            let opener = ((next_is_comma || next_not_verb) && unknown())
                || k == s
                    && n == 1
                    && (w.ends_with("ly")
                        || ((w.ends_with("ing") || w.ends_with("ed")) && next_is_function)
                        || next_is_preposition);
            let after_prep = k > s && !subordinate && is_word(&toks[k - 1]) && {
                let p = text(input, &toks[k - 1]);
                is_function(p) && !is_determiner(p) && !CLAUSE_OPENERS.contains(p)
            };
            let possessive = is_possessive(last);
            let region = is_region(input, toks, k, n, s);
            let verb_follows = toks.get(k + n).is_some_and(|t| match t.kind {
                Kind::Word => !is_cap(text(input, t)),
                Kind::Punct(c) => c == ',' || c == '(',
                Kind::Quote(_) => false,
            });
            let modifies = verb_follows && modifies_noun_before_verb(input, toks, k + n, j);
            if modifies && descriptions {
                return noun_modified(input, toks, k, n);
            }
            let verb_follows = verb_follows && !modifies;
            // `Facing mounting criticism from Democrats, Mr. Trump
            // released`: an opening participle's clause runs to its comma.
            let next_is_cue = k + 1 < j && cue_at(input, toks, k + 1, toks.len()).is_some();
            if verb_follows && k == s && n == 1 && is_opening_verb(w) && unknown() && !next_is_cue {
                if let Some(c) = (k + 1..j).find(|&c| toks[c].kind == Kind::Punct(',')) {
                    k = c + 1;
                    continue;
                }
            }
            if possessive
                && descriptions
                && !region
                && !after_prep
                && verb_follows
                && fallback.is_none()
            {
                fallback = possessive_subject(input, toks, k, n, j);
            }
            let nationality = modifies_as_nationality(input, toks, k, n);
            if !(opener || after_prep || possessive || region || nationality) && verb_follows {
                let words: Words = toks[k..k + n.min(6)]
                    .iter()
                    .map(|t| text(input, t))
                    .collect();
                let np = analyze(input, &words).filter(|n| n.how == How::Name)?;
                return Some(if unknown() {
                    Np {
                        how: How::Description,
                        ..np
                    }
                } else {
                    np
                });
            }
            k += n;
        }
        fallback
    }

    /// The subject of the sentence at each token of each paragraph, from
    /// each earlier quote bound, with and without descriptions, as the
    /// reference finds it.
    fn subjects_agree(text: &str) {
        let Ok(a) = crate::parse(text) else { return };
        let known = names::Known::new(&a.paragraphs);
        let (mut pieces, mut toks, mut marks) = (Vec::new(), Vec::new(), Vec::new());
        for p in &a.paragraphs {
            pieces.clear();
            scan::pieces(p.text, p.span.start, &mut pieces);
            tokens::tokenize_whole(p.text, p.span.start, &pieces, &mut toks, &mut marks, true);
            let bounds: Vec<usize> = std::iter::once(0)
                .chain(marks.iter().map(|m| m.at + 1))
                .collect();
            for j in 0..toks.len() {
                for &lo in bounds.iter().filter(|&&lo| lo <= j) {
                    for d in [false, true] {
                        assert_eq!(
                            sentence_subject(text, &toks, &known, j, lo, d),
                            sentence_subject_reference(text, &toks, &known, j, lo, d),
                            "{:?} at {j} from {lo}",
                            p.text
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn sentence_subjects_agree_with_the_reference() {
        subjects_agree(
            "Title\n\nIn Miami, Rubio said it. But Trump said no. he's here, she’d go and \
             they left. We won. In a statement, the campaign said \"no\". Smiling, she \
             said \"yes\". Protesters chanted \"out\". Hours later, Smith left. Speaking \
             to reporters, Jones said so. Trump's remarks were \"bad\". in Salem, New \
             Hampshire, Trump said \"hi\". The Sanders campaign projects that \"x\". \
             A month later, they came. Maybe the plan works. Given his record, Cruz \
             (R-Texas) said \"y\". theyre, hes, shed, wed, I'd say \"z\". Former \
             Secretary of State Madeleine Albright urged it. Chief of Staff Bob Smith \
             came. John Secretary of State went. They can \"outsource\" Middle Eastern \
             rule to \"tyrants\" and \"Coco Beach.\" Smith said \"so\". The head of the \
             Catholic Church called it \"terrible\". The rest of the team said \"no\".\n",
        );
    }

    #[test]
    fn sentence_subjects_agree_with_the_reference_on_the_corpus() {
        super::super::bbc_sample::each_article(30, subjects_agree);
    }

    /// One lookup answers as the time words and the calendar do.
    #[test]
    fn times_and_dates_answer_as_their_tables() {
        let lists = [titles::TIME_WORDS, calendar::WEEKDAYS, calendar::MONTHS];
        let extra = ["May", "may", "Smith", "x", "xé", "Mr.", "days", "Monday's"];
        for w in lists.iter().flat_map(|l| l.iter()).copied().chain(extra) {
            let cap = w[..1].to_ascii_uppercase() + &w[1..];
            for v in [
                w.to_string(),
                cap,
                w.to_ascii_uppercase(),
                format!("{w}."),
                format!("{w}'s"),
                format!("{w}’s"),
            ] {
                let expected = TIME_WORDS.contains(&v) || super::super::speakers::is_calendar(&v);
                assert_eq!(is_time_or_date(&v), expected, "{v:?}");
            }
        }
    }

    /// Each hashed table answers as a binary search of its list does.
    #[test]
    fn hashed_tables_agree_with_their_lists() {
        let probes = ["", "a", "and", "AND", "But", "week", "claim", "x", "é"];
        use crate::lexicon::sets::assert_answers_as;
        assert_answers_as(&ADVERBS, pronouns::ADVERBS, &probes);
        assert_answers_as(&CLAUSE_OPENERS, pronouns::CLAUSE_OPENERS, &probes);
        assert_answers_as(&DESCRIPTIVE_PLURALS, pronouns::DESCRIPTIVE_PLURALS, &probes);
        assert_answers_as(&TIME_WORDS, titles::TIME_WORDS, &probes);
        assert_answers_as(&SPEECH_NOUNS, cues::SPEECH_NOUNS, &probes);
        assert_answers_as(&MUTE_NOUNS, cues::MUTE_NOUNS, &probes);
        assert_answers_as(&NAMING, cues::NAMING, &probes);
        assert_answers_as(&TITLE_LEADS, titles::TITLE_LEADS, &probes);
    }
}
