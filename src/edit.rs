//! Editing a pack in place: glossary concepts, speaker cards and agenda items, written back to the pack's
//! own Fluent and JSON files so that git diffs show only what the organizer changed, with undo/redo and
//! saves that never overwrite someone else's work.
//!
//! An [`Editor`] holds the text of every pack file (`event.json`, `review.json`, each locale's resources) as
//! loaded, with its hash ([`crate::save`]), and the unsaved text after edits. An [`Edit`] (put or delete a
//! concept, person or item, set a review) changes those texts; [`Editor::save`] writes the changed files
//! atomically, and refuses with a [`crate::save::SaveConflict`] when a file changed on disk since it was
//! loaded. [`Editor::reload_file`], [`Editor::keep_mine`] and [`Editor::merge_file`] resolve that.
//!
//! # How Fluent files are written
//!
//! A file is parsed with `fluent_syntax::parser::parse`, an edited message is rebuilt as an AST and written
//! with `fluent_syntax::serializer::serialize`, and spliced into the file where the old entry was
//! ([`fluent::Document`]). Every entry that was not edited keeps its exact bytes, and so do comments, blank
//! lines and Junk. Only the edited message goes through the serializer, which normalizes it:
//!
//! - `id=value` spacing becomes `id = value`; attributes are indented by four spaces (`    .abbr = …`);
//! - a multiline value starts on the line after `id =`, each line indented by four spaces; a value that is a
//!   select expression (`{ $n -> … }`) also starts on a new line;
//! - the message's own comment is written `# text` (`#` alone for an empty line);
//! - CRLF line ends inside the message become LF.
//!
//! Serializing whole files would normalize far more. Measured with `parse` + `serialize_with_options`
//! (`with_junk: true`) on every `.ftl` of `../shared/corpora/firefox-l10n` and `locales/`: of Firefox's 437
//! files (already in the serializer's style), 436 come back byte-identical and 1 changes (a blank line at
//! the end of `ko/toolkit/toolkit/branding/brandings.ftl` is dropped); of Booth's own 12 files, 11 change.
//! Every changed file parses back to the same AST (the test `edit::serializer_round_trip_is_ast_equal_on_corpus`
//! repeats this). The changes are: blank lines between consecutive messages are removed (all of
//! `people.ftl`), a blank line is added after each standalone comment and between two standalone comments
//! (`###` header then `## Domain`), a trailing blank line at the end of a file is dropped, and
//! `key = { $n ->` is rewritten as `key =` plus an indented `{ $n ->`. With the default options the
//! serializer also drops Junk (text that does not parse), which would lose what a user wrote. Hence the
//! splice: an edit changes only the entries it is about, and the splice itself is checked to reproduce all
//! 449 files byte for byte.
//!
//! Values Booth writes are plain text: `{` and `}` become `{"{"}` and `{"}"}`, and `[`, `*`, `.` at the start
//! of a continuation line become string literals, so Fluent reads back exactly the text the user typed
//! (checked after every edit; an edit whose text would not read back is refused). A field the draft leaves
//! unchanged keeps its original pattern, references and all.
//!
//! # How JSON files are written
//!
//! See [`json`]: ordered `serde_json::Value`, written back in serde_json's pretty format.
//!
//! # Undo and redo
//!
//! Each applied batch of edits is one [`History`] step recording, per file, the text before and after. Undo
//! puts the "before" back; when the file changed since (a merge took someone's work from disk), the undo is
//! itself a 3-way merge ([`crate::merge`]) that reverts only this step's entries, and a conflict stops it
//! with [`Error::UndoConflict`] instead of discarding later work.

pub mod fluent;
pub mod json;

use crate::agenda::ItemKind;
use crate::error::{Error, Result};
use crate::glossary::{self, Concept};
use crate::l10n::Catalog;
use crate::merge::{self, Side};
use crate::pack::Pack;
use crate::review::ReviewDraft;
use crate::save::{self, FileConflict, FileHash, Loaded, SaveConflict};
use crate::source::Source;
use crate::Text;
use fluent::{Document, Kind};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

/// The file speaker reviews live in, beside `event.json` (see `docs/PACK.md`).
pub const REVIEW_FILE: &str = "review.json";
const EVENT_FILE: &str = "event.json";
const DEFAULT_RESOURCES: [&str; 3] = ["agenda.ftl", "people.ftl", "glossary.ftl"];
/// History steps kept; older ones are dropped (each holds the before/after text of the files it touched).
pub const HISTORY_LIMIT: usize = 200;

/// A person's card as the organizer edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(export)]
pub struct PersonDraft {
    pub id: String,
    pub name: Text,
    pub honorific: Text,
    pub title: Text,
    pub affiliation: Text,
    pub role: Text,
    pub bio: Text,
    pub email: Option<String>,
    /// Listed among the event's contacts.
    pub contact: bool,
}

/// An agenda item as the organizer edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ItemDraft {
    pub id: String,
    /// The block it belongs to (moving an item to another block is a put with the new block).
    pub block: String,
    pub kind: ItemKind,
    pub minutes: u32,
    #[serde(default)]
    pub speaker: Option<String>,
    /// Title per locale (`item-<id>`).
    #[serde(default)]
    pub title: Text,
    /// Index in the block's items; `None` keeps an existing item where it is and appends a new one.
    #[serde(default)]
    pub position: Option<usize>,
}

/// One change to a pack. A put creates or replaces the whole thing: a locale or field missing from a draft
/// is cleared. Fields whose text did not change keep their original Fluent source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "camelCase")]
#[ts(export)]
pub enum Edit {
    PutConcept {
        concept: Concept,
    },
    DeleteConcept {
        id: String,
    },
    PutPerson {
        person: PersonDraft,
    },
    DeletePerson {
        id: String,
    },
    PutItem {
        item: ItemDraft,
    },
    DeleteItem {
        id: String,
    },
    /// Sets (or with `status: null`, removes) one reviewer's verdict on one rendering.
    SetReview {
        review: ReviewDraft,
    },
}

