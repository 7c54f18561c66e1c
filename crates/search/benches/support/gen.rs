//! A deterministic generator of bilingual (English–Korean) glossaries, for benchmarks and for large packs.
//!
//! Terms are built the way real interpretation glossaries are: one to four words from a paired vocabulary of
//! public-policy, economy, technology, health and environment words ("digital public service delivery" /
//! "디지털 공공 서비스 제공"), with abbreviations for some multi-word terms, other renderings (British
//! spelling, Korean without spaces), notes for a fifth of them and session tags for a few. The same seed
//! always gives the same glossary (SplitMix64, written out here so no crate upgrade can change the data).
//!
//! Also makes the as-you-type query set of the benchmarks: every prefix of 200 terms in both scripts, Korean
//! as an IME shows it while composing (ㄷ, 디, 딪, 디지, 디짙, 디지터, 디지털), initial consonants, and every
//! prefix of typo'd terms.
#![allow(dead_code)]

use booth_search::PlainEntry as Concept;
use booth_search::SmallMap;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

/// Modifiers (adjectives and noun modifiers), English / Korean.
const MODS: &[(&str, &str)] = &[
    ("digital", "디지털"),
    ("public", "공공"),
    ("private", "민간"),
    ("local", "지방"),
    ("national", "국가"),
    ("global", "글로벌"),
    ("regional", "지역"),
    ("sustainable", "지속가능한"),
    ("inclusive", "포용적"),
    ("open", "개방형"),
    ("smart", "스마트"),
    ("green", "녹색"),
    ("social", "사회"),
    ("economic", "경제"),
    ("financial", "금융"),
    ("fiscal", "재정"),
    ("monetary", "통화"),
    ("urban", "도시"),
    ("rural", "농촌"),
    ("coastal", "해안"),
    ("marine", "해양"),
    ("renewable", "재생"),
    ("clean", "청정"),
    ("carbon", "탄소"),
    ("climate", "기후"),
    ("environmental", "환경"),
    ("health", "보건"),
    ("medical", "의료"),
    ("pharmaceutical", "제약"),
    ("educational", "교육"),
    ("vocational", "직업"),
    ("cultural", "문화"),
    ("legal", "법률"),
    ("judicial", "사법"),
    ("legislative", "입법"),
    ("administrative", "행정"),
    ("municipal", "시"),
    ("federal", "연방"),
    ("international", "국제"),
    ("multilateral", "다자"),
    ("bilateral", "양자"),
    ("strategic", "전략적"),
    ("technical", "기술"),
    ("scientific", "과학"),
    ("industrial", "산업"),
    ("agricultural", "농업"),
    ("maritime", "해상"),
    ("nuclear", "원자력"),
    ("cyber", "사이버"),
    ("mobile", "모바일"),
    ("cloud", "클라우드"),
    ("data", "데이터"),
    ("artificial", "인공"),
    ("autonomous", "자율"),
    ("electronic", "전자"),
    ("statistical", "통계"),
    ("demographic", "인구"),
    ("labour", "노동"),
    ("gender", "성평등"),
    ("youth", "청년"),
    ("elderly", "노인"),
    ("disability", "장애"),
    ("housing", "주택"),
    ("transport", "교통"),
    ("energy", "에너지"),
    ("water", "수자원"),
    ("food", "식량"),
    ("disaster", "재난"),
    ("emergency", "비상"),
    ("security", "안보"),
    ("defence", "국방"),
    ("humanitarian", "인도적"),
    ("development", "개발"),
    ("trade", "무역"),
    ("investment", "투자"),
    ("tax", "조세"),
    ("customs", "관세"),
    ("procurement", "조달"),
    ("budget", "예산"),
    ("audit", "감사"),
    ("integrity", "청렴"),
    ("anti-corruption", "반부패"),
    ("participatory", "참여형"),
    ("citizen-centred", "시민 중심"),
    ("evidence-based", "증거 기반"),
    ("results-based", "성과 기반"),
    ("cross-border", "국경 간"),
    ("intergovernmental", "정부 간"),
    ("decentralized", "분권형"),
    ("collaborative", "협력적"),
    ("innovative", "혁신적"),
    ("resilient", "회복력 있는"),
    ("transparent", "투명한"),
    ("accountable", "책임 있는"),
    ("efficient", "효율적"),
];

