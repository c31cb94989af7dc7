"""The report shapes users rely on, one short wire-copy snippet per shape.

Every snippet is written for the test (an SCO summit in Astana, an ASEAN summit in Jakarta, an
African Union summit in Addis Ababa), never taken from the seed report. Tests assert on the public
model only. A shape the parser still gets wrong keeps its correct assertions and is marked
``xfail(strict=True)`` with the wrong output in the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from unittest.mock import ANY

import pytest

import summitdoc

# -- helpers -------------------------------------------------------------------------------------


def parse(text: str, **kwargs: object) -> summitdoc.Summit:
    """Parse a snippet and check the span invariant of every quote."""
    summit = summitdoc.parse_text(text, **kwargs)
    check_quote_spans(summit)
    return summit


def check_quote_spans(summit: summitdoc.Summit) -> None:
    for q in summit.quotes:
        assert summit.source.text[q.span.start : q.span.end] == q.text


def person(summit: summitdoc.Summit, name: str) -> summitdoc.Participant:
    found = [p for p in summit.participants if p.name == name]
    assert len(found) == 1, f"{name!r} not among {[p.name for p in summit.participants]}"
    return found[0]


def pid(summit: summitdoc.Summit, name: str) -> str:
    return person(summit, name).id


def who(summit: summitdoc.Summit) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.country, p.organisation) for p in summit.participants]


def said(summit: summitdoc.Summit) -> list[tuple[str | None, str]]:
    """``(speaker name, quote text)`` for every quote, in text order."""
    names = {p.id: p.name for p in summit.participants}
    return [(names.get(q.speaker) if q.speaker else None, q.text) for q in summit.quotes]


def quote_starting(summit: summitdoc.Summit, words: str) -> summitdoc.Quote:
    found = [q for q in summit.quotes if q.text.startswith(words)]
    assert len(found) == 1, f"no single quote starts with {words!r}: {said(summit)}"
    return found[0]


def decisions(summit: summitdoc.Summit) -> list[tuple[str, str]]:
    return [(str(d.kind), d.text) for d in summit.decisions]


# -- layout --------------------------------------------------------------------------------------

ASTANA = """\
Tokayev calls for unity at SCO summit

The President of Kazakhstan chaired the meeting of the SCO Heads of State Council in Astana

The session of the SCO Heads of State Council was held in the Kazakh capital. \
President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting, which was attended by \
President of Kyrgyzstan Sadyr Japarov, President of Mongolia Ukhnaagiin Khurelsukh, and Prime \
Minister of Pakistan Shehbaz Sharif.

Kassym-Jomart Tokayev welcomes the participants of the SCO summit     TASS

On the need to act together in the face of new threats

