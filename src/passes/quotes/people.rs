//! What a name and the words around it say of a person: given names,
//! gender, titles and peerages, affiliations.

use super::attribution;
use super::index;
use super::speakers::{self, gender_of, is_title, names_organization, Gender};
use super::tokens;
use crate::lexicon::{pronouns, sets, titles};
use crate::span::Span;

/// The full name of the surname at byte `k` (of `len` bytes, a word of its
/// own) with the given name before it, for
/// [`quoted_full_name`](super::resolver::quoted_full_name): a known given
/// name not of the other gender than `want`, after no kin word or
/// possessive.
pub(super) fn given_before(input: &str, k: usize, len: usize, want: Gender) -> Option<Span> {
    let bytes = input.as_bytes();
    let end = k + len;
    if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) || k < 2 || bytes[k - 1] != b' ' {
        return None;
    }
    let before = &input[..k - 1];
    // (`"Robin Butler's`: the word from after the opening mark.)
    let given =
        index::last_word(before).trim_start_matches(['"', '\'', '(', '\u{201c}', '\u{2018}']);
    // (A name of either gender, `Robin`, fits either.)
    let tables = sets::GIVEN_NAMES.mask(given);
    if !given.starts_with(|c: char| c.is_ascii_uppercase()) || tables == 0 {
        return None;
    }
    let g = gender_of_tables(tables);
    if want != Gender::Unknown && g != Gender::Unknown && g != want {
        return None;
    }
    let name = Span::new(k - 1 - given.len(), end);
    let owner = index::last_word(before[..before.len() - given.len()].trim_end());
    let kin = index::named_as_kin(input, name)
        || attribution::is_possessive_pronoun(owner)
        || tokens::owner_stem(owner).is_some();
    (!kin).then_some(name)
}

/// The longest surname [`knighted_in_full`] reads, in bytes.
const SURNAME_MAX: usize = 40;

/// How many bytes before `Sir Ian` its full name is looked for.
const KNIGHT_REACH: usize = 4096;

