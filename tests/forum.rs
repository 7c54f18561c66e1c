//! The built-in forum pack against its one source, the organizers' concept note
//! (`shared/seed/forum-concept-note.txt`): both languages say the same things, every person and time is
//! the note's, the blocks cover the afternoon, and the glossary is complete with acronyms that resolve.
//!
//! The note's facts are typed into this file on purpose: if the pack drifts from the note, a test fails here.

use crate::util::pack_dir;
use booth::agenda::ItemKind;
use booth::check::check;
use booth::l10n::Catalog;
use booth::search::{Field, MatchKind};
use booth::Pack;
use chrono::{DateTime, Utc};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

const LOCALES: [&str; 2] = ["en-US", "ko"];
const RESOURCES: [&str; 3] = ["forum/agenda.ftl", "forum/people.ftl", "forum/glossary.ftl"];

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn read(rel: &str) -> String {
    let path = locales_dir().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn forum() -> Pack {
    Pack::embedded().expect("forum pack loads")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&Utc)
}

/// One locale's catalog of the pack's resources, built with the core's own Fluent loader.
fn catalog(locale: &str) -> Catalog {
    let lang: LanguageIdentifier = locale.parse().expect("locale tag");
    let mut c = Catalog::new(lang);
    let mut diags = Vec::new();
    for res in RESOURCES {
        let rel = format!("{locale}/{res}");
        c.add_file(&rel, read(&rel), &mut diags);
    }
    assert!(diags.is_empty(), "{locale}: {diags:#?}");
    c
}

/// Every message of one file: id → (has a value, attribute names), plus ids defined more than once.
type Entries = BTreeMap<String, (bool, BTreeSet<String>)>;

fn entries(rel: &str) -> (Entries, Vec<String>) {
    let text = read(rel);
    let res = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{rel} does not parse: {errors:?}"));
    let mut out = Entries::new();
    let mut dups = Vec::new();
    for entry in &res.body {
        let (id, value, attrs) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.is_some(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), true, &t.attributes),
            _ => continue,
        };
        let names: BTreeSet<String> = attrs.iter().map(|a| a.id.name.to_owned()).collect();
        assert_eq!(
            names.len(),
            attrs.len(),
            "{rel}: `{id}` repeats an attribute"
        );
        if out.insert(id.clone(), (value, names)).is_some() {
            dups.push(id);
        }
    }
    (out, dups)
}

