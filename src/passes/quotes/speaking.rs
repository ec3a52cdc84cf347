//! Whether a name speaks or acts: a cue or a verb after it (past an
//! appositive, a clause or the body it speaks for), or a cue before it
//! (`Also, said Mr Flynn,`); and the words that join a person to a body
//! (`Mr Hirsch from Retail Banking Research`).

use super::index;
use super::speakers::{self, gender_of_pronoun, Gender};
use super::{grammar, subjects};
use crate::lexicon::{cues, organizations, pronouns, sets, verbs};
use crate::span::Span;

/// `rest`, the text after a subject, past the adverbs or auxiliaries it
/// opens with, two at most (`later` of `A spokesman later said`, `has
/// also` of `a spokesman has also said`): where their verb may start.
pub(super) fn past_adverbs(mut rest: &str) -> &str {
    for _ in 0..2 {
        let r = rest.strip_prefix(' ').unwrap_or(rest);
        let Some((word, _)) = r.split_once(' ') else {
            break;
        };
        if !subjects::ADVERBS.contains(word) {
            break;
        }
        rest = &r[word.len()..];
    }
    rest
}

/// [`speaks`], or a verb in the past follows (`But a spokesman for the
/// Home Office defended the proposals. He said:`): one who speaks for a
/// body and did something in its sentence is whom a `he` or `she` after
/// it means, as one who spoke is.
pub(super) fn speaks_or_acts(rest: &str) -> bool {
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    let word = &r[..r
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(r.len())];
    speaks(rest)
        || (word.len() > 4
            && word.as_bytes()[0].is_ascii_lowercase()
            && (word.ends_with("ed") || verbs::is_irregular_past(word)))
}

/// `A spokesman for the UK Film Council said`: whether the words before
/// byte `start` of `input` are a role of [`organizations::SPEAKS_FOR`] and
/// `for`, `of` or `at`, maybe with `the`. The organization then stands for
/// the person who speaks for it, whom a later `he` or `she` may mean.
pub(super) fn speaks_for(input: &str, start: usize) -> bool {
    let (mut before, mut word) = split_last_word(input[..start].trim_end());
    if word.eq_ignore_ascii_case("the") {
        (before, word) = split_last_word(before);
    }
    if !grammar::one_of_ci(word, &["for", "of", "at"]) {
        return false;
    }
    crate::lexicon::contains_ci(organizations::SPEAKS_FOR, index::last_word(before))
}

/// Whether the text from byte `a` to byte `b` of `input` joins a person
/// to an organization: `of`, `of the`, maybe after a comma.
pub(super) fn of_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim();
    let gap = gap.strip_prefix(',').unwrap_or(gap).trim_start();
    matches!(gap, "of" | "of the")
}

/// `Mr Hirsch from Retail Banking Research said`: whether the text from
/// byte `a` to byte `b` of `input` is `of`, `from` or `at` (maybe with
/// `the`), which joins a person to where the person is from.
pub(super) fn of_from_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim();
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    matches!(gap, "of" | "from" | "at")
}

/// Whether the text from byte `a` to byte `b` of `input` is an appositive
/// role that is of what follows: `, executive partner of`, `, a professor
/// at the`: a comma, a few lowercase words, and `of`, `at` or `for` (maybe
/// with `the`).
pub(super) fn role_of_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim_end();
    let Some(gap) = gap.strip_prefix(',') else {
        return false;
    };
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    let mut words = gap.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    let mut n = 0;
    let lower = words.all(|w| {
        n += 1;
        w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
    });
    lower && (1..=5).contains(&n) && matches!(last, "of" | "at" | "for")
}

/// Whether `rest` (the text after a name) opens with a cue, after a space
/// at most: `said ...`, `fired back: ...`. Asked of the grammar's own cue
/// recognizer; not `according to`, which cites the name after it.
pub(super) fn speaks(rest: &str) -> bool {
    // (`Aaron Sharockman\u{a0}responded`: pages pasted from the web hold
    // no-break spaces between words.)
    let rest = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
        .unwrap_or(rest);
    grammar::cue_bytes(rest.as_bytes()).is_some_and(|kinds| {
        grammar::cue_of_kinds(rest, kinds)
            .is_ok_and(|(_, cue)| !cue.eq_ignore_ascii_case("according to"))
    })
}

