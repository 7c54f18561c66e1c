### People of the UN DESA–KRILA Forum (7 July 2021), in programme order, then contacts.
### Titles and affiliations as stated in the organizers' concept note; bios state nothing beyond it.
### .address is the name as said with its honorific in this language; ko/forum/people.ftl puts the honorific
### after the name and gives foreign names a Korean .reading (a reading, never an official name).

# KRILA's full name, said the same way on every card that names it.
-krila = Korea Research Institute for Local Administration (KRILA)

person-du-sub-shin = Du-sub Shin
    .honorific = Mr.
    .title = Director General for Planning and Coordination
    .affiliation = { -krila }
    .role = Moderator, Opening Session
    .bio = Mr. Du-sub Shin is Director General for Planning and Coordination at the { -krila }.
    .address = Mr. Du-sub Shin

person-bokyun-shim = Bokyun Shim
    .honorific = Mr.
    .title = Head of the United Nations Project Office on Governance (UNPOG)
    .affiliation = DPIDG/UN DESA
    .role = Opening and closing remarks
    .bio = Mr. Bokyun Shim is Head of the United Nations Project Office on Governance (UNPOG), DPIDG/UN DESA.

person-iljae-kim = Iljae Kim
    .honorific = Mr.
    .title = President
    .affiliation = { -krila }
    .role = Opening and closing remarks
    .bio = Mr. Iljae Kim is President of the { -krila }.

person-soon-eun-kim = Kim Soon Eun
    .honorific = Mr.
    .title = Chairperson
    .affiliation = Presidential Committee on Autonomy and Decentralization, Republic of Korea
    .role = Keynote speaker, Opening Session
    .bio = Mr. Kim Soon Eun is Chairperson of the Presidential Committee on Autonomy and Decentralization, Republic of Korea.

person-pan-suk-kim = Pan Suk Kim
    .honorific = Prof.
    .title = Professor
    .affiliation = Yonsei University and the International Civil Service Commission (ICSC)
    .role = Moderator, Session 1
    .bio = Prof. Pan Suk Kim is affiliated with Yonsei University and the International Civil Service Commission.

person-sabine-kuhlmann = Sabine Kuhlmann
    .honorific = Prof.
    .title = Chair, Political Science, Public Administration and Organization
    .affiliation = University of Potsdam
    .role = Presenter, Session 1
    .bio = Prof. Sabine Kuhlmann holds the Chair of Political Science, Public Administration and Organization at the University of Potsdam.
    .address = Prof. Sabine Kuhlmann

person-myung-jae-moon = Myung Jae Moon
    .honorific = Prof.
    .title = Dean, College of Social Sciences
    .affiliation = Yonsei University
    .role = Presenter, Session 1
    .bio = Prof. Myung Jae Moon is Dean of the College of Social Sciences, Yonsei University.

person-erna-irawati = Erna Irawati
    .honorific = Ms.
    .title = Head of the Center for Government Official's Program and Policy Competency; Lecturer at the School of Administration
    .affiliation = National Institute of Public Administration, Indonesia
    .role = Discussant, Session 1
    .bio = Ms. Erna Irawati is Head of the Center for Government Official's Program and Policy Competency and Lecturer at the School of Administration, National Institute of Public Administration, Indonesia.
    .address = Ms. Erna Irawati

person-hyeonuk-bak = HyeonUk Bak
    .honorific = Mr.
    .title = Associate Research Fellow
    .affiliation = { -krila }
    .role = Discussant, Session 1
    .bio = Mr. HyeonUk Bak is Associate Research Fellow at the { -krila }.
    .address = Mr. HyeonUk Bak

person-mi-kyoung-park = Mi Kyoung Park
    .honorific = Ms.
    .title = Governance and Public Administration Officer
    .affiliation = UNPOG/DPIDG/UN DESA
    .role = Moderator, Session 2; contact for UN DESA/DPIDG/UNPOG
    .bio = Ms. Mi Kyoung Park is Governance and Public Administration Officer at UNPOG/DPIDG/UN DESA.
    .email = mikyoung.park@un.org

person-deniz-susar = Deniz Susar
    .honorific = Mr.
    .title = Governance and Public Administration Officer, Digital Government Branch
    .affiliation = DPIDG/UN DESA
    .role = Presenter, Session 2
    .bio = Mr. Deniz Susar is Governance and Public Administration Officer in the Digital Government Branch, DPIDG/UN DESA.
    .address = Mr. Deniz Susar

person-sean-audain = Sean Audain
    .honorific = Mr.
    .title = City Innovation Lead
    .affiliation = Wellington City Council
    .role = Presenter, Session 2
    .bio = Mr. Sean Audain is City Innovation Lead at Wellington City Council.
    .address = Mr. Sean Audain

person-thavisak-manodham = Thavisak Manodham
    .honorific = Dr.
    .title = Director General of E-Government Center
    .affiliation = Ministry of Technology and Communications, Lao PDR
    .role = Presenter, Session 2
    .bio = Dr. Thavisak Manodham is Director General of the E-Government Center, Ministry of Technology and Communications, Lao PDR.
    .address = Dr. Thavisak Manodham

person-aida-yuvienco = Aida C. Yuvienco
    .honorific = Ms.
    .title = Director
    .affiliation = Department of Information and Communications Technology (DICT), Philippines
    .role = Presenter, Session 2
    .bio = Ms. Aida C. Yuvienco is Director at the Department of Information and Communications Technology, Philippines.
    .address = Ms. Aida C. Yuvienco

person-zaki-khoury = Zaki B. Khoury
    .honorific = Dr.
    .title = Senior Digital Development Specialist, Digital Development Global Practice
    .affiliation = The World Bank
    .role = Discussant, Session 2
    .bio = Dr. Zaki B. Khoury is Senior Digital Development Specialist in the Digital Development Global Practice, The World Bank.
    .address = Dr. Zaki B. Khoury

person-young-ji-tak = Young-ji Tak
    .honorific = Ms.
    .title = Head of External Cooperation Division
    .affiliation = { -krila }
    .role = Contact for KRILA
    .bio = Ms. Young-ji Tak is Head of the External Cooperation Division at the { -krila }.
    .email = yjtak@krila.re.kr

    .address = Ms. Young-ji Tak