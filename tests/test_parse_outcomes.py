"""Outcomes as agencies, newspapers and other governments word them.

Decisions without a document noun (an office handed on, a year designated, a state admitted),
a resolution's operative paragraphs, statements cited rather than adopted, and the readout of
a bilateral that goes on over several paragraphs. Each shape was missed, or misread, in a report
in a house style the corpus does not have; here in new wording.
"""

from __future__ import annotations

import pytest

import summitdoc
from wire_layout import wire_parse


def _decisions(s: summitdoc.Summit) -> list[tuple[str, str, str | None, int | None]]:
    return [(d.kind.value, d.text, d.subject, d.year) for d in s.decisions]


def _statements(s: summitdoc.Summit) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(st.issuer, st.topic, tuple(st.points)) for st in s.statements]


def test_a_handover_ends_with_its_new_holder() -> None:
    s = wire_parse(
        "Andean leaders close their summit",
        "The Andean leaders handed the rotating chairmanship to Ecuador at the end of the "
        "closing session in Cusco.",
    )
    assert _decisions(s) == [
        (
            "presidency",
            "The Andean leaders handed the rotating chairmanship to Ecuador",
            "Ecuador",
            None,
        )
    ]


def test_a_second_verb_hands_the_office_on_its_own() -> None:
    """After "signed X and", the handover is the second verb's; a dateline is no subject."""
    s = wire_parse(
        "Gulf leaders sign a fisheries pact",
        "MUSCAT, Oman (AP) — Gulf leaders on Monday signed a long-awaited code of conduct on "
        "fishing and handed the presidency of their council to the United Arab Emirates, ending "
        "a two-day meeting.",
    )
    assert _decisions(s) == [
        ("other", "a long-awaited code of conduct on fishing", None, None),
        (
            "presidency",
            "handed the presidency of their council to the United Arab Emirates",
            "United Arab Emirates",
            None,
        ),
    ]


def test_a_handover_to_a_person_gives_the_person() -> None:
    s = wire_parse(
        "Lake states change chair",
        "At the closing dinner, President Amara Toure passed the chairmanship to H.E. Joseph "
        "Mbeki Nduru, President of the Republic of Tanzania, for 2031.",
    )
    (d,) = s.decisions
    assert d.kind.value == "presidency"
    assert d.text.startswith("President Amara Toure passed the chairmanship to H.E. Joseph")
    assert d.text.endswith("Joseph Mbeki Nduru")
    assert d.subject == "Joseph Mbeki Nduru"


def test_a_handover_reported_with_that_starts_after_it() -> None:
    s = wire_parse(
        "Bay states end summit",
        "The leaders decided that the Chairmanship of the Bay Forum will pass to Myanmar in 2032.",
    )
    assert _decisions(s) == [
        (
            "presidency",
            "the Chairmanship of the Bay Forum will pass to Myanmar in 2032",
            "Myanmar",
            2032,
        )
    ]


def test_one_handover_told_twice_is_one_presidency() -> None:
    s = wire_parse(
        "Island states wrap up talks",
        "Pacific leaders handed the chair of their forum to Fiji on Friday.",
        '"We leave with a plan," Premier Ana Lolo said, before passing a carved staff to Prime '
        "Minister Seru Vakaloloma, whose country will chair the forum next year.",
    )
    assert [(d.kind.value, d.subject) for d in s.decisions] == [("presidency", "Fiji")]


def test_a_year_designated_in_the_active_voice() -> None:
    s = wire_parse(
        "River summit ends",
        "The council designated 2033 as the International Year of Wetlands, and 2034 as the Year "
        "of River Pilots.",
        'The ministers also agreed to proclaim 2035-2036 as the "Years of Shared Harbours, Open '
        'Seas" across the region.',
    )
    assert _decisions(s) == [
        (
            "designation",
            "designated 2033 as the International Year of Wetlands",
            "International Year of Wetlands",
            2033,
        ),
        (
            "designation",
            'proclaim 2035-2036 as the "Years of Shared Harbours, Open Seas"',
            "Years of Shared Harbours, Open Seas",
            None,
        ),
    ]


def test_one_leader_designating_a_national_year_decides_nothing_for_the_summit() -> None:
    s = wire_parse(
        "Leaders gather at the lake",
        "Latvia's president designated 2033 as the Year of the Amber Coast in his country.",
    )
    assert s.decisions == ()


