//! The headline line and its trailing source tag:
//! `Lavrov will meet de Mistura on Wednesday. (Reuters)`.

use crate::dateline::{self, is_agency, is_known_agency, source_tag, Position};
use crate::lexicon::{calendar::MONTHS, contains_ci, sources::BYLINE_ROLES};
use crate::passes::Boilerplate;
use crate::span::Text;
use std::sync::OnceLock;

/// Headlines longer than this are first paragraphs that lost their title.
const MAX_HEADLINE_CHARS: usize = 250;

/// A headline with the source tag split off it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Head<'a> {
    pub headline: Text<'a>,
    pub source: Option<Text<'a>>,
}

/// Sentence-case titles set apart by a blank line are at most this long:
/// news titles in sentence case run to some 95 characters (`Report: Half
/// Clinton's State meetings were with donors; campaign says schedule
/// 'cherry-picked.'`), and a longer sentence set apart at the top of a
/// scraped body is its lede or a caption (`A surfer survived being
/// attacked and dragged underwater by a juvenile great white shark off the
/// central California coast Sunday.`). Title case may run longer, and so
/// may a title before a dateline ([`MAX_TITLE_BEFORE_DATELINE_CHARS`]).
const MAX_SENTENCE_TITLE_CHARS: usize = 100;

/// Sentence-case titles right before a dateline are at most this long: a
/// wire title may be a long sentence (`Russian Foreign Minister Sergei
/// Lavrov will meet the UN's Syria envoy Staffan de Mistura in Moscow on
/// Wednesday.` then `Moscow, Russia:`), and a dateline says the body
/// starts after it.
const MAX_TITLE_BEFORE_DATELINE_CHARS: usize = 150;

/// What follows the candidate line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Context {
    /// A blank line separates it from the text after it.
    pub blank_after: bool,
    /// The next line opens with a dateline.
    pub dateline_next: bool,
}

/// Reads `line` (a slice of `input`, already trimmed) as a headline, when it
/// is one. The caller checks that text follows it.
pub(crate) fn parse<'a>(input: &'a str, line: &'a str, context: Context) -> Option<Head<'a>> {
    // A line that opens with a wire dateline is the body, not a title. The
    // weaker `Place:` form is not checked: titles use colons too.
    // Wire headlines are set in capitals, body text is not: a line in
    // capitals is a title even when it opens with `(RPT)` or `UAL (UAL)`.
    let capitals = !line.contains(char::is_lowercase);
    // `Storm Moves East (Reuters)` alone on its line, with no separator and
    // no date, is a title with its tag, not a dateline.
    let tagged_title = |d: &dateline::Parts<'_>| {
        d.sep.is_none() && d.date.is_none() && line[d.text.len()..].trim().is_empty()
    };
    // A place in capitals before a dash, then running text, is the wire's
    // form too (`GREEN BAY, Wis. -- Here we go again.`). A title in
    // capitals with a stray lowercase letter (`SPOTLIGHT - U.S. DEFICIT
    // WITH NICs`) and `WATCH: ...` with its colon stay titles.
    let wire_place = |d: &dateline::Parts<'_>| {
        d.sep.is_some_and(|s| s != ":")
            && d.place.is_some_and(dateline::is_all_caps)
            && mostly_lowercase(&line[d.text.len()..])
    };
    if !capitals
        && dateline::parse(line, Position::Opening).is_some_and(|d| {
            (d.source.is_some() || d.date.is_some() || wire_place(&d)) && !tagged_title(&d)
        })
    {
        return None;
    }
    if is_caption(line) || (!context.dateline_next && is_kicker(line)) {
        return None;
    }
    if let Some((title, source)) = split_source_tag(line) {
        return Some(Head {
            headline: Text::within(input, title),
            source: Some(Text::within(input, source)),
        });
    }
    let set_apart = (context.blank_after || context.dateline_next)
        && sentence_title(line, context.dateline_next);
    // Site furniture in the title's place (`Photo: ...`, `Share This
    // Video`) is left to the body, where the boilerplate pass drops it.
    // The built-in table is screened once for all articles: asked rule by
    // rule, it cost a fifth of the whole pipeline's instructions.
    let furniture = || furniture().matches(line).is_some();
    ((set_apart || looks_like_headline(line)) && !furniture()).then(|| Head {
        headline: Text::within(input, line),
        source: None,
    })
}

