//! Duplicate removal: scraped pages often repeat paragraphs or whole blocks.
//!
//! Paragraphs are compared in a normalized form (white space collapsed,
//! straight and curly quotes alike, case folded, trailing punctuation
//! ignored) without building normalized copies: a signature of the
//! normalized character stream finds candidates (and a full hash of it when
//! a signature is shared by different paragraphs), and a streaming comparison
//! confirms them, so expected time is linear and allocation is a few tables.

use crate::article::{Article, Reason, Removed};
use crate::pass::Pass;
use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Removes paragraphs that repeat an earlier kept paragraph.
#[derive(Clone, Debug)]
pub struct Dedup {
    /// Repeats shorter than this many normalized characters are kept when
    /// they stand alone (a repeated `Yes.` in an interview is reporting);
    /// they are still removed inside a run of longer repeats.
    pub min_chars: usize,
}

impl Default for Dedup {
    fn default() -> Self {
        Dedup { min_chars: 24 }
    }
}

impl Pass for Dedup {
    fn name(&self) -> &'static str {
        "dedup"
    }

    fn run(&self, article: &mut Article<'_>) {
        let input = article.input;
        let paras = &article.paragraphs;
        if paras.len() < 2 {
            return;
        }
        // For each paragraph, the earlier paragraph it repeats.
        let mut of: Vec<Option<usize>> = vec![None; paras.len()];
        // A cheap signature of the normalized stream (see `signature`) groups
        // paragraphs that may be equal. While every later member of a group
        // repeats its first, one comparison with the first settles each; a
        // group that holds two different paragraphs falls back to full hashes
        // of the normalized stream. The common article with no repeats costs
        // one vectorizable pass over its bytes, and a repeated block costs a
        // byte comparison per paragraph.
        let mut by_sig: HashMap<u64, Group, BuildHasherDefault<Prehashed>> =
            HashMap::with_capacity_and_hasher(paras.len(), Default::default());
        let mut by_hash: HashMap<u64, usize, BuildHasherDefault<Prehashed>> = HashMap::default();
        for (i, p) in paras.iter().enumerate() {
            let core = core(p.text);
            if core.is_empty() {
                continue;
            }
            let group = match by_sig.entry(signature(core)) {
                Entry::Vacant(e) => {
                    e.insert(Group {
                        first: i,
                        mixed: false,
                    });
                    continue;
                }
                Entry::Occupied(e) => e.into_mut(),
            };
            if !group.mixed {
                if same_normalized(paras[group.first].text, p.text) {
                    of[i] = Some(group.first);
                    continue;
                }
                // Until now the group was its first paragraph and repeats of
                // it, so the first is the only one the hash table needs.
                group.mixed = true;
                by_hash
                    .entry(hash_normalized(paras[group.first].text))
                    .or_insert(group.first);
            }
            match by_hash.entry(hash_normalized(p.text)) {
                Entry::Occupied(e) => {
                    let j = *e.get();
                    if same_normalized(paras[j].text, p.text) {
                        of[i] = Some(j);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(i);
                }
            }
        }
        if of.iter().all(Option::is_none) {
            return;
        }
        let long = |i: usize| {
            // Each printable ASCII byte is a char of the normalized stream
            // (and no space), so enough of them settle it without folding.
            let text = paras[i].text;
            let graphic = core(text).bytes().filter(u8::is_ascii_graphic);
            graphic.take(self.min_chars).count() == self.min_chars
                || normalized(text).nth(self.min_chars - 1).is_some()
        };
        let in_run = |i: usize| {
            (i > 0 && of[i - 1].is_some() && long(i - 1))
                || (i + 1 < of.len() && of[i + 1].is_some() && long(i + 1))
        };
        let drop: Vec<Option<usize>> = (0..paras.len())
            .map(|i| of[i].filter(|_| self.min_chars == 0 || long(i) || in_run(i)))
            .collect();
        article.drop_paragraphs(|i, ps| {
            drop[i].map(|j| Removed::new(input, ps[i].span, Reason::Duplicate).of(j))
        });
    }
}