def test_a_state_taken_in_as_member_or_observer() -> None:
    s = wire_parse(
        "Coastal bloc grows",
        "The bloc admitted the Republic of Palau as its ninth full member on Thursday.",
        "Members also granted observer status to Nauru.",
    )
    assert _decisions(s) == [
        (
            "other",
            "admitted the Republic of Palau as its ninth full member",
            "Republic of Palau",
            None,
        ),
        ("other", "granted observer status to Nauru", "Nauru", None),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The council admitted Andorra, Belize and the Cook Islands as new members on Monday.",
        "Heads of state agreed to admit Andorra, Belize and the Cook Islands as full members.",
    ],
)
def test_states_taken_in_together_are_one_admission_each(line: str) -> None:
    s = wire_parse("Coastal bloc grows", line)
    assert [(d.kind, d.subject) for d in s.decisions] == [
        ("other", "Andorra"),
        ("other", "Belize"),
        ("other", "Cook Islands"),
    ]
    assert s.decisions[0].text.endswith("Andorra")


def test_an_admission_needs_the_summit_as_subject() -> None:
    s = wire_parse(
        "Coastal bloc meets",
        "The hospital admitted Ana Lolo as a patient on Thursday.",
        "Fiji accepted Samoa's offer to host the next meeting.",
    )
    assert s.decisions == ()


def test_a_resolutions_operative_paragraphs_are_its_decisions() -> None:
    s = wire_parse(
        "Council of the Lakes concludes its ordinary session",
        "The Council of the Lakes concluded its ordinary session in Kigoma on Sunday.",
        "The Council:",
        "1. ELECTS H.E. Miriam Okello Adongo of the Republic of Uganda as Secretary-General of "
        "the Council for a term of three years;",
        "2. DECIDES that the Republic of Malawi shall assume the Chairmanship of the Council for "
        "the year 2031;",
        "3. WELCOMES the offer of the Republic of Zambia to host the next ordinary session;",
        "4. ESTABLISHES a Lakes Fisheries Observatory; and",
        "5. ADOPTS the Kigoma Declaration on Water Security and the Solemn Declaration on "
        "Shared Shores.",
    )
    assert _decisions(s) == [
        (
            "designation",
            (
                "H.E. Miriam Okello Adongo of the Republic of Uganda as Secretary-General of the "
                "Council for a term of three years"
            ),
            "Miriam Okello Adongo",
            None,
        ),
        (
            "presidency",
            "the Republic of Malawi shall assume the Chairmanship of the Council for the year 2031",
            "Republic of Malawi",
            2031,
        ),
        ("establishment", "a Lakes Fisheries Observatory", "Lakes Fisheries Observatory", None),
    ]
    assert [st.topic for st in s.statements] == [
        "Kigoma Declaration on Water Security",
        "Solemn Declaration on Shared Shores",
    ]
    assert not any("ELECTS" in p.name for p in s.participants)


def test_two_named_statements_adopted_together_and_the_issuer_before_the_first_verb() -> None:
    s = wire_parse(
        "Arctic leaders meet",
        "The Arctic leaders signed the Tromso Accord and adopted the Tromso Declaration on Sea "
        "Ice and the Joint Statement on Polar Research.",
    )
    assert [(st.issuer, st.topic) for st in s.statements] == [
        ("Arctic leaders", "Tromso Declaration on Sea Ice"),
        ("Arctic leaders", "Joint Statement on Polar Research"),
    ]


def test_a_statement_cited_with_a_and_its_speaker() -> None:
    s = wire_parse(
        "Delta summit ends",
        "In a joint communique, the delta states said they would open their ports to each "
        "other's barges by 2032.",
        "In a statement, the port authority said it welcomed the plan.",
    )
    assert _statements(s) == [
        (
            "the delta states",
            "joint communique",
            ("they would open their ports to each other's barges by 2032",),
        )
    ]


def test_the_adoption_of_a_bare_communique_ends_the_summit() -> None:
    s = wire_parse(
        "Leaders part in Suva",
        "The forum closed on Sunday with the adoption of a communique endorsed by all 18 "
        "members, although two governments, including Tonga's, said they had reservations.",
    )
    assert [st.topic for st in s.statements] == ["communique"]
    assert s.decisions == ()


