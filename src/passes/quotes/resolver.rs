//! The resolver: turns speaker phrases into speakers, in text order
//! (full names for partial ones, pronouns and descriptions to the people
//! they stand for).

use super::attribution::Found;
use super::descriptions::{
    after_the, body_described_since, described_after, described_person, is_anaphor, is_epithet,
    is_firm_description, is_office_of_state, is_person_description, is_qualified_office,
    is_sport_epithet, named_in_a_mood, named_with_age, opens_with_article, short_name_len,
    unnamed_speaker_before,
};
use super::index::{self, NameIndex};
use super::names::Known;
use super::people::{
    affiliated, after_peerage, gender_before, gender_of_given, gender_of_given_name,
    gender_of_tables, given_before, given_name_tables, knighted_in_full, may_name_person,
    name_opened_at, names_people, names_person, opens_with_given_name, other_subject_pronoun,
    possessive_at, role_before_capital, says_other_gender, strip_role, GIVEN_EITHER,
};
use super::scan::Piece;
use super::sentences::{
    after_closing_mark, apposed_to_title, char_start_from, holds_quotation_mark, in_role,
    is_role_noun, it_context_start, opens_as_subject, opens_its_sentence, opens_joined_clause,
    opens_the_next_sentence, sentence_ends, sentence_start, subject_just_before, FRONTED_WORDS,
};
use super::speakers::{
    self, gender_of, gender_of_pronoun, is_personal, is_title, names_organization, Entities,
    Entity, Gender, How,
};
use super::speaking::{
    cue_then_pronoun, holds_whole_word, holds_word, modifies_noun, of_between, of_from_between,
    role_of_between, speaks, speaks_for, speaks_past_clause, spoken_after_cue, verb_follows,
};
use super::{grammar, subjects, tokens};
use super::{Attr, NEW_SPEAKER_REACH};
use crate::article::Via;
use crate::lexicon::{pronouns, sets, titles};
use crate::span::Span;
use smallvec::SmallVec;

/// How many names back a gendered pronoun looks for one of its gender.
const NAME_REACH: usize = 24;

/// How many descriptions [`Resolver::lead_anaphor`] remembers the lead's
/// person for ([`Resolver::held_before`]).
const LEAD_OFFICES: usize = 4;

/// How many paragraphs from the article's first a description may stand
/// for the person that paragraph opens with ([`Resolver::lead_anaphor`]).
const LEAD_REACH: usize = 3;

/// More bytes than any given name and the space after it hold.
const GIVEN_NAME_BYTES: usize = 24;

