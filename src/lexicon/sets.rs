//! Hashed forms of the tables the quote pass asks about at nearly every
//! word. A binary search costs about eight case-folding string compares;
//! these sets hash the word once, ASCII-case-folded, and compare with at
//! most a couple of entries, which matters when a lookup runs per token.
//!
//! The tables stay the sorted lists in their own modules (reviewable, with
//! their `sorted` tests); each set here is built from one at compile time.

use super::{calendar, cues, pronouns, titles};
use crate::ascii8;

/// Slots per set: a power of two well above the largest table, so that
/// probe runs stay short.
const SLOTS: usize = 1024;
const EMPTY: u32 = u32::MAX;

/// A read-only set of ASCII-lowercase words, looked up ignoring ASCII case.
pub(crate) struct Lexicon {
    tables: &'static [&'static [&'static str]],
    /// `tag << 16 | table << 11 | index` of a word, or `EMPTY`; open
    /// addressing, linear probing. The tag (16 more bits of the hash)
    /// turns away nearly every other word without reading its text.
    /// linear probing.
    slots: [u32; SLOTS],
    min_len: usize,
    max_len: usize,
    /// Which first letters occur, as [`letter_bit`] gives them.
    first: u32,
    /// For each first letter (by [`letter_index`]), which second letters
    /// follow it ([`letter_bit`], or bit 27 for a one-letter word): most
    /// words a table does not hold are turned away here, unhashed.
    second: [u32; 27],
    /// For each first letter, which word lengths occur (bit `len`, or bit
    /// 31 for 31 bytes and more): a second screen, as cheap.
    lens: [u32; 27],
}

/// The index of a first byte among the bits of [`letter_bit`].
#[inline]
const fn letter_index(b: u8) -> usize {
    letter_bit(b).trailing_zeros() as usize
}

/// The [`Lexicon::lens`] bit of a word length.
#[inline(always)]
const fn len_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

/// [`letter_index`] of every byte, looked up rather than computed: the
/// screen runs at nearly every word the quote pass reads.
static LETTER_INDEX: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = letter_index(b as u8) as u8;
        b += 1;
    }
    t
};

/// The [`Lexicon::second`] bit of a word's second byte.
#[inline]
const fn second_bit(w: &[u8]) -> u32 {
    if w.len() > 1 {
        letter_bit(w[1])
    } else {
        1 << 27
    }
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

/// One multiply per eight bytes: a byte-at-a-time hash is a chain of
/// dependent multiplies, slow on the words this runs on most.
const fn mix(h: u64, x: u64) -> u64 {
    (h ^ fold(x)).wrapping_mul(K).rotate_left(29)
}

const fn finish(h: u64, len: usize) -> usize {
    let h = (h ^ len as u64).wrapping_mul(K);
    (h ^ (h >> 32)) as usize
}

/// The hash of a word ignoring ASCII case; `const` so that sets are built
/// by the compiler. Words are read in (possibly overlapping) fixed-width
/// loads: eight bytes a step, the last eight once more, or two four-byte
/// halves, or three single bytes.
const fn hash_const(b: &[u8]) -> usize {
    const fn load(b: &[u8], at: usize, n: usize) -> u64 {
        let mut x = 0u64;
        let mut k = 0;
        while k < n {
            x |= (b[at + k] as u64) << (8 * k);
            k += 1;
        }
        x
    }
    let n = b.len();
    let mut h = 0;
    if n > 8 {
        let mut i = 0;
        while n - i > 8 {
            h = mix(h, load(b, i, 8));
            i += 8;
        }
        h = mix(h, load(b, n - 8, 8));
    } else if n >= 4 {
        h = mix(h, load(b, 0, 4) | (load(b, n - 4, 4) << 32));
    } else if n > 0 {
        h = mix(
            h,
            load(b, 0, 1) | (load(b, n / 2, 1) << 8) | (load(b, n - 1, 1) << 16),
        );
    }
    finish(h, n)
}

/// `hash_const` with machine loads at run time (the unit test checks that
/// the two agree on every table word).
#[inline]
fn hash(b: &[u8]) -> usize {
    let u64_at = |at: usize| ascii8::load(b, at);
    let u32_at = |at: usize| {
        let mut a = [0u8; 4];
        a.copy_from_slice(&b[at..at + 4]);
        u64::from(u32::from_le_bytes(a))
    };
    let n = b.len();
    let mut h = 0;
    if n > 8 {
        let mut i = 0;
        while n - i > 8 {
            h = mix(h, u64_at(i));
            i += 8;
        }
        h = mix(h, u64_at(n - 8));
    } else if n >= 4 {
        h = mix(h, u32_at(0) | (u32_at(n - 4) << 32));
    } else if n > 0 {
        let x = u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16);
        h = mix(h, x);
    }
    finish(h, n)
}

/// True when `w` is `entry` (a table word: no ASCII capitals) ignoring
/// ASCII case: compared a machine word at a time, the loads of [`hash`].
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