impl Edit {
    /// A short description for the undo/redo menu.
    pub fn label(&self) -> String {
        match self {
            Edit::PutConcept { concept } => format!("edit concept {}", concept.id),
            Edit::DeleteConcept { id } => format!("delete concept {id}"),
            Edit::PutPerson { person } => format!("edit person {}", person.id),
            Edit::DeletePerson { id } => format!("delete person {id}"),
            Edit::PutItem { item } => format!("edit item {}", item.id),
            Edit::DeleteItem { id } => format!("delete item {id}"),
            Edit::SetReview { review } => format!("review {}", review.concept),
        }
    }
}

/// One file's text before and after a history step (`None`: the file did not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDelta {
    pub file: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One undoable step: a labelled batch of edits, as the file texts it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub label: String,
    pub files: Vec<FileDelta>,
}

/// The undo and redo stacks.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// What the undo/redo menu shows: labels, most recent last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct HistoryState {
    pub undo: Vec<String>,
    pub redo: Vec<String>,
}

impl History {
    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > HISTORY_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub fn state(&self) -> HistoryState {
        HistoryState {
            undo: self.undo.iter().map(|s| s.label.clone()).collect(),
            redo: self.redo.iter().map(|s| s.label.clone()).collect(),
        }
    }
}

/// What [`Editor::save`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SaveReport {
    /// Pack-relative paths written, in order.
    pub written: Vec<String>,
}

/// What [`Editor::refresh`] did with files that changed on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RefreshReport {
    /// Files without unsaved edits, now showing the disk's version.
    pub reloaded: Vec<String>,
    /// Files with unsaved edits that merged cleanly with the disk's version.
    pub merged: Vec<String>,
    /// Files with unsaved edits that conflict with the disk: left as they are, to resolve by the user.
    pub conflicts: Vec<FileConflict>,
}

#[derive(Debug, Clone)]
struct Tracked {
    loaded: Loaded,
    text: Option<String>,
}

/// The event's locales and resources, read from the current `event.json`.
#[derive(Debug, Clone)]
struct Layout {
    locales: Vec<String>,
    resources: Vec<String>,
}

/// An open pack folder with unsaved edits, history, and the loaded state of each file.
#[derive(Debug)]
pub struct Editor {
    root: PathBuf,
    files: BTreeMap<String, Tracked>,
    history: History,
    /// The instant reviews are stamped with; `None` = the system clock.
    clock: Option<chrono::DateTime<chrono::Utc>>,
}

impl Editor {
    /// Opens a pack folder for editing: reads and hashes `event.json`, `review.json` and every resource of
    /// every locale.
    pub fn open(dir: &Path) -> Result<Editor> {
        let Source::Dir { root } = Source::dir(dir)? else {
            return Err(Error::InvalidArgument(format!(
                "{}: not a pack folder",
                dir.display()
            )));
        };
        let mut editor = Editor {
            root,
            files: BTreeMap::new(),
            history: History::default(),
            clock: None,
        };
        editor.track(EVENT_FILE)?;
        editor.track(REVIEW_FILE)?;
        let layout = editor.layout()?;
        for l in &layout.locales {
            for r in &layout.resources {
                editor.track(&format!("{l}/{r}"))?;
            }
        }
        Ok(editor)
    }

    /// Fixes the instant edits are stamped with (review dates), for reproducible output in tests and
    /// rehearsals; `None` goes back to the system clock.
    pub fn set_clock(&mut self, now: Option<chrono::DateTime<chrono::Utc>>) {
        self.clock = now;
    }

