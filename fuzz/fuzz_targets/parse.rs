//! Arbitrary bytes through the default parser: it must return, never panic,
//! and what it returns must be a sane article or a precise error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::{invariants::check_invariants, Error};

fuzz_target!(|data: &[u8]| {
    match newsparse::parse_bytes(data) {
        Ok(article) => {
            if let Err(e) = check_invariants(&article) {
                panic!("{e}");
            }
        }
        Err(Error::InvalidUtf8 { offset, .. }) => {
            assert_eq!(
                Some(offset),
                std::str::from_utf8(data).err().map(|e| e.valid_up_to())
            );
        }
        Err(Error::Binary { offset }) => assert_eq!(data[offset], 0),
        Err(_) => {}
    }
});