/// Turns speaker phrases into speakers, in text order.
pub(super) struct Resolver<'a, 'p, 'r> {
    input: &'a str,
    names: &'r mut NameIndex<'a, 'p>,
    entities: &'r mut Entities<'a>,
    /// The capitalized words the text uses in mid-sentence.
    known: &'r Known<'p>,
    /// True when resolving the last phrase again right after would give
    /// what it gave and change no record.
    pub(super) again: bool,
    /// Where the last speaker phrase resolved starts: names after it
    /// were not yet quoted (or are its own).
    last_start: usize,
    /// The name the last speaker phrase resolved to.
    last_name: Option<Span>,
    /// The last speaker phrase resolved, with where the one before it
    /// started when it was first asked: asked again (a quote's next piece,
    /// `"A," the lawmaker said, arguing "B"`), a description's person is
    /// read from there again.
    last_asked: Option<(Span, usize)>,
    /// The last [`quiet_sentence_before`] asked, by its `at` and `since`:
    /// a pronoun's rules ask it more than once.
    quiet: Option<((usize, usize), Option<Span>)>,
    /// Runs before a pronoun, kept for the allocation.
    runs: Vec<Span>,
    /// The full names that quotations give lone surnames, as asked
    /// ([`Resolver::quoted_full_name`]).
    quoted_full: SmallVec<[(&'a str, Option<Span>); 4]>,
    /// The lone words [`Resolver::opened_by`] searched the text for, each
    /// with where its search stopped and the name it found there.
    opened: SmallVec<[Opened<'a>; 4]>,
    /// Descriptions [`Resolver::lead_anaphor`] found the lead's person
    /// for, with that person's run: the same description later, past the
    /// lead's reach, is still that person ([`Resolver::held_before`]).
    leads: SmallVec<[(&'a str, Span); 2]>,
}

/// One word's search by [`Resolver::opened_by`]: the text before byte
/// `to` was searched, and `found` is the first name it opens there.
#[derive(Clone, Copy)]
struct Opened<'a> {
    word: &'a str,
    to: usize,
    found: Option<Span>,
}

/// How many different words an article's text is searched for by
/// [`Resolver::opened_by`]: each word's searches read the text once in
/// all, so a bound on the words keeps an article's time linear in its
/// length (a text of thousands of lone surnames would otherwise be read
/// once for each). A news text asks a few.
const OPENED_WORDS: usize = 32;

/// How far before where a word's last search stopped its next one starts
/// ([`Resolver::opened_by`]): a name read from a place found near the end
/// may have been cut there.
const OPENED_OVERLAP: usize = 64;

impl<'a, 'p, 'r> Resolver<'a, 'p, 'r> {
    /// A resolver of the speakers of the article `input`, whose names
    /// `names` indexes, recording them in `entities`.
    #[inline]
    pub(super) fn new(
        input: &'a str,
        names: &'r mut NameIndex<'a, 'p>,
        entities: &'r mut Entities<'a>,
        known: &'r Known<'p>,
    ) -> Self {
        Resolver {
            input,
            names,
            entities,
            known,
            again: false,
            last_start: 0,
            last_name: None,
            last_asked: None,
            quiet: None,
            runs: Vec::new(),
            quoted_full: SmallVec::new(),
            opened: SmallVec::new(),
            leads: SmallVec::new(),
        }
    }
}

impl<'a> Resolver<'a, '_, '_> {
    pub(super) fn attr(&mut self, f: &Found) -> Attr {
        let input = self.input;
        let mention = f.np.mention;
        // A name is recorded again as it was: see [`Resolver::pronoun`]
        // for a pronoun.
        self.again = true;
        let since = self.last_start;
        self.last_start = since.max(mention.start);
        // (A description's person, asked again, is read from where it
        // was first: [`Resolver::office_holder_before`].)
        let first_since = match self.last_asked {
            Some((m, first)) if m == mention => first,
            _ => since,
        };
        self.last_asked = Some((mention, first_since));
        let (name, role, via) = match f.np.how {
            How::Name => {
                let e = self.named(mention, f.np.role);
                (e.name, e.role, Via::Name)
            }
            How::Pronoun => {
                let e = match f.np.antecedent {
                    // (`a candidate who`: a description, no name.)
                    Some(a) if opens_with_article(&input[a.range()]) => Some(self.described(a)),
                    // (The antecedent's role, if it was read with one.)
                    Some(a) => Some(self.named(a, f.np.role)),
                    None => self.pronoun(mention, since),
                };
                (
                    e.map_or(mention, |e| e.name),
                    e.and_then(|e| e.role),
                    Via::Pronoun,
                )
            }
            // (With a cue: `The Tory proposals are "..."` is no person.)
            How::Description if f.cue.is_some() && is_anaphor(&input[mention.range()]) => {
                match self.anaphor(mention) {
                    Some(e) => as_description(e),
                    None => self.description(mention),
                }
            }
            How::Description if described_person(&input[mention.range()]) => {
                match self.described_run(mention) {
                    Some(run) => as_description(self.named(run, None)),
                    // `Finnan, who starred against the French, is
                    // confident ... said the Liverpool player`: with no one
                    // named with the role, the person the text is about,
                    // as for an age; for a role of sport or show business
                    // only (an office's holder may be anyone named: the
                    // subject of the sentence before at most,
                    // [`Resolver::office`]).
                    None if f.cue.is_some() && is_epithet(&input[mention.range()]) => {
                        // (Not one of the other gender: `the Birmingham
                        // woman` is no Jamie.)
                        let want = epithet_gender(index::last_word(&input[mention.range()]));
                        match self.anaphor(mention).filter(|e| e.may_be(want)) {
                            Some(e) => as_description(e),
                            None => self.description(mention),
                        }
                    }
                    // `Gordon Brown has issued a rallying cry ...` then
                    // `The chancellor said`: an office's holder is the one
                    // the lead opens with, while the story is still on him.
                    None if f.cue.is_some() => match self
                        .lead_anaphor(mention)
                        .or_else(|| self.held_before(mention))
                    {
                        Some(run) => as_description(self.named(run, None)),
                        None => self.office(mention, first_since),
                    },
                    None => self.description(mention),
                }
            }
            // `An angry Beattie said`: the person, shown in a mood.
            How::Description => match named_in_a_mood(&input[mention.range()])
                .or_else(|| named_with_age(&input[mention.range()]))
            {
                Some(at) => {
                    as_description(self.named(Span::new(mention.start + at, mention.end), None))
                }
                None if f.cue.is_some() => match self.firm_anaphor(mention, since) {
                    Some(e) => as_description(e),
                    None => self.office(mention, first_since),
                },
                None => self.description(mention),
            },
        };
        // `CNN's Gloria Borger`: the person is named after the possessive;
        // what owns the name is where she works, a role when none is known.
        // So too in a description (`The Post's Ruth Marcus puts it`), when
        // every word after the possessive is capitalized and none a title
        // (not `Bush's Facebook post`, `Acme's President`).
        let split = match via {
            Via::Name | Via::Pronoun => affiliated(input, name),
            Via::Description => affiliated(input, name).filter(|(_, person)| {
                input[person.range()]
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_title(w))
            }),
            _ => None,
        };
        let (name, role) = match split {
            Some((owner, person)) => (person, role.or(Some(owner))),
            None => (name, role),
        };
        self.last_name = Some(name);
        Attr {
            name,
            role,
            mention,
            via,
            cue: f.cue,
            to: f.to,
        }
    }

    /// `the senator said`, `the home secretary said`: the person named
    /// last after that role (`Senator Ann Lee`, `the senator Ann Lee`,
    /// `Home Secretary Charles Clarke`, not `Deputy Senator`),
    /// within [`NAME_REACH`] runs (past them, among the runs of the first
    /// two paragraphs) and [`index::BYTE_REACH`] bytes; else, when the
    /// first two paragraphs lie farther back, among their first
    /// [`index::BYTE_REACH`] bytes, where the story names its people
    /// (`architect Marwan Al-Sayed` in the lead, `the architect says` 2,000
    /// bytes on). A role alone may stand for someone named well before,
    /// not the last named.
    fn described_run(&mut self, mention: Span) -> Option<Span> {
        let input = self.input;
        let floor = char_start_from(
            input,
            mention.start.saturating_sub(index::BYTE_REACH),
            mention.start,
        );
        if let Some(run) = self.described_run_within(mention, floor, mention.start) {
            return Some(run);
        }
        let lead = self.names.paragraph_after_lead(0)?;
        let lead_end = self.names.paragraph_after_lead(2).unwrap_or(usize::MAX);
        let hi = lead_end.min(floor).min(lead + index::BYTE_REACH);
        let hi = (lead..=hi).rev().find(|&k| input.is_char_boundary(k))?;
        if hi <= lead {
            return None;
        }
        self.described_run_within(mention, lead, hi)
    }

    /// [`Resolver::described_run`] among the runs between bytes `floor` and
    /// `hi` (character boundaries, `hi` at most where `mention` starts).
    fn described_run_within(&mut self, mention: Span, floor: usize, hi: usize) -> Option<Span> {
        let input = self.input;
        let (_, noun) = input[mention.range()].split_once(' ')?;
        // `Florida Sen. Marco Rubio` is `the Florida senator`: the words
        // before the role's last one, and the abbreviation of that one.
        let at = noun.rfind(' ').map_or(0, |k| k + 1);
        let (lead, last) = noun.split_at(at);
        let short = titles::abbreviation_of(last);
        // Most such roles were named before with no name after them: a
        // search of the bytes says so before any run is read. The role as
        // written is found by its last word but the first letter, which
        // is compared with the words before in any case.
        let bytes = &input.as_bytes()[floor..hi];
        let named_so =
            |lead: &[u8], tail: &[u8]| !tail.is_empty() && role_before_capital(bytes, lead, tail);
        let (with_letter, tail) = noun.as_bytes().split_at((at + 1).min(noun.len()));
        if !named_so(with_letter, tail)
            && !short.is_some_and(|abbr| named_so(lead.as_bytes(), abbr.as_bytes()))
        {
            return None;
        }
        // Past [`NAME_REACH`] names, only those of the first two
        // paragraphs, where the story names its people (`Foreign Secretary
        // Jack Straw said` there, `The foreign secretary meanwhile said`
        // twenty names on): elsewhere so far back, the role is as often
        // another holder's (`Sen. John McCain ... "...," the senator says`
        // of Ted Cruz).
        let lead_end = self.names.paragraph_after_lead(2).unwrap_or(usize::MAX);
        let mut pos = hi;
        for k in 0.. {
            let run = self.names.run_before(pos).filter(|r| r.end >= floor)?;
            pos = run.start;
            if k >= NAME_REACH && run.end > lead_end {
                continue;
            }
            let head = input[..run.start].trim_end();
            let abbreviated = || {
                let rest = strip_role(head, short?)?;
                match lead.trim_end() {
                    "" => Some(rest),
                    lead => strip_role(rest, lead),
                }
            };
            let Some(rest) = strip_role(head, noun).or_else(abbreviated) else {
                continue;
            };
            // (`Deputy Mayor Nicky Gavron` is not `the mayor`, nor `Lt. Gov.
            // Tom Hale` `the governor`.)
            let other =
                crate::lexicon::contains_ci(titles::OTHER_ROLE_LEADS, index::last_word(rest));
            if !other && self.may_name_person(run) {
                return Some(run);
            }
        }
        None
    }

    /// A description that names no one it stands for (`officials`, `the
    /// report`): the speaker it names, of the gender its words say.
    fn description(&mut self, mention: Span) -> (Span, Option<Span>, Via) {
        self.described(mention);
        (mention, None, Via::Description)
    }

    /// The speaker a description names, recorded as the last to speak:
    /// of the gender its words say, a person when a title is among them
    /// (`a Home Office spokesman`).
    fn described(&mut self, mention: Span) -> Entity {
        let input = self.input;
        let text = &input[mention.range()];
        // (`The police said ... "...", they said`: a title that names
        // people, not one person, is whom `they` means, not `he`.)
        let people = subjects::DESCRIPTIVE_PLURALS.contains(index::last_word(text));
        let person = !people && text.split_whitespace().any(is_title);
        self.entities.spoke(
            input,
            Entity {
                name: mention,
                role: None,
                gender: gender_of(text),
                given: Gender::Unknown,
                unisex: false,
                person,
            },
        )
    }

    /// Whom a description that stands for a person named before it
    /// ([`is_anaphor`]: `the 30-year-old`, `the American`) means: the last
    /// name before it, within [`NEW_SPEAKER_REACH`] bytes (else within
    /// [`index::BYTE_REACH`]: [`Resolver::anaphor_run`]), that is the
    /// subject of its sentence: the person the text is about, not the
    /// last who spoke nor the last named (`"...," said McEnroe. Roddick
    /// lost to Moya. "...," said the American`). None when no such name
    /// is a full name or the surname of one ([`Resolver::full_name`]).
    fn anaphor(&mut self, mention: Span) -> Option<Entity> {
        let topic = self.anaphor_run(mention)?;
        Some(self.named(topic, None))
    }

    /// `EMI said ... "...," the company added`: a firm's description
    /// ([`is_firm_description`]) stands for the body named as the subject
    /// of its sentence or the one before since the last speaker phrase (at
    /// `since`), as an `it` there does ([`Resolver::body_opening_since`]),
    /// else for the last speaker when that is a body named
    /// ([`Entities::last_named_body`]). None when neither is: a firm
    /// described first (`the company` of a text that never names it) is
    /// its own speaker.
    fn firm_anaphor(&mut self, mention: Span, since: usize) -> Option<Entity> {
        let input = self.input;
        if !is_firm_description(&input[mention.range()]) {
            return None;
        }
        if let Some(e) = self.body_speaking_since(mention.start, since) {
            return Some(e);
        }
        let e = self.entities.last_named_body(input)?;
        Some(self.entities.spoke(input, e))
    }

    /// The body [`Resolver::body_opening_since`] finds, recorded as the
    /// last to speak, as no person: whom an `it` or `the company` there
    /// stands for.
    fn body_speaking_since(&mut self, pos: usize, since: usize) -> Option<Entity> {
        let run = self.body_opening_since(pos, since)?;
        let e = self.named(run, None);
        Some(
            self.entities
                .spoke(self.input, Entity { person: false, ..e }),
        )
    }

    /// The run [`Resolver::anaphor`] names when it opens the article's
    /// first paragraph and `mention` is within [`LEAD_REACH`] paragraphs
    /// of it: the person the story is about, while no one else is named
    /// in full as a subject, a verb after the name, or as an owner
    /// (`Tony Blair has failed, Michael Howard has said.` then `the
    /// Conservative leader said`: either may hold the office; not `he told
    /// Gordon Brown`, `attack Tory leader Michael Howard`: one told or
    /// attacked is not whom the story is about).
    fn lead_anaphor(&mut self, mention: Span) -> Option<Span> {
        let found = self.lead_anaphor_of(mention);
        if let Some(run) = found {
            let text = &self.input[mention.range()];
            // (A few: a lead names few offices, and a text of many would
            // make each later description read them all.)
            if self.leads.len() < LEAD_OFFICES && self.held_before(mention).is_none() {
                self.leads.push((text, run));
            }
        }
        found
    }

    /// `The prime minister said he was "up for it"` (the lead's Tony
    /// Blair) then, paragraphs on, `the prime minister said: "I am an
    /// issue"`: the person [`Resolver::lead_anaphor`] found for the same
    /// description before.
    fn held_before(&self, mention: Span) -> Option<Span> {
        let text = &self.input[mention.range()];
        self.leads
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(text))
            .map(|&(_, run)| run)
    }

    /// [`Resolver::lead_anaphor`], unrecorded.
    fn lead_anaphor_of(&mut self, mention: Span) -> Option<Span> {
        let input = self.input;
        let lead = self.names.paragraph_after_lead(0)?;
        let near = self
            .names
            .paragraph_after_lead(LEAD_REACH)
            .map_or(true, |p| mention.start < p);
        // (A full name opens the lead with a given name: asked first, by
        // its first word, as the name runs cost a read of the text. The
        // space is looked for among the first bytes only, so that a lead
        // with none is not read whole for every description.)
        let given = || {
            let head = &input.as_bytes()[lead..];
            head.iter()
                .take(GIVEN_NAME_BYTES)
                .position(|&b| b == b' ')
                .is_some_and(|n| sets::GIVEN_NAMES.contains(&input[lead..lead + n]))
        };
        if !near {
            return None;
        }
        // (`Tony Blair has said ...` then `Mr Blair said ... The prime
        // minister also urged`: the lead's person named again since.)
        let opening = match given().then(|| self.anaphor_run(mention)).flatten() {
            Some(run) if run.start == lead => Some(run),
            Some(run) => self.full_name(run).filter(|full| {
                let name = &input[full.range()];
                input[lead..].starts_with(name) && name.contains(' ')
            }),
            None => None,
        };
        // (`Tony Blair has had the chance and failed, Michael Howard has
        // said.`: the lead's subject has another named as a subject after
        // it, who says what it opens with, and whom the lead is about.)
        if let Some(run) = opening.filter(|&run| !self.other_subject_since(run, mention)) {
            return Some(run);
        }
        let topic = self.lead_speaker(mention, lead)?;
        (!self.other_subject_since(topic, mention)).then_some(topic)
    }

    /// Whether someone other than `topic` is named in full, with a given
    /// name, as a subject (a verb after the name) or as an owner between
    /// `topic` and `mention`: either may hold the office `mention` names.
    fn other_subject_since(&mut self, topic: Span, mention: Span) -> bool {
        let input = self.input;
        let surname = index::last_word(&input[topic.range()]);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(topic.end, mention.start, &mut runs);
        let other = runs.iter().any(|r| {
            let t = &input[r.range()];
            let named_as_subject = || verb_follows(input, *r) || input[r.end..].starts_with("'s");
            opens_with_given_name(t) && index::last_word(t) != surname && named_as_subject()
        });
        self.runs = runs;
        other
    }

    /// The person a lead that ends with who said it names (`Britain's
    /// rebate is not up for renegotiation, Jack Straw said.`): a full name
    /// after a comma of the lead's first sentence, then a cue (maybe after
    /// `has`) and the sentence's full stop, with no title before it but the
    /// one `mention` names (not `Chancellor Gordon Brown has said.` for
    /// `the foreign secretary`).
    ///
    /// Only within [`index::BYTE_REACH`] bytes of the lead: the lead is
    /// read for each description, so that a long one read again for each
    /// of many would cost time that grows as its length times theirs.
    fn lead_speaker(&mut self, mention: Span, lead: usize) -> Option<Span> {
        let input = self.input;
        if mention.start.saturating_sub(lead) > index::BYTE_REACH {
            return None;
        }
        let para_end = self.names.paragraph_after_lead(1).unwrap_or(mention.start);
        // (A mention before the lead, in the headline, has none.)
        let bytes = input.as_bytes().get(lead..para_end.min(mention.start))?;
        let stop = sentence_ends(bytes).next()?;
        let end = lead + stop;
        // (A cue ends most leads not: asked before their runs are read.)
        if !sets::CUES.contains(index::last_word(&input[lead..end])) {
            return None;
        }
        let noun = index::last_word(&input[mention.range()]);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lead, end, &mut runs);
        let speaker = runs.iter().copied().find(|&r| {
            let after = &input[r.end..end];
            let after = after.strip_prefix(" has").unwrap_or(after);
            let cue_ends = after
                .strip_prefix(' ')
                .is_some_and(|w| sets::CUES.contains(w));
            // The words between the comma and the name: a title there, or
            // the run's own first word, is the office it holds.
            let Some(comma) = input[lead..r.start].rfind(',') else {
                return false;
            };
            let held = input[lead + comma + 1..r.end]
                .split_whitespace()
                .filter(|w| is_title(w))
                .all(|w| w.eq_ignore_ascii_case(noun));
            cue_ends && held && opens_with_given_name(&input[r.range()]) && self.may_name_person(r)
        });
        self.runs = runs;
        speaker
    }

    /// Forgets who spoke last, keeping what is known of each speaker (a
    /// role, a gender), and reads for new speakers from byte `at` on: a
    /// new item of a live report starts there.
    #[cold]
    pub(super) fn start_over(&mut self, at: usize) {
        self.entities.forget_recent();
        self.last_name = None;
        self.last_asked = None;
        self.last_start = self.last_start.max(at);
    }

    /// A description with a cue that no rule before read as someone
    /// named: the person the sentence before opens with
    /// ([`Resolver::office_holder_before`], read from `since`), else an
    /// office with words that place it ([`Resolver::qualified_office`]),
    /// else the description.
    fn office(&mut self, mention: Span, since: usize) -> (Span, Option<Span>, Via) {
        match self.office_holder_before(mention, since) {
            Some(run) => as_description(self.named(run, None)),
            None => self.qualified_office(mention),
        }
    }

    /// `"...," the Florida senator said`, `said the Warriors chief`: an
    /// office with words that place it (a state, a town, a club;
    /// [`is_qualified_office`]) that a cue follows, where no one named
    /// before holds it in so many words, stands for the subject named last
    /// within [`NEW_SPEAKER_REACH`] bytes, the person the text is about, as
    /// an age does ([`Resolver::anaphor_run_between`]); else the
    /// description.
    fn qualified_office(&mut self, mention: Span) -> (Span, Option<Span>, Via) {
        let text = &self.input[mention.range()];
        if is_qualified_office(text) {
            // (`the senior Cruz adviser`: not Cruz.)
            let lo = mention.start.saturating_sub(NEW_SPEAKER_REACH);
            let topic = self
                .anaphor_run_between(lo, mention.start, "")
                .filter(|run| {
                    let surname = index::last_word(&self.input[run.range()]);
                    !text.split(' ').any(|w| w == surname)
                });
            // (`the senior Cruz adviser` after `Committee Chairman Roger
            // Wicker said`: an office of a person named in the text is
            // held by someone else.)
            if let Some(run) = topic.filter(|_| !self.names_person_in(mention)) {
                return as_description(self.named(run, None));
            }
        }
        self.description(mention)
    }

    /// Whether a capitalized word of the description `mention` is the
    /// surname of a person named in full, with a given name, in the text
    /// (not `Jersey` of `New Jersey`).
    fn names_person_in(&mut self, mention: Span) -> bool {
        let input = self.input;
        let mut at = mention.start;
        for w in input[mention.range()].split(' ') {
            let word = Span::new(at, at + w.len());
            at = word.end + 1;
            if !tokens::is_cap(w) || !w.bytes().all(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            let full = &input[self.names.fullest(word).range()];
            if full.len() > w.len() && full.ends_with(w) && opens_with_given_name(full) {
                return true;
            }
        }
        false
    }

    /// The run [`Resolver::anaphor`] names, with nothing recorded: within
    /// [`NEW_SPEAKER_REACH`] bytes; else, farther back, within
    /// [`index::BYTE_REACH`] (`Henin-Hardenne slid down the world rankings
    /// ... she was forced off the circuit ... she still won five ... "...,"
    /// said the 22-year-old`: the sentences between go on about her).
    fn anaphor_run(&mut self, mention: Span) -> Option<Span> {
        let lo = mention.start.saturating_sub(NEW_SPEAKER_REACH);
        let words = after_the(&self.input[mention.range()]).unwrap_or("");
        if let Some(run) = self.anaphor_run_between(lo, mention.start, words) {
            return Some(run);
        }
        let far = mention.start.saturating_sub(index::BYTE_REACH);
        (far < lo)
            .then(|| self.anaphor_run_between(far, lo, words))
            .flatten()
    }

    /// [`Resolver::anaphor_run`] among the runs between bytes `lo` and
    /// `hi`; not a run whose role right before it is owned by the
    /// description's words, `owner` (`The actor's friend Budd Schulberg
    /// told` is not whom `The actor` then means).
    fn anaphor_run_between(&mut self, lo: usize, hi: usize, owner: &str) -> Option<Span> {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, hi, &mut runs);
        // A full name, or the surname of one, as for a new speaker
        // (`Arsenal lost`, `Wearing a frock, Miller told`: one word alone
        // is as often no person); no photo credit (`Neilson Barnard via
        // Getty Images.`).
        let mut topic = None;
        for &run in runs.iter().take(NAME_REACH) {
            let person = opens_as_subject(input, run)
                && self.may_name_person(run)
                && !names_organization(&input[run.range()])
                && !input[run.end..].starts_with(" via ");
            // (`Man-of-the-match Duff explained`: a title before a surname
            // says a person too; not kin, `His wife Sharon`, whom the text
            // is about less often than the one whose kin she is.)
            let titled = || {
                let w = index::last_word(&input[..run.start]);
                is_title(w) && !crate::lexicon::contains_ci(titles::KIN, w)
            };
            // (The owner and its noun right before the name: `actor's
            // friend`.)
            let owned = || {
                let before = input[..run.start].trim_end();
                let rest = before.strip_suffix(index::last_word(before)).unwrap_or("");
                let rest = rest.trim_end();
                !owner.is_empty()
                    && ["'s", "\u{2019}s"]
                        .iter()
                        .any(|s| rest.strip_suffix(s).is_some_and(|r| r.ends_with(owner)))
            };
            if person && (self.full_name(run).is_some() || titled()) && !owned() {
                topic = Some(run);
                break;
            }
        }
        self.runs = runs;
        topic
    }

    /// Whom a pronoun stands for: no one named for `I` or `we` outside
    /// quotation marks (the writer's); else a name brought in with a cue
    /// since the last quote ([`Resolver::new_speaker_before`]), else a
    /// recent speaker of its gender (by a title, a role or a given name),
    /// else a name of its gender just before it, else a recent speaker of
    /// unknown gender, else the last name before it.
    ///
    /// Asked again right after, it finds the same: what the first asking
    /// recorded or changed makes the second find it sooner. All but the
    /// last name of unknown gender, which the second asking would find as
    /// a recent speaker and give the pronoun's gender ([`Resolver::again`]
    /// false).
    fn pronoun(&mut self, mention: Span, since: usize) -> Option<Entity> {
        let input = self.input;
        let p = &input[mention.range()];
        // `"Okay," I said`, `What we said: "..."`: outside quotation marks,
        // `I` and `we` are the writer's, whom the text rarely names, not
        // the last to speak.
        if speakers::is_first_person(p)
            && self
                .names
                .any_unquoted(mention.start, mention.end, |_| true)
        {
            return None;
        }
        let want = gender_of_pronoun(p);
        if want != Gender::Unknown {
            // A spokesman who spoke since, unnamed, unless a person named
            // speaking came after.
            let lo = since.max(mention.start.saturating_sub(NEW_SPEAKER_REACH));
            let unnamed = unnamed_speaker_before(input, lo, mention.start, want).filter(|d| {
                self.quotes_open_paragraphs(d.end, mention.start)
                    && !self.person_opens_between(d.end, mention.start)
            });
            // (`A spokesman for the UK Film Council said`: a name the
            // description holds is for `new_speaker_before` to read.)
            let named = self
                .new_speaker_before(mention.start, since, want)
                .filter(|run| unnamed.map_or(true, |d| run.end > d.start));
            if let (None, Some(d)) = (named, unnamed) {
                // `the Lib Dem spokesman` after `Lib Dem spokesman Vince
                // Cable said`: the one named so before. (`A spokesman`
                // brings in someone not named.)
                let article = input[d.range()].split(' ').next().unwrap_or("");
                if !crate::lexicon::contains_ci(pronouns::INDEFINITE_ARTICLES, article) {
                    if let Some(run) = self.described_run(d) {
                        return Some(self.named(run, None));
                    }
                }
                return Some(self.described(d));
            }
            if let Some(run) = named {
                // (`"...," Ferguson said.` then a paragraph `Those
                // allegations were put to Wenger. He said only`: the one
                // brought in after the speaker, in a paragraph of their
                // own, asked only over a line break; so too one such a
                // sentence brings in with a role: `London teacher Diane
                // Granger said` then `... his confrontation with Sharron
                // Storer, the Birmingham woman who harangued him. "...,"
                // she told`.)
                // (A line break inside a paragraph is a wrapped line's.)
                let later = if self.names.paragraph_break_between(run.end, mention.start) {
                    let since = since.max(run.end);
                    self.answering_before(mention.start, since, want)
                        .or_else(|| self.introduced_before(mention.start, since, want))
                } else {
                    None
                };
                let e = self.named(later.unwrap_or(run), None);
                if e.gender != Gender::Unknown {
                    return Some(e);
                }
                // The pronoun gives the name its gender: asked again, the
                // recent speaker of that gender is this one.
                let e = Entity { gender: want, ..e };
                return Some(self.entities.spoke(input, e));
            }
        }
        // `Allianz said it did not know ... However, it said`: a body
        // named as the subject of a sentence since the last speaker.
        if p.eq_ignore_ascii_case("it") {
            if let Some(e) = self.body_speaking_since(mention.start, since) {
                return Some(e);
            }
            // `The committee reached its conclusions ... It warned`: a
            // body described, not named, as such a subject. It answers for
            // this `it` alone, read from the sentences around it, and joins
            // no list of speakers: a later `it` may mean something else
            // described (`Mr Crosby's statement said`).
            if let Some(d) = body_described_since(input, mention.start, since) {
                return Some(Entity {
                    name: d,
                    role: None,
                    gender: Gender::Unknown,
                    given: Gender::Unknown,
                    unisex: false,
                    person: false,
                });
            }
        }
        // `Mr. Obama dismissed the criticism as the voice of Mr. Tribe's
        // client. "...," he said`: a pronoun that opens its sentence goes
        // on about the subject of the sentence before, a person of its
        // gender, rather than the last to speak (Tribe), when that
        // sentence holds no quotation (a speaker's is the resolver's to
        // read); else about a person that sentence brings in with a role
        // ([`Resolver::introduced_before`]).
        if want != Gender::Unknown {
            if let Some(run) = self
                .subject_of_sentence_before(mention.start, since, want)
                .or_else(|| self.introduced_before(mention.start, since, want))
                .or_else(|| self.answering_before(mention.start, since, want))
                .or_else(|| self.chained_before(mention.start, since, want))
            {
                return Some(self.named(run, None));
            }
        }
        // `"...," Obama said after meeting with Putin. He didn't suggest
        // retaliation.`: a pronoun that opens the sentence right after the
        // last speaker's (after a quote, maybe) goes on about that speaker,
        // of whom nothing said the gender, rather than an earlier one of
        // its gender.
        if let Some(last) = self.last_name.filter(|_| want != Gender::Unknown) {
            let placed = || opens_the_next_sentence(input, since, mention.start);
            let last = &input[last.range()];
            if let Some(e) = self
                .entities
                .last_of_unknown_gender(input, last, want, placed)
            {
                return Some(e);
            }
        }
        if let Some(e) = self.entities.resolve(input, p, true) {
            return Some(e);
        }
        if want != Gender::Unknown {
            let run = self
                .names
                .gendered_run_before(mention.start, want, NAME_REACH);
            if let Some(run) = run {
                // (`The Brazilian confirmed ... reports that food was
                // thrown at Sir Alex Ferguson. "...," he told`: the
                // sentence is about the person its epithet stands for.)
                let run = self.described_subject(run, want).unwrap_or(run);
                return Some(self.named(run, None));
            }
        }
        // `Police said the man was arrested. "He is in custody," they
        // said`: people that open the sentence before as its subject.
        if speakers::is_they(p) {
            if let Some(d) = people_subject_before(input, mention.start, since) {
                return Some(self.described(d));
            }
        }
        // `said Murphy ... He was joined on the call by Ilyse Hogue. She
        // said`: a sentence since the last speaker phrase (within
        // [`NEW_SPEAKER_REACH`] bytes) that opens with the other gender's
        // pronoun, outside quotations, most likely goes on about that
        // speaker, so a speaker of unknown gender is not whom this one
        // means.
        let other_since = other_subject_pronoun(want).is_some_and(|other| {
            let lo = since.max(mention.start.saturating_sub(NEW_SPEAKER_REACH));
            self.names
                .any_unquoted(lo, mention.start, |text| holds_word(text, other))
        });
        if !other_since {
            if let Some(e) = self.entities.resolve(input, p, false) {
                return Some(e);
            }
        }
        let run = if is_personal(p) {
            self.person_run_before(mention.start, want)?
        } else {
            // `voted into power last May after it pledged`: a month that
            // may be a name is a person or a date, no thing `it` stands for.
            // `Senate Democrats blocked the bill because they said`: `they`
            // stands for a name of people, no other (`Critics of Scott
            // Fitzgerald were harsh. They said`).
            let plural = speakers::is_they(p);
            // `Chairman Sir Archy Kirkwood said ... It warned`: `it` stands
            // for no one a courtesy title or a given name says is a person,
            // unless for the person's thing (`Mr Crosby's statement said
            // ... It added`).
            let it = p.eq_ignore_ascii_case("it");
            // (`Two Americans were killed ... "...," it reads`: nor for
            // people.)
            // (`the UK housing market`, `the GOP-led investigation`: nor
            // for a name that modifies a noun, which is what it stands
            // for, if anything.)
            let fits_it = |r: Span| {
                !it || (!names_person(input, r) || possessive_at(input, r.end))
                    && !names_people(&input[r.range()])
                    && !modifies_noun(input, r)
            };
            let run = self.names.run_before(mention.start).filter(|r| {
                let run = &input[r.range()];
                !speakers::is_name_month(run) && (!plural || names_people(run)) && fits_it(*r)
            })?;
            self.body_of(run)
        };
        let e = self.named(run, None);
        self.again = e.gender != Gender::Unknown;
        Some(e)
    }

    /// Whether every paragraph that opens after byte `lo` and by `hi` opens
    /// with a quotation mark: the text that follows one's speaker phrase
    /// and still means that one (`..., the spokesman said.` and a
    /// paragraph `"...," he added.`), not a paragraph of its own (`However
    /// Mr Mulligan was not convinced`).
    fn quotes_open_paragraphs(&self, lo: usize, hi: usize) -> bool {
        let input = self.input;
        self.names.all_breaks_between_paragraphs(lo, hi, |k| {
            let line = input[k + 1..hi].trim_start();
            line.is_empty() || line.starts_with(['"', '\u{201c}', '\'', '\u{2018}'])
        })
    }

    /// The body (no person) named last as the subject of a sentence or
    /// clause between the last speaker phrase (from `since`) and `pos`,
    /// within [`NEW_SPEAKER_REACH`] bytes: whom an `it` there stands for.
    /// None when the last run that opens a sentence or clause has no verb
    /// after it, or may name a person, or names people.
    fn body_opening_since(&mut self, pos: usize, since: usize) -> Option<Span> {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        let lo = it_context_start(input, pos, since);
        self.names.runs_between(lo, pos, &mut runs);
        let mut found = None;
        for &run in runs.iter().take(NAME_REACH) {
            // (`The Institute for Fiscal Studies said`: the body's whole
            // name.)
            let run = self.body_of(run);
            // (`The LSE rejected`: a body's name may take an article, and
            // its short name after it, `The American Film Institute (AFI)
            // hailed`.)
            let start = input[..run.start]
                .strip_suffix("The ")
                .or_else(|| input[..run.start].strip_suffix("the "))
                .map_or(run.start, str::len);
            let subject = Span::new(start, run.end + short_name_len(&input[run.end..]));
            if !opens_as_subject(input, subject) {
                continue;
            }
            if !verb_follows(input, subject) {
                break;
            }
            let text = &input[run.range()];
            // (`Analysts said`: people, whom `they` stands for.)
            if names_people(text) || subjects::DESCRIPTIVE_PLURALS.contains(text) {
                break;
            }
            // No person: no title, no given name, no surname of a full
            // name (`Deutsche Boerse said`, `Allianz, a leading German
            // insurer, said`).
            let person = self.may_name_person(run)
                && !names_organization(text)
                && (gender_before(input, run.start) != Gender::Unknown
                    || after_peerage(input, run.start)
                    || {
                        let name = &input[self.names.fullest(run).range()];
                        opens_with_given_name(name) || (!text.contains(' ') && name.contains(' '))
                    });
            if !person {
                found = Some(run);
            }
            break;
        }
        self.runs = runs;
        found
    }

    /// The name that opens as its subject the sentence before the one that
    /// the pronoun at byte `at` opens, when that sentence starts after the
    /// last speaker phrase (at `since`) and holds no quotation, and the
    /// name is a person's of gender `want` ([`Resolver::pronoun`]).
    fn subject_of_sentence_before(
        &mut self,
        at: usize,
        since: usize,
        want: Gender,
    ) -> Option<Span> {
        let input = self.input;
        let (run, Span { end: s, .. }) = self.opening_subject_before(at, since, false)?;
        // (`David Stockman, a former director of ..., has been quietly
        // pushing ...`: the gender a title gives, else the given name's.
        // `Federer admitted he was`: a name of no gender known, which the
        // pronoun after its cue gives.)
        let gender = self.gender_of_run(run);
        // (`Mirza, ranked 134 in the world, sank to her knees`: so too one
        // whose sentence goes on to a pronoun of the gender with no capital
        // between, no other name it may mean, when the text names it in
        // full somewhere: `Making her way`, `Asked whether he` open with
        // no name.)
        let after = &input[run.end..s];
        let said = || cue_then_pronoun(after.strip_prefix(' ').unwrap_or(""), want);
        let mut goes_on = || {
            first_pronoun_is(after.trim_start_matches([',', ' ']), want)
                && self.names.fullest(run) != run
        };
        // (`Bob agreed to talk on the condition that his last name not be
        // used. "...," he said`: one named by a word alone, a name the
        // text uses in mid-sentence too ([`Known`]), whose verb is a cue.
        // `Nobody asked`, `Delegates questioned` open sentences only.)
        let speaking = || {
            speaks_past_clause(&input[run.end..])
                && !names_organization(&input[run.range()])
                && self
                    .known
                    .contains(tokens::bare(index::last_word(&input[run.range()])))
        };
        // (`Judge Berman took a short recess.` then `He began by saying`: a
        // title of no gender before the name says a person, whom the
        // pronoun opening the next sentence means.)
        let titled = || {
            let w = index::last_word(&input[..run.start]);
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && is_title(w)
                && !is_title(index::last_word(&input[run.range()]))
        };
        (gender == want
            || (gender == Gender::Unknown && (said() || goes_on() || speaking() || titled())))
        .then_some(run)
    }

    /// `Staunton is the choice of Steven Gaydos, executive editor of
    /// Variety. But while he tipped Swank, he predicted a close contest.
    /// "...," he told`: when the sentence before the pronoun's (after the
    /// last speaker phrase, at `since`, with no quotation) opens its clause
    /// with the same pronoun ([`opener_before_subject`]), the person the
    /// sentence before that one gives it ([`Resolver::subject_of_sentence_before`],
    /// [`Resolver::introduced_before`]): the two pronouns are one person.
    fn chained_before(&mut self, at: usize, since: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        let p = input[at..]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()?;
        let sentence = self.quiet_before(at, since)?;
        let text = &input[sentence.range()];
        // (By bytes over the first few words, which an opener may take:
        // most of these sentences open with no such pronoun.)
        let b = text.as_bytes();
        let head = b.len().min(OPENER_BYTES + p.len() + 1);
        let found = (0..head.saturating_sub(p.len())).find(|&k| {
            (k == 0 || b[k - 1] == b' ')
                && b[k..k + p.len()].eq_ignore_ascii_case(p.as_bytes())
                && !b.get(k + p.len()).is_some_and(u8::is_ascii_alphanumeric)
                && (k == 0 || opener_before_subject(&text[..k]))
        })?;
        let p_at = sentence.start + found;
        self.subject_of_sentence_before(p_at, since, want)
            .or_else(|| self.introduced_before(p_at, since, want))
    }

    /// `... which is something that concerns Henry Crespo, president of
    /// the Miami-based Florida Democratic Black Caucus.` then `"...," he
    /// said`: the last person the sentence before the pronoun's brings in
    /// with a name in full (a known given name, not of the other gender)
    /// and a role after a comma (a title first, or an article and a title)
    /// that runs to the sentence's end, or a name of two words or more and
    /// an article and a noun of the pronoun's gender (`Sharron Storer, the
    /// Birmingham woman who`), when that
    /// sentence starts after the last speaker phrase (at `since`) and holds
    /// no quotation: news writing names a new speaker so, then quotes them.
    fn introduced_before(&mut self, at: usize, since: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        let sentence = self.quiet_before(at, since)?;
        // (Cheaply first: a capitalized word, a comma and a lowercase role
        // after it, before the name index is asked.)
        let text = &input[sentence.range()];
        let role_after = |d: &str| {
            let first = d.split(' ').next().unwrap_or("");
            d.starts_with(|c: char| c.is_ascii_lowercase())
                && !d.contains([',', '"', ';'])
                && (is_title(first)
                    || (crate::lexicon::contains_ci(pronouns::ARTICLES, first)
                        && d.split(' ').any(is_title)))
        };
        // (`the withdrawal of tycoon Steve Morgan, who got frustrated`: a
        // role before the name and a relative clause after it bring the
        // person in too.)
        let role_before = |r: Span| role_word(index::last_word(input[..r.start].trim_end()));
        // (`Sharron Storer, the Birmingham woman who harangued him`: an
        // article and a noun of the pronoun's gender within its first
        // words; that gender, not a given name, says whom it brings in.)
        let gendered_role = |d: &str| {
            let mut words = d.split(' ');
            words
                .next()
                .is_some_and(|a| crate::lexicon::contains_ci(pronouns::ARTICLES, a))
                && !d.contains([',', '"', ';'])
                && words.take(3).any(|w| gender_of(w) == want)
        };
        let b = text.as_bytes();
        let named_with_role = memchr::memchr_iter(b',', b).any(|k| {
            b.get(k + 1) == Some(&b' ')
                && b.get(k + 2).is_some_and(u8::is_ascii_lowercase)
                && text[..k].ends_with(|c: char| c.is_ascii_alphabetic())
                && index::last_word(&text[..k]).starts_with(|c: char| c.is_ascii_uppercase())
                && {
                    let d = &text[k + 2..];
                    role_after(d) || d.starts_with("who ") || gendered_role(d)
                }
        });
        if !named_with_role {
            return None;
        }
        let mut runs = std::mem::take(&mut self.runs);
        self.names
            .runs_between(sentence.start, sentence.end, &mut runs);
        // (Last first: the last person brought in.)
        let found = runs.iter().copied().find(|&r| {
            let t = &input[r.range()];
            let role = super::sentences::after_comma(&input[r.end..sentence.end]);
            let gender = gender_of_given_name(t);
            // (A role: a title first, or an article and a title among its
            // words; not `, were away`, `, who had`.)
            (gender == want || gender == Gender::Unknown)
                && ((opens_with_given_name(t)
                    && role.is_some_and(|d| {
                        role_after(d) || (d.starts_with("who ") && role_before(r))
                    }))
                    || (t.contains(' ') && role.is_some_and(gendered_role)))
        });
        self.runs = runs;
        found
    }

    /// `Those allegations were put to Wenger after the game. He said
    /// only: "..."`: the one person of gender `want` that the sentence
    /// before the pronoun's names, when that sentence starts after the last
    /// speaker phrase (at `since`), holds no quotation, and has for its
    /// subject something said or done that the person answers or meets
    /// (`Her comments did not impress`, `The report was welcomed by`:
    /// [`crate::lexicon::cues::ANSWERED_NOUNS`]) or `that` (`But that was
    /// not enough for Mr Sarkozy`). News writing brings in whom it quotes
    /// next so.
    fn answering_before(&mut self, at: usize, since: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        let sentence = self.quiet_before(at, since)?;
        let text = &input[sentence.range()];
        let mut words = text.split(' ');
        // (`But that was`: past a conjunction; a longer opener, `On
        // Monday,`, is not read past: reading it cost more than it found.)
        let mut first = words.next()?;
        let opener = subjects::CLAUSE_OPENERS.contains(first);
        if opener {
            first = words.next()?;
        }
        // The words of the subject: `that` or `this` before a form of
        // `be`, or a determiner and up to three words to the noun.
        let second = words.next();
        let this_or_that = first.eq_ignore_ascii_case("that") || first.eq_ignore_ascii_case("this");
        let subject = if this_or_that && second.is_some_and(subjects::is_be_form) {
            Some(1)
        } else if sets::DETERMINERS.contains(first) {
            let mut lead = second.into_iter().chain(words.take(2));
            lead.position(|w| subjects::ANSWERED_NOUNS.contains(w))
                .map(|k| k + 2)
        } else {
            None
        };
        let subject = subject.map(|k| k + usize::from(opener));
        // (`..., said Grant Green, a national security official under
        // Presidents Reagan and George W. Bush`: a sentence with a cue
        // after its subject has its own speaker.)
        let cue = |k: usize| {
            text.split(' ')
                .skip(k)
                .any(|w| sets::CUES.contains(w.trim_matches(|c: char| !c.is_alphabetic())))
        };
        if !subject.is_some_and(|k| !cue(k)) {
            return None;
        }
        let mut runs = std::mem::take(&mut self.runs);
        self.names
            .runs_between(sentence.start, sentence.end, &mut runs);
        let mut found: Option<(Span, Span)> = None;
        let mut sole = true;
        for &r in runs.iter() {
            // (`Gerrard's 20-yard drive`, `an Alan Shearer strike`: a name
            // that modifies a noun is no one brought in.)
            if names_organization(&input[r.range()])
                || possessive_at(input, r.end)
                || modifies_noun(input, r)
                || self.gender_of_run(r) != want
            {
                continue;
            }
            let full = self.names.fullest(r);
            match found {
                None => found = Some((r, full)),
                Some((_, f)) if input[f.range()] == input[full.range()] => {}
                Some(_) => sole = false,
            }
        }
        self.runs = runs;
        found.filter(|_| sole).map(|(r, _)| r)
    }

    /// [`quiet_sentence_before`], remembered for the last `at` and `since`
    /// asked.
    fn quiet_before(&mut self, at: usize, since: usize) -> Option<Span> {
        match self.quiet {
            Some((key, found)) if key == (at, since) => found,
            _ => {
                let found = quiet_sentence_before(self.input, at, since);
                self.quiet = Some(((at, since), found));
                found
            }
        }
    }

    /// The gender of the person `run` names: the one a title gives, else
    /// its given name's.
    fn gender_of_run(&mut self, run: Span) -> Gender {
        match self.names.gender(run) {
            Gender::Unknown => gender_of_given_name(&self.input[self.names.fullest(run).range()]),
            g => g,
        }
    }

    /// The name that opens as its subject (after what may come before it:
    /// [`past_opener`]) the sentence before the one that the mention at
    /// byte `at` opens, when that sentence starts after the last speaker
    /// phrase (at `since`) and holds no quotation (`quoted`: none before
    /// the name), and the name may be a person's; with that sentence.
    fn opening_subject_before(
        &mut self,
        at: usize,
        since: usize,
        quoted: bool,
    ) -> Option<(Span, Span)> {
        let input = self.input;
        // Asked first, and cheaply: two sentences end between the last
        // speaker phrase and the pronoun (most follow their speaker's
        // sentence).
        let gap = &input.as_bytes()[since.min(at)..at];
        // (Line breaks between paragraphs count as ends: a heading's has no
        // stop.)
        let mut ends = sentence_ends(gap).take(2).count();
        if ends < 2 {
            self.names
                .all_breaks_between_paragraphs(since.min(at), at, |_| {
                    ends += 1;
                    ends < 2
                });
        }
        (ends >= 2).then_some(())?;
        let Span { start: ps, end: s } = match quoted {
            true => sentence_before(input, at, since)?,
            false => self.quiet_before(at, since)?,
        };
        // The capitalized words that open the sentence, one that may start
        // a name first: the name index is asked only for the run they end
        // (reading the whole sentence's names cost more than the rule).
        let lead = past_opener(&input[ps..s]);
        let first = lead.split(' ').next().unwrap_or("");
        // (One lookup for the three classes: `grammar::classes`.)
        if !first.starts_with(|c: char| c.is_ascii_uppercase())
            || grammar::classes(first) & grammar::CLOSED_CLASSES != 0
        {
            return None;
        }
        // (`Conservative shadow home secretary David Davis was`: a role's
        // lowercase words, [`in_role`], stand among them.)
        let mut end = s - lead.len();
        let cap = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
        let mut words = lead.split(' ');
        let mut prev_cap = false;
        while let Some(w) = words.next() {
            if cap(w) || in_role(w) {
                end += w.len() + 1;
                prev_cap = cap(w);
                continue;
            }
            // (`Chief Secretary to the Treasury Paul Boateng`, `Secretary
            // of State for Defence Geoff Hoon`: an office's name joins its
            // capitalized words with `of`, `to` or `for`, maybe `the`.)
            if prev_cap && matches!(w, "of" | "to" | "for") {
                let the = words.clone().next() == Some("the");
                if words.clone().nth(usize::from(the)).is_some_and(cap) {
                    end += w.len() + 1;
                    if the {
                        end += words.next().map_or(0, |x| x.len() + 1);
                    }
                    prev_cap = false;
                    continue;
                }
            }
            // (`Former civil service chief Lord Butler has`: a role's other
            // lowercase nouns, up to a title before a capital; not `who
            // will captain England`.)
            if !is_role_noun(w) {
                break;
            }
            let mut ahead = words.clone();
            let mut k = None;
            for i in 0..ROLE_WORDS_AHEAD {
                match ahead.next() {
                    Some(x) if is_title(x) && ahead.clone().next().is_some_and(cap) => {
                        k = Some(i);
                        break;
                    }
                    Some(x) if is_role_noun(x) => {}
                    _ => break,
                }
            }
            let Some(k) = k else {
                break;
            };
            end += w.len() + 1;
            for _ in 0..=k {
                end += words.next().map_or(0, |x| x.len() + 1);
            }
        }
        let run = self.names.run_before(end.min(s))?;
        // (`Chief Secretary to the Treasury Paul Boateng`: the run holds
        // the office's last words; the name starts at its given name.)
        // (The words before it were read as the office's from the
        // sentence's start: it opens the sentence as its subject.)
        let tail = office_tail(input, run);
        let run = tail.unwrap_or(run);
        if run.start < s - lead.len()
            || (quoted && holds_quotation_mark(&input[ps..run.end]))
            || (tail.is_none() && !opens_as_subject(input, run))
            || !self.may_name_person(run)
        {
            return None;
        }
        Some((run, Span::new(ps, s)))
    }

    /// `Salceda, citing data from the U.S. State Department, said ...` then
    /// `The lawmaker ... said`: a person's description
    /// ([`is_person_description`]) stands for the full name, or the
    /// surname of one, that opens the sentence before its own
    /// ([`Resolver::opening_subject_before`]): news writing names a person,
    /// then goes on with a role for them. Not for an office of state alone
    /// ([`is_office_of_state`]: `Mr Cable said ... The chancellor
    /// insisted`); not one of the other gender than the description's
    /// words say, nor one its own sentence names (`But the chancellor said
    /// Mr Fallon was "..."` after `Michael Fallon asked Mr Brown`), nor
    /// one named with another title, nor one whose sentence names another
    /// person in full or ends with who said it.
    fn office_holder_before(&mut self, mention: Span, since: usize) -> Option<Span> {
        let input = self.input;
        let text = &input[mention.range()];
        if !is_person_description(text) || after_the(text).is_some_and(is_office_of_state) {
            return None;
        }
        // (`In a statement, the business mogul announced`: the description
        // may open its sentence after what comes before a subject.)
        let own = input[sentence_start(input, mention.start)..].trim_start();
        let at = if input.len() - past_opener(own).len() == mention.start {
            input.len() - own.len()
        } else {
            mention.start
        };
        let (run, sentence) = self.opening_subject_before(at, since, true)?;
        // (`But Mr. Trump's words may have affected the former president`:
        // the description's words there name whom it means.)
        if input[run.end..sentence.end].contains(after_the(text)?) {
            return None;
        }
        let full = self.full_name(run)?;
        if !self.of_gender_of(run, text) {
            return None;
        }
        // (`Nielsen had panicked ..., Greer said.`: a sentence that ends
        // with who said it is that speaker's, whom the description means
        // when named so, as any name opening the sentence would be: see
        // `speaker_ending` below.)
        let ending = input[sentence.range()].trim_end_matches(['.', '?', '!']);
        let cue = index::last_word(ending);
        let said = sets::CUES.contains(cue);
        // A title before the name where it opens the sentence, or before
        // its fullest form (`Mayor Bill de Blasio`, `Gov. Tom Hale`; then
        // `De Blasio disbanded the unit.` and `the Republican presidential
        // candidate said`), other than the description's: another office.
        let other_title = |w: &str| other_office(w, text);
        let titled = input[sentence.start..run.start].split(' ').any(other_title)
            || input[..full.start]
                .strip_suffix(' ')
                .filter(|b| b.ends_with(|c: char| c.is_ascii_alphabetic() || c == '.'))
                .is_some_and(|b| other_title(index::last_word(b)));
        if said {
            let cue_start = sentence.start + ending.len() - cue.len();
            return self.speaker_ending(cue_start, sentence, text);
        }
        if titled {
            return None;
        }
        // Another person named in full with a given name in that sentence
        // (`Jeb Bush ... brought his older brother, George W. Bush`) may
        // as well be whom the description means.
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(run.end, sentence.end, &mut runs);
        // (Not an owner: `Hillary Clinton has a word for Donald Trump's
        // plan`.)
        let other = runs.iter().any(|r| {
            let t = &input[r.range()];
            opens_with_given_name(t) && t != &input[run.range()] && !possessive_at(input, r.end)
        });
        self.runs = runs;
        if other {
            return None;
        }
        // Its own sentence, to its stop (within reach: the rest of a
        // long text is not read for each description).
        let rest = &input.as_bytes()[mention.end..];
        let rest = &rest[..rest.len().min(NEW_SPEAKER_REACH)];
        let own = &rest[..sentence_ends(rest).next().unwrap_or(rest.len())];
        let surname = index::last_word(&input[run.range()]).as_bytes();
        (!holds_whole_word(own, surname)).then_some(run)
    }

    /// `Nielsen had panicked ..., Greer said. The feminist writer and
    /// broadcaster said`: the person named right before the cue at byte
    /// `cue_start` that ends `sentence`, the description `text` means:
    /// named in full, of its gender, with no title before the name but the
    /// description's own.
    fn speaker_ending(&mut self, cue_start: usize, sentence: Span, text: &str) -> Option<Span> {
        let input = self.input;
        let run = self
            .names
            .run_before(cue_start)
            .filter(|r| r.start >= sentence.start && input[r.end..cue_start] == *" ")?;
        self.full_name(run)?;
        let before = index::last_word(input[..run.start].trim_end());
        (self.of_gender_of(run, text) && !other_office(before, text)).then_some(run)
    }

    /// Whether the person of `run` may be of the gender the description
    /// `text` says: either not known.
    fn of_gender_of(&mut self, run: Span, text: &str) -> bool {
        let want = gender_of(text);
        let gender = self.gender_of_run(run);
        want == Gender::Unknown || gender == Gender::Unknown || gender == want
    }

    /// The first name of two or three words before `word` that `word`
    /// opens (its other words capitalized, none a title), whose last word
    /// is no body's head (`Bank`, `Party`), unless `word` is an acronym;
    /// a firm's name counts otherwise (`Peabody` after `Peabody Energy`).
    /// Found in the text, the name index asked only to confirm what it
    /// finds: most lone names (`Reuters`) open none, and reading every
    /// name before them from the index cost more than the rest of the
    /// resolver.
    fn opened_by(&mut self, word: Span) -> Option<Span> {
        let input = self.input;
        let w = &input[word.range()];
        // (`UKIP offered` is the party's, not `UKIP MEPs`'s.)
        if crate::dateline::is_all_caps(w) {
            return None;
        }
        // The first name the word opens stays the first for a later
        // mention; where none was found, the search goes on from where it
        // stopped. (Resolution runs in text order: a mention before where
        // the last search stopped, asked again, is searched for anew.)
        let known = self.opened.iter().position(|o| o.word == w);
        let from = match known.map(|k| self.opened[k]) {
            Some(o) if o.found.is_some_and(|run| run.end <= word.start) => return o.found,
            Some(o) if o.found.is_none() && o.to <= word.start => {
                o.to.saturating_sub(OPENED_OVERLAP)
            }
            Some(_) => 0,
            None if self.opened.len() >= OPENED_WORDS => return None,
            None => 0,
        };
        let hay = &input.as_bytes()[..word.start];
        let mut found = memchr::memmem::find_iter(&hay[from..], w.as_bytes()).filter_map(|k| {
            let k = from + k;
            if k > 0 && hay[k - 1].is_ascii_alphanumeric() {
                return None;
            }
            let end = name_opened_at(input, k + w.len(), word.start)?;
            let run = Span::new(k, end);
            let text = &input[run.range()];
            (!names_organization(text)).then_some(run)
        });
        // The name index reads the few the text offers: a run of its own in
        // a paragraph (no headline's `Obama Says African-American`), and
        // not in a line set in title case (`Ed Sheeran Wants To Set Up
        // Taylor Swift`, where a verb reads as the name's last word).
        let found = found.find(|&run| {
            self.may_name_person(run)
                && self.names.run_before(run.end + 1) == Some(run)
                && !title_case_follows(&input[run.end..])
        });
        let searched = Opened {
            word: w,
            to: word.start,
            found,
        };
        match known {
            Some(k) if self.opened[k].to <= word.start => self.opened[k] = searched,
            Some(_) => {}
            None => self.opened.push(searched),
        }
        found
    }

    /// Whether a name that may be a person's opens a sentence or clause
    /// as its subject between bytes `lo` and `hi` (`A spokesman told the
    /// BBC. However Mr Mulligan was not convinced ... he said`): the text
    /// has moved on to that person.
    fn person_opens_between(&mut self, lo: usize, hi: usize) -> bool {
        let input = self.input;
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, hi, &mut runs);
        let opens = runs
            .iter()
            .any(|&run| opens_as_subject(input, run) && self.may_name_person(run));
        self.runs = runs;
        opens
    }

    /// `The Bank of England welcomed it. "...," it said`: the whole name of
    /// the body whose name `of` splits into runs, when `run` ends it
    /// (`England`) and the run before `of` or `of the` ends in a body's
    /// head (`Bank`); else `run`.
    fn body_of(&mut self, run: Span) -> Span {
        let input = self.input;
        let before = &input[..run.start];
        let Some(head_end) = before
            .strip_suffix(" of ")
            .or_else(|| before.strip_suffix(" of the "))
            .or_else(|| before.strip_suffix(" for "))
            .map(str::len)
        else {
            return run;
        };
        match self.names.run_before(head_end) {
            Some(h) if h.end == head_end && names_organization(&input[h.range()]) => {
                Span::new(h.start, run.end)
            }
            _ => run,
        }
    }

    /// `Kent Conrad said the proposals ... "The cost ...," he said`: the
    /// last name from the last speaker phrase (starting at `since`) to
    /// `pos` that speaks (a cue follows it), is a full name or the surname
    /// of one, names no organization (`Thames Valley Police said`), and
    /// may name a person of gender `want` (no title, `Mr`/`Ms`
    /// or given name says another), within [`NEW_SPEAKER_REACH`] bytes: a
    /// person brought in since the last quote, or its own speaker named
    /// with a cue, whom its pronoun means. The speakers before are left to
    /// [`Entities::resolve`].
    fn new_speaker_before(&mut self, pos: usize, since: usize, want: Gender) -> Option<Span> {
        let mut runs = std::mem::take(&mut self.runs);
        let lo = since.max(pos.saturating_sub(NEW_SPEAKER_REACH));
        self.names.runs_between(lo, pos, &mut runs);
        let found = self.new_speaker_of(&runs, pos, want);
        self.runs = runs;
        found
    }

    /// The fullest name of `run` when it is a full name, or the surname of
    /// one (`Lord Falconer says`: a peer's title and surname are a full
    /// name too); None for a word alone, as often a firm or a title. The
    /// test a new speaker and the person a description stands for share.
    fn full_name(&mut self, run: Span) -> Option<Span> {
        let name = self.names.fullest(run);
        (self.input[name.range()].contains(' ') || after_peerage(self.input, run.start))
            .then_some(name)
    }

    /// [`may_name_person`] of `run`, told whether it opens its paragraph.
    fn may_name_person(&self, run: Span) -> bool {
        may_name_person(self.input, run, self.names.opens_paragraph(run.start))
    }

    /// [`Resolver::new_speaker_before`] among `runs`, last first.
    fn new_speaker_of(&mut self, runs: &[Span], pos: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        // Asked once: most pronouns open no clause after `and` or `when`.
        let joined = opens_joined_clause(input, pos);
        for (k, &run) in runs.iter().enumerate().take(NAME_REACH) {
            // A run that speaks, else the subject of the sentence before,
            // or of the pronoun's own sentence when `and` or `when` joins
            // them.
            let subject = !speaks_past_clause(&input[run.end..]) && !spoken_after_cue(input, run);
            if subject && !subject_just_before(input, run, pos, want, joined) {
                continue;
            }
            // (`Geoff Garin, a pollster who is working with Priorities
            // USA, a pro-Clinton super PAC, said`: the object of a
            // preposition in an appositive does not speak past the one of
            // its own.)
            if !subject && object_of_preposition(input, run.start) {
                continue;
            }
            // `A spokesman for the UK Film Council said ... "...," he
            // said`: the organization stands for its spokesman.
            let org = names_organization(&input[run.range()]);
            let stands_for = org && !subject && speaks_for(input, run.start);
            // `Paul Miller of Thames Valley Police said`: the person of
            // the organization speaks; an organization alone is no person.
            // `Peter Misselbrook, executive partner of Tods Murray said`,
            // `Mr Hirsch from Retail Banking Research said`: nor does a
            // name the person is of or from.
            // (`Secretary of State John Kerry`, `RNC Chief of Staff`: a
            // title before `of` is no person.)
            let joins = |p: &Span| {
                if org {
                    of_between(input, p.end, run.start)
                } else {
                    role_of_between(input, p.end, run.start)
                        || (of_from_between(input, p.end, run.start)
                            && !is_title(index::last_word(&input[p.range()])))
                }
            };
            let person = runs
                .get(k + 1)
                .filter(|p| !stands_for && joins(p) && !names_organization(&input[p.range()]));
            // (`Angelique Brunner, a developer and spokeswoman for the EB-5
            // Investment Coalition, said`: the spokeswoman is named before
            // her description, and speaks.)
            let named_spokesman = runs
                .get(k + 1)
                .filter(|p| stands_for && described_after(input, **p, run.start));
            let stands_for = stands_for && named_spokesman.is_none();
            let run = match person.or(named_spokesman) {
                Some(&p) => p,
                None if org && !stands_for => continue,
                None => run,
            };
            if !stands_for && !self.may_name_person(run) {
                continue;
            }
            // A full name, or the surname of one: one word alone is as
            // often a firm or a title (`Wasp tells the story`).
            let Some(name) = self.full_name(run) else {
                continue;
            };
            // A subject with no cue is a person's only by a courtesy title
            // or a given name: `France have been criticised` is no
            // `Stade de France`, nor `Beach Boys veteran Brian Wilson` the
            // Beach Boys.
            // (`Britain's Jason Gardener`: the given name may open the
            // person's name after its owner. `Azmat Begg, father of
            // Moazzam, thanked`: a role in apposition says a person too.)
            if subject
                && !opens_with_given_name(&input[name.range()])
                && gender_before(input, run.start) == Gender::Unknown
                && !affiliated(input, name)
                    .is_some_and(|(_, person)| opens_with_given_name(&input[person.range()]))
                && !grammar::role_in_apposition(&input[run.end..])
                && !apposed_to_title(input, run.start)
            {
                continue;
            }
            // The cheaper questions first.
            let fits = |g: Gender| g == Gender::Unknown || g == want;
            // (`His mother Katherine Jackson told`, after `Mr Jackson`: a
            // given name of the pronoun's gender outweighs a surname's.)
            if !says_other_gender(input, run, name, want)
                && (fits(self.names.gender(name))
                    || gender_of_given_name(&input[name.range()]) == want)
            {
                return Some(run);
            }
        }
        None
    }

    /// For `he`, `she` or `I` with no name of its gender near: the last of
    /// the runs before `pos` (up to [`NAME_REACH`] runs and
    /// [`index::BYTE_REACH`] bytes back) that may name a person (not an
    /// acronym, `the EU presidency`, and not a word after an article or a
    /// place preposition, `an Indian news channel`, `eligible for
    /// England`) and looks like a person's name: a full name, the surname
    /// of one, or a name that speaks (`Safin said`), but no organization's
    /// (`Colin MacIntyre, of Mull Historical Society, ... He said`). Else
    /// the last that may name one, an organization too (`A Labour Party
    /// spokesman told ...`: it says where the person is, at least); None
    /// when no run within reach may. A run that a courtesy title or a
    /// given name gives the other gender than `want` (if known) is passed
    /// over; for a known `want`, so is a full name that nothing says is a
    /// person's ([`Resolver::person_evident`]) while one that something
    /// does comes before it within reach.
    fn person_run_before(&mut self, mut pos: usize, want: Gender) -> Option<Span> {
        let input = self.input;
        let floor = pos.saturating_sub(index::BYTE_REACH);
        let (mut may, mut unsure) = (None, None);
        for _ in 0..NAME_REACH {
            let Some(run) = self.names.run_before(pos).filter(|r| r.end >= floor) else {
                break;
            };
            pos = run.start;
            let Some(p) = self.as_person(run, want) else {
                continue;
            };
            // An organization (`Thames Valley Police`) is no person's full
            // name: the last resort only, as any run that may name one is.
            let speaking = || speaks(&input[run.end..]);
            let full = !p.organization && (p.in_full || speaking());
            if !full {
                may = may.or(Some(run));
                continue;
            }
            // (`Savage's future ... good displays against West Brom and
            // Aston Villa have impressed Blues fans. "...," he said`: a
            // gendered pronoun means a name that something says is a
            // person's, a title, a known given name or a verb of speech
            // after it, before a name of two words that nothing does, a
            // club's or a place's as often.)
            if want != Gender::Unknown && !self.person_evident(run, p.name) && !speaking() {
                unsure = unsure.or(Some(run));
                continue;
            }
            return Some(self.person_about(run, want));
        }
        unsure.map(|run| self.person_about(run, want)).or(may)
    }

    /// Whether the text says that `run`, whose fullest form is `name`, is a
    /// person's: a title or a known given name ([`names_person`], of
    /// either), the name spoke before ([`Entities`]), or its place says so
    /// ([`described_as_person`]).
    fn person_evident(&self, run: Span, name: Span) -> bool {
        let input = self.input;
        names_person(input, run)
            || names_person(input, name)
            || self.entities.has_spoken(input, &input[name.range()])
            || described_as_person(input, run)
    }

    /// Whom a pronoun means when `run`, a person's name in full, is the
    /// last one before it ([`Resolver::person_run_before`]).
    fn person_about(&mut self, run: Span, want: Gender) -> Span {
        // (`Songwriter Guy Chambers, who has worked with stars including
        // Robbie Williams, has thrown his support`: a name inside a
        // relative clause is not what the sentence is about; whom `who`
        // stands for is.)
        if let Some(a) = self.relative_antecedent(run, want) {
            return a;
        }
        self.subject_of_sentence(run, want)
            .or_else(|| self.described_subject(run, want))
            .unwrap_or(run)
    }

    /// For a name `run` inside a relative clause that `, who` opens with
    /// no comma or sentence end between, the name right before that comma
    /// when it may be a person of gender `want`.
    fn relative_antecedent(&mut self, run: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let head = &input[sentence_start(input, run.start)..run.start];
        let k = head.rfind(", who ")?;
        if head[k + 2..].contains([',', ';', '"', '\u{201c}', '\u{201d}']) {
            return None;
        }
        let comma = run.start - head.len() + k;
        let a = self.names.run_before(comma).filter(|a| a.end == comma)?;
        self.as_person(a, want).map(|_| a)
    }

    /// `But Umaga, in England for the match, also backed New Zealand to
    /// win. He told`: of the person named last before a personal pronoun,
    /// `run`, the subject of its sentence when that is another person
    /// named in full (or the surname of one), a verb follows it, and it
    /// may be of gender `want`: the sentence was about the subject, and the
    /// pronoun goes on about it. None when no such subject opens the
    /// sentence before `run` (`Double Olympic champion Kelly Holmes`: the
    /// run before the role is none).
    fn subject_of_sentence(&mut self, run: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let lo = sentence_start(input, run.start);
        let mut runs = std::mem::take(&mut self.runs);
        self.names.runs_between(lo, run.start, &mut runs);
        // (Last first: the sentence's first run is the last of them.)
        let found =
            runs.iter().rev().take(NAME_REACH).copied().find(|&s| {
                s.end <= run.start && opens_as_subject(input, s) && verb_follows(input, s)
            });
        self.runs = runs;
        let s = found?;
        let p = self.as_person(s, want)?;
        (!p.organization && p.in_full).then_some(s)
    }

    /// `Jo Pavey will miss the race ... The 31-year-old was third behind
    /// Hayley Yelling and Justyna Bak ... she said`: when the sentence that
    /// holds the run `run` opens with a description that stands for a
    /// person named before ([`is_anaphor`]: `The 31-year-old`, `The
    /// striker`), the name of that person, who may be of gender `want`:
    /// the sentence is about them, and the pronoun goes on about them.
    fn described_subject(&mut self, run: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let lo = sentence_start(input, run.start);
        let head = &input[lo..run.start];
        let at = lo + (head.len() - head.trim_start().len());
        let words = &input[at..run.start];
        // (Most sentences open with no article: asked first.)
        after_the(words)?;
        // The article and one or two words after it; or up to four, a
        // role of sport or show business last (`The Swiss star`, `The
        // world number one`), which news writing gives the person it is
        // about as it gives an age.
        let mut ends = words.match_indices(' ').map(|(k, _)| k).skip(1).take(4);
        let desc = ends.find_map(|k| {
            let d = &words[..k];
            (is_anaphor(d) || is_sport_epithet(d)).then(|| Span::new(at, at + k))
        })?;
        // (Only its run is asked for: the caller names whom it returns.)
        let topic = self.anaphor_run(desc)?;
        (topic != run && self.as_person(topic, want).is_some()).then_some(topic)
    }

    /// What the run `run` is as the name of a person a pronoun of gender
    /// `want` may mean: None when it may name no person, or its title or
    /// given name says the other gender (`he` is not Hillary Clinton; not
    /// asked of the titles a surname was given elsewhere: `Mrs Trump` is
    /// not Donald Trump).
    fn as_person(&mut self, run: Span, want: Gender) -> Option<AsPerson> {
        let input = self.input;
        // (`U.S. History Makes Latinos Feel`, of a title-case heading: a
        // person's name runs to four words at most, `Martin Luther King
        // Jr.`.)
        if !self.may_name_person(run) || input[run.range()].split(' ').nth(4).is_some() {
            return None;
        }
        // A run of two words or more names its given name itself.
        let several = input[run.range()].contains(' ');
        let name = if several {
            run
        } else {
            self.names.fullest(run)
        };
        if want != Gender::Unknown && says_other_gender(input, run, name, want) {
            return None;
        }
        Some(AsPerson {
            organization: names_organization(&input[run.range()]),
            in_full: several || name != run,
            name,
        })
    }

    fn named(&mut self, mention: Span, role: Option<Span>) -> Entity {
        let input = self.input;
        let mention = knighted_in_full(input, mention).unwrap_or(mention);
        let mut gender = role.map_or(Gender::Unknown, |r| gender_of(&input[r.range()]));
        if gender == Gender::Unknown {
            gender = gender_before(input, mention.start);
        }
        // `Mrs. Clinton` is Hillary Clinton, not Bill Clinton named since.
        // `Mr. Khan` is Khizr Khan, whose given name says a man, before
        // Ghazala Khan, whose given name says nothing the tables know.
        let name = if gender == Gender::Unknown {
            self.names.fullest(mention)
        } else {
            let says = |first: &str| gender_of_given(first) == gender;
            let name = self.names.fullest_where(mention, &says);
            if gender_of_given_name(&input[name.range()]) == gender {
                name
            } else {
                let fits = |first: &str| {
                    let g = gender_of_given(first);
                    g == Gender::Unknown || g == gender
                };
                self.names.fullest_where(mention, &fits)
            }
        };
        // `Guy Mansfield QC`: letters after a name are an honour or an
        // office, no part of it; the role, when none is given or known
        // (`Scottish Finance Minister Tom McCabe` before `Tom McCabe MSP`).
        let (name, letters) = match index::post_nominal_split(&input[name.range()]) {
            Some((end, at)) => (
                Span::new(name.start, name.start + end),
                Some(Span::new(name.start + at, name.end)),
            ),
            None => (name, None),
        };
        // `Mr. Biden` after `Joseph R. Biden Jr.`: the one name in full
        // that ends in the surname is keyed by its generation.
        let name = match self
            .names
            .with_generation(&input[name.range()], mention.start)
        {
            Some(full) if !input[name.range()].contains(' ') => full,
            _ => name,
        };
        // `Mrs Dai` after `Dai Shuqin`, `Xi said` after `Xi Jinping`: a lone
        // word that no fuller name ends opens one named before (its
        // surname written first, as Chinese and Korean names are).
        // (Byte by byte: a name is a few bytes, too few for a search.)
        let lone = input.as_bytes()[name.range()].iter().all(|&b| b != b' ');
        // `Lord Butler said` where only a quotation names `Robin Butler`.
        let name = if lone {
            let opened = if name == mention {
                self.opened_by(name)
            } else {
                None
            };
            opened
                .or_else(|| self.quoted_full_name(name, gender))
                .unwrap_or(name)
        } else {
            name
        };
        if gender == Gender::Unknown {
            gender = self.names.gender(name);
        }
        let given = given_name_tables(&input[name.range()]);
        self.entities.spoke_or(
            input,
            Entity {
                name,
                role,
                gender,
                given: gender_of_tables(given),
                unisex: given == GIVEN_EITHER,
                person: !names_organization(&input[name.range()])
                    || speaks_for(input, mention.start),
            },
            letters,
        )
    }

    /// The full name that ends in the surname `name` (a lone word), when
    /// no name outside quotation marks gives one (the name index reads
    /// none inside them) but a quotation does: a known given name not of
    /// the other gender than `want` right before the surname, the same
    /// one wherever the text writes one (`Lord Butler said` and `"Robin
    /// Butler's comments are partial"`). Not one a kin word or a
    /// possessive comes before (`my son John Smith`: another of the
    /// family). Asked once for each surname.
    fn quoted_full_name(&mut self, name: Span, want: Gender) -> Option<Span> {
        let input = self.input;
        let last = &input[name.range()];
        // (`LSE`, `Labour`: no surname, and asked often.)
        if crate::dateline::is_all_caps(last) || names_organization(last) {
            return None;
        }
        if let Some(&(_, found)) = self.quoted_full.iter().find(|(w, _)| *w == last) {
            return found;
        }
        // Each search reads the text: a bound on how many keeps an
        // article's time linear in its length.
        if self.quoted_full.len() >= QUOTED_FULL_NAMES {
            return None;
        }
        let first_para = self.names.paragraph_start(0).unwrap_or(0);
        let found = quoted_full_name(input, first_para, self.names.pieces(), last, want);
        self.quoted_full.push((last, found));
        found
    }
}

