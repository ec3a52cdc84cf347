//! Hashed forms of the tables the quote pass asks about at nearly every
//! word. A binary search costs about eight case-folding string compares;
//! these sets turn most words away by their first two bytes and length,
//! hash the rest once, ASCII-case-folded, and compare with the one entry
//! whose tag matches, which matters when a lookup runs per token. Each
//! step is a load and a mask test, with few branches that depend on the
//! word: those are mispredicted, and cost more than the instructions.
//!
//! The tables stay the sorted lists in their own modules (reviewable, with
//! their `sorted` tests); each set here is built from one at compile time.

use super::{calendar, cues, given_names, organizations, pronouns, titles, verbs};
use crate::ascii8;

/// Buckets per set, of [`LANES`] entries each, unless a set says: a power
/// of two, so that the hash's top bits pick one, with room for the tables
/// of up to 400 words or so (the set of many tables has more).
const BUCKETS: usize = 256;
/// Entries per bucket: four 16-bit tags fill one `u64`, compared at once.
const LANES: usize = 4;
/// 1 in the low bit of every 16-bit lane.
const LANE_LO: u64 = 0x0001_0001_0001_0001;
/// The high bit of every 16-bit lane.
const LANE_HI: u64 = 0x8000_8000_8000_8000;

/// A read-only set of ASCII-lowercase words, looked up ignoring ASCII case.
///
/// A word is hashed once (from a few of its bytes, with no branch on its
/// length), its bucket's four tags are compared with its own in one step,
/// and only a matching tag has its word compared: most lookups are of
/// words no table holds, and end at one well-predicted branch.
pub(crate) struct Lexicon<const B: usize = BUCKETS> {
    tables: &'static [&'static [&'static str]],
    /// The buckets: the tags and entries of one are read together.
    buckets: [Bucket; B],
    /// The odd multiplier of the hash, chosen when the set is built so
    /// that no bucket overflows.
    mult: u64,
    /// Which first letters occur, as [`letter_bit`] gives them.
    first: u32,
    /// For each pair of first bytes (by [`pair_of`]), the lengths of the
    /// words that start with it (bit `len % 32`): most words a table does
    /// not hold are turned away here, by one load, unhashed.
    screen: [u32; 1024],
}

/// Where the first two bytes of `w` (not empty; the first one twice for
/// a one-byte word) are kept in [`Lexicon::screen`]: their five low bits,
/// which tell letters apart whatever their case (other bytes share them).
#[inline(always)]
const fn pair_of(w: &[u8]) -> usize {
    let second = w[(w.len() > 1) as usize];
    ((w[0] as usize & 31) << 5) | (second as usize & 31)
}

/// The [`Lexicon::screen`] bit of a word length.
#[inline(always)]
const fn len_bit(len: usize) -> u32 {
    1 << (len % 32)
}

/// A bucket, aligned so that it shares no cache line with two others:
/// a lookup reads its tags and then an entry.
#[derive(Clone, Copy)]
#[repr(C, align(32))]
struct Bucket {
    /// Four 16-bit tags, 0 for an empty lane.
    tags: u64,
    /// For each lane, `mask << 16 | table << 11 | index`: the tables that
    /// hold the word (bit `1 << table`), and where the first one does.
    info: [u32; LANES],
}

/// One bit per ASCII letter (case-folded), one for every other first byte,
/// so that most words are turned away before they are hashed.
#[inline]
pub(crate) const fn letter_bit(b: u8) -> u32 {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        1 << (l - b'a')
    } else {
        1 << 26
    }
}

