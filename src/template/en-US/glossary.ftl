### Glossary of the event: one message per concept.

## Domain: Development

concept-sdgs = Sustainable Development Goals
    .abbr = SDGs
