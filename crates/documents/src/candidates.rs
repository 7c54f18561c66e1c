//! Candidate terms: what in a session's documents an interpreter would want in the glossary and it does not
//! have yet.
//!
//! - **English**: noun phrases are the runs of words between function words, verbs and punctuation
//!   (a part-of-speech tagger would do better, but none is small, well kept and offline); sub-phrases of
//!   up to six words are counted, and a phrase never seen outside a longer one is dropped (C-value's idea).
//!   Capitalised names keep their inner "of / for / on / and" (Division for Public Institutions and Digital
//!   Government). Acronyms count as words, and a definition "public-private partnerships (PPPs)" joins the
//!   acronym to its expansion by initials.
//! - **Korean**: runs of noun words (eojeol) with particles stripped by the search engine's list, ended by a
//!   particle, a predicate (추진하고, 위한) or punctuation, so 지방정부의 and 지방정부가 are one candidate
//!   and "지방정부 디지털 전환" is another.
//! - **Rank**: how much more often a phrase's words occur in the documents than in a general reference
//!   (Firefox's UI strings, `reference`), times how often the phrase occurs, with a preference for phrases of
//!   two to four words and for defined acronyms.

use crate::reference::Reference;
use crate::terms::{
    en_is_adjective, en_is_general, en_is_participle, en_is_stop, en_is_verb, english_key,
    is_acronym, ko_is_function, ko_is_general, ko_is_predicate, korean_stem, push_key, term_key,
    tokens, Lang, Token,
};
use booth_search::fold;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// A document's text and the name it is shown by.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// A line a candidate occurs in.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export, rename = "CandidateContext")]
pub struct Context {
    /// The document's name, as given in its [`Source`].
    pub document: String,
    pub line: String,
}

/// A term the documents use and the glossary lacks.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Candidate {
    /// As written most often in the documents (a defined acronym's expansion, when there is one).
    pub term: String,
    pub lang: Lang,
    /// What makes two spellings one ([`crate::term_key`]); dismissals are kept by it.
    pub key: String,
    /// The acronym the documents define for it (PPPs).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    pub count: u32,
    pub score: f64,
    /// Up to three lines it occurs in.
    pub contexts: Vec<Context>,
}

const MAX_CONTEXTS: usize = 3;
const EN_CONNECTORS: &[&str] = &["of", "for", "on", "and"];

#[derive(Default)]
struct Stat {
    lang: Option<Lang>,
    words: Vec<String>,
    forms: HashMap<String, u32>,
    count: u32,
    contexts: Vec<Context>,
    bare_acronym: bool,
    name: bool,
}

#[derive(Default)]
struct Miner {
    stats: HashMap<String, Stat>,
    word_counts: HashMap<(Lang, String), u32>,
    totals: HashMap<Lang, u64>,
    /// Acronym key → expansion key, and how many times it was defined (those mentions are the expansion's).
    definitions: HashMap<String, (String, u32)>,
}

/// The `limit` best candidates of `sources`, leaving out every term in `known` (the glossary's terms,
/// acronyms and other renderings in both languages, and what the user dismissed), compared by
/// [`crate::term_key`].
pub fn candidates(sources: &[Source], known: &[&str], limit: usize) -> Vec<Candidate> {
    let mut m = Miner::default();
    for s in sources {
        for line in s.text.lines() {
            m.line(s.name, line);
        }
    }
    m.finish(known, limit)
}

impl Miner {
    fn line(&mut self, doc: &str, line: &str) {
        let toks = tokens(line);
        if toks.is_empty() {
            return;
        }
        for t in &toks {
            let (lang, key) = if t.hangul {
                (Lang::Ko, korean_stem(t.raw).0)
            } else {
                (Lang::En, english_key(t.raw))
            };
            *self.word_counts.entry((lang, key)).or_default() += 1;
            *self.totals.entry(lang).or_default() += 1;
        }
        self.english(doc, line, &toks);
        self.korean(doc, line, &toks);
        self.definitions(line, &toks);
    }

