//! The words around quotes: a paragraph becomes a list of word, punctuation
//! and quote tokens (a whole quoted piece is one token), so that attribution
//! can walk back and forth over words without looking inside quotes.

use super::scan::Piece;
use super::subjects::SPEECH_NOUNS;
use crate::ascii8::{self, is_space};
use crate::lexicon::sets;
use std::cell::Cell;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A word: letters and digits with inner `-`, `'`, `’`, `.`, `&`, and a
    /// final `.` when the word is an abbreviation or an initial.
    Word,
    /// One punctuation character.
    Punct(char),
    /// A quoted piece, marks included: index into the paragraph's pieces.
    Quote(usize),
}

/// A token; offsets are absolute (into the input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// The cue starting here, once asked: attribution asks about the same
    /// few words for several quotes and strategies (see
    /// `cue_tokens::cue_at`).
    pub cue: Cell<u32>,
}

/// The value of [`Tok::cue`] before the question was asked.
pub(crate) const CUE_UNKNOWN: u32 = u32::MAX;

impl Tok {
    fn new(s: usize, e: usize, kind: Kind) -> Tok {
        Tok {
            s,
            e,
            kind,
            cue: Cell::new(CUE_UNKNOWN),
        }
    }
}

/// A quote token, with the counts the walk over a paragraph's quotes
/// needs from the tokens before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Index of the quote token.
    pub at: usize,
    /// Tokens before it that a word or a quote follows right after a
    /// sentence-ending mark: the paragraph's sentence count there.
    pub sentences: usize,
    /// Sentence-ending marks before it.
    pub stops: usize,
}

/// [`tokenize_marked`] for tests, without the marks, every token.
#[cfg(test)]
pub(crate) fn tokenize(para: &str, base: usize, pieces: &[Piece], out: &mut Vec<Tok>) {
    tokenize_whole(para, base, pieces, out, &mut Vec::new(), true);
}

/// [`tokenize_marked`] from the paragraph's start, the run that a later
/// start must agree with.
#[cfg(test)]
pub(crate) fn tokenize_whole(
    para: &str,
    base: usize,
    pieces: &[Piece],
    out: &mut Vec<Tok>,
    marks: &mut Vec<Mark>,
    tail: bool,
) -> Tokenized {
    tokenize_from(para, base, pieces, out, marks, tail, 0)
}

/// What [`tokenize_marked`] says besides the tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tokenized {
    /// When the tokens stop after the last quote's sentence: the end of
    /// the last token a full run would give (the end of the text).
    pub cut: Option<usize>,
    /// Some word token is `according` (in any case): else no `according
    /// to` needs looking for.
    pub according: bool,
    /// When the tokens start at the sentence of a first quote that opens
    /// it, without the sentence before: where a run would start with it,
    /// and where these start (see [`deepen`]).
    pub deeper: Option<(usize, usize)>,
    /// The tokens were [`deepen`]ed: the first quote opens a sentence and
    /// was found no attribution in it.
    pub first_tried: bool,
}

/// Tokenizes `para` (starting at byte `base`), whose quoted pieces are
/// `pieces`, into `out`, with a [`Mark`] per quote token in `marks`: the
/// walk over a paragraph's quotes then visits no other token.
///
/// The tokens start late when they can: no walk from a quote reads before
/// the sentence that holds the first quote, or the sentence before it when
/// the quote opens its own (see [`start_before`] and [`serves`]). Then the
/// tokens are the last ones of a run from the paragraph's start, and the
/// sentence counts in the marks differ from that run's by a constant.
///
/// Unless `tail` asks for every token, the tokens stop at the first
/// sentence-ending mark after the last quote: no walk from a quote reads
/// past the end of the sentence after it (see [`Tokenized::cut`]).
pub(crate) fn tokenize_marked(
    para: &str,
    base: usize,
    pieces: &[Piece],
    out: &mut Vec<Tok>,
    marks: &mut Vec<Mark>,
    tail: bool,
) -> Tokenized {
    let (start, shallow) = pieces
        .first()
        .map_or((0, None), |p| start_before(para, p.outer_start - base));
    if let Some(shallow) = shallow {
        // The sentence before a quote that opens its own is read only
        // when no attribution is found in the quote's sentence: leave it
        // for [`deepen`] to add.
        let t = tokenize_from(para, base, pieces, out, marks, tail, shallow);
        match serves_shallow(para, base, out, marks[0].at) {
            Some(true) => {
                return Tokenized {
                    deeper: Some((start, shallow)),
                    ..t
                }
            }
            Some(false) => return t,
            None => {}
        }
    }
    let t = tokenize_from(para, base, pieces, out, marks, tail, start);
    if start == 0 || serves(para, base, out, marks[0].at) {
        return t;
    }
    tokenize_from(para, base, pieces, out, marks, tail, 0)
}

/// Adds to tokens that start without the sentence before the first quote
/// ([`Tokenized::deeper`]) the tokens a run from its start would have
/// before them, as if [`tokenize_marked`] had started there, and notes
/// [`Tokenized::first_tried`]. The marks move with their tokens; their
/// sentence counts differ from a run from the paragraph's start by another
/// constant.
pub(crate) fn deepen(
    para: &str,
    base: usize,
    pieces: &[Piece],
    toks: &mut Vec<Tok>,
    marks: &mut [Mark],
    t: &mut Tokenized,
) {
    let Some((from, to)) = t.deeper.take() else {
        return;
    };
    let mut before = Vec::with_capacity((to - from) / 4 + 4);
    let mut count = Count::default();
    segment(para, base, from, to, &mut before, &mut count, false);
    t.according |= count.according;
    let n = before.len();
    toks.splice(0..0, before);
    for m in marks.iter_mut() {
        m.at += n;
    }
    if from != 0 && !serves(para, base, toks, marks[0].at) {
        // A run from the start has the same tokens from the cut on.
        let tail = t.cut.is_none();
        let mut all_marks = Vec::with_capacity(marks.len());
        *t = tokenize_from(para, base, pieces, toks, &mut all_marks, tail, 0);
        marks.copy_from_slice(&all_marks);
    }
    t.first_tried = true;
}

