# Strings of the organizer view: open, check, edit, save and print packs.

## Organizer

org-view = Organize
org-toolbar = Pack
org-open = Open pack…
org-new = New pack…
org-copy-forum = Copy forum pack to a folder…
org-recent = Recent
org-undo = Undo
org-redo = Redo
org-save = Save
org-read-only = Read-only
org-read-only-hint = The built-in pack is read-only. Open a pack folder, or copy the forum pack to a folder, to edit.
org-built-in = Built-in forum pack
org-unsaved = { $count ->
        [one] { $count } file with unsaved edits
       *[other] { $count } files with unsaved edits
    }
org-all-saved = All saved
org-saved = { $count ->
        [one] Saved { $count } file.
       *[other] Saved { $count } files.
    }
org-kept-copy = Your version was kept in { $file }; the file now shows what is on disk.
org-resolved = { $file } resolved. Save again to write your edits.
org-reloaded = Reloaded from disk: { $files }
org-reload-conflict = Changed on disk and here: { $files }. Save to see what changed and choose.
org-tab-check = Check
org-tab-glossary = Glossary
org-tab-people = Speakers
org-tab-agenda = Agenda
org-tab-sheet = Booth sheet
org-kind-concept = Concept
org-kind-person = Person
org-kind-item = Item
org-filter = Filter concepts
org-add-concept = Add concept
org-add-person = Add person
org-pick = Choose an entry on the left, or add one.
org-id = Id
org-id-auto = made from the first term when empty
org-domain = Domain
org-term = Term
org-abbr = Acronym
org-alt = Other renderings (separated by ;)
org-note = Note
org-sessions = Sessions:
org-apply = Apply
org-delete = Delete
org-problem-id = The id may only contain lowercase letters, digits and -.
org-problem-both-terms = Both languages need a term.
org-email = Email
org-contact = Event contact
org-person-name = Name
org-person-honorific = Honorific
org-person-title = Title
org-person-affiliation = Affiliation
org-person-role = Role
org-person-bio = Biography
org-block = Block
org-kind = Kind
org-minutes = Minutes
org-speaker = Speaker
org-cospeakers = Also speaking (Ctrl+click to choose several)
org-item-title = Title
org-step-concept = edit concept { $id }
org-step-person = edit person { $id }
org-step-item = edit item { $id }
org-step-delete = delete { $id }

## Locale check

org-check-run = Check again
org-check-running = Checking…
org-check-summary = { $errors } errors, { $warnings } warnings in { $files } files
org-check-unsaved = Includes your unsaved edits.
org-check-clean = Both languages are complete: no findings.
org-check-level = { $level ->
        [error] Errors
        [missing] Missing
        [obsolete] Obsolete
       *[warning] Warnings
    } ({ $count })

## Conflicts

org-conflict-stopped = Nothing was saved: files changed on disk since they were loaded.
org-conflict-title = Changed on disk since it was loaded
org-conflict-intro = Someone else changed these files. Nothing was overwritten. For each file: merge (their changes and yours), keep yours in a copy and take theirs, or drop yours and reload.
org-conflict-entry = Entry
org-conflict-loaded = When loaded
org-conflict-disk = On disk now
org-conflict-ours = Yours (unsaved)
org-conflict-whole-file = whole file
org-conflict-take-ours = keep mine
org-conflict-take-theirs = take theirs
org-conflict-merge = Merge
org-conflict-keep-mine = Keep mine in a copy, take theirs
org-conflict-reload = Drop mine, reload

## Booth sheet

org-sheet-session = Session
org-sheet-all = All sessions
org-sheet-print = Print…
org-sheet-hint = Prints on A4, one session per page (choose “Save as PDF” in the print dialog).
org-sheet-people = People
org-sheet-moderator = moderator
org-sheet-terms = { $count ->
        [one] { $count } term
       *[other] { $count } terms
    }
org-sheet-note = Note
