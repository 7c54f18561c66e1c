//! Glossary search, rule by rule, in both scripts. Most tables run on a small glossary written here (so the
//! forum pack can change without breaking them); a few check the forum pack end to end.

use booth::glossary::Concept;
use booth::search::{Field, Hit, Index, MatchKind};
use booth::{Pack, Text};

/// One row of a test glossary: id, English term, Korean term, English abbreviation, English alternatives,
/// English note, sessions.
struct Row<'a> {
    id: &'a str,
    en: &'a str,
    ko: &'a str,
    abbr: &'a str,
    alt: &'a [&'a str],
    note: &'a str,
    sessions: &'a [&'a str],
}

const fn row<'a>(id: &'a str, en: &'a str, ko: &'a str) -> Row<'a> {
    Row {
        id,
        en,
        ko,
        abbr: "",
        alt: &[],
        note: "",
        sessions: &[],
    }
}

fn text(pairs: &[(&str, &str)]) -> Text {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(l, v)| ((*l).to_owned(), (*v).to_owned()))
        .collect()
}

fn concepts(rows: &[Row]) -> Vec<Concept> {
    rows.iter()
        .map(|r| Concept {
            id: r.id.into(),
            term: text(&[("en-US", r.en), ("ko", r.ko)]),
            abbr: text(&[("en-US", r.abbr)]),
            alt: if r.alt.is_empty() {
                Default::default()
            } else {
                [(
                    "en-US".to_owned(),
                    r.alt.iter().map(|s| (*s).to_owned()).collect(),
                )]
                .into_iter()
                .collect()
            },
            note: text(&[("en-US", r.note)]),
            domain: None,
            sessions: r.sessions.iter().map(|s| (*s).to_owned()).collect(),
            unverified: Vec::new(),
            prompt: Default::default(),
            fields: Default::default(),
        })
        .collect()
}

/// The glossary most tables use.
fn glossary() -> (Vec<Concept>, Index) {
    let rows = [
        Row {
            abbr: "SDGs",
            ..row("sdgs", "Sustainable Development Goals", "지속가능발전목표")
        },
        row(
            "sustainable-development",
            "sustainable development",
            "지속 가능 발전",
        ),
        row(
            "digital-transformation",
            "Digital Transformation",
            "디지털 전환",
        ),
        row("digital-divide", "digital divide", "디지털 격차"),
        row("digital", "digital", "디지털"),
        row("government", "government", "정부"),
        row("e-government", "digital government", "디지털정부"),
        row("pppp", "Public-Private-People Partnerships", "민관협력"),
        row(
            "oecd",
            "Organisation for Economic Co-operation and Development",
            "경제협력개발기구",
        ),
        Row {
            alt: &["Universität Potsdam"],
            ..row("potsdam", "University of Potsdam", "포츠담 대학교")
        },
        Row {
            note: "Described as the cornerstone of local autonomy.",
            ..row(
                "krila",
                "Korea Research Institute for Local Administration",
                "한국지방행정연구원",
            )
        },
        row("cornerstone", "cornerstone", "초석"),
        row("policy", "policy", "정책"),
        row("goal", "goal", "목표"),
        row("tax", "tax", "세금"),
        row("acronym-only", "PPPs", "공공민간협력"),
        row("ungoverned", "ungoverned space", "통치 공백"),
        row("local-gov", "local gov", "지방 정부"),
        row("gov", "Gov", "정부 약칭"),
        Row {
            note: "Often shortened to gov in the press.",
            ..row("administration", "public administration", "행정")
        },
    ];
    let c = concepts(&rows);
    let ix = Index::build(&c);
    (c, ix)
}

fn search(ix: &Index, q: &str) -> Vec<Hit> {
    ix.search(q, 50, None)
}

fn first<'a>(hits: &'a [Hit], q: &str) -> &'a Hit {
    hits.first()
        .unwrap_or_else(|| panic!("`{q}` finds something"))
}

/// The characters of the field a hit points at, between its span.
fn matched(c: &[Concept], h: &Hit) -> String {
    let c = &c[h.concept as usize];
    let field = match h.field {
        Field::Term => c.term[&h.locale].clone(),
        Field::Abbr => c.abbr[&h.locale].clone(),
        Field::Note => c.note[&h.locale].clone(),
        Field::Alt => c.alt[&h.locale][h.alt_index.expect("alt index") as usize].clone(),
    };
    field
        .chars()
        .skip(h.start as usize)
        .take((h.end - h.start) as usize)
        .collect()
}

/// (query, expected first concept, kind, field text the span covers)
type Case<'a> = (&'a str, &'a str, MatchKind, &'a str);

