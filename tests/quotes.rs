//! The quote pass, pattern by pattern.

use newsparse::{parse, Article, Quote, Via};

fn article(body: &str) -> Article<'_> {
    parse(body).expect("text parses")
}

/// (text, speaker name, mention, via, cue) of each quote.
fn rows<'a>(a: &Article<'a>) -> Vec<(&'a str, &'a str, &'a str, Via, &'a str)> {
    a.quotes
        .iter()
        .map(|q| {
            let s = q.speaker.expect("quote has a speaker");
            (
                s_text(q),
                s.name.text,
                s.mention.text,
                s.via,
                q.cue.map_or("", |c| c.text),
            )
        })
        .collect()
}

/// The speaker name of each quote of `body`.
fn speaker_names(body: &str) -> Vec<&str> {
    rows(&article(body)).iter().map(|r| r.1).collect()
}

/// `f` of each quote of `body`, in text order.
fn per_quote<'a, T>(body: &'a str, f: impl Fn(&Quote<'a>) -> T) -> Vec<T> {
    article(body).quotes.iter().map(f).collect()
}

/// The speaker name of each quote of `body`, None for a quote with no
/// speaker.
fn speaker_names_or_none(body: &str) -> Vec<Option<&str>> {
    per_quote(body, |q| q.speaker.map(|s| s.name.text))
}

/// The speaker's name and the cue of each quote of `body`.
fn speakers_and_cues(body: &str) -> Vec<(Option<&str>, Option<&str>)> {
    per_quote(body, |q| {
        (q.speaker.map(|s| s.name.text), q.cue.map(|c| c.text))
    })
}

/// The speaker mention of each quote of `body`, None for a quote with no
/// speaker.
fn speaker_mentions(body: &str) -> Vec<Option<&str>> {
    per_quote(body, |q| q.speaker.map(|s| s.mention.text))
}

/// The speaker name and role of the first quote of `body`.
fn first_name_and_role(body: &str) -> (&str, Option<&str>) {
    let a = article(body);
    let sp = a.quotes[0].speaker.expect("a speaker");
    (sp.name.text, sp.role.map(|r| r.text))
}

fn s_text<'a>(q: &Quote<'a>) -> &'a str {
    q.text
}

fn check_slices(input: &str, a: &Article<'_>) {
    for q in &a.quotes {
        assert_eq!(&input[q.span.range()], q.text);
        assert!(a.paragraphs[q.paragraph].span.contains(q.span));
        if let Some(s) = q.speaker {
            assert_eq!(&input[s.name.span.range()], s.name.text);
            assert_eq!(&input[s.mention.span.range()], s.mention.text);
            if let Some(r) = s.role {
                assert_eq!(&input[r.span.range()], r.text);
            }
        }
        if let Some(c) = q.cue {
            assert_eq!(&input[c.span.range()], c.text);
        }
    }
}

#[test]
fn quote_then_name_said() {
    let s = "News of the day\n\n\"We will win this,\" Maria Lopez said.\n";
    let a = article(s);
    check_slices(s, &a);
    assert_eq!(
        rows(&a),
        [(
            "We will win this,",
            "Maria Lopez",
            "Maria Lopez",
            Via::Name,
            "said"
        )]
    );
}

#[test]
fn said_then_name_with_apposition() {
    let s = "News of the day\n\n\"This isn't tax reform,\" said Douglas Holtz-Eakin, an economist at the forum.\n";
    let a = article(s);
    check_slices(s, &a);
    let q = &a.quotes[0];
    let sp = q.speaker.unwrap();
    assert_eq!(sp.name.text, "Douglas Holtz-Eakin");
    assert_eq!(sp.role.unwrap().text, "economist at the forum");
    assert_eq!(q.cue.unwrap().text, "said");
}

#[test]
fn role_in_apposition_and_surname_links_to_full_name() {
    let s = "News of the day\n\n\"Trade is hard,\" Edward Alden, a fellow at the Council on Foreign Relations, said.\n\n\
             \"It will get harder,\" Alden said.\n";
    let a = article(s);
    check_slices(s, &a);
    let r = rows(&a);
    assert_eq!(r[0].1, "Edward Alden");
    assert_eq!(
        a.quotes[0].speaker.unwrap().role.unwrap().text,
        "fellow at the Council on Foreign Relations"
    );
    assert_eq!(
        (r[1].1, r[1].2, r[1].3),
        ("Edward Alden", "Alden", Via::Name)
    );
}

#[test]
fn told_sets_the_addressee_and_role_before_name() {
    let s = "News of the day\n\n\"The main subject will be Syria,\" Russian foreign ministry spokeswoman Maria Zakharova told AFP today.\n";
    let a = article(s);
    let q = &a.quotes[0];
    let sp = q.speaker.unwrap();
    assert_eq!(sp.name.text, "Maria Zakharova");
    assert_eq!(
        sp.role.unwrap().text,
        "Russian foreign ministry spokeswoman"
    );
    assert_eq!(q.cue.unwrap().text, "told");
    assert_eq!(q.to.unwrap().text, "AFP");
}

#[test]
fn titles_before_a_name_are_roles() {
    // Hyphenated titles, and the British spelling of councillor.
    let s = "News of the day\n\nBut Treasury Under-Secretary John Taylor said the US could not support it because of its \"legislative process\".\n\n\
        \"It has been listening,\" said CBI director-general Digby Jones.\n\n\
        His longtime publicist Jerry Digney said the museum would house \"archive materials\".\n\n\
        \"It might sound great,\" said Nottingham City Councillor Brian Parbutt.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("John Taylor", Some("Treasury Under-Secretary")),
            ("Digby Jones", Some("CBI director-general")),
            ("Jerry Digney", Some("longtime publicist")),
            ("Brian Parbutt", Some("Nottingham City Councillor"))
        ]
    );
}

#[test]
fn a_group_or_a_titled_office_before_a_name_is_no_part_of_it() {
    // A plural before a list of names, and an office after a title's
    // `of the`, whether the name index or the cue's subject reads them.
    let s = "News of the day\n\nPanellists Sally Brook, Tom Hale and Ann Lee will return next year.\n\n\
        \"It has been great fun,\" said Brook.\n\n\
        Shadow leader of the Commons Peter Vane said: \"This will be part of our aim.\"\n\n\
        The talks were opened by the Chancellor of the Exchequer Martin Dane. \"We back the plan,\" said Dane.\n";
    let names: Vec<_> = names_and_roles(&article(s)).iter().map(|r| r.0).collect();
    assert_eq!(names, ["Sally Brook", "Peter Vane", "Martin Dane"]);
}

#[test]
fn an_investigator_or_a_hyphenated_description_opens_no_name() {
    // A title mid-sentence, and a compound that opens a sentence.
    let s = "News of the day\n\nShe went outside, Investigator Ruth Cole wrote in a warrant.\n\n\
        \"They do their job,\" Cole said.\n\n\
        Oscar-winner Martin Dane has been praised by the council.\n\n\
        \"Thanks to everyone,\" Dane said.\n";
    assert_eq!(speaker_names(s), ["Ruth Cole", "Martin Dane"]);
}

#[test]
fn a_party_or_place_of_two_words_before_a_name_is_its_role() {
    let s = "News of the day\n\nLib Dem Norman Vale said the plan was \"a terrible attempt\".\n\n\
        New Yorker Peter Hale, who advised the campaign, was in town.\n\n\
        \"The internet was decisive,\" Hale said.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Norman Vale", Some("Lib Dem")), ("Peter Hale", None)]
    );
}

#[test]
fn a_command_that_opens_a_sentence_is_no_part_of_a_name() {
    let s = "News of the day\n\nJared Lane, a writer, went to the rally.\n(See Lane\u{2019}s full timeline of the rally below.)\n\n\
        \"They care about their country,\" Lane said.\n";
    assert_eq!(speaker_names(s), ["Jared Lane"]);
}

#[test]
fn it_stands_for_no_man_or_woman() {
    let s = "News of the day\n\nDan Gillmor, founder of Grassroots Media, said the tool was a \"bad idea\". In a statement Google said the feature was still on trial. It said: \"The user can choose never to click on the button.\"\n\n\
        Deloitte said the economy had enjoyed a \"golden period\". But it warned that growth had come at the cost of \"imbalances\".\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[1].1, r[1].2), ("Google", "It"));
    // A firm no table knows may still be `it`.
    assert_eq!((r[3].1, r[3].2), ("Deloitte", "it"));
}

#[test]
fn an_opening_time_phrase_is_no_speaker() {
    let s = "News of the day\n\nSeveral Muslim organizations wrote to Clinton on Thursday. Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has condemned the proposal, the groups who wrote to her on Thursday say they are \"concerned your campaign is sending mixed messages.\"\n";
    let a = article(s);
    // (Which speaker it is depends on the relative clause's cue, a known
    // error; the time phrase is none.)
    let name = a.quotes[0].speaker.map(|s| s.name.text);
    assert!(!matches!(name, Some("Most" | "Most recently")), "{name:?}");
}

#[test]
fn who_after_the_agent_of_a_passive_stands_for_that_agent() {
    // A description after `by` is no subject, but the relative pronoun
    // stands for it, not for the last speaker; after another preposition
    // the phrase is no antecedent.
    let s = "News of the day\n\n\"It is a lie,\" said Mr Jones. The claim was denied by a party spokesman, who said: \"It is nonsense.\"\n\n\
        \"It was not convincing,\" said one Democrat familiar with the discussion, who added that the staff were \"rattled\".\n";
    assert_eq!(
        speaker_names(s),
        ["Jones", "a party spokesman", "one Democrat", "one Democrat"]
    );
}

#[test]
fn who_with_no_comma_stands_for_the_phrase_right_before_it() {
    // Not for the last one named: a description (or the name it is in
    // apposition to), and past a dash, the name the dash sets off.
    let s = "News of the day\n\nMr Hale spoke first. The campaign was hurt by a party worker who said voters should \"stay at home\" in May.\n\n\
        Ms Vale spoke next. Brandt, a Texas native who writes fiction, wrote of a feast \"where the loser becomes the meal\" last year.\n\n\
        Mr Cole spoke last. Front-runner Donald Trump - who once said he would \"bomb them all\" - said on Saturday that he had a plan.\n";
    assert_eq!(
        speaker_names(s),
        ["a party worker", "Brandt", "Donald Trump"]
    );
}

#[test]
fn a_relative_pronoun_after_a_quote_stands_for_the_quoted_words() {
    let s = "News of the day\n\nMarsh waved the story away, calling it a \"clerical slip\" that was reported in a local paper.\n\n\
        Lena Ortiz has proposed hiring a \"housing czar\" who reports to the mayor, and called for \"twice the inspectors we have now.\"\n\n\
        \"It was a quieter year, without the crowds.\" That said, Ortiz is planning a bigger fair.\n";
    let mentions = speaker_mentions(s);
    assert_eq!(
        mentions[..3],
        [Some("Marsh"), Some("Lena Ortiz"), Some("Lena Ortiz")]
    );
    // The idiom names no speaker: the quote has none, or an earlier one.
    assert_ne!(mentions[3], Some("That"));
}

#[test]
fn a_restrictive_who_clause_before_the_cue_is_no_speaker() {
    let s = "News of the day\n\nThe lawyer who had represented Mr Hale had said the rules were \"weighted overwhelmingly\" against him.\n\n\
        One delegate who supports Cruz told reporters \"we are concerned about it.\"\n\n\
        Mr Vale called for help for pensioners, especially women who he said \"are most likely to retire in poverty\".\n";
    assert_eq!(
        speaker_mentions(s),
        [Some("The lawyer"), Some("One delegate"), Some("he")]
    );
}

#[test]
fn the_subject_of_a_passive_told_or_described_says_nothing() {
    let s = "News of the day\n\nFor the Lib Dems, Simon Vale said many pensioners are means tested and students who were told there would not be tuition fees \"have been given exactly the opposite\".\n\n\
        The book, now made into a film, is described on the site as a \"gripping book\" that \"takes readers into the action of that night and beyond.\"\n";
    let a = article(s);
    let q = &a.quotes[0];
    let s0 = q.speaker.expect("a speaker");
    assert_eq!(
        (s0.mention.text, q.cue.map(|c| c.text)),
        ("Simon Vale", Some("said"))
    );
    // Whatever else the book's quotes get, `described` names no speaker.
    assert!(a.quotes[1..]
        .iter()
        .all(|q| q.cue.map(|c| c.text) != Some("described")));
}

#[test]
fn a_middle_initial_a_is_part_of_the_name_not_an_article() {
    // `A.` spells the article `a`, but with its dot between two names it
    // is an initial: every reading of the name keeps it whole.
    let s = "News of the day\n\nJill A. Martin said the claims had \"no substance.\"\n\n\
        \"We will appeal,\" said Jill A. Martin.\n\n\
        \"It is over,\" Jill A. Martin said.\n\n\
        \"We are done,\" Martin said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Jill A. Martin",
            "Jill A. Martin",
            "Jill A. Martin",
            "Jill A. Martin"
        ]
    );
    assert_eq!(
        speaker_mentions(s),
        [
            Some("Jill A. Martin"),
            Some("Jill A. Martin"),
            Some("Jill A. Martin"),
            Some("Martin")
        ]
    );
}

#[test]
fn an_owner_before_a_surname_alone_names_no_one_in_full() {
    // `Switzerland's Federer` names Roger Federer by surname, with a
    // role: the nearer mention must not hide the full name before it.
    let s = "News of the day\n\nRoger Federer faces Fabrice Santoro.\n\n\
        Switzerland's Federer, seeded one, is the favourite.\n\n\
        \"It is a tricky match,\" Federer said.\n\n\
        Arsenal's Sol Campbell was injured.\n\n\
        \"It is a blow,\" Campbell said.\n";
    assert_eq!(speaker_names(s), ["Roger Federer", "Sol Campbell"]);
    let a = article(s);
    let role = a.quotes[1].speaker.and_then(|s| s.role).map(|r| r.text);
    assert_eq!(role, Some("Arsenal"));
}

#[test]
fn one_of_a_group_is_the_role_whole() {
    // The article before a role goes (`a lawyer`), but `one` heads `one
    // of ...`: without it the role would read `of several critics`.
    let s = "News of the day\n\n\"It is bad,\" said Kevin Williamson, one of several critics at the magazine.\n\n\
             \"It is good,\" said Ann Lee, a lawyer for the firm.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            (
                "Kevin Williamson",
                Some("one of several critics at the magazine")
            ),
            ("Ann Lee", Some("lawyer for the firm"))
        ]
    );
}

#[test]
fn a_pronoun_of_the_other_gender_since_the_speaker_rules_the_speaker_out() {
    // `He` went on about Murphy, whose gender nothing else gives: the
    // `she` after it is the woman named since. A `He` inside a quotation
    // says nothing of the speaker.
    let s = "News of the day\n\n\"Who is the con man here?\" said Murphy on a call.\n\n\
        He was joined on the call by Ilyse Hogue, president of NARAL. \
        She said Rubio \"has failed to do anything.\"\n";
    assert_eq!(speaker_names(s), ["Murphy", "Ilyse Hogue"]);
    let s =
        "News of the day\n\n\"Who is the con man here?\" said Murphy, who called Rubio a fraud. \
        \"He is not honest. He is gone,\" she said.\n";
    assert_eq!(speaker_names(s), ["Murphy", "Murphy"]);
}

#[test]
fn a_pronoun_goes_on_about_the_subject_not_the_object_of_a_sentence() {
    // The nearest name is the object (`New Zealand`, `Thierry Henry`);
    // the sentence is about its subject, which a verb follows (`is`
    // too, which may also stand between a speaker and a cue).
    let s = "News of the day\n\nAll Blacks captain Tama Umaga has warned the Lions.\n\n\
        But Umaga, in England for the match, also backed New Zealand to win the series. \
        He told BBC Sport: \"It is the most fearsome line-up.\"\n";
    assert_eq!(speaker_names(s), ["Tama Umaga"]);
    let s = "News of the day\n\nSpain coach Luis Aragones is furious after being fined for his \
        comments about Thierry Henry.\n\n\
        The 66-year-old criticised his punishment. \"I am not guilty,\" he said.\n";
    assert_eq!(speaker_names(s), ["Luis Aragones"]);
}

#[test]
fn and_joins_a_capitalized_title_to_the_next_role_before_the_name() {
    // `Pennsylvania Gov.` is no name: the phrase goes on past `and` to the
    // person's, as it does after a lowercase title.
    let s = "News of the day\n\n\"He is reprising that role,\" said former Pennsylvania Gov. \
        and Democratic National Committee Chairman Ed Rendell.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [(
            "Ed Rendell",
            Some("former Pennsylvania Gov. and Democratic National Committee Chairman")
        )]
    );
}

#[test]
fn a_cue_with_an_agent_after_it_is_a_passive_and_names_no_speaker() {
    // `measures added by`: the noun before the participle did not speak.
    let s = "News of the day\n\nThe bill stalled over \"poison pill\" clauses added by the committee.\n\n\
        Residents welcomed the \"full\" grant from the Treasury announced by the mayor.\n";
    let a = article(s);
    assert!(a.quotes.iter().any(|q| q.text == "poison pill"));
    for q in &a.quotes {
        assert!(q.cue.is_none(), "{:?} has cue {:?}", q.text, q.cue);
        let mention = q.speaker.map(|s| s.mention.text);
        assert!(
            !matches!(mention, Some("clauses" | "Treasury" | "the Treasury")),
            "{:?} spoken by {mention:?}",
            q.text
        );
    }
}

#[test]
fn continue_before_an_infinitive_reports_no_speech() {
    // After the quote, in its sentence, and after the quote's own
    // sentence: neither `continued to` is a cue.
    let s = "News of the day\n\nThanks to these \"zombie\" machines, junk mail continued to be a problem.\n\n\
        \"We chose it after careful thought,\" said a spokesman for the airline. \"It fits what we need.\" Its rival continues to enjoy a lead in the region.\n";
    let a = article(s);
    assert!(a.quotes.len() >= 2);
    for q in &a.quotes {
        assert!(
            q.cue.is_none_or(|c| !c.text.starts_with("continue")),
            "{:?} has cue {:?}",
            q.text,
            q.cue
        );
    }
    let last_two = &speaker_mentions(s)[a.quotes.len() - 2..];
    assert_eq!(last_two, [Some("a spokesman"), Some("a spokesman")]);
}

#[test]
fn an_adverb_after_a_comma_may_open_an_inverted_attribution() {
    // The name ends the clause: it speaks. With more after it, it is the
    // cue's object.
    let s = "News of the day\n\nThe service could carry \"pet cams\", local news and council TV, too says Ofcom.\n\n\
        The lawsuit, filed in Ohio, also accuses Mr Hale of fraud, alleging he \"took the money and ran\" from the firm.\n";
    let m = speaker_mentions(s);
    assert_eq!(m[0], Some("Ofcom"));
    assert!(!matches!(m[1], Some("Mr Hale" | "Hale")), "{m:?}");
}

#[test]
fn an_opening_curly_mark_set_between_spaces_closes_the_quote_before_it() {
    // `"...Argentina, " said` curled by a word processor, which writes an
    // opening mark after every space: the quote is closed there, and its
    // text holds no space at either end.
    let s =
        "News of the day\n\nMany still wait. \u{201c}The situation is bad for savers, \u{201c} \
             said Carlos Silva, president of AARA. Few recovered much, he estimated. \
             \u{201c}A lot of them invested in good faith,\u{201d} he said.\n";
    let a = article(s);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        [
            "The situation is bad for savers,",
            "A lot of them invested in good faith,"
        ]
    );
    assert_eq!(speaker_names(s), ["Carlos Silva", "Carlos Silva"]);
    check_slices(s, &a);
}

#[test]
fn an_unnamed_source_close_to_or_familiar_with_something_is_the_source() {
    // The adjective and its object follow the head, as a prepositional
    // phrase would, and are no part of it, read before the quote or after.
    let s = "News of the day\n\n\"It is over,\" said a source close to the campaign.\n\n\
        \"It was not convincing,\" a Democrat close to the talks said.\n\n\
        A source familiar with the talks said: \"It is a serious problem.\"\n\n\
        One Democrat familiar with the discussion told reporters it was \"rattled\".\n\n\
        \"It is a fine film,\" said the actress Glenn Close.\n";
    assert_eq!(
        speaker_mentions(s),
        [
            Some("a source"),
            Some("a Democrat"),
            Some("A source"),
            Some("One Democrat"),
            Some("Glenn Close")
        ]
    );
}

#[test]
fn a_body_named_with_for_keeps_its_whole_name() {
    let s = "News of the day\n\nThe National Council for Adoption said the show \"exploits\" sensitive emotions.\n\n\
        The Institute for Fiscal Studies said the plan was \"unaffordable\".\n";
    assert_eq!(
        speaker_names(s),
        [
            "The National Council for Adoption",
            "The Institute for Fiscal Studies"
        ]
    );
}

#[test]
fn quoted_as_saying() {
    let s = "News of the day\n\n\"Next week we will invite them,\" deputy foreign minister Mikhail Bogdanov was quoted as saying by Russian news agencies.\n";
    let a = article(s);
    let q = &a.quotes[0];
    let sp = q.speaker.unwrap();
    assert_eq!(sp.name.text, "Mikhail Bogdanov");
    assert_eq!(sp.role.unwrap().text, "deputy foreign minister");
    assert_eq!(q.cue.unwrap().text, "was quoted as saying");
}

#[test]
fn according_to() {
    let s = "News of the day\n\n\"Prices will rise next year,\" according to the report.\n";
    let a = article(s);
    assert_eq!(
        rows(&a),
        [(
            "Prices will rise next year,",
            "the report",
            "the report",
            Via::Description,
            "according to"
        )]
    );
}

#[test]
fn said_colon_before_quote() {
    let s = "News of the day\n\nThe senator, Jane Smith, said: \"We have the votes.\"\n";
    let a = article(s);
    check_slices(s, &a);
    assert_eq!(rows(&a)[0].1, "Jane Smith");
    assert_eq!(rows(&a)[0].4, "said");
}

#[test]
fn split_quote_shares_the_speaker() {
    let s = "News of the day\n\n\"It is a start,\" John Kerry said, \"but only a start.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].1, "John Kerry");
    assert_eq!(r[1].1, "John Kerry");
    assert_eq!(r[1].0, "but only a start.");
}

#[test]
fn said_on_a_day() {
    let s = "News of the day\n\n\"We are ready.\" Sergei Lavrov said on Tuesday.\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Sergei Lavrov");
}

#[test]
fn attribution_in_the_sentence_before_the_quote_paragraph() {
    let s = "News of the day\n\nIn a statement, Governor Ann Lee said:\n\n\"The roads are closed until Monday.\"\n";
    let a = article(s);
    let q = &a.quotes[0];
    assert_eq!(q.speaker.unwrap().name.text, "Ann Lee");
    assert_eq!(q.paragraph, 1);
}

#[test]
fn pronouns_follow_gender_hints() {
    // Sergei is a man's name: the last speaker is no `she`. (A name
    // that says no gender and speaks right before may be meant.)
    let s = "News of the day\n\n\"Talks start soon,\" spokeswoman Maria Zakharova said.\n\n\
             \"We will invite them,\" Sergei Bogdanov said.\n\n\
             \"They agreed long ago,\" she said.\n\n\
             \"Nothing changed,\" he said.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        (r[2].1, r[2].2, r[2].3),
        ("Maria Zakharova", "she", Via::Pronoun)
    );
    assert_eq!(
        (r[3].1, r[3].2, r[3].3),
        ("Sergei Bogdanov", "he", Via::Pronoun)
    );
}

#[test]
fn descriptions() {
    let s = "News of the day\n\n\"The plant will close,\" officials said.\n\n\"Growth slowed sharply,\" the report said.\n\n\
             \"He will resign,\" a source said.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        r.iter().map(|x| (x.1, x.3)).collect::<Vec<_>>(),
        [
            ("officials", Via::Description),
            ("the report", Via::Description),
            ("a source", Via::Description)
        ]
    );
}

#[test]
fn continuation_paragraph_keeps_mention_and_cue() {
    let s = "News of the day\n\n\"There is no issue,\" he said.\n\n\"Now we are in contact with them.\"\n";
    let mut text =
        String::from("News of the day\n\n\"Talks start soon,\" Mikhail Bogdanov said.\n\n");
    text.push_str(&s[7..]);
    let a = article(&text);
    check_slices(&text, &a);
    let q1 = a.quotes[1].speaker.unwrap();
    let q2 = a.quotes[2].speaker.unwrap();
    assert_eq!(q2.via, Via::Continuation);
    assert_eq!(q2.mention, q1.mention);
    assert_eq!(q2.name.text, "Mikhail Bogdanov");
    assert_eq!(a.quotes[2].cue, a.quotes[1].cue);
}

#[test]
fn multi_paragraph_quote_is_one_entry_per_piece() {
    let s = "News of the day\n\n“We have to be tougher,” Trump said. “We are playing by different rules.\n\n\
             “And we are losing because of it.”\n";
    let a = article(s);
    check_slices(s, &a);
    let r = rows(&a);
    assert_eq!(r.len(), 3);
    assert_eq!(r[1].0, "We are playing by different rules.");
    assert_eq!(r[2].0, "And we are losing because of it.");
    assert!(r.iter().all(|x| x.1 == "Trump"));
}

#[test]
fn all_mark_styles() {
    for (s, want) in [
        (
            "News of the day\n\n“Curly marks,” she said.\n",
            "Curly marks,",
        ),
        (
            "News of the day\n\n``Typewriter marks,'' she said.\n",
            "Typewriter marks,",
        ),
        (
            "News of the day\n\n''Newspaper marks,'' she said.\n",
            "Newspaper marks,",
        ),
        (
            "News of the day\n\n«Guillemets,» she said.\n",
            "Guillemets,",
        ),
        ("News of the day\n\n„Low marks,“ she said.\n", "Low marks,"),
    ] {
        let a = article(s);
        assert_eq!(a.quotes.len(), 1, "{s}");
        assert_eq!(a.quotes[0].text, want);
        assert_eq!(a.quotes[0].speaker.unwrap().mention.text, "she");
    }
}

#[test]
fn apostrophes_and_nested_quotes_stay_inside() {
    let s = "News of the day\n\n“Don’t call it ‘odd,’ it's Clinton’s plan,” Tom Ray said. \"He said 'no' twice,\" Ray added.\n";
    let a = article(s);
    check_slices(s, &a);
    let r = rows(&a);
    assert_eq!(r[0].0, "Don’t call it ‘odd,’ it's Clinton’s plan,");
    assert_eq!(r[1].0, "He said 'no' twice,");
    assert_eq!(r[1].1, "Tom Ray");
}

#[test]
fn unbalanced_mark_does_not_derail_the_rest() {
    let s = "News of the day\n\nHe was 6\" tall and said “nothing at all.\n\n\"Later quotes still count,\" Ann Lee said.\n\n\
             A stray “ mark here. \"And here too,\" Lee added.\n";
    let a = article(s);
    check_slices(s, &a);
    let texts: Vec<_> = a.quotes.iter().map(|q| q.text).collect();
    assert!(texts.contains(&"Later quotes still count,"));
    assert!(texts.contains(&"And here too,"));
    let last = a.quotes.last().unwrap();
    assert_eq!(last.speaker.unwrap().name.text, "Ann Lee");
}

#[test]
fn run_together_quote_paragraphs_share_their_speaker() {
    // BBC texts lose the line breaks of a quote over several paragraphs:
    // each piece is a quote, and all are the speaker's.
    let s =
        "News of the day\n\nCurbishley said after the win: \"I have a lot of faith in him. \"He was going \
             nowhere. \"He is part of our squad.\" Fans were not sure.\n";
    let a = article(s);
    check_slices(s, &a);
    let r = rows(&a);
    let texts: Vec<_> = r.iter().map(|r| r.0).collect();
    assert_eq!(
        texts,
        [
            "I have a lot of faith in him.",
            "He was going nowhere.",
            "He is part of our squad."
        ]
    );
    assert!(r.iter().all(|r| r.1 == "Curbishley"), "{r:?}");
}

#[test]
fn a_run_together_quote_paragraph_may_end_with_an_ellipsis() {
    // The ellipsis as one character ends a paragraph of the quote as three
    // dots do: the next opening mark starts the next paragraph's piece.
    for dots in ["...", "\u{2026}"] {
        let s = format!(
            "News of the day\n\nMr Hart told the radio station: \"We are advised by the \
             engineers{dots} \"What they say is that the bridge will not hold.\"\n"
        );
        let a = article(&s);
        check_slices(&s, &a);
        let r = rows(&a);
        let texts: Vec<_> = r.iter().map(|r| r.0).collect();
        let first = format!("We are advised by the engineers{dots}");
        assert_eq!(
            texts,
            [
                first.as_str(),
                "What they say is that the bridge will not hold."
            ],
            "{dots}"
        );
        assert!(r.iter().all(|r| r.1 == "Hart"), "{r:?}");
    }
}

#[test]
fn quotations_in_single_marks_as_british_papers_set_them() {
    // Curly marks: apostrophes (`don’t`, `the Smiths’ house`, `’90s`)
    // stay apostrophes, and a quote over two paragraphs opens each.
    let s = "Council backs plan\n\n\
             ‘We don’t know yet,’ said council leader Ann Lee. ‘It is the Smiths’ house \
             that matters to us.’\n\n\
             The plan dates from the ’90s. Mr Hart, who opposes it, told the BBC: ‘It will \
             not be built.\n\n\
             ‘Not while I am here.’\n";
    let a = article(s);
    check_slices(s, &a);
    let r = rows(&a);
    assert_eq!(
        r.iter().map(|r| (r.0, r.1)).collect::<Vec<_>>(),
        [
            ("We don’t know yet,", "Ann Lee"),
            ("It is the Smiths’ house that matters to us.", "Ann Lee"),
            ("It will not be built.", "Hart"),
            ("Not while I am here.", "Hart"),
        ]
    );
    // Straight marks, and a quote's paragraphs run together on one line.
    let s = "Council backs plan\n\n\
             'We don't know yet,' said council leader Ann Lee. 'It is early. 'We will \
             decide in May.'\n\n\
             Mr Hart, who opposes it, told the BBC: 'It will not be built.'\n";
    assert_eq!(
        per_quote(s, |q| (q.text, q.speaker.map(|p| p.name.text))),
        [
            ("We don't know yet,", Some("Ann Lee")),
            ("It is early.", Some("Ann Lee")),
            ("We will decide in May.", Some("Ann Lee")),
            ("It will not be built.", Some("Hart")),
        ]
    );
    // Mid-paragraph only, too.
    let s = "Council backs plan\n\nMr Hart, who opposes it, told the BBC: 'It will not be \
             built while I am here.'\n";
    assert_eq!(
        per_quote(s, |q| (q.text, q.speaker.map(|p| p.name.text))),
        [("It will not be built while I am here.", Some("Hart"))]
    );
    // Where double marks hold the quotations, single ones are nested in
    // them or apostrophes, as before.
    let s = "Council backs plan\n\n\
             \"They said 'no' to us,\" said council leader Ann Lee of the '90s plan.\n";
    assert_eq!(per_quote(s, |q| q.text), ["They said 'no' to us,"]);
}

#[test]
fn a_single_mark_after_a_plural_closes_where_no_possessive_can_stand() {
    let texts = |s: &'static str| per_quote(s, |q| q.text);
    // Before a preposition or an article, a mark after an `s` closes.
    let s = "Ruling awaited\n\nThe firm said there was ‘no legal basis’ for the complaints. Its \
             lawyer said: ‘We will fight this.’\n";
    assert_eq!(texts(s), ["no legal basis", "We will fight this."]);
    let s =
        "Ruling awaited\n\n‘Nothing transforms’ the case, Mr Lee said of the players’ claims.\n";
    assert_eq!(texts(s), ["Nothing transforms"]);
    // An opening mark mid-sentence: the quotation before it has closed
    // (it holds none of its own kind).
    let s =
        "Dollar slides\n\nExporters warned of ‘abnormal and dangerous heights’ set in 2002, and \
             of what they called ‘a crisis of confidence’ in the currency.\n";
    assert_eq!(
        texts(s),
        ["abnormal and dangerous heights", "a crisis of confidence"]
    );
    // A lowercase phrase ends in its sentence.
    let s = "New leader\n\nMr Ghosn said it would ensure a ‘seamless’ transition in management. \
             ‘I have full confidence in him,’ Mr Ghosn said.\n";
    assert_eq!(texts(s), ["seamless", "I have full confidence in him,"]);
    // A plural's possessive stays one.
    let s = "Club news\n\n‘It was the players’ first win and the fans’ best day,’ he said.\n";
    assert_eq!(
        texts(s),
        ["It was the players’ first win and the fans’ best day,"]
    );
}

#[test]
fn a_pronoun_means_the_subject_after_a_time_phrase_of_the_sentence_before() {
    // `This week Ed told ...`: a time phrase opens the sentence before its
    // subject, with no comma; the pronoun after the next quote means that
    // subject, not the last name of the sentence.
    for opener in ["This week", "Last year", "Earlier this week"] {
        let s = format!(
            "Singer news\n\nFans say Ed Sheeran is a singer.\n\n{opener} Ed told a magazine that he \
             could set up Taylor with Orlando Bloom. “He is lovely,” he said.\n"
        );
        let a = article(&s);
        assert_eq!(
            a.quotes
                .iter()
                .map(|q| q.speaker.map(|p| p.name.text))
                .collect::<Vec<_>>(),
            [Some("Ed Sheeran")],
            "{opener}"
        );
    }
}

#[test]
fn a_given_name_alone_is_not_read_into_a_title_case_line() {
    // The line in title case would give `Ed Sheeran Wants` for `Ed`.
    let s = "Lena Cole | Writer | 5 days ago\n\n\
             Ed Sheeran Wants To Set Up Taylor Swift, But We Are Not So Sure About His Skills\n\n\
             So in our eyes Ed Sheeran can do no wrong. And we love him.\n\n\
             This week Ed told a magazine that he could set up Taylor with Orlando Bloom. He said \
             “He is lovely.”\n";
    assert_eq!(speaker_names(s), ["Ed Sheeran"]);
}

#[test]
fn single_marks_that_nest_double_ones_set_the_quotations() {
    // British papers nest a quotation in double marks inside single ones.
    let s = "Council backs plan\n\n‘He told me “go home” and I did,’ said council leader Ann \
             Lee. ‘We left,’ she added.\n";
    assert_eq!(
        per_quote(s, |q| (q.text, q.speaker.map(|p| p.name.text))),
        [
            ("He told me “go home” and I did,", Some("Ann Lee")),
            ("We left,", Some("Ann Lee")),
        ]
    );
    // A phrase in single marks before a quotation in double ones nests
    // nothing.
    let s = "Council backs plan\n\nThe ‘Make it Better’ hats sold out. “We are thrilled,” said \
             council leader Ann Lee.\n";
    assert_eq!(per_quote(s, |q| q.text), ["We are thrilled,"]);
}

#[test]
fn a_single_mark_opens_before_a_digit_or_a_bracket_and_closes_between_spaces() {
    let s = "Plans\n\n‘2006 is where it starts,’ said Ed Graczyk. ‘[It] will grow,’ he added. \
             ‘The situation is bad, ‘ said Carlos Baez.\n";
    assert_eq!(
        per_quote(s, |q| (q.text, q.speaker.map(|p| p.name.text))),
        [
            ("2006 is where it starts,", Some("Ed Graczyk")),
            ("[It] will grow,", Some("Ed Graczyk")),
            ("The situation is bad,", Some("Carlos Baez")),
        ]
    );
    // But a decade's apostrophe opens nothing.
    let s = "Plans\n\nIn the '90s it was 'far worse than now,' said Ed Graczyk.\n";
    assert_eq!(per_quote(s, |q| q.text), ["far worse than now,"]);
}

/// Each quote's speaker name and role.
fn names_and_roles<'a>(a: &Article<'a>) -> Vec<(&'a str, Option<&'a str>)> {
    a.quotes
        .iter()
        .map(|q| {
            let s = q.speaker.expect("quote has a speaker");
            (s.name.text, s.role.map(|r| r.text))
        })
        .collect()
}

#[test]
fn a_possessive_ends_a_persons_name_but_an_owner_gives_a_role() {
    let s = "News of the day\n\nThe row over Gordon Brown's Budget grew. Mr Brown said: \"It adds up.\"\n\n\
             Switzerland's Federer won again. \"It was tricky,\" Federer said.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Gordon Brown", None), ("Federer", Some("Switzerland"))]
    );
}

#[test]
fn an_adverb_between_a_name_and_its_cue_is_no_part_of_the_name() {
    let s = "News of the day\n\nThey were noticed by a manager, Paul McGuinness. \
             \"They were brilliant,\" McGuinness recently said.\n\n\
             \"It is over,\" the editorial board recently said.\n\n\
             \"We live in hard times,\" my father often said.\n";
    let r = rows(&article(s));
    assert_eq!((r[0].1, r[0].2), ("Paul McGuinness", "McGuinness"));
    assert_eq!(r[1].2, "the editorial board");
    // An adverb of the table, with no `-ly` to mark it.
    assert_eq!(r[2].2, "my father");
}

#[test]
fn letters_after_a_name_leave_its_surname_the_key() {
    let s = "News of the day\n\nIan MacDonald QC quit the panel. \
             Mr MacDonald told BBC News: \"I am resigning.\"\n\n\
             Donald Trump Jr. spoke. \"We won,\" Donald Trump said.\n";
    // (A generation is no letters after a name: the son is not the
    // father.)
    assert_eq!(speaker_names(s), ["Ian MacDonald", "Donald Trump"]);
}

