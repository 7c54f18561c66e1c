### 행사 용어집: 개념마다 메시지 하나.

## Domain: Development

concept-sdgs = 지속가능발전목표
    .abbr = SDGs