#[test]
fn both_locales_define_the_same_messages_and_attributes() {
    for res in RESOURCES {
        let (en, en_dups) = entries(&format!("en-US/{res}"));
        let (ko, ko_dups) = entries(&format!("ko/{res}"));
        assert!(
            en_dups.is_empty() && ko_dups.is_empty(),
            "{res}: duplicate ids {en_dups:?} {ko_dups:?}"
        );
        assert!(!en.is_empty(), "{res} is empty");
        let missing: Vec<&String> = en.keys().filter(|id| !ko.contains_key(*id)).collect();
        let obsolete: Vec<&String> = ko.keys().filter(|id| !en.contains_key(*id)).collect();
        assert!(
            missing.is_empty() && obsolete.is_empty(),
            "{res}: missing in ko {missing:?}, only in ko {obsolete:?}"
        );
        for (id, shape) in &en {
            assert_eq!(
                Some(shape),
                ko.get(id),
                "{res}: `{id}` differs between en-US and ko (value, attributes)"
            );
        }
    }

    // Nothing formats to an empty string in either language.
    let cats: Vec<Catalog> = LOCALES.iter().map(|l| catalog(l)).collect();
    let mut checked = 0;
    for res in RESOURCES {
        for (id, (has_value, attrs)) in entries(&format!("en-US/{res}")).0 {
            for c in &cats {
                if has_value {
                    let v = c.message(&id).unwrap_or_default();
                    assert!(!v.is_empty(), "{}: `{id}` is empty", c.locale);
                }
                for a in &attrs {
                    let v = c.attribute(&id, a).unwrap_or_default();
                    assert!(!v.is_empty(), "{}: `{id}.{a}` is empty", c.locale);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} attributes checked");
}

#[test]
fn the_pack_alone_passes_the_locale_check() {
    // Only the pack (event.json and forum/), so the app's own UI strings cannot hide or add findings.
    let mut files: Vec<(String, Vec<u8>)> =
        vec![("event.json".into(), read("event.json").into_bytes())];
    for loc in LOCALES {
        for res in RESOURCES {
            let rel = format!("{loc}/{res}");
            files.push((rel.clone(), read(&rel).into_bytes()));
        }
    }
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let dir = pack_dir(&borrowed);
    let report = check(dir.path(), "en-US").expect("check runs");
    assert_eq!(report.files, 6);
    assert_eq!(report.diagnostics, vec![]);

    // And the check can fail: drop one Korean attribute and it is reported.
    let ko_people = read("ko/forum/people.ftl").replacen("    .role = 세션 1 좌장\n", "", 1);
    assert_ne!(
        ko_people,
        read("ko/forum/people.ftl"),
        "fixture line not found"
    );
    std::fs::write(dir.path().join("ko/forum/people.ftl"), ko_people).expect("write");
    let report = check(dir.path(), "en-US").expect("check runs");
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.code == "missing-attribute" && d.message.contains("person-pan-suk-kim.role")),
        "{:#?}",
        report.diagnostics
    );
}

#[test]
fn everyone_the_agenda_names_has_a_full_card_in_both_languages() {
    let pack = forum();
    assert!(pack.diagnostics.is_empty(), "{:#?}", pack.diagnostics);
    let mut referenced = BTreeSet::new();
    for b in &pack.agenda.blocks {
        referenced.extend(b.moderator.iter().cloned());
        for it in &b.items {
            referenced.extend(it.speaker.iter().cloned());
            let speaks = matches!(
                it.kind,
                ItemKind::Remarks
                    | ItemKind::Keynote
                    | ItemKind::Presentation
                    | ItemKind::Discussant
            );
            assert_eq!(
                speaks,
                it.speaker.is_some(),
                "item {} ({:?})",
                it.id,
                it.kind
            );
        }
    }
    for id in &referenced {
        assert!(
            pack.person(id).is_some(),
            "the agenda names `{id}`, who is not in the pack"
        );
    }
    for p in &pack.people {
        assert!(
            referenced.contains(&p.id) || p.contact,
            "{} is neither on the agenda nor a contact",
            p.id
        );
        for loc in LOCALES {
            for (what, text) in [
                ("name", &p.name),
                ("honorific", &p.honorific),
                ("title", &p.title),
                ("affiliation", &p.affiliation),
                ("role", &p.role),
                ("bio", &p.bio),
            ] {
                assert!(
                    text.get(loc).is_some_and(|t| !t.trim().is_empty()),
                    "{}: no {loc} {what}",
                    p.id
                );
            }
            // A bio names its person (in the form the card shows).
            assert!(
                p.bio[loc].contains(&p.name[loc]),
                "{}: the {loc} bio does not name {}",
                p.id,
                p.name[loc]
            );
        }
        assert_eq!(
            p.contact,
            p.email.is_some(),
            "{}: contacts, and only they, carry an email",
            p.id
        );
    }
}

/// A block as the note's agenda states it: id, start, end, stated minutes, moderator, items.
struct NoteBlock {
    id: &'static str,
    start: &'static str,
    end: &'static str,
    stated_minutes: i64,
    moderator: Option<&'static str>,
    items: &'static [(&'static str, ItemKind, u32, Option<&'static str>)],
}

/// Typed from the note's "Agenda (Korea Time, GMT+9)".
const NOTE_AGENDA: [NoteBlock; 4] = [
    NoteBlock {
        id: "opening",
        start: "14:00",
        end: "14:15",
        stated_minutes: 15,
        moderator: Some("du-sub-shin"),
        items: &[
            (
                "opening-remarks-1",
                ItemKind::Remarks,
                3,
                Some("bokyun-shim"),
            ),
            ("opening-remarks-2", ItemKind::Remarks, 3, Some("iljae-kim")),
            ("keynote", ItemKind::Keynote, 8, Some("soon-eun-kim")),
        ],
    },
    NoteBlock {
        id: "session-1",
        start: "14:15",
        end: "15:15",
        stated_minutes: 60,
        moderator: Some("pan-suk-kim"),
        items: &[
            (
                "s1-presentation-1",
                ItemKind::Presentation,
                15,
                Some("sabine-kuhlmann"),
            ),
            (
                "s1-presentation-2",
                ItemKind::Presentation,
                15,
                Some("myung-jae-moon"),
            ),
            (
                "s1-discussant-1",
                ItemKind::Discussant,
                5,
                Some("erna-irawati"),
            ),
            (
                "s1-discussant-2",
                ItemKind::Discussant,
                5,
                Some("hyeonuk-bak"),
            ),
            ("s1-qa", ItemKind::Qa, 20, None),
        ],
    },
    NoteBlock {
        id: "session-2",
        start: "15:15",
        end: "16:15",
        stated_minutes: 60,
        moderator: Some("mi-kyoung-park"),
        items: &[
            (
                "s2-presentation-1",
                ItemKind::Presentation,
                8,
                Some("deniz-susar"),
            ),
            (
                "s2-presentation-2",
                ItemKind::Presentation,
                8,
                Some("sean-audain"),
            ),
            (
                "s2-presentation-3",
                ItemKind::Presentation,
                8,
                Some("thavisak-manodham"),
            ),
            (
                "s2-presentation-4",
                ItemKind::Presentation,
                8,
                Some("aida-yuvienco"),
            ),
            (
                "s2-discussant",
                ItemKind::Discussant,
                8,
                Some("zaki-khoury"),
            ),
            ("s2-qa", ItemKind::Qa, 20, None),
        ],
    },
    NoteBlock {
        id: "closing",
        start: "16:15",
        end: "16:30",
        stated_minutes: 15,
        moderator: None,
        items: &[
            ("closing-remarks-1", ItemKind::Remarks, 3, Some("iljae-kim")),
            (
                "closing-remarks-2",
                ItemKind::Remarks,
                3,
                Some("bokyun-shim"),
            ),
        ],
    },
];

#[test]
fn the_agenda_is_the_notes_programme() {
    let pack = forum();
    let a = &pack.agenda;
    assert_eq!(
        (a.zone.as_str(), a.date.to_string().as_str()),
        ("Asia/Seoul", "2021-07-07")
    );
    assert_eq!(a.blocks.len(), NOTE_AGENDA.len());
    for (b, note) in a.blocks.iter().zip(&NOTE_AGENDA) {
        assert_eq!(b.id, note.id);
        assert_eq!(
            (b.event_start.as_str(), b.event_end.as_str()),
            (note.start, note.end),
            "{}",
            b.id
        );
        assert_eq!(
            (b.end - b.start).num_minutes(),
            note.stated_minutes,
            "{}",
            b.id
        );
        assert_eq!(
            b.moderator.as_deref(),
            note.moderator,
            "{}: moderator",
            b.id
        );
        let items: Vec<(&str, ItemKind, u32, Option<&str>)> = b
            .items
            .iter()
            .map(|i| (i.id.as_str(), i.kind, i.minutes, i.speaker.as_deref()))
            .collect();
        assert_eq!(items, note.items.to_vec(), "{}: items", b.id);
    }
    let sessions: Vec<Option<&str>> = a.blocks.iter().map(|b| b.session.as_deref()).collect();
    assert_eq!(sessions, [None, Some("session-1"), Some("session-2"), None]);
}

#[test]
fn derived_times_add_up_and_the_blocks_cover_the_afternoon() {
    let pack = forum();
    let blocks = &pack.agenda.blocks;
    // 14:00–16:30 KST is 05:00–07:30 UTC, with no gap and no overlap between blocks.
    assert_eq!(
        blocks.first().map(|b| b.start),
        Some(at("2021-07-07T05:00:00Z"))
    );
    assert_eq!(
        blocks.last().map(|b| b.end),
        Some(at("2021-07-07T07:30:00Z"))
    );
    for pair in blocks.windows(2) {
        assert_eq!(
            pair[0].end, pair[1].start,
            "{} → {}",
            pair[0].id, pair[1].id
        );
    }
    let stated: i64 = blocks.iter().map(|b| (b.end - b.start).num_minutes()).sum();
    assert_eq!(stated, 150);

    // The note's item durations fill both sessions exactly; the opening lists 14 minutes of items in a
    // 15-minute block and the closing 6 in 15. That slack is reported, not spread over the items.
    let expected_slack = [
        ("opening", 1),
        ("session-1", 0),
        ("session-2", 0),
        ("closing", 9),
    ];
    for (b, (id, slack)) in blocks.iter().zip(expected_slack) {
        assert_eq!(b.id, id);
        let items: i64 = b.items.iter().map(|i| i64::from(i.minutes)).sum();
        assert_eq!(b.slack_minutes, slack, "{}: slack", b.id);
        assert_eq!(
            items + slack,
            (b.end - b.start).num_minutes(),
            "{}: items + slack ≠ block",
            b.id
        );
        // Items run back to back from the block's start, each for its stated minutes, all marked planned.
        let mut t = b.start;
        for it in &b.items {
            assert_eq!(it.start, t, "{} starts late or early", it.id);
            assert_eq!(
                (it.end - it.start).num_minutes(),
                i64::from(it.minutes),
                "{}",
                it.id
            );
            assert!(
                it.planned,
                "{}: derived times must be marked planned",
                it.id
            );
            t = it.end;
        }
        assert_eq!((b.end - t).num_minutes(), slack, "{}", b.id);
    }
    let s1: Vec<(&str, &str)> = blocks[1]
        .items
        .iter()
        .map(|i| (i.event_start.as_str(), i.event_end.as_str()))
        .collect();
    assert_eq!(
        s1,
        [
            ("14:15", "14:30"),
            ("14:30", "14:45"),
            ("14:45", "14:50"),
            ("14:50", "14:55"),
            ("14:55", "15:15")
        ]
    );
    let closing: Vec<&str> = blocks[3]
        .items
        .iter()
        .map(|i| i.event_end.as_str())
        .collect();
    assert_eq!(closing, ["16:18", "16:21"]);
}

/// A person as the note names them: id, honorific, name, phrases of title and affiliation, role at the forum.
type NotePerson = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
);