/// `Also, said Mr Flynn, Vodafone has ...`: whether a cue that may come
/// before its subject stands right before the run `run` (a courtesy title
/// or a title between), after a comma, and a comma or a stop follows the
/// run: the run is who speaks. Not after a subject of its own (`He said
/// Mr Flynn would ...`), nor before a verb (`Mr. Coffman, who represents
/// ..., said Mr. Trump had ...`): there the run is talked about; nor a
/// `told` (`told Mr Flynn`: the one spoken to).
pub(super) fn spoken_after_cue(input: &str, run: Span) -> bool {
    if !input[run.end..].starts_with([',', '.', ';', ':']) {
        return false;
    }
    let (mut before, mut word) = split_last_word(input[..run.start].trim_end());
    let (gender, title) = speakers::gender_and_title(word);
    if gender != Gender::Unknown || title {
        (before, word) = split_last_word(before);
    }
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && before.ends_with(',')
        && speaks(word)
        && grammar::invertible(word)
}

/// [`speaks`], or a clause that opens with a lowercase word (a relative
/// clause, an appositive) between commas, maybe an appositive of its own
/// after it, and then a cue: `the UK Film Council, which funds the
/// project, said`, `John Denham, a spokesman for the club, said`,
/// `John Denham, chief executive of Denham Holdings, a small firm, said`;
/// or a parenthesis, then a cue: `Rep. Hank Johnson (D-Ga.) said`; or an
/// appositive between dashes ([`past_dashed_appositive`]).
pub(super) fn speaks_past_clause(rest: &str) -> bool {
    if speaks(rest) {
        return true;
    }
    if let Some(after) = past_dashed_appositive(rest) {
        return speaks(after);
    }
    if rest.starts_with(" (") {
        return grammar::past_parenthetical(rest).is_some_and(speaks);
    }
    let Some(clause) = aside(rest) else {
        return false;
    };
    if !clause.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    // `a debut nomination for Staunton, 49, who told BBC News 24 she`: a
    // relative clause whose verb says so says the run speaks, with no
    // closing comma to wait for.
    if relative_cue(clause) {
        return true;
    }
    let Some(after) = after_closing_comma(clause, 120) else {
        return false;
    };
    // `a moon of Mars, but his wife, Angelina, urged him on`: a clause
    // that a conjunction opens is no aside about the run but the next of
    // the sentence, with a subject of its own. (Asked once a comma closes
    // the clause, as the words after it count only then.)
    let first = &clause[..clause.find(' ').unwrap_or(clause.len())];
    if subjects::COORDINATORS.contains(first) {
        return false;
    }
    // `The Scot defended Beattie, whose dismissal put Everton on the back
    // foot, saying`: a participle after a relative clause is the
    // sentence's subject's, the run its verb's object. (After a verb's
    // phrase it is the run's: `Hillary Clinton, drew a contrast, saying`.)
    let cue = |rest: &str| {
        let participle = || {
            let w = rest.trim_start();
            let n = w.bytes().take_while(u8::is_ascii_alphabetic).count();
            grammar::is_ing_form(&w[..n])
        };
        let relative = || {
            let n = clause.bytes().take_while(|&b| b != b' ').count();
            pronouns::RELATIVES.contains(&&clause[..n])
        };
        speaks(rest) && !(participle() && relative())
    };
    // (`But Parry, speaking exclusively to BBC Sport, also admits`:
    // adverbs may stand between the aside and the cue.)
    cue(after)
        || grammar::adverbs(after).is_some_and(cue)
        || after_closing_comma(after, 120).is_some_and(cue)
}

/// The aside that `rest`, the text after a run, opens with a comma: what
/// follows the comma, or an age set off by commas after it (`Jimmy Ghazal,
/// 39, a Lebanese man visiting Nice, told`; the age read by its digits
/// alone: the rest runs to the text's end).
fn aside(rest: &str) -> Option<&str> {
    let clause = super::sentences::after_comma(rest)?;
    let age = clause.bytes().take_while(u8::is_ascii_digit).count();
    match super::sentences::after_comma(&clause[age..]) {
        Some(after) if age > 0 => Some(after),
        _ => Some(clause),
    }
}

/// `Staunton, 49, who told`: whether a relative clause about a person
/// that says the person speaks opens the aside after a run (`rest` is the
/// text after it).
pub(super) fn who_speaks(rest: &str) -> bool {
    aside(rest).is_some_and(relative_cue)
}

/// Whether `clause` opens with `who` and one of [`cues::RELATIVE_CUES`].
fn relative_cue(clause: &str) -> bool {
    clause.strip_prefix("who ").is_some_and(|rest| {
        let verb = rest.split(|c: char| !c.is_ascii_alphabetic()).next();
        verb.is_some_and(|v| cues::RELATIVE_CUES.contains(&v))
    })
}

