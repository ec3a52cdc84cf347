//! Speakers: what a speaker phrase is (name, pronoun or description, with a
//! role), the fullest form of each name in the article, and which earlier
//! speaker a pronoun stands for.

use super::hashing::WordMap;
use super::tokens::{bare, is_abbreviation, is_cap, is_initial, is_possessive};
use crate::lexicon::sets;
use crate::lexicon::{contains_ci, titles, verbs};
use crate::span::{offset_in, Span};
use smallvec::SmallVec;

/// How a speaker phrase names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum How {
    /// A personal or organization name.
    Name,
    /// `he`, `she`, `they`, `who`...
    Pronoun,
    /// `officials`, `the report`.
    Description,
}

/// A speaker phrase found next to a cue. Spans are absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    pub how: How,
    /// The name, pronoun or description itself.
    pub mention: Span,
    /// A role found with it (`deputy foreign minister`).
    pub role: Option<Span>,
    /// For a relative `who`, or a pronoun after `in which`: the phrase it
    /// refers to.
    pub antecedent: Option<Span>,
}

pub(crate) fn is_pronoun(w: &str) -> bool {
    sets::SUBJECT_PRONOUNS.contains(w)
}

pub(crate) fn is_function(w: &str) -> bool {
    let b = bare(w);
    sets::FUNCTION_WORDS.contains(b) && !is_name_modal(b) && !is_initial(w)
}

pub(crate) fn is_determiner(w: &str) -> bool {
    sets::DETERMINERS.contains(w)
}

/// [`gender_of`] and [`is_title`] of `w` at once: for a word of ASCII
/// letters alone (most words), one lookup answers both.
#[inline]
pub(crate) fn gender_and_title(w: &str) -> (Gender, bool) {
    if !w.bytes().all(|b| b.is_ascii_alphabetic()) {
        return (gender_of(w), is_title(w));
    }
    let m = sets::ROLE_WORDS.mask(w);
    // (A word in both gendered tables is feminine, as [`gender_of`] reads
    // the feminine table first.)
    let gender = if m & sets::ROLE_WORDS_FEMININE != 0 {
        Gender::Female
    } else if m & sets::ROLE_WORDS_MASCULINE != 0 {
        Gender::Male
    } else {
        Gender::Unknown
    };
    let title = m & sets::ROLE_WORDS_TITLE != 0 && !capitalized_lowercase_title(w);
    (gender, title)
}

#[inline]
pub(crate) fn is_title(w: &str) -> bool {
    // (The exception asked only of a title: most words are none.)
    sets::TITLES.contains(bare(w)) && !capitalized_lowercase_title(w)
}

/// `analysts` in `Telecom analysts Ovum welcomed`: a title's plural in
/// lowercase, for a body of them named after it.
pub(crate) fn title_plural(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase()) && w.strip_suffix('s').is_some_and(is_title)
}

/// `Star` in `the Philippine Star`: a word of [`titles::LOWERCASE_TITLES`]
/// written with a capital, which ends a thing's name, no title.
fn capitalized_lowercase_title(w: &str) -> bool {
    // (Its capital first: one byte compared for most titles asked.)
    let first = w.as_bytes().first().copied().unwrap_or(0);
    titles::LOWERCASE_TITLES
        .iter()
        .any(|t| t.as_bytes()[0].to_ascii_uppercase() == first && bare(w).eq_ignore_ascii_case(t))
}

/// Whether `w`, right before `of`, is a title there: it is a surname
/// after a given name or an initial, `prev` (`Peter King of New York`,
/// `Peter T. King of`, `Mary Prince of`). Asked only before `of`: before
/// a name, a title after a place named like a person is a title still
/// (`Charlotte Mayor Jennifer Roberts`).
#[inline(always)]
pub(crate) fn is_title_before_of(prev: Option<&str>, w: &str) -> bool {
    is_title(w) && !prev.is_some_and(makes_surname)
}

/// Whether `prev` makes the title word after it a surname: a given name
/// or an initial.
fn makes_surname(prev: &str) -> bool {
    let b = prev.as_bytes();
    (b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.') || sets::GIVEN_NAMES.contains(prev)
}

/// Whether `w` and `next` open a run as a party or nation, or a group
/// ([`is_plural_group`]), and a given name (`Republican Donald`, `Tories
/// Ken`): the first is the person's role.
pub(crate) fn affiliation_before_given(w: &str, next: &str) -> bool {
    // The given name first: a hashed lookup, where the tables of
    // affiliations are two binary searches.
    sets::GIVEN_NAMES.contains(next) && (is_affiliation(w) || is_plural_group(w))
}

/// Whether `w` (any case) names a party or a nation, as a person's role:
/// one of [`titles::AFFILIATIONS`]
/// or a nation's adjective.
pub(crate) fn is_affiliation(w: &str) -> bool {
    contains_ci(titles::AFFILIATIONS, w) || contains_ci(crate::lexicon::places::NATIONALITIES, w)
}

/// How many words of a run, `word(k)` its `k`th from its first on, name a
/// party or nation before a given name, the person's role: one for
/// `Republican Donald Trump`, two for `Lib Dem Norman Baker` or `New
/// Yorker Dick Morris` (whose first word is no given name), none unless
/// two words or more follow them.
#[inline]
pub(crate) fn affiliation_len<'a>(word: impl Fn(usize) -> Option<&'a str>) -> usize {
    let (Some(w), Some(next), Some(third)) = (word(0), word(1), word(2)) else {
        return 0;
    };
    if affiliation_before_given(w, next) {
        1
    } else if word(3).is_some()
        && affiliation_before_given(next, third)
        && !sets::GIVEN_NAMES.contains(w)
    {
        2
    } else {
        0
    }
}

/// `Tories Ken Clarke and Sir George Young`, `Judges Simon Cowell, Louis
/// Walsh and Sharon Osbourne`: a plural before a list of names is the
/// group they belong to, no part of the first name. (A given name that
/// ends in `s`, `Carlos`, is in the table of given names and stays.)
fn is_plural_group(w: &str) -> bool {
    w.len() > 4 && ends_in_plural_s(w) && !is_possessive(w) && !sets::GIVEN_NAMES.contains(w)
}

