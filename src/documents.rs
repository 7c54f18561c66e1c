//! A session's documents kept with the pack, and the candidate terms they hold that the pack's glossary
//! lacks. The engine (`booth-documents`) reads formats and ranks terms; this module decides where things
//! live and what counts as known:
//!
//! - `documents/<file>` is the original, `documents/<file>.txt` its extracted text, so the pack can be read
//!   and mined again without the reader, and a colleague gets both with the folder;
//! - `documents/dismissed.json` lists the keys of candidates dismissed for this pack;
//! - `documents/index.json` remembers each document's format, what went wrong reading it and the sessions
//!   it was added to, so the Prep view lists a session's documents and mines and drills them alone;
//! - writes are atomic (`save`), stay inside the pack (`save::pack_path`), and never replace a different
//!   file of the same name.

use crate::save::{atomic_create, atomic_write, pack_path};
use crate::{Error, Pack, Result};
use booth_documents::{Extracted, Limits, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use ts_rs::TS;

pub use booth_documents::{
    term_key, Candidate, Error as DocumentError, Format, Lang, Pair, Warning,
};

/// The folder inside a pack that holds its documents.
pub const FOLDER: &str = "documents";
const DISMISSED: &str = "documents/dismissed.json";
const INDEX: &str = "documents/index.json";

/// A document read from disk.
#[derive(Debug, Clone)]
pub struct Read {
    /// Its file name (no folders).
    pub name: String,
    pub bytes: Vec<u8>,
    pub extracted: Extracted,
}

/// Reads and extracts one file; the error names it.
pub fn read(path: &Path) -> Result<Read> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let limits = Limits::default();
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let len = std::fs::metadata(path).map_err(io)?.len();
    if len > limits.max_bytes {
        return Err(Error::Document {
            file: path.display().to_string(),
            source: booth_documents::Error::TooLarge {
                what: "file size in bytes",
                found: len,
                limit: limits.max_bytes,
            },
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let extracted =
        booth_documents::extract(&name, &bytes, &limits).map_err(|source| Error::Document {
            file: path.display().to_string(),
            source,
        })?;
    Ok(Read {
        name,
        bytes,
        extracted,
    })
}

/// What adding a document kept.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stored {
    /// Pack-relative path of the original and of its text.
    pub original: String,
    pub text: String,
    pub format: Format,
    pub warnings: Vec<Warning>,
}

/// Keeps a read document in the pack. Adding the same file again is a no-op; a different file with the
/// same name is refused ([`Error::DocumentExists`]) so nothing is overwritten without the user's say.
pub fn store(pack_dir: &Path, doc: &Read) -> Result<Stored> {
    let name = safe_name(&doc.name)?;
    let original = format!("{FOLDER}/{name}");
    let text_rel = format!("{FOLDER}/{name}.txt");
    let target = pack_path(pack_dir, &original)?;
    let text_target = pack_path(pack_dir, &text_rel)?;
    let text = doc.extracted.text();
    match std::fs::read(&target) {
        Ok(existing) if existing == doc.bytes => {}
        Ok(_) => return Err(Error::DocumentExists { name }),
        Err(_) => atomic_create(&target, &doc.bytes).map_err(|e| match e {
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::AlreadyExists => {
                Error::DocumentExists { name: name.clone() }
            }
            e => e,
        })?,
    }
    // The text is derived from the original: rewriting it (a better extractor) loses nothing.
    atomic_write(&text_target, text.as_bytes())?;
    Ok(Stored {
        original,
        text: text_rel,
        format: doc.extracted.format,
        warnings: doc.extracted.warnings.clone(),
    })
}

/// A file name fit to live in `documents/`: no folders, no hidden or reserved names.
fn safe_name(name: &str) -> Result<String> {
    let bad = name.is_empty()
        || name.starts_with('.')
        || name.contains(['/', '\\', '\0'])
        || name == "dismissed.json"
        || name == "index.json";
    if bad {
        return Err(Error::PathEscapesPack {
            path: name.to_owned(),
        });
    }
    Ok(name.to_owned())
}

/// The names of the documents kept with a pack: the originals whose extracted text sits beside them.
fn names(pack_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(pack_dir.join(FOLDER)) else {
        return Vec::new();
    };
    let all: std::collections::BTreeSet<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // An original is a file whose extracted text sits beside it (speech.txt has speech.txt.txt).
    all.iter()
        .filter(|n| !n.starts_with('.') && all.contains(&format!("{n}.txt")))
        .cloned()
        .collect()
}

/// The documents kept with a pack, by name, with their extracted text.
pub fn stored(pack_dir: &Path) -> Result<Vec<(String, String)>> {
    texts(pack_dir, names(pack_dir))
}

fn texts(pack_dir: &Path, names: Vec<String>) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for n in names {
        let text_path = pack_path(pack_dir, &format!("{FOLDER}/{n}.txt"))?;
        if let Ok(text) = std::fs::read_to_string(&text_path) {
            out.push((n, text));
        }
    }
    Ok(out)
}

/// A document kept with the pack, as the Prep view lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "KeptDocument")]
pub struct Kept {
    /// Its file name in `documents/`.
    pub name: String,
    pub format: Format,
    /// What was read only in part (scanned pages, a truncated read), as found when it was added.
    pub warnings: Vec<Warning>,
    /// The sessions it was added to (none: the whole pack).
    pub sessions: Vec<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    documents: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    format: Format,
    #[serde(default)]
    warnings: Vec<Warning>,
    #[serde(default)]
    sessions: Vec<String>,
}

fn load_index(pack_dir: &Path) -> Result<Index> {
    let path = pack_path(pack_dir, INDEX)?;
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| Error::InvalidArgument(format!("{INDEX}: {e}")))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Index::default()),
        Err(source) => Err(Error::Io { path, source }),
    }
}

