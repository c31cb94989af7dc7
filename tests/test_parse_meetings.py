"""Side meetings however worded: fronted phrases, pronouns, receptions, captions, transcripts.

Invented reports in one-paragraph-per-line layout, padded so that the text reads as a saved page.
"""

from __future__ import annotations

import pytest

import summitdoc
from wire_layout import PAD, wire_parse

HEAD = "Coastal states meet to talk fisheries and ports"


def parse(*lines: str, head: str = HEAD) -> summitdoc.Summit:
    """One paragraph per line after a headline and two long neutral lines."""
    return wire_parse(head, *lines)


def met(s: summitdoc.Summit) -> list[tuple[str, frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    names = {p.id: p.name for p in s.participants}
    return [
        (
            str(m.kind),
            frozenset(names[x] for x in m.participants),
            tuple(m.topics),
            tuple(m.agreements),
        )
        for m in s.meetings
    ]


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_fronted_phrase_actor_is_the_main_subject() -> None:
    s = parse(
        "During a meeting with Chancellor Pavel Dostal, Premier Amaru Quispe suggested a joint "
        "fishing patrol."
    )
    (m,) = met(s)
    assert m[:2] == ("bilateral", pair("Pavel Dostal", "Amaru Quispe"))
    assert m[3] == ("a joint fishing patrol",)


def test_fronted_talks_and_main_clause_share_the_actor() -> None:
    s = parse(
        "After her talks with President Rafael Ortiz, Prime Minister Sunniva Dahl met "
        "Chancellor Pavel Dostal and President Mariam Diallo."
    )
    got = {m[1] for m in met(s)}
    assert got == {
        pair("Sunniva Dahl", "Rafael Ortiz"),
        pair("Sunniva Dahl", "Pavel Dostal"),
        pair("Sunniva Dahl", "Mariam Diallo"),
    }


def test_fronted_words_go_to_the_meeting_not_a_speech() -> None:
    s = parse(
        "At a meeting with President Mariam Diallo, Premier Amaru Quispe commended the new "
        "harbour rules."
    )
    (m,) = met(s)
    assert m[1] == pair("Mariam Diallo", "Amaru Quispe")
    assert m[2] == ("the new harbour rules",)
    assert not s.speeches


def test_fronted_group_subject_meets_the_named_person_alone() -> None:
    s = parse(
        "In informal talks with Premier Amaru Quispe, several Peruvian ministers urged new "
        "quotas for anchovy."
    )
    (m,) = met(s)
    assert m[:2] == ("multilateral", frozenset({"Amaru Quispe"}))


def test_pronoun_actor() -> None:
    s = parse(
        "Prime Minister Sunniva Dahl landed late on Sunday.",
        "She later met with President Rafael Ortiz to discuss port fees.",
    )
    (m,) = met(s)
    assert m[1] == pair("Sunniva Dahl", "Rafael Ortiz")
    assert m[2] == ("port fees",)


def test_pronoun_with_other_words_is_no_actor() -> None:
    s = parse(
        "Prime Minister Sunniva Dahl landed late on Sunday.",
        "She said nobody had met with President Rafael Ortiz before noon.",
    )
    assert met(s) == []


def test_counterparts_by_country_give_one_bilateral_each() -> None:
    s = parse(
        "Later, Sunniva Dahl had separate talks with the prime ministers of Ghana and Senegal."
    )
    got = met(s)
    assert len(got) == 2
    assert all(m[:2] == ("bilateral", frozenset({"Sunniva Dahl"})) for m in got)


def test_counterparts_by_demonym() -> None:
    s = parse(
        "Sunniva Dahl held bilateral meetings with her Ghanaian, Senegalese and Malian "
        "counterparts."
    )
    assert len(met(s)) == 3


def test_one_country_is_no_list() -> None:
    s = parse("Sunniva Dahl held bilateral meetings with the Ghanaian delegation.")
    assert met(s) == []


def test_several_people_then_they_is_one_meeting() -> None:
    s = parse(
        "President Rafael Ortiz met with Chancellor Pavel Dostal, President Mariam Diallo and "
        "Premier Amaru Quispe. They discussed port security and agreed to share radar data."
    )
    (m,) = met(s)
    assert m[:2] == (
        "multilateral",
        frozenset({"Rafael Ortiz", "Pavel Dostal", "Mariam Diallo", "Amaru Quispe"}),
    )
    assert m[2] == ("port security",)
    assert m[3] == ("share radar data",)


def test_several_people_without_joint_sentence_are_bilaterals() -> None:
    s = parse(
        "President Rafael Ortiz held talks with Chancellor Pavel Dostal and President Mariam "
        "Diallo. Ortiz flew home in the evening."
    )
    assert {m[1] for m in met(s)} == {
        pair("Rafael Ortiz", "Pavel Dostal"),
        pair("Rafael Ortiz", "Mariam Diallo"),
    }


def test_reception() -> None:
    s = parse("Premier Amaru Quispe was received by Chancellor Pavel Dostal at the town hall.")
    (m,) = met(s)
    assert m[:2] == ("bilateral", pair("Amaru Quispe", "Pavel Dostal"))


def test_caption_greets() -> None:
    s = parse(
        "Chancellor Pavel Dostal greets Premier Amaru Quispe at the congress hall.    Reuters",
        "The fisheries summit opened on Monday with a minute of silence.",
    )
    assert ("bilateral", pair("Pavel Dostal", "Amaru Quispe")) in [m[:2] for m in met(s)]


def test_request_is_an_agreement_verb_included() -> None:
    s = parse(
        "President Mariam Diallo also met Chancellor Pavel Dostal and invited him to open the "
        "Dakar trade fair."
    )
    (m,) = met(s)
    assert m[3] == ("invited him to open the Dakar trade fair",)


def test_meeting_in_a_transcript_question() -> None:
    s = summitdoc.parse_text(
        "\n".join(
            [
                "Joint press conference after the fisheries talks",
                *PAD,
                (
                    "Question: Mr President, you had a meeting with Premier Quispe yesterday. "
                    "Any result?"
                ),
                "President Rafael Ortiz: We agreed to build a shared fish market in Arica.",
            ]
        )
        + "\n"
    )
    (m,) = met(s)
    assert m[:2] == ("bilateral", pair("Rafael Ortiz", "Quispe"))
    assert m[3] == ("build a shared fish market in Arica",)


@pytest.mark.parametrize(
    "cue",
    [
        "paid a courtesy call on",
        "held bilateral consultations with",
        "had a pull-aside with",
        "had an exchange with",
        "held a working session with",
        "received a courtesy call from",
        "received in audience",
        "held a mini-summit with",
        "had a summit meeting with",
    ],
)
def test_other_words_for_a_meeting(cue: str) -> None:
    s = parse(
        "Leaders of the coastal states opened their summit in Walvis Bay on Monday.",
        f"Premier Amaru Quispe {cue} President Mariam Diallo before the plenary.",
    )
    assert [m[:2] for m in met(s)] == [("bilateral", pair("Amaru Quispe", "Mariam Diallo"))]


def test_back_to_back_summits_with_several_leaders_are_bilaterals() -> None:
    s = parse(
        "Premier Amaru Quispe held back-to-back summits with President Mariam Diallo, "
        "Chancellor Pavel Dostal and President Rafael Ortiz."
    )
    assert {m[1] for m in met(s)} == {
        pair("Amaru Quispe", "Mariam Diallo"),
        pair("Amaru Quispe", "Pavel Dostal"),
        pair("Amaru Quispe", "Rafael Ortiz"),
    }


@pytest.mark.parametrize(
    "follow_up",
    [
        "With President Diallo, he discussed port fees and agreed to share one customs database.",
        "He and Diallo discussed port fees and agreed to share one customs database.",
    ],
)
def test_a_sentence_after_a_list_of_meetings_that_names_one_is_that_meetings(
    follow_up: str,
) -> None:
    s = parse(
        "Premier Amaru Quispe held separate meetings with President Mariam Diallo, Chancellor "
        "Pavel Dostal and President Rafael Ortiz. " + follow_up
    )
    got = {m[1]: m[2:] for m in met(s)}
    assert got == {
        pair("Amaru Quispe", "Mariam Diallo"): (("port fees",), ("share one customs database",)),
        pair("Amaru Quispe", "Pavel Dostal"): ((), ()),
        pair("Amaru Quispe", "Rafael Ortiz"): ((), ()),
    }


def test_a_list_of_meetings_of_an_unnamed_actor_keeps_each_meetings_words() -> None:
    s = parse(
        "Later the Trade Minister held separate talks with President Mariam Diallo of Ghana, "
        "Chancellor Pavel Dostal of Austria and President Rafael Ortiz of Chile. In the talks "
        "with the Ghanaian President, the two sides discussed cocoa tariffs and agreed to open "
        "a trade desk in Accra. With the Austrian Chancellor, the Minister reviewed rail freight."
    )
    got = {m[1]: m[2:] for m in met(s)}
    assert got == {
        frozenset({"Mariam Diallo"}): (("cocoa tariffs",), ("open a trade desk in Accra",)),
        frozenset({"Pavel Dostal"}): (("rail freight",), ()),
        frozenset({"Rafael Ortiz"}): ((), ()),
    }


def test_people_received_separately_each_had_a_meeting() -> None:
    s = parse(
        "After the plenary, Premier Amaru Quispe received separately Chancellor Pavel Dostal "
        "and President Mariam Diallo. With Dostal, he discussed salmon quotas. With Diallo, "
        "the talks focused on port dredging."
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got == {
        pair("Amaru Quispe", "Pavel Dostal"): ("salmon quotas",),
        pair("Amaru Quispe", "Mariam Diallo"): ("port dredging",),
    }


def test_what_each_meeting_was_on_follows_its_counterpart() -> None:
    s = parse(
        "Premier Amaru Quispe held separate talks with President Mariam Diallo, on port "
        "dredging, and with Chancellor Pavel Dostal, on salmon quotas and cold storage."
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got == {
        pair("Amaru Quispe", "Mariam Diallo"): ("port dredging",),
        pair("Amaru Quispe", "Pavel Dostal"): ("salmon quotas", "cold storage"),
    }


@pytest.mark.parametrize("when", ["on Thursday", "on the sidelines", "on 4 June", "on arrival"])
def test_on_a_day_or_an_occasion_is_no_topic(when: str) -> None:
    s = parse(f"Premier Amaru Quispe met President Mariam Diallo {when}.")
    assert [m[2] for m in met(s)] == [()]


def test_met_and_discussed_in_one_sentence_with_a_source() -> None:
    # The source's "Vice President's office" describes the actor, who is not met by himself.
    s = parse(
        "Vice President Tarik Ozdemir and President Nomvula Sithole opened the forum in Maseru.",
        "Ozdemir met with Sithole and discussed irrigation, wool exports and a new embassy in "
        "Maseru, according to the Vice President's office.",
    )
    (m,) = met(s)
    assert m[1] == pair("Tarik Ozdemir", "Nomvula Sithole")
    assert m[2] == ("irrigation", "wool exports", "a new embassy in Maseru")


def test_the_owner_of_a_title_is_not_the_one_met() -> None:
    s = parse(
        "Chancellor Brigitte Aumann and President Sergiy Bondar attended the summit in Graz.",
        "Aumann also met with Bondar's national security adviser, Dr Oksana Hrytsenko, on Tuesday.",
    )
    assert all("Sergiy Bondar" not in m[1] for m in met(s))


def test_a_trilateral_meeting_is_one_meeting() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "Barros later convened a three-way meeting with Kowalczyk and Dema, where the three "
        "leaders agreed to reopen the coastal railway and discussed tourism.",
    )
    (m,) = met(s)
    assert m[:2] == ("multilateral", frozenset({"Lino Barros", "Hana Kowalczyk", "Ilir Dema"}))
    assert m[3] == ("reopen the coastal railway",)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            (
                "Ortiz hosted Diallo and Dostal for a working breakfast on port fees, where the "
                "three agreed to share one customs database."
            ),
            ("port fees",),
        ),
        (
            (
                "Ortiz later joined Diallo and Dostal for a closed-door meeting, where the three "
                "agreed to share one customs database."
            ),
            (),
        ),
    ],
)
def test_a_host_and_guests_at_one_gathering_are_one_meeting(
    sentence: str, topics: tuple[str, ...]
) -> None:
    """ "X hosted A and B for a working breakfast": one meeting of all three, its own words."""
    s = parse(
        "President Rafael Ortiz, President Mariam Diallo and Chancellor Pavel Dostal attended.",
        sentence,
    )
    (m,) = met(s)
    assert m[:2] == ("multilateral", frozenset({"Rafael Ortiz", "Mariam Diallo", "Pavel Dostal"}))
    assert m[2:] == (topics, ("share one customs database",))


