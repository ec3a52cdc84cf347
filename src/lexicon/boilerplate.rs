//! Boilerplate rules: the trailers, credits, sign-offs and interstitial
//! prompts that agency feeds and scraped pages carry. See
//! [`crate::passes::Boilerplate`] for how they are applied and
//! [`crate::passes::Kind`] for the pattern syntax.
//!
//! Each rule caps the length of what it may remove (`max_len`, in bytes): a
//! credit line or a share prompt is short, and a long paragraph that happens
//! to start with `Photo:` or end with `click here` is reporting, not
//! furniture. Rule names group patterns by what they remove, and are what
//! [`crate::Removed::rule`] records.

use crate::passes::Rule;

/// The built-in rules, sorted by pattern (lowercase).
///
/// Sources: NDTV's syndication notes and live-news trailer; Reuters credits
/// (`(Reporting by ...; Editing by ...)`), its trust-principles line and the
/// 1987 wire's ` Reuter` sign-off; AP/CNN `... contributed to this report.`;
/// AFP `© 2016 AFP` and `burs-ab/xy` slugs; PTI/IANS `(With inputs from
/// ...)`; share, newsletter, related-link, video and photo-credit lines from
/// news sites; the BBC's columnist bios; web pages' share buttons standing
/// alone (`Email`, `WhatsApp`), agency photo credits (`Name/AP`), a
/// reporter's e-mail address, `-- By ...` bylines and those that name the
/// writer's post (`By Jane Doe, Staff Writer`), `Updated ...` stamps.
pub const RULES: &[Rule] = &[
    Rule::exact("reuters-credit", "(additional reporting by *)", 800),
    Rule::exact("reuters-credit", "(compiled by *)", 400),
    Rule::exact("reuters-credit", "(editing by *)", 400),
    Rule::prefix(
        "ndtv-syndication",
        "(except for the headline, this story has not been edited",
        300,
    ),
    Rule::prefix(
        "syndication-note",
        "(only the headline of this report may have been reworked",
        300,
    ),
    Rule::exact("reuters-credit", "(reporting by *)", 800),
    Rule::prefix(
        "ndtv-syndication",
        "(this story has not been edited by",
        300,
    ),
    Rule::exact("agency-credit", "(with inputs from *)", 200),
    Rule::exact("reuters-credit", "(writing by *)", 400),
    Rule::exact(
        "bbc-columnist-bio",
        "* a bbc world service and wgbh-boston co-production",
        250,
    ),
    Rule::exact("link-prompt", "* click here", 150),
    Rule::exact("contributor-credit", "* contributed reporting", 300),
    Rule::exact("contributor-credit", "* contributed to this report", 400),
    Rule::exact("contributor-credit", "* contributed to this story", 400),
    Rule::exact("newsletter-prompt", "* don't show me again", 250),
    Rule::exact(
        "bbc-columnist-bio",
        "* is a regular commentator on the bbc world service programme go digital",
        250,
    ),
    Rule::exact("share-prompt", "* share on facebook", 60),
    Rule::exact("ireport-prompt", "* share your * at ireport", 300),
    Rule::exact("newsletter-prompt", "* sign up for the * newsletter", 120),
    Rule::exact("teaser", "*... read more", 400),
    Rule::exact("photo-credit", "*/ap", 60),
    Rule::exact("photo-credit", "*/getty images", 80),
    Rule::exact("photo-credit", "*/wireimage", 80),
    Rule::word("contact-line", "*@*.com", 60),
    Rule::exact("byline", "-- by *", 100),
    Rule::exact("byline", "-- compiled by *", 100),
    Rule::exact("advertisement", "advertisement", 30),
    Rule::prefix("copyright", "all rights reserved", 300),
    Rule::exact("related-link", "also read", 20),
    Rule::prefix("related-link", "also read:", 200),
    Rule::exact("related-link", "also see", 20),
    Rule::prefix("related-link", "also see:", 200),
    Rule::word("afp-slug", "bur*-*/*", 40),
    Rule::exact("byline", "by", 3),
    Rule::exact("byline", "by *, * correspondent", 120),
    Rule::exact("byline", "by *, * correspondents", 160),
    Rule::exact("byline", "by *, staff reporter", 120),
    Rule::exact("byline", "by *, staff writer", 120),
    Rule::exact("byline", "by *, staff writers", 160),
    Rule::prefix("link-prompt", "click here to", 200),
    Rule::prefix("copyright", "copyright (c)", 200),
    Rule::prefix("copyright", "copyright * all rights reserved", 300),
    Rule::prefix("copyright", "copyright ©", 200),
    Rule::prefix("photo-credit", "credit: * view full size image", 300),
    Rule::exact("share-prompt", "email", 10),
    Rule::prefix("newsletter-prompt", "enter your email", 60),
    Rule::exact("share-prompt", "facebook", 10),
    Rule::prefix("share-prompt", "find us on facebook", 200),
    Rule::prefix("share-prompt", "follow * on facebook", 200),
    Rule::prefix("share-prompt", "follow * on instagram", 200),
    Rule::prefix("share-prompt", "follow * on twitter", 200),
    Rule::prefix("share-prompt", "follow us on", 200),
    Rule::prefix("newsletter-prompt", "from our editors to your inbox", 200),
    Rule::prefix("comment-prompt", "have something to add to this story", 200),
    Rule::prefix("photo-credit", "image caption", 300),
    Rule::prefix("photo-credit", "image copyright", 150),
    Rule::prefix("photo-credit", "image credit:", 100),
    Rule::prefix("script-notice", "javascript is currently disabled", 200),
    Rule::prefix("link-prompt", "learn more about", 120),
    Rule::prefix("share-prompt", "like on facebook share", 150),
    Rule::prefix(
        "related-link",
        "like this? you might also be interested in",
        200,
    ),
    Rule::prefix("share-prompt", "like us on facebook", 200),
    Rule::exact("share-prompt", "linkedin", 10),
    Rule::exact("gallery-prompt", "loading photo gallery", 40),
    Rule::exact(
        "video-prompt",
        "media playback is unsupported on your device",
        60,
    ),
    Rule::exact("related-link", "more from *", 50),
    Rule::exact("pagination", "next › page * of *", 30),
    Rule::exact("syndication-credit", "originally published on *", 200),
    Rule::prefix(
        "reuters-standards",
        "our standards: the thomson reuters trust principles",
        100,
    ),
    Rule::prefix("photo-credit", "photo:", 100),
    Rule::prefix("photo-credit", "photos:", 100),
    Rule::prefix("photo-credit", "pictures:", 100),
    Rule::exact("share-prompt", "pinterest", 10),
    Rule::exact("related-link", "read more", 20),
    Rule::prefix("related-link", "read more:", 200),
    Rule::exact("related-link", "read the rest here", 40),
    Rule::exact("related-link", "related", 20),
    Rule::prefix("related-link", "related article:", 200),
    Rule::exact("related-link", "related articles", 30),
    Rule::exact("related-link", "related stories", 30),
    Rule::prefix("related-link", "related:", 150),
    Rule::exact("reuters-credit", "reporting by *; editing by *", 400),
    Rule::sign_off("reuter-signoff", "reuter"),
    Rule::sign_off("reuter-signoff", "reuters"),
    Rule::exact("video-prompt", "scroll down for video", 40),
    Rule::prefix("related-link", "see also:", 200),
    Rule::prefix("gallery-prompt", "see more photos", 120),
    Rule::exact("share-prompt", "share", 10),
    Rule::exact("share-prompt", "share this", 30),
    Rule::exact("share-prompt", "share this article", 30),
    Rule::exact("share-prompt", "share this video", 30),
    Rule::prefix("share-prompt", "share this:", 60),
    Rule::prefix("newsletter-prompt", "sign up for our newsletter", 200),
    Rule::prefix("source-credit", "source:", 60),
    Rule::exact("advertisement", "story continues below", 40),
    Rule::exact("advertisement", "story continues below advertisement", 60),
    Rule::prefix("newsletter-prompt", "subscribe to our", 200),
    Rule::exact("site-furniture", "terms of use privacy policy", 40),
    Rule::exact(
        "transcript-notice",
        "there may be small errors in this transcript",
        60,
    ),
    Rule::prefix(
        "syndication-credit",
        "this article originally appeared",
        250,
    ),
    Rule::prefix("copyright", "this material may not be published", 250),
    Rule::prefix("syndication-credit", "this story originally appeared", 250),
    Rule::prefix("syndication-credit", "this story was provided by", 250),
    Rule::prefix("contact-line", "to contact the editor", 300),
    Rule::prefix("contact-line", "to contact the reporter", 300),
    Rule::prefix("topic-tags", "topics:", 150),
    Rule::prefix("ndtv-trailer", "track latest news live on ndtv.com", 250),
    Rule::exact("share-prompt", "twitter", 10),
    Rule::exact("timestamp", "updated *, 20*", 50),
    Rule::exact(
        "newsletter-prompt",
        "want more updates from *? sign up for *",
        150,
    ),
    Rule::exact("video-prompt", "watch", 10),
    Rule::exact("share-prompt", "whatsapp", 10),
    Rule::exact("agency-credit", "with inputs from *", 100),
    Rule::prefix("newsletter-prompt", "your email address", 60),
    Rule::prefix("copyright", "©", 120),
];

