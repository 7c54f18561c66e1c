//! Speaker review: speakers mark each rendering of their session's terms *preferred*, *admitted* or
//! *deprecated*, with an optional comment, and organizers see what is still pending.
//!
//! Verdicts are data about the glossary, not text of it, so they live in `review.json` beside `event.json`
//! (format in `docs/PACK.md`), never in Fluent files: translators and Pontoon never see them, and a verdict
//! survives an edit of the note. Each verdict is keyed by concept, locale, the rendering's text and the
//! reviewer, so two speakers of the sessions sharing a term can disagree and both are kept. A rendering's
//! effective status (what TBX export writes as `administrativeStatus`) is the reviewers' verdict when they
//! agree; when they disagree there is none, and the rendering is listed as disputed.

use crate::error::{Error, Result};
use crate::pack::Pack;
use crate::source::Source;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// The file speaker reviews live in, beside `event.json` (see `docs/PACK.md`).
pub const REVIEW_FILE: &str = "review.json";

/// The `format` of `review.json` this build reads and writes.
pub const FORMAT: u64 = 1;

/// A reviewer's verdict on one rendering, as in ISO 30042 `administrativeStatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "ReviewStatus")]
pub enum Status {
    Preferred,
    Admitted,
    Deprecated,
}

impl Status {
    /// The TBX picklist value (`preferredTerm-admn-sts`, …).
    pub fn tbx(self) -> &'static str {
        match self {
            Status::Preferred => "preferredTerm-admn-sts",
            Status::Admitted => "admittedTerm-admn-sts",
            Status::Deprecated => "deprecatedTerm-admn-sts",
        }
    }

    /// Reads a TBX value; `supersededTerm-admn-sts` counts as deprecated, unknown values as none.
    pub fn from_tbx(s: &str) -> Option<Status> {
        match s.trim() {
            "preferredTerm-admn-sts" | "preferred" => Some(Status::Preferred),
            "admittedTerm-admn-sts" | "admitted" => Some(Status::Admitted),
            "deprecatedTerm-admn-sts" | "supersededTerm-admn-sts" | "deprecated" => {
                Some(Status::Deprecated)
            }
            _ => None,
        }
    }
}

/// What a speaker submits for one rendering. `status: null` withdraws the reviewer's verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ReviewDraft {
    pub concept: String,
    pub locale: String,
    /// The rendering reviewed: the concept's term, acronym or one of its other renderings in `locale`.
    pub term: String,
    /// Person id of the reviewer (a speaker of the pack).
    pub reviewer: String,
    pub status: Option<Status>,
    #[serde(default)]
    pub comment: Option<String>,
}

/// One stored verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Review {
    pub concept: String,
    pub locale: String,
    pub term: String,
    pub reviewer: String,
    pub status: Status,
    pub comment: Option<String>,
    /// When it was given (RFC 3339, UTC).
    pub date: Option<String>,
}

/// Every verdict of a pack.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Reviews {
    pub items: Vec<Review>,
}

/// A rendering a speaker has not reviewed yet, or one reviewers disagree on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct PendingReview {
    pub session: String,
    pub reviewer: String,
    pub concept: String,
    pub locale: String,
    pub term: String,
}

impl Reviews {
    /// Reads `review.json` from a pack; a pack without one has no reviews.
    pub fn load(source: &Source) -> Result<Reviews> {
        match source.read_text(REVIEW_FILE).map_err(Error::InvalidPack)? {
            Some(text) => Reviews::parse(&text),
            None => Ok(Reviews::default()),
        }
    }

    /// Parses the text of `review.json`.
    pub fn parse(text: &str) -> Result<Reviews> {
        let file = REVIEW_FILE;
        if text.trim().is_empty() {
            return Ok(Reviews::default());
        }
        let v: Value = serde_json::from_str(text).map_err(|e| {
            Error::InvalidPack(
                crate::Diagnostic::error("json", file, e.to_string()).at(e.line(), e.column()),
            )
        })?;
        if let Some(f) = v.get("format").and_then(Value::as_u64) {
            if f != FORMAT {
                return Err(Error::InvalidPack(crate::Diagnostic::error(
                    "format",
                    file,
                    format!(
                        "review format {f} is not supported (this build reads format {FORMAT})"
                    ),
                )));
            }
        }
        let mut items = Vec::new();
        let obj = |v: &Value| v.as_object().cloned().unwrap_or_default();
        for (concept, locales) in obj(v.get("reviews").unwrap_or(&Value::Null)) {
            for (locale, terms) in obj(&locales) {
                for (term, reviewers) in obj(&terms) {
                    for (reviewer, r) in obj(&reviewers) {
                        let Some(status) = r
                            .get("status")
                            .and_then(|s| serde_json::from_value::<Status>(s.clone()).ok())
                        else {
                            continue;
                        };
                        items.push(Review {
                            concept: concept.clone(),
                            locale: locale.clone(),
                            term: term.clone(),
                            reviewer,
                            status,
                            comment: r.get("comment").and_then(Value::as_str).map(str::to_owned),
                            date: r.get("date").and_then(Value::as_str).map(str::to_owned),
                        });
                    }
                }
            }
        }
        Ok(Reviews { items })
    }

