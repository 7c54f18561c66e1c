//! Booth's desktop shell: loads a pack through the core and exposes it to the webview as a handful of
//! commands: the booth's (read-only, except the running-late record) and the organizer's (open, check, edit
//! and save pack folders, see [`workspace`]). Everything that knows about events, people, glossaries or
//! clocks lives in the `booth` crate.

mod commands;
#[cfg(test)]
mod commands_tests;
mod documents;
#[cfg(test)]
mod documents_tests;
pub mod error;
mod folder;
mod glossary_files;
mod listen;
mod organizer;
#[cfg(test)]
mod organizer_tests;
pub mod pack_apart;
mod partners;
mod pick;
mod prompts;
mod review;
pub mod search_scheme;
#[cfg(test)]
mod security_tests;
mod state;
#[cfg(test)]
mod test_harness;
pub mod workspace;

use booth::late::StateFile;
use booth::opening::Opening;
use booth::snapshot::Snapshots;
use booth::Pack;
use std::path::PathBuf;
use tauri::{Emitter, Manager};

pub use state::AppState;

/// Glossary files larger than this (both locales together) get the pack's head shown first: about 16,000
/// concepts of the generated packs (127 bytes each), whose whole pack takes over 100 ms to open when changed
/// (100,000: 759 ms, against 2 ms for the head; BENCHMARKS.md).
const SHOW_HEAD_FROM: u64 = 2 * 1024 * 1024;

/// The pack folder named by `--pack DIR` or `BOOTH_PACK`, if any.
fn pack_arg(args: &[String]) -> Option<PathBuf> {
    args.iter()
        .position(|a| a == "--pack")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("BOOTH_PACK").map(PathBuf::from))
}

/// The main window's events: closing with unsaved edits asks first ([`folder`]); files dropped on it are
/// kept by the shell for the Prep view's documents ([`documents`]).
fn on_window_event<R: tauri::Runtime>(window: &tauri::Window<R>, event: &tauri::WindowEvent) {
    folder::on_window_event(window, event);
    documents::on_window_event(window, event);
}

/// Picks the pack from `--pack DIR` (or `BOOTH_PACK`), falling back to the built-in forum pack. A pack that
/// cannot be opened is reported on stderr and in the pack's diagnostics, and the forum pack is shown.
/// Returns the pack folder too when the pack came from one (its running-late file lives beside it).
pub fn load_pack(args: &[String], opening: &Opening) -> (Pack, Option<PathBuf>) {
    let Some(dir) = pack_arg(args) else {
        return (embedded(), None);
    };
    // A big pack unchanged since the last start is read back from the user's cache (issue 16); a changed
    // one is parsed by a child process that writes that cache, so this one never holds the parse's garbage.
    let big = Pack::glossary_bytes(&dir) > SHOW_HEAD_FROM;
    let apart = || {
        big && std::env::current_exe()
            .is_ok_and(|me| pack_apart::snapshot_apart(&me, &dir, opening))
    };
    match Pack::open_elsewhere_first(&dir, Snapshots::user().as_ref(), opening, &apart) {
        Ok(pack) => (pack, Some(dir)),
        Err(e) => {
            eprintln!(
                "booth: cannot open pack {}: {e}; showing the built-in forum pack",
                dir.display()
            );
            let mut pack = embedded();
            let diag = match e {
                booth::Error::InvalidPack(d) => d,
                other => booth::Diagnostic::error(
                    other.kind(),
                    dir.display().to_string(),
                    other.to_string(),
                ),
            };
            pack.diagnostics.insert(0, diag);
            (pack, None)
        }
    }
}

fn embedded() -> Pack {
    // The built-in pack is tested in the core's test suite; failing here is a build defect, not user data.
    #[allow(clippy::expect_used)]
    Pack::embedded().expect("the built-in forum pack loads")
}

/// Where the running-late record is kept: beside a pack folder, or — for the built-in pack, which has no
/// folder — in the app's per-user data folder (`$XDG_DATA_HOME/org.booth.desktop/running-late/` on Linux).
pub enum StateLocation {
    BesidePack(PathBuf),
    AppData,
    /// An exact file (tests).
    File(StateFile),
    /// A pack folder opened for editing, with its running-late record in an exact file (tests).
    PackWithFile(PathBuf, StateFile),
}