def test_a_readout_of_one_bilateral_runs_over_its_paragraphs() -> None:
    """A press office's readout set in paragraphs between blank lines, with a list and links
    after it set line by line: the meeting's paragraphs are one section, and what the two
    leaders agreed is the meeting's, not the summit's."""
    text = (
        "Prime Minister Lind meets with President Okafor\n\n"
        "June 2, 2031\n\n"
        "Prime Minister Eva Lind today met with the President of Ghana, Kwame Okafor, on the "
        "margins of the Harbour Summit in Accra.\n\n"
        "Prime Minister Lind thanked President Okafor for hosting the summit. The leaders "
        "discussed port security and cocoa trade. They agreed to launch talks on a "
        "Sweden-Ghana research fund.\n\n"
        "The Prime Minister also met with President Ines Duarte of Cabo Verde. The leaders "
        "discussed ferry links and agreed to convene their transport ministers in the autumn.\n\n"
        "Quick Facts\n"
        "- Sweden opened an embassy in Accra in 1961.\n"
        "- Ghana chairs the Harbour Summit this year.\n\n"
        "Associated Links\n"
        "Prime Minister Lind attends the Harbour Summit\n"
    )
    s = summitdoc.parse_text(text)
    names = {p.id: p.name for p in s.participants}
    meetings = {
        tuple(sorted(names[x] for x in m.participants)): (m.topics, m.agreements)
        for m in s.meetings
    }
    assert meetings[("Eva Lind", "Kwame Okafor")] == (
        ("port security", "cocoa trade"),
        ("launch talks on a Sweden-Ghana research fund",),
    )
    assert meetings[("Eva Lind", "Ines Duarte")] == (
        ("ferry links",),
        ("convene their transport ministers in the autumn",),
    )
    assert s.decisions == ()


def test_a_numbered_readout_goes_on_with_its_meeting() -> None:
    """A foreign ministry's readout: "The Rt. Hon." does not end the sentence, the numbered
    paragraphs after it are the meeting's, "confirmed that" gives what was agreed, and the
    examples after "including" are no topics of their own."""
    s = wire_parse(
        "Norway-Kenya Summit Meeting",
        "On June 3, commencing at 9:30 for about 30 minutes, Mr. Lars Aune, Prime Minister of "
        "Norway, held a meeting with The Rt. Hon. Grace Wanjiru, Prime Minister of Kenya, on the "
        "margins of the Ocean Summit. The overview of the meeting is as follows.",
        "1. At the outset, Prime Minister Aune welcomed Prime Minister Wanjiru to Bergen.",
        "2. The two leaders exchanged views on maritime affairs, including piracy, fisheries and "
        "port fees.",
        "3. The two leaders confirmed that they would open a direct shipping line, and Prime "
        "Minister Aune stated that Norway would train Kenyan pilots.",
    )
    names = {p.id: p.name for p in s.participants}
    assert [
        (sorted(names[x] for x in m.participants), m.topics, m.agreements) for m in s.meetings
    ] == [
        (
            ["Grace Wanjiru", "Lars Aune"],
            ("maritime affairs",),
            ("they would open a direct shipping line",),
        )
    ]


def test_two_names_launched_together_are_two_items() -> None:
    s = wire_parse(
        "Reef summit ends",
        "The summit also launched the Reef Monitoring Programme and the Blue Carbon Fund "
        "together with invited countries.",
        "The leaders launched the Alliance for Coral and Kelp.",
    )
    assert [(d.kind.value, d.subject) for d in s.decisions] == [
        ("programme", "Reef Monitoring Programme"),
        ("establishment", "Blue Carbon Fund"),
        ("establishment", "Alliance for Coral and Kelp"),
    ]


def test_a_host_receiving_a_guest_meets_them() -> None:
    s = wire_parse(
        "Gulf leaders gather",
        "On the sidelines of the summit, President Omar Haddad received Prime Minister Layla "
        "Nasser at the palace. During the meeting, they reviewed water projects and agreed to "
        "build a desalination plant in Sohar.",
    )
    names = {p.id: p.name for p in s.participants}
    assert [(sorted(names[x] for x in m.participants), m.agreements) for m in s.meetings] == [
        (["Layla Nasser", "Omar Haddad"], ("build a desalination plant in Sohar",))
    ]
    assert s.decisions == ()


