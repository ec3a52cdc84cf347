//! Checks of what every parsed article must satisfy, shared by the fuzz
//! targets and the property tests so that both hold the crate to one
//! definition of "sane". Not part of the stable API.

use crate::article::Article;
use crate::input::BOM;
use crate::space;
use crate::span::{Span, Text};
use crate::{Parser, Pass};

/// What the grammar trims and reads as blank: Unicode white space and the
/// invisible characters web pages leave (a zero-width space, a soft hyphen).
pub use crate::space::reads_as_space;

/// Checks the structural invariants of `article`:
///
/// - every span is in bounds, on char boundaries, and its `text` is
///   `input[span]`;
/// - kept paragraphs are non-empty, trimmed (of white space and the
///   invisible characters that read as space), inside the body, in order and
///   disjoint; removed pieces are in the body, in order and disjoint from
///   kept paragraphs; every `of` and `Quote::paragraph` index is valid;
/// - each quote lies inside its paragraph, and quotes are in text order;
/// - no text is lost: kept paragraphs, removed pieces and the dateline cover
///   every character of the body that does not read as space, and before
///   the body there is only the headline line (or what reads as space).
#[doc(hidden)]
pub fn check_invariants(a: &Article<'_>) -> Result<(), String> {
    let input = a.input;
    let body = a.body;
    span_ok(input, "body", body, None)?;
    if body.end != input.len() {
        return Err(format!(
            "body {body:?} does not reach the end {}",
            input.len()
        ));
    }
    text_ok(input, "headline", a.headline)?;
    text_ok(input, "source", a.source)?;
    if let Some(d) = a.dateline {
        span_ok(input, "dateline", d.span, Some(d.text))?;
        text_ok(input, "dateline.place", d.place)?;
        text_ok(input, "dateline.date", d.date)?;
        if !body.contains(d.span) {
            return Err(format!("dateline {:?} outside body {body:?}", d.span));
        }
    }
    let mut prev_end = body.start;
    for (i, p) in a.paragraphs.iter().enumerate() {
        let what = format!("paragraph {i}");
        text_ok(input, &what, Some(*p))?;
        if p.text.is_empty() || space::trim(p.text) != p.text {
            return Err(format!("{what} {:?} is empty or untrimmed", p.text));
        }
        if p.span.start < prev_end || !body.contains(p.span) {
            return Err(format!(
                "{what} {:?} overlaps, is out of order or out of body {body:?}",
                p.span
            ));
        }
        prev_end = p.span.end;
    }
    let mut prev = Span::new(body.start, body.start);
    for (i, r) in a.removed.iter().enumerate() {
        let what = format!("removed {i}");
        span_ok(input, &what, r.span, Some(r.text))?;
        if !body.contains(r.span) || r.span < prev {
            return Err(format!("{what} {:?} out of body or out of order", r.span));
        }
        prev = r.span;
        if let Some(of) = r.of {
            if of >= a.paragraphs.len() {
                return Err(format!(
                    "{what}.of = {of} but {} paragraphs",
                    a.paragraphs.len()
                ));
            }
        }
        if let Some(p) = a.paragraphs.iter().find(|p| overlaps(p.span, r.span)) {
            return Err(format!("{what} {:?} overlaps kept {:?}", r.span, p.span));
        }
    }
    let mut prev_quote = 0;
    for (i, q) in a.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        span_ok(input, &what, q.span, Some(q.text))?;
        let Some(p) = a.paragraphs.get(q.paragraph) else {
            return Err(format!(
                "{what} names paragraph {} of {}",
                q.paragraph,
                a.paragraphs.len()
            ));
        };
        if !p.span.contains(q.span) {
            return Err(format!(
                "{what} {:?} not inside its paragraph {:?}",
                q.span, p.span
            ));
        }
        if q.span.start < prev_quote {
            return Err(format!("{what} {:?} out of order", q.span));
        }
        prev_quote = q.span.start;
        text_ok(input, &format!("{what}.cue"), q.cue)?;
        text_ok(input, &format!("{what}.to"), q.to)?;
        if let Some(s) = q.speaker {
            text_ok(input, &format!("{what}.name"), Some(s.name))?;
            text_ok(input, &format!("{what}.role"), s.role)?;
            text_ok(input, &format!("{what}.mention"), Some(s.mention))?;
        }
    }
    coverage_ok(a)
}

