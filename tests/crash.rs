//! Crash-safe saves: a save killed with SIGKILL at any instant leaves every file either byte-identical to
//! what it was before or byte-identical to what the save meant to write, and the pack still opens.
//!
//! The harness re-executes this very test binary as the child (the environment variable [`CHILD_ENV`]
//! names the folder to save in), so the child runs the code the app runs — [`Editor::save`] for pack files
//! and [`StateFile::save`] for the running-late record — with no extra binary target to build, install or
//! keep in step. The child opens a small two-locale pack (the tests' mini pack: the same files as the forum
//! pack, smaller, because loading the forum pack in a debug build made each run ten times slower without
//! reaching more of the save), applies edits that touch every kind of pack file (both
//! locales' glossary, people and agenda, `event.json`, a new `review.json`) plus the running-late record
//! beside the pack, prints [`READY`] and saves. The parent kills it after a random delay: most kills are
//! aimed at the save itself (a delay after [`READY`] within the save's measured duration), the rest at any
//! point from the start of the process.
//!
//! After each kill every file under the work folder must equal its old or its new version (a file that did
//! not exist before may also still be missing); the only other files allowed are the save's own temporary
//! files (`.<name>.<random>.tmp`), which a SIGKILL leaves behind because nothing runs to delete them. The
//! pack must open with [`Pack::open`] and [`Editor::open`], and the running-late record must load.
//!
//! What this does not prove: SIGKILL stops the process but keeps the kernel's page cache, so it tests the
//! temp-file-and-rename protocol, not the `fsync`s a power cut needs. And a save of several files is atomic
//! per file, not as a whole: a kill between two files leaves some new and some old (counted as "mixed"),
//! which must and does still load, with the cross-file findings a half-applied edit implies.
//!
//! `BOOTH_CRASH_ITERATIONS` changes the number of kills (default 1,000), `BOOTH_CRASH_SEED` the random
//! seed (printed with the summary, run with `--nocapture` to see it).
#![cfg(unix)]

use crate::edit::{concept, snapshot};
use crate::util::mini_pack;
use booth::agenda::ItemKind;
use booth::edit::{Edit, Editor, ItemDraft, PersonDraft};
use booth::glossary::Concept;
use booth::late::StateFile;
use booth::review::{ReviewDraft, Status};
use booth::Pack;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child's environment to the pack folder it must save in.
const CHILD_ENV: &str = "BOOTH_CRASH_CHILD";
/// The line the child prints (and flushes) right before it starts writing.
const READY: &str = "booth-crash-child: saving";
const DEFAULT_ITERATIONS: usize = 1000;
/// Signal 9 on every Unix; spelled out to spare the tests a `libc` dependency.
const SIGKILL: i32 = 9;
const DEFAULT_SEED: u64 = 0x00B0_07C4_A5E5;
/// The instant the child's edits use as "now", so every complete save writes the same bytes.
const AT: &str = "2021-07-07T14:10:00+09:00";

/// Every file under a folder, by path relative to it.
type Snapshot = BTreeMap<PathBuf, Vec<u8>>;

