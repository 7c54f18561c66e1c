//! The booth's commands (pack, agenda, running late, search, editing, saving) on the shared harness.
#![allow(clippy::expect_used)]

use crate::test_harness::{invoke_as, main_webview, put_sdgs, TestApp};
use crate::*;
use booth::late::StateFile;
use serde_json::{json, Value};
use std::sync::mpsc;
use tauri::test::mock_builder;

fn invoke(cmd: &str, body: Value) -> Result<Value, Value> {
    TestApp::built_in().invoke(cmd, body)
}

fn concept<'a>(pack: &'a Value, id: &str) -> &'a Value {
    pack["glossary"]
        .as_array()
        .and_then(|g| g.iter().find(|c| c["id"] == id))
        .expect("concept in pack")
}

#[test]
fn an_edit_is_shown_saved_atomically_and_undone() {
    let app = TestApp::editing();
    let dir = &app.pack;
    let ws = app.invoke("workspace", json!({})).expect("workspace");
    assert_eq!(ws["editable"], true);
    let ws = app
        .invoke("apply_edits", put_sdgs("유엔 2030 의제"))
        .expect("edit applies");
    assert!(ws["dirty"]
        .as_array()
        .is_some_and(|d| d.iter().any(|f| f == "ko/forum/glossary.ftl")));
    assert_eq!(ws["history"]["undo"], json!(["edit SDGs"]));
    let pack = app.invoke("pack", json!({})).expect("pack");
    assert_eq!(concept(&pack, "sdgs")["note"]["ko"], "유엔 2030 의제");
    // Not on disk before the save.
    let ko = dir.path().join("ko/forum/glossary.ftl");
    assert!(!std::fs::read_to_string(&ko)
        .expect("read")
        .contains("유엔 2030 의제"));

    let out = app.invoke("save_pack", json!({})).expect("save");
    assert!(out["conflict"].is_null());
    assert!(out["saved"]["written"]
        .as_array()
        .is_some_and(|w| w.iter().any(|f| f == "ko/forum/glossary.ftl")));
    assert_eq!(out["workspace"]["dirty"], json!([]));
    assert!(std::fs::read_to_string(&ko)
        .expect("read")
        .contains("유엔 2030 의제"));

    let ws = app.invoke("undo_edit", json!({})).expect("undo");
    assert_eq!(ws["history"]["redo"], json!(["edit SDGs"]));
    let pack = app.invoke("pack", json!({})).expect("pack");
    assert!(concept(&pack, "sdgs")["note"]["ko"] != "유엔 2030 의제");
    app.invoke("redo_edit", json!({})).expect("redo");
    let err = app
        .invoke("redo_edit", json!({}))
        .expect_err("nothing to redo");
    assert_eq!(err["kind"], "nothingToRedo");
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten_and_can_be_merged() {
    let app = TestApp::editing();
    let dir = &app.pack;
    app.invoke("apply_edits", put_sdgs("우리 메모"))
        .expect("edit applies");
    // Someone else adds a line to the same file meanwhile (a git pull).
    let ko = dir.path().join("ko/forum/glossary.ftl");
    let mut theirs = std::fs::read_to_string(&ko).expect("read");
    theirs.push_str("\nconcept-their-term = 그들의 용어\n");
    std::fs::write(&ko, &theirs).expect("write");

    let out = app.invoke("save_pack", json!({})).expect("save answers");
    assert!(out["saved"].is_null());
    let files = out["conflict"]["files"].as_array().expect("conflict files");
    assert_eq!(files[0]["file"], "ko/forum/glossary.ftl");
    assert!(files[0]["changes"]
        .as_array()
        .is_some_and(|c| c.iter().any(|e| e["key"] == "concept-their-term")));
    // Nothing was written: the disk still has their text, without ours.
    assert_eq!(std::fs::read_to_string(&ko).expect("read"), theirs);

    let resolved = app
        .invoke(
            "resolve_conflict",
            json!({"file": "ko/forum/glossary.ftl", "resolution": "merge"}),
        )
        .expect("merge");
    assert!(resolved["copy"].is_null());
    let out = app.invoke("save_pack", json!({})).expect("save");
    assert!(out["conflict"].is_null(), "{out}");
    let merged = std::fs::read_to_string(&ko).expect("read");
    assert!(merged.contains("우리 메모") && merged.contains("concept-their-term"));
}

#[test]
fn keep_mine_writes_a_copy_and_reload_takes_the_disk() {
    let app = TestApp::editing();
    let dir = &app.pack;
    app.invoke("apply_edits", put_sdgs("내 메모"))
        .expect("edit applies");
    let ko = dir.path().join("ko/forum/glossary.ftl");
    std::fs::write(&ko, "concept-sdgs = 다른 편집기\n").expect("write");
    let resolved = app
        .invoke(
            "resolve_conflict",
            json!({"file": "ko/forum/glossary.ftl", "resolution": "keepMine"}),
        )
        .expect("keep mine");
    let copy = resolved["copy"].as_str().expect("copy path");
    assert!(std::fs::read_to_string(dir.path().join(copy))
        .expect("copy exists")
        .contains("내 메모"));
    assert!(resolved["workspace"]["dirty"]
        .as_array()
        .is_some_and(|d| !d.iter().any(|f| f == "ko/forum/glossary.ftl")));
    let pack = app.invoke("pack", json!({})).expect("pack");
    assert_eq!(concept(&pack, "sdgs")["term"]["ko"], "다른 편집기");
}

#[test]
fn changes_on_disk_reload_and_keep_unsaved_edits() {
    let app = TestApp::editing();
    let dir = &app.pack;
    app.invoke("apply_edits", put_sdgs("저장 안 됨"))
        .expect("edit applies");
    // Someone else edits a file we did not touch (people): reloaded, our glossary edit kept.
    let en = dir.path().join("en-US/forum/people.ftl");
    let text = std::fs::read_to_string(&en).expect("read").replace(
        "person-du-sub-shin = Du-sub Shin",
        "person-du-sub-shin = Dr Du-sub Shin",
    );
    std::fs::write(&en, text).expect("write");
    let changed = app.invoke("reload_pack", json!({})).expect("reload");
    assert_eq!(
        changed["report"]["reloaded"],
        json!(["en-US/forum/people.ftl"])
    );
    let pack = app.invoke("pack", json!({})).expect("pack");
    let person = pack["people"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["id"] == "du-sub-shin"))
        .expect("person");
    assert_eq!(person["name"]["en-US"], "Dr Du-sub Shin");
    assert_eq!(concept(&pack, "sdgs")["note"]["ko"], "저장 안 됨");
    // Nothing more changed: nothing to report.
    assert!(app
        .invoke("reload_pack", json!({}))
        .expect("reload")
        .is_null());
}

