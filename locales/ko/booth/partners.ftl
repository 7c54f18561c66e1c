# 부스 파트너: 교대 타이머, 파트너가 보낸 항목, 현장 네트워크에서 통역팀과 공유, 휴대폰의 보조 화면.
# Variables: $address is an IP address and port; $count is a number; $time is a clock time (14:32);
# $name is a person's name; $minutes is a number; $left is a countdown (12:05).

## Booths

partners-booth-into-ko = 한국어 부스
partners-booth-into-en = 영어 부스
partners-me = 내 이름
    .placeholder = 보낸 항목에 표시될 이름
partners-my-booth = 내 부스

## Handover timer

partners-on-mic = 마이크: { $name }
partners-nobody-on-mic = 아직 마이크를 잡은 사람 없음
partners-left = { $left } 남음
partners-warning = 1분 후 교대
partners-over = 지금 교대하세요
partners-shift-length = 교대 간격(분)
partners-hand-over = 교대
    .title = 지금 마이크를 넘깁니다 (Alt+H). 시각이 기록됩니다
partners-take-over-to = 넘겨받는 사람
    .placeholder = 파트너 이름
partners-handovers = 교대 기록 { $count }회

partners-late-host = { $minutes }분 지연 (호스트 기록)
partners-late-local = 이 부스만 { $minutes }분 추가 조정

## Pushes

partners-pushed-by = { $name } 님이 보냄
partners-pushed-by-partner = 파트너가 보냄
partners-dismiss = 닫기
    .title = 카드에서 내립니다 (Esc)
partners-note = 부스로 보내기
    .placeholder = 메모나 숫자 ("12번 슬라이드 숫자가 원고와 다름")
partners-push = 보내기
partners-push-number = 숫자 보내기

## Sharing

partners-sharing-button = 통역팀
    .title = 교대 타이머와 보낸 항목을 통역팀과 공유합니다
partners-sharing-off = 공유 안 함
partners-sharing-on = { $address }에서 공유 중 — 기기 { $count }대
partners-following = { $address } 연결
partners-offline-since = { $time }부터 오프라인
partners-refused = 호스트가 이 코드를 거부했습니다
partners-not-the-host = 응답한 기기가 호스트가 아닙니다
partners-connecting = 연결 중…
partners-panel-title = 통역팀
partners-interface = 네트워크
partners-loopback = 이 컴퓨터만
partners-start-sharing = 공유 시작
partners-stop-sharing = 공유 중지
partners-stop-following = 나가기
partners-device-code = 파트너 Booth에 입력할 코드
partners-companion = 휴대폰·태블릿: 스캔하면 읽기 전용 화면이 열립니다
partners-qr = 보조 화면 QR 코드
partners-new-code = 새 코드
partners-codes = 코드
partners-codes-kept = 코드는 취소하기 전까지 유효하며 Booth를 다시 시작해도 유지되므로, 파트너 기기가 자동으로 다시 연결됩니다.
partners-revoke = 취소
partners-revoked = 취소됨
partners-role-device = 파트너 기기
partners-role-companion = 휴대폰
partners-join = 호스트에 참여
partners-join-address = 호스트 주소
    .placeholder = 192.168.1.5:7411
partners-join-code = 페어링 코드
    .placeholder = K7QM-3XPA-9RTD
partners-join-button = 참여
partners-close = 닫기

## Companion page (shown on the phone, in this language)

partners-companion-title = 부스 보조 화면
partners-companion-now = 지금
partners-companion-next = 다음
partners-companion-left = 남음
partners-companion-nothing-now = 진행 중인 순서 없음
partners-companion-on-mic = 마이크
partners-companion-nobody = 아직 없음
partners-companion-handover-in = 교대까지
partners-companion-handover-now = 지금 교대
partners-companion-pushes = 파트너가 보낸 항목
partners-companion-pushed-by = 보낸 사람
partners-companion-no-pushes = 보낸 항목 없음
partners-companion-offline-since = 오프라인 시작
partners-companion-running-late = 지연
partners-push-card = 부스 카드로 보내기
    .title = 마이크를 잡은 통역사의 부스 카드에 고정합니다(보낸 사람으로 표시)