/// A word in `-s` that is no `-ss`, `-us` or `-is` form (`class`,
/// `status`, `crisis`): the ending of a plural or of a verb's third person
/// singular.
#[inline]
pub(crate) fn ends_in_plural_s(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Whether the text before `word` (a slice of `input`) ends with a title
/// and `of`: `Secretary of`; or with `the` after them, when `next`, the
/// word after `word`, is a given name.
pub(crate) fn title_of_before(input: &str, word: &str, next: &str) -> bool {
    let head = input[..offset_in(input, word)].trim_end();
    // `Chancellor of the Exchequer Gordon Brown`: after an article, only
    // before a given name (not `chair of the Internet Engineering Task
    // Force`).
    let head = match head.strip_suffix(" the") {
        Some(h) if sets::GIVEN_NAMES.contains(next) => h,
        Some(_) => return false,
        None => head,
    };
    head.strip_suffix(" of")
        .is_some_and(|head| is_title(super::index::last_word(head)))
}

/// Whether the capitalized run `name` names an organization, not a
/// person: its last word ends the names of organizations (`Thames Valley
/// Police`, `Deutsche Bank's`) or is a one-word party (`Labour`).
pub(crate) fn names_organization(name: &str) -> bool {
    sets::ORGANIZATION_HEADS.contains(bare(super::index::last_word(name)))
}

/// Whether the word `w` heads a body's name that a `for` may go on
/// (`The National Council for Adoption`): capitalized, and a body's head.
pub(crate) fn heads_body_for(w: &str) -> bool {
    is_cap(w) && names_organization(w)
}

/// `Mr.`, `Ms.`: titles that are courtesy, not a role.
pub(crate) fn is_honorific(w: &str) -> bool {
    let b = bare(w);
    ["mr", "mrs", "ms", "miss", "mx", "sir", "madam"]
        .iter()
        .any(|h| b.eq_ignore_ascii_case(h))
}

/// `Lord`, `Baroness`: a peer's title, which goes with a surname alone.
pub(crate) fn is_peerage(w: &str) -> bool {
    PEERAGES.contains(&w)
}

/// The peer's titles [`is_peerage`] knows.
pub(crate) const PEERAGES: [&str; 4] = ["Lord", "Lady", "Baroness", "Baron"];

/// `Dr`, `Prof`: titles of learning, a name's own rather than a role's
/// last word.
pub(crate) fn is_academic(w: &str) -> bool {
    let b = bare(w);
    ["dr", "prof"].iter().any(|h| b.eq_ignore_ascii_case(h))
}

/// Whether `w`, in any case, names a part of a group before `of`
/// ([`crate::lexicon::pronouns::PARTITIVES`]: `Hundreds of`, `one of`).
pub(crate) fn is_partitive(w: &str) -> bool {
    w.len() <= 9 && contains_ci(crate::lexicon::pronouns::PARTITIVES, w)
}

/// Prepositions that may sit inside a speaker phrase (`a spokesman for the
/// campaign`, `Secretary of State`).
pub(crate) fn is_inner_preposition(w: &str) -> bool {
    // Most words are longer than any of these: no comparison at all.
    w.len() <= 4
        && ["of", "for", "at", "with", "from", "in", "on"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
}

#[inline]
pub(crate) fn is_particle(w: &str) -> bool {
    !is_cap(w) && sets::NAME_PARTICLES.contains(w)
}

pub(crate) fn is_calendar(w: &str) -> bool {
    let b = bare(w);
    sets::WEEKDAYS.contains(b) || (sets::MONTHS.contains(b) && !is_name_month(w))
}

/// A month that is more often a name when capitalized, so no calendar
/// word for [`is_calendar`], the name words and the subject walks: `May`
/// (with a final stop or `'s` too), and `Jan` with no stop, a given name
/// as often (`Jan Egeland`, `Jan Brewer`; `Jan. 5` keeps its stop, and the
/// dateline reads its own dates).
pub(crate) fn is_name_month(w: &str) -> bool {
    w == "Jan" || bare(w) == "May"
}

/// The modal that is a given name when capitalized (`said Will Doyle`,
/// `Will wrote`): capitalized, the modal only opens a question, which
/// holds no speaker phrase. No function word, then.
#[inline]
pub(crate) fn is_name_modal(b: &str) -> bool {
    b == "Will"
}

/// A word that can be part of a name: capitalized, not a function word, not
/// a weekday (`On Tuesday Trump said`).
pub(crate) fn is_name_word(w: &str) -> bool {
    if !is_cap(w) || is_compound_modifier(w) {
        return false;
    }
    // Most capitalized words are in none of the lists: one lookup says so.
    let b = bare(w);
    if !sets::NOT_NAMES.contains(b) && (b.len() == w.len() || !sets::NOT_NAMES.contains(w)) {
        return true;
    }
    !is_function(w)
        && !is_determiner(w)
        && !is_calendar(w)
        && !sets::SUBJECT_PRONOUNS.contains(w)
        && sets::NAME_WORDS.mask(b) & sets::NAME_WORDS_ADVERB == 0
}

/// The [`sets::NAME_WORDS`] masks of `w` without a final `.` or `'s` (only
/// those are cut) and of `w` itself, and whether that rules `w` out as a
/// name word: what both [`name_and_title`] and [`classify`] read their
/// answers from, one lookup when nothing was cut.
#[inline(always)]
fn name_word_masks(w: &str) -> (u32, u32, bool) {
    use sets::{
        NAME_WORDS_ADVERB as ADV, NAME_WORDS_DETERMINER as DET, NAME_WORDS_FUNCTION as FUNC,
        NAME_WORDS_MONTH as MONTH, NAME_WORDS_PRONOUN as PRON, NAME_WORDS_WEEKDAY as DAY,
    };
    // (An initial is looked up with its dot, as no word: `A.` is no `a`.)
    let b = if matches!(w.as_bytes().last(), Some(b'.' | b's')) && !is_initial(w) {
        bare(w)
    } else {
        w
    };
    let mb = sets::NAME_WORDS.mask(b);
    let mw = if b.len() == w.len() {
        mb
    } else {
        sets::NAME_WORDS.mask(w)
    };
    // The name modal reads as no function word at all.
    let mb = if mb & FUNC != 0 && is_name_modal(b) {
        mb & !FUNC
    } else {
        mb
    };
    let not_name = mb & (FUNC | DAY | ADV) != 0
        || mw & (DET | PRON) != 0
        || (mb & MONTH != 0 && !is_name_month(w));
    (mb, mw, not_name)
}

/// `Coffee-loving Curry`, `Paris-based Euronext`, `Oscar-nominated Owen`,
/// `Tunisian-born Abdellatif Kechiche`: a word whose last hyphened part is
/// a lowercase participle (or `born`) is a modifier, not a name word.
/// Other lowercase parts are names' own (`Chung Mong-koo`, `Ban Ki-moon`,
/// `Ross-van Dorp`) or a role's (`Co-anchor Norah O'Donnell asked`).
#[inline]
fn is_compound_modifier(w: &str) -> bool {
    // Asked of every capitalized word: the last two bytes turn most away
    // before the hyphen is looked for (with a plain loop: memrchr's call
    // costs more than the search in a short word).
    let b = w.as_bytes();
    if b.len() < 6 || !matches!(&b[b.len() - 2..], b"ed" | b"ng" | b"rn") {
        return false;
    }
    let Some(k) = b.iter().rposition(|&c| c == b'-') else {
        return false;
    };
    let part = &w[k + 1..];
    if !part.bytes().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    let n = part.len();
    part == "born" || (n >= 5 && part.ends_with("ing")) || (n >= 4 && part.ends_with("ed"))
}

/// A capitalized verb form that opens a sentence before a name, where
/// the capital says nothing (`Bringing Ford production home`, `Praising
/// Lopez's record`, `Stated Lopez: "..."`): no part of the name after
/// it. An `-ing` word is one unless it is a given name or in
/// [`verbs::ING_NAMES`] (`Irving Berlin`, `Downing Street`); an `-ed` word
/// only when it is a speech verb (`Stated`, `Continued`), as many given
/// names (`Ahmed`, `Jared`) and firms (`United`, `Associated Press`) end in
/// `-ed` too. Callers ask it only of a run's first word, before they ask
/// [`opens_sentence`].
#[inline(always)]
pub(crate) fn is_opening_verb(w: &str) -> bool {
    // Asked of many runs: the last two bytes turn most words away where
    // it is asked, before any call or lookup.
    let b = w.as_bytes();
    b.len() >= 5 && matches!(&b[b.len() - 2..], b"ng" | b"ed") && opening_verb_form(w)
}

/// [`is_opening_verb`] past its suffix screen: out of line, as few words
/// come this far.
#[inline(never)]
fn opening_verb_form(w: &str) -> bool {
    if w.ends_with("ing") {
        !sets::GIVEN_NAMES.contains(w) && !contains_ci(verbs::ING_NAMES, w)
    } else {
        w.ends_with("ed") && sets::CUES.contains(w)
    }
}

/// A role noun of [`titles::OPENING_ROLES`]
/// that opens a sentence before a full name, where the capital says nothing
/// (`Wing Christophe Dominici says`, `Keeper Tony Bullock said`): the role,
/// no part of the name. These are surnames or plain words elsewhere, so no
/// titles. Callers ask it of the first word of a run of three words or
/// more, before they ask [`opens_sentence`].
#[inline]
pub(crate) fn is_opening_role(w: &str) -> bool {
    sets::OPENING_ROLES.contains(w)
}

/// What the first word `first` of a run of `n` capitalized words is when
/// it opens a sentence and is no part of the name after it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opening {
    /// A verb form ([`is_opening_verb`]): `Stated Lopez: "..."`; a command
    /// or a cue before its speaker: `Said Williams: "..."`.
    Verb,
    /// A role before a full name ([`is_opening_role`]): `Wing Christophe
    /// Dominici says`.
    Role,
}

/// `Follow Pam Key on Twitter`, `See Sexton's full timeline`: a command
/// ([`verbs::IMPERATIVES`]) before a full name, or before an owner (the
/// word after `first`, a slice of `input`, ends in `'s`), in a run of `n`
/// words. Not before one other word alone: `Ask Jeeves` is a firm. Or a
/// cue ([`verbs::INVERTED_CUES`]) before its speaker: `Said Williams`.
#[inline(always)]
fn is_command(input: &str, first: &str, n: usize) -> bool {
    let m = sets::NAME_OPENERS.mask(first);
    m & sets::NAME_OPENERS_CUE != 0
        || (m & sets::NAME_OPENERS_COMMAND != 0 && (n >= 3 || owner_after(input, first)))
}

/// Whether the word after `first` (a slice of `input`) ends in `'s`.
#[inline(never)]
fn owner_after(input: &str, first: &str) -> bool {
    let after = &input[offset_in(input, first) + first.len()..];
    let next = after.split_whitespace().next().unwrap_or("");
    is_possessive(next)
}

/// `Defiant Matt Williams insists`, `Injured Rio Ferdinand`: whether
/// `first` (a slice of `input`) ends as an adjective does
/// ([`titles::MOOD_SUFFIXES`]), is no given name, and a given name follows
/// it: news writing sets how a person is before the name, which the
/// name is not. (A given name that ends so, `Vincent`, is in the tables.)
#[inline(never)]
fn mood_before_given(input: &str, first: &str) -> bool {
    let b = first.as_bytes();
    if !titles::MOOD_SUFFIXES
        .iter()
        .any(|s| b.len() > s.len() + 2 && b.ends_with(s.as_bytes()))
        || sets::GIVEN_NAMES.contains(first)
    {
        return false;
    }
    let after = &input[offset_in(input, first) + first.len()..];
    let next = after
        .strip_prefix(' ')
        .and_then(|a| a.split(' ').next())
        .unwrap_or("");
    sets::GIVEN_NAMES.contains(next)
}

/// `Oscar-winner Andrea Arnold`: a compound with a lowercase word after
/// its hyphen describes; no given name is one (they join capitals,
/// `Jean-Pierre`).
#[inline]
fn lower_after_hyphen(w: &str) -> bool {
    let b = w.as_bytes();
    b.iter()
        .rposition(|&c| c == b'-')
        .is_some_and(|k| k > 0 && b.get(k + 1).is_some_and(u8::is_ascii_lowercase))
}

/// The [`Opening`] word `first` (a slice of `input`) is, as the first of a
/// run of `n` words, if any: the name index's runs and a speaker phrase
/// ask the same. Inlined where it is asked, as [`is_opening_verb`]'s
/// suffix screen turns most words away there, before any call.
#[inline(always)]
pub(crate) fn opening_word(input: &str, first: &str, n: usize) -> Option<Opening> {
    if n < 2 {
        return None;
    }
    let opening = if is_opening_verb(first)
        || is_command(input, first, n)
        || (n >= 3 && mood_before_given(input, first))
    {
        Opening::Verb
    } else if n >= 3 && (is_opening_role(first) || lower_after_hyphen(first)) {
        Opening::Role
    } else {
        return None;
    };
    opens_sentence(input, offset_in(input, first)).then_some(opening)
}

/// Whether byte `at` of `input` opens a sentence: only opening quotes and
/// whitespace come before it since a line break (a paragraph's start) or
/// since a `.` (after no abbreviation: `Mr.`, `U.S.`), `!` or `?`, which a
/// closing quote may follow.
pub(crate) fn opens_sentence(input: &str, at: usize) -> bool {
    let head = input[..at].trim_end_matches(['"', '“', '‘', '\'', '(']);
    let t = head.trim_end();
    if t.is_empty() || head[t.len()..].contains('\n') {
        return true;
    }
    let t = t.trim_end_matches(['"', '”', '’', '\'', ')']);
    if t.ends_with(['!', '?']) {
        return true;
    }
    ends_with_full_stop(t)
}

/// Whether `text` (with no whitespace at its end) ends with a `.` that
/// ends a sentence: one after no abbreviation (`Sen.`, `U.S.`).
pub(crate) fn ends_with_full_stop(text: &str) -> bool {
    text.ends_with('.') && !ends_abbreviation(super::index::last_word(text))
}

/// `Sen.`: whether `word` ends with the dot of an abbreviation, which ends
/// no sentence.
pub(crate) fn ends_abbreviation(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(is_abbreviation)
}

/// For a capitalized word, [`is_name_word`] and [`is_title`] from one
/// lookup.
pub(crate) fn name_and_title(w: &str) -> (bool, bool) {
    debug_assert!(is_cap(w));
    let (mb, _, not_name) = name_word_masks(w);
    (
        !not_name && !is_compound_modifier(w),
        mb & sets::NAME_WORDS_TITLE != 0 && !capitalized_lowercase_title(w),
    )
}

/// No [`classify`] answer yet.
const UNCLASSIFIED: u8 = u8::MAX;
/// [`classify`] bit: [`is_function`].
pub(crate) const FUNCTION: u8 = 1;
/// [`classify`] bit: [`is_determiner`].
pub(crate) const DETERMINER: u8 = 2;
/// [`classify`] bit: [`is_pronoun`].
pub(crate) const PRONOUN: u8 = 4;
/// [`classify`] bit: [`is_title`].
pub(crate) const TITLE: u8 = 8;
/// [`classify`] bit: [`is_name_word`].
pub(crate) const NAME: u8 = 16;
/// [`classify`] bit: [`is_particle`].
pub(crate) const PARTICLE: u8 = 32;

/// Every question a speaker phrase asks of its words, answered for `w` by
/// one lookup (two when it ends in `.` or `'s`): the [`FUNCTION`],
/// [`DETERMINER`], [`PRONOUN`], [`TITLE`], [`NAME`] and [`PARTICLE`] bits.
#[inline]
pub(crate) fn classify(w: &str) -> u8 {
    let cap = is_cap(w);
    use sets::{
        NAME_WORDS_DETERMINER as DET, NAME_WORDS_FUNCTION as FUNC, NAME_WORDS_PARTICLE as PART,
        NAME_WORDS_PRONOUN as PRON, NAME_WORDS_TITLE as TTL,
    };
    let (mb, mw, not_name) = name_word_masks(w);
    let bit = |on: bool, bit: u8| if on { bit } else { 0 };
    bit(mb & FUNC != 0, FUNCTION)
        | bit(mw & DET != 0, DETERMINER)
        | bit(mw & PRON != 0, PRONOUN)
        | bit(
            mb & TTL != 0 && !(cap && capitalized_lowercase_title(w)),
            TITLE,
        )
        | bit(cap && !not_name && !is_compound_modifier(w), NAME)
        | bit(!cap && mw & PART != 0, PARTICLE)
}

/// The [`Np`] of a phrase that is one pronoun, `w` (a slice of `input`):
/// what [`analyze`] gives `[w]`, for a caller that has looked `w` up.
pub(crate) fn pronoun_np(input: &str, w: &str) -> Np {
    debug_assert!(is_pronoun(w));
    pronoun_mention(input, w)
}

/// The [`Np`] of the pronoun `w` (a slice of `input`), which
/// [`pronoun_np`] asks to be a subject pronoun and `according to him`
/// takes as an object.
pub(crate) fn pronoun_mention(input: &str, w: &str) -> Np {
    let s = offset_in(input, w);
    Np {
        how: How::Pronoun,
        mention: Span::new(s, s + w.len()),
        role: None,
        antecedent: None,
    }
}

/// Whether word `k` (not the first) of `words` is the `of`, `to` or `for`
/// that joins a plural of people ([`super::subjects::DESCRIPTIVE_PLURALS`])
/// to a name, maybe with `the` between: `Supporters of Sanders`, `Lawyers
/// for the Clinton campaign`.
#[inline(always)]
fn group_of_at(words: &[&str], k: usize) -> bool {
    if !matches!(words[k], "of" | "to" | "for") {
        return false;
    }
    capital_after(words, k) && super::subjects::DESCRIPTIVE_PLURALS.contains(words[k - 1])
}

/// Whether the word after word `k` of `words`, past a `the`, is
/// capitalized: the name a preposition joins (`of Sanders`, `of the New
/// York delegation`).
#[inline(always)]
fn capital_after(words: &[&str], k: usize) -> bool {
    let after = match words.get(k + 1) {
        Some(&"the") => words.get(k + 2),
        next => next,
    };
    after.is_some_and(|a| is_cap(a))
}

/// Whether the word before `word` (a slice of `input`) is `on`. (By
/// bytes: the byte before `on` may be inside a character, `“on`.)
fn after_on(input: &str, word: &str) -> bool {
    let before = input[..offset_in(input, word)].trim_end().as_bytes();
    let Some(k) = before.len().checked_sub(2) else {
        return false;
    };
    let word_start = k == 0 || (before[k - 1] < 0x80 && !before[k - 1].is_ascii_alphanumeric());
    before[k..].eq_ignore_ascii_case(b"on") && word_start
}

/// Builds an [`Np`] from the words of a speaker phrase, in text order.
/// `words` are contiguous slices of `input`.
pub(crate) fn analyze(input: &str, words: &[&str]) -> Option<Np> {
    // `the "dirty tricks" that Ben Carson accused`, `Reporting that Orlando
    // killer shouted`: a lowercase `that` before a capital opens a clause,
    // no demonstrative; the phrase after it is the subject.
    let words = match words {
        ["that", next, ..] if is_cap(next) => &words[1..],
        // `On Tuesday Labour chairman Ian McCartney said`: a weekday after
        // `on` dates the sentence, no part of the role.
        // (Every weekday ends in `day`: most words are turned away
        // before a lookup.)
        [day, _, ..]
            if day.ends_with("day") && sets::WEEKDAYS.contains(day) && after_on(input, day) =>
        {
            &words[1..]
        }
        _ => words,
    };
    let first = *words.first()?;
    let span = |a: &str, b: &str| {
        let s = offset_in(input, a);
        Span::new(s, offset_in(input, b) + b.len())
    };
    // A prepositional phrase after the head is not part of the name: `Gov.
    // Earl Ray Tomblin of West Virginia`, `the senator from Florida`. An
    // `of` right after a title or an organization's last word stays
    // (`Secretary of State`, `the Muslim Council of Britain`).
    let cut = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|&(k, w)| {
            if !is_inner_preposition(w) {
                // (`a source close to the campaign`: an adjective's object,
                // cut off as a prepositional phrase is, the adjective
                // with it, below.)
                return k >= 2 && titles::takes_object(words[k - 1], w);
            }
            let titled = || is_title_before_of(k.checked_sub(2).map(|p| words[p]), words[k - 1]);
            // (`a Top of the Pops spokesperson`: a name with `of` inside,
            // right after the article, that modifies a lowercase head is
            // part of the phrase; `Robert Antonacci of the New York
            // delegation` is a person of a body.)
            let inside_name = || {
                is_determiner(words[0])
                    && words[1..k].iter().all(|w| is_cap(w))
                    && capital_after(words, k)
                    && words.last().is_some_and(|h| !is_cap(h))
            };
            // (`Supporters of Sanders`, `Aides to Clinton`: a group of
            // people keeps the name it is of, which is no speaker.)
            let group = || group_of_at(words, k);
            // (`The National Council for Adoption`: `for` after a body's
            // capitalized head stays too.)
            match *w {
                "of" => {
                    !(titled()
                        || names_organization(words[k - 1])
                        || inside_name()
                        || is_partitive(words[k - 1])
                        || group())
                }
                "for" => !heads_body_for(words[k - 1]) && !group(),
                _ => true,
            }
        })
        .map_or(words.len(), |(k, _)| k);
    let mut words = &words[..cut];
    // (`a source close to the campaign`, `Sources familiar with`: the
    // adjective of an object cut off above, or where a reader stopped
    // before the preposition, is no head.)
    if let [.., _, last] = words {
        if titles::is_postnominal_adjective(last) {
            words = &words[..words.len() - 1];
        }
    }
    // `"...," McGuinness recently said`: an adverb between a name and the
    // cue is no part of the name (`the editorial board recently` ends with
    // its noun as any description does, below).
    let mut stripped = false;
    while let [.., name, adverb] = words {
        if !(is_cap(name) && super::subjects::ADVERBS.contains(adverb)) {
            break;
        }
        words = &words[..words.len() - 1];
        stripped = true;
    }
    // (`Most recently, Trump called`: an opening time phrase, no one's
    // name or description.)
    if stripped && matches!(words, [w] if is_determiner(w)) {
        return None;
    }
    let last = *words.last()?;
    // Each word is looked up once, when first asked about, for every
    // question below (a lowercase word that ends the phrase is none).
    let mut known = [UNCLASSIFIED; 12];
    let mut class = |k: usize| match known.get_mut(k) {
        Some(c) if *c != UNCLASSIFIED => *c,
        Some(c) => {
            *c = classify(words[k]);
            *c
        }
        None => classify(words[k]),
    };
    // A sentence adverb alone is no speaker: `Ultimately, there will be,
    // says Mr Donofrio, ...`.
    if words.len() == 1 && sets::NAME_WORDS.mask(first) & sets::NAME_WORDS_ADVERB != 0 {
        return None;
    }
    if words.len() == 1 && class(0) & PRONOUN != 0 {
        return Some(Np {
            how: How::Pronoun,
            mention: span(first, first),
            role: None,
            antecedent: None,
        });
    }
    // `"Hi, sir!" he’d shouted`: the pronoun of a contraction, without it
    // (not `I'Anson`, a name).
    // (A pronoun has four letters at most, and a contraction a curly
    // apostrophe's three bytes and two letters more: `they’ll`.)
    if words.len() == 1 && first.len() <= 9 {
        let base = super::grammar::before_apostrophe(first);
        let tail = first[base.len()..].trim_start_matches(['\'', '’']);
        let contraction = matches!(tail, "d" | "s" | "ll" | "ve" | "re" | "m");
        if contraction && !base.is_empty() && is_pronoun(base) {
            return Some(pronoun_np(input, base));
        }
    }
    // The name is the run of name words that ends the phrase.
    let mut r = words.len();
    while r > 0 {
        let w = words[r - 1];
        let inner = r < words.len() && r > 1;
        // A capitalized word is a name word or ends the run; a lowercase
        // one inside it may be a particle or `of`, the `for` after a body's
        // head (`the Department for Education`), or the `and` of a body's
        // name (`the Public and Commercial Services Union`).
        let ok = if is_cap(w) {
            // (`coach Mike Friday`: a weekday after a given name is a
            // surname, at the phrase's end.)
            class(r - 1) & NAME != 0
                || (r == words.len()
                    && r >= 2
                    && is_calendar(w)
                    && is_cap(words[r - 2])
                    && sets::GIVEN_NAMES.contains(words[r - 2]))
        } else if r == words.len() && r >= 2 && w.bytes().all(|b| b.is_ascii_digit()) {
            // `Number 10`, `BBC Radio 1`: a number that ends a name.
            is_cap(words[r - 2])
        } else {
            inner
                && (class(r - 1) & PARTICLE != 0
                    || (w == "of" && is_cap(words[r - 2]))
                    || (w == "for" && heads_body_for(words[r - 2]))
                    || (w == "and" && is_cap(words[r - 2]) && names_organization(last)))
        };
        if !ok {
            break;
        }
        r -= 1;
    }
    // A verb form that opens the sentence is no part of the name after it:
    // `Stated Lopez: "..."`.
    // And a role noun that opens it before a full name is the role:
    // `Wing Christophe Dominici says`.
    let mut opening_role = false;
    if r == 0 {
        if let Some(opening) = opening_word(input, first, words.len()) {
            r = 1;
            opening_role = opening == Opening::Role;
        }
    }
    // A describing phrase ends with its noun: `the editorial board
    // recently`, `The 14-year-old said` stop before the adverb or verb
    // (but `the recently` stays whole: one word is no phrase).
    let desc = |from: usize| {
        let mut end = words.len();
        while end > from + 1 && !is_head(words[end - 1]) {
            end -= 1;
        }
        if end == from + 1 && end < words.len() && is_determiner(words[from]) {
            end = words.len();
        }
        Np {
            how: How::Description,
            mention: span(words[from], words[end - 1]),
            role: None,
            antecedent: None,
        }
    };
    // `Supporters of Sanders`, `Aides to Clinton`: a group of people and
    // whom it is of (kept whole by the cut above) describe the speaker;
    // the name is none.
    // (Three words at least: most phrases are shorter.)
    let group = || words.len() >= 3 && (1..words.len() - 1).any(|k| group_of_at(words, k));
    if r == words.len() || group() {
        return Some(desc(0));
    }
    // Titles inside the run belong to the role (`Foreign Minister Sergei
    // Lavrov`), and so does an `of X` right after one (`Secretary of State`).
    let mut n = r;
    // (`The Information Commissioner's Office`: a title's possessive
    // before a body's head names the body, office and all.)
    let office = words.len() >= 2
        && is_possessive(words[words.len() - 2])
        && is_cap(last)
        && names_organization(last);
    // The last word stays a name: `Mr. King`, `Secretary Clinton`.
    for k in r..words.len() - 1 {
        if class(k) & TITLE != 0 && !office {
            n = k + 1;
        }
    }
    if n < words.len() && n > r && words[n] == "of" {
        // (`Chancellor of the Exchequer Gordon Brown`: with its article.)
        let the = words.get(n + 1).is_some_and(|w| is_determiner(w));
        n = (n + 2 + usize::from(the)).min(words.len());
    }
    if n >= words.len() {
        return Some(desc(0));
    }
    // `the Lord Chancellor`, `the Lord Mayor`: after an article, a run of
    // titles alone is an office, no name (`Lord King` has none before it).
    if n == words.len() - 1
        && class(0) & DETERMINER != 0
        && (n..words.len()).all(|k| class(k) & TITLE != 0)
        && (r..n).all(|k| !is_honorific(words[k]))
    {
        return Some(desc(0));
    }
    // `Chancellor of the Exchequer Gordon Brown`: the run of name words
    // starts after the article, with the office's name, when a given name
    // follows that (not `chair of the Internet Engineering Task Force`).
    if n == r
        && r >= 3
        && r + 2 < words.len()
        && sets::GIVEN_NAMES.contains(words[r + 1])
        && is_determiner(words[r - 1])
        && words[r - 2] == "of"
        && class(r - 3) & TITLE != 0
    {
        n = r + 1;
    }
    // `Republican Donald Trump`, `Lib Dem Norman Baker`: a party or nation
    // before a given name and a surname is the role.
    // (`leader of the Commons Oliver Heald`, read back from its cue: the
    // word after a title's `of` is the title's, as in the name index, but
    // here only before a given name: not `CEO of Washington Restaurant
    // Association`.)
    let lead = if n == r {
        match affiliation_len(|k| words.get(r + k).copied()) {
            0 if r == 0
                && words.len() >= 3
                && sets::GIVEN_NAMES.contains(words[1])
                && title_of_before(input, words[0], words[1]) =>
            {
                1
            }
            k => k,
        }
    } else {
        0
    };
    let mut affiliated = lead > 0;
    n += lead;
    // `New York City Public Advocate Trish James`, `Maricopa County
    // Recorder Helen Purcell`: two capitalized words or more of a role no
    // table lists, none a given name, before a given name and a surname
    // (with an initial between at most): the role is the words before.
    // (An owner's words, `Deutsche Bank's Simon Champion`, are read as
    // the owner elsewhere.)
    if !affiliated && words.len() >= n + 4 {
        let given = (n + 2..words.len() - 1).find(|&k| sets::GIVEN_NAMES.contains(words[k]));
        if let Some(k) = given.filter(|&k| {
            words.len() - k <= 3
                && words[n..k]
                    .iter()
                    .all(|w| is_cap(w) && !is_possessive(w) && !sets::GIVEN_NAMES.contains(w))
        }) {
            n = k;
            affiliated = true;
        }
    }
    // `the head of the Royal Bank`, `a member of GreatFire.org`: a role of
    // a body, no name of a person.
    let of_at = |k: usize| r >= k + 2 && words[r - k] == "of";
    // (And `a member of the Justice League`, where the body's name opens
    // with a title: the run ends with a body's head.)
    if class(0) & DETERMINER != 0 && (of_at(1) || of_at(2)) && (n == r || names_organization(last))
    {
        return Some(desc(0));
    }
    let mut role_start = 0;
    while role_start < n && class(role_start) & (DETERMINER | FUNCTION) != 0 {
        role_start += 1;
    }
    // `Said Wales assistant coach Scott Johnson:`: the cue that opens the
    // sentence is no part of the role.
    if role_start == 0
        && n > 1
        && sets::NAME_OPENERS.mask(first) & sets::NAME_OPENERS_CUE != 0
        && opens_sentence(input, offset_in(input, first))
    {
        role_start = 1;
    }
    // A courtesy, academic or peer's title ends no role: `deputy prime
    // minister Mr Prescott`, `MAB spokesman Dr Azzam Tamimi`, `the Lord
    // Chancellor Lord Falconer`, `actress Dame Judi Dench`.
    let mut role_end = n;
    while role_end > role_start + 1
        && (is_honorific(words[role_end - 1])
            || is_academic(words[role_end - 1])
            || is_peerage(words[role_end - 1])
            || words[role_end - 1] == "Dame")
    {
        role_end -= 1;
    }
    // `Bath prop Duncan Bell`, `Labour backbencher Stephen Pound`: a role
    // noun that is no title elsewhere, as it is a surname or a plain word
    // too ([`is_opening_role`]), is one in lowercase right before a full
    // name.
    let role_noun = |k: usize| {
        k + 1 == r
            && words.len() - n >= 2
            && words[k].starts_with(|c: char| c.is_ascii_lowercase())
            && is_opening_role(words[k])
    };
    // `Telecom analysts Ovum`: a title's plural right before the name,
    // for a body of them.
    let plural = |k: usize| k + 1 == r && title_plural(words[k]);
    let mut role = None;
    for k in role_start..role_end {
        if (class(k) & TITLE != 0 && !is_honorific(words[k]))
            || opening_role
            || affiliated
            || role_noun(k)
            || plural(k)
        {
            role = Some(span(words[role_start], words[role_end - 1]));
            break;
        }
    }
    if r > 0 && role.is_none() && class(0) & DETERMINER != 0 {
        // `the Trump campaign`, `the White House`: a description.
        return Some(desc(0));
    }
    // `Acme's CEO said`, `Trump's potential VP`: a title that ends the
    // phrase right after an owner or a lowercase word is an office, no
    // one's name (`Mr. King`, `Secretary Clinton` end in a name).
    let before_last = words.len().checked_sub(2).map(|k| words[k]);
    if class(words.len() - 1) & TITLE != 0
        && before_last.is_some_and(|b| is_possessive(b) || !is_cap(b))
    {
        return Some(desc(0));
    }
    Some(Np {
        how: How::Name,
        mention: span(words[n], last),
        role,
        antecedent: None,
    })
}

