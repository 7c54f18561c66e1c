//! Term pairs from a document that exists in both languages (a speech and its translation, slides in
//! English and Korean): the English candidate terms and the Korean ones that keep occurring in the same
//! aligned sentences.
//!
//! 1. **Sentences** are split at line breaks and at sentence-final punctuation.
//! 2. **Alignment** is Gale & Church's length-based dynamic programme ("A Program for Aligning Sentences
//!    in Bilingual Corpora", Computational Linguistics 19(1), 1993): beads of 1–1, 1–0, 0–1, 2–1, 1–2 and
//!    2–2 sentences, each costed by how far the Korean length is from the English length times the ratio
//!    of the two texts' lengths (Korean is written in fewer characters; the ratio is measured on the pair
//!    itself, not assumed), with the paper's priors and variance. No crate on crates.io implements it.
//! 3. **Pairs**: for each English candidate and each Korean candidate ([`crate::candidates`]), the beads
//!    holding each and both; Dice's coefficient 2·both / (english + korean). A pair is proposed only when
//!    each is the other's best match by a clear margin and they share at least two beads: a proposal is a suggestion
//!    for the interpreter to confirm, and a wrong one costs more than a missing one. Terms said once, in
//!    the same sentence as others said once, tie and are not proposed; breaking such ties by where the
//!    terms stand in their sentences was tried and proposed wrong pairs (Korean puts an "including" list
//!    before the clause English puts first), so the aligned sentences themselves are the help there.

use crate::candidates::{candidates, Source};
use crate::terms::{term_key, Lang};
use serde::Serialize;
use std::collections::HashSet;
use ts_rs::TS;

/// An English term and the Korean term its translation uses.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "TermPair")]
pub struct Pair {
    pub en: String,
    pub ko: String,
    /// Aligned sentence pairs holding both.
    pub together: u32,
    /// Dice's coefficient over aligned sentence pairs (1.0: always together, never apart).
    pub score: f64,
    /// One aligned sentence pair holding both, English first.
    pub example: (String, String),
}

/// The sentences of a text: its lines, cut after `.`, `!`, `?` (and their full-width forms) that end a
/// word; empty ones dropped.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            // "3.5" stays whole (a period followed by a letter or digit is inside a word), and so do
            // abbreviations: "U.N." (a period inside the word) and titles before a name.
            let ends = matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
                && chars.get(i + 1).is_none_or(|n| n.1.is_whitespace())
                && !(c == '.' && abbreviation(&line[start..at]));
            if ends {
                let end = at + c.len_utf8();
                push_sentence(&mut out, &line[start..end]);
                start = end;
            }
        }
        push_sentence(&mut out, &line[start..]);
    }
    out
}

/// Whether the word that ends `before` (a period follows it) is an abbreviation.
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default();
    word.contains('.')
        || matches!(
            word,
            "Dr" | "Mr"
                | "Mrs"
                | "Ms"
                | "Prof"
                | "St"
                | "No"
                | "Vol"
                | "vs"
                | "etc"
                | "e.g"
                | "i.e"
        )
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if s.chars().any(char::is_alphanumeric) {
        out.push(s.to_owned());
    }
}

/// One step of an alignment: `en` sentences matched with `ko` sentences (either may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bead {
    pub en: std::ops::Range<usize>,
    pub ko: std::ops::Range<usize>,
}

/// Bead shapes and their prior probabilities (Gale & Church 1993, table 5).
const SHAPES: [(usize, usize, f64); 6] = [
    (1, 1, 0.89),
    (1, 0, 0.0099),
    (0, 1, 0.0099),
    (2, 1, 0.089),
    (1, 2, 0.089),
    (2, 2, 0.011),
];
/// Variance of the length difference per character (the paper's s² = 6.8).
const VARIANCE: f64 = 6.8;

/// Aligns two lists of sentence lengths (in characters, spaces excluded) by Gale & Church's method.
pub fn align(en: &[usize], ko: &[usize]) -> Vec<Bead> {
    let (n, m) = (en.len(), ko.len());
    let total_en: usize = en.iter().sum();
    let total_ko: usize = ko.iter().sum();
    // Korean characters per English character, from the two texts themselves.
    let ratio = if total_en == 0 {
        1.0
    } else {
        (total_ko.max(1) as f64) / total_en as f64
    };
    let cost = |le: usize, lk: usize, prior: f64| -> f64 {
        let mean = (le as f64 + lk as f64 / ratio) / 2.0;
        let z = if mean == 0.0 {
            0.0
        } else {
            (le as f64 * ratio - lk as f64) / (ratio * VARIANCE * mean).sqrt()
        };
        // −log of the prior times the two-tailed probability of so large a difference.
        let p = (2.0 * (1.0 - normal_cdf(z.abs()))).max(1e-300);
        -(prior.ln() + p.ln())
    };
    let mut best = vec![vec![f64::INFINITY; m + 1]; n + 1];
    let mut from = vec![vec![(0usize, 0usize); m + 1]; n + 1];
    best[0][0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if i == 0 && j == 0 {
                continue;
            }
            for &(di, dj, prior) in &SHAPES {
                if di > i || dj > j {
                    continue;
                }
                let before = best[i - di][j - dj];
                if !before.is_finite() {
                    continue;
                }
                let le: usize = en[i - di..i].iter().sum();
                let lk: usize = ko[j - dj..j].iter().sum();
                let c = before + cost(le, lk, prior);
                if c < best[i][j] {
                    best[i][j] = c;
                    from[i][j] = (di, dj);
                }
            }
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = from[i][j];
        beads.push(Bead {
            en: i - di..i,
            ko: j - dj..j,
        });
        i -= di;
        j -= dj;
    }
    beads.reverse();
    beads
}

