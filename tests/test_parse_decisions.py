"""Decisions: first person, enumerations, no document noun, pledges, kinds, subjects, spans."""

from __future__ import annotations

import pytest

import summitdoc
from summitdoc.parsers.extractors.decisions import classify_decision
from wire_layout import PAD, wire_parse

HEAD = "Ministers meet for talks on ports and trade"


def parse(*lines: str, head: str = HEAD) -> summitdoc.Summit:
    """One paragraph per line after a headline and two long neutral lines."""
    return wire_parse(head, *lines)


def found(s: summitdoc.Summit) -> list[tuple[str, str, str | None, int | None]]:
    return [(str(d.kind), " ".join(d.text.split()), d.subject, d.year) for d in s.decisions]


def test_first_person_approval_in_a_transcript_turn() -> None:
    s = parse(
        "Prime Minister of Norway Eirik Dahl: Friends, today we adopted the plan for shared "
        "rescue drills in the northern seas."
    )
    assert ("programme", "the plan for shared rescue drills in the northern seas", None, None) in (
        found(s)
    )


def test_year_designation_in_a_transcript_turn() -> None:
    s = parse("Prime Minister of Norway Eirik Dahl: Next year, 2031, will be the Year of Glaciers.")
    assert found(s) == [
        ("designation", "2031, will be the Year of Glaciers", "Year of Glaciers", 2031)
    ]


def test_first_person_approval_of_an_earlier_year_is_no_decision() -> None:
    s = parse(
        "Prime Minister of Norway Eirik Dahl: Last year we approved a roadmap for ferry links."
    )
    assert found(s) == []


def test_enumeration_after_a_nominal_signing() -> None:
    s = parse(
        "The meeting closed with the signing of several texts, including the Compact on Rail "
        "Freight; the Delta Charter, and others."
    )
    texts = [t for _, t, _, _ in found(s)]
    assert texts == ["the Compact on Rail Freight", "the Delta Charter"]


def test_agreements_with_partners_listed_after_such_as() -> None:
    s = parse(
        "The ministers decided to sign agreements with lenders such as the Nordic Investment "
        "Bank (NIB) and the Islamic Development Bank (IsDB)."
    )
    got = found(s)
    assert [(k, sub) for k, _, sub, _ in got] == [
        ("agreement", "Nordic Investment Bank (NIB)"),
        ("agreement", "Islamic Development Bank (IsDB)"),
    ]


def test_agreements_only_discussed_are_no_decision() -> None:
    s = parse("The ministers discussed agreements with lenders such as the Nordic Investment Bank.")
    assert found(s) == []


def test_approval_without_a_document_noun_and_a_handover() -> None:
    s = parse(
        "The prime ministers endorsed the accession of Fiji to the compact and agreed on passing "
        "the chair to Uruguay."
    )
    assert found(s) == [
        ("other", "the accession of Fiji to the compact", "Fiji", None),
        ("presidency", "passing the chair to Uruguay", "Uruguay", None),
    ]


def test_one_person_approving_is_no_decision() -> None:
    s = parse("Finance Minister Kofi Mensah approved the new timetable for the port works.")
    assert found(s) == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "A decision was also made to open a trade mission in Lima.",
            ("establishment", "open a trade mission in Lima", None, None),
        ),
        (
            "There was broad agreement to extend credit lines to small exporters.",
            ("other", "extend credit lines to small exporters", None, None),
        ),
        (
            "The delegations signed maritime cooperation accords.",
            ("agreement", "maritime cooperation accords", None, None),
        ),
    ],
)
def test_impersonal_and_bare_plural_decisions(line: str, want: tuple[str, str, None, None]) -> None:
    assert found(parse(line)) == [want]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # "agreed to A, to B, and to C": one decision each.
        (
            (
                "The leaders agreed to open a regional seed bank, to lower ferry fares for students, "
                "and to hold joint fire drills."
            ),
            [
                ("establishment", "open a regional seed bank"),
                ("other", "lower ferry fares for students"),
                ("other", "hold joint fire drills"),
            ],
        ),
        # A passive infinitive after it tells more of the one item.
        (
            "The leaders decided to set up a Lagoon Science Council, to be based in Apia.",
            [("establishment", "set up a Lagoon Science Council")],
        ),
    ],
)
def test_infinitives_listed_after_agreed_to(line: str, want: list[tuple[str, str]]) -> None:
    assert [(k, t) for k, t, _, _ in found(parse(line))] == want


def test_year_from_a_fronted_adverbial() -> None:
    s = parse("In 2029, the presidency of the union will pass to Ghana.")
    assert [(k, sub, y) for k, _, sub, y in found(s)] == [("presidency", "Ghana", 2029)]


def test_coordinated_noun_is_not_a_verb() -> None:
    s = parse("The trip produced several papers as well as deals with three airlines.")
    assert found(s) == []


def test_marked_name_is_the_text_without_trailing_clauses() -> None:
    s = parse(
        "Member states will launch a **Blue Ports initiative**, available to all coastal towns, "
        "as part of the maritime plan."
    )
    assert found(s) == [("programme", "Blue Ports initiative", "Blue Ports initiative", None)]


def test_trailing_clause_is_cut_without_marks() -> None:
    s = parse("The delegations also set up a ferry safety board, open to observers from all ports.")
    assert [t for _, t, _, _ in found(s)] == ["set up a ferry safety board"]


def test_group_pledge_is_split_into_items() -> None:
    s = parse(
        "The summit leaders pledged $2 billion for flood relief, to open their markets to farm "
        "goods, and to share weather data among other steps."
    )
    assert [t for _, t, _, _ in found(s)] == [
        "pledged $2 billion for flood relief",
        "to open their markets to farm goods",
        "to share weather data",
    ]


def test_one_country_pledge_is_no_decision() -> None:
    assert found(parse("Japan pledged $300 million for flood relief in the delta.")) == []


def test_process_started_by_the_summit() -> None:
    s = parse("And the summit started the process of closing loopholes for offshore shell firms.")
    assert [t for _, t, _, _ in found(s)] == [
        "started the process of closing loopholes for offshore shell firms"
    ]


def test_outline_is_not_the_document_and_relative_clause_is_cut() -> None:
    s = parse("They signed the outline of a treaty that would bind the members to common tariffs.")
    assert found(s) == [("other", "the outline of a treaty", None, None)]


def test_subject_of_a_statute() -> None:
    s = parse(
        "The ministers adopted decisions on the budget for 2027 and on the Statute of the "
        "Pacific Youth Council."
    )
    assert "Pacific Youth Council" in [sub for _, _, sub, _ in found(s)]


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("the implementation of the Northern Energy Security Strategy", "programme"),
        ("the outline of a convention on river shipping", "other"),
        ("open a consular office in Tromso", "establishment"),
    ],
)
def test_kind_from_the_head(item: str, kind: str) -> None:
    assert classify_decision(item) == kind


@pytest.mark.parametrize(
    ("line", "text", "subject"),
    [
        (
            "Norway took over the rotating chairmanship of the council from Iceland.",
            "Norway took over the rotating chairmanship of the council from Iceland",
            "Norway",
        ),
        (
            "Prime Minister Elin Sand assumed the role of Chair-in-Office for two years.",
            "Prime Minister Elin Sand assumed the role of Chair-in-Office for two years",
            "Elin Sand",
        ),
        (
            "Delegates elected President Omar Keita as the council's chairperson for 2031.",
            "Delegates elected President Omar Keita as the council's chairperson for 2031",
            "Omar Keita",
        ),
        (
            "President Omar Keita becomes the new chair of the council, succeeding Elin Sand.",
            "President Omar Keita becomes the new chair of the council",
            "Omar Keita",
        ),
        (
            "The council ended with a port charter and Latvia taking over the presidency.",
            "Latvia taking over the presidency",
            "Latvia",
        ),
        (
            (
                "The outgoing chair handed the council's rotating chairmanship to Icelandic Prime "
                "Minister Bjarni Helgason at the closing session."
            ),
            (
                "The outgoing chair handed the council's rotating chairmanship to Icelandic Prime "
                "Minister Bjarni Helgason"
            ),
            "Bjarni Helgason",
        ),
        (
            (
                "Estonia's prime minister passed the union's rotating pro tempore presidency to "
                "Latvia on Friday."
            ),
            "Estonia's prime minister passed the union's rotating pro tempore presidency to Latvia",
            "Latvia",
        ),
        (
            (
                "Prime Minister Elin Sand passed the council chairmanship for 2032 to Prime Minister "
                "Bjarni Helgason, who promised a year of action."
            ),
            (
                "Prime Minister Elin Sand passed the council chairmanship for 2032 to Prime Minister "
                "Bjarni Helgason"
            ),
            "Bjarni Helgason",
        ),
        (
            "Latvia will assume the council chairship in 2033, officials said.",
            "Latvia will assume the council chairship in 2033",
            "Latvia",
        ),
        (
            (
                "Prime Minister Bjarni Helgason was on Friday in Reykjavik elected Chairperson of the "
                "Council of Ministers."
            ),
            (
                "Prime Minister Bjarni Helgason was on Friday in Reykjavik elected Chairperson of the "
                "Council of Ministers"
            ),
            "Bjarni Helgason",
        ),
        (
            (
                "At the close, Elin Sand handed over the chairmanship of the council to the Prime Minister "
                "of Iceland, Bjarni Helgason."
            ),
            (
                "Elin Sand handed over the chairmanship of the council to the Prime Minister of "
                "Iceland, Bjarni Helgason"
            ),
            "Bjarni Helgason",
        ),
        (
            "The chairmanship of the council passed to the Republic of Latvia.",
            "The chairmanship of the council passed to the Republic of Latvia",
            "Republic of Latvia",
        ),
    ],
)
def test_taking_over_a_rotating_office_is_a_presidency(line: str, text: str, subject: str) -> None:
    """Taking, assuming, being elected to or being handed a rotating office, however worded."""
    got = [d for d in found(parse(line)) if d[0] == "presidency"]
    assert got == [("presidency", text, subject, got[0][3] if got else None)]


