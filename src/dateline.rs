//! The dateline grammar: `MOSCOW (Reuters) -`, `Moscow, Russia:`,
//! `WASHINGTON, Nov 3 (Reuters) -`, `New Delhi, Aug 1 (PTI)`, `(CNN) --`.
//!
//! A dateline is a place (capitalized words, commas and slashes), an optional
//! date, an optional source tag, and a separator. A sentence that merely
//! starts with a place name has no separator, so it does not parse; weaker
//! forms (`Moscow:`) are accepted only where datelines stand.

use crate::ascii8;
use crate::lexicon::{calendar::MONTHS, contains_ci, cues, places, sources};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while1};
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{opt, recognize, verify};
use nom::{IResult, Parser};

type Res<'a, T> = IResult<&'a str, T>;

/// The parts of a dateline found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parts<'a> {
    /// From the first byte of the dateline through its separator.
    pub text: &'a str,
    pub place: Option<&'a str>,
    pub date: Option<&'a str>,
    /// The agency inside the source tag, without parentheses.
    pub source: Option<&'a str>,
    /// The separator, when there is one.
    pub sep: Option<&'a str>,
}

/// How sure the caller needs to be: a dateline prefixing running text needs a
/// strong signal; a line of its own, right after the headline, may be weaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// The dateline is the whole line.
    OwnLine,
    /// The dateline opens the first paragraph.
    Opening,
    /// The dateline opens a later paragraph (after caption lines): only the
    /// strongest forms count.
    Later,
}

/// Parses a dateline at the start of `line` (which starts at a non-space).
pub(crate) fn parse(line: &str, pos: Position) -> Option<Parts<'_>> {
    grammar(line).filter(|parts| accepts(line, parts, pos))
}

/// The dateline grammar alone, before the position decides; lets a caller
/// that tries several positions on one line parse it once.
pub(crate) fn grammar(line: &str) -> Option<Parts<'_>> {
    if line.starts_with('*') {
        return after_stars(line);
    }
    // (The screen lets through a line with a wide space in its dateline:
    // the space's bytes read as a place's, or as a separator's lead byte.)
    if !may_open(line.as_bytes()) {
        debug_assert_eq!(full_grammar(line), None, "{line:?}");
        return None;
    }
    full_grammar(line).or_else(|| spaced_grammar(line))
}

/// The dateline of a line whose first bytes hold a wide space where a
/// blank goes (`WASHINGTON\u{a0}\u{2014}`, `(UPI)\u{a0}\u{2014}`: pages
/// pasted from the web write no-break spaces): [`grammar`] of those
/// bytes with each wide space written as one ASCII space, its parts sliced
/// from `line` where they map to. None, at the cost of a short search,
/// for a line whose first bytes hold none.
#[cold]
#[inline(never)]
fn spaced_grammar(line: &str) -> Option<Parts<'_>> {
    let mut cut = line.len().min(SPACED_HEAD);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    let b = head.as_bytes();
    memchr::memchr2_iter(0xC2, 0xE2, b)
        .find(|&k| crate::space::wide_space_len(&b[k..]).is_some())?;
    let (mut view, mut map) = (String::new(), crate::space::OffsetMap::default());
    if !crate::space::collapse_spaces(head, false, &mut view, &mut map) {
        return None;
    }
    let parts = grammar(&view)?;
    let back = |part: &str| {
        let at = crate::span::offset_in(&view, part);
        &line[map
            .span_to_input(crate::span::Span::new(at, at + part.len()))
            .range()]
    };
    let text = back(parts.text);
    // A dateline read to the end of the bytes read might go on past them.
    if text.len() == head.len() && head.len() < line.len() {
        return None;
    }
    Some(Parts {
        text,
        place: parts.place.map(back),
        date: parts.date.map(back),
        source: parts.source.map(back),
        sep: parts.sep.map(back),
    })
}

/// How many first bytes of a line [`spaced_grammar`] reads: a dateline's
/// longest place, date, source tag and separator, with room for the wide
/// spaces.
const SPACED_HEAD: usize = 192;

/// `****LONDON, March 5 - India bought ...`: the 1987 wire marks some
/// stories with a run of asterisks before the dateline. Only a dated
/// dateline is read after such a run, the run part of its text (a place
/// alone, `**Update:**`, is emphasis).
#[cold]
#[inline(never)]
fn after_stars(line: &str) -> Option<Parts<'_>> {
    let rest = line.trim_start_matches('*');
    let stars = line.len() - rest.len();
    let parts = grammar(rest).filter(|p| p.date.is_some() && p.place.is_some())?;
    Some(Parts {
        text: &line[..stars + parts.text.len()],
        ..parts
    })
}