    fn english(&mut self, doc: &str, line: &str, toks: &[Token]) {
        let mut chunk: Vec<usize> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if t.hangul {
                self.english_chunk(doc, line, toks, &chunk);
                chunk.clear();
                continue;
            }
            let folded = fold(t.raw);
            let capital = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| t.raw.chars().next().is_some_and(char::is_uppercase))
            };
            let connector = EN_CONNECTORS.contains(&folded.as_str())
                && !chunk.is_empty()
                && i > 0
                && capital(i - 1)
                && !toks[i - 1].stop_after
                && capital(i + 1);
            let digits = t.raw.chars().all(|c| c.is_ascii_digit() || c == '-');
            // "2030 Agenda for Sustainable Development": a year opens a name.
            let year =
                digits && t.raw.len() == 4 && chunk.is_empty() && capital(i + 1) && !t.stop_after;
            let breaks = !connector
                && !year
                && (en_is_stop(&folded) || digits || (en_is_verb(&folded) && !is_acronym(t.raw)));
            if breaks {
                self.english_chunk(doc, line, toks, &chunk);
                chunk.clear();
                continue;
            }
            chunk.push(i);
            if t.stop_after {
                self.english_chunk(doc, line, toks, &chunk);
                chunk.clear();
            }
        }
        self.english_chunk(doc, line, toks, &chunk);
    }

    fn english_chunk(&mut self, doc: &str, line: &str, toks: &[Token], chunk: &[usize]) {
        for a in 0..chunk.len() {
            for b in a..chunk.len().min(a + 6) {
                let words = &chunk[a..=b];
                let first = &toks[words[0]];
                let last = &toks[words[words.len() - 1]];
                let keys: Vec<String> = words.iter().map(|&i| english_key(toks[i].raw)).collect();
                let edge_ok = |k: &str, raw: &str| {
                    !EN_CONNECTORS.contains(&k)
                        && !en_is_general(k)
                        && (!k.ends_with("ly") || k.len() <= 4)
                        && !raw.ends_with("'s")
                        && !raw.ends_with("’s")
                };
                let lk = &keys[keys.len() - 1];
                if !edge_ok(&keys[0], first.raw)
                    || !edge_ok(lk, last.raw)
                    || (en_is_adjective(lk) && !is_acronym(last.raw))
                    || en_is_participle(lk)
                    || lk.chars().all(|c| c.is_ascii_digit())
                    || (words.len() == 1 && keys[0].chars().all(|c| c.is_ascii_digit()))
                {
                    continue;
                }
                if keys[0].ends_with("ing") && words.len() > 1 {
                    continue; // "strengthening public governance": a verb's -ing form heads no term
                }
                if keys
                    .iter()
                    .all(|k| en_is_general(k) || k.chars().all(|c| c.is_ascii_digit()))
                {
                    continue;
                }
                let single = words.len() == 1;
                if single
                    && !is_acronym(first.raw)
                    && (keys[0].chars().count() < 4 || keys[0].ends_with("ing"))
                {
                    continue;
                }
                let end = last.start + last.raw.len();
                let surface = &line[first.start..end];
                let key = keys.join(" ");
                let acronym = single && is_acronym(first.raw);
                let name = words.len() > 1
                    && words.iter().all(|&i| {
                        let r = toks[i].raw;
                        EN_CONNECTORS.contains(&r)
                            || r.chars().next().is_some_and(char::is_uppercase)
                    });
                let st = self.stats.entry(key).or_default();
                st.lang = Some(Lang::En);
                st.words = keys;
                st.bare_acronym = acronym;
                st.name |= name;
                note(st, doc, line, surface);
            }
        }
    }

    fn korean(&mut self, doc: &str, line: &str, toks: &[Token]) {
        // (token index, stem)
        let mut chunk: Vec<(usize, String)> = Vec::new();
        // The last chunk that ended right before "(": a Korean name an acronym in parentheses may define.
        let mut before_paren: Option<(usize, Vec<(usize, String)>)> = None;
        for (i, t) in toks.iter().enumerate() {
            if !t.hangul {
                let year = t.raw.len() == 4
                    && t.raw.chars().all(|c| c.is_ascii_digit())
                    && chunk.is_empty()
                    && !t.stop_after
                    && toks.get(i + 1).is_some_and(|n| n.hangul);
                if year {
                    chunk.push((i, t.raw.to_owned()));
                    continue;
                }
                if t.in_parens && is_acronym(t.raw) {
                    if let Some((end, name)) = before_paren.take().filter(|(e, _)| *e + 1 == i) {
                        let mut j = i;
                        while j < toks.len()
                            && toks[j].in_parens
                            && is_acronym(toks[j].raw)
                            && j - i < 3
                        {
                            j += 1;
                        }
                        let acr = &line[toks[i].start..toks[j - 1].start + toks[j - 1].raw.len()];
                        let key = ko_key(&name);
                        let _ = end;
                        let d = self
                            .definitions
                            .entry(term_key(acr))
                            .or_insert_with(|| (key, 0));
                        d.1 += 1;
                    }
                }
                self.korean_chunk(doc, line, toks, &chunk);
                chunk.clear();
                continue;
            }
            let (stem, stripped) = korean_stem(t.raw);
            if ko_is_predicate(t.raw)
                || ko_is_function(&stem)
                || ko_is_function(&fold(t.raw))
                || stem.chars().count() < 2
                || !stem
                    .chars()
                    .all(|c| booth_search::is_hangul(c) || c.is_ascii_digit())
            {
                self.korean_chunk(doc, line, toks, &chunk);
                chunk.clear();
                continue;
            }
            chunk.push((i, stem));
            if stripped || t.stop_after {
                if !stripped && line[t.start + t.raw.len()..].starts_with('(') {
                    before_paren = Some((i, chunk.clone()));
                }
                self.korean_chunk(doc, line, toks, &chunk);
                chunk.clear();
            }
        }
        self.korean_chunk(doc, line, toks, &chunk);
    }

    fn korean_chunk(&mut self, doc: &str, line: &str, toks: &[Token], chunk: &[(usize, String)]) {
        for a in 0..chunk.len() {
            for b in a..chunk.len().min(a + 4) {
                let words = &chunk[a..=b];
                let first = &toks[words[0].0];
                let (li, lstem) = &words[words.len() - 1];
                if lstem.chars().all(|c| c.is_ascii_digit())
                    || ko_is_general(lstem)
                    || ko_is_general(&words[0].1)
                {
                    continue;
                }
                let last = &toks[*li];
                // The surface ends where the last word's stem ends (지방정부의 → 지방정부).
                let stem_len: usize = last
                    .raw
                    .char_indices()
                    .nth(lstem.chars().count())
                    .map_or(last.raw.len(), |(b, _)| b);
                let surface = &line[first.start..last.start + stem_len];
                let key = ko_key(words);
                let st = self.stats.entry(key).or_default();
                st.lang = Some(Lang::Ko);
                st.words = words.iter().map(|(_, s)| s.clone()).collect();
                note(st, doc, line, surface);
            }
        }
    }

    /// "Korea Research Institute for Local Administration (KRILA)": an acronym in parentheses right after
    /// the words whose initials spell it.
    fn definitions(&mut self, line: &str, toks: &[Token]) {
        let mut i = 0;
        while i < toks.len() {
            let opens = toks[i].in_parens && (i == 0 || !toks[i - 1].in_parens);
            if !(opens && is_acronym(toks[i].raw)) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut letters = String::new();
            while j < toks.len() && toks[j].in_parens && is_acronym(toks[j].raw) && j - i < 3 {
                let r = toks[j].raw;
                letters.push_str(r.strip_suffix('s').unwrap_or(r));
                j += 1;
            }
            let letters: Vec<char> = letters
                .chars()
                .filter(|c| c.is_alphabetic())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            let acronym_raw = &line[toks[i].start..toks[j - 1].start + toks[j - 1].raw.len()];
            if let Some(start) = expansion_start(toks, i, &letters) {
                let first = &toks[start];
                let last = &toks[i - 1];
                let expansion = &line[first.start..last.start + last.raw.len()];
                let d = self
                    .definitions
                    .entry(term_key(acronym_raw))
                    .or_insert_with(|| (term_key(expansion), 0));
                d.1 += 1;
                // The expansion is a candidate even if a verb or a lowercase word broke its chunk.
                let keys: Vec<String> = toks[start..i].iter().map(|t| english_key(t.raw)).collect();
                let key = keys.join(" ");
                if !self.stats.contains_key(&key) {
                    let st = self.stats.entry(key).or_default();
                    st.lang = Some(Lang::En);
                    st.words = keys;
                    note(st, "", "", expansion);
                    st.contexts.clear();
                }
            }
            i = j;
        }
    }

    fn finish(self, known: &[&str], limit: usize) -> Vec<Candidate> {
        let Miner {
            mut stats,
            word_counts,
            totals,
            definitions,
        } = self;
        // Acronyms join their expansions: one candidate, counted by both.
        for (acr, (exp, defined)) in &definitions {
            if acr == exp {
                continue;
            }
            let Some(a) = stats.remove(acr) else { continue };
            if let Some(e) = stats.get_mut(exp) {
                e.count += a.count.saturating_sub(*defined);
                e.forms
                    .insert(format!("\u{0}{}", best_form(&a.forms)), u32::MAX);
                for c in a.contexts {
                    if e.contexts.len() < MAX_CONTEXTS && !e.contexts.contains(&c) {
                        e.contexts.push(c);
                    }
                }
            } else {
                stats.insert(acr.clone(), a);
            }
        }
        // A phrase is counted where it stands alone, not inside a longer candidate (C-value's idea): each
        // candidate one word longer takes its occurrences from its two sub-phrases.
        let mut inside: HashMap<String, u32> = HashMap::new();
        for (key, st) in &stats {
            let n = st.words.len();
            if n < 2 {
                continue;
            }
            let mut subs = HashSet::new();
            for w in [&st.words[..n - 1], &st.words[1..]] {
                let sub = match st.lang {
                    Some(Lang::Ko) => ko_key(&w.iter().map(|s| (0, s.clone())).collect::<Vec<_>>()),
                    _ => w.join(" "),
                };
                if sub != *key {
                    subs.insert(sub);
                }
            }
            for sub in subs {
                *inside.entry(sub).or_default() += st.count;
            }
        }
        let known_keys: Vec<String> = known
            .iter()
            .map(|k| term_key(k))
            .filter(|k| !k.is_empty())
            .collect();
        let known_set: HashSet<&str> = known_keys.iter().map(String::as_str).collect();
        let en_ref = Reference::english();
        let ko_ref = Reference::korean();
        let mut out: Vec<Candidate> = Vec::new();
        for (key, st) in stats {
            let lang = st.lang.unwrap_or(Lang::En);
            let alone = st
                .count
                .saturating_sub(inside.get(&key).copied().unwrap_or(0));
            if alone == 0 {
                continue;
            }
            if st.words.len() == 1
                && lang == Lang::En
                && en_is_adjective(&st.words[0])
                && !st.bare_acronym
            {
                continue;
            }
            let acronym_form = st
                .forms
                .keys()
                .find_map(|f| f.strip_prefix('\u{0}'))
                .map(str::to_owned);
            if known_set.contains(key.as_str())
                || acronym_form
                    .as_deref()
                    .is_some_and(|a| known_set.contains(term_key(a).as_str()))
                || known_keys.iter().any(|k| contains_words(k, &key, lang))
            {
                continue;
            }
            let (reference, total) = match lang {
                Lang::En => (en_ref, totals.get(&Lang::En).copied().unwrap_or(1)),
                Lang::Ko => (ko_ref, totals.get(&Lang::Ko).copied().unwrap_or(1)),
            };
            let specs: Vec<f64> = st
                .words
                .iter()
                .filter(|w| !EN_CONNECTORS.contains(&w.as_str()))
                .map(|w| {
                    if (lang == Lang::En && en_is_general(w))
                        || (lang == Lang::Ko && ko_is_general(w))
                    {
                        return 0.0;
                    }
                    let doc = f64::from(*word_counts.get(&(lang, w.clone())).unwrap_or(&1))
                        / total as f64;
                    let general = (f64::from(reference.count(w)) + 0.5) / reference.total as f64;
                    (doc / general).ln().max(0.0)
                })
                .collect();
            let spec = specs.iter().sum::<f64>() / specs.len().max(1) as f64;
            let n = st.words.len();
            let shape = match (lang, n) {
                (Lang::En, 1) if st.bare_acronym => 0.8,
                (Lang::En, 1) => 0.3,
                (Lang::En, 2) => 1.0,
                (Lang::En, 3) => 1.1,
                (Lang::En, 4) => 1.05,
                (Lang::En, _) => 0.85,
                (Lang::Ko, 1) => match st.words[0].chars().count() {
                    0..=2 => 0.2,
                    3 => 0.4,
                    _ => 0.6,
                },
                (Lang::Ko, 2 | 3) => 1.0,
                (Lang::Ko, _) => 0.8,
            };
            let defined = if acronym_form.is_some() { 1.4 } else { 1.0 };
            let name = if st.name { 1.1 } else { 1.0 };
            let score = (1.0 + f64::from(alone).ln()) * spec * shape * defined * name;
            if score <= 0.0 {
                continue;
            }
            let term = best_form(&st.forms);
            out.push(Candidate {
                term,
                lang,
                key,
                acronym: acronym_form,
                count: st.count,
                score: (score * 1000.0).round() / 1000.0,
                contexts: st.contexts,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.term.cmp(&b.term))
        });
        out.truncate(limit);
        out
    }
}