/// Head nouns, English / Korean.
const NOUNS: &[(&str, &str)] = &[
    ("government", "정부"),
    ("governance", "거버넌스"),
    ("transformation", "전환"),
    ("innovation", "혁신"),
    ("policy", "정책"),
    ("strategy", "전략"),
    ("framework", "체계"),
    ("partnership", "파트너십"),
    ("cooperation", "협력"),
    ("development", "발전"),
    ("growth", "성장"),
    ("recovery", "회복"),
    ("resilience", "회복력"),
    ("infrastructure", "기반시설"),
    ("service", "서비스"),
    ("delivery", "제공"),
    ("platform", "플랫폼"),
    ("system", "시스템"),
    ("network", "네트워크"),
    ("agency", "기관"),
    ("ministry", "부처"),
    ("committee", "위원회"),
    ("council", "이사회"),
    ("commission", "위원회"),
    ("office", "사무소"),
    ("institute", "연구원"),
    ("centre", "센터"),
    ("forum", "포럼"),
    ("summit", "정상회의"),
    ("conference", "회의"),
    ("agreement", "협정"),
    ("convention", "협약"),
    ("treaty", "조약"),
    ("declaration", "선언"),
    ("resolution", "결의"),
    ("charter", "헌장"),
    ("regulation", "규제"),
    ("legislation", "법제"),
    ("reform", "개혁"),
    ("budget", "예산"),
    ("finance", "금융"),
    ("investment", "투자"),
    ("market", "시장"),
    ("economy", "경제"),
    ("trade", "무역"),
    ("tariff", "관세"),
    ("subsidy", "보조금"),
    ("taxation", "과세"),
    ("revenue", "세입"),
    ("expenditure", "지출"),
    ("debt", "부채"),
    ("deficit", "적자"),
    ("inflation", "물가상승"),
    ("employment", "고용"),
    ("unemployment", "실업"),
    ("welfare", "복지"),
    ("pension", "연금"),
    ("insurance", "보험"),
    ("healthcare", "의료서비스"),
    ("vaccine", "백신"),
    ("pandemic", "팬데믹"),
    ("education", "교육"),
    ("training", "훈련"),
    ("research", "연구"),
    ("technology", "기술"),
    ("intelligence", "지능"),
    ("security", "보안"),
    ("privacy", "개인정보"),
    ("identity", "신원"),
    ("literacy", "문해력"),
    ("divide", "격차"),
    ("inequality", "불평등"),
    ("poverty", "빈곤"),
    ("migration", "이주"),
    ("urbanization", "도시화"),
    ("mobility", "이동성"),
    ("energy", "에너지"),
    ("emissions", "배출"),
    ("neutrality", "중립"),
    ("adaptation", "적응"),
    ("mitigation", "완화"),
    ("biodiversity", "생물다양성"),
    ("ecosystem", "생태계"),
    ("pollution", "오염"),
    ("waste", "폐기물"),
    ("water", "물"),
    ("sanitation", "위생"),
    ("agriculture", "농업"),
    ("fisheries", "수산업"),
    ("tourism", "관광"),
    ("statistics", "통계"),
    ("indicator", "지표"),
    ("target", "세부목표"),
    ("goal", "목표"),
    ("assessment", "평가"),
    ("evaluation", "평가"),
    ("monitoring", "모니터링"),
    ("reporting", "보고"),
    ("accountability", "책임성"),
    ("transparency", "투명성"),
    ("participation", "참여"),
    ("decentralization", "분권"),
    ("autonomy", "자치"),
    ("administration", "행정"),
    ("procurement", "조달"),
    ("audit", "감사"),
    ("oversight", "감독"),
    ("capacity", "역량"),
    ("workforce", "인력"),
    ("leadership", "리더십"),
    ("outreach", "홍보"),
    ("dialogue", "대화"),
];

/// Words that notes are made of (with the vocabulary above).
const NOTE_TEMPLATES: &[&str] = &[
    "Used by the {m} {n} since the last reform; prefer it over older renderings.",
    "Korean sources also write {k} without spaces.",
    "Not to be confused with {m} {n}.",
    "Speakers from the ministry say {n} where the report says {m} {n}.",
    "Official translation in the {m} {n} agreement.",
    "Often abbreviated in slides; say the full term on first mention.",
];

