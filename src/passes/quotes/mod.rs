//! Quote extraction and speaker attribution.
//!
//! Three steps over the kept paragraphs: [`scan`] pairs quotation marks
//! into pieces, [`attribution`] finds the cue and speaker phrase of each
//! piece (the nom [`grammar`] after a quote, token walks in [`subjects`],
//! [`noun_phrases`], [`bodies`], [`sentence_subjects`] and [`cue_tokens`]
//! elsewhere; [`cited_sources`] and [`non_speech`] for the sources cited
//! and the pieces that are no speech), and the [`resolver`] turns speaker
//! phrases into speakers (fullest name, role, pronoun resolution), asking
//! the name [`index`], the people [`speakers`] records, and the readings of
//! the text around a name in [`descriptions`], [`people`], [`speaking`] and
//! [`sentences`].
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
//!
//! A hard-wrapped article, or one with wide spaces between its words, is
//! read in a view of its text ([`unwrapped`], [`wide_spaces`]) where its
//! words stand as on one line with ASCII spaces; one that sets its
//! quotations in single marks, as British papers do, in a view with those
//! marks written as double ones ([`single_marks`]). What is found there is
//! mapped back to the input's spans.

mod attribution;
#[cfg(test)]
mod bbc_sample;
mod bodies;
mod cited_sources;
mod cue_tokens;
mod descriptions;
mod grammar;
mod hashing;
mod index;
mod names;
mod non_speech;
mod noun_phrases;
mod people;
mod resolver;
mod scan;
mod scratch;
mod sentence_subjects;
mod sentences;
mod single_marks;
mod speakers;
mod speaking;
mod subjects;
mod tokens;
mod unwrapped;
mod wide_spaces;

use crate::article::{Article, Quote, Speaker, Via};
use crate::pass::Pass;
use crate::span::{Span, Text};
use attribution::{Found, Outcome, Verdict};
use index::NameIndex;
use resolver::Resolver;
use scan::Piece;
use scratch::Scratch;
use smallvec::SmallVec;
use speakers::Entities;

/// Finds direct quotations and their speakers, filling [`Article::quotes`].
///
/// The pass clears and rebuilds the quote list, so running it again
/// changes nothing. It looks only at kept paragraphs, so it belongs after
/// boilerplate and duplicate removal (it is the last default pass).
///
/// ```
/// use newsparse::{passes::Quotes, Parser, Via};
///
/// let text = "News of the day\n\n\
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

/// For an article with no quoted piece in double marks (`paras` of
/// `input`) that may set its quotations in single marks: when it does,
/// writes into `restyled` its view with those written as double marks
/// ([`single_marks`]), adds the marks it wrote to `marks_at`, pairs into
/// `att.pieces` those of the first paragraph that holds a piece, and
/// returns that paragraph. Out of line: few articles ask.
#[cold]
#[inline(never)]
fn restyled_first(
    input: &str,
    paras: &[Text<'_>],
    nested: bool,
    restyled: &mut String,
    marks_at: &mut scan::Candidates,
    att: &mut Attributed,
) -> Option<usize> {
    let mut written = Vec::new();
    if !single_marks::restyle_into(input, paras, nested, restyled, &mut written) {
        return None;
    }
    marks_at.add_marks(&written);
    let all_pieces = &mut att.pieces;
    all_pieces.clear();
    // (The view's paragraphs are the input's spans of the view, as the
    // pass reads them below; sliced here one at a time, not collected.)
    paras.iter().position(|p| {
        marks_at.pieces(&restyled[p.span.range()], p.span.start, all_pieces);
        !all_pieces.is_empty()
    })
}

/// How many articles [`Pass::run_all`] takes through a stage at a time:
/// enough that the stage's code is read from memory once for many, few
/// enough that what attribution hands on is still in the data cache.
const GROUP: usize = 32;

/// How many bytes back from a pronoun a name brought in since the last
/// quote is looked for (see [`Resolver::new_speaker_before`]): the few
/// sentences before the quote, where news writing names whom a pronoun then
/// quotes, with the sentences that go on about that person between (see
/// [`pronoun_carries_on`](sentences::pronoun_carries_on)). Farther back a
/// name is as likely someone talked about, and each byte read costs every
/// pronoun.
const NEW_SPEAKER_REACH: usize = 600;

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
        let (name, role) = peer_named(input, self.name, self.role);
        Speaker {
            name: slice(name),
            role: role.map(slice),
            mention: slice(self.mention),
            via: self.via,
        }
    }
}

