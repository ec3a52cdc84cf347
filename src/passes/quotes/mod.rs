//! Quote extraction and speaker attribution.
//!
//! Three steps over the kept paragraphs: [`scan`] pairs quotation marks
//! into pieces, [`attribution`] finds the cue and speaker phrase of each
//! piece (the nom [`grammar`] after a quote, token walks in [`subjects`]
//! elsewhere), and [`speakers`] turns speaker phrases into speakers
//! (fullest name, role, pronoun resolution).
//!
//! A piece with no attribution of its own takes one, in this order, from
//! an attributed piece of the same paragraph (`"...," he said. "..."`),
//! from a next paragraph that only signs it (`- Bernie Sanders.`), from
//! the quote it continues (a paragraph that opens with a quote after
//! an attributed one: via `continuation`), or from the end of the previous
//! paragraph (`Trump said in a statement:`); a paragraph's last piece,
//! left open with none, takes that of the piece that goes on with it in
//! the next paragraph. A piece still without a
//! speaker is kept only when it is long enough to be speech; short ones are
//! scare quotes. Titles, names and nicknames are dropped before that.

mod attribution;
#[cfg(test)]
mod bbc_sample;
mod grammar;
mod hashing;
mod index;
mod names;
mod scan;
mod scratch;
mod speakers;
mod subjects;
mod tokens;

use crate::article::{Article, Quote, Speaker, Via};
use crate::lexicon::{organizations, places, pronouns, sets, titles, verbs};
use crate::pass::Pass;
use crate::span::{Span, Text};
use attribution::{Found, Outcome, Verdict};
use index::NameIndex;
use scan::Piece;
use scratch::Scratch;
use smallvec::SmallVec;
use speakers::{
    gender_of, gender_of_pronoun, is_personal, is_title, names_organization, Entities, Entity,
    Gender, How,
};

/// Finds direct quotations and their speakers, filling [`Article::quotes`].
///
/// The pass clears and rebuilds the quote list, so running it again
/// changes nothing. It looks only at kept paragraphs, so it belongs after
/// boilerplate and duplicate removal (it is the last default pass).
///
/// ```
/// use newsparse::{passes::Quotes, Parser, Via};
///
/// let text = "Title\n\n\
///     \"The main subject will be Syria,\" Russian foreign ministry \
///     spokeswoman Maria Zakharova told AFP.\n\n\
///     \"We are ready,\" she said.\n";
/// let mut parser = Parser::structure_only();
/// parser.push(Quotes::default());
/// let a = parser.parse(text)?;
/// assert_eq!(a.quotes.len(), 2);
/// let q = &a.quotes[0];
/// assert_eq!(q.text, "The main subject will be Syria,");
/// let s = q.speaker.unwrap();
/// assert_eq!(s.name.text, "Maria Zakharova");
/// assert_eq!(s.role.unwrap().text, "Russian foreign ministry spokeswoman");
/// assert_eq!(q.cue.unwrap().text, "told");
/// assert_eq!(q.to.unwrap().text, "AFP");
/// // The pronoun resolves to the earlier speaker.
/// let s = a.quotes[1].speaker.unwrap();
/// assert_eq!((s.mention.text, s.name.text, s.via), ("she", "Maria Zakharova", Via::Pronoun));
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Quotes {
    /// A quote with no speaker is kept only when it has at least this many
    /// words; shorter ones are scare quotes (`the so-called "deal"`).
    pub min_unattributed_words: usize,
}

impl Default for Quotes {
    fn default() -> Self {
        Quotes {
            min_unattributed_words: 6,
        }
    }
}

impl Pass for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn run(&self, article: &mut Article<'_>) {
        article.quotes = self.extract(article.input, &article.paragraphs);
    }

    /// Attribution over a group of articles, then resolution over the
    /// group: each stage's code stays in the instruction cache from one
    /// article to the next. The quotes are those [`Pass::run`] finds.
    fn run_all(&self, articles: &mut [Article<'_>]) {
        let mut scratch = Scratch::take();
        let mut atts = scratch::take_attributed();
        for group in articles.chunks_mut(GROUP) {
            if atts.len() < group.len() {
                atts.resize_with(group.len(), Attributed::default);
            }
            for (a, att) in group.iter().zip(atts.iter_mut()) {
                self.attribute(a.input, &a.paragraphs, &mut scratch, att);
            }
            for (a, att) in group.iter_mut().zip(atts.iter()) {
                a.quotes = self.resolve(a.input, &a.paragraphs, &mut scratch, att);
            }
        }
        scratch::give_attributed(atts);
        scratch.give();
    }
}

/// How many articles [`Pass::run_all`] takes through a stage at a time:
/// enough that the stage's code is read from memory once for many, few
/// enough that what attribution hands on is still in the data cache.
const GROUP: usize = 32;

/// How many bytes back from a pronoun a name brought in since the last
/// quote is looked for (see [`Resolver::new_speaker_before`]): the few
/// sentences before the quote, where news writing names whom a pronoun
/// then quotes, with the sentences that go on about that person between
/// (see [`pronoun_carries_on`]). Farther back a name is as likely someone
/// talked about, and each byte read costs every pronoun.
const NEW_SPEAKER_REACH: usize = 600;

/// The most bytes a bracket after a name runs to its close: a party and
/// state, `(D-Nev.)`, `(R-Texas)`, `(I-Vt.)`.
const TAG_REACH: usize = 24;

/// How many names back a gendered pronoun looks for one of its gender.
const NAME_REACH: usize = 24;

/// How many paragraphs from the article's first a description may stand
/// for the person that paragraph opens with ([`Resolver::lead_anaphor`]).
const LEAD_REACH: usize = 3;

/// More bytes than any given name and the space after it hold.
const GIVEN_NAME_BYTES: usize = 24;

/// The most paragraphs in a row that one quotation may leave open.
const MAX_OPEN_PARAGRAPHS: usize = 4;

/// What a paragraph hands on to a next one that opens with a quote of no
/// attribution of its own: a trailing `X said:` that introduces it, else
/// the paragraph's last cue outside quotes. Kept only for the paragraphs
/// that have one, so most paragraphs push nothing this large.
struct Intro {
    para: usize,
    found: Found,
}

/// A resolved attribution, ready to copy to sibling and continuing quotes.
/// Spans only, sliced when a quote takes it: small enough to copy in
/// registers, where a [`Speaker`] and two texts went through `memcpy`.
#[derive(Clone, Copy)]
struct Attr {
    name: Span,
    role: Option<Span>,
    mention: Span,
    via: Via,
    cue: Option<Span>,
    to: Option<Span>,
}

impl Attr {
    fn speaker<'a>(&self, input: &'a str) -> Speaker<'a> {
        let slice = |s: Span| Text::slice(input, s);
        Speaker {
            name: slice(self.name),
            role: self.role.map(slice),
            mention: slice(self.mention),
            via: self.via,
        }
    }
}

/// What attribution made of an article's paragraphs, for resolution. It
/// borrows nothing: the lists of a group of articles wait, a list each,
/// for the group's resolution.
#[derive(Default)]
pub(super) struct Attributed {
    /// What attribution made of each piece of `pieces`, in the same order.
    verdicts: Vec<Verdict>,
    /// In paragraph order.
    intros: Vec<Intro>,
    /// Every paragraph's pieces, paragraph `k`'s ending at `piece_ends[k]`:
    /// names inside quotes are no names for the index.
    pieces: Vec<Piece>,
    piece_ends: Vec<usize>,
    /// Whether any paragraph holds a quoted piece.
    quoted: bool,
}

impl Attributed {
    /// Empties the lists, or drops any that grew huge.
    pub(super) fn keep(&mut self) {
        scratch::keep(&mut self.verdicts);
        scratch::keep(&mut self.intros);
        scratch::keep(&mut self.pieces);
        scratch::keep(&mut self.piece_ends);
        self.quoted = false;
    }
}

