//! Attribution: which cue and speaker phrase a quoted piece belongs to.
//!
//! The common news pattern, the attribution right after the closing mark
//! (`"...," X said` / `"...," said X` / `"...," according to X` / `"..." ―
//! X`), is a nom grammar over the text after the quote. Then, in order: a
//! cue earlier in the quote's sentence (`X said: "..."`, `X called the code
//! "unfair"`), a cue later in it, a cue ending the previous sentence
//! (`Schiff said. "..."`), the owner of a speech noun (`Trump's claim that
//! "..."`), the sentence's subject with no listed cue (`Trump likened them
//! to a "vicious snake"`), and last the subject of the sentence before a
//! quote that stands as a sentence of its own. An `according to X` in the
//! cue's sentence, an outlet that reports it or a poll its respondents
//! speak through overrides the speaker found ([`cited_sources`]), and a
//! piece that is a title, a name or a key of code ([`non_speech`]) is no
//! quote at all. Speaker phrases before a cue are found by walking the
//! paragraph's tokens back from it. Every walk stops at the neighbouring
//! quote (a title between marks does not count), at a sentence end or after
//! a few dozen tokens, so the pass stays linear in the paragraph's length.
//!
//! [`cited_sources`]: super::cited_sources
//! [`non_speech`]: super::non_speech

use super::cited_sources::{according_to, has_poll, has_report, poll_source, reported_by};
use super::cue_tokens::cue_at;
use super::grammar::{
    addressee, after_quote, cited_source, is_dash, is_tell, span_of, titled_name_ending, Weak,
};
use super::non_speech::{is_list_joint, is_name_like, is_title_case};
use super::noun_phrases::np_back;
use super::scan::Piece;
use super::sentence_subjects::sentence_subject;
use super::speakers::{
    is_determiner, is_inner_preposition, is_partitive, is_pronoun, is_they, How, Np,
};
use super::subjects::{
    agent_at, back_in_sentence, be_before, clause_pronoun, cue_ending_sentence, ends_sentence,
    in_free_relative, inverted_at, is_be_form, is_word, passive_with_agent, subject_of_cue, Known,
    Stop, SPEECH_NOUNS,
};
use super::tokens::{is_cap, is_possessive, text, Kind, Mark, Tok, Tokenized};
use crate::ascii8;
use crate::lexicon::sets::Lexicon;
use crate::lexicon::{pronouns, verbs};
use crate::span::Span;

/// A speaker phrase with its cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub np: Np,
    /// None when the speaker is the subject of a sentence whose verb is not
    /// a listed cue (`Trump likened them to "snakes"`).
    pub cue: Option<Span>,
    pub to: Option<Span>,
}

/// What attribution makes of one quoted piece.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verdict {
    /// False for titles, nicknames and names (`a show titled "X"`).
    pub is_quote: bool,
    /// The cue and speaker next to the piece, if any.
    pub found: Option<Found>,
    /// Sentence number inside the paragraph.
    pub sentence: usize,
}

/// The addressee (`AFP` in `told AFP`) of a cue ending before token `k`;
/// none unless the cue is a form of `tell`.
fn addressee_at(input: &str, toks: &[Tok], cue: Span, k: usize, hi: usize) -> Option<Span> {
    if k >= hi || !is_tell(&input[cue.range()]) {
        return None;
    }
    addressee(&input[toks[k - 1].e..]).map(|a| span_of(input, a))
}

/// How many tokens after a passive cue (`were described as "..."`) its
/// `by` and agent are looked for: a clause, with its quote.
const PASSIVE_REACH: usize = 16;

/// Cues whose subject in the passive is the one spoken of or to: `was
/// told`, `is described as`, `was warned`; the table the subject of any
/// passive verb is asked of in [`subject_only`].
fn spoken_of(cue: &str) -> bool {
    verbs::PASSIVE_OBJECTS.binary_search(&cue).is_ok()
}

/// An attribution before quote token `q` in the same sentence, not reaching
/// back before token `lo`.
fn before_quote(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    q: usize,
    lo: usize,
) -> Option<Found> {
    let mut tries = 0;
    let mut j = q;
    while j > lo {
        j -= 1;
        let t = &toks[j];
        // (A quote after `lo` is a title or a name, part of the sentence:
        // `said on the show "Morning Joe" that "..."`.)
        if ends_sentence(t) {
            break;
        }
        let Some((after, cue)) = cue_at(input, toks, j, q) else {
            continue;
        };
        if in_closed_relative(input, toks, j, q, lo) || quote_ends_relative(input, toks, j, q) {
            continue;
        }
        let cue_text = &input[cue.range()];
        // `Rubio was asked by moderator Gerard Baker whether ...`, `Her
        // comments were described as "outrageous" by the IHRC`: the agent
        // of a passive cue, before the quote or after it in its sentence,
        // is the speaker.
        // (`are calling for`: a form of be before `-ing` is no passive.)
        let after_be = !cue_text.ends_with("ing") && be_before(input, toks, j, lo);
        let by = if after_be {
            (after..toks.len())
                .take(PASSIVE_REACH)
                .take_while(|&k| !ends_sentence(&toks[k]))
                .find(|&k| agent_at(input, toks, k))
        } else {
            None
        };
        let np = if cue_text.eq_ignore_ascii_case("according to") {
            Some(cited_source(input, &input[toks[after].s..])?.1)
        } else if let Some(by) = by {
            // The agent runs to its name's last capitalized word, and not
            // into the quote.
            let end = if by < q { q } else { toks.len() };
            let mut e = by + 1;
            let mut seen_cap = false;
            while e < end && e < by + 9 && is_word(&toks[e]) {
                let w = text(input, &toks[e]);
                // `by scouts who saw them live`: a relative clause is no
                // part of the agent.
                if (seen_cap && !is_cap(w)) || matches!(w, "who" | "which" | "that") {
                    break;
                }
                seen_cap |= is_cap(w);
                e += 1;
            }
            np_back(input, toks, e, by + 1)
        } else if after_be && spoken_of(cue_text) {
            // `Barley is described as a "webmaster"`, `he was told a fan
            // "rugby-tackled" the singer`: the subject of these cues in the
            // passive, with no agent, is spoken of or to, and says nothing.
            None
        } else {
            subject_of_cue(input, toks, known, j, lo)
        };
        if let Some(np) = np {
            return Some(Found {
                np,
                cue: Some(cue),
                to: addressee_at(input, toks, cue, after, q),
            });
        }
        tries += 1;
        if tries >= 2 {
            break;
        }
    }
    // `Trump on Twitter: "..."`: not `Twitter`, the object of `on`, but
    // the sentence's subject (`a voice celebrated it on Twitter: "..."`,
    // `McConnell delivered a message to Trump: "..."`).
    if q > lo && toks[q - 1].kind == Kind::Punct(':') && !names_after_colon(input, &toks[q]) {
        // The phrase before the colon, read once, and the word before it
        // when that word opens the sentence.
        let back = np_back(input, toks, q - 1, lo);
        let opener = back.and_then(|np| sentence_opener_before(input, toks, &np, lo));
        // `From the report: "..."`, `From her post: "..."`: a sentence that
        // opens with `From` and a phrase names the quote's source.
        if let (Some(np), Some("From")) = (back, opener) {
            return Some(Found {
                np,
                cue: Some(Span::new(toks[q - 1].s, toks[q - 1].e)),
                to: None,
            });
        }
        // (`Said the Pew report: "..."`: after a cue that opens the
        // sentence, a description is the cue's subject, inverted.)
        let np = back
            .filter(|n| n.how != How::Description || opener.is_some_and(is_opening_cue))
            .filter(|n| !object_of_preposition(input, toks, n, lo))
            .or_else(|| sentence_subject(input, toks, known, q - 1, lo, true))?;
        return Some(Found {
            np,
            cue: Some(Span::new(toks[q - 1].s, toks[q - 1].e)),
            to: None,
        });
    }
    None
}

/// Whether the quote token `t` after a colon holds a name or a title of
/// three words at most, in title case, with no stop of a sentence (`in
/// four colours: "Rouge Pur", "Sky Blue"`, `his guilty pleasure:
/// "Saturday Night Live"`), which nobody says. (`one message: "Dump
/// Trump."` is a sentence.)
fn names_after_colon(input: &str, t: &Tok) -> bool {
    let inner = input[t.s..t.e]
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '!' && c != '?');
    let content = inner.trim_end_matches(['.', '!', '?']);
    content.len() == inner.len()
        && content.split_whitespace().nth(3).is_none()
        && is_title_case(content)
}

/// Whether a cue stands before the quote at token `q` in its sentence
/// (from `lo`), outside quotes, within [`PARENTHETICAL_REACH`] tokens: a
/// paragraph of signed quotes in one long sentence is not read back to
/// its start for each.
fn cue_earlier_in_sentence(input: &str, toks: &[Tok], q: usize, lo: usize) -> bool {
    back_in_sentence(input, toks, lo, q, PARENTHETICAL_REACH, Stop::SentenceEnd)
        .any(|k| cue_at(input, toks, k, q).is_some())
}

/// Whether the quote at token `q` follows `that` right before it, and a
/// cue a few words before that (after token `lo`, no punctuation
/// between): `Trump claimed on Tuesday that "..."`.
fn cue_that_before(input: &str, toks: &[Tok], q: usize, lo: usize) -> bool {
    q >= lo + 2
        && is_word(&toks[q - 1])
        && text(input, &toks[q - 1]) == "that"
        && (lo..q - 1)
            .rev()
            .take(4)
            .take_while(|&k| is_word(&toks[k]))
            .any(|k| cue_at(input, toks, k, q - 1).is_some())
}

/// How many tokens back from a cue the comma and relative pronoun that
/// open its clause are looked for.
const RELATIVE_REACH: usize = 12;