def test_a_readout_naming_each_side_in_turn_stays_with_the_meeting() -> None:
    """A readout whose paragraphs name one side and then the other: each is the meeting's."""
    text = (
        "President Lin Hao meets President of Mongolia\n\n"
        "On the afternoon of May 5, President Lin Hao met with Mongolian President Bat Erdene in "
        "Ulaanbaatar.\n\n"
        "Lin Hao pointed out that the two countries are good neighbours.\n\n"
        'Bat Erdene said that Mongolia values the partnership. "We are close friends," Erdene '
        "said. The two sides agreed to open a new rail crossing at Zamyn-Uud.\n"
    )
    s = summitdoc.parse_text(text)
    assert [m.agreements for m in s.meetings] == [("open a new rail crossing at Zamyn-Uud",)]
    assert s.decisions == ()


def test_who_says_so_is_not_part_of_what_was_decided_or_discussed() -> None:
    s = wire_parse(
        "Andean leaders close their summit",
        "The Andean leaders agreed to set up a joint fund for glacier monitoring, according to "
        "people briefed on the talks.",
        "On the sidelines of the summit, President Rosa Quispe of Peru met President Tomas "
        "Arce of Bolivia. They discussed lithium exports and river pollution, Peruvian "
        "officials said. They agreed to reopen the border crossing at Desaguadero, the "
        "Bolivian foreign ministry said on Sunday.",
    )
    assert [d.text for d in s.decisions] == ["set up a joint fund for glacier monitoring"]
    assert [(m.topics, m.agreements) for m in s.meetings] == [
        (
            ("lithium exports", "river pollution"),
            ("reopen the border crossing at Desaguadero",),
        )
    ]


def test_a_statement_named_in_quote_marks_is_a_statement_not_a_person() -> None:
    s = wire_parse(
        "Chile and Peru deepen their partnership",
        'The two presidents issued the "Chile-Peru Joint Statement on a Pacific Alliance for '
        'Clean Ports", and later toured the harbour.',
    )
    assert [x[1] for x in _statements(s)] == [
        "Chile-Peru Joint Statement on a Pacific Alliance for Clean Ports"
    ]
    assert not [p.name for p in s.participants if "Joint" in p.name]


def test_an_endorsed_statement_on_a_topic() -> None:
    s = wire_parse(
        "Alpine leaders back glacier monitoring",
        "Leaders endorsed a joint statement on glacier monitoring, which calls for a shared "
        "network of meltwater gauges.",
    )
    assert _statements(s) == [
        ("Leaders", "glacier monitoring", ("calls for a shared network of meltwater gauges",))
    ]


def test_a_declaration_read_out_is_not_the_readers() -> None:
    s = wire_parse(
        "Andean summit closes with a water declaration",
        "Secretary-General Lucia Paredes read out the Quito Declaration at the closing session.",
    )
    assert [x[:2] for x in _statements(s)] == [(None, "Quito Declaration")]


def test_where_a_declaration_was_adopted_is_not_its_topic() -> None:
    s = wire_parse(
        "Sahel states agree on grain reserves",
        "NIAMEY – Leaders of the Sahel grain group on Friday adopted a declaration on food "
        "reserves at the bloc's fourth summit in a decade.",
    )
    assert [x[:2] for x in _statements(s)] == [
        ("Leaders of the Sahel grain group", "food reserves")
    ]


def test_the_choice_of_the_next_host_is_a_decision() -> None:
    """Where the next meeting is held, when the summit chose it: the host is the subject."""
    s = wire_parse(
        "Island states close their forum",
        "The leaders accepted Vanuatu's offer to host the 2035 forum in Port Vila.",
        "Ministers agreed that Tuvalu would host the next session of the fisheries council.",
        "Kiribati was chosen to host the youth summit after that.",
        "The forum agreed to hold its next summit in Honiara in 2036.",
    )
    assert _decisions(s) == [
        (
            "other",
            "accepted Vanuatu's offer to host the 2035 forum in Port Vila",
            "Vanuatu",
            2035,
        ),
        ("other", "Tuvalu would host the next session of the fisheries council", "Tuvalu", None),
        ("other", "Kiribati was chosen to host the youth summit after that", "Kiribati", None),
        ("other", "hold its next summit in Honiara in 2036", "Honiara", 2036),
    ]


def test_hosting_is_no_decision_without_the_summit_choosing_a_meeting() -> None:
    s = wire_parse(
        "Island states close their forum",
        "Tonga and Samoa agreed that Apia would host the next summit of their two leaders.",
        "The leaders agreed that Nauru would host a dinner for the delegations.",
        "The next summit will be held in Koror.",
    )
    assert s.decisions == ()


