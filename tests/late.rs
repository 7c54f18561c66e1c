use booth::agenda::{Phase, ShiftKind};
use booth::late::{LateError, Record, StateFile};

use crate::util::{at, forum};

fn current_id(agenda: &booth::agenda::Agenda, t: &str) -> Option<String> {
    let s = agenda.status_at(at(t));
    s.current.map(|r| agenda.item(r).id.clone())
}

/// The forum pack and a fresh record after "running `minutes` late" at `t`, with the shift recorded.
fn late_from(t: &str, minutes: i64) -> (booth::Pack, Record, booth::agenda::Shift) {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    let shift = record
        .shift_remaining(&pack.agenda, at(t), minutes)
        .unwrap_or_else(|e| panic!("{t}: {e}"))
        .clone();
    (pack, record, shift)
}

#[test]
fn running_seven_minutes_late_moves_every_later_item() {
    // At 14:20 Presentation 1 (14:15–14:30) runs; the booth learns it will run 7 minutes over.
    let (pack, record, shift) = late_from("2021-07-07T14:20:00+09:00", 7);
    assert_eq!(
        (shift.item.as_str(), shift.seconds, shift.kind),
        ("s1-presentation-1", 420, ShiftKind::Shift)
    );
    let (a, unknown) = pack.agenda.adjusted(&record.shifts);
    assert!(unknown.is_empty());

    let p1 = &a.blocks[1].items[0];
    assert_eq!(
        (p1.wall.event_start.as_str(), p1.wall.event_end.as_str()),
        ("14:15", "14:37")
    );
    assert_eq!(p1.delay_seconds, 0, "the running item keeps its start");
    let p2 = &a.blocks[1].items[1];
    assert_eq!(
        (
            p2.wall.event_start.as_str(),
            p2.scheduled_event_start.as_str()
        ),
        ("14:37", "14:30")
    );
    assert_eq!(p2.delay_seconds, 420);
    // Session 1 now ends 15:22, session 2 starts then, and the day ends at 16:37.
    assert_eq!(a.blocks[1].wall.event_end, "15:22");
    assert_eq!(a.blocks[2].wall.event_start, "15:22");
    assert_eq!(a.blocks[3].wall.event_end, "16:37");
    // The stated programme is untouched.
    assert_eq!(pack.agenda.blocks[1].items[1].wall.event_start, "14:30");

    // Boundaries of the moved programme: one second before the new handover, and exactly at it.
    assert_eq!(
        current_id(&a, "2021-07-07T14:36:59+09:00").as_deref(),
        Some("s1-presentation-1")
    );
    assert_eq!(
        current_id(&a, "2021-07-07T14:37:00+09:00").as_deref(),
        Some("s1-presentation-2")
    );
    let st = a.status_at(at("2021-07-07T14:20:00+09:00"));
    assert_eq!(st.late_seconds, 420);
    assert_eq!(st.seconds_left, Some(17 * 60));
    // Inside the moved Q&A (15:02–15:22) and after the old end of the day.
    assert_eq!(
        current_id(&a, "2021-07-07T15:20:00+09:00").as_deref(),
        Some("s1-qa")
    );
    assert_eq!(
        a.status_at(at("2021-07-07T16:33:00+09:00")).phase,
        Phase::Running
    );
    assert_eq!(
        a.status_at(at("2021-07-07T16:37:00+09:00")).phase,
        Phase::Ended
    );
}

#[test]
fn marking_the_next_speaker_as_started_extends_the_previous_item() {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    // Presentation 2 marked as started at `t` in `record`: the programme after it.
    let p2_started = |record: &mut Record, t: &str| {
        let started = record.mark_started(&pack.agenda, "s1-presentation-2", at(t));
        started.expect("known item");
        pack.agenda.adjusted(&record.shifts).0
    };
    // Presentation 2 was due at 14:30 and starts at 14:33.
    let a = p2_started(&mut record, "2021-07-07T14:33:00+09:00");
    assert_eq!(
        a.blocks[1].items[0].wall.event_end, "14:33",
        "Presentation 1 ran until the handover"
    );
    assert_eq!(a.blocks[1].items[1].wall.event_start, "14:33");
    assert_eq!(
        current_id(&a, "2021-07-07T14:32:59+09:00").as_deref(),
        Some("s1-presentation-1")
    );
    assert_eq!(
        a.status_at(at("2021-07-07T14:40:00+09:00")).late_seconds,
        180
    );

    // Marking it started again later measures from the adjusted start, so the shifts add up to the truth.
    let a = p2_started(&mut record, "2021-07-07T14:35:00+09:00");
    assert_eq!(a.blocks[1].items[1].wall.event_start, "14:35");
    assert_eq!(record.shifts[1].seconds, 120);

    // Early start: the previous item is cut short, never inverted.
    let mut early = Record::new(&pack.id);
    let a = p2_started(&mut early, "2021-07-07T14:25:00+09:00");
    assert_eq!(a.blocks[1].items[0].wall.event_end, "14:25");
    assert_eq!(
        a.status_at(at("2021-07-07T14:26:00+09:00")).late_seconds,
        -300
    );
}

