# The Prep view's documents (speakers' slides, papers and scripts), candidate terms and drill.
# Variables: $count, $unit, $read, $total, $seen, $cards are numbers; $units is a list of page numbers;
# $detail is Booth's own explanation (it names the file); $term is a term from a document; $score a number.

## Modes of the Prep view

prep-modes = What to prepare
prep-mode-session = People and terms
prep-mode-documents = Documents
prep-mode-drill = Drill
prep-whole-pack = Whole pack (all sessions)

## Documents

doc-documents = Documents
doc-add = Add document…
doc-drop = or drop files on the window
doc-none = No documents for this session yet. Add the speakers' slides, papers or scripts (PDF, Word, PowerPoint, text).
doc-format-pdf = PDF
doc-format-docx = Word
doc-format-pptx = PowerPoint
doc-format-text = Text
doc-warn-unreadable = Page or slide { $unit } could not be read.
doc-warn-no-text = { $count ->
    [one] Page { $units } has no text layer (a scan?): its words are missing.
   *[other] Pages { $units } have no text layer (scans?): their words are missing.
}
doc-warn-truncated = Only the first { $read } of { $total } pages were read (the document is too long).
doc-warn-encoding = Some characters could not be decoded and were replaced.
doc-error-read-only = Documents are kept in the pack's folder: open a pack folder (or copy the built-in pack into one) to add documents.
doc-error-document = This document gives no text: { $detail }
doc-error-exists = Another document of that name is already in the pack, so nothing was replaced: { $detail }
doc-error-other = { $detail }

## Reading a document

doc-read-terms = { $count ->
    [one] { $count } glossary term
   *[other] { $count } glossary terms
}
doc-read-people = { $count ->
    [one] { $count } name
   *[other] { $count } names
}
doc-read-numbers = { $count ->
    [one] { $count } number
   *[other] { $count } numbers
}
doc-show-card = Show this person's card
doc-close-card = Close card
doc-pairs = Term pairs with its translation
doc-pairs-other = The same document in the other language:
doc-pairs-none = No term pairs found: no new term of one keeps to the same sentences as one of the other.
doc-pairs-together = { $count ->
    [one] together in { $count } sentence
   *[other] together in { $count } sentences
}

## Candidate terms

doc-candidates = Candidate terms
doc-candidates-keys = ↑/↓ choose · A or Enter: add to glossary · D or Delete: dismiss
doc-candidates-none = No candidate terms: the glossary already has the documents' terms (or add a document).
doc-score = score { $score } · { $count }×
    .title = How specific the term is to these documents, and how often it occurs
doc-accept = Add to glossary
doc-dismiss = Dismiss
doc-accepted = Added “{ $term }” to the glossary and saved. Fill in the other language in the organizer.
doc-accepted-unsaved = Added “{ $term }” to the glossary with your unsaved edits: save them in the organizer.
doc-edit-accepted = Fill in the other language…
doc-dismissed = “{ $term }” will not be proposed again for this pack.

## Drill

drill-title = Drill
drill-progress = { $seen } of { $cards } cards seen
drill-kind-term = Term
drill-kind-number = Number
doc-lang-en = English
doc-lang-ko = Korean
drill-answer = Your answer
    .placeholder = Type it and press Enter, or press Enter to reveal
drill-keys = Enter: check (or reveal when empty) · then 1 Again · 2 Hard · 3 Good · 4 Easy
drill-right = Right:
drill-wrong = Not quite:
drill-grade = How well did you recall it?
drill-grade-again = Again
drill-grade-hard = Hard
drill-grade-good = Good
drill-grade-easy = Easy
drill-done = Nothing is due now: every card is scheduled for later. Come back tomorrow.
drill-empty = No cards: add Korean and English terms to this session's glossary, or documents with numbers.
