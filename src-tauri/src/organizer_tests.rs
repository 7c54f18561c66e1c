//! The organizer's import, export, review and close commands, on the mock runtime with the real
//! capabilities and a real core over a temporary copy of the forum pack.
//!
//! The file dialogs are answered through the debug-build hook `BOOTH_E2E_PICK` (see [`crate::pick`]):
//! tests that pick take turns through [`crate::test_harness::picking_from`], so no two race on the process
//! environment.
#![allow(clippy::expect_used)]

use crate::test_harness::TestApp;
use serde_json::{json, Value};
use std::path::Path;
use tauri::{Listener, Manager};

fn concept<'a>(pack: &'a Value, id: &str) -> Option<&'a Value> {
    pack["glossary"]
        .as_array()
        .and_then(|g| g.iter().find(|c| c["id"] == id))
}

/// One new concept, one that only gains a note, and one conflict: `sdgs` with another Korean term.
const CSV: &str = "id,en-US,ko,ko note,sessions\n\
    e2e-net-zero,Net zero,탄소중립,,session-2\n\
    sdgs,Sustainable Development Goals,지속가능개발목표,,\n";

fn answer(pick: &Path, path: &Path) {
    std::fs::write(pick, format!("{}\n", path.display())).expect("pick file");
}

#[test]
fn import_export_and_cancel_go_through_the_shells_picker() {
    let files = tempfile::tempdir().expect("temp dir");
    let pick = files.path().join("pick");
    let _picking = crate::test_harness::picking_from(&pick);
    let app = TestApp::editing();
    let ko_before = app.read("ko/forum/glossary.ftl");

    // Cancelled (the hook's empty answer): nothing happens.
    std::fs::write(&pick, "").expect("pick file");
    assert_eq!(app.invoke("import_glossary", json!({})), Ok(Value::Null));
    let err = app
        .invoke("import_apply", json!({"decisions": {}}))
        .expect_err("nothing to apply");
    assert_eq!(err["kind"], "noImport");

    // Preview: one added, one conflict (same id, other Korean term); nothing changes yet. The window hears
    // how far the read has got, ending with everything read.
    let progress = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let seen = progress.clone();
    app.webview
        .listen(crate::glossary_files::IMPORT_PROGRESS, move |e| {
            if let Ok(p) = serde_json::from_str::<Value>(e.payload()) {
                seen.lock().expect("lock").push(p);
            }
        });
    let csv = files.path().join("terms.csv");
    std::fs::write(&csv, CSV).expect("csv");
    answer(&pick, &csv);
    let view = app.invoke("import_glossary", json!({})).expect("preview");
    let last = progress.lock().expect("lock").last().cloned();
    assert_eq!(
        last,
        Some(json!({"done": 2, "total": 2})),
        "rows of the table, all read"
    );
    assert_eq!(view["file"], "terms.csv", "the name only, not the folder");
    assert_eq!(view["format"], "csv");
    let preview = &view["preview"];
    assert_eq!(preview["entries"], 2);
    assert_eq!(preview["added"][0]["id"], "e2e-net-zero");
    let conflicts = preview["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{preview}");
    assert_eq!(conflicts[0]["kind"], "sameIdOtherContent");
    assert_eq!(conflicts[0]["fields"], json!(["term.ko"]));
    assert_eq!(conflicts[0]["existing"]["term"]["ko"], "지속가능발전목표");
    let key = conflicts[0]["key"].as_str().expect("key").to_owned();
    let ws = app.invoke("workspace", json!({})).expect("workspace");
    assert_eq!(ws["dirty"], json!([]), "a preview changes nothing");

    // Apply, taking the conflict: one undo step, shown, not on disk until Save.
    let out = app
        .invoke(
            "import_apply",
            json!({"decisions": {key.clone(): "import"}}),
        )
        .expect("apply");
    assert_eq!(
        out["summary"],
        json!({"added": 1, "changed": 0, "conflictsImported": 1, "conflictsSkipped": 0})
    );
    assert!(out["preview"].is_null());
    assert_eq!(
        out["workspace"]["history"]["undo"].as_array().map(Vec::len),
        Some(1)
    );
    let pack = app.invoke("pack", json!({})).expect("pack");
    assert_eq!(
        concept(&pack, "sdgs").expect("sdgs")["term"]["ko"],
        "지속가능개발목표"
    );
    assert!(concept(&pack, "e2e-net-zero").is_some());
    assert_eq!(
        app.read("ko/forum/glossary.ftl"),
        ko_before,
        "not saved yet"
    );

    // Undo takes the whole import back; redo and save write it.
    app.invoke("undo_edit", json!({})).expect("undo");
    let pack = app.invoke("pack", json!({})).expect("pack");
    assert!(concept(&pack, "e2e-net-zero").is_none());
    assert_eq!(
        concept(&pack, "sdgs").expect("sdgs")["term"]["ko"],
        "지속가능발전목표"
    );
    app.invoke("redo_edit", json!({})).expect("redo");
    let saved = app.invoke("save_pack", json!({})).expect("save");
    assert!(saved["conflict"].is_null());
    let ko = app.read("ko/forum/glossary.ftl");
    assert!(ko.contains("concept-e2e-net-zero = 탄소중립"), "{ko}");
    assert!(ko.contains("concept-sdgs = 지속가능개발목표"));

    // Export the edited glossary as TBX v3 and CSV to the chosen files, atomically.
    let tbx = files.path().join("out.tbx");
    answer(&pick, &tbx);
    let done = app
        .invoke("export_glossary", json!({"format": "tbx3"}))
        .expect("export");
    assert_eq!(done["file"], tbx.display().to_string());
    assert_eq!(done["concepts"], 206);
    let text = std::fs::read_to_string(&tbx).expect("exported");
    assert!(text.contains("<tbx ") && text.contains("concept-e2e-net-zero"));
    let out_csv = files.path().join("out.csv");
    answer(&pick, &out_csv);
    app.invoke("export_glossary", json!({"format": "csv"}))
        .expect("export csv");
    assert!(std::fs::read_to_string(&out_csv)
        .expect("csv")
        .contains("e2e-net-zero,,session-2,Net zero"));
    std::fs::write(&pick, "").expect("pick file");
    assert_eq!(
        app.invoke("export_glossary", json!({"format": "xlsx"})),
        Ok(Value::Null)
    );

    // Bad files: the core's error, with file, line and column.
    let bad = files.path().join("bad.tbx");
    std::fs::write(
        &bad,
        "<martif>\n  <text><body>\n    <termEntry id=\"x\">\n</martif>\n",
    )
    .expect("tbx");
    answer(&pick, &bad);
    let err = app
        .invoke("import_glossary", json!({}))
        .expect_err("bad xml");
    assert_eq!(err["kind"], "import");
    let msg = err["message"].as_str().expect("message");
    assert!(msg.starts_with("bad.tbx:4:"), "{msg}");
    let header = files.path().join("no-language.csv");
    std::fs::write(&header, "id,colour\nx,red\n").expect("csv");
    answer(&pick, &header);
    let err = app
        .invoke("import_glossary", json!({}))
        .expect_err("no language column");
    assert!(
        err["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("no-language.csv:1:1: error[header]")),
        "{err}"
    );
    let unknown = files.path().join("terms.pdf");
    std::fs::write(&unknown, "%PDF").expect("pdf");
    answer(&pick, &unknown);
    let err = app.invoke("import_glossary", json!({})).expect_err("pdf");
    assert_eq!(err["kind"], "invalidArgument");

    // The pack changed between the preview and the decision: nothing is applied, the new preview returns.
    answer(&pick, &csv);
    let csv2 = files.path().join("again.csv");
    std::fs::write(
        &csv2,
        "id,en-US,ko\nsdgs,Sustainable Development Goals,지속가능발전목표\n",
    )
    .expect("csv");
    answer(&pick, &csv2);
    let view = app.invoke("import_glossary", json!({})).expect("preview");
    let key = view["preview"]["conflicts"][0]["key"]
        .as_str()
        .expect("conflict: the file has the old term")
        .to_owned();
    app.invoke(
        "apply_edits",
        json!({"label": "edit", "edits": [{"op": "putConcept", "concept": {
            "id": "sdgs",
            "term": {"en-US": "Sustainable Development Goals", "ko": "지속가능발전목표"},
            "abbr": {"en-US": "SDGs", "ko": "SDGs"},
            "sessions": ["session-2"]
        }}]}),
    )
    .expect("edit");
    let out = app
        .invoke("import_apply", json!({"decisions": {key: "import"}}))
        .expect("stale");
    assert!(out["summary"].is_null());
    assert_eq!(out["preview"]["preview"]["conflicts"], json!([]), "{out}");
    assert_eq!(
        out["workspace"]["history"]["undo"].as_array().map(Vec::len),
        Some(2)
    );

    // The built-in pack: export works, import is refused before any dialog.
    let builtin = TestApp::built_in();
    let err = builtin
        .invoke("import_glossary", json!({}))
        .expect_err("read-only");
    assert_eq!(err["kind"], "readOnly");
    let x = files.path().join("forum.xlsx");
    answer(&pick, &x);
    let done = builtin
        .invoke("export_glossary", json!({"format": "xlsx"}))
        .expect("export");
    assert_eq!(done["concepts"], 205);
    assert!(std::fs::read(&x).expect("xlsx").starts_with(b"PK"));
}

#[test]
fn the_review_board_lists_reviewers_terms_and_what_is_pending() {
    let app = TestApp::editing();
    let board = app.invoke("review_board", json!({})).expect("board");
    assert_eq!(board["editable"], true);
    assert_eq!(board["reviews"], json!([]));
    let s2 = board["sessions"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["session"] == "session-2"))
        .expect("session 2");
    assert_eq!(
        s2["speakers"],
        json!([
            "deniz-susar",
            "sean-audain",
            "thavisak-manodham",
            "aida-yuvienco",
            "zaki-khoury"
        ])
    );
    let wb = s2["concepts"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["concept"] == "world-bank"))
        .expect("the World Bank in session 2");
    assert_eq!(
        wb["renderings"],
        json!([
            {"locale": "en-US", "terms": ["The World Bank", "World Bank"]},
            {"locale": "ko", "terms": ["세계은행", "월드뱅크"]}
        ])
    );
    let pending = board["pending"].as_array().expect("pending").len();
    assert!(pending > 100, "{pending}");

    // A verdict is an edit: shown at once, one fewer pending, in review.json on Save only.
    let review = json!({"concept": "world-bank", "locale": "ko", "term": "세계은행",
        "reviewer": "deniz-susar", "status": "preferred", "comment": "as on our slides"});
    app.invoke(
        "apply_edits",
        json!({"label": "review world-bank", "edits": [{"op": "setReview", "review": review}]}),
    )
    .expect("review");
    let board = app.invoke("review_board", json!({})).expect("board");
    assert_eq!(board["reviews"][0]["status"], "preferred");
    assert_eq!(board["reviews"][0]["comment"], "as on our slides");
    assert_eq!(board["pending"].as_array().map(Vec::len), Some(pending - 1));
    assert!(!board["pending"]
        .as_array()
        .expect("pending")
        .iter()
        .any(|p| {
            p["reviewer"] == "deniz-susar"
                && p["concept"] == "sdgs"
                && p["term"] == "지속가능발전목표"
        }));
    assert!(!app.pack_path().join("review.json").exists());
    app.invoke("save_pack", json!({})).expect("save");
    assert!(app.read("review.json").contains("\"preferred\""));

    let builtin = TestApp::built_in();
    let board = builtin.invoke("review_board", json!({})).expect("board");
    assert_eq!(board["editable"], false);
}

