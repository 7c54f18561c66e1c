### Agenda of the UN DESA–KRILA Forum, 7 July 2021 (Seoul, 14:00–16:30 KST).
### Source: the organizers' concept note, and nothing beyond it. Reference locale.

## Event

event-title = Strengthening Public Governance and Accelerating Digital Transformation of Local Government for Emergency Response and Revitalization of Local Economy in the Post-COVID-19 Era
    .short = UN DESA–KRILA Forum 2021
event-organizers = Co-organized by the United Nations Project Office on Governance (UNPOG), Division for Public Institutions and Digital Government (DPIDG), UN Department of Economic and Social Affairs (UN DESA), and the Korea Research Institute for Local Administration (KRILA).
event-format = Virtual forum via Zoom, with English–Korean simultaneous interpretation. Two thematic sessions, each composed of thematic presentations, panel discussions and an interactive Q&A discussion.
event-objectives =
    I. Discuss how to strengthen public governance and accelerate digital transformation at the local level for resilient, sustainable and inclusive emergency response and the post-COVID-19 era;
    II. Exchange innovative approaches, strategies and experiences and promote peer-to-peer learning among different countries and stakeholders;
    III. Provide policy recommendations for strengthening local governance and accelerating local digital transformation for recovery and the post-COVID-19 era; and
    IV. Facilitate local partnership among participants.

## Thematic sessions

session-session-1 = Strengthening Public Governance of Local Government
    .organizer = KRILA
    .details = Local government remains at the center of COVID-19 response and sustainable post-COVID-19 recovery, including containing the spread of the virus, disaster preparedness, service delivery, ensuring infrastructure, and mobilizing human and financial resources and intergovernmental coordination.
    .summary = Local governments are at the forefront of the COVID-19 response. The session shares challenges, strategies, actions and effective public governance in combatting COVID-19 at the local level in Korea and other countries, and the various response and mitigation measures implemented by local governments. The pandemic calls for different policy measures: the Korean economy, for example, is experiencing an unprecedented contraction unfolding in completely different ways from past economic crises.
session-session-2 = Accelerating Digital Transformation of Local Government
    .organizer = UN DESA/DPIDG/UNPOG
    .summary = The role of digital technologies and digital government in emergency response and in revitalizing the local economy in the post-COVID-19 era: setting local digital transformation strategies, including smart city initiatives, particularly in coordination with national government; fostering partnership with other stakeholders, especially the private sector and people; upgrading the skills and knowledge of local government officials for digital transformation; and bridging the digital divide and improving ICT infrastructure and connectivity, especially mobile broadband in rural areas.

## Programme blocks

block-opening = Opening Session
block-session-1 = Session 1: Strengthening Public Governance of Local Government
block-session-2 = Session 2: Accelerating Digital Transformation of Local Government
block-closing = Closing

## Programme items

item-opening-remarks-1 = Opening remarks
item-opening-remarks-2 = Opening remarks
item-keynote = Keynote speech
item-s1-presentation-1 = Presentation 1
item-s1-presentation-2 = Presentation 2
item-s1-discussant-1 = Discussant 1
item-s1-discussant-2 = Discussant 2
item-s1-qa = Q&A discussion
item-s2-presentation-1 = Presentation 1
item-s2-presentation-2 = Presentation 2
item-s2-presentation-3 = Presentation 3
item-s2-presentation-4 = Presentation 4
item-s2-discussant = Discussant
item-s2-qa = Q&A discussion
item-closing-remarks-1 = Closing remarks
item-closing-remarks-2 = Closing remarks

## About the event: the concept note's background, audience, co-organizers and registration, one fact a line

event-background =
    Local governments play a critical role in advancing the 2030 Agenda for Sustainable Development.
    The Political Declaration "Gearing up for a decade of action and delivery for sustainable development", adopted at the UN SDG Summit in September 2019, calls for bolstering local action to accelerate implementation, highlighting the commitment to "empower and support cities, local authorities and communities in pursuing the 2030 Agenda" (A/RES/74/4, para. 27 (e)).
    65 percent of the total SDG targets have to be delivered by local authorities and actors (OECD, 2019, "Achieving the SDGs in cities and regions").
    Due to the proximity to citizens, local governments are at the forefront of identifying the dynamically evolving emergency situations on the ground and delivering essential services and emergency assistance.
    Throughout the COVID-19 pandemic, digital technologies have enabled governments to connect with people and to continue to deliver services online, and played a central role for communication, leadership and collaboration between policy makers and society (UN DESA, 2020, Compendium of Digital Government Initiatives in Response to the COVID-19 Pandemic).
    Important measures in accelerating local digital transformation could include: i) setting effective digital strategies at the local level, in alignment with the national digital transformation strategies/initiatives; ii) forging collaboration between local government and other local stakeholders, including IT businesses, the private sector and academia, to address the technical and financial gaps of local government; and iii) creating a digital ecosystem, particularly for improving local online service delivery and restoring the local economy.
    A digital inclusion policy is imperative to ensure that all citizens can enjoy the benefits from digital technologies without being discriminated or excluded from the digital economy and society.
event-audience = Government officials, from both national and local government agencies, responsible for coordinating and leading efforts to address the challenges of COVID-19 and foster digital transformation; also research institutes and think tanks, academia, civil society organizations, the private sector, and regional/international organizations engaged in exploring innovative solutions for the COVID-19 crisis.
event-co-organizers =
    UN DESA holds up the development pillar of the UN Secretariat and works to promote the social, economic and environmental dimensions of sustainable development; it promotes capacity development as a link between global and regional processes and development at the country level.
    The mandate of DPIDG is to assist the Member States in fostering effective, efficient, transparent, accountable, innovative and citizen-centred public governance, administration and services for sustainable development.
    UNPOG, an integral part of UN DESA/DPIDG, is mandated to address the strengthening of the capacities of public administration in Asia and the Pacific and Eastern Africa to translate the SDGs and other internationally agreed goals into institutional arrangements, strategies and programmes at country level.
    KRILA is the cornerstone of local autonomy and decentralization in Korea. It carries out research projects that lead the local autonomous development, such as local autonomy and policy, revitalization of local economy and development of future regions, and provides a long-term viable vision for local autonomy and autonomous decentralization and generous support for the major challenges of local administration.
event-registration = http://bit.ly/30ZheUi
