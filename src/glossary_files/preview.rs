//! Step one and two of an import: what the file would change in the pack (added, changed, conflicts), and
//! the user's decision per conflict applied as one undo step.

use super::{slug, Incoming};
use crate::edit::{Edit, Editor};
use crate::error::{Diagnostic, Result};
use crate::glossary::Concept;
use crate::pack::Pack;
use crate::text::caseless;
use crate::Text;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use ts_rs::TS;

/// What kind of clash an imported concept has with the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ConflictKind {
    /// The same id, with a field whose value differs (not just filled in).
    SameIdOtherContent,
    /// A term the pack already has, rendered differently in another locale (or with another acronym).
    SameTermOtherRendering,
}

/// A concept that gains something from the import without losing anything.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConceptChange {
    pub before: Concept,
    pub after: Concept,
    /// The entry as read from the file (what [`apply`] lays over the pack).
    pub incoming: Concept,
    /// Changed fields, e.g. `note.ko`, `alt.en-US`, `sessions`.
    pub fields: Vec<String>,
}

/// A clash the user decides on before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportConflict {
    /// Stable key for [`apply`]'s decisions (`<kind>:<id>:<entry>`).
    pub key: String,
    pub kind: ConflictKind,
    /// The pack's concept it clashes with.
    pub existing: Concept,
    /// What the pack would hold if the user takes the import (a new concept when its id is new).
    pub imported: Concept,
    /// The entry as read from the file.
    pub incoming: Concept,
    /// Fields that differ, e.g. `term.ko`.
    pub fields: Vec<String>,
    /// 1-based position of the entry in the file (row or entry number).
    pub entry: usize,
}

/// What an import would do. Nothing has been written when this exists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportPreview {
    /// Entries read from the file.
    pub entries: usize,
    pub added: Vec<Concept>,
    pub changed: Vec<ConceptChange>,
    pub unchanged: usize,
    pub conflicts: Vec<ImportConflict>,
    pub warnings: Vec<Diagnostic>,
    /// Columns no header name matched, with what is done with them ([`super::choose_columns`]).
    pub columns: Vec<super::ExtraColumn>,
}

/// The user's answer to one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "ImportDecision")]
pub enum Decision {
    /// Keep the pack as it is (the default).
    Skip,
    /// Take the imported version.
    Import,
}

/// What [`apply`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImportSummary {
    pub added: usize,
    pub changed: usize,
    pub conflicts_imported: usize,
    pub conflicts_skipped: usize,
}

/// Overlays what the file says onto the pack's concept without erasing: non-empty values fill or replace,
/// renderings and sessions are added. Returns the result and, per changed field, whether the pack had a
/// different non-empty value there (a real conflict) or the field was only filled.
fn overlay(base: &Concept, inc: &Concept) -> (Concept, Vec<String>, Vec<String>) {
    let mut out = base.clone();
    let mut filled = Vec::new();
    let mut clashed = Vec::new();
    let mut text = |name: &str, dst: &mut Text, src: &Text| {
        for (l, v) in src {
            let v = v.trim();
            if v.is_empty() {
                continue;
            }
            match dst.get(l) {
                Some(old) if old.trim() == v => {}
                Some(old) if !old.trim().is_empty() => {
                    clashed.push(format!("{name}.{l}"));
                    dst.insert(l.clone(), v.to_owned());
                }
                _ => {
                    filled.push(format!("{name}.{l}"));
                    dst.insert(l.clone(), v.to_owned());
                }
            }
        }
    };
    text("term", &mut out.term, &inc.term);
    text("abbr", &mut out.abbr, &inc.abbr);
    text("note", &mut out.note, &inc.note);
    for (name, t) in &inc.fields {
        let mut dst = out.fields.remove(name).unwrap_or_default();
        text(name, &mut dst, t);
        if !dst.is_empty() {
            out.fields.insert(name.clone(), dst);
        }
    }
    for (l, alts) in &inc.alt {
        let list = out.alt.entry(l.clone()).or_default();
        let mut grew = false;
        for a in alts {
            let a = a.trim();
            if !a.is_empty()
                && !list.iter().any(|x| x == a)
                && out.term.get(l).map(String::as_str) != Some(a)
            {
                list.push(a.to_owned());
                grew = true;
            }
        }
        if grew {
            filled.push(format!("alt.{l}"));
        }
        if list.is_empty() {
            out.alt.remove(l);
        }
    }
    if let Some(d) = inc
        .domain
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        match base.domain.as_deref() {
            Some(old) if old == d => {}
            Some(_) => {
                clashed.push("domain".into());
                out.domain = Some(d.to_owned());
            }
            None => {
                filled.push("domain".into());
                out.domain = Some(d.to_owned());
            }
        }
    }
    let mut grew = false;
    for s in &inc.sessions {
        if !out.sessions.contains(s) {
            out.sessions.push(s.clone());
            grew = true;
        }
    }
    if grew {
        filled.push("sessions".into());
    }
    (out, filled, clashed)
}

