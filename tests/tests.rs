//! The core's integration tests, one binary (ripgrep's layout). Each module covers one domain concept:
//!
//! - `pack`: the built-in forum pack and broken packs still loading.
//! - `agenda`: the clock at every boundary, local zones with DST.
//! - `late`: running-late shifts, undo, and the state file.
//! - `schedule`: iCalendar and c3voc/frab export and import.
//! - `ui_locale`: the UI's first-start locale negotiated from the OS's.
//! - `search`: finding concepts in either script, with spans; `search_props`: its properties (proptest).
//! - `check`: the locale checker's findings, positions and exit semantics.
//! - `check_fixture`: every finding code on committed fixtures, CLI output snapshots and exit status.
//! - `check_corpus`: parity with compare-locales 9.0.5 on Firefox's strings (skipped without the corpus).
//! - `source`: the pack boundary and file decoding.
//! - `edit`: editing concepts, people and items with every untouched byte kept; undo/redo.
//! - `save`: atomic saves, conflicts with changes on disk, reload / keep mine / merge.
//! - `glossary_files`: CSV, TBX v2/v3 and XLSX import (preview, conflicts) and export round trips.
//! - `hostile`: malformed, oversized and malicious inputs: positioned findings, no panic, no hang.
//! - `hostile_import`: malformed CSV, TBX and XLSX imports: one positioned error or warning each.
//! - `security`: nothing a pack says or a caller passes makes a save or an import write outside its folder.
//! - `crash`: saves killed with SIGKILL at random points leave each file old or new, and the pack opens.
//! - `snapshot`: pack snapshots in the cache never hide an edit, a pull or an import, nor trust damage.
//! - `forum`: the built-in forum pack against the concept note: both languages, people, times, glossary.
//! - `documents`: speakers' documents kept in the pack, dismissals, candidates against the glossary.
//! - `drill`: memorisation cards (terms both ways, numbers) and FSRS progress per user beside the pack.

mod agenda;
mod check;
mod check_corpus;
mod check_fixture;
mod crash;
mod documents;
mod drill;
mod edit;
mod forum;
mod glossary_files;
mod hostile;
mod hostile_import;
mod late;
mod pack;
mod partners;
mod prompts;
mod save;
mod schedule;
mod search;
mod search_props;
mod security;
mod snapshot;
mod source;
mod ui_locale;
mod util;
