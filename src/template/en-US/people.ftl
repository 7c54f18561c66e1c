### People of the event: names, titles, affiliations, roles and bios.

person-moderator = Moderator Name
    .title = Title
    .affiliation = Affiliation
    .role = Moderator
    .bio = A short biography.
