//! The locale checker: proves that every locale says everything the reference locale says, and nothing more.
//!
//! It works on any folder laid out the Mozilla way (one sub-folder per locale, the same relative paths in
//! each), and every pack is such a folder. It applies the Fluent checks of Mozilla's compare-locales 9.0.5
//! with the same categories, so that on a Mozilla repository it reports what compare-locales reports
//! (tests/check_corpus.rs holds it to that on Firefox's strings), and adds checks compare-locales lacks:
//! `$variable` parity, empty values, duplicates in every file (reference included) and, for packs, the
//! glossary's own rules. `docs/CHECK.md` lists every finding code.
//!
//! Why the categories are compare-locales' and not just "error" and "warning": a Mozilla product falls back
//! to the reference locale at run time, so an untranslated string is *missing* (progress to report), not an
//! error. A pack has no such fallback (the booth shows each language side by side), so in a pack the same
//! finding is an error. [`FindingLevel`] carries the category; [`ReportKind`] says which rules applied.
//!
//! Files are checked in parallel (one task per relative path, across all locales), because a whole Firefox
//! checkout must be checked in well under a second to be useful as a pre-commit step.
//!
//! Why one file of this size: the report types and the driver that walks locales and files; the checks are in
//! `compare`, `pack`, `css` and `plural`.

mod compare;
mod config;
mod css;
mod edited;
mod pack;
mod parse;
mod plural;

pub use edited::check_as_edited;

use crate::error::{Diagnostic, Error, Result, Severity};
use crate::source::{decode, MAX_FILE_BYTES};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// Version of the JSON report (`booth check --json`). Fields are only ever added within a version.
pub const FORMAT: u32 = 1;

/// How a finding counts, in compare-locales' categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum FindingLevel {
    /// Broken: `booth check` exits with 1.
    Error,
    /// Probably a mistake; does not change the exit status.
    Warning,
    /// Reference content the locale lacks (a Mozilla folder: the product falls back to the reference).
    /// In a pack, missing content is an [`FindingLevel::Error`] instead.
    Missing,
    /// Content only the locale has. In a pack it is a [`FindingLevel::Warning`] instead.
    Obsolete,
}

/// Which rules applied: a pack (a folder with `event.json`) or a plain folder of per-locale `.ftl` files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ReportKind {
    Pack,
    Folder,
}

/// A place in a file, for pointing at the reference entry a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FindingLocation {
    /// Path relative to the checked folder, `/`-separated, starting with the locale folder.
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

/// One finding, with everything an editor or the in-app panel needs to jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Finding {
    pub severity: FindingLevel,
    /// Stable kind of finding, e.g. `missing-message` (all codes are listed in docs/CHECK.md).
    pub code: String,
    /// Path relative to the checked folder, `/`-separated (`ko/forum/glossary.ftl`, `event.json`).
    pub file: String,
    /// 1-based line; `None` when the finding is about something absent from this file.
    pub line: Option<u32>,
    /// 1-based column in characters.
    pub column: Option<u32>,
    pub message: String,
    /// The locale folder the file belongs to; `None` for `event.json`.
    pub locale: Option<String>,
    /// The message or term id (terms with their leading `-`), when the finding is about one entry.
    pub id: Option<String>,
    /// The attribute name (without the dot), when the finding is about one attribute.
    pub attribute: Option<String>,
    /// Where the reference locale defines the entry, for findings that compare against it.
    pub reference: Option<FindingLocation>,
}

/// Per-locale totals, with compare-locales' summary fields (same names in camelCase) plus Booth's own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LocaleStats {
    pub locale: String,
    /// `.ftl` files of this locale that were read.
    pub files: u32,
    /// compare-locales' `missing`: entries the locale lacks, counting every entry of a missing file.
    pub missing: u32,
    /// compare-locales' `missing_w`: words (of the reference text) in those entries.
    pub missing_words: u32,
    /// Entries missing from files that exist (each one is a `missing-message`/`missing-term` finding).
    pub missing_entries: u32,
    /// Reference files the locale lacks (each one is a `missing-file` finding).
    pub missing_files: u32,
    /// compare-locales' `obsolete`: entries only the locale has.
    pub obsolete: u32,
    pub obsolete_files: u32,
    /// compare-locales' `changed`/`unchanged`: entries whose text differs from / equals the reference.
    pub changed: u32,
    pub changed_words: u32,
    pub unchanged: u32,
    pub unchanged_words: u32,
    /// compare-locales' `keys`: access and command keys (ids containing `key`/`Key`), not counted as text.
    pub keys: u32,
    pub errors: u32,
    pub warnings: u32,
}