@pytest.mark.parametrize(
    "sentence",
    [
        # A summit with several people, or "the summit", may be the summit itself.
        (
            "Premier Amaru Quispe held a summit with President Mariam Diallo and Chancellor Pavel "
            "Dostal in the old harbour hall."
        ),
        "Premier Amaru Quispe co-chaired the summit with President Mariam Diallo.",
        # A gala dinner for the leaders, nobody named as a guest.
        "Premier Amaru Quispe hosted the visiting leaders for a gala dinner at the old fort.",
    ],
)
def test_a_summit_or_a_dinner_is_no_side_meeting_without_named_guests(sentence: str) -> None:
    s = parse(
        "Leaders of the coastal states opened their summit in Walvis Bay on Monday.", sentence
    )
    assert met(s) == []


def test_two_people_who_discussed_met() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "Kowalczyk and Dema discussed river pollution on the margins of the plenary.",
    )
    (m,) = met(s)
    assert m[1:3] == (pair("Hana Kowalczyk", "Ilir Dema"), ("river pollution",))


def test_two_leaders_who_discussed_at_a_two_party_summit_are_the_summit() -> None:
    s = parse(
        "President Lino Barros hosted Prime Minister Hana Kowalczyk for their annual summit.",
        "Barros and Kowalczyk discussed river pollution and port fees.",
    )
    assert met(s) == []