/// Runs `passes` in order over the grammar's article of `input`, checking
/// after each pass the invariants and that running that pass again at once
/// changes nothing (idempotence). With `settled`, also checks that running
/// any of the passes again on the final article changes nothing, which the
/// default pipeline promises but an arbitrary order need not. Returns the
/// final article, or `None` when `input` is not text.
#[doc(hidden)]
pub fn check_pipeline<'a>(
    input: &'a str,
    passes: &[&dyn Pass],
    settled: bool,
) -> Result<Option<Article<'a>>, String> {
    let Ok(mut a) = crate::structure(input) else {
        return Ok(None);
    };
    check_invariants(&a).map_err(|e| format!("structure: {e}"))?;
    for (k, pass) in passes.iter().enumerate() {
        pass.run(&mut a);
        check_invariants(&a).map_err(|e| format!("after pass {k} {}: {e}", pass.name()))?;
        let mut again = a.clone();
        pass.run(&mut again);
        if again != a {
            return Err(format!(
                "pass {k} {} is not idempotent:\n{a:?}\nthen\n{again:?}",
                pass.name()
            ));
        }
    }
    if settled {
        for pass in passes {
            let mut again = a.clone();
            pass.run(&mut again);
            if again != a {
                return Err(format!(
                    "pass {} changes the final article:\n{a:?}\nthen\n{again:?}",
                    pass.name()
                ));
            }
        }
    }
    Ok(Some(a))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn span_ok(input: &str, what: &str, span: Span, text: Option<&str>) -> Result<(), String> {
    if span.start > span.end || span.end > input.len() {
        return Err(format!(
            "{what} {span:?} out of bounds (len {})",
            input.len()
        ));
    }
    if !input.is_char_boundary(span.start) || !input.is_char_boundary(span.end) {
        return Err(format!("{what} {span:?} not on char boundaries"));
    }
    match text {
        Some(t) if t != &input[span.range()] => Err(format!(
            "{what} text {t:?} != input[{span:?}] {:?}",
            &input[span.range()]
        )),
        _ => Ok(()),
    }
}

fn text_ok(input: &str, what: &str, t: Option<Text<'_>>) -> Result<(), String> {
    match t {
        Some(t) => span_ok(input, what, t.span, Some(t.text)),
        None => Ok(()),
    }
}

fn coverage_ok(a: &Article<'_>) -> Result<(), String> {
    let input = a.input;
    // (A leading BOM reads as space: `is_blank` passes it.)
    let head = &input[..a.body.start];
    match a.headline {
        None if !space::is_blank(head) => {
            return Err(format!("text {head:?} before the body and no headline"));
        }
        Some(h) if !head.contains(h.text) => {
            return Err(format!("headline {:?} is not before the body", h.text));
        }
        _ => {}
    }
    let mut spans: Vec<Span> = a.paragraphs.iter().map(|p| p.span).collect();
    spans.extend(a.removed.iter().map(|r| r.span));
    spans.extend(a.dateline.map(|d| d.span));
    spans.sort_unstable();
    let mut pos = a.body.start;
    for s in spans
        .iter()
        .chain(std::iter::once(&Span::new(a.body.end, a.body.end)))
    {
        if s.start > pos {
            let gap = &input[pos..s.start];
            if let Some((off, c)) = gap.char_indices().find(|&(_, c)| !space::reads_as_space(c)) {
                return Err(format!(
                    "{c:?} at byte {} is neither kept nor removed",
                    pos + off
                ));
            }
        }
        pos = pos.max(s.end);
    }
    Ok(())
}

/// Renders `article` back to plain text: the headline line (with its source
/// tag), a blank line, then the kept paragraphs separated by blank lines,
/// each on one line (its line breaks and the white space around them
/// made one space), with the dateline in front of the paragraph it opened.
/// Parsing the result should give the same paragraphs again.
#[doc(hidden)]
pub fn render(a: &Article<'_>) -> String {
    let input = a.input;
    let mut out = String::new();
    if let Some(h) = a.headline {
        let line_end = input[h.span.start..]
            .find(['\n', '\r'])
            .map_or(input.len(), |i| h.span.start + i);
        out.push_str(input[h.span.start..line_end].trim_end());
        out.push_str("\n\n");
    }
    let dateline_at = a
        .dateline
        .map(|d| a.paragraphs.partition_point(|p| p.span.end <= d.span.start));
    for (i, p) in a.paragraphs.iter().enumerate() {
        if dateline_at == Some(i) {
            push_dateline(a, &mut out, Some(p.span.start));
        }
        push_one_line(&mut out, p.text);
        out.push_str("\n\n");
    }
    if dateline_at == Some(a.paragraphs.len()) {
        push_dateline(a, &mut out, None);
    }
    if out.starts_with(BOM) {
        // Text that starts with U+FEFF: keep it from being read as a BOM.
        out.insert_str(0, BOM);
    }
    out
}