#[test]
fn the_built_in_pack_is_read_only_and_only_recent_paths_open() {
    let app = TestApp::built_in();
    let err = app
        .invoke("apply_edits", put_sdgs("x"))
        .expect_err("read-only");
    assert_eq!(err["kind"], "readOnly");
    let err = app
        .invoke("open_recent", json!({"path": "/etc"}))
        .expect_err("not a recent pack");
    assert_eq!(err["kind"], "notRecent");
}

#[test]
fn a_pack_with_unsaved_edits_is_not_left() {
    let app = TestApp::editing();
    let dir = &app.pack;
    let ws = app.invoke("workspace", json!({})).expect("workspace");
    let recent = ws["recent"][0]
        .as_str()
        .expect("folder is recent")
        .to_owned();
    assert!(std::path::Path::new(&recent).ends_with(dir.path().file_name().expect("name")));
    app.invoke("apply_edits", put_sdgs("x")).expect("edit");
    let err = app
        .invoke("open_recent", json!({"path": recent}))
        .expect_err("unsaved edits");
    assert_eq!(err["kind"], "unsavedEdits");
}

#[test]
fn the_check_panel_gets_the_same_report_as_booth_check() {
    let app = TestApp::editing();
    let dir = &app.pack;
    let en = dir.path().join("en-US/forum/glossary.ftl");
    let mut text = std::fs::read_to_string(&en).expect("read");
    text.push_str("\nconcept-only-english = Only English\n");
    std::fs::write(&en, text).expect("write");
    let report = app.invoke("check_pack", json!({})).expect("check");
    let cli = booth::check::check(dir.path(), None).expect("core check");
    assert_eq!(report, serde_json::to_value(&cli).expect("json"));
    assert!(report["diagnostics"]
        .as_array()
        .is_some_and(|d| d.iter().any(|f| f["id"] == "concept-only-english")));
    let builtin = invoke("check_pack", json!({})).expect("check built-in");
    assert_eq!(builtin["errors"], 0);
}

