use crate::util::{mini_pack, EVENT_JSON};
use booth::{Error, Pack, Severity};

#[test]
fn forum_pack_loads_without_findings() {
    let pack = Pack::embedded().expect("forum pack loads");
    assert!(
        pack.diagnostics.is_empty(),
        "unexpected findings: {:#?}",
        pack.diagnostics
    );
    assert_eq!(pack.locales, ["en-US", "ko"]);
    assert_eq!(pack.agenda.zone, "Asia/Seoul");
    let blocks: Vec<&str> = pack.agenda.blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(blocks, ["opening", "session-1", "session-2", "closing"]);
    assert!(
        pack.glossary.len() >= 30,
        "only {} concepts",
        pack.glossary.len()
    );
    for c in &pack.glossary {
        for loc in &pack.locales {
            assert!(
                c.term.get(loc).is_some_and(|t| !t.is_empty()),
                "concept {} has no {loc} term",
                c.id
            );
        }
    }
}

#[test]
fn forum_pack_names_every_speaker_in_both_locales() {
    let pack = Pack::embedded().expect("forum pack loads");
    for (_, item) in pack.agenda.items() {
        if let Some(id) = &item.speaker {
            let p = pack
                .person(id)
                .unwrap_or_else(|| panic!("item {} names unknown {id}", item.id));
            assert!(
                p.name.contains_key("en-US") && p.name.contains_key("ko"),
                "{id} lacks a name"
            );
        }
    }
    let shim = pack
        .person("bokyun-shim")
        .expect("Bokyun Shim is in the pack");
    assert_eq!(shim.name["en-US"], "Bokyun Shim");
}

#[test]
fn mini_pack_loads_text_and_structure() {
    let dir = mini_pack(&[]);
    let pack = Pack::open(dir.path()).expect("loads");
    assert!(pack.diagnostics.is_empty(), "{:#?}", pack.diagnostics);
    assert_eq!(pack.glossary[0].term["ko"], "지속가능발전목표");
    assert_eq!(pack.glossary[0].domain.as_deref(), Some("SDGs"));
    assert_eq!(pack.glossary[0].sessions, ["s1"]);
    assert_eq!(pack.people[1].title["ko"], "발표자");
}

#[test]
fn broken_ftl_is_reported_with_position_and_the_rest_loads() {
    let broken = "person-ann = Ann\n    .title = 의장\nperson-bob = { Bob\n";
    let dir = mini_pack(&[("ko/people.ftl", broken.as_bytes())]);
    let pack = Pack::open(dir.path()).expect("still loads");
    let syntax: Vec<_> = pack
        .diagnostics
        .iter()
        .filter(|d| d.code == "syntax")
        .collect();
    assert_eq!(syntax.len(), 1, "{:#?}", pack.diagnostics);
    assert_eq!(syntax[0].file, "ko/people.ftl");
    assert_eq!(syntax[0].line, Some(3));
    assert!(syntax[0].column.is_some());
    // What parsed is there; the broken message is reported as missing, not silently empty.
    assert_eq!(pack.people[0].title["ko"], "의장");
    assert!(!pack.people[1].name.contains_key("ko"));
    assert!(pack
        .diagnostics
        .iter()
        .any(|d| d.code == "missing-message" && d.message.contains("person-bob")));
    // English is untouched.
    assert_eq!(pack.people[1].name["en-US"], "Bob");
}

#[test]
fn malformed_json_is_an_invalid_pack_error_with_line_and_column() {
    let dir = mini_pack(&[("event.json", b"{\n  \"format\": 1,\n  \"id\": ,\n}")]);
    match Pack::open(dir.path()) {
        Err(Error::InvalidPack(d)) => {
            assert_eq!(
                (d.file.as_str(), d.line, d.column),
                ("event.json", Some(3), Some(9)),
                "{d}"
            );
        }
        other => panic!("expected InvalidPack, got {other:?}"),
    }
}

#[test]
fn unknown_zone_and_unknown_speaker_are_reported() {
    let json = EVENT_JSON.replace("Asia/Seoul", "Asia/Nowhere");
    let dir = mini_pack(&[("event.json", json.as_bytes())]);
    assert!(matches!(Pack::open(dir.path()), Err(Error::InvalidPack(d)) if d.code == "zone"));

    let json = EVENT_JSON.replace("\"speaker\": \"bob\"", "\"speaker\": \"carol\"");
    let dir = mini_pack(&[("event.json", json.as_bytes())]);
    let pack = Pack::open(dir.path()).expect("loads");
    let d = pack
        .diagnostics
        .iter()
        .find(|d| d.code == "unknown-person")
        .expect("reported");
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("carol"));
}

#[test]
fn missing_locale_folder_is_reported_per_file() {
    let dir = mini_pack(&[]);
    std::fs::remove_dir_all(dir.path().join("ko")).expect("rm");
    let pack = Pack::open(dir.path()).expect("loads the reference locale");
    let missing: Vec<_> = pack
        .diagnostics
        .iter()
        .filter(|d| d.code == "missing-file")
        .map(|d| d.file.as_str())
        .collect();
    assert_eq!(
        missing,
        ["ko/agenda.ftl", "ko/people.ftl", "ko/glossary.ftl"]
    );
    assert_eq!(pack.people[0].name["en-US"], "Ann");
}

