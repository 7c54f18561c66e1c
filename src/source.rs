//! Where a pack's files come from: a folder on disk, or the forum pack compiled into the binary.
//!
//! Every read goes through [`Source::read_text`], which is where the pack boundary is enforced (no `..`, no
//! absolute paths, no symlinks out of the folder), where oversized files are refused before they are read,
//! and where bytes become text (BOM dropped, invalid UTF-8 reported with its position).

use crate::error::{line_col, Diagnostic, Error, Result};
use include_dir::{include_dir, Dir};
use std::path::{Component, Path, PathBuf};

/// The repository's `locales/` folder: the default forum pack plus the app's own UI strings.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Files above this size are refused, so a hostile file cannot make the loader read without bound. It is
/// the glossary import's limit ([`crate::glossary_files::MAX_IMPORT_BYTES`]): a file Booth can import, it
/// can load again (a 136,000-entry dictionary makes a 9 MB `glossary.ftl`), and a save never writes more.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A read-only view of one pack's files.
#[derive(Debug, Clone)]
pub enum Source {
    /// The forum pack built into the binary.
    Embedded,
    /// A pack folder chosen by the user; `root` is canonical.
    Dir { root: PathBuf },
    /// Files held in memory, keyed by pack-relative path with `/` separators: an editor's unsaved state
    /// ([`crate::edit::Editor::pack`]), so the window shows edits before they are saved.
    Memory {
        origin: String,
        files: std::sync::Arc<std::collections::BTreeMap<String, String>>,
    },
}

impl Source {
    /// Opens a pack folder, resolving symlinks once so later reads can be checked against it.
    pub fn dir(path: &Path) -> Result<Self> {
        let root = path.canonicalize().map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        if !root.is_dir() {
            return Err(Error::Io {
                path: path.to_owned(),
                source: std::io::Error::new(std::io::ErrorKind::NotADirectory, "not a folder"),
            });
        }
        Ok(Source::Dir { root })
    }

    /// A short human name of the pack location for messages.
    pub fn describe(&self) -> String {
        match self {
            Source::Embedded => "<built-in forum pack>".to_owned(),
            Source::Dir { root } => root.display().to_string(),
            Source::Memory { origin, .. } => origin.clone(),
        }
    }

    /// Reads a pack-relative file as text. `Ok(None)` when the file does not exist; a diagnostic when it
    /// exists but cannot be used.
    pub fn read_text(&self, rel: &str) -> std::result::Result<Option<String>, Diagnostic> {
        if let Source::Memory { files, .. } = self {
            let rel_path =
                checked_relative(rel).map_err(|e| Diagnostic::error("path", rel, e.to_string()))?;
            return Ok(files.get(&slash_path(&rel_path)).cloned());
        }
        match self.read_bytes(rel)? {
            Some(bytes) => decode(rel, bytes).map(Some),
            None => Ok(None),
        }
    }

    /// [`Source::read_text`] without the decoding: the same checks, the file's bytes as they are (a pack
    /// snapshot's key needs only those, and most opens need nothing more).
    pub fn read_bytes(&self, rel: &str) -> std::result::Result<Option<Vec<u8>>, Diagnostic> {
        let rel_path =
            checked_relative(rel).map_err(|e| Diagnostic::error("path", rel, e.to_string()))?;
        let bytes = match self {
            Source::Embedded => match EMBEDDED.get_file(&rel_path) {
                Some(file) => file.contents().to_vec(),
                None => return Ok(None),
            },
            Source::Dir { root } => {
                let full = root.join(&rel_path);
                if !full.exists() {
                    return Ok(None);
                }
                let real = full
                    .canonicalize()
                    .map_err(|e| Diagnostic::error("io", rel, e.to_string()))?;
                if !real.starts_with(root) {
                    return Err(Diagnostic::error(
                        "path",
                        rel,
                        "the file is a link that leaves the pack folder",
                    ));
                }
                let meta = std::fs::metadata(&real)
                    .map_err(|e| Diagnostic::error("io", rel, e.to_string()))?;
                if meta.len() > MAX_FILE_BYTES {
                    return Err(Diagnostic::error(
                        "too-large",
                        rel,
                        format!(
                            "file is {:.1} MB; pack files are limited to {} MB",
                            meta.len() as f64 / 1_048_576.0,
                            MAX_FILE_BYTES / 1_048_576
                        ),
                    ));
                }
                std::fs::read(&real).map_err(|e| Diagnostic::error("io", rel, e.to_string()))?
            }
            Source::Memory { files, .. } => {
                let key = slash_path(&rel_path);
                return Ok(files.get(&key).map(|t| t.as_bytes().to_vec()));
            }
        };
        Ok(Some(bytes))
    }

