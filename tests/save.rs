//! Saving: atomic writes, the conflict that stops a save over someone else's change, and the three ways out
//! (reload, keep mine to a copy, 3-way merge).

use crate::edit::{concept, forum_editor, put_concept, read, saved_en_glossary, snapshot};
use booth::edit::{Edit, Editor, PersonDraft};
use booth::merge::Side;
use booth::save::{self, FileHash};
use booth::{Error, Pack};
use std::collections::HashMap;
use std::path::Path;

const KO_GLOSSARY: &str = "ko/forum/glossary.ftl";

/// Changes one message's line in a file on disk, as another editor would.
fn edit_on_disk(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{from} in {rel}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn rename_ko(ed: &mut Editor, id: &str, ko: &str) {
    put_concept(ed, id, |c| {
        c.term.insert("ko", ko.into());
    });
}

#[test]
fn save_writes_only_changed_files_and_updates_hashes() {
    let (dir, mut ed) = forum_editor();
    let hashes = ed.loaded_hashes();
    rename_ko(&mut ed, "oecd", "경제협력개발기구(OECD)");
    let report = ed.save().expect("save");
    assert_eq!(report.written, vec![KO_GLOSSARY]);
    let bytes = std::fs::read(dir.path().join(KO_GLOSSARY)).expect("read");
    assert_eq!(
        ed.loaded_hashes()[KO_GLOSSARY],
        Some(FileHash::of(&bytes)),
        "the saved state is the new baseline"
    );
    assert_ne!(ed.loaded_hashes()[KO_GLOSSARY], hashes[KO_GLOSSARY]);
    assert!(ed.dirty().is_empty());
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("ko/forum"))
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    // A second save right away has nothing to do and sees no conflict.
    assert!(ed.save().expect("save again").written.is_empty());
}

/// The forum pack with an unsaved edit of `oecd` here, while someone else changed `ecosoc` in the same file.
fn edited_here_and_on_disk() -> (tempfile::TempDir, Editor) {
    let (dir, mut ed) = forum_editor();
    rename_ko(&mut ed, "oecd", "경제협력개발기구 (시험)");
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-ecosoc = ",
        "concept-ecosoc = (검토) ",
    );
    (dir, ed)
}

#[test]
fn a_file_changed_on_disk_is_never_overwritten() {
    let (dir, mut ed) = edited_here_and_on_disk();
    let on_disk = snapshot(dir.path());
    let err = ed.save().expect_err("conflict");
    assert_eq!(err.kind(), "conflict");
    let Error::Conflict(conflict) = err else {
        panic!("not a conflict")
    };
    assert_eq!(conflict.files.len(), 1);
    let f = &conflict.files[0];
    assert_eq!(f.file, KO_GLOSSARY);
    assert_ne!(f.loaded_hash, f.disk_hash);
    let keys: Vec<&str> = f.changes.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(keys, vec!["concept-ecosoc"], "what changed on disk");
    let change = &f.changes[0];
    assert!(change.disk.as_deref().is_some_and(|d| d.contains("(검토)")));
    assert_eq!(change.loaded, change.ours, "we did not touch it");
    assert!(!change.conflict);
    assert_eq!(snapshot(dir.path()), on_disk, "nothing written");
}

#[test]
fn merge_takes_disk_changes_and_keeps_ours() {
    let (dir, mut ed) = edited_here_and_on_disk();
    let changes = ed.merge_file(KO_GLOSSARY, &HashMap::new()).expect("merge");
    assert!(changes.iter().all(|c| !c.conflict));
    ed.save().expect("save after merge");
    let pack = Pack::open(dir.path()).expect("reload");
    assert_eq!(concept(&pack, "oecd").term["ko"], "경제협력개발기구 (시험)");
    assert!(concept(&pack, "ecosoc").term["ko"].starts_with("(검토) "));
}

#[test]
fn merge_reports_entries_changed_on_both_sides_and_applies_choices() {
    let (dir, mut ed) = forum_editor();
    let theirs_term = format!(
        "(검토) {}",
        concept(&ed.pack().expect("pack"), "oecd").term["ko"]
    );
    rename_ko(&mut ed, "oecd", "우리 번역");
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-oecd = ",
        "concept-oecd = (검토) ",
    );
    let Error::Conflict(conflict) = ed.save().expect_err("conflict") else {
        panic!("not a conflict")
    };
    let c = &conflict.files[0].changes[0];
    assert_eq!((c.key.as_str(), c.conflict), ("concept-oecd", true));
    assert!(c.ours.as_deref().is_some_and(|o| o.contains("우리 번역")));

    // Default: ours wins the conflict, and it is reported.
    let report = ed.merge_file(KO_GLOSSARY, &HashMap::new()).expect("merge");
    assert_eq!(
        report.iter().filter(|c| c.conflict).count(),
        1,
        "{report:?}"
    );
    assert!(ed
        .text(KO_GLOSSARY)
        .is_some_and(|t| t.contains("우리 번역")));

    // Another editor makes the same edit; this time the user picks the disk's version.
    let mut other = Editor::open(dir.path()).expect("open");
    rename_ko(&mut other, "oecd", "남의 번역");
    edit_on_disk(dir.path(), KO_GLOSSARY, "(검토) ", "(재검토) ");
    let choices = HashMap::from([("concept-oecd".to_owned(), Side::Theirs)]);
    other.merge_file(KO_GLOSSARY, &choices).expect("merge");
    other.save().expect("save");
    let pack = Pack::open(dir.path()).expect("reload");
    assert_eq!(
        concept(&pack, "oecd").term["ko"],
        theirs_term.replace("(검토)", "(재검토)")
    );
    // The first editor's merged state is now stale: its save is stopped again, not written.
    assert_eq!(ed.save().expect_err("stale").kind(), "conflict");
}

