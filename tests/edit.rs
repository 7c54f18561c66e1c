//! Editing packs: concepts, people and items written back with every untouched byte kept, undo/redo, and
//! the Fluent serializer's normalization measured on real files.

use booth::edit::{Edit, Editor, ItemDraft, PersonDraft};
use booth::fluent_doc::Document;
use booth::glossary::Concept;
use booth::{Error, Pack, Text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The built-in forum pack, copied to a fresh temporary folder.
pub fn forum_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    booth::source::write_embedded_pack(dir.path()).expect("write forum pack");
    dir
}

/// A scratch copy of the forum pack, open in an editor.
pub fn forum_editor() -> (tempfile::TempDir, Editor) {
    let dir = forum_pack();
    let ed = Editor::open(dir.path()).expect("open");
    (dir, ed)
}

pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).expect("read pack file")
}

/// Every file of a pack folder with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("read dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("inside").to_owned();
                out.insert(rel, std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

pub fn concept<'a>(pack: &'a Pack, id: &str) -> &'a Concept {
    pack.glossary
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("concept {id} missing"))
}

/// Changes concept `id` as `change` says, as one edit (not saved).
pub fn put_concept(ed: &mut Editor, id: &str, change: impl FnOnce(&mut Concept)) {
    let mut c = concept(&ed.pack().expect("pack"), id).clone();
    change(&mut c);
    ed.apply(Edit::PutConcept { concept: c }).expect("edit");
}

/// Applies `edit`, saves, and opens the pack folder `dir` again from disk.
fn apply_and_reload(ed: &mut Editor, dir: &Path, edit: Edit) -> Pack {
    let what = format!("{edit:?}");
    ed.apply(edit).expect(&what);
    ed.save().expect("save");
    Pack::open(dir).expect("reload")
}

/// The agenda block `id` of `pack`.
fn block_of<'a>(pack: &'a Pack, id: &str) -> &'a booth::agenda::Block {
    let found = pack.agenda.blocks.iter().find(|b| b.id == id);
    found.unwrap_or_else(|| panic!("no block {id}"))
}

/// The kind of error with which the editor refuses `edit`.
fn refused(ed: &mut Editor, edit: Edit) -> &'static str {
    let what = format!("{edit:?}");
    ed.apply(edit).expect_err(&what).kind()
}

/// The mini pack with `en` as its English glossary, concept `sdgs` changed by `change` and saved: the
/// English glossary after the save.
pub fn saved_en_glossary(en: &[u8], change: impl FnOnce(&mut Concept)) -> String {
    let dir = crate::util::mini_pack(&[("en-US/glossary.ftl", en)]);
    let mut ed = Editor::open(dir.path()).expect("open");
    put_concept(&mut ed, "sdgs", change);
    ed.save().expect("save");
    read(dir.path(), "en-US/glossary.ftl")
}