Kassym-Jomart Tokayev said, “Our organisation must remain a pillar of stability in Eurasia.”
The Kazakh leader stressed that no country can face terrorism alone.
"""


def test_headline_is_the_title() -> None:
    """The first short line without a full stop is the headline: ``title``."""
    assert parse(ASTANA).title == "Tokayev calls for unity at SCO summit"


def test_standfirst_is_the_subtitle() -> None:
    """The line under the headline, before a longer paragraph, is the standfirst: ``subtitle``."""
    assert parse(ASTANA).subtitle == (
        "The President of Kazakhstan chaired the meeting of the SCO Heads of State Council "
        "in Astana"
    )


def test_section_heading_is_the_topic_not_body_text() -> None:
    """An "On ..." line between blank lines opens a section whose speeches take it as topic."""
    s = parse(ASTANA)
    topics = {sp.topic for sp in s.speeches}
    assert topics == {"On the need to act together in the face of new threats"}
    assert all("On the need" not in q.text for q in s.quotes)


def test_photo_caption_with_credit_is_kept_out_of_the_body() -> None:
    """A line ending in spaces and an agency name is a caption with its credit, not body text."""
    s = parse(ASTANA)
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Kassym-Jomart Tokayev welcomes the participants of the SCO summit", "TASS")
    ]
    cap = s.captions[0]
    assert s.source.text[cap.span.start : cap.span.end] == cap.text
    assert all("welcomes the participants" not in q.text for q in s.quotes)
    assert "TASS" not in [p.name for p in s.participants]


def test_paragraphs_bound_quotes_and_reported_speech() -> None:
    """A quote closed in one paragraph does not take in the reported speech of the next."""
    s = parse(ASTANA)
    assert said(s) == [
        ("Kassym-Jomart Tokayev", "Our organisation must remain a pillar of stability in Eurasia.")
    ]


def test_xinhua_credit_gives_caption_and_outlet() -> None:
    """A caption credited to Xinhua is a caption, and Xinhua becomes ``source.outlet``."""
    s = parse(
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit in Astana brought together the leaders of the member states on Thursday. "
        "President of the People's Republic of China Xi Jinping arrived on Wednesday.\n\n"
        "Chinese President Xi Jinping arrives in Astana          Xinhua\n\n"
        "Xi Jinping said that the SCO has become a model of a new type of international "
        "relations.\n"
    )
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Chinese President Xi Jinping arrives in Astana", "Xinhua")
    ]
    assert s.source.outlet == "Xinhua"


# -- participants --------------------------------------------------------------------------------

# Each way of writing a titled name, and the (name, role, country, organisation) it gives.
PARTICIPANT_SHAPES = [
    # Each "<title> of <country> <name>" item of a list is a participant with role and country.
    pytest.param(
        "The meeting was attended by President of Kyrgyzstan Sadyr Japarov, President of the "
        "People's Republic of China Xi Jinping, Prime Minister of Pakistan Shehbaz Sharif, "
        "President of Mongolia Ukhnaagiin Khurelsukh, and Chairperson of the African Union "
        "Commission Moussa Faki Mahamat.\n",
        [
            ("Sadyr Japarov", "President", "Kyrgyzstan", None),
            ("Xi Jinping", "President", "China", None),
            ("Shehbaz Sharif", "Prime Minister", "Pakistan", None),
            ("Ukhnaagiin Khurelsukh", "President", "Mongolia", None),
            (
                "Moussa Faki Mahamat",
                "Chairperson of the African Union Commission",
                None,
                "African Union",
            ),
        ],
        id="attendance-list",
    ),
    # "Kazakhstan President Kassym-Jomart Tokayev": role President, country Kazakhstan.
    pytest.param(
        "Kazakhstan President Kassym-Jomart Tokayev opened the SCO summit in Astana.\n",
        [("Kassym-Jomart Tokayev", "President", "Kazakhstan", None)],
        id="country-adjective-title-name",
    ),
    # "Joko Widodo, President of Indonesia," names Widodo as President of Indonesia.
    pytest.param(
        "Joko Widodo, President of Indonesia, opened the ASEAN summit in Jakarta on Tuesday.\n",
        [("Joko Widodo", "President", "Indonesia", None)],
        id="name-comma-title-of-country",
    ),
    # "Vietnam's Prime Minister Pham Minh Chinh": role Prime Minister, country Vietnam.
    pytest.param(
        "Vietnam's Prime Minister Pham Minh Chinh arrived in Jakarta for the ASEAN summit.\n",
        [("Pham Minh Chinh", "Prime Minister", "Vietnam", None)],
        id="possessive-country-title-name",
    ),
    # "Prime Minister of Malaysia Anwar Ibrahim": role Prime Minister, country Malaysia.
    pytest.param(
        "Prime Minister of Malaysia Anwar Ibrahim spoke at the ASEAN summit in Jakarta.\n",
        [("Anwar Ibrahim", "Prime Minister", "Malaysia", None)],
        id="title-of-country-name",
    ),
    # "Prime Minister Hun Manet of Cambodia": role Prime Minister, country Cambodia.
    pytest.param(
        "Prime Minister Hun Manet of Cambodia spoke at the ASEAN summit in Jakarta.\n",
        [("Hun Manet", "Prime Minister", "Cambodia", None)],
        id="title-name-of-country",
    ),
    # "ASEAN Secretary-General Kao Kim Hourn": the title as written (the gold files keep
    # "NATO Secretary General"), the organisation in full.
    pytest.param(
        "ASEAN Secretary-General Kao Kim Hourn presented the annual report to the summit "
        "in Jakarta.\n",
        [
            (
                "Kao Kim Hourn",
                "ASEAN Secretary-General",
                None,
                "Association of Southeast Asian Nations",
            )
        ],
        id="official-of-an-organisation-by-acronym",
    ),
    # "Chairperson of the African Union Commission X": organisation African Union, no country.
    pytest.param(
        "Chairperson of the African Union Commission Moussa Faki Mahamat opened the summit "
        "in Addis Ababa.\n",
        [
            (
                "Moussa Faki Mahamat",
                "Chairperson of the African Union Commission",
                None,
                "African Union",
            )
        ],
        id="official-of-an-organisation-body",
    ),
    # Official country names become short ones: the Kyrgyz Republic, the Russian Federation.
    pytest.param(
        "President of the Kyrgyz Republic Sadyr Japarov arrived in Astana on Wednesday. "
        "Prime Minister of the Russian Federation Mikhail Mishustin arrived on Thursday.\n",
        [
            ("Sadyr Japarov", "President", "Kyrgyzstan", None),
            ("Mikhail Mishustin", "Prime Minister", "Russia", None),
        ],
        id="official-country-short-names",
    ),
    # Any country's formal name stands for the country, not an organisation: the words of
    # formal names come from the country data, not from a list in the parser.
    pytest.param(
        "President of the Argentine Republic Javier Milei spoke at the summit in Rio. "
        "President of the Lao People's Democratic Republic Thongloun Sisoulith spoke next.\n",
        [
            ("Javier Milei", "President", "Argentina", None),
            ("Thongloun Sisoulith", "President", "Laos", None),
        ],
        id="formal-country-names",
    ),
    # An agency's acronym the data does not know joins the title it stands before.
    pytest.param(
        "FBI Director Christopher Wray briefed the leaders at the summit.\n",
        [("Christopher Wray", "FBI Director", None, None)],
        id="unknown-acronym-before-title",
    ),
    # "<title> of X <name> and <title> of Y <name>" gives both people, each with their country.
    pytest.param(
        "President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon "
        "arrived in Astana for the SCO summit.\n",
        [
            ("Sadyr Japarov", "President", "Kyrgyzstan", None),
            ("Emomali Rahmon", "President", "Tajikistan", None),
        ],
        id="two-titled-names-joined-by-and",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPANT_SHAPES)
def test_participants_by_shape(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """Each shape gives exactly its participants, with role, country and organisation."""
    assert who(parse(text)) == expected


def test_titled_name_followed_by_in_city() -> None:
    """ "<title> of X <name> in <city>" still names the person."""
    s = parse(
        "Kassym-Jomart Tokayev met with President of Kyrgyzstan Sadyr Japarov in Astana on "
        "Wednesday.\n"
    )
    assert ("Sadyr Japarov", "President", "Kyrgyzstan", None) in who(s)


def test_place_names_are_not_participants() -> None:
    """A two-word city ("Addis Ababa") opening a clause is not taken for a person."""
    s = parse(
        "Leaders gather for the African Union summit\n\n"
        "The African Union summit opened in Addis Ababa on Saturday. Addis Ababa hosted the "
        "leaders of the continent. President of Kenya William Ruto arrived on Friday.\n"
    )
    assert [p.name for p in s.participants] == ["William Ruto"]


# -- aliases and resolution ----------------------------------------------------------------------

FOLLOWS_TOKAYEV = """\
Tokayev speaks at the SCO summit in Astana

The President of Kazakhstan addressed the SCO Heads of State Council in Astana

The session was attended by President of Kyrgyzstan Sadyr Japarov, President of Tajikistan \
Emomali Rahmon, and Prime Minister of Pakistan Shehbaz Sharif. President of Kazakhstan \
Kassym-Jomart Tokayev chaired the meeting.

On regional security

