### UN DESA–KRILA 포럼 인물 (프로그램 순서, 이어서 연락 담당자).
### 직함·소속은 개념서 기재 사항만 옮김. 한국어에서 .honorific(교수/박사/님)은 이름 뒤에 붙임 (예: 김판석 교수, 심보균 님).
### 외국인 이름: 값은 개념서의 원래 철자. `.reading`은 국립국어원 외래어 표기법에 따른 한글 읽기(공식 이름이 아님: 앱이 '한글 표기'로 표시하고 원래 철자를 옆에 보임).
### `.address`는 이 언어에서 이름과 경칭을 부르는 순서(예: 자비네 쿨만 교수). 로마자로만 아는 한국인 이름에는 '님'을 붙이지 않음.
### `.unverified`(이 언어에만 있는 속성, 값은 사유)는 인물의 한국어 이름이 공식 출처로 확인되지 않은 경우에만 사용함(앱이 해당 인물 카드에 표시).
### 이때 값은 개념서의 로마자 이름 그대로 두고, 추정한 한글 이름은 어디에도 적지 않음(한국인 이름의 로마자를 한글로 '읽기'하지 않음).
### 소속 기관의 국문 명칭 미확인은 `# Institution:` 주석으로 적고, glossary.ftl의 해당 concept에 .unverified로 표시함.
### `# Source:` 주석은 한국어 이름을 확인한 출처.

# 한국지방행정연구원의 전체 명칭(여러 카드에서 같은 표기로 씀).
-krila = 한국지방행정연구원(KRILA)