@pytest.mark.parametrize(
    "line",
    [
        (
            "“Our team is ready to take over the presidency,” Minister Ilse Dahl of Latvia said, "
            "“and to steer the council through a hard year.”"
        ),
        (
            "“We are glad,” said Minister Ilse Dahl of Latvia, “to hand over the chairmanship to "
            "Estonia in good order.”"
        ),
    ],
)
def test_an_office_named_in_a_quote_in_the_story_is_no_presidency(line: str) -> None:
    assert [d for d in found(parse(line)) if d[0] == "presidency"] == []


def test_the_holder_of_an_office_taken_over_is_not_its_last_holder() -> None:
    s = parse(
        "The session was chaired by Latvia's Prime Minister, Ilse Dahl, who took over the "
        "presidency of the council from Estonia at the opening."
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Ilse Dahl")]


def test_a_holder_told_again_by_name_is_the_same_presidency() -> None:
    s = parse(
        "The summit ended with Estonia handing the rotating presidency to Latvia.",
        "Latvian Prime Minister Ilse Dahl, who took over the presidency, thanked her guests.",
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Latvia")]


def test_a_passive_handover_after_a_signing_is_a_clause_of_its_own() -> None:
    s = parse(
        "At the summit, the Treaty on Northern Pipelines was signed, and the rotating presidency "
        "of the council was handed over from Norway to Latvia."
    )
    assert (
        "presidency",
        "the rotating presidency of the council was handed over from Norway to Latvia",
        "Latvia",
        None,
    ) in found(s)


def test_a_national_election_is_no_presidency() -> None:
    s = parse("Bjarni Helgason, who was elected president of Iceland in 2028, spoke on fisheries.")
    assert [d for d in found(s) if d[0] == "presidency"] == []


def test_a_handover_restated_by_a_gerund_is_one_presidency() -> None:
    s = parse(
        "President Omar Keita handed over the council chairmanship to Prime Minister Elin Sand, "
        "with Norway assuming the chairmanship in 2031."
    )
    assert [d[0] for d in found(s)] == ["presidency"]


def test_taking_the_chair_as_a_figure_of_speech_is_no_presidency() -> None:
    s = parse(
        "Prime Minister Elin Sand said the council would take the chair of history seriously."
    )
    assert [d for d in found(s) if d[0] == "presidency"] == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "It was agreed that Reykjavik would host the ninth summit in 2032.",
            ("other", "Reykjavik would host the ninth summit in 2032", "Reykjavik", 2032),
        ),
        (
            "Approval was also given to the opening of a fisheries training college in Bodo.",
            ("establishment", "the opening of a fisheries training college in Bodo", None, None),
        ),
        (
            "A Northern Grid Secretariat will be established in Tromso.",
            (
                "establishment",
                "A Northern Grid Secretariat",
                "Northern Grid Secretariat",
                None,
            ),
        ),
        (
            "A protocol on ferry safety was signed by the transport ministers of the four states.",
            (
                "agreement",
                "A protocol on ferry safety",
                None,
                None,
            ),
        ),
    ],
)
def test_impersonal_and_passive_outcomes(line: str, want: tuple[str, str, str, int]) -> None:
    assert found(parse(line)) == [want]


@pytest.mark.parametrize(
    "line",
    [
        "The ferry board, which was set up in 2011, reported on its work.",
        "It was agreed that the envoys would meet again in the spring.",
        "A new terminal was launched by Norway's transport minister.",
        "Delegates praised the harbour compact, which was adopted at the closing session.",
    ],
)
def test_passives_of_earlier_or_national_acts_are_no_decisions(line: str) -> None:
    assert found(parse(line)) == []


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO, 14 June 2041 - The council of the coastal states met on Friday.",
        # Two days: the summit's date stays null, the dateline's year still dates it.
        "OSLO, 14 June 2041 - The council of the coastal states, held on 13 and 14 June, closed.",
    ],
)
def test_setting_up_dated_before_the_summits_year_is_no_decision(dateline: str) -> None:
    s = parse(
        dateline,
        "She recalled that the four states that founded the ferry board in 1999 had wanted "
        "one timetable for every port.",
        "The ministers set up a new coastguard office in Bergen.",
    )
    assert [(k, t) for k, t, _, _ in found(s)] == [
        ("establishment", "set up a new coastguard office in Bergen")
    ]


def led(lede: str, *lines: str) -> summitdoc.Summit:
    """The lede as the first paragraph under the headline, then the neutral lines, then more."""
    return summitdoc.parse_text("\n".join([HEAD, lede, *PAD, *lines]) + "\n")


def test_setting_up_told_as_years_ago_is_no_decision() -> None:
    s = parse(
        "She recalled that the ferry board the states launched three years ago still had no "
        "office of its own.",
        "The ministers set up a new coastguard office in Bergen.",
    )
    assert [t for _, t, _, _ in found(s)] == ["set up a new coastguard office in Bergen"]


def test_a_lede_summing_up_a_decision_the_body_names_is_the_same_decision() -> None:
    s = led(
        "Ministers of the coastal states agreed on Friday to set up a joint office to monitor "
        "oil spills, as tanker traffic keeps growing.",
        "Among the outcomes, the ministers agreed to establish a Coastal Spill Monitoring Office "
        "in Tromso.",
    )
    assert [t for _, t, _, _ in found(s)] == [
        "establish a Coastal Spill Monitoring Office in Tromso"
    ]


def test_a_related_headline_above_the_lede_leaves_it_the_lede() -> None:
    s = summitdoc.parse_text(
        "\n".join(
            [
                HEAD,
                "Coastal states sign ferry safety pact in Bergen",
                (
                    "Ministers of the coastal states agreed on Friday to set up a joint office to "
                    "monitor oil spills, as tanker traffic keeps growing."
                ),
                *PAD,
                (
                    "Among the outcomes, the ministers agreed to establish a Coastal Spill Monitoring "
                    "Office in Tromso."
                ),
            ]
        )
        + "\n"
    )
    assert [t for _, t, _, _ in found(s)] == [
        "establish a Coastal Spill Monitoring Office in Tromso"
    ]


def test_a_lede_decision_the_body_names_in_other_words_stays() -> None:
    s = led(
        "Ministers of the coastal states agreed on Friday to set up a joint office to monitor "
        "oil spills, as tanker traffic keeps growing.",
        "They also agreed to establish a Fisheries Data Office in Bergen.",
    )
    assert len(found(s)) == 2


def test_the_same_words_up_to_where_each_phrase_ends_are_one_decision() -> None:
    s = parse(
        "The governors approved a capital increase of EUR 4 billion that will let the bank lend "
        "twice as much by 2040.",
        "The governors approved:",
        "- A capital increase of EUR 4 billion, to be paid in over five years.",
        "- The admission of Malta as a member.",
    )
    assert [t for _, t, _, _ in found(s)] == [
        "A capital increase of EUR 4 billion, to be paid in over five years",
        "The admission of Malta as a member",
    ]


def test_items_sharing_only_their_first_words_are_two_decisions() -> None:
    s = parse(
        "Leaders signed an agreement on setting up a joint rescue centre and an agreement on "
        "setting up a shared customs database."
    )
    assert len(found(s)) == 2


def test_a_participle_between_commas_is_not_what_was_signed() -> None:
    s = parse("The ferry accord, drafted over six winters, was signed by the transport ministers.")
    assert [(k, t) for k, t, _, _ in found(s)] == [("agreement", "The ferry accord")]


