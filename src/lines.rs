//! Line scanning with memchr: `\n`, `\r\n` and a lone `\r` all end a line.

/// One line: `start..end` excludes the line terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

/// Iterates the lines of `input[from..to]`, with offsets into `input`.
pub(crate) struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    to: usize,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(input: &'a str, from: usize, to: usize) -> Self {
        Lines {
            bytes: input.as_bytes(),
            pos: from,
            to,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.pos >= self.to {
            return None;
        }
        let start = self.pos;
        let hay = &self.bytes[start..self.to];
        // A blank line between paragraphs ends where it starts: no search.
        let found = if matches!(hay[0], b'\n' | b'\r') {
            Some(0)
        } else {
            memchr::memchr2(b'\n', b'\r', hay)
        };
        match found {
            Some(i) => {
                let end = start + i;
                let mut next = end + 1;
                if self.bytes[end] == b'\r'
                    && self.bytes.get(next) == Some(&b'\n')
                    && next < self.to
                {
                    next += 1;
                }
                self.pos = next;
                Some(Line { start, end })
            }
            None => {
                self.pos = self.to;
                Some(Line {
                    start,
                    end: self.to,
                })
            }
        }
    }
}

/// True for what may pad lines: ASCII blanks, NBSP, the other Unicode
/// spaces `char::is_whitespace` knows, and the invisible characters of
/// [`crate::space`].
#[cfg(test)]
pub(crate) fn is_blank(s: &str) -> bool {
    is_blank_line(
        s,
        Line {
            start: 0,
            end: s.len(),
        },
    )
}

/// `is_blank` (a test's definition) for the line `line` of `input`, read as bytes: the line is
/// sliced as text (with its char-boundary checks) only when a byte outside
/// ASCII leads it.
#[inline]
pub(crate) fn is_blank_line(input: &str, line: Line) -> bool {
    // Most lines open with a letter, or with an indent and then one: an
    // ASCII byte that is not white space settles it without decoding chars.
    let bytes = &input.as_bytes()[line.start..line.end];
    match bytes
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | 0x0b | 0x0c))
    {
        None => true,
        Some(i) if bytes[i].is_ascii() && !bytes[i].is_ascii_whitespace() => false,
        Some(_) => crate::space::is_blank(&input[line.start..line.end]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines() {
        for s in [
            "",
            " ",
            "\t \u{b}\u{c}",
            "\u{a0}",
            " \u{3000}\t",
            "\r",
            " \n ",
            "\u{200b}",
            " \u{feff}\u{2060} ",
        ] {
            assert!(is_blank(s), "{s:?}");
        }
        for s in [
            "a",
            "    The",
            " \u{a0}x",
            "\u{1c}",
            "é",
            " \r.",
            "\u{200b}x",
        ] {
            assert!(!is_blank(s), "{s:?}");
        }
    }

    #[test]
    fn terminators() {
        let s = "a\r\nb\rc\n\nd";
        let v: Vec<&str> = Lines::new(s, 0, s.len())
            .map(|l| &s[l.start..l.end])
            .collect();
        assert_eq!(v, ["a", "b", "c", "", "d"]);
    }
}