/// The key of Korean words (a year among them stays apart, as [`term_key`] writes it).
fn ko_key(words: &[(usize, String)]) -> String {
    let mut key = String::new();
    let mut prev = None;
    for (_, s) in words {
        let hangul = s.chars().any(booth_search::is_hangul);
        push_key(&mut key, s, hangul, prev);
        prev = Some(hangul);
    }
    key
}

/// The first word index where words before `paren` spell `letters` by their initials (hyphenated words
/// give one initial per part, acronyms all their letters; "of", "for", "and", "on", "the", "in" may be
/// skipped).
fn expansion_start(toks: &[Token], paren: usize, letters: &[char]) -> Option<usize> {
    if letters.len() < 2 || paren == 0 {
        return None;
    }
    let mut need = letters.len();
    let mut k = paren;
    while k > 0 && paren - k < 14 {
        k -= 1;
        let t = &toks[k];
        if t.in_parens || t.hangul || (t.stop_after && k + 1 != paren) {
            return None;
        }
        let f = fold(t.raw);
        if ["of", "for", "and", "on", "the", "in", "&"].contains(&f.as_str()) {
            continue;
        }
        let initials: Vec<char> = if is_acronym(t.raw) {
            t.raw
                .strip_suffix('s')
                .unwrap_or(t.raw)
                .chars()
                .filter(|c| c.is_alphabetic())
                .collect()
        } else {
            t.raw
                .split(['-', '‐'])
                .filter_map(|p| p.chars().next())
                .filter(|c| c.is_alphabetic())
                .map(|c| c.to_ascii_uppercase())
                .collect()
        };
        if initials.len() > need || letters[need - initials.len()..need] != initials[..] {
            return None;
        }
        need -= initials.len();
        if need == 0 {
            return Some(k);
        }
    }
    None
}

