//! One relative path across all locales: its reference file against each localized file, with
//! compare-locales' Fluent checks and categories, plus Booth's own (`$variable` parity, empty values).
//!
//! One task per path (not per file), so the reference file is read and parsed once however many locales
//! there are, and tasks share nothing but read-only inputs.
//!
//! Why one file of this size: it mirrors compare-locales' own `checks/fluent.py`, one function per check,
//! so the two can be read side by side when compare-locales changes.

use super::parse::{is_empty, plain_text, Entry, Parsed, Walk};
use super::{css, plural, read_text, Finding, FindingLevel, FindingLocation, LocaleStats, Rules};
use crate::l10n::guard_parser;
use std::collections::BTreeSet;
use std::path::Path;

/// A localized locale: its files and what its checks need to know once.
pub(crate) struct Target {
    pub locale: String,
    pub files: BTreeSet<String>,
    /// CLDR plural categories of the locale, when CLDR knows it.
    plurals: Option<Vec<&'static str>>,
    /// The reference files this locale must have (a project config's paths for it); `None`: all of them.
    pub required: Option<BTreeSet<String>>,
}

impl Target {
    pub fn new(locale: &str, files: BTreeSet<String>) -> Self {
        Target {
            locale: locale.to_owned(),
            files,
            plurals: plural::categories(locale),
            required: None,
        }
    }
}

/// What one path contributed.
#[derive(Default)]
pub(crate) struct Outcome {
    pub findings: Vec<Finding>,
    /// One per [`Target`], same order.
    pub stats: Vec<LocaleStats>,
    pub files: u32,
    /// Files read (for the pack checks, which skip what was already reported here).
    pub read: Vec<String>,
    /// (locale, id) → where it is defined; collected for packs only.
    pub entries: Vec<((String, String), FindingLocation)>,
}

pub(crate) fn check_path(
    root: &Path,
    rel: &str,
    in_reference: bool,
    targets: &[Target],
    rules: &Rules,
    collect_entries: bool,
) -> Outcome {
    let mut out = Outcome {
        stats: targets
            .iter()
            .map(|t| LocaleStats {
                locale: t.locale.clone(),
                ..LocaleStats::default()
            })
            .collect(),
        ..Outcome::default()
    };
    let reference = rules.reference.as_str();
    let ref_name = format!("{reference}/{rel}");
    let ref_text = if in_reference {
        out.files += 1;
        out.read.push(ref_name.clone());
        load(root, reference, rel, &ref_name, &mut out.findings)
    } else {
        None
    };
    let parsed_ref = ref_text
        .as_deref()
        .map(|t| Parsed::new(ref_name.clone(), reference, t, &mut out.findings));
    if let Some(r) = &parsed_ref {
        if collect_entries {
            collect(r, &mut out.entries);
        }
    }

    for (t, stats) in targets.iter().zip(out.stats.iter_mut()) {
        let name = format!("{}/{rel}", t.locale);
        if !t.files.contains(rel) {
            if in_reference && t.required.as_ref().is_none_or(|r| r.contains(rel)) {
                out.findings.push(
                    Finding::new(rules.missing(), "missing-file", &name, "file is missing")
                        .locale(&t.locale)
                        .reference(FindingLocation {
                            file: ref_name.clone(),
                            line: None,
                            column: None,
                        }),
                );
                stats.missing_files += 1;
                if let Some(r) = &parsed_ref {
                    for e in r.all_entries() {
                        stats.missing += 1;
                        stats.missing_words += e.words();
                    }
                }
            }
            continue;
        }
        out.files += 1;
        stats.files += 1;
        out.read.push(name.clone());
        let Some(text) = load(root, &t.locale, rel, &name, &mut out.findings) else {
            continue;
        };
        let l10n = Parsed::new(name.clone(), &t.locale, &text, &mut out.findings);
        if collect_entries {
            collect(&l10n, &mut out.entries);
        }
        if !in_reference {
            out.findings.push(
                Finding::new(
                    rules.obsolete(),
                    "obsolete-file",
                    &name,
                    format!("file has no counterpart in {reference}"),
                )
                .locale(&t.locale),
            );
            stats.obsolete_files += 1;
            continue;
        }
        if let Some(r) = &parsed_ref {
            compare(r, &l10n, t, rules, stats, &mut out.findings);
        }
    }
    out
}