/// Whether the cue at token `j` stands in a relative clause set off by
/// commas that closes before the quote at token `q` (`the announcement,
/// which some have argued was meant for Cruz, was an "insult"`): the
/// clause's cue is not the quote's.
fn in_closed_relative(input: &str, toks: &[Tok], j: usize, q: usize, lo: usize) -> bool {
    let comma = |t: &Tok| t.kind == Kind::Punct(',');
    // The closing comma first: most cues have the quote or their subject
    // right after them. (`Sykes, who lamented, "..."`: a comma right
    // before the quote brings the quote in; the clause goes on to it.) It
    // is looked for as near as the opening one, so that a sentence of many
    // such cues is not read to its quote for each.
    let near = q.min(j + 1 + RELATIVE_REACH);
    let closed = toks[j + 1..near]
        .iter()
        .position(comma)
        .is_some_and(|c| toks[j + 2 + c..q].first().is_some_and(is_word));
    closed
        && back_in_sentence(input, toks, lo, j, RELATIVE_REACH, Stop::SentenceEnd)
            .find(|&k| comma(&toks[k]))
            .is_some_and(|k| {
                toks.get(k + 1)
                    .is_some_and(|t| is_word(t) && matches!(text(input, t), "which" | "who"))
            })
}

/// `saying anybody who complains about a microphone "is not having a good
/// night."`: whether the cue at token `j` opens a relative clause (right
/// after `who`) that the quote at token `q` ends, its predicate going on
/// with an auxiliary or a form of `be`: the clause says who the quoted
/// words are about, and its cue is not the quote's.
fn quote_ends_relative(input: &str, toks: &[Tok], j: usize, q: usize) -> bool {
    j > 0 && is_word(&toks[j - 1]) && text(input, &toks[j - 1]) == "who" && {
        let t = &toks[q];
        let content = input[t.s..t.e].trim_start_matches(|c: char| !c.is_alphanumeric());
        let first = content
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        is_be_form(first)
            || matches!(
                first,
                "has" | "have" | "had" | "will" | "would" | "can" | "could"
            )
    }
}

/// The word right before the phrase `np` when it opens its sentence (it is
/// the first token from `lo`, or follows a sentence end): `From` in `From
/// the report:`, `Said` in `Said the Pew report:`.
fn sentence_opener_before<'a>(input: &'a str, toks: &[Tok], np: &Np, lo: usize) -> Option<&'a str> {
    let k = toks.partition_point(|t| t.s < np.mention.start);
    let opens = k > lo && is_word(&toks[k - 1]) && (k - 1 == lo || ends_sentence(&toks[k - 2]));
    opens.then(|| text(input, &toks[k - 1]))
}

/// Whether `w`, capitalized, is a cue that may open a sentence before its
/// subject (`Said`, `Added`: [`verbs::INVERTED_CUES`]).
fn is_opening_cue(w: &str) -> bool {
    use crate::lexicon::sets::{NAME_OPENERS, NAME_OPENERS_CUE};
    is_cap(w) && NAME_OPENERS.mask(w) & NAME_OPENERS_CUE != 0
}

/// True when the phrase `np` follows a preposition (`on Twitter`, `to
/// Trump`): it is an object, not a speaker.
fn object_of_preposition(input: &str, toks: &[Tok], np: &Np, lo: usize) -> bool {
    let k = toks.partition_point(|t| t.s < np.mention.start);
    k > lo && is_word(&toks[k - 1]) && {
        let w = text(input, &toks[k - 1]);
        is_inner_preposition(w) || w == "to"
    }
}

/// For a quote that opens its sentence, an attribution ending the sentence
/// before: `Schiff said. "..."`.
fn previous_sentence(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    q: usize,
    lo: usize,
) -> Option<Found> {
    if q <= lo || !ends_sentence(&toks[q - 1]) {
        return None;
    }
    cue_ending_sentence(input, toks, known, q - 1, lo)
}

/// How many tokens back the sentence before a quote is read for a cue set
/// off by commas.
const PARENTHETICAL_REACH: usize = 60;

/// A quote that is a sentence of its own after a sentence that a cue set
/// off by commas attributes (`Then, says Mr Kotamaraja, the blogging world
/// found out. "..."`): the speaker named after that cue.
fn previous_parenthetical(input: &str, toks: &[Tok], q: usize, lo: usize) -> Option<Found> {
    if q < lo + 2 || !ends_sentence(&toks[q - 1]) {
        return None;
    }
    let end = q - 1;
    // The sentence's first token, or the first after a quote.
    let k = back_in_sentence(input, toks, lo, end, PARENTHETICAL_REACH, Stop::AnyQuote)
        .last()
        .unwrap_or(end);
    (k.max(lo + 1)..end).find_map(|j| {
        if toks[j - 1].kind != Kind::Punct(',') || !is_word(&toks[j]) {
            return None;
        }
        let np = inverted_at(input, toks, j)?;
        // The name is closed by a comma: `, said Mr Doctorow,`.
        let after = toks[j..end].partition_point(|t| t.s < np.mention.end) + j;
        (after < end && toks[after].kind == Kind::Punct(',')).then(|| Found {
            np,
            cue: Some(Span::new(toks[j].s, toks[j].e)),
            to: None,
        })
    })
}

/// A quote that is a sentence of its own after a sentence about someone
/// (`Sanders identified exhaustion as a reason. "The younger people are
/// sick and tired of it."`): that sentence's subject, a name or a pronoun.
fn previous_subject(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    q: usize,
    lo: usize,
) -> Option<Found> {
    if q < lo + 2 || !ends_sentence(&toks[q - 1]) {
        return None;
    }
    // `"...," said David Frost, director of the chambers. "..."`: a
    // sentence that a cue opens right after the quote before is that
    // quote's attribution, whose speaker this quote goes on with; its
    // appositive is no subject.
    if lo > 0 && cue_at(input, toks, lo, q).is_some() && !toks[lo..q - 1].iter().any(ends_sentence)
    {
        return None;
    }
    // `Family Planning Association chief executive, Anne Weyman, said
    // teaching pupils about contraception and abortion were key. "..."`: a
    // sentence whose first cue follows its subject goes on in the quote,
    // however long the clause after the cue (`cue_ending_sentence` reads
    // only a sentence's last words). Its subject is the cue's, read past
    // appositives, not the first name in the sentence.
    if let Some(found) = first_cue_of_sentence(input, toks, known, q - 1, lo) {
        return Some(found);
    }
    let np = sentence_subject(input, toks, known, q - 1, lo, false)?;
    if np.how == How::Description || in_list(input, toks, &np, lo, q) {
        return None;
    }
    // `"...," Woolson said. They also lie in a dead zone. "That's a tough
    // area."`: after a quote in the paragraph, `they` or `it` with no cue
    // is what the speaker talks about more often than a new speaker.
    if lo > 0 && np.how == How::Pronoun && {
        let p = &input[np.mention.range()];
        is_they(p) || p.eq_ignore_ascii_case("it")
    } {
        return None;
    }
    // (`"...," said Dr Carpenter. "...," IPv6, the standard that will
    // replace IPv4, will allow for billions more addresses. "..."`: so is
    // a name of one word that the text never writes after another
    // capitalized word, a given name or a title: a thing or a place.)
    if lo > 0 && np.how == How::Name && !named_in_full(input, known, np.mention) {
        return None;
    }
    Some(Found {
        np,
        cue: None,
        to: None,
    })
}

/// Whether the name `name` holds two words, or is a given name, or the
/// text writes its one word somewhere after a given name or a title
/// ([`Known::after_capital`]).
fn named_in_full(input: &str, known: &Known<'_>, name: Span) -> bool {
    let word = &input[name.range()];
    // (`Jamie heads to Poland`: a given name alone names a person too.)
    word.contains(' ')
        || crate::lexicon::sets::GIVEN_NAMES.contains(word)
        || known.after_capital(word)
}

/// How many tokens back from its end a sentence is read for its first cue.
const SENTENCE_CUE_REACH: usize = 60;

/// The attribution of the first cue of the sentence that ends at token
/// `end` (its stop), when a name or a personal pronoun is that cue's
/// subject: the sentence reports that speaker's words.
fn first_cue_of_sentence(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    end: usize,
    lo: usize,
) -> Option<Found> {
    let start =
        back_in_sentence(input, toks, lo, end, SENTENCE_CUE_REACH, Stop::AnyQuote).last()?;
    // A sentence cut off by the reach, or by a quote, is read no further.
    if start > lo && !ends_sentence(&toks[start - 1]) {
        return None;
    }
    let (k, after, cue) =
        (start..end).find_map(|k| cue_at(input, toks, k, end).map(|(a, c)| (k, a, c)))?;
    if in_free_relative(input, toks, k, start) {
        return None;
    }
    // (`The base station turns it into a form that can be read by the
    // handheld tablets. "..."`.)
    if passive_with_agent(input, toks, k, after, start) {
        return None;
    }
    let np = subject_of_cue(input, toks, known, k, start)?;
    if !matches!(np.how, How::Name | How::Pronoun) || in_list(input, toks, &np, lo, end + 1) {
        return None;
    }
    // The subject opens the sentence, with its role, after one word or an
    // opening phrase and its comma at most (`Earlier Lib Dem spokesman
    // Mark Oaten said`, `In a statement, the Cabinet Office said`): a cue
    // farther in is a clause's (`When I began to speak I saw his surprise -
    // naturally he expected me to read`), and so is a relative pronoun's
    // (`the chart show, which suggests`).
    let phrase_start = np
        .role
        .map_or(np.mention.start, |r| r.start.min(np.mention.start));
    let mut first = toks[start..k].partition_point(|t| t.s < phrase_start) + start;
    if first > start && is_word(&toks[first - 1]) && is_determiner(text(input, &toks[first - 1])) {
        first -= 1;
    }
    let opens = first <= start + 1 || toks[first - 1].kind == Kind::Punct(',');
    let relative = matches!(
        &input[np.mention.range()],
        "which" | "that" | "who" | "whom"
    );
    if !opens || relative {
        return None;
    }
    Some(Found {
        np,
        cue: Some(cue),
        to: None,
    })
}

/// `Switzerland, Ireland, France and Israel are all now tied`: whether the
/// phrase `np` (within tokens `lo..q`) is followed by `and` or `or` and a
/// capitalized word: one of a list of names, which speaks with no one
/// voice. (A comma after it opens an appositive as often: `Ard Jan
/// Vetham, Capgemini's principal consultant, said`.)
fn in_list(input: &str, toks: &[Tok], np: &Np, lo: usize, q: usize) -> bool {
    let a = toks[lo..q].partition_point(|t| t.s < np.mention.start) + lo;
    let b = toks[a..q].partition_point(|t| t.e <= np.mention.end) + a;
    b + 1 < q
        && is_word(&toks[b])
        && matches!(text(input, &toks[b]), "and" | "or")
        && is_word(&toks[b + 1])
        && is_cap(text(input, &toks[b + 1]))
}

