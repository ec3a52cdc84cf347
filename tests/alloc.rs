//! The allocation budget: parsing allocates a small constant number of
//! blocks plus O(paragraphs + quotes), and never a copy of the text.
//!
//! A counting global allocator records, per thread, how many blocks were
//! allocated, how many bytes in all, and the largest block. Tests run on
//! several threads at once; per-thread counters keep them apart.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Forwards to the system allocator and counts on the calling thread.
struct Counting;

#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    allocs: usize,
    bytes: usize,
    largest: usize,
}

thread_local! {
    // `const` initialization: no lazy setup, so no allocation from inside
    // the allocator.
    static COUNTS: Cell<Counts> = const {
        Cell::new(Counts { allocs: 0, bytes: 0, largest: 0 })
    };
}

fn record(size: usize) {
    // `try_with`: the slot is gone while the thread shuts down.
    let _ = COUNTS.try_with(|c| {
        let mut n = c.get();
        n.allocs += 1;
        n.bytes += size;
        n.largest = n.largest.max(size);
        c.set(n);
    });
}

// SAFETY: every method forwards its arguments unchanged to `System`, which
// upholds the `GlobalAlloc` contract; counting touches only a thread-local
// `Cell` and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: same layout as our caller gave us.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record(new_size);
        // SAFETY: `ptr` came from `System` through this allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through this allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns what it allocated on this thread.
fn counted<T>(f: impl FnOnce() -> T) -> (T, Counts) {
    COUNTS.with(|c| c.set(Counts::default()));
    let out = f();
    (out, COUNTS.with(Cell::get))
}

/// The facts about one parse that the budget is stated in.
struct Parsed {
    input_len: usize,
    paragraphs: usize,
    quotes: usize,
    counts: Counts,
}

fn parse(text: &str) -> Parsed {
    // The default parser is built once per process; build it before counting.
    newsparse::parse("Warm up\n\nThe parser is built on first use.").unwrap();
    let (article, counts) = counted(|| newsparse::parse(text).unwrap());
    Parsed {
        input_len: text.len(),
        paragraphs: article.paragraphs.len(),
        quotes: article.quotes.len(),
        counts,
    }
}

/// A wire article: headline, dateline, then `paragraphs` paragraphs of about
/// `para_len` bytes, every third one opening with an attributed quote.
fn article(paragraphs: usize, para_len: usize, sep: &str) -> String {
    const NAMES: [&str; 4] = ["Maria Zakharova", "John Smith", "Ana Lopez", "Wei Chen"];
    const FILL: [&str; 8] = [
        "officials",
        "said",
        "the",
        "talks",
        "would",
        "continue",
        "next",
        "week",
    ];
    let mut s = String::from("Minister to meet envoy on Wednesday (Reuters)\n");
    s.push_str("MOSCOW, Nov 3 (Reuters) - ");
    for p in 0..paragraphs {
        let start = s.len();
        if p % 3 == 1 {
            s.push_str("\"We will talk about the process,\" ");
            s.push_str(NAMES[p % NAMES.len()]);
            s.push_str(" told reporters. ");
        }
        // Distinct paragraphs (the number), so dedup keeps them all.
        s.push_str(&format!("Paragraph {p} says"));
        let mut w = p;
        while s.len() - start < para_len {
            s.push(' ');
            s.push_str(FILL[w % FILL.len()]);
            w = w.wrapping_mul(31).wrapping_add(7);
        }
        s.push('.');
        s.push_str(sep);
    }
    s
}

/// Like [`article`], but each paragraph is one quoted run of `para_len`
/// bytes with no space in it, then its attribution. The quote pass keeps a
/// scratch list of a paragraph's words, which grows with the number of
/// words; with one long word that list stays small, so any large block is a
/// copy of text.
fn long_word_article(paragraphs: usize, para_len: usize, sep: &str) -> String {
    let mut s = String::from("Minister to meet envoy on Wednesday (Reuters)\n");
    s.push_str("MOSCOW, Nov 3 (Reuters) - ");
    for p in 0..paragraphs {
        s.push('"');
        s.push_str(&format!("p{p}-"));
        s.push_str(&"x".repeat(para_len));
        s.push_str(",\" Maria Zakharova told reporters.");
        s.push_str(sep);
    }
    s
}

/// A generous constant for the fixed allocations (the paragraph, quote and
/// removal lists, pass scratch tables) and per paragraph or quote.
const BASE: usize = 32;
const PER_ITEM: usize = 4;

fn assert_within_budget(p: &Parsed, what: &str) {
    let budget = BASE + PER_ITEM * (p.paragraphs + p.quotes);
    assert!(
        p.counts.allocs <= budget,
        "{what}: {} allocations for {} paragraphs and {} quotes (budget {budget})",
        p.counts.allocs,
        p.paragraphs,
        p.quotes
    );
}