def test_a_list_after_its_lead_gives_one_decision_an_item() -> None:
    """ "... were signed:" then marked items: each item; the text's own numbering goes on."""
    s = summitdoc.parse_text(
        "Readout of the Chile-Peru Summit Meeting\n\n"
        "1. President Ana Rios held a summit meeting with President Luis Vega in Lima on "
        "Monday.\n\n"
        "2. In the presence of both presidents, the following instruments were signed:\n"
        "(1) Memorandum of Understanding on Glacier Monitoring;\n"
        "(2) Agreement on the Mutual Recognition of Driving Licences.\n\n"
        "3. The two presidents also discussed the fishing season.\n"
    )
    assert [d.text for d in s.decisions] == [
        "Memorandum of Understanding on Glacier Monitoring",
        "Agreement on the Mutual Recognition of Driving Licences",
    ]


def test_a_list_led_by_the_summit_as_subject() -> None:
    """ "The Council:" then "- Decided to ...": the lead is each item's subject."""
    s = wire_parse(
        "River basin council ends",
        "The Basin Council:",
        "- Decided to create a drought early-warning desk in Niamey;",
        "- Accepted the invitation of Mali to host the next council session in Mopti.",
        "Ministers then left for the airport.",
    )
    assert _decisions(s) == [
        (
            "establishment",
            "create a drought early-warning desk in Niamey",
            "drought early-warning desk",
            None,
        ),
        (
            "other",
            "Accepted the invitation of Mali to host the next council session in Mopti",
            "Mali",
            None,
        ),
    ]


def test_announcing_the_following_items_is_no_item() -> None:
    s = wire_parse(
        "River basin council ends",
        "The ministers approved the following: a water-sharing charter; and a flood fund.",
    )
    assert [d.text for d in s.decisions] == ["a water-sharing charter", "a flood fund"]


def test_a_second_verb_ends_the_first_decision() -> None:
    s = wire_parse(
        "River basin council ends",
        "The council approved the extension of the flood mission until May 2034 and renewed "
        "the mandate of its secretary for two years.",
    )
    assert [d.text for d in s.decisions][:1] == [
        "the extension of the flood mission until May 2034"
    ]


def test_an_office_of_the_organisation_given_by_the_summit() -> None:
    s = wire_parse(
        "Lake states pick new officials",
        "The council re-elected Tomasz Wierzba as Secretary-General for a further four years.",
        "Members also appointed Chilean lawyer Ana Pizarro Vial as the next executive secretary "
        "of the fisheries commission.",
        "The assembly elected Dr. Ines Mora of Peru as judge of the Lake Tribunal and Mr. Kwame "
        "Ofori of Togo as auditor.",
        "Rosa Itten was appointed Special Envoy for the Delta by consensus.",
    )
    assert [(d.kind, d.subject) for d in s.decisions] == [
        ("designation", "Tomasz Wierzba"),
        ("designation", "Ana Pizarro Vial"),
        ("designation", "Ines Mora"),
        ("designation", "Kwame Ofori"),
        ("designation", "Rosa Itten"),
    ]
    assert s.decisions[2].text.endswith("judge of the Lake Tribunal")


def test_a_national_election_or_cabinet_post_is_no_decision_of_the_summit() -> None:
    s = wire_parse(
        "Lake states meet",
        "President Luis Armas Peña was elected president of Paraguay in 2037.",
        "The prime minister appointed Dana Kruse as finance secretary last year.",
        "Odile Fabre was elected Secretary-General of the lake council two years ago.",
        "Uruguay extended a warm welcome to the delegations.",
        "The leaders discussed the signing of a fisheries treaty next year.",
    )
    assert s.decisions == ()


def test_a_term_renewed_or_a_mandate_extended() -> None:
    s = wire_parse(
        "Lake states meet",
        "The leaders renewed the term of Dr. Halvorsen as Secretary-General until 2041.",
        "They also extended the mandate of the observer mission by six months.",
    )
    assert [(d.kind, d.text, d.subject, d.year) for d in s.decisions] == [
        (
            "other",
            "renewed the term of Dr. Halvorsen as Secretary-General until 2041",
            "Halvorsen",
            2041,
        ),
        ("other", "extended the mandate of the observer mission by six months", None, None),
    ]


def test_documents_whose_signing_the_leaders_witnessed() -> None:
    s = wire_parse(
        "Lake states meet",
        "The two presidents witnessed the signing of the Lake Agreement on Ferries, the "
        "Memorandum of Understanding on Customs, and the Protocol on Fishing Quotas.",
        "The summit closed with the signing of a treaty on water rights.",
    )
    assert [d.text for d in s.decisions] == [
        "the Lake Agreement on Ferries",
        "the Memorandum of Understanding on Customs",
        "the Protocol on Fishing Quotas",
        "a treaty on water rights",
    ]