    /// The canonical pack folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn track(&mut self, rel: &str) -> Result<()> {
        if !self.files.contains_key(rel) {
            let loaded = Loaded::read(&self.root, rel)?;
            let text = loaded.text.clone();
            self.files.insert(rel.to_owned(), Tracked { loaded, text });
        }
        Ok(())
    }

    /// The current (unsaved) text of a pack file, `None` when it does not exist.
    pub fn text(&self, rel: &str) -> Option<&str> {
        self.files.get(rel).and_then(|t| t.text.as_deref())
    }

    /// The hash each file had when it was loaded (or last saved), for display and for callers that watch the
    /// folder.
    pub fn loaded_hashes(&self) -> BTreeMap<String, Option<FileHash>> {
        self.files
            .iter()
            .map(|(k, t)| (k.clone(), t.loaded.hash.clone()))
            .collect()
    }

    /// Files with unsaved edits.
    pub fn dirty(&self) -> Vec<String> {
        self.files
            .iter()
            .filter(|(_, t)| t.text != t.loaded.text)
            .map(|(k, _)| k.clone())
            .collect()
    }

    pub fn history(&self) -> HistoryState {
        self.history.state()
    }

    fn layout(&self) -> Result<Layout> {
        let text = self.text(EVENT_FILE).ok_or_else(|| {
            Error::InvalidPack(crate::Diagnostic::error(
                "missing-file",
                EVENT_FILE,
                "the pack has no event.json",
            ))
        })?;
        let v = parse_json(EVENT_FILE, text)?;
        let locales = json::strings(v.get("locales"));
        let resources = match v.get("resources") {
            Some(r) => json::strings(Some(r)),
            None => DEFAULT_RESOURCES.iter().map(|s| (*s).to_owned()).collect(),
        };
        for l in &locales {
            crate::source::checked_relative(l)?;
        }
        for r in &resources {
            crate::source::checked_relative(r)?;
        }
        Ok(Layout { locales, resources })
    }

    /// The pack as it would load with the unsaved edits (what the window shows while editing).
    pub fn pack(&self) -> Result<Pack> {
        let files: BTreeMap<String, String> = self
            .files
            .iter()
            .filter_map(|(k, t)| Some((k.clone(), t.text.clone()?)))
            .collect();
        Pack::load(&Source::Memory {
            origin: self.root.display().to_string(),
            files: Arc::new(files),
        })
    }

    /// Applies one edit as one undo step.
    pub fn apply(&mut self, edit: Edit) -> Result<()> {
        let label = edit.label();
        self.apply_all(&label, vec![edit])
    }

    /// Applies edits as one undo step, all or nothing: if any edit fails, no file changes. The result must
    /// still load as a pack (`event.json` valid, every Fluent file as parseable as before).
    pub fn apply_all(&mut self, label: &str, edits: Vec<Edit>) -> Result<()> {
        let layout = self.layout()?;
        for l in &layout.locales {
            for r in &layout.resources {
                self.track(&format!("{l}/{r}"))?;
            }
        }
        let mut work = Work::new(self, layout);
        for edit in edits {
            work.apply(edit)?;
        }
        let outputs = work.finish()?;
        let mut deltas = Vec::new();
        for (file, after) in outputs {
            let before = self.text(&file).map(str::to_owned);
            if before.as_deref() != Some(after.as_str()) {
                deltas.push(FileDelta {
                    file,
                    before,
                    after: Some(after),
                });
            }
        }
        if deltas.is_empty() {
            return Ok(());
        }
        // The edited pack must still load; check before anything is kept.
        let mut trial: BTreeMap<String, String> = self
            .files
            .iter()
            .filter_map(|(k, t)| Some((k.clone(), t.text.clone()?)))
            .collect();
        for d in &deltas {
            if let Some(a) = &d.after {
                trial.insert(d.file.clone(), a.clone());
            }
        }
        Pack::load(&Source::Memory {
            origin: self.root.display().to_string(),
            files: Arc::new(trial),
        })?;
        for d in &deltas {
            self.set_text(&d.file, d.after.clone())?;
        }
        self.history.push(Step {
            label: label.to_owned(),
            files: deltas,
        });
        Ok(())
    }

    fn set_text(&mut self, rel: &str, text: Option<String>) -> Result<()> {
        self.track(rel)?;
        if let Some(t) = self.files.get_mut(rel) {
            t.text = text;
        }
        Ok(())
    }

    /// Reverts the last step. `Ok(false)` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<bool> {
        let Some(step) = self.history.undo.pop() else {
            return Ok(false);
        };
        match self.revert(&step, true) {
            Ok(()) => {
                self.history.redo.push(step);
                Ok(true)
            }
            Err(e) => {
                self.history.undo.push(step);
                Err(e)
            }
        }
    }

    /// Re-applies the last undone step. `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<bool> {
        let Some(step) = self.history.redo.pop() else {
            return Ok(false);
        };
        match self.revert(&step, false) {
            Ok(()) => {
                self.history.undo.push(step);
                Ok(true)
            }
            Err(e) => {
                self.history.redo.push(step);
                Err(e)
            }
        }
    }

    /// Moves the files of `step` from one side to the other (`undo`: after → before).
    fn revert(&mut self, step: &Step, undo: bool) -> Result<()> {
        let mut new_texts = Vec::new();
        for d in &step.files {
            let (from, to) = if undo {
                (&d.after, &d.before)
            } else {
                (&d.before, &d.after)
            };
            let current = self.text(&d.file).map(str::to_owned);
            if &current == from {
                new_texts.push((d.file.clone(), to.clone()));
                continue;
            }
            let merged = merge::merge3(
                &d.file,
                from.as_deref(),
                current.as_deref(),
                to.as_deref(),
                &|_| Side::Ours,
            )?;
            let keys: Vec<String> = merged.conflicts().map(|c| c.key.clone()).collect();
            if !keys.is_empty() {
                return Err(Error::UndoConflict {
                    file: d.file.clone(),
                    keys,
                });
            }
            new_texts.push((d.file.clone(), Some(merged.text)));
        }
        for (file, text) in new_texts {
            self.set_text(&file, text)?;
        }
        Ok(())
    }

    /// Writes every file with unsaved edits, atomically. Before anything is written, every such file is
    /// compared with the disk: if any changed since it was loaded, nothing is written and the error is
    /// [`Error::Conflict`] with what changed.
    pub fn save(&mut self) -> Result<SaveReport> {
        let dirty = self.dirty();
        let mut conflicts = Vec::new();
        for rel in &dirty {
            if let Some(c) = self.disk_conflict(rel)? {
                conflicts.push(c);
            }
        }
        if !conflicts.is_empty() {
            return Err(Error::Conflict(Box::new(SaveConflict { files: conflicts })));
        }
        let mut written = Vec::new();
        for rel in dirty {
            // Checked again right before each write, to narrow the window for a concurrent writer.
            if let Some(c) = self.disk_conflict(&rel)? {
                return Err(Error::Conflict(Box::new(SaveConflict { files: vec![c] })));
            }
            let Some(t) = self.files.get_mut(&rel) else {
                continue;
            };
            let path = save::pack_path(&self.root, &rel)?;
            match &t.text {
                Some(text) => {
                    let mut bytes = Vec::with_capacity(text.len() + 3);
                    if t.loaded.bom {
                        bytes.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
                    }
                    bytes.extend_from_slice(text.as_bytes());
                    save::atomic_write(&path, &bytes)?;
                    t.loaded = Loaded {
                        hash: Some(FileHash::of(&bytes)),
                        text: Some(text.clone()),
                        bom: t.loaded.bom,
                    };
                }
                None => {
                    match std::fs::remove_file(&path) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(source) => return Err(Error::Io { path, source }),
                    }
                    t.loaded = Loaded {
                        hash: None,
                        text: None,
                        bom: false,
                    };
                }
            }
            written.push(rel);
        }
        Ok(SaveReport { written })
    }

    /// `Some` when the file on disk differs from what was loaded.
    fn disk_conflict(&self, rel: &str) -> Result<Option<FileConflict>> {
        let Some(t) = self.files.get(rel) else {
            return Ok(None);
        };
        let disk = Loaded::read(&self.root, rel)?;
        if disk.hash == t.loaded.hash {
            return Ok(None);
        }
        let report = merge::merge3(
            rel,
            t.loaded.text.as_deref(),
            t.text.as_deref(),
            disk.text.as_deref(),
            &|_| Side::Ours,
        )
        .map(|m| m.changes)
        .unwrap_or_default();
        let changes = report
            .into_iter()
            .filter(|c| c.disk != c.loaded)
            .collect::<Vec<_>>();
        let changes = if changes.is_empty() && disk.text != t.loaded.text {
            // Not parseable as entries (or only bytes such as a BOM changed): report the file as a whole.
            vec![save::EntryChange {
                key: String::new(),
                loaded: t.loaded.text.clone(),
                disk: disk.text.clone(),
                ours: t.text.clone(),
                conflict: true,
            }]
        } else {
            changes
        };
        Ok(Some(FileConflict {
            file: rel.to_owned(),
            loaded_hash: t.loaded.hash.clone(),
            disk_hash: disk.hash,
            changes,
        }))
    }

    /// Drops the unsaved edits of one file and shows the disk's version ("reload").
    pub fn reload_file(&mut self, rel: &str) -> Result<()> {
        self.track(rel)?;
        let disk = Loaded::read(&self.root, rel)?;
        if let Some(t) = self.files.get_mut(rel) {
            t.text = disk.text.clone();
            t.loaded = disk;
        }
        Ok(())
    }

    /// Saves the unsaved text of one file to `<file>.mine-<timestamp>` beside it (never replacing an existing
    /// file), then reloads the file from disk ("keep mine to a copy"). Returns the copy's pack-relative path.
    pub fn keep_mine(&mut self, rel: &str) -> Result<String> {
        let text = self.text(rel).unwrap_or_default().to_owned();
        let copy = save::mine_copy_path(&self.root, rel, chrono::Utc::now())?;
        let path = save::pack_path(&self.root, &copy)?;
        save::atomic_create(&path, text.as_bytes())?;
        self.reload_file(rel)?;
        Ok(copy)
    }

    /// 3-way merges the unsaved text of one file with the disk's version: entries changed only on disk are
    /// taken, entries changed only here are kept, entries changed on both sides are reported as conflicts and
    /// resolved by `choices` (by [`crate::save::EntryChange::key`]; default: ours). The result stays unsaved;
    /// the disk's version becomes the new "loaded" state, so the next save succeeds unless the disk changes
    /// again. A merge is not an undo step: undoing it would silently revert what was taken from disk, and
    /// the next save would then overwrite someone's work. Earlier steps stay undoable (each undo reverts
    /// only its own entries).
    pub fn merge_file(
        &mut self,
        rel: &str,
        choices: &HashMap<String, Side>,
    ) -> Result<Vec<save::EntryChange>> {
        self.track(rel)?;
        let disk = Loaded::read(&self.root, rel)?;
        let Some(t) = self.files.get(rel) else {
            return Ok(Vec::new());
        };
        let merged = merge::merge3(
            rel,
            t.loaded.text.as_deref(),
            t.text.as_deref(),
            disk.text.as_deref(),
            &|key| choices.get(key).copied().unwrap_or(Side::Ours),
        )?;
        if let Some(t) = self.files.get_mut(rel) {
            t.loaded = disk;
            t.text = Some(merged.text);
        }
        Ok(merged.changes)
    }

    /// Catches up with changes on disk (a `git pull`, another editor): files without unsaved edits are
    /// reloaded, files with unsaved edits are merged when no entry conflicts, and conflicting files are left
    /// as they are and reported. Nothing is written to disk.
    pub fn refresh(&mut self) -> Result<RefreshReport> {
        let mut report = RefreshReport::default();
        let names: Vec<String> = self.files.keys().cloned().collect();
        for rel in names {
            let Some(conflict) = self.disk_conflict(&rel)? else {
                continue;
            };
            let dirty = self
                .files
                .get(&rel)
                .is_some_and(|t| t.text != t.loaded.text);
            if !dirty {
                self.reload_file(&rel)?;
                report.reloaded.push(rel);
            } else if conflict.changes.iter().any(|c| c.conflict) {
                report.conflicts.push(conflict);
            } else {
                self.merge_file(&rel, &HashMap::new())?;
                report.merged.push(rel);
            }
        }
        Ok(report)
    }
}

