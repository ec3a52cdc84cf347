//! The boilerplate and dedup passes: each rule kind, their order in the
//! default pipeline, and idempotence.

use newsparse::passes::{normalized_eq, Boilerplate, Dedup, Kind, Rule};
use newsparse::{Article, Parser, Pass, Reason};
use proptest::prelude::*;

fn boilerplate(text: &str) -> Article<'_> {
    let mut a = newsparse::structure(text).unwrap();
    Boilerplate::default().run(&mut a);
    a
}

fn kept<'a>(a: &Article<'a>) -> Vec<&'a str> {
    a.paragraphs.iter().map(|p| p.text).collect()
}

fn removed<'a>(a: &Article<'a>) -> Vec<(&'a str, Option<&'static str>)> {
    a.removed.iter().map(|r| (r.text, r.rule)).collect()
}

const LEAD: &str = "Storm hits coast\n\nThe storm reached the coast on Monday, officials said.\n\n";

#[test]
fn exact_rule_ignores_case_and_trailing_punctuation() {
    let a = boilerplate("News of the day\n\nFirst paragraph of the story.\n\nADVERTISEMENT\n\nSecond paragraph.\n\nRelated:\n");
    assert_eq!(
        kept(&a),
        ["First paragraph of the story.", "Second paragraph."]
    );
    assert_eq!(
        removed(&a),
        [
            ("ADVERTISEMENT", Some("advertisement")),
            ("Related:", Some("related-link"))
        ]
    );
}

#[test]
fn exact_rule_with_gaps_matches_credit_lines() {
    let text = format!(
        "{LEAD}(Reporting by Andy Bruce in London; Editing by Joyjeet Das)\n\n\
         Associated Press writer Jane Roe in Paris contributed to this report.\n"
    );
    let a = boilerplate(&text);
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(
        a.removed
            .iter()
            .map(|r| r.rule.unwrap())
            .collect::<Vec<_>>(),
        ["reuters-credit", "contributor-credit"]
    );
    // A parenthesis that does not close is not a credit line.
    let a =
        boilerplate("News of the day\n\n(Reporting by the agency was cut short, officials said\n");
    assert!(a.removed.is_empty());
}

#[test]
fn prefix_rule_removes_trailers() {
    let text = format!(
        "{LEAD}(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)\n\n\
         Track Latest News Live on NDTV.com and get news updates from India and around the world\n"
    );
    let a = boilerplate(&text);
    assert_eq!(
        kept(&a),
        ["The storm reached the coast on Monday, officials said."]
    );
    let rules: Vec<_> = a.removed.iter().map(|r| r.rule.unwrap()).collect();
    assert_eq!(rules, ["ndtv-syndication", "ndtv-trailer"]);
    let last = a.removed[1];
    assert_eq!(&text[last.span.range()], last.text);
    assert!(last.text.starts_with("Track") && last.text.ends_with("world"));
}

#[test]
fn prefix_rule_spares_long_paragraphs() {
    let long = format!(
        "Follow us on Twitter, the minister told supporters, before {} the rally ended.",
        "a long speech on the economy, the budget and the coming election, ".repeat(4)
    );
    let text = format!("{LEAD}{long}\n");
    let a = boilerplate(&text);
    assert_eq!(a.paragraphs.len(), 2);
    assert!(a.removed.is_empty());
}

#[test]
fn rules_are_anchored() {
    // Stock phrases inside reporting are reporting.
    let text = format!(
        "{LEAD}The company said it would advertise less. Advertisement spending fell.\n\n\
         He said people should follow us on Twitter.\n"
    );
    let a = boilerplate(&text);
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.removed.is_empty());
}

#[test]
fn word_rule_matches_afp_slugs_only_alone() {
    let a = boilerplate("News of the day\n\nThe talks ended on Friday.\n\nburs-ab/xy\n");
    assert_eq!(removed(&a), [("burs-ab/xy", Some("afp-slug"))]);
    let a = boilerplate("News of the day\n\nThe talks ended on Friday.\n\nbur-ser/jlb and more\n");
    assert!(a.removed.is_empty());
}