def test_talks_named_by_their_noun_belong_to_the_last_actor_and_their_own_topics() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "Barros also met his two counterparts. Talks with Kowalczyk centred on fisheries, "
        "while Barros and Dema discussed a power line, aides said.",
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got == {
        pair("Lino Barros", "Hana Kowalczyk"): ("fisheries",),
        pair("Lino Barros", "Ilir Dema"): ("a power line",),
    }


def test_each_meeting_keeps_its_own_topics_in_a_shared_sentence() -> None:
    s = parse(
        "President Lino Barros received Prime Minister Hana Kowalczyk and President Ilir Dema.",
        "Officials said Barros and Kowalczyk discussed ferry links and student visas, while the "
        "talks with Dema focused on grain storage.",
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got[pair("Lino Barros", "Hana Kowalczyk")] == ("ferry links", "student visas")
    assert got[pair("Lino Barros", "Ilir Dema")] == ("grain storage",)


def test_a_second_cue_in_a_sentence_keeps_the_first_actor() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "He paid a courtesy call on Dema at the state house in the morning, and had a brief "
        "meeting with Kowalczyk, where they agreed to share weather data.",
    )
    got = {m[1]: m[3] for m in met(s)}
    assert set(got) == {pair("Lino Barros", "Ilir Dema"), pair("Lino Barros", "Hana Kowalczyk")}
    assert got[pair("Lino Barros", "Hana Kowalczyk")] == ("share weather data",)


