//! Pathological and ordinary inputs grown 1x..64x, so that superlinear time
//! shows as falling throughput: per-byte time at 64x should stay within 2x
//! of 1x for every family.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

/// Roughly this many bytes at 1x.
const BASE: usize = 32 << 10;

fn grow(unit: impl Fn(usize) -> String, bytes: usize) -> String {
    let mut s = String::from("Scaling Test Headline\n\n");
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(&unit(i));
        i += 1;
    }
    s
}

/// A family's name and how to build an input of about that many bytes.
type Family = (&'static str, fn(usize) -> String);

fn families() -> Vec<Family> {
    vec![
        ("plain_paragraphs", |n| {
            grow(
                |i| {
                    format!(
                        "Paragraph {i} says the ministry will meet the envoy on Wednesday, \
                         as diplomats try to keep up a push aimed at ending the war.\n\n"
                    )
                },
                n,
            )
        }),
        ("one_long_line", |n| {
            let unit = "lorem ipsum dolor sit amet, consectetur adipiscing elit; ";
            unit.repeat(n / unit.len() + 1)
        }),
        ("quote_marks", |n| {
            grow(
                |_| {
                    "He said \"yes\" and “no” ‘maybe’ «oui» „ja“ ``ok'' '' \" “ she told AFP. "
                        .to_string()
                },
                n,
            )
        }),
        ("nested_quotes", |n| {
            let depth = n / 16;
            let mut s = String::from("Nested Quotes\n\nHe said ");
            for i in 0..depth {
                s.push_str(["“a ", "‘b ", "«c ", "\"d "][i % 4]);
            }
            for i in (0..depth).rev() {
                s.push_str(["” x ", "’ y ", "» z ", "\" w "][i % 4]);
            }
            s
        }),
        ("short_paragraphs", |n| grow(|i| format!("w{i}\n\n"), n)),
        // Thousands of people of one surname, and a courtesy title asking
        // for one of its gender among them at every quote.
        ("one_surname_many_people", |n| {
            grow(
                |i| format!("Agent{i} Smith spoke. \"Yes,\" Mrs. Smith said. "),
                n,
            )
        }),
        // Pronoun quotes, each bringing in new names, in short paragraphs.
        ("pronoun_quotes", |n| {
            grow(
                |i| {
                    format!(
                        "\"We go {i},\" she said. Mary Jones{i} and Mrs. Lee{} spoke. \
                         \"Yes,\" he said.\n\n",
                        i % 300
                    )
                },
                n,
            )
        }),
        // One paragraph of quotes, each with a pronoun that nothing
        // before resolves: every one reads the text since the last
        // speaker outside the paragraph's many quotations.
        ("one_paragraph_pronoun_quotes", |n| {
            let mut s = String::from("Pronoun Quotes\n\n");
            let mut i = 0;
            while s.len() < n {
                s.push_str(&format!("He left. \"Go {i},\" she said. "));
                i += 1;
            }
            s
        }),
        // Thousands of names in full with a generation after them, each
        // surname alone speaking: every surname looks up its own.
        ("generation_names", |n| {
            grow(
                |i| format!("John Smith{i} Jr. spoke. \"Yes,\" Mr. Smith{i} said.\n\n"),
                n,
            )
        }),
        ("repeated_paragraphs", |n| {
            grow(
                |_| {
                    "The same paragraph, scraped twice and long enough to count as a repeat.\n\n"
                        .to_string()
                },
                n,
            )
        }),
    ]
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, make) in families() {
        for mult in [1, 2, 4, 8, 16, 32, 64] {
            let input = make(BASE * mult);
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, mult), &input, |b, s| {
                b.iter(|| newsparse::parse(std::hint::black_box(s)).map(|a| a.paragraphs.len()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
