use booth::agenda::{ItemRef, Phase};
use booth::Pack;
use chrono::{DateTime, Utc};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

fn forum() -> Pack {
    Pack::embedded().expect("forum pack loads")
}

fn item_id(pack: &Pack, r: Option<ItemRef>) -> Option<&str> {
    r.map(|r| pack.agenda.blocks[r.block].items[r.item].id.as_str())
}

#[test]
fn derived_item_times_follow_the_stated_durations() {
    let pack = forum();
    let s2 = &pack.agenda.blocks[2];
    let starts: Vec<&str> = s2.items.iter().map(|i| i.event_start.as_str()).collect();
    assert_eq!(
        starts,
        ["15:15", "15:23", "15:31", "15:39", "15:47", "15:55"]
    );
    assert_eq!(s2.items.last().map(|i| i.event_end.as_str()), Some("16:15"));
    assert!(s2.items.iter().all(|i| i.planned));
    // Seoul is UTC+9 with no DST: 14:00 KST is 05:00 UTC.
    assert_eq!(pack.agenda.blocks[0].start, at("2021-07-07T05:00:00Z"));
    // Stated block lengths the items do not fill are reported, not hidden.
    let slack: Vec<i64> = pack.agenda.blocks.iter().map(|b| b.slack_minutes).collect();
    assert_eq!(slack, [1, 0, 0, 9]);
}

#[test]
fn status_at_every_boundary() {
    let pack = forum();
    let a = &pack.agenda;

    let before = a.status_at(at("2021-07-07T13:59:59+09:00"));
    assert_eq!(before.phase, Phase::Before);
    assert_eq!(item_id(&pack, before.next), Some("opening-remarks-1"));
    assert_eq!(before.seconds_left, Some(1));

    let start = a.status_at(at("2021-07-07T14:00:00+09:00"));
    assert_eq!(start.phase, Phase::Running);
    assert_eq!(item_id(&pack, start.current), Some("opening-remarks-1"));
    assert_eq!(start.seconds_left, Some(180));

    // An item ending at 14:03 is over at 14:03:00 exactly.
    let handover = a.status_at(at("2021-07-07T14:03:00+09:00"));
    assert_eq!(item_id(&pack, handover.current), Some("opening-remarks-2"));

    let s1 = a.status_at(at("2021-07-07T14:20:00+09:00"));
    assert_eq!(item_id(&pack, s1.current), Some("s1-presentation-1"));
    assert_eq!(item_id(&pack, s1.next), Some("s1-presentation-2"));
    assert_eq!(s1.seconds_left, Some(600));
    assert_eq!(s1.block_seconds_left, Some(55 * 60));

    let qa = a.status_at(at("2021-07-07T15:05:00+09:00"));
    assert_eq!(item_id(&pack, qa.current), Some("s1-qa"));

    // In the opening's unallocated last minute the block runs but no item does.
    let slack = a.status_at(at("2021-07-07T14:14:30+09:00"));
    assert_eq!(slack.phase, Phase::Running);
    assert_eq!(slack.current, None);
    assert_eq!(item_id(&pack, slack.next), Some("s1-presentation-1"));
    assert_eq!(slack.seconds_left, Some(30));

    let after = a.status_at(at("2021-07-07T16:30:00+09:00"));
    assert_eq!(after.phase, Phase::Ended);
    assert_eq!(
        (after.current, after.next, after.seconds_left),
        (None, None, None)
    );
}