#[test]
fn closing_with_unsaved_edits_needs_a_save_or_an_explicit_discard() {
    let app = TestApp::editing();
    let state = app.webview.state::<crate::AppState>();
    assert!(!state.workspace().has_unsaved_edits());
    app.invoke(
        "apply_edits",
        json!({"label": "edit", "edits": [{"op": "putConcept", "concept": {
            "id": "sdgs",
            "term": {"en-US": "Sustainable Development Goals", "ko": "지속가능발전목표"},
            "note": {"ko": "닫기 전에"},
            "sessions": ["session-2"]
        }}]}),
    )
    .expect("edit");
    assert!(state.workspace().has_unsaved_edits());
    let err = app
        .invoke("close_window", json!({"discard": false}))
        .expect_err("unsaved");
    assert_eq!(err["kind"], "unsavedEdits");
    app.invoke("close_window", json!({"discard": true}))
        .expect("discard closes");
}

#[test]
fn the_check_panel_sees_unsaved_edits() {
    let app = TestApp::editing();
    let finds = |report: &Value, id: &str| {
        report["diagnostics"]
            .as_array()
            .is_some_and(|d| d.iter().any(|f| f["id"] == id))
    };
    let clean = app.invoke("check_pack", json!({})).expect("check");
    assert_eq!(clean["errors"], 0);
    // A concept in English only, not saved: the Korean message is missing in the pack as edited.
    app.invoke(
        "apply_edits",
        json!({"label": "add", "edits": [{"op": "putConcept", "concept": {
            "id": "only-english",
            "term": {"en-US": "Only English"}
        }}]}),
    )
    .expect("edit");
    let report = app.invoke("check_pack", json!({})).expect("check");
    assert!(finds(&report, "concept-only-english"), "{report}");
    assert!(!app
        .read("en-US/forum/glossary.ftl")
        .contains("only-english"));
    // The same report as `booth check` on the saved result.
    app.invoke("save_pack", json!({})).expect("save");
    let saved = booth::check::check(app.pack_path(), None).expect("core check");
    assert_eq!(report, serde_json::to_value(&saved).expect("json"));
    app.invoke("undo_edit", json!({})).expect("undo");
    let report = app.invoke("check_pack", json!({})).expect("check");
    assert!(!finds(&report, "concept-only-english"), "{report}");
}