def test_the_summit_confirms_the_next_host() -> None:
    s = wire_parse(
        "Lake states meet",
        "Leaders confirmed that Bolivia will host the next summit in 2040, when the chair rotates.",
    )
    assert [(d.text, d.subject, d.year) for d in s.decisions] == [
        ("Bolivia will host the next summit in 2040", "Bolivia", 2040)
    ]


def test_a_decision_summed_up_in_the_lede_and_told_again_is_one() -> None:
    s = wire_parse(
        "Lake states meet",
        "Leaders agreed to admit Aruba as associate member and to set up a flood fund.",
        "Later the council agreed to admit Aruba as an associate member of the lake council.",
        "The flood fund will be set up in Lima.",
    )
    assert [(d.text, d.subject) for d in s.decisions if d.subject == "Aruba"] == [
        ("admit Aruba as an associate member", "Aruba")
    ]


@pytest.mark.parametrize(
    ("line", "items"),
    [
        (
            "The leaders welcomed the admission of Andorra and Belize as observers.",
            [("the admission of Andorra", "Andorra"), ("Belize", "Belize")],
        ),
        (
            "Leaders welcomed the accession of Palau as a member state of the Reef Council.",
            [("the accession of Palau as a member state of the Reef Council", "Palau")],
        ),
    ],
)
def test_an_admission_told_as_a_noun(line: str, items: list[tuple[str, str]]) -> None:
    s = wire_parse("Coastal bloc grows", line)
    assert [(d.text, d.subject) for d in s.decisions] == items


def test_a_standing_noun_before_another_noun_is_no_admission() -> None:
    s = wire_parse("Coastal bloc meets", "Leaders noted the admission of Fiji's observer team.")
    assert s.decisions == ()


@pytest.mark.parametrize(
    "lead",
    [
        "When the closed session ended, the Heads of State and Government:",
        "The Summit, inter alia:",
        "On its second day, the Assembly:",
    ],
)
def test_items_led_by_the_summit_and_an_adverbial_are_its_decisions(lead: str) -> None:
    s = wire_parse(
        "Lagoon states wrap up their summit",
        lead,
        "- Approved the admission of the Republic of Palau as an associate member;",
        "- Renewed the mandate of the Executive Director for two more years;",
        "- Appointed Ms. Ilisapeci Tuilagi as Executive Secretary of the Commission;",
        "- Accepted the offer of Tuvalu to host the next summit in 2044.",
    )
    assert _decisions(s) == [
        (
            "other",
            "the admission of the Republic of Palau as an associate member",
            "Republic of Palau",
            None,
        ),
        ("other", "Renewed the mandate of the Executive Director for two more years", None, None),
        (
            "designation",
            "Appointed Ms. Ilisapeci Tuilagi as Executive Secretary of the Commission",
            "Ilisapeci Tuilagi",
            None,
        ),
        ("other", "Accepted the offer of Tuvalu to host the next summit in 2044", "Tuvalu", 2044),
    ]


def test_a_capital_verb_opening_a_sentence_of_prose_decides_nothing() -> None:
    # Without a lead naming the summit, "Approved ..." has no subject of the summit's.
    s = wire_parse(
        "Lagoon states wrap up their summit",
        "Approved the admission of the Republic of Palau as an associate member, the finance "
        "committee's chair said, would cost the members little.",
    )
    assert _decisions(s) == []


def test_a_declarations_list_after_an_adverbial_is_no_list_of_decisions() -> None:
    s = wire_parse(
        "Lagoon states wrap up their summit",
        "The leaders adopted the Koror Declaration on Sunday.",
        "In the Koror Declaration, the Heads of State and Government:",
        "- renewed their call for the protection of migratory tuna stocks;",
        "- approved the admission of the Republic of Palau as an associate member.",
    )
    assert _decisions(s) == []
    assert _statements(s) == [
        (
            "leaders",
            "Koror Declaration",
            (
                "renewed their call for the protection of migratory tuna stocks",
                "approved the admission of the Republic of Palau as an associate member",
            ),
        )
    ]


