//! The editor of one open pack folder: the text of every file as loaded and as edited, the history, and
//! the save that never overwrites a file changed on disk.
//!
//! Why one file of this size: the editor's file bookkeeping, save and the three ways out of a conflict share
//! the loaded-hash state; the edits themselves are in the sibling modules.

use super::draft::Edit;
use super::history::{FileDelta, History, HistoryState, Step};
use super::packed::PackedText;
use super::work::Work;
use super::{DEFAULT_RESOURCES, EVENT_FILE, REVIEW_FILE};
use crate::error::{Error, Result};
use crate::json_doc as json;
use crate::merge::{self, Side};
use crate::pack::Pack;
use crate::save::{self, FileConflict, FileHash, Loaded, SaveConflict};
use crate::source::Source;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ts_rs::TS;

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

/// One file: as loaded (or last saved), packed, and its unsaved text only once an edit made it differ. The
/// editor tracks every file of the pack, so a plain copy of each would cost what a big glossary's files
/// weigh (issue 16: 12.7 MB at rest with 100,000 concepts; see [`PackedText`]).
#[derive(Debug, Clone)]
pub(super) struct Tracked {
    /// The hash as loaded (`None`: the file did not exist).
    pub(super) hash: Option<FileHash>,
    /// The file started with a UTF-8 BOM (dropped from the text, written back on save).
    pub(super) bom: bool,
    /// The text as loaded (`None`: the file did not exist).
    base: Option<PackedText>,
    /// `Some(text)` when it differs from the loaded text (`Some(None)`: deleted).
    edited: Option<Option<String>>,
}

impl Tracked {
    fn new(loaded: Loaded) -> Self {
        Tracked {
            hash: loaded.hash,
            bom: loaded.bom,
            base: loaded.text.as_deref().map(PackedText::pack),
            edited: None,
        }
    }

    /// The text as loaded (or last saved), `None` when the file did not exist.
    pub(super) fn loaded_text(&self) -> Option<String> {
        self.base.as_ref().map(PackedText::unpack)
    }

    /// The current text, `None` when the file does not exist.
    pub(super) fn text(&self) -> Option<Cow<'_, str>> {
        match &self.edited {
            Some(t) => t.as_deref().map(Cow::Borrowed),
            None => self.loaded_text().map(Cow::Owned),
        }
    }

    pub(super) fn set_text(&mut self, text: Option<String>) {
        let loaded = match (&text, &self.base) {
            (None, None) => true,
            (Some(t), Some(base)) => base.is(t),
            _ => false,
        };
        self.edited = (!loaded).then_some(text);
    }

    /// Whether it has unsaved edits.
    pub(super) fn dirty(&self) -> bool {
        self.edited.is_some()
    }
}

/// The event's locales and resources, read from the current `event.json`.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    pub(super) locales: Vec<String>,
    pub(super) resources: Vec<String>,
}

/// An open pack folder with unsaved edits, history, and the loaded state of each file.
#[derive(Debug)]
pub struct Editor {
    pub(super) root: PathBuf,
    pub(super) files: BTreeMap<String, Tracked>,
    pub(super) history: History,
    /// The instant reviews are stamped with; `None` = the system clock.
    pub(super) clock: Option<chrono::DateTime<chrono::Utc>>,
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

    pub(super) fn track(&mut self, rel: &str) -> Result<()> {
        if !self.files.contains_key(rel) {
            let loaded = Loaded::read(&self.root, rel)?;
            self.files.insert(rel.to_owned(), Tracked::new(loaded));
        }
        Ok(())
    }