/// Checks that rendering is a fixed point of parsing: `input` is parsed
/// and rendered until a parse removes nothing (each removal shortens the
/// text, so this ends), and then rendering and parsing once more must give
/// the same headline, source, dateline and paragraph texts.
///
/// When the first parse has a headline, only one-line paragraphs and nothing
/// removed (so that rendering changes nothing but the white space between
/// lines), it must also come back, up to white space, from its rendering.
/// (What a pass removed is not rendered, and its absence may move a later
/// paragraph into the window where a dateline is looked for.)
#[doc(hidden)]
pub fn check_roundtrip(parser: &Parser, input: &str) -> Result<(), String> {
    let Ok(first) = parser.parse(input) else {
        return Ok(());
    };
    let mut text = render(&first);
    if space::is_blank(&text) {
        return Ok(());
    }
    let second = parser.parse(&text).map_err(|e| format!("{text:?}: {e}"))?;
    let one_line = first
        .paragraphs
        .iter()
        .all(|p| !p.text.contains(['\n', '\r']));
    let lossless = first.headline.is_some() && one_line && first.removed.is_empty();
    if lossless && shape(&first, true) != shape(&second, true) {
        return Err(format!(
            "rendered {text:?}: {:?} != {:?}",
            shape(&first, true),
            shape(&second, true)
        ));
    }
    for _ in 0..8 {
        let next = {
            let a = parser.parse(&text).map_err(|e| format!("{text:?}: {e}"))?;
            check_invariants(&a).map_err(|e| format!("{text:?}: {e}"))?;
            let again = render(&a);
            if a.removed.is_empty() {
                let b = parser
                    .parse(&again)
                    .map_err(|e| format!("{again:?}: {e}"))?;
                if shape(&a, false) != shape(&b, false) {
                    return Err(format!(
                        "rendered {text:?} then {again:?}: {:?} != {:?}",
                        shape(&a, false),
                        shape(&b, false)
                    ));
                }
                return Ok(());
            }
            if space::is_blank(&again) {
                return Ok(());
            }
            again
        };
        text = next;
    }
    Err(format!("rendering does not settle: {text:?}"))
}

type Shape<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Vec<String>,
);

fn shape<'a>(a: &Article<'a>, squeeze: bool) -> Shape<'a> {
    let paragraphs = a
        .paragraphs
        .iter()
        .map(|p| match squeeze {
            true => p.text.split_whitespace().collect::<Vec<_>>().join(" "),
            false => p.text.to_string(),
        })
        .collect();
    (
        a.headline.map(|h| h.text),
        a.source.map(|s| s.text),
        a.dateline.map(|d| d.text),
        paragraphs,
    )
}

/// The dateline, on its own line when it stood alone in the input.
fn push_dateline(a: &Article<'_>, out: &mut String, next: Option<usize>) {
    let Some(d) = a.dateline else { return };
    out.push_str(d.text);
    let between = next.map_or("\n", |n| &a.input[d.span.end..n.max(d.span.end)]);
    // The white space after an inline dateline, exactly: the separator
    // grammar takes spaces and tabs, not every kind of white space.
    out.push_str(if between.contains(['\n', '\r']) {
        "\n\n"
    } else {
        between
    });
}

/// Joins the lines of `text` with single spaces. Other white space stays as
/// it is: a no-break space is not a space to the dateline grammar.
fn push_one_line(out: &mut String, text: &str) {
    let lines = text
        .split(['\n', '\r'])
        .map(str::trim)
        .filter(|l| !l.is_empty());
    for (i, line) in lines.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_a_broken_span() {
        let s = "Title line\n\nOne paragraph here.\n";
        let mut a = crate::structure(s).unwrap();
        assert_eq!(check_invariants(&a), Ok(()));
        a.paragraphs[0].span.end -= 1;
        assert!(check_invariants(&a).unwrap_err().contains("paragraph 0"));
    }

    #[test]
    fn detects_lost_text() {
        let s = "Title line\n\nOne paragraph here.\n\nAnd another.\n";
        let mut a = crate::structure(s).unwrap();
        a.paragraphs.pop();
        assert!(check_invariants(&a).unwrap_err().contains("neither kept"));
    }

    #[test]
    fn render_keeps_structure() {
        let s = "Storm moves east (Reuters)\nMOSCOW (Reuters) - First one\nwrapped.\n\nSecond.\n";
        let a = crate::structure(s).unwrap();
        let r = render(&a);
        assert_eq!(
            r,
            "Storm moves east (Reuters)\n\nMOSCOW (Reuters) - First one wrapped.\n\nSecond.\n\n"
        );
    }
}
