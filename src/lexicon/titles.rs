//! Titles and role words that stand before or around a name.

/// Titles only in lowercase (`pop star Britney Spears`): capitalized, they
/// end the names of things (`the Philippine Star`, a newspaper).
pub const LOWERCASE_TITLES: &[&str] = &["star"];

/// Words that make a role, not a name, when they precede one
/// (`Foreign Minister Sergei Lavrov`, `spokeswoman Maria Zakharova`),
/// kin and friends among them (`his friend Mahamat Saleh Oumar`: a name
/// with a role, not a description). Not `son`, a surname too.
/// Abbreviations are listed without their dot.
pub const TITLES: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "agent",
    "aide",
    "alderman",
    "amb",
    "ambassador",
    "analyst",
    "anchor",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "attorney-general",
    "atty",
    "auditor",
    "aunt",
    "author",
    "banker",
    "baroness",
    "bassist",
    "bishop",
    "blogger",
    "boss",
    "boyfriend",
    "broadcaster",
    "brother",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "cfo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "challenger",
    "chancellor",
    "chief",
    "chief-of-staff",
    "cleric",
    "cmdr",
    "co-anchor",
    "co-author",
    "co-chair",
    "co-chairman",
    "co-chairwoman",
    "co-director",
    "co-editor",
    "co-founder",
    "co-host",
    "co-moderator",
    "co-star",
    "co-writer",
    "coach",
    "col",
    "colleague",
    "colonel",
    "columnist",
    "comedian",
    "commander",
    "commander-in-chief",
    "commentator",
    "commissioner",
    "comptroller",
    "congressman",
    "congressmember",
    "congresswoman",
    "constable",
    "consultant",
    "contender",
    "correspondent",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "counsel",
    "cousin",
    "critic",
    "dame",
    "daughter",
    "defender",
    "delegate",
    "deputy",
    "designer",
    "detective",
    "diplomat",
    "director",
    "director-general",
    "dj",
    "dr",
    "drummer",
    "economist",
    "editor",
    "editor-in-chief",
    "entrepreneur",
    "envoy",
    "ex-boss",
    "ex-chairman",
    "ex-chief",
    "ex-minister",
    "ex-president",
    "executive",
    "expert",
    "father",
    "fellow",
    "fiance",
    "fiancee",
    "fly-half",
    "former",
    "founder",
    "friend",
    "front-runner",
    "frontman",
    "frontrunner",
    "frontwoman",
    "fundraiser",
    "gen",
    "general",
    "girlfriend",
    "goalkeeper",
    "gov",
    "governor",
    "governor-general",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "guitarist",
    "head",
    "historian",
    "hon",
    "host",
    "husband",
    "imam",
    "insp",
    "inspector",
    "inspector-general",
    "investigator",
    "investor",
    "journalist",
    "judge",
    "justice",
    "king",
    "lady",
    "lawmaker",
    "lawyer",
    "leader",
    "legislator",
    "lieutenant",
    "lieutenant-colonel",
    "lieutenant-general",
    "lieutenant-governor",
    "lobbyist",
    "lord",
    "lt",
    "maj",
    "major-general",
    "majority",
    "man-of-the-match",
    "manager",
    "match-winner",
    "matchwinner",
    "mayor",
    "member",
    "mep",
    "midfielder",
    "minister",
    "minority",
    "miss",
    "mother",
    "mp",
    "mr",
    "mrs",
    "ms",
    "msp",
    "musician",
    "negotiator",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "nominee",
    "novelist",
    "nurse",
    "officer",
    "official",
    "olympian",
    "operative",
    "organizer",
    "owner",
    "partner",
    "pastor",
    "peer",
    "photographer",
    "playwright",
    "poet",
    "police",
    "pollster",
    "pope",
    "preacher",
    "premier",
    "pres",
    "presenter",
    "president",
    "president-elect",
    "press",
    "priest",
    "prince",
    "princess",
    "producer",
    "prof",
    "professor",
    "prosecutor",
    "psychologist",
    "publicist",
    "publisher",
    "pundit",
    "queen",
    "rabbi",
    "rapper",
    "rear-admiral",
    "referee",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rev",
    "reverend",
    "satirist",
    "scientist",
    "scorer",
    "scrum-half",
    "sec",
    "secretary",
    "secretary-general",
    "secretary-treasurer",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "singer",
    "sir",
    "sister",
    "skipper",
    "sociologist",
    "solicitor",
    "solicitor-general",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "star",
    "strategist",
    "striker",
    "superintendent",
    "supt",
    "surgeon",
    "surgeon-general",
    "surrogate",
    "teacher",
    "treasurer",
    "trustee",
    "uncle",
    "under-secretary",
    "vice",
    "vice-admiral",
    "vice-captain",
    "vice-chair",
    "vice-chairman",
    "vice-chancellor",
    "vice-director",
    "vice-premier",
    "vice-president",
    "vocalist",
    "vp",
    "whip",
    "widow",
    "wife",
    "winger",
    "writer",
];

