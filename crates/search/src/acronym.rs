//! Acronyms of multi-word text, in one place because both sides need the same forms: the build indexes
//! the initials of every key (SDGs → Sustainable Development Goals), and a multi-word query is looked up
//! by its own initials (→ SDGs).

use crate::text::Folded;

/// English words left out of acronyms ("Organisation for Economic Co-operation and Development" → OECD).
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// Sets `out` to the acronyms a multi-word text may go by: initials of every word or of every word but
/// stopwords, with hyphenated compounds counted as one word or as several (PPPP = Public-Private-People
/// Partnerships, but OECD = … Co-operation …). Korean text has no such acronyms. `out`'s strings are
/// reused, since the build calls this for every key.
pub(crate) fn acronym_forms(f: &Folded, out: &mut Vec<String>) {
    let n = f.word_starts.len();
    let mut k = 0;
    if n >= 2 && !f.hangul {
        for joined_as_one in [false, true] {
            for skip_stop in [false, true] {
                if out.len() <= k {
                    out.push(String::new());
                }
                let mut s = std::mem::take(&mut out[k]);
                s.clear();
                for i in 0..n {
                    if joined_as_one && f.joined[i] {
                        continue;
                    }
                    let w = &f.compact[f.word(i)];
                    if skip_stop && STOPWORDS.contains(&w) {
                        continue;
                    }
                    s.extend(w.chars().next());
                }
                let fresh = s.chars().count() >= 2 && !out[..k].contains(&s);
                out[k] = s;
                if fresh {
                    k += 1;
                }
            }
        }
    }
    out.truncate(k);
}