#[test]
fn new_packs_come_from_a_template_into_an_empty_folder_only() {
    use booth::template::{create_pack, Template};
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("My Event 2030");
    create_pack(&dir, Template::Minimal).expect("create");
    let report = booth::check::check(&dir, None).expect("check");
    assert_eq!((report.errors, report.warnings), (0, 0), "{report:?}");
    assert_eq!(Pack::open(&dir).expect("opens").id, "my-event-2030");
    let err = create_pack(&dir, Template::Forum).expect_err("not empty");
    assert_eq!(err.kind(), "folderNotEmpty");
    let forum = parent.path().join("forum");
    create_pack(&forum, Template::Forum).expect("forum copy");
    assert_eq!(Pack::open(&forum).expect("opens").id, "undesa-krila-2021");
}

/// Old packs mark an unconfirmed name with an `# UNVERIFIED` comment directly above the message; new ones
/// with a `.unverified` attribute in that locale only. Both load the same way, `.reading` is locale-only
/// too, and neither makes the locale check ask the other locale for anything.
#[test]
fn unverified_names_old_comments_and_new_attributes_and_readings() {
    let ko_people = "# UNVERIFIED: not confirmed\nperson-ann = Ann\n    .title = 의장\nperson-bob = Bob\n    .title = 발표자\n    .reading = 밥\n    .unverified = no Korean source\n";
    let dir = mini_pack(&[("ko/people.ftl", ko_people.as_bytes())]);
    let pack = Pack::open(dir.path()).expect("loads");
    assert!(pack.diagnostics.is_empty(), "{:#?}", pack.diagnostics);
    assert_eq!(pack.people[0].unverified, ["ko"], "old comment");
    assert_eq!(pack.people[1].unverified, ["ko"], "new attribute");
    assert_eq!(
        pack.people[1].reading.get("ko").map(String::as_str),
        Some("밥")
    );
    assert!(pack.people[0].reading.is_empty());
    // No `.address`: composed in the locale's order (no honorific here, so the name alone).
    assert_eq!(pack.people[1].address["ko"], "Bob");
    let report = booth::check::check(dir.path(), "en-US").expect("check runs");
    assert_eq!(report.diagnostics, vec![]);
    assert_eq!((report.errors, report.warnings), (0, 0));
}

#[test]
fn without_address_the_honorific_follows_the_locales_order() {
    let en = "person-ann = Ann Lee\n    .honorific = Prof.\n    .title = Chair\nperson-bob = Bob\n    .title = Speaker\n";
    let ko = "person-ann = 이안\n    .honorific = 교수\n    .title = 의장\nperson-bob = Bob\n    .title = 발표자\n";
    let dir = mini_pack(&[
        ("en-US/people.ftl", en.as_bytes()),
        ("ko/people.ftl", ko.as_bytes()),
    ]);
    let pack = Pack::open(dir.path()).expect("loads");
    assert_eq!(pack.people[0].address["en-US"], "Prof. Ann Lee");
    assert_eq!(pack.people[0].address["ko"], "이안 교수");
}

#[test]
fn the_head_of_a_pack_is_everything_but_the_glossary_and_says_so() {
    let dir = crate::edit::forum_pack();
    let whole = Pack::open(dir.path()).expect("pack");
    let head = Pack::open_head(dir.path()).expect("head");
    assert!(head.glossary_pending() && !whole.glossary_pending());
    assert!(head.glossary.is_empty() && !whole.glossary.is_empty());
    assert_eq!(json(&head.agenda), json(&whole.agenda));
    assert_eq!(json(&head.people), json(&whole.people));
    assert_eq!(json(&head.sessions), json(&whole.sessions));
    assert_eq!(json(&head.info), json(&whole.info));
    let glossary_files: u64 = ["en-US", "ko"]
        .iter()
        .map(|l| {
            std::fs::metadata(dir.path().join(l).join("forum/glossary.ftl"))
                .expect("glossary file")
                .len()
        })
        .sum();
    assert_eq!(Pack::glossary_bytes(dir.path()), glossary_files);
    let view = booth::views::PackHead::of(&head);
    assert!(view.glossary_loading);
    assert!(!booth::views::PackHead::of(&whole).glossary_loading);

    // A glossary that does not even parse is not read: the head opens as before.
    for locale in ["en-US", "ko"] {
        let file = dir.path().join(locale).join("forum/glossary.ftl");
        assert!(file.is_file(), "{}", file.display());
        std::fs::write(file, "concept-x = {").expect("write");
    }
    let head = Pack::open_head(dir.path()).expect("head opens without reading the glossary");
    assert!(head
        .diagnostics
        .iter()
        .all(|d| !d.file.contains("glossary")));
    let whole = Pack::open(dir.path()).expect("the whole opens, with findings");
    assert!(whole
        .diagnostics
        .iter()
        .any(|d| d.file.contains("glossary")));
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("serializes")
}