/// Nouns that name a person by another person or side (`his Bayern
/// counterpart Felix Magath`, `her colleague Ann Lee`): before a name, with
/// its owner before them, they are the name's role.
pub const RELATIONAL_ROLES: &[&str] = &[
    "colleague",
    "counterpart",
    "opponent",
    "predecessor",
    "rival",
    "successor",
    "teammate",
];

/// The matters an office is named for, the first of which `and` joins to
/// the rest of its name (`Trade and Industry Secretary`, `Work and
/// Pensions Secretary`, `Economic and Fiscal Policy Minister`): before
/// `and` no surname (`Brown and Transport Secretary Alistair Darling` is
/// two people).
pub const PORTFOLIOS: &[&str] = &[
    "business",
    "communities",
    "culture",
    "defence",
    "economic",
    "economy",
    "education",
    "employment",
    "energy",
    "environment",
    "finance",
    "fiscal",
    "food",
    "foreign",
    "health",
    "home",
    "housing",
    "industry",
    "justice",
    "labour",
    "media",
    "pensions",
    "science",
    "social",
    "sport",
    "trade",
    "transport",
    "work",
];

/// Titles of one elected for a place, which `for` joins to it (`The MP for
/// Ealing North`, `the senator for Vermont`): the phrase is the person's,
/// the place no speaker.
pub const CONSTITUENCY_TITLES: &[&str] = &[
    "am",
    "congressman",
    "congresswoman",
    "mep",
    "mla",
    "mp",
    "msp",
    "representative",
    "senator",
];

/// Nouns for a person by what they do or own that are no title before a
/// name but, after `the`, stand for a person named before (`the New York
/// businessman`, `the billionaire real estate mogul`, `the retired
/// neurosurgeon`).
pub const PERSON_NOUNS: &[&str] = &[
    "bandmate",
    "billionaire",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "holder",
    "legend",
    "mogul",
    "neurosurgeon",
    "tycoon",
];

/// Offices of state one person holds at a time (`the chancellor`, `the
/// president`), whose holder news writing names by the office alone, as
/// its reader knows who holds it, right after naming someone else (`Mr
/// Cable said taxation would go up. The chancellor meanwhile insisted`).
pub const STATE_OFFICES: &[&str] = &["chancellor", "premier", "president", "taoiseach"];

/// Words that make `minister` or `secretary` after them an office of state
/// (`the prime minister`, `the home secretary`), besides
/// [`PORTFOLIOS`].
pub const STATE_MINISTRY_LEADS: &[&str] = &["first", "prime"];

/// Roles of sport and show business that news writing gives, after `the`,
/// to the person its text is about (`"...," said the Liverpool player`,
/// `the central defender added`, `the pop star said`) rather than to an
/// office's holder named before (`the prime minister`, `the senator`: the
/// office's, whoever the text is about).
pub const EPITHETS: &[&str] = &[
    "actor",
    "actress",
    "athlete",
    "author",
    "boss",
    "captain",
    "coach",
    "comedian",
    "defender",
    "dj",
    "drummer",
    "entrepreneur",
    "frontman",
    "goalkeeper",
    "guitarist",
    "midfielder",
    "musician",
    "novelist",
    "player",
    "presenter",
    "producer",
    "rapper",
    "singer",
    "skipper",
    "star",
    "striker",
    "teenager",
    "veteran",
    "winger",
    "youngster",
];

