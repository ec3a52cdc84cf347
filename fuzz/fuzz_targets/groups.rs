//! Texts cut from the input at form feeds, run through the default passes
//! as one group (`Parser::run_passes`, each pass's `run_all`): every
//! article as `Parser::parse` makes it alone.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::Parser;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static PARSERS: OnceLock<(Parser, Parser)> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (grammar, parser) = PARSERS.get_or_init(|| (Parser::structure_only(), Parser::new()));
    let texts: Vec<&str> = text.split('\u{c}').collect();
    let mut group: Vec<_> = texts.iter().filter_map(|t| grammar.parse(t).ok()).collect();
    let alone: Vec<_> = texts.iter().filter_map(|t| parser.parse(t).ok()).collect();
    parser.run_passes(&mut group);
    assert_eq!(group, alone);
});
