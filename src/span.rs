//! Byte spans and the borrowed text slices that carry them.

use serde::Serialize;
use std::ops::Range;

/// A half-open range of **byte** offsets into the original input.
///
/// `input[span.start..span.end]` is always on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span as a `Range<usize>`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A slice of the input together with where it came from.
///
/// Invariant: `text == &input[span.range()]` for the input it was parsed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Text<'a> {
    /// The borrowed text.
    pub text: &'a str,
    /// Its byte span in the input.
    pub span: Span,
}

impl<'a> Text<'a> {
    /// Slices `input[span]`.
    ///
    /// # Panics
    /// When the span is out of bounds or not on char boundaries; the
    /// crate only builds spans it has checked.
    #[inline]
    pub fn slice(input: &'a str, span: Span) -> Self {
        Text {
            text: &input[span.range()],
            span,
        }
    }

    /// Builds a `Text` for a sub-slice `part` of `input`, computing its span
    /// from the pointers. `part` must be borrowed from `input`.
    #[inline]
    pub(crate) fn within(input: &'a str, part: &'a str) -> Self {
        let start = offset_in(input, part);
        Text {
            text: part,
            span: Span::new(start, start + part.len()),
        }
    }
}

/// Byte offset of `part` inside `whole`; `part` must be a sub-slice of it.
#[inline]
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    let off = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    debug_assert!(off <= whole.len() && off + part.len() <= whole.len());
    off
}