fn check(cases: &[Case]) {
    let (c, ix) = glossary();
    for (q, id, kind, span) in cases {
        let hits = search(&ix, q);
        let h = first(&hits, q);
        assert_eq!(
            (h.concept_id.as_str(), h.kind, matched(&c, h).as_str()),
            (*id, *kind, *span),
            "query `{q}`: {hits:#?}"
        );
    }
}

#[test]
fn english_folding_word_prefixes_and_spans() {
    use MatchKind::*;
    check(&[
        ("SDGs", "sdgs", Exact, "SDGs"),
        ("ｓｄｇｓ", "sdgs", Exact, "SDGs"),
        (
            "sustainable development goals",
            "sdgs",
            Exact,
            "Sustainable Development Goals",
        ),
        (
            "DIGITAL TRANSFORMATION",
            "digital-transformation",
            Exact,
            "Digital Transformation",
        ),
        (
            "digital trans",
            "digital-transformation",
            Prefix,
            "Digital Trans",
        ),
        (
            "dig trans",
            "digital-transformation",
            WordPrefix,
            "Digital Trans",
        ),
        ("transf", "digital-transformation", WordPrefix, "Transf"),
        ("universitat pots", "potsdam", Prefix, "Universität Pots"),
        ("UNIVERSITÄT", "potsdam", Prefix, "Universität"),
        ("co-operation", "oecd", WordPrefix, "Co-operation"),
        ("cooperation", "oecd", WordPrefix, "Co-operation"),
    ]);
}

#[test]
fn acronyms_match_their_expansions_both_ways() {
    use MatchKind::*;
    check(&[
        // Query acronym → the initials of a term (no abbreviation needed), with hyphenated words split…
        (
            "PPPP",
            "pppp",
            Acronym,
            "Public-Private-People Partnerships",
        ),
        // … or joined, and stopwords dropped.
        (
            "OECD",
            "oecd",
            Acronym,
            "Organisation for Economic Co-operation and Development",
        ),
        // A plural acronym still finds the singular initials.
        ("sdgs", "sdgs", Exact, "SDGs"),
        (
            "krila",
            "krila",
            Acronym,
            "Korea Research Institute for Local Administration",
        ),
        // While typing: a prefix of the initials.
        (
            "kri",
            "krila",
            Acronym,
            "Korea Research Institute for Local Administration",
        ),
    ]);
    // Expansion → a term that is only an acronym (after the word-prefix match on the longer expansion).
    let (c, ix) = glossary();
    let hits = search(&ix, "public private partnerships");
    let h = hits
        .iter()
        .find(|h| h.concept_id == "acronym-only")
        .expect("PPPs found from its expansion");
    assert_eq!(
        (h.kind, matched(&c, h).as_str()),
        (MatchKind::Acronym, "PPPs")
    );
    assert_eq!(hits[0].concept_id, "pppp");
}

#[test]
fn typos_are_tolerated_by_word_length() {
    use MatchKind::*;
    check(&[
        (
            "sustianable",
            "sustainable-development",
            Typo,
            "sustainable",
        ),
        (
            "sustianabel",
            "sustainable-development",
            Typo,
            "sustainable",
        ),
        ("goel", "goal", Typo, "goal"),
        ("policx", "policy", Typo, "policy"),
        ("digtal divide", "digital-divide", Typo, "digital divide"),
    ]);
    let (_, ix) = glossary();
    // Three letters allow no edit; 4–7 letters allow one, not two.
    assert!(search(&ix, "tix").is_empty(), "{:?}", search(&ix, "tix"));
    assert!(
        search(&ix, "pilicx").is_empty(),
        "{:?}",
        search(&ix, "pilicx")
    );
}

