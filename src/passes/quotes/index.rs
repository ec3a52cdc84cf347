//! The name index: every run of capitalized words in the article's kept
//! paragraphs (`Foreign Minister Sergei Lavrov`), asked for the fullest
//! form of a name, the gender a title gave it, and the names before a
//! pronoun.
//!
//! Only the speakers of attributed quotes are ever looked up, a few per
//! article, so nothing is read up front; each question reads what it
//! needs. A surname's full names are read around the places its text
//! occurs (memchr on its capital), from the last lowercase word before
//! (no run crosses such a word) or where the last read stopped, to the
//! end of the run holding it. The gender titles give names is gathered
//! once per article from the runs of the capitals that follow a gendered
//! word (`Mr`, `chairwoman`). A pronoun reads paragraphs backwards from
//! itself (its own only up to itself) until it has seen enough names, or
//! one of the gender it wants, or [`BYTE_REACH`] bytes. The answers are
//! those of an index built over every paragraph up front (a property test
//! checks this against one).

use super::hashing::WordMap;
use super::names::{self, Runs};
use super::scan::{self, Piece};
use super::speakers::{
    affiliation_len, gender_of, is_particle, is_title, opening_word, title_of_before, Gender,
};
use super::tokens::{bare, is_cap, is_possessive};
use crate::ascii8::{self, is_space};
use crate::lexicon::{contains_ci, sets, titles};
use crate::span::{offset_in, Span, Text};
use memchr::memmem;
use smallvec::SmallVec;
use std::cell::Cell;

/// What may give a run a gender: a word (or none), or the word before
/// byte `at` of `text`, found only when asked ([`Run::hint`]): most runs
/// are read for their spans alone.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Hint<'a> {
    Word(Option<&'a str>),
    Before { text: &'a str, at: usize },
}

impl<'a> Hint<'a> {
    pub(super) fn word(self) -> Option<&'a str> {
        match self {
            Hint::Word(w) => w,
            Hint::Before { text, at } => names::word_before(text, at),
        }
    }
}

/// A run of capitalized words as the index keeps it: the run without the
/// titles before the name, which must not start with a particle, end
/// lowercase or be longer than five words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Run<'a> {
    /// From the first word to the end of the last one without its `.` or
    /// `'s`.
    span: Span,
    first: &'a str,
    /// The surname: the last word without its `.` or `'s`, or the word
    /// before letters after the name (`Ian MacDonald QC`).
    last: &'a str,
    /// Two words or more: a full name.
    full: bool,
    /// The title stripped from the front, else the word before the run:
    /// what may give a gender.
    hint: Hint<'a>,
}

impl PartialEq for Run<'_> {
    fn eq(&self, o: &Self) -> bool {
        (self.span, self.first, self.last, self.full) == (o.span, o.first, o.last, o.full)
            && self.hint() == o.hint()
    }
}

impl Eq for Run<'_> {}

impl<'a> Run<'a> {
    /// The run of `words` (slices of `input`, in text order) that may hold
    /// a name, each with what it is ([`names::TITLE`], [`names::PARTICLE`]:
    /// every other word opens with a capital); `before` is the word before
    /// them.
    pub(crate) fn new(input: &'a str, words: &[(&'a str, u8)], before: Hint<'a>) -> Option<Self> {
        debug_assert!(words
            .iter()
            .all(|&(w, k)| is_title(w) == (k & names::TITLE != 0)
                && is_particle(w) == (k & names::PARTICLE != 0)
                && (is_cap(w) || k & names::PARTICLE != 0)));
        // Strip titles from the front: `Foreign Minister Sergei Lavrov`.
        let mut a = 0;
        for (k, t) in words.iter().enumerate().take(words.len().saturating_sub(1)) {
            if t.1 & names::TITLE != 0 {
                a = k + 1;
            }
        }
        let mut hint = if a > 0 {
            Hint::Word(Some(words[a - 1].0))
        } else {
            before
        };
        let mut words = &words[a..];
        // `Secretary of State John Kerry`, `Chief of Staff Denis
        // McDonough`: the word after a title's `of` is the title's.
        if a == 0 && words.len() >= 3 && title_of_before(input, words[0].0, words[1].0) {
            words = &words[1..];
        }
        // `Republican Donald Trump`, `Lib Dem Norman Baker`: a party or
        // nation before a given name is the person's role.
        // (No word but the last is a title here: `a` is 0.)
        if a == 0 && words.len() >= 3 && words[0].1 == 0 {
            let k = affiliation_len(|k| words.get(k).map(|w| w.0));
            if k > 0 {
                hint = Hint::Word(Some(words[k - 1].0));
                words = &words[k..];
            }
        }
        // A participle or speech verb that opens the sentence is no part of
        // the name after it: `Bringing Ford production home`; nor is a role
        // noun before a full name: `Wing Christophe Dominici says`.
        if a == 0 && words[0].1 == 0 && opening_word(input, words[0].0, words.len()).is_some() {
            hint = Hint::Word(Some(words[0].0));
            words = &words[1..];
        }
        let (&(first, kf), &(last, kl)) = (words.first()?, words.last()?);
        // A particle is lowercase; every other word is capitalized.
        if (kf | kl) & names::PARTICLE != 0 || words.len() > 5 {
            return None;
        }
        let start = offset_in(input, first);
        let last_bare = bare(last);
        // `Ian MacDonald QC`: the name runs on through the letters after
        // it, but is keyed by the surname before them.
        let (surname, suffixed) = match words {
            [.., (surname, k), _] if k & names::PARTICLE == 0 && follows_surname(last_bare) => {
                (bare(surname), 1)
            }
            _ => (last_bare, 0),
        };
        Some(Run {
            span: Span::new(start, offset_in(input, last) + last_bare.len()),
            first,
            last: surname,
            full: words.len() - suffixed >= 2,
            hint,
        })
    }

    /// The title stripped from the front, else the word before the run.
    pub(crate) fn hint(&self) -> Option<&'a str> {
        self.hint.word()
    }
}

/// What the runs with one surname say: their full-name mentions (a range
/// of `NameIndex::entries`) and the first gender a title gave them.
struct Surname<'a> {
    key: &'a str,
    entries: Option<(usize, usize)>,
    /// Its names in full with a generation after them (`Joseph R. Biden
    /// Jr.` for `Biden`): a range of `NameIndex::generations`, set with
    /// `entries`.
    generations: (usize, usize),
    gender: Option<Gender>,
    /// Its entries' longest mentions are in [`NameIndex::best`].
    mapped: bool,
}

/// The table of genders (see [`NameIndex::grow_gendered`]): every surname
/// a gendered word gave a gender, with the first gender given, in text
/// order. Searched as a list while short, through a map once longer: a
/// text of many titled names asks it of each.
#[derive(Default)]
struct Genders<'a> {
    list: Vec<(&'a str, Gender)>,
    map: Option<WordMap<&'a str, Gender>>,
    /// Some surname is male, female.
    has: (bool, bool),
}

impl<'a> Genders<'a> {
    fn get(&self, last: &str) -> Option<Gender> {
        match &self.map {
            Some(map) => map.get(last).copied(),
            None => self.list.iter().find(|(s, _)| *s == last).map(|g| g.1),
        }
    }

    /// Adds `last` with its first gender `g`: false when it was there.
    fn add(&mut self, last: &'a str, g: Gender, map_after: usize) -> bool {
        if self.get(last).is_some() {
            return false;
        }
        self.list.push((last, g));
        match &mut self.map {
            Some(map) => {
                map.insert(last, g);
            }
            None if self.list.len() > map_after => {
                self.map = Some(self.list.iter().copied().collect());
            }
            None => {}
        }
        match g {
            Gender::Male => self.has.0 = true,
            Gender::Female => self.has.1 = true,
            Gender::Unknown => {}
        }
        true
    }

    fn has(&self, want: Gender) -> bool {
        match want {
            Gender::Male => self.has.0,
            Gender::Female => self.has.1,
            Gender::Unknown => false,
        }
    }
}

/// Every run of every paragraph, read at once, by surname: once an
/// article has asked about many surnames, reading around each one's
/// places would cost its length again for each.
struct Every<'a> {
    runs: Vec<Run<'a>>,
    by_last: WordMap<&'a str, SmallVec<[usize; 2]>>,
    /// The runs that end in a generation, by the surname before it.
    by_generation: WordMap<&'a str, SmallVec<[usize; 2]>>,
}

/// A full-name mention of a surname.
#[derive(Clone, Copy, Debug)]
struct Entry<'a> {
    first: &'a str,
    span: Span,
}

