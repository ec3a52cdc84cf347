//! Bodies inside a speaker phrase: whether the `and`, `of`, `for` or
//! `the` a walk back reads joins the words of one body's name (`the Food
//! and Drug Administration`, `the Bank of England`, `A Top of the Pops
//! spokesperson`) or of an office (`Trade and Industry Secretary`), or
//! two roles of one person (`PTC president and conservative activist`),
//! whether a number goes on a name (`Number 10`) and a place on a plural
//! (`Officials at the embassy`), and where a person `of` a body starts
//! (`Darran Whiting of ...`).

use super::grammar::{classes, DETERMINER, FUNCTION, PRONOUN};
use super::noun_phrases::titles_start;
use super::speakers::{
    heads_body_for, is_determiner, is_inner_preposition, is_name_word, is_particle, is_title,
    is_title_before_of, names_organization,
};
use super::subjects::{is_plain_plural, is_word, TIMES_AND_DATES};
use super::tokens::{is_cap, text, Kind, Tok};
use crate::lexicon::sets::GIVEN_NAMES;
use crate::lexicon::{contains_ci, organizations, titles};

/// `The National Council for Adoption`, `the Institute for Fiscal Studies`:
/// whether the `for` at token `k` joins a body's name, after a word that
/// [`heads_body_for`] it, as [`analyze`](super::speakers::analyze) keeps
/// it.
pub(super) fn body_for(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
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
/// token `k` joins a body's name, after a capitalized word that heads one
/// (as [`analyze`](super::speakers::analyze) keeps it), the capitalized
/// name read so far after it, up to token `j`. (`the Department of Trade
/// and Industry`: with an `and` after `of`,
/// [`analyze`](super::speakers::analyze) would take the last of two names;
/// the phrase is read as before, from where the sentence opens it.)
pub(super) fn body_of(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_body_at(input, toks, k, lo, "of")
        && !toks[k + 1..j].iter().any(|t| text(input, t) == "and")
}

/// `The Food and Drug Administration said`, `the Department of Trade and
/// Industry said`: whether the `and` at token `k` (after `lo`, before the
/// phrase's head at `j - 1`) joins two capitalized words of one body's
/// name: the phrase ends in a body's head or in a firm's `and Co`
/// ([`organizations::AND_CO`]), or the word before `and` follows `of` or
/// `for` (`Department of Health and Human Services`, `Department for Work
/// and Pensions`). Not `Bush and Cheney said`: two people, the last of
/// whom the phrase is.
pub(super) fn and_in_body(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    let head = text(input, &toks[j - 1]);
    joins_capitals(input, toks, k, j, lo)
        && (names_organization(head)
            || k + 2 == j && organizations::AND_CO.contains(&head)
            || k >= lo + 2
                && is_word(&toks[k - 2])
                && matches!(text(input, &toks[k - 2]), "of" | "for"))
}

/// `A Department for Work and Pensions spokeswoman said`: whether the
/// `and` at token `k` (after `lo`, before the phrase's lowercase head at
/// `j - 1`) joins two capitalized words of the name of the body a title
/// serves, the word before `and` after `of` or `for` and a word that
/// heads a body ([`heads_body_for`]). (Not `Smith of Acme and Jones`.)
pub(super) fn and_in_named_body(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    joins_capitals(input, toks, k, j, lo)
        && k >= lo + 2
        && (body_for(input, toks, k - 2, lo) || joins_body_at(input, toks, k - 2, lo, "of"))
}

/// `Trade and Industry Secretary Patricia Hewitt said`: whether the `and`
/// at token `k` (after `lo`, before the phrase's head at `j - 1`) joins a
/// matter of an office ([`titles::PORTFOLIOS`]) to the rest of its name, a
/// capitalized title among the four words after it. (Not `Brown and
/// Transport Secretary Alistair Darling`: a surname before `and`.)
///
/// So too in lowercase, as some outlets write an office (`Work and
/// pensions minister Alan Johnson said`): a matter of an office before
/// `and`, lowercase words after it up to a lowercase title.
pub(super) fn and_in_office(input: &str, toks: &[Tok], k: usize, j: usize, lo: usize) -> bool {
    // Both forms: an `and` after a matter of an office.
    let after_matter = k > lo
        && k + 1 < j
        && text(input, &toks[k]) == "and"
        && is_word(&toks[k - 1])
        && contains_ci(titles::PORTFOLIOS, text(input, &toks[k - 1]));
    if !after_matter {
        return false;
    }
    let mut after = toks[k + 1..j].iter().take(4);
    if joins_capitals(input, toks, k, j, lo) {
        after.any(|t| {
            let w = text(input, t);
            is_cap(w) && is_title(w)
        })
    } else {
        after
            .take_while(|t| is_word(t) && !is_cap(text(input, t)))
            .any(|t| is_title(text(input, t)))
    }
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
pub(super) fn and_in_described_body(
    input: &str,
    toks: &[Tok],
    k: usize,
    j: usize,
    lo: usize,
) -> bool {
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
pub(super) fn and_after_title(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
    k > lo
        && text(input, &toks[k]) == "and"
        && is_word(&toks[k - 1])
        && is_title(text(input, &toks[k - 1]))
}

/// Whether the number at token `k` (after `lo`) follows a capitalized word
/// that is no function word, with which it makes a name (`Number 10`,
/// `Channel 4`): not a date's month or weekday (`in May 2012`, `on June
/// 11:`).
pub(super) fn name_before_number(input: &str, toks: &[Tok], k: usize, lo: usize) -> bool {
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
pub(super) fn the_inside_name(input: &str, toks: &[Tok], a: usize, j: usize, lo: usize) -> bool {
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
pub(super) fn place_of_plural(input: &str, toks: &[Tok], a: usize, lo: usize) -> bool {
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
pub(super) fn role_of_body(input: &str, toks: &[Tok], a: usize, lo: usize) -> bool {
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
/// `G.K. Butterfield of`), or it is two name words (`Holger Schmieding of`,
/// `Nigel McCune from`); [`analyze`](super::speakers::analyze) then cuts
/// the phrase at the `of`. Or an organization's name before the `of`, whose
/// whole name it then is (`the Muslim Council of Britain`).
pub(super) fn person_of_before(input: &str, toks: &[Tok], a: usize, lo: usize) -> Option<usize> {
    person_of_before_in(input, toks, a, lo, true)
}

/// For the appositive of tokens `a..e` (`Ambassador Stefan Johannesson of
/// Iceland`): the token of its `of` when it is a person's name (as
/// [`person_of_before`] reads one, from `a`) and then `of` and name words
/// only, at most three.
pub(super) fn person_of_in_appositive(
    input: &str,
    toks: &[Tok],
    a: usize,
    e: usize,
) -> Option<usize> {
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
pub(super) fn person_of_before_place(
    input: &str,
    toks: &[Tok],
    a: usize,
    lo: usize,
) -> Option<usize> {
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
    // (`Emmanuel Ferry, from Exane BNP Paribas told`: an appositive whose
    // closing comma is missing; the name ends at the comma.)
    let end = if of > lo + 1 && toks[of - 1].kind == Kind::Punct(',') {
        of - 1
    } else {
        of
    };
    // The name words before `of`, back to the start of the run.
    let mut s = end;
    while s > lo && end - s < 6 {
        let t = &toks[s - 1];
        let w = text(input, t);
        let prev = || (s >= lo + 2).then(|| text(input, &toks[s - 2]));
        // (`Nick Van den Brul of`, `Jan de Vries of`: a particle inside
        // the name, after a name word.)
        let particle =
            s < end && is_particle(w) && prev().is_some_and(|p| is_name_word(p) || is_particle(p));
        if !is_word(t) || !(particle || is_name_word(w)) || is_title_before_of(prev(), w) {
            break;
        }
        s -= 1;
    }
    let names = &toks[s..end];
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
