//! Word and PowerPoint files (Office Open XML): a zip of XML parts. Text lives in `word/document.xml`
//! (`<w:t>` runs in `<w:p>` paragraphs, then footnotes and endnotes) and in `ppt/slides/slideN.xml` (`<a:t>`
//! runs in `<a:p>` paragraphs), in the order `ppt/presentation.xml` lists the slides, each followed by its
//! speaker notes (what the speaker will actually say).
//!
//! A zip can claim small sizes and inflate to gigabytes. Only the parts named above are read, each through a
//! reader capped at what is left of [`Limits::max_inflated`], and each part's real inflation ratio is checked,
//! so a bomb stops after at most the budget, however its headers lie.

use crate::limits::Clock;
use crate::{Error, Extracted, Format, Limits, Warning};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    limits: &'a Limits,
    inflated: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8], limits: &'a Limits) -> Result<Package<'a>, Error> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
        limits.check("zip entries", zip.len() as u64, limits.max_entries as u64)?;
        Ok(Package {
            zip,
            limits,
            inflated: 0,
        })
    }

    /// A part's text, or None when the package has no such part.
    fn part(&mut self, name: &str) -> Result<Option<String>, Error> {
        let file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(zip_error(e)),
        };
        if file.encrypted() {
            return Err(Error::Encrypted);
        }
        let compressed = file.compressed_size();
        let left = self.limits.max_inflated.saturating_sub(self.inflated);
        // Stop inflating as soon as the part passes the ratio a bomb would have, not after the total budget.
        let by_ratio = compressed
            .saturating_mul(self.limits.max_ratio)
            .max(1 << 20);
        let cap = left.min(by_ratio);
        let mut buf = Vec::new();
        file.take(cap + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::Corrupt(format!("{name}: {e}")))?;
        if buf.len() as u64 > cap && cap == by_ratio && by_ratio < left {
            return Err(Error::ZipBomb {
                ratio: buf.len() as u64 / compressed.max(1),
                limit: self.limits.max_ratio,
            });
        }
        self.inflated += buf.len() as u64;
        self.limits
            .check("inflated bytes", self.inflated, self.limits.max_inflated)?;
        self.limits.check_ratio(compressed, buf.len() as u64)?;
        String::from_utf8(buf)
            .map(Some)
            .map_err(|_| Error::Corrupt(format!("{name} is not UTF-8")))
    }
}

fn zip_error(e: ZipError) -> Error {
    match e {
        ZipError::UnsupportedArchive(m) if m.to_ascii_lowercase().contains("password") => {
            Error::Encrypted
        }
        e => Error::Corrupt(e.to_string()),
    }
}

/// DOCX or PPTX, from a zip's content types (for a file whose extension does not say).
pub(crate) fn kind(bytes: &[u8]) -> Result<Format, Error> {
    let limits = Limits::default();
    let mut p = Package::open(bytes, &limits)?;
    let types = p.part("[Content_Types].xml")?.unwrap_or_default();
    if types.contains("presentationml") {
        Ok(Format::Pptx)
    } else if types.contains("wordprocessingml") {
        Ok(Format::Docx)
    } else {
        Err(Error::Unsupported("zip".into()))
    }
}

pub(crate) fn docx(bytes: &[u8], limits: &Limits) -> Result<Extracted, Error> {
    let mut p = Package::open(bytes, limits)?;
    let body = p
        .part("word/document.xml")?
        .ok_or_else(|| Error::Corrupt("no word/document.xml: not a Word document".into()))?;
    let mut text = paragraphs(&body, b"w")?;
    for extra in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(x) = p.part(extra)? {
            let t = paragraphs(&x, b"w")?;
            if !t.trim().is_empty() {
                text.push_str("\n\n");
                text.push_str(&t);
            }
        }
    }
    Ok(Extracted {
        format: Format::Docx,
        units: vec![text],
        warnings: Vec::new(),
    })
}

pub(crate) fn pptx(bytes: &[u8], limits: &Limits) -> Result<Extracted, Error> {
    let clock = Clock::start(limits);
    let mut p = Package::open(bytes, limits)?;
    let slides = slide_order(&mut p)?;
    limits.check("slides", slides.len() as u64, limits.max_units.into())?;
    let mut units = Vec::new();
    let mut warnings = Vec::new();
    for (i, slide) in slides.iter().enumerate() {
        if clock.over() {
            warnings.push(Warning::Truncated {
                read: i as u32,
                total: slides.len() as u32,
            });
            break;
        }
        let Some(xml) = p.part(slide)? else {
            warnings.push(Warning::UnreadableUnit { unit: i as u32 + 1 });
            units.push(String::new());
            continue;
        };
        let mut text = match paragraphs(&xml, b"a") {
            Ok(t) => t,
            Err(Error::Corrupt(_)) => {
                warnings.push(Warning::UnreadableUnit { unit: i as u32 + 1 });
                String::new()
            }
            Err(e) => return Err(e),
        };
        if let Some(notes) = notes_of(&mut p, slide)? {
            if let Ok(n) = paragraphs(&notes, b"a") {
                // A notes page repeats the slide number as its own text box: keep only real notes.
                let n: Vec<&str> = n
                    .lines()
                    .filter(|l| l.trim().parse::<u32>().is_err())
                    .collect();
                let n = n.join("\n");
                let n = n.trim();
                if !n.is_empty() {
                    text.push_str("\n\n");
                    text.push_str(n);
                }
            }
        }
        units.push(text);
    }
    Ok(Extracted {
        format: Format::Pptx,
        units,
        warnings,
    })
}

