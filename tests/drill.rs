//! Drill cards from the glossary and the documents' numbers, typed answers, and FSRS progress per user in a
//! file beside the pack.

use booth::drill::{cards, is_right, CardKind, FolderDrill, Grade, Progress};
use booth::Pack;
use chrono::{Duration, TimeZone, Utc};

#[test]
fn cards_go_both_ways_and_numbers_convert() {
    let pack = Pack::embedded().expect("forum pack");
    let docs = vec![(
        "budget.txt".to_owned(),
        "예산은 3억 5천만 원입니다. The fund holds 1.25 million dollars. It was 2021.".to_owned(),
    )];
    let all = cards(&pack, &docs, None);
    let terms = all.iter().filter(|c| c.kind == CardKind::Term).count();
    assert!(terms >= 20 && terms % 2 == 0, "{terms}");
    let lg = all
        .iter()
        .find(|c| c.from == "en" && c.answer.contains("지방정부"))
        .expect("a local-government card");
    assert!(is_right(lg, &lg.answer));
    assert!(!is_right(lg, "중앙정부"));
    let numbers: Vec<_> = all.iter().filter(|c| c.kind == CardKind::Number).collect();
    assert_eq!(numbers.len(), 2, "{numbers:?}");
    assert_eq!(numbers[0].prompt, "3억 5천만 원");
    assert_eq!(numbers[0].answer, "350 million won");
    assert!(is_right(numbers[0], "350 million won"));
    assert!(is_right(numbers[0], "350,000,000 won") || is_right(numbers[0], "350 million"));
    assert!(!is_right(numbers[0], "35 million won"));
    assert_eq!(numbers[1].from, "en");
    assert!(numbers[1].answer.contains("125만"), "{}", numbers[1].answer);
    // One session's concepts only.
    let session = pack
        .glossary
        .iter()
        .find_map(|c| c.sessions.first().cloned())
        .expect("a session");
    assert!(cards(&pack, &[], Some(&session)).len() < terms);
}

#[test]
fn progress_schedules_per_user_and_survives_a_restart() {
    let pack = Pack::embedded().expect("forum pack");
    let all = cards(&pack, &[], None);
    let dir = tempfile::tempdir().expect("temp dir");
    let pack_dir = dir.path().join("my-event");
    std::fs::create_dir(&pack_dir).expect("mkdir");
    let path = Progress::path_for(&pack_dir);
    assert_eq!(path, dir.path().join("my-event.booth-drill.json"));
    let now = Utc
        .with_ymd_and_hms(2021, 7, 1, 9, 0, 0)
        .single()
        .expect("time");
    let mut p = Progress::load(&path, &pack.id).expect("empty");
    let first = p.next("mina", &all, now).expect("a card").clone();
    assert_eq!(first.id, all[0].id);
    let due = p.grade("mina", &first, Grade::Good, now);
    assert!(due > now);
    let second = p.next("mina", &all, now).expect("another");
    assert_ne!(second.id, first.id);
    // Another user starts from the beginning.
    assert_eq!(p.next("joon", &all, now).expect("a card").id, first.id);
    // Forgotten: due again sooner than remembered.
    let again = p.grade("joon", &first, Grade::Again, now);
    assert!(again <= due, "{again} vs {due}");
    p.save(&path).expect("save");
    let back = Progress::load(&path, &pack.id).expect("load");
    assert_eq!(back.users["mina"].len(), 1);
    // Once due, the reviewed card comes back before new ones.
    let later = due + Duration::minutes(1);
    assert_eq!(back.next("mina", &all, later).expect("due").id, first.id);
    // Another pack's file is refused, not overwritten.
    assert!(Progress::load(&path, "other-pack").is_err());
}

#[test]
fn a_pack_folder_drills_a_session_and_keeps_progress_beside_it() {
    let root = tempfile::tempdir().expect("temp dir");
    let pack_dir = root.path().join("forum");
    booth::template::create_pack(&pack_dir, booth::template::Template::Forum).expect("pack");
    let pack = Pack::open(&pack_dir).expect("pack");
    let doc = root.path().join("budget.txt");
    std::fs::write(&doc, "예산은 3억 5천만 원입니다.\n").expect("write");
    booth::documents::add(&pack, &pack_dir, &doc, Some("session-1")).expect("add");
    let now = Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap();
    let drill = FolderDrill {
        pack: &pack,
        pack_dir: &pack_dir,
        session: Some("session-1"),
        user: "ana",
    };
    let first = drill.next(now).expect("next");
    assert_eq!(first.seen, 0);
    assert!(first.cards > 1);
    let card = first.card.expect("a card");
    // The session's deck holds the session document's number, early: numbers are mixed in among the terms.
    let deck = booth::drill::deck(&pack, &pack_dir, Some("session-1")).expect("deck");
    let at = deck.iter().position(|c| c.prompt == "3억 5천만 원");
    assert_eq!(at, Some(booth::drill::TERMS_PER_NUMBER), "{deck:?}");
    assert!(drill.check(&card.id, &card.answer).expect("check"));
    let after = drill.grade(&card.id, Grade::Good, now).expect("grade");
    assert_eq!(after.seen, 1);
    assert_ne!(after.card.as_ref().map(|c| &c.id), Some(&card.id));
    assert!(Progress::path_for(&pack_dir).is_file());
    // Read back by a fresh call: the progress was saved.
    let again = drill.next(now).expect("next");
    assert_eq!(again.seen, 1);
    assert!(matches!(
        FolderDrill {
            session: None,
            ..drill
        }
        .grade("term:nope", Grade::Good, now),
        Err(booth::Error::UnknownId { .. })
    ));
}