#[test]
fn allocations_are_bounded_by_paragraphs_and_quotes() {
    for n in [1, 3, 10, 100, 1000] {
        for sep in ["\n\n", "\n", "\r\n\r\n"] {
            let text = article(n, 300, sep);
            let p = parse(&text);
            assert_eq!(p.paragraphs, n, "every generated paragraph is kept");
            eprintln!(
                "{n:>5} paragraphs {sep:?}: {} allocations, {} bytes, largest {}",
                p.counts.allocs, p.counts.bytes, p.counts.largest
            );
            assert_within_budget(&p, &format!("{n} paragraphs, {sep:?}"));
        }
    }
}

#[test]
fn allocation_count_does_not_grow_with_paragraph_length() {
    for sep in ["\n\n", "\n"] {
        let short = parse(&article(30, 200, sep));
        let long = parse(&article(30, 20_000, sep));
        assert_eq!(short.paragraphs, long.paragraphs);
        assert_eq!(short.quotes, long.quotes);
        eprintln!(
            "{sep:?}: 30 x 200 B: {} allocations; 30 x 20 kB: {} allocations",
            short.counts.allocs, long.counts.allocs
        );
        // Growable scratch may need a doubling more for longer text; a copy
        // per paragraph or line would cost at least one per paragraph.
        assert!(
            long.counts.allocs <= short.counts.allocs + 2,
            "{sep:?}: {} allocations for long paragraphs, {} for short",
            long.counts.allocs,
            short.counts.allocs
        );
    }
}

#[test]
fn no_allocation_copies_article_text() {
    // 4 MB in 16 paragraphs of 256 kB: any copy of a paragraph would be an
    // allocation of at least 256 kB, while the lists of paragraphs and
    // quotes stay far smaller than one paragraph.
    let para_len = 256 << 10;
    assert_within_budget(&parse(&article(16, para_len, "\n\n")), "4 MB of words");
    let text = long_word_article(16, para_len, "\n\n");
    let p = parse(&text);
    eprintln!(
        "{} bytes in: {} allocations, {} bytes allocated, largest {}",
        p.input_len, p.counts.allocs, p.counts.bytes, p.counts.largest
    );
    assert_eq!(p.paragraphs, 16);
    assert_within_budget(&p, "4 MB article");
    assert!(
        p.counts.largest < para_len / 4,
        "largest allocation {} bytes for {para_len}-byte paragraphs",
        p.counts.largest
    );
    assert!(
        p.counts.bytes < p.input_len / 64,
        "{} bytes allocated for {} bytes of input",
        p.counts.bytes,
        p.input_len
    );
}

#[test]
fn bytes_and_structure_entry_points_do_not_copy() {
    let para_len = 64 << 10;
    let text = long_word_article(20, para_len, "\n");
    newsparse::structure("Warm up\n\nbody").unwrap();
    let (a, structure) = counted(|| newsparse::structure(&text).unwrap());
    assert_eq!(a.paragraphs.len(), 20);
    newsparse::parse_bytes(b"Warm up\n\nbody").unwrap();
    let (b, bytes) = counted(|| newsparse::parse_bytes(text.as_bytes()).unwrap());
    assert_eq!(b.paragraphs.len(), 20);
    eprintln!("structure: {structure:?}; parse_bytes: {bytes:?}");
    for (what, c) in [("structure", structure), ("parse_bytes", bytes)] {
        assert!(
            c.largest < para_len / 2 && c.bytes < text.len() / 16,
            "{what}: {c:?} for {} bytes",
            text.len()
        );
    }
    // The grammar alone allocates only its lists: a handful of blocks that
    // grow by doubling, not one per paragraph.
    assert!(
        structure.allocs <= 16,
        "structure: {} allocations for 20 paragraphs",
        structure.allocs
    );
}

#[test]
fn passes_over_a_group_keep_each_article_within_its_budget() {
    let grammar = newsparse::Parser::structure_only();
    let parser = newsparse::Parser::new();
    let texts: Vec<String> = (0..70)
        .map(|k| match k % 3 {
            0 => article(1 + k % 11 * 5, 300, "\n\n"),
            1 => article(2, 200, "\n"),
            _ => long_word_article(4, 16 << 10, "\n\n"),
        })
        .collect();
    let group = || -> Vec<newsparse::Article<'_>> {
        texts.iter().map(|t| grammar.parse(t).unwrap()).collect()
    };
    // The pass keeps per-thread lists for a group: the first group fills them.
    parser.run_passes(&mut group());
    let mut articles = group();
    let ((), c) = counted(|| parser.run_passes(&mut articles));
    let items: usize = articles
        .iter()
        .map(|a| a.paragraphs.len() + a.quotes.len())
        .sum();
    let budget = BASE * articles.len() + PER_ITEM * items;
    eprintln!(
        "{} articles, {items} paragraphs and quotes: {c:?} (budget {budget})",
        articles.len()
    );
    assert!(c.allocs <= budget, "{c:?}: budget {budget}");
    // A copy of one of the 16 kB paragraphs would be the largest block.
    assert!(
        c.largest < 4 << 10,
        "largest allocation {} bytes",
        c.largest
    );
}
