use crate::util::{mini_pack, pack_dir, KO_PEOPLE};
use booth::check::{check, FindingLevel, ReportKind};
use booth::Error;

#[test]
fn repository_locales_are_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let report = check(&root, None).expect("check runs");
    assert_eq!(report.kind, ReportKind::Pack);
    assert_eq!(
        report.reference, "en-US",
        "a pack's first locale is the reference"
    );
    assert_eq!(report.diagnostics, vec![], "locales/ must be clean");
    assert_eq!(report.locales.len(), 1);
    assert_eq!(report.locales[0].locale, "ko");
    assert!(report.files >= 8);
}

#[test]
fn in_a_pack_missing_is_an_error_and_obsolete_a_warning() {
    let ko = format!("{KO_PEOPLE}person-zed = Zed\nbroken = {{ oops\n");
    let ko = ko.replace("    .title = 발표자\n", "");
    let dir = mini_pack(&[
        ("ko/people.ftl", ko.as_bytes()),
        ("ko/extra.ftl", b"x = y\n"),
    ]);
    std::fs::remove_file(dir.path().join("ko/glossary.ftl")).expect("rm");
    let report = check(dir.path(), None).expect("check runs");
    let code = |c: &str| report.with_code(c).collect::<Vec<_>>();

    let missing_attr = code("missing-attribute");
    assert_eq!(missing_attr.len(), 1, "{:#?}", report.diagnostics);
    assert_eq!(missing_attr[0].id.as_deref(), Some("person-bob"));
    assert_eq!(missing_attr[0].attribute.as_deref(), Some("title"));
    assert_eq!(missing_attr[0].line, Some(3));

    let obsolete = code("obsolete-message");
    assert_eq!(obsolete.len(), 1);
    assert_eq!(
        (obsolete[0].severity, obsolete[0].line),
        (FindingLevel::Warning, Some(4))
    );

    let syntax = code("syntax");
    assert_eq!(syntax.len(), 1);
    assert_eq!(
        (
            syntax[0].file.as_str(),
            syntax[0].line,
            syntax[0].id.as_deref()
        ),
        ("ko/people.ftl", Some(5), Some("broken"))
    );

    // One finding for the missing file: not also the loader's, nor one per concept it would define.
    let missing_file = code("missing-file");
    assert_eq!(
        missing_file
            .iter()
            .map(|d| (d.file.as_str(), d.severity))
            .collect::<Vec<_>>(),
        [("ko/glossary.ftl", FindingLevel::Error)]
    );
    assert_eq!(
        code("missing-message"),
        Vec::<&booth::check::Finding>::new()
    );
    assert_eq!(code("glossary-side"), Vec::<&booth::check::Finding>::new());
    assert_eq!(code("obsolete-file").len(), 1);
    assert_eq!(code("obsolete-file")[0].severity, FindingLevel::Warning);
    assert_eq!(report.errors, 3, "{:#?}", report.diagnostics);
}

#[test]
fn duplicates_are_errors_in_the_reference_too() {
    let en = "person-ann = Ann\n    .title = Chair\n    .title = Again\nperson-bob = Bob\n    .title = Speaker\nperson-bob = Bob 2\n";
    let dir = mini_pack(&[("en-US/people.ftl", en.as_bytes())]);
    let report = check(dir.path(), None).expect("check runs");
    let at = |c: &str| {
        report
            .with_code(c)
            .map(|f| (f.severity, f.file.as_str(), f.line, f.column))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        at("duplicate-attribute"),
        [(FindingLevel::Error, "en-US/people.ftl", Some(3), Some(6))]
    );
    assert_eq!(
        at("duplicate-id"),
        [(FindingLevel::Error, "en-US/people.ftl", Some(6), Some(1))]
    );
}

#[test]
fn a_plain_folder_uses_compare_locales_categories() {
    let dir = pack_dir(&[
        ("en-US/a.ftl", b"one = One\ntwo = Two\n"),
        (
            "ko/a.ftl",
            b"one = \xed\x95\x98\xeb\x82\x98\nthree = Three\n",
        ),
    ]);
    let report = check(dir.path(), None).expect("check runs");
    assert_eq!(report.kind, ReportKind::Folder);
    let levels: Vec<_> = report
        .diagnostics
        .iter()
        .map(|f| (f.code.as_str(), f.severity))
        .collect();
    assert_eq!(
        levels,
        [
            ("missing-message", FindingLevel::Missing),
            ("obsolete-message", FindingLevel::Obsolete)
        ]
    );
    assert_eq!(
        report.errors, 0,
        "missing and obsolete content do not fail a folder"
    );
    let ko = report.locale("ko").expect("ko stats");
    assert_eq!((ko.missing, ko.obsolete, ko.changed), (1, 1, 1));
}

#[test]
fn unusable_folders_are_usage_errors() {
    let dir = mini_pack(&[]);
    assert!(matches!(
        check(dir.path(), Some("fr")),
        Err(Error::InvalidArgument(m)) if m.contains("en-US, ko")
    ));
    assert!(matches!(
        check(&dir.path().join("nope"), None),
        Err(Error::Io { .. })
    ));
    assert!(matches!(
        check(&dir.path().join("event.json"), None),
        Err(Error::InvalidArgument(_))
    ));
}