/// The normalized character stream of a paragraph.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut prev_space = true;
    core(text).chars().filter_map(move |c| {
        let c = fold(c);
        if c == ' ' {
            if prev_space {
                return None;
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
        Some(c)
    })
}

/// The paragraphs that share a signature.
struct Group {
    /// The first of them.
    first: usize,
    /// Whether they differ: then they are told apart by full hashes.
    mixed: bool,
}

/// How many chars of the normalized stream are ASCII letters or digits, and
/// their sum: equal streams have equal signatures, and unequal paragraphs
/// rarely do. The byte loop counts ASCII and compiles to vector code (bytes
/// of other chars never match in it); the few other chars that fold to an
/// ASCII letter are counted apart.
fn signature(core: &str) -> u64 {
    // 16-bit lanes, which SSE2 holds eight of: a block this long cannot
    // overflow them (256 * b'z' < 65536).
    const BLOCK: usize = 256;
    let bytes = core.as_bytes();
    let (mut count, mut sum, mut high) = (0u64, 0u64, 0u8);
    for block in bytes.chunks(BLOCK) {
        let (c, s, h) = ascii_counts(block);
        count += u64::from(c);
        sum += u64::from(s);
        high |= h;
    }
    if high >= 0x80 {
        // One scan for the lead bytes of both chars.
        let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
        let [(a, _), (b, _)] = FOLDS_TO_ASCII;
        for i in memchr::memchr2_iter(lead(a), lead(b), bytes) {
            for (from, to) in FOLDS_TO_ASCII {
                if bytes[i..].starts_with(from.encode_utf8(&mut [0; 4]).as_bytes()) {
                    count += 1;
                    sum += u64::from(to);
                }
            }
        }
    }
    count | sum << 32
}

/// ASCII letters and digits in `bytes` (at most `BLOCK` long): how many, the
/// sum of their lowercase forms, and the OR of all bytes.
#[inline(always)]
fn ascii_counts(bytes: &[u8]) -> (u16, u16, u8) {
    let (mut c, mut s, mut h) = (0u16, 0u16, 0u8);
    for &b in bytes {
        let lower = b | 0x20;
        // Range checks as signed compares, one vector instruction each:
        // shifting the range's start to -128 leaves `x < start + len`.
        let letter = (lower.wrapping_add(128 - b'a') as i8) < i8::MIN + 26;
        let digit = (b.wrapping_add(128 - b'0') as i8) < i8::MIN + 10;
        let alnum = letter | digit;
        c += u16::from(alnum);
        s += u16::from(lower) * u16::from(alnum);
        h |= b;
    }
    (c, s, h)
}

/// The chars outside ASCII that `fold` maps to an ASCII letter or digit
/// (a unit test checks every char).
const FOLDS_TO_ASCII: [(char, char); 2] = [('\u{130}', 'i'), ('\u{212a}', 'k')];

/// Whether two paragraphs normalize alike. Scraped repeats are mostly exact
/// copies, which a byte comparison settles without decoding.
fn same_normalized(a: &str, b: &str) -> bool {
    core(a) == core(b) || normalized(a).eq(normalized(b))
}

/// The paragraph without the trailing white space and punctuation that
/// comparisons ignore.
fn core(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
    })
}

/// `fold` for ASCII, as a table: most text is ASCII and this is the hot loop.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            // `char::is_whitespace` for ASCII: tab, LF, VT, FF, CR, space.
            b'\t'..=b'\r' | b' ' => b' ',
            b'`' => b'\'',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