/// An attribution later in the sentence of quote token `q`, before the
/// next quote (`"Unfair" is what Trump called it`). A cue inside a clause
/// opened after the quote (`"..." who reports to`, `"..." when I ask`,
/// `"..." and she tells`) belongs to that clause's own subject: it is
/// passed over up to the clause's comma.
fn later_in_sentence(input: &str, toks: &[Tok], known: &Known<'_>, q: usize) -> Option<Found> {
    let mut j = q + 1;
    let mut inner = false;
    while j < toks.len() && j < q + 40 {
        let t = &toks[j];
        if ends_sentence(t) || matches!(t.kind, Kind::Quote(_)) {
            return None;
        }
        if t.kind == Kind::Punct(',') {
            inner = false;
        } else if is_word(t) && opens_inner_clause(input, toks, j) {
            inner = true;
        }
        if inner {
            j += 1;
            continue;
        }
        if let Some((after, cue)) = cue_at(input, toks, j, toks.len()) {
            // `"poison pill" measures added by Republicans`: a cue with an
            // agent after it is a passive participle, and the noun before
            // it is no speaker.
            if agent_at(input, toks, after) {
                return None;
            }
            // `"melons" ..., researchers were told`: the subject of such a
            // cue in the passive is spoken to or of (as in before_quote).
            // (`"socially responsible", it has been suggested`: so is `it`
            // before any cue in the passive, which stands for no one.)
            let cue_text = &input[cue.range()];
            if be_before(input, toks, j, q + 1)
                && (spoken_of(cue_text) || impersonal_before(input, toks, j - 1, q + 1))
            {
                return None;
            }
            let np = subject_of_cue(input, toks, known, j, q + 1)?;
            return Some(Found {
                np,
                cue: Some(cue),
                to: addressee_at(input, toks, cue, after, toks.len()),
            });
        }
        j += 1;
    }
    None
}

/// Whether the auxiliaries that end at token `k` (from `lo`: `has been`,
/// `was`) follow `it`, the subject of an impersonal passive.
fn impersonal_before(input: &str, toks: &[Tok], mut k: usize, lo: usize) -> bool {
    while k > lo && is_word(&toks[k]) && super::subjects::is_auxiliary(text(input, &toks[k])) {
        k -= 1;
    }
    is_word(&toks[k]) && text(input, &toks[k]).eq_ignore_ascii_case("it")
}

/// The words that open a clause of its own after a quote, hashed: asked
/// of every word a later cue is sought through.
static INNER_CLAUSE_OPENERS: Lexicon<32> =
    Lexicon::new(&[pronouns::SUBORDINATORS, pronouns::CLAUSE_LINKS]);

/// True when word token `j` opens a clause of its own: a relative pronoun
/// or subordinator, or an `and` before a pronoun or a cue (`and she
/// tells`, `and said he`: a predicate of the sentence's subject), not
/// inside a speaker phrase (`the senator and former governor said`).
fn opens_inner_clause(input: &str, toks: &[Tok], j: usize) -> bool {
    let w = text(input, &toks[j]);
    if w == "and" {
        return toks.get(j + 1).is_some_and(|n| {
            is_word(n)
                && (is_pronoun(text(input, n)) || cue_at(input, toks, j + 1, toks.len()).is_some())
        });
    }
    // Lowercase only: `(That said, she noted` opens a new sentence.
    !is_cap(w) && INNER_CLAUSE_OPENERS.contains(w)
}

/// Where the phrase `np` starts: at its role when the role stands before
/// the name (`Judge Michael Mosman`).
fn phrase_start(np: &Np) -> usize {
    np.role
        .filter(|r| r.end <= np.mention.start)
        .map_or(np.mention.start, |r| r.start)
}

/// Whether the word before byte `at` (a speaker phrase's start) is `that`,
/// `which` or `whom`: the phrase is the subject of a relative clause.
fn after_relative(input: &str, toks: &[Tok], at: usize) -> bool {
    let k = toks.partition_point(|t| t.s < at);
    k > 0 && is_word(&toks[k - 1]) && matches!(text(input, &toks[k - 1]), "that" | "which" | "whom")
}

/// A quote inside a sentence with no listed cue: its speaker is the
/// sentence's subject when that is a name or a personal pronoun
/// (`Trump likened the refugees to a "vicious snake"`). `after_cued_quote`:
/// an earlier quote of the same sentence, with no sentence end between,
/// has a cue.
fn subject_only(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    q: usize,
    lo: usize,
    after_cued_quote: bool,
) -> Option<Found> {
    if q == lo || ends_sentence(&toks[q - 1]) {
        return None;
    }
    // With no cue, a title-case phrase is a name or a title (`The network
    // licenses "Politicking"`), not a quotation.
    let t = &toks[q];
    let outer = &input[t.s..t.e];
    let content = outer.trim_matches(|c: char| !c.is_alphanumeric());
    if is_title_case(content) {
        return None;
    }
    // After an earlier quote of the same sentence, a name with no cue of
    // its own is an object (`Cruz says his "friend" Marco Rubio ran "..."`):
    // the earlier quote's attribution covers this one.
    if after_cued_quote {
        return None;
    }
    // A quote as long as speech is one a describing subject in lowercase
    // may speak (`Reprising a line, the former senator talked about "..."`);
    // a shorter phrase is the writer's label for what the subject did.
    let speech_length = || content.split_whitespace().nth(SPEECH_WORDS - 1).is_some();
    // With no cue, a lone capitalized word that is not a known name is
    // too weak a subject (`Perhaps`, `Tunnels are so numerous that`), and so
    // is a description after an opening phrase (`With its help, the actor`)
    // or a possessive one (`Trump's gloomy tone`: a thing more often than
    // a speaker).
    // Nor is a description whose head names no one who speaks (`The gap`,
    // `The device`: [`super::descriptions::may_speak`]) or is no noun at
    // all (`The government shouldn't`).
    let np = sentence_subject(input, toks, known, q, lo, true).filter(|n| {
        let m = &input[n.mention.range()];
        let head = m.rsplit(' ').next().unwrap_or(m);
        // (`Hundreds of ballot papers have "disappeared"`: a part of a
        // group is capitalized only where it opens the sentence.)
        let partitive = || {
            let mut w = m.split(' ');
            w.next().is_some_and(is_partitive) && w.next() == Some("of")
        };
        n.how != How::Description
            || (m.contains(' ')
                && ((is_cap(m) && !partitive()) || speech_length())
                && !m.contains("'s ")
                && !m.contains("’s ")
                && super::descriptions::may_speak(head)
                && !head.ends_with("n't")
                && !head.ends_with("n’t"))
    })?;
    // `Blunkett has been accused of using the "politics of confusion"`:
    // the subject of a passive is the one spoken of.
    let after = toks.partition_point(|t| t.s < np.mention.end);
    if is_passive(input, toks, after, q) {
        return None;
    }
    // `Clinton backed the deal, although she made it clear that she has
    // "serious concerns"`: the quote's own clause has a nearer subject.
    let np = if np.how == How::Pronoun {
        np
    } else {
        let k = toks.partition_point(|t| t.s < np.mention.end);
        clause_pronoun(input, toks, k, q).unwrap_or(np)
    };
    Some(Found {
        np,
        cue: None,
        to: None,
    })
}

/// True when the words from token `k` (up to the quote at `q`) are a
/// passive verb of [`verbs::PASSIVE_OBJECTS`]: a form of `be`, perhaps
/// after auxiliaries and adverbs (`has now been`), then the participle
/// (`has been accused`, `was told`).
fn is_passive(input: &str, toks: &[Tok], k: usize, q: usize) -> bool {
    let mut be = false;
    // Auxiliaries and adverbs: `has also been`, `will not be`.
    for t in toks.get(k..q.min(k + 5)).unwrap_or(&[]) {
        if !is_word(t) {
            return false;
        }
        let w = text(input, t);
        if is_be_form(w) {
            be = true;
        } else if be && spoken_of(w) {
            return true;
        } else if !(w == "not" || super::subjects::ADVERBS.contains(w)) {
            return false;
        }
    }
    false
}

/// How many words make a quote as long as speech rather than a phrase.
const SPEECH_WORDS: usize = 6;

/// How many words before a quote its speech noun may stand.
const OWNER_REACH: usize = 14;

/// `Trump's claim that there have been "thousands of shootings"`, `her
/// remark that "..."`: the owner of a speech noun in the quote's clause.
/// Or of the noun right after the quote, the owner right before it
/// (`Obama's "if you like your plan" promise`).
fn speech_owner(input: &str, toks: &[Tok], q: usize, lo: usize) -> Option<Found> {
    if let Some(found) = owner_around(input, toks, q, lo) {
        return Some(found);
    }
    let mut j = q;
    while j > lo + 1 && q - j < OWNER_REACH {
        j -= 1;
        let t = &toks[j];
        // (`her comment that, "..."`: a comma right before the quote.)
        let comma = j + 1 == q && t.kind == Kind::Punct(',');
        if !(is_word(t) || t.kind == Kind::Punct(':') || comma)
            || cue_at(input, toks, j, q).is_some()
        {
            return None;
        }
        if !is_word(t) || !SPEECH_NOUNS.contains(text(input, t)) {
            continue;
        }
        // The quote is what was said (`claim that "..."`, `remark: "..."`),
        // not a verdict on it (`his statement was "true"`).
        let next = &toks[j + 1];
        // `Clinton's response was: "..."`, `The senator's answer was that
        // "..."`.
        let copula = is_word(next)
            && matches!(text(input, next), "was" | "is")
            && toks.get(j + 2).is_some_and(|t| {
                t.kind == Kind::Punct(':') || is_word(t) && text(input, t) == "that"
            });
        let content = j + 1 == q
            || next.kind == Kind::Punct(':')
            || copula
            || (is_word(next) && text(input, next) == "that");
        if !content {
            return None;
        }
        // The owner right before the noun or one or two adjectives back.
        let owner = (j.saturating_sub(3).max(lo)..j).rev().find(|&k| {
            let w = text(input, &toks[k]);
            is_word(&toks[k]) && (is_possessive(w) || is_possessive_pronoun(w))
        })?;
        return owner_np(input, toks, owner, lo).map(|np| Found {
            np,
            cue: Some(Span::new(t.s, t.e)),
            to: None,
        });
    }
    None
}