def test_a_definite_noun_restating_a_decision_is_not_a_second_one() -> None:
    s = parse(
        "The ministers signed a ferry safety accord with Iceland.",
        "The accord, drafted over six winters, was signed in the harbour hall.",
    )
    assert [t for _, t, _, _ in found(s)] == ["a ferry safety accord with Iceland"]


def test_the_outcome_named_by_a_copula() -> None:
    s = parse("The main outcome of the meeting was a two-year extension of the herring quota.")
    assert found(s) == [("other", "a two-year extension of the herring quota", None, None)]


@pytest.mark.parametrize(
    "line",
    [
        (
            "The ministers approved the creation of an Arctic Research Fund and the launch of a "
            "Polar Schools programme."
        ),
        (
            "The creation of an Arctic Research Fund was approved at the closing session, along with "
            "the launch of a Polar Schools programme."
        ),
    ],
)
def test_coordinated_actions_are_one_decision_each(line: str) -> None:
    got = found(parse(line))
    assert [k for k, _, _, _ in got] == ["establishment", "programme"]
    assert got[1][1] == "the launch of a Polar Schools programme"


def test_an_appointment_is_a_designation_and_a_second_verb_ends_it() -> None:
    s = parse(
        "The ministers approved the appointment of Ms Hilde Berg as special envoy for the "
        "Arctic, and confirmed Tromso as the venue of the next summit."
    )
    assert ("designation", "the appointment of Ms Hilde Berg as special envoy for the Arctic") in [
        (k, t) for k, t, _, _ in found(s)
    ]


def test_a_trailing_with_clause_of_speech_is_not_the_presidency() -> None:
    s = parse(
        "Norway took over the rotating presidency of the council, with Prime Minister Elin Sand "
        "telling delegates that the north must act together."
    )
    assert [t for k, t, _, _ in found(s) if k == "presidency"] == [
        "Norway took over the rotating presidency of the council"
    ]


MULTILATERAL = (
    "The summit of the Andean water council opened in Cusco on Monday with Peru's President "
    "Lucia Mendoza, Bolivia's President Ramiro Quispe and Chile's President Ana Ortiz."
)


@pytest.mark.parametrize("subject", ["The two presidents", "Both sides", "The two leaders"])
def test_what_two_of_a_larger_summit_agree_is_no_summit_decision(subject: str) -> None:
    s = parse(
        MULTILATERAL,
        "Later in the day Ms Mendoza sat down with Mr Quispe at the hotel.",
        f"{subject} agreed to reopen the rail link between Puno and La Paz by March.",
    )
    assert found(s) == []


def test_what_the_two_leaders_of_a_summit_of_two_agree_is_its_decision() -> None:
    s = parse(
        "Peru's President Lucia Mendoza and Bolivia's President Ramiro Quispe held their yearly "
        "summit in Puno on Monday.",
        "The two presidents agreed to reopen the rail link between Puno and La Paz by March.",
    )
    assert [d[1] for d in found(s)] == ["reopen the rail link between Puno and La Paz by March"]


def test_a_decision_told_only_by_a_pronoun_is_none() -> None:
    s = parse(
        MULTILATERAL,
        "“For ten years we argued about the tariffs. Today we agreed to end that,” Ms Mendoza "
        "said.",
    )
    assert found(s) == []


def test_two_infinitives_joined_by_and_are_two_decisions() -> None:
    s = parse(
        "The leaders agreed to open a joint customs post at Desaguadero and to set up a shared "
        "grain reserve."
    )
    assert [d[1] for d in found(s)] == [
        "open a joint customs post at Desaguadero",
        "set up a shared grain reserve",
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ", as the ninth summit of the Andean Rail Council closed in Lima",
        ", at a summit in Lima that was cut short by a storm",
        ", in response to a series of derailments",
    ],
)
def test_when_where_and_why_end_a_decision(tail: str) -> None:
    s = parse(f"The leaders agreed to run a single timetable for cross-border trains{tail}.")
    assert [d[1] for d in found(s)] == ["run a single timetable for cross-border trains"]


def test_a_decision_told_short_in_a_teaser_and_in_full_in_the_lede() -> None:
    """The teaser's "set up a wildfire reserve" is the lede's second infinitive told short."""
    s = parse(
        "Forest state leaders agreed in Tromso to share weather data and set up a wildfire "
        "reserve.",
        "Leaders agreed on Tuesday to pool weather data and to set up a joint reserve of "
        "wildfire aircraft, after a summer of fires.",
    )
    established = [d for d in found(s) if d[0] == "establishment"]
    assert [d[1] for d in established] == ["set up a joint reserve of wildfire aircraft"]


def dated(*lines: str) -> summitdoc.Summit:
    """One paragraph per line after a headline and a dated wire lede (the summit of 2044)."""
    lede = (
        "TROMSO, June 3, 2044 (Nordwire) - The Arctic ports council met on Tuesday for its summit."
    )
    return summitdoc.parse_text("\n".join([HEAD, lede, *lines]) + "\n")


@pytest.mark.parametrize(
    "told",
    [
        "Finland took over the rotating chairmanship of the council last year.",
        "Finland assumed the presidency of the council in 2041.",
        "Finland assumed the presidency of the council in March 2043.",
        "The council's shipping fund was established in Bodo in 2039.",
        "The council's shipping fund was set up in Reykjavik back in 2030.",
        "Norway will take over the chairmanship in 2045, as decided last year, and host the ports.",
    ],
)
def test_a_chair_or_a_body_dated_before_the_summit_is_no_decision(told: str) -> None:
    assert found(dated(told)) == []


def test_a_chair_taken_in_the_summits_year_is_its_decision() -> None:
    s = dated("Finland took over the rotating chairmanship of the council in 2044.")
    assert [k for k, _, _, _ in found(s)] == ["presidency"]


@pytest.mark.parametrize("verb", ["congratulated Iceland on", "thanked Iceland for"])
def test_praise_of_a_chair_is_no_handover(verb: str) -> None:
    s = dated(
        f"Talking to reporters, the Norwegian premier {verb} taking over the chairmanship of the "
        "council and said Oslo would back Reykjavik.",
    )
    assert found(s) == []


@pytest.mark.parametrize(
    "frame",
    [
        "The leaders issued the Tromso Declaration, in which they",
        "In their joint communique released after the talks, the six members",
    ],
)
def test_a_statements_commitments_are_its_points_not_decisions(frame: str) -> None:
    s = dated(
        f"{frame} welcomed the new ferry routes, pledged to cut port emissions by half and "
        "agreed to share ice charts in real time.",
    )
    assert found(s) == []
    assert any("cut port emissions" in p for t in s.statements for p in t.points)


def test_a_statements_acts_stay_decisions() -> None:
    s = dated(
        "In the joint communique, the members agreed to establish a polar rescue fund and to hold "
        "the next summit in Bodo in 2046.",
    )
    assert [k for k, _, _, _ in found(s)] == ["establishment", "other"]


def test_a_statement_cited_as_the_source_of_decisions_is_no_frame() -> None:
    s = dated(
        "According to the joint communique, the members pledged to cut port emissions by half.",
    )
    assert [t for _, t, _, _ in found(s)] == ["pledged to cut port emissions by half"]


def test_a_named_subjects_own_clause_ends_a_decision() -> None:
    s = dated(
        "The members agreed that Iceland would host the 2046 summit, and Prime Minister Eva "
        "Sigurdardottir invited her peers to Akureyri."
    )
    assert found(s) == [("other", "Iceland would host the 2046 summit", "Iceland", 2046)]


def test_numbered_infinitives_after_a_sourced_decisions_lead() -> None:
    """ "According to X, the summit took the following decisions:" then "1. To ...;"."""
    s = parse(
        "According to the host's foreign office, the summit took the following decisions:",
        "1. To set up the Lakes Fisheries Authority, to be based in Jinja;",
        "2. To sign the Lakes Agreement on Ferry Safety;",
        "3. To declare 2047 the Year of Clean Water.",
    )
    got = {(k, t) for k, t, _, _ in found(s)}
    assert any(
        k == "establishment" and t.startswith("set up the Lakes Fisheries Authority")
        for k, t in got
    )
    assert ("agreement", "sign the Lakes Agreement on Ferry Safety") in got
    assert ("designation", "declare 2047 the Year of Clean Water") in got


def test_roman_numbered_items_after_a_decided_lead() -> None:
    """ "The board decided:" then "(i) to ...;", "(ii) to ...;": one list, one style."""
    s = parse(
        "At its closing sitting, the Lakes Board decided:",
        "(i) to create a flood warning centre in Mwanza;",
        "(ii) to approve the ferry safety code for 2047;",
        "(iii) to admit Zambia as an associate member.",
    )
    got = {t for _, t, _, _ in found(s)}
    assert "create a flood warning centre in Mwanza" in got
    assert "approve the ferry safety code for 2047" in got
    assert "admit Zambia as an associate member" in got