def test_talks_with_one_and_with_another_on_their_topics() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "Barros held talks with Kowalczyk on the grain corridor, and with Dema on fishing quotas.",
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got == {
        pair("Lino Barros", "Hana Kowalczyk"): ("the grain corridor",),
        pair("Lino Barros", "Ilir Dema"): ("fishing quotas",),
    }


def test_what_the_sides_signed_is_an_agreement_and_a_decision() -> None:
    s = parse(
        "President Lino Barros, Prime Minister Hana Kowalczyk and President Ilir Dema attended.",
        "On the sidelines, Barros met with Dema. The two sides signed a memorandum of "
        "understanding on seed banks, witnessed by their foreign ministers, and agreed to "
        "hold joint drills, but no date was set.",
    )
    (m,) = met(s)
    assert m[3] == ("hold joint drills", "a memorandum of understanding on seed banks")
    assert [d.text for d in s.decisions] == ["a memorandum of understanding on seed banks"]


OPENING = (
    "President Irene Vasquez of Chile opened the plenary with Prime Minister Tevita Lolo of Tonga, "
    "President Mirela Dragan of Romania and King Sione Havili of Tonga."
)


@pytest.mark.parametrize(
    ("line", "people", "topics"),
    [
        (
            (
                "President Irene Vasquez of Chile and Prime Minister Tevita Lolo of Tonga met on the "
                "margins to discuss whaling quotas."
            ),
            pair("Irene Vasquez", "Tevita Lolo"),
            ("whaling quotas",),
        ),
        (
            (
                "Vasquez and her Romanian counterpart Mirela Dragan held bilateral talks on wine "
                "exports and port fees."
            ),
            pair("Irene Vasquez", "Mirela Dragan"),
            ("wine exports", "port fees"),
        ),
        (
            (
                "Vasquez, Dragan and Lolo also held a trilateral meeting on ferry routes between "
                "Valparaiso and Nukualofa, where they agreed to share weather data."
            ),
            frozenset({"Irene Vasquez", "Mirela Dragan", "Tevita Lolo"}),
            ("ferry routes between Valparaiso and Nukualofa",),
        ),
    ],
)
def test_people_named_together_as_subject_of_a_meeting_verb(
    line: str, people: frozenset[str], topics: tuple[str, ...]
) -> None:
    found = met(parse(OPENING, line))
    assert [(ppl, tps) for _, ppl, tps, _ in found] == [(people, topics)]


@pytest.mark.parametrize(
    "line",
    [
        # The meeting's subject is the group the two belong to.
        "The council, which includes President Irene Vasquez and King Sione Havili, met twice.",
        # A third person met is read by the "met with" cue, not as a meeting of the two.
        "Vasquez and Dragan held a joint meeting with King Sione Havili on reef protection.",
        "Vasquez and Dragan also met King Sione Havili to discuss reef protection.",
    ],
)
def test_two_names_before_a_meeting_verb_that_are_not_its_two_sides(line: str) -> None:
    found = met(parse(OPENING, line))
    assert pair("Irene Vasquez", "Mirela Dragan") not in [ppl for _, ppl, _, _ in found]


def test_a_but_clause_ends_the_topics() -> None:
    found = met(
        parse(
            OPENING,
            "Vasquez and Lolo held a bilateral meeting to discuss seabed mining, but the two "
            "sides could not agree on a moratorium.",
        )
    )
    assert [tps for _, _, tps, _ in found] == [("seabed mining",)]


def test_a_trilateral_summit_with_two_leaders_is_one_meeting_of_three() -> None:
    found = met(
        parse(
            OPENING,
            "Vasquez also held a trilateral summit with Prime Minister Tevita Lolo of Tonga and "
            "President Mirela Dragan of Romania, where they agreed to pool research funds.",
        )
    )
    assert [ppl for _, ppl, _, _ in found] == [
        frozenset({"Irene Vasquez", "Tevita Lolo", "Mirela Dragan"})
    ]


