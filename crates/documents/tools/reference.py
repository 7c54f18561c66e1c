#!/usr/bin/env python3
"""Derives the general-reference word counts in ../data/ from Firefox's UI strings (MPL-2.0).

Usage: python3 tools/reference.py /work/shared/corpora/firefox-l10n
Writes data/reference-en.txt and data/reference-ko.txt: "word<TAB>count", most frequent first, words seen
at least twice. Only message values are counted (ids, comments, placeables and markup are dropped).
"""
import collections, pathlib, re, sys

root = pathlib.Path(sys.argv[1])
out = pathlib.Path(__file__).resolve().parent.parent / "data"
placeable = re.compile(r"\{[^{}]*\}")
markup = re.compile(r"<[^<>]*>")
word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

for lang in ("en-US", "ko"):
    counts = collections.Counter()
    for f in sorted((root / lang).rglob("*.ftl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if re.match(r"^-?[A-Za-z][\w-]*\s*=", line):
                value = line.split("=", 1)[1]
            elif line.startswith(" ") and not line.strip().startswith(("[", "*[", "}", ".")):
                value = line
            elif re.match(r"^\s+\.[\w-]+\s*=", line):
                value = line.split("=", 1)[1]
            else:
                continue
            for _ in range(3):
                value = placeable.sub(" ", value)
            value = markup.sub(" ", value)
            for w in word.findall(value):
                if any(c.isdigit() for c in w):
                    continue
                counts[w.lower() if lang == "en-US" else w] += 1
    name = "en" if lang == "en-US" else "ko"
    with open(out / f"reference-{name}.txt", "w", encoding="utf-8") as fh:
        fh.write(f"# Word counts from Firefox's {lang} UI strings (MPL-2.0; see data/README.md)\n")
        for w, c in counts.most_common():
            if c >= 2:
                fh.write(f"{w}\t{c}\n")
    print(name, len(counts), sum(counts.values()))
