//! A Fluent file as a sequence of entries that can be replaced one at a time, keeping every other byte.
//!
//! The file is parsed with `fluent_syntax::parser::parse` (the full parser, which keeps comments and Junk).
//! With `&str` input every identifier and comment line in the AST is a slice of the source, so the start of
//! each entry in the text is known exactly; an entry runs from the first line of its comment (or its own
//! first line) to the start of the next entry. Each entry is kept as its exact source text plus the blank
//! lines after it ("gap"). An edited message is rebuilt as an AST (`ast::Message<String>`, keeping its
//! comment and the attributes Booth does not manage), serialized alone with
//! `fluent_syntax::serializer::serialize`, and spliced in place; every other entry is written back byte for
//! byte. See [`crate::edit`] for what the serializer normalizes and why whole-file serialization is avoided.
//!
//! Why one file of this size: the splice model and its byte-for-byte tests over every corpus file.

use fluent_syntax::ast;
use fluent_syntax::parser;
use fluent_syntax::serializer;
use std::collections::HashMap;

/// What an entry is; comments and Junk are kept as entries so their bytes and order survive edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Message,
    Term,
    Comment,
    GroupComment,
    ResourceComment,
    Junk,
}

/// One entry: its exact text (ending with its last line's newline, if the file had one) and the blank lines
/// that follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: Kind,
    /// Message id, `-term` id, or the comment's text (for group comments: their joined content).
    pub name: String,
    pub text: String,
    pub gap: String,
}

/// A Fluent file split into entries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Blank lines before the first entry.
    pub lead: String,
    pub segs: Vec<Segment>,
    /// The file's usual gap between two messages, measured once (a batch import inserts thousands).
    sep: std::cell::OnceCell<String>,
    /// Message id → index hint, built on first lookup and kept up to date by this type's own edits. A hint
    /// is checked before use (inserts shift later entries); an id absent from the map is absent from the
    /// file, so a batch of new concepts costs no scans.
    ids: Option<HashMap<String, usize>>,
    /// Some message id is defined twice: hints must then also be checked against earlier definitions.
    dups: bool,
}