impl Quotes {
    fn extract<'a>(&self, input: &'a str, paras: &[Text<'a>]) -> Vec<Quote<'a>> {
        let mut scratch = Scratch::take();
        let mut att = std::mem::take(&mut scratch.att);
        self.attribute(input, paras, &mut scratch, &mut att);
        let out = self.resolve(input, paras, &mut scratch, &att);
        scratch.att = att;
        scratch.give();
        out
    }

    /// Stage one: pairs the marks of `paras` into pieces and finds each
    /// piece's attribution, into `att` (emptied first). `scratch`'s lists
    /// may hold what an earlier article left in them.
    fn attribute(
        &self,
        input: &str,
        paras: &[Text<'_>],
        scratch: &mut Scratch,
        att: &mut Attributed,
    ) {
        att.verdicts.clear();
        att.intros.clear();
        att.pieces.clear();
        att.piece_ends.clear();
        att.quoted = false;
        scratch.toks.clear();
        scratch.marks.clear();
        let mut marks_at = scratch::take_candidates();
        marks_at.find(input, paras);
        let Attributed {
            verdicts,
            intros,
            pieces: all_pieces,
            piece_ends,
            quoted,
        } = att;
        // An article without a quoted piece has no quote: skip the name
        // index and everything else (pairing marks per paragraph, stopping
        // at the first piece).
        // The paragraphs before the first piece are known to hold none:
        // they are not scanned again below. Pieces are paired straight
        // into the article's list, not copied there from a paragraph's.
        let Some(first) = paras.iter().position(|p| {
            marks_at.pieces(p.text, p.span.start, all_pieces);
            !all_pieces.is_empty()
        }) else {
            scratch::give_candidates(marks_at);
            return;
        };
        *quoted = true;
        let Scratch { toks, marks, .. } = scratch;
        let known = names::Known::new(paras);
        for (pi, p) in paras.iter().enumerate() {
            let from = if pi > first { all_pieces.len() } else { 0 };
            if pi > first {
                marks_at.pieces(p.text, p.span.start, all_pieces);
            }
            let to = if pi < first { 0 } else { all_pieces.len() };
            piece_ends.push(to);
            let pieces = &all_pieces[from..to];
            let next_opens_with_mark = paras
                .get(pi + 1)
                .is_some_and(|n| scan::starts_with_mark(n.text));
            if pieces.is_empty() && !next_opens_with_mark {
                // Nothing here to attribute.
                toks.clear();
            } else {
                // The tokens after the last quote's sentence are read only
                // for a next paragraph's quote.
                let mut tail = next_opens_with_mark;
                let (text, at) = (p.text, p.span.start);
                let mut tokenized = tokens::tokenize_marked(text, at, pieces, toks, marks, tail);
                loop {
                    let outcome = attribution::paragraph_onto(
                        input, toks, marks, tokenized, &known, pieces, verdicts, from,
                    );
                    match outcome {
                        Outcome::Deeper => {
                            tokens::deepen(text, at, pieces, toks, marks, &mut tokenized);
                        }
                        Outcome::Tail if !tail => {
                            tail = true;
                            tokenized =
                                tokens::tokenize_marked(text, at, pieces, toks, marks, tail);
                        }
                        _ => break,
                    }
                }
            }
            debug_assert_eq!(verdicts.len(), to, "a verdict a piece");
            // Only a paragraph that opens with a quotation mark takes its
            // attribution from the one before: skip the search elsewhere.
            // The last cue is looked for only when there is no trailing
            // attribution.
            if next_opens_with_mark {
                let found = attribution::trailing(input, toks, &known)
                    .or_else(|| attribution::last_cue(input, toks, &known));
                if let Some(found) = found {
                    intros.push(Intro { para: pi, found });
                }
            }
        }
        scratch::give_candidates(marks_at);
    }

    /// Stage two: the quotes of the pieces `att` holds, with their
    /// speakers resolved.
    fn resolve<'a>(
        &self,
        input: &'a str,
        paras: &[Text<'a>],
        scratch: &mut Scratch,
        att: &Attributed,
    ) -> Vec<Quote<'a>> {
        if !att.quoted {
            return Vec::new();
        }
        let (verdicts, pieces, ends) = (&att.verdicts, &att.pieces, &att.piece_ends);
        // (Asked only of a quote paragraph with no attribution at all.)
        let known = names::Known::new(paras);
        let Scratch {
            prev_att,
            next_att,
            run_len,
            toks,
            marks,
            ..
        } = scratch;
        // Built where they stay: moved into the resolver, they went
        // through `memcpy` (some 750 bytes an article).
        let mut names = NameIndex::new(input, paras, pieces, ends);
        let mut entities = Entities::default();
        let mut r = Resolver {
            input,
            names: &mut names,
            entities: &mut entities,
            again: false,
            last_start: 0,
            last_name: None,
            runs: Vec::new(),
            quoted_full: SmallVec::new(),
            opened: SmallVec::new(),
        };
        let mut out = Vec::with_capacity(verdicts.len());
        // A paragraph's attributions: few, so no allocation per article.
        // A piece that takes one from elsewhere has it written in its slot.
        let mut attrs: SmallVec<[Option<Attr>; 8]> = SmallVec::new();
        // The last attributed quote of the previous paragraph.
        let mut carried: Option<Attr> = None;
        // Where in `out` the previous paragraph's last quote is when it
        // has no speaker and runs on into this paragraph (no closing
        // mark): this paragraph's opening piece, if attributed, names it.
        let mut open_unattributed: Option<usize> = None;
        open_runs(pieces, ends, run_len);
        for pi in 0..paras.len() {
            let here = scan::paragraph_pieces(ends, pi);
            let (lo, hi) = (here.start, here.end);
            let (vs, ps) = (&verdicts[here.clone()], &pieces[here]);
            let runs_on_unattributed = open_unattributed.take();
            if vs.is_empty() {
                // No quote here, and none to carry on to the next.
                carried = None;
                // `___.`: a live report's rule between its items, each of
                // which names its people anew; no one spoken of before it
                // is whom a pronoun after it means.
                // (The first byte inline: the rest is asked of few.)
                let text = paras[pi].text;
                if text.as_bytes().first() == Some(&b'_') && is_rule(text) {
                    r.start_over(paras[pi].span.end);
                }
                continue;
            }
            attrs.clear();
            // The pieces of one quote share their phrase (`"A," he said,
            // "B."`): asked again right after, it gives what it gave.
            let mut prev: Option<usize> = None;
            for (k, v) in vs.iter().enumerate() {
                let a = match (v.found.as_ref().filter(|_| v.is_quote), prev) {
                    (None, _) => None,
                    (Some(_), Some(p)) if r.again && vs[p].found == v.found => attrs[p],
                    (Some(f), _) => Some(r.attr(f)),
                };
                if a.is_some() {
                    prev = Some(k);
                }
                attrs.push(a);
            }
            // The next paragraph's first piece opens it.
            let next_opens = ends
                .get(pi + 1)
                .is_some_and(|&e| e > hi && pieces[hi].opens_paragraph);
            let next_opens = next_opens && run_len[pi] <= MAX_OPEN_PARAGRAPHS;
            nearest_attributed(&attrs, prev_att, next_att);
            // Where the last attributed quote's attribution is in `attrs`.
            let mut last: Option<usize> = None;
            // The last piece with an attribution of its own in `attrs`,
            // counting those given it in this loop (a continuation, a
            // signature, an introduction), which the nearest attributed
            // pieces, found before the loop, do not know.
            let mut given: Option<usize> = None;
            for (k, (v, piece)) in vs.iter().zip(ps).enumerate() {
                if !v.is_quote || attribution::is_key_or_value(input, piece) {
                    continue;
                }
                let content = &input[piece.start..piece.end];
                // Needed only for a piece with no attribution of its own.
                let speechlike = attrs[k].is_none()
                    && (content
                        .split_whitespace()
                        .nth(self.min_unattributed_words.saturating_sub(1))
                        .is_some()
                        || is_own_sentence(input, paras[pi].span.start, piece));
                let mut at = attrs[k].is_some().then_some(k);
                // The attribution that ends the paragraph before, if this
                // piece opens its own.
                let intro = || intro_before(&att.intros, pi);
                let opens = k == 0 && piece.opens_paragraph;
                // Whether a later attribution in the paragraph was passed
                // over for the one before it.
                let mut passed_over = false;
                // Whether a later attribution that brings in its own quote
                // was passed over for the paragraph before.
                let mut back = false;
                if at.is_none() {
                    // (`"It was a disappointing start ..." "But we are
                    // certainly not out."`: the piece after a continuation
                    // shares it.)
                    let (before, after) = (prev_att[k].max(given), next_att[k]);
                    let same = [before, after]
                        .iter()
                        .flatten()
                        .any(|&o| vs[o].sentence == v.sentence);
                    // `"Two clicks ..." ... The industry has coined the
                    // term "time-shifting"`: a paragraph's opening quote
                    // after an attributed one, or after an attribution
                    // that ends the paragraph before, continues it rather
                    // than take a later sentence's attribution beyond the
                    // next.
                    let far = |o: usize| vs[o].sentence > v.sentence + 1;
                    // `... to minors.` then `"Equally parents ... "We need
                    // ..." Her call was backed by Tessa Jowell who said:`:
                    // the paragraph before left its quotation open, and
                    // one that opens with a mark goes on with it (the
                    // convention for a quotation over paragraphs), however
                    // near the next attribution. A carried attribution
                    // means the paragraph before has pieces.
                    let goes_on = carried.is_some() && !pieces[lo - 1].closed;
                    passed_over = opens
                        && before.is_none()
                        && after.is_some_and(|o| goes_on || far(o))
                        && (carried.is_some() || intro().is_some());
                    // `"..." Mr Sukul said.` then `"...." Mr Mawrey said:
                    // "..."`: a later sentence's attribution that brings in
                    // its own quote (its mention and cue after this piece,
                    // before that one) is that quote's; an opening piece
                    // that ends its sentence goes on with the paragraph
                    // before. (`''...,'' Mr. Daniloff, now 81, said by
                    // telephone. ''...''`: the piece the cue closes is his.)
                    let introduces_next = |o: usize| {
                        vs[o].sentence > v.sentence
                            && attrs[o].is_some_and(|a| {
                                a.mention.start >= piece.outer_end
                                    && a.cue.is_some_and(|c| c.end <= ps[o].outer_start)
                            })
                            && attribution::ends_with_stop(input, piece)
                    };
                    back = opens
                        && !passed_over
                        && after.is_some_and(introduces_next)
                        && (carried.is_some() || intro().is_some());
                    let after = after.filter(|_| !passed_over && !back);
                    if speechlike || same {
                        at = before.or(after);
                    }
                }
                if at.is_none() && k + 1 == vs.len() && piece.closed {
                    // A next paragraph with no piece may only sign this one
                    // (`- Bernie Sanders.`): read only where that would count.
                    let next_has_none = ends.get(pi + 1).is_some_and(|&e| e == hi);
                    let sig = next_has_none
                        .then(|| grammar::signature(input, paras[pi + 1].text))
                        .flatten();
                    if let Some(f) = sig {
                        attrs[k] = Some(r.attr(&f));
                        at = Some(k);
                    }
                }
                if at.is_none() && opens {
                    // (The cue that ends the paragraph before, when it
                    // brought in no quote of its own: `Ian Harris said the
                    // machine would appeal`, then `"...." Harris added:`.)
                    let ending_cue = if back { intro().copied() } else { None };
                    if let Some(f) = ending_cue {
                        // (`"...," he added.` then `"..."`: the phrase of
                        // the quote carried on names whom it named. Asked
                        // again after this paragraph's own phrases, a
                        // pronoun may find someone named since.)
                        let same = carried.filter(|a| a.mention == f.np.mention && a.cue == f.cue);
                        attrs[k] = Some(same.unwrap_or_else(|| r.attr(&f)));
                        at = Some(k);
                    } else if let Some(a) = &carried {
                        attrs[k] = Some(Attr {
                            via: Via::Continuation,
                            ..*a
                        });
                        at = Some(k);
                    } else if passed_over || attrs.iter().all(Option::is_none) {
                        // With no cue before, the name the paragraph before
                        // ends on: read only here, where a quote paragraph
                        // has no attribution at all (it is rare).
                        let found = intro().copied().or_else(|| {
                            last_subject_before(input, paras, &known, att, pi, toks, marks)
                        });
                        if let Some(f) = found {
                            attrs[k] = Some(r.attr(&f));
                            at = Some(k);
                        }
                    }
                }
                if at == Some(k) {
                    given = at;
                }
                // An unclosed piece is a quote only when the next paragraph
                // takes it up; otherwise its mark was stray.
                if (!piece.closed && !next_opens) || (at.is_none() && !speechlike) {
                    continue;
                }
                let attr = at.and_then(|o| attrs[o].as_ref());
                let slice = |s: Span| Text::slice(input, s);
                out.push(Quote {
                    text: content,
                    span: Span::new(piece.start, piece.end),
                    paragraph: pi,
                    speaker: attr.map(|a| a.speaker(input)),
                    cue: attr.and_then(|a| a.cue.map(slice)),
                    to: attr.and_then(|a| a.to.map(slice)),
                });
                if at.is_some() {
                    last = at;
                }
            }
            carried = last.and_then(|o| attrs[o]);
            // `IBM researcher Jim Levine ... "I knew ...` then `"The
            // number ... grows," he said.`: a quotation over paragraphs is
            // one, and the attribution of the piece that goes on with it
            // names the piece it goes on from. (Asked once a paragraph,
            // out of the loop over pieces.)
            if let Some(i) = runs_on_unattributed {
                name_open_quote(&mut out, i, &ps[0]);
            }
            open_unattributed = open_without_speaker(&out, pi, ps);
        }
        out
    }
}

/// Where in `out` the last quote is when it is paragraph `pi`'s last piece
/// (of `ps`), left open at the paragraph's end with no speaker.
fn open_without_speaker(out: &[Quote<'_>], pi: usize, ps: &[Piece]) -> Option<usize> {
    let (q, last) = (out.last()?, ps.last()?);
    let open = q.paragraph == pi && q.span.start == last.start && !last.closed;
    (open && q.speaker.is_none()).then(|| out.len() - 1)
}

/// Gives the quote `out[i]`, left open at its paragraph's end with no
/// speaker, the attribution of the quote after it when that is the piece
/// `first` that opens the next paragraph, going on with it.
#[cold]
#[inline(never)]
fn name_open_quote(out: &mut [Quote<'_>], i: usize, first: &Piece) {
    let Some(next) = out.get(i + 1).filter(|q| q.span.start == first.start) else {
        return;
    };
    let (Some(speaker), cue, to) = (next.speaker, next.cue, next.to) else {
        return;
    };
    if first.opens_paragraph {
        out[i].speaker = Some(Speaker {
            via: Via::Continuation,
            ..speaker
        });
        (out[i].cue, out[i].to) = (cue, to);
    }
}

/// The attribution that ends the paragraph before paragraph `pi`, if any
/// (`intros` are in paragraph order).
#[inline(never)]
fn intro_before(intros: &[Intro], pi: usize) -> Option<&Found> {
    let p = pi.checked_sub(1)?;
    let i = intros.binary_search_by_key(&p, |i| i.para).ok()?;
    Some(&intros[i].found)
}

/// [`attribution::last_subject`] of the paragraph before paragraph `pi`
/// (its pieces held in `att`), tokenized into `toks` and `marks`.
#[inline(never)]
fn last_subject_before(
    input: &str,
    paras: &[Text<'_>],
    known: &names::Known<'_>,
    att: &Attributed,
    pi: usize,
    toks: &mut Vec<tokens::Tok>,
    marks: &mut Vec<tokens::Mark>,
) -> Option<Found> {
    let p = pi.checked_sub(1)?;
    let (text, at) = (paras[p].text, paras[p].span.start);
    let pieces = &att.pieces[scan::paragraph_pieces(&att.piece_ends, p)];
    tokens::tokenize_marked(text, at, pieces, toks, marks, true);
    attribution::last_subject(input, toks, known)
}

/// Whether `piece` (of the paragraph that starts at `para_start`) is a
/// sentence of its own, however short: closed, opening with a capital and
/// ending with its own stop, after a sentence's end (`... the mayor said.
/// "Marco gets it."`). A scare quote or a title is a phrase inside a
/// sentence, not one. (A piece that opens its paragraph is left to the
/// continuation rules.)
fn is_own_sentence(input: &str, para_start: usize, piece: &Piece) -> bool {
    if !piece.closed {
        return false;
    }
    let content = input[piece.start..piece.end].trim();
    let opens_capital = content.chars().next().is_some_and(char::is_uppercase);
    if !opens_capital || !content.ends_with(['.', '?', '!']) {
        return false;
    }
    // What the paragraph holds before the opening mark, less the closing
    // marks of a quote that ended there.
    let before = input[para_start..piece.outer_start]
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’']);
    before.ends_with(['.', '?', '!'])
}

/// For each paragraph (into `run_len`), the length of the run of
/// consecutive paragraphs it belongs to that open a quote and never close
/// it. A long run is a transcript or block layout, not one long quotation.
fn open_runs(pieces: &[Piece], ends: &[usize], run_len: &mut Vec<usize>) {
    let n = ends.len();
    let open_ended = |pi: usize| {
        pieces[scan::paragraph_pieces(ends, pi)]
            .last()
            .is_some_and(|p| !p.closed && p.opens_paragraph)
    };
    run_len.clear();
    run_len.resize(n, 0);
    let mut start = 0;
    for pi in 0..=n {
        if pi == n || !open_ended(pi) {
            let len = pi - start;
            run_len[start..pi].iter_mut().for_each(|r| *r = len);
            start = pi + 1;
        }
    }
}

/// For each piece, the nearest directly attributed piece before and after
/// it, so that unattributed pieces can share one in linear time.
fn nearest_attributed(
    attrs: &[Option<Attr>],
    prev: &mut Vec<Option<usize>>,
    next: &mut Vec<Option<usize>>,
) {
    prev.clear();
    let mut seen = None;
    for (k, a) in attrs.iter().enumerate() {
        prev.push(seen);
        if a.is_some() {
            seen = Some(k);
        }
    }
    next.clear();
    next.resize(attrs.len(), None);
    let mut seen = None;
    for (k, a) in attrs.iter().enumerate().rev() {
        next[k] = seen;
        if a.is_some() {
            seen = Some(k);
        }
    }
}

/// Turns speaker phrases into speakers, in text order.
struct Resolver<'a, 'p, 'r> {
    input: &'a str,
    names: &'r mut NameIndex<'a, 'p>,
    entities: &'r mut Entities<'a>,
    /// True when resolving the last phrase again right after would give
    /// what it gave and change no record.
    again: bool,
    /// Where the last speaker phrase resolved starts: names after it
    /// were not yet quoted (or are its own).
    last_start: usize,
    /// The name the last speaker phrase resolved to.
    last_name: Option<Span>,
    /// Runs before a pronoun, kept for the allocation.
    runs: Vec<Span>,
    /// The full names that quotations give lone surnames, as asked
    /// ([`Resolver::quoted_full_name`]).
    quoted_full: SmallVec<[(&'a str, Option<Span>); 4]>,
    /// The lone words [`Resolver::opened_by`] searched the text for, each
    /// with where its search stopped and the name it found there.
    opened: SmallVec<[Opened<'a>; 4]>,
}

/// One word's search by [`Resolver::opened_by`]: the text before byte
/// `to` was searched, and `found` is the first name it opens there.
#[derive(Clone, Copy)]
struct Opened<'a> {
    word: &'a str,
    to: usize,
    found: Option<Span>,
}

/// How many different words an article's text is searched for by
/// [`Resolver::opened_by`]: each word's searches read the text once in
/// all, so a bound on the words keeps an article's time linear in its
/// length (a text of thousands of lone surnames would otherwise be read
/// once for each). A news text asks a few.
const OPENED_WORDS: usize = 32;

/// How far before where a word's last search stopped its next one starts
/// ([`Resolver::opened_by`]): a name read from a place found near the end
/// may have been cut there.
const OPENED_OVERLAP: usize = 64;

impl<'a> Resolver<'a, '_, '_> {
    fn attr(&mut self, f: &Found) -> Attr {
        let input = self.input;
        let mention = f.np.mention;
        // A name is recorded again as it was: see [`Resolver::pronoun`]
        // for a pronoun.
        self.again = true;
        let since = self.last_start;
        self.last_start = since.max(mention.start);
        let (name, role, via) = match f.np.how {
            How::Name => {
                let e = self.named(mention, f.np.role);
                (e.name, e.role, Via::Name)
            }
            How::Pronoun => {
                let e = match f.np.antecedent {
                    // (The antecedent's role, if it was read with one.)
                    Some(a) => Some(self.named(a, f.np.role)),
                    None => self.pronoun(mention, since),
                };
                (
                    e.map_or(mention, |e| e.name),
                    e.and_then(|e| e.role),
                    Via::Pronoun,
                )
            }
            // (With a cue: `The Tory proposals are "..."` is no person.)
            How::Description if f.cue.is_some() && is_anaphor(&input[mention.range()]) => {
                match self.anaphor(mention) {
                    Some(e) => (e.name, e.role, Via::Description),
                    None => self.description(mention),
                }
            }
            How::Description if described_person(&input[mention.range()]) => {
                match self.described_run(mention) {
                    Some(run) => {
                        let e = self.named(run, None);
                        (e.name, e.role, Via::Description)
                    }
                    // `Finnan, who starred against the French, is
                    // confident ... said the Liverpool player`: with no one
                    // named with the role, the person the text is about,
                    // as for an age; for a role of sport or show business
                    // only (an office's holder may be anyone named).
                    None if f.cue.is_some() && is_epithet(&input[mention.range()]) => {
                        match self.anaphor(mention) {
                            Some(e) => (e.name, e.role, Via::Description),
                            None => self.description(mention),
                        }
                    }
                    // `Gordon Brown has issued a rallying cry ...` then
                    // `The chancellor said`: an office's holder is the one
                    // the lead opens with, while the story is still on him.
                    None if f.cue.is_some() => match self.lead_anaphor(mention) {
                        Some(run) => {
                            let e = self.named(run, None);
                            (e.name, e.role, Via::Description)
                        }
                        None => self.qualified_office(mention),
                    },
                    None => self.description(mention),
                }
            }
            // `An angry Beattie said`: the person, shown in a mood.
            How::Description => match named_in_a_mood(&input[mention.range()])
                .or_else(|| named_with_age(&input[mention.range()]))
            {
                Some(at) => {
                    let e = self.named(Span::new(mention.start + at, mention.end), None);
                    (e.name, e.role, Via::Description)
                }
                None if f.cue.is_some() => self.qualified_office(mention),
                None => self.description(mention),
            },
        };
        // `CNN's Gloria Borger`: the person is named after the possessive;
        // what owns the name is where she works, a role when none is known.
        // So too in a description (`The Post's Ruth Marcus puts it`), when
        // every word after the possessive is capitalized and none a title
        // (not `Bush's Facebook post`, `Acme's President`).
        let split = match via {
            Via::Name | Via::Pronoun => affiliated(input, name),
            Via::Description => affiliated(input, name).filter(|(_, person)| {
                input[person.range()]
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_title(w))
            }),
            _ => None,
        };
        let (name, role) = match split {
            Some((owner, person)) => (person, role.or(Some(owner))),
            None => (name, role),
        };
        self.last_name = Some(name);
        Attr {
            name,
            role,
            mention,
            via,
            cue: f.cue,
            to: f.to,
        }
    }

    /// `the senator said`, `the home secretary said`: the person named
    /// last after that role (`Senator Ann Lee`, `the senator Ann Lee`,
    /// `Home Secretary Charles Clarke`, not `Deputy Senator`),
    /// within [`NAME_REACH`] runs (past them, among the runs of the first
    /// two paragraphs) and [`index::BYTE_REACH`] bytes; else, when the
    /// first two paragraphs lie farther back, among their first
    /// [`index::BYTE_REACH`] bytes, where the story names its people
    /// (`architect Marwan Al-Sayed` in the lead, `the architect says` 2,000
    /// bytes on). A role alone may stand for someone named well before,
    /// not the last named.
    fn described_run(&mut self, mention: Span) -> Option<Span> {
        let input = self.input;
        let floor = char_start_from(
            input,
            mention.start.saturating_sub(index::BYTE_REACH),
            mention.start,
        );
        if let Some(run) = self.described_run_within(mention, floor, mention.start) {
            return Some(run);
        }
        let lead = self.names.paragraph_start(0)?;
        let lead_end = self.names.paragraph_start(2).unwrap_or(usize::MAX);
        let hi = lead_end.min(floor).min(lead + index::BYTE_REACH);
        let hi = (lead..=hi).rev().find(|&k| input.is_char_boundary(k))?;
        if hi <= lead {
            return None;
        }
        self.described_run_within(mention, lead, hi)
    }

    /// [`Resolver::described_run`] among the runs between bytes `floor` and
    /// `hi` (character boundaries, `hi` at most where `mention` starts).
    fn described_run_within(&mut self, mention: Span, floor: usize, hi: usize) -> Option<Span> {
        let input = self.input;
        let (_, noun) = input[mention.range()].split_once(' ')?;
        // `Florida Sen. Marco Rubio` is `the Florida senator`: the words
        // before the role's last one, and the abbreviation of that one.
        let at = noun.rfind(' ').map_or(0, |k| k + 1);
        let (lead, last) = noun.split_at(at);
        let short = titles::abbreviation_of(last);
        // Most such roles were named before with no name after them: a
        // search of the bytes says so before any run is read. The role as
        // written is found by its last word but the first letter, which
        // is compared with the words before in any case.
        let bytes = &input.as_bytes()[floor..hi];
        let named_so =
            |lead: &[u8], tail: &[u8]| !tail.is_empty() && role_before_capital(bytes, lead, tail);
        let (with_letter, tail) = noun.as_bytes().split_at((at + 1).min(noun.len()));
        if !named_so(with_letter, tail)
            && !short.is_some_and(|abbr| named_so(lead.as_bytes(), abbr.as_bytes()))
        {
            return None;
        }
        // Past [`NAME_REACH`] names, only those of the first two
        // paragraphs, where the story names its people (`Foreign Secretary
        // Jack Straw said` there, `The foreign secretary meanwhile said`
        // twenty names on): elsewhere so far back, the role is as often
        // another holder's (`Sen. John McCain ... "...," the senator says`
        // of Ted Cruz).
        let lead_end = self.names.paragraph_start(2).unwrap_or(usize::MAX);
        let mut pos = hi;
        for k in 0.. {
            let run = self.names.run_before(pos).filter(|r| r.end >= floor)?;
            pos = run.start;
            if k >= NAME_REACH && run.end > lead_end {
                continue;
            }
            let head = input[..run.start].trim_end();
            let abbreviated = || {
                let rest = strip_role(head, short?)?;
                match lead.trim_end() {
                    "" => Some(rest),
                    lead => strip_role(rest, lead),
                }
            };
            let Some(rest) = strip_role(head, noun).or_else(abbreviated) else {
                continue;
            };
            // (`Deputy Mayor Nicky Gavron` is not `the mayor`, nor `Lt. Gov.
            // Tom Hale` `the governor`.)
            let other =
                crate::lexicon::contains_ci(titles::OTHER_ROLE_LEADS, index::last_word(rest));
            if !other && may_name_person(input, run) {
                return Some(run);
            }
        }
        None
    }

    /// A description that names no one it stands for (`officials`, `the
    /// report`): the speaker it names, of the gender its words say.
    fn description(&mut self, mention: Span) -> (Span, Option<Span>, Via) {
        self.described(mention);
        (mention, None, Via::Description)
    }

    /// The speaker a description names, recorded as the last to speak:
    /// of the gender its words say, a person when a title is among them
    /// (`a Home Office spokesman`).
    fn described(&mut self, mention: Span) -> Entity {
        let input = self.input;
        let text = &input[mention.range()];
        let person = text.split_whitespace().any(is_title);
        self.entities.spoke(
            input,
            Entity {
                name: mention,
                role: None,
                gender: gender_of(text),
                given: Gender::Unknown,
                unisex: false,
                person,
            },
        )
    }

    /// Whom a description that stands for a person named before it
    /// ([`is_anaphor`]: `the 30-year-old`, `the American`) means: the last
    /// name before it, within [`NEW_SPEAKER_REACH`] bytes (else within
    /// [`index::BYTE_REACH`]: [`Resolver::anaphor_run`]), that is the
    /// subject of its sentence: the person the text is about, not the
    /// last who spoke nor the last named (`"...," said McEnroe. Roddick
    /// lost to Moya. "...," said the American`). None when no such name
    /// is a full name or the surname of one ([`Resolver::full_name`]).
    fn anaphor(&mut self, mention: Span) -> Option<Entity> {
        let topic = self.anaphor_run(mention)?;
        Some(self.named(topic, None))
    }

    /// The run [`Resolver::anaphor`] names when it opens the article's
    /// first paragraph and `mention` is within [`LEAD_REACH`] paragraphs
    /// of it: the person the story is about, while no one else is named
    /// in full as a subject, a verb after the name, or as an owner
    /// (`Tony Blair has failed, Michael Howard has said.` then `the
    /// Conservative leader said`: either may hold the office; not `he told
    /// Gordon Brown`, `attack Tory leader Michael Howard`: one told or
    /// attacked is not whom the story is about).
    fn lead_anaphor(&mut self, mention: Span) -> Option<Span> {
        let input = self.input;
        let lead = self.names.paragraph_start(0)?;
        let near = self
            .names
            .paragraph_start(LEAD_REACH)
            .map_or(true, |p| mention.start < p);
        // (A full name opens the lead with a given name: asked first, by
        // its first word, as the name runs cost a read of the text. The
        // space is looked for among the first bytes only, so that a lead
        // with none is not read whole for every description.)
        let given = || {
            let head = &input.as_bytes()[lead..];
            head.iter()
                .take(GIVEN_NAME_BYTES)
                .position(|&b| b == b' ')
                .is_some_and(|n| sets::GIVEN_NAMES.contains(&input[lead..lead + n]))
        };
        if !near {
            return None;
        }
        let opening = if given() {
            self.anaphor_run(mention).filter(|run| run.start == lead)
        } else {
            None
        };
        let topic = match opening {
            Some(run) => run,
            None => self.lead_speaker(mention, lead)?,
        };
        let surname = index::last_word(&input[topic.range()]);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(topic.end, mention.start, &mut runs);
        let other = runs.iter().any(|r| {
            let t = &input[r.range()];
            let named_as_subject = || verb_follows(input, *r) || input[r.end..].starts_with("'s");
            opens_with_given_name(t) && index::last_word(t) != surname && named_as_subject()
        });
        self.runs = runs;
        (!other).then_some(topic)
    }

    /// The person a lead that ends with who said it names (`Britain's
    /// rebate is not up for renegotiation, Jack Straw said.`): a full name
    /// after a comma of the lead's first sentence, then a cue (maybe after
    /// `has`) and the sentence's full stop, with no title before it but the
    /// one `mention` names (not `Chancellor Gordon Brown has said.` for
    /// `the foreign secretary`).
    ///
    /// Only within [`index::BYTE_REACH`] bytes of the lead: the lead is
    /// read for each description, so that a long one read again for each
    /// of many would cost time that grows as its length times theirs.
    fn lead_speaker(&mut self, mention: Span, lead: usize) -> Option<Span> {
        let input = self.input;
        if mention.start.saturating_sub(lead) > index::BYTE_REACH {
            return None;
        }
        let para_end = self.names.paragraph_start(1).unwrap_or(mention.start);
        // (A mention before the lead, in the headline, has none.)
        let bytes = input.as_bytes().get(lead..para_end.min(mention.start))?;
        let stop = sentence_ends(bytes).next()?;
        let end = lead + stop;
        // (A cue ends most leads not: asked before their runs are read.)
        if !sets::CUES.contains(index::last_word(&input[lead..end])) {
            return None;
        }
        let noun = index::last_word(&input[mention.range()]);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lead, end, &mut runs);
        let speaker = runs.iter().copied().find(|&r| {
            let after = &input[r.end..end];
            let after = after.strip_prefix(" has").unwrap_or(after);
            let cue_ends = after
                .strip_prefix(' ')
                .is_some_and(|w| sets::CUES.contains(w));
            // The words between the comma and the name: a title there, or
            // the run's own first word, is the office it holds.
            let Some(comma) = input[lead..r.start].rfind(',') else {
                return false;
            };
            let held = input[lead + comma + 1..r.end]
                .split_whitespace()
                .filter(|w| is_title(w))
                .all(|w| w.eq_ignore_ascii_case(noun));
            cue_ends
                && held
                && opens_with_given_name(&input[r.range()])
                && may_name_person(input, r)
        });
        self.runs = runs;
        speaker
    }

    /// Forgets who spoke last, keeping what is known of each speaker (a
    /// role, a gender), and reads for new speakers from byte `at` on: a
    /// new item of a live report starts there.
    #[cold]
    fn start_over(&mut self, at: usize) {
        self.entities.forget_recent();
        self.last_name = None;
        self.last_start = self.last_start.max(at);
    }

    /// `"...," the Florida senator said`, `said the Warriors chief`: an
    /// office with words that place it (a state, a town, a club;
    /// [`is_qualified_office`]) that a cue follows, where no one named
    /// before holds it in so many words, stands for the subject named last
    /// within [`NEW_SPEAKER_REACH`] bytes, the person the text is about, as
    /// an age does ([`Resolver::anaphor_run_between`]); else the
    /// description.
    fn qualified_office(&mut self, mention: Span) -> (Span, Option<Span>, Via) {
        let text = &self.input[mention.range()];
        if is_qualified_office(text) {
            // (`the senior Cruz adviser`: not Cruz.)
            let lo = mention.start.saturating_sub(NEW_SPEAKER_REACH);
            let topic = self.anaphor_run_between(lo, mention.start).filter(|run| {
                let surname = index::last_word(&self.input[run.range()]);
                !text.split(' ').any(|w| w == surname)
            });
            // (`the senior Cruz adviser` after `Committee Chairman Roger
            // Wicker said`: an office of a person named in the text is
            // held by someone else.)
            if let Some(run) = topic.filter(|_| !self.names_person_in(mention)) {
                let e = self.named(run, None);
                return (e.name, e.role, Via::Description);
            }
        }
        self.description(mention)
    }

    /// Whether a capitalized word of the description `mention` is the
    /// surname of a person named in full, with a given name, in the text
    /// (not `Jersey` of `New Jersey`).
    fn names_person_in(&mut self, mention: Span) -> bool {
        let input = self.input;
        let mut at = mention.start;
        for w in input[mention.range()].split(' ') {
            let word = Span::new(at, at + w.len());
            at = word.end + 1;
            if !tokens::is_cap(w) || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            let full = &input[self.names.fullest(word).range()];
            if full.len() > w.len() && full.ends_with(w) && opens_with_given_name(full) {
                return true;
            }
        }
        false
    }

    /// The run [`Resolver::anaphor`] names, with nothing recorded: within
    /// [`NEW_SPEAKER_REACH`] bytes; else, farther back, within
    /// [`index::BYTE_REACH`] (`Henin-Hardenne slid down the world rankings
    /// ... she was forced off the circuit ... she still won five ... "...,"
    /// said the 22-year-old`: the sentences between go on about her).
    fn anaphor_run(&mut self, mention: Span) -> Option<Span> {
        let lo = mention.start.saturating_sub(NEW_SPEAKER_REACH);
        if let Some(run) = self.anaphor_run_between(lo, mention.start) {
            return Some(run);
        }
        let far = mention.start.saturating_sub(index::BYTE_REACH);
        (far < lo)
            .then(|| self.anaphor_run_between(far, lo))
            .flatten()
    }

    /// [`Resolver::anaphor_run`] among the runs between bytes `lo` and
    /// `hi`.
    fn anaphor_run_between(&mut self, lo: usize, hi: usize) -> Option<Span> {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, hi, &mut runs);
        // A full name, or the surname of one, as for a new speaker
        // (`Arsenal lost`, `Wearing a frock, Miller told`: one word alone
        // is as often no person); no photo credit (`Neilson Barnard via
        // Getty Images.`).
        let mut topic = None;
        for &run in runs.iter().take(NAME_REACH) {
            let person = opens_as_subject(input, run)
                && may_name_person(input, run)
                && !names_organization(&input[run.range()])
                && !input[run.end..].starts_with(" via ");
            // (`Man-of-the-match Duff explained`: a title before a surname
            // says a person too; not kin, `His wife Sharon`, whom the text
            // is about less often than the one whose kin she is.)
            let titled = || {
                let w = index::last_word(&input[..run.start]);
                is_title(w) && !crate::lexicon::contains_ci(titles::KIN, w)
            };
            if person && (self.full_name(run).is_some() || titled()) {
                topic = Some(run);
                break;
            }
        }
        self.runs = runs;
        topic
    }

    /// Whom a pronoun stands for: no one named for `I` or `we` outside
    /// quotation marks (the writer's); else a name brought in with a cue
    /// since the last quote ([`Resolver::new_speaker_before`]), else a
    /// recent speaker of its gender (by a title, a role or a given name),
    /// else a name of its gender just before it, else a recent speaker of
    /// unknown gender, else the last name before it.
    ///
    /// Asked again right after, it finds the same: what the first asking
    /// recorded or changed makes the second find it sooner. All but the
    /// last name of unknown gender, which the second asking would find as
    /// a recent speaker and give the pronoun's gender ([`Resolver::again`]
    /// false).
    fn pronoun(&mut self, mention: Span, since: usize) -> Option<Entity> {
        let input = self.input;
        let p = &input[mention.range()];
        // `"Okay," I said`, `What we said: "..."`: outside quotation marks,
        // `I` and `we` are the writer's, whom the text rarely names, not
        // the last to speak.
        if speakers::is_first_person(p)
            && self
                .names
                .any_unquoted(mention.start, mention.end, |_| true)
        {
            return None;
        }
        let want = gender_of_pronoun(p);
        if want != Gender::Unknown {
            // A spokesman who spoke since, unnamed, unless a person named
            // speaking came after.
            let lo = since.max(mention.start.saturating_sub(NEW_SPEAKER_REACH));
            let unnamed = unnamed_speaker_before(input, lo, mention.start, want).filter(|d| {
                quotes_open_paragraphs(&input[d.end..mention.start])
                    && !self.person_opens_between(d.end, mention.start)
            });
            // (`A spokesman for the UK Film Council said`: a name the
            // description holds is for `new_speaker_before` to read.)
            let named = self
                .new_speaker_before(mention.start, since, want)
                .filter(|run| unnamed.map_or(true, |d| run.end > d.start));
            if let (None, Some(d)) = (named, unnamed) {
                // `the Lib Dem spokesman` after `Lib Dem spokesman Vince
                // Cable said`: the one named so before. (`A spokesman`
                // brings in someone not named.)
                let article = input[d.range()].split(' ').next().unwrap_or("");
                if !crate::lexicon::contains_ci(pronouns::INDEFINITE_ARTICLES, article) {
                    if let Some(run) = self.described_run(d) {
                        return Some(self.named(run, None));
                    }
                }
                return Some(self.described(d));
            }
            if let Some(run) = named {
                let e = self.named(run, None);
                if e.gender != Gender::Unknown {
                    return Some(e);
                }
                // The pronoun gives the name its gender: asked again, the
                // recent speaker of that gender is this one.
                let e = Entity { gender: want, ..e };
                return Some(self.entities.spoke(input, e));
            }
        }
        // `Allianz said it did not know ... However, it said`: a body
        // named as the subject of a sentence since the last speaker.
        if p.eq_ignore_ascii_case("it") {
            if let Some(run) = self.body_opening_since(mention.start, since) {
                let e = self.named(run, None);
                return Some(self.entities.spoke(input, Entity { person: false, ..e }));
            }
            // `The committee reached its conclusions ... It warned`: a
            // body described, not named, as such a subject. It answers for
            // this `it` alone, read from the sentences around it, and joins
            // no list of speakers: a later `it` may mean something else
            // described (`Mr Crosby's statement said`).
            if let Some(d) = body_described_since(input, mention.start, since) {
                return Some(Entity {
                    name: d,
                    role: None,
                    gender: Gender::Unknown,
                    given: Gender::Unknown,
                    unisex: false,
                    person: false,
                });
            }
        }
        // `Mr. Obama dismissed the criticism as the voice of Mr. Tribe's
        // client. "...," he said`: a pronoun that opens its sentence goes
        // on about the subject of the sentence before, a person of its
        // gender, rather than the last to speak (Tribe), when that
        // sentence holds no quotation (a speaker's is the resolver's to
        // read).
        if want != Gender::Unknown {
            if let Some(run) = self.subject_of_sentence_before(mention.start, since, want) {
                return Some(self.named(run, None));
            }
        }
        // `"...," Obama said after meeting with Putin. He didn't suggest
        // retaliation.`: a pronoun that opens the sentence right after the
        // last speaker's (after a quote, maybe) goes on about that speaker,
        // of whom nothing said the gender, rather than an earlier one of
        // its gender.
        if let Some(last) = self.last_name.filter(|_| want != Gender::Unknown) {
            let placed = || opens_the_next_sentence(input, since, mention.start);
            let last = &input[last.range()];
            if let Some(e) = self
                .entities
                .last_of_unknown_gender(input, last, want, placed)
            {
                return Some(e);
            }
        }
        if let Some(e) = self.entities.resolve(p, true) {
            return Some(e);
        }
        if want != Gender::Unknown {
            let run = self
                .names
                .gendered_run_before(mention.start, want, NAME_REACH);
            if let Some(run) = run {
                // (`The Brazilian confirmed ... reports that food was
                // thrown at Sir Alex Ferguson. "...," he told`: the
                // sentence is about the person its epithet stands for.)
                let run = self.described_subject(run, want).unwrap_or(run);
                return Some(self.named(run, None));
            }
        }
        // `said Murphy ... He was joined on the call by Ilyse Hogue. She
        // said`: a sentence since the last speaker phrase (within
        // [`NEW_SPEAKER_REACH`] bytes) that opens with the other gender's
        // pronoun, outside quotations, most likely goes on about that
        // speaker, so a speaker of unknown gender is not whom this one
        // means.
        let other_since = other_subject_pronoun(want).is_some_and(|other| {
            let lo = since.max(mention.start.saturating_sub(NEW_SPEAKER_REACH));
            self.names
                .any_unquoted(lo, mention.start, |text| holds_word(text, other))
        });
        if !other_since {
            if let Some(e) = self.entities.resolve(p, false) {
                return Some(e);
            }
        }
        let run = if is_personal(p) {
            self.person_run_before(mention.start, want)?
        } else {
            // `voted into power last May after it pledged`: a month that
            // may be a name is a person or a date, no thing `it` stands for.
            // `Senate Democrats blocked the bill because they said`: `they`
            // stands for a name of people, no other (`Critics of Scott
            // Fitzgerald were harsh. They said`).
            let plural = speakers::is_they(p);
            // `Chairman Sir Archy Kirkwood said ... It warned`: `it` stands
            // for no one a courtesy title or a given name says is a person,
            // unless for the person's thing (`Mr Crosby's statement said
            // ... It added`).
            let it = p.eq_ignore_ascii_case("it");
            let fits_it = |r: Span| !it || !names_person(input, r) || possessive_at(input, r.end);
            let run = self.names.run_before(mention.start).filter(|r| {
                let run = &input[r.range()];
                !speakers::is_name_month(run) && (!plural || names_people(run)) && fits_it(*r)
            })?;
            self.body_of(run)
        };
        let e = self.named(run, None);
        self.again = e.gender != Gender::Unknown;
        Some(e)
    }

    /// The body (no person) named last as the subject of a sentence or
    /// clause between the last speaker phrase (from `since`) and `pos`,
    /// within [`NEW_SPEAKER_REACH`] bytes: whom an `it` there stands for.
    /// None when the last run that opens a sentence or clause has no verb
    /// after it, or may name a person, or names people.
    fn body_opening_since(&mut self, pos: usize, since: usize) -> Option<Span> {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        let lo = it_context_start(input, pos, since);
        self.names.runs_between(lo, pos, &mut runs);
        let mut found = None;
        for &run in runs.iter().take(NAME_REACH) {
            // (`The LSE rejected`: a body's name may take an article, and
            // its short name after it, `The American Film Institute (AFI)
            // hailed`.)
            let start = input[..run.start]
                .strip_suffix("The ")
                .or_else(|| input[..run.start].strip_suffix("the "))
                .map_or(run.start, str::len);
            let subject = Span::new(start, run.end + short_name_len(&input[run.end..]));
            if !opens_as_subject(input, subject) {
                continue;
            }
            if !verb_follows(input, subject) {
                break;
            }
            let text = &input[run.range()];
            // (`Analysts said`: people, whom `they` stands for.)
            if names_people(text) || subjects::DESCRIPTIVE_PLURALS.contains(text) {
                break;
            }
            // No person: no title, no given name, no surname of a full
            // name (`Deutsche Boerse said`, `Allianz, a leading German
            // insurer, said`).
            let person = may_name_person(input, run)
                && !names_organization(text)
                && (gender_before(input, run.start) != Gender::Unknown
                    || after_peerage(input, run.start)
                    || {
                        let name = &input[self.names.fullest(run).range()];
                        opens_with_given_name(name) || (!text.contains(' ') && name.contains(' '))
                    });
            if !person {
                found = Some(self.body_of(run));
            }
            break;
        }
        self.runs = runs;
        found
    }

    /// The name that opens as its subject the sentence before the one that
    /// the pronoun at byte `at` opens, when that sentence starts after the
    /// last speaker phrase (at `since`) and holds no quotation, and the
    /// name is a person's of gender `want` ([`Resolver::pronoun`]).
    fn subject_of_sentence_before(
        &mut self,
        at: usize,
        since: usize,
        want: Gender,
    ) -> Option<Span> {
        let input = self.input;
        // Asked first, and cheaply: two sentences end between the last
        // speaker phrase and the pronoun (most follow their speaker's
        // sentence).
        let gap = &input.as_bytes()[since.min(at)..at];
        sentence_ends(gap)
            .chain(memchr::memchr_iter(b'\n', gap))
            .nth(1)?;
        let s = sentence_start(input, at);
        if s <= since || !opens_its_sentence(input, at, s) {
            return None;
        }
        let ps = sentence_start(input, s - 1);
        let sentence = &input[ps..s];
        if ps < since || holds_quotation_mark(sentence) {
            return None;
        }
        // The capitalized words that open the sentence, one that may start
        // a name first: the name index is asked only for the run they end
        // (reading the whole sentence's names cost more than the rule).
        let lead = sentence.trim_start();
        let first = lead.split(' ').next().unwrap_or("");
        // (One lookup for the three classes: `grammar::classes`.)
        let not_a_name = grammar::FUNCTION | grammar::DETERMINER | grammar::PRONOUN;
        if !first.starts_with(|c: char| c.is_ascii_uppercase())
            || grammar::classes(first) & not_a_name != 0
        {
            return None;
        }
        let mut end = s - lead.len();
        for w in lead.split(' ') {
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                break;
            }
            end += w.len() + 1;
        }
        let run = self.names.run_before(end.min(s))?;
        if run.start < ps || !opens_as_subject(input, run) || !may_name_person(input, run) {
            return None;
        }
        // (`Federer admitted he was`: a name of no gender known, which the
        // pronoun after its cue gives.)
        let gender = self.names.gender(run);
        let says_gender = || {
            let rest = input[run.end..s].strip_prefix(' ').unwrap_or("");
            gender == Gender::Unknown && cue_then_pronoun(rest, want)
        };
        (gender == want || says_gender()).then_some(run)
    }

    /// The first name of two or three words before `word` that `word`
    /// opens (its other words capitalized, none a title), whose last word
    /// is no body's head (`Bank`, `Party`), unless `word` is an acronym;
    /// a firm's name counts otherwise (`Peabody` after `Peabody Energy`).
    /// Found in the text, the name index asked only to confirm what it
    /// finds: most lone names (`Reuters`) open none, and reading every
    /// name before them from the index cost more than the rest of the
    /// resolver.
    fn opened_by(&mut self, word: Span) -> Option<Span> {
        let input = self.input;
        let w = &input[word.range()];
        // (`UKIP offered` is the party's, not `UKIP MEPs`'s.)
        if crate::dateline::is_all_caps(w) {
            return None;
        }
        // The first name the word opens stays the first for a later
        // mention; where none was found, the search goes on from where it
        // stopped. (Resolution runs in text order: a mention before where
        // the last search stopped, asked again, is searched for anew.)
        let known = self.opened.iter().position(|o| o.word == w);
        let from = match known.map(|k| self.opened[k]) {
            Some(o) if o.found.is_some_and(|run| run.end <= word.start) => return o.found,
            Some(o) if o.found.is_none() && o.to <= word.start => {
                o.to.saturating_sub(OPENED_OVERLAP)
            }
            Some(_) => 0,
            None if self.opened.len() >= OPENED_WORDS => return None,
            None => 0,
        };
        let hay = &input.as_bytes()[..word.start];
        let mut found = memchr::memmem::find_iter(&hay[from..], w.as_bytes()).filter_map(|k| {
            let k = from + k;
            if k > 0 && hay[k - 1].is_ascii_alphanumeric() {
                return None;
            }
            let end = name_opened_at(input, k + w.len(), word.start)?;
            let run = Span::new(k, end);
            let text = &input[run.range()];
            (!names_organization(text) && may_name_person(input, run)).then_some(run)
        });
        // The name index reads the few the text offers: a run of its own in
        // a paragraph (no headline's `Obama Says African-American`).
        let found = found.find(|&run| self.names.run_before(run.end + 1) == Some(run));
        let searched = Opened {
            word: w,
            to: word.start,
            found,
        };
        match known {
            Some(k) if self.opened[k].to <= word.start => self.opened[k] = searched,
            Some(_) => {}
            None => self.opened.push(searched),
        }
        found
    }

    /// Whether a name that may be a person's opens a sentence or clause
    /// as its subject between bytes `lo` and `hi` (`A spokesman told the
    /// BBC. However Mr Mulligan was not convinced ... he said`): the text
    /// has moved on to that person.
    fn person_opens_between(&mut self, lo: usize, hi: usize) -> bool {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, hi, &mut runs);
        let opens = runs
            .iter()
            .any(|&run| opens_as_subject(input, run) && may_name_person(input, run));
        self.runs = runs;
        opens
    }

