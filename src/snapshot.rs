//! Pack snapshots: a loaded pack and its search index kept in the user's cache folder, so a big glossary
//! that has not changed since the last open is read back rather than parsed and indexed again (a
//! 100,000-concept pack: ~1.7 s parsed, a fraction of that restored; BENCHMARKS.md, issue 16).
//!
//! A snapshot is only ever a copy. It is keyed by a hash of the *contents* of every file the load read
//! (and of the build that wrote it), never by modification times, so an edit, a `git pull` or an import
//! that changes any byte gives a new key and a fresh load. A snapshot that is stale, truncated, corrupt,
//! from another build or unreadable is ignored and replaced; nothing in it is trusted before its length,
//! checksum and structure are checked. Deleting the cache folder is always safe. Writes are atomic
//! (a temporary file in the same folder, then a rename), so two Booths opening the same pack at once
//! leave one whole snapshot, never a mixed one.
//!
//! Layout: `BOOTHSNP`, this module's [`FORMAT`], the engine's [`booth_search::snapshot::FORMAT`], the
//! 16-byte content key, the payload's length and its xxh3-64 checksum, then the payload: the pack without
//! its glossary as JSON (small, and it keeps the types' own serde), the glossary in a compact binary form,
//! and the index in the engine's layout.

use crate::glossary::Concept;
use crate::opening::{Opening, Step};
use crate::{SmallMap, Text};
use booth_search::snapshot::{Corrupt, Reader, Writer};
use booth_search::Index;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Changes whenever this layout, or what a pack load produces from the same files, changes.
pub const FORMAT: u32 = 2;
const MAGIC: &[u8; 8] = b"BOOTHSNP";
const HEADER: usize = 8 + 4 + 4 + 16 + 4 * 8;

/// Where snapshots are kept: one file per pack folder.
#[derive(Debug, Clone)]
pub struct Snapshots {
    dir: PathBuf,
}

impl Snapshots {
    /// Snapshots in `dir` (tests and benchmarks use their own folder).
    pub fn in_dir(dir: impl Into<PathBuf>) -> Self {
        Snapshots { dir: dir.into() }
    }

    /// The user's cache folder: `$BOOTH_CACHE_DIR` if set, else `$XDG_CACHE_HOME/booth/packs`, else
    /// `~/.cache/booth/packs`. `None` when there is no home to put it in (then packs load uncached).
    pub fn user() -> Option<Self> {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        if let Some(d) = var("BOOTH_CACHE_DIR") {
            return Some(Snapshots::in_dir(d));
        }
        let base = var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|h| h.join(".cache")))?;
        Some(Snapshots::in_dir(base.join("booth").join("packs")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The snapshot file of the pack folder `root` (canonical): named by a hash of its path, so each pack
    /// folder has one snapshot that its next load replaces.
    pub fn file_for(&self, root: &Path) -> PathBuf {
        let h = xxhash_rust::xxh3::xxh3_128(root.as_os_str().as_encoded_bytes());
        self.dir.join(format!("{h:032x}.snap"))
    }
}

/// A hash of everything a load depends on: the build (a rebuilt binary may load the same files
/// differently), the formats, and every file read with its path, in reading order.
pub(crate) struct Key {
    hasher: xxhash_rust::xxh3::Xxh3,
}

impl Key {
    pub fn new() -> Self {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        hasher.update(&FORMAT.to_le_bytes());
        hasher.update(&booth_search::snapshot::FORMAT.to_le_bytes());
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        hasher.update(build_id().as_bytes());
        Key { hasher }
    }

    /// Adds one input: a name and its bytes (`None`: absent), length-prefixed so no two inputs run together.
    pub fn add(&mut self, name: &str, bytes: Option<&[u8]>) {
        for part in [Some(name.as_bytes()), bytes] {
            match part {
                Some(b) => {
                    self.hasher.update(&(b.len() as u64).to_le_bytes());
                    self.hasher.update(b);
                }
                None => self.hasher.update(&u64::MAX.to_le_bytes()),
            }
        }
    }

    pub fn finish(&self) -> [u8; 16] {
        self.hasher.digest128().to_le_bytes()
    }
}

/// The running executable's size and modification time: a rebuilt Booth (whose loading code may differ
/// with the same version number) never trusts a snapshot an older build wrote.
fn build_id() -> String {
    static ID: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ID.get_or_init(|| {
        std::env::current_exe()
            .and_then(std::fs::metadata)
            .map(|m| {
                let t = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .unwrap_or_default();
                format!("{}:{}.{}", m.len(), t.as_secs(), t.subsec_nanos())
            })
            .unwrap_or_default()
    })
    .clone()
}

/// What a snapshot holds: the pack without its glossary and index (`H`, small, stored as JSON through its
/// types' own serde; the pack module says what it is), the glossary, and the index.
#[derive(Debug)]
pub(crate) struct Stored<H> {
    pub head: H,
    pub glossary: Vec<Concept>,
    pub index: Index,
}

/// How a cached open went.
#[derive(Debug, PartialEq, Eq)]
pub enum Opened {
    /// Read back from the snapshot.
    Restored,
    /// Parsed and indexed, then snapshotted, because the snapshot could not be used.
    Loaded(Miss),
}

/// Why a snapshot was not used (for tests and benchmarks; users never see it).
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    Absent,
    /// Written for other files or another build.
    Stale,
    Corrupt(&'static str),
}

impl From<Corrupt> for Miss {
    fn from(c: Corrupt) -> Self {
        Miss::Corrupt(c.0)
    }
}

/// The two sections of a snapshot: the pack (head and glossary) and the index. Each has its own length and
/// checksum, so the two are read at once, one per core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sections {
    pack: (u64, u64),
    index: (u64, u64),
}