fn text(pairs: &[(&str, &str)]) -> Text {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Messages (by id) whose text differs between two versions of a Fluent file.
fn changed_entries(a: &str, b: &str) -> Vec<String> {
    let (da, db) = (Document::parse(a), Document::parse(b));
    let map = |d: &Document| -> BTreeMap<String, String> {
        d.segs
            .iter()
            .map(|s| (s.name.clone(), s.text.clone()))
            .collect()
    };
    let (ma, mb) = (map(&da), map(&db));
    let mut keys: Vec<String> = ma.keys().chain(mb.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| ma.get(k) != mb.get(k))
        .collect()
}

const EN_GLOSSARY: &str = "en-US/forum/glossary.ftl";
const KO_GLOSSARY: &str = "ko/forum/glossary.ftl";

#[test]
fn putting_a_concept_back_unchanged_changes_nothing() {
    let dir = forum_pack();
    let before = snapshot(dir.path());
    let mut ed = Editor::open(dir.path()).expect("open");
    let pack = ed.pack().expect("pack");
    let edits: Vec<Edit> = pack
        .glossary
        .iter()
        .map(|c| Edit::PutConcept { concept: c.clone() })
        .collect();
    assert!(edits.len() > 100, "the forum glossary is loaded");
    ed.apply_all("no-op", edits).expect("apply");
    assert_eq!(ed.dirty(), Vec::<String>::new());
    assert!(ed.history().undo.is_empty(), "a no-op is not an undo step");
    ed.save().expect("save");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn editing_one_rendering_rewrites_only_that_message() {
    let dir = forum_pack();
    let en_before = read(dir.path(), EN_GLOSSARY);
    let ko_before = read(dir.path(), KO_GLOSSARY);
    let json_before = read(dir.path(), "event.json");
    let mut ed = Editor::open(dir.path()).expect("open");
    put_concept(&mut ed, "sdgs", |c| {
        c.term.insert("ko", "지속가능한 발전 목표".into());
        c.note.insert("ko", "검토 중 {임시}".into());
    });
    assert_eq!(ed.dirty(), vec![KO_GLOSSARY.to_owned()]);
    ed.save().expect("save");

    let ko_after = read(dir.path(), KO_GLOSSARY);
    assert_eq!(changed_entries(&ko_before, &ko_after), vec!["concept-sdgs"]);
    // Outside that message, the file is byte-for-byte the same.
    let mut doc = Document::parse(&ko_after);
    let i = doc.find("concept-sdgs").expect("still there");
    let mut old = Document::parse(&ko_before);
    let j = old.find("concept-sdgs").expect("was there");
    assert_eq!(doc.segs[..i], old.segs[..j]);
    assert_eq!(doc.segs[i + 1..], old.segs[j + 1..]);
    assert_eq!(read(dir.path(), EN_GLOSSARY), en_before);
    assert_eq!(read(dir.path(), "event.json"), json_before);

    let pack = Pack::open(dir.path()).expect("reload");
    let c = concept(&pack, "sdgs");
    assert_eq!(c.term["ko"], "지속가능한 발전 목표");
    assert_eq!(
        c.note["ko"], "검토 중 {임시}",
        "braces are escaped, not placeables"
    );
    assert!(pack.diagnostics.is_empty(), "{:?}", pack.diagnostics);
}

#[test]
fn comments_and_unmanaged_attributes_of_an_edited_message_survive() {
    let glossary = "## Domain: SDGs\n# Keep this comment.\nconcept-sdgs = Sustainable Development Goals\n    .abbr = SDGs\n    .custom = { -brand } stays\n";
    let after = saved_en_glossary(glossary.as_bytes(), |c| {
        c.abbr.insert("en-US", "SDG".into());
    });
    assert_eq!(
        after,
        "## Domain: SDGs\n# Keep this comment.\nconcept-sdgs = Sustainable Development Goals\n    .abbr = SDG\n    .custom = { -brand } stays\n"
    );
}

#[test]
fn text_with_fluent_syntax_reads_back_exactly() {
    let dir = crate::util::mini_pack(&[]);
    let mut ed = Editor::open(dir.path()).expect("open");
    let tricky = "Line one {with braces}\n.starts with a dot\n[looks like a variant]\n*star\n  indented \"quoted\" \\ backslash";
    let c = Concept {
        id: "tricky".into(),
        term: text(&[("en-US", "Tricky"), ("ko", "까다로움")]),
        note: text(&[("en-US", tricky)]),
        domain: Some("SDGs".into()),
        sessions: vec!["s1".into()],
        ..Default::default()
    };
    let pack = apply_and_reload(&mut ed, dir.path(), Edit::PutConcept { concept: c });
    assert!(pack.diagnostics.is_empty(), "{:?}", pack.diagnostics);
    let c = concept(&pack, "tricky");
    assert_eq!(c.note["en-US"], tricky);
    assert_eq!(c.domain.as_deref(), Some("SDGs"));
    assert_eq!(c.sessions, vec!["s1"]);
}

#[test]
fn a_new_concept_goes_to_the_end_of_its_domain_in_every_locale() {
    let (dir, mut ed) = forum_editor();
    let before = ed.pack().expect("pack");
    let domain = concept(&before, "sdgs")
        .domain
        .clone()
        .expect("sdgs has a domain");
    let last_of_domain = before
        .glossary
        .iter()
        .rev()
        .find(|c| c.domain.as_deref() == Some(domain.as_str()))
        .expect("domain has concepts")
        .id
        .clone();
    let c = Concept {
        id: "voluntary-local-review".into(),
        term: text(&[
            ("en-US", "Voluntary Local Review"),
            ("ko", "자발적 지역 검토"),
        ]),
        abbr: text(&[("en-US", "VLR"), ("ko", "VLR")]),
        domain: Some(domain.clone()),
        sessions: vec!["session-2".into()],
        ..Default::default()
    };
    let pack = apply_and_reload(&mut ed, dir.path(), Edit::PutConcept { concept: c });
    let ids: Vec<&str> = pack.glossary.iter().map(|c| c.id.as_str()).collect();
    let at = ids
        .iter()
        .position(|i| *i == "voluntary-local-review")
        .expect("added");
    assert_eq!(
        ids[at - 1],
        last_of_domain,
        "placed after the domain's last concept"
    );
    let c = concept(&pack, "voluntary-local-review");
    assert_eq!(c.domain.as_deref(), Some(domain.as_str()));
    assert_eq!(c.term["ko"], "자발적 지역 검토");
    assert_eq!(c.sessions, vec!["session-2"]);
    // Korean file: the concept is in the same group there too.
    let mut ko = Document::parse(&read(dir.path(), KO_GLOSSARY));
    let i = ko
        .find("concept-voluntary-local-review")
        .expect("ko message");
    let group = ko.segs[..i]
        .iter()
        .rev()
        .find(|s| s.kind == booth::fluent_doc::Kind::GroupComment)
        .expect("group");
    assert!(group.name.contains(&domain));
    assert!(pack.diagnostics.is_empty(), "{:?}", pack.diagnostics);
}

#[test]
fn a_new_domain_becomes_a_group_comment_and_moving_keeps_the_message_text() {
    let (dir, mut ed) = forum_editor();
    let mut c = concept(&ed.pack().expect("pack"), "ecosoc").clone();
    let mut en_before = Document::parse(&read(dir.path(), EN_GLOSSARY));
    let at = en_before.find("concept-ecosoc").expect("there");
    let old_text = en_before.segs[at].text.clone();
    c.domain = Some("UN bodies".into());
    let pack = apply_and_reload(&mut ed, dir.path(), Edit::PutConcept { concept: c });
    assert_eq!(
        concept(&pack, "ecosoc").domain.as_deref(),
        Some("UN bodies")
    );
    let en = read(dir.path(), EN_GLOSSARY);
    assert!(
        en.contains("\n## Domain: UN bodies\n"),
        "group comment added"
    );
    let mut doc = Document::parse(&en);
    let at_now = doc.find("concept-ecosoc").expect("moved");
    assert_eq!(doc.segs[at_now].text, old_text);
    assert_eq!(
        changed_entries(&en_before.to_text(), &en),
        vec!["Domain: UN bodies".to_owned()],
        "only the new group: the message moved unchanged"
    );
}

#[test]
fn deleting_a_concept_removes_its_messages_and_structure_only() {
    let dir = forum_pack();
    let ko_before = read(dir.path(), KO_GLOSSARY);
    let mut ed = Editor::open(dir.path()).expect("open");
    let pack = apply_and_reload(
        &mut ed,
        dir.path(),
        Edit::DeleteConcept { id: "krila".into() },
    );
    assert!(pack.glossary.iter().all(|c| c.id != "krila"));
    assert!(!read(dir.path(), "event.json").contains("\"krila\""));
    assert_eq!(
        changed_entries(&ko_before, &read(dir.path(), KO_GLOSSARY)),
        vec!["concept-krila"]
    );
    let err = ed
        .apply(Edit::DeleteConcept { id: "krila".into() })
        .expect_err("already gone");
    assert_eq!(err.kind(), "unknownId");
}

#[test]
fn invalid_edits_change_nothing() {
    let (_dir, mut ed) = forum_editor();
    let mut c = concept(&ed.pack().expect("pack"), "sdgs").clone();
    c.sessions = vec!["session-9".into()];
    let err = ed
        .apply(Edit::PutConcept { concept: c.clone() })
        .expect_err("unknown session");
    assert!(matches!(err, Error::UnknownId { ref kind, .. } if kind == "session"));
    c.sessions.clear();
    c.id = "Bad Id".into();
    assert_eq!(
        refused(&mut ed, Edit::PutConcept { concept: c }),
        "invalidArgument"
    );
    // A batch fails as a whole: the valid first edit is not kept either.
    let good = Edit::DeleteConcept { id: "oecd".into() };
    let bad = Edit::DeleteConcept {
        id: "no-such".into(),
    };
    assert!(ed.apply_all("batch", vec![good, bad]).is_err());
    assert!(ed.dirty().is_empty());
    assert!(ed.history().undo.is_empty());
}

#[test]
fn undo_and_redo_restore_exact_texts() {
    let (_dir, mut ed) = forum_editor();
    let original: Vec<Option<String>> = [EN_GLOSSARY, KO_GLOSSARY, "event.json"]
        .iter()
        .map(|f| ed.text(f).map(|t| t.into_owned()))
        .collect();
    ed.apply(Edit::DeleteConcept { id: "oecd".into() })
        .expect("delete");
    put_concept(&mut ed, "sdgs", |c| {
        c.term.insert("en-US", "The SDGs".into());
    });
    let edited: Vec<Option<String>> = [EN_GLOSSARY, KO_GLOSSARY, "event.json"]
        .iter()
        .map(|f| ed.text(f).map(|t| t.into_owned()))
        .collect();
    assert_eq!(
        ed.history().undo,
        vec!["delete concept oecd", "edit concept sdgs"]
    );
    assert!(ed.undo().expect("undo 1"));
    assert!(ed.undo().expect("undo 2"));
    assert!(!ed.undo().expect("nothing left"));
    let now: Vec<Option<String>> = [EN_GLOSSARY, KO_GLOSSARY, "event.json"]
        .iter()
        .map(|f| ed.text(f).map(|t| t.into_owned()))
        .collect();
    assert_eq!(now, original);
    assert!(ed.dirty().is_empty());
    assert!(ed.redo().expect("redo 1"));
    assert!(ed.redo().expect("redo 2"));
    let again: Vec<Option<String>> = [EN_GLOSSARY, KO_GLOSSARY, "event.json"]
        .iter()
        .map(|f| ed.text(f).map(|t| t.into_owned()))
        .collect();
    assert_eq!(again, edited);
    // A new edit clears the redo stack.
    ed.undo().expect("undo");
    ed.apply(Edit::DeleteConcept { id: "hlpf".into() })
        .expect("delete");
    assert!(ed.history().redo.is_empty());
}

#[test]
fn people_are_added_edited_and_deleted_with_their_structure() {
    let (dir, mut ed) = forum_editor();
    let draft = PersonDraft {
        id: "jane-doe".into(),
        name: text(&[("en-US", "Jane Doe"), ("ko", "제인 도")]),
        honorific: text(&[("en-US", "Dr."), ("ko", "박사")]),
        title: text(&[("en-US", "Rapporteur"), ("ko", "보고관")]),
        affiliation: Text::new(),
        role: text(&[("en-US", "Rapporteur")]),
        bio: Text::new(),
        email: Some("jane@example.org".into()),
        contact: true,
    };
    let pack = apply_and_reload(
        &mut ed,
        dir.path(),
        Edit::PutPerson {
            person: draft.clone(),
        },
    );
    let p = pack.person("jane-doe").expect("added");
    assert_eq!(p.name["ko"], "제인 도");
    assert_eq!(p.email.as_deref(), Some("jane@example.org"));
    assert!(p.contact);
    assert_eq!(pack.people.last().map(|p| p.id.as_str()), Some("jane-doe"));
    assert!(pack.diagnostics.is_empty(), "{:?}", pack.diagnostics);

    let mut d2 = draft;
    d2.contact = false;
    d2.title.insert("en-US", "Chief Rapporteur".into());
    let pack = apply_and_reload(&mut ed, dir.path(), Edit::PutPerson { person: d2 });
    let p = pack.person("jane-doe").expect("still there");
    assert_eq!(p.title["en-US"], "Chief Rapporteur");
    assert!(!p.contact);

    // A speaker of the programme cannot be deleted from under it.
    let err = ed
        .apply(Edit::DeletePerson {
            id: "deniz-susar".into(),
        })
        .expect_err("in use");
    assert!(
        matches!(err, Error::InUse { ref by, .. } if by.iter().any(|b| b.contains("s2-presentation-1")))
    );
    let pack = apply_and_reload(
        &mut ed,
        dir.path(),
        Edit::DeletePerson {
            id: "jane-doe".into(),
        },
    );
    assert!(pack.person("jane-doe").is_none());
    assert!(!read(dir.path(), "ko/forum/people.ftl").contains("person-jane-doe"));
}

#[test]
fn an_items_cospeakers_are_set_kept_and_removed() {
    let (dir, mut ed) = forum_editor();
    let item = |cospeakers: Option<Vec<&str>>, minutes| ItemDraft {
        id: "s1-presentation-1".into(),
        block: "session-1".into(),
        kind: booth::agenda::ItemKind::Presentation,
        minutes,
        speaker: Some("sabine-kuhlmann".into()),
        cospeakers: cospeakers.map(|v| v.into_iter().map(str::to_owned).collect()),
        title: text(&[("en-US", "Presentation 1"), ("ko", "발표 1")]),
        position: None,
    };
    let cospeakers = |ed: &Editor| {
        let pack = ed.pack().expect("pack");
        let it = pack.agenda.blocks.iter().flat_map(|b| &b.items);
        it.into_iter()
            .find(|i| i.id == "s1-presentation-1")
            .expect("item")
            .cospeakers
            .clone()
    };
    ed.apply(Edit::PutItem {
        item: item(Some(vec!["hyeonuk-bak", "erna-irawati"]), 15),
    })
    .expect("set");
    assert_eq!(cospeakers(&ed), vec!["hyeonuk-bak", "erna-irawati"]);
    // A draft that does not name them (an older client) keeps them.
    ed.apply(Edit::PutItem {
        item: item(None, 16),
    })
    .expect("keep");
    assert_eq!(cospeakers(&ed), vec!["hyeonuk-bak", "erna-irawati"]);
    // Someone the pack does not know is refused, and nothing changes.
    let err = ed
        .apply(Edit::PutItem {
            item: item(Some(vec!["nobody-here"]), 15),
        })
        .expect_err("unknown person");
    assert!(err.to_string().contains("nobody-here"), "{err}");
    ed.apply(Edit::PutItem {
        item: item(Some(vec![]), 15),
    })
    .expect("remove");
    assert!(cospeakers(&ed).is_empty());
    ed.save().expect("save");
    assert!(!read(dir.path(), "event.json").contains("cospeakers"));
}

#[test]
fn agenda_items_are_added_moved_and_deleted() {
    let (dir, mut ed) = forum_editor();
    let draft = ItemDraft {
        id: "s1-video".into(),
        block: "session-1".into(),
        kind: booth::agenda::ItemKind::Other,
        minutes: 4,
        speaker: None,
        cospeakers: None,
        title: text(&[("en-US", "Video message"), ("ko", "영상 메시지")]),
        position: Some(0),
    };
    let pack = apply_and_reload(
        &mut ed,
        dir.path(),
        Edit::PutItem {
            item: draft.clone(),
        },
    );
    let block = block_of(&pack, "session-1");
    assert_eq!(block.items[0].id, "s1-video");
    assert_eq!(block.items[0].title["ko"], "영상 메시지");
    // Four more minutes overrun the full block: a warning, not an error.
    assert!(
        pack.diagnostics
            .iter()
            .all(|d| d.severity == booth::Severity::Warning),
        "{:?}",
        pack.diagnostics
    );
    // The first item of the block: its message follows the block's title.
    let mut en = Document::parse(&read(dir.path(), "en-US/forum/agenda.ftl"));
    let at = en.find("item-s1-video").expect("message");
    assert_eq!(en.segs[at - 1].name, "block-session-1");

    let moved = ItemDraft {
        block: "closing".into(),
        position: None,
        speaker: Some("iljae-kim".into()),
        ..draft
    };
    let pack = apply_and_reload(&mut ed, dir.path(), Edit::PutItem { item: moved });
    let closing = block_of(&pack, "closing");
    let last = closing.items.last().expect("items");
    assert_eq!(
        (last.id.as_str(), last.speaker.as_deref()),
        ("s1-video", Some("iljae-kim"))
    );
    let pack = apply_and_reload(
        &mut ed,
        dir.path(),
        Edit::DeleteItem {
            id: "s1-video".into(),
        },
    );
    assert!(pack
        .agenda
        .blocks
        .iter()
        .flat_map(|b| &b.items)
        .all(|i| i.id != "s1-video"));
    assert!(!read(dir.path(), "en-US/forum/agenda.ftl").contains("item-s1-video"));
}

#[test]
fn junk_in_a_file_survives_edits_elsewhere() {
    let broken = "## Domain: SDGs\nconcept-sdgs = Sustainable Development Goals\n    .abbr = SDGs\nthis line is { not valid\nconcept-other = Other\n";
    let after = saved_en_glossary(broken.as_bytes(), |c| {
        c.note.insert("en-US", "Seventeen goals".into());
    });
    assert!(after.contains("this line is { not valid\n"), "{after}");
    assert!(after.contains("    .note = Seventeen goals\n"));
    assert!(after.ends_with("concept-other = Other\n"));
}

/// The splice keeps every file of real corpora byte-for-byte, and the serializer's normalization of whole
/// files (documented in `booth::edit`) never changes meaning.
#[test]
fn serializer_round_trip_is_ast_equal_on_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/firefox-l10n");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).expect("corpus folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "ftl") {
                out.push(p);
            }
        }
    }
    // The Firefox corpus lives beside the repository on development machines only; a clean clone on a
    // fresh CI machine has just the repository's own locales.
    let have_corpus = corpus.is_dir();
    if have_corpus {
        walk(&corpus, &mut files);
    } else {
        eprintln!(
            "note: {} not found; checking locales/ only",
            corpus.display()
        );
    }
    walk(&locales, &mut files);
    assert!(
        files.len() > if have_corpus { 400 } else { 8 },
        "files found: {}",
        files.len()
    );
    let mut identical = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).expect("read");
        assert_eq!(Document::parse(&src).to_text(), src, "{}", f.display());
        let ast = fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|(r, _)| r);
        let out = fluent_syntax::serializer::serialize_with_options(
            &ast,
            fluent_syntax::serializer::Options { with_junk: true },
        );
        if out == src {
            identical += 1;
        }
        let back = fluent_syntax::parser::parse(out.as_str()).unwrap_or_else(|(r, _)| r);
        assert_eq!(back, ast, "{}", f.display());
    }
    assert!(
        identical < files.len(),
        "whole-file serialization does normalize"
    );
}