/// Role nouns that are no title elsewhere, as they are surnames or
/// plain words too (`Wing`, `Hooker`, `Farmer`, `Forward`), but that,
/// capitalized at a sentence's start before a full name, are its role:
/// sports positions and other occupations (`Wing Christophe Dominici
/// says`, `Keeper Tony Bullock said`), and epithets of age or standing
/// (`Teenager Sania Mirza`, `Veteran`). None is a given name.
pub const OPENING_ROLES: &[&str] = &[
    "airman",
    "all-rounder",
    "architect",
    "backbencher",
    "batsman",
    "billionaire",
    "bowler",
    "boxer",
    "campaigner",
    "catcher",
    "center",
    "centre",
    "centre-back",
    "centre-forward",
    "centre-half",
    "champion",
    "chef",
    "cyclist",
    "farmer",
    "film-maker",
    "filmmaker",
    "flanker",
    "forward",
    "full-back",
    "fullback",
    "goalscorer",
    "golfer",
    "guard",
    "half-back",
    "hooker",
    "hurdler",
    "jockey",
    "keeper",
    "left-back",
    "linebacker",
    "lock",
    "magistrate",
    "millionaire",
    "opener",
    "outside-half",
    "pitcher",
    "playmaker",
    "prop",
    "quarterback",
    "right-back",
    "rival",
    "runner",
    "shortstop",
    "skier",
    "songwriter",
    "spinner",
    "sprinter",
    "stand-off",
    "sweeper",
    "swimmer",
    "teenager",
    "trainer",
    "tycoon",
    "veteran",
    "wicketkeeper",
    "wing",
    "wing-back",
    "youngster",
];

/// Abbreviations whose dot does not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "adm", "ala", "amb", "apr", "ariz", "ark", "atty", "aug", "calif", "capt", "cmdr", "co", "col",
    "colo", "conn", "corp", "dec", "del", "dept", "dr", "etc", "feb", "fla", "ft", "ga", "gen",
    "gov", "hon", "ill", "inc", "ind", "insp", "jan", "jr", "kan", "ky", "la", "lt", "ltd", "maj",
    "mar", "mass", "md", "mich", "minn", "miss", "mo", "mont", "mr", "mrs", "ms", "mt", "neb",
    "nev", "no", "nov", "oct", "okla", "ore", "pa", "pres", "prof", "rep", "rev", "sec", "sen",
    "sep", "sept", "sgt", "sr", "st", "supt", "tenn", "tex", "univ", "va", "vs", "vt", "wash",
    "wis", "wyo",
];

/// Roles and the abbreviation that stands for each before a name, sorted
/// by role: `Sen. Marco Rubio` is the person a later `the senator` (or `the
/// Florida senator`, after `Florida Sen. Marco Rubio`) means.
pub const ABBREVIATED_ROLES: &[(&str, &str)] = &[
    ("admiral", "Adm."),
    ("ambassador", "Amb."),
    ("captain", "Capt."),
    ("colonel", "Col."),
    ("congressman", "Rep."),
    ("congresswoman", "Rep."),
    ("general", "Gen."),
    ("governor", "Gov."),
    ("inspector", "Insp."),
    ("lieutenant", "Lt."),
    ("professor", "Prof."),
    ("representative", "Rep."),
    ("senator", "Sen."),
    ("sergeant", "Sgt."),
];

/// The abbreviation of the role `word` (in any case) before a name, if it
/// has one: `Sen.` for `senator`.
pub fn abbreviation_of(word: &str) -> Option<&'static str> {
    ABBREVIATED_ROLES
        .iter()
        .find(|(role, _)| role.eq_ignore_ascii_case(word))
        .map(|&(_, abbr)| abbr)
}

/// Adjectives that follow the noun of an unnamed source, each with the
/// preposition that opens its object, sorted by adjective: `a source close
/// to the campaign`, `one Democrat familiar with the discussion`. The
/// phrase's head ends before the adjective, as it ends before a
/// prepositional phrase (`a spokesman for the campaign`).
pub const POSTNOMINAL_ADJECTIVES: &[(&str, &str)] = &[
    ("briefed", "on"),
    ("close", "to"),
    ("familiar", "with"),
    ("knowledgeable", "about"),
    ("known", "as"),
    ("privy", "to"),
];

/// True when `adjective` (in any case) is one of
/// [`POSTNOMINAL_ADJECTIVES`] and `preposition` (lowercase) opens its
/// object.
pub fn takes_object(adjective: &str, preposition: &str) -> bool {
    // Asked of every word of a phrase: most are turned away by this match
    // (a test keeps it to the table's prepositions).
    matches!(preposition, "about" | "as" | "on" | "to" | "with")
        && POSTNOMINAL_ADJECTIVES
            .iter()
            .any(|&(a, p)| p == preposition && a.eq_ignore_ascii_case(adjective))
}