    /// Names of the immediate sub-folders of the pack (candidate locale folders), sorted.
    pub fn subfolders(&self) -> Vec<String> {
        let mut names: Vec<String> = match self {
            Source::Embedded => EMBEDDED
                .dirs()
                .filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned))
                .collect(),
            Source::Dir { root } => std::fs::read_dir(root)
                .map(|rd| {
                    rd.filter_map(|e| e.ok())
                        .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
                        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
            Source::Memory { files, .. } => {
                let mut dirs: Vec<String> = files
                    .keys()
                    .filter_map(|k| k.split_once('/').map(|(d, _)| d.to_owned()))
                    .collect();
                dirs.dedup();
                dirs
            }
        };
        names.sort();
        names.dedup();
        names
    }
}

/// The app's own UI strings for a locale: every `<locale>/booth/*.ftl` of the embedded folder, in file-name
/// order, as one Fluent source (features keep their strings in their own file).
pub fn ui_strings(locale: &str) -> Option<String> {
    let dir = EMBEDDED.get_dir(format!("{locale}/booth"))?;
    let mut files: Vec<_> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort_by_key(|f| f.path());
    let mut out = String::new();
    for f in files {
        out.push_str(f.contents_utf8()?);
        out.push('\n');
    }
    Some(out)
}

/// Locales the app's own UI is translated into.
pub fn ui_locales() -> Vec<String> {
    let mut v: Vec<String> = EMBEDDED
        .dirs()
        .filter(|d| d.get_dir(d.path().join("booth")).is_some())
        .filter_map(|d| d.path().file_name()?.to_str().map(str::to_owned))
        .collect();
    v.sort();
    v
}

/// Writes the built-in forum pack (its `event.json` and every locale's pack files, without the app's own
/// `booth/` UI strings) into `dest`, so it can be opened for editing or used as a template.
pub fn write_embedded_pack(dest: &Path) -> Result<()> {
    fn walk(dir: &Dir<'static>, dest: &Path) -> Result<()> {
        for f in dir.files() {
            let path = dest.join(f.path());
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|source| Error::Io {
                    path: parent.to_owned(),
                    source,
                })?;
            }
            std::fs::write(&path, f.contents()).map_err(|source| Error::Io { path, source })?;
        }
        for d in dir.dirs() {
            if d.path().file_name().is_some_and(|n| n == "booth") {
                continue;
            }
            walk(d, dest)?;
        }
        Ok(())
    }
    walk(&EMBEDDED, dest)
}

/// Rejects absolute paths and `..`: a pack may only name files inside itself.
pub fn checked_relative(rel: &str) -> Result<PathBuf> {
    let path = Path::new(rel);
    let mut out = PathBuf::new();
    for comp in path.components() {
        match comp {
            Component::Normal(c) => out.push(c),
            Component::CurDir => {}
            _ => {
                return Err(Error::PathEscapesPack {
                    path: rel.to_owned(),
                })
            }
        }
    }
    if out.as_os_str().is_empty() {
        return Err(Error::PathEscapesPack {
            path: rel.to_owned(),
        });
    }
    Ok(out)
}

/// A checked relative path as the `/`-separated key [`Source::Memory`] uses.
pub fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Bytes to text: a UTF-8 BOM is dropped, anything that is not UTF-8 is reported where it starts.
pub fn decode(file: &str, mut bytes: Vec<u8>) -> std::result::Result<String, Diagnostic> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let (line, col) = line_col(&prefix, prefix.len());
        Diagnostic::error(
            "encoding",
            file,
            "file is not valid UTF-8 (save it as UTF-8)",
        )
        .at(line, col)
    })
}
