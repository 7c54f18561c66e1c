# Strings of the glossary region.

## Glossary

glossary-search =
    .placeholder = Search English or 한국어…
    .aria-label = Search the glossary
glossary-results = { $count ->
        [one] { $count } concept
       *[other] { $count } concepts
    }
glossary-no-results = No concept matches “{ $query }”
glossary-loading = Loading the glossary… The agenda and speakers are ready.
# While a big pack's glossary loads, what is being done ($step: restoring, parsing, concepts, indexing,
# saving, reading) and, where it can be counted, how much of it ($percent, a whole number 0–100).
glossary-opening-step = { $step ->
        [restoring] Reading the saved copy
        [parsing] Reading the glossary files
        [concepts] Reading the concepts
        [indexing] Building the search index
        [saving] Saving a copy for a faster next start
       *[other] Reading the pack
    }
glossary-opening-counted = { glossary-opening-step }: { $percent }%
glossary-session = { $count ->
        [one] { $count } concept of this session
       *[other] { $count } concepts of this session
    }
glossary-session-capped = First { $shown } of this session’s { $count } concepts — type to search
glossary-all-capped = First { $shown } of { $count } concepts — type to search
glossary-keys = / or Ctrl+F search · ↑↓ move · Enter pin · Esc clear
glossary-abbr = Abbreviation
glossary-alt = Other renderings
glossary-note = Note
glossary-pin = Pin as booth card
glossary-unpin = Close the booth card
glossary-card = Booth card
glossary-edit = Edit
    .title = Edit this concept in Organize
# How a result matched, shown beside it when it is not a plain match of the text.
glossary-kind = { $kind ->
        [acronym] acronym
        [initials] initials
        [substring] inside a word
        [typo] typo
        [note] in the note
        [particle] without particle
       *[other] { $kind }
    }

# Shown beside a rendering whose entry carries `# UNVERIFIED` in the pack (an institution's Korean name
# that could not be confirmed from an official source).
glossary-unverified = Unofficial
    .title = No official rendering in this language could be confirmed; check before relying on it.