#[test]
fn a_peers_title_before_the_name_ends_no_role() {
    let s = "News of the day\n\n\"He was great,\" the Lord Chancellor Lord Falconer said.\n\n\
             \"It was fun,\" BBC actress Dame Judi Dench said.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Lord Falconer", Some("Lord Chancellor")),
            ("Judi Dench", Some("BBC actress"))
        ]
    );
}

#[test]
fn a_participle_clause_after_the_name_is_no_role() {
    // `referring to ...` goes on about what was said; `managing director`
    // is a role.
    let s = "News of the day\n\n\"Is it over?\" asked Mr. Kent, referring to the long race. \
             \"It is not,\" said Ann Lee, managing director of Acme.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Kent", None),
            ("Ann Lee", Some("managing director of Acme"))
        ]
    );
}

#[test]
fn a_role_cut_at_a_quoted_title_leaves_no_dangling_word() {
    let s = "News of the day\n\n\"It is a good film,\" said Ann Lee, author of \"Ghost Town,\" \
             on Monday.\n";
    assert_eq!(names_and_roles(&article(s)), [("Ann Lee", Some("author"))]);
}

#[test]
fn a_clause_after_a_names_own_appositive_leaves_the_name_speaking() {
    let s = "News of the day\n\nDan Hale, founder of Acme Media, which backs local news, said the plan \
             was \"a bad idea from the start.\"\n\n\
             Ann Kim, chief executive of Bell Telecom, also at the fair, said: \"We have plans.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Dan Hale", Some("founder of Acme Media")),
            ("Ann Kim", Some("chief executive of Bell Telecom"))
        ]
    );
}

#[test]
fn a_role_word_before_a_name_is_the_role() {
    let s = "News of the day\n\nSinger Sam Endicott said: \"We are ready.\"\n\n\
             \"It was fair,\" Burnley boss Steve Cotterill said.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Sam Endicott", Some("Singer")),
            ("Steve Cotterill", Some("Burnley boss"))
        ]
    );
}

#[test]
fn a_name_before_an_unclosed_appositive_speaks() {
    // No comma closes the appositive before the cue: the name that opens
    // the clause speaks, and the appositive is its role. Places and lists
    // before a comma are no such name.
    let s = "News of the day\n\nColin Asplin, Blackpool Hotel Association said: \"We tried.\"\n\n\
             \"Stay,\" Alois Rhiel, its minister for economic affairs added.\n\n\
             In New York, the company said: \"No.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Colin Asplin", Some("Blackpool Hotel Association")),
            ("Alois Rhiel", Some("minister for economic affairs")),
            ("the company", None)
        ]
    );
}

#[test]
fn adverbs_around_an_inverted_cue_are_no_speaker() {
    let s = "News of the day\n\n\"What a way to finish,\" said Nadal afterwards.\n\n\
             It could serve \"pet cams\", too says BT.\n\n\
             \"We will see,\" Jack Straw has said the referendum would show.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Nadal"), Some("BT"), Some("Jack Straw")]
    );
}

#[test]
fn an_age_is_no_role() {
    let s = "News of the day\n\nJason King, 30, said: \"We won.\"\n\n\
             Ann Lee, the mayor, said: \"We lost.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Jason King", None), ("Ann Lee", Some("mayor"))]
    );
}

#[test]
fn a_full_name_after_a_description_speaks() {
    // `said the role, Name`: the description is the role of the one named;
    // a title after it (no name) leaves the description.
    let s = "News of the day\n\n\"We grew,\" said the company's finance director, John Smith.\n\n\
             \"It is over,\" their manager, Arsene Wenger, said on Friday.\n\n\
             \"No,\" said its chief executive, Sir Howard Newby.\n\n\
             \"Yes,\" said the spokesman, Trade Representative.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("John Smith", Some("company's finance director")),
            ("Arsene Wenger", Some("manager")),
            ("Howard Newby", Some("chief executive")),
            ("the spokesman", None)
        ]
    );
}

#[test]
fn an_unclosed_appositive_after_a_quote_runs_to_the_cue() {
    // `"...," Name, a description Place cue`: with its closing comma
    // missing, the description runs on to the cue; the name that opens it
    // speaks, not the place or the description before the cue.
    let s =
        "News of the day\n\n\"It is shallow,\" Erik van Sebille, a physical oceanographer at the \
             University of New South Wales in Sydney told Reuters.\n\n\
             \"Vote,\" Nate Silver, the polling guru who founded the site tweeted on Wednesday.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            (
                "Erik van Sebille",
                Some("physical oceanographer at the University of New South Wales in Sydney")
            ),
            ("Nate Silver", Some("polling guru"))
        ]
    );
}

#[test]
fn a_name_inside_an_unclosed_appositive_is_the_role() {
    // `Name, a role at Firm said`: the firm the cue follows is part of the
    // appositive, not the speaker.
    let s =
        "News of the day\n\nMatt Williams, a fund manager at Perpetual Trustees said: \"Rates rise.\"\n\n\
             \"Yields fell,\" Anais Faraj, an analyst at Nomura told Reuters.\n\n\
             Mark Serwotka, the leader of the Public and Commercial Services Union said: \"Go.\"\n\n\
             In the end, the head of the Royal Bank said: \"No.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Matt Williams", Some("fund manager at Perpetual Trustees")),
            ("Anais Faraj", Some("analyst at Nomura")),
            (
                "Mark Serwotka",
                Some("leader of the Public and Commercial Services Union")
            ),
            // A role of a body with no name: the description, not the body.
            ("the head of the Royal Bank", None)
        ]
    );
}

#[test]
fn an_unclosed_appositive_with_no_article_is_the_role_when_a_title_ends_it() {
    // `Name, president and CEO of Firm stated`: no article opens the role,
    // but a title ends it before the preposition.
    let s =
        "News of the day\n\nAnthony Anton, president and CEO of Washington Restaurant Association \
             stated, \"It is a math problem.\"\n\n\
             \"We propose a civic commons,\" Will Davies, senior research fellow at the IPPR \
             told the BBC.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            (
                "Anthony Anton",
                Some("president and CEO of Washington Restaurant Association")
            ),
            ("Will Davies", Some("senior research fellow at the IPPR")),
        ]
    );
}

#[test]
fn titles_joined_by_and_are_one_role() {
    let s = "News of the day\n\n\"We grew,\" said chairman and chief executive Bill Ford.\n\n\
             \"We left,\" said the chairman and then left.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Bill Ford", Some("chairman and chief executive")),
            ("the chairman", None)
        ]
    );
}

#[test]
fn a_possessive_before_a_name_is_the_affiliation() {
    // The person is named after the possessive; the owner is the role when
    // none is known. A lowercase word after it is no name.
    let s = "News of the day\n\n\"The race is close,\" said CNN's Gloria Borger. \
             \"It is,\" said Fox\u{2019}s Chris Wallace.\n\n\
             \"We lost,\" said Ann Lee's campaign manager.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Gloria Borger", Some("CNN")),
            ("Chris Wallace", Some("Fox")),
            ("Ann Lee's campaign manager", None),
        ]
    );
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_quotes() {
    let s = "News of the day\n\nThe so-called \"deal\" collapsed. Rep. Robert C. \"Bobby\" Scott spoke on CBS's \"Face the Nation\" \
             about a film titled \"Arrogant\" and the \"Buffett rule.\"\n";
    let a = article(s);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn a_title_after_its_noun_keeps_the_sentence_dot_inside_the_marks() {
    // American style sets the sentence's dot inside the closing mark: the
    // title is still a title, not a quote.
    let s =
        "News of the day\n\nThe scene is scored to the song \"I'll Have To Dance With Cassie.\" \
             He co-edited the book \"Chick Lit: The New Woman's Fiction.\"\n";
    let a = article(s);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    // A sentence of speech after a cue is still a quote.
    let s = "News of the day\n\nShe said in an interview: \"We Will Win This Fight.\"\n";
    assert_eq!(article(s).quotes.len(), 1);
}

#[test]
fn a_long_title_after_a_word_that_leads_titles_is_no_quote() {
    // Nine words and more, each longer one capitalized, after `of` or a
    // book: a title, not the words of the speaker the sentence names.
    let s = "News of the day\n\n\"We were there,\" said Ann Ray, a co-author of \"Those Guys \
             Have All the Fun: Inside the World of the Network.\"\n\n\
             It is in Peter Burrows's book \"Backfire: Carly Fiorina's High-Stakes Battle for the \
             Soul of the Company.\"\n";
    let texts: Vec<_> = article(s).quotes.iter().map(|q| q.text).collect();
    assert_eq!(texts, ["We were there,"]);
    // Speech that long leaves a longer word lowercase: a quote.
    let s = "News of the day\n\nShe spoke of \"The Way We Have All Been Living Since The \
             Storm came\" to the crowd.\n";
    let texts: Vec<_> = article(s).quotes.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        ["The Way We Have All Been Living Since The Storm came"]
    );
}

#[test]
fn a_show_named_with_its_host_and_the_titles_of_a_list_are_not_quotes() {
    // A title leaves `with` lowercase before its host's name; `for` and
    // `including` lead a title as `on` does; a title-case quote joined by
    // `and` to a title is the next title of the list. None of them is a
    // quote of the speaker the sentence names.
    let s = "News of the day\n\n\"We will win,\" Christie said on ABC's \"This Week with George Stephanopoulos.\" \
             He went on.\n\n\
             \"It was wrong,\" Clinton said in an interview with \"Fox News Sunday.\"\n\n\
             \"He's a former president,\" Fiorina told \"Fox and Friends,\" on Monday.\n\n\
             During an interview for \"Dateline on Assignment\" broadcast on Wednesday, Marcel Lehel \
             stated that he had access to the server.\n\n\
             (\"We have persuaded the creators,\" he said.) David Duchovny signed on for \
             \"The X-Files,\" but Jackie Chan was missing.\n\n\
             Pratt, who starred in \"Parks and Recreation\" and \"Guardians of the Galaxy,\" posted \
             the clip.\n\n\
             The band added Latin hits including \"La Gozadera\" and \"Madre Tierra.\"\n";
    let texts: Vec<_> = article(s).quotes.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        [
            "We will win,",
            "It was wrong,",
            "He's a former president,",
            "We have persuaded the creators,"
        ]
    );
    // A chant of short lowercase words is no title, and speech after
    // `and` stays a quote when the quote before it is no title.
    let s =
        "News of the day\n\nClinton supporters responded with chants of \"I'm with her\" until she spoke. \
             He called it \"a disgrace\" and \"Not Acceptable\" in a statement.\n";
    let texts: Vec<_> = article(s).quotes.iter().map(|q| q.text).collect();
    assert_eq!(texts, ["I'm with her", "a disgrace", "Not Acceptable"]);
}

#[test]
fn a_title_that_opens_a_paragraph_after_quoted_speech_goes_on_with_no_speaker() {
    // The paragraph before ends on an attributed quote; a short title-case
    // piece that opens the next one as the subject of its sentence names a
    // work, and a term in quotes opens a sentence about it: neither goes on
    // with the speaker.
    let s = "News of the day\n\n\"It was just meant to be,\" Oscar Isaac said.\n\n\
             \"A Most Violent Year\" hits select theaters on Dec. 31.\n\n\
             \"The mission is to destroy it,\" Jeb Bush said.\n\n\
             \"Containment\" has been policy since the Korean War.\n";
    let texts: Vec<_> = article(s).quotes.iter().map(|q| q.text).collect();
    assert_eq!(
        texts,
        ["It was just meant to be,", "The mission is to destroy it,"]
    );
    // A sentence of speech that opens the paragraph still goes on.
    let s = "News of the day\n\n\"It was just meant to be,\" Oscar Isaac said.\n\n\
             \"We Will Be Back.\" The crew left the set.\n";
    assert_eq!(speaker_names(s), ["Oscar Isaac", "Oscar Isaac"]);
}

#[test]
fn a_title_between_a_cue_and_its_quote_is_part_of_the_sentence() {
    // The walk back from a quote to its cue passes over a show's name, and
    // a short phrase joined by `and` to a label is the next label.
    let s = "News of the day\n\nFirst there was the editor Bret Stephens, who, after a row with Mr. Hannity, \
             said on the MSNBC show \"Morning Joe\" that \"the party became an echo chamber.\"\n\n\
             The service, launched in December and dubbed \"Otoku\" or \"bargain\", has had orders, \
             Softbank said.\n";
    let a = article(s);
    let rows = rows(&a);
    assert_eq!(
        rows,
        [(
            "the party became an echo chamber.",
            "Bret Stephens",
            "Bret Stephens",
            Via::Name,
            "said"
        )]
    );
}

#[test]
fn every_form_of_a_cue_of_manner_is_a_cue() {
    // `laughed` was a cue, `laughs` not: the table writes out every
    // inflection of a cue.
    let s = "News of the day\n\n\"You can call it a peace dividend,\" smiles one broker.\n\n\
             \"No one died, but it was scary at the time,\" laughs Bill Conti.\n\n\
             \"Xavi did things worthy of Maradona,\" the paper beams.\n";
    let a = article(s);
    let cues: Vec<_> = rows(&a).iter().map(|r| (r.2, r.4)).collect();
    assert_eq!(
        cues,
        [
            ("one broker", "smiles"),
            ("Bill Conti", "laughs"),
            ("the paper", "beams")
        ]
    );
}

#[test]
fn a_sentence_adverb_is_no_part_of_a_name_nor_a_speaker() {
    let s = "News of the day\n\nApparently Lindsey was upset. Whether Karenga knew is unclear.\n\n\
             \"It is over,\" Lindsey wrote. \"Framed,\" Karenga said.\n\n\
             Ultimately, there will be, says Mr Donofrio, no value in being \"computer illiterate\".\n";
    let names = speaker_names(s);
    assert_eq!(names, ["Lindsey", "Karenga", "Donofrio"]);
}

#[test]
fn a_name_after_an_inverted_cue_is_whom_the_next_pronoun_means() {
    let s = "News of the day\n\nJeremy Flynn runs the body. Donald Trump spoke.\n\n\
             \"We won,\" said Andrew Bud, a regulator.\n\n\
             Some firms were told to revamp websites, said Mr Flynn. \
             \"We have strict contracts,\" he said.\n\n\
             Representative Mike Coffman denounced the remarks. Mr. Coffman, who represents \
             a district, said Mr. Trump had disrespected troops. \"I am offended,\" he said.\n";
    let names = speaker_names(s);
    // (Flynn: the said before him is his; Trump: the said before him is
    // Coffman's, and Trump is talked about.)
    assert_eq!(names, ["Andrew Bud", "Jeremy Flynn", "Mike Coffman"]);
}

#[test]
fn a_hyphened_participle_is_no_part_of_a_name() {
    let s = "News of the day\n\nTexas-based Matt Mackowiak said: \"Carson is cratering.\"\n\n\
             \"We desperately need to expand,\" said chairman Chung Mong-koo.\n";
    let names = speaker_names(s);
    assert_eq!(names, ["Matt Mackowiak", "Chung Mong-koo"]);
}

#[test]
fn he_is_no_sports_club() {
    let s = "News of the day\n\nKen Bates has completed his takeover of Leeds United. \
             He said: \"I'm delighted.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Ken Bates");
}

#[test]
fn an_academic_title_ends_no_role() {
    let s = "News of the day\n\n\"It is anti-policy,\" MAB spokesman Dr Azzam Tamimi said.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Azzam Tamimi", Some("MAB spokesman"))
    );
}

#[test]
fn a_titled_subject_after_but_is_whom_the_next_pronoun_means() {
    let s = "News of the day\n\n\"We lost,\" Wales coach Mike Ruddock said.\n\n\
             France have struggled this year but captain Fabien Pelous sees hope. \
             \"We are getting better,\" he said.\n\n\
             Union spokesman Jeff Evans said: \"We protest.\" The cuts fund more teachers \
             and police. Piers Freelove is a senior officer. He said: \"We strike.\"\n";
    let names = speaker_names(s);
    // (`police.` ends a sentence: no role before Piers Freelove.)
    assert_eq!(
        names,
        [
            "Mike Ruddock",
            "Fabien Pelous",
            "Jeff Evans",
            "Piers Freelove"
        ]
    );
}

#[test]
fn a_subject_after_a_fronted_phrase_is_whom_the_next_pronoun_means() {
    let s = "News of the day\n\nVince Cable said: \"The sums fail.\" Gordon Brown has spoken.\n\n\
             In Wednesday's Budget, Mr Brown doubled the threshold. \
             \"I will take no risks,\" he said.\n\n\
             \"We will win,\" said Tony Blair. Bernie Ebbers was there.\n\n\
             Speaking in court, Mr Ebbers denied it. \
             \"I did not know,\" he said.\n\n\
             \"No,\" said Michael Howard. Mr Blair, Mr Ebbers and Mr Brown left. \
             \"We go on,\" he said.\n";
    let names = speaker_names(s);
    // (A list of names opens with no preposition: the last speaker keeps
    // the pronoun.)
    assert_eq!(
        names,
        [
            "Vince Cable",
            "Gordon Brown",
            "Tony Blair",
            "Bernie Ebbers",
            "Michael Howard",
            "Michael Howard"
        ]
    );
}

#[test]
fn an_owners_person_named_with_a_given_name_is_a_subject() {
    let s =
        "News of the day\n\n\"I won,\" said Tim Henman. Britain's Jason Gardener won the 60m.\n\n\
             Gardener, part of the relay team, will now turn to the trials in Sheffield.\n\n\
             \"I felt better,\" he said.\n";
    assert_eq!(speaker_names(s), ["Tim Henman", "Jason Gardener"]);
}

#[test]
fn a_person_of_a_place_or_body_is_the_speaker() {
    let s = "News of the day\n\nRep. Tom Cole of Oklahoma said: \"We agree.\"\n\n\
             Eric Schnaible of the PCO said: \"It is over.\"\n\n\
             The Muslim Council of Britain said: \"No.\"\n\n\
             Peter Misselbrook, executive partner of Tods Murray said he would go. \
             He added: \"David has decided.\"\n";
    let names = speaker_names(s);
    assert_eq!(
        names,
        [
            "Tom Cole",
            "Eric Schnaible",
            "The Muslim Council of Britain",
            "Peter Misselbrook"
        ]
    );
}

#[test]
fn a_person_of_a_body_of_a_place_is_the_speaker() {
    // The body's name holds an `of` of its own: the person before both.
    let s = "News of the day\n\nTom Hart of the University of Chicago said: \"We agree.\"\n\n\
             Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told \
             reporters: \"It is over.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Aris Shirvanian"]);
}

#[test]
fn a_person_of_a_firm_and_co_is_the_speaker() {
    // A firm's `and Co` is the end of its name, not a second name after
    // `and`: the person of the firm speaks.
    let s = "News of the day\n\n\"The big number is the debt,\" analyst Jack Kirnan of Kidder \
             Peabody and Co told Reuters.\n\n\
             \"We will swap,\" Jeffrey Miller, of Miller Tabak Hirsch and Co said.\n\n\
             Peter Fellner of James Capel and Co said the budget was \"for an early election\".\n";
    assert_eq!(
        speaker_names(s),
        ["Jack Kirnan", "Jeffrey Miller", "Peter Fellner"]
    );
}

#[test]
fn a_particle_inside_a_name_before_of_is_the_names() {
    // `Van den Brul`: the particle does not end the name before `of`, so
    // the person, not the firm, speaks; nor does it end a name after a
    // title.
    let s = "News of the day\n\nAviation analyst Nick Van den Brul of BNP Paribas described the \
             results as \"pretty modest\".\n\n\
             \"It reflects what happens around us,\" festival director Sandra den Hamer said.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Nick Van den Brul", Some("analyst")),
            ("Sandra den Hamer", Some("festival director"))
        ]
    );
}

#[test]
fn it_stands_for_no_person_named_before_it() {
    // A courtesy title or a given name says the last name before `It` is
    // a person's, whom `it` does not mean (the body described before it
    // is); but a person's statement may be what `it` means.
    let s = "News of the day\n\nChairman Sir Archy Kirkwood said: \"It must be replaced.\"\n\n\
             The committee reached its conclusions. It warned that the agency was \"in crisis\".\n\n\
             Mr Crosby's statement said: \"We are making an impact.\" It added: \"They want to distract.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Archy Kirkwood",
            "The committee",
            "Mr Crosby's statement",
            "Crosby"
        ]
    );
}

#[test]
fn a_match_winner_is_a_role_and_the_person_a_sport_role_stands_for() {
    // `Matchwinner Keane`, `Man-of-the-match Duff`: a role before a
    // surname, no given name; and the titled surname that opens its
    // sentence is whom `the Chelsea star` means.
    let s = "News of the day\n\nIreland won on Saturday. Matchwinner Keane said: \"We had chances.\"\n\n\
             Man-of-the-match Duff explained what went wrong when he fluffed a chance. \
             \"I would have headed that every time,\" said the Chelsea star.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Keane", Some("Matchwinner")), ("Duff", None)]
    );
}

#[test]
fn a_scorer_is_a_role_before_the_name_of_the_next_speaker() {
    // `Double try scorer Martyn Williams was keen ...`: the role before the
    // name of the sentence's subject, who speaks the quote after it.
    let s = "News of the day\n\n\"It is a special moment,\" said Stephen Jones. Double try scorer \
             Martyn Williams was keen not to talk about a Grand Slam. \"We have got more \
             self-belief these days.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Stephen Jones", None),
            ("Martyn Williams", Some("Double try scorer"))
        ]
    );
}

#[test]
fn a_quote_after_a_cue_and_that_is_the_cues_unless_the_cue_after_it_ends_its_clause() {
    // The cue after the quote has an object of its own: it is the next
    // clause's. Ending its clause, it is the quote's.
    let s = "News of the day\n\nBut even as Trump claimed on Tuesday that \"Petraeus got in trouble for \
             far less,\" one of his former prosecutors said the two cases were different.\n\n\
             Comey cannot say that \"from his perspective,\" Lewandowski added.\n";
    assert_eq!(speaker_mentions(s), [Some("Trump"), Some("Lewandowski")]);
}

#[test]
fn where_a_name_spoke_stands_between_it_and_its_cue() {
    // `in his announcement speech`: the setting, not the subject.
    let s = "News of the day\n\nThe rejection was complete when Trump in his announcement speech called \
             immigrants \"rapists\" and more.\n\n\
             Clinton at a rally in Ohio called the plan \"a disaster\" on Monday.\n";
    assert_eq!(speaker_mentions(s), [Some("Trump"), Some("Clinton")]);
}

#[test]
fn a_group_of_people_speaks_not_whom_it_is_of() {
    // `Supporters of Sanders`: the group speaks; the name after `of`, `to`
    // or `for` is no speaker, nor whom a later `he` means.
    let s = "News of the day\n\nSupporters of Sanders argue that it is \"a rigged system\".\n\n\
             Aides to Clinton said the plan was \"dead on arrival\".\n\n\
             Brian Welch told a radio station he would leave. The remaining members of Korn, \
             who are known for rock, said they hoped Welch \"finds happiness\".\n\n\
             \"Anger is a good thing,\" he told the station.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Supporters of Sanders",
            "Aides to Clinton",
            "The remaining members of Korn",
            "Brian Welch"
        ]
    );
}

#[test]
fn a_person_from_a_body_is_the_speaker() {
    // `from` joins a person to a body as `of` does: the person speaks, not
    // the body (nor the last words of its name).
    let s = "News of the day\n\nNigel McCune from the Musicians' Union said it was \"a victory\".\n\n\
             \"It is over,\" David Graham from the FDA's Office of Drug Safety told the \
             hearing.\n\nA statement from the White House said it was \"a matter for the courts\".\n";
    assert_eq!(
        speaker_names(s),
        ["Nigel McCune", "David Graham", "White House"]
    );
}

#[test]
fn a_church_title_says_he() {
    // Aris is in no table of given names: the title says who `he` is,
    // not the last man named.
    let s = "News of the day\n\n\"We lost,\" said Tom Hart.\n\n\
             Archbishop Aris Shirvanian told reporters: \"It is over.\" He added: \"We agree.\"\n\n\
             \"It was a waste,\" said Cardinal Cormac Lee. \"Peace is worth it,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Tom Hart",
            "Aris Shirvanian",
            "Aris Shirvanian",
            "Cormac Lee",
            "Cormac Lee"
        ]
    );
}

#[test]
fn a_given_name_of_either_gender_makes_a_subject_a_person() {
    let s = "News of the day\n\n\"We won,\" said Alan Alda.\n\n\
             And Jamie Foxx, who had two nominations, paid tribute to the director. \
             \"You took a chance, man,\" he said.\n";
    let names = speaker_names(s);
    assert_eq!(names, ["Alan Alda", "Jamie Foxx"]);
}

#[test]
fn he_is_no_one_named_after_to_or_on() {
    let s = "News of the day\n\nSteven Gerrard spoke out ahead of the game at home to Bayer Leverkusen. \
             \"Let's be realistic,\" he told BBC Radio.\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Steven Gerrard");
}

#[test]
fn a_pronoun_after_name_from_firm_said_means_the_person() {
    let s = "News of the day\n\nDominic Hirsch runs a consultancy.\n\n\
             But Mr Hirsch from Retail Banking Research said the risk was low. \
             \"Most banks simply upgrade,\" he said.\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Dominic Hirsch");
}

#[test]
fn the_word_after_a_titles_of_is_the_titles() {
    let s = "News of the day\n\nSecretary of State John Kerry said the deal was good. \
             \"That is life,\" Kerry said.\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "John Kerry");
}

#[test]
fn a_title_word_after_a_given_name_or_initial_and_before_of_is_a_surname() {
    let s = "News of the day\n\n\"It will be hard,\" said Representative Peter T. King of New York.\n\n\
             \"We lost,\" Mary Prince of Lazard said.\n\n\
             \"We are here,\" said King Abdullah of Jordan.\n\n\
             \"We will see,\" said Charlotte Mayor Jennifer Roberts.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        r.iter().map(|r| (r.1, r.2)).collect::<Vec<_>>(),
        [
            ("Peter T. King", "Peter T. King"),
            ("Mary Prince", "Mary Prince"),
            ("Abdullah", "Abdullah"),
            ("Jennifer Roberts", "Jennifer Roberts")
        ]
    );
    let roles: Vec<_> = a
        .quotes
        .iter()
        .map(|q| q.speaker.and_then(|s| s.role).map(|r| r.text))
        .collect();
    assert_eq!(
        roles,
        [
            Some("Representative"),
            None,
            Some("King"),
            Some("Charlotte Mayor")
        ]
    );
}

#[test]
fn a_two_word_role_alone_stands_for_the_person_named_with_it() {
    let s =
        "News of the day\n\nMigrants will face a test, Home Secretary Charles Clarke has said.\n\n\
             The home secretary said the rules would \"ensure we know who is here\".\n\n\
             Foreign Secretary Jack Straw agreed. The prime minister said it was \"fair\".\n\n\
             Tory leader Michael Howard spoke. The Tory leader said it was \"unfair\".\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        r.iter().map(|r| (r.1, r.2, r.3)).collect::<Vec<_>>(),
        [
            ("Charles Clarke", "The home secretary", Via::Description),
            ("The prime minister", "The prime minister", Via::Description),
            ("Michael Howard", "The Tory leader", Via::Description)
        ]
    );
}

#[test]
fn a_co_title_is_a_role() {
    let s = "News of the day\n\n\"We go on,\" Tory co-chairman Liam Fox told the BBC.\n\n\
             CrowdStrike co-founder Dmitri Alperovitch said it was \"a known tactic\".\n";
    let a = article(s);
    let got = names_and_roles(&a);
    assert_eq!(
        got,
        [
            ("Liam Fox", Some("Tory co-chairman")),
            ("Dmitri Alperovitch", Some("CrowdStrike co-founder"))
        ]
    );
}

#[test]
fn revealed_and_beamed_are_cues() {
    let s = "News of the day\n\n\"This has been a really difficult decision,\" Charlie Simpson revealed.\n\n\
             \"This is fantastic!\" beamed Donald Hartley of Madison.\n";
    assert_eq!(speaker_names(s), ["Charlie Simpson", "Donald Hartley"]);
}

#[test]
fn peers_churchmen_and_police_officers_have_titles() {
    let s = "News of the day\n\n\"We cannot assume it,\" said Baroness Susan Greenfield.\n\n\
             \"It is unacceptable,\" said Archbishop Desmond Tutu.\n\n\
             \"They do their job,\" Chief Constable Andy Hayman said.\n";
    let a = article(s);
    let got = names_and_roles(&a);
    assert_eq!(
        got,
        [
            ("Susan Greenfield", Some("Baroness")),
            ("Desmond Tutu", Some("Archbishop")),
            ("Andy Hayman", Some("Chief Constable"))
        ]
    );
}

#[test]
fn words_between_the_article_and_a_title_of_a_place_are_the_titles() {
    let s = "News of the day\n\nThe Roman Catholic Archbishop of Cardiff told the BBC the church wanted \
             people to \"reflect on issues in light of the gospel\" first.\n";
    assert_eq!(
        rows(&article(s))[0].2,
        "The Roman Catholic Archbishop of Cardiff"
    );
}

#[test]
fn a_party_or_nation_before_a_given_name_is_the_role() {
    let s = "News of the day\n\nRepublican Donald Trump spoke first.\n\n\
             \"We will win,\" Trump said.\n\n\
             \"It was hard,\" said American Serena Williams.\n\n\
             The Republican National Committee said it was \"a big day\" for the party.\n\n\
             \"We will not give up,\" said Israeli Benjamin Netanyahu.\n";
    let a = article(s);
    let got = names_and_roles(&a);
    assert_eq!(
        got,
        [
            ("Donald Trump", None),
            ("Serena Williams", Some("American")),
            ("The Republican National Committee", None),
            // Any nation's adjective, not only those of the table's own.
            ("Benjamin Netanyahu", Some("Israeli")),
        ]
    );
}

#[test]
fn a_us_states_noun_or_a_rival_before_a_given_name_is_the_role() {
    let s = "News of the day\n\nCalifornian Thomas Slattery said the suit was \"long overdue\" in court.\n\n\
             \"We will not give up,\" said Texan Rick Perry.\n\n\
             Rival Hillary Clinton said she was \"not convinced\" by the plan.\n";
    let a = article(s);
    assert_eq!(
        names_and_roles(&a),
        [
            ("Thomas Slattery", Some("Californian")),
            ("Rick Perry", Some("Texan")),
            ("Hillary Clinton", Some("Rival")),
        ]
    );
}

#[test]
fn a_pronoun_means_a_spokesmans_body_and_a_name_past_its_relative_clause() {
    let s = "News of the day\n\n\"We won,\" said Alan Jones.\n\n\
             A spokesman for the UK Film Council said the talks went well. \
             \"It was a good day,\" he said.\n\n\
             \"We lost,\" said Alan Jones.\n\n\
             Former Manfred Mann singer Paul Smith, who sang on hits, said he was pleased. \
             \"It was a great day,\" he told the BBC.\n";
    assert_eq!(
        speaker_names(s),
        ["Alan Jones", "UK Film Council", "Alan Jones", "Paul Smith"]
    );
}

#[test]
fn an_adverb_may_stand_between_a_new_spokesman_and_the_verb() {
    // `A ... spokesman later said`: the article brings in one not named,
    // whom `he` means; `The ... spokesman also criticised` is one named
    // before (Mr Tolland), whom `he` goes on meaning.
    let s = "News of the day\n\nParty official Gavin Tolland said the poster was misread. \
             \"It was a joke,\" he said.\n\n\
             A Labour spokesman later said the timing was not affected by the row. \
             \"It had been up for weeks,\" he said.\n\n\
             Mr Tolland told the BBC the row was over. \"It is done,\" he said. \
             The party spokesman also criticised the press. \"They made it up,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Gavin Tolland",
            "A Labour spokesman",
            "Gavin Tolland",
            "Gavin Tolland"
        ]
    );
}

#[test]
fn a_subject_of_no_known_gender_takes_one_from_a_pronoun_in_its_sentence() {
    // `her knees`, with no other name before it, says Pentwick's gender:
    // she is the `she` after the quote, not the woman named last.
    let s = "News of the day\n\nZorla Pentwick won the final.\n\n\
             In front of a home crowd, the 18-year-old beat Mary Brankova in three sets. \
             Pentwick, ranked 134 in the world, sank to her knees after the match against Brankova. \
             \"It is a big moment,\" she said.\n\n\
             \"We lost,\" said Mary Brankova.\n";
    assert_eq!(speaker_names(s), ["Zorla Pentwick", "Mary Brankova"]);
}

#[test]
fn a_capitalized_epithet_before_a_name_is_no_part_of_it() {
    // (`Teenager`, `Veteran`, `Youngster` open a sentence as roles do.)
    let s = "News of the day\n\nTeenager Zorla Pentwick won. \"It is big,\" she said.\n\n\
             Veteran John Krest lost. \"It is over,\" he said.\n";
    assert_eq!(speaker_names(s), ["Zorla Pentwick", "John Krest"]);
}

#[test]
fn they_means_the_police_who_spoke_last() {
    // (`police` is a title too; it names people, whom `they` means.)
    let s = "News of the day\n\nThe band said they were victims of an \"unprovoked attack\". \
             The police said a \"physical altercation\" broke out. The fight went on \
             outside, where \"one officer was kicked\", they said.\n";
    assert_eq!(speaker_names(s), ["The band", "The police", "The police"]);
}

#[test]
fn a_new_speakers_cue_after_the_quote_carried_on_brings_in_the_next_paragraph() {
    // The director speaks last in the paragraph before (no quote of his
    // own there): the quote that opens the next paragraph is his, not a
    // continuation of Dana Merrow's; a cue later in that paragraph keeps
    // its own quote.
    let s = "News of the day\n\nDana Merrow cancelled. She said: \"I am not well.\" \
             The film's director Peter Chelwood said he was disappointed that Merrow did not attend.\n\n\
             \"It's a shame.\" The crowd waited. \"I am so proud of the film,\" she said.\n\n\
             Merrow said: \"I will be back.\" She said she hoped to return soon.\n\n\
             \"It was hard to miss.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Dana Merrow",
            "Peter Chelwood",
            "Dana Merrow",
            "Dana Merrow",
            "Dana Merrow"
        ]
    );
}

#[test]
fn a_subject_after_a_role_of_lowercase_words_is_whom_the_next_pronoun_means() {
    // `shadow home secretary`: a title, the matter of its office and a
    // word that makes it another, all lowercase, before the name.
    let s = "News of the day\n\nHome Secretary Carl Brandt said: \"We act.\"\n\n\
             Conservative shadow home secretary Peter Voss was worried about the powers. \
             He warned: \"It backfires.\"\n";
    assert_eq!(speaker_names(s), ["Carl Brandt", "Peter Voss"]);
}

#[test]
fn an_appositive_between_dashes_is_read_past_to_the_verb() {
    // The speaker phrase and the subject of the sentence before take an
    // appositive set off by spaced dashes; a line with no verb after one
    // opens no subject.
    let s = "News of the day\n\nBorvia Dortwick said it had \"entered a crisis\".\n\n\
             Fund manager Florian Hamm - Borvia Dortwick's largest investor - said he would invest no more. \
             \"I demand better transparency,\" he said.\n\n\
             \"We lost,\" said Alan Jones.\n\n\
             Governor Peter Voss \u{2013} a Denver fan \u{2013} gave a one word answer. \
             \"Denver,\" he answered.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Borvia Dortwick",
            "Florian Hamm",
            "Alan Jones",
            "Peter Voss"
        ]
    );
}

#[test]
fn an_appositive_between_close_set_or_typed_dashes_is_read_past_to_the_verb() {
    // American papers set the em dash close (`Vance—who won—said`): the
    // name before the appositive speaks, and the pronoun after means him,
    // not the speaker quoted before.
    let s = "News of the day\n\nMayor Tom Hart said: \"We are sorry for what happened.\" \
             He met the families on Monday.\n\n\
             Their lawyer, Peter Vance\u{2014}who won the appeal last year\u{2014}said the \
             families were pleased. He said the mayor had spoken with \"real care\", adding: \
             \"It was a good day for all of them.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Peter Vance", "Peter Vance"]);
    // Typed as two hyphens, spaced or set close.
    for dash in [" -- ", "--"] {
        let s = format!(
            "News of the day\n\nMayor Tom Hart said: \"We are sorry for what happened.\" \
             He met the families on Monday.\n\n\
             Their lawyer, Peter Vance{dash}who won the appeal last year{dash}said the \
             families were pleased. He said the mayor had spoken with \"real care\".\n"
        );
        assert_eq!(speaker_names(&s), ["Tom Hart", "Peter Vance"], "{dash:?}");
    }
    // The subject of the sentence before a pronoun's quote too.
    let s = "News of the day\n\nBorvia Dortwick said it had \"entered a crisis\".\n\n\
             Governor Peter Voss\u{2014}a Denver fan\u{2014}gave a one word answer. \
             \"Denver,\" he answered.\n";
    assert_eq!(speaker_names(s), ["Borvia Dortwick", "Peter Voss"]);
    // A close-set en dash or hyphen joins words: no appositive.
    let s = "News of the day\n\nMayor Tom Hart said: \"We are sorry for what happened.\" \
             He met the families on Monday.\n\n\
             The lawyer for 2007\u{2013}09, Peter Vance-Smith, spoke first. \
             \"It was a good day,\" he said.\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Peter Vance-Smith"]);
}