/// Reads the snapshot at `file` if it was written for `key`, checking all of it. Each section is read once,
/// straight into the pack's and the index's own memory (the index on a second thread), its checksum
/// computed on the way; nothing read is used unless both checksums match at the end.
pub(crate) fn read<H: DeserializeOwned>(
    file: &Path,
    key: &[u8; 16],
    opening: &Opening,
) -> Result<Stored<H>, Miss> {
    let mut f = std::fs::File::open(file).map_err(|_| Miss::Absent)?;
    let size = f.metadata().map_err(|_| Miss::Absent)?.len();
    let mut header = [0u8; HEADER];
    f.read_exact(&mut header)
        .map_err(|_| Miss::Corrupt("truncated"))?;
    let s = check_header(&header, key)?;
    opening.begin(Step::Restoring, size);
    opening.advance(HEADER as u64);
    let index_at = HEADER as u64 + s.pack.0;
    if Some(size) != index_at.checked_add(s.index.0) {
        return Err(Miss::Corrupt("length"));
    }
    let (pack, index) = std::thread::scope(|scope| {
        let index = scope.spawn(|| -> Result<Index, Miss> {
            let mut f = std::fs::File::open(file).map_err(|_| Miss::Absent)?;
            f.seek(SeekFrom::Start(index_at))
                .map_err(|_| Miss::Corrupt("unreadable"))?;
            read_section(f, s.index, opening, |r| Ok(Index::read_from(r)?))
        });
        let pack = read_section(f, s.pack, opening, read_pack::<H>);
        let index = index
            .join()
            .unwrap_or(Err(Miss::Corrupt("index reader failed")));
        (pack, index)
    });
    let (head, glossary) = pack?;
    let index = index?;
    // Hits name concepts by position: the index must be of exactly this glossary.
    if index.len() != glossary.len() {
        return Err(Miss::Corrupt("index and glossary differ"));
    }
    Ok(Stored {
        head,
        glossary,
        index,
    })
}

/// Reads one section of `len` bytes with `read`, which must consume all of it, and checks its checksum.
fn read_section<T>(
    f: std::fs::File,
    (len, sum): (u64, u64),
    opening: &Opening,
    read: impl FnOnce(&mut Reader<'_>) -> Result<T, Miss>,
) -> Result<T, Miss> {
    let mut hashing = Hashing {
        inner: f,
        hasher: xxhash_rust::xxh3::Xxh3::new(),
        opening,
    };
    let mut input = std::io::BufReader::with_capacity(1 << 20, (&mut hashing).take(len));
    let mut r = Reader::new(&mut input, len);
    let out = read(&mut r)?;
    if !r.is_done() {
        return Err(Miss::Corrupt("trailing bytes"));
    }
    drop(input);
    if hashing.hasher.digest() != sum {
        return Err(Miss::Corrupt("checksum"));
    }
    Ok(out)
}

/// A reader that hashes what passes through it, and counts it as restored.
struct Hashing<'o, R> {
    inner: R,
    hasher: xxhash_rust::xxh3::Xxh3,
    opening: &'o Opening,
}

