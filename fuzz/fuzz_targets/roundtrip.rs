//! Parse, render back to plain text (headline line, blank line, paragraphs
//! separated by blank lines), parse again: the same structure. See
//! `newsparse::invariants::check_roundtrip` for exactly what is compared.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::{invariants::check_roundtrip, Parser};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static PARSERS: OnceLock<[Parser; 2]> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsers = PARSERS.get_or_init(|| [Parser::new(), Parser::structure_only()]);
    for parser in parsers {
        if let Err(e) = check_roundtrip(parser, text) {
            panic!("{parser:?}: {e}");
        }
    }
});