/// `Obama's "if you like your plan" promise`: a possessive right before
/// the quote and a speech noun right after it.
fn owner_around(input: &str, toks: &[Tok], q: usize, lo: usize) -> Option<Found> {
    let noun = toks.get(q + 1).filter(|t| is_word(t))?;
    if q <= lo || !is_word(&toks[q - 1]) || !SPEECH_NOUNS.contains(text(input, noun)) {
        return None;
    }
    let w = text(input, &toks[q - 1]);
    if !(is_possessive(w) || is_possessive_pronoun(w)) {
        return None;
    }
    owner_np(input, toks, q - 1, lo).map(|np| Found {
        np,
        cue: Some(Span::new(noun.s, noun.e)),
        to: None,
    })
}

/// `his`, `her`, `their`, `its`: an owner that stands for one named before.
pub(super) fn is_possessive_pronoun(w: &str) -> bool {
    matches!(w, "his" | "her" | "their" | "its")
}

/// The owner at token `owner`, a possessive or a possessive pronoun (not
/// before token `lo`).
fn owner_np(input: &str, toks: &[Tok], owner: usize, lo: usize) -> Option<Np> {
    let w = text(input, &toks[owner]);
    if is_possessive_pronoun(w) {
        Some(Np {
            how: How::Pronoun,
            mention: Span::new(toks[owner].s, toks[owner].e),
            role: None,
            antecedent: None,
        })
    } else {
        // The owner's mark is no part of the owner (`The Florida senator’s
        // answer`: the speaker is `The Florida senator`).
        np_back(input, toks, owner + 1, lo).map(|mut np| {
            let m = &input[np.mention.range()];
            if let Some(cut) = super::tokens::possessive_mark_len(m).filter(|&c| c < m.len()) {
                np.mention = Span::new(np.mention.start, np.mention.end - cut);
            }
            np
        })
    }
}

/// True when the quoted text itself ends a sentence.
pub(super) fn ends_with_stop(input: &str, p: &Piece) -> bool {
    let s = &input[p.start..p.end];
    // By bytes past ASCII whitespace; by characters from a non-ASCII one
    // (`…`, or whitespace such as a no-break space).
    let b = s.as_bytes();
    let mut n = b.len();
    while n > 0 && ascii8::is_space(b[n - 1]) {
        n -= 1;
    }
    match b[..n].last() {
        Some(b'.' | b'?' | b'!') => true,
        Some(&c) if c >= 0x80 => ends_with_stop_chars(s),
        _ => false,
    }
}

/// [`ends_with_stop`] of the text between a quote's marks, by characters.
fn ends_with_stop_chars(s: &str) -> bool {
    s.trim_end().ends_with(['.', '?', '!', '…'])
}

/// What [`paragraph_onto`] needs to finish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every piece has its verdict.
    Done,
    /// An attribution lies past the tokens cut after the last quote's
    /// sentence: tokenize the whole paragraph and ask again.
    Tail,
    /// The first quote opens a sentence and has no attribution in it:
    /// [`deepen`](super::tokens::deepen) the tokens by the sentence
    /// before, and ask again.
    Deeper,
}

/// [`paragraph_onto`] into an empty list, for tests.
#[cfg(test)]
pub(crate) fn paragraph(
    input: &str,
    toks: &[Tok],
    marks: &[Mark],
    tokenized: Tokenized,
    known: &Known<'_>,
    pieces: &[Piece],
    verdicts: &mut Vec<Verdict>,
) -> Outcome {
    paragraph_onto(input, toks, marks, tokenized, known, pieces, verdicts, 0)
}

/// Attributes each piece of a paragraph: its verdicts, one per piece,
/// replace those of `verdicts` from `from` on (they go straight into the
/// article's list, not copied there one by one). `marks` are the
/// paragraph's quote tokens, as the tokenizer found them. `tokenized` says
/// whether the tokens stop at the sentence after the last quote or start at
/// the first quote's sentence; the [`Outcome`] says when an attribution
/// lies past them. With [`Tokenized::first_tried`], the strategies before
/// [`previous_sentence`] (which read nothing before the first quote's
/// sentence) are not asked again about the first quote.
#[allow(clippy::too_many_arguments)]
pub(crate) fn paragraph_onto(
    input: &str,
    toks: &[Tok],
    marks: &[Mark],
    tokenized: Tokenized,
    known: &Known<'_>,
    pieces: &[Piece],
    verdicts: &mut Vec<Verdict>,
    from: usize,
) -> Outcome {
    verdicts.truncate(from);
    let first_tried = tokenized.first_tried;
    // Sentences counted after quotes that ended their own.
    let mut after_quotes = 0;
    let cut = tokenized.cut;
    let mut prev_quote: Option<&Mark> = None;
    // The last quote's speaker came from no cue of its sentence: the
    // sentence before, or a describing subject with no cue.
    let mut prev_loose = false;
    // The sentence of the last quote an attribution was found for, and
    // whether it has a cue: quotes after it with none of their own (`X
    // stated that it "did well" and Rubio was hurt by going "..."`) are
    // under that cue while the sentence goes on.
    let mut last_found: Option<(usize, bool, usize)> = None;
    // Whether the words the outlet and poll rules look for occur among the
    // tokens at all, asked once a paragraph at the first cue: most
    // paragraphs hold neither, and the rules' walks cost more than the
    // search.
    let (mut reports, mut polls) = (None, None);
    // The token of the last quote taken for a title or a name.
    let mut last_name_like: Option<usize> = None;
    let words = toks
        .first()
        .zip(toks.last())
        .map_or(&b""[..], |(f, l)| &input.as_bytes()[f.s..l.e]);
    for (n, m) in marks.iter().enumerate() {
        let (q, t) = (m.at, &toks[m.at]);
        let sentence = m.sentences + after_quotes;
        let Kind::Quote(k) = t.kind else { continue };
        let piece = &pieces[k];
        let lo = prev_quote.map_or(0, |p| p.at + 1);
        // No sentence ends between the previous quote and this one.
        let mid_sentence = prev_quote.is_some_and(|p| p.stops == m.stops);
        // The last quote was a title or a name two tokens before: maybe
        // `"A" and "B"`.
        let listed = last_name_like.is_some_and(|at| at + 2 == q);
        let name_like = is_name_like(input, toks, q, piece, listed);
        // A title or a name between quote marks is part of the sentence,
        // not a quote the next attribution must stop at.
        if !name_like {
            prev_quote = Some(m);
        }
        let prev_cued = last_found.is_some_and(|(s, cued, _)| s == sentence && cued);
        if name_like {
            last_name_like = Some(q);
            verdicts.push(Verdict {
                is_quote: false,
                found: None,
                sentence,
            });
            continue;
        }
        let weak = ends_with_stop(input, piece)
            && toks
                .get(q + 1)
                .is_some_and(|n| is_word(n) && is_cap(text(input, n)));
        let next_quote = marks.get(n + 1).map(|m| &toks[m.at]);
        let hi = next_quote.map_or_else(|| cut.unwrap_or_else(|| para_end(toks, t)), |n| n.s);
        let rest = &input[t.e..hi.max(t.e)];
        // After a quote that ended its sentence, `He added, "..."` opens
        // the next quote rather than closing this one.
        let ending = if weak && next_quote.is_some() {
            Weak::BeforeQuote
        } else if weak {
            Weak::Yes
        } else {
            Weak::No
        };
        // Only the first quote may ask for the sentence before its own.
        let first = n == 0;
        let asks = !(first && first_tried);
        // `X said, "...." Y wrote to Z ...`, `X said: "...." Y wrote`: a
        // quote that ends its sentence after an attribution of its own
        // keeps that one; the sentence after it is news of its own.
        let before = if weak && asks {
            before_quote(input, toks, known, q, lo)
        } else {
            None
        };
        // After a colon, even when what brings the quote in is no speaker
        // the rules read (`Said the Pew report:`).
        let introduced =
            before.is_some() || (weak && q > lo && toks[q - 1].kind == Kind::Punct(':'));
        let found = if introduced || !asks || !piece.closed {
            None
        } else {
            after_quote(input, rest, ending).or_else(|| titled_name_ending(input, rest))
        };
        // `and insisted that his party was "still the No. 1 force in
        // Spain."--Kim Hjelmgaard.`: a name signed with a dash after a
        // quote that a cue before it in its sentence brings in is the
        // writer's byline (`"..." ― Karen Bobadilla.` signs the quote).
        let found = found.filter(|f| {
            !(f.cue.is_some_and(|c| is_dash(&input[c.range()]))
                && cue_earlier_in_sentence(input, toks, q, lo))
        });
        // `even as Trump claimed that "...," one of the prosecutors said
        // the cases differ`: a quote that a cue and `that` bring in is that
        // cue's object; a cue after it with an object of its own is the
        // next clause's. (`Comey cannot say that "...," Lewandowski
        // added`: a cue that ends its clause is the quote's. The word
        // before the quote is asked first: most are no `that`.)
        let found = found.filter(|f| {
            let object = || {
                f.cue.is_some_and(|c| {
                    input[c.end..]
                        .trim_start_matches(' ')
                        .starts_with(|ch: char| ch.is_alphanumeric())
                })
            };
            !(cue_that_before(input, toks, q, lo) && object())
        });
        let cued_after = found.is_some();
        // `as Trump went on about "how the system is rigged," and "our own
        // struggling citizens," Melanie said yes`: a quote joined by `and`
        // or `or` to one that a cue before it brings in is that cue's, as
        // the list's first item is; the cue after it opens the next clause.
        let found = match found {
            // (Most quotes are no two tokens from the one before: asked
            // first.)
            Some(f) if n > 0 && marks[n - 1].at + 2 == q && mid_sentence => {
                list_item_of(input, toks, marks, &verdicts[from..], n, sentence).or(Some(f))
            }
            f => f,
        };
        let found = found
            .or(before)
            .or_else(|| {
                if weak || !asks {
                    None
                } else {
                    before_quote(input, toks, known, q, lo)
                }
            })
            .or_else(|| {
                if weak || (first && first_tried) {
                    None
                } else {
                    later_in_sentence(input, toks, known, q)
                }
            });
        if found.is_none() && first && tokenized.deeper.is_some() {
            return Outcome::Deeper;
        }
        let in_sentence = found.is_some();
        let found = found.or_else(|| previous_sentence(input, toks, known, q, lo));
        let opens_sentence = q > lo && ends_sentence(&toks[q - 1]);
        let found = found
            .or_else(|| speech_owner(input, toks, q, lo))
            .or_else(|| {
                // (`in a clip that Judge Mosman called "distasteful,"
                // Santilli expressed a desire to "..."`: a cue in a relative
                // clause is that clause's, and covers no later quote.)
                let covered = mid_sentence
                    && prev_cued
                    && !last_found.is_some_and(|(_, _, at)| after_relative(input, toks, at));
                subject_only(input, toks, known, q, lo, covered)
            })
            .or_else(|| previous_subject(input, toks, known, q, lo))
            .or_else(|| previous_parenthetical(input, toks, q, lo));
        // The `according to` search runs from the cue to its sentence's
        // ends: a cue among the last tokens kept may need the rest.
        let past_cut = |f: &Found| {
            f.cue
                .is_some_and(|c| toks.last().is_some_and(|l| c.start >= l.s))
        };
        if cut.is_some() && found.as_ref().is_some_and(past_cut) {
            return Outcome::Tail;
        }
        let accords = |f: &Found| f.cue.is_some() && tokenized.according;
        // (`tokenized.according` only says whether `according` is among the
        // tokens, which reach further for some quotes than for others: a
        // cue `according_to` leaves as it is goes on to the outlet rule
        // whatever the tokens' reach.)
        let found = found.map(|f| {
            if accords(&f) {
                if let Some(g) = according_to(input, toks, f) {
                    return g;
                }
            }
            if f.cue.is_some() && *reports.get_or_insert_with(|| has_report(words)) {
                reported_by(input, toks, f).unwrap_or(f)
            } else {
                f
            }
        });
        let found = found.map(|f| {
            if f.cue.is_some() && *polls.get_or_insert_with(|| has_poll(words)) {
                poll_source(input, toks, f).unwrap_or(f)
            } else {
                f
            }
        });
        // `''They are painful'' but necessary ''for the long term,'' he
        // said`: an earlier piece of the same sentence with no cue of its
        // own in it shares the attribution after the last piece.
        if cued_after && mid_sentence {
            if let Some(v) = verdicts[from..]
                .last_mut()
                .filter(|v| v.is_quote && v.sentence == sentence && prev_loose)
            {
                v.found = found;
            }
        }
        // `"...," said X. "It was hard. "...," Y added`: a quote that goes
        // on from the one before, with that one's cue, is X's; the quote
        // after it opens a paragraph of the source (its mark reopens).
        let goes_on = found.is_some_and(|f| {
            f.cue.is_some()
                && verdicts[from..]
                    .last()
                    .is_some_and(|v| v.is_quote && v.found.is_some_and(|p| p.cue == f.cue))
        });
        prev_loose = !in_sentence
            && found.is_some_and(|f| {
                (opens_sentence && !goes_on) || (f.cue.is_none() && f.np.how == How::Description)
            });
        if let Some(f) = found {
            last_found = Some((sentence, f.cue.is_some(), phrase_start(&f.np)));
        }
        verdicts.push(Verdict {
            is_quote: true,
            found,
            sentence,
        });
        if weak && found.map_or(true, |f| f.cue.map_or(true, |c| c.start < t.s)) {
            after_quotes += 1;
        }
    }
    Outcome::Done
}