#[test]
fn afp_copyright_line() {
    let a = boilerplate("News of the day\n\nThe talks ended on Friday.\n\n© 2016 AFP\n");
    assert_eq!(removed(&a), [("© 2016 AFP", Some("copyright"))]);
}

#[test]
fn share_prompts() {
    let text = format!(
        "{LEAD}Like us on Facebook\n\nFollow us on Twitter & Instagram\n\nFollow Jane Roe on Twitter @janeroe\n\n\
         Read the rest here.\n\nAlso Read: Five things to know\n"
    );
    let a = boilerplate(&text);
    assert_eq!(a.paragraphs.len(), 1);
    assert_eq!(a.removed.len(), 5);
}

#[test]
fn sign_off_is_cut_off_the_last_paragraph() {
    let text = "BAHIA COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.\n Reuter\n";
    let a = boilerplate(text);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        a.paragraphs[1].text,
        "The dry period means the temporao will be late."
    );
    assert_eq!(removed(&a), [("Reuter", Some("reuter-signoff"))]);
    assert_eq!(a.removed[0].reason, Reason::Boilerplate);
    assert_eq!(&text[a.removed[0].span.range()], "Reuter");
}

#[test]
fn sign_off_forms() {
    for (text, kept_end) in [
        (
            "T\n    A, Feb 2 - First.\n    Last words here.\n REUTER...\n",
            "here.",
        ),
        (
            "T\n    A, Feb 2 - First.\n    Last words of an ounce. REUTER\n",
            "ounce.",
        ),
        (
            "T\n    A, Feb 2 - First.\n    Last words cut off at\n Reuter",
            "at",
        ),
        ("T\n\nFirst.\n\nLast words.\n\nReuter\n", "words."),
    ] {
        let a = boilerplate(text);
        assert_eq!(a.removed.len(), 1, "{text:?}");
        assert!(
            a.paragraphs.last().unwrap().text.ends_with(kept_end),
            "{text:?}"
        );
    }
    // Not a sign-off: the word ends a wrapped sentence or sits mid-line.
    for text in [
        "T\n\nFirst.\n\nThe minister said on Monday the talks would go on, he told\nReuter\n",
        "T\n\nFirst.\n\nThe minister told Reuter\n",
        "T\n\nThe minister told Reuter. More followed.\n\nLast one.\n",
    ] {
        let a = boilerplate(text);
        assert!(a.removed.is_empty(), "{text:?}");
        assert!(a.paragraphs.iter().any(|p| p.text.contains("Reuter")));
    }
}

#[test]
fn sign_off_under_trailing_boilerplate() {
    let text = format!("{LEAD}Last paragraph of the story.\n Reuter\n\nFollow us on Twitter\n");
    let a = boilerplate(&text);
    assert_eq!(
        a.paragraphs.last().unwrap().text,
        "Last paragraph of the story."
    );
    assert_eq!(
        removed(&a),
        [
            ("Reuter", Some("reuter-signoff")),
            ("Follow us on Twitter", Some("share-prompt"))
        ]
    );
}

#[test]
fn sign_offs_repeated_and_over_boilerplate() {
    let text = "News of the day\n    The story itself ends here.\n    Advertisement.\n Reuter\n    Also read.\n Reuter\n REUTER\n";
    // The sign-offs are glued to the paragraphs above them.
    assert_eq!(newsparse::structure(text).unwrap().paragraphs.len(), 3);
    let a = boilerplate(text);
    assert_eq!(kept(&a), ["The story itself ends here."]);
    assert_eq!(
        removed(&a),
        [
            ("Advertisement.", Some("advertisement")),
            ("Reuter", Some("reuter-signoff")),
            ("Also read.", Some("related-link")),
            ("Reuter", Some("reuter-signoff")),
            ("REUTER", Some("reuter-signoff")),
        ]
    );
    let text = "News of the day\n    First.\n    The story ends here.\n Reuter\n Reuter\n";
    assert_eq!(newsparse::structure(text).unwrap().paragraphs.len(), 2);
    let a = boilerplate(text);
    assert_eq!(kept(&a), ["First.", "The story ends here."]);
    assert_eq!(a.removed.len(), 2);
    assert!(a.removed[0].span.end <= a.removed[1].span.start);
}