/// The [`letter_bit`]s of the first bytes of `words`.
pub(crate) const fn first_letters(words: &[&str]) -> u32 {
    let mut m = 0;
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_bytes();
        if !w.is_empty() {
            m |= letter_bit(w[0]);
        }
        k += 1;
    }
    m
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Eight bytes with their ASCII capitals lowered, all at once (the mark
/// bit 0x80 shifted down is the case bit 0x20).
const fn fold(x: u64) -> u64 {
    x | (ascii8::capitals(x) >> 2)
}

/// What a word (not empty) is hashed from: six of its bytes, case-folded
/// (all of a word of up to six bytes), and its length. The bytes are
/// picked by index arithmetic that needs no branch on the length (the
/// words asked about have every length): first and last, the middle two
/// and the quarters. `const`, so that sets are built by the compiler with
/// the hash they are read with.
#[inline(always)]
const fn key(b: &[u8]) -> u64 {
    let n = b.len();
    let x = b[0] as u64
        | (b[n / 4] as u64) << 8
        | (b[(n - 1) / 2] as u64) << 16
        | (b[n / 2] as u64) << 24
        | (b[n - 1 - n / 4] as u64) << 32
        | (b[n - 1] as u64) << 40;
    (fold(x) << 8) | (n as u8 as u64)
}

/// The bucket and the tag (never 0) of a word's [`key`].
#[inline(always)]
const fn place<const B: usize>(key: u64, mult: u64) -> (usize, u64) {
    let h = key.wrapping_mul(mult);
    let bits = B.trailing_zeros();
    ((h >> (64 - bits)) as usize, ((h >> 40) & 0xFFFF) | 1)
}

/// True when `w` is `entry` (a table word: no ASCII capitals) ignoring
/// ASCII case: compared a machine word at a time.
#[inline(always)]
fn same_folded(entry: &[u8], w: &[u8]) -> bool {
    let n = w.len();
    if entry.len() != n {
        return false;
    }
    let u32_at = |b: &[u8], at: usize| {
        let mut a = [0u8; 4];
        a.copy_from_slice(&b[at..at + 4]);
        u64::from(u32::from_le_bytes(a))
    };
    if n >= 8 {
        let mut i = 0;
        while n - i > 8 {
            if fold(ascii8::load(w, i)) != ascii8::load(entry, i) {
                return false;
            }
            i += 8;
        }
        fold(ascii8::load(w, n - 8)) == ascii8::load(entry, n - 8)
    } else if n >= 4 {
        let x = |b: &[u8]| u32_at(b, 0) | (u32_at(b, n - 4) << 32);
        fold(x(w)) == x(entry)
    } else if n > 0 {
        let x =
            |b: &[u8]| u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16);
        fold(x(w)) == x(entry)
    } else {
        true
    }
}

/// Byte equality, for the compiler.
const fn const_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// The buckets of `tables` hashed with `mult`, or None when some bucket
/// would take more than [`LANES`] words.
#[allow(clippy::type_complexity)]
const fn fill<const B: usize>(
    tables: &'static [&'static [&'static str]],
    mult: u64,
) -> Option<([u64; B], [[u32; LANES]; B])> {
    let mut tags = [0u64; B];
    let mut info = [[0u32; LANES]; B];
    let mut t = 0;
    while t < tables.len() {
        let words = tables[t];
        let mut k = 0;
        'words: while k < words.len() {
            let w = words[k].as_bytes();
            let (b, tag) = place::<B>(key(w), mult);
            let mut lane = 0;
            while lane < LANES {
                let there = (tags[b] >> (16 * lane)) & 0xFFFF;
                if there == 0 {
                    tags[b] |= tag << (16 * lane);
                    info[b][lane] = (1 << (16 + t)) | ((t << 11) | k) as u32;
                    k += 1;
                    continue 'words;
                }
                // The word of an earlier table: one entry answers both.
                let i = info[b][lane] as usize;
                if there == tag && const_eq(tables[(i >> 11) & 0x1F][i & 0x7FF].as_bytes(), w) {
                    info[b][lane] |= 1 << (16 + t);
                    k += 1;
                    continue 'words;
                }
                lane += 1;
            }
            return None;
        }
        t += 1;
    }
    Some((tags, info))
}