impl StateLocation {
    /// The record's file, when known without the app, and the pack folder, when the pack came from one.
    fn parts(self) -> (Option<StateFile>, Option<PathBuf>) {
        match self {
            StateLocation::BesidePack(dir) => (Some(StateFile::for_pack_dir(&dir)), Some(dir)),
            StateLocation::File(f) => (Some(f), None),
            StateLocation::PackWithFile(dir, f) => (Some(f), Some(dir)),
            StateLocation::AppData => (None, None),
        }
    }
}

/// The commands the window may call; `build.rs` and `capabilities/default.json` list the same names.
macro_rules! booth_commands {
    () => {
        tauri::generate_handler![
            commands::pack,
            commands::pack_head,
            commands::glossary_listing,
            commands::agenda,
            commands::agenda_status,
            commands::event_instant,
            commands::shift_remaining,
            commands::mark_started,
            commands::undo_shift,
            commands::search,
            commands::ui_strings,
            commands::os_ui_locale,
            commands::time_zones,
            organizer::workspace,
            organizer::open_pack,
            organizer::open_recent,
            organizer::new_pack,
            organizer::check_pack,
            organizer::apply_edits,
            organizer::undo_edit,
            organizer::redo_edit,
            organizer::save_pack,
            organizer::resolve_conflict,
            organizer::reload_pack,
            organizer::close_window,
            glossary_files::import_glossary,
            glossary_files::import_apply,
            glossary_files::import_columns,
            glossary_files::export_glossary,
            review::review_board,
            prompts::prompts,
            prompts::annotate,
            prompts::convert_number,
            prompts::reset_prompts,
            listen::speech_model,
            listen::choose_speech_model,
            listen::input_devices,
            listen::listen_start,
            listen::listen_stop,
            commands::startup_painted,
            partners::partners_view,
            partners::partners_interfaces,
            partners::partners_set_me,
            partners::partners_add_booth,
            partners::partners_set_shift,
            partners::partners_hand_over,
            partners::partners_push,
            partners::partners_dismiss,
            partners::partners_share,
            partners::partners_publish,
            partners::partners_join,
            partners::partners_stop,
            partners::partners_issue,
            partners::partners_revoke,
            documents::documents_list,
            documents::documents_add,
            documents::documents_add_dropped,
            documents::document_text,
            documents::document_pairs,
            documents::document_candidates,
            documents::document_accept,
            documents::document_dismiss,
            documents::drill_next,
            documents::drill_check,
            documents::drill_grade
        ]
    };
}

/// Adds Booth's state and commands to a builder, with `pack` shown from the start: tests use it with tauri's
/// mock builder, whose app is usable as soon as it is built (its setup hook never runs). The app's data
/// folder is only known once the app exists, so a record kept there is attached in the setup hook.
pub fn setup<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    pack: Pack,
    location: StateLocation,
) -> tauri::Builder<R> {
    let state = AppState::loading(workspace::Workspace::default());
    let shown = show_first(&state, pack, location);
    search_scheme::register(builder)
        .manage(state)
        .manage(prompts::LivePrompts::default())
        .manage(listen::Listening::default())
        .manage(partners::Partners::default())
        .manage(documents::Dropped::default())
        .setup(move |app| {
            let state = app.state::<AppState>();
            load_recent(app.handle(), &state);
            // Remembered again: loading the stored list replaced the one in memory.
            if let Some(dir) = &shown.folder {
                state.workspace().remember_folder(dir);
            }
            shown.finish(app.handle(), &state);
            Ok(())
        })
        // Closing with unsaved edits asks first (the page shows save / discard / cancel).
        .on_window_event(on_window_event)
        .invoke_handler(booth_commands!())
}

/// What a loader is given: a way to show the pack without its glossary before the whole
/// ([`Pack::open_head`]), and where to say how far the whole has got, which the page hears as
/// [`state::PACK_OPENING`] while the head is shown ([`Pack::open_in_user_cache_showing`]).
pub struct Loader<'a> {
    pub show_early: &'a dyn Fn(Pack, StateLocation),
    pub opening: &'a Opening,
}

