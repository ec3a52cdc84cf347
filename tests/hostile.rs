//! Hostile inputs: each must return (an article or a precise error), never
//! panic, and what comes back must pass the invariant checker. Sizes are
//! large enough to expose quadratic behavior in a debug build without
//! making the suite slow.

use newsparse::invariants::check_invariants;
use newsparse::{passes, Article, Error, Parser};

/// Parses with the default pipeline and with the grammar alone, checks both.
fn sane(input: &str) -> Article<'_> {
    let bare = newsparse::structure(input).expect("text parses");
    check_invariants(&bare).unwrap_or_else(|e| panic!("structure: {e}"));
    let a = newsparse::parse(input).expect("text parses");
    check_invariants(&a).unwrap_or_else(|e| panic!("default passes: {e}"));
    a
}

/// How many quotes [`sane`] finds in a titled paragraph of `before`,
/// `unit` `times` over, then `after`: the shape of the tests that grow
/// one construction until a walk over it would show its cost.
fn quotes_around_repeats(before: &str, unit: &str, times: usize, after: &str) -> usize {
    let input = format!("Title\n\n{before}{}{after}\n", unit.repeat(times));
    sane(&input).quotes.len()
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let err = newsparse::parse_bytes(b"Title\n\nOne \xff two").unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            offset: 11,
            line: 3,
            column: 5
        }
    );
    assert!(err.to_string().contains("byte 11"), "{err}");
    // A truncated multi-byte sequence at the very end.
    let err = newsparse::parse_bytes(b"caf\xc3").unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidUtf8 {
                offset: 3,
                line: 1,
                column: 4
            }
        ),
        "{err:?}"
    );
    // A lone continuation byte first.
    let err = newsparse::parse_bytes(b"\x80abc").unwrap_err();
    assert!(
        matches!(err, Error::InvalidUtf8 { offset: 0, .. }),
        "{err:?}"
    );
    // An encoded surrogate is not UTF-8 either.
    let err = newsparse::parse_bytes(b"ab\r\ncd\xed\xa0\x80").unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidUtf8 {
                offset: 6,
                line: 2,
                column: 3
            }
        ),
        "{err:?}"
    );
}

#[test]
fn empty_and_white_space_only_are_empty() {
    for s in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{2003}\n\u{3000}",
        "\u{feff}",
        "\u{feff} \n ",
        // The invisible characters web pages leave are no text either.
        "\u{200b}",
        "\u{200b}\n\u{feff}\u{2060} \u{ad}\n",
    ] {
        assert_eq!(newsparse::parse(s), Err(Error::Empty), "{s:?}");
        assert_eq!(
            newsparse::parse_bytes(s.as_bytes()),
            Err(Error::Empty),
            "{s:?}"
        );
        assert_eq!(newsparse::structure(s), Err(Error::Empty), "{s:?}");
    }
}

#[test]
fn bom_is_not_text() {
    let s = "\u{feff}Lavrov to Meet Envoy\n\nMOSCOW (Reuters) - Russia said so.\n";
    let a = sane(s);
    assert_eq!(a.headline.unwrap().text, "Lavrov to Meet Envoy");
    assert_eq!(a.headline.unwrap().span.start, 3);
    assert_eq!(a.dateline.unwrap().text, "MOSCOW (Reuters) -");
    // A BOM before a lone paragraph is not part of it either.
    let a = sane("\u{feff}Just one line.");
    assert_eq!(a.paragraphs[0].text, "Just one line.");
    assert_eq!(a.paragraphs[0].span.start, 3);
}

#[test]
fn invisible_characters_read_as_space() {
    // Pasted from a web page: a line of only a zero-width space, one
    // before a dateline, and a byte-order mark and a soft hyphen at the
    // ends of paragraphs.
    let s = "Lavrov to Meet Envoy\u{200b}\n\u{200b}\n\u{200b}MOSCOW (Reuters) - Russia said so.\n\
             \u{200b}\n\u{feff}More to come.\u{ad}\n \u{2060}\n";
    let a = sane(s);
    assert_eq!(a.headline.unwrap().text, "Lavrov to Meet Envoy");
    assert_eq!(a.dateline.unwrap().text, "MOSCOW (Reuters) -");
    let texts: Vec<_> = a.paragraphs.iter().map(|p| p.text).collect();
    assert_eq!(texts, ["Russia said so.", "More to come."]);
    // Inside a paragraph they stay, as written.
    let a = sane("Title line\n\nOne\u{200b} two.\n");
    assert_eq!(a.paragraphs[0].text, "One\u{200b} two.");
}

#[test]
fn lone_cr_ends_lines() {
    let s = "Storm Moves East\rThe first paragraph ends here.\rThe second one ends here.\r";
    let a = sane(s);
    assert_eq!(a.headline.unwrap().text, "Storm Moves East");
    let p: Vec<_> = a.paragraphs.iter().map(|p| p.text).collect();
    assert_eq!(
        p,
        [
            "The first paragraph ends here.",
            "The second one ends here."
        ]
    );
    // Only carriage returns, and CR CR LF runs.
    assert_eq!(newsparse::parse("\r\r\r"), Err(Error::Empty));
    let a = sane("A\r\r\nB\r\n\rC");
    assert_eq!(a.paragraphs.len() + usize::from(a.headline.is_some()), 3);
}

#[test]
fn nul_is_binary_with_offset() {
    assert_eq!(
        newsparse::parse("Title\n\nA\0B"),
        Err(Error::Binary { offset: 8 })
    );
    assert_eq!(
        newsparse::parse_bytes(b"\0"),
        Err(Error::Binary { offset: 0 })
    );
    let err = newsparse::parse_bytes(b"ok\n\n\0\0").unwrap_err();
    assert_eq!(err, Error::Binary { offset: 4 });
    assert!(err.to_string().contains("byte 4"), "{err}");
    // Invalid UTF-8 is reported before a later NUL.
    assert!(matches!(
        newsparse::parse_bytes(b"a\xffb\0"),
        Err(Error::InvalidUtf8 { offset: 1, .. })
    ));
}

