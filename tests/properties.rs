//! Properties of generated articles: built from the pieces real feeds are
//! made of (headlines, datelines, paragraphs with quotes and cues, blank
//! lines, CRLF, indents, Unicode), and from raw strings over the characters
//! the grammar keys on. Failures are kept in `proptest-regressions/` and as
//! named tests in `tests/regressions.rs`.

use newsparse::invariants::{check_pipeline, check_roundtrip, reads_as_space};
use newsparse::{passes, Article, Parser, Pass};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "proptest-regressions/properties.txt",
        ))),
        ..ProptestConfig::default()
    }
}

fn headline() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("BAHIA COCOA REVIEW".to_string()),
        Just("Lavrov will meet de Mistura on Wednesday. (Reuters)".to_string()),
        Just("Stealth Over Health: Clinton Was Headed to ER.".to_string()),
        Just("Obama visits Japan (Video)".to_string()),
        "[A-Z][a-z]{2,8}( [A-Za-z]{1,9}){0,7}( \\((Reuters|AP|AFP|PTI|CNN)\\))?",
        words(1, 12),
    ]
}

fn dateline() -> impl Strategy<Value = String> {
    let place = prop_oneof![
        Just("MOSCOW"),
        Just("Moscow, Russia"),
        Just("HAYWARD, Calif."),
        Just("SURABAYA, Indonesia/JAKARTA"),
        Just("Rio de Janeiro"),
        Just("NEW YORK"),
        Just("Zürich"),
    ];
    let date = prop_oneof![
        Just(""),
        Just(", Nov 3"),
        Just(", Feb. 26"),
        Just(", March 3, 2016")
    ];
    let source = prop_oneof![Just(""), Just(" (Reuters)"), Just(" (AP)"), Just(" (PTI)")];
    let sep = prop_oneof![
        Just(" -"),
        Just(" --"),
        Just(" —"),
        Just(" –"),
        Just(":"),
        Just("")
    ];
    prop_oneof![
        (place, date, source, sep).prop_map(|(p, d, s, sep)| format!("{p}{d}{s}{sep}")),
        Just("(CNN) --".to_string()),
        Just("(Reuters) -".to_string()),
    ]
}

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z]{1,9}",
        2 => "[A-Z][a-z]{1,9}",
        1 => prop_oneof![
            Just("Zakharová"), Just("Мария"), Just("東京"), Just("naïve"), Just("🙂"),
            Just("Mr."), Just("U.S."), Just("al-Assad"), Just("de"), Just("said"),
            Just("told"), Just("he"), Just("she"), Just("-"), Just("—"), Just(":"),
            Just("(Reuters)"), Just("\u{a0}"), Just("x\u{301}"), Just("\u{200b}"),
        ]
        .prop_map(str::to_string),
    ]
}

fn words(min: usize, max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), min..=max).prop_map(|w| w.join(" "))
}

/// A sentence, sometimes a quotation with a cue around it.
fn sentence() -> impl Strategy<Value = String> {
    let marks = prop_oneof![
        Just(("\"", "\"")),
        Just(("“", "”")),
        Just(("‘", "’")),
        Just(("«", "»")),
        Just(("„", "“")),
        Just(("``", "''")),
        Just(("'", "'")),
        Just(("“", "")),
        Just(("", "”")),
    ];
    let cue = prop_oneof![
        Just("said"),
        Just("told AFP"),
        Just("he said"),
        Just("she told reporters"),
        Just("according to officials"),
        Just(":")
    ];
    prop_oneof![
        3 => (words(1, 14), prop_oneof![Just("."), Just("?"), Just("!"), Just(""), Just(":")])
            .prop_map(|(w, end)| format!("{w}{end}")),
        2 => (marks.clone(), words(1, 10), cue.clone(), words(0, 3))
            .prop_map(|((o, c), q, cue, who)| format!("{o}{q},{c} {who} {cue}.")),
        1 => (words(1, 4), cue, marks, words(1, 10))
            .prop_map(|(who, cue, (o, c), q)| format!("{who} {cue} {o}{q}{c}")),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.join(" "))
}

/// What goes between paragraphs, including hard wraps and indents.
fn gap() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("\n\n"),
        Just("\n"),
        Just("\r\n\r\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\n    "),
        Just("\n\t"),
        Just("\n \n"),
        Just("\n\u{a0}\n"),
        Just("\n\n\n\n"),
        Just(" "),
    ]
}

/// A whole article from its pieces, in the order feeds put them.
fn article() -> impl Strategy<Value = String> {
    (
        prop::option::of(headline()),
        prop::option::of(dateline()),
        prop::collection::vec((paragraph(), gap()), 0..8),
        prop::sample::select(vec![0usize, 1, 2]),
        prop::sample::select(vec!["", "\u{feff}"]),
        prop::sample::select(vec!["", "\n", "\r\n", "   \n\n"]),
    )
        .prop_map(|(head, date, paras, dup, bom, tail)| {
            let mut s = String::from(bom);
            if let Some(h) = head {
                s.push_str(&h);
                s.push('\n');
            }
            if let Some(d) = date {
                s.push_str(&d);
                s.push(' ');
            }
            for (p, g) in &paras {
                s.push_str(p);
                s.push_str(g);
            }
            // Scraped pages repeat paragraphs: exercise dedup.
            for (p, g) in paras.iter().take(dup) {
                s.push_str(p);
                s.push_str(g);
            }
            s.push_str(tail);
            s
        })
}

