//! Where sentences and clauses start and end around a name, and what
//! opens them (fronted phrases, bullets, joined clauses); whether the
//! sentences after a subject go on about it up to a pronoun; and the
//! quotation marks those readings step over.

use super::attribution;
use super::index;
use super::speakers::{self, is_title, Gender};
use super::speaking::{
    after_appositive, cue_and_pronoun, cue_then_pronoun, past_dashed_appositive, split_last_word,
};
use super::NEW_SPEAKER_REACH;
use super::{grammar, speaking, subjects, tokens};
use crate::lexicon::{pronouns, titles, verbs};
use crate::span::Span;

/// The most bytes a bracket after a name runs to its close: a party and
/// state, `(D-Nev.)`, `(R-Texas)`, `(I-Vt.)`.
const TAG_REACH: usize = 24;

/// Where the text an `it` at byte `pos` may stand for something in starts
/// ([`Resolver::body_opening_since`](super::resolver::Resolver::body_opening_since),
/// [`body_described_since`](super::descriptions::body_described_since)):
/// its sentence or the one before it (farther back, the text has moved on
/// to other things `it` may mean), after the last speaker phrase (at
/// `since`) and within [`NEW_SPEAKER_REACH`] bytes, from a character's
/// start.
pub(super) fn it_context_start(input: &str, pos: usize, since: usize) -> usize {
    let lo = char_start_from(input, since.max(pos.saturating_sub(NEW_SPEAKER_REACH)), pos);
    sentence_before_start(input, lo, pos)
}

/// The first character's start in `input` at or after byte `lo`, or
/// `hi` when none comes before it: where a reach cut at `lo` may be read
/// from.
pub(super) fn char_start_from(input: &str, lo: usize, hi: usize) -> usize {
    (lo..hi).find(|&k| input.is_char_boundary(k)).unwrap_or(hi)
}

/// Where the sentence before the one that holds byte `pos` starts, or
/// `lo` when that is farther back. The sentences of a quotation do not
/// count (`Sony has said ... "The product is localised ... months," it
/// said`): a stop stands inside one when the last mark before it opens
/// one, read from `lo` (news leaves a quotation of several sentences open
/// and opens it again: `"It is late. "Wait," it said`). (Only a stop ends
/// a sentence here: news seldom ends one with `!` or `?` outside a
/// quotation.)
fn sentence_before_start(input: &str, lo: usize, pos: usize) -> usize {
    // (The last speaker phrase may stand after the pronoun: nothing
    // between.)
    let Some(bytes) = input.as_bytes().get(lo..pos) else {
        return lo;
    };
    let mut inside = false;
    // The last two stops outside a quotation.
    let mut ends = [None, None];
    for k in memchr::memchr3_iter(b'.', b'"', 0xE2, bytes) {
        if let Some(opens) = double_mark_at(bytes, k) {
            inside = opens;
        } else if bytes[k] == b'.' && !inside && stop_ends_sentence(bytes, k) {
            ends = [ends[1], Some(k)];
        }
    }
    ends[0].map_or(lo, |k| lo + k + 1)
}

/// Whether the word before byte `pos` (a pronoun) is `and` or `but`, or a
/// conjunction of time or cause (`Bush went after Trump, when he called`,
/// `Trump was talking about defense when he told`): the pronoun opens a
/// clause joined to its sentence's first, and means that one's subject.
pub(super) fn opens_joined_clause(input: &str, pos: usize) -> bool {
    // Asked of every pronoun: bytes, not characters.
    let b = input.as_bytes()[..pos].trim_ascii_end();
    b.ends_with(b" and")
        || b.ends_with(b" but")
        || [
            &b" when"[..],
            b" while",
            b" because",
            b" although",
            b" though",
            b" after",
            b" before",
        ]
        .iter()
        .any(|w| b.ends_with(w))
}

