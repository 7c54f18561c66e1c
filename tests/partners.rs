use booth::late::Record;
use booth::partners::team::{ProgrammeItem, PushKind};
use booth::views::partners::{
    change_local_override, concept_push, late_from_shared, late_to_shared, note_push, number_push,
    person_push, programme, with_local_override,
};

use crate::util::{at, forum};

/// Item `id` of a companion programme.
fn item<'a>(programme: &'a [ProgrammeItem], id: &str) -> &'a ProgrammeItem {
    programme.iter().find(|i| i.id == id).expect("item")
}

#[test]
fn the_companion_programme_follows_the_running_late_record() {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    let plain = programme(&pack, &record, "en-US");
    let p1 = item(&plain, "s1-presentation-1");
    assert_eq!(p1.start, at("2021-07-07T14:15:00+09:00").timestamp_millis());
    assert_eq!(p1.speaker, "Sabine Kuhlmann");
    assert!(!p1.title.is_empty());
    assert!(plain.windows(2).all(|w| w[0].start <= w[1].start));

    record
        .shift_remaining(&pack.agenda, at("2021-07-07T14:20:00+09:00"), 7)
        .expect("an item runs");
    let late = programme(&pack, &record, "ko");
    let p2 = item(&late, "s1-presentation-2");
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

#[test]
fn a_following_booths_own_shift_measures_from_the_shared_schedule_and_undo_keeps_the_events_record()
{
    let pack = forum();
    let mut shared = Record::new(&pack.id);
    shared
        .shift_remaining(&pack.agenda, at("2021-07-07T14:20:00+09:00"), 10)
        .expect("an item runs");
    let (on_screen, _) = pack.agenda.adjusted(&shared.shifts);
    let (_, qa) = on_screen.find("s1-qa").expect("known item");
    let shown_start = qa.start;

    // The booth marks the Q&A as started two minutes after the start it shows.
    let mut local = Record::new(&pack.id);
    let started = shown_start + chrono::Duration::minutes(2);
    change_local_override(&shared, &mut local, |r| {
        r.mark_started(&pack.agenda, "s1-qa", started).map(|_| ())
    })
    .expect("known item");
    assert_eq!(
        local.shifts.len(),
        1,
        "only the booth's own shift is kept locally"
    );
    assert_eq!(
        local.shifts[0].seconds, 120,
        "measured from the shifted start"
    );
    let (both, _) = pack
        .agenda
        .adjusted(&with_local_override(&shared, &local).shifts);
    assert_eq!(both.find("s1-qa").expect("known").1.start, started);

    // Undo takes back the booth's shift, and then refuses to touch the event's record.
    change_local_override(&shared, &mut local, |r| r.undo().map(|_| ())).expect("own shift");
    assert!(local.shifts.is_empty());
    let refused = change_local_override(&shared, &mut local, |r| r.undo().map(|_| ()));
    assert!(matches!(
        refused,
        Err(booth::late::LateError::NothingToUndo)
    ));
    assert!(local.shifts.is_empty());
}