/// The built-in boilerplate table with its screen, built on first use.
fn furniture() -> &'static Boilerplate {
    static TABLE: OnceLock<Boilerplate> = OnceLock::new();
    TABLE.get_or_init(Boilerplate::default)
}

/// A photo caption, which wire pages set above the dateline: a slideshow's
/// `1 of 4. A view of the hospital ...`, or a line that ends with the day
/// the picture was taken (`... in Mumbai May 13, 2014.`). Titles carry no
/// full date at their end.
fn is_caption(line: &str) -> bool {
    slideshow_count(line) || ends_with_full_date(line)
}

/// `1 of 4. ` at the start of `line`.
fn slideshow_count(line: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(line);
    let Some(rest) = line.get(n..).and_then(|r| r.strip_prefix(" of ")) else {
        return false;
    };
    let m = digits(rest);
    n > 0 && m > 0 && rest[m..].starts_with(". ")
}

/// `... May 13, 2014.`: a month, a day and a year, then a full stop, end
/// `line`.
fn ends_with_full_date(line: &str) -> bool {
    let Some(body) = line.strip_suffix('.') else {
        return false;
    };
    let mut words = body.rsplit(' ');
    let (Some(year), Some(day), Some(month)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let day = day.strip_suffix(',').unwrap_or("");
    let month = month.strip_suffix('.').unwrap_or(month);
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&day.len())
        && day.bytes().all(|b| b.is_ascii_digit())
        && contains_ci(MONTHS, month)
}

/// Whether most of the letters of `s` are lowercase, as in running text.
fn mostly_lowercase(s: &str) -> bool {
    let (mut lower, mut letters) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        lower += c.is_lowercase() as usize;
    }
    2 * lower > letters
}

/// `Title text (Reuters)` -> (`Title text`, `Reuters`).
fn split_source_tag(line: &str) -> Option<(&str, &str)> {
    if !line.ends_with(')') {
        return None;
    }
    let open = line.rfind('(')?;
    let (rest, name) = source_tag(&line[open..]).ok()?;
    if !rest.is_empty() || !is_agency(name) {
        return None;
    }
    let title = line[..open].trim_end();
    // `DUMEZ UNIT HAS 94 PCT OF WESTBURNE (WBI)`: after a title in
    // capitals, an acronym no table knows is as likely the company's
    // ticker as a source; only a known agency is taken there.
    if !title.chars().any(char::is_lowercase) && !is_known_agency(name) {
        return None;
    }
    (!title.is_empty()).then_some((title, name))
}

/// A short line of at most one sentence that is set as a title (capitalized
/// words or capitals) or does not end like a sentence.
fn looks_like_headline(line: &str) -> bool {
    if line.chars().count() > MAX_HEADLINE_CHARS
        || ends_open(line)
        || sentence_breaks(line) > 0
        || is_byline(line)
    {
        return false;
    }
    // Question titles (`Can Yahoo dominate next decade?`) are common; a
    // first paragraph is rarely one short question.
    let question = line.ends_with('?') && line.chars().count() <= 80;
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', '。', '！', '？']);
    !ends_sentence || question || is_title_case(line)
}