    /// `The Bank of England welcomed it. "...," it said`: the whole name of
    /// the body whose name `of` splits into runs, when `run` ends it
    /// (`England`) and the run before `of` or `of the` ends in a body's
    /// head (`Bank`); else `run`.
    fn body_of(&mut self, run: Span) -> Span {
        let input = self.input;
        let before = &input[..run.start];
        let Some(head_end) = before
            .strip_suffix(" of ")
            .or_else(|| before.strip_suffix(" of the "))
            .map(str::len)
        else {
            return run;
        };
        match self.names.run_before(head_end) {
            Some(h) if h.end == head_end && names_organization(&input[h.range()]) => {
                Span::new(h.start, run.end)
            }
            _ => run,
        }
    }

    /// `Kent Conrad said the proposals ... "The cost ...," he said`: the
    /// last name from the last speaker phrase (starting at `since`) to
    /// `pos` that speaks (a cue follows it), is a full name or the surname
    /// of one, names no organization (`Thames Valley Police said`), and
    /// may name a person of gender `want` (no title, `Mr`/`Ms`
    /// or given name says another), within [`NEW_SPEAKER_REACH`] bytes: a
    /// person brought in since the last quote, or its own speaker named
    /// with a cue, whom its pronoun means. The speakers before are left to
    /// [`Entities::resolve`].
    fn new_speaker_before(&mut self, pos: usize, since: usize, want: Gender) -> Option<Span> {
        let mut runs = std::mem::take(&mut self.runs);
        let lo = since.max(pos.saturating_sub(NEW_SPEAKER_REACH));
        self.names.runs_between(lo, pos, &mut runs);
        let found = self.new_speaker_of(&runs, pos, want);
        self.runs = runs;
        found
    }