/// Typed from the note's agenda and "Contact" section, in programme order, then contacts.
const NOTE_PEOPLE: [NotePerson; 16] = [
    (
        "du-sub-shin",
        "Mr.",
        "Du-sub Shin",
        &["Director General for Planning and Coordination", "KRILA"],
        "Moderator",
    ),
    (
        "bokyun-shim",
        "Mr.",
        "Bokyun Shim",
        &[
            "Head of",
            "United Nations Project Office on Governance (UNPOG)",
            "DPIDG/UN DESA",
        ],
        "remarks",
    ),
    (
        "iljae-kim",
        "Mr.",
        "Iljae Kim",
        &[
            "President",
            "Korea Research Institute for Local Administration (KRILA)",
        ],
        "remarks",
    ),
    (
        "soon-eun-kim",
        "Mr.",
        "Kim Soon Eun",
        &[
            "Chairperson",
            "Presidential Committee on Autonomy and Decentralization, Republic of Korea",
        ],
        "Keynote",
    ),
    (
        "pan-suk-kim",
        "Prof.",
        "Pan Suk Kim",
        &[
            "Yonsei University",
            "International Civil Service Commission",
        ],
        "Moderator",
    ),
    (
        "sabine-kuhlmann",
        "Prof.",
        "Sabine Kuhlmann",
        &[
            "Chair, Political Science, Public Administration and Organization",
            "University of Potsdam",
        ],
        "Presenter",
    ),
    (
        "myung-jae-moon",
        "Prof.",
        "Myung Jae Moon",
        &["Dean, College of Social Sciences", "Yonsei University"],
        "Presenter",
    ),
    (
        "erna-irawati",
        "Ms.",
        "Erna Irawati",
        &[
            "Head of the Center for Government Official's Program and Policy Competency",
            "Lecturer at the School of Administration",
            "National Institute of Public Administration, Indonesia",
        ],
        "Discussant",
    ),
    (
        "hyeonuk-bak",
        "Mr.",
        "HyeonUk Bak",
        &["Associate Research Fellow", "KRILA"],
        "Discussant",
    ),
    (
        "mi-kyoung-park",
        "Ms.",
        "Mi Kyoung Park",
        &[
            "Governance and Public Administration Officer",
            "UNPOG/DPIDG/UN DESA",
        ],
        "Moderator",
    ),
    (
        "deniz-susar",
        "Mr.",
        "Deniz Susar",
        &[
            "Governance and Public Administration Officer, Digital Government Branch",
            "DPIDG/UN DESA",
        ],
        "Presenter",
    ),
    (
        "sean-audain",
        "Mr.",
        "Sean Audain",
        &["City Innovation Lead", "Wellington City Council"],
        "Presenter",
    ),
    (
        "thavisak-manodham",
        "Dr.",
        "Thavisak Manodham",
        &[
            "Director General of E-Government Center",
            "Ministry of Technology and Communications, Lao PDR",
        ],
        "Presenter",
    ),
    (
        "aida-yuvienco",
        "Ms.",
        "Aida C. Yuvienco",
        &[
            "Director",
            "Department of Information and Communications Technology",
            "Philippines",
        ],
        "Presenter",
    ),
    (
        "zaki-khoury",
        "Dr.",
        "Zaki B. Khoury",
        &[
            "Senior Digital Development Specialist, Digital Development Global Practice",
            "The World Bank",
        ],
        "Discussant",
    ),
    (
        "young-ji-tak",
        "Ms.",
        "Young-ji Tak",
        &["Head of External Cooperation Division", "KRILA"],
        "Contact",
    ),
];