#[test]
fn too_large_is_an_error_not_a_truncation() {
    let mut p = Parser::new();
    p.max_len(10);
    assert!(p.parse("0123456789").is_ok());
    assert_eq!(
        p.parse("01234567890"),
        Err(Error::TooLarge { len: 11, limit: 10 })
    );
    assert_eq!(
        p.parse_bytes(b"\xff1234567890"),
        Err(Error::TooLarge { len: 11, limit: 10 })
    );
}

#[test]
fn one_fifty_megabyte_line() {
    let unit = "lorem ipsum dolor sit amet, consectetur adipiscing elit; ";
    let s = unit.repeat((50 << 20) / unit.len());
    assert!(s.len() > 50_000_000);
    let a = sane(&s);
    assert!(a.headline.is_none());
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.paragraphs[0].text, s.trim_end());
}

#[test]
fn a_million_quote_marks() {
    let marks = "\"“”‘’«»„'`".repeat(100_000);
    let s = format!("Quote Storm\n\n{marks}\n\nHe said \"{marks}\" twice.\n");
    let a = sane(&s);
    assert_eq!(a.headline.unwrap().text, "Quote Storm");
    assert_eq!(a.paragraphs.len(), 2);
    for q in &a.quotes {
        assert_eq!(&s[q.span.range()], q.text);
    }
    // Only straight marks, with no other text at all.
    let s = "\"".repeat(1_000_000);
    let a = sane(&s);
    assert_eq!(a.paragraphs.len(), 1);
}

#[test]
fn a_hundred_thousand_one_word_paragraphs() {
    let mut s = String::from("Many Paragraphs\n\n");
    for i in 0..100_000 {
        s.push_str(&format!("w{i}\n\n"));
    }
    let a = sane(&s);
    assert_eq!(a.paragraphs.len() + a.removed.len(), 100_000);
    // The same word every time: short repeats stay, since they stand alone.
    let s = format!("Many Paragraphs\n\n{}", "Yes.\n\n".repeat(100_000));
    let a = sane(&s);
    assert_eq!(a.paragraphs.len() + a.removed.len(), 100_000);
    // One word per line, no blank lines: one paragraph per line.
    let s = format!("Many Paragraphs\n{}", "Word\n".repeat(100_000));
    let a = sane(&s);
    assert_eq!(a.paragraphs.len() + a.removed.len(), 100_000);
}

#[test]
fn ten_thousand_nested_looking_quotes() {
    let open = ["“", "‘", "«", "„", "\"", "'"];
    let close = ["”", "’", "»", "“", "\"", "'"];
    let mut s = String::from("Nested Quotes\n\nHe said ");
    for i in 0..10_000 {
        s.push_str(open[i % open.len()]);
        s.push_str("word ");
    }
    s.push_str("core");
    for i in (0..10_000).rev() {
        s.push_str(close[i % close.len()]);
        s.push_str(" said he ");
    }
    s.push('\n');
    let a = sane(&s);
    assert_eq!(a.paragraphs.len(), 1);
    // Ten thousand unclosed openers, one per paragraph.
    let s = format!("Nested Quotes\n\n{}", "“He said ‘more\n\n".repeat(10_000));
    let a = sane(&s);
    assert_eq!(a.paragraphs.len() + a.removed.len(), 10_000);
}

#[test]
fn every_pass_alone_on_hostile_text() {
    let s = format!(
        "T\r\n{}\r\n\r\n{}",
        "(Reuters) - ".repeat(1_000),
        "MOSCOW, Nov 3 (Reuters) -\u{a0}\n".repeat(1_000)
    );
    for pass in passes::default_passes() {
        let name = pass.name();
        let mut a = newsparse::structure(&s).unwrap();
        pass.run(&mut a);
        check_invariants(&a).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let mut p = Parser::structure_only();
    p.push(dedup_with(0));
    check_invariants(&p.parse(&s).unwrap()).unwrap();
}

/// Dedup with a chosen threshold and every other setting at its default.
fn dedup_with(min_chars: usize) -> passes::Dedup {
    passes::Dedup::default().min_chars(min_chars)
}

#[test]
fn a_long_chain_of_places_before_a_cue_keeps_the_stack() {
    // Each `in X` before a cue may send the speaker back past it: read
    // once, not once a link, or the stack runs out (test threads have 2 MiB).
    for link in [
        " in Kabul",
        " in Dunedin, New Zealand,",
        " of Flint, Mich.,",
    ] {
        let quotes = quotes_around_repeats("The man", link, 50_000, " said: \"We are ready.\"");
        assert_eq!(quotes, 1, "{link}");
    }
}

#[test]
fn fifty_thousand_signed_quotes_in_one_sentence() {
    // Each quote signed with a dash asks whether a cue before it in its
    // sentence makes the name a byline: asked within a reach, not back to
    // the paragraph's start for each.
    let quotes = quotes_around_repeats("He said it. ", "\"x\" -- Bob Smith ", 50_000, "");
    assert_eq!(quotes, 50_000);
}

#[test]
fn a_sentence_of_many_relative_clauses_before_a_quote() {
    // Each cue in a clause set off by commas asks where the clause
    // closes: near the cue, not as far as the quote.
    let quotes = quotes_around_repeats(
        "He said that the plan",
        ", which some argued was bad, was",
        100_000,
        " an \"insult\" to all.",
    );
    assert_eq!(quotes, 1);
}
