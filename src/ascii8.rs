//! Byte tests on eight bytes at once, read as one little-endian `u64`, for
//! scanners that would otherwise branch on every byte. Each test works on
//! the seven low bits of each byte, so no carry crosses into the next one,
//! and marks a byte that passes by setting its high bit. Non-ASCII bytes
//! never pass. The letter-and-digit run scanners, forward and backward,
//! live here too, beside the test they are built on, and [`Block`], the
//! same test over 64 bytes at once for a scanner that asks it at every
//! word.

/// The table of the bytes in `set`: one lookup where a `matches!` on a
/// few bytes compiles to compares and branches, or to a jump table.
pub(crate) const fn byte_set(set: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < set.len() {
        t[set[i] as usize] = true;
        i += 1;
    }
    t
}

/// ASCII whitespace as `char::is_whitespace` has it (vertical tab
/// included, unlike `u8::is_ascii_whitespace`): the byte walks that skip
/// whitespace on ASCII and ask `char` methods elsewhere agree with them.
#[inline(always)]
pub(crate) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// 0x01 in every byte.
pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
/// 0x80 in every byte: the mark bits.
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` from `at` (which must leave eight).
#[inline]
pub(crate) fn load(bytes: &[u8], at: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(a)
}

/// The ASCII capitals: seven low bits plus 0x3F reach 0x80 from `A` up,
/// plus 0x25 from `[` up.
#[inline]
pub(crate) const fn capitals(x: u64) -> u64 {
    let y = x & !HI;
    (y + 0x3F * LO) & !(y + 0x25 * LO) & !x & HI
}

/// The ASCII letters and digits: a letter once case-folded (`a` to `z`),
/// or `0` to `9`.
#[inline]
pub(crate) const fn alnums(x: u64) -> u64 {
    let y = x & !HI;
    let l = y | (0x20 * LO);
    let alpha = (l + 0x1F * LO) & !(l + 0x05 * LO);
    let digit = (y + 0x50 * LO) & !(y + 0x46 * LO);
    (alpha | digit) & !x & HI
}

/// The index of the first marked byte of a nonzero mask.
#[inline]
pub(crate) fn first(mask: u64) -> usize {
    mask.trailing_zeros() as usize / 8
}

/// The end of the run of ASCII letters and digits starting at `i`,
/// eight bytes a step: the words being short, a byte loop spent most of
/// its time on branches that end it.
#[inline]
pub(crate) fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    while i + 8 <= bytes.len() {
        let stop = !alnums(load(bytes, i)) & HI;
        if stop != 0 {
            return i + first(stop);
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The start of the run of ASCII letters and digits that ends at `end`,
/// eight bytes a step.
#[inline]
pub(crate) fn alnum_run_start(b: &[u8], end: usize) -> usize {
    let mut k = end;
    while k >= 8 {
        let stop = !alnums(load(b, k - 8)) & HI;
        if stop != 0 {
            // The last byte that is not a letter or digit.
            return k - 8 + (7 - stop.leading_zeros() as usize / 8) + 1;
        }
        k -= 8;
    }
    while k > 0 && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    k
}

/// The ASCII whitespace bytes of [`is_space`]: a space, or 0x09 to 0x0D.
#[inline]
pub(crate) const fn spaces(x: u64) -> u64 {
    let y = x & !HI;
    let blank = !((y ^ (0x20 * LO)) + 0x7F * LO);
    let control = (y + 0x77 * LO) & !(y + 0x72 * LO);
    (blank | control) & !x & HI
}

/// The start of the run of bytes other than whitespace that ends at
/// `end`, eight bytes a step: words are walked back over a few at a time,
/// and a byte loop mispredicted the end of each.
#[inline]
pub(crate) fn word_run_start(b: &[u8], end: usize) -> usize {
    let mut k = end;
    while k >= 8 {
        let space = spaces(load(b, k - 8));
        if space != 0 {
            // The last whitespace byte.
            return k - 8 + (7 - space.leading_zeros() as usize / 8) + 1;
        }
        k -= 8;
    }
    while k > 0 && !is_space(b[k - 1]) {
        k -= 1;
    }
    k
}

/// Which of 64 bytes of a text are not ASCII letters or digits, a byte
/// flag each, for a scanner that asks for the end of many short runs in a
/// row (words): the flags cost one vectorized pass per 64 bytes instead of
/// an eight-byte test per run.
pub(crate) struct Block {
    /// The text's offset of the first byte.
    at: usize,
    /// 1 for a byte that is not a letter or digit, then a flag for the
    /// text's end (1 when the block ends there) and seven zeros, so that
    /// any eight flags from a byte of the block can be read as one `u64`.
    stop: [u8; 72],
}

impl Default for Block {
    /// A block that holds no byte: the first question fills it.
    fn default() -> Block {
        Block {
            at: usize::MAX / 2,
            stop: [0; 72],
        }
    }
}

impl Block {
    /// The flags of the 64 bytes of `bytes` from `at`, or of its last 64
    /// (the block then starts before `at`); of all of it, and as many
    /// bytes past its end as stop flags, when it is shorter.
    #[inline]
    fn fill(&mut self, bytes: &[u8], at: usize) {
        let (at, chunk) = match bytes.get(at..at + 64) {
            Some(c) => (at, c),
            None if bytes.len() >= 64 => (bytes.len() - 64, &bytes[bytes.len() - 64..]),
            None => {
                let mut tail = [0u8; 64];
                tail[..bytes.len()].copy_from_slice(bytes);
                self.flag(&tail);
                self.at = 0;
                return;
            }
        };
        self.at = at;
        let mut c = [0u8; 64];
        c.copy_from_slice(chunk);
        self.flag(&c);
        self.stop[64] = u8::from(at + 64 == bytes.len());
    }

    #[inline(always)]
    fn flag(&mut self, chunk: &[u8; 64]) {
        for (f, &b) in self.stop.iter_mut().zip(chunk) {
            *f = u8::from(!b.is_ascii_alphanumeric());
        }
    }

    /// [`alnum_run_end`] of `bytes[..limit]` from `k` (at most `limit`),
    /// with blocks moving forward: `k` is past the start of the last one
    /// asked of the same `bytes`.
    #[inline(always)]
    pub(crate) fn run_end(&mut self, bytes: &[u8], mut k: usize, limit: usize) -> usize {
        loop {
            let r = k.wrapping_sub(self.at);
            if r >= 64 {
                if k >= bytes.len() {
                    return k.min(limit);
                }
                self.fill(bytes, k);
                continue;
            }
            let mut w = [0u8; 8];
            w.copy_from_slice(&self.stop[r..r + 8]);
            let m = u64::from_le_bytes(w);
            if m != 0 {
                return (k + m.trailing_zeros() as usize / 8).min(limit);
            }
            k = self.at + (r + 8).min(64);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_set_holds_its_bytes_only() {
        for set in [&b""[..], b"-'.&", b",;:\"\n\xE2", b"\x00\xFF"] {
            let t = byte_set(set);
            for b in 0..=255u8 {
                assert_eq!(t[b as usize], set.contains(&b), "{set:?} {b}");
            }
        }
    }

    #[test]
    fn is_space_is_char_whitespace_on_ascii() {
        for b in 0u8..128 {
            assert_eq!(is_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
        assert!((128u8..=255).all(|b| !is_space(b)));
    }

    /// Every byte value, in every lane, against the byte-at-a-time tests.
    #[test]
    fn masks_agree_with_byte_tests() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x =
                    (u64::from(b) << (8 * lane)) | ((u64::from(b'~') * LO) & !(0xFF << (8 * lane)));
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(capitals(x) & bit != 0, b.is_ascii_uppercase(), "{b:#x}");
                assert_eq!(alnums(x) & bit != 0, b.is_ascii_alphanumeric(), "{b:#x}");
            }
        }
        assert_eq!(first(capitals(load(b"abcDefgh", 0))), 3);
    }

    #[test]
    fn alnum_runs_end_where_a_byte_loop_ends_them() {
        let text: Vec<u8> = (0u8..=255).chain(b"abcXYZ019".iter().copied()).collect();
        for start in 0..text.len() {
            for end in start..text.len().min(start + 24) {
                let b = &text[..end];
                let slow = (start..end)
                    .find(|&k| !b[k].is_ascii_alphanumeric())
                    .unwrap_or(end);
                assert_eq!(alnum_run_end(b, start), slow, "{start}..{end}");
            }
        }
        let s = b"Washington0123456789abcdefghijklmnopqrstuvwxyz@";
        assert_eq!(alnum_run_end(s, 0), s.len() - 1);
    }

    #[test]
    fn word_runs_start_where_a_byte_loop_starts_them() {
        let text: Vec<u8> = (0u8..=255)
            .chain(*b"abc \t\x0b\x0c\r\n x abcdefghijklmnopq\xc2\xa0 z")
            .collect();
        for end in 0..=text.len() {
            let mut k = end;
            while k > 0 && !is_space(text[k - 1]) {
                k -= 1;
            }
            assert_eq!(word_run_start(&text, end), k, "{end}");
        }
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x =
                    (u64::from(b) << (8 * lane)) | ((u64::from(b'~') * LO) & !(0xFF << (8 * lane)));
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(spaces(x) & bit != 0, is_space(b), "{b:#x}");
            }
        }
    }

    #[test]
    fn alnum_runs_start_where_a_byte_loop_starts_them() {
        let text: Vec<u8> = (0u8..=255)
            .chain(*b"abcXYZ019 x abcdefghijklmnopq")
            .collect();
        for end in 0..=text.len() {
            let mut k = end;
            while k > 0 && text[k - 1].is_ascii_alphanumeric() {
                k -= 1;
            }
            assert_eq!(alnum_run_start(&text, end), k, "{end}");
        }
    }

    /// Texts of every length up to past two blocks, of letters, digits,
    /// spaces, punctuation and UTF-8 bytes mixed in long and short runs.
    fn texts() -> Vec<Vec<u8>> {
        let alphabet: &[u8] = b"aZ09 .,-'\"\n\t@[`{/:\x7f\xc3\xa9\xe2\x80\x9c";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut out = Vec::new();
        for len in 0..150 {
            for _ in 0..3 {
                let mut t = Vec::with_capacity(len);
                while t.len() < len {
                    let b = alphabet[next() as usize % alphabet.len()];
                    // Runs of a letter as long as a block, now and then.
                    let run = if next() % 8 == 0 {
                        next() as usize % 70
                    } else {
                        1
                    };
                    t.extend(std::iter::repeat(b).take(run.min(len - t.len())));
                }
                out.push(t);
            }
        }
        out
    }

    #[test]
    fn block_runs_end_where_the_eight_byte_scan_ends_them() {
        for t in texts() {
            for limit in 0..=t.len() {
                // Every start, ascending, through one block.
                let mut block = Block::default();
                for k in 0..=limit {
                    let want = alnum_run_end(&t[..limit], k);
                    assert_eq!(block.run_end(&t, k, limit), want, "{t:?} {k} {limit}");
                }
            }
            // Starts that skip ahead, with limits that grow, as segments
            // between quotes ask.
            let mut block = Block::default();
            let (mut k, mut limit) = (0, t.len() / 3);
            while k <= t.len() {
                limit = limit.max(k);
                let want = alnum_run_end(&t[..limit], k);
                assert_eq!(block.run_end(&t, k, limit), want, "{t:?} {k} {limit}");
                k += 1 + k % 29;
                limit += k % 5;
                limit = limit.min(t.len());
            }
        }
    }
}
