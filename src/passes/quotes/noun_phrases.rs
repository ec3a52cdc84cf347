//! The speaker phrase that ends right before a token ([`np_back`]): a
//! name with its titles, a description (`the former secretary of State`),
//! a group (`Supporters of Sanders`), read back over the bodies and
//! partitives it may hold.

use super::bodies::{
    and_after_title, and_in_body, and_in_described_body, and_in_named_body, and_in_office,
    body_for, body_of, name_before_number, person_of_before, person_of_before_place,
    place_of_plural, role_of_body, the_inside_name,
};
use super::cue_tokens::cue_at;
use super::grammar::{classes, Words, DETERMINER, FUNCTION, PRONOUN};
use super::speakers::{
    analyze, is_determiner, is_function, is_inner_preposition, is_name_word, is_partitive,
    is_title, pronoun_np, How, Np,
};
use super::subjects::{
    bare_who_antecedent, ends_sentence, is_plain_plural, is_time_or_date, is_word, who_antecedent,
    DESCRIPTIVE_PLURALS,
};
use super::tokens::{is_cap, text, Kind, Tok};
use crate::lexicon::sets::{CUES, GIVEN_NAMES};
use crate::lexicon::{contains_ci, places, titles, verbs};

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
pub(super) fn np_back_of(
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
                bare_who_antecedent(input, toks, j - 1, lo)
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
            // (`the round, bearded businessman laughs`: a comma between two
            // adjectives after the article that opens the phrase.)
            if let Some(d) = article_before_adjectives(input, toks, a - 1, lo).filter(|_| !cap_head)
            {
                a = d;
                break;
            }
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
        // (`BBC Two controller Roly Keating`: a capitalized number after a
        // capitalized word is part of a name, no determiner.)
        let det = c & DETERMINER != 0 && !numbered_name(input, toks, a - 1, lo);
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
/// [`partitive_phrase_end`](super::sentence_subjects::partitive_phrase_end)
/// read past.
pub(super) fn opens_group(w: &str) -> bool {
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
    // (`The MP for Sittingbourne and Sheppey`: a place of two names.)
    let joined = |k: usize| {
        k >= lo + 3
            && text(input, &toks[k - 1]) == "and"
            && is_word(&toks[k - 2])
            && is_cap(text(input, &toks[k - 2]))
            && text(input, &toks[k - 3]) == "for"
    };
    if joined(k) {
        k -= 2;
    }
    // (`The senator from Vermont`: a title's place; `The MP for Ealing
    // North`: an elected one's.)
    let elected = || {
        k >= lo + 2
            && is_word(&toks[k - 2])
            && contains_ci(titles::CONSTITUENCY_TITLES, text(input, &toks[k - 2]))
    };
    if k < lo + 2
        || !(matches!(text(input, &toks[k - 1]), "of" | "from")
            || text(input, &toks[k - 1]) == "for" && elected())
    {
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
    // (`A senior member of the Cabinet`, `Another current member of`: up
    // to two lowercase adjectives between the article and the title.)
    let t = adjectives_after_determiner(input, toks, t, lo).unwrap_or(t);
    let the = t > lo && is_determiner(text(input, &toks[t - 1]));
    let t = t - usize::from(the);
    // The title opens the phrase: after punctuation or an opening time
    // phrase. After another word it heads a longer description (`a
    // Green member of the European Parliament`, `president and CEO of`),
    // whose person is named before it.
    let opens = t == lo || !is_word(&toks[t - 1]) || is_time_or_date(text(input, &toks[t - 1]));
    opens.then_some(t)
}

/// The token of the first of one or two lowercase words of no closed
/// class (no cue) right before token `t`, when a determiner stands right
/// before them: the adjectives of a phrase whose title is at `t`.
fn adjectives_after_determiner(input: &str, toks: &[Tok], t: usize, lo: usize) -> Option<usize> {
    let mut a = t;
    while a > lo && t - a < 2 && may_be_adjective(input, &toks[a - 1]) {
        a -= 1;
    }
    (a < t && a > lo && is_word(&toks[a - 1]) && is_determiner(text(input, &toks[a - 1])))
        .then_some(a)
}

/// Where the titles that end right before token `i` start (`i` when none
/// do), not before token `lo`: `Foreign Minister` of `Foreign Minister
/// Sergei Lavrov`.
#[inline(always)]
pub(super) fn titles_start(input: &str, toks: &[Tok], i: usize, lo: usize) -> usize {
    let mut t = i;
    while t > lo && is_word(&toks[t - 1]) && is_title(text(input, &toks[t - 1])) {
        t -= 1;
    }
    t
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

/// The token of the article that opens a phrase whose first two
/// adjectives the comma at token `comma` parts (`"...," the round, bearded
/// businessman laughs`, `The hand-written, four-page lawsuit said`): one
/// lowercase word of no closed class right before the comma, and an
/// article before it that opens the clause, with no word before it after
/// token `lo`.
fn article_before_adjectives(input: &str, toks: &[Tok], comma: usize, lo: usize) -> Option<usize> {
    if toks[comma].kind != Kind::Punct(',') || comma < lo + 2 {
        return None;
    }
    let (det, adj) = (&toks[comma - 2], &toks[comma - 1]);
    let opens = comma - 2 == lo || !is_word(&toks[comma - 3]);
    (opens
        && is_word(det)
        && adj.e == toks[comma].s
        && may_be_adjective(input, adj)
        && contains_ci(crate::lexicon::pronouns::ARTICLES, text(input, det)))
    .then_some(comma - 2)
}

/// Whether token `t` may be an adjective inside a describing phrase: a
/// lowercase word of no closed class that is no cue
/// ([`article_before_adjectives`], [`adjectives_after_determiner`]).
fn may_be_adjective(input: &str, t: &Tok) -> bool {
    let w = text(input, t);
    is_word(t) && !is_cap(w) && classes(w) == 0 && !CUES.contains(w)
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
                // (The comma between two adjectives, read past: see
                // [`article_before_adjectives`].)
                Some(_) if t.kind == Kind::Punct(',') => {}
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

/// Whether the capitalized word `w` stands for a person of a nation as a
/// noun: a nation's adjective (`the American`) or a noun of its own (`the
/// Frenchman`).
fn is_demonym(w: &str) -> bool {
    contains_ci(places::NATIONALITIES, w) || contains_ci(places::DEMONYMS, w)
}

/// Whether the word at token `k` (after `lo`) is a capitalized number that
/// a capitalized word before it takes into a name, as a number in digits
/// is ([`name_before_number`]), and a lowercase word follows (`BBC Two
/// controller`, `Channel Four presenter`): not inside a name (`Henk Ten
/// Cate`).
fn numbered_name(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    let w = text(input, &toks[k]);
    is_cap(w)
        && toks
            .get(k + 1)
            .is_some_and(|t| is_word(t) && !is_cap(text(input, t)))
        && contains_ci(crate::lexicon::pronouns::QUANTITIES, w)
        && name_before_number(input, toks, k, lo)
}