/// Korean names confirmed from public sources (the `# Source:` comments in ko/forum/people.ftl).
const CONFIRMED_KO: [(&str, &str); 6] = [
    ("bokyun-shim", "심보균"),
    ("iljae-kim", "김일재"),
    ("soon-eun-kim", "김순은"),
    ("pan-suk-kim", "김판석"),
    ("myung-jae-moon", "문명재"),
    ("mi-kyoung-park", "박미경"),
];

/// Korean people whose Korean name could not be confirmed: the card keeps the note's romanization and says so.
const UNVERIFIED_KO: [&str; 3] = ["du-sub-shin", "hyeonuk-bak", "young-ji-tak"];

#[test]
fn the_people_are_the_notes_people() {
    let pack = forum();
    let ids: Vec<&str> = pack.people.iter().map(|p| p.id.as_str()).collect();
    let note_ids: Vec<&str> = NOTE_PEOPLE.iter().map(|p| p.0).collect();
    assert_eq!(ids, note_ids, "people, in programme order then contacts");

    for (id, honorific, name, phrases, role) in NOTE_PEOPLE {
        let p = pack.person(id).expect("listed");
        assert_eq!(p.name["en-US"], name, "{id}");
        assert_eq!(p.honorific["en-US"], honorific, "{id}");
        let card = format!("{} | {}", p.title["en-US"], p.affiliation["en-US"]);
        for phrase in phrases {
            assert!(card.contains(phrase), "{id}: `{phrase}` not in `{card}`");
        }
        assert!(
            p.role["en-US"].contains(role),
            "{id}: role `{}` lacks `{role}`",
            p.role["en-US"]
        );
    }

    let contacts: Vec<(&str, Option<&str>)> = pack
        .people
        .iter()
        .filter(|p| p.contact)
        .map(|p| (p.id.as_str(), p.email.as_deref()))
        .collect();
    assert_eq!(
        contacts,
        [
            ("mi-kyoung-park", Some("mikyoung.park@un.org")),
            ("young-ji-tak", Some("yjtak@krila.re.kr"))
        ]
    );

    for (id, ko) in CONFIRMED_KO {
        let p = pack.person(id).expect("listed");
        assert_eq!(p.name["ko"], ko, "{id}");
        assert!(p.unverified.is_empty(), "{id} is confirmed but flagged");
    }
    for id in UNVERIFIED_KO {
        let p = pack.person(id).expect("listed");
        assert_eq!(p.unverified, ["ko"], "{id} must carry `# UNVERIFIED` in ko");
        assert_eq!(
            p.name["ko"], p.name["en-US"],
            "{id}: unconfirmed, so the romanized name is kept"
        );
    }
    // Everyone else is not Korean: their names stay in the note's romanization in both languages.
    for p in &pack.people {
        if !CONFIRMED_KO.iter().any(|(id, _)| *id == p.id) {
            assert_eq!(p.name["ko"], p.name["en-US"], "{}", p.id);
        }
        if !UNVERIFIED_KO.contains(&p.id.as_str()) {
            assert!(
                p.unverified.is_empty(),
                "{} is flagged but not listed here",
                p.id
            );
        }
    }
}