#[test]
fn search_returns_hits_from_the_core() {
    let hits = invoke("search", json!({"request": {"query": "SDGs", "limit": 3}}))
        .expect("search succeeds");
    assert_eq!(hits[0]["hit"]["conceptId"], "sdgs");
    assert_eq!(hits[0]["hit"]["field"], "abbr");
}

#[test]
fn search_sends_each_hit_with_its_concept() {
    let found = invoke(
        "search",
        json!({"request": {"query": "지속가능발전목표", "limit": 5}}),
    )
    .expect("search");
    let first = &found[0];
    assert_eq!(first["hit"]["conceptId"], "sdgs");
    assert_eq!(first["concept"]["id"], "sdgs");
    assert_eq!(
        first["concept"]["term"]["en-US"],
        "Sustainable Development Goals"
    );
    for f in found.as_array().expect("list") {
        assert_eq!(f["hit"]["conceptId"], f["concept"]["id"]);
    }
}

#[test]
fn the_head_is_the_pack_without_its_glossary() {
    let app = TestApp::built_in();
    let pack = app.invoke("pack", json!({})).expect("pack");
    let head = app.invoke("pack_head", json!({})).expect("head");
    assert!(head.get("glossary").is_none());
    let concepts = pack["glossary"].as_array().map(Vec::len).expect("glossary");
    assert_eq!(head["concepts"], json!(concepts));
    for key in [
        "id",
        "origin",
        "locales",
        "info",
        "sessions",
        "agenda",
        "people",
        "diagnostics",
    ] {
        assert_eq!(head[key], pack[key], "{key}");
    }
}

#[test]
fn the_empty_search_lists_the_session_then_the_glossary_capped() {
    let app = TestApp::built_in();
    let pack = app.invoke("pack", json!({})).expect("pack");
    let glossary = pack["glossary"].as_array().expect("glossary");
    let in_s2: Vec<&Value> = glossary
        .iter()
        .filter(|c| {
            c["sessions"]
                .as_array()
                .is_some_and(|s| s.iter().any(|x| x == "session-2"))
        })
        .map(|c| &c["id"])
        .collect();
    assert!(in_s2.len() > 2, "the forum's session 2 has concepts");
    let l = app
        .invoke(
            "glossary_listing",
            json!({"session": "session-2", "limit": 2}),
        )
        .expect("listing");
    assert_eq!(l["session"], true);
    assert_eq!(l["total"], in_s2.len());
    let ids: Vec<&Value> = l["concepts"]
        .as_array()
        .expect("concepts")
        .iter()
        .map(|c| &c["id"])
        .collect();
    assert_eq!(ids, in_s2[..2]);
    for session in [json!(null), json!("no-such-session")] {
        let l = app
            .invoke("glossary_listing", json!({"session": session, "limit": 3}))
            .expect("listing");
        assert_eq!(l["session"], false);
        assert_eq!(l["total"], glossary.len());
        assert_eq!(l["concepts"], json!(glossary[..3]));
    }
}

