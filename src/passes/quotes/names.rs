//! Runs of capitalized words for the name index (`Foreign Minister Sergei
//! Lavrov`, `Staffan de Mistura`), read straight from the text of a
//! paragraph, and the capitalized words seen mid-sentence ([`Known`]).
//!
//! Paragraphs are not tokenized for this: [`plain`] jumps from capital to
//! capital with a word-at-a-time byte test and reads words only around
//! them. It finds exactly the runs that `tokens` (the tests' definition) finds on the same
//! paragraph (property tests check this), and [`runs_through`] finds the
//! same runs in a part of a paragraph.

use super::hashing::WordSet;
use super::index::{Hint, Run};
use super::scan::Piece;
use super::speakers::{gender_of, is_particle, is_title, name_and_title, Gender};
use super::tokens::{alnum_at, bare, is_abbreviation, is_cap, is_possessive, word_end};
#[cfg(test)]
use super::tokens::{text, Kind, Tok};
use crate::ascii8::{self, is_space};
use crate::lexicon::sets;
use crate::span::{Span, Text};
use memchr::memmem;
use smallvec::SmallVec;
use std::cell::{Cell, OnceCell};

/// Collects runs and records each, when it ends, for the name index.
pub(super) struct Runs<'a, 'n> {
    input: &'a str,
    out: &'n mut Vec<Run<'a>>,
    /// The words of the run, each with what it is: [`TITLE`] and
    /// [`PARTICLE`] bits, known from the lookups that let it in, so that no
    /// word is looked up twice.
    run: SmallVec<[(&'a str, u8); 8]>,
    /// The word before the current run, for a title or gender hint.
    before: Hint<'a>,
}

/// [`Runs::run`] bit: the word is a title.
pub(super) const TITLE: u8 = 1;
/// [`Runs::run`] bit: the word is a name particle (so it is lowercase;
/// every other word of a run is capitalized).
pub(super) const PARTICLE: u8 = 2;

impl<'a, 'n> Runs<'a, 'n> {
    pub(super) fn new(input: &'a str, out: &'n mut Vec<Run<'a>>) -> Self {
        Runs {
            input,
            out,
            run: SmallVec::new(),
            before: Hint::Word(None),
        }
    }

    /// One word; `prev` is the word right before it (None after
    /// punctuation).
    #[cfg(test)]
    fn word(&mut self, w: &'a str, prev: Option<&'a str>) {
        self.word_with(w, Hint::Word(prev), starts_cap(w));
    }

    /// `Runs::word` (for tests) with what stands for the word before, and whether
    /// `w` opens with a capital (`is_cap`).
    #[inline(always)]
    fn word_with(&mut self, w: &'a str, prev: Hint<'a>, cap: bool) {
        debug_assert_eq!(cap, is_cap(w));
        if cap {
            let (name, title) = name_and_title(w);
            if name || title {
                if self.run.is_empty() {
                    self.before = prev;
                }
                // `Gordon Brown's Budget`, `President Obama's Affordable
                // Care Act`: a possessive ends a person's name (one that
                // opens with a given name or a title), unless a title or a
                // given name follows. Other owners stay in the run, where
                // they give the person after them a role (`Arsenal's Sol
                // Campbell`, `Switzerland's Federer`).
                // (A title may stand before the run rather than in it: the
                // index reads a run from its surname on when a title is
                // right before, and both readings must agree.)
                if !title
                    && self.run.last().is_some_and(|l| is_possessive(l.0))
                    && sets::GIVEN_NAMES.mask(w) == 0
                    && (self.run.iter().any(|r| r.1 & TITLE != 0)
                        || self.before.word().is_some_and(is_title)
                        || (self.run.len() >= 2 && sets::GIVEN_NAMES.mask(self.run[0].0) != 0))
                {
                    self.split();
                    self.before = prev;
                }
                self.run.push((w, if title { TITLE } else { 0 }));
                return;
            }
        } else if !self.run.is_empty() && sets::NAME_PARTICLES.contains(w) {
            // A lowercase word: a particle when the set holds it.
            let title = if is_title(w) { TITLE } else { 0 };
            self.run.push((w, PARTICLE | title));
            return;
        }
        self.split();
    }

    /// Anything that is not a name word ends the run; a particle it ended
    /// on (`... van`) was not part of it.
    fn split(&mut self) {
        while self.run.last().is_some_and(|w| w.1 & PARTICLE != 0) {
            self.run.pop();
        }
        self.flush();
    }

    /// The paragraph's end: the run ends as it stands.
    pub(super) fn flush(&mut self) {
        if !self.run.is_empty() {
            if let Some(r) = Run::new(self.input, &self.run, self.before) {
                self.out.push(r);
            }
            self.run.clear();
        }
    }

    fn in_run(&self) -> bool {
        !self.run.is_empty()
    }
}

/// Feeds the runs of a tokenized paragraph (quoted pieces are single
/// tokens, so names inside quotes are not indexed): the definition that
/// [`paragraph`] follows without the tokens.
#[cfg(test)]
fn tokens<'a>(input: &'a str, toks: &[Tok], runs: &mut Runs<'a, '_>) {
    let mut prev: Option<&'a str> = None;
    for t in toks {
        if t.kind == Kind::Word {
            let w = text(input, t);
            runs.word(w, prev);
            prev = Some(w);
        } else {
            runs.split();
            prev = None;
        }
    }
    runs.flush();
}

/// Feeds the runs of a paragraph whose quoted pieces are `pieces`, without
/// tokenizing it: the text between pieces is read with [`plain`], and a
/// piece ends a run as punctuation does.
pub(super) fn paragraph<'a>(input: &'a str, para: Span, pieces: &[Piece], runs: &mut Runs<'a, '_>) {
    let mut from = para.start;
    for p in pieces {
        plain(&input[from..p.outer_start], runs);
        runs.split();
        from = p.outer_end;
    }
    plain(&input[from..para.end], runs);
    runs.flush();
}