/// `said Lord Falconer`, `Baroness Scotland said`: a peer is named by the
/// title with the surname or place (`Falconer` alone, or `Scotland`, is
/// not how anyone names the peer), so a name of one word right after a
/// peer's title takes it in, and a role that is that title alone is none
/// then (`Lord Chancellor Lord Falconer` keeps its role).
fn peer_named(input: &str, name: Span, role: Option<Span>) -> (Span, Option<Span>) {
    // (Asked of every quote: the last letter of a title first, that of
    // each of `Lord`, `Lady`, `Baroness`, `Baron`.)
    let before = &input.as_bytes()[..name.start];
    let Some(before) = before
        .strip_suffix(b" ")
        .filter(|b| matches!(b.last(), Some(b'd' | b'y' | b's' | b'n')))
    else {
        return (name, role);
    };
    let Some(title) = speakers::PEERAGES.iter().find(|t| {
        before.ends_with(t.as_bytes())
            && (before.len() == t.len()
                || !before[before.len() - t.len() - 1].is_ascii_alphanumeric())
    }) else {
        return (name, role);
    };
    if input[name.range()].contains(' ') {
        return (name, role);
    }
    let role = role.filter(|r| &input[r.range()] != *title);
    (Span::new(before.len() - title.len(), name.end), role)
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
    /// The view of the article's text that attribution read, when
    /// `unwrapped` or `collapsed`: with the line breaks inside its
    /// paragraphs written as spaces, when `unwrapped`, so that a
    /// hard-wrapped paragraph (`said Ray Stone\nof Merrill Lynch`) reads as
    /// the same words on one line do, to every reader of sentences, names
    /// and roles, which otherwise would each have to tell a wrapped line's
    /// break from a paragraph's; with each wide space and each run of
    /// spaces written as one ASCII space, when `collapsed` (the text holds
    /// a wide space: see [`wide_spaces`]). Its offsets are the
    /// input's as `map` maps them. Kept from one article to the next.
    view: String,
    /// Whether the paragraphs from the first that holds a piece on are
    /// hard-wrapped ([`unwrapped::is_wrapped`]).
    unwrapped: bool,
    /// Whether the text holds a wide space: the view is shorter.
    collapsed: bool,
    /// Whether the article sets its quotations in single marks: the view
    /// has them written as double marks ([`single_marks`]).
    restyled: bool,
    /// The view's offsets to the input's: where it is shorter.
    map: crate::space::OffsetMap,
}