/// Whether the known term `known` contains the candidate `cand` as whole words (English) or as a part
/// (Korean, where words join without spaces in keys).
fn contains_words(known: &str, cand: &str, lang: Lang) -> bool {
    match lang {
        Lang::Ko => known.contains(cand),
        Lang::En => {
            let k: Vec<&str> = known.split(' ').collect();
            let c: Vec<&str> = cand.split(' ').collect();
            c.len() <= k.len() && k.windows(c.len()).any(|w| w == c.as_slice())
        }
    }
}

fn note(st: &mut Stat, doc: &str, line: &str, surface: &str) {
    st.count += 1;
    *st.forms.entry(surface.to_owned()).or_default() += 1;
    if st.contexts.len() < MAX_CONTEXTS {
        let line = line.trim();
        let c = Context {
            document: doc.to_owned(),
            line: clip(line, surface),
        };
        if !line.is_empty() && !st.contexts.contains(&c) {
            st.contexts.push(c);
        }
    }
}

/// The sentence of `line` that holds `surface`, cut to about 240 characters around it if still longer.
fn clip(line: &str, surface: &str) -> String {
    const WIDTH: usize = 240;
    if line.chars().count() <= WIDTH {
        return line.to_owned();
    }
    let at = line.find(surface).unwrap_or(0);
    let ends = |i: usize| {
        let b = line.as_bytes();
        matches!(b[i], b'.' | b'?' | b'!' | b';') && b.get(i + 1).is_some_and(|c| *c == b' ')
    };
    let start = (0..at).rev().find(|&i| ends(i)).map_or(0, |i| i + 2);
    let end = (at + surface.len()..line.len())
        .find(|&i| ends(i))
        .map_or(line.len(), |i| i + 1);
    let line = &line[start..end];
    let at = line.find(surface).unwrap_or(0);
    let before: Vec<(usize, char)> = line[..at].char_indices().collect();
    let start = before
        .len()
        .checked_sub(WIDTH / 3)
        .map_or(0, |i| before[i].0);
    let rest = &line[start..];
    let end = rest
        .char_indices()
        .nth(WIDTH)
        .map_or(rest.len(), |(b, _)| b);
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.push_str(&rest[..end]);
    if start + end < line.len() {
        s.push('…');
    }
    s
}

