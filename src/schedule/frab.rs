//! c3voc/frab schedule JSON (what pretalx and frab export, what the c3voc tools read): export of the agenda,
//! and import of such a schedule into a new pack's structure.
//!
//! The format is event-centred: conference → days → rooms → events, each event with an absolute `date`
//! (RFC 3339), a wall-clock `start` (`HH:MM`) and a `duration` (`H:MM`). Booth's model is block-centred with
//! derived item times, so the export writes one event per item (a block with no items becomes one event) and
//! the import writes one block per event, holding one item. Guids are UUIDv5 of the pack and item ids, so
//! exporting twice gives the same guids and downstream tools see updates rather than new talks.
//!
//! Why one file of this size: the c3voc/frab format both ways (export and import), with its schema's names in
//! one place.

use super::{pick, InterchangeError};
use crate::agenda::{Agenda, ItemKind};
use crate::Pack;
use chrono::{DateTime, Duration, NaiveDate, Offset, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use uuid::Uuid;

/// Where the c3voc schema is published (written into the export's `$schema`).
pub const SCHEMA_URL: &str = "https://c3voc.de/schedule/schema.json";

fn guid(pack: &str, what: &str) -> String {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        format!("booth:{pack}/{what}").as_bytes(),
    )
    .to_string()
}

/// `H:MM` (frab's duration form).
fn duration(d: Duration) -> String {
    let m = d.num_minutes().max(0);
    format!("{}:{:02}", m / 60, m % 60)
}

/// The conference acronym: c3voc allows `[a-z0-9_]` after the first character, so dashes become underscores.
fn acronym(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect()
}

/// The agenda as a c3voc schedule document. `locale` picks the language of titles and names; the other
/// locales' titles go into each event's `description`.
pub fn export(pack: &Pack, agenda: &Agenda, locale: &str) -> Value {
    let zone = agenda.event_tz();
    let locales = &pack.locales;
    let rfc = |t: DateTime<Utc>| {
        t.with_timezone(&zone)
            .to_rfc3339_opts(SecondsFormat::Secs, false)
    };
    let title = pick(&pack.info.title, locale, locales).unwrap_or(&pack.id);
    let room = pick(&pack.info.short_title, locale, locales)
        .unwrap_or(title)
        .to_owned();
    let language = locale.split('-').next().unwrap_or(locale);
    let acr = acronym(&pack.id);
    let person = |id: &str| {
        pack.person(id).map(|p| {
            json!({
                "guid": guid(&pack.id, &format!("person/{id}")),
                "name": pick(&p.name, locale, locales).unwrap_or(id),
            })
        })
    };

    let mut events = Vec::new();
    for block in &agenda.blocks {
        let session = block
            .session
            .as_ref()
            .and_then(|s| pack.sessions.iter().find(|x| &x.id == s));
        let track = session.and_then(|s| pick(&s.title, locale, locales));
        let block_title = pick(&block.title, locale, locales).unwrap_or(&block.id);
        for super::Entry {
            id,
            title: text,
            who,
            kind,
            start,
            end,
        } in super::entries(block)
        {
            let n = events.len() + 1;
            let others: Vec<String> = locales
                .iter()
                .filter(|l| l.as_str() != locale)
                .filter_map(|l| Some(format!("{l}: {}", text.get(l)?)))
                .collect();
            events.push(json!({
                "id": n,
                "guid": guid(&pack.id, id),
                "date": rfc(start),
                "start": start.with_timezone(&zone).format("%H:%M").to_string(),
                "duration": duration(end - start),
                "room": room,
                "slug": format!("{}-{n}-{}", acr.replace('_', "-"), slug(id)),
                "url": format!("urn:uuid:{}", guid(&pack.id, id)),
                "title": pick(text, locale, locales).unwrap_or(id),
                "subtitle": block_title,
                "track": track,
                "type": kind_name(kind),
                "language": language,
                "abstract": Value::Null,
                "description": if others.is_empty() { Value::Null } else { Value::from(others.join("\n")) },
                "persons": who.and_then(person).into_iter().collect::<Vec<_>>(),
                "links": [],
                "attachments": [],
            }));
        }
    }
    let (first, last) = (
        agenda.blocks.first().map(|b| b.start),
        agenda.blocks.last().map(|b| b.end),
    );
    let date = agenda.date.to_string();
    let tracks: Vec<Value> = pack
        .sessions
        .iter()
        .filter_map(|s| Some(json!({ "name": pick(&s.title, locale, locales)? })))
        .collect();
    json!({
        "$schema": SCHEMA_URL,
        "generator": { "name": "booth", "version": env!("CARGO_PKG_VERSION") },
        "schedule": {
            "version": format!("{}-booth-{}", pack.id, env!("CARGO_PKG_VERSION")),
            "conference": {
                "acronym": acr,
                "title": title,
                "start": date,
                "end": date,
                "daysCount": 1,
                "timeslot_duration": "00:05",
                "time_zone_name": zone.name(),
                "rooms": [{ "name": room, "guid": guid(&pack.id, "room") }],
                "tracks": tracks,
                "days": [{
                    "index": 1,
                    "date": date,
                    "day_start": first.map(rfc),
                    "day_end": last.map(rfc),
                    "rooms": { room.clone(): events },
                }],
            }
        }
    })
}

fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Remarks => "remarks",
        ItemKind::Keynote => "keynote",
        ItemKind::Presentation => "talk",
        ItemKind::Discussant => "discussion",
        ItemKind::Qa => "qa",
        ItemKind::Break => "break",
        ItemKind::Other => "other",
    }
}

fn kind_from(name: &str) -> ItemKind {
    match name.to_ascii_lowercase().as_str() {
        "remarks" | "opening" | "closing" => ItemKind::Remarks,
        "keynote" => ItemKind::Keynote,
        "talk" | "lecture" | "presentation" | "workshop" | "hands-on" => ItemKind::Presentation,
        "discussion" | "panel" | "discussant" => ItemKind::Discussant,
        "qa" | "q&a" => ItemKind::Qa,
        "break" | "pause" | "lunch" => ItemKind::Break,
        _ => ItemKind::Other,
    }
}

/// A pack id: lowercase ASCII letters, digits and single dashes (Fluent ids and file names stay simple).
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Hands out ids unique within one namespace, from a preferred slug (or `fallback-N` when it has none, e.g.
/// a name only in Hangul).
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn make(&mut self, wanted: &str, fallback: &str) -> String {
        let base = match slug(wanted) {
            s if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_lowercase()) => {
                format!(
                    "{fallback}{}",
                    if s.is_empty() {
                        String::new()
                    } else {
                        format!("-{s}")
                    }
                )
            }
            s => s,
        };
        let mut id = base.clone();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

// The parts of a c3voc/frab schedule the import reads; everything else is ignored.
#[derive(Deserialize)]
struct Doc {
    schedule: Schedule,
}
#[derive(Deserialize)]
struct Schedule {
    conference: Conference,
}
#[derive(Deserialize)]
struct Conference {
    acronym: String,
    title: String,
    #[serde(default)]
    time_zone_name: Option<String>,
    days: Vec<Day>,
}
#[derive(Deserialize)]
struct Day {
    index: u32,
    date: NaiveDate,
    rooms: BTreeMap<String, Vec<FrabEvent>>,
}
#[derive(Deserialize)]
struct FrabEvent {
    date: DateTime<chrono::FixedOffset>,
    duration: String,
    title: String,
    #[serde(default)]
    track: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    persons: Vec<FrabPerson>,
    #[serde(default, rename = "abstract")]
    summary: Option<String>,
    #[serde(default)]
    description: Option<String>,
}
#[derive(Deserialize)]
struct FrabPerson {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    public_name: Option<String>,
    /// pretalx writes `biography`; frab wrote `abstract`/`description` on persons rarely.
    #[serde(default)]
    biography: Option<String>,
}

/// A pack produced by [`import`]: `event.json` and the Fluent files, as pack-relative paths and contents.
#[derive(Debug, Clone)]
pub struct ImportedPack {
    pub files: Vec<(String, String)>,
    /// What the import left out (other days, other rooms), for the user.
    pub notes: Vec<String>,
}

impl ImportedPack {
    /// Writes the pack as the folder `dir`, which must not exist or be empty: an import never replaces
    /// or mixes into an existing pack ([`InterchangeError::FolderNotEmpty`], nothing written).
    ///
    /// The files are written (and synced) into a temporary folder beside `dir`, which is then renamed to
    /// `dir` in one step; if anything fails, the temporary folder is removed, so no half-written pack or
    /// stray folder is left behind. The rename itself refuses a folder that became non-empty meanwhile.
    pub fn write(&self, dir: &std::path::Path) -> Result<(), InterchangeError> {
        let io = |path: &std::path::Path| {
            let path = path.to_owned();
            move |source| InterchangeError::Io { path, source }
        };
        let not_empty = || InterchangeError::FolderNotEmpty {
            path: dir.to_owned(),
        };
        if let Ok(mut entries) = std::fs::read_dir(dir) {
            if entries.next().is_some() {
                return Err(not_empty());
            }
        } else if dir.exists() {
            // A file, or a folder we cannot read: not ours to replace.
            return Err(not_empty());
        }
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => std::path::PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let tmp = tempfile::Builder::new()
            .prefix(".booth-import-")
            .tempdir_in(&parent)
            .map_err(io(&parent))?;
        for (rel, text) in &self.files {
            let path = tmp.path().join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p).map_err(io(p))?;
            }
            let mut f = std::fs::File::create(&path).map_err(io(&path))?;
            std::io::Write::write_all(&mut f, text.as_bytes()).map_err(io(&path))?;
            f.sync_all().map_err(io(&path))?;
        }
        // rename(2) replaces an empty folder and fails on a non-empty one.
        std::fs::rename(tmp.path(), dir).map_err(|e| {
            if dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
                not_empty()
            } else {
                io(dir)(e)
            }
        })?;
        // The temporary folder is now `dir`; nothing left to clean up.
        let _ = tmp.keep();
        if let Ok(d) = std::fs::File::open(&parent) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