// Matching assumes these forms; a malformed rule would silently never match.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::Kind;

    #[test]
    fn sorted() {
        let patterns: Vec<&str> = RULES.iter().map(|r| r.pattern).collect();
        super::super::assert_sorted_lowercase("RULES", &patterns);
    }

    #[test]
    fn web_furniture() {
        let hit = |t: &str| RULES.iter().any(|r| r.matches(t));
        for t in [
            "Email",
            "WhatsApp",
            "Richard Roe/AP",
            "By Jane Doe/WireImage.",
            "jdoe@example.com",
            "-- By Jane Doe Follow @jdoe",
            "Updated August 02, 2014.",
            "Source: KXYZ 9",
            "More from Example.com:",
            "Enter your email address:",
            "By",
            "By Jane Doe and John Roe, Staff Writers",
            "BY JANE DOE, SENIOR POLITICAL CORRESPONDENT",
            "Next › Page 1 of 2",
            "Your Email Address Sign Up Now!",
            "Want more updates from Jane? Sign up for her newsletter, The Daily Digest.",
            "Want More Stories Like This? Step 1: Like Us! Step 2: Join Our Newsletter. Don't show me again.",
            "For more, sign up for the Morning Digest newsletter.",
            "Like on Facebook Share this with your friends by clicking the Share button below.",
        ] {
            assert!(hit(t), "{t}");
        }
        for t in [
            "Updated guidance is coming.",
            "@jdoe.",
            "Source: a senior official who asked not to be named said the talks would resume.",
            "More from the interview follows below, where she spoke at length about the plan.",
            "He sent an email",
            "By Monday",
            "By Monday, the writer had filed her story, and the editor had read it through.",
            "By then, she said, they had fired the editor.",
            "Next › Page 1 of 2 was torn out of the ledger.",
            "Your email address was among those leaked, the company told customers on Monday.",
            "Want more updates from the campaign? Its staff say they will post them daily.",
            "Readers who sign up for the newsletter get the story first, the editor said.",
            "Like on Facebook, the posts vanish after a day.",
        ] {
            assert!(!hit(t), "{t}");
        }
    }

    #[test]
    fn well_formed() {
        for r in RULES {
            assert!(!r.name.is_empty() && !r.pattern.trim().is_empty());
            assert_eq!(
                r.pattern,
                r.pattern.trim(),
                "{}: no outer white space",
                r.name
            );
            assert!(!r.pattern.contains("  "), "{}: single spaces", r.name);
            if r.kind == Kind::SignOff {
                assert!(
                    !r.pattern.contains('*'),
                    "{}: sign-offs are literal",
                    r.name
                );
            }
            assert!(
                r.max_len >= r.pattern.len(),
                "{}: max_len too small",
                r.name
            );
            // A rule with neither a fixed first byte nor a fixed last one
            // is tried on every paragraph short enough for it: the screen
            // cannot pass any over (one such rule cost the pass four times
            // its time on the bbc corpus).
            assert!(
                !(r.pattern.starts_with('*') && r.pattern.ends_with('*')),
                "{}: anchor the pattern at one end",
                r.name
            );
        }
    }
}