impl Document {
    pub fn parse(src: &str) -> Document {
        // The parser reads a guarded copy: entries it cannot parse safely are blanked byte for byte (same
        // length, so every offset below is an offset into `src` too) and are kept verbatim as gaps.
        let guarded = crate::l10n::guard_parser("", src.to_owned(), &mut Vec::new());
        let res = match parser::parse(guarded.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let base = guarded.as_ptr() as usize;
        let end = base + guarded.len();
        let offset = |s: &str| -> Option<usize> {
            let p = s.as_ptr() as usize;
            (p >= base && p <= end).then(|| p - base)
        };
        // A message or term starts at its attached comment, else at its id.
        let entry_anchor = |comment: Option<&ast::Comment<&str>>, id: &str| {
            comment
                .and_then(|c| c.content.first())
                .and_then(|l| offset(l))
                .or_else(|| offset(id))
        };
        let line_start = |at: usize| src[..at].rfind('\n').map_or(0, |i| i + 1);
        let mut starts: Vec<(usize, Kind, String)> = Vec::with_capacity(res.body.len());
        let mut prev = 0usize;
        for entry in &res.body {
            let (anchor, kind, name) = match entry {
                ast::Entry::Message(m) => (
                    entry_anchor(m.comment.as_ref(), m.id.name),
                    Kind::Message,
                    m.id.name.to_owned(),
                ),
                ast::Entry::Term(t) => (
                    entry_anchor(t.comment.as_ref(), t.id.name),
                    Kind::Term,
                    format!("-{}", t.id.name),
                ),
                ast::Entry::Comment(c) => (
                    c.content.first().and_then(|l| offset(l)),
                    Kind::Comment,
                    c.content.join("\n"),
                ),
                ast::Entry::GroupComment(c) => (
                    c.content.first().and_then(|l| offset(l)),
                    Kind::GroupComment,
                    c.content.join("\n"),
                ),
                ast::Entry::ResourceComment(c) => (
                    c.content.first().and_then(|l| offset(l)),
                    Kind::ResourceComment,
                    c.content.join("\n"),
                ),
                ast::Entry::Junk { content } => (offset(content), Kind::Junk, String::new()),
            };
            // A comment with no content is a lone `#` at the very end of the file.
            let at = match anchor {
                Some(a) => line_start(a),
                None => src[prev..]
                    .rfind('#')
                    .map_or(prev, |i| line_start(prev + i)),
            };
            let at = at.max(prev);
            starts.push((at, kind, name));
            prev = at;
        }
        let mut doc = Document {
            lead: src[..starts.first().map_or(src.len(), |s| s.0)].to_owned(),
            segs: Vec::with_capacity(starts.len()),
            sep: std::cell::OnceCell::new(),
            ids: None,
            dups: false,
        };
        for (i, (at, kind, name)) in starts.iter().enumerate() {
            let next = starts.get(i + 1).map_or(src.len(), |s| s.0);
            let (text, gap) = split_gap(&src[*at..next]);
            doc.segs.push(Segment {
                kind: *kind,
                name: name.clone(),
                text: text.to_owned(),
                gap: gap.to_owned(),
            });
        }
        doc
    }

    pub fn to_text(&self) -> String {
        let len = self.lead.len()
            + self
                .segs
                .iter()
                .map(|s| s.text.len() + s.gap.len())
                .sum::<usize>();
        let mut out = String::with_capacity(len);
        out.push_str(&self.lead);
        for s in &self.segs {
            out.push_str(&s.text);
            out.push_str(&s.gap);
        }
        out
    }

    /// A document from entries (e.g. the result of a merge).
    pub fn from_parts(lead: String, segs: Vec<Segment>) -> Document {
        Document {
            lead,
            segs,
            ..Document::default()
        }
    }

    /// Index of the message `id` (first definition, as the runtime bundle uses it).
    pub fn find(&mut self, id: &str) -> Option<usize> {
        let segs = &self.segs;
        let dups = &mut self.dups;
        let ids = self.ids.get_or_insert_with(|| {
            let mut map = HashMap::new();
            for (i, s) in segs.iter().enumerate() {
                if s.kind == Kind::Message && map.insert(s.name.clone(), i).is_some() {
                    *dups = true;
                }
            }
            // First definitions win.
            for (i, s) in segs.iter().enumerate().rev() {
                if s.kind == Kind::Message {
                    map.insert(s.name.clone(), i);
                }
            }
            map
        });
        let dups = *dups;
        let hint = *ids.get(id)?;
        let is_it = |i: usize| {
            segs.get(i)
                .is_some_and(|s| s.kind == Kind::Message && s.name == id)
        };
        // The hint is right unless an insert or removal before it shifted it; the first definition wins.
        let earlier = |h: usize| {
            dups && segs[..h]
                .iter()
                .any(|s| s.kind == Kind::Message && s.name == id)
        };
        let found = if is_it(hint) && !earlier(hint) {
            Some(hint)
        } else {
            segs.iter()
                .position(|s| s.kind == Kind::Message && s.name == id)
        };
        match found {
            Some(i) => {
                ids.insert(id.to_owned(), i);
            }
            None => {
                ids.remove(id);
            }
        }
        found
    }

    /// The message `id` as an owned AST (comment, value and every attribute, including ones Booth does not
    /// manage), parsed from its own text.
    pub fn message(&mut self, id: &str) -> Option<ast::Message<String>> {
        let i = self.find(id)?;
        let seg = &self.segs[i];
        message_of(&seg.text)
    }

    /// Replaces the entry at `i` with a new message, keeping the blank lines after it.
    pub fn replace(&mut self, i: usize, msg: &ast::Message<String>) {
        let text = serialize_message(msg);
        if let Some(seg) = self.segs.get_mut(i) {
            seg.text = text;
            seg.name = msg.id.name.clone();
        }
    }

    /// Removes the entry at `i`. The blank lines that separated it from what follows are kept (the longer of
    /// the two gaps), so removing the last message of a group does not glue the next group comment to the
    /// message before it.
    pub fn remove(&mut self, i: usize) -> Option<Segment> {
        if i >= self.segs.len() {
            return None;
        }
        let seg = self.segs.remove(i);
        if seg.kind == Kind::Message {
            if let Some(ids) = self.ids.as_mut() {
                ids.remove(&seg.name);
                // A later duplicate of the same id becomes the definition in use.
                if let Some(j) = self
                    .segs
                    .iter()
                    .position(|s| s.kind == Kind::Message && s.name == seg.name)
                {
                    ids.insert(seg.name.clone(), j);
                }
            }
        }
        if i > 0 {
            if let Some(prev) = self.segs.get_mut(i - 1) {
                if seg.gap.len() > prev.gap.len() {
                    prev.gap = seg.gap.clone();
                }
            }
        }
        Some(seg)
    }

    /// Inserts an entry's text after index `after` (`None`: at the start), spacing it like its neighbours:
    /// the new entry takes over the blank lines that followed `after`, and `after` gets the file's usual
    /// separation between two messages.
    pub fn insert_text(
        &mut self,
        after: Option<usize>,
        kind: Kind,
        name: &str,
        text: String,
    ) -> usize {
        let sep = self.sep.get_or_init(|| self.usual_message_gap()).clone();
        let mut text = text;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        if kind == Kind::Message {
            if let Some(ids) = self.ids.as_mut() {
                let at = after.map_or(0, |i| i + 1);
                if ids.contains_key(name) {
                    self.dups = true;
                } else {
                    ids.insert(name.to_owned(), at);
                }
            }
        }
        match after {
            Some(i) if i < self.segs.len() => {
                let prev = &mut self.segs[i];
                if !prev.text.ends_with('\n') {
                    prev.text.push('\n');
                }
                let gap = if prev.kind == Kind::Message || prev.kind == Kind::Term {
                    std::mem::replace(&mut prev.gap, sep)
                } else if prev.gap.is_empty() {
                    String::new()
                } else {
                    prev.gap.clone()
                };
                self.segs.insert(
                    i + 1,
                    Segment {
                        kind,
                        name: name.to_owned(),
                        text,
                        gap,
                    },
                );
                i + 1
            }
            _ => {
                let gap = if self.segs.is_empty() {
                    String::new()
                } else {
                    sep
                };
                self.segs.insert(
                    0,
                    Segment {
                        kind,
                        name: name.to_owned(),
                        text,
                        gap,
                    },
                );
                0
            }
        }
    }

    /// Appends an entry at the end of the file, after one blank line if the file's entries are separated so.
    pub fn push_text(&mut self, kind: Kind, name: &str, text: String) -> usize {
        match self.segs.len() {
            0 => self.insert_text(None, kind, name, text),
            n => self.insert_text(Some(n - 1), kind, name, text),
        }
    }

    /// The blank lines most often found between two consecutive messages ("" when the file has none).
    fn usual_message_gap(&self) -> String {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for w in self.segs.windows(2) {
            if w[0].kind == Kind::Message && w[1].kind == Kind::Message {
                *counts.entry(w[0].gap.as_str()).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|(g, n)| (*n, std::cmp::Reverse(g.len())))
            .map(|(g, _)| g.to_owned())
            .unwrap_or_default()
    }
}

/// Splits an entry's source into its text (through the newline ending its last non-blank line) and the
/// blank lines after it.
fn split_gap(s: &str) -> (&str, &str) {
    let trimmed = s.trim_end_matches([' ', '\t', '\r', '\n']);
    let cut = match s[trimmed.len()..].find('\n') {
        Some(nl) => trimmed.len() + nl + 1,
        None => s.len(),
    };
    s.split_at(cut)
}

/// Parses one entry's text as an owned message.
pub fn message_of(text: &str) -> Option<ast::Message<String>> {
    let mut unsafe_input = Vec::new();
    let text = crate::l10n::guard_parser("", text.to_owned(), &mut unsafe_input);
    if !unsafe_input.is_empty() {
        return None;
    }
    let res = match parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.body.into_iter().find_map(|e| match e {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    })
}

/// One message serialized alone (its comment included), ending with a newline.
pub fn serialize_message(msg: &ast::Message<String>) -> String {
    let res = ast::Resource {
        body: vec![ast::Entry::Message(msg.clone())],
    };
    serializer::serialize(&res)
}

/// A group comment (`## …`) as text.
pub fn group_comment_text(content: &str) -> String {
    let mut out = String::new();
    for line in content.lines() {
        if line.trim().is_empty() {
            out.push_str("##\n");
        } else {
            out.push_str("## ");
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.is_empty() {
        out.push_str("##\n");
    }
    out
}

/// The plain text of a pattern when it is only text and string literals (what Booth itself writes), `None`
/// when it holds references, functions or selectors (then only a bundle can say what it shows).
pub fn plain_text(pattern: &ast::Pattern<String>) -> Option<String> {
    let mut out = String::new();
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape_literal(value)?),
            _ => return None,
        }
    }
    Some(out)
}

/// Fluent string-literal escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape_literal(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            'u' => out.push(hex_char(&mut chars, 4)?),
            'U' => out.push(hex_char(&mut chars, 6)?),
            _ => return None,
        }
    }
    Some(out)
}

