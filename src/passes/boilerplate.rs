//! Boilerplate removal: the trailers, sign-offs and interstitials that feeds
//! and scrapers leave in article text (`Track Latest News Live on NDTV.com`,
//! `(Reporting by ...; Editing by ...)`, the 1987 wire's ` Reuter`,
//! `Follow us on Twitter`, `Advertisement`).
//!
//! The rules are data ([`Rule`]), kept in [`crate::lexicon::boilerplate`];
//! a [`Boilerplate`] pass holds a table of them that users can extend.
//! Matching is a byte scan with ASCII case folding: no allocation, and every
//! rule bounds the length of what it may remove, so a paragraph of real
//! reporting is never dropped for containing a stock phrase.

use crate::article::{Article, Reason, Removed};
use crate::pass::Pass;
use crate::span::Span;
use smallvec::SmallVec;
use std::borrow::Cow;

/// How a [`Rule`]'s pattern is matched against a paragraph.
///
/// Patterns are compared ignoring ASCII case; a space in a pattern matches
/// any run of ASCII white space (so hard-wrapped text matches), and `*`
/// matches any text, including none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// The whole paragraph is the pattern, ignoring trailing punctuation
    /// (`.`, `,`, `;`, `:`, `!`, `…`) and white space: `Advertisement`,
    /// `(Reporting by *)`, `* contributed to this report`.
    Exact,
    /// The paragraph starts with the pattern: `Track Latest News Live on
    /// NDTV.com`, `Follow * on Twitter`.
    Prefix,
    /// The paragraph is a single word (no white space) that is the pattern:
    /// AFP's `burs-ab/xy` slug lines.
    Word,
    /// A sign-off such as ` Reuter`: removed when it is the whole paragraph,
    /// and cut off the end of the story's last paragraph when it stands on a
    /// line of its own or follows the end of a sentence. The pattern is
    /// literal (no `*`); trailing dots after it (`REUTER...`) go with it.
    SignOff,
}

/// One boilerplate rule: a named pattern, how to match it, and the longest
/// paragraph it may remove.
///
/// ```
/// use newsparse::passes::Rule;
///
/// let rule = Rule::prefix("podcast", "listen to our podcast", 200);
/// assert!(rule.matches("Listen to our podcast on your favourite app."));
/// assert!(!rule.matches("Experts say you should listen to our podcast."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    /// The name recorded in [`Removed::rule`] when the rule matches.
    pub name: &'static str,
    /// How the pattern is matched.
    pub kind: Kind,
    /// The pattern; see [`Kind`] for its syntax.
    pub pattern: &'static str,
    /// Paragraphs longer than this many bytes never match, whatever they say.
    pub max_len: usize,
}

impl Rule {
    /// A whole-paragraph rule ([`Kind::Exact`]).
    pub const fn exact(name: &'static str, pattern: &'static str, max_len: usize) -> Self {
        Rule {
            name,
            kind: Kind::Exact,
            pattern,
            max_len,
        }
    }

    /// A paragraph-prefix rule ([`Kind::Prefix`]).
    pub const fn prefix(name: &'static str, pattern: &'static str, max_len: usize) -> Self {
        Rule {
            name,
            kind: Kind::Prefix,
            pattern,
            max_len,
        }
    }

    /// A one-word paragraph rule ([`Kind::Word`]).
    pub const fn word(name: &'static str, pattern: &'static str, max_len: usize) -> Self {
        Rule {
            name,
            kind: Kind::Word,
            pattern,
            max_len,
        }
    }

    /// A sign-off rule ([`Kind::SignOff`]); `pattern` is literal.
    pub const fn sign_off(name: &'static str, pattern: &'static str) -> Self {
        Rule {
            name,
            kind: Kind::SignOff,
            pattern,
            max_len: pattern.len() + 8,
        }
    }

    /// True when the whole paragraph `text` is boilerplate under this rule.
    pub fn matches(&self, text: &str) -> bool {
        !self.pattern.trim().is_empty() && self.matches_trimmed(text.trim().as_bytes())
    }

    /// [`Rule::matches`] for text already trimmed, with a pattern known not
    /// to be blank: what [`Boilerplate`] calls once it has done both.
    fn matches_trimmed(&self, t: &[u8]) -> bool {
        if t.is_empty() || t.len() > self.max_len {
            return false;
        }
        let pat = self.pattern.as_bytes();
        // Exact and prefix patterns are anchored at the start: a first byte
        // that differs (ignoring case) settles most rules at once.
        if matches!(self.kind, Kind::Exact | Kind::Prefix)
            && !matches!(pat[0], b'*' | b' ')
            && !pat[0].eq_ignore_ascii_case(&t[0])
        {
            return false;
        }
        match self.kind {
            Kind::Exact => glob_exact(trim_punct(t), trim_punct(pat)),
            Kind::Prefix => glob_prefix(t, pat),
            Kind::Word => !t.iter().any(|&b| is_space(b)) && glob_exact(t, pat),
            Kind::SignOff => lit_exact(trim_dots(t), pat),
        }
    }

