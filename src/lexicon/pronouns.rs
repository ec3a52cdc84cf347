//! Pronouns and the function words that bound a speaker phrase.

/// Pronouns that can stand as the speaker of a quote.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "who"];

/// Words that make the capitalized run after them a thing or a place, not
/// a person a pronoun may stand for: articles (`the EU presidency`, `an
/// Indian news channel`) and prepositions of place (`eligible for
/// England`, `in Bombay`, `live on Meeting Point`, `at home to Bayer
/// Leverkusen`). Of prepositions that take people, `to` and `on` are here:
/// a pronoun seldom stands for whom a sentence's action reached (`he
/// spoke to Smith. "...," he said`). `with`, `from` (`a post from Arianna
/// Huffington. "...," she wrote`) and `of` are not.
pub const NOT_BEFORE_PERSON: &[&str] = &[
    "a",
    "across",
    "an",
    "at",
    "for",
    "in",
    "into",
    "on",
    "the",
    "throughout",
    "to",
];

/// The articles: the word that opens a description of one who speaks for
/// a body (`A spokesman`, `the prime minister's official spokesman`).
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// The indefinite articles: a description they open brings in someone not
/// met before (`A spokesman said`), no one named earlier with its role.
pub const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];

/// Words that open a describing phrase (`the report`, `a source`).
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "eight", "either", "every", "few", "five",
    "four", "her", "his", "its", "less", "many", "more", "most", "much", "my", "neither", "nine",
    "one", "other", "our", "seven", "several", "six", "some", "ten", "that", "the", "their",
    "these", "this", "those", "three", "two", "your",
];

/// Determiners that may stand for their noun and so end a describing
/// phrase (`The remaining two`, `the other`); the others do not (`Los
/// Angeles Times each`).
pub const QUANTITIES: &[&str] = &[
    "eight", "few", "five", "four", "many", "more", "most", "nine", "one", "other", "seven",
    "several", "six", "ten", "three", "two",
];

/// Words for a part of a group, before `of` (`Hundreds of demonstrators
/// said`, `one of his aides said`, `Most of the delegates`): the phrase
/// with the group is the speaker, the part its head.
pub const PARTITIVES: &[&str] = &[
    "all",
    "both",
    "dozens",
    "eight",
    "five",
    "four",
    "half",
    "handful",
    "hundreds",
    "many",
    "millions",
    "most",
    "nine",
    "none",
    "one",
    "scores",
    "seven",
    "several",
    "six",
    "some",
    "ten",
    "thousands",
    "three",
    "two",
];

/// Words for an amount of what is said, which an inverted cue may take as
/// its object (`"..." says a lot about the company`, `says little about`):
/// no speaker.
pub const AMOUNTS: &[&str] = &[
    "anything",
    "enough",
    "everything",
    "little",
    "lot",
    "lots",
    "much",
    "nothing",
    "plenty",
    "something",
    "volumes",
];

/// Words that cannot be part of a speaker phrase: conjunctions, prepositions
/// and sentence adverbs that begin clauses (`But Trump said`).
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "after",
    "afterward",
    "afterwards",
    "again",
    "against",
    "ahead",
    "alongside",
    "also",
    "although",
    "am",
    "amid",
    "amidst",
    "among",
    "amongst",
    "an",
    "and",
    "anyway",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "behind",
    "being",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "but",
    "by",
    "can",
    "concerning",
    "contrary",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "earlier",
    "even",
    "except",
    "finally",
    "first",
    "following",
    "for",
    "from",
    "furthermore",
    "had",
    "has",
    "have",
    "hence",
    "her",
    "here",
    "his",
    "how",
    "however",
    "if",
    "in",
    "including",
    "indeed",
    "inside",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "like",
    "meanwhile",
    "might",
    "moreover",
    "must",
    "my",
    "near",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "otherwise",
    "our",
    "outside",
    "over",
    "per",
    "regarding",
    "shall",
    "should",
    "since",
    "so",
    "still",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "therefore",
    "these",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "today",
    "tomorrow",
    "tonight",
    "toward",
    "towards",
    "under",
    "underneath",
    "unless",
    "unlike",
    "until",
    "upon",
    "via",
    "was",
    "were",
    "what",
    "when",
    "whenever",
    "where",
    "whereas",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "your",
];

/// Function words ([`FUNCTION_WORDS`]) that may come between a plural's
/// possessive and its noun (`the players’ first match`, `the Smiths’ only
/// son`): after a closing single mark they leave it an apostrophe, where
/// the other function words (`basis’ for`, `transforms’ the`) make it the
/// end of a quotation.
pub const BEFORE_NOUN: &[&str] = &[
    "earlier",
    "first",
    "following",
    "inside",
    "last",
    "later",
    "near",
    "next",
    "only",
    "outside",
];