    /// The current (unsaved) text of a pack file, `None` when it does not exist. Borrowed once edited;
    /// unpacked from the loaded text otherwise.
    pub fn text(&self, rel: &str) -> Option<Cow<'_, str>> {
        self.files.get(rel).and_then(Tracked::text)
    }

    /// The hash each file had when it was loaded (or last saved), for display and for callers that watch the
    /// folder.
    pub fn loaded_hashes(&self) -> BTreeMap<String, Option<FileHash>> {
        self.files
            .iter()
            .map(|(k, t)| (k.clone(), t.hash.clone()))
            .collect()
    }

    /// Files with unsaved edits.
    pub fn dirty(&self) -> Vec<String> {
        self.files
            .iter()
            .filter(|(_, t)| t.dirty())
            .map(|(k, _)| k.clone())
            .collect()
    }

    pub fn history(&self) -> HistoryState {
        self.history.state()
    }

    pub(super) fn layout(&self) -> Result<Layout> {
        let text = self.text(EVENT_FILE).ok_or_else(|| {
            Error::InvalidPack(crate::Diagnostic::error(
                "missing-file",
                EVENT_FILE,
                "the pack has no event.json",
            ))
        })?;
        let v = parse_json(EVENT_FILE, &text)?;
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
            .filter_map(|(k, t)| Some((k.clone(), t.text()?.into_owned())))
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
            let before = self.text(&file).map(Cow::into_owned);
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
            .filter_map(|(k, t)| Some((k.clone(), t.text()?.into_owned())))
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

    pub(super) fn set_text(&mut self, rel: &str, text: Option<String>) -> Result<()> {
        self.track(rel)?;
        if let Some(t) = self.files.get_mut(rel) {
            t.set_text(text);
        }
        Ok(())
    }

    /// Reverts the last step. `Ok(false)` when there is nothing to undo.
    pub fn undo(&mut self) -> Result<bool> {
        self.step_back_or_forth(true)
    }

    /// Re-applies the last undone step. `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self) -> Result<bool> {
        self.step_back_or_forth(false)
    }

    /// Moves the last step from one history stack to the other once it is reverted (`undo`) or re-applied;
    /// a step that fails stays where it was.
    fn step_back_or_forth(&mut self, undo: bool) -> Result<bool> {
        let Some(step) = self.history.stack(undo).pop() else {
            return Ok(false);
        };
        match self.revert(&step, undo) {
            Ok(()) => {
                self.history.stack(!undo).push(step);
                Ok(true)
            }
            Err(e) => {
                self.history.stack(undo).push(step);
                Err(e)
            }
        }
    }

    /// Moves the files of `step` from one side to the other (`undo`: after → before).
    pub(super) fn revert(&mut self, step: &Step, undo: bool) -> Result<()> {
        let mut new_texts = Vec::new();
        for d in &step.files {
            let (from, to) = if undo {
                (&d.after, &d.before)
            } else {
                (&d.before, &d.after)
            };
            let current = self.text(&d.file).map(Cow::into_owned);
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
        // A file the loader would refuse is never written: the pack on disk stays loadable.
        if let Some((rel, len)) = dirty.iter().find_map(|rel| {
            let len = self.files.get(rel)?.text()?.len() as u64;
            (len > crate::source::MAX_FILE_BYTES).then(|| (rel.clone(), len))
        }) {
            return Err(Error::InvalidArgument(format!(
                "{rel} would be {} MB, more than the {} MB a pack file may hold: nothing was saved (move concepts to another file of the locale)",
                len / 1_048_576,
                crate::source::MAX_FILE_BYTES / 1_048_576
            )));
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
            match t.text().map(Cow::into_owned) {
                Some(text) => {
                    let mut bytes = Vec::with_capacity(text.len() + 3);
                    if t.bom {
                        bytes.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
                    }
                    bytes.extend_from_slice(text.as_bytes());
                    save::atomic_write(&path, &bytes)?;
                    *t = Tracked::new(Loaded {
                        hash: Some(FileHash::of(&bytes)),
                        text: Some(text),
                        bom: t.bom,
                    });
                }
                None => {
                    match std::fs::remove_file(&path) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(source) => return Err(Error::Io { path, source }),
                    }
                    *t = Tracked::new(Loaded {
                        hash: None,
                        text: None,
                        bom: false,
                    });
                }
            }
            written.push(rel);
        }
        Ok(SaveReport { written })
    }

    /// `Some` when the file on disk differs from what was loaded.
    pub(super) fn disk_conflict(&self, rel: &str) -> Result<Option<FileConflict>> {
        let Some(t) = self.files.get(rel) else {
            return Ok(None);
        };
        let disk = Loaded::read(&self.root, rel)?;
        if disk.hash == t.hash {
            return Ok(None);
        }
        let loaded = t.loaded_text();
        let ours = t.text();
        let report = merge::merge3(
            rel,
            loaded.as_deref(),
            ours.as_deref(),
            disk.text.as_deref(),
            &|_| Side::Ours,
        )
        .map(|m| m.changes)
        .unwrap_or_default();
        let changes = report
            .into_iter()
            .filter(|c| c.disk != c.loaded)
            .collect::<Vec<_>>();
        let changes = if changes.is_empty() && disk.text != loaded {
            // Not parseable as entries (or only bytes such as a BOM changed): report the file as a whole.
            vec![save::EntryChange {
                key: String::new(),
                loaded,
                disk: disk.text.clone(),
                ours: ours.map(Cow::into_owned),
                conflict: true,
            }]
        } else {
            changes
        };
        Ok(Some(FileConflict {
            file: rel.to_owned(),
            loaded_hash: t.hash.clone(),
            disk_hash: disk.hash,
            changes,
        }))
    }

    /// Drops the unsaved edits of one file and shows the disk's version ("reload").
    pub fn reload_file(&mut self, rel: &str) -> Result<()> {
        self.track(rel)?;
        let disk = Loaded::read(&self.root, rel)?;
        if let Some(t) = self.files.get_mut(rel) {
            *t = Tracked::new(disk);
        }
        Ok(())
    }

    /// Saves the unsaved text of one file to `<file>.mine-<timestamp>` beside it (never replacing an existing
    /// file), then reloads the file from disk ("keep mine to a copy"). Returns the copy's pack-relative path.
    pub fn keep_mine(&mut self, rel: &str) -> Result<String> {
        let text = self.text(rel).map(Cow::into_owned).unwrap_or_default();
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
            t.loaded_text().as_deref(),
            t.text().as_deref(),
            disk.text.as_deref(),
            &|key| choices.get(key).copied().unwrap_or(Side::Ours),
        )?;
        if let Some(t) = self.files.get_mut(rel) {
            *t = Tracked::new(disk);
            t.set_text(Some(merged.text));
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
            if !self.files.get(&rel).is_some_and(Tracked::dirty) {
                // Nothing of ours to merge: the disk's version replaces it when it differs, read once (a
                // conflict report would read it again and 3-way merge the whole file only to drop it).
                let disk = Loaded::read(&self.root, &rel)?;
                if let Some(t) = self.files.get_mut(&rel) {
                    if disk.hash != t.hash {
                        *t = Tracked::new(disk);
                        report.reloaded.push(rel);
                    }
                }
                continue;
            }
            let Some(conflict) = self.disk_conflict(&rel)? else {
                continue;
            };
            if conflict.changes.iter().any(|c| c.conflict) {
                report.conflicts.push(conflict);
            } else {
                self.merge_file(&rel, &HashMap::new())?;
                report.merged.push(rel);
            }
        }
        Ok(report)
    }
}

pub(super) fn parse_json(file: &str, text: &str) -> Result<Value> {
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
