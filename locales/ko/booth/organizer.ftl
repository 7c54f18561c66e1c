# 주최 측 화면의 문자열: 팩 열기, 검사, 편집, 저장, 인쇄.

## Organizer

org-view = 관리
org-toolbar = 팩
org-open = 팩 열기…
org-new = 새 팩…
org-copy-forum = 포럼 팩을 폴더로 복사…
org-recent = 최근
org-undo = 실행 취소
org-redo = 다시 실행
org-save = 저장
org-read-only = 읽기 전용
org-read-only-hint = 내장 팩은 읽기 전용입니다. 편집하려면 팩 폴더를 열거나 포럼 팩을 폴더로 복사하세요.
org-built-in = 내장 포럼 팩
org-unsaved = { $count ->
       *[other] 저장하지 않은 파일 { $count }개
    }
org-all-saved = 모두 저장됨
org-saved = { $count ->
       *[other] 파일 { $count }개를 저장했습니다.
    }
org-kept-copy = 내 버전은 { $file }에 보관했고, 파일은 디스크의 내용으로 다시 불러왔습니다.
org-resolved = { $file } 해결됨. 편집 내용을 쓰려면 다시 저장하세요.
org-reloaded = 디스크에서 다시 불러옴: { $files }
org-reload-conflict = 디스크와 이곳 양쪽에서 바뀜: { $files }. 저장하면 바뀐 내용을 보고 선택할 수 있습니다.
org-tab-check = 검사
org-tab-glossary = 용어집
org-tab-people = 연사
org-tab-agenda = 일정
org-tab-sheet = 부스 시트
org-kind-concept = 개념
org-kind-person = 인물
org-kind-item = 항목
org-filter = 개념 필터
org-add-concept = 개념 추가
org-add-person = 인물 추가
org-pick = 왼쪽에서 항목을 고르거나 새로 추가하세요.
org-id = ID
org-id-auto = 비워 두면 첫 용어로 만듭니다
org-domain = 분야
org-term = 용어
org-abbr = 약어
org-alt = 다른 표현 (;로 구분)
org-note = 메모
org-sessions = 세션:
org-apply = 적용
org-delete = 삭제
org-problem-id = ID에는 영문 소문자, 숫자, -만 쓸 수 있습니다.
org-problem-both-terms = 두 언어 모두 용어가 필요합니다.
org-email = 이메일
org-contact = 행사 연락처
org-person-name = 이름
org-person-honorific = 경칭
org-person-title = 직함
org-person-affiliation = 소속
org-person-role = 역할
org-person-bio = 약력
org-block = 블록
org-kind = 종류
org-minutes = 분
org-speaker = 연사
org-cospeakers = 함께 발표 (Ctrl+클릭으로 여러 명 선택)
org-item-title = 제목
org-step-concept = 개념 { $id } 편집
org-step-person = 인물 { $id } 편집
org-step-item = 항목 { $id } 편집
org-step-delete = { $id } 삭제

## Locale check

org-check-run = 다시 검사
org-check-running = 검사 중…
org-check-summary = 파일 { $files }개에서 오류 { $errors }개, 경고 { $warnings }개
org-check-unsaved = 저장하지 않은 편집도 포함해 검사합니다.
org-check-clean = 두 언어 모두 빠짐없습니다. 발견된 문제가 없습니다.
org-check-level = { $level ->
        [error] 오류
        [missing] 누락
        [obsolete] 불필요
       *[warning] 경고
    } ({ $count })

## Conflicts

org-conflict-stopped = 저장하지 않았습니다. 불러온 뒤 디스크에서 파일이 바뀌었습니다.
org-conflict-title = 불러온 뒤 디스크에서 바뀜
org-conflict-intro = 다른 사람이 이 파일을 바꿨습니다. 아무것도 덮어쓰지 않았습니다. 파일마다 병합(양쪽 변경 모두), 내 버전을 사본으로 보관하고 상대 버전 사용, 또는 내 편집을 버리고 다시 불러오기 중에서 고르세요.
org-conflict-entry = 항목
org-conflict-loaded = 불러올 때
org-conflict-disk = 지금 디스크
org-conflict-ours = 내 편집 (저장 안 됨)
org-conflict-whole-file = 파일 전체
org-conflict-take-ours = 내 것 유지
org-conflict-take-theirs = 상대 것 사용
org-conflict-merge = 병합
org-conflict-keep-mine = 내 것은 사본으로, 상대 것 사용
org-conflict-reload = 내 것 버리고 다시 불러오기

## Booth sheet

org-sheet-session = 세션
org-sheet-all = 모든 세션
org-sheet-print = 인쇄…
org-sheet-hint = A4에 세션마다 한 쪽씩 인쇄합니다 (인쇄 대화상자에서 “PDF로 저장” 선택).
org-sheet-people = 인물
org-sheet-moderator = 좌장
org-sheet-terms = { $count ->
       *[other] 용어 { $count }개
    }
org-sheet-note = 메모