“Terrorism knows no borders. We must answer it together,” the Kazakh leader noted.
“Our cooperation in this area is of strategic importance,” the Head of State is convinced.
“We will not let anyone divide us,” the President stressed.
"""


def test_demonym_leader_resolves_to_the_participant() -> None:
    """ "the Kazakh leader" resolves to the Kazakh participant and becomes an alias."""
    s = parse(FOLLOWS_TOKAYEV)
    q = quote_starting(s, "Terrorism knows no borders")
    assert q.speaker == pid(s, "Kassym-Jomart Tokayev")
    assert q.cue == "the Kazakh leader noted"
    assert "the Kazakh leader" in person(s, "Kassym-Jomart Tokayev").aliases


def test_head_of_state_resolves_to_the_person_the_report_follows() -> None:
    """ "the Head of State" with no country is the person the headline and standfirst follow."""
    s = parse(FOLLOWS_TOKAYEV)
    q = quote_starting(s, "Our cooperation in this area")
    assert q.speaker == pid(s, "Kassym-Jomart Tokayev")
    assert "the Head of State" in person(s, "Kassym-Jomart Tokayev").aliases


def test_the_president_resolves_to_the_person_the_report_follows() -> None:
    """ "the President" is the followed President even when other presidents are present."""
    s = parse(FOLLOWS_TOKAYEV)
    q = quote_starting(s, "We will not let anyone divide us")
    assert q.speaker == pid(s, "Kassym-Jomart Tokayev")
    assert "the President" in person(s, "Kassym-Jomart Tokayev").aliases
    assert "the President" not in person(s, "Sadyr Japarov").aliases


def test_alias_recorded_once_whatever_the_capital_letter() -> None:
    """ "The Kazakh leader" opening a sentence and "the Kazakh leader" are one alias, "the ..."."""
    s = parse(
        "Tokayev speaks at the SCO summit in Astana\n\n"
        "The President of Kazakhstan addressed the SCO Heads of State Council in Astana\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting.\n"
        "The Kazakh leader stressed that no country can face terrorism alone.\n"
        "“Our cooperation is of strategic importance,” the Kazakh leader noted.\n"
    )
    aliases = person(s, "Kassym-Jomart Tokayev").aliases
    assert [a for a in aliases if a.lower() == "the kazakh leader"] == ["the Kazakh leader"]


def test_counterpart_is_an_alias_of_the_named_person() -> None:
    """ "his Kyrgyz counterpart Sadyr Japarov": the description is an alias of Japarov."""
    s = parse(
        "Tokayev meets Japarov in Astana\n\n"
        "The President of Kazakhstan met with the President of Kyrgyzstan before the SCO summit\n\n"
        "On the sidelines of the SCO summit in Astana, President of Kazakhstan Kassym-Jomart "
        "Tokayev met with his Kyrgyz counterpart Sadyr Japarov.\n"
    )
    japarov = person(s, "Sadyr Japarov")
    assert japarov.country == "Kyrgyzstan"
    assert "his Kyrgyz counterpart" in japarov.aliases
    assert "his Kyrgyz counterpart" not in person(s, "Kassym-Jomart Tokayev").aliases


def test_first_name_and_patronymic_is_an_alias() -> None:
    """ "Sadyr Nurgozhoevich" inside a quote is Sadyr Japarov addressed by name and patronymic."""
    s = parse(
        "President of Kazakhstan Kassym-Jomart Tokayev met with President of Kyrgyzstan Sadyr "
        "Japarov on Wednesday.\n"
        "Kassym-Jomart Tokayev said, “Sadyr Nurgozhoevich and I talked about water for an hour.”\n"
    )
    assert "Sadyr Nurgozhoevich" in person(s, "Sadyr Japarov").aliases
    assert [p.name for p in s.participants] == ["Kassym-Jomart Tokayev", "Sadyr Japarov"]
    assert quote_starting(s, "Sadyr Nurgozhoevich").speaker == pid(s, "Kassym-Jomart Tokayev")


def test_surname_alone_refers_to_the_named_person() -> None:
    """A surname alone in a cue ("Japarov said") is the participant named in full earlier."""
    s = parse(
        "President of Kyrgyzstan Sadyr Japarov, President of Tajikistan Emomali Rahmon, and "
        "President of Kazakhstan Kassym-Jomart Tokayev arrived in Astana for the SCO summit.\n"
        "Japarov said, “Water and energy must unite our region, not divide it.”\n"
    )
    q = quote_starting(s, "Water and energy")
    assert q.speaker == pid(s, "Sadyr Japarov")
    assert q.cue == "Japarov said"
    assert len(s.participants) == 3


GLOSS = """\
Tokayev speaks on transit at the SCO summit

The President of Kazakhstan addressed the SCO Heads of State Council in Astana

President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting, which was attended by \
President of Kyrgyzstan Sadyr Japarov, President of Mongolia Ukhnaagiin Khurelsukh, and Prime \
Minister of Pakistan Shehbaz Sharif.

On trade and transport