def test_a_statement_that_says_so_gives_its_point_and_issuer() -> None:
    s = wire_parse(
        "Lagoon states wrap up their summit",
        "The closing communiqué, read out by the Minister of Fisheries, Trade and Tourism, Mr. "
        "Kalani Reklai, states that the leaders welcomed the new reef monitoring network.",
    )
    assert _statements(s) == [
        ("leaders", "closing communiqué", ("welcomed the new reef monitoring network",))
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The closing communiqué says that the member states:",
        "At the end of the meeting, the leaders adopted the Koror Declaration, in which they:",
    ],
)
def test_a_statements_list_after_its_colon_holds_its_points(lead: str) -> None:
    s = wire_parse(
        "Lagoon states wrap up their summit",
        lead,
        "1. welcomed the new reef monitoring network;",
        "2. urged partners to honour their pledges to the ocean fund; and",
        "3. commit to banning drift nets by 2045.",
        "The talks will resume in Majuro.",
    )
    [(_, _, points)] = _statements(s)
    assert points == (
        "welcomed the new reef monitoring network",
        "urged partners to honour their pledges to the ocean fund",
        "commit to banning drift nets by 2045",
    )


def test_a_named_statement_as_subject_of_its_point_verbs_gives_its_points() -> None:
    s = wire_parse(
        "Delta states close their summit",
        "The Mekong Delta Declaration calls on upstream dams to release dry-season flows, "
        "commits members to a shared salinity survey, and rejects sand dredging in the main "
        "channel.",
    )
    assert _statements(s) == [
        (
            None,
            "Mekong Delta Declaration",
            (
                "calls on upstream dams to release dry-season flows",
                "commits members to a shared salinity survey",
                "rejects sand dredging in the main channel",
            ),
        )
    ]


def test_points_told_by_the_statements_name_later_stay_in_the_order_of_the_text() -> None:
    s = wire_parse(
        "Delta states close their summit",
        "The leaders adopted the Can Tho Declaration, which welcomes the new river ferry link.",
        "The Can Tho Declaration also urges donors to fund flood barriers.",
    )
    assert _statements(s) == [
        (
            "leaders",
            "Can Tho Declaration",
            ("welcomes the new river ferry link", "urges donors to fund flood barriers"),
        )
    ]


def test_a_point_split_from_its_quoted_subject_loses_the_lone_closing_mark() -> None:
    s = wire_parse(
        "Delta states close their summit",
        'The Can Tho Declaration says the delta states "commit to a common river authority."',
    )
    [(_, _, points)] = _statements(s)
    assert points == ("commit to a common river authority",)


def test_points_told_by_the_statements_name_after_quotes_are_read() -> None:
    s = wire_parse(
        "Delta states close their summit",
        "The leaders adopted the Can Tho Declaration on Friday.",
        '"The river is our road and our larder," said Cambodian Prime Minister Sok Vanna.',
        "The Can Tho Declaration urges donors to fund flood barriers.",
    )
    [(_, _, points)] = _statements(s)
    assert points == ("urges donors to fund flood barriers",)


def test_items_of_a_lead_that_says_they_are_decisions() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        "The Council also made the following decisions:",
        "1. to set up a Reef Council Office for Ocean Data in Noumea;",
        "2. to approve the Council's Work Plan for 2044;",
        "3. that Vanuatu will hold the Council Chairpersonship in 2045.",
    )
    found = _decisions(s)
    assert (
        "presidency",
        "Vanuatu will hold the Council Chairpersonship in 2045",
        "Vanuatu",
        2045,
    ) in found
    texts = [d[1] for d in found]
    assert "set up a Reef Council Office for Ocean Data in Noumea" in texts
    assert any(t.startswith("approve the Council's Work Plan") for t in texts)


def test_items_after_the_summit_and_an_adverb() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        "The Council further:",
        "• granted Observer status to the Republic of Peru;",
        "• conferred the Reef Council Medal on H.E. Dr. Malia Tonga Fale, its first "
        "Secretary General.",
    )
    found = _decisions(s)
    assert (
        "other",
        "granted Observer status to the Republic of Peru",
        "Republic of Peru",
        None,
    ) in found
    assert (
        "award",
        "conferred the Reef Council Medal on H.E. Dr. Malia Tonga Fale",
        "Malia Tonga Fale",
        None,
    ) in found


def test_projects_endorsed_including_two_named_ones() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        "In addition, the Council:",
        "- endorsed six new joint projects, including the Lagoon Seed Bank and the "
        "Noumea-Suva Fibre Link;",
        "- renewed the mandate of the Scientific Panel.",
    )
    texts = [d[1] for d in _decisions(s)]
    assert "the Lagoon Seed Bank" in texts
    assert "the Noumea-Suva Fibre Link" in texts