#[test]
fn saves_killed_at_random_points_leave_old_or_new_files_and_a_pack_that_opens() {
    if let Some(dir) = std::env::var_os(CHILD_ENV) {
        child_main(Path::new(&dir));
    }
    let iterations =
        env_number("BOOTH_CRASH_ITERATIONS").unwrap_or(DEFAULT_ITERATIONS as u64) as usize;
    let seed = env_number("BOOTH_CRASH_SEED").unwrap_or(DEFAULT_SEED);

    // work/pack is the pack; work/pack.booth-state.json its running-late record (beside it, as in the app).
    let work = work_dir();
    let pack_dir = work.path().join("pack");
    let mini = mini_pack(&[]);
    copy_tree(mini.path(), &pack_dir);
    let old = snapshot(work.path());

    // Complete runs: the new version of every file, the save's duration, and proof the child is deterministic.
    let mut new: Option<Snapshot> = None;
    let (mut to_ready, mut saving) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let run = run_child(&pack_dir, Kill::Never);
        assert_eq!(run.status.code(), Some(0), "child failed: {}", run.stderr);
        let after = snapshot(work.path());
        if let Some(n) = &new {
            let differ: Vec<&PathBuf> = after
                .keys()
                .filter(|p| after.get(*p) != n.get(*p))
                .collect();
            assert!(
                differ.is_empty(),
                "two complete saves wrote different bytes: {differ:?}"
            );
        }
        new = Some(after);
        let ready = run.ready.expect("a complete run reaches the save");
        to_ready.push(ready);
        saving.push(run.exited - ready);
        restore(work.path(), &old);
    }
    // Medians: the first run pays for cold caches.
    to_ready.sort();
    saving.sort();
    let (to_ready, saving) = (to_ready[2], saving[2]);
    let new = new.expect("at least one complete run");
    let changed: Vec<&PathBuf> = new.keys().filter(|p| old.get(*p) != new.get(*p)).collect();
    assert!(
        changed.len() >= 8,
        "the edits should rewrite many files, got {changed:?}"
    );

    let plan = Plan {
        old,
        new,
        to_ready,
        saving,
    };
    // Two children at a time on two cores halve the wall time; each worker has its own folder.
    let workers = env_number("BOOTH_CRASH_WORKERS")
        .map(|w| w as usize)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(2)
        })
        .max(1);
    let mut tally = Tally::default();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let plan = &plan;
                let runs = iterations / workers + usize::from(w < iterations % workers);
                scope.spawn(move || kill_loop(plan, w, runs, seed))
            })
            .collect();
        for h in handles {
            match h.join() {
                Ok(t) => tally.merge(&t),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });

    eprintln!(
        "crash-safe saves: {iterations} runs in {workers} workers (seed {seed:#x}, save ≈ {} µs after {} µs \
         start-up): {} killed, {} completed; files all old {}, all new {}, mixed {}; \
         runs that left temporary files {} ({} files)",
        plan.saving.as_micros(),
        plan.to_ready.as_micros(),
        tally.killed,
        tally.completed,
        tally.all_old,
        tally.all_new,
        tally.mixed,
        tally.with_leftovers,
        tally.leftover_files,
    );
    assert_eq!(tally.all_old + tally.all_new + tally.mixed, iterations);
    if iterations >= 200 {
        // Otherwise the kills missed the save and the run proved nothing.
        assert!(tally.all_old > 0 && tally.all_new > 0, "{tally:?}");
        assert!(
            tally.mixed + tally.with_leftovers > 0,
            "no kill landed inside a save: {tally:?}"
        );
    }
}

/// What the kills are measured against: the files before and after a complete save, and how long the child
/// takes to reach the save and to finish it (medians of five complete runs).
struct Plan {
    old: Snapshot,
    new: Snapshot,
    to_ready: Duration,
    saving: Duration,
}

/// One worker's share of the kills, in its own folder, with its own random stream.
fn kill_loop(plan: &Plan, worker: usize, runs: usize, seed: u64) -> Tally {
    let mut rng = SplitMix(seed ^ (worker as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let work = work_dir();
    let pack_dir = work.path().join("pack");
    restore(work.path(), &plan.old);
    let mut tally = Tally::default();
    for i in 0..runs {
        let at = format!("worker {worker}, run {i} (seed {seed:#x})");
        // One kill in five anywhere in the child's life, the rest inside the save.
        let kill = if rng.below(5) == 0 {
            Kill::AfterSpawn(rng.duration_up_to(plan.to_ready + plan.saving))
        } else {
            Kill::AfterReady(rng.duration_up_to(plan.saving))
        };
        let run = run_child(&pack_dir, kill);
        if run.status.signal() == Some(SIGKILL) {
            tally.killed += 1;
        } else {
            assert_eq!(
                run.status.code(),
                Some(0),
                "{at}: child failed: {}",
                run.stderr
            );
            tally.completed += 1;
        }
        let now = snapshot(work.path());
        let verdict =
            compare(&plan.old, &plan.new, &now).unwrap_or_else(|e| panic!("{at}, {kill:?}: {e}"));
        tally.add(&verdict);
        let pack = Pack::open(&pack_dir)
            .unwrap_or_else(|e| panic!("{at}: the pack does not open after the kill: {e}"));
        Editor::open(&pack_dir)
            .unwrap_or_else(|e| panic!("{at}: the editor does not open after the kill: {e}"));
        StateFile::for_pack_dir(&pack_dir)
            .load(&pack.id)
            .unwrap_or_else(|e| panic!("{at}: the running-late record does not load: {e}"));
        restore(work.path(), &plan.old);
    }
    tally
}

/// What one kill left on disk, file by file.
#[derive(Debug, Default)]
struct Verdict {
    new_files: usize,
    old_files: usize,
    leftovers: usize,
}

#[derive(Debug, Default)]
struct Tally {
    killed: usize,
    completed: usize,
    all_old: usize,
    all_new: usize,
    mixed: usize,
    with_leftovers: usize,
    leftover_files: usize,
}

impl Tally {
    fn merge(&mut self, o: &Tally) {
        self.killed += o.killed;
        self.completed += o.completed;
        self.all_old += o.all_old;
        self.all_new += o.all_new;
        self.mixed += o.mixed;
        self.with_leftovers += o.with_leftovers;
        self.leftover_files += o.leftover_files;
    }

    fn add(&mut self, v: &Verdict) {
        match (v.old_files, v.new_files) {
            (_, 0) => self.all_old += 1,
            (0, _) => self.all_new += 1,
            _ => self.mixed += 1,
        }
        if v.leftovers > 0 {
            self.with_leftovers += 1;
            self.leftover_files += v.leftovers;
        }
    }
}

/// Checks every file of `now` against its old and new version; counts the files the save changed that are
/// old and new (unchanged files are both and count as neither).
fn compare(old: &Snapshot, new: &Snapshot, now: &Snapshot) -> Result<Verdict, String> {
    let mut v = Verdict::default();
    let paths: std::collections::BTreeSet<&PathBuf> =
        old.keys().chain(new.keys()).chain(now.keys()).collect();
    for path in paths {
        let (o, n, c) = (old.get(path), new.get(path), now.get(path));
        if o.is_none() && n.is_none() && is_temp_file(path) {
            v.leftovers += 1;
            continue;
        }
        if o == n {
            if c != o {
                return Err(format!(
                    "{} changed but the save does not touch it",
                    path.display()
                ));
            }
            continue;
        }
        if c == o {
            v.old_files += 1;
        } else if c == n {
            v.new_files += 1;
        } else {
            return Err(format!(
                "{} is neither the old nor the new version ({} bytes; old {:?}, new {:?})",
                path.display(),
                c.map_or(0, Vec::len),
                o.map(Vec::len),
                n.map(Vec::len),
            ));
        }
    }
    Ok(v)
}

/// The save's temporary files: `.<file name>.<random>.tmp` (pack files) and `.booth-state<random>.tmp`.
fn is_temp_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.ends_with(".tmp"))
}

