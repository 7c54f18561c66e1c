//! A changed big pack is parsed in a process of its own, which writes the pack's snapshot and exits; the
//! window's process then reads the snapshot back.
//!
//! Why: parsing a 100,000-concept pack peaks at ~550 MB, and glibc's allocator keeps what the parse freed
//! (handing it back needs `malloc_trim`, i.e. `unsafe`, which the workspace forbids), so the window held
//! ~480 MB where a pack read back from its snapshot holds ~240 MB (BENCHMARKS.md, issue 16). The child is
//! this same executable — the snapshot's key names the build, so only it writes a snapshot the window will
//! take — started with [`ARG`] and the pack folder; it reports its progress as one JSON line
//! ([`booth::opening::Progress`]) every 100 ms on stdout. If anything goes wrong, the window parses the
//! pack itself, as it always did: this only ever costs speed.

use booth::opening::{Opening, Progress};
use booth::Pack;
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// The argument that makes the app this child instead of a window.
pub const ARG: &str = "--snapshot-pack";

/// In the child: opens `dir` through the user's cache folder (so its snapshot is written), saying how far
/// it has got on stdout. The process's exit code: 0 when the pack opened.
pub fn child(dir: &Path) -> i32 {
    let opening = Opening::new();
    let (done, wait) = mpsc::channel::<()>();
    let shown = &opening;
    let opened = std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut out = std::io::stdout().lock();
            while let Err(mpsc::RecvTimeoutError::Timeout) =
                wait.recv_timeout(Duration::from_millis(100))
            {
                let line = serde_json::to_string(&shown.now()).unwrap_or_default();
                // The window may have gone: then nobody needs the progress, and the snapshot still helps.
                let _ = writeln!(out, "{line}").and_then(|()| out.flush());
            }
        });
        let opened = Pack::open_in_user_cache_showing(dir, &opening);
        drop(done);
        opened
    });
    // Last, every step as it ended (a small pack is parsed between two reports).
    let mut out = std::io::stdout().lock();
    for p in opening.finished().into_iter().chain([opening.now()]) {
        let line = serde_json::to_string(&p).unwrap_or_default();
        let _ = writeln!(out, "{line}");
    }
    let _ = out.flush();
    match opened {
        Ok(_) => 0,
        Err(e) => {
            eprintln!("booth: cannot open pack {}: {e}", dir.display());
            1
        }
    }
}

/// In the window's process: runs `program` as the child for `dir`, passing its progress on to `opening`.
/// True when the child opened the pack (and so wrote its snapshot, unless the cache folder is unwritable).
pub fn snapshot_apart(program: &Path, dir: &Path, opening: &Opening) -> bool {
    let child = Command::new(program)
        .arg(ARG)
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(out) = child.stdout.take() {
        for line in std::io::BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if let Ok(p) = serde_json::from_str::<Progress>(&line) {
                opening.report(p);
            }
        }
    }
    child.wait().is_ok_and(|s| s.success())
}
