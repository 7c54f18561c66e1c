//! The committed fixtures in `tests/fixtures/check/`: one Mozilla-style folder and one pack, written so that
//! every finding code of docs/CHECK.md that a file can trigger appears, each on a line that names it.
//! Expected findings are listed here in full (the CLI's human and JSON output on them are snapshots in
//! `crates/cli/tests/cli.rs`).

use booth::check::{check, FindingLevel, Report};
use std::path::{Path, PathBuf};

use FindingLevel::{Error as E, Missing as M, Obsolete as O, Warning as W};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

type Row<'a> = (FindingLevel, &'a str, &'a str, Option<u32>, Option<&'a str>);

fn rows(r: &Report) -> Vec<Row<'_>> {
    r.diagnostics
        .iter()
        .map(|f| {
            (
                f.severity,
                f.code.as_str(),
                f.file.as_str(),
                f.line,
                f.id.as_deref(),
            )
        })
        .collect()
}

#[test]
fn folder_fixture_findings() {
    let report = check(&fixture("folder"), None).expect("check runs");
    #[rustfmt::skip]
    let expected: Vec<Row> = vec![
        (M, "missing-message", "ko/app.ftl", None, Some("goodbye")),
        (M, "missing-term", "ko/app.ftl", None, Some("-vendor")),
        (W, "missing-variable", "ko/app.ftl", Some(5), Some("greeting")),
        (E, "syntax", "ko/app.ftl", Some(11), Some("broken")),
        (E, "missing-value", "ko/app.ftl", Some(15), Some("welcome")),
        (E, "obsolete-value", "ko/app.ftl", Some(17), Some("menu")),
        (E, "missing-attribute", "ko/app.ftl", Some(19), Some("save")),
        (E, "obsolete-attribute", "ko/app.ftl", Some(21), Some("close")),
        (W, "missing-message-reference", "ko/app.ftl", Some(22), Some("about")),
        (W, "missing-term-reference", "ko/app.ftl", Some(23), Some("credits")),
        (W, "obsolete-message-reference", "ko/app.ftl", Some(24), Some("help")),
        (W, "obsolete-term-reference", "ko/app.ftl", Some(25), Some("thanks")),
        (W, "unknown-variable", "ko/app.ftl", Some(26), Some("count")),
        (W, "empty-value", "ko/app.ftl", Some(27), Some("note")),
        (W, "replacement-character", "ko/app.ftl", Some(29), Some("mojibake")),
        (E, "css", "ko/app.ftl", Some(31), Some("dialog")),
        (W, "css-mismatch", "ko/app.ftl", Some(33), Some("panel")),
        (E, "duplicate-id", "ko/app.ftl", Some(35), Some("settings")),
        (E, "obsolete-attribute", "ko/app.ftl", Some(37), Some("plain")),
        (E, "duplicate-attribute", "ko/app.ftl", Some(38), Some("plain")),
        (O, "obsolete-message", "ko/app.ftl", Some(39), Some("leftover")),
        (O, "obsolete-term", "ko/app.ftl", Some(40), Some("-old-brand")),
        (E, "nesting", "ko/app.ftl", Some(41), None),
        (E, "encoding", "ko/encoding.ftl", Some(1), None),
        (E, "duplicate-variant", "ko/plurals.ftl", Some(3), Some("tabs")),
        (O, "obsolete-file", "ko/sub/extra.ftl", None, None),
        (M, "missing-file", "ko/sub/only-reference.ftl", None, None),
        (M, "missing-file", "ru/app.ftl", None, None),
        (M, "missing-file", "ru/encoding.ftl", None, None),
        (W, "missing-plural", "ru/plurals.ftl", Some(2), Some("tabs")),
        (M, "missing-file", "ru/sub/only-reference.ftl", None, None),
    ];
    assert_eq!(rows(&report), expected);

    // What must not be reported: a variable the reference only selects on (Korean has one plural form),
    // a variable the reference uses in another attribute of the message, a term's own attributes, an
    // empty value the reference's comment allows.
    for quiet in ["files", "window-title", "-product", "former-name"] {
        assert!(
            report
                .diagnostics
                .iter()
                .all(|f| f.id.as_deref() != Some(quiet)),
            "{quiet}"
        );
    }

    let ko = report.locale("ko").expect("ko");
    assert_eq!(
        (
            ko.missing,
            ko.missing_entries,
            ko.missing_files,
            ko.obsolete,
            ko.obsolete_files
        ),
        (4, 2, 1, 2, 1)
    );
    assert_eq!((ko.changed, ko.unchanged, ko.keys), (21, 1, 1));
    assert_eq!((ko.errors, ko.warnings), (12, 9));
    let ru = report.locale("ru").expect("ru");
    assert_eq!((ru.missing, ru.missing_files, ru.changed), (27, 3, 1));
    assert_eq!((report.errors, report.warnings, report.files), (12, 10, 9));
}

