//! Options plus text: a pipeline built from the built-in passes in any
//! order, then every invariant of `check_invariants`, and every pass
//! idempotent on the result.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsparse::{invariants::check_invariants, passes, Article, Parser, Pass};
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
}

fuzz_target!(|input: Input<'_>| {
    let mut all: Vec<Arc<dyn Pass>> = Vec::new();
    let mut parser = if input.default_pipeline {
        all.extend(passes::default_passes().into_iter().map(Arc::from));
        let mut p = Parser::structure_only();
        for pass in &all {
            p.push(Shared(pass.clone()));
        }
        p
    } else {
        Parser::structure_only()
    };
    let defaults = passes::default_passes();
    for step in input.steps.iter().take(8) {
        let pass: Arc<dyn Pass> = match *step {
            Step::Default(i) if !defaults.is_empty() => {
                let mut d = passes::default_passes();
                Arc::from(d.swap_remove(i as usize % defaults.len()))
            }
            Step::Default(_) => continue,
            Step::Dedup(n) => Arc::new(passes::Dedup::default().min_chars(n as usize)),
        };
        parser.push(Shared(pass.clone()));
        all.push(pass);
    }
    let names: Vec<&str> = parser.pass_names().collect();
    assert_eq!(names, all.iter().map(|p| p.name()).collect::<Vec<_>>());
    let Ok(article) = parser.parse(input.text) else {
        return;
    };
    if let Err(e) = check_invariants(&article) {
        panic!("pipeline {names:?}: {e}");
    }
    for pass in &all {
        let mut again = article.clone();
        pass.run(&mut again);
        assert_eq!(again, article, "pass {} is not idempotent (pipeline {names:?})", pass.name());
    }
});
