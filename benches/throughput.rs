//! Throughput of the grammar alone (`structure`), of the default pipeline
//! (`pipeline`) and of the pipeline without its quote pass
//! (`pipeline-without-quotes`: the difference is the quote pass's), in bytes
//! per second, on the bundled sample and on 1 MB and 32 MB mixes of real
//! articles, each article parsed on its own; and of the
//! pipeline run a stage at a time over groups of articles
//! (`pipeline-grouped`, with `Parser::run_passes`). A `memchr`
//! newline count over the 32 MB mix gives the scale: no parser that looks at
//! every line can beat it.
//!
//!     cargo bench --bench throughput
//!
//! The mixes are built at bench time from `../shared/corpus` (BBC, newspaper
//! and PolNeAR texts, interleaved) when it is present, and from generated
//! wire-style articles when it is not, so the bench runs anywhere.

// The corpus walk the integration tests use: the mix is built from the same files.
#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::ops::Range;
use std::path::Path;
use std::time::Duration;

const SAMPLE: &str = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");

/// Articles laid end to end in one buffer, so that the memchr baseline scans
/// exactly the bytes the parsers see.
struct Mix {
    text: String,
    articles: Vec<Range<usize>>,
}

impl Mix {
    fn bytes(&self) -> u64 {
        self.text.len() as u64
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.articles.iter().map(|r| &self.text[r.clone()])
    }
}

/// Fills a mix of at least `size` bytes by cycling through `sources`.
fn build_mix(sources: &[String], size: usize) -> Mix {
    let mut text = String::with_capacity(size + (1 << 16));
    let mut articles = Vec::new();
    for s in sources.iter().cycle() {
        if text.len() >= size {
            break;
        }
        let start = text.len();
        text.push_str(s);
        articles.push(start..text.len());
        // One newline between articles keeps the buffer readable; it is not
        // part of any article.
        text.push('\n');
    }
    Mix { text, articles }
}

/// Real articles from the shared corpus, round-robin over its three
/// collections so every slice of the mix has all kinds. Non-UTF-8 and empty
/// files are left out: they measure the error path, not parsing.
fn corpus_articles() -> Option<Vec<String>> {
    let root = Path::new(CORPUS);
    let mut per_source = Vec::new();
    for dir in ["bbc", "newspaper", "polnear"] {
        let mut files = Vec::new();
        common::files_under(&root.join(dir), &mut files);
        files.sort();
        let texts: Vec<String> = files
            .iter()
            .filter_map(|f| String::from_utf8(std::fs::read(f).ok()?).ok())
            .filter(|t| newsparse::structure(t).is_ok())
            .collect();
        if !texts.is_empty() {
            per_source.push(texts);
        }
    }
    if per_source.is_empty() {
        return None;
    }
    let longest = per_source.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..longest {
        for src in &per_source {
            if let Some(t) = src.get(i) {
                out.push(t.clone());
            }
        }
    }
    Some(out)
}

/// A small deterministic generator (xorshift) for the fallback articles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
}

/// Wire-style articles: headline with a source tag, dateline, paragraphs of
/// prose with quotes and attributions, an occasional repeated paragraph.
fn generated_articles() -> Vec<String> {
    const WORDS: &[&str] = &[
        "the",
        "minister",
        "said",
        "on",
        "Monday",
        "that",
        "talks",
        "would",
        "continue",
        "government",
        "officials",
        "in",
        "a",
        "statement",
        "market",
        "prices",
        "rose",
        "after",
        "report",
        "of",
        "and",
        "to",
        "with",
        "new",
        "plan",
        "for",
        "election",
        "company",
        "shares",
        "fell",
        "percent",
        "week",
        "analysts",
        "expected",
        "growth",
    ];
    const PLACES: &[&str] = &["MOSCOW", "WASHINGTON", "LONDON", "New Delhi", "TOKYO"];
    const NAMES: &[&str] = &["Maria Zakharova", "John Smith", "Ana Lopez", "Wei Chen"];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let sentence = |rng: &mut Rng, n: usize| {
        let mut s = String::new();
        for i in 0..n {
            let w = rng.pick(WORDS);
            if i == 0 {
                let mut c = w.chars();
                let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or('X');
                s.push(first);
                s.push_str(c.as_str());
            } else {
                s.push(' ');
                s.push_str(w);
            }
        }
        s
    };
    (0..400)
        .map(|_| {
            let mut a = sentence(&mut rng, 8);
            a.push_str(" (Reuters)\n");
            a.push_str(rng.pick(PLACES));
            a.push_str(" (Reuters) - ");
            let paras = 4 + (rng.next() % 16) as usize;
            let mut first = String::new();
            for p in 0..paras {
                let mut para = String::new();
                if rng.next() % 3 == 0 {
                    para.push('"');
                    para.push_str(&sentence(&mut rng, 12));
                    para.push_str(",\" ");
                    para.push_str(rng.pick(NAMES));
                    para.push_str(" said.");
                } else {
                    for _ in 0..1 + rng.next() % 4 {
                        let n = 10 + (rng.next() % 15) as usize;
                        para.push_str(&sentence(&mut rng, n));
                        para.push_str(". ");
                    }
                }
                if p == 0 {
                    first = para.clone();
                } else if rng.next() % 10 == 0 {
                    para = first.clone();
                }
                a.push_str(para.trim_end());
                a.push_str("\n\n");
            }
            a
        })
        .collect()
}