/// How many surnames an article's quotations are searched for
/// ([`Resolver::quoted_full_name`]); a news text asks a few.
const QUOTED_FULL_NAMES: usize = 32;

/// [`Resolver::quoted_full_name`] read from the quoted `pieces` and the
/// headline before the first paragraph (at byte `first_para`: `Hillary
/// Clinton Goes After Donald Trump` is no name the index reads): None
/// when no given name, or two different ones, stand before `last` there.
/// Out of line: asked of few names.
#[inline(never)]
pub(super) fn quoted_full_name(
    input: &str,
    first_para: usize,
    pieces: &[Piece],
    last: &str,
    want: Gender,
) -> Option<Span> {
    if last.len() < 2 || !last.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // One search over the text, each place asked whether a piece (or the
    // headline) holds it: most pieces are short, and a search of each
    // cost more to set up than to run.
    let hi = pieces.last().map_or(first_para, |p| p.end);
    let mut found: Option<Span> = None;
    for k in memchr::memmem::find_iter(&input.as_bytes()[..hi], last) {
        let inside = k < first_para || {
            let p = pieces.partition_point(|p| p.end < k + last.len());
            pieces.get(p).is_some_and(|p| p.start <= k)
        };
        if !inside {
            continue;
        }
        let Some(span) = given_before(input, k, last.len(), want) else {
            continue;
        };
        match found {
            Some(f) if input[f.range()] != input[span.range()] => return None,
            Some(_) => {}
            None => found = Some(span),
        }
    }
    found
}

