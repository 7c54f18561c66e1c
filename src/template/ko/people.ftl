### 행사 인물: 이름, 직함, 소속, 역할, 약력.

person-moderator = 사회자 이름
    .title = 직함
    .affiliation = 소속
    .role = 사회자
    .bio = 짧은 약력.
