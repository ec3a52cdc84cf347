//! Speaker phrases found by walking a paragraph's tokens: the phrase before
//! a cue, after a comma and an appositive, the speaker of a cue wherever it
//! stands ([`subject_of_cue`]), and the tables and token tests the walks
//! share. The walks back read phrases with [`noun_phrases`] and
//! [`bodies`]; the subject of a sentence is [`sentence_subjects`]', and
//! which words are cues [`cue_tokens`]'. Walks stop at quotes and sentence
//! ends and read a bounded number of tokens.
//!
//! [`noun_phrases`]: super::noun_phrases
//! [`bodies`]: super::bodies
//! [`sentence_subjects`]: super::sentence_subjects
//! [`cue_tokens`]: super::cue_tokens

use super::attribution::Found;
use super::bodies::person_of_in_appositive;
use super::cue_tokens::cue_at;
use super::descriptions::opens_with_article;
use super::grammar::{
    before_apostrophe, cited_source, classes, cue, inverted_description, invertible,
    is_lone_adverb, np_words, one_of_ci, preceded_ws, role_of_appositive, span_of, Words,
    DETERMINER, FUNCTION,
};
use super::noun_phrases::{np_back, np_back_of};
use super::sentence_subjects::sentence_subject;
use super::speakers::{
    analyze, is_determiner, is_function, is_inner_preposition, is_name_word, is_personal,
    is_pronoun, is_title, pronoun_np, How, Np,
};
use super::tokens::{is_cap, text, Kind, Tok};
use crate::lexicon::sets::{Lexicon, WEEKDAYS};
use crate::lexicon::{calendar, contains_ci, cues, places, pronouns, titles, verbs};
use crate::span::{offset_in, Span};

/// Hashed forms of the tables the walks ask about at many tokens: a
/// binary search folding case costs several compares a word, a lookup
/// hashes it once.
pub(super) static ADVERBS: Lexicon<64> = Lexicon::new(&[pronouns::ADVERBS]);
pub(super) static CLAUSE_OPENERS: Lexicon<8> = Lexicon::new(&[pronouns::CLAUSE_OPENERS]);
pub(super) static COORDINATORS: Lexicon<8> = Lexicon::new(&[pronouns::COORDINATORS]);
pub(super) static SUBORDINATORS: Lexicon<16> =
    Lexicon::new(&[pronouns::SUBORDINATORS, pronouns::SUBORDINATE_AS]);
pub(super) static DESCRIPTIVE_PLURALS: Lexicon<64> = Lexicon::new(&[pronouns::DESCRIPTIVE_PLURALS]);
pub(super) static TIME_WORDS: Lexicon<32> = Lexicon::new(&[titles::TIME_WORDS]);
/// The time words, weekdays and months, in the order of their bits: the
/// three questions a describing subject's every word is asked, one lookup.
pub(super) static TIMES_AND_DATES: Lexicon<64> =
    Lexicon::new(&[titles::TIME_WORDS, calendar::WEEKDAYS, calendar::MONTHS]);

/// Whether `det` opens a time phrase that may open a sentence before its
/// subject with no comma (`This week Ed told`, `Last year Ms Lee said`): a
/// word of [`titles::TIME_DETERMINERS`] before one of [`TIME_WORDS`].
pub(super) fn is_time_determiner(det: &str) -> bool {
    contains_ci(titles::TIME_DETERMINERS, det)
}