def test_the_last_item_of_an_agreed_list_loses_its_and() -> None:
    s = parse(
        "On the final day, the leaders agreed to:",
        "- open a joint customs post at the northern border,",
        "- and pass the rotating chair to Malawi for 2048.",
    )
    assert ("presidency", "pass the rotating chair to Malawi for 2048", "Malawi", 2048) in found(s)


def test_lines_copied_from_a_pages_list_after_a_documents_lead() -> None:
    """A browser copies a page's list as bare lines: each short verbless line is an item."""
    s = parse(
        "Among the documents approved by the summit are:",
        "The creation of a regional seed bank, with its seat in Gitega.",
        "The adoption of the Lakes Tourism Strategy 2047-2050.",
        "The summit closed with a dinner at the lake shore.",
    )
    texts = [t for _, t, _, _ in found(s)]
    assert "The creation of a regional seed bank, with its seat in Gitega" in texts
    assert "The adoption of the Lakes Tourism Strategy 2047-2050" in texts
    assert not any("dinner" in t for t in texts)


def test_a_pages_list_items_after_a_count_of_documents() -> None:
    """ "Several documents were signed. They include:" with a list: the items, not the count."""
    html = (
        "<html><body><article><h1>Lake leaders sign ferry and fisheries pacts</h1>"
        "<p>The leaders of the lake states met in Jinja on Friday for their annual summit, and "
        "discussed the fisheries, the ferries and the water level of the lake.</p>"
        "<p>Several agreements were signed at the close of the summit. They include:</p>"
        "<ul><li>a memorandum of understanding on fish stock surveys;</li>"
        "<li>the Lakes Ferry Safety Agreement; and</li>"
        "<li>a protocol on shared weather stations.</li></ul>"
        "<p>The next summit will take place in Mwanza, the leaders said in a joint "
        "communique issued after the meeting.</p></article></body></html>"
    )
    s = summitdoc.parse_text(html)
    texts = [" ".join(d.text.split()) for d in s.decisions]
    assert "a memorandum of understanding on fish stock surveys" in texts
    assert "the Lakes Ferry Safety Agreement" in texts
    assert "a protocol on shared weather stations" in texts
    assert "Several agreements" not in texts


def test_a_banks_governors_decide_and_elect_in_one_list_of_actions() -> None:
    """A development bank's summit is its governors' or shareholders' meeting."""
    s = parse(
        "The Board of Governors adopted the fund's annual report for the year 2046, elected "
        "Ghana's Minister of Finance Kojo Asante as chairman of the next annual meeting, and "
        "agreed to hold the next meetings in Accra.",
        "The shareholders also approved a general capital increase of four billion dollars.",
    )
    got = found(s)
    assert (
        "presidency",
        "elected Ghana's Minister of Finance Kojo Asante as chairman of the next annual meeting",
        "Kojo Asante",
        None,
    ) in got
    assert any(t == "a general capital increase of four billion dollars" for _, t, _, _ in got)


def test_a_dateline_with_a_region_is_not_part_of_a_handover() -> None:
    s = summitdoc.parse_text(
        "Lake leaders hand over the chair\n\n"
        "LUSAKA, Zambia, 3rd May 2046 – President Mwamba Chanda on Monday assumed the rotating "
        "chairmanship of the Lake Basin Authority at the close of its summit.\n\n"
        "The leaders discussed the fisheries and the ferries at length over two long sessions.\n"
    )
    texts = [d.text for d in s.decisions if d.kind == "presidency"]
    assert texts
    assert not any(t.startswith("LUSAKA") for t in texts)


def test_a_question_decides_nothing() -> None:
    s = parse(
        "Question (Radio Lake): Prime Minister Holm, what will Kenya do when it takes over the "
        "chairmanship next year?"
    )
    assert found(s) == []


def test_a_list_after_decisions_taken() -> None:
    s = parse(
        "Among the decisions taken by the Board of Governors on Friday:",
        "- a general capital increase of two billion dollars;",
        "- the establishment of the Lakes Resilience Fund.",
    )
    texts = [t for _, t, _, _ in found(s)]
    assert "a general capital increase of two billion dollars" in texts
    assert "the establishment of the Lakes Resilience Fund" in texts


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            (
                "The ministers decided that their following session would take place in Tromso "
                "in 2051, with Norway in the chair."
            ),
            ("other", "their following session would take place in Tromso in 2051", "Tromso", 2051),
        ),
        (
            (
                "The delegations confirmed the choice of Bergen, Norway, as the venue of the 2052 "
                "round."
            ),
            (
                "other",
                "the choice of Bergen, Norway, as the venue of the 2052 round",
                "Bergen",
                2052,
            ),
        ),
    ],
)
def test_a_later_meetings_venue_settled_by_the_summit(
    line: str, want: tuple[str, str, str | None, int | None]
) -> None:
    assert found(parse(line)) == [want]


def test_a_venue_told_by_one_member_is_no_decision() -> None:
    s = parse("Finland and Estonia agreed that the next forum would be held in Turku in 2050.")
    assert found(s) == []


def test_three_determined_items_with_one_comma_are_three_decisions() -> None:
    s = parse(
        "The ministers approved the ferry strategy, the harbour statute and the pilotage programme."
    )
    assert [t for _, t, _, _ in found(s)] == [
        "the ferry strategy",
        "the harbour statute",
        "the pilotage programme",
    ]


def test_one_comma_before_a_participle_joins_no_series() -> None:
    s = parse(
        "The ministers approved the ferry strategy, drafted by the harbour authorities and the "
        "coast guard."
    )
    assert len(found(s)) == 1


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # The office capitalised as a title, after a fronted time.
        (
            (
                "At the closing session, Peru handed over the Chairmanship of the Reef Council "
                "to Chile."
            ),
            "Peru handed over the Chairmanship of the Reef Council to Chile",
        ),
        (
            (
                "In the closing ceremony, President Ruiz handed over the Presidency of the "
                "Council to Chile."
            ),
            "President Ruiz handed over the Presidency of the Council to Chile",
        ),
        # A relative clause with its preposition: the handover is the clause's own.
        (
            (
                "The summit ended with a short ceremony, at which Peru passed the chair of the "
                "council to Chile."
            ),
            "Peru passed the chair of the council to Chile",
        ),
    ],
)
def test_a_handover_of_the_chair_starts_at_its_own_clause(line: str, text: str) -> None:
    s = parse(
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile attended the reef summit "
        "in Velmar.",
        line,
    )
    assert found(s) == [("presidency", text, "Chile", None)]


def test_taking_over_the_chair_from_its_last_holder_sets_the_scene_of_a_speech() -> None:
    s = parse(
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile attended the reef summit "
        "in Velmar.",
        "President Dorne assumed the chairmanship of the Reef Council for the next two years.",
        "Taking over the chair from President Ruiz, the Chilean leader told the gathering that "
        "the council must speak with one voice.",
    )
    assert [(kind, subject) for kind, _, subject, _ in found(s)] == [("presidency", "Ilan Dorne")]


def test_a_series_of_decision_verbs_after_commas_gives_one_decision_each() -> None:
    s = parse(
        "The governors also adopted a ten-year roadmap for coastal fisheries, established a fund "
        "for reef repair in the outer islands and handed the rotating chair of the council to Tonga."
    )
    assert [(k, t) for k, t, _, _ in found(s)] == [
        ("programme", "a ten-year roadmap for coastal fisheries"),
        ("establishment", "established a fund for reef repair in the outer islands"),
        ("presidency", "handed the rotating chair of the council to Tonga"),
    ]


@pytest.mark.parametrize(
    ("line", "subject", "year"),
    [
        ("The governors also picked Windhoek to host the 2049 Annual Meetings.", "Windhoek", 2049),
        (
            (
                "The presidents also agreed that the 7th Lake Summit will be hosted by Malawi in "
                "Mangochi in 2048."
            ),
            "Malawi",
            2048,
        ),
    ],
)
def test_the_next_meetings_host_chosen(line: str, subject: str, year: int) -> None:
    assert [(k, subj, y) for k, _, subj, y in found(parse(line))] == [("other", subject, year)]


@pytest.mark.parametrize(
    "line",
    [
        "Premier Dagny Solvik stayed home; Ines Barova signed the accord on her behalf.",
        "Ines Barova signed the treaty on behalf of the premier, who stayed home.",
        "Ines Barova signed the declaration on their behalf at the closing session.",
    ],
)
def test_a_document_signed_on_someone_s_behalf_is_the_one_named_before(line: str) -> None:
    s = parse("The leaders signed the Vel Accord on ferry links.", line)
    assert [d.text for d in s.decisions] == ["the Vel Accord on ferry links"]
    assert all("behalf" not in (st.topic or "") for st in s.statements)
    assert [st.topic for st in s.statements if st.topic == "declaration"] == []