fn sources() -> Vec<String> {
    match corpus_articles() {
        Some(v) => {
            eprintln!(
                "throughput: mixing {} corpus articles from {CORPUS}",
                v.len()
            );
            v
        }
        None => {
            eprintln!("throughput: {CORPUS} absent; using generated articles");
            generated_articles()
        }
    }
}

/// Articles per group in `pipeline-grouped`: about what the batch example
/// holds at once (64 KiB of text).
const GROUP: usize = 32;

/// One criterion group: `parse` over every article of each input mix.
fn group(c: &mut Criterion, name: &str, inputs: &[(&str, Mix)], parse: impl Fn(&str) -> bool) {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (input, mix) in inputs {
        g.throughput(Throughput::Bytes(mix.bytes()));
        g.bench_function(*input, |b| {
            b.iter(|| {
                for a in mix.iter() {
                    black_box(parse(black_box(a)));
                }
            })
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let src = sources();
    let mix_1mb = build_mix(&src, 1 << 20);
    let mix_32mb = build_mix(&src, 32 << 20);
    let inputs: [(&str, Mix); 3] = [
        (
            "sample",
            Mix {
                text: SAMPLE.to_string(),
                articles: std::iter::once(0..SAMPLE.len()).collect(),
            },
        ),
        ("mix-1MB", mix_1mb),
        ("mix-32MB", mix_32mb),
    ];

    group(c, "structure", &inputs, |a| newsparse::structure(a).is_ok());
    group(c, "pipeline", &inputs, |a| newsparse::parse(a).is_ok());
    // The pipeline without its quote pass: what `pipeline` takes beyond
    // this is the quote pass's, read off the same run.
    let mut no_quotes = newsparse::Parser::new();
    no_quotes.remove("quotes");
    group(c, "pipeline-without-quotes", &inputs, |a| {
        no_quotes.parse(a).is_ok()
    });

    // The same pipeline a stage at a time over groups of articles: the
    // grammar over a group, then `Parser::run_passes`, as the batch example
    // runs it.
    {
        let (grammar, parser) = (
            newsparse::Parser::structure_only(),
            newsparse::Parser::new(),
        );
        let mut g = c.benchmark_group("pipeline-grouped");
        g.sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4));
        for (input, mix) in &inputs[1..] {
            g.throughput(Throughput::Bytes(mix.bytes()));
            g.bench_function(*input, |b| {
                let mut articles = Vec::with_capacity(GROUP);
                b.iter(|| {
                    for group in mix.articles.chunks(GROUP) {
                        articles.clear();
                        articles.extend(
                            group.iter().filter_map(|r| {
                                grammar.parse(black_box(&mix.text[r.clone()])).ok()
                            }),
                        );
                        parser.run_passes(&mut articles);
                        black_box(&articles);
                    }
                })
            });
        }
        g.finish();
    }

    {
        let big = &inputs[2].1;
        let mut g = c.benchmark_group("baseline");
        g.sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
        g.throughput(Throughput::Bytes(big.bytes()));
        g.bench_function("memchr-newlines/mix-32MB", |b| {
            b.iter(|| memchr::memchr_iter(b'\n', black_box(big.text.as_bytes())).count())
        });
        g.finish();
    }
}

criterion_group!(throughput, benches);
criterion_main!(throughput);