/// True when `word` is one of [`POSTNOMINAL_ADJECTIVES`], as written there:
/// a capitalized word is none (`Glenn Close` ends with a name).
pub fn is_postnominal_adjective(word: &str) -> bool {
    POSTNOMINAL_ADJECTIVES.iter().any(|&(a, _)| a == word)
}

/// Words before a role that make it another one: `Deputy Mayor Nicky
/// Gavron` is not `the mayor`, `shadow chancellor Oliver Letwin` not `the
/// chancellor`, `Lt. Gov. Tom Hale` not `the governor`.
pub const OTHER_ROLE_LEADS: &[&str] = &[
    "acting",
    "assistant",
    "deputy",
    "former",
    "lieutenant",
    "lt.",
    "shadow",
    "vice",
];

/// Titles and roles that say the person is a woman, so `she` can find her.
pub const FEMININE: &[&str] = &[
    "assemblywoman",
    "baroness",
    "businesswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "dame",
    "daughter",
    "lady",
    "madam",
    "miss",
    "mother",
    "mrs",
    "ms",
    "princess",
    "queen",
    "sister",
    "spokeswoman",
    "wife",
    "woman",
];

/// Titles and roles that say the person is a man, so `he` can find him.
pub const MASCULINE: &[&str] = &[
    "archbishop",
    "assemblyman",
    "brother",
    "businessman",
    "cardinal",
    "chairman",
    "congressman",
    "councilman",
    "father",
    "husband",
    "king",
    "lord",
    "man",
    "mr",
    "pope",
    "prince",
    "sir",
    "son",
    "spokesman",
];

/// Words of [`MASCULINE`] that papers set before a woman's name too, as
/// British ones do (`UKIP chairman Petrina Holdsworth`): the man they say
/// is no more than likely, and a pronoun for a woman may mean the name
/// after one when no given name says otherwise.
pub const GENERIC_MASCULINE: &[&str] = &["chairman", "spokesman"];

/// Nouns for a work that, right after a quoted title-case phrase, make it
/// the work's title (`The Frisky's "Why I Believe Conor Oberst's Accuser"
/// essay`, `the "Saturday Night Live" sketch`).
pub const WORK_NOUNS: &[&str] = &[
    "album",
    "article",
    "book",
    "column",
    "documentary",
    "essay",
    "film",
    "headline",
    "memoir",
    "movie",
    "novel",
    "op-ed",
    "podcast",
    "poem",
    "series",
    "sketch",
    "song",
];

/// Words before a quoted title-case phrase that make it the title of a work
/// (`CNN's "State of the Union"`, `the anthem "A Change Is Gonna Come"`, a
/// web page's cross-reference `(see "Broad Institute Gets Patent")`).
pub const TITLE_LEADS: &[&str] = &[
    "a",
    "album",
    "an",
    "anthem",
    "biography",
    "book",
    "column",
    "documentary",
    "episode",
    "essay",
    "film",
    "for",
    "headline",
    "her",
    "his",
    "in",
    "including",
    "its",
    "memoir",
    "movie",
    "novel",
    "of",
    "on",
    "play",
    "podcast",
    "poem",
    "program",
    "programme",
    "see",
    "series",
    "show",
    "slogan",
    "song",
    "tells",
    "the",
    "their",
    "told",
    "with",
];

/// Words of four letters or more that the title of a show, a book or a
/// song leaves lowercase, as the shorter articles and prepositions: `The
/// Lead with Jake Tapper`, `Letters from Iwo Jima`. A quotation of speech
/// has other lowercase words besides.
pub const TITLE_SMALL_WORDS: &[&str] = &["from", "into", "with"];

/// The words that make a time word ([`TIME_WORDS`]) after them a phrase
/// that may open a sentence before its subject, with no comma (`This week
/// Ed told`, `Last year Ms Lee said`).
pub const TIME_DETERMINERS: &[&str] = &["last", "next", "this"];

/// Time words that make a phrase a when, not a who (`said this week`).
pub const TIME_WORDS: &[&str] = &[
    "afternoon",
    "century",
    "day",
    "days",
    "decade",
    "evening",
    "hour",
    "hours",
    "minutes",
    "moment",
    "month",
    "morning",
    "night",
    "past",
    "time",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "weekend",
    "year",
    "yesterday",
];