#[test]
fn pack_fixture_findings() {
    let report = check(&fixture("pack"), None).expect("check runs");
    #[rustfmt::skip]
    let expected: Vec<Row> = vec![
        (E, "glossary-side", "en-US/glossary.ftl", None, Some("concept-only-ko")),
        (W, "acronym-without-expansion", "en-US/glossary.ftl", Some(8), Some("concept-ict")),
        (E, "unknown-person", "event.json", None, None),
        (E, "missing-message", "event.json", None, Some("concept-ghost")),
        (E, "missing-message", "event.json", None, Some("concept-ghost")),
        (E, "missing-message", "ko/agenda.ftl", None, Some("item-talk")),
        (W, "obsolete-message", "ko/agenda.ftl", Some(5), Some("item-old")),
        (W, "inconsistent-term", "ko/glossary.ftl", Some(6), Some("concept-un-members")),
        (E, "empty-value", "ko/glossary.ftl", Some(12), Some("concept-empty")),
        (W, "obsolete-message", "ko/glossary.ftl", Some(13), Some("concept-only-ko")),
        (E, "missing-file", "ko/people.ftl", None, None),
    ];
    assert_eq!(rows(&report), expected);
    let ghost: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|f| f.id.as_deref() == Some("concept-ghost"))
        .map(|f| f.locale.as_deref())
        .collect();
    assert_eq!(ghost, [Some("en-US"), Some("ko")]);
    // `COVID-19` has its expansion in `.alt`; the Korean `ICT` concept has a Korean term.
    assert_eq!(report.with_code("acronym-without-expansion").count(), 1);
    assert_eq!((report.errors, report.warnings), (7, 4));
}

/// Every code the fixtures produce is documented, and every code docs/CHECK.md documents is produced by a
/// fixture, except those that need a broken disk or a broken event.json.
#[test]
fn docs_list_every_code() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CHECK.md"))
        .expect("docs/CHECK.md");
    let findings = doc
        .split("## Findings")
        .nth(1)
        .and_then(|s| s.split("### What differs").next())
        .expect("a Findings section");
    let documented: Vec<&str> = findings
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    let mut produced: Vec<String> = Vec::new();
    for name in ["folder", "pack"] {
        let r = check(&fixture(name), None).expect("check runs");
        produced.extend(r.diagnostics.into_iter().map(|f| f.code));
    }
    for code in &produced {
        assert!(
            documented.contains(&code.as_str()),
            "{code} is not in docs/CHECK.md"
        );
    }
    let untestable = [
        "io",
        "too-large",
        "path",
        "json",
        "format",
        "zone",
        "locales",
        "unknown-session",
        "time",
        "overlap",
        "overrun",
    ];
    for code in documented {
        assert!(
            untestable.contains(&code) || produced.iter().any(|p| p == code),
            "{code} is documented but no fixture produces it"
        );
    }
}