#[test]
fn speaker_reviews_live_in_review_json_and_pending_lists_the_rest() {
    use booth::review::{ReviewDraft, Reviews, Status};
    let dir = crate::util::mini_pack(&[]);
    let mut ed = Editor::open(dir.path()).expect("open");
    let at = chrono::DateTime::parse_from_rfc3339("2021-07-01T09:30:00Z")
        .expect("date")
        .with_timezone(&chrono::Utc);
    ed.set_clock(Some(at));
    let pack = ed.pack().expect("pack");
    let pending = Reviews::default().pending(&pack);
    // bob speaks in session s1, whose one concept (sdgs) has a term and an acronym in two locales.
    let mut want: Vec<(String, String)> = pending
        .iter()
        .map(|p| (p.locale.clone(), p.term.clone()))
        .collect();
    want.sort();
    assert_eq!(
        want,
        vec![
            ("en-US".to_owned(), "SDGs".to_owned()),
            (
                "en-US".to_owned(),
                "Sustainable Development Goals".to_owned()
            ),
            ("ko".to_owned(), "SDGs".to_owned()),
            ("ko".to_owned(), "지속가능발전목표".to_owned()),
        ]
    );
    assert!(pending
        .iter()
        .all(|p| p.reviewer == "bob" && p.session == "s1"));
    // The reviewers of a session are its items' speakers; a session without items has none.
    assert_eq!(booth::review::speakers(&pack, "s1"), vec!["bob".to_owned()]);
    assert!(booth::review::speakers(&pack, "no-such-session").is_empty());
    let draft = ReviewDraft {
        concept: "sdgs".into(),
        locale: "ko".into(),
        term: "지속가능발전목표".into(),
        reviewer: "bob".into(),
        status: Some(Status::Admitted),
        comment: Some("  prefer the long form  ".into()),
    };
    ed.apply(Edit::SetReview {
        review: draft.clone(),
    })
    .expect("review");
    ed.save().expect("save");
    let glossary_before = read(dir.path(), "ko/glossary.ftl");
    assert_eq!(
        glossary_before,
        crate::util::KO_GLOSSARY,
        "never in Fluent text"
    );
    let text = read(dir.path(), "review.json");
    let reviews = Reviews::parse(&text).expect("parse");
    assert_eq!(reviews.items.len(), 1);
    assert_eq!(
        reviews.items[0].comment.as_deref(),
        Some("prefer the long form")
    );
    assert_eq!(
        reviews.status("sdgs", "ko", "지속가능발전목표"),
        Some(Status::Admitted)
    );
    assert_eq!(reviews.pending(&ed.pack().expect("pack")).len(), 3);
    // Unknown reviewers and concepts are refused; withdrawing removes the entry and its empty parents.
    let mut bad = draft.clone();
    bad.reviewer = "nobody".into();
    assert_eq!(
        refused(&mut ed, Edit::SetReview { review: bad }),
        "unknownId"
    );
    ed.apply(Edit::SetReview {
        review: ReviewDraft {
            status: None,
            ..draft
        },
    })
    .expect("withdraw");
    ed.save().expect("save");
    let v: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "review.json")).expect("json");
    assert_eq!(v["reviews"], serde_json::json!({}));
}

