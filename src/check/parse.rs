//! One parsed `.ftl` file, the checks that need only that file (syntax, duplicates), and a walk over
//! patterns that collects what the comparisons need (references, variables, select expressions, words).
//!
//! fluent-syntax's AST has no spans, but every name and text in it is a slice of the source, so a slice's
//! address gives its byte offset: exact positions without a second parser.
//!
//! Why one file of this size: one pass over a Fluent file collects everything the checks compare (entries,
//! placeables, references, positions); its helpers only make sense inside that pass.

use super::{Finding, FindingLevel, FindingLocation};
use fluent_syntax::ast;
use std::collections::HashMap;

pub(crate) type Pattern<'t> = ast::Pattern<&'t str>;
pub(crate) type Variant<'t> = ast::Variant<&'t str>;

/// A message or a term, seen through what they share.
#[derive(Clone, Copy)]
pub(crate) enum Entry<'a, 't> {
    Message(&'a ast::Message<&'t str>),
    Term(&'a ast::Term<&'t str>),
}

impl<'a, 't> Entry<'a, 't> {
    pub fn is_term(self) -> bool {
        matches!(self, Entry::Term(_))
    }

    /// The name without the term's `-`.
    pub fn name(self) -> &'t str {
        match self {
            Entry::Message(m) => m.id.name,
            Entry::Term(t) => t.id.name,
        }
    }

    /// The id as users write it: terms with their leading `-`.
    pub fn id(self) -> String {
        match self {
            Entry::Message(m) => m.id.name.to_owned(),
            Entry::Term(t) => format!("-{}", t.id.name),
        }
    }

    pub fn value(self) -> Option<&'a Pattern<'t>> {
        match self {
            Entry::Message(m) => m.value.as_ref(),
            Entry::Term(t) => Some(&t.value),
        }
    }

    pub fn attributes(self) -> &'a [ast::Attribute<&'t str>] {
        match self {
            Entry::Message(m) => &m.attributes,
            Entry::Term(t) => &t.attributes,
        }
    }

    pub fn comment(self) -> Option<&'a ast::Comment<&'t str>> {
        match self {
            Entry::Message(m) => m.comment.as_ref(),
            Entry::Term(t) => t.comment.as_ref(),
        }
    }

    /// compare-locales' "unchanged": the same value and attributes (a term's attributes are private to
    /// the locale and do not count). Comments never count.
    pub fn same_text(self, other: Entry<'_, '_>) -> bool {
        match (self, other) {
            (Entry::Message(a), Entry::Message(b)) => {
                a.value == b.value && a.attributes == b.attributes
            }
            (Entry::Term(a), Entry::Term(b)) => a.value == b.value,
            _ => false,
        }
    }

    /// compare-locales' word count: words of text in the value and attributes (a term: its value only).
    pub fn words(self) -> u32 {
        let mut w = Walk {
            count_words: true,
            ..Walk::default()
        };
        match self {
            Entry::Message(m) => {
                if let Some(v) = &m.value {
                    w.pattern(v, false);
                }
                for a in &m.attributes {
                    w.pattern(&a.value, false);
                }
            }
            Entry::Term(t) => w.pattern(&t.value, false),
        }
        w.words
    }
}

/// Start of every line, to turn byte offsets into 1-based line and character column.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line.saturating_sub(1)];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// One file of one locale, parsed.
pub(crate) struct Parsed<'t> {
    /// Path relative to the checked folder (`ko/browser/browser.ftl`).
    pub name: String,
    pub locale: &'t str,
    text: &'t str,
    lines: Lines,
    body: Vec<ast::Entry<&'t str>>,
    /// (is term, name) → index in `body` of the first definition (the one Fluent uses).
    index: HashMap<(bool, &'t str), usize>,
}