#[test]
fn the_event_texts_carry_the_notes_themes_objectives_format_and_organizers() {
    let pack = forum();
    let i = &pack.info;
    assert!(i.title["en-US"]
        .starts_with("Strengthening Public Governance and Accelerating Digital Transformation"));
    for (loc, needles) in [
        ("en-US", ["UNPOG", "DPIDG", "UN DESA", "KRILA"]),
        (
            "ko",
            [
                "유엔거버넌스센터",
                "DPIDG",
                "유엔 경제사회처",
                "한국지방행정연구원",
            ],
        ),
    ] {
        for n in needles {
            assert!(i.organizers[loc].contains(n), "{loc} organizers lack {n}");
        }
    }
    assert!(
        i.format["en-US"].contains("Zoom")
            && i.format["en-US"].contains("English–Korean simultaneous interpretation")
    );
    assert!(i.format["ko"].contains("Zoom") && i.format["ko"].contains("동시통역"));
    for loc in LOCALES {
        let numerals: Vec<&str> = i.objectives[loc]
            .lines()
            .filter_map(|l| l.trim().split_once(". ").map(|(n, _)| n))
            .collect();
        assert_eq!(numerals, ["I", "II", "III", "IV"], "{loc} objectives");
    }
    let organizers: Vec<(&str, &str)> = pack
        .sessions
        .iter()
        .map(|s| (s.id.as_str(), s.organizer["en-US"].as_str()))
        .collect();
    assert_eq!(
        organizers,
        [("session-1", "KRILA"), ("session-2", "UN DESA/DPIDG/UNPOG")]
    );
    for s in &pack.sessions {
        for loc in LOCALES {
            assert!(
                s.title[loc].chars().count() > 5 && s.summary[loc].chars().count() > 80,
                "{} {loc}",
                s.id
            );
        }
    }
    assert_eq!(
        pack.sessions[0].title["en-US"],
        "Strengthening Public Governance of Local Government"
    );
    assert_eq!(
        pack.sessions[1].title["en-US"],
        "Accelerating Digital Transformation of Local Government"
    );
}

