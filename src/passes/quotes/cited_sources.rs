//! Sources a writer cites for a whole report, which stand for the speaker
//! found: `according to CNN`, `..., CNN reported.`, and the poll or survey
//! its respondents speak through (`In a CNN poll, 31 percent said ...`).

use super::attribution::Found;
use super::cue_tokens::cue_at;
use super::grammar::cited_source;
use super::noun_phrases::np_back;
use super::speakers::{How, Np};
use super::subjects::{ends_sentence, is_word};
use super::tokens::{is_cap, text, Kind, Tok};
use crate::span::Span;
use memchr::memmem;
use std::sync::LazyLock;

/// How many tokens either side of a cue its sentence is searched for an
/// `according to`.
const SENTENCE_REACH: usize = 60;

/// `According to CNN, Sanders said: "..."`, `the judge said, according to
/// the Post`: an `according to` in the sentence of the cue that was found
/// names the source the writer cites for the whole report.
pub(super) fn according_to(input: &str, toks: &[Tok], f: Found) -> Option<Found> {
    let cue = f.cue?;
    if input[cue.range()].eq_ignore_ascii_case("according to") {
        return None;
    }
    let ends = |t: &Tok| ends_report_sentence(input, t);
    let c = toks.partition_point(|t| t.s < cue.start);
    let mut s = c;
    while s > 0 && c - s < SENTENCE_REACH && !ends(&toks[s - 1]) {
        s -= 1;
    }
    let mut e = c;
    while e < toks.len() && e - c < SENTENCE_REACH && !ends(&toks[e]) {
        e += 1;
    }
    (s..e).find_map(|j| {
        // Only that one phrase is wanted: its first word says whether to
        // ask for a cue at all.
        if !(is_word(&toks[j]) && text(input, &toks[j]).eq_ignore_ascii_case("according")) {
            return None;
        }
        let (after, a) = cue_at(input, toks, j, e)?;
        if !input[a.range()].eq_ignore_ascii_case("according to") || after >= e {
            return None;
        }
        let (_, np) = cited_source(input, &input[toks[after].s..])?;
        Some(Found {
            np,
            cue: Some(a),
            to: None,
        })
    })
}

/// Whether `words` may hold the cue of [`reported_by`] (`reports`,
/// `reported`).
pub(super) fn has_report(words: &[u8]) -> bool {
    static FINDER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("report"));
    FINDER.find(words).is_some()
}

/// Whether `words` may name what [`poll_source`] looks for (`poll`,
/// `survey`).
pub(super) fn has_poll(words: &[u8]) -> bool {
    static POLL: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("poll"));
    static SURVEY: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("survey"));
    POLL.find(words).is_some() || SURVEY.find(words).is_some()
}

/// True when token `t` ends a sentence; a quote that ends with a full stop
/// ends its sentence too.
fn ends_report_sentence(input: &str, t: &Tok) -> bool {
    ends_sentence(t)
        || matches!(t.kind, Kind::Quote(_))
            && input[t.s..t.e]
                .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '?' | '!'))
                .ends_with(['.', '?', '!'])
}

/// `"...," said Ann Lee, reports the Tribune.`, `..., CNN reported.`: a
/// report cue with its outlet ending the sentence of the cue that was
/// found names the source the writer cites, as `according to` does. The
/// outlet is a capitalized phrase; the walk to the sentence's end is
/// bounded by [`SENTENCE_REACH`].
pub(super) fn reported_by(input: &str, toks: &[Tok], f: Found) -> Option<Found> {
    let cue = f.cue?;
    let c = toks.partition_point(|t| t.s < cue.start);
    let mut e = c;
    let ends = |t: &Tok| ends_report_sentence(input, t);
    while e < toks.len() && e - c < SENTENCE_REACH && !ends(&toks[e]) {
        e += 1;
    }
    if e >= toks.len() || e < c + 3 || toks[e].kind != Kind::Punct('.') {
        return None;
    }
    let is_report = |t: &Tok| is_word(t) && matches!(text(input, t), "reports" | "reported");
    let outlet = |np: &Np| {
        let w = &input[np.mention.range()];
        let w = w.strip_prefix("the ").unwrap_or(w);
        np.how != How::Pronoun && w.split(' ').next().is_some_and(is_cap)
    };
    let (np, at, r) = if is_report(&toks[e - 1]) {
        // `, the Tribune reports.`
        let np = np_back(input, toks, e - 1, c + 1).filter(outlet)?;
        let k = toks.partition_point(|t| t.s < np.mention.start);
        let k = if k > 0 && is_word(&toks[k - 1]) && text(input, &toks[k - 1]) == "the" {
            k - 1
        } else {
            k
        };
        (np, k.checked_sub(1)?, e - 1)
    } else {
        // `, reports the Tribune.`
        let r = (c + 1..e).rev().take(8).find(|&r| is_report(&toks[r]))?;
        let np = np_back(input, toks, e, r + 1).filter(outlet)?;
        (np, r.checked_sub(1)?, r)
    };
    if at <= c || toks[at].kind != Kind::Punct(',') {
        return None;
    }
    Some(Found {
        np,
        cue: Some(Span::new(toks[r].s, toks[r].e)),
        to: None,
    })
}

/// `In a CNN poll released Monday, 31 percent of voters said they were
/// "..."`, `The Q poll finds that 37 percent of Americans say ...`: a share
/// of respondents (`percent`, `%`, `six in 10`) speaks through the poll or
/// survey its sentence names before the cue; that poll is the source.
pub(super) fn poll_source(input: &str, toks: &[Tok], f: Found) -> Option<Found> {
    let cue = f.cue?;
    let c = toks.partition_point(|t| t.s < cue.start);
    // The share ends a few tokens before the cue (`75 percent of
    // Republicans said`, `3 percent of self-identified "liberals" said`).
    let share = (c.saturating_sub(7)..c).any(|k| {
        let t = &toks[k];
        t.kind == Kind::Punct('%')
            || is_word(t)
                && (text(input, t) == "percent"
                    || text(input, t) == "in"
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| is_word(n) && matches!(text(input, n), "10" | "ten")))
    });
    if !share {
        return None;
    }
    let mut s = c;
    while s > 0 && c - s < SENTENCE_REACH && !ends_sentence(&toks[s - 1]) {
        s -= 1;
    }
    let p = (s..c).rev().find(|&k| {
        is_word(&toks[k])
            && matches!(
                text(input, &toks[k]),
                "poll" | "polls" | "survey" | "surveys"
            )
    })?;
    let np = np_back(input, toks, p + 1, s).unwrap_or(Np {
        how: How::Description,
        mention: Span::new(toks[p].s, toks[p].e),
        role: None,
        antecedent: None,
    });
    Some(Found {
        np,
        cue: Some(cue),
        to: None,
    })
}
