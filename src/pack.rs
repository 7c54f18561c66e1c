//! Loading an event pack (format documented in `docs/PACK.md`): `event.json` for structure, one Fluent
//! folder per locale for text.
//!
//! Loading is forgiving on purpose. Only an unusable `event.json` stops it (there would be no event to show);
//! every other problem — a broken `.ftl`, a missing translation, an unknown speaker — becomes a positioned
//! [`Diagnostic`] and the rest of the pack loads.
//!
//! Why one file of this size: loading is one pipeline whose steps share its private specs (`EventSpec`,
//! the catalogs read) and hand each other diagnostics — parse `event.json`, read the Fluent files in
//! parallel, build concepts, check every reference, restore or store the cached snapshot; what stands
//! alone already lives elsewhere (`agenda`, `people`, `glossary`, `snapshot`, `source`).

use crate::agenda::{Agenda, BlockSpec};
use crate::error::{Diagnostic, Error, Result};
use crate::glossary::{self, Concept};
use crate::l10n::Catalog;
use crate::opening::{Opening, Step};
use crate::people::Person;
use crate::search::Index;
use crate::snapshot::{self, Miss, Opened, Snapshots};
use crate::source::Source;
use crate::Text;
use chrono::NaiveDate;
use chrono_tz::Tz;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// The pack format version this build reads.
pub const FORMAT: u32 = 1;
const DEFAULT_RESOURCES: [&str; 3] = ["agenda.ftl", "people.ftl", "glossary.ftl"];

/// How much of a pack to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    /// Everything but the glossary ([`Pack::open_head`]).
    Head,
}

/// Whether a resource holds the glossary (by the name every pack Booth writes gives it).
fn is_glossary_file(resource: &str) -> bool {
    resource
        .rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with("glossary"))
}

/// `event.json` as written by organizers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventSpec {
    format: u32,
    id: String,
    zone: String,
    date: NaiveDate,
    locales: Vec<LanguageIdentifier>,
    #[serde(default)]
    resources: Option<Vec<String>>,
    #[serde(default)]
    sessions: Vec<SessionSpec>,
    blocks: Vec<BlockSpec>,
    #[serde(default)]
    people: Vec<String>,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    glossary: BTreeMap<String, ConceptSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionSpec {
    id: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptSpec {
    #[serde(default)]
    sessions: Vec<String>,
    /// Whether hearing the concept prompts it (`auto` when absent; `docs/PACK.md`).
    #[serde(default)]
    prompt: booth_prompts::Policy,
}

/// Texts about the event as a whole.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EventInfo {
    pub title: Text,
    pub short_title: Text,
    pub organizers: Text,
    pub format: Text,
    pub objectives: Text,
    /// `event-background`: facts of the organizers' background text, one a line (optional).
    pub background: Text,
    /// `event-audience`: who the event is for (optional).
    pub audience: Text,
    /// `event-co-organizers`: what each co-organizer is and does, one a line (optional).
    pub co_organizers: Text,
    /// `event-registration`: the registration link (optional).
    pub registration: Text,
}

/// A thematic session (what the prep view and the glossary group by).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Session {
    pub id: String,
    pub title: Text,
    pub organizer: Text,
    pub summary: Text,
    /// `.details`: further facts the organizers state about the session (optional).
    pub details: Text,
}

/// A loaded event pack: everything the window shows, plus what went wrong while loading it.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Pack {
    pub id: String,
    /// Where the pack came from, for the title bar and messages.
    pub origin: String,
    /// Locale tags, reference first.
    pub locales: Vec<String>,
    pub info: EventInfo,
    pub sessions: Vec<Session>,
    pub agenda: Agenda,
    pub people: Vec<Person>,
    pub glossary: Vec<Concept>,
    pub diagnostics: Vec<Diagnostic>,
    #[serde(skip)]
    #[ts(skip)]
    index: Index,
    /// The prompts' keys, built the first time something is spotted (most sessions never listen).
    #[serde(skip)]
    #[ts(skip)]
    lexicon: std::sync::OnceLock<booth_prompts::Lexicon>,
    /// Loaded by [`Pack::open_head`]: everything but the glossary, which is still loading.
    #[serde(skip)]
    #[ts(skip)]
    glossary_pending: bool,
}