def test_a_named_document_signed_on_someone_s_behalf_keeps_its_name() -> None:
    s = parse("Ines Barova signed the Vel Accord on behalf of the premier, who stayed home.")
    assert [d.text for d in s.decisions] == ["the Vel Accord"]


@pytest.mark.parametrize(
    "line",
    [
        (
            "Premier Ilona Varga proposed that the member states create a joint coastguard "
            "academy in Tarsk."
        ),
        "The host recommended that the partners set up a shared seed bank before next year.",
        "President Kofi Asamoah called for the leaders to set up a drought reserve fund.",
    ],
)
def test_what_one_leader_proposes_is_no_decision(line: str) -> None:
    s = parse("Leaders of the lake states met in Tarsk on Monday.", line)
    assert found(s) == []


def test_a_proposal_the_summit_adopts_by_name_is_still_its_decision() -> None:
    s = parse(
        "Leaders of the lake states met in Tarsk on Monday. They set up the drought reserve "
        "fund proposed by Ghana."
    )
    assert [d[0] for d in found(s)] == ["establishment"]


def test_a_quoted_speaker_s_words_about_others_decide_nothing_but_we_do() -> None:
    s = parse(
        "Leaders of the lake states met in Tarsk on Monday.",
        "“Ours are small nations who decided to pool their patrol boats,” Premier Ilona Varga "
        "said.",
        "“Today we decided to create a joint coastguard academy,” she added.",
    )
    assert [d[1] for d in found(s)] == ["create a joint coastguard academy"]


@pytest.mark.parametrize(
    "line",
    [
        "“We built this together, and it is what we agreed to do today,” the host said.",
        "“The ministers had planned it for years; this morning we decided to act now,” he said.",
        "“The treaty is long, but we approved it today,” the chair told reporters.",
    ],
)
def test_a_verb_with_only_an_adverb_of_time_is_no_decision(line: str) -> None:
    assert found(parse(line)) == []


def test_a_signing_dated_before_the_summit_is_no_decision() -> None:
    s = parse(
        "MAPUTO, June 4, 2044 - Leaders of the river commission met on Thursday.",
        "The host recalled the founders, who signed the first water-sharing protocol of the "
        "basin in this hall in 1981.",
        "The leaders signed the Limpopo Drought Compact.",
    )
    assert [t for _, t, _, _ in found(s)] == ["the Limpopo Drought Compact"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            (
                "The ministers agreed that Chile would assume the co-chairmanship of the forum from "
                "Peru in 2049."
            ),
            (
                "presidency",
                "Chile would assume the co-chairmanship of the forum from Peru in 2049",
                "Chile",
                2049,
            ),
        ),
        (
            "They agreed that Samoa will co-chair the ninth summit in 2047.",
            ("presidency", "Samoa will co-chair the ninth summit in 2047", "Samoa", 2047),
        ),
        (
            "The leaders handed the coordination of the trilateral to Slovenia for 2048.",
            (
                "presidency",
                "The leaders handed the coordination of the trilateral to Slovenia for 2048",
                "Slovenia",
                2048,
            ),
        ),
    ],
)
def test_a_shared_or_coordinating_office_handed_on(
    line: str, want: tuple[str, str, str, int]
) -> None:
    """A co-chair's and a rotating coordinator's office is a presidency like a chair's."""
    assert found(parse(line)) == [want]


def test_an_item_handing_on_the_coordination_under_a_deciding_lead() -> None:
    s = parse(
        "The heads of government also decided:",
        "to open a joint office for flood warnings in Ruse;",
        "to pass the coordination of the format to Hungary for 2049.",
    )
    assert (
        "presidency",
        "pass the coordination of the format to Hungary for 2049",
        "Hungary",
        2049,
    ) in found(s)


def test_a_later_summit_held_under_a_members_chairmanship() -> None:
    """The venue settled with who chairs it: a presidency of that member, not of the city."""
    s = parse(
        "The ministers agreed that the 20th session will be held in Apia in 2046 under the "
        "chairmanship of Samoa.",
        "They agreed that the next summit will take place in Suva in 2049, under the guidance "
        "of the secretariat.",
    )
    assert found(s) == [
        (
            "presidency",
            "the 20th session will be held in Apia in 2046 under the chairmanship of Samoa",
            "Samoa",
            2046,
        ),
        ("other", "the next summit will take place in Suva in 2049", "Suva", 2049),
    ]


_LED_ITEMS = (
    "set up a joint pilot school for the lower river at Vidin",
    "open the Ruse customs post to lorries at night",
    "grant Moldova observer status in the river commission",
)


@pytest.mark.parametrize(
    ("lead", "numbered"),
    [
        # A counted subject after an adverbial clause, its items numbered and capitalised.
        ("When the working lunch ended, the five premiers agreed to:", True),
        # Heads of state after an adverbial phrase, the items dashed.
        ("Apart from the ferry deal, the heads of state resolved to:", False),
        ("Besides the ferry deal, the heads of state and government agreed to:", False),
        ("Beyond the ferry deal, the two heads of government agreed to:", False),
    ],
)
def test_a_list_led_by_the_summit_s_members_reads_every_item(lead: str, numbered: bool) -> None:
    items = [x[0].upper() + x[1:] if numbered else x for x in _LED_ITEMS]
    marks = [f"{n}. " if numbered else "- " for n in (1, 2, 3)]
    ends = [";", "; and", "."]
    s = parse(
        lead,
        *(m + x + end for m, x, end in zip(marks, items, ends, strict=True)),
        "The talks lasted three hours.",
    )
    assert [t for _, t, _, _ in found(s)] == items


def test_nominalised_items_after_a_number_of_decisions_including() -> None:
    s = parse(
        "On its second day, the Board took several decisions, among them:",
        "- the approval of the lending strategy of the Fund for 2051-2053;",
        "- the admission of Malawi and Belize as shareholders;",
        "- the election of Uruguay to the chair of the Board.",
        "The talks lasted three hours.",
    )
    assert found(s) == [
        ("programme", "the approval of the lending strategy of the Fund for 2051-2053", None, None),
        ("other", "the admission of Malawi", "Malawi", None),
        ("other", "Belize", "Belize", None),
        ("presidency", "the election of Uruguay to the chair of the Board", "Uruguay", None),
    ]


def test_a_capitalised_designation_opens_an_item_of_a_list_led_by_the_summit() -> None:
    s = parse(
        "The Council of Ministers:",
        "1. Endorsed the river basin plan for the upper valley;",
        "2. Designated 2052 as the Year of Mountain Water.",
        "The talks lasted three hours.",
    )
    assert (
        "designation",
        "Designated 2052 as the Year of Mountain Water",
        "Year of Mountain Water",
        2052,
    ) in found(s)


def test_an_item_admitting_one_state_keeps_what_it_is_admitted_to() -> None:
    s = parse(
        "The council adopted the following decisions:",
        "1. the admission of Georgia as an observer to the fisheries committee of the council;",
        "2. the admission of Peru and Chile as members.",
        "The talks lasted three hours.",
    )
    assert found(s) == [
        (
            "other",
            "the admission of Georgia as an observer to the fisheries committee of the council",
            "Georgia",
            None,
        ),
        ("other", "the admission of Peru", "Peru", None),
        ("other", "Chile", "Chile", None),
    ]