/// An app whose pack `load` loads on the loader thread, as the setup hook would start it (the mock runtime
/// never runs the setup hook); each of `events` is listened to before the load starts and heard on its
/// receiver.
fn loading_app(
    state: tempfile::TempDir,
    pack: tempfile::TempDir,
    events: &[&str],
    load: impl FnOnce(Loader) -> (Pack, StateLocation) + Send + 'static,
) -> (
    TestApp,
    Vec<mpsc::Receiver<()>>,
    std::thread::JoinHandle<()>,
) {
    use tauri::Listener;
    let app = setup_loading(mock_builder(), |_| {
        unreachable!("the mock runs no setup hook")
    })
    .build(tauri::generate_context!(test = true))
    .expect("app builds while the pack loads");
    let heard = events
        .iter()
        .map(|event| {
            let (tx, rx) = mpsc::channel::<()>();
            app.listen(*event, move |_| {
                let _ = tx.send(());
            });
            rx
        })
        .collect();
    let webview = main_webview(&app);
    let loader = load_in_background(app.handle().clone(), load).expect("thread starts");
    let app = TestApp {
        _app: app,
        webview,
        state,
        pack,
    };
    (app, heard, loader)
}

#[test]
fn the_window_starts_before_the_pack_and_hears_when_it_is_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = StateFile::new(dir.path().join("state.json"));
    let (release, gate) = mpsc::channel::<()>();
    let no_folder = tempfile::tempdir().expect("temp dir");
    let (app, heard, loader) = loading_app(dir, no_folder, &[state::PACK_READY], move |_| {
        gate.recv().expect("released");
        (
            Pack::embedded().expect("forum pack"),
            StateLocation::File(file),
        )
    });
    // review_board of the built-in pack used to wait for the load on the window's thread.
    for cmd in [
        "pack",
        "pack_head",
        "agenda",
        "agenda_status",
        "review_board",
    ] {
        let err = app.invoke(cmd, json!({})).expect_err("still loading");
        assert_eq!(err["kind"], "loading", "{cmd}");
    }
    let err = app
        .invoke("search", json!({"request": {"query": "SDGs", "limit": 3}}))
        .expect_err("still loading");
    assert_eq!(err["kind"], "loading");
    // What does not need the pack answers at once.
    assert!(app.invoke("ui_strings", json!({"locale": "ko"})).is_ok());
    release.send(()).expect("loader waits");
    loader.join().expect("loader finishes");
    heard[0]
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("pack-ready is emitted");
    let head = app.invoke("pack_head", json!({})).expect("loaded");
    assert_eq!(head["id"], "undesa-krila-2021");
    let hits = app
        .invoke("search", json!({"request": {"query": "SDGs", "limit": 3}}))
        .expect("search");
    assert_eq!(hits[0]["hit"]["conceptId"], "sdgs");
}

#[test]
fn a_big_packs_agenda_shows_before_its_glossary_and_the_page_hears_when_the_glossary_is_there() {
    let folder = tempfile::tempdir().expect("temp dir");
    booth::source::write_embedded_pack(folder.path()).expect("forum copy");
    let state_dir = tempfile::tempdir().expect("temp dir");
    let file = StateFile::new(state_dir.path().join("state.json"));
    let (release, gate) = mpsc::channel::<()>();
    let dir = folder.path().to_owned();
    let early_file = file.clone();
    let events = [
        state::PACK_READY,
        state::GLOSSARY_READY,
        state::PACK_OPENING,
    ];
    let (app, heard, loader) = loading_app(state_dir, folder, &events, move |loader| {
        (loader.show_early)(
            Pack::open_head(&dir).expect("head"),
            StateLocation::File(early_file),
        );
        gate.recv().expect("released");
        let pack = Pack::open_showing(&dir, None, loader.opening).expect("pack");
        (pack, StateLocation::File(file))
    });
    let [heard_ready, heard_glossary, heard_opening] = &heard[..] else {
        panic!("one receiver an event")
    };
    let wait = std::time::Duration::from_secs(60);
    heard_ready
        .recv_timeout(wait)
        .expect("pack-ready for the head");
    // While the rest loads the page hears how far it has got (here: still reading the files).
    heard_opening
        .recv_timeout(wait)
        .expect("pack-opening while the head is shown");
    let head = app.invoke("pack_head", json!({})).expect("head");
    assert_eq!(head["glossaryLoading"], true);
    assert_eq!(head["concepts"], 0);
    assert!(!head["agenda"]["blocks"]
        .as_array()
        .expect("blocks")
        .is_empty());
    // The agenda and its running-late record work meanwhile.
    app.invoke(
        "shift_remaining",
        json!({"minutes": 5, "at": "2021-07-07T14:20:00+09:00"}),
    )
    .expect("running late while the glossary loads");
    let hits = app
        .invoke("search", json!({"request": {"query": "SDGs", "limit": 3}}))
        .expect("search answers");
    assert_eq!(hits, json!([]));

    release.send(()).expect("loader waits");
    loader.join().expect("loader finishes");
    heard_glossary.recv_timeout(wait).expect("glossary-ready");
    let head = app.invoke("pack_head", json!({})).expect("whole");
    assert_eq!(head["glossaryLoading"], false);
    let hits = app
        .invoke("search", json!({"request": {"query": "SDGs", "limit": 3}}))
        .expect("search");
    assert_eq!(hits[0]["hit"]["conceptId"], "sdgs");
    // The shift made meanwhile is kept.
    let agenda = app.invoke("agenda", json!({})).expect("agenda");
    assert!(
        agenda.to_string().contains("\"delaySeconds\":300"),
        "{agenda}"
    );
}