#[test]
fn keep_mine_writes_a_copy_and_reload_takes_the_disk() {
    let (dir, mut ed) = forum_editor();
    rename_ko(&mut ed, "oecd", "내 번역");
    let mine = ed.text(KO_GLOSSARY).expect("text").into_owned();
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-ecosoc = ",
        "concept-ecosoc = X ",
    );
    let disk = read(dir.path(), KO_GLOSSARY);
    let copy = ed.keep_mine(KO_GLOSSARY).expect("keep mine");
    assert!(copy.starts_with("ko/forum/glossary.ftl.mine-"), "{copy}");
    assert_eq!(read(dir.path(), &copy), mine);
    assert_eq!(ed.text(KO_GLOSSARY).as_deref(), Some(disk.as_str()));
    assert!(ed.dirty().is_empty());
    // A second copy in the same second gets its own name.
    rename_ko(&mut ed, "oecd", "또 내 번역");
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-ecosoc = X ",
        "concept-ecosoc = Y ",
    );
    let copy2 = ed.keep_mine(KO_GLOSSARY).expect("keep mine again");
    assert_ne!(copy, copy2);
    assert_eq!(read(dir.path(), &copy), mine, "the first copy is untouched");

    rename_ko(&mut ed, "oecd", "버릴 번역");
    ed.reload_file(KO_GLOSSARY).expect("reload");
    assert_eq!(
        ed.text(KO_GLOSSARY).as_deref(),
        Some(read(dir.path(), KO_GLOSSARY).as_str())
    );
}

#[test]
fn json_merge_combines_structure_changes_from_both_sides() {
    let (dir, mut ed) = forum_editor();
    ed.apply(Edit::DeleteConcept { id: "oecd".into() })
        .expect("delete");
    // Someone else adds a contact and changes an item's minutes.
    let path = dir.path().join("event.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "event.json")).expect("json");
    v["contacts"]
        .as_array_mut()
        .expect("contacts")
        .push("du-sub-shin".into());
    v["blocks"][1]["items"][0]["minutes"] = 16.into();
    std::fs::write(&path, serde_json::to_string_pretty(&v).expect("json")).expect("write");
    assert_eq!(ed.save().expect_err("conflict").kind(), "conflict");
    let changes = ed.merge_file("event.json", &HashMap::new()).expect("merge");
    assert!(changes.iter().all(|c| !c.conflict), "{changes:?}");
    ed.save().expect("save");
    let text = read(dir.path(), "event.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert!(v["glossary"].get("oecd").is_none(), "our delete kept");
    assert_eq!(
        v["blocks"][1]["items"][0]["minutes"], 16,
        "their change taken"
    );
    assert!(v["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .any(|c| c == "du-sub-shin"));
    // Key order of the organizer's file is kept.
    let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
    assert_eq!(keys[..3], ["format", "id", "zone"]);
}

#[test]
fn refresh_reloads_clean_files_and_merges_dirty_ones() {
    let (dir, mut ed) = forum_editor();
    let person = ed
        .pack()
        .expect("pack")
        .person("iljae-kim")
        .expect("p")
        .clone();
    ed.apply(Edit::PutPerson {
        person: PersonDraft {
            id: person.id.clone(),
            name: person.name.clone(),
            honorific: person.honorific.clone(),
            title: person.title.clone(),
            affiliation: person.affiliation.clone(),
            role: person.role.clone(),
            bio: person.bio.clone(),
            email: person.email.clone(),
            contact: true,
        },
    })
    .expect("make contact");
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-ecosoc = ",
        "concept-ecosoc = Z ",
    );
    edit_on_disk(
        dir.path(),
        "event.json",
        "\"zone\": \"Asia/Seoul\"",
        "\"zone\": \"Asia/Seoul\", \"x-note\": 1",
    );
    let report = ed.refresh().expect("refresh");
    assert_eq!(report.reloaded, vec![KO_GLOSSARY]);
    assert_eq!(report.merged, vec!["event.json"]);
    assert!(report.conflicts.is_empty());
    let text = ed.text("event.json").expect("json");
    assert!(text.contains("\"x-note\": 1"));
    assert!(text.contains("\"iljae-kim\"\n  ]") || text.matches("iljae-kim").count() >= 2);
}

#[test]
fn atomic_write_keeps_permissions_and_refuses_to_clobber_copies() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a.ftl");
    std::fs::write(&file, "old\n").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    save::atomic_write(&file, b"new\n").expect("write");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "new\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode() & 0o777;
        assert_eq!(
            mode, 0o644,
            "the temp file's 0600 must not leak into the pack"
        );
    }
    let err = save::atomic_create(&file, b"other\n").expect_err("exists");
    assert_eq!(err.kind(), "io");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "new\n");
}