    /// The fullest name of `run` when it is a full name, or the surname of
    /// one (`Lord Falconer says`: a peer's title and surname are a full
    /// name too); None for a word alone, as often a firm or a title. The
    /// test a new speaker and the person a description stands for share.
    fn full_name(&mut self, run: Span) -> Option<Span> {
        let name = self.names.fullest(run);
        (self.input[name.range()].contains(' ') || after_peerage(self.input, run.start))
            .then_some(name)
    }

    /// [`Resolver::new_speaker_before`] among `runs`, last first.
    fn new_speaker_of(&mut self, runs: &[Span], pos: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        // Asked once: most pronouns open no clause after `and` or `when`.
        let joined = opens_joined_clause(input, pos);
        for (k, &run) in runs.iter().enumerate().take(NAME_REACH) {
            // A run that speaks, else the subject of the sentence before,
            // or of the pronoun's own sentence when `and` or `when` joins
            // them.
            let subject = !speaks_past_clause(&input[run.end..]) && !spoken_after_cue(input, run);
            if subject && !subject_just_before(input, run, pos, want, joined) {
                continue;
            }
            // `A spokesman for the UK Film Council said ... "...," he
            // said`: the organization stands for its spokesman.
            let org = names_organization(&input[run.range()]);
            let stands_for = org && !subject && speaks_for(input, run.start);
            // `Paul Miller of Thames Valley Police said`: the person of
            // the organization speaks; an organization alone is no person.
            // `Peter Misselbrook, executive partner of Tods Murray said`,
            // `Mr Hirsch from Retail Banking Research said`: nor does a
            // name the person is of or from.
            // (`Secretary of State John Kerry`, `RNC Chief of Staff`: a
            // title before `of` is no person.)
            let joins = |p: &Span| {
                if org {
                    of_between(input, p.end, run.start)
                } else {
                    role_of_between(input, p.end, run.start)
                        || (of_from_between(input, p.end, run.start)
                            && !is_title(index::last_word(&input[p.range()])))
                }
            };
            let person = runs
                .get(k + 1)
                .filter(|p| !stands_for && joins(p) && !names_organization(&input[p.range()]));
            // (`Angelique Brunner, a developer and spokeswoman for the EB-5
            // Investment Coalition, said`: the spokeswoman is named before
            // her description, and speaks.)
            let named_spokesman = runs
                .get(k + 1)
                .filter(|p| stands_for && described_after(input, **p, run.start));
            let stands_for = stands_for && named_spokesman.is_none();
            let run = match person.or(named_spokesman) {
                Some(&p) => p,
                None if org && !stands_for => continue,
                None => run,
            };
            if !stands_for && !may_name_person(input, run) {
                continue;
            }
            // A full name, or the surname of one: one word alone is as
            // often a firm or a title (`Wasp tells the story`).
            let Some(name) = self.full_name(run) else {
                continue;
            };
            // A subject with no cue is a person's only by a courtesy title
            // or a given name: `France have been criticised` is no
            // `Stade de France`, nor `Beach Boys veteran Brian Wilson` the
            // Beach Boys.
            // (`Britain's Jason Gardener`: the given name may open the
            // person's name after its owner. `Azmat Begg, father of
            // Moazzam, thanked`: a role in apposition says a person too.)
            if subject
                && !opens_with_given_name(&input[name.range()])
                && gender_before(input, run.start) == Gender::Unknown
                && !affiliated(input, name)
                    .is_some_and(|(_, person)| opens_with_given_name(&input[person.range()]))
                && !grammar::role_in_apposition(&input[run.end..])
                && !apposed_to_title(input, run.start)
            {
                continue;
            }
            // The cheaper questions first.
            let fits = |g: Gender| g == Gender::Unknown || g == want;
            // (`His mother Katherine Jackson told`, after `Mr Jackson`: a
            // given name of the pronoun's gender outweighs a surname's.)
            if !says_other_gender(input, run, name, want)
                && (fits(self.names.gender(name))
                    || gender_of_given_name(&input[name.range()]) == want)
            {
                return Some(run);
            }
        }
        None
    }

    /// For `he`, `she` or `I` with no name of its gender near: the last of
    /// the runs before `pos` (up to [`NAME_REACH`] runs and
    /// [`index::BYTE_REACH`] bytes back) that may name a person (not an
    /// acronym, `the EU presidency`, and not a word after an article or a
    /// place preposition, `an Indian news channel`, `eligible for
    /// England`) and looks like a person's name: a full name, the surname
    /// of one, or a name that speaks (`Safin said`), but no organization's
    /// (`Colin MacIntyre, of Mull Historical Society, ... He said`). Else
    /// the last that may name one, an organization too (`A Labour Party
    /// spokesman told ...`: it says where the person is, at least); None
    /// when no run within reach may. A run that a courtesy title or a
    /// given name gives the other gender than `want` (if known) is passed
    /// over.
    fn person_run_before(&mut self, mut pos: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        let floor = pos.saturating_sub(index::BYTE_REACH);
        let mut may = None;
        for _ in 0..NAME_REACH {
            let Some(run) = self.names.run_before(pos).filter(|r| r.end >= floor) else {
                break;
            };
            pos = run.start;
            let Some(p) = self.as_person(run, want) else {
                continue;
            };
            // An organization (`Thames Valley Police`) is no person's full
            // name: the last resort only, as any run that may name one is.
            let full = !p.organization && (p.in_full || speaks(&input[run.end..]));
            if full {
                return self
                    .subject_of_sentence(run, want)
                    .or_else(|| self.described_subject(run, want))
                    .or(Some(run));
            }
            may = may.or(Some(run));
        }
        may
    }

    /// `But Umaga, in England for the match, also backed New Zealand to
    /// win. He told`: of the person named last before a personal pronoun,
    /// `run`, the subject of its sentence when that is another person
    /// named in full (or the surname of one), a verb follows it, and it
    /// may be of gender `want`: the sentence was about the subject, and the
    /// pronoun goes on about it. None when no such subject opens the
    /// sentence before `run` (`Double Olympic champion Kelly Holmes`: the
    /// run before the role is none).
    fn subject_of_sentence(&mut self, run: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let lo = sentence_start(input, run.start);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, run.start, &mut runs);
        // (Last first: the sentence's first run is the last of them.)
        let found =
            runs.iter().rev().take(NAME_REACH).copied().find(|&s| {
                s.end <= run.start && opens_as_subject(input, s) && verb_follows(input, s)
            });
        self.runs = runs;
        let s = found?;
        let p = self.as_person(s, want)?;
        (!p.organization && p.in_full).then_some(s)
    }

    /// `Jo Pavey will miss the race ... The 31-year-old was third behind
    /// Hayley Yelling and Justyna Bak ... she said`: when the sentence that
    /// holds the run `run` opens with a description that stands for a
    /// person named before ([`is_anaphor`]: `The 31-year-old`, `The
    /// striker`), the name of that person, who may be of gender `want`:
    /// the sentence is about them, and the pronoun goes on about them.
    fn described_subject(&mut self, run: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let lo = sentence_start(input, run.start);
        let head = &input[lo..run.start];
        let at = lo + (head.len() - head.trim_start().len());
        let words = &input[at..run.start];
        // (Most sentences open with no article: asked first.)
        after_the(words)?;
        // The article and one or two words after it; or up to four, a
        // role of sport or show business last (`The Swiss star`, `The
        // world number one`), which news writing gives the person it is
        // about as it gives an age.
        let mut ends = words.match_indices(' ').map(|(k, _)| k).skip(1).take(4);
        let desc = ends.find_map(|k| {
            let d = &words[..k];
            (is_anaphor(d) || is_sport_epithet(d)).then(|| Span::new(at, at + k))
        })?;
        // (Only its run is asked for: the caller names whom it returns.)
        let topic = self.anaphor_run(desc)?;
        (topic != run && self.as_person(topic, want).is_some()).then_some(topic)
    }

    /// What the run `run` is as the name of a person a pronoun of gender
    /// `want` may mean: None when it may name no person, or its title or
    /// given name says the other gender (`he` is not Hillary Clinton; not
    /// asked of the titles a surname was given elsewhere: `Mrs Trump` is
    /// not Donald Trump).
    fn as_person(&mut self, run: Span, want: Gender) -> Option<AsPerson> {
        let input = self.input;
        if !may_name_person(input, run) {
            return None;
        }
        // A run of two words or more names its given name itself.
        let several = input[run.range()].contains(' ');
        let name = if several {
            run
        } else {
            self.names.fullest(run)
        };
        if want != Gender::Unknown && says_other_gender(input, run, name, want) {
            return None;
        }
        Some(AsPerson {
            organization: names_organization(&input[run.range()]),
            in_full: several || name != run,
        })
    }

    fn named(&mut self, mention: Span, role: Option<Span>) -> Entity {
        let input = self.input;
        let mention = knighted_in_full(input, mention).unwrap_or(mention);
        let mut gender = role.map_or(Gender::Unknown, |r| gender_of(&input[r.range()]));
        if gender == Gender::Unknown {
            gender = gender_before(input, mention.start);
        }
        // `Mrs. Clinton` is Hillary Clinton, not Bill Clinton named since.
        // `Mr. Khan` is Khizr Khan, whose given name says a man, before
        // Ghazala Khan, whose given name says nothing the tables know.
        let name = if gender == Gender::Unknown {
            self.names.fullest(mention)
        } else {
            let says = |first: &str| gender_of_given(first) == gender;
            let name = self.names.fullest_where(mention, &says);
            if gender_of_given_name(&input[name.range()]) == gender {
                name
            } else {
                let fits = |first: &str| {
                    let g = gender_of_given(first);
                    g == Gender::Unknown || g == gender
                };
                self.names.fullest_where(mention, &fits)
            }
        };
        // `Guy Mansfield QC`: letters after a name are an honour or an
        // office, no part of it; the role, when none is given or known
        // (`Scottish Finance Minister Tom McCabe` before `Tom McCabe MSP`).
        let (name, letters) = match index::post_nominal_split(&input[name.range()]) {
            Some((end, at)) => (
                Span::new(name.start, name.start + end),
                Some(Span::new(name.start + at, name.end)),
            ),
            None => (name, None),
        };
        // `Mr. Biden` after `Joseph R. Biden Jr.`: the one name in full
        // that ends in the surname is keyed by its generation.
        let name = match self
            .names
            .with_generation(&input[name.range()], mention.start)
        {
            Some(full) if !input[name.range()].contains(' ') => full,
            _ => name,
        };
        // `Mrs Dai` after `Dai Shuqin`, `Xi said` after `Xi Jinping`: a lone
        // word that no fuller name ends opens one named before (its
        // surname written first, as Chinese and Korean names are).
        // (Byte by byte: a name is a few bytes, too few for a search.)
        let lone = input.as_bytes()[name.range()].iter().all(|&b| b != b' ');
        // `Lord Butler said` where only a quotation names `Robin Butler`.
        let name = if lone {
            let opened = if name == mention {
                self.opened_by(name)
            } else {
                None
            };
            opened
                .or_else(|| self.quoted_full_name(name, gender))
                .unwrap_or(name)
        } else {
            name
        };
        if gender == Gender::Unknown {
            gender = self.names.gender(name);
        }
        let given = given_name_tables(&input[name.range()]);
        self.entities.spoke_or(
            input,
            Entity {
                name,
                role,
                gender,
                given: gender_of_tables(given),
                unisex: given == GIVEN_EITHER,
                person: !names_organization(&input[name.range()])
                    || speaks_for(input, mention.start),
            },
            letters,
        )
    }

    /// The full name that ends in the surname `name` (a lone word), when
    /// no name outside quotation marks gives one (the name index reads
    /// none inside them) but a quotation does: a known given name not of
    /// the other gender than `want` right before the surname, the same
    /// one wherever the text writes one (`Lord Butler said` and `"Robin
    /// Butler's comments are partial"`). Not one a kin word or a
    /// possessive comes before (`my son John Smith`: another of the
    /// family). Asked once for each surname.
    fn quoted_full_name(&mut self, name: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let last = &input[name.range()];
        // (`LSE`, `Labour`: no surname, and asked often.)
        if crate::dateline::is_all_caps(last) || names_organization(last) {
            return None;
        }
        if let Some(&(_, found)) = self.quoted_full.iter().find(|(w, _)| *w == last) {
            return found;
        }
        // Each search reads the text: a bound on how many keeps an
        // article's time linear in its length.
        if self.quoted_full.len() >= QUOTED_FULL_NAMES {
            return None;
        }
        let first_para = self.names.paragraph_start(0).unwrap_or(0);
        let found = quoted_full_name(input, first_para, self.names.pieces(), last, want);
        self.quoted_full.push((last, found));
        found
    }
}

/// How many surnames an article's quotations are searched for
/// ([`Resolver::quoted_full_name`]); a news text asks a few.
const QUOTED_FULL_NAMES: usize = 32;

/// [`Resolver::quoted_full_name`] read from the quoted `pieces` and the
/// headline before the first paragraph (at byte `first_para`: `Hillary
/// Clinton Goes After Donald Trump` is no name the index reads): None
/// when no given name, or two different ones, stand before `last` there.
/// Out of line: asked of few names.
#[inline(never)]
fn quoted_full_name(
    input: &str,
    first_para: usize,
    pieces: &[Piece],
    last: &str,
    want: Gender,
) -> Option<Span> {
    if last.len() < 2 || !last.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // One search over the text, each place asked whether a piece (or the
    // headline) holds it: most pieces are short, and a search of each
    // cost more to set up than to run.
    let hi = pieces.last().map_or(first_para, |p| p.end);
    let mut found: Option<Span> = None;
    for k in memchr::memmem::find_iter(&input.as_bytes()[..hi], last) {
        let inside = k < first_para || {
            let p = pieces.partition_point(|p| p.end < k + last.len());
            pieces.get(p).is_some_and(|p| p.start <= k)
        };
        if !inside {
            continue;
        }
        let Some(span) = given_before(input, k, last.len(), want) else {
            continue;
        };
        match found {
            Some(f) if input[f.range()] != input[span.range()] => return None,
            Some(_) => {}
            None => found = Some(span),
        }
    }
    found
}

/// The full name of the surname at byte `k` (of `len` bytes, a word of
/// its own) with the given name before it, for
/// [`quoted_full_name`]: a known given name not of the other gender than
/// `want`, after no kin word or possessive.
fn given_before(input: &str, k: usize, len: usize, want: Gender) -> Option<Span> {
    let bytes = input.as_bytes();
    let end = k + len;
    if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) || k < 2 || bytes[k - 1] != b' ' {
        return None;
    }
    let before = &input[..k - 1];
    // (`"Robin Butler's`: the word from after the opening mark.)
    let given =
        index::last_word(before).trim_start_matches(['"', '\'', '(', '\u{201c}', '\u{2018}']);
    // (A name of either gender, `Robin`, fits either.)
    let tables = sets::GIVEN_NAMES.mask(given);
    if !given.starts_with(|c: char| c.is_ascii_uppercase()) || tables == 0 {
        return None;
    }
    let g = gender_of_tables(tables);
    if want != Gender::Unknown && g != Gender::Unknown && g != want {
        return None;
    }
    let name = Span::new(k - 1 - given.len(), end);
    let owner = index::last_word(before[..before.len() - given.len()].trim_end());
    let kin = index::named_as_kin(input, name)
        || attribution::is_possessive_pronoun(owner)
        || tokens::owner_stem(owner).is_some();
    (!kin).then_some(name)
}

/// A run that may name a person ([`Resolver::as_person`]).
struct AsPerson {
    /// It names an organization (`Thames Valley Police`).
    organization: bool,
    /// It is a name in full, or the surname of one.
    in_full: bool,
}

/// The longest surname [`knighted_in_full`] reads, in bytes.
const SURNAME_MAX: usize = 40;

/// How many bytes before `Sir Ian` its full name is looked for.
const KNIGHT_REACH: usize = 4096;