impl LocaleStats {
    fn add(&mut self, o: &LocaleStats) {
        self.files += o.files;
        self.missing += o.missing;
        self.missing_words += o.missing_words;
        self.missing_entries += o.missing_entries;
        self.missing_files += o.missing_files;
        self.obsolete += o.obsolete;
        self.obsolete_files += o.obsolete_files;
        self.changed += o.changed;
        self.changed_words += o.changed_words;
        self.unchanged += o.unchanged;
        self.unchanged_words += o.unchanged_words;
        self.keys += o.keys;
    }
}

/// The outcome of a check.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Report {
    /// Version of the report format (1); within a version, fields are only ever added.
    pub format: u32,
    pub kind: ReportKind,
    pub reference: String,
    /// `.ftl` files read, all locales together.
    pub files: u32,
    /// Findings of level `error`, all files together (the exit status is 1 when this is not 0).
    pub errors: u32,
    pub warnings: u32,
    /// One entry per locale other than the reference, in folder-name order.
    pub locales: Vec<LocaleStats>,
    /// The findings, sorted by file, then line and column; findings about absent things come first in
    /// their file. (Named as in the first version of the report, before findings had levels.)
    pub diagnostics: Vec<Finding>,
}

impl Report {
    /// The findings with one code, for tests and scripts.
    pub fn with_code<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a Finding> + 'a {
        let code = code.to_owned();
        self.diagnostics.iter().filter(move |f| f.code == code)
    }

    /// The totals of one locale.
    pub fn locale(&self, locale: &str) -> Option<&LocaleStats> {
        self.locales.iter().find(|s| s.locale == locale)
    }
}

impl Finding {
    pub(crate) fn new(
        severity: FindingLevel,
        code: &str,
        file: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            severity,
            code: code.to_owned(),
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            locale: None,
            id: None,
            attribute: None,
            reference: None,
        }
    }

    pub(crate) fn at(mut self, (line, column): (usize, usize)) -> Self {
        self.line = Some(u32::try_from(line).unwrap_or(u32::MAX));
        self.column = Some(u32::try_from(column).unwrap_or(u32::MAX));
        self
    }

    pub(crate) fn locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_owned());
        self
    }

    pub(crate) fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    pub(crate) fn attribute(mut self, attr: &str) -> Self {
        self.attribute = Some(attr.to_owned());
        self
    }

    pub(crate) fn reference(mut self, loc: FindingLocation) -> Self {
        self.reference = Some(loc);
        self
    }

    /// A finding of the pack loader or of file reading, which speak [`Diagnostic`].
    pub(crate) fn from_diagnostic(d: Diagnostic, locale: Option<&str>) -> Self {
        let severity = match d.severity {
            Severity::Error => FindingLevel::Error,
            Severity::Warning => FindingLevel::Warning,
        };
        Finding {
            severity,
            code: d.code,
            file: d.file,
            line: d.line,
            column: d.column,
            message: d.message,
            locale: locale.map(str::to_owned),
            id: None,
            attribute: None,
            reference: None,
        }
    }
}

impl std::fmt::Display for FindingLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FindingLevel::Error => "error",
            FindingLevel::Warning => "warning",
            FindingLevel::Missing => "missing",
            FindingLevel::Obsolete => "obsolete",
        })
    }
}

impl std::fmt::Display for FindingLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

/// `file:line:col: level[code]: message`, the format compilers use, so editors can jump to it.
impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let here = FindingLocation {
            file: self.file.clone(),
            line: self.line,
            column: self.column,
        };
        write!(
            f,
            "{here}: {}[{}]: {}",
            self.severity, self.code, self.message
        )?;
        if let Some(r) = &self.reference {
            write!(f, " (reference: {r})")?;
        }
        Ok(())
    }
}

/// The rules of one run, shared by every file task.
pub(crate) struct Rules {
    pub kind: ReportKind,
    pub reference: String,
}

impl Rules {
    /// Missing content: progress in a Mozilla folder, an error in a pack (no fallback locale at run time).
    pub fn missing(&self) -> FindingLevel {
        match self.kind {
            ReportKind::Pack => FindingLevel::Error,
            ReportKind::Folder => FindingLevel::Missing,
        }
    }

    /// Content only the locale has: dead text, never harmful at run time.
    pub fn obsolete(&self) -> FindingLevel {
        match self.kind {
            ReportKind::Pack => FindingLevel::Warning,
            ReportKind::Folder => FindingLevel::Obsolete,
        }
    }

    /// Whether an attribute of message `id` belongs to its language rather than translating the
    /// reference's: in a pack, every attribute of a glossary concept (`concept-*`: `.abbr`, `.alt`,
    /// `.note`, `.definition`, …). A note or acronym written for one language only is data about that
    /// language's term, not a missing translation, so neither side reports the other's absence; only the
    /// term (the value) must exist in every locale (`glossary-side`).
    pub fn per_language_attribute(&self, id: &str) -> bool {
        self.kind == ReportKind::Pack && id.starts_with(crate::glossary::PREFIX)
    }