impl<const B: usize> Lexicon<B> {
    /// Builds the set of the words of `tables` at compile time, with the
    /// first multiplier that leaves no bucket overflowing. Fails to compile
    /// when a word is empty or a table is too long.
    pub(crate) const fn new(tables: &'static [&'static [&'static str]]) -> Lexicon<B> {
        let mut first = 0;
        let mut screen = [0u32; 1024];
        let mut t = 0;
        while t < tables.len() {
            let words = tables[t];
            assert!(words.len() < 1 << 11 && t < 16);
            first |= first_letters(words);
            let mut k = 0;
            while k < words.len() {
                let w = words[k].as_bytes();
                assert!(!w.is_empty());
                screen[pair_of(w)] |= len_bit(w.len());
                k += 1;
            }
            t += 1;
        }
        let mut seed = 0u64;
        loop {
            assert!(seed < 4096, "no multiplier fits the tables");
            let mult = K ^ (seed << 1);
            if let Some((tags, info)) = fill::<B>(tables, mult) {
                let mut buckets = [Bucket {
                    tags: 0,
                    info: [0; LANES],
                }; B];
                let mut b = 0;
                while b < B {
                    buckets[b] = Bucket {
                        tags: tags[b],
                        info: info[b],
                    };
                    b += 1;
                }
                return Lexicon {
                    tables,
                    buckets,
                    mult,
                    first,
                    screen,
                };
            }
            seed += 1;
        }
    }

    /// False when no word of the set starts with byte `b` (ignoring ASCII
    /// case): a test to make before cutting a word out of the text.
    #[inline]
    pub(crate) fn may_start_with(&self, b: u8) -> bool {
        self.first & letter_bit(b) != 0
    }

    /// False when the first two bytes and the length of `w` (not empty)
    /// start no word of the set.
    #[inline(always)]
    fn may_hold(&self, w: &[u8]) -> bool {
        self.screen[pair_of(w)] & len_bit(w.len()) != 0
    }

    /// True when the set holds `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.find(word.as_bytes()) != 0
    }

    /// [`Lexicon::contains`] for any bytes, not only a `str`: the tests
    /// ask it to check the set against its tables on arbitrary byte
    /// slices. No scanner asks a set of this kind by bytes.
    #[cfg(test)]
    pub(crate) fn contains_bytes(&self, w: &[u8]) -> bool {
        self.find(w) != 0
    }

    /// Every table of the set that holds `word` (ignoring ASCII case), as
    /// bit `1 << table`.
    #[inline]
    pub(crate) fn mask(&self, word: &str) -> u32 {
        self.find(word.as_bytes()) >> 16
    }

    /// The `info` of the entry equal to `w` (ignoring ASCII case), or 0.
    #[inline(always)]
    fn find(&self, w: &[u8]) -> u32 {
        if w.is_empty() || !self.may_hold(w) {
            return 0;
        }
        self.find_hashed(w)
    }

    /// [`Lexicon::find`] past the screen: out of line, so that the code
    /// inlined at every lookup stays small.
    #[inline(never)]
    fn find_hashed(&self, w: &[u8]) -> u32 {
        let (b, tag) = place::<B>(key(w), self.mult);
        let bucket = &self.buckets[b];
        let x = bucket.tags ^ tag.wrapping_mul(LANE_LO);
        // The lanes equal to the tag are the zero lanes of `x`: exactly
        // when there is one; a lane above one may be marked falsely, and
        // its word is compared as any other.
        let mut zero = x.wrapping_sub(LANE_LO) & !x & LANE_HI;
        while zero != 0 {
            let lane = zero.trailing_zeros() as usize / 16;
            let info = bucket.info[lane];
            let i = info as usize;
            if same_folded(self.tables[(i >> 11) & 0x1F][i & 0x7FF].as_bytes(), w) {
                return info;
            }
            zero &= zero - 1;
        }
        0
    }
}

pub(crate) static TITLES: Lexicon<256> = Lexicon::new(&[titles::TITLES]);
/// Titles and gendered nouns in one set, for the two questions asked of
/// each word read back past before a name (is it a title, does it say a
/// gender) in one lookup: the [`ROLE_WORDS_TITLE`], [`ROLE_WORDS_FEMININE`]
/// and [`ROLE_WORDS_MASCULINE`] bits of [`Lexicon::mask`].
pub(crate) static ROLE_WORDS: Lexicon<256> =
    Lexicon::new(&[titles::TITLES, titles::FEMININE, titles::MASCULINE]);
/// [`ROLE_WORDS`] bits.
pub(crate) const ROLE_WORDS_TITLE: u32 = 1;
/// See [`ROLE_WORDS_TITLE`].
pub(crate) const ROLE_WORDS_FEMININE: u32 = 2;
/// See [`ROLE_WORDS_TITLE`].
pub(crate) const ROLE_WORDS_MASCULINE: u32 = 4;
/// Asked of the first word of a run of three capitalized words or more.
pub(crate) static OPENING_ROLES: Lexicon<32> = Lexicon::new(&[titles::OPENING_ROLES]);
/// Verbs that open a sentence before a name and are no part of it, in one
/// set (asked of many runs' first words, once): the commands and the cues,
/// which [`Lexicon::mask`] tells apart.
pub(crate) static NAME_OPENERS: Lexicon<16> =
    Lexicon::new(&[verbs::IMPERATIVES, verbs::INVERTED_CUES]);