/// `Sir Ian told`: a knight or a dame goes by the given name after the
/// title, whose full name is the one said before with it (`Sir Ian
/// Blair`): the name `mention` (one word after `Sir` or `Dame`) and the
/// capitalized word after it at its last use within [`KNIGHT_REACH`]
/// bytes before.
#[inline(always)]
fn knighted_in_full(input: &str, mention: Span) -> Option<Span> {
    // The title's bytes first, inline: few names follow one.
    let head = &input.as_bytes()[..mention.start];
    let title = [&b"Sir "[..], b"Dame "]
        .into_iter()
        .find(|t| head.ends_with(t))?;
    // (`MSir Ian`: the title is a word of its own.)
    let at = head.len() - title.len();
    if at > 0 && head[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    given_in_full(input, mention)
}

/// [`knighted_in_full`] past the title: out of line.
#[inline(never)]
fn given_in_full(input: &str, mention: Span) -> Option<Span> {
    let given = &input[mention.range()];
    if given.contains(' ') {
        return None;
    }
    // A byte search: the given name is ASCII-led, so no match starts
    // inside a character, wherever the reach cuts one.
    let from = mention.start.saturating_sub(KNIGHT_REACH);
    let bytes = input.as_bytes();
    memchr::memmem::rfind_iter(&bytes[from..mention.start], given.as_bytes()).find_map(|k| {
        let s = from + k;
        let e = s + given.len();
        // A whole word, then one space and a capitalized word.
        let starts = s == 0 || !bytes[s - 1].is_ascii_alphanumeric();
        let next = bytes.get(e + 1).copied()?;
        if !starts || bytes[e] != b' ' || !next.is_ascii_uppercase() {
            return None;
        }
        // (A surname is no longer than [`SURNAME_MAX`] bytes: the walk
        // stops there.)
        let stop = bytes.len().min(e + 1 + SURNAME_MAX);
        let end = (e + 1..stop)
            .find(|&i| !(bytes[i].is_ascii_alphabetic() || matches!(bytes[i], b'-' | b'\'')))
            .unwrap_or(stop);
        if end == stop && stop < bytes.len() {
            return None;
        }
        Some(Span::new(s, end))
    })
}

/// Whether `bytes` hold `lead` (ASCII, in any case) and `tail` right after
/// it (as written), as words, and a space and a capital after them: a role
/// before a name, `Mayor Ann`, `the mayor Ann`, `Home Secretary Charles`
/// (`lead` the role's words and the first letter of its last word, which
/// may be a capital or not, `tail` that word's other letters), or `Sen.
/// Ann` (`lead` empty, `tail` the abbreviation).
fn role_before_capital(bytes: &[u8], lead: &[u8], tail: &[u8]) -> bool {
    memchr::memmem::find_iter(bytes, tail).any(|k| {
        let after = k + tail.len();
        k >= lead.len()
            && bytes[k - lead.len()..k].eq_ignore_ascii_case(lead)
            && (k == lead.len() || !bytes[k - lead.len() - 1].is_ascii_alphabetic())
            && bytes.get(after) == Some(&b' ')
            && bytes.get(after + 1).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Whether the name `person` (two words or more) stands right before a
/// description of one clause that runs to byte `body` (`Angelique
/// Brunner, a developer and spokeswoman for the`): a comma after the
/// name, then no stop or other comma.
fn described_after(input: &str, person: Span, body: usize) -> bool {
    input[person.range()].contains(' ')
        && input
            .get(person.end..body)
            .and_then(|between| between.strip_prefix(", "))
            .is_some_and(|d| d.len() < 120 && !d.contains([',', '.', ';', ':', '"', '\n']))
}

/// Whether a description names one person named before it by an age
/// or a nation or party (`the 30-year-old`, `the American`, `the
/// Republican`), not by a role (see [`described_person`]). An age may
/// come with one word for the person: a title or role (`the 74-year-old
/// comedian`, `the 22-year-old fly-half`; not `the 120-year-old club`)
/// or a nation's (`the 55-year-old Frenchman`, `the 24-year-old Swiss`,
/// where the age says one person); news writing gives an age to the
/// person it is about.
fn is_anaphor(text: &str) -> bool {
    let Some(rest) = after_the(text) else {
        return false;
    };
    if let Some(noun) = noun_after_age(rest) {
        return noun.map_or(true, |noun| {
            is_title(noun) || speakers::is_opening_role(noun) || is_nation_word(noun)
        });
    }
    // One capitalized word of a nation or a party, not a plural (`the
    // Americans` are many).
    !rest.contains(' ')
        && tokens::is_cap(rest)
        && !rest.ends_with('s')
        && speakers::is_affiliation(rest)
}

/// `A Home Office spokesman said the system had been toughened. He added:
/// "..."`: the last description before `pos` (from byte `lo`) of one who
/// speaks for a body ([`organizations::SPEAKS_FOR`]: `A spokesman`, `The
/// prime minister's official spokesman`, `a White House official`), not
/// of the other gender than `want`, that a cue follows and that opens its
/// sentence or clause: whom a later `he` or `she` means, as no person
/// is named. The description from its article on, with the body it
/// speaks for (`A spokeswoman for the Information Commissioner's
/// Office`); a name it holds is the caller's to read first. (`A
/// spokesman, John Smith, said` is no such description: the name says
/// who spoke.) The roles are found where [`speaks_for_stems`] says.
fn unnamed_speaker_before(input: &str, lo: usize, pos: usize, want: Gender) -> Option<Span> {
    let text = input.get(lo..pos)?;
    let bytes = text.as_bytes();
    for found in speaks_for_stems(bytes).into_iter().rev() {
        if found == 0 || bytes[found - 1] != b' ' {
            continue;
        }
        let space = found - 1;
        let word_end = bytes[found..]
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(bytes.len(), |k| found + k);
        let head = &text[found..word_end];
        if !crate::lexicon::contains_ci(organizations::SPEAKS_FOR, head) {
            continue;
        }
        let mut end_at = lo + space + 1 + head.len();
        // `A spokeswoman for the Information Commissioner's Office said`:
        // the body's name is the description's too, up to the cue. One who
        // speaks for a body and speaks no cue here (`told a spokesman for
        // the council`, `a spokesman for the council, John Smith, said`)
        // ends the search: no earlier description is meant.
        let rest = &input[end_at..];
        if ["for ", "of ", "at ", "from "]
            .iter()
            .any(|p| rest.strip_prefix(' ').is_some_and(|a| a.starts_with(p)))
        {
            // (Read up to `pos` only: the description and its cue come
            // before the pronoun, and a body's name read on past it would
            // end after the pronoun's start.)
            end_at = cue_after_body(&input[..pos], end_at)?;
        } else if !speaks_or_acts(rest) {
            continue;
        }
        let g = gender_of(head);
        if g != Gender::Unknown && g != want {
            continue;
        }
        // Back to the article over the words before the role (`Home
        // Office`, `prime minister's official`), all in one clause.
        let mut from = space;
        for _ in 0..6 {
            let before = text[..from].trim_end();
            let word = index::last_word(before);
            if word.is_empty() || word.ends_with([',', '.', ';', ':', '"']) {
                break;
            }
            if crate::lexicon::contains_ci(pronouns::ARTICLES, word) {
                // A paragraph's start, a sentence's, or a clause's.
                let gap = before[..before.len() - word.len()].trim_end_matches(' ');
                let rest = gap.trim_end();
                let opens = rest.is_empty()
                    || gap.ends_with('\n')
                    || rest.ends_with(['.', ',', '"', '\u{201d}'])
                    || matches!(index::last_word(rest), "But" | "And" | "but" | "and");
                if opens {
                    let start = lo + before.len() - word.len();
                    return Some(Span::new(start, end_at));
                }
                break;
            }
            from = before.len() - word.len();
        }
    }
    None
}

/// Whether every paragraph that `gap` starts opens with a quotation mark:
/// the text that follows one's speaker phrase and still means that one
/// (`..., the spokesman said.` and a paragraph `"...," he added.`), not a
/// paragraph of its own (`However Mr Mulligan was not convinced`).
fn quotes_open_paragraphs(gap: &str) -> bool {
    gap.split('\n').skip(1).all(|line| {
        let line = line.trim_start();
        line.is_empty() || line.starts_with(['"', '\u{201c}', '\'', '\u{2018}'])
    })
}

/// Where the stems of the roles of [`organizations::SPEAKS_FOR`] that
/// news leaves unnamed (`spokes`, `official`; `a representative said` is
/// rare, a third search for every pronoun) stand in `text`, in order: the
/// places [`unnamed_speaker_before`] reads, found by a byte search (with
/// searchers built once) rather than word by word.
fn speaks_for_stems(text: &[u8]) -> SmallVec<[usize; 8]> {
    use memchr::memmem::Finder;
    static FINDERS: std::sync::OnceLock<[Finder<'static>; 2]> = std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| [Finder::new("spokes"), Finder::new("official")]);
    let mut at: SmallVec<[usize; 8]> = finders.iter().flat_map(|f| f.find_iter(text)).collect();
    at.sort_unstable();
    at
}

/// Where the body's name after `for`, `of`, `at` or `from` that byte
/// `at` ends before ends (`for the Information Commissioner's Office`),
/// when a cue or a verb in the past follows it within seven words with no
/// punctuation between ([`speaks_or_acts`]).
fn cue_after_body(input: &str, mut at: usize) -> Option<usize> {
    for _ in 0..7 {
        let rest = input[at..].strip_prefix(' ')?;
        let word = &rest[..rest.find(' ').unwrap_or(rest.len())];
        if word.is_empty() || word.ends_with([',', '.', ';', ':', '"']) {
            return None;
        }
        at += 1 + word.len();
        if speaks_or_acts(&input[at..]) {
            return Some(at);
        }
    }
    None
}

/// [`speaks`], or a verb in the past follows (`But a spokesman for the
/// Home Office defended the proposals. He said:`): one who speaks for a
/// body and did something in its sentence is whom a `he` or `she` after
/// it means, as one who spoke is.
fn speaks_or_acts(rest: &str) -> bool {
    let r = rest.strip_prefix(' ').unwrap_or(rest);
    let word = &r[..r
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(r.len())];
    speaks(rest)
        || (word.len() > 4
            && word.as_bytes()[0].is_ascii_lowercase()
            && (word.ends_with("ed") || verbs::is_irregular_past(word)))
}

/// `text` after its article `the` or `The`, if it has one.
fn after_the(text: &str) -> Option<&str> {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
}

/// When `rest` is an age (`120-year-old`), then one word at most: that
/// word, if any (`comedian` of `120-year-old comedian`). None when `rest`
/// opens with no age, or more than one word follows it.
fn noun_after_age(rest: &str) -> Option<Option<&str>> {
    // (The first byte first: a search for `-year-old` costs more.)
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (age, after) = rest.split_once("-year-old")?;
    if age.is_empty() || !age.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match after.strip_prefix(' ') {
        None if after.is_empty() => Some(None),
        Some(noun) if !noun.is_empty() && !noun.contains(' ') => Some(Some(noun)),
        _ => None,
    }
}

/// A word of a nation or a party for a person: an affiliation
/// (`American`, `Republican`) or a nation's noun (`Frenchman`).
fn is_nation_word(w: &str) -> bool {
    speakers::is_affiliation(w) || crate::lexicon::contains_ci(places::DEMONYMS, w)
}

/// Whether `name`, one word after a describing word, may be a person's
/// name: capitalized, of letters (and `-` or `'`), no title.
fn one_word_name(name: &str) -> bool {
    tokens::is_cap(name)
        && name.len() > 1
        && name
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'\'')
        && !is_title(name)
}

/// `the 28-year-old Morientes`: `the`, an age, and a capitalized word
/// that is no title nor a nation's ([`is_anaphor`] reads those), which
/// names the person. Where that name starts in `text`.
fn named_with_age(text: &str) -> Option<usize> {
    let name = noun_after_age(after_the(text)?)??;
    (one_word_name(name) && !is_nation_word(name)).then(|| text.len() - name.len())
}

/// `A defensive Obama`, `an angry Beattie`, `a tearful Claxton`: `a` or
/// `an`, one lowercase word of how the person was, and a capitalized
/// word that is no title, which names the person (news writing puts a
/// known person's mood so). Where that name starts in `text`.
/// (`The federal Securities and Exchange Commission`: after `the`, the
/// words are as often a body's name, cut short.)
fn named_in_a_mood(text: &str) -> Option<usize> {
    // The article first: most descriptions fail there.
    let rest = match text.as_bytes() {
        [b'a' | b'A', b' ', ..] => &text[2..],
        [b'a' | b'A', b'n', b' ', ..] => &text[3..],
        _ => return None,
    };
    let (mood, name) = rest.split_once(' ')?;
    let fits =
        !mood.is_empty() && mood.bytes().all(|b| b.is_ascii_lowercase()) && one_word_name(name);
    fits.then(|| text.len() - name.len())
}

/// Whether a description is `the` (or `our`) and a role alone (`the
/// senator`, `the mayor`, `the defender`, or a word and the role: `the
/// home secretary`, `the Tory leader`; up to three words before a role of
/// sport or show business, `the Old Trafford boss`), which may stand for
/// a person named before with that role, and no role news writing leaves
/// unnamed (`the spokesman`). (An age or a nation, `the 30-year-old`,
/// `the American`, as often follows the name of another person, an
/// opponent met, as its own: [`is_anaphor`] reads them as the person the
/// text is about.)
fn described_person(text: &str) -> bool {
    // (`our correspondent added`: the paper's own, named before as the
    // paper's, `BBC correspondent Stephen Cape`.)
    let Some(role) = after_the(text).or_else(|| {
        text.strip_prefix("our ")
            .or_else(|| text.strip_prefix("Our "))
    }) else {
        return false;
    };
    // (`the then prime minister`: the office as it was held, by the
    // person it stands for; not `former`, which may be someone else's.)
    let role = role.strip_prefix("then ").unwrap_or(role);
    // `the mayor`, and `the home secretary`, `the Labour leader`: a word
    // before the title.
    let noun = match role.split_once(' ') {
        None => role,
        Some((first, noun))
            if !noun.contains(' ') && first.bytes().all(|b| b.is_ascii_alphabetic()) =>
        {
            noun
        }
        // `the Old Trafford boss`, `the Oscar-nominated actor`, `the world
        // indoor champion`: more words, of a role of sport or show
        // business only.
        Some(_) => {
            let (lead, noun) = role.rsplit_once(' ').unwrap_or(("", role));
            let plain = |w: &str| w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
            return lead.split(' ').count() <= 3
                && lead.split(' ').all(plain)
                && is_epithet_noun(noun);
        }
    };
    !left_unnamed(noun) && (is_title(noun) || is_epithet_noun(noun))
}

/// Whether `noun` is a role news writing leaves unnamed (`the spokesman`,
/// `a source`, `the official`): whom a description of it stands for is
/// no one named before.
fn left_unnamed(noun: &str) -> bool {
    noun.starts_with("spokes") || matches!(noun, "source" | "official" | "officials")
}

/// Whether a paragraph is a rule of underscores (`___.`), with which
/// live reports (`The Latest: ...`) part their items.
#[inline(never)]
fn is_rule(text: &str) -> bool {
    let b = text.as_bytes().trim_ascii();
    let b = b.strip_suffix(b".").unwrap_or(b);
    b.len() >= 2 && b.iter().all(|&c| c == b'_')
}

/// Whether a description is `the`, one to three words of letters and
/// hyphens, one of them a capitalized name of a place or body and none a
/// party's, and an office's title in lowercase (`the Florida senator`,
/// `the Ealing North MP`, `the Warriors chief`), no spokesman, source nor
/// member, of whom a body has many ([`Resolver::qualified_office`]).
/// (`the prime minister`, `the former president`: an office alone, whose
/// holder a story names as often as not; `the Conservative leader`, `the
/// Republican presidential candidate`: one of a party's, of which a story
/// names several; `The New Hampshire Union Leader`: a capitalized title
/// ends a name.)
fn is_qualified_office(text: &str) -> bool {
    let Some(role) = after_the(text) else {
        return false;
    };
    // The office first, from the last space: most descriptions fail there.
    let Some(space) = memchr::memrchr(b' ', role.as_bytes()) else {
        return false;
    };
    let (lead, noun) = (&role[..space], &role[space + 1..]);
    let n = noun.as_bytes();
    let lower = !n.is_empty()
        && (n.iter().all(u8::is_ascii_lowercase)
            || (n.len() <= 3 && n.iter().all(u8::is_ascii_uppercase)));
    if !lower || left_unnamed(noun) || noun == "member" || !is_title(noun) {
        return false;
    }
    let l = lead.as_bytes();
    let words = || lead.split(' ');
    l.iter()
        .all(|&b| b.is_ascii_alphabetic() || b == b'-' || b == b' ')
        && memchr::memchr_iter(b' ', l).count() <= 2
        && !words().any(str::is_empty)
        && words().any(tokens::is_cap)
        && !words().any(|w| {
            speakers::is_affiliation(w) || crate::lexicon::contains_ci(titles::PARTY_WORDS, w)
        })
}

/// Whether a description's last word is a role of sport or show business
/// ([`titles::EPITHETS`], [`titles::OPENING_ROLES`]).
fn is_epithet(text: &str) -> bool {
    is_epithet_noun(index::last_word(text))
}

/// Whether a description is `the` and words of letters that end in a
/// role of sport or show business ([`is_epithet_noun`]: `the striker`,
/// `the Swiss star`) or in `number one` (`the world number one`): a
/// person's, and no office's.
fn is_sport_epithet(text: &str) -> bool {
    let Some(rest) = after_the(text) else {
        return false;
    };
    let plain = rest
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-');
    plain && (rest.ends_with("number one") || is_epithet_noun(index::last_word(rest)))
}

/// [`is_epithet`] of a description's noun, already its last word.
fn is_epithet_noun(noun: &str) -> bool {
    crate::lexicon::contains_ci(titles::EPITHETS, noun) || speakers::is_opening_role(noun)
}

/// Whether the word before byte `start` is a peer's title (`Lord`,
/// `Lady`, `Baroness`), which goes with a surname alone.
fn after_peerage(input: &str, start: usize) -> bool {
    speakers::is_peerage(index::last_word(input[..start].trim_end()))
}

/// The gender the given name of the full name `name` says: `Hillary
/// Clinton`. A name of one word has no given name to ask.
fn gender_of_given_name(name: &str) -> Gender {
    gender_of_tables(given_name_tables(name))
}

/// Whether the run `run` names a person: a courtesy title or a gendered
/// word before it, or a known given name opening it.
fn names_person(input: &str, run: Span) -> bool {
    gender_before(input, run.start) != Gender::Unknown || opens_with_given_name(&input[run.range()])
}

/// Whether a possessive mark (`'s`, `’s`, or an apostrophe alone before a
/// space, as after a plural) starts at byte `at` of `input`.
fn possessive_at(input: &str, at: usize) -> bool {
    let rest = &input[at..];
    rest.starts_with("'s")
        || rest.starts_with("’s")
        || rest.starts_with("' ")
        || rest.starts_with("’ ")
}

/// Whether the full name `name` opens with a known given name, of either
/// gender.
fn opens_with_given_name(name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(given, _)| sets::GIVEN_NAMES.contains(given))
}

/// Whether a courtesy title right before the run `run`, or the given name
/// of its fullest form `name`, gives the person another gender than
/// `want`.
fn says_other_gender(input: &str, run: Span, name: Span, want: Gender) -> bool {
    let other = |g: Gender| g != Gender::Unknown && g != want;
    other(gender_before(input, run.start)) || other(gender_of_given_name(&input[name.range()]))
}

/// The gender a courtesy title (or a gendered role word) right before byte
/// `start` gives the name there: `Ms Diemont`. Only on the same line: the
/// last word of a headline is no title of the name that opens the
/// paragraph after it (`Greer slams Big Brother` over `Germaine Greer
/// has criticised`).
fn gender_before(input: &str, start: usize) -> Gender {
    let before = &input.as_bytes()[..start];
    match gender_of(index::last_word(&input[..start])) {
        // (The whitespace after the word, read only when it is gendered.)
        g if g != Gender::Unknown && line_break_ends(before) => Gender::Unknown,
        g => g,
    }
}

/// Whether the ASCII whitespace that ends `bytes` holds a line break.
fn line_break_ends(bytes: &[u8]) -> bool {
    let mut gap = bytes.iter().rev().take_while(|b| b.is_ascii_whitespace());
    gap.any(|&b| b == b'\n')
}

/// `head` without the words `role` (in any case) that end it, and the
/// space before them: `Home Secretary` of `..., Home Secretary`.
fn strip_role<'t>(head: &'t str, role: &str) -> Option<&'t str> {
    let at = head.len().checked_sub(role.len())?;
    let (rest, end) = (head.get(..at)?, &head[at..]);
    let whole = rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric());
    (whole && end.eq_ignore_ascii_case(role)).then(|| rest.trim_end())
}

/// `text` (with no whitespace at its end) split before its last word: what
/// stands before the word, trimmed, and the word (`a spokesman for` gives
/// `a spokesman` and `for`).
fn split_last_word(text: &str) -> (&str, &str) {
    let word = index::last_word(text);
    (text[..text.len() - word.len()].trim_end(), word)
}

/// Whether the run `run` ends with a plural that names people
/// ([`pronouns::PEOPLE_PLURAL_ENDINGS`]): `Senate Democrats`.
fn names_people(run: &str) -> bool {
    let last = index::last_word(run);
    last.starts_with(|c: char| c.is_ascii_uppercase())
        && pronouns::PEOPLE_PLURAL_ENDINGS
            .iter()
            .any(|e| last.ends_with(e))
}

/// The subject pronoun, capitalized as it opens a sentence, of the gender
/// other than `want`, with the space after it: `He ` before a `she`.
fn other_subject_pronoun(want: Gender) -> Option<&'static [u8]> {
    match want {
        Gender::Female => Some(b"He "),
        Gender::Male => Some(b"She "),
        Gender::Unknown => None,
    }
}

/// Whether `text` holds `word` (which ends in a space) at its start or
/// after a byte that is no letter or digit.
fn holds_word(text: &[u8], word: &[u8]) -> bool {
    memchr::memmem::find_iter(text, word).any(|k| k == 0 || !text[k - 1].is_ascii_alphanumeric())
}

/// The gender the given name `given` (one word) says, if any.
fn gender_of_given(given: &str) -> Gender {
    gender_of_tables(sets::GIVEN_NAMES.mask(given))
}

/// [`sets::GIVEN_NAMES`]' mask of a given name of either gender
/// ([`given_names::EITHER`](crate::lexicon::given_names::EITHER)).
const GIVEN_EITHER: u32 = 4;

/// The gender of a given name in the tables of `mask`, as
/// [`sets::GIVEN_NAMES`] gives it.
fn gender_of_tables(mask: u32) -> Gender {
    // The tables share no name (a test in `given_names` checks).
    match mask {
        1 => Gender::Female,
        2 => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The tables of [`sets::GIVEN_NAMES`] that hold the first word of the
/// full name `name`; 0 for one word alone.
fn given_name_tables(name: &str) -> u32 {
    name.split_once(' ')
        .map_or(0, |(given, _)| sets::GIVEN_NAMES.mask(given))
}

/// `A spokesman for the UK Film Council said`: whether the words before
/// byte `start` of `input` are a role of [`organizations::SPEAKS_FOR`] and
/// `for`, `of` or `at`, maybe with `the`. The organization then stands for
/// the person who speaks for it, whom a later `he` or `she` may mean.
fn speaks_for(input: &str, start: usize) -> bool {
    let (mut before, mut word) = split_last_word(input[..start].trim_end());
    if word.eq_ignore_ascii_case("the") {
        (before, word) = split_last_word(before);
    }
    if !grammar::one_of_ci(word, &["for", "of", "at"]) {
        return false;
    }
    crate::lexicon::contains_ci(organizations::SPEAKS_FOR, index::last_word(before))
}

/// Whether the text from byte `a` to byte `b` of `input` joins a person
/// to an organization: `of`, `of the`, maybe after a comma.
fn of_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim();
    let gap = gap.strip_prefix(',').unwrap_or(gap).trim_start();
    matches!(gap, "of" | "of the")
}

/// `Mr Hirsch from Retail Banking Research said`: whether the text from
/// byte `a` to byte `b` of `input` is `of`, `from` or `at` (maybe with
/// `the`), which joins a person to where the person is from.
fn of_from_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim();
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    matches!(gap, "of" | "from" | "at")
}