def test_a_state_whose_name_holds_and_is_one_state() -> None:
    s = parse(
        "The assembly admitted Saint Kitts and Nevis and Bosnia and Herzegovina as observers.",
        "The assembly also admitted Nauru, Trinidad and Tobago and Laos as full members.",
        "The ministers agreed to sign memorandums with states such as Antigua and Barbuda.",
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [
        ("other", "Saint Kitts and Nevis"),
        ("other", "Bosnia and Herzegovina"),
        ("other", "Nauru"),
        ("other", "Trinidad and Tobago"),
        ("other", "Laos"),
        ("agreement", "Antigua and Barbuda"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "In keeping with the group's habit, no final communique was adopted this time.",
        "Officials said no agreement on the levy was reached and no action plan was approved.",
        (
            "The host offered to run a joint patrol vessel if the members agreed to split the "
            "fuel bill."
        ),
        "The delegates did not agree to extend the moratorium on deep-sea mining.",
        (
            'The ministers endorsed the Lagoon Charter, "Tides Together," in which they pledged '
            "to clean the estuaries, to protect the mangroves and to share catch data."
        ),
    ],
)
def test_negated_conditional_or_contained_words_decide_nothing(line: str) -> None:
    s = parse("The coastal ministers closed their meeting in Walvis Bay on Friday.", line)
    assert [d for d in found(s) if d[0] != "treaty"] == []


def test_the_group_named_in_a_relative_clause_still_decides() -> None:
    s = parse(
        "Fisheries were another theme for the ministers, who pledged to close the lagoon to "
        "trawlers for two seasons."
    )
    assert ("other", "pledged to close the lagoon to trawlers for two seasons", None, None) in (
        found(s)
    )


@pytest.mark.parametrize(
    "back",
    [
        "The agreements were signed by the bank's president and the two ministers.",
        "The loans were signed by the bank's president and the two ministers.",
    ],
)
def test_a_bare_definite_noun_after_the_items_it_sums_up_is_no_new_decision(back: str) -> None:
    s = parse(
        "The bank also signed two loan agreements: the first with Benin for a solar plant, and "
        "the second with Togo for a coastal road.",
        back,
    )
    assert [subject for _, _, subject, _ in found(s)] == ["Benin", "Togo"]


def test_a_count_of_documents_before_a_colon_is_the_list_s_lead_not_a_decision() -> None:
    s = parse(
        "At the close, the premiers signed three regional agreements: on shared ferry tickets, "
        "on the mutual recognition of pilots' licences, and on joint rescue drills."
    )
    texts = [t for _, t, _, _ in found(s)]
    assert "three regional agreements" not in texts
    assert len(texts) == 3


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Fisheries Minister Lena Varga Ostrom was elected Basin Council Chair for 2051 to 2053.",
            (
                "presidency",
                (
                    "Fisheries Minister Lena Varga Ostrom was elected Basin Council Chair for 2051 "
                    "to 2053"
                ),
                "Lena Varga Ostrom",
                None,
            ),
        ),
        (
            (
                "The Board elected H.E. Mr Tomas Reyes Ortega, Minister of Ports of Chile, as "
                "President of the Board for the 2050–2052 term."
            ),
            (
                "presidency",
                (
                    "The Board elected H.E. Mr Tomas Reyes Ortega, Minister of Ports of Chile, as "
                    "President of the Board for the 2050–2052 term"
                ),
                "Tomas Reyes Ortega",
                None,
            ),
        ),
        (
            (
                "The ministers agreed to dredge the northern channel, approved a fund for pilots and "
                "endorsed Peru as chair of the board for 2052."
            ),
            ("presidency", "endorsed Peru as chair of the board for 2052", "Peru", 2052),
        ),
        (
            (
                "The ministers decided to pass the rotating command of the pilot fleet to "
                "Ecuador from 1 March."
            ),
            (
                "presidency",
                "pass the rotating command of the pilot fleet to Ecuador from 1 March",
                "Ecuador",
                None,
            ),
        ),
        (
            "The ministers also awarded the first Harbour Safety Prize to the Callao Pilots Guild.",
            (
                "award",
                "awarded the first Harbour Safety Prize to the Callao Pilots Guild",
                None,
                None,
            ),
        ),
        (
            "The board conferred its Long Service Medal on 14 harbour pilots.",
            ("award", "conferred its Long Service Medal on 14 harbour pilots", None, None),
        ),
    ],
)
def test_an_office_or_an_award_given_in_other_words(
    line: str, expected: tuple[str, str, str | None, int | None]
) -> None:
    assert expected in found(parse(line))


def test_a_month_in_a_term_is_no_holder() -> None:
    s = parse(
        "The board elected the Honourable Ana Ruiz Vela, Minister of Ports of Peru, as Chair of "
        "the board for the period March 2051 to February 2052."
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Ana Ruiz Vela")]


def test_a_list_of_documents_goes_on_with_an_action_on_a_new_body() -> None:
    s = parse(
        "The ministers approved the Port Logistics Programme 2051-2053, the creation of a "
        "harbour dredging fund for the smaller members, and the establishment of a pilots' "
        "academy in Walvis Bay."
    )
    assert [(k, t) for k, t, _, _ in found(s)] == [
        ("programme", "the Port Logistics Programme 2051-2053"),
        ("establishment", "the creation of a harbour dredging fund for the smaller members"),
        ("establishment", "the establishment of a pilots' academy in Walvis Bay"),
    ]


def test_a_statement_named_in_a_list_lead_leaves_the_list_its_items() -> None:
    s = parse(
        "The ministers signed the Harbour Declaration and four other texts, among them an "
        "agreement on pilot licences; a memorandum on tug fleets; and a protocol on oil spills."
    )
    assert [t for _, t, _, _ in found(s)] == [
        "an agreement on pilot licences",
        "a memorandum on tug fleets",
        "a protocol on oil spills",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        (
            (
                "Among the decisions the ministers took were the adoption of a Port Safety "
                "Programme 2051-2055; the creation of a tug pool in Durban, and a protocol on "
                "pilot licences."
            ),
        ),
        (
            "The ministers signed three documents on Friday.",
            (
                "Among them were the adoption of a Port Safety Programme 2051-2055, the creation of "
                "a tug pool in Durban and a protocol on pilot licences."
            ),
        ),
    ],
)
def test_a_list_after_among_the_decisions_were(lines: tuple[str, ...]) -> None:
    assert [(k, t) for k, t, _, _ in found(parse(*lines))] == [
        ("programme", "the adoption of a Port Safety Programme 2051-2055"),
        ("establishment", "the creation of a tug pool in Durban"),
        ("agreement", "a protocol on pilot licences"),
    ]


def test_what_was_only_discussed_is_no_list_of_decisions() -> None:
    s = parse("Among the decisions the ministers discussed were a tug pool and a pilots' fund.")
    assert found(s) == []


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("the approval of the Harbour Master Plan 2051-2060", "programme"),
        ("adopt the Coastal Shipping Policy Framework 2051-2056", "programme"),
        ("The endorsement of the Regional Pilotage Strategy", "programme"),
        ("Approval of the Regional Ferry Agreement", "agreement"),
        ("a framework loan agreement for port cranes", "agreement"),
        ("approved the accession of Palau", "other"),
    ],
)
def test_a_document_taken_is_kinded_by_its_own_head(item: str, kind: str) -> None:
    assert classify_decision(item) == kind


@pytest.mark.parametrize(
    "line",
    [
        (
            "The meeting also adopted the Harbour Safety Plan, agreed to establish a Joint Tug "
            "Coordination Desk in Mombasa and endorsed the Coastal Pilots Exchange."
        ),
        (
            "This year's conference adopted the Harbour Safety Plan, agreed to establish a Joint Tug "
            "Coordination Desk in Mombasa and endorsed the Coastal Pilots Exchange."
        ),
    ],
)
def test_the_gathering_as_subject_of_a_series_of_verbs(line: str) -> None:
    texts = [t for _, t, _, _ in found(parse(line))]
    assert "establish a Joint Tug Coordination Desk in Mombasa" in texts


def test_a_session_named_in_an_opening_phrase_is_no_subject() -> None:
    s = parse(
        "Briefing reporters after the closing session, the harbour master said the pilots' "
        "unions had agreed to harmonise their tariffs by 2052."
    )
    assert found(s) == []


def test_an_approval_of_a_series_of_items_gives_one_each() -> None:
    s = parse(
        "The ministers approved the Tema-Lome coastal road, the dredging of the Lagos "
        "channel, and a regional pilots' register to be kept by Benin."
    )
    assert [t for _, t, _, _ in found(s)] == [
        "the Tema-Lome coastal road",
        "the dredging of the Lagos channel",
        "a regional pilots' register to be kept by Benin",
    ]


def test_a_description_beside_a_name_is_no_next_item() -> None:
    s = parse(
        "The ministers approved the launch of Operation Calm Harbour, a joint patrol mission "
        "in the Gulf of Aden and the Red Sea."
    )
    assert [t for _, t, _, _ in found(s)] == [
        (
            "the launch of Operation Calm Harbour, a joint patrol mission in the Gulf of Aden and the "
            "Red Sea"
        )
    ]


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("the Lake Chad Basin Youth Ranger Programme", "programme"),
        ("the West Africa – Brazil Fisheries Action Plan for 2051-2055", "programme"),
        ("the Tema-Lome coastal road", "other"),
    ],
)
def test_a_long_name_is_kinded_by_its_last_word(item: str, kind: str) -> None:
    assert classify_decision(item) == kind


@pytest.mark.parametrize(
    "line",
    [
        "No such loan was signed.",
        "No new accord was adopted at the session.",
        "Neither protocol was ratified.",
        "None of the loans was signed.",
        "None of the loans was approved.",
    ],
)
def test_a_document_told_as_not_made_is_no_decision(line: str) -> None:
    assert found(parse(line)) == []