/// Whether the run `run` opens its sentence or a clause after `but` (see
/// [`subject_just_before`]) and a lowercase word, its verb, follows it.
pub(super) fn opens_as_subject(input: &str, run: Span) -> bool {
    // Most runs stand inside their sentence: asked first, from the few
    // bytes before the run.
    let mut before = input[..run.start].trim_end();
    // `Mr Denham`, `But Hantuchova`: a courtesy title, a conjunction;
    // `... so far this year but captain Fabien Pelous sees hope`: a
    // lowercase `but` opens a clause of its own subject (an `and` joins
    // names as often). `Larne boss Jimmy McGeough`, `Newcastle United
    // manager`: the capitalized words before a lowercase role are the
    // role's (a place, a club, a party).
    let mut but = false;
    let mut owner = false;
    let mut ranked = false;
    // The word read last was a lowercase title.
    let mut titled = false;
    // The word read last was the time word of a time phrase (`This week
    // Ed told`): this one is the phrase's first.
    let mut timed = false;
    // The word read is the one right before the run.
    let mut first = true;
    for _ in 0..5 {
        let (rest, word) = split_last_word(before);
        but = word == "but";
        // (A title or a gendered noun that ends a sentence, `... and
        // police.`, `... says a party spokesman.`, is no role before the
        // name.)
        let attached =
            !word.ends_with(['.', ',', ';', ':', '!', '?']) || speakers::ends_abbreviation(word);
        let cap = word.starts_with(|c: char| c.is_ascii_uppercase());
        // (`World number one Lindsay Davenport`: a rank is a role too,
        // read as its number and then its `number`.)
        let rank = attached
            && (word == "number" && ranked || is_rank(word) && split_last_word(rest).1 == "number");
        ranked = rank && word != "number";
        let role = attached
            && ({
                let (gender, title) = speakers::gender_and_title(word);
                gender != Gender::Unknown || title
            } || speakers::is_opening_role(word)
                || rank
                || (!cap && word.len() > 4 && titles::RELATIONAL_ROLES.contains(&word)));
        // (`Conservative shadow home secretary David Davis`: the matter
        // of the office, a word that makes it another, are the role's.)
        // (`British team member Hayley Yelling`: so is one noun right before
        // the title, as no function word or cue is.)
        let adjunct = titled && attached && !cap && is_role_noun(word);
        let matter = owner && attached && !cap && (in_role(word) || adjunct);
        // (`Wenger's Bayern counterpart`, `his colleague`: the role's
        // owner.)
        let possessive = owner
            && attached
            && (attribution::is_possessive_pronoun(word) || tokens::owner_stem(word).is_some());
        // (`Fox News’ Bret Baier noticed`: a capitalized owner right
        // before the name, and the capitalized words of its name.)
        let owned = first && cap && attached && tokens::is_possessive(word);
        first = false;
        let skip = but
            || timed
            || role
            || matter
            || possessive
            || owned
            || (owner && attached && cap)
            || (cap
                && (subjects::CLAUSE_OPENERS.contains(word)
                    || crate::lexicon::contains_ci(pronouns::TIME_OPENERS, word)));
        // (Asked last: the word that ends the walk, most often.)
        timed = !skip
            && attached
            && !cap
            && subjects::TIME_WORDS.contains(word)
            && subjects::is_time_determiner(split_last_word(rest).1);
        if !skip && !timed {
            break;
        }
        // (`New Jersey Gov. Chris Christie`, `Former Hewlett-Packard CEO
        // Carly Fiorina`, `The Attorney General Lord Goldsmith`: the
        // capitalized words before a title, abbreviated or not, are its
        // too.)
        owner = role || owned || (owner && (cap || matter));
        // (`Former civil service chief Lord Butler`: nouns of the role
        // before its title, one before another.)
        titled = (role && !cap) || (titled && adjunct);
        // (`Davenport hits out at Wimbledon` then `World number one
        // Lindsay Davenport`: a line's first word is read past, no word
        // of the line before, a headline's, is.)
        let line_start = before[rest.len()..before.len() - word.len()].contains('\n');
        before = rest;
        if but || line_start {
            break;
        }
    }
    // `In Wednesday's Budget, Mr Brown doubled`: a short phrase before the
    // subject, cut off by its comma, is read past.
    // `The chief inspector of schools, David Bell, also said`: a
    // description may open the sentence before a name in apposition to it.
    let apposed = input[run.end..].starts_with(',');
    // (A paragraph's first word opens a sentence too, after a headline
    // with no stop.)
    let para_start = || {
        let gap = &input[before.len()..run.start];
        gap[..gap.len() - gap.trim_start().len()].contains('\n')
    };
    let opens = but
        || opens_sentence_after(before)
        || para_start()
        || opens_after_bullet(before)
        || fronted_phrase(before, apposed)
        || fronted_clause(input, before.len())
        || bare_fronted_phrase(before);
    if !opens {
        return false;
    }
    // `Liberal Democrat chief executive Lord Rennard`: a title after the
    // run makes it part of a role, not a subject; `Clinton campaign
    // Chairman John Podesta`: nor one after the next. `Mr Karger, whose
    // favourite film was ..., stayed`: a subject may take an appositive
    // or a relative clause. `Mr Campbell's e-mail suggested ... He said`:
    // the sentence is about its possessor too.
    // (`Florian Hamm - Borussia Dortmund's largest investor - said`: an
    // appositive between dashes is read past, to a word that may be a
    // verb: `Roger Federer - nice bloke, fantastic tennis player - the
    // ultimate sportsman.` has a determiner there, no verb.)
    let rest = &input[run.end..];
    // (After a close-set dash the next word follows with no space.)
    let mut close_set = false;
    let rest = match past_dashed_appositive(rest) {
        Some(after) => {
            let next = after.trim_start().split(' ').next().unwrap_or("");
            if grammar::classes(next) & grammar::CLOSED_CLASSES != 0 {
                return false;
            }
            close_set = !after.starts_with(' ');
            after
        }
        None => rest,
    };
    let mut appositive = rest.starts_with(',');
    let rest = [",", "'s", "\u{2019}s"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    // (Spaces after the comma or the possessive: `Anna Berg,  the
    // co-ordinator` as with one.)
    let Some(mut rest) = after_spaces(rest).or(close_set.then_some(rest)) else {
        return false;
    };
    // `Harry Reid (D-Nev.) blasted`: a party and state in brackets are
    // read past, and an appositive after them (`Rep. Devin Nunes
    // (R-Calif.), chairman of the committee, didn't`).
    if !appositive && rest.starts_with('(') {
        let Some(k) = memchr::memchr(b')', &rest.as_bytes()[..rest.len().min(TAG_REACH)]) else {
            return false;
        };
        let after = &rest[k + 1..];
        if let Some(a) = after_comma(after) {
            appositive = true;
            rest = a;
        } else if let Some(a) = after.strip_prefix(' ') {
            rest = a;
        } else {
            return false;
        }
    }
    // `Ian Fogg, Jupiter Research analyst, thinks`, `Harry Reid, 76,
    // said`, `Harry Reid, D-Nev., said`: an appositive that opens with a
    // capital or a digit is read past, to its closing comma.
    if appositive && rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        match after_appositive(rest).and_then(after_spaces) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    let mut words = rest.split(' ').map(|w| {
        let end = w
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(w.len());
        &w[..end]
    });
    let (next, after) = (words.next(), words.next());
    let lower = next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    // `Sir Andrew Green, chairman of the organisation, says`: after a
    // comma a title opens the appositive. (`Tom Hart will miss the race`:
    // after an auxiliary, a word that may be a title is a verb.)
    // (`Deloitte said Mr Brown would`: not after a cue, whose clause the
    // title opens.)
    let title_after = || {
        after.is_some_and(is_title)
            && !next.is_some_and(|w| crate::lexicon::contains_ci(verbs::AUXILIARIES, w))
            && !speaking::speaks(rest)
    };
    lower && (appositive || (!next.is_some_and(is_title) && !title_after()))
}

/// Whether `w` is a lowercase word of letters that may be a noun of a
/// role before its title (`team` of `British team member`, `civil` and
/// `service` of `civil service chief`): no function word, no cue.
pub(super) fn is_role_noun(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase())
        && grammar::classes(w) & grammar::CLOSED_CLASSES == 0
        && !speaking::speaks(w)
}