#[test]
fn user_rules() {
    let mut b = Boilerplate::empty();
    assert!(b.rules().is_empty());
    b.add(Rule::exact("podcast", "listen to our podcast", 60))
        .add(Rule::sign_off("signoff", "ends"));
    assert_eq!(b.rules()[0].kind, Kind::Exact);
    let mut a = newsparse::structure(
        "News of the day\n\nBody text here.\n ENDS\n\nListen to our podcast!\n",
    )
    .unwrap();
    b.run(&mut a);
    assert_eq!(kept(&a), ["Body text here."]);
    assert_eq!(
        removed(&a),
        [
            ("ENDS", Some("signoff")),
            ("Listen to our podcast!", Some("podcast"))
        ]
    );
    // Built-in rules stay first when extending the default table.
    let b = Boilerplate::default().with(Rule::prefix("x", "advert", 40));
    assert_eq!(b.matches("Advertisement"), Some("advertisement"));
    assert_eq!(b.matches("Advertorial"), Some("x"));
    // Built-in rules can be dropped by name.
    let mut b = Boilerplate::default();
    b.remove("photo-credit");
    assert_eq!(b.matches("Photo: Getty Images"), None);
    assert_eq!(b.matches("Advertisement"), Some("advertisement"));
    assert_eq!(
        Boilerplate::default().matches("Photo: Getty Images"),
        Some("photo-credit")
    );
}

#[test]
fn default_pipeline_runs_boilerplate_first() {
    let parser = Parser::new();
    let names: Vec<_> = parser.pass_names().collect();
    assert_eq!(&names[..2], ["boilerplate", "dedup"]);
    // A repeated trailer is boilerplate, not a duplicate.
    let text =
        format!("{LEAD}Advertisement\n\nSecond paragraph of the story here.\n\nAdvertisement\n");
    let a = parser.parse(&text).unwrap();
    assert!(a.removed.iter().all(|r| r.reason == Reason::Boilerplate));
    assert_eq!(a.removed.len(), 2);
}

#[test]
fn sample_article() {
    let text = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");
    let a = newsparse::parse(text).unwrap();
    let dups: Vec<_> = a
        .removed
        .iter()
        .filter(|r| r.reason == Reason::Duplicate)
        .collect();
    assert_eq!(dups.len(), 10);
    for (k, r) in dups.iter().enumerate() {
        assert_eq!(r.of, Some(k + 1));
        assert!(normalized_eq(r.text, a.paragraphs[k + 1].text));
    }
    let last = a.removed.last().unwrap();
    assert_eq!((last.span.start, last.span.end), (3756, 3843));
    assert_eq!(last.rule, Some("ndtv-trailer"));
    assert_eq!(a.paragraphs.len(), 11);
}

#[test]
fn dedup_of_points_at_kept_first_occurrence() {
    let text =
        "News of the day\n\nAlpha paragraph long enough to count.\n\nBeta paragraph long enough to count.\n\n\
                alpha paragraph long enough to count\n\nBETA paragraph long enough to count!\n";
    let mut a = newsparse::structure(text).unwrap();
    Dedup::default().run(&mut a);
    let of: Vec<_> = a.removed.iter().map(|r| r.of).collect();
    assert_eq!(of, [Some(0), Some(1)]);
}