fn parse_json(file: &str, text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        Error::InvalidPack(
            crate::Diagnostic::error("json", file, e.to_string()).at(e.line(), e.column()),
        )
    })
}

/// Ids in packs are `[a-z0-9-]` (docs/PACK.md); they become Fluent message ids and file-safe keys.
pub fn check_id(kind: &str, id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(Error::InvalidArgument(format!(
            "{kind} id `{id}` must be lowercase letters, digits and `-`"
        )))
    }
}

/// Text as Booth compares it: trimmed, composed (NFC), CRLF as LF.
fn norm(s: &str) -> String {
    s.replace("\r\n", "\n").trim().nfc().collect()
}

/// The scratch state of one batch of edits: parsed documents, written back only if every edit succeeds.
struct Work<'e> {
    editor: &'e Editor,
    layout: Layout,
    ftl: BTreeMap<String, Document>,
    json: BTreeMap<String, Value>,
    catalogs: HashMap<String, Catalog>,
}

/// The fields of one message Booth manages: the value and named attributes, as wanted text.
struct Fields<'a> {
    value: Option<String>,
    attrs: Vec<(&'a str, String)>,
}

impl<'e> Work<'e> {
    fn new(editor: &'e Editor, layout: Layout) -> Self {
        Work {
            editor,
            layout,
            ftl: BTreeMap::new(),
            json: BTreeMap::new(),
            catalogs: HashMap::new(),
        }
    }