#[test]
fn a_subjects_appositive_may_run_to_a_hundred_and_twenty_bytes() {
    // (The appositive here is 113 bytes long.)
    let s = "News of the day\n\nAnalyst Ian Fogg said: \"It is good.\"\n\n\
             Cory Dalrow, European co-ordinator for the Open Rights Foundation which campaigns \
             for consumers on many online issues, expressed doubts that the system would work. \
             \"Not one of these systems has ever prevented piracy,\" he said.\n";
    assert_eq!(speaker_names(s), ["Ian Fogg", "Cory Dalrow"]);
}

#[test]
fn a_noun_before_a_lowercase_title_is_part_of_the_role() {
    // `British team member Hayley Yelling`: `team` before `member` is the
    // role's, so she is the subject the description after her quote
    // stands for, not the woman the text is about.
    let s = "News of the day\n\nMarta Pellow must decide by Tuesday. British team member Janet Crewe said \
             the team would understand. \"It would be great to have Marta,\" said the \
             European champion.\n";
    assert_eq!(speaker_names(s), ["Janet Crewe"]);
}

#[test]
fn a_subjects_given_name_gives_its_gender_when_no_title_does() {
    // `Mr. Trope` later in the sentence has a title's gender; `Peter`
    // gives the subject his, and the sentence is about the subject.
    let s = "News of the day\n\nPeter Vance, a former director of the Office of Budget, has been pushing \
             for Mr. Trope to own the issue. \"It would help,\" he wrote.\n";
    assert_eq!(speaker_names(s), ["Peter Vance"]);
}

#[test]
fn they_means_the_people_that_open_the_sentence_before() {
    // Indirect speech (`Police said ...`) and no speech (`Analysts were
    // unimpressed`) name no speaker, but the sentence is about them; the
    // mark that closes the quotation before is no part of it.
    let s = "News of the day\n\nIan Fogg said: \"We lost.\" Police said the man was arrested. \
             \"He is in custody,\" they said.\n\n\
             Ian Fogg said: \"We won.\" Analysts were unimpressed. \"It is too little,\" they said.\n";
    assert_eq!(
        speaker_names(s),
        ["Ian Fogg", "Police", "Ian Fogg", "Analysts"]
    );
}

#[test]
fn the_closing_mark_of_a_quote_before_opens_no_sentence_with_a_quotation() {
    // `sentence_start` leaves the mark that closes `"He was generous."` at the
    // start of the next sentence, which holds no quotation of its own.
    let s = "News of the day\n\nHost Esther Roan said he was \"lovely\".\n\n\
             Fletcher was praised by his friend Michael Poin. \"He was kind,\" Mr Poin said. \
             \"He was generous.\" Fletcher's daughter Jill said her father would be missed. \
             \"He was loved,\" she said.\n";
    assert_eq!(
        speaker_names(s),
        ["Esther Roan", "Michael Poin", "Michael Poin", "Jill"]
    );
}

#[test]
fn a_subject_may_take_an_appositive_that_opens_with_a_capital() {
    let s = "News of the day\n\nPeter Hain made the claim.\n\n\"We won,\" said Alan Jones.\n\n\
             Mr Hain, Leader of the Commons, told the BBC that the stance was wrong. \
             He then accused the Tory leader of behaving like an \"attack mongrel\".\n";
    assert_eq!(speaker_names(s), ["Alan Jones", "Peter Hain"]);
}

#[test]
fn the_stops_inside_the_pronouns_own_quotation_end_no_sentence_between() {
    let s = "News of the day\n\n\"We won,\" said Alan Jones.\n\n\
             Ian Fogg, Jupiter Research analyst, thinks there could be money in it. \
             \"It is a nascent area. It is yet another area,\" he says.\n\n\
             \"We lost,\" said Lib Dem spokesman Alan Jones.\n\n\
             Gordon Brown earmarked money for it. But the Lib Dem spokesman questioned whether \
             that money was there. He urged the government to scrap the \"grossly unfair\" tax.\n";
    // (Two sentences outside quotes stand between Gordon Brown and `He`;
    // the spokesman who speaks last is the one named with that role.)
    assert_eq!(
        speaker_names(s),
        ["Alan Jones", "Ian Fogg", "Alan Jones", "Alan Jones"]
    );
}

#[test]
fn an_indefinite_spokesman_is_no_one_named_with_the_role_before() {
    // `A spokesman` brings in someone not named; `the Labour spokesman`
    // means the one named so before.
    let before = "News of the day\n\nLabour spokesman John Smith said the plan had failed.\n\n";
    let after = " said the vote would go ahead. He added: \"We will not back down.\"\n";
    let unnamed = format!("{before}A spokesman{after}");
    let named = format!("{before}The Labour spokesman{after}");
    assert_eq!(speaker_names(&unnamed), ["A spokesman"]);
    assert_eq!(speaker_names(&named), ["John Smith"]);
}

#[test]
fn a_plural_possessive_mark_is_read_with_its_word() {
    // Before the cue and after it: the owner is the phrase's, or the
    // person's role.
    let before = "News of the day\n\n\"We lost,\" Sanders’ campaign manager said.\n";
    assert_eq!(speaker_names(before), ["Sanders’ campaign manager"]);
    let after = "News of the day\n\n\"We lost,\" said Ladbrokes' Warren Lush.\n";
    assert_eq!(
        first_name_and_role(after),
        ("Warren Lush", Some("Ladbrokes"))
    );
    // A body whose name holds a plural's mark is no owner and its person.
    let body = "News of the day\n\n\"We lost,\" the Musicians' Union said.\n";
    assert_eq!(first_name_and_role(body), ("the Musicians' Union", None));
    // With the owner the phrase is no subject (it follows `was`): the
    // phrase after the mark is the one `who` stands for.
    let who =
        "News of the day\n\nSinger Sam Endicott said he felt \"great\". One of the experts was \
               The Times' music critic Paul Connolly, who said they were \"spiky\".\n";
    assert_eq!(speaker_names(who), ["Sam Endicott", "Paul Connolly"]);
}

#[test]
fn critics_pundits_and_campaigners_are_roles() {
    let s = "News of the day\n\n\"It is ahead,\" said awards pundit Tom O'Neil.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Tom O'Neil", Some("awards pundit"))
    );
    let s = "News of the day\n\nThe music critic Paul Connolly said they were \"spiky\".\n";
    assert_eq!(
        first_name_and_role(s),
        ("Paul Connolly", Some("music critic"))
    );
}

#[test]
fn a_name_after_the_nouns_that_open_a_sentence_is_read_whole() {
    // With no cue, the sentence's subject: an article and four nouns
    // before the name's last word leave none of it out.
    let s = "News of the day\n\nThe Guardian's film critic Peter Bradshaw felt that there \
             \"might well be\" a sweep of awards.\n";
    assert_eq!(speaker_names(s), ["Peter Bradshaw"]);
}

#[test]
fn fragment_in_reported_speech_is_a_quote() {
    let s = "News of the day\n\nTrump called the code \"unfair\" on Monday.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].0, r[0].1, r[0].4), ("unfair", "Trump", "called"));
}

#[test]
fn idempotent() {
    let s = "News of the day\n\n\"A,\" Ann Lee said. \"B and more.\"\n\n\"C is next,\" she said.\n";
    let mut a = article(s);
    let before = a.clone();
    newsparse::Pass::run(&newsparse::passes::Quotes::default(), &mut a);
    assert_eq!(a, before);
}

#[test]
fn sample_article() {
    let s = include_str!("../examples/sample/ndtv-lavrov-de-mistura.txt");
    let a = article(s);
    check_slices(s, &a);
    let got: Vec<_> = a
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.unwrap();
            (
                q.span.start,
                q.span.end,
                sp.name.text,
                sp.mention.span.start,
                sp.via,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (319, 450, "Maria Zakharova", 489, Via::Name),
            (1466, 1524, "Mikhail Bogdanov", 1550, Via::Name),
            (1615, 1683, "Mikhail Bogdanov", 1685, Via::Pronoun),
            (1695, 1803, "Mikhail Bogdanov", 1685, Via::Continuation),
        ]
    );
    assert_eq!(a.quotes[2].cue.unwrap().span.start, 1688);
}

#[test]
fn many_marks_stay_linear() {
    // Not timed: these finish quickly only if the pass is linear.
    let mut s = String::from("News of the day\n\n");
    s.push_str(&"\"".repeat(1_000_000));
    s.push_str("\n\n");
    // Long runs of apostrophes and backquotes: read once, not from each
    // of their bytes.
    s.push_str(&"'".repeat(200_000));
    s.push_str(&"`".repeat(200_000));
    s.push_str("\n\n");
    for _ in 0..10_000 {
        s.push_str("“a ‘b “c ");
    }
    s.push_str("\n\n");
    for _ in 0..10_000 {
        s.push_str("\"x,\" he said, ");
    }
    s.push_str("\n\n");
    // A pronoun with no name before it, a paragraph each: each looks
    // back for a name only so far.
    for _ in 0..10_000 {
        s.push_str("\"x,\" I said.\n\n");
    }
    // Many short unattributed pieces in one sentence.
    for _ in 0..20_000 {
        s.push_str("\"a b\" and ");
    }
    s.push_str("\n\n");
    // Many cues and apostrophes with no quote until the end.
    for _ in 0..20_000 {
        s.push_str("officials said it's ");
    }
    s.push_str("\"the end of it all, really,\" he said.");
    let a = article(&s);
    check_slices(&s, &a);
    assert!(a.quotes.len() >= 20_000);
}

#[test]
fn many_names_stay_linear() {
    // Not timed: these finish quickly only if the pass is linear. Made-up
    // surnames, each different: `Bakan`, `Dekan`, ...
    let surname = |mut i: usize| {
        let mut w = String::new();
        loop {
            w.push(b"BDFGKLMNPRSTVZ"[i % 14] as char);
            i /= 14;
            w.push(b"aeiou"[i % 5] as char);
            i /= 5;
            if i == 0 {
                return w + "n";
            }
        }
    };
    let mut s = String::from("News of the day\n\n");
    // One name quoted many times.
    for _ in 0..20_000 {
        s.push_str("\"Yes,\" said Foreign Minister Sergei Lavrov of Russia. ");
    }
    s.push_str("\n\n");
    // Many names, quoted once each.
    for i in 0..20_000 {
        s.push_str(&format!("\"Yes,\" {} said.\n\n", surname(i)));
    }
    // Many titled names, then pronouns that look for one of their gender.
    for i in 0..20_000 {
        s.push_str(&format!("Mr {} went home. ", surname(i)));
    }
    s.push_str("\"No,\" she said. \"No,\" he said.");
    let a = article(&s);
    check_slices(&s, &a);
    assert!(a.quotes.len() >= 40_000);
    assert_eq!(a.quotes[0].speaker.unwrap().name.text, "Sergei Lavrov");
}

#[test]
fn cue_before_the_next_quote_belongs_to_it() {
    let s = "News of the day\n\nBrafman said, \"The zeal of this case was unusual.\" He added, \"We won anyway.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("Brafman", "said"));
    assert_eq!((r[1].2, r[1].4), ("He", "added"));
    assert_eq!(r[1].1, "Brafman");
}

#[test]
fn previous_sentence_attribution() {
    let s = "News of the day\n\nThe deal is off, Adam Schiff said. \"The other factor is the election itself.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Adam Schiff");
}

#[test]
fn sentence_subject_without_listed_cue() {
    let s = "News of the day\n\nAt a rally, Trump compared the refugees to a \"vicious snake\" in a song.\n";
    let a = article(s);
    let q = &a.quotes[0];
    assert_eq!(q.speaker.unwrap().name.text, "Trump");
    assert!(q.cue.is_none());
}

#[test]
fn sentence_subject_skips_places_and_openers() {
    let s = "News of the day\n\nSpeaking in Salem, New Hampshire, Trump went after Bush, calling him \"a low-energy guy\" in a speech.\n\n\
        Hours later, Clinton answered, calling the remark \"beneath the office\" on the trail.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[1].1), ("Trump", "Clinton"));
}

#[test]
fn cue_inside_a_relative_clause_is_attributed_to_who() {
    let s = "News of the day\n\nGlenn Beck, who has in the past described Trump as \"a dangerous man\" on air, spoke.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        (r[0].1, r[0].2, r[0].3),
        ("Glenn Beck", "who", Via::Pronoun)
    );
}

#[test]
fn later_quote_of_a_cued_sentence_keeps_its_speaker() {
    let s = "News of the day\n\nTed Cruz says his \"friend and colleague\" Marco Rubio ran \"an optimistic campaign focused on the future\" in the state.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[1].1), ("Ted Cruz", "Ted Cruz"));
}

#[test]
fn signature_paragraph_after_the_quote() {
    let s = "News of the day\n\n\"The idea that I would dismantle health care in America is absurd.\"\n\n- Bernie Sanders.\n\nThe senator exaggerates.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Bernie Sanders", "-"));
}

#[test]
fn cueless_quote_is_not_given_a_sentence_opening_word() {
    let s = "News of the day\n\nPerhaps young voters prefer his call for \"a fair economy that works for all of us\" above all.\n";
    let a = article(s);
    assert!(a
        .quotes
        .iter()
        .all(|q| q.speaker.map_or(true, |s| s.mention.text != "Perhaps")));
}

#[test]
fn whose_clause_with_commas_before_the_cue() {
    let s = "News of the day\n\nMarco Rubio, whose hometown, Miami, may be underwater soon, argues that such efforts \"will cost jobs and hurt the economy badly.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Marco Rubio");
}

#[test]
fn participle_after_a_quote_is_not_a_speaker() {
    let s = "News of the day\n\nMiller said he is hopeful the new bill can be \"the best of both worlds,\" giving states more power, but still protecting the poor.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Miller", "said"));
}

#[test]
fn participle_extends_the_cue_before_it() {
    let s = "News of the day\n\nRyan and Trump will meet sometime next week, Sean Spicer said, adding, \"We look forward to a productive meeting.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Sean Spicer");
}

#[test]
fn passive_cue_takes_its_agent() {
    let s = "News of the day\n\nRubio was asked by moderator Gerard Baker whether his plan would risk \"adding to the deficit for many years to come.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Gerard Baker");
}

#[test]
fn passive_cue_takes_its_agent_after_the_quote() {
    let s = "News of the day\n\nThe plan has been described as \"a costly mistake\" by the Dover Harbour Board.\n\nHer remarks were described as \"reckless\" by Tom Hale, who read them.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[1].1), ("Dover Harbour Board", "Tom Hale"));
}

#[test]
fn signed_quote_with_a_dash() {
    let s = "News of the day\n\n“We need law and order in every city.” ― Karen Bobadilla\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Karen Bobadilla", "―"));
}

#[test]
fn transcript_layout_is_not_one_long_quote() {
    let mut s = String::from("News of the day\n\n");
    for i in 0..8 {
        s.push_str(&format!(
            "\"SPEAKER{i}: Line number {i} of the transcript goes on here.\n\n"
        ));
    }
    let a = article(&s);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn corpus_articles_keep_the_invariants() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/polnear/dev/text"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipping: corpus not found at {dir}");
        return;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        let a = article(&text);
        check_slices(&text, &a);
        assert!(a
            .quotes
            .windows(2)
            .all(|w| w[0].span.start < w[1].span.start));
        n += 1;
    }
    assert!(n > 0);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "\"",
            "“",
            "”",
            "‘",
            "’",
            "'",
            "''",
            "``",
            "«",
            "»",
            "„",
            " ",
            "\n\n",
            ",",
            ".",
            " said ",
            " he ",
            "Ann Lee",
            " told ",
            "AFP",
            ":",
            " the report ",
            "word",
            "—",
        ])
    }

    proptest! {
        #[test]
        fn any_mix_of_marks_keeps_invariants(parts in prop::collection::vec(piece(), 0..80)) {
            let body: String = parts.concat();
            let text = format!("News of the day\n\n{body}");
            let mut a = article(&text);
            check_slices(&text, &a);
            let before = a.clone();
            newsparse::Pass::run(&newsparse::passes::Quotes::default(), &mut a);
            prop_assert_eq!(a, before);
        }
    }
}

#[test]
fn courtesy_titles_are_not_roles_but_hint_gender() {
    let s = "News of the day\n\n\"Calls are up,\" said Cara Diemont of IDC.\n\n\"Costs are down,\" said Tom Ray.\n\n\
             \"It works,\" Ms Diemont says.\n\n\"We agree,\" she says.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(r[2].1, "Cara Diemont");
    assert!(a.quotes[2].speaker.unwrap().role.is_none());
    assert_eq!((r[3].1, r[3].3), ("Cara Diemont", Via::Pronoun));
}

#[test]
fn she_finds_a_woman_named_before_even_if_she_never_spoke() {
    let s = "News of the day\n\n\"It is not reform,\" said Douglas Holtz-Eakin, an economist.\n\n\
             Mrs. Clinton has a plan. She would also close the ''carried interest'' loophole, she said.\n";
    let mut text = String::from(s);
    text.insert_str(17, "Hillary Clinton spoke on Monday.\n\n");
    let a = article(&text);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "carried interest")
        .unwrap();
    let sp = q.speaker.unwrap();
    assert_eq!((sp.name.text, sp.via), ("Hillary Clinton", Via::Pronoun));
}

#[test]
fn outer_cue_reports_the_inner_speaker() {
    let s = "News of the day\n\nTrump said during a rally in Michigan that Clinton once described the deal as \"the gold standard\" of trade deals.\n\n\
        A woman asked for a photo and Clinton said, \"as long as we are not violating any election laws.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("Trump", "described"));
    assert_eq!(r[1].2, "Clinton");
}

#[test]
fn according_to_in_the_sentence_names_the_source() {
    let s = "News of the day\n\nAccording to a pool reporter, Obama said \"there is love\" in Orlando.\n\n\
        \"It is of utmost importance,\" Sanders said, according to CNN.\n\n\
        \"We won.\" The victory, according to Smith, was close.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("a pool reporter", "According to"));
    assert_eq!((r[1].2, r[1].4), ("CNN", "according to"));
    assert!(r.iter().all(|r| r.2 != "Smith"));
}

#[test]
fn party_and_state_abbreviation_does_not_end_the_sentence() {
    let s = "News of the day\n\nSen. Ron Johnson, R-Wis., said in an op-ed piece before a Senate hearing, \"The State Department failed to honor repeated requests.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Ron Johnson");
}

#[test]
fn infinitive_cue_takes_the_subject_of_its_verb() {
    let s = "News of the day\n\nThe debate was so subdued that Mr. Trump was prompted to say, \"So far, I cannot believe how civil it has been up here.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Trump", "say"));
}

#[test]
fn unlisted_adverb_before_a_cue_is_skipped() {
    let s = "News of the day\n\nThe issue grew after the debate, when Hillary Clinton boldly suggested that Donald Trump \"does not want the American people to know what he pays.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Hillary Clinton");
}

#[test]
fn that_clause_after_a_quote_is_not_a_speaker() {
    let s = "News of the day\n\nCity Attorney Brad Holm said in the letter that the advertisement \u{201c}unmistakably and wrongfully\u{201d} suggests that Phoenix and its officers support the campaign.\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Brad Holm");
}

#[test]
fn lowercase_description_after_an_opening_phrase_is_a_subject() {
    let s = "News of the day\n\nAlthough there is no overlap, a White House official who spoke anonymously said Wednesday, \"Certainly there are discussions between the two camps.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].2, "a White House official");
}

#[test]
fn owner_of_a_speech_noun_is_the_speaker() {
    let s = "News of the day\n\nPolitifact seized on Donald Trump\u{2019}s claim that there have been \u{201c}thousands of shootings\u{201d} in Chicago.\n\n\
        Mrs. Maria Lopez spoke next. Contrary to her claim that voters would \u{201c}learn nothing,\u{201d} there would be a wealth of information.\n\n\
        Later, Trump\u{2019}s statement was rated \u{201c}true\u{201d} by the site.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Donald Trump", "claim"));
    assert_eq!(
        (r[1].1, r[1].2, r[1].3),
        ("Maria Lopez", "her", Via::Pronoun)
    );
    assert_eq!(r.len(), 2);
}

#[test]
fn a_comma_between_that_and_the_quote_keeps_the_speech_nouns_owner() {
    let s = "News of the day\n\nSen. Ann Lee spoke in Ohio in March. Miners are unlikely to back her after her March comment that, \"We are going to put coal miners out of business.\"\n\n\
        Tom Hart made the remark that, he said, was \"misheard.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Ann Lee"), Some("comment")),
            (Some("Tom Hart"), Some("said"))
        ]
    );
}

#[test]
fn an_as_clause_with_a_cue_is_its_subjects() {
    // `As X put it:`: the subject of the clause speaks, though its phrase
    // runs on with a body after `of`; not the `it` the cue ends with.
    let s = "News of the day\n\nBuilding a PC is hard. As Gavin Cox of the website put it: \"It will be \
             tough to obtain a PC.\"\n\n\
             As Jane Doe of the local council said, \"We will not pay.\"\n";
    assert_eq!(speaker_mentions(s), [Some("Gavin Cox"), Some("Jane Doe")]);
}

#[test]
fn a_when_clause_that_holds_the_quote_has_its_own_subject() {
    let s = "News of the day\n\nRubio spoke on Monday. When Cruz knocked Rubio on trade and called him a \"moderate,\" it was a subtle dig.\n\n\
        When he arrived, Sen. Ann Lee said: \"It is fine.\"\n\n\
        Trump and Clinton have \"very different strategic goals,\" Silverman said. While Trump is \"brand building,\" Clinton is converting her traffic into actions.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Cruz"), Some("called")),
            (Some("Ann Lee"), Some("said")),
            (Some("Silverman"), Some("said")),
        ]
    );
}

#[test]
fn a_word_before_a_subordinator_opens_no_subject() {
    let s = "News of the day\n\nEver since she endorsed Mrs. Clinton this month, Ms. Ann Warren has been a powerful surrogate, visiting the campaign with a simple message: \"Don't screw this up!\"\n\n\
        Obama since then has had one message: \"Vote.\" Many voters like Obama.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Ann Warren"), Some("Obama")]
    );
}

#[test]
fn a_call_to_someone_to_do_something_is_a_telephone_call() {
    let s = "News of the day\n\n\"People have every right to be angry,\" Sen. Ann Lee said in a brief speech after she called Sanders to congratulate him. \"What are we going to do?\"\n\n\
        Tom Hart called Sanders a \"fraud.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Ann Lee"), Some("said")),
            (Some("Ann Lee"), Some("said")),
            (Some("Tom Hart"), Some("called")),
        ]
    );
}

#[test]
fn a_phrase_after_a_cue_of_blame_or_praise_is_its_object() {
    let s = "News of the day\n\nRepublican candidate Donald Trump spoke on Monday. Trump further summed up Clinton as \"terrible,\" denounced her record as secretary of state and said she should not run.\n\n\
        \"Don't you care about the Inuit?\", implored campaigner Barry Lim.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Donald Trump"), Some("Barry Lim")]
    );
}

#[test]
fn people_named_by_a_plural_speak_after_a_participle() {
    let s = "News of the day\n\nThe demonstrators marched on Monday, chanting \"We want Bernie,\" and waving signs.\n\n\
        Some delegates complained that the show lacked \"wow factor.\"\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("The demonstrators"), Some("Some delegates")]
    );
}

#[test]
fn an_and_after_a_title_joins_two_roles_of_one_person() {
    let s = "News of the day\n\nBrent Bozell, PTC president and conservative activist said: \"MTV is selling sex to kids.\"\n\n\
        The feminist writer and broadcaster said the show had behaved \"like a child.\"\n\n\
        The former first lady and senator said it was \"a mistake\" to use the account.\n";
    assert_eq!(
        per_quote(s, |q| q
            .speaker
            .map(|s| (s.name.text, s.role.map(|r| r.text)))),
        [
            Some((
                "Brent Bozell",
                Some("PTC president and conservative activist")
            )),
            Some(("The feminist writer and broadcaster", None)),
            Some(("senator", None)),
        ]
    );
}

#[test]
fn a_modal_and_only_may_stand_between_a_speaker_and_the_cue() {
    let s = "News of the day\n\nIt was so odd that Tom Hart would only say: \"I guess it was booked.\"\n\n\
        The scheduling was so odd that Ann Lee could only quip: \"I guess Christmas Eve was booked.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Tom Hart"), Some("say")),
            (Some("Ann Lee"), Some("quip")),
        ]
    );
}

#[test]
fn quote_sentence_after_a_sentence_about_someone() {
    let s = "News of the day\n\nOn the show, Sen. Bernie Sanders identified exhaustion with bigotry as one of the reasons. \"The younger people are sick and tired of discrimination and racism.\"\n";
    let a = article(s);
    assert_eq!(rows(&a)[0].1, "Bernie Sanders");
}

#[test]
fn relative_which_before_a_cue_is_the_mention() {
    let s = "News of the day\n\nThey turned to the Chicago Police Department, which reported \u{201c}2,521 shooting incidents\u{201d} in the city this year.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(
        (r[0].2, r[0].3, r[0].4),
        ("which", Via::Pronoun, "reported")
    );
}

#[test]
fn relative_which_stands_for_the_phrase_right_before_it() {
    let s = "News of the day\n\nThe government has faced pressure from exporter organisations which have stated that the currency has further to fall from \"abnormal heights\" set in 2002.\n\n\
        They previously asked that a line from the movie's poster, which claimed the film portrayed \"the true story of the blasts\", be removed.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].2), ("exporter organisations", "which"));
    assert_eq!((r[1].1, r[1].2), ("the movie's poster", "which"));
}

#[test]
fn a_new_sentence_after_a_full_stop_quote_is_not_its_attribution() {
    let s = "News of the day\n\nHunter told Politico that he favors Trump because \u{201c}we need a leader as president.\u{201d} He also said he\u{2019}s \u{201c}liked Trump since the beginning.\u{201d}\n\n\
        Clinton called him \u{201c}the best recruiter.\u{201d} She also said that \u{201c}they are going to use his words.\u{201d}\n\n\
        Mary Smith described the plan as \u{201c}a real step forward.\u{201d} He said he\u{2019}s \u{201c}ready to vote for it.\u{201d}\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Hunter", "told"));
    assert_eq!((r[2].1, r[2].4), ("Clinton", "called"));
    assert_eq!((r[4].1, r[4].4), ("Mary Smith", "described"));
}

#[test]
fn a_title_between_marks_does_not_cut_the_sentence() {
    let s = "News of the day\n\nTrump and Clinton vied for the title.\n\nClinton, the former secretary of State, stressed her support of the raid during a \"Commander-in-Chief Forum\" sponsored by NBC News and said she has the essential quality for the job of president: \"Steadiness -- an absolute rock steadiness, and mixed with strength.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(r[0].1, "Clinton");
}

#[test]
fn pronoun_of_a_relative_clause_gives_way_to_the_sentence_subject() {
    let s = "News of the day\n\nRubio said he has begun to expose Trump, whom he called a \u{201c}con artist.\u{201d}\n\n\
        Hillary Clinton says Americans are \u{201c}right to be angry,\u{201d} but also hungry for what she calls \u{201c}real solutions.\u{201d}\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(r[0].2, "Rubio");
    assert_eq!(r[2].2, "Hillary Clinton");
}

#[test]
fn according_to_as_a_found_cue_takes_the_phrase_after_it() {
    let s = "News of the day\n\n\"When does it stop?\" the judge said, according to the Post. \"This case is about the public's right to know.\"\n\n\
        More than 100,000 people took part in a nationwide \"walk-in\" at 2,000 schools, according to the event organizer.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!(r[1].2, "the Post");
    assert_eq!((r[2].2, r[2].4), ("the event organizer", "according to"));
}

#[test]
fn according_to_an_object_pronoun_is_a_pronoun_and_to_a_possessive_no_source() {
    let s = "News of the day\n\nJane Lee met the board on Monday. According to her, \"it went badly\".\n\n\
        John Hale met the board too. \"It went well,\" according to him.\n\n\
        Voters are sorted according to their last known intention, from \"Labour (firm)\" to \"target\".\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].2, r[0].3), ("Jane Lee", "her", Via::Pronoun));
    assert_eq!((r[1].1, r[1].2, r[1].3), ("John Hale", "him", Via::Pronoun));
    assert!(r[2..].iter().all(|r| r.2 != "their"), "{r:?}");
}

#[test]
fn a_reflexive_after_a_cue_word_is_no_inverted_speaker() {
    // `answers` is a noun here, and `himself` says who gave them.
    let s = "News of the day\n\nMs Lane said the chief often passed questions to his deputy, giving only \"brief\" answers himself.\n";
    let m = speaker_mentions(s);
    assert!(!m.is_empty());
    assert!(m.iter().all(|m| *m != Some("himself")), "{m:?}");
}

#[test]
fn object_which_keeps_its_pronoun() {
    let s = "News of the day\n\nDeSantis said he backs bills that target accreditation bodies, which he called \u{201c}a cartel for higher education.\u{201d}\n\n\
        Trump doubled down on tweets in which he called a former Miss Universe \u{201c}disgusting\u{201d} on Friday.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].3), ("he", Via::Pronoun));
    // (After `in which`, the pronoun stays the mention and means the
    // sentence's subject.)
    assert_eq!((r[1].1, r[1].2), ("Trump", "he"));
}

#[test]
fn capitalized_pronoun_after_a_full_stop_quote_opens_a_new_sentence() {
    let s = "News of the day\n\nTrump says the game has changed because \u{201c}football has become soft like the country.\u{201d} He says referees throw flags all the time.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("Trump", "says"));
}

#[test]
fn weekday_then_that_clause_opens_a_new_sentence() {
    let s = "News of the day\n\nSanders called the suspension \u{201c}arbitrary.\u{201d} Josh Hendler, a top operative, warned Saturday that the move could damage the party.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("Sanders", "called"));
}

#[test]
fn question_then_asked_the_person() {
    let s = "News of the day\n\nNBC's Chuck Todd raised the tweet. \u{201c}Did you know it was Mussolini?\u{201d} Todd asked the real estate mogul.\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].2, r[0].4), ("Todd", "asked"));
}

#[test]
fn speech_noun_then_was_colon() {
    let s = "News of the day\n\nThe letter told her of the deaths. Clinton\u{2019}s response was: \u{201c}Is the store off Connecticut Avenue or Wisconsin?\u{201d}\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Clinton", "response"));
}

#[test]
fn a_name_in_apposition_to_the_sentences_subject_speaks_for_a_later_cue() {
    // The cue `added` is read back to the sentence's subject, a
    // description with a name in apposition: the name speaks.
    let s = "News of the day\n\nThe chief executive, John Smith, agreed the plan was bad but added that \"its effects are limited\".\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("John Smith", "added"));
    // `the Lord Chancellor` is an office, and a peer's title and surname
    // are a full name.
    let s = "News of the day\n\nThe Lord Chancellor, Lord Falconer, agreed the act was unfair but added that \"its effects are limited\".\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[0].4), ("Lord Falconer", "added"));
}

#[test]
fn a_cue_that_opens_the_sentence_before_its_speaker_is_no_part_of_the_name() {
    let s = "News of the day\n\nHe left the club. Said Williams: \"We are sorry to see him go.\" Said Wales assistant coach Scott Johnson: \"We are not.\"\n";
    let a = article(s);
    let r = rows(&a);
    assert_eq!((r[0].1, r[1].1), ("Williams", "Scott Johnson"));
    let role = a.quotes[1].speaker.and_then(|s| s.role).map(|r| r.text);
    assert_eq!(role, Some("Wales assistant coach"));
}

#[test]
fn a_quote_that_runs_into_a_lowercase_noun_modifies_it() {
    // `numbers` and `tax` are the nouns the quotes modify, no speakers:
    // each sentence's subject speaks.
    let s = "News of the day\n\nHe says evidence suggests there are \"significant\" numbers of such calls.\n\nYukos says it faces a \"campaign of illegal and disproportionate\" tax claims from Russia.\n";
    assert_eq!(speaker_mentions(s), [Some("He"), Some("Yukos")]);
}

#[test]
fn a_source_cited_for_a_paragraphs_facts_brings_in_no_quote() {
    // `According to court documents` attributes its own sentence; the
    // next paragraph's quote is none of the documents'.
    let s = "News of the day\n\nProfits escalated. According to court documents, he carried out 5,421 missions for the army.\n\n\u{201c}Someone threw us a rope to pull us up. But we all got strangled up in that rope.\u{201d}\n";
    assert_eq!(speaker_mentions(s), [None]);
}

#[test]
fn the_pronoun_of_a_contraction_speaks_without_it() {
    // `he’d` is `he`, whom the pronoun rules resolve; `I'Anson` is a name.
    let s = "News of the day\n\nMatiullah Matie headed for the base. \u{201c}Is there anybody to talk to me?\u{201d} he\u{2019}d shouted at a Marine.\n\n\"We are glad,\" said Ladbrokes spokesman David I'Anson.\n";
    assert_eq!(speaker_mentions(s), [Some("he"), Some("David I'Anson")]);
    assert_eq!(speaker_names(s), ["Matiullah Matie", "David I'Anson"]);
}

#[test]
fn a_paragraphs_opening_quote_continues_the_last_speaker_before_a_later_sentences_attribution() {
    // The second paragraph opens with Ben Coppin's quote going on; the
    // attribution five sentences on is another's.
    let s = "News of the day\n\n\"Missing a show is no problem,\" explained Ben Coppin.\n\n\"Two clicks and your programme is downloading. The net is a video recorder.\" Figures are hard to find. Some watch often. Many agree. It is a challenge. The industry has coined the term \"time-shifting\" for this.\n";
    assert_eq!(speaker_names(s)[..2], ["Ben Coppin", "Ben Coppin"]);
    // Right after, the next sentence's attribution is the quote's.
    let s = "News of the day\n\n\"Missing a show is no problem,\" explained Ben Coppin.\n\n\"Two clicks and your programme is downloading.\" \"The net is a video recorder,\" said Tom Smith.\n";
    assert_eq!(speaker_names(s), ["Ben Coppin", "Tom Smith", "Tom Smith"]);
}

#[test]
fn a_describing_subject_ends_before_an_irregular_past_and_after_a_fronted_preposition() {
    // `said` is the verb after `the strategist`, and `Alongside BLM` is a
    // fronted phrase, no name.
    let s = "News of the day\n\nAlongside BLM calls for action, the strategist said Clinton will have to choose, saying, \u{201c}At some point, she is going to have to come out on where she stands.\u{201d}\n";
    assert_eq!(speaker_mentions(s), [Some("the strategist")]);
    let s = "News of the day\n\nThe board saw Fiorina as the heir, calling him the \"grandfather of Silicon Valley\" in a statement.\n";
    assert_eq!(speaker_mentions(s), [Some("The board")]);
}

#[test]
fn a_paragraphs_opening_quote_takes_the_attribution_ending_the_paragraph_before_over_a_later_sentences(
) {
    let s = "News of the day\n\nAndy Richards, of Swansea UAF, said the leaflet was what he had come to expect.\n\n\"The people of Swansea will not put up with this.\" The community bought the church in 1990. Mr Idris said the community was raising money. \"It is a landmark building,\" said Taha Idris.\n";
    assert_eq!(speaker_names(s), ["Andy Richards", "Taha Idris"]);
}

#[test]
fn a_quote_after_a_continued_one_in_its_paragraph_shares_the_continuation() {
    let s = "News of the day\n\n\"Last weekend we should have won the game,\" said Jason Robinson. \"We proved that in the autumn.\n\n\"It was a disappointing start against Wales. \"But we are certainly not out. We will come out fighting this week.\" Robinson also spoke to Tait.\n";
    assert_eq!(speaker_names(s), ["Jason Robinson"; 4]);
}

#[test]
fn a_paragraph_that_goes_on_with_an_open_quotation_keeps_its_speaker_over_the_next_attribution() {
    // The paragraph before leaves its quotation open; the next one opens
    // with marks (the convention for a quotation over paragraphs), and the
    // attribution after its pieces introduces a new speaker's quote.
    let s = "News of the day\n\nMs Hewitt said: \"Adults should be treated as adults.\n\n\"Equally parents need to know what they might be buying for their children. \"We need to look carefully at how we improve content warnings.\" Her call was backed by Culture Secretary Tessa Jowell who said: \"You would not let your child watch it.\"\n";
    assert_eq!(
        speaker_names(s),
        ["Hewitt", "Hewitt", "Hewitt", "Tessa Jowell"]
    );
}

#[test]
fn keys_and_values_of_code_are_no_quotes() {
    let s = "News of the day\n\nFirst, we define the dependencies using Composer:\n\n\"silex/silex\": \"~2.0@dev\", \"twig/twig\": \">=1.8,<2.0-dev\"\n";
    assert!(article(s).quotes.is_empty());
    // Words on either side of the colon are speech.
    let s = "News of the day\n\nColumnist Michael Gerson calls Cruz \"a conviction candidate with the challenges of a chameleon\": \"As a presidential candidate, his superpower is to sense where the right is.\"\n";
    assert_eq!(article(s).quotes.len(), 2);
}

#[test]
fn a_curly_contraction_of_they_is_they() {
    // `they’ll` is nine bytes: four letters, the mark's three, two more.
    let s = "News of the day\n\nThe Smith brothers left. \u{201c}We will be back, we promise you all,\u{201d} they\u{2019}ll say.\n";
    assert_eq!(speaker_mentions(s), [Some("they")]);
}

