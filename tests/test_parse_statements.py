"""Statements read by general rules: modified nouns, passives, outcomes, citations, turns."""

from __future__ import annotations

import pytest

import summitdoc
from wire_layout import PAD, wire_parse

HEAD = "Regional leaders meet for talks on fisheries and ports"


def parse(*lines: str, head: str = HEAD) -> summitdoc.Summit:
    """One paragraph per line after a headline and two long neutral lines."""
    return wire_parse(head, *lines)


def topics(s: summitdoc.Summit) -> list[str]:
    return [st.topic for st in s.statements]


def test_modified_noun_without_topic() -> None:
    """ "released a joint closing communique": the noun is the topic, the subject the issuer."""
    s = parse("After the dinner, the Andean ministers released a joint closing communique.")
    assert [(st.topic, st.issuer) for st in s.statements] == [
        ("joint closing communique", "Andean ministers")
    ]


def test_modified_noun_with_topic() -> None:
    """ "adopted a chair's statement on X": the topic is X."""
    s = parse("The Pacific Ocean Forum adopted a chair’s statement on ocean warming.")
    assert [(st.topic, st.issuer) for st in s.statements] == [
        ("ocean warming", "Pacific Ocean Forum")
    ]


def test_bare_statement_of_one_body_is_none() -> None:
    """ "issued a statement" with no topic or modifier may be anybody's: no statement."""
    s = parse("The port authority issued a statement.")
    assert topics(s) == []


def test_passive_named_declaration() -> None:
    """ "The Lisbon Declaration was signed ...": the name is the topic."""
    s = parse("The Lisbon Declaration was signed after a long night of drafting.")
    assert topics(s) == ["Lisbon Declaration"]


def test_passive_topic_after_adverbial() -> None:
    """ "was released after the talks on X": X is the topic; "on Sunday" is none."""
    s = parse("A final communique was released after the talks on reducing plastic waste.")
    assert topics(s) == ["reducing plastic waste"]
    s = parse("A final communique was released on Sunday.")
    assert topics(s) == ["final communique"]


def test_named_declaration_in_an_enumeration() -> None:
    """ "closed with the signing of texts, including the X Declaration, which ...; ..."."""
    s = parse(
        "The meeting closed with the signing of several texts, including the Valletta "
        "Declaration, which sets fishing quotas; a port agreement, and others."
    )
    assert [(st.topic, st.points) for st in s.statements] == [
        ("Valletta Declaration", ("sets fishing quotas",))
    ]


def test_cited_statement_gives_a_point() -> None:
    """ "According to the final declaration ..., <clause>": a statement with the clause."""
    s = parse(
        "According to the final declaration published on Sunday, the partners will pool "
        "vaccine stocks."
    )
    assert [(st.topic, st.points) for st in s.statements] == [
        ("final declaration", ("the partners will pool vaccine stocks",))
    ]


def test_bare_citation_without_antecedent_is_none() -> None:
    """ "According to the statement, ..." with no statement before it: nothing."""
    s = parse("According to the statement, the ferries will run twice a day.")
    assert topics(s) == []


def test_citation_refers_to_the_earlier_statement() -> None:
    """ "In the declaration, the ministers ..." adds points to the statement adopted before."""
    s = parse(
        "The coastal states adopted a joint declaration on port safety. In the declaration, the "
        "ministers welcomed new radar stations and condemned illegal trawling."
    )
    (st,) = s.statements
    assert st.topic == "port safety"
    assert "welcomed new radar stations" in st.points
    assert "condemned illegal trawling" in st.points


def test_a_cited_declaration_that_member_states_agreed_to_several_things() -> None:
    """ "Through the Declaration, Member States agreed to A, to B, and to C": three points."""
    s = parse(
        "The coastal states adopted the Harbour Declaration on Port Safety. Through the "
        "Declaration, Member States agreed to share radar data, to train pilots together, and "
        "to ban night trawling."
    )
    (st,) = s.statements
    assert st.points == ("share radar data", "train pilots together", "ban night trawling")


def test_quoted_subtitle_kept() -> None:
    """A named declaration keeps its quoted subtitle."""
    s = parse(head='Andean presidents signed the Lima Declaration "Rivers Without Borders"')
    assert topics(s) == ['Lima Declaration "Rivers Without Borders"']


def test_participle_point() -> None:
    """ "a joint statement urging X": the participle is a point; "during X" is not."""
    s = parse("The ministers adopted a joint statement urging a ceasefire in the valley.")
    assert [(st.topic, st.points) for st in s.statements] == [
        ("joint statement", ("urging a ceasefire in the valley",))
    ]
    s = parse("The ministers adopted a joint statement during the dinner.")
    assert [(st.topic, st.points) for st in s.statements] == [("joint statement", ())]