/// Whether the text from byte `a` to byte `b` of `input` is an appositive
/// role that is of what follows: `, executive partner of`, `, a professor
/// at the`: a comma, a few lowercase words, and `of`, `at` or `for` (maybe
/// with `the`).
fn role_of_between(input: &str, a: usize, b: usize) -> bool {
    let gap = input.get(a..b).unwrap_or("").trim_end();
    let Some(gap) = gap.strip_prefix(',') else {
        return false;
    };
    let gap = gap.strip_suffix(" the").unwrap_or(gap);
    let mut words = gap.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    let mut n = 0;
    let lower = words.all(|w| {
        n += 1;
        w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
    });
    lower && (1..=5).contains(&n) && matches!(last, "of" | "at" | "for")
}

/// Whether `rest` (the text after a name) opens with a cue, after a space
/// at most: `said ...`, `fired back: ...`. Asked of the grammar's own cue
/// recognizer; not `according to`, which cites the name after it.
fn speaks(rest: &str) -> bool {
    // (`Aaron Sharockman\u{a0}responded`: pages pasted from the web hold
    // no-break spaces between words.)
    let rest = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
        .unwrap_or(rest);
    grammar::cue_bytes(rest.as_bytes()).is_some_and(|kinds| {
        grammar::cue_of_kinds(rest, kinds)
            .is_ok_and(|(_, cue)| !cue.eq_ignore_ascii_case("according to"))
    })
}

/// `Also, said Mr Flynn, Vodafone has ...`: whether a cue that may come
/// before its subject stands right before the run `run` (a courtesy title
/// or a title between), after a comma, and a comma or a stop follows the
/// run: the run is who speaks. Not after a subject of its own (`He said
/// Mr Flynn would ...`), nor before a verb (`Mr. Coffman, who represents
/// ..., said Mr. Trump had ...`): there the run is talked about; nor a
/// `told` (`told Mr Flynn`: the one spoken to).
fn spoken_after_cue(input: &str, run: Span) -> bool {
    if !input[run.end..].starts_with([',', '.', ';', ':']) {
        return false;
    }
    let (mut before, mut word) = split_last_word(input[..run.start].trim_end());
    let (gender, title) = speakers::gender_and_title(word);
    if gender != Gender::Unknown || title {
        (before, word) = split_last_word(before);
    }
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && before.ends_with(',')
        && speaks(word)
        && grammar::invertible(word)
}

/// [`speaks`], or a clause that opens with a lowercase word (a relative
/// clause, an appositive) between commas, maybe an appositive of its own
/// after it, and then a cue: `the UK Film Council, which funds the
/// project, said`, `John Denham, a spokesman for the club, said`,
/// `John Denham, chief executive of Denham Holdings, a small firm, said`;
/// or a parenthesis, then a cue: `Rep. Hank Johnson (D-Ga.) said`.
fn speaks_past_clause(rest: &str) -> bool {
    if speaks(rest) {
        return true;
    }
    if rest.starts_with(" (") {
        return grammar::past_parenthetical(rest).is_some_and(speaks);
    }
    let Some(clause) = rest.strip_prefix(", ") else {
        return false;
    };
    // `Jimmy Ghazal, 39, a Lebanese man visiting Nice, told`: an age set
    // off by commas before the clause (read by its digits alone: the rest
    // runs to the text's end).
    let age = clause.bytes().take_while(u8::is_ascii_digit).count();
    let clause = match clause[age..].strip_prefix(", ") {
        Some(after) if age > 0 => after,
        _ => clause,
    };
    if !clause.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let Some(after) = after_closing_comma(clause, 120) else {
        return false;
    };
    // `The Scot defended Beattie, whose dismissal put Everton on the back
    // foot, saying`: a participle after a relative clause is the
    // sentence's subject's, the run its verb's object. (After a verb's
    // phrase it is the run's: `Hillary Clinton, drew a contrast, saying`.)
    let cue = |rest: &str| {
        let participle = || {
            let w = rest.trim_start();
            let n = w.bytes().take_while(u8::is_ascii_alphabetic).count();
            grammar::is_ing_form(&w[..n])
        };
        let relative = || {
            let n = clause.bytes().take_while(|&b| b != b' ').count();
            pronouns::RELATIVES.contains(&&clause[..n])
        };
        speaks(rest) && !(participle() && relative())
    };
    cue(after) || after_closing_comma(after, 120).is_some_and(cue)
}

/// The text after the comma that closes the clause `text` opens, when
/// that comma comes within `reach` bytes and before any stop (a clause
/// does not cross its sentence's end).
fn after_closing_comma(text: &str, reach: usize) -> Option<&str> {
    let within = &text.as_bytes()[..text.len().min(reach)];
    match memchr::memchr2(b',', b'.', within) {
        Some(k) if within[k] == b',' => Some(&text[k + 1..]),
        _ => None,
    }
}

/// The text after the comma that closes an appositive opening `text`,
/// within 80 bytes, with no sentence's end before it: a dot only ends an
/// abbreviation there, before a letter or the comma (`D-Nev.,`).
fn after_appositive(text: &str) -> Option<&str> {
    let within = &text.as_bytes()[..text.len().min(80)];
    let k = memchr::memchr(b',', within)?;
    let abbreviated = memchr::memchr_iter(b'.', &within[..k])
        .all(|d| d + 1 == k || within[d + 1].is_ascii_alphabetic());
    abbreviated.then(|| &text[k + 1..])
}

/// `Mr Denham believes the SGC should reconsider. He said: "..."`: whether
/// the run `run` is the subject of the sentence right before the one that
/// reaches byte `pos` (a pronoun): it opens its sentence or a clause after
/// `but` (maybe after a courtesy title or a role: `Boss Steve Bruce had
/// said`, `Wing Christophe Dominici says`, `But Larne boss Jimmy McGeough
/// has`), a lowercase word (its verb) follows it, and one sentence end
/// stands between it and `pos`. The subject just named is
/// whom the next sentence's pronoun means, as one named with a cue is.
/// With `and_joins` (the pronoun opens a clause after `and`, `but` or a
/// conjunction such as `when`: `O'Leary has been in talks and he said`,
/// [`opens_joined_clause`]), no sentence end between
/// them will do too: the pronoun means its own sentence's subject.
fn subject_just_before(input: &str, run: Span, pos: usize, want: Gender, and_joins: bool) -> bool {
    opens_as_subject(input, run) && sentence_ends_fit(input, run, pos, want, and_joins)
}

/// Whether a verb follows the run `run`, past an appositive between
/// commas and an adverb (`Allianz, a leading German insurer, said`, `LG
/// Group has said`, `BA will now suspend`): a cue, an auxiliary, a form
/// of `be` or `have`, or a past in `-ed`. (`Business leaders had
/// opposed`: a capitalized word before a noun opens a longer subject.)
fn verb_follows(input: &str, run: Span) -> bool {
    let mut rest = &input[run.end..];
    if let Some(r) = rest.strip_prefix(',') {
        // (Its closing comma looked for nearby only: each `it` asks.)
        let near = &r.as_bytes()[..r.len().min(APPOSITIVE_REACH)];
        match memchr::memchr(b',', near) {
            Some(close) => rest = &r[close + 1..],
            None => return false,
        }
    }
    let verb = |w: &str| {
        sets::CUES.contains(w) || subjects::is_auxiliary(w) || (w.len() > 4 && w.ends_with("ed"))
    };
    // (The adverbs a cue may follow hold `is` and `has`: a verb is asked
    // of the first word before it is passed over as one.)
    let mut words = rest.split_ascii_whitespace();
    let w = words.next().unwrap_or("");
    verb(w) || (subjects::ADVERBS.contains(w) && verb(words.next().unwrap_or("")))
}

/// How many bytes an appositive that [`verb_follows`] reads past may hold.
const APPOSITIVE_REACH: usize = 120;

/// The description of a body (`The committee`, `the new Indian
/// government`: `the`, up to [`DESCRIPTION_WORDS`] words, and a lowercase
/// singular head of [`organizations::HEADS`]) that opens, with a verb
/// after it ([`verb_follows`]), the sentence of the `it` at byte `pos` or
/// the one before, nearest first, after the last speaker phrase (at
/// `since`): what that `it` stands for when no name does
/// ([`Resolver::body_opening_since`]).
fn body_described_since(input: &str, pos: usize, since: usize) -> Option<Span> {
    let lo = it_context_start(input, pos, since);
    let bytes = input.as_bytes().get(lo..pos)?;
    // (A paragraph's first sentence opens after its line break.)
    let starts = memchr::memrchr2_iter(b'.', b'\n', bytes)
        .filter(|&k| match bytes[k] {
            // (Of a blank line's breaks, one.)
            b'\n' => k == 0 || bytes[k - 1] != b'\n',
            _ => stop_ends_sentence(bytes, k),
        })
        .map(|k| lo + k + 1)
        .chain(std::iter::once(lo));
    starts.take(2).find_map(|start| {
        // (Past the closing mark of a quotation that ends the sentence,
        // right after its stop; a mark after the space opens one, whose
        // words are not read.)
        let text = &input[start..pos];
        let closed = ["\"", "\u{201d}"]
            .iter()
            .find_map(|m| text.strip_prefix(m))
            .unwrap_or(text);
        let lead = text.len() - closed.trim_start().len();
        let d = described_body_at(&input[start + lead..pos])?;
        let span = Span::new(start + lead, start + lead + d);
        verb_follows(input, span).then_some(span)
    })
}

/// Where the text an `it` at byte `pos` may stand for something in
/// starts ([`Resolver::body_opening_since`], [`body_described_since`]):
/// its sentence or the one before it (farther back, the text has moved on
/// to other things `it` may mean), after the last speaker phrase (at
/// `since`) and within [`NEW_SPEAKER_REACH`] bytes, from a character's
/// start.
fn it_context_start(input: &str, pos: usize, since: usize) -> usize {
    let lo = char_start_from(input, since.max(pos.saturating_sub(NEW_SPEAKER_REACH)), pos);
    sentence_before_start(input, lo, pos)
}

/// The first character's start in `input` at or after byte `lo`, or
/// `hi` when none comes before it: where a reach cut at `lo` may be read
/// from.
fn char_start_from(input: &str, lo: usize, hi: usize) -> usize {
    (lo..hi).find(|&k| input.is_char_boundary(k)).unwrap_or(hi)
}

/// How many words a body's description ([`body_described_since`]) may
/// hold between its `the` and its head (`The Commons work and pensions
/// committee`).
const DESCRIPTION_WORDS: usize = 5;

/// The length of a body's description that opens `text` (`The
/// committee`, `The new Indian government`), or None.
fn described_body_at(text: &str) -> Option<usize> {
    let rest = text
        .strip_prefix("The ")
        .or_else(|| text.strip_prefix("the "))?;
    let mut end = text.len() - rest.len();
    for word in rest.split(' ').take(DESCRIPTION_WORDS + 1) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        end += bare.len();
        // (`the democrats`: people, whom `they` stands for.)
        let singular = !bare.ends_with('s') || bare.ends_with("ss");
        if bare.bytes().all(|b| b.is_ascii_lowercase())
            && singular
            && (sets::ORGANIZATION_HEADS.contains(bare)
                || organizations::DOCUMENTS.binary_search(&bare).is_ok())
        {
            return Some(end);
        }
        // (`The report said the government`: one phrase, no verb, no
        // second article.)
        if bare.len() != word.len() || sets::CUES.contains(bare) || bare.eq_ignore_ascii_case("the")
        {
            return None;
        }
        end += 1;
    }
    None
}

/// The length of a short name in brackets that opens `rest` (` (AFI)`),
/// or 0: a word of letters alone.
fn short_name_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(" (") else {
        return 0;
    };
    match inner.bytes().position(|b| !b.is_ascii_alphabetic()) {
        Some(n) if n > 0 && inner.as_bytes()[n] == b')' => n + 3,
        _ => 0,
    }
}

/// Where the sentence before the one that holds byte `pos` starts, or
/// `lo` when that is farther back. The sentences of a quotation do not
/// count (`Sony has said ... "The product is localised ... months," it
/// said`): the marks between a stop and `pos` come in pairs when the stop
/// stands outside them. (Only a stop ends a sentence here: news seldom
/// ends one with `!` or `?` outside a quotation.)
fn sentence_before_start(input: &str, lo: usize, pos: usize) -> usize {
    // (The last speaker phrase may stand after the pronoun: nothing
    // between.)
    let Some(bytes) = input.as_bytes().get(lo..pos) else {
        return lo;
    };
    let mut marks = 0;
    let mut ends = 0;
    for k in memchr::memrchr3_iter(b'.', b'"', 0xE2, bytes) {
        match bytes[k] {
            b'.' => {}
            // A curly mark (`“`, `”`) opens with byte 0xE2, as a dash does.
            b'"' => marks += 1,
            _ => marks += usize::from(curly_double_mark_at(bytes, k)),
        }
        if bytes[k] == b'.' && marks % 2 == 0 && stop_ends_sentence(bytes, k) {
            ends += 1;
            if ends == 2 {
                return lo + k + 1;
            }
        }
    }
    lo
}

/// Whether the word before byte `pos` (a pronoun) is `and` or `but`, or a
/// conjunction of time or cause (`Bush went after Trump, when he called`,
/// `Trump was talking about defense when he told`): the pronoun opens a
/// clause joined to its sentence's first, and means that one's subject.
fn opens_joined_clause(input: &str, pos: usize) -> bool {
    // Asked of every pronoun: bytes, not characters.
    let b = input.as_bytes()[..pos].trim_ascii_end();
    b.ends_with(b" and")
        || b.ends_with(b" but")
        || [
            &b" when"[..],
            b" while",
            b" because",
            b" although",
            b" though",
            b" after",
            b" before",
        ]
        .iter()
        .any(|w| b.ends_with(w))
}