impl Attributed {
    /// Empties the lists, or drops any that grew huge.
    pub(super) fn keep(&mut self) {
        scratch::keep(&mut self.verdicts);
        scratch::keep(&mut self.intros);
        scratch::keep(&mut self.pieces);
        scratch::keep(&mut self.piece_ends);
        self.quoted = false;
        self.unwrapped = false;
        self.collapsed = false;
        self.restyled = false;
        self.map.clear();
        if self.view.capacity() >= unwrapped::VIEW_KEEP_MAX {
            self.view = String::new();
        }
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
        att.restyled = false;
        scratch.toks.clear();
        scratch.marks.clear();
        let mut marks_at = scratch::take_candidates();
        marks_at.find(input, paras);
        // An article without a quoted piece has no quote: skip the name
        // index and everything else (pairing marks per paragraph, stopping
        // at the first piece).
        // The paragraphs before the first piece are known to hold none:
        // they are not scanned again below. Pieces are paired straight
        // into the article's list, not copied there from a paragraph's.
        let all_pieces = &mut att.pieces;
        let first = paras.iter().position(|p| {
            marks_at.pieces(p.text, p.span.start, all_pieces);
            !all_pieces.is_empty()
        });
        // An article with no piece in double marks may set its quotations
        // in single ones: read then in a view with those written as double
        // marks (see [`single_marks`]), the marks it wrote added to the
        // candidates.
        // So may one whose first piece in double marks is nested in single
        // ones (see [`single_marks::nests_doubles`]): then the view also
        // writes the double marks as single ones. (Asked only where a
        // single mark that may open comes before the piece in its
        // paragraph: most pieces have none before them.)
        let nested = first.is_some_and(|k| {
            let p = &paras[k];
            att.pieces.first().is_some_and(|q| {
                let at = q.outer_start - p.span.start;
                let b = &p.text.as_bytes()[..at.min(p.text.len())];
                let opens = |k: usize| match b[k] {
                    b'\'' => k == 0 || b[k - 1].is_ascii_whitespace(),
                    _ => b[k..].starts_with("\u{2018}".as_bytes()),
                };
                memchr::memchr2_iter(b'\'', 0xE2, b).any(opens)
                    && single_marks::nests_doubles(p.text, at)
            })
        });
        let mut restyled = String::new();
        let first = match first {
            Some(first) if !nested => first,
            _ => {
                // Single marks may open quotations where the text holds an
                // opening curly one, or an apostrophe after white space.
                let may = nested || marks_at.singles() || marks_at.lone_apostrophe(input);
                let found = may
                    .then(|| {
                        restyled_first(input, paras, nested, &mut restyled, &mut marks_at, att)
                    })
                    .flatten();
                match (found, first) {
                    (Some(found), _) => {
                        att.restyled = true;
                        found
                    }
                    // (No view where a pass left a paragraph that is not
                    // the input's at its span: the input's pieces then.)
                    (None, Some(first)) => {
                        att.pieces.clear();
                        let p = &paras[first];
                        marks_at.pieces(p.text, p.span.start, &mut att.pieces);
                        first
                    }
                    (None, None) => {
                        scratch::give_candidates(marks_at);
                        return;
                    }
                }
            }
        };
        att.quoted = true;
        // The text the views below are made from: the input, or its
        // restyled view (at the same offsets).
        let src = if att.restyled { &restyled } else { input };
        // Pieces in hard-wrapped paragraphs, or in text with wide spaces,
        // are read in the article's view (see [`Attributed::view`]).
        let mut view = std::mem::take(&mut att.view);
        // (Runs of ASCII spaces alone make no view: typed text's two
        // spaces after a stop are read where they stand, and a search for
        // them in every article costs more than what the view would mend.)
        att.collapsed = marks_at.wide_spaces()
            && wide_spaces::collapse_into(src, paras, &mut view, &mut att.map);
        att.unwrapped = if att.collapsed {
            let wrapped = unwrapped::is_wrapped(paras, first);
            if wrapped {
                let spans = paras.iter().map(|p| att.map.span_to_view(p.span));
                unwrapped::unwrap_view(&mut view, spans);
            }
            wrapped
        } else {
            unwrapped::unwrap_into(src, paras, first, &mut view)
        };
        if att.restyled && !att.collapsed && !att.unwrapped {
            view = restyled;
        }
        if att.collapsed || att.unwrapped || att.restyled {
            let vparas = wide_spaces::view_paragraphs(&view, paras, &att.map);
            // The pieces of an unwrapped view are the input's, since
            // pairing reads any white space alike; a shorter view's are
            // paired again, at its offsets.
            if att.collapsed {
                marks_at.move_to_view(&att.map);
                att.pieces.clear();
                let p = &vparas[first];
                marks_at.pieces(p.text, p.span.start, &mut att.pieces);
            }
            self.attribute_pieces(&view, &vparas, first, scratch, &mut marks_at, att);
        } else {
            self.attribute_pieces(input, paras, first, scratch, &mut marks_at, att);
        }
        att.view = view;
        scratch::give_candidates(marks_at);
    }