/// [`tokenize_marked`] from byte `start` of `para`, a byte that a run from
/// the paragraph's start steps on (its start, or a byte after ASCII
/// whitespace before the first piece).
///
/// Most news text is ASCII, so bytes are classified by table and only a
/// non-ASCII byte decodes its character; the result is the same as a walk
/// over `char`s with `is_whitespace` / `is_alphanumeric`.
fn tokenize_from(
    para: &str,
    base: usize,
    pieces: &[Piece],
    out: &mut Vec<Tok>,
    marks: &mut Vec<Mark>,
    tail: bool,
    start: usize,
) -> Tokenized {
    marks.clear();
    // A local vector, so that its length and capacity stay in registers
    // through the loop; reserved once for most paragraphs' tokens.
    let mut toks = std::mem::take(out);
    toks.clear();
    // About a token per five bytes outside quotes, so that a long paragraph
    // costs an allocation, not a doubling per power of two; at least a
    // token per four bytes up to a cap (a long paragraph of long words has
    // few tokens).
    let quoted: usize = pieces.iter().map(|q| q.outer_end - q.outer_start).sum();
    let len = para.len() - start;
    let want = (len.saturating_sub(quoted) / 5).max((len / 4).min(512)) + 2 * pieces.len() + 8;
    if toks.capacity() < want {
        // A fresh vector: growing the old one would copy it.
        toks = Vec::with_capacity(want.max(2 * toks.capacity()));
    }
    // A sentence starts at each word or quote token right after a
    // sentence-ending mark: before a quote, that is every such mark but
    // those a punctuation token follows, counted where one does.
    let mut count = Count::default();
    let mut from = start;
    for (k, p) in pieces.iter().enumerate() {
        let limit = (p.outer_start - base).max(from);
        segment(para, base, from, limit, &mut toks, &mut count, false);
        marks.push(Mark {
            at: toks.len(),
            sentences: count.stops - count.stops_then_punct,
            stops: count.stops,
        });
        toks.push(Tok::new(p.outer_start, p.outer_end, Kind::Quote(k)));
        from = (p.outer_end - base).max(from);
    }
    let cut = !tail && !pieces.is_empty();
    let cut_at = segment(para, base, from, para.len(), &mut toks, &mut count, cut);
    *out = toks;
    Tokenized {
        // Every token after the cut is text, so the last ends where the
        // text does.
        cut: cut_at.then(|| base + para.trim_end().len()),
        according: count.according,
        deeper: None,
        first_tried: false,
    }
}

/// Where the tokens of a paragraph whose first piece opens at byte `first`
/// may start: a guess from the bytes, two whitespace-separated words before
/// the sentence end that opens the sentences a walk may read (one back, or
/// two when the text before the quote ends a sentence). [`serves`] checks
/// the guess on the tokens; 0 when there is no such sentence end.
///
/// Also, when the text before the quote ends a sentence, the start that
/// leaves out the sentence before (two words before that sentence end),
/// if there is one.
fn start_before(para: &str, first: usize) -> (usize, Option<usize>) {
    let b = para.as_bytes();
    let head = para[..first].trim_end();
    let opens = head.ends_with(['.', '?', '!']);
    let mut need = 1 + usize::from(opens);
    let mut shallow = None;
    for x in memchr::memrchr3_iter(b'.', b'?', b'!', &b[..first]) {
        if !looks_like_end(para, x, first) {
            continue;
        }
        need -= 1;
        // Back over the rest of the mark's word and two words more.
        let mut w = x;
        for _ in 0..2 {
            w = ascii8::word_run_start(b, w);
            while w > 0 && is_space(b[w - 1]) {
                w -= 1;
            }
        }
        w = ascii8::word_run_start(b, w);
        if need == 0 {
            return (w, shallow);
        }
        shallow = Some(w).filter(|&w| w > 0);
    }
    (0, shallow)
}

/// True when the `.`, `?` or `!` at byte `x` (before `first`) is likely a
/// sentence-ending token: whitespace or the quote follows, and a dot does
/// not end an abbreviation. A guess: doubtful marks are passed over.
fn looks_like_end(para: &str, x: usize, first: usize) -> bool {
    let b = para.as_bytes();
    if !(x + 1 == first || is_space(b[x + 1])) {
        return false;
    }
    if b[x] != b'.' || x == 0 {
        return true;
    }
    let p = b[x - 1];
    if p >= 0x80 {
        return false;
    }
    if !p.is_ascii_alphanumeric() {
        return true;
    }
    // The word before it, when it is letters and digits joined by `-`,
    // `'`, `.` or `&`: the tokenizer takes the dot into the word only after
    // an abbreviation.
    let s = ascii8::word_run_start(b, x);
    let w = &b[s..x];
    if ascii8::alnum_run_start(b, x) == s {
        // Letters and digits only, the common case: an abbreviation is
        // an initial or a listed word (`is_abbreviation` without the
        // dot and hyphen scan).
        let single = w.len() == 1 && w[0].is_ascii_uppercase();
        return !(single || sets::ABBREVIATIONS.contains(&para[s..x]));
    }
    let joined = w[0].is_ascii_alphanumeric()
        && w.iter().enumerate().all(|(k, &c)| {
            c.is_ascii_alphanumeric()
                || (matches!(c, b'-' | b'\'' | b'.' | b'&') && w[k + 1].is_ascii_alphanumeric())
        });
    joined && !is_abbreviation(&para[s..x])
}

