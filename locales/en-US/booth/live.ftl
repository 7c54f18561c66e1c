# Following the event live and booth mode: clocks, running late, timeline, speaker pinning, prep view,
# themes, text size and keyboard shortcuts.
# Variables: $minutes, $percent are numbers; $time is a preformatted clock time; $zone an IANA zone name.

## Clocks

clock-event = Event time
clock-local = Your time
clock-zone = Your time zone
    .placeholder = System zone
clock-zone-system = System ({ $zone })
clock-jump = Jump the rehearsal clock to { $item }

## Running late

late-controls = Running late
late-on-time = On time
late-behind = Running { $minutes } min late
late-ahead = Running { $minutes } min ahead
late-minutes = Minutes to shift
late-later = Later
    .title = The remaining items run later by this many minutes
late-earlier = Earlier
    .title = The remaining items run earlier by this many minutes
late-started = Started now
late-started-item = Mark { $item } as started now
late-undo = Undo
    .title = Undo the last running-late change
late-saved = Saved beside the pack: { $path }
late-moved = Programme: { $time }

## Timeline

timeline = Day timeline
timeline-now = Now { $time }, { $percent } % of the day

## View

view = View
view-live = Live
view-prep = Prep

## Speaker

speaker-people = Pin another person
speaker-pinned = Pinned
speaker-unpin = Follow the agenda again

## Prep

prep-sessions = Sessions
prep-people = People
prep-terms = Terms
prep-no-terms = No terms are linked to this session yet.
prep-about = About the event
prep-background = Background
prep-audience = Target audience
prep-co-organizers = Co-organizers
prep-registration = Registration

## Appearance

theme = Theme
theme-dark = Dark
theme-light = Light
font-smaller = Smaller text
font-bigger = Larger text
font-size = Text size { $percent } %

## Help

help = Keyboard shortcuts
help-open = Shortcuts
help-close = Close
key-help = Show or hide this help
key-close = Close this help, unpin a person
key-font = Larger, smaller, normal text
key-theme = Dark or light theme
key-language = Switch the interface language (English ⇄ 한국어)
key-view = Switch between live and prep view
key-regions = Go to agenda, speaker, glossary, prompts
key-rehearsal = Set the rehearsal time
key-real-clock = Back to the real clock
key-late = Remaining items 1 min later / earlier
key-started = Mark the current (or next) item as started now
key-undo = Undo the last running-late change
key-glossary-search = Glossary: search
key-glossary-move = Glossary: move through results
key-glossary-pin = Glossary: pin a booth card
key-glossary-clear = Glossary: clear the search

## Start-up

# Shown while the shell loads and indexes a large pack (a 100,000-concept glossary takes seconds).
pack-loading = Loading the event pack…
