//! A session's documents kept with the pack: the documents/ folder, never overwriting, staying inside the
//! pack, dismissals remembered, candidates against the glossary.

use booth::documents;
use booth::Pack;

use crate::edit::forum_pack;

/// A document as a speaker sends it: a file `name` in a folder outside the pack (the folder goes with it).
fn sent(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let files = tempfile::tempdir().expect("temp dir");
    let path = files.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    (files, path)
}

/// A forum copy (where dismissals are kept), the pack read from it, and `text` as the one document
/// `remarks.txt` in the form the candidates take.
fn remarks(text: &str) -> (tempfile::TempDir, Pack, Vec<(String, String)>) {
    let pack_dir = forum_pack();
    let pack = Pack::open(pack_dir.path()).expect("pack");
    (
        pack_dir,
        pack,
        vec![("remarks.txt".to_owned(), text.to_owned())],
    )
}

#[test]
fn documents_are_kept_beside_their_text_and_never_overwritten() {
    let pack = forum_pack();
    let (_files, a) = sent(
        "speech.txt",
        b"Smart city initiatives (SCIs) need mobile broadband.\n",
    );
    let read = documents::read(&a).expect("read");
    let stored = documents::store(pack.path(), &read).expect("store");
    assert_eq!(stored.original, "documents/speech.txt");
    assert_eq!(stored.text, "documents/speech.txt.txt");
    // The same file again: nothing to do.
    documents::store(pack.path(), &read).expect("same again");
    // Another file of that name: refused, the first kept.
    std::fs::write(&a, "Other words.\n").expect("write");
    let other = documents::read(&a).expect("read");
    assert!(matches!(
        documents::store(pack.path(), &other),
        Err(booth::Error::DocumentExists { .. })
    ));
    let kept = documents::stored(pack.path()).expect("list");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].0, "speech.txt");
    assert!(kept[0].1.contains("Smart city initiatives"));
}

#[test]
fn reserved_names_and_unreadable_files_are_clear_errors() {
    let pack = forum_pack();
    let (files, reserved) = sent("dismissed.json", b"{}");
    // Not a format Booth reads: the error names the file.
    let err = documents::read(&reserved).expect_err("json is not a document");
    assert!(err.to_string().contains("dismissed.json"), "{err}");
    let locked = files.path().join("locked.docx");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 504]);
    std::fs::write(&locked, ole).expect("write");
    let err = documents::read(&locked).expect_err("encrypted");
    assert_eq!(err.kind(), "document");
    assert!(
        err.to_string().contains("locked.docx") && err.to_string().contains("password"),
        "{err}"
    );
    assert!(!pack.path().join("documents").exists());
}

#[test]
fn candidates_leave_out_the_glossary_and_dismissals() {
    let (pack_dir, pack, docs) = remarks(
        "Local governments and participatory budgeting councils.\nParticipatory budgeting councils grow.\n지방정부의 재난안전 체계.\n",
    );
    let keys = |c: &[documents::Candidate]| c.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
    let all = documents::candidates(&pack, Some(pack_dir.path()), &docs, 50).expect("candidates");
    let k = keys(&all);
    assert!(
        k.contains(&"participatory budgeting council".to_owned()),
        "{k:?}"
    );
    assert!(
        !k.contains(&"local government".to_owned()) && !k.contains(&"지방정부".to_owned()),
        "{k:?}"
    );
    documents::dismiss(pack_dir.path(), "Participatory budgeting councils").expect("dismiss");
    assert_eq!(
        documents::dismissed(pack_dir.path()).expect("read"),
        ["participatory budgeting council"]
    );
    let after = documents::candidates(&pack, Some(pack_dir.path()), &docs, 50).expect("candidates");
    assert!(!keys(&after).contains(&"participatory budgeting council".to_owned()));
}

