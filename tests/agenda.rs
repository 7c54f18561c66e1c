use booth::agenda::{ItemRef, Phase};
use booth::Pack;

use crate::util::{at, forum};

fn item_id(pack: &Pack, r: Option<ItemRef>) -> Option<&str> {
    r.map(|r| pack.agenda.blocks[r.block].items[r.item].id.as_str())
}

#[test]
fn derived_item_times_follow_the_stated_durations() {
    let pack = forum();
    let s2 = &pack.agenda.blocks[2];
    let starts: Vec<&str> = s2
        .items
        .iter()
        .map(|i| i.wall.event_start.as_str())
        .collect();
    assert_eq!(
        starts,
        ["15:15", "15:23", "15:31", "15:39", "15:47", "15:55"]
    );
    assert_eq!(
        s2.items.last().map(|i| i.wall.event_end.as_str()),
        Some("16:15")
    );
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

/// A block for [`gap_pack`]: id, start, end, items as (id, minutes).
type BlockDef<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, u32)]);

/// A pack folder in `zone` on `date` whose two blocks leave a gap between them (the forum's blocks are back to
/// back), with each block's items as (id, minutes).
fn gap_pack(zone: &str, date: &str, blocks: &[BlockDef<'_>]) -> tempfile::TempDir {
    let blocks_json: Vec<String> = blocks
        .iter()
        .map(|(id, start, end, items)| {
            let items: Vec<String> = items
                .iter()
                .map(|(i, m)| format!(r#"{{"id":"{i}","kind":"presentation","minutes":{m}}}"#))
                .collect();
            format!(
                r#"{{"id":"{id}","start":"{start}","end":"{end}","items":[{}]}}"#,
                items.join(",")
            )
        })
        .collect();
    let event = format!(
        r#"{{"format":1,"id":"gap","zone":"{zone}","date":"{date}","locales":["en-US"],"blocks":[{}]}}"#,
        blocks_json.join(",")
    );
    let mut ftl = String::from("event-title = Gap\n    .short = Gap\n");
    for (id, _, _, items) in blocks {
        ftl.push_str(&format!("block-{id} = Block {id}\n"));
        for (i, _) in *items {
            ftl.push_str(&format!("item-{i} = Item {i}\n"));
        }
    }
    crate::util::pack_dir(&[
        ("event.json", event.as_bytes()),
        ("en-US/agenda.ftl", ftl.as_bytes()),
        ("en-US/people.ftl", b""),
        ("en-US/glossary.ftl", b""),
    ])
}

#[test]
fn between_blocks_the_next_item_and_its_start_are_known() {
    let dir = gap_pack(
        "Asia/Seoul",
        "2021-07-07",
        &[
            ("morning", "09:00", "10:00", &[("a", 60)]),
            ("afternoon", "13:00", "14:00", &[("b", 30), ("c", 30)]),
        ],
    );
    let pack = Pack::open(dir.path()).expect("gap pack loads");
    let a = &pack.agenda;
    let lunch = a.status_at(at("2021-07-07T12:00:00+09:00"));
    assert_eq!(lunch.phase, Phase::Between);
    assert_eq!((lunch.current, lunch.block), (None, None));
    assert_eq!(item_id(&pack, lunch.next), Some("b"));
    assert_eq!(lunch.seconds_left, Some(3600));
    // The morning block's last second is still the morning; its end is the break.
    let last = a.status_at(at("2021-07-07T09:59:59+09:00"));
    assert_eq!(
        (last.phase, item_id(&pack, last.current)),
        (Phase::Running, Some("a"))
    );
    assert_eq!(last.seconds_left, Some(1));
    let end = a.status_at(at("2021-07-07T10:00:00+09:00"));
    assert_eq!(end.phase, Phase::Between);
    // Day progress: the day runs 09:00–14:00, so 11:30 is half way.
    let half = a.status_at(at("2021-07-07T11:30:00+09:00"));
    assert!(
        (half.day_progress - 0.5).abs() < 1e-9,
        "{}",
        half.day_progress
    );
}

#[test]
fn before_and_after_the_event() {
    let pack = forum();
    let a = &pack.agenda;
    let morning = a.status_at(at("2021-07-07T09:00:00+09:00"));
    assert_eq!(morning.phase, Phase::Before);
    assert_eq!(morning.seconds_left, Some(5 * 3600));
    assert_eq!(morning.day_progress, 0.0);
    // The last item ends 16:21; the closing block runs to 16:30 and the event ends then.
    let last_second = a.status_at(at("2021-07-07T16:29:59+09:00"));
    assert_eq!(last_second.phase, Phase::Running);
    assert_eq!(last_second.block_seconds_left, Some(1));
    let ended = a.status_at(at("2021-07-07T16:30:00+09:00"));
    assert_eq!(ended.phase, Phase::Ended);
    assert_eq!(ended.day_progress, 1.0);
}

#[test]
fn local_zone_with_daylight_saving_time() {
    // Berlin in July is on summer time (CEST, UTC+2): 14:15 in Seoul is 07:15 there.
    let berlin: chrono_tz::Tz = "Europe/Berlin".parse().expect("zone");
    let agenda = forum().agenda.with_local_zone(berlin);
    let s1 = &agenda.blocks[1];
    assert_eq!(
        (s1.wall.event_start.as_str(), s1.wall.local_start.as_str()),
        ("14:15", "07:15")
    );
    assert_eq!(s1.items[0].wall.local_end, "07:30");
    let st = agenda.status_at(at("2021-07-07T14:20:00+09:00"));
    assert_eq!(st.event_time, "14:20:00");
    assert_eq!(st.local_time, "07:20:00");
    assert_eq!(
        (st.event_offset.as_str(), st.event_abbreviation.as_str()),
        ("+09:00", "KST")
    );
    assert_eq!(
        (st.local_offset.as_str(), st.local_abbreviation.as_str()),
        ("+02:00", "CEST")
    );
    // The same local zone in winter is one hour closer: a pack dated in January.
    let dir = gap_pack(
        "Asia/Seoul",
        "2021-01-13",
        &[("b", "14:15", "15:15", &[("x", 60)])],
    );
    let winter = Pack::open(dir.path())
        .expect("loads")
        .agenda
        .with_local_zone(berlin);
    assert_eq!(winter.blocks[0].wall.local_start, "06:15");
}

#[test]
fn an_event_zone_with_a_dst_change_keeps_real_durations() {
    // Berlin's clocks jump from 02:00 to 03:00 on 2021-03-28: a 01:00–04:00 block holds two hours of items.
    let dir = gap_pack(
        "Europe/Berlin",
        "2021-03-28",
        &[("night", "01:00", "04:00", &[("one", 60), ("two", 60)])],
    );
    let pack = Pack::open(dir.path()).expect("loads");
    let b = &pack.agenda.blocks[0];
    let starts: Vec<&str> = b
        .items
        .iter()
        .map(|i| i.wall.event_start.as_str())
        .collect();
    assert_eq!(starts, ["01:00", "03:00"]);
    assert_eq!(b.items[1].wall.event_end, "04:00");
    assert_eq!(b.slack_minutes, 0);
    assert_eq!(b.start, at("2021-03-28T00:00:00Z"));
    // A rehearsal at a time that does not exist that night has no instant.
    let gap = chrono::NaiveTime::from_hms_opt(2, 30, 0).expect("time");
    assert_eq!(pack.agenda.instant_at(gap), None);
}

#[test]
fn rehearsal_times_are_turned_into_instants_in_the_event_zone() {
    let pack = forum();
    let t = chrono::NaiveTime::from_hms_opt(14, 20, 0).expect("time");
    assert_eq!(pack.agenda.instant_at(t), Some(at("2021-07-07T05:20:00Z")));
}