fn save_index(pack_dir: &Path, index: &Index) -> Result<()> {
    let json =
        serde_json::to_string_pretty(index).map_err(|e| Error::InvalidArgument(e.to_string()))?;
    atomic_write(&pack_path(pack_dir, INDEX)?, json.as_bytes())
}

/// Reads `path`, keeps it in the pack ([`store`]) and adds it to `session` (checked against the pack), so
/// the session's candidates and drill include it. Adding a kept document to another session only records
/// that session.
pub fn add(pack: &Pack, pack_dir: &Path, path: &Path, session: Option<&str>) -> Result<Kept> {
    if let Some(s) = session {
        if !pack.sessions.iter().any(|x| x.id == s) {
            return Err(Error::UnknownId {
                kind: "session".into(),
                id: s.to_owned(),
            });
        }
    }
    let doc = read(path)?;
    let stored = store(pack_dir, &doc)?;
    let mut index = load_index(pack_dir)?;
    let entry = index
        .documents
        .entry(doc.name.clone())
        .or_insert_with(|| Entry {
            format: stored.format,
            warnings: Vec::new(),
            sessions: Vec::new(),
        });
    entry.format = stored.format;
    entry.warnings = stored.warnings;
    if let Some(s) = session {
        if !entry.sessions.iter().any(|x| x == s) {
            entry.sessions.push(s.to_owned());
            entry.sessions.sort();
        }
    }
    let kept = Kept {
        name: doc.name.clone(),
        format: entry.format,
        warnings: entry.warnings.clone(),
        sessions: entry.sessions.clone(),
    };
    save_index(pack_dir, &index)?;
    Ok(kept)
}

/// The documents kept with the pack (those added to `session` only, when given), by name. A document put
/// in `documents/` by hand (or by an older Booth) is listed for the whole pack, its format from its name.
pub fn list(pack_dir: &Path, session: Option<&str>) -> Result<Vec<Kept>> {
    let index = load_index(pack_dir)?;
    let out = names(pack_dir)
        .into_iter()
        .map(|name| match index.documents.get(&name) {
            Some(e) => Kept {
                name,
                format: e.format,
                warnings: e.warnings.clone(),
                sessions: e.sessions.clone(),
            },
            None => Kept {
                format: Format::sniff(&name, &[]).unwrap_or(Format::Text),
                name,
                warnings: Vec::new(),
                sessions: Vec::new(),
            },
        })
        .filter(|k| session.is_none_or(|s| k.sessions.iter().any(|x| x == s)))
        .collect();
    Ok(out)
}