    /// Bytes every match must start or end with, so that a paragraph is
    /// tried only against the few rules its ends allow: the pattern's first
    /// run of literal bytes, or for an exact pattern led by `*` its last.
    /// `None` for a rule that can never match (a blank pattern).
    fn anchor(&self) -> Option<Anchor> {
        let pattern: &'static str = self.pattern;
        let pat = pattern.as_bytes();
        if pattern.trim().is_empty() {
            return None;
        }
        let is_literal = |b: &u8| !matches!(b, b'*' | b' ');
        // Literal bytes match text bytes one for one (ignoring ASCII case)
        // from where the pattern is anchored; a space or `*` may match more.
        // An exact pattern is matched without its trailing punctuation.
        let head = match self.kind {
            Kind::Exact if !trim_punct(pat).is_empty() => trim_punct(pat),
            // All punctuation: `matches_trimmed` still wants its first byte
            // when that is literal.
            Kind::Exact => &pat[..usize::from(is_literal(&pat[0]))],
            _ => pat,
        };
        let first = head
            .iter()
            .position(|b| !is_literal(b))
            .unwrap_or(head.len());
        if first > 0 {
            return Some(Anchor::First(&head[..first]));
        }
        // The part after an exact pattern's last `*` ends the paragraph,
        // trailing punctuation aside (see `glob_exact`).
        if self.kind == Kind::Exact {
            let pat = trim_punct(pat);
            let last = pat
                .iter()
                .rposition(|b| !is_literal(b))
                .map_or(0, |i| i + 1);
            if last < pat.len() && pat[..last].contains(&b'*') {
                return Some(Anchor::Last(&pat[last..]));
            }
        }
        Some(Anchor::Any)
    }

    /// For a sign-off rule: where a sign-off glued to the end of `text`
    /// starts, as a byte offset into `text`. `None` for other kinds, or when
    /// the sign-off is the whole of `text` (that is [`Rule::matches`]).
    pub fn sign_off_start(&self, text: &str) -> Option<usize> {
        if !self.glues() {
            return None;
        }
        self.glued_start(text)
    }

    /// Whether [`Rule::sign_off_start`] can ever find this rule glued to a
    /// paragraph: a sign-off with a literal, non-blank pattern.
    fn glues(&self) -> bool {
        self.kind == Kind::SignOff && !self.pattern.contains('*') && !self.pattern.trim().is_empty()
    }

    /// [`Rule::sign_off_start`] for a rule that [`Rule::glues`].
    fn glued_start(&self, text: &str) -> Option<usize> {
        let t = text.as_bytes();
        let core = trim_dots(t);
        let start = lit_suffix(core, self.pattern.as_bytes())?;
        // Trimmed as `Article::cut_paragraph_tail` trims, so that a cut
        // always leaves text.
        let head = &text[..start];
        let body = crate::space::trim_end(head);
        if body.is_empty() {
            return None;
        }
        let gap = &head.as_bytes()[body.len()..];
        let body = body.as_bytes();
        let glued = match gap.iter().rposition(|&b| b == b'\n' || b == b'\r') {
            // On a line of its own: after the end of a sentence, or indented
            // as the wire indented it (a wrapped line is never indented).
            Some(nl) => ends_sentence(body) || nl + 1 < gap.len(),
            None => ends_sentence(body),
        };
        glued.then_some(start)
    }
}

/// The rule name recorded for paragraphs above the dateline.
const CAPTION: &str = "caption";

/// Removes boilerplate paragraphs and cuts sign-offs off the last paragraph,
/// recording each as [`Reason::Boilerplate`] with the rule's name. The
/// paragraphs above a dateline that opens a later paragraph (photo
/// captions, promos) go too, under the rule name `caption`.
///
/// Starts from the built-in table ([`crate::lexicon::boilerplate::RULES`]);
/// add your own rules with [`Boilerplate::add`]:
///
/// ```
/// use newsparse::passes::{Boilerplate, Rule};
/// use newsparse::Parser;
///
/// let mut boilerplate = Boilerplate::default();
/// boilerplate.add(Rule::prefix("podcast-promo", "listen to our podcast", 200));
///
/// // Replace the built-in pass with the extended one, keeping it first.
/// let mut parser = Parser::new();
/// parser.remove("boilerplate").insert(0, boilerplate);
///
/// let text = "Storm hits coast\n\n\
///             The storm reached the coast on Monday, officials said.\n\n\
///             Listen to our podcast for more.\n\n\
///             Follow us on Twitter\n";
/// let article = parser.parse(text)?;
/// assert_eq!(article.paragraphs.len(), 1);
/// let rules: Vec<_> = article.removed.iter().map(|r| r.rule.unwrap()).collect();
/// assert_eq!(rules, ["podcast-promo", "share-prompt"]);
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Boilerplate {
    rules: Cow<'static, [Rule]>,
    /// The largest `max_len` of any rule: longer paragraphs (most of an
    /// article) are settled by one comparison instead of one per rule.
    longest: usize,
    /// Which rules a paragraph's first and last bytes leave in play.
    screen: Screen,
}

/// What [`Rule::anchor`] found: the bytes a match must start with, or end
/// with (trailing punctuation aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    First(&'static [u8]),
    Last(&'static [u8]),
    Any,
}

/// A rule as the [`Screen`] keeps it: what settles most paragraphs without
/// calling the matcher.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    rule: usize,
    max_len: usize,
    /// The rule's anchor bytes, empty for [`Anchor::Any`].
    anchor: &'static [u8],
    /// The anchor's [`window`]: its first four bytes for a first anchor,
    /// its last four for a last one, lowercase, where `mask` keeps them.
    /// One comparison with the text's window rules out most anchors.
    window: u32,
    mask: u32,
}

/// Up to four bytes of `b` as a little-endian word, lowercase (ASCII): its
/// first ones at the low end (`at_end` false), or its last ones at the
/// high end, zeros filling the rest.
#[inline]
fn window(b: &[u8], at_end: bool) -> u32 {
    // One load for the usual text of four bytes or more: a copy of `n`
    // bytes into the word went through `memcpy`.
    let whole = if at_end {
        b.last_chunk::<4>()
    } else {
        b.first_chunk::<4>()
    };
    let x = match whole {
        Some(w) => u32::from_le_bytes(*w),
        None => {
            let mut w = [0u8; 4];
            let n = b.len();
            if at_end {
                w[4 - n..].copy_from_slice(b);
            } else {
                w[..n].copy_from_slice(b);
            }
            u32::from_le_bytes(w)
        }
    };
    // The capitals get 0x20: their high bits, shifted down to it.
    let caps = crate::ascii8::capitals(u64::from(x)) >> 2;
    x | caps as u32
}