“The Middle Corridor is our common asset. Sadyr Nurgozhoevich [Japarov, Kyrgyzstan President] \
put it well today,” the President said.
"""


def test_editorial_gloss_in_a_quote_is_kept_and_not_the_speaker() -> None:
    """An editorial gloss inside a quote stays in its text and does not change the speaker."""
    s = parse(GLOSS)
    q = quote_starting(s, "The Middle Corridor")
    assert "[Japarov, Kyrgyzstan President]" in q.text
    assert q.speaker == pid(s, "Kassym-Jomart Tokayev")
    assert len(s.participants) == 4


def test_editorial_gloss_does_not_make_a_speech() -> None:
    """A name inside an editorial gloss does not give that person a speech in the section."""
    s = parse(GLOSS)
    assert [(sp.speaker, sp.topic) for sp in s.speeches] == [
        (pid(s, "Kassym-Jomart Tokayev"), "On trade and transport")
    ]


def test_editorial_gloss_is_not_an_alias() -> None:
    """The title inside an editorial gloss is not recorded as an alias of the person."""
    s = parse(GLOSS)
    assert "Kyrgyzstan President" not in person(s, "Sadyr Japarov").aliases


# -- quotes --------------------------------------------------------------------------------------


# Quote shapes that give exactly one quote: (report, quote text, speaker's name, cue). ANY where
# the shape is about the marks rather than the attribution, so the cue is not checked.
ONE_QUOTE_SHAPES = [
    # "Name said, “...”" gives a quote with that speaker and cue, marks excluded.
    pytest.param(
        "Kazakhstan President Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
        "Kassym-Jomart Tokayev said, “The SCO has become a platform for a fair world order.”\n",
        "The SCO has become a platform for a fair world order.",
        "Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev said",
        id="curly-quotes-with-attribution-before",
    ),
    # Straight double quotes delimit a quote like curly ones.
    pytest.param(
        "Indonesia's President Joko Widodo opened the ASEAN summit in Jakarta.\n"
        'Joko Widodo said, "ASEAN must remain the epicentrum of growth."\n',
        "ASEAN must remain the epicentrum of growth.",
        "Joko Widodo",
        "Joko Widodo said",
        id="straight-double-quotes",
    ),
    # Guillemets delimit a quote like curly quotes.
    pytest.param(
        "Prime Minister of Malaysia Anwar Ibrahim spoke at the ASEAN summit in Jakarta.\n"
        "Anwar Ibrahim said, «We want a stronger and more united single market.»\n",
        "We want a stronger and more united single market.",
        "Anwar Ibrahim",
        ANY,
        id="guillemets",
    ),
    # A quote whose middle paragraphs carry no marks is one quote with the breaks kept.
    pytest.param(
        "President of Kyrgyzstan Sadyr Japarov spoke at the SCO summit in Astana.\n"
        "Sadyr Japarov said, “Our countries share rivers, roads and history.\n"
        "We must manage water resources together.\n"
        "Otherwise our children will pay for our mistakes.”\n"
        "The summit then moved on to trade.\n",
        (
            "Our countries share rivers, roads and history.\n"
            "We must manage water resources together.\n"
            "Otherwise our children will pay for our mistakes."
        ),
        "Sadyr Japarov",
        "Sadyr Japarov said",
        id="quote-running-over-unmarked-paragraphs",
    ),
    # “...,” the Kazakh leader noted. gives the Kazakh participant and the cue as written.
    pytest.param(
        "President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov "
        "attended the SCO summit in Astana.\n"
        "“Transit through Central Asia has grown by a third,” the Kazakh leader noted.\n",
        "Transit through Central Asia has grown by a third,",
        "Kassym-Jomart Tokayev",
        "the Kazakh leader noted",
        id="attribution-after-the-quote",
    ),
    # An editor's insertion in square brackets stays part of the quote text.
    pytest.param(
        "Kazakhstan President Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
        "“[The Trans-Caspian route] is our greatest asset. We must use it,” Kassym-Jomart "
        "Tokayev said.\n",
        "[The Trans-Caspian route] is our greatest asset. We must use it,",
        "Kassym-Jomart Tokayev",
        ANY,
        id="square-bracket-insertion-is-kept-in-the-quote",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), ONE_QUOTE_SHAPES)
def test_one_quote_by_shape(text: str, quote: str, speaker: str, cue: str) -> None:
    """Each shape gives exactly one quote: its text, the named participant as speaker, its cue."""
    s = parse(text)
    assert [(q.text, q.speaker, q.cue) for q in s.quotes] == [(quote, pid(s, speaker), cue)]


def test_quote_reopened_in_each_paragraph() -> None:
    """A quote reopened at each paragraph, closed at the last: one quote (annotation.md)."""
    s = parse(
        "Kazakhstan President Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
        "Kassym-Jomart Tokayev said, “The world is going through a difficult period.\n"
        "“The old security architecture is being destroyed.\n"
        "“Only together can we find answers to these challenges.”\n"
        "The summit then moved on to trade.\n"
    )
    lines = (
        "The world is going through a difficult period.",
        "“The old security architecture is being destroyed.",
        "“Only together can we find answers to these challenges.",
    )
    assert [q.text for q in s.quotes] == ["\n".join(lines)]
    tokayev = pid(s, "Kassym-Jomart Tokayev")
    assert [q.speaker for q in s.quotes] == [tokayev]
    assert [q.cue for q in s.quotes] == ["Kassym-Jomart Tokayev said"]


def test_split_quote_both_parts_attributed() -> None:
    """In “...,” he said. “...” both parts are quotes of the same speaker with the same cue."""
    s = parse(
        "Kazakhstan President Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
        "“We have to be honest with each other,” he said. “Nobody will solve our problems "
        "for us.”\n"
    )
    tokayev = pid(s, "Kassym-Jomart Tokayev")
    assert [(q.text, q.speaker, q.cue) for q in s.quotes] == [
        ("We have to be honest with each other,", tokayev, "he said"),
        ("Nobody will solve our problems for us.", tokayev, "he said"),
    ]


def test_split_quote_with_long_second_part() -> None:
    """In “...,” the Kazakh leader noted. “...” the second part shares speaker and cue."""
    s = parse(
        "Kazakhstan President Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
        "“We have to be honest with each other,” the Kazakh leader noted. “Nobody will solve our "
        "problems for us, and nobody will build our roads and power lines for us.”\n"
    )
    tokayev = pid(s, "Kassym-Jomart Tokayev")
    assert [(q.speaker, q.cue) for q in s.quotes] == [
        (tokayev, "the Kazakh leader noted"),
        (tokayev, "the Kazakh leader noted"),
    ]


def test_quote_alone_in_a_section_takes_the_section_speaker() -> None:
    """A quote with no cue belongs to the speaker of its section, with cue None."""
    s = parse(
        "Tokayev speaks at the SCO summit in Astana\n\n"
        "The President of Kazakhstan addressed the SCO Heads of State Council in Astana\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting, which was attended by "
        "President of Kyrgyzstan Sadyr Japarov, President of Mongolia Ukhnaagiin Khurelsukh, "
        "and Prime Minister of Pakistan Shehbaz Sharif.\n\n"
        "On water and energy\n\n"
        "“The rivers of Central Asia feed sixty million people.”\n"
        "“Without a common water policy, there will be no common future,” Sadyr Japarov said.\n"
    )
    first = quote_starting(s, "The rivers of Central Asia")
    assert first.speaker == pid(s, "Sadyr Japarov")
    assert first.cue is None


def test_quoted_medal_name_is_not_a_quote() -> None:
    """A medal “For Strengthening Peace and Friendship” is a name, not something said."""
    s = parse(
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit in Astana ended on Thursday after talks that lasted about three hours. "
        "The Heads of State instituted a medal “For Strengthening Peace and Friendship”.\n"
    )
    assert s.quotes == ()


def test_quoted_document_title_is_not_a_quote() -> None:
    """A document title in quote marks is a name, not something said."""
    s = parse(
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit in Astana ended on Thursday. The leaders approved the document "
        "“SCO Development Strategy until 2035” and the Astana Declaration.\n"
    )
    assert s.quotes == ()


def test_unbalanced_quote_mark_does_not_swallow_the_report() -> None:
    """A quote never closed ends with its paragraph; later quotes are found as usual."""
    s = parse(
        "Tokayev speaks at the SCO summit in Astana\n\n"
        "The President of Kazakhstan addressed the SCO Heads of State Council in Astana\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting, which was attended by "
        "President of Kyrgyzstan Sadyr Japarov, President of Mongolia Ukhnaagiin Khurelsukh, "
        "and Prime Minister of Pakistan Shehbaz Sharif.\n\n"
        "On regional security\n\n"
        "Kassym-Jomart Tokayev said, “Threats to our region are growing every year.\n"
        "The Kazakh leader also spoke about drug trafficking.\n"
        "“We will not let anyone divide us,” Sadyr Japarov said.\n\n"
        "On trade\n\n"
        "“Trade between our countries grew by a fifth,” the Kazakh leader noted.\n"
    )
    assert said(s) == [
        ("Kassym-Jomart Tokayev", "Threats to our region are growing every year."),
        ("Sadyr Japarov", "We will not let anyone divide us,"),
        ("Kassym-Jomart Tokayev", "Trade between our countries grew by a fifth,"),
    ]


# -- speeches ------------------------------------------------------------------------------------

TWO_SECTIONS = """\
Tokayev speaks at the SCO summit in Astana