    fn finish(self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for (file, doc) in &self.ftl {
            let text = doc.to_text();
            let before = self.editor.text(file).unwrap_or_default();
            if text != before {
                let junk = |t: &str| {
                    Document::parse(t)
                        .segs
                        .iter()
                        .filter(|s| s.kind == Kind::Junk)
                        .count()
                };
                if junk(&text) > junk(before) {
                    return Err(Error::InvalidArgument(format!(
                        "{file}: the edit would not parse as Fluent; nothing was changed"
                    )));
                }
            }
            out.push((file.clone(), text));
        }
        for (file, v) in &self.json {
            out.push((file.clone(), json::to_text(v)));
        }
        Ok(out)
    }

    fn doc(&mut self, file: &str) -> &mut Document {
        let editor = self.editor;
        self.ftl
            .entry(file.to_owned())
            .or_insert_with(|| Document::parse(editor.text(file).unwrap_or_default()))
    }

    fn event(&mut self) -> Result<&mut Map<String, Value>> {
        self.json_file(EVENT_FILE)
    }

    fn json_file(&mut self, file: &str) -> Result<&mut Map<String, Value>> {
        if !self.json.contains_key(file) {
            let v = match self.editor.text(file) {
                Some(t) if !t.trim().is_empty() => parse_json(file, t)?,
                _ => Value::Object(Map::new()),
            };
            self.json.insert(file.to_owned(), v);
        }
        match self.json.get_mut(file) {
            Some(Value::Object(m)) => Ok(m),
            _ => Err(Error::InvalidPack(crate::Diagnostic::error(
                "json",
                file,
                "the top level is not an object",
            ))),
        }
    }

    /// The file of `locale` that holds message `id`, or where a new one of that family goes: the resource
    /// already holding messages with `prefix`, else the one named `fallback` (e.g. `glossary.ftl`).
    fn file_for(&mut self, locale: &str, id: &str, prefix: &str, fallback: &str) -> String {
        let resources = self.layout.resources.clone();
        let paths: Vec<String> = resources.iter().map(|r| format!("{locale}/{r}")).collect();
        for p in &paths {
            if self.doc(p).find(id).is_some() {
                return p.clone();
            }
        }
        for p in &paths {
            if self
                .doc(p)
                .segs
                .iter()
                .any(|s| s.kind == Kind::Message && s.name.starts_with(prefix))
            {
                return p.clone();
            }
        }
        let by_name = resources
            .iter()
            .find(|r| Path::new(r).file_name().is_some_and(|n| n == fallback));
        match by_name.or(resources.last()) {
            Some(r) => format!("{locale}/{r}"),
            None => format!("{locale}/{fallback}"),
        }
    }

    /// What a field shows now: the pattern's own text when it is plain, else the bundle's formatting.
    fn shown(&mut self, locale: &str, msg: &ast::Message<String>, attr: Option<&str>) -> String {
        let pattern = match attr {
            None => msg.value.as_ref(),
            Some(a) => msg
                .attributes
                .iter()
                .find(|x| x.id.name == a)
                .map(|x| &x.value),
        };
        let Some(pattern) = pattern else {
            return String::new();
        };
        if let Some(t) = fluent::plain_text(pattern) {
            return norm(&t);
        }
        let catalog = self.catalog(locale);
        catalog
            .format(&msg.id.name, attr, None)
            .map(|s| norm(&s))
            .unwrap_or_default()
    }

    fn catalog(&mut self, locale: &str) -> &Catalog {
        let editor = self.editor;
        let resources = self.layout.resources.clone();
        self.catalogs.entry(locale.to_owned()).or_insert_with(|| {
            let lang = locale.parse().unwrap_or_default();
            let mut c = Catalog::new(lang);
            let mut diags = Vec::new();
            for r in &resources {
                let rel = format!("{locale}/{r}");
                if let Some(t) = editor.text(&rel) {
                    c.add_file(&rel, t.to_owned(), &mut diags);
                }
            }
            c
        })
    }