    /// Pairs the marks of the paragraphs after `first` (whose pieces
    /// `att.pieces` holds) into pieces and finds the attribution of each
    /// piece into `att`.
    fn attribute_pieces(
        &self,
        input: &str,
        paras: &[Text<'_>],
        first: usize,
        scratch: &mut Scratch,
        marks_at: &mut scan::Candidates,
        att: &mut Attributed,
    ) {
        let Attributed {
            verdicts,
            intros,
            pieces: all_pieces,
            piece_ends,
            ..
        } = att;
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
        if !att.unwrapped && !att.collapsed && !att.restyled {
            return self.resolve_in(input, paras, scratch, att);
        }
        // Read in the view attribution read: each text found is the
        // input's at the span its offsets map to.
        let vparas = wide_spaces::view_paragraphs(&att.view, paras, &att.map);
        let found = self.resolve_in(&att.view, &vparas, scratch, att);
        found
            .into_iter()
            .map(|q| wide_spaces::rebased(q, input, &att.map))
            .collect()
    }

    /// [`Quotes::resolve`] over `input`, the text attribution read.
    fn resolve_in<'a>(
        &self,
        input: &'a str,
        paras: &[Text<'a>],
        scratch: &mut Scratch,
        att: &Attributed,
    ) -> Vec<Quote<'a>> {
        let (verdicts, pieces, ends) = (&att.verdicts, &att.pieces, &att.piece_ends);
        // (Asked only of a quote paragraph with no attribution at all, and
        // by the resolver of a lone word that opens a sentence.)
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
        let mut r = Resolver::new(input, &mut names, &mut entities, &known);
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
                if !v.is_quote || non_speech::is_key_or_value(input, piece) {
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
                    // `However, the minutes added: "Some members noted
                    // ...". Ross Walker ... said he was surprised ... He
                    // said: "..."`: with none before, a phrase inside a
                    // sentence takes no attribution beyond the sentence
                    // after its own; what quotes it is in its sentence.
                    // (One that opens a sentence may be speech going on
                    // to a later `Mr Montieth says:`.)
                    let beyond = |o: usize| {
                        far(o) || vs[o].sentence > v.sentence && closes_sentence(input, piece)
                    };
                    let inside = || !opens_sentence(input, paras[pi].span.start, piece);
                    let dropped = |o: usize| before.is_none() && beyond(o) && inside();
                    let after = after.filter(|&o| !(passed_over || back || dropped(o)));
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
                // `"A Most Violent Year" hits select theaters`: a short
                // title-case piece that opens a paragraph and is no
                // sentence of its own names a work; nobody says it.
                let title = || !speechlike && non_speech::is_title_case(content.trim());
                if at.is_none() && opens && !title() {
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
                        // `She said: "..." The film's director Peter
                        // Chelsom said he was disappointed.` then `"It's a
                        // shame."`: a cue after the quote carried on, at
                        // the end of the paragraph before, brings in whom
                        // this opening quote, with no attribution of its
                        // own, quotes: someone named in full there, other
                        // than the speaker carried on, or whoever a colon
                        // that ends it brings in (`She went on to say:`).
                        // (Else a pronoun there most often goes on with
                        // that speaker; a thing described, `The
                        // restoration revealed`, `the crowd roared`, quotes
                        // no one.)
                        let after_carried = intro().filter(|f| {
                            let before = &paras[pi - 1];
                            brings_in_next(input, before.text, f, a, pieces[lo - 1].outer_end)
                        });
                        attrs[k] = Some(match after_carried {
                            Some(f) => r.attr(f),
                            None => Attr {
                                via: Via::Continuation,
                                ..*a
                            },
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
                if at.is_none() && !opens && k == 0 && speechlike {
                    // `Mr Dein said that ... there might now be too many
                    // games being shown. ... "Television has been ..."`: a
                    // paragraph with no attribution that opens with the
                    // speaker carried on as its subject goes on quoting
                    // that speaker.
                    // (A person named, not described: `The bill`, `The
                    // committee` open many a paragraph about another.)
                    let goes_on = carried.filter(|a| {
                        a.via != Via::Description
                            && attrs.iter().all(Option::is_none)
                            && opens_with_speaker(paras[pi].text, &input[a.name.range()])
                    });
                    if let Some(a) = goes_on {
                        attrs[k] = Some(Attr {
                            via: Via::Continuation,
                            ..a
                        });
                        at = Some(k);
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

/// Whether paragraph `text` opens with a word of `name` (its given name
/// or its surname, maybe after a courtesy title: `Mr Dein`, `Jamie`) as
/// the subject of its first sentence: no owner's `'s` after it, and a
/// lowercase word, its verb, right after.
fn opens_with_speaker(text: &str, name: &str) -> bool {
    let Some((mut first, mut rest)) = text.split_once(' ') else {
        return false;
    };
    if speakers::is_honorific(first) || speakers::is_academic(first) {
        let Some(next) = rest.split_once(' ') else {
            return false;
        };
        (first, rest) = next;
    }
    let first_of_name = name.split(' ').next().unwrap_or(name);
    (first == index::last_word(name) || first == first_of_name)
        && !speakers::is_determiner(first)
        && rest.starts_with(|c: char| c.is_ascii_lowercase())
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

/// Whether `f`, the attribution that ends paragraph `para` after its
/// last quote (which ends at `quote_end` and whose attribution `a` the
/// next paragraph's opening quote would carry on), brings in that quote
/// instead: a colon ends the paragraph (`She went on to say:`, `Jones
/// replied:`), or someone other than the speaker carried on is named there
/// in full.
#[inline(never)]
fn brings_in_next(input: &str, para: &str, f: &Found, a: &Attr, quote_end: usize) -> bool {
    let other = || {
        let named = &input[f.np.mention.range()];
        f.np.how == speakers::How::Name
            && f.cue != a.cue
            && f.np.mention != a.mention
            && named.contains(' ')
            && named != &input[a.name.range()]
    };
    f.cue.is_some_and(|c| c.start >= quote_end) && (para.ends_with(':') || other())
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
    piece.closed
        && input[piece.start..piece.end]
            .trim_end()
            .ends_with(['.', '?', '!'])
        && opens_capital(input, piece)
        && text_before(input, para_start, piece).ends_with(['.', '?', '!'])
}

/// Whether `piece` opens a sentence: a capital first, and nothing before
/// its mark in the paragraph but whole sentences, if anything.
fn opens_sentence(input: &str, para_start: usize, piece: &Piece) -> bool {
    let before = text_before(input, para_start, piece);
    opens_capital(input, piece) && (before.is_empty() || before.ends_with(['.', '?', '!']))
}

/// Whether the text of `piece` opens with a capital.
fn opens_capital(input: &str, piece: &Piece) -> bool {
    input[piece.start..piece.end]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// What the paragraph holds before the opening mark of `piece`, less the
/// closing marks of a quote that ended there.
fn text_before<'a>(input: &'a str, para_start: usize, piece: &Piece) -> &'a str {
    input[para_start..piece.outer_start]
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’'])
}

/// Whether `piece` ends its sentence with its own stop, a capital coming
/// next, maybe past a closing parenthesis (`("... more beautiful.") It
/// takes`): the sentence count, kept outside quotes, does not see that end.
fn closes_sentence(input: &str, piece: &Piece) -> bool {
    attribution::ends_with_stop(input, piece)
        && input[piece.outer_end..]
            .trim_start_matches([')', ' '])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
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

/// Whether a paragraph is a rule of underscores (`___.`), with which
/// live reports (`The Latest: ...`) part their items.
#[inline(never)]
fn is_rule(text: &str) -> bool {
    let b = text.as_bytes().trim_ascii();
    let b = b.strip_suffix(b".").unwrap_or(b);
    b.len() >= 2 && b.iter().all(|&c| c == b'_')
}

/// The speaker mention of each quote `parse` finds in `body` (after a
/// title line), empty for a quote with no speaker: the rule tests of
/// attribution and speakers read their answers from it.
#[cfg(test)]
fn mentions(body: &str) -> Vec<String> {
    let text = format!("News of the day\n\n{body}\n");
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
        let text = "News of the day\n\nThe rain stopped at noon. \"We got lucky.\"\n\n\
                    Crowds came back. \"Who knew?\" Then the band played.\n";
        assert_eq!(quotes(text), ["We got lucky.", "Who knew?"]);
    }

    #[test]
    fn a_short_phrase_inside_a_sentence_is_not() {
        // Mid-sentence, no capital, no stop of its own: scare quotes and
        // titles stay out.
        let text = "News of the day\n\nThe rain stopped at noon. Then came the \"big one.\"\n\n\
                    Crowds came back for \"Swan Lake.\" Then the band played.\n\n\
                    The band played. \"loud music.\" Then it stopped.\n";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }
}