/// `Sir Ian told`: a knight or a dame goes by the given name after the
/// title, whose full name is the one said before with it (`Sir Ian
/// Blair`): the name `mention` (one word after `Sir` or `Dame`) and the
/// capitalized word after it at its last use within [`KNIGHT_REACH`]
/// bytes before.
#[inline(always)]
pub(super) fn knighted_in_full(input: &str, mention: Span) -> Option<Span> {
    // The title's bytes first, inline: few names follow one.
    let head = &input.as_bytes()[..mention.start];
    let title = [&b"Sir "[..], b"Dame "]
        .into_iter()
        .find(|t| head.ends_with(t))?;
    // (`MSir Ian`: the title is a word of its own.)
    let at = head.len() - title.len();
    if at > 0 && head[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    given_in_full(input, mention)
}

/// [`knighted_in_full`] past the title: out of line.
#[inline(never)]
fn given_in_full(input: &str, mention: Span) -> Option<Span> {
    let given = &input[mention.range()];
    if given.contains(' ') {
        return None;
    }
    // A byte search: the given name is ASCII-led, so no match starts
    // inside a character, wherever the reach cuts one.
    let from = mention.start.saturating_sub(KNIGHT_REACH);
    let bytes = input.as_bytes();
    memchr::memmem::rfind_iter(&bytes[from..mention.start], given.as_bytes()).find_map(|k| {
        let s = from + k;
        let e = s + given.len();
        // A whole word, then one space and a capitalized word.
        let starts = s == 0 || !bytes[s - 1].is_ascii_alphanumeric();
        let next = bytes.get(e + 1).copied()?;
        if !starts || bytes[e] != b' ' || !next.is_ascii_uppercase() {
            return None;
        }
        // (A surname is no longer than [`SURNAME_MAX`] bytes: the walk
        // stops there.)
        let stop = bytes.len().min(e + 1 + SURNAME_MAX);
        let end = (e + 1..stop)
            .find(|&i| !(bytes[i].is_ascii_alphabetic() || matches!(bytes[i], b'-' | b'\'')))
            .unwrap_or(stop);
        if end == stop && stop < bytes.len() {
            return None;
        }
        Some(Span::new(s, end))
    })
}

/// Whether `bytes` hold `lead` (ASCII, in any case) and `tail` right after
/// it (as written), as words, and a space and a capital after them: a role
/// before a name, `Mayor Ann`, `the mayor Ann`, `Home Secretary Charles`
/// (`lead` the role's words and the first letter of its last word, which
/// may be a capital or not, `tail` that word's other letters), or `Sen.
/// Ann` (`lead` empty, `tail` the abbreviation).
pub(super) fn role_before_capital(bytes: &[u8], lead: &[u8], tail: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, tail).any(|k| {
        let after = k + tail.len();
        k >= lead.len()
            && bytes[k - lead.len()..k].eq_ignore_ascii_case(lead)
            && (k == lead.len() || !bytes[k - lead.len() - 1].is_ascii_alphabetic())
            && bytes.get(after) == Some(&b' ')
            && bytes.get(after + 1).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Whether the word before byte `start` is a peer's title (`Lord`,
/// `Lady`, `Baroness`), which goes with a surname alone.
pub(super) fn after_peerage(input: &str, start: usize) -> bool {
    speakers::is_peerage(index::last_word(input[..start].trim_end()))
}

/// The gender the given name of the full name `name` says: `Hillary
/// Clinton`. A name of one word has no given name to ask.
pub(super) fn gender_of_given_name(name: &str) -> Gender {
    gender_of_tables(given_name_tables(name))
}

/// Whether the run `run` names a person: a courtesy title or a gendered
/// word before it, or a known given name opening it.
pub(super) fn names_person(input: &str, run: Span) -> bool {
    gender_before(input, run.start) != Gender::Unknown || opens_with_given_name(&input[run.range()])
}

/// Whether a possessive mark (`'s`, `’s`, or an apostrophe alone before a
/// space, as after a plural) starts at byte `at` of `input`.
pub(super) fn possessive_at(input: &str, at: usize) -> bool {
    let rest = &input[at..];
    rest.starts_with("'s")
        || rest.starts_with("’s")
        || rest.starts_with("' ")
        || rest.starts_with("’ ")
}

/// Whether the full name `name` opens with a known given name, of either
/// gender.
pub(super) fn opens_with_given_name(name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(given, _)| sets::GIVEN_NAMES.contains(given))
}

/// Whether a courtesy title right before the run `run`, or the given name
/// of its fullest form `name`, gives the person another gender than
/// `want`.
pub(super) fn says_other_gender(input: &str, run: Span, name: Span, want: Gender) -> bool {
    let other = |g: Gender| g != Gender::Unknown && g != want;
    // (`HuffPost Live's Alyona Minkovski`: the given name of the person an
    // owner's name is put before, read only when the first word gives
    // none and the name holds an apostrophe.)
    let text = &input[name.range()];
    let given = match gender_of_given_name(text) {
        Gender::Unknown if text.contains(['\'', '\u{2019}']) => affiliated(input, name)
            .map_or(Gender::Unknown, |(_, person)| {
                gender_of_given_name(&input[person.range()])
            }),
        g => g,
    };
    // (`UKIP chairman Petrina Holdsworth ... She said`: a chairman of no
    // known given name may be a woman.)
    let before = gender_before(input, run.start);
    let generic = || {
        before == Gender::Male
            && want == Gender::Female
            && given == Gender::Unknown
            && crate::lexicon::contains_ci(
                titles::GENERIC_MASCULINE,
                index::last_word(&input[..run.start]),
            )
    };
    (other(before) && !generic()) || other(given)
}

/// The gender a courtesy title (or a gendered role word) right before byte
/// `start` gives the name there: `Ms Diemont`. Only on the same line: the
/// last word of a headline is no title of the name that opens the
/// paragraph after it (`Greer slams Big Brother` over `Germaine Greer
/// has criticised`).
pub(super) fn gender_before(input: &str, start: usize) -> Gender {
    let before = &input.as_bytes()[..start];
    match gender_of(index::last_word(&input[..start])) {
        // (The whitespace after the word, read only when it is gendered.)
        g if g != Gender::Unknown && line_break_ends(before) => Gender::Unknown,
        g => g,
    }
}

/// Whether the ASCII whitespace that ends `bytes` holds a line break.
fn line_break_ends(bytes: &[u8]) -> bool {
    let mut gap = bytes.iter().rev().take_while(|b| b.is_ascii_whitespace());
    gap.any(|&b| b == b'\n')
}

/// `head` without the words `role` (in any case) that end it, and the
/// space before them: `Home Secretary` of `..., Home Secretary`.
pub(super) fn strip_role<'t>(head: &'t str, role: &str) -> Option<&'t str> {
    let at = head.len().checked_sub(role.len())?;
    let (rest, end) = (head.get(..at)?, &head[at..]);
    let whole = rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric());
    (whole && end.eq_ignore_ascii_case(role)).then(|| rest.trim_end())
}