/// Hash bits above the slot index, kept in the slot to compare first.
const fn tag(h: usize) -> u32 {
    ((h >> 16) & 0x7FFF) as u32
}

impl Lexicon {
    /// Builds the set of the words of `tables` at compile time. Fails to
    /// compile when they would fill more than half the slots.
    pub(crate) const fn new(tables: &'static [&'static [&'static str]]) -> Lexicon {
        let mut slots = [EMPTY; SLOTS];
        let (mut min_len, mut max_len, mut first, mut total) = (usize::MAX, 0, 0, 0);
        let mut second = [0u32; 27];
        let mut lens = [0u32; 27];
        let mut t = 0;
        while t < tables.len() {
            let words = tables[t];
            total += words.len();
            assert!(total * 2 <= SLOTS && words.len() < 1 << 11 && t < 31);
            first |= first_letters(words);
            let mut k = 0;
            while k < words.len() {
                let w = words[k].as_bytes();
                if !w.is_empty() {
                    second[letter_index(w[0])] |= second_bit(w);
                    lens[letter_index(w[0])] |= len_bit(w.len());
                }
                if w.len() < min_len {
                    min_len = w.len();
                }
                if w.len() > max_len {
                    max_len = w.len();
                }
                let h = hash_const(w);
                let mut s = h & (SLOTS - 1);
                while slots[s] != EMPTY {
                    s = (s + 1) & (SLOTS - 1);
                }
                slots[s] = (tag(h) << 16) | ((t << 11) | k) as u32;
                k += 1;
            }
            t += 1;
        }
        Lexicon {
            tables,
            slots,
            min_len,
            max_len,
            first,
            second,
            lens,
        }
    }

    /// False when no word of the set starts with byte `b` (ignoring ASCII
    /// case): a test to make before cutting a word out of the text.
    #[inline]
    pub(crate) fn may_start_with(&self, b: u8) -> bool {
        self.first & letter_bit(b) != 0
    }

    /// False when the first two bytes of `w` (non-empty) start no word of
    /// the set: one table load per byte, a mask test.
    #[inline(always)]
    fn may_hold(&self, w: &[u8]) -> bool {
        let second = match w.get(1) {
            Some(&b) => 1 << LETTER_INDEX[b as usize],
            None => 1 << 27,
        };
        let first = LETTER_INDEX[w[0] as usize] as usize;
        self.second[first] & second != 0 && self.lens[first] & len_bit(w.len()) != 0
    }

    /// True when the set holds `word`, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.which(word).is_some()
    }

    /// [`Lexicon::contains`] for the bytes of a word: a scanner that
    /// knows where ASCII words start and end need not cut a `str` (and
    /// have its bounds checked) to ask.
    #[inline]
    pub(crate) fn contains_bytes(&self, w: &[u8]) -> bool {
        self.which_bytes(w).is_some()
    }

    /// Every table of the set that holds `word` (ignoring ASCII case), as
    /// bit `1 << table`: all of a word's entries share its probe run.
    #[inline]
    pub(crate) fn mask(&self, word: &str) -> u32 {
        let mut m = 0;
        self.probe(word.as_bytes(), |table| {
            m |= 1 << table;
            false
        });
        m
    }

    /// Which of the set's tables holds `word` (ignoring ASCII case); the
    /// first one, when several do.
    #[inline]
    pub(crate) fn which(&self, word: &str) -> Option<usize> {
        self.which_bytes(word.as_bytes())
    }

    /// [`Lexicon::which`] for the bytes of a word (see
    /// [`Lexicon::contains_bytes`]).
    #[inline]
    pub(crate) fn which_bytes(&self, w: &[u8]) -> Option<usize> {
        let mut first = None;
        // Linear probing meets a word's earlier tables first.
        self.probe(w, |table| {
            first = Some(table);
            true
        });
        first
    }

    /// Calls `found` with the table of each entry equal to `w` (ignoring
    /// ASCII case), in probe order, until it returns true. Words of a length
    /// or first letters no entry has are turned away before hashing.
    #[inline(always)]
    fn probe(&self, w: &[u8], mut found: impl FnMut(usize) -> bool) {
        if w.len() < self.min_len || w.len() > self.max_len || !self.may_hold(w) {
            return;
        }
        let h = hash(w);
        let want = tag(h);
        let mut s = h & (SLOTS - 1);
        loop {
            let slot = self.slots[s];
            if slot == EMPTY {
                return;
            }
            if slot >> 16 == want {
                let k = (slot & 0xFFFF) as usize;
                if same_folded(self.tables[k >> 11][k & 0x7FF].as_bytes(), w) && found(k >> 11) {
                    return;
                }
            }
            s = (s + 1) & (SLOTS - 1);
        }
    }
}