/// Raw text over the characters the grammar and the passes key on.
fn raw() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\"“”‘’«»„'` \n\r\t.,:;()A-Za-z0-9—–\u{a0}\u{feff}-]{0,200}",
        any::<String>(),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => article(), 1 => raw()]
}

/// A named pipeline: a parser, the same passes to run by hand, and whether
/// the final article must be settled (no pass changes it again).
type Pipeline = (String, Parser, Vec<Box<dyn Pass>>, bool);

fn pipeline(name: String, passes: Vec<Box<dyn Pass>>, settled: bool) -> Pipeline {
    let mut parser = Parser::structure_only();
    for p in passes.iter().map(|p| p.name()) {
        let mut fresh = all_passes();
        let at = fresh
            .iter()
            .position(|q| q.name() == p)
            .expect("a known pass");
        parser.push(Boxed(fresh.swap_remove(at)));
    }
    (name, parser, passes, settled)
}

/// The default passes, and dedup at its strictest.
fn all_passes() -> Vec<Box<dyn Pass>> {
    let mut v = passes::default_passes();
    v.push(Box::new(Strictest));
    v
}

/// Dedup with no length threshold, under a name of its own.
struct Strictest;

impl Pass for Strictest {
    fn name(&self) -> &'static str {
        "dedup(0)"
    }
    fn run(&self, article: &mut Article<'_>) {
        dedup_with(0).run(article)
    }
}

fn pipelines() -> Vec<Pipeline> {
    let mut out = vec![(
        "default".to_string(),
        Parser::new(),
        passes::default_passes(),
        true,
    )];
    out.push(pipeline("structure".to_string(), Vec::new(), true));
    for i in 0..all_passes().len() {
        let mut one = all_passes();
        let pass = one.swap_remove(i);
        out.push(pipeline(format!("only {}", pass.name()), vec![pass], true));
    }
    let mut reversed = all_passes();
    reversed.reverse();
    out.push(pipeline("all, reversed".to_string(), reversed, false));
    out
}

struct Boxed(Box<dyn Pass>);

impl Pass for Boxed {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn run(&self, article: &mut Article<'_>) {
        self.0.run(article)
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn invariants_hold_and_passes_are_idempotent(s in text()) {
        for (name, parser, passes, settled) in pipelines() {
            let names: Vec<_> = parser.pass_names().collect();
            prop_assert_eq!(&names, &passes.iter().map(|p| p.name()).collect::<Vec<_>>());
            let by_hand: Vec<&dyn Pass> = passes.iter().map(|p| p.as_ref()).collect();
            let checked = check_pipeline(&s, &by_hand, settled)
                .map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
            match (parser.parse(&s), checked) {
                (Ok(a), Some(b)) => prop_assert_eq!(a, b, "{}: parser and passes by hand differ", name),
                (Err(_), None) => {
                    let blank = s.trim_start_matches('\u{feff}').trim().is_empty();
                    prop_assert!(blank || s.contains('\0'), "{}: rejected {:?}", name, s);
                }
                (a, b) => prop_assert!(false, "{}: parser gave {:?}, by hand {:?}", name, a, b),
            }
        }
    }

    #[test]
    fn bytes_and_str_agree(s in text()) {
        prop_assert_eq!(newsparse::parse_bytes(s.as_bytes()), newsparse::parse(&s));
    }

    #[test]
    fn render_then_parse_gives_the_same_structure(s in text()) {
        if let Err(e) = check_roundtrip(&Parser::new(), &s) {
            return Err(TestCaseError::fail(e));
        }
        if let Err(e) = check_roundtrip(&Parser::structure_only(), &s) {
            return Err(TestCaseError::fail(format!("structure only: {e}")));
        }
    }

    #[test]
    fn structure_keeps_every_character(s in article()) {
        // With no pass, every character of the body that does not read as
        // space is in a paragraph or the dateline, exactly once: the grammar
        // drops nothing.
        let Ok(a) = newsparse::structure(&s) else { return Ok(()) };
        prop_assert!(a.removed.is_empty());
        let solid = |t: &str| t.chars().filter(|&c| !reads_as_space(c)).count();
        let kept: usize = a.paragraphs.iter().map(|p| solid(p.text)).sum::<usize>()
            + a.dateline.map_or(0, |d| solid(d.text));
        prop_assert_eq!(kept, solid(&s[a.body.range()]));
    }
}

/// Dedup with a chosen threshold and every other setting at its default.
fn dedup_with(min_chars: usize) -> passes::Dedup {
    passes::Dedup::default().min_chars(min_chars)
}
