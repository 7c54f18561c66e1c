# Booth partners: the handover timer, pushes from the partner, sharing with the booth team on the local
# network, and the companion page on a phone.
# Variables: $address is an IP address and port; $count is a number; $time is a clock time (14:32);
# $name is a person's name; $minutes is a number; $left is a countdown (12:05).

## Booths

partners-booth-into-ko = Into Korean
partners-booth-into-en = Into English
partners-me = Your name
    .placeholder = Name shown on your pushes
partners-my-booth = Your booth

## Handover timer

partners-on-mic = On the mic: { $name }
partners-nobody-on-mic = Nobody on the mic yet
partners-left = { $left } left
partners-warning = Handover in a minute
partners-over = Hand over now
partners-shift-length = Shift (min)
partners-hand-over = Hand over
    .title = Hand over the microphone now (Alt+H); the time is logged
partners-take-over-to = Who takes over
    .placeholder = Partner's name
partners-handovers = { $count ->
    [one] One handover logged
   *[other] { $count } handovers logged
}

partners-late-host = Running { $minutes } min late (the host's record)
partners-late-local = your local override { $minutes } min

## Pushes

partners-pushed-by = pushed by { $name }
partners-pushed-by-partner = pushed by partner
partners-dismiss = Dismiss
    .title = Take it off the card (Esc)
partners-note = Push to the booth
    .placeholder = A note or a number ("slide 12 numbers differ from script")
partners-push = Push
partners-push-number = Push number

## Sharing

partners-sharing-button = Team
    .title = Share the handover timer and pushes with the booth team
partners-sharing-off = Not shared
partners-sharing-on = Sharing on { $address } — { $count ->
    [one] 1 device
   *[other] { $count } devices
}
partners-following = Following { $address }
partners-offline-since = offline since { $time }
partners-refused = The host refused this code
partners-not-the-host = Whoever answered is not the host
partners-connecting = Connecting…
partners-panel-title = Booth team
partners-interface = Network
partners-loopback = this machine only
partners-start-sharing = Start sharing
partners-stop-sharing = Stop sharing
partners-stop-following = Leave
partners-device-code = Code for a partner's Booth
partners-companion = Phones and tablets: scan to open the read-only page
partners-qr = QR code of the companion page
partners-new-code = New code
partners-codes = Codes
partners-codes-kept = A code stays valid until you revoke it, also after Booth restarts, so partners reconnect by themselves.
partners-revoke = Revoke
partners-revoked = revoked
partners-role-device = partner devices
partners-role-companion = phones
partners-join = Join a host
partners-join-address = Host address
    .placeholder = 192.168.1.5:7411
partners-join-code = Pairing code
    .placeholder = K7QM-3XPA-9RTD
partners-join-button = Join
partners-close = Close

## Companion page (shown on the phone, in this language)

partners-companion-title = Booth companion
partners-companion-now = Now
partners-companion-next = Next
partners-companion-left = left
partners-companion-nothing-now = Nothing on stage
partners-companion-on-mic = On the mic
partners-companion-nobody = Nobody yet
partners-companion-handover-in = Handover in
partners-companion-handover-now = Hand over now
partners-companion-pushes = Pushed by partners
partners-companion-pushed-by = pushed by
partners-companion-no-pushes = No pushes
partners-companion-offline-since = Offline since
partners-companion-running-late = Running late
partners-push-card = Push to booth card
    .title = Pin this on the booth card of the interpreter on the microphone (marked as pushed by you)