/// Whether the lowercase word `w` may stand in a role before a name: a
/// title, the matter of an office (`home` of `home secretary`) or a word
/// that makes a role another (`shadow`, `deputy`).
pub(super) fn in_role(w: &str) -> bool {
    is_title(w)
        || crate::lexicon::contains_ci(titles::PORTFOLIOS, w)
        || crate::lexicon::contains_ci(titles::OTHER_ROLE_LEADS, w)
}

/// Whether `before` (trimmed) ends with a list's bullet that opens its
/// line (` - Britain's Paula Radcliffe has also ...`): what follows opens a
/// sentence.
fn opens_after_bullet(before: &str) -> bool {
    // (Most text before a run ends with a letter or a comma: the last
    // byte, that of `-` or `*` or the last of a dash's or bullet's three,
    // turns it away.)
    if !matches!(
        before.as_bytes().last(),
        Some(b'-' | b'*' | 0x93 | 0x94 | 0xA2)
    ) {
        return false;
    }
    let Some(rest) = ["-", "\u{2013}", "\u{2014}", "\u{2022}", "*"]
        .iter()
        .find_map(|b| before.strip_suffix(b))
    else {
        return false;
    };
    let rest = rest.trim_end_matches([' ', '\t']);
    rest.is_empty() || rest.ends_with('\n')
}