/// The attribution of the list that quote `n` (of `marks`, with their
/// verdicts so far in `verdicts`) goes on, in `sentence`: when `and` or
/// `or` alone stands between it and the quote before, and a cue before
/// that quote brought it in. Back over the items with no attribution yet
/// (`about "a," and "b" and "c,"`: `b` is given the cue only once the
/// sentence is read) to the first that has one.
#[inline(never)]
fn list_item_of(
    input: &str,
    toks: &[Tok],
    marks: &[Mark],
    verdicts: &[Verdict],
    n: usize,
    sentence: usize,
) -> Option<Found> {
    // (Every mark is a quote token, so each has its verdict: `k` indexes
    // both.)
    if verdicts.len() != n {
        return None;
    }
    let mut k = n;
    loop {
        // (The marks' places first: most quotes are no two tokens apart.)
        let q = marks[k].at;
        if marks[k.checked_sub(1)?].at + 2 != q {
            return None;
        }
        let (joint, before) = (&toks[q - 1], &toks[q - 2]);
        if !is_word(joint) || !is_list_joint(text(input, joint)) {
            return None;
        }
        k -= 1;
        let v = verdicts
            .get(k)
            .filter(|v| v.is_quote && v.sentence == sentence)?;
        if let Some(f) = v.found {
            return f.cue.is_some_and(|c| c.start < before.s).then_some(f);
        }
    }
}

fn para_end(toks: &[Tok], t: &Tok) -> usize {
    toks.last().map_or(t.e, |l| l.e.max(t.e))
}

/// The token after a paragraph's last quote (0 when it has none): where
/// the text that ends the paragraph, outside its quotes, starts.
fn after_last_quote(toks: &[Tok]) -> usize {
    toks.iter()
        .rposition(|t| matches!(t.kind, Kind::Quote(_)))
        .map_or(0, |k| k + 1)
}

/// The last cue of a paragraph outside its quotes, with its speaker: a
/// quote paragraph that follows `Schiff said the talks would fail.` is
/// most often Schiff's.
pub(crate) fn last_cue(input: &str, toks: &[Tok], known: &Known<'_>) -> Option<Found> {
    let lo = after_last_quote(toks);
    for j in (lo..toks.len()).rev().take(80) {
        if let Some((_, cue)) = cue_at(input, toks, j, toks.len()) {
            // `whether an individual is who they say they are`: a cue in a
            // clause that `who` or `what` opens reports no one's words.
            if in_free_relative(input, toks, j, lo) {
                continue;
            }
            // `According to court documents, he carried out ...`: a source
            // cited for its own sentence's facts brings in no quote.
            if input[cue.range()].eq_ignore_ascii_case("according to") {
                return None;
            }
            let np = subject_of_cue(input, toks, known, j, lo)?;
            // (`He said if the growth continued at this level then ...`:
            // a cue before it may report someone's words.)
            if super::subjects::describes_no_speaker(input, &np) {
                continue;
            }
            return Some(Found {
                np,
                cue: Some(cue),
                to: None,
            });
        }
    }
    None
}

/// `Viguerie is upbeat about Cruz's chances.` / `"Not only can Cruz win
/// ..."`: with no cue, the name that is the subject of a paragraph's last
/// sentence (after its last quote), whom a quote paragraph after it goes
/// on with, as [`previous_subject`] reads a sentence before a quote. Not a
/// pronoun: one this far from its quote stands as often for someone the
/// quote does not name (`they contacted police.` / `"I don't regret it"`).
pub(crate) fn last_subject(input: &str, toks: &[Tok], known: &Known<'_>) -> Option<Found> {
    let lo = after_last_quote(toks);
    previous_subject(input, toks, known, toks.len(), lo).filter(|f| f.np.how == How::Name)
}

