//! Duplicate removal: scraped pages often repeat paragraphs or whole blocks.
//!
//! Paragraphs are compared in a normalized form (see [`normalized_eq`])
//! without building normalized copies. A cheap signature of the start of
//! the normalized stream, sorted, groups paragraphs that may be equal; while
//! a group holds a few different paragraphs, comparisons with them settle
//! each newcomer (a byte comparison, for exact copies), and only a group
//! that holds more falls back to keyed hashes of the normalized stream.
//! Expected time is linear in the text (plus a
//! sort of one signature per paragraph) and the only allocations are
//! per-article tables.

use crate::article::{Article, Reason, Removed};
use crate::pass::Pass;
use crate::span::Text;
use std::cell::Cell;
use std::collections::hash_map::{Entry, RandomState};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// Removes paragraphs that repeat an earlier kept paragraph, keeping the
/// first occurrence; each removal's `of` is the index of that occurrence.
///
/// ```
/// use newsparse::{passes::Dedup, Pass};
///
/// let text = "News of the day\n\n\"We dodged a bullet,\" said Steve Cowan.\n\nMore news.\n\n\
///             “We dodged a  BULLET,” said Steve Cowan\n";
/// let mut article = newsparse::structure(text)?;
/// Dedup::default().run(&mut article);
/// assert_eq!(article.paragraphs.len(), 2);
/// assert_eq!(article.removed[0].of, Some(0));
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Dedup {
    /// Repeats shorter than this many normalized characters are kept when
    /// they stand alone (a repeated `Yes.` in an interview is reporting);
    /// they are still removed inside a repeated block, next to the repeats
    /// of their neighbours. 0 removes every repeat.
    pub min_chars: usize,
    /// Repeats that do not end a sentence (table rows such as `Avg shrs
    /// 2,332,397 vs 1,428,000`, headings) must be at least this many
    /// normalized characters to go on their own: the same row under `Qtr`
    /// and `Year` is data, not a scraping accident.
    pub min_fragment_chars: usize,
}

impl Default for Dedup {
    fn default() -> Self {
        Dedup {
            min_chars: 24,
            min_fragment_chars: 80,
        }
    }
}

impl Dedup {
    /// Sets [`Dedup::min_chars`]; `0` together with
    /// `min_fragment_chars(0)` removes every repeat.
    pub fn min_chars(mut self, chars: usize) -> Self {
        self.min_chars = chars;
        self
    }

    /// Sets [`Dedup::min_fragment_chars`].
    pub fn min_fragment_chars(mut self, chars: usize) -> Self {
        self.min_fragment_chars = chars;
        self
    }
}

thread_local! {
    /// [`Dedup::run`]'s list of paragraph keys, kept between articles.
    static KEYED: Cell<Vec<(u64, usize)>> = const { Cell::new(Vec::new()) };
}

