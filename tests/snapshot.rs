//! Pack snapshots (issue 16): a snapshot only ever speeds an open up. Whatever happened to the pack's files
//! (an edit, a `git pull`, an import) or to the snapshot (truncated, fuzzed, deleted, unwritable), the pack
//! opened through the cache is the pack parsed from its files.

use crate::util::{mini_pack, EN_GLOSSARY};
use booth::edit::Editor;
use booth::glossary_files;
use booth::snapshot::{Miss, Opened, Snapshots};
use booth::Pack;
use std::collections::HashMap;
use std::path::Path;

/// Everything a front end sees of a pack, and what its search answers.
fn seen(p: &Pack) -> (serde_json::Value, Vec<Vec<booth::search::Hit>>) {
    let hits = [
        "sus",
        "SDGs",
        "지속",
        "ㅈㅅ",
        "sustianable",
        "goals",
        "river",
        "강",
    ]
    .iter()
    .map(|q| p.index().search(q, 50, None))
    .collect();
    (serde_json::to_value(p).expect("json"), hits)
}

/// Opens through the cache and checks the result equals a fresh parse.
fn open(dir: &Path, cache: &Snapshots) -> Opened {
    let (pack, how) = Pack::open_traced(dir, cache).expect("opens");
    let fresh = Pack::open(dir).expect("parses");
    assert_eq!(seen(&pack), seen(&fresh), "{how:?}");
    how
}

fn cache() -> (tempfile::TempDir, Snapshots) {
    let d = tempfile::tempdir().expect("temp dir");
    let s = Snapshots::in_dir(d.path().join("booth").join("packs"));
    (d, s)
}

fn snapshot_file(dir: &Path, cache: &Snapshots) -> std::path::PathBuf {
    cache.file_for(&dir.canonicalize().expect("canonical"))
}

#[test]
fn an_unchanged_pack_is_restored_and_equal() {
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Absent));
    assert!(snapshot_file(pack.path(), &cache).is_file());
    assert_eq!(open(pack.path(), &cache), Opened::Restored);
    assert_eq!(open(pack.path(), &cache), Opened::Restored);
    // No temporary files are left beside the snapshot.
    let files = std::fs::read_dir(cache.dir()).expect("dir").count();
    assert_eq!(files, 1);
}

#[test]
fn an_edit_is_never_hidden_by_the_snapshot() {
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    open(pack.path(), &cache);
    let edited = EN_GLOSSARY.replace("Sustainable Development Goals", "River Basin Management");
    std::fs::write(pack.path().join("en-US/glossary.ftl"), edited).expect("edit");
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Stale));
    let p = Pack::open_cached(pack.path(), &cache).expect("opens");
    assert!(!p.index().search("river", 5, None).is_empty());
    assert!(p.index().search("sustainable", 5, None).is_empty());
    assert_eq!(open(pack.path(), &cache), Opened::Restored);
    // A file the pack gains (a resource that was missing) counts too.
    std::fs::remove_file(pack.path().join("ko/people.ftl")).expect("rm");
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Stale));
}

#[test]
fn a_pull_that_keeps_size_and_time_is_still_seen() {
    // `git pull` (or a copy that preserves times) can change a file's bytes while keeping its size and
    // modification time: the key is the content, so the change is seen.
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    open(pack.path(), &cache);
    let path = pack.path().join("en-US/glossary.ftl");
    let mtime = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let same_size = EN_GLOSSARY.replace("Goals", "Gauls");
    assert_eq!(same_size.len(), EN_GLOSSARY.len());
    std::fs::write(&path, same_size).expect("pull");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(mtime))
        .expect("keep mtime");
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Stale));
    let p = Pack::open_cached(pack.path(), &cache).expect("opens");
    assert_eq!(p.glossary[0].term["en-US"], "Sustainable Development Gauls");
}

