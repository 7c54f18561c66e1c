//! Property tests of glossary search (proptest): folding is idempotent, every term finds its own concept
//! first, the initials of every Korean term find it, and no input — combining marks, emoji, lone jamo,
//! right-to-left text, 10,000 characters — makes search panic or return out-of-bounds hits.

use booth::glossary::Concept;
use booth::search::{fold, Field, Index, SmallMap};
use proptest::prelude::*;
use std::collections::HashSet;

const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

fn syllable() -> impl Strategy<Value = char> {
    (0xAC00u32..0xD7A4).prop_map(|u| char::from_u32(u).unwrap_or('가'))
}

fn korean_word() -> impl Strategy<Value = String> {
    prop::collection::vec(syllable(), 1..5).prop_map(|v| v.into_iter().collect())
}

fn english_word() -> impl Strategy<Value = String> {
    "[a-zA-Z][a-z]{1,9}"
}

/// Terms of 1–3 words in each script.
fn glossary() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(
        (
            prop::collection::vec(english_word(), 1..4).prop_map(|w| w.join(" ")),
            prop::collection::vec(korean_word(), 1..4).prop_map(|w| w.join(" ")),
        ),
        1..40,
    )
}

fn concepts(rows: &[(String, String)]) -> Vec<Concept> {
    rows.iter()
        .enumerate()
        .map(|(i, (en, ko))| Concept {
            id: format!("c{i}").into(),
            term: SmallMap::from([
                ("en-US".to_owned(), en.clone()),
                ("ko".to_owned(), ko.clone()),
            ]),
            abbr: SmallMap::new(),
            alt: SmallMap::new(),
            note: SmallMap::new(),
            domain: None,
            sessions: Vec::new(),
            unverified: Vec::new(),
            prompt: Default::default(),
            fields: Default::default(),
        })
        .collect()
}

/// Terms are compared as search compares them: folded, without separators.
fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

fn initials(s: &str) -> String {
    s.chars()
        .filter_map(|c| {
            let u = (c as u32).checked_sub(0xAC00)?;
            (u < 11172).then(|| INITIALS[(u / 588) as usize])
        })
        .collect()
}

/// Any text a keyboard, a paste or a broken file can produce.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("\u{0301}\u{0308}".to_owned()), // combining marks
        Just("🙂👩‍👩‍👧".to_owned()),             // emoji, ZWJ sequence
        Just("ㄱㅏ\u{1100}\u{1161}\u{11A8}".to_owned()), // lone and conjoining jamo
        Just("مرحبا שלום".to_owned()),       // right-to-left
        Just("\u{202E}\u{2068}\u{2069}".to_owned()), // bidi controls
        Just("ﬁ Ｆｕｌｌ ß İ".to_owned()),   // compatibility forms, special casing
        syllable().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn folding_is_idempotent(s in hostile()) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn every_term_finds_its_own_concept_first(rows in glossary()) {
        // Keep terms whose folded forms are unique in each script, so "first" is well defined.
        let mut seen = HashSet::new();
        let rows: Vec<(String, String)> = rows
            .into_iter()
            .filter(|(en, ko)| seen.insert(compact(en)) && seen.insert(compact(ko)))
            .collect();
        let cs = concepts(&rows);
        let ix = Index::build(&cs);
        for (i, (en, ko)) in rows.iter().enumerate() {
            for term in [en, ko] {
                let hits = ix.search(term, 5, None);
                prop_assert!(!hits.is_empty(), "{term} found nothing");
                prop_assert_eq!(hits[0].concept as usize, i, "{} ranks {:?} first", term, hits[0]);
            }
        }
    }

    #[test]
    fn the_initials_of_every_korean_term_find_it(rows in glossary()) {
        let cs = concepts(&rows);
        let ix = Index::build(&cs);
        for (i, (_, ko)) in rows.iter().enumerate() {
            let q = initials(ko);
            let hits = ix.search(&q, rows.len(), None);
            prop_assert!(hits.iter().any(|h| h.concept as usize == i), "{q} did not find {ko}");
        }
    }

    #[test]
    fn any_input_is_safe_and_in_bounds(rows in glossary(), q in hostile(), limit in 0usize..20) {
        let cs = concepts(&rows);
        let ix = Index::build(&cs);
        for query in [q.clone(), q.repeat(1 + 10_000 / (q.chars().count() + 1))] {
            let hits = ix.search(&query, limit, Some("s1"));
            prop_assert!(hits.len() <= limit);
            let mut concepts = HashSet::new();
            for h in &hits {
                prop_assert!(concepts.insert(h.concept), "one hit per concept");
                let c = &cs[h.concept as usize];
                let field = match h.field {
                    Field::Term => c.term.get(&h.locale),
                    _ => None,
                };
                let len = field.map_or(0, |f| f.chars().count()) as u32;
                prop_assert!(h.start <= h.end && h.end <= len, "{h:?} outside {field:?}");
            }
        }
    }
}

#[test]
fn hostile_text_in_the_glossary_is_safe_too() {
    let texts = [
        "\u{0301}",
        "🙂",
        "ㄱ",
        "مرحبا",
        "\u{202E}x",
        "ﬁ",
        "a\u{0000}b",
        &"가".repeat(10_000),
    ];
    let rows: Vec<(String, String)> = texts
        .iter()
        .map(|t| ((*t).to_owned(), (*t).to_owned()))
        .collect();
    let cs = concepts(&rows);
    let ix = Index::build(&cs);
    for t in texts {
        for h in ix.search(t, 10, None) {
            let len = cs[h.concept as usize].term[&h.locale].chars().count() as u32;
            assert!(h.start <= h.end && h.end <= len, "{t:?}: {h:?}");
        }
    }
}
