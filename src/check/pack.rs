//! Checks only a pack has: the pack loader's own findings (unknown people and sessions, ids `event.json`
//! uses but no file defines, agenda times), and the glossary's rules — both sides of every concept,
//! one term rendered one way, acronyms with an expansion.
//!
//! The loader and the file checks see some of the same problems (a syntax error, a missing file, a
//! missing message); each problem is reported once, by the file checks, which know the position.

use super::{Finding, FindingLevel, FindingLocation, Rules};
use crate::glossary::{Concept, PREFIX};
use crate::Pack;
use std::collections::{HashMap, HashSet};

/// Loader codes whose problem the file checks report too, with a position, for every file they read.
const FILE_CODES: [&str; 6] = [
    "syntax",
    "duplicate-id",
    "encoding",
    "too-large",
    "io",
    "nesting",
];

pub(crate) fn check(
    pack: &Pack,
    rules: &Rules,
    found: &[Finding],
    entries: &HashMap<(String, String), FindingLocation>,
    read: &[String],
    locales: &[&str],
) -> Vec<Finding> {
    let read: HashSet<&str> = read.iter().map(String::as_str).collect();
    let locale_of = |file: &str| {
        locales
            .iter()
            .find(|l| file.strip_prefix(**l).is_some_and(|r| r.starts_with('/')))
            .copied()
    };
    let mut cover = Coverage {
        entries,
        reference: &rules.reference,
        ids: HashSet::new(),
        missing_files: HashSet::new(),
    };
    cover.add(found);

    let mut out = Vec::new();
    for d in &pack.diagnostics {
        if FILE_CODES.contains(&d.code.as_str()) && read.contains(d.file.as_str()) {
            continue;
        }
        if d.code == "missing-file" && cover.missing_files.contains(&d.file) {
            continue;
        }
        let mut f = Finding::from_diagnostic(d.clone(), locale_of(&d.file));
        if d.code == "missing-message" {
            // The loader names the locale as `ko/` and the id in backquotes.
            let l = d.file.trim_end_matches('/');
            if let Some(id) = backquoted(&d.message) {
                if cover.covers(l, id) {
                    continue;
                }
                f = f.id(id);
                // Where the message belongs; else event.json, which uses it.
                f.file = cover
                    .file_of(l, id)
                    .unwrap_or_else(|| "event.json".to_owned());
            }
            f.locale = Some(l.to_owned());
        }
        out.push(f);
    }
    cover.add(&out);

    let both_sides = glossary_sides(pack, &cover);
    out.extend(both_sides);
    out.extend(inconsistent_terms(pack, entries));
    out.extend(acronyms(pack, entries));
    out
}

/// What is already reported: (locale, id) pairs found absent or broken, and missing files.
struct Coverage<'a> {
    entries: &'a HashMap<(String, String), FindingLocation>,
    reference: &'a str,
    ids: HashSet<(String, String)>,
    missing_files: HashSet<String>,
}

impl Coverage<'_> {
    fn add(&mut self, found: &[Finding]) {
        for f in found {
            if f.code == "missing-file" {
                self.missing_files.insert(f.file.clone());
            }
            let absent = matches!(f.code.as_str(), "missing-message" | "missing-term");
            if absent || f.severity == FindingLevel::Error {
                if let (Some(l), Some(id)) = (&f.locale, &f.id) {
                    self.ids.insert((l.clone(), id.clone()));
                }
            }
        }
    }

    /// The file that defines `id` in `locale`, or would if it were there: the reference's file.
    fn file_of(&self, locale: &str, id: &str) -> Option<String> {
        if let Some(loc) = self.entries.get(&(locale.to_owned(), id.to_owned())) {
            return Some(loc.file.clone());
        }
        let r = self
            .entries
            .get(&(self.reference.to_owned(), id.to_owned()))?;
        let rel = r.file.strip_prefix(self.reference)?;
        Some(format!("{locale}{rel}"))
    }

    fn covers(&self, locale: &str, id: &str) -> bool {
        self.ids.contains(&(locale.to_owned(), id.to_owned()))
            || self
                .file_of(locale, id)
                .is_some_and(|f| self.missing_files.contains(&f))
    }
}

