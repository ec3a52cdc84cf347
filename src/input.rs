//! Checks that the input is text before any parsing starts.

use crate::error::{line_col, Error};

/// The UTF-8 byte order mark, which some feeds put before the first byte.
pub(crate) const BOM: &str = "\u{feff}";

/// Validates raw bytes as UTF-8 text.
pub(crate) fn from_bytes(bytes: &[u8]) -> Result<&str, Error> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let offset = e.valid_up_to();
            let (line, column) = line_col(bytes, offset);
            Err(Error::InvalidUtf8 {
                offset,
                line,
                column,
            })
        }
    }
}

/// Rejects what is not an article's text: too large, binary, or empty.
pub(crate) fn check(input: &str, limit: usize) -> Result<(), Error> {
    if input.len() > limit {
        return Err(Error::TooLarge {
            len: input.len(),
            limit,
        });
    }
    if let Some(offset) = memchr::memchr(0, input.as_bytes()) {
        return Err(Error::Binary { offset });
    }
    // (A leading BOM reads as space, as any other U+FEFF does.)
    if crate::space::is_blank(input) {
        return Err(Error::Empty);
    }
    Ok(())
}
