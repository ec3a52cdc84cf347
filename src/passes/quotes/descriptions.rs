//! Descriptions that stand for a speaker: `the 28-year-old Morientes`,
//! `the foreign secretary`, `A Home Office spokesman`, and a body's
//! description (`The committee`, `the company`).

use super::index;
use super::sentences::{it_context_start, stop_ends_sentence};
use super::speakers::{self, gender_of, is_title, Gender};
use super::speaking::{past_adverbs, speaks_or_acts, verb_follows, verb_follows_phrase};
use super::{subjects, tokens};
use crate::lexicon::{organizations, places, pronouns, sets, titles};
use crate::span::Span;
use smallvec::SmallVec;

/// Whether the name `person` (two words or more) stands right before a
/// description of one clause that runs to byte `body` (`Angelique
/// Brunner, a developer and spokeswoman for the`): a comma after the
/// name, then no stop or other comma.
pub(super) fn described_after(input: &str, person: Span, body: usize) -> bool {
    input[person.range()].contains(' ')
        && input
            .get(person.end..body)
            .and_then(super::sentences::after_comma)
            .is_some_and(|d| d.len() < 120 && !d.contains([',', '.', ';', ':', '"', '\n']))
}

/// Whether a description names one person named before it by an age
/// or a nation or party (`the 30-year-old`, `the American`, `the
/// Republican`), not by a role (see [`described_person`]). An age may
/// come with one word for the person: a title or role (`the 74-year-old
/// comedian`, `the 22-year-old fly-half`; not `the 120-year-old club`)
/// or a nation's (`the 55-year-old Frenchman`, `the 24-year-old Swiss`,
/// where the age says one person); news writing gives an age to the
/// person it is about.
pub(super) fn is_anaphor(text: &str) -> bool {
    let Some(rest) = after_the(text) else {
        return false;
    };
    if let Some(noun) = noun_after_age(rest) {
        return noun.map_or(true, |noun| {
            is_title(noun) || speakers::is_opening_role(noun) || is_nation_word(noun)
        });
    }
    // One capitalized word of a nation or a party, not a plural (`the
    // Americans` are many).
    !rest.contains(' ')
        && tokens::is_cap(rest)
        && !rest.ends_with('s')
        && speakers::is_affiliation(rest)
}

/// `A Home Office spokesman said the system had been toughened. He added:
/// "..."`: the last description before `pos` (from byte `lo`) of one who
/// speaks for a body ([`organizations::SPEAKS_FOR`]: `A spokesman`, `The
/// prime minister's official spokesman`, `a White House official`) or of
/// an unnamed source (`a source close to the investigation`), not of the
/// other gender than `want`, that a cue follows and that opens its
/// sentence or clause: whom a later `he` or `she` means, as no person
/// is named. The description from its article on, with the body it
/// speaks for (`A spokeswoman for the Information Commissioner's
/// Office`); a name it holds is the caller's to read first. (`A
/// spokesman, John Smith, said` is no such description: the name says
/// who spoke.) The roles are found where [`speaks_for_stems`] says.
pub(super) fn unnamed_speaker_before(
    input: &str,
    lo: usize,
    pos: usize,
    want: Gender,
) -> Option<Span> {
    let text = input.get(lo..pos)?;
    let bytes = text.as_bytes();
    for found in speaks_for_stems(bytes).into_iter().rev() {
        if found == 0 || bytes[found - 1] != b' ' {
            continue;
        }
        let space = found - 1;
        let word_end = bytes[found..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes.len(), |k| found + k);
        let head = &text[found..word_end];
        if !crate::lexicon::contains_ci(organizations::SPEAKS_FOR, head) {
            continue;
        }
        let mut end_at = lo + space + 1 + head.len();
        let mut new_only = false;
        // `A spokeswoman for the Information Commissioner's Office said`:
        // the body's name is the description's too, up to the cue. One who
        // speaks for a body and speaks no cue here (`told a spokesman for
        // the council`, `a spokesman for the council, John Smith, said`)
        // ends the search: no earlier description is meant.
        let rest = &input[end_at..];
        if ["for ", "of ", "at ", "from ", "close to ", "familiar with "]
            .iter()
            .any(|p| rest.strip_prefix(' ').is_some_and(|a| a.starts_with(p)))
        {
            // (Read up to `pos` only: the description and its cue come
            // before the pronoun, and a body's name read on past it would
            // end after the pronoun's start.)
            end_at = cue_after_body(&input[..pos], end_at)?;
        } else if !speaks_or_acts(rest) {
            // `A Labour spokesman later said`: an adverb before the verb,
            // for one the indefinite article brings in. (`The Tory
            // spokesman also criticised` is most often one named before,
            // whom the names before the pronoun find.)
            let later = past_adverbs(rest);
            if later.len() == rest.len() || !speaks_or_acts(later) {
                continue;
            }
            new_only = true;
        }
        let g = gender_of(head);
        if g != Gender::Unknown && g != want {
            continue;
        }
        // Back to the article over the words before the role (`Home
        // Office`, `prime minister's official`), all in one clause.
        let mut from = space;
        for _ in 0..6 {
            let before = text[..from].trim_end();
            let word = index::last_word(before);
            if word.is_empty() || word.ends_with([',', '.', ';', ':', '"']) {
                break;
            }
            if crate::lexicon::contains_ci(pronouns::ARTICLES, word) {
                // A paragraph's start, a sentence's, or a clause's.
                let gap = before[..before.len() - word.len()].trim_end_matches(' ');
                let rest = gap.trim_end();
                let opens = rest.is_empty()
                    || gap.ends_with('\n')
                    || rest.ends_with(['.', ',', '"', '\u{201d}'])
                    || matches!(index::last_word(rest), "But" | "And" | "but" | "and");
                let new =
                    !new_only || crate::lexicon::contains_ci(pronouns::INDEFINITE_ARTICLES, word);
                if opens && new {
                    let start = lo + before.len() - word.len();
                    return Some(Span::new(start, end_at));
                }
                break;
            }
            from = before.len() - word.len();
        }
    }
    None
}

