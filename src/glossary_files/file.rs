//! Reading an import file from disk, with the rules every front end applies: the format from the name
//! unless given, and a size limit checked before the file is read into memory.

use super::{read, Format, Incoming, MAX_IMPORT_BYTES};
use crate::error::{Error, Result};
use std::path::Path;

/// A file read and parsed, ready for [`super::preview`].
pub struct ImportFile {
    pub format: Format,
    pub incoming: Incoming,
}

/// Reads and parses the glossary file at `path`. `name` is how diagnostics call the file (the window
/// shows only its name, the command line the path as typed); `format` overrides the one the name implies.
pub fn read_file(
    path: &Path,
    name: &str,
    format: Option<Format>,
    locales: &[String],
    on_progress: super::OnProgress<'_>,
) -> Result<ImportFile> {
    let format = match format.or_else(|| Format::from_name(name)) {
        Some(f) => f,
        None => {
            return Err(Error::InvalidArgument(format!(
                "{name}: unknown file type; Booth imports .csv, .tsv, .tbx, .xml and .xlsx files"
            )))
        }
    };
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_IMPORT_BYTES as u64 {
        return Err(super::too_large(name, size));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let incoming = read(&bytes, format, name, locales, on_progress)?;
    Ok(ImportFile { format, incoming })
}
