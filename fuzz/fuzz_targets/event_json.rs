//! Any bytes as a pack's event.json (next to a valid locale folder): loading never panics or hangs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pack_dir() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new().prefix("booth-fuzz").tempdir_in("/dev/shm").or_else(|_| tempfile::tempdir()).expect("temp dir");
        for loc in ["en-US", "ko"] {
            std::fs::create_dir_all(dir.path().join(loc)).expect("mkdir");
            std::fs::write(dir.path().join(loc).join("agenda.ftl"), "block-b1 = B\nitem-t = T\n").expect("write");
        }
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = pack_dir();
    if std::fs::write(dir.path().join("event.json"), data).is_ok() {
        let _ = booth::Pack::open(dir.path());
    }
});