impl Pack {
    /// The forum pack compiled into the binary.
    pub fn embedded() -> Result<Pack> {
        Pack::load(&Source::Embedded)
    }

    /// A pack folder on disk.
    pub fn open(dir: &Path) -> Result<Pack> {
        Pack::load(&Source::dir(dir)?)
    }

    pub fn load(source: &Source) -> Result<Pack> {
        Pack::load_with(source, None).map(|(p, _)| p)
    }

    /// A pack folder on disk, read back from its snapshot in `snapshots` when no file it reads has changed
    /// since the snapshot was written, and loaded (then snapshotted) otherwise; see [`crate::snapshot`].
    /// The result is the same as [`Pack::open`]'s either way.
    pub fn open_cached(dir: &Path, snapshots: &Snapshots) -> Result<Pack> {
        Pack::open_traced(dir, snapshots).map(|(p, _)| p)
    }

    /// [`Pack::open_in_user_cache`], saying how far it has got in `opening` as it goes (a window shows it
    /// while a big glossary loads).
    pub fn open_in_user_cache_showing(dir: &Path, opening: &Opening) -> Result<Pack> {
        Pack::open_showing(dir, Snapshots::user().as_ref(), opening)
    }

    /// A pack folder, through `snapshots` if given, saying how far it has got in `opening` as it goes.
    pub fn open_showing(
        dir: &Path,
        snapshots: Option<&Snapshots>,
        opening: &Opening,
    ) -> Result<Pack> {
        Pack::open_elsewhere_first(dir, snapshots, opening, &|| false)
    }

    /// [`Pack::open_showing`], but when the pack's snapshot is missing or stale, `elsewhere` is asked
    /// first to write it (a window runs a child process that parses, so its own process never holds the
    /// parse's memory); if it says it did and the snapshot now reads back, that is the pack. Otherwise,
    /// or without `snapshots`, the pack is parsed here as usual. The files are read once either way.
    pub fn open_elsewhere_first(
        dir: &Path,
        snapshots: Option<&Snapshots>,
        opening: &Opening,
        elsewhere: &dyn Fn() -> bool,
    ) -> Result<Pack> {
        let source = Source::dir(dir)?;
        Pack::load_part(&source, snapshots, Part::Whole, opening, elsewhere).map(|(p, _)| p)
    }

    /// A pack folder through the user's cache folder ([`Snapshots::user`]), as both front ends open one;
    /// uncached when the user has no cache folder.
    pub fn open_in_user_cache(dir: &Path) -> Result<Pack> {
        match Snapshots::user() {
            Some(snapshots) => Pack::open_cached(dir, &snapshots),
            None => Pack::open(dir),
        }
    }

    /// A pack folder without its glossary: the agenda, people, sessions and titles, read in a moment however
    /// big the glossary is, so a window can show them while [`Pack::open_cached`] reads the rest. The
    /// glossary's files (`glossary.ftl`, or any resource whose name starts with `glossary`) are not read;
    /// the pack says so ([`Pack::glossary_pending`]) and has no concepts.
    pub fn open_head(dir: &Path) -> Result<Pack> {
        Pack::load_part(
            &Source::dir(dir)?,
            None,
            Part::Head,
            &Opening::new(),
            &|| false,
        )
        .map(|(p, _)| p)
    }

    /// How many bytes a pack folder's glossary files hold: what [`Pack::open_head`] leaves out, and so
    /// whether showing the head first is worth it (0 when `event.json` cannot be read).
    pub fn glossary_bytes(dir: &Path) -> u64 {
        #[derive(Deserialize)]
        struct Files {
            locales: Vec<String>,
            #[serde(default)]
            resources: Option<Vec<String>>,
        }
        let Ok(text) = std::fs::read_to_string(dir.join("event.json")) else {
            return 0;
        };
        let Ok(files) = serde_json::from_str::<Files>(&text) else {
            return 0;
        };
        let resources = files
            .resources
            .unwrap_or_else(|| DEFAULT_RESOURCES.iter().map(|s| (*s).to_owned()).collect());
        let mut bytes = 0;
        for locale in &files.locales {
            for r in resources.iter().filter(|r| is_glossary_file(r)) {
                if crate::source::checked_relative(r).is_ok() {
                    bytes += std::fs::metadata(dir.join(locale).join(r)).map_or(0, |m| m.len());
                }
            }
        }
        bytes
    }

