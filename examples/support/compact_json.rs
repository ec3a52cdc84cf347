//! The batch tool's JSON writer: one article record, written straight into
//! a `Vec<u8>`, byte for byte what `serde_json::to_writer` writes for the
//! article's `Serialize` impls with an `id` field flattened in front.
//!
//! The batch output is mostly article text and span numbers. Going through
//! serde cost a call and a state check per field and per number, more than
//! writing the bytes themselves; here every key and bracket is a constant
//! copy, numbers are formatted two digits at a time, and strings are scanned
//! for bytes to escape a block at a time. The contract still lives in the
//! `Serialize` impls: `tests/compact_json.rs` checks this writer against
//! serde_json over the sample, odd texts, random texts and the corpus.

use newsparse::{Article, Dateline, Quote, Removed, Span, Speaker, Text, Via};

/// Appends `{"id":ID,...the article's fields...}` to `out`, exactly as
/// `serde_json::to_writer` writes a struct of `id` and a flattened article.
pub fn write_record(out: &mut Vec<u8>, id: &str, a: &Article<'_>) {
    // The record is mostly the input twice over (paragraphs and quotes):
    // one reservation serves most articles.
    out.reserve(2 * a.input.len() + 256);
    out.extend_from_slice(b"{\"id\":");
    write_str(out, id);
    out.extend_from_slice(b",\"headline\":");
    write_opt_text(out, a.headline.as_ref());
    out.extend_from_slice(b",\"source\":");
    write_opt_text(out, a.source.as_ref());
    out.extend_from_slice(b",\"dateline\":");
    match &a.dateline {
        Some(d) => write_dateline(out, d),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"paragraphs\":[");
    write_list(out, &a.paragraphs, write_text);
    out.extend_from_slice(b"],\"quotes\":[");
    write_list(out, &a.quotes, write_quote);
    out.extend_from_slice(b"],\"removed\":[");
    write_list(out, &a.removed, write_removed);
    out.push(b']');
    write_span_between(out, b",\"body_span\":", a.body, b"}");
}

