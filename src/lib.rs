//! # newsparse
//!
//! Turns the plain text of a news article into a typed, zero-copy
//! [`Article`]: headline, source tag (`(Reuters)`), dateline
//! (`MOSCOW (Reuters) -`), paragraphs, and direct quotes with their speakers.
//! Every text field borrows from the input and carries its byte [`Span`].
//!
//! ```
//! let text = "Lavrov to meet envoy on Wednesday. (Reuters)\n\
//!             MOSCOW, Nov 3 (Reuters) - Russia's foreign minister will meet the envoy.\n\
//!             \"We will talk,\" Lavrov told reporters.\n";
//! let article = newsparse::parse(text)?;
//! assert_eq!(article.headline.unwrap().text, "Lavrov to meet envoy on Wednesday.");
//! assert_eq!(article.source.unwrap().text, "Reuters");
//! let dateline = article.dateline.unwrap();
//! assert_eq!(dateline.place.unwrap().text, "MOSCOW");
//! assert_eq!(dateline.date.unwrap().text, "Nov 3");
//! assert_eq!(article.paragraphs[0].text, "Russia's foreign minister will meet the envoy.");
//! // Every text is a slice of the input at its span.
//! let p = &article.paragraphs[1];
//! assert_eq!(&text[p.span.range()], p.text);
//! # Ok::<(), newsparse::Error>(())
//! ```
//!
//! Parsing runs the grammar and then a pipeline of [passes](pass): boilerplate
//! removal, duplicate removal and quote extraction by default. Use a
//! [`Parser`] to choose passes, or [`structure()`] for the grammar alone.
//!
//! Errors are only for input that is not text ([`Error`]); odd text gives a
//! sparser article, never an error or a panic.
//!
//! Unicode white space and the invisible characters that pages pasted from
//! the web leave between and inside words (zero-width spaces and joiners,
//! soft hyphens, a byte-order mark past the start, the marks of writing
//! direction) read as space: they part words and are trimmed from the ends
//! of lines and paragraphs, and a span still counts their bytes.
//!
//! ```
//! let text = "Title\n\n\"We agree,\" said\u{200b} Anna Schmidt\u{200f}, the minister.\n";
//! let article = newsparse::parse(text)?;
//! let speaker = article.quotes[0].speaker.unwrap();
//! assert_eq!(speaker.name.text, "Anna Schmidt");
//! assert_eq!(speaker.role.unwrap().text, "minister");
//! # Ok::<(), newsparse::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod ascii8;
mod dateline;
mod error;
mod headline;
mod input;
#[doc(hidden)]
pub mod invariants;
mod layout;
pub mod lexicon;
mod lines;
pub mod pass;
pub mod passes;
mod space;
mod span;
mod structure;

pub use article::{Article, Dateline, Quote, Reason, Removed, Speaker, Via};
pub use error::Error;
pub use pass::Pass;
pub use span::{Span, Text};

use std::sync::OnceLock;

// The README's examples run as doctests, so they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The default input size limit: 256 MiB.
pub const DEFAULT_MAX_LEN: usize = 256 << 20;

/// A configured parser: an input size limit and a pipeline of passes.
///
/// ```
/// use newsparse::{passes, Parser};
///
/// // Structure and duplicate removal only, in that order.
/// let mut parser = Parser::structure_only();
/// parser.push(passes::Dedup::default());
/// let a = parser.parse("News of the day\n\nThe same paragraph, long enough to count.\n\nThe same paragraph, long enough to count.\n")?;
/// assert_eq!(a.paragraphs.len(), 1);
/// assert_eq!(a.removed[0].of, Some(0));
/// # Ok::<(), newsparse::Error>(())
/// ```
pub struct Parser {
    passes: Vec<Box<dyn Pass>>,
    max_len: usize,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl std::fmt::Debug for Parser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parser")
            .field("passes", &self.pass_names().collect::<Vec<_>>())
            .field("max_len", &self.max_len)
            .finish()
    }
}

impl Parser {
    /// A parser with the default passes.
    pub fn new() -> Self {
        Parser {
            passes: passes::default_passes(),
            max_len: DEFAULT_MAX_LEN,
        }
    }

    /// A parser that runs the grammar and no pass.
    pub fn structure_only() -> Self {
        Parser {
            passes: Vec::new(),
            max_len: DEFAULT_MAX_LEN,
        }
    }

