//! The grammar through the public API: headline, source, dateline and
//! paragraph layouts, with every text equal to its span of the input.

use newsparse::{structure, Article};

fn check_spans(a: &Article<'_>) {
    let input = a.input;
    for t in a
        .headline
        .iter()
        .chain(a.source.iter())
        .chain(a.paragraphs.iter())
    {
        assert_eq!(&input[t.span.range()], t.text);
    }
    if let Some(d) = a.dateline {
        assert_eq!(&input[d.span.range()], d.text);
        for t in d.place.iter().chain(d.date.iter()) {
            assert_eq!(&input[t.span.range()], t.text);
            assert!(d.span.contains(t.span));
        }
    }
}

fn parse(s: &str) -> Article<'_> {
    let a = structure(s).unwrap();
    check_spans(&a);
    a
}

/// Dateline text, place, date and the article's source.
type Found<'a> = (
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

fn dateline(s: &str) -> Found<'_> {
    let a = parse(s);
    let d = a.dateline;
    (
        d.map(|d| d.text),
        d.and_then(|d| d.place).map(|p| p.text),
        d.and_then(|d| d.date).map(|p| p.text),
        a.source.map(|s| s.text),
    )
}

#[test]
fn datelines_of_every_form() {
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );
    let cases: &[Case] = &[
        (
            "MOSCOW (Reuters) - Russia said on Monday.",
            "MOSCOW (Reuters) -",
            Some("MOSCOW"),
            None,
            Some("Reuters"),
        ),
        (
            "WASHINGTON, Nov 3 (Reuters) - The Senate voted.",
            "WASHINGTON, Nov 3 (Reuters) -",
            Some("WASHINGTON"),
            Some("Nov 3"),
            Some("Reuters"),
        ),
        (
            "SALVADOR, Feb 26 - Showers continued.",
            "SALVADOR, Feb 26 -",
            Some("SALVADOR"),
            Some("Feb 26"),
            None,
        ),
        (
            "HAYWARD, Calif. (AP) — A man was arrested.",
            "HAYWARD, Calif. (AP) —",
            Some("HAYWARD, Calif."),
            None,
            Some("AP"),
        ),
        (
            "SURABAYA, Indonesia/JAKARTA (Reuters) - Divers found the tail.",
            "SURABAYA, Indonesia/JAKARTA (Reuters) -",
            Some("SURABAYA, Indonesia/JAKARTA"),
            None,
            Some("Reuters"),
        ),
        (
            "New Delhi, Aug 1 (PTI) The government said.",
            "New Delhi, Aug 1 (PTI)",
            Some("New Delhi"),
            Some("Aug 1"),
            Some("PTI"),
        ),
        (
            "LONDON, England (CNN) -- The queen spoke.",
            "LONDON, England (CNN) --",
            Some("LONDON, England"),
            None,
            Some("CNN"),
        ),
        (
            "(CNN) -- The storm moved east.",
            "(CNN) --",
            None,
            None,
            Some("CNN"),
        ),
        (
            "(CNN)The storm moved east.",
            "(CNN)",
            None,
            None,
            Some("CNN"),
        ),
        (
            "(Reuters) - Oil prices rose.",
            "(Reuters) -",
            None,
            None,
            Some("Reuters"),
        ),
    ];
    for &(text, dl, place, date, source) in cases {
        assert_eq!(dateline(text), (Some(dl), place, date, source), "{text}");
    }
}

#[test]
fn dateline_on_its_own_line() {
    let s = "Title of the story here\nMoscow, Russia:\nThe first paragraph.\nThe second paragraph.";
    let a = parse(s);
    let d = a.dateline.unwrap();
    assert_eq!(d.text, "Moscow, Russia:");
    assert_eq!(d.place.unwrap().text, "Moscow, Russia");
    assert_eq!(a.paragraphs.len(), 2);
    let a = parse("Title of the story here\nNew Delhi:\nThe first paragraph.");
    assert_eq!(a.dateline.unwrap().place.unwrap().text, "New Delhi");
}

#[test]
fn a_wire_dateline_after_priority_asterisks() {
    // The 1987 wire marks some stories with asterisks before the dateline:
    // the dateline holds them, its place does not.
    let s = "LIBYA REPORTEDLY BOUGHT WHITE SUGAR\n    ****LONDON, March 26 - Libya is reported to have\nbought two cargoes.\n";
    let a = parse(s);
    let d = a.dateline.unwrap();
    assert_eq!(d.text, "****LONDON, March 26 -");
    assert_eq!(
        (d.place.unwrap().text, d.date.unwrap().text),
        ("LONDON", "March 26")
    );
    assert_eq!(
        a.paragraphs[0].text,
        "Libya is reported to have\nbought two cargoes."
    );
    // Emphasis before a place with no date is no dateline.
    let a = parse("Title of the story here\n\n**Update:** The vote was delayed.\n");
    assert!(a.dateline.is_none());
    assert_eq!(a.paragraphs[0].text, "**Update:** The vote was delayed.");
}

#[test]
fn place_names_opening_sentences_are_not_datelines() {
    for s in [
        "Moscow is preparing for winter.",
        "Washington, the capital, was quiet on Monday.",
        "New York officials said the subway would reopen.",
        "Paris - a city of light - was dark.",
    ] {
        let a = parse(s);
        assert!(a.dateline.is_none(), "{s}");
        assert_eq!(a.paragraphs[0].text, s);
    }
}