    /// Writes the managed fields of message `id` in `file`, keeping its comment, its other attributes and
    /// every field whose shown text is unchanged. Returns the message index, or `None` when the message
    /// ends up empty (and is removed). `place` decides where a new (or moved) message goes.
    fn put_message(
        &mut self,
        locale: &str,
        file: &str,
        id: &str,
        fields: &Fields<'_>,
        place: &dyn Fn(&mut Document) -> Option<usize>,
        moved: bool,
    ) -> Result<()> {
        let existing = self.doc(file).message(id);
        let mut msg = existing.clone().unwrap_or(ast::Message {
            id: fluent::ident(id),
            value: None,
            attributes: Vec::new(),
            comment: None,
        });
        let mut set: Vec<(Option<&str>, String)> = Vec::new();
        if let Some(want) = &fields.value {
            let want = norm(want);
            if self.shown(locale, &msg, None) != want {
                msg.value = (!want.is_empty()).then(|| fluent::text_pattern(&want));
                set.push((None, want));
            }
        }
        for (name, want) in &fields.attrs {
            let want = norm(want);
            let now = self.shown(locale, &msg, Some(name));
            let same = if *name == "alt" {
                split_alt(&now) == split_alt(&want)
            } else {
                now == want
            };
            if same {
                continue;
            }
            let pos = msg.attributes.iter().position(|a| a.id.name == *name);
            match (pos, want.is_empty()) {
                (Some(i), true) => {
                    msg.attributes.remove(i);
                }
                (Some(i), false) => msg.attributes[i].value = fluent::text_pattern(&want),
                (None, true) => {}
                (None, false) => msg.attributes.push(ast::Attribute {
                    id: fluent::ident(name),
                    value: fluent::text_pattern(&want),
                }),
            }
            set.push((Some(name), want));
        }
        let doc = self.doc(file);
        let index = doc.find(id);
        let empty = msg.value.is_none() && msg.attributes.is_empty();
        if empty {
            if let Some(i) = index {
                doc.remove(i);
            }
            return Ok(());
        }
        if set.is_empty() && index.is_some() && !moved {
            return Ok(());
        }
        // What was written must read back as exactly what was asked.
        let text = fluent::serialize_message(&msg);
        let back = fluent::message_of(&text).ok_or_else(|| {
            Error::InvalidArgument(format!("`{id}` cannot be written as a Fluent message"))
        })?;
        for (attr, want) in &set {
            let pattern = match attr {
                None => back.value.as_ref(),
                Some(a) => back
                    .attributes
                    .iter()
                    .find(|x| x.id.name == *a)
                    .map(|x| &x.value),
            };
            let got = pattern
                .and_then(fluent::plain_text)
                .map(|t| norm(&t))
                .unwrap_or_default();
            if &got != want {
                return Err(Error::InvalidArgument(format!(
                    "`{id}`: the text {want:?} cannot be written as Fluent text (reads back as {got:?})"
                )));
            }
        }
        match index {
            Some(i) if !moved => {
                if set.is_empty() {
                    return Ok(());
                }
                doc.replace(i, &msg);
            }
            _ => {
                // New, or moving (e.g. to another domain): keep the old text when nothing else changed.
                let old_text = index.map(|i| doc.segs[i].text.clone());
                if let Some(i) = index {
                    doc.remove(i);
                }
                let entry = match (old_text, set.is_empty()) {
                    (Some(t), true) => t,
                    _ => text,
                };
                let after = place(doc);
                doc.insert_text(after, Kind::Message, id, entry);
            }
        }
        Ok(())
    }

    fn remove_message_everywhere(&mut self, id: &str) -> bool {
        let mut found = false;
        let locales = self.layout.locales.clone();
        let resources = self.layout.resources.clone();
        for l in &locales {
            for r in &resources {
                let doc = self.doc(&format!("{l}/{r}"));
                while let Some(i) = doc.find(id) {
                    doc.remove(i);
                    found = true;
                }
            }
        }
        found
    }

    fn message_exists(&mut self, id: &str) -> bool {
        let locales = self.layout.locales.clone();
        let resources = self.layout.resources.clone();
        locales.iter().any(|l| {
            resources
                .iter()
                .any(|r| self.doc(&format!("{l}/{r}")).find(id).is_some())
        })
    }

    fn apply(&mut self, edit: Edit) -> Result<()> {
        match edit {
            Edit::PutConcept { concept } => self.put_concept(&concept),
            Edit::DeleteConcept { id } => self.delete_concept(&id),
            Edit::PutPerson { person } => self.put_person(&person),
            Edit::DeletePerson { id } => self.delete_person(&id),
            Edit::PutItem { item } => self.put_item(&item),
            Edit::DeleteItem { id } => self.delete_item(&id),
            Edit::SetReview { review } => {
                let people = json::strings(self.event()?.get("people"));
                let known_concept =
                    self.message_exists(&format!("{}{}", glossary::PREFIX, review.concept));
                if !known_concept {
                    return Err(Error::UnknownId {
                        kind: "concept".into(),
                        id: review.concept.clone(),
                    });
                }
                if !people.contains(&review.reviewer) {
                    return Err(Error::UnknownId {
                        kind: "person".into(),
                        id: review.reviewer.clone(),
                    });
                }
                let now = self.editor.clock.unwrap_or_else(chrono::Utc::now);
                let file = self.json_file(REVIEW_FILE)?;
                crate::review::apply(file, &review, now)
            }
        }
    }