/// Like [`setup`], but the pack comes from `load`, which runs on a background thread once the window exists:
/// the window shows its loading state at once, however large the pack, and the page hears
/// [`state::PACK_READY`] when the pack is loaded and indexed. A loader that can show the agenda and people
/// before the glossary hands them to its [`Loader::show_early`] first: the page hears `pack-ready` then,
/// [`state::PACK_OPENING`] about five times a second while the rest loads, and [`state::GLOSSARY_READY`]
/// when the whole pack replaces the head. `run` uses this.
pub fn setup_loading<R: tauri::Runtime>(
    builder: tauri::Builder<R>,
    load: impl FnOnce(Loader) -> (Pack, StateLocation) + Send + 'static,
) -> tauri::Builder<R> {
    search_scheme::register(builder)
        .manage(AppState::loading(workspace::Workspace::default()))
        .manage(prompts::LivePrompts::default())
        .manage(listen::Listening::default())
        .manage(partners::Partners::default())
        .manage(documents::Dropped::default())
        .setup(move |app| {
            load_recent(app.handle(), &app.state::<AppState>());
            load_in_background(app.handle().clone(), load)?;
            Ok(())
        })
        // Closing with unsaved edits asks first (the page shows save / discard / cancel).
        .on_window_event(on_window_event)
        .invoke_handler(booth_commands!())
}

/// Runs `load` on its own thread and shows its pack (see [`setup_loading`]).
fn load_in_background<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    load: impl FnOnce(Loader) -> (Pack, StateLocation) + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("booth-pack-load".into())
        .spawn(move || {
            let state = app.state::<AppState>();
            let early = |head: Pack, location: StateLocation| {
                if state.is_loaded() {
                    return;
                }
                // The agenda with its running-late record, the people and the titles, now.
                let (file, _) = location.parts();
                state.show(head);
                if let Some(f) = file {
                    state.attach(f);
                }
                if let Err(e) = app.emit(state::PACK_READY, ()) {
                    eprintln!("booth: cannot tell the window that the pack is loaded: {e}");
                }
            };
            let opening = Opening::new();
            let (pack, location) = std::thread::scope(|scope| {
                let (loaded, wait) = std::sync::mpsc::channel::<()>();
                scope.spawn(|| tell_opening(&app, &state, &opening, wait));
                let whole = load(Loader {
                    show_early: &early,
                    opening: &opening,
                });
                drop(loaded);
                whole
            });
            // Someone opened another pack from the organizer meanwhile: theirs stays.
            if state.is_loaded() && !state.showing_head() {
                return;
            }
            let head_shown = state.showing_head();
            show_first(&state, pack, location).finish(&app, &state);
            if head_shown {
                if let Err(e) = app.emit(state::GLOSSARY_READY, ()) {
                    eprintln!("booth: cannot tell the window that the glossary is loaded: {e}");
                }
            }
        })
}

/// While the head of a big pack is shown, tells the page how far the rest has got, every 200 ms when it
/// moved, until `loaded` closes.
fn tell_opening<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
    opening: &Opening,
    loaded: std::sync::mpsc::Receiver<()>,
) {
    let mut told = None;
    while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
        loaded.recv_timeout(std::time::Duration::from_millis(200))
    {
        let now = opening.now();
        if state.showing_head() && told != Some(now) {
            // Progress is a courtesy: a page that cannot be told still gets its glossary.
            let _ = app.emit(state::PACK_OPENING, now);
            told = Some(now);
        }
    }
}

/// The recent-packs list from the app's config folder (tests, on the mock runtime, keep it in memory only).
fn load_recent<R: tauri::Runtime>(app: &tauri::AppHandle<R>, state: &AppState) {
    if let Ok(dir) = app.path().app_config_dir() {
        if cfg!(not(test)) {
            state.workspace().load_recent(dir.join("recent-packs.json"));
        }
    }
}

/// What is left to do once the app exists, after [`show_first`].
struct FirstShown {
    /// The pack's folder, when it came from one.
    folder: Option<PathBuf>,
    /// The pack's id, when its running-late record lives in the app's data folder (the built-in pack).
    record_in_data_dir: Option<String>,
}