/// The glossary's domains (Fluent group comments), in file order.
const DOMAINS: [&str; 8] = [
    "Organizations and institutions",
    "Sustainable development and the 2030 Agenda",
    "Local governance and public administration",
    "COVID-19 response and recovery",
    "Digital government and digital transformation",
    "Korean New Deal",
    "Titles and programme roles",
    "Meeting and programme",
];

#[test]
fn glossary_concepts_are_complete_unique_and_placed() {
    let pack = forum();
    let g = &pack.glossary;
    assert!(g.len() >= 150, "only {} concepts", g.len());

    // No concept id twice, in either file or in the loaded glossary.
    for loc in LOCALES {
        let (file, dups) = entries(&format!("{loc}/forum/glossary.ftl"));
        assert!(dups.is_empty(), "{loc}: duplicate concept ids {dups:?}");
        assert_eq!(
            file.keys().filter(|k| k.starts_with("concept-")).count(),
            g.len(),
            "{loc}"
        );
    }
    let ids: BTreeSet<&str> = g.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), g.len(), "duplicate concept ids in the pack");

    // Both terms, a domain (the same heading in both files), and sessions that exist.
    let ko = catalog("ko");
    let json: serde_json::Value = serde_json::from_str(&read("event.json")).expect("event.json");
    let map = json["glossary"].as_object().expect("glossary map");
    let sessions: BTreeSet<&str> = pack.sessions.iter().map(|s| s.id.as_str()).collect();
    let mut domains: Vec<&str> = Vec::new();
    let mut en_terms = BTreeSet::new();
    for c in g {
        for loc in LOCALES {
            assert!(
                c.term.get(loc).is_some_and(|t| !t.trim().is_empty()),
                "{}: no {loc} term",
                c.id
            );
        }
        assert!(
            en_terms.insert(c.term["en-US"].to_lowercase()),
            "two concepts are called {}",
            c.term["en-US"]
        );
        let domain = c
            .domain
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no domain", c.id));
        let ko_group = ko
            .meta(&format!("concept-{}", c.id))
            .and_then(|m| m.group.clone());
        assert_eq!(
            ko_group.as_deref(),
            Some(format!("Domain: {domain}").as_str()),
            "{}: ko domain",
            c.id
        );
        if domains.last() != Some(&domain) {
            assert!(!domains.contains(&domain), "domain {domain} is split");
            domains.push(domain);
        }
        assert!(
            map.contains_key(&c.id),
            "{} has no entry in event.json's glossary map",
            c.id
        );
        for s in &c.sessions {
            assert!(
                sessions.contains(s.as_str()),
                "{}: unknown session {s}",
                c.id
            );
        }
        // Other renderings are other: none repeats the term, none twice.
        for (loc, alts) in &c.alt {
            let mut seen = BTreeSet::new();
            for alt in alts {
                assert_ne!(alt, &c.term[loc], "{}: {loc} alt repeats the term", c.id);
                assert!(seen.insert(alt), "{}: {loc} alt `{alt}` twice", c.id);
            }
        }
    }
    assert_eq!(
        map.len(),
        g.len(),
        "event.json names concepts the files do not define"
    );
    assert_eq!(domains, DOMAINS);
    let per_session = |s: &str| {
        g.iter()
            .filter(|c| c.sessions.iter().any(|x| x == s))
            .count()
    };
    assert!(per_session("session-1") >= 40 && per_session("session-2") >= 40);
}