def test_a_demonym_after_a_description_opens_the_topic_not_the_title() -> None:
    s = parse(
        "Leaders of the Volta states met in Tamale on Monday. Ghana's President Kwesi "
        "Mensah-Arthur and Togo's President Abla Kpodar attended.",
        "On the sidelines, Mr Mensah-Arthur held talks with the Togolese president on Togolese "
        "power exports and a joint railway study.",
    )
    ((_, who, topics, _),) = met(s)
    assert who == frozenset({"Kwesi Mensah-Arthur", "Abla Kpodar"})
    assert topics[0].startswith("Togolese power exports")


def test_an_on_phrase_ends_where_the_two_sides_start_a_clause() -> None:
    s = parse(
        "Prime Minister Ana Reyes of Chile and President Luis Soto of Peru attended.",
        "Later, Reyes held talks with Soto on fishing permits and the two agreed to open a "
        "joint border post.",
    )
    assert met(s) == [
        (
            "bilateral",
            frozenset({"Ana Reyes", "Luis Soto"}),
            ("fishing permits",),
            ("open a joint border post",),
        )
    ]


def test_a_reception_with_an_adverb_after_the_auxiliary() -> None:
    s = parse(
        "Prime Minister Ana Reyes of Chile attended.",
        "Reyes was also given a warm reception by Governor Marta Ibarra, who invited her to "
        "open the new port.",
    )
    assert [m[1] for m in met(s)] == [frozenset({"Ana Reyes", "Marta Ibarra"})]


@pytest.mark.parametrize(
    ("after", "agreements"),
    [
        ("The leaders agreed that Estonia would host the next summit in Tartu.", ()),
        ("All the heads of state agreed to meet again in Tartu next spring.", ()),
        ("The two leaders agreed to open a joint ferry line.", ("open a joint ferry line",)),
        ("The two presidents agreed to open a joint ferry line.", ("open a joint ferry line",)),
    ],
)
def test_the_summits_leaders_after_a_bilateral_are_not_the_pair(
    after: str, agreements: tuple[str, ...]
) -> None:
    s = parse(
        "Premier Amaru Quispe of Bolivia, President Lina Varga of Hungary and Prime Minister "
        "Jaan Tamm of Estonia attended the summit in Riga.",
        "On the sidelines, Premier Quispe met President Varga to discuss fertiliser supplies.",
        after,
    )
    meeting = [m for m in met(s) if m[1] == pair("Amaru Quispe", "Lina Varga")]
    assert [m[3] for m in meeting] == [agreements]


def test_a_bare_office_meeting_someone_is_its_holder_not_an_absent_one() -> None:
    s = parse(
        "The summit paid tribute to the late former Secretary General Dr. Kofi Asante-Mensah, "
        "who died in May. The Secretary General of the Coastal Council, Ines Barova, opened it.",
        "On the sidelines, the Secretary General also received Premier Amaru Quispe, who "
        "briefed her on the new port.",
    )
    assert {m[1] for m in met(s)} == {pair("Ines Barova", "Amaru Quispe")}


def test_separate_meetings_each_opened_by_with_keep_their_own_words() -> None:
    s = parse(
        "In the evening, Prime Minister Sunniva Dahl held separate meetings with Chancellor "
        "Pavel Dostal, with whom she discussed the dredging of the estuary, and with President "
        "Mariam Diallo, who asked her to open a consulate in Dakar.",
        "The next day the ministers toured the port.",
    )
    assert sorted(met(s), key=lambda m: sorted(m[1])) == [
        (
            "bilateral",
            pair("Sunniva Dahl", "Mariam Diallo"),
            (),
            ("asked her to open a consulate in Dakar",),
        ),
        ("bilateral", pair("Sunniva Dahl", "Pavel Dostal"), ("the dredging of the estuary",), ()),
    ]


def test_a_second_meeting_cue_in_a_sentence_starts_its_meeting_s_words() -> None:
    s = parse(
        "Premier Amaru Quispe met Chancellor Pavel Dostal to discuss grain storage, and held a "
        "separate meeting with President Mariam Diallo, who arrived late from Dakar."
    )
    got = {m[1]: m[2] for m in met(s)}
    assert got == {
        pair("Amaru Quispe", "Pavel Dostal"): ("grain storage",),
        pair("Amaru Quispe", "Mariam Diallo"): (),
    }


def test_a_pronoun_after_a_photo_caption_means_the_paragraph_s_before() -> None:
    s = parse(
        "Prime Minister Sunniva Dahl held talks with Chancellor Pavel Dostal on the ferry line.",
        "Sunniva Dahl and Pavel Dostal at the harbour office. Photo: Ina Berg/Coast Wire",
        "She also met President Mariam Diallo to discuss fishing quotas.",
    )
    assert {m[1] for m in met(s)} == {
        pair("Sunniva Dahl", "Pavel Dostal"),
        pair("Sunniva Dahl", "Mariam Diallo"),
    }