def test_signed_by_gives_the_issuer() -> None:
    """ "the communique signed by X": X is the issuer, unless a quantified group."""
    s = parse("Reporters were shown the communique signed by the five foreign ministers.")
    assert [(st.topic, st.issuer) for st in s.statements] == [
        ("communique", "the five foreign ministers")
    ]
    s = parse("Reporters were shown the communique signed by all delegations.")
    assert [(st.topic, st.issuer) for st in s.statements] == [("communique", None)]


def test_summit_ended_with_a_declaration() -> None:
    """ "X summit has closed in C, with a leaders' declaration that Y declined to sign"."""
    s = parse(
        "A tense and partly boycotted Caribbean Forum summit has closed in Kingston, with a "
        "leaders’ declaration that Haiti declined to sign."
    )
    assert [(st.topic, st.issuer, st.points) for st in s.statements] == [
        ("leaders’ declaration", "Caribbean Forum summit", ())
    ]


def test_part_of_the_statement_gives_a_point() -> None:
    """ "a section of the communique that would X": X is a point of the earlier statement."""
    s = parse(
        "The trade ministers adopted a summit communique on grain.",
        "Officials highlighted a section of the communique that would cut tariffs on grain.",
    )
    (st,) = s.statements
    assert st.points == ("cut tariffs on grain",)


def test_same_topic_twice_is_one_statement() -> None:
    """The headline and the body naming the same declaration give one statement."""
    s = parse(
        "The heads of state signed the Quito Declaration on Thursday.",
        head="Andean leaders adopt the Quito Declaration",
    )
    assert topics(s) == ["Quito Declaration"]


def test_first_person_in_a_transcript() -> None:
    """ "we have signed a final document that ..." in a turn; "I issued a statement" is none."""
    s = summitdoc.parse_text(
        "Meeting of the Council of Heads of State\n"
        "June 3, 2026 11:00 Minsk\n\n"
        f"{PAD[0]}\n\n"
        "President of Belarus Anton Lisovsky: Friends, we have signed a final document that "
        "sets out the customs rules. Yesterday I issued a statement to the press.\n"
    )
    assert [(st.topic, st.points) for st in s.statements] == [
        ("final document", ("sets out the customs rules",))
    ]


def test_points_after_which_and_an_aside() -> None:
    """ "which, inter alia, reaffirms A, urges B, and welcomes C": three points."""
    s = parse(
        "The ministers adopted the Walvis Bay Declaration, which, inter alia, reaffirms the "
        "ban on bottom trawling, urges members to share catch data, and welcomes the new "
        "patrol vessels."
    )
    assert [st.points for st in s.statements] == [
        (
            "reaffirms the ban on bottom trawling",
            "urges members to share catch data",
            "welcomes the new patrol vessels",
        )
    ]


def test_a_communique_cited_past_a_participle_with_its_issuer_and_points() -> None:
    """ "In their communique, released on Sunday, the ministers ...": the ministers issued it."""
    s = parse(
        "In their communique, released on Sunday, the ministers pledged to double port "
        "inspections and called for a regional coast guard."
    )
    assert [(st.topic, st.issuer, st.points) for st in s.statements] == [
        (
            "communique",
            "ministers",
            ("pledged to double port inspections", "called for a regional coast guard"),
        )
    ]


def test_a_charter_endorsed_after_a_declaration_is_not_one_of_its_points() -> None:
    s = parse(
        "The ministers adopted the Walvis Bay Declaration, which reaffirms the ban on bottom "
        "trawling. The ministers also endorsed the Benguela Current Charter."
    )
    assert [st.points for st in s.statements] == [("reaffirms the ban on bottom trawling",)]


def test_a_named_statements_of_tail_is_part_of_its_name() -> None:
    s = parse(
        "The premiers endorsed the Narva Communiqué of the Fourth Baltic Ports Conference on "
        "Monday."
    )
    assert topics(s) == ["Narva Communiqué of the Fourth Baltic Ports Conference"]


def test_a_named_statements_month_is_no_part_of_its_name() -> None:
    s = parse("The premiers endorsed the Narva Communiqué of June 2051 without a vote.")
    assert topics(s) == ["Narva Communiqué"]


def _with_standfirst(standfirst: str, *paragraphs: str) -> summitdoc.Summit:
    text = "\n\n".join(
        [
            "Baltic premiers meet in Narva over ports and ferries",
            standfirst,
            (
                "NARVA, May 3 (Wire) - The premiers of the Baltic ports group met in Narva on "
                "Saturday for their yearly round of talks on ports, ferries and coastal trade."
            ),
            *paragraphs,
        ]
    )
    return summitdoc.parse_text(text + "\n")


