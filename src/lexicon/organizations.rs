//! Words that end the names of organizations (`Thames Valley Police`,
//! `Deutsche Bank`, `Mull Historical Society`), and parties named by one
//! word (`Labour`): a capitalized run that ends in one names no person, so
//! `he` and `she` do not stand for it (a news text's `it` and `they` may).
//!
//! Only words that are no one's surname in English-language news are here:
//! `Court` (Margaret Court), `Church` (Charlotte Church), `Post` (Emily
//! Post) and `Street` are left out. News media are organizations too (`Fox
//! News`, `The Daily Telegraph`), and so are sports clubs (`Leeds United`,
//! `Blackburn Rovers`); the names of events and states name no person
//! either (`Australian Open`, `Davis Cup`, `Czech Republic`).

/// Last words of organization (and event) names, and one-word party
/// names, lowercase.
pub const HEADS: &[&str] = &[
    "academy",
    "administration",
    "afc",
    "agency",
    "airlines",
    "airways",
    "albion",
    "alliance",
    "assembly",
    "association",
    "athletic",
    "authority",
    "bank",
    "board",
    "bureau",
    "cabinet",
    "center",
    "centre",
    "chamber",
    "chambers",
    "championship",
    "championships",
    "city",
    "club",
    "coalition",
    "college",
    "commission",
    "committee",
    "company",
    "confederation",
    "congress",
    "conservatives",
    "corp",
    "corporation",
    "council",
    "cup",
    "democrats",
    "department",
    "directorate",
    "exchange",
    "fc",
    "federation",
    "fellowship",
    "forum",
    "foundation",
    "fund",
    "games",
    "gazette",
    "government",
    "group",
    "herald",
    "holdings",
    "hospital",
    "hotspur",
    "inc",
    "industries",
    "institute",
    "institution",
    "international",
    "journal",
    "labour",
    "league",
    "ltd",
    "magazine",
    "ministry",
    "movement",
    "museum",
    "network",
    "news",
    "newspaper",
    "office",
    "olympics",
    "open",
    "organisation",
    "organization",
    "pac",
    "parliament",
    "partnership",
    "party",
    "plc",
    "police",
    "press",
    "programme",
    "radio",
    "rangers",
    "republic",
    "republicans",
    "reserve",
    "rovers",
    "senate",
    "service",
    "services",
    "society",
    "telegraph",
    "television",
    "times",
    "tories",
    "tournament",
    "treasury",
    "tribunal",
    "tribune",
    "trophy",
    "trust",
    "tv",
    "union",
    "united",
    "university",
    "wanderers",
    "watch",
];

/// The words after `and` that end a firm's name (`Kidder Peabody and Co`,
/// `Sears Roebuck and Co`), as written: a name read back from one goes
/// on over the `and`, as it does from a body's head.
pub const AND_CO: &[&str] = &["Co", "Company", "Cos"];

/// Roles of a person who speaks for an organization (`a spokesman for
/// the UK Film Council said`): the organization's name then stands for
/// that person, whom a later `he` or `she` may mean; and the unnamed
/// source a wire quotes (`a source close to the investigation told
/// Reuters`), whom a later `he` or `she` means likewise. A member of one
/// (`a member of the European Parliament`) is not here: the name may be
/// the member's or the body's.
pub const SPEAKS_FOR: &[&str] = &[
    "official",
    "representative",
    "source",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Written things that speak in news as a body does (`The report said
/// ... It said`, `The study found ... It warned`): an `it` after one
/// described so stands for it.
pub const DOCUMENTS: &[&str] = &[
    "analysis",
    "document",
    "letter",
    "memo",
    "paper",
    "report",
    "review",
    "statement",
    "study",
    "survey",
];

/// Other things that carry someone's words and that news writing lets
/// speak as their authors would (`The bill proposes "control orders"`,
/// `The ad targets a "corrupt political system"`, `The petition accuses
/// the campaign of "attempting to bully"`), besides [`DOCUMENTS`]: a
/// describing subject with one for its head may speak a quote with no
/// cue.
pub const WORDED: &[&str] = &[
    "ad",
    "advert",
    "article",
    "bill",
    "book",
    "cable",
    "clip",
    "column",
    "complaint",
    "directive",
    "e-mail",
    "editorial",
    "email",
    "guidance",
    "law",
    "lawsuit",
    "leaflet",
    "manifesto",
    "motion",
    "petition",
    "photo",
    "piece",
    "poster",
    "resolution",
    "ruling",
    "site",
    "suit",
    "tweet",
    "verdict",
    "video",
    "website",
];

/// Nouns for a group of people that no ending marks as such (`The
/// audience followed him by echoing "too many"`, `The board saw her as
/// the "perfect driver"`), besides bodies' names ([`HEADS`]): a
/// describing subject with one for its head may speak a quote with no
/// cue.
pub const GROUPS: &[&str] = &[
    "audience",
    "band",
    "campaign",
    "couple",
    "crowd",
    "family",
    "jury",
    "non-profit",
    "nonprofit",
    "pair",
    "panel",
    "people",
    "public",
    "staff",
    "team",
];

/// Nouns by which a news text names again a firm or another body it has
/// just named (`EMI said ... "...," the company added`, `A spokesman for
/// UKIP ... The party asserts`): `the` and one of them, maybe after a few
/// words (`the Japanese firm`), stands for that body. Nouns of bodies a
/// text often leaves unnamed (`the government`, `the committee`) are not
/// here.
pub const FIRM_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "bank",
    "broadcaster",
    "carrier",
    "chain",
    "charity",
    "club",
    "company",
    "firm",
    "giant",
    "group",
    "insurer",
    "maker",
    "manufacturer",
    "ministry",
    "operator",
    "organisation",
    "organization",
    "party",
    "publisher",
    "retailer",
    "union",
];

#[cfg(test)]
mod tests {
    #[test]
    fn sorted() {
        super::super::assert_sorted_lowercase("HEADS", super::HEADS);
        super::super::assert_sorted_lowercase("DOCUMENTS", super::DOCUMENTS);
        super::super::assert_sorted_lowercase("FIRM_NOUNS", super::FIRM_NOUNS);
        super::super::assert_sorted_lowercase("SPEAKS_FOR", super::SPEAKS_FOR);
        super::super::assert_sorted_lowercase("WORDED", super::WORDED);
        super::super::assert_sorted_lowercase("GROUPS", super::GROUPS);
    }
}