/// Shows the first pack: opens its folder for editing (when it came from one) and attaches its running-late
/// record when its place is known without the app.
fn show_first(state: &AppState, pack: Pack, location: StateLocation) -> FirstShown {
    let (file, folder) = location.parts();
    let record_in_data_dir = (file.is_none()).then(|| pack.id.clone());
    // A pack folder given at start is opened for editing too; if the editor cannot read it (it loaded, so
    // this is rare: a file vanished in between), the pack is shown read-only and the reason is on stderr.
    if let Some(dir) = &folder {
        let mut ws = state.workspace();
        match booth::edit::Editor::open(dir) {
            Ok(e) => ws.editor = Some(e),
            Err(e) => eprintln!("booth: {}: opened read-only: {e}", dir.display()),
        }
        ws.remember_folder(dir);
    }
    state.show(pack);
    if let Some(f) = file {
        state.attach(f);
    }
    FirstShown {
        folder,
        record_in_data_dir,
    }
}

impl FirstShown {
    /// Attaches a record kept in the app's data folder, starts watching the pack folder and tells the window
    /// that the pack is loaded.
    fn finish<R: tauri::Runtime>(self, app: &tauri::AppHandle<R>, state: &AppState) {
        if let Some(pack_id) = &self.record_in_data_dir {
            match app.path().app_data_dir() {
                Ok(dir) => state.attach(StateFile::in_data_dir(&dir, pack_id)),
                Err(e) => eprintln!("booth: no data folder for the running-late record: {e}"),
            }
        }
        // Unit tests drive reloads through `reload_pack`, deterministically, not through file events.
        if cfg!(not(test)) {
            folder::watch(app);
        }
        // Start-up benchmark (scripts/bench-startup.sh): when the pack was ready, next to the first paint.
        if std::env::var_os("BOOTH_STARTUP_PROBE").is_some() {
            let since_run_ms = commands::STARTED
                .get()
                .map_or(f64::NAN, |t| t.elapsed().as_secs_f64() * 1000.0);
            println!("booth-pack-ready since_run_ms={since_run_ms:.1}");
        }
        if let Err(e) = app.emit(state::PACK_READY, ()) {
            eprintln!("booth: cannot tell the window that the pack is loaded: {e}");
        }
    }
}

pub fn run() {
    commands::STARTED.get_or_init(std::time::Instant::now);
    // WebKitGTK's DMA-BUF renderer shares GPU buffers between its processes; Booth's pages of text gain
    // nothing from it, and without a GPU (Mesa's software GL) it costs about 1 s on a first start and
    // 110 MB of resident memory (BENCHMARKS.md, "Start-up and memory"). A user who sets the variable either
    // way keeps their choice. Set before any thread exists.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let args: Vec<String> = std::env::args().collect();
    // Not a window: the child that parses a changed big pack for one ([`pack_apart`]).
    if let Some(i) = args.iter().position(|a| a == pack_apart::ARG) {
        let code = args
            .get(i + 1)
            .map_or(2, |dir| pack_apart::child(std::path::Path::new(dir)));
        std::process::exit(code);
    }
    // The window comes first; the pack (seconds for a 100,000-concept glossary: parsing and indexing) is
    // loaded on a background thread meanwhile, and the page shows its loading state until it is ready.
    let load = move |loader: Loader| {
        // A big pack's agenda and people first (its glossary takes seconds more), then the whole.
        if let Some(dir) = pack_arg(&args).filter(|d| Pack::glossary_bytes(d) > SHOW_HEAD_FROM) {
            if let Ok(head) = Pack::open_head(&dir) {
                (loader.show_early)(head, StateLocation::BesidePack(dir));
            }
        }
        let (pack, dir) = load_pack(&args, loader.opening);
        for d in &pack.diagnostics {
            eprintln!("{d}");
        }
        (
            pack,
            dir.map_or(StateLocation::AppData, StateLocation::BesidePack),
        )
    };
    // Window size and position persist across restarts (the plugin saves on exit and restores on start;
    // the window needs no JS permission for that).
    // The dialog plugin is used from Rust only (open/new pack): the webview is granted none of its
    // commands, so it can neither open dialogs nor learn or pass paths.
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init());
    if let Err(e) = setup_loading(builder, load).run(tauri::generate_context!()) {
        eprintln!("booth: the window could not start: {e}");
        std::process::exit(1);
    }
}
