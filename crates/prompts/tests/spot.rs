//! The prompts engine on the kinds of sentences a booth hears, with a glossary and people like the forum
//! pack's (plain entries: the engine knows no pack).

use booth_prompts::{
    Context, Lexicon, PersonEntry, Policy, Prompt, PromptKind, Promptable, Prompter,
};
use booth_search::{Entry, PlainEntry, Text};

struct Concept {
    entry: PlainEntry,
    policy: Policy,
}

impl Entry for Concept {
    fn id(&self) -> &str {
        &self.entry.id
    }
    fn term(&self) -> &Text {
        &self.entry.term
    }
    fn abbr(&self) -> &Text {
        &self.entry.abbr
    }
    fn alt(&self) -> &booth_search::SmallMap<Vec<String>> {
        &self.entry.alt
    }
    fn note(&self) -> &Text {
        &self.entry.note
    }
    fn sessions(&self) -> &[String] {
        &self.entry.sessions
    }
}

impl Promptable for Concept {
    fn policy(&self) -> Policy {
        self.policy
    }
}

fn concept(id: &str, en: &str, ko: &str, abbr: Option<&str>, policy: Policy) -> Concept {
    let mut entry = PlainEntry {
        id: id.into(),
        ..PlainEntry::default()
    };
    entry.term.insert("en-US", en.into());
    entry.term.insert("ko", ko.into());
    if let Some(a) = abbr {
        entry.abbr.insert("en-US", a.into());
    }
    Concept { entry, policy }
}

fn lexicon() -> Lexicon {
    let concepts = vec![
        concept(
            "local-government",
            "local government",
            "지방정부",
            None,
            Policy::Auto,
        ),
        concept("government", "government", "정부", None, Policy::Auto),
        concept(
            "sdgs",
            "Sustainable Development Goals",
            "지속가능발전목표",
            Some("SDGs"),
            Policy::Auto,
        ),
        concept(
            "ppps",
            "public-private partnerships",
            "민관협력",
            Some("PPPs"),
            Policy::Auto,
        ),
        concept("governance", "governance", "거버넌스", None, Policy::Auto),
        concept(
            "it",
            "information technology",
            "정보기술",
            Some("IT"),
            Policy::Auto,
        ),
        concept("covid-19", "COVID-19", "코로나19", None, Policy::Always),
        concept("citizen", "citizen", "시민", None, Policy::Never),
        concept("smart-city", "smart city", "스마트시티", None, Policy::Auto),
    ];
    let person = |id: &str, names: &[&str], titles: &[&str]| PersonEntry {
        id: id.into(),
        names: names.iter().map(|s| (*s).to_owned()).collect(),
        titles: titles.iter().map(|s| (*s).to_owned()).collect(),
    };
    let people = vec![
        person("sabine-kuhlmann", &["Sabine Kuhlmann"], &["Professor"]),
        person("iljae-kim", &["Iljae Kim", "김일재"], &["원장"]),
        person("pan-suk-kim", &["Pan Suk Kim", "김판석"], &["교수"]),
        person("soon-eun-kim", &["Kim Soon Eun", "김순은"], &["위원장"]),
        person("bokyun-shim", &["Bokyun Shim", "심보균"], &["원장"]),
        person(
            "somsack-manodham",
            &["Somsack Manodham"],
            &["Director General"],
        ),
        person("myung-jae-moon", &["Myung Jae Moon", "문명재"], &["Dean"]),
        person("young-ji-tak", &["Young-ji Tak"], &["Head"]),
    ];
    Lexicon::build(&concepts, &people)
}

/// The ids of what is found in `text` heard by a speech recogniser.
fn ids_heard(text: &str) -> Vec<String> {
    let heard = Context {
        heard: true,
        ..Context::default()
    };
    found_with(text, &heard)
        .into_iter()
        .map(|(_, id, _)| id)
        .collect()
}

/// (kind, id or English rendering, words) of every prompt, cool-down off.
fn found(text: &str) -> Vec<(PromptKind, String, String)> {
    found_with(text, &Context::default())
}

fn found_with(text: &str, ctx: &Context) -> Vec<(PromptKind, String, String)> {
    let lx = lexicon();
    Prompter::new(0)
        .prompts(&lx, text, 0, ctx)
        .into_iter()
        .map(|p| {
            let what =
                p.id.clone()
                    .or_else(|| p.number.as_ref().map(|q| q.en.clone()))
                    .unwrap_or_default();
            (p.kind, what, p.text)
        })
        .collect()
}

fn ids(text: &str) -> Vec<String> {
    found(text).into_iter().map(|(_, id, _)| id).collect()
}

#[test]
fn korean_particles_and_spacing_do_not_hide_a_term() {
    for text in [
        "지방정부의 역할",
        "지방정부가 나선다",
        "지방정부와의 협력",
        "지방정부들의 역량",
    ] {
        assert_eq!(ids(text), ["local-government"], "{text}");
    }
    assert_eq!(ids("지속 가능 발전 목표를 달성"), ["sdgs"]);
    assert_eq!(ids("지속가능발전목표"), ["sdgs"]);
}

