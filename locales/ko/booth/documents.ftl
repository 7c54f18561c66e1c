# 준비 화면의 자료(연사의 발표 자료, 논문, 원고), 용어 후보, 암기 연습.
# 변수: $count, $unit, $read, $total, $seen, $cards 는 숫자, $units 는 쪽 번호 목록,
# $detail 은 Booth의 설명(파일 이름 포함), $term 은 자료 속 용어, $score 는 숫자.

## Modes of the Prep view

prep-modes = 준비할 내용
prep-mode-session = 인물과 용어
prep-mode-documents = 자료
prep-mode-drill = 암기 연습
prep-whole-pack = 팩 전체(모든 세션)

## Documents

doc-documents = 자료
doc-add = 자료 추가…
doc-drop = 또는 파일을 창에 끌어다 놓으세요
doc-none = 이 세션에는 아직 자료가 없습니다. 연사의 발표 자료, 논문, 원고(PDF, Word, PowerPoint, 텍스트)를 추가하세요.
doc-format-pdf = PDF
doc-format-docx = Word
doc-format-pptx = PowerPoint
doc-format-text = 텍스트
doc-warn-unreadable = { $unit }쪽(슬라이드)을 읽을 수 없습니다.
doc-warn-no-text = { $units }쪽에 텍스트 층이 없습니다(스캔 이미지?). 해당 쪽의 글자는 빠져 있습니다.
doc-warn-truncated = 자료가 너무 길어 전체 { $total }쪽 중 처음 { $read }쪽만 읽었습니다.
doc-warn-encoding = 일부 글자를 해독하지 못해 대체 문자로 바꿨습니다.
doc-error-read-only = 자료는 팩 폴더에 보관됩니다. 자료를 추가하려면 팩 폴더를 여세요(내장 팩은 폴더로 복사한 뒤 사용).
doc-error-document = 이 자료에서 텍스트를 얻을 수 없습니다: { $detail }
doc-error-exists = 같은 이름의 다른 자료가 이미 팩에 있어 아무것도 바꾸지 않았습니다: { $detail }
doc-error-other = { $detail }

## Reading a document

doc-read-terms = 용어집 용어 { $count }개
doc-read-people = 이름 { $count }개
doc-read-numbers = 숫자 { $count }개
doc-show-card = 이 인물의 카드 보기
doc-close-card = 카드 닫기
doc-pairs = 번역본과 용어 짝
doc-pairs-other = 다른 언어로 된 같은 자료:
doc-pairs-none = 용어 짝을 찾지 못했습니다. 한쪽의 새 용어가 다른 쪽의 용어와 같은 문장에 함께 나오지 않습니다.
doc-pairs-together = { $count }개 문장에 함께 나옴

## Candidate terms

doc-candidates = 용어 후보
doc-candidates-keys = ↑/↓ 선택 · A 또는 Enter: 용어집에 추가 · D 또는 Delete: 제외
doc-candidates-none = 용어 후보가 없습니다. 용어집에 자료의 용어가 이미 있습니다(또는 자료를 추가하세요).
doc-score = 점수 { $score } · { $count }회
    .title = 이 자료에 얼마나 특화된 용어인지, 얼마나 자주 나오는지
doc-accept = 용어집에 추가
doc-dismiss = 제외
doc-accepted = “{ $term }”을(를) 용어집에 추가하고 저장했습니다. 다른 언어는 편집 화면에서 채우세요.
doc-accepted-unsaved = “{ $term }”을(를) 저장하지 않은 편집과 함께 용어집에 추가했습니다. 편집 화면에서 저장하세요.
doc-edit-accepted = 다른 언어 채우기…
doc-dismissed = 이 팩에서는 “{ $term }”을(를) 더 이상 제안하지 않습니다.

## Drill

drill-title = 암기 연습
drill-progress = 카드 { $cards }장 중 { $seen }장 학습
drill-kind-term = 용어
drill-kind-number = 숫자
doc-lang-en = 영어
doc-lang-ko = 한국어
drill-answer = 답
    .placeholder = 입력하고 Enter, 또는 바로 Enter로 정답 보기
drill-keys = Enter: 확인(비어 있으면 정답 보기) · 그다음 1 다시 · 2 어려움 · 3 알맞음 · 4 쉬움
drill-right = 정답:
drill-wrong = 아쉽습니다:
drill-grade = 얼마나 잘 떠올렸나요?
drill-grade-again = 다시
drill-grade-hard = 어려움
drill-grade-good = 알맞음
drill-grade-easy = 쉬움
drill-done = 지금 복습할 카드가 없습니다. 모든 카드가 나중으로 예정되어 있습니다. 내일 다시 오세요.
drill-empty = 카드가 없습니다. 이 세션의 용어집에 한국어와 영어 용어를 넣거나, 숫자가 있는 자료를 추가하세요.