/// Whether `word` is the number of a rank (`one`, `30`) after `number`.
fn is_rank(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            word,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// `Mr Denham believes the SGC should reconsider. He said: "..."`: whether
/// the run `run` is the subject of the sentence right before the one that
/// reaches byte `pos` (a pronoun): it opens its sentence or a clause after
/// `but` (maybe after a courtesy title or a role: `Boss Steve Bruce had
/// said`, `Wing Christophe Dominici says`, `But Larne boss Jimmy McGeough
/// has`), a lowercase word (its verb) follows it, and one sentence end
/// stands between it and `pos`. The subject just named is
/// whom the next sentence's pronoun means, as one named with a cue is.
/// With `and_joins` (the pronoun opens a clause after `and`, `but` or a
/// conjunction such as `when`: `O'Leary has been in talks and he said`,
/// [`opens_joined_clause`]), no sentence end between
/// them will do too: the pronoun means its own sentence's subject.
pub(super) fn subject_just_before(
    input: &str,
    run: Span,
    pos: usize,
    want: Gender,
    and_joins: bool,
) -> bool {
    opens_as_subject(input, run) && sentence_ends_fit(input, run, pos, want, and_joins)
}

/// Whether the sentence ends ([`stop_ends_sentence`]) between the run
/// `run` and byte `pos`, a pronoun of gender `want`, are as
/// [`subject_just_before`] asks: one, or none when `and_joins`.
fn sentence_ends_fit(input: &str, run: Span, pos: usize, want: Gender, and_joins: bool) -> bool {
    let Some(between) = input.get(run.end..pos) else {
        return false;
    };
    let between = between.as_bytes();
    // Stops at the second.
    let mut ends = sentence_ends(between);
    let Some(first) = ends.next() else {
        return and_joins;
    };
    let Some(second) = ends.next() else {
        return true;
    };
    // `... get involved. "It is a nascent area. It is yet ...," he
    // says`: the stops inside the pronoun's own quotation are not.
    let next = &between[first + 1..second];
    quoted_sentences_between(between, first)
        || (pronoun_carries_on(next, want) && !opens_with_other_name(input, run, next, want))
}

/// `Ancic looked set to push Safin. Safin said he was trying ...`:
/// whether the sentence `next` opens with a capitalized word that may be
/// a name (no function word, determiner or pronoun) other than the last
/// word of the run `run`, then a cue and a pronoun of gender `want`: the
/// pronoun is that name's, and carries on no talk of the run. Or with a
/// determiner and a lowercase noun, a cue, maybe `that`, and such a
/// pronoun (`Our correspondent said that he`): the description's.
pub(super) fn opens_with_other_name(input: &str, run: Span, next: &[u8], want: Gender) -> bool {
    // (By bytes to the fifth space: the rest of the sentence is not read.)
    let next = next.trim_ascii_start();
    let head = memchr::memchr_iter(b' ', next)
        .nth(4)
        .map_or(next, |k| &next[..k]);
    let Ok(head) = std::str::from_utf8(head) else {
        return false;
    };
    let Some((first, rest)) = head.split_once(' ') else {
        return false;
    };
    if first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        && grammar::classes(first) & grammar::CLOSED_CLASSES == 0
    {
        return first != index::last_word(&input[run.range()]) && cue_then_pronoun(rest, want);
    }
    // `Deputy Prime Minister John Prescott held a meeting. Our
    // correspondent said that he understood ...`: a described subject,
    // its determiner and one noun, speaks too, and the pronoun in what it
    // said is its own.
    let mut words = rest.split(' ');
    let (Some(noun), Some(cue)) = (words.next(), words.next()) else {
        return false;
    };
    let pronoun = words
        .next()
        .filter(|&w| w != "that")
        .or_else(|| words.next());
    grammar::classes(first) & grammar::DETERMINER != 0
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && pronoun.is_some_and(|p| cue_and_pronoun(cue, p, want))
}

/// Whether a sentence starts right after `before` (trimmed): nothing before,
/// or a sentence end (`Sen.`: an abbreviation's dot is none), which a
/// quotation may close (`... out of here." But Hantuchova is`).
fn opens_sentence_after(before: &str) -> bool {
    let before = before.trim_end_matches(['"', '\u{201d}']);
    before.is_empty() || before.ends_with(['!', '?', '\n']) || speakers::ends_with_full_stop(before)
}

/// Most words in a phrase set before a sentence's subject (`During
/// Wednesday's Budget speech in the Commons,`).
pub(super) const FRONTED_WORDS: usize = 8;

/// Whether `before` (trimmed) ends with a short phrase that opens its
/// sentence and is cut off by a comma (`In Wednesday's Budget,`, `For the
/// Lib Dems,`, `Speaking on Monday,`): one of [`pronouns::FRONTED_OPENERS`]
/// or a participle (`Defending the plans,`) first, at most
/// [`FRONTED_WORDS`] words, and no other comma or quotation mark in it. A
/// list of names (`Mr Blair, Mr Brown and ...`) opens with none of these.
/// `apposed`: the subject after it is in apposition (a comma follows it),
/// and a phrase with a determiner first is the description it names
/// (`The chief inspector of schools, David Bell, said`).
fn fronted_phrase(before: &str, apposed: bool) -> bool {
    fronted_opening(before).is_some_and(|(word, next)| {
        // (`And despite the recent results,`: after a conjunction.)
        let word = match subjects::CLAUSE_OPENERS.contains(word) {
            true if !next.is_empty() => next,
            _ => word,
        };
        crate::lexicon::contains_ci(pronouns::FRONTED_OPENERS, word)
            || grammar::is_ing_form(word)
            || (apposed && speakers::is_determiner(word))
    })
}

/// Whether `before` (trimmed) is a short phrase that opens its sentence
/// with a preposition of [`pronouns::BARE_FRONTED_OPENERS`] and no comma
/// (`On that day's Today programme`), at most [`FRONTED_WORDS`] words of
/// letters, the last of them no function word: `In the case of` ends
/// with the preposition whose object the name is.
fn bare_fronted_phrase(before: &str) -> bool {
    // (Asked of many runs: the nearest sentence end within the phrase's
    // reach, found by memchr, and the first letter after it first. A
    // phrase with an abbreviation's dot, `On St. Patrick's Day`, is left.)
    let b = before.as_bytes();
    let lo = b.len().saturating_sub(BARE_FRONTED_BYTES);
    let start = match memchr::memrchr3(b'.', b'\n', b'?', &b[lo..]) {
        Some(k) => lo + k + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let phrase = before[start..].trim_start();
    if !phrase
        .as_bytes()
        .first()
        .is_some_and(|c| BARE_FRONTED_CAPITALS.contains(c))
    {
        return false;
    }
    let stop = start.checked_sub(1);
    let first = phrase.split(' ').next().unwrap_or("");
    let last = index::last_word(phrase);
    stop.map_or(true, |k| {
        b[k] != b'.' || stop_ends_sentence(b, k) && speakers::ends_with_full_stop(&before[..=k])
    }) && crate::lexicon::contains_ci(pronouns::BARE_FRONTED_OPENERS, first)
        && last.len() < phrase.len()
        && grammar::classes(last) & grammar::CLOSED_CLASSES == 0
        && phrase.split(' ').nth(FRONTED_WORDS).is_none()
        && !phrase.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}'])
}

/// The most bytes [`bare_fronted_phrase`] reads back for its phrase.
const BARE_FRONTED_BYTES: usize = 80;

/// The capitals that open [`pronouns::BARE_FRONTED_OPENERS`] (a test
/// checks): a phrase that opens with another is none.
const BARE_FRONTED_CAPITALS: &[u8] = b"ABDFIOSU";

/// The most bytes a clause set before a sentence's subject holds.
const FRONTED_CLAUSE_REACH: usize = 250;

/// `When Maddow pointed out that Sanders refers to it as "Medicare for
/// all," Clinton seized`: whether the text of `input` before byte `end`
/// (trimmed) ends with a comma (maybe closing a quotation) that closes a
/// clause a capitalized subordinator (`When`, `Although`:
/// [`pronouns::SUBORDINATORS`]) opens the sentence with
/// ([`sentence_start`]), within [`FRONTED_CLAUSE_REACH`] bytes: the
/// subject after it is the sentence's, however long the clause.
fn fronted_clause(input: &str, end: usize) -> bool {
    // Bytes first: most names follow no comma.
    let b = &input.as_bytes()[..end];
    let b = b.strip_suffix("\u{201d}".as_bytes()).unwrap_or(b);
    let b = b.strip_suffix(b"\"").unwrap_or(b);
    if !b.ends_with(b",") {
        return false;
    }
    let start = sentence_start(input, end);
    if b.len() - start.min(b.len()) > FRONTED_CLAUSE_REACH {
        return false;
    }
    let clause = input[start..end].trim_start();
    let word = clause.split(' ').next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && crate::lexicon::contains_ci(pronouns::SUBORDINATORS, word)
}

/// The phrase that `before` (trimmed) ends with, when it opens its
/// sentence and a comma cuts it off, at most [`FRONTED_WORDS`] words with
/// no other comma or quotation mark in it: its first word, and the word
/// after that (empty for a phrase of one word). What [`fronted_phrase`]
/// and [`apposed_to_title`] ask of it.
#[inline(always)]
fn fronted_opening(before: &str) -> Option<(&str, &str)> {
    let head = before.strip_suffix(',')?;
    // ([`split_last_word`] takes a text that ends with its word.)
    let mut head = head.trim_end();
    let mut next = "";
    for _ in 0..FRONTED_WORDS {
        let (rest, word) = split_last_word(head);
        if word.is_empty() || word.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}']) {
            return None;
        }
        // Only a capital opens a sentence: the cheap question first.
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && opens_sentence_after(rest) {
            return Some((word, next));
        }
        if rest.is_empty() {
            return None;
        }
        next = word;
        head = rest;
    }
    None
}