fn full_grammar(line: &str) -> Option<Parts<'_>> {
    match source_first(line) {
        Ok((_, p)) => Some(p),
        Err(_) => Some(place_first(line).ok()?.1),
    }
}

/// False when no dateline can open `line`, by a look at a few of its
/// first bytes; most lines the grammar is asked about are settled so.
///
/// A dateline opens with a source tag's `(`, or with a place: capitalized
/// words (letters, `.`, `'`, `-`, chars outside ASCII) and the particles
/// between them, joined by blanks, `,` or `/`, at most [`MAX_PLACE`]
/// bytes; then, after blanks, one of `,` `(` `-` `:` or a dash (lead byte
/// 0xE2). One of those must come before any byte a place cannot hold,
/// before a lowercase word that cannot be a particle followed by a blank,
/// and before any byte but a blank past the longest place.
fn may_open(line: &[u8]) -> bool {
    match line.first() {
        Some(b'(') => return true,
        Some(c) if c.is_ascii() && !c.is_ascii_uppercase() => return false,
        None => return false,
        Some(_) => {}
    }
    let mut word_start = false;
    let mut i = 0;
    // Tests of the class's bit in turn, the likeliest first (see
    // [`Opening::is`]).
    while let Some(&b) = line.get(i) {
        let class = OPENING[usize::from(b)];
        if class.is(Opening::Place) {
            if i >= MAX_PLACE {
                return false;
            }
            if word_start && b.is_ascii_lowercase() {
                // Counted no further than the longest particle: a longer
                // word is none.
                let n = line[i..]
                    .iter()
                    .take(MAX_PARTICLE + 1)
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
                if !may_be_particle(b, n) || !matches!(line.get(i + n), Some(b' ' | b'\t')) {
                    return false;
                }
            }
            word_start = b == b'/';
            // The ASCII letters after it, inside the longest place, are
            // place bytes that start no word: passed over at once.
            i = letters_end(line, i + 1, line.len().min(MAX_PLACE)) - 1;
        } else if class.is(Opening::Blank) {
            word_start = true;
        } else if class.is(Opening::Next) {
            // A hyphen between letters (`Co-operation`) is inside a word,
            // which [`capitalized`] reads whole: no separator there.
            let in_word = b == b'-'
                && i < MAX_PLACE
                && i > 0
                && line[i - 1].is_ascii_alphabetic()
                && line.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
            if !in_word {
                return b != b',' || may_follow_comma(&line[i + 1..]);
            }
            word_start = false;
        } else {
            return false;
        }
        i += 1;
    }
    false
}

/// The first byte from `i` on, before `end` (past `i`), that is no ASCII
/// letter, or `end`: eight bytes a step, where a byte loop took a branch
/// and a test for every letter of every word.
#[inline]
fn letters_end(line: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        if i + 8 <= line.len() {
            let stop = !letters(ascii8::load(line, i)) & ascii8::HI;
            if stop != 0 {
                return (i + ascii8::first(stop)).min(end);
            }
            i += 8;
        } else if line[i].is_ascii_alphabetic() {
            i += 1;
        } else {
            return i;
        }
    }
    end
}

/// The high bit of each byte of `x` that is an ASCII letter, as
/// [`ascii8`]'s tests mark bytes: case folded, then `a` to `z`.
#[inline]
const fn letters(x: u64) -> u64 {
    let y = x & !ascii8::HI;
    let l = y | (0x20 * ascii8::LO);
    (l + 0x1F * ascii8::LO) & !(l + 0x05 * ascii8::LO) & !x & ascii8::HI
}

/// False when what follows the first `,` of a line that may open with a
/// place (`However, the`, `Mr Smith, who`) leaves the grammar nothing to
/// read: blanks and an ASCII lowercase word go on no place (its words are
/// capitalized), no loose date (capitalized too), no source tag and no
/// separator, so only a date's month, which is read in any case, can
/// follow. The place itself ends at that `,`: a byte before it that ends
/// the place early is followed by no `,` `(` `-` `:` or dash.
fn may_follow_comma(rest: &[u8]) -> bool {
    let blanks = rest
        .iter()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let rest = &rest[blanks..];
    if !rest.first().is_some_and(u8::is_ascii_lowercase) {
        return true;
    }
    let n = rest
        .iter()
        .take(MAX_MONTH + 1)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // Most words after a comma (`which`, `the`, `but`) are ruled out by
    // their length and first letter, before the table.
    may_start(&MONTH_STARTS, rest[0], n)
        && std::str::from_utf8(&rest[..n]).is_ok_and(|word| contains_ci(MONTHS, word))
}