/// Runs `pass` twice; the second run must change nothing.
fn assert_idempotent(pass: &dyn Pass, text: &str) {
    let mut a = newsparse::structure(text).unwrap();
    pass.run(&mut a);
    let once = a.clone();
    pass.run(&mut a);
    assert_eq!(a, once, "{} is not idempotent on {text:?}", pass.name());
}

#[test]
fn passes_are_idempotent() {
    let texts = [
        "T\n\nA.\n\nA long enough paragraph here.\n\nA long enough paragraph here.\n Reuter\n",
        "T\n\nOne sentence here, long enough.\n\nAdvertisement.\n Reuter\n",
        "T\n\nText here.\n Reuter Reuter\n",
        "T\n\nText. REUTER\n\nText. REUTER\n",
    ];
    for t in texts {
        assert_idempotent(&Boilerplate::default(), t);
        assert_idempotent(&Dedup::default(), t);
    }
}

const PIECES: &[&str] = &[
    "The minister said talks would resume on Monday.",
    "the minister said talks would resume on monday",
    "“The talks will resume,” he said.",
    "\"The talks will resume,\" he said",
    "Yes.",
    "No.",
    "Prices rose 3 pct in February, the ministry said.",
    "Avg shrs 2,332,397 vs 1,428,000",
    "Advertisement",
    "Follow us on Twitter",
    "(Reporting by A. Reporter; Editing by B. Editor)",
    "Track Latest News Live on NDTV.com and get news updates",
    "Reuter",
    "burs-ab/xy",
    "© 2016 AFP",
    "Also Read: Five things",
];

const SEPARATORS: &[&str] = &["\n\n", "\n", "\n    ", "\r\n\r\n", "\n \n", " "];

fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), 0..SEPARATORS.len(), any::<bool>()), 1..14).prop_map(
        |parts| {
            let mut s = String::from("Headline for the story\n\n");
            for (p, sep, sign_off) in parts {
                s.push_str(PIECES[p]);
                if sign_off {
                    s.push_str("\n Reuter");
                }
                s.push_str(SEPARATORS[sep]);
            }
            s
        },
    )
}

proptest! {
    #[test]
    fn passes_are_idempotent_and_account_for_removals(text in article_text()) {
        assert_idempotent(&Boilerplate::default(), &text);
        assert_idempotent(&Dedup::default(), &text);
        let a = newsparse::parse(&text).unwrap();
        let b = Boilerplate::default();
        for p in &a.paragraphs {
            prop_assert_eq!(&text[p.span.range()], p.text);
        }
        for w in a.removed.windows(2) {
            prop_assert!(w[0].span.start <= w[1].span.start);
        }
        for r in &a.removed {
            prop_assert_eq!(&text[r.span.range()], r.text);
            match r.reason {
                Reason::Duplicate => {
                    let k = r.of.unwrap();
                    prop_assert!(normalized_eq(a.paragraphs[k].text, r.text));
                }
                _ => prop_assert_eq!(b.matches(r.text), r.rule),
            }
        }
    }
}

#[test]
fn a_rule_matches_a_paragraph_wrapped_whole_in_quotation_marks() {
    // Pages that set a transcript in quotation marks, one paragraph at a
    // time, set their trailers so too.
    let text = format!(
        "{LEAD}\"Related:\"\n\n\"The hearing resumes on Monday.\"\n\n\"Follow Jane Roe on Twitter @jroe.\"\n\n\"Related:\" links, he said, \"Follow\" buttons.\n"
    );
    let a = boilerplate(&text);
    assert_eq!(
        kept(&a),
        [
            "The storm reached the coast on Monday, officials said.",
            "\"The hearing resumes on Monday.\"",
            "\"Related:\" links, he said, \"Follow\" buttons."
        ]
    );
    assert_eq!(
        removed(&a),
        [
            ("\"Related:\"", Some("related-link")),
            (
                "\"Follow Jane Roe on Twitter @jroe.\"",
                Some("share-prompt")
            )
        ]
    );
    assert_eq!(
        Boilerplate::default().matches("\"Related:\""),
        Some("related-link")
    );
}
