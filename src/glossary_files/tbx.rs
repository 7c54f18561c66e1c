//! TBX, the terminology exchange standard (ISO 30042), in both versions in use: v2 (`martif`, `termEntry`,
//! `langSet`, `tig`/`ntig`) and v3 (ISO 30042:2019, `tbx`, `conceptEntry`, `langSec`, `termSec`), with the
//! data categories of the TBX-Basic dialect.
//!
//! Mapping: one concept per entry (`id="concept-<id>"`, the Fluent message id, which is always a valid XML
//! ID); the domain is `descrip type="subjectField"`, each session an `admin type="projectSubset"`; per
//! language the note is a `note`, the term comes first, the acronym is a term with
//! `termNote type="termType"` `acronym`, other renderings are terms with termType `variant`. Reviewed
//! renderings carry `termNote type="administrativeStatus"` (`preferredTerm-admn-sts`, …) when their
//! reviewers agree ([`crate::review`]). Reading accepts what other tools write: terms without a termType,
//! `abbreviation`/`shortForm` as acronyms, `definition` when there is no note, any namespace prefix.
//!
//! On import, `administrativeStatus` decides which term is the concept's value (a preferred one wins) and is
//! returned in [`Incoming::status`]; it is not written to `review.json`, which records who reviewed what,
//! and a file does not say that.
//!
//! XML safety: quick-xml never reads DTDs or resolves entities beyond the five predefined ones and character
//! references. A document type declaration is skipped unread, and a reference to any other entity is an
//! error, so an external entity (XXE) is never fetched and an entity "billion laughs" bomb is never
//! expanded: the file is refused at the first undefined entity.
//!
//! Why one file of this size: TBX v2 (`martif`) and v3 (ISO 30042) are read and written with one table of
//! element names and data categories; a reader and a writer per version would repeat it four times.

use super::{match_locale, Incoming, OnProgress, Progress, ReadFor};
use crate::error::{Diagnostic, Error, Result};
use crate::glossary::{Concept, PREFIX};
use crate::pack::Pack;
use crate::review::{Reviews, Status};
use quick_xml::events::{BytesDecl, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::collections::BTreeSet;

/// Which TBX to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V2,
    V3,
}

/// The namespace of TBX v3 (ISO 30042:2019).
pub const TBX3_NAMESPACE: &str = "urn:iso:std:iso:30042:ed-2";

struct Names {
    root: &'static str,
    header: &'static str,
    entry: &'static str,
    lang: &'static str,
    term: &'static str,
}

impl Version {
    fn names(self) -> Names {
        match self {
            Version::V2 => Names {
                root: "martif",
                header: "martifHeader",
                entry: "termEntry",
                lang: "langSet",
                term: "tig",
            },
            Version::V3 => Names {
                root: "tbx",
                header: "tbxHeader",
                entry: "conceptEntry",
                lang: "langSec",
                term: "termSec",
            },
        }
    }
}

type W = Writer<Vec<u8>>;

fn io(e: std::io::Error) -> Error {
    Error::InvalidArgument(format!("TBX export: {e}"))
}

fn start(w: &mut W, name: &str, attrs: &[(&str, &str)]) -> Result<()> {
    let mut el = BytesStart::new(name);
    for (k, v) in attrs {
        el.push_attribute((*k, *v));
    }
    w.write_event(Event::Start(el)).map_err(io)
}

fn end(w: &mut W, name: &str) -> Result<()> {
    w.write_event(Event::End(quick_xml::events::BytesEnd::new(name)))
        .map_err(io)
}

fn leaf(w: &mut W, name: &str, attrs: &[(&str, &str)], text: &str) -> Result<()> {
    start(w, name, attrs)?;
    w.write_event(Event::Text(BytesText::new(text)))
        .map_err(io)?;
    end(w, name)
}

