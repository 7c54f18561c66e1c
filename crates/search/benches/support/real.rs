//! Real glossaries for the benchmarks, from `../shared/corpora/` (see its SOURCES.md): the cc-kedict
//! Korean–English dictionary (YAML) and the Firefox UI strings in en-US and ko (Fluent). Missing corpora give
//! `None`, so the benches still run on a machine without them.
#![allow(dead_code)]

use booth_search::PlainEntry as Concept;
use booth_search::SmallMap;
use fluent_syntax::ast;
use saphyr::{LoadableYamlNode, Yaml};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `../shared/corpora`, found from the crate root, `crates/search` (or `BOOTH_CORPORA`).
pub fn corpora() -> PathBuf {
    std::env::var_os("BOOTH_CORPORA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora"),
        PathBuf::from,
    )
}

fn concept(id: String, en: String, ko: String, note: Option<String>) -> Concept {
    let mut term = SmallMap::new();
    if !en.is_empty() {
        term.insert("en-US".to_owned(), en);
    }
    if !ko.is_empty() {
        term.insert("ko".to_owned(), ko);
    }
    Concept {
        id,
        term,
        abbr: SmallMap::new(),
        alt: SmallMap::new(),
        note: note
            .map(|n| SmallMap::from([("en-US", n)]))
            .unwrap_or_default(),
        sessions: Vec::new(),
    }
}

/// cc-kedict: the headword is the Korean term, the first English definition the English term, the other
/// definitions the note.
pub fn kedict() -> Option<Vec<Concept>> {
    let path = corpora().join("cc-kedict/kedict.yml");
    let raw = std::fs::read_to_string(&path).ok()?;
    // Some definitions continue a double-quoted string on lines indented less than YAML 1.2 allows
    // (lenient parsers accept it, saphyr rightly does not): indent every line that continues an open
    // double-quoted string.
    let mut open = false;
    let mut text = String::with_capacity(raw.len() + raw.len() / 8);
    for line in raw.lines() {
        if open {
            text.push_str("        ");
        }
        text.push_str(line);
        text.push('\n');
        let mut escaped = false;
        for c in line.chars() {
            match c {
                '\\' if open => escaped = !escaped,
                '"' if !escaped => open = !open,
                _ => escaped = false,
            }
        }
    }
    let docs = match Yaml::load_from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return None;
        }
    };
    let entries = docs.first()?.as_vec()?;
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let Some(word) = e.as_mapping_get("word").and_then(|w| w.as_str()) else {
            continue;
        };
        let defs: Vec<String> = e
            .as_mapping_get("defs")
            .and_then(|d| d.as_vec())
            .map(|ds| {
                ds.iter()
                    .filter_map(|d| d.as_mapping_get("def")?.as_str())
                    .map(|d| d.trim_start_matches(':').trim().to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let en = defs.first().cloned().unwrap_or_default();
        let note = (defs.len() > 1).then(|| defs[1..].join("; "));
        out.push(concept(format!("kedict-{i}"), en, word.to_owned(), note));
    }
    Some(out)
}

fn pattern_text(p: &ast::Pattern<String>) -> String {
    p.elements
        .iter()
        .filter_map(|e| match e {
            ast::PatternElement::TextElement { value } => Some(value.as_str()),
            ast::PatternElement::Placeable { .. } => None,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn messages(file: &Path) -> BTreeMap<String, String> {
    let Ok(src) = std::fs::read_to_string(file) else {
        return BTreeMap::new();
    };
    let res = match fluent_syntax::parser::parse_runtime(src) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some((m.id.name.clone(), pattern_text(m.value.as_ref()?))),
            _ => None,
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

fn ftl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| Some(e.ok()?.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            ftl_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "ftl") {
            out.push(p);
        }
    }
}

/// Firefox: every en-US message with its ko translation (same file, same id) as one concept.
pub fn firefox() -> Option<Vec<Concept>> {
    let root = corpora().join("firefox-l10n");
    let mut files = Vec::new();
    ftl_files(&root.join("en-US"), &mut files);
    if files.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for f in files {
        let rel = f.strip_prefix(root.join("en-US")).ok()?;
        let ko = messages(&root.join("ko").join(rel));
        for (id, en) in messages(&f) {
            let k = ko.get(&id).cloned().unwrap_or_default();
            out.push(concept(format!("{}#{id}", rel.display()), en, k, None));
        }
    }
    Some(out)
}