/// The bytes of a [`window`] of `n` bytes.
fn window_mask(n: usize, at_end: bool) -> u32 {
    let m = match n.min(4) {
        4 => u32::MAX,
        k => (1u32 << (8 * k)) - 1,
    };
    if at_end {
        m.rotate_right(8 * n.min(4) as u32)
    } else {
        m
    }
}

/// The rules grouped by [`Anchor`], each list in rule order. Most
/// paragraphs start with a capital letter that only a handful of rules
/// start with, and end with a letter that few rules end with: trying every
/// rule on every short paragraph cost more than the rest of the pass. The
/// whole anchor and the length limit are then checked before the matcher.
#[derive(Clone, Debug, Default)]
struct Screen {
    /// 256 lists, by the anchor's first byte, under both its cases: a
    /// paragraph's byte picks its list as it stands, not folded first.
    by_first: Vec<Vec<Candidate>>,
    /// 256 lists, by the anchor's last byte, under both its cases.
    by_last: Vec<Vec<Candidate>>,
    any: Vec<Candidate>,
    /// By a paragraph's first byte, as it stands: the longest paragraph any
    /// rule it may meet (of `by_first` for that byte, `by_last` and `any`)
    /// accepts. A third of a story's paragraphs are longer than every rule
    /// they could meet, and are settled by this one lookup.
    reach: Vec<usize>,
    /// The sign-off rules that can be glued to a paragraph, the only ones
    /// [`Boilerplate::sign_off`] tries, checked for that once.
    sign_offs: Vec<usize>,
    /// By an anchor's first byte, under both its cases: a bit for each
    /// second byte, under both its cases, of the `by_first` anchors (every bit for a one-byte
    /// anchor). A paragraph whose second byte has no bit meets no rule of
    /// that list: most are settled so, without comparing anchors.
    second_of_first: Vec<[u64; 4]>,
    /// [`Screen::second_of_first`] for `by_last`: by an anchor's last byte,
    /// a bit for each byte before it.
    second_of_last: Vec<[u64; 4]>,
}

/// Sets the bits of `b` under both its ASCII cases in `set`, or every bit
/// for `None`.
fn add_byte(set: &mut [u64; 4], b: Option<u8>) {
    match b {
        Some(b) => {
            for c in cases(b) {
                let c = usize::from(c);
                set[c / 64] |= 1 << (c % 64);
            }
        }
        None => *set = [u64::MAX; 4],
    }
}

/// Whether `set` holds `b`, as it stands.
#[inline]
fn has_byte(set: &[u64; 4], b: u8) -> bool {
    let b = usize::from(b);
    set[b / 64] & 1 << (b % 64) != 0
}

/// `b` under its ASCII cases: one byte for a byte that has none.
fn cases(b: u8) -> impl Iterator<Item = u8> {
    let (lower, upper) = (b.to_ascii_lowercase(), b.to_ascii_uppercase());
    std::iter::once(lower).chain((upper != lower).then_some(upper))
}

impl Screen {
    fn new(rules: &[Rule]) -> Self {
        let mut screen = Screen {
            by_first: vec![Vec::new(); 256],
            by_last: vec![Vec::new(); 256],
            any: Vec::new(),
            reach: Vec::new(),
            sign_offs: Vec::new(),
            second_of_first: vec![[0; 4]; 256],
            second_of_last: vec![[0; 4]; 256],
        };
        for (i, rule) in rules.iter().enumerate() {
            if rule.glues() {
                screen.sign_offs.push(i);
            }
            let candidate = |anchor: &'static [u8], at_end| Candidate {
                rule: i,
                max_len: rule.max_len,
                anchor,
                window: window(anchor, at_end),
                mask: window_mask(anchor.len(), at_end),
            };
            match rule.anchor() {
                Some(Anchor::First(a)) => {
                    for k in cases(a[0]).map(usize::from) {
                        screen.by_first[k].push(candidate(a, false));
                        add_byte(&mut screen.second_of_first[k], a.get(1).copied());
                    }
                }
                Some(Anchor::Last(a)) => {
                    let last = a.len() - 1;
                    let before = last.checked_sub(1).map(|k| a[k]);
                    for k in cases(a[last]).map(usize::from) {
                        screen.by_last[k].push(candidate(a, true));
                        add_byte(&mut screen.second_of_last[k], before);
                    }
                }
                Some(Anchor::Any) => screen.any.push(candidate(&[], false)),
                None => {}
            }
        }
        let longest = |list: &[Candidate]| list.iter().map(|c| c.max_len).max().unwrap_or(0);
        let anywhere = screen
            .by_last
            .iter()
            .map(|l| longest(l))
            .max()
            .unwrap_or(0)
            .max(longest(&screen.any));
        screen.reach = screen
            .by_first
            .iter()
            .map(|l| longest(l).max(anywhere))
            .collect();
        screen
    }

    /// The first rule (in table order) that trimmed, nonempty `t` matches.
    ///
    /// Each list is in rule order, so its first match is its earliest; the
    /// answer is the earliest of those, and a list stops at the best rule
    /// found so far.
    fn first_match(&self, rules: &[Rule], t: &[u8]) -> Option<usize> {
        // Every table is indexed by the byte as it stands: no case folded.
        let key = usize::from;
        let reach = self.reach.get(key(t[0]));
        if reach.is_some_and(|&r| t.len() > r) {
            return None;
        }
        let core = trim_punct(t);
        // A text too short for an anchor has zeros where the anchor has a
        // byte: its window differs, as the whole comparison would.
        let (head, tail) = (window(t, false), window(core, true));
        let starts = |c: &Candidate| {
            head & c.mask == c.window
                && t.get(..c.anchor.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(c.anchor))
        };
        let ends = |c: &Candidate| {
            tail & c.mask == c.window
                && core
                    .len()
                    .checked_sub(c.anchor.len())
                    .is_some_and(|at| core[at..].eq_ignore_ascii_case(c.anchor))
        };
        // The second byte from either end rules out a whole list when no
        // anchor of it has that byte there.
        let by_last = match core {
            [.., b, last] if !has_byte(&self.second_of_last[key(*last)], *b) => &[][..],
            [.., last] => &self.by_last[key(*last)][..],
            [] => &[][..],
        };
        let fits = |c: &Candidate| t.len() <= c.max_len;
        let matches = |c: &Candidate| rules[c.rule].matches_trimmed(t);
        let first = match t {
            [first, b, ..] if !has_byte(&self.second_of_first[key(*first)], *b) => &[][..],
            [first, ..] => &self.by_first[key(*first)][..],
            [] => &[][..],
        };
        let best = earliest(first, None, |c| fits(c) && starts(c) && matches(c));
        let best = earliest(by_last, best, |c| fits(c) && ends(c) && matches(c));
        earliest(&self.any, best, |c| fits(c) && matches(c))
    }
}

