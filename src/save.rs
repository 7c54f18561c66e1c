//! Writing pack files without ever losing what someone wrote: atomic saves, content hashes, and the typed
//! conflict that stops a save when a file changed on disk since it was loaded.
//!
//! Organizers share packs through git or a shared folder, so the file under the editor can change while it is
//! open (a `git pull`, a colleague's editor, Pontoon). Every file is hashed when it is loaded; before a save
//! the file on disk is hashed again and, if it differs, nothing is written and [`Error::Conflict`] carries a
//! [`SaveConflict`]: per file, the hashes and the entries that changed on disk, with the loaded, disk and
//! unsaved ("ours") text of each. The editor ([`crate::edit::Editor`]) then offers three ways out: reload,
//! keep ours to a copy (`<file>.mine-<timestamp>`), or a 3-way merge ([`crate::merge`]).
//!
//! A save is atomic: the new content goes to a temporary file in the same folder (same file system, so the
//! rename cannot degrade into a copy), is flushed to disk (`fsync`), renamed over the target, and then the
//! folder itself is flushed so the rename survives a power cut. A crash leaves the old file or the new one,
//! never half of each. The temporary file comes from the `tempfile` crate's `NamedTempFile`: it is already
//! in the dependency tree, is widely used and maintained, creates the file with a unique name and `O_EXCL`,
//! deletes it if anything fails before the rename, and its `persist` renames atomically on Unix and Windows
//! (`MoveFileExW` with `MOVEFILE_REPLACE_EXISTING`). `atomic-write-file` does the same with one more
//! dependency and no gain for a handful of small files. The original file's permissions are copied to the
//! temporary file first, because `NamedTempFile` creates it private (0600) and a save must not change who can
//! read a shared pack.
//!
//! Hashes are SHA-256 (the RustCrypto `sha2` crate, already in the dependency tree): pack files are small,
//! so speed does not matter, and a standard digest can be compared with `sha256sum` when debugging.

pub use crate::conflict::{EntryChange, FileConflict, FileHash, SaveConflict};

use crate::error::{Error, Result};
use crate::source::checked_relative;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One pack file as the editor loaded it: the exact bytes' hash and the text (`None` = the file did not
/// exist, e.g. a `review.json` not written yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub hash: Option<FileHash>,
    pub text: Option<String>,
    /// The file started with a UTF-8 BOM (dropped from `text`, written back on save).
    pub bom: bool,
}

impl Loaded {
    /// Reads a pack-relative file the way a save will later compare it.
    pub fn read(root: &Path, rel: &str) -> Result<Loaded> {
        let path = pack_path(root, rel)?;
        match std::fs::read(&path) {
            Ok(bytes) => {
                let hash = FileHash::of(&bytes);
                let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
                let text = crate::source::decode(rel, bytes).map_err(|d| Error::Io {
                    path: path.clone(),
                    source: std::io::Error::new(std::io::ErrorKind::InvalidData, d.to_string()),
                })?;
                Ok(Loaded {
                    hash: Some(hash),
                    text: Some(text),
                    bom,
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Loaded {
                hash: None,
                text: None,
                bom: false,
            }),
            Err(source) => Err(Error::Io { path, source }),
        }
    }
}

/// The absolute path of a pack-relative file, refusing anything that would leave the pack: `..`, absolute
/// paths, a parent folder that is a link out of the pack, or a target that is itself a symlink (renaming
/// over it would replace the link, and writing through it could land outside the pack).
pub fn pack_path(root: &Path, rel: &str) -> Result<PathBuf> {
    let rel_path = checked_relative(rel)?;
    let full = root.join(&rel_path);
    let escapes = || Error::PathEscapesPack {
        path: rel.to_owned(),
    };
    // The deepest existing ancestor must resolve inside the root (the folder may not exist yet).
    let mut probe = full.parent().map(Path::to_path_buf);
    while let Some(p) = probe {
        if p.exists() {
            let real = p.canonicalize().map_err(|source| Error::Io {
                path: p.clone(),
                source,
            })?;
            let real_root = root.canonicalize().map_err(|source| Error::Io {
                path: root.to_owned(),
                source,
            })?;
            if !real.starts_with(&real_root) {
                return Err(escapes());
            }
            break;
        }
        probe = p.parent().map(Path::to_path_buf);
    }
    if std::fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(escapes());
    }
    Ok(full)
}

/// Replaces `path` with `bytes` atomically: temp file in the same folder, fsync, rename, fsync of the folder.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    write_via_temp(path, bytes, true)
}

/// Like [`atomic_write`] but fails with `AlreadyExists` instead of replacing a file (for copies that must
/// never overwrite an earlier copy).
pub fn atomic_create(path: &Path, bytes: &[u8]) -> Result<()> {
    write_via_temp(path, bytes, false)
}

fn write_via_temp(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    let io = |source: std::io::Error| Error::Io {
        path: path.to_owned(),
        source,
    };
    let dir = path
        .parent()
        .ok_or_else(|| io(std::io::Error::other("no parent folder")))?;
    std::fs::create_dir_all(dir).map_err(io)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.flush().map_err(io)?;
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(io)?;
    }
    tmp.as_file().sync_all().map_err(io)?;
    if replace {
        tmp.persist(path).map_err(|e| io(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| io(e.error))?;
    }
    sync_dir(dir).map_err(io)
}

/// Flushes a folder's entries (the rename) to disk. Windows has no directory fsync; NTFS journals renames.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Where "keep mine" puts the unsaved text: beside the file, `<file>.mine-<UTC timestamp>`; a counter is
/// added if that name is taken, so an earlier copy is never replaced.
pub fn mine_copy_path(
    root: &Path,
    rel: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String> {
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut candidate = format!("{rel}.mine-{stamp}");
    let mut n = 2;
    while pack_path(root, &candidate)?.exists() {
        candidate = format!("{rel}.mine-{stamp}-{n}");
        n += 1;
    }
    Ok(candidate)
}
