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
        let all: BTreeSet<&str> = attrs.iter().map(|a| a.id.name).collect();
        assert_eq!(all.len(), attrs.len(), "{rel}: `{id}` repeats an attribute");
        // `.reading` and `.unverified` belong to one locale: they are not part of the shared shape.
        let names: BTreeSet<String> = all
            .into_iter()
            .filter(|a| !booth::l10n::LOCALE_ATTRIBUTES.contains(a))
            .map(str::to_owned)
            .collect();
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
            if id.starts_with('-') {
                // A term is not formatted on its own; the messages that use it are checked here.
                continue;
            }
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
            (b.wall.event_start.as_str(), b.wall.event_end.as_str()),
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
        .map(|i| (i.wall.event_start.as_str(), i.wall.event_end.as_str()))
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
        .map(|i| i.wall.event_end.as_str())
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
            map.contains_key(c.id.as_str()),
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

/// Institutions whose official Korean name could not be confirmed: the ko entry says so with `.unverified`,
/// which the booth shows on the concept.
const UNVERIFIED_CONCEPTS: [&str; 7] = [
    "dpidg",
    "university-of-potsdam",
    "nipa-indonesia",
    "wellington-city-council",
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

/// Non-Korean people: the Korean side keeps the note's spelling as the name and adds a reading by the
/// NIKL loanword rules (`.reading`), and says the name with its honorific after it (`.address`).
const KO_READINGS: [(&str, &str, &str); 7] = [
    ("sabine-kuhlmann", "자비네 쿨만", "자비네 쿨만 교수"),
    ("erna-irawati", "에르나 이라와티", "에르나 이라와티 님"),
    ("deniz-susar", "데니즈 수사르", "데니즈 수사르 님"),
    ("sean-audain", "숀 오데인", "숀 오데인 님"),
    ("thavisak-manodham", "타비삭 마노담", "타비삭 마노담 박사"),
    (
        "aida-yuvienco",
        "아이다 C. 유비엔코",
        "아이다 C. 유비엔코 님",
    ),
    ("zaki-khoury", "자키 B. 쿠리", "자키 B. 쿠리 박사"),
];

#[test]
fn every_non_korean_person_has_a_korean_reading_marked_as_a_reading() {
    let pack = forum();
    let korean: BTreeSet<&str> = CONFIRMED_KO
        .iter()
        .map(|(id, _)| *id)
        .chain(UNVERIFIED_KO)
        .collect();
    let foreign: BTreeSet<&str> = pack
        .people
        .iter()
        .map(|p| p.id.as_str())
        .filter(|id| !korean.contains(id))
        .collect();
    let listed: BTreeSet<&str> = KO_READINGS.iter().map(|r| r.0).collect();
    assert_eq!(foreign, listed, "every non-Korean person, and only they");
    let ko_text = read("ko/forum/people.ftl");
    for (id, reading, address) in KO_READINGS {
        let p = pack.person(id).expect("listed");
        // The reading is data of its own, never the name: the original spelling stays the name.
        assert_eq!(
            p.reading.get("ko").map(String::as_str),
            Some(reading),
            "{id}"
        );
        assert_eq!(
            p.name["ko"], p.name["en-US"],
            "{id}: original spelling kept"
        );
        assert!(
            !p.reading.contains_key("en-US"),
            "{id}: no reading in English"
        );
        assert_eq!(p.address["ko"], address, "{id}");
        assert_eq!(
            address,
            format!("{reading} {}", p.honorific["ko"]),
            "{id}: address drifted"
        );
        assert!(
            p.address["en-US"].starts_with(&p.honorific["en-US"])
                && p.address["en-US"].ends_with(&p.name["en-US"]),
            "{id}: `{}`",
            p.address["en-US"]
        );
        // Every reading carries a comment that says which rules it follows.
        let at = ko_text.find(&format!("\nperson-{id} =")).expect("message");
        let comment = &ko_text[..at];
        let comment = &comment[comment.rfind("\n\n").unwrap_or(0)..];
        assert!(
            comment.contains("# Reading:"),
            "{id}: no `# Reading:` comment"
        );
    }
    // Korean people are never given a "reading" of their romanization.
    for id in &korean {
        assert!(pack.person(id).expect("listed").reading.is_empty(), "{id}");
    }
}

#[test]
fn a_korean_card_never_puts_an_honorific_after_a_romanized_name_nor_repeats_it() {
    let pack = forum();
    for p in &pack.people {
        let a = &p.address["ko"];
        assert!(
            !(a.ends_with(" 님")
                && a.chars().any(|c| c.is_ascii_alphabetic())
                && p.reading.is_empty()),
            "{}: `{a}`",
            p.id
        );
        assert!(!a.contains("  "), "{}: `{a}`", p.id);
    }
    for (id, locale, address) in [
        ("du-sub-shin", "ko", "Du-sub Shin"),
        ("pan-suk-kim", "ko", "김판석 교수"),
        ("pan-suk-kim", "en-US", "Prof. Pan Suk Kim"),
        ("iljae-kim", "ko", "김일재 님"),
    ] {
        let person = pack.person(id).expect("present");
        assert_eq!(person.address[locale], address, "{id} in {locale}");
    }
}

/// The five institutions whose Korean form is in use: the Korean term is that form. Three are documented
/// (a `# Source:` comment with its address) and unflagged; two are regular forms without a Korean source
/// and stay flagged.
#[test]
fn institutions_with_a_korean_form_in_use_have_it_as_their_term() {
    let pack = forum();
    let ko_text = read("ko/forum/glossary.ftl");
    let cases = [
        ("university-of-potsdam", "포츠담대학교", false),
        ("lao-mtc", "라오스 기술통신부", true),
        ("lao-egov-center", "전자정부센터", true),
        ("dict-philippines", "필리핀 정보통신기술부", true),
        ("wellington-city-council", "웰링턴시", false),
    ];
    for (id, ko, sourced) in cases {
        let c = pack.glossary.iter().find(|c| c.id == id).expect(id);
        assert_eq!(c.term["ko"], ko, "{id}");
        let at = ko_text.find(&format!("\nconcept-{id} =")).expect(id);
        let line_before = ko_text[..at].lines().last().unwrap_or_default();
        if sourced {
            assert!(c.unverified.is_empty(), "{id} is sourced but flagged");
            assert!(
                line_before.starts_with("# Source:") && line_before.contains("http"),
                "{id}: `{line_before}`"
            );
        } else {
            assert_eq!(c.unverified, ["ko"], "{id}: no Korean source, so flagged");
        }
    }
    // 웰링턴시 first; 웰링턴 시의회 (the legislature only) is an other rendering.
    let w = pack
        .glossary
        .iter()
        .find(|c| c.id == "wellington-city-council")
        .expect("present");
    assert!(w.alt["ko"].iter().any(|a| a == "웰링턴 시의회"));
}

#[test]
fn national_government_and_the_interior_ministry_are_concepts() {
    let pack = forum();
    let find = |id: &str| pack.glossary.iter().find(|c| c.id == id).expect(id);
    let ng = find("national-government");
    assert_eq!(ng.term["en-US"], "national government");
    assert_eq!(ng.term["ko"], "중앙정부");
    assert!(ng.note["ko"].contains("국가 정부"), "the trap is named");
    let mois = find("mois");
    assert_eq!(mois.term["en-US"], "Ministry of the Interior and Safety");
    assert_eq!(mois.term["ko"], "행정안전부");
    assert_eq!(mois.abbr.get("en-US").map(String::as_str), Some("MOIS"));
    assert!(mois.alt["ko"].iter().any(|a| a == "행안부"));
    // The pack never renders it with the calque 국가 정부.
    for rel in ["ko/forum/agenda.ftl", "ko/forum/people.ftl"] {
        assert!(!read(rel).contains("국가 정부"), "{rel}");
    }
}

#[test]
fn corrected_renderings_stay_corrected() {
    let pack = forum();
    let find = |id: &str| pack.glossary.iter().find(|c| c.id == id).expect(id);
    assert_eq!(find("title-director-general").term["ko"], "국장");
    assert_eq!(find("sdg-localization").term["ko"], "SDG 지역화");
    assert_eq!(find("robotics").term["ko"], "로봇 기술");
    let ct = find("contact-tracing");
    assert!(ct
        .alt
        .values()
        .flatten()
        .all(|a| a != "epidemiological investigation" && a != "역학조사"));
    let wb = find("world-bank");
    assert!(
        wb.abbr.is_empty(),
        "WB is not the World Bank's abbreviation"
    );
    assert!(wb.alt.values().flatten().all(|a| a != "World Bank Group"));
    let rg = find("resource-gaps");
    assert!(rg.alt.values().flatten().all(|a| a != "capacity gaps"));
    let pd = find("political-declaration");
    assert!(pd.note["en-US"].contains("convened under the auspices of the General Assembly"));
    assert!(pd.note["en-US"].contains("27 (e)"));
    // Session 2: "in coordination with national government" qualifies the strategy-setting.
    let ko = catalog("ko");
    let s2 = ko
        .attribute("session-session-2", "summary")
        .expect("present");
    assert!(s2.contains("전략을 특히 중앙정부와 협력하여 수립"), "{s2}");
    assert!(!s2.contains("중앙정부와 협력한 스마트시티"), "{s2}");
}

/// Facts the note states that the pack used to lack, each in both languages, each a sentence of the note.
#[test]
fn the_notes_background_audience_co_organizers_and_registration_are_in_both_languages() {
    let pack = forum();
    let i = &pack.info;
    for (field, text) in [
        ("background", &i.background),
        ("audience", &i.audience),
        ("co-organizers", &i.co_organizers),
        ("registration", &i.registration),
    ] {
        for loc in LOCALES {
            assert!(
                text.get(loc).is_some_and(|t| !t.is_empty()),
                "{field}: {loc}"
            );
        }
    }
    let en = |t: &booth::Text| t["en-US"].clone();
    let ko = |t: &booth::Text| t["ko"].clone();
    // The Political Declaration quote and its paragraph; the OECD source; proximity; the Compendium.
    let b = en(&i.background);
    for phrase in [
        "empower and support cities, local authorities and communities in pursuing the 2030 Agenda",
        "para. 27 (e)",
        "Achieving the SDGs in cities and regions",
        "65 percent",
        "proximity to citizens",
        "communication, leadership and collaboration between policy makers and society",
        "i) setting effective digital strategies at the local level",
        "ii) forging collaboration",
        "iii) creating a digital ecosystem",
        "without being discriminated or excluded",
    ] {
        assert!(b.contains(phrase), "background lacks `{phrase}`");
    }
    assert_eq!(
        b.lines().count(),
        ko(&i.background).lines().count(),
        "one fact a line in both"
    );
    for phrase in [
        "27(e)항",
        "65%",
        "시민과 가까이",
        "소통, 리더십, 협력",
        "배제되지 않고",
        "중앙",
    ] {
        let k = ko(&i.background) + &ko(&i.audience);
        assert!(k.contains(phrase), "ko lacks `{phrase}`");
    }
    let co = en(&i.co_organizers);
    assert!(
        co.contains("Asia and the Pacific and Eastern Africa"),
        "UNPOG's mandate region"
    );
    assert!(co.contains("cornerstone of local autonomy and decentralization in Korea"));
    assert!(ko(&i.co_organizers).contains("아시아·태평양과 동아프리카"));
    assert!(en(&i.audience).contains("from both national and local government agencies"));
    assert!(ko(&i.audience).starts_with("중앙 및 지방 정부기관"));
    assert_eq!(en(&i.registration), "http://bit.ly/30ZheUi");
    assert_eq!(ko(&i.registration), "http://bit.ly/30ZheUi");
    // Session 1's list of local-government roles.
    let s1 = pack
        .sessions
        .iter()
        .find(|s| s.id == "session-1")
        .expect("present");
    assert!(s1.details["en-US"].contains("containing the spread of the virus, disaster preparedness, service delivery, ensuring infrastructure"));
    assert!(s1.details["ko"].contains("바이러스 확산 방지, 재난 대비, 서비스 전달, 기반시설 확보"));
    // Session 2's partnership scope in full.
    let s2 = pack
        .sessions
        .iter()
        .find(|s| s.id == "session-2")
        .expect("present");
    assert!(s2.summary["en-US"]
        .contains("partnership with other stakeholders, especially the private sector and people"));
    assert!(s2.summary["ko"].contains("다른 이해관계자 특히 민간 부문 및 시민과의 파트너십"));
}

#[test]
fn krilas_full_name_is_one_term_per_language() {
    let text = |loc: &str| read(&format!("{loc}/forum/people.ftl"));
    // Spelled out once, in the term; every card refers to it.
    assert_eq!(
        text("en-US")
            .matches("Korea Research Institute for Local Administration")
            .count(),
        1
    );
    assert_eq!(text("ko").matches("한국지방행정연구원(KRILA)").count(), 1);
    assert_eq!(
        text("en-US").matches("{ -krila }").count(),
        text("ko").matches("{ -krila }").count()
    );
    let pack = forum();
    let p = pack.person("iljae-kim").expect("present");
    assert_eq!(
        p.affiliation["en-US"],
        "Korea Research Institute for Local Administration (KRILA)"
    );
    assert_eq!(p.affiliation["ko"], "한국지방행정연구원(KRILA)");
    assert_eq!(p.bio["ko"], "김일재 한국지방행정연구원(KRILA) 원장.");
}
