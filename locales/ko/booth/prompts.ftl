# 프롬프트 영역, 숫자 변환기, 원고 상자: 발언 중 어려운 항목(두 단위 체계의 숫자, 용어집 용어, 인물)을 크게 표시.
# 변수: $seconds, $count 는 숫자, $unit 은 단위 이름.

## Prompts region

region-prompts = 프롬프트
prompts-toggle = { $open ->
    [true] 숨기기
   *[false] 보이기
}
    .title = 프롬프트를 보이거나 숨깁니다(숨겨도 계속 들어옵니다)
prompts-live = 실시간
prompts-script = 원고
prompts-feed = 발언 내용
    .placeholder = 문장을 입력하거나 붙여 넣고 Enter
prompts-empty = 발언에 나오는 숫자, 용어, 이름이 여기에 표시됩니다.
prompts-pin = 고정
    .title = 이 프롬프트를 화면에 계속 둡니다
prompts-unpin = 고정 해제
prompts-dismiss = 닫기
prompts-clear = 지우기
    .title = 프롬프트를 지우고 새 발언을 시작합니다(용어가 다시 표시됩니다)
prompts-fade = 사라지는 시간
prompts-fade-seconds = { $seconds }초
prompts-cooldown = 같은 용어 다시 표시
prompts-kind-number = 숫자
prompts-kind-term = 용어
prompts-kind-person = 인물
prompts-late = 늦게 인식됨
    .title = 말한 뒤 몇 초 지나 인식했습니다
prompts-approx = 어림수
prompts-range = 범위
prompts-vague = 정확한 수가 아님
prompts-invalid = 사용할 수 없는 수
prompts-area = ≈ { $m2 }㎡

## Script box (preparation)

prompts-script-text = 발표 원고
    .placeholder = 발표문이나 원고를 붙여 넣으면 숫자, 용어, 이름을 프롬프트와 함께 보여 줍니다
prompts-script-run = 프롬프트 보기
prompts-script-count = { $count ->
    [0] 프롬프트 없음
   *[other] 프롬프트 { $count }개
}

## Number box

number-box = 숫자 변환기
number-box-input = 한국어나 영어로 된 숫자
    .placeholder = 3억5천, 1.25 million, 천만 명 …
number-box-none = 숫자를 입력하세요: 3억 5천만, 350 million, 12만, 2.5 billion dollars
number-box-close = 닫기
key-number-box = 숫자 변환기 열기 (한국어 ⇄ 영어 단위)

## Listening

listen-start = 듣기
listen-stop = 중지
listen-source = 들을 입력
listen-default-input = 기본 입력 장치
listen-file = 녹음된 발언(WAV)…
listen-language = 발언자 언어
listen-auto = 자동
listen-off = 듣지 않음
listen-loading = 음성 인식 모델 불러오는 중…
listen-listening = 듣는 중
listen-paused = 일시 중지
listen-behind = 처리 지연 ({ $seconds }초)
listen-no-signal = 입력 신호 없음
listen-level = 입력 레벨
listen-caption = 자막
listen-model = 음성 인식 모델: { $name }, { $mb }MB
listen-no-model = 음성 인식 모델 없음
listen-korean-weak = 이 모델은 한국어에는 너무 작습니다. 놓치거나 반복될 수 있습니다(small 이상 모델 권장).
listen-choose-model = 음성 인식 모델 선택…
listen-private = 이 컴퓨터에서만 처리하며 음성은 전송·저장하지 않습니다.
key-listen = 듣기 시작·중지