/// The items of a JSON array, comma-separated (the brackets are the
/// caller's, written with the keys around them).
fn write_list<T>(out: &mut Vec<u8>, items: &[T], write: impl Fn(&mut Vec<u8>, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
}

fn write_dateline(out: &mut Vec<u8>, d: &Dateline<'_>) {
    out.extend_from_slice(b"{\"text\":");
    write_str(out, d.text);
    write_span_between(out, b",\"span\":", d.span, b",\"place\":");
    write_opt_str(out, d.place.map(|p| p.text));
    out.extend_from_slice(b",\"date\":");
    write_opt_str(out, d.date.map(|p| p.text));
    out.extend_from_slice(b",\"place_span\":");
    write_opt_span(out, d.place.map(|p| p.span));
    out.extend_from_slice(b",\"date_span\":");
    write_opt_span(out, d.date.map(|p| p.span));
    out.push(b'}');
}

fn write_quote(out: &mut Vec<u8>, q: &Quote<'_>) {
    out.extend_from_slice(b"{\"text\":\"");
    write_unquoted(out, q.text);
    write_span_between(out, b"\",\"span\":", q.span, b",\"paragraph\":");
    write_u64(out, q.paragraph as u64);
    out.extend_from_slice(b",\"speaker\":");
    match &q.speaker {
        Some(s) => write_speaker(out, s),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"cue\":");
    write_opt_text(out, q.cue.as_ref());
    if let Some(to) = &q.to {
        out.extend_from_slice(b",\"to\":");
        write_str(out, to.text);
    }
    out.push(b'}');
}

fn write_speaker(out: &mut Vec<u8>, s: &Speaker<'_>) {
    out.extend_from_slice(b"{\"name\":");
    write_str(out, s.name.text);
    out.extend_from_slice(b",\"role\":");
    write_opt_str(out, s.role.map(|r| r.text));
    out.extend_from_slice(b",\"mention\":");
    write_text(out, &s.mention);
    out.extend_from_slice(b",\"via\":");
    write_via(out, s.via);
    write_span_between(out, b",\"name_span\":", s.name.span, b",\"role_span\":");
    write_opt_span(out, s.role.map(|r| r.span));
    out.push(b'}');
}

fn write_via(out: &mut Vec<u8>, via: Via) {
    let name: &[u8] = match via {
        Via::Name => b"\"name\"",
        Via::Pronoun => b"\"pronoun\"",
        Via::Continuation => b"\"continuation\"",
        Via::Description => b"\"description\"",
        // A variant added later: its name as its `Serialize` impl gives it.
        other => {
            let json = serde_json::to_vec(&other).unwrap_or_else(|_| b"null".to_vec());
            out.extend_from_slice(&json);
            return;
        }
    };
    out.extend_from_slice(name);
}

fn write_removed(out: &mut Vec<u8>, r: &Removed<'_>) {
    out.extend_from_slice(b"{\"reason\":");
    write_str(out, r.reason.as_str());
    write_span_between(out, b",\"span\":", r.span, b"");
    if let Some(of) = r.of {
        out.extend_from_slice(b",\"of\":");
        write_u64(out, of as u64);
    }
    if let Some(rule) = r.rule {
        out.extend_from_slice(b",\"rule\":");
        write_str(out, rule);
    }
    out.push(b'}');
}

fn write_opt_text(out: &mut Vec<u8>, t: Option<&Text<'_>>) {
    match t {
        Some(t) => write_text(out, t),
        None => out.extend_from_slice(b"null"),
    }
}

#[inline]
fn write_text(out: &mut Vec<u8>, t: &Text<'_>) {
    out.extend_from_slice(b"{\"text\":\"");
    write_unquoted(out, t.text);
    write_span_between(out, b"\",\"span\":", t.span, b"}");
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn write_opt_span(out: &mut Vec<u8>, s: Option<Span>) {
    match s {
        Some(s) => write_span(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

#[inline]
fn write_span(out: &mut Vec<u8>, s: Span) {
    write_span_between(out, b"", s, b"");
}

/// Writes `prefix`, the span, and `suffix` (constant keys and brackets
/// around it, at most 16 bytes each) in one copy of fixed size.
#[inline(always)]
fn write_span_between(out: &mut Vec<u8>, prefix: &[u8], s: Span, suffix: &[u8]) {
    let (Some((start, start_len)), Some((end, end_len))) =
        (digits8(s.start as u64), digits8(s.end as u64))
    else {
        out.extend_from_slice(prefix);
        out.extend_from_slice(b"{\"start\":");
        write_u64(out, s.start as u64);
        out.extend_from_slice(b",\"end\":");
        write_u64(out, s.end as u64);
        out.push(b'}');
        out.extend_from_slice(suffix);
        return;
    };
    const SIZE: usize = 72;
    let mut buf = [0u8; SIZE];
    let mut n = prefix.len();
    buf[..n].copy_from_slice(prefix);
    buf[n..n + 9].copy_from_slice(b"{\"start\":");
    n += 9;
    buf[n..n + 8].copy_from_slice(&start.to_le_bytes());
    n += start_len;
    buf[n..n + 7].copy_from_slice(b",\"end\":");
    n += 7;
    buf[n..n + 8].copy_from_slice(&end.to_le_bytes());
    n += end_len;
    buf[n] = b'}';
    n += 1;
    buf[n..n + suffix.len()].copy_from_slice(suffix);
    n += suffix.len();
    out.extend_from_slice(&buf);
    out.truncate(out.len() - (SIZE - n));
}

/// Writes `s` as a JSON string, escaping as serde_json does: `"`, `\` and
/// control characters; everything else, non-ASCII included, is copied.
fn write_str(out: &mut Vec<u8>, s: &str) {
    write_chars::<1>(out, s);
}

/// [`write_str`] without the quotation marks, which the caller writes with
/// the constant keys around the string (`{"text":"`, `","span":`): for a
/// long string, two writes of a byte fewer.
fn write_unquoted(out: &mut Vec<u8>, s: &str) {
    write_chars::<0>(out, s);
}

/// The characters of `s`, escaped, with `Q` quotation marks (one or none)
/// on either side.
#[inline(always)]
fn write_chars<const Q: usize>(out: &mut Vec<u8>, s: &str) {
    let mut rest = s.as_bytes();
    let done = match rest.len() {
        0..=8 => write_short::<Q>(out, rest),
        9..=16 => write_medium::<Q>(out, rest),
        _ => false,
    };
    if done {
        return;
    }
    out.reserve(rest.len() + 2);
    if Q == 1 {
        out.push(b'"');
    }
    loop {
        let clean = clean_len(rest);
        out.extend_from_slice(&rest[..clean]);
        let Some((&b, tail)) = rest[clean..].split_first() else {
            break;
        };
        write_escape(out, b);
        rest = tail;
    }
    if Q == 1 {
        out.push(b'"');
    }
}

/// Writes `bytes` (at most eight), quoted when `Q` is one, when none needs
/// an escape: the names, cues and mentions of quotes are mostly this
/// short, and go out as one word with no search and no call to `memcpy`.
/// False when an escape is needed, with nothing written.
#[inline]
fn write_short<const Q: usize>(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    const SPACES: u64 = u64::from_ne_bytes([b' '; 8]);
    let n = bytes.len();
    // The bytes in a word, spaces (which need no escape) after them: from
    // four bytes on, as two overlapping halves, with no loop.
    let word = if n >= 4 {
        let half = |at: usize| {
            u64::from(u32::from_le_bytes(
                bytes[at..at + 4].try_into().expect("4 bytes"),
            ))
        };
        let filled = u64::MAX >> (64 - 8 * n);
        half(0) | half(n - 4) << (8 * (n - 4)) | SPACES & !filled
    } else {
        let mut word = SPACES;
        for (i, &b) in bytes.iter().enumerate() {
            word = word & !(0xff << (8 * i)) | u64::from(b) << (8 * i);
        }
        word
    };
    if escape_mask(word) != 0 {
        return false;
    }
    let mut quoted = [b'"'; 10];
    quoted[Q..Q + 8].copy_from_slice(&word.to_le_bytes());
    quoted[Q + n] = b'"';
    out.extend_from_slice(&quoted[..8 + 2 * Q]);
    out.truncate(out.len() - (8 - n));
    true
}

/// [`write_short`] for nine to sixteen bytes (names, longer cues and
/// mentions): two words, the second ending where the bytes end, and one
/// copy of constant size.
#[inline]
fn write_medium<const Q: usize>(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let n = bytes.len();
    debug_assert!((9..=16).contains(&n));
    let (head, tail) = (word(&bytes[..8]), word(&bytes[n - 8..]));
    if escape_mask(head) | escape_mask(tail) != 0 {
        return false;
    }
    let mut quoted = [b'"'; 18];
    quoted[Q..Q + 8].copy_from_slice(&head.to_le_bytes());
    quoted[Q + n - 8..Q + n].copy_from_slice(&tail.to_le_bytes());
    quoted[Q + n] = b'"';
    out.extend_from_slice(&quoted[..16 + 2 * Q]);
    out.truncate(out.len() - (16 - n));
    true
}

/// How many bytes at the start of `bytes` need no escape.
///
/// Blocks of 32 bytes are tested with a fold that compiles to a few vector
/// compares, the tail of a long string as a last block; the block that
/// holds an escape, and the tail of a short string, are searched a word of
/// eight bytes at a time, where the lowest flagged byte is exact.
#[inline]
fn clean_len(bytes: &[u8]) -> usize {
    let len = bytes.len();
    let mut i = 0;
    while i + 32 <= len {
        if dirty(&bytes[i..i + 32]) {
            break;
        }
        i += 32;
    }
    // The tail of a long string as one more block, overlapping bytes
    // already found clean: most strings end with no escape there.
    if i < len && len >= 32 && i + 32 > len && !dirty(&bytes[len - 32..]) {
        return len;
    }
    while i + 8 <= len {
        let m = escape_mask(word(&bytes[i..i + 8]));
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    if i == len {
        return len;
    }
    if len >= 8 {
        // The last word overlaps bytes already found clean, which flag
        // nothing: its lowest flag, if any, is past them.
        let m = escape_mask(word(&bytes[len - 8..]));
        return if m == 0 {
            len
        } else {
            len - 8 + (m.trailing_zeros() / 8) as usize
        };
    }
    while i < len && !(bytes[i] < 0x20 || bytes[i] == b'"' || bytes[i] == b'\\') {
        i += 1;
    }
    i
}

/// Whether a block of 32 bytes holds a byte to escape.
#[inline(always)]
fn dirty(bytes: &[u8]) -> bool {
    let block: &[u8; 32] = bytes.try_into().expect("32 bytes");
    // No early exit inside a block: a fixed-size loop over an array.
    // Flipping bit 1 takes `"` (0x22) to 0x20 and the control bytes to
    // control bytes, and every other byte above 0x20: one compare finds
    // both, where testing for `"` alone took its own.
    block.iter().fold(0u8, |any, &b| {
        any | u8::from((b ^ 0x02) <= 0x20) | u8::from(b == b'\\')
    }) != 0
}

#[inline]
fn word(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().expect("8 bytes"))
}

/// The high bit of each byte of `w` (little-endian) that needs an escape.
/// Bits above the lowest one may be false alarms: only the lowest is used.
#[inline]
fn escape_mask(w: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    // Control bytes and `"` at once, with bit 1 flipped (see `dirty`).
    let flipped = w ^ (ONES * 0x02);
    let control_or_quote = flipped.wrapping_sub(ONES * 0x21) & !flipped & HIGH;
    control_or_quote | zero_byte(w ^ (ONES * u64::from(b'\\')))
}

/// Writes the escape of `b`: inline for `"` and `\`, almost all escapes in
/// news text (quotation marks), the rest out of line.
#[inline(always)]
fn write_escape(out: &mut Vec<u8>, b: u8) {
    if b == b'"' || b == b'\\' {
        out.extend_from_slice(&[b'\\', b]);
    } else {
        write_control(out, b);
    }
}

#[inline(never)]
fn write_control(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        _ => {
            let (hi, lo) = (HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]);
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', hi, lo]);
        }
    }
}

#[inline]
fn write_u64(out: &mut Vec<u8>, n: u64) {
    let Some((ascii, len)) = digits8(n) else {
        return write_large(out, n);
    };
    // A copy of constant size compiles to one store, where a copy of the
    // digits alone is a call to `memcpy`.
    out.extend_from_slice(&ascii.to_le_bytes());
    out.truncate(out.len() - (8 - len));
}

/// The two decimal digits of each number under 100, the tens first, as
/// digit values (not ASCII): a zero digit is a zero byte. Padded to 128
/// entries, so that an index masked to seven bits needs no bounds check.
const DIGIT_PAIRS: [[u8; 2]; 128] = {
    let mut t = [[0u8; 2]; 128];
    let mut k = 0;
    while k < 100 {
        t[k] = [(k / 10) as u8, (k % 10) as u8];
        k += 1;
    }
    t
};

/// The decimal digits of `n` in ASCII, most significant in the lowest byte
/// of the word, and how many there are; `None` from 10^8 on.
#[inline]
fn digits8(n: u64) -> Option<(u64, usize)> {
    if n < 10_000 {
        // Most offsets: two digits at a time from a table, for the two
        // halves of a four-digit number.
        let hundreds = (n * 5_243) >> 19;
        let pair = |k: u64| u64::from(u16::from_le_bytes(DIGIT_PAIRS[(k & 127) as usize]));
        let digits = pair(hundreds) | pair(n - hundreds * 100) << 16;
        let skip = (digits.trailing_zeros() / 8).min(3);
        let ascii = (digits >> (8 * skip)) | 0x3030_3030;
        return Some((ascii, 4 - skip as usize));
    }
    if n >= 100_000_000 {
        return None;
    }
    // The eight decimal digits of `n`, leading zeros included, one to a
    // byte of a word with the most significant digit in its lowest byte:
    // halves, quarters and eighths split by multiplying with reciprocals,
    // all lanes at once. Every step is exact for lanes under 10_000, 100
    // and 10 respectively.
    let halves = (n / 10_000) | ((n % 10_000) << 32);
    let hundreds = ((halves * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let quarters = hundreds | ((halves - hundreds * 100) << 16);
    let tens = ((quarters * 103) >> 10) & 0x000f_000f_000f_000f;
    let digits = tens | ((quarters - tens * 10) << 8);
    // Leading zeros are the low zero bytes; zero itself keeps one digit.
    let skip = (digits.trailing_zeros() / 8).min(7);
    let ascii = (digits >> (8 * skip)) | 0x3030_3030_3030_3030;
    Some((ascii, 8 - skip as usize))
}

/// Not an offset into any article this tool reads whole.
#[cold]
#[inline(never)]
fn write_large(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(n.to_string().as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let edges = (0..20).flat_map(|p| {
            let t = 10u64.pow(p);
            [t - 1, t, t + 1]
        });
        let all = (0..100_000)
            .chain((0..2_000).map(|k| k * 49_999 + 7))
            .chain(edges);
        for n in all.chain([u64::MAX]) {
            let mut out = b"x".to_vec();
            write_u64(&mut out, n);
            assert_eq!(&out[1..], n.to_string().as_bytes(), "{n}");
        }
    }

    /// Every byte, at every place of a block and a word, among neighbours
    /// that could carry or borrow into it: `dirty` flags exactly the blocks
    /// that hold a byte to escape, and `escape_mask`'s lowest flag is the
    /// first such byte of a word.
    #[test]
    fn escape_tests() {
        let needs = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        for b in 0..=255u8 {
            for fill in [b' ', b'!', b'#', b'a', 0x7f, 0x80, 0xff] {
                for at in 0..32 {
                    let mut block = [fill; 32];
                    block[at] = b;
                    assert_eq!(dirty(&block), needs(b), "{b:#x} at {at} among {fill:#x}");
                }
                for at in 0..8 {
                    for later in [fill, 0x00, b'"', b'\\'] {
                        let mut w = [fill; 8];
                        w[at + 1..].fill(later);
                        w[at] = b;
                        let first = w.iter().position(|&c| needs(c));
                        let m = escape_mask(word(&w));
                        let lowest = (m != 0).then(|| (m.trailing_zeros() / 8) as usize);
                        assert_eq!(lowest, first, "{w:x?}");
                    }
                }
            }
        }
    }

    /// Every length up to past two blocks, clean and with an escape or a
    /// char outside ASCII at each place: the short, medium, word and block
    /// paths and their edges.
    #[test]
    fn string_lengths() {
        for n in 0..=70 {
            let clean: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            let mut cases = vec![clean.clone()];
            for at in 0..n {
                for odd in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "é", " "] {
                    let mut s = clean.clone();
                    s.replace_range(at..at + 1, odd);
                    cases.push(s);
                }
            }
            for s in cases {
                let want = serde_json::to_vec(&s).unwrap();
                let mut out = b"x".to_vec();
                write_str(&mut out, &s);
                assert_eq!(&out[1..], want, "{s:?}");
                let mut out = b"x\"".to_vec();
                write_unquoted(&mut out, &s);
                out.push(b'"');
                assert_eq!(&out[1..], want, "unquoted {s:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn strings(s in "(\\PC|[\\x00-\\x1f\"\\\\\u{7f}]){0,100}") {
            let want = serde_json::to_vec(&s).unwrap();
            let mut out = Vec::new();
            write_str(&mut out, &s);
            proptest::prop_assert_eq!(&out, &want);
            let mut out = b"\"".to_vec();
            write_unquoted(&mut out, &s);
            out.push(b'"');
            proptest::prop_assert_eq!(out, want);
        }
    }
}