// `event.json` as the import writes it (field order as in docs/PACK.md).
#[derive(Serialize)]
struct EventOut {
    format: u32,
    id: String,
    zone: String,
    date: NaiveDate,
    locales: Vec<String>,
    sessions: Vec<IdOut>,
    blocks: Vec<BlockOut>,
    people: Vec<String>,
}
#[derive(Serialize)]
struct IdOut {
    id: String,
}
#[derive(Serialize)]
struct BlockOut {
    id: String,
    start: String,
    end: String,
    session: Option<String>,
    items: Vec<ItemOut>,
}
#[derive(Serialize)]
struct ItemOut {
    id: String,
    kind: ItemKind,
    minutes: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cospeakers: Vec<String>,
}

/// Reads a c3voc/frab schedule and builds a one-day, one-room pack in `locale` (Booth packs are one day of one
/// event). `day` is the frab day index (default: the first day with events); `room` the room name (default:
/// the room with the most events that day). Each event becomes a block with one item; tracks become sessions;
/// the first person of an event becomes the item's speaker and every person a person of the pack. Other
/// locales are left for translators: `booth check` lists what they have to add.
pub fn import(
    json: &str,
    locale: &str,
    day: Option<u32>,
    room: Option<&str>,
) -> Result<ImportedPack, InterchangeError> {
    import_locales(json, &[locale.to_owned()], day, room)
}

