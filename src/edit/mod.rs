//! Editing a pack in place: glossary concepts, speaker cards and agenda items, written back to the pack's
//! own Fluent and JSON files so that git diffs show only what the organizer changed, with undo/redo and
//! saves that never overwrite someone else's work.
//!
//! An [`Editor`] holds the text of every pack file (`event.json`, `review.json`, each locale's resources) as
//! loaded (LZ4-packed while nothing reads it: `packed`), with its hash ([`crate::save`]), and the unsaved
//! text after edits. An [`Edit`] (put or delete a
//! concept, person or item, set a review) changes those texts; [`Editor::save`] writes the changed files
//! atomically, and refuses with a [`crate::save::SaveConflict`] when a file changed on disk since it was
//! loaded. [`Editor::reload_file`], [`Editor::keep_mine`] and [`Editor::merge_file`] resolve that.
//!
//! # How Fluent files are written
//!
//! A file is parsed with `fluent_syntax::parser::parse`, an edited message is rebuilt as an AST and written
//! with `fluent_syntax::serializer::serialize`, and spliced into the file where the old entry was
//! ([`crate::fluent_doc::Document`]). Every entry that was not edited keeps its exact bytes, and so do comments, blank
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
//! See [`crate::json_doc`]: ordered `serde_json::Value`, written back in serde_json's pretty format.
//!
//! # Undo and redo
//!
//! Each applied batch of edits is one [`History`] step recording, per file, the text before and after. Undo
//! puts the "before" back; when the file changed since (a merge took someone's work from disk), the undo is
//! itself a 3-way merge ([`crate::merge`]) that reverts only this step's entries, and a conflict stops it
//! with [`Error::UndoConflict`] instead of discarding later work.

mod concepts;
mod draft;
mod editor;
mod history;
mod items;
mod packed;
mod people;
mod work;

pub use draft::{Edit, ItemDraft, PersonDraft};
pub use editor::{check_id, Editor, RefreshReport, SaveReport};
pub use history::{FileDelta, History, HistoryState, Step};

pub use crate::review::REVIEW_FILE;
const EVENT_FILE: &str = "event.json";
const DEFAULT_RESOURCES: [&str; 3] = ["agenda.ftl", "people.ftl", "glossary.ftl"];
/// History steps kept; older ones are dropped (each holds the before/after text of the files it touched).
pub const HISTORY_LIMIT: usize = 200;