/// Slide part names in the deck's order: `presentation.xml`'s `<p:sldId r:id>` list resolved through its
/// relationships; if that is missing or broken, every `ppt/slides/slideN.xml` by N.
fn slide_order(p: &mut Package) -> Result<Vec<String>, Error> {
    let pres = p.part("ppt/presentation.xml")?.unwrap_or_default();
    let rels = p
        .part("ppt/_rels/presentation.xml.rels")?
        .unwrap_or_default();
    let targets = relationships(&rels, "ppt/");
    let mut order = Vec::new();
    let mut reader = Reader::from_str(&pres);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"sldId" => {
                let rid = e.attributes().flatten().find_map(|a| {
                    (a.key.local_name().as_ref() == b"id" && a.key.prefix().is_some())
                        .then(|| String::from_utf8_lossy(&a.value).into_owned())
                });
                if let Some(t) = rid.and_then(|r| targets.iter().find(|(id, _)| *id == r)) {
                    order.push(t.1.clone());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    if order.is_empty() {
        let mut numbered: Vec<(u32, String)> = p
            .zip
            .file_names()
            .filter_map(|n| {
                let num = n
                    .strip_prefix("ppt/slides/slide")?
                    .strip_suffix(".xml")?
                    .parse()
                    .ok()?;
                Some((num, n.to_owned()))
            })
            .collect();
        numbered.sort();
        order = numbered.into_iter().map(|(_, n)| n).collect();
    }
    Ok(order)
}

/// The speaker notes part of a slide, through the slide's relationships.
fn notes_of(p: &mut Package, slide: &str) -> Result<Option<String>, Error> {
    let (dir, file) = slide.rsplit_once('/').unwrap_or(("", slide));
    let rels = match p.part(&format!("{dir}/_rels/{file}.rels"))? {
        Some(r) => r,
        None => return Ok(None),
    };
    let mut reader = Reader::from_str(&rels);
    let mut target = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let mut ty = String::new();
                let mut t = String::new();
                for a in e.attributes().flatten() {
                    match a.key.as_ref() {
                        b"Type" => ty = String::from_utf8_lossy(&a.value).into_owned(),
                        b"Target" => t = String::from_utf8_lossy(&a.value).into_owned(),
                        _ => {}
                    }
                }
                if ty.ends_with("/notesSlide") {
                    target = Some(resolve(&format!("{dir}/"), &t));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    match target {
        Some(t) => p.part(&t),
        None => Ok(None),
    }
}

/// `(Id, part name)` of each relationship, targets resolved against `base` (a folder ending in `/`).
fn relationships(rels: &str, base: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                let mut id = String::new();
                let mut t = String::new();
                for a in e.attributes().flatten() {
                    match a.key.as_ref() {
                        b"Id" => id = String::from_utf8_lossy(&a.value).into_owned(),
                        b"Target" => t = String::from_utf8_lossy(&a.value).into_owned(),
                        _ => {}
                    }
                }
                out.push((id, resolve(base, &t)));
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// A relationship target as a part name: absolute (`/ppt/slides/slide1.xml`) or relative to `base`, with
/// `..` resolved (`../notesSlides/notesSlide1.xml`).
fn resolve(base: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_owned(),
        None => format!("{base}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The text of an OOXML part: runs `<ns:t>` joined, a newline after each paragraph `<ns:p>`, tabs and
/// breaks kept. `ns` is the prefix of the text namespace (`w` in Word, `a` in DrawingML).
fn paragraphs(xml: &str, ns: &[u8]) -> Result<String, Error> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut in_text = false;
    let is = |name: &[u8], local: &[u8]| -> bool {
        name.strip_prefix(ns)
            .and_then(|r| r.strip_prefix(b":"))
            .is_some_and(|r| r == local)
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| Error::Corrupt(format!("XML at byte {}: {e}", reader.error_position())))?;
        match event {
            Event::Start(e) if is(e.name().as_ref(), b"t") => in_text = true,
            Event::End(e) if is(e.name().as_ref(), b"t") => in_text = false,
            Event::End(e) if is(e.name().as_ref(), b"p") => out.push('\n'),
            Event::Empty(e) | Event::Start(e) if is(e.name().as_ref(), b"tab") && ns == b"w" => {
                out.push('\t')
            }
            Event::Empty(e) if is(e.name().as_ref(), b"br") || is(e.name().as_ref(), b"cr") => {
                out.push('\n')
            }
            Event::Text(t) if in_text => {
                let s = t
                    .xml_content(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                out.push_str(&s);
            }
            Event::CData(t) if in_text => out.push_str(&String::from_utf8_lossy(&t)),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else if let Some(s) =
                    quick_xml::escape::resolve_predefined_entity(&String::from_utf8_lossy(&r))
                {
                    out.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_targets_resolve_like_paths() {
        assert_eq!(
            resolve("ppt/slides/", "../notesSlides/notesSlide1.xml"),
            "ppt/notesSlides/notesSlide1.xml"
        );
        assert_eq!(
            resolve("ppt/", "/ppt/slides/slide2.xml"),
            "ppt/slides/slide2.xml"
        );
        assert_eq!(
            resolve("ppt/", "slides/slide3.xml"),
            "ppt/slides/slide3.xml"
        );
    }

    #[test]
    fn word_paragraphs_tabs_entities() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>A &amp; B</w:t><w:tab/><w:t xml:space="preserve"> C</w:t></w:r></w:p><w:p><w:r><w:instrText>PAGE</w:instrText><w:t>D</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(paragraphs(xml, b"w").expect("xml"), "A & B\t C\nD\n");
    }
}
