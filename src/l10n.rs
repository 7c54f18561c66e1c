//! Fluent loading: turns `.ftl` text into a formatting bundle per locale, plus the structural facts the
//! runtime bundle throws away (group comments, comments on messages, where each entry starts).
//!
//! A file with syntax errors still contributes every entry that parses; each error becomes a positioned
//! [`Diagnostic`]. Text that comes out of here is plain (no Unicode isolation marks): it is shown as text in
//! the UI, used as search keys and compared in tests, and Booth's two scripts are both left-to-right.

use crate::error::Diagnostic;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

/// A `Sync` bundle, so a loaded pack can sit in the app's shared state.
pub type Bundle = FluentBundle<FluentResource>;

/// What the formatting bundle does not keep about a message.
#[derive(Debug, Clone, Default)]
pub struct EntryMeta {
    /// Text of the closest preceding group comment (`## …`), e.g. `Domain: SDGs`.
    pub group: Option<String>,
    /// The message's own comment (`# …`).
    pub comment: Option<String>,
    pub file: String,
    pub line: usize,
}

/// Attributes that belong to one locale only: a locale has them or not, and the locale check does not ask
/// the other locales for them. `.reading` is a Korean (or other) reading of a foreign name; `.unverified`
/// says, with its reason, that this locale's name or rendering could not be confirmed from a source.
pub const LOCALE_ATTRIBUTES: [&str; 2] = ["reading", "unverified"];

/// The locales whose entry `id` is marked unverified: a name or rendering that could not be confirmed from
/// an official source, which the app shows as such (people and glossary concepts alike). The mark is the
/// `.unverified` attribute (its value is the reason); packs written before it use an `# UNVERIFIED`
/// comment directly above the message, which is still read.
pub(crate) fn unverified(catalogs: &[Catalog], id: &str) -> Vec<String> {
    catalogs
        .iter()
        .filter(|c| {
            c.attribute(id, "unverified").is_some()
                || c.meta(id)
                    .and_then(|m| m.comment.as_deref())
                    .is_some_and(|t| t.contains("UNVERIFIED"))
        })
        .map(|c| c.locale.to_string())
        .collect()
}

/// All messages of one locale of one pack.
pub struct Catalog {
    pub locale: LanguageIdentifier,
    bundle: Bundle,
    /// Per message (a big glossary has 100,000 and more): Fx hashing, as the search engine does, since
    /// SipHash's resistance to chosen keys buys nothing for a pack's own ids.
    meta: FxHashMap<String, EntryMeta>,
    /// Message ids in file order (first file first).
    order: Vec<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locale", &self.locale)
            .field("messages", &self.order.len())
            .finish()
    }
}

impl Catalog {
    pub fn new(locale: LanguageIdentifier) -> Self {
        let mut bundle = Bundle::new_concurrent(vec![locale.clone()]);
        bundle.set_use_isolating(false);
        Catalog {
            locale,
            bundle,
            meta: FxHashMap::default(),
            order: Vec::new(),
        }
    }

    /// Adds one file's text. Problems are pushed to `diags`; whatever parses is kept.
    pub fn add_file(&mut self, file: &str, text: String, diags: &mut Vec<Diagnostic>) {
        let text = guard_parser(file, text, diags);
        let lines = entry_line_lists(&text);
        let mut occurrences: FxHashMap<String, usize> = FxHashMap::default();
        // Structure (comments) from the full parser; the runtime resource for formatting.
        let full = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(res) => res,
            Err((res, _)) => res,
        };
        let mut group: Option<String> = None;
        let mut first_dup_reported = std::collections::HashSet::new();
        for entry in &full.body {
            match entry {
                ast::Entry::GroupComment(c) => {
                    let t = c.content.join("\n");
                    group = if t.trim().is_empty() {
                        None
                    } else {
                        Some(t.trim().to_owned())
                    };
                }
                ast::Entry::Message(m) => {
                    let id = m.id.name.to_owned();
                    let seen = occurrences.entry(id.clone()).or_insert(0usize);
                    let line = lines
                        .get(id.as_str())
                        .and_then(|l| l.get(*seen))
                        .copied()
                        .unwrap_or(0);
                    *seen += 1;
                    if self.meta.contains_key(&id) {
                        if first_dup_reported.insert(id.clone()) {
                            diags.push(
                                Diagnostic::error("duplicate-id", file, format!("message `{id}` is defined more than once; the first definition is used"))
                                    .at(line.max(1), 1),
                            );
                        }
                        continue;
                    }
                    self.order.push(id.clone());
                    self.meta.insert(
                        id,
                        EntryMeta {
                            group: group.clone(),
                            comment: m.comment.as_ref().map(|c| c.content.join("\n")),
                            file: file.to_owned(),
                            line,
                        },
                    );
                }
                _ => {}
            }
        }
        let resource = match FluentResource::try_new(text) {
            Ok(res) => res,
            Err((res, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(
                            "syntax",
                            file,
                            format!("Fluent syntax error: {}", e.kind),
                        )
                        .at_offset(
                            res.source(),
                            crate::error::error_offset(e.pos.start, e.slice.clone()),
                        ),
                    );
                }
                res
            }
        };
        // Duplicates were reported above with their line; the bundle keeps the first definition.
        let _ = self.bundle.add_resource(resource);
    }

    /// The formatted value of a message, `None` when the message or its value is missing.
    pub fn message(&self, id: &str) -> Option<String> {
        self.format(id, None, None)
    }

    /// The formatted value of a message's attribute.
    pub fn attribute(&self, id: &str, attr: &str) -> Option<String> {
        self.format(id, Some(attr), None)
    }

    /// Formats a message or attribute with arguments; formatting errors leave Fluent's fallback text.
    pub fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let msg = self.bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let s = self.bundle.format_pattern(pattern, args, &mut errors);
        // Composed (NFC) so text typed on any system compares and searches alike. Almost all text already
        // is: the quick check then saves re-collecting it a character at a time (a 100k glossary formats
        // ~1M values on load).
        let s = s.trim();
        Some(
            if unicode_normalization::is_nfc_quick(s.chars())
                == unicode_normalization::IsNormalized::Yes
            {
                s.to_owned()
            } else {
                s.nfc().collect()
            },
        )
    }

    /// The names of a message's attributes, in file order.
    pub fn attribute_names(&self, id: &str) -> Vec<String> {
        self.bundle
            .get_message(id)
            .map(|m| m.attributes().map(|a| a.id().to_owned()).collect())
            .unwrap_or_default()
    }

    pub fn meta(&self, id: &str) -> Option<&EntryMeta> {
        self.meta.get(id)
    }

    /// Message ids in file order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(String::as_str)
    }

    pub fn has(&self, id: &str) -> bool {
        self.meta.contains_key(id)
    }
}

