### Agenda of the event: titles of the event, its sessions, blocks and items.

event-title = New event
    .short = New event
event-organizers = Organizers
event-format = Format of the event
event-objectives = Objectives of the event
session-session-1 = Session 1
    .organizer = Organizer
    .summary = What the session is about
block-opening = Opening
item-welcome = Welcome remarks