/// Feeds the runs of `seg` (the text of a paragraph between two quoted
/// pieces, `last` when no piece follows it) from the last place at or
/// before `from` where a scan may start, or from `resume` when that is
/// later (where an earlier call on `seg` stopped), to the end of the run
/// that takes in the bytes before `to`, if any; returns where it stopped,
/// for a later call to resume from. It reads no run that starts at or
/// after `to`.
///
/// A lowercase word that is not a particle ends any run, and a run never
/// starts on one: a scan that starts at one finds the runs after it that
/// a scan of the whole paragraph finds.
pub(super) fn runs_through<'a>(
    seg: &'a str,
    from: usize,
    resume: usize,
    to: usize,
    last: bool,
    runs: &mut Runs<'a, '_>,
) -> usize {
    // A resumed scan starts where it stopped: no restart before `from` is
    // later.
    let q = if resume >= from {
        resume
    } else {
        restart_before(seg, from).max(resume)
    };
    let stop = plain_until(seg, q, to, runs);
    if stop == seg.len() {
        if last {
            runs.flush();
        } else {
            runs.split();
        }
    }
    stop
}

/// Feeds the runs of `seg` (as [`runs_through`] does) that lie between `hi`
/// and the last place at least `len` bytes before it (or 1 if it is at
/// most 1) where a scan may start; `hi` must be such a place or the end of
/// `seg`. Returns where it started (0 when no earlier window is left).
/// Windows read from `hi` backwards hold the runs of the whole, last first.
pub(super) fn runs_in_window<'a>(
    seg: &'a str,
    hi: usize,
    len: usize,
    last: bool,
    runs: &mut Runs<'a, '_>,
) -> usize {
    debug_assert!(hi == seg.len() || restarts(seg, hi));
    let q = if hi == 0 {
        0
    } else {
        restart_before(seg, hi - len.clamp(1, hi))
    };
    plain_from(&seg[..hi], q, runs);
    if hi < seg.len() || !last {
        runs.split();
    } else {
        runs.flush();
    }
    q
}

/// The first place at or after `to` where [`runs_in_window`] may end.
pub(super) fn restart_after(seg: &str, to: usize) -> usize {
    let mut e = to;
    while e < seg.len() && !restarts(seg, e) {
        e += 1;
    }
    e
}

/// The last place at or before `from` where [`runs_through`] may start.
///
/// Tests eight places at a time: a lowercase ASCII letter with whitespace
/// right before it, the particle test asked only of those.
fn restart_before(seg: &str, from: usize) -> usize {
    let b = seg.as_bytes();
    let mut q = from;
    // Place by place until the eight bytes up to `q` can be loaded.
    while q >= b.len() && q > 0 {
        if restarts(seg, q) {
            return q;
        }
        q -= 1;
    }
    while q >= 8 {
        // Lane `j`: the place `q - 7 + j`, and the byte before it.
        let x = ascii8::load(b, q - 7);
        let y = ascii8::load(b, q - 8);
        let mut hits = lowercase(x) & ascii8::spaces(y);
        while hits != 0 {
            let j = 7 - hits.leading_zeros() as usize / 8;
            let p = q - 7 + j;
            debug_assert!(b[p].is_ascii_lowercase() && is_space(b[p - 1]));
            if !(sets::NAME_PARTICLES.may_start_with(b[p]) && particle_at(seg, p)) {
                return p;
            }
            hits &= !(0x80 << (8 * j));
        }
        q -= 8;
    }
    while !restarts(seg, q) {
        q -= 1;
    }
    q
}

/// The lowercase ASCII letters of eight bytes, as their 0x80 bits.
#[inline(always)]
const fn lowercase(x: u64) -> u64 {
    let y = x & !ascii8::HI;
    (y + 0x1F * ascii8::LO) & !(y + 0x05 * ascii8::LO) & !x & ascii8::HI
}

/// For the word at byte `at` of `seg`: first, false when no run whose
/// last word it is can hold two words once its titles are stripped: the
/// word before it is no name word, title or particle (so no run goes on
/// from it), or is a title, which strips everything up to the last word
/// (`Mr Smith`). Then, when that is false, whether a run that ends there
/// has a word before it that gives it a gender: such a run is the word
/// alone (whose hint is the word before) or the word after titles, the
/// last of them right before it (the hint once they are stripped).
/// The second is asked only when needed.
pub(super) fn end_of_run(seg: &str, at: usize) -> (bool, impl FnOnce() -> bool + '_) {
    let w = word_before(seg, at);
    let full = w.is_some_and(|w| (is_cap(w) || is_particle(w)) && !is_title(w));
    (full, move || {
        w.is_some_and(|w| gender_of(w) != Gender::Unknown)
    })
}

/// False when no run that ends at byte `at` of `seg` can have a word that
/// gives it a gender (`Mr`, `chairwoman`): none of the words the scan of
/// [`runs_through`] reads before `at` holds a gendered word.
pub(super) fn may_be_gendered(seg: &str, at: usize) -> bool {
    let q = restart_before(seg, at);
    seg[q..at]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| sets::GENDERED.contains(w))
}

/// Appends to `out` the places in `seg` where a run may start right after
/// a word that gives it a gender (`Mr Smith`, `chairwoman Jane Doe`): an
/// uppercase letter after whitespace, after a whitespace-delimited word
/// that holds a gendered word. A gendered title inside a run is followed
/// the same way by the run's next word.
#[cfg(test)]
pub(super) fn gendered_starts(seg: &str, out: &mut Vec<usize>) {
    let mut i = 0;
    while let Some((c, next)) = next_gendered_start(seg, i) {
        out.push(c);
        i = next;
    }
}