fn fold(c: char) -> char {
    if c.is_ascii() {
        return ASCII_FOLD[c as usize] as char;
    }
    match c {
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        c if c.is_whitespace() => ' ',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Hashes the normalized stream of `text`.
///
/// Same as feeding `normalized(text)` to a hasher, but walks bytes: ASCII
/// goes through the fold table, and the folded chars' UTF-8 bytes are packed
/// eight to a word before mixing, which is what makes the pass cheap next to
/// the grammar. Only equal streams must hash equal; a collision costs one
/// streaming comparison.
fn hash_normalized(text: &str) -> u64 {
    let core = core(text);
    let bytes = core.as_bytes();
    let mut h = WordHash::default();
    let mut prev_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 {
            i += 1;
            ASCII_FOLD[b as usize] as char
        } else {
            let c = core[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            fold(c)
        };
        if c == ' ' {
            if prev_space {
                continue;
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
        if c.is_ascii() {
            h.byte(c as u8);
        } else {
            for &u in c.encode_utf8(&mut [0; 4]).as_bytes() {
                h.byte(u);
            }
        }
    }
    h.finish()
}

/// A word-at-a-time multiplicative hash (FxHash-like rounds, murmur3
/// finalizer). Not for untrusted keys: a collision only costs a comparison.
#[derive(Default)]
struct WordHash {
    h: u64,
    word: u64,
    fill: u32,
    len: u64,
}

impl WordHash {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    #[inline]
    fn byte(&mut self, b: u8) {
        self.word |= u64::from(b) << (self.fill * 8);
        self.fill += 1;
        if self.fill == 8 {
            self.round();
        }
    }

    #[inline]
    fn round(&mut self) {
        self.h = (self.h.rotate_left(5) ^ self.word).wrapping_mul(Self::K);
        self.len += u64::from(self.fill);
        self.word = 0;
        self.fill = 0;
    }

    fn finish(mut self) -> u64 {
        self.round();
        let mut h = self.h ^ self.len;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Keys of the tables are hashes or signatures: one multiply spreads them.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(WordHash::K);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // Signatures keep their entropy in the low bits of each half; the
        // table wants it in the top bits too.
        self.0 = (n ^ n >> 29).wrapping_mul(WordHash::K);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fold_table_matches_char_rules() {
        for b in 0u8..128 {
            let c = b as char;
            let want = match c {
                '`' => '\'',
                c if c.is_whitespace() => ' ',
                c => c.to_ascii_lowercase(),
            };
            assert_eq!(fold(c), want, "{b:#x}");
        }
    }

    #[test]
    fn hash_agrees_with_normalized_stream() {
        let same = [
            (
                "\"We  dodged a BULLET,\" he said.",
                "“we dodged a bullet,” he said",
            ),
            ("Ünïcödé\u{a0}text ‘here’…", "ünïcödé text 'here'"),
            ("  lead and trail  ", "lead and trail"),
        ];
        for (a, b) in same {
            assert!(normalized(a).eq(normalized(b)), "{a:?} {b:?}");
            assert_eq!(hash_normalized(a), hash_normalized(b), "{a:?} {b:?}");
            assert_eq!(signature(core(a)), signature(core(b)), "{a:?} {b:?}");
        }
        assert_eq!(hash_normalized("abcdefgh"), hash_normalized("abcdefgh "));
        assert_ne!(hash_normalized("abcdefgh"), hash_normalized("abcdefg"));
        assert_ne!(hash_normalized("abcdefgh x"), hash_normalized("abcdefgh y"));
        assert!(core(" ... ").is_empty());
    }

    #[test]
    fn folds_to_ascii_is_complete() {
        let found: Vec<(char, char)> = (0x80..=0x10ffff)
            .filter_map(char::from_u32)
            .map(|c| (c, fold(c)))
            .filter(|(_, f)| f.is_ascii_alphanumeric())
            .collect();
        assert_eq!(found, FOLDS_TO_ASCII);
    }

    #[test]
    fn signature_is_fold_of_alphanumerics() {
        // Longer than a block, with a Kelvin sign, which folds to ASCII `k`.
        let text = "The Quick brown fox, 42 times \u{212a}elvin “quoted” Ünï and more ASCII text after it\x10\x19 [`@] 0123456789 Z İ".repeat(5);
        let (mut count, mut sum) = (0u64, 0u64);
        for c in text.chars().map(fold).filter(char::is_ascii_alphanumeric) {
            count += 1;
            sum += u64::from(c);
        }
        assert_eq!(signature(&text), count | sum << 32);
    }

    fn run(s: &str) -> Article<'_> {
        let mut a = crate::structure(s).unwrap();
        Dedup::default().run(&mut a);
        a
    }

    #[test]
    fn variants_are_duplicates() {
        let a = run("Title\n\n\"We dodged a bullet,\" said Steve Cowan.\n\n“We  dodged a BULLET,” said Steve Cowan\n");
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.removed.len(), 1);
        assert_eq!(a.removed[0].of, Some(0));
    }

    #[test]
    fn same_signature_different_text() {
        // Reversing keeps the multiset of letters, hence the signature.
        let a = "Officials said the talks would continue next week";
        let b: String = a.chars().rev().collect();
        assert_eq!(signature(a), signature(&b));
        let s = format!("Title\n\n{a}\n\n{b}\n\n{b}.\n\n{a}\n\n{b}\n");
        let art = run(&s);
        assert_eq!(art.paragraphs.len(), 2);
        let of: Vec<_> = art.removed.iter().map(|r| r.of).collect();
        assert_eq!(of, [Some(1), Some(0), Some(1)]);
    }

    #[test]
    fn trailing_punctuation_does_not_make_a_repeat_long() {
        let a = run("Title\n\nYes..........................\n\nSomething else entirely here.\n\nYes!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        assert_eq!(a.paragraphs.len(), 3);
    }

    #[test]
    fn short_lone_repeats_stay() {
        let a = run("Title\n\nYes.\n\nSomething else entirely here.\n\nYes.\n");
        assert_eq!(a.paragraphs.len(), 3);
    }

    #[test]
    fn idempotent() {
        let s = "Title\n\nA paragraph long enough to count.\n\nAnother paragraph long enough.\n\nA paragraph long enough to count.\n";
        let mut a = run(s);
        let before = a.clone();
        Dedup::default().run(&mut a);
        assert_eq!(a, before);
    }
}
