# Strings of the glossary region.

## Glossary

glossary-search =
    .placeholder = Search English or 한국어…
    .aria-label = Search the glossary
glossary-results = { $count ->
        [one] { $count } concept
       *[other] { $count } concepts
    }
glossary-no-results = No concept matches “{ $query }”
glossary-abbr = Abbreviation
glossary-note = Note