/// The first of the places `gendered_starts` (the tests' definition) gives that is at or after
/// byte `from` of `seg` (a character boundary), and where to look on from.
pub(super) fn next_gendered_start(seg: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = seg.as_bytes();
    let mut i = from;
    while let Some(c) = next_capital(bytes, i) {
        let x = bytes[c];
        if x < 0x80 {
            i = c + 1;
            // Most capitals have a letter or a mark right before them, or
            // open the segment: no whitespace, so no word before to ask.
            let after = c > 0
                && (bytes[c - 1] >= 0x80 || is_space(bytes[c - 1]))
                && after_gendered_ascii(seg, c);
            if after {
                return Some((c, i));
            }
        } else {
            let ch = seg[c..].chars().next().unwrap_or(' ');
            i = c + ch.len_utf8();
            if ch.is_uppercase() && after_gendered(seg, c) {
                return Some((c, i));
            }
        }
    }
    None
}

/// [`after_gendered`] for a capital at `c > 0` with whitespace or a
/// non-ASCII byte right before it. Most often the word before is one run
/// of ASCII letters and digits, maybe with marks after it (`said, Mr`):
/// that run alone is looked up. Other words are left to the general walk.
#[inline(always)]
fn after_gendered_ascii(seg: &str, c: usize) -> bool {
    let b = seg.as_bytes();
    let mut e = c - 1;
    // Most often: one space, then a word of letters and digits alone.
    if b[e] == b' ' && e > 0 && b[e - 1].is_ascii_alphanumeric() {
        let k = ascii8::alnum_run_start(b, e);
        if k == 0 || is_space(b[k - 1]) {
            return sets::GENDERED.contains_bytes(&b[k..e]);
        }
        return after_gendered(seg, c);
    }
    if b[e] >= 0x80 {
        return after_gendered(seg, c);
    }
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    // The marks that end the word.
    while e > 0 && b[e - 1] < 0x80 && !b[e - 1].is_ascii_alphanumeric() && !is_space(b[e - 1]) {
        e -= 1;
    }
    match b.get(e.wrapping_sub(1)) {
        // Nothing but marks (or nothing) before the whitespace: no word.
        None => return false,
        Some(&x) if is_space(x) => return false,
        Some(&x) if x >= 0x80 => return after_gendered(seg, c),
        _ => {}
    }
    let k = ascii8::alnum_run_start(b, e);
    if k == 0 || is_space(b[k - 1]) {
        return sets::GENDERED.contains_bytes(&b[k..e]);
    }
    after_gendered(seg, c)
}

/// True when whitespace comes right before byte `c` of `seg` and the
/// whitespace-delimited word before it holds a gendered word. Walks ASCII
/// bytes; at another byte, asks [`after_gendered_chars`].
fn after_gendered(seg: &str, c: usize) -> bool {
    let b = seg.as_bytes();
    let mut e = c;
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    if e == c && (c == 0 || b[c - 1] < 0x80) {
        return false;
    }
    // The pieces between non-alphanumerics, last first, back to the
    // whitespace before the word.
    let mut k = e;
    loop {
        let end = k;
        k = ascii8::alnum_run_start(b, k);
        if k > 0 && b[k - 1] >= 0x80 {
            return after_gendered_chars(seg, c);
        }
        if k < end && sets::GENDERED.contains_bytes(&b[k..end]) {
            return true;
        }
        while k > 0 && !b[k - 1].is_ascii_alphanumeric() && !is_space(b[k - 1]) {
            if b[k - 1] >= 0x80 {
                return after_gendered_chars(seg, c);
            }
            k -= 1;
        }
        if k == 0 || is_space(b[k - 1]) {
            return false;
        }
    }
}

/// [`after_gendered`] by `char`s (what reads as space, invisible
/// characters included, parts the words, as the run reader has it).
fn after_gendered_chars(seg: &str, c: usize) -> bool {
    use crate::space::{reads_as_space, trim_end, trim_start};
    if !seg[..c].ends_with(reads_as_space) {
        return false;
    }
    let before = trim_end(&seg[..c]);
    let chunk = before
        .rfind(reads_as_space)
        .map_or(before, |k| trim_start(&before[k..]));
    chunk
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| sets::GENDERED.contains(w))
}

/// True at the start of `seg` and at a lowercase ASCII word, not a
/// particle, after whitespace: see [`runs_through`].
///
/// Asked at every byte of the walks around a name: inlined, with the
/// particle test (rarely reached) out of line.
#[inline(always)]
fn restarts(seg: &str, q: usize) -> bool {
    let b = seg.as_bytes();
    if q == 0 {
        return true;
    }
    q < b.len()
        && b[q].is_ascii_lowercase()
        && is_space(b[q - 1])
        && !(sets::NAME_PARTICLES.may_start_with(b[q]) && particle_at(seg, q))
}

/// True when the word at byte `q` of `seg` is a name particle.
#[inline(never)]
fn particle_at(seg: &str, q: usize) -> bool {
    is_particle(&seg[q..word_end(seg, q, seg.len())])
}

/// Feeds the runs of `para`, a slice of the input that holds no quoted
/// piece, without tokenizing it. The run it ends on is left open.
fn plain<'a>(para: &'a str, runs: &mut Runs<'a, '_>) {
    plain_from(para, 0, runs);
}

/// [`plain`] from byte `from`, which must be where no run is open.
fn plain_from<'a>(para: &'a str, from: usize, runs: &mut Runs<'a, '_>) {
    plain_until(para, from, usize::MAX, runs);
}