/// Whether `w` may end a describing phrase as its noun: no lowercase
/// adverb, irregular past, particle, reflexive or function word.
fn is_head(w: &str) -> bool {
    use crate::lexicon::pronouns;
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return true;
    }
    let adverb = w.len() > 4 && w.ends_with("ly") && !contains_ci(verbs::LY_NOUNS, w);
    let past = w.len() > 4 && w.ends_with("ed") && !contains_ci(verbs::ED_NOUNS, w);
    // A number or a quantity may stand for its noun (`The remaining two`).
    let class = classify(w);
    let article = class & DETERMINER != 0 && !contains_ci(pronouns::QUANTITIES, w);
    !(adverb || past || article || class & (FUNCTION | PRONOUN) != 0 || sets::NOT_HEADS.contains(w))
}

/// The grammatical gender a title or pronoun implies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Unknown,
    Female,
    Male,
}

/// The gender hinted by a role or title text.
pub(crate) fn gender_of(text: &str) -> Gender {
    // Most text is ASCII: its pieces are found by bytes, without decoding.
    let b = text.as_bytes();
    let mut i = 0;
    while i <= b.len() {
        let s = i;
        i = crate::ascii8::alnum_run_end(b, i);
        if i < b.len() && b[i] >= 0x80 {
            return gender_of_chars(text);
        }
        // `s..i` holds ASCII letters and digits alone: asked as bytes.
        match sets::GENDERED.which_bytes(&b[s..i]) {
            Some(0) => return Gender::Female,
            Some(_) => return Gender::Male,
            None => {}
        }
        i += 1;
    }
    Gender::Unknown
}