def test_talks_with_every_other_delegation_are_the_summit_not_a_side_meeting() -> None:
    s = wire_parse(
        "Three lake states agree on joint patrols",
        "Norwegian Prime Minister Lea Martens hosted the trilateral summit in Bergen on Monday "
        "with Estonian Prime Minister Ivo Saar and Ghanaian President Kofi Asamoah.",
        "Following the talks with Prime Minister Saar and President Asamoah at the Old Mill, "
        "Martens told reporters that patrols would start in May.",
        "Martens also met Saar separately to discuss ferry links.",
    )
    assert [m.participants for m in s.meetings] == [("lea-martens", "ivo-saar")]


LAGOON = (
    "Leaders of Ghana, Togo and Benin met in Lome on Monday. Ghanaian President Kofi Mensah, "
    "Togolese President Faure Agbeko and Beninese President Paul Houngbo attended."
)


def test_a_tete_a_tete_is_a_side_meeting_with_what_it_was_devoted_to() -> None:
    s = parse(
        LAGOON,
        "On the sidelines, President Mensah had a tête-à-tête with his Togolese counterpart, "
        "devoted to the border markets. The two Heads of State agreed to convene the joint "
        "commission in Accra in May.",
    )
    assert met(s) == [
        (
            "bilateral",
            pair("Kofi Mensah", "Faure Agbeko"),
            ("the border markets",),
            ("convene the joint commission in Accra in May",),
        )
    ]
    # What the pair agreed is the side meeting's, not the summit's.
    assert s.decisions == ()


def test_a_working_lunch_with_two_guests_is_one_meeting() -> None:
    s = parse(
        LAGOON,
        "President Mensah had a working lunch with President Agbeko and President Houngbo on "
        "the lagoon ferries.",
    )
    assert [(k, who) for k, who, _t, _a in met(s)] == [
        ("multilateral", frozenset({"Kofi Mensah", "Faure Agbeko", "Paul Houngbo"}))
    ]


SIX = (
    "President Rafael Ortiz opened the coastal summit with Chancellor Pavel Dostal, President "
    "Mariam Diallo, Premier Amaru Quispe, President Ines Varga and Premier Tomas Lind."
)


def test_talks_on_a_topic_then_the_same_subjects_agreement() -> None:
    """ "held talks on X and agreed to Y": X a topic, Y an agreement, "agreed" neither."""
    s = parse(
        SIX,
        "Ortiz and Diallo held talks on the planned Kora river dam and agreed to fund a joint "
        "survey by the spring.",
    )
    assert met(s) == [
        (
            "bilateral",
            pair("Rafael Ortiz", "Mariam Diallo"),
            ("the planned Kora river dam",),
            ("fund a joint survey by the spring",),
        )
    ]


def test_a_participle_before_its_noun_is_no_proposal() -> None:
    s = parse(
        SIX,
        "Ortiz met Diallo. The two discussed the proposed ferry line and proposed a customs pilot.",
    )
    assert met(s) == [
        (
            "bilateral",
            pair("Rafael Ortiz", "Mariam Diallo"),
            ("the proposed ferry line",),
            ("a customs pilot",),
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Quispe met Dostal and Varga for a trilateral lunch.",
        "Quispe met Dostal and Varga. The three discussed the port tariffs.",
    ],
)
def test_one_meeting_of_three_told_after_the_counterparts(line: str) -> None:
    assert [m[:2] for m in met(parse(SIX, line))] == [
        ("multilateral", frozenset({"Amaru Quispe", "Pavel Dostal", "Ines Varga"}))
    ]


def test_two_subjects_holding_their_first_meeting() -> None:
    s = parse(SIX, "Varga and Lind held their first face-to-face meeting since the border row.")
    assert [m[:2] for m in met(s)] == [("bilateral", pair("Ines Varga", "Tomas Lind"))]


def test_nearly_all_the_summit_meeting_is_the_summit() -> None:
    """ "A, B, C and D met at the palace": the summit's own meeting, unless a side cue says not."""
    whole = "Ortiz, Dostal, Diallo, Quispe and Varga met at the old harbour palace."
    side = "On the sidelines, Ortiz, Dostal and Diallo met at the harbour."
    few = "Ortiz, Dostal and Diallo met at breakfast."
    assert met(parse(SIX, whole)) == []
    assert [m[1] for m in met(parse(SIX, side))] == [
        frozenset({"Rafael Ortiz", "Pavel Dostal", "Mariam Diallo"})
    ]
    assert [m[1] for m in met(parse(SIX, few))] == [
        frozenset({"Rafael Ortiz", "Pavel Dostal", "Mariam Diallo"})
    ]