#[test]
fn acronyms_and_expansions_find_the_same_concept() {
    let pack = forum();
    let index = pack.index();
    let mut acronyms = 0;
    for c in &pack.glossary {
        let Some(abbr) = c.abbr.get("en-US") else {
            assert!(c.abbr.is_empty(), "{}: acronym only in ko", c.id);
            continue;
        };
        acronyms += 1;
        assert_eq!(
            c.abbr.get("ko"),
            Some(abbr),
            "{}: the acronym differs between locales",
            c.id
        );
        // Acronym → concept.
        let hits = index.search(abbr, 5, None);
        assert_eq!(
            hits.first()
                .map(|h| (h.concept_id.as_str(), h.field, h.kind)),
            Some((c.id.as_str(), Field::Abbr, MatchKind::Exact)),
            "{abbr}"
        );
        // Expansion → the same concept, which carries the acronym.
        for loc in LOCALES {
            let hits = index.search(&c.term[loc], 5, None);
            assert_eq!(
                hits.first().map(|h| h.concept_id.as_str()),
                Some(c.id.as_str()),
                "{loc} `{}`",
                c.term[loc]
            );
        }
    }
    assert!(acronyms >= 20, "only {acronyms} acronyms");
}

/// Acronyms and short forms the note uses, and the concept each must lead to.
const NOTE_ACRONYMS: [(&str, &str); 18] = [
    ("UN DESA", "un-desa"),
    ("DESA", "un-desa"),
    ("DPIDG", "dpidg"),
    ("UNPOG", "unpog"),
    ("KRILA", "krila"),
    ("ICSC", "icsc"),
    ("DICT", "dict-philippines"),
    ("OECD", "oecd"),
    ("SDGs", "sdgs"),
    ("PPPPs", "pppps"),
    ("ICT", "ict"),
    ("ICTs", "ict"),
    ("AI", "ai"),
    ("5G", "mobile-5g"),
    ("COVID-19", "covid-19"),
    ("COVID", "covid-19"),
    ("Lao PDR", "lao-pdr"),
    ("HLPF", "hlpf"),
];