/// [`gender_of`] by `char`s.
fn gender_of_chars(text: &str) -> Gender {
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        match sets::GENDERED.which(w) {
            Some(0) => return Gender::Female,
            Some(_) => return Gender::Male,
            None => {}
        }
    }
    Gender::Unknown
}

/// The gender a speaker pronoun stands for. Possessives stand for a
/// speaker too: `his claim that "..."`; and objects: `according to him`.
pub(crate) fn gender_of_pronoun(p: &str) -> Gender {
    let is = |w: &str| p.eq_ignore_ascii_case(w);
    if is("he") || is("his") || is("him") {
        Gender::Male
    } else if is("she") || is("her") {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// `they` or `them`, in any case: a pronoun that stands for a group, no
/// one person.
pub(crate) fn is_they(p: &str) -> bool {
    p.eq_ignore_ascii_case("they") || p.eq_ignore_ascii_case("them")
}

/// `I` or `we`, in any case: the pronouns of whoever writes.
pub(crate) fn is_first_person(p: &str) -> bool {
    p.eq_ignore_ascii_case("i") || p.eq_ignore_ascii_case("we")
}

/// `he`, `she`, `his`, `her` or `I`: a pronoun that stands for a person.
pub(crate) fn is_personal(p: &str) -> bool {
    gender_of_pronoun(p) != Gender::Unknown || p.eq_ignore_ascii_case("i")
}

/// A speaker seen so far, for pronouns to refer back to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entity {
    pub name: Span,
    pub role: Option<Span>,
    /// The gender a title, a role or a pronoun gave it.
    pub gender: Gender,
    /// The gender its given name says: weaker, it only keeps a pronoun of
    /// the other gender from taking it (`she` is not Donald Trump).
    pub given: Gender,
    /// Its given name is one of either gender (`Robin Maynard`): a person
    /// whom a pronoun of either gender may mean, as near as one of that
    /// gender known.
    pub unisex: bool,
    pub person: bool,
}

impl Entity {
    /// Whether nothing (a title, a role, a pronoun, a given name) says the
    /// speaker's gender.
    fn ungendered(&self) -> bool {
        self.gender == Gender::Unknown && self.given == Gender::Unknown
    }

    /// Whether nothing known of the speaker (a title, a role or a pronoun
    /// first, else a given name) rules out gender `want`.
    pub(crate) fn may_be(&self, want: Gender) -> bool {
        want == Gender::Unknown
            || self.gender == want
            || self.gender == Gender::Unknown
                && (self.given == Gender::Unknown || self.given == want)
    }
}

/// Whether a speaker's name `text` is a name, not a description: its
/// first word capitalized and no determiner (`UK Coal`, not `The
/// company`).
fn is_named(text: &str) -> bool {
    text.split(' ')
        .next()
        .is_some_and(|w| is_cap(w) && !is_determiner(w))
}

/// Speakers in the order they were last attributed.
#[derive(Debug, Default)]
pub(crate) struct Entities<'a> {
    /// Where each name's record is in `list`, once there are more than
    /// [`SCAN_NAMES`] records: below that, `list` is searched.
    by_name: Option<WordMap<&'a str, usize>>,
    /// Most articles name a few speakers: kept inline, no allocation.
    list: SmallVec<[Entity; 8]>,
    /// Records in the order they spoke; only the last few are searched.
    recent: SmallVec<[usize; 16]>,
}