/// A party, or a nation's or a US state's noun or plural, which stands
/// before a full name as the person's role (`Republican Donald Trump`,
/// `Tory David Heathcoat-Amory`, `Briton Tim Henman`, `Californian Thomas
/// Slattery`) when a given name follows it:
/// before other words it names the body (`Republican National
/// Committee`). Also the second words of such names of two (`Lib Dem`,
/// `New Yorker`). A nation's adjective does the same (`American Serena
/// Williams`); those are [`places::NATIONALITIES`](super::places::NATIONALITIES),
/// asked with this table (`is_affiliation`).
pub const AFFILIATIONS: &[&str] = &[
    "alaskan",
    "americans",
    "arizonan",
    "arkansan",
    "briton",
    "californian",
    "coloradan",
    "conservative",
    "croat",
    "dane",
    "dem",
    "democrat",
    "dutchman",
    "englishman",
    "floridian",
    "frenchman",
    "hawaiian",
    "idahoan",
    "iowan",
    "irishman",
    "kansan",
    "kentuckian",
    "labour",
    "louisianan",
    "marylander",
    "michigander",
    "minnesotan",
    "mississippian",
    "missourian",
    "montanan",
    "nebraskan",
    "nevadan",
    "ohioan",
    "pennsylvanian",
    "republican",
    "scot",
    "scotsman",
    "serb",
    "spaniard",
    "swede",
    "texan",
    "tory",
    "vermonter",
    "virginian",
    "welshman",
    "wisconsinite",
    "yorker",
];

/// Words of a party's name that are no role before a name, as
/// [`AFFILIATIONS`] are, but that tell one party's office from another's
/// (`the Democratic nominee`, `the GOP front-runner`).
pub const PARTY_WORDS: &[&str] = &["democratic", "gop"];

/// Endings of adjectives that tell how a person is (`Defiant`,
/// `Injured`, `Tearful`, `Nervous`, `Emphatic`): capitalized before a given
/// name at a sentence's start, no part of the name.
pub const MOOD_SUFFIXES: &[&str] = &["ant", "ed", "ent", "ful", "ic", "ive", "less", "ous"];

/// Suffixes that belong to a name (`Martin Luther King Jr.`).
pub const NAME_SUFFIXES: &[&str] = &["ii", "iii", "iv", "jr", "sr"];

/// Letters after a name (`Ian MacDonald QC`, `Frank Field MP`): a name is
/// keyed by the surname before them. Not the generations of
/// [`NAME_SUFFIXES`]: `Donald Trump Jr.` is not `Donald Trump`.
pub const POST_NOMINALS: &[&str] = &["cbe", "kbe", "kc", "mbe", "mep", "mp", "msp", "obe", "qc"];

/// Lowercase particles inside names (`Staffan de Mistura`, `Ludwig van Beethoven`,
/// `Nick Van den Brul`).
pub const NAME_PARTICLES: &[&str] = &[
    "abu", "al", "ben", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di",
    "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "van", "von",
];

/// Words that open an appositive telling how, when or where a person
/// spoke, not what the person is (`Ann Lee, however, said`, `Lee, with
/// unconcealed delight, said`, `Lee, in a statement, said`, `Cruz, when
/// asked ..., said`): such an appositive is no role. Not `at`, `for`,
/// `from`, `of`: those say whom a person works for (`Tom Hart, from
/// Microsoft, said`). Nor is a name the person goes by (`Moya, nicknamed
/// Charly, admitted`, `Lee, known as Ace, said`).
pub const NOT_ROLE_OPENERS: &[&str] = &[
    "about",
    "after",
    "again",
    "also",
    "amid",
    "among",
    "before",
    "but",
    "by",
    "called",
    "despite",
    "dubbed",
    "during",
    "following",
    "however",
    "in",
    "indeed",
    "instead",
    "known",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nicknamed",
    "nonetheless",
    "on",
    "though",
    "too",
    // A participle too short for the `-ing` test (`said Murphy, using a
    // term Rubio has used`).
    "using",
    "when",
    "while",
    "with",
    "without",
];

/// Adverbs without `-ly` that, like one with it, may open an appositive
/// clause telling how or when a person spoke (`Robin Maynard, half
/// joking,`, `Ralph Nader, still excoriated by Democrats`): before a
/// participle such a clause is no role.
pub const CLAUSE_ADVERBS: &[&str] = &["almost", "half", "just", "not", "now", "only", "still"];