/// Whether the run `run` ends with a plural that names people
/// ([`pronouns::PEOPLE_PLURAL_ENDINGS`]): `Senate Democrats`.
pub(super) fn names_people(run: &str) -> bool {
    let last = index::last_word(run);
    last.starts_with(|c: char| c.is_ascii_uppercase())
        && (pronouns::PEOPLE_PLURAL_ENDINGS
            .iter()
            .any(|e| last.ends_with(e))
            || crate::lexicon::contains_ci(pronouns::PEOPLE_PLURAL_NAMES, last))
}

/// The subject pronoun, capitalized as it opens a sentence, of the gender
/// other than `want`, with the space after it: `He ` before a `she`.
pub(super) fn other_subject_pronoun(want: Gender) -> Option<&'static [u8]> {
    match want {
        Gender::Female => Some(b"He "),
        Gender::Male => Some(b"She "),
        Gender::Unknown => None,
    }
}

/// The gender the given name `given` (one word) says, if any.
pub(super) fn gender_of_given(given: &str) -> Gender {
    gender_of_tables(sets::GIVEN_NAMES.mask(given))
}

/// [`sets::GIVEN_NAMES`]' mask of a given name of either gender
/// ([`given_names::EITHER`](crate::lexicon::given_names::EITHER)).
pub(super) const GIVEN_EITHER: u32 = 4;

