//! The hasher behind the quote pass's word maps (names by surname, words
//! seen mid-sentence). Keys are short words, hashed a few times per name:
//! SipHash's fixed cost dominated there. This one folds eight bytes per
//! multiply. It is seeded at random per map, so that text crafted to
//! collide in one process does not collide in another.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::{BuildHasher, Hasher};

/// A `HashMap` keyed by words.
pub(crate) type WordMap<K, V> = HashMap<K, V, WordState>;
/// A `HashSet` of words (the capitalized words seen mid-sentence, read
/// whole for a text asked about many).
pub(crate) type WordSet<K> = HashSet<K, WordState>;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Builds [`WordHasher`]s that share one random seed.
#[derive(Clone, Debug)]
pub(crate) struct WordState {
    seed: u64,
}

impl Default for WordState {
    fn default() -> Self {
        WordState {
            seed: RandomState::new().hash_one(0x5EED_u64),
        }
    }
}

impl BuildHasher for WordState {
    type Hasher = WordHasher;
    fn build_hasher(&self) -> WordHasher {
        WordHasher { h: self.seed }
    }
}

/// Multiply-rotate over eight-byte words.
#[derive(Clone, Debug)]
pub(crate) struct WordHasher {
    h: u64,
}

impl WordHasher {
    #[inline]
    fn mix(&mut self, x: u64) {
        self.h = (self.h ^ x).wrapping_mul(K).rotate_left(29);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.mix(u64::from_le_bytes(a));
        }
        let r = chunks.remainder();
        if !r.is_empty() {
            let mut a = [0u8; 8];
            a[..r.len()].copy_from_slice(r);
            // The length keeps `ab` and `ab\0` apart.
            self.mix(u64::from_le_bytes(a) ^ ((r.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.mix(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Tables index by the low bits and tag by the high ones: fold each
        // into the other.
        let h = self.h.wrapping_mul(K);
        h ^ (h >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_words_hash_equal_and_maps_work() {
        let s = WordState::default();
        assert_eq!(s.hash_one("Zakharova"), s.hash_one("Zakharova"));
        assert_ne!(s.hash_one("ab"), s.hash_one("ab\0"));
        let mut m: WordMap<&str, usize> = WordMap::default();
        for (k, w) in ["a", "b", "Lavrov", "Sergei Lavrov", "a"]
            .iter()
            .enumerate()
        {
            m.insert(w, k);
        }
        assert_eq!((m.len(), m["a"], m["Lavrov"]), (4, 4, 2));
    }
}
