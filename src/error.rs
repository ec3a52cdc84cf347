//! Errors: only for input that is not text. Odd text yields a sparser article.

use thiserror::Error;

/// Why an input could not be parsed as an article.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not valid UTF-8.
    #[error("invalid UTF-8 at byte {offset} (line {line}, column {column})")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in bytes) of that byte.
        column: usize,
    },
    /// The input is empty or holds only white space (or the invisible
    /// characters web pages leave, such as the zero-width space).
    #[error("empty input: no text to parse")]
    Empty,
    /// The input holds a NUL byte, so it is binary data rather than text.
    #[error("binary input: NUL byte at byte {offset}")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The input is larger than the configured limit.
    #[error("input too large: {len} bytes, the limit is {limit}")]
    TooLarge {
        /// The input's size in bytes.
        len: usize,
        /// The limit in force ([`crate::Parser::max_len`]).
        limit: usize,
    },
}

/// Line and column (1-based, column in bytes) of byte `offset` in `bytes`.
pub(crate) fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let col = match memchr::memrchr(b'\n', before) {
        Some(nl) => offset - nl,
        None => offset + 1,
    };
    (line, col)
}