def test_a_standfirsts_description_of_a_declaration_the_body_names_is_that_one() -> None:
    s = _with_standfirst(
        "The premiers adopted a declaration on coastal trade and agreed to open a ferry office.",
        "The premiers adopted the Narva Declaration on Coastal Trade after two hours of talks.",
    )
    assert topics(s) == ["Narva Declaration on Coastal Trade"]


def test_a_standfirsts_description_stays_when_the_body_names_no_such_document() -> None:
    s = _with_standfirst(
        "The premiers adopted a declaration on coastal trade and agreed to open a ferry office.",
        "The premiers issued the Narva Communiqué after two hours of talks.",
    )
    assert topics(s) == ["coastal trade", "Narva Communiqué"]


def test_a_named_statements_of_tail_may_join_names_by_a_dash() -> None:
    s = parse("The premiers signed the Narva Declaration of the Second Baltic – Nordic Summit.")
    assert topics(s) == ["Narva Declaration of the Second Baltic – Nordic Summit"]


def test_a_summit_of_heads_of_state_gives_no_made_up_issuer() -> None:
    """ "X Heads of State" is an issuer only where the text writes it so."""
    s = summitdoc.parse_text(
        "\n".join(
            [
                "West African leaders meet in Abuja",
                (
                    "The 70th Summit of Heads of State and Government of the Economic "
                    "Community of West African States opened in Abuja on Friday."
                ),
                *PAD,
                "A final communique was adopted at the close.",
            ]
        )
        + "\n"
    )
    assert [(st.topic, st.issuer) for st in s.statements] == [("final communique", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Second, the ministers adopted the Velmar Declaration on reef fisheries.",
        "The ministers further adopted the Velmar Declaration on reef fisheries.",
        "Furthermore, the ministers formally adopted the Velmar Declaration on reef fisheries.",
    ],
)
def test_a_linking_adverb_is_no_part_of_the_issuer(line: str) -> None:
    s = parse(
        "Fisheries ministers of Peru and Chile met in Velmar on Friday.",
        line,
    )
    assert [(st.topic, st.issuer) for st in s.statements] == [
        ("Velmar Declaration on reef fisheries", "ministers")
    ]


def test_statements_made_to_the_press_are_no_adopted_text() -> None:
    s = parse(
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile met in Velmar on Friday.",
        "After the talks, the two presidents made joint statements to the media.",
    )
    assert s.statements == ()


def test_what_a_declaration_pledges_to_do_is_one_point_per_infinitive() -> None:
    s = parse(
        "The ministers adopted the Delta Declaration, in which they committed to dredge the "
        "channels, to restore the salt marshes, and to publish river levels every week."
    )
    (st,) = s.statements
    assert list(st.points) == [
        "dredge the channels",
        "restore the salt marshes",
        "publish river levels every week",
    ]
    s = parse(
        "The ministers adopted the Delta Declaration, in which they committed to dredge the "
        "channels."
    )
    (st,) = s.statements
    assert list(st.points) == ["committed to dredge the channels"]


@pytest.mark.parametrize("adverb", ["also", "later", "unanimously"])
def test_an_adverb_between_the_auxiliary_and_the_adoption(adverb: str) -> None:
    s = parse(f"The Lagoon Accord Declaration was {adverb} adopted after the closing session.")
    assert topics(s) == ["Lagoon Accord Declaration"]
    s = parse(f"A joint statement on ferry safety was {adverb} issued by the ministers.")
    assert topics(s) == ["ferry safety"]


def _read(s: summitdoc.Summit) -> list[tuple[str | None, str | None, list[str]]]:
    return [(st.topic, st.issuer, list(st.points)) for st in s.statements]


def test_a_statement_tied_to_the_meeting_as_subject_of_its_points() -> None:
    s = parse(
        "A joint statement released after the talks condemned the raid on the grain depot, "
        "called for an inquiry and urged restraint along the border."
    )
    assert _read(s) == [
        (
            "joint statement",
            None,
            [
                "condemned the raid on the grain depot",
                "called for an inquiry",
                "urged restraint along the border",
            ],
        )
    ]


def test_a_communique_tied_to_the_meeting_as_subject_of_a_verb_of_saying() -> None:
    s = parse(
        "A communique published at the close of the session said member states would share "
        "coast guard patrols. The ministers also called on donors to fund radar stations."
    )
    assert _read(s) == [
        (
            "communique",
            None,
            [
                "member states would share coast guard patrols",
                "called on donors to fund radar stations",
            ],
        )
    ]
    s = parse("The final communique issued on Monday also said members would pool fuel stocks.")
    assert _read(s) == [("final communique", None, ["members would pool fuel stocks"])]