/// Every line (1-based) where each message or term id starts, in order: duplicates are reported where the
/// duplicate is, not where the first definition is.
pub fn entry_line_lists(text: &str) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line) {
            out.entry(id).or_default().push(i + 1);
        }
    }
    out
}

/// The message or term id a line starts, if it starts one (`id =` or `-id =` in column 1).
fn entry_id(line: &str) -> Option<&str> {
    let bytes = line.as_bytes();
    let start = usize::from(bytes.first() == Some(&b'-'));
    if !bytes.get(start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let end = line[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(line.len(), |e| e + start);
    line[end..]
        .trim_start()
        .starts_with('=')
        .then(|| &line[..end])
}

/// Line (1-based) where each message or term starts. Fluent entries start in column 1 with their identifier,
/// so a line scan finds them without a second parser; the first occurrence wins.
pub fn entry_lines(text: &str) -> HashMap<&str, usize> {
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(id) = entry_id(line) {
            out.entry(id).or_insert(i + 1);
        }
    }
    out
}

/// Deepest placeable nesting accepted. Real messages nest two or three levels; fluent-syntax's parser is
/// recursive, and a hostile file nesting a thousand levels overflows the stack (an abort, not a panic).
pub const MAX_NESTING: usize = 32;

/// Blanks out every entry fluent-syntax 0.12 cannot parse safely, reporting each one, so the parser never
/// sees it and the rest of the file still loads: placeables nested deeper than [`MAX_NESTING`] (stack
/// overflow), and `\\u`/`\\U` escapes in string literals whose 4/6 digits run into a multi-byte character
/// (the parser slices inside the character and panics; found by `fuzz/run.sh`, reproducer in
/// tests/hostile.rs). Blanked bytes become spaces (newlines are
/// kept), so every other line and column stays where the user sees it.
pub fn guard_parser(file: &str, text: String, diags: &mut Vec<Diagnostic>) -> String {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => {
                    let digits = match bytes.get(i + 1) {
                        Some(b'u') => 4,
                        Some(b'U') => 6,
                        _ => 0,
                    };
                    let run = bytes
                        .get(i + 2..(i + 2 + digits).min(bytes.len()))
                        .unwrap_or_default();
                    if run.iter().any(|c| !c.is_ascii()) {
                        let (start, end) = entry_bounds(bytes, i);
                        diags.push(
                            Diagnostic::error(
                                "escape",
                                file,
                                "a \\u or \\U escape needs 4 or 6 hex digits; this entry is skipped",
                            )
                            .at_offset(&text, i),
                        );
                        blank.push((start, end));
                        depth = 0;
                        in_string = false;
                        i = end;
                        continue;
                    }
                    i += 1;
                }
                b'"' | b'\n' => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        let (start, end) = entry_bounds(bytes, i);
                        diags.push(
                            Diagnostic::error(
                                "nesting",
                                file,
                                format!("placeables nest deeper than {MAX_NESTING} levels; this entry is skipped"),
                            )
                            .at_offset(&text, i),
                        );
                        blank.push((start, end));
                        depth = 0;
                        i = end;
                        continue;
                    }
                }
                b'}' => depth = depth.saturating_sub(1),
                b'"' if depth > 0 => in_string = true,
                // An entry starts in column 1: a new entry resets whatever the previous one left open.
                b'\n'
                    if bytes
                        .get(i + 1)
                        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'-' || *c == b'#') =>
                {
                    depth = 0;
                }
                _ => {}
            }
        }
        i += 1;
    }
    if blank.is_empty() {
        return text;
    }
    let mut out = bytes.to_vec();
    for (start, end) in blank {
        for b in &mut out[start..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Only ASCII bytes were replaced by ASCII spaces inside whole lines, but a multi-byte character may
    // straddle nothing here: entry bounds are line bounds, so the result is valid UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// The lines of the entry containing byte `at`: from the start of its first line (the last line before `at`
/// that starts an entry in column 1) to the start of the next such line.
fn entry_bounds(bytes: &[u8], at: usize) -> (usize, usize) {
    let starts_entry = |pos: usize| {
        bytes
            .get(pos)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'-' || *c == b'#')
    };
    let mut start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    while start > 0 && !starts_entry(start) {
        start = bytes[..start - 1]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
    }
    let mut end = at;
    loop {
        match bytes[end..].iter().position(|&b| b == b'\n') {
            Some(p) if !starts_entry(end + p + 1) && end + p + 1 < bytes.len() => end = end + p + 1,
            Some(p) => return (start, end + p + 1),
            None => return (start, bytes.len()),
        }
    }
}