impl Pass for Dedup {
    fn name(&self) -> &'static str {
        "dedup"
    }

    fn run(&self, article: &mut Article<'_>) {
        let input = article.input;
        let paras = &article.paragraphs;
        let n = paras.len();
        if n < 2 {
            return;
        }
        let text = |i: usize| paras[i].text;
        let min = self.min_chars;
        // Equal streams start alike: a paragraph whose first few chars no
        // other paragraph shares repeats none and repeats nothing. Most
        // paragraphs are ruled out so, before the longer signature below.
        // The list is kept per thread: most articles stop right after it,
        // and an allocation would cost as much as the keys.
        let mut keyed = KEYED.take();
        keyed.clear();
        // The chars `core` trims sign nothing, so the text signs as its
        // core does; only a text that signs nothing may have an empty core.
        keyed.extend((0..n).filter_map(|i| {
            let scan = Scan::key(text(i));
            (scan.signed > 0 || !core(text(i)).is_empty()).then_some((scan.signature, i))
        }));
        // Keys that fall in distinct bits of a small table are distinct:
        // most articles need no sort.
        let mut seen = [0u64; 16];
        let mut clash = false;
        for &(key, _) in keyed.iter() {
            let h = (key >> 54) as usize;
            let bit = 1u64 << (h & 63);
            clash |= seen[h >> 6] & bit != 0;
            seen[h >> 6] |= bit;
        }
        if clash {
            keyed.sort_unstable();
        }
        let shared = (clash && keyed.windows(2).any(|w| w[0].0 == w[1].0)).then(|| {
            // Keys clash mostly on a name that opens many paragraphs; a
            // second, longer key sets most of those apart before the
            // signature, which costs several times as much a char.
            let mut second: Vec<(u64, usize)> = keyed
                .chunk_by(|a, b| a.0 == b.0)
                .filter(|group| group.len() > 1)
                .flatten()
                .map(|&(key, i)| (mix(key, Scan::second(text(i)).signature), i))
                .collect();
            second.sort_unstable();
            let mut shared = vec![false; n];
            for group in second.chunk_by(|a, b| a.0 == b.0) {
                if group.len() > 1 {
                    group.iter().for_each(|&(_, i)| shared[i] = true);
                }
            }
            shared
        });
        if keyed.capacity() < 1 << 14 {
            KEYED.set(keyed);
        }
        let Some(shared) = shared else {
            return;
        };
        // Short repeats go only next to a repeat that goes on its own, and
        // those are long: short paragraphs are looked up only once such a
        // repeat exists. Most articles have none, and text made of short
        // lines would otherwise pay a signature per line.
        let mut long = vec![false; n];
        let mut signed: Vec<(u64, usize)> = Vec::with_capacity(n);
        for (i, is_long) in long.iter_mut().enumerate() {
            if !shared[i] {
                continue;
            }
            let core = core(text(i));
            // No more normalized chars than bytes.
            if core.len() < min {
                continue;
            }
            let scan = Scan::of(core, SIGNED_CHARS);
            if scan.signed < min && normalized_core(core).nth(min - 1).is_none() {
                continue;
            }
            *is_long = true;
            signed.push((scan.signature, i));
        }
        // The first occurrence each paragraph repeats, and, for a repeat
        // that goes, the earlier paragraph it lines up with; both are made
        // when the first repeat turns up.
        let mut of: Vec<Option<usize>> = Vec::new();
        let mut aligned: Vec<Option<usize>> = Vec::new();
        let mut any_alone = false;
        repeats(paras, &mut signed, |i, j| {
            if of.is_empty() {
                of = vec![None; n];
                aligned = vec![None; n];
            }
            of[i] = Some(j);
            // Long repeats go on their own when they end a sentence or are
            // long enough not to be a table row or heading.
            if ends_sentence(text(i))
                || ends_sentence(text(j))
                || at_least(core(text(i)), 0, self.min_fragment_chars)
            {
                aligned[i] = Some(j);
                any_alone = true;
            }
        });
        if !any_alone {
            return;
        }
        // Equal streams have equal lengths, so short paragraphs only repeat
        // short ones: a grouping of their own.
        if min > 0 {
            let mut signed: Vec<(u64, usize)> = (0..n)
                .filter(|&i| !long[i] && shared[i])
                .map(|i| (Scan::of(core(text(i)), SIGNED_CHARS).signature, i))
                .collect();
            repeats(paras, &mut signed, |i, j| of[i] = Some(j));
        }
        // A short repeat goes only when it lines up with a neighbour's
        // repeat, as in a repeated block.
        for i in 1..n {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i - 1]
                    .map(|a| a + 1)
                    .filter(|&b| b < i && normalized_eq(text(b), text(i)));
            }
        }
        for i in (0..n - 1).rev() {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i + 1]
                    .and_then(|a| a.checked_sub(1))
                    .filter(|&b| normalized_eq(text(b), text(i)));
            }
        }
        article.drop_paragraphs(|i, ps| {
            aligned[i]
                .and(of[i])
                .map(|j| Removed::new(input, ps[i].span, Reason::Duplicate).of(j))
        });
    }
}

/// True when `a` and `b` are the same paragraph up to the differences
/// scraped repeats show: white space (runs and line breaks), quotation
/// marks (straight, curly, guillemets), letter case, and punctuation or
/// white space at the end. This is the equality [`Dedup`] removes by.
///
/// ```
/// use newsparse::passes::normalized_eq;
///
/// assert!(normalized_eq("\"We dodged a bullet,\" he said.", "“We dodged a\n BULLET,” he said"));
/// assert!(!normalized_eq("We dodged a bullet.", "We dodged two bullets."));
/// ```
pub fn normalized_eq(a: &str, b: &str) -> bool {
    let (a, b) = (core(a), core(b));
    // Scraped repeats are mostly exact copies: no decoding for those.
    a == b || normalized_core(a).eq(normalized_core(b))
}

/// True when `text` ends a sentence, closing quotes and brackets aside.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// The paragraph without the trailing white space and punctuation that
/// comparisons ignore.
fn core(text: &str) -> &str {
    let trimmed =
        |c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…');
    // ASCII by bytes (most paragraphs end in `.` after a letter); chars are
    // decoded only from the first byte outside ASCII on.
    let b = text.as_bytes();
    let mut end = b.len();
    while end > 0 && b[end - 1].is_ascii() {
        if !trimmed(char::from(b[end - 1])) {
            return &text[..end];
        }
        end -= 1;
    }
    text[..end].trim_end_matches(trimmed)
}