/// Where the stems of the roles of [`organizations::SPEAKS_FOR`] that
/// news leaves unnamed (`spokes`, `official`, `source`; `a representative
/// said` is rare, a fourth search for every pronoun) stand in `text`, in
/// order: the places [`unnamed_speaker_before`] reads, found by a byte
/// search (with searchers built once) rather than word by word.
fn speaks_for_stems(text: &[u8]) -> SmallVec<[usize; 8]> {
    use memchr::memmem::Finder;
    static FINDERS: std::sync::OnceLock<[Finder<'static>; 3]> = std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        [
            Finder::new("spokes"),
            Finder::new("official"),
            Finder::new("source"),
        ]
    });
    let mut at: SmallVec<[usize; 8]> = finders.iter().flat_map(|f| f.find_iter(text)).collect();
    at.sort_unstable();
    at
}

/// Where the body's name after `for`, `of`, `at` or `from` (or the
/// phrase after a source's `close to` or `familiar with`) that byte `at`
/// ends before ends (`for the Information Commissioner's Office`), when a
/// cue or a verb in the past follows it, maybe after an auxiliary, within
/// seven words with no punctuation between ([`speaks_or_acts`]).
fn cue_after_body(input: &str, mut at: usize) -> Option<usize> {
    for _ in 0..7 {
        let rest = input[at..].strip_prefix(' ')?;
        let word = &rest[..rest.find(' ').unwrap_or(rest.len())];
        if word.is_empty() || word.ends_with([',', '.', ';', ':', '"']) {
            return None;
        }
        // (`has told Reuters`: the auxiliary is the verb's, not the
        // body's name.)
        if subjects::is_auxiliary(word) && speaks_or_acts(&input[at + 1 + word.len()..]) {
            return Some(at);
        }
        at += 1 + word.len();
        if speaks_or_acts(&input[at..]) {
            return Some(at);
        }
    }
    None
}

/// `text` after its article `the` or `The`, if it has one.
pub(super) fn after_the(text: &str) -> Option<&str> {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
}

/// When `rest` is an age (`120-year-old`), then one word at most: that
/// word, if any (`comedian` of `120-year-old comedian`). None when `rest`
/// opens with no age, or more than one word follows it.
fn noun_after_age(rest: &str) -> Option<Option<&str>> {
    // (The first byte first: a search for `-year-old` costs more.)
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (age, after) = rest.split_once("-year-old")?;
    if age.is_empty() || !age.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match after.strip_prefix(' ') {
        None if after.is_empty() => Some(None),
        Some(noun) if !noun.is_empty() && !noun.contains(' ') => Some(Some(noun)),
        _ => None,
    }
}

