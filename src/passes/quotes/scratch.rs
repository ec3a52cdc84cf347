//! The pass's per-article lists, kept from article to article on each
//! thread: their buffers are allocated once per thread, not allocated and
//! regrown by doubling for every article.

use super::scan::Candidates;
use super::tokens::{Mark, Tok};
use super::Attributed;
use std::cell::Cell;

/// A list this long or longer is dropped rather than kept: one huge article
/// does not pin its memory for the rest of the thread's life.
const KEEP_MAX: usize = 1 << 14;

/// Lists with no borrowed data; all are empty when handed out.
#[derive(Default)]
pub(super) struct Scratch {
    pub att: Attributed,
    pub toks: Vec<Tok>,
    pub marks: Vec<Mark>,
    pub prev_att: Vec<Option<usize>>,
    pub next_att: Vec<Option<usize>>,
    pub run_len: Vec<usize>,
}

thread_local! {
    static KEPT: Cell<Scratch> = Cell::new(Scratch::default());
    /// Kept apart from [`Scratch`]: in it, they made the struct too large
    /// to move without a call to `memcpy`.
    static CANDIDATES: Cell<Candidates> = Cell::new(Candidates::default());
    /// A group's lists for [`Pass::run_all`](crate::Pass::run_all).
    static GROUP: Cell<Vec<Attributed>> = const { Cell::new(Vec::new()) };
}

/// Empties `v`, or drops it for a new one when it grew huge.
pub(super) fn keep<T>(v: &mut Vec<T>) {
    if v.capacity() >= KEEP_MAX {
        *v = Vec::new();
    }
    v.clear();
}

/// This thread's lists for a group of articles (as many as the last group
/// had; the caller adds more).
pub(super) fn take_attributed() -> Vec<Attributed> {
    GROUP.take()
}

/// Keeps a group's lists for this thread's next group.
pub(super) fn give_attributed(mut group: Vec<Attributed>) {
    group.iter_mut().for_each(Attributed::keep);
    GROUP.set(group);
}

/// This thread's [`Candidates`] lists.
pub(super) fn take_candidates() -> Candidates {
    CANDIDATES.take()
}

/// Keeps the lists for this thread's next article.
pub(super) fn give_candidates(mut c: Candidates) {
    c.keep(keep);
    CANDIDATES.set(c);
}

impl Scratch {
    /// This thread's lists (new ones when they are out already).
    pub(super) fn take() -> Scratch {
        KEPT.take()
    }

    /// Keeps the lists for this thread's next article.
    pub(super) fn give(mut self) {
        self.att.keep();
        keep(&mut self.toks);
        keep(&mut self.marks);
        keep(&mut self.prev_att);
        keep(&mut self.next_att);
        keep(&mut self.run_len);
        KEPT.set(self);
    }
}
