//! Duplicate removal: scraped pages often repeat paragraphs or whole blocks.
//!
//! Paragraphs are compared in a normalized form (see [`normalized_eq`])
//! without building normalized copies: a hash of the normalized character
//! stream finds candidates and a second streaming comparison confirms them,
//! so expected time is linear and the only allocations are per-article
//! tables.

use crate::article::{Article, Reason, Removed};
use crate::pass::Pass;
use std::collections::hash_map::{Entry, RandomState};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

/// Removes paragraphs that repeat an earlier kept paragraph, keeping the
/// first occurrence; each removal's `of` is the index of that occurrence.
///
/// ```
/// use newsparse::{passes::Dedup, Pass};
///
/// let text = "Title\n\n\"We dodged a bullet,\" said Steve Cowan.\n\nMore news.\n\n\
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

impl Pass for Dedup {
    fn name(&self) -> &'static str {
        "dedup"
    }

    fn run(&self, article: &mut Article<'_>) {
        let input = article.input;
        let paras = &article.paragraphs;
        let n = paras.len();
        let text = |i: usize| paras[i].text;
        // Keys are random per run, so no input can force collisions; a
        // collision only costs a comparison, never a wrong answer.
        let state = RandomState::new();
        let mut first: HashMap<u64, usize> = HashMap::with_capacity(n);
        let mut collided: Vec<(u64, usize)> = Vec::new();
        // The first occurrence each paragraph repeats, and its length.
        let mut of: Vec<Option<usize>> = vec![None; n];
        let mut len = vec![0usize; n];
        for i in 0..n {
            let (h, chars) = hash_normalized(&state, text(i));
            len[i] = chars;
            if chars == 0 {
                continue;
            }
            match first.entry(h) {
                Entry::Vacant(e) => {
                    e.insert(i);
                }
                Entry::Occupied(e) => {
                    let j = *e.get();
                    if normalized_eq(text(j), text(i)) {
                        of[i] = Some(j);
                    } else if let Some(&(_, k)) = collided
                        .iter()
                        .find(|&&(hk, k)| hk == h && normalized_eq(text(k), text(i)))
                    {
                        of[i] = Some(k);
                    } else {
                        collided.push((h, i));
                    }
                }
            }
        }
        // `aligned[i]`: for a repeat that goes, the earlier paragraph it lines
        // up with. Long repeats go on their own; a short one only when it
        // lines up with a neighbour's repeat, as in a repeated block.
        let alone = |i: usize, j: usize| {
            len[i] >= self.min_chars
                && (len[i] >= self.min_fragment_chars
                    || ends_sentence(text(i))
                    || ends_sentence(text(j)))
        };
        let mut aligned: Vec<Option<usize>> =
            (0..n).map(|i| of[i].filter(|&j| alone(i, j))).collect();
        for i in 1..n {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i - 1]
                    .map(|a| a + 1)
                    .filter(|&b| b < i && normalized_eq(text(b), text(i)));
            }
        }
        for i in (0..n.saturating_sub(1)).rev() {
            if aligned[i].is_none() && of[i].is_some() {
                aligned[i] = aligned[i + 1]
                    .and_then(|a| a.checked_sub(1))
                    .filter(|&b| normalized_eq(text(b), text(i)));
            }
        }
        let drop: Vec<Option<usize>> = (0..n).map(|i| aligned[i].and(of[i])).collect();
        article.drop_paragraphs(|i, ps| {
            drop[i].map(|j| Removed::new(input, ps[i].span, Reason::Duplicate).of(j))
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
    normalized(a).eq(normalized(b))
}

/// True when `text` ends a sentence, closing quotes and brackets aside.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

/// The normalized character stream of a paragraph.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    let core = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
    });
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

fn fold(c: char) -> char {
    match c {
        '“' | '”' | '„' | '«' | '»' | '″' => '"',
        '‘' | '’' | '‚' | '′' | '`' => '\'',
        c if c.is_whitespace() => ' ',
        c if c.is_ascii() => c.to_ascii_lowercase(),
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

fn hash_normalized(state: &RandomState, text: &str) -> (u64, usize) {
    let mut h = state.build_hasher();
    let mut n = 0;
    for c in normalized(text) {
        h.write_u32(c as u32);
        n += 1;
    }
    (h.finish(), n)
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
        let a = run("Title\n\n\"We dodged a bullet,\" said Steve Cowan.\n\n“We  dodged a BULLET,” said Steve Cowan\n");
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(a.removed.len(), 1);
        assert_eq!(a.removed[0].of, Some(0));
    }

    #[test]
    fn short_lone_repeats_stay() {
        let a = run("Title\n\nYes.\n\nSomething else entirely here.\n\nYes.\n");
        assert_eq!(a.paragraphs.len(), 3);
    }

    #[test]
    fn short_repeat_next_to_unrelated_repeat_stays() {
        // "No." follows a repeat, but not the paragraph after "No."'s first
        // occurrence: it is an answer, not part of a repeated block.
        let a = run("Title\n\nNo.\n\nA paragraph long enough to count here.\n\nAnother one.\n\nA paragraph long enough to count here.\n\nNo.\n");
        assert_eq!(a.paragraphs.len(), 4);
        assert_eq!(a.removed.len(), 1);
    }

    #[test]
    fn short_repeats_inside_a_block_go() {
        let s = "Title\n\nIntro paragraph that stands alone.\n\nFirst long paragraph of the block.\n\nYes.\n\nNo.\n\nLast long paragraph of the block.\n\nFirst long paragraph of the block.\n\nYes.\n\nNo.\n\nLast long paragraph of the block.\n";
        let a = run(s);
        assert_eq!(a.paragraphs.len(), 5);
        let of: Vec<_> = a.removed.iter().map(|r| r.of).collect();
        assert_eq!(of, [Some(1), Some(2), Some(3), Some(4)]);
    }

    #[test]
    fn block_with_short_lead_goes() {
        // The short paragraph opens the repeated block: found backwards.
        let s = "Title\n\nOK.\n\nA paragraph long enough to count here.\n\nMiddle.\n\nOK.\n\nA paragraph long enough to count here.\n";
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
        let s = "Title\n\nA paragraph long enough to count.\n\nAnother paragraph long enough.\n\nA paragraph long enough to count.\n";
        let mut a = run(s);
        let before = a.clone();
        Dedup::default().run(&mut a);
        assert_eq!(a, before);
    }

    #[test]
    fn normalization() {
        assert!(normalized_eq("Ünïcode CASE here.", "ünïcode case here"));
        assert!(normalized_eq("a  b\n\tc", "a b c"));
        assert!(normalized_eq("‘quoted’ words", "'quoted' words"));
        assert!(!normalized_eq("a b", "ab"));
        assert!(!normalized_eq("end.", "end!?x"));
    }
}