/// [`plain_from`] that starts no run at or after byte `until`: returns
/// where it stopped, a place where no run is open and the scan may go on,
/// or the end of `para` when it read to the end (the run it ends on open).
fn plain_until<'a>(para: &'a str, from: usize, until: usize, runs: &mut Runs<'a, '_>) -> usize {
    let bytes = para.as_bytes();
    // Capitals are looked for only before `until`; a run found there is
    // read to its end.
    let end = until.min(bytes.len());
    let mut i = from;
    while let Some(c) = next_capital(&bytes[..end], i) {
        // An ASCII byte found here is a capital.
        if bytes[c] < 0x80 {
            i = c + 1;
        } else {
            let ch = para[c..].chars().next().unwrap_or(' ');
            i = c + ch.len_utf8();
            if !ch.is_uppercase() {
                continue;
            }
        }
        if continues_word(para, c) {
            continue;
        }
        // A word starts here with a capital: read words while they extend
        // a run.
        let mut prev = None;
        let mut s = c;
        loop {
            let e = word_end(para, s, para.len());
            let w = &para[s..e];
            if s == c {
                runs.word_with(w, Hint::Before { text: para, at: c }, true);
            } else {
                runs.word_with(w, Hint::Word(prev), starts_cap(w));
            }
            i = e;
            if !runs.in_run() {
                break;
            }
            let mut t = e;
            while t < bytes.len() && is_space(bytes[t]) {
                t += 1;
            }
            if bytes.get(t).is_some_and(|&b| b >= 0x80) {
                t += para[t..].len() - crate::space::trim_start(&para[t..]).len();
            }
            if t == para.len() {
                i = t;
                break;
            }
            if !alnum_at(para, t) {
                runs.split();
                i = t;
                break;
            }
            // A lowercase word that cannot be a particle ends the run: no
            // need to find where it ends (the capital scan steps over it).
            if bytes[t].is_ascii_lowercase() && !sets::NAME_PARTICLES.may_start_with(bytes[t]) {
                runs.split();
                i = t;
                break;
            }
            prev = Some(w);
            s = t;
        }
    }
    i.max(end)
}

/// [`is_cap`] without decoding an ASCII first byte.
#[inline(always)]
fn starts_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => is_cap(w),
    }
}

/// The next byte at or after `from` that is an ASCII capital or part of a
/// non-ASCII character, tested eight bytes at a time.
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut i = from;
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let hits = capitals_or_high(u64::from_le_bytes(a));
        if hits != 0 {
            return Some(i + ascii8::first(hits));
        }
        i += 8;
    }
    let tail = chunks.remainder();
    let k = tail
        .iter()
        .position(|&b| b >= 0x80 || b.is_ascii_uppercase())?;
    Some(i + k)
}

/// [`ascii8::capitals`] with the bytes from 0x80 up, as their 0x80 bits:
/// the high bit of a byte from 0x80 up stands whatever the sum below it.
#[inline(always)]
const fn capitals_or_high(x: u64) -> u64 {
    let y = x & !ascii8::HI;
    ((y + 0x3F * ascii8::LO) & !(y + 0x25 * ascii8::LO) | x) & ascii8::HI
}

fn ends_alnum(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// True when the word character at `c` continues the word before it, as
/// the tokenizer joins them: right after a letter or digit, or after a
/// joiner (`-`, `'`, `’`, `.`, `&`) that follows one.
fn continues_word(para: &str, c: usize) -> bool {
    let b = para.as_bytes();
    match b.get(c.wrapping_sub(1)) {
        None => return false,
        Some(x) if x.is_ascii_alphanumeric() => return true,
        Some(b'-' | b'\'' | b'.' | b'&') => match b.get(c.wrapping_sub(2)) {
            None => return false,
            Some(x) if *x < 0x80 => return x.is_ascii_alphanumeric(),
            Some(_) => {}
        },
        Some(x) if *x < 0x80 => return false,
        Some(_) => {}
    }
    continues_word_chars(para, c)
}

/// [`continues_word`] by `char`s.
fn continues_word_chars(para: &str, c: usize) -> bool {
    let before = &para[..c];
    if ends_alnum(before) {
        return true;
    }
    before
        .strip_suffix(['-', '\'', '’', '.', '&'])
        .is_some_and(ends_alnum)
}

/// The start of the word that ends at `end` (a letter or digit ends it).
/// Walks ASCII bytes; at another byte, asks [`word_start_chars`].
fn word_start(para: &str, end: usize) -> usize {
    let b = para.as_bytes();
    let mut i = end;
    loop {
        let top = i;
        i = ascii8::alnum_run_start(b, i);
        if i > 0 && b[i - 1] >= 0x80 {
            return word_start_chars(para, end);
        }
        if i < top && i >= 2 && matches!(b[i - 1], b'-' | b'\'' | b'.' | b'&') {
            if b[i - 2] >= 0x80 {
                return word_start_chars(para, end);
            }
            if b[i - 2].is_ascii_alphanumeric() {
                i -= 1;
                continue;
            }
        }
        return i;
    }
}

/// [`word_start`] by `char`s.
fn word_start_chars(para: &str, end: usize) -> usize {
    let mut s = &para[..end];
    loop {
        let t = s.trim_end_matches(char::is_alphanumeric);
        match t.strip_suffix(['-', '\'', '’', '.', '&']) {
            Some(j) if t.len() < s.len() && ends_alnum(j) => s = j,
            _ => return t.len(),
        }
    }
}

/// The token before a word starting at `c`, when it is a word: the
/// tokenizer's `prev`.
pub(super) fn word_before(para: &str, c: usize) -> Option<&str> {
    let b = para.as_bytes();
    // Most often one space comes before `c`, after a word of ASCII letters
    // and digits that starts after whitespace within the eight bytes
    // before the space: one load finds it.
    if c >= 9 && b[c - 1] == b' ' && b[c - 2].is_ascii_alphanumeric() {
        let e = c - 1;
        let stop = !ascii8::alnums(ascii8::load(b, e - 8)) & ascii8::HI;
        if stop != 0 {
            let k = e - 8 + (7 - stop.leading_zeros() as usize / 8);
            if is_space(b[k]) {
                return Some(&para[k + 1..e]);
            }
        }
    }
    let mut e = c;
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    match b.get(e.wrapping_sub(1)) {
        Some(x) if x.is_ascii_alphanumeric() => {
            return Some(&para[word_start(para, e)..e]);
        }
        Some(x) if *x >= 0x80 => return word_before_chars(para, c),
        Some(b'.') => {}
        _ => return None,
    }
    match b.get(e.wrapping_sub(2)) {
        Some(x) if x.is_ascii_alphanumeric() => {
            let s = word_start(para, e - 1);
            is_abbreviation(&para[s..e - 1]).then(|| &para[s..e])
        }
        Some(x) if *x >= 0x80 => word_before_chars(para, c),
        _ => None,
    }
}

/// [`word_before`] by `char`s (what reads as space, invisible characters
/// included, parts the words, as the run reader has it).
fn word_before_chars(para: &str, c: usize) -> Option<&str> {
    let before = crate::space::trim_end(&para[..c]);
    if ends_alnum(before) {
        return Some(&para[word_start(para, before.len())..before.len()]);
    }
    // `Mrs. Clinton`: an abbreviation keeps its dot.
    let stem = before.strip_suffix('.').filter(|s| ends_alnum(s))?;
    let w = &para[word_start(para, stem.len())..stem.len()];
    is_abbreviation(w).then(|| &para[word_start(para, stem.len())..before.len()])
}

/// Capitalized words that occur inside sentences somewhere in the article,
/// where a capital marks a name rather than a sentence start. Asked about
/// a word or two per article, so each question looks only where the word
/// occurs (found with memmem); past [`KNOWN_SEARCHES`] questions, the
/// words are read all at once, so that a long text of many questions is
/// not read once for each.
pub(crate) struct Known<'a> {
    paras: &'a [Text<'a>],
    /// How many questions were searched for.
    searched: Cell<usize>,
    /// Every such word ([`mid_sentence_capitals`]), read past
    /// [`KNOWN_SEARCHES`] questions.
    every: OnceCell<WordSet<&'a str>>,
    /// How many questions [`Known::after_capital`] searched for.
    after_searched: Cell<usize>,
}