/// The runs of an article's kept paragraphs, read on demand.
pub(crate) struct NameIndex<'a, 'p> {
    input: &'a str,
    paras: &'p [Text<'a>],
    /// Every paragraph's quoted pieces (names inside quotes do not count),
    /// paragraph `k`'s ending at `piece_ends[k]`.
    pieces: &'p [Piece],
    piece_ends: &'p [usize],
    /// Paragraphs in text order, one after the other: runs then come in
    /// text order too, and those before a point are found backwards.
    ordered: bool,
    /// The lead paragraph ([`NameIndex::lead`]) once asked, else
    /// `usize::MAX`.
    lead: usize,
    /// The range of `runs` read from each paragraph, once it is read
    /// (only for paragraphs out of text order: empty otherwise).
    read: Vec<Option<(usize, usize)>>,
    runs: Vec<Run<'a>>,
    /// A few per article: kept inline.
    surnames: SmallVec<[Surname<'a>; 4]>,
    entries: SmallVec<[Entry<'a>; 8]>,
    /// See [`Surname::generations`]: most articles have none.
    generations: Vec<Entry<'a>>,
    /// Runs found around a surname, kept for its allocation.
    scratch: Vec<Run<'a>>,
    /// See [`NameIndex::grow_gendered`]: None until a pronoun asks.
    gendered: Option<Genders<'a>>,
    /// Surnames by key, once there are more than `map_after`.
    surname_map: Option<WordMap<&'a str, usize>>,
    /// The longest mention of each first word and surname (the earliest
    /// of equals), for surnames with more than `map_after` entries.
    best: Option<WordMap<(&'a str, &'a str), Span>>,
    /// Every run, read once more than `scan_surnames` surnames were read
    /// around their places.
    every: Option<Every<'a>>,
    /// Surnames read around their places so far.
    scanned: usize,
    /// Where the scan for the table of genders stopped.
    gscan: GScan,
    /// Run spans before a pronoun with their surnames, kept for the
    /// allocation.
    spans: Vec<(Span, &'a str)>,
    /// The last place [`NameIndex::run_before`] was asked about and its
    /// answer (the last run that ends there or before, within reach).
    last_before: Option<(usize, Option<Span>)>,
    /// The last surname looked up and its record: a name's questions
    /// (its fullest form, then one with a generation) ask the same one in
    /// turn, and a long text's map of surnames is slow to probe.
    recent: Option<(&'a str, usize)>,
    /// [`BYTE_REACH`], but for tests that cross it in short texts.
    reach: usize,
    /// [`MAP_AFTER`] and [`SCAN_SURNAMES`], but for tests that take the
    /// maps and the whole reading in short texts.
    map_after: usize,
    scan_surnames: usize,
    /// How many more entries [`longest_ending_with`] may read in this
    /// text: [`SUFFIX_READS`] at first.
    suffix_reads: usize,
}

impl<'a, 'p> NameIndex<'a, 'p> {
    /// The index of `paras`, whose quoted pieces are `pieces`, paragraph
    /// `k`'s ending at `piece_ends[k]`.
    pub(crate) fn new(
        input: &'a str,
        paras: &'p [Text<'a>],
        pieces: &'p [Piece],
        piece_ends: &'p [usize],
    ) -> Self {
        debug_assert_eq!(paras.len(), piece_ends.len());
        let ordered = paras.windows(2).all(|w| w[0].span.end <= w[1].span.start);
        let kept = KEPT.with(Cell::take);
        NameIndex {
            input,
            paras,
            pieces,
            piece_ends,
            ordered,
            lead: usize::MAX,
            // Paragraphs in text order are never read whole.
            read: if ordered {
                Vec::new()
            } else {
                vec![None; paras.len()]
            },
            runs: Vec::new(),
            surnames: SmallVec::new(),
            entries: SmallVec::new(),
            generations: Vec::new(),
            scratch: relabel(kept.runs),
            gendered: None,
            surname_map: None,
            best: None,
            every: None,
            scanned: 0,
            gscan: GScan::default(),
            spans: relabel(kept.spans),
            last_before: None,
            recent: None,
            reach: BYTE_REACH,
            map_after: MAP_AFTER,
            suffix_reads: SUFFIX_READS,
            scan_surnames: SCAN_SURNAMES,
        }
    }

    /// The runs of paragraph `k`, read on first use: a range of `runs`.
    fn read(&mut self, k: usize) -> (usize, usize) {
        if let Some(r) = self.read[k] {
            return r;
        }
        let pieces = &self.pieces[scan::paragraph_pieces(self.piece_ends, k)];
        let start = self.runs.len();
        let mut found = Runs::new(self.input, &mut self.runs);
        names::paragraph(self.input, self.paras[k].span, pieces, &mut found);
        let r = (start, self.runs.len());
        self.read[k] = Some(r);
        r
    }

    /// The surname record for `key`, made on first use.
    fn surname(&mut self, key: &'a str) -> usize {
        if let Some((recent, k)) = self.recent {
            if recent == key {
                return k;
            }
        }
        let found = match &self.surname_map {
            Some(map) => map.get(key).copied(),
            None => self.surnames.iter().position(|s| s.key == key),
        };
        if let Some(k) = found {
            self.recent = Some((key, k));
            return k;
        }
        let k = self.surnames.len();
        self.surnames.push(Surname {
            key,
            entries: None,
            generations: (0, 0),
            gender: None,
            mapped: false,
        });
        match &mut self.surname_map {
            Some(map) => {
                map.insert(key, k);
            }
            None if self.surnames.len() > self.map_after => {
                let keys = self.surnames.iter().enumerate();
                self.surname_map = Some(keys.map(|(k, s)| (s.key, k)).collect());
            }
            None => {}
        }
        self.recent = Some((key, k));
        k
    }

    /// The full-name mentions of surname `key`, in text order: a range of
    /// `entries`, gathered on first use from around the places where the
    /// text holds `key`.
    fn entries(&mut self, key: &'a str) -> (usize, usize) {
        let k = self.surname(key);
        if let Some(r) = self.surnames[k].entries {
            return r;
        }
        let mut runs = std::mem::take(&mut self.scratch);
        runs.clear();
        let gender = self.runs_with(key, &mut runs, false);
        let lo = self.entries.len();
        for r in runs.iter().filter(|r| r.last == key && r.full) {
            self.entries.push(Entry {
                first: r.first,
                span: r.span,
            });
        }
        // The runs read around the places of `key` hold those with a
        // generation after it; the table of every run keeps them by the
        // surname before the generation.
        let glo = self.generations.len();
        let input = self.input;
        let entry = |r: &Run<'a>| Entry {
            first: r.first,
            span: r.span,
        };
        match &self.every {
            // (Most texts have no generation names: no lookup then.)
            Some(every) if !every.by_generation.is_empty() => {
                let ks = every.by_generation.get(key).map_or(&[][..], |ks| &ks[..]);
                self.generations
                    .extend(ks.iter().map(|&k| entry(&every.runs[k])));
            }
            Some(_) => {}
            None => {
                let runs = runs.iter().filter(|r| generation_of(input, r) == Some(key));
                self.generations.extend(runs.map(entry));
            }
        }
        self.surnames[k].generations = (glo, self.generations.len());
        // Every run that ends in `key` is here: its gender comes free
        // (asked of the table once there is one).
        if self.surnames[k].gender.is_none() && self.gendered.is_none() {
            self.surnames[k].gender = Some(gender);
        }
        self.scratch = runs;
        let r = (lo, self.entries.len());
        self.surnames[k].entries = Some(r);
        r
    }

    /// The gender the first run ending in surname `key` with a gendered
    /// title or word before it has, found on first use.
    fn surname_gender(&mut self, key: &'a str) -> Gender {
        let k = self.surname(key);
        if let Some(g) = self.surnames[k].gender {
            return g;
        }
        let mut runs = std::mem::take(&mut self.scratch);
        runs.clear();
        let gender = self.runs_with(key, &mut runs, true);
        self.scratch = runs;
        self.surnames[k].gender = Some(gender);
        gender
    }

    /// Appends to `out`, in text order, every run of two words or more
    /// that ends in `key`, every run that ends in `key` up to the first
    /// with a gendered word before it (and some other runs), from around
    /// the places where the text of a paragraph holds `key` outside its
    /// quoted pieces. With `gendered`, only runs that may have a gendered
    /// word before them, and only until one does have one. Returns the
    /// gender the first of them with a gendered word before it gets from
    /// that word ([`first_gender`] of what it appends to an empty `out`),
    /// except once the table of genders is begun (even if not read to the
    /// end): then, without `gendered`, only the full names are read.
    fn runs_with(&mut self, key: &str, out: &mut Vec<Run<'a>>, gendered: bool) -> Gender {
        // A run's surname starts with a capital.
        if !is_cap(key) {
            return Gender::Unknown;
        }
        self.scanned += 1;
        if self.scanned > self.scan_surnames {
            let every = self.every.get_or_insert_with(|| {
                read_every(self.input, self.paras, self.pieces, self.piece_ends)
            });
            if let Some(ks) = every.by_last.get(key) {
                out.extend(ks.iter().map(|&k| every.runs[k]));
            }
            return first_gender(out, key);
        }
        if !self.ordered {
            let finder = memmem::Finder::new(key);
            for k in 0..self.paras.len() {
                let unread = self.read[k].is_none();
                if unread && finder.find(self.paras[k].text.as_bytes()).is_none() {
                    continue;
                }
                let (a, b) = self.read(k);
                out.extend_from_slice(&self.runs[a..b]);
            }
            return first_gender(out, key);
        }
        let (Some(first), Some(last)) = (self.paras.first(), self.paras.last()) else {
            return Gender::Unknown;
        };
        let input = self.input;
        let bytes = &input.as_bytes()[..last.span.end];
        // A surname opens with a capital, a rare byte: memchr finds its
        // first byte faster than memmem sets up to find the whole.
        let key_bytes = key.as_bytes();
        let head = Head::of(key_bytes);
        let capital = ByteFinder::new(key_bytes[0]);
        let mut at = first.span.start;
        // Once a run ending in `key` has a gendered word before it, later
        // places matter only for full names; once the table of genders is
        // begun, genders are asked of it and only full names matter.
        let mut hinted_seen = !gendered && self.gendered.is_some();
        let mut gender = Gender::Unknown;
        // Where the last scan stopped: its segment's start, and the place
        // in the segment.
        let mut resume: Option<(usize, usize)> = None;
        // The paragraph of the last place.
        let mut k = 0;
        while let Some(off) = capital.find(&bytes[at..]) {
            let (h, end) = (at + off, at + off + key.len());
            at = h + 1;
            if !holds_at(bytes, h, key_bytes, head) {
                continue;
            }
            // A run ends in `key` only where a word is `key` itself, maybe
            // with a final `.` or `'s`: not where a letter follows.
            if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            // Places come in text order, and so do the paragraphs: the one
            // holding `h` is this one or a later one.
            while k + 1 < self.paras.len() && self.paras[k + 1].span.start <= h {
                k += 1;
            }
            let para = self.paras[k].span;
            if end > para.end {
                continue;
            }
            let pieces = &self.pieces[scan::paragraph_pieces(self.piece_ends, k)];
            let j = pieces.partition_point(|p| p.outer_start <= h);
            let seg_start = if j > 0 {
                pieces[j - 1].outer_end
            } else {
                para.start
            };
            let seg_end = pieces.get(j).map_or(para.end, |p| p.outer_start);
            if h < seg_start || end > seg_end {
                continue;
            }
            let seg = &input[seg_start..seg_end];
            // A full name ending here has a word before; a gender needs a
            // gendered word before: the word right before, unless the run
            // may go on before it.
            let rel = h - seg_start;
            let (full, hint) = names::end_of_run(seg, rel);
            if (gendered || !full) && hinted_seen {
                continue;
            }
            if !full && !hint() {
                continue;
            }
            if full && gendered && !names::may_be_gendered(seg, rel) {
                continue;
            }
            let before = out.len();
            let mut found = Runs::new(input, out);
            // A scan of this segment that stopped before `h` goes on from
            // there: what it read is not read again.
            let from = resume.filter(|r| r.0 == seg_start).map_or(0, |r| r.1);
            // No run of two words ends here: the word before is a title
            // (stripped from the run, and its hint all the same) or is in
            // no run. The run read from `h` on is the one that ends here.
            let from = if full { from } else { from.max(rel) };
            let stop = names::runs_through(
                seg,
                rel,
                from,
                end - seg_start,
                j == pieces.len(),
                &mut found,
            );
            resume = Some((seg_start, stop));
            if !hinted_seen {
                gender = first_gender(&out[before..], key);
                if gender != Gender::Unknown {
                    if gendered {
                        return gender;
                    }
                    hinted_seen = true;
                }
            }
            if !gendered {
                at = at.max(seg_start + stop);
            }
        }
        gender
    }

    /// The fullest form of the name `mention`.
    pub(crate) fn fullest(&mut self, mention: Span) -> Span {
        self.fullest_where(mention, &|_| true)
    }

    /// `Joseph R. Biden Jr.` for the surname `last` (`Mr. Biden`): a name
    /// in full with a generation after it is keyed by the generation
    /// (`Donald Trump Jr.` is not `Donald Trump`), so a surname alone finds
    /// it only here. Of such names, the last that starts before byte `at`
    /// (the mention), else the first after it.
    pub(crate) fn with_generation(&mut self, last: &'a str, at: usize) -> Option<Span> {
        // Asked after [`NameIndex::fullest`] of the mention, which read
        // the surname's places: with none read so far, it has none.
        if self.generations.is_empty() {
            return None;
        }
        self.entries(last);
        let k = self.surname(last);
        let (lo, hi) = self.surnames[k].generations;
        let cands = &self.generations[lo..hi];
        let n = cands.partition_point(|c| c.span.start < at);
        cands[..n].last().or(cands.get(n)).map(|c| c.span)
    }

    /// [`NameIndex::fullest`], but a surname alone stands only for a
    /// person named in full whose first word `fits` (`Mrs. Clinton` after
    /// Bill Clinton and Hillary Clinton), if any does: of those before it,
    /// the one [`surname_alone`] picks. A mention of several words with no
    /// longer form of the same first word may be a surname of several
    /// words ([`longest_ending_with`]).
    pub(crate) fn fullest_where(&mut self, mention: Span, fits: &dyn Fn(&str) -> bool) -> Span {
        let input = self.input;
        let (first, single, last) = name_parts(&input[mention.range()]);
        let plain = trim_possessive(input, mention);
        let (lo, hi) = self.entries(last);
        let cands = &self.entries[lo..hi];
        if cands.is_empty() {
            return plain;
        }
        let first = if single {
            // A surname alone: the person it stands for among those named
            // in full before it (who fit), else the first named after it.
            let k = cands.partition_point(|c| c.span.start <= mention.start);
            let headline = &input[..self.paragraph_start(0).unwrap_or(0)];
            let c = surname_alone(input, headline, &cands[..k], mention.start, fits)
                .or_else(|| cands[k..].iter().take(FIT_REACH).find(|c| fits(c.first)));
            c.or_else(|| cands[..k].last())
                .or_else(|| cands.get(k))
                .map_or("", |c| c.first)
        } else {
            first
        };
        // The longest mention with that first word; the earliest of equals.
        let best = if cands.len() <= self.map_after {
            cands
                .iter()
                .filter(|c| c.first == first)
                .map(|c| c.span)
                .reduce(|best, s| if s.len() > best.len() { s } else { best })
        } else {
            self.best_of(first, last, (lo, hi))
        };
        match best {
            Some(b) if single || b.len() > plain.len() => b,
            // (Most mentions are one word, or have a longer form found.)
            _ if single => plain,
            _ => {
                // Each reading reads every entry of the surname, so a
                // text's readings are bounded in all; and of many entries
                // not for a given name, which opens no surname of several
                // words (asked first only then: the lookup costs more than
                // reading a few entries).
                let reads = hi - lo;
                let skip = reads > self.suffix_reads
                    || (reads > self.map_after && sets::GIVEN_NAMES.contains(first));
                let longer = if skip {
                    plain
                } else {
                    self.suffix_reads -= reads;
                    longest_ending_with(input, &self.entries[lo..hi], plain)
                };
                if longer != plain && !sets::GIVEN_NAMES.contains(first) {
                    longer
                } else {
                    best.filter(|b| b.len() >= plain.len()).unwrap_or(plain)
                }
            }
        }
    }

    /// The longest of the entries `lo..hi` of surname `last` whose first
    /// word is `first`, the earliest of equals: from the map of such
    /// mentions, which takes in that surname's entries on first use.
    fn best_of(&mut self, first: &str, last: &'a str, (lo, hi): (usize, usize)) -> Option<Span> {
        let k = self.surname(last);
        let best = self.best.get_or_insert_with(WordMap::default);
        if !self.surnames[k].mapped {
            self.surnames[k].mapped = true;
            for c in &self.entries[lo..hi] {
                let b = best.entry((c.first, last)).or_insert(c.span);
                if c.span.len() > b.len() {
                    *b = c.span;
                }
            }
        }
        best.get(&(first, last)).copied()
    }

    /// The gender a title gave the person named `name`, if any.
    pub(crate) fn gender(&mut self, name: Span) -> Gender {
        let last = surname_of(&self.input[name.range()]);
        self.gender_of_surname(last)
    }

    /// The gender a title gave the person with surname `last`, if any.
    fn gender_of_surname(&mut self, last: &'a str) -> Gender {
        let Some(g) = &self.gendered else {
            return self.surname_gender(last);
        };
        if let Some(found) = g.get(last) {
            return found;
        }
        // The table holds a surname's first gender once it reaches it:
        // read on until it does.
        if self.grow_gendered(&|s, _| s == last) {
            return self
                .gendered
                .as_ref()
                .and_then(|g| g.get(last))
                .unwrap_or(Gender::Unknown);
        }
        Gender::Unknown
    }

    /// True when some surname has gender `want` in the table of genders,
    /// read (from where it stopped) only until one does.
    fn has_gender(&mut self, want: Gender) -> bool {
        let g = self.gendered.get_or_insert_with(Genders::default);
        g.has(want) || self.grow_gendered(&|_, g| g == want)
    }

    /// Reads on the table of genders (every surname a gendered word gave a
    /// gender, with the first gender given, in text order, from around
    /// the places where a run may start after a gendered word) from where
    /// it stopped, until it adds a surname and gender that `stop` holds
    /// (true) or reaches the end (false). A pronoun most often needs only
    /// part of it: what is added is final, as the first gender is kept.
    fn grow_gendered(&mut self, stop: &dyn Fn(&str, Gender) -> bool) -> bool {
        let mut g = self.gendered.take().unwrap_or_default();
        let mut runs = std::mem::take(&mut self.scratch);
        let mut s = self.gscan;
        let mut hit = false;
        'paras: while s.k < self.paras.len() {
            let para = self.paras[s.k].span;
            let pieces = &self.pieces[scan::paragraph_pieces(self.piece_ends, s.k)];
            while s.j <= pieces.len() {
                let j = s.j;
                let from = if j > 0 {
                    pieces[j - 1].outer_end
                } else {
                    para.start
                };
                let to = pieces.get(j).map_or(para.end, |p| p.outer_start);
                let seg = &self.input[from..to];
                while let Some((c, next)) = names::next_gendered_start(seg, s.at) {
                    s.at = next;
                    if c < s.covered {
                        continue;
                    }
                    runs.clear();
                    let mut found = Runs::new(self.input, &mut runs);
                    // Every run a gendered word gives a gender holds a
                    // start: the one that `c` begins is enough.
                    let last = j == pieces.len();
                    s.covered = names::runs_through(seg, c, s.covered, c + 1, last, &mut found);
                    for r in &runs {
                        let gender = r.hint().map_or(Gender::Unknown, gender_of);
                        if gender != Gender::Unknown && g.add(r.last, gender, self.map_after) {
                            hit |= stop(r.last, gender);
                        }
                    }
                    // Starts before where the reading stopped are
                    // passed over: no need to look for them.
                    if s.covered > s.at && seg.is_char_boundary(s.covered) {
                        s.at = s.covered;
                    }
                    if hit {
                        break 'paras;
                    }
                }
                s.j += 1;
                s.at = 0;
                s.covered = 0;
            }
            s.k += 1;
            s.j = 0;
        }
        self.gscan = s;
        self.scratch = runs;
        self.gendered = Some(g);
        hit
    }

    /// The nearest of the last `reach` runs that end before `pos` whose
    /// name has gender `want`.
    pub(crate) fn gendered_run_before(
        &mut self,
        pos: usize,
        want: Gender,
        reach: usize,
    ) -> Option<Span> {
        // No name has that gender: no need to look.
        if !self.has_gender(want) {
            return None;
        }
        let floor = pos.saturating_sub(self.reach);
        if !self.ordered {
            let all = self.all_runs();
            let k = all.partition_point(|r| r.end <= pos);
            let found = all[..k]
                .iter()
                .rev()
                .take(reach)
                .take_while(|r| r.end >= floor)
                .find(|r| self.gender(**r) == want);
            return found.copied();
        }
        // The surnames of that gender (those the table holds so far): a
        // paragraph read backwards stops at the first run that ends in one.
        // A long table is not copied for each pronoun: the paragraph is
        // then read for `reach` runs, as many as are looked at anyway.
        let table = self.gendered.as_ref().map_or(&[][..], |g| &g.list[..]);
        let names: SmallVec<[&str; 4]> = if table.len() <= self.map_after {
            table
                .iter()
                .filter(|(_, g)| *g == want)
                .map(|(s, _)| *s)
                .collect()
        } else {
            SmallVec::new()
        };
        let hit = |last: &str| names.contains(&last);
        let mut left = reach;
        let mut k = self.paras.partition_point(|p| p.span.start < pos);
        let mut spans = std::mem::take(&mut self.spans);
        let mut found = None;
        while k > 0 && left > 0 && found.is_none() && self.paras[k - 1].span.end >= floor {
            k -= 1;
            self.spans_before(k, pos, floor, left, &hit, &mut spans);
            for &(span, last) in spans.iter().rev().take(left) {
                left -= 1;
                if self.gender_of_surname(last) == want {
                    found = Some(span);
                    break;
                }
            }
        }
        self.spans = spans;
        found
    }

    /// The lead: the first paragraph that reads as prose, a sentence of
    /// some words that ends with its stop (or a closing mark after one).
    /// A byline, a caption or a teaser line kept above the story
    /// (`Listen to this article: 4 minutes`) is no lead, and names no one
    /// the story is about. The first paragraph when none reads so.
    fn lead(&mut self) -> usize {
        // (Asked for each description: found once, as an article of no
        // prose would be read whole each time.)
        if self.lead == usize::MAX {
            let prose = |t: &str| {
                let t = t.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
                t.ends_with(['.', '!', '?'])
                    && memchr::memchr_iter(b' ', t.as_bytes())
                        .nth(LEAD_MIN_WORDS - 2)
                        .is_some()
            };
            self.lead = self.paras.iter().position(|p| prose(p.text)).unwrap_or(0);
        }
        self.lead
    }

    /// Where the paragraph `k` paragraphs on from the lead
    /// ([`NameIndex::lead`]) starts, if there is one.
    pub(crate) fn paragraph_after_lead(&mut self, k: usize) -> Option<usize> {
        let lead = self.lead();
        self.paragraph_start(lead + k)
    }

    /// Where paragraph `k` starts, if there is one.
    pub(crate) fn paragraph_start(&self, k: usize) -> Option<usize> {
        self.paras.get(k).map(|p| p.span.start)
    }

    /// Whether a paragraph opens at byte `at`.
    pub(crate) fn opens_paragraph(&self, at: usize) -> bool {
        if self.ordered {
            let k = self.paras.partition_point(|p| p.span.start < at);
            self.paras.get(k).is_some_and(|p| p.span.start == at)
        } else {
            self.paras.iter().any(|p| p.span.start == at)
        }
    }

    /// Whether `f` holds for every line break between bytes `lo` and `hi`
    /// (its place) that stands outside the paragraphs: a paragraph's or a
    /// headline's end. One inside a paragraph is a wrapped line's, as wires
    /// and plain-text archives wrap theirs, and reads as a space.
    pub(crate) fn all_breaks_between_paragraphs(
        &self,
        lo: usize,
        hi: usize,
        mut f: impl FnMut(usize) -> bool,
    ) -> bool {
        let Some(gap) = self.input.as_bytes().get(lo..hi) else {
            return true;
        };
        let inside = |k: usize| {
            if self.ordered {
                let j = self.paras.partition_point(|p| p.span.end <= k);
                self.paras.get(j).is_some_and(|p| p.span.start <= k)
            } else {
                self.paras
                    .iter()
                    .any(|p| p.span.start <= k && k < p.span.end)
            }
        };
        memchr::memchr_iter(b'\n', gap)
            .map(|k| lo + k)
            .filter(|&k| !inside(k))
            .all(&mut f)
    }

    /// Whether a line break between bytes `lo` and `hi` stands outside the
    /// paragraphs ([`NameIndex::all_breaks_between_paragraphs`]).
    pub(crate) fn paragraph_break_between(&self, lo: usize, hi: usize) -> bool {
        !self.all_breaks_between_paragraphs(lo, hi, |_| false)
    }

    /// The last run that ends before `pos`.
    pub(crate) fn run_before(&mut self, pos: usize) -> Option<Span> {
        let floor = pos.saturating_sub(self.reach);
        if !self.ordered {
            let all = self.all_runs();
            let k = all.partition_point(|r| r.end <= pos);
            let found = all.get(k.checked_sub(1)?)?;
            return (found.end >= floor).then_some(*found);
        }
        // Pronouns come in text order: what the last question found
        // answers this one unless a run ends between the two places, so
        // only the text since then is read.
        let (low, known) = match self.last_before {
            Some((at, run)) if at <= pos && at >= floor => (at + 1, run),
            _ => (floor, None),
        };
        let mut k = self.paras.partition_point(|p| p.span.start < pos);
        let mut spans = std::mem::take(&mut self.spans);
        let mut found = None;
        while k > 0 && found.is_none() && self.paras[k - 1].span.end >= low {
            k -= 1;
            self.spans_before(k, pos, low, 1, &|_| false, &mut spans);
            found = spans.last().map(|s| s.0);
        }
        self.spans = spans;
        let found = found.or(known.filter(|r| r.end >= floor));
        self.last_before = Some((pos, found));
        found
    }

    /// The quoted pieces of every paragraph, in text order: the text that
    /// the index reads no names from.
    pub(crate) fn pieces(&self) -> &'p [Piece] {
        self.pieces
    }

    /// Into `out` (cleared), last first: the spans of the runs that start
    /// at or after `lo` and end at or before `hi`, read backwards from
    /// `hi` in one pass.
    pub(crate) fn runs_between(&mut self, lo: usize, hi: usize, out: &mut Vec<Span>) {
        out.clear();
        if !self.ordered {
            let all = self.all_runs();
            let inside = all.iter().rev().filter(|r| r.start >= lo && r.end <= hi);
            out.extend(inside);
            return;
        }
        let mut k = self.paras.partition_point(|p| p.span.start < hi);
        let mut spans = std::mem::take(&mut self.spans);
        while k > 0 && self.paras[k - 1].span.end >= lo {
            k -= 1;
            self.spans_before(k, hi, lo, usize::MAX, &|_| false, &mut spans);
            let inside = spans.iter().rev().filter(|s| s.0.start >= lo);
            out.extend(inside.map(|s| s.0));
        }
        self.spans = spans;
    }

    /// Whether `f` holds for a stretch of the paragraphs' text between
    /// bytes `lo` and `hi` that lies outside their quoted pieces: the
    /// stretches in text order, each cut to `lo..hi`.
    pub(crate) fn any_unquoted(
        &self,
        lo: usize,
        hi: usize,
        mut f: impl FnMut(&[u8]) -> bool,
    ) -> bool {
        let bytes = self.input.as_bytes();
        let first = if self.ordered {
            self.paras.partition_point(|p| p.span.end <= lo)
        } else {
            0
        };
        for k in first..self.paras.len() {
            let para = self.paras[k].span;
            if self.ordered && para.start >= hi {
                break;
            }
            let pieces = &self.pieces[scan::paragraph_pieces(self.piece_ends, k)];
            // From the first piece that ends after `lo`, found by
            // bisection: a paragraph of many quotes is not walked from its
            // start for each question.
            let j = pieces.partition_point(|p| p.outer_end <= lo);
            let mut from = j.checked_sub(1).map_or(para.start, |i| pieces[i].outer_end);
            let quoted = pieces[j..].iter().map(|p| (p.outer_start, p.outer_end));
            for (to, next) in quoted.chain(std::iter::once((para.end, para.end))) {
                let (a, b) = (from.max(lo), to.min(hi));
                if a < b && f(&bytes[a..b]) {
                    return true;
                }
                if to >= hi {
                    break;
                }
                from = next;
            }
        }
        false
    }

    /// The spans of the runs of paragraph `k` that end before `pos` and
    /// at or after `floor`, in
    /// text order, each with its surname (what [`surname_of`] gives of its
    /// text: words of a run are cut at whitespace, and its span ends with
    /// its last word without `.` or `'s`): all of them, or at least the
    /// last `need`, or at least those from the last whose surname is a
    /// `hit`. A paragraph that was not
    /// read is read backwards from `pos` (or its end), a window between
    /// two places where a scan may start at a time, until `need` or a hit
    /// are found: a pronoun's name is most often near it. Asked for every
    /// run (`need` is `usize::MAX`), the first window reaches down to
    /// `floor`.
    fn spans_before(
        &mut self,
        k: usize,
        pos: usize,
        floor: usize,
        need: usize,
        hit: &dyn Fn(&str) -> bool,
        out: &mut Vec<(Span, &'a str)>,
    ) {
        out.clear();
        let para = self.paras[k].span;
        if self.read.get(k).is_some_and(Option::is_some) {
            let (a, b) = self.read(k);
            let near = |r: &&Run| (floor..=pos).contains(&r.span.end);
            let runs = self.runs[a..b].iter().filter(near);
            out.extend(runs.map(|r| (r.span, bare(r.last))));
            debug_assert!(out
                .iter()
                .all(|&(s, last)| surname_of(&self.input[s.range()]) == last));
            return;
        }
        let mut runs = std::mem::take(&mut self.scratch);
        let pieces = &self.pieces[scan::paragraph_pieces(self.piece_ends, k)];
        // The segments that start before `pos`, found by bisection: a
        // paragraph of many quotes is not walked piece by piece for each
        // pronoun in it.
        let m = pieces.partition_point(|p| p.outer_end < pos);
        // `out` fills last run first and is turned round at the end.
        'segments: for j in (0..=m).rev() {
            let from = if j > 0 {
                pieces[j - 1].outer_end
            } else {
                para.start
            };
            let to = pieces.get(j).map_or(para.end, |p| p.outer_start);
            if from >= pos {
                continue;
            }
            // Every run of this segment and those before it ends before
            // `to`.
            if to < floor {
                break;
            }
            let seg = &self.input[from..to];
            let mut hi = names::restart_after(seg, pos.min(to) - from);
            // Asked for every run down to `floor`, one window reaches it:
            // windows of their own would cost a restart each.
            let window = if need == usize::MAX {
                hi.saturating_sub(floor.saturating_sub(from)).max(WINDOW)
            } else {
                WINDOW
            };
            loop {
                runs.clear();
                let mut found = Runs::new(self.input, &mut runs);
                let q = names::runs_in_window(seg, hi, window, j == pieces.len(), &mut found);
                let seen = out.len();
                let near = |r: &&Run| (floor..=pos).contains(&r.span.end);
                let before = runs.iter().rev().filter(near);
                out.extend(before.map(|r| (r.span, bare(r.last))));
                if out.len() >= need || out[seen..].iter().any(|s| hit(s.1)) {
                    break 'segments;
                }
                // No run crosses the start of a window: those before it
                // end before it, too far back once it is below `floor`.
                if from + q < floor {
                    break 'segments;
                }
                if q == 0 {
                    break;
                }
                hi = q;
            }
        }
        out.reverse();
        self.scratch = runs;
        debug_assert!(out
            .iter()
            .all(|&(s, last)| surname_of(&self.input[s.range()]) == last));
    }

    /// Every run, paragraph by paragraph: for paragraphs out of text order,
    /// where a backward walk would not see what the eager list holds.
    fn all_runs(&mut self) -> Vec<Span> {
        let mut all = Vec::new();
        for k in 0..self.paras.len() {
            let (a, b) = self.read(k);
            all.extend(self.runs[a..b].iter().map(|r| r.span));
        }
        all
    }
}