/// The normalized character stream of a paragraph's [`core()`].
fn normalized_core(core: &str) -> impl Iterator<Item = char> + '_ {
    let mut prev_space = true;
    core.chars().filter_map(move |c| {
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

/// True when the normalized stream of `core` has at least `chars` chars;
/// `known` is a lower bound of that length (see [`Scan::signed`]), 0 when
/// none is at hand.
fn at_least(core: &str, known: usize, chars: usize) -> bool {
    known >= chars || (core.len() >= chars && normalized_core(core).nth(chars - 1).is_some())
}

fn fold(c: char) -> char {
    if c.is_ascii() {
        return ASCII_FOLD[c as usize] as char;
    }
    match c {
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' => '\'',
        c if c.is_whitespace() => ' ',
        // Only single-char lowercase forms: a stream of chars, no buffer.
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// [`fold`] for ASCII as a table: most text is ASCII.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            // `char::is_whitespace` in ASCII: tab, LF, VT, FF, CR, space.
            b'\t'..=b'\r' | b' ' => b' ',
            b'`' => b'\'',
            c => c.to_ascii_lowercase(),
        };
        b += 1;
    }
    t
};

/// Paragraphs by a keyed hash of their normalized stream.
type HashIndex = HashMap<u64, usize, BuildHasherDefault<Prehashed>>;

/// Calls `found(i, j)` for each paragraph `i` in `signed` (signature,
/// index; each with a nonempty core) that repeats an earlier one, `j` the
/// first of those.
///
/// Sorting groups the paragraphs by signature, each group in text order:
/// no table to build, and no hash to compute for the many paragraphs whose
/// signature is their own. While a group holds at most [`DISTINCT`]
/// different paragraphs, comparisons with them settle each newcomer; a
/// group that holds more falls back to keyed hashes of the normalized
/// stream.
fn repeats(paras: &[Text<'_>], signed: &mut [(u64, usize)], mut found: impl FnMut(usize, usize)) {
    let text = |k: usize| paras[k].text;
    signed.sort_unstable();
    // Keys random per run: no input can force collisions, in the table or
    // between hashes. Made for the first group with too many different
    // paragraphs.
    let mut by_hash: Option<(RandomState, HashIndex)> = None;
    for group in signed.chunk_by(|a, b| a.0 == b.0) {
        let Some((&(_, first), rest)) = group.split_first() else {
            continue;
        };
        // The group's distinct paragraphs so far, in text order: a newcomer
        // equal to one repeats it. Paragraphs that share a signature but
        // differ (a rewritten lead) mostly differ early, so comparing is
        // cheaper than hashing both whole; a group with more distinct
        // paragraphs than this falls back to the hashes.
        let mut distinct = [first; DISTINCT];
        let mut count = 1;
        for &(_, i) in rest {
            if count <= DISTINCT {
                if let Some(&j) = distinct[..count]
                    .iter()
                    .find(|&&j| normalized_eq(text(j), text(i)))
                {
                    found(i, j);
                    continue;
                }
                if count < DISTINCT {
                    distinct[count] = i;
                    count += 1;
                    continue;
                }
                // The distinct paragraphs are the only ones the hashes
                // need so far.
                count += 1;
                let (state, table) =
                    by_hash.get_or_insert_with(|| (RandomState::new(), HashMap::default()));
                for &j in &distinct {
                    table.entry(hash_normalized(state, text(j))).or_insert(j);
                }
            }
            let Some((state, table)) = by_hash.as_mut() else {
                continue;
            };
            // A collision of keyed 64-bit hashes could at worst miss a
            // repeat; no list of colliding paragraphs is kept to scan.
            match table.entry(hash_normalized(state, text(i))) {
                Entry::Occupied(e) => {
                    let j = *e.get();
                    if normalized_eq(text(j), text(i)) {
                        found(i, j);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(i);
                }
            }
        }
    }
}

/// How many distinct paragraphs of one signature [`repeats`] compares a
/// newcomer with before it hashes: each comparison stops at the first
/// difference, and this bounds them per paragraph.
const DISTINCT: usize = 4;

/// How many ASCII letters and digits of the normalized stream a signature
/// reads: about six words. Paragraphs of one article that agree on this many
/// rarely differ later (on the BBC and Reuters corpora, some 55 of 60,000
/// paragraphs did), and a signature that does not read the whole paragraph
/// costs the same for short and long ones: scanning every byte was most of
/// the pass.
const SIGNED_CHARS: usize = 32;

/// How many chars the first, cheaper key reads: enough to set most
/// paragraphs of an article apart (`The`, `But` open many).
const KEY_CHARS: usize = 6;

/// How many chars the second key reads: past a name that opens many
/// paragraphs of an article (`Clinton`, `Sanders` in political reporting),
/// into the words after it.
const SECOND_CHARS: usize = 14;

/// One pass over the start of a paragraph's core.
struct Scan {
    /// A hash of the first chars of the normalized stream that are ASCII
    /// letters or digits ([`SIGNED_CHARS`] of them, or as asked), and of
    /// how many there are: equal streams have equal signatures, and unequal
    /// paragraphs rarely do.
    signature: u64,
    /// How many chars were hashed: a lower bound of the stream's length.
    signed: usize,
}

impl Scan {
    // Out of line: inlined into the pass, its counters went to the stack.
    #[inline(never)]
    fn of(core: &str, limit: usize) -> Scan {
        let (mut hash, mut signed) = (0u64, 0usize);
        for (i, &b) in core.as_bytes().iter().enumerate() {
            let mut c = SIGN[usize::from(b)];
            if c == LEAD {
                c = folded_alnum(core, i);
            }
            // Spaces and punctuation fall between words at no pattern a
            // branch predictor learns: the mix is taken or not by a select.
            let kept = mix(hash, u64::from(c));
            hash = if c != 0 { kept } else { hash };
            signed += usize::from(c != 0);
            if signed == limit {
                break;
            }
        }
        Scan {
            signature: mix(hash, signed as u64),
            signed,
        }
    }

    /// The first, cheaper key: the first [`KEY_CHARS`] letters and digits
    /// of the normalized stream themselves, packed in a word (they fit), so
    /// equal keys mean equal starts and no char is mixed on the way; one
    /// mix at the end spreads them to the high bits the pass screens by.
    fn key(text: &str) -> Scan {
        const { assert!(KEY_CHARS <= 8) };
        Scan::packed::<KEY_CHARS>(text)
    }

    /// The second key, for paragraphs whose first keys clash: the first
    /// [`SECOND_CHARS`] letters and digits, of which the word keeps the
    /// last eight, the ones past the first key when there are that many.
    fn second(text: &str) -> Scan {
        const { assert!(SECOND_CHARS <= KEY_CHARS + 8) };
        Scan::packed::<SECOND_CHARS>(text)
    }

    /// The first `LIMIT` letters and digits of the normalized stream,
    /// shifted through a word, and how many there are.
    #[inline(never)]
    fn packed<const LIMIT: usize>(text: &str) -> Scan {
        let (mut word, mut signed) = (0u64, 0usize);
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let c = SIGN[usize::from(b)];
            if c == LEAD {
                // A tail call: the ASCII loop saves no registers for it.
                return Scan::packed_from::<LIMIT>(text, i, word, signed);
            }
            let kept = word << 8 | u64::from(c);
            word = if c != 0 { kept } else { word };
            signed += usize::from(c != 0);
            if signed == LIMIT {
                break;
            }
        }
        Scan {
            signature: mix(word, signed as u64),
            signed,
        }
    }

    /// [`Scan::packed`] from the char at `at` on, outside ASCII, with what
    /// the word holds so far.
    #[cold]
    #[inline(never)]
    fn packed_from<const LIMIT: usize>(
        text: &str,
        at: usize,
        mut word: u64,
        mut signed: usize,
    ) -> Scan {
        for (i, &b) in text.as_bytes().iter().enumerate().skip(at) {
            let mut c = SIGN[usize::from(b)];
            if c == LEAD {
                c = folded_alnum(text, i);
            }
            if c != 0 {
                word = word << 8 | u64::from(c);
                signed += 1;
                if signed == LIMIT {
                    break;
                }
            }
        }
        Scan {
            signature: mix(word, signed as u64),
            signed,
        }
    }
}

/// The ASCII letter or digit that the char starting at `at` folds to (a
/// few outside ASCII do: K, the Kelvin sign), or 0. Out of line: the loop
/// over ASCII bytes keeps its registers.
#[cold]
#[inline(never)]
fn folded_alnum(core: &str, at: usize) -> u8 {
    match core[at..].chars().next().map(fold) {
        Some(c) if c.is_ascii_alphanumeric() => c as u8,
        _ => 0,
    }
}

/// [`SIGN`]'s mark for the lead byte of a char outside ASCII.
const LEAD: u8 = 0xff;

/// For each byte: the lowercase form of an ASCII letter or digit, [`LEAD`]
/// for a byte that starts a char outside ASCII, 0 for the rest (other
/// ASCII, and continuation bytes, which belong to the char before).
const SIGN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else if c >= 0xc0 {
            LEAD
        } else {
            0
        };
        b += 1;
    }
    t
};