    /// Whether this pack is a [`Pack::open_head`] whose glossary is still loading.
    pub fn glossary_pending(&self) -> bool {
        self.glossary_pending
    }

    /// [`Pack::open_cached`], saying whether the snapshot was used (for tests and benchmarks).
    pub fn open_traced(dir: &Path, snapshots: &Snapshots) -> Result<(Pack, Opened)> {
        let (pack, opened) = Pack::load_with(&Source::dir(dir)?, Some(snapshots))?;
        Ok((pack, opened.unwrap_or(Opened::Loaded(Miss::Absent))))
    }

    fn load_with(source: &Source, snapshots: Option<&Snapshots>) -> Result<(Pack, Option<Opened>)> {
        Pack::load_part(source, snapshots, Part::Whole, &Opening::new(), &|| false)
    }

    fn load_part(
        source: &Source,
        snapshots: Option<&Snapshots>,
        part: Part,
        opening: &Opening,
        elsewhere: &dyn Fn() -> bool,
    ) -> Result<(Pack, Option<Opened>)> {
        let _done = opening.done_at_end();
        opening.begin(Step::Reading, 0);
        let Files {
            text,
            spec,
            zone,
            files,
        } = Files::read(source, part)?;
        let mut diags = Vec::new();

        // Everything the load reads is in hand: a snapshot of exactly these files, if there is one, is
        // the pack.
        let cache = match (source, snapshots) {
            (Source::Dir { root }, Some(s)) if part == Part::Whole => {
                Some((s.file_for(root), snapshot_key(&text, &files)))
            }
            _ => None,
        };
        let mut miss = None;
        if let Some((file, key)) = &cache {
            match snapshot::read::<Head>(file, key, opening) {
                Ok(s) => {
                    let pack = s.head.into_pack(source.describe(), s.glossary, s.index);
                    return Ok((pack, Some(Opened::Restored)));
                }
                Err(m) => miss = Some(Opened::Loaded(m)),
            }
            if elsewhere() {
                if let Ok(s) = snapshot::read::<Head>(file, key, opening) {
                    let pack = s.head.into_pack(source.describe(), s.glossary, s.index);
                    return Ok((pack, miss));
                }
            }
        }

        // Each locale's files parse on their own thread (a big glossary is one big file per locale); the
        // findings keep the locales' order.
        opening.begin(
            Step::Parsing,
            files.iter().flatten().map(FileRead::len).sum(),
        );
        let parsed: Vec<(Catalog, Vec<Diagnostic>)> = spec
            .locales
            .par_iter()
            .zip(files)
            .map(|(l, files)| {
                let mut d = Vec::new();
                let c = load_catalog(l, files, &mut d, opening);
                (c, d)
            })
            .collect();
        let catalogs: Vec<Catalog> = parsed
            .into_iter()
            .map(|(c, d)| {
                diags.extend(d);
                c
            })
            .collect();

        let text = |id: &str| -> Text {
            catalogs
                .iter()
                .filter_map(|c| Some((c.locale.to_string(), c.message(id)?)))
                .collect()
        };
        let attr = |id: &str, a: &str| -> Text {
            catalogs
                .iter()
                .filter_map(|c| Some((c.locale.to_string(), c.attribute(id, a)?)))
                .collect()
        };

        let agenda = Agenda::build(zone, spec.date, &spec.blocks, text, &mut diags);
        let info = EventInfo {
            title: text("event-title"),
            short_title: attr("event-title", "short"),
            organizers: text("event-organizers"),
            format: text("event-format"),
            objectives: text("event-objectives"),
            background: text("event-background"),
            audience: text("event-audience"),
            co_organizers: text("event-co-organizers"),
            registration: text("event-registration"),
        };
        let sessions: Vec<Session> = spec
            .sessions
            .iter()
            .map(|s| {
                let id = format!("session-{}", s.id);
                Session {
                    id: s.id.clone(),
                    title: text(&id),
                    organizer: attr(&id, "organizer"),
                    summary: attr(&id, "summary"),
                    details: attr(&id, "details"),
                }
            })
            .collect();

        let contacts: HashSet<&str> = spec.contacts.iter().map(String::as_str).collect();
        let people: Vec<Person> = spec
            .people
            .iter()
            .map(|id| Person::from_catalogs(id, &catalogs, contacts.contains(id.as_str())))
            .collect();

        let glossary = match part {
            Part::Whole => {
                let glossary = concepts(&spec, &catalogs, opening);
                check_references(&spec, &catalogs, &mut diags);
                glossary
            }
            Part::Head => Vec::new(),
        };

        opening.begin(Step::Indexing, 0);
        let index = Index::build(&glossary);
        let mut pack = Pack::from_parts(
            spec.id,
            source.describe(),
            spec.locales.iter().map(ToString::to_string).collect(),
            info,
            sessions,
            agenda,
            people,
            glossary,
            diags,
            index,
        );
        pack.glossary_pending = part == Part::Head;
        if let Some((file, key)) = &cache {
            // A snapshot that cannot be written only costs the next open its speed.
            opening.begin(Step::Saving, 0);
            let head = Head::of(&pack);
            let _ = snapshot::write(file, key, &head, &pack.glossary, pack.index());
        }
        Ok((pack, miss))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn from_parts(
        id: String,
        origin: String,
        locales: Vec<String>,
        info: EventInfo,
        sessions: Vec<Session>,
        agenda: Agenda,
        people: Vec<Person>,
        glossary: Vec<Concept>,
        diagnostics: Vec<Diagnostic>,
        index: Index,
    ) -> Pack {
        Pack {
            id,
            origin,
            locales,
            info,
            sessions,
            agenda,
            people,
            glossary,
            diagnostics,
            index,
            lexicon: std::sync::OnceLock::new(),
            glossary_pending: false,
        }
    }

    /// The search index over this pack's glossary.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The glossary's terms and the people's names as the prompts engine looks them up.
    pub fn lexicon(&self) -> &booth_prompts::Lexicon {
        self.lexicon.get_or_init(|| {
            let people: Vec<booth_prompts::PersonEntry> =
                self.people.iter().map(Person::prompt_entry).collect();
            booth_prompts::Lexicon::build(&self.glossary, &people)
        })
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }
}

/// What a snapshot keeps of the pack besides its glossary and index ([`crate::snapshot`]): small, stored
/// as JSON through the types' own serde.
#[derive(Serialize, Deserialize)]
struct Head {
    id: String,
    locales: Vec<String>,
    info: EventInfo,
    sessions: Vec<Session>,
    agenda: Agenda,
    people: Vec<Person>,
    diagnostics: Vec<Diagnostic>,
}

impl Head {
    fn of(pack: &Pack) -> Head {
        Head {
            id: pack.id.clone(),
            locales: pack.locales.clone(),
            info: pack.info.clone(),
            sessions: pack.sessions.clone(),
            agenda: pack.agenda.clone(),
            people: pack.people.clone(),
            diagnostics: pack.diagnostics.clone(),
        }
    }