/// True when the tokens `toks` of `para` (at `base`), which start later
/// than the paragraph, serve every walk as a run from its start would:
/// they hold two tokens before the sentence end E that no walk from a
/// quote passes (the last before the first quote, at `q`, or the one
/// before that when the quote follows a sentence end), and none of the
/// reads that may cross E reaches past those two:
/// - the search back from a `)` for its `(` (twelve tokens, not stopping
///   at sentence ends), from a `)` of the twelve tokens after E with no
///   `(` between;
/// - the owner of a speech noun (`Trump's claim that "..."`), searched
///   from three tokens before the noun, when the noun opens the first
///   quote's sentence or is its second word.
fn serves(para: &str, base: usize, toks: &[Tok], q: usize) -> bool {
    let Some(e1) = toks[..q].iter().rposition(ends_sentence) else {
        return false;
    };
    let opens = e1 + 1 == q;
    let e = if opens {
        match toks[..e1].iter().rposition(ends_sentence) {
            Some(e) => e,
            None => return false,
        }
    } else {
        e1
    };
    if e < 2 {
        return false;
    }
    let paren = paren_may_cross(toks, e);
    let speech_noun = |k: usize| {
        k < q && toks[k].kind == Kind::Word && SPEECH_NOUNS.contains(text_in(para, base, &toks[k]))
    };
    !paren && (opens || !(speech_noun(e + 1) || speech_noun(e + 2)))
}

/// [`serves`] for tokens that start without the sentence before the first
/// quote (at `q`) when it opens its own: they hold three tokens before the
/// sentence end E right before it, and no `(` search from a `)` of the
/// twelve tokens after E may pass E. Some(true) when the quote does open a
/// sentence, so that only [`deepen`]ed tokens serve the walks over the
/// sentence before; Some(false) when it does not after all (the tokens
/// serve as those of [`tokenize_marked`]'s other start would); None when
/// they do not serve.
fn serves_shallow(para: &str, base: usize, toks: &[Tok], q: usize) -> Option<bool> {
    let e = toks[..q].iter().rposition(ends_sentence)?;
    if e + 1 != q {
        return serves(para, base, toks, q).then_some(false);
    }
    let paren = paren_may_cross(toks, e);
    (e >= 3 && !paren).then_some(true)
}

/// True when a `(` search from a `)` may pass the sentence end at token
/// `e`: a `)` comes among the twelve tokens after it with no `(` before.
fn paren_may_cross(toks: &[Tok], e: usize) -> bool {
    toks[e + 1..toks.len().min(e + 13)]
        .iter()
        .find(|t| matches!(t.kind, Kind::Punct('(' | ')')))
        .is_some_and(|t| t.kind == Kind::Punct(')'))
}

/// The text of a token of `para`, which starts at byte `base`.
fn text_in<'a>(para: &'a str, base: usize, t: &Tok) -> &'a str {
    &para[t.s - base..t.e - base]
}

/// The sentence counts [`Mark`] needs, kept as tokens are pushed.
struct Count {
    /// Sentence-ending marks.
    stops: usize,
    /// Of those, the ones right before a punctuation token.
    stops_then_punct: usize,
    /// The number of tokens once the last sentence-ending mark was pushed
    /// (`usize::MAX` before one is): the last token is one when there are
    /// that many still, a test of a length kept in a register rather than
    /// of the last token's kind read back.
    stop_end: usize,
    /// See [`Tokenized::according`].
    according: bool,
    /// The letter-and-digit flags of the bytes being tokenized.
    block: ascii8::Block,
}

impl Default for Count {
    fn default() -> Count {
        Count {
            stops: 0,
            stops_then_punct: 0,
            stop_end: usize::MAX,
            according: false,
            block: ascii8::Block::default(),
        }
    }
}

/// Pushes the tokens of `para[from..limit]`, text with no quoted piece.
/// With `cut`, stops after the first sentence-ending mark and says so.
#[inline(always)]
fn segment(
    para: &str,
    base: usize,
    from: usize,
    limit: usize,
    toks: &mut Vec<Tok>,
    count: &mut Count,
    cut: bool,
) -> bool {
    let seg = &para.as_bytes()[..limit];
    let mut i = from;
    while i < seg.len() {
        let b = seg[i];
        // Words and the marks between them alternate: a two-way test for
        // a word first, which a predictor that keeps the branch history
        // learns, rather than one jump through a table for every token.
        if ALNUM[b as usize] {
            i = words(para, base, i, limit, toks, count);
            continue;
        }
        match BYTE_CLASS[b as usize] {
            // (A letter or digit was taken as a word above.)
            Class::Alnum | Class::Space => i += 1,
            Class::Punct => {
                punct(toks, count, base + i, char::from(b));
                i += 1;
                if cut && matches!(b, b'.' | b'?' | b'!') {
                    return true;
                }
                // The space after it too (`, ` and `. ` are common).
                i += usize::from(seg.get(i) == Some(&b' '));
            }
            Class::Other => i = wide(para, base, i, limit, toks, count),
        }
    }
    false
}

