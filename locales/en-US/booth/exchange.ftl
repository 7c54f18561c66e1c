# Strings of the organizer's import/export and speaker review screens, and the unsaved-edits question on
# close.

## Import and export

org-tab-exchange = Import / export
org-tab-review = Speaker review
xch-import-title = Import a glossary
xch-import-hint = CSV, TBX (v2 or v3) or Excel. You see what would change before anything does; an import is one undo step and nothing is written until Save.
xch-import-pick = Choose a file…
xch-reading = Reading…
xch-preview-title = What importing { $file } would do
xch-preview-summary = { $entries } entries: { $added } new, { $changed } gain something, { $unchanged } unchanged, { $conflicts ->
        [one] { $conflicts } conflict
       *[other] { $conflicts } conflicts
    }
xch-stale = The pack changed since this preview. Check it again and apply.
xch-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
xch-columns = { $count ->
    [one] One column Booth does not know
   *[other] { $count } columns Booth does not know
}
xch-column = Column
xch-column-values = Values
xch-column-choice = Import as
xch-column-filled = { $count ->
    [one] in one entry
   *[other] in { $count } entries
}
xch-column-keep = Keep as the { $locale } field “{ $field }”
xch-column-note = Add to the { $locale } note (“Column: value”)
xch-column-as = { $locale } { $field }
xch-column-drop = Do not import
xch-conflicts = { $count ->
        [one] { $count } conflict: keep the pack’s version or take the file’s
       *[other] { $count } conflicts: keep the pack’s version or take the file’s
    }
xch-keep-all = Keep all
xch-take-all = Take all
xch-kind-sameIdOtherContent = same id, other content (entry { $entry })
xch-kind-sameTermOtherRendering = same term, another rendering: file entry { $entry } (“{ $incoming }”)
xch-field = Field
xch-in-pack = In the pack
xch-in-file = From the file
xch-decision = Decision
xch-keep = Keep the pack’s
xch-take = Take the file’s
xch-added = { $count ->
        [one] { $count } new concept
       *[other] { $count } new concepts
    }
xch-changed = { $count ->
        [one] { $count } concept gains a field, rendering or session
       *[other] { $count } concepts gain a field, rendering or session
    }
xch-apply = { $count ->
        [one] Apply { $count } change
       *[other] Apply { $count } changes
    }
xch-apply-hint = Undo takes the whole import back.
xch-cancel = Cancel
xch-more = Show more ({ $count } not shown)
xch-imported = Imported: { $added } new, { $changed } changed, { $taken } conflicts taken, { $skipped } kept. Save to write it.
xch-export-title = Export the glossary
xch-export-hint = Writes the glossary as shown here, unsaved edits included. TBX carries agreed speaker reviews as administrativeStatus.
xch-format = Format
xch-export-run = Export…
xch-exported = { $count ->
        [one] Wrote { $count } concept to { $file }
       *[other] Wrote { $count } concepts to { $file }
    }

## Speaker review

rev-session = Session
rev-follow = Follow the agenda ({ $session })
rev-speaker = Speaker
rev-left = { $count ->
        [0] all reviewed
        [one] { $count } rendering left
       *[other] { $count } renderings left
    }
rev-read-only = The built-in pack is read-only: open a pack folder to record reviews.
rev-no-terms = This session has no terms to review.
rev-no-speakers = Nobody speaks in this session.
rev-verdict = Verdict
rev-status-preferred = Preferred
rev-status-admitted = Admitted
rev-status-deprecated = Deprecated
rev-comment = Comment (optional)
rev-agreed = { $count ->
        [one] { $status ->
            [preferred] preferred
            [admitted] admitted
           *[deprecated] deprecated
        } ({ $count } reviewer)
       *[other] { $status ->
            [preferred] preferred
            [admitted] admitted
           *[deprecated] deprecated
        } ({ $count } reviewers agree)
    }
rev-disputed = disputed: { $count } reviewers disagree
rev-step = review “{ $term }”: { $status }
rev-step-clear = withdraw review of “{ $term }”
rev-pending-title = Pending reviews ({ $count })
rev-pending-none = Every speaker has reviewed every term of their session.

## Closing with unsaved edits

close-title = Save your edits before closing?
close-body = These files have unsaved edits: { $files }
close-save = Save and close
close-discard = Close without saving
close-cancel = Cancel