/// Writes the pack's glossary as TBX.
pub fn write(pack: &Pack, reviews: &Reviews, version: Version) -> Result<Vec<u8>> {
    let n = version.names();
    let agreed = reviews.agreed();
    let reference = pack.locales.first().map(String::as_str).unwrap_or("en");
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(io)?;
    match version {
        Version::V2 => start(
            &mut w,
            n.root,
            &[("type", "TBX-Basic"), ("xml:lang", reference)],
        )?,
        Version::V3 => start(
            &mut w,
            n.root,
            &[
                ("type", "TBX-Basic"),
                ("style", "dca"),
                ("xml:lang", reference),
                ("xmlns", TBX3_NAMESPACE),
            ],
        )?,
    }
    start(&mut w, n.header, &[])?;
    start(&mut w, "fileDesc", &[])?;
    start(&mut w, "titleStmt", &[])?;
    let title = pack
        .info
        .title
        .get(reference)
        .cloned()
        .unwrap_or_else(|| pack.id.clone());
    leaf(&mut w, "title", &[], &title)?;
    end(&mut w, "titleStmt")?;
    start(&mut w, "sourceDesc", &[])?;
    leaf(&mut w, "p", &[], &format!("Booth event pack {}", pack.id))?;
    end(&mut w, "sourceDesc")?;
    end(&mut w, "fileDesc")?;
    if version == Version::V2 {
        start(&mut w, "encodingDesc", &[])?;
        leaf(&mut w, "p", &[("type", "XCSURI")], "TBXBasicXCSV02.xcs")?;
        end(&mut w, "encodingDesc")?;
    }
    end(&mut w, n.header)?;
    start(&mut w, "text", &[])?;
    start(&mut w, "body", &[])?;
    for c in &pack.glossary {
        let id = format!("{PREFIX}{}", c.id);
        start(&mut w, n.entry, &[("id", &id)])?;
        if let Some(d) = &c.domain {
            leaf(&mut w, "descrip", &[("type", "subjectField")], d)?;
        }
        for s in &c.sessions {
            leaf(&mut w, "admin", &[("type", "projectSubset")], s)?;
        }
        for l in &pack.locales {
            let renderings = crate::review::renderings(c, l);
            let note = c.note.get(l).filter(|s| !s.is_empty());
            let field = |name: &str| {
                c.fields
                    .get(name)
                    .and_then(|t| t.get(l))
                    .filter(|s| !s.is_empty())
            };
            let has_fields = c.fields.keys().any(|k| field(k).is_some());
            if renderings.is_empty() && note.is_none() && !has_fields {
                continue;
            }
            start(&mut w, n.lang, &[("xml:lang", l)])?;
            for name in c.fields.keys() {
                let Some(v) = field(name) else { continue };
                if TERM_FIELDS.iter().any(|(t, _)| t == name) && c.term.contains_key(l) {
                    continue;
                }
                if name == "xref" {
                    let (label, target) = xref_parts(v);
                    leaf(
                        &mut w,
                        "xref",
                        &[("type", "externalCrossReference"), ("target", target)],
                        label,
                    )?;
                } else {
                    leaf(&mut w, "descrip", &[("type", name)], v)?;
                }
            }
            if let Some(note) = note {
                leaf(&mut w, "note", &[], note)?;
            }
            for r in &renderings {
                let kind = if c.term.get(l) == Some(r) {
                    None
                } else if c.abbr.get(l) == Some(r) {
                    Some("acronym")
                } else {
                    Some("variant")
                };
                start(&mut w, n.term, &[])?;
                leaf(&mut w, "term", &[], r)?;
                if let Some(k) = kind {
                    leaf(&mut w, "termNote", &[("type", "termType")], k)?;
                }
                let main = kind.is_none();
                let status = agreed.get(&(c.id.to_string(), l.clone(), r.clone()));
                if let Some(s) = status {
                    leaf(
                        &mut w,
                        "termNote",
                        &[("type", "administrativeStatus")],
                        s.tbx(),
                    )?;
                }
                if main {
                    // termNotes first, then descrip/admin, as TBX-Basic orders a term's content.
                    for elem in ["termNote", "descrip", "admin"] {
                        for (name, e) in TERM_FIELDS {
                            if e != elem || (name == "administrativeStatus" && status.is_some()) {
                                continue;
                            }
                            if let Some(v) = field(name) {
                                leaf(&mut w, e, &[("type", name)], v)?;
                            }
                        }
                    }
                }
                end(&mut w, n.term)?;
            }
            end(&mut w, n.lang)?;
        }
        end(&mut w, n.entry)?;
    }
    end(&mut w, "body")?;
    end(&mut w, "text")?;
    end(&mut w, n.root)?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

/// One term as read, before it is sorted into term / acronym / other renderings.
#[derive(Debug, Default)]
struct TermRec {
    text: String,
    term_type: Option<String>,
    status: Option<Status>,
    /// Data categories on the term (`partOfSpeech`, `context`, `source`, …) as (name, text).
    fields: Vec<(String, String)>,
}

#[derive(Debug, Default)]
struct LangRec {
    locale: Option<String>,
    note: Vec<String>,
    /// Data categories on the language (`definition`, `xref`, …) as (name, text).
    fields: Vec<(String, String)>,
    terms: Vec<TermRec>,
}

#[derive(Debug, Default)]
struct EntryRec {
    id: String,
    domain: Option<String>,
    sessions: Vec<String>,
    /// Data categories on the entry itself, outside any language (a concept-level `note` or `definition`):
    /// kept in the pack's reference locale.
    fields: Vec<(String, String)>,
    langs: Vec<LangRec>,
}

/// Fields written on the main term (`termNote` or `descrip`/`admin` inside `tig`/`termSec`), as TBX-Basic
/// places them; every other field is written on the language (`descrip type="<name>"`, `xref`).
const TERM_FIELDS: [(&str, &str); 4] = [
    ("partOfSpeech", "termNote"),
    ("administrativeStatus", "termNote"),
    ("context", "descrip"),
    ("source", "admin"),
];

/// A cross-reference as text: `label <target>`, or either alone.
fn xref_text(label: &str, target: &str) -> String {
    match (label.is_empty(), target.is_empty()) {
        (false, false) => format!("{label} <{target}>"),
        (true, _) => target.to_owned(),
        (false, true) => label.to_owned(),
    }
}

/// The label and target of [`xref_text`]'s text.
fn xref_parts(s: &str) -> (&str, &str) {
    if let Some(body) = s.strip_suffix('>') {
        if let Some((label, target)) = body.rsplit_once(" <") {
            return (label, target);
        }
    }
    if s.contains("://") && !s.contains(char::is_whitespace) {
        ("", s)
    } else {
        (s, "")
    }
}

/// Where a data category read outside a term goes: the open language, else the entry.
fn push_field(
    term: &mut Option<TermRec>,
    lang: &mut Option<LangRec>,
    entry: &mut Option<EntryRec>,
    name: &str,
    value: String,
) {
    if value.is_empty() || !crate::glossary::is_field_name(name) {
        return;
    }
    let f = (name.to_owned(), value);
    if let Some(t) = term.as_mut() {
        t.fields.push(f);
    } else if let Some(l) = lang.as_mut() {
        l.fields.push(f);
    } else if let Some(e) = entry.as_mut() {
        e.fields.push(f);
    }
}

fn attr(e: &BytesStart<'_>, name: &[u8], file: &str) -> Result<Option<String>> {
    for a in e.attributes() {
        let a = a.map_err(|err| xml_error(file, &err.to_string()))?;
        let key = a.key.as_ref();
        let local = a.key.local_name();
        if key == name || local.as_ref() == name {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| xml_error(file, &err.to_string()))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

fn xml_error(file: &str, msg: &str) -> Error {
    Error::Import(Diagnostic::error(
        "tbx",
        file,
        format!("not well-formed TBX: {msg}"),
    ))
}

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(bytes: &[u8], pos: u64) -> (usize, usize) {
    let before = &bytes[..usize::try_from(pos).unwrap_or(usize::MAX).min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

/// Reads TBX v2 or v3. Every error names the line and column of the markup it comes from.
pub fn read(bytes: &[u8], at: ReadFor<'_>, progress: OnProgress<'_>) -> Result<Incoming> {
    let ReadFor { file, locales } = at;
    let mut at = 0u64;
    read_events(bytes, file, locales, progress, &mut at).map_err(|e| match e {
        Error::Import(d) if d.line.is_none() => {
            let (line, col) = line_col(bytes, at);
            Error::Import(d.at(line, col))
        }
        e => e,
    })
}

/// The reader; `at` follows the start of the event being handled, for [`read`] to position errors.
fn read_events(
    bytes: &[u8],
    file: &str,
    locales: &[String],
    progress: OnProgress<'_>,
    at: &mut u64,
) -> Result<Incoming> {
    let total = bytes.len() as u64;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    let mut buf = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    // The `type` attribute of the open descrip/admin/termNote, and the text collected since it opened.
    let mut typ: Option<String> = None;
    let mut text = String::new();
    let mut entry: Option<EntryRec> = None;
    let mut lang: Option<LangRec> = None;
    let mut term: Option<TermRec> = None;
    let mut out = Incoming::default();
    let mut unknown_langs: BTreeSet<String> = BTreeSet::new();
    let mut root_seen = false;
    let mut xref_target = String::new();
    // Where each open element started, for a file that ends before closing them.
    let mut opened: Vec<u64> = Vec::new();
    loop {
        let pos = reader.buffer_position();
        *at = pos;
        let ev = reader.read_event_into(&mut buf).map_err(|e| {
            let (line, col) = line_col(bytes, reader.error_position());
            Error::Import(
                Diagnostic::error("tbx", file, format!("not well-formed TBX: {e}")).at(line, col),
            )
        })?;
        match ev {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if !root_seen {
                    if name != "martif" && name != "tbx" {
                        return Err(xml_error(
                            file,
                            &format!("the root element is <{name}>, not <martif> (TBX v2) or <tbx> (TBX v3)"),
                        ));
                    }
                    if name == "tbx" {
                        let ns = attr(&e, b"xmlns", file)?;
                        if ns.as_deref() != Some(TBX3_NAMESPACE) {
                            return Err(xml_error(
                                file,
                                &format!(
                                    "the root <tbx> {}, not TBX v3's `{TBX3_NAMESPACE}`",
                                    ns.map_or("has no namespace".to_owned(), |n| format!(
                                        "is in the namespace `{n}`"
                                    ))
                                ),
                            ));
                        }
                    }
                    root_seen = true;
                }
                opened.push(pos);
                match name.as_str() {
                    "termEntry" | "conceptEntry" => {
                        entry = Some(EntryRec {
                            id: attr(&e, b"id", file)?.unwrap_or_default(),
                            ..EntryRec::default()
                        });
                    }
                    "langSet" | "langSec" => {
                        let tag = attr(&e, b"xml:lang", file)?.unwrap_or_default();
                        let locale = match_locale(&tag, locales);
                        if locale.is_none() {
                            unknown_langs.insert(tag);
                        }
                        lang = Some(LangRec {
                            locale,
                            ..LangRec::default()
                        });
                    }
                    "tig" | "ntig" | "termSec" => term = Some(TermRec::default()),
                    "descrip" | "admin" | "termNote" => typ = attr(&e, b"type", file)?,
                    "xref" | "ref" => {
                        xref_target = attr(&e, b"target", file)?.unwrap_or_default();
                        typ = attr(&e, b"type", file)?;
                    }
                    _ => {}
                }
                stack.push(name);
                text.clear();
            }
            Event::Empty(e) => {
                // `<xref target="…"/>`: a cross-reference without a label.
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if name == "xref" {
                    let target = attr(&e, b"target", file)?.unwrap_or_default();
                    push_field(&mut term, &mut lang, &mut entry, "xref", target);
                }
            }
            Event::Text(t) => {
                let s = t
                    .xml_content(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| xml_error(file, &e.to_string()))?;
                if let Some(c) = s
                    .chars()
                    .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                {
                    return Err(xml_error(
                        file,
                        &format!(
                            "control character U+{:04X} in text (XML 1.0 forbids it)",
                            u32::from(c)
                        ),
                    ));
                }
                text.push_str(&s);
            }
            Event::CData(t) => text.push_str(&String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) => {
                if let Some(c) = r
                    .resolve_char_ref()
                    .map_err(|e| xml_error(file, &e.to_string()))?
                {
                    if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                        return Err(xml_error(
                            file,
                            &format!(
                                "control character U+{:04X} in text (XML 1.0 forbids it)",
                                u32::from(c)
                            ),
                        ));
                    }
                    text.push(c);
                } else {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(s) => text.push_str(s),
                        None => {
                            return Err(Error::Import(Diagnostic::error(
                                "tbx-entity",
                                file,
                                format!(
                                    "the entity &{name}; is not defined: Booth does not read DTDs or external entities"
                                ),
                            )))
                        }
                    }
                }
            }
            Event::End(_) => {
                opened.pop();
                let name = stack.pop().unwrap_or_default();
                let value = text.trim().to_owned();
                let t = typ.as_deref().unwrap_or_default();
                match name.as_str() {
                    "term" => {
                        if let Some(tr) = term.as_mut() {
                            tr.text = value;
                        }
                    }
                    "termNote" if t == "termType" => {
                        if let Some(tr) = term.as_mut() {
                            tr.term_type = Some(value);
                        }
                    }
                    "termNote" if t == "administrativeStatus" => {
                        if let Some(tr) = term.as_mut() {
                            tr.status = Status::from_tbx(&value);
                            tr.fields.push((t.to_owned(), value));
                        }
                    }
                    "descrip" if t == "subjectField" => {
                        if let Some(en) = entry.as_mut() {
                            en.domain = Some(value);
                        }
                    }
                    "admin" if t == "projectSubset" => {
                        if let Some(en) = entry.as_mut() {
                            en.sessions.push(value);
                        }
                    }
                    "note" => {
                        // Notes on the language level (or on a term) become the concept's note; a note on
                        // the entry itself, the reference locale's.
                        if let Some(l) = lang.as_mut() {
                            if !value.is_empty() {
                                l.note.push(value);
                            }
                        } else if let Some(en) = entry.as_mut() {
                            if !value.is_empty() {
                                en.fields.push(("note".to_owned(), value));
                            }
                        }
                    }
                    "xref" => {
                        let v = xref_text(&value, xref_target.trim());
                        push_field(&mut term, &mut lang, &mut entry, "xref", v);
                    }
                    "ref" => {
                        let v = xref_text(&value, xref_target.trim());
                        let n = if t.is_empty() { "ref" } else { t };
                        push_field(&mut term, &mut lang, &mut entry, n, v);
                    }
                    // Every other data category is kept under its own name (`definition`, `context`,
                    // `partOfSpeech`, `source`, `customerSubset`, …).
                    "descrip" | "admin" | "termNote" if !t.is_empty() => {
                        push_field(&mut term, &mut lang, &mut entry, t, value);
                    }
                    "tig" | "ntig" | "termSec" => {
                        if let (Some(l), Some(tr)) = (lang.as_mut(), term.take()) {
                            if !tr.text.is_empty() {
                                l.terms.push(tr);
                            }
                        }
                    }
                    "langSet" | "langSec" => {
                        if let (Some(en), Some(l)) = (entry.as_mut(), lang.take()) {
                            en.langs.push(l);
                        }
                    }
                    "termEntry" | "conceptEntry" => {
                        if let Some(en) = entry.take() {
                            push_entry(&mut out, en, file, locales);
                            if out.concepts.len() % 256 == 0 {
                                progress(Progress {
                                    done: reader.buffer_position(),
                                    total,
                                });
                            }
                        }
                    }
                    _ => {}
                }
                if matches!(
                    name.as_str(),
                    "descrip" | "admin" | "termNote" | "xref" | "ref"
                ) {
                    typ = None;
                }
                text.clear();
            }
            Event::Eof => {
                if let (Some(name), Some(&start)) = (stack.last(), opened.last()) {
                    let (line, col) = line_col(bytes, start);
                    return Err(xml_error(
                        file,
                        &format!(
                            "the file ends inside <{name}> (opened at line {line}, column {col}): it is cut short or a closing tag is missing"
                        ),
                    ));
                }
                break;
            }
            // The DOCTYPE is skipped unread (an external DTD is never fetched, and says so); declarations,
            // comments and processing instructions carry no terms.
            Event::DocType(d) => {
                let d = String::from_utf8_lossy(&d).into_owned();
                if d.contains("SYSTEM") || d.contains("PUBLIC") {
                    let (line, col) = line_col(bytes, pos);
                    out.warnings.push(
                        Diagnostic::warning(
                            "tbx-dtd",
                            file,
                            "the document names an external DTD; Booth never reads DTDs (the terms are read without it)",
                        )
                        .at(line, col),
                    );
                }
            }
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
        }
        buf.clear();
    }
    if !root_seen {
        return Err(xml_error(file, "no root element"));
    }
    for l in unknown_langs {
        out.warnings.push(Diagnostic::warning(
            "unknown-language",
            file,
            format!(
                "terms in `{l}` are not imported: the pack's languages are {}",
                locales.join(", ")
            ),
        ));
    }
    progress(Progress { done: total, total });
    Ok(out)
}

/// Adds (name, text) fields of one locale to a concept; several of one name are joined by line breaks.
fn add_fields(c: &mut Concept, locale: &str, fields: Vec<(String, String)>) {
    for (name, value) in fields {
        let t = c.fields.entry(name).or_default();
        match t.get_mut(locale) {
            Some(v) => {
                v.push('\n');
                v.push_str(&value);
            }
            None => {
                t.insert(locale.to_owned(), value);
            }
        }
    }
}

fn push_entry(out: &mut Incoming, en: EntryRec, file: &str, locales: &[String]) {
    let index = out.concepts.len();
    let id = en
        .id
        .strip_prefix(PREFIX)
        .unwrap_or(&en.id)
        .trim()
        .to_owned();
    let mut c = Concept {
        id: id.into(),
        domain: en.domain.filter(|d| !d.is_empty()),
        sessions: en.sessions.into_iter().filter(|s| !s.is_empty()).collect(),
        ..Concept::default()
    };
    for l in en.langs {
        let Some(locale) = l.locale else { continue };
        let is_abbr = |t: &TermRec| {
            matches!(
                t.term_type.as_deref(),
                Some("acronym" | "abbreviation" | "shortForm" | "initialism")
            )
        };
        let main = l
            .terms
            .iter()
            .position(|t| !is_abbr(t) && t.status == Some(Status::Preferred))
            .or_else(|| {
                l.terms
                    .iter()
                    .position(|t| !is_abbr(t) && t.term_type.as_deref() != Some("variant"))
            })
            .or_else(|| l.terms.iter().position(|t| !is_abbr(t)))
            .or(if l.terms.is_empty() { None } else { Some(0) });
        let abbr = l
            .terms
            .iter()
            .enumerate()
            .position(|(i, t)| Some(i) != main && is_abbr(t));
        for (i, t) in l.terms.iter().enumerate() {
            if Some(i) == main {
                c.term.insert(locale.clone(), t.text.clone());
            } else if Some(i) == abbr {
                c.abbr.insert(locale.clone(), t.text.clone());
            } else {
                let alts = c.alt.entry(locale.clone()).or_default();
                if !alts.contains(&t.text) {
                    alts.push(t.text.clone());
                }
            }
            if let Some(s) = t.status {
                out.status
                    .insert((index, locale.clone(), t.text.clone()), s);
            }
        }
        if !l.note.is_empty() {
            c.note.insert(locale.clone(), l.note.join("\n"));
        }
        let mut fields = l.fields;
        for (i, t) in l.terms.iter().enumerate() {
            if Some(i) == main {
                fields.extend(t.fields.iter().cloned());
            } else {
                for (name, value) in &t.fields {
                    // A variant's status is returned in `Incoming::status`.
                    if name != "administrativeStatus" {
                        out.warnings.push(Diagnostic::warning(
                            "term-field",
                            file,
                            format!(
                                "entry {}: `{name}` of the {locale} term `{}` is not imported (only the preferred term's are): {value}",
                                index + 1,
                                t.text
                            ),
                        ));
                    }
                }
            }
        }
        add_fields(&mut c, &locale, fields);
    }
    if let Some(reference) = locales.first() {
        let mut fields = en.fields;
        fields.retain(|(name, value)| {
            if name == "note" {
                let n = c.note.entry(reference.clone()).or_default();
                if !n.is_empty() {
                    n.push('\n');
                }
                n.push_str(value);
                false
            } else {
                true
            }
        });
        add_fields(&mut c, reference, fields);
    }
    if c.term.is_empty() {
        out.warnings.push(Diagnostic::warning(
            "no-term",
            file,
            format!(
                "entry {} has no term in the pack's languages; skipped",
                index + 1
            ),
        ));
        return;
    }
    out.concepts.push(c);
}
