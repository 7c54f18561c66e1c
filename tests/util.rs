//! Small helpers shared by the test modules.

/// Writes `files` (relative path, content) under a fresh temporary folder.
pub fn pack_dir(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, content) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, content).expect("write");
    }
    dir
}

/// A minimal valid two-locale pack; tests replace single files to break it.
pub const EVENT_JSON: &str = r#"{
  "format": 1, "id": "mini", "zone": "Asia/Seoul", "date": "2021-07-07", "locales": ["en-US", "ko"],
  "sessions": [{"id": "s1"}],
  "blocks": [
    {"id": "b1", "start": "14:00", "end": "14:30", "session": "s1", "moderator": "ann",
     "items": [{"id": "talk", "kind": "presentation", "minutes": 20, "speaker": "bob"}]}
  ],
  "people": ["ann", "bob"],
  "glossary": {"sdgs": {"sessions": ["s1"]}}
}"#;

pub const EN_AGENDA: &str = "event-title = Mini\n    .short = Mini\nsession-s1 = Session one\nblock-b1 = Block one\nitem-talk = Talk\n";
pub const KO_AGENDA: &str = "event-title = 미니\n    .short = 미니\nsession-s1 = 세션 1\nblock-b1 = 블록 1\nitem-talk = 발표\n";
pub const EN_PEOPLE: &str =
    "person-ann = Ann\n    .title = Chair\nperson-bob = Bob\n    .title = Speaker\n";
pub const KO_PEOPLE: &str =
    "person-ann = Ann\n    .title = 의장\nperson-bob = Bob\n    .title = 발표자\n";
pub const EN_GLOSSARY: &str =
    "## Domain: SDGs\nconcept-sdgs = Sustainable Development Goals\n    .abbr = SDGs\n";
pub const KO_GLOSSARY: &str =
    "## Domain: SDGs\nconcept-sdgs = 지속가능발전목표\n    .abbr = SDGs\n";

/// The mini pack with some files replaced.
pub fn mini_pack(replace: &[(&str, &[u8])]) -> tempfile::TempDir {
    let mut files: Vec<(&str, &[u8])> = vec![
        ("event.json", EVENT_JSON.as_bytes()),
        ("en-US/agenda.ftl", EN_AGENDA.as_bytes()),
        ("ko/agenda.ftl", KO_AGENDA.as_bytes()),
        ("en-US/people.ftl", EN_PEOPLE.as_bytes()),
        ("ko/people.ftl", KO_PEOPLE.as_bytes()),
        ("en-US/glossary.ftl", EN_GLOSSARY.as_bytes()),
        ("ko/glossary.ftl", KO_GLOSSARY.as_bytes()),
    ];
    for (rel, content) in replace {
        match files.iter_mut().find(|(r, _)| r == rel) {
            Some(f) => f.1 = content,
            None => files.push((rel, content)),
        }
    }
    pack_dir(&files)
}

/// An RFC 3339 instant.
pub fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s)
        .expect("valid instant")
        .with_timezone(&chrono::Utc)
}

/// The built-in forum pack.
pub fn forum() -> booth::Pack {
    booth::Pack::embedded().expect("forum pack loads")
}