#[derive(Debug, Clone, Copy)]
enum Kill {
    Never,
    /// SIGKILL this long after the child was spawned.
    AfterSpawn(Duration),
    /// SIGKILL this long after the child said it starts saving.
    AfterReady(Duration),
}

struct Run {
    status: std::process::ExitStatus,
    /// From spawn to the [`READY`] line, when it came.
    ready: Option<Duration>,
    /// From spawn to exit.
    exited: Duration,
    stderr: String,
}

/// Starts this test binary again as the child, running only this test, and kills it as told.
fn run_child(pack_dir: &Path, kill: Kill) -> Run {
    let exe = std::env::current_exe().expect("test binary path");
    let name = test_name();
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args([name.as_str(), "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, pack_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the save child");
    let mut ready = None;
    let mut stdout = BufReader::new(child.stdout.take().expect("child stdout"));
    match kill {
        Kill::AfterSpawn(d) => {
            spin_until(start + d);
            child.kill().expect("SIGKILL");
        }
        Kill::AfterReady(_) | Kill::Never => {
            let mut line = String::new();
            while stdout.read_line(&mut line).unwrap_or(0) > 0 {
                // libtest has already written `test <name> ... ` without a line end.
                if line.trim_end().ends_with(READY) {
                    ready = Some(start.elapsed());
                    break;
                }
                line.clear();
            }
            if let (Kill::AfterReady(d), Some(at)) = (kill, ready) {
                spin_until(start + at + d);
                child.kill().expect("SIGKILL");
            }
        }
    }
    let status = child.wait().expect("wait for the child");
    let exited = start.elapsed();
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut stderr);
    }
    Run {
        status,
        ready,
        exited,
        stderr,
    }
}

/// Sleeps, then busy-waits the last half millisecond: `thread::sleep` alone overshoots by tens of
/// microseconds, a sizeable part of a small file's save.
fn spin_until(t: Instant) {
    let now = Instant::now();
    if t > now + Duration::from_millis(1) {
        std::thread::sleep(t - now - Duration::from_micros(500));
    }
    while Instant::now() < t {
        std::hint::spin_loop();
    }
}

/// The libtest name of the harness test, for `--exact` (the module path without the crate name).
fn test_name() -> String {
    let module = module_path!()
        .split_once("::")
        .map_or(module_path!(), |(_, m)| m);
    format!("{module}::saves_killed_at_random_points_leave_old_or_new_files_and_a_pack_that_opens")
}

/// The child: open, edit, announce, save the pack and the running-late record, exit. Never returns, so the
/// test harness around it reports nothing.
fn child_main(dir: &Path) -> ! {
    let code = match child_save(dir) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("save child: {e}");
            1
        }
    };
    std::process::exit(code)
}