#[test]
fn an_unnamed_column_is_shown_and_its_choice_previewed_again_and_applied() {
    let files = tempfile::tempdir().expect("temp dir");
    let pick = files.path().join("pick");
    let _picking = crate::test_harness::picking_from(&pick);
    let app = TestApp::editing();
    let csv = files.path().join("owners.csv");
    std::fs::write(
        &csv,
        "id,en-US,ko,Owner\ne2e-owned,Owned term,소유 용어,J. Kim\n",
    )
    .expect("csv");
    answer(&pick, &csv);
    let view = app.invoke("import_glossary", json!({})).expect("preview");
    let columns = &view["preview"]["columns"];
    assert_eq!(columns[0]["header"], "Owner");
    assert_eq!(columns[0]["field"], "owner");
    assert_eq!(columns[0]["samples"], json!(["J. Kim"]));
    assert_eq!(columns[0]["choice"], json!({"as": "keep"}));
    assert_eq!(
        view["preview"]["added"][0]["fields"]["owner"]["en-US"],
        "J. Kim"
    );

    let noted = app
        .invoke(
            "import_columns",
            json!({"choices": {"owner": {"as": "note"}}}),
        )
        .expect("note");
    assert_eq!(
        noted["preview"]["columns"][0]["choice"],
        json!({"as": "note"})
    );
    let added = &noted["preview"]["added"][0];
    assert_eq!(added["note"]["en-US"], "Owner: J. Kim");
    assert!(added["fields"].get("owner").is_none(), "{added}");
    let bad = app
        .invoke(
            "import_columns",
            json!({"choices": {"owner": {"as": "field", "field": "term", "locale": "fr"}}}),
        )
        .expect_err("no such locale");
    assert_eq!(bad["kind"], "invalidArgument");

    let out = app
        .invoke("import_apply", json!({"decisions": {}}))
        .expect("apply");
    assert_eq!(out["summary"]["added"], 1, "{out}");
    let pack = app.invoke("pack", json!({})).expect("pack");
    let c = concept(&pack, "e2e-owned").expect("imported");
    assert_eq!(
        c["note"]["en-US"], "Owner: J. Kim",
        "the last choice shown is the one applied"
    );
}
