//! Attribution: which cue and speaker phrase a quoted piece belongs to.
//!
//! The common news pattern, the attribution right after the closing mark
//! (`"...," X said` / `"...," said X` / `"...," according to X` / `"..."
//! ― X`), is a nom grammar over the text after the quote. Then, in order:
//! a cue earlier in the quote's sentence (`X said: "..."`, `X called the
//! code "unfair"`), a cue later in it, a cue ending the previous sentence
//! (`Schiff said. "..."`), and last the sentence's subject with no listed
//! cue (`Trump likened them to a "vicious snake"`). Speaker phrases before
//! a cue are found by walking the paragraph's tokens back from it. Every
//! walk stops at the neighbouring quote, at a sentence end or after a few
//! dozen tokens, so the pass stays linear in the paragraph's length.

use super::scan::Piece;
use super::speakers::{
    analyze, is_determiner, is_function, is_inner_preposition, is_pronoun, How, Np,
};
use super::tokens::{is_cap, text, word_end, Kind, Tok};
use crate::lexicon::{contains_ci, cues, pronouns, titles};
use crate::span::{offset_in, Span};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_till, take_while, take_while1};
use nom::character::complete::char;
use nom::combinator::{opt, recognize, verify};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};
use smallvec::SmallVec;

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

type Words<'a> = SmallVec<[&'a str; 12]>;

/// Capitalized words the article uses in mid-sentence: a lone capitalized
/// word that opens a sentence is taken for a name only when it is one of
/// these (`Trump has ...`, not `Smiling, she ...` or `Boos rang out`).
pub(crate) type Known<'a> = std::collections::HashSet<&'a str>;

// ------------------------------------------------------------ nom grammar

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

fn ws(i: &str) -> IResult<&str, &str> {
    take_while(char::is_whitespace).parse(i)
}

fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(char::is_whitespace).parse(i)
}

/// One word, as the tokenizer cuts it.
fn word(i: &str) -> IResult<&str, &str> {
    if !i.chars().next().is_some_and(char::is_alphanumeric) {
        return fail(i);
    }
    let e = word_end(i, 0, i.len());
    Ok((&i[e..], &i[..e]))
}

/// A cue: a phrase from the table or a lowercase cue word.
fn cue(i: &str) -> IResult<&str, &str> {
    for p in cues::PHRASES {
        if i.len() >= p.len() && i.is_char_boundary(p.len()) && i[..p.len()].eq_ignore_ascii_case(p)
        {
            let rest = &i[p.len()..];
            if !rest.chars().next().is_some_and(char::is_alphanumeric) {
                return Ok((rest, &i[..p.len()]));
            }
        }
    }
    let (rest, w) = verify(word, |w: &str| !is_cap(w) && contains_ci(cues::CUES, w)).parse(i)?;
    Ok((rest, w))
}

fn is_call(w: &str) -> bool {
    w.starts_with("call")
}

fn is_tell(w: &str) -> bool {
    matches!(w, "told" | "tells" | "tell" | "telling")
}

/// Cues that may come before their subject (`said Smith`).
fn invertible(w: &str) -> bool {
    !is_tell(w) && !w.ends_with("ing") && !w.contains(' ') && !is_call(w)
}

/// The words of a speaker phrase read forward: up to ten words, stopping
/// at punctuation, a cue or a function word. Prepositions may sit inside
/// when `inner` allows (`a spokesman for the campaign`).
fn np_words(inner: bool) -> impl Fn(&str) -> IResult<&str, Words<'_>> {
    move |i: &str| {
        let mut words = Words::new();
        let (mut rest, w) = word(i)?;
        if (is_function(w) && !is_determiner(w)) || cue(i).is_ok() {
            return fail(i);
        }
        words.push(w);
        if is_pronoun(w) {
            return Ok((rest, words));
        }
        while words.len() < 10 {
            let Ok((r, _)) = ws1(rest) else { break };
            if cue(r).is_ok() {
                break;
            }
            let Ok((r2, w)) = word(r) else { break };
            let fits = !is_function(w)
                || (inner && (is_inner_preposition(w) || is_determiner(w)))
                || (w == "of" && is_cap(words[words.len() - 1]));
            if !fits || is_pronoun(w) {
                break;
            }
            words.push(w);
            rest = r2;
        }
        while words.len() > 1 && is_function(words[words.len() - 1]) {
            words.pop();
            // The text consumed is re-derived by the caller from the words.
        }
        let last = words[words.len() - 1];
        let end = offset_in(i, last) + last.len();
        Ok((&i[end..], words))
    }
}