#[test]
fn korean_rules() {
    use MatchKind::*;
    // 정부 typed as conjoining jamo (NFD).
    let nfd = "\u{110C}\u{1165}\u{11BC}\u{1107}\u{116E}";
    check(&[
        ("지속가능발전목표", "sdgs", Exact, "지속가능발전목표"),
        (nfd, "government", Exact, "정부"),
        // Spacing-insensitive, both ways.
        ("디지털전환", "digital-transformation", Exact, "디지털 전환"),
        ("디지털 정부", "e-government", Exact, "디지털정부"),
        (
            "지속가능 발전",
            "sustainable-development",
            Exact,
            "지속 가능 발전",
        ),
        // Word prefix and substring.
        ("격차", "digital-divide", WordPrefix, "격차"),
        (
            "가능발전",
            "sustainable-development",
            WordPrefix,
            "가능 발전",
        ),
        // Initial consonants, alone or mixed, and with spacing in the text.
        ("ㅈㅅㄱㄴ", "sustainable-development", Initials, "지속 가능"),
        (
            "ㅈㅅㄱㄴㅂㅈ",
            "sustainable-development",
            Initials,
            "지속 가능 발전",
        ),
        ("ㅈㅅㄱㄴㅂㅈㅁㅍ", "sdgs", Initials, "지속가능발전목표"),
        ("지ㅅ", "sustainable-development", Initials, "지속"),
        ("ㅈ속ㄱ", "sustainable-development", Initials, "지속 가"),
        ("ㄷㅈㅌ", "digital", Initials, "디지털"),
        // Half-typed last syllable while the IME composes 디지털.
        ("디지ㅌ", "digital", Initials, "디지털"),
        ("디짙", "digital", Initials, "디지털"),
        ("디지터", "digital", Initials, "디지털"),
        ("디지털 겨", "digital-divide", Initials, "디지털 격"),
        // A Korean typo (one syllable in six).
        (
            "지속가눙발전",
            "sustainable-development",
            Typo,
            "지속 가능 발전",
        ),
    ]);
    // Inside a word: the word-prefix hit above comes first, the compound after it.
    let (c, ix) = glossary();
    let hits = search(&ix, "가능발전");
    let h = hits.iter().find(|h| h.concept_id == "sdgs").expect("sdgs");
    assert_eq!(
        (h.kind, matched(&c, h).as_str()),
        (MatchKind::Substring, "가능발전")
    );
}

#[test]
fn particles_are_stripped_only_as_a_fallback() {
    let (c, ix) = glossary();
    for q in ["정부가", "정부의", "정부에서", "정부를"] {
        let hits = search(&ix, q);
        let h = first(&hits, q);
        assert_eq!(
            (
                h.concept_id.as_str(),
                h.kind,
                h.particle_stripped,
                matched(&c, h).as_str()
            ),
            ("government", MatchKind::Exact, true, "정부"),
            "{q}: {hits:#?}"
        );
    }
    // A word that merely ends like a particle is found as typed first.
    let hits = search(&ix, "정부");
    assert!(!hits[0].particle_stripped);
    assert!(hits.iter().all(|h| !h.particle_stripped));
}

#[test]
fn either_script_finds_the_pair() {
    let (c, ix) = glossary();
    for q in ["digital divide", "디지털 격차"] {
        let h = &search(&ix, q)[0];
        let concept = &c[h.concept as usize];
        assert_eq!(
            (concept.term["en-US"].as_str(), concept.term["ko"].as_str()),
            ("digital divide", "디지털 격차")
        );
    }
}

#[test]
fn ranking_follows_kind_then_session_then_length_then_alphabet() {
    let (c, ix) = glossary();
    let hits = search(&ix, "gov");
    let got: Vec<(&str, MatchKind)> = hits
        .iter()
        .map(|h| (h.concept_id.as_str(), h.kind))
        .collect();
    use MatchKind::*;
    assert_eq!(
        got,
        vec![
            ("gov", Exact),
            ("government", Prefix),
            // Word prefix: shorter matched text first ("local gov" < "digital government").
            ("local-gov", WordPrefix),
            ("e-government", WordPrefix),
            ("ungoverned", Substring),
            ("administration", Note),
        ]
    );
    assert_eq!(matched(&c, &hits[4]), "gov");
    assert_eq!(matched(&c, &hits[5]), "gov");

    // Among equals: the session's concepts first, then shorter, then alphabetical.
    let rows = [
        row("lake", "data lake", "데이터 레이크"),
        row("hub", "data hub", "데이터 허브"),
        row("base", "database", "데이터베이스"),
        Row {
            sessions: &["s2"],
            ..row("mesh", "data mesh platform", "데이터 메시")
        },
    ];
    let c = concepts(&rows);
    let ix = Index::build(&c);
    let order = |session| -> Vec<String> {
        ix.search("data", 10, session)
            .into_iter()
            .map(|h| h.concept_id)
            .collect()
    };
    assert_eq!(order(None), ["base", "hub", "lake", "mesh"]);
    assert_eq!(order(Some("s2")), ["mesh", "base", "hub", "lake"]);
    assert_eq!(order(Some("unknown")), order(None));
    // The limit applies after ranking.
    assert_eq!(
        ix.search("data", 2, Some("s2"))
            .into_iter()
            .map(|h| h.concept_id)
            .collect::<Vec<_>>(),
        ["mesh", "base"]
    );
}