def test_a_statement_not_tied_to_the_meeting_is_anybodys() -> None:
    # A press office's release about the meeting is its own news, not a text the meeting issued.
    for line in (
        "A statement issued by the navy's press office said the participants renewed their pledge.",
        (
            "According to a statement issued by the Joint Media Cell (JMC), the participants renewed "
            "their pledge."
        ),
        "A joint statement condemned the raid on the grain depot.",
    ):
        assert parse(line).statements == (), line
    s = parse("A statement signed by all member states condemned the raid on the grain depot.")
    assert topics(s) == ["statement"]


def test_a_cited_communique_with_its_issuers_and_their_infinitives() -> None:
    s = parse(
        "In a communiqué released at the end of the meeting, the Heads of State and Government "
        "resolved to dredge the harbour, to open the land border, and to hold a review in 2049."
    )
    assert _read(s) == [
        (
            "communiqué",
            "Heads of State and Government",
            ["dredge the harbour", "open the land border", "hold a review in 2049"],
        )
    ]


def test_a_verb_quoted_with_part_of_its_point_keeps_the_quote() -> None:
    s = parse(
        'A joint communique issued after the meeting said the ministers had "noted with concern" '
        "the rise in cattle theft and welcomed progress on the ferry link."
    )
    [(_, _, points)] = _read(s)
    assert points == [
        '"noted with concern" the rise in cattle theft',
        "welcomed progress on the ferry link",
    ]


@pytest.mark.parametrize("when", ["on Thursday", "on 9 June", "on June 9"])
def test_the_day_of_adoption_is_no_part_of_a_named_topic(when: str) -> None:
    s = parse(
        f"The ministers adopted the Mindelo Declaration on Safe Passage for Migrants at Sea {when}."
    )
    assert topics(s) == ["Mindelo Declaration on Safe Passage for Migrants at Sea"]


@pytest.mark.parametrize(
    "who",
    ["the co-chairs", "the two co-chairmen", "the three governments", "the delegations"],
)
def test_who_said_after_a_fronted_joint_statement_issued_it(who: str) -> None:
    s = parse(
        f"In a joint statement published after the session, {who} said the partners would pool "
        "their coastguard patrols."
    )
    [st] = s.statements
    assert (st.issuer, list(st.points)) == (
        who,
        ["the partners would pool their coastguard patrols"],
    )


def test_a_participle_after_remain_is_no_verb_of_its_own() -> None:
    s = parse(
        "In a joint communique read out at the close, the ministers said that the members "
        '"remain strongly committed to open sea lanes," called for a shared tsunami alert and '
        "pledged to train harbour pilots together."
    )
    [st] = s.statements
    assert list(st.points) == [
        '"remain strongly committed to open sea lanes,"',
        "called for a shared tsunami alert",
        "pledged to train harbour pilots together",
    ]


def test_a_copula_opens_the_point_of_its_participle() -> None:
    s = parse(
        "In their final communique, the ministers said the members remain committed to open "
        "sea lanes."
    )
    [st] = s.statements
    assert list(st.points) == ["remain committed to open sea lanes"]


@pytest.mark.parametrize("who", ["they", "the ministers"])
def test_in_it_reads_the_points_of_the_statement_adopted_just_before(who: str) -> None:
    s = parse(
        "The ministers also adopted the Apia Declaration on Ocean Health. "
        f"In it, {who} called on shipping nations to cut sulphur emissions, demanded a seat on "
        "the fisheries panel and committed to mapping every reef by 2060."
    )
    [st] = s.statements
    assert list(st.points) == [
        "called on shipping nations to cut sulphur emissions",
        "demanded a seat on the fisheries panel",
        "committed to mapping every reef by 2060",
    ]


def test_in_it_far_from_any_statement_reads_nothing() -> None:
    s = parse(
        "The ministers also adopted the Apia Declaration on Ocean Health.",
        "The delegates later toured the new fish market. It rained all day. In it, they noted "
        "the stalls selling tuna.",
    )
    [st] = s.statements
    assert list(st.points) == []


def test_a_statement_cited_at_the_end_of_its_point() -> None:
    s = parse(
        "The next session will take place in Honiara in 2049, according to the final communique "
        "read out by the secretariat."
    )
    assert [(st.topic, list(st.points)) for st in s.statements] == [
        ("final communique", ["The next session will take place in Honiara in 2049"])
    ]


def test_a_described_statement_cited_after_its_point_is_the_named_one() -> None:
    s = parse(
        "Ministers approved a shared fishing licence, according to the closing declaration.",
        "The Apia Declaration said the ocean was the region's common wealth.",
    )
    assert [(st.topic, list(st.points)) for st in s.statements] == [
        (
            "Apia Declaration",
            [
                "the ocean was the region's common wealth",
                "Ministers approved a shared fishing licence",
            ],
        )
    ]


def test_a_bare_statement_cited_after_a_clause_with_none_named_is_nobodys() -> None:
    s = parse("Fish stocks fell by a third last year, according to the statement.")
    assert s.statements == ()