/// One step of a multiply-rotate hash (FxHash's): the signature only
/// groups candidates, which are then compared, so it need not be keyed.
#[inline]
fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A keyed hash of the normalized stream of `text`: its UTF-8 bytes packed
/// eight to a word, so the hasher runs once per eight bytes, not per char.
/// Walks bytes rather than chars: ASCII goes through the fold table.
fn hash_normalized(state: &RandomState, text: &str) -> u64 {
    let core = core(text);
    let bytes = core.as_bytes();
    let mut out = Words {
        hasher: state.build_hasher(),
        word: 0,
        fill: 0,
    };
    let mut prev_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b.is_ascii() {
            i += 1;
            char::from(ASCII_FOLD[usize::from(b)])
        } else {
            // `i` moves by whole chars, so it is on a char boundary.
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
            out.push(c as u8);
        } else {
            for &u in c.encode_utf8(&mut [0; 4]).as_bytes() {
                out.push(u);
            }
        }
    }
    out.finish()
}

/// Feeds bytes to a hasher eight at a time.
struct Words<H> {
    hasher: H,
    word: u64,
    fill: u32,
}

impl<H: Hasher> Words<H> {
    #[inline]
    fn push(&mut self, b: u8) {
        self.word |= u64::from(b) << (8 * self.fill);
        self.fill += 1;
        if self.fill == 8 {
            self.hasher.write_u64(self.word);
            (self.word, self.fill) = (0, 0);
        }
    }