/// A sentence-case title (`Poll finds Clinton would beat out Trump.`): short,
/// one sentence, opening with a capital, not a byline. Before a dateline
/// (`dateline_next`) it may run longer, and even a two-sentence line
/// (`Virginian could make history. Again.`) is the title.
fn sentence_title(line: &str, dateline_next: bool) -> bool {
    let opening = line.trim_start_matches(['\'', '"', '‘', '“']);
    let (max, breaks_allowed) = match dateline_next {
        false => (MAX_SENTENCE_TITLE_CHARS, 0),
        true => (MAX_TITLE_BEFORE_DATELINE_CHARS, 1),
    };
    line.chars().count() <= max
        && sentence_breaks(line) <= breaks_allowed
        && opening.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        && !ends_open(line)
        && !is_byline(line)
}

/// A line that ends with `:` or `,` leads into what follows (`Friend,`
/// opening a letter, `Related:`): titles end otherwise.
fn ends_open(line: &str) -> bool {
    line.ends_with([':', ','])
}

/// `By Kevin Mazur`, `by Kelly Phillips Badal`, `Stevie Martin | Staff
/// Writer | Tuesday, 25 November 2014`: a credit, not a title.
pub(crate) fn is_byline(line: &str) -> bool {
    let b = line.as_bytes();
    let by = b.len() >= 2 && b[..2].eq_ignore_ascii_case(b"by") && (b.len() == 2 || b[2] == b' ');
    // (A title may carry its site after a bar, `Headline | Site`; a staff
    // role between bars is the writer's.)
    by || memchr::memchr(b'|', b).is_some()
        && line.split(" | ").skip(1).any(|field| {
            let last = field.rsplit(' ').next().unwrap_or("");
            contains_ci(BYLINE_ROLES, last)
        })
}

/// A section's label above the story (`Features`, `Investing`): a line of
/// one word in Latin letters that ends with no stop. News titles run
/// longer (bbc's to three words at least, polnear's to two: `IN BRIEF.`);
/// a wire's short title has its dateline after it, which the caller
/// checks. (A CJK title sets no spaces between its words.)
fn is_kicker(line: &str) -> bool {
    memchr::memchr2(b' ', b'\t', line.as_bytes()).is_none()
        && !line.ends_with(['.', '!', '?'])
        && line
            .chars()
            .all(|c| c.is_ascii() || (c.is_alphabetic() && c < '\u{250}'))
}

/// Counts `word. Next` sentence breaks inside the line, ignoring short
/// abbreviations (`Mr.`, `U.S.`).
fn sentence_breaks(line: &str) -> usize {
    let b = line.as_bytes();
    let mut n = 0;
    // Bytes, not chars: these marks are ASCII, which UTF-8 never uses inside
    // another char. Most titles hold none, or one at the end: memchr finds
    // them at a fraction of the cost of a byte loop.
    for i in memchr::memchr3_iter(b'.', b'?', b'!', b) {
        let next_upper = b.get(i + 1) == Some(&b' ')
            && b.get(i + 2)
                .is_some_and(|c| c.is_ascii_uppercase() || *c == b'"');
        if !next_upper {
            continue;
        }
        let word = line[..i].rsplit(' ').next().unwrap_or("");
        if word.len() >= 3 && !word.contains('.') && word.starts_with(|c: char| c.is_lowercase()) {
            n += 1;
        }
    }
    // A CJK full stop with text after it ends a sentence too: Japanese and
    // Chinese put no space after it, and have no capitals to look for.
    if !line.is_ascii() {
        n += line
            .trim_end_matches(['。', '」', '』'])
            .matches('。')
            .count();
    }
    n
}