/// `, an economist at X,` or `, who ...`: the appositive's text, up to the
/// next comma or sentence end.
fn appositive(i: &str) -> IResult<&str, &str> {
    let (i, _) = (ws, char(','), ws).parse(i)?;
    let (rest, a) =
        take_till(|c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '\n')).parse(i)?;
    let a = a.trim_end();
    if a.is_empty() || a.len() > 250 || a.contains(". ") {
        return fail(i);
    }
    Ok((rest, a.trim_end_matches('.')))
}

/// A role in apposition, without its article; None for a relative clause.
fn role_of_appositive(a: &str) -> Option<&str> {
    let (rest, first) = word(a).ok()?;
    if matches!(
        first.to_ascii_lowercase().as_str(),
        "who" | "which" | "whose" | "whom"
    ) {
        return None;
    }
    if is_cap(first) && !is_determiner(first) {
        return None;
    }
    let r = if is_determiner(first) {
        rest.trim_start()
    } else {
        a
    };
    (!r.is_empty()).then_some(r)
}

fn parenthetical(i: &str) -> IResult<&str, &str> {
    recognize((
        ws,
        char('('),
        take_till(|c| c == ')' || c == '\n'),
        char(')'),
    ))
    .parse(i)
}

fn adverbs(i: &str) -> IResult<&str, ()> {
    let mut rest = i;
    for _ in 0..3 {
        match (
            ws1,
            verify(word, |w: &str| contains_ci(pronouns::ADVERBS, w)),
        )
            .parse(rest)
        {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    Ok((rest, ()))
}

/// What follows a cue: the addressee of `told` (`told AFP`).
fn addressee(i: &str) -> Option<&str> {
    let (_, words) = preceded_ws(np_words(false))(i).ok()?;
    let (a, b) = (words[0], words[words.len() - 1]);
    if is_pronoun(a) && words.len() == 1 && !matches!(a, "him" | "her" | "them") {
        return None;
    }
    let s = offset_in(i, a);
    Some(&i[s..offset_in(i, b) + b.len()])
}

fn preceded_ws<'a, O>(
    p: impl Fn(&'a str) -> IResult<&'a str, O>,
) -> impl Fn(&'a str) -> IResult<&'a str, O> {
    move |i: &'a str| {
        let (i, _) = ws1(i)?;
        p(i)
    }
}

/// The attribution grammar after a closing mark. `rest` runs to the next
/// quote or the paragraph's end; `weak` says whether the quote ended its
/// sentence, in which case only an attribution that also ends there counts
/// (`"Why?" Smith asked.`, not `"No." Smith said the plan...`).
pub(crate) fn after_quote<'a>(input: &'a str, rest: &'a str, weak: Weak) -> Option<Found> {
    let (i, (_, dash, _)) = (
        ws,
        opt(alt((
            tag(","),
            tag("--"),
            tag("—"),
            tag("–"),
            tag("―"),
            tag("-"),
        ))),
        ws,
    )
        .parse(rest)
        .ok()?;
    // `"..." ― Karen Bobadilla.`: a signed quote, the dash is the cue.
    if let Some(d) = dash.filter(|d| *d != ",") {
        if let Ok((r, words)) = np_words(false)(i) {
            let r = r.trim_start_matches(['.', ' ']);
            let np = analyze(input, &words).filter(|n| n.how == How::Name);
            if let Some(np) = np.filter(|_| r.is_empty() || r.starts_with('\n')) {
                return Some(Found {
                    np,
                    cue: Some(span_of(input, d)),
                    to: None,
                });
            }
        }
    }
    let ends_here = |r: &str, cue: &str| attribution_ends(r, cue);
    // `said X`, `according to X`.
    if let Ok((r, c)) = verify(cue, |c: &str| {
        invertible(c) || c.eq_ignore_ascii_case("according to")
    })
    .parse(i)
    {
        if let Ok((r2, words)) = preceded_ws(np_words(true))(r) {
            let mut np = analyze(input, &words)?;
            let mut after = r2;
            if let Ok((r3, _)) = parenthetical(after) {
                after = r3;
            }
            if let Ok((r3, a)) = appositive(after) {
                if np.how == How::Name && np.role.is_none() {
                    np.role = role_of_appositive(a).map(|a| span_of(input, a));
                }
                after = r3;
            }
            if weak == Weak::No || ends_here(after, "") {
                return Some(Found {
                    np,
                    cue: Some(span_of(input, c)),
                    to: None,
                });
            }
        }
    }
    // `X said`, `X, the role, said`, `X (R-Fla.) said`.
    let (mut r, words) = np_words(true)(i).ok()?;
    let mut np = analyze(input, &words)?;
    if let Ok((r2, _)) = parenthetical(r) {
        r = r2;
    }
    if let Ok((r2, a)) = appositive(r) {
        let (r3, _) = (ws, char(',')).parse(r2).ok()?;
        if np.how == How::Name && np.role.is_none() {
            np.role = role_of_appositive(a).map(|a| span_of(input, a));
        }
        r = r3;
    }
    // The cue first, so that `was quoted as saying` is not read as the
    // auxiliary `was` and the cue `quoted`.
    let (r, c) = preceded_ws(cue)(r)
        .or_else(|_| adverbs(r).and_then(|(r, _)| preceded_ws(cue)(r)))
        .ok()?;
    if weak != Weak::No && (!ends_here(r, c) || (weak == Weak::BeforeQuote && introduces_quote(r)))
    {
        return None;
    }
    let to = if is_tell(c) {
        addressee(r).map(|a| span_of(input, a))
    } else {
        None
    };
    Some(Found {
        np,
        cue: Some(span_of(input, c)),
        to,
    })
}

/// True when the attribution's clause ends after `cue` (or a speaker
/// phrase), so that the words before it were not a new sentence's subject:
/// `"No." Trump said on Tuesday.` but not `"No." Trump said the plan...`.
fn attribution_ends(r: &str, cue: &str) -> bool {
    let r = r.trim_start();
    if r.is_empty() || r.starts_with(['.', ',', ';', ':', '!', '?', '(', '—', '–', '-']) {
        return true;
    }
    let Ok((_, w)) = word(r) else {
        return false;
    };
    if is_cap(w) {
        return is_tell(cue) || super::speakers::is_calendar(w);
    }
    let lw = w.to_ascii_lowercase();
    !(is_determiner(w)
        || is_pronoun(w)
        || matches!(
            lw.as_str(),
            "that"
                | "if"
                | "what"
                | "how"
                | "why"
                | "whether"
                | "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "you"
        ))
}

/// True when nothing but a comma or colon stands between a cue and the
/// next quote (the text after the cue runs up to that quote).
fn introduces_quote(r: &str) -> bool {
    r.trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
        .is_empty()
}

/// How a quote ended, for the attribution after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weak {
    /// It did not end a sentence: `"...," he said`.
    No,
    /// It ended a sentence: only an attribution that ends too counts.
    Yes,
    /// As `Yes`, and another quote follows in the paragraph.
    BeforeQuote,
}

