//! Real articles (../shared/corpus, when present), each changed a few
//! ways at random (a fixed seed): invisible characters, other spaces,
//! quote marks, dashes, line breaks and cues put next to capitals, next to
//! quote marks or anywhere, and a few characters cut. Every changed text
//! must parse without a panic (the debug checks of the quote pass's walks
//! included) into an article that passes the invariant checker, alone and
//! after the grammar.
//!
//! The fuzzers start from short seeds and rarely build the long stretches
//! of names, cues and pronouns that real text has; this takes the real
//! text and breaks it where the word walks must agree (the run reader, the
//! tokens, the grammar after a quote, the last word of a name).

mod common;

use common::corpus_articles;
use newsparse::invariants::check_invariants;
use std::fs;

/// Changed texts made from each article.
const MUTANTS: u64 = 2;

/// What is put into the text: the first [`NEAR_WORDS`] (characters that
/// read as space or show nothing, a combining accent, a space, a line
/// break) are put inside and around names and in place of spaces; the
/// rest go next to quote marks or anywhere.
const INSERTS: &[&str] = &[
    "\u{200b}",
    "\u{feff}",
    "\u{ad}",
    "\u{200d}",
    "\u{2060}",
    "\u{a0}",
    "\u{2009}",
    "\u{200e}",
    "\u{301}",
    " ",
    "\n",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "—",
    "–",
    " -- ",
    "\n\n",
    "\r\n",
    ":",
    ". ",
    ", ",
    " said ",
    " he said",
    " she told ",
    " (Reuters) - ",
    "Mr ",
    "Dr. ",
    " O'Neil",
    "’s ",
    " Jr.",
    "…",
    "\u{fffd}",
];

/// See [`INSERTS`].
const NEAR_WORDS: usize = 11;

/// A xorshift generator: the same changes on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// `text` changed in one to twelve places.
fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut s = text.to_string();
    for _ in 0..1 + rng.below(12) {
        let mut at = rng.below(s.len() + 1);
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        // The char at or after `at` that `is` picks, and where it ends.
        let next = |s: &str, is: &dyn Fn(char) -> bool| {
            let (k, c) = s[at..].char_indices().find(|&(_, c)| is(c))?;
            Some((at + k, at + k + c.len_utf8()))
        };
        match rng.below(10) {
            0 => {
                let mut end = (at + 1 + rng.below(8)).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                s.replace_range(at..end, "");
            }
            1 => {
                if let Some((a, b)) = next(&s, &|c| c.is_uppercase()) {
                    let pos = if rng.below(2) == 0 { a } else { b };
                    s.insert_str(pos, INSERTS[rng.below(NEAR_WORDS)]);
                }
            }
            2 => {
                if let Some((a, b)) = next(&s, &|c| matches!(c, '"' | '“' | '”')) {
                    let pos = if rng.below(2) == 0 { a } else { b };
                    s.insert_str(pos, INSERTS[rng.below(INSERTS.len())]);
                }
            }
            3 => {
                if let Some((a, b)) = next(&s, &|c| c == ' ') {
                    s.replace_range(a..b, INSERTS[rng.below(NEAR_WORDS)]);
                }
            }
            _ => s.insert_str(at, INSERTS[rng.below(INSERTS.len())]),
        }
    }
    s
}

/// The problem with `text`, if any (a panic is caught by the caller): the
/// invariants after the grammar alone and after the default passes, and
/// `parse` agreeing with `parse_bytes`.
fn check(text: &str) -> Result<(), String> {
    if let Ok(a) = newsparse::structure(text) {
        check_invariants(&a).map_err(|e| format!("structure: {e}"))?;
    }
    match (
        newsparse::parse(text),
        newsparse::parse_bytes(text.as_bytes()),
    ) {
        (Ok(a), Ok(b)) => {
            check_invariants(&a).map_err(|e| format!("default passes: {e}"))?;
            if a != b {
                return Err("parse and parse_bytes disagree".into());
            }
        }
        (Err(a), Err(b)) if a == b => {}
        (a, b) => {
            return Err(format!(
                "parse gave {:?}, parse_bytes {:?}",
                a.err(),
                b.err()
            ))
        }
    }
    Ok(())
}

#[test]
fn changed_real_articles_parse_into_sound_articles() {
    let Some(files) = corpus_articles() else {
        return;
    };
    let mut failures = Vec::new();
    let mut runs = 0;
    for (k, file) in files.iter().enumerate() {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for m in 0..MUTANTS {
            let seed = (k as u64) << 8 | m;
            let changed = mutate(
                &text,
                &mut Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
            );
            runs += 1;
            let found = std::panic::catch_unwind(|| check(&changed)).unwrap_or_else(|p| {
                let why = p.downcast_ref::<String>().map(String::as_str);
                let why = why.or_else(|| p.downcast_ref::<&str>().copied());
                Err(format!("panicked: {}", why.unwrap_or("?")))
            });
            if let Err(e) = found {
                failures.push(format!("{} (seed {seed}): {e}", file.display()));
            }
        }
    }
    eprintln!("{runs} changed articles from {} files", files.len());
    assert!(runs > 0, "no corpus article could be read");
    assert!(
        failures.is_empty(),
        "{} of {runs} changed articles failed, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}