#[test]
fn pack_is_served_as_json() {
    let pack = invoke("pack", json!({})).expect("pack succeeds");
    assert_eq!(pack["agenda"]["zone"], "Asia/Seoul");
    assert_eq!(pack["locales"], json!(["en-US", "ko"]));
}

#[test]
fn agenda_status_follows_the_given_instant_and_local_zone() {
    let status = invoke(
        "agenda_status",
        json!({"at": "2021-07-07T14:20:00+09:00", "localZone": "Europe/Berlin"}),
    )
    .expect("status");
    assert_eq!(status["phase"], "running");
    assert_eq!(status["current"], json!({"block": 1, "item": 0}));
    assert_eq!(status["eventTime"], "14:20:00");
    assert_eq!(status["localTime"], "07:20:00");
    assert_eq!(status["localAbbreviation"], "CEST");
}

#[test]
fn rehearsal_times_become_instants_in_the_core() {
    let at = invoke("event_instant", json!({"time": "14:20"})).expect("instant");
    assert_eq!(at, "2021-07-07T05:20:00+00:00");
    let err = invoke("event_instant", json!({"time": "25:00"})).expect_err("bad time");
    assert_eq!(err["kind"], "invalidArgument");
}

#[test]
fn running_late_is_applied_persisted_and_undone() {
    let app = TestApp::built_in();
    let at = "2021-07-07T14:20:00+09:00";
    let view = app
        .invoke(
            "shift_remaining",
            json!({"minutes": 7, "at": at, "localZone": "Asia/Seoul"}),
        )
        .expect("shift");
    assert_eq!(
        view["agenda"]["blocks"][1]["items"][1]["eventStart"],
        "14:37"
    );
    assert_eq!(view["shifts"].as_array().map(Vec::len), Some(1));
    let status = app
        .invoke(
            "agenda_status",
            json!({"at": at, "localZone": "Asia/Seoul"}),
        )
        .expect("status");
    assert_eq!(status["lateSeconds"], 420);

    // A restart (a new app over the same state folder) sees the same record.
    let again = TestApp::built_in_with_state(app.state);
    let view = again
        .invoke("agenda", json!({"localZone": "Asia/Seoul"}))
        .expect("agenda");
    assert_eq!(view["agenda"]["blocks"][2]["eventStart"], "15:22");

    let view = again
        .invoke(
            "mark_started",
            json!({"item": "s1-presentation-2", "at": "2021-07-07T14:40:00+09:00", "localZone": "Asia/Seoul"}),
        )
        .expect("started");
    assert_eq!(
        view["agenda"]["blocks"][1]["items"][1]["eventStart"],
        "14:40"
    );
    let view = again
        .invoke("undo_shift", json!({"localZone": "Asia/Seoul"}))
        .expect("undo");
    assert_eq!(
        view["agenda"]["blocks"][1]["items"][1]["eventStart"],
        "14:37"
    );
    again.invoke("undo_shift", json!({})).expect("undo");
    let err = again
        .invoke("undo_shift", json!({}))
        .expect_err("nothing left");
    assert_eq!(err["kind"], "nothingToUndo");
}