fn backquoted(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

fn place(
    entries: &HashMap<(String, String), FindingLocation>,
    locale: &str,
    id: &str,
    fallback: impl FnOnce() -> Option<String>,
) -> (String, Option<u32>, Option<u32>) {
    match entries.get(&(locale.to_owned(), id.to_owned())) {
        Some(l) => (l.file.clone(), l.line, l.column),
        None => (
            fallback().unwrap_or_else(|| "event.json".to_owned()),
            None,
            None,
        ),
    }
}

fn finding_at(
    level: FindingLevel,
    code: &str,
    (file, line, column): (String, Option<u32>, Option<u32>),
    locale: &str,
    id: &str,
    msg: String,
) -> Finding {
    let mut f = Finding::new(level, code, file, msg).locale(locale).id(id);
    f.line = line;
    f.column = column;
    f
}

/// Every concept has a term in every locale of the pack: interpreters need both sides. Concepts are those
/// the pack loader knows (the reference's and event.json's) and any a locale defines on its own.
fn glossary_sides(pack: &Pack, cover: &Coverage<'_>) -> Vec<Finding> {
    let mut ids: Vec<String> = pack.glossary.iter().map(|c| c.id.to_string()).collect();
    let mut extra: Vec<String> = cover
        .entries
        .keys()
        .filter(|(l, _)| pack.locales.contains(l))
        .filter_map(|(_, id)| id.strip_prefix(PREFIX))
        .filter(|id| !ids.iter().any(|i| i == id))
        .map(str::to_owned)
        .collect();
    extra.sort();
    extra.dedup();
    ids.extend(extra);
    let mut out = Vec::new();
    for cid in &ids {
        let id = format!("{PREFIX}{cid}");
        let concept = pack.glossary.iter().find(|c| c.id == *cid);
        for l in &pack.locales {
            let present = match concept {
                Some(c) => c.term.contains_key(l),
                None => cover.entries.contains_key(&(l.clone(), id.clone())),
            };
            if present || cover.covers(l, &id) {
                continue;
            }
            let fallback = || {
                cover.file_of(l, &id).or_else(|| {
                    pack.locales
                        .iter()
                        .find_map(|o| cover.file_of(o, &id))
                        .and_then(|f| f.split_once('/').map(|(_, rel)| format!("{l}/{rel}")))
                })
            };
            out.push(finding_at(
                FindingLevel::Error,
                "glossary-side",
                place(cover.entries, l, &id, fallback),
                l,
                &id,
                format!("concept `{cid}` has no {l} term; a concept needs a term in every locale"),
            ));
        }
    }
    out
}

/// One term, two renderings: two concepts share a term in one locale but render it differently in
/// another, so the booth would hear two translations of the same word. A homonym the glossary explains
/// (a `.note` of either concept, in any locale, mentions the shared term, as 원장 for both "Head" and
/// "President") is deliberate and not reported.
fn inconsistent_terms(
    pack: &Pack,
    entries: &HashMap<(String, String), FindingLocation>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in &pack.locales {
        for b in pack.locales.iter().filter(|b| *b != a) {
            let mut seen: HashMap<String, &Concept> = HashMap::new();
            for c in &pack.glossary {
                let (Some(ta), Some(tb)) = (c.term.get(a), c.term.get(b)) else {
                    continue;
                };
                match seen.get(&crate::text::caseless(ta)) {
                    Some(first) => {
                        let fb = first.term.get(b).map(String::as_str).unwrap_or_default();
                        let shared = crate::text::caseless(ta);
                        let documented = [first, c]
                            .iter()
                            .flat_map(|x| x.note.values())
                            .any(|n| crate::text::caseless(n).contains(&shared));
                        if crate::text::caseless(fb) != crate::text::caseless(tb) && !documented {
                            let id = format!("{PREFIX}{}", c.id);
                            out.push(finding_at(
                                FindingLevel::Warning,
                                "inconsistent-term",
                                place(entries, b, &id, || None),
                                b,
                                &id,
                                format!(
                                    "{a} `{ta}` is rendered `{tb}` here but `{fb}` in concept `{}`",
                                    first.id
                                ),
                            ));
                        }
                    }
                    None => {
                        seen.insert(crate::text::caseless(ta), c);
                    }
                }
            }
        }
    }
    out
}

/// A word written as an acronym: capitals (and digits, dots, `&`, `/`, `-`), perhaps a plural `s`.
fn acronym_word(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    let caps = w.chars().filter(char::is_ascii_uppercase).count();
    caps >= 1
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || ".&/-".contains(c))
}

pub(crate) fn is_acronym(term: &str) -> bool {
    let caps = term.chars().filter(char::is_ascii_uppercase).count();
    caps >= 2 && term.split_whitespace().all(acronym_word)
}

/// A concept whose renderings in a locale (term and `.alt`) are all acronyms, or equal to its `.abbr`, has
/// no expansion there: interpreters need the full name (the glossary's convention is the full name as the
/// term and the acronym in `.abbr`; an expansion in `.alt`, as for `COVID-19`, is enough).
fn acronyms(pack: &Pack, entries: &HashMap<(String, String), FindingLocation>) -> Vec<Finding> {
    let mut out = Vec::new();
    for c in &pack.glossary {
        let id = format!("{PREFIX}{}", c.id);
        for (l, term) in &c.term {
            let abbr = c.abbr.get(l).map(|a| crate::text::caseless(a));
            let no_expansion =
                |t: &str| is_acronym(t) || abbr.as_deref() == Some(&crate::text::caseless(t));
            let alts = c.alt.get(l).map(Vec::as_slice).unwrap_or_default();
            if no_expansion(term) && alts.iter().all(|a| no_expansion(a)) {
                out.push(finding_at(
                    FindingLevel::Warning,
                    "acronym-without-expansion",
                    place(entries, l, &id, || None),
                    l,
                    &id,
                    format!(
                        "the {l} term `{term}` of concept `{}` is an acronym with no expansion; \
                         write the full name as the term and the acronym in `.abbr`",
                        c.id
                    ),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_recognized() {
        for a in ["SDGs", "UN DESA", "D.N.A.", "COVID-19", "ICT", "PPPPs"] {
            assert!(is_acronym(a), "{a}");
        }
        for t in [
            "Lao PDR",
            "Sustainable Development Goals",
            "유엔",
            "A",
            "Yonsei",
        ] {
            assert!(!is_acronym(t), "{t}");
        }
    }

    #[test]
    fn loader_ids_are_read_from_backquotes() {
        assert_eq!(backquoted("`item-x` is used by event.json"), Some("item-x"));
        assert_eq!(backquoted("no id"), None);
    }
}
