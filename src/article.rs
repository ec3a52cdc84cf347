//! The parsed article and its parts. Every text field borrows from the input.

use crate::span::{Span, Text};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

/// A parsed news article. All text is borrowed from the input `&'a str`.
///
/// Serializes (with serde) to the JSON contract documented in the README:
/// `headline`, `source`, `dateline`, `paragraphs`, `quotes`, `removed`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Article<'a> {
    /// The whole input the article was parsed from.
    pub input: &'a str,
    /// The span of the body: everything after the headline and the dateline,
    /// to the end of the input. Kept paragraphs and removed spans lie in it.
    pub body: Span,
    /// The title line, without a trailing source tag.
    pub headline: Option<Text<'a>>,
    /// The agency or outlet credited by a source tag, without parentheses.
    pub source: Option<Text<'a>>,
    /// Where and when the story was filed.
    pub dateline: Option<Dateline<'a>>,
    /// Kept paragraphs, in text order.
    pub paragraphs: Vec<Text<'a>>,
    /// Direct quotations, in text order (filled by the quote pass).
    pub quotes: Vec<Quote<'a>>,
    /// What passes dropped from the body, in text order.
    pub removed: Vec<Removed<'a>>,
}

/// A dateline such as `MOSCOW (Reuters) -` or `Moscow, Russia:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dateline<'a> {
    /// The whole dateline, separator included.
    pub text: &'a str,
    /// Its span.
    pub span: Span,
    /// The place as written: `Moscow, Russia`, `HAYWARD, Calif.`. Empty for a
    /// bare source dateline such as `(CNN) --`.
    pub place: Option<Text<'a>>,
    /// The date as written: `Nov 3`, `Feb 26`.
    pub date: Option<Text<'a>>,
}

impl Serialize for Dateline<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Dateline", 6)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("span", &self.span)?;
        st.serialize_field("place", &self.place.map(|p| p.text))?;
        st.serialize_field("date", &self.date.map(|d| d.text))?;
        st.serialize_field("place_span", &self.place.map(|p| p.span))?;
        st.serialize_field("date_span", &self.date.map(|d| d.span))?;
        st.end()
    }
}

/// A direct quotation: the text strictly between its quotation marks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Quote<'a> {
    /// The quoted words, without the marks.
    pub text: &'a str,
    /// Their span.
    pub span: Span,
    /// Index of the kept paragraph that holds the quote.
    pub paragraph: usize,
    /// Who is quoted, when the article says.
    pub speaker: Option<Speaker<'a>>,
    /// The attributing verb or phrase as written (`said`, `told`, `:`).
    pub cue: Option<Text<'a>>,
    /// The addressee of the cue (`AFP` in `X told AFP`).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "ser_text_str"
    )]
    pub to: Option<Text<'a>>,
}

impl<'a> Quote<'a> {
    /// A quote of `text` (the words between the marks) in kept paragraph
    /// `paragraph`, with no speaker yet.
    pub fn new(text: Text<'a>, paragraph: usize) -> Self {
        Quote {
            text: text.text,
            span: text.span,
            paragraph,
            speaker: None,
            cue: None,
            to: None,
        }
    }
}

impl<'a> Speaker<'a> {
    /// A speaker named `name`, attributed by `mention`, found `via`.
    pub fn new(name: Text<'a>, mention: Text<'a>, via: Via) -> Self {
        Speaker {
            name,
            role: None,
            mention,
            via,
        }
    }
}

impl<'a> Dateline<'a> {
    /// A dateline over `text`, with its place and date when known.
    pub fn new(text: Text<'a>, place: Option<Text<'a>>, date: Option<Text<'a>>) -> Self {
        Dateline {
            text: text.text,
            span: text.span,
            place,
            date,
        }
    }
}

fn ser_text_str<S: Serializer>(t: &Option<Text<'_>>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(t.text),
        None => s.serialize_none(),
    }
}

/// The speaker of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Speaker<'a> {
    /// The fullest form of the speaker's name in the article, or the
    /// describing phrase for a non-person source (`the report`).
    pub name: Text<'a>,
    /// The speaker's role (`Russian foreign ministry spokeswoman`).
    pub role: Option<Text<'a>>,
    /// The words that attribute this quote (`he`, `Alden`, `the report`).
    pub mention: Text<'a>,
    /// How the speaker was found.
    pub via: Via,
}

impl Serialize for Speaker<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Speaker", 6)?;
        st.serialize_field("name", self.name.text)?;
        st.serialize_field("role", &self.role.map(|r| r.text))?;
        st.serialize_field("mention", &self.mention)?;
        st.serialize_field("via", &self.via)?;
        st.serialize_field("name_span", &self.name.span)?;
        st.serialize_field("role_span", &self.role.map(|r| r.span))?;
        st.end()
    }
}

/// How a quote's speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Via {
    /// A name (full, surname, or title plus surname) next to the cue.
    Name,
    /// A pronoun resolved to an earlier speaker.
    Pronoun,
    /// A quote paragraph that continues the previous speaker's quote.
    Continuation,
    /// A description rather than a name (`officials`, `the report`); the
    /// speaker's name is then the description itself, or the person or
    /// firm it stands for when the text named them (`the prime minister`
    /// of a lead that names him, `the company` after `EMI said`).
    Description,
}