/// A word of a nation or a party for a person: an affiliation
/// (`American`, `Republican`) or a nation's noun (`Frenchman`).
fn is_nation_word(w: &str) -> bool {
    speakers::is_affiliation(w) || crate::lexicon::contains_ci(places::DEMONYMS, w)
}

/// Whether `name`, one word after a describing word, may be a person's
/// name: capitalized, of letters (and `-` or `'`), no title.
fn one_word_name(name: &str) -> bool {
    tokens::is_cap(name)
        && name.len() > 1
        && name
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
        && !is_title(name)
}

/// `the 28-year-old Morientes`: `the`, an age, and a capitalized word
/// that is no title nor a nation's ([`is_anaphor`] reads those), which
/// names the person. Where that name starts in `text`.
pub(super) fn named_with_age(text: &str) -> Option<usize> {
    let name = noun_after_age(after_the(text)?)??;
    (one_word_name(name) && !is_nation_word(name)).then(|| text.len() - name.len())
}

/// `A defensive Obama`, `an angry Beattie`, `a tearful Claxton`: `a` or
/// `an`, one lowercase word of how the person was, and a capitalized
/// word that is no title, which names the person (news writing puts a
/// known person's mood so). Where that name starts in `text`.
/// (`The federal Securities and Exchange Commission`: after `the`, the
/// words are as often a body's name, cut short.)
pub(super) fn named_in_a_mood(text: &str) -> Option<usize> {
    // The article first: most descriptions fail there.
    let rest = match text.as_bytes() {
        [b'a' | b'A', b' ', ..] => &text[2..],
        [b'a' | b'A', b'n', b' ', ..] => &text[3..],
        _ => return None,
    };
    let (mood, name) = rest.split_once(' ')?;
    let fits =
        !mood.is_empty() && mood.bytes().all(|b| b.is_ascii_lowercase()) && one_word_name(name);
    fits.then(|| text.len() - name.len())
}

/// Whether a description is `the` (or `our`) and a role alone (`the
/// senator`, `the mayor`, `the defender`, or a word and the role: `the
/// home secretary`, `the Tory leader`; up to three words before a role of
/// sport or show business, `the Old Trafford boss`), which may stand for
/// a person named before with that role, and no role news writing leaves
/// unnamed (`the spokesman`). (An age or a nation, `the 30-year-old`,
/// `the American`, as often follows the name of another person, an
/// opponent met, as its own: [`is_anaphor`] reads them as the person the
/// text is about.)
pub(super) fn described_person(text: &str) -> bool {
    // (`our correspondent added`: the paper's own, named before as the
    // paper's, `BBC correspondent Stephen Cape`.)
    let Some(role) = after_the(text).or_else(|| {
        text.strip_prefix("our ")
            .or_else(|| text.strip_prefix("Our "))
    }) else {
        return false;
    };
    // (`the then prime minister`: the office as it was held, by the
    // person it stands for; not `former`, which may be someone else's.)
    let role = role.strip_prefix("then ").unwrap_or(role);
    // `the mayor`, and `the home secretary`, `the Labour leader`: a word
    // before the title.
    let noun = match role.split_once(' ') {
        None => role,
        Some((first, noun))
            if !noun.contains(' ') && first.bytes().all(|b| b.is_ascii_alphabetic()) =>
        {
            noun
        }
        // `the Old Trafford boss`, `the Oscar-nominated actor`, `the world
        // indoor champion`: more words, of a role of sport or show
        // business only.
        Some(_) => {
            let (lead, noun) = role.rsplit_once(' ').unwrap_or(("", role));
            let plain = |w: &str| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
            return lead.split(' ').count() <= 3
                && lead.split(' ').all(plain)
                && is_epithet_noun(noun);
        }
    };
    !left_unnamed(noun) && (is_title(noun) || is_epithet_noun(noun) || from_place(role, noun))
}

/// Whether `noun` is a role news writing leaves unnamed (`the spokesman`,
/// `a source`, `the official`): whom a description of it stands for is
/// no one named before.
fn left_unnamed(noun: &str) -> bool {
    noun.starts_with("spokes") || matches!(noun, "source" | "official" | "officials")
}

