//! A pack file's text as loaded, kept LZ4-compressed while nothing needs it.
//!
//! The editor keeps every file's text as it was loaded (or last saved): it is the base of the three-way
//! merge when the disk changes under unsaved edits, and the undo of a whole file. It is read only by an
//! edit, a save, a reload or a merge, yet it lives as long as the pack is open — 12.7 MB of Fluent text at
//! rest with a 100,000-concept pack, 127 MB with a million (issue 16). Packed it costs a third of that (the
//! 100k pack's two files: 7.6 MB → 2.3 MB and 5.1 MB → 1.8 MB), and packing or unpacking a file of that
//! size takes 6 to 15 ms (release build).

/// A text, compressed. Equal texts give equal bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PackedText {
    /// The text's length in bytes, so a differing text is usually told apart without unpacking.
    len: usize,
    bytes: Box<[u8]>,
}

impl PackedText {
    pub(super) fn pack(text: &str) -> PackedText {
        PackedText {
            len: text.len(),
            bytes: lz4_flex::block::compress(text.as_bytes()).into_boxed_slice(),
        }
    }

    pub(super) fn unpack(&self) -> String {
        // Both can only fail on bytes `pack` did not write, which nothing else can reach.
        let bytes = lz4_flex::block::decompress(&self.bytes, self.len)
            .expect("packed text unpacks: written by PackedText::pack");
        String::from_utf8(bytes).expect("packed text is UTF-8: packed from a str")
    }

    /// Whether `text` is the packed text.
    pub(super) fn is(&self, text: &str) -> bool {
        self.len == text.len() && self.unpack() == text
    }

    /// Bytes held.
    #[cfg(test)]
    pub(super) fn packed_len(&self) -> usize {
        self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::PackedText;

    #[test]
    fn unpacks_to_the_same_text() {
        for text in [
            "",
            "a",
            "concept-c0 = 혁신적 지표 관광\n    .alt = 혁신적지표관광\n",
            &"concept-c1 = Integrity Government\n".repeat(1000),
        ] {
            let p = PackedText::pack(text);
            assert_eq!(p.unpack(), text);
            assert!(p.is(text));
            assert!(!p.is(&format!("{text} ")));
        }
    }

    #[test]
    fn tells_a_same_length_text_apart() {
        let p = PackedText::pack("concept-a = one\n");
        assert!(!p.is("concept-a = two\n"));
    }

    #[test]
    fn repetitive_text_packs_smaller() {
        let text = "concept-c1 = Integrity Government\n    .note = Not to be confused with local indicator.\n"
            .repeat(2000);
        let p = PackedText::pack(&text);
        assert!(
            p.packed_len() * 4 < text.len(),
            "{} of {}",
            p.packed_len(),
            text.len()
        );
    }
}