/// Why a pass removed a piece of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// A repeat of a kept paragraph.
    Duplicate,
    /// Site furniture: trailers, sign-offs, share prompts.
    Boilerplate,
    /// A user pass's own reason.
    Other(&'static str),
}

impl Reason {
    /// The reason as it appears in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Reason::Duplicate => "duplicate",
            Reason::Boilerplate => "boilerplate",
            Reason::Other(s) => s,
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A piece of the body that a pass dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Removed<'a> {
    /// Why it was dropped.
    pub reason: Reason,
    /// What was dropped.
    pub span: Span,
    /// For duplicates: the index of the kept paragraph it repeats.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<usize>,
    /// The name of the rule that matched (boilerplate), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
    /// The dropped text itself.
    #[serde(skip)]
    pub text: &'a str,
}

impl<'a> Removed<'a> {
    /// A removal record for `span` of `input`.
    pub fn new(input: &'a str, span: Span, reason: Reason) -> Self {
        Removed {
            reason,
            span,
            of: None,
            rule: None,
            text: &input[span.range()],
        }
    }

    /// Sets the index of the kept paragraph this one repeats.
    pub fn of(mut self, index: usize) -> Self {
        self.of = Some(index);
        self
    }

    /// Names the rule that matched.
    pub fn rule(mut self, name: &'static str) -> Self {
        self.rule = Some(name);
        self
    }
}

impl<'a> Serialize for Article<'a> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Article", 7)?;
        st.serialize_field("headline", &self.headline)?;
        st.serialize_field("source", &self.source)?;
        st.serialize_field("dateline", &self.dateline)?;
        st.serialize_field("paragraphs", &self.paragraphs)?;
        st.serialize_field("quotes", &self.quotes)?;
        st.serialize_field("removed", &self.removed)?;
        st.serialize_field("body_span", &self.body)?;
        st.end()
    }
}

impl<'a> Article<'a> {
    /// An article with no parts, over `input`.
    pub fn empty(input: &'a str) -> Self {
        Article {
            input,
            body: Span::new(0, input.len()),
            headline: None,
            source: None,
            dateline: None,
            paragraphs: Vec::new(),
            quotes: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// Drops the kept paragraphs for which `decide` returns a removal record,
    /// recording each in [`Article::removed`].
    ///
    /// `decide` sees each paragraph with its current index; an `of` it sets
    /// refers to current indices. Afterwards every `of` in `removed` and every
    /// `Quote::paragraph` is renumbered to the new paragraph list, and quotes
    /// inside dropped paragraphs are dropped with them. This is the one way
    /// passes should remove paragraphs, so that indices stay consistent.
    pub fn drop_paragraphs<F>(&mut self, mut decide: F) -> usize
    where
        F: FnMut(usize, &[Text<'a>]) -> Option<Removed<'a>>,
    {
        let n = self.paragraphs.len();
        // Most calls drop nothing: no table is built before the first drop.
        let Some((first, r)) = (0..n).find_map(|i| decide(i, &self.paragraphs).map(|r| (i, r)))
        else {
            return 0;
        };
        let mut new_index: Vec<Option<usize>> = Vec::with_capacity(n);
        new_index.extend((0..first).map(Some));
        new_index.push(None);
        let mut added = vec![r];
        let mut next = first;
        for i in first + 1..n {
            match decide(i, &self.paragraphs) {
                Some(r) => {
                    new_index.push(None);
                    added.push(r);
                }
                None => {
                    new_index.push(Some(next));
                    next += 1;
                }
            }
        }
        let count = added.len();
        let mut i = 0;
        self.paragraphs.retain(|_| {
            let keep = new_index[i].is_some();
            i += 1;
            keep
        });
        // Removed entries made before this call already use the old numbering,
        // and so do the ones just made: renumber all of them in one place.
        self.removed.extend(added);
        for r in &mut self.removed {
            if let Some(of) = r.of {
                r.of = new_index.get(of).copied().flatten();
            }
        }
        self.quotes
            .retain(|q| new_index.get(q.paragraph).copied().flatten().is_some());
        for q in &mut self.quotes {
            q.paragraph = new_index[q.paragraph].unwrap_or(q.paragraph);
        }
        self.sort_removed();
        count
    }

    /// Shortens kept paragraph `index` to end at byte `new_end` (trailing
    /// white space before it is trimmed too, and the invisible characters
    /// that read as it, as the grammar trims paragraphs), recording the
    /// cut-off tail. Does nothing when `new_end` is not inside the
    /// paragraph, or nothing but such characters would be left.
    pub fn cut_paragraph_tail(&mut self, index: usize, new_end: usize, removed: Removed<'a>) {
        let Some(p) = self.paragraphs.get(index).copied() else {
            return;
        };
        if new_end <= p.span.start || new_end >= p.span.end {
            return;
        }
        let kept = crate::space::trim_end(&self.input[p.span.start..new_end]);
        if kept.is_empty() {
            return;
        }
        let end = p.span.start + kept.len();
        self.paragraphs[index] = Text::slice(self.input, Span::new(p.span.start, end));
        self.quotes
            .retain(|q| q.paragraph != index || q.span.end <= end);
        self.removed.push(removed);
        self.sort_removed();
    }

    fn sort_removed(&mut self) {
        self.removed.sort_by_key(|r| (r.span.start, r.span.end));
    }

    /// Number of quotes whose speaker was found.
    pub fn attributed_quotes(&self) -> usize {
        self.quotes.iter().filter(|q| q.speaker.is_some()).count()
    }
}
