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
    let pack_dir = forum_pack();
    let pack = Pack::open(pack_dir.path()).expect("pack");
    let docs = vec![(
        "remarks.txt".to_owned(),
        "Local governments and participatory budgeting councils.\nParticipatory budgeting councils grow.\n지방정부의 재난안전 체계.\n".to_owned(),
    )];
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