def test_taking_over_a_rotating_coordination_is_a_presidency() -> None:
    s = parse(
        "It was also decided that Namibia will take over the rotating coordination of the "
        "coastal members from Angola."
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Namibia")]


def test_coordinating_a_project_is_no_presidency() -> None:
    s = parse("Namibia took over the coordination of the dredging project from the chair.")
    assert found(s) == []


@pytest.mark.parametrize(
    ("line", "subject", "year"),
    [
        (
            (
                "The ministers also agreed that the ninth meeting of the Harbour Committee will be "
                "hosted by the Republic of Ghana in Accra in October 2052."
            ),
            "Republic of Ghana",
            2052,
        ),
        (
            "The ministers agreed that the next session of the board will be held in Tema in 2053.",
            "Tema",
            2053,
        ),
    ],
)
def test_a_later_meeting_of_a_named_body_and_its_host(line: str, subject: str, year: int) -> None:
    assert [(k, sub, y) for k, _, sub, y in found(parse(line))] == [("other", subject, year)]


def test_an_offer_of_a_state_named_with_two_ofs_to_host() -> None:
    s = parse(
        "The meeting also accepted the offer of the Government of the Republic of Kenya to "
        "host the 12th Annual Session in Mombasa in 2053."
    )
    assert [(k, sub, y) for k, _, sub, y in found(s)] == [
        ("other", "Government of the Republic of Kenya", 2053)
    ]


def test_elected_president_of_a_numbered_session_is_a_presidency() -> None:
    s = parse(
        "Ports Minister Ana Ruiz Vela was elected President of the 12th Annual Session, while "
        "Kenya's Attorney General was elected Vice-President."
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Ana Ruiz Vela")]


def test_elected_president_of_a_republic_is_no_presidency() -> None:
    assert found(parse("Ana Ruiz Vela was elected President of the Republic in 2049.")) == []


def test_an_award_to_a_holder_described_in_lower_case() -> None:
    s = parse(
        "The council also awarded the Harbour Medal of Merit to retired admiral Jonas Berg, "
        "the first commander of the pilots' service."
    )
    assert found(s) == [
        (
            "award",
            "awarded the Harbour Medal of Merit to retired admiral Jonas Berg",
            "Jonas Berg",
            None,
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Inaugurating the three-day gathering, Ports Minister Ana Ruiz Vela said trade had doubled.",
        "Launching the conclave in Valletta, the chairman urged members to pay their dues.",
        "The host inaugurated the session on Monday with a call for calm seas.",
    ],
)
def test_opening_the_meeting_itself_sets_nothing_up(line: str) -> None:
    assert found(parse(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "The ministers launched a new forum for port cities on Monday.",
        # A forum is a body too: "the annual youth forum" is set up, not the event at hand.
        "The ministers launched the annual youth forum on Monday.",
    ],
)
def test_launching_a_new_forum_still_sets_one_up(line: str) -> None:
    assert [k for k, _, _, _ in found(parse(line))] == ["establishment"]


def test_a_pledged_sum_named_after_a_preposition_is_no_pledge() -> None:
    s = parse(
        "The ministers urged lenders to hurry the disbursement of pledged loans for the "
        "harbour works."
    )
    assert found(s) == []
    s = parse("The ministers pledged loans for the harbour works.")
    assert [t for _, t, _, _ in found(s)] == ["pledged loans for the harbour works"]


def test_a_handover_to_a_name_with_an_elided_article() -> None:
    s = parse("The chairmanship of the Council was handed over to Côte d’Ivoire.")
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("presidency", "Côte d’Ivoire")]


@pytest.mark.parametrize(
    "line",
    [
        "Port Minister Ana Ruiz Vela was elected Vice Chair of the council for two years.",
        "The ministers elected Ana Ruiz Vela as deputy chair of the bloc.",
    ],
)
def test_a_lower_office_elected_is_no_presidency(line: str) -> None:
    # The summit's election all the same: a designation of the one elected.
    assert [(d[0], d[2]) for d in found(parse(line))] == [("designation", "Ana Ruiz Vela")]


def test_each_verb_of_a_coordinated_predicate_opens_its_own_decision() -> None:
    s = parse(
        "The ministers endorsed a shared flood warning map for the delta and established a "
        "standing committee of port authorities."
    )
    assert found(s) == [
        ("other", "a shared flood warning map for the delta", None, None),
        (
            "establishment",
            "established a standing committee of port authorities",
            "standing committee of port authorities",
            None,
        ),
    ]


def test_an_office_of_the_meeting_is_no_meeting_as_subject() -> None:
    s = parse("The chairman of the meeting, Ana Ruiz Vela, approved the new harbour budget.")
    assert found(s) == []


def test_the_meeting_in_lower_case_after_an_adverbial_is_the_subject_of_every_verb() -> None:
    s = parse(
        "On its last day, the conference adopted the Union's budget for the 2051-2053 cycle, "
        "approved the admission of Palau to the Union, and endorsed a new tariff for parcels."
    )
    assert [d[1] for d in found(s)] == [
        "the Union's budget for the 2051-2053 cycle",
        "the admission of Palau to the Union",
        "a new tariff for parcels",
    ]


def test_venue_designated_with_its_country_after_the_city() -> None:
    s = parse(
        "The ministers designated Apia, Samoa, as the venue of the next ministerial session in "
        "2052."
    )
    assert found(s) == [
        (
            "other",
            "designated Apia, Samoa, as the venue of the next ministerial session in 2052",
            "Apia",
            2052,
        )
    ]


def test_items_with_their_own_verbs_after_the_plenary_as_lead() -> None:
    s = parse(
        "During two days of work, the plenary:",
        "- adopted the peer review report of Bhutan;",
        "- approved a study on cash couriers across land borders;",
    )
    assert [d[1] for d in found(s)] == [
        "the peer review report of Bhutan",
        "a study on cash couriers across land borders",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The governors adopted the bank's audited financial statements for 2050.",
            [("other", "the bank's audited financial statements for 2050")],
        ),
        (
            "The governors adopted the Reef Harbour Blueprint for Ports 2051-2055.",
            [("programme", "the Reef Harbour Blueprint for Ports 2051-2055")],
        ),
        # A statement is the statements stage's; a package names none of its items.
        ("The governors adopted the Reef Harbour Declaration on Ports, in full.", []),
        # One the statements stage leaves (no title, a body's own): still no decision.
        ("The governors adopted the bank's closing statement on ports.", []),
        ("The governors adopted a number of resolutions at the close.", []),
    ],
)
def test_adopted_with_any_object_by_the_summit(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(d[0], d[1]) for d in found(parse(sentence))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministers elected Fiji as vice-chair of the commission for 2052.",
            ("designation", "elected Fiji as vice-chair of the commission for 2052", "Fiji", 2052),
        ),
        (
            "The ministers elected the Republic of Korea as rapporteur of the session.",
            (
                "designation",
                "elected the Republic of Korea as rapporteur of the session",
                "Republic of Korea",
                None,
            ),
        ),
    ],
)
def test_a_member_state_elected_to_a_lower_office(
    sentence: str, expected: tuple[str, str, str, int | None]
) -> None:
    assert found(parse(sentence)) == [expected]


def test_chair_entrusted_to_a_member_is_a_presidency() -> None:
    s = parse("The leaders entrusted the rotating chairmanship of the bloc to Tonga.")
    assert [(d[0], d[2]) for d in found(s)] == [("presidency", "Tonga")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council approved in principle the accession of Nauru to the charter.",
            ["the accession of Nauru to the charter"],
        ),
        (
            "The council adopted by consensus the levy on bunker fuel for 2052.",
            ["the levy on bunker fuel for 2052"],
        ),
        (
            "The ministers approved SAREC's Work Plan for 2051-2053.",
            ["SAREC's Work Plan for 2051-2053"],
        ),
    ],
)
def test_approval_with_an_adverb_or_a_possessive_object(sentence: str, expected: list[str]) -> None:
    assert [d[1] for d in found(parse(sentence))] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Set up long before: a clause of time since it, or a decade.
        (
            "The leaders met for the first time since the river commission was set up to share "
            "the delta's water."
        ),
        (
            "The ministers gathered again after the lagoon authority was established to guard "
            "the reefs."
        ),
        "The fund was created in the late 1980s to rebuild the harbours.",
        # Done before the summit, told in a speech.
        (
            "The treasurer told the ministers that the board had approved a new audit charter "
            "during the year."
        ),
        (
            "The treasurer told the ministers that the board had signed a loan agreement for new "
            "offices."
        ),
    ],
)
def test_a_past_act_is_no_decision(sentence: str) -> None:
    assert found(parse(sentence)) == []


def test_next_meeting_on_a_topic_held_in_a_city() -> None:
    s = parse(
        "The ministers agreed that the next ministerial meeting on river security would be "
        "held in Mwanza in 2053."
    )
    assert [(d[2], d[3]) for d in found(s)] == [("Mwanza", 2053)]


def test_handover_after_a_relative_clause_starts_at_its_verb() -> None:
    s = parse(
        "The outgoing chair, who opened the session in Apia, handed over the chairmanship of "
        "the council to Tonga."
    )
    assert [d[1] for d in found(s)] == ["handed over the chairmanship of the council to Tonga"]