/// Reads one file and blanks entries nested too deeply for the recursive parser (l10n::guard_parser, the
/// pack loader's own guard: a hostile file must not overflow a worker thread's stack).
fn load(
    root: &Path,
    locale: &str,
    rel: &str,
    name: &str,
    out: &mut Vec<Finding>,
) -> Option<String> {
    let text = match read_text(&root.join(locale).join(rel), name) {
        Ok(t) => t,
        Err(d) => {
            out.push(Finding::from_diagnostic(d, Some(locale)));
            return None;
        }
    };
    let mut diags = Vec::new();
    let text = guard_parser(name, text, &mut diags);
    out.extend(
        diags
            .into_iter()
            .map(|d| Finding::from_diagnostic(d, Some(locale))),
    );
    Some(text)
}

fn collect(p: &Parsed<'_>, out: &mut Vec<((String, String), FindingLocation)>) {
    for e in p.entries() {
        out.push(((p.locale.to_owned(), e.id()), p.location(e)));
    }
}

/// compare-locales' `ContentComparer.compare` and `FluentChecker` for one pair of files.
fn compare(
    r: &Parsed<'_>,
    l: &Parsed<'_>,
    t: &Target,
    rules: &Rules,
    stats: &mut LocaleStats,
    out: &mut Vec<Finding>,
) {
    for re in r.entries() {
        let Some(le) = l.get(re.is_term(), re.name()) else {
            let (code, what) = if re.is_term() {
                ("missing-term", "term")
            } else {
                ("missing-message", "message")
            };
            out.push(
                l.finding(
                    rules.missing(),
                    code,
                    format!("{what} `{}` is missing", re.id()),
                )
                .id(re.id())
                .reference(r.location(re)),
            );
            stats.missing += 1;
            stats.missing_entries += 1;
            stats.missing_words += re.words();
            continue;
        };
        let id = re.id();
        if id.contains("key") || id.contains("Key") {
            stats.keys += 1;
        } else if re.same_text(le) {
            stats.unchanged += 1;
            stats.unchanged_words += re.words();
        } else {
            stats.changed += 1;
            stats.changed_words += re.words();
        }
        Pair {
            r,
            l,
            re,
            le,
            id,
            target: t,
            rules,
            out,
        }
        .check();
    }
    for le in l.entries() {
        if r.get(le.is_term(), le.name()).is_none() {
            let (code, what) = if le.is_term() {
                ("obsolete-term", "term")
            } else {
                ("obsolete-message", "message")
            };
            out.push(
                l.finding(
                    rules.obsolete(),
                    code,
                    format!("{what} `{}` is not in {}", le.id(), rules.reference),
                )
                .at(l.entry_pos(le))
                .id(le.id()),
            );
            stats.obsolete += 1;
        }
    }
}

/// One entry present in both files.
struct Pair<'p, 'a, 't> {
    r: &'p Parsed<'t>,
    l: &'p Parsed<'a>,
    re: Entry<'p, 't>,
    le: Entry<'p, 'a>,
    id: String,
    target: &'p Target,
    rules: &'p Rules,
    out: &'p mut Vec<Finding>,
}