    /// The agreed status of a rendering: `Some` when every reviewer of it gave the same verdict.
    pub fn status(&self, concept: &str, locale: &str, term: &str) -> Option<Status> {
        let verdicts: BTreeSet<Status> = self
            .items
            .iter()
            .filter(|r| r.concept == concept && r.locale == locale && r.term == term)
            .map(|r| r.status)
            .collect();
        match verdicts.len() {
            1 => verdicts.into_iter().next(),
            _ => None,
        }
    }

    /// Every (concept, locale, term) with an agreed status.
    pub fn agreed(&self) -> BTreeMap<(String, String, String), Status> {
        let mut out = BTreeMap::new();
        for r in &self.items {
            let key = (r.concept.clone(), r.locale.clone(), r.term.clone());
            if let std::collections::btree_map::Entry::Vacant(slot) = out.entry(key) {
                if let Some(s) = self.status(&r.concept, &r.locale, &r.term) {
                    slot.insert(s);
                }
            }
        }
        out
    }

    /// What organizers wait for: for every session, each of its speakers and each rendering of the
    /// session's terms in every locale that this speaker has not reviewed.
    pub fn pending(&self, pack: &Pack) -> Vec<PendingReview> {
        let done: BTreeSet<(&str, &str, &str, &str)> = self
            .items
            .iter()
            .map(|r| {
                (
                    r.reviewer.as_str(),
                    r.concept.as_str(),
                    r.locale.as_str(),
                    r.term.as_str(),
                )
            })
            .collect();
        let mut out = Vec::new();
        for session in &pack.sessions {
            let speakers = speakers(pack, &session.id);
            for c in pack
                .glossary
                .iter()
                .filter(|c| c.sessions.contains(&session.id))
            {
                for locale in &pack.locales {
                    for term in renderings(c, locale) {
                        for sp in &speakers {
                            if !done.contains(&(
                                sp.as_str(),
                                c.id.as_str(),
                                locale.as_str(),
                                term.as_str(),
                            )) {
                                out.push(PendingReview {
                                    session: session.id.clone(),
                                    reviewer: sp.clone(),
                                    concept: c.id.to_string(),
                                    locale: locale.clone(),
                                    term: term.clone(),
                                });
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// The reviewers of a session: the `speaker` of every item of the blocks whose `session` it is, in programme
/// order, each once.
pub fn speakers(pack: &Pack, session: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for b in pack
        .agenda
        .blocks
        .iter()
        .filter(|b| b.session.as_deref() == Some(session))
    {
        for sp in b.items.iter().filter_map(|i| i.speaker.as_deref()) {
            if !out.iter().any(|o| o == sp) {
                out.push(sp.to_owned());
            }
        }
    }
    out
}

/// Every rendering of a concept in one locale: its term, its acronym, its other renderings.
pub fn renderings(c: &crate::glossary::Concept, locale: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_owned());
        }
    };
    if let Some(t) = c.term.get(locale) {
        add(t);
    }
    if let Some(a) = c.abbr.get(locale) {
        add(a);
    }
    for a in c.alt.get(locale).into_iter().flatten() {
        add(a);
    }
    out
}

/// Writes one verdict into the `review.json` object (creating its structure), or removes it when the
/// draft's status is `None`, pruning emptied levels.
pub fn apply(root: &mut Map<String, Value>, d: &ReviewDraft, now: DateTime<Utc>) -> Result<()> {
    if d.term.trim().is_empty() {
        return Err(Error::InvalidArgument(
            "a review names the rendering it is about".into(),
        ));
    }
    if !root.contains_key("format") {
        root.insert("format".into(), Value::from(FORMAT));
    }
    let reviews = crate::json_doc::object_at(root, "reviews");
    match d.status {
        Some(status) => {
            let concept = crate::json_doc::object_at(reviews, &d.concept);
            let locale = crate::json_doc::object_at(concept, &d.locale);
            let term = crate::json_doc::object_at(locale, d.term.trim());
            let mut r = Map::new();
            r.insert(
                "status".into(),
                serde_json::to_value(status).unwrap_or(Value::Null),
            );
            if let Some(c) = d
                .comment
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty())
            {
                r.insert("comment".into(), Value::String(c.to_owned()));
            }
            r.insert(
                "date".into(),
                Value::String(now.to_rfc3339_opts(SecondsFormat::Secs, true)),
            );
            term.insert(d.reviewer.clone(), Value::Object(r));
        }
        None => {
            let path = [d.concept.as_str(), d.locale.as_str(), d.term.trim()];
            remove_path(reviews, &path, &d.reviewer);
        }
    }
    Ok(())
}

/// Removes `obj[path…][leaf]`, then every object on the path that became empty.
fn remove_path(obj: &mut Map<String, Value>, path: &[&str], leaf: &str) {
    match path.split_first() {
        None => {
            obj.shift_remove(leaf);
        }
        Some((head, rest)) => {
            let empty = match obj.get_mut(*head).and_then(Value::as_object_mut) {
                Some(child) => {
                    remove_path(child, rest, leaf);
                    child.is_empty()
                }
                None => false,
            };
            if empty {
                obj.shift_remove(*head);
            }
        }
    }
}