/// How many questions [`Known`] answers by a search of the text each: a
/// news text asks a few.
const KNOWN_SEARCHES: usize = 32;

impl<'a> Known<'a> {
    pub(crate) fn new(paras: &'a [Text<'a>]) -> Self {
        Known {
            paras,
            searched: Cell::new(0),
            every: OnceCell::new(),
            after_searched: Cell::new(0),
        }
    }

    /// Whether the text writes `w` somewhere right after a capitalized
    /// word of no closed class (a given name or a title: `Sanders` after
    /// `Bernie Sanders`). Past [`KNOWN_SEARCHES`] questions an article,
    /// true with no search: the whole text is not read again for each of
    /// many.
    pub(crate) fn after_capital(&self, w: &str) -> bool {
        let n = self.after_searched.get();
        if n >= KNOWN_SEARCHES {
            return true;
        }
        self.after_searched.set(n + 1);
        let finder = memmem::Finder::new(w);
        self.paras.iter().any(|p| {
            finder.find_iter(p.text.as_bytes()).any(|k| {
                // (A match of a whole string starts at a character.)
                let before = p.text[..k].strip_suffix(' ').unwrap_or("");
                let prev = super::index::last_word(before);
                // (Not across punctuation, `In Iowa, IPv6`, but past an
                // abbreviated title's dot, `Mr. Sanders`.)
                let joined = prev.ends_with(|c: char| c.is_alphanumeric())
                    || (prev.ends_with('.') && prev.len() <= 5);
                !before.is_empty()
                    && joined
                    && prev.starts_with(|c: char| c.is_ascii_uppercase())
                    && super::grammar::classes(prev) & super::grammar::CLOSED_CLASSES == 0
            })
        })
    }

    /// True when `w` occurs capitalized inside a sentence: when a word
    /// of the text that holds it is one [`mid_sentence_capitals`] would
    /// keep as `w`.
    pub(crate) fn contains(&self, w: &str) -> bool {
        // A kept word is never empty and holds no whitespace; any word it
        // comes from holds it.
        if w.is_empty() || w.contains(char::is_whitespace) {
            return false;
        }
        if self.searched.get() >= KNOWN_SEARCHES {
            let every = self.every.get_or_init(|| mid_sentence_capitals(self.paras));
            return every.contains(w);
        }
        self.searched.set(self.searched.get() + 1);
        let finder = memmem::Finder::new(w);
        self.paras.iter().any(|p| {
            finder
                .find_iter(p.text.as_bytes())
                .any(|h| capital_around(p.text, h) == Some(w))
        })
    }
}

/// What `mid_sentence_capitals` (the tests' definition) keeps from the whitespace-delimited word
/// of `text` around byte `at`: it reads a word at its first capital.
fn capital_around(text: &str, at: usize) -> Option<&str> {
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |k| {
        k + text[k..].chars().next().map_or(1, char::len_utf8)
    });
    let c = text[start..]
        .char_indices()
        .take_while(|(_, ch)| !ch.is_whitespace())
        .find(|(_, ch)| ch.is_uppercase())?
        .0;
    mid_capital(text, start + c).1
}

