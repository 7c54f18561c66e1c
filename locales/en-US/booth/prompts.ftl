# The Prompts region, the number box and the script box: the hard items of what is said (numbers in both
# scales, glossary terms, people), in large type.
# Variables: $seconds is a number; $count is a number; $unit is a unit's name.

## Prompts region

region-prompts = Prompts
prompts-toggle = { $open ->
    [true] Hide
   *[false] Show
}
    .title = Show or hide the prompts (they keep coming while hidden)
prompts-live = Live
prompts-script = Script
prompts-feed = What the speaker says
    .placeholder = Type or paste a sentence, Enter
prompts-empty = Numbers, terms and names will appear here as they are said.
prompts-pin = Pin
    .title = Keep this prompt on screen
prompts-unpin = Unpin
prompts-dismiss = Dismiss
prompts-clear = Clear
    .title = Clear the prompts and start a new speech (terms will be prompted again)
prompts-fade = Fade after
prompts-fade-seconds = { $seconds } s
prompts-cooldown = Repeat a term after
prompts-kind-number = Number
prompts-kind-term = Term
prompts-kind-person = Person
# On a prompt from listening whose words the recogniser heard right only a few seconds after they were said.
prompts-late = heard late
    .title = Recognised a few seconds after it was said
prompts-approx = approximate
prompts-range = range
prompts-vague = not an exact number
prompts-invalid = not a usable number
prompts-area = ≈ { $m2 } m²

## Script box (preparation)

prompts-script-text = Speaker's script
    .placeholder = Paste a speech or a script; its numbers, terms and names are shown with their prompts
prompts-script-run = Show prompts
prompts-script-count = { $count ->
    [0] No prompts
    [one] One prompt
   *[other] { $count } prompts
}

## Number box

number-box = Number box
number-box-input = A number in Korean or English
    .placeholder = 3억5천, 1.25 million, 천만 명 …
number-box-none = Type a number: 3억 5천만, 350 million, 12만, 2.5 billion dollars
number-box-close = Close
key-number-box = Open the number box (Korean ⇄ English scales)

## Listening

listen-start = Listen
listen-stop = Stop
listen-source = Where to listen
listen-default-input = Default input
listen-file = Recorded speech (WAV)…
listen-language = The speaker's language
listen-auto = Auto
listen-off = Not listening
listen-loading = Loading the speech model…
listen-listening = Listening
listen-paused = Paused
listen-behind = Falling behind ({ $seconds } s)
listen-no-signal = No input signal
listen-level = Input level
listen-caption = Caption
listen-model = Speech model: { $name }, { $mb } MB
listen-no-model = No speech model
listen-korean-weak = This model is too small for Korean: expect misses and loops (a small or larger model is better).
listen-choose-model = Choose speech model…
listen-private = Runs on this computer; audio is not sent or saved.
key-listen = Start or stop listening
