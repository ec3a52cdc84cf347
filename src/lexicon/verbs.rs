//! Verb forms and verb particles that end no describing phrase: `The
//! 14-year-old said`, `the editorial board recently`, `officials familiar
//! with it came out` are `The 14-year-old`, `the editorial board` and
//! `officials`. A speaker phrase is a noun phrase; its head is a noun.

/// Irregular past forms, which no `-ed` test catches.
pub const IRREGULAR_PAST: &[&str] = &[
    "became", "began", "bought", "broke", "brought", "built", "came", "caught", "chose", "cut",
    "drew", "drove", "fell", "felt", "flew", "forgot", "fought", "found", "gave", "got", "grew",
    "heard", "held", "hit", "kept", "knew", "led", "left", "let", "lost", "made", "meant", "met",
    "paid", "put", "ran", "said", "sang", "sat", "saw", "sent", "set", "sold", "sought", "spent",
    "spoke", "stole", "stood", "struck", "swept", "taught", "thought", "threw", "told", "took",
    "upheld", "went", "won", "wore", "wrote",
];

/// Whether `w` (in lowercase) is one of [`IRREGULAR_PAST`]. Its length
/// is asked first: most words asked are nouns of other lengths.
pub fn is_irregular_past(w: &str) -> bool {
    (3..=7).contains(&w.len()) && IRREGULAR_PAST.binary_search(&w).is_ok()
}

/// Past participles whose passive subject is the one spoken of, not the
/// speaker: `Blunkett has been accused of using the "politics of
/// confusion"`, `HSDPA has been described as "3G on steroids"`. Verbs of
/// being caught speaking (`was heard`, `was quoted`) are not here: their
/// subject is the speaker.
pub const PASSIVE_OBJECTS: &[&str] = &[
    "accused",
    "admitted",
    "advised",
    "announced",
    "asked",
    "attacked",
    "awarded",
    "banned",
    "billed",
    "blamed",
    "branded",
    "called",
    "censured",
    "charged",
    "cited",
    "classed",
    "classified",
    "condemned",
    "considered",
    "convicted",
    "criticised",
    "criticized",
    "deemed",
    "depicted",
    "derided",
    "described",
    "detained",
    "dismissed",
    "dubbed",
    "fined",
    "given",
    "hailed",
    "jailed",
    "known",
    "labeled",
    "labelled",
    "lambasted",
    "mocked",
    "named",
    "nicknamed",
    "ordered",
    "placed",
    "portrayed",
    "praised",
    "regarded",
    "remembered",
    "revealed",
    "ridiculed",
    "sacked",
    "sentenced",
    "slammed",
    "suspended",
    "tagged",
    "termed",
    "told",
    "touted",
    "treated",
    "urged",
    "viewed",
    "warned",
];

/// Modal verbs that the function words leave out, as capitalized they are
/// names (`Theresa May`): no describing phrase ends with one (`Some
/// students may have thought`).
pub const MODALS: &[&str] = &["may"];

/// Auxiliaries and modals that a verb's bare form follows: after one, a
/// word that may be a title is the verb (`Tom Hart will miss the race`,
/// `Lee would head the panel`), no title of a name after it.
pub const AUXILIARIES: &[&str] = &[
    "can", "cannot", "could", "did", "does", "may", "might", "must", "shall", "should", "will",
    "would",
];

/// Adverbs and particles that follow a verb (`came out`, `set apart`).
pub const PARTICLES: &[&str] = &[
    "ahead", "apart", "away", "back", "down", "off", "out", "together", "up",
];

/// Nouns that end in `-ed`, which otherwise marks a past form (`the
/// accused said`).
pub const ED_NOUNS: &[&str] = &[
    "accused",
    "bereaved",
    "deceased",
    "injured",
    "unemployed",
    "wounded",
];

/// Names that end in `-ing` (surnames, places, firms and clubs:
/// `Downing Street`, `Reading Council`, `Boeing Co`, `Sporting Lisbon`),
/// which a sentence may open with as it may with a participle (`Bringing
/// Ford production home`): only a participle is cut from the name that
/// follows it.
pub const ING_NAMES: &[&str] = &[
    "beijing",
    "boeing",
    "browning",
    "chongqing",
    "cumming",
    "cushing",
    "darling",
    "deming",
    "dowling",
    "downing",
    "ealing",
    "epping",
    "ewing",
    "fielding",
    "fleming",
    "flemming",
    "golding",
    "harding",
    "irving",
    "keating",
    "kettering",
    "kipling",
    "kunming",
    "lansing",
    "lessing",
    "manning",
    "nanjing",
    "peking",
    "pershing",
    "racing",
    "reading",
    "redding",
    "rowling",
    "spalding",
    "sporting",
    "sterling",
    "stirling",
    "viking",
    "whiting",
    "woking",
    "worthing",
    "wyoming",
    "xining",
];

/// Nouns that end in `-ly`, which otherwise marks an adverb.
pub const LY_NOUNS: &[&str] = &[
    "ally", "anomaly", "assembly", "bully", "family", "fly", "monopoly", "rally", "supply",
];

/// Commands that open a sentence before a person's name, which they are
/// no part of: `See Sexton's full timeline`, `Follow Pam Key on Twitter`,
/// `Meet Joe Biden, the ...`. None is a given name.
pub const IMPERATIVES: &[&str] = &["blame", "follow", "meet", "read", "see", "thank", "watch"];

/// Cue verbs in `-s` that are never nouns, unlike `claims`, `reports` or
/// `notes`: `The MPAA says in a statement` has its cue whatever the words
/// before it, where `the annual reports` has none.
pub const NEVER_NOUNS: &[&str] = &[
    "adds", "argues", "asks", "explains", "insists", "says", "tells", "warns", "writes",
];

/// Cue verbs that open a sentence before their speaker's name, which they
/// are no part of: `Said Williams: "..."`, `Says Mr Fogg`, or before a
/// description (`Concluded the researchers: "..."`). Before a name, other
/// `-ed` forms (`Retorted Stone:`) are found by their ending. None is a
/// given name.
pub const INVERTED_CUES: &[&str] = &[
    "added",
    "adds",
    "asked",
    "asks",
    "concluded",
    "continued",
    "explained",
    "noted",
    "replied",
    "said",
    "says",
    "writes",
    "wrote",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted() {
        crate::lexicon::assert_sorted_lowercase("IRREGULAR_PAST", IRREGULAR_PAST);
        // `is_irregular_past` asks the length first: every form is in it.
        for w in IRREGULAR_PAST {
            assert!(is_irregular_past(w), "{w}");
        }
        crate::lexicon::assert_sorted_lowercase("PARTICLES", PARTICLES);
        crate::lexicon::assert_sorted_lowercase("LY_NOUNS", LY_NOUNS);
        crate::lexicon::assert_sorted_lowercase("ED_NOUNS", ED_NOUNS);
        crate::lexicon::assert_sorted_lowercase("ING_NAMES", ING_NAMES);
        crate::lexicon::assert_sorted_lowercase("IMPERATIVES", IMPERATIVES);
        crate::lexicon::assert_sorted_lowercase("INVERTED_CUES", INVERTED_CUES);
        crate::lexicon::assert_sorted_lowercase("NEVER_NOUNS", NEVER_NOUNS);
        crate::lexicon::assert_sorted_lowercase("PASSIVE_OBJECTS", PASSIVE_OBJECTS);
        crate::lexicon::assert_sorted_lowercase("MODALS", MODALS);
        crate::lexicon::assert_sorted_lowercase("AUXILIARIES", AUXILIARIES);
    }
}