    fn put_concept(&mut self, c: &Concept) -> Result<()> {
        check_id("concept", &c.id)?;
        let sessions: Vec<String> = self
            .event()?
            .get("sessions")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.get("id").and_then(Value::as_str).map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        for s in &c.sessions {
            if !sessions.contains(s) {
                return Err(Error::UnknownId {
                    kind: "session".into(),
                    id: s.clone(),
                });
            }
        }
        let id = format!("{}{}", glossary::PREFIX, c.id);
        let domain = c
            .domain
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned);
        for locale in self.layout.locales.clone() {
            let file = self.file_for(&locale, &id, glossary::PREFIX, "glossary.ftl");
            let get = |t: &Text| t.get(&locale).cloned().unwrap_or_default();
            let alt = c
                .alt
                .get(&locale)
                .map(|v| {
                    v.iter()
                        .map(|s| s.trim())
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            let fields = Fields {
                value: Some(get(&c.term)),
                attrs: vec![("abbr", get(&c.abbr)), ("alt", alt), ("note", get(&c.note))],
            };
            let doc = self.doc(&file);
            let moved = doc.find(&id).is_some_and(|i| domain_at(doc, i) != domain);
            let d = domain.clone();
            let place =
                move |doc: &mut Document| -> Option<usize> { domain_slot(doc, d.as_deref()) };
            let has_text = fields
                .value
                .as_deref()
                .is_some_and(|v| !v.trim().is_empty())
                || fields.attrs.iter().any(|(_, v)| !v.trim().is_empty());
            if has_text && (doc.find(&id).is_none() || moved) {
                ensure_domain_group(doc, domain.as_deref());
            }
            self.put_message(&locale, &file, &id, &fields, &place, moved)?;
        }
        let ev = self.event()?;
        let glossary_map = json::object_at(ev, "glossary");
        let spec = glossary_map
            .entry(c.id.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(m) = spec {
            let want: Vec<Value> = c.sessions.iter().cloned().map(Value::String).collect();
            if m.get("sessions").and_then(Value::as_array) != Some(&want) {
                m.insert("sessions".into(), Value::Array(want));
            }
        }
        Ok(())
    }

    fn delete_concept(&mut self, id: &str) -> Result<()> {
        let msg = format!("{}{id}", glossary::PREFIX);
        let in_fluent = self.remove_message_everywhere(&msg);
        let ev = self.event()?;
        let in_json = ev
            .get_mut("glossary")
            .and_then(Value::as_object_mut)
            .and_then(|g| g.shift_remove(id))
            .is_some();
        if !in_fluent && !in_json {
            return Err(Error::UnknownId {
                kind: "concept".into(),
                id: id.to_owned(),
            });
        }
        Ok(())
    }

    fn put_person(&mut self, p: &PersonDraft) -> Result<()> {
        check_id("person", &p.id)?;
        let id = format!("person-{}", p.id);
        let locales = self.layout.locales.clone();
        for (n, locale) in locales.iter().enumerate() {
            let file = self.file_for(locale, &id, "person-", "people.ftl");
            let get = |t: &Text| t.get(locale).cloned().unwrap_or_default();
            let mut attrs = vec![
                ("honorific", get(&p.honorific)),
                ("title", get(&p.title)),
                ("affiliation", get(&p.affiliation)),
                ("role", get(&p.role)),
                ("bio", get(&p.bio)),
            ];
            // The e-mail is one fact: written in the reference locale, and kept in step where another
            // locale already has it.
            let has_email = self
                .doc(&file)
                .message(&id)
                .is_some_and(|m| m.attributes.iter().any(|a| a.id.name == "email"));
            if n == 0 || has_email {
                attrs.push(("email", p.email.clone().unwrap_or_default()));
            }
            let fields = Fields {
                value: Some(get(&p.name)),
                attrs,
            };
            let place = |doc: &mut Document| doc.segs.len().checked_sub(1);
            self.put_message(locale, &file, &id, &fields, &place, false)?;
        }
        let ev = self.event()?;
        let people = json::array_at(ev, "people");
        if !people.iter().any(|v| v.as_str() == Some(p.id.as_str())) {
            people.push(Value::String(p.id.clone()));
        }
        let is_contact = json::strings(ev.get("contacts")).contains(&p.id);
        if p.contact && !is_contact {
            json::array_at(ev, "contacts").push(Value::String(p.id.clone()));
        } else if !p.contact && is_contact {
            json::array_at(ev, "contacts").retain(|v| v.as_str() != Some(p.id.as_str()));
        }
        Ok(())
    }

    fn delete_person(&mut self, id: &str) -> Result<()> {
        let ev = self.event()?;
        let mut by = Vec::new();
        for b in ev
            .get("blocks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let bid = b.get("id").and_then(Value::as_str).unwrap_or_default();
            if b.get("moderator").and_then(Value::as_str) == Some(id) {
                by.push(format!("block {bid} (moderator)"));
            }
            for it in b
                .get("items")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if it.get("speaker").and_then(Value::as_str) == Some(id) {
                    let iid = it.get("id").and_then(Value::as_str).unwrap_or_default();
                    by.push(format!("item {iid} (speaker)"));
                }
            }
        }
        if !by.is_empty() {
            return Err(Error::InUse {
                id: id.to_owned(),
                by,
            });
        }
        let mut found = false;
        for key in ["people", "contacts"] {
            if let Some(a) = ev.get_mut(key).and_then(Value::as_array_mut) {
                let n = a.len();
                a.retain(|v| v.as_str() != Some(id));
                found |= a.len() != n;
            }
        }
        found |= self.remove_message_everywhere(&format!("person-{id}"));
        if !found {
            return Err(Error::UnknownId {
                kind: "person".into(),
                id: id.to_owned(),
            });
        }
        Ok(())
    }

    fn put_item(&mut self, it: &ItemDraft) -> Result<()> {
        check_id("item", &it.id)?;
        let ev = self.event()?;
        if let Some(sp) = &it.speaker {
            if !json::strings(ev.get("people")).contains(sp) {
                return Err(Error::UnknownId {
                    kind: "person".into(),
                    id: sp.clone(),
                });
            }
        }
        let blocks = ev
            .get_mut("blocks")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| Error::InvalidArgument("event.json has no `blocks`".into()))?;
        let Some(target) = json::position_by_id(blocks, &it.block) else {
            return Err(Error::UnknownId {
                kind: "block".into(),
                id: it.block.clone(),
            });
        };
        // Where the item is now, if anywhere.
        let mut current: Option<(usize, usize)> = None;
        for (bi, b) in blocks.iter().enumerate() {
            if let Some(items) = b.get("items").and_then(Value::as_array) {
                if let Some(ii) = json::position_by_id(items, &it.id) {
                    current = Some((bi, ii));
                }
            }
        }
        let mut obj = match current {
            Some((bi, ii)) => blocks[bi]["items"][ii]
                .as_object()
                .cloned()
                .unwrap_or_default(),
            None => Map::new(),
        };
        obj.insert("id".into(), Value::String(it.id.clone()));
        obj.insert(
            "kind".into(),
            serde_json::to_value(it.kind).unwrap_or(Value::Null),
        );
        obj.insert("minutes".into(), Value::from(it.minutes));
        match &it.speaker {
            Some(s) => {
                obj.insert("speaker".into(), Value::String(s.clone()));
            }
            None => {
                obj.shift_remove("speaker");
            }
        }
        let obj = Value::Object(obj);
        match current {
            Some((bi, ii)) if bi == target && it.position.is_none_or(|p| p == ii) => {
                blocks[bi]["items"][ii] = obj;
            }
            _ => {
                if let Some((bi, ii)) = current {
                    if let Some(items) = blocks[bi].get_mut("items").and_then(Value::as_array_mut) {
                        items.remove(ii);
                    }
                }
                let Value::Object(block) = &mut blocks[target] else {
                    return Err(Error::InvalidArgument(format!(
                        "block `{}` is not an object",
                        it.block
                    )));
                };
                let items = json::array_at(block, "items");
                let at = it.position.unwrap_or(items.len()).min(items.len());
                items.insert(at, obj);
            }
        }
        // The message goes after the previous item's (or the block's) message when new.
        let block_items: Vec<String> = blocks[target]
            .get("items")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.get("id").and_then(Value::as_str).map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let mut before: Vec<String> = block_items
            .iter()
            .take_while(|i| **i != it.id)
            .map(|i| format!("item-{i}"))
            .collect();
        before.reverse();
        before.push(format!("block-{}", it.block));
        let id = format!("item-{}", it.id);
        for locale in self.layout.locales.clone() {
            let file = self.file_for(&locale, &id, "item-", "agenda.ftl");
            let fields = Fields {
                value: Some(it.title.get(&locale).cloned().unwrap_or_default()),
                attrs: Vec::new(),
            };
            let anchors = before.clone();
            let place = move |doc: &mut Document| -> Option<usize> {
                anchors
                    .iter()
                    .find_map(|a| doc.find(a))
                    .or(doc.segs.len().checked_sub(1))
            };
            self.put_message(&locale, &file, &id, &fields, &place, false)?;
        }
        Ok(())
    }