/// Whether the run `run` opens its sentence or a clause after `but` (see
/// [`subject_just_before`]) and a lowercase word, its verb, follows it.
fn opens_as_subject(input: &str, run: Span) -> bool {
    // Most runs stand inside their sentence: asked first, from the few
    // bytes before the run.
    let mut before = input[..run.start].trim_end();
    // `Mr Denham`, `But Hantuchova`: a courtesy title, a conjunction;
    // `... so far this year but captain Fabien Pelous sees hope`: a
    // lowercase `but` opens a clause of its own subject (an `and` joins
    // names as often). `Larne boss Jimmy McGeough`, `Newcastle United
    // manager`: the capitalized words before a lowercase role are the
    // role's (a place, a club, a party).
    let mut but = false;
    let mut owner = false;
    let mut ranked = false;
    for _ in 0..5 {
        let (rest, word) = split_last_word(before);
        but = word == "but";
        // (A title or a gendered noun that ends a sentence, `... and
        // police.`, `... says a party spokesman.`, is no role before the
        // name.)
        let attached =
            !word.ends_with(['.', ',', ';', ':', '!', '?']) || speakers::ends_abbreviation(word);
        let cap = word.starts_with(|c: char| c.is_ascii_uppercase());
        // (`World number one Lindsay Davenport`: a rank is a role too,
        // read as its number and then its `number`.)
        let rank = attached
            && (word == "number" && ranked || is_rank(word) && split_last_word(rest).1 == "number");
        ranked = rank && word != "number";
        let role = attached
            && ({
                let (gender, title) = speakers::gender_and_title(word);
                gender != Gender::Unknown || title
            } || speakers::is_opening_role(word)
                || rank
                || (!cap && word.len() > 4 && titles::RELATIONAL_ROLES.contains(&word)));
        // (`Wenger's Bayern counterpart`, `his colleague`: the role's
        // owner.)
        let possessive = owner
            && attached
            && (attribution::is_possessive_pronoun(word) || tokens::owner_stem(word).is_some());
        let skip = but
            || role
            || possessive
            || (owner && attached && cap)
            || (cap
                && (crate::lexicon::contains_ci(pronouns::CLAUSE_OPENERS, word)
                    || crate::lexicon::contains_ci(pronouns::TIME_OPENERS, word)));
        if !skip {
            break;
        }
        // (`New Jersey Gov. Chris Christie`, `Former Hewlett-Packard CEO
        // Carly Fiorina`, `The Attorney General Lord Goldsmith`: the
        // capitalized words before a title, abbreviated or not, are its
        // too.)
        owner = role || (owner && cap);
        // (`Davenport hits out at Wimbledon` then `World number one
        // Lindsay Davenport`: a line's first word is read past, no word
        // of the line before, a headline's, is.)
        let line_start = before[rest.len()..before.len() - word.len()].contains('\n');
        before = rest;
        if but || line_start {
            break;
        }
    }
    // `In Wednesday's Budget, Mr Brown doubled`: a short phrase before the
    // subject, cut off by its comma, is read past.
    // `The chief inspector of schools, David Bell, also said`: a
    // description may open the sentence before a name in apposition to it.
    let apposed = input[run.end..].starts_with(',');
    // (A paragraph's first word opens a sentence too, after a headline
    // with no stop.)
    let para_start = || {
        let gap = &input[before.len()..run.start];
        gap[..gap.len() - gap.trim_start().len()].contains('\n')
    };
    let opens = but
        || opens_sentence_after(before)
        || para_start()
        || opens_after_bullet(before)
        || fronted_phrase(before, apposed)
        || fronted_clause(input, before.len());
    if !opens {
        return false;
    }
    // `Liberal Democrat chief executive Lord Rennard`: a title after the
    // run makes it part of a role, not a subject; `Clinton campaign
    // Chairman John Podesta`: nor one after the next. `Mr Karger, whose
    // favourite film was ..., stayed`: a subject may take an appositive
    // or a relative clause. `Mr Campbell's e-mail suggested ... He said`:
    // the sentence is about its possessor too.
    let rest = &input[run.end..];
    let mut appositive = rest.starts_with(',');
    let rest = [",", "'s", "\u{2019}s"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let Some(mut rest) = rest.strip_prefix(' ') else {
        return false;
    };
    // `Harry Reid (D-Nev.) blasted`: a party and state in brackets are
    // read past, and an appositive after them (`Rep. Devin Nunes
    // (R-Calif.), chairman of the committee, didn't`).
    if !appositive && rest.starts_with('(') {
        let Some(k) = memchr::memchr(b')', &rest.as_bytes()[..rest.len().min(TAG_REACH)]) else {
            return false;
        };
        let after = &rest[k + 1..];
        if let Some(a) = after.strip_prefix(", ") {
            appositive = true;
            rest = a;
        } else if let Some(a) = after.strip_prefix(' ') {
            rest = a;
        } else {
            return false;
        }
    }
    // `Ian Fogg, Jupiter Research analyst, thinks`, `Harry Reid, 76,
    // said`, `Harry Reid, D-Nev., said`: an appositive that opens with a
    // capital or a digit is read past, to its closing comma.
    if appositive && rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        match after_appositive(rest).and_then(|a| a.strip_prefix(' ')) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    let mut words = rest.split(' ').map(|w| {
        let end = w
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(w.len());
        &w[..end]
    });
    let (next, after) = (words.next(), words.next());
    let lower = next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    // `Sir Andrew Green, chairman of the organisation, says`: after a
    // comma a title opens the appositive. (`Tom Hart will miss the race`:
    // after an auxiliary, a word that may be a title is a verb.)
    let title_after = || {
        after.is_some_and(is_title)
            && !next.is_some_and(|w| crate::lexicon::contains_ci(verbs::AUXILIARIES, w))
    };
    lower && (appositive || (!next.is_some_and(is_title) && !title_after()))
}

/// Whether `before` (trimmed) ends with a list's bullet that opens its
/// line (` - Britain's Paula Radcliffe has also ...`): what follows opens a
/// sentence.
fn opens_after_bullet(before: &str) -> bool {
    // (Most text before a run ends with a letter or a comma: the last
    // byte, that of `-` or `*` or the last of a dash's or bullet's three,
    // turns it away.)
    if !matches!(
        before.as_bytes().last(),
        Some(b'-' | b'*' | 0x93 | 0x94 | 0xA2)
    ) {
        return false;
    }
    let Some(rest) = ["-", "\u{2013}", "\u{2014}", "\u{2022}", "*"]
        .iter()
        .find_map(|b| before.strip_suffix(b))
    else {
        return false;
    };
    let rest = rest.trim_end_matches([' ', '\t']);
    rest.is_empty() || rest.ends_with('\n')
}

/// Whether `word` is the number of a rank (`one`, `30`) after `number`.
fn is_rank(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            word,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Whether the sentence ends ([`stop_ends_sentence`]) between the run
/// `run` and byte `pos`, a pronoun of gender `want`, are as
/// [`subject_just_before`] asks: one, or none when `and_joins`.
fn sentence_ends_fit(input: &str, run: Span, pos: usize, want: Gender, and_joins: bool) -> bool {
    let Some(between) = input.get(run.end..pos) else {
        return false;
    };
    let between = between.as_bytes();
    // Stops at the second.
    let mut ends = sentence_ends(between);
    let Some(first) = ends.next() else {
        return and_joins;
    };
    let Some(second) = ends.next() else {
        return true;
    };
    // `... get involved. "It is a nascent area. It is yet ...," he
    // says`: the stops inside the pronoun's own quotation are not.
    let next = &between[first + 1..second];
    quoted_sentences_between(between, first)
        || (pronoun_carries_on(next, want) && !opens_with_other_name(input, run, next, want))
}

/// `Ancic looked set to push Safin. Safin said he was trying ...`:
/// whether the sentence `next` opens with a capitalized word that may be
/// a name (no function word, determiner or pronoun) other than the last
/// word of the run `run`, then a cue and a pronoun of gender `want`: the
/// pronoun is that name's, and carries on no talk of the run. Or with a
/// determiner and a lowercase noun, a cue, maybe `that`, and such a
/// pronoun (`Our correspondent said that he`): the description's.
fn opens_with_other_name(input: &str, run: Span, next: &[u8], want: Gender) -> bool {
    // (By bytes to the fifth space: the rest of the sentence is not read.)
    let next = next.trim_ascii_start();
    let head = memchr::memchr_iter(b' ', next)
        .nth(4)
        .map_or(next, |k| &next[..k]);
    let Ok(head) = std::str::from_utf8(head) else {
        return false;
    };
    let Some((first, rest)) = head.split_once(' ') else {
        return false;
    };
    let not_a_name = grammar::FUNCTION | grammar::DETERMINER | grammar::PRONOUN;
    if first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        && grammar::classes(first) & not_a_name == 0
    {
        return first != index::last_word(&input[run.range()]) && cue_then_pronoun(rest, want);
    }
    // `Deputy Prime Minister John Prescott held a meeting. Our
    // correspondent said that he understood ...`: a described subject,
    // its determiner and one noun, speaks too, and the pronoun in what it
    // said is its own.
    let mut words = rest.split(' ');
    let (Some(noun), Some(cue)) = (words.next(), words.next()) else {
        return false;
    };
    let pronoun = words
        .next()
        .filter(|&w| w != "that")
        .or_else(|| words.next());
    grammar::classes(first) & grammar::DETERMINER != 0
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && pronoun.is_some_and(|p| cue_and_pronoun(cue, p, want))
}

/// Whether `rest` opens with a cue and then a pronoun of gender `want`
/// (`said he was`, `admitted she had`): the pronoun is the subject's
/// before the cue, whose gender it says.
fn cue_then_pronoun(rest: &str, want: Gender) -> bool {
    let mut words = rest.splitn(3, ' ');
    let (Some(cue), Some(pronoun)) = (words.next(), words.next()) else {
        return false;
    };
    cue_and_pronoun(cue, pronoun, want)
}

/// Whether `cue` is a cue and `pronoun` a pronoun of gender `want` (which
/// is known): what [`cue_then_pronoun`] and [`opens_with_other_name`] ask
/// of the words they read.
fn cue_and_pronoun(cue: &str, pronoun: &str, want: Gender) -> bool {
    want != Gender::Unknown && gender_of_pronoun(pronoun) == want && speaks(cue)
}

/// Whether a sentence starts right after `before` (trimmed): nothing before,
/// or a sentence end (`Sen.`: an abbreviation's dot is none), which a
/// quotation may close (`... out of here." But Hantuchova is`).
fn opens_sentence_after(before: &str) -> bool {
    let before = before.trim_end_matches(['"', '\u{201d}']);
    before.is_empty() || before.ends_with(['!', '?', '\n']) || speakers::ends_with_full_stop(before)
}

/// Most words in a phrase set before a sentence's subject (`During
/// Wednesday's Budget speech in the Commons,`).
const FRONTED_WORDS: usize = 8;

/// Whether `before` (trimmed) ends with a short phrase that opens its
/// sentence and is cut off by a comma (`In Wednesday's Budget,`, `For the
/// Lib Dems,`, `Speaking on Monday,`): one of [`pronouns::FRONTED_OPENERS`]
/// or a participle (`Defending the plans,`) first, at most
/// [`FRONTED_WORDS`] words, and no other comma or quotation mark in it. A
/// list of names (`Mr Blair, Mr Brown and ...`) opens with none of these.
/// `apposed`: the subject after it is in apposition (a comma follows it),
/// and a phrase with a determiner first is the description it names
/// (`The chief inspector of schools, David Bell, said`).
fn fronted_phrase(before: &str, apposed: bool) -> bool {
    fronted_opening(before).is_some_and(|(word, _)| {
        crate::lexicon::contains_ci(pronouns::FRONTED_OPENERS, word)
            || grammar::is_ing_form(word)
            || (apposed && speakers::is_determiner(word))
    })
}

/// The most bytes a clause set before a sentence's subject holds.
const FRONTED_CLAUSE_REACH: usize = 250;

/// `When Maddow pointed out that Sanders refers to it as "Medicare for
/// all," Clinton seized`: whether the text of `input` before byte `end`
/// (trimmed) ends with a comma (maybe closing a quotation) that closes a
/// clause a capitalized subordinator (`When`, `Although`:
/// [`pronouns::SUBORDINATORS`]) opens the sentence with
/// ([`sentence_start`]), within [`FRONTED_CLAUSE_REACH`] bytes: the
/// subject after it is the sentence's, however long the clause.
fn fronted_clause(input: &str, end: usize) -> bool {
    // Bytes first: most names follow no comma.
    let b = &input.as_bytes()[..end];
    let b = b.strip_suffix("\u{201d}".as_bytes()).unwrap_or(b);
    let b = b.strip_suffix(b"\"").unwrap_or(b);
    if !b.ends_with(b",") {
        return false;
    }
    let start = sentence_start(input, end);
    if b.len() - start.min(b.len()) > FRONTED_CLAUSE_REACH {
        return false;
    }
    let clause = input[start..end].trim_start();
    let word = clause.split(' ').next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && crate::lexicon::contains_ci(pronouns::SUBORDINATORS, word)
}

/// The phrase that `before` (trimmed) ends with, when it opens its
/// sentence and a comma cuts it off, at most [`FRONTED_WORDS`] words with
/// no other comma or quotation mark in it: its first word, and the word
/// after that (empty for a phrase of one word). What [`fronted_phrase`]
/// and [`apposed_to_title`] ask of it.
#[inline(always)]
fn fronted_opening(before: &str) -> Option<(&str, &str)> {
    let head = before.strip_suffix(',')?;
    // ([`split_last_word`] takes a text that ends with its word.)
    let mut head = head.trim_end();
    let mut next = "";
    for _ in 0..FRONTED_WORDS {
        let (rest, word) = split_last_word(head);
        if word.is_empty() || word.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}']) {
            return None;
        }
        // Only a capital opens a sentence: the cheap question first.
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && opens_sentence_after(rest) {
            return Some((word, next));
        }
        if rest.is_empty() {
            return None;
        }
        next = word;
        head = rest;
    }
    None
}

/// `The mayor of Surabaya, Tri Rismaharini, comforted`: whether the name
/// at byte `start` follows, after a comma, a description that opens its
/// sentence with a determiner and a title: a person's name, whatever its
/// given name.
fn apposed_to_title(input: &str, start: usize) -> bool {
    fronted_opening(input[..start].trim_end())
        .is_some_and(|(word, next)| speakers::is_determiner(word) && is_title(next))
}

/// Whether the word at byte `at` opens the sentence right after the one
/// that holds byte `since` (`Obama said. He ...`), or follows only a quote
/// that opens it (`Obama said. "...," he said`), and the word at `since`
/// stands so in its own sentence, or after an inverted cue (`"...,"
/// Obama said after meeting Putin.`, `"...," said J.M. Berger`): the
/// subject of each.
fn opens_the_next_sentence(input: &str, since: usize, at: usize) -> bool {
    let s = sentence_start(input, at);
    s > 0
        && since < s
        && opens_its_sentence(input, at, s)
        && opens_its_sentence(input, since, sentence_start(input, since))
        && sentence_start(input, s - 1) <= since
}

/// Whether the word at byte `at`, whose sentence starts at byte `s`,
/// opens it, maybe after a quote that opens it and an inverted cue.
fn opens_its_sentence(input: &str, at: usize, s: usize) -> bool {
    // (A stop inside a quotation ends the sentence before the mark that
    // closes it: `Heretic asks: "...?" He concludes`.)
    let between = after_closing_mark(input[s..at].trim());
    let between = between
        .rsplit_once(' ')
        .filter(|(_, w)| verbs::INVERTED_CUES.contains(w))
        .map_or(between, |(q, _)| q);
    // (Straight, curly or doubled single marks: `''...,'' said`.)
    let opens = between.starts_with(['"', '\u{201C}']) || between.starts_with("''");
    let closes = |mark: &str| {
        between
            .strip_suffix(mark)
            .is_some_and(|b| b.ends_with([',', '?', '!']))
    };
    between.is_empty() || (opens && ["\"", "\u{201D}", "''"].iter().any(|m| closes(m)))
}

/// The end of the one or two capitalized words, no title among them,
/// that follow a space at byte `at` (before `hi`): the rest of a name
/// whose first word ends at `at`. A comma, a stop or a possessive after a
/// word ends the name there.
fn name_opened_at(input: &str, at: usize, hi: usize) -> Option<usize> {
    let rest = input[at..hi].strip_prefix(' ')?;
    let mut end = None;
    let mut pos = at + 1;
    for part in rest.split(' ').take(2) {
        let word = part.trim_end_matches([',', '.', ';', ':', ')']);
        let word = tokens::owner_stem(word).unwrap_or(word);
        // (Letters and hyphens only: no line break, no quotation mark.)
        let letters = word.chars().all(|c| c.is_alphabetic() || c == '-');
        if word.len() < 2
            || !letters
            || !word.starts_with(|c: char| c.is_ascii_uppercase())
            || is_title(word)
        {
            break;
        }
        end = Some(pos + word.len());
        if word.len() < part.len() {
            break;
        }
        pos += part.len() + 1;
    }
    end
}

/// Whether `text` holds a double quotation mark: straight, curly, or
/// two single ones (`''`).
fn holds_quotation_mark(text: &str) -> bool {
    // (One scan for the three first bytes: a search per mark, by `char`,
    // cost more than the rule that asks.)
    let b = text.as_bytes();
    memchr::memchr3_iter(b'"', b'\'', 0xE2, b).any(|k| match b[k] {
        b'"' => true,
        b'\'' => b.get(k + 1) == Some(&b'\''),
        _ => curly_double_mark_at(b, k),
    })
}

/// Whether the byte 0xE2 at `k` of `b` opens a curly double quotation
/// mark (`“` is E2 80 9C, `”` E2 80 9D), not a dash or another sign that
/// opens with it.
pub(super) fn curly_double_mark_at(b: &[u8], k: usize) -> bool {
    matches!(b.get(k + 1..k + 3), Some([0x80, 0x9C | 0x9D]))
}

/// `text` after a closing quotation mark it opens with: a curly one, or a
/// straight or doubled single one that a space or the end follows (one
/// that opens a quotation comes right before its first word).
fn after_closing_mark(text: &str) -> &str {
    let rest = text.strip_prefix('\u{201D}').or_else(|| {
        text.strip_prefix("''")
            .or_else(|| text.strip_prefix('"'))
            .filter(|r| r.is_empty() || r.starts_with(char::is_whitespace))
    });
    rest.map_or(text, str::trim_start)
}

/// Whether `sentence`, the one right after the subject's, holds the
/// pronoun of gender `want` (`he`, `she`): it goes on about the subject,
/// who stays whom a later sentence's pronoun means, however many
/// sentences come after it within [`NEW_SPEAKER_REACH`] (`Naureen
/// Jahangir, a supporter, is among those ... The campaign was the first
/// time she had been involved. "...," she said`).
fn pronoun_carries_on(sentence: &[u8], want: Gender) -> bool {
    match want {
        Gender::Male => holds_word_ci(sentence, b"he"),
        Gender::Female => holds_word_ci(sentence, b"she"),
        Gender::Unknown => false,
    }
}