impl<'t> Parsed<'t> {
    /// Parses `text`, pushing syntax errors and duplicates (ids, attributes, variant keys) to `out`.
    pub fn new(name: String, locale: &'t str, text: &'t str, out: &mut Vec<Finding>) -> Self {
        let (resource, errors) = match fluent_syntax::parser::parse(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let mut p = Parsed {
            name,
            locale,
            text,
            lines: Lines::new(text),
            body: resource.body,
            index: HashMap::new(),
        };
        for e in errors {
            let at = syntax_offset(text, e.pos.start, e.slice.clone());
            let mut f = p
                .finding(FindingLevel::Error, "syntax", e.kind.to_string())
                .at(p.line_col(at));
            if let Some(id) = e.slice.and_then(|s| text.get(s)).and_then(junk_id) {
                f = f.id(id);
            }
            out.push(f);
        }
        let mut index = HashMap::with_capacity(p.body.len());
        for (i, e) in p.body.iter().enumerate() {
            let Some(entry) = as_entry(e) else { continue };
            match index.entry((entry.is_term(), entry.name())) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(i);
                }
                std::collections::hash_map::Entry::Occupied(o) => {
                    let first = as_entry(&p.body[*o.get()]).map_or(0, |f| p.entry_pos(f).0);
                    out.push(
                        p.finding(
                            FindingLevel::Error,
                            "duplicate-id",
                            format!(
                                "`{}` is already defined on line {first}; the first definition is used",
                                entry.id()
                            ),
                        )
                        .at(p.entry_pos(entry))
                        .id(entry.id()),
                    );
                }
            }
            p.check_duplicates(entry, out);
        }
        p.index = index;
        p
    }

    /// Duplicate attributes and variant keys of one entry: Fluent uses the first and ignores the rest.
    fn check_duplicates(&self, entry: Entry<'_, 't>, out: &mut Vec<Finding>) {
        let attrs = entry.attributes();
        for (i, a) in attrs.iter().enumerate() {
            if let Some(first) = attrs[..i].iter().find(|b| b.id.name == a.id.name) {
                out.push(
                    self.finding(
                        FindingLevel::Error,
                        "duplicate-attribute",
                        format!(
                            "attribute `.{}` of `{}` is already defined on line {}; the first is used",
                            a.id.name,
                            entry.id(),
                            self.pos(first.id.name).0
                        ),
                    )
                    .at(self.pos(a.id.name))
                    .id(entry.id())
                    .attribute(a.id.name),
                );
            }
        }
        let mut parts: Vec<(Option<&str>, &Pattern<'t>)> = Vec::new();
        if let Some(v) = entry.value() {
            parts.push((None, v));
        }
        parts.extend(attrs.iter().map(|a| (Some(a.id.name), &a.value)));
        for (attr, pattern) in parts {
            let mut w = Walk::default();
            w.pattern(pattern, false);
            for variants in w.selects {
                for (i, v) in variants.iter().enumerate() {
                    let Some(first) = variants[..i].iter().find(|o| o.key == v.key) else {
                        continue;
                    };
                    let mut f = self
                        .finding(
                            FindingLevel::Error,
                            "duplicate-variant",
                            format!(
                                "variant `[{}]` of `{}` is already defined on line {}; the first is used",
                                key_str(&v.key),
                                entry.id(),
                                self.pos(key_str(&first.key)).0
                            ),
                        )
                        .at(self.pos(key_str(&v.key)))
                        .id(entry.id());
                    if let Some(a) = attr {
                        f = f.attribute(a);
                    }
                    out.push(f);
                }
            }
        }
    }

    /// Messages and terms in file order, first definitions only.
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_, 't>> + '_ {
        self.body.iter().enumerate().filter_map(|(i, e)| {
            let entry = as_entry(e)?;
            (self.index.get(&(entry.is_term(), entry.name())) == Some(&i)).then_some(entry)
        })
    }

    pub fn get(&self, is_term: bool, name: &str) -> Option<Entry<'_, 't>> {
        self.index
            .get(&(is_term, name))
            .and_then(|&i| as_entry(&self.body[i]))
    }

    /// Messages and terms of the file, counting every definition (compare-locales counts a missing file's
    /// entries this way).
    pub fn all_entries(&self) -> impl Iterator<Item = Entry<'_, 't>> + '_ {
        self.body.iter().filter_map(as_entry)
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(self.text, offset)
    }

    /// Line and column of a slice of this file's text (the file start when it is not one).
    pub fn pos(&self, slice: &str) -> (usize, usize) {
        self.line_col(offset_in(self.text, slice).unwrap_or(0))
    }

    /// Where an entry starts: its identifier (a term's `-`).
    pub fn entry_pos(&self, e: Entry<'_, 't>) -> (usize, usize) {
        let off = offset_in(self.text, e.name()).unwrap_or(0);
        self.line_col(if e.is_term() {
            off.saturating_sub(1)
        } else {
            off
        })
    }

    /// Where a part of an entry starts: the attribute's name, or the entry for the value.
    pub fn part_pos(&self, e: Entry<'_, 't>, attr: Option<&'t str>) -> (usize, usize) {
        match attr {
            Some(a) => self.pos(a),
            None => self.entry_pos(e),
        }
    }

    pub fn location(&self, e: Entry<'_, 't>) -> FindingLocation {
        let (line, col) = self.entry_pos(e);
        FindingLocation {
            file: self.name.clone(),
            line: u32::try_from(line).ok(),
            column: u32::try_from(col).ok(),
        }
    }

    pub fn finding(&self, level: FindingLevel, code: &str, message: impl Into<String>) -> Finding {
        Finding::new(level, code, self.name.clone(), message).locale(self.locale)
    }
}