    fn finish(mut self) -> u64 {
        self.hasher.write_u64(self.word);
        self.hasher.write_u32(self.fill);
        self.hasher.finish()
    }
}

/// The hash table's hasher for keys that are already keyed hashes.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Article<'_> {
        let mut a = crate::structure(s).unwrap();
        Dedup::default().run(&mut a);
        a
    }

    #[test]
    fn variants_are_duplicates() {
        let a = run("News of the day\n\n\"We dodged a bullet,\" said Steve Cowan.\n\n“We  dodged a BULLET,” said Steve Cowan\n");
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.removed.len(), 1);
        assert_eq!(a.removed[0].of, Some(0));
    }

    #[test]
    fn short_lone_repeats_stay() {
        let a = run("News of the day\n\nYes.\n\nSomething else entirely here.\n\nYes.\n");
        assert_eq!(a.paragraphs.len(), 3);
    }

    #[test]
    fn short_repeat_next_to_unrelated_repeat_stays() {
        // "No." follows a repeat, but not the paragraph after "No."'s first
        // occurrence: it is an answer, not part of a repeated block.
        let a = run("News of the day\n\nNo.\n\nA paragraph long enough to count here.\n\nAnother one.\n\nA paragraph long enough to count here.\n\nNo.\n");
        assert_eq!(a.paragraphs.len(), 4);
        assert_eq!(a.removed.len(), 1);
    }

    #[test]
    fn short_repeats_inside_a_block_go() {
        let s = "News of the day\n\nIntro paragraph that stands alone.\n\nFirst long paragraph of the block.\n\nYes.\n\nNo.\n\nLast long paragraph of the block.\n\nFirst long paragraph of the block.\n\nYes.\n\nNo.\n\nLast long paragraph of the block.\n";
        let a = run(s);
        assert_eq!(a.paragraphs.len(), 5);
        let of: Vec<_> = a.removed.iter().map(|r| r.of).collect();
        assert_eq!(of, [Some(1), Some(2), Some(3), Some(4)]);
    }

    #[test]
    fn block_with_short_lead_goes() {
        // The short paragraph opens the repeated block: found backwards.
        let s = "News of the day\n\nOK.\n\nA paragraph long enough to count here.\n\nMiddle.\n\nOK.\n\nA paragraph long enough to count here.\n";
        let a = run(s);
        assert_eq!(a.paragraphs.len(), 3);
        assert_eq!(a.removed.len(), 2);
    }

    #[test]
    fn repeated_table_rows_stay() {
        let s = "CINRAM LTD 4TH QTR NET\n    Shr 45 cts vs 58 cts\n    Avg shrs 2,332,397 vs 1,428,000\n    Year\n    Shr 1.22 dlrs vs 1.06 dlrs\n    Avg shrs 2,332,397 vs 1,428,000\n";
        let a = run(s);
        assert_eq!(a.paragraphs.len(), 5);
        assert!(a.removed.is_empty());
    }

    #[test]
    fn idempotent() {
        let s = "News of the day\n\nA paragraph long enough to count.\n\nAnother paragraph long enough.\n\nA paragraph long enough to count.\n";
        let mut a = run(s);
        let before = a.clone();
        Dedup::default().run(&mut a);
        assert_eq!(a, before);
    }

    /// `fold` as it was written before the ASCII table: the reference.
    fn reference_fold(c: char) -> char {
        match c {
            '“' | '”' | '„' | '«' | '»' | '″' => '"',
            '‘' | '’' | '‚' | '′' | '`' => '\'',
            c if c.is_whitespace() => ' ',
            c if c.is_ascii() => c.to_ascii_lowercase(),
            c => {
                let mut lower = c.to_lowercase();
                match (lower.next(), lower.next()) {
                    (Some(l), None) => l,
                    _ => c,
                }
            }
        }
    }

    #[test]
    fn fold_matches_reference_for_every_char() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(fold(c), reference_fold(c), "{:#x}", c as u32);
        }
    }

    #[test]
    fn scan_signs_the_start_of_the_normalized_stream() {
        // Long, with a Kelvin sign (folds to `k`) and a dotted capital I
        // (does not fold: two-char lowercase).
        let text = "The Quick brown fox, 42 times \u{212a}elvin “quoted” Ünï and more ASCII text after it\x10\x19 [`@] 0123456789 Z İ\u{a0}x\t\u{212a}".repeat(5);
        let signed: Vec<char> = normalized_core(&text)
            .filter(char::is_ascii_alphanumeric)
            .take(SIGNED_CHARS)
            .collect();
        assert_eq!(signed.len(), SIGNED_CHARS);
        let hash = signed.iter().fold(0, |h, &c| mix(h, u64::from(c)));
        let scan = Scan::of(&text, SIGNED_CHARS);
        assert_eq!(scan.signature, mix(hash, SIGNED_CHARS as u64));
        assert_eq!(scan.signed, SIGNED_CHARS);
        // A short paragraph is read whole.
        let short = "Ünï \u{212a}, 42 [`@]\x10";
        let scan = Scan::of(short, SIGNED_CHARS);
        let hash = ['n', 'k', '4', '2']
            .iter()
            .fold(0, |h, &c| mix(h, u64::from(c)));
        assert_eq!(scan.signature, mix(hash, 4));
        assert_eq!(scan.signed, 4);
    }

    #[test]
    fn equal_streams_hash_and_sign_alike() {
        let state = RandomState::new();
        let same = [
            (
                "\"We  dodged a BULLET,\" he said.",
                "“we dodged a bullet,” he said",
            ),
            (
                "Ünïcödé\u{a0}text ‘here’ \u{212a}…",
                "ünïcödé text 'here' k",
            ),
            ("  lead and trail  ", "lead and trail"),
            ("abcdefgh", "ABCDEFGH!"),
        ];
        for (a, b) in same {
            assert!(normalized_eq(a, b), "{a:?} {b:?}");
            assert_eq!(hash_normalized(&state, a), hash_normalized(&state, b));
            for limit in [KEY_CHARS, SIGNED_CHARS] {
                assert_eq!(
                    Scan::of(core(a), limit).signature,
                    Scan::of(core(b), limit).signature
                );
            }
            assert_eq!(Scan::key(a).signature, Scan::key(b).signature);
            assert_eq!(Scan::second(a).signature, Scan::second(b).signature);
        }
        assert_ne!(
            hash_normalized(&state, "abcdefgh"),
            hash_normalized(&state, "abcdefg")
        );
        assert_ne!(
            hash_normalized(&state, "abcdefgh x"),
            hash_normalized(&state, "abcdefgh y")
        );
        assert!(core(" ... ").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn core_trims_by_chars(text in "[ a-z.,;:!?…\t\n\u{a0}\u{2003}é]{0,12}") {
            let by_chars = text.trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
            });
            proptest::prop_assert_eq!(core(&text), by_chars);
        }

        #[test]
        fn hash_walks_the_normalized_stream(text in "[ a-zA-Z0-9`\\t\\n.,!?'\"“”‘’«»\u{a0}\u{212a}İéÉ…-]{0,40}") {
            let state = RandomState::new();
            let mut out = Words { hasher: state.build_hasher(), word: 0, fill: 0 };
            for b in normalized_core(core(&text)).collect::<String>().bytes() {
                out.push(b);
            }
            proptest::prop_assert_eq!(hash_normalized(&state, &text), out.finish());
        }
    }

    proptest::proptest! {
        #[test]
        fn text_signs_as_its_core(text in "[ a-zA-Z0-9`\t\n.,;:!?'\"“”«»\u{a0}\u{2003}\u{85}\u{212a}é…-]{0,30}") {
            for limit in [KEY_CHARS, SIGNED_CHARS] {
                let (a, b) = (Scan::of(&text, limit), Scan::of(core(&text), limit));
                proptest::prop_assert_eq!((a.signature, a.signed), (b.signature, b.signed));
            }
            let (a, b) = (Scan::key(&text), Scan::key(core(&text)));
            proptest::prop_assert_eq!((a.signature, a.signed), (b.signature, b.signed));
            let (a, b) = (Scan::second(&text), Scan::second(core(&text)));
            proptest::prop_assert_eq!((a.signature, a.signed), (b.signature, b.signed));
        }

        #[test]
        fn key_packs_the_first_letters_and_digits(text in "[ a-zA-Z0-9`\t\n.,;:!?'\"“”«»\u{a0}\u{2003}\u{85}\u{212a}İéÉ…-]{0,30}") {
            let (signature, signed) = packed_by_hand(&text, KEY_CHARS);
            let key = Scan::key(&text);
            proptest::prop_assert_eq!(key.signed, signed);
            proptest::prop_assert_eq!(key.signature, signature);
            // Both keys read the same chars: they set the same texts apart.
            proptest::prop_assert_eq!(key.signed, Scan::of(&text, KEY_CHARS).signed);
        }

        #[test]
        fn second_key_packs_the_chars_past_the_first(text in "[ a-zA-Z0-9`\t\n.,;:!?'\"“”«»\u{a0}\u{2003}\u{85}\u{212a}İéÉ…-]{0,40}") {
            // The word keeps the last eight: all those past the first key.
            let (signature, signed) = packed_by_hand(&text, SECOND_CHARS);
            let second = Scan::second(&text);
            proptest::prop_assert_eq!(second.signed, signed);
            proptest::prop_assert_eq!(second.signature, signature);
        }
    }

    /// A packed key worked out char by char: the first `limit` ASCII
    /// letters and digits of the normalized core, the last eight of them
    /// packed a byte each and mixed with their count; and the count.
    fn packed_by_hand(text: &str, limit: usize) -> (u64, usize) {
        let chars: Vec<char> = normalized_core(text)
            .filter(char::is_ascii_alphanumeric)
            .take(limit)
            .collect();
        let kept = &chars[chars.len().saturating_sub(8)..];
        let word = kept.iter().fold(0u64, |w, &c| w << 8 | u64::from(c));
        (mix(word, chars.len() as u64), chars.len())
    }

    #[test]
    fn length_test_counts_normalized_chars() {
        // Spaces collapse, and non-ASCII chars have several bytes.
        let text = "ab  cd \u{e9}\u{e9}\u{e9}";
        let chars = normalized_core(text).count();
        assert_eq!(chars, 9);
        let signed = Scan::of(text, SIGNED_CHARS).signed;
        for t in 0..20 {
            assert_eq!(at_least(text, signed, t), t <= chars, "{t}");
        }
    }

    #[test]
    fn same_signature_different_text() {
        // Paragraphs that agree on their first signed chars share a signature.
        let start =
            "Officials from both countries said on Monday that the talks would continue next week";
        let a = format!("{start} in Geneva.");
        let b = format!("{start}, in Vienna");
        let (a, b) = (a.as_str(), b.as_str());
        assert_eq!(
            Scan::of(core(a), SIGNED_CHARS).signature,
            Scan::of(core(b), SIGNED_CHARS).signature
        );
        let s = format!("News of the day\n\n{a}\n\n{b}.\n\n{b}!\n\n{a}\n\n{b}.\n");
        let art = run(&s);
        assert_eq!(art.paragraphs.len(), 2);
        let of: Vec<_> = art.removed.iter().map(|r| r.of).collect();
        assert_eq!(of, [Some(1), Some(0), Some(1)]);
    }

    #[test]
    fn many_different_paragraphs_of_one_signature() {
        // More different paragraphs than `repeats` compares with: the later
        // ones go through the hashes, and repeats of the early ones too.
        let start =
            "Officials from both countries said on Monday that the talks would continue next week";
        let ends = ["Geneva", "Vienna", "Oslo", "Rome", "Paris", "Bern", "Kyiv"];
        assert!(ends.len() > DISTINCT + 1);
        let texts: Vec<String> = [0, 1, 2, 0, 3, 4, 5, 1, 6, 5, 0, 6]
            .iter()
            .map(|&k| format!("{start} in {}.", ends[k]))
            .collect();
        let mut s = String::from("News of the day");
        for t in &texts {
            s.push_str("\n\n");
            s.push_str(t);
        }
        let mut a = crate::structure(&s).unwrap();
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| p.text).collect();
        let want: Vec<Option<usize>> = reference(&paras, &Dedup::default())
            .into_iter()
            .flatten()
            .map(Some)
            .collect();
        assert_eq!(want, [Some(0), Some(1), Some(6), Some(0), Some(8)]);
        Dedup::default().run(&mut a);
        let of: Vec<_> = a.removed.iter().map(|r| r.of).collect();
        // `of` counts kept paragraphs: 3 and 7 went before 6 and 8.
        assert_eq!(of, [Some(0), Some(1), Some(5), Some(0), Some(6)]);
    }

    #[test]
    fn trailing_punctuation_does_not_make_a_repeat_long() {
        let a = run("News of the day\n\nYes..........................\n\nSomething else entirely here.\n\nYes!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        assert_eq!(a.paragraphs.len(), 3);
    }

    /// The pass as first written: a table of every paragraph's normalized
    /// length and a quadratic search for first occurrences.
    fn reference(paras: &[&str], d: &Dedup) -> Vec<Option<usize>> {
        let n = paras.len();
        let norm = |s: &str| -> Vec<char> {
            let mut prev_space = true;
            core(s)
                .chars()
                .map(reference_fold)
                .filter(|&c| {
                    let skip = c == ' ' && prev_space;
                    prev_space = c == ' ';
                    !skip
                })
                .collect()
        };
        let streams: Vec<Vec<char>> = paras.iter().map(|p| norm(p)).collect();
        let len: Vec<usize> = streams.iter().map(Vec::len).collect();
        let eq = |a: usize, b: usize| streams[a] == streams[b];
        let of: Vec<Option<usize>> = (0..n)
            .map(|i| (len[i] > 0).then(|| (0..i).find(|&j| eq(j, i))).flatten())
            .collect();
        let alone = |i: usize, j: usize| {
            len[i] >= d.min_chars
                && (len[i] >= d.min_fragment_chars
                    || ends_sentence(paras[i])
                    || ends_sentence(paras[j]))
        };
        let mut aligned: Vec<Option<usize>> =
            (0..n).map(|i| of[i].filter(|&j| alone(i, j))).collect();
        for i in 1..n {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i - 1].map(|a| a + 1).filter(|&b| b < i && eq(b, i));
            }
        }
        for i in (0..n.saturating_sub(1)).rev() {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i + 1]
                    .and_then(|a| a.checked_sub(1))
                    .filter(|&b| eq(b, i));
            }
        }
        (0..n).map(|i| aligned[i].and(of[i])).collect()
    }

    proptest::proptest! {
        #[test]
        fn removals_match_reference(
            picks in proptest::collection::vec(0usize..POOL.len(), 0..40),
            min_chars in 0usize..40,
            min_fragment_chars in 0usize..100,
        ) {
            let mut s = String::from("News of the day\n\n");
            for &k in &picks {
                s.push_str(POOL[k]);
                s.push_str("\n\n");
            }
            let d = Dedup::default()
                .min_chars(min_chars)
                .min_fragment_chars(min_fragment_chars);
            let mut a = crate::structure(&s).unwrap();
            let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text).collect();
            let want = reference(&texts, &d);
            d.run(&mut a);
            let got: Vec<(&str, Option<usize>)> =
                a.removed.iter().map(|r| (r.text, r.of)).collect();
            // `of` is renumbered to the kept paragraphs.
            let kept_before = |j: usize| want[..j].iter().filter(|d| d.is_none()).count();
            let want: Vec<(&str, Option<usize>)> = texts
                .iter()
                .zip(&want)
                .filter_map(|(&t, &j)| j.map(|j| (t, Some(kept_before(j)))))
                .collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    /// Paragraphs that are repeats, near repeats, anagrams (equal
    /// signatures), short, unfinished, and non-ASCII.
    const POOL: [&str; 22] = [
        "Officials said the talks would continue next week.",
        "officials said the talks  would continue next WEEK",
        ".keew txen eunitnoc dluow sklat eht dias slaiciffO",
        "Officials said the talks would continue next week!",
        "Yes.",
        "yes",
        "sey.",
        "No.",
        "Avg shrs 2,332,397 vs 1,428,000",
        "Avg shrs 2,332,397 vs 1,482,000",
        "Shr 45 cts vs 58 cts",
        "Year",
        "“Ünïcödé quotes,” she said of the \u{212a}elvin scale.",
        "\"ünïcödé quotes,\" she said of the kelvin scale",
        "\"ÜNÏCÖDÉ QUOTES,\" she said of the Kelvin scale.",
        "İstanbul is large.",
        "i\u{307}stanbul is large.",
        "A heading that does not end a sentence but runs on and on past eighty chars in all",
        "a heading that does not end a sentence but runs on and on past eighty chars in all",
        "Short line",
        "short  line.",
        "…",
    ];

    #[test]
    fn normalization() {
        assert!(normalized_eq("Ünïcode CASE here.", "ünïcode case here"));
        assert!(normalized_eq("a  b\n\tc", "a b c"));
        assert!(normalized_eq("‘quoted’ words", "'quoted' words"));
        assert!(!normalized_eq("a b", "ab"));
        assert!(!normalized_eq("end.", "end!?x"));
    }
}
