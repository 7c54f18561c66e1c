//! Prompts over real packs: the forum pack's terms and people, the pack's per-concept policy in
//! `event.json`, and the editor writing it back.

use crate::edit::{concept, forum_pack, read};
use crate::util::{mini_pack, EVENT_JSON};
use booth::edit::{Edit, Editor};
use booth::prompts::{Policy, PromptKind, Prompter};
use booth::views::PromptRequest;
use booth::Pack;

fn ids(pack: &Pack, text: &str, at: &str) -> Vec<String> {
    let request = PromptRequest {
        text: text.to_owned(),
        at: Some(at.to_owned()),
    };
    request
        .answer(pack, &mut Prompter::new(0))
        .expect("prompts")
        .into_iter()
        .map(|p| p.prompt.id.unwrap_or_else(|| p.en.clone()))
        .collect()
}

#[test]
fn the_forum_pack_prompts_terms_people_and_numbers_in_both_languages() {
    let pack = Pack::embedded().expect("forum pack");
    let at = "2021-07-07T14:20:00+09:00";
    assert_eq!(
        ids(
            &pack,
            "Professor Kuhlmann: local governments and the SDGs need 350 million dollars",
            at
        ),
        [
            "sabine-kuhlmann",
            "local-government",
            "sdgs",
            "350 million dollars"
        ]
    );
    assert_eq!(
        ids(
            &pack,
            "지방정부들의 지속가능발전목표 달성에 3억 5천만 원",
            at
        ),
        ["local-government", "sdgs", "350 million won"]
    );
}

#[test]
fn the_agenda_says_which_kim_is_meant() {
    let pack = Pack::embedded().expect("forum pack");
    // Session 1's moderator is Pan Suk Kim; at 14:20 he is the Kim on the floor.
    let request = PromptRequest {
        text: "Thank you, Professor Kim".into(),
        at: Some("2021-07-07T14:20:00+09:00".into()),
    };
    let got = request
        .answer(&pack, &mut Prompter::new(0))
        .expect("prompts");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].prompt.kind, PromptKind::Person);
    assert_eq!(got[0].prompt.id.as_deref(), Some("pan-suk-kim"));
    assert_eq!(got[0].ko, "김판석");
}

#[test]
fn a_pack_marks_concepts_never_or_always_and_old_packs_mean_auto() {
    let old = mini_pack(&[]);
    let pack = Pack::open(old.path()).expect("pack");
    assert_eq!(pack.glossary[0].prompt, Policy::Auto);
    let never = EVENT_JSON.replace(
        r#""glossary": {"sdgs": {"sessions": ["s1"]}}"#,
        r#""glossary": {"sdgs": {"sessions": ["s1"], "prompt": "never"}}"#,
    );
    let dir = mini_pack(&[("event.json", never.as_bytes())]);
    let pack = Pack::open(dir.path()).expect("pack");
    assert_eq!(pack.glossary[0].prompt, Policy::Never);
    assert!(ids(&pack, "the SDGs", "2021-07-07T14:10:00+09:00").is_empty());
}

#[test]
fn the_editor_writes_the_policy_only_when_it_is_not_auto() {
    let dir = forum_pack();
    let mut ed = Editor::open(dir.path()).expect("editor");
    let pack = ed.pack().expect("pack");
    let mut c = concept(&pack, "sdgs").clone();
    c.prompt = Policy::Always;
    ed.apply(Edit::PutConcept { concept: c.clone() })
        .expect("edit");
    ed.save().expect("save");
    let json: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "event.json")).expect("json");
    assert_eq!(json["glossary"]["sdgs"]["prompt"], "always");
    assert_eq!(
        concept(&Pack::open(dir.path()).expect("pack"), "sdgs").prompt,
        Policy::Always
    );
    c.prompt = Policy::Auto;
    ed.apply(Edit::PutConcept { concept: c }).expect("edit");
    ed.save().expect("save");
    let json: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "event.json")).expect("json");
    assert!(json["glossary"]["sdgs"].get("prompt").is_none());
}

#[test]
fn a_korean_reading_of_a_foreign_name_is_heard_as_that_person() {
    let pack = Pack::embedded().expect("forum pack");
    let at = "2021-07-07T15:40:00+09:00";
    let got = ids(&pack, "타비삭 마노담 박사가 라오스 사례를 발표합니다", at);
    assert_eq!(
        got.first().map(String::as_str),
        Some("thavisak-manodham"),
        "{got:?}"
    );
}