/// Pushes the words of `para[i..limit]` from `i`, an ASCII letter or
/// digit, while one space separates each from the next; returns where the
/// next token may start. Most of a paragraph is such runs: the loop goes
/// on to the next word without dispatching on its first byte's class.
#[inline(always)]
fn words(
    para: &str,
    base: usize,
    mut i: usize,
    limit: usize,
    toks: &mut Vec<Tok>,
    count: &mut Count,
) -> usize {
    let seg = &para.as_bytes()[..limit];
    loop {
        // `word_end`, knowing that the first byte is a letter or digit.
        let run = count.block.run_end(para.as_bytes(), i + 1, limit);
        // The byte after the run, read once: a space (stepped over here
        // rather than by a turn of the loop), another byte that ends the
        // word, or one that may join or end it.
        let (e, next) = match seg.get(run) {
            Some(b' ') => (run, run + 1),
            Some(&c) if !PLAIN_STOP[c as usize] => {
                let e = word_end_past_run(para, i, run, limit);
                (e, e + usize::from(seg.get(e) == Some(&b' ')))
            }
            _ => (run, run),
        };
        if e - i == 9 {
            count.according |= seg[i..e].eq_ignore_ascii_case(b"according");
        }
        toks.push(Tok::new(base + i, base + e, Kind::Word));
        match seg.get(next) {
            Some(&c) if BYTE_CLASS[c as usize] == Class::Alnum => i = next,
            _ => return next,
        }
    }
}

/// Pushes a punctuation token, counting sentence-ending marks.
#[inline(always)]
fn punct(toks: &mut Vec<Tok>, count: &mut Count, at: usize, c: char) {
    let len = c.len_utf8();
    count.stops_then_punct += usize::from(toks.len() == count.stop_end);
    toks.push(Tok::new(at, at + len, Kind::Punct(c)));
    if matches!(c, '.' | '?' | '!') {
        count.stops += 1;
        count.stop_end = toks.len();
    }
}

fn ends_sentence(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '?' | '!'))
}

/// The token at a non-ASCII byte `i` of `para`, not reaching `limit`;
/// returns where the next one starts.
#[inline(never)]
fn wide(
    para: &str,
    base: usize,
    i: usize,
    limit: usize,
    toks: &mut Vec<Tok>,
    count: &mut Count,
) -> usize {
    let c = para[i..].chars().next().unwrap_or(' ');
    let len = c.len_utf8();
    match char_class(c) {
        Class::Alnum => {
            let e = word_end(para, i, limit);
            toks.push(Tok::new(base + i, base + e, Kind::Word));
            e
        }
        Class::Punct => {
            // No sentence-ending mark is outside ASCII.
            punct(toks, count, base + i, c);
            i + len
        }
        _ => i + len,
    }
}

/// ASCII bytes that end a word wherever they stand: neither a letter or
/// digit nor a mark that may join two parts (`-`, `'`, `.`, `&`).
const PLAIN_STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = !c.is_ascii_alphanumeric() && !matches!(c, b'-' | b'\'' | b'.' | b'&');
        b += 1;
    }
    t
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Alnum,
    Punct,
    /// A byte of a non-ASCII character: decode it to know.
    Other,
}

fn char_class(c: char) -> Class {
    // (The invisible characters too: see `space`.)
    if crate::space::reads_as_space(c) {
        Class::Space
    } else if c.is_alphanumeric() {
        Class::Alnum
    } else {
        Class::Punct
    }
}

/// The ASCII letters and digits: the bytes of [`BYTE_CLASS`]'s
/// [`Class::Alnum`], in a table of their own so that the test for a word
/// stays a branch apart from the class jump.
const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The class of every ASCII byte, as `char_class` gives it; `Other` for
/// the rest.
const BYTE_CLASS: [Class; 256] = {
    let mut t = [Class::Other; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            Class::Alnum
        } else if is_space(c) {
            Class::Space
        } else {
            Class::Punct
        };
        b += 1;
    }
    t
};

/// True when the character starting at byte `i` of `s` is alphanumeric.
#[inline]
pub(crate) fn alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => s[i..].chars().next().is_some_and(char::is_alphanumeric),
    }
}

/// The end of the word starting at byte `start`, not reaching `limit`:
/// letters and digits, joined by `-`, `'`, `’`, `.` or `&` when a letter or
/// digit follows, then a final `.` when the word is an abbreviation.
#[inline(always)]
pub(crate) fn word_end(para: &str, start: usize, limit: usize) -> usize {
    // Most words are a run of ASCII letters and digits ended by a byte that
    // joins nothing: no joiner or abbreviation test.
    let bytes = &para.as_bytes()[..limit];
    if bytes.get(start).is_some_and(u8::is_ascii_alphanumeric) {
        let run = ascii8::alnum_run_end(bytes, start + 1);
        return word_end_from_run(para, start, run, limit);
    }
    word_end_joined(para, start, limit)
}

/// [`word_end`] of `s` from `start` to its end, when the word there is a
/// plain run of ASCII letters and digits ended by a byte that joins
/// nothing (or by the end); None for any other word, and for no word.
#[inline]
pub(crate) fn plain_word_end(s: &str, start: usize) -> Option<usize> {
    let b = s.as_bytes();
    if !b.get(start)?.is_ascii_alphanumeric() {
        return None;
    }
    let run = ascii8::alnum_run_end(b, start + 1);
    match b.get(run) {
        Some(&c) if !PLAIN_STOP[c as usize] => None,
        _ => Some(run),
    }
}

/// [`word_end`] once the run of ASCII letters and digits from `start` is
/// known to end at `run`.
#[inline(always)]
fn word_end_from_run(para: &str, start: usize, run: usize, limit: usize) -> usize {
    let bytes = para.as_bytes();
    if run == limit || PLAIN_STOP[bytes[run] as usize] {
        return run;
    }
    word_end_past_run(para, start, run, limit)
}

/// [`word_end_from_run`] when the byte at `run` (before `limit`) may join
/// or end the word: a joiner, a dot or a non-ASCII byte.
#[inline(never)]
fn word_end_past_run(para: &str, start: usize, run: usize, limit: usize) -> usize {
    let bytes = para.as_bytes();
    let dot_alone = bytes[run] == b'.'
        && (run + 1 == limit || {
            let n = bytes[run + 1];
            n < 0x80 && !n.is_ascii_alphanumeric()
        });
    if dot_alone {
        // A final dot that joins nothing: the word's, if an abbreviation
        // (`is_abbreviation` for a word of ASCII letters and digits only:
        // no dot, no hyphen).
        let w = &para[start..run];
        let single = w.len() == 1 && bytes[start].is_ascii_uppercase();
        return run + usize::from(single || sets::ABBREVIATIONS.contains(w));
    }
    joined_past_run(para, start, run, limit)
}