/// A run that may name a person ([`Resolver::as_person`]).
struct AsPerson {
    /// It names an organization (`Thames Valley Police`).
    organization: bool,
    /// It is a name in full, or the surname of one.
    in_full: bool,
    /// Its fullest form.
    name: Span,
}

/// The sentence before the one that the pronoun at byte `at` opens (over
/// a paragraph break, the last of the paragraph before), when it starts
/// after the last speaker phrase (at `since`) and holds no quotation:
/// whose subject the pronoun may go on about. From after the
/// mark that closes a quotation before it, which [`sentence_start`] leaves
/// there (`Ian Fogg said: "We lost." Police said`).
fn quiet_sentence_before(input: &str, at: usize, since: usize) -> Option<Span> {
    sentence_before(input, at, since).filter(|s| !holds_quotation_mark(&input[s.range()]))
}

/// [`quiet_sentence_before`], whether or not it holds a quotation.
fn sentence_before(input: &str, at: usize, since: usize) -> Option<Span> {
    let s = sentence_start(input, at);
    let opener = || opener_before_subject(&input[s..at]);
    if s <= since || !(opens_its_sentence(input, at, s) || opener()) {
        return None;
    }
    // (Over a paragraph break: the sentence before ends the paragraph
    // before.)
    let e = input[..s].trim_end().len();
    if e == 0 {
        return None;
    }
    let sentence = after_closing_mark(input[sentence_start(input, e - 1)..e].trim_start());
    let ps = e - sentence.len();
    (ps >= since).then_some(Span::new(ps, e))
}