/// True for a time word or (by [`is_calendar`](super::speakers::is_calendar))
/// a weekday or month: one lookup where three would hash the word.
pub(super) fn is_time_or_date(w: &str) -> bool {
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
pub(super) static ANSWERED_NOUNS: Lexicon<32> = Lexicon::new(&[cues::ANSWERED_NOUNS]);
pub(super) static NAMING: Lexicon<16> = Lexicon::new(&[cues::NAMING]);
pub(super) static TITLE_LEADS: Lexicon<32> = Lexicon::new(&[titles::TITLE_LEADS]);
pub(super) static WORK_NOUNS: Lexicon<32> = Lexicon::new(&[titles::WORK_NOUNS]);

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
            && (is_city_state(input, toks, k, appos) || in_place_before(input, toks, k, lo, appos))
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
            // (`a woman in Worcester, Massachusetts, told him`, `A man
            // from Omaha, Nebraska, said`: a place after `in`, `from` or
            // `for` is where the speaker is, named before it.)
            let np = np_back_paren(input, toks, first_comma, lo).and_then(|np| {
                let f = first_token_from(toks, np.mention.start, first_comma);
                let place = || matches!(text(input, &toks[f - 1]), "in" | "from" | "for");
                if f > lo + 1 && is_word(&toks[f - 1]) && place() {
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
pub(super) fn is_plain_plural(w: &str) -> bool {
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
        && (is_city_state(input, toks, c, appos) || in_place_before(input, toks, c, lo, appos))
}

/// True when the words before the comma at token `k` are a place after
/// `in` (`in Dunedin, New Zealand, said`): the appositive after the comma,
/// `appos`, is the place's country or state, not a speaker's name. So too
/// after `from` or `for` when the appositive is one word (`MP for
/// Henley-on-Thames, Oxfordshire, said`, `from Omaha, Nebraska,`): a name
/// set off so after a body is a person's in full (`a spokesman for Oxfam,
/// Jane Smith, said`).
fn in_place_before(input: &str, toks: &[Tok], k: usize, lo: usize, appos: &[Tok]) -> bool {
    let mut b = k;
    while b > lo && k - b < 3 && is_word(&toks[b - 1]) && is_name_word(text(input, &toks[b - 1])) {
        b -= 1;
    }
    b < k
        && b > lo
        && is_word(&toks[b - 1])
        && match text(input, &toks[b - 1]) {
            "in" => true,
            "from" | "for" => appos.len() == 1,
            _ => false,
        }
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
pub(super) fn who_antecedent(input: &str, toks: &[Tok], comma: usize, lo: usize) -> Option<Span> {
    // (`Sen. Ann Lee (D-Ohio), who`, `the Music Managers' Forum (MMF),
    // who`: the phrase before the parenthesis.)
    let mut n = np_back_paren(input, toks, comma, lo);
    if let Some(place) = n {
        // `Sen. Marco Rubio of Florida, who`: the person, not the place
        // after `of` or `from`.
        let k = first_token_from(toks, place.mention.start, comma);
        let before = (k >= lo + 2 && is_word(&toks[k - 1]))
            .then(|| text(input, &toks[k - 1]))
            .filter(|p| matches!(*p, "of" | "from"))
            .and_then(|_| np_back(input, toks, k - 1, lo));
        match before {
            Some(p) if p.how == How::Name => return Some(p.mention),
            // (`Princess Marguerite of Romania, the daughter of ex-King
            // Michael of Romania, who`: a description of a person, which
            // stands for the name it is in apposition to, below.)
            Some(p) if p.how == How::Description => n = Some(p),
            _ => {}
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

/// What `who` at token `w` stands for when no comma comes before it: a
/// dash sets its clause off as a comma does (`Donald Trump - who`, read
/// by [`who_antecedent`]); else the name right before (`backed by Culture
/// Secretary Tessa Jowell who said`; a longer phrase may run back into
/// the clause before: `Obama rebuked critics who`), unless a preposition
/// makes it a place or a body (`a staff member for the campaign in
/// Philadelphia who said`), or a description that opens with an article
/// (`a candidate who has called for`), which stands for the name it is in
/// apposition to, if any (`Braynard, a South Carolina native who`): not
/// the last one named.
pub(super) fn bare_who_antecedent(input: &str, toks: &[Tok], w: usize, lo: usize) -> Option<Span> {
    if w > lo + 1 && is_dash(&toks[w - 1]) {
        return who_antecedent(input, toks, dash_start(toks, w - 1, lo), lo);
    }
    // (An object may be a description: `told a young woman who`.)
    let a = np_back(input, toks, w, lo).or_else(|| {
        np_back_of(input, toks, w, lo, false, true).filter(|a| a.how == How::Description)
    })?;
    if word_before_phrase(input, toks, a.mention.start, w, lo).is_some_and(is_inner_preposition) {
        return None;
    }
    match a.how {
        How::Name => Some(a.mention),
        How::Description if opens_with_article(&input[a.mention.range()]) => {
            let k = first_token_from(toks, a.mention.start, w);
            let named = (k > lo + 1 && toks[k - 1].kind == Kind::Punct(','))
                .then(|| np_back_paren(input, toks, k - 1, lo))
                .flatten()
                .filter(|p| p.how == How::Name);
            Some(named.map_or(a.mention, |p| p.mention))
        }
        _ => None,
    }
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
    // speaker is the source. (Not a relative pronoun's: `Her words were
    // echoed by Richard Eyre who called the work "..."`, whose clause says
    // what its antecedent did, and no cue reports it. A `which` stands for
    // a thing, whose maker the outer cue may name: `Henry added the caption
    // which reads, "..."`.)
    let relative = || np.antecedent.is_some() && &input[np.mention.range()] == "who";
    if k < toks.len() && k > lo + 1 && !relative() {
        if let Some(outer) = outer_speaker(input, toks, k, lo) {
            return Some(outer);
        }
    }
    Some(np)
}

/// The word right before the phrase starting at byte `at` (a few tokens
/// before token `near`), if that word comes after token `lo`.
pub(super) fn word_before_phrase<'a>(
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
    let passive = be_before(input, toks, j, lo);
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
pub(super) fn stops_or_quote(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '?' | '!') | Kind::Quote(_))
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

/// Whether `cue` names what it is said of (`called`, `dubbed`).
fn is_naming(cue: &str) -> bool {
    cue == "called" || cues::NAMING.contains(&cue)
}

/// Whether the cue at token `k` (`after` the token past it; not before
/// token `lo`) is in the passive, after a form of `be`, with an agent
/// after it: `a form that can be read by the handheld tablets.` Its
/// subject says nothing, and the agent is not always a speaker. (Not
/// `Dr Fox was asked if ...`: one asked, or told, or accused, with no
/// agent, speaks in the quote after as often as not.)
#[inline(never)]
pub(super) fn passive_with_agent(
    input: &str,
    toks: &[Tok],
    k: usize,
    after: usize,
    lo: usize,
) -> bool {
    be_before(input, toks, k, lo) && agent_at(input, toks, after)
}

/// Whether a form of `be` is the word right before token `k`, not before
/// token `lo`: with a participle at `k`, a passive (`was told`).
pub(super) fn be_before(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    k > lo && is_word(&toks[k - 1]) && is_be_form(text(input, &toks[k - 1]))
}

/// Whether token `k` is `by`, which brings in the agent of a participle
/// right before it (`added by Republicans`).
pub(super) fn agent_at(input: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| is_word(t) && text(input, t) == "by")
}

/// Whether `np`, the subject of a cue, describes a thing that no one
/// speaks for (`... rates may rise if the growth continued at this
/// level.`): the cue is a verb of other things too (`continued`,
/// `questions`) and reports no one's words.
pub(super) fn describes_no_speaker(input: &str, np: &Np) -> bool {
    np.how == How::Description
        && !super::descriptions::may_speak(super::index::last_word(&input[np.mention.range()]))
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
        if let Some((after, cue)) = cue_at(input, toks, k, end) {
            if in_free_relative(input, toks, k, lo) {
                continue;
            }
            // (`handheld computers called E-slates.`: a cue that names, a
            // name after it to the stop, says what a thing is called.)
            let named = || {
                after < end
                    && toks[after..end]
                        .iter()
                        .all(|t| is_word(t) && is_cap(text(input, t)))
                    && is_naming(&input[cue.range()])
            };
            if passive_with_agent(input, toks, k, after, lo) || named() {
                return None;
            }
            let np = subject_of_cue(input, toks, known, k, lo)?;
            if describes_no_speaker(input, &np) {
                return None;
            }
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
pub(super) fn opaque_quote(input: &str, t: &Tok) -> bool {
    matches!(t.kind, Kind::Quote(_)) && opaque_quote_text(input, t)
}

/// Whether token `k` follows a comma: a comma's token, or a quote whose
/// comma is inside its closing mark (`On "Face the Nation," Sanders
/// said`, the American way), which ends an opening phrase all the same.
pub(super) fn comma_before(input: &str, toks: &[Tok], k: usize) -> bool {
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
pub(super) fn before_closing_mark(q: &str) -> &str {
    q.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}'])
}

/// [`opaque_quote`] of a quote token.
#[inline(never)]
pub(super) fn opaque_quote_text(input: &str, t: &Tok) -> bool {
    let quoted = &input[t.s..t.e];
    let content = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    !(super::non_speech::is_title_case(content) || embedded_phrase(quoted, content))
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_answers_as(&COORDINATORS, pronouns::COORDINATORS, &probes);
        assert_answers_as(&DESCRIPTIVE_PLURALS, pronouns::DESCRIPTIVE_PLURALS, &probes);
        assert_answers_as(&TIME_WORDS, titles::TIME_WORDS, &probes);
        assert_answers_as(&SPEECH_NOUNS, cues::SPEECH_NOUNS, &probes);
        assert_answers_as(&ANSWERED_NOUNS, cues::ANSWERED_NOUNS, &probes);
        assert_answers_as(&NAMING, cues::NAMING, &probes);
        assert_answers_as(&TITLE_LEADS, titles::TITLE_LEADS, &probes);
        assert_answers_as(&WORK_NOUNS, titles::WORK_NOUNS, &probes);
    }
}