/// Where [`NameIndex::grow_gendered`] stopped: paragraph `k`, its
/// segment `j` (between quoted pieces), the place `at` to look on from
/// and where the last reading stopped, `covered`.
#[derive(Clone, Copy, Default)]
struct GScan {
    k: usize,
    j: usize,
    at: usize,
    covered: usize,
}

/// The index's lists, kept from article to article on each thread (as
/// the pass's `Scratch` keeps its own): allocated once per thread, not
/// allocated and regrown for every article.
#[derive(Default)]
struct Kept {
    /// Empty; typed for no article's text.
    spans: Vec<(Span, &'static str)>,
    /// Empty; typed for no article's text.
    runs: Vec<Run<'static>>,
}

thread_local! {
    static KEPT: Cell<Kept> = Cell::new(Kept::default());
}

/// The fewest words of a lead ([`NameIndex::lead`]).
const LEAD_MIN_WORDS: usize = 6;

/// A list this long or longer is dropped rather than kept: one huge
/// article does not pin its memory for the rest of the thread's life.
const KEEP_MAX: usize = 1 << 14;

/// `v` emptied, typed for another text: a collect from a list's own
/// iterator into a list of a type of the same layout keeps its buffer.
fn relabel<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// `v` emptied, or a new list in place of a huge one.
fn emptied<T>(mut v: Vec<T>) -> Vec<T> {
    if v.capacity() >= KEEP_MAX {
        return Vec::new();
    }
    v.clear();
    v
}

impl Drop for NameIndex<'_, '_> {
    fn drop(&mut self) {
        let kept = Kept {
            spans: relabel(emptied(std::mem::take(&mut self.spans))),
            runs: relabel(emptied(std::mem::take(&mut self.scratch))),
        };
        KEPT.with(|k| k.set(kept));
    }
}

/// How far back, in bytes, a pronoun's name is looked for: a run that
/// ends farther back is not taken. A name that far away is a guess, and
/// the bound keeps each question's reading short, so that a text of many
/// pronouns and no names is read in linear time, not once per pronoun.
pub(crate) const BYTE_REACH: usize = 2048;

/// How many full names of a surname, nearest first, a surname alone is
/// matched against for one whose first word fits (see
/// [`NameIndex::fullest_where`]): an article names a person a few times,
/// and the bound keeps a text that names thousands of people of one
/// surname from asking each of them for every mention (time quadratic in
/// its length).
const FIT_REACH: usize = 32;

/// How many entries [`longest_ending_with`] may read in one text in all
/// (it reads every entry of a surname for each mention it is asked of):
/// a news text's few mentions of a surname of several words read a few
/// hundred, some 430 mentions of one read them all, and a text of
/// thousands of mentions of one surname is read in time linear in its
/// length, not once for each mention.
const SUFFIX_READS: usize = 1 << 18;

/// Of the full names `before` a surname alone at `at` (the last
/// [`FIT_REACH`] of them), the person it stands for, among those who
/// `fits`: the one named last if that was within [`NEAR_REACH`], else the
/// one named first with a given name the tables know that the `headline`
/// writes in full, else the one named first, the first with a given name
/// the tables know if any.
///
/// News writing names the person a story is about first and goes on by
/// surname alone; a relative or namesake it brings in later is named in
/// full again, or by given name, where they act (`his wife, Jane
/// Sanders,` ... `said Sanders` is still Bernie Sanders, 1,700 bytes on).
/// A namesake named in full just before speaks (`Bill Clinton spoke with
/// voters ... Clinton said`). A run read as a full name that opens with
/// no given name is often no name (`Team Trump sees ...`), so it yields
/// to one that does. A headline that names one of them in full says whom
/// the story is about, whoever its first paragraph names first.
fn surname_alone<'e, 'a>(
    input: &str,
    headline: &str,
    before: &'e [Entry<'a>],
    at: usize,
    fits: &dyn Fn(&str) -> bool,
) -> Option<&'e Entry<'a>> {
    let recent = &before[before.len().saturating_sub(FIT_REACH)..];
    // `Switzerland's Federer` after `Roger Federer`: an owner before a
    // surname alone gives the person a role, not a name in full, and
    // yields to one named in full (`Arsenal's Sol Campbell` is).
    let owner_only = |c: &&Entry<'_>| {
        is_possessive(c.first)
            && !input[c.span.start + c.first.len()..c.span.end]
                .trim_start()
                .contains(char::is_whitespace)
    };
    let mut named = recent.iter().rev().filter(|c| fits(c.first));
    let last = named
        .clone()
        .find(|c| !owner_only(c))
        .or_else(|| named.next())?;
    // Most surnames name one person: no table to ask.
    if last.span.end + NEAR_REACH >= at || recent.iter().all(|c| c.first == last.first) {
        return Some(last);
    }
    let mut fitting = recent.iter().filter(|c| fits(c.first));
    let given = |c: &&Entry<'_>| sets::GIVEN_NAMES.mask(c.first) != 0;
    // (`Hillary Clinton Accused Of ...` over `a former agent for President
    // Bill Clinton has written a book about Hillary Clinton`.)
    let in_headline = |c: &&Entry<'_>| {
        memmem::find(headline.as_bytes(), input[c.span.range()].as_bytes()).is_some()
    };
    fitting
        .clone()
        .find(|c| !headline.is_empty() && given(c) && in_headline(c))
        .or_else(|| {
            fitting
                .clone()
                .find(|c| given(c) && !named_as_kin(input, c.span))
        })
        .or_else(|| fitting.clone().find(given))
        .or_else(|| fitting.next())
}