#[test]
fn a_list_of_names_speaks_no_quote_of_its_own() {
    // The second quote goes on with the Liverpool player's, not France's.
    let s = "News of the day\n\n\"There is a chance for us now,\" said the Liverpool player. Switzerland, Ireland, France and Israel are all now tied on five points. \"In Basel we did not play great football.\"\n";
    assert_eq!(speaker_names(s), ["the Liverpool player"; 2]);
}

#[test]
fn the_subject_of_a_passive_is_spoken_of_not_the_speaker() {
    // Accused and told by others: neither subject speaks the phrase.
    let s = "News of the day\n\nDavid Blunkett has been accused of using the \"politics of confusion\" to hide new measures. Ms Simonetti was told her suspension was a result of \"inappropriate\" images.\n";
    assert!(speaker_mentions(s).iter().all(|m| m.is_none()));
    // So is the subject of a cue in the passive: `warned` by someone else.
    let s = "News of the day\n\nMrs Thatcher read the letter. In one note she was warned that \"GCSE is an exam nobody will fail\".\n";
    assert!(speaker_mentions(s).iter().all(|m| m.is_none()));
    // `are` makes a passive as `is` does; before `-ing` it makes none.
    let s = "News of the day\n\nWhen terrorists are revealed as part of the war, Obama calls them \"lone wolves\" and their acts crimes.\n\nAbout 500 officials are accused of claiming salaries for \"non-existent\" workers.\n";
    assert_eq!(speaker_mentions(s), [Some("Obama")]);
    let s = "News of the day\n\nUnion leaders are calling for an end to the \"raw deal\" faced by British acts.\n";
    assert_eq!(speaker_mentions(s), [Some("Union leaders")]);
    // In the active voice the subject speaks.
    let s = "News of the day\n\nDavid Blunkett has accused the Tories of using the \"politics of confusion\" to hide new measures.\n";
    assert_eq!(speaker_mentions(s), [Some("David Blunkett")]);
}

#[test]
fn the_one_quoted_as_saying_speaks_not_the_one_quoting() {
    let s = "News of the day\n\n\"It is a question of sovereignty,\" Reuters quoted a central bank official as saying.\n\nThe agency quoted Peoplesoft worker David Ogden as saying: \"We are mourning a great company.\"\n";
    assert_eq!(
        speaker_mentions(s),
        [Some("a central bank official"), Some("David Ogden")]
    );
    // Quoting with no `as saying` is the quoting source's own act.
    let s = "News of the day\n\n\"It is a question of sovereignty,\" Reuters quoted.\n";
    assert_eq!(speaker_mentions(s), [Some("Reuters")]);
}

#[test]
fn a_cited_source_ends_before_a_determiner_after_its_name() {
    // No comma after `Mr Peston`: `the prime minister` opens the clause.
    let s = "News of the day\n\nAccording to Mr Peston the prime minister said: \"Help me to get through the year.\"\n";
    assert_eq!(speaker_mentions(s), [Some("Peston")]);
}

#[test]
fn titles_of_an_organization_joined_by_and_are_one_role() {
    let s =
        "News of the day\n\n\"This year is great,\" said BIFA founder and director Elliot Grove.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Elliot Grove", Some("BIFA founder and director"))
    );
}

#[test]
fn a_member_of_a_body_whose_name_opens_with_a_title_is_a_description() {
    // `Justice` is a title, and `League` a body's head: no person is named.
    let s = "News of the day\n\n\"We are not anti-police,\" a member of the Justice League told the crowd.\n";
    assert_eq!(
        speaker_mentions(s),
        [Some("a member of the Justice League")]
    );
}

#[test]
fn a_name_in_apposition_to_a_subject_description_is_the_next_pronouns_person() {
    let s = "News of the day\n\n\"He cries every time,\" Yohannes said.\n\nThe mayor of Surabaya, Jane Smith, comforted relatives and urged them to be strong.\n\n\"They are not ours,\" she said.\n";
    assert_eq!(speaker_names(s), ["Yohannes", "Jane Smith"]);
}

#[test]
fn a_describing_plural_opens_a_subject_phrase() {
    // `lawyers` is a noun (the table of describing plurals holds it), not
    // a verb in `-s`.
    let s = "News of the day\n\nThe lawyers opposed the effort, saying: \"Her account has never been the property of the State Department.\"\n";
    assert_eq!(speaker_mentions(s), [Some("The lawyers")]);
}

#[test]
fn a_quote_after_a_sentence_with_a_cue_set_off_by_commas_is_that_speakers() {
    let s = "News of the day\n\nDina Mehta writes a blog. Then, says Mr Kotamaraja, the blogging world found out. \"All my blogger friends started linking up my site.\"\n";
    assert_eq!(speaker_mentions(s), [Some("Kotamaraja")]);
}

#[test]
fn a_front_runner_is_a_role_before_a_name() {
    let s = "News of the day\n\nRepublican presidential front-runner Donald Trump defended his campaign manager as a \"very decent man\" Tuesday.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Donald Trump", Some("Republican presidential front-runner"))
    );
}

#[test]
fn a_capitalized_word_before_a_noun_and_its_verb_modifies_the_noun() {
    // `DRM systems were`: no `DRM` speaks the next sentence's quote; the
    // cue set off by commas does.
    let s = "News of the day\n\nInstead, said Mr Doctorow, DRM systems were intended to control consumers. \"The studios perceive an opportunity.\"\n";
    assert_eq!(speaker_mentions(s), [Some("Doctorow")]);
    // `Church ministers are`: the phrase is the description that speaks.
    let s = "News of the day\n\nChurch ministers are trying to stop the show, saying they do not want his \"vile and filthy lyrics\" in their town.\n";
    assert_eq!(speaker_mentions(s), [Some("Church ministers")]);
}

#[test]
fn a_knight_named_by_the_given_name_is_the_full_name_said_before() {
    let s = "News of the day\n\nCommissioner Sir Ian Blair backed the orders.\n\nSir Ian said it would be \"unwise\" to speculate.\n";
    assert_eq!(speaker_names(s), ["Ian Blair"]);
}

#[test]
fn a_plural_noun_before_a_singular_cue_is_no_subject_of_it() {
    // `protests demands`: the subject is the longer phrase, and the
    // sentence's speaker says the quote.
    let s = "News of the day\n\nMayor Ann Lee said the spate of shootings and protests demands that people engage in \"more listening.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
    // A plural with a plural verb still speaks.
    let s = "News of the day\n\nThe mayor left. Later the protesters say they want \"more listening.\"\n";
    assert_eq!(speaker_mentions(s), [Some("the protesters")]);
}

#[test]
fn it_stands_for_no_month() {
    // `last May after it pledged`: `May` is a date here, and `it` no person.
    let s = "News of the day\n\nThe new government was voted into power last May after it pledged reforms with a \"human face\".\n";
    assert_ne!(speaker_names(s), ["May"]);
}

#[test]
fn who_after_a_parenthesis_means_the_phrase_before_it() {
    let s = "News of the day\n\nThe stance is endorsed by the Music Managers' Forum (MMF), who say British artists face \"an uphill struggle\" to succeed.\n";
    assert_eq!(speaker_names(s), ["Music Managers' Forum"]);
    let s = "News of the day\n\nThe bill is backed by Sen. Ann Lee (D-Ohio), who says it is \"long overdue\" and fair.\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
}

#[test]
fn they_stands_for_a_name_of_people_and_no_one_person() {
    let s = "News of the day\n\nCritics of Scott Fitzgerald were harsh. They said he was not really \"one of us\" at all.\n";
    assert_ne!(speaker_names(s), ["Scott Fitzgerald"]);
    let s = "News of the day\n\nSenate Democrats blocked the bill because they said the language was a \"poison pill.\"\n";
    assert_eq!(speaker_names(s), ["Senate Democrats"]);
    // Nor a person who spoke before.
    let s = "News of the day\n\n\"I write,\" said Scott Fitzgerald.\n\nIn my case, they said I was not really \"one of us\" at all.\n";
    assert_eq!(speaker_names(s)[0], "Scott Fitzgerald");
    assert_ne!(speaker_names(s)[1], "Scott Fitzgerald");
}

#[test]
fn a_cue_after_who_and_a_pronoun_brings_in_no_quote() {
    // `who they say they are`: the next paragraph's quote is the one's
    // who told.
    let s = "News of the day\n\nSteve Ash told the BBC there are two parts to the process. The hard one is whether a person is who they say they are online.\n\n\"The end solution is to combine something the user knows with something they have.\"\n";
    assert_eq!(speaker_names(s), ["Steve Ash"]);
}

#[test]
fn a_name_apposed_to_a_title_is_a_person_whatever_its_given_name() {
    let s = "News of the day\n\n\"We will find them,\" Bambang Soelistyo said.\n\nThe mayor of Surabaya, Tri Rismaharini, comforted relatives at the airport. \"We pray for them,\" she said.\n";
    assert_eq!(speaker_names(s), ["Bambang Soelistyo", "Tri Rismaharini"]);
}

#[test]
fn who_means_the_phrase_before_its_comma() {
    // Not the sentence's subject, read as the cue's before `who`.
    let s = "News of the day\n\nThe senator has a cold relationship with Mayor Ann Lee, who in 2010 said his plan was \"a disgrace.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
    // A description in apposition to a name stands for it.
    let s = "News of the day\n\nThe senator met Ann Lee, now the Senate majority leader, who said his plan was \"a disgrace.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
    let s = "News of the day\n\nThe senator has long sparred with Ann Lee, now the city council leader, who in 2010 said his plan was \"a disgrace.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
}

#[test]
fn a_role_ends_before_a_relative_clause() {
    let s =
        "News of the day\n\n\"It works,\" said Ann Lee, spokeswoman for Hypertag which makes the posters.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ann Lee", Some("spokeswoman for Hypertag"))
    );
    let s =
        "News of the day\n\n\"It works,\" said Ann Lee, an oncologist who advised the senator.\n";
    assert_eq!(first_name_and_role(s), ("Ann Lee", Some("oncologist")));
    let s =
        "News of the day\n\n\"It works,\" said Ann Lee, deputy chairman of Highland Gold - a mining firm.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ann Lee", Some("deputy chairman of Highland Gold"))
    );
    // A clause alone is no role.
    let s = "News of the day\n\n\"It works,\" said Ann Lee, who's thinking about running.\n";
    assert_eq!(first_name_and_role(s), ("Ann Lee", None));
}

#[test]
fn a_name_with_of_the_inside_modifies_a_description() {
    let s = "News of the day\n\nA Top of the Pops spokesperson said: \"It is a very special number one.\"\n";
    assert_eq!(speaker_names(s), ["A Top of the Pops spokesperson"]);
    let s = "News of the day\n\n\"It is special,\" a Top of the Pops spokesperson said.\n";
    assert_eq!(speaker_names(s), ["a Top of the Pops spokesperson"]);
    // A person of a body keeps the name alone.
    let s =
        "News of the day\n\n\"It is special,\" said Robert Antonacci of the New York delegation.\n";
    assert_eq!(speaker_names(s), ["Robert Antonacci"]);
}

#[test]
fn a_paragraph_opens_a_sentence_after_a_headline_with_no_stop() {
    // `Peter Kenyon` opens the first paragraph: the subject just named,
    // whom the next sentence's `he` means, not the other name after it.
    let s = "Kenyon denies Robben return\n\nChelsea chief executive Peter Kenyon has played down reports that Arjen Robben will return.\n\n\"He has been responding well,\" he told the BBC.\n";
    assert_eq!(speaker_names(s), ["Peter Kenyon"]);
}

#[test]
fn an_age_or_a_nation_stands_for_the_person_the_text_is_about() {
    // Not the last who spoke, nor the last named.
    let s = "News of the day\n\n\"We will play on clay,\" said Patrick McEnroe. Andy Roddick was left frustrated after losing to Carlos Moya. \"It's just tough,\" said the American.\n";
    assert_eq!(speaker_names(s), ["Patrick McEnroe", "Andy Roddick"]);
    let s = "News of the day\n\nPaula Radcliffe has called for cheats to be treated as criminals, like Kelli White. \"Doping is a criminal offence,\" the 30-year-old told reporters.\n";
    assert_eq!(speaker_names(s), ["Paula Radcliffe"]);
    // No full name that opens a sentence: the description stays.
    let s =
        "News of the day\n\nArsenal lost 2-0. \"It had an impact on us,\" added the 30-year-old.\n";
    assert_eq!(speaker_names(s), ["the 30-year-old"]);
    let s =
        "News of the day\n\nBenjamin Netanyahu spoke in Paris. \"We will not give up,\" said the Israeli.\n";
    assert_eq!(speaker_names(s), ["Benjamin Netanyahu"]);
    // A peer's title and surname are a full name, as for a new speaker.
    let s =
        "News of the day\n\nLord Falconer spoke in London. \"We will not give up,\" said the 60-year-old.\n";
    assert_eq!(speaker_names(s), ["Lord Falconer"]);
    // After `will`, `miss` is a verb, no title of a name after it.
    let s =
        "News of the day\n\nJo Pavey will miss the race. \"It was great,\" said the 31-year-old.\n";
    assert_eq!(speaker_names(s), ["Jo Pavey"]);
}

#[test]
fn a_name_shown_in_a_mood_is_that_person() {
    let s = "News of the day\n\nJames Beattie was sent off on Saturday. \"It was a push,\" an angry Beattie said.\n\n\
             \"I'm so happy,\" a tearful Claxton told reporters.\n";
    let a = article(s);
    let got: Vec<_> = a
        .quotes
        .iter()
        .map(|q| q.speaker.map(|s| (s.name.text, s.mention.text, s.via)))
        .collect();
    assert_eq!(
        got,
        [
            Some(("James Beattie", "an angry Beattie", Via::Description)),
            Some(("Claxton", "a tearful Claxton", Via::Description)),
        ]
    );
    // After `the`, such words are as often a body's name cut short.
    let s = "News of the day\n\n\"We will look at it,\" the federal Securities said.\n";
    assert_eq!(speaker_names(s), ["the federal Securities"]);
}

#[test]
fn a_pronoun_means_the_unnamed_spokesman_who_spoke_last() {
    // Not the man named before the spokesman spoke.
    let s = "News of the day\n\nChief executive Bill Gammell cautioned that more work was needed. \
             A spokesman said the find was large. But he added: \"It is too early to say.\"\n";
    assert_eq!(speaker_names(s), ["A spokesman"]);
    // Each `he` or `she` the last of its gender; the words before the role
    // are the description's.
    let s = "News of the day\n\nA Labour Party spokesman said the party kept the rules. \
             \"That is not marketing,\" he said.\n\n\
             A Conservative spokeswoman said the party did too. She said: \"We apply the law.\"\n\n\
             The minister was wrong, the prime minister's official spokesman said.\n\n\
             \"It is not aimed at one community,\" he added.\n";
    assert_eq!(
        speaker_names(s),
        [
            "A Labour Party spokesman",
            "A Conservative spokeswoman",
            "the prime minister's official spokesman"
        ]
    );
    // A paragraph about someone else after it, or a spokesman for a body
    // named (whom the body's name stands for), and the description is not
    // meant.
    let s = "News of the day\n\nThe agency acted, a spokesman told the BBC.\n\n\
             However Mr Mark Mulligan was not convinced. \"I would be surprised,\" he said.\n\n\
             A spokesman for the UK Film Council said the talks went well. \
             \"It was a good day,\" he said.\n";
    assert_eq!(speaker_names(s), ["Mark Mulligan", "UK Film Council"]);
    // An unnamed source, close to or familiar with something, as wires
    // bring one in, is whom the next `he` means; an auxiliary before the
    // cue is the verb's, not the description's.
    let s =
        "News of the day\n\nMeanwhile, Jon Pearl and Tom Phillips have this wrap of the day.\n\n\
             The plane climbed steeply before it crashed, a source close to the investigation \
             has told Reuters.\n\n\
             \"The numbers are unbelievably high,\" he said.\n\n\
             The Soviets want a higher offer, the State Department source said.\n\n\
             \"They want the lowest price,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "a source close to the investigation",
            "the State Department source"
        ]
    );
}

#[test]
fn a_pronoun_means_the_last_speaker_whose_given_name_is_of_either_gender() {
    // Robin says neither gender: the man who spoke before him is not
    // nearer `He` for being known to be a man.
    let s = "News of the day\n\nTom Hart, an economist, said the shift was real. \"It is big,\" he said.\n\n\
             \"I like the work,\" said Robin Lee. He has two degrees. \"But it is hard.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Robin Lee", "Robin Lee"]);
    // Only the last: farther back, such a speaker is no nearer than one
    // whose gender nothing says (Fathi).
    let s = "News of the day\n\n\"Oil is up,\" said Chris Hart, an analyst.\n\n\
             \"We agree,\" Fathi Bin Shatwan told Reuters. \"We need no cut,\" he added.\n";
    assert_eq!(
        speaker_names(s),
        ["Chris Hart", "Fathi Bin Shatwan", "Fathi Bin Shatwan"]
    );
}

#[test]
fn an_event_is_no_one_a_pronoun_means() {
    // `Australian Open` looks like a given name and a surname; an event's
    // head word says it names no person.
    let s = "News of the day\n\nJustine Henin-Hardenne lost again on Sunday. The Belgian faces a tough \
             Australian Open title defence. \"I will be heading there with question marks,\" \
             she said.\n";
    assert_eq!(speaker_names(s), ["Justine Henin-Hardenne"]);
}

#[test]
fn a_pronoun_after_and_means_the_subject_of_its_own_sentence() {
    let s = "News of the day\n\nTom Hart is waiting to hear from manager David Leary. Leary has been in talks over a new deal and he said: \"I had a message from his agent.\"\n";
    assert_eq!(speaker_names(s), ["David Leary"]);
}

#[test]
fn a_frontman_is_a_role_before_a_name() {
    // Not the band: the frontman is the subject his `he` means.
    let s = "News of the day\n\nFranz Harbour frontman Alex Kapros has called for more help for musicians. \"There needs to be some state input,\" he said.\n";
    assert_eq!(speaker_names(s), ["Alex Kapros"]);
}

#[test]
fn repeated_is_a_cue() {
    // The asker repeats a word back: not the last speaker.
    let s = "News of the day\n\n\"I will look at many people,\" Ann Lee said. \"Grizzly Adams?\" Tom Hart repeated.\n";
    assert_eq!(speaker_names(s), ["Ann Lee", "Tom Hart"]);
    // `X repeated his claim that "..."`: X's words.
    let s = "News of the day\n\nMayor Tom Hart said crime fell. Ann Lee repeated her claim that \"profit-making\" drove the firms.\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
}

#[test]
fn allowed_is_no_cue() {
    // `allowed` permits; it reports no words: the object after it is no
    // speaker, nor does the quote end the speaker's clause.
    let s = "News of the day\n\nTom Hart argued that \"liberals\" allowed terrorism to flourish.\n";
    assert_eq!(speaker_names(s), ["Tom Hart"]);
    let s = "News of the day\n\nPutting the show together, Ann Lee said, allowed her to \"get in touch with the past.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
}

#[test]
fn that_before_a_plural_opens_a_clause() {
    // Not `that agents`, a phrase the main clause's subject would stand
    // in for: the plural after `that` speaks.
    let s =
        "News of the day\n\nTunnels are so numerous that agents described the ground as \"Swiss cheese.\"\n";
    assert_eq!(speaker_names(s), ["agents"]);
}

#[test]
fn an_appositive_of_how_or_where_is_no_role() {
    let s = "News of the day\n\nAnn Lee, however, said: \"We will go.\"\n";
    assert_eq!(first_name_and_role(s), ("Ann Lee", None));
    let s = "News of the day\n\nAnn Lee, with unconcealed delight, said: \"We will go.\"\n";
    assert_eq!(first_name_and_role(s), ("Ann Lee", None));
    // Whom a person works for is a role.
    let s = "News of the day\n\nAnn Lee, from Microsoft, said: \"We will go.\"\n";
    assert_eq!(first_name_and_role(s), ("Ann Lee", Some("from Microsoft")));
}

#[test]
fn plural_people_at_a_place_speak() {
    let s = "News of the day\n\nOfficials at the embassy said: \"We will go.\"\n";
    assert_eq!(speaker_names(s), ["Officials"]);
    let s = "News of the day\n\nLeaders of the group have said they want \"a constructive relationship\" with him.\n";
    assert_eq!(speaker_names(s), ["Leaders"]);
}

#[test]
fn who_with_no_comma_means_the_name_right_before() {
    let s = "News of the day\n\nAnn Lee said: \"We need to look at it.\" Her call was backed by Culture Secretary Tom Hart who said: \"You would not let your child watch it.\"\n";
    assert_eq!(speaker_names(s), ["Ann Lee", "Tom Hart"]);
    // A name after a preposition is a place: the pronoun reading stays.
    let s = "News of the day\n\n\"We will march,\" said Ann Lee, a former staff member for the campaign in Philadelphia who said she planned to \"demonstrate\" there.\n";
    assert_eq!(speaker_names(s), ["Ann Lee", "Ann Lee"]);
}

#[test]
fn it_means_a_body_whose_name_of_splits() {
    let s = "News of the day\n\nThe Bank of England welcomed the plan. \"This move is the best of both worlds,\" it said.\n";
    assert_eq!(speaker_names(s), ["Bank of England"]);
    let s = "News of the day\n\nThe Confederation of British Industry welcomed the plan. \"It is good,\" it said.\n";
    assert_eq!(speaker_names(s), ["Confederation of British Industry"]);
}

#[test]
fn a_nationality_before_a_noun_names_no_one() {
    // The quote goes on with the last speaker, not `European`.
    let s = "News of the day\n\n\"It is important,\" explained Mr Tom Hart. The firm is now looking to the US and European markets. \"We have focused first on Japan.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Tom Hart"]);
}

#[test]
fn a_phrase_cue_brings_in_a_new_speaker() {
    // `fired back` speaks as `replied` does: the pronoun after means Fallon.
    let s = "News of the day\n\n\"It is breaking news,\" Tom Axelrod tweeted. Brian Fallon fired back: \"As a guardian of the legacy,\" he wrote.\n";
    assert_eq!(speaker_names(s), ["Tom Axelrod", "Brian Fallon"]);
}

#[test]
fn a_cue_that_takes_an_object_is_not_inverted() {
    // `described the impact as`: the impact is spoken of; the quote inside
    // the relative clause is Tom Hart's.
    let s = "News of the day\n\nTom Hart, who says his costs were \"in the seven figures,\" described the impact as \"horrendous.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Tom Hart"]);
}

#[test]
fn former_is_a_role_word_not_a_given_name() {
    // `Former Obama aide` names no `Former Obama`.
    let s = "News of the day\n\nBarack Obama spoke first. Former Obama aide Ann Lee spoke next. \"It is fine,\" Obama said.\n";
    assert_eq!(speaker_names(s), ["Barack Obama"]);
}

#[test]
fn the_owner_of_a_speech_noun_after_the_quote_speaks() {
    let s = "News of the day\n\nIt is the pull of Ann Lee's \"if you like your plan, you can keep it\" promise.\n";
    assert_eq!(speaker_names(s), ["Ann Lee"]);
}

#[test]
fn a_quote_paragraph_goes_on_with_the_name_the_paragraph_before_is_about() {
    let s = "News of the day\n\n\"He has the appeal Reagan had,\" Tom Hart notes.\n\nHart is upbeat about the chances, in part because he sees the senator as a uniter.\n\n\"Not only can he win in November, he is the one with the best chance.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Tom Hart"]);
    // Not a pronoun so far from its quote.
    let s = "News of the day\n\nThe doctors saw the baby was not hers. They contacted the police.\n\n\"I don't regret it.\"\n";
    assert!(article(s).quotes.iter().all(|q| q.speaker.is_none()));
    // Nor does the name pass over the quote paragraph's own attribution.
    let s = "News of the day\n\nRep. Tom Hart threw open his back yard for a cookout.\n\n\"This is a big year for Tom Hart!\" Hart's niece, state Del. Ann \"Cia\" Lee (D-Newport News), shouted to the crowd. \"The nation is watching.\"\n";
    assert_eq!(speaker_names(s)[0], "Hart's niece");
}

#[test]
fn a_clause_in_apposition_is_no_role() {
    // How or when the person spoke, not what the person is.
    for rest in [
        "half joking",
        "only half joking",
        "clearly annoyed",
        "shortly after signing the deal in Canada",
        "still excoriated by Democrats for tipping the election",
        // Nor does a past participle with no noun after it, or a word that
        // opens a clause.
        "exasperated",
        "asked about his claims",
        "when asked what was wrong",
        "about the new mix",
    ] {
        let s = format!("News of the day\n\n\"It is big,\" said Ann Lee, {rest}.\n");
        assert_eq!(first_name_and_role(&s), ("Ann Lee", None), "{rest}");
    }
    // A participle before a title or a noun is a role's.
    for role in [
        "newly elected president",
        "retired Postal Service letter carrier",
    ] {
        let s = format!("News of the day\n\n\"It is big,\" said Ann Lee, {role}.\n");
        assert_eq!(first_name_and_role(&s), ("Ann Lee", Some(role)));
    }
}

#[test]
fn letters_after_a_name_are_its_role() {
    // An honour or an office, no part of the name; the surname alone
    // finds the same person.
    let s =
        "News of the day\n\n\"It is wrong,\" Ian Lee QC said. \"It is bad,\" Lee told the BBC.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Ian Lee", Some("QC")), ("Ian Lee", Some("QC"))]
    );
    // A role given before stays.
    let s = "News of the day\n\nFinance minister Tom Hart said it was \"a fair deal\".\n\n\
             \"It is fair,\" Tom Hart MSP said.\n";
    let roles: Vec<_> = names_and_roles(&article(s)).iter().map(|r| r.1).collect();
    assert_eq!(roles, [Some("Finance minister"), Some("Finance minister")]);
    // One word before the letters is a party or a place as often.
    let s = "News of the day\n\n\"It is bad,\" a Labour MP said.\n";
    assert_eq!(speaker_names(s), ["a Labour MP"]);
}

#[test]
fn an_appositive_ends_at_its_sentence_end() {
    // Text after the sentence no longer hides the appositive's name or role.
    let s = "News of the day\n\n\"A decision is expected,\" said one of their lawyers, Tom Hart. Lee, 31, faces a ban.\n";
    assert_eq!(speaker_names(s), ["Tom Hart"]);
    let s = "News of the day\n\n\"Growth is weak,\" said Ann Lee, economist at Lehman Brothers in Tokyo. The yen fell.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ann Lee", Some("economist at Lehman Brothers in Tokyo"))
    );
    // A no-break space after the stop, as pages that space sentences
    // with `&nbsp; ` give it, ends the sentence as a space does.
    for gap in ["\u{a0}", "\u{a0} "] {
        let t = s.replace("Tokyo. The", &format!("Tokyo.{gap}The"));
        assert_eq!(
            first_name_and_role(&t),
            ("Ann Lee", Some("economist at Lehman Brothers in Tokyo")),
            "{gap:?}"
        );
    }
    // An abbreviation's dot ends nothing, nor after a no-break space.
    let s = "News of the day\n\n\"Growth is weak,\" said their lawyer, Mr. Tom Hart, in Tokyo.\n";
    assert_eq!(speaker_names(s), ["Tom Hart"]);
    let s = "News of the day\n\n\"Growth is weak,\" said Ann Lee, adviser to\u{a0}Mr. Tom Hart in Tokyo.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ann Lee", Some("adviser to\u{a0}Mr. Tom Hart in Tokyo"))
    );
}

#[test]
fn a_description_after_a_cue_that_ends_the_sentence_speaks_its_quotes() {
    // A quoted phrase inside the sentence, then `, said` and a description:
    // the description speaks, or the full name set beside it.
    let s = "News of the day\n\nThe firm found no ties, aside from the men knowing each other \"casually\" \
             from the mosque, said the bureau's director, James Comey.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("James Comey", Some("bureau's director"))]
    );
    let s = "News of the day\n\nWelsh councils should set taxes at \"reasonable levels\" after a rise, \
             says the assembly government.\n";
    assert_eq!(speaker_names(s), ["the assembly government"]);
    // A description that runs on after the cue is no speaker phrase.
    let s = "News of the day\n\nThe firm found no ties, aside from the men knowing each other \"casually\" \
             from the mosque, said the bureau's director on Monday that it ended.\n";
    assert_ne!(speaker_mentions(s), [Some("the bureau's director")]);
}

#[test]
fn a_quote_going_on_from_a_cued_one_keeps_its_speaker() {
    // The second quote's reopened mark (a paragraph of the source) parts it
    // from the third: it goes on with the first quote's speaker.
    let s = "News of the day\n\n\"Bring it on,\" said the 23-year-old. \"I played well. \
             \"We were destined to meet,\" Williams said.\n";
    assert_eq!(
        speaker_mentions(s),
        [
            Some("the 23-year-old"),
            Some("the 23-year-old"),
            Some("Williams")
        ]
    );
    let s = "News of the day\n\n\"Bring it on,\" said Molik. \"I played well. \
             \"We were destined to meet,\" Williams said.\n";
    assert_eq!(speaker_names(s), ["Molik", "Molik", "Williams"]);
    // With no cued quote before, the quote that opens a sentence shares the
    // attribution after the next one.
    let s = "News of the day\n\nMikoliunas barged a linesman. \"He was sent off. \
             \"We don't know more,\" said an SFA statement.\n";
    assert_eq!(
        speaker_mentions(s),
        [Some("an SFA statement"), Some("an SFA statement")]
    );
}

#[test]
fn a_quoted_title_with_its_comma_inside_ends_an_opening_phrase() {
    // American style sets the comma inside the closing mark: the name
    // after it opens the clause all the same, and is its subject.
    let s = "News of the day\n\nOn \"Face the Nation,\" Sen. Bernie Sanders named young voters as a reason. \
             \"The younger people are sick of it.\"\n";
    assert_eq!(speaker_names(s), ["Bernie Sanders"]);
    let s = "News of the day\n\nOn \u{201c}Fox & Friends,\u{201d} Rep. Michael McCaul discussed a bill. \
             \u{201c}We simply introduced it.\u{201d}\n";
    assert_eq!(first_name_and_role(s), ("Michael McCaul", Some("Rep.")));
}

#[test]
fn a_person_named_after_a_place_and_a_comma_is_no_region() {
    // `in Salem, New Hampshire,` sets a region after a place; a run that
    // opens with a given name there is a person in apposition, the subject.
    let s = "News of the day\n\nHis former business partner at Lenox, Lawrence B. Cummings, called him a master at \
             bolting together impossible business transactions. \"He showed again and again an ability to put together deals.\"\n";
    assert_eq!(speaker_names(s), ["Lawrence B. Cummings"]);
    let s = "News of the day\n\nIn Salem, New Hampshire, Donald Trump promised a wall. \"It will be big.\"\n";
    assert_eq!(speaker_names(s), ["Donald Trump"]);
}

#[test]
fn a_surname_alone_is_the_person_named_first_unless_another_was_just_named() {
    // A relative named in passing does not take the surname from the
    // person the story is about.
    let filler = "The crowd was large and loud, and the band played for an hour \
                  before anyone spoke from the stage. ";
    let s = format!(
        "News of the day\n\nBernie Sanders came to Syracuse to campaign for a candidate. {f}{f}\n\n\
         At the urging of his wife, Jane Sanders, he has been talking to supporters. {f}{f}{f}\n\n\
         \"We really can win on Tuesday,\" said Sanders.\n",
        f = filler
    );
    assert_eq!(speaker_names(&s), ["Bernie Sanders"]);
    // Nor does one named by their relation to another.
    let s = format!(
        "News of the day\n\nThe search has begun with the help of the brother of Simon Cowell. \
         Writer Tony Cowell is among the judges. {f}{f}{f}\n\n\
         \"It's very hard to find an agent,\" said Cowell.\n",
        f = filler
    );
    assert_eq!(speaker_names(&s), ["Tony Cowell"]);
    // One named in full just before speaks.
    let s = format!(
        "News of the day\n\nHillary Clinton won the state. {f}{f}{f}\n\n\
         Bill Clinton spoke with voters outside the polling place. \
         A woman asked for a photo and Clinton said, \"As long as we're not blocking the door.\"\n",
        f = filler
    );
    assert_eq!(speaker_names(&s), ["Bill Clinton"]);
    // A run with no given name yields to one with.
    let s = format!(
        "News of the day\n\nTeam Trump sees the convention as a second chance for Donald Trump. {f}{f}{f}\n\n\
         \"It was an attack on our country,\" Trump said.\n",
        f = filler
    );
    assert_eq!(speaker_names(&s), ["Donald Trump"]);
}

#[test]
fn a_reflexive_before_a_description_in_apposition_is_no_part_of_the_role() {
    let s = "News of the day\n\n\"It is hard to fathom,\" said Belafonte, himself an ardent civil rights activist.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Belafonte", Some("ardent civil rights activist"))
    );
    // A clause after the reflexive is no role.
    let s = "News of the day\n\n\"We will win,\" said Heller, himself up for reelection in 2018.\n";
    assert_eq!(first_name_and_role(s), ("Heller", None));
}

#[test]
fn a_role_noun_in_lowercase_before_a_full_name_is_the_role() {
    // `prop`, `keeper`, `backbencher` are surnames or plain words too, so
    // no titles; right before a full name they are its role.
    let s = "News of the day\n\nBath prop Duncan Bell said: \"I am gutted.\"\n";
    assert_eq!(first_name_and_role(s), ("Duncan Bell", Some("Bath prop")));
    let s = "News of the day\n\n\"It is wrong,\" said Labour backbencher Stephen Pound.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Stephen Pound", Some("Labour backbencher"))
    );
}

#[test]
fn it_stands_for_a_body_that_opens_the_sentence_before() {
    // The last speaker is a person whose given name tells no gender: an
    // `it` after a body named as a subject since is the body's.
    let s = "News of the day\n\n\"The losses will be huge,\" said Serge Troeber of Swiss Re. Allianz, a leading German insurer, said it did not know its exposure. However, it said the waves were unlikely to have a \"significant\" impact.\n\n\
        \"The product is late,\" said Yoo Ji-chang. The LSE rejected the offer, saying it undervalued the business.\n\n\
        But it agreed to talks on a \"significantly-improved proposal\".\n\n\
        \"We are late,\" said Kim Sol. Deutsche Boerse said the bid stands. \"The deal is right,\" it said.\n\n\
        \"We won,\" said Lee Ward. The American Film Institute (AFI) hailed the two films. It claimed both \"tossed convention out the window\".\n";
    assert_eq!(
        speaker_names(s),
        [
            "Serge Troeber",
            "Allianz",
            "Yoo Ji-chang",
            "LSE",
            "Kim Sol",
            "Deutsche Boerse",
            "Lee Ward",
            "American Film Institute"
        ]
    );
}

#[test]
fn a_time_phrase_between_a_name_and_its_cue_is_passed_over() {
    let s = "News of the day\n\nDonald Trump met Mitch McConnell on Monday.\n\n\
             Trump on Tuesday said \"we will win this state easily.\"\n\n\
             Mr. McConnell spoke again. Trump at the time said he had asked his \
             \"people\" to act.\n\n\
             Glenn Beck spoke. His ire was at Bannon, who Beck on Wednesday night called \
             \"a horrible human being.\"\n";
    let r = rows(&article(s));
    let got: Vec<_> = r.iter().map(|r| (r.0, r.1, r.4)).collect();
    assert_eq!(
        got,
        [
            ("we will win this state easily.", "Donald Trump", "said"),
            ("people", "Donald Trump", "asked"),
            ("a horrible human being.", "Glenn Beck", "called"),
        ]
    );
}

#[test]
fn a_surname_alone_finds_its_name_in_full_before_a_generation() {
    let s = "News of the day\n\nVice President Joseph R. Biden Jr. spoke on Monday. \
             \"We will win,\" Mr. Biden said.\n\n\
             The pastor, Charles Elliott III, rose. \"He was great,\" Elliott said. \
             His father, Charles Elliott Jr., wept.\n\n\
             Donald Trump Jr. spoke. \"We won,\" Donald Trump said.\n";
    // The nearest before the mention, as for a surname of names in full;
    // and still not the father for the son.
    assert_eq!(
        speaker_names(s),
        ["Joseph R. Biden Jr", "Charles Elliott III", "Donald Trump"]
    );
}

#[test]
fn a_quote_with_no_cue_stays_under_the_last_cue_of_its_sentence() {
    // The second quote takes the first one's cue; the third, with none of
    // its own either, follows them, not the name before it.
    let s = "News of the day\n\nColumnist David Brooks stated that the debate was a \"more civil\" one and \
             the candidate \"did well, because it was a substantive debate\" and Rubio was hurt \
             by going \"personally, just in the gutter\" against Donald Trump.\n";
    let r = rows(&article(s));
    let got: Vec<_> = r.iter().map(|r| (r.1, r.4)).collect();
    assert_eq!(got, [("David Brooks", "stated"); 3]);
}

#[test]
fn a_pronoun_after_when_means_its_sentences_subject() {
    let s = "News of the day\n\n\"We will win,\" said Donald Trump.\n\n\
             Jeb Bush went after Trump at the debate, when he called the businessman \
             \"unhinged.\"\n\n\
             Trump was talking about defense while he told reporters, \"We pay too much.\"\n";
    assert_eq!(
        speaker_names(s),
        ["Donald Trump", "Jeb Bush", "Donald Trump"]
    );
}