    fn into_pack(self, origin: String, glossary: Vec<Concept>, index: Index) -> Pack {
        Pack::from_parts(
            self.id,
            origin,
            self.locales,
            self.info,
            self.sessions,
            self.agenda,
            self.people,
            glossary,
            self.diagnostics,
            index,
        )
    }
}

/// What a load reads before it parses anything: `event.json` (its text and what it says) and the bytes of
/// every file it names.
struct Files {
    text: String,
    spec: EventSpec,
    zone: Tz,
    files: Vec<Vec<FileRead>>,
}

impl Files {
    fn read(source: &Source, part: Part) -> Result<Files> {
        let invalid = |d: Diagnostic| Error::InvalidPack(d);
        let text = source
            .read_text("event.json")
            .map_err(invalid)?
            .ok_or_else(|| {
                invalid(Diagnostic::error(
                    "missing-file",
                    "event.json",
                    "the pack has no event.json",
                ))
            })?;
        let spec: EventSpec = serde_json::from_str(&text).map_err(|e| {
            invalid(
                Diagnostic::error("json", "event.json", json_message(&e)).at(e.line(), e.column()),
            )
        })?;
        if spec.format != FORMAT {
            return Err(invalid(Diagnostic::error(
                "format",
                "event.json",
                format!(
                    "pack format {} is not supported (this build reads format {FORMAT})",
                    spec.format
                ),
            )));
        }
        let zone: Tz = spec.zone.parse().map_err(|_| {
            invalid(Diagnostic::error(
                "zone",
                "event.json",
                format!("unknown time zone `{}`", spec.zone),
            ))
        })?;
        if spec.locales.is_empty() {
            return Err(invalid(Diagnostic::error(
                "locales",
                "event.json",
                "`locales` is empty",
            )));
        }
        let resources: Vec<String> = spec
            .resources
            .clone()
            .unwrap_or_else(|| DEFAULT_RESOURCES.iter().map(|s| (*s).to_owned()).collect())
            .into_iter()
            .filter(|r| part == Part::Whole || !is_glossary_file(r))
            .collect();
        let files: Vec<Vec<FileRead>> = spec
            .locales
            .iter()
            .map(|l| read_resources(source, l, &resources))
            .collect();
        Ok(Files {
            text,
            spec,
            zone,
            files,
        })
    }
}

/// The snapshot key of a pack: the contents of every file its load reads, with their names.
fn snapshot_key(event_json: &str, files: &[Vec<FileRead>]) -> [u8; 16] {
    let mut key = snapshot::Key::new();
    key.add("event.json", Some(event_json.as_bytes()));
    for f in files.iter().flatten() {
        f.hash_into(&mut key);
    }
    key.finish()
}

/// One resource file of one locale as read: its pack-relative path and text, or why it could not be used.
struct FileRead {
    rel: String,
    /// The bytes, decoded only when the pack is parsed ([`crate::source::decode`]).
    bytes: std::result::Result<Option<Vec<u8>>, Diagnostic>,
}

impl FileRead {
    /// Its size in bytes (0 when it could not be read).
    fn len(&self) -> u64 {
        match &self.bytes {
            Ok(Some(b)) => b.len() as u64,
            _ => 0,
        }
    }

