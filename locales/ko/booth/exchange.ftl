# 조직자 화면의 가져오기/내보내기, 연사 검토 화면, 닫을 때 저장하지 않은 편집 확인에 쓰는 문자열.

## Import and export

org-tab-exchange = 가져오기 / 내보내기
org-tab-review = 연사 검토
xch-import-title = 용어집 가져오기
xch-import-hint = CSV, TBX(v2 또는 v3), Excel 파일을 가져옵니다. 바뀌기 전에 무엇이 바뀔지 먼저 보여 줍니다. 가져오기는 실행 취소 한 번으로 되돌릴 수 있고, 저장하기 전에는 아무것도 쓰지 않습니다.
xch-import-pick = 파일 선택…
xch-reading = 읽는 중…
xch-preview-title = { $file } 파일을 가져오면
xch-preview-summary = 항목 { $entries }개: 새 개념 { $added }개, 추가되는 내용 { $changed }개, 변경 없음 { $unchanged }개, 충돌 { $conflicts }개
xch-stale = 미리 보기 이후 팩이 바뀌었습니다. 다시 확인한 뒤 적용하세요.
xch-warnings = 경고 { $count }개
xch-columns = Booth가 모르는 열 { $count }개
xch-column = 열
xch-column-values = 값
xch-column-choice = 가져올 곳
xch-column-filled = 항목 { $count }개에 값 있음
xch-column-keep = { $locale } 필드 “{ $field }”(으)로 보존
xch-column-note = { $locale } 메모에 추가 (“열: 값”)
xch-column-as = { $locale } { $field }
xch-column-drop = 가져오지 않음
xch-conflicts = 충돌 { $count }개: 팩의 내용을 유지하거나 파일의 내용을 사용하세요
xch-keep-all = 모두 유지
xch-take-all = 모두 파일 것 사용
xch-kind-sameIdOtherContent = 같은 ID, 다른 내용 (항목 { $entry })
xch-kind-sameTermOtherRendering = 같은 용어, 다른 번역: 파일 항목 { $entry } (“{ $incoming }”)
xch-field = 필드
xch-in-pack = 팩의 내용
xch-in-file = 파일의 내용
xch-decision = 선택
xch-keep = 팩 것 유지
xch-take = 파일 것 사용
xch-added = 새 개념 { $count }개
xch-changed = 필드, 번역 또는 세션이 추가되는 개념 { $count }개
xch-apply = 변경 { $count }건 적용
xch-apply-hint = 실행 취소하면 가져오기 전체가 되돌려집니다.
xch-cancel = 취소
xch-more = 더 보기 ({ $count }개 더 있음)
xch-imported = 가져옴: 새 개념 { $added }개, 변경 { $changed }개, 파일 것을 사용한 충돌 { $taken }개, 유지한 충돌 { $skipped }개. 저장해야 파일에 기록됩니다.
xch-export-title = 용어집 내보내기
xch-export-hint = 지금 보이는 용어집을 저장하지 않은 편집까지 포함해 내보냅니다. TBX에는 연사들이 합의한 검토 결과가 administrativeStatus로 들어갑니다.
xch-format = 형식
xch-export-run = 내보내기…
xch-exported = 개념 { $count }개를 { $file }에 썼습니다

## Speaker review

rev-session = 세션
rev-follow = 진행 순서 따라가기 ({ $session })
rev-speaker = 연사
rev-left = { $count ->
        [0] 모두 검토함
       *[other] 남은 번역 { $count }개
    }
rev-read-only = 내장 팩은 읽기 전용입니다. 검토를 기록하려면 팩 폴더를 여세요.
rev-no-terms = 이 세션에는 검토할 용어가 없습니다.
rev-no-speakers = 이 세션에는 발표자가 없습니다.
rev-verdict = 판정
rev-status-preferred = 우선
rev-status-admitted = 허용
rev-status-deprecated = 사용 안 함
rev-comment = 의견 (선택)
rev-agreed = { $status ->
        [preferred] 우선
        [admitted] 허용
       *[deprecated] 사용 안 함
    } (검토자 { $count }명 일치)
rev-disputed = 의견 갈림: 검토자 { $count }명의 판정이 다릅니다
rev-step = “{ $term }” 검토: { $status ->
        [preferred] 우선
        [admitted] 허용
       *[deprecated] 사용 안 함
    }
rev-step-clear = “{ $term }” 검토 철회
rev-pending-title = 검토 대기 ({ $count })
rev-pending-none = 모든 연사가 자기 세션의 용어를 모두 검토했습니다.

## Closing with unsaved edits

close-title = 닫기 전에 편집을 저장할까요?
close-body = 저장하지 않은 편집이 있는 파일: { $files }
close-save = 저장하고 닫기
close-discard = 저장하지 않고 닫기
close-cancel = 취소