impl<R: Read> Read for Hashing<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.opening.advance(n as u64);
        Ok(n)
    }
}

/// The sections' lengths and checksums, if the header is this build's and `key`'s.
fn check_header(header: &[u8; HEADER], key: &[u8; 16]) -> Result<Sections, Miss> {
    let mut h = header.as_slice();
    let mut r = Reader::new(&mut h, HEADER as u64);
    if r.take(8)? != MAGIC.as_slice() {
        return Err(Miss::Corrupt("not a snapshot"));
    }
    if r.u32()? != FORMAT || r.u32()? != booth_search::snapshot::FORMAT {
        return Err(Miss::Stale);
    }
    if r.take(16)? != key.as_slice() {
        return Err(Miss::Stale);
    }
    Ok(Sections {
        pack: (r.u64()?, r.u64()?),
        index: (r.u64()?, r.u64()?),
    })
}

fn read_pack<H: DeserializeOwned>(r: &mut Reader<'_>) -> Result<(H, Vec<Concept>), Miss> {
    let head: H = serde_json::from_str(&r.string()?).map_err(|_| Miss::Corrupt("head"))?;
    Ok((head, read_concepts(r)?))
}

/// Decodes a whole snapshot held in memory (tests).
#[cfg(test)]
fn decode<H: DeserializeOwned>(bytes: &[u8], key: &[u8; 16]) -> Result<Stored<H>, Miss> {
    let header: &[u8; HEADER] = bytes
        .get(..HEADER)
        .and_then(|h| h.try_into().ok())
        .ok_or(Miss::Corrupt("truncated"))?;
    let s = check_header(header, key)?;
    let body = &bytes[HEADER..];
    let split = usize::try_from(s.pack.0).map_err(|_| Miss::Corrupt("length"))?;
    if body.len() as u64 != s.pack.0 + s.index.0 || split > body.len() {
        return Err(Miss::Corrupt("length"));
    }
    let (pack, index) = body.split_at(split);
    for (b, (_, sum)) in [(pack, s.pack), (index, s.index)] {
        if xxhash_rust::xxh3::xxh3_64(b) != sum {
            return Err(Miss::Corrupt("checksum"));
        }
    }
    let (mut p, mut i) = (pack, index);
    let mut rp = Reader::new(&mut p, s.pack.0);
    let (head, glossary) = read_pack::<H>(&mut rp)?;
    let mut ri = Reader::new(&mut i, s.index.0);
    let index = Index::read_from(&mut ri)?;
    if !rp.is_done() || !ri.is_done() || index.len() != glossary.len() {
        return Err(Miss::Corrupt("sections"));
    }
    Ok(Stored {
        head,
        glossary,
        index,
    })
}

/// Writes `pack`'s snapshot for `key` atomically: streamed into a temporary file in the cache folder, its
/// header (with the checksums) written last, then renamed over the old one. Failing to write is not an
/// error of the load: the pack is loaded either way, and the next open tries again.
pub(crate) fn write<H: Serialize>(
    file: &Path,
    key: &[u8; 16],
    head: &H,
    glossary: &[Concept],
    index: &Index,
) -> std::io::Result<()> {
    let dir = file.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    let f = tmp.as_file_mut();
    f.write_all(&[0u8; HEADER])?;
    let pack_section = write_section(&mut *f, |w| write_pack(w, head, glossary))?;
    let index_section = write_section(&mut *f, |w| {
        index.write_to(w);
        Ok(())
    })?;
    f.seek(SeekFrom::Start(0))?;
    f.write_all(&header(
        key,
        Sections {
            pack: pack_section,
            index: index_section,
        },
    ))?;
    tmp.persist(file).map_err(|e| e.error)?;
    Ok(())
}

/// Streams one section into `f`; its length and checksum.
fn write_section(
    f: &mut dyn Write,
    write: impl FnOnce(&mut Writer<'_>) -> std::io::Result<()>,
) -> std::io::Result<(u64, u64)> {
    let mut out = HashingWrite {
        inner: f,
        hasher: xxhash_rust::xxh3::Xxh3::new(),
        len: 0,
    };
    let mut w = Writer::to(&mut out);
    write(&mut w)?;
    w.finish()?;
    Ok((out.len, out.hasher.digest()))
}

/// A writer that hashes and counts what passes through it.
struct HashingWrite<W> {
    inner: W,
    hasher: xxhash_rust::xxh3::Xxh3,
    len: u64,
}

impl<W: Write> Write for HashingWrite<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn header(key: &[u8; 16], s: Sections) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&booth_search::snapshot::FORMAT.to_le_bytes());
    out.extend_from_slice(key);
    for v in [s.pack.0, s.pack.1, s.index.0, s.index.1] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}