/// Words of kinship that set a person by their relation to another
/// (`his wife, Jane Sanders`, `the brother of Simon Cowell`): the person
/// named after one is seldom the one a story goes on about by surname.
pub const KIN: &[&str] = &[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "spouse",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepson",
    "uncle",
    "widow",
    "widower",
    "wife",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted() {
        crate::lexicon::assert_sorted_lowercase("TITLES", TITLES);
        crate::lexicon::assert_sorted_lowercase("LOWERCASE_TITLES", LOWERCASE_TITLES);
        for t in LOWERCASE_TITLES {
            assert!(TITLES.contains(t), "{t} is no title");
        }
        crate::lexicon::assert_sorted_lowercase("OPENING_ROLES", OPENING_ROLES);
        crate::lexicon::assert_sorted_lowercase("RELATIONAL_ROLES", RELATIONAL_ROLES);
        crate::lexicon::assert_sorted_lowercase("PORTFOLIOS", PORTFOLIOS);
        crate::lexicon::assert_sorted_lowercase("CONSTITUENCY_TITLES", CONSTITUENCY_TITLES);
        crate::lexicon::assert_sorted_lowercase("EPITHETS", EPITHETS);
        crate::lexicon::assert_sorted_lowercase("ABBREVIATIONS", ABBREVIATIONS);
        let roles: Vec<&str> = ABBREVIATED_ROLES.iter().map(|&(r, _)| r).collect();
        crate::lexicon::assert_sorted_lowercase("ABBREVIATED_ROLES", &roles);
        for (_, abbr) in ABBREVIATED_ROLES {
            let bare = abbr.trim_end_matches('.').to_ascii_lowercase();
            assert!(
                ABBREVIATIONS.contains(&bare.as_str()),
                "{abbr} is no abbreviation"
            );
        }
        crate::lexicon::assert_sorted_lowercase("OTHER_ROLE_LEADS", OTHER_ROLE_LEADS);
        let adjectives: Vec<&str> = POSTNOMINAL_ADJECTIVES.iter().map(|&(a, _)| a).collect();
        crate::lexicon::assert_sorted_lowercase("POSTNOMINAL_ADJECTIVES", &adjectives);
        for &(a, p) in POSTNOMINAL_ADJECTIVES {
            assert!(super::takes_object(a, p), "{a} {p}");
            assert!(super::is_postnominal_adjective(a), "{a}");
        }
        crate::lexicon::assert_sorted_lowercase("FEMININE", FEMININE);
        crate::lexicon::assert_sorted_lowercase("WORK_NOUNS", WORK_NOUNS);
        crate::lexicon::assert_sorted_lowercase("MASCULINE", MASCULINE);
        crate::lexicon::assert_sorted_lowercase("GENERIC_MASCULINE", GENERIC_MASCULINE);
        assert!(GENERIC_MASCULINE.iter().all(|w| MASCULINE.contains(w)));
        crate::lexicon::assert_sorted_lowercase("TITLE_LEADS", TITLE_LEADS);
        crate::lexicon::assert_sorted_lowercase("TIME_WORDS", TIME_WORDS);
        crate::lexicon::assert_sorted_lowercase("TIME_DETERMINERS", TIME_DETERMINERS);
        crate::lexicon::assert_sorted_lowercase("NAME_SUFFIXES", NAME_SUFFIXES);
        crate::lexicon::assert_sorted_lowercase("POST_NOMINALS", POST_NOMINALS);
        crate::lexicon::assert_sorted_lowercase("AFFILIATIONS", AFFILIATIONS);
        crate::lexicon::assert_sorted_lowercase("NAME_PARTICLES", NAME_PARTICLES);
        crate::lexicon::assert_sorted_lowercase("NOT_ROLE_OPENERS", NOT_ROLE_OPENERS);
        crate::lexicon::assert_sorted_lowercase("CLAUSE_ADVERBS", CLAUSE_ADVERBS);
        crate::lexicon::assert_sorted_lowercase("KIN", KIN);
    }

    /// An opening role is no title (those are cut from a name anywhere)
    /// and no given name (`Wing` must not cut `Rhys` from `Rhys Jones`).
    #[test]
    fn opening_roles_are_no_titles_or_given_names() {
        use crate::lexicon::{contains_ci, given_names};
        for w in OPENING_ROLES {
            assert!(!contains_ci(TITLES, w), "{w:?} is a title");
            for t in [
                given_names::FEMININE,
                given_names::MASCULINE,
                given_names::EITHER,
            ] {
                assert!(!contains_ci(t, w), "{w:?} is a given name");
            }
        }
    }
}
