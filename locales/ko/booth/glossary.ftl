# 용어집 영역의 문자열.

## Glossary

glossary-search =
    .placeholder = 영어 또는 한국어로 검색…
    .aria-label = 용어집 검색
glossary-results = 개념 { $count }개
glossary-no-results = “{ $query }”와 일치하는 개념이 없습니다
glossary-abbr = 약어
glossary-note = 참고