/// [`word_end_joined`] once the first run of ASCII letters and digits of
/// the word at `start` is known to end at `run`: the common joins, an
/// ASCII mark between ASCII runs (`Smith's`, `well-known`, `12.5`), are
/// stepped over a run at a time; anything else goes on as the joiner walk
/// would from there.
#[inline(never)]
fn joined_past_run(para: &str, start: usize, run: usize, limit: usize) -> usize {
    let bytes = &para.as_bytes()[..limit];
    let mut i = run;
    while i + 1 < limit && JOINER[usize::from(bytes[i])] && bytes[i + 1].is_ascii_alphanumeric() {
        i = ascii8::alnum_run_end(bytes, i + 2);
    }
    let Some(&b) = bytes.get(i) else {
        return i;
    };
    // A joiner before an ASCII byte here joins nothing (the loop took
    // those before letters and digits); a character past ASCII may.
    let next_wide = bytes.get(i + 1).is_some_and(|&n| n >= 0x80);
    if b >= 0x80 || (JOINER[b as usize] && next_wide) {
        return joined_from(para, start, i, i, limit);
    }
    if b == b'.' && is_abbreviation(&para[start..i]) {
        return i + 1;
    }
    i
}

/// The ASCII marks that may join two parts of a word.
const JOINER: [bool; 256] = ascii8::byte_set(b"-'.&");

/// [`word_end`] for a word with joiners, a final dot or non-ASCII letters.
#[inline(never)]
fn word_end_joined(para: &str, start: usize, limit: usize) -> usize {
    joined_from(para, start, start, start, limit)
}

/// The joiner walk of [`word_end_joined`] from byte `i`, with the word
/// so far ending at `e`.
fn joined_from(para: &str, start: usize, mut i: usize, mut e: usize, limit: usize) -> usize {
    let s = &para[..limit];
    let bytes = s.as_bytes();
    while i < limit {
        let b = bytes[i];
        if b < 0x80 {
            if BYTE_CLASS[b as usize] == Class::Alnum {
                i = ascii8::alnum_run_end(bytes, i + 1);
                e = i;
            } else if matches!(b, b'-' | b'\'' | b'.' | b'&') && alnum_at(s, i + 1) {
                i += 1;
            } else {
                break;
            }
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            let n = c.len_utf8();
            if c.is_alphanumeric() {
                i += n;
                e = i;
            } else if c == '’' && alnum_at(s, i + n) {
                i += n;
            } else {
                break;
            }
        }
    }
    if para[e..limit].starts_with('.') && is_abbreviation(&para[start..e]) {
        e += 1;
    }
    e
}

/// True for words whose following dot does not end a sentence.
pub(crate) fn is_abbreviation(w: &str) -> bool {
    let b = w.as_bytes();
    // One capital letter: an initial. Bytes first; a character is decoded
    // only when the word opens with a non-ASCII one.
    let single = match b {
        [c] => c.is_ascii_uppercase(),
        [c, ..] if *c >= 0x80 => {
            let mut cs = w.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        }
        _ => false,
    };
    if single {
        return true;
    }
    // One pass for a dot and the part after the last hyphen (`ex-Gov`).
    let mut after_hyphen = 0;
    let mut after_dot = None;
    for (k, &c) in b.iter().enumerate() {
        if c == b'.' {
            after_dot = Some(k + 1);
        }
        if c == b'-' {
            after_hyphen = k + 1;
        }
    }
    match after_dot {
        // `U.S.`, `a.m.`, `Ph.D.`, but not `Tchadinfos.com.`: a web
        // address ends the sentence its dot closes.
        Some(d) => !is_domain_end(&b[d..]),
        None => sets::ABBREVIATIONS.contains(&w[after_hyphen..]),
    }
}

/// The last part of a web address (`com`, `org`, `info`): three or more
/// lowercase letters, where the parts of an abbreviation are one or two.
fn is_domain_end(tail: &[u8]) -> bool {
    tail.len() >= 3 && tail.iter().all(u8::is_ascii_lowercase)
}

/// The text of a token.
#[inline]
pub(crate) fn text<'a>(input: &'a str, t: &Tok) -> &'a str {
    &input[t.s..t.e]
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `Brown's`, `Brown’s`, `Sanders’`: whether the word ends with a
/// possessive `s` or a plural's possessive mark.
pub(crate) fn is_possessive(w: &str) -> bool {
    possessive_mark_len(w).is_some()
}

/// How many bytes at the end of `w` are its possessive mark (`'s`, `’s`,
/// or the apostrophe after a plural's `s`), when it ends with one.
#[inline]
pub(crate) fn possessive_mark_len(w: &str) -> Option<usize> {
    if w.ends_with("'s") {
        Some(2)
    } else if w.ends_with("’s") {
        Some("’s".len())
    } else if w.ends_with("s'") {
        Some(1)
    } else if w.ends_with("s’") {
        Some("’".len())
    } else {
        None
    }
}

/// `A.` in `Jill A. Martin`: a capital letter and its dot are an initial,
/// never the article (or any other word) the letter spells alone.
#[inline]
pub(crate) fn is_initial(w: &str) -> bool {
    matches!(w.as_bytes(), [c, b'.'] if c.is_ascii_uppercase())
}

/// A word without a final dot and without a possessive `'s`.
pub(crate) fn bare(w: &str) -> &str {
    let w = w.strip_suffix('.').unwrap_or(w);
    owner_stem(w).unwrap_or(w)
}

