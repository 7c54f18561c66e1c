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
