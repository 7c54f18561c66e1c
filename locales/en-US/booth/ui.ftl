# Booth's own user interface strings (not part of any event pack).
# Variables: $time is a preformatted clock time; $minutes and $seconds are numbers.

app-name = Booth
ui-language = Interface language
ui-language-name = English

## Regions

region-agenda = Agenda
region-speaker = Speaker
region-glossary = Glossary

## Clock

clock-real = Real clock
clock-rehearsal = Rehearsal clock
clock-set = Set rehearsal time (event time)
clock-apply = Run from this time
clock-back-to-real = Back to real clock
clock-off-day = Today is not the event day ({ $date }): the real clock is outside the programme.
clock-rehearse-day = Rehearse the day from { $time }
clock-event-zone = Event time ({ $zone })
clock-local-zone = Your time

## Agenda

agenda-now = Now
agenda-next = Next
agenda-left = { $minutes } min { $seconds } s left
agenda-starts-in = Starts in { $minutes } min
agenda-next-at = Next at { $time }
agenda-before = Before the event
agenda-between = Break
agenda-ended = The event has ended
agenda-planned = planned
    .title = Derived from the stated durations, not announced by the organizer
agenda-slack = { $minutes } min unallocated
agenda-moderator = Moderator: { $name }

## Speaker

speaker-current = Speaking now
speaker-with = Also speaking
speaker-next = Up next
speaker-moderator = Moderator
speaker-none = No speaker at this moment
speaker-reading = Reading
    .title = A reading of the name by the Korean loanword rules (외래어 표기법), not an official name; the original spelling is shown below.
speaker-original = Original spelling
speaker-unverified = Name not verified in this language
    .title = The Korean name could not be confirmed from an official source; the romanized form is shown.

## Diagnostics

diagnostics-count = { $count ->
        [one] { $count } problem in this pack
       *[other] { $count } problems in this pack
    }