#[test]
fn os_locale_and_zones_come_from_the_core() {
    let loc = invoke("os_ui_locale", json!({})).expect("locale");
    assert!(loc == "en-US" || loc == "ko", "{loc}");
    let zones = invoke("time_zones", json!({})).expect("zones");
    assert!(zones["all"]
        .as_array()
        .is_some_and(|z| z.iter().any(|n| n == "Europe/Berlin")));
}

#[test]
fn errors_cross_the_boundary_as_kind_and_message() {
    let err = invoke("agenda_status", json!({"at": "not a time"})).expect_err("bad time fails");
    assert_eq!(err["kind"], "invalidArgument");
    assert!(err["message"]
        .as_str()
        .is_some_and(|m| m.contains("not a time")));
    let err = invoke("ui_strings", json!({"locale": "xx"})).expect_err("unknown locale fails");
    assert_eq!(err["kind"], "invalidArgument");
    let err = invoke("agenda", json!({"localZone": "Mars/Olympus"})).expect_err("unknown zone");
    assert_eq!(err["kind"], "invalidArgument");
    let err = invoke("mark_started", json!({"item": "nope"})).expect_err("unknown item");
    assert_eq!(err["kind"], "unknownItem");
}

#[test]
fn a_remote_page_cannot_call_commands() {
    let app = TestApp::built_in();
    let err = invoke_as(
        &app.webview,
        "https://example.com",
        "search",
        json!({"request": {"query": "SDGs", "limit": 3}}),
    )
    .expect_err("remote origins are not granted");
    assert!(
        err.as_str().is_some_and(|m| m.contains("not allowed")),
        "{err}"
    );
}

#[test]
fn ui_strings_exist_for_both_locales() {
    for loc in ["en-US", "ko"] {
        let ftl = invoke("ui_strings", json!({"locale": loc})).expect("strings");
        assert!(ftl.as_str().is_some_and(|s| s.contains("region-glossary")));
    }
}

#[test]
fn prompts_keep_the_windows_cool_down_and_annotate_does_not() {
    let app = TestApp::built_in();
    let line = json!({"request": {"text": "the SDGs need 3억 5천만 원", "at": "2021-07-07T14:20:00+09:00"}, "cooldownS": 60});
    let first = app.invoke("prompts", line.clone()).expect("prompts");
    let kinds: Vec<&str> = first
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|p| p["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["term", "number"]);
    assert_eq!(first[0]["concept"]["id"], "sdgs");
    assert_eq!(first[1]["en"], "350 million won");
    // The term is cooling down; the number is prompted again; the paste box sees everything.
    let again = app.invoke("prompts", line).expect("prompts");
    assert_eq!(again.as_array().map(Vec::len), Some(1));
    let all = app
        .invoke(
            "annotate",
            json!({"request": {"text": "the SDGs need 3억 5천만 원"}}),
        )
        .expect("annotate");
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    app.invoke("reset_prompts", json!({})).expect("reset");
    let reset = app
        .invoke(
            "prompts",
            json!({"request": {"text": "the SDGs"}, "cooldownS": 60}),
        )
        .expect("prompts");
    assert_eq!(reset[0]["id"], "sdgs");
}

#[test]
fn the_number_box_converts_one_quantity_or_nothing() {
    let q = invoke("convert_number", json!({"text": "3억5천"})).expect("convert");
    assert_eq!(q["en"], "350 million");
    assert_eq!(q["value"]["value"], "350000000");
    assert_eq!(
        invoke("convert_number", json!({"text": "3억 어"})).expect("convert"),
        Value::Null
    );
}