/// The text after the comma that closes the clause `text` opens, when
/// that comma comes within `reach` bytes and before any stop (a clause
/// does not cross its sentence's end).
fn after_closing_comma(text: &str, reach: usize) -> Option<&str> {
    let within = &text.as_bytes()[..text.len().min(reach)];
    match memchr::memchr2(b',', b'.', within) {
        Some(k) if within[k] == b',' => Some(&text[k + 1..]),
        _ => None,
    }
}

/// The text after the comma that closes an appositive opening `text`,
/// within [`APPOSITIVE_REACH`] bytes, with no sentence's end before it: a
/// dot only ends an abbreviation there, before a letter or the comma
/// (`D-Nev.,`).
pub(super) fn after_appositive(text: &str) -> Option<&str> {
    let within = &text.as_bytes()[..text.len().min(APPOSITIVE_REACH)];
    let k = memchr::memchr(b',', within)?;
    let abbreviated = memchr::memchr_iter(b'.', &within[..k])
        .all(|d| d + 1 == k || within[d + 1].is_ascii_alphabetic());
    abbreviated.then(|| &text[k + 1..])
}

/// Whether a verb follows the run `run`, past an appositive between
/// commas or dashes and an adverb (`Allianz, a leading German insurer,
/// said`, `LG Group has said`, `BA will now suspend`): a cue, an
/// auxiliary, a form of `be` or `have`, or a past in `-ed`. (`Business
/// leaders had opposed`: a capitalized word before a noun opens a longer
/// subject.)
pub(super) fn verb_follows(input: &str, run: Span) -> bool {
    let mut rest = &input[run.end..];
    if let Some(r) = past_dashed_appositive(rest) {
        rest = r;
    } else if let Some(r) = rest.strip_prefix(',') {
        // (Its closing comma looked for nearby only: each `it` asks.)
        let near = &r.as_bytes()[..r.len().min(APPOSITIVE_REACH)];
        match memchr::memchr(b',', near) {
            Some(close) => rest = &r[close + 1..],
            None => return false,
        }
    }
    // (The adverbs a cue may follow hold `is` and `has`: a verb is asked
    // of the first word before it is passed over as one.)
    let mut words = rest.split_ascii_whitespace();
    let w = words.next().unwrap_or("");
    is_verb(w) || (subjects::ADVERBS.contains(w) && is_verb(words.next().unwrap_or("")))
}