/// SplitMix64: tiny, fast and fixed forever, so generated data never changes under us.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Sessions that generated concepts may belong to.
pub const SESSIONS: &[&str] = &[
    "session-1",
    "session-2",
    "session-3",
    "session-4",
    "session-5",
    "session-6",
];

/// The generated glossary an example runs on and its second argument: `<concepts> <count>` on the command
/// line, defaulting to 100,000 concepts and `count`.
pub fn example_args(count: usize) -> (Vec<Concept>, usize) {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let count = args.next().and_then(|a| a.parse().ok()).unwrap_or(count);
    (glossary(n, 1), count)
}

/// `n` concepts, always the same for the same `n` and `seed`.
pub fn glossary(n: usize, seed: u64) -> Vec<Concept> {
    let mut rng = Rng::new(seed);
    let mut seen: HashSet<String> = HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    let mut attempts = 0usize;
    while out.len() < n {
        attempts += 1;
        let words = match rng.below(100) {
            0..=9 => 1,
            10..=54 => 2,
            55..=89 => 3,
            _ => 4,
        };
        let mut en: Vec<&str> = Vec::new();
        let mut ko: Vec<&str> = Vec::new();
        let nouns = if words >= 3 && rng.chance(40) { 2 } else { 1 };
        for _ in 0..words - nouns.min(words) {
            let (e, k) = rng.pick(MODS);
            en.push(e);
            ko.push(k);
        }
        for _ in 0..nouns.min(words) {
            let (e, k) = rng.pick(NOUNS);
            en.push(e);
            ko.push(k);
        }
        let mut term_en = en.join(" ");
        // Past the combinations, number the rest ("… II", "… 2") as merged glossaries do.
        if attempts > n * 4 {
            write!(term_en, " {}", out.len()).ok();
        }
        if !seen.insert(term_en.clone()) {
            continue;
        }
        let i = out.len();
        let spaced = !(ko.len() == 2 && rng.chance(35));
        let mut term_ko = if spaced { ko.join(" ") } else { ko.concat() };
        if attempts > n * 4 {
            write!(term_ko, " {i}").ok();
        }
        let mut c = Concept {
            id: format!("c{i}"),
            term: SmallMap::from([
                ("en-US".to_owned(), capitalize(&term_en, &mut rng)),
                ("ko".to_owned(), term_ko.clone()),
            ]),
            abbr: SmallMap::new(),
            alt: SmallMap::new(),
            note: SmallMap::new(),
            sessions: Vec::new(),
        };
        if words >= 2 && rng.chance(15) {
            let abbr: String = en
                .iter()
                .flat_map(|w| w.split('-'))
                .filter_map(|w| w.chars().next())
                .map(|ch| ch.to_ascii_uppercase())
                .collect();
            c.abbr.insert("en-US".to_owned(), abbr);
        }
        if rng.chance(25) {
            let alt = term_en
                .replace("ization", "isation")
                .replace("centre", "center")
                .replace("labour", "labor");
            let alt = if alt == term_en {
                format!("the {term_en}")
            } else {
                alt
            };
            c.alt.insert("en-US".to_owned(), vec![alt]);
            if spaced && ko.len() > 1 {
                c.alt.insert("ko".to_owned(), vec![ko.concat()]);
            }
        }
        if rng.chance(20) {
            let (m, _) = rng.pick(MODS);
            let (nn, _) = rng.pick(NOUNS);
            let t = rng.pick(NOTE_TEMPLATES);
            c.note.insert(
                "en-US".to_owned(),
                t.replace("{m}", m)
                    .replace("{n}", nn)
                    .replace("{k}", &term_ko),
            );
        }
        if rng.chance(5) {
            c.sessions.push((*rng.pick(SESSIONS)).to_owned());
        }
        out.push(c);
    }
    out
}