pub(crate) static TITLES: Lexicon = Lexicon::new(&[titles::TITLES]);
pub(crate) static ABBREVIATIONS: Lexicon = Lexicon::new(&[titles::ABBREVIATIONS]);
pub(crate) static NAME_PARTICLES: Lexicon = Lexicon::new(&[titles::NAME_PARTICLES]);
pub(crate) static FUNCTION_WORDS: Lexicon = Lexicon::new(&[pronouns::FUNCTION_WORDS]);
pub(crate) static DETERMINERS: Lexicon = Lexicon::new(&[pronouns::DETERMINERS]);
pub(crate) static SUBJECT_PRONOUNS: Lexicon = Lexicon::new(&[pronouns::SUBJECT_PRONOUNS]);
pub(crate) static WEEKDAYS: Lexicon = Lexicon::new(&[calendar::WEEKDAYS]);
pub(crate) static MONTHS: Lexicon = Lexicon::new(&[calendar::MONTHS]);
pub(crate) static CUES: Lexicon = Lexicon::new(&[cues::CUES]);
/// Every word that keeps a capitalized word from being a name, for a
/// one-lookup answer in the common case (a name is in none of them).
pub(crate) static NOT_NAMES: Lexicon = Lexicon::new(&[
    pronouns::FUNCTION_WORDS,
    pronouns::DETERMINERS,
    pronouns::SUBJECT_PRONOUNS,
    calendar::WEEKDAYS,
    calendar::MONTHS,
]);
/// Every table a capitalized word is asked about while names are read,
/// so that one lookup answers them all; the `NAME_WORDS_*` bits of
/// [`Lexicon::mask`] say which.
pub(crate) static NAME_WORDS: Lexicon = Lexicon::new(&NAME_WORD_TABLES);
/// The tables of [`NAME_WORDS`], in the order of its bits.
const NAME_WORD_TABLES: [&[&str]; 6] = [
    pronouns::FUNCTION_WORDS,
    pronouns::DETERMINERS,
    pronouns::SUBJECT_PRONOUNS,
    calendar::WEEKDAYS,
    calendar::MONTHS,
    titles::TITLES,
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
/// Words that give a gender: table 0 feminine, table 1 masculine.
pub(crate) static GENDERED: Lexicon = Lexicon::new(&[titles::FEMININE, titles::MASCULINE]);

/// Asserts that `set` answers as a binary search of `list` does, for every
/// word of `list` and of `probes`: as written, in capitals, and with an `s`
/// after it.
#[cfg(test)]
pub(crate) fn assert_answers_as(set: &Lexicon, list: &[&str], probes: &[&str]) {
    for w in list.iter().chain(probes) {
        for v in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
            let want = crate::lexicon::contains_ci(list, &v);
            assert_eq!(set.contains(&v), want, "{v:?}");
            assert_eq!(set.contains_bytes(v.as_bytes()), want, "{v:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::contains_ci;

    #[test]
    fn run_time_hash_is_the_compile_time_hash() {
        let text: Vec<u8> = (0u8..=255).rev().chain(*b"Spokeswoman SAID said").collect();
        for start in 0..40 {
            for end in start..start + 40 {
                let w = &text[start..end];
                assert_eq!(hash(w), hash_const(w), "{w:?}");
            }
        }
        assert_eq!(hash(b"SPOKESWOMAN"), hash(b"spokeswoman"));
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
        let pairs: [(&Lexicon, &[&str]); 9] = [
            (&TITLES, titles::TITLES),
            (&ABBREVIATIONS, titles::ABBREVIATIONS),
            (&NAME_PARTICLES, titles::NAME_PARTICLES),
            (&FUNCTION_WORDS, pronouns::FUNCTION_WORDS),
            (&DETERMINERS, pronouns::DETERMINERS),
            (&SUBJECT_PRONOUNS, pronouns::SUBJECT_PRONOUNS),
            (&WEEKDAYS, calendar::WEEKDAYS),
            (&MONTHS, calendar::MONTHS),
            (&CUES, cues::CUES),
        ];
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
        for (set, table) in pairs {
            assert_answers_as(set, table, &probes);
        }
        let tables = [
            pronouns::FUNCTION_WORDS,
            pronouns::DETERMINERS,
            pronouns::SUBJECT_PRONOUNS,
            calendar::WEEKDAYS,
            calendar::MONTHS,
        ];
        for w in tables.iter().flat_map(|t| t.iter()).copied().chain(probes) {
            let any = tables.iter().any(|t| contains_ci(t, w));
            assert_eq!(NOT_NAMES.contains(w), any, "{w:?}");
        }
        let name_tables = NAME_WORD_TABLES;
        let all = name_tables.iter().flat_map(|t| t.iter()).copied();
        for w in all.chain(probes) {
            for w in [w.to_string(), w.to_ascii_uppercase(), format!("{w}s")] {
                let want = (0..name_tables.len())
                    .filter(|&t| contains_ci(name_tables[t], &w))
                    .fold(0, |m, t| m | 1 << t);
                assert_eq!(NAME_WORDS.mask(&w), want, "{w:?}");
            }
        }
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
        }
    }
}