fn write_pack<H: Serialize>(
    w: &mut Writer<'_>,
    head: &H,
    glossary: &[Concept],
) -> std::io::Result<()> {
    w.str(&serde_json::to_string(head)?);
    write_concepts(w, glossary);
    Ok(())
}

/// A whole snapshot in memory (tests).
#[cfg(test)]
fn encode<H: Serialize>(
    key: &[u8; 16],
    head: &H,
    glossary: &[Concept],
    index: &Index,
) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::default();
    write_pack(&mut w, head, glossary)?;
    let p = w.finish()?;
    let mut w = Writer::default();
    index.write_to(&mut w);
    let i = w.finish()?;
    let sum = |b: &[u8]| (b.len() as u64, xxhash_rust::xxh3::xxh3_64(b));
    let mut out = header(
        key,
        Sections {
            pack: sum(&p),
            index: sum(&i),
        },
    );
    out.extend_from_slice(&p);
    out.extend_from_slice(&i);
    Ok(out)
}

// ---- the glossary, field by field ----
//
// Locale tags and field names repeat in every concept, so they are written once in a table and referred to
// by number.

#[derive(Default)]
struct Names {
    list: Vec<String>,
    at: BTreeMap<String, u32>,
}

impl Names {
    fn id(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.at.get(s) {
            return i;
        }
        let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
        self.list.push(s.to_owned());
        self.at.insert(s.to_owned(), i);
        i
    }
}

fn policy_code(p: booth_prompts::Policy) -> u8 {
    match p {
        booth_prompts::Policy::Auto => 0,
        booth_prompts::Policy::Never => 1,
        booth_prompts::Policy::Always => 2,
    }
}

fn policy_of(c: u8) -> Result<booth_prompts::Policy, Miss> {
    Ok(match c {
        0 => booth_prompts::Policy::Auto,
        1 => booth_prompts::Policy::Never,
        2 => booth_prompts::Policy::Always,
        _ => return Err(Miss::Corrupt("prompt policy")),
    })
}

fn write_concepts(w: &mut Writer<'_>, glossary: &[Concept]) {
    let mut names = Names::default();
    for c in glossary {
        let keys = c.term.keys().chain(c.abbr.keys()).chain(c.alt.keys());
        for k in keys.chain(c.note.keys()) {
            names.id(k);
        }
        for (k, t) in &c.fields {
            names.id(k);
            t.keys().for_each(|l| {
                names.id(l);
            });
        }
    }
    w.strs(&names.list);
    let text = |w: &mut Writer<'_>, t: &Text| {
        w.len(t.len());
        for (k, v) in t {
            w.u32(names.at.get(k.as_str()).copied().unwrap_or(u32::MAX));
            w.str(v);
        }
    };
    w.len(glossary.len());
    for c in glossary {
        w.str(&c.id);
        text(w, &c.term);
        text(w, &c.abbr);
        w.len(c.alt.len());
        for (k, v) in &c.alt {
            w.u32(names.at.get(k.as_str()).copied().unwrap_or(u32::MAX));
            w.strs(v);
        }
        text(w, &c.note);
        match &c.domain {
            Some(d) => {
                w.u8(1);
                w.str(d);
            }
            None => w.u8(0),
        }
        w.strs(&c.sessions);
        w.strs(&c.unverified);
        w.u8(policy_code(c.prompt));
        w.len(c.fields.len());
        for (k, t) in &c.fields {
            w.u32(names.at.get(k.as_str()).copied().unwrap_or(u32::MAX));
            text(w, t);
        }
    }
}