/// The first rule of `list` (in rule order) that `accepts`, when it comes
/// before `best`; otherwise `best`.
fn earliest(
    list: &[Candidate],
    best: Option<usize>,
    accepts: impl Fn(&Candidate) -> bool,
) -> Option<usize> {
    list.iter()
        .take_while(|c| best.map_or(true, |b| c.rule < b))
        .find(|c| accepts(c))
        .map_or(best, |c| Some(c.rule))
}

impl Default for Boilerplate {
    fn default() -> Self {
        Boilerplate::from_rules(Cow::Borrowed(crate::lexicon::boilerplate::RULES))
    }
}

impl Boilerplate {
    /// A pass with no rules, to build a table from scratch.
    pub fn empty() -> Self {
        Boilerplate::from_rules(Cow::Borrowed(&[]))
    }

    fn from_rules(rules: Cow<'static, [Rule]>) -> Self {
        let longest = rules.iter().map(|r| r.max_len).max().unwrap_or(0);
        let screen = Screen::new(&rules);
        Boilerplate {
            rules,
            longest,
            screen,
        }
    }

    /// Adds a rule; rules are tried in order, built-in ones first.
    pub fn add(&mut self, rule: Rule) -> &mut Self {
        self.longest = self.longest.max(rule.max_len);
        self.rules.to_mut().push(rule);
        self.screen = Screen::new(&self.rules);
        self
    }

    /// Removes every rule named `name` (built-in or added).
    pub fn remove(&mut self, name: &str) -> &mut Self {
        if self.rules.iter().any(|r| r.name == name) {
            self.rules.to_mut().retain(|r| r.name != name);
            self.longest = self.rules.iter().map(|r| r.max_len).max().unwrap_or(0);
            self.screen = Screen::new(&self.rules);
        }
        self
    }

    /// Like [`Boilerplate::add`], by value.
    pub fn with(mut self, rule: Rule) -> Self {
        self.add(rule);
        self
    }

    /// The rules, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The name of the first rule under which the whole of `text` is
    /// boilerplate, or the whole of what a pair of straight quotation marks
    /// wrapping it holds. A sign-off cut off a paragraph matches too, so every
    /// boilerplate entry this pass records in [`Article::removed`] satisfies
    /// `matches(entry.text) == entry.rule`.
    ///
    /// ```
    /// use newsparse::passes::Boilerplate;
    ///
    /// let b = Boilerplate::default();
    /// assert_eq!(b.matches("(Reporting by A. Reporter; Editing by B. Editor)"), Some("reuters-credit"));
    /// assert_eq!(b.matches(" Reuter"), Some("reuter-signoff"));
    /// assert_eq!(b.matches("Reuters reported the deal on Monday."), None);
    /// assert_eq!(b.matches("\"Related:\""), Some("related-link"));
    /// ```
    pub fn matches(&self, text: &str) -> Option<&'static str> {
        let t = unquoted(trimmed(text));
        if t.is_empty() || t.len() > self.longest {
            return None;
        }
        self.screen
            .first_match(&self.rules, t)
            .map(|i| self.rules[i].name)
    }

    /// Where a sign-off glued to the end of `text` starts (a byte offset into
    /// `text`), and the rule's name.
    pub fn sign_off(&self, text: &str) -> Option<(usize, &'static str)> {
        // A sign-off's last byte, when it is not a space, must be the last
        // of the text, dots and white space aside: most rules are ruled
        // out by that one comparison, and the text is trimmed once.
        let last = trim_dots(text.as_bytes()).last().copied();
        self.screen.sign_offs.iter().find_map(|&i| {
            let r = &self.rules[i];
            let end = r.pattern.as_bytes().last().copied();
            if end.is_some_and(|e| e != b' ' && !last.is_some_and(|l| l.eq_ignore_ascii_case(&e))) {
                debug_assert_eq!(r.glued_start(text), None);
                return None;
            }
            r.glued_start(text).map(|s| (s, r.name))
        })
    }
}

