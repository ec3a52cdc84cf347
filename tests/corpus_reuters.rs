//! Reuters-21578 (1987 wire): headline, dateline place and date against the
//! SGML's own `<TITLE>` and `<DATELINE>`, over every story in
//! `../shared/corpus/reuters21578`. Skips, saying so, when the corpus is absent.

use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/reuters21578");

struct Story {
    title: String,
    dateline: String,
    body: String,
}

fn between<'a>(doc: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let s = doc.find(open)? + open.len();
    let e = s + doc[s..].find(close)?;
    Some(&doc[s..e])
}

/// The SGML's entities and control bytes, undone as the scorer does.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#3;", "")
        .replace("&amp;", "&")
        .replace(['\x03', '\x1f', '\x1e'], "")
}

fn stories(path: &Path) -> Vec<Story> {
    // The files are Latin-1: each byte is one char.
    let raw: String = std::fs::read(path)
        .unwrap()
        .iter()
        .map(|&b| b as char)
        .collect();
    let mut out = Vec::new();
    let mut rest = raw.as_str();
    while let Some(start) = rest.find("<REUTERS") {
        let Some(end) = rest[start..].find("</REUTERS>") else {
            break;
        };
        let doc = &rest[start..start + end];
        rest = &rest[start + end..];
        let (Some(t), Some(d), Some(b)) = (
            between(doc, "<TITLE>", "</TITLE>"),
            between(doc, "<DATELINE>", "</DATELINE>"),
            between(doc, "<BODY>", "</BODY>"),
        ) else {
            continue;
        };
        out.push(Story {
            title: unescape(t).trim().to_string(),
            dateline: unescape(d),
            body: unescape(b).trim_end().to_string(),
        });
    }
    out
}

/// `SALVADOR, Feb 26 - ` -> (`SALVADOR`, `Feb 26`), as the corpus gold reads.
fn gold_place_date(dateline: &str) -> Option<(String, String)> {
    let d = dateline
        .trim()
        .trim_end_matches(['-', ' ', '\n'])
        .trim_end();
    let comma = d.rfind(',')?;
    let date = d[comma + 1..].trim();
    let mut words = date.split(' ');
    let (month, day) = (words.next()?, words.next()?);
    let month_ok = month.starts_with(|c: char| c.is_ascii_uppercase())
        && month
            .trim_end_matches('.')
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_lowercase());
    if words.next().is_some() || !month_ok || !day.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((d[..comma].trim().to_string(), date.to_string()))
}

/// Paragraphs the wire marked: lines indented by three or more spaces. A
/// dateline standing on its own line (`SAN MATEO, Calif., March 3 -` then a
/// line break) is indented too, but it is the dateline, not a paragraph.
fn gold_paragraphs(dateline: &str, body: &str) -> usize {
    let text = format!("\n{dateline}{body}");
    let indented = text
        .split('\n')
        .skip(1)
        .filter(|l| {
            let t = l.trim_start_matches(' ');
            l.len() - t.len() >= 3 && !t.is_empty() && !t.starts_with(char::is_whitespace)
        })
        .count();
    let own_line = dateline.trim_matches(' ').contains('\n');
    indented.saturating_sub(own_line as usize).max(1)
}

fn norm(s: &str) -> String {
    let s: Vec<&str> = s.split_whitespace().collect();
    s.join(" ")
        .trim_matches(|c: char| " \t\n.,:;—–-\"'“”‘’".contains(c))
        .to_lowercase()
}

#[test]
fn reuters_structure() {
    let dir = Path::new(DIR);
    if !dir.is_dir() {
        eprintln!("skipping: {DIR} is absent");
        return;
    }
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sgm"))
        .collect();
    paths.sort();
    let (mut n, mut head, mut place, mut date) = (0usize, 0usize, 0usize, 0usize);
    let (mut trailer, mut paras) = (0usize, 0usize);
    for path in &paths {
        for s in stories(path) {
            let Some((gold_place, gold_date)) = gold_place_date(&s.dateline) else {
                continue;
            };
            let text = format!("{}\n{}{}\n", s.title, s.dateline, s.body);
            let a = newsparse::parse(&text).unwrap();
            n += 1;
            head += a.headline.is_some_and(|h| norm(h.text) == norm(&s.title)) as usize;
            let d = a.dateline;
            place += d
                .and_then(|d| d.place)
                .is_some_and(|p| norm(p.text) == norm(&gold_place)) as usize;
            date += d
                .and_then(|d| d.date)
                .is_some_and(|p| norm(p.text) == norm(&gold_date)) as usize;
            let last = a.paragraphs.last().map_or("", |p| p.text);
            trailer += (!a.paragraphs.is_empty() && !last.trim_end().ends_with("Reuter")) as usize;
            paras += (a.paragraphs.len() == gold_paragraphs(&s.dateline, &s.body)) as usize;
        }
    }
    let rate = |k: usize| k as f64 / n as f64;
    eprintln!(
        "reuters: {n} stories, headline {:.4}, place {:.4}, date {:.4}, trailer removed {:.4}, paragraph count {:.4}",
        rate(head),
        rate(place),
        rate(date),
        rate(trailer),
        rate(paras)
    );
    assert!(n > 8000, "expected the full corpus, read {n} stories");
    assert!(rate(head) >= 0.99, "headline accuracy {:.4}", rate(head));
    assert!(rate(place) >= 0.99, "place accuracy {:.4}", rate(place));
    assert!(rate(date) >= 0.99, "date accuracy {:.4}", rate(date));
    assert!(
        rate(trailer) >= 0.99,
        "trailer removal {:.4}",
        rate(trailer)
    );
    assert!(rate(paras) >= 0.97, "paragraph count {:.4}", rate(paras));
}