    /// An empty translation of non-empty text: shows nothing, like a missing one.
    pub fn empty(&self) -> FindingLevel {
        match self.kind {
            ReportKind::Pack => FindingLevel::Error,
            ReportKind::Folder => FindingLevel::Warning,
        }
    }
}

/// Checks `root` against a reference locale: the given one, else a pack's first locale, else `en-US`
/// (`reference` is a `&str` or an `Option<&str>`).
///
/// Fails (exit status 2 in the CLI) only when the folder cannot be used at all: it does not exist, is not a
/// folder, or has no reference locale folder. Everything else is a [`Finding`].
pub fn check<'r>(root: &Path, reference: impl Into<Option<&'r str>>) -> Result<Report> {
    check_inner(root, reference.into(), None)
}

pub use config::ProjectConfig;

/// The name of the project configuration `booth check` picks up in the checked folder.
pub const CONFIG_FILE: &str = "l10n.toml";

/// Checks the files a Mozilla project configuration (`l10n.toml`) names, as compare-locales does: only the
/// config's locales, each only for the paths configured for it, minus excluded files. A file a locale is
/// not configured for is neither missing nor compared. `reference` overrides the config's reference folder.
pub fn check_with_config<'r>(
    config: &ProjectConfig,
    reference: impl Into<Option<&'r str>>,
) -> Result<Report> {
    let reference = reference.into().unwrap_or(&config.reference);
    check_inner(&config.root, Some(reference), Some(config))
}