#[test]
fn a_capital_typed_prefers_equals_that_have_it_and_says_nothing_otherwise() {
    let rows = [
        row("budget", "anti-corruption budget", "반부패 예산"),
        row(
            "secretariat",
            "Anti-Corruption Secretariat",
            "반부패 사무국",
        ),
        row("office", "anti-corruption office", "반부패 사무소"),
        Row {
            alt: &["the Anti-corruption Treaty"],
            ..row("treaty", "anti-corruption treaty", "반부패 조약")
        },
        row("law", "anti-corruption law", "반부패법"),
        Row {
            sessions: &["s1"],
            ..row("plan", "anti-corruption plan", "반부패 계획")
        },
    ];
    let c = concepts(&rows);
    let ix = Index::build(&c);
    let order = |q: &str, session| -> Vec<(String, MatchKind)> {
        ix.search(q, 10, session)
            .into_iter()
            .map(|h| (h.concept_id, h.kind))
            .collect()
    };
    let ids = |q: &str, session| -> Vec<String> {
        order(q, session).into_iter().map(|(id, _)| id).collect()
    };
    use MatchKind::*;
    // No capital: shorter first, as always.
    assert_eq!(
        ids("anti", None),
        ["law", "plan", "budget", "office", "treaty", "secretariat"]
    );
    // A capital: among prefix matches, the one whose term has it first; the kind still comes first.
    assert_eq!(
        order("Anti", None),
        [
            ("secretariat".into(), Prefix),
            ("law".into(), Prefix),
            ("plan".into(), Prefix),
            ("budget".into(), Prefix),
            ("office".into(), Prefix),
            ("treaty".into(), Prefix),
        ]
    );
    // Case is checked letter by letter past punctuation: "anti-C" fits "Anti-Corruption" only.
    assert_eq!(ids("Anti-C", None)[0], "secretariat");
    assert_eq!(ids("anti-C", None)[0], "secretariat");
    assert_eq!(ids("anti-c", None)[0], "law");
    // A later word's start: "Corruption" as typed is in one term only.
    assert_eq!(
        order("Corruption", None)[0],
        ("secretariat".into(), WordPrefix)
    );
    assert_eq!(ids("corruption", None)[0], "law");
    // The session still comes before case.
    assert_eq!(ids("Anti", Some("s1"))[..2], ["plan", "secretariat"]);
}

#[test]
fn notes_are_searchable_but_rank_below_terms() {
    let (c, ix) = glossary();
    let hits = search(&ix, "cornerstone");
    let got: Vec<(&str, MatchKind, Field)> = hits
        .iter()
        .map(|h| (h.concept_id.as_str(), h.kind, h.field))
        .collect();
    assert_eq!(
        got,
        vec![
            ("cornerstone", MatchKind::Exact, Field::Term),
            ("krila", MatchKind::Note, Field::Note)
        ]
    );
    assert_eq!(matched(&c, &hits[1]), "cornerstone");
    // Every word of a multi-word query must be in the note.
    let hits = search(&ix, "local autonomy");
    assert!(hits
        .iter()
        .any(|h| h.concept_id == "krila" && h.kind == MatchKind::Note));
    assert!(search(&ix, "autonomy zebra").is_empty());
}

#[test]
fn one_hit_per_concept_with_its_best_match() {
    let (_, ix) = glossary();
    let hits = search(&ix, "sdg");
    let sdgs: Vec<&Hit> = hits.iter().filter(|h| h.concept_id == "sdgs").collect();
    assert_eq!(sdgs.len(), 1);
    assert_eq!(
        (sdgs[0].kind, sdgs[0].field),
        (MatchKind::Prefix, Field::Abbr)
    );
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    let (_, ix) = glossary();
    for q in ["", "   ", "-- / --", "🙂"] {
        assert!(ix.search(q, 10, None).is_empty(), "{q}");
    }
    assert!(ix.search("digital", 0, None).is_empty());
}

// ---- the forum pack, end to end ----

fn forum() -> Pack {
    Pack::embedded().expect("forum pack loads")
}

#[test]
fn forum_pack_finds_sdgs_from_either_script() {
    let pack = forum();
    let ko = pack.index().search("지속가능발전목표", 5, None);
    let en = pack.index().search("SDGs", 5, None);
    assert_eq!(
        (ko[0].concept_id.as_str(), ko[0].kind),
        ("sdgs", MatchKind::Exact)
    );
    assert_eq!(
        (en[0].concept_id.as_str(), en[0].field, en[0].kind),
        ("sdgs", Field::Abbr, MatchKind::Exact)
    );
    let c = &pack.glossary[en[0].concept as usize];
    assert_eq!(c.term["ko"], "지속가능발전목표");
    assert_eq!(pack.index().len(), pack.glossary.len());
}

#[test]
fn forum_pack_initials_find_sdgs() {
    let pack = forum();
    let hits = pack.index().search("ㅈㅅㄱㄴㅂㅈㅁㅍ", 5, None);
    assert_eq!(
        (hits[0].concept_id.as_str(), hits[0].kind),
        ("sdgs", MatchKind::Initials)
    );
}