/// Whether `w` is a verb [`verb_follows`] takes: a cue, an auxiliary, a
/// past in `-ed`.
fn is_verb(w: &str) -> bool {
    sets::CUES.contains(w) || subjects::is_auxiliary(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// How many words a phrase after a description's head may hold before
/// its verb ([`verb_follows_phrase`]).
const PHRASE_WORDS: usize = 6;

/// Whether a verb follows the phrase `run` past a phrase that `on`, `of`,
/// `into`, `by` or `about` opens, within [`PHRASE_WORDS`] words and no
/// comma, stop or opening quotation mark (`A National Audit Office report
/// on the 20 biggest projects says`): the description is still the
/// subject.
pub(super) fn verb_follows_phrase(input: &str, run: Span) -> bool {
    let mut words = input[run.end..].split_ascii_whitespace();
    if !matches!(words.next(), Some("on" | "of" | "into" | "by" | "about")) {
        return false;
    }
    for w in words.take(PHRASE_WORDS) {
        if is_verb(w) {
            return true;
        }
        if w.ends_with([',', '.', ';', ':']) || w.starts_with(['"', '\u{201c}']) {
            return false;
        }
    }
    false
}

/// Whether the run `run` modifies the lowercase noun right after it (`the
/// UK housing market`, `the GOP-led investigation`, `a crucial Commons
/// vote`): a word of letters follows after a space, and no verb (a cue,
/// an auxiliary, a past in `-ed` or an irregular one, a word in `-s`,
/// which may be one: `Google says`, a participle before an article:
/// `Lycos Europe announcing the`) nor an adverb (`The BPI strongly
/// believes`). Such a name is no subject.
pub(super) fn modifies_noun(input: &str, run: Span) -> bool {
    let Some(rest) = input[run.end..].strip_prefix(' ') else {
        return false;
    };
    let len = rest
        .find(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .unwrap_or(rest.len());
    let (w, after) = rest.split_at(len);
    let participle = || {
        w.ends_with("ing")
            && after
                .strip_prefix(' ')
                .and_then(|a| a.split(' ').next())
                .is_some_and(|a| pronouns::ARTICLES.contains(&a))
    };
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && !(sets::CUES.contains(w)
            || sets::FUNCTION_WORDS.contains(w)
            || subjects::is_auxiliary(w)
            || w.ends_with("ed")
            || w.ends_with('s')
            || w.ends_with("ly")
            || verbs::is_irregular_past(w)
            || subjects::ADVERBS.contains(w)
            || participle())
}

/// How many bytes an appositive that [`verb_follows`], [`after_appositive`]
/// and [`past_dashed_appositive`] read past may hold.
const APPOSITIVE_REACH: usize = 120;

/// The dashes that may set off an appositive: spaced (`Fund manager
/// Florian Hamm - Borussia Dortmund's largest investor - said`), typed as
/// two hyphens (`Gerry Conlon -- who was wrongly convicted -- said`), or an
/// em dash set close, as many American papers set it (`Gerry Conlon—who
/// was wrongly convicted—said`, and typed, `Conlon--who`). (An en dash or
/// a hyphen set close joins words and numbers: `2007–09`,
/// `Hewlett-Packard`.)
const APPOSITIVE_DASHES: [&str; 6] = [" - ", " \u{2013} ", " \u{2014} ", " -- ", "\u{2014}", "--"];

/// `rest`, the text after a name, past an appositive set off by dashes
/// that opens it (the same dash closing it within [`APPOSITIVE_REACH`]
/// bytes, no stop before): from the space after a spaced closing dash, or
/// from the byte after a close-set one. None when `rest` opens with no
/// such appositive.
pub(super) fn past_dashed_appositive(rest: &str) -> Option<&str> {
    // (Most names are followed by a space and a letter, a comma or a
    // stop: two bytes turn them away.)
    let b = rest.as_bytes();
    let spaced = b.first() == Some(&b' ') && matches!(b.get(1), Some(b'-' | 0xE2));
    if !spaced && !matches!(b, [b'-', b'-', ..] | [0xE2, ..]) {
        return None;
    }
    let dash = APPOSITIVE_DASHES.iter().find(|d| rest.starts_with(**d))?;
    let inner = &rest[dash.len()..];
    let near = &inner.as_bytes()[..inner.len().min(APPOSITIVE_REACH)];
    let close = memchr::memmem::find(near, dash.as_bytes())?;
    if memchr::memchr(b'.', &near[..close]).is_some() {
        return None;
    }
    // A spaced dash's last byte is its space, which the text after keeps.
    let kept = usize::from(dash.ends_with(' '));
    Some(&inner[close + dash.len() - kept..])
}

/// Whether `rest` opens with a cue and then a pronoun of gender `want`
/// (`said he was`, `admitted she had`): the pronoun is the subject's
/// before the cue, whose gender it says.
pub(super) fn cue_then_pronoun(rest: &str, want: Gender) -> bool {
    let mut words = rest.splitn(3, ' ');
    let (Some(cue), Some(pronoun)) = (words.next(), words.next()) else {
        return false;
    };
    cue_and_pronoun(cue, pronoun, want)
}

/// Whether `cue` is a cue and `pronoun` a pronoun of gender `want` (which
/// is known): what [`cue_then_pronoun`] and
/// [`opens_with_other_name`](super::sentences::opens_with_other_name) ask
/// of the words they read.
pub(super) fn cue_and_pronoun(cue: &str, pronoun: &str, want: Gender) -> bool {
    want != Gender::Unknown && gender_of_pronoun(pronoun) == want && speaks(cue)
}

/// `text` (with no whitespace at its end) split before its last word: what
/// stands before the word, trimmed, and the word (`a spokesman for` gives
/// `a spokesman` and `for`).
pub(super) fn split_last_word(text: &str) -> (&str, &str) {
    let word = index::last_word(text);
    (text[..text.len() - word.len()].trim_end(), word)
}

/// Whether `text` holds `word` (which ends in a space) at its start or
/// after a byte that is no letter or digit.
pub(super) fn holds_word(text: &[u8], word: &[u8]) -> bool {
    memchr::memmem::find_iter(text, word).any(|k| k == 0 || !text[k - 1].is_ascii_alphanumeric())
}

/// Whether `text` holds `word` as a word of its own: no letter or digit
/// right before or right after it.
pub(super) fn holds_whole_word(text: &[u8], word: &[u8]) -> bool {
    memchr::memmem::find_iter(text, word).any(|k| {
        (k == 0 || !text[k - 1].is_ascii_alphanumeric())
            && !text
                .get(k + word.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}