#[test]
fn a_concept_without_text_in_a_locale_leaves_that_file_alone() {
    let dir = forum_pack();
    let ko_before = read(dir.path(), KO_GLOSSARY);
    let mut ed = Editor::open(dir.path()).expect("open");
    let c = Concept {
        id: "english-only".into(),
        term: text(&[("en-US", "English only")]),
        domain: Some("Not yet translated".into()),
        ..Default::default()
    };
    ed.apply(Edit::PutConcept { concept: c }).expect("apply");
    assert_eq!(ed.text(KO_GLOSSARY).as_deref(), Some(ko_before.as_str()));
    assert!(ed
        .text(EN_GLOSSARY)
        .is_some_and(|t| t.contains("## Domain: Not yet translated\n")));
}

mod text_pattern_props {
    use booth::fluent_doc::{message_of, plain_text, serialize_message, text_pattern};
    use booth::text::normalized;
    use proptest::prelude::*;

    /// What the editor writes for a value or attribute reads back as exactly the (normalized) text, for
    /// any text built from what real notes hold: words, Hangul, line breaks, blank and space-only lines,
    /// indentation, Fluent syntax characters (`{ } [ * . =`), quotes and backslashes.
    fn roundtrip(text: &str) -> Result<(), TestCaseError> {
        let want = normalized(text);
        prop_assume!(!want.is_empty());
        let msg = fluent_syntax::ast::Message {
            id: booth::fluent_doc::ident("concept-x"),
            value: Some(text_pattern("term")),
            attributes: vec![fluent_syntax::ast::Attribute {
                id: booth::fluent_doc::ident("note"),
                value: text_pattern(&want),
            }],
            comment: None,
        };
        let written = serialize_message(&msg);
        let back = message_of(&written).expect("parses");
        let got = back
            .attributes
            .iter()
            .find(|a| a.id.name == "note")
            .and_then(|a| plain_text(&a.value))
            .map(|t| normalized(&t));
        prop_assert_eq!(got.as_deref(), Some(want.as_str()), "written:\n{}", written);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn any_multi_line_text_reads_back_exactly(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("word"), Just("지속가능"), Just(" "), Just("  "), Just("\n"), Just("\r\n"),
                    Just("\n\n"), Just("\n   \n"), Just("{"), Just("}"), Just("["), Just("*"), Just("."),
                    Just("="), Just("\""), Just("\\"), Just("\t"), Just("-"), Just("#"),
                ],
                1..24,
            )
        ) {
            roundtrip(&parts.concat())?;
        }
    }
}