/// Whether a description is `the`, up to three words of letters and
/// hyphens, and a person's title, role of sport or show business, or noun
/// of [`titles::PERSON_NOUNS`] (`the chancellor`, `the shadow chancellor`,
/// `the Republican presidential nominee`, `the business mogul`), no
/// spokesman nor source, whom news writing leaves unnamed, no member, of
/// whom a body has many, and no plural of people (`the police`): a
/// description that may stand for the person the sentence before it opens
/// with
/// ([`Resolver::office_holder_before`](super::resolver::Resolver::office_holder_before)).
pub(super) fn is_person_description(text: &str) -> bool {
    let Some(role) = after_the(text) else {
        return false;
    };
    let (lead, noun) = role.rsplit_once(' ').unwrap_or(("", role));
    let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
    (lead.is_empty() || (lead.split(' ').count() <= 3 && lead.split(' ').all(plain)))
        && plain(noun)
        && !left_unnamed(noun)
        && noun != "member"
        && !subjects::DESCRIPTIVE_PLURALS.contains(noun)
        && names_a_person(noun)
}

/// Whether `noun` names a person by a title, a role of sport or show
/// business, or a noun of [`titles::PERSON_NOUNS`] (`chancellor`,
/// `striker`, `mogul`).
fn names_a_person(noun: &str) -> bool {
    is_title(noun)
        || is_epithet_noun(noun)
        || crate::lexicon::contains_ci(titles::PERSON_NOUNS, noun)
}

/// Whether `text` opens with a lowercase article (`a candidate`, `the
/// British playwright`): a description, where a name opens with a capital.
pub(super) fn opens_with_article(text: &str) -> bool {
    text.split(' ')
        .next()
        .is_some_and(|w| pronouns::ARTICLES.contains(&w))
}

/// Whether `role`, a description's words after `the`, is an office of
/// state alone (`chancellor`, `home secretary`, `prime minister`, `shadow
/// chancellor`; [`titles::STATE_OFFICES`], or `minister` or `secretary`
/// after a matter of one, [`titles::PORTFOLIOS`], or
/// [`titles::STATE_MINISTRY_LEADS`]): whose holder the reader is expected
/// to know, not the person named last (`the former president`, `the
/// French president` say more).
pub(super) fn is_office_of_state(role: &str) -> bool {
    let (lead, noun) = role.rsplit_once(' ').unwrap_or(("", role));
    let lead = match lead.split_once(' ') {
        _ if lead.eq_ignore_ascii_case("shadow") => "",
        Some((first, rest)) if first.eq_ignore_ascii_case("shadow") => rest,
        _ => lead,
    };
    let ci = crate::lexicon::contains_ci;
    if ci(titles::STATE_OFFICES, noun) {
        return lead.is_empty();
    }
    (noun.eq_ignore_ascii_case("minister") || noun.eq_ignore_ascii_case("secretary"))
        && (ci(titles::PORTFOLIOS, lead) || ci(titles::STATE_MINISTRY_LEADS, lead))
}

/// Whether a description is `the`, one to three words of letters and
/// hyphens, one of them a capitalized name of a place or body and none a
/// party's, and an office's title in lowercase (`the Florida senator`, `the
/// Ealing North MP`, `the Warriors chief`), no spokesman, source nor
/// member, of whom a body has many
/// ([`Resolver::qualified_office`](super::resolver::Resolver::qualified_office)).
/// (`the prime minister`, `the former president`: an office alone, whose
/// holder a story names as often as not; `the Conservative leader`, `the
/// Republican presidential candidate`: one of a party's, of which a story
/// names several; `The New Hampshire Union Leader`: a capitalized title
/// ends a name.)
pub(super) fn is_qualified_office(text: &str) -> bool {
    let Some(role) = after_the(text) else {
        return false;
    };
    // The office first, from the last space: most descriptions fail there.
    let Some(space) = memchr::memrchr(b' ', role.as_bytes()) else {
        return false;
    };
    let (lead, noun) = (&role[..space], &role[space + 1..]);
    let n = noun.as_bytes();
    let lower = !n.is_empty()
        && (n.iter().all(u8::is_ascii_lowercase)
            || (n.len() <= 3 && n.iter().all(u8::is_ascii_uppercase)));
    if !lower || left_unnamed(noun) || noun == "member" || !is_title(noun) {
        return false;
    }
    let l = lead.as_bytes();
    let words = || lead.split(' ');
    l.iter()
        .all(|&b| b.is_ascii_alphabetic() || b == b'-' || b == b' ')
        && memchr::memchr_iter(b' ', l).count() <= 2
        && !words().any(str::is_empty)
        && words().any(tokens::is_cap)
        && !words().any(|w| {
            speakers::is_affiliation(w) || crate::lexicon::contains_ci(titles::PARTY_WORDS, w)
        })
}

