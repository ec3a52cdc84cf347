//! `Parser::run_passes` (each pass's `run_all` over many articles) leaves
//! every article as `Parser::parse` does, whatever the group: articles with
//! and without quotes side by side, groups of any size, on made-up text and
//! on the corpus.

mod common;

use newsparse::{Article, Parser};
use proptest::prelude::*;
use std::path::Path;

/// Every article of `texts` through `run_passes` at once must equal the
/// article `parse` makes of it alone.
fn check(texts: &[&str]) {
    let grammar = Parser::structure_only();
    let parser = Parser::new();
    let mut articles: Vec<Article<'_>> =
        texts.iter().filter_map(|t| grammar.parse(t).ok()).collect();
    let alone: Vec<Article<'_>> = texts.iter().filter_map(|t| parser.parse(t).ok()).collect();
    parser.run_passes(&mut articles);
    assert_eq!(articles.len(), alone.len());
    for (k, (a, b)) in articles.iter().zip(&alone).enumerate() {
        assert_eq!(a, b, "article {k} of {}: {:?}", texts.len(), a.input);
    }
}

const SAMPLE: &str = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");

/// Articles a group may hold: quotes attributed in every way the pass
/// knows, pronouns to resolve, a quote left open, none at all.
const TEXTS: &[&str] = &[
    SAMPLE,
    "News of the day\n\n\"The main subject will be Syria,\" Russian foreign ministry spokeswoman Maria Zakharova told AFP.\n\n\"We are ready,\" she said.\n",
    "No quotes\n\nThe storm reached the coast on Monday, officials said.\n\nIt moved north.\n",
    "Open\n\n\"This quote is never closed and the paragraph ends here\n\n\"It goes on,\" said John Smith.\n",
    "Ms Jones\n\nMs Diemont spoke first. \"We will not stop now, not after all this,\" she said.\n\nMr Blair said: \"It is time.\"\n",
    "Signed\n\n\"Nothing has changed since the election, and nothing will change,\"\n\n- Bernie Sanders.\n",
];

#[test]
fn a_group_gets_what_each_article_alone_gets() {
    check(TEXTS);
    // Every article after every other, in groups larger than the pass's
    // own, and one at a time.
    let many: Vec<&str> = (0..5 * TEXTS.len())
        .map(|k| TEXTS[(k * 7 + k / TEXTS.len()) % TEXTS.len()])
        .collect();
    check(&many);
    for t in TEXTS {
        check(&[t]);
    }
    check(&[]);
}

fn sentence() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "the",
        "minister",
        "Smith",
        "John",
        "Mr",
        "said",
        "told",
        "he",
        "she",
        "her",
        "Reuters",
        "Maria",
        "Zakharova",
        "according",
        "to",
        "added",
        "Ms",
        "Jones",
        "spokeswoman",
        "we",
        "will",
        "not",
        "\"",
        "\u{201c}",
        "\u{201d}",
        ",",
        ".",
        ":",
        "-",
        "\n\n",
    ]);
    prop::collection::vec(word, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn made_up_groups_get_what_each_alone_gets(texts in prop::collection::vec(sentence(), 0..40)) {
        let texts: Vec<String> = texts.into_iter().map(|t| format!("News of the day\n\n{t}\n")).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        check(&refs);
    }
}

#[test]
fn corpus_groups_get_what_each_alone_gets() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let mut files = Vec::new();
    for dir in ["bbc", "polnear/dev/text"] {
        let dir = root.join(dir);
        if !dir.is_dir() {
            eprintln!("skipping {}: corpus absent", dir.display());
            continue;
        }
        common::files_under(&dir, &mut files);
    }
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    for group in refs.chunks(100) {
        check(group);
    }
}