/// [`NAME_OPENERS`] bits.
pub(crate) const NAME_OPENERS_COMMAND: u32 = 1;
/// See [`NAME_OPENERS_COMMAND`].
pub(crate) const NAME_OPENERS_CUE: u32 = 2;
pub(crate) static ABBREVIATIONS: Lexicon<64> = Lexicon::new(&[titles::ABBREVIATIONS]);
pub(crate) static NAME_PARTICLES: Lexicon<32> = Lexicon::new(&[titles::NAME_PARTICLES]);
pub(crate) static FUNCTION_WORDS: Lexicon<128> = Lexicon::new(&[pronouns::FUNCTION_WORDS]);
pub(crate) static DETERMINERS: Lexicon<32> = Lexicon::new(&[pronouns::DETERMINERS]);
pub(crate) static SUBJECT_PRONOUNS: Lexicon<8> = Lexicon::new(&[pronouns::SUBJECT_PRONOUNS]);
pub(crate) static WEEKDAYS: Lexicon<8> = Lexicon::new(&[calendar::WEEKDAYS]);
pub(crate) static MONTHS: Lexicon<32> = Lexicon::new(&[calendar::MONTHS]);
pub(crate) static CUES: Lexicon = Lexicon::new(&[cues::CUES]);
/// Words that end no describing phrase (irregular past forms, verb
/// particles, reflexives, `may`): asked of the last word of every one, in
/// one lookup (three binary searches cost half a percent of the bbc run).
pub(crate) static NOT_HEADS: Lexicon<64> = Lexicon::new(&[
    verbs::IRREGULAR_PAST,
    verbs::PARTICLES,
    pronouns::REFLEXIVES,
    verbs::MODALS,
]);
/// Last words of organization names: asked of every speaker's name.
pub(crate) static ORGANIZATION_HEADS: Lexicon<64> = Lexicon::new(&[organizations::HEADS]);
/// Nouns that name a body again (`the company`): asked of many
/// descriptions' last word, which most are not.
pub(crate) static FIRM_NOUNS: Lexicon<16> = Lexicon::new(&[organizations::FIRM_NOUNS]);
/// Given names: table 0 feminine, table 1 masculine, table 2 of either
/// gender ([`Lexicon::mask`] bits 1, 2 and 4). Asked of every speaker's full name:
/// two binary searches of case-folding compares cost ten times a lookup.
pub(crate) static GIVEN_NAMES: Lexicon<2048> = Lexicon::new(&[
    given_names::FEMININE,
    given_names::MASCULINE,
    given_names::EITHER,
]);
/// Every word that keeps a capitalized word from being a name, for a
/// one-lookup answer in the common case (a name is in none of them).
pub(crate) static NOT_NAMES: Lexicon = Lexicon::new(&[
    pronouns::FUNCTION_WORDS,
    pronouns::DETERMINERS,
    pronouns::SUBJECT_PRONOUNS,
    calendar::WEEKDAYS,
    calendar::MONTHS,
    pronouns::SENTENCE_ADVERBS,
]);
/// Every table a capitalized word is asked about while names are read,
/// so that one lookup answers them all; the `NAME_WORDS_*` bits of
/// [`Lexicon::mask`] say which.
pub(crate) static NAME_WORDS: Lexicon<512> = Lexicon::new(&NAME_WORD_TABLES);
/// The tables of [`NAME_WORDS`], in the order of its bits.
const NAME_WORD_TABLES: [&[&str]; 8] = [
    pronouns::FUNCTION_WORDS,
    pronouns::DETERMINERS,
    pronouns::SUBJECT_PRONOUNS,
    calendar::WEEKDAYS,
    calendar::MONTHS,
    titles::TITLES,
    titles::NAME_PARTICLES,
    pronouns::SENTENCE_ADVERBS,
];
/// [`NAME_WORDS`] bits.
pub(crate) const NAME_WORDS_FUNCTION: u32 = 1;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_DETERMINER: u32 = 2;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_PRONOUN: u32 = 4;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_WEEKDAY: u32 = 8;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_MONTH: u32 = 16;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_TITLE: u32 = 32;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_PARTICLE: u32 = 64;
/// See [`NAME_WORDS_FUNCTION`].
pub(crate) const NAME_WORDS_ADVERB: u32 = 128;