#[test]
fn a_speaker_or_an_inverted_cue_before_a_colon_is_no_dateline() {
    // `Moscow, Russia:` opens an article; `Mr Smith:` and `Said Mr Smith:`
    // open a transcript's line and a quote, and stay in the paragraph.
    for s in [
        "News of the day\n\nSaid Mr Smith: \"This finding is ironic.\"\n\nMore text.",
        "News of the day\n\nMr Smith: We will win the vote.\n\nMore text.",
        "News of the day\n\nDr. John Smith: We will win the vote.\n\nMore text.",
    ] {
        let a = parse(s);
        assert!(a.dateline.is_none(), "{s}");
        assert!(
            s.contains(&format!("\n\n{}\n", a.paragraphs[0].text)),
            "{s}"
        );
    }
}

#[test]
fn headline_with_source_tag() {
    let s = "Lavrov will meet envoy in Moscow on Wednesday. (Reuters)\nMoscow, Russia:\nText.";
    let a = parse(s);
    assert_eq!(
        a.headline.unwrap().text,
        "Lavrov will meet envoy in Moscow on Wednesday."
    );
    assert_eq!(a.source.unwrap().text, "Reuters");
}

#[test]
fn no_headline_when_text_starts_with_dateline() {
    let a = parse("MOSCOW (Reuters) - Russia said on Monday.\nMore text.");
    assert!(a.headline.is_none());
    assert_eq!(a.paragraphs[0].text, "Russia said on Monday.");
}

#[test]
fn a_long_sentence_set_apart_first_is_the_lede_not_the_headline() {
    // A scraped body with no title opens with its lede: a sentence of more
    // than 100 characters is no sentence-case title.
    let lede = "A surfer survived being attacked and dragged underwater by a juvenile \
                great white shark off the coast on Sunday.";
    let text = format!("{lede}\n\nThe ranger said the shark was young.\n");
    let a = parse(&text);
    assert!(a.headline.is_none());
    assert_eq!(a.paragraphs[0].text, lede);
    // A shorter one is a title, and a long one in title case too.
    let a = parse("Surfer survives shark attack off the coast.\n\nThe ranger spoke.\n");
    assert_eq!(
        a.headline.unwrap().text,
        "Surfer survives shark attack off the coast."
    );
    // Before a dateline, a wire title may be a long sentence.
    let title = "The foreign minister will meet the envoy of the United Nations for talks on \
                 the war in Syria in the capital on Wednesday.";
    let text = format!("{title}\n\nMOSCOW\u{2014}The minister said the talks were useful.\n");
    let a = parse(&text);
    assert_eq!(a.headline.unwrap().text, title);
    let title = "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage \
                 Indiana to Turn Away from Boasters and Blasphemers Like Trump.";
    let text = format!("{title}\n\nThe host spoke.\n");
    let a = parse(&text);
    assert_eq!(a.headline.unwrap().text, title);
}

#[test]
fn a_section_label_or_a_staff_byline_first_is_no_headline() {
    // A scraped page's kicker: one word with no stop, set apart.
    for label in ["Sports", "Investing", "Weihnachten"] {
        let text = format!("{label}\n\nThe team won the game on Saturday.\n");
        let a = parse(&text);
        assert!(a.headline.is_none(), "{label}");
        assert_eq!(a.paragraphs[0].text, label);
    }
    // A site's byline with the writer's role between bars.
    let byline = "Stevie Martin | Staff Writer | Tuesday, 25 November 2014";
    let text = format!("{byline}\n\nSome genius has written a letter.\n");
    let a = parse(&text);
    assert!(a.headline.is_none());
    // A title with its site after a bar stays a title.
    let a = parse("Team wins the cup | The Daily Post\n\nThe team won.\n");
    assert_eq!(
        a.headline.unwrap().text,
        "Team wins the cup | The Daily Post"
    );
    // A one-word wire title has its dateline after it; a title of two
    // words is a title; so is a CJK line, which sets no spaces.
    let a = parse("ENERGY\n    HOUSTON, March 3 - Rigs rose.\n");
    assert_eq!(a.headline.unwrap().text, "ENERGY");
    let a = parse("Obama wins\n\nThe president won.\n");
    assert_eq!(a.headline.unwrap().text, "Obama wins");
    let a = parse("梁振英道歉\n\n香港行政长官梁振英向香港民众道歉。\n");
    assert_eq!(a.headline.unwrap().text, "梁振英道歉");
}

#[test]
fn wire_headline_in_capitals() {
    let a = parse("BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued.\n");
    assert_eq!(a.headline.unwrap().text, "BAHIA COCOA REVIEW");
}

#[test]
fn layouts() {
    // Blank-line separated, with CRLF.
    let a = parse("Title line\r\n\r\nFirst one.\r\n\r\nSecond one.\r\n");
    assert_eq!(
        a.paragraphs.iter().map(|p| p.text).collect::<Vec<_>>(),
        ["First one.", "Second one."]
    );
    // A leading byte order mark.
    let a = parse("\u{feff}Title line\n\nFirst one.\n");
    assert_eq!(a.headline.unwrap().text, "Title line");
    assert_eq!(a.headline.unwrap().span.start, 3);
    // Hard-wrapped with indented paragraph starts.
    let s = "TITLE IN CAPS\n    LONDON, March 3 - The first paragraph is wrapped\nover two lines.\n    The second paragraph is also wrapped\nover two lines.\n";
    let a = parse(s);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        a.paragraphs[0].text,
        "The first paragraph is wrapped\nover two lines."
    );
    // Lone CR line ends.
    let a = parse("Title line\r\rFirst one.\r\rSecond one.");
    assert_eq!(a.paragraphs.len(), 2);
    // Mixed: one paragraph a line in one block, blank lines between others.
    let a = parse("Title line\n\nFirst sentence ends.\nSecond paragraph line.\n\nThird.");
    assert_eq!(a.paragraphs.len(), 3);
}