#[test]
fn acronyms_used_in_the_pack_resolve_to_concepts() {
    let pack = forum();
    for (acronym, id) in NOTE_ACRONYMS {
        let hit = pack.index().search(acronym, 3, None).into_iter().next();
        assert_eq!(
            hit.as_ref().map(|h| (h.concept_id.as_str(), h.kind)),
            Some((id, MatchKind::Exact)),
            "`{acronym}`"
        );
    }
    // Every all-capitals word on the cards and in the event texts is one of them.
    let known: BTreeSet<&str> = NOTE_ACRONYMS
        .iter()
        .flat_map(|(a, _)| a.split([' ', '-']))
        .collect();
    let i = &pack.info;
    let mut texts: Vec<&str> = vec![
        i.title["en-US"].as_str(),
        i.organizers["en-US"].as_str(),
        i.format["en-US"].as_str(),
        i.objectives["en-US"].as_str(),
    ];
    for s in &pack.sessions {
        texts.extend([
            s.title["en-US"].as_str(),
            s.organizer["en-US"].as_str(),
            s.summary["en-US"].as_str(),
        ]);
    }
    for p in &pack.people {
        texts.extend([
            p.title["en-US"].as_str(),
            p.affiliation["en-US"].as_str(),
            p.role["en-US"].as_str(),
            p.bio["en-US"].as_str(),
        ]);
    }
    let roman = ["I", "II", "III", "IV"];
    let mut found = BTreeSet::new();
    for t in texts {
        for w in t.split(|c: char| !(c.is_ascii_alphanumeric())) {
            let stem = w.strip_suffix('s').unwrap_or(w);
            let capitals = stem.chars().filter(char::is_ascii_uppercase).count();
            if capitals >= 2
                && stem
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && !roman.contains(&w)
            {
                assert!(known.contains(w), "`{w}` in `{t}` is not in NOTE_ACRONYMS");
                found.insert(w);
            }
        }
    }
    assert!(found.len() >= 8, "{found:?}");
}

/// Institutions whose official Korean name could not be confirmed: ko keeps the English form and the entry
/// says so with `# UNVERIFIED`, which the booth shows on the concept.
const UNVERIFIED_CONCEPTS: [&str; 10] = [
    "dpidg",
    "university-of-potsdam",
    "nipa-indonesia",
    "wellington-city-council",
    "lao-mtc",
    "lao-egov-center",
    "dict-philippines",
    "digital-government-branch",
    "digital-development-gp",
    "compendium-2020",
];

#[test]
fn concepts_with_unconfirmed_korean_names_are_flagged_and_no_others() {
    let pack = forum();
    let flagged: Vec<&str> = pack
        .glossary
        .iter()
        .filter(|c| !c.unverified.is_empty())
        .map(|c| c.id.as_str())
        .collect();
    let mut expected = UNVERIFIED_CONCEPTS.to_vec();
    expected.sort_unstable();
    let mut got = flagged.clone();
    got.sort_unstable();
    assert_eq!(got, expected);
    for id in UNVERIFIED_CONCEPTS {
        let c = pack.glossary.iter().find(|c| c.id == id).expect("listed");
        assert_eq!(
            c.unverified,
            ["ko"],
            "{id}: only the Korean side is unconfirmed"
        );
    }
}