/// The gender of a given name in the tables of `mask`, as
/// [`sets::GIVEN_NAMES`] gives it.
pub(super) fn gender_of_tables(mask: u32) -> Gender {
    // The tables share no name (a test in `given_names` checks).
    match mask {
        1 => Gender::Female,
        2 => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The tables of [`sets::GIVEN_NAMES`] that hold the first word of the
/// full name `name`; 0 for one word alone.
pub(super) fn given_name_tables(name: &str) -> u32 {
    name.split_once(' ')
        .map_or(0, |(given, _)| sets::GIVEN_NAMES.mask(given))
}

/// Whether the run at `run` may name a person: it is no acronym of
/// capitals alone nor a contracted `I`, and the word before it is no
/// article and no preposition of place (those make it a thing or a place:
/// `the EU`, `for England`). A run that opens its paragraph
/// (`first_in_paragraph`) has no word before it: the line before is a
/// headline or a paragraph of its own (`Rescue work goes on`).
pub(super) fn may_name_person(input: &str, run: Span, first_in_paragraph: bool) -> bool {
    let text = &input[run.range()];
    // `I've`, `I’m`: the speaker's own pronoun, capitalized as a name is.
    if ["I'", "I\u{2019}"].iter().any(|p| text.starts_with(p)) {
        return false;
    }
    if crate::dateline::is_all_caps(text) {
        return false;
    }
    // Empty after punctuation (`Khan, 30,`): that says nothing. (Not any
    // line break: a wire's paragraph is wrapped, `author of the\nEF
    // Hutton publication`.)
    let word = if first_in_paragraph {
        ""
    } else {
        input[..run.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
    };
    // (`a debut nomination for Staunton, 49, who told`: one who speaks is
    // a person whatever stands before.)
    !crate::lexicon::contains_ci(pronouns::NOT_BEFORE_PERSON, word)
        || super::speaking::who_speaks(&input[run.end..])
}

/// `CNN's Gloria Borger`, `Florida’s Rick Wilson`: a name `name` (a span
/// of `input`) whose last possessive is followed by a capitalized word,
/// split into the owner (without its `'s`) and the name after it.
pub(super) fn affiliated(input: &str, name: Span) -> Option<(Span, Span)> {
    let text = &input[name.range()];
    // A byte walk back from each space: most names hold no possessive, and
    // a substring search costs its setup on every one (2.5% of the bbc run).
    // Each ending with the bytes of it that are the mark, not the owner's
    // (`Reuters’ Luciana Lopez`: a plural's mark alone, after its `s`).
    const MARKS: [(&str, usize); 4] = [("'s", 2), ("\u{2019}s", 4), ("s'", 1), ("s\u{2019}", 3)];
    let (at, mark) = memchr::memrchr_iter(b' ', text.as_bytes()).find_map(|sp| {
        let head = &text[..sp];
        MARKS
            .iter()
            .find(|(m, _)| head.ends_with(m))
            .map(|&(_, len)| (sp - len, len + 1))
    })?;
    let person = &text[at + mark..];
    let owner = text[..at].trim_end();
    if owner.is_empty() || !person.starts_with(char::is_uppercase) || names_organization(person) {
        return None;
    }
    let start = name.start + at + mark;
    Some((
        Span::new(name.start, name.start + owner.len()),
        Span::new(start, name.end),
    ))
}

/// The end of the one or two capitalized words, no title among them,
/// that follow a space at byte `at` (before `hi`), maybe after a middle
/// initial (`J. Trump`): the rest of a name whose first word ends at `at`.
/// A comma, a stop or a possessive after a word ends the name there.
pub(super) fn name_opened_at(input: &str, at: usize, hi: usize) -> Option<usize> {
    let rest = input[at..hi].strip_prefix(' ')?;
    let mut end = None;
    let mut pos = at + 1;
    // (`Donald J. Trump`: an initial is no word of the two, and no end.)
    let rest = match rest.split_once(' ') {
        Some((first, after)) if tokens::is_initial(first) => {
            pos += first.len() + 1;
            after
        }
        _ => rest,
    };
    for part in rest.split(' ').take(2) {
        let word = part.trim_end_matches([',', '.', ';', ':', ')']);
        let word = tokens::owner_stem(word).unwrap_or(word);
        // (Letters and hyphens only: no line break, no quotation mark.)
        let letters = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if word.len() < 2
            || !letters
            || !word.starts_with(|c: char| c.is_ascii_uppercase())
            || is_title(word)
        {
            break;
        }
        end = Some(pos + word.len());
        if word.len() < part.len() {
            break;
        }
        pos += part.len() + 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_before_a_run_is_read_across_a_wrapped_line() {
        // `author of the\nEF Hutton publication`: a wire's wrapped line
        // goes on its sentence, and `the` makes the run a thing.
        let input = "Ann Lee, author of the\nEF Hutton publication, said so.";
        let at = input.find("EF").unwrap();
        let run = Span::new(at, at + "EF Hutton".len());
        assert!(!may_name_person(input, run, false));
        // Only a run that opens its paragraph has no word before it.
        assert!(may_name_person(input, run, true));
    }
}
