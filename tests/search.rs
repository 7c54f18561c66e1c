use booth::search::{Field, MatchKind};
use booth::Pack;

fn forum() -> Pack {
    Pack::embedded().expect("forum pack loads")
}

#[test]
fn finds_a_concept_from_either_script_and_shows_both_sides() {
    let pack = forum();
    let ko = pack.index().search("지속가능발전목표", 5, None);
    let en = pack
        .index()
        .search("sustainable development goals", 5, None);
    assert_eq!(ko[0].concept_id, "sdgs");
    assert_eq!(ko[0].kind, MatchKind::Exact);
    assert_eq!(en[0].concept_id, "sdgs");
    let c = &pack.glossary[en[0].concept as usize];
    assert_eq!(c.term["en-US"], "Sustainable Development Goals");
    assert_eq!(c.term["ko"], "지속가능발전목표");
}

#[test]
fn acronym_query_matches_the_abbreviation_field() {
    let pack = forum();
    let hits = pack.index().search("SDGs", 5, None);
    assert_eq!(hits[0].concept_id, "sdgs");
    assert_eq!(
        (hits[0].field, hits[0].kind),
        (Field::Abbr, MatchKind::Exact)
    );
}

#[test]
fn spans_are_characters_of_the_matched_field() {
    let pack = forum();
    let hits = pack.index().search("가능", 50, None);
    let h = hits
        .iter()
        .find(|h| h.concept_id == "sdgs")
        .expect("sdgs found");
    assert_eq!((h.field, h.locale.as_str()), (Field::Term, "ko"));
    let term: Vec<char> = pack.glossary[h.concept as usize].term["ko"]
        .chars()
        .collect();
    let span: String = term[h.start as usize..h.end as usize].iter().collect();
    assert_eq!(span, "가능");
}

#[test]
fn ranking_is_exact_then_prefix_then_substring_and_case_insensitive() {
    let pack = forum();
    let hits = pack.index().search("DIGITAL", 100, None);
    assert!(hits.len() > 3);
    let kinds: Vec<MatchKind> = hits.iter().map(|h| h.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted, "hits are ordered by match kind");
    assert!(hits
        .iter()
        .all(|h| h.kind != MatchKind::Note || h.field == Field::Note));
}

#[test]
fn decomposed_hangul_query_matches_composed_text() {
    let pack = forum();
    // "정부" typed as conjoining jamo (NFD).
    let nfd = "\u{110C}\u{1165}\u{11BC}\u{1107}\u{116E}";
    let hits = pack.index().search(nfd, 5, None);
    assert!(!hits.is_empty());
    let c = &pack.glossary[hits[0].concept as usize];
    assert!(c.term["ko"].contains("정부") || c.abbr.values().any(|a| a.contains("정부")));
}

#[test]
fn empty_and_blank_queries_find_nothing() {
    let pack = forum();
    assert!(pack.index().search("", 10, None).is_empty());
    assert!(pack.index().search("   ", 10, None).is_empty());
}
