//! Byte tests on eight bytes at once, read as one little-endian `u64`, for
//! scanners that would otherwise branch on every byte. Each test works on
//! the seven low bits of each byte, so no carry crosses into the next one,
//! and marks a byte that passes by setting its high bit. Non-ASCII bytes
//! never pass.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