#[test]
fn a_name_after_at_is_no_subject_of_the_cue_after_it() {
    // The firm after `at` ends the appositive; the person speaks.
    let s =
        "News of the day\n\nRates rose. Howard Archer, economist at Global Insight said the bank \
             \"may well consider that the risks have moved\".\n\n\
             However, Matt Williams, a fund manager at Perpetual Trustees said taking the \
             stake \"is definitely a precursor to a takeover\".\n";
    assert_eq!(speaker_names(s), ["Howard Archer", "Matt Williams"]);
}

#[test]
fn a_titles_of_goes_on_into_the_sentence_subjects_name() {
    // (The cue before the comma is too far back to lend its subject.)
    let s =
        "News of the day\n\nFormer Secretary of State Madeleine Albright urged women to vote for \
             Hillary Clinton, saying, \"There is a special place in hell for such women.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Madeleine Albright", Some("Former Secretary of State"))]
    );
}

#[test]
fn a_person_of_a_body_speaks_whatever_their_given_name() {
    // Two name words before `of` are a person's name even when the given
    // name is in no list; a body's head word before `of` keeps the body.
    let s = "News of the day\n\n\"This is not proportionate,\" Rhian Beynon of the JCWI said.\n\n\
             Wray Grimaldi of the University of Otago said: \"Penguins are vulnerable.\"\n\n\
             The Science and Technology Directorate of the Department of Homeland \
             Security concluded that no method was \"suited to the agents' needs.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Rhian Beynon",
            "Wray Grimaldi",
            "Department of Homeland Security"
        ]
    );
}

#[test]
fn a_place_after_the_speakers_body_or_the_speaker_is_no_speaker() {
    // `in Place` and `, Country,` or `, State,` after it say where the
    // speaker is; the speaker is named before them.
    let s =
        "News of the day\n\n\"The effects will not be small,\" Wray Grimaldi of the University of \
             Otago in Dunedin, New Zealand, said to New Scientist. \"Penguins are \
             vulnerable.\"\n\n\
             Darran Whiting of Liberty Baptist Church in Marion said: \"We pray.\"\n\n\
             John Smith of Flint, Mich., said: \"We pray too.\"\n\n\
             Later a woman in Worcester, Massachusetts, told him: \"You are too nice.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Wray Grimaldi",
            "Wray Grimaldi",
            "Darran Whiting",
            "John Smith",
            "a woman"
        ]
    );
}

#[test]
fn a_state_before_a_relative_clause_and_a_titles_place_are_no_speakers() {
    // The clause after `City, State,` is the person's; `from Vermont` is
    // the senator's place, as `of Texas` is the governor's.
    let s =
        "News of the day\n\n\"Both scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among \
             those polled, said in an interview.\n\n\
             The senator from Vermont said the system was \"corrupt.\"\n\n\
             \"The initiatives are welcome,\" a spokesperson from Icstis told the BBC. \
             \"We are pleased.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Harry Bond",
            "The senator",
            "a spokesperson",
            "a spokesperson"
        ]
    );
}

#[test]
fn a_person_described_by_nation_is_a_description_not_a_name() {
    // `the American` after a lowercase `the` is no name `American`: the
    // description stands for the person named before.
    let s =
        "News of the day\n\nRobbie Keane scored twice. \"We deserved the result,\" the Irishman \
             said.\n\n\
             Lleyton Hewitt lost again. Afterwards, the Australian said: \"You are the best.\"\n";
    let a = article(s);
    let got: Vec<_> = a
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.expect("attributed");
            (sp.name.text, sp.mention.text, sp.via)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Robbie Keane", "the Irishman", Via::Description),
            ("Lleyton Hewitt", "the Australian", Via::Description)
        ]
    );
}

#[test]
fn a_title_after_an_owner_is_an_office_not_a_name() {
    // `CEO` and `President` end no name after `Acme's`; the name in
    // apposition speaks.
    let s = "News of the day\n\nAcme's President said: \"We are happy.\"\n\n\
             \"You want to be sure,\" Authenti-corp's CEO, Cynthia Musselman, told the BBC.\n\n\
             Trump's potential VP then revealed Trump \"strongly encouraged me.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Acme's President",
            "Cynthia Musselman",
            "Trump's potential VP"
        ]
    );
}

#[test]
fn capitalized_words_of_an_unlisted_role_before_a_given_name_are_the_role() {
    let s = "News of the day\n\nMaricopa County Recorder Helen Purcell said: \"We are sorry.\"\n\n\
             Senate Intelligence Ranking Democrat Dianne Feinstein said: \"I don't know.\"\n\n\
             Farhat Omar Ben Gadaravice said: \"We are here.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Helen Purcell", Some("Maricopa County Recorder")),
            (
                "Dianne Feinstein",
                Some("Senate Intelligence Ranking Democrat")
            ),
            // `Omar` is a given name: the words before `Ben` are no role.
            ("Farhat Omar Ben Gadaravice", None)
        ]
    );
}

#[test]
fn a_quote_after_a_long_reported_sentence_goes_on_with_its_cues_subject() {
    // The cue is far from the sentence end, and the sentence's first name
    // is the role's: the cue's subject speaks on.
    let s = "News of the day\n\nFamily Planning Association chief executive, Anne Weyman, said \
             teaching pupils about contraception and abortion were key. \"Young people \
             must be informed.\"\n\n\
             In a statement on Sunday, the Cabinet Office said it was reviewing the pension \
             scheme and hoped to announce proposals soon. \"Unions will be consulted.\"\n";
    assert_eq!(speaker_names(s), ["Anne Weyman", "Cabinet Office"]);
}

#[test]
fn a_place_after_in_is_no_subject_the_phrase_before_it_is() {
    let s = "News of the day\n\nThe government in Kabul said: \"We are ready.\"\n\n\
             Policy makers in Europe have called the dollar's slide \"brutal\".\n\n\
             Speaking in Harrogate Mr Kennedy said: \"People want a party.\"\n";
    assert_eq!(
        speaker_names(s),
        ["The government", "Policy makers", "Kennedy"]
    );
}

#[test]
fn a_cue_of_a_verb_and_its_particle_comes_before_its_subject_too() {
    // `points out`, `shot back` invert as `says` does; `Olympian` is a
    // title that `and` joins to the next.
    let s = "News of the day\n\n\"It is easier,\" points out former Olympian and BBC pundit Steve \
             Cram.\n\n\"No,\" shot back Mr Smith, the mayor.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Steve Cram"), Some("points out")),
            (Some("Smith"), Some("shot back"))
        ]
    );
}

#[test]
fn a_stray_comma_between_a_name_and_its_cue_keeps_the_name() {
    let s = "News of the day\n\nChairman of the Environmental Audit Committee Peter Ainsworth MP, said: \
             \"The policy is alarming.\"\n\n\
             \"It will decrease,\" shop owner Hayriye Evren, told Associated Press. \"This \
             will affect people.\"\n";
    assert_eq!(
        speaker_names(s),
        ["Peter Ainsworth", "Hayriye Evren", "Hayriye Evren"]
    );
}

#[test]
fn an_amount_after_an_inverted_cue_is_no_speaker() {
    // `says a lot about`: what is said, not who says it.
    let s = "News of the day\n\nGoogle's motto, \"to organize the world's information,\" says a lot about \
             the company.\n";
    let names = speaker_names_or_none(s);
    assert!(!names.contains(&Some("a lot")), "{names:?}");
}

#[test]
fn a_description_after_a_cue_that_opens_its_sentence_speaks_before_a_colon() {
    // After a colon a description is read as no speaker (`A voice
    // celebrated it on Twitter:`), but after an opening `Said` it is the
    // inverted subject.
    let s = "News of the day\n\nFew users can tell. Said the Pew report: \"This finding is ironic.\"\n\n\
             More text follows here.\n";
    assert_eq!(speaker_names_or_none(s), [Some("the Pew report")]);
}

#[test]
fn an_age_with_one_word_for_the_person_stands_for_the_person_named_before() {
    // An age with a noun or a nation's word is the person the text is
    // about, as the age alone is; an age before a name is that name.
    let s = "News of the day\n\nRonnie Corbett also criticised quiz shows. \"It is just laughing at each \
             other,\" said the 74-year-old comedian.\n\n\
             Stefan Koubek believes an injection is to blame. \"I have acted correctly,\" the \
             27-year-old Austrian said.\n\n\
             Fernando Morientes has been linked with a move. \"I would be keen to leave,\" \
             admitted the 28-year-old Morientes.\n\n\
             The club was founded in 1880. \"We are proud,\" the 120-year-old club said in a \
             statement, adding a word of thanks.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [
            Some("Ronnie Corbett"),
            Some("Stefan Koubek"),
            Some("Fernando Morientes"),
            Some("the 120-year-old club")
        ]
    );
}

#[test]
fn a_cue_after_without_reports_no_speech() {
    // `without asking people to pay` says nobody asked: the quote after
    // the sentence goes on with the speaker set off by commas in it.
    let s =
        "News of the day\n\nMichael Howard spoke in London. The Tories, he said, can cut crime \
             without asking people to pay more taxes. \"We can have progress.\"\n";
    let a = article(s);
    let q = &a.quotes[0];
    assert_eq!(
        q.speaker.map(|s| (s.name.text, s.mention.text)),
        Some(("Michael Howard", "he"))
    );
    assert_eq!(q.cue.map(|c| c.text), Some("said"));
}

#[test]
fn a_cross_reference_or_a_works_title_is_no_quote() {
    // `(see "Broad Institute Gets Patent on ...")`: a web page's link to
    // another page by its title.
    let s =
        "News of the day\n\nThe firm won the patents last year (see \"Broad Institute Gets Patent \
             on Editing Method\"). \"It is a big deal,\" said Ann Lee.\n";
    let a = article(s);
    let texts: Vec<_> = a.quotes.iter().map(|q| q.text).collect();
    assert_eq!(texts, ["It is a big deal,"]);
    // So is a title-case phrase that a noun for a work follows.
    let s = "News of the day\n\nThe site\u{2019}s irresponsible \u{201c}Why I Believe Anne Lee\u{2019}s \
             Accuser\u{201d} essay, for instance, is still online. \"It is a big deal,\" said \
             Ann Lee.\n";
    let a = article(s);
    let texts: Vec<_> = a.quotes.iter().map(|q| q.text).collect();
    assert_eq!(texts, ["It is a big deal,"]);
}

#[test]
fn names_in_title_case_after_a_colon_are_no_quotes() {
    // A list of names after a colon is no speech; a short sentence is.
    let s = "News of the day\n\nThe cases come in four colours: \"Rouge Pur\", \"Sky Blue\" and \
             \"Sea Mint\".\n\n\
             Donald Trump listed an NBC show as his guilty pleasure: \"Saturday Night Live\".\n\n\
             The rally had one message: \"Dump Trump.\"\n";
    let a = article(s);
    let texts: Vec<_> = a.quotes.iter().map(|q| q.text).collect();
    assert_eq!(texts, ["Dump Trump."]);
}

#[test]
fn and_inside_a_bodys_name_is_part_of_it() {
    // `and` between capitalized words of a body's name (its head a body's,
    // or after `of`) does not cut the name; between two people it does.
    let s = "News of the day\n\nThe Food and Drug Administration said the drug was \"safe\".\n\n\
             The Department of Trade and Industry said it meant a \"sixfold reduction\".\n\n\
             Mark Serwotka, the leader of the Public and Commercial Services Union said: \
             \"We had the day of the long knives.\"\n\n\
             Bush and Cheney said the plan was \"sound\".\n";
    assert_eq!(
        speaker_names_or_none(s),
        [
            Some("The Food and Drug Administration"),
            Some("The Department of Trade and Industry"),
            Some("Mark Serwotka"),
            Some("Cheney")
        ]
    );
}

#[test]
fn a_number_after_a_capitalized_word_ends_a_name() {
    // `Number 10`, `Channel 4`: the number is the name's; a date's is not.
    let s = "News of the day\n\nThe row went on. Number 10 said ministers were not in a \"soap opera\".\n\n\
             Channel 4 said the show was \"a triumph\" for all.\n\n\
             A legal opinion drafted in May 2012 concluded it was a \"foreign principal\".\n";
    assert_eq!(
        speaker_names_or_none(s),
        [
            Some("Number 10"),
            Some("Channel 4"),
            Some("A legal opinion")
        ]
    );
}

#[test]
fn a_titles_office_is_a_bodys_name() {
    // `Commissioner's` before the capitalized head `Office` is part of the
    // body's name, not a role of someone named `Office`.
    let s = "News of the day\n\nThe row went on. The Information Commissioner's Office said it would act \
             \"early\".\n\n\
             Explaining its request, the US Trade Representative's Office said it wants to act \
             \"early\" too.\n";
    let a = article(s);
    let got: Vec<_> = a
        .quotes
        .iter()
        .map(|q| q.speaker.map(|s| (s.name.text, s.role.map(|r| r.text))))
        .collect();
    assert_eq!(
        got,
        [
            Some(("The Information Commissioner's Office", None)),
            Some(("US Trade Representative's Office", None))
        ]
    );
}

#[test]
fn i_and_we_outside_quotation_marks_are_the_writers() {
    // The writer, whom the text does not name, not the last to speak.
    let s = "News of the day\n\nThe judge turned to me. \"Mr. Smith?\" the judge asked.\n\n\
             \"Your Honor,\" I said, \"I would like to answer.\"\n\n\
             What we said: \"Um, yes, kind of.\"\n";
    let a = article(s);
    let got: Vec<_> = a
        .quotes
        .iter()
        .map(|q| q.speaker.map(|s| (s.name.text, s.mention.text)))
        .collect();
    assert_eq!(
        got,
        [
            Some(("the judge", "the judge")),
            Some(("I", "I")),
            Some(("I", "I")),
            Some(("we", "we"))
        ]
    );
}

#[test]
fn a_dash_name_after_a_quote_its_sentence_cues_is_a_byline() {
    // The reporter's sign-off, not the speaker; a quote with no cue
    // before it is signed by the name after the dash.
    let s = "News of the day\n\nSpain voted on Sunday. Rajoy said Monday that he will \"try to form a \
             government\" and insisted his party was \"still the No. 1 force.\"--Kim Hjelmgaard.\n\n\
             \"You are not a leader, you are a dictator.\" ― Christina Lastra.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Rajoy"), Some("Rajoy"), Some("Christina Lastra")]
    );
}

#[test]
fn a_spokeswoman_named_before_her_description_is_whom_she_means() {
    // The body stands for an unnamed spokeswoman; a named one speaks.
    let s = "News of the day\n\nAngelique Brunner, a developer and spokeswoman for the Investment \
             Coalition, which is made up of investors, said the examples failed.\n\n\
             \"People look at an area after the investment,\" she said.\n";
    assert_eq!(speaker_names_or_none(s), [Some("Angelique Brunner")]);
}

#[test]
fn a_cue_in_a_relative_clause_closed_before_the_quote_is_not_its_cue() {
    // `which some have argued ...,` is a clause about the subject; the
    // sentence's own cue brings the quote in. A clause that runs on to
    // the quote's comma keeps its cue.
    let s =
        "News of the day\n\nBen Carson spoke last. He said that the announcement, which some have \
             argued was meant for Cruz, was an \"insult\" to the volunteers.\n\n\
             Charlie Sykes, who lamented, \"We have spent 20 years on it.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Ben Carson"), Some("said")),
            (Some("Charlie Sykes"), Some("lamented"))
        ]
    );
}

#[test]
fn a_verb_after_a_relative_pronoun_is_no_part_of_the_speaker() {
    // The clause's verb read as a modifier gave the mentions `included
    // staff members` and `showed rebel fighters`; a modifier stays.
    let s = "News of the day\n\nThe party issued a statement about the emails, which included staff members suggesting someone should go.\n\n\
        \"We want to offer a deep and sincere apology to everyone.\"\n\n\
        The group posted a video that showed rebel fighters warning of an \"atrocity\" if the vote passed.\n\n\
        The vote came after some retired teachers warned of \"a betrayal\" in the plan.\n";
    let m = speaker_mentions(s);
    assert!(
        m.iter()
            .flatten()
            .all(|m| !m.starts_with("included") && !m.starts_with("showed")),
        "{m:?}"
    );
    assert_eq!(m.len(), 3, "{m:?}");
    assert_eq!(m[2], Some("some retired teachers"), "{m:?}");
}

#[test]
fn the_subject_of_a_passive_cue_after_the_quote_is_spoken_to() {
    // `were told` and `was asked` after the quote: the researchers and
    // Mr Blair heard the words, they did not say them.
    let s = "News of the day\n\nMale MPs jeered \"melons\" as women made speeches, researchers from Birkbeck College were told.\n\n\
        \"That is a moral duty,\" said Charles Clarke.\n\n\
        \"We want more migration, more people to come and work here. \"We want more people coming.\" Mr Blair was asked last week if the plans would cut migration.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Male MPs"), None),
            (Some("Charles Clarke"), Some("said")),
            (Some("Charles Clarke"), Some("said")),
            (Some("Charles Clarke"), Some("said")),
        ]
    );
}

#[test]
fn a_role_of_a_body_keeps_the_body_in_the_speaker_phrase() {
    // `The head of the agency`, not `The head`; and the appositive's name,
    // with the place it is of, is still the speaker.
    let s = "News of the day\n\nThe head of the agency said it was \"a breach of trust\" by the board.\n\n\
        The talks stalled, as the chairman of the rules committee has accused the board of \"bad faith\" in the vote.\n\n\
        The chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned that there was \"a lot of work to do\".\n\n\
        The lender, Bank of America, said it was \"a fair deal\" for both.\n";
    assert_eq!(
        speaker_mentions(s),
        [
            Some("The head of the agency"),
            Some("the chairman of the rules committee"),
            Some("Stefan Johannesson"),
            Some("The lender"),
        ]
    );
}

#[test]
fn a_part_of_a_group_speaks_with_the_group() {
    // `Hundreds`, `one`, or nothing at all, before the partitive was read.
    let s = "News of the day\n\nHundreds of demonstrators marched on Monday, chanting \"No deal, no peace,\" outside the hall.\n\n\
        \"There won't be a path for him,\" said one of those advisers, who spoke on condition of anonymity.\n\n\
        One of his aides said the plan was \"a disgrace\" to them.\n\n\
        Hundreds of ballot papers for the vote have \"disappeared\".\n";
    assert_eq!(
        speaker_mentions(s),
        [
            Some("Hundreds of demonstrators"),
            Some("one of those advisers"),
            Some("One of his aides"),
        ]
    );
}

#[test]
fn a_pronoun_after_in_which_is_the_mention_and_means_the_subject() {
    let s = "News of the day\n\nTed Cruz spoke first. Senator Marco Rubio of Florida is airing a new TV ad in the state, in which he declares, \"The purpose of our life is to serve.\"\n";
    assert_eq!(
        per_quote(s, |q| q.speaker.map(|s| (s.mention.text, s.name.text))),
        [Some(("he", "Marco Rubio"))]
    );
}

#[test]
fn a_short_lowercase_quote_is_part_of_its_sentence() {
    // The sentence's subject is read back past `"duped"` and `"a con"`.
    let s = "News of the day\n\nAnn Lee spoke first. Trump took to Twitter overnight to accuse her campaign of being \u{201c}duped\u{201d} by \u{201c}a con\u{201d} and urge voters to watch what he called her \u{201c}sex tape.\u{201d}\n";
    let m = speaker_mentions(s);
    assert_eq!(m.last(), Some(&Some("Trump")), "{m:?}");
}

#[test]
fn a_spokesman_who_did_something_is_whom_the_next_pronoun_means() {
    let s = "News of the day\n\nMr Denham believes the council should think again. He said: \"We want the sentences to stay.\" \
        But a spokesman for the Home Office defended the proposals. He said: \"Parliament sent a clear signal on murder.\"\n\n\
        A Labour spokesman denied the poster was offensive. \"This poster is making a serious point,\" he said.\n";
    assert_eq!(
        per_quote(s, |q| q.speaker.map(|s| s.name.text)),
        [
            Some("Denham"),
            Some("a spokesman for the Home Office"),
            Some("A Labour spokesman")
        ]
    );
}

#[test]
fn an_adverb_after_an_inverted_cue_is_no_speaker() {
    let s = "News of the day\n\n\"We have had better years than this one,\" said matter-of-factly.\n\n\"We lost the vote,\" said quietly.\n";
    let m = speaker_mentions(s);
    assert!(m.iter().flatten().all(|m| !m.ends_with("ly")), "{m:?}");
}

#[test]
fn a_name_given_by_a_pronoun_subject_is_a_quote() {
    // `dubbed` after `he` reports his words, as `called` does; after a
    // noun it names a thing (`a show dubbed "The Hour"`).
    let s = "News of the day\n\nTrump spoke in Florida. He also took swipes at Marco Rubio, who he dubbed \u{201c}the little senator.\u{201d} He mocked Rubio.\n\n\
        The station ran a show dubbed \u{201c}the late hour\u{201d} for years.\n";
    assert_eq!(
        per_quote(s, |q| (q.text, q.speaker.map(|s| s.name.text))),
        [("the little senator.", Some("Trump"))]
    );
}

#[test]
fn a_when_clause_that_brings_in_a_quote_with_a_comma_has_its_own_subject() {
    let s = "News of the day\n\nThe senator spoke on Monday.\n\nWhen Trump used the words, \u{201c}I\u{2019}m not quite there yet,\u{201d} he was echoing Ryan.\n";
    assert_eq!(
        per_quote(s, |q| q.speaker.map(|s| s.mention.text)),
        [Some("Trump")]
    );
}

#[test]
fn the_ing_forms_of_reporting_verbs_are_cues() {
    let s = "News of the day\n\nThe speech struck a different tone, with Mr Kennedy stressing politicians should not \"foment an artificial debate\" about it.\n\n\
        Instead, he was back to boasting about \"winning\" at every stop.\n";
    assert_eq!(
        per_quote(s, |q| q.cue.map(|c| c.text)),
        [Some("stressing"), Some("boasting")]
    );
}

#[test]
fn a_relative_clause_that_the_quote_ends_gives_no_cue() {
    // `who complains` says whom the quoted words are about; the quote
    // goes on with its predicate.
    let s = "News of the day\n\nAnn Lee mocked the complaint, saying anybody who complains about a microphone \u{201c}is not having a good night.\u{201d}\n\n\
        Tom Hart said the way the party treated women who complained about it \u{201c}would be disqualifying\u{201d} now.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Ann Lee"), Some("saying")),
            (Some("Tom Hart"), Some("said"))
        ]
    );
}

#[test]
fn a_person_named_with_a_relational_role_is_whom_the_next_pronoun_means() {
    let s = "News of the day\n\n\"We showed our spirit,\" said Arsenal manager Arsene Wenger. But his Bayern counterpart Felix Magath was in no mood to celebrate. He said: \"I am far from happy despite the win.\"\n";
    assert_eq!(
        per_quote(s, |q| q.speaker.map(|s| s.name.text)),
        [Some("Arsene Wenger"), Some("Felix Magath")]
    );
}

#[test]
fn a_sentence_about_someone_described_is_whom_its_pronoun_means() {
    // `The 31-year-old` is Jo Pavey; Justyna Bak is only named after her.
    let s = "Pavey focuses on indoor success\n\nJo Pavey will miss the race to focus on the indoor championships in March.\n\n\
        The 31-year-old was third behind Hayley Yelling and Justyna Bak last week but she prefers the track. \"It was great winning bronze but I am wary of injuries,\" she said.\n";
    assert_eq!(
        per_quote(s, |q| q.speaker.map(|s| s.name.text)),
        [Some("Jo Pavey")]
    );
}

#[test]
fn a_verb_in_the_past_heads_no_speaker_phrase() {
    // `came shouts from the crowd`: the verb opens an inverted clause, and
    // `shouts` is a noun; `as the meeting began vowing`: the verb ends the
    // clause before the participle, whose subject is the sentence's.
    let s = "News of the day\n\n\"Call the roll, all of you, right now,\" came shouts from the crowd.\n\n\
             Sanders vowed to win. He sent out an email as the meeting began vowing to \
             \"fight for every vote\" in the state.\n";
    assert_eq!(speaker_mentions(s), [None, Some("He")]);
}

#[test]
fn an_adjective_in_ed_after_an_article_opens_a_subject() {
    // `The retired neurosurgeon`: no verb follows an article, so the `-ed`
    // word is an adjective and the phrase the participle's subject; not
    // before a thing (`The proposed scheme`) or as a compound.
    let s = "News of the day\n\nThe retired neurosurgeon has provided no details, saying in his \
             statement only that he was \"refining some operational practices and staff.\"\n\n\
             The proposed scheme would use \"identifiers\" for each card.\n\n\
             The specially-designed chair lets gamers stretch out in their own \"space\".\n";
    assert_eq!(speaker_mentions(s), [Some("The retired neurosurgeon")]);
}

#[test]
fn a_pronoun_right_after_a_speaker_of_unknown_gender_goes_on_about_them() {
    // Nothing says Obama's gender; a pronoun that opens the next sentence
    // (after its quote, maybe) goes on about him, not about Schiff, whose
    // given name says a man. A speaker who is no subject of their sentence
    // (`When Maddow asked`) is no such speaker.
    let s = "News of the day\n\nRep. Adam Schiff called on President Obama to act.\n\n\
             \"It is troubling,\" Schiff told reporters.\n\n\
             \"We have had problems,\" Obama said after meeting Putin. He added: \
             \"Our goal is not escalation.\"\n\n\
             \"It will pass,\" Obama said. \"We will see,\" he said.\n\n\
             \"We will win,\" Hillary Clinton said. When Maddow pointed out that Sanders calls it \
             \"Medicare for all,\" Clinton seized on it. \"It is not the same,\" she said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Adam Schiff",
            "Obama",
            "Obama",
            "Obama",
            "Obama",
            "Hillary Clinton",
            "Maddow",
            "Hillary Clinton"
        ]
    );
}

#[test]
fn a_sentence_that_ends_inside_a_quote_ends_before_its_closing_mark() {
    // `Heretic asks: "...?" He concludes`: the stop inside the quotation
    // ends the sentence, so `He` opens the next one, right after the
    // speaker's, and goes on about Heretic, whom nothing gives a gender,
    // not about Smith, whose given name says a man.
    let s = "News of the day\n\n\"I like it,\" said John Smith.\n\n\
             Heretic asks: \"Have you seen trawlers?\" He concludes: \"Keep it up.\"\n\n\
             \"We did,\" Heretic writes, \"and we will.\" He adds: \"Come.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "John Smith",
            "Heretic",
            "Heretic",
            "Heretic",
            "Heretic",
            "Heretic"
        ]
    );
}

#[test]
fn british_spellings_are_cues() {
    // `labelled`, `labelling`, `criticised`: the cue is the verb, and the
    // agent of `labelling` its speaker, not the sentence's subject.
    let s = "News of the day\n\nParry labelled the deal \"an eye-opener\".\n\n\
             US critics were less kind, with the Los Angeles Times labelling it a \
             \"dispiriting vanity project\".\n\n\
             Germaine Greer has criticised the show's \"bullying\" of housemates.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Parry"), Some("labelled")),
            (Some("Los Angeles Times"), Some("labelling")),
            (Some("Germaine Greer"), Some("criticised"))
        ]
    );
}

#[test]
fn a_pronoun_that_opens_a_sentence_goes_on_about_the_subject_before() {
    // Addink, the subject of the sentence before the quote (a man, as
    // `Mr` says later), is whom its `he` means, not Sawicki, the last to
    // speak; so is Obama, not Tribe. A subject of the other gender (Mary
    // Hall) is not; one whose sentence holds a quotation (Tony Lee) is
    // the resolver's to read, as that quotation's speaker.
    let s = "News of the day\n\n\"Costs are high,\" says Frederic Sawicki.\n\n\
             Boss Henk Addink blames the low growth rate in Europe. \
             \"In the US growth is 6%,\" he says. Mr Addink blames the euro.\n\n\
             \"It is a betrayal,\" said Laurence Tribe.\n\n\
             Mr. Obama dismissed the criticism as the voice of Mr. Tribe's client. \
             \"You know, I love Larry,\" he said.\n\n\
             \"It is done,\" said John Podesta. Mary Hall vouched for the wall. \
             \"Trump will build it,\" he said.\n\n\
             \"It is done,\" said John Podesta. Tony Lee called the wall \"big\". \
             \"Trump will build it,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Frederic Sawicki",
            "Henk Addink",
            "Laurence Tribe",
            "Obama",
            "John Podesta",
            "John Podesta",
            "John Podesta",
            "Tony Lee",
            "Tony Lee"
        ]
    );
}

#[test]
fn a_lone_name_that_opens_a_fuller_one_stands_for_it() {
    // `Xi`, `Mrs Dai`: a surname written first; `Serena`: a given name;
    // `Peabody`: a firm's short name. An acronym (`UKIP`) stands for
    // itself, and a name in the headline is none of the text's.
    let s =
        "Xi Calls For Calm\n\nPresident Xi Jinping met Obama. \"We are partners,\" Xi said.\n\n\
             Dai Shuqin, 61, was hopeful. Mrs Dai said she was asking for a \"miracle\".\n\n\
             Serena Williams won. \"I am happy,\" Serena said.\n\n\
             Peabody Energy filed for bankruptcy. \"We will recover,\" Peabody said.\n\n\
             UKIP MEPs met. \"We are ready,\" UKIP said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Xi Jinping",
            "Dai Shuqin",
            "Serena Williams",
            "Peabody Energy",
            "UKIP"
        ]
    );
    // A middle initial between the given name and the surname.
    let s = "News of the day\n\nWalter J. Bressler spoke of his brother. \"I was too young,\" Walter said.\n";
    assert_eq!(speaker_names(s), ["Walter J. Bressler"]);
}

#[test]
fn a_lone_name_asked_again_opens_the_same_and_few_are_searched_for() {
    // Asked again further on, `Xi` still opens `Xi Jinping`: its search
    // goes on from where it stopped, and what it found stays found.
    let s = "News of the day\n\nPresident Xi Jinping met Obama. \"We are partners,\" Xi said. \
             Talks went on. \"We agree,\" Xi said.\n";
    assert_eq!(speaker_names(s), ["Xi Jinping", "Xi Jinping"]);
    // The text is searched for 32 different lone words at the most, which
    // keeps an article's time linear in its length: the 33rd stands for
    // itself.
    let mut s = String::from("News of the day\n\n");
    let words: Vec<String> = (0..33u8)
        .map(|i| {
            format!(
                "Wa{}{}",
                char::from(b'a' + i / 26),
                char::from(b'a' + i % 26)
            )
        })
        .collect();
    for w in &words {
        s.push_str(&format!(
            "{w} Shuqin met officials. \"We agree,\" {w} said.\n\n"
        ));
    }
    let names = speaker_names(&s);
    assert_eq!(names.len(), 33);
    assert_eq!(names[0], "Waaa Shuqin");
    assert_eq!(names[31], "Wabf Shuqin");
    assert_eq!(names[32], "Wabg");
}

#[test]
fn an_office_whose_name_and_joins_is_one_role() {
    // `Trade and Industry Secretary`: the office's name runs through
    // `and` to its title; the holder's name follows. Two names that `and`
    // joins with no title after them are two people's, the first the
    // speaker's; so are a surname and an office's holder after `and`.
    let s = "News of the day\n\n\"It is in recovery,\" said Economic and Fiscal Policy Minister Heizo Takenaka.\n\n\
             \"It will be good,\" said Trade and Industry Secretary Patricia Hewitt.\n\n\
             \"It will be good,\" said Smith and Jones.\n\n\
             \"It will work,\" said Brown and Transport Secretary Alistair Darling.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            (
                "Heizo Takenaka",
                Some("Economic and Fiscal Policy Minister")
            ),
            ("Patricia Hewitt", Some("Trade and Industry Secretary")),
            ("Smith", None),
            ("Brown", None)
        ]
    );
}

#[test]
fn a_role_of_sport_or_show_business_stands_for_the_subject_before() {
    // No one is named `defender` or `actor`: `the defender` and `the
    // British actor` are the people the text is about, the subjects of
    // the sentences before. An office's holder is not read so: `the
    // prime minister` may be anyone named before, so stays as written.
    let s = "News of the day\n\nRichard Dunne is ready to commit his future to the club. \
             Talks have taken place and the defender said: \"It will be sorted.\"\n\n\
             Jeremy Irons said he had wondered whether to attend. \
             \"I questioned whether I should come,\" the British actor said.\n\n\
             Gordon Brown met the unions. \"It is done,\" the prime minister said.\n";
    assert_eq!(
        speaker_names(s),
        ["Richard Dunne", "Jeremy Irons", "the prime minister"]
    );
}

#[test]
fn a_signature_may_run_on_with_what_the_signer_wrote() {
    // The dash signs the quote; after a comma, the signer's place or
    // work runs to the line's end.
    let s = "News of the day\n\n\"It is late.\" \u{2013} Ann Lee, Leeds\n\n\
             \"I am as light as a feather.\" \u{2013} Charles Dickens, A Christmas Carol\n";
    assert_eq!(speaker_names(s), ["Ann Lee", "Charles Dickens"]);
}

#[test]
fn a_cue_in_ed_that_opens_a_sentence_inverts_a_description() {
    // `Concluded the researchers:` as `Said the Pew report:`.
    let s = "News of the day\n\nThe study ran for a year. Concluded the researchers: \"It takes repeated increases.\"\n\n\
             Explained the spokesman: \"It is fine.\"\n";
    assert_eq!(speaker_names(s), ["the researchers", "the spokesman"]);
}

#[test]
fn a_description_that_names_someone_after_a_possessive_is_theirs() {
    // `The Post's Ruth Marcus`: the person, with where she works for a
    // role; `Bush's Facebook post` names no one after the possessive.
    let s = "News of the day\n\nAs The Post's Ruth Marcus puts it, \"It is an offer they can't refuse.\"\n\n\
             Bush's Facebook post said: \"We must move on.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Ruth Marcus", Some("The Post")),
            ("Bush's Facebook post", None)
        ]
    );
}

#[test]
fn kin_named_by_a_given_name_alone_is_that_person() {
    // `his wife, Sheila,`: a relative is named by the given name alone;
    // one word after another description names no one (`the company,
    // Microsoft` is the company).
    let s = "News of the day\n\n\"He had a wonderful life,\" said his wife, Sheila.\n\n\
             \"We are proud,\" said the company, Microsoft.\n";
    assert_eq!(speaker_names(s), ["Sheila", "the company"]);
}

#[test]
fn then_after_the_dates_a_role() {
    // `the then prime minister`: the phrase runs back through `then` to
    // its article.
    let s = "News of the day\n\nIn 1987, the then prime minister said the system let \"biased\" teachers \
             distort results.\n";
    assert_eq!(speaker_names(s), ["the then prime minister"]);
}

#[test]
fn a_star_is_a_role_in_lowercase_only() {
    // `Coronation Street star David Jason`: the role before the name, not
    // the show's last word as the speaker.
    let s = "News of the day\n\nCoronation Street star David Jason criticised TV for being \
             \"too safe and too cheap\".\n\n\"It is false,\" said pop star Britney Spears.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("David Jason", Some("Coronation Street star")),
            ("Britney Spears", Some("pop star"))
        ]
    );
    // Capitalized, `Star` ends a newspaper's name: no person whom a later
    // `he` may mean.
    let s =
        "News of the day\n\nA lawmaker wants Donald Trump banned after the candidate spoke.\n\n\
             \"There is no basis for it,\" Joey Salceda said in a bill filed in Manila, \
             according to the Philippine Star.\n\n\
             At a rally in Portland, Maine, on Thursday, Trump listed the countries. \
             \"We are letting people come in,\" he said.\n";
    assert_eq!(speaker_names(s), ["the Philippine Star", "Donald Trump"]);
}

#[test]
fn a_name_after_through_is_the_channel_not_the_speaker() {
    // `through Arsenal describing`: the club carried the statement; the
    // participle's subject is the sentence's.
    let s = "News of the day\n\nReyes moved to play down the reports, issuing a statement through \
             Arsenal describing the speculation as \"flattering\".\n";
    assert_eq!(speaker_mentions(s), [Some("Reyes")]);
}

#[test]
fn our_correspondent_is_the_one_the_paper_named_before() {
    // `our correspondent added`: the paper's own correspondent, named
    // before with the role, as `the correspondent` is.
    let s = "News of the day\n\nBBC correspondent Stephen Cape said the unions were a \"formidable force\". \
             Ministers believe it will be the \"less painful\" option, our correspondent added.\n";
    assert_eq!(speaker_names(s), ["Stephen Cape", "Stephen Cape"]);
}

#[test]
fn a_cue_whose_clause_runs_to_a_colon_brings_in_the_next_quote() {
    // `"...." Guti told Spanish radio station Cadena Ser: "..."`: the
    // cue's clause ends with the colon before the next quote, which it
    // brings in; the quote before it goes on with the speaker before.
    let s = "News of the day\n\n\"It is fine,\" said Real Madrid president Florentino Perez. \
             \"We must put this nightmare behind us.\" Madrid midfielder Guti told Spanish \
             radio station Cadena Ser: \"I have never seen this before.\"\n";
    assert_eq!(
        speaker_names(s),
        ["Florentino Perez", "Florentino Perez", "Guti"]
    );
}