/// Whether the full name at `name` follows a word of kinship, with a
/// comma or `of` between or none (`his wife, Jane Sanders`, `the brother
/// of Simon Cowell`, `her son Humayun Khan`).
pub(crate) fn named_as_kin(input: &str, name: Span) -> bool {
    let before = input[..name.start].trim_end();
    let before = before
        .strip_suffix(',')
        .or_else(|| before.strip_suffix(" of"))
        .unwrap_or(before);
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    contains_ci(titles::KIN, word)
}

/// How near before a surname alone a full name it fits must be to speak
/// for it over the person named first: about a paragraph.
const NEAR_REACH: usize = 300;

/// How many records (surnames, a surname's full names, gendered
/// surnames) are searched as a list before a map is built: most articles
/// have a few, and a list of a few is searched faster than a map.
const MAP_AFTER: usize = 16;

/// How many surnames are read around their places before every run of
/// the article is read at once instead: a few speakers are found faster
/// around their places, many at once.
const SCAN_SURNAMES: usize = 32;

/// Every run of `paras` (whose quoted pieces are `pieces`, paragraph
/// `k`'s ending at `piece_ends[k]`), in their order, by surname.
fn read_every<'a>(
    input: &'a str,
    paras: &[Text<'a>],
    pieces: &[Piece],
    piece_ends: &[usize],
) -> Every<'a> {
    let mut runs = Vec::new();
    for (k, para) in paras.iter().enumerate() {
        let mut found = Runs::new(input, &mut runs);
        let pieces = &pieces[scan::paragraph_pieces(piece_ends, k)];
        names::paragraph(input, para.span, pieces, &mut found);
    }
    let mut by_last: WordMap<&str, SmallVec<[usize; 2]>> = WordMap::default();
    let mut by_generation: WordMap<&str, SmallVec<[usize; 2]>> = WordMap::default();
    for (k, r) in runs.iter().enumerate() {
        by_last.entry(r.last).or_default().push(k);
        if let Some(surname) = generation_of(input, r) {
            by_generation.entry(surname).or_default().push(k);
        }
    }
    Every {
        runs,
        by_last,
        by_generation,
    }
}