/// `The mayor of Surabaya, Tri Rismaharini, comforted`: whether the name
/// at byte `start` follows, after a comma, a description that opens its
/// sentence with a determiner and a title: a person's name, whatever its
/// given name.
pub(super) fn apposed_to_title(input: &str, start: usize) -> bool {
    fronted_opening(input[..start].trim_end())
        .is_some_and(|(word, next)| speakers::is_determiner(word) && is_title(next))
}

/// Whether the word at byte `at` opens the sentence right after the one
/// that holds byte `since` (`Obama said. He ...`), or follows only a quote
/// that opens it (`Obama said. "...," he said`), and the word at `since`
/// stands so in its own sentence, or after an inverted cue (`"...,"
/// Obama said after meeting Putin.`, `"...," said J.M. Berger`): the
/// subject of each.
pub(super) fn opens_the_next_sentence(input: &str, since: usize, at: usize) -> bool {
    let s = sentence_start(input, at);
    // The sentence before: the one that holds the last byte before `s`
    // but space (a blank line between paragraphs is no sentence).
    let before = input[..s].trim_end().len();
    before > 0
        && since < s
        && opens_its_sentence(input, at, s)
        && opens_its_sentence(input, since, sentence_start(input, since))
        && sentence_start(input, before - 1) <= since
}

