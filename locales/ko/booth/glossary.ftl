# 용어집 영역의 문자열.

## Glossary

glossary-search =
    .placeholder = 영어 또는 한국어로 검색…
    .aria-label = 용어집 검색
glossary-results = 개념 { $count }개
glossary-no-results = “{ $query }”와 일치하는 개념이 없습니다
glossary-loading = 용어집을 불러오는 중입니다… 일정과 연사 정보는 바로 볼 수 있습니다.
# 큰 팩의 용어집을 불러오는 동안 진행 단계($step)와, 셀 수 있는 단계에서는 진행률($percent, 0–100 정수).
glossary-opening-step = { $step ->
        [restoring] 저장해 둔 사본을 읽는 중
        [parsing] 용어집 파일을 읽는 중
        [concepts] 개념을 읽는 중
        [indexing] 검색 색인을 만드는 중
        [saving] 다음에 더 빨리 열도록 사본을 저장하는 중
       *[other] 팩을 읽는 중
    }
glossary-opening-counted = { glossary-opening-step }: { $percent }%
glossary-session = 이 세션의 개념 { $count }개
glossary-session-capped = 이 세션의 개념 { $count }개 중 처음 { $shown }개 — 입력하여 검색
glossary-all-capped = 개념 { $count }개 중 처음 { $shown }개 — 입력하여 검색
glossary-keys = / 또는 Ctrl+F 검색 · ↑↓ 이동 · Enter 고정 · Esc 지우기
glossary-abbr = 약어
glossary-alt = 다른 표현
glossary-note = 참고
glossary-pin = 부스 카드로 고정
glossary-unpin = 부스 카드 닫기
glossary-card = 부스 카드
glossary-edit = 편집
    .title = 관리 화면에서 이 개념 편집하기
# 결과가 어떻게 일치했는지: 텍스트와 그대로 일치하지 않을 때 옆에 표시합니다.
glossary-kind = { $kind ->
        [acronym] 약어
        [initials] 초성
        [substring] 단어 안
        [typo] 오타
        [note] 참고에서
        [particle] 조사 제외
       *[other] { $kind }
    }

# Shown beside a rendering whose entry carries `# UNVERIFIED` in the pack (an institution's Korean name
# that could not be confirmed from an official source).
glossary-unverified = 비공식
    .title = 이 언어의 공식 명칭을 확인하지 못했습니다. 사용 전에 확인하세요.