/// The words (split at whitespace, trimmed of punctuation, without a final
/// dot or `'s`) that open with a capital and follow a word that does not
/// end a sentence, unless they open a quotation. Jumps from capital to
/// capital; only the words around one are read. The definition
/// [`Known::contains`] asks one word of, and reads whole when asked
/// much.
fn mid_sentence_capitals<'a>(paras: &[Text<'a>]) -> WordSet<&'a str> {
    let mut known = WordSet::default();
    for p in paras {
        let text = p.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(c) = next_capital(bytes, i) {
            let ch = text[c..].chars().next().unwrap_or(' ');
            i = c + ch.len_utf8();
            if !ch.is_uppercase() {
                continue;
            }
            let (end, word) = mid_capital(text, c);
            i = end;
            known.extend(word);
        }
    }
    known
}

/// For an uppercase character at byte `c` of `text`, the first in its
/// whitespace-delimited word: the word's end, and the word kept when
/// the capital opens the word's letters inside a sentence.
fn mid_capital(text: &str, c: usize) -> (usize, Option<&str>) {
    let bytes = text.as_bytes();
    // The whitespace-delimited word around the capital.
    let start = ascii_back(bytes, c, false).unwrap_or_else(|| {
        text[..c].rfind(char::is_whitespace).map_or(0, |k| {
            k + text[k..].chars().next().map_or(1, char::len_utf8)
        })
    });
    let end = ascii_forward(bytes, c).unwrap_or_else(|| {
        text[c..]
            .find(char::is_whitespace)
            .map_or(text.len(), |k| c + k)
    });
    let w = &text[start..end];
    // Only a capital that opens the word's letters counts.
    if text[start..c].chars().any(char::is_alphanumeric) {
        return (end, None);
    }
    let opens_quote = w.starts_with(['"', '“', '\'', '`', '«', '„']);
    let prev = match ascii_back(bytes, start, true) {
        Some(0) => None,
        Some(e) => {
            let b = ascii_back(bytes, e, false);
            b.map(|b| &text[b..e])
                .or_else(|| text[..start].split_whitespace().next_back())
        }
        None => text[..start].split_whitespace().next_back(),
    };
    let after_stop = prev.map_or(true, ends_sentence);
    if after_stop || opens_quote {
        return (end, None);
    }
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    (end, Some(bare(core)))
}

/// Walks back from `from` over ASCII bytes that are whitespace (`space`)
/// or not: the position reached, or None at a non-ASCII byte (the caller
/// then asks `char` methods, which know Unicode whitespace).
fn ascii_back(bytes: &[u8], mut from: usize, space: bool) -> Option<usize> {
    while from > 0 {
        let b = bytes[from - 1];
        if b >= 0x80 {
            return None;
        }
        if is_space(b) != space {
            break;
        }
        from -= 1;
    }
    Some(from)
}

/// Walks forward from `from` to the next ASCII whitespace; None at a
/// non-ASCII byte, as `ascii_back`.
fn ascii_forward(bytes: &[u8], mut from: usize) -> Option<usize> {
    while from < bytes.len() {
        let b = bytes[from];
        if b >= 0x80 {
            return None;
        }
        if is_space(b) {
            break;
        }
        from += 1;
    }
    Some(from)
}