/// The standard normal distribution function (Abramowitz & Stegun 26.2.17, error below 7.5e-8).
fn normal_cdf(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.231_641_9 * x.abs());
    let poly = t
        * (0.319_381_530
            + t * (-0.356_563_782
                + t * (1.781_477_937 + t * (-1.821_255_978 + t * 1.330_274_429))));
    let tail = (-x * x / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt() * poly;
    if x >= 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Term pairs from `en` and its Korean version `ko`, best first, leaving out terms in `known` (as
/// [`crate::candidates`] does). At most `limit`.
pub fn pairs(en: Source, ko: Source, known: &[&str], limit: usize) -> Vec<Pair> {
    let en_sentences = sentences(en.text);
    let ko_sentences = sentences(ko.text);
    let en_lens: Vec<usize> = en_sentences.iter().map(|s| letters(s)).collect();
    let ko_lens: Vec<usize> = ko_sentences.iter().map(|s| letters(s)).collect();
    let beads = align(&en_lens, &ko_lens);
    let text_of = |sents: &[String], r: &std::ops::Range<usize>| sents[r.clone()].join(" ");
    let bead_texts: Vec<(String, String)> = beads
        .iter()
        .map(|b| (text_of(&en_sentences, &b.en), text_of(&ko_sentences, &b.ko)))
        .collect();
    let bead_keys: Vec<(String, String)> = bead_texts
        .iter()
        .map(|(e, k)| (format!(" {} ", term_key(e)), term_key(k)))
        .collect();

    const PER_SIDE: usize = 80;
    let terms = |src: Source, lang: Lang| -> Vec<(String, String)> {
        candidates(&[src], known, PER_SIDE)
            .into_iter()
            .filter(|c| c.lang == lang)
            .map(|c| (c.term, c.key))
            .collect()
    };
    let en_terms = terms(en, Lang::En);
    let ko_terms = terms(ko, Lang::Ko);
    // Which beads hold each term: English keys as whole words, Korean keys inside the joined stems
    // (Korean spacing varies, so the key has none).
    let en_in: Vec<HashSet<usize>> = en_terms
        .iter()
        .map(|(_, key)| {
            let key = format!(" {key} ");
            (0..beads.len())
                .filter(|&b| bead_keys[b].0.contains(&key))
                .collect()
        })
        .collect();
    let ko_in: Vec<HashSet<usize>> = ko_terms
        .iter()
        .map(|(_, key)| {
            let key = key.replace(' ', "");
            (0..beads.len())
                .filter(|&b| bead_keys[b].1.replace(' ', "").contains(&key))
                .collect()
        })
        .collect();
    let dice = |e: usize, k: usize| -> (f64, u32) {
        let both = en_in[e].intersection(&ko_in[k]).count();
        let sum = en_in[e].len() + ko_in[k].len();
        if sum == 0 {
            (0.0, 0)
        } else {
            (2.0 * both as f64 / sum as f64, both as u32)
        }
    };
    // The unique best partner, clear of the runner-up, or None.
    const MARGIN: f64 = 0.05;
    let best = |scores: &mut dyn Iterator<Item = (usize, f64)>| -> Option<usize> {
        let mut ranked: Vec<(usize, f64)> = scores.filter(|&(_, s)| s > 0.0).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        match ranked.as_slice() {
            [] => None,
            [(i, _)] => Some(*i),
            [(i, a), (_, b), ..] => (a - b >= MARGIN).then_some(*i),
        }
    };
    let mut out = Vec::new();
    for e in 0..en_terms.len() {
        let Some(k) = best(&mut (0..ko_terms.len()).map(|k| (k, dice(e, k).0))) else {
            continue;
        };
        if best(&mut (0..en_terms.len()).map(|e2| (e2, dice(e2, k).0))) != Some(e) {
            continue;
        }
        let (score, together) = dice(e, k);
        // Once together is chance as often as translation: what is left of a sentence pair after the
        // known terms pair up anything.
        if together < 2 {
            continue;
        }
        let Some(&first) = en_in[e].intersection(&ko_in[k]).min() else {
            continue;
        };
        out.push(Pair {
            en: en_terms[e].0.clone(),
            ko: ko_terms[k].0.clone(),
            together,
            score,
            example: bead_texts[first].clone(),
        });
    }
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.together.cmp(&a.together))
            .then_with(|| a.en.cmp(&b.en))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_final_punctuation_not_inside_words() {
        assert_eq!(
            sentences("The U.N. met Prof. Kim. It grew 3.5 percent!\n지방정부가 참여했다. 좋다"),
            [
                "The U.N. met Prof. Kim.",
                "It grew 3.5 percent!",
                "지방정부가 참여했다.",
                "좋다"
            ]
        );
    }

    #[test]
    fn alignment_pairs_sentences_of_proportional_length_and_finds_a_merge() {
        // Korean at half the English length; the third English sentence was translated as two.
        let en = [40, 80, 60, 100];
        let ko = [20, 40, 14, 16, 50];
        let beads = align(&en, &ko);
        let shape: Vec<(usize, usize)> = beads.iter().map(|b| (b.en.len(), b.ko.len())).collect();
        assert_eq!(shape, [(1, 1), (1, 1), (1, 2), (1, 1)]);
        assert_eq!(beads[2].ko, 2..4);
    }

    #[test]
    fn the_normal_distribution_function_is_right_to_six_places() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_cdf(1.96) - 0.975_002).abs() < 1e-6);
        assert!((normal_cdf(-1.0) - 0.158_655).abs() < 1e-6);
    }
}