fn child_save(dir: &Path) -> Result<(), String> {
    use std::io::Write;
    let at = chrono::DateTime::parse_from_rfc3339(AT)
        .map_err(|e| e.to_string())?
        .with_timezone(&chrono::Utc);
    let mut ed = Editor::open(dir).map_err(|e| e.to_string())?;
    // Review dates are stamped with this clock: every complete save writes the same bytes.
    ed.set_clock(Some(at));
    let pack = ed.pack().map_err(|e| e.to_string())?;
    ed.apply_all("crash test", edits(&pack))
        .map_err(|e| e.to_string())?;
    let state = StateFile::for_pack_dir(dir);
    let mut record = state.load(&pack.id).map_err(|e| e.to_string())?;
    record
        .shift_remaining(&pack.agenda, at, 7)
        .map_err(|e| e.to_string())?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{READY}").map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
    }
    ed.save().map_err(|e| e.to_string())?;
    state.save(&record).map_err(|e| e.to_string())
}

/// Edits that rewrite every kind of pack file: both glossaries (an edited and a new concept), both people
/// files and `event.json` (a new person), both agenda files (a new item) and `review.json` (a new verdict).
fn edits(pack: &Pack) -> Vec<Edit> {
    let text = |en: &str, ko: &str| -> booth::Text {
        [
            ("en-US".to_owned(), en.to_owned()),
            ("ko".to_owned(), ko.to_owned()),
        ]
        .into()
    };
    let mut sdgs = concept(pack, "sdgs").clone();
    sdgs.note = text(
        "Edited by the crash-safety harness.",
        "충돌 안전성 시험에서 고쳤습니다.",
    );
    let new_concept = Concept {
        id: "crash-safe-save".into(),
        term: text("crash-safe save", "충돌에 안전한 저장"),
        domain: sdgs.domain.clone(),
        sessions: sdgs.sessions.clone(),
        ..Default::default()
    };
    let person = PersonDraft {
        id: "casey".into(),
        name: text("Casey Tester", "케이시 테스터"),
        title: text("Rapporteur", "보고관"),
        bio: text(
            "A biography long enough that the people files take more than one write. "
                .repeat(40)
                .trim(),
            "사람 파일을 한 번에 쓰지 못할 만큼 긴 약력입니다. "
                .repeat(40)
                .trim(),
        ),
        ..PersonDraft::default()
    };
    let item = ItemDraft {
        id: "video".into(),
        block: "b1".into(),
        kind: ItemKind::Other,
        minutes: 3,
        speaker: Some("casey".into()),
        cospeakers: None,
        title: text("Video message", "영상 메시지"),
        position: None,
    };
    let review = ReviewDraft {
        concept: "sdgs".into(),
        locale: "ko".into(),
        term: sdgs.term.get("ko").cloned().unwrap_or_default(),
        reviewer: "bob".into(),
        status: Some(Status::Preferred),
        comment: None,
    };
    vec![
        Edit::PutConcept { concept: sdgs },
        Edit::PutConcept {
            concept: new_concept,
        },
        Edit::PutPerson { person },
        Edit::PutItem { item },
        Edit::SetReview { review },
    ]
}

/// Puts a folder back exactly as `snap` (removes files it does not have, rewrites those that differ).
fn restore(root: &Path, snap: &Snapshot) {
    for path in snapshot(root).keys() {
        if !snap.contains_key(path) {
            std::fs::remove_file(root.join(path)).expect("remove");
        }
    }
    for (path, bytes) in snap {
        let full = root.join(path);
        if std::fs::read(&full).ok().as_ref() != Some(bytes) {
            std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
            std::fs::write(&full, bytes).expect("restore");
        }
    }
}

/// The folder the kills happen in: `BOOTH_CRASH_DIR` if set, else a RAM file system (`/dev/shm`) when there
/// is one, else the system's temp folder. A SIGKILL never loses what the kernel already holds, so a RAM disk
/// tests the same temp-file-and-rename protocol as a disk; it only skips the wait for `fsync` (up to 100 ms
/// per save on a loaded virtual disk), which makes 1,000 kills take seconds instead of minutes.
fn work_dir() -> tempfile::TempDir {
    let base = std::env::var_os("BOOTH_CRASH_DIR")
        .map(PathBuf::from)
        .or_else(|| Some(PathBuf::from("/dev/shm")).filter(|p| p.is_dir()))
        .unwrap_or_else(std::env::temp_dir);
    tempfile::Builder::new()
        .prefix("booth-crash-")
        .tempdir_in(&base)
        .or_else(|_| tempfile::tempdir())
        .expect("temp dir")
}

fn copy_tree(from: &Path, to: &Path) {
    for (rel, bytes) in snapshot(from) {
        let dest = to.join(rel);
        std::fs::create_dir_all(dest.parent().expect("parent")).expect("mkdir");
        std::fs::write(dest, bytes).expect("copy");
    }
}

fn env_number(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    let v = v.trim();
    match v.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

/// SplitMix64: a few lines of a well-known generator, reproducible from the printed seed, and no new
/// dependency for the harness.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn duration_up_to(&mut self, max: Duration) -> Duration {
        Duration::from_nanos(self.below(max.as_nanos().max(1) as u64))
    }
}