impl Pass for Boilerplate {
    fn name(&self) -> &'static str {
        "boilerplate"
    }

    fn run(&self, article: &mut Article<'_>) {
        let input = article.input;
        let paras = &article.paragraphs;
        // From the end: skip trailing boilerplate paragraphs and find the
        // sign-offs glued to the last paragraph of the story. What is left
        // after a sign-off may be boilerplate too; then keep going up.
        let mut tails: Vec<Removed<'_>> = Vec::new();
        // Paragraphs dropped once their sign-offs are off: (index, end, rule).
        let mut remainders: Vec<(usize, usize, &'static str)> = Vec::new();
        let mut cut: Option<(usize, usize)> = None;
        // What `matches` said here of the last paragraphs, the last first,
        // for the drop below not to ask again: those from `known_from` on.
        let mut known: SmallVec<[Option<&'static str>; 4]> = SmallVec::new();
        let mut i = paras.len();
        while i > 0 {
            i -= 1;
            let p = paras[i];
            let matched = self.matches(p.text);
            if matched.is_some() {
                known.push(matched);
                continue;
            }
            let first = tails.len();
            let mut text = p.text;
            while let Some((start, rule)) = self.sign_off(text) {
                let span = Span::new(p.span.start + start, p.span.start + text.len());
                tails.push(Removed::new(input, span, Reason::Boilerplate).rule(rule));
                text = crate::space::trim_end(&text[..start]);
            }
            if tails.len() == first {
                // Unchanged, and no match.
                known.push(None);
                break;
            }
            // Dropped as a remainder (the drop asks nothing then), or cut
            // to `text` below, which does not match.
            known.push(None);
            match self.matches(text) {
                Some(rule) => remainders.push((i, p.span.start + text.len(), rule)),
                None => {
                    cut = Some((i, first));
                    break;
                }
            }
        }
        if let Some((i, first)) = cut {
            // One cut at the earliest sign-off; the later ones are recorded
            // with it (`cut_paragraph_tail` sorts `removed` once).
            let mut kept_tails = tails.split_off(first);
            if let Some(earliest) = kept_tails.pop() {
                article.removed.extend(kept_tails);
                article.cut_paragraph_tail(i, earliest.span.start, earliest);
            }
        }
        let mut remainder_of: Vec<Option<(usize, &'static str)>> = Vec::new();
        if !remainders.is_empty() {
            remainder_of.resize(article.paragraphs.len(), None);
            for &(i, end, rule) in &remainders {
                remainder_of[i] = Some((end, rule));
            }
            article.removed.extend(tails);
        }
        // Paragraphs above the dateline are the photo captions and promos
        // that wire pages set there (the grammar looks past at most two).
        let captions = article.dateline.map_or(0, |d| {
            let paras = &article.paragraphs;
            paras.partition_point(|p| p.span.end <= d.span.start)
        });
        let n = article.paragraphs.len();
        article.drop_paragraphs(|i, ps| {
            let p = ps[i];
            if i < captions {
                // Named by the rule that also matches it, if one does.
                let rule = self.matches(p.text).unwrap_or(CAPTION);
                return Some(Removed::new(input, p.span, Reason::Boilerplate).rule(rule));
            }
            match remainder_of.get(i).copied().flatten() {
                Some((end, rule)) => {
                    let span = Span::new(p.span.start, end);
                    Some(Removed::new(input, span, Reason::Boilerplate).rule(rule))
                }
                None => {
                    let matched = match known.get(n - 1 - i) {
                        Some(&m) => {
                            debug_assert_eq!(m, self.matches(p.text));
                            m
                        }
                        None => self.matches(p.text),
                    };
                    matched.map(|rule| Removed::new(input, p.span, Reason::Boilerplate).rule(rule))
                }
            }
        });
    }
}

// ---------------------------------------------------------------- matching

/// `text.trim()`, with no char decoded when both ends are ASCII and not
/// white space, as the layout leaves paragraphs.
fn trimmed(text: &str) -> &[u8] {
    let b = text.as_bytes();
    // The ASCII chars `char::is_whitespace` accepts are tab through
    // carriage return, and space.
    let solid = |c: &u8| c.is_ascii() && !matches!(c, b'\t'..=b'\r' | b' ');
    if b.first().is_some_and(solid) && b.last().is_some_and(solid) {
        debug_assert_eq!(text.trim().len(), b.len());
        b
    } else {
        text.trim().as_bytes()
    }
}

/// `t` without the pair of straight quotation marks that wraps all of it,
/// if one does and none is inside (`"Follow Jane Roe on Twitter @jroe."`,
/// as a page that sets a transcript in quotation marks sets its trailer),
/// trimmed again; otherwise `t`.
fn unquoted(t: &[u8]) -> &[u8] {
    match t {
        [b'"', inner @ .., b'"'] if !inner.contains(&b'"') => inner.trim_ascii(),
        _ => t,
    }
}

fn is_space(b: u8) -> bool {
    b.is_ascii_whitespace() || b == 0x0b
}

/// The bytes of the white space that opens `text[pos..]`: an ASCII one,
/// or a wide space (`Clark Boyd\u{a0}is technology correspondent`: pages
/// pasted from the web write no-break spaces between words); 0 for none.
#[inline]
fn space_at(text: &[u8], pos: usize) -> usize {
    match text.get(pos..) {
        Some([b, ..]) if is_space(*b) => 1,
        Some(rest @ [0xC2 | 0xE2, ..]) => crate::space::wide_space_len(rest).unwrap_or(0),
        _ => 0,
    }
}

/// [`space_at`] of the white space that ends `text[..end]`.
#[inline]
fn space_before(text: &[u8], end: usize) -> usize {
    let head = &text[..end];
    match head {
        [.., b] if is_space(*b) => 1,
        [.., a, b] if crate::space::wide_space_len(&[*a, *b]) == Some(2) => 2,
        [.., a, b, c] if crate::space::wide_space_len(&[*a, *b, *c]) == Some(3) => 3,
        _ => 0,
    }
}

fn trim_space_end(t: &[u8]) -> &[u8] {
    let n = t.iter().rposition(|&b| !is_space(b)).map_or(0, |i| i + 1);
    &t[..n]
}

/// Trailing punctuation an exact match ignores: `Advertisement.`, `Related:`.
fn trim_punct(t: &[u8]) -> &[u8] {
    let mut t = t;
    loop {
        t = trim_space_end(t);
        match t {
            [rest @ .., b'.' | b',' | b';' | b':' | b'!'] => t = rest,
            [rest @ .., 0xE2, 0x80, 0xA6] => t = rest, // …
            _ => return t,
        }
    }
}

/// Trailing dots a sign-off may carry: `REUTER...`.
fn trim_dots(t: &[u8]) -> &[u8] {
    let mut t = t;
    loop {
        t = trim_space_end(t);
        match t {
            [rest @ .., b'.'] => t = rest,
            [rest @ .., 0xE2, 0x80, 0xA6] => t = rest,
            _ => return t,
        }
    }
}

fn ends_sentence(t: &[u8]) -> bool {
    let t = trim_space_end(t);
    // Closing quotes and brackets after the full stop: `he said."`.
    let mut t = t;
    loop {
        match t {
            [rest @ .., b'"' | b'\'' | b')'] => t = rest,
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] => t = rest, // ” ’
            _ => break,
        }
    }
    matches!(t.last(), Some(b'.' | b'!' | b'?'))
}

/// Matches literal `lit` at `text[pos..]`, returning where the match ends.
fn lit_at(text: &[u8], pos: usize, lit: &[u8]) -> Option<usize> {
    lit_at_until(text, pos, lit, |_| false).map(|(end, _)| end)
}

/// Matches `lit` at `text[pos..]` up to its first byte that `stop` accepts
/// (or its end): where the match ends in `text`, and where it stopped in
/// `lit`.
#[inline]
fn lit_at_until(
    text: &[u8],
    mut pos: usize,
    lit: &[u8],
    stop: impl Fn(u8) -> bool,
) -> Option<(usize, usize)> {
    let mut k = 0;
    while k < lit.len() && !stop(lit[k]) {
        let c = lit[k];
        if c == b' ' {
            let from = pos;
            loop {
                let n = space_at(text, pos);
                if n == 0 {
                    break;
                }
                pos += n;
            }
            if pos == from {
                return None;
            }
            while k < lit.len() && lit[k] == b' ' {
                k += 1;
            }
            continue;
        }
        if pos >= text.len() || !text[pos].eq_ignore_ascii_case(&c) {
            return None;
        }
        pos += 1;
        k += 1;
    }
    Some((pos, k))
}

/// Matches literal `lit` ending exactly at `text[..end]`, returning its start.
fn lit_before(text: &[u8], mut end: usize, lit: &[u8]) -> Option<usize> {
    let mut k = lit.len();
    while k > 0 {
        let c = lit[k - 1];
        if c == b' ' {
            let to = end;
            loop {
                let n = space_before(text, end);
                if n == 0 {
                    break;
                }
                end -= n;
            }
            if end == to {
                return None;
            }
            while k > 0 && lit[k - 1] == b' ' {
                k -= 1;
            }
            continue;
        }
        if end == 0 || !text[end - 1].eq_ignore_ascii_case(&c) {
            return None;
        }
        end -= 1;
        k -= 1;
    }
    Some(end)
}

/// Where `lit` ends `text`, as a word of its own (white space before it).
fn lit_suffix(text: &[u8], lit: &[u8]) -> Option<usize> {
    let start = lit_before(text, text.len(), lit)?;
    (space_before(text, start) > 0).then_some(start)
}

fn lit_exact(text: &[u8], lit: &[u8]) -> bool {
    lit_at(text, 0, lit) == Some(text.len())
}

/// The leftmost match of `lit` in `text[from..to]`: (start, end).
fn lit_find(text: &[u8], from: usize, to: usize, lit: &[u8]) -> Option<(usize, usize)> {
    let Some(&first) = lit.first() else {
        return Some((from, from));
    };
    let hay = &text[..to];
    let mut pos = from;
    while pos < to {
        let next = if first == b' ' {
            // (The lead bytes of the wide spaces too: `lit_at` tells.)
            hay[pos..]
                .iter()
                .position(|&b| is_space(b) || matches!(b, 0xC2 | 0xE2))
        } else {
            let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
            memchr::memchr2(lo, up, &hay[pos..])
        };
        let start = pos + next?;
        if let Some(end) = lit_at(hay, start, lit) {
            return Some((start, end));
        }
        pos = start + 1;
    }
    None
}

/// Matches `*`-glob `pat` against the start of `text`; returns the end of the
/// match (`*` taking as little as it can).
fn glob_prefix_end(text: &[u8], pat: &[u8], to: usize) -> Option<usize> {
    // The literal before the first `*` is matched as it is read: most
    // paragraphs differ from a pattern within a byte or two, before a
    // search for the `*` would have got far.
    let (mut pos, star) = lit_at_until(&text[..to], 0, pat, |b| b == b'*')?;
    if let Some(rest) = pat.get(star + 1..) {
        for seg in rest.split(|&b| b == b'*') {
            let (_, end) = lit_find(text, pos, to, seg)?;
            pos = end;
        }
    }
    Some(pos)
}

fn glob_prefix(text: &[u8], pat: &[u8]) -> bool {
    glob_prefix_end(text, pat, text.len()).is_some()
}

fn glob_exact(text: &[u8], pat: &[u8]) -> bool {
    match pat.iter().rposition(|&b| b == b'*') {
        None => lit_exact(text, pat),
        Some(star) => {
            // The part after the last `*` is anchored at the end; what comes
            // before it matches as a prefix of the rest.
            let last = &pat[star + 1..];
            let Some(tail) = lit_before(text, text.len(), last) else {
                return false;
            };
            glob_prefix_end(text, &pat[..star], tail).is_some()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob() {
        assert!(glob_exact(
            b"(Reporting by X; Editing by Y)",
            b"(reporting by *)"
        ));
        assert!(!glob_exact(
            b"(Reporting by X; Editing by Y",
            b"(reporting by *)"
        ));
        assert!(glob_exact(
            b"AP writer X contributed\nto this report",
            b"* contributed to this report"
        ));
        assert!(glob_prefix(
            b"Follow Tia on  Twitter and more",
            b"follow * on twitter"
        ));
        assert!(!glob_prefix(
            b"Followers on Twitter",
            b"follow * on twitter"
        ));
        assert!(glob_exact(b"ab", b"a*b"));
        assert!(!glob_exact(b"a", b"a*a"));
        assert!(glob_exact(b"aa", b"a*a"));
    }

    #[test]
    fn a_wide_space_matches_a_patterns_space() {
        // Pages pasted from the web write no-break (and typographic)
        // spaces between words.
        let text = "For more,\u{a0}sign up\u{2009}for the newsletter.";
        assert!(glob_prefix(text.as_bytes(), b"for more, sign up for"));
        let text = "AP writer X contributed\u{a0}to\u{202f}this report";
        assert!(glob_exact(text.as_bytes(), b"* contributed to this report"));
        // A wide mark is no space.
        let text = "For more,\u{201c}sign up for the newsletter.";
        assert!(!glob_prefix(text.as_bytes(), b"for more, sign up for"));
        let b = Boilerplate::default();
        let credit = "Clark Boyd\u{a0}is technology correspondent for The World, a BBC\u{a0}World Service and WGBH-Boston co-production.";
        assert_eq!(b.matches(credit), Some("bbc-columnist-bio"));
    }

    #[test]
    fn captions_above_the_dateline() {
        let text = "1 of 4. Rescuers search the waters on Monday.\n\n\
                    Read the best stories of the year.\n\n\
                    JAKARTA (Reuters) - Rescuers searched on Monday.\n\n\
                    They found nothing.\n";
        let mut a = crate::structure(text).unwrap();
        assert!(a.headline.is_none());
        assert_eq!(a.paragraphs.len(), 4);
        Boilerplate::default().run(&mut a);
        let kept: Vec<_> = a.paragraphs.iter().map(|p| p.text).collect();
        assert_eq!(
            kept,
            ["Rescuers searched on Monday.", "They found nothing."]
        );
        let rules: Vec<_> = a.removed.iter().map(|r| (r.rule, r.text)).collect();
        assert_eq!(
            rules,
            [
                (
                    Some("caption"),
                    "1 of 4. Rescuers search the waters on Monday."
                ),
                (Some("caption"), "Read the best stories of the year."),
            ]
        );
        // A dateline that opens the text leaves every paragraph.
        let text = "Storm hits coast\n\nMIAMI (Reuters) - It rained.\n\nMore rain.\n";
        let mut a = crate::structure(text).unwrap();
        Boilerplate::default().run(&mut a);
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.removed.is_empty());
    }

    #[test]
    fn sign_off_positions() {
        let r = Rule::sign_off("s", "reuter");
        assert_eq!(r.sign_off_start("Text ends.\n Reuter"), Some(12));
        assert_eq!(r.sign_off_start("Text ends. REUTER..."), Some(11));
        assert_eq!(r.sign_off_start("Text ends\n Reuter\n"), Some(11));
        assert_eq!(r.sign_off_start("he told\nReuter"), None);
        assert_eq!(r.sign_off_start("he told Reuter"), None);
        assert_eq!(r.sign_off_start("a fine Reuter."), None);
        assert_eq!(r.sign_off_start("Reuter"), None);
        assert_eq!(r.sign_off_start("Text.\nNotReuter"), None);
    }

    /// The table as first applied: every rule, in order, to the text
    /// trimmed and out of the quotation marks that wrap it, as
    /// [`Boilerplate::matches`] reads it.
    fn reference(b: &Boilerplate, text: &str) -> Option<&'static str> {
        let t = std::str::from_utf8(unquoted(trimmed(text))).expect("cut at ASCII marks");
        b.rules().iter().find(|r| r.matches(t)).map(|r| r.name)
    }

    #[test]
    fn a_rule_matches_its_pattern_in_quotation_marks_as_the_screen_does() {
        // A case proptest found: the screen reads a paragraph out of the
        // marks that wrap it, and the reference must too.
        let b = Boilerplate::default();
        let text = "\"(additional reporting by Jane  Doe)\"";
        assert_eq!(b.matches(text), Some("reuters-credit"));
        assert_eq!(reference(&b, text), b.matches(text));
    }

    /// Pieces of paragraphs: the built-in patterns with their `*`s filled
    /// in, and words, punctuation and spaces to put around them.
    fn pieces() -> Vec<String> {
        let mut v: Vec<String> = crate::lexicon::boilerplate::RULES
            .iter()
            .map(|r| r.pattern.replace('*', "Jane  Doe"))
            .collect();
        v.extend(
            [
                "The",
                "word",
                " ",
                "\n",
                "\t",
                ".",
                "...",
                "…",
                ":",
                ")",
                "(",
                "\"",
                "©",
                "\u{a0}",
                "REUTER",
                "Reuters",
                "bur-ab/xy",
                "click",
                "Here",
                "",
            ]
            .map(String::from),
        );
        v
    }

    fn odd_rules() -> Boilerplate {
        // Blank, space-led, star-led and star-ended patterns, and a sign-off
        // that starts with a `*`.
        Boilerplate::default()
            .with(Rule::exact("blank", "  ", 50))
            .with(Rule::exact("space-led", " share", 50))
            .with(Rule::exact("star-led", "*here", 50))
            .with(Rule::exact("stars", "*jane*", 80))
            .with(Rule::exact("punct", "...", 10))
            .with(Rule::exact("space-punct", " !", 10))
            .with(Rule::exact("trailing-punct", "jane doe;", 20))
            .with(Rule::prefix("star-prefix", "* on twitter", 80))
            .with(Rule::word("star-word", "*/xy", 20))
            .with(Rule::sign_off("star-signoff", "*ap"))
    }

    proptest::proptest! {
        #[test]
        fn run_settles_every_paragraph(paras in proptest::collection::vec(proptest::collection::vec(0usize..200, 1..4), 1..5)) {
            // Trailing boilerplate, glued sign-offs and remainders: what the
            // loop from the end learns is reused by the drop, whose debug
            // assertion checks it against `matches`.
            let pieces = pieces();
            let mut text = String::from("News of the day\n\nThe body opens here.\n\n");
            for picks in &paras {
                text.extend(picks.iter().map(|&k| pieces[k % pieces.len()].as_str()));
                text.push_str("\n\n");
            }
            let b = Boilerplate::default();
            let mut a = crate::structure(&text).unwrap();
            let starts: Vec<usize> = a.paragraphs.iter().map(|p| p.span.start).collect();
            b.run(&mut a);
            for p in &a.paragraphs {
                proptest::prop_assert_eq!(b.matches(p.text), None, "{:?}", p.text);
            }
            let mut dropped = 0;
            for r in &a.removed {
                proptest::prop_assert_eq!(b.matches(r.text), r.rule, "{:?}", r.text);
                let start = r.span.start;
                dropped += usize::from(
                    starts.contains(&start) && !a.paragraphs.iter().any(|p| p.span.start == start),
                );
            }
            proptest::prop_assert_eq!(a.paragraphs.len() + dropped, starts.len());
            let again = a.clone();
            b.run(&mut a);
            proptest::prop_assert_eq!(a, again);
        }

        #[test]
        fn screen_finds_what_every_rule_finds(picks in proptest::collection::vec(0usize..200, 1..6)) {
            let pieces = pieces();
            let text: String = picks.iter().map(|&k| pieces[k % pieces.len()].as_str()).collect();
            let b = Boilerplate::default();
            proptest::prop_assert_eq!(b.matches(&text), reference(&b, &text));
            let odd = odd_rules();
            proptest::prop_assert_eq!(odd.matches(&text), reference(&odd, &text));
        }
    }

    /// Every pattern filled out to just under, at and just over its rule's
    /// length limit, and to the limits of the other rules: long paragraphs
    /// are settled by the screen's length lookup, which must agree with
    /// the rules.
    #[test]
    fn windows_fold_case_and_keep_their_bytes() {
        for (text, at_end, want) in [
            (&b"Share this"[..], false, *b"shar"),
            (b"AbZ", false, *b"abz\0"),
            (b"...REPORT", true, *b"port"),
            (b"Ok", true, *b"\0\0ok"),
            (b"@[`{\xc3\x89", false, *b"@[`{"),
            (b"\xc3\x89", true, *b"\0\0\xc3\x89"),
        ] {
            assert_eq!(window(text, at_end), u32::from_le_bytes(want), "{text:?}");
        }
        assert_eq!(window_mask(2, false), 0x0000_FFFF);
        assert_eq!(window_mask(2, true), 0xFFFF_0000);
        assert_eq!(window_mask(9, true), u32::MAX);
        assert_eq!(window_mask(0, false), 0);
    }

    #[test]
    fn screen_agrees_at_length_limits() {
        let b = Boilerplate::default();
        let odd = odd_rules();
        let limits: Vec<usize> = b.rules().iter().map(|r| r.max_len).collect();
        for rule in b.rules().iter().chain(odd.rules()) {
            let stars = rule.pattern.matches('*').count().max(1);
            let base = rule.pattern.replace('*', "").len();
            for &limit in limits.iter().chain([&rule.max_len]) {
                for len in limit.saturating_sub(1)..=limit + 1 {
                    let fill = "x".repeat(len.saturating_sub(base) / stars);
                    let mut text = rule.pattern.replace('*', &fill);
                    if !rule.pattern.contains('*') {
                        text = format!("{text} {fill}");
                    }
                    assert_eq!(b.matches(&text), reference(&b, &text), "{text:?}");
                    assert_eq!(odd.matches(&text), reference(&odd, &text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn screen_keeps_rule_order_and_edits() {
        let mut b = Boilerplate::default();
        assert_eq!(b.matches("Related"), Some("related-link"));
        b.remove("related-link");
        assert_eq!(b.matches("Related"), None);
        b.add(Rule::exact("mine", "related", 20));
        assert_eq!(b.matches("Related."), Some("mine"));
        let odd = odd_rules();
        for text in [
            "Click here",
            "jane",
            "AP",
            "*AP...",
            "x/xy",
            "Jane on Twitter",
            "...",
        ] {
            assert_eq!(odd.matches(text), reference(&odd, text), "{text:?}");
        }
        assert_eq!(odd.matches("*AP"), Some("star-signoff"));
        assert_eq!(odd.matches("Doe on Twitter now"), Some("star-prefix"));
    }
}