fn span_of(input: &str, s: &str) -> Span {
    let o = offset_in(input, s);
    Span::new(o, o + s.len())
}

// ------------------------------------------------------------ token walks

fn is_word(t: &Tok) -> bool {
    t.kind == Kind::Word
}

fn ends_sentence(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct('.' | '?' | '!'))
}

/// If a cue starts at token `i` (and ends before `hi`): the token after it
/// and the cue's span.
fn cue_at(input: &str, toks: &[Tok], i: usize, hi: usize) -> Option<(usize, Span)> {
    if !is_word(&toks[i]) {
        return None;
    }
    let (rest, c) = cue(&input[toks[i].s..]).ok()?;
    let end = offset_in(input, rest);
    let mut k = i;
    while k < hi && toks[k].e <= end {
        k += 1;
    }
    if k > hi || toks[k - 1].e != end {
        return None;
    }
    if noun_reading(input, toks, i) {
        return None;
    }
    Some((k, span_of(input, c)))
}

/// True when the cue word at token `i` is a noun here: `the reports`, `his
/// early-morning attacks`, `of Republican claims`.
fn noun_reading(input: &str, toks: &[Tok], i: usize) -> bool {
    let word_at = |k: usize| {
        Some(&toks[k])
            .filter(|t| is_word(t))
            .map(|t| text(input, t))
    };
    let marks_noun = |w: &str| {
        is_determiner(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.chars().all(|c| c.is_ascii_digit())
            || (is_inner_preposition(w) && !is_cap(w))
    };
    let Some(prev) = i.checked_sub(1).and_then(word_at) else {
        return false;
    };
    // Past forms are verbs even after a numeral (`the mother of three
    // replied`); bare and `-s` forms double as nouns (`a note`, `the
    // reports`).
    let cue = text(input, &toks[i]);
    let past = cue.ends_with("ed") || matches!(cue, "said" | "told" | "wrote" | "sang" | "read");
    if past || cue.contains(' ') {
        return false;
    }
    if is_determiner(prev) {
        return true;
    }
    if !cue.ends_with('s') {
        return false;
    }
    // What follows a verb: `The ad claims "..."`, `the survey asks whether`.
    let verb_follows = toks.get(i + 1).is_some_and(|t| match t.kind {
        Kind::Quote(_) => true,
        Kind::Punct(c) => c == ':' || c == ',',
        Kind::Word => {
            let w = text(input, t);
            matches!(w, "that" | "whether" | "if") || is_pronoun(w)
        }
    });
    if marks_noun(prev) {
        return true;
    }
    if verb_follows {
        return false;
    }
    let adjective =
        !is_function(prev) && !is_pronoun(prev) && !contains_ci(pronouns::ADVERBS, prev);
    adjective && i.checked_sub(2).and_then(word_at).is_some_and(marks_noun)
}

/// The speaker phrase ending right before token `c` (a cue), not reaching
/// back before token `lo`.
fn subject_before(input: &str, toks: &[Tok], c: usize, lo: usize) -> Option<Np> {
    let mut j = c;
    while j > lo && is_word(&toks[j - 1]) && {
        let w = text(input, &toks[j - 1]);
        !is_cap(w) && contains_ci(pronouns::ADVERBS, w)
    } {
        j -= 1;
    }
    if j <= lo {
        return None;
    }
    if toks[j - 1].kind == Kind::Punct(')') {
        let k = (lo..j - 1)
            .rev()
            .take(12)
            .find(|&k| toks[k].kind == Kind::Punct('('))?;
        j = k;
        if j <= lo {
            return None;
        }
    }
    if toks[j - 1].kind == Kind::Punct(',') {
        let k = (lo..j - 1)
            .rev()
            .take(40)
            .take_while(|&k| !ends_sentence(&toks[k]) && !matches!(toks[k].kind, Kind::Quote(_)))
            .find(|&k| toks[k].kind == Kind::Punct(','))?;
        let appos = &toks[k + 1..j - 1];
        let first = appos.first().filter(|t| is_word(t))?;
        let fw = text(input, first);
        if matches!(fw.to_ascii_lowercase().as_str(), "who" | "which" | "whose") {
            return np_back_paren(input, toks, k, lo);
        }
        let all_names = appos.len() <= 5
            && appos
                .iter()
                .all(|t| is_word(t) && super::speakers::is_name_word(text(input, t)));
        if all_names {
            let words: Words = appos.iter().map(|t| text(input, t)).collect();
            let mut np = analyze(input, &words)?;
            if np.role.is_none() {
                np.role = np_back_paren(input, toks, k, lo).map(|n| n.mention);
            }
            return Some(np);
        }
        let mut np = np_back_paren(input, toks, k, lo)?;
        if np.how == How::Name && np.role.is_none() {
            let a = &input[first.s..appos[appos.len() - 1].e];
            np.role = role_of_appositive(a).map(|a| span_of(input, a));
        }
        return Some(np);
    }
    np_back(input, toks, j, lo)
}

/// Like [`np_back`], skipping a parenthesis right before `j` (`Rep.
/// Elijah Cummings (D-Md.), chair of ...`).
fn np_back_paren(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    if j > lo && toks[j - 1].kind == Kind::Punct(')') {
        let k = (lo..j - 1)
            .rev()
            .take(12)
            .find(|&k| toks[k].kind == Kind::Punct('('))?;
        return np_back(input, toks, k, lo);
    }
    np_back(input, toks, j, lo)
}

/// The speaker phrase whose last word is token `j - 1`.
fn np_back(input: &str, toks: &[Tok], j: usize, lo: usize) -> Option<Np> {
    if j <= lo || !is_word(&toks[j - 1]) {
        return None;
    }
    let head = text(input, &toks[j - 1]);
    if is_pronoun(head) {
        let mut np = analyze(input, &[head])?;
        if head.eq_ignore_ascii_case("who")
            && j >= 2
            && j - 2 > lo
            && toks[j - 2].kind == Kind::Punct(',')
        {
            np.antecedent = np_back(input, toks, j - 2, lo).map(|n| n.mention);
        }
        return Some(np);
    }
    if is_function(head)
        || cue_at(input, toks, j - 1, j).is_some()
        || head.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let cap_head = is_cap(head);
    let mut a = j - 1;
    while a > lo && j - a < 8 {
        let t = &toks[a - 1];
        if !is_word(t) {
            break;
        }
        let w = text(input, t);
        if is_pronoun(w) || (!is_cap(w) && contains_ci(cues::CUES, w)) {
            break;
        }
        let det = is_determiner(w);
        if is_function(w) && !(det || (!cap_head && is_inner_preposition(w))) {
            break;
        }
        if cap_head && det && !is_cap(w) {
            break;
        }
        a -= 1;
        if det {
            break;
        }
    }
    while a < j - 1 && is_inner_preposition(text(input, &toks[a])) {
        a += 1;
    }
    let words: Words = toks[a..j].iter().map(|t| text(input, t)).collect();
    let np = analyze(input, &words)?;
    if np.how == How::Description && !is_subject_description(input, toks, a, &words) {
        return None;
    }
    Some(np)
}

/// False for phrases that cannot be a describing subject: a time
/// (`this week`), an adverb or participle head (`increasingly`), or an
/// object of a verb or preposition (`released a statement calling ...`).
fn is_subject_description(input: &str, toks: &[Tok], a: usize, words: &[&str]) -> bool {
    let head = words[words.len() - 1];
    let plural_ok = contains_ci(pronouns::DESCRIPTIVE_PLURALS, head);
    let verbal = head.ends_with("ly") || head.ends_with("ed") || head.ends_with("ing");
    if !plural_ok && !is_cap(head) && verbal {
        return false;
    }
    if words
        .iter()
        .any(|w| contains_ci(titles::TIME_WORDS, w) || super::speakers::is_calendar(w))
    {
        return false;
    }
    // A subject follows punctuation, a capital or a conjunction; after any
    // other word the phrase is an object (`through the streets`).
    let prev = a.checked_sub(1).map(|k| &toks[k]).filter(|t| is_word(t));
    !prev.is_some_and(|t| {
        let w = text(input, t);
        !is_cap(w)
            && !matches!(
                w,
                "and"
                    | "but"
                    | "or"
                    | "so"
                    | "yet"
                    | "then"
                    | "that"
                    | "which"
                    | "while"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "as"
                    | "if"
                    | "since"
                    | "where"
                    | "also"
                    | "still"
                    | "after"
                    | "before"
                    | "what"
                    | "who"
                    | "whom"
            )
    })
}

/// The speaker of the cue at token `j`: the phrase before it, or for a
/// participle after a comma (`Trump defended it, saying "..."`) and when
/// nothing fits, the sentence's subject.
fn subject_of_cue(input: &str, toks: &[Tok], known: &Known<'_>, j: usize, lo: usize) -> Option<Np> {
    let participle = text(input, &toks[j]).ends_with("ing");
    if participle && j > lo && toks[j - 1].kind == Kind::Punct(',') {
        return sentence_subject(input, toks, known, j, lo, true);
    }
    let np = subject_before(input, toks, j, lo)
        .or_else(|| inverted_at(input, toks, j))
        .or_else(|| sentence_subject(input, toks, known, j, lo, true))?;
    // `Ban Ki-moon condemned what he called a "breach"`: the pronoun of a
    // relative clause; the sentence's subject is the speaker.
    let k = toks.partition_point(|t| t.s < np.mention.start);
    let relative = np.how == How::Pronoun
        && k < toks.len()
        && k > lo
        && is_word(&toks[k - 1])
        && matches!(text(input, &toks[k - 1]), "what" | "which");
    if relative {
        if let Some(main) = sentence_subject(input, toks, known, k - 1, lo, true) {
            return Some(main);
        }
    }
    // `Lynch said she recalled thinking, "..."`: a pronoun reported by an
    // outer cue; the outer speaker is the source.
    if np.how == How::Pronoun && k < toks.len() && k > lo + 1 {
        let mut c = k - 1;
        if is_word(&toks[c]) && text(input, &toks[c]) == "that" {
            c -= 1;
        }
        if c > lo && cue_at(input, toks, c, k).is_some() {
            if let Some(outer) = subject_before(input, toks, c, lo) {
                return Some(outer);
            }
        }
    }
    Some(np)
}

/// `But, said Solovey, "..."`: a name right after an invertible cue.
fn inverted_at(input: &str, toks: &[Tok], j: usize) -> Option<Np> {
    // Only right after a comma or at a sentence's start: in `and
    // criticized Obama`, Obama is the object.
    let after_break = j == 0 || matches!(toks[j - 1].kind, Kind::Punct(_) | Kind::Quote(_));
    if !after_break {
        return None;
    }
    let (rest, c) = cue(&input[toks[j].s..]).ok()?;
    if !invertible(c) {
        return None;
    }
    let (_, words) = preceded_ws(np_words(false))(rest).ok()?;
    analyze(input, &words).filter(|n| n.how == How::Name)
}

/// The subject of the sentence that holds token `j`: its first name or
/// personal pronoun (`Trump defended it, saying "..."`, `I laughed and
/// said "..."`).
fn sentence_subject(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    j: usize,
    lo: usize,
    descriptions: bool,
) -> Option<Np> {
    let mut s = j;
    while s > lo
        && j - s < 60
        && !ends_sentence(&toks[s - 1])
        && !matches!(toks[s - 1].kind, Kind::Quote(_))
    {
        s -= 1;
    }
    let mut k = s;
    while k < j {
        if !is_word(&toks[k]) {
            k += 1;
            continue;
        }
        let w = text(input, &toks[k]);
        // A subject opens the sentence or follows an opening phrase or a
        // conjunction (`In Miami, Rubio said`, `But Trump said`).
        let at_start = k == s
            || toks[k - 1].kind == Kind::Punct(',')
            || (is_word(&toks[k - 1])
                && contains_ci(pronouns::CLAUSE_OPENERS, text(input, &toks[k - 1])));
        if !at_start {
            k += 1;
            continue;
        }
        // `It’s denouncing ...`, `I’d rather ...`: the pronoun of a
        // contraction.
        let base = w.split(['\'', '’']).next().unwrap_or(w);
        if matches!(
            base,
            "he" | "He" | "she" | "She" | "they" | "They" | "I" | "we" | "We"
        ) {
            return analyze(input, &[base]);
        }
        if descriptions && is_cap(w) && is_determiner(w) {
            // `The Sanders campaign projects that "..."`: the article and
            // the nouns up to the first verb-looking word.
            let n = toks[k + 1..j]
                .iter()
                .take(4)
                .take_while(|t| {
                    is_word(t) && {
                        let x = text(input, t);
                        !is_function(x)
                            && !is_pronoun(x)
                            && (is_cap(x) || !(x.ends_with('s') || x.ends_with("ed")))
                    }
                })
                .count();
            if n > 0 {
                let words: Words = toks[k..=k + n].iter().map(|t| text(input, t)).collect();
                return analyze(input, &words);
            }
        }
        if !super::speakers::is_name_word(w) {
            k += 1;
            continue;
        }
        let n = toks[k..j]
            .iter()
            .take_while(|t| is_word(t) && super::speakers::is_name_word(text(input, t)))
            .count();
        let last = text(input, &toks[k + n - 1]);
        // Not a subject: a sentence-opening adverb or participle
        // (`Speaking to reporters`), a place after a preposition (`In
        // Miami, Rubio said`), a possessor (`Trump's remarks`).
        let next_is_function = toks
            .get(k + 1)
            .is_some_and(|t| is_word(t) && is_function(text(input, t)));
        let next_is_preposition = toks.get(k + 1).is_some_and(|t| {
            is_word(t) && {
                let p = text(input, t);
                is_inner_preposition(p) || matches!(p, "to" | "by" | "about")
            }
        });
        // A lone capitalized word opening the sentence that the article never
        // capitalizes elsewhere is a common word: `Smiling, she said` skips
        // it, `Protesters chanted` keeps it as a description.
        let unknown = k == s && n == 1 && !known.contains(super::tokens::bare(w));
        let next_is_comma = toks.get(k + 1).is_some_and(|t| t.kind == Kind::Punct(','));
        let opener = (unknown && next_is_comma)
            || k == s
                && n == 1
                && (w.ends_with("ly")
                    || (w.ends_with("ing") && next_is_function)
                    || next_is_preposition);
        let after_prep = k > s && is_word(&toks[k - 1]) && {
            let p = text(input, &toks[k - 1]);
            is_function(p) && !is_determiner(p) && !contains_ci(pronouns::CLAUSE_OPENERS, p)
        };
        let possessive = last.ends_with("'s") || last.ends_with("’s");
        let verb_follows = toks.get(k + n).is_some_and(|t| match t.kind {
            Kind::Word => !is_cap(text(input, t)),
            Kind::Punct(c) => c == ',' || c == '(',
            Kind::Quote(_) => false,
        });
        if !(opener || after_prep || possessive) && verb_follows {
            let words: Words = toks[k..k + n.min(6)]
                .iter()
                .map(|t| text(input, t))
                .collect();
            let np = analyze(input, &words).filter(|n| n.how == How::Name)?;
            return Some(if unknown {
                Np {
                    how: How::Description,
                    ..np
                }
            } else {
                np
            });
        }
        k += n;
    }
    None
}

/// An attribution that ends the sentence before token `end` (a full stop):
/// `Schiff said.` or `he said in a statement.`
fn cue_ending_sentence(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    end: usize,
    lo: usize,
) -> Option<Found> {
    let from = end.saturating_sub(6).max(lo);
    for k in (from..end).rev() {
        if matches!(toks[k].kind, Kind::Quote(_)) || ends_sentence(&toks[k]) {
            return None;
        }
        if let Some((_, cue)) = cue_at(input, toks, k, end) {
            let np = subject_of_cue(input, toks, known, k, lo)?;
            return Some(Found {
                np,
                cue: Some(cue),
                to: None,
            });
        }
    }
    None
}

/// The addressee after a `told` cue ending before token `k`.
fn addressee_at(input: &str, toks: &[Tok], k: usize, hi: usize) -> Option<Span> {
    if k >= hi {
        return None;
    }
    addressee(&input[toks[k - 1].e..]).map(|a| span_of(input, a))
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
        if ends_sentence(t) || matches!(t.kind, Kind::Quote(_)) {
            break;
        }
        let Some((after, cue)) = cue_at(input, toks, j, q) else {
            continue;
        };
        let cue_text = &input[cue.range()];
        let np = if cue_text.eq_ignore_ascii_case("according to") {
            let (_, words) = np_words(true)(&input[toks[after].s..]).ok()?;
            analyze(input, &words)
        } else {
            subject_of_cue(input, toks, known, j, lo)
        };
        if let Some(np) = np {
            let to = if is_tell(cue_text) {
                addressee_at(input, toks, after, q)
            } else {
                None
            };
            return Some(Found {
                np,
                cue: Some(cue),
                to,
            });
        }
        tries += 1;
        if tries >= 2 {
            break;
        }
    }
    // `Trump on Twitter: "..."`.
    if q > lo && toks[q - 1].kind == Kind::Punct(':') {
        let np = np_back(input, toks, q - 1, lo)
            .filter(|n| n.how != How::Description)
            .or_else(|| sentence_subject(input, toks, known, q - 1, lo, true))?;
        return Some(Found {
            np,
            cue: Some(Span::new(toks[q - 1].s, toks[q - 1].e)),
            to: None,
        });
    }
    None
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

/// An attribution later in the sentence of quote token `q`, before the
/// next quote (`"Unfair" is what Trump called it`).
fn later_in_sentence(input: &str, toks: &[Tok], known: &Known<'_>, q: usize) -> Option<Found> {
    let mut j = q + 1;
    while j < toks.len() && j < q + 40 {
        let t = &toks[j];
        if ends_sentence(t) || matches!(t.kind, Kind::Quote(_)) {
            return None;
        }
        if let Some((after, cue)) = cue_at(input, toks, j, toks.len()) {
            let np = subject_of_cue(input, toks, known, j, q + 1)?;
            let to = if is_tell(&input[cue.range()]) {
                addressee_at(input, toks, after, toks.len())
            } else {
                None
            };
            return Some(Found {
                np,
                cue: Some(cue),
                to,
            });
        }
        j += 1;
    }
    None
}

/// A quote inside a sentence with no listed cue: its speaker is the
/// sentence's subject when that is a name or a personal pronoun
/// (`Trump likened the refugees to a "vicious snake"`).
fn subject_only(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    q: usize,
    lo: usize,
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
    let np = sentence_subject(input, toks, known, q, lo, true)?;
    Some(Found {
        np,
        cue: None,
        to: None,
    })
}

/// True for short text that capitalizes every longer word, as titles and
/// names do (`Fox News Sunday`, `Make Your Kid a Millionaire`).
fn is_title_case(content: &str) -> bool {
    let words = content.split_whitespace().count();
    let core = content.trim_end_matches([',', '.']);
    words <= 8
        && core
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && core.split_whitespace().all(|w| {
            w.chars().count() < 4 || is_cap(w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        })
        && !core.ends_with(['.', '?', '!'])
        && !(content.ends_with('.') && words > 3)
}

/// True when the piece is a title, a name or a nickname, not speech.
fn is_name_like(input: &str, toks: &[Tok], q: usize, piece: &Piece) -> bool {
    let content = input[piece.start..piece.end].trim();
    // An attribute value in leftover markup: `tweet-date="..."`.
    if input[..piece.outer_start].ends_with('=') {
        return true;
    }
    let prev = q
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|t| is_word(t))
        .or_else(|| {
            // `In his 2002 book, "Make Your Kid a Millionaire,"`
            let k = q.checked_sub(2)?;
            (toks[k + 1].kind == Kind::Punct(',') && is_word(&toks[k])).then(|| &toks[k])
        });
    // `what has become known as the "Buffett rule"`.
    let known_as = (1..=3).any(|d| {
        q.checked_sub(d + 1).is_some_and(|k| {
            is_word(&toks[k])
                && is_word(&toks[k + 1])
                && text(input, &toks[k]).eq_ignore_ascii_case("known")
                && text(input, &toks[k + 1]).eq_ignore_ascii_case("as")
        })
    });
    if known_as {
        return true;
    }
    let next = toks.get(q + 1).filter(|t| is_word(t));
    let prev_w = prev.map(|t| text(input, t));
    if prev_w.is_some_and(|w| contains_ci(cues::NAMING, w)) {
        return true;
    }
    // `a show called "X"` (but `what Trump called "X"` is speech).
    if prev_w.is_some_and(is_call) && q >= 2 {
        let before = &toks[q - 2];
        if is_word(before) {
            let b = text(input, before);
            if !is_cap(b) && !is_pronoun(b) {
                return true;
            }
        }
    }
    let words = content.split_whitespace().count();
    let title_case = is_title_case(content);
    // Nickname between first name and surname: Robert C. "Bobby" Scott.
    if title_case
        && words <= 2
        && prev_w.is_some_and(is_cap)
        && next.is_some_and(|t| is_cap(text(input, t)))
    {
        return true;
    }
    if title_case {
        let by_prev = prev_w.is_some_and(|w| {
            w.ends_with("'s")
                || w.ends_with("’s")
                || contains_ci(titles::TITLE_LEADS, w)
                || w.chars().all(|c| c.is_ascii_digit())
        });
        if by_prev {
            return true;
        }
    }
    false
}

/// True when the quoted text itself ends a sentence.
fn ends_with_stop(input: &str, p: &Piece) -> bool {
    input[p.start..p.end]
        .trim_end()
        .ends_with(['.', '?', '!', '…'])
}

/// Attributes each piece of a paragraph; `verdicts` gets one per piece.
pub(crate) fn paragraph(
    input: &str,
    toks: &[Tok],
    known: &Known<'_>,
    pieces: &[Piece],
    verdicts: &mut Vec<Verdict>,
) {
    verdicts.clear();
    let mut sentence = 0;
    let mut prev_quote_tok: Option<usize> = None;
    for (q, t) in toks.iter().enumerate() {
        if q > 0 && ends_sentence(&toks[q - 1]) && !matches!(t.kind, Kind::Punct(_)) {
            sentence += 1;
        }
        let Kind::Quote(k) = t.kind else { continue };
        let piece = &pieces[k];
        let lo = prev_quote_tok.map_or(0, |p| p + 1);
        prev_quote_tok = Some(q);
        if is_name_like(input, toks, q, piece) {
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
        let next_quote = toks[q + 1..]
            .iter()
            .find(|t| matches!(t.kind, Kind::Quote(_)));
        let hi = next_quote.map_or(para_end(toks, t), |n| n.s);
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
        let found = if piece.closed {
            after_quote(input, rest, ending)
        } else {
            None
        }
        .or_else(|| before_quote(input, toks, known, q, lo))
        .or_else(|| {
            if weak {
                None
            } else {
                later_in_sentence(input, toks, known, q)
            }
        })
        .or_else(|| previous_sentence(input, toks, known, q, lo))
        .or_else(|| subject_only(input, toks, known, q, lo));
        verdicts.push(Verdict {
            is_quote: true,
            found,
            sentence,
        });
        if weak && found.map_or(true, |f| f.cue.map_or(true, |c| c.start < t.s)) {
            sentence += 1;
        }
    }
}

fn para_end(toks: &[Tok], t: &Tok) -> usize {
    toks.last().map_or(t.e, |l| l.e.max(t.e))
}

/// The last cue of a paragraph outside its quotes, with its speaker: a
/// quote paragraph that follows `Schiff said the talks would fail.` is
/// most often Schiff's.
pub(crate) fn last_cue(input: &str, toks: &[Tok], known: &Known<'_>) -> Option<Found> {
    let lo = toks
        .iter()
        .rposition(|t| matches!(t.kind, Kind::Quote(_)))
        .map_or(0, |k| k + 1);
    for j in (lo..toks.len()).rev().take(80) {
        if let Some((_, cue)) = cue_at(input, toks, j, toks.len()) {
            let np = subject_of_cue(input, toks, known, j, lo)?;
            return Some(Found {
                np,
                cue: Some(cue),
                to: None,
            });
        }
    }
    None
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
    let lo = toks
        .iter()
        .rposition(|t| matches!(t.kind, Kind::Quote(_)))
        .map_or(0, |k| k + 1);
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
