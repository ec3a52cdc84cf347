//! Byte tests on eight bytes at once, read as one little-endian `u64`, for
//! scanners that would otherwise branch on every byte. Each test works on
//! the seven low bits of each byte, so no carry crosses into the next one,
//! and marks a byte that passes by setting its high bit. Non-ASCII bytes
//! never pass. The letter-and-digit run scanners, forward and backward,
//! live here too, beside the test they are built on.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
