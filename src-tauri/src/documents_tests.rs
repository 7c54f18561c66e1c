//! The Prep view's document commands on the mock runtime with the real capabilities and a real core over a
//! temporary copy of the forum pack: add through the shell's picker, read, candidates, accept (through the
//! workspace's editor, never losing unsaved edits), dismiss, drill.
#![allow(clippy::expect_used)]

use crate::test_harness::{picking_from, put_sdgs, TestApp};
use serde_json::{json, Value};

const SPEECH: &str = "Participatory budgeting councils (PBCs) decide.\n\
    Participatory budgeting councils meet every month.\n\
    Disaster resilience hubs open in every district.\n\
    Disaster resilience hubs share data.\n\
    예산은 3억 5천만 원입니다.\n";

/// Whether `err`'s message names `file` (a document's error says which file it is about).
fn names(err: &Value, file: &str) -> bool {
    err["message"].as_str().is_some_and(|m| m.contains(file))
}

fn keys(candidates: &Value) -> Vec<String> {
    candidates
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["key"].as_str().expect("key").to_owned())
        .collect()
}

#[test]
fn the_built_in_pack_has_no_folder_for_documents() {
    let app = TestApp::built_in();
    for cmd in ["documents_list", "drill_next"] {
        let err = app
            .invoke(cmd, json!({"session": null}))
            .expect_err("read-only");
        assert_eq!(err["kind"], "readOnly", "{cmd}");
    }
}

#[test]
fn a_document_is_added_read_mined_accepted_dismissed_and_drilled() {
    let files = tempfile::tempdir().expect("temp dir");
    let pick = files.path().join("pick");
    let _picking = picking_from(&pick);
    let app = TestApp::editing();

    // Cancelled: nothing added.
    std::fs::write(&pick, "").expect("pick");
    let none = app.invoke("documents_add", json!({"session": "session-1"}));
    assert_eq!(none, Ok(Value::Null));

    let speech = files.path().join("speech.txt");
    std::fs::write(&speech, SPEECH).expect("speech");
    std::fs::write(&pick, format!("{}\n", speech.display())).expect("pick");
    let kept = app
        .invoke("documents_add", json!({"session": "session-1"}))
        .expect("added");
    assert_eq!(kept["name"], "speech.txt");
    assert_eq!(kept["format"], "text");
    assert_eq!(kept["sessions"], json!(["session-1"]));
    assert!(app.pack_path().join("documents/speech.txt.txt").is_file());
    let listed = |s: &str| {
        app.invoke("documents_list", json!({"session": s}))
            .expect("list")
    };
    assert_eq!(listed("session-1").as_array().map(Vec::len), Some(1));
    assert_eq!(listed("session-2").as_array().map(Vec::len), Some(0));

    // A file that is not a document: a clear error naming it, nothing kept.
    let bad = files.path().join("broken.pdf");
    std::fs::write(&bad, b"not a pdf").expect("bad");
    std::fs::write(&pick, format!("{}\n", bad.display())).expect("pick");
    let err = app
        .invoke("documents_add", json!({"session": "session-1"}))
        .expect_err("corrupt");
    assert_eq!(err["kind"], "document");
    assert!(names(&err, "broken.pdf"), "{err}");

    let text = app
        .invoke("document_text", json!({"name": "speech.txt"}))
        .expect("text");
    assert!(text.as_str().is_some_and(|t| t.contains("3억 5천만")));
    let err = app
        .invoke("document_text", json!({"name": "../event.json"}))
        .expect_err("outside");
    assert_eq!(err["kind"], "pathEscapesPack");

    let found = app
        .invoke("document_candidates", json!({"session": "session-1"}))
        .expect("candidates");
    let k = keys(&found);
    assert!(
        k.contains(&"participatory budgeting council".to_owned()),
        "{k:?}"
    );
    assert!(k.contains(&"disaster resilience hub".to_owned()), "{k:?}");

    // Accepted with no other unsaved edit: saved at once, shown in the pack, a concept of the session.
    let accept = |key: &str| {
        app.invoke(
            "document_accept",
            json!({"key": key, "session": "session-1"}),
        )
    };
    let accepted = accept("participatory budgeting council").expect("accepted");
    assert_eq!(accepted["saved"], true);
    assert_eq!(accepted["workspace"]["dirty"], json!([]));
    let id = accepted["id"].as_str().expect("id").to_owned();
    assert!(app
        .read("en-US/forum/glossary.ftl")
        .contains("Participatory budgeting councils"));
    let pack = app.invoke("pack", json!({})).expect("pack");
    let concept = pack["glossary"]
        .as_array()
        .and_then(|g| g.iter().find(|c| c["id"] == id.as_str()))
        .expect("the new concept is shown");
    assert_eq!(concept["sessions"], json!(["session-1"]));
    let after = app
        .invoke("document_candidates", json!({"session": "session-1"}))
        .expect("candidates");
    assert!(!keys(&after).contains(&"participatory budgeting council".to_owned()));

    // With an unsaved edit of the user's: the accepted concept joins it, nothing is saved behind their back.
    let before_ko = app.read("ko/forum/glossary.ftl");
    app.invoke("apply_edits", put_sdgs("내 메모"))
        .expect("user's edit");
    let accepted = accept("disaster resilience hub").expect("accepted");
    assert_eq!(accepted["saved"], false);
    assert_eq!(
        app.read("ko/forum/glossary.ftl"),
        before_ko,
        "nothing saved"
    );
    assert!(accepted["workspace"]["dirty"]
        .as_array()
        .is_some_and(|d| !d.is_empty()));
    let undo = accepted["workspace"]["history"]["undo"].clone();
    assert_eq!(undo.as_array().map(Vec::len), Some(3), "{undo}");

    // Dismissed: not proposed again; an accepted key is no longer a candidate.
    let first = keys(
        &app.invoke("document_candidates", json!({"session": "session-1"}))
            .expect("candidates"),
    );
    let gone = first.first().expect("a candidate").clone();
    app.invoke("document_dismiss", json!({"key": gone}))
        .expect("dismiss");
    let rest = keys(
        &app.invoke("document_candidates", json!({"session": "session-1"}))
            .expect("candidates"),
    );
    assert!(!rest.contains(&gone));
    let err = accept("participatory budgeting council").expect_err("already accepted");
    assert_eq!(err["kind"], "unknownId");

    // Drill: a card, a typed answer checked, a grade saved beside the pack.
    let next = app
        .invoke("drill_next", json!({"session": "session-1"}))
        .expect("next");
    assert_eq!(next["seen"], 0);
    let card = next["card"].clone();
    let id = card["id"].as_str().expect("card id");
    let check = |typed: &Value| {
        app.invoke(
            "drill_check",
            json!({"session": "session-1", "card": id, "typed": typed}),
        )
        .expect("check")
    };
    assert_eq!(check(&card["answer"]), true);
    assert_eq!(check(&json!("nothing like it")), false);
    let graded = app
        .invoke(
            "drill_grade",
            json!({"session": "session-1", "card": id, "grade": "good"}),
        )
        .expect("grade");
    assert_eq!(graded["seen"], 1);
    assert!(booth::drill::Progress::path_for(app.pack_path()).is_file());
}