#[test]
fn a_paragraphs_opening_quote_before_a_cue_that_brings_in_the_next_goes_on_from_before() {
    // `"...," Mr Sukul said.` then `"...." Mr Mawrey said: "..."`: the
    // later attribution brings in its own quote; the opening one goes on
    // with the paragraph before, its quote's speaker or the cue it ends
    // with (`Ian Harris said the machine would appeal`).
    let s = "News of the day\n\n\"The papers were scattered,\" Mr Sukul said.\n\n\
             \"The envelopes had been sealed again. The house was in order.\" Mr Mawrey \
             said: \"What you are saying is wrong.\"\n";
    assert_eq!(speaker_names(s), ["Sukul", "Sukul", "Mawrey"]);
    let s = "News of the day\n\n\"It is the newest Mac ever,\" Steve Jobs said. \
             Ian Harris, deputy editor of Mac Format, said the machine would appeal to \
             iPod owners.\n\n\
             \"They want a further taste of Mac because they like what they have seen \
             with the iPod.\" Harris added: \"It is a bold move.\"\n";
    assert_eq!(speaker_names(s), ["Steve Jobs", "Ian Harris", "Ian Harris"]);
}

#[test]
fn an_office_near_the_lead_stands_for_the_person_the_lead_opens_with() {
    // `Gordon Brown has issued ...` then `The chancellor said`: the person
    // the story is about holds the office named after him.
    let s = "News of the day\n\nGordon Brown has issued a rallying cry to Labour supporters.\n\n\
             The chancellor said the stakes were \"too high\" to stay at home.\n";
    assert_eq!(speaker_names(s), ["Gordon Brown"]);
    // With someone else named in full since, who says what the lead
    // opens with, the lead is about that speaker.
    let s =
        "News of the day\n\nTony Blair has had the chance and failed, Michael Howard has said.\n\n\
             \"Britain is heading in the wrong direction,\" the Conservative leader said.\n";
    assert_eq!(speaker_names(s), ["Michael Howard"]);
}

#[test]
fn and_inside_a_bodys_name_after_of_or_for_joins_it() {
    // `A Department for Work and Pensions spokeswoman said`, `said a
    // Department of Trade and Industry spokesman`: `and` joins two words of
    // the body's name, which the title serves.
    let s = "News of the day\n\nA Department for Work and Pensions spokeswoman said of the award: \
             \"It reflects all he has achieved.\"\n";
    assert_eq!(
        speaker_names(s),
        ["A Department for Work and Pensions spokeswoman"]
    );
    let s =
        "News of the day\n\n\"It reflects all he has achieved,\" said a Department of Trade and \
             Industry spokesman.\n";
    assert_eq!(
        speaker_names(s),
        ["a Department of Trade and Industry spokesman"]
    );
    let s = "News of the day\n\nThe Department for Work and Pensions said of the award: \
             \"It reflects all he has achieved.\"\n";
    assert_eq!(speaker_names(s), ["The Department for Work and Pensions"]);
    // Not two people, one of a body: `Smith of Acme and Jones`.
    let s = "News of the day\n\n\"It reflects all he has achieved,\" said Ann Smith of Acme and \
             Bob Jones.\n";
    assert_eq!(speaker_names(s), ["Ann Smith"]);
}

#[test]
fn and_inside_an_offices_name_before_a_holder_joins_it() {
    // `Economy and Labour Minister Wolfgang Clement said`: the office is
    // named for two matters, the first of which `and` joins to the rest.
    let s = "News of the day\n\nTrade and Industry Secretary Petra Hollis said: \"We agree.\"\n";
    assert_eq!(
        first_name_and_role(s),
        ("Petra Hollis", Some("Trade and Industry Secretary"))
    );
    // Not a surname before `and`: two people.
    let s = "News of the day\n\nBrown and Transport Secretary Petra Hollis said: \"We agree.\"\n";
    assert_eq!(
        first_name_and_role(s),
        ("Petra Hollis", Some("Transport Secretary"))
    );
}

#[test]
fn an_office_near_the_lead_stands_for_the_person_the_lead_ends_with() {
    // `..., Jack Straw said.` then `The foreign secretary told MPs`: a lead
    // that ends with who said it is about that person.
    let s = "News of the day\n\nThe rebate is not up for renegotiation, Colin Rudd said.\n\n\
             The foreign secretary told MPs the rebate was \"entirely justified\".\n";
    assert_eq!(speaker_names(s), ["Colin Rudd"]);
    // A middle initial's dot ends no sentence (`George W. Bush said.`).
    let s = "News of the day\n\nThe rebate is not up for renegotiation, Colin W. Rudd said.\n\n\
             The foreign secretary told MPs the rebate was \"entirely justified\".\n";
    assert_eq!(speaker_names(s), ["Colin W. Rudd"]);
    // Not when the lead gives the speaker another office.
    let s =
        "News of the day\n\nThe economy will be at the heart of the campaign, Chancellor Colin \
             Rudd has said.\n\n\
             The foreign secretary told MPs the plan was \"entirely justified\".\n";
    assert_eq!(speaker_names(s), ["The foreign secretary"]);
}

#[test]
fn a_person_named_only_as_an_object_holds_no_office_of_the_lead() {
    // `Tony Blair has dismissed reports he told Gordon Brown ...` then `the
    // prime minister told`: Brown is told, not the one the story is about;
    // nor is one named in a role of his own (`attack Tory leader Michael
    // Howard`).
    let s = "News of the day\n\nAnna Weller has dismissed reports she told Colin Rudd she would quit.\n\n\
             \"You don't do deals over jobs like this,\" the prime minister told the BBC.\n";
    assert_eq!(speaker_names(s), ["Anna Weller"]);
    let s =
        "News of the day\n\nAnna Weller has pledged never to attack Tory leader Colin Rudd.\n\n\
             The prime minister told the paper: \"I attack Colin Rudd politically.\"\n";
    assert_eq!(speaker_names(s), ["Anna Weller"]);
    // One whose stance is spoken of may hold it (`backed Colin Rudd's stance`
    // then `The Tory leader said`), and one who speaks as a subject.
    let s = "News of the day\n\nAnna Weller does not believe it is an issue. A bishop backed \
             Colin Rudd's stance.\n\n\
             The Tory leader said the matter was \"one of conscience\".\n";
    assert_eq!(speaker_names(s), ["The Tory leader"]);
}

#[test]
fn ahead_of_after_an_inverted_name_ends_the_speaker_phrase() {
    // `said Castaignede ahead of the tie`: `ahead` opens a preposition as
    // `after` does, so the name alone speaks and takes its fullest form.
    let s = "News of the day\n\nFormer fly-half Thomas Castaignede has warned Laporte. \
             \"All the chat has been about France,\" said Castaignede ahead of the tie.\n";
    assert_eq!(speaker_names(s), ["Thomas Castaignede"]);
}

#[test]
fn a_role_and_name_opening_the_sentence_speak_past_a_clause_set_off_by_commas() {
    // `Former prosecutor Rudy Giuliani, who backs Trump, trashed Comey,
    // calling it`: the comma after the name opens a clause about it, not
    // the end of the subject; `Former` alone is no speaker.
    let s =
        "News of the day\n\nFormer prosecutor Rudy Giuliani, who backs Trump, trashed Comey on \
             MSNBC, calling it a \"no-brainer\" for him.\n\n\
             Democratic front-runner Hillary Clinton, also campaigning in Wisconsin, said \
             Trump is responsible and accused him of \"inciting violent behavior\".\n";
    assert_eq!(speaker_names(s), ["Rudy Giuliani", "Hillary Clinton"]);
}

#[test]
fn a_cue_that_runs_on_into_a_clause_after_a_quote_that_ended_is_no_attribution_of_it() {
    // `"...." This week a judge claimed easy access to drink was breeding
    // "urban savages"`: the sentence after a quote that ended its own
    // reports another's words; the quote goes on with its speaker.
    let s =
        "News of the day\n\n\"We should not be inconvenienced,\" Steve Green said. \"To take away \
             that ability for all the population is not, in my view, sensible.\" This week a \
             judge claimed easy access to drink was breeding \"urban savages\" in town centres.\n";
    assert_eq!(speaker_names(s), ["Steve Green", "Steve Green", "a judge"]);
    // A phrase of time, place or manner right after the cue (and whom it
    // told) is the attribution's, however long.
    let s = "News of the day\n\n\"Do you want to listen to a cassette?\" Matiullah Matie asks as he steers \
             his white car along a narrow road surrounded by cornfields and mud huts.\n";
    assert_eq!(speaker_names(s), ["Matiullah Matie"]);
}

#[test]
fn a_player_of_a_club_is_the_person_the_text_is_about() {
    // `said the Liverpool player`: `player` is a role of sport, as `boss`
    // and `striker` are, that stands for the person the text is about
    // when no one was named with it.
    let s = "News of the day\n\nSteve Finnan believes the Republic of Ireland can qualify.\n\n\
             The versatile Finnan is confident. \"There is a chance for us now,\" said the \
             Liverpool player.\n";
    assert_eq!(speaker_names(s), ["Steve Finnan"]);
}

#[test]
fn a_role_of_sport_with_more_words_before_it_is_the_person_the_text_is_about() {
    // `The double Olympic champion said`, `said the Old Trafford boss`:
    // more than one word before a role of sport or show business.
    let s = "News of the day\n\nKelly Holmes has been forced out of the championships.\n\n\
             The double Olympic champion said: \"I am very disappointed.\"\n";
    assert_eq!(speaker_names(s), ["Kelly Holmes"]);
    let s = "News of the day\n\nAlex Ferguson was pleased with the win.\n\n\
             \"We played well,\" said the Old Trafford boss.\n";
    assert_eq!(speaker_names(s), ["Alex Ferguson"]);
    // `athlete` is such a role too.
    let s = "News of the day\n\nDarla Kemp was made an MBE for her relay gold.\n\n\
             \"It means a lot to me,\" said the Newport-based athlete.\n";
    assert_eq!(speaker_names(s), ["Darla Kemp"]);
}

#[test]
fn a_role_named_in_the_first_paragraphs_reaches_past_many_names() {
    // `Foreign Secretary Jack Straw said` near the top, `The foreign
    // secretary meanwhile said` more than two dozen names on: the role's
    // holder as the story first named him.
    let names: Vec<String> = (0..26)
        .map(|i| format!("Anna{} Bell{}", char::from(b'a' + i), char::from(b'a' + i)))
        .collect();
    let s = format!(
        "News of the day\n\nThe rebate is not up for discussion.\n\n\
         Earlier Foreign Secretary Jack Straw said the UK would veto any bid.\n\n\
         The talks drew {}.\n\n\
         The foreign secretary meanwhile said the \"justice\" of the rebate remained.\n",
        names.join(", ")
    );
    assert_eq!(speaker_names(&s), ["Jack Straw"]);
    // Named so only in a later paragraph, the role so far on may be
    // another holder's: none is given.
    let s = format!(
        "News of the day\n\nThe rebate is not up for discussion.\n\nThe talks went on.\n\n\
         Earlier Foreign Secretary Jack Straw said the UK would veto any bid.\n\n\
         The talks drew {}.\n\n\
         The foreign secretary meanwhile said the \"justice\" of the rebate remained.\n",
        names.join(", ")
    );
    assert_eq!(speaker_names(&s), ["The foreign secretary"]);
}

#[test]
fn a_name_with_an_age_and_an_appositive_before_its_cue_is_brought_in_as_a_speaker() {
    // `Jimmy Ghazal, 39, a Lebanese man visiting Nice, told ABC News`: the
    // age set off by commas stands before the appositive; the name is a
    // speaker brought in, whom the next `he` means, not the last to speak.
    let s = "News of the day\n\n\"We will be tough,\" Donald Trump said.\n\n\
             Jimmy Ghazal, 39, a Lebanese man visiting Nice, told ABC News that he had \
             been watching the fireworks.\n\n\
             \"The kids thought it was part of the fireworks,\" he said.\n";
    assert_eq!(speaker_names(s), ["Donald Trump", "Jimmy Ghazal"]);
}

#[test]
fn it_stands_for_a_body_described_as_the_subject_before_it() {
    // `The committee reached its conclusions ... It warned`: no name opens
    // the sentence before, a description of a body does.
    let s = "News of the day\n\nChairman Sir Archy Kirkwood said: \"It must be replaced.\"\n\n\
             The committee reached its conclusions after it found a backlog. \
             It warned that the agency was not \"fit for purpose\".\n";
    assert_eq!(speaker_names(s), ["Archy Kirkwood", "The committee"]);
    // In the pronoun's own sentence, past an appositive.
    let s =
        "News of the day\n\nThe new Indian government, led by the Congress Party, was voted into \
             power after it pledged reforms with a \"human face\".\n";
    assert_eq!(speaker_names(s), ["The new Indian government"]);
    // `The report said the government`: one phrase, with no verb inside.
    let s = "News of the day\n\nThe report said the government needed a plan. \
             It said such schemes were \"gimmicks\".\n";
    assert_ne!(speaker_names(s), ["The report said the government"]);
    // A quotation's words are not the sentence's subject.
    let s = "News of the day\n\nAfter the ruling, the lag meant a new target year. \
             \"The commission concludes that the pact holds,\" it said.\n";
    let a = article(s);
    let (name, quote) = (
        a.quotes[0].speaker.as_ref().map(|sp| sp.name.span),
        a.quotes[0].span,
    );
    assert!(name.is_some_and(|n| n.start >= quote.end), "{name:?}");
}

#[test]
fn of_after_a_bodys_head_keeps_the_bodys_name_whole() {
    // `the Bank of England`: `of` after a capitalized word that heads a
    // body joins its name, as `for` does; the last part alone is no
    // speaker, nor in a description.
    let s =
        "News of the day\n\nA spokesman for the Bank of England said rates were \"on hold\".\n\n\
             The head of the Institute of Fiscal Studies suggested the \"gap\" was wider.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Bank of England",
            "The head of the Institute of Fiscal Studies"
        ]
    );
    // `for` after a body's head joins its name too (`the Department for
    // Education`), in the name's run as in the phrase.
    let s =
        "News of the day\n\nA spokeswoman for the Department for International Development said: \
             \"We made a clear commitment.\"\n";
    assert_eq!(
        speaker_names(s),
        ["Department for International Development"]
    );
    // With an `and` after `of`, the name is read from where the sentence
    // opens it, as before.
    let s = "News of the day\n\nLast year, the Department of Trade and Industry said there was a \
             \"sixfold reduction\".\n";
    assert_eq!(speaker_names(s), ["the Department of Trade and Industry"]);
}

#[test]
fn a_surname_alone_takes_the_given_name_a_quotation_gives_it() {
    // No name outside quotation marks gives `Lord Butler` his given name;
    // a quotation does.
    let s = "News of the day\n\nMr Cunningham said: \"Taken together, Robin Butler's comments are \
             inaccurate.\"\n\nLord Butler said the claims were \"absurd\".\n";
    assert_eq!(speaker_names(s), ["Cunningham", "Robin Butler"]);
    // Not a kin's name (`my son John Smith`), nor two given names.
    let s = "News of the day\n\nMr Smith said: \"My son John Smith is innocent.\"\n";
    assert_eq!(speaker_names(s), ["Smith"]);
    let s = "News of the day\n\nMr Smith said: \"John Smith and David Smith were there.\"\n";
    assert_eq!(speaker_names(s), ["Smith"]);
}

#[test]
fn a_headlines_last_word_is_no_owner_of_the_lead_subjects_role() {
    // `Fear will help France - Laporte` then `France coach Bernard Laporte
    // believes`: the subject opens its paragraph, whatever capitalized
    // word ends the line before, so `the French coach` is Laporte.
    let s = "Fear will help France - Laporte\n\nFrance coach Bernard Laporte believes his team \
             will be scared.\n\n\"We will go with a little fear,\" said the French coach.\n";
    assert_eq!(speaker_names(s), ["Bernard Laporte"]);
    // A rank before the name is a role too.
    let s = "Davenport hits out at Wimbledon\n\nWorld number one Lindsay Davenport has \
             criticised Wimbledon.\n\nReacting to a comment, the American said: \"It is \
             highly insulting.\"\n";
    assert_eq!(speaker_names(s), ["Lindsay Davenport"]);
}

#[test]
fn a_described_bodys_two_concerns_joined_by_and_stay_in_its_description() {
    // `the Commons science and technology committee`: the `and` joins
    // what the committee covers, not two speakers.
    let s = "News of the day\n\nThere was an \"absolute crisis\" in recruitment, the Commons science and \
             technology committee added.\n";
    assert_eq!(
        speaker_names(s),
        ["the Commons science and technology committee"]
    );
}

#[test]
fn a_weekday_after_a_given_name_is_a_surname() {
    // `England sevens coach Mike Friday`: no day, and the name ends the
    // phrase after its role.
    let s = "News of the day\n\n\"We can win,\" said England sevens coach Mike Friday.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Mike Friday", Some("England sevens coach"))
    );
    // Nor does a quote the name brings in go missing.
    let s = "News of the day\n\nMike Friday said: \"We can win.\"\n";
    assert_eq!(speaker_names(s), ["Mike Friday"]);
}

#[test]
fn an_owner_inside_a_described_subject_stays_in_it() {
    // `The prime minister's official spokesman ... saying`: the owner's
    // `-s` is no verb's, and the phrase runs on to its noun.
    let s = "News of the day\n\nThe prime minister's official spokesman also rejected the claims, \
             saying: \"The attorney general made it clear.\"\n";
    assert_eq!(
        speaker_names(s),
        ["The prime minister's official spokesman"]
    );
    // The word after an owner is its noun, whatever its ending.
    let s = "News of the day\n\nThe show's producers defended Rock, saying his comments were \
             \"humorous digs\".\n";
    assert_eq!(speaker_names(s), ["The show's producers"]);
    // An owner alone is no subject: the quote is no one's.
    let s = "News of the day\n\nThe Cruz slate's main competition came from an unaligned \
             \"Wyoming first\" push.\n";
    assert_eq!(speaker_names(s), Vec::<&str>::new());
}

#[test]
fn a_noun_in_ess_or_oss_is_no_verb() {
    // `boss`, `actress`: no verb's `-s`, so the phrase runs on to them.
    let s = "News of the day\n\nNewcastle boss Graeme Souness hit back at Craig Bellamy, claiming \
             he was \"not good enough\".\n";
    assert_eq!(
        first_name_and_role(s),
        ("Graeme Souness", Some("Newcastle boss"))
    );
    let s = "News of the day\n\nShivering in a long dress, the Australian-born actress stopped to \
             sign autographs and joked: \"It's tight but I love it.\"\n";
    assert_eq!(speaker_names(s), ["the Australian-born actress"]);
}

#[test]
fn an_owners_mark_is_no_part_of_its_mention() {
    // `Trump's claim that "..."`: the speaker's mention is the owner's
    // words, without the possessive mark.
    let s = "News of the day\n\nDonald Trump's claim that there were \"thousands of shootings\" \
             was checked.\n";
    assert_eq!(speaker_mentions(s), [Some("Donald Trump")]);
    let s =
        "News of the day\n\nPodliska’s claim that the committee is a \"witch hunt\" drew fire.\n";
    assert_eq!(speaker_mentions(s), [Some("Podliska")]);
}

#[test]
fn a_speech_noun_that_is_that_quote_is_its_owners() {
    // `The senator’s answer was that “...”`: what the answer was is what
    // its owner said, as with a colon.
    let s =
        "News of the day\n\nThe Florida senator’s answer was that “the most important institution \
             in society is the family,” so government should help.\n";
    assert_eq!(speaker_names(s), ["The Florida senator"]);
}

#[test]
fn a_common_irregular_past_ends_a_described_subject() {
    // `upheld`, `ran`: verbs, which no `-ed` test catches, end the phrase.
    let s =
        "News of the day\n\nThe tribunal upheld Ms Villalba's claim of victimisation, but said it \
             found no evidence of \"laddish culture\" at the bank.\n";
    assert_eq!(speaker_names(s), ["The tribunal"]);
    let s =
        "News of the day\n\nThe Washington Post recently ran a piece that noted his \"plan would \
             benefit affluent households more than anyone\".\n";
    assert_eq!(speaker_names(s), ["The Washington Post"]);
}

#[test]
fn an_honorifics_article_is_no_part_of_the_name_in_apposition() {
    // `the Rt Rev Dr Tom Wright`: the article belongs to the honorific;
    // the appositive is a name, who speaks.
    let s = "News of the day\n\nThe Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as \
             a \"great thriller\".\n";
    assert_eq!(speaker_names(s), ["Tom Wright"]);
    // Without a title after it, the article makes a description, as before.
    let s = "News of the day\n\nThe firm's owner, the Smith Group, described the plan as \
             \"a great deal\".\n";
    assert_eq!(speaker_names(s), ["The firm's owner"]);
}

#[test]
fn a_no_break_space_after_a_stop_ends_the_sentence() {
    // `Christie.\u{a0}He calls`: the pronoun opens the sentence after the
    // one about Tuttle's article, whose owner it means.
    let s = "News of the day\n\nAn article written by National Review\u{2019}s Ian Tuttle accuses Trump \
             of exploiting it.\n\nLast week, New Jersey Gov. Chris Christie announced that he \
             would support the Trump campaign.\n\nTuttle\u{2019}s article also attacked \
             Christie.\u{a0}He calls Christie\u{2019}s endorsement \u{201c}the most transparent \
             display of affection.\u{201d}\n";
    assert_eq!(speaker_names(s), ["Ian Tuttle"]);
    // A carriage return too.
    let t = s.replace("Christie.\u{a0}He", "Christie.\r\nHe");
    assert_eq!(speaker_names(&t), ["Ian Tuttle"]);
}

#[test]
fn a_subject_after_a_long_fronted_clause_opens_its_sentence() {
    // `When Maddow pointed out that ... "Medicare for all," Clinton
    // seized`: the clause a subordinator opens runs to its comma, however
    // long and with a quotation in it; the name after it is the
    // sentence's subject, whom the next pronoun means.
    let s =
        "News of the day\n\n\"I am not,\" Hillary Clinton said.\n\n\"Will you?\" Rachel Maddow asked.\n\n\
             When Maddow pointed out that Sanders refers to it as \"Medicare for all,\" Clinton \
             seized upon the reference, repeating her campaign's line. \"Medicare for all is not \
             the same,\" she said.\n";
    assert_eq!(speaker_names(s).last(), Some(&"Hillary Clinton"));
    // An abbreviation's dot in the clause ends no sentence.
    let t = s.replace("When Maddow", "When Ms. Maddow");
    assert_eq!(speaker_names(&t).last(), Some(&"Hillary Clinton"));
}

#[test]
fn it_stands_for_a_document_described_as_the_subject_before_it() {
    // `The report said ... It said`: a written thing speaks as a body
    // does, and the `it` after it stands for it, not for a place named
    // before.
    let s = "News of the day\n\nAbout 10% of people disappeared from the electoral roll in Northern Ireland \
             when it was introduced in 2002. The report said the government should consider \
             fines. It said incentives were likely to be seen as \"gimmicks\" and risked \
             undermining the system.\n";
    assert_eq!(speaker_names(s), ["The report"]);
}

#[test]
fn a_clause_of_contrast_has_its_own_subject() {
    // `..., while Mike Huckabee ... proposed we "..."`: the quote stands in
    // the clause after `while`, whose subject is not the sentence's.
    let s =
        "News of the day\n\nLouisiana Gov. Bobby Jindal on Monday signed an order trying to block \
             refugees, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up \
             and smell the falafel.\"\n";
    assert_eq!(speaker_names(s), ["Mike Huckabee"]);
    // `..., but Turkey, which occupies ..., had insisted ..., calling`.
    let s = "News of the day\n\nThe southern part of Cyprus is an EU member, but Turkey, which occupies \
             northern Cyprus, had previously insisted it would not bow to demands, calling the \
             issue a \"red line\".\n";
    assert_eq!(speaker_names(s), ["Turkey"]);
}

#[test]
fn a_cue_in_a_relative_clause_covers_no_later_quote() {
    // `in a clip that Judge Mosman called "distasteful," Santilli expressed
    // a desire to "..."`: the cue is the relative clause's; the later
    // quote is the main clause's subject's.
    let s =
        "News of the day\n\nIn a clip that Judge Michael Mosman called \"distasteful,\" Santilli \
             expressed a desire to \"try, convict and shoot Hillary Clinton.\"\n";
    assert_eq!(speaker_names(s), ["Michael Mosman", "Santilli"]);
}

#[test]
fn a_participle_after_a_relative_clause_is_not_its_names() {
    // `The Scot defended Beattie, whose dismissal ..., saying`: the name
    // is the verb's object, and the participle the subject's, so the name
    // is no new speaker for the next `he`. (`Hillary Clinton, drew a
    // contrast, saying`: after a verb's phrase, the name's.)
    let s =
        "News of the day\n\nEverton manager David Moyes will discipline striker James Beattie.\n\n\
             The Scot initially defended Beattie, whose dismissal put Everton on the back foot, \
             saying Gallas overreacted. But he has had a rethink since. He said: \"I should set \
             the record straight.\"\n";
    assert_eq!(speaker_names(s), ["David Moyes"]);
}

#[test]
fn a_sport_epithet_opening_a_sentence_is_the_person_the_text_is_about() {
    // `The world number one was forced to go the distance against Ivo
    // Minar. "...," he said`: the epithet is the subject, and stands for
    // the person named before; the opponent after it is no speaker.
    let s = "News of the day\n\nTop seed Roger Federer had to save two match points at the Dubai Open.\n\n\
             Federer was not unduly worried. The world number one was forced to go the distance \
             against Ivo Minar in the first round. \"I had a slow start again,\" he said.\n";
    assert_eq!(speaker_names(s), ["Roger Federer"]);
    let t = s.replace("The world number one", "The Swiss star");
    assert_eq!(speaker_names(&t), ["Roger Federer"]);
}

#[test]
fn a_name_whose_cue_a_pronoun_follows_owns_that_pronoun() {
    // `Ancic looked set to push Safin. Safin said he was trying ...`: the
    // `he` is Safin's, and carries on no talk of Ancic; the name, of no
    // gender known, takes the pronoun's (`Federer admitted he was`).
    let s = "News of the day\n\nSafin survived an injury scare as he battled past Mario Ancic.\n\n\
             Ancic looked set to push Safin all the way. Safin said he was trying to keep his \
             temper. The Russian hit himself on the head. \"If you go crazy, you might never \
             come back,\" he said.\n\nFederer beat Tommy Robredo. Federer admitted he was under \
             extra pressure. \"It is not that simple,\" he said.\n";
    assert_eq!(speaker_names(s), ["Safin", "Federer"]);
}

#[test]
fn a_word_after_a_phrase_quoted_mid_sentence_opens_nothing() {
    // `who think they can "outsource" Middle Eastern leadership to
    // "dictators"`: the capitalized words after the first quote are in
    // its sentence, no subject of the next quote's.
    let s = "News of the day\n\nShe began her speech by slamming candidates who think they can \
             \"outsource\" Middle Eastern leadership to \"dictators\" and followed up with an \
             attack.\n";
    assert_eq!(speaker_names(s), ["She", "She"]);
}

#[test]
fn a_described_subject_keeps_its_role_of_phrase() {
    // `The former secretary of State began her speech by slamming ...
    // "dictators"`: the description runs through the `of` phrase after
    // its noun for a person, as it does before a cue.
    let s = "News of the day\n\nThe former secretary of State began her speech by slamming the \
             \"dictators\" of the region.\n\nThe head of the Catholic Church used a message \
             to denounce the war as a \"terrible\" waste of money.\n";
    assert_eq!(
        speaker_names(s),
        [
            "The former secretary of State",
            "The head of the Catholic Church"
        ]
    );
}

#[test]
fn an_epithet_subject_outweighs_a_gendered_name_after_it() {
    // `The Brazilian confirmed ... reports that food was thrown at United
    // boss Sir Alex Ferguson. "...," he told`: the last name of the
    // pronoun's gender is in a sentence an epithet opens, which is about
    // the person the text is about.
    let s = "News of the day\n\nArsenal's Edu has lifted the lid on the scenes that followed the win.\n\n\
             The Brazilian confirmed tempers had flared but could shed no light on reports that \
             food was thrown at United boss Sir Alex Ferguson. \"I saw people being pulled \
             apart,\" he told Uefa's official website.\n";
    assert_eq!(speaker_names(s), ["Edu"]);
}

#[test]
fn a_title_and_name_after_four_described_words_are_the_subject() {
    // `The Scottish National Party's Holyrood leader Nicola Sturgeon wrote
    // ... calling for`: the description's four words are followed by a
    // title and the name it holds, whose subject the participle is.
    let s = "News of the day\n\nThe Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr \
             McConnell on Tuesday accusing him of an error of judgement and calling for him to \
             apologise for his \"ill-judged comment\".\n";
    assert_eq!(speaker_names(s), ["Nicola Sturgeon"]);
}

#[test]
fn a_gendered_word_ending_the_headline_is_no_title_of_the_first_name() {
    // `Greer attacks 'bully' Big Brother` over `Germaine Greer has
    // criticised`: the headline's last word, `Brother`, is the word before
    // the name that opens the first paragraph, but no title of it, and
    // gives it no gender (which kept `She` from it).
    let s = "Star slams Big Brother\n\nGermaine Greer has criticised the show's \"bullying\" \
             of housemates after quitting.\n\nShe said \"superior\" tactics could encourage \
             playground bullying.\n";
    assert_eq!(speaker_names(s), ["Germaine Greer", "Germaine Greer"]);
}

#[test]
fn she_finds_the_last_speaker_whose_given_name_is_a_womans() {
    // `Jillian` is a woman's given name: `she` means the last to speak,
    // not the woman who spoke before her (the tables knew `Erica` only).
    let s =
        "News of the day\n\n\"We were busy,\" said Erica Smegielski, whose mother died at Sandy Hook.\n\n\
             \"I deserve a jury,\" said Jillian Soto, who lost her sister at Sandy Hook.\n\n\
             \"Remington acted irresponsibly,\" she added.\n";
    assert_eq!(
        speaker_names(s),
        ["Erica Smegielski", "Jillian Soto", "Jillian Soto"]
    );
}

#[test]
fn a_phrase_asked_again_later_names_whom_it_named() {
    // `"...," he added.` then a paragraph that carries the quote on: the
    // carried pieces take that phrase, asked after the paragraph's own
    // phrases, and a pronoun asked again then found the man named since.
    let s = "News of the day\n\nJose Reyes was tricked by a radio prank.\n\nThe striker has struggled to \
             keep his form. \"If I am not playing for Real, I will be sad,\" he added.\n\n\
             \"I am sure there are none in the Real dressing room. \"I have always dreamed of \
             it.\" Before the story surfaced, Carlos Moya had moved to play down reports, \
             describing the speculation as \"flattering\".\n";
    assert_eq!(
        speaker_names(s),
        ["Jose Reyes", "Jose Reyes", "Jose Reyes", "Carlos Moya"]
    );
}

#[test]
fn a_cue_after_a_no_break_space_makes_a_new_speaker() {
    // `Aaron Sharockman\u{a0}responded that ...`: pages pasted from the web
    // hold no-break spaces between words; the name still speaks, and the
    // pronoun after is his, not the last speaker's.
    let s = "News of the day\n\n\u{201c}That is opining,\u{201d} Raj Shah told InsideSources.\n\n\
             Executive Director Aaron Sharockman\u{a0}responded that the claims lack \
             context.\n\n\u{201c}We are not just validating numbers,\u{201d} he told \
             InsideSources.\n";
    assert_eq!(speaker_names(s), ["Raj Shah", "Aaron Sharockman"]);
}