The President of Kazakhstan addressed the SCO Heads of State Council in Astana

President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting, which was attended by \
President of Kyrgyzstan Sadyr Japarov, President of Mongolia Ukhnaagiin Khurelsukh, and Prime \
Minister of Pakistan Shehbaz Sharif.

On regional security

Kassym-Jomart Tokayev at a meeting of the SCO Heads of State Council in a narrow format said, \
“Terrorism knows no borders.”
“We will answer together,” Sadyr Japarov said.

On trade and transport

“Transit through our region has grown by a third,” the Kazakh leader noted.
"""


def test_one_speech_per_speaker_per_section() -> None:
    """Each speaker gets one speech per section, topic the heading, with their own quotes."""
    s = parse(TWO_SECTIONS)
    tokayev, japarov = pid(s, "Kassym-Jomart Tokayev"), pid(s, "Sadyr Japarov")
    assert [(sp.speaker, sp.topic, [q.text for q in sp.quotes]) for sp in s.speeches] == [
        (tokayev, "On regional security", ["Terrorism knows no borders."]),
        (japarov, "On regional security", ["We will answer together,"]),
        (tokayev, "On trade and transport", ["Transit through our region has grown by a third,"]),
    ]


def test_speech_setting_is_carried_to_later_speeches() -> None:
    """ "in a narrow format" gives "narrow format", kept for the speaker's later speeches."""
    s = parse(TWO_SECTIONS)
    tokayev = pid(s, "Kassym-Jomart Tokayev")
    assert [sp.setting for sp in s.speeches if sp.speaker == tokayev] == [
        "narrow format",
        "narrow format",
    ]


def test_speech_setting_changes_when_a_new_one_is_stated() -> None:
    """A later "in an expanded format" replaces the setting from then on."""
    s = parse(
        TWO_SECTIONS + "\nOn the expanded session\n\n"
        "Kassym-Jomart Tokayev at the meeting in an expanded format said, “Welcome to Astana.”\n"
    )
    tokayev = pid(s, "Kassym-Jomart Tokayev")
    assert [sp.setting for sp in s.speeches if sp.speaker == tokayev] == [
        "narrow format",
        "narrow format",
        "expanded format",
    ]


def test_report_without_sections_has_speeches_without_topic() -> None:
    """With no section headings, a speaker's speech has topic None."""
    s = parse(
        "Prime Minister of Malaysia Anwar Ibrahim spoke at the ASEAN summit in Jakarta.\n"
        "Anwar Ibrahim said, “We want a stronger single market.”\n"
    )
    assert [(sp.speaker, sp.topic) for sp in s.speeches] == [(pid(s, "Anwar Ibrahim"), None)]


# -- decisions -----------------------------------------------------------------------------------


