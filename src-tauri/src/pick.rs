//! The native file and folder dialogs, run by the shell so that a path never comes from the webview: the page
//! asks for "open a pack", "import a glossary" or "export the glossary", and the shell asks the user.
//!
//! # The end-to-end test hook (`BOOTH_E2E_PICK`)
//!
//! A native dialog cannot be driven over WebDriver. In debug builds only (the e2e binary is one; release
//! builds and the `.deb` do not contain this code), when the environment variable `BOOTH_E2E_PICK` names a
//! file, every dialog is skipped and the first line of that file is taken as the user's choice; a missing
//! or empty file means the user cancelled. The test writes the path it wants before each click. The
//! variable is read by the shell process only: the page can neither set nor read it, and no command or
//! capability exposes it.

use std::path::PathBuf;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// What to ask the user for.
pub enum Pick<'a> {
    /// A folder (open or create a pack).
    Folder { title: &'a str },
    /// An existing file, offered through the given filter (name, extensions).
    Open {
        title: &'a str,
        filter: (&'a str, &'a [&'a str]),
    },
    /// A file to write, proposing `name`.
    Save {
        title: &'a str,
        name: &'a str,
        filter: (&'a str, &'a [&'a str]),
    },
}

/// Shows the dialog off the main thread and returns the chosen path; `None` when the user cancelled.
pub async fn pick<R: Runtime>(app: &AppHandle<R>, what: Pick<'_>) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("BOOTH_E2E_PICK") {
        return e2e_choice(std::path::Path::new(&file));
    }
    let dialog = app.dialog().file();
    let picked = match what {
        Pick::Folder { title } => {
            let d = dialog.set_title(title);
            tauri::async_runtime::spawn_blocking(move || d.blocking_pick_folder()).await
        }
        Pick::Open { title, filter } => {
            let d = dialog.set_title(title).add_filter(filter.0, filter.1);
            tauri::async_runtime::spawn_blocking(move || d.blocking_pick_file()).await
        }
        Pick::Save {
            title,
            name,
            filter,
        } => {
            let d = dialog
                .set_title(title)
                .set_file_name(name)
                .add_filter(filter.0, filter.1);
            tauri::async_runtime::spawn_blocking(move || d.blocking_save_file()).await
        }
    };
    picked.ok().flatten()?.into_path().ok()
}

/// The e2e hook's answer: the first line of `file`, or `None` (cancelled) when it is missing or empty.
#[cfg(debug_assertions)]
fn e2e_choice(file: &std::path::Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(file).ok()?;
    let line = text.lines().next()?.trim();
    (!line.is_empty()).then(|| PathBuf::from(line))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used)]

    #[test]
    fn the_e2e_hook_takes_the_first_line_and_treats_nothing_as_cancel() {
        let dir = tempfile::tempdir().expect("temp dir");
        let f = dir.path().join("pick");
        assert_eq!(super::e2e_choice(&f), None, "no file: cancelled");
        std::fs::write(&f, "").expect("write");
        assert_eq!(super::e2e_choice(&f), None, "empty: cancelled");
        std::fs::write(&f, "/tmp/a b.csv\n/other\n").expect("write");
        assert_eq!(
            super::e2e_choice(&f),
            Some(std::path::PathBuf::from("/tmp/a b.csv"))
        );
    }
}