/// [`import`] into a pack of several `locales`: the first is the schedule's language and gets every text;
/// the others are listed in `event.json` with empty Fluent files, so `booth check` lists everything left to
/// translate.
pub fn import_locales(
    json: &str,
    locales: &[String],
    day: Option<u32>,
    room: Option<&str>,
) -> Result<ImportedPack, InterchangeError> {
    let locale = locales
        .first()
        .ok_or_else(|| InterchangeError::Unsupported("no locale to import into".to_owned()))?
        .as_str();
    for l in locales {
        if l.parse::<unic_langid::LanguageIdentifier>().is_err()
            || l.contains(['/', '\\'])
            || l == "."
            || l == ".."
        {
            return Err(InterchangeError::Unsupported(format!(
                "`{l}` is not a locale tag"
            )));
        }
    }
    let doc: Doc =
        serde_json::from_str(json).map_err(|e| InterchangeError::Format(e.to_string()))?;
    let conf = doc.schedule.conference;
    let zone_name = conf.time_zone_name.clone().ok_or_else(|| {
        InterchangeError::Unsupported("the schedule names no `time_zone_name`".to_owned())
    })?;
    let zone: Tz = zone_name
        .parse()
        .map_err(|_| InterchangeError::Unsupported(format!("unknown time zone `{zone_name}`")))?;
    let the_day = match day {
        Some(i) => conf.days.iter().find(|d| d.index == i),
        None => conf
            .days
            .iter()
            .find(|d| d.rooms.values().any(|evs| !evs.is_empty())),
    }
    .ok_or_else(|| {
        InterchangeError::Unsupported("the schedule has no such day with events".to_owned())
    })?;
    let room_name = match room {
        Some(r) => r.to_owned(),
        None => the_day
            .rooms
            .iter()
            .max_by_key(|(name, evs)| (evs.len(), std::cmp::Reverse((*name).clone())))
            .map(|(name, _)| name.clone())
            .unwrap_or_default(),
    };
    let events = the_day.rooms.get(&room_name).ok_or_else(|| {
        InterchangeError::Unsupported(format!("day {} has no room `{room_name}`", the_day.index))
    })?;
    let mut notes = Vec::new();
    if conf.days.len() > 1 {
        let days: Vec<String> = conf
            .days
            .iter()
            .map(|d| {
                let n: usize = d.rooms.values().map(Vec::len).sum();
                format!("--day {} ({}, {n} events)", d.index, d.date)
            })
            .collect();
        notes.push(format!(
            "imported day {} ({}) of {}: {}",
            the_day.index,
            the_day.date,
            conf.days.len(),
            days.join(", ")
        ));
    }
    if the_day.rooms.len() > 1 {
        let rooms: Vec<String> = the_day
            .rooms
            .iter()
            .map(|(r, evs)| format!("--room '{r}' ({} events)", evs.len()))
            .collect();
        notes.push(format!(
            "imported room `{room_name}` of {} rooms on day {}: {}",
            the_day.rooms.len(),
            the_day.index,
            rooms.join(", ")
        ));
    }
    // The declared zone against the events' own offsets: an export from a server in another zone, or a
    // zone name that does not match the times, shows here.
    let mut mismatched: Vec<String> = Vec::new();
    for d in &conf.days {
        for ev in d.rooms.values().flatten() {
            let declared = ev.date.with_timezone(&zone).offset().fix();
            if declared != *ev.date.offset() && mismatched.len() < 5 {
                mismatched.push(format!(
                    "`{}` ({}, offset {}; {zone_name} is {declared} then)",
                    ev.title,
                    ev.date.to_rfc3339(),
                    ev.date.offset()
                ));
            }
        }
    }
    if !mismatched.is_empty() {
        notes.push(format!(
            "the schedule declares {zone_name}, but events carry other UTC offsets (times are converted to {zone_name}): {}",
            mismatched.join("; ")
        ));
    }

    let mut order: Vec<&FrabEvent> = events.iter().collect();
    order.sort_by_key(|e| e.date);
    let (mut block_ids, mut session_ids, mut person_ids) =
        (Ids::default(), Ids::default(), Ids::default());
    let mut sessions: Vec<(String, String)> = Vec::new();
    let mut people: Vec<(String, String)> = Vec::new();
    let mut by_name: HashMap<String, String> = HashMap::new();
    let mut bios: HashMap<String, String> = HashMap::new();
    let mut blocks = Vec::new();
    let mut agenda_ftl = ftl_message("event-title", &conf.title, &[("short", &conf.acronym)]);
    for ev in order {
        let start = ev.date.with_timezone(&zone);
        if start.date_naive() != the_day.date {
            notes.push(format!(
                "`{}` starts on another date and was skipped",
                ev.title
            ));
            continue;
        }
        let minutes = parse_duration(&ev.duration).ok_or_else(|| {
            InterchangeError::Format(format!(
                "`{}`: duration `{}` is not H:MM",
                ev.title, ev.duration
            ))
        })?;
        let end = start + Duration::minutes(i64::from(minutes));
        if end.date_naive() != the_day.date {
            notes.push(format!("`{}` runs past midnight and was skipped", ev.title));
            continue;
        }
        let id = block_ids.make(&ev.title, "event");
        let session = ev
            .track
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| match sessions.iter().find(|(_, name)| name == t) {
                Some((id, _)) => id.clone(),
                None => {
                    let id = session_ids.make(t, "session");
                    sessions.push((id.clone(), t.to_owned()));
                    id
                }
            });
        // Every person of the talk: the first is the item's speaker, the others its cospeakers.
        let mut speakers: Vec<String> = Vec::new();
        for p in &ev.persons {
            let Some(name) = p
                .public_name
                .as_deref()
                .or(p.name.as_deref())
                .filter(|n| !n.trim().is_empty())
            else {
                continue;
            };
            let pid = by_name
                .entry(name.to_owned())
                .or_insert_with(|| {
                    let pid = person_ids.make(name, "person");
                    people.push((pid.clone(), name.to_owned()));
                    pid
                })
                .clone();
            if let Some(b) = p.biography.as_deref().filter(|b| !b.trim().is_empty()) {
                bios.entry(pid.clone()).or_insert_with(|| b.to_owned());
            }
            if !speakers.contains(&pid) {
                speakers.push(pid);
            }
        }
        let mut speakers = speakers.into_iter();
        let speaker = speakers.next();
        let cospeakers: Vec<String> = speakers.collect();
        agenda_ftl.push_str(&ftl_message(&format!("block-{id}"), &ev.title, &[]));
        agenda_ftl.push_str(&ftl_message(
            &format!("item-{id}"),
            &ev.title,
            &[
                ("abstract", ev.summary.as_deref().unwrap_or_default()),
                ("description", ev.description.as_deref().unwrap_or_default()),
            ],
        ));
        blocks.push(BlockOut {
            id: id.clone(),
            start: start.format("%H:%M").to_string(),
            end: end.format("%H:%M").to_string(),
            session,
            items: vec![ItemOut {
                id,
                kind: kind_from(ev.kind.as_deref().unwrap_or("other")),
                minutes,
                speaker,
                cospeakers,
            }],
        });
    }
    for (id, name) in &sessions {
        agenda_ftl.push_str(&ftl_message(&format!("session-{id}"), name, &[]));
    }
    let people_ftl: String = people
        .iter()
        .map(|(id, name)| {
            let bio = bios.get(id).map(String::as_str).unwrap_or_default();
            ftl_message(&format!("person-{id}"), name, &[("bio", bio)])
        })
        .collect();
    let event = EventOut {
        format: crate::pack::FORMAT,
        id: {
            let s = slug(&conf.acronym);
            if s.is_empty() {
                "imported".to_owned()
            } else {
                s
            }
        },
        zone: zone.name().to_owned(),
        date: the_day.date,
        locales: locales.to_vec(),
        sessions: sessions
            .iter()
            .map(|(id, _)| IdOut { id: id.clone() })
            .collect(),
        blocks,
        people: people.iter().map(|(id, _)| id.clone()).collect(),
    };
    let event_json = serde_json::to_string_pretty(&event)
        .map_err(|e| InterchangeError::Format(e.to_string()))?;
    let mut files = vec![
        ("event.json".to_owned(), event_json + "\n"),
        (format!("{locale}/agenda.ftl"), agenda_ftl),
        (format!("{locale}/people.ftl"), people_ftl),
        (
            format!("{locale}/glossary.ftl"),
            "# Glossary concepts: concept-<id> = term (see docs/PACK.md).\n".to_owned(),
        ),
    ];
    for l in &locales[1..] {
        for r in ["agenda.ftl", "people.ftl", "glossary.ftl"] {
            files.push((
                format!("{l}/{r}"),
                format!("# {r} in {l}: to translate from {locale} (`booth check` lists what is missing).\n"),
            ));
        }
    }
    if locales.len() > 1 {
        notes.push(format!(
            "{} left to translate (empty files): run `booth check` on the pack",
            locales[1..].join(", ")
        ));
    }
    Ok(ImportedPack { files, notes })
}

