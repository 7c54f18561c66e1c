//! PDF text through `pdf-extract` (it decodes ToUnicode maps and CID fonts, which Korean PDFs need), held on
//! a short leash because it was written for well-formed files:
//!
//! - every deflated stream in the raw file is inflated first by a bounded inflater that stops at the
//!   ratio and total budgets ([`Limits`]), so neither the parser nor the extractor ever meets a bomb;
//! - a page whose form XObjects draw each other in a cycle, or fan out past [`MAX_DRAWS`], is skipped
//!   (the extractor recurses into them with no guard: a stack overflow, not a panic);
//! - parsing and each page run under `catch_unwind` (the library unwraps on malformed input), and a failed
//!   page becomes a warning, not a failed document;
//! - the whole job runs on its own thread with a large stack and the caller waits at most the time budget
//!   plus a grace second; pages stop being read once the budget is spent.

use crate::limits::Clock;
use crate::{Error, Extracted, Format, Limits, Warning};
use pdf_extract::{Dictionary, Document, Object, ObjectId, PlainTextOutput};
use std::collections::HashSet;
use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

/// Form XObjects a page may draw, nested ones counted every time they are drawn.
const MAX_DRAWS: u32 = 10_000;

pub(crate) fn extract(bytes: &[u8], limits: &Limits) -> Result<Extracted, Error> {
    precheck_streams(bytes, limits)?;
    let owned = bytes.to_vec();
    let lim = limits.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("pdf-text".into())
        .stack_size(256 << 20)
        .spawn(move || {
            let _ = tx.send(read(&owned, &lim));
        });
    if spawned.is_err() {
        // No thread to spare: read here, still under catch_unwind and the page budget.
        return read(bytes, limits);
    }
    let wait = limits.time + Duration::from_secs(1);
    match rx.recv_timeout(wait) {
        Ok(r) => r,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Error::Timeout {
            seconds: wait.as_secs(),
        }),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(Error::Corrupt("the PDF reader stopped on this file".into()))
        }
    }
}

fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted, Error> {
    let clock = Clock::start(limits);
    let mut doc = match catch_unwind(|| Document::load_mem(bytes)) {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return Err(load_error(e)),
        Err(_) => {
            return Err(Error::Corrupt(
                "the PDF's structure could not be read".into(),
            ))
        }
    };
    if doc.is_encrypted() {
        // Many PDFs are "encrypted" with an empty user password only to restrict printing: those read fine.
        let ok = catch_unwind(AssertUnwindSafe(|| doc.decrypt(""))).is_ok_and(|r| r.is_ok());
        if !ok {
            return Err(Error::Encrypted);
        }
    }
    let pages = catch_unwind(AssertUnwindSafe(|| doc.get_pages()))
        .map_err(|_| Error::Corrupt("the PDF's page tree could not be read".into()))?;
    limits.check("pages", pages.len() as u64, limits.max_units.into())?;
    if pages.is_empty() {
        return Err(Error::Corrupt("the PDF has no pages".into()));
    }
    let total = pages.len() as u32;
    let mut units = Vec::new();
    let mut warnings = Vec::new();
    let mut empty = Vec::new();
    for (&num, &id) in &pages {
        if clock.over() {
            warnings.push(Warning::Truncated {
                read: units.len() as u32,
                total,
            });
            break;
        }
        let unit = units.len() as u32 + 1;
        if !draws_are_bounded(&doc, id) {
            warnings.push(Warning::UnreadableUnit { unit });
            units.push(String::new());
            continue;
        }
        let text = catch_unwind(AssertUnwindSafe(|| {
            let mut s = String::new();
            let mut out = PlainTextOutput::new(&mut s);
            pdf_extract::output_doc_page(&doc, &mut out, num).map(|_| s)
        }));
        match text {
            Ok(Ok(s)) => {
                if s.trim().is_empty() {
                    empty.push(unit);
                }
                units.push(s);
            }
            _ => {
                warnings.push(Warning::UnreadableUnit { unit });
                units.push(String::new());
            }
        }
    }
    if units.iter().all(|u| u.trim().is_empty()) && warnings.is_empty() {
        return Err(Error::NoTextLayer { pages: total });
    }
    if !empty.is_empty() {
        warnings.push(Warning::NoTextOn { units: empty });
    }
    Ok(Extracted {
        format: Format::Pdf,
        units,
        warnings,
    })
}