#[test]
fn a_korean_term_at_the_head_of_a_compound_noun_is_found() {
    // What whisper base wrote for espeak-ng's "스마트시티 사업은" (eval/listen, ko sentence 7).
    assert_eq!(
        ids("스마트시티사업은 사십이 개 도시에서"),
        ["smart-city", "42"]
    );
    assert_eq!(ids("지방정부예산이 늘었다"), ["local-government"]);
    let heard = found("스마트시티사업은");
    assert_eq!(heard[0].2, "스마트시티", "the prompt spans the head only");
    // A short head is too often the start of another word; one syllable left may be a suffix.
    assert!(ids("정부청사 앞에서").is_empty());
    assert!(ids("스마트시티형").is_empty());
}

#[test]
fn english_inflection_and_acronyms_both_ways() {
    assert_eq!(ids("Local governments lead"), ["local-government"]);
    assert_eq!(ids("through public-private partnerships"), ["ppps"]);
    assert_eq!(
        ids("the SDGs and the Sustainable Development Goals"),
        ["sdgs", "sdgs"]
    );
    assert_eq!(ids("PPPs in Asia"), ["ppps"]);
}

#[test]
fn the_longest_match_wins_and_governance_is_not_government() {
    assert_eq!(ids("local government"), ["local-government"]);
    assert_eq!(ids("the government"), ["government"]);
    assert_eq!(ids("local governance"), ["governance"]);
}

#[test]
fn an_acronym_in_capitals_only_is_not_the_ordinary_word() {
    assert_eq!(ids("IT budgets"), ["it"]);
    assert!(ids("it is what it is").is_empty());
}

#[test]
fn people_by_full_name_or_surname_and_title() {
    assert_eq!(ids("Professor Kuhlmann said"), ["sabine-kuhlmann"]);
    assert_eq!(ids("Prof. Kuhlmann said"), ["sabine-kuhlmann"]);
    assert_eq!(ids("Dr. Manodham"), ["somsack-manodham"]);
    assert_eq!(ids("심보균 원장님께서"), ["bokyun-shim"]);
    assert_eq!(ids("Sabine Kuhlmann"), ["sabine-kuhlmann"]);
    // Three Kims: the title says which (원장 is Iljae Kim's, 교수 Pan Suk Kim's).
    assert_eq!(ids("김 원장님 말씀처럼"), ["iljae-kim"]);
    assert_eq!(ids("김교수님께서"), ["pan-suk-kim"]);
}

#[test]
fn a_name_heard_a_letter_or_two_off_is_the_person_only_in_speech() {
    // What whisper tiny.en wrote for espeak-ng saying these names (eval/listen, en sentences 1 and 4).
    assert_eq!(
        ids_heard("Sabine Kuhlman will now speak"),
        ["sabine-kuhlmann"]
    );
    assert_eq!(ids_heard("Pansuck Kim said that"), ["pan-suk-kim"]);
    assert_eq!(ids_heard("Pan-Suck Kim said that"), ["pan-suk-kim"]);
    assert_eq!(ids_heard("Pan suck Kim said that"), ["pan-suk-kim"]);
    assert_eq!(ids_heard("Somsak Manodam opened"), ["somsack-manodham"]);
    // The exact name still wins, and is found once.
    assert_eq!(ids_heard("Pan Suk Kim said"), ["pan-suk-kim"]);
    // Too far off, a different first letter, or too short to tell from ordinary words: nobody.
    assert!(ids_heard("Pan sock Kin said").is_empty());
    assert!(ids_heard("Tabine Kuhlman").is_empty());
    assert!(ids_heard("Kim said so").is_empty());
    // Typed text keeps exact names only: "Sabine Kuhlman" in a document may be someone else.
    assert!(ids("Sabine Kuhlman will now speak").is_empty());
}

#[test]
fn a_name_heard_by_ear_written_with_capitals_is_the_person_it_sounds_like() {
    // What whisper tiny.en made stable for espeak-ng saying these names (eval/listen, en sentences 1, 6).
    assert_eq!(
        ids_heard("Good afternoon. Sabi Koolman will now speak"),
        ["sabine-kuhlmann"]
    );
    assert_eq!(
        ids_heard("Sabir Koolman will now speak"),
        ["sabine-kuhlmann"]
    );
    assert_eq!(ids_heard("Illy Kim, Hank, Creeler"), ["iljae-kim"]);
    // Not written as a name, another initial, or a short name's sound one edit off: nobody.
    assert!(ids_heard("sabi koolman will now speak").is_empty());
    assert!(ids_heard("Ali Kim spoke").is_empty());
    assert!(ids_heard("Illy Kin spoke").is_empty());
    assert!(ids_heard("Good afternoon. Thank you.").is_empty());
    // One capitalised word is too often a sentence's first: romanised Korean lines of cc-kedict.
    assert!(ids_heard("Yangjjok yaegi modu deureobwaya dwaeyo.").is_empty());
    assert!(ids_heard("Mianhajiman sireodo eojjeol su eopseo.").is_empty());
    // Typed, a sound-alike is not the person.
    assert!(ids("Sabi Koolman will now speak").is_empty());
}