# Wordings that give exactly one decision: (report, (kind, text, subject, year)). ANY where the
# wording names no such thing, so the field is not checked.
ONE_DECISION_SHAPES = [
    # "It was decided that X will preside over ... in 2025" is a presidency with its year.
    pytest.param(
        "A number of decisions were made at the SCO summit in Astana. It was decided that the "
        "People's Republic of China will preside over the Shanghai Cooperation Organisation in "
        "2025.\n",
        (
            "presidency",
            (
                "the People's Republic of China will preside over the Shanghai Cooperation "
                "Organisation in 2025"
            ),
            "People's Republic of China",
            2025,
        ),
        id="presidency",
    ),
    # "A decision was made in favour of awarding ... to <person>" is an award to that person.
    pytest.param(
        "A decision was made in favour of awarding the SCO Order of Friendship to Kyrgyzstan "
        "President Sadyr Japarov in recognition of his contribution to regional cooperation.\n",
        (
            "award",
            "awarding the SCO Order of Friendship to Kyrgyzstan President Sadyr Japarov",
            "Sadyr Japarov",
            ANY,
        ),
        id="award",
    ),
    # "passed a treaty on ..." is a treaty decision in the report's words.
    pytest.param(
        "Participants of the SCO summit discussed and passed a treaty on long-term "
        "good-neighbourliness and cooperation in the field of water resources.\n",
        (
            "treaty",
            (
                "a treaty on long-term good-neighbourliness and cooperation in the field of "
                "water resources"
            ),
            ANY,
            ANY,
        ),
        id="treaty",
    ),
    # "instituted a medal ..." is an establishment, the medal its subject.
    pytest.param(
        "The Heads of State instituted a medal For Strengthening Regional Security. The award "
        "will honour citizens of the SCO states.\n",
        (
            "establishment",
            "instituted a medal For Strengthening Regional Security",
            "medal For Strengthening Regional Security",
            ANY,
        ),
        id="establishment",
    ),
    # "has been declared the cultural capital ... for the year 2026": the city and the year.
    pytest.param(
        "The city of Cholpon-Ata has been declared the tourism and cultural capital of the "
        "Shanghai Cooperation Organisation for the year 2026.\n",
        (
            "designation",
            (
                "The city of Cholpon-Ata has been declared the tourism and cultural capital of "
                "the Shanghai Cooperation Organisation for the year 2026"
            ),
            "Cholpon-Ata",
            2026,
        ),
        id="designation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DECISION_SHAPES)
def test_one_decision_by_wording(text: str, expected: tuple[str, str, object, object]) -> None:
    """Each wording gives exactly one decision: kind, text in the report's words, subject, year."""
    assert [(d.kind, d.text, d.subject, d.year) for d in parse(text).decisions] == [expected]


def test_organisation_launching_is_a_decision_and_one_country_launching_is_not() -> None:
    """What an organisation named as subject launches is the summit's; one country's is a pledge."""
    by_group = parse("The Quad will launch a Health Security Initiative to fight pandemics.\n")
    assert [d.kind for d in by_group.decisions] == ["programme"]
    by_country = parse("Japan launched a Health Security Initiative to fight pandemics.\n")
    assert by_country.decisions == ()


def test_enumerated_documents_split_into_typed_decisions() -> None:
    """ "include an agreement on ..., an agreement on ..., an interstate program on ..." -> 3."""
    s = parse(
        "Other documents passed by the summit participants include an agreement on cooperation "
        "in the field of mass media, an agreement on mutual recognition of academic degrees, "
        "an interstate program on joint measures to counter drug trafficking in 2025-2029.\n"
    )
    assert decisions(s) == [
        ("agreement", "an agreement on cooperation in the field of mass media"),
        ("agreement", "an agreement on mutual recognition of academic degrees"),
        (
            "programme",
            "an interstate program on joint measures to counter drug trafficking in 2025-2029",
        ),
    ]


def test_statements_are_not_decisions() -> None:
    """Statements listed with the decisions go to ``statements`` only."""
    s = parse(
        "The SCO summit in Astana ended on Thursday. Three statements were passed: on countering "
        "international terrorism; on water security in Central Asia; on the Year of Ecology.\n"
    )
    assert s.decisions == ()


# -- statements ----------------------------------------------------------------------------------


def test_counted_statements_one_per_topic() -> None:
    """ "Three statements were passed: on A; on B; on C" gives three statements, one topic each."""
    s = parse(
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit in Astana ended on Thursday. Three statements were passed: on countering "
        "international terrorism; on water security in Central Asia; on the Year of Ecology.\n"
    )
    assert [st.topic for st in s.statements] == [
        "countering international terrorism",
        "water security in Central Asia",
        "the Year of Ecology",
    ]


FOREIGN_MINISTERS = """\
Leaders of the SCO meet in Astana

The SCO summit in Astana ended on Thursday with the signing of the Astana Declaration.

The foreign ministers of the SCO states in Astana adopted a statement in connection with the \
situation in Afghanistan.
The foreign ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of \
Tajikistan and the Republic of Uzbekistan express concern over the deteriorating humanitarian \
situation in Afghanistan.
The foreign ministers also call on the international community to step up humanitarian assistance.
"""


def test_statement_of_another_body_with_topic_and_issuer() -> None:
    """ "The foreign ministers ... adopted a statement in connection with X": topic and issuer.

    The declaration the summit ended by signing is a statement too (annotation.md: each
    statement or declaration adopted or issued, however worded).
    """
    s = parse(FOREIGN_MINISTERS)
    assert [(st.topic, st.issuer) for st in s.statements] == [
        ("Astana Declaration", "SCO summit"),
        ("the situation in Afghanistan", "foreign ministers of the SCO states"),
    ]


def _ministers_statement() -> summitdoc.Statement:
    (st,) = [
        st
        for st in parse(FOREIGN_MINISTERS).statements
        if st.topic == "the situation in Afghanistan"
    ]
    return st


def test_statement_issuing_countries() -> None:
    """The countries listed in the next paragraph are the issuers, in short names."""
    st = _ministers_statement()
    assert list(st.countries) == ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]


def test_statement_points_from_following_paragraphs() -> None:
    """What the following paragraphs report the issuers saying are the statement's points."""
    st = _ministers_statement()
    assert list(st.points) == [
        "concern over the deteriorating humanitarian situation in Afghanistan",
        "call on the international community to step up humanitarian assistance",
    ]


# -- meetings ------------------------------------------------------------------------------------

BILATERAL = """\
Tokayev meets Japarov in Astana

The President of Kazakhstan met with the President of Kyrgyzstan before the SCO summit

The SCO summit in Astana brought together the leaders of the member states on Thursday.

A bilateral meeting of President of Kazakhstan Kassym-Jomart Tokayev and President of \
Kyrgyzstan Sadyr Japarov took place before the SCO summit in Astana. The Heads of State \
discussed trade and water management.
It was agreed to hold a meeting of the intergovernmental council in Bishkek in March.
Sadyr Japarov proposed launching a joint venture for the assembly of electric buses.
"""


def test_bilateral_meeting_participants() -> None:
    """ "A bilateral meeting of <A> and <B> took place" is a bilateral meeting of A and B."""
    s = parse(BILATERAL)
    assert [(m.kind, list(m.participants)) for m in s.meetings] == [
        ("bilateral", [pid(s, "Kassym-Jomart Tokayev"), pid(s, "Sadyr Japarov")])
    ]


def test_meeting_agreements() -> None:
    """ "It was agreed to ..." and "<B> proposed ..." are the meeting's agreements."""
    (m,) = parse(BILATERAL).meetings
    assert list(m.agreements) == [
        "hold a meeting of the intergovernmental council in Bishkek in March",
        "launching a joint venture for the assembly of electric buses",
    ]


def test_meeting_agreements_are_not_summit_decisions() -> None:
    """What a side meeting agreed is not listed among the summit's decisions."""
    assert parse(BILATERAL).decisions == ()


def test_met_with_counterpart_is_a_meeting() -> None:
    """ "the Kazakh leader met with his Kyrgyz counterpart X" is a meeting of the two."""
    s = parse(
        "Tokayev takes part in the SCO summit\n\n"
        "The President of Kazakhstan chaired the SCO summit in Astana on Thursday\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev chaired the summit of the SCO in Astana, "
        "which was attended by Prime Minister of Pakistan Shehbaz Sharif. On the sidelines of "
        "the event, the Kazakh leader met with his Kyrgyz counterpart Sadyr Japarov.\n"
    )
    assert [list(m.participants) for m in s.meetings] == [
        [pid(s, "Kassym-Jomart Tokayev"), pid(s, "Sadyr Japarov")]
    ]


# -- metadata ------------------------------------------------------------------------------------


def test_acronym_gives_the_organisation() -> None:
    """A text naming only "SCO" gets the organisation's full name as well."""
    s = parse(
        "Leaders of the SCO meet in Astana\n\n"
        "The SCO summit brought together the leaders of the member states on Thursday.\n"
    )
    assert (s.organisation, s.acronym) == ("Shanghai Cooperation Organisation", "SCO")


def test_organisation_gives_the_acronym() -> None:
    """A text naming only the full name gets the acronym as well."""
    s = parse(
        "Leaders of Southeast Asia meet in Jakarta\n\n"
        "The summit of the Association of Southeast Asian Nations opened in Jakarta on Tuesday. "
        "The leaders of the Association of Southeast Asian Nations discussed the South China Sea.\n"
    )
    assert (s.organisation, s.acronym) == ("Association of Southeast Asian Nations", "ASEAN")


def test_meeting_name_is_the_named_body() -> None:
    """ "the SCO Heads of State Council" is the meeting's name."""
    assert parse(ASTANA).name == "SCO Heads of State Council"


def test_capital_description_gives_city_and_country() -> None:
    """ "the Kazakh capital" gives city Astana and host country Kazakhstan."""
    s = parse(
        "SCO leaders meet\n\n"
        "The leaders of the SCO member states gathered in the Kazakh capital on Thursday for "
        "their annual meeting.\n"
    )
    assert (s.city, s.country) == ("Astana", "Kazakhstan")


def test_summit_in_city_gives_host_country() -> None:
    """ "the summit in Bishkek" gives city Bishkek and host country Kyrgyzstan."""
    s = parse(
        "SCO leaders meet\n\n"
        "Prime Minister of Pakistan Shehbaz Sharif arrived for the summit in Bishkek on Thursday.\n"
    )
    assert (s.city, s.country) == ("Bishkek", "Kyrgyzstan")


def test_narrow_and_expanded_formats() -> None:
    """ "in a narrow and expanded format" gives formats ["narrow", "expanded"]."""
    s = parse(
        "SCO leaders meet in Astana\n\n"
        "The session of the SCO Heads of State Council was held in a narrow and expanded format.\n"
    )
    assert list(s.formats) == ["narrow", "expanded"]


def test_restricted_format_is_narrow() -> None:
    """ "restricted format" is written as the canonical "narrow"."""
    s = parse(
        "ASEAN leaders meet in Jakarta\n\n"
        "The ASEAN leaders met in a restricted format before the gala dinner.\n"
    )
    assert list(s.formats) == ["narrow"]


def test_duration_as_written() -> None:
    """ "lasted about three hours" gives the duration "about three hours"."""
    s = parse(
        "SCO leaders meet in Astana\n\n"
        "The summit of the SCO in Astana lasted about three hours and ended with a press "
        "conference.\n"
    )
    assert s.duration == "about three hours"


def test_date_from_the_dateline() -> None:
    """A dateline under the headline gives the date."""
    s = parse(
        "Tokayev opens the SCO summit\n\n"
        "July 4, 2024 11:30 Astana\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev opened the SCO summit in Astana.\n"
    )
    assert s.date == dt.date(2024, 7, 4)
    assert s.city == "Astana"


def test_date_from_the_caller() -> None:
    """``date=`` gives the date when the text has no dateline."""
    s = parse(
        "SCO leaders meet in Astana\n\nThe SCO summit in Astana ended on Thursday.\n",
        date=dt.date(2024, 7, 4),
    )
    assert s.date == dt.date(2024, 7, 4)


def test_date_is_never_invented() -> None:
    """Years and weekdays in the prose do not make a date."""
    s = parse(
        "SCO leaders meet in Astana\n\n"
        "The SCO summit in Astana ended on Thursday. China will chair the organisation in 2025, "
        "and Kyrgyzstan in 2026.\n"
    )
    assert s.date is None


def test_outlet_from_the_caller() -> None:
    """``outlet=`` gives ``source.outlet`` when no caption credits one."""
    s = parse(
        "SCO leaders meet in Astana\n\nThe SCO summit in Astana ended on Thursday.\n",
        outlet="Kazinform",
    )
    assert s.source.outlet == "Kazinform"


def test_no_outlet_without_credit_or_caller() -> None:
    """With no caption credit and no ``outlet=``, ``source.outlet`` is None."""
    s = parse("SCO leaders meet in Astana\n\nThe SCO summit in Astana ended on Thursday.\n")
    assert s.source.outlet is None


# -- intake --------------------------------------------------------------------------------------

INTAKE_1252 = (
    "Leaders of the SCO meet in Astana\n\n"
    "Prime Minister of Pakistan Shehbaz Sharif and President of Kazakhstan Kassym-Jomart Tokayev "
    "attended the SCO summit in Astana, where the caf\u00e9 of the Palace of Independence "
    "hosted the press.\n"
    "Shehbaz Sharif said, \u201cPakistan stands ready to deepen cooperation within the "
    "SCO.\u201d\n"
)
INTAKE_1251 = (
    "Leaders of the SCO meet in Astana\n\n"
    "President of Kazakhstan Kassym-Jomart Tokayev (\u041a\u0430\u0441\u044b\u043c-\u0416"
    "\u043e\u043c\u0430\u0440\u0442 \u0422\u043e\u043a\u0430\u0435\u0432) chaired the SCO "
    "summit in Astana.\n"
    "Kassym-Jomart Tokayev said, \u201cThe SCO has become a platform for a fair world "
    "order.\u201d\n"
)


def _same(a: summitdoc.Summit, b: summitdoc.Summit) -> None:
    assert who(a) == who(b)
    assert said(a) == said(b)
    assert a.source.text == b.source.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(INTAKE_1252, "utf-8", id="utf-8"),
        pytest.param(INTAKE_1252, "utf-8-sig", id="utf-8-bom"),
        pytest.param(INTAKE_1252, "utf-16", id="utf-16-bom"),
        pytest.param(INTAKE_1251, "cp1251", id="windows-1251"),
        pytest.param(INTAKE_1252, "cp1252", id="windows-1252"),
    ],
)
def test_file_encodings_parse_like_the_text(tmp_path, text: str, encoding: str) -> None:
    """UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251 and -1252 files read the same."""
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    from_file = summitdoc.parse(path)
    check_quote_spans(from_file)
    expected = parse(text)
    _same(from_file, expected)
    assert len(from_file.quotes) == 1
    assert from_file.source.path == str(path)