/// Whether a description's last word is a role of sport or show business
/// ([`titles::EPITHETS`], [`titles::OPENING_ROLES`]).
pub(super) fn is_epithet(text: &str) -> bool {
    let noun = index::last_word(text);
    is_epithet_noun(noun) || from_place(text, noun)
}

/// `the Waterford man`, `the Birmingham woman`: a man or woman of a
/// place, named by it, as sport and local news name one they have named
/// before.
fn from_place(text: &str, noun: &str) -> bool {
    matches!(noun, "man" | "woman")
        && index::last_word(text[..text.len() - noun.len()].trim_end())
            .starts_with(|c: char| c.is_ascii_uppercase())
}

/// Whether a description is `the` and words of letters that end in a
/// role of sport or show business ([`is_epithet_noun`]: `the striker`,
/// `the Swiss star`) or in `number one` (`the world number one`): a
/// person's, and no office's.
pub(super) fn is_sport_epithet(text: &str) -> bool {
    let Some(rest) = after_the(text) else {
        return false;
    };
    let plain = rest
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
    plain && (rest.ends_with("number one") || is_epithet_noun(index::last_word(rest)))
}

/// [`is_epithet`] of a description's noun, already its last word.
fn is_epithet_noun(noun: &str) -> bool {
    crate::lexicon::contains_ci(titles::EPITHETS, noun) || speakers::is_opening_role(noun)
}

/// Whether `head`, the last word of a describing subject, names someone
/// or something that speaks: a name (capitalized: `The ECB`, `The Law
/// Society`), a person by title, role, kin or trade, people
/// ([`pronouns::DESCRIPTIVE_PLURALS`], a plural ending of
/// [`pronouns::PEOPLE_PLURAL_ENDINGS`], [`organizations::GROUPS`]), a
/// body ([`organizations::HEADS`], [`organizations::FIRM_NOUNS`]) or a
/// written thing ([`organizations::DOCUMENTS`], [`organizations::WORDED`]),
/// a plural of one too (`The ads`). A describing subject speaks a quote
/// with no cue only then: `The device uses similar "steady cam"
/// technology` and `The term "blog" has been chosen` quote a label, no
/// one's words.
pub(super) fn may_speak(head: &str) -> bool {
    if head.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return true;
    }
    let names = |w: &str| {
        names_a_person(w)
            || crate::lexicon::contains_ci(titles::KIN, w)
            || sets::ORGANIZATION_HEADS.contains(w)
            || sets::FIRM_NOUNS.contains(w)
            || crate::lexicon::contains_ci(organizations::GROUPS, w)
            || crate::lexicon::contains_ci(organizations::DOCUMENTS, w)
            || crate::lexicon::contains_ci(organizations::WORDED, w)
    };
    names(head)
        || subjects::DESCRIPTIVE_PLURALS.contains(head)
        || pronouns::PEOPLE_PLURAL_ENDINGS
            .iter()
            .any(|e| head.ends_with(e))
        || head.strip_suffix('s').is_some_and(names)
}