/// The documents of `session` (every document, when `None`) with their text, for candidates and drill.
pub fn texts_of(pack_dir: &Path, session: Option<&str>) -> Result<Vec<(String, String)>> {
    let names = list(pack_dir, session)?
        .into_iter()
        .map(|k| k.name)
        .collect();
    texts(pack_dir, names)
}

/// The extracted text of one kept document; a name that is not one is [`Error::UnknownId`].
pub fn text(pack_dir: &Path, name: &str) -> Result<String> {
    let name = safe_name(name)?;
    let path = pack_path(pack_dir, &format!("{FOLDER}/{name}.txt"))?;
    let original = pack_path(pack_dir, &format!("{FOLDER}/{name}"))?;
    let unknown = || Error::UnknownId {
        kind: "document".into(),
        id: name.clone(),
    };
    if !original.is_file() {
        return Err(unknown());
    }
    std::fs::read_to_string(&path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => unknown(),
        _ => Error::Io { path, source },
    })
}

/// The candidate of `docs` whose key is `key` (what the window sends back to accept one); a key that is
/// no longer a candidate (accepted or dismissed meanwhile) is [`Error::UnknownId`].
pub fn candidate(
    pack: &Pack,
    pack_dir: Option<&Path>,
    docs: &[(String, String)],
    key: &str,
) -> Result<Candidate> {
    candidates(pack, pack_dir, docs, usize::MAX)?
        .into_iter()
        .find(|c| c.key == key)
        .ok_or_else(|| Error::UnknownId {
            kind: "candidate".into(),
            id: key.to_owned(),
        })
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Dismissed {
    keys: Vec<String>,
}

/// Keys of the candidates dismissed for this pack.
pub fn dismissed(pack_dir: &Path) -> Result<Vec<String>> {
    let path = pack_path(pack_dir, DISMISSED)?;
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str::<Dismissed>(&text)
            .map(|d| d.keys)
            .map_err(|e| Error::InvalidArgument(format!("{DISMISSED}: {e}"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(Error::Io { path, source }),
    }
}

/// Dismisses a candidate for this pack (by its term or key), so it is not proposed again.
pub fn dismiss(pack_dir: &Path, term: &str) -> Result<()> {
    let key = term_key(term);
    if key.is_empty() {
        return Err(Error::InvalidArgument(format!(
            "`{term}` has no words to dismiss"
        )));
    }
    let mut keys = dismissed(pack_dir)?;
    if !keys.contains(&key) {
        keys.push(key);
        keys.sort();
        let json = serde_json::to_string_pretty(&Dismissed { keys })
            .map_err(|e| Error::InvalidArgument(e.to_string()))?;
        atomic_write(&pack_path(pack_dir, DISMISSED)?, json.as_bytes())?;
    }
    Ok(())
}

/// Every spelling the glossary already has: terms, acronyms and other renderings in every locale.
pub fn known_terms(pack: &Pack) -> Vec<String> {
    let mut out = Vec::new();
    for c in &pack.glossary {
        out.extend(c.term.values().cloned());
        out.extend(c.abbr.values().cloned());
        for alts in c.alt.values() {
            out.extend(alts.iter().cloned());
        }
    }
    out
}

/// The candidate terms of `docs` (name, text) that `pack`'s glossary lacks and that were not dismissed in
/// `pack_dir` (when the pack is a folder), best first. The pack's people are not terms (their names are
/// on their cards), nor are amounts ("3억 5천", which the drill converts): neither is proposed.
pub fn candidates(
    pack: &Pack,
    pack_dir: Option<&Path>,
    docs: &[(String, String)],
    limit: usize,
) -> Result<Vec<Candidate>> {
    let mut known = known_terms(pack);
    for p in &pack.people {
        known.extend(p.name.values().cloned());
        known.extend(p.reading.values().cloned());
    }
    if let Some(dir) = pack_dir {
        known.extend(dismissed(dir)?);
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let sources: Vec<Source> = docs
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    let mut out = booth_documents::candidates(&sources, &known, limit);
    out.retain(|c| booth_numbers::convert(&c.term).is_none());
    Ok(out)
}

/// Term pairs from one document in both languages, `a` and `b` (name, text) in either order: the one
/// written mostly in Hangul is the Korean. Terms the glossary has or the user dismissed are left out.
pub fn pairs(
    pack: &Pack,
    pack_dir: Option<&Path>,
    a: &(String, String),
    b: &(String, String),
    limit: usize,
) -> Result<Vec<Pair>> {
    let mut known = known_terms(pack);
    if let Some(dir) = pack_dir {
        known.extend(dismissed(dir)?);
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let (en, ko) = if hangul_share(&a.1) > hangul_share(&b.1) {
        (b, a)
    } else {
        (a, b)
    };
    Ok(booth_documents::pairs(
        Source {
            name: &en.0,
            text: &en.1,
        },
        Source {
            name: &ko.0,
            text: &ko.1,
        },
        &known,
        limit,
    ))
}

/// The share of a text's letters that are Hangul.
fn hangul_share(text: &str) -> f64 {
    let (mut hangul, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if booth_search::is_hangul(c) {
            hangul += 1;
        }
    }
    hangul as f64 / letters.max(1) as f64
}

/// Adds a candidate to the pack's glossary as a new concept ([`concept_for`]): one edit through the
/// organizer's editor, saved at once (atomic, refused if the glossary changed on disk). Returns the new id.
/// The window does the same edit through its own editor, which may hold unsaved edits.
pub fn accept(pack_dir: &Path, candidate: &booth_documents::Candidate) -> Result<String> {
    use crate::edit::{Edit, Editor};
    let mut editor = Editor::open(pack_dir)?;
    let concept = concept_for(&editor.pack()?, candidate, None)?;
    let id = concept.id.clone();
    editor.apply(Edit::PutConcept { concept })?;
    editor.save()?;
    Ok(id.into())
}

/// The new concept for a candidate: its term in its own language (the other language is left for the
/// interpreter to fill in, and `booth check` lists it as missing), the acronym the documents define, the
/// document it came from as the concept's `source`, and `session` when it was mined from one.
pub fn concept_for(
    pack: &Pack,
    candidate: &booth_documents::Candidate,
    session: Option<&str>,
) -> Result<crate::glossary::Concept> {
    let lang = match candidate.lang {
        Lang::En => "en",
        Lang::Ko => "ko",
    };
    let locale = pack
        .locales
        .iter()
        .find(|l| l.split('-').next() == Some(lang))
        .cloned()
        .ok_or_else(|| {
            Error::InvalidArgument(format!(
                "the pack has no `{lang}` locale for `{}`",
                candidate.term
            ))
        })?;
    let id = concept_id(&candidate.term, &candidate.key, pack);
    let mut concept = crate::glossary::Concept {
        id: id.into(),
        sessions: session.map(str::to_owned).into_iter().collect(),
        ..Default::default()
    };
    concept.term.insert(locale.clone(), candidate.term.clone());
    if let Some(a) = &candidate.acronym {
        concept.abbr.insert(locale.clone(), a.clone());
    }
    if let Some(doc) = candidate.contexts.first().map(|c| c.document.clone()) {
        let mut source = crate::Text::new();
        source.insert(locale, format!("{FOLDER}/{doc}"));
        concept.fields.insert("source", source);
    }
    Ok(concept)
}

/// A new concept id from the term: its ASCII words in lower case joined by hyphens (`digital-public-
/// infrastructure`), or `term-` and a short hash of the key for a Korean term; made unique in the pack.
fn concept_id(term: &str, key: &str, pack: &Pack) -> String {
    use sha2::{Digest, Sha256};
    let ascii: Vec<String> = term
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let base = if ascii.is_empty() || !term.is_ascii() {
        let h = Sha256::digest(key.as_bytes());
        format!("term-{:02x}{:02x}{:02x}", h[0], h[1], h[2])
    } else {
        ascii.join("-")
    };
    let taken = |id: &str| pack.glossary.iter().any(|c| c.id == id);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}