    /// Sets the largest input accepted, in bytes.
    pub fn max_len(&mut self, bytes: usize) -> &mut Self {
        self.max_len = bytes;
        self
    }

    /// Appends a pass to the pipeline.
    pub fn push<P: Pass + 'static>(&mut self, pass: P) -> &mut Self {
        self.passes.push(Box::new(pass));
        self
    }

    /// Inserts a pass at `index` (clamped to the pipeline's length).
    pub fn insert<P: Pass + 'static>(&mut self, index: usize, pass: P) -> &mut Self {
        let index = index.min(self.passes.len());
        self.passes.insert(index, Box::new(pass));
        self
    }

    /// Removes every pass named `name`, to skip it.
    pub fn remove(&mut self, name: &str) -> &mut Self {
        self.passes.retain(|p| p.name() != name);
        self
    }

    /// The names of the passes, in the order they run.
    pub fn pass_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.passes.iter().map(|p| p.name())
    }

    /// Parses `input` and runs the pipeline.
    pub fn parse<'a>(&self, input: &'a str) -> Result<Article<'a>, Error> {
        input::check(input, self.max_len)?;
        let mut article = structure::parse(input);
        for pass in &self.passes {
            pass.run(&mut article);
        }
        Ok(article)
    }

    /// Runs the passes over articles the grammar alone built (with
    /// [`Parser::structure_only`] or [`structure()`]), each pass over all of
    /// them before the next one starts ([`Pass::run_all`]).
    ///
    /// Each article ends as [`Parser::parse`] leaves it. For many articles
    /// this is the faster way: a pass's code stays in the processor's
    /// caches from one article to the next.
    ///
    /// ```
    /// use newsparse::Parser;
    ///
    /// let texts = [
    ///     "News of the day\n\n\"We are ready,\" Maria Zakharova said.\n",
    ///     "Other title\n\nNo quotes in this one.\n",
    /// ];
    /// let grammar = Parser::structure_only();
    /// let mut articles = texts
    ///     .iter()
    ///     .map(|t| grammar.parse(t))
    ///     .collect::<Result<Vec<_>, _>>()?;
    /// let parser = Parser::new();
    /// parser.run_passes(&mut articles);
    /// assert_eq!(articles[0].quotes[0].speaker.unwrap().name.text, "Maria Zakharova");
    /// assert_eq!(articles[1], parser.parse(texts[1])?);
    /// # Ok::<(), newsparse::Error>(())
    /// ```
    pub fn run_passes(&self, articles: &mut [Article<'_>]) {
        for pass in &self.passes {
            pass.run_all(articles);
        }
    }

    /// Like [`Parser::parse`], for bytes: invalid UTF-8 is an
    /// [`Error::InvalidUtf8`] naming the offset of the first bad byte.
    pub fn parse_bytes<'a>(&self, input: &'a [u8]) -> Result<Article<'a>, Error> {
        if input.len() > self.max_len {
            return Err(Error::TooLarge {
                len: input.len(),
                limit: self.max_len,
            });
        }
        self.parse(input::from_bytes(input)?)
    }
}

fn default_parser() -> &'static Parser {
    static PARSER: OnceLock<Parser> = OnceLock::new();
    PARSER.get_or_init(Parser::new)
}

/// Parses an article with the default passes.
pub fn parse(input: &str) -> Result<Article<'_>, Error> {
    default_parser().parse(input)
}

/// Parses UTF-8 bytes with the default passes; see [`Parser::parse_bytes`].
///
/// ```
/// let err = newsparse::parse_bytes(b"Title\n\nbad \xff byte").unwrap_err();
/// assert!(matches!(err, newsparse::Error::InvalidUtf8 { offset: 11, .. }));
/// ```
pub fn parse_bytes(input: &[u8]) -> Result<Article<'_>, Error> {
    default_parser().parse_bytes(input)
}

/// Runs the grammar alone: headline, source, dateline and paragraphs, with no
/// pass. Passes can then be run by hand with [`Pass::run`].
pub fn structure(input: &str) -> Result<Article<'_>, Error> {
    input::check(input, DEFAULT_MAX_LEN)?;
    Ok(structure::parse(input))
}
