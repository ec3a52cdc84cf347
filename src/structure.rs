//! The article's structure: headline, source, dateline and paragraphs, before
//! any pass runs. Lines are found with memchr; nom parses only the places
//! where structure can stand (the first lines).

use crate::article::{Article, Dateline};
use crate::dateline::{self, Position};
use crate::headline;
use crate::input::BOM;
use crate::layout;
use crate::lines::{is_blank_line, Line, Lines};
use crate::space;
use crate::span::{offset_in, Span, Text};
use smallvec::SmallVec;

/// Caption or promo paragraphs that may stand before a dateline.
const MAX_LEADING_CAPTIONS: usize = 2;

/// Builds the article's structure. Never fails: odd text gives fewer parts.
pub(crate) fn parse(input: &str) -> Article<'_> {
    let mut article = Article::empty(input);
    let start = if input.starts_with(BOM) { BOM.len() } else { 0 };
    let mut lines = Lines::new(input, start, input.len());
    let mut body_start = start;
    // The grammar's reading of the line after the title, kept for when that
    // line opens the first paragraph: the grammar never reads past a line's
    // end, so it reads the paragraph the same way.
    let mut next_parts = None;
    // The lines read here from the first non-blank one on, handed to the
    // layout with the rest, not found again.
    let mut seen: SmallVec<[Line; 4]> = SmallVec::new();
    if let Some(first) = lines.by_ref().find(|l| !is_blank_line(input, *l)) {
        body_start = first.start;
        seen.push(first);
        // What follows the first line tells how sure a title must look: a
        // blank line after it, or a dateline opening the text, marks it.
        let mut blank_after = false;
        let next = lines.find(|l| {
            seen.push(*l);
            let blank = is_blank_line(input, *l);
            blank_after |= blank;
            !blank
        });
        if let Some(next) = next {
            let line = space::trim(&input[first.start..first.end]);
            let next_line = space::trim(&input[next.start..next.end]);
            let parts = dateline::grammar(next_line);
            let context = headline::Context {
                blank_after,
                dateline_next: parts
                    .is_some_and(|p| dateline::accepts(next_line, &p, Position::Opening)),
            };
            next_parts = Some((offset_in(input, next_line), parts));
            if let Some(head) = headline::parse(input, line, context) {
                article.headline = Some(head.headline);
                article.source = head.source;
                body_start = first.end;
            }
        }
    }
    article.body = Span::new(body_start, input.len());
    // A typical news paragraph is a few hundred bytes: room for those of a
    // typical article in one allocation, capped so a huge input does not
    // reserve much ahead.
    article
        .paragraphs
        .reserve((article.body.len() / 256).clamp(8, 64));
    // The body's lines: those read above from `body_start` on (a scan
    // from `body_start` would also find an empty line where the title
    // ends, which the layout passes over), then the rest.
    let from = seen.partition_point(|l| l.start < body_start);
    let known = seen[from..].iter().copied();
    layout::paragraphs_of(input, known.chain(lines), &mut article.paragraphs);
    find_dateline(&mut article, next_parts);
    article
}

/// Looks for a dateline on its own line or opening the first paragraph (or a
/// later one, after caption lines), and cuts it off the paragraph.
///
/// `known` is the grammar's result for the line starting at a given offset,
/// when the caller has it.
fn find_dateline<'a>(
    article: &mut Article<'a>,
    known: Option<(usize, Option<dateline::Parts<'a>>)>,
) {
    let input = article.input;
    let limit = article.paragraphs.len().min(MAX_LEADING_CAPTIONS + 1);
    for k in 0..limit {
        let p = article.paragraphs[k];
        let pos = if k > 0 {
            Position::Later
        } else {
            Position::Opening
        };
        // One grammar run serves both positions tried on the first paragraph.
        let parts = match known {
            Some((at, parts)) if k == 0 && at == p.span.start => {
                debug_assert_eq!(parts, dateline::grammar(p.text));
                parts
            }
            _ => dateline::grammar(p.text),
        };
        let Some(parts) = parts else {
            continue;
        };
        let own_line = || memchr::memchr2(b'\n', b'\r', p.text.as_bytes()).is_none();
        let accepted =
            (k == 0 && own_line() && dateline::accepts(p.text, &parts, Position::OwnLine))
                || dateline::accepts(p.text, &parts, pos);
        if !accepted {
            continue;
        }
        let text = Text::within(input, parts.text);
        article.dateline = Some(Dateline {
            text: text.text,
            span: text.span,
            place: parts.place.map(|s| Text::within(input, s)),
            date: parts.date.map(|s| Text::within(input, s)),
        });
        if article.source.is_none() {
            article.source = parts.source.map(|s| Text::within(input, s));
        }
        let rest = space::trim(&p.text[parts.text.len()..]);
        if rest.is_empty() {
            article.paragraphs.remove(k);
        } else {
            article.paragraphs[k] = Text::within(input, rest);
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_structure() {
        let s = "Lavrov will meet de Mistura on Wednesday. (Reuters)\nMoscow, Russia:\nFirst paragraph.\nSecond one.\n";
        let a = parse(s);
        assert_eq!(
            a.headline.unwrap().text,
            "Lavrov will meet de Mistura on Wednesday."
        );
        assert_eq!(a.source.unwrap().text, "Reuters");
        let d = a.dateline.unwrap();
        assert_eq!(d.text, "Moscow, Russia:");
        assert_eq!(d.place.unwrap().text, "Moscow, Russia");
        let p: Vec<_> = a.paragraphs.iter().map(|p| p.text).collect();
        assert_eq!(p, ["First paragraph.", "Second one."]);
    }

    #[test]
    fn reuters_layout() {
        let s = "BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought.\n    The dry period means the temporao will be late this year.\n Reuter\n";
        let a = parse(s);
        assert_eq!(a.headline.unwrap().text, "BAHIA COCOA REVIEW");
        let d = a.dateline.unwrap();
        assert_eq!(d.place.unwrap().text, "SALVADOR");
        assert_eq!(d.date.unwrap().text, "Feb 26");
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.paragraphs[0].text.starts_with("Showers"));
    }

    #[test]
    fn dateline_first_means_no_headline() {
        let a = parse("MOSCOW (Reuters) - Russia said on Monday.\nMore text here.");
        assert!(a.headline.is_none());
        assert_eq!(a.source.unwrap().text, "Reuters");
        assert_eq!(a.paragraphs[0].text, "Russia said on Monday.");
        let a = parse("GREEN BAY, Wis. -- Here we go again.\n\nSuh drew the ire of the team.\n");
        assert!(a.headline.is_none());
        let d = a.dateline.unwrap();
        assert_eq!(
            (d.text, d.place.unwrap().text),
            ("GREEN BAY, Wis. --", "GREEN BAY, Wis.")
        );
        assert_eq!(a.paragraphs[0].text, "Here we go again.");
    }
}
