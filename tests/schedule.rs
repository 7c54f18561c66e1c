use booth::schedule::{frab, ical};
use booth::Pack;
use chrono::{DateTime, Utc};
use serde_json::Value;

fn forum() -> Pack {
    Pack::embedded().expect("forum pack loads")
}

fn stamp() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2021-07-01T00:00:00Z")
        .expect("instant")
        .with_timezone(&Utc)
}

/// Asserts that one of the import's notes says `what`.
#[track_caller]
fn says(notes: &[String], what: &str) {
    assert!(
        notes.iter().any(|n| n.contains(what)),
        "no note says `{what}`: {notes:?}"
    );
}

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schedule")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn ics_export_parses_back_with_tzid_and_a_matching_vtimezone() {
    let pack = forum();
    let text = ical::export(&pack, &pack.agenda, "en-US", stamp());
    assert!(text.contains("\r\n"), "RFC 5545 lines end in CRLF");
    let unfolded = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("parses");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let items: usize = pack.agenda.blocks.iter().map(|b| b.items.len()).sum();
    assert_eq!(events.len(), items);

    let tz: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .collect();
    assert_eq!(tz.len(), 1);
    let tzid = tz[0].find_prop("TZID").map(|p| p.val.to_string());
    assert_eq!(tzid.as_deref(), Some("Asia/Seoul"));
    // RFC 5545 allows neither DTSTAMP nor UID in a VTIMEZONE.
    assert!(tz[0].find_prop("DTSTAMP").is_none() && tz[0].find_prop("UID").is_none());

    // Presentation 1 of Session 1, in Seoul wall-clock time with its TZID.
    let p1 = events
        .iter()
        .find(|e| {
            e.find_prop("UID")
                .is_some_and(|p| p.val.as_ref() == "s1-presentation-1@undesa-krila-2021.booth")
        })
        .expect("Presentation 1 exported");
    let start = p1.find_prop("DTSTART").expect("DTSTART");
    assert_eq!(start.val.as_ref(), "20210707T141500");
    assert!(start
        .params
        .iter()
        .any(|p| p.key == "TZID" && p.val.as_ref().is_some_and(|v| v.as_ref() == "Asia/Seoul")));
    assert_eq!(
        p1.find_prop("DTEND").map(|p| p.val.to_string()).as_deref(),
        Some("20210707T143000")
    );
    assert_eq!(
        p1.find_prop("SUMMARY")
            .map(|p| p.val.to_string())
            .as_deref(),
        Some("Presentation 1 — Sabine Kuhlmann")
    );
    // The other language travels in the description.
    let desc = p1
        .find_prop("DESCRIPTION")
        .map(|p| p.val.to_string())
        .unwrap_or_default();
    assert!(desc.contains("발표 1"), "{desc}");
}

