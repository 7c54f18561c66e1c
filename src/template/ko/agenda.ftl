### 행사 일정: 행사, 세션, 블록, 항목의 제목.

event-title = 새 행사
    .short = 새 행사
event-organizers = 주최
event-format = 행사 형식
event-objectives = 행사 목적
session-session-1 = 세션 1
    .organizer = 주관
    .summary = 세션 내용
block-opening = 개회
item-welcome = 환영사