#[test]
fn in_speech_a_lone_digit_is_no_number_prompt() {
    let heard = Context {
        heard: true,
        ..Context::default()
    };
    let numbers = |text: &str, ctx: &Context| -> Vec<String> {
        found_with(text, ctx)
            .into_iter()
            .filter(|(k, _, _)| *k == PromptKind::Number)
            .map(|(_, en, _)| en)
            .collect()
    };
    // What whisper base wrote out of espeak-ng's Korean (eval/listen, ko): stray digits.
    assert!(numbers("시민, 5, 요, 라, 4,", &heard).is_empty());
    assert!(numbers("2원", &heard).is_empty());
    // A Korean number heard from its bare scale may be the tail of a longer one; typed, it is whole.
    assert!(numbers("백만 명이 이용합니다", &heard).is_empty());
    assert_eq!(
        numbers("이천오백만 명이 이용합니다", &heard),
        ["25 million"]
    );
    assert_eq!(
        numbers("백만 명이 이용합니다", &Context::default()),
        ["1 million"]
    );
    // Typed, a digit is still a number; heard, so is one counting a span of time, and anything bigger.
    assert_eq!(numbers("over 5 years", &Context::default()), ["5"]);
    assert_eq!(numbers("over five years.", &heard), ["5"]);
    assert_eq!(numbers("within 3 days", &heard), ["3"]);
    // What whisper base wrote for "160 trillion won over five years": the "1" counts nothing.
    assert_eq!(
        numbers("160 trillion 1 over 5 years.", &heard),
        ["160 trillion", "5"]
    );
    assert!(numbers("the answer was 3.", &heard).is_empty());
    assert!(numbers("the answer was 3 ", &heard).is_empty());
    assert_eq!(
        numbers("42 cities and 1.5 million won", &heard),
        ["42", "1.5 million"]
    );
}

#[test]
fn a_shared_surname_with_a_title_nobody_holds_needs_the_agenda() {
    // 박사 is nobody's title here: the current speaker decides, and without one nothing is shown.
    assert!(ids("김 박사님").is_empty());
    let ctx = Context {
        people: vec!["soon-eun-kim".into(), "iljae-kim".into()],
        ..Context::default()
    };
    let got: Vec<String> = found_with("김 박사님", &ctx)
        .into_iter()
        .map(|(_, id, _)| id)
        .collect();
    assert_eq!(got, ["soon-eun-kim"]);
}

#[test]
fn numbers_are_prompted_with_both_renderings_and_years_are_not() {
    let got = found("예산은 3억 5천만 원이고 2021년에 시작했다");
    assert_eq!(
        got,
        [(
            PromptKind::Number,
            "350 million".to_owned(),
            "3억 5천만 원".to_owned()
        )]
    );
    let got = found("the Goal 11 target of $3.5bn in 2021");
    assert_eq!(
        got,
        [(
            PromptKind::Number,
            "3.5 billion".to_owned(),
            "$3.5bn".to_owned()
        )]
    );
}

#[test]
fn a_term_is_prompted_once_per_cool_down_unless_the_pack_says_always() {
    let lx = lexicon();
    let ctx = Context::default();
    let mut p = Prompter::new(60_000);
    let kinds = |v: Vec<Prompt>| {
        v.into_iter()
            .map(|p| p.id.unwrap_or_else(|| "number".into()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(p.prompts(&lx, "SDGs and COVID-19, 3억 원", 0, &ctx)),
        ["sdgs", "covid-19", "number"]
    );
    // 30 s later: the term is cooling down; COVID-19 is `always`; numbers are always prompted.
    assert_eq!(
        kinds(p.prompts(&lx, "SDGs and COVID-19, 3억 원", 30_000, &ctx)),
        ["covid-19", "number"]
    );
    assert_eq!(kinds(p.prompts(&lx, "the SDGs", 61_000, &ctx)), ["sdgs"]);
    // `never`: not prompted at all.
    assert!(p.prompts(&lx, "citizens and 시민", 0, &ctx).is_empty());
}

#[test]
fn spans_are_in_characters_of_the_text() {
    let lx = lexicon();
    let text = "🙂 지방정부의 SDGs";
    let got = Prompter::new(0).prompts(&lx, text, 0, &Context::default());
    let chars: Vec<char> = text.chars().collect();
    for p in &got {
        let s: String = chars[p.start as usize..p.end as usize].iter().collect();
        assert_eq!(s, p.text);
    }
    assert_eq!(got.len(), 2);
}

proptest::proptest! {
    #[test]
    fn any_text_gives_prompts_or_nothing_never_a_panic(text in "\\PC{0,200}") {
        let lx = lexicon();
        let n = text.chars().count() as u32;
        for p in Prompter::new(0).prompts(&lx, &text, 0, &Context::default()) {
            proptest::prop_assert!(p.start <= p.end && p.end <= n);
        }
    }
}

#[test]
fn a_scale_word_heard_alone_is_not_a_number() {
    assert!(found("million").is_empty());
    assert!(found("trillion one").is_empty());
    let got = found("a million people");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, "1 million");
}
