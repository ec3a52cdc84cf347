//! Passes: steps that refine an [`Article`] after the grammar has built it.
//!
//! A pass is anything that implements [`Pass`]. The default pipeline runs
//! boilerplate removal, duplicate removal and quote extraction, in that
//! order; a [`Parser`](crate::Parser) can reorder, skip or add to it, and a
//! pass can also be run by hand on an article with [`Pass::run`], or on many
//! with [`Pass::run_all`].

use crate::article::Article;

/// One step of the pipeline.
///
/// A pass must be idempotent (running it twice changes nothing the second
/// time) and must not lose text silently: what it drops goes into
/// [`Article::removed`], most easily through [`Article::drop_paragraphs`] and
/// [`Article::cut_paragraph_tail`], which also keep paragraph indices
/// consistent.
///
/// ```
/// use newsparse::{Article, Parser, Pass, Reason, Removed};
///
/// /// Drops paragraphs that are only a URL.
/// struct DropUrls;
///
/// impl Pass for DropUrls {
///     fn name(&self) -> &'static str {
///         "drop-urls"
///     }
///     fn run(&self, article: &mut Article<'_>) {
///         let input = article.input;
///         article.drop_paragraphs(|i, paras| {
///             let p = paras[i];
///             (p.text.starts_with("http") && !p.text.contains(' '))
///                 .then(|| Removed::new(input, p.span, Reason::Other("url")))
///         });
///     }
/// }
///
/// let mut parser = Parser::new();
/// parser.push(DropUrls);
/// let a = parser.parse("Title here\n\nBody text.\n\nhttps://example.com/x\n").unwrap();
/// assert_eq!(a.paragraphs.len(), 1);
/// assert_eq!(a.removed[0].reason.as_str(), "url");
/// ```
pub trait Pass: Send + Sync {
    /// A short stable name, used to find the pass in a pipeline.
    fn name(&self) -> &'static str;
    /// Refines the article in place.
    fn run(&self, article: &mut Article<'_>);

    /// Refines every article of `articles`, as [`Pass::run`] does each.
    ///
    /// A pass may do it a stage at a time over all of them: a stage's code
    /// then stays in the processor's instruction cache from one article to
    /// the next. The results are those of `run`.
    fn run_all(&self, articles: &mut [Article<'_>]) {
        for a in articles {
            self.run(a);
        }
    }
}

/// A pass made from a name and a function, for one-off passes.
///
/// ```
/// use newsparse::{pass::from_fn, Parser};
///
/// let mut parser = Parser::new();
/// parser.push(from_fn("no-quotes", |a| a.quotes.clear()));
/// let a = parser.parse("News of the day\n\n\"Hello,\" she said.").unwrap();
/// assert!(a.quotes.is_empty());
/// ```
pub fn from_fn<F>(name: &'static str, f: F) -> FnPass<F>
where
    F: Fn(&mut Article<'_>) + Send + Sync,
{
    FnPass { name, f }
}

/// See [`from_fn`].
pub struct FnPass<F> {
    name: &'static str,
    f: F,
}

impl<F> Pass for FnPass<F>
where
    F: Fn(&mut Article<'_>) + Send + Sync,
{
    fn name(&self) -> &'static str {
        self.name
    }
    fn run(&self, article: &mut Article<'_>) {
        (self.f)(article)
    }
}