def test_a_coalitions_members_lead_a_list_of_what_they_agreed_to() -> None:
    s = parse(
        "At the end of the talks, the members of the coalition agreed to:",
        "- admit Kiribati as a new member of the coalition;",
        "- set up a working group on cable repair;",
    )
    assert [(d[0], d[2]) for d in found(s)] == [
        ("other", "Kiribati"),
        ("establishment", "working group"),
    ]


@pytest.mark.parametrize(
    ("line", "kind", "text", "subject"),
    [
        (
            "Environment Minister Leyla Mammadova was unanimously elected President of COP9.",
            "presidency",
            "Leyla Mammadova was unanimously elected President of COP9",
            "Leyla Mammadova",
        ),
        (
            "The ministers elected Oskar Lind chairperson of the fourth session.",
            "presidency",
            "elected Oskar Lind chairperson of the fourth session",
            "Oskar Lind",
        ),
        (
            "The ministers elected Oskar Lind as chairperson of the fourth session.",
            "presidency",
            "elected Oskar Lind as chairperson of the fourth session",
            "Oskar Lind",
        ),
        (
            "Estonia was elected to hold the rotating presidency of the forum.",
            "presidency",
            "Estonia was elected to hold the rotating presidency of the forum",
            "Estonia",
        ),
    ],
)
def test_an_election_to_a_meetings_chair_is_a_presidency(
    line: str, kind: str, text: str, subject: str
) -> None:
    assert found(parse(line)) == [(kind, text, subject, None)]


def test_an_election_to_a_national_office_is_no_decision() -> None:
    s = parse(
        "Trade Minister Oskar Lind, who was elected President of the Republic in 2030, spoke."
    )
    assert found(s) == []


@pytest.mark.parametrize(
    "line",
    [
        "After the talks a regional drought fund was established in Dodoma.",
        "Following the plenary a joint seed bank was set up in Arusha.",
    ],
)
def test_a_fronted_clause_of_time_without_a_comma_leaves_the_decision(line: str) -> None:
    assert [kind for kind, _, _, _ in found(parse(line))] == ["establishment"]


def test_officers_elected_as_the_bodys_chair_and_in_the_plural() -> None:
    s = parse(
        "The Assembly elected Belize's Minister of Transport, Dr. Rosa Cal, as its Chairperson.",
        "Nepal's Minister of Energy, Hari Thapa, and Angola's Minister of Energy, Dr. Ines Lobo, "
        "were elected Vice-Chairpersons.",
        "Kenya's Cabinet Secretary for Roads, Grace Wambui, was elected Rapporteur of the session.",
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [
        ("presidency", "Rosa Cal"),
        ("designation", "Hari Thapa"),
        ("designation", "Ines Lobo"),
        ("designation", "Grace Wambui"),
    ]


def test_after_an_apposition_the_holder_is_no_name_inside_it() -> None:
    s = parse(
        "Kofi Boateng, nominated by Minister Hari Thapa, was elected Vice-Chair of the session.",
        "Dr. Ines Lobo and Kofi Boateng, both allies of Minister Hari Thapa, were elected "
        "vice-chairs.",
    )
    assert [sub for _, _, sub, _ in found(s)] == []


def test_officers_elected_in_the_plural_by_the_body_each_hold_one() -> None:
    s = parse("The Assembly elected Dr. Ines Lobo and Kofi Boateng as Vice-Presidents.")
    assert [(k, sub) for k, _, sub, _ in found(s)] == [
        ("designation", "Ines Lobo"),
        ("designation", "Kofi Boateng"),
    ]


def test_a_plural_subject_is_read_whatever_the_space_in_have_been() -> None:
    s = parse("Dr. Ines Lobo and Kofi Boateng have  been elected Vice-Presidents.")
    assert [sub for _, _, sub, _ in found(s)] == ["Ines Lobo", "Kofi Boateng"]


def test_an_office_of_the_bodys_chair_is_no_chair() -> None:
    s = parse("The Assembly appointed Dr. Ines Lobo as its President’s special envoy.")
    assert [(k, sub) for k, _, sub, _ in found(s)] == [("designation", "Ines Lobo")]


def test_a_plural_election_takes_only_the_people_of_its_subject() -> None:
    s = parse(
        "After a speech by Minister Hari Thapa, Dr. Ines Lobo and Kofi Boateng were elected "
        "vice-chairs."
    )
    assert [(k, sub) for k, _, sub, _ in found(s)] == [
        ("designation", "Ines Lobo"),
        ("designation", "Kofi Boateng"),
    ]


def test_the_next_host_agreed_by_delegates_and_a_next_meeting_named_by_its_body() -> None:
    s = parse(
        "Delegates agreed that Uruguay will host the 9th Steering Board meeting in Montevideo "
        "in June 2047.",
        "The ministers approved the budget and agreed that the next Board of Governors will be "
        "held in Nepal in 2049.",
    )
    assert [(k, sub, y) for k, _, sub, y in found(s)] == [
        ("other", "Uruguay", 2047),
        ("other", None, None),  # "approved the budget"
        ("other", "Nepal", 2049),
    ]


def test_the_next_event_of_another_name_is_no_meeting_of_the_summit() -> None:
    s = parse(
        "The leaders agreed that the next Commonwealth Games will be held in Glasgow in 2046.",
        "The leaders confirmed that the next Africa Cup of Nations would take place in Kenya.",
    )
    assert found(s) == []


@pytest.mark.parametrize(
    "line",
    [
        "Officials said the next Board of Governors will be held in Nepal in 2049.",
        # A verb of agreeing, but not the summit's: "next" names no venue it chose.
        "Officials announced that the next Board of Governors will be held in Nepal in 2049.",
    ],
)
def test_a_next_meeting_not_agreed_by_the_summit_is_no_host(line: str) -> None:
    assert found(parse(line)) == []


def test_a_list_set_as_bulleted_lines_of_one_page_paragraph() -> None:
    """ "<p>• A;<br>• B</p>": each line is an item of the list, as in "<ul><li>"."""
    html = (
        "<html><body><article><h1>River ministers agree on flood warnings</h1>"
        "<p>Water ministers of the river basin states met in Tete on Tuesday for their annual "
        "council, and spent most of the day on the dry season and the shared gauges.</p>"
        "<p>Outcomes of the council include:</p>"
        "<p>• The council adopted the basin’s flood warning protocol;<br>"
        "• The ministers decided to establish a Gauge Data Centre in Tete;<br>"
        "• 2049 was proclaimed the Year of the River.</p>"
        "<p>The next council will meet in the dry season, the chair told reporters after the "
        "closing session of the meeting.</p></article></body></html>"
    )
    s = summitdoc.parse_text(html)
    assert [(d.kind, " ".join(d.text.split())) for d in s.decisions] == [
        ("agreement", "the basin’s flood warning protocol"),
        ("establishment", "establish a Gauge Data Centre in Tete"),
        ("designation", "2049 was proclaimed the Year of the River"),
    ]


@pytest.mark.parametrize("bullet", ["▪", "·"])
def test_every_bullet_of_a_bulleted_page_paragraph_is_no_word_of_its_item(bullet: str) -> None:
    html = (
        "<html><body><article><h1>River ministers agree on flood warnings</h1>"
        "<p>Water ministers of the river basin states met in Tete on Tuesday for their annual "
        "council, and spent most of the day on the dry season and the shared gauges.</p>"
        "<p>Outcomes of the council include:</p>"
        f"<p>{bullet} The council adopted the basin’s flood warning protocol;<br>"
        f"{bullet} 2049 was proclaimed the Year of the River.</p></article></body></html>"
    )
    s = summitdoc.parse_text(html)
    assert [" ".join(d.text.split()) for d in s.decisions] == [
        "the basin’s flood warning protocol",
        "2049 was proclaimed the Year of the River",
    ]


def test_the_body_by_its_names_head_noun_decides() -> None:
    s = parse(
        "The Ural Delta Fisheries Authority met in Orsk on Tuesday for its ninth session.",
        "The authority also agreed to close the spawning grounds to trawlers from May to July.",
        "The ministry later agreed to fund two patrol boats.",
    )
    assert found(s) == [
        ("other", "close the spawning grounds to trawlers from May to July", None, None)
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            (
                "The ministers approved a shared cargo register, a move the port operators called "
                "overdue."
            ),
            "a shared cargo register",
        ),
        (
            (
                "The ministers approved a shared cargo register, a long-awaited step that traders "
                "welcomed."
            ),
            "a shared cargo register",
        ),
        (
            "The ministers approved a cargo decision support system.",
            "a cargo decision support system",
        ),
    ],
)
def test_an_apposition_summing_up_the_decision_is_not_its_text(line: str, want: str) -> None:
    assert [t for _, t, _, _ in found(parse(line))] == [want]