/// How far back a pronoun looks for its speaker, in attributions.
const PRONOUN_REACH: usize = 24;

/// Up to this many speakers, a name is found by comparing it with each
/// record's: an article has a handful, and a map costs more to set up and
/// hash into than a few comparisons of short strings.
const SCAN_NAMES: usize = 16;

impl<'a> Entities<'a> {
    /// Records that `e` just spoke; merges with an earlier record of the
    /// same name (keeping a role or gender learned before).
    pub(crate) fn spoke(&mut self, input: &'a str, e: Entity) -> Entity {
        self.spoke_or(input, e, None)
    }

    /// [`Entities::spoke`], with `weak` the role when neither `e` nor an
    /// earlier record of its name has one (`QC` after `Guy Mansfield`).
    pub(crate) fn spoke_or(&mut self, input: &'a str, mut e: Entity, weak: Option<Span>) -> Entity {
        let key = &input[e.name.range()];
        let next = self.list.len();
        // One search finds the record or files the new one's place.
        let k = match &mut self.by_name {
            Some(map) => *map.entry(key).or_insert(next),
            None => {
                let k = self.list.iter().position(|o| &input[o.name.range()] == key);
                k.unwrap_or(next)
            }
        };
        if k == next {
            e.role = e.role.or(weak);
            self.list.push(e);
            if self.by_name.is_none() && self.list.len() > SCAN_NAMES {
                let names = self.list.iter().enumerate();
                let map = names.map(|(k, o)| (&input[o.name.range()], k)).collect();
                self.by_name = Some(map);
            }
        } else {
            let old = self.list[k];
            e.role = e.role.or(old.role).or(weak);
            if e.gender == Gender::Unknown {
                e.gender = old.gender;
            }
            if e.given == Gender::Unknown {
                e.given = old.given;
            }
            self.list[k] = e;
        }
        if self.recent.last() != Some(&k) {
            self.recent.push(k);
        }
        e
    }