/// An attribution that ends a paragraph and introduces the next one's
/// quote: `Trump said in a statement:` / `Clinton told the crowd.`
pub(crate) fn trailing(input: &str, toks: &[Tok], known: &Known<'_>) -> Option<Found> {
    let n = toks.len();
    if n >= 2 && ends_sentence(&toks[n - 1]) {
        return cue_ending_sentence(input, toks, known, n - 1, 0);
    }
    if n < 2 || !matches!(toks[n - 1].kind, Kind::Punct(':')) {
        return None;
    }
    let mut j = n - 1;
    let lo = after_last_quote(toks);
    while j > lo {
        j -= 1;
        if ends_sentence(&toks[j]) {
            break;
        }
        if let Some((_, cue)) = cue_at(input, toks, j, n) {
            if let Some(np) = subject_of_cue(input, toks, known, j, lo) {
                return Some(Found {
                    np,
                    cue: Some(cue),
                    to: None,
                });
            }
        }
    }
    let np = np_back(input, toks, n - 1, lo)
        .filter(|n| n.how != How::Description)
        .or_else(|| sentence_subject(input, toks, known, n - 1, lo, true))?;
    Some(Found {
        np,
        cue: Some(Span::new(toks[n - 1].s, toks[n - 1].e)),
        to: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{mentions, names, scan, tokens};
    use super::*;

    #[test]
    fn an_abstract_subject_with_no_cue_speaks_no_quote() {
        // A scare quote in a sentence about a thing, not a speaker.
        assert!(
            mentions("The gap between the two parties is now \"huge\" in the polls.").is_empty()
        );
        assert!(mentions("The government shouldn't \"fund\" music at all.").is_empty());
        // A describing subject that may speak still does.
        assert_eq!(
            mentions("The Law Society branded the plan a \"gross abuse\" of power."),
            ["The Law Society"]
        );
    }

    #[test]
    fn a_subject_that_cannot_speak_speaks_no_quote_with_no_cue() {
        // A thing's quote is a label: no one's words.
        assert!(
            mentions("The device uses similar \"steady cam\" technology found in camcorders.")
                .is_empty()
        );
        assert!(
            mentions("The 1991 laptop was one of the first \"lightweight\" computers.").is_empty()
        );
        assert!(
            mentions("The slide comes as the US talks up its \"strong dollar\" policy.").is_empty()
        );
        // People, a body and a written thing speak.
        assert_eq!(
            mentions("The band thanked \"all the members of the sisterhood\" for the prize."),
            ["The band"]
        );
        assert_eq!(
            mentions("The petition accuses the campaign of \"attempting to bully\" its staff."),
            ["The petition"]
        );
        assert_eq!(
            mentions(
                "The marathon world record holder wants an end to the \"suspicions\" of cheats."
            ),
            ["The marathon world record holder"]
        );
    }

    #[test]
    fn an_acronym_after_a_body_spells_its_whole_name() {
        assert_eq!(
            mentions(
                "The Press and Broadcasting Standards (PBS) said it was a \"compromise\" at best."
            ),
            ["Press and Broadcasting Standards"]
        );
        // (A body's head after `and`, and a plural's mark, are read with
        // their words: the phrase read back is whole, and the acronym has
        // nothing to mend.)
        assert_eq!(
            mentions("The Qualifications and Curriculum Authority (QCA) said it was a \"compromise\" at best."),
            ["The Qualifications and Curriculum Authority"]
        );
        assert_eq!(
            mentions(
                "The British Bankers' Association (BBA) said lending was \"weaker\" this year."
            ),
            ["The British Bankers' Association"]
        );
        // A parenthesis that spells no name leaves the phrase as read.
        assert_eq!(
            mentions("The Wheat Board (WTO) said the crop was \"weaker\" this year."),
            ["The Wheat Board"]
        );
    }

    #[test]
    fn a_body_named_with_of_is_named_whole() {
        // Its head word says it is a body, after an opening time phrase too
        // (there without its lowercase article, as `the BBC` is read).
        assert_eq!(
            mentions("The Chambers of Commerce said it was \"concerned by the clamour\" for more."),
            ["The Chambers of Commerce"]
        );
        assert_eq!(
            mentions(
                "This year the Royal College of Surgeons said there was an \"epidemic\" of falls."
            ),
            ["Royal College of Surgeons"]
        );
    }

    #[test]
    fn a_title_of_a_place_or_office_stays_with_its_holder() {
        // A title before one surname makes it a person's: not the place.
        assert_eq!(
            mentions("Lord Hale of Ripon said the law was \"a disgrace to a free country\" today."),
            ["Hale"]
        );
        // A title and `of` before the phrase make the title its role.
        assert_eq!(
            mentions("Secretary of State Ann Reyes said the vote was \"a step forward\" for all."),
            ["Ann Reyes"]
        );
        assert_eq!(
            mentions("The Bishop of Ripon said the book was \"lousy history\" and no more."),
            ["The Bishop of Ripon"]
        );
        // An office's own name, after its article, is the role's too.
        assert_eq!(
            mentions("Chancellor of the Exchequer Gordon Bell said there was \"no plan to raise taxes\" now."),
            ["Gordon Bell"]
        );
        // A role of a body with an article is a description of a person.
        assert_eq!(
            mentions(
                "Rates rose. The president of Judicial Watch said that \"the damage is done.\""
            ),
            ["The president of Judicial Watch"]
        );
        // An appositive's title: the person before it speaks.
        assert_eq!(
            mentions("\"It is very good,\" said Al Ross. Jo Hale, editor of Gamesworld.com told the site it was \"a hit with everyone in the office.\""),
            ["Al Ross", "Jo Hale"]
        );
        // A title heading a longer description is no opening title.
        assert_eq!(
            mentions("\"It is very good,\" said Al Ross. Eva Lind, a Green member of the European Parliament said it was \"a law on ideas and nothing more.\""),
            ["Al Ross", "Eva Lind"]
        );
    }

    #[test]
    fn a_quote_after_an_inverted_attribution_goes_on_with_its_speaker() {
        // The sentence between the quotes is the first quote's attribution:
        // its appositive (`Director General`) is no subject of its own.
        let text = "News of the day\n\n\"Today is fine,\" said Ann Frost, Director General of the \
                    Chambers of Commerce (BCC). \"But if the signs are clear, the bank must act.\"\n";
        let a = crate::parse(text).unwrap();
        let names: Vec<_> = a
            .quotes
            .iter()
            .map(|q| q.speaker.unwrap().name.text)
            .collect();
        assert_eq!(names, ["Ann Frost", "Ann Frost"]);
    }

    #[test]
    fn from_a_phrase_and_a_colon_names_the_source() {
        assert_eq!(
            mentions("The study was released on Monday. From the report: \"Most towns lack a plan for floods.\""),
            ["the report"]
        );
        assert_eq!(
            mentions("Aides say she will run again. From her campaign blog: \"I am not done fighting for this town.\""),
            ["her campaign blog"]
        );
    }

    #[test]
    fn a_share_of_respondents_speaks_through_the_poll() {
        assert_eq!(
            mentions("In a new county poll released Friday, 62 percent of voters said the roads were \"in terrible shape.\""),
            ["a new county poll"]
        );
        assert_eq!(
            mentions("The survey also finds that seven in 10 parents say the schools are \"doing a fine job.\""),
            ["The survey"]
        );
        // With no poll named, the share itself speaks.
        assert_eq!(
            mentions(
                "At the meeting, 62 percent of members said the roads were \"in terrible shape.\""
            ),
            ["62 percent"]
        );
    }

    #[test]
    fn a_cue_in_a_free_relative_after_a_quote_speaks_no_quote() {
        // The second quote goes on the first's speech; `whatever Europe
        // says` is no speaker phrase.
        assert_eq!(
            mentions(
                "\"We welcome it,\" said Ana Ruiz, \"but we want more.\" \"Markets will move.\" \
                 Economists note that whatever Europe says, a weak dollar helps."
            ),
            ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]
        );
    }

    #[test]
    fn a_report_cue_ending_the_sentence_cites_the_outlet() {
        assert_eq!(
            mentions("\"We will not close the plant this year,\" said Ann Lee, the mayor, reports the Daily Star."),
            ["Daily Star"]
        );
        assert_eq!(
            mentions(
                "Fans chanted \"Keep the team in town\" after the game, the Daily Star reported."
            ),
            ["Daily Star"]
        );
        // A report cue inside the sentence is no outlet's.
        assert_eq!(
            mentions("\"We will not close the plant this year,\" said Ann Lee, who reported the figures."),
            ["Ann Lee"]
        );
    }

    #[test]
    fn according_to_a_document_by_its_author_cites_the_author() {
        assert_eq!(
            mentions("\"The charges cannot be proven in any court,\" according to a memo written by Ann Lee."),
            ["Ann Lee"]
        );
        assert_eq!(
            mentions("The mayor said the budget was \"fully balanced for the first time,\" according to figures by the Tax Office."),
            ["the Tax Office"]
        );
        // With no `by`, the document itself is the source (its noun, not
        // the verb after it).
        assert_eq!(
            mentions("\"The charges cannot be proven in any court,\" according to a memo sent to the board."),
            ["a memo"]
        );
    }

    #[test]
    fn a_name_that_opens_a_chain_of_appositives_speaks() {
        assert_eq!(
            mentions("Ann Lee, the editor of the city's oldest paper, The Dover Times, said the vote was \"a farce.\""),
            ["Ann Lee"]
        );
        assert_eq!(
            mentions("Tom Hale, who lives outside the county seat, Dover, said he still \"hopes for a recount.\""),
            ["Tom Hale"]
        );
        // A name at the chain's end speaks when no name opens it.
        assert_eq!(
            mentions("In Dover, the paper's editor, Tom Hale, said the vote was \"a farce.\""),
            ["Tom Hale"]
        );
    }

    #[test]
    fn an_opening_participle_clause_runs_to_its_comma() {
        assert_eq!(
            mentions("Facing criticism from Democrats and Republicans, Tom Hale released a statement insisting the plan was \"sound.\""),
            ["Tom Hale"]
        );
        // A surname of the same ending that the article names elsewhere
        // is the subject.
        assert_eq!(
            mentions("Lisa Groening runs the show. Groening recently praised the cast, saying: \"They are the best.\""),
            ["Groening"]
        );
    }

    #[test]
    fn an_appositive_between_dashes_is_passed_over_to_the_speaker() {
        assert_eq!(
            mentions(
                "Ann Lee - then an adviser to the mayor - told reporters: \"We were never asked.\""
            ),
            ["Ann Lee"]
        );
        assert_eq!(
            mentions("Tom Hale -- a teacher from Dover -- says the vote was \"a big deal.\""),
            ["Tom Hale"]
        );
        assert_eq!(
            mentions("The firm \u{2014} which holds a fifth of the market \u{2014} said growth was \"strong\"."),
            ["The firm"]
        );
        // The phrase before the dash may be the object of a preposition:
        // the subject comes before it.
        assert_eq!(
            mentions("\"We are ready,\" Ann Lee, head of Dover Bank - one of the lenders - said."),
            ["Ann Lee"]
        );
    }

    #[test]
    fn a_quote_brought_in_keeps_its_speaker_over_the_next_sentence() {
        assert_eq!(
            mentions("Ms Reid said: \"We need to reflect on this.\" Ms Moss wrote to the board asking for a review."),
            ["Reid"]
        );
        assert_eq!(
            mentions("The mayor said: \"Roads come first.\" Tom Hale, a rival, told reporters the plan was late."),
            ["The mayor"]
        );
        assert_eq!(
            mentions("Ms Reid told the panel, \"We need to reflect on this.\" Ms Moss wrote to the board asking for a review."),
            ["Reid"]
        );
        // With no attribution before it, the sentence after names the
        // speaker.
        assert_eq!(
            mentions("It was late. \"We need to reflect on this.\" Ms Moss said."),
            ["Moss"]
        );
    }

    #[test]
    fn a_predicate_before_a_participle_cue_is_not_the_speaker() {
        assert_eq!(
            mentions("At the hearing, Sen. Ann Lee (D-Ohio) kept asking him why the plan had \"failed every family in the state.\""),
            ["Ann Lee"]
        );
        assert_eq!(
            mentions("That morning, a crowd of nurses had gathered at the gate, calling for a vote and carrying signs saying, \"Fund our clinics now.\""),
            ["a crowd"]
        );
        // An adjective after a determiner opens a speaker phrase.
        assert_eq!(
            mentions(
                "The elected officials said the plan had \"failed every family in the state.\""
            ),
            ["The elected officials"]
        );
    }

    #[test]
    fn the_state_of_a_city_state_place_is_not_the_speaker() {
        assert_eq!(
            mentions("Ann Lee, 40, of Dayton, Ohio, said the plant \"will never come back to this town.\""),
            ["Ann Lee"]
        );
        assert_eq!(
            mentions("John Smith, at a meeting in Springfield, Ill., said the vote was \"a mistake we will regret for years.\""),
            ["John Smith"]
        );
        // A name after a comma that is not a state stays the speaker.
        assert_eq!(
            mentions("The head of the board, Maria Lopez, said the vote was \"a mistake we will regret for years.\""),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn a_phrase_after_to_or_on_before_the_cue_is_not_the_speaker() {
        assert_eq!(
            mentions("Maria Lopez answered the question on Facebook writing, \"Yes, I will vote for the plan.\""),
            ["Maria Lopez"]
        );
        assert_eq!(
            mentions(
                "John Smith talking to Radio Nine said, \"The bridge will open next spring.\""
            ),
            ["John Smith"]
        );
    }

    #[test]
    fn a_cue_inside_a_clause_opened_after_the_quote_is_not_the_quotes() {
        assert_eq!(
            mentions("Maria Lopez has proposed a \"chief trade prosecutor for all of the new deals\" who reports directly to the president."),
            ["Maria Lopez"]
        );
        assert_eq!(
            mentions("Maria Lopez often talks of breaking \"that highest, hardest glass ceiling\" by winning, and she jokingly tells audiences that it is time."),
            ["Maria Lopez"]
        );
        assert_eq!(
            mentions("Maria Lopez blamed \"careless politicians in the capital\" when I asked about the law."),
            ["Maria Lopez"]
        );
        // After the clause's comma, the sentence's own cue.
        assert_eq!(
            mentions("Voters are \"tired of waiting for real change\" when prices rise, John Smith said."),
            ["John Smith"]
        );
        // `and` inside a speaker phrase opens no clause: the cue is found,
        // and the phrase is read whole.
        assert_eq!(
            mentions("\"We will win this race in the fall\" for the party, the senator and former governor said."),
            ["the senator and former governor"]
        );
        assert_eq!(
            mentions("\"We will win this race in the fall\" for the party, Ann Lee and John Smith wrote."),
            ["John Smith"]
        );
    }

    #[test]
    fn pieces_of_one_sentence_share_the_attribution_after_the_last() {
        assert_eq!(
            mentions("Maria Lopez spoke first. \"The cuts are painful for all of us\" but needed \"for the long term of the business,\" he said."),
            ["he", "he"]
        );
        assert_eq!(
            mentions("The plan was a \"good thing for everyone in the country\" that yielded \"frankly good information,\" he remarked."),
            ["he", "he"]
        );
    }

    #[test]
    fn a_name_after_a_preposition_before_a_colon_is_no_speaker() {
        assert_eq!(
            mentions("Maria Lopez delivered a blunt message to John Smith: \"It is time to quit attacking people.\""),
            ["Maria Lopez"]
        );
        assert_eq!(
            mentions("A familiar voice celebrated the attacks on Twitter: \"We have already arrived with our soldiers.\""),
            ["A familiar voice"]
        );
        // A name right before the colon is the speaker.
        assert_eq!(
            mentions("Then came Maria Lopez: \"It is time to quit attacking people.\""),
            ["Maria Lopez"]
        );
    }

    #[test]
    fn a_lowercase_describing_subject_speaks_a_quote_as_long_as_speech() {
        assert_eq!(
            mentions("Reprising a favorite line, the former senator talked about continuing the \"progress we had under the last governor\" today."),
            ["the former senator"]
        );
        assert_eq!(
            mentions("On its website, the bureau lists \"public corruption as the top priority of agents\" now."),
            ["the bureau"]
        );
        // A short phrase is the writer's label, not the subject's words.
        assert_eq!(
            mentions("On its website, the bureau lists \"public corruption\" first."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_cue_word_after_an_article_or_possessive_is_a_noun() {
        assert_eq!(
            mentions("Maria Lopez blamed the law on \"careless politicians.\" His remarks came after a long debate."),
            ["Maria Lopez"]
        );
        assert_eq!(
            mentions("\"We will win this race,\" his spokesman said."),
            ["his spokesman"]
        );
    }

    #[test]
    fn a_possessive_phrase_opening_the_sentence_is_a_cues_subject() {
        assert_eq!(
            mentions("Lopez’s campaign shrugged off the remarks, telling reporters, \"Nobody on the team has asked for that.\""),
            ["Lopez’s campaign"]
        );
        // A name or pronoun later in the sentence is the subject.
        assert_eq!(
            mentions("When Maria Lopez, Smith’s campaign manager, was asked about it, she laughed and said, \"We will see.\""),
            ["she"]
        );
        // With no cue, a possessive phrase is no speaker.
        assert_eq!(
            mentions("Smith’s gloomy tone cast him as a \"champion of the people\" today."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_pronoun_opening_the_quotes_clause_is_its_subject() {
        // No cue: the subject of the adverbial clause holding the quote.
        assert_eq!(
            mentions("Maria Lopez signed the bill, although she said nothing and has \"grave doubts about it\" still."),
            ["she"]
        );
        assert_eq!(
            mentions("Maria Lopez drew cheers as she thanked the crowd and then boomed, \"We will win in the fall, friends.\""),
            ["she"]
        );
        // With no such clause, the sentence's subject.
        assert_eq!(
            mentions("Maria Lopez signed the bill and has \"grave doubts about it\" still."),
            ["Maria Lopez"]
        );
    }

    /// [`cut_and_full`] over the paragraphs `text` parses into: how many
    /// paragraphs it has, and how many of them started late.
    fn parse_cut_and_full(text: &str) -> (usize, usize) {
        let article = crate::parse(text).expect("parses");
        let late = cut_and_full(text, &article.paragraphs);
        (article.paragraphs.len(), late)
    }

    /// Every verdict of a paragraph, from tokens that start late (when they
    /// may) and are cut after the last quote's sentence (when the cut
    /// suffices), and from all its tokens; with every token the trailing
    /// attribution and last cue too, from late-starting tokens and all.
    /// How many paragraphs' tokens started late (after deepening, if the
    /// first quote asked for it).
    fn cut_and_full(input: &str, paras: &[crate::span::Text<'_>]) -> usize {
        let mut late = 0;
        let known = names::Known::new(paras);
        let (mut pieces, mut toks, mut marks) = (Vec::new(), Vec::new(), Vec::new());
        let (mut cut_verdicts, mut full_verdicts) = (Vec::new(), Vec::new());
        // Sentence numbers count from the tokens' start: only their
        // differences are compared.
        let from_first = |v: &[Verdict]| -> Vec<Verdict> {
            let first = v.first().map_or(0, |f| f.sentence);
            v.iter()
                .map(|x| Verdict {
                    sentence: x.sentence - first,
                    ..*x
                })
                .collect()
        };
        for p in paras {
            pieces.clear();
            scan::pieces(p.text, p.span.start, &mut pieces);
            if pieces.is_empty() {
                continue;
            }
            let at = p.span.start;
            let full = tokens::tokenize_whole(p.text, at, &pieces, &mut toks, &mut marks, true);
            assert_eq!(full.cut, None);
            let last_end = toks.last().map(|t| t.e);
            let outcome = paragraph(
                input,
                &toks,
                &marks,
                full,
                &known,
                &pieces,
                &mut full_verdicts,
            );
            assert_eq!(outcome, Outcome::Done);
            let full_trailing = trailing(input, &toks, &known);
            let full_last_cue = last_cue(input, &toks, &known);
            // As the extract loop does: deepened when the first quote asks.
            let attribute = |tail: bool,
                             verdicts: &mut Vec<Verdict>,
                             toks: &mut Vec<Tok>,
                             marks: &mut Vec<Mark>| {
                let (text, pieces) = (p.text, &pieces[..]);
                let mut t = tokens::tokenize_marked(text, at, pieces, toks, marks, tail);
                if tail {
                    assert_eq!(t.cut, None);
                } else if let Some(end) = t.cut {
                    assert_eq!(Some(end), last_end, "{text:?}");
                }
                loop {
                    match paragraph(input, toks, marks, t, &known, pieces, verdicts) {
                        Outcome::Deeper => {
                            assert!(t.deeper.is_some());
                            tokens::deepen(text, at, pieces, toks, marks, &mut t);
                        }
                        Outcome::Done => return true,
                        Outcome::Tail => return false,
                    }
                }
            };
            let full_start = toks.first().map(|t| t.s);
            assert!(attribute(true, &mut cut_verdicts, &mut toks, &mut marks));
            late += usize::from(toks.first().map(|t| t.s) != full_start);
            assert_eq!(
                from_first(&cut_verdicts),
                from_first(&full_verdicts),
                "{:?}",
                p.text
            );
            assert_eq!(
                trailing(input, &toks, &known),
                full_trailing,
                "{:?}",
                p.text
            );
            assert_eq!(
                last_cue(input, &toks, &known),
                full_last_cue,
                "{:?}",
                p.text
            );
            if attribute(false, &mut cut_verdicts, &mut toks, &mut marks) {
                assert_eq!(
                    from_first(&cut_verdicts),
                    from_first(&full_verdicts),
                    "{:?}",
                    p.text
                );
            }
        }
        late
    }

    /// A first quote that opens its sentence, with no attribution in it,
    /// asks for the sentence before, and finds its speaker there.
    #[test]
    fn a_first_quote_asks_for_the_sentence_before() {
        let text =
            "News of the day\n\nOne two three four. Five six seven eight. Senator Bob Smith \
            spoke then. \"We will win the vote.\" Then more.\n";
        let a = crate::parse(text).expect("parses");
        let p = *a.paragraphs.last().expect("a paragraph");
        let known = names::Known::new(&a.paragraphs);
        let (mut pieces, mut toks, mut marks, mut verdicts) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        scan::pieces(p.text, p.span.start, &mut pieces);
        let at = p.span.start;
        let mut t = tokens::tokenize_marked(p.text, at, &pieces, &mut toks, &mut marks, false);
        assert!(t.deeper.is_some());
        assert_eq!(text[toks[0].s..].split(' ').next(), Some("Smith"));
        let outcome = paragraph(text, &toks, &marks, t, &known, &pieces, &mut verdicts);
        assert_eq!(outcome, Outcome::Deeper);
        tokens::deepen(p.text, at, &pieces, &mut toks, &mut marks, &mut t);
        assert!(t.first_tried && t.deeper.is_none());
        assert_eq!(text[toks[0].s..].split(' ').next(), Some("six"));
        let outcome = paragraph(text, &toks, &marks, t, &known, &pieces, &mut verdicts);
        assert_eq!(outcome, Outcome::Done);
        let found = verdicts[0].found.expect("attributed");
        assert_eq!(&text[found.np.mention.range()], "Bob Smith");
        cut_and_full(text, &a.paragraphs);
    }

    #[test]
    fn stops_read_as_bytes_as_as_characters() {
        let mut texts: Vec<String> = Vec::new();
        for core in ["", "No", "No.", "Why?", "Go!", "Wait…", "x\u{2019}", "é"] {
            for end in [
                "",
                " ",
                "\t\n",
                "\u{a0}",
                " \u{2003}",
                "\u{85}",
                ". ",
                "…\u{a0}",
            ] {
                texts.push(format!("{core}{end}"));
            }
        }
        super::super::bbc_sample::each_article(60, |text| {
            let mut pieces = Vec::new();
            scan::pieces(text, 0, &mut pieces);
            texts.extend(pieces.iter().map(|p| text[p.start..p.end].to_string()));
        });
        for t in &texts {
            let p = Piece {
                outer_start: 0,
                outer_end: t.len(),
                start: 0,
                end: t.len(),
                closed: true,
                opens_paragraph: false,
            };
            assert_eq!(ends_with_stop(t, &p), ends_with_stop_chars(t), "{t:?}");
        }
    }

    #[test]
    fn cut_tokens_attribute_as_all_tokens_do() {
        let text = "News of the day\n\n\
            \"No,\" Smith, an executive at Yahoo!, said. He left. Then more.\n\n\
            \"Why?\" Todd asked the mogul. \"Because.\" Later, he said so. Mr. Trump left.\n\n\
            The judge said, according to the Post, \"It is over.\" The Post said so too.\n\n\
            Sanders said: \"We win.\" Really? Yes! The end  \n\n\
            \"A\" b. \"C\" d e f. g h i.\n";
        let a = crate::parse(text).expect("parses");
        cut_and_full(text, &a.paragraphs);
    }

    #[test]
    fn cut_tokens_attribute_as_all_tokens_do_on_the_corpus() {
        super::super::bbc_sample::each_article(120, |text| {
            if let Ok(a) = crate::parse(text) {
                cut_and_full(text, &a.paragraphs);
            }
        });
    }

    /// Sentences that end where late tokens may start, each aimed at a read
    /// that looks back from a quote or a cue past a sentence end: the pairs
    /// of `known as` up to four tokens before a quote, the word two back
    /// from `called`, a speech noun's owner three back, the `(` twelve back
    /// from a `)`, a cue's noun reading two back, a description's word
    /// before it, a relative `who` or `which`, a passive `was ... by`.
    const ENDS_BEFORE: [&str; 23] = [
        "",
        "W X Y A b Smith's.",
        "We saw the new school board's.",
        "They met old Mr. Bob Jones's.",
        "One two three.",
        "He is known as Smith.",
        "She was known as.",
        "It is known as Smith's.",
        "It came to be known as the Boss.",
        "Senator Bob Smith's.",
        "They met Mr. Bob Jones's.",
        "His aides (who asked not to be named.",
        "It was called.",
        "Mr. Bob Jones spoke then.",
        "The president said.",
        "Smith, who left, said.",
        "x y \u{2014} .",
        "a) b c.",
        "Rep. Ann Lee (D-Md.).",
        "1. 2.",
        "In Salem, New Hampshire.",
        "The big claim.",
        "Was asked by moderator Gerard Baker.",
    ];

    /// Sentences with quotes whose attribution reads back from the
    /// sentence's first tokens.
    const QUOTING: [&str; 26] = [
        "\"We will win the vote.\"",
        "\"Buffett Rule\" was born.",
        "\"Yes,\" he said.",
        "\"No,\" said Smith.",
        "Claim that \"yes\" was made.",
        "His claim that \"yes\" was made.",
        "Its claim: \"yes\".",
        "Y \"Boss\" left.",
        "Y called \"The Show\" a hit.",
        "Reports \"were false\".",
        "The reports \"were false\".",
        "Rising costs \"hurt us\", he said.",
        ") said, \"Yes.\"",
        "f) said, \"Yes.\"",
        "Adding, \"we go\".",
        "According to Smith, \"we go.\"",
        "Said Smith, \"we go.\"",
        "Who said \"we go\".",
        "Which notes, \"we go\".",
        "To say \"we go\".",
        "Was asked by moderator Gerard Baker: \"Why?\"",
        "On Twitter: \"we go\".",
        "Robert C. \"Bobby\" Scott said \"no\".",
        "\"Big Deal\" \"We go.\" Her claim that \"we win\" stood.",
        "\"Big Deal.\" \"We go.\" Her claim that \"we win\" stood.",
        "\"A\" b. \"C\" d e f.",
    ];

    /// Late tokens give every verdict, trailing attribution and last cue
    /// that all tokens give, for quotes right after sentence ends aimed at
    /// each read that looks back past one (and most of them do start
    /// late).
    #[test]
    fn late_tokens_attribute_as_all_tokens_do_after_crafted_sentence_ends() {
        let (mut paragraphs, mut late) = (0, 0);
        for a in ENDS_BEFORE {
            let mut text = String::from("News of the day\n\n");
            for b in ENDS_BEFORE {
                for q in QUOTING {
                    for t in ["", " Smith said.", " He told the crowd:"] {
                        text.push_str(&format!("{a} {b} {q}{t}\n\n"));
                    }
                }
            }
            let (p, l) = parse_cut_and_full(&text);
            paragraphs += p;
            late += l;
        }
        assert!(late * 2 > paragraphs, "{late} of {paragraphs} late");
    }

    /// Tokens that start late for a quote right after `known as X.` or
    /// `known as.` hold the `known` that makes it a name, as all tokens do:
    /// [`is_name_like`] reads the pairs of tokens ending one to three before a
    /// quote, three tokens back from the sentence end right before a quote
    /// that opens its sentence, two when a word comes between.
    #[test]
    fn late_tokens_keep_known_as_before_a_quote() {
        let cases = [
            "News of the day\n\nA b c d. It is known as Smith. \"Buffett Rule\" won.\n",
            "News of the day\n\nA b c d. It is known as. \"Buffett Rule\" won.\n",
            "News of the day\n\nA b c d. It is known as. Y \"Buffett Rule\" won.\n",
        ];
        for text in cases {
            let a = crate::parse(text).expect("parses");
            let p = *a.paragraphs.last().expect("a paragraph");
            let known = names::Known::new(&a.paragraphs);
            let (mut pieces, mut toks, mut marks, mut verdicts) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            scan::pieces(p.text, p.span.start, &mut pieces);
            let at = p.span.start;
            let t = tokens::tokenize_marked(p.text, at, &pieces, &mut toks, &mut marks, false);
            assert!(toks[0].s > at, "{text:?}");
            let outcome = paragraph(text, &toks, &marks, t, &known, &pieces, &mut verdicts);
            assert_eq!(outcome, Outcome::Done, "{text:?}");
            assert!(!verdicts[0].is_quote, "{text:?}");
            assert_eq!(cut_and_full(text, &a.paragraphs), 1, "{text:?}");
        }
    }

    /// Paragraphs of words that the look-back reads key on, in orders
    /// an xorshift generator picks (the same on every run): late tokens
    /// attribute as all tokens do.
    #[test]
    fn late_tokens_attribute_as_all_tokens_do_on_generated_paragraphs() {
        let parts = [
            "known",
            "as",
            "Smith",
            "Smith's",
            "his",
            "its",
            "claim",
            "that",
            "said",
            "says",
            "told",
            "according",
            "to",
            "(",
            ")",
            ",",
            ".",
            ":",
            "?",
            "Mr.",
            "Bob",
            "Jones",
            "He",
            "she",
            "the",
            "reports",
            "who",
            "which",
            "was",
            "by",
            "called",
            "adding",
            "Rising",
            "costs",
            "In",
            "Salem",
            "\"Yes.\"",
            "\"Big Deal\"",
            "\"we win\"",
            "\"No,\"",
            "\u{2014}",
            "x",
            "A.",
            "1",
            "Y",
            "response",
            "is",
            "asked",
            "Gerard",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut paragraphs, mut late) = (0, 0);
        for _ in 0..200 {
            let mut text = String::from("News of the day\n\n");
            for _ in 0..20 {
                // Most with a quote after a sentence or two, where tokens
                // may start late.
                for end in [". ", ". \"Go.\" ", ""] {
                    for _ in 0..next() % 16 + 1 {
                        let w = parts[next() as usize % parts.len()];
                        // Punctuation mostly sticks to the word before it.
                        let glued = w.len() == 1 && !w.as_bytes()[0].is_ascii_alphanumeric();
                        if !(glued && next() % 4 != 0) {
                            text.push(' ');
                        }
                        text.push_str(w);
                    }
                    text.push_str(end);
                }
                text.push_str("\n\n");
            }
            let (p, l) = parse_cut_and_full(&text);
            paragraphs += p;
            late += l;
        }
        assert!(late * 4 > paragraphs, "{late} of {paragraphs} late");
    }

    /// The same on every article of the corpora beside the checkout
    /// (absent ones are skipped): about four thousand paragraphs there
    /// start late.
    #[test]
    fn late_tokens_attribute_as_all_tokens_do_on_the_corpora() {
        let dirs = [
            "newspaper",
            "polnear/dev/text",
            "polnear/train/text",
            "bbc/business",
            "bbc/entertainment",
            "bbc/politics",
            "bbc/sport",
            "bbc/tech",
        ];
        let (mut read, mut late) = (0, 0);
        for dir in dirs {
            let dir = format!("{}/../shared/corpus/{dir}", env!("CARGO_MANIFEST_DIR"));
            let Ok(files) = std::fs::read_dir(&dir) else {
                eprintln!("skipped: {dir} is absent");
                continue;
            };
            for f in files.flatten() {
                // One BBC file is not UTF-8: it has nothing to check here.
                if let Ok(text) = std::fs::read_to_string(f.path()) {
                    if let Ok(a) = crate::parse(&text) {
                        read += 1;
                        late += cut_and_full(&text, &a.paragraphs);
                    }
                }
            }
        }
        assert!(read == 0 || late > 0, "{late} late in {read} articles");
    }
}