/// Most longer words capitalized (`Stealth Over Health: Clinton Was Headed`),
/// or the whole line in capitals (`BAHIA COCOA REVIEW`).
fn is_title_case(line: &str) -> bool {
    let (mut long, mut caps) = (0, 0);
    for w in line.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.len() > 3 {
            long += 1;
            caps += w.starts_with(|c: char| c.is_uppercase()) as usize;
        }
    }
    long > 0 && caps * 10 >= long * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_source_tag() {
        let s = "Storm Moves East (Reuters)";
        let h = parse(s, s, Context::default()).unwrap();
        assert_eq!(
            (h.headline.text, h.source.unwrap().text),
            ("Storm Moves East", "Reuters")
        );
        let s = "Lavrov will meet de Mistura in Moscow on Wednesday. (Reuters)";
        let h = parse(s, s, Context::default()).unwrap();
        assert_eq!(
            h.headline.text,
            "Lavrov will meet de Mistura in Moscow on Wednesday."
        );
        assert_eq!(h.source.unwrap().text, "Reuters");
        assert_eq!(h.source.unwrap().span.start, s.len() - 8);
        // An acronym no table knows is a source after a title in mixed
        // case; after one in capitals, it stays in the title (a ticker,
        // as likely), and a known agency is still taken.
        let cases = [
            ("Flood Hits Delhi (IANS)", "Flood Hits Delhi", Some("IANS")),
            ("Flood Hits Delhi (KNN)", "Flood Hits Delhi", Some("KNN")),
            (
                "DALLAS INVESTOR CUTS STAKE IN MCDERMOTT (MDR)",
                "DALLAS INVESTOR CUTS STAKE IN MCDERMOTT (MDR)",
                None,
            ),
            ("FLOOD HITS DELHI (UPI)", "FLOOD HITS DELHI", Some("UPI")),
        ];
        for (s, title, source) in cases {
            let h = parse(s, s, Context::default()).unwrap();
            assert_eq!(
                (h.headline.text, h.source.map(|t| t.text)),
                (title, source),
                "{s}"
            );
        }
    }

    #[test]
    fn forms() {
        for s in [
            "BAHIA COCOA REVIEW",
            "Ad sales boost Time Warner profit",
            "Stealth Over Health: Clinton Was Headed to ER.",
            "WATCH: Storm moves east",
            "UK rebate 'unjustified' - Chirac",
            "ECONOMIC SPOTLIGHT - U.S. DEFICIT WITH NICs",
        ] {
            assert!(parse(s, s, Context::default()).is_some(), "{s}");
        }
        for s in [
            "MOSCOW (Reuters) - Russia said on Monday it would act.",
            "GREEN BAY, Wis. -- Here we go again.",
            "CHICAGO—Admitting it took them some time, the parents said.",
            "Forecasters see mostly smooth sailing into Thanksgiving.",
            "Are you in the storm? Please share your videos and stories.",
            "1 of 4. Rescuers search the waters off the coast on Monday.",
            "People walk past the exchange building in Mumbai May 13, 2014.",
            "Photo: Jane Doe/Getty Images",
            "Share This Video",
            "Dear Friend,",
        ] {
            assert!(parse(s, s, Context::default()).is_none(), "{s}");
        }
        let b = "By Kevin Mazur/WireImage.";
        assert!(parse(b, b, Context::default()).is_none());
        let s = "Poll finds Clinton would beat out Trump and Cruz.";
        let apart = Context {
            blank_after: true,
            dateline_next: false,
        };
        assert!(parse(s, s, Context::default()).is_none());
        assert!(parse(s, s, apart).is_some());
        let s = "Obama visits Japan (Video)";
        assert_eq!(parse(s, s, Context::default()).unwrap().headline.text, s);
    }

    #[test]
    fn a_cjk_sentence_is_no_title() {
        let apart = Context {
            blank_after: true,
            dateline_next: false,
        };
        // A lead sentence ends with the full stop; two sentences hold one
        // inside. A title ends otherwise.
        for s in [
            "香港行政长官梁振英在立法会接受质询，并向香港民众道歉。",
            "６月12日の米朝首脳会談が開かれた。中国も重要な参戦者だった",
        ] {
            assert!(parse(s, s, Context::default()).is_none(), "{s}");
            assert!(parse(s, s, apart).is_none(), "{s}");
        }
        let s = "香港行政长官向民众道歉";
        assert!(parse(s, s, apart).is_some());
    }
}