    /// Whether a speaker named `name` (as `input` gives their names) has
    /// been recorded.
    pub(crate) fn has_spoken(&self, input: &str, name: &str) -> bool {
        match &self.by_name {
            Some(map) => map.get(name).is_some(),
            None => self.list.iter().any(|o| &input[o.name.range()] == name),
        }
    }

    /// The last speaker recorded, when the last speaker phrase named them
    /// (`last`, the name it resolved to: one a pronoun resolved to is not
    /// recorded again) and they are a person of whom nothing says the
    /// gender: whom a pronoun of gender `want` (known) right after their
    /// sentence means, the pronoun giving them its gender. A description
    /// (`The prime minister`) is no such speaker: a name it stands for may
    /// say the gender.
    /// `placed` says whether the pronoun stands where it may mean them,
    /// asked last: it reads the text.
    pub(crate) fn last_of_unknown_gender(
        &mut self,
        input: &str,
        last: &str,
        want: Gender,
        placed: impl FnOnce() -> bool,
    ) -> Option<Entity> {
        let &k = self.recent.last()?;
        let e = &mut self.list[k];
        let text = &input[e.name.range()];
        let named = text == last && is_named(text);
        if !(e.person && e.ungendered() && want != Gender::Unknown && named && placed()) {
            return None;
        }
        e.gender = want;
        Some(*e)
    }