/// Compares what was read with the pack. Pure: nothing is written.
pub fn preview(pack: &Pack, incoming: &Incoming) -> ImportPreview {
    let reference = pack.locales.first().cloned().unwrap_or_default();
    let by_id: HashMap<&str, &Concept> = pack.glossary.iter().map(|c| (c.id.as_str(), c)).collect();
    // Which concepts hold a term, per locale.
    let mut by_term: HashMap<(String, String), Vec<&Concept>> = HashMap::new();
    for c in &pack.glossary {
        for (l, t) in &c.term {
            by_term
                .entry((l.to_string(), caseless(t)))
                .or_default()
                .push(c);
        }
    }
    let sessions: BTreeSet<&str> = pack.sessions.iter().map(|s| s.id.as_str()).collect();
    let mut out = ImportPreview {
        entries: incoming.concepts.len(),
        added: Vec::new(),
        changed: Vec::new(),
        unchanged: 0,
        conflicts: Vec::new(),
        warnings: incoming.warnings.clone(),
        columns: incoming.extra.clone(),
    };
    let mut new_ids: BTreeSet<String> = BTreeSet::new();
    for (n, inc) in incoming.concepts.iter().enumerate() {
        let entry = n + 1;
        let mut inc = inc.clone();
        let unknown: Vec<String> = inc
            .sessions
            .iter()
            .filter(|s| !sessions.contains(s.as_str()))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            out.warnings.push(Diagnostic::warning(
                "unknown-session",
                format!("entry {entry}"),
                format!(
                    "sessions not in the pack are left out: {}",
                    unknown.join(", ")
                ),
            ));
            inc.sessions.retain(|s| sessions.contains(s.as_str()));
        }
        // The pack concept sharing a term with this entry, in any locale (reference first).
        let mut locales: Vec<&str> = inc.term.keys().map(|k| k.as_str()).collect();
        locales.sort_by_key(|l| *l != reference);
        let term_match = locales.iter().find_map(|l| {
            let hits = by_term.get(&((*l).to_owned(), caseless(&inc.term[*l])))?;
            hits.iter()
                .find(|c| c.id != inc.id)
                .copied()
                .or(hits.first().copied())
        });
        let mut matched_by_term = false;
        if inc.id.is_empty() {
            match term_match {
                Some(c) => {
                    inc.id = c.id.clone();
                    matched_by_term = true;
                }
                None => {
                    let base = inc
                        .term
                        .get(&reference)
                        .or_else(|| inc.term.values().next())
                        .map(|t| slug(t))
                        .filter(|s| !s.is_empty())
                        .unwrap_or_else(|| format!("imported-{entry}"));
                    let mut id = base.clone();
                    let mut k = 2;
                    while by_id.contains_key(id.as_str()) || new_ids.contains(&id) {
                        id = format!("{base}-{k}");
                        k += 1;
                    }
                    inc.id = id.into();
                }
            }
        }
        if crate::edit::check_id("concept", &inc.id).is_err() {
            let fixed = slug(&inc.id);
            out.warnings.push(Diagnostic::warning(
                "id",
                format!("entry {entry}"),
                format!("id `{}` is not [a-z0-9-]; imported as `{fixed}`", inc.id),
            ));
            inc.id = fixed.into();
            if inc.id.is_empty() {
                inc.id = format!("imported-{entry}").into();
            }
        }
        match by_id.get(inc.id.as_str()) {
            Some(existing) => {
                let (after, filled, clashed) = overlay(existing, &inc);
                if clashed.is_empty() && filled.is_empty() {
                    out.unchanged += 1;
                } else if clashed.is_empty() {
                    out.changed.push(ConceptChange {
                        before: (*existing).clone(),
                        after,
                        incoming: inc,
                        fields: filled,
                    });
                } else {
                    let kind = if matched_by_term {
                        ConflictKind::SameTermOtherRendering
                    } else {
                        ConflictKind::SameIdOtherContent
                    };
                    out.conflicts.push(ImportConflict {
                        key: format!("{kind:?}:{}:{entry}", inc.id),
                        kind,
                        existing: (*existing).clone(),
                        imported: after,
                        incoming: inc,
                        fields: clashed,
                        entry,
                    });
                }
            }
            None => {
                // A new id, but its term may already be another concept's, rendered differently.
                let clash = term_match.and_then(|c| {
                    let fields: Vec<String> = inc
                        .term
                        .iter()
                        .filter(|(l, t)| {
                            c.term.get(l).is_some_and(|ct| caseless(ct) != caseless(t))
                        })
                        .map(|(l, _)| format!("term.{l}"))
                        .collect();
                    (!fields.is_empty()).then_some((c, fields))
                });
                new_ids.insert(inc.id.to_string());
                match clash {
                    Some((c, fields)) => out.conflicts.push(ImportConflict {
                        key: format!(
                            "{:?}:{}:{entry}",
                            ConflictKind::SameTermOtherRendering,
                            inc.id
                        ),
                        kind: ConflictKind::SameTermOtherRendering,
                        existing: c.clone(),
                        imported: inc.clone(),
                        incoming: inc,
                        fields,
                        entry,
                    }),
                    None => out.added.push(inc),
                }
            }
        }
    }
    out
}