#[test]
fn vtimezone_has_both_observances_for_a_zone_with_dst() {
    let berlin: chrono_tz::Tz = "Europe/Berlin".parse().expect("zone");
    let text = ical::vtimezone(berlin, 2021);
    // Summer time 2021 began 28 March at 02:00 CET and ended 31 October at 03:00 CEST.
    assert!(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20210328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST"), "{text}");
    assert!(text.contains("BEGIN:STANDARD\r\nDTSTART:20211031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET"), "{text}");
    let seoul: chrono_tz::Tz = "Asia/Seoul".parse().expect("zone");
    let text = ical::vtimezone(seoul, 2021);
    assert_eq!(text.matches("BEGIN:STANDARD").count(), 1);
    assert!(!text.contains("DAYLIGHT"));
}

#[test]
fn frab_export_validates_against_the_c3voc_schema() {
    let pack = forum();
    let doc = frab::export(&pack, &pack.agenda, "en-US");
    let schema: Value =
        serde_json::from_str(&fixture("c3voc-schema.json")).expect("schema is JSON");
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    // And the validator does reject a broken document, so the check above means something.
    let mut broken = doc.clone();
    broken["schedule"]["conference"]["days"][0]["rooms"]
        .as_object_mut()
        .and_then(|rooms| rooms.values_mut().next())
        .and_then(|evs| evs[0].as_object_mut())
        .map(|ev| ev.remove("guid"))
        .expect("an event to break");
    assert!(!validator.is_valid(&broken));

    let events = doc["schedule"]["conference"]["days"][0]["rooms"]
        .as_object()
        .and_then(|r| r.values().next())
        .and_then(Value::as_array)
        .expect("events");
    let p1 = events
        .iter()
        .find(|e| e["title"] == "Presentation 1")
        .expect("Presentation 1");
    assert_eq!(p1["date"], "2021-07-07T14:15:00+09:00");
    assert_eq!(
        (p1["start"].as_str(), p1["duration"].as_str()),
        (Some("14:15"), Some("0:15"))
    );
    assert_eq!(p1["persons"][0]["name"], "Sabine Kuhlmann");
    assert_eq!(
        p1["track"],
        "Strengthening Public Governance of Local Government"
    );
    // Exporting again gives the same guids, so downstream tools see the same talks.
    assert_eq!(frab::export(&pack, &pack.agenda, "en-US"), doc);
}

#[test]
fn frab_round_trip_keeps_every_item_time() {
    let pack = forum();
    let doc = frab::export(&pack, &pack.agenda, "en-US");
    let imported = frab::import(&doc.to_string(), "en-US", None, None).expect("imports");
    let dir = tempfile::tempdir().expect("temp dir");
    imported.write(dir.path()).expect("writes");
    let back = Pack::open(dir.path()).expect("the imported pack loads");
    let errors: Vec<_> = back
        .diagnostics
        .iter()
        .filter(|d| d.severity == booth::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let times = |p: &Pack| -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        p.agenda.items().map(|(_, it)| (it.start, it.end)).collect()
    };
    assert_eq!(times(&back), times(&pack));
    assert_eq!(back.agenda.zone, "Asia/Seoul");
    // Speakers come back as people with their names.
    let p1 = back
        .agenda
        .items()
        .find(|(_, it)| it.title.get("en-US").is_some_and(|t| t == "Presentation 1"));
    let speaker = p1
        .and_then(|(_, it)| it.speaker.clone())
        .and_then(|id| back.person(&id).cloned());
    assert_eq!(
        speaker
            .and_then(|p| p.name.get("en-US").cloned())
            .as_deref(),
        Some("Sabine Kuhlmann")
    );
    assert_eq!(back.sessions.len(), 2);
}

#[test]
fn frab_import_picks_a_day_and_room_and_says_what_it_left_out() {
    let json = fixture("two-days.schedule.json");
    // Day 2 is the day summer time starts in Berlin; the busiest room is Hall A.
    let imported = frab::import(&json, "en-US", Some(2), None).expect("imports");
    says(&imported.notes, "day 2");
    says(&imported.notes, "Hall A");
    let dir = tempfile::tempdir().expect("temp dir");
    imported.write(dir.path()).expect("writes");
    let pack = Pack::open(dir.path()).expect("loads");
    assert!(
        pack.diagnostics
            .iter()
            .all(|d| d.severity != booth::Severity::Error),
        "{:#?}",
        pack.diagnostics
    );
    let blocks: Vec<(&str, &str)> = pack
        .agenda
        .blocks
        .iter()
        .map(|b| (b.wall.event_start.as_str(), b.wall.event_end.as_str()))
        .collect();
    // Sorted by time, not by file order.
    assert_eq!(blocks, [("10:00", "11:00"), ("11:00", "11:45")]);
    assert_eq!(pack.agenda.date.to_string(), "2021-03-28");
    // Braces in titles are Fluent syntax, so they are escaped and come back as text.
    assert_eq!(
        pack.info.title.get("en-US").map(String::as_str),
        Some("Fixture Conference {2021}")
    );
    // Both persons of the talk are people; a Hangul-only name still gets an id.
    assert_eq!(pack.people.len(), 2);
    assert!(pack
        .people
        .iter()
        .any(|p| p.name.get("en-US").is_some_and(|n| n == "김민수")));
    // One shared person id for Ann, who speaks twice.
    let speakers: Vec<_> = pack
        .agenda
        .items()
        .filter_map(|(_, it)| it.speaker.clone())
        .collect();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0], speakers[1]);

    // Another room by name, and errors for what is not there.
    let b = frab::import(&json, "en-US", Some(2), Some("Room B")).expect("imports");
    assert!(b.files.iter().any(|(_, t)| t.contains("Side event")));
    assert_eq!(
        frab::import(&json, "en-US", Some(9), None)
            .expect_err("no day 9")
            .kind(),
        "unsupported"
    );
    assert_eq!(
        frab::import("{}", "en-US", None, None)
            .expect_err("not a schedule")
            .kind(),
        "format"
    );
}

/// Importing into a folder that holds anything (a hand-edited pack) refuses and writes nothing: the pack's
/// bytes are unchanged and no temporary or locale folder is left beside or inside it. A new folder, or an
/// empty one, gets the whole pack.
#[test]
fn frab_import_never_replaces_an_existing_folder() {
    let json = fixture("two-days.schedule.json");
    let imported = frab::import(&json, "en-US", Some(2), None).expect("imports");
    let parent = tempfile::tempdir().expect("temp dir");
    let pack = parent.path().join("my-event");
    booth::source::write_embedded_pack(&pack).expect("a hand-edited pack");
    std::fs::write(pack.join("en-US-notes.txt"), "mine").expect("write");
    let before = crate::edit::snapshot(&pack);
    let err = imported.write(&pack).expect_err("refused");
    assert_eq!(err.kind(), "folderNotEmpty");
    assert!(err.to_string().contains("nothing was written"), "{err}");
    assert_eq!(crate::edit::snapshot(&pack), before);
    let names = |dir: &std::path::Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names(parent.path()),
        ["my-event"],
        "no stray folder beside it"
    );

    // A file in the way is refused too.
    let file = parent.path().join("a-file");
    std::fs::write(&file, "x").expect("write");
    assert_eq!(
        imported.write(&file).expect_err("refused").kind(),
        "folderNotEmpty"
    );

    // New and empty folders are fine, and nothing else is left beside them.
    let new = parent.path().join("new-event");
    imported.write(&new).expect("new folder");
    let empty = parent.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    imported.write(&empty).expect("empty folder");
    assert!(Pack::open(&new).is_ok() && Pack::open(&empty).is_ok());
    assert_eq!(
        names(parent.path()),
        ["a-file", "empty", "my-event", "new-event"]
    );
}