    /// The last speaker, when it is a body named (no description: its first
    /// word capitalized and no determiner; a body's head may stand before
    /// `of`), or a name that holds an acronym and that no title, role or
    /// given name says is a person's (`UK Coal`, `JP Morgan`): whom `the
    /// company` after `UK Coal said` means. (A name of a person whose given
    /// name the tables do not know, `Zorvan Pettigrew`, is no firm's.)
    pub(crate) fn last_named_body(&self, input: &str) -> Option<Entity> {
        let e = self.list[*self.recent.last()?];
        let text = &input[e.name.range()];
        let acronym = || {
            text.split(' ')
                .any(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
        };
        // (`Association of Flight Attendants`: a body's head before `of`,
        // where `names_organization` reads the last word.)
        let head_of = || {
            text.split_once(" of ")
                .is_some_and(|(head, _)| names_organization(head))
        };
        let body = !e.person || head_of() || (e.ungendered() && e.role.is_none() && acronym());
        (body && is_named(text)).then_some(e)
    }

    /// Forgets the order in which the speakers spoke, keeping what is
    /// known of each (a role, a gender): no one who spoke before now is
    /// whom a later pronoun means.
    pub(crate) fn forget_recent(&mut self) {
        self.recent.clear();
    }

    /// The most recent speaker a pronoun can refer to (names read from
    /// `input`).
    pub(crate) fn resolve(
        &mut self,
        input: &str,
        pronoun: &str,
        exact_only: bool,
    ) -> Option<Entity> {
        let want = gender_of_pronoun(pronoun);
        let personal = is_personal(pronoun);
        // (`The Tories said ... the guidance ... "...," it said`: an `it`
        // stands for no name of people.)
        let it = pronoun.eq_ignore_ascii_case("it");
        let people = |e: &Entity| it && super::people::names_people(&input[e.name.range()]);
        let recent = self.recent.iter().rev().take(PRONOUN_REACH);
        let fits = |e: &Entity| {
            if personal {
                e.person && e.may_be(want)
            } else {
                !(e.person || people(e))
            }
        };
        // A speaker known to have the pronoun's gender first (from a title
        // or a role, else from the given name: `John Brown` is nearer
        // `he` than an earlier `Mr Smith`), then one of unknown gender
        // whose given name says no other.
        let exact = |e: &Entity| {
            e.person
                && want != Gender::Unknown
                && (e.gender == want || (e.gender == Gender::Unknown && e.given == want))
        };
        // The last speaker, of a given name of either gender (`said Robin
        // Maynard. He holds ...`), before one known to be of the
        // pronoun's gender who spoke earlier: a person named in full who
        // spoke last is whom most such pronouns mean. Farther back, one
        // of unknown gender is no nearer than any other.
        let last_unisex = self.recent.last().copied().filter(|&k| {
            let e = &self.list[k];
            e.person && want != Gender::Unknown && e.gender == Gender::Unknown && e.unisex
        });
        let list = &self.list;
        let k = last_unisex
            .as_ref()
            .or_else(|| recent.clone().find(|&&k| exact(&list[k])))
            .or_else(|| {
                (!exact_only)
                    .then(|| recent.clone().find(|&&k| fits(&list[k])))
                    .flatten()
            })
            .or_else(|| {
                // `they` may stand for people (`officials ... they said`);
                // `it` and `they` for no one known to be a man or a woman
                // (`Dan Gillmor`), though `it` may for a firm the tables do
                // not know (`Deloitte said ... it warned`).
                let gendered =
                    |e: &Entity| e.gender != Gender::Unknown || e.given != Gender::Unknown;
                let impersonal = it || is_they(pronoun);
                (!personal && !exact_only)
                    .then(|| self.recent.last())
                    .flatten()
                    .filter(|&&k| !(impersonal && gendered(&list[k])))
                    .filter(|&&k| !people(&list[k]))
            })
            .copied()?;
        let e = &mut self.list[k];
        if want != Gender::Unknown && e.gender == Gender::Unknown {
            e.gender = want;
        }
        Some(*e)
    }
}

#[cfg(test)]
mod tests {
    use super::super::mentions;
    use super::*;

    proptest::proptest! {
        /// The byte walk finds the pieces the `char` split finds.
        #[test]
        fn gender_of_is_gender_of_chars(
            picks in proptest::collection::vec(0usize..12, 0..8),
        ) {
            const POOL: &[&str] = &[
                "Mr", "mrs.", "chairwoman", "ex-wife", "é", "Ms", " ", ",", "son", "Sön", "king's", "x",
            ];
            let text: String = picks.iter().map(|&k| POOL[k]).collect();
            proptest::prop_assert_eq!(gender_of(&text), gender_of_chars(&text));
        }
    }