@pytest.mark.parametrize(
    ("bom", "encoding"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_utf16_in_either_byte_order(tmp_path, bom: bytes, encoding: str) -> None:
    """UTF-16 little- and big-endian files with their byte order mark read like the text."""
    path = tmp_path / "report.txt"
    path.write_bytes(bom + INTAKE_1252.encode(encoding))
    _same(summitdoc.parse(path), parse(INTAKE_1252))


def test_mixed_newlines_in_one_file(tmp_path) -> None:
    """A file mixing ``\r\n``, ``\r`` and ``\n`` reads as if it used ``\n`` throughout."""
    lines = INTAKE_1252.split("\n")
    mixed = "".join(line + ("\r\n", "\r", "\n")[n % 3] for n, line in enumerate(lines[:-1]))
    path = tmp_path / "report.txt"
    path.write_bytes((mixed + lines[-1]).encode("utf-8"))
    assert summitdoc.parse(path).source.text == INTAKE_1252


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_newlines_are_normalised(tmp_path, newline: str) -> None:
    """``\\r\\n`` and ``\\r`` become ``\\n`` in ``source.text``; the parse is the same."""
    path = tmp_path / "report.txt"
    path.write_bytes(INTAKE_1252.replace("\n", newline).encode("utf-8"))
    s = summitdoc.parse(path)
    assert "\r" not in s.source.text
    assert s.source.text == INTAKE_1252
    _same(s, parse(INTAKE_1252))


def test_parse_text_normalises_newlines() -> None:
    """``parse_text`` normalises ``\\r\\n`` and ``\\r`` like ``parse``."""
    s = parse(INTAKE_1252.replace("\n", "\r\n"))
    assert s.source.text == INTAKE_1252


def test_empty_file_is_an_input_error(tmp_path) -> None:
    """An empty file raises InputError naming the file."""
    path = tmp_path / "empty-report.txt"
    path.write_bytes(b"")
    with pytest.raises(summitdoc.InputError, match=re.escape("empty-report.txt")):
        summitdoc.parse(path)


def test_missing_file_is_an_input_error(tmp_path) -> None:
    """A missing file raises InputError naming the file."""
    with pytest.raises(summitdoc.InputError, match=re.escape("no-such-report.txt")):
        summitdoc.parse(tmp_path / "no-such-report.txt")


def test_directory_is_an_input_error(tmp_path) -> None:
    """A directory raises InputError naming it."""
    folder = tmp_path / "reports-folder"
    folder.mkdir()
    with pytest.raises(summitdoc.InputError, match=re.escape("reports-folder")):
        summitdoc.parse(folder)


def test_binary_file_is_an_input_error(tmp_path) -> None:
    """A file with NUL bytes raises InputError naming the file."""
    path = tmp_path / "picture.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
    with pytest.raises(summitdoc.InputError, match=re.escape("picture.jpg")):
        summitdoc.parse(path)


def test_input_error_is_a_summitdoc_error() -> None:
    """InputError is caught by ``except summitdoc.SummitdocError``."""
    assert issubclass(summitdoc.InputError, summitdoc.SummitdocError)


@pytest.mark.parametrize(
    "writer",
    ["WRITER: Ola Dahlberg", "Written by: Ola Dahlberg", "Coast Reporter", "Senior Correspondent"],
)
def test_a_writer_s_line_is_no_section_heading(writer: str) -> None:
    text = (
        "Ferry states agree on fishing quotas\n\n"
        "Leaders of the Northern Seas Forum met in Tarsk on Monday and agreed on new quotas "
        "for the coming season, officials said.\n\n"
        f"{writer}\n\n"
        "Premier Dagny Solvik opened the talks. “We will share the sea fairly,” she said.\n\n"
        "President Femi Oyelaran answered that the quotas were “a fair start”.\n"
    )
    s = summitdoc.parse_text(text)
    assert s.speeches
    assert all(sp.topic is None for sp in s.speeches)


def test_a_place_and_date_line_below_the_top_heads_no_section() -> None:
    """A copied page's date line after its menu and share buttons, beyond the page's top."""
    menu = ("Office of the Prime Minister", "Home", "The Prime Minister", "Cabinet", "Newsroom")
    more = ("Speeches", "Gallery", "Downloads", "Contact", "Search", "Home / Newsroom / News")
    share = ("Share on:", "Facebook", "X", "WhatsApp", "LinkedIn", "Copy link")
    text = "\n".join(
        [
            *menu,
            *more,
            "Tuesday, 12 May 2043 · Press Office",
            "PRIME MINISTER FEPULEAI WELCOMES ISLAND LEADERS TO APIA",
            *share,
            "",
            "Apia, Tuesday, May 12, 2043",
            "",
            (
                "Leaders of the island states met in Apia on Tuesday and agreed to pool their "
                "coastguard patrols against illegal fishing in the western ocean."
            ),
            "",
            "“Our boats are few, but the sea is one,” Prime Minister Tala Fepuleai said.",
            "",
            "President Jon Kabua added that the patrols would start in the dry season.",
        ]
    )
    s = summitdoc.parse_text(text + "\n")
    assert s.speeches
    assert [sp.topic for sp in s.speeches] == [None] * len(s.speeches)


def test_a_line_over_a_list_s_lead_in_is_a_section_heading() -> None:
    """Paragraphs line by line: a short line before "At the close, the ministers:" heads it."""
    lines = [
        (
            "Fisheries ministers of nine island states met in Apia on Tuesday for their yearly "
            "talks on tuna stocks, patrol boats and the price of fuel for the fleets."
        ),
        (
            "“The fish do not stop at our borders, and neither can our patrols,” Minister Lena "
            "Vaka of Tonga said at the opening of the two-day meeting in the harbour hall."
        ),
        "Results of the talks",
        "At the close of their meeting, the ministers:",
        "- endorsed a regional tuna patrol plan;",
        "- agreed to share one vessel register.",
        (
            "“Now the work starts, and it starts at sea,” Minister Lena Vaka of Tonga said after "
            "the meeting, as the delegations left the hall for the airport."
        ),
    ]
    s = parse("Ministers agree on joint tuna patrols\n\n" + "\n".join(lines) + "\n")
    assert [(sp.topic, len(sp.quotes)) for sp in s.speeches] == [
        (None, 1),
        ("Results of the talks", 1),
    ]


def test_a_guillemet_arrow_is_no_quote() -> None:
    s = summitdoc.parse_text(
        "Lake leaders meet in Kisumu for the water summit\n\n"
        "President Ana Lind opened the water summit in Kisumu on Monday with nine leaders.\n\n"
        "“The lake feeds us all,” Lind said.\n\n"
        "« Back to Press Releases\n"
    )
    assert [q.text for q in s.quotes] == ["The lake feeds us all,"]
    assert all(sp.topic is None for sp in s.speeches)


@pytest.mark.parametrize("row", ["Print Facebook X E-mail", "Share Telegram WhatsApp LinkedIn"])
def test_a_row_of_buttons_under_the_headline_is_no_subtitle(row: str) -> None:
    s = summitdoc.parse_text(
        "Lake leaders meet in Kisumu for the water summit\n\n"
        f"{row}\n\n"
        "President Ana Lind opened the water summit in Kisumu on Monday with nine leaders.\n\n"
        "“The lake feeds us all,” Lind said.\n"
    )
    assert s.subtitle is None