/// The longest month name: a longer word is none.
const MAX_MONTH: usize = longest(MONTHS);

/// [`starts_by_length`] of the month names.
const MONTH_STARTS: [u32; MAX_MONTH + 1] = starts_by_length(MONTHS);

/// The length of the longest of `words`.
const fn longest(words: &[&str]) -> usize {
    let (mut max, mut k) = (0, 0);
    while k < words.len() {
        if words[k].len() > max {
            max = words[k].len();
        }
        k += 1;
    }
    max
}

/// For each length below `N`, the first letters of the `words` (each
/// opening with an ASCII lowercase letter) that long, a bit per letter:
/// most lowercase words are ruled out by [`may_start`] without the table.
const fn starts_by_length<const N: usize>(words: &[&str]) -> [u32; N] {
    let mut starts = [0u32; N];
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_bytes();
        starts[w.len()] |= 1 << (w[0] - b'a');
        k += 1;
    }
    starts
}

/// Whether a run of `n` ASCII lowercase letters opening with `first` may
/// be one of the words whose [`starts_by_length`] is `starts`, by its
/// length and first letter alone.
#[inline]
fn may_start(starts: &[u32], first: u8, n: usize) -> bool {
    starts.get(n).is_some_and(|s| s & 1 << (first - b'a') != 0)
}

/// The longest place [`place`] accepts, in bytes.
const MAX_PLACE: usize = 64;

/// What a byte can be at the start of a dateline, for [`may_open`]. One
/// bit a class, asked with [`Opening::is`].
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Opening {
    /// Neither in a place nor what follows one: no dateline.
    Stop = 0,
    /// Can stand in a place.
    Place = 1,
    /// Space or tab: in a place, or between it and what follows.
    Blank = 2,
    /// Can follow a place (after blanks): `,` `(` `-` `:` and 0xE2.
    Next = 4,
}

impl Opening {
    /// Whether `self` is `class`, by its bit: tests of bits stay
    /// conditional branches, where tests of equality became a jump table,
    /// an indirect branch mispredicted as words and blanks alternate.
    #[inline(always)]
    fn is(self, class: Opening) -> bool {
        self as u8 & class as u8 != 0
    }
}

const OPENING: [Opening; 256] = {
    let mut t = [Opening::Stop; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b',' | b'(' | b'-' | b':' | 0xE2 => Opening::Next,
            b' ' | b'\t' => Opening::Blank,
            b'.' | b'\'' | b'/' | 0x80..=0xFF => Opening::Place,
            _ if c.is_ascii_alphabetic() => Opening::Place,
            _ => Opening::Stop,
        };
        b += 1;
    }
    t
};

/// Whether `parts`, parsed from `line` by [`grammar`], is a dateline at `pos`.
pub(crate) fn accepts(line: &str, parts: &Parts<'_>, pos: Position) -> bool {
    if pos == Position::OwnLine && !line[parts.text.len()..].trim().is_empty() {
        return false;
    }
    if let Some(source) = parts.source {
        // `(CORRECTED) -`, `(MARSHALL STEEL LTD)`: parentheses that credit no
        // agency are not a source tag. With no separator after it, an
        // acronym (`The Energy Agency (IEA) said`) names the place's own
        // body: only a known agency marks a dateline there.
        return match parts.sep {
            Some(_) => is_agency(source),
            None => is_known_agency(source),
        };
    }
    // Words of a script without case are no sign of a name: such a place
    // counts only with a source tag (`دمشق، سوريا (CNN) --`).
    if parts
        .place
        .is_some_and(|p| !p.chars().any(|c| c.is_uppercase() || c.is_lowercase()))
    {
        return false;
    }
    if parts.date.is_some() {
        return true;
    }
    let (Some(place), Some(sep)) = (parts.place, parts.sep) else {
        return false;
    };
    if first_word_is_not_place(place) {
        return false;
    }
    let caps = is_all_caps(place);
    match pos {
        Position::OwnLine => true,
        // `New Delhi: The ...` is a dateline, but `Benjamin: Hello` is a
        // transcript: a colon after one capitalized word counts only on its
        // own line.
        Position::Opening => {
            caps || (sep == ":" && (2..=4).contains(&place.split_whitespace().count()))
        }
        // Past caption lines, a transcript's `JAKE TAPPER:` and a section
        // head in capitals (`POLLS NOT WRONG, JUST EARLY -`) look alike:
        // only a dash after a place of a few words counts there.
        Position::Later => {
            caps && place.len() >= 3
                && sep != ":"
                && place.split_whitespace().count() <= MAX_LATER_PLACE_WORDS
        }
    }
}