/// Whether the word at byte `at`, whose sentence starts at byte `s`,
/// opens it, maybe after a quote that opens it and an inverted cue.
pub(super) fn opens_its_sentence(input: &str, at: usize, s: usize) -> bool {
    // (A stop inside a quotation ends the sentence before the mark that
    // closes it: `Heretic asks: "...?" He concludes`.)
    let between = after_closing_mark(input[s..at].trim());
    let between = between
        .rsplit_once(' ')
        .filter(|(_, w)| verbs::INVERTED_CUES.contains(w))
        .map_or(between, |(q, _)| q);
    // (Straight, curly or doubled single marks: `''...,'' said`.)
    let opens = between.starts_with(['"', '\u{201C}']) || between.starts_with("''");
    let closes = |mark: &str| {
        between
            .strip_suffix(mark)
            .is_some_and(|b| b.ends_with([',', '?', '!']))
    };
    between.is_empty() || (opens && ["\"", "\u{201D}", "''"].iter().any(|m| closes(m)))
}

/// Whether `text` holds a double quotation mark: straight, curly, or
/// two single ones (`''`).
pub(super) fn holds_quotation_mark(text: &str) -> bool {
    // (One scan for the three first bytes: a search per mark, by `char`,
    // cost more than the rule that asks.)
    let b = text.as_bytes();
    memchr::memchr3_iter(b'"', b'\'', 0xE2, b).any(|k| match b[k] {
        b'"' => true,
        b'\'' => b.get(k + 1) == Some(&b'\''),
        _ => curly_double_mark_at(b, k),
    })
}

/// Whether the byte 0xE2 at `k` of `b` opens a curly double quotation
/// mark (`“` is E2 80 9C, `”` E2 80 9D), not a dash or another sign that
/// opens with it.
pub(super) fn curly_double_mark_at(b: &[u8], k: usize) -> bool {
    matches!(b.get(k + 1..k + 3), Some([0x80, 0x9C | 0x9D]))
}

/// `text` after a closing quotation mark it opens with: a curly one, or a
/// straight or doubled single one that a space or the end follows (one
/// that opens a quotation comes right before its first word).
pub(super) fn after_closing_mark(text: &str) -> &str {
    let rest = text.strip_prefix('\u{201D}').or_else(|| {
        text.strip_prefix("''")
            .or_else(|| text.strip_prefix('"'))
            .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
    });
    rest.map_or(text, str::trim_start)
}

