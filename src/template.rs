//! New packs: the templates a pack can start from, written into an empty folder only (a new pack never
//! replaces anything).

use crate::error::{Error, Result};
use serde::Deserialize;
use std::path::Path;
use ts_rs::TS;

/// Templates for "new pack".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Template {
    /// One session, block, item, person and concept in English and Korean: the smallest pack that checks
    /// clean, to fill in.
    Minimal,
    /// A copy of the built-in forum pack (how to edit it: it is read-only in the binary).
    Forum,
}

/// The minimal template, compiled in (`src/template/`, checked clean by a test).
const MINIMAL: [(&str, &str); 7] = [
    ("event.json", include_str!("template/event.json")),
    (
        "en-US/agenda.ftl",
        include_str!("template/en-US/agenda.ftl"),
    ),
    (
        "en-US/people.ftl",
        include_str!("template/en-US/people.ftl"),
    ),
    (
        "en-US/glossary.ftl",
        include_str!("template/en-US/glossary.ftl"),
    ),
    ("ko/agenda.ftl", include_str!("template/ko/agenda.ftl")),
    ("ko/people.ftl", include_str!("template/ko/people.ftl")),
    ("ko/glossary.ftl", include_str!("template/ko/glossary.ftl")),
];

/// Writes `template` into `dir`, which must be empty or not exist ([`Error::FolderNotEmpty`] otherwise).
/// The minimal template's event id becomes the folder's name as an id.
pub fn create_pack(dir: &Path, template: Template) -> Result<()> {
    if let Ok(mut entries) = std::fs::read_dir(dir) {
        if entries.next().is_some() {
            return Err(Error::FolderNotEmpty {
                path: dir.to_owned(),
            });
        }
    }
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_owned(),
        source,
    })?;
    match template {
        Template::Forum => crate::source::write_embedded_pack(dir),
        Template::Minimal => {
            let name = dir
                .file_name()
                .map(|n| crate::glossary_files::slug(&n.to_string_lossy()))
                .filter(|s| crate::edit::check_id("event", s).is_ok())
                .unwrap_or_else(|| "new-event".to_owned());
            for (rel, text) in MINIMAL {
                let text = if rel == "event.json" {
                    text.replacen("\"new-event\"", &format!("\"{name}\""), 1)
                } else {
                    text.to_owned()
                };
                crate::save::atomic_create(&crate::save::pack_path(dir, rel)?, text.as_bytes())?;
            }
            Ok(())
        }
    }
}
