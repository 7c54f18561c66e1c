# 실시간 진행과 부스 모드: 시계, 지연, 타임라인, 발표자 고정, 준비 화면, 테마, 글자 크기, 단축키.
# 변수: $minutes, $percent 는 숫자, $time 은 형식이 지정된 시각, $zone 은 IANA 시간대 이름.

## Clocks

clock-event = 행사 시간
clock-local = 내 시간
clock-zone = 내 시간대
    .placeholder = 시스템 시간대
clock-zone-system = 시스템 ({ $zone })
clock-jump = 리허설 시계를 { $item }(으)로 이동

## Running late

late-controls = 진행 지연
late-on-time = 정시 진행
late-behind = { $minutes }분 지연 중
late-ahead = { $minutes }분 앞당겨 진행 중
late-minutes = 조정할 분
late-later = 늦추기
    .title = 남은 순서를 이 시간만큼 늦춥니다
late-earlier = 당기기
    .title = 남은 순서를 이 시간만큼 앞당깁니다
late-started = 지금 시작
late-started-item = { $item } 지금 시작으로 표시
late-undo = 되돌리기
    .title = 마지막 지연 조정을 되돌립니다
late-saved = 팩 옆에 저장됨: { $path }
late-moved = 원래 일정: { $time }

## Timeline

timeline = 하루 일정 타임라인
timeline-now = 현재 { $time }, 하루 일정의 { $percent }%

## View

view = 화면
view-live = 실시간
view-prep = 준비

## Speaker

speaker-people = 다른 사람 고정
speaker-pinned = 고정됨
speaker-unpin = 다시 일정 따라가기

## Prep

prep-sessions = 세션
prep-people = 참석자
prep-terms = 용어
prep-no-terms = 이 세션에 연결된 용어가 아직 없습니다.
prep-about = 행사 소개
prep-background = 배경
prep-audience = 참가 대상
prep-co-organizers = 공동 주최 기관
prep-registration = 등록

## Appearance

theme = 테마
theme-dark = 어둡게
theme-light = 밝게
font-smaller = 글자 작게
font-bigger = 글자 크게
font-size = 글자 크기 { $percent }%

## Help

help = 단축키
help-open = 단축키
help-close = 닫기
key-help = 이 도움말 보이기/숨기기
key-close = 도움말 닫기, 고정 해제
key-font = 글자 크게, 작게, 기본
key-theme = 어두운/밝은 테마
key-language = 인터페이스 언어 전환 (English ⇄ 한국어)
key-view = 실시간/준비 화면 전환
key-regions = 일정, 발표자, 용어집, 프롬프트로 이동
key-rehearsal = 리허설 시각 설정
key-real-clock = 실제 시계로 돌아가기
key-late = 남은 순서 1분 늦추기/당기기
key-started = 현재(또는 다음) 순서를 지금 시작으로 표시
key-undo = 마지막 지연 조정 되돌리기
key-glossary-search = 용어집: 검색
key-glossary-move = 용어집: 결과 이동
key-glossary-pin = 용어집: 부스 카드 고정
key-glossary-clear = 용어집: 검색 지우기

## Start-up

pack-loading = 행사 팩을 불러오는 중…