/// Applies a preview to an editor as one undo step: every added and changed concept, and the conflicts the
/// user decided to import (`decisions` by [`ImportConflict::key`]; missing = [`Decision::Skip`]). The caller
/// saves with [`Editor::save`], which refuses to overwrite files changed on disk meanwhile.
pub fn apply(
    editor: &mut Editor,
    preview: &ImportPreview,
    decisions: &HashMap<String, Decision>,
) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    // Entries are laid over the pack in turn, so two entries about one concept (one filling a note, one
    // replacing a term) both take effect.
    let mut accepted: Vec<&Concept> = Vec::new();
    accepted.extend(preview.added.iter());
    summary.added = preview.added.len();
    accepted.extend(preview.changed.iter().map(|c| &c.incoming));
    summary.changed = preview.changed.len();
    for cf in &preview.conflicts {
        match decisions.get(&cf.key).copied().unwrap_or(Decision::Skip) {
            Decision::Import => {
                accepted.push(&cf.incoming);
                summary.conflicts_imported += 1;
            }
            Decision::Skip => summary.conflicts_skipped += 1,
        }
    }
    let current = editor.pack()?;
    let mut result: Vec<Concept> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for inc in accepted {
        match at.get(inc.id.as_str()) {
            Some(&i) => result[i] = overlay(&result[i], inc).0,
            None => {
                let base = current
                    .glossary
                    .iter()
                    .find(|c| c.id == inc.id)
                    .cloned()
                    .unwrap_or_else(|| Concept {
                        id: inc.id.clone(),
                        ..Concept::default()
                    });
                at.insert(inc.id.to_string(), result.len());
                result.push(overlay(&base, inc).0);
            }
        }
    }
    let edits = result
        .into_iter()
        .map(|concept| Edit::PutConcept { concept })
        .collect();
    let label = format!(
        "import ({} added, {} changed)",
        summary.added,
        summary.changed + summary.conflicts_imported
    );
    editor.apply_all(&label, edits)?;
    Ok(summary)
}