#[test]
fn documents_belong_to_sessions_and_are_read_back_by_name() {
    let pack_dir = forum_pack();
    let pack = Pack::open(pack_dir.path()).expect("pack");
    let files = tempfile::tempdir().expect("temp dir");
    let a = files.path().join("opening.txt");
    let b = files.path().join("panel.md");
    std::fs::write(&a, "Participatory budgeting councils meet.\n").expect("write");
    std::fs::write(&b, "Disaster resilience hubs open.\n").expect("write");
    let kept = documents::add(&pack, pack_dir.path(), &a, Some("session-1")).expect("add");
    assert_eq!(kept.sessions, ["session-1"]);
    assert_eq!(kept.format, documents::Format::Text);
    documents::add(&pack, pack_dir.path(), &b, Some("session-2")).expect("add");
    // The same file added to another session: one document, two sessions.
    let again = documents::add(&pack, pack_dir.path(), &a, Some("session-2")).expect("again");
    assert_eq!(again.sessions, ["session-1", "session-2"]);
    let names = |s: Option<&str>| {
        documents::list(pack_dir.path(), s)
            .expect("list")
            .into_iter()
            .map(|k| k.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(Some("session-1")), ["opening.txt"]);
    assert_eq!(names(Some("session-2")), ["opening.txt", "panel.md"]);
    assert_eq!(names(None), ["opening.txt", "panel.md"]);
    let texts = documents::texts_of(pack_dir.path(), Some("session-1")).expect("texts");
    assert_eq!(texts.len(), 1);
    assert!(texts[0].1.contains("Participatory"));
    assert!(documents::text(pack_dir.path(), "panel.md")
        .expect("text")
        .contains("resilience hubs"));
    // Names that are not kept documents, or would leave the folder, are refused.
    assert!(matches!(
        documents::text(pack_dir.path(), "nothing.pdf"),
        Err(booth::Error::UnknownId { .. })
    ));
    assert!(matches!(
        documents::text(pack_dir.path(), "../event.json"),
        Err(booth::Error::PathEscapesPack { .. })
    ));
    assert!(matches!(
        documents::text(pack_dir.path(), "index.json"),
        Err(booth::Error::PathEscapesPack { .. })
    ));
    // An unknown session is refused before anything is written.
    let c = files.path().join("c.txt");
    std::fs::write(&c, "Words.\n").expect("write");
    assert!(matches!(
        documents::add(&pack, pack_dir.path(), &c, Some("session-9")),
        Err(booth::Error::UnknownId { .. })
    ));
    assert!(!pack_dir.path().join("documents/c.txt").exists());
}

#[test]
fn a_candidate_is_found_by_key_and_becomes_a_concept_of_its_session() {
    let (pack_dir, pack, docs) = remarks(
        "Participatory budgeting councils (PBCs) grow.\nParticipatory budgeting councils meet.\n\
         Pan Suk Kim spoke. Pan Suk Kim listened.\n예산은 3억 5천만 원. 예산은 3억 5천만 원.\n",
    );
    // People are on their cards and amounts in the drill: neither is a candidate term.
    let all = documents::candidates(&pack, Some(pack_dir.path()), &docs, 50).expect("candidates");
    let terms: Vec<&str> = all.iter().map(|c| c.term.as_str()).collect();
    assert!(
        !terms
            .iter()
            .any(|t| t.contains("Pan Suk") || t.contains('억')),
        "{terms:?}"
    );
    let c = documents::candidate(
        &pack,
        Some(pack_dir.path()),
        &docs,
        "participatory budgeting council",
    )
    .expect("candidate");
    let concept = documents::concept_for(&pack, &c, Some("session-1")).expect("concept");
    assert_eq!(concept.id, "participatory-budgeting-councils");
    assert_eq!(concept.sessions, ["session-1"]);
    assert_eq!(
        concept.term.get("en-US").map(String::as_str),
        Some("Participatory budgeting councils")
    );
    assert_eq!(concept.abbr.get("en-US").map(String::as_str), Some("PBCs"));
    assert!(
        !concept.term.contains_key("ko"),
        "the other language is left to fill in"
    );
    assert!(matches!(
        documents::candidate(&pack, Some(pack_dir.path()), &docs, "no such term"),
        Err(booth::Error::UnknownId { .. })
    ));
}