def test_what_they_agreed_after_a_side_meeting_is_no_summit_decision() -> None:
    s = parse(
        SIX,
        "On the sidelines, Varga and Lind held a meeting. They discussed the border row and "
        "agreed to reconvene their joint customs commission in Vell in May.",
        "They agreed to set up a regional coastguard office.",
    )
    assert met(s)[0][3] == ("reconvene their joint customs commission in Vell in May",)
    assert [d.text for d in s.decisions] == ["set up a regional coastguard office"]


def test_a_link_between_places_is_one_topic() -> None:
    s = parse(
        SIX,
        "Ortiz met Diallo. The two discussed a road linking Kora and Vell, a cable connecting "
        "Arno, Bede and Cyra, and fish stocks.",
    )
    assert met(s)[0][2] == (
        "a road linking Kora and Vell",
        "a cable connecting Arno, Bede and Cyra",
        "fish stocks",
    )


@pytest.mark.parametrize(
    "line",
    [
        (
            "Ortiz also had a separate meeting with Diallo, focusing on fish stocks and on the new "
            "harbour."
        ),
        "Ortiz also met Diallo on Tuesday, with the two discussing fish stocks and the new harbour.",
    ],
)
def test_a_participle_clause_gives_the_topics(line: str) -> None:
    assert met(parse(SIX, line))[0][2] == ("fish stocks", "the new harbour")


def test_looking_forward_to_discussing_gives_no_topic() -> None:
    s = parse(SIX, "Ortiz met Diallo and said he looked forward to discussing fish stocks.")
    assert met(s)[0][2] == ()


def test_the_meeting_with_a_counterpart_told_again_by_description() -> None:
    """ "At the meeting with the X, the sides discussed": the meeting already told of with X."""
    s = parse(
        SIX,
        "Ortiz held separate meetings with President Mariam Diallo and Premier Amaru Quispe.",
        "At the meeting with President Diallo, the sides discussed fish stocks and agreed to "
        "reconvene their joint customs commission in Vell in May.",
    )
    assert met(s) == [
        (
            "bilateral",
            pair("Rafael Ortiz", "Mariam Diallo"),
            ("fish stocks",),
            ("reconvene their joint customs commission in Vell in May",),
        ),
        ("bilateral", pair("Rafael Ortiz", "Amaru Quispe"), (), ()),
    ]
    assert s.decisions == ()


def test_list_then_one_sentence_for_two_of_its_meetings() -> None:
    # The second meeting is told inside a noun phrase ("his talks with B turned to"): its
    # actor is the one who held the list's meetings, not the counterpart named before.
    s = parse(
        "After the plenary, Foreign Minister Odile Marchetti-Vance held separate meetings with "
        "Trade Minister Gunnar Ellefsen and Interior Minister Rasa Petrauskaite.",
        "With Ellefsen, she discussed salmon tariffs, while her talks with Petrauskaite touched "
        "on border checks and visa data.",
    )
    assert sorted(met(s), key=lambda m: sorted(m[1])) == [
        ("bilateral", pair("Odile Marchetti-Vance", "Gunnar Ellefsen"), ("salmon tariffs",), ()),
        (
            "bilateral",
            pair("Odile Marchetti-Vance", "Rasa Petrauskaite"),
            ("border checks", "visa data"),
            (),
        ),
    ]


def test_list_then_a_paragraph_per_meeting() -> None:
    # The list's meetings are told one paragraph after another, the second in a sentence of
    # its own that opens with "His talks with": each keeps its own words.
    s = parse(
        "Before the closing session, Defence Minister Joaquim Barreto-Lins held bilateral "
        "meetings with Minister Halvard Rusten, Minister Edith Kwarteng-Baah and Minister "
        "Tobias Lindqvist.",
        "With Rusten, he discussed the ice patrol schedule, and the two ministers agreed to "
        "share radar data from the spring.",
        "His talks with Kwarteng-Baah focused on officer training and the harbour pilot scheme.",
    )
    found = {m[1]: m[2:] for m in met(s)}
    assert found[pair("Joaquim Barreto-Lins", "Halvard Rusten")] == (
        ("the ice patrol schedule",),
        ("share radar data from the spring",),
    )
    assert found[pair("Joaquim Barreto-Lins", "Edith Kwarteng-Baah")] == (
        ("officer training", "the harbour pilot scheme"),
        (),
    )
    assert pair("Halvard Rusten", "Edith Kwarteng-Baah") not in found


def test_topics_stop_at_a_verb_and_its_object() -> None:
    s = parse(
        "On the margins, Premier Akosua Darkwa-Mensah met Premier Henrik Aasland-Berg. The two "
        "discussed ferry fares and signed a memorandum on coastal rescue."
    )
    ((_, _, topics, _),) = met(s)
    assert topics == ("ferry fares",)