/// True when a whitespace-delimited word ends a sentence (`said.`, `end.”`),
/// not an abbreviation (`Mr.`, `U.S.`).
fn ends_sentence(w: &str) -> bool {
    let end = w.trim_end_matches(['"', '”', '\'', '’', '»', ')']);
    end.ends_with(['.', '!', '?', ':']) && !is_abbreviation(end.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn both(p: &str) -> (Vec<Run<'_>>, Vec<Run<'_>>) {
        let mut toks = Vec::new();
        tokenize(p, 0, &[], &mut toks);
        let mut r1 = Vec::new();
        tokens(p, &toks, &mut Runs::new(p, &mut r1));
        let mut r2 = Vec::new();
        paragraph(p, Span::new(0, p.len()), &[], &mut Runs::new(p, &mut r2));
        (r1, r2)
    }

    #[test]
    fn capitals_or_high_is_capitals_and_high_bytes() {
        for b in 0u8..=255 {
            for other in [0u8, b'A', 0x80, b'z', 0xFF] {
                let mut a = [other; 8];
                a[3] = b;
                let x = u64::from_le_bytes(a);
                assert_eq!(capitals_or_high(x), ascii8::capitals(x) | (x & ascii8::HI));
            }
        }
    }

    #[test]
    fn plain_finds_the_runs_tokens_find() {
        for p in [
            "Russian foreign ministry spokeswoman Maria Zakharova told AFP.",
            "Mrs. Clinton met Staffan de Mistura and Ludwig van",
            "U.S. Secretary of State John Kerry, O’Neil-Smith and McCain (R-Ariz.) spoke",
            "The U.N.-backed talks in Geneva: Sen. Claire McCaskill. Dr.Who iPhone",
            "Élysée officials said Émile Zola's book–Paris & Co. rose 5% on Tuesday",
            "a--B 'Tom' x.Y Z",
            "",
        ] {
            let (a, b) = both(p);
            assert_eq!(a, b, "{p:?}");
        }
    }

    const WORDS: &[&str] = &[
        "Mrs.",
        "Clinton",
        "de",
        "van",
        "Ludwig",
        "iPhone",
        "x-Ray",
        "O’Neil",
        "U.S.",
        "Dr.Who",
        "Sen.",
        "the",
        "The",
        "and",
        "at",
        "said",
        ",",
        ".",
        ":",
        "(R-Ariz.)",
        "Élysée",
        "éA",
        "Zoë",
        "e.On",
        "a--B",
        "\u{a0}",
        "\n",
        "May",
        "Tuesday",
        "bin",
        "Al",
        "al-Assad",
        "5%",
        "McCain's",
        "Co.",
        "&",
        "R&D",
        "Foreign",
        "Minister",
        "Maria",
        "in",
        "—",
    ];

    /// Text for the property tests: the picked words of `pool`, each
    /// followed by the picked one of `seps`.
    fn generated(pool: &[&str], picks: &[usize], glue: &[usize], seps: [&str; 3]) -> String {
        let mut text = String::new();
        for (&w, &g) in picks.iter().zip(glue) {
            text.push_str(pool[w]);
            text.push_str(seps[g]);
        }
        text
    }

    proptest::proptest! {
        #[test]
        fn plain_finds_the_runs_tokens_find_on_generated_text(
            picks in proptest::collection::vec(0usize..WORDS.len(), 0..50),
            glue in proptest::collection::vec(0usize..3, 50),
        ) {
            let p = generated(WORDS, &picks, &glue, ["  ", " ", ""]);
            let (a, b) = both(&p);
            proptest::prop_assert_eq!(a, b);
        }
    }

    proptest::proptest! {
        #[test]
        fn word_before_is_the_char_walk_on_generated_text(
            picks in proptest::collection::vec(0usize..WORDS.len(), 0..30),
            glue in proptest::collection::vec(0usize..3, 30),
        ) {
            let p = generated(WORDS, &picks, &glue, ["  ", " ", ""]);
            for (c, _) in p.char_indices().chain([(p.len(), ' ')]) {
                proptest::prop_assert_eq!(word_before(&p, c), word_before_chars(&p, c));
            }
        }
    }

    /// The word-by-word definition that `mid_sentence_capitals` must match.
    fn reference<'a>(paras: &[Text<'a>]) -> Vec<&'a str> {
        let mut out = Vec::new();
        for p in paras {
            let mut after_stop = true;
            for w in p.text.split_whitespace() {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                let opens_quote = w.starts_with(['"', '“', '\'', '`', '«', '„']);
                if !after_stop && !opens_quote && is_cap(core) {
                    out.push(bare(core));
                }
                after_stop = ends_sentence(w);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn mid_sentence_capitals_match_the_word_by_word_definition() {
        let text = "Officials in Washington said. Trump met (Putin) and “Xi” in\u{a0}Élysée \
                    rooms.\" McCain's aide, Mr. Smith: Jones! e.On \"Quote\" x,Y end\u{b}Vt \
                    said\u{a0}\u{a0}Nbsp so\u{b}.\u{b}Dot";
        let paras = [
            Text::slice(text, Span::new(0, 40)),
            Text::slice(text, Span::new(40, text.len())),
        ];
        let mut got: Vec<_> = mid_sentence_capitals(&paras).into_iter().collect();
        got.sort_unstable();
        assert_eq!(got, reference(&paras));
        assert!(got.contains(&"Washington") && got.contains(&"Élysée"));
        lazy_matches_eager(&paras);
        // Past its searches, a `Known` reads the words whole, once.
        let known = Known::new(&paras);
        for i in 0..KNOWN_SEARCHES {
            assert!(!known.contains(&format!("W{i}")));
        }
        assert!(known.every.get().is_none());
        assert!(known.contains("Washington") && known.every.get().is_some());
    }

    #[test]
    fn after_capital_finds_a_word_after_a_given_name_or_title() {
        let text = "Bernie Sanders spoke. Then Sanders left. In Iowa, IPv6 and Scotland won.";
        let paras = [Text::slice(text, Span::new(0, text.len()))];
        let known = Known::new(&paras);
        assert!(known.after_capital("Sanders"));
        // (After `In`, a closed-class word, or after a comma: no name.)
        assert!(!known.after_capital("Iowa"));
        assert!(!known.after_capital("IPv6"));
        assert!(!known.after_capital("Scotland"));
        // Past its searches, it answers true with no search.
        for _ in 3..KNOWN_SEARCHES {
            known.after_capital("Nowhere");
        }
        assert!(known.after_capital("Scotland"));
    }

    /// `Known::contains` answers as membership in the eager set, for the
    /// set's words and for every piece of the text: by a search of the
    /// text (a `Known` asked nothing before), and, for one asked them all
    /// in turn, past its searches too.
    fn lazy_matches_eager(paras: &[Text<'_>]) {
        let set = mid_sentence_capitals(paras);
        let known = Known::new(paras);
        let mut probes: Vec<&str> = set.iter().copied().collect();
        for p in paras {
            for w in p.text.split_whitespace() {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                let half = w
                    .char_indices()
                    .nth(w.chars().count() / 2)
                    .map_or(w.len(), |(k, _)| k);
                probes.extend([w, core, bare(core), &w[..half], &w[half..]]);
            }
        }
        probes.extend(["", "a b", "Smith said"]);
        for w in probes {
            let searched = Known::new(paras).contains(w);
            assert_eq!(searched, set.contains(w), "{w:?}");
            assert_eq!(known.contains(w), searched, "{w:?}");
        }
    }

    #[test]
    fn byte_walks_are_the_char_walks() {
        let text = "Mrs. Clinton, a-b O’Neil U.S. x.Y a--B  é.A Zoë-Ann R&D's \u{a0}Jo . .X 9.B\
                    \u{2003}Dr.\u{a0}Who e.g. Q";
        for (c, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(word_before(text, c), word_before_chars(text, c), "{c}");
            assert_eq!(
                continues_word(text, c),
                continues_word_chars(text, c),
                "{c}"
            );
            if text[..c].ends_with(char::is_alphanumeric) {
                assert_eq!(word_start(text, c), word_start_chars(text, c), "{c}");
            }
        }
    }

    #[test]
    fn gendered_word_test_is_the_char_test() {
        let text = "Mr Smith, ex-chairman  Jo\u{a0}Mrs\u{a0}Ann said.\tLady Di  x Mr.\u{2003}Bo \
                    Mr’s Al, Mrs-Ann Zé Mré Oz  A";
        for (c, _) in text.char_indices() {
            assert_eq!(
                after_gendered(text, c),
                after_gendered_chars(text, c),
                "{c}"
            );
        }
        assert!(after_gendered(text, 3) && !after_gendered(text, 0));
        ascii_test_is_the_test(text);
    }

    /// The shortcut for ASCII capitals answers as the general test where
    /// it is asked (whitespace or a non-ASCII byte right before), and the
    /// capitals the scan keeps are those the `char` test keeps.
    fn ascii_test_is_the_test(text: &str) {
        let b = text.as_bytes();
        for (c, ch) in text.char_indices() {
            if ch.is_ascii_uppercase() && c > 0 && (b[c - 1] >= 0x80 || is_space(b[c - 1])) {
                assert_eq!(
                    after_gendered_ascii(text, c),
                    after_gendered(text, c),
                    "{text:?} {c}"
                );
            }
        }
        let mut got = Vec::new();
        gendered_starts(text, &mut got);
        let want: Vec<usize> = text
            .char_indices()
            .filter(|&(c, ch)| ch.is_uppercase() && after_gendered_chars(text, c))
            .map(|(c, _)| c)
            .collect();
        assert_eq!(got, want, "{text:?}");
        // From every place a caller may start at.
        for (from, _) in text.char_indices() {
            let next = want.iter().find(|&&c| c >= from).map(|&c| {
                let ch = text[c..].chars().next().unwrap_or(' ');
                (c, c + ch.len_utf8())
            });
            assert_eq!(next_gendered_start(text, from), next, "{text:?} {from}");
        }
    }

    const GENDERED_POOL: &[&str] = &[
        "Mr",
        "Mr.",
        "Mrs",
        "chairwoman",
        "ex-wife",
        "Smith",
        "Élysée",
        "said",
        "(Mrs",
        "Ann",
        "\u{a0}",
        "\u{2003}",
        " ",
        "  ",
        "\n",
        "\t",
        "é",
        "Sir",
        "X",
        ",",
        "x.Y",
        "spokeswoman",
        "a",
        "wife's",
        "Congressman",
        "mrs",
        "sonX",
        "son",
        "Mr\u{a0}",
        "said,",
        "-",
        "Prime",
        "chairman's",
        "(",
        "x-Mrs",
        "Éa",
        "Chairwoman-elect",
        "“Mrs",
        "\r",
        "\u{b}",
        "\u{c}",
        "Mr\u{c}",
    ];

    proptest::proptest! {
        #[test]
        fn ascii_gendered_test_matches_on_generated_text(
            picks in proptest::collection::vec(0usize..GENDERED_POOL.len(), 0..40),
            glue in proptest::collection::vec(0usize..3, 40),
        ) {
            let text = generated(GENDERED_POOL, &picks, &glue, [" ", "", "\t"]);
            ascii_test_is_the_test(&text);
        }
    }

    const POOL: &[&str] = &[
        "Trump",
        "said.",
        "said",
        "(Putin)",
        "“Xi”",
        "Élysée",
        "\u{a0}",
        "\u{b}",
        "Mr.",
        "U.S.",
        "McCain's",
        "e.On",
        "\"Quote\"",
        "x,Y",
        "Jones!",
        "so",
        "AA",
        "AAA",
        "ÉA",
        "a:",
        ".",
    ];

    proptest::proptest! {
        #[test]
        fn known_matches_on_generated_text(
            picks in proptest::collection::vec(0usize..POOL.len(), 0..40),
            cut in 0usize..40,
        ) {
            let text = picks.iter().map(|&k| POOL[k]).collect::<Vec<_>>().join(" ");
            let mut at = cut.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let paras = [
                Text::slice(&text, Span::new(0, at)),
                Text::slice(&text, Span::new(at, text.len())),
            ];
            lazy_matches_eager(&paras);
        }
    }

    #[test]
    fn eight_byte_tests_are_the_byte_tests() {
        for v in 0..=255u8 {
            for lane in 0..8 {
                let x =
                    (u64::from(v) << (8 * lane)) | (0x4141_4141_4141_4141 & !(0xFF << (8 * lane)));
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(lowercase(x) & bit != 0, v.is_ascii_lowercase(), "{v}");
                assert_eq!(ascii8::spaces(x) & bit != 0, is_space(v), "{v}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn restart_before_is_the_place_by_place_walk(
            picks in proptest::collection::vec(0usize..WORDS.len(), 0..40),
            glue in proptest::collection::vec(0usize..3, 40),
        ) {
            let p = generated(WORDS, &picks, &glue, ["  ", " ", "\t"]);
            for from in 0..=p.len() {
                let mut q = from;
                while !restarts(&p, q) {
                    q -= 1;
                }
                proptest::prop_assert_eq!(restart_before(&p, from), q, "{:?} {}", p, from);
            }
        }
    }

    #[test]
    fn capital_scan_finds_capitals_and_wide_characters() {
        let b = b"all lower case words here X";
        assert_eq!(next_capital(b, 0), Some(b.len() - 1));
        assert_eq!(next_capital(b"abc \xC3\xA9 def", 0), Some(4));
        assert_eq!(next_capital(b"abcdefghijklmnop@[`{", 0), None);
        assert_eq!(next_capital(b"Zabcdefgh", 1), None);
        // Every byte value at every distance from the start, against a
        // byte loop.
        let mut text: Vec<u8> = Vec::new();
        for v in 0..=255u8 {
            text.extend(std::iter::repeat_n(b'a', usize::from(v) % 37));
            text.push(v);
        }
        for from in 0..text.len() {
            let slow =
                (from..text.len()).find(|&k| text[k] >= 0x80 || text[k].is_ascii_uppercase());
            assert_eq!(next_capital(&text, from), slow, "{from}");
        }
    }
}