fn as_entry<'a, 't>(e: &'a ast::Entry<&'t str>) -> Option<Entry<'a, 't>> {
    match e {
        ast::Entry::Message(m) => Some(Entry::Message(m)),
        ast::Entry::Term(t) => Some(Entry::Term(t)),
        _ => None,
    }
}

/// Where to point at a syntax error: the parser notices an unclosed `{` at the start of the next line (or
/// past the broken entry); the mistake is at the end of the broken line.
fn syntax_offset(text: &str, pos: usize, junk: Option<std::ops::Range<usize>>) -> usize {
    let mut pos = pos.min(text.len());
    if let Some(j) = junk {
        pos = pos.min(j.end.max(j.start));
    }
    let b = text.as_bytes();
    if pos > 0 && b.get(pos - 1) == Some(&b'\n') {
        pos -= 1;
        if pos > 0 && b.get(pos - 1) == Some(&b'\r') {
            pos -= 1;
        }
    }
    pos
}

/// Byte offset of `slice` in `text`, when it is a slice of it.
pub(crate) fn offset_in(text: &str, slice: &str) -> Option<usize> {
    let base = text.as_ptr() as usize;
    let p = slice.as_ptr() as usize;
    (p >= base && p + slice.len() <= base + text.len()).then(|| p - base)
}

pub(crate) fn key_str<'t>(k: &ast::VariantKey<&'t str>) -> &'t str {
    match k {
        ast::VariantKey::Identifier { name } => name,
        ast::VariantKey::NumberLiteral { value } => value,
    }
}

/// The id a broken entry was meant to have (`id =` at its start), for the panel to name it.
fn junk_id(junk: &str) -> Option<String> {
    let s = junk.trim_start();
    let body = s.strip_prefix('-').unwrap_or(s);
    let end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(body.len());
    let name = &body[..end];
    let starts_alpha = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    (starts_alpha && body[end..].trim_start_matches([' ', '\t']).starts_with('='))
        .then(|| s[..end + (s.len() - body.len())].to_owned())
}

/// A reference from a pattern to a message (`{ id }`, `{ id.attr }`) or a term (`{ -id }`).
#[derive(Clone, Copy)]
pub(crate) struct Ref<'t> {
    pub term: bool,
    pub id: &'t str,
    pub attr: Option<&'t str>,
}

impl PartialEq for Ref<'_> {
    fn eq(&self, o: &Self) -> bool {
        self.term == o.term && self.id == o.id && self.attr == o.attr
    }
}

impl std::fmt::Display for Ref<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.term {
            f.write_str("-")?;
        }
        f.write_str(self.id)?;
        if let Some(a) = self.attr {
            write!(f, ".{a}")?;
        }
        Ok(())
    }
}

/// What one pattern contains. References are collected as compare-locales does: not in selectors, not in
/// a term reference's arguments, and term references only without an attribute (`-brand.gender` selects
/// grammar, it is not text the translation must contain).
#[derive(Default)]
pub(crate) struct Walk<'a, 't> {
    pub refs: Vec<Ref<'t>>,
    /// Variables used to produce text (outside selectors).
    pub text_vars: Vec<&'t str>,
    /// Variables only chosen on (`{ $n -> … }`): a locale with one plural form may drop the selector.
    pub selector_vars: Vec<&'t str>,
    pub selects: Vec<&'a [Variant<'t>]>,
    /// Words of text, when `count_words` is set (only the statistics need them).
    pub words: u32,
    count_words: bool,
    /// A text or literal containing U+FFFD, the mark of text decoded with the wrong encoding.
    pub replacement_char: Option<&'t str>,
    in_term_args: u32,
}

