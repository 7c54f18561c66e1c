//! Parity with Mozilla's compare-locales 9.0.5 on real data: Firefox's en-US strings and their Korean
//! translation (see ../shared/corpora/SOURCES.md, beside the repository). The corpus is not in the repository (it is 3.7 MB of
//! someone else's text), so the test skips with a notice where it is absent; set BOOTH_FIREFOX_L10N to
//! point at another copy.
//!
//! compare-locales reports, for `compare-locales l10n.toml <corpus> ko` (benches/check-l10n.toml):
//! missing 19 (the 12 messages below plus the 7 entries of the missing brand.ftl), missing_w 193,
//! obsolete 0, errors 0, warnings 0, changed 9445 (52733 words), unchanged 370 (402 words), keys 123.

use booth::check::{check, FindingLevel, ReportKind};
use std::path::PathBuf;

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("BOOTH_FIREFOX_L10N")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/firefox-l10n")
        });
    if dir.join("en-US").is_dir() && dir.join("ko").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping the compare-locales parity test: no Firefox corpus at {} (set BOOTH_FIREFOX_L10N)",
            dir.display()
        );
        None
    }
}

#[test]
fn firefox_corpus_matches_compare_locales() {
    let Some(dir) = corpus() else { return };
    let report = check(&dir, Some("en-US")).expect("check runs");
    assert_eq!(report.kind, ReportKind::Folder);
    assert_eq!(
        (report.errors, report.warnings),
        (0, 0),
        "{:#?}",
        report.diagnostics
    );

    let ko = report.locale("ko").expect("ko stats");
    assert_eq!(report.locales.len(), 1);
    assert_eq!(
        (
            ko.missing,
            ko.missing_words,
            ko.missing_entries,
            ko.missing_files
        ),
        (19, 193, 12, 1)
    );
    assert_eq!(
        (ko.obsolete, ko.obsolete_files, ko.errors, ko.warnings),
        (0, 0, 0, 0)
    );
    assert_eq!(
        (
            ko.changed,
            ko.changed_words,
            ko.unchanged,
            ko.unchanged_words,
            ko.keys
        ),
        (9445, 52733, 370, 402, 123)
    );

    let missing_files: Vec<&str> = report
        .with_code("missing-file")
        .map(|f| f.file.as_str())
        .collect();
    assert_eq!(missing_files, ["ko/browser/branding/official/brand.ftl"]);

    let missing: Vec<(&str, &str)> = report
        .with_code("missing-message")
        .map(|f| (f.file.as_str(), f.id.as_deref().unwrap_or("")))
        .collect();
    let p = "ko/browser/browser/";
    assert_eq!(
        missing,
        [
            (&*format!("{p}appmenu.ftl"), "profiler-button-dropmarker"),
            (&*format!("{p}browser.ftl"), "quickactions-cmd-extensions2"),
            (
                &*format!("{p}firefoxRelay.ftl"),
                "firefox-relay-and-fxa-popup-notification-first-sentence"
            ),
            (
                &*format!("{p}newtab/newtab.ftl"),
                "newtab-shortcuts-highlight-title"
            ),
            (
                &*format!("{p}newtab/newtab.ftl"),
                "newtab-shortcuts-highlight-subtitle"
            ),
            (
                &*format!("{p}preferences/moreFromMozilla.ftl"),
                "more-from-moz-mdn-title"
            ),
            (
                &*format!("{p}preferences/moreFromMozilla.ftl"),
                "more-from-moz-mdn-description"
            ),
            (
                &*format!("{p}preferences/moreFromMozilla.ftl"),
                "more-from-moz-mdn-button"
            ),
            (
                &*format!("{p}preferences/preferences.ftl"),
                "content-blocking-and-isolating-etp-warning-description-3"
            ),
            (
                &*format!("{p}preferences/preferences.ftl"),
                "content-blocking-baseline-exceptions"
            ),
            (
                &*format!("{p}preferences/preferences.ftl"),
                "content-blocking-convenience-exceptions"
            ),
            (
                "ko/toolkit/toolkit/global/textActions.ftl",
                "text-action-remove-highlight"
            ),
        ]
    );
    // Nothing else: 12 missing messages and 1 missing file, each in compare-locales' "missing" category.
    assert_eq!(report.diagnostics.len(), 13);
    assert!(report
        .diagnostics
        .iter()
        .all(|f| f.severity == FindingLevel::Missing));
}