/// The spelling used most; among equals the one with the fewest capitals (a sentence's first word is
/// capitalised by position, not because it is a name), then the first in order.
fn best_form(forms: &HashMap<String, u32>) -> String {
    let mut v: Vec<(&String, &u32)> = forms
        .iter()
        .filter(|(f, _)| !f.starts_with('\u{0}'))
        .collect();
    v.sort_by(|a, b| {
        b.1.cmp(a.1)
            .then_with(|| caps(a.0).cmp(&caps(b.0)))
            .then_with(|| a.0.cmp(b.0))
    });
    v.first().map(|(f, _)| (*f).clone()).unwrap_or_default()
}

fn caps(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, known: &[&str]) -> Vec<Candidate> {
        candidates(&[Source { name: "t", text }], known, 50)
    }

    #[test]
    fn acronyms_join_their_expansions() {
        let c = terms(
            "Public-Private-People Partnerships (PPPPs) at the local level matter.\nPPPPs need funding.\nThe Korea Research Institute for Local Administration (KRILA) leads.",
            &[],
        );
        let p = c
            .iter()
            .find(|c| c.acronym.as_deref() == Some("PPPPs"))
            .expect("PPPPs");
        assert_eq!(p.term, "Public-Private-People Partnerships");
        assert_eq!(p.count, 2);
        let k = c
            .iter()
            .find(|c| c.acronym.as_deref() == Some("KRILA"))
            .expect("KRILA");
        assert_eq!(k.term, "Korea Research Institute for Local Administration");
        assert!(!c.iter().any(|c| c.term == "PPPPs"));
    }

    #[test]
    fn korean_particles_fold_into_one_candidate() {
        let c = terms(
            "지방정부의 디지털 전환이 필요합니다.\n지방정부가 디지털 전환을 추진하고 있습니다.\n지방정부는 주민과 함께합니다.",
            &[],
        );
        let d = c
            .iter()
            .find(|c| c.key == "디지털전환")
            .expect("디지털 전환");
        assert_eq!(d.term, "디지털 전환");
        assert_eq!(d.count, 2);
        let g = c.iter().find(|c| c.key == "지방정부").expect("지방정부");
        assert_eq!(g.count, 3);
    }

    #[test]
    fn known_terms_and_their_parts_are_left_out() {
        let text = "Local governments lead digital transformation.\nLocal governments and digital transformation strategies.";
        let all = terms(text, &[]);
        assert!(all.iter().any(|c| c.key == "local government"));
        let c = terms(
            text,
            &["local government", "digital transformation strategy"],
        );
        assert!(!c
            .iter()
            .any(|c| c.key == "local government" || c.key == "government"));
        assert!(!c.iter().any(|c| c.key == "digital transformation strategy"));
    }
}