/// A pretalx export (two days, two rooms, talks with two or three speakers, abstracts with line breaks,
/// biographies): every speaker of every imported talk is kept (the first as the item's `speaker`, the others
/// as `cospeakers`), abstracts and bios are kept line for line, and `--locales en-US,ko` adds Korean with
/// empty files, so `booth check` lists what is left to translate (and nothing else).
#[test]
fn frab_import_keeps_every_speaker_abstract_and_bio() {
    let json = fixture("pretalx-two-rooms.schedule.json");
    let locales = ["en-US".to_owned(), "ko".to_owned()];
    let imported =
        frab::import_locales(&json, &locales, Some(1), Some("Main Hall")).expect("imports");
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("forum");
    imported.write(&dir).expect("writes");
    let pack = Pack::open(&dir).expect("loads");
    assert_eq!(pack.locales, locales);
    let name = |id: &str| {
        pack.people
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.name.get("en-US").cloned())
            .unwrap_or_default()
    };
    let talks: Vec<(Option<String>, Vec<String>)> = pack
        .agenda
        .items()
        .map(|(_, it)| {
            (
                it.speaker.as_deref().map(name),
                it.cospeakers.iter().map(|c| name(c)).collect(),
            )
        })
        .collect();
    assert_eq!(
        talks,
        [
            (
                Some("Ann Lee".into()),
                vec!["김민수".into(), "Raj Patel".into()]
            ),
            (Some("Mia {Data} Chen".into()), vec!["Ann Lee".into()]),
        ]
    );
    assert_eq!(pack.people.len(), 4, "everyone who speaks, once each");
    let bio = |who: &str| {
        let p = pack.people.iter().find(|p| name(&p.id) == who).expect(who);
        p.bio.get("en-US").cloned()
    };
    for (who, text) in [
        (
            "Ann Lee",
            "Ann Lee leads the city's SDG office.\nShe wrote Seoul's first VLR.",
        ),
        ("김민수", "서울시 디지털정책관.\n\n전자정부 20년."),
    ] {
        assert_eq!(bio(who).as_deref(), Some(text), "{who}");
    }
    let agenda = std::fs::read_to_string(dir.join("en-US/agenda.ftl")).expect("agenda");
    let catalog_abstract = booth::fluent_doc::Document::parse(&agenda)
        .message("item-voluntary-local-reviews-in-practice")
        .and_then(|m| m.attributes.into_iter().find(|a| a.id.name == "abstract"))
        .and_then(|a| booth::fluent_doc::plain_text(&a.value))
        .expect("abstract");
    assert_eq!(
        catalog_abstract,
        "How three cities wrote their VLRs.\n\nWhat worked, what did not."
    );
    says(&imported.notes, "ko left to translate");
    // The days and rooms are listed, so the user can pick another.
    says(&imported.notes, "--day 2 (2024-05-03, 1 events)");
    says(&imported.notes, "--room 'Room 2' (1 events)");
    assert!(!imported.notes.iter().any(|n| n.contains("UTC offsets")));

    // An export whose events carry another offset than its declared zone says so.
    let shifted = json.replace("2024-05-02T10:00:00+09:00", "2024-05-02T01:00:00+00:00");
    let moved =
        frab::import_locales(&shifted, &locales, Some(1), Some("Main Hall")).expect("imports");
    assert!(
        moved
            .notes
            .iter()
            .any(|n| n.contains("declares Asia/Seoul") && n.contains("offset +00:00")),
        "{:?}",
        moved.notes
    );

    // Korean is listed and empty: the check reports only what is missing in ko.
    let report = booth::check::check(&dir, None).expect("check");
    assert!(report.errors > 0);
    assert!(
        report
            .diagnostics
            .iter()
            .all(|f| f.locale.as_deref() == Some("ko")
                && matches!(f.code.as_str(), "missing-message" | "glossary-side")),
        "{:#?}",
        report.diagnostics
    );
    assert!(report
        .diagnostics
        .iter()
        .any(|f| f.id.as_deref() == Some("person-ann-lee")));

    // With only the schedule's language, the pack checks clean.
    let en_only = frab::import(&json, "en-US", Some(1), Some("Main Hall")).expect("imports");
    let dir = parent.path().join("en-only");
    en_only.write(&dir).expect("writes");
    let report = booth::check::check(&dir, None).expect("check");
    assert_eq!(report.errors, 0, "{:#?}", report.diagnostics);
}