/// Whether `text` holds `word` (lowercase ASCII) as a word of its own, in
/// any case.
fn holds_word_ci(text: &[u8], word: &[u8]) -> bool {
    let n = word.len();
    text.windows(n).enumerate().any(|(k, w)| {
        w.eq_ignore_ascii_case(word)
            && (k == 0 || !text[k - 1].is_ascii_alphabetic())
            && !text.get(k + n).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// The places of the stops of `bytes` that end a sentence
/// ([`stop_ends_sentence`]), in order; not the dot of a middle initial
/// (`George W. Bush`): one capital letter after a space.
fn sentence_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .filter(|&k| stop_ends_sentence(bytes, k) && !after_initial(bytes, k))
}

/// Whether the stop at byte `k` of `bytes` ends an initial: one capital
/// letter that a space opens.
fn after_initial(bytes: &[u8], k: usize) -> bool {
    bytes[k] == b'.' && k >= 2 && bytes[k - 1].is_ascii_uppercase() && bytes[k - 2] == b' '
}

/// The start of the sentence that holds byte `at`, within
/// [`NEW_SPEAKER_REACH`] bytes before it: after a line break, a `?`, or
/// a `.` that ends a sentence (after no abbreviation). (A `!` is left to
/// the reach: a sentence that opens after one reads the one before too.)
fn sentence_start(input: &str, at: usize) -> usize {
    let lo = at.saturating_sub(NEW_SPEAKER_REACH);
    let bytes = &input.as_bytes()[lo..at];
    for k in memchr::memrchr3_iter(b'.', b'\n', b'?', bytes) {
        let end = match bytes[k] {
            b'.' => {
                stop_ends_sentence(bytes, k) && speakers::ends_with_full_stop(&input[..lo + k + 1])
            }
            _ => true,
        };
        if end {
            return lo + k + 1;
        }
    }
    // (Cut at the reach: from a character's start.)
    char_start_from(input, lo, at)
}

/// Whether the stop at byte `k` of `bytes` ends a sentence: a space, a
/// line break (`\r\n` too) or a quotation mark follows it (a curly one
/// opens with byte 0xE2), or a no-break space (`flags.\u{a0}Sometimes`:
/// pages pasted from the web hold them between sentences).
fn stop_ends_sentence(bytes: &[u8], k: usize) -> bool {
    matches!(bytes.get(k + 1), Some(b' ' | b'"' | b'\n' | b'\r' | 0xE2))
        || bytes.get(k + 1..k + 3) == Some(&[0xC2, 0xA0])
}

/// Whether every sentence end of `between` after byte `first` (a sentence
/// end) stands inside a quotation that opens after `first` and is left
/// closed before the end of `between`: the sentence from `first` on is
/// one that holds a quotation.
fn quoted_sentences_between(between: &[u8], first: usize) -> bool {
    const OPEN: &[u8] = "\u{201c}".as_bytes();
    const CLOSE: &[u8] = "\u{201d}".as_bytes();
    let mut inside = false;
    let mut i = first + 1;
    while i < between.len() {
        let rest = &between[i..];
        match between[i] {
            b'"' => inside = !inside,
            0xE2 if rest.starts_with(OPEN) => inside = true,
            0xE2 if rest.starts_with(CLOSE) => inside = false,
            b'.' | b'!' | b'?' if !inside && stop_ends_sentence(between, i) => return false,
            _ => {}
        }
        i += 1;
    }
    !inside
}

/// Whether the run at `run` may name a person: it is no acronym of
/// capitals alone nor a contracted `I`, and the word before it is no
/// article and no preposition of place (those make it a thing or a place:
/// `the EU`, `for England`).
fn may_name_person(input: &str, run: Span) -> bool {
    let text = &input[run.range()];
    // `I've`, `I’m`: the speaker's own pronoun, capitalized as a name is.
    if ["I'", "I\u{2019}"].iter().any(|p| text.starts_with(p)) {
        return false;
    }
    if crate::dateline::is_all_caps(text) {
        return false;
    }
    let before = input[..run.start].trim_end();
    // Empty after punctuation (`Khan, 30,`): that says nothing.
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !crate::lexicon::contains_ci(pronouns::NOT_BEFORE_PERSON, word)
}

/// `CNN's Gloria Borger`, `Florida’s Rick Wilson`: a name `name` (a span
/// of `input`) whose last possessive is followed by a capitalized word,
/// split into the owner (without its `'s`) and the name after it.
fn affiliated(input: &str, name: Span) -> Option<(Span, Span)> {
    let text = &input[name.range()];
    // A byte walk back from each space: most names hold no possessive, and
    // a substring search costs its setup on every one (2.5% of the bbc run).
    // Each ending with the bytes of it that are the mark, not the owner's
    // (`Reuters’ Luciana Lopez`: a plural's mark alone, after its `s`).
    const MARKS: [(&str, usize); 4] = [("'s", 2), ("\u{2019}s", 4), ("s'", 1), ("s\u{2019}", 3)];
    let (at, mark) = memchr::memrchr_iter(b' ', text.as_bytes()).find_map(|sp| {
        let head = &text[..sp];
        MARKS
            .iter()
            .find(|(m, _)| head.ends_with(m))
            .map(|&(_, len)| (sp - len, len + 1))
    })?;
    let person = &text[at + mark..];
    let owner = text[..at].trim_end();
    if owner.is_empty() || !person.starts_with(char::is_uppercase) || names_organization(person) {
        return None;
    }
    let start = name.start + at + mark;
    Some((
        Span::new(name.start, name.start + owner.len()),
        Span::new(start, name.end),
    ))
}

#[cfg(test)]
mod resolver_tests {
    use super::index::last_word;

    #[test]
    fn a_quotation_mark_is_straight_curly_or_two_single_ones() {
        use super::holds_quotation_mark;
        assert!(holds_quotation_mark("He said \"no\"."));
        assert!(holds_quotation_mark("He said \u{201C}no."));
        assert!(holds_quotation_mark("He said no\u{201D}."));
        assert!(holds_quotation_mark("He said ''no''."));
        // An apostrophe, a single mark, a dash: none.
        assert!(!holds_quotation_mark(
            "Trump\u{2019}s wall \u{2014} O'Neill's 'plan'."
        ));
    }

    #[test]
    fn a_closing_mark_is_one_a_space_or_the_end_follows() {
        use super::after_closing_mark;
        assert_eq!(after_closing_mark("\u{201D} He"), "He");
        assert_eq!(after_closing_mark("\" He"), "He");
        assert_eq!(after_closing_mark("''"), "");
        // An opening mark stays: the quotation opens the sentence.
        assert_eq!(after_closing_mark("\"We did,\""), "\"We did,\"");
        assert_eq!(after_closing_mark("He"), "He");
    }

    #[test]
    fn a_personal_pronoun_stands_for_no_acronym_or_place() {
        // No name has a known gender: `he` takes the last run before it
        // that may name a person.
        let speaker = |text| {
            let a = crate::parse(text).unwrap();
            a.quotes[0].speaker.unwrap().name.text
        };
        let text = "Title\n\nEdward Leigh, chairman of the committee, said Britain \
                    must act when it takes the EU presidency.\n\n\
                    \"Fraud is theft,\" he said.\n";
        assert_eq!(speaker(text), "Edward Leigh");
        let text = "Title\n\nBell hopes to play for England. \"I am ready,\" he said.\n";
        assert_eq!(speaker(text), "Bell");
    }

    #[test]
    fn a_pronoun_means_the_name_brought_in_since_the_last_quote() {
        // Kent Conrad speaks (a cue follows his name) after the last quote
        // and before `he`: he is meant, not the earlier speaker; a firm
        // that speaks is no such name.
        let text = "Title\n\n\"We are glad,\" Vice-President Dick Cheney said.\n\n\
                    Democratic Senator Kent Conrad said the proposals were costly. \
                    \"The cost explodes,\" he said.\n\n\
                    Acme said sales fell. \"We will win,\" he said.\n";
        assert_eq!(names(text), ["Dick Cheney", "Kent Conrad", "Kent Conrad"]);
    }

    #[test]
    fn he_or_she_stands_for_no_organization() {
        // The person of the organization that speaks is meant.
        let text = "Title\n\n\"We are glad,\" Vice-President Dick Cheney said.\n\n\
                    Inspector Paul Miller of Thames Valley Police said a ladder was \
                    used. \"He was brave,\" he said.\n";
        assert_eq!(names(text), ["Dick Cheney", "Paul Miller"]);
        // The full name before the organization, not the organization.
        let text = "Title\n\nColin MacIntyre, of Mull Historical Society, was playing \
                    another gig. He said: \"I am glad.\"\n";
        assert_eq!(names(text), ["Colin MacIntyre"]);
        // An organization that spoke is no later `he`; `it` may be.
        let text = "Title\n\n\"We hold that,\" Deutsche Bank said. Mike Lake, a \
                    lawyer, said on Tuesday the firm stood by it, and \"we are \
                    ready,\" he said. \"We will appeal,\" it said.\n";
        assert_eq!(names(text), ["Deutsche Bank", "Mike Lake", "Deutsche Bank"]);
        // Unless a person spoke for it: `he` means the spokesman.
        let text = "Title\n\nGemma Jackson lost. A spokesman for the UK Film Council \
                    said: \"It is sad.\" He added: \"We had 24 nominees.\"\n";
        assert_eq!(names(text), ["UK Film Council", "UK Film Council"]);
    }

    #[test]
    fn he_or_she_skips_a_name_of_the_other_gender() {
        let text = "Title\n\nSen. Bernie Sanders is in the race against Hillary Clinton. \
                    But he began talking about what happens \"if we do not win.\"\n";
        assert_eq!(names(text), ["Bernie Sanders"]);
    }

    #[test]
    fn a_courtesy_title_picks_the_full_name_of_its_gender() {
        let text = "Title\n\nHillary Clinton spoke after Bill Clinton. \"We will win,\" \
                    Mrs. Clinton said. \"She will,\" Mr. Clinton said.\n";
        assert_eq!(names(text), ["Hillary Clinton", "Bill Clinton"]);
        // A given name that says the gender beats one that says nothing.
        let text = "Title\n\nDonald Trump spoke after his brother Thaddeus Trump. \"We will \
                    win,\" Mr. Trump said.\n";
        assert_eq!(names(text), ["Donald Trump"]);
    }

    #[test]
    fn an_emphatic_reflexive_is_no_part_of_the_name() {
        let text = "Title\n\nTed Cruz spoke first. Cruz himself said \"we will win.\"\n";
        assert_eq!(names(text), ["Ted Cruz"]);
    }

    #[test]
    fn an_opening_participle_clause_is_no_subject() {
        let text = "Title\n\nTed Cruz spoke first. Asked which county was his favorite, \
                    he demurred: \"Whichever one I am in.\"\n";
        assert_eq!(names(text), ["Ted Cruz"]);
    }

    #[test]
    fn a_verb_form_opening_a_sentence_is_no_part_of_the_name() {
        // A participle: the fullest form of Lopez is Maria Lopez, not
        // Praising Lopez.
        let text = "Title\n\nMaria Lopez runs the club.\n\nPraising Lopez is easy for \
                    fans.\n\n\"We will win,\" Lopez said.\n";
        assert_eq!(names(text), ["Maria Lopez"]);
        // A speech verb before the name and a colon.
        let text = "Title\n\nMaria Lopez runs the club. Stated Lopez: \"We will win \
                    the league this year.\"\n";
        assert_eq!(names(text), ["Maria Lopez"]);
        // Names that end in -ing or -ed stay whole.
        let text = "Title\n\nSterling Moss raced on. \"It was fast,\" Moss said.\n\n\
                    Ahmed Khan spoke next. \"It was slow,\" Khan said.\n";
        assert_eq!(names(text), ["Sterling Moss", "Ahmed Khan"]);
    }

    #[test]
    fn a_relative_pronoun_means_no_thing_the_sentence_opens_with() {
        let text = "Title\n\nDonald Trump spoke first. The ad includes a clip in which \
                    he says he will build a \"deportation force\" soon.\n";
        assert_eq!(names(text), ["Donald Trump"]);
        // A title opening the sentence is a person's: the pronoun, still
        // the mention, stands for it.
        let body = "Donald Trump spoke first. The senator posted tweets in which \
                    he called it a \"disaster\" at once.";
        assert_eq!(super::mentions(body), ["he"]);
        assert_eq!(names(&format!("Title\n\n{body}\n")), ["The senator"]);
    }

    #[test]
    fn a_capitalized_role_before_a_title_and_name_is_the_role() {
        let text = "Title\n\nShadow attorney general Dominic Grieve criticised what he \
                    said was an \"exceptional institution\" today.\n";
        assert_eq!(names(text), ["Dominic Grieve"]);
        // A given name opens a person's name, not a role.
        let text = "Title\n\nVictoria Wood slated comedian Sacha Baron Cohen for what \
                    she called his \"horrible\" humour.\n";
        assert_eq!(names(text), ["Victoria Wood"]);
    }

    #[test]
    fn a_role_noun_that_opens_a_sentence_before_a_full_name_is_the_role() {
        // `Wing`, `Keeper` are surnames too, so no titles; before a full
        // name at a sentence's start they are roles.
        let text = "Title\n\nWing Pierre Lacombe says the side can still win. \"We know \
                    it,\" said Lacombe.\n\nKeeper Tom Harrow agreed. \"We are ready,\" he said.\n";
        assert_eq!(names(text), ["Pierre Lacombe", "Tom Harrow"]);
        // In a speaker phrase the role is kept.
        let a = crate::parse("Title\n\nFlanker Joe Brand said: \"We are ready.\"\n").unwrap();
        let s = a.quotes[0].speaker.unwrap();
        assert_eq!(
            (s.name.text, s.role.unwrap().text),
            ("Joe Brand", "Flanker")
        );
        // Inside a sentence, the word is the name's.
        let text = "Title\n\n\"It is early,\" says Wing Lee Chan.\n";
        assert_eq!(names(text), ["Wing Lee Chan"]);
    }

    #[test]
    fn a_place_before_a_lowercase_role_is_the_roles_and_the_name_the_subject() {
        // `Kelso boss`, `Eastfield United manager`: the subject the pronoun
        // means is the name after the role, not the last name before it.
        let text = "Title\n\nThe side lost again. But Kelso boss Alan Greig has yet to confirm \
                    the move from Tarn Park. \"I heard it on Sunday,\" he said.\n\n\
                    Eastfield United manager Tom Hale wants a move from Brook Lane. \"We are \
                    ready,\" he said.\n";
        assert_eq!(names(text), ["Alan Greig", "Tom Hale"]);
    }

    #[test]
    fn a_web_address_ends_its_sentence() {
        let text = "Title\n\nFriends were devastated, according to Tchadinfos.com. \
                    \"He had many projects,\" his friend Mahamat Saleh Oumar told the site.\n";
        assert_eq!(names(text), ["Mahamat Saleh Oumar"]);
    }

    #[test]
    fn a_cue_word_ending_a_prepositional_phrase_is_a_noun() {
        let text = "Title\n\nIt provoked mixed feelings in many Asian states, and it used \
                    \"velvet gloves\" in its dealings, said Nargis Kassenova.\n";
        assert_eq!(names(text), ["Nargis Kassenova"]);
    }

    #[test]
    fn kin_make_a_role_and_news_media_no_person() {
        let text = "Title\n\nHis mother Katherine Jackson told Fox News on Sunday that he \
                    was innocent. \"I believe him,\" she said.\n";
        assert_eq!(names(text), ["Katherine Jackson"]);
    }

    #[test]
    fn a_subject_a_long_sentence_before_the_pronoun_is_still_in_reach() {
        // Some 480 bytes between Mr Denham and the pronoun.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules on council housing, school \
                    transport, road repairs, library hours, park lighting, bin collections, \
                    planning appeals, parking permits and street markets should all change \
                    before the spring. The review of those rules, which he first asked for \
                    when the council met in the autumn of last year and again at its meeting \
                    in the town hall before the summer break, has not yet begun, and he says \
                    that the council has had more than enough time. \"We want it now,\" he \
                    said.\n";
        assert_eq!(names(text)[2], "John Denham");
    }

    #[test]
    fn the_role_alone_stands_for_the_person_named_with_it() {
        let text = "Title\n\nMayor Ann Lee opened the fair. Deputy Mayor Tom Hale spoke \
                    next, and Jo Park cut the ribbon. \"It is a fine day,\" the mayor said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // A role news writing leaves unnamed keeps its words.
        let text = "Title\n\nSpokesman Tom Hale left early. \"We are ready,\" the spokesman \
                    said.\n";
        assert_eq!(names(text), ["the spokesman"]);
    }

    #[test]
    fn the_role_alone_stands_for_the_person_named_with_its_abbreviation() {
        let text = "Title\n\nSen. Ann Lee (D-Mass.) opened the debate. Tom Hale spoke next. \
                    \"It is a fine day,\" the senator said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // The words before the role are the abbreviation's too: not Tom
        // Hale, a senator of another state.
        let text = "Title\n\nFlorida Sen. Ann Lee spoke first. Ohio Sen. Tom Hale spoke \
                    next. \"It is a fine day,\" the Florida senator said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // A deputy is not the role.
        let text = "Title\n\nLt. Gov. Tom Hale spoke. \"It is a fine day,\" the governor \
                    said.\n";
        assert_eq!(names(text), ["the governor"]);
    }

    #[test]
    fn a_peer_named_by_title_and_surname_is_whom_he_means() {
        let text = "Title\n\n\"It is wrong,\" said John Denham.\n\nLord Tebbit said he agreed \
                    with the view. \"It is the worst case I know,\" he added.\n";
        assert_eq!(names(text)[1], "Tebbit");
    }

    #[test]
    fn sentences_that_go_on_with_the_pronoun_carry_the_subject_to_it() {
        // Lewis Champion spoke last; Mr Denham is the subject two sentences
        // back, and the sentence between goes on about him.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. The review was \
                    the first he had asked for. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[2], "John Denham");
        // A sentence between that does not go on about him breaks the
        // chain.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. The review was \
                    the first in years. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[2], "Lewis Champion");
    }

    #[test]
    fn a_name_that_speaks_past_an_appositive_is_a_new_speaker() {
        // Lewis Champion spoke last; John Denham speaks since, past an
        // appositive, and a sentence about another thing stands between.
        let text = "Title\n\n\"It is fine,\" said Lewis Champion.\n\nJohn Denham, a \
                    spokesman for the club, said the rules should change. The club will meet \
                    in May. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[1], "John Denham");
        // An appositive with no article, and one of its own after it.
        let text = "Title\n\n\"It is fine,\" said Lewis Champion.\n\nJohn Denham, chief \
                    executive of Denham Holdings, a small firm, said the rules should change. \
                    The firm will meet in May. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[1], "John Denham");
    }

    #[test]
    fn a_gendered_noun_that_ends_the_sentence_before_is_no_role_of_the_subject() {
        // Lewis Champion spoke last; the sentence before ends with
        // `spokesman.`, which is no role of Mr Denham, the subject after it.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nThe club is being run from its offices, says a club \
                    spokesman.\n\nMr Denham believes the rules should change. \"We want it \
                    now,\" he said.\n";
        assert_eq!(names(text)[2], "John Denham");
    }

    #[test]
    fn the_subject_of_the_sentence_before_is_whom_he_means() {
        // Lewis Champion spoke last, but the sentence before names Mr
        // Denham as its subject.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. He said: \
                    \"We want a review.\"\n";
        assert_eq!(names(text)[2], "John Denham");
        // A subject is a person only by a title or a given name.
        let text = "Title\n\n\"We will win,\" said Fabien Pelous at the Stade de France.\n\n\
                    France have been criticised this year. He said: \"We are better.\"\n";
        assert_eq!(names(text)[1], "Fabien Pelous");
        // Or by a role in apposition.
        let text = "Title\n\n\"It is wrong,\" said John Denham.\n\nAzmat Begg, father of \
                    Moazzam, thanked his lawyers. He added: \"We want a review.\"\n";
        assert_eq!(names(text)[1], "Azmat Begg");
        // After a conjunction, with an appositive, or as a possessor.
        for opening in [
            "But Mr Denham believes",
            "Mr Denham, who chairs the committee, believes",
            "Mr Denham's committee believes",
            "Lewis Champion said it was \"all fine.\" But Mr Denham believes",
        ] {
            let text = format!(
                "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                 Champion.\n\n{opening} the rules should change. He said: \"We want a review.\"\n"
            );
            assert_eq!(names(&text).last(), Some(&"John Denham"), "{opening}");
        }
        // A name before a role is no subject: `Champion campaign chairman`.
        let text = "Title\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham campaign chairman Bob Smith thinks so. He said: \
                    \"We want a review.\"\n";
        assert_ne!(names(text)[2], "John Denham");
    }

    #[test]
    fn a_parenthesis_between_a_name_and_its_cue_keeps_the_name_speaking() {
        let text = "Title\n\n\"It is wrong,\" said John Denham.\n\nSenator Bob Lee (D-Ohio) \
                    responded by standing on the floor. \"We want a review,\" he said.\n";
        assert_eq!(names(text), ["John Denham", "Bob Lee"]);
    }

    #[test]
    fn an_abbreviation_dot_opens_no_sentence() {
        // `Sen. Ted Cruz` is no sentence's subject: Clint Howard is.
        let text = "Title\n\n\"He is fine,\" said Clint Howard.\n\nHoward, the brother of Ron \
                    Howard, endorsed Sen. Ted Cruz in November. He said Cruz \"has courage.\"\n";
        assert_eq!(names(text), ["Clint Howard", "Clint Howard"]);
    }

    #[test]
    fn who_after_a_name_of_a_place_means_the_person() {
        let text = "Title\n\nIt gave fodder to Sen. Marco Rubio of Florida, who said she was \
                    \"disqualified\" at once.\n";
        assert_eq!(names(text), ["Marco Rubio"]);
    }

    #[test]
    fn a_given_name_keeps_the_other_gender_off() {
        let text = "Title\n\nLeonardo DiCaprio paused to sign autographs. He said it was \
                    \"unlike anything\" before.\n\nBest actress Imelda Staunton, who wore green, \
                    spoke after Leonardo DiCaprio left. She said: \"Never in a million years.\"\n";
        assert_eq!(names(text), ["Leonardo DiCaprio", "Imelda Staunton"]);
    }

    #[test]
    fn a_describing_phrase_ends_with_its_noun() {
        let body = "The 14-year-old said she was hoping to meet them but joked that \
                    \"they are a little too old for me\". The editorial board recently \
                    wrote that \"it is over\" for him.";
        assert_eq!(
            super::mentions(body),
            ["The 14-year-old", "The editorial board"]
        );
    }

    /// The name of each quote's speaker.
    fn names(text: &str) -> Vec<&str> {
        let a = crate::parse(text).unwrap();
        a.quotes
            .iter()
            .map(|q| q.speaker.unwrap().name.text)
            .collect()
    }

    #[test]
    fn a_given_name_says_the_gender_a_pronoun_wants() {
        // As good as a title to the latest speaker: John Brown for `he`,
        // not the earlier Mr Smith.
        let text = "Title\n\n\"We will win,\" said Mr Smith. \"No,\" said John Brown.\n\n\
                    \"We will,\" he said.\n";
        assert_eq!(names(text)[2], "John Brown");
        // And it keeps the other gender off: Hillary Clinton for `she`.
        let text = "Title\n\n\"We will win,\" said Hillary Clinton. \"No,\" said Donald Trump.\n\n\
                    \"We will,\" she said.\n";
        assert_eq!(names(text)[2], "Hillary Clinton");
    }

    #[test]
    fn the_sentence_before_a_pronoun_skips_a_quotation() {
        use super::sentence_before_start;
        let text = "Old news. Sony has said so. \"It is late. Wait.\" it said.";
        let pos = text.rfind("it said").unwrap();
        assert_eq!(
            &text[sentence_before_start(text, 0, pos)..pos].trim_start()[..4],
            "Sony"
        );
        // Curly marks pair as straight ones do; a dash is no mark.
        let text = "Old news. Sony \u{2013} a firm, said so. \u{201c}Late. Wait,\u{201d} it said.";
        let pos = text.rfind("it said").unwrap();
        assert_eq!(
            &text[sentence_before_start(text, 0, pos)..pos].trim_start()[..4],
            "Sony"
        );
        // No sentence end: as far back as allowed; none after `pos`.
        assert_eq!(sentence_before_start(text, 4, 8), 4);
        assert_eq!(sentence_before_start(text, 9, 5), 9);
    }

    #[test]
    fn the_word_before_a_mention_is_the_char_split() {
        let text =
            "Ms Diemont said, Mr.\u{a0}Smith  and\tMrs Zoë Jones\u{2003}x\nLady é Ann \u{b}Ed";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let before = text[..at].trim_end();
            let want = before.rsplit(char::is_whitespace).next().unwrap_or("");
            assert_eq!(last_word(&text[..at]), want, "{at}");
        }
    }
}

/// The speaker mention of each quote `parse` finds in `body` (after a
/// title line), empty for a quote with no speaker: the rule tests of
/// attribution and speakers read their answers from it.
#[cfg(test)]
fn mentions(body: &str) -> Vec<String> {
    let text = format!("Title\n\n{body}\n");
    let article = crate::parse(&text).expect("parses");
    article
        .quotes
        .iter()
        .map(|q| {
            q.speaker
                .map_or(String::new(), |s| s.mention.text.to_string())
        })
        .collect()
}

#[cfg(test)]
mod keep_tests {
    fn quotes(text: &str) -> Vec<&str> {
        let a = crate::parse(text).expect("text parses");
        a.quotes.iter().map(|q| q.text).collect()
    }

    #[test]
    fn a_short_sentence_of_its_own_is_speech() {
        let text = "Title\n\nThe rain stopped at noon. \"We got lucky.\"\n\n\
                    Crowds came back. \"Who knew?\" Then the band played.\n";
        assert_eq!(quotes(text), ["We got lucky.", "Who knew?"]);
    }

    #[test]
    fn a_short_phrase_inside_a_sentence_is_not() {
        // Mid-sentence, no capital, no stop of its own: scare quotes and
        // titles stay out.
        let text = "Title\n\nThe rain stopped at noon. Then came the \"big one.\"\n\n\
                    Crowds came back for \"Swan Lake.\" Then the band played.\n\n\
                    The band played. \"loud music.\" Then it stopped.\n";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }
}