impl<'a, 't> Walk<'a, 't> {
    pub fn of(p: &'a Pattern<'t>) -> Self {
        let mut w = Walk::default();
        w.pattern(p, false);
        w
    }

    pub fn pattern(&mut self, p: &'a Pattern<'t>, selector: bool) {
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => {
                    if self.count_words {
                        self.words += value.split_whitespace().count() as u32;
                    }
                    self.note_text(value);
                }
                ast::PatternElement::Placeable { expression } => {
                    self.expression(expression, selector)
                }
            }
        }
    }

    fn note_text(&mut self, s: &'t str) {
        if self.replacement_char.is_none() && s.contains('\u{FFFD}') {
            self.replacement_char = Some(s);
        }
    }

    fn expression(&mut self, e: &'a ast::Expression<&'t str>, selector: bool) {
        match e {
            ast::Expression::Select {
                selector: s,
                variants,
            } => {
                self.inline(s, true);
                self.selects.push(variants);
                for v in variants {
                    self.pattern(&v.value, selector);
                }
            }
            ast::Expression::Inline(i) => self.inline(i, selector),
        }
    }

    fn inline(&mut self, e: &'a ast::InlineExpression<&'t str>, selector: bool) {
        use ast::InlineExpression as I;
        match e {
            I::StringLiteral { value } => self.note_text(value),
            I::NumberLiteral { .. } => {}
            I::FunctionReference { arguments, .. } => self.arguments(arguments, selector),
            I::MessageReference { id, attribute } => {
                if !selector && self.in_term_args == 0 {
                    self.refs.push(Ref {
                        term: false,
                        id: id.name,
                        attr: attribute.as_ref().map(|a| a.name),
                    });
                }
            }
            I::TermReference {
                id,
                attribute,
                arguments,
            } => {
                if !selector && self.in_term_args == 0 && attribute.is_none() {
                    self.refs.push(Ref {
                        term: true,
                        id: id.name,
                        attr: None,
                    });
                }
                if let Some(args) = arguments {
                    self.in_term_args += 1;
                    self.arguments(args, selector);
                    self.in_term_args -= 1;
                }
            }
            I::VariableReference { id } => {
                if selector {
                    self.selector_vars.push(id.name);
                } else {
                    self.text_vars.push(id.name);
                }
            }
            I::Placeable { expression } => self.expression(expression, selector),
        }
    }

    fn arguments(&mut self, args: &'a ast::CallArguments<&'t str>, selector: bool) {
        for a in &args.positional {
            self.inline(a, selector);
        }
        for a in &args.named {
            self.inline(&a.value, selector);
        }
    }
}

/// A pattern that shows nothing: blank text and empty string literals only (`{ "" }`).
pub(crate) fn is_empty(p: &Pattern<'_>) -> bool {
    p.elements.iter().all(|el| match el {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable { expression } => is_empty_expr(expression),
    })
}

fn is_empty_expr(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            value.trim().is_empty()
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            is_empty_expr(expression)
        }
        _ => false,
    }
}

/// The text of a pattern that is only text (compare-locales checks `.style` values only then).
pub(crate) fn plain_text(p: &Pattern<'_>) -> Option<String> {
    let mut s = String::new();
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => s.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_ids() {
        assert_eq!(junk_id("key = { oops\n").as_deref(), Some("key"));
        assert_eq!(junk_id("-term = { oops").as_deref(), Some("-term"));
        assert_eq!(junk_id("  g@rbage = x"), None);
        assert_eq!(junk_id("{ nothing"), None);
    }

    #[test]
    fn syntax_errors_point_at_the_broken_line() {
        let text = "a = { b\r\nc = d\n";
        assert_eq!(syntax_offset(text, 9, Some(0..9)), 7);
        assert_eq!(syntax_offset(text, 4, Some(0..9)), 4);
        assert_eq!(syntax_offset(text, 99, None), text.len() - 1);
    }

    #[test]
    fn lines_and_columns() {
        let text = "a\nbé = c\n";
        let l = Lines::new(text);
        assert_eq!(l.line_col(text, 0), (1, 1));
        assert_eq!(l.line_col(text, 2), (2, 1));
        assert_eq!(l.line_col(text, 6), (2, 4));
        assert_eq!(l.line_col(text, 100), (3, 1));
    }
}