def test_a_colon_inside_a_quoted_title_opens_no_list() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        'The Council approved "Living Reefs: From Science to Action" as its theme for 2045.',
    )
    assert not any(d[1].startswith("From Science") for d in _decisions(s))


@pytest.mark.parametrize(
    "lead",
    [
        "The Council further resolved:",
        "The member states decided:",
        "The Council, at its closing sitting, agreed:",
    ],
)
def test_items_after_a_bare_decided_lead_are_its_decisions(lead: str) -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        lead,
        "(a) to open a Reef Council liaison desk in Suva;",
        "(b) to adopt the Council's Coral Nursery Programme 2045-2049;",
    )
    texts = [d[1] for d in _decisions(s)]
    assert texts == [
        "open a Reef Council liaison desk in Suva",
        "adopt the Council's Coral Nursery Programme 2045-2049",
    ]


def test_bare_infinitive_items_after_agreed_to_in_a_communique() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The Reef Council session ended in Noumea on Tuesday.",
        "The ministers, in their final communiqué, agreed to:",
        "- set up a Reef Restoration Fund, to be run by the Pacific Bank;",
        "- open the Council's fisheries data to all member fleets from July;",
        "- name Ms. Losana Vuki of Fiji as Deputy Director of the Secretariat.",
    )
    texts = [d[1] for d in _decisions(s)]
    assert texts == [
        "set up a Reef Restoration Fund, to be run by the Pacific Bank",
        "open the Council's fisheries data to all member fleets from July",
        "name Ms. Losana Vuki of Fiji as Deputy Director of the Secretariat",
    ]


def test_a_passive_list_lead_is_no_decision_and_its_titles_are_statements() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The following documents were adopted at the session:",
        "1. Noumea Declaration on Living Reefs",
        "2. Joint Statement on Reef Tourism",
        "3. Council Protocol on Vessel Inspections",
    )
    assert [d[1] for d in _decisions(s)] == ["Council Protocol on Vessel Inspections"]
    assert [st.topic for st in s.statements] == [
        "Noumea Declaration on Living Reefs",
        "Joint Statement on Reef Tourism",
    ]


def test_titles_listed_after_the_leaders_adopted_are_their_statements() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "When the session closed, the five premiers adopted the following documents:",
        "- Noumea Declaration on Living Reefs",
        "- Joint Statement on Reef Tourism",
    )
    assert _statements(s) == [
        ("five premiers", "Noumea Declaration on Living Reefs", ()),
        ("five premiers", "Joint Statement on Reef Tourism", ()),
    ]


def test_a_named_statement_told_short_then_in_full_is_one_by_its_full_name() -> None:
    s = wire_parse(
        "Premiers adopt Noumea Declaration",
        "The following documents were adopted at the session:",
        "1. Noumea Declaration of the Fourth Reef Council Summit",
        "2. Council Protocol on Vessel Inspections",
    )
    assert [st.topic for st in s.statements] == [
        "Noumea Declaration of the Fourth Reef Council Summit"
    ]


def test_points_listed_after_the_sentence_that_follows_the_statement() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "The premiers adopted the Noumea Declaration on Living Reefs. In the text, the member "
        "states:",
        "- pledge to end reef dredging by 2050;",
        "- call for a regional coral census.",
    )
    assert _statements(s) == [
        (
            "premiers",
            "Noumea Declaration on Living Reefs",
            ("pledge to end reef dredging by 2050", "call for a regional coral census"),
        )
    ]


def test_it_after_a_sentence_with_the_summit_as_subject_is_the_summit() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "At the close of the session, the Council took several decisions. It approved the "
        "Reef Vision 2070 Strategic Framework, adopted the Supplementary Act establishing the "
        "Reef Data Centre in Apia, and endorsed the new calendar for the fisheries census.",
    )
    texts = [d[1] for d in _decisions(s)]
    assert texts == [
        "the Reef Vision 2070 Strategic Framework",
        "the Supplementary Act establishing the Reef Data Centre in Apia",
        "the new calendar for the fisheries census",
    ]


def test_it_after_a_sentence_about_someone_else_is_not_the_summit() -> None:
    s = wire_parse(
        "Reef council closes its session",
        "Fiji's cabinet met in Suva on Monday. It approved the new calendar for the fisheries "
        "census.",
    )
    assert _decisions(s) == []
