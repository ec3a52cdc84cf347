//! The default passes over real articles (../shared/corpus, when present):
//! every removal is accounted for (a normalized repeat of a kept paragraph,
//! a boilerplate rule's match, or a caption above the dateline) and nothing
//! in the body is lost (kept, removed and dateline spans cover all of its
//! non-white-space text).

mod common;

use common::files_under;
use newsparse::passes::{normalized_eq, Boilerplate};
use newsparse::{Article, Reason};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

#[derive(Default)]
struct Tally {
    files: usize,
    not_utf8: usize,
    empty: usize,
    duplicates: usize,
    by_rule: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
}

impl Tally {
    fn report(&self, name: &str) {
        eprintln!(
            "{name}: {} files parsed, {} skipped as not UTF-8, {} empty; removed {} duplicates and {} boilerplate",
            self.files,
            self.not_utf8,
            self.empty,
            self.duplicates,
            self.by_rule.values().sum::<usize>()
        );
        for (rule, n) in &self.by_rule {
            eprintln!("  {rule}: {n}");
        }
        assert!(
            self.failures.is_empty(),
            "{} problems in {name}, first ones:\n{}",
            self.failures.len(),
            self.failures[..self.failures.len().min(10)].join("\n")
        );
    }
}

fn check_dir(name: &str) -> Option<Tally> {
    let dir = Path::new(CORPUS).join(name);
    if !dir.is_dir() {
        eprintln!("skipping: corpus {} is absent", dir.display());
        return None;
    }
    let mut files = Vec::new();
    files_under(&dir, &mut files);
    files.sort();
    let boilerplate = Boilerplate::default();
    let mut tally = Tally::default();
    for path in files {
        let bytes = fs::read(&path).expect("readable corpus file");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            tally.not_utf8 += 1;
            continue;
        };
        let Ok(article) = newsparse::parse(text) else {
            tally.empty += 1;
            continue;
        };
        tally.files += 1;
        let file = path
            .strip_prefix(CORPUS)
            .unwrap_or(&path)
            .display()
            .to_string();
        check_article(&file, &article, &boilerplate, &mut tally);
    }
    Some(tally)
}

fn check_article(file: &str, a: &Article<'_>, boilerplate: &Boilerplate, tally: &mut Tally) {
    let fail = &mut tally.failures;
    for r in &a.removed {
        if !a.body.contains(r.span) || a.input.get(r.span.range()) != Some(r.text) {
            fail.push(format!(
                "{file}: removed span {:?} is not body text",
                r.span
            ));
            continue;
        }
        match r.reason {
            Reason::Duplicate => {
                tally.duplicates += 1;
                let kept = r.of.and_then(|k| a.paragraphs.get(k));
                match kept {
                    Some(k) if k.span.end <= r.span.start && normalized_eq(k.text, r.text) => {}
                    _ => fail.push(format!(
                        "{file}: duplicate {:?} does not repeat an earlier kept paragraph (of {:?})",
                        r.text, r.of
                    )),
                }
            }
            Reason::Boilerplate => {
                let rule = r.rule.unwrap_or("<none>");
                *tally.by_rule.entry(rule).or_default() += 1;
                // A caption is known by where it stands, above the
                // dateline, not by its words.
                let above_dateline = a.dateline.is_some_and(|d| r.span.end <= d.span.start);
                if rule == "caption" {
                    if !above_dateline {
                        fail.push(format!(
                            "{file}: caption {:?} is not above the dateline",
                            r.text
                        ));
                    }
                } else if boilerplate.matches(r.text) != r.rule {
                    fail.push(format!(
                        "{file}: boilerplate {:?} does not match rule {rule}",
                        r.text
                    ));
                }
            }
            other => fail.push(format!("{file}: unexpected reason {other:?}")),
        }
    }
    // Every non-white-space byte of the body is kept, removed or the dateline.
    let body = a.body;
    let mut covered = vec![false; body.len()];
    let spans = a
        .paragraphs
        .iter()
        .map(|p| p.span)
        .chain(a.removed.iter().map(|r| r.span))
        .chain(a.dateline.map(|d| d.span));
    for s in spans {
        let (from, to) = (s.start.max(body.start), s.end.min(body.end));
        for c in covered
            .iter_mut()
            .take(to.saturating_sub(body.start))
            .skip(from.saturating_sub(body.start))
        {
            *c = true;
        }
    }
    let lost = a.input[body.range()]
        .char_indices()
        .find(|&(i, ch)| !ch.is_whitespace() && !covered[i]);
    if let Some((i, _)) = lost {
        let at = body.start + i;
        let end = a.input[at..]
            .char_indices()
            .nth(40)
            .map_or(a.input.len(), |(k, _)| at + k);
        fail.push(format!(
            "{file}: body text lost at byte {at}: {:?}",
            &a.input[at..end]
        ));
    }
}

#[test]
fn bbc_removals_are_accounted_for() {
    if let Some(t) = check_dir("bbc") {
        t.report("bbc");
    }
}

#[test]
fn newspaper_removals_are_accounted_for() {
    if let Some(t) = check_dir("newspaper") {
        t.report("newspaper");
    }
}