/// For a run that a joining word of an office's name comes right before
/// (`to the Treasury Paul Boateng`, `for Defence Geoff Hoon`), the run from
/// its first known given name after its first word: the words before are
/// the office's.
fn office_tail(input: &str, run: Span) -> Option<Span> {
    let before = index::last_word(&input[..run.start]);
    if !matches!(before, "of" | "to" | "for" | "the") {
        return None;
    }
    let text = &input[run.range()];
    let mut at = 0;
    for w in text.split(' ') {
        if at > 0 && crate::lexicon::sets::GIVEN_NAMES.contains(w) {
            return Some(Span::new(run.start + at, run.end));
        }
        at += w.len() + 1;
    }
    None
}

/// The longest opener [`opener_before_subject`] takes, in bytes.
const OPENER_BYTES: usize = 32;

/// Whether the words before a pronoun in its sentence, `before` (with
/// the space and any comma after them), leave it the subject of its
/// clause: `But he said`, `Later he added`, `At first he
/// said`: a conjunction, an adverb of time or a short phrase of time or
/// place; `When he returned he began`: a subordinator, the pronoun the
/// subject of a clause set before the sentence's own; `But while he
/// tipped Swank`: a conjunction and a subordinator.
fn opener_before_subject(before: &str) -> bool {
    let w = before.trim().trim_end_matches(',');
    // (Such openers are short: most pronouns that open no sentence stand
    // far into it, and are refused here before any lookup.)
    if w.len() > OPENER_BYTES {
        return false;
    }
    let ci = crate::lexicon::contains_ci;
    let phrase = || {
        let n = w.split(' ').count();
        (2..=3).contains(&n)
            && !w.contains([',', '"'])
            && ci(pronouns::FRONTED_OPENERS, w.split(' ').next().unwrap_or(""))
    };
    let joined = || {
        w.split_once(' ').is_some_and(|(c, sub)| {
            subjects::CLAUSE_OPENERS.contains(c) && ci(pronouns::SUBORDINATORS, sub)
        })
    };
    subjects::CLAUSE_OPENERS.contains(w)
        || ci(pronouns::TIME_OPENERS, w)
        || ci(pronouns::SUBORDINATORS, w)
        || phrase()
        || joined()
}

