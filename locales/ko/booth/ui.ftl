# Booth 앱 자체의 사용자 인터페이스 문자열 (행사 팩에 속하지 않음).
# 변수: $time 은 형식이 지정된 시각, $minutes 와 $seconds 는 숫자.

app-name = Booth
ui-language = 인터페이스 언어
ui-language-name = 한국어

## Regions

region-agenda = 일정
region-speaker = 발표자
region-glossary = 용어집

## Clock

clock-real = 실제 시계
clock-rehearsal = 리허설 시계
clock-set = 리허설 시각 설정 (행사 시간)
clock-apply = 이 시각부터 진행
clock-back-to-real = 실제 시계로 돌아가기
clock-off-day = 오늘은 행사일({ $date })이 아닙니다. 실제 시계로는 일정이 진행되지 않습니다.
clock-rehearse-day = { $time }부터 하루 일정 리허설
clock-event-zone = 행사 시간 ({ $zone })
clock-local-zone = 내 시간

## Agenda

agenda-now = 진행 중
agenda-next = 다음
agenda-left = { $minutes }분 { $seconds }초 남음
agenda-starts-in = { $minutes }분 후 시작
agenda-next-at = 다음 순서 { $time }
agenda-before = 행사 시작 전
agenda-between = 휴식
agenda-ended = 행사가 끝났습니다
agenda-planned = 예정
    .title = 주최 측이 발표한 시각이 아니라 발표 시간으로 계산한 시각입니다
agenda-slack = 배정되지 않은 시간 { $minutes }분
agenda-moderator = 사회: { $name }

## Speaker

speaker-current = 현재 발언자
speaker-with = 함께 발표
speaker-next = 다음 발언자
speaker-moderator = 사회자
speaker-none = 지금은 발언자가 없습니다
speaker-reading = 한글 표기
    .title = 외래어 표기법에 따른 이름의 한글 읽기이며 공식 표기가 아닙니다. 원래 철자를 아래에 표시합니다.
speaker-original = 원래 철자
speaker-unverified = 이 언어의 이름이 확인되지 않음
    .title = 공식 출처에서 한국어 이름을 확인하지 못해 로마자 표기를 표시합니다.

## Diagnostics

diagnostics-count = 이 팩의 문제 { $count }건
