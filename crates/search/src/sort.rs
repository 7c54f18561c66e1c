//! Sorting many short strings fast, for the index build.
//!
//! The index keeps several arrays sorted by text (keys, word starts, initials). A comparison sort calls
//! `memcmp` through two indirections per comparison, and at 100,000 concepts that alone took most of the
//! build budget. This is a most-significant-digit radix sort whose digits are 8-byte big-endian chunks:
//! each level sorts plain `(u64, u32)` pairs (which the standard library's unstable sort does very fast) and
//! recurses only into runs that share a chunk and go on. Texts never contain NUL (folded text is letters and
//! digits only), so zero padding sorts a string before its extensions, exactly like byte order.

/// Sorts `ids` by `text(id)` (byte order), ties by id. `text` must not contain NUL bytes.
pub(crate) fn sort_by_text<'a>(ids: &mut [u32], text: &(impl Fn(u32) -> &'a [u8] + ?Sized)) {
    let mut scratch = Vec::with_capacity(ids.len());
    level(ids, text, 0, &mut scratch);
}

/// The first 16 bytes of a text as two sort digits, taken while the caller walks its texts in memory order
/// (so the first sorting pass touches no text at random).
pub(crate) fn head(t: &[u8]) -> (u64, u64) {
    (chunk(t, 0), chunk(t, 8))
}

/// Sorts `(head, id)` entries (heads from [`head`]) by the full `text(id)`, ties by id, and returns the ids.
pub(crate) fn sort_with_heads<'a>(
    mut entries: Vec<((u64, u64), u32)>,
    text: &(impl Fn(u32) -> &'a [u8] + ?Sized),
) -> Vec<u32> {
    entries.sort_unstable();
    let mut ids: Vec<u32> = entries.iter().map(|e| e.1).collect();
    let mut scratch = Vec::new();
    let mut s = 0;
    while s < entries.len() {
        let mut e = s + 1;
        while e < entries.len() && entries[e].0 == entries[s].0 {
            e += 1;
        }
        if e - s > 1 && ids[s..e].iter().any(|&i| text(i).len() > 16) {
            level(&mut ids[s..e], text, 16, &mut scratch);
        }
        s = e;
    }
    ids
}

fn chunk(t: &[u8], depth: usize) -> u64 {
    let mut b = [0u8; 8];
    if let Some(rest) = t.get(depth..) {
        let n = rest.len().min(8);
        b[..n].copy_from_slice(&rest[..n]);
    }
    u64::from_be_bytes(b)
}

fn level<'a>(
    ids: &mut [u32],
    text: &(impl Fn(u32) -> &'a [u8] + ?Sized),
    depth: usize,
    scratch: &mut Vec<(u64, u32)>,
) {
    if ids.len() < 2 {
        return;
    }
    if ids.len() <= 24 {
        ids.sort_unstable_by(|&a, &b| {
            let (ta, tb) = (text(a), text(b));
            ta.get(depth..)
                .unwrap_or(&[])
                .cmp(tb.get(depth..).unwrap_or(&[]))
                .then(a.cmp(&b))
        });
        return;
    }
    scratch.clear();
    scratch.extend(ids.iter().map(|&i| (chunk(text(i), depth), i)));
    scratch.sort_unstable();
    for (slot, &(_, i)) in ids.iter_mut().zip(scratch.iter()) {
        *slot = i;
    }
    // Runs sharing this chunk, where some text goes on past it, need the next chunk.
    let chunks: Vec<u64> = scratch.iter().map(|e| e.0).collect();
    let mut s = 0;
    while s < ids.len() {
        let mut e = s + 1;
        while e < ids.len() && chunks[e] == chunks[s] {
            e += 1;
        }
        if e - s > 1 && ids[s..e].iter().any(|&i| text(i).len() > depth + 8) {
            level(&mut ids[s..e], text, depth + 8, scratch);
        }
        s = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_comparison_sort() {
        let words: Vec<String> = (0..500u32)
            .map(|i| {
                let stem = [
                    "development",
                    "develop",
                    "dev",
                    "developmentgoals",
                    "지속가능발전",
                    "지속",
                ];
                format!(
                    "{}{}",
                    stem[(i % 6) as usize],
                    "x".repeat((i % 13) as usize)
                )
            })
            .collect();
        let text = |i: u32| words[i as usize].as_bytes();
        let mut ids: Vec<u32> = (0..500).collect();
        sort_by_text(&mut ids, &text);
        let mut expected: Vec<u32> = (0..500).collect();
        expected.sort_by(|&a, &b| text(a).cmp(text(b)).then(a.cmp(&b)));
        assert_eq!(ids, expected);
        let heads: Vec<((u64, u64), u32)> = (0..500u32).map(|i| (head(text(i)), i)).collect();
        assert_eq!(sort_with_heads(heads, &text), expected);
    }
}