fn capitalize(s: &str, rng: &mut Rng) -> String {
    if !rng.chance(30) {
        return s.to_owned();
    }
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_uppercase().chain(cs).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes `concepts` as a pack folder (docs/PACK.md): event.json, and agenda + glossary Fluent files for
/// en-US and ko, with one session block per generated session so the window has a current session.
pub fn write_pack(dir: &Path, id: &str, concepts: &[Concept]) -> std::io::Result<()> {
    for loc in ["en-US", "ko"] {
        std::fs::create_dir_all(dir.join(loc))?;
    }
    let mut blocks = Vec::new();
    let mut agenda_en = format!(
        "event-title = Generated glossary ({} concepts)\n    .short = {id}\n",
        concepts.len()
    );
    let mut agenda_ko = format!(
        "event-title = 생성된 용어집 (개념 {}개)\n    .short = {id}\n",
        concepts.len()
    );
    for (i, s) in SESSIONS.iter().enumerate() {
        let (h0, h1) = (9 + i, 10 + i);
        blocks.push(format!(
            r#"{{"id": "b{i}", "start": "{h0:02}:00", "end": "{h1:02}:00", "session": "{s}", "items": [{{"id": "i{i}", "kind": "presentation", "minutes": 50}}]}}"#
        ));
        writeln!(
            agenda_en,
            "session-{s} = Session {}\nblock-b{i} = Block {}\nitem-i{i} = Talk {}",
            i + 1,
            i + 1,
            i + 1
        )
        .ok();
        writeln!(
            agenda_ko,
            "session-{s} = 세션 {}\nblock-b{i} = 블록 {}\nitem-i{i} = 발표 {}",
            i + 1,
            i + 1,
            i + 1
        )
        .ok();
    }
    let mut structure = String::new();
    for c in concepts.iter().filter(|c| !c.sessions.is_empty()) {
        if !structure.is_empty() {
            structure.push_str(",\n    ");
        }
        write!(
            structure,
            r#""{}": {{"sessions": ["{}"]}}"#,
            c.id,
            c.sessions.join(r#"", ""#)
        )
        .ok();
    }
    let sessions: Vec<String> = SESSIONS
        .iter()
        .map(|s| format!(r#"{{"id": "{s}"}}"#))
        .collect();
    let resources: Vec<String> = std::iter::once("agenda.ftl".to_owned())
        .chain((0..concepts.len().div_ceil(PER_FILE).max(1)).map(glossary_file))
        .map(|r| format!("\"{r}\""))
        .collect();
    let resources = resources.join(", ");
    let event = format!(
        "{{\n  \"format\": 1, \"id\": \"{id}\", \"zone\": \"Asia/Seoul\", \"date\": \"2021-07-07\",\n  \"locales\": [\"en-US\", \"ko\"],\n  \"resources\": [{resources}],\n  \"sessions\": [{}],\n  \"blocks\": [\n    {}\n  ],\n  \"glossary\": {{\n    {structure}\n  }}\n}}\n",
        sessions.join(", "),
        blocks.join(",\n    ")
    );
    std::fs::write(dir.join("event.json"), event)?;
    std::fs::write(dir.join("en-US/agenda.ftl"), agenda_en)?;
    std::fs::write(dir.join("ko/agenda.ftl"), agenda_ko)?;
    for loc in ["en-US", "ko"] {
        for (i, part) in concepts.chunks(PER_FILE.max(1)).enumerate() {
            let mut ftl = String::with_capacity(part.len() * 80);
            for c in part {
                let Some(term) = c.term.get(loc) else {
                    continue;
                };
                writeln!(ftl, "concept-{} = {term}", c.id).ok();
                if let Some(a) = c.abbr.get(loc) {
                    writeln!(ftl, "    .abbr = {a}").ok();
                }
                if let Some(a) = c.alt.get(loc) {
                    writeln!(ftl, "    .alt = {}", a.join("; ")).ok();
                }
                if let Some(n) = c.note.get(loc) {
                    writeln!(ftl, "    .note = {n}").ok();
                }
            }
            std::fs::write(dir.join(loc).join(glossary_file(i)), ftl)?;
        }
    }
    Ok(())
}

/// Concepts per glossary file: a pack's files are limited to 8 MB each (`booth::source::MAX_FILE_BYTES`),
/// and 100,000 generated concepts take 7.6 MB in English, so bigger glossaries are split.
const PER_FILE: usize = 100_000;

fn glossary_file(i: usize) -> String {
    if i == 0 {
        "glossary.ftl".to_owned()
    } else {
        format!("glossary-{}.ftl", i + 1)
    }
}

// ---- the as-you-type query set ----

const COMPAT_INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

fn split(c: char) -> Option<(u32, u32, u32)> {
    let s = (c as u32).checked_sub(0xAC00)?;
    (s < 11172).then_some((s / 588, (s % 588) / 28, s % 28))
}

fn join(l: u32, v: u32, t: u32) -> char {
    char::from_u32(0xAC00 + (l * 21 + v) * 28 + t).unwrap_or('?')
}

/// Final-consonant index of an initial, when it can be a final (ㄸ ㅃ ㅉ cannot).
fn initial_as_final(l: u32) -> Option<u32> {
    const T: [u32; 19] = [
        1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27,
    ];
    Some(T[l as usize]).filter(|&t| t != 0)
}

/// What a 2-set IME shows after each keystroke while composing `text`: 디지털 → ㄷ 디 딪 디지 디짙 디지터 디지털.
/// Compound vowels and finals are typed as one key here (a simplification that only removes states).
pub fn ime_states(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut done = String::new();
    let mut prev_open: Option<(u32, u32)> = None; // previous syllable without a final, still attachable
    for c in text.chars() {
        let Some((l, v, t)) = split(c) else {
            done.push(c);
            out.push(done.clone());
            prev_open = None;
            continue;
        };
        match (prev_open, initial_as_final(l)) {
            (Some((pl, pv)), Some(ft)) => {
                let mut s = done.clone();
                s.pop();
                s.push(join(pl, pv, ft));
                out.push(s);
            }
            _ => out.push(format!("{done}{}", COMPAT_INITIALS[l as usize])),
        }
        out.push(format!("{done}{}", join(l, v, 0)));
        if t != 0 {
            out.push(format!("{done}{}", join(l, v, t)));
        }
        done.push(c);
        prev_open = (t == 0).then_some((l, v));
    }
    out.dedup();
    out
}

/// Initial consonants of the Hangul syllables of `text` (other characters dropped), as people type them.
pub fn initials(text: &str) -> String {
    text.chars()
        .filter_map(split)
        .map(|(l, _, _)| COMPAT_INITIALS[l as usize])
        .collect()
}

fn prefixes(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    (1..=chars.len())
        .map(|i| chars[..i].iter().collect())
        .collect()
}

/// A typo as fingers make it: two adjacent letters swapped in the middle of the longest word (English), or
/// one vowel changed (Korean).
pub fn typo(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.iter().any(|&c| split(c).is_some()) {
        let idx: Vec<usize> = (0..chars.len())
            .filter(|&i| split(chars[i]).is_some())
            .collect();
        let i = idx[rng.below(idx.len())];
        if let Some((l, v, t)) = split(chars[i]) {
            chars[i] = join(l, (v + 1 + rng.below(19) as u32) % 21, t);
        }
        return chars.into_iter().collect();
    }
    let n = chars.len();
    if n >= 4 {
        let i = 1 + rng.below(n - 3);
        if chars[i].is_alphabetic() && chars[i + 1].is_alphabetic() && chars[i] != chars[i + 1] {
            chars.swap(i, i + 1);
        } else {
            chars[i] = if chars[i] == 'e' { 'a' } else { 'e' };
        }
    }
    chars.into_iter().collect()
}

/// The benchmark queries for a glossary, by kind: every prefix of `terms` English and Korean terms (Korean
/// as IME states), every prefix of their initials, and every prefix of a typo'd version in both scripts.
pub fn query_set(concepts: &[Concept], terms: usize) -> Vec<(&'static str, String)> {
    labelled_query_set(concepts, terms)
        .into_iter()
        .map(|(kind, q, _)| (kind, q))
        .collect()
}

/// [`query_set`] with the position of the concept each query was typed from (for recall).
#[allow(dead_code)]
pub fn labelled_query_set(
    concepts: &[Concept],
    terms: usize,
) -> Vec<(&'static str, String, usize)> {
    let mut rng = Rng::new(7);
    let step = (concepts.len() / terms.max(1)).max(1);
    let mut out = Vec::new();
    for (at, c) in concepts.iter().enumerate().step_by(step).take(terms) {
        let mut add =
            |kind: &'static str, qs: Vec<String>| out.extend(qs.into_iter().map(|q| (kind, q, at)));
        if let Some(en) = c.term.get("en-US") {
            add("en", prefixes(en));
            add("en-typo", prefixes(&typo(en, &mut rng)));
        }
        if let Some(ko) = c.term.get("ko") {
            add("ko", ime_states(ko));
            add("ko-initials", prefixes(&initials(ko)));
            add("ko-typo", ime_states(&typo(ko, &mut rng)));
        }
    }
    out
}
