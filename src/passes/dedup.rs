//! Duplicate removal: scraped pages often repeat paragraphs or whole blocks.
//!
//! Paragraphs are compared in a normalized form (white space collapsed,
//! straight and curly quotes alike, case folded, trailing punctuation
//! ignored) without building normalized copies: a hash of the normalized
//! character stream finds candidates and a second streaming comparison
//! confirms them, so expected time is linear and allocation is one table.

use crate::article::{Article, Reason, Removed};
use crate::pass::Pass;
use crate::span::Text;
use std::collections::hash_map::{DefaultHasher, Entry};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

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
        // For each paragraph, the earlier paragraph it repeats.
        let mut of: Vec<Option<usize>> = vec![None; paras.len()];
        // Short repeats are dropped only next to long ones, so short
        // paragraphs are looked up, and the drop tables built, only when a
        // long repeat exists. Per-paragraph tables for a feed of many short
        // lines are large, fresh memory: they made such input cost over
        // twice as much per byte at 64x the size.
        let any_long = find_repeats(paras, &mut of, |n| n >= self.min_chars);
        if !any_long {
            return;
        }
        if self.min_chars > 0 {
            find_repeats(paras, &mut of, |n| n < self.min_chars);
        }
        let long = |i: usize| normalized(paras[i].text).nth(self.min_chars - 1).is_some();
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

/// Sets `of[i]` for each paragraph whose normalized length `wanted` accepts
/// and that repeats an earlier one; true when it found any.
fn find_repeats(
    paras: &[Text<'_>],
    of: &mut [Option<usize>],
    wanted: impl Fn(usize) -> bool,
) -> bool {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let mut found = false;
    for (i, p) in paras.iter().enumerate() {
        let (h, n) = hash_normalized(p.text);
        if n == 0 || !wanted(n) {
            continue;
        }
        match seen.entry(h) {
            Entry::Occupied(e) => {
                let j = *e.get();
                if normalized(paras[j].text).eq(normalized(p.text)) {
                    of[i] = Some(j);
                    found = true;
                }
            }
            Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    found
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
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

fn hash_normalized(text: &str) -> (u64, usize) {
    let mut h = DefaultHasher::new();
    let mut n = 0;
    for c in normalized(text) {
        c.hash(&mut h);
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
    fn idempotent() {
        let s = "Title\n\nA paragraph long enough to count.\n\nAnother paragraph long enough.\n\nA paragraph long enough to count.\n";
        let mut a = run(s);
        let before = a.clone();
        Dedup::default().run(&mut a);
        assert_eq!(a, before);
    }
}