#[test]
fn an_import_is_seen_on_the_next_open() {
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    open(pack.path(), &cache);
    let before = Pack::open_cached(pack.path(), &cache).expect("opens");
    let csv = "en-US,ko\nRiver basin management,유역 관리\n";
    let incoming = glossary_files::read(
        csv.as_bytes(),
        glossary_files::Format::Csv,
        "terms.csv",
        &before.locales,
        &mut |_| {},
    )
    .expect("reads");
    let preview = glossary_files::preview(&before, &incoming);
    assert_eq!(preview.added.len(), 1);
    let mut ed = Editor::open(pack.path()).expect("editor");
    glossary_files::apply(&mut ed, &preview, &HashMap::new()).expect("apply");
    ed.save().expect("save");
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Stale));
    let after = Pack::open_cached(pack.path(), &cache).expect("opens");
    assert_eq!(after.glossary.len(), before.glossary.len() + 1);
    assert!(!after.index().search("유역", 5, None).is_empty());
}

/// The mini pack opened once with a fresh cache: the pack, the cache (and its folder), the snapshot file
/// and its bytes, for tests that damage it.
fn snapshotted() -> (
    tempfile::TempDir,
    tempfile::TempDir,
    Snapshots,
    std::path::PathBuf,
    Vec<u8>,
) {
    let pack = mini_pack(&[]);
    let (d, cache) = cache();
    open(pack.path(), &cache);
    let file = snapshot_file(pack.path(), &cache);
    let whole = std::fs::read(&file).expect("snapshot");
    (pack, d, cache, file, whole)
}

#[test]
fn a_truncated_snapshot_is_rebuilt() {
    let (pack, _d, cache, file, whole) = snapshotted();
    for n in [0, 1, 8, 20, 40, 55, whole.len() / 2, whole.len() - 1] {
        std::fs::write(&file, &whole[..n]).expect("truncate");
        let how = open(pack.path(), &cache);
        assert!(
            matches!(how, Opened::Loaded(Miss::Corrupt(_))),
            "{n}: {how:?}"
        );
        // Rebuilt: the next open restores again.
        assert_eq!(std::fs::read(&file).expect("rewritten"), whole);
        assert_eq!(open(pack.path(), &cache), Opened::Restored);
    }
}

#[test]
fn a_fuzzed_snapshot_is_never_trusted() {
    let (pack, _d, cache, file, whole) = snapshotted();
    // SplitMix64: a fixed, reproducible sequence of damage.
    let mut state = 0x5eed_u64;
    let mut next = || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    for round in 0..300 {
        let mut bytes = whole.clone();
        let flips = 1 + (next() % 4) as usize;
        for _ in 0..flips {
            let at = (next() % bytes.len() as u64) as usize;
            bytes[at] ^= 1 + (next() % 255) as u8;
        }
        std::fs::write(&file, &bytes).expect("fuzz");
        // `open` checks the result against a fresh parse; any damage is a miss.
        let how = open(pack.path(), &cache);
        assert!(matches!(how, Opened::Loaded(_)), "round {round}: {how:?}");
    }
}

#[test]
fn deleting_the_cache_folder_is_safe() {
    let pack = mini_pack(&[]);
    let (d, cache) = cache();
    open(pack.path(), &cache);
    std::fs::remove_dir_all(d.path().join("booth")).expect("rm -r");
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Absent));
    assert_eq!(open(pack.path(), &cache), Opened::Restored);
}

#[test]
fn an_unwritable_cache_only_costs_speed() {
    let pack = mini_pack(&[]);
    let d = tempfile::tempdir().expect("temp dir");
    // A file where the cache folder should be: no snapshot can be written.
    std::fs::write(d.path().join("packs"), b"not a folder").expect("file");
    let cache = Snapshots::in_dir(d.path().join("packs"));
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Absent));
    assert_eq!(open(pack.path(), &cache), Opened::Loaded(Miss::Absent));
}

#[test]
fn two_packs_keep_their_own_snapshots() {
    let a = mini_pack(&[]);
    let edited = EN_GLOSSARY.replace("Sustainable Development Goals", "River Basin Management");
    let b = mini_pack(&[("en-US/glossary.ftl", edited.as_bytes())]);
    let (_d, cache) = cache();
    open(a.path(), &cache);
    open(b.path(), &cache);
    assert_eq!(open(a.path(), &cache), Opened::Restored);
    assert_eq!(open(b.path(), &cache), Opened::Restored);
    let pa = Pack::open_cached(a.path(), &cache).expect("a");
    assert!(pa.index().search("river", 5, None).is_empty());
}

