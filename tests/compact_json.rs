//! The batch example's JSON writer must write exactly what serde_json writes
//! for the article's `Serialize` impls with an `id` flattened in front: the
//! contract lives in those impls, the writer only writes it faster.

#[path = "../examples/support/compact_json.rs"]
mod compact_json;

mod common;

use common::files_under;
use newsparse::Article;
use proptest::prelude::*;
use serde::Serialize;
use std::fs;
use std::path::Path;

/// What batch wrote before it had its own writer.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    #[serde(flatten)]
    article: &'a Article<'a>,
}

fn same(id: &str, article: &Article<'_>) {
    let want = serde_json::to_vec(&Record { id, article }).expect("serde_json writes articles");
    let mut got = b"[previous record]".to_vec();
    compact_json::write_record(&mut got, id, article);
    assert_eq!(
        String::from_utf8_lossy(&got[b"[previous record]".len()..]),
        String::from_utf8_lossy(&want),
        "output differs"
    );
}

#[test]
fn articles() {
    let sample = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");
    let texts = [
        sample,
        "",
        "News of the day\n\n\"Quoted,\" she said.\tTab\r\nand \u{1b} control.\n\nReuters\n",
        "MOSCOW (Reuters) - Text with \\ backslash.\n(Reporting by A; Editing by B)\n",
        "HEMPSTEAD, N.Y., Sept. 26 (UPI) — \"Go,\" Jill Stein told AFP.\n\nThe same paragraph, long enough to count.\n\nThe same paragraph, long enough to count.\n",
        "News of the day\n\n\"A \u{7f}\u{1f} quote with \\\"escapes\\\" and é and 😀 in it, well over thirty-two bytes long,\" said Ann Lee.\n",
    ];
    for (n, text) in texts.into_iter().enumerate() {
        let article = newsparse::parse(text).unwrap_or_else(|_| Article::empty(text));
        same(&format!("id {n} \"\\\u{1}é"), &article);
        same(
            "",
            &newsparse::structure(text).unwrap_or_else(|_| Article::empty(text)),
        );
    }
}

/// Paragraphs and quotes of every length from one byte to past two blocks,
/// with an escape (a quotation mark, a backslash, a tab) at the start, the
/// middle or the end: texts go out with their quotation marks written by
/// the keys around them, through the short, medium and long paths.
#[test]
fn texts_of_every_length() {
    for odd in ["\"", "\\", "\t"] {
        let mut text = String::from("News of the day\n\n");
        for n in 1..=70 {
            let body: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            for at in [0, n / 2, n - 1] {
                let mut p = body.clone();
                p.replace_range(at..at + 1, odd);
                text.push_str(&p);
                text.push_str("\n\n");
            }
            text.push_str(&format!("\u{201c}{body}\u{201d} she said.\n\n"));
        }
        let article = newsparse::parse(&text).expect("text parses");
        assert!(
            article.paragraphs.len() > 100,
            "{}",
            article.paragraphs.len()
        );
        same("x", &article);
        same("x", &newsparse::structure(&text).expect("text parses"));
    }
}

#[test]
fn corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/newspaper");
    let mut files = Vec::new();
    files_under(Path::new(dir), &mut files);
    if files.is_empty() {
        eprintln!("skipped: no corpus at {dir}");
        return;
    }
    for path in files {
        let bytes = fs::read(&path).expect("readable corpus file");
        if let Ok(article) = newsparse::parse_bytes(&bytes) {
            same(&path.to_string_lossy(), &article);
        }
    }
}

proptest! {
    #[test]
    fn ids(id in "(\\PC|[\\x00-\\x1f\"\\\\\u{7f}]){0,200}") {
        same(&id, &Article::empty(""));
    }

    #[test]
    fn any_parse(s in "[a-zA-Z \"“”.,:\n\r\t\\\\\u{1}\u{1f}é-]{0,300}") {
        if let Ok(a) = newsparse::parse(&s) {
            same("x", &a);
        }
    }
}