#[test]
fn writes_stay_inside_the_pack() {
    let dir = tempfile::tempdir().expect("dir");
    let outside = tempfile::tempdir().expect("outside");
    for bad in ["../x.ftl", "/etc/passwd", ""] {
        assert_eq!(
            save::pack_path(dir.path(), bad).expect_err(bad).kind(),
            "pathEscapesPack"
        );
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), dir.path().join("ko")).expect("link dir");
        assert_eq!(
            save::pack_path(dir.path(), "ko/glossary.ftl")
                .expect_err("linked folder")
                .kind(),
            "pathEscapesPack"
        );
        std::fs::write(outside.path().join("t.ftl"), "x").expect("write");
        std::os::unix::fs::symlink(outside.path().join("t.ftl"), dir.path().join("t.ftl"))
            .expect("link file");
        assert_eq!(
            save::pack_path(dir.path(), "t.ftl")
                .expect_err("linked file")
                .kind(),
            "pathEscapesPack"
        );
    }
}

#[test]
fn a_byte_order_mark_is_kept() {
    let mut en = vec![0xEF, 0xBB, 0xBF];
    en.extend_from_slice(crate::util::EN_GLOSSARY.as_bytes());
    let after = saved_en_glossary(&en, |c| {
        c.note.insert("en-US", "Seventeen".into());
    });
    assert!(after.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    assert!(after.contains(".note = Seventeen"));
}

#[test]
fn undo_after_a_merge_reverts_only_our_entries() {
    let (dir, mut ed) = forum_editor();
    let oecd_before = concept(&ed.pack().expect("pack"), "oecd").term["ko"].clone();
    rename_ko(&mut ed, "oecd", "우리 번역");
    edit_on_disk(
        dir.path(),
        KO_GLOSSARY,
        "concept-ecosoc = ",
        "concept-ecosoc = (검토) ",
    );
    ed.merge_file(KO_GLOSSARY, &HashMap::new()).expect("merge");
    assert!(ed.undo().expect("undo our edit"));
    let pack = ed.pack().expect("pack");
    assert_eq!(
        concept(&pack, "oecd").term["ko"],
        oecd_before,
        "our edit undone"
    );
    assert!(
        concept(&pack, "ecosoc").term["ko"].starts_with("(검토) "),
        "the change taken from disk stays"
    );
    assert!(ed.dirty().is_empty(), "back to exactly the disk's text");
    ed.save().expect("nothing to save, no conflict");
}

#[test]
fn undo_refuses_to_overwrite_a_later_change_to_the_same_entry() {
    let (dir, mut ed) = forum_editor();
    rename_ko(&mut ed, "oecd", "첫 번역");
    ed.save().expect("save");
    // Someone else changes the same message after our save; we catch up.
    edit_on_disk(dir.path(), KO_GLOSSARY, "첫 번역", "남의 번역");
    let report = ed.refresh().expect("refresh");
    assert_eq!(report.reloaded, vec![KO_GLOSSARY]);
    let err = ed.undo().expect_err("would overwrite their change");
    assert_eq!(err.kind(), "undoConflict");
    let booth::Error::UndoConflict { keys, .. } = err else {
        panic!("not an undo conflict")
    };
    assert_eq!(keys, vec!["concept-oecd"]);
    assert_eq!(
        concept(&ed.pack().expect("pack"), "oecd").term["ko"],
        "남의 번역",
        "nothing was changed"
    );
    assert_eq!(ed.history().undo.len(), 1, "the step stays on the stack");
}

#[test]
fn a_file_the_loader_would_refuse_is_never_written() {
    let (dir, mut ed) = forum_editor();
    let line = "A note far longer than any real one. ";
    let big = line.repeat(booth::source::MAX_FILE_BYTES as usize / line.len() + 1);
    put_concept(&mut ed, "oecd", |c| {
        c.note.insert("ko", big);
    });
    let before = snapshot(dir.path());
    let err = ed.save().expect_err("too large");
    assert!(
        err.to_string().contains(KO_GLOSSARY) && err.to_string().contains("nothing was saved"),
        "{err}"
    );
    assert_eq!(snapshot(dir.path()), before, "nothing written");
    assert!(!ed.dirty().is_empty(), "the edit is still there to undo");
}