/// The most words a place past caption lines may have: `MYRTLE BEACH,
/// S.C.` has three, `SURABAYA, Indonesia/JAKARTA` two.
const MAX_LATER_PLACE_WORDS: usize = 5;

/// Whether the first word of `place` opens no place: a label (`Note:`), an
/// honorific (`Mr Smith:`, a transcript's speaker) or a cue (`Said Mr
/// Smith: "..."`, an inverted attribution).
fn first_word_is_not_place(place: &str) -> bool {
    let first = place
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    let first = first.strip_suffix('.').unwrap_or(first);
    contains_ci(places::NOT_PLACES, first) || contains_ci(cues::CUES, first)
}

/// Place words in capitals (`NEW YORK`), as wires write them. Lowercase
/// state abbreviations after a comma (`SAN MATEO, Calif.`) do not count
/// against it.
pub(crate) fn is_all_caps(place: &str) -> bool {
    let head = memchr::memchr(b',', place.as_bytes()).map_or(place, |k| &place[..k]);
    let mut letters = 0;
    // By bytes while they are ASCII (the quote pass asks this of names,
    // often): the rest by `char` from the first that is not.
    for (i, &b) in head.as_bytes().iter().enumerate() {
        if b >= 0x80 {
            for c in head[i..].chars() {
                if c.is_lowercase() {
                    return false;
                }
                letters += c.is_alphabetic() as usize;
            }
            break;
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += b.is_ascii_alphabetic() as usize;
    }
    letters >= 2
}

/// `(CNN) --`, `(CNN)The`, `(Reuters) -`.
fn source_first(i: &str) -> Res<'_, Parts<'_>> {
    let (rest, source) = source_tag(i)?;
    let (rest, sep) = opt(separator).parse(rest)?;
    let text = &i[..i.len() - rest.len()];
    let text = text.trim_end();
    Ok((
        rest,
        Parts {
            text,
            place: None,
            date: None,
            source: Some(source),
            sep,
        },
    ))
}

/// `PLACE[, DATE][ (SOURCE)] SEP`; the separator may be missing only after a
/// source tag (`New Delhi, Aug 1 (PTI) The ...`).
fn place_first(i: &str) -> Res<'_, Parts<'_>> {
    let (rest, place) = place(i)?;
    // What may follow a place opens with one of these after blanks: a date
    // or a further place after `,`, a source tag, or a separator. Running
    // text (`The owners of ...`) fails here without the parsers below.
    if !matches!(
        skip_blanks(rest).as_bytes().first(),
        Some(b',' | b'(' | b'-' | b':' | 0xE2)
    ) {
        return Err(nom::Err::Error(nom::error::Error::new(
            rest,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (rest, date) = opt((space0, char(','), space0, date)).parse(rest)?;
    let (rest, loose) = match date {
        Some(_) => (rest, None),
        None => opt((space0, char(','), space0, loose_date)).parse(rest)?,
    };
    let (rest, source) = opt((space0, source_tag)).parse(rest)?;
    let source = source.map(|(_, s)| s);
    let (rest, sep) = if source.is_some() && loose.is_none() {
        opt(separator).parse(rest)?
    } else {
        let (r, s) = separator(rest)?;
        (r, Some(s))
    };
    let date = date.or(loose).map(|(_, _, _, d)| d);
    let text = i[..i.len() - rest.len()].trim_end();
    Ok((
        rest,
        Parts {
            text,
            place: Some(place),
            date,
            source,
            sep,
        },
    ))
}

/// The comma of Arabic script, which joins its place names (`دمشق، سوريا`).
const ARABIC_COMMA: char = '\u{060C}';

/// One or more segments joined by `, ` or `/`, stopping before a date.
fn place(i: &str) -> Res<'_, &str> {
    let (mut rest, _) = segment(i)?;
    for _ in 0..4 {
        // Both a date and a further segment follow a `,` after blanks, or
        // a `/`: nothing else goes on.
        if !(skip_blanks(rest).starts_with([',', ARABIC_COMMA]) || rest.starts_with('/')) {
            break;
        }
        if (space0, char(','), space0, alt((date, loose_date)))
            .parse(rest)
            .is_ok()
        {
            break;
        }
        let next = alt((
            recognize((
                space0,
                alt((char(','), char(ARABIC_COMMA))),
                space1,
                segment,
            )),
            recognize((char('/'), segment)),
        ))
        .parse(rest);
        match next {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    let place = &i[..i.len() - rest.len()];
    if place.len() > MAX_PLACE {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    Ok((rest, place))
}

/// Capitalized words, with lowercase particles between them: `Rio de Janeiro`.
///
/// Written out by hand rather than with combinators: it runs on the first
/// lines of every article, and most of them fail after a word or two.
fn segment(i: &str) -> Res<'_, &str> {
    let (mut rest, _) = capitalized(i)?;
    for _ in 0..5 {
        // Blanks, then a capitalized word, or a particle, blanks and a
        // capitalized word. A word opens with an uppercase letter and a
        // particle with an ASCII lowercase one: at most one of them fits.
        let word = skip_blanks(rest);
        if word.len() == rest.len() {
            break;
        }
        let next = match capitalized(word) {
            Ok((r, _)) => Some(r),
            Err(_) => particle(word).ok().and_then(|(r, _)| {
                let word = skip_blanks(r);
                (word.len() < r.len())
                    .then(|| capitalized(word).ok().map(|(r, _)| r))
                    .flatten()
            }),
        };
        match next {
            Some(r) => rest = r,
            None => break,
        }
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// `s` after its leading spaces and tabs (nom's `space0`).
fn skip_blanks(s: &str) -> &str {
    let n = s.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    &s[n..]
}

/// A word opening with an uppercase letter, of letters, `.`, `'`, `’` and
/// `-`, not ending with `-`.
fn capitalized(i: &str) -> Res<'_, &str> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    };
    let b = i.as_bytes();
    // Uppercase chars are alphabetic: the first char is part of the word.
    let mut end = match b.first() {
        Some(c) if c.is_ascii_uppercase() => 1,
        // A script without case (Arabic, Chinese) cannot mark a name by a
        // capital: its letters open words too (see `accepts`).
        Some(&c) if c >= 0x80 => match i.chars().next() {
            Some(c) if c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase() => c.len_utf8(),
            _ => return fail(),
        },
        _ => return fail(),
    };
    // ASCII by bytes; a char outside ASCII is decoded only where it stands.
    while let Some(&c) = b.get(end) {
        if WORD_BYTES[usize::from(c)] {
            end += 1;
        } else if c >= 0x80 {
            match i[end..].chars().next() {
                Some(c) if c.is_alphabetic() || c == '’' => end += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    if b[end - 1] == b'-' {
        return fail();
    }
    Ok((&i[end..], &i[..end]))
}

/// The ASCII bytes that go on a [`capitalized`] word: letters, `.`, `'`
/// and `-`. One lookup a byte, where the tests took several.
const WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphabetic() || matches!(c, b'.' | b'\'' | b'-');
        b += 1;
    }
    t
};

/// A lowercase particle of place names (`de`, `van`): the whole run of
/// ASCII lowercase letters must be one.
fn particle(i: &str) -> Res<'_, &str> {
    let n = i.bytes().take_while(u8::is_ascii_lowercase).count();
    if n == 0 || !may_be_particle(i.as_bytes()[0], n) || !contains_ci(places::PARTICLES, &i[..n]) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((&i[n..], &i[..n]))
}

/// Whether a run of `n` ASCII lowercase letters opening with `first` may
/// be a particle, by its length and first letter alone: the grammar's
/// [`particle`] and the [`may_open`] screen both ask it before the table.
fn may_be_particle(first: u8, n: usize) -> bool {
    may_start(&PARTICLE_STARTS, first, n)
}

/// The longest particle: longer words need no table lookup.
const MAX_PARTICLE: usize = longest(places::PARTICLES);

/// [`starts_by_length`] of the particles.
const PARTICLE_STARTS: [u32; MAX_PARTICLE + 1] = starts_by_length(places::PARTICLES);

/// `Nov 3`, `Feb. 26`, `March 3, 2016`.
pub(crate) fn date(i: &str) -> Res<'_, &str> {
    let (rest, d) = recognize((
        verify(take_while1(|c: char| c.is_ascii_alphabetic()), |m: &str| {
            contains_ci(MONTHS, m)
        }),
        opt(char('.')),
        space1,
        verify(digit1, |d: &str| d.len() <= 2),
        opt((char(','), space1, verify(digit1, |y: &str| y.len() == 4))),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, d))
}

/// A mistyped month (`Narch 2`, `Marc 3`): a capitalized word and a day. The
/// caller accepts it only when a separator follows, as wire datelines have.
fn loose_date(i: &str) -> Res<'_, &str> {
    recognize((
        verify(take_while1(|c: char| c.is_ascii_alphabetic()), |m: &str| {
            (3..=9).contains(&m.len()) && m.starts_with(|c: char| c.is_ascii_uppercase())
        }),
        opt(char('.')),
        space1,
        verify(digit1, |d: &str| d.len() <= 2),
    ))
    .parse(i)
}

/// `(Reuters)`: one to four capitalized words, at most 40 bytes.
pub(crate) fn source_tag(i: &str) -> Res<'_, &str> {
    let (rest, (_, name, _)) = (
        char('('),
        verify(
            take_while1(|c: char| c.is_alphanumeric() || matches!(c, ' ' | '&' | '.' | '-' | '\'')),
            |s: &str| {
                s.len() <= 40
                    && s.starts_with(|c: char| c.is_uppercase())
                    && !s.ends_with(' ')
                    && s.split(' ').count() <= 4
            },
        ),
        char(')'),
    )
        .parse(i)?;
    Ok((rest, name))
}

/// A known agency, or a short acronym in capitals: what a headline's trailing
/// parenthesis must hold to count as a source tag.
pub(crate) fn is_agency(name: &str) -> bool {
    is_known_agency(name)
        || (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// An agency or outlet of the table ([`sources::AGENCIES`]), in any case.
pub(crate) fn is_known_agency(name: &str) -> bool {
    contains_ci(sources::AGENCIES, name)
}

/// `-`, `--`, `—`, `–` or `:`, followed by white space or the end of the line.
fn separator(i: &str) -> Res<'_, &str> {
    // Most calls come from running text: fail on the first byte after the
    // blanks before trying each mark. `—` and `–` share the lead byte 0xE2.
    // (A wide space before the mark too: `(UPI)\u{a0}\u{2014}`.)
    let marks = i.trim_start_matches(crate::space::is_blank_char);
    if !matches!(marks.as_bytes().first(), Some(b'-' | b':' | 0xE2)) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    let (rest, (_, sep)) = (
        take_while(crate::space::is_blank_char),
        alt((tag("--"), tag("—"), tag("–"), tag("-"), tag(":"))),
    )
        .parse(i)?;
    // `March 2 -The New York ...`: wires sometimes drop the space after the
    // separator; a space before it and a capital after still mark it.
    // `CHICAGO—Admitting ...`: a dash no hyphen can be may touch both sides.
    // `HOUSTON, March 20 -<Texas Capital Bancshares> said`: a wire's company
    // tag opens with `<`, which no hyphenated word does.
    let spaced_before = i.starts_with(crate::space::is_blank_char) || sep == "—" || sep == "--";
    // (What reads as space after the mark counts as it: a line that ends
    // with an invisible mark after the dash, a byte-order mark or a
    // zero-width space, is trimmed of it, and its paragraph must read the
    // same.)
    if rest.is_empty()
        || rest.starts_with(crate::space::reads_as_space)
        || spaced_before
            && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '<'))
    {
        Ok((rest, sep))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str);

    fn p(s: &str) -> Option<Found<'_>> {
        parse(s, Position::Opening).map(|d| (d.place, d.date, d.source, d.text))
    }

    /// The screen after a comma lets every month through, whatever its
    /// case after the first letter (a capital first goes on unscreened).
    #[test]
    fn month_screen_keeps_every_month() {
        for m in MONTHS {
            let upper = format!("{}{}", &m[..1], m[1..].to_ascii_uppercase());
            for w in [m.to_string(), upper] {
                assert!(may_follow_comma(format!(" {w} 3").as_bytes()), "{w}");
            }
        }
        for w in ["which", "the", "and", "septembers", "mayor", "a"] {
            assert!(!may_follow_comma(format!(" {w} x").as_bytes()), "{w}");
        }
    }

    /// `may_open` only rules out lines the grammar fails on: wire forms,
    /// places past the longest one, particles and near-particles.
    #[test]
    fn may_open_is_a_screen() {
        for line in [
            "MOSCOW (Reuters) - Russia said",
            "Rio de Janeiro, Brazil - Police",
            "Rio della Rocca: The",
            "Rio delta Rocca: The",
            "Rio de\tJaneiro - Text",
            "Rio de",
            "WASHINGTON, Nov 3 (Reuters) -",
            "SAN MATEO, Calif. - The",
            "Winston-Salem, N.C.",
            "CHICAGO\u{2014}Admitting",
            "Ä\u{e9}roport Paris/Orly: The",
            "A Very Long Place Name That Goes On And On Past Sixty Four Bytes Here - text",
            "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl        - text",
            "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm - text",
            "The owners of the club said",
            "New Delhi, Aug 1 (PTI) The",
            "(CNN) -- The",
            "Moscow:",
            "However, the rise",
            "Mr Smith, who said",
            "Moscow, may 3 - The",
            "MOSCOW, March 3 - The",
            "MOSCOW,\tmarch 3, 2016 (Reuters) - The",
            "Co-operation - talks",
            "Anti-war, Nov 3 - The",
            "Jean-Claude Juncker, president",
            "Jean-Claude Juncker - president",
            "Hyphen- Ends - x",
            "A -B - x",
            "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl-m - text",
        ] {
            assert_eq!(grammar(line), full_grammar(line), "{line:?}");
        }
    }

    #[test]
    fn a_wide_space_reads_as_a_blank() {
        // Pages pasted from the web write no-break (and typographic)
        // spaces: the dateline is the one of the text with blanks, its
        // parts the line's own text.
        for (line, place, date, source) in [
            (
                "WASHINGTON\u{a0}\u{2014} The senator said",
                "WASHINGTON",
                None,
                None,
            ),
            (
                "NEW YORK, Dec.\u{a0}14 (UPI)\u{a0}\u{2014} A poll",
                "NEW YORK",
                Some("Dec.\u{a0}14"),
                Some("UPI"),
            ),
            (
                "SAN\u{2009}MATEO, Calif.\u{202f}- The",
                "SAN\u{2009}MATEO, Calif.",
                None,
                None,
            ),
            // (A source tag needs no separator: the grammar of the line as
            // it is reads one, and the separator after a wide space.)
            (
                "PHILADELPHIA, July 25 (UPI)\u{a0}\u{2014} On behalf",
                "PHILADELPHIA",
                Some("July 25"),
                Some("UPI"),
            ),
        ] {
            let d = p(line).unwrap_or_else(|| panic!("{line:?}"));
            assert_eq!((d.0, d.1, d.2), (Some(place), date, source), "{line:?}");
            assert!(
                line.starts_with(d.3) && d.3.ends_with(['-', '\u{2014}']),
                "{line:?}"
            );
            let plain: String = line
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .collect();
            assert!(p(&plain).is_some(), "{plain:?}");
        }
        // No dateline where the text with blanks has none.
        assert_eq!(p("However,\u{a0}the rise - x"), None);
    }

    /// [`is_all_caps`] as a walk by `char` alone, to check the byte walk
    /// against.
    fn all_caps_by_chars(place: &str) -> bool {
        let head = place.split(',').next().unwrap_or(place);
        let mut letters = 0;
        for c in head.chars() {
            if c.is_lowercase() {
                return false;
            }
            letters += c.is_alphabetic() as usize;
        }
        letters >= 2
    }

    #[test]
    fn all_caps_reads_non_ascii_letters() {
        for (place, caps) in [
            ("NEW YORK", true),
            ("SAN MATEO, Calif.", true),
            ("SÃO PAULO", true),
            ("São Paulo", false),
            ("ZÜRICH", true),
            ("ZüRICH", false),
            ("É", false),
            ("A1", false),
            ("", false),
        ] {
            assert_eq!(is_all_caps(place), caps, "{place:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn all_caps_by_bytes_is_all_caps_by_chars(place in "[A-Za-z ,.éÉüÜßİı0-9-]{0,12}") {
            proptest::prop_assert_eq!(is_all_caps(&place), all_caps_by_chars(&place));
        }

        #[test]
        fn may_open_screens_only_failures(
            line in "[A-Z][A-Za-z .,'/()\t:0-9-]{0,90}|[A-Z][a-z]{1,8}( [a-z]{1,6}| [A-Z][a-z]{0,8}| ?[,/:-]| ?—){0,8}"
        ) {
            proptest::prop_assert_eq!(grammar(&line), full_grammar(&line));
        }
    }

    #[test]
    fn wire_forms() {
        assert_eq!(
            p("MOSCOW (Reuters) - Russia said"),
            Some((Some("MOSCOW"), None, Some("Reuters"), "MOSCOW (Reuters) -"))
        );
        assert_eq!(
            p("WASHINGTON, Nov 3 (Reuters) - The"),
            Some((
                Some("WASHINGTON"),
                Some("Nov 3"),
                Some("Reuters"),
                "WASHINGTON, Nov 3 (Reuters) -"
            ))
        );
        assert_eq!(
            p("SALVADOR, Feb 26 - Showers"),
            Some((Some("SALVADOR"), Some("Feb 26"), None, "SALVADOR, Feb 26 -"))
        );
        assert_eq!(
            p("HAYWARD, Calif. (AP) — A man"),
            Some((
                Some("HAYWARD, Calif."),
                None,
                Some("AP"),
                "HAYWARD, Calif. (AP) —"
            ))
        );
        assert_eq!(
            p("SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers"),
            Some((
                Some("SURABAYA, Indonesia/JAKARTA"),
                None,
                Some("Reuters"),
                "SURABAYA, Indonesia/JAKARTA (Reuters) -"
            ))
        );
        assert_eq!(
            p("New Delhi, Aug 1 (PTI) The government"),
            Some((
                Some("New Delhi"),
                Some("Aug 1"),
                Some("PTI"),
                "New Delhi, Aug 1 (PTI)"
            ))
        );
        assert_eq!(
            p("LONDON, England (CNN) -- The"),
            Some((
                Some("LONDON, England"),
                None,
                Some("CNN"),
                "LONDON, England (CNN) --"
            ))
        );
        assert_eq!(
            p("(CNN) -- The"),
            Some((None, None, Some("CNN"), "(CNN) --"))
        );
        assert_eq!(
            p("(CNN)The storm"),
            Some((None, None, Some("CNN"), "(CNN)"))
        );
        assert_eq!(
            p("(Reuters) - The"),
            Some((None, None, Some("Reuters"), "(Reuters) -"))
        );
        assert_eq!(
            p("New Delhi: The"),
            Some((Some("New Delhi"), None, None, "New Delhi:"))
        );
        assert_eq!(
            p("HOUSTON, March 20 -<Texas Capital Bancshares> said"),
            Some((
                Some("HOUSTON"),
                Some("March 20"),
                None,
                "HOUSTON, March 20 -"
            ))
        );
    }

    #[test]
    fn own_line() {
        let d = parse("Moscow, Russia:", Position::OwnLine).unwrap();
        assert_eq!(d.place, Some("Moscow, Russia"));
        assert_eq!(d.text, "Moscow, Russia:");
        let d = parse("SAN MATEO, Calif., March 3 -", Position::OwnLine).unwrap();
        assert_eq!(d.place, Some("SAN MATEO, Calif."));
        assert_eq!(d.date, Some("March 3"));
    }

    #[test]
    fn sentences_are_not_datelines() {
        assert_eq!(p("Moscow is cold in winter."), None);
        assert_eq!(p("Russian Foreign Minister Sergei Lavrov will meet"), None);
        assert_eq!(p("Moscow - the capital of Russia"), None);
        assert_eq!(p("Note: this story was updated"), None);
        assert_eq!(p("Also Read: more"), None);
        assert_eq!(p("Benjamin: Hello. My name is Benjamin"), None);
        assert_eq!(p("Posted: Thursday, October 17"), None);
        assert_eq!(p("X-ray machines"), None);
        assert_eq!(p("(CORRECTED) - BANPONCE PLACES NOTES"), None);
        assert_eq!(p("(MARSHALL STEEL LTD) YEAR NET"), None);
        assert_eq!(parse("Moscow, Russia: the city", Position::OwnLine), None);
        // An acronym in parentheses names the subject's own body.
        let s = "The National Safety Administration (NSA) said the recall";
        assert_eq!(parse(s, Position::Opening), None);
        assert_eq!(parse(s, Position::Later), None);
        let s = "New Delhi, Aug 1 (PTI) The minister said";
        assert!(parse(s, Position::Opening).is_some());
    }

    #[test]
    fn caseless_places_need_a_source_tag() {
        let s = "\u{062F}\u{0645}\u{0634}\u{0642}\u{060C} \u{0633}\u{0648}\u{0631}\u{064A}\u{0627} (CNN) -- \u{0623}\u{0643}\u{062F}\u{062A}";
        let d = parse(s, Position::Opening).unwrap();
        assert_eq!(d.source, Some("CNN"));
        assert_eq!(d.place, Some(&s[..s.find(" (").unwrap()]));
        let s = "\u{4E1C}\u{4EAC} (Reuters) - text";
        assert_eq!(
            parse(s, Position::Opening).unwrap().place,
            Some("\u{4E1C}\u{4EAC}")
        );
        for s in [
            "\u{062F}\u{0645}\u{0634}\u{0642} - \u{0623}\u{0643}\u{062F}\u{062A}",
            "\u{4E1C}\u{4EAC}: text",
            "\u{062F}\u{0645}\u{0634}\u{0642}, Mar 3 - text",
        ] {
            assert_eq!(parse(s, Position::Opening), None, "{s}");
            assert_eq!(parse(s, Position::OwnLine), None, "{s}");
        }
    }

    #[test]
    fn later_datelines_are_wire_forms() {
        let s = "PORTSMOUTH, N.H. \u{2014} He may be a big underdog.";
        assert_eq!(
            parse(s, Position::Later).unwrap().place,
            Some("PORTSMOUTH, N.H.")
        );
        assert!(parse("JAKARTA (Reuters) - Rescuers said", Position::Later).is_some());
        for s in [
            "JAKE TAPPER: Welcome back to the show.",
            "PREVIOUSLY: The pollsters said",
            "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - The polls said",
        ] {
            assert_eq!(parse(s, Position::Later), None, "{s}");
        }
    }
}
