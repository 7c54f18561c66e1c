//! The child that parses a changed big pack for the window (`booth-app --snapshot-pack DIR`), run the way
//! the window runs it: the real executable, its progress read from its stdout.

use booth::opening::{Opening, Step};
use booth_app::pack_apart::snapshot_apart;
use std::path::Path;

#[test]
fn the_child_parses_the_pack_writes_its_snapshot_and_says_how_far_it_got() {
    let pack = tempfile::tempdir().expect("temp dir");
    booth::source::write_embedded_pack(pack.path()).expect("forum copy");
    let cache = tempfile::tempdir().expect("temp dir");
    // The child reads the user's cache folder from its environment, inherited from this process (the only
    // test in this binary, so no other thread reads the environment meanwhile).
    std::env::set_var("BOOTH_CACHE_DIR", cache.path());
    let app = Path::new(env!("CARGO_BIN_EXE_booth-app"));

    let opening = Opening::new();
    assert!(
        snapshot_apart(app, pack.path(), &opening),
        "the child opened the pack"
    );
    let steps = opening.finished();
    let parsing = steps
        .iter()
        .find(|p| p.step == Step::Parsing)
        .unwrap_or_else(|| panic!("a parsing step in {steps:?}"));
    assert!(
        parsing.total > 0 && parsing.done == parsing.total,
        "{parsing:?}"
    );
    assert!(steps.iter().any(|p| p.step == Step::Saving), "{steps:?}");
    assert_eq!(opening.now().step, Step::Done);
    let written: Vec<_> = std::fs::read_dir(cache.path())
        .expect("cache folder")
        .flatten()
        .collect();
    assert_eq!(written.len(), 1, "one snapshot: {written:?}");

    // A folder that is no pack: the child says so and fails, and the window would parse it itself.
    let empty = tempfile::tempdir().expect("temp dir");
    assert!(!snapshot_apart(app, empty.path(), &Opening::new()));
}
