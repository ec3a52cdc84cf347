//! Options plus text: a pipeline built from the built-in passes in any
//! order, then every invariant of `check_invariants` after each pass, each
//! pass idempotent where it runs, the default pipeline settled (no pass
//! changes its result again), and the parser agreeing with passes run by hand.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsparse::{invariants::check_pipeline, passes, Article, Parser, Pass};
use std::sync::Arc;

#[derive(Arbitrary, Debug)]
enum Step {
    /// The i-th pass of the default pipeline, whatever passes exist.
    Default(u8),
    /// Duplicate removal with a chosen threshold.
    Dedup(u8),
}

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    /// Start from `Parser::new()` rather than `Parser::structure_only()`.
    default_pipeline: bool,
    steps: Vec<Step>,
    text: &'a str,
}

/// Lets one pass sit in the parser and still be run again by hand.
struct Shared(Arc<dyn Pass>);

impl Pass for Shared {
    fn name(&self) -> &'static str {
        self.0.name()
    }
    fn run(&self, article: &mut Article<'_>) {
        self.0.run(article)
    }
    fn run_all(&self, articles: &mut [Article<'_>]) {
        self.0.run_all(articles)
    }
}

fuzz_target!(|input: Input<'_>| {
    let mut all: Vec<Arc<dyn Pass>> = Vec::new();
    let mut parser = Parser::structure_only();
    if input.default_pipeline {
        all.extend(passes::default_passes().into_iter().map(Arc::from));
        for pass in &all {
            parser.push(Shared(pass.clone()));
        }
    }
    let defaults = passes::default_passes().len();
    for step in input.steps.iter().take(8) {
        let pass: Arc<dyn Pass> = match *step {
            Step::Default(i) if defaults > 0 => {
                let mut d = passes::default_passes();
                Arc::from(d.swap_remove(i as usize % defaults))
            }
            Step::Default(_) => continue,
            Step::Dedup(n) => Arc::new(dedup_with(n as usize)),
        };
        parser.push(Shared(pass.clone()));
        all.push(pass);
    }
    let names: Vec<&str> = parser.pass_names().collect();
    assert_eq!(names, all.iter().map(|p| p.name()).collect::<Vec<_>>());
    // The default pipeline must leave an article no pass changes again; an
    // arbitrary order need only have each pass idempotent where it runs.
    let settled = input.default_pipeline && input.steps.is_empty();
    let by_hand: Vec<&dyn Pass> = all.iter().map(|p| p.as_ref()).collect();
    let checked = match check_pipeline(input.text, &by_hand, settled) {
        Ok(a) => a,
        Err(e) => panic!("pipeline {names:?}: {e}"),
    };
    assert_eq!(parser.parse(input.text).ok(), checked, "pipeline {names:?}");
});

/// Dedup with a chosen threshold and every other setting at its default.
fn dedup_with(min_chars: usize) -> passes::Dedup {
    passes::Dedup::default().min_chars(min_chars)
}