/// Sentence adverbs (and `whether`) that open a sentence capitalized and
/// are never part of a name there (`Apparently Lindsey wrote`, `Whether
/// Karenga knew`). Kept out of [`FUNCTION_WORDS`]: in lowercase they stand
/// inside speaker phrases (`Groening recently heaped praise`, `the
/// recently released playbook`), which function words end.
pub const SENTENCE_ADVERBS: &[&str] = &[
    "actually",
    "additionally",
    "allegedly",
    "apparently",
    "basically",
    "certainly",
    "clearly",
    "consequently",
    "currently",
    "eventually",
    "evidently",
    "fortunately",
    "hopefully",
    "initially",
    "interestingly",
    "ironically",
    "likewise",
    "luckily",
    "maybe",
    "nevertheless",
    "nonetheless",
    "notably",
    "obviously",
    "originally",
    "perhaps",
    "presumably",
    "previously",
    "recently",
    "reportedly",
    "sadly",
    "seemingly",
    "similarly",
    "supposedly",
    "surely",
    "ultimately",
    "undoubtedly",
    "unfortunately",
    "whether",
];

/// Conjunctions after which a new clause, and so a subject, begins (`But
/// Trump said`). Subordinators (`when`, `though`) stay out: the clause
/// they open is seldom the one that speaks.
pub const CLAUSE_OPENERS: &[&str] = &["also", "and", "but", "so", "still", "then", "yet"];

/// Conjunctions that join two clauses of one sentence: after a comma,
/// one opens a clause with a subject of its own, no aside about the word
/// before the comma (`a moon of Mars, but his wife, Angelina, urged`).
pub const COORDINATORS: &[&str] = &["and", "but", "nor", "or", "so", "yet"];

/// Adverbs of time or sequence that open a sentence before its subject
/// with no comma (`Earlier Tony Blair defended the plans`, `Meanwhile Mark
/// Oaten said`): the name after one is still the sentence's subject.
pub const TIME_OPENERS: &[&str] = &[
    "afterwards",
    "earlier",
    "elsewhere",
    "instead",
    "later",
    "meanwhile",
    "now",
    "previously",
    "recently",
    "separately",
    "today",
    "tonight",
    "yesterday",
];

/// Words that open a phrase of time, place or manner right after a cue
/// (`asks as he steers`, `told ITV in an interview`): after a quote that
/// ended its sentence, the attribution goes on through it, however long.
pub const ADJUNCT_OPENERS: &[&str] = &[
    "after", "as", "at", "before", "during", "from", "in", "on", "since", "when", "while", "with",
];

/// Conjunctions that open an adverbial clause with a subject of its own
/// (`although she has`, `"..." when I ask`): a quote in that clause
/// belongs to that subject rather than the sentence's, and a cue in that
/// clause after a quote is not the quote's.
pub const SUBORDINATORS: &[&str] = &[
    "after", "although", "because", "before", "if", "once", "since", "though", "unless", "until",
    "when", "whenever", "whereas", "while",
];

/// Prepositions that open a short phrase of time or place set before a
/// sentence's subject with no comma (`On that day's Today programme Mr
/// Johnson was asked`, `In January the Institute for Fiscal Studies
/// said`): the subject after it is still the sentence's. (Adverbs so set,
/// `Earlier Tory leader Michael Howard`, may as well modify what follows.)
pub const BARE_FRONTED_OPENERS: &[&str] = &[
    "after",
    "at",
    "before",
    "during",
    "following",
    "in",
    "on",
    "since",
    "under",
];

/// Words that open a short phrase set before a sentence's subject and cut
/// off by a comma (`In Wednesday's Budget, Mr Brown doubled`, `For the Lib
/// Dems, Vince Cable said`, `Speaking on Monday, Mr Howard`): prepositions
/// and adverbs of time or sequence. The subject after the comma is still
/// the sentence's.
pub const FRONTED_OPENERS: &[&str] = &[
    "after",
    "amid",
    "asked",
    "at",
    "before",
    "despite",
    "during",
    "earlier",
    "elsewhere",
    "following",
    "for",
    "however",
    "in",
    "instead",
    "last",
    "later",
    "meanwhile",
    "now",
    "on",
    "separately",
    "since",
    "today",
    "under",
    "with",
    "without",
    "yesterday",
];

/// `as`, a subordinator kept apart: its clause has a subject of its own
/// before a quote (`as he keeps talking about the "..."`), but after one it
/// names the quote's speaker (`"..." as Cruz said`).
pub const SUBORDINATE_AS: &[&str] = &["as"];