impl<'p, 'a, 't> Pair<'p, 'a, 't> {
    fn check(mut self) {
        if !self.le.is_term() {
            self.value_and_attributes();
        }
        let mut parts: Vec<(Option<&'a str>, &'p super::parse::Pattern<'a>)> = Vec::new();
        if let Some(v) = self.le.value() {
            parts.push((None, v));
        }
        parts.extend(
            self.le
                .attributes()
                .iter()
                .map(|a| (Some(a.id.name), &a.value)),
        );
        let walks: Vec<(Option<&'a str>, Walk<'p, 'a>)> =
            parts.iter().map(|(a, p)| (*a, Walk::of(p))).collect();
        for (attr, w) in &walks {
            for variants in &w.selects {
                self.plurals(*attr, variants);
            }
        }
        self.replacement_char(&walks);
        if let Entry::Message(_) = self.le {
            self.references_and_variables(&walks);
            self.style();
        }
        self.empty(&parts);
    }

    fn finding(&self, level: FindingLevel, code: &str, msg: String, attr: Option<&str>) -> Finding {
        let mut f = self
            .l
            .finding(level, code, msg)
            .id(self.id.clone())
            .reference(self.r.location(self.re));
        if let Some(a) = attr {
            f = f.attribute(a);
        }
        f
    }

    /// compare-locales: missing/obsolete value and attributes are errors (messages only: a term's
    /// attributes are private to each locale).
    fn value_and_attributes(&mut self) {
        let (re, le) = (self.re, self.le);
        match (re.value(), le.value()) {
            (Some(_), None) => {
                let f = self
                    .finding(
                        FindingLevel::Error,
                        "missing-value",
                        format!(
                            "`{}` has no value but {} has one",
                            self.id, self.rules.reference
                        ),
                        None,
                    )
                    .at(self.l.entry_pos(le));
                self.out.push(f);
            }
            (None, Some(v)) => {
                let at = v
                    .elements
                    .first()
                    .map_or(self.l.entry_pos(le), |el| match el {
                        fluent_syntax::ast::PatternElement::TextElement { value } => {
                            self.l.pos(value)
                        }
                        _ => self.l.entry_pos(le),
                    });
                let f = self
                    .finding(
                        FindingLevel::Error,
                        "obsolete-value",
                        format!(
                            "`{}` has a value but {} has none",
                            self.id, self.rules.reference
                        ),
                        None,
                    )
                    .at(at);
                self.out.push(f);
            }
            _ => {}
        }
        if self.rules.per_language_attribute(&self.id) {
            return;
        }
        let mut missing: Vec<&str> = Vec::new();
        for a in re.attributes() {
            if !le.attributes().iter().any(|b| b.id.name == a.id.name)
                && !missing.contains(&a.id.name)
                && !crate::l10n::LOCALE_ATTRIBUTES.contains(&a.id.name)
            {
                missing.push(a.id.name);
            }
        }
        for a in missing {
            let f = self
                .finding(
                    FindingLevel::Error,
                    "missing-attribute",
                    format!("attribute `{}.{a}` is missing", self.id),
                    Some(a),
                )
                .at(self.l.entry_pos(le));
            self.out.push(f);
        }
        for (i, a) in le.attributes().iter().enumerate() {
            let dup = le.attributes()[..i].iter().any(|b| b.id.name == a.id.name);
            if !dup
                && !re.attributes().iter().any(|b| b.id.name == a.id.name)
                && !crate::l10n::LOCALE_ATTRIBUTES.contains(&a.id.name)
            {
                let f = self
                    .finding(
                        FindingLevel::Error,
                        "obsolete-attribute",
                        format!(
                            "attribute `{}.{}` is not in {}",
                            self.id, a.id.name, self.rules.reference
                        ),
                        Some(a.id.name),
                    )
                    .at(self.l.pos(a.id.name));
                self.out.push(f);
            }
        }
    }

    /// compare-locales' reference parity (warnings) and Booth's `$variable` parity (warnings).
    ///
    /// References are compared per part, as compare-locales does. Variables are compared per part for
    /// what the translation drops (its text loses information), except variables the reference only
    /// selects on, which a locale with fewer plural forms may drop with the selector. What the
    /// translation adds is compared against the whole reference message: the caller passes one set of
    /// arguments for a message and all its attributes, so a variable is available if the reference uses
    /// it anywhere.
    fn references_and_variables(&mut self, walks: &[(Option<&'a str>, Walk<'p, 'a>)]) {
        let mut ref_vars: Vec<&str> = Vec::new();
        let mut ref_parts: Vec<(Option<&str>, Walk<'p, 't>)> = Vec::new();
        if let Some(v) = self.re.value() {
            ref_parts.push((None, Walk::of(v)));
        }
        for a in self.re.attributes() {
            ref_parts.push((Some(a.id.name), Walk::of(&a.value)));
        }
        for (_, w) in &ref_parts {
            ref_vars.extend(w.text_vars.iter().chain(&w.selector_vars));
        }
        for (attr, lw) in walks {
            let at = self.l.part_pos(self.le, *attr);
            let part = match attr {
                Some(a) => format!("`{}.{a}`", self.id),
                None => format!("the value of `{}`", self.id),
            };
            if let Some((_, rw)) = ref_parts.iter().find(|(a, _)| a == attr) {
                let mut seen = Vec::new();
                for rf in &rw.refs {
                    if seen.contains(rf) || lw.refs.contains(rf) {
                        continue;
                    }
                    seen.push(*rf);
                    let (code, what) = kind(rf.term, "missing");
                    let f = self
                        .finding(
                            FindingLevel::Warning,
                            code,
                            format!(
                                "{part} does not reference {what} `{rf}` as {} does",
                                self.rules.reference
                            ),
                            *attr,
                        )
                        .at(at);
                    self.out.push(f);
                }
                let mut seen = Vec::new();
                for lf in &lw.refs {
                    if seen.contains(lf) || rw.refs.contains(lf) {
                        continue;
                    }
                    seen.push(*lf);
                    let (code, what) = kind(lf.term, "obsolete");
                    let pos = self.l.pos(lf.id);
                    let pos = if lf.term {
                        (pos.0, pos.1.saturating_sub(1).max(1))
                    } else {
                        pos
                    };
                    let f = self
                        .finding(
                            FindingLevel::Warning,
                            code,
                            format!(
                                "{part} references {what} `{lf}`, which {} does not",
                                self.rules.reference
                            ),
                            *attr,
                        )
                        .at(pos);
                    self.out.push(f);
                }
                let mut seen: Vec<&str> = Vec::new();
                for v in &rw.text_vars {
                    if seen.contains(v) || lw.text_vars.contains(v) || lw.selector_vars.contains(v)
                    {
                        continue;
                    }
                    seen.push(v);
                    let f = self
                        .finding(
                            FindingLevel::Warning,
                            "missing-variable",
                            format!(
                                "{part} does not use `${v}`, which {} shows",
                                self.rules.reference
                            ),
                            *attr,
                        )
                        .at(at);
                    self.out.push(f);
                }
            }
            let mut seen: Vec<&str> = Vec::new();
            for v in lw.text_vars.iter().chain(&lw.selector_vars) {
                if seen.contains(v) || ref_vars.contains(v) {
                    continue;
                }
                seen.push(v);
                let pos = self.l.pos(v);
                let f = self
                    .finding(
                        FindingLevel::Warning,
                        "unknown-variable",
                        format!(
                            "{part} uses `${v}`, which {} never uses, so the app may not pass it",
                            self.rules.reference
                        ),
                        *attr,
                    )
                    .at((pos.0, pos.1.saturating_sub(1).max(1)));
                self.out.push(f);
            }
        }
    }

    /// compare-locales' plural check: a select on plural categories must cover all of the locale's.
    fn plurals(&mut self, attr: Option<&str>, variants: &[super::parse::Variant<'a>]) {
        let Some(known) = &self.target.plurals else {
            return;
        };
        let given: Vec<&str> = variants
            .iter()
            .map(|v| super::parse::key_str(&v.key))
            .collect();
        if !given.iter().any(|g| *g != "other" && known.contains(g)) {
            return;
        }
        let mut missing: Vec<&str> = known
            .iter()
            .copied()
            .filter(|k| !given.contains(k))
            .collect();
        missing.sort_unstable();
        if missing.is_empty() {
            return;
        }
        let Some(first) = variants.first() else {
            return;
        };
        let at = self.l.pos(super::parse::key_str(&first.key));
        let f = self
            .finding(
                FindingLevel::Warning,
                "missing-plural",
                format!(
                    "`{}`: plural categories missing for {}: {}",
                    self.id,
                    self.target.locale,
                    missing.join(", ")
                ),
                attr,
            )
            .at(at);
        self.out.push(f);
    }

    /// compare-locales' encoding check: U+FFFD in the translation.
    fn replacement_char(&mut self, walks: &[(Option<&'a str>, Walk<'p, 'a>)]) {
        let in_comment = self
            .le
            .comment()
            .and_then(|c| c.content.iter().find(|l| l.contains('\u{FFFD}')).copied());
        let hit = in_comment.or_else(|| walks.iter().find_map(|(_, w)| w.replacement_char));
        if let Some(s) = hit {
            let col = s.find('\u{FFFD}').unwrap_or(0);
            let (line, c) = self.l.pos(s);
            let c = c + s[..col].chars().count();
            let f = self
                .finding(
                    FindingLevel::Warning,
                    "replacement-character",
                    format!(
                        "`{}` contains U+FFFD (�), a sign of text decoded with the wrong encoding",
                        self.id
                    ),
                    None,
                )
                .at((line, c));
            self.out.push(f);
        }
    }

    /// compare-locales' `.style` check (Firefox sizes dialogs with `width`/`height` in the translation).
    fn style(&mut self) {
        for a in self.le.attributes() {
            if a.id.name != "style" {
                continue;
            }
            let Some(text) = plain_text(&a.value) else {
                continue;
            };
            let reference = self
                .re
                .attributes()
                .iter()
                .rev()
                .find(|x| x.id.name == "style")
                .and_then(|x| plain_text(&x.value))
                .unwrap_or_default();
            let Some((level, code, msg)) = css::compare(&reference, &text) else {
                continue;
            };
            let f = self
                .finding(
                    level,
                    code,
                    format!("`{}.style`: {msg}", self.id),
                    Some("style"),
                )
                .at(self.l.pos(a.id.name));
            self.out.push(f);
        }
    }

    /// Booth: a translation that shows nothing where the reference shows text. Not reported when the
    /// reference's comment says the text may be left empty (Mozilla's convention: "Leave this message
    /// empty if …", written `{ "" }`).
    fn empty(&mut self, parts: &[(Option<&'a str>, &'p super::parse::Pattern<'a>)]) {
        for (attr, lp) in parts {
            if !is_empty(lp) {
                continue;
            }
            let rp = match attr {
                None => self.re.value(),
                Some(a) => self
                    .re
                    .attributes()
                    .iter()
                    .find(|x| x.id.name == *a)
                    .map(|x| &x.value),
            };
            let Some(rp) = rp else { continue };
            if is_empty(rp) || allows_empty(self.re) {
                continue;
            }
            let what = match attr {
                Some(a) => format!("`{}.{a}`", self.id),
                None => format!("`{}`", self.id),
            };
            let f = self
                .finding(
                    self.rules.empty(),
                    "empty-value",
                    format!("{what} is empty but {} has text", self.rules.reference),
                    *attr,
                )
                .at(self.l.part_pos(self.le, *attr));
            self.out.push(f);
        }
    }
}

fn allows_empty(e: Entry<'_, '_>) -> bool {
    e.comment()
        .is_some_and(|c| c.content.iter().any(|l| l.to_lowercase().contains("empty")))
}

fn kind(term: bool, prefix: &str) -> (&'static str, &'static str) {
    match (term, prefix) {
        (true, "missing") => ("missing-term-reference", "term"),
        (false, "missing") => ("missing-message-reference", "message"),
        (true, _) => ("obsolete-term-reference", "term"),
        (false, _) => ("obsolete-message-reference", "message"),
    }
}