/// About how many bytes [`NameIndex::spans_before`] reads at a time. The
/// answers do not depend on it; tests read a word at a time, to cross as
/// many windows as they can.
const WINDOW: usize = if cfg!(test) { 1 } else { 64 };

/// The first eight bytes of a word (fewer when it is shorter), as one
/// little-endian `u64` with the mask of the bytes it holds: most places
/// where a surname's capital occurs hold another word, told apart by one
/// load and a compare instead of a slice compare.
#[derive(Clone, Copy)]
struct Head {
    bytes: u64,
    mask: u64,
}

impl Head {
    fn of(w: &[u8]) -> Head {
        let n = w.len().min(8);
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&w[..n]);
        Head {
            bytes: u64::from_le_bytes(a),
            mask: u64::MAX >> (64 - 8 * n.max(1)),
        }
    }
}

/// `memchr` for one byte, set up once for the many calls of a walk: the
/// AVX2 searcher itself when the CPU has it (the generic function picks
/// one through a function pointer and sets up its needle at every call,
/// and a walk calls it at every place its byte occurs).
#[derive(Clone, Copy)]
struct ByteFinder {
    byte: u8,
    #[cfg(target_arch = "x86_64")]
    avx2: Option<memchr::arch::x86_64::avx2::memchr::One>,
}