/// `H:MM` or `HH:MM[:SS]` → minutes.
fn parse_duration(s: &str) -> Option<u32> {
    let mut parts = s.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next()?.trim().parse().ok()?;
    if m >= 60 {
        return None;
    }
    Some(h * 60 + m)
}

/// One message as Fluent: `value` on one line (a title or name), each non-empty attribute as multi-line
/// text kept line for line (an abstract, a bio), written with the same pattern builder as the editor so it
/// reads back exactly.
fn ftl_message(id: &str, value: &str, attrs: &[(&str, &str)]) -> String {
    use crate::fluent_doc as fluent;
    use fluent_syntax::ast;
    let one_line = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let value = if one_line.is_empty() {
        ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
                    value: String::new(),
                }),
            }],
        }
    } else {
        fluent::text_pattern(&one_line)
    };
    let attributes = attrs
        .iter()
        .map(|(n, v)| (*n, crate::text::normalized(v)))
        .filter(|(_, v)| !v.is_empty())
        .map(|(n, v)| ast::Attribute {
            id: fluent::ident(n),
            value: fluent::text_pattern(&v),
        })
        .collect();
    fluent::serialize_message(&ast::Message {
        id: fluent::ident(id),
        value: Some(value),
        attributes,
        comment: None,
    })
}
