//! `booth check` on a pack as an editor holds it: the folder with the unsaved texts laid over a temporary
//! copy, so the organizer sees the findings of what Save would write, before it is written.

use super::{check, Report};
use crate::error::{Error, Result};
use std::path::Path;

/// Checks the pack in `dir` (the built-in pack when `None`) with `unsaved` texts by pack-relative path
/// (`None`: the file is deleted in memory). Without unsaved texts the folder itself is checked.
pub fn check_as_edited(dir: Option<&Path>, unsaved: &[(String, Option<String>)]) -> Result<Report> {
    if let (Some(dir), true) = (dir, unsaved.is_empty()) {
        return check(dir, None);
    }
    let copy = tempfile::tempdir().map_err(|source| Error::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    match dir {
        Some(dir) => copy_dir(dir, copy.path())?,
        None => crate::source::write_embedded_pack(copy.path())?,
    }
    for (rel, text) in unsaved {
        let path = crate::save::pack_path(copy.path(), rel)?;
        match text {
            Some(t) => crate::save::atomic_write(&path, t.as_bytes())?,
            None if path.exists() => {
                std::fs::remove_file(&path).map_err(|source| Error::Io { path, source })?
            }
            None => {}
        }
    }
    check(copy.path(), None)
}

/// Copies regular files and folders; hidden entries such as `.git` and temporary files are left out.
fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io { path, source }
    };
    std::fs::create_dir_all(to).map_err(io(to))?;
    for entry in std::fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(io(&entry.path()))?;
        let dest = to.join(entry.file_name());
        if kind.is_dir() {
            copy_dir(&entry.path(), &dest)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &dest).map_err(io(&entry.path()))?;
        }
    }
    Ok(())
}