/// `sentence` after what may open it before its subject: a conjunction
/// or adverb (`But`, `Still,`: [`pronouns::CLAUSE_OPENERS`],
/// [`pronouns::TIME_OPENERS`]), or a phrase of up to [`FRONTED_WORDS`]
/// words that a comma ends and a preposition or adverb of time opens (`On
/// Thursday,`, `At a rally here last week,`:
/// [`pronouns::FRONTED_OPENERS`]); else `sentence`.
fn past_opener(sentence: &str) -> &str {
    if let Some(rest) = past_time_phrase(sentence) {
        return rest;
    }
    let Some((first, rest)) = sentence.split_once(' ') else {
        return sentence;
    };
    let bare = first.strip_suffix(',').unwrap_or(first);
    let ci = crate::lexicon::contains_ci;
    if subjects::CLAUSE_OPENERS.contains(bare) || ci(pronouns::TIME_OPENERS, bare) {
        // (`Earlier this week Ed told`.)
        return past_time_phrase(rest).unwrap_or(rest);
    }
    if !ci(pronouns::FRONTED_OPENERS, bare) {
        return sentence;
    }
    let mut at = 0;
    for w in sentence.split(' ').take(FRONTED_WORDS) {
        at += w.len() + 1;
        if w.contains(['"', '\u{201c}', '\u{201d}']) {
            break;
        }
        if w.ends_with(',') {
            return sentence.get(at..).unwrap_or(sentence);
        }
    }
    sentence
}

