//! Real articles (../shared/corpus, when present), each written in another
//! form that must not change what is quoted or who says it: paragraphs
//! hard-wrapped at 70 columns (as wires and plain-text archives deliver
//! them), a byline under the headline, line breaks as CR LF, wide spaces
//! (no-break, narrow no-break) for some of the spaces. Each form's
//! quotes, speakers and cues must be the article's own wherever the form
//! leaves the headline and the paragraph count as they were (a wrapped
//! headline, for one, may become two lines of a paragraph: that is the
//! layout's question, not the quote pass's).

mod common;

use common::corpus_articles;
use newsparse::Article;
use std::fs;

/// Every line of `text` wrapped at about 70 columns, with a blank line
/// after each line that is not blank.
fn wrapped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split('\n') {
        let mut col = 0;
        for (i, w) in line.split(' ').enumerate() {
            if i > 0 {
                if col + w.len() > 70 {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(w);
            col += w.len();
        }
        out.push('\n');
        if !line.trim().is_empty() {
            out.push('\n');
        }
    }
    out
}

/// `text` with a byline under its first line.
fn with_byline(text: &str) -> String {
    let (head, rest) = text.split_once('\n').unwrap_or((text, ""));
    format!("{head}\n\nBy Jane Harper and Tom Blake, Staff Writers\n{rest}")
}

/// `text` with its line breaks as CR LF.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}

/// `text` with one space in ten a no-break space and one in forty a
/// narrow one, picked by a hash of its place: pages pasted from the web
/// hold them where a space was typed.
fn wide_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, c) in text.char_indices() {
        let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58;
        out.push(match (c, h) {
            (' ', 0..=5) => '\u{a0}',
            (' ', 6) => '\u{202f}',
            _ => c,
        });
    }
    out
}

/// Words of `s` joined by single spaces: the forms change only the white
/// space between them.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each quote's words, its speaker's name and its cue.
type Read = (String, Option<String>, Option<String>);

/// A form: its name and what writes a text in it.
type Form = (&'static str, fn(&str) -> String);

fn quotes(a: &Article<'_>) -> Vec<Read> {
    a.quotes
        .iter()
        .map(|q| {
            (
                words(q.text),
                q.speaker.map(|s| words(s.name.text)),
                q.cue.map(|c| words(c.text)),
            )
        })
        .collect()
}

#[test]
fn other_forms_of_real_articles_quote_the_same_people() {
    let Some(files) = corpus_articles() else {
        return;
    };
    let forms: [Form; 4] = [
        ("wrapped", wrapped),
        ("byline", with_byline),
        ("crlf", crlf),
        ("wide spaces", wide_spaces),
    ];
    let mut compared = [0usize; 4];
    let mut failures = Vec::new();
    for file in &files {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        let Ok(a) = newsparse::parse(&text) else {
            continue;
        };
        let own = quotes(&a);
        let headline = a.headline.map(|h| words(h.text));
        for (k, (name, form)) in forms.iter().enumerate() {
            let changed = form(&text);
            let Ok(b) = newsparse::parse(&changed) else {
                failures.push(format!("{} ({name}): no longer parses", file.display()));
                continue;
            };
            if b.paragraphs.len() != a.paragraphs.len()
                || b.headline.map(|h| words(h.text)) != headline
            {
                continue;
            }
            compared[k] += 1;
            let theirs = quotes(&b);
            if theirs != own {
                let first = own.iter().zip(&theirs).find(|(x, y)| x != y).map_or(
                    format!("{} quotes against {}", own.len(), theirs.len()),
                    |(x, y)| format!("{x:?} became {y:?}"),
                );
                failures.push(format!("{} ({name}): {first}", file.display()));
            }
        }
    }
    eprintln!(
        "compared {} wrapped, {} with a byline, {} in CR LF, {} with wide spaces",
        compared[0], compared[1], compared[2], compared[3]
    );
    // Most articles keep their headline and paragraphs in each form: the
    // comparison is not vacuous.
    assert!(
        compared.iter().all(|&n| n * 2 > files.len()),
        "{compared:?}"
    );
    assert!(
        failures.is_empty(),
        "{} of them:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