/// Besides [`SUBORDINATORS`], the words that open a clause with a subject
/// of its own after a quote: relative pronouns and `but` (`"..." who
/// reports to`, `"..." but he kept`).
pub const CLAUSE_LINKS: &[&str] = &["but", "that", "which", "who", "whom", "whose"];

/// The pronouns that open a free relative clause (`whatever Europe says`):
/// a cue inside one says what someone might say, not who said a quote.
pub const FREE_RELATIVES: &[&str] = &["whatever", "whichever", "whoever"];

/// The relative pronouns that open a clause about a person, which is no
/// role (`who advised Obama`), and that no role opens; with Spanish `que`
/// and `quien`, for the Spanish cues of [`super::cues::CUES`]
/// (`sostenía Horrach, que ya había recurrido`).
pub const RELATIVES: &[&str] = &[
    "que",
    "quien",
    "which",
    "who",
    "who's",
    "whom",
    "whose",
    "who\u{2019}s",
];

/// Words that only ever precede a noun: a cue word right after one is a
/// noun (`his remarks`, `the attacks`). Not `one` or `some`, which stand
/// for a speaker (`"...," one said`).
pub const NOUN_MARKERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "your",
];

/// Adverbs that may open an inverted attribution (`"...", too says BT`,
/// `"...", also said Smith`): no auxiliary, so that `has said the
/// referendum` stays a clause.
pub const BEFORE_INVERSION: &[&str] = &["again", "also", "later", "now", "then", "too"];

/// Emphatic reflexives, which may stand between a speaker and the cue
/// (`Cruz himself said`, `Ford itself said`) and are no part of the name.
pub const REFLEXIVES: &[&str] = &["herself", "himself", "itself", "themselves"];

/// Words that may stand between a speaker and the cue (`he also said`,
/// `Trump has repeatedly said`).
pub const ADVERBS: &[&str] = &[
    "afterward",
    "afterwards",
    "again",
    "already",
    "also",
    "always",
    "angrily",
    "apparently",
    "are",
    "been",
    "being",
    "bluntly",
    "calmly",
    "can",
    "could",
    "curtly",
    "did",
    "directly",
    "do",
    "does",
    "earlier",
    "even",
    "eventually",
    "explicitly",
    "famously",
    "finally",
    "firmly",
    "flatly",
    "frequently",
    "further",
    "had",
    "has",
    "have",
    "initially",
    "is",
    "just",
    "later",
    "might",
    "must",
    "never",
    "now",
    "often",
    "once",
    "only",
    "openly",
    "previously",
    "privately",
    "proudly",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "reportedly",
    "sharply",
    "should",
    "simply",
    "sometimes",
    "specifically",
    "still",
    "subsequently",
    "tersely",
    "then",
    "ultimately",
    "usually",
    "was",
    "were",
    "will",
    "would",
];

/// Endings of capitalized plurals that name people (`Senate Democrats`,
/// `Republicans`, `Socialists`, `Conservatives`, `Islanders`): the only
/// names `they` stands for when no speaker before fits it. Other runs
/// before `they` (`Human Rights`, `BBC News`, `Red Swoosh`) are seldom
/// what it means.
pub const PEOPLE_PLURAL_ENDINGS: &[&str] = &["ans", "ats", "ers", "ists", "ives"];

/// Names of a party's people that end otherwise (`the Tories`, `the Lib
/// Dems`), lowercase: a plural ending `-ies` names bodies as often
/// (`Institute for Fiscal Studies`, `Reliance Industries`).
pub const PEOPLE_PLURAL_NAMES: &[&str] = &["dems", "tories"];

/// Endings of nouns for a person that no titles table lists
/// (`neurosurgeon`, `lawmaker`, `senator`, `activist`, `physician`): what
/// a noun after an adjective must end in for the phrase to describe
/// someone (`The retired neurosurgeon has provided`).
pub const PERSON_NOUN_ENDINGS: &[&str] = &["eon", "er", "ian", "ist", "or"];

/// Singular nouns in `-s` (`The news says`): no plural for the agreement
/// of a subject and its verb.
pub const SINGULARS_IN_S: &[&str] = &["headquarters", "means", "news", "series", "species"];

