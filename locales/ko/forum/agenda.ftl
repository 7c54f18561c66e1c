### UN DESA–한국지방행정연구원 포럼 일정 (2021년 7월 7일, 서울, 14:00–16:30).
### 행사 제목은 한국지방행정연구원 보도자료(2021-07-06, 뉴스와이어; http://press.envinews.co.kr/newsRead.php?no=926650)의 국문 제목을 따름.
### 그 밖의 문장은 개념서(영문)의 번역이며 개념서에 없는 내용은 넣지 않음.

## Event

event-title = 포스트 코로나시대 비상 대응 및 지역경제 활성화를 위한 지방차원의 공공 거버넌스 강화와 디지털 전환 가속화
    .short = UN DESA–KRILA 포럼 2021
# UNVERIFIED: Korean name of DPIDG not confirmed from an official source; English form kept.
event-organizers = 공동 주최: 유엔 경제사회처(UN DESA) Division for Public Institutions and Digital Government(DPIDG) 소속 유엔거버넌스센터(UNPOG), 한국지방행정연구원(KRILA).
event-format = Zoom을 통한 온라인 포럼이며 영어–한국어 동시통역이 제공됩니다. 두 개의 주제별 세션으로 구성되며, 각 세션은 주제 발표, 패널 토론, 질의응답 토론으로 진행됩니다.
event-objectives =
    I. 회복력 있고 지속가능하며 포용적인 비상 대응과 포스트 코로나19 시대를 위해 지방 차원에서 공공 거버넌스를 강화하고 디지털 전환을 가속화하는 방안 논의
    II. 혁신적인 접근방식, 전략, 경험을 교류하고 여러 국가와 이해관계자 간 상호 학습 촉진
    III. 회복과 포스트 코로나19 시대를 위한 지방 거버넌스 강화 및 지방 디지털 전환 가속화에 관한 정책 제언
    IV. 참가자 간 지역 파트너십 촉진

## Thematic sessions

session-session-1 = 지방정부의 공공 거버넌스 강화
    .organizer = 한국지방행정연구원(KRILA)
    .summary = 지방정부는 코로나19 대응의 최일선에 있습니다. 이 세션에서는 한국과 여러 나라의 지방정부 차원에서 코로나19 극복을 위한 과제, 전략, 조치와 효과적인 공공 거버넌스를 공유하고, 지방정부가 시행한 다양한 대응 및 완화 조치를 살펴봅니다. 예컨대 한국 경제는 과거 경제위기와 전혀 다른 양상으로 전례 없는 위축을 겪고 있어 다른 정책 대응이 필요합니다.
session-session-2 = 지방정부의 디지털 전환 가속화
    .organizer = UN DESA/DPIDG/UNPOG
    .summary = 포스트 코로나19 시대의 비상 대응과 지역경제 활성화에서 디지털 기술과 디지털 정부의 역할을 살펴봅니다. 스마트시티 사업을 포함한 지방 디지털 전환 전략을 특히 중앙정부와 협력하여 수립하는 일, 다른 이해관계자 특히 민간 부문 및 시민과의 파트너십 강화, 디지털 전환을 위한 지방공무원의 역량·지식 향상, 디지털 격차 해소와 농촌 지역 모바일 광대역 등 정보통신 인프라·연결성 개선을 다룹니다.

## Programme blocks

block-opening = 개회식
block-session-1 = 세션 1: 지방정부의 공공 거버넌스 강화
block-session-2 = 세션 2: 지방정부의 디지털 전환 가속화
block-closing = 폐회

## Programme items

item-opening-remarks-1 = 개회사
item-opening-remarks-2 = 개회사
item-keynote = 기조연설
item-s1-presentation-1 = 발표 1
item-s1-presentation-2 = 발표 2
item-s1-discussant-1 = 토론 1
item-s1-discussant-2 = 토론 2
item-s1-qa = 질의응답 토론
item-s2-presentation-1 = 발표 1
item-s2-presentation-2 = 발표 2
item-s2-presentation-3 = 발표 3
item-s2-presentation-4 = 발표 4
item-s2-discussant = 토론
item-s2-qa = 질의응답 토론
item-closing-remarks-1 = 폐회사
item-closing-remarks-2 = 폐회사
