//! The locale checker: proves that every locale says everything the reference locale says, and nothing more.
//!
//! Works on any folder laid out the Mozilla way (one sub-folder per locale, same relative paths), which
//! includes every pack. Findings follow compare-locales' vocabulary: syntax errors, duplicates, missing and
//! obsolete files, messages, terms and attributes. When the folder is a pack, the pack loader's own findings
//! (unknown people, ids the structure uses but no file defines) are added.

use crate::error::{Diagnostic, Error, Result, Severity};
use crate::l10n::entry_lines;
use crate::source::{decode, Source, MAX_FILE_BYTES};
use fluent_syntax::ast;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// The outcome of a check.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Report {
    pub reference: String,
    pub locales: Vec<String>,
    pub files: u32,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

/// Messages and terms of one file: id → (attribute names, has value, line).
struct FileEntries {
    entries: BTreeMap<String, (BTreeSet<String>, bool, usize)>,
}

/// Checks `root`: every locale folder against `reference`.
pub fn check(root: &Path, reference: &str) -> Result<Report> {
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
    let locales: Vec<String> = Source::dir(root)?
        .subfolders()
        .into_iter()
        .filter(|n| n.parse::<LanguageIdentifier>().is_ok())
        .collect();
    if !locales.iter().any(|l| l == reference) {
        return Err(Error::InvalidArgument(format!(
            "{}: no `{reference}` folder to use as the reference locale",
            root.display()
        )));
    }
    let mut diags = Vec::new();
    let mut files = 0u32;
    let ref_files = ftl_files(&root.join(reference));
    let mut ref_entries = BTreeMap::new();
    for rel in &ref_files {
        files += 1;
        let name = format!("{reference}/{rel}");
        if let Some(e) = parse_file(&root.join(reference).join(rel), &name, &mut diags) {
            ref_entries.insert(rel.clone(), e);
        }
    }
    for loc in locales.iter().filter(|l| *l != reference) {
        let loc_files = ftl_files(&root.join(loc));
        for rel in &ref_files {
            if !loc_files.contains(rel) {
                diags.push(Diagnostic::error(
                    "missing-file",
                    format!("{loc}/{rel}"),
                    "file is missing",
                ));
            }
        }
        for rel in &loc_files {
            files += 1;
            let name = format!("{loc}/{rel}");
            let parsed = parse_file(&root.join(loc).join(rel), &name, &mut diags);
            match (ref_entries.get(rel), parsed) {
                (Some(r), Some(l)) => {
                    compare(r, &l, &name, &format!("{reference}/{rel}"), &mut diags)
                }
                (None, _) if !ref_files.contains(rel) => {
                    diags.push(Diagnostic::warning(
                        "obsolete-file",
                        name,
                        format!("file has no counterpart in {reference}"),
                    ));
                }
                _ => {}
            }
        }
    }
    if root.join("event.json").is_file() {
        match crate::Pack::open(root) {
            Ok(pack) => {
                // File-level findings (syntax, duplicates, missing or unreadable files) were reported above.
                diags.extend(pack.diagnostics.into_iter().filter(|d| {
                    !matches!(
                        d.code.as_str(),
                        "syntax"
                            | "duplicate-id"
                            | "missing-file"
                            | "encoding"
                            | "too-large"
                            | "io"
                    )
                }));
            }
            Err(Error::InvalidPack(d)) => diags.push(d),
            Err(e) => return Err(e),
        }
    }
    Ok(Report {
        reference: reference.to_owned(),
        locales,
        files,
        diagnostics: diags,
    })
}

fn compare(
    r: &FileEntries,
    l: &FileEntries,
    name: &str,
    ref_name: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for (id, (attrs, has_value, line)) in &r.entries {
        let Some((lattrs, lvalue, lline)) = l.entries.get(id) else {
            diags.push(Diagnostic::error(
                "missing-message",
                name,
                format!("`{id}` is missing (defined in {ref_name}:{line})"),
            ));
            continue;
        };
        if *has_value && !lvalue {
            diags.push(
                Diagnostic::error("missing-value", name, format!("`{id}` has no value"))
                    .at(*lline, 1),
            );
        }
        for a in attrs.difference(lattrs) {
            diags.push(
                Diagnostic::error("missing-attribute", name, format!("`{id}.{a}` is missing"))
                    .at(*lline, 1),
            );
        }
        for a in lattrs.difference(attrs) {
            diags.push(
                Diagnostic::warning(
                    "obsolete-attribute",
                    name,
                    format!("`{id}.{a}` is not in the reference"),
                )
                .at(*lline, 1),
            );
        }
    }
    for (id, (_, _, line)) in &l.entries {
        if !r.entries.contains_key(id) {
            diags.push(
                Diagnostic::warning(
                    "obsolete-message",
                    name,
                    format!("`{id}` is not in the reference"),
                )
                .at(*line, 1),
            );
        }
    }
}

/// Parses one file, reporting syntax errors and duplicates; `None` when it cannot be read at all.
fn parse_file(path: &Path, name: &str, diags: &mut Vec<Diagnostic>) -> Option<FileEntries> {
    let text = match read(path, name) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let lines = entry_lines(&text);
    let res = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                diags.push(
                    Diagnostic::error("syntax", name, format!("Fluent syntax error: {}", e.kind))
                        .at_offset(&text, crate::error::error_offset(&text, e.pos.start)),
                );
            }
            r
        }
    };
    let mut entries = BTreeMap::new();
    for entry in &res.body {
        let (id, attrs, has_value) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), &m.attributes, m.value.is_some()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.attributes, true),
            _ => continue,
        };
        let line = lines.get(id.as_str()).copied().unwrap_or(0);
        let mut names = BTreeSet::new();
        for a in attrs {
            if !names.insert(a.id.name.to_owned()) {
                diags.push(
                    Diagnostic::error(
                        "duplicate-attribute",
                        name,
                        format!("`{id}.{}` is defined twice", a.id.name),
                    )
                    .at(line, 1),
                );
            }
        }
        if entries.contains_key(&id) {
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    name,
                    format!("`{id}` is defined more than once"),
                )
                .at(line, 1),
            );
            continue;
        }
        entries.insert(id, (names, has_value, line));
    }
    Some(FileEntries { entries })
}

fn read(path: &Path, name: &str) -> std::result::Result<String, Diagnostic> {
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

/// `.ftl` files under `dir`, as sorted `/`-separated relative paths. Symlinks are not followed.
fn ftl_files(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<PathBuf> = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let Ok(ft) = e.file_type() else { continue };
            let p = e.path();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() && p.extension().is_some_and(|x| x == "ftl") {
                if let Ok(rel) = p.strip_prefix(dir) {
                    let parts: Vec<String> = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect();
                    out.insert(parts.join("/"));
                }
            }
        }
    }
    out
}