fn hex_char(chars: &mut std::str::Chars<'_>, n: usize) -> Option<char> {
    let hex: String = chars.by_ref().take(n).collect();
    char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
}

/// A pattern that shows exactly `text` (already trimmed by the caller). Characters Fluent would read as
/// syntax are written as string-literal placeables: `{` and `}` anywhere, and `[`, `*`, `.` at the start of
/// a continuation line (they would start a variant or an attribute). Line breaks become multiline text,
/// one text element per line, so the serializer writes every continuation line indented.
pub fn text_pattern(text: &str) -> ast::Pattern<String> {
    let text = text.replace("\r\n", "\n");
    let mut elements: Vec<ast::PatternElement<String>> = Vec::new();
    let mut buf = String::new();
    let literal = |s: &str| ast::PatternElement::Placeable {
        expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral {
            value: s.replace('\\', "\\\\").replace('"', "\\\""),
        }),
    };
    let flush = |buf: &mut String, elements: &mut Vec<ast::PatternElement<String>>| {
        if !buf.is_empty() {
            elements.push(ast::PatternElement::TextElement {
                value: std::mem::take(buf),
            });
        }
    };
    let multi_line = text.contains('\n');
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            // Each line is its own text element: the serializer indents a line only when an element
            // starts it, so a line break inside one element would be written back at column 0 (where it
            // ends the pattern). Parsed Fluent splits lines the same way.
            buf.push('\n');
            flush(&mut buf, &mut elements);
        }
        let mut line = line;
        if n > 0 {
            // Indentation of continuation lines is not content in Fluent; keep it as a literal.
            let body = line.trim_start_matches(' ');
            let indent = &line[..line.len() - body.len()];
            // A line of only spaces is kept too (else it would read back as an empty line).
            if !indent.is_empty() {
                flush(&mut buf, &mut elements);
                elements.push(literal(indent));
            }
            line = body;
        }
        // The serializer starts a multi-line pattern on its own line, so its first line is a continuation
        // line too.
        if n > 0 || multi_line {
            if let Some(first) = line.chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
                flush(&mut buf, &mut elements);
                elements.push(literal(&first.to_string()));
                line = &line[first.len_utf8()..];
            }
        }
        for c in line.chars() {
            if c == '{' || c == '}' {
                flush(&mut buf, &mut elements);
                elements.push(literal(&c.to_string()));
            } else {
                buf.push(c);
            }
        }
    }
    flush(&mut buf, &mut elements);
    ast::Pattern { elements }
}

/// An owned identifier.
pub fn ident(name: &str) -> ast::Identifier<String> {
    ast::Identifier {
        name: name.to_owned(),
    }
}
