//! The pack boundary for writes: nothing a pack says and nothing a caller passes makes Booth write (or read
//! for writing) outside the pack folder — not `..`, not an absolute path, not a folder or file that is a
//! link out, not a link swapped in between opening and saving, not a hard link to an outside file. Reads
//! are covered in `source` and `hostile`; this module covers every path the save, conflict and import code
//! writes. Each test keeps a folder *outside* the pack and proves it is byte-for-byte unchanged.
#![cfg(unix)]

use crate::edit::{put_concept, snapshot};
use crate::util::{mini_pack, EVENT_JSON};
use booth::edit::Editor;
use booth::merge::Side;
use booth::schedule::frab;
use booth::source::checked_relative;
use booth::Pack;
use std::collections::{BTreeMap, HashMap};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

/// A folder beside the pack that must never change, seeded with files a hostile pack would aim at.
fn outside() -> (tempfile::TempDir, BTreeMap<PathBuf, Vec<u8>>) {
    let dir = tempfile::tempdir().expect("outside dir");
    for (rel, text) in [
        ("glossary.ftl", "concept-secret = outside\n"),
        ("ko/glossary.ftl", "concept-secret = 바깥\n"),
        ("ko/agenda.ftl", "item-talk = 바깥\n"),
        ("ko/people.ftl", "person-ann = 바깥\n"),
        ("outside.ftl", "x = outside\n"),
    ] {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    let before = snapshot(dir.path());
    (dir, before)
}

/// Renames the Korean term of `sdgs` (an edit of `ko/glossary.ftl`).
fn edit_ko(ed: &mut Editor) {
    put_concept(ed, "sdgs", |c| {
        c.term.insert("ko", "지속가능발전목표 (수정)".into());
    });
}

/// The mini pack open in an editor, with `edit_ko` applied and not saved.
fn mini_with_ko_edit() -> (tempfile::TempDir, Editor) {
    let dir = mini_pack(&[]);
    let mut ed = Editor::open(dir.path()).expect("open");
    edit_ko(&mut ed);
    (dir, ed)
}

#[test]
fn resources_and_locales_that_leave_the_pack_are_refused_before_anything_is_read_or_written() {
    let (out, before) = outside();
    let out_path = out.path().to_str().expect("utf-8 temp path");
    let escapes = [
        (
            "\"locales\": [\"en-US\", \"ko\"]",
            "\"locales\": [\"en-US\", \"../outside-pack\"]".to_owned(),
        ),
        (
            "\"locales\": [\"en-US\", \"ko\"]",
            format!("\"locales\": [\"en-US\", \"{out_path}\"]"),
        ),
        (
            "\"sessions\":",
            "\"resources\": [\"agenda.ftl\", \"people.ftl\", \"glossary.ftl\", \"../../outside.ftl\"], \"sessions\":".to_owned(),
        ),
        (
            "\"sessions\":",
            format!("\"resources\": [\"agenda.ftl\", \"{out_path}/outside.ftl\"], \"sessions\":"),
        ),
    ];
    for (from, to) in escapes {
        let event = EVENT_JSON.replacen(from, &to, 1);
        assert_ne!(event, EVENT_JSON, "{from} is in the mini pack");
        let dir = mini_pack(&[("event.json", event.as_bytes())]);
        let err = Editor::open(dir.path()).expect_err(&to);
        assert_eq!(err.kind(), "pathEscapesPack", "{to}: {err}");
    }
    assert_eq!(snapshot(out.path()), before);
}

#[test]
fn a_locale_folder_linked_out_of_the_pack_is_neither_edited_nor_loaded() {
    let (out, before) = outside();
    let dir = mini_pack(&[]);
    std::fs::remove_dir_all(dir.path().join("ko")).expect("rm ko");
    symlink(out.path().join("ko"), dir.path().join("ko")).expect("link ko out");

    let err = Editor::open(dir.path()).expect_err("linked locale folder");
    assert_eq!(err.kind(), "pathEscapesPack", "{err}");

    let pack = Pack::open(dir.path()).expect("the rest of the pack loads");
    assert!(
        pack.diagnostics
            .iter()
            .any(|d| d.code == "path" && d.file.starts_with("ko/")),
        "{:?}",
        pack.diagnostics
    );
    assert!(
        pack.glossary.iter().all(|c| !c.term.contains_key("ko")),
        "Korean text was read through the link"
    );
    assert_eq!(snapshot(out.path()), before);
}

#[test]
fn a_link_swapped_in_after_opening_stops_the_save() {
    let (out, before) = outside();
    // The locale folder becomes a link out while the editor is open.
    let (dir, mut ed) = mini_with_ko_edit();
    std::fs::rename(dir.path().join("ko"), dir.path().join("ko.orig")).expect("move ko");
    symlink(out.path().join("ko"), dir.path().join("ko")).expect("link ko out");
    let err = ed.save().expect_err("save through a linked folder");
    assert_eq!(err.kind(), "pathEscapesPack", "{err}");
    assert_eq!(snapshot(out.path()), before);

    // The file itself becomes a link out.
    let (dir, mut ed) = mini_with_ko_edit();
    let target = dir.path().join("ko/glossary.ftl");
    std::fs::remove_file(&target).expect("rm");
    symlink(out.path().join("ko/glossary.ftl"), &target).expect("link file out");
    let err = ed.save().expect_err("save over a linked file");
    // The editor sees a changed file first (a conflict) or the link (path); either way nothing is written.
    assert!(
        matches!(err.kind(), "pathEscapesPack" | "conflict"),
        "{err}"
    );
    assert_eq!(snapshot(out.path()), before);
    assert!(std::fs::symlink_metadata(&target)
        .expect("still there")
        .file_type()
        .is_symlink());
}

#[test]
fn a_hard_link_to_an_outside_file_is_replaced_not_written_through() {
    let (out, before) = outside();
    let dir = mini_pack(&[]);
    // Same file system (both under the temp folder), so the link can be made; the outside file starts
    // with exactly the pack's content, so the editor sees no conflict.
    let shared = out.path().join("shared-glossary.ftl");
    std::fs::copy(dir.path().join("ko/glossary.ftl"), &shared).expect("copy");
    let shared_before = std::fs::read(&shared).expect("read");
    std::fs::remove_file(dir.path().join("ko/glossary.ftl")).expect("rm");
    std::fs::hard_link(&shared, dir.path().join("ko/glossary.ftl")).expect("hard link");

    let mut ed = Editor::open(dir.path()).expect("open");
    edit_ko(&mut ed);
    ed.save().expect("save");
    assert!(std::fs::read_to_string(dir.path().join("ko/glossary.ftl"))
        .expect("pack file")
        .contains("(수정)"));
    assert_eq!(
        std::fs::read(&shared).expect("outside file"),
        shared_before,
        "the save wrote through the hard link"
    );
    let mut after = snapshot(out.path());
    after.remove(Path::new("shared-glossary.ftl"));
    assert_eq!(after, before);
}

#[test]
fn conflict_resolution_cannot_name_a_file_outside_the_pack() {
    let (out, before) = outside();
    let (_dir, mut ed) = mini_with_ko_edit();
    let out_file = out.path().join("outside.ftl");
    let absolute = out_file.to_str().expect("utf-8 temp path");
    for bad in ["../outside.ftl", "ko/../../outside.ftl", absolute, ""] {
        let kinds = [
            ed.keep_mine(bad).expect_err(bad).kind(),
            ed.reload_file(bad).expect_err(bad).kind(),
            ed.merge_file(bad, &HashMap::<String, Side>::new())
                .expect_err(bad)
                .kind(),
        ];
        assert_eq!(kinds, ["pathEscapesPack"; 3], "{bad:?}");
    }
    assert_eq!(snapshot(out.path()), before);
    // The legitimate edit is still there and saves.
    let written = ed.save().expect("save").written;
    assert!(
        written.iter().any(|f| f == "ko/glossary.ftl"),
        "{written:?}"
    );
}

#[test]
fn an_imported_schedule_writes_only_the_packs_own_file_names() {
    // Every string a schedule controls, aimed at the file system.
    let hostile = r#"{"schedule": {"version": "x", "conference": {
      "acronym": "../../../../tmp/evil", "title": "/etc/passwd", "start": "2021-03-27", "end": "2021-03-27",
      "daysCount": 1, "timeslot_duration": "00:15", "time_zone_name": "Europe/Berlin",
      "days": [{"index": 1, "date": "2021-03-27", "day_start": "2021-03-27T09:00:00+01:00",
        "day_end": "2021-03-27T18:00:00+01:00", "rooms": {"../../room": [
          {"id": 1, "guid": "6f2b3a0c-59f0-4f7e-9d55-0f1f1b1a0001", "date": "2021-03-27T10:00:00+01:00",
           "start": "10:00", "duration": "00:30", "room": "../../room", "slug": "../../../etc/cron.d/x",
           "url": "file:///etc/shadow", "title": "../../../../home/x/.bashrc", "subtitle": null,
           "track": "../../track", "type": "talk", "language": "en", "abstract": null,
           "persons": [{"name": "../../../root/.ssh/authorized_keys", "id": 1}], "links": []}]}}]}}}"#;
    let imported = frab::import(hostile, "en-US", None, None).expect("imports");
    let names: Vec<&str> = imported.files.iter().map(|(p, _)| p.as_str()).collect();
    for name in &names {
        checked_relative(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            *name == "event.json" || name.starts_with("en-US/") && !name[6..].contains('/'),
            "unexpected file {name}"
        );
    }
    // Written into a fresh folder: nothing appears beside it.
    let parent = tempfile::tempdir().expect("parent");
    let out = parent.path().join("imported");
    imported.write(&out).expect("writes");
    let written: Vec<PathBuf> = snapshot(parent.path()).into_keys().collect();
    assert!(
        written.iter().all(|p| p.starts_with("imported")),
        "{written:?}"
    );
    assert_eq!(written.len(), names.len());
    Pack::open(&out).expect("the imported pack opens");
}