person-du-sub-shin = Du-sub Shin
    .honorific = 님
    .title = 기획조정실장
    .affiliation = { -krila }
    .role = 개회식 사회
    .bio = Du-sub Shin { -krila } 기획조정실장.
    .address = Du-sub Shin
    .unverified = Korean name not confirmed from an official source: the Hankyung item of 2022-09-01 cited in issue 15 (신두섭 as KRILA's 지방재정실장) was not found by look-ups on 2026-12-05 (queries 신두섭; 신두섭 한국지방행정연구원 지방재정실장; 신두섭 실장 한국지방행정연구원), so the romanized form is kept. The title is rendered 기획조정실장, the usual Korean for a Director General for Planning and Coordination; not confirmed from a KRILA source.

# Source: KRILA press release, 2021-07-06 (newswire; http://press.envinews.co.kr/newsRead.php?no=926650): "유엔거버넌스센터(원장 심보균)".
# Institution: Korean name of DPIDG not confirmed from an official source; English form kept (see concept-dpidg in glossary.ftl).
person-bokyun-shim = 심보균
    .honorific = 님
    .title = 유엔거버넌스센터(UNPOG) 원장
    .affiliation = 유엔 경제사회처(UN DESA) DPIDG
    .role = 개회사 및 폐회사
    .bio = 심보균 유엔거버넌스센터(UNPOG) 원장. 유엔거버넌스센터는 유엔 경제사회처(UN DESA) DPIDG 소속.

# Source: KRILA press release, 2021-07-06 (http://press.envinews.co.kr/newsRead.php?no=926650): "한국지방행정연구원(원장 김일재)".
person-iljae-kim = 김일재
    .honorific = 님
    .title = 원장
    .affiliation = { -krila }
    .role = 개회사 및 폐회사
    .bio = 김일재 { -krila } 원장.

# Source: KRILA press release, 2020-11-18 (http://press.incheonnews.com/newsRead.php?no=914280): "김순은 대통령소속 자치분권위원회 위원장".
person-soon-eun-kim = 김순은
    .honorific = 님
    .title = 위원장
    .affiliation = 대통령소속 자치분권위원회
    .role = 개회식 기조연설
    .bio = 김순은 대통령소속 자치분권위원회 위원장.

# Source: Ministry of Foreign Affairs via JoongAng Ilbo, 2020-11 (https://www.joongang.co.kr/article/23914468): "김판석(64) 연세대 글로벌행정학과 교수 … 국제공무원위원회 위원".
person-pan-suk-kim = 김판석
    .honorific = 교수
    .title = 교수
    .affiliation = 연세대학교, 국제공무원위원회(ICSC)
    .role = 세션 1 좌장
    .bio = 김판석 교수. 연세대학교 및 국제공무원위원회(ICSC) 소속.

# Reading: German (외래어 표기법 독일어 표기): Sabine [zaˈbiːnə] 자비네, Kuhlmann [ˈkuːlman] 쿨만.
# Institution: 포츠담대학교 is the regular transliteration; no Korean-language source found (see concept-university-of-potsdam in glossary.ftl).
person-sabine-kuhlmann = Sabine Kuhlmann
    .honorific = 교수
    .title = 정치학·행정학·조직론 담당 교수(Chair)
    .affiliation = 포츠담대학교(University of Potsdam)
    .role = 세션 1 발표자
    .bio = 자비네 쿨만(Sabine Kuhlmann) 교수. 포츠담대학교 정치학·행정학·조직론 담당 교수(Chair).
    .address = 자비네 쿨만 교수
    .reading = 자비네 쿨만

# Source: Yonsei University news, 2008-04-01 (http://www.yonsei.ac.kr/ocx/news.jsp?mode=view&ar_seq=11225): "행정학과 문명재 교수"; Hankyung, 2022-09-29 (https://hankyung.com/article/202209294747i): "문명재 연세대 행정학과 교수". The deanship is as stated in the concept note.
person-myung-jae-moon = 문명재
    .honorific = 교수
    .title = 사회과학대학장
    .affiliation = 연세대학교
    .role = 세션 1 발표자
    .bio = 문명재 연세대학교 사회과학대학장.

# Reading: Indonesian (외래어 표기법 말레이인도네시아어 표기), uncertain: the Latin 'e' of Erna may be [ə] or [e] (both give 에 here), and w in Irawati is [w] → 와; 에르나 이라와티. Not checked against the speaker's own pronunciation.
# Institution: Korean name of the National Institute of Public Administration (Indonesia) not confirmed from an official source; English form kept (see concept-nipa-indonesia in glossary.ftl).
person-erna-irawati = Erna Irawati
    .honorific = 님
    .title = 공무원 프로그램·정책역량센터장, 행정대학 강사
    .affiliation = National Institute of Public Administration, Indonesia
    .role = 세션 1 토론자
    .bio = 에르나 이라와티(Erna Irawati). 인도네시아 National Institute of Public Administration의 공무원 프로그램·정책역량센터장이자 행정대학(School of Administration) 강사.
    .address = 에르나 이라와티 님
    .reading = 에르나 이라와티

person-hyeonuk-bak = HyeonUk Bak
    .honorific = 님
    .title = 부연구위원
    .affiliation = { -krila }
    .role = 세션 1 토론자
    .bio = HyeonUk Bak { -krila } 부연구위원.
    .address = HyeonUk Bak
    .unverified = Korean name not confirmed from an official source (no KRILA or press source found naming this associate research fellow); romanized form kept.

# Source: Newspim, 2022-09-06, reporting a Ministry of the Interior and Safety announcement (https://newspim.com/news/view/20220906000699): "유엔거버넌스센터 박미경 공공거버넌스담당관". A 2022 source (after this forum); the title rendering follows it.
# Institution: Korean name of DPIDG not confirmed from an official source; English form kept (see concept-dpidg in glossary.ftl).
person-mi-kyoung-park = 박미경
    .honorific = 님
    .title = 공공거버넌스담당관
    .affiliation = 유엔거버넌스센터(UNPOG) / DPIDG / 유엔 경제사회처(UN DESA)
    .role = 세션 2 좌장, UN DESA/DPIDG/UNPOG 측 연락 담당
    .bio = 박미경 유엔거버넌스센터(UNPOG) / DPIDG / 유엔 경제사회처(UN DESA) 공공거버넌스담당관.
    .email = mikyoung.park@un.org

# Reading: Turkish (외래어 표기법 터키어 표기): Deniz 데니즈, Susar 수사르.
# Institution: Korean names of DPIDG and its Digital Government Branch not confirmed from an official source; English form kept (see concept-dpidg, concept-digital-government-branch in glossary.ftl).
person-deniz-susar = Deniz Susar
    .honorific = 님
    .title = Digital Government Branch 공공거버넌스담당관
    .affiliation = 유엔 경제사회처(UN DESA) DPIDG
    .role = 세션 2 발표자
    .bio = 데니즈 수사르(Deniz Susar). 유엔 경제사회처(UN DESA) DPIDG Digital Government Branch 공공거버넌스담당관.
    .address = 데니즈 수사르 님
    .reading = 데니즈 수사르

# Reading: English (외래어 표기법 영어 표기), uncertain for the surname: Sean [ʃɔːn] 숀; Audain is read [ˈɔːdeɪn] 오데인, but its stress and first vowel were not checked against the speaker's own pronunciation.
# Institution: 웰링턴시 has no documented Korean source; kept flagged (see concept-wellington-city-council in glossary.ftl).
person-sean-audain = Sean Audain
    .honorific = 님
    .title = 도시혁신 책임자(City Innovation Lead)
    .affiliation = 웰링턴시(Wellington City Council)
    .role = 세션 2 발표자
    .bio = 숀 오데인(Sean Audain). 웰링턴시(Wellington City Council) 도시혁신 책임자(City Innovation Lead).
    .address = 숀 오데인 님
    .reading = 숀 오데인

# Reading: Lao, uncertain: the NIKL rules have no Lao table. 타비삭 is the form a Korean district office's news item used for him ("라오스 우정통신부 전자정부센터장인 Dr. Thavisak (타비삭)", http://paper.bstorm.co.kr/news_proc/news_contents.jsp?ncd=10383, undated); Lao ວ is [w], so by the Thai table's analogy 타위삭 would be closer. Manodham: th/dh [tʰ] → 마노담.
# Institution: 라오스 기술통신부 and 전자정부센터 as in Korean government and press usage (see concept-lao-mtc, concept-lao-egov-center in glossary.ftl).
person-thavisak-manodham = Thavisak Manodham
    .honorific = 박사
    .title = 전자정부센터장(Director General of E-Government Center)
    .affiliation = 라오스 기술통신부
    .role = 세션 2 발표자
    .bio = 타비삭 마노담(Thavisak Manodham) 박사. 라오스 기술통신부 전자정부센터장(Director General).
    .address = 타비삭 마노담 박사
    .reading = 타비삭 마노담

# Reading: Filipino name of Spanish origin (외래어 표기법 에스파냐어 표기), uncertain: Aida 아이다, Yuvienco 유비엔코 (v read [b] as in Spanish); the middle initial C. is kept as written.
# Institution: 필리핀 정보통신기술부 as in Korean press usage (see concept-dict-philippines in glossary.ftl).
person-aida-yuvienco = Aida C. Yuvienco
    .honorific = 님
    .title = 국장(Director)
    .affiliation = 필리핀 정보통신기술부(DICT)
    .role = 세션 2 발표자
    .bio = 아이다 C. 유비엔코(Aida C. Yuvienco). 필리핀 정보통신기술부(DICT) 국장(Director).
    .address = 아이다 C. 유비엔코 님
    .reading = 아이다 C. 유비엔코

# Reading: Arabic (Lebanese) name (외래어 표기법 아랍어 표기), uncertain: Zaki 자키; Khoury خوري [xuːri], kh → ㅋ, 쿠리; the middle initial B. is kept as written.
# Institution: Korean name of the World Bank Digital Development Global Practice not confirmed from an official source; English form kept (see concept-digital-development-gp in glossary.ftl).
person-zaki-khoury = Zaki B. Khoury
    .honorific = 박사
    .title = Digital Development Global Practice 선임 디지털개발 전문가
    .affiliation = 세계은행
    .role = 세션 2 토론자
    .bio = 자키 B. 쿠리(Zaki B. Khoury) 박사. 세계은행 Digital Development Global Practice 선임 디지털개발 전문가.
    .address = 자키 B. 쿠리 박사
    .reading = 자키 B. 쿠리

person-young-ji-tak = Young-ji Tak
    .honorific = 님
    .title = 대외협력 부서장(Head of External Cooperation Division)
    .affiliation = { -krila }
    .role = 한국지방행정연구원 측 연락 담당
    .bio = Young-ji Tak { -krila } 대외협력 부서장(Head of External Cooperation Division).
    .email = yjtak@krila.re.kr
    .address = Young-ji Tak
    .unverified = Korean name not confirmed from an official source (no KRILA or press source found); romanized form kept.