#[test]
fn oversized_files_are_refused_unread() {
    let big = vec![b'#'; booth::source::MAX_FILE_BYTES as usize + 1];
    let dir = pack_dir(&[("en-US/a.ftl", b"a = A\n"), ("ko/a.ftl", &big)]);
    let report = check(dir.path(), None).expect("check runs");
    let found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|f| (f.code.as_str(), f.file.as_str(), f.severity))
        .collect();
    assert_eq!(found, [("too-large", "ko/a.ftl", FindingLevel::Error)]);
    assert_eq!(report.locale("ko").map(|k| k.errors), Some(1));
}

/// Findings as `locale code file[:id]`, sorted, for comparing a whole report.
fn summary(report: &booth::check::Report) -> Vec<String> {
    let mut v: Vec<String> = report
        .diagnostics
        .iter()
        .map(|f| {
            format!(
                "{} {} {}{}",
                f.locale.as_deref().unwrap_or("-"),
                f.code,
                f.file,
                f.id.as_deref().map(|i| format!(":{i}")).unwrap_or_default()
            )
        })
        .collect();
    v.sort();
    v
}

/// A Mozilla project config (tests/fixtures/check/config/proj/l10n.toml): `[env]`, `**` and `*` paths, a
/// path for Korean only, an included config with its own locale (fr, no folder yet) and path, and an
/// excluded config naming one file for German. The expected findings are what compare-locales 9.0.5
/// reports for the same folder (`compare-locales l10n.toml locales de ko fr ja`, recorded in
/// `compare-locales.txt` beside the config): de lacks `b` (not `legacy.ftl`, excluded for de); ko lacks
/// `legacy.ftl` and the Korean-only file; fr lacks the shared file only (the included config's paths are
/// for its own locale, and the main config's for de and ko); `unlisted/` and the unconfigured `ja` are not
/// mentioned.
#[test]
fn a_project_config_decides_which_files_each_locale_needs() {
    let proj =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/config/proj");
    let config = booth::check::ProjectConfig::read(&proj.join("l10n.toml")).expect("config");
    assert_eq!(config.reference, "en-US");
    assert_eq!(config.locales, ["de", "fr", "ko"]);
    assert!(config.wants("ko", "ko-only/special.ftl"));
    assert!(!config.wants("de", "ko-only/special.ftl"));
    assert!(!config.wants("de", "app/legacy.ftl"));
    assert!(config.wants("ko", "app/legacy.ftl"));
    assert!(config.wants("de", "app/main.ftl"));
    assert!(!config.wants("fr", "app/main.ftl"));
    assert!(!config.wants("ja", "app/main.ftl"));
    let report = booth::check::check_with_config(&config, None).expect("check");
    assert_eq!(
        summary(&report),
        [
            "de missing-message de/app/main.ftl:b",
            "fr missing-file fr/shared/common.ftl",
            "ko missing-file ko/app/legacy.ftl",
            "ko missing-file ko/ko-only/special.ftl",
        ]
    );
    // compare-locales' totals per locale: missing and changed entries.
    let totals: Vec<(&str, u32, u32)> = report
        .locales
        .iter()
        .map(|l| (l.locale.as_str(), l.missing, l.changed))
        .collect();
    assert_eq!(totals, [("de", 1, 1), ("fr", 1, 0), ("ko", 2, 2)]);
    let locales: Vec<&str> = report.locales.iter().map(|l| l.locale.as_str()).collect();
    assert_eq!(locales, ["de", "fr", "ko"]);
    assert_eq!(report.errors, 0);

    // Without the config, the same folder is checked as a plain Mozilla folder: every locale folder, every
    // file, so de is "missing" the Korean-only and the excluded file too, and ja is checked.
    let plain = check(&proj.join("locales"), None).expect("plain check");
    let s = summary(&plain);
    assert!(
        s.contains(&"de missing-file de/ko-only/special.ftl".to_owned()),
        "{s:?}"
    );
    assert!(
        s.contains(&"de missing-file de/app/legacy.ftl".to_owned()),
        "{s:?}"
    );
    assert!(s.iter().any(|x| x.starts_with("ja ")), "{s:?}");
}

/// A config Booth cannot lay onto locale folders, or that does not parse, is refused with the file named
/// (and for TOML, its line and column).
#[test]
fn a_bad_project_config_is_refused_with_its_position() {
    let dir = tempfile::tempdir().expect("tmp");
    let write = |text: &str| {
        let p = dir.path().join("l10n.toml");
        std::fs::write(&p, text).expect("write");
        booth::check::ProjectConfig::read(&p)
            .expect_err("refused")
            .to_string()
    };
    let e = write("locales = [\"de\"\n[[paths]]\n");
    assert!(
        e.contains("l10n.toml:2:1") || e.contains("l10n.toml:1:"),
        "{e}"
    );
    let e = write("[[paths]]\nreference = \"en-US/**\"\nl10n = \"{l10n_base}/{locale}/**\"\n");
    assert!(e.contains("`{l10n_base}` is not defined in [env]"), "{e}");
    let e = write("[[paths]]\nreference = \"ref/en-US/**\"\nl10n = \"l10n/{locale}/**\"\n");
    assert!(e.contains("must differ only in the locale folder"), "{e}");
}