fn check_inner(
    root: &Path,
    reference: Option<&str>,
    config: Option<&ProjectConfig>,
) -> Result<Report> {
    let meta = std::fs::metadata(root).map_err(|source| Error::Io {
        path: root.to_owned(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(Error::InvalidArgument(format!(
            "{}: not a folder",
            root.display()
        )));
    }
    let mut findings = Vec::new();
    let is_pack = root.join("event.json").is_file();
    let pack = if is_pack {
        match crate::Pack::open(root) {
            Ok(p) => Some(p),
            Err(Error::InvalidPack(d)) => {
                findings.push(Finding::from_diagnostic(d, None));
                None
            }
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    let kind = if is_pack {
        ReportKind::Pack
    } else {
        ReportKind::Folder
    };
    let reference = reference
        .map(str::to_owned)
        .or_else(|| pack.as_ref().and_then(|p| p.locales.first().cloned()))
        .unwrap_or_else(|| "en-US".to_owned());

    let pack_locales: Vec<String> = pack.as_ref().map(|p| p.locales.clone()).unwrap_or_default();
    let mut folders = locale_folders(root, &mut findings)?;
    if !folders.iter().any(|(l, _)| *l == reference) {
        let found: Vec<&str> = folders.iter().map(|(l, _)| l.as_str()).collect();
        return Err(Error::InvalidArgument(format!(
            "{}: no `{reference}` folder to use as the reference locale (locale folders found: {})",
            root.display(),
            if found.is_empty() {
                "none".to_owned()
            } else {
                found.join(", ")
            }
        )));
    }
    // A folder without any .ftl file is not a locale (e.g. `images/` in a pack), unless the pack names it.
    folders.retain(|(l, files)| *l == reference || !files.is_empty() || pack_locales.contains(l));
    let mut wanted: Vec<String> = pack_locales.clone();
    if let Some(c) = config {
        // Only the project's locales; each one even without a folder yet (its files are all missing).
        folders.retain(|(l, _)| *l == reference || c.locales.contains(l));
        wanted.extend(c.locales.iter().filter(|l| **l != reference).cloned());
    }
    for l in &wanted {
        if !folders.iter().any(|(f, _)| f == l) {
            folders.push((l.clone(), BTreeSet::new()));
        }
    }
    folders.sort_by(|a, b| a.0.cmp(&b.0));

    let rules = Rules {
        kind,
        reference: reference.clone(),
    };
    let mut ref_files = folders
        .iter()
        .find(|(l, _)| *l == reference)
        .map(|(_, f)| f.clone())
        .unwrap_or_default();
    let localized: Vec<compare::Target> = folders
        .iter()
        .filter(|(l, _)| *l != reference)
        .map(|(l, files)| match config {
            None => compare::Target::new(l, files.clone()),
            Some(c) => {
                let mut t = compare::Target::new(
                    l,
                    files.iter().filter(|f| c.wants(l, f)).cloned().collect(),
                );
                t.required = Some(
                    ref_files
                        .iter()
                        .filter(|f| c.wants(l, f))
                        .cloned()
                        .collect(),
                );
                t
            }
        })
        .collect();
    if let Some(c) = config {
        // Reference files no locale is configured for are not part of the project.
        ref_files.retain(|f| localized.iter().any(|t| c.wants(&t.locale, f)));
    }
    let mut paths: BTreeSet<&str> = ref_files.iter().map(String::as_str).collect();
    for t in &localized {
        paths.extend(t.files.iter().map(String::as_str));
    }
    let collect_entries = kind == ReportKind::Pack;

    let outcomes: Vec<compare::Outcome> = paths
        .par_iter()
        .map(|rel| {
            compare::check_path(
                root,
                rel,
                ref_files.contains(*rel),
                &localized,
                &rules,
                collect_entries,
            )
        })
        .collect();

    let mut stats: Vec<LocaleStats> = localized
        .iter()
        .map(|t| LocaleStats {
            locale: t.locale.clone(),
            ..LocaleStats::default()
        })
        .collect();
    let mut files = 0u32;
    let mut entries: HashMap<(String, String), FindingLocation> = HashMap::new();
    let mut read: Vec<String> = Vec::new();
    for o in outcomes {
        files += o.files;
        findings.extend(o.findings);
        for (s, d) in stats.iter_mut().zip(&o.stats) {
            s.add(d);
        }
        entries.extend(o.entries);
        read.extend(o.read);
    }

    if let Some(pack) = &pack {
        let locales: Vec<&str> = folders.iter().map(|(l, _)| l.as_str()).collect();
        let extra = pack::check(pack, &rules, &findings, &entries, &read, &locales);
        findings.extend(extra);
    }

    findings.sort_by(|a, b| {
        (&a.file, a.line.unwrap_or(0), a.column.unwrap_or(0)).cmp(&(
            &b.file,
            b.line.unwrap_or(0),
            b.column.unwrap_or(0),
        ))
    });
    let count = |f: &Finding, level: FindingLevel| f.severity == level;
    for s in &mut stats {
        s.errors = findings
            .iter()
            .filter(|f| f.locale.as_deref() == Some(&s.locale) && count(f, FindingLevel::Error))
            .count() as u32;
        s.warnings = findings
            .iter()
            .filter(|f| f.locale.as_deref() == Some(&s.locale) && count(f, FindingLevel::Warning))
            .count() as u32;
    }
    let total = |level| findings.iter().filter(|f| count(f, level)).count() as u32;
    Ok(Report {
        format: FORMAT,
        kind,
        reference,
        files,
        errors: total(FindingLevel::Error),
        warnings: total(FindingLevel::Warning),
        locales: stats,
        diagnostics: findings,
    })
}

/// Sub-folders whose name is a locale tag, each with its `.ftl` files (relative, `/`-separated, sorted).
/// Hidden folders (`.git`) are skipped; so are symlinks, which could lead outside the checked folder.
fn locale_folders(
    root: &Path,
    findings: &mut Vec<Finding>,
) -> Result<Vec<(String, BTreeSet<String>)>> {
    let rd = std::fs::read_dir(root).map_err(|source| Error::Io {
        path: root.to_owned(),
        source,
    })?;
    let mut out = Vec::new();
    for e in rd.flatten() {
        let Ok(ft) = e.file_type() else { continue };
        let Some(name) = e.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if !ft.is_dir() || name.starts_with('.') || name.parse::<LanguageIdentifier>().is_err() {
            continue;
        }
        let files = ftl_files(&e.path(), &name, findings);
        out.push((name, files));
    }
    Ok(out)
}

/// `.ftl` files under `dir`, as sorted `/`-separated relative paths. Unreadable folders become findings.
fn ftl_files(dir: &Path, locale: &str, findings: &mut Vec<Finding>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<PathBuf> = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let rd = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) => {
                let rel = rel_name(dir, &d);
                let file = if rel.is_empty() {
                    locale.to_owned()
                } else {
                    format!("{locale}/{rel}")
                };
                findings.push(
                    Finding::new(FindingLevel::Error, "io", file, format!("cannot list: {e}"))
                        .locale(locale),
                );
                continue;
            }
        };
        for e in rd.flatten() {
            let Ok(ft) = e.file_type() else { continue };
            let p = e.path();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() && p.extension().is_some_and(|x| x == "ftl") {
                out.insert(rel_name(dir, &p));
            }
        }
    }
    out
}

fn rel_name(base: &Path, p: &Path) -> String {
    p.strip_prefix(base)
        .map(|rel| {
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .unwrap_or_default()
}

/// Reads one file as text with the pack loader's limits and decoding (BOM dropped, UTF-8 required).
pub(crate) fn read_text(path: &Path, name: &str) -> std::result::Result<String, Diagnostic> {
    let meta = std::fs::metadata(path).map_err(|e| Diagnostic::error("io", name, e.to_string()))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "too-large",
            name,
            format!("file is larger than {} MB", MAX_FILE_BYTES / 1_048_576),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::error("io", name, e.to_string()))?;
    decode(name, bytes)
}
