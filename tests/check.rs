use crate::util::{mini_pack, KO_PEOPLE};
use booth::check::check;
use booth::Severity;

#[test]
fn repository_locales_are_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let report = check(&root, "en-US").expect("check runs");
    assert_eq!(report.diagnostics, vec![], "locales/ must be clean");
    assert_eq!(report.locales, ["en-US", "ko"]);
    assert!(report.files >= 8);
}

#[test]
fn missing_obsolete_and_broken_entries_are_found() {
    let ko = format!("{KO_PEOPLE}person-zed = Zed\nbroken = {{ oops\n");
    let ko = ko.replace("    .title = 발표자\n", "");
    let dir = mini_pack(&[
        ("ko/people.ftl", ko.as_bytes()),
        ("ko/extra.ftl", b"x = y\n"),
    ]);
    std::fs::remove_file(dir.path().join("ko/glossary.ftl")).expect("rm");
    let report = check(dir.path(), "en-US").expect("check runs");
    let codes = |code: &str| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .collect::<Vec<_>>()
    };

    let missing_attr = codes("missing-attribute");
    assert_eq!(missing_attr.len(), 1, "{:#?}", report.diagnostics);
    assert!(missing_attr[0].message.contains("person-bob.title"));
    assert_eq!(missing_attr[0].line, Some(3));

    let obsolete = codes("obsolete-message");
    assert_eq!(obsolete.len(), 1);
    assert_eq!(
        (obsolete[0].severity, obsolete[0].line),
        (Severity::Warning, Some(4))
    );

    let syntax = codes("syntax");
    assert_eq!(syntax.len(), 1);
    assert_eq!(
        (syntax[0].file.as_str(), syntax[0].line),
        ("ko/people.ftl", Some(5))
    );

    assert_eq!(
        codes("missing-file")
            .iter()
            .map(|d| d.file.as_str())
            .collect::<Vec<_>>(),
        ["ko/glossary.ftl"]
    );
    assert_eq!(codes("obsolete-file").len(), 1);
    assert!(report.errors() >= 3);
}

#[test]
fn duplicates_are_errors() {
    let en = "person-ann = Ann\n    .title = Chair\n    .title = Again\nperson-bob = Bob\n    .title = Speaker\nperson-bob = Bob 2\n";
    let dir = mini_pack(&[("en-US/people.ftl", en.as_bytes())]);
    let report = check(dir.path(), "en-US").expect("check runs");
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == "duplicate-attribute" && d.line == Some(1)));
    assert!(report
        .diagnostics
        .iter()
        .any(|d| d.code == "duplicate-id" && d.line == Some(4)));
}

#[test]
fn no_reference_folder_is_a_usage_error() {
    let dir = mini_pack(&[]);
    assert!(check(dir.path(), "fr").is_err());
}