fn read_concepts(r: &mut Reader<'_>) -> Result<Vec<Concept>, Miss> {
    // Locale tags and field names, each held inline by the maps' keys: a clone copies, never allocates.
    let names: Vec<booth_search::SmolStr> = r.strings()?.into_iter().map(Into::into).collect();
    let name = |i: u32| names.get(i as usize).cloned().ok_or(Miss::Corrupt("name"));
    let text = |r: &mut Reader<'_>| -> Result<Text, Miss> {
        let n = r.len(12)?;
        let mut t = Text::with_capacity(n);
        for _ in 0..n {
            let k = name(r.u32()?)?;
            t.insert(k, r.string()?);
        }
        Ok(t)
    };
    let n = r.len(8)?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let term = text(r)?;
        let abbr = text(r)?;
        let n = r.len(12)?;
        let mut alt = SmallMap::with_capacity(n);
        for _ in 0..n {
            let k = name(r.u32()?)?;
            alt.insert(k, r.strings()?);
        }
        let note = text(r)?;
        let domain = match r.u8()? {
            0 => None,
            1 => Some(r.string()?),
            _ => return Err(Miss::Corrupt("domain")),
        };
        let sessions = r.strings()?;
        let unverified = r.strings()?;
        let prompt = policy_of(r.u8()?)?;
        let n = r.len(12)?;
        let mut fields = SmallMap::with_capacity(n);
        for _ in 0..n {
            let k = name(r.u32()?)?;
            fields.insert(k, text(r)?);
        }
        out.push(Concept {
            id: id.into(),
            term,
            abbr,
            alt,
            note,
            domain,
            sessions,
            unverified,
            prompt,
            fields,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small glossary with every kind of field, and a head standing for the pack's.
    fn sample() -> (serde_json::Value, Vec<Concept>, Index) {
        let t = |en: &str, ko: &str| -> Text {
            [("en-US", en), ("ko", ko)]
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        };
        let mut g = vec![
            Concept {
                id: "sdgs".into(),
                term: t("Sustainable Development Goals", "지속가능발전목표"),
                abbr: t("SDGs", "SDGs"),
                note: t("the 17 goals", ""),
                domain: Some("SDGs".into()),
                sessions: vec!["s1".into()],
                unverified: vec!["ko".into()],
                prompt: booth_prompts::Policy::Always,
                ..Concept::default()
            },
            Concept {
                id: "dt".into(),
                term: t("digital transformation", "디지털 전환"),
                ..Concept::default()
            },
        ];
        g[1].alt
            .insert("ko", vec!["디지털 변환".into(), "DX".into()]);
        g[1].fields
            .insert("definition", t("using digital tools", "디지털 도구"));
        let index = Index::build(&g);
        let head = serde_json::json!({"id": "mini", "locales": ["en-US", "ko"]});
        (head, g, index)
    }

    #[test]
    fn a_snapshot_round_trips_whole() {
        let (head, g, index) = sample();
        let key = [7u8; 16];
        let bytes = encode(&key, &head, &g, &index).expect("encodes");
        let back: Stored<serde_json::Value> = decode(&bytes, &key).expect("decodes");
        assert_eq!(back.head, head);
        assert_eq!(back.glossary, g);
        for q in ["digital", "ㄷㅈ", "지속", "sdg", "sustianable", "변환"] {
            assert_eq!(back.index.search(q, 50, None), index.search(q, 50, None));
        }
        assert_eq!(
            decode::<serde_json::Value>(&bytes, &[8u8; 16]).err(),
            Some(Miss::Stale)
        );
    }

    #[test]
    fn damage_under_a_valid_checksum_is_refused_or_harmless() {
        // The checksum catches damage on disk; below it, the structure is still checked, so bytes that
        // pass it by accident cannot make a search panic or name a concept the glossary does not have.
        let (head, g, index) = sample();
        let key = [7u8; 16];
        let bytes = encode(&key, &head, &g, &index).expect("encodes");
        let split = HEADER
            + usize::try_from(u64::from_le_bytes(
                bytes[32..40].try_into().expect("8 bytes"),
            ))
            .expect("fits");
        for i in HEADER..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x5a;
            let pack_sum = xxhash_rust::xxh3::xxh3_64(&b[HEADER..split]);
            let index_sum = xxhash_rust::xxh3::xxh3_64(&b[split..]);
            b[40..48].copy_from_slice(&pack_sum.to_le_bytes());
            b[56..64].copy_from_slice(&index_sum.to_le_bytes());
            if let Ok(p) = decode::<serde_json::Value>(&b, &key) {
                for q in ["digital", "ㄷㅈ", "지속", "sdg", "sustianable"] {
                    for h in p.index.search(q, 50, None) {
                        assert!((h.concept as usize) < p.glossary.len(), "byte {i}");
                    }
                }
            }
        }
    }
}