#[test]
fn files_dropped_on_the_window_are_added_by_the_shell_once() {
    use tauri::Manager;
    let files = tempfile::tempdir().expect("temp dir");
    let good = files.path().join("notes.md");
    let bad = files.path().join("scan.pdf");
    std::fs::write(&good, "Smart mobility corridors link districts.\n").expect("write");
    std::fs::write(&bad, b"%PDF-1.4 nothing else").expect("write");
    let app = TestApp::editing();
    // What the window's drop event keeps (the page never sends these paths).
    app._app
        .state::<crate::documents::Dropped>()
        .put(vec![good, bad]);
    let out = app
        .invoke("documents_add_dropped", json!({"session": "session-2"}))
        .expect("added");
    assert_eq!(out["added"].as_array().map(Vec::len), Some(1), "{out}");
    assert_eq!(out["added"][0]["name"], "notes.md");
    assert_eq!(out["added"][0]["sessions"], json!(["session-2"]));
    assert_eq!(out["failed"].as_array().map(Vec::len), Some(1), "{out}");
    assert_eq!(out["failed"][0]["kind"], "document");
    assert!(names(&out["failed"][0], "scan.pdf"), "{out}");
    // Taken: asking again adds nothing.
    let again = app
        .invoke("documents_add_dropped", json!({"session": "session-2"}))
        .expect("nothing");
    assert_eq!(again["added"], json!([]));
    assert_eq!(again["failed"], json!([]));
}