#[test]
fn undo_returns_to_the_previous_programme() {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    let t = at("2021-07-07T14:20:00+09:00");
    record.shift_remaining(&pack.agenda, t, 7).expect("shift");
    record.shift_remaining(&pack.agenda, t, -2).expect("shift");
    let (a, _) = pack.agenda.adjusted(&record.shifts);
    assert_eq!(a.blocks[2].wall.event_start, "15:20");
    assert_eq!(record.undo().expect("one to undo").seconds, -120);
    let (a, _) = pack.agenda.adjusted(&record.shifts);
    assert_eq!(a.blocks[2].wall.event_start, "15:22");
    record.undo().expect("one to undo");
    assert!(matches!(record.undo(), Err(LateError::NothingToUndo)));
    let (a, _) = pack.agenda.adjusted(&record.shifts);
    assert_eq!(a.blocks[2].wall.event_start, "15:15");
}

#[test]
fn between_items_the_next_item_moves_and_after_the_end_nothing_can() {
    // 14:14:30 is the opening's unallocated last minute: no item runs, Presentation 1 is next.
    let (pack, mut record, s) = late_from("2021-07-07T14:14:30+09:00", 5);
    assert_eq!((s.item.as_str(), s.from_end), ("s1-presentation-1", false));
    let (a, _) = pack.agenda.adjusted(&record.shifts);
    assert_eq!(a.blocks[1].wall.event_start, "14:20");
    assert_eq!(
        a.blocks[0].wall.event_end, "14:15",
        "the opening's own end is not moved"
    );
    assert!(matches!(
        record.shift_remaining(&pack.agenda, at("2021-07-07T17:00:00+09:00"), 5),
        Err(LateError::NothingToShift)
    ));
    assert!(matches!(
        record.mark_started(
            &pack.agenda,
            "no-such-item",
            at("2021-07-07T14:00:00+09:00")
        ),
        Err(LateError::UnknownItem(_))
    ));
}

#[test]
fn shifts_of_items_the_pack_no_longer_has_are_reported_not_applied() {
    let pack = forum();
    let mut record = Record::new(&pack.id);
    record
        .mark_started(&pack.agenda, "keynote", at("2021-07-07T14:08:00+09:00"))
        .expect("known");
    record.shifts[0].item = "removed-item".to_owned();
    let (a, unknown) = pack.agenda.adjusted(&record.shifts);
    assert_eq!(unknown.len(), 1);
    assert_eq!(a.blocks[0].items[2].wall.event_start, "14:06");
}

#[test]
fn the_state_file_survives_a_restart_and_lives_beside_the_pack() {
    let pack = forum();
    let dir = tempfile::tempdir().expect("temp dir");
    let pack_dir = dir.path().join("my-event");
    std::fs::create_dir(&pack_dir).expect("mkdir");
    let file = StateFile::for_pack_dir(&pack_dir);
    let canonical = dir.path().canonicalize().expect("canonical");
    assert_eq!(file.path, canonical.join("my-event.booth-state.json"));

    // A missing file is an empty record.
    assert!(file.load(&pack.id).expect("loads").shifts.is_empty());
    let mut record = Record::new(&pack.id);
    record
        .shift_remaining(&pack.agenda, at("2021-07-07T14:20:00+09:00"), 7)
        .expect("shift");
    file.save(&record).expect("saves");
    // "Restart": a new StateFile value reads the same record back.
    let again = StateFile::for_pack_dir(&pack_dir)
        .load(&pack.id)
        .expect("loads");
    assert_eq!(again, record);
    // Nothing was written into the pack folder, and no temp file is left behind.
    assert_eq!(std::fs::read_dir(&pack_dir).expect("read").count(), 0);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // Another pack's record is refused, and so is garbage.
    assert!(matches!(
        file.load("other-pack"),
        Err(LateError::OtherPack { .. })
    ));
    std::fs::write(&file.path, "{ not json").expect("write");
    let err = file.load(&pack.id).expect_err("corrupt");
    assert_eq!(err.kind(), "corruptState");
}

#[test]
fn the_built_in_pack_keeps_its_record_in_the_data_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = StateFile::in_data_dir(dir.path(), "undesa-krila-2021");
    assert!(file.path.starts_with(dir.path()));
    let mut record = Record::new("undesa-krila-2021");
    record.shifts.clear();
    file.save(&record).expect("creates the folder and saves");
    assert!(file.path.is_file());
}