/// Whether the three words after a name (`text` starts right after it)
/// are capitalized and one of them is a function word (`To Set Up`): the
/// line is set in title case, as a heading is, and the name's words may
/// run on into the heading's.
fn title_case_follows(text: &str) -> bool {
    let mut words = text.split(' ').skip(1).take(3);
    let mut function = false;
    let all = words.by_ref().all(|w| {
        function |= grammar::classes(w) & grammar::CLOSED_CLASSES != 0;
        w.starts_with(|c: char| c.is_ascii_uppercase())
    });
    all && function && text.split(' ').nth(3).is_some()
}

/// `sentence` after a time phrase of two words that opens it, no comma
/// needed (`This week Ed told`, `Last year, Ms Lee said`:
/// [`subjects::is_time_determiner`]).
fn past_time_phrase(sentence: &str) -> Option<&str> {
    let (det, rest) = sentence.split_once(' ')?;
    let (time, rest) = rest.split_once(' ')?;
    let time = time.strip_suffix(',').unwrap_or(time);
    (subjects::is_time_determiner(det) && subjects::TIME_WORDS.contains(time)).then_some(rest)
}

/// `Police said the man was arrested. "...," they said`: the people
/// (`Police`, `Local residents`, `Senate Democrats`) that open as its
/// subject, after a conjunction maybe, the sentence before the one the
/// pronoun at byte `at` opens ([`quiet_sentence_before`]): a head of
/// [`subjects::DESCRIPTIVE_PLURALS`], or a capitalized word that ends as a
/// plural of people does ([`names_people`]), within the first four
/// words, the words before it no function word but an article, and a
/// lowercase word (its verb) after it.
fn people_subject_before(input: &str, at: usize, since: usize) -> Option<Span> {
    let Span { start: ps, end: s } = quiet_sentence_before(input, at, since)?;
    let sentence = &input[ps..s];
    let lead = match sentence.split_once(' ') {
        Some((w, rest)) if subjects::CLAUSE_OPENERS.contains(w) => rest,
        _ => sentence,
    };
    let start = s - lead.len();
    let mut end = start;
    for (k, w) in lead.split(' ').take(4).enumerate() {
        let plain = w.bytes().all(|b| b.is_ascii_alphabetic());
        let people = subjects::DESCRIPTIVE_PLURALS.contains(w) || names_people(w);
        if plain && people {
            let next = &lead[end - start + w.len()..];
            let verb = next
                .strip_prefix(' ')
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_lowercase()));
            return verb.then(|| Span::new(start, end + w.len()));
        }
        let article = crate::lexicon::contains_ci(pronouns::ARTICLES, w);
        if !plain || (grammar::classes(w) & grammar::CLOSED_CLASSES != 0 && !article) || k == 3 {
            return None;
        }
        end += w.len() + 1;
    }
    None
}

/// Whether the first word of `rest` with a gender as a pronoun
/// ([`gender_of_pronoun`]: `his`, `her`) has gender `want`, and no
/// capitalized word comes before it.
fn first_pronoun_is(rest: &str, want: Gender) -> bool {
    for w in rest.split(' ') {
        if w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        let word = w.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
        let g = gender_of_pronoun(word);
        if g != Gender::Unknown {
            return g == want;
        }
    }
    false
}

/// The gender an epithet's noun says: a title's, or that of `man`,
/// `woman` or `actress`, which no title table holds (`the man` is not a
/// man's role).
fn epithet_gender(noun: &str) -> Gender {
    match noun {
        "man" => Gender::Male,
        "woman" | "actress" => Gender::Female,
        _ => speakers::gender_of(noun),
    }
}

/// Whether the word `w` before a name is a title of an office other than
/// the description `text` names (`Mayor` before the name `the candidate`
/// is said to mean). A courtesy or academic title, `Mr`, `Dr`, is no
/// office.
fn other_office(w: &str, text: &str) -> bool {
    is_title(w)
        && !w.eq_ignore_ascii_case(index::last_word(text))
        && !speakers::is_honorific(w)
        && !speakers::is_academic(w)
}

/// What [`Resolver::attr`] gives out for a description that stands for
/// the entity `e` (`the chancellor` for Gordon Brown): its name and role,
/// found by description.
fn as_description(e: Entity) -> (Span, Option<Span>, Via) {
    (e.name, e.role, Via::Description)
}

/// How many lowercase words after one that is no role's may run up to
/// the title that ends a role before a name (`civil service chief` of
/// `Former civil service chief Lord Butler`).
const ROLE_WORDS_AHEAD: usize = 3;

/// Whether `w` is a lowercase role word before or after a person's name: a
/// title (`president`) or a noun of [`titles::PERSON_NOUNS`] (`tycoon`).
fn role_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && (is_title(w) || crate::lexicon::contains_ci(titles::PERSON_NOUNS, w))
}

/// Whether the text around `run`, a name none of whose words says a
/// person (no title, no known given name), gives it a person's place: a
/// role before it (`activist Malcolm X`), an age or a role after its comma
/// (`Dewayne Smithy, 33,`, `Ilyse Hogue, president of`, `Attallah Shabazz,
/// the daughter of`, `, who`), or the subject's place at the start of a
/// sentence or clause, a verb after it (`Suu Kyi recently presided`, `Fox
/// News’ Bret Baier noticed`). A club, a place or a body, named as often,
/// mostly stands elsewhere (`good displays against West Brom and Aston
/// Villa`, `Miami-Dade County, the epicenter`).
fn described_as_person(input: &str, run: Span) -> bool {
    // (`the daughter of`: a gendered noun says a person too.)
    let role = |w: &str| {
        role_word(w)
            || (w.starts_with(|c: char| c.is_ascii_lowercase()) && gender_of(w) != Gender::Unknown)
    };
    if role(index::last_word(input[..run.start].trim_end())) {
        return true;
    }
    if let Some(after) = input[run.end..].strip_prefix(", ") {
        let mut words = after.split(' ');
        let first = words.next().unwrap_or("");
        let article = crate::lexicon::contains_ci(pronouns::ARTICLES, first);
        if first.starts_with(|c: char| c.is_ascii_digit())
            || first == "who"
            || role(first)
            || (article && words.take(3).any(|w| role(w.trim_end_matches(','))))
        {
            return true;
        }
    }
    opens_as_subject(input, run)
}

/// Whether the name starting at byte `at` follows a preposition that
/// makes it an object (`working with Priorities USA`, `sent to Congress`),
/// not a subject. (Not `of`, `from`, `for` or `at`, which say whom a
/// person works for: `Lee Zeldin of New York, a Trump supporter, said`
/// is read past the place to the person.)
///
/// Read as bytes, the eight before the space at most: asked of every name
/// that speaks past an appositive.
#[inline(never)]
fn object_of_preposition(input: &str, at: usize) -> bool {
    let b = input.as_bytes();
    let Some(end) = at.checked_sub(1).filter(|&e| b[e] == b' ') else {
        return false;
    };
    let lo = end.saturating_sub(8);
    let word = match b[lo..end].iter().rposition(|c| c.is_ascii_whitespace()) {
        Some(p) => &b[lo + p + 1..end],
        // (A word that reaches past the window is longer than any here.)
        None if lo == 0 => &b[..end],
        None => return false,
    };
    matches!(
        word,
        b"with" | b"to" | b"by" | b"against" | b"about" | b"in" | b"on"
    )
}

#[cfg(test)]
mod tests {
    use super::super::index::last_word;

    #[test]
    fn a_personal_pronoun_stands_for_no_acronym_or_place() {
        // No name has a known gender: `he` takes the last run before it
        // that may name a person.
        let speaker = |text| {
            let a = crate::parse(text).unwrap();
            a.quotes[0].speaker.unwrap().name.text
        };
        let text = "News of the day\n\nEdward Leigh, chairman of the committee, said Britain \
                    must act when it takes the EU presidency.\n\n\
                    \"Fraud is theft,\" he said.\n";
        assert_eq!(speaker(text), "Edward Leigh");
        let text = "News of the day\n\nBell hopes to play for England. \"I am ready,\" he said.\n";
        assert_eq!(speaker(text), "Bell");
    }

    #[test]
    fn a_pronoun_means_the_name_brought_in_since_the_last_quote() {
        // Kent Conrad speaks (a cue follows his name) after the last quote
        // and before `he`: he is meant, not the earlier speaker; a firm
        // that speaks is no such name.
        let text = "News of the day\n\n\"We are glad,\" Vice-President Dick Cheney said.\n\n\
                    Democratic Senator Kent Conrad said the proposals were costly. \
                    \"The cost explodes,\" he said.\n\n\
                    Acme said sales fell. \"We will win,\" he said.\n";
        assert_eq!(names(text), ["Dick Cheney", "Kent Conrad", "Kent Conrad"]);
    }

    #[test]
    fn he_or_she_stands_for_no_organization() {
        // The person of the organization that speaks is meant.
        let text = "News of the day\n\n\"We are glad,\" Vice-President Dick Cheney said.\n\n\
                    Inspector Paul Miller of Thames Valley Police said a ladder was \
                    used. \"He was brave,\" he said.\n";
        assert_eq!(names(text), ["Dick Cheney", "Paul Miller"]);
        // The full name before the organization, not the organization.
        let text = "News of the day\n\nColin MacIntyre, of Mull Historical Society, was playing \
                    another gig. He said: \"I am glad.\"\n";
        assert_eq!(names(text), ["Colin MacIntyre"]);
        // An organization that spoke is no later `he`; `it` may be.
        let text = "News of the day\n\n\"We hold that,\" Deutsche Bank said. Mike Lake, a \
                    lawyer, said on Tuesday the firm stood by it, and \"we are \
                    ready,\" he said. \"We will appeal,\" it said.\n";
        assert_eq!(names(text), ["Deutsche Bank", "Mike Lake", "Deutsche Bank"]);
        // Unless a person spoke for it: `he` means the spokesman.
        let text = "News of the day\n\nGemma Jackson lost. A spokesman for the UK Film Council \
                    said: \"It is sad.\" He added: \"We had 24 nominees.\"\n";
        assert_eq!(names(text), ["UK Film Council", "UK Film Council"]);
    }

    #[test]
    fn he_or_she_skips_a_name_of_the_other_gender() {
        let text =
            "News of the day\n\nSen. Bernie Sanders is in the race against Hillary Clinton. \
                    But he began talking about what happens \"if we do not win.\"\n";
        assert_eq!(names(text), ["Bernie Sanders"]);
    }

    #[test]
    fn a_courtesy_title_picks_the_full_name_of_its_gender() {
        let text = "News of the day\n\nHillary Clinton spoke after Bill Clinton. \"We will win,\" \
                    Mrs. Clinton said. \"She will,\" Mr. Clinton said.\n";
        assert_eq!(names(text), ["Hillary Clinton", "Bill Clinton"]);
        // A given name that says the gender beats one that says nothing.
        let text =
            "News of the day\n\nDonald Trump spoke after his brother Thaddeus Trump. \"We will \
                    win,\" Mr. Trump said.\n";
        assert_eq!(names(text), ["Donald Trump"]);
    }

    #[test]
    fn an_emphatic_reflexive_is_no_part_of_the_name() {
        let text = "News of the day\n\nTed Cruz spoke first. Cruz himself said \"we will win.\"\n";
        assert_eq!(names(text), ["Ted Cruz"]);
    }

    #[test]
    fn an_opening_participle_clause_is_no_subject() {
        let text = "News of the day\n\nTed Cruz spoke first. Asked which county was his favorite, \
                    he demurred: \"Whichever one I am in.\"\n";
        assert_eq!(names(text), ["Ted Cruz"]);
    }

    #[test]
    fn a_verb_form_opening_a_sentence_is_no_part_of_the_name() {
        // A participle: the fullest form of Lopez is Maria Lopez, not
        // Praising Lopez.
        let text = "News of the day\n\nMaria Lopez runs the club.\n\nPraising Lopez is easy for \
                    fans.\n\n\"We will win,\" Lopez said.\n";
        assert_eq!(names(text), ["Maria Lopez"]);
        // A speech verb before the name and a colon.
        let text = "News of the day\n\nMaria Lopez runs the club. Stated Lopez: \"We will win \
                    the league this year.\"\n";
        assert_eq!(names(text), ["Maria Lopez"]);
        // Names that end in -ing or -ed stay whole.
        let text = "News of the day\n\nSterling Moss raced on. \"It was fast,\" Moss said.\n\n\
                    Ahmed Khan spoke next. \"It was slow,\" Khan said.\n";
        assert_eq!(names(text), ["Sterling Moss", "Ahmed Khan"]);
    }