impl ByteFinder {
    fn new(byte: u8) -> ByteFinder {
        ByteFinder {
            byte,
            #[cfg(target_arch = "x86_64")]
            avx2: memchr::arch::x86_64::avx2::memchr::One::new(byte),
        }
    }

    /// The offset of the first of the byte in `haystack`.
    #[inline(always)]
    fn find(&self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(one) = &self.avx2 {
            return one.find(haystack);
        }
        memchr::memchr(self.byte, haystack)
    }
}

/// True when `bytes` holds `key` (whose [`Head`] is `head`) at `at`.
#[inline(always)]
fn holds_at(bytes: &[u8], at: usize, key: &[u8], head: Head) -> bool {
    if at + 8 <= bytes.len() {
        let x = ascii8::load(bytes, at);
        if (x ^ head.bytes) & head.mask != 0 {
            return false;
        }
        if key.len() <= 8 {
            return true;
        }
    }
    bytes[at..].starts_with(key)
}

/// The gender the first of `runs` that ends in `key` and has a gendered
/// word before it gets from that word.
fn first_gender(runs: &[Run<'_>], key: &str) -> Gender {
    runs.iter()
        .filter(|r| r.last == key)
        .filter_map(|r| r.hint())
        .map(gender_of)
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// The surname of a name: its last word without a final dot or
/// possessive, or the word before letters after the name.
fn surname_of(text: &str) -> &str {
    past_post_nominal(text, bare(last_word(text)))
}

/// The surname before the generation that ends the run `r`, a name in
/// full (`Biden` in `Joseph R. Biden Jr`, `Biden` in `Joseph Biden, Jr`):
/// None for a run that ends in no generation.
fn generation_of<'a>(input: &'a str, r: &Run<'a>) -> Option<&'a str> {
    // Most surnames are longer than any generation: one compare for those.
    if r.last.len() > 3 || !r.full || !GENERATIONS.contains(&r.last) {
        return None;
    }
    let before = input[r.span.range()].strip_suffix(r.last)?;
    Some(bare(last_word(before.trim_end_matches([' ', ','])))).filter(|w| !w.is_empty())
}

/// The generations after a name as the text writes them
/// ([`crate::lexicon::titles::NAME_SUFFIXES`]).
pub(super) const GENERATIONS: [&str; 5] = ["Jr", "Sr", "II", "III", "IV"];

/// Whether the bare word `w`, last in a name of two words or more, follows
/// its surname ([`crate::lexicon::titles::POST_NOMINALS`]: `QC`, `MP`).
#[inline]
fn follows_surname(w: &str) -> bool {
    // Most surnames are longer than any of them: one compare for those.
    w.len() <= 3 && crate::lexicon::contains_ci(crate::lexicon::titles::POST_NOMINALS, w)
}

/// The surname of a name whose last word, bare, is `last` (a slice of
/// `text`, the name): `last`, or the word before it when it is letters
/// after the name (`Ian MacDonald QC`: `MacDonald`; `QC` alone stays).
fn past_post_nominal<'t>(text: &'t str, last: &'t str) -> &'t str {
    before_letters(text, last).map_or(last, bare)
}

/// The word before `last` (a slice of the name `text`) when `last` is
/// letters after the name and that word is capitalized: the name's last
/// word proper (`Ian MacDonald QC`: `MacDonald`).
fn before_letters<'t>(text: &'t str, last: &'t str) -> Option<&'t str> {
    if !follows_surname(last) {
        return None;
    }
    // (A surname is capitalized: `... de Jr.` keeps its last word.)
    // (What reads as space, as the run reader has it, parts the words.)
    let w = last_word(crate::space::trim_end(&text[..offset_in(text, last)]));
    is_cap(w).then_some(w)
}

/// Where the full name `text` ends before letters after it (`Guy
/// Mansfield QC`, `Tom McCabe MSP`), and where those letters start; None
/// when it has none, or no full name before them (`Labour MP`: one word
/// before letters is a party or a place as often).
#[inline]
pub(super) fn post_nominal_split(text: &str) -> Option<(usize, usize)> {
    // Asked of every speaker's name: such letters are two or three after
    // a space, and most names end otherwise.
    match text.as_bytes() {
        [.., b' ', a, b] | [.., b' ', a, b, _]
            if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() =>
        {
            split_letters(text)
        }
        _ => None,
    }
}

/// [`post_nominal_split`] past its screen: out of line, as few names
/// come this far.
#[inline(never)]
fn split_letters(text: &str) -> Option<(usize, usize)> {
    let last = last_word(text);
    let w = before_letters(text, last)?;
    let end = offset_in(text, w) + w.len();
    text[..end]
        .contains(' ')
        .then_some((end, offset_in(text, last)))
}

/// The last word of `text` less its white space at the end (empty when it
/// has none), words parted by what reads as space (see
/// [`last_word_chars`]). Walks ASCII bytes back; at another byte, reads
/// `char`s. Asked of every name a pronoun looks at, and of the text
/// before a name (a courtesy title: `Ms Diemont`).
pub(super) fn last_word(text: &str) -> &str {
    let b = text.as_bytes();
    let mut e = b.len();
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    // Most words end within the eight bytes before: the last whitespace
    // or non-ASCII byte among them, found with one load, ends the walk.
    // A longer word, eight bytes more a load.
    let mut s = e;
    while s >= 8 {
        let x = ascii8::load(b, s - 8);
        let stop = ascii8::spaces(x) | (x & ascii8::HI);
        if stop != 0 {
            let p = s - 8 + (7 - stop.leading_zeros() as usize / 8);
            if b[p] >= 0x80 {
                return last_word_chars(text);
            }
            return &text[p + 1..e];
        }
        s -= 8;
    }
    while s > 0 && b[s - 1] < 0x80 && !is_space(b[s - 1]) {
        s -= 1;
    }
    if s > 0 && b[s - 1] >= 0x80 {
        return last_word_chars(text);
    }
    &text[s..e]
}

/// [`last_word`] by `char`s. A word is parted from the one before by what
/// reads as space, invisible characters included, as the run reader parts
/// them (`Benjamin \u{200b}Netanyahu` ends in `Netanyahu`); it ends where
/// `text` does less its Unicode white space, so that it is a suffix of
/// `text` so trimmed, as callers count on (a text that ends with an
/// invisible character ends with no word).
fn last_word_chars(text: &str) -> &str {
    let t = text.trim_end();
    let space = t
        .char_indices()
        .rev()
        .find(|&(_, c)| crate::space::reads_as_space(c));
    &t[space.map_or(0, |(k, c)| k + c.len_utf8())..]
}

/// A name mention's first word, whether it is its only word, and its
/// surname (as [`surname_of`] reads it).
fn name_parts(text: &str) -> (&str, bool, &str) {
    let b = text.as_bytes();
    // Most mentions are ASCII words with single spaces between them.
    if b.first().is_some_and(|&x| x < 0x80 && !is_space(x)) && b.iter().all(|&x| x < 0x80) {
        let e = b.iter().position(|&x| is_space(x)).unwrap_or(b.len());
        let first = &text[..e];
        // No whitespace: one word.
        let last = if e == b.len() { text } else { last_word(text) };
        // The last word is the first one only when they start together.
        let single = last.as_ptr() == first.as_ptr();
        return (first, single, past_post_nominal(text, bare(last)));
    }
    name_parts_chars(text)
}

/// [`name_parts`] by `char`s, the words parted as [`last_word_chars`]
/// parts them.
fn name_parts_chars(text: &str) -> (&str, bool, &str) {
    let t = text.trim_start();
    let end = t.find(crate::space::reads_as_space).unwrap_or(t.len());
    let first = &t[..end];
    let single = t[end..].chars().all(crate::space::reads_as_space);
    let last = if single { first } else { last_word_chars(t) };
    (first, single, past_post_nominal(text, bare(last)))
}

/// `Saumarez Smith` after `Charles Saumarez Smith`, `De Blasio` after
/// `Bill de Blasio`: a mention of two words or more that opens with no
/// given name may be a surname of several words. The longest candidate
/// that ends with it (its case aside), after a space, the earliest of
/// equals; else `plain`, the mention itself.
#[inline(never)]
fn longest_ending_with(input: &str, cands: &[Entry<'_>], plain: Span) -> Span {
    let m = input[plain.range()].as_bytes();
    cands
        .iter()
        .map(|c| c.span)
        .filter(|s| {
            let t = input[s.range()].as_bytes();
            t.len() > m.len() + 1
                && t[t.len() - m.len() - 1] == b' '
                && t[t.len() - m.len()..].eq_ignore_ascii_case(m)
        })
        .reduce(|best, s| {
            let (n, b) = (s.len(), best.len());
            if n > b || (n == b && s.start < best.start) {
                s
            } else {
                best
            }
        })
        .unwrap_or(plain)
}

fn trim_possessive(input: &str, s: Span) -> Span {
    let t = &input[s.range()];
    Span::new(s.start, s.start + bare(t).len().max(1).min(t.len()))
}

#[cfg(test)]
mod tests {
    use super::super::scan;
    use super::*;
    use smallvec::SmallVec;

    /// The index as it was built before it was lazy: every paragraph read
    /// up front into maps, and the list of every run.
    #[derive(Default)]
    struct Eager<'a> {
        by_surname: WordMap<&'a str, SmallVec<[Entry<'a>; 2]>>,
        fullest: WordMap<(&'a str, &'a str), Span>,
        genders: WordMap<&'a str, Gender>,
        runs: Vec<Span>,
        /// Where the first paragraph starts: the headline is before.
        first_para: usize,
    }

    impl<'a> Eager<'a> {
        fn new(input: &'a str, paras: &[Text<'a>]) -> Self {
            let mut e = Eager {
                first_para: paras.first().map_or(0, |p| p.span.start),
                ..Eager::default()
            };
            let mut pieces = Vec::new();
            for p in paras {
                pieces.clear();
                scan::pieces(p.text, p.span.start, &mut pieces);
                let mut runs = Vec::new();
                names::paragraph(input, p.span, &pieces, &mut Runs::new(input, &mut runs));
                for r in runs {
                    e.add(r);
                }
            }
            e
        }

        fn add(&mut self, r: Run<'a>) {
            let gender = r.hint().map_or(Gender::Unknown, gender_of);
            if gender != Gender::Unknown {
                self.genders.entry(r.last).or_insert(gender);
            }
            if r.full {
                self.by_surname.entry(r.last).or_default().push(Entry {
                    first: r.first,
                    span: r.span,
                });
                let best = self.fullest.entry((r.first, r.last)).or_insert(r.span);
                if r.span.len() > best.len() {
                    *best = r.span;
                }
            }
            self.runs.push(r.span);
        }

        fn fullest(&self, input: &str, mention: Span) -> Span {
            let (first, single, last) = name_parts(&input[mention.range()]);
            let plain = trim_possessive(input, mention);
            let Some(cands) = self.by_surname.get(last) else {
                return plain;
            };
            let first = if single {
                let k = cands.partition_point(|c| c.span.start <= mention.start);
                let headline = &input[..self.first_para];
                let c = surname_alone(input, headline, &cands[..k], mention.start, &|_| true);
                c.unwrap_or(&cands[0]).first
            } else {
                first
            };
            let best = match self.fullest.get(&(first, last)) {
                Some(&b) if b.len() >= plain.len() || single => b,
                _ => plain,
            };
            if single || best.len() > plain.len() || sets::GIVEN_NAMES.contains(first) {
                return best;
            }
            // A surname of several words: the longest full name that ends
            // with it, the earliest of equals.
            let tail = format!(" {}", input[plain.range()].to_ascii_lowercase());
            let mut ending: Vec<Span> = cands
                .iter()
                .map(|c| c.span)
                .filter(|s| input[s.range()].to_ascii_lowercase().ends_with(&tail))
                .collect();
            ending.sort_by_key(|s| (std::cmp::Reverse(s.len()), s.start));
            ending.first().copied().unwrap_or(best)
        }

        fn gender(&self, input: &str, name: Span) -> Gender {
            let text = &input[name.range()];
            let mut words = text.split_whitespace().rev();
            let last = bare(words.next().unwrap_or(""));
            let last = match words.next() {
                Some(before) if follows_surname(last) && is_cap(before) => bare(before),
                _ => last,
            };
            self.genders.get(last).copied().unwrap_or(Gender::Unknown)
        }

        fn gendered_run_before(&self, input: &str, pos: usize, want: Gender) -> Option<Span> {
            let k = self.runs.partition_point(|r| r.end <= pos);
            self.runs[..k]
                .iter()
                .rev()
                .take(REACH)
                .take_while(|r| r.end + TEST_REACH >= pos)
                .find(|r| self.gender(input, **r) == want)
                .copied()
        }

        fn run_before(&self, pos: usize) -> Option<Span> {
            let k = self.runs.partition_point(|r| r.end <= pos);
            let found = self.runs.get(k.checked_sub(1)?)?;
            (found.end + TEST_REACH >= pos).then_some(*found)
        }
    }

    const REACH: usize = 4;

    /// A byte reach short enough for the test texts to cross it.
    const TEST_REACH: usize = 40;

    /// The byte walks split words as `split_whitespace` does.
    fn words_as_chars(text: &str) {
        for (a, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for (b, _) in text[a..].char_indices().chain([(text.len() - a, ' ')]) {
                let t = &text[a..a + b];
                assert_eq!(last_word(t), last_word_chars(t), "{t:?}");
                let (f, s, l) = name_parts(t);
                let (cf, cs, cl) = name_parts_chars(t);
                assert_eq!((f, s, l), (cf, cs, cl), "{t:?}");
                assert_eq!(f.as_ptr(), cf.as_ptr(), "{t:?}");
            }
        }
    }

    #[test]
    fn holds_at_is_starts_with() {
        let text = b"Smith Smithson Sm Lavrov Lavrovich Smit";
        for key in [
            &b"Smith"[..],
            b"S",
            b"Lavrovich",
            b"Lavrovichs",
            b"Smit",
            b"Sm",
        ] {
            let head = Head::of(key);
            for at in 0..text.len() {
                let want = text[at..].starts_with(key);
                assert_eq!(holds_at(text, at, key, head), want, "{at}");
            }
        }
    }

    #[test]
    fn generations_are_the_name_suffixes_as_written() {
        let mut lower: Vec<String> = GENERATIONS.iter().map(|g| g.to_lowercase()).collect();
        lower.sort();
        assert_eq!(lower, crate::lexicon::titles::NAME_SUFFIXES);
    }

    #[test]
    fn byte_finder_is_memchr() {
        // Haystacks shorter than each vector width and longer, the byte
        // at every place or nowhere.
        for len in 0..80 {
            for at in 0..=len {
                let mut h = vec![b'a'; len];
                if at < len {
                    h[at] = b'S';
                }
                let f = ByteFinder::new(b'S');
                for from in 0..=len {
                    assert_eq!(f.find(&h[from..]), memchr::memchr(b'S', &h[from..]));
                }
            }
        }
    }

    #[test]
    fn a_paragraph_opens_at_its_start_only() {
        // The second paragraph's wrapped line opens no paragraph.
        let input = "Lead line.\n\nAnalyst Ann Lee, author of the\nEF Hutton note.";
        for shuffled in [false, true] {
            let paras = paragraphs(input, shuffled);
            let parts = pieces_of(&paras);
            let index = lazy(input, &paras, &parts);
            assert!(index.opens_paragraph(input.find("Analyst").unwrap()));
            assert!(index.opens_paragraph(0));
            assert!(!index.opens_paragraph(input.find("EF").unwrap()));
            assert!(!index.opens_paragraph(input.find("Ann").unwrap()));
        }
    }

    #[test]
    fn word_walks_are_the_char_splits() {
        words_as_chars("Mr Smith's  Jo\u{a0}Ann  x\tY Zoë\u{2003}Lee Dr. No \u{b}Q  ");
        words_as_chars(" Hillary Clinton ");
    }

    /// Every paragraph's pieces, paragraph `k`'s ending at the `k`th end.
    fn pieces_of(paras: &[Text<'_>]) -> (Vec<Piece>, Vec<usize>) {
        let (mut pieces, mut ends) = (Vec::new(), Vec::new());
        for p in paras {
            scan::pieces(p.text, p.span.start, &mut pieces);
            ends.push(pieces.len());
        }
        (pieces, ends)
    }

    fn lazy<'a, 'p>(
        input: &'a str,
        paras: &'p [Text<'a>],
        (pieces, ends): &'p (Vec<Piece>, Vec<usize>),
    ) -> NameIndex<'a, 'p> {
        let mut index = NameIndex::new(input, paras, pieces, ends);
        index.reach = TEST_REACH;
        if MAPPED.with(Cell::get) {
            index.map_after = 0;
            index.scan_surnames = 0;
        }
        index
    }

    thread_local! {
        /// Whether [`lazy`] makes indexes that search maps, not lists,
        /// and read every run at once.
        static MAPPED: Cell<bool> = const { Cell::new(false) };
    }

    /// Paragraphs at blank lines, in text order or `shuffled`.
    fn paragraphs(input: &str, shuffled: bool) -> Vec<Text<'_>> {
        let mut paras = Vec::new();
        let mut start = 0;
        for part in input.split("\n\n") {
            paras.push(Text::slice(input, Span::new(start, start + part.len())));
            start += part.len() + 2;
        }
        if shuffled {
            paras.reverse();
        }
        paras
    }

    /// [`check_with`], with lists and with maps.
    fn check(input: &str, shuffled: bool) {
        for mapped in [false, true] {
            MAPPED.with(|m| m.set(mapped));
            check_with(input, shuffled);
        }
    }

    /// Every question the resolver asks, about every word and pair of
    /// words, in a fresh lazy index and in one asked everything before.
    fn check_with(input: &str, shuffled: bool) {
        let paras = paragraphs(input, shuffled);
        let lists = pieces_of(&paras);
        let eager = Eager::new(input, &paras);
        let mut warm = lazy(input, &paras, &lists);
        let mut spans = Vec::new();
        let words: Vec<Span> = input
            .split_whitespace()
            .map(|w| {
                let s = offset_in(input, w);
                Span::new(s, s + w.len())
            })
            .collect();
        for (k, w) in words.iter().enumerate() {
            spans.push(*w);
            if let Some(n) = words.get(k + 1) {
                spans.push(Span::new(w.start, n.end));
            }
        }
        spans.extend(eager.runs.iter().copied());
        for &s in &spans {
            let mut cold = lazy(input, &paras, &lists);
            assert_eq!(
                cold.fullest(s),
                eager.fullest(input, s),
                "{:?}",
                &input[s.range()]
            );
            assert_eq!(warm.fullest(s), eager.fullest(input, s));
            let mut cold = lazy(input, &paras, &lists);
            assert_eq!(cold.gender(s), eager.gender(input, s));
            assert_eq!(warm.gender(s), eager.gender(input, s));
        }
        // An index whose table of genders is begun (read up to its first
        // name of one gender) before any name is looked up: names are then
        // read for full names alone, and genders read on in the table.
        for want in [Gender::Male, Gender::Female] {
            let mut tabled = lazy(input, &paras, &lists);
            tabled.gendered_run_before(input.len(), want, REACH);
            for &s in &spans {
                assert_eq!(tabled.fullest(s), eager.fullest(input, s));
                assert_eq!(tabled.gender(s), eager.gender(input, s));
            }
        }
        for pos in (0..=input.len()).filter(|&p| input.is_char_boundary(p)) {
            for want in [Gender::Male, Gender::Female] {
                let mut cold = lazy(input, &paras, &lists);
                let e = eager.gendered_run_before(input, pos, want);
                assert_eq!(cold.gendered_run_before(pos, want, REACH), e);
                assert_eq!(warm.gendered_run_before(pos, want, REACH), e);
            }
            let mut cold = lazy(input, &paras, &lists);
            assert_eq!(cold.run_before(pos), eager.run_before(pos));
            assert_eq!(warm.run_before(pos), eager.run_before(pos));
        }
    }

    #[test]
    fn lazy_answers_are_the_eager_answers() {
        let text = "Mrs. Clinton met Foreign Minister Sergei Lavrov in Geneva.\n\n\
                    \"We are ready,\" Lavrov said. Hillary Clinton's aide, Mr Smith, \
                    and Staffan de Mistura agreed.\n\nClinton said she would. \
                    John Smith and Sen. Claire McCaskill. Sergei Lavrov Jr.\n\n\
                    \"Sergei Lavrov\" is Mr. Lavrov, Ms Jane Smith-Jones. Hillary Clinton left.";
        check(text, false);
        check(text, true);
        // A possessive ends a person's run, with the title in the run or
        // (read from the surname on) before it.
        check("Mr. Smith's May and Jane Smith's Lavrov.", false);
        let paras = paragraphs(text, false);
        let lists = pieces_of(&paras);
        let mut names = lazy(text, &paras, &lists);
        // The first word of the first `w` in the text.
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.find(' ').unwrap_or(w.len()))
        };
        let full = names.fullest(at("Lavrov said"));
        assert_eq!(&text[full.range()], "Sergei Lavrov");
        assert_eq!(names.gender(at("Clinton said")), Gender::Female);
        let before = names.gendered_run_before(at("she would").start, Gender::Female, REACH);
        assert_eq!(before.map(|s| &text[s.range()]), Some("Clinton"));
    }

    const POOL: &[&str] = &[
        "Mr.", "Mrs", "Ms", "Sen.", "Minister", "Foreign", "Lavrov", "Sergei", "Smith", "Smith's",
        "Jane", "de", "van", "Clinton", "he", "she", "said", "the", "The", "Tuesday", "May",
        "U.S.", ",", ".", "\"", "\n\n", "King", "Lady", "Co.", "Smithson", "chairman", "Sen",
        "wife", "(Mrs", "ex-wife", "But", "Dame", "Jr.", "QC", "MP",
    ];

    proptest::proptest! {
        #[test]
        fn lazy_answers_match_on_generated_text(
            picks in proptest::collection::vec(0usize..POOL.len(), 0..60),
            shuffled in proptest::bool::ANY,
        ) {
            let text = picks.iter().map(|&k| POOL[k]).collect::<Vec<_>>().join(" ");
            check(&text, shuffled);
        }

        #[test]
        fn word_walks_match_on_generated_text(
            picks in proptest::collection::vec(0usize..POOL.len(), 0..8),
            glue in proptest::collection::vec(0usize..4, 8),
        ) {
            let mut text = String::new();
            for (&k, &g) in picks.iter().zip(&glue) {
                text.push_str(POOL[k]);
                text.push_str([" ", "  ", "\u{a0}", "é "][g]);
            }
            words_as_chars(&text);
        }
    }
}