/// Heads of describing phrases that stand without a determiner (`officials said`).
pub const DESCRIPTIVE_PLURALS: &[&str] = &[
    "activists",
    "advisers",
    "advisors",
    "agents",
    "aides",
    "allies",
    "analysts",
    "attorneys",
    "authorities",
    "campaigners",
    "candidates",
    "colleagues",
    "commentators",
    "conservatives",
    "critics",
    "delegates",
    "democrats",
    "demonstrators",
    "diplomats",
    "doctors",
    "documents",
    "donors",
    "economists",
    "employees",
    "executives",
    "experts",
    "fans",
    "friends",
    "historians",
    "insiders",
    "investigators",
    "investors",
    "journalists",
    "lawmakers",
    "lawyers",
    "leaders",
    "legislators",
    "liberals",
    "marchers",
    "members",
    "neighbors",
    "neighbours",
    "observers",
    "officers",
    "officials",
    "opponents",
    "organizers",
    "parents",
    "participants",
    "people",
    "police",
    "polls",
    "pollsters",
    "prosecutors",
    "protesters",
    "protestors",
    "records",
    "reports",
    "representatives",
    "republicans",
    "researchers",
    "residents",
    "scientists",
    "senators",
    "sources",
    "spokesmen",
    "spokeswomen",
    "staffers",
    "strategists",
    "students",
    "supporters",
    "teachers",
    "voters",
    "witnesses",
    "workers",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted() {
        crate::lexicon::assert_sorted_lowercase("SUBJECT_PRONOUNS", SUBJECT_PRONOUNS);
        crate::lexicon::assert_sorted_lowercase("ARTICLES", ARTICLES);
        crate::lexicon::assert_sorted_lowercase("INDEFINITE_ARTICLES", INDEFINITE_ARTICLES);
        crate::lexicon::assert_sorted_lowercase("DETERMINERS", DETERMINERS);
        crate::lexicon::assert_sorted_lowercase("QUANTITIES", QUANTITIES);
        crate::lexicon::assert_sorted_lowercase("AMOUNTS", AMOUNTS);
        crate::lexicon::assert_sorted_lowercase("PARTITIVES", PARTITIVES);
        crate::lexicon::assert_sorted_lowercase("FUNCTION_WORDS", FUNCTION_WORDS);
        crate::lexicon::assert_sorted_lowercase("SENTENCE_ADVERBS", SENTENCE_ADVERBS);
        crate::lexicon::assert_sorted_lowercase("CLAUSE_OPENERS", CLAUSE_OPENERS);
        crate::lexicon::assert_sorted_lowercase("COORDINATORS", COORDINATORS);
        crate::lexicon::assert_sorted_lowercase("TIME_OPENERS", TIME_OPENERS);
        crate::lexicon::assert_sorted_lowercase("FRONTED_OPENERS", FRONTED_OPENERS);
        crate::lexicon::assert_sorted_lowercase("BARE_FRONTED_OPENERS", BARE_FRONTED_OPENERS);
        crate::lexicon::assert_sorted_lowercase("ADVERBS", ADVERBS);
        crate::lexicon::assert_sorted_lowercase("REFLEXIVES", REFLEXIVES);
        crate::lexicon::assert_sorted_lowercase("BEFORE_INVERSION", BEFORE_INVERSION);
        crate::lexicon::assert_sorted_lowercase("SUBORDINATORS", SUBORDINATORS);
        crate::lexicon::assert_sorted_lowercase("ADJUNCT_OPENERS", ADJUNCT_OPENERS);
        crate::lexicon::assert_sorted_lowercase("CLAUSE_LINKS", CLAUSE_LINKS);
        crate::lexicon::assert_sorted_lowercase("RELATIVES", RELATIVES);
        crate::lexicon::assert_sorted_lowercase("NOUN_MARKERS", NOUN_MARKERS);
        crate::lexicon::assert_sorted_lowercase("DESCRIPTIVE_PLURALS", DESCRIPTIVE_PLURALS);
        crate::lexicon::assert_sorted_lowercase("PEOPLE_PLURAL_ENDINGS", PEOPLE_PLURAL_ENDINGS);
        crate::lexicon::assert_sorted_lowercase("PEOPLE_PLURAL_NAMES", PEOPLE_PLURAL_NAMES);
        crate::lexicon::assert_sorted_lowercase("PERSON_NOUN_ENDINGS", PERSON_NOUN_ENDINGS);
        crate::lexicon::assert_sorted_lowercase("SINGULARS_IN_S", SINGULARS_IN_S);
        crate::lexicon::assert_sorted_lowercase("NOT_BEFORE_PERSON", NOT_BEFORE_PERSON);
        crate::lexicon::assert_sorted_lowercase("FREE_RELATIVES", FREE_RELATIVES);
        crate::lexicon::assert_sorted_lowercase("BEFORE_NOUN", BEFORE_NOUN);
    }

    #[test]
    fn words_before_a_noun_are_function_words() {
        for w in BEFORE_NOUN {
            assert!(FUNCTION_WORDS.contains(w), "{w}");
        }
    }
}