    fn hash_into(&self, key: &mut snapshot::Key) {
        match &self.bytes {
            Ok(b) => key.add(&self.rel, b.as_deref()),
            // A file that cannot be read is keyed by what the load says about it.
            Err(d) => key.add(
                &format!("error {}", self.rel),
                Some(d.to_string().as_bytes()),
            ),
        }
    }
}

fn read_resources(
    source: &Source,
    locale: &LanguageIdentifier,
    resources: &[String],
) -> Vec<FileRead> {
    resources
        .iter()
        .map(|res| {
            // Checked on its own first: joined to the locale, `/etc/x` would silently become `ko/etc/x`.
            if let Err(e) = crate::source::checked_relative(res) {
                return FileRead {
                    rel: res.clone(),
                    bytes: Err(Diagnostic::error(
                        "path",
                        "event.json",
                        format!("resource `{res}`: {e}"),
                    )),
                };
            }
            let rel = format!("{locale}/{res}");
            let bytes = source.read_bytes(&rel);
            FileRead { rel, bytes }
        })
        .collect()
}

fn load_catalog(
    locale: &LanguageIdentifier,
    files: Vec<FileRead>,
    diags: &mut Vec<Diagnostic>,
    opening: &Opening,
) -> Catalog {
    let mut catalog = Catalog::new(locale.clone());
    for f in files {
        let len = f.len();
        let FileRead { rel, bytes } = f;
        match bytes.and_then(|b| b.map(|b| crate::source::decode(&rel, b)).transpose()) {
            Ok(Some(text)) => catalog.add_file(&rel, text, diags),
            Ok(None) => diags.push(Diagnostic::error("missing-file", rel, "file is missing")),
            Err(d) => diags.push(d),
        }
        opening.advance(len);
    }
    catalog
}

/// Concepts in reference-file order, then any that only `event.json` names.
fn concepts(spec: &EventSpec, catalogs: &[Catalog], opening: &Opening) -> Vec<Concept> {
    let mut ids: Vec<String> = catalogs
        .first()
        .map(|c| {
            c.ids()
                .filter_map(|id| id.strip_prefix(glossary::PREFIX))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let seen: HashSet<String> = ids.iter().cloned().collect();
    ids.extend(spec.glossary.keys().filter(|k| !seen.contains(*k)).cloned());
    // Each concept reads the catalogs and nothing else: on two cores, half a big glossary each.
    opening.begin(Step::Concepts, ids.len() as u64);
    ids.par_iter()
        .with_min_len(256)
        .map(|id| {
            let (sessions, prompt) = spec
                .glossary
                .get(id)
                .map(|c| (c.sessions.clone(), c.prompt))
                .unwrap_or_default();
            let concept = Concept::from_catalogs(id, catalogs, sessions, prompt);
            opening.advance(1);
            concept
        })
        .collect()
}

/// Every id the structure uses must exist: people, sessions, and the Fluent messages that name things.
fn check_references(spec: &EventSpec, catalogs: &[Catalog], diags: &mut Vec<Diagnostic>) {
    let file = "event.json";
    let people: HashSet<&str> = spec.people.iter().map(String::as_str).collect();
    let sessions: HashSet<&str> = spec.sessions.iter().map(|s| s.id.as_str()).collect();
    let mut messages: Vec<String> = Vec::new();
    for c in &spec.contacts {
        if !people.contains(c.as_str()) {
            diags.push(Diagnostic::error(
                "unknown-person",
                file,
                format!("contact `{c}` is not in `people`"),
            ));
        }
    }
    for b in &spec.blocks {
        messages.push(format!("block-{}", b.id));
        if let Some(m) = &b.moderator {
            if !people.contains(m.as_str()) {
                diags.push(Diagnostic::error(
                    "unknown-person",
                    file,
                    format!("block `{}`: moderator `{m}` is not in `people`", b.id),
                ));
            }
        }
        if let Some(s) = &b.session {
            if !sessions.contains(s.as_str()) {
                diags.push(Diagnostic::error(
                    "unknown-session",
                    file,
                    format!("block `{}`: session `{s}` is not in `sessions`", b.id),
                ));
            }
        }
        for it in &b.items {
            messages.push(format!("item-{}", it.id));
            for sp in it.speaker.iter().chain(&it.cospeakers) {
                if !people.contains(sp.as_str()) {
                    diags.push(Diagnostic::error(
                        "unknown-person",
                        file,
                        format!("item `{}`: speaker `{sp}` is not in `people`", it.id),
                    ));
                }
            }
        }
    }
    for (id, c) in &spec.glossary {
        messages.push(format!("{}{id}", glossary::PREFIX));
        for s in &c.sessions {
            if !sessions.contains(s.as_str()) {
                diags.push(Diagnostic::error(
                    "unknown-session",
                    file,
                    format!("concept `{id}`: session `{s}` is not in `sessions`"),
                ));
            }
        }
    }
    messages.extend(spec.people.iter().map(|p| format!("person-{p}")));
    messages.extend(spec.sessions.iter().map(|s| format!("session-{}", s.id)));
    for c in catalogs {
        for id in &messages {
            if !c.has(id) {
                diags.push(Diagnostic::error(
                    "missing-message",
                    format!("{}/", c.locale),
                    format!(
                        "`{id}` is used by event.json but no {} file defines it",
                        c.locale
                    ),
                ));
            }
        }
    }
}

/// serde_json's message without its own " at line L column C" suffix (the diagnostic carries the position).
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}