/// A set of a few dozen words, one per slot of a direct-mapped table:
/// a word's length and first, second and last bytes pick its slot, so a
/// lookup is a multiply, one load and at most one compare, with no screen
/// or bucket to walk (what [`Lexicon`] needs for hundreds of words).
pub(crate) struct Slots {
    /// As [`Lexicon::screen`]: most words asked about are turned away by
    /// their first two bytes and length, with one load.
    screen: [u32; 1024],
    /// Each slot's word and the table that holds it.
    slots: [Option<(&'static str, u8)>; SLOTS],
    /// The odd multiplier of [`slot_key`], chosen when the set is built
    /// so that no two words share a slot.
    mult: u64,
}

/// Slots per [`Slots`] set: a power of two.
const SLOTS: usize = 128;

/// What a [`Slots`] word (not empty) is placed by: its first, second and
/// last bytes, case-folded, and its length.
#[inline(always)]
const fn slot_key(b: &[u8]) -> u64 {
    let n = b.len();
    let x = b[0] as u64 | (b[(n > 1) as usize] as u64) << 8 | (b[n - 1] as u64) << 16;
    (fold(x) << 8) | (n as u8 as u64)
}

/// The slot of a [`slot_key`].
#[inline(always)]
const fn slot_of(key: u64, mult: u64) -> usize {
    (key.wrapping_mul(mult) >> (64 - SLOTS.trailing_zeros())) as usize
}

impl Slots {
    /// Builds the set of the words of `tables` (a word in one table only)
    /// at compile time, with the first multiplier that gives each its own
    /// slot.
    pub(crate) const fn new(tables: &'static [&'static [&'static str]]) -> Slots {
        let mut screen = [0u32; 1024];
        let mut t = 0;
        while t < tables.len() {
            let mut k = 0;
            while k < tables[t].len() {
                let w = tables[t][k].as_bytes();
                assert!(!w.is_empty());
                screen[pair_of(w)] |= len_bit(w.len());
                k += 1;
            }
            t += 1;
        }
        let mut seed = 0u64;
        'seeds: loop {
            assert!(seed < 4096, "no multiplier fits the tables");
            // The seed moves the high bits too, which pick the slot.
            let mult = K.wrapping_add(seed.wrapping_mul(0xD1B5_4A32_D192_ED03)) | 1;
            seed += 1;
            let mut slots: [Option<(&'static str, u8)>; SLOTS] = [None; SLOTS];
            let mut t = 0;
            while t < tables.len() {
                let mut k = 0;
                while k < tables[t].len() {
                    let w = tables[t][k];
                    assert!(!w.is_empty());
                    let at = slot_of(slot_key(w.as_bytes()), mult);
                    if slots[at].is_some() {
                        continue 'seeds;
                    }
                    slots[at] = Some((w, t as u8));
                    k += 1;
                }
                t += 1;
            }
            return Slots {
                screen,
                slots,
                mult,
            };
        }
    }

    /// True when the set holds `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.which_bytes(word.as_bytes()).is_some()
    }

    /// [`Slots::contains`] for the bytes of a word.
    #[inline]
    pub(crate) fn contains_bytes(&self, w: &[u8]) -> bool {
        self.which_bytes(w).is_some()
    }

    /// Which of the set's tables holds `word` (ignoring ASCII case).
    #[inline]
    pub(crate) fn which(&self, word: &str) -> Option<usize> {
        self.which_bytes(word.as_bytes())
    }

    /// Which of the set's tables holds the bytes `w`, ignoring ASCII case.
    #[inline]
    pub(crate) fn which_bytes(&self, w: &[u8]) -> Option<usize> {
        if w.is_empty() || self.screen[pair_of(w)] & len_bit(w.len()) == 0 {
            return None;
        }
        self.find_slot(w)
    }

    /// [`Slots::which_bytes`] past the screen: out of line, so that the
    /// code inlined at every lookup stays small.
    #[inline(never)]
    fn find_slot(&self, w: &[u8]) -> Option<usize> {
        let (entry, t) = self.slots[slot_of(slot_key(w), self.mult)]?;
        same_folded(entry.as_bytes(), w).then_some(t as usize)
    }
}

/// Words that give a gender: table 0 feminine, table 1 masculine. Asked of
/// every word of a role and many words before names: past the screen, a
/// lookup by slot is cheaper than a hash and a bucket walk.
pub(crate) static GENDERED: Slots = Slots::new(&[titles::FEMININE, titles::MASCULINE]);

/// Asserts that `set` answers as a binary search of `list` does, for every
/// word of `list` and of `probes`: as written, in capitals, and with an `s`
/// after it.
#[cfg(test)]
pub(crate) fn assert_answers_as<const B: usize>(set: &Lexicon<B>, list: &[&str], probes: &[&str]) {
    for w in list.iter().chain(probes) {
        for v in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
            let want = crate::lexicon::contains_ci(list, &v);
            assert_eq!(set.contains(&v), want, "{v:?}");
            assert_eq!(set.contains_bytes(v.as_bytes()), want, "{v:?}");
        }
    }
}

/// The set built from several `tables` holds each of their words and of
/// `probes` exactly when one of the tables does.
#[cfg(test)]
fn assert_answers_as_any<const B: usize>(set: &Lexicon<B>, tables: &[&[&str]], probes: &[&str]) {
    for w in tables.iter().flat_map(|t| t.iter()).chain(probes) {
        let any = tables.iter().any(|t| crate::lexicon::contains_ci(t, w));
        assert_eq!(set.contains(w), any, "{w:?}");
    }
}

/// The set built from `tables` gives each of their words and of `probes`
/// (as written, in capitals, and with an `s` after) the mask whose bit
/// `t` says table `t` holds it.
#[cfg(test)]
fn assert_masks_as<const B: usize>(set: &Lexicon<B>, tables: &[&[&str]], probes: &[&str]) {
    for w in tables.iter().flat_map(|t| t.iter()).chain(probes) {
        for w in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
            let want = (0..tables.len())
                .filter(|&t| crate::lexicon::contains_ci(tables[t], &w))
                .fold(0, |m, t| m | 1 << t);
            assert_eq!(set.mask(&w), want, "{w:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::contains_ci;

    /// The key folds case as the compare does, and any byte string of any
    /// length (valid UTF-8 or not) is answered as a binary search would.
    #[test]
    fn any_bytes_are_answered_as_by_the_tables() {
        assert_eq!(key(b"SPOKESWOMAN"), key(b"spokeswoman"));
        assert_eq!(key(b"sAiD"), key(b"said"));
        let mut text: Vec<u8> = (0u8..=255).rev().collect();
        text.extend_from_slice(b"Spokeswoman SAID said chairwoman He she The Mr");
        for start in 0..text.len() {
            for end in start..(start + 16).min(text.len()) {
                let w = &text[start..end];
                let want = std::str::from_utf8(w).ok().map(|s| {
                    (
                        contains_ci(titles::TITLES, s),
                        contains_ci(cues::CUES, s),
                        contains_ci(pronouns::SUBJECT_PRONOUNS, s),
                    )
                });
                let got = (
                    TITLES.contains_bytes(w),
                    CUES.contains_bytes(w),
                    SUBJECT_PRONOUNS.contains_bytes(w),
                );
                // A non-UTF-8 slice is in no table.
                assert_eq!(got, want.unwrap_or((false, false, false)), "{w:?}");
            }
        }
    }

    #[test]
    fn folded_compare_is_eq_ignore_ascii_case() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "spokes",
            "spokeswoman",
            "élysée",
            "x@[`{",
        ];
        for e in words {
            let lower = e.as_bytes();
            let mut probes: Vec<Vec<u8>> = words.iter().map(|w| w.as_bytes().to_vec()).collect();
            probes.push(e.to_ascii_uppercase().into_bytes());
            probes.push(e.to_ascii_uppercase().replace('B', "b").into_bytes());
            for w in probes {
                assert_eq!(
                    same_folded(lower, &w),
                    lower.eq_ignore_ascii_case(&w),
                    "{e:?} {w:?}"
                );
                for k in 0..w.len() {
                    let mut v = w.clone();
                    v[k] ^= 0x40;
                    assert_eq!(
                        same_folded(lower, &v),
                        lower.eq_ignore_ascii_case(&v),
                        "{v:?}"
                    );
                }
            }
        }
    }

    /// Every set answers exactly as a binary search of its table does.
    #[test]
    fn sets_agree_with_their_tables() {
        let probes = [
            "",
            "a",
            "Said",
            "SAID",
            "said",
            "spokesman",
            "Mr",
            "mr.",
            "the",
            "The",
            "zz",
            "Élysée",
            "über",
            "tuesday",
            "Jan",
        ];
        assert_answers_as(&TITLES, titles::TITLES, &probes);
        assert_answers_as(&OPENING_ROLES, titles::OPENING_ROLES, &probes);
        let openers = verbs::IMPERATIVES.iter().chain(verbs::INVERTED_CUES);
        for w in openers.copied().chain(probes) {
            for w in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
                let want = u32::from(contains_ci(verbs::IMPERATIVES, &w))
                    | u32::from(contains_ci(verbs::INVERTED_CUES, &w)) << 1;
                assert_eq!(NAME_OPENERS.mask(&w), want, "{w:?}");
            }
        }
        assert_answers_as(&ABBREVIATIONS, titles::ABBREVIATIONS, &probes);
        assert_answers_as(&NAME_PARTICLES, titles::NAME_PARTICLES, &probes);
        assert_answers_as(&FUNCTION_WORDS, pronouns::FUNCTION_WORDS, &probes);
        assert_answers_as(&DETERMINERS, pronouns::DETERMINERS, &probes);
        assert_answers_as(&SUBJECT_PRONOUNS, pronouns::SUBJECT_PRONOUNS, &probes);
        assert_answers_as(&WEEKDAYS, calendar::WEEKDAYS, &probes);
        assert_answers_as(&MONTHS, calendar::MONTHS, &probes);
        assert_answers_as(&CUES, cues::CUES, &probes);
        assert_answers_as(&ORGANIZATION_HEADS, organizations::HEADS, &probes);
        assert_answers_as(&FIRM_NOUNS, organizations::FIRM_NOUNS, &probes);
        assert_answers_as_any(
            &NOT_HEADS,
            &[
                verbs::IRREGULAR_PAST,
                verbs::PARTICLES,
                pronouns::REFLEXIVES,
                verbs::MODALS,
            ],
            &probes,
        );
        let tables = [
            pronouns::FUNCTION_WORDS,
            pronouns::DETERMINERS,
            pronouns::SUBJECT_PRONOUNS,
            calendar::WEEKDAYS,
            calendar::MONTHS,
        ];
        assert_answers_as_any(&NOT_NAMES, &tables, &probes);
        let given = [
            given_names::FEMININE,
            given_names::MASCULINE,
            given_names::EITHER,
        ];
        let given_probes: Vec<&str> = probes
            .iter()
            .copied()
            .chain(["Hillary", "DONALD", "Jordan"])
            .collect();
        assert_masks_as(&GIVEN_NAMES, &given, &given_probes);
        assert_masks_as(&NAME_WORDS, &NAME_WORD_TABLES, &probes);
        let role_tables = [titles::TITLES, titles::FEMININE, titles::MASCULINE];
        assert_masks_as(&ROLE_WORDS, &role_tables, &probes);
        let gendered = titles::FEMININE.iter().chain(titles::MASCULINE).copied();
        for w in gendered.chain(probes) {
            let want = if contains_ci(titles::FEMININE, w) {
                Some(0)
            } else if contains_ci(titles::MASCULINE, w) {
                Some(1)
            } else {
                None
            };
            assert_eq!(GENDERED.which(w), want, "{w:?}");
            for v in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
                let want = contains_ci(titles::FEMININE, &v) || contains_ci(titles::MASCULINE, &v);
                assert_eq!(GENDERED.contains(&v), want, "{v:?}");
                assert_eq!(GENDERED.contains_bytes(v.as_bytes()), want, "{v:?}");
            }
        }
    }
}