    fn delete_item(&mut self, id: &str) -> Result<()> {
        let ev = self.event()?;
        let mut found = false;
        if let Some(blocks) = ev.get_mut("blocks").and_then(Value::as_array_mut) {
            for b in blocks {
                if let Some(items) = b.get_mut("items").and_then(Value::as_array_mut) {
                    let n = items.len();
                    items.retain(|v| v.get("id").and_then(Value::as_str) != Some(id));
                    found |= items.len() != n;
                }
            }
        }
        found |= self.remove_message_everywhere(&format!("item-{id}"));
        if !found {
            return Err(Error::UnknownId {
                kind: "item".into(),
                id: id.to_owned(),
            });
        }
        Ok(())
    }
}

/// `.alt` as a list, for comparing without caring about spacing around `;`.
fn split_alt(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The domain a group comment names (`## Domain: X` → `X`; an empty `##` ends every group).
fn group_domain(text: &str) -> Option<String> {
    let t = text.trim();
    let t = t.strip_prefix("Domain:").unwrap_or(t).trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The domain of the entry at `i`: the closest group comment above it.
fn domain_at(doc: &Document, i: usize) -> Option<String> {
    doc.segs[..i]
        .iter()
        .rev()
        .find(|s| s.kind == Kind::GroupComment)
        .and_then(|s| group_domain(&s.name))
}

/// The group comment of `domain`, if the file has one.
fn group_index(doc: &Document, domain: &str) -> Option<usize> {
    doc.segs.iter().position(|s| {
        s.kind == Kind::GroupComment && group_domain(&s.name).as_deref() == Some(domain)
    })
}

/// Makes sure a new concept of `domain` has a place: appends `## Domain: X` when the file has no such
/// group. A concept without a domain needs no group.
fn ensure_domain_group(doc: &mut Document, domain: Option<&str>) {
    if let Some(d) = domain {
        if group_index(doc, d).is_none() {
            if let Some(last) = doc.segs.last_mut() {
                if !last.text.ends_with('\n') {
                    last.text.push('\n');
                }
                if last.gap.is_empty() {
                    last.gap = "\n".into();
                }
            }
            let text = fluent::group_comment_text(&format!("Domain: {d}"));
            let name = text.trim_start_matches("## ").trim_end().to_owned();
            doc.segs.push(fluent::Segment {
                kind: Kind::GroupComment,
                name,
                text,
                gap: "\n".into(),
            });
        }
    }
}

/// Where a concept of `domain` is inserted: after the last entry of its group (before the next group
/// comment); without a domain, before the first group comment so no group claims it.
fn domain_slot(doc: &Document, domain: Option<&str>) -> Option<usize> {
    match domain {
        Some(d) => {
            let g = group_index(doc, d)?;
            let end = doc.segs[g + 1..]
                .iter()
                .position(|s| matches!(s.kind, Kind::GroupComment | Kind::ResourceComment))
                .map_or(doc.segs.len(), |n| g + 1 + n);
            // After the last message or term of the group (or the group comment itself).
            (g..end)
                .rev()
                .find(|&i| matches!(doc.segs[i].kind, Kind::Message | Kind::Term))
                .or(Some(g))
        }
        None => match doc.segs.iter().position(|s| s.kind == Kind::GroupComment) {
            Some(0) => None,
            Some(g) => Some(g - 1),
            None => doc.segs.len().checked_sub(1),
        },
    }
}
