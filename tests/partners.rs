use booth::late::Record;
use booth::partners::team::PushKind;
use booth::views::partners::{
    concept_push, late_from_shared, late_to_shared, note_push, number_push, person_push, programme,
    with_local_override,
};

use crate::util::{at, forum};

#[test]
fn the_companion_programme_follows_the_running_late_record() {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    let plain = programme(&pack, &record, "en-US");
    let p1 = plain
        .iter()
        .find(|i| i.id == "s1-presentation-1")
        .expect("item");
    assert_eq!(p1.start, at("2021-07-07T14:15:00+09:00").timestamp_millis());
    assert_eq!(p1.speaker, "Sabine Kuhlmann");
    assert!(!p1.title.is_empty());
    assert!(plain.windows(2).all(|w| w[0].start <= w[1].start));

    record
        .shift_remaining(&pack.agenda, at("2021-07-07T14:20:00+09:00"), 7)
        .expect("an item runs");
    let late = programme(&pack, &record, "ko");
    let p2 = late
        .iter()
        .find(|i| i.id == "s1-presentation-2")
        .expect("item");
    assert_eq!(p2.start, at("2021-07-07T14:37:00+09:00").timestamp_millis());
}

#[test]
fn concepts_people_numbers_and_notes_become_pushes() {
    let pack = forum();
    let c = concept_push(&pack, "un-desa", "into-ko", "ko").expect("concept");
    assert_eq!(
        (c.kind, c.text.as_str(), c.detail.as_str()),
        (
            PushKind::Concept,
            "유엔 경제사회처",
            "UN Department of Economic and Social Affairs"
        )
    );
    let p = person_push(&pack, "du-sub-shin", "into-en", "en-US").expect("person");
    assert_eq!(p.text, "Mr. Du-sub Shin");
    assert!(p
        .detail
        .starts_with("Director General for Planning and Coordination, Korea Research Institute"));
    assert!(concept_push(&pack, "no-such-concept", "into-ko", "ko").is_none());
    assert!(person_push(&pack, "nobody", "into-ko", "ko").is_none());

    let q = booth::numbers::convert("3.5억 달러").expect("a number");
    let n = number_push(&q, "into-en", "en-US");
    assert_eq!(
        (n.kind, &n.text, &n.detail),
        (PushKind::Number, &q.en_phrase, &q.ko_phrase)
    );
    assert_eq!(number_push(&q, "into-ko", "ko").text, q.ko_phrase);
    assert_eq!(
        note_push("  slide 12 numbers differ from script \n", "into-ko").text,
        "slide 12 numbers differ from script"
    );
}

#[test]
fn the_running_late_record_travels_and_a_local_override_adds_to_it() {
    let pack = forum();
    let mut shared = Record::new(&pack.id);
    shared
        .shift_remaining(&pack.agenda, at("2021-07-07T14:20:00+09:00"), 7)
        .expect("an item runs");
    shared
        .mark_started(&pack.agenda, "s1-qa", at("2021-07-07T15:00:00+09:00"))
        .expect("known item");
    let back = late_from_shared(&pack.id, &late_to_shared(&shared));
    assert_eq!(back, shared);

    let mut local = Record::new(&pack.id);
    local
        .shift_remaining(&pack.agenda, at("2021-07-07T15:30:00+09:00"), 3)
        .expect("an item runs");
    let both = with_local_override(&back, &local);
    assert_eq!(both.shifts.len(), 3);
    assert_eq!(both.shifts[2], local.shifts[0]);
}