/// The word `w` without its possessive `'s` (or `’s`), when it ends with
/// one: the owner it names (`minister's`: `minister`).
#[inline]
pub(crate) fn owner_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as it was, a token-by-token loop over the whole
    /// paragraph, to check the one by segments against.
    #[allow(clippy::too_many_lines)]
    fn reference(
        para: &str,
        base: usize,
        pieces: &[Piece],
        out: &mut Vec<Tok>,
        marks: &mut Vec<Mark>,
        tail: bool,
    ) -> Option<usize> {
        out.clear();
        marks.clear();
        let (mut sentences, mut stops, mut after_stop) = (0, 0, false);
        let bytes = para.as_bytes();
        let mut next_piece = 0;
        let mut limit = pieces.first().map_or(para.len(), |p| p.outer_start - base);
        let mut i = 0;
        while i < para.len() {
            if i >= limit {
                let p = &pieces[next_piece];
                sentences += usize::from(after_stop);
                after_stop = false;
                marks.push(Mark {
                    at: out.len(),
                    sentences,
                    stops,
                });
                out.push(Tok::new(
                    p.outer_start,
                    p.outer_end,
                    Kind::Quote(next_piece),
                ));
                i = p.outer_end - base;
                next_piece += 1;
                limit = pieces
                    .get(next_piece)
                    .map_or(para.len(), |p| p.outer_start - base);
                continue;
            }
            let b = bytes[i];
            if b < 0x80 {
                match BYTE_CLASS[b as usize] {
                    Class::Space => i += 1,
                    Class::Alnum => {
                        // `word_end`, knowing that the first byte is a letter
                        // or digit.
                        let run = ascii8::alnum_run_end(&bytes[..limit], i + 1);
                        let e = word_end_from_run(para, i, run, limit);
                        sentences += usize::from(after_stop);
                        after_stop = false;
                        out.push(Tok::new(base + i, base + e, Kind::Word));
                        // The space after a word, stepped over here rather than
                        // by a turn of the loop.
                        i = if bytes.get(e) == Some(&b' ') {
                            e + 1
                        } else {
                            e
                        };
                    }
                    Class::Punct | Class::Other => {
                        after_stop = matches!(b, b'.' | b'?' | b'!');
                        stops += usize::from(after_stop);
                        out.push(Tok::new(base + i, base + i + 1, Kind::Punct(char::from(b))));
                        i += 1;
                        if after_stop && !tail && !pieces.is_empty() && next_piece == pieces.len() {
                            // Every token after this one is text, so the last
                            // ends where the text does.
                            return Some(base + para.trim_end().len());
                        }
                    }
                }
                continue;
            }
            let c = para[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            match char_class(c) {
                Class::Space | Class::Other => i += len,
                Class::Alnum => {
                    let e = word_end(para, i, limit);
                    sentences += usize::from(after_stop);
                    after_stop = false;
                    out.push(Tok::new(base + i, base + e, Kind::Word));
                    i = e;
                }
                Class::Punct => {
                    // No sentence-ending mark is outside ASCII.
                    after_stop = false;
                    out.push(Tok::new(base + i, base + i + len, Kind::Punct(c)));
                    i += len;
                }
            }
        }
        None
    }

    fn agrees_with_reference(p: &str, base: usize) {
        let mut pieces = Vec::new();
        super::super::scan::pieces(p, base, &mut pieces);
        for tail in [true, false] {
            let (mut toks, mut marks) = (Vec::new(), Vec::new());
            let (mut want_toks, mut want_marks) = (Vec::new(), Vec::new());
            let got = tokenize_whole(p, base, &pieces, &mut toks, &mut marks, tail);
            let want = reference(p, base, &pieces, &mut want_toks, &mut want_marks, tail);
            assert_eq!(got.cut, want, "{p:?}");
            let according = toks.iter().any(|t| {
                t.kind == Kind::Word && p[t.s - base..t.e - base].eq_ignore_ascii_case("according")
            });
            assert_eq!(got.according, according, "{p:?}");
            assert_eq!(toks, want_toks, "{p:?}");
            assert_eq!(marks, want_marks, "{p:?}");
            is_a_late_start_of(p, base, &pieces, tail, &want_toks, &want_marks);
        }
    }

    /// The tokens of [`tokenize_marked`] are the last ones of the whole run
    /// `whole` (with `marks`), and their marks count sentences as that run's
    /// do, from another origin; so are they once [`deepen`]ed, when they
    /// start without the sentence before the first quote. How many tokens
    /// of the whole run they leave out, and before deepening if they were.
    fn is_a_late_start_of(
        p: &str,
        base: usize,
        pieces: &[Piece],
        tail: bool,
        whole: &[Tok],
        whole_marks: &[Mark],
    ) -> (usize, Option<usize>) {
        let (mut toks, mut marks) = (Vec::new(), Vec::new());
        let mut got = tokenize_marked(p, base, pieces, &mut toks, &mut marks, tail);
        let whole_cut = tokenize_whole(p, base, pieces, &mut Vec::new(), &mut Vec::new(), tail);
        let check = |toks: &[Tok], marks: &[Mark], got: &Tokenized| {
            let skipped = whole.len() - toks.len();
            assert_eq!(toks, &whole[skipped..], "{p:?}");
            assert_eq!(got.cut, whole_cut.cut, "{p:?}");
            let according = toks.iter().any(|t| {
                t.kind == Kind::Word && p[t.s - base..t.e - base].eq_ignore_ascii_case("according")
            });
            assert_eq!(got.according, according, "{p:?}");
            assert_eq!(marks.len(), whole_marks.len(), "{p:?}");
            if let (Some(a), Some(b)) = (marks.first(), whole_marks.first()) {
                for (m, w) in marks.iter().zip(whole_marks) {
                    assert_eq!(m.at + skipped, w.at, "{p:?}");
                    assert_eq!(w.stops - m.stops, b.stops - a.stops, "{p:?}");
                    assert_eq!(
                        w.sentences - m.sentences,
                        b.sentences - a.sentences,
                        "{p:?}"
                    );
                }
            }
            skipped
        };
        let first = check(&toks, &marks, &got);
        if got.deeper.is_none() {
            return (first, None);
        }
        deepen(p, base, pieces, &mut toks, &mut marks, &mut got);
        assert!(got.deeper.is_none() && got.first_tried, "{p:?}");
        let deep = check(&toks, &marks, &got);
        assert!(deep < first, "{p:?}");
        (deep, Some(first))
    }

    /// Tokens start two words before the sentence end that closes the
    /// sentence before the ones a walk may read, and at the paragraph's
    /// start when a read could pass it; for a first quote that opens its
    /// sentence, two words before the end of the sentence before, until
    /// deepened.
    #[test]
    fn tokens_start_late_only_where_no_walk_reads_before() {
        let cases = [
            (
                "One two three. Four five six. Seven eight, \"Nine,\" he said.",
                4,
                None,
            ),
            (
                "One two three. Four five six. Seven eight. \"Nine,\" he said.",
                4,
                Some(6),
            ),
            (
                "Zero. One two three. Four five six. Seven eight. \"Nine.\"",
                6,
                Some(8),
            ),
            ("A b c. D e f. Mr. Smith said, \"Yes.\"", 4, None),
            ("x y z. A b... C d e. \"F\"", 2, Some(9)),
            ("A b. Mr. Smith said, \"Yes.\"", 0, None),
            // A `(` the search from a `)` may find before the sentence.
            ("W X Y A b (c d. E f) said, \"Yes.\"", 0, None),
            (
                "W X Y A b c d. E f g h i j k l m n o) said, \"Yes.\"",
                0,
                None,
            ),
            (
                "W X Y A b c d. E f g h i j k l m n o p) said, \"Yes.\"",
                4,
                None,
            ),
            ("W X Y A b. C d (e) f. \"Yes.\"", 2, Some(7)),
            ("W X Y A b. C d e f. \"Yes.\" (Really) g", 2, Some(7)),
            ("W X Y A b. C d e f. \"Yes.\" Really) g", 0, None),
            // Deepened from the paragraph's start: a `)` after the
            // sentence end before the quote's sentence.
            ("W X Y A b. C d) e f. \"Yes.\"", 0, Some(7)),
            // An owner the speech-noun search may find before it.
            ("W X Y A b Smith's. Claim that \"yes\" was made.", 0, None),
            (
                "W X Y A b Smith's. His claim that \"yes\" was made.",
                0,
                None,
            ),
            (
                "W X Y A b Smith's. The big claim that \"yes\" was made.",
                3,
                None,
            ),
            ("W X Y A b Smith. Its claim that \"yes\" was made.", 0, None),
            ("W X Y A b Smith's. C d. \"Yes.\"", 3, Some(5)),
            ("W X Y A (b) Smith's. C d (e) f) \"Yes.\"", 3, None),
        ];
        for (p, deep, shallow) in cases {
            let mut pieces = Vec::new();
            super::super::scan::pieces(p, 0, &mut pieces);
            let (mut whole, mut marks) = (Vec::new(), Vec::new());
            for tail in [true, false] {
                tokenize_whole(p, 0, &pieces, &mut whole, &mut marks, tail);
                let got = is_a_late_start_of(p, 0, &pieces, tail, &whole, &marks);
                assert_eq!(got, (deep, shallow), "{p:?}");
            }
        }
    }

    #[test]
    fn segments_tokenize_as_the_whole_walk_does() {
        let paras = [
            "He said. \"Yes.\" She left! \"No,\" he said? \"Why\" ... \"x\"",
            "\"Go,\" she said. Mr. Smith agreed. \"Stop.\" \"Now!\"",
            "No quote at all. Really?",
            "“A” “B”. — «C» !\"D\". é. \"E",
            "\"Unclosed quote runs on   ",
            "\"A\"\"B\" , . ; \"C\"",
            "Café’s O’Neil-Smith said: «Ça va». U.S. A. Dr. e.g. x--y 'z' \u{a0}é\u{2003}.",
            "Trump said, \"No.\" Then... \"Yes!\"? Later, \"Maybe.\" The end. More text here.",
            "",
            " ",
            "\"",
            "a.\"b\"",
        ];
        for p in paras {
            agrees_with_reference(p, 0);
            agrees_with_reference(p, 7);
        }
    }

    #[test]
    fn segments_tokenize_as_the_whole_walk_does_on_the_corpus() {
        super::super::bbc_sample::each_article(80, |text| {
            for p in text.split("\n\n") {
                agrees_with_reference(p, 3);
            }
        });
    }

    /// The marks count as a walk over every token does.
    #[test]
    fn marks_count_what_a_walk_over_the_tokens_counts() {
        let paras = [
            "He said. \"Yes.\" She left! \"No,\" he said? \"Why\" ... \"x\"",
            "\"Go,\" she said. Mr. Smith agreed. \"Stop.\" \"Now!\"",
            "No quote at all. Really?",
            "“A” “B”. — «C» !\"D\". é. \"E",
        ];
        for p in paras {
            let mut pieces = Vec::new();
            super::super::scan::pieces(p, 0, &mut pieces);
            let (mut toks, mut marks) = (Vec::new(), Vec::new());
            tokenize_whole(p, 0, &pieces, &mut toks, &mut marks, true);
            let stop = |t: &Tok| matches!(t.kind, Kind::Punct('.' | '?' | '!'));
            let mut want = Vec::new();
            let (mut sentences, mut stops) = (0, 0);
            for (q, t) in toks.iter().enumerate() {
                if q > 0 && stop(&toks[q - 1]) && !matches!(t.kind, Kind::Punct(_)) {
                    sentences += 1;
                }
                if matches!(t.kind, Kind::Quote(_)) {
                    want.push(Mark {
                        at: q,
                        sentences,
                        stops,
                    });
                }
                stops += usize::from(stop(t));
            }
            assert_eq!(marks, want, "{p}");
        }
    }

    #[test]
    fn plain_words_end_where_the_full_walk_ends_them() {
        let text = "Mr. O’Neil-Smith said U.S. law, AT&T's 12.5% rise; Café's x-y 'z' e.g. A. \
                    Smith's. well-known— x-é y’s a-.b 1.2.3. no.” Sen-. ex-Gov. q&'r t'";
        for start in 0..text.len() {
            if let Some(e) = plain_word_end(text, start) {
                assert_eq!(e, word_end(text, start, text.len()), "{start}");
            }
        }
        for start in 0..text.len() {
            for limit in start + 1..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(limit) {
                    assert_eq!(
                        word_end(text, start, limit),
                        word_end_joined(text, start, limit),
                        "{start}..{limit}"
                    );
                }
            }
        }
    }

    /// [`looks_like_end`] as it was, with the joined-word walk and
    /// [`is_abbreviation`] for every word before a dot.
    fn looks_like_end_slow(para: &str, x: usize, first: usize) -> bool {
        let b = para.as_bytes();
        if !(x + 1 == first || is_space(b[x + 1])) {
            return false;
        }
        if b[x] != b'.' || x == 0 {
            return true;
        }
        let p = b[x - 1];
        if p >= 0x80 {
            return false;
        }
        if !p.is_ascii_alphanumeric() {
            return true;
        }
        let s = ascii8::word_run_start(b, x);
        let w = &b[s..x];
        let joined = w[0].is_ascii_alphanumeric()
            && w.iter().enumerate().all(|(k, &c)| {
                c.is_ascii_alphanumeric()
                    || (matches!(c, b'-' | b'\'' | b'.' | b'&') && w[k + 1].is_ascii_alphanumeric())
            });
        joined && !is_abbreviation(&para[s..x])
    }

    #[test]
    fn sentence_ends_as_the_joined_walk_tells_them() {
        let p = "Mr. A. a. Sen. said. U.S. ex-Gov. 12.5. AT&T. x-y. Smith's. é. aé. \
                 Calif. calif. CALIF. No. no. Etc. -x. .x. x.. St.Louis. z. 9. \"Go.\" Jr.";
        for x in memchr::memrchr3_iter(b'.', b'?', b'!', p.as_bytes()) {
            for first in [x + 1, p.len()] {
                if x + 1 < p.len() || first == x + 1 {
                    let want = looks_like_end_slow(p, x, first);
                    assert_eq!(looks_like_end(p, x, first), want, "{x} {first}");
                }
            }
        }
    }

    #[test]
    fn the_word_table_is_the_alnum_class() {
        for b in 0..=255u8 {
            let alnum = BYTE_CLASS[b as usize] == Class::Alnum;
            assert_eq!(ALNUM[b as usize], alnum, "{b:#x}");
        }
    }

    #[test]
    fn abbreviations_as_the_char_walk_finds_them() {
        fn slow(w: &str) -> bool {
            let mut cs = w.chars();
            let single = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
            let last = w.rsplit('-').next().unwrap_or(w);
            let domain = w
                .rsplit_once('.')
                .is_some_and(|(_, t)| t.len() >= 3 && t.bytes().all(|c| c.is_ascii_lowercase()));
            single || (w.contains('.') && !domain) || sets::ABBREVIATIONS.contains(last)
        }
        let words = [
            "",
            "A",
            "a",
            "Ä",
            "ä",
            "É.",
            "AB",
            "Mr",
            "mr",
            "ex-Gov",
            "Gov-",
            "U.S",
            "Dr",
            "-",
            "Sen",
            "said",
            "Jan",
            "Ö-Mr",
            "1",
            "ÄB",
            "aÄ",
            "Tchadinfos.com",
            "a.m",
            "Ph.D",
            "e.g",
            "x.co",
            "Sen.-elect",
            "CNN.com",
        ];
        for w in words {
            assert_eq!(is_abbreviation(w), slow(w), "{w:?}");
        }
    }

    #[test]
    fn words_and_abbreviations() {
        let p = "Mr. J. R. O’Neil-Smith said. U.S. law";
        let mut v = Vec::new();
        tokenize(p, 0, &[], &mut v);
        let words: Vec<_> = v.iter().map(|t| &p[t.s..t.e]).collect();
        assert_eq!(
            words,
            [
                "Mr.",
                "J.",
                "R.",
                "O’Neil-Smith",
                "said",
                ".",
                "U.S.",
                "law"
            ]
        );
    }

    /// The word ends a block of flags gives are those of the eight-byte
    /// scan, on corpus paragraphs: from every start, in order, and from
    /// the starts of words, as the tokenizer asks.
    #[test]
    fn block_run_ends_agree_with_the_eight_byte_scan_on_the_corpus() {
        super::super::bbc_sample::each_article(20, |text| {
            for p in text.split("\n\n") {
                let b = p.as_bytes();
                let mut every = ascii8::Block::default();
                let mut words = ascii8::Block::default();
                for k in 0..=b.len() {
                    let want = ascii8::alnum_run_end(b, k);
                    assert_eq!(every.run_end(b, k, b.len()), want, "{p:?} {k}");
                    if k == 0 || !b[k - 1].is_ascii_alphanumeric() {
                        assert_eq!(words.run_end(b, k, b.len()), want, "{p:?} {k}");
                    }
                }
            }
        });
    }
}