/// The description of a body (`The committee`, `the new Indian government`,
/// `A National Audit Office report`: an article, up to
/// [`DESCRIPTION_WORDS`] words, and a lowercase singular head of
/// [`organizations::HEADS`]; see [`described_body_at`]) that opens, after
/// `But` or `And` maybe and with a verb after it ([`verb_follows`], or
/// past a phrase on what it is about: [`verb_follows_phrase`]), the
/// sentence of the `it` at byte `pos` or the one before, nearest first,
/// after the last speaker phrase (at `since`): what
/// that `it` stands for when no name does
/// ([`Resolver::body_opening_since`](super::resolver::Resolver::body_opening_since)).
pub(super) fn body_described_since(input: &str, pos: usize, since: usize) -> Option<Span> {
    let lo = it_context_start(input, pos, since);
    let bytes = input.as_bytes().get(lo..pos)?;
    // (A paragraph's first sentence opens after its line break.)
    let starts = memchr::memrchr2_iter(b'.', b'\n', bytes)
        .filter(|&k| match bytes[k] {
            // (Of a blank line's breaks, one.)
            b'\n' => k == 0 || bytes[k - 1] != b'\n',
            _ => stop_ends_sentence(bytes, k),
        })
        .map(|k| lo + k + 1)
        .chain(std::iter::once(lo));
    starts.take(2).find_map(|start| {
        // (Past the closing mark of a quotation that ends the sentence,
        // right after its stop; a mark after the space opens one, whose
        // words are not read.)
        let text = &input[start..pos];
        let closed = ["\"", "\u{201d}"]
            .iter()
            .find_map(|m| text.strip_prefix(m))
            .unwrap_or(text);
        // (`But a short statement about ... was presented`: a conjunction
        // may open the sentence before the description.)
        let opening = closed.trim_start();
        let opening = ["But ", "And "]
            .iter()
            .find_map(|c| opening.strip_prefix(c))
            .unwrap_or(opening);
        let lead = text.len() - opening.len();
        let d = described_body_at(&input[start + lead..pos])?;
        let span = Span::new(start + lead, start + lead + d);
        (verb_follows(input, span) || verb_follows_phrase(input, span)).then_some(span)
    })
}

/// How many words a firm's description ([`is_firm_description`]) may
/// hold between its `the` and its noun (`the Anglo-Dutch oil firm`).
const FIRM_WORDS: usize = 3;

/// Whether a description is `the` (or `The`), up to [`FIRM_WORDS`] words of
/// letters, digits and hyphens, and a noun of [`organizations::FIRM_NOUNS`]
/// in lowercase (`the company`, `the Japanese firm`): one that names again
/// a firm named before.
pub(super) fn is_firm_description(text: &str) -> bool {
    let Some(rest) = after_the(text) else {
        return false;
    };
    // (The noun first: most descriptions asked end in another.)
    let (words, noun) = rest.rsplit_once(' ').unwrap_or(("", rest));
    // (Lowercase: `The Carlyle Group` is a name, not a description.)
    noun.bytes().all(|b| b.is_ascii_lowercase())
        && sets::FIRM_NOUNS.contains(noun)
        && (words.is_empty() || {
            let mut words = words.split(' ');
            words.clone().count() <= FIRM_WORDS && words.all(is_description_word)
        })
}

/// Whether `w` may be a word of a body's description: letters, digits
/// and hyphens (`the Anglo-Dutch oil firm`), not empty.
fn is_description_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// How many words a body's description ([`body_described_since`]) may
/// hold between its `the` and its head (`The Commons work and pensions
/// committee`).
const DESCRIPTION_WORDS: usize = 5;

/// The length of a body's description that opens `text` (`The
/// committee`, `The new Indian government`, `A National Audit Office
/// report`), or None.
fn described_body_at(text: &str) -> Option<usize> {
    let rest = ["The ", "the ", "A ", "a ", "An ", "an "]
        .iter()
        .find_map(|a| text.strip_prefix(a))?;
    let mut end = text.len() - rest.len();
    for word in rest.split(' ').take(DESCRIPTION_WORDS + 1) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if !is_description_word(bare) {
            return None;
        }
        end += bare.len();
        // (`the democrats`: people, whom `they` stands for.)
        let singular = !bare.ends_with('s') || bare.ends_with("ss");
        if bare.bytes().all(|b| b.is_ascii_lowercase())
            && singular
            && (sets::ORGANIZATION_HEADS.contains(bare)
                || organizations::DOCUMENTS.binary_search(&bare).is_ok())
        {
            return Some(end);
        }
        // (`The report said the government`: one phrase, no verb, no
        // second article.)
        if bare.len() != word.len() || sets::CUES.contains(bare) || bare.eq_ignore_ascii_case("the")
        {
            return None;
        }
        end += 1;
    }
    None
}

/// The length of a short name in brackets that opens `rest` (` (AFI)`),
/// or 0: a word of letters alone.
pub(super) fn short_name_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" (") else {
        return 0;
    };
    match inner.bytes().position(|b| !b.is_ascii_alphabetic()) {
        Some(n) if n > 0 && inner.as_bytes()[n] == b')' => n + 3,
        _ => 0,
    }
}