fn load_error(e: pdf_extract::Error) -> Error {
    let msg = e.to_string();
    if msg.to_ascii_lowercase().contains("decrypt") || msg.to_ascii_lowercase().contains("password")
    {
        Error::Encrypted
    } else {
        Error::Corrupt(msg)
    }
}

/// Inflates every `FlateDecode`-looking stream of the raw file into nothing, stopping each one at the ratio
/// budget and all of them at the total budget. Streams the parser would never read are measured too: the
/// point is that nothing past this function inflates more than the budget.
fn precheck_streams(bytes: &[u8], limits: &Limits) -> Result<(), Error> {
    let mut total: u64 = 0;
    let mut at = 0;
    while let Some(pos) = find(&bytes[at..], b"stream") {
        let start = at + pos + b"stream".len();
        at = start;
        // "endstream" also contains "stream"; the keyword that opens data is followed by an end of line.
        let data_start = match bytes.get(start..start + 2) {
            Some([b'\r', b'\n']) => start + 2,
            Some([b'\n', _]) | Some([b'\r', _]) => start + 1,
            _ => continue,
        };
        let end = find(&bytes[data_start..], b"endstream")
            .map(|e| data_start + e)
            .unwrap_or(bytes.len());
        let data = &bytes[data_start..end];
        at = end;
        if !data.starts_with(&[0x78]) {
            continue; // not a zlib stream (images in DCT, or plain content)
        }
        let cap = (data.len() as u64)
            .saturating_mul(limits.max_ratio)
            .max(1 << 20);
        let mut inflater = flate2::read::ZlibDecoder::new(data).take(cap + 1);
        let n = std::io::copy(&mut inflater, &mut std::io::sink()).unwrap_or(0);
        if n > cap {
            return Err(Error::ZipBomb {
                ratio: n / (data.len() as u64).max(1),
                limit: limits.max_ratio,
            });
        }
        total += n;
        limits.check("inflated bytes", total, limits.max_inflated)?;
    }
    Ok(())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Whether the form XObjects reachable from a page's resources form no cycle and stay under [`MAX_DRAWS`]
/// when every nesting is expanded (a form drawing another twice, ten levels deep, is 1,024 draws).
fn draws_are_bounded(doc: &Document, page: ObjectId) -> bool {
    let resources = match catch_unwind(AssertUnwindSafe(|| doc.get_page_resources(page))) {
        Ok(Ok(r)) => r,
        _ => return true, // no resources: nothing to recurse into
    };
    let mut dicts: Vec<&Dictionary> = resources.0.into_iter().collect();
    dicts.extend(
        resources
            .1
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok()),
    );
    let mut draws = 0;
    let mut path = HashSet::new();
    dicts
        .iter()
        .all(|d| forms_bounded(doc, d, &mut path, &mut draws, 0))
}

fn forms_bounded(
    doc: &Document,
    resources: &Dictionary,
    path: &mut HashSet<ObjectId>,
    draws: &mut u32,
    depth: u32,
) -> bool {
    if depth > 32 {
        return false;
    }
    let Some(xobjects) = resources
        .get(b"XObject")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
    else {
        return true;
    };
    for (_, obj) in xobjects.iter() {
        let id = obj.as_reference().ok();
        let Some(stream) = deref(doc, obj).and_then(|o| o.as_stream().ok()) else {
            continue;
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .ok()
            .and_then(|s| s.as_name().ok())
            == Some(b"Form".as_slice());
        if !is_form {
            continue;
        }
        *draws += 1;
        if *draws > MAX_DRAWS {
            return false;
        }
        if let Some(id) = id {
            if !path.insert(id) {
                return false; // a form drawing itself, directly or not
            }
        }
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        let ok = match own {
            Some(r) => forms_bounded(doc, r, path, draws, depth + 1),
            // Without its own resources a form draws from its parent's: if it draws anything at all, that
            // can be itself.
            None => {
                let content = catch_unwind(AssertUnwindSafe(|| stream.decompressed_content()))
                    .ok()
                    .and_then(|r| r.ok())
                    .unwrap_or_else(|| stream.content.clone());
                find(&content, b"Do").is_none()
            }
        };
        if let Some(id) = id {
            path.remove(&id);
        }
        if !ok {
            return false;
        }
    }
    true
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Object> {
    doc.dereference(o).ok().map(|(_, o)| o)
}