#[test]
fn wide_spaces_between_words_read_as_spaces() {
    // Pages pasted from the web hold no-break spaces (and typographic
    // ones) where a space was typed, anywhere: after a stop, between a
    // title and a name, inside a role. The quotes, speakers, roles and
    // cues are those of the text with spaces, each the input's own text.
    let s = "News of the day\n\nLondon mayor Ken Livingstone attacked the plan on Monday. \
             \"We will fight it,\" he said.\n\n\"It is the bravest move they have made yet,\" \
             said Jonny Evans, news editor at Macworld magazine. Mr Evans said the machine \
             was cheap.\n\n\"It is a disaster,\" said Sen. Tom Hart, who chairs the \
             committee. He said: \"We will see.\"\n";
    let plain = article(s);
    let norm = |t: &str| {
        t.split(|c: char| c.is_whitespace())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rows = |a: &Article<'_>| {
        a.quotes
            .iter()
            .map(|q| {
                (
                    norm(q.text),
                    q.speaker.map(|sp| norm(sp.name.text)),
                    q.speaker.and_then(|sp| sp.role).map(|r| norm(r.text)),
                    q.cue.map(|c| norm(c.text)),
                )
            })
            .collect::<Vec<_>>()
    };
    let want = rows(&plain);
    assert_eq!(want.len(), 4);
    let (head, body) = s.split_at(s.find("\n\n").unwrap());
    for wide in ["\u{a0}", "\u{2009}", "\u{202f}"] {
        // Every third space of the body, and a name's.
        let mut n = 0;
        let every_third: String = body
            .chars()
            .map(|c| {
                n += usize::from(c == ' ');
                if c == ' ' && n % 3 == 0 {
                    wide.to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        let named = body.replace("Tom Hart", &format!("Tom{wide}Hart"));
        // (`&nbsp; ` after a stop, as pages space sentences.)
        let spaced = body.replace(". ", &format!(".{wide} "));
        for body in [every_third, named, spaced] {
            let t = format!("{head}{body}");
            let a = article(&t);
            assert_eq!(rows(&a), want, "{t:?}");
            for q in &a.quotes {
                assert_eq!(q.text, &t[q.span.range()]);
                let sp = q.speaker.unwrap();
                assert_eq!(sp.name.text, &t[sp.name.span.range()]);
                assert_eq!(sp.mention.text, &t[sp.mention.span.range()]);
            }
        }
    }
}

#[test]
fn invisible_characters_part_no_name_from_its_cue() {
    // Pages pasted from the web leave soft hyphens and zero-width spaces
    // between words: `Doug \u{ad}Andres, a spokesman ... told`,
    // `Schmidt\u{200b} said`. Read as space, they neither cut the name
    // off (the speaker is not the `Paul Ryan` named in the role) nor part
    // the name from its cue (the quote is kept).
    let s = "News of the day\n\n\"We have not been briefed,\" Doug \u{ad}Andres, a spokesman \
             for House Speaker Paul Ryan told the Post.\n";
    assert_eq!(speaker_mentions(s), [Some("Doug \u{ad}Andres")]);
    let s = "News of the day\n\n\"We agree,\" Anna Schmidt\u{200b} said.\n";
    assert_eq!(speakers_and_cues(s), [(Some("Anna Schmidt"), Some("said"))]);
    let s = "News of the day\n\n\"We agree,\" Anna\u{2060} Schmidt said\u{feff} on Monday.\n";
    assert_eq!(
        speakers_and_cues(s),
        [(Some("Anna\u{2060} Schmidt"), Some("said"))]
    );
    // Beside a space, it leaves the words around it as they were: a
    // description still means whom it described, and a title and a
    // name are still one phrase.
    let s = "News of the day\n\nThe rebate is not up for renegotiation, Jack Straw said.\n\n\
             The\u{ad} foreign secretary told MPs the rebate was \"entirely justified\".\n";
    assert_eq!(speaker_names(s), ["Jack Straw"]);
    let s = "News of the day\n\nOn Wednesday, Tory\u{2060} leader Michael Howard went on the \
             offensive: \"He does not stop there,\" he said.\n";
    assert_eq!(speaker_names(s), ["Michael Howard"]);
}

#[test]
fn a_quotation_opened_again_is_still_the_one_brought_in_before() {
    // News leaves a quotation of several sentences open and opens it again
    // (`"... guess. "You can ...," he said`); a straight mark opens or
    // closes by where it stands, as a curly one does by its shape, so the
    // sentence that brings in Peter Lamb is the one just before his
    // quotation, and `he` is his.
    let s = "News of the day\n\nChief police spokesman Nigel Yeo said he expected most people \
             would obey the law. He said police would watch \"one or two hunts\" closely.\n\nBut \
             Peter Lamb of the Rural League has questioned how police will act. \"The rules are \
             so blurred that the police must guess. \"You can hunt a rat, but not a mouse,\" he \
             said.\n";
    assert_eq!(speaker_names(s), ["Nigel Yeo", "Peter Lamb", "Peter Lamb"]);
    let curly = s
        .replace(" \"", " \u{201c}")
        .replace("\" ", "\u{201d} ")
        .replace(",\"", ",\u{201d}");
    assert_eq!(
        speaker_names(&curly),
        ["Nigel Yeo", "Peter Lamb", "Peter Lamb"]
    );
}

#[test]
fn a_role_runs_on_across_a_wrapped_line() {
    // Wires and plain-text archives wrap their paragraphs at a fixed width:
    // a line break inside a paragraph is a space, and a role after the
    // name runs on past it to the comma that ends it.
    let s = "News of the day\n\nThe economy grew faster than expected in the first quarter, the \
             government\nsaid. \"Growth will stay firm,\" said Daniel Smith, a director of \
             Cambridge\nEnergy Research Associates, in an interview with reporters on Monday.\n";
    assert_eq!(
        first_name_and_role(s),
        (
            "Daniel Smith",
            Some("director of Cambridge\nEnergy Research Associates")
        )
    );
}

#[test]
fn a_wrapped_line_break_is_no_paragraph_break_to_a_pronoun() {
    // The readers that ask whether a paragraph came between a speaker and
    // a pronoun count the line breaks between paragraphs only: in wrapped
    // text, `he` means the spokesman brought in just before, as it does
    // when each paragraph is one line.
    let s = "News of the day\n\nAmerican Airlines chairman Robert Crandall said the airline \
             would\nlease the planes for five years from the makers.\n\nA spokesman for Airbus \
             confirmed those terms. \"We will own\nthe aircraft and they will be leasing them \
             from us,\" he said.\n";
    assert_eq!(speaker_names(s), ["A spokesman for Airbus"]);
    let one_line = s.replace("would\n", "would ").replace("own\n", "own ");
    assert_eq!(speaker_names(&one_line), ["A spokesman for Airbus"]);
}

#[test]
fn a_cue_on_a_wrapped_line_is_in_its_quote_s_sentence() {
    // `he\nsaid.`: a line break before a lowercase word is a wrapped
    // line's, inside its sentence, so the sentence of the second quote is
    // the one that names Ray Stone, and `he` is his.
    let s = "News of the day\n\nPeter Greenbaum of Smith Barney noted that the average wage \
             rate\nincreased in February.\n\n\"Combined with the hours worked, this means a \
             healthy gain in income,\" he said.\n\nEconomists agreed that the data were \
             negative for the credit\nmarkets.\n\n\"This report is another reason for the Fed \
             to wait,\" said Ray Stone\nof Merrill Lynch. \"It gives them more room to address \
             the dollar,\" he\nsaid.\n";
    assert_eq!(
        speaker_names(s),
        ["Peter Greenbaum", "Ray Stone", "Ray Stone"]
    );
}

#[test]
fn spaces_after_a_comma_read_as_one() {
    // `Anna Berg,  European co-ordinator ...`: the appositive after a name
    // is read past whatever the spaces after its commas, and `she` is Anna
    // Berg, as with one space.
    let one = "Music locks under fire\n\n\"People want portability,\" said Jane Fox, an \
               analyst at Harbour Research.\n\nAnna Berg, European co-ordinator for the Open \
               Media Group, expressed doubts that the new system would work. \"Not one of \
               these systems has ever prevented copying,\" she said.\n";
    assert_eq!(speaker_names(one), ["Jane Fox", "Anna Berg"]);
    let two = one.replace("Berg, European", "Berg,  European");
    assert_eq!(speaker_names(&two), speaker_names(one));
    // And after the comma that closes the appositive.
    let closing = one.replace("Group, expressed", "Group,  expressed");
    assert_eq!(speaker_names(&closing), speaker_names(one));
}

#[test]
fn the_lead_is_the_first_paragraph_of_prose() {
    // A teaser line kept above the story is no lead: the office a later
    // description names is still held by the one the lead names.
    let story = "Britain's rebate is not up for renegotiation at next week's summit, \
                 Jack Straw said.\n\nThe foreign secretary told MPs the rebate was \
                 \"entirely justified\".\n";
    let plain = format!("UK will stand firm on rebate\n\n{story}");
    let teased =
        format!("UK will stand firm on rebate\n\nListen to this article: 4 minutes\n\n{story}");
    assert_eq!(speaker_names(&plain), ["Jack Straw"]);
    assert_eq!(speaker_names(&teased), ["Jack Straw"]);
}

#[test]
fn says_is_a_cue_after_any_subject() {
    // `says` is never a noun, so `The MPAA says` is no noun phrase (as
    // `the annual reports` is): its cue holds across the words after it,
    // as `said` does.
    for cue in ["said", "says"] {
        let s = format!(
            "News of the day\n\nThe MPAA {cue} in a statement that it would go on to \
             combat \"the deleterious effects of peer-to-peer software\".\n"
        );
        assert_eq!(speakers_and_cues(&s), [(Some("The MPAA"), Some(cue))]);
    }
}

#[test]
fn a_pronoun_after_a_blank_line_goes_on_about_the_last_speaker() {
    // The sentence before the pronoun's is the last speaker's, whether a
    // blank line or a line break parts the paragraphs: `he` is Kerem
    // Dreyer, of whom nothing says the gender, not Josh Earnest before.
    let s = "Funds stall\n\n\"You would think safety mattered more,\" said Josh Earnest.\n\n\
             \"This is a public health emergency,\" said Kerem Dreyer.\n\n\
             \"They need to act in a responsible way,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        ["Josh Earnest", "Kerem Dreyer", "Kerem Dreyer"]
    );
    assert_eq!(speaker_names(&s.replace("\n\n", "\n")), speaker_names(s));
}

#[test]
fn a_wrapped_paragraph_reads_as_its_words_on_one_line() {
    // Every line break inside a paragraph is a wrapped line's: the name at
    // a line's end and the description over the next lines are one
    // sentence's, and `she` is Anna Berg, as on one line.
    let s = "Music locks under fire\n\n\"People want portability,\" said Jane Fox, an \
             analyst at\nHarbour Research.\n\n\"Locks have never stopped anyone,\" said Tom \
             Reid, a\nconsultant.\n\nAnna Berg,\nEuropean co-ordinator for the Open Media \
             Group which\ncampaigns on copyright issues, expressed doubts\nthat the new system \
             would work. \"Not one of these\nsystems has ever prevented copying,\" she said.\n";
    assert_eq!(speaker_names(s), ["Jane Fox", "Tom Reid", "Anna Berg"]);
    let one_line = s.replace(",\nEuropean", ", European");
    assert_eq!(speaker_names(&one_line), speaker_names(s));
}

#[test]
fn invisible_characters_in_a_speaker_phrase_read_as_space() {
    // Every walk over the words of a speaker phrase reads them so: the
    // grammar after a quote (`said\u{200b} Anna Schmidt`, `told\u{2060}
    // Reuters`), the run reader (a mark before a name's word), the word
    // before letters after a name, and the tokens; the marks of writing
    // direction that pages with text in both directions leave are such
    // characters too (`Schmidt\u{200f} said`).
    let s = "News of the day\n\n\"We agree,\" said\u{200b} Anna Schmidt.\n";
    assert_eq!(speakers_and_cues(s), [(Some("Anna Schmidt"), Some("said"))]);
    let s = "News of the day\n\n\"We agree,\" Anna Schmidt\u{200f} said.\n";
    assert_eq!(speakers_and_cues(s), [(Some("Anna Schmidt"), Some("said"))]);
    let s = "News of the day\n\n\"We agree,\" said Mr.\u{feff} Schmidt, the finance minister.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Schmidt", Some("finance minister"))
    );
    let s = "News of the day\n\n\"We agree,\" said Anna Schmidt\u{ad}, the finance minister.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Anna Schmidt", Some("finance minister"))
    );
    let s = "News of the day\n\nFinance Minister\u{200e} Anna Schmidt said: \"We agree.\"\n";
    assert_eq!(
        first_name_and_role(s),
        ("Anna Schmidt", Some("Finance Minister"))
    );
    let s = "News of the day\n\n\"We agree,\" said Anna \u{200b}Schmidt.\n";
    assert_eq!(speaker_names(s), ["Anna \u{200b}Schmidt"]);
    let s = "News of the day\n\n\"We agree,\" Schmidt told\u{2060} Reuters.\n";
    let to = per_quote(s, |q| q.to.map(|t| t.text));
    assert_eq!(to, [Some("Reuters")]);
    // The word before a name's word is read across such a character too:
    // the surname alone has the full name before.
    let s = "News of the day\n\nAnna \u{200f}Schmidt has resigned.\n\n\"I have been concerned,\" \
             Schmidt said.\n";
    assert_eq!(speaker_names(s), ["Anna \u{200f}Schmidt"]);
}

#[test]
fn a_weekday_after_on_is_no_part_of_the_role() {
    // `On Tuesday Labour chairman Ian McCartney said`: the weekday dates
    // the sentence. (`Sunday Telegraph journalist` keeps its weekday.)
    let s = "News of the day\n\nOn Tuesday Labour chairman Ian McCartney said his party was \
             \"ambitious\" to improve.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ian McCartney", Some("Labour chairman"))
    );
    let s =
        "News of the day\n\nSunday Telegraph journalist Ann Smith said it was \"a disgrace\".\n";
    assert_eq!(
        first_name_and_role(s),
        ("Ann Smith", Some("Sunday Telegraph journalist"))
    );
}

#[test]
fn a_plural_subjects_maintain_is_a_cue() {
    // `his lawyers maintain that ...`: the cue's plural present, as
    // `maintains` is the singular's.
    let s = "News of the day\n\nHe stepped down last month, but his lawyers maintain that the allegations \
             \"are misdirected and meritless.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [(Some("his lawyers"), Some("maintain"))]
    );
    let s = "News of the day\n\nCritics contend that the plan is \"a giveaway to the rich.\"\n";
    assert_eq!(speakers_and_cues(s), [(Some("Critics"), Some("contend"))]);
}

#[test]
fn a_surname_alone_far_from_its_names_is_the_one_the_headline_names() {
    // Bill Clinton is named first, Hillary Clinton after, and `Clinton`
    // comes too far on for the nearer to count: the story is about the one
    // its headline names.
    let s = "Hillary Clinton Accused Of Rage\n\nGary Byrne, a former agent for President Bill \
             Clinton has written a book about the behavior of Hillary Clinton during her time \
             as first lady. Byrne also wrote the agents knew to brace for the eruptions, \
             saying, \"They didn't happen every day, but behind closed doors we learned about \
             them fast. In public, she was everyone's best friend. Privately, she was her \
             normal self.\" At one point in the book, Byrne gives an account of Clinton telling \
             one agent to \"Go to hell!\"\n";
    assert_eq!(speaker_names(s), ["Gary Byrne", "Hillary Clinton"]);
}

#[test]
fn a_role_alone_far_from_the_lead_is_the_one_the_lead_names_with_it() {
    // `architect Marwan Al-Sayed` in the first paragraph, `the architect
    // says` more than 2,000 bytes on: the story names its people in its
    // lead.
    let filler = "The pool cascades over its far wall into a shallow basin below. ".repeat(36);
    let s = format!(
        "News of the day\n\nThe residence that architect Marwan Al-Sayed created stands on a hill.\n\n\
         {filler}\n\n\"I used limestone for the floor,\" the architect says.\n"
    );
    assert_eq!(speaker_names(&s), ["Marwan Al-Sayed"]);
}

#[test]
fn an_age_far_from_the_last_subject_named_is_that_person() {
    // The sentences between the subject named last and `the 22-year-old`
    // go on about her by pronoun, for more than 600 bytes.
    let s = "News of the day\n\nJustine Henin-Hardenne lost to Elena Dementieva on Sunday.\n\n\
             Henin-Hardenne slid down the world rankings in the second half of 2004 after \
             contracting the illness in April. After an initial lay-off, she was forced off the \
             circuit for a second time after being knocked out of the French Open in the second \
             round. A comeback at the US Open after a three-month absence ended when she crashed \
             out at the fourth-round stage. But despite her problems, she still won five of the \
             nine official tournaments she entered in 2004 and won Olympic gold in Athens, an \
             achievement which saw her named Belgian sportswoman of the year on Friday, and a \
             place among the best players of a long and difficult season that she will not \
             forget. \"Physically, it's obvious that I hit rock bottom,\" said the 22-year-old.\n";
    assert_eq!(speaker_names(s), ["Justine Henin-Hardenne"]);
}

#[test]
fn a_name_after_a_bullet_opens_its_sentence() {
    // ` - Britain's Paula Radcliffe has also ...`: a list's dash opens the
    // line, and the name after it is the subject a description stands for.
    let s = "News of the day\n\nHicham El Guerrouj said he would run. \"I am almost a month behind,\" said \
             El Guerrouj.\n\n - Britain's Paula Radcliffe has also not ruled out competing in the \
             World Cross Country Championships. \"I have not quite decided what events I will \
             compete in,\" said the two-time champion.\n";
    assert_eq!(speaker_names(s), ["Hicham El Guerrouj", "Paula Radcliffe"]);
}

#[test]
fn an_office_with_its_place_is_the_person_the_text_is_about() {
    // No one is named with `senator`: the person the sentences before are
    // about holds it.
    let s = "News of the day\n\nVoters head to the polls on Tuesday.\n\n\
             Ann Kirk is opening her campaign for the primary in Ohio, where her rival sits \
             well ahead. The Ohio senator told reporters she would win \"a great many \
             votes\" after the count.\n";
    assert_eq!(speaker_names(s), ["Ann Kirk"]);
    // An office of state alone, or a member's, stays what it is: the
    // reader is expected to know who holds the one, and a body has many
    // of the other. One of a party's is the person the sentence before
    // opens with.
    let s = "News of the day\n\nVoters head to the polls on Tuesday.\n\n\
             Tom Hart wants more police on the streets. The prime minister said the plans \
             were \"a new start\" for policing.\n\n\
             Sam Ward wrote a book about the pair. The Labour MP said it was \
             \"pure fiction\".\n\n\
             Joe Dunn spent more than he raised. The RNC member said that was \
             \"a problem\".\n";
    assert_eq!(
        speaker_names(s),
        ["The prime minister", "Sam Ward", "The RNC member"]
    );
}

#[test]
fn a_subject_with_a_bracketed_party_or_an_age_is_whom_a_pronoun_means() {
    // `(R-Conn.)` and `, 55,` after a name that opens its sentence are
    // read past to the verb: the name is that sentence's subject.
    let s =
        "News of the day\n\n\"We will see,\" said Robert Mann, an executive at the company.\n\n\
             Former Rep. Paul Dane (R-Conn.) backed a rival while the governor was running. \
             \"My choice is made,\" he said.\n\n\
             Tom Reed, 55, started work at the plant years ago. \"I have two brothers in \
             Texas,\" he said.\n";
    assert_eq!(speaker_names(s), ["Robert Mann", "Paul Dane", "Tom Reed"]);
}

#[test]
fn a_place_before_an_abbreviated_title_is_part_of_the_role() {
    // `Ohio Gov. Sam Ward` opens its sentence: the place's words belong to
    // the title, and the name is the sentence's subject.
    let s = "News of the day\n\n\"We will win,\" said Sen. Paul Dane.\n\n\
             Ohio Gov. Sam Ward had pledged to back the nominee, but sounded unsure this \
             week. \"We will see what happens,\" he told a radio station.\n";
    assert_eq!(speaker_names(s), ["Paul Dane", "Sam Ward"]);
}

#[test]
fn an_appositive_after_a_bracketed_party_is_read_past() {
    let s = "News of the day\n\n\"We will see,\" said Mary Mann, an executive at the company.\n\n\
             State Rep. Jane Fox (R), a leader of the coalition, suggested that voters had \
             not looked. \"Voters here have made up their minds,\" she said.\n";
    assert_eq!(speaker_names(s), ["Mary Mann", "Jane Fox"]);
}

#[test]
fn a_name_after_a_time_adverb_opens_its_sentence() {
    // `Earlier Tom Hart defended`: no comma after the adverb, and the name
    // after it is still the sentence's subject.
    let s = "News of the day\n\n\"We must act,\" said Steve Green, of the police.\n\n\
             Earlier Tom Hart defended the plans against criticism. \"We have thought this \
             through,\" he said.\n";
    assert_eq!(speaker_names(s), ["Steve Green", "Tom Hart"]);
}

#[test]
fn an_adjective_before_a_given_name_is_no_part_of_the_name() {
    // `Defiant Tom Hart`: how the person is, set before the name.
    let s = "News of the day\n\nDefiant Tom Hart insists his side can still win the match. \
             \"We are not finished yet,\" he told the paper.\n";
    assert_eq!(speaker_names(s), ["Tom Hart"]);
}

#[test]
fn a_given_name_outweighs_the_gender_a_title_gave_the_surname() {
    // `Mr Hart` makes the surname a man's; `Joan Hart`, named speaking
    // since, is whom `she` means.
    let s = "News of the day\n\nJane Doe has said she is \"certain\" he is innocent.\n\n\
             Mr Hart, 46, denies the charges. His mother Joan Hart told a TV network on \
             Sunday that her son was innocent. \"He is a good man,\" she said.\n";
    assert_eq!(speaker_names(s), ["Jane Doe", "Joan Hart"]);
}

#[test]
fn a_middle_initial_ends_no_sentence_between_a_subject_and_its_pronoun() {
    // `George W. Bush` in an appositive: the dot after `W` is no sentence
    // end, so the subject's sentence is the one right before the pronoun.
    let s = "News of the day\n\n\"We have to act,\" said Tom Green, a retired general.\n\n\
             Paul Dane, an adviser to George W. Bush, also doubted the plan.\n\n\
             \"There is no question about it,\" he said.\n";
    assert_eq!(speaker_names(s), ["Tom Green", "Paul Dane"]);
}

#[test]
fn a_rule_between_a_live_reports_items_ends_who_spoke_last() {
    // `___.` parts the items of a live report: a pronoun after it means
    // someone its own item names, not the last to speak before it.
    let s = "News of the day\n\n\"We will win,\" said Tom Green, the candidate.\n\n___.\n\n5:45 p.m.\n\n\
             Joe Dunn is touring the state. His opponent, Ann Kirk, won two states.\n\n\
             He told the crowd that \"the people who know me best\" were with him.\n";
    assert_eq!(speaker_names(s), ["Tom Green", "Joe Dunn"]);
}

#[test]
fn a_capitalized_owner_opens_the_role_it_owns() {
    // `Acme's chief executive`: the firm's name opens the appositive, and
    // the role is the firm's.
    let s = "News of the day\n\n\"We will grow,\" said Tom Hart, Acme's chief executive.\n";
    assert_eq!(
        first_name_and_role(s),
        ("Tom Hart", Some("Acme's chief executive"))
    );
    // A role in apposition makes a name of no known given name a person's,
    // whom the pronoun after it means.
    let s = "News of the day\n\nThe band plays often. \"We improvise,\" said Kello.\n\n\
             Zofira Kellova, Jarek's younger sister, describes a concert as noise. \
             \"I make music with hard beats,\" she said.\n";
    assert_eq!(speaker_names(s), ["Kello", "Zofira Kellova"]);
}

#[test]
fn a_passive_cue_names_what_was_spoken_of() {
    // `Four films have been announced`, `would be remembered as`: the
    // subject of such a passive is what was announced or remembered, not
    // who spoke.
    let s = "News of the day\n\n\"We believe people would buy it,\" said Tom Hart, of the firm. \
             \"There are people who will want it for the portability.\" Four films have \
             already been announced for the device.\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Tom Hart"]);
    let s =
        "News of the day\n\nMr Dane said the meeting would be remembered as \"the debt summit\".\n";
    assert_eq!(speakers_and_cues(s), [(Some("Dane"), Some("said"))]);
}

#[test]
fn a_quotation_over_paragraphs_takes_its_speaker_from_where_it_goes_on() {
    // The first paragraph leaves its quotation open and names no speaker;
    // the next goes on with it and says who spoke.
    let s =
        "News of the day\n\nThe adapter is the work of researcher Tom Hart, who built it for his \
             uncle. \"I knew there must be a way to help him and many others.\n\n\
             \"The number of older users will grow,\" he said.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Tom Hart"), Some("Tom Hart")]
    );
}

#[test]
fn capitalized_words_before_a_capitalized_title_are_the_titles() {
    // `Former Acme CEO Jane Roe`, `The Attorney General Lord Hill`: the
    // name after the title still opens its sentence as its subject.
    let s = "News of the day\n\n\"I watch these things,\" Kim Lee said.\n\n\
             Former Acme CEO Jane Roe named a film as her guilty pleasure. \
             \"Not this one,\" she said.\n";
    assert_eq!(speaker_names(s), ["Kim Lee", "Jane Roe"]);
}

#[test]
fn a_described_subject_that_speaks_owns_the_pronoun_in_what_it_said() {
    // `Our correspondent said that he understood`: the sentence between
    // the named subject and the pronoun is the correspondent's.
    let s = "News of the day\n\n\"It is serious,\" said Tom Green, a BBC correspondent.\n\n\
             Deputy Prime Minister Paul Dane held a meeting with union leaders. Our \
             correspondent said that he understood no deal had been offered. There was \
             \"some possibility\" of the strike being avoided, he added.\n";
    assert_eq!(speaker_names(s), ["Tom Green", "Tom Green"]);
}

#[test]
fn an_office_of_a_person_named_is_held_by_someone_else() {
    // `the senior Dunn adviser`: the adviser of Joe Dunn, not the subject
    // named before.
    let s = "News of the day\n\nJoe Dunn finished second in the race.\n\n\
             Committee Chairman Tom Hart said he expects Dunn to play a role.\n\n\
             \"Politicians are practical people,\" said the senior Dunn adviser.\n";
    assert_eq!(speaker_names(s), ["the senior Dunn adviser"]);
}

#[test]
fn a_surname_of_several_words_is_named_in_full() {
    // `Vorhees Kettle` after `Alma Vorhees Kettle`, `De Maro` after `Tom
    // de Maro`: the first word of such a surname is no given name.
    let s = "News of the day\n\nAlma Vorhees Kettle runs the gallery.\n\n\
             \"We are pleased,\" Vorhees Kettle said.\n\n\
             The mayor, Tom de Maro, spoke next. \"It is a good day,\" De Maro said.\n";
    assert_eq!(speaker_names(s), ["Alma Vorhees Kettle", "Tom de Maro"]);
    // Each such reading reads every mention of the surname, so a text's
    // readings are bounded in all (keeping its time linear in its length):
    // past some 430 mentions of one surname, a later one stays as written.
    let mut s = String::from("News of the day\n\nAlma Vorhees Kettle runs the gallery.\n\n");
    for i in 0..600 {
        s.push_str(&format!("\"We agree {i},\" Vorhees Kettle said. "));
    }
    let names = speaker_names(&s);
    assert_eq!(names.len(), 600);
    assert_eq!(names[0], "Alma Vorhees Kettle");
    assert_eq!(names[400], "Alma Vorhees Kettle");
    assert_eq!(names[599], "Vorhees Kettle");
}

#[test]
fn neither_before_a_surname_is_no_part_of_the_name() {
    // `Neither Dunn nor Hart`: a determiner, not a given name.
    let s = "News of the day\n\nJoe Dunn leads the party.\n\n\
             Neither Dunn nor Hart has spoken since. \"We made mistakes,\" Dunn said.\n";
    assert_eq!(speaker_names(s), ["Joe Dunn"]);
}

#[test]
fn they_with_no_cue_after_a_quote_is_what_the_speaker_talks_about() {
    // `They also lie in a dead zone`: the towns, not a new speaker; the
    // quote after it goes on with the paragraph's speaker.
    let s = "News of the day\n\n\"Those are some very small towns,\" Tom Hart said. They also lie in a \
             media dead zone, far away from either city. \"That is a tough area.\"\n";
    assert_eq!(speaker_names(s), ["Tom Hart", "Tom Hart"]);
}

#[test]
fn a_titles_plural_before_a_name_is_its_role() {
    // `Telecom analysts Ovum welcomed the move, saying`: the plural of a
    // title before a name is the name's role, as a title is; the capitalized
    // word that opens the sentence is no subject alone.
    let s = "News of the day\n\nMedia analysts Brontix welcomed the move, saying the firm had \
             \"given a lot of ground\".\n";
    assert_eq!(first_name_and_role(s), ("Brontix", Some("Media analysts")));
}

#[test]
fn a_group_of_people_and_whom_it_is_of_opens_the_sentence() {
    // `Attorneys for Clinton appeared to oppose the effort, saying`: the
    // plural of people with whom it is of is the sentence's subject, a
    // description, not a word opening the sentence before a preposition.
    let s = "News of the day\n\nAides to Tom Hart opposed the effort, saying in a filing that the \
             account was private and \"was never the property of the agency.\"\n";
    assert_eq!(speaker_mentions(s), [Some("Aides to Tom Hart")]);
}

#[test]
fn a_cue_before_a_subject_and_an_auxiliary_is_no_inversion() {
    // `Mr. Manafort, citing "...," said the candidate could be`: an
    // auxiliary after the phrase that follows `said` makes the phrase the
    // subject of what was said; the quote is part of the clause before.
    let s =
        "News of the day\n\nMr. Hart, citing \"the unique pull of the team,\" said the club could \
             win the league.\n";
    assert_eq!(speaker_mentions(s), [Some("Hart")]);
}

#[test]
fn an_inverted_description_may_end_with_when_it_was_said() {
    // `..., said the bureau's director, James B. Comey, on Monday.`: a
    // weekday after `on` (or `yesterday`) ends the attribution as a full
    // stop does.
    let s = "News of the day\n\nThe agency did not find \"ties of any kind\" between the men, said the \
             agency's director, Tom Hart, on Monday.\n";
    assert_eq!(speaker_names(s), ["Tom Hart"]);
    let s = "News of the day\n\nThe agency did not find \"ties of any kind\" between the men, said the \
             agency's director yesterday.\n";
    assert_eq!(speaker_mentions(s), [Some("the agency's director")]);
}

#[test]
fn an_adverb_after_an_opening_phrase_passes_its_comma_on() {
    // `Alongside calls for action, even a top GOP strategist said ...,
    // saying, "..."`: the adverb between the opening phrase's comma and the
    // subject leaves the phrase after it opening the clause.
    let s = "News of the day\n\nAlongside the calls for action, even a senior party strategist said the \
             leader will have to choose a side, saying, \"At some point the pressure is going \
             to build on her.\"\n";
    assert_eq!(speaker_mentions(s), [Some("a senior party strategist")]);
}

#[test]
fn the_then_holder_of_an_office_stands_for_the_person_named() {
    // `the then prime minister said` after `Margaret Thatcher attempted`:
    // `then` dates the office; the description stands for the person the
    // text is about, as `the prime minister` does.
    let s = "News of the day\n\nMargaret Hale tried to stop the exams, files show.\n\nIn comments \
             released today, the then prime minister said the system was \"biased\".\n";
    assert_eq!(speaker_names(s), ["Margaret Hale"]);
}

#[test]
fn an_opening_phrase_with_no_comma_leaves_the_subject_after_it() {
    // `In a joint statement the firms said they wanted "..."`: a phrase of
    // a preposition, an article and a noun that opens the sentence with no
    // comma; the description after it is the subject, not an object.
    let s = "News of the day\n\nIn a joint statement the firms said they wanted buyers to enjoy \
             \"licensed music on any device, however they obtained it\".\n";
    assert_eq!(speaker_mentions(s), [Some("the firms")]);
}

#[test]
fn spanish_reporting_verbs_are_cues() {
    // Scraped feeds mix languages: `«...», sostenía Horrach, que ya había
    // recurrido` names its speaker as `"...," said Horrach` does, and the
    // clause after `que` is no role.
    let s = "Título\n\n«Las conjeturas no son pruebas», sostenía Orrantia, que ya había \
             recurrido.\n\n«No lo sé», manifestó Orrantia.\n";
    assert_eq!(
        speakers_and_cues(s),
        [
            (Some("Orrantia"), Some("sostenía")),
            (Some("Orrantia"), Some("manifestó"))
        ]
    );
    assert_eq!(first_name_and_role(s), ("Orrantia", None));
}

#[test]
fn a_firm_described_again_is_the_firm_named_before() {
    // `EMI said ... "...," the company added`: `the company` (or `the
    // firm`, `the Japanese carrier`) names again the firm the text just
    // named, as an `it` there would, as the subject of its sentence or
    // the one before, else as the last to speak; its mention stays.
    let s = "News of the day\n\nZorvex Holdings said its sales fell. \"Our shops were quiet,\" \
             the company said.\n";
    assert_eq!(speaker_names(s), ["Zorvex Holdings"]);
    assert_eq!(speaker_mentions(s), [Some("the company")]);
    let s = "News of the day\n\n\"We had a good year,\" KTN Quillmark said in a statement. Its \
             shares rose. \"Costs will fall,\" the Danish firm added.\n";
    assert_eq!(speaker_names(s), ["KTN Quillmark", "KTN Quillmark"]);
    // A person last to speak, whose given name the tables do not know, is
    // no firm.
    let s = "News of the day\n\n\"We played well,\" said Zorvan Pettigrew. \"We will appeal,\" \
             the club said.\n";
    assert_eq!(speaker_names(s), ["Zorvan Pettigrew", "the club"]);
    // Nothing named before, or a person (a given name says so): the
    // description is its own speaker.
    let s = "News of the day\n\nShares fell. \"Our shops were quiet,\" the company said.\n";
    assert_eq!(speaker_names(s), ["the company"]);
    let s = "News of the day\n\n\"We had a good year,\" said Ann Tolliver. Shares rose. \
             \"Costs will fall,\" the company added.\n";
    assert_eq!(speaker_names(s), ["Ann Tolliver", "the company"]);
    // A body's name that ends in such a noun is no description.
    let s = "News of the day\n\nVelmora insisted on talks. The Northern Grain Group said the \
             harvest was \"a disaster\".\n";
    assert_eq!(speaker_names(s), ["The Northern Grain Group"]);
    // `the union`, `the party`, `the agency`: bodies named again too.
    let s = "News of the day\n\nThe Brenlow Workers Association backed the plan. \"It is fair,\" \
             the union said.\n";
    assert_eq!(speaker_names(s), ["Brenlow Workers Association"]);
    // A body's head may stand before `of`.
    let s = "News of the day\n\n\"We back her,\" said Marvel Pilots Association of America. \
             \"It is fair,\" the union added.\n";
    assert_eq!(
        speaker_names(s),
        [
            "Marvel Pilots Association of America",
            "Marvel Pilots Association of America"
        ]
    );
}

#[test]
fn a_persons_description_stands_for_the_name_that_opens_the_sentence_before() {
    // `Salceda, citing data ..., said ... The lawmaker ... said`: news
    // writing names a person, then goes on with a role for them.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi cited a 2001 memo. \
             The lawmaker said the ban was \"overdue\".\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // So too over a paragraph break, and for a role of more words.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi says he is under attack.\n\n\
             \"There is no question,\" the Republican presidential candidate told CBS.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // Or a noun for a person by what they do that is no title.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi cited problems abroad.\n\n\
             \"We need change,\" the New York businessman said.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // Past what opens that sentence before its subject.
    let s =
        "News of the day\n\nThe vote was close. Rain fell.\n\nOn Thursday, David Vekasi cited a \
             memo. \"It is overdue,\" the lawmaker said.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nBut David Vekasi cited a memo. \
             \"It is overdue,\" the lawmaker said.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // The description too may open its sentence after such a phrase.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi cited a memo. In a \
             statement, the lawmaker announced that \"it is overdue\" for the state.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // Each quote its cue attributes, asked again, is that person's.
    let s =
        "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi cited a memo. \"It is \
             overdue,\" the lawmaker said, arguing that it was \"a scandal\" to wait.\n";
    assert_eq!(speaker_names(s), ["David Vekasi", "David Vekasi"]);
    // Another person named as an owner is not whom it may mean.
    let s =
        "News of the day\n\nThe vote was close. Rain fell.\n\nDavid Vekasi has a word for Mary \
             Holt's plan to deport people: No.\n\nThe lawmaker blasted the call for a \
             \"deportation force\" on Wednesday.\n";
    assert_eq!(speaker_names(s), ["David Vekasi"]);
    // Not when that sentence holds the description's words.
    let s =
        "News of the day\n\nThe vote was close. Rain fell.\n\nBut David Vekasi's words hurt the \
             former president. \"It was a war,\" the former president said.\n";
    assert_eq!(speaker_names(s), ["the former president"]);
    // Not one its own sentence names.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nMark Fallin asked Mr Bruner about it. \
             The chancellor said Mr Fallin was \"impugning\" the office.\n";
    assert_eq!(speaker_names(s), ["The chancellor"]);
    // Not one whose sentence ends with another who said it: that one.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nMark Fallin had panicked, Greta Varga \
             said. The feminist writer said the show was \"cruel\".\n";
    assert_eq!(speaker_names(s), ["Greta Varga"]);
    // Not for an office of state alone, whose holder the reader knows.
    let s =
        "News of the day\n\nThe vote was close. Rain fell.\n\nVince Cabell said taxes would rise. \
             The chancellor insisted his plans were \"affordable\".\n";
    assert_eq!(speaker_names(s), ["The chancellor"]);
    // Not one named with another title.
    let s = "News of the day\n\nThe vote was close. Gov. Mark Belsky spoke first.\n\n\
             Belsky closed the unit. \"It is over,\" the senator said.\n";
    assert_eq!(speaker_names(s), ["the senator"]);
    // Not when that sentence names another person in full.
    let s = "News of the day\n\nThe vote was close. Rain fell.\n\nJed Bashar brought his brother, \
             George Bashar, to the rally. \"Labels are for cans,\" the former president said.\n";
    assert_eq!(speaker_names(s), ["the former president"]);
}

#[test]
fn a_phrase_after_a_conjunction_that_opens_a_sentence_comes_before_its_subject() {
    // `And despite the recent results, skipper Jason Robinson believes`,
    // `But the BBC's business editor, Jeff Randall, said`: the name after
    // the phrase is the sentence's subject.
    let s = "News of the day\n\n\"We are fine,\" said Mark Fallin, the chairman.\n\n\
             But the firm's chief executive, David Vekasi, said the plan would fail. \
             \"It cannot work,\" he said.\n";
    assert_eq!(speaker_names(s), ["Mark Fallin", "David Vekasi"]);
    let s = "News of the day\n\nCoach Andy Morrow named his side. But Morrow was bullish.\n\n\
             And despite the recent results, skipper Jason Morrow believes the mood is good. \
             \"There is no lack of confidence,\" said the Sale full-back.\n";
    assert_eq!(speaker_names(s), ["Jason Morrow"]);
}

#[test]
fn a_paragraph_that_opens_with_the_speaker_carried_on_goes_on_quoting_them() {
    // `Mr Dein said that ... Since the formation of the Premier League,
    // clubs have seen their income soar. "Television has been ..."`: no
    // attribution in the paragraph, which opens with the speaker.
    let s = "News of the day\n\n\"We will move,\" said David Vekasi, the chairman.\n\n\
             Mr Vekasi said that he feared too many games were shown. Clubs have seen their \
             income soar. \"Television has been the driving force for ten years.\"\n";
    assert_eq!(speaker_names(s), ["David Vekasi", "David Vekasi"]);
    // Not one that opens with someone else, or with a description.
    let s = "News of the day\n\n\"We will move,\" said David Vekasi, the chairman.\n\n\
             Mark Fallin said that he feared too many games were shown. Clubs have seen their \
             income soar. \"Television has been the driving force for ten years.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [(Some("David Vekasi"), Some("said")), (None, None)]
    );
}

#[test]
fn a_person_brought_in_with_a_role_before_a_pronoun_is_whom_it_means() {
    // `One dissenting opinion came from Brian Gammage, vice-president of
    // research at analysts Gartner. He said: "..."`: a new person named in
    // full with a role after a comma, then the quote.
    let s = "News of the day\n\n\"It is fine,\" said Ian Foley, an analyst.\n\n\
             One dissenting opinion came from David Vekasi, vice-president of research at \
             Gartner. He said: \"I don't think it changes the world.\"\n";
    assert_eq!(speaker_names(s), ["Ian Foley", "David Vekasi"]);
    // Not one a verb or a clause follows (`fly-half Charlie Hodgson, were
    // away`, `like Pat Robertson, who had condemned`).
    let s = "News of the day\n\n\"It is fine,\" said Ian Foley, an analyst.\n\n\
             He fears for the club after players, including David Vekasi, were away. \
             \"We have to be careful,\" he added.\n";
    assert_eq!(speaker_names(s), ["Ian Foley", "Ian Foley"]);
}

#[test]
fn a_phrase_inside_a_sentence_takes_no_attribution_two_sentences_on() {
    // `However, the minutes added: "Some members noted ...". Ross Walker
    // ... said he was surprised ... He said: "..."`: the quote the
    // sentence brings in is not the speaker's two sentences on.
    let s = "News of the day\n\nThe Bank kept its rates on hold. However, the minutes added: \
             \"Some members noted that an increase might be warranted in due course\". \
             Ross Vekasi, an economist at a bank, said he was surprised by the vote. \
             He said: \"It was a close call.\"\n";
    assert_eq!(
        speakers_and_cues(s),
        [(None, None), (Some("Ross Vekasi"), Some("said"))]
    );
    // (`("Kuumba: Everyone should ...") It takes a village ...`: a quote
    // that ends its sentence inside parentheses ends it too.)
    let s = "News of the day\n\nThe holiday praises collectivism in every area of life. \
             (\"Kuumba: Everyone should strive to improve the community.\") It takes a \
             village to raise a child. When Mark Fallin was asked about \"classical \
             Marxism,\" he said that it was different.\n";
    assert_eq!(speakers_and_cues(s)[0], (None, None));
    // A quote that opens its own sentence still takes the attribution
    // after it (`"We are trying ..." "Your brain ..." The ear works ...
    // Mr Montieth says: "..."`).
    let s =
        "News of the day\n\nThe technology grew out of medical research. \"We are trying to fool \
             your ears.\" The ear works as an encoder for sound. Mark Fallin says: \"It \
             is good.\"\n";
    assert_eq!(speaker_names(s), ["Mark Fallin", "Mark Fallin"]);
}

