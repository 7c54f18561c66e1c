//! A session's documents kept with the pack, and the candidate terms they hold that the pack's glossary
//! lacks. The engine (`booth-documents`) reads formats and ranks terms; this module decides where things
//! live and what counts as known:
//!
//! - `documents/<file>` is the original, `documents/<file>.txt` its extracted text, so the pack can be read
//!   and mined again without the reader, and a colleague gets both with the folder;
//! - `documents/dismissed.json` lists the keys of candidates dismissed for this pack;
//! - writes are atomic (`save`), stay inside the pack (`save::pack_path`), and never replace a different
//!   file of the same name.

use crate::save::{atomic_create, atomic_write, pack_path};
use crate::{Error, Pack, Result};
use booth_documents::{Extracted, Limits, Source};
use serde::{Deserialize, Serialize};
use std::path::Path;

pub use booth_documents::{
    term_key, Candidate, Error as DocumentError, Format, Lang, Pair, Warning,
};

/// The folder inside a pack that holds its documents.
pub const FOLDER: &str = "documents";
const DISMISSED: &str = "documents/dismissed.json";

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
        || name == "dismissed.json";
    if bad {
        return Err(Error::PathEscapesPack {
            path: name.to_owned(),
        });
    }
    Ok(name.to_owned())
}

/// The documents kept with a pack, by name, with their extracted text.
pub fn stored(pack_dir: &Path) -> Result<Vec<(String, String)>> {
    let dir = pack_dir.join(FOLDER);
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(_) => return Ok(out),
    };
    let all: std::collections::BTreeSet<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // An original is a file whose extracted text sits beside it (speech.txt has speech.txt.txt).
    let names: Vec<String> = all
        .iter()
        .filter(|n| !n.starts_with('.') && all.contains(&format!("{n}.txt")))
        .cloned()
        .collect();
    for n in names {
        let text_path = pack_path(pack_dir, &format!("{FOLDER}/{n}.txt"))?;
        if let Ok(text) = std::fs::read_to_string(&text_path) {
            out.push((n, text));
        }
    }
    Ok(out)
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
/// `pack_dir` (when the pack is a folder), best first.
pub fn candidates(
    pack: &Pack,
    pack_dir: Option<&Path>,
    docs: &[(String, String)],
    limit: usize,
) -> Result<Vec<Candidate>> {
    let mut known = known_terms(pack);
    if let Some(dir) = pack_dir {
        known.extend(dismissed(dir)?);
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    let sources: Vec<Source> = docs
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    Ok(booth_documents::candidates(&sources, &known, limit))
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
        if ('\u{AC00}'..='\u{D7A3}').contains(&c) || ('\u{1100}'..='\u{11FF}').contains(&c) {
            hangul += 1;
        }
    }
    hangul as f64 / letters.max(1) as f64
}

/// Adds a candidate to the pack's glossary as a new concept: its term in its own language (the other
/// language is left for the interpreter to fill in, and `booth check` lists it as missing), the acronym
/// the documents define, and the document it came from as the concept's `source`. One edit through the
/// organizer's editor, saved at once (atomic, refused if the glossary changed on disk). Returns the new id.
pub fn accept(pack_dir: &Path, candidate: &booth_documents::Candidate) -> Result<String> {
    use crate::edit::{Edit, Editor};
    let mut editor = Editor::open(pack_dir)?;
    let pack = editor.pack()?;
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
    let id = concept_id(&candidate.term, &candidate.key, &pack);
    let mut concept = crate::glossary::Concept {
        id: id.clone(),
        ..Default::default()
    };
    concept.term.insert(locale.clone(), candidate.term.clone());
    if let Some(a) = &candidate.acronym {
        concept.abbr.insert(locale.clone(), a.clone());
    }
    if let Some(doc) = candidate.contexts.first().map(|c| c.document.clone()) {
        let mut source = crate::Text::new();
        source.insert(locale, format!("{FOLDER}/{doc}"));
        concept.fields.insert("source".into(), source);
    }
    editor.apply(Edit::PutConcept { concept })?;
    editor.save()?;
    Ok(id)
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