def test_gapped_clause_gives_the_second_counterpart_its_own_topic() -> None:
    s = parse(
        "Trade Minister Ilse Vandeputte of Belgium hosted her counterparts from Ireland and "
        "Portugal in Ghent.",
        "She later held separate meetings with Irish Trade Minister Ciarán Kehoe and Portuguese "
        "Trade Minister Rui Fontes.",
        "With the Irish minister she reviewed the licensing of offshore wind parks, and with "
        "Fontes the rules for port state aid; the two agreed to meet again in June.",
    )
    talks = {frozenset(ps): topics for _, ps, topics, _ in met(s)}
    assert talks[pair("Ilse Vandeputte", "Ciarán Kehoe")] == (
        "the licensing of offshore wind parks",
    )
    assert talks[pair("Ilse Vandeputte", "Rui Fontes")] == ("the rules for port state aid",)


def test_agreement_cut_before_the_next_counterparts_clause_keeps_none_of_its_words() -> None:
    s = parse(
        "Trade Minister Ilse Vandeputte of Belgium hosted her counterparts from Ireland and "
        "Portugal in Ghent.",
        "She later held separate meetings with Irish Trade Minister Ciarán Kehoe and Portuguese "
        "Trade Minister Rui Fontes.",
        "With the Irish minister she reviewed wind parks and agreed to open a joint licensing "
        "desk; with Fontes she discussed port state aid.",
    )
    agreed = {frozenset(ps): agreements for _, ps, _, agreements in met(s)}
    assert agreed[pair("Ilse Vandeputte", "Ciarán Kehoe")] == ("open a joint licensing desk",)
    assert agreed[pair("Ilse Vandeputte", "Rui Fontes")] == ()


def test_a_given_name_written_short_does_not_end_the_meeting_sentence() -> None:
    s = parse(
        "Later, Premier Ola Brekke held separate talks with Minister Mohd. Azlan Hashim of "
        "Malaysia and Minister Rosa Lind of Sweden."
    )
    got = {m[1] for m in met(s)}
    assert {pair("Ola Brekke", "Mohd. Azlan Hashim"), pair("Ola Brekke", "Rosa Lind")} <= got


# Four delegations with their countries: "the two countries" are two of them, not the summit.
_DELEGATIONS = (
    (
        "Fisheries ministers of four states met in Port Vell: Chilean Minister Ines Calvo Prado, "
        "Ecuadorian Minister Rafael Mora Lenz, Peruvian Minister Ana Ruiz Soto and Brazilian "
        "Minister Joao Pires Neto."
    ),
    "The ministers adopted a regional plan on fishing quotas.",
)


@pytest.mark.parametrize("noun", ["tête-à-tête", "working breakfast", "pull-aside"])
def test_two_subjects_holding_a_meeting_noun_meet_and_agree(noun: str) -> None:
    s = parse(
        *_DELEGATIONS,
        f"On the margins of the session, Ruiz Soto and Pires Neto held a {noun} at the "
        "consulate, where they discussed ferry links and agreed to create a joint hatchery.",
    )
    assert met(s) == [
        (
            "bilateral",
            pair("Ana Ruiz Soto", "Joao Pires Neto"),
            ("ferry links",),
            ("create a joint hatchery",),
        )
    ]
    assert not any("hatchery" in d.text for d in s.decisions)


def test_what_two_said_they_agreed_at_their_meeting_is_no_summit_decision() -> None:
    s = parse(
        *_DELEGATIONS,
        "The session closed early. Calvo Prado, who met Mora Lenz on the sidelines on Friday, "
        "said the two countries had agreed to set up a shared fish-stock laboratory.",
    )
    ((kind, people, _, agreed),) = met(s)
    assert kind == "bilateral"
    assert people == pair("Ines Calvo Prado", "Rafael Mora Lenz")
    assert agreed == ("set up a shared fish-stock laboratory",)
    assert not any("laboratory" in d.text for d in s.decisions)


def test_two_of_a_larger_summit_setting_something_up_is_no_summit_decision() -> None:
    s = parse(*_DELEGATIONS, "Separately, the two countries agreed to set up a joint hatchery.")
    assert [d.text for d in s.decisions] == ["a regional plan on fishing quotas"]


def test_a_fronted_with_phrase_without_its_comma_names_whom_the_pronoun_met() -> None:
    s = parse(
        "Austrian Foreign Minister Ilse Dorn, Spanish Foreign Minister Mateo Vidal and Jordanian "
        "Foreign Minister Rania Haddad attended the session.",
        "On the sidelines, Dorn held separate talks with Vidal and Haddad.",
        "With the Spanish minister she discussed rail freight and wine tariffs, while her talks "
        "with the Jordanian minister focused on refugee schooling.",
    )
    assert met(s) == [
        ("bilateral", pair("Ilse Dorn", "Mateo Vidal"), ("rail freight", "wine tariffs"), ()),
        ("bilateral", pair("Ilse Dorn", "Rania Haddad"), ("refugee schooling",), ()),
    ]