#[test]
fn it_stands_for_the_body_past_the_person_its_cue_reports() {
    // `Deloitte said Mr Brown would need to raise taxes. It also said`:
    // the title after the cue opens the reported clause, and the body
    // still opens the sentence.
    let s = "News of the day\n\nDeloitte said Mr Brown would need to raise taxes. It also said \
             the government might narrowly miss its \"golden rule\" if the cycle ended.\n";
    assert_eq!(speaker_names(s), ["Deloitte"]);
    // A body's name with `for` in it is the body's whole name.
    let s = "News of the day\n\nThe Institute for Fiscal Studies said taxes would rise. It also \
             said the government might narrowly miss its \"golden rule\" if the cycle ended.\n";
    assert_eq!(speaker_names(s), ["Institute for Fiscal Studies"]);
}

#[test]
fn it_stands_for_no_name_of_people() {
    // `Two Americans were killed at each location.` then `"...," it
    // reads`: the e-mail, not the Americans.
    let s = "News of the day\n\nThe email was sent by an aide after the attack. Two Americans \
             were killed at each location.\n\n\"I just tried you on the phone but you were all \
             in,\" it reads.\n";
    assert_ne!(speaker_names(s), ["Americans"]);
    // Nor people who spoke.
    let s = "News of the day\n\n\"We will scrap the plan,\" the Conservatives said.\n\n\
             Ministers published new guidance on Tuesday. The cases would be dealt with \
             \"as swiftly as possible,\" it said.\n";
    assert_ne!(speakers_and_cues(s)[1].0, Some("the Conservatives"));
}

#[test]
fn it_stands_for_no_name_that_modifies_a_noun() {
    // `the GOP-led investigation`, `the UK housing market`: the name is a
    // modifier, not what `it` stands for.
    let s = "News of the day\n\nThe hearing was seen as a test of the GOP-led investigation, \
             which was mired in accusations. \"So far, 59 witnesses have been interviewed,\" \
             it stated.\n";
    assert_ne!(speaker_names_or_none(s), [Some("GOP-led")]);
    let s = "News of the day\n\nThe hearing was seen as a test of the panel. Shares fell in \
             the UK housing market last year. \"The market slowed sharply,\" it added.\n";
    assert_ne!(speaker_names_or_none(s), [Some("UK")]);
    // A name before a verb, an adverb or a participle's object is a subject.
    let s = "News of the day\n\nThe hearing was seen as a test of the panel. The BPI strongly \
             believes the networks are to blame. \"It is theft,\" it said.\n";
    assert_eq!(speaker_names(s), ["BPI"]);
    let s = "News of the day\n\nThe hearing was seen as a test of the panel. A statement came \
             from Lycos Europe announcing the end of the scheme. \"Nothing was brought down,\" \
             it said.\n";
    assert_eq!(speaker_names(s), ["Lycos Europe"]);
}

#[test]
fn a_pronoun_goes_on_about_a_subject_with_a_role_of_several_words() {
    // `civil service chief`: two nouns of the role before its title; the
    // sentence is about Lord Butler, not the owner of `government`.
    let s = "News of the day\n\nFormer civil service chief Lord Butler has criticised the way \
             Tony Blair's government operates.\n\nHe also attacked the way the war was \"sold\" \
             to the public. But Downing Street said Mr Blair should be judged by results.\n";
    assert_eq!(speaker_names(s), ["Lord Butler"]);
    // A relative clause's verbs are no role: `who will captain England`.
    let s = "News of the day\n\nSimon Amor won the award. Amor, who will captain England in \
             Dubai, was delighted with his award. \"It is a genuine honour,\" said the \
             Gloucester fly-half.\n";
    assert_eq!(speaker_names(s), ["Simon Amor"]);
}

#[test]
fn a_person_brought_in_with_a_role_and_a_relative_clause_is_whom_he_means() {
    // `tycoon Steve Morgan, who`: the sentence brings him in; the last to
    // speak (Mr Parry) is not whom `He` means.
    let s = "News of the day\n\n\"We are talking to investors,\" said Rick Parry.\n\n\
             That prompted the withdrawal of tycoon Steve Morgan, who got frustrated by failed \
             bids. He also accused the club of using him as \"a stalking horse\" for others.\n";
    assert_eq!(speaker_names(s), ["Rick Parry", "Steve Morgan"]);
}

#[test]
fn a_subject_with_a_role_of_five_words_keeps_the_whole_name() {
    let s = "News of the day\n\nNew Metropolitan Police Commissioner Sir Ian Blair has backed \
             the orders, saying: \"It is a dilemma.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Ian Blair", Some("New Metropolitan Police Commissioner"))]
    );
}

#[test]
fn a_peer_is_named_with_the_title() {
    // `said Lord Falconer`: `Falconer` alone is not how the peer is named,
    // and `Baroness Scotland` is no country.
    let s = "News of the day\n\n\"The bill is wrong,\" said Lord Falconer.\n\n\
             Lord Chancellor Lord Falconer said: \"It is fine.\"\n\n\
             Baroness Scotland said: \"It is right.\"\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Lord Falconer", None),
            ("Lord Falconer", Some("Lord Chancellor")),
            ("Baroness Scotland", None)
        ]
    );
    // A peer named in full keeps the name.
    let s = "News of the day\n\nPeter Goldsmith, the attorney general, spoke. \
             \"It is legal,\" said Lord Goldsmith.\n";
    assert_eq!(speaker_names(s), ["Peter Goldsmith"]);
}

#[test]
fn a_man_or_woman_of_a_place_is_the_person_the_text_is_about() {
    // `Jamie Costin should be paralysed. ... says the Waterford man`.
    let body = "Comeback\n\nMark Costin should be paralysed.\n\nHe says so himself as he recalls \
                the accident. \"I was in a lot of pain,\" says ";
    assert_eq!(
        speaker_names(&format!("{body}the Waterford man.\n")),
        ["Mark Costin"]
    );
    // Not one of the other gender, nor a man of no place.
    assert_eq!(
        speaker_names(&format!("{body}the Birmingham woman.\n")),
        ["the Birmingham woman"]
    );
    assert_eq!(
        speaker_names(&format!("{body}the actress.\n")),
        ["the actress"]
    );
    assert_eq!(speaker_names(&format!("{body}the man.\n")), ["the man"]);
}

#[test]
fn an_office_near_the_lead_stands_for_the_lead_person_named_again_since() {
    // `Tony Blair has said ...` then `Mr Blair said ... Mr Blair warned.
    // The prime minister also urged`: the lead's person named again, by
    // the surname, after the lead.
    let s = "Blair greets Bush\n\nTony Blair has said he looks forward to working with the \
             president.\n\nMr Blair said states had to work together. Peace was the most \
             \"pressing challenge\", Mr Blair warned. The prime minister also urged Europe to \
             \"build anew their alliance\".\n";
    assert_eq!(speaker_names(s), ["Tony Blair", "Tony Blair"]);
}

#[test]
fn a_peer_is_a_role() {
    // `the Labour peer and former minister said`: `and` joins two roles
    // of one person, `peer` one of them.
    let s = "News of the day\n\nDuring the debate, the Labour peer and former minister said: \
             \"The monarchy should change.\"\n";
    assert_eq!(
        speaker_mentions(s),
        [Some("the Labour peer and former minister")]
    );
}

#[test]
fn a_phrase_of_time_or_place_before_the_subject_needs_no_comma() {
    // `On that day's Today programme Mr Johnson was asked why Mr Smith ...
    // He replied:`: the subject after the phrase is the sentence's.
    let s = "News of the day\n\nWork and Pensions Secretary Alan Johnson praised the agency. \
             \"It is wrong,\" said John Denham.\n\nOn that day's Today programme Mr Johnson was \
             asked why Mr Smith had been allowed to resign. He replied: \"The chief executive \
             decided it was time to move on.\"\n";
    assert_eq!(speaker_names(s), ["John Denham", "Alan Johnson"]);
    let s = "News of the day\n\nThe Conservatives attacked the plan.\n\nIn January the \
             Institute for Fiscal Studies said taxes would rise. It also said the government \
             might narrowly miss its \"golden rule\" if the cycle ended.\n";
    assert_eq!(speaker_names(s), ["Institute for Fiscal Studies"]);
}

#[test]
fn a_description_after_a_sentence_that_ends_with_its_speaker_means_that_speaker() {
    // `Nielsen had panicked ..., Greer said. The feminist writer and
    // broadcaster said`: not the sentence's subject, its speaker.
    let s = "News of the day\n\nGermaine Greer left the show on Friday. Brigitte Nielsen had \
             panicked that she could lose her children, Greer said. The feminist writer and \
             broadcaster said the show had behaved \"like a child rather than a parent\".\n";
    assert_eq!(speaker_names(s), ["Germaine Greer"]);
}

#[test]
fn the_tories_are_people() {
    // `The Tories have promised ... They say they can save £4bn on
    // "government waste"`: `they` may mean the Tories, and `it` may not.
    let s = "News of the day\n\nThe Audit Commission published its report.\n\nThe Tories have \
             promised a cut in bills. They say they can save £4bn on \"government waste\".\n";
    assert_eq!(speaker_names(s), ["The Tories"]);
    let s = "News of the day\n\n\"We will act,\" the Tories said.\n\nThe guidance published on \
             Tuesday said the police had a duty to act. In such cases prosecutors would act \
             \"as swiftly as possible\", it said.\n";
    assert_ne!(speakers_and_cues(s)[1].0, Some("the Tories"));
}

#[test]
fn a_number_in_a_name_before_a_role_is_part_of_the_name() {
    // `BBC Two controller Roly Keating: "..."`: `Two` is no determiner
    // that opens a description.
    let s = "News of the day\n\nThe show will launch in spring. BBC Two controller Roly Keating: \
             \"It is an exciting new era for the show.\"\n";
    assert_eq!(speaker_names(s), ["Roly Keating"]);
}

#[test]
fn an_office_the_lead_person_held_near_the_lead_is_theirs_further_on() {
    // `The prime minister said he was "up for it"` (the lead's Tony
    // Blair), then paragraphs on `the prime minister said: "I am an
    // issue"`: still Tony Blair.
    let s = "Blair up for it\n\nTony Blair says his standing will be \"an issue\" in the \
             election.\n\nThe prime minister said he was \"up for it\" as the country waits.\n\n\
             He spoke of meeting many people.\n\nHe said Britain was in danger of panic.\n\n\
             Speaking amid the campaigning, the prime minister said: \"I am an issue, I always \
             will be.\"\n";
    assert_eq!(speaker_names(s), ["Tony Blair", "Tony Blair", "Tony Blair"]);
}

#[test]
fn a_name_before_a_clause_a_conjunction_opens_does_not_speak_through_it() {
    // `Mars, but his wife, Angelina, urged him on`: the cue after the aside
    // is the wife's, of a new clause; `Mars` is no speaker for `He` (whose
    // fullest form would be the Joe Mars named first).
    let s = "News of the day\n\nJoe Mars sells shirts at the fair.\n\n\
             The two moons were found by astronomer Asaph Hall in 1877. Hall had almost given up \
             his search for a moon of Mars, but his wife, Angelina, urged him on. He named the \
             moons after the sons of Ares: \"They stand for fear and dread.\"\n";
    assert_eq!(speaker_names(s), ["Asaph Hall"]);
}

#[test]
fn a_pronoun_goes_on_about_a_surname_alone_whose_verb_was_a_cue() {
    // The sentence before the quote opens with a surname whose verb is a
    // cue and the text uses the surname in mid-sentence: `he` is that
    // person, not the last speaker (a name between, `Breitbart News`, hid
    // the pronoun after the cue).
    let s = "News of the day\n\n\"Not us but we cannot argue with it!\" Murphy, the head of the \
             super PAC, wrote on Friday.\n\nBecause Murphy was behind an earlier effort, people \
             suspected that Murphy was behind this one.\n\nBut it turns out that donor Luther \
             Stan Pate IV, a real estate tycoon, was the one behind the effort.\n\nPate and his \
             allies have tried to separate the senator from the effort. Pate claimed in an \
             interview with Breitbart News that he is not backing any candidate, and he also \
             hosted Bush aboard his jet.\n\n\"I have not had any conversations with any campaign \
             in a year,\" he said in the interview.\n";
    assert_eq!(speaker_names(s), ["Murphy", "Luther Stan Pate IV"]);
    // A word capitalized only to open its sentence is no such name.
    let s = "News of the day\n\n\"It is time to act,\" said Matthew Soerens of World Relief.\n\n\
             Nobody asked about the rhetoric, so the president brought it up himself. He called \
             it \"shameful and wrong for the country.\"\n";
    assert_ne!(speaker_names(s)[1], "Nobody");
}

#[test]
fn it_before_a_cue_in_the_passive_is_no_speaker() {
    // `it has been suggested`, `it was claimed`: an impersonal passive
    // names no one, and a short phrase with no speaker is no quote.
    let s = "News of the day\n\nNew casinos will be banned from using tricks to ensure they are \
             \"socially responsible\", it has been suggested.\n\nThe Scottish Executive said the \
             remark was fair. The remark that it was okay to get drunk \"once in a while\" was a \
             diversion, it was claimed.\n";
    assert!(article(s).quotes.is_empty(), "{:?}", article(s).quotes);
    // `it` after a cue in the active voice still stands for a speaker.
    let s = "News of the day\n\nThe Scottish Executive met on Monday. The plans were \
             \"socially responsible\", it said.\n";
    assert_eq!(speaker_names(s), ["Scottish Executive"]);
}

#[test]
fn a_name_the_speaker_goes_by_is_no_role() {
    // An appositive that gives the name a person goes by (`nicknamed`,
    // `known as`, `dubbed`) says nothing of what the person is.
    let s = "News of the day\n\nAnd Moya, nicknamed Charly, admitted: \"The Davis Cup is my dream.\"\n\n\
             \"It is my dream,\" said Carlos Moya, known as Charly.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Carlos Moya", None), ("Carlos Moya", None)]
    );
}

#[test]
fn a_role_ends_before_a_cue_of_its_own() {
    // Two attributions run together: the role after the name stops before
    // `told`, which is no word of it.
    let s =
        "News of the day\n\n\"People who are not farming will hijack the subsidy,\" said Joshua \
             Osagie, a cocoa farmer from Edo state told Reuters.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [("Joshua Osagie", Some("cocoa farmer from Edo state"))]
    );
}

#[test]
fn a_lone_name_speaks_past_an_aside_and_an_adverb() {
    // `Parry, speaking to BBC Sport, also admits`: the adverb between the
    // aside and the cue leaves Parry the sentence's speaker, whom `He`
    // after it means (not the player named later in the text).
    let s = "News of the day\n\nBut Parry, speaking exclusively to BBC Sport, also admits \
             Gerrard, who has been linked with Chelsea, will have the final say on his future. \
             He told BBC Five Live: \"Steven is above money.\"\n\n\
             \"We will not sell him,\" Parry explained to reporters.\n\n\
             The club will hold on to Steven Gerrard, the report said.\n";
    assert_eq!(speaker_names(s)[..2], ["Parry", "Parry"]);
}

#[test]
fn a_participle_after_an_article_is_an_adjective_of_the_speaker_phrase() {
    // `a leading European car maker`: after `a` the `-ing` word is an
    // adjective of the phrase, which is the speaker, not a clause; `he`
    // after it is that unnamed person.
    let s = "News of the day\n\nMercedes Benz and BMW lead the market. \"We know that in five \
             years the dollar will be stronger,\" the chief executive of a leading European car \
             maker told BBC News. The current trend was \"stupid\", he said.\n";
    assert_eq!(
        speaker_names(s),
        [
            "the chief executive of a leading European car maker",
            "the chief executive of a leading European car maker"
        ]
    );
}

#[test]
fn a_pronoun_after_a_sentence_that_brings_in_someone_answering_means_that_one() {
    // `Her comments did not impress Tim Collins. "...," he said`: a
    // sentence whose subject is something said, and that names one person
    // meeting it, brings in the next speaker; `he` is not the man quoted
    // before (nor the earlier `John Snow` before `But that was not enough
    // for Mr Sarkozy`).
    let s = "News of the day\n\n\"We must act now,\" said John Snow.\n\n\
             Her comments did not impress shadow education secretary Tim Collins. \"Ruth Kelly \
             has no idea what to put in its place,\" he said.\n\n\
             \"The dollar is strong,\" said John Snow.\n\n\
             But that was not enough for Mr Nicolas Sarkozy.\n\n\
             \"It is up to them to say so,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        ["John Snow", "Tim Collins", "John Snow", "Nicolas Sarkozy"]
    );
}

#[test]
fn a_pronoun_after_a_time_adverb_still_opens_its_sentence() {
    // `Instead, they say`: the adverb leaves `they` the opening subject,
    // which goes on about the people that opened the sentence before.
    let s = "News of the day\n\nTony Blair has said there is no \"magic bullet\". The Tories \
             say Labour is acting too late.\n\nThe new plan is designed to show how Labour \
             would reform controls. Ministers deny they have been spurred into action by Tory \
             campaigning or because the prime minister is worried.\n\nInstead, they say the \
             plans are part of an \"evolving\" process.\n";
    assert_eq!(speaker_names(s), ["Tony Blair", "Ministers"]);
}

#[test]
fn a_comma_between_two_adjectives_stays_inside_the_speaker_phrase() {
    // `the round, bearded businessman laughs`: the article and the first
    // adjective before the comma are part of the phrase.
    let s = "News of the day\n\n\"They think I am such a pious man,\" the round, bearded \
             businessman laughs.\n\nThe hand-written, four-page lawsuit said: \"To have them eat \
             rats was crazy.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "the round, bearded businessman",
            "The hand-written, four-page lawsuit"
        ]
    );
}

#[test]
fn a_phrase_and_a_participle_after_a_quote_is_no_attribution() {
    // `what Trump called a "disaster," a series of votes saying`: the
    // phrase after the quote is what the quote names, and `saying` no
    // finite cue; the quote is the one who called it so.
    let s = "News of the day\n\nThe plan was scrapped after what Trump called a \"disaster,\" a \
             series of votes that included one saying the plan had failed.\n";
    assert_eq!(speaker_names(s), ["Trump"]);
}

#[test]
fn a_lowercase_office_joined_by_and_is_one_role() {
    // `Work and pensions minister Alan Johnson`: the matter of the office
    // before `and` opens the role, in lowercase as in uppercase; the
    // capitalized first word is no speaker of its own.
    let s = "News of the day\n\nWork and pensions minister Alan Johnson said it was wrong to \
             suggest the chancellor would usurp Mr Milburn, adding they would \"work as a \
             team\".\n\nTrade and industry secretary Patricia Hewitt said \
             they would \"work as a team\".\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [
            ("Alan Johnson", Some("Work and pensions minister")),
            ("Patricia Hewitt", Some("Trade and industry secretary"))
        ]
    );
}

#[test]
fn a_role_word_in_s_after_the_first_is_part_of_the_role() {
    // `Lib Dem foreign affairs spokesman Menzies Campbell said ...,
    // adding`: `affairs` is a noun of the role, no verb after the party's
    // name; the name after the title is the subject.
    let s = "News of the day\n\nLib Dem foreign affairs spokesman Menzies Campbell said a win by \
             Mr Kerry would have given Mr Blair a fresh start, adding it was almost as if there \
             was an \"umbilical cord\" between them.\n";
    assert_eq!(
        names_and_roles(&article(s)),
        [(
            "Menzies Campbell",
            Some("Lib Dem foreign affairs spokesman")
        )]
    );
}

#[test]
fn an_mp_for_a_place_is_the_person_not_the_place() {
    // `The MP for Sittingbourne and Sheppey said`: `for` joins an elected
    // one's title to the place; the phrase is a person's, here the MP
    // named before.
    let s =
        "News of the day\n\nLabour MP Derek Wyatt spoke first. Mr Wyatt predicted the campaign \
             would get under way. The MP for Sittingbourne and Sheppey said Tony Blair had been \
             \"trying very hard\" to improve his standing.\n";
    assert_eq!(speaker_names(s), ["Derek Wyatt"]);
}

#[test]
fn a_name_before_an_unclosed_appositive_of_its_body_speaks() {
    // `Emmanuel Ferry, from Exane BNP Paribas told`: the comma that would
    // close the appositive is missing; the person before it speaks, not
    // the body.
    let s = "News of the day\n\n\"It is a growth that will remain fragile,\" Emmanuel Ferry, from \
             Exane BNP Paribas told Reuters news agency.\n\n\"The story is all about digital,\" \
             Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.\n";
    assert_eq!(speaker_names(s), ["Emmanuel Ferry", "Jeff Joseph"]);
}

#[test]
fn a_pronoun_after_a_short_phrase_of_time_still_opens_its_sentence() {
    // `At first he said only`: after a phrase of time of two words, `he`
    // opens its clause, and goes on about the one the sentence before
    // brought in (`Those allegations were put to Wenger`), not the man
    // quoted before it.
    let s = "News of the day\n\nArsene Wenger has stepped up his feud with Sir Alex Ferguson.\n\n\
             \"It's a disgrace,\" Ferguson said on Saturday.\n\n\
             Those allegations were put to Wenger after the game at Bolton. At first he said \
             only: \"I've always been consistent with that story.\"\n";
    assert_eq!(speaker_names(s), ["Alex Ferguson", "Arsene Wenger"]);
}

#[test]
fn adjectives_between_an_article_and_a_title_keep_the_phrase_whole() {
    // `A senior member of the Cabinet said`: the phrase is a person's
    // description, with its adjectives; the body after `of` is no
    // speaker.
    let s = "News of the day\n\nAnother current member of the Cabinet says she was told: \"Oh, \
             you've had a very fast rise.\"\n\nA longtime member of Congress said: \"We will \
             win.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Another current member of the Cabinet",
            "A longtime member of Congress"
        ]
    );
}

#[test]
fn a_relative_after_a_description_of_a_person_of_a_place_stands_for_the_name_before() {
    // `Princess Marguerite of Romania, the daughter of ex-King Michael of
    // Romania, who said`: `who` stands for the person the description is
    // in apposition to, not the place after `of`, nor the king.
    let s = "News of the day\n\nThis was underlined by a comment by Princess Marguerite of \
             Romania, the eldest daughter of ex-King Michael of Romania, who said a relationship \
             with him was \"politics, politics, politics\".\n";
    assert_eq!(speaker_names(s), ["Marguerite"]);
}

#[test]
fn a_pronoun_after_a_subordinator_goes_on_about_a_titled_subject_before() {
    // `Judge Berman took a short recess.` then `When he returned he began
    // by saying`: `he` opens its clause after `When`, and a title of no
    // gender says the subject before is a person, whom it means rather
    // than the man quoted earlier.
    let s = "News of the day\n\nMy lawyer, Ben Brafman, spoke first. \"He has no record,\" he \
             said.\n\nI looked over at the clerks. Judge Berman took a short recess, one of the \
             longest hours of my life.\n\nWhen he returned he began by saying, \"I don't think \
             that it is necessary for him to go to jail.\"\n";
    assert_eq!(speaker_names(s), ["Ben Brafman", "Berman"]);
}

#[test]
fn a_county_after_a_place_for_which_one_sits_is_no_speaker() {
    // `Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`: the one
    // word after the place that `for` brings in is its county; the
    // speaker is the name before the first comma.
    // (`A man from Omaha, Nebraska, said`: the place after `from` is where
    // the speaker is from. `a spokesman for Oxfam, Jane Smith, said`: a
    // name of two words so set off is a person's.)
    let s = "News of the day\n\nBoris Johnson was sacked last year.\n\nMr Johnson, MP for \
             Henley-on-Thames, Oxfordshire, said: \"It is a curious way to run a party.\"\n\n\
             A man from Omaha, Nebraska, said: \"No.\"\n\nA spokesman for Oxfam, Jane Smith, \
             said: \"We are ready.\"\n";
    assert_eq!(speaker_names(s), ["Boris Johnson", "A man", "Jane Smith"]);
}

#[test]
fn a_name_inside_a_relative_clause_gives_way_to_whom_who_stands_for() {
    // `Songwriter Guy Chambers, who has worked with stars including Robbie
    // Williams, has thrown his support`: the sentence is about Chambers,
    // and `He said` after it goes on about him, not the name inside the
    // clause.
    let s = "News of the day\n\nLessons on music piracy are to be taught to pupils.\n\n\
             Songwriter Guy Chambers, who has worked with stars including Robbie Williams, has \
             thrown his support behind the scheme. He said it would protect young people from \
             \"unscrupulous\" individuals.\n";
    assert_eq!(speaker_names(s), ["Guy Chambers"]);
}

#[test]
fn a_name_owned_to_a_description_is_not_whom_the_description_means() {
    // `The actor's friend Budd Schulberg told ...` then `The actor
    // repeatedly refused, ... saying: "..."`: the friend is someone the
    // actor has, not the actor, who is the star named before.
    let s = "News of the day\n\nLate film star Marlon Brando is said to have turned down his \
             role.\n\nThe actor's friend Budd Schulberg told a magazine that Brando's assistant \
             suggested he read the novel. The actor repeatedly refused, throwing the book at her \
             and saying: \"For the last time, I won't glorify the mafia.\"\n";
    assert_eq!(speaker_names(s), ["Marlon Brando"]);
}

#[test]
fn a_thing_that_opens_the_sentence_after_a_quote_does_not_take_the_next() {
    // `IPv6, the standard that will replace IPv4, will allow ...` after
    // Dr Carpenter's quotes in the paragraph: a name of one word the text
    // never writes after a given name or a title is no speaker, and the
    // quotes after it go on with him. A surname the text names in full
    // still takes them.
    let s = "News of the day\n\n\"The challenges are about standards,\" explained Dr Brian \
             Carpenter. \"It has done well.\" IPv6, the standard that will replace IPv4, will \
             allow for more addresses. \"The number of addresses is limited. \"That is not \
             enough, so there is a new version of IP - IPv6. \"It has no limits,\" said Dr \
             Carpenter.\n\nBernie Sanders spoke in Iowa.\n\n\"We won,\" said Ann Lee. Sanders \
             identified exhaustion as a reason. \"They are tired of it.\"\n";
    assert_eq!(
        speaker_names(s),
        [
            "Brian Carpenter",
            "Brian Carpenter",
            "Brian Carpenter",
            "Brian Carpenter",
            "Brian Carpenter",
            "Ann Lee",
            "Bernie Sanders"
        ]
    );
}

#[test]
fn a_pronoun_after_a_sentence_its_pronoun_opens_means_whom_that_one_does() {
    // `Staunton is also the choice of Steven Gaydos, executive editor of
    // Variety. But while he tipped Swank, he predicted a close contest.
    // "...," he told`: the sentence before opens with the same `he` (after
    // `But while`), which means the man the sentence before it brings in,
    // not the critic quoted last.
    let s = "News of the day\n\n\"I think Swank will win,\" said critic Philip French.\n\n\
             Staunton is also the personal choice of Steven Gaydos, executive editor of a trade \
             magazine. But while he tipped Swank to win, he predicted it would be a close \
             contest. \"Everything can flip by one vote,\" he told reporters.\n";
    assert_eq!(speaker_names(s), ["Philip French", "Steven Gaydos"]);
}

#[test]
fn an_office_whose_name_joins_words_with_to_or_for_opens_the_sentence() {
    // `Chief Secretary to the Treasury Paul Boateng attacked the plans.`
    // then `"...," he said`: the office's name runs through `to the`, and
    // the man it names is the subject a pronoun after it means.
    let s = "News of the day\n\n\"We will cut waste,\" said Michael Howard on Monday.\n\nThe \
             government has announced plans to cut civil servants. But Chief Secretary to the \
             Treasury Paul Boateng attacked the Tory plans. \"The Conservatives are committed \
             to cuts,\" he said.\n\nSecretary of State for Defence Geoff Hoon rejected the \
             claims. \"It is nonsense,\" he said.\n";
    assert_eq!(
        speaker_names(s),
        ["Michael Howard", "Paul Boateng", "Geoff Hoon"]
    );
}

#[test]
fn a_woman_brought_in_with_a_role_in_a_paragraph_of_her_own_speaks_next() {
    // `... his confrontation with Sharron Storer, the Birmingham woman who
    // harangued him ...` then `"...," she told`: the woman the sentence
    // brings in (an article and `woman` for her role) speaks, not the
    // teacher quoted a paragraph before.
    let s = "News of the day\n\nLondon teacher Diane Granger said: \"Where are you going to put \
             everyone?\"\n\nHe must remember his confrontation with Sharron Storer, the \
             Birmingham woman who harangued him over the state of her local hospital. \"All you \
             do is walk around,\" she told Mr Blair before stomping off.\n";
    assert_eq!(speaker_names(s), ["Diane Granger", "Sharron Storer"]);
}

#[test]
fn a_titled_name_that_ends_the_sentence_after_a_quote_speaks_with_no_cue() {
    // `"...," Mr Bootle.`: the cue left out, the name after the quote's
    // comma still says who spoke; not after a quoted word with no comma
    // (`from "demonising" Mr Campbell.`).
    let s = "News of the day\n\nRoger Bootle of Deloitte is gloomy.\n\nInterest rates are \
             expected to fall. \"It will probably mark the start of a more difficult period,\" Mr \
             Bootle.\n\nPeter Mandelson warned the BBC to steer away from \"demonising\" Mr \
             Campbell. Mr Campbell did not reply.\n";
    assert_eq!(
        speaker_names_or_none(s),
        [Some("Roger Bootle"), Some("Peter Mandelson")]
    );
}

#[test]
fn he_means_no_woman_named_after_an_owner_nor_a_heading_of_many_words() {
    // `In a talk with Radio Nine's Alyona Petrova about his new film, the
    // director described ... "...," he said`: the woman's given name comes
    // after the owner's name, and still says she is not `he`; the title-
    // case heading above gives a run of five words, no one's name; the man
    // the heading names is whom `he` means.
    let s = "News of the day\n\nCarlos Mendes On How Green Spaces Make City Kids Feel \
             \u{201c}Welcome.\u{201d}\n\nIn a talk with Radio Nine's Alyona Petrova about his new \
             film, the director described the lack of green space. \"Just imagine a city with no \
             trees,\" he said.\n";
    assert_eq!(speaker_names(s), ["Carlos Mendes"]);
}

#[test]
fn a_thing_called_something_or_read_by_something_says_no_quote() {
    // `... how the charity uses handheld computers called E-slates. "..."`
    // and `... a form that can be read by the handheld E-slates. "..."`: a
    // cue that names a thing, and a cue in the passive with an agent, end
    // sentences whose subjects say nothing; the quotes after them go on
    // with the man who told the programme.
    let s = "News of the day\n\nMark Hollis from SchoolNet told the BBC how the charity uses \
             radio and handheld computers called E-slates. \"The E-slates connect to a base \
             station in the school.\" The base station turns the broadcast into a form that can \
             be read by the handheld E-slates. \"It downloads the stream every day.\"\n";
    assert_eq!(speaker_names(s), ["Mark Hollis", "Mark Hollis"]);
}

#[test]
fn a_cue_right_after_who_is_its_antecedents_not_an_earlier_cues() {
    // `Her words were echoed by Iris director Sir Richard Eyre who called
    // the work "..."`: the relative clause says what the man did; the
    // earlier cue (`echoed`) reports no clause, and its subject is not the
    // speaker.
    let s = "News of the day\n\nThe prize went to Anna Reid on Monday.\n\nHer words were echoed \
             by the film director Paul Lanning who called the book \"deeply moving\".\n";
    assert_eq!(speaker_names(s), ["Paul Lanning"]);
}

#[test]
fn it_means_a_report_brought_in_with_an_indefinite_article_and_its_subject() {
    // `A National Audit Office report on the 20 biggest projects says ...
    // It says there is "little evidence" ...`: the description opens its
    // sentence with `A`, and its verb comes after a phrase on what it is
    // about; `It` is the report, not a word left unresolved.
    let s = "News of the day\n\nJohn Smith, a lawyer, said on Monday he would appeal.\n\nA Fair \
             Trade Office report on the ten biggest contracts says costs have risen. It says \
             there is \"little evidence\" of change.\n";
    assert_eq!(speaker_names(s), ["A Fair Trade Office report"]);
}

#[test]
fn it_means_a_statement_described_after_but_and_a_phrase_about_it() {
    // `But a short statement about Lord Goldsmith's position was presented
    // in a written parliamentary answer ... It said it was "plain" ...`:
    // the conjunction opens the sentence before the description, and a
    // phrase on what it is about comes before its verb.
    let s = "News of the day\n\nJohn Smith, a lawyer, said on Monday he would appeal.\n\nBut a \
             short statement about the minister's advice was presented in a written answer on 17 \
             March. It said it was \"plain\" the treaty had been broken.\n";
    assert_eq!(speaker_names(s), ["a short statement"]);
}

#[test]
fn a_body_named_after_with_in_an_appositive_is_not_whom_he_means() {
    // `Geoff Garin, a Democratic pollster who is working with Priorities
    // USA, a pro-Clinton super PAC, said ... But he also said ... "..."`:
    // the body is the object of `with`, and its own appositive before
    // `said` does not make it the one who spoke.
    let s = "News of the day\n\n\"It is hard,\" said pollster Stan Greenberg.\n\nGeoff Garin, a \
             pollster who is working with Forward Action USA, a liberal group, said the race had \
             tightened. But he also said the attacks had \"reinforced doubts\" about her.\n";
    assert_eq!(speaker_names(s), ["Stan Greenberg", "Geoff Garin"]);
}

#[test]
fn the_next_item_of_a_quoted_list_is_the_lists_speaker() {
    // `as Trump went on about "how the system is rigged," and "wounded
    // American families" and "our own struggling citizens," Melanie said
    // yes`: the last item's comma is the list's; the cue after it opens
    // the next clause, and every item is the one who went on about them.
    let s = "News of the day\n\nThe crowd cheered, and as the senator went on about \"how the \
             market is rigged,\" and \"forgotten towns\" and \"our own struggling workers,\" Mary \
             said yes, over and over again.\n";
    assert_eq!(
        speaker_names(s),
        ["the senator", "the senator", "the senator"]
    );
}

#[test]
fn a_colon_that_ends_the_paragraph_before_brings_in_the_next_quote() {
    // `"...," Tenney said ... She went on to say:` then a paragraph that
    // is a quote: the introduction names its speaker, over the one whose
    // quote the paragraph before carries on; so too when it names someone
    // else by surname alone.
    let s = "News of the day\n\n\"We will not back down,\" Mary Smith said at the hall. \
             \"This is what we face.\" She went on to say:\n\n\"None of them will come out for \
             us.\"\n\n\"The plan is sound,\" Mary Smith said. Jones replied:\n\n\"It is not \
             sound at all.\"\n";
    assert_eq!(
        speaker_mentions(s),
        [
            Some("Mary Smith"),
            Some("Mary Smith"),
            Some("She"),
            Some("Mary Smith"),
            Some("Jones")
        ]
    );
}

#[test]
fn a_gendered_pronoun_passes_over_a_name_nothing_says_is_a_person() {
    // `Port Vale` and `Aston Villa` are two words each, as a full name is,
    // but no title, known given name or verb of speech says a person: the
    // pronoun means Robbie Stone, named before them.
    let s = "Club news\n\nRovers made a bid for Robbie Stone, the Wales star.\n\n\
             Stone's future has been talked about for weeks. However, good displays against \
             Port Vale and Aston Villa have impressed fans. \"The crowd gave me a standing \
             ovation,\" he said.\n";
    assert_eq!(speaker_names(s), ["Robbie Stone"]);
}

#[test]
fn a_name_its_place_says_is_a_person_is_not_passed_over() {
    // No given name the tables know, but an age after the name, the
    // subject's place after an owner, a role after the comma: each says a
    // person, whom the pronoun means rather than Barack Obama before.
    for (named, want) in [
        (
            "Dewayne Smithy, 33, of Baldwin, doubts the vote matters.",
            "Dewayne Smithy",
        ),
        (
            "Fox News’ Bret Baier noticed that no network cut away.",
            "Bret Baier",
        ),
        (
            "The call was joined by Oyel Bekmez, president of the group.",
            "Oyel Bekmez",
        ),
    ] {
        let s = format!(
            "Voters\n\nPresident Barack Obama spoke on Monday.\n\n{named} \"I can't find a \
             candidate I like,\" he said.\n"
        );
        assert_eq!(speaker_names(&s), [want], "{named}");
    }
}

#[test]
fn a_chairman_of_no_known_given_name_may_be_a_woman() {
    // British papers set `chairman` before a woman's name too: `she` means
    // the chairman, not a party named before; a given name a man's rules
    // her out.
    let s = "Party row\n\nTwo members defected to the Veritas Party.\n\nUKIP chairman Petrina \
             Holdsworth urged the men to step down. She said: \"The party has taken advice.\"\n";
    assert_eq!(speaker_names(s), ["Petrina Holdsworth"]);
    let s = s.replace("Petrina", "John");
    assert_ne!(speaker_names(&s), ["John Holdsworth"]);
}

#[test]
fn a_cue_whose_subject_is_a_thing_no_one_speaks_for_hands_on_no_speaker() {
    // `continued` reports words after a person (`he continued`), not after
    // `the growth`: the quote paragraph after goes on with Mr Bannister,
    // whose `said` comes before it in the sentence.
    let s = "Prices\n\nPrices rose, said economist Alex Bannister. He said rates may rise if \
             the growth continued at this level.\n\n\"I think the key is what the Bank \
             expects.\"\n";
    assert_eq!(speaker_names(s), ["Alex Bannister"]);
    // So too where that cue is not the sentence's last words.
    let s = s.replace(
        "rates may rise if the growth continued at this level",
        "if the growth continued at this level then rates may rise",
    );
    assert_eq!(speaker_names(&s), ["Alex Bannister"]);
}