    fn np(s: &str) -> (How, &str, Option<&str>) {
        let words: Vec<&str> = s.split(' ').collect();
        let n = analyze(s, &words).unwrap();
        (n.how, &s[n.mention.range()], n.role.map(|r| &s[r.range()]))
    }

    #[test]
    fn phrases() {
        // A `that` before a capital opens a clause; `that man` is a phrase.
        assert_eq!(np("that Ben Carson"), (How::Name, "Ben Carson", None));
        assert_eq!(
            np("that Orlando killer"),
            (How::Description, "Orlando killer", None)
        );
        assert_eq!(np("that man"), (How::Description, "that man", None));
        assert_eq!(
            np("Russian foreign ministry spokeswoman Maria Zakharova"),
            (
                How::Name,
                "Maria Zakharova",
                Some("Russian foreign ministry spokeswoman")
            )
        );
        assert_eq!(
            np("former Secretary of State Hillary Clinton"),
            (
                How::Name,
                "Hillary Clinton",
                Some("former Secretary of State")
            )
        );
        assert_eq!(
            np("Staffan de Mistura"),
            (How::Name, "Staffan de Mistura", None)
        );
        assert_eq!(
            np("deputy prime minister Mr Prescott"),
            (How::Name, "Prescott", Some("deputy prime minister"))
        );
        assert_eq!(np("she"), (How::Pronoun, "she", None));
        for w in crate::lexicon::pronouns::SUBJECT_PRONOUNS {
            for v in [w.to_string(), w.to_ascii_uppercase()] {
                assert_eq!(Some(pronoun_np(&v, &v)), analyze(&v, &[&v]), "{v:?}");
            }
        }
        assert_eq!(np("the report"), (How::Description, "the report", None));
        assert_eq!(np("officials"), (How::Description, "officials", None));
        assert_eq!(
            np("Sen. Claire McCaskill"),
            (How::Name, "Claire McCaskill", Some("Sen."))
        );
    }

    #[test]
    fn one_lookup_answers_as_the_separate_ones() {
        let tables = [
            crate::lexicon::pronouns::FUNCTION_WORDS,
            crate::lexicon::pronouns::DETERMINERS,
            crate::lexicon::pronouns::SUBJECT_PRONOUNS,
            crate::lexicon::calendar::WEEKDAYS,
            crate::lexicon::calendar::MONTHS,
            crate::lexicon::titles::TITLES,
            crate::lexicon::titles::NAME_PARTICLES,
        ];
        let words = tables.iter().flat_map(|t| t.iter()).copied();
        for w in words.chain([
            "May", "Smith", "X", "É", "MAY", "Mr.", "U.S.", "of", "Van", "ÉLYSÉE",
        ]) {
            let mut cs = w.chars();
            let cap: String = cs
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(cs)
                .collect();
            for v in [
                cap.clone(),
                w.to_ascii_uppercase(),
                format!("{cap}."),
                format!("{cap}'s"),
                format!("{cap}’s"),
            ] {
                if is_cap(&v) {
                    assert_eq!(
                        name_and_title(&v),
                        (is_name_word(&v), is_title(&v)),
                        "{v:?}"
                    );
                }
                for v in [v.clone(), v.to_lowercase()] {
                    let want = [
                        (is_function(&v), FUNCTION),
                        (is_determiner(&v), DETERMINER),
                        (is_pronoun(&v), PRONOUN),
                        (is_title(&v), TITLE),
                        (is_name_word(&v), NAME),
                        (is_particle(&v), PARTICLE),
                    ]
                    .iter()
                    .fold(0, |m, &(on, bit)| if on { m | bit } else { m });
                    assert_eq!(classify(&v), want, "{v:?}");
                }
            }
        }
    }

    /// `Entities` as it was, with a map from the first record: the
    /// reference for the list search.
    #[derive(Default)]
    struct MapEntities<'a> {
        by_name: std::collections::HashMap<&'a str, usize>,
        list: Vec<Entity>,
    }

    impl<'a> MapEntities<'a> {
        fn spoke(&mut self, input: &'a str, mut e: Entity) -> Entity {
            let next = self.list.len();
            let k = *self.by_name.entry(&input[e.name.range()]).or_insert(next);
            if k == next {
                self.list.push(e);
            } else {
                let old = self.list[k];
                e.role = e.role.or(old.role);
                if e.gender == Gender::Unknown {
                    e.gender = old.gender;
                }
                if e.given == Gender::Unknown {
                    e.given = old.given;
                }
                self.list[k] = e;
            }
            e
        }
    }

    fn same(a: Entity, b: Entity) -> bool {
        (a.name, a.role, a.gender, a.given, a.person)
            == (b.name, b.role, b.gender, b.given, b.person)
    }

    proptest::proptest! {
        /// Speakers merge by name as with a map, past the list search's
        /// limit too.
        #[test]
        fn speakers_merge_by_name(
            picks in proptest::collection::vec((0usize..40, 0usize..3, proptest::bool::ANY), 0..80),
        ) {
            // Forty names, each written twice: records merge by text.
            let input: String = (0..80).map(|k| format!("N{:02} ", k % 40)).collect();
            let mut new = Entities::default();
            let mut old = MapEntities::default();
            for (n, g, role) in picks {
                let at = if g == 2 { 4 * (n + 40) } else { 4 * n };
                let e = Entity {
                    name: Span::new(at, at + 3),
                    role: role.then(|| Span::new(at, at + 1)),
                    gender: [Gender::Unknown, Gender::Female, Gender::Male][g],
                    given: [Gender::Male, Gender::Unknown, Gender::Female][g],
                    unisex: false,
                    person: true,
                };
                proptest::prop_assert!(same(new.spoke(&input, e), old.spoke(&input, e)));
            }
            proptest::prop_assert_eq!(new.list.len(), old.list.len());
            for (a, b) in new.list.iter().zip(&old.list) {
                proptest::prop_assert!(same(*a, *b));
            }
        }
    }

    #[test]
    fn sorted_lexicons_used_here_hold_their_words() {
        assert!(is_title("Spokeswoman"));
        assert!(is_function("But"));
        assert!(!is_name_word("Tuesday"));
        assert!(is_name_word("May"));
    }

    #[test]
    fn a_months_short_form_with_no_stop_is_a_given_name() {
        assert!(is_name_word("Jan") && !is_calendar("Jan"));
        assert!(is_calendar("Jan.") && is_calendar("January"));
        let a = crate::parse("News of the day\n\n\"It is fine,\" said Jan Ross.\n").unwrap();
        assert_eq!(a.quotes[0].speaker.unwrap().name.text, "Jan Ross");
    }

    #[test]
    fn the_modal_capitalized_is_a_name() {
        assert!(is_function("will") && !is_function("Will"));
        assert!(is_name_word("Will") && is_name_word("Will's"));
        assert_eq!(
            mentions("\"It is a pretty expensive business model,\" said Will Doyle, a professor."),
            ["Will Doyle"]
        );
        assert_eq!(
            mentions("\"The war is a reminder that the nomination matters,\" Will wrote."),
            ["Will"]
        );
        assert_eq!(
            mentions("Will described the candidate as a \"caricature of the worst possibilities\" today."),
            ["Will"]
        );
        // Lowercase, it is the modal still.
        assert_eq!(
            mentions("\"We will win this race,\" the mayor will say."),
            ["the mayor"]
        );
    }
}