    #[test]
    fn a_relative_pronoun_means_no_thing_the_sentence_opens_with() {
        let text = "News of the day\n\nDonald Trump spoke first. The ad includes a clip in which \
                    he says he will build a \"deportation force\" soon.\n";
        assert_eq!(names(text), ["Donald Trump"]);
        // A title opening the sentence is a person's: the pronoun, still
        // the mention, stands for it.
        let body = "Donald Trump spoke first. The senator posted tweets in which \
                    he called it a \"disaster\" at once.";
        assert_eq!(super::super::mentions(body), ["he"]);
        assert_eq!(
            names(&format!("News of the day\n\n{body}\n")),
            ["The senator"]
        );
    }

    #[test]
    fn a_capitalized_role_before_a_title_and_name_is_the_role() {
        let text = "News of the day\n\nShadow attorney general Dominic Grieve criticised what he \
                    said was an \"exceptional institution\" today.\n";
        assert_eq!(names(text), ["Dominic Grieve"]);
        // A given name opens a person's name, not a role.
        let text = "News of the day\n\nVictoria Wood slated comedian Sacha Baron Cohen for what \
                    she called his \"horrible\" humour.\n";
        assert_eq!(names(text), ["Victoria Wood"]);
    }

    #[test]
    fn a_role_noun_that_opens_a_sentence_before_a_full_name_is_the_role() {
        // `Wing`, `Keeper` are surnames too, so no titles; before a full
        // name at a sentence's start they are roles.
        let text = "News of the day\n\nWing Pierre Lacombe says the side can still win. \"We know \
                    it,\" said Lacombe.\n\nKeeper Tom Harrow agreed. \"We are ready,\" he said.\n";
        assert_eq!(names(text), ["Pierre Lacombe", "Tom Harrow"]);
        // In a speaker phrase the role is kept.
        let a =
            crate::parse("News of the day\n\nFlanker Joe Brand said: \"We are ready.\"\n").unwrap();
        let s = a.quotes[0].speaker.unwrap();
        assert_eq!(
            (s.name.text, s.role.unwrap().text),
            ("Joe Brand", "Flanker")
        );
        // Inside a sentence, the word is the name's.
        let text = "News of the day\n\n\"It is early,\" says Wing Lee Chan.\n";
        assert_eq!(names(text), ["Wing Lee Chan"]);
    }

    #[test]
    fn a_place_before_a_lowercase_role_is_the_roles_and_the_name_the_subject() {
        // `Kelso boss`, `Eastfield United manager`: the subject the pronoun
        // means is the name after the role, not the last name before it.
        let text =
            "News of the day\n\nThe side lost again. But Kelso boss Alan Greig has yet to confirm \
                    the move from Tarn Park. \"I heard it on Sunday,\" he said.\n\n\
                    Eastfield United manager Tom Hale wants a move from Brook Lane. \"We are \
                    ready,\" he said.\n";
        assert_eq!(names(text), ["Alan Greig", "Tom Hale"]);
    }

    #[test]
    fn a_web_address_ends_its_sentence() {
        let text = "News of the day\n\nFriends were devastated, according to Tchadinfos.com. \
                    \"He had many projects,\" his friend Mahamat Saleh Oumar told the site.\n";
        assert_eq!(names(text), ["Mahamat Saleh Oumar"]);
    }

    #[test]
    fn a_cue_word_ending_a_prepositional_phrase_is_a_noun() {
        let text =
            "News of the day\n\nIt provoked mixed feelings in many Asian states, and it used \
                    \"velvet gloves\" in its dealings, said Nargis Kassenova.\n";
        assert_eq!(names(text), ["Nargis Kassenova"]);
    }

    #[test]
    fn kin_make_a_role_and_news_media_no_person() {
        let text =
            "News of the day\n\nHis mother Katherine Jackson told Fox News on Sunday that he \
                    was innocent. \"I believe him,\" she said.\n";
        assert_eq!(names(text), ["Katherine Jackson"]);
    }

    #[test]
    fn a_subject_a_long_sentence_before_the_pronoun_is_still_in_reach() {
        // Some 480 bytes between Mr Denham and the pronoun.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules on council housing, school \
                    transport, road repairs, library hours, park lighting, bin collections, \
                    planning appeals, parking permits and street markets should all change \
                    before the spring. The review of those rules, which he first asked for \
                    when the council met in the autumn of last year and again at its meeting \
                    in the town hall before the summer break, has not yet begun, and he says \
                    that the council has had more than enough time. \"We want it now,\" he \
                    said.\n";
        assert_eq!(names(text)[2], "John Denham");
    }

    #[test]
    fn the_role_alone_stands_for_the_person_named_with_it() {
        let text = "News of the day\n\nMayor Ann Lee opened the fair. Deputy Mayor Tom Hale spoke \
                    next, and Jo Park cut the ribbon. \"It is a fine day,\" the mayor said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // A role news writing leaves unnamed keeps its words.
        let text =
            "News of the day\n\nSpokesman Tom Hale left early. \"We are ready,\" the spokesman \
                    said.\n";
        assert_eq!(names(text), ["the spokesman"]);
    }

    #[test]
    fn the_role_alone_stands_for_the_person_named_with_its_abbreviation() {
        let text =
            "News of the day\n\nSen. Ann Lee (D-Mass.) opened the debate. Tom Hale spoke next. \
                    \"It is a fine day,\" the senator said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // The words before the role are the abbreviation's too: not Tom
        // Hale, a senator of another state.
        let text = "News of the day\n\nFlorida Sen. Ann Lee spoke first. Ohio Sen. Tom Hale spoke \
                    next. \"It is a fine day,\" the Florida senator said.\n";
        assert_eq!(names(text), ["Ann Lee"]);
        // A deputy is not the role.
        let text =
            "News of the day\n\nLt. Gov. Tom Hale spoke. \"It is a fine day,\" the governor \
                    said.\n";
        assert_eq!(names(text), ["the governor"]);
    }

    #[test]
    fn a_peer_named_by_title_and_surname_is_whom_he_means() {
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham.\n\nLord Tebbit said he agreed \
                    with the view. \"It is the worst case I know,\" he added.\n";
        assert_eq!(names(text)[1], "Lord Tebbit");
    }

    #[test]
    fn sentences_that_go_on_with_the_pronoun_carry_the_subject_to_it() {
        // Lewis Champion spoke last; Mr Denham is the subject two sentences
        // back, and the sentence between goes on about him.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. The review was \
                    the first he had asked for. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[2], "John Denham");
        // A sentence between that does not go on about him breaks the
        // chain.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. The review was \
                    the first in years. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[2], "Lewis Champion");
    }

    #[test]
    fn a_name_that_speaks_past_an_appositive_is_a_new_speaker() {
        // Lewis Champion spoke last; John Denham speaks since, past an
        // appositive, and a sentence about another thing stands between.
        let text = "News of the day\n\n\"It is fine,\" said Lewis Champion.\n\nJohn Denham, a \
                    spokesman for the club, said the rules should change. The club will meet \
                    in May. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[1], "John Denham");
        // An appositive with no article, and one of its own after it.
        let text = "News of the day\n\n\"It is fine,\" said Lewis Champion.\n\nJohn Denham, chief \
                    executive of Denham Holdings, a small firm, said the rules should change. \
                    The firm will meet in May. \"We want it now,\" he said.\n";
        assert_eq!(names(text)[1], "John Denham");
    }

    #[test]
    fn a_gendered_noun_that_ends_the_sentence_before_is_no_role_of_the_subject() {
        // Lewis Champion spoke last; the sentence before ends with
        // `spokesman.`, which is no role of Mr Denham, the subject after it.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nThe club is being run from its offices, says a club \
                    spokesman.\n\nMr Denham believes the rules should change. \"We want it \
                    now,\" he said.\n";
        assert_eq!(names(text)[2], "John Denham");
    }

    #[test]
    fn the_subject_of_the_sentence_before_is_whom_he_means() {
        // Lewis Champion spoke last, but the sentence before names Mr
        // Denham as its subject.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham believes the rules should change. He said: \
                    \"We want a review.\"\n";
        assert_eq!(names(text)[2], "John Denham");
        // A subject is a person only by a title or a given name.
        let text =
            "News of the day\n\n\"We will win,\" said Fabien Pelous at the Stade de France.\n\n\
                    France have been criticised this year. He said: \"We are better.\"\n";
        assert_eq!(names(text)[1], "Fabien Pelous");
        // Or by a role in apposition.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham.\n\nAzmat Begg, father of \
                    Moazzam, thanked his lawyers. He added: \"We want a review.\"\n";
        assert_eq!(names(text)[1], "Azmat Begg");
        // After a conjunction, with an appositive, or as a possessor.
        for opening in [
            "But Mr Denham believes",
            "Mr Denham, who chairs the committee, believes",
            "Mr Denham's committee believes",
            "Lewis Champion said it was \"all fine.\" But Mr Denham believes",
        ] {
            let text = format!(
                "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                 Champion.\n\n{opening} the rules should change. He said: \"We want a review.\"\n"
            );
            assert_eq!(names(&text).last(), Some(&"John Denham"), "{opening}");
        }
        // A name before a role is no subject: `Champion campaign chairman`.
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham. \"It is fine,\" said Lewis \
                    Champion.\n\nMr Denham campaign chairman Bob Smith thinks so. He said: \
                    \"We want a review.\"\n";
        assert_ne!(names(text)[2], "John Denham");
    }

    #[test]
    fn a_parenthesis_between_a_name_and_its_cue_keeps_the_name_speaking() {
        let text =
            "News of the day\n\n\"It is wrong,\" said John Denham.\n\nSenator Bob Lee (D-Ohio) \
                    responded by standing on the floor. \"We want a review,\" he said.\n";
        assert_eq!(names(text), ["John Denham", "Bob Lee"]);
    }

    #[test]
    fn an_abbreviation_dot_opens_no_sentence() {
        // `Sen. Ted Cruz` is no sentence's subject: Clint Howard is.
        let text =
            "News of the day\n\n\"He is fine,\" said Clint Howard.\n\nHoward, the brother of Ron \
                    Howard, endorsed Sen. Ted Cruz in November. He said Cruz \"has courage.\"\n";
        assert_eq!(names(text), ["Clint Howard", "Clint Howard"]);
    }

    #[test]
    fn who_after_a_name_of_a_place_means_the_person() {
        let text =
            "News of the day\n\nIt gave fodder to Sen. Marco Rubio of Florida, who said she was \
                    \"disqualified\" at once.\n";
        assert_eq!(names(text), ["Marco Rubio"]);
    }

    #[test]
    fn a_name_that_opens_its_paragraph_has_no_word_before() {
        // The headline ends `on`, a preposition that would make the run
        // after it a place; the paragraph break between says nothing.
        let text = "Rescue work goes on\n\nJohn Smith visited the airport.\n\n\"The weather \
                    is bad,\" he said.\n";
        assert_eq!(names(text), ["John Smith"]);
    }

    #[test]
    fn one_who_told_after_a_preposition_is_a_new_speaker() {
        // `for Dench`: a preposition that often says a place (`for
        // England`), but `who told` says a person who speaks.
        let text = "News of the day\n\nMary Hollis and Emma Dench were named. It is a first \
                    prize for actress Hollis. It is also a second for Dench, 70, who told \
                    reporters she was surprised. \"It was a shock,\" she said.\n";
        assert_eq!(names(text), ["Emma Dench"]);
        // Not a cue that may mean other than speech: `who observed voting`
        // leaves `she` to the one named before.
        let text = "News of the day\n\nEmma Dench was there. It was a first visit for Mary \
                    Hollis of the Monitoring Group, who observed voting. \"It was a shock,\" \
                    she said.\n";
        assert_eq!(names(text), ["Emma Dench"]);
    }

    #[test]
    fn a_given_name_keeps_the_other_gender_off() {
        let text =
            "News of the day\n\nLeonardo DiCaprio paused to sign autographs. He said it was \
                    \"unlike anything\" before.\n\nBest actress Imelda Staunton, who wore green, \
                    spoke after Leonardo DiCaprio left. She said: \"Never in a million years.\"\n";
        assert_eq!(names(text), ["Leonardo DiCaprio", "Imelda Staunton"]);
    }

    #[test]
    fn a_describing_phrase_ends_with_its_noun() {
        let body = "The 14-year-old said she was hoping to meet them but joked that \
                    \"they are a little too old for me\". The editorial board recently \
                    wrote that \"it is over\" for him.";
        assert_eq!(
            super::super::mentions(body),
            ["The 14-year-old", "The editorial board"]
        );
    }

    /// The name of each quote's speaker.
    fn names(text: &str) -> Vec<&str> {
        let a = crate::parse(text).unwrap();
        a.quotes
            .iter()
            .map(|q| q.speaker.unwrap().name.text)
            .collect()
    }

    #[test]
    fn a_given_name_says_the_gender_a_pronoun_wants() {
        // As good as a title to the latest speaker: John Brown for `he`,
        // not the earlier Mr Smith.
        let text =
            "News of the day\n\n\"We will win,\" said Mr Smith. \"No,\" said John Brown.\n\n\
                    \"We will,\" he said.\n";
        assert_eq!(names(text)[2], "John Brown");
        // And it keeps the other gender off: Hillary Clinton for `she`.
        let text = "News of the day\n\n\"We will win,\" said Hillary Clinton. \"No,\" said Donald Trump.\n\n\
                    \"We will,\" she said.\n";
        assert_eq!(names(text)[2], "Hillary Clinton");
    }

    #[test]
    fn the_word_before_a_mention_is_the_char_split() {
        let text =
            "Ms Diemont said, Mr.\u{a0}Smith  and\tMrs Zoë Jones\u{2003}x\nLady é Ann \u{b}Ed";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let before = text[..at].trim_end();
            let want = before.rsplit(char::is_whitespace).next().unwrap_or("");
            assert_eq!(last_word(&text[..at]), want, "{at}");
        }
    }
}