#[test]
fn a_pack_with_problems_keeps_its_findings_when_restored() {
    let pack = mini_pack(&[("ko/glossary.ftl", b"concept-sdgs = \n  = broken {\n")]);
    let (_d, cache) = cache();
    open(pack.path(), &cache);
    let (p, how) = Pack::open_traced(pack.path(), &cache).expect("opens");
    assert_eq!(how, Opened::Restored);
    assert!(!p.diagnostics.is_empty());
}

#[test]
fn an_opening_says_how_far_it_has_got_in_countable_steps() {
    use booth::opening::{Opening, Step};
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    let bytes_of = |dir: &Path| -> u64 {
        let mut total = 0;
        for locale in ["en-US", "ko"] {
            for f in std::fs::read_dir(dir.join(locale)).expect("locale dir") {
                total += f.expect("entry").metadata().expect("meta").len();
            }
        }
        total
    };

    // Changed (no snapshot yet): parse every byte of the Fluent files, read every concept, index, save.
    let opening = Opening::new();
    let parsed = Pack::open_showing(pack.path(), Some(&cache), &opening).expect("opens");
    assert_eq!(opening.now().step, Step::Done);
    let steps = opening.finished();
    let names: Vec<Step> = steps.iter().map(|p| p.step).collect();
    assert_eq!(
        names,
        [
            Step::Reading,
            Step::Parsing,
            Step::Concepts,
            Step::Indexing,
            Step::Saving
        ]
    );
    assert_eq!(steps[1].total, bytes_of(pack.path()), "every Fluent byte");
    assert_eq!(steps[1].done, steps[1].total);
    assert_eq!(steps[2].total, parsed.glossary.len() as u64);
    assert_eq!(steps[2].done, steps[2].total);

    // Unchanged: the snapshot is read, every byte of it counted.
    let opening = Opening::new();
    Pack::open_showing(pack.path(), Some(&cache), &opening).expect("opens");
    let steps = opening.finished();
    let names: Vec<Step> = steps.iter().map(|p| p.step).collect();
    assert_eq!(names, [Step::Reading, Step::Restoring]);
    let size = std::fs::metadata(snapshot_file(pack.path(), &cache))
        .expect("snapshot")
        .len();
    assert_eq!((steps[1].done, steps[1].total), (size, size));
}

#[test]
fn a_changed_pack_parsed_elsewhere_is_read_back_and_an_unchanged_one_asks_nobody() {
    use booth::opening::{Opening, Step};
    use std::cell::Cell;
    let pack = mini_pack(&[]);
    let (_d, cache) = cache();
    let asked = Cell::new(0);
    // "Elsewhere" (a window's child process) writes the snapshot; here the same process stands in for it.
    let elsewhere = || {
        asked.set(asked.get() + 1);
        Pack::open_cached(pack.path(), &cache).is_ok()
    };
    let opening = Opening::new();
    let opened =
        Pack::open_elsewhere_first(pack.path(), Some(&cache), &opening, &elsewhere).expect("opens");
    assert_eq!(asked.get(), 1, "no snapshot yet: elsewhere is asked");
    let steps: Vec<Step> = opening.finished().iter().map(|p| p.step).collect();
    assert_eq!(
        steps,
        [Step::Reading, Step::Restoring],
        "read back, not parsed here"
    );
    assert_eq!(
        seen(&opened),
        seen(&Pack::open(pack.path()).expect("parses"))
    );

    // Unchanged: the snapshot is read at once, nobody else is asked.
    Pack::open_elsewhere_first(pack.path(), Some(&cache), &Opening::new(), &elsewhere)
        .expect("opens");
    assert_eq!(asked.get(), 1);

    // Another pack with no snapshot, and elsewhere fails: parsed here.
    let edited = mini_pack(&[("en-US/glossary.ftl", b"concept-x = X\n")]);
    let opening = Opening::new();
    let fails = || false;
    let p =
        Pack::open_elsewhere_first(edited.path(), Some(&cache), &opening, &fails).expect("opens");
    assert!(opening.finished().iter().any(|s| s.step == Step::Parsing));
    assert_eq!(seen(&p), seen(&Pack::open(edited.path()).expect("parses")));
}