/// Whether `sentence`, the one right after the subject's, holds the
/// pronoun of gender `want` (`he`, `she`): it goes on about the subject,
/// who stays whom a later sentence's pronoun means, however many
/// sentences come after it within [`NEW_SPEAKER_REACH`] (`Naureen
/// Jahangir, a supporter, is among those ... The campaign was the first
/// time she had been involved. "...," she said`).
pub(super) fn pronoun_carries_on(sentence: &[u8], want: Gender) -> bool {
    match want {
        Gender::Male => holds_word_ci(sentence, b"he"),
        Gender::Female => holds_word_ci(sentence, b"she"),
        Gender::Unknown => false,
    }
}

/// Whether `text` holds `word` (lowercase ASCII) as a word of its own, in
/// any case.
fn holds_word_ci(text: &[u8], word: &[u8]) -> bool {
    let n = word.len();
    text.windows(n).enumerate().any(|(k, w)| {
        w.eq_ignore_ascii_case(word)
            && (k == 0 || !text[k - 1].is_ascii_alphabetic())
            && !text.get(k + n).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The places of the stops of `bytes` that end a sentence
/// ([`stop_ends_sentence`]), in order; not the dot of a middle initial
/// (`George W. Bush`): one capital letter after a space.
pub(super) fn sentence_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .filter(|&k| stop_ends_sentence(bytes, k) && !after_initial(bytes, k))
}

/// Whether the stop at byte `k` of `bytes` ends an initial: one capital
/// letter that a space opens.
fn after_initial(bytes: &[u8], k: usize) -> bool {
    bytes[k] == b'.' && k >= 2 && bytes[k - 1].is_ascii_uppercase() && bytes[k - 2] == b' '
}

/// The start of the sentence that holds byte `at`, within
/// [`NEW_SPEAKER_REACH`] bytes before it: after a line break, a `?`, or
/// a `.` that ends a sentence (after no abbreviation). (A `!` is left to
/// the reach: a sentence that opens after one reads the one before too.)
/// A line break before a lowercase word is a wrapped line's, inside its
/// sentence (`... the chairman of\nthe company said`): no paragraph,
/// heading or sentence opens so.
pub(super) fn sentence_start(input: &str, at: usize) -> usize {
    let lo = at.saturating_sub(NEW_SPEAKER_REACH);
    let bytes = &input.as_bytes()[lo..at];
    for k in memchr::memrchr3_iter(b'.', b'\n', b'?', bytes) {
        let end = match bytes[k] {
            b'.' => {
                stop_ends_sentence(bytes, k) && speakers::ends_with_full_stop(&input[..lo + k + 1])
            }
            b'\n' => !wrapped_line_at(input.as_bytes(), lo + k),
            _ => true,
        };
        if end {
            return lo + k + 1;
        }
    }
    // (Cut at the reach: from a character's start.)
    char_start_from(input, lo, at)
}

/// Whether the line break at byte `k` of `bytes` goes on with a lowercase
/// word after spaces: a wrapped line's.
fn wrapped_line_at(bytes: &[u8], k: usize) -> bool {
    let next = bytes[k + 1..].iter().find(|&&b| !matches!(b, b' ' | b'\t'));
    next.is_some_and(u8::is_ascii_lowercase)
}

/// For a double quotation mark at byte `k` of `bytes`, whether it opens a
/// quotation: a curly one by its shape (`“` opens, `”` closes), a
/// straight one by where it stands ([`straight_mark_opens`]); None for any
/// other byte (a curly mark opens with byte 0xE2, as a dash does).
fn double_mark_at(bytes: &[u8], k: usize) -> Option<bool> {
    match bytes[k] {
        b'"' => Some(straight_mark_opens(bytes, k)),
        0xE2 if curly_double_mark_at(bytes, k) => Some(bytes[k + 2] == 0x9C),
        _ => None,
    }
}

/// Whether the straight double mark at byte `k` of `bytes` opens a
/// quotation: white space or a bracket before it (or nothing), and none
/// after it.
fn straight_mark_opens(bytes: &[u8], k: usize) -> bool {
    let before = k.checked_sub(1).map(|j| bytes[j]);
    matches!(
        before,
        None | Some(b' ' | b'\n' | b'\t' | b'\r' | b'(' | b'[')
    ) && !matches!(bytes.get(k + 1), None | Some(b' ' | b'\n' | b'\t' | b'\r'))
}

/// Whether the stop at byte `k` of `bytes` ends a sentence: a space, a
/// line break (`\r\n` too) or a quotation mark follows it (a curly one
/// opens with byte 0xE2), or a no-break space (`flags.\u{a0}Sometimes`:
/// pages pasted from the web hold them between sentences).
pub(super) fn stop_ends_sentence(bytes: &[u8], k: usize) -> bool {
    matches!(bytes.get(k + 1), Some(b' ' | b'"' | b'\n' | b'\r' | 0xE2))
        || bytes.get(k + 1..k + 3) == Some(&[0xC2, 0xA0])
}

/// Whether every sentence end of `between` after byte `first` (a sentence
/// end) stands inside a quotation that opens after `first` and is left
/// closed before the end of `between`: the sentence from `first` on is
/// one that holds a quotation.
///
/// A straight mark opens or closes by where it stands, as a curly one says
/// by its shape: news leaves a quotation of several sentences open and
/// opens it again (`"It is blurred. "You can hunt a rat," he said`), where
/// marks read as turns in and out would end inside.
fn quoted_sentences_between(between: &[u8], first: usize) -> bool {
    let mut inside = false;
    for i in first + 1..between.len() {
        if let Some(opens) = double_mark_at(between, i) {
            inside = opens;
        } else if matches!(between[i], b'.' | b'!' | b'?')
            && !inside
            && stop_ends_sentence(between, i)
        {
            return false;
        }
    }
    !inside
}

/// The text after a comma and the spaces after it that `s` opens with
/// (`, the co-ordinator`, `,  the co-ordinator`), if it opens so.
pub(super) fn after_comma(s: &str) -> Option<&str> {
    s.strip_prefix(',').and_then(after_spaces)
}

/// The text after the spaces, one or more, that `s` opens with, if it
/// opens so.
fn after_spaces(s: &str) -> Option<&str> {
    s.strip_prefix(' ').map(|r| r.trim_start_matches(' '))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_capitals_of_the_bare_fronted_openers_are_all_listed() {
        for w in super::pronouns::BARE_FRONTED_OPENERS {
            let c = w.as_bytes()[0].to_ascii_uppercase();
            assert!(super::BARE_FRONTED_CAPITALS.contains(&c), "{w}");
        }
    }

    #[test]
    fn a_quotation_mark_is_straight_curly_or_two_single_ones() {
        use super::holds_quotation_mark;
        assert!(holds_quotation_mark("He said \"no\"."));
        assert!(holds_quotation_mark("He said \u{201C}no."));
        assert!(holds_quotation_mark("He said no\u{201D}."));
        assert!(holds_quotation_mark("He said ''no''."));
        // An apostrophe, a single mark, a dash: none.
        assert!(!holds_quotation_mark(
            "Trump\u{2019}s wall \u{2014} O'Neill's 'plan'."
        ));
    }

    #[test]
    fn a_closing_mark_is_one_a_space_or_the_end_follows() {
        use super::after_closing_mark;
        assert_eq!(after_closing_mark("\u{201D} He"), "He");
        assert_eq!(after_closing_mark("\" He"), "He");
        assert_eq!(after_closing_mark("''"), "");
        // An opening mark stays: the quotation opens the sentence.
        assert_eq!(after_closing_mark("\"We did,\""), "\"We did,\"");
        assert_eq!(after_closing_mark("He"), "He");
    }

    #[test]
    fn the_sentence_before_a_pronoun_skips_a_quotation() {
        use super::sentence_before_start;
        let text = "Old news. Sony has said so. \"It is late. Wait.\" it said.";
        let pos = text.rfind("it said").unwrap();
        assert_eq!(
            &text[sentence_before_start(text, 0, pos)..pos].trim_start()[..4],
            "Sony"
        );
        // A quotation left open and opened again, as news writes one of
        // several sentences: its first sentence's stop is inside it.
        let text = "Old news. Sony has said so. \"It is late. \"Wait,\" it said.";
        let pos = text.rfind("it said").unwrap();
        assert_eq!(
            &text[sentence_before_start(text, 0, pos)..pos].trim_start()[..4],
            "Sony"
        );
        // Curly marks pair as straight ones do; a dash is no mark.
        let text = "Old news. Sony \u{2013} a firm, said so. \u{201c}Late. Wait,\u{201d} it said.";
        let pos = text.rfind("it said").unwrap();
        assert_eq!(
            &text[sentence_before_start(text, 0, pos)..pos].trim_start()[..4],
            "Sony"
        );
        // No sentence end: as far back as allowed; none after `pos`.
        assert_eq!(sentence_before_start(text, 4, 8), 4);
        assert_eq!(sentence_before_start(text, 9, 5), 9);
    }
}
