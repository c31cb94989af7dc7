"""Evidence or nothing: shapes from government and agency copy where a guess would be wrong.

Each case was a confident wrong answer on a report in a house style the corpus does not have
(swapped speakers, a press office's metadata read as a transcript turn, a pronoun given to the
last name in the text, a title read as a name); here in new wording.
"""

from __future__ import annotations

import summitdoc
from wire_layout import wire_parse


def _said(s: summitdoc.Summit) -> list[tuple[str, str | None, str | None]]:
    names = {p.id: p.name for p in s.participants}
    return [(q.text, names.get(q.speaker or ""), q.cue) for q in s.quotes]


def test_a_clause_opened_by_whereas_reports_the_next_quote_not_the_one_before() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "Chancellor Ruth Amsel of Austria and President Ilan Dorne of Portugal opened the "
        "corridor summit in Velmar on Tuesday.",
        'Amsel argued that the line must "carry freight before passengers," whereas Dorne said '
        'the states could not let the winter "decide the timetable."',
    )
    said = _said(s)
    assert [(text, who) for text, who, _ in said] == [
        ("carry freight before passengers,", "Ruth Amsel"),
        ("decide the timetable.", "Ilan Dorne"),
    ]
    assert said[1][2] == "Dorne said"


def test_fragments_joined_by_and_keep_the_one_subject() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        'President Ilan Dorne of Portugal called the timetable "tight but honest" and warned of '
        '"a long winter" for the hauliers.',
    )
    assert [who for _, who, _ in _said(s)] == ["Ilan Dorne", "Ilan Dorne"]


def test_words_a_document_reads_have_no_speaker() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "President Ilan Dorne of Portugal chaired the closing session in Velmar.",
        '"The states will open the northern line to freight by 2028," the final communique read.',
    )
    assert _said(s) == [
        (
            "The states will open the northern line to freight by 2028,",
            None,
            "the final communique read",
        )
    ]


def test_an_attribution_it_cannot_read_is_not_the_neighbouring_speaker_s() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        'President Ilan Dorne of Portugal opened the session. "We start today," Dorne said.',
        '"No rails without wages," the banner over the harbour gate went on.',
    )
    said = _said(s)
    assert said[0][1] == "Ilan Dorne"
    assert said[1][:2] == ("No rails without wages,", None)


def test_a_bare_title_two_people_hold_and_the_pronoun_after_it_stay_unresolved() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "Prime Minister Arne Solberg of Norway attended the corridor summit in Velmar today. "
        "It was hosted by the Prime Minister of Denmark, Karin Holm. The Secretary General of "
        "the corridor forum, Pablo Ruiz, also attended.",
        'In his remarks, Prime Minister said that "the corridor is a promise we keep." He added, '
        '"Freight first, then the passengers."',
    )
    assert [who for _, who, _ in _said(s)] == [None, None]
    assert {"Arne Solberg", "Karin Holm"} <= {p.name for p in s.participants}


def test_a_press_office_s_posted_on_line_is_not_a_transcript_turn() -> None:
    s = summitdoc.parse_text(
        "Ministry of External Affairs\n\n"
        "Prime Minister attends the corridor summit in Velmar\n\n"
        "Posted On: 03 JUN 2025 5:10PM by Press Desk Velmar\n\n"
        "Prime Minister Arne Solberg of Norway participated in the corridor summit held in Velmar "
        "today. The summit was attended by President Ilan Dorne of Portugal and Chancellor Ruth "
        "Amsel of Austria.\n\n"
        'Solberg said, "Freight will cross three borders in a single day."\n\n'
        "Media Relations: Office of the Prime Minister\n"
    )
    assert {p.name for p in s.participants} == {"Arne Solberg", "Ilan Dorne", "Ruth Amsel"}
    assert _said(s) == [
        ("Freight will cross three borders in a single day.", "Arne Solberg", "Solberg said")
    ]
    assert s.title == "Prime Minister attends the corridor summit in Velmar"


def test_permanent_secretary_is_a_title_not_a_name() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "Cabinet Secretary Rosa Lind said her talks with Permanent Secretary of the Treasury "
        'Omar Haddad had been "brisk and useful."',
    )
    people = {p.name: p.role for p in s.participants}
    assert people == {
        "Rosa Lind": "Cabinet Secretary",
        "Omar Haddad": "Permanent Secretary of the Treasury",
    }
    assert _said(s)[0][1] == "Rosa Lind"


def test_a_contact_block_names_no_participant_and_a_masthead_is_not_the_title() -> None:
    s = summitdoc.parse_text(
        "Press and Information Office of the Federal Government\n\n"
        "Chancellor hosts the corridor summit in Velmar\n\n"
        "Chancellor Ruth Amsel of Austria welcomed President Ilan Dorne of Portugal to the "
        "corridor summit in Velmar on Monday.\n\n"
        "Press contact: Deputy Government Spokesperson Marta Kiel\n"
        "Telephone: +43 1 555 0100\n\n"
        "Jonas Brandt\n"
        "Head of Press Relations\n"
    )
    assert s.title == "Chancellor hosts the corridor summit in Velmar"
    assert {p.name for p in s.participants} == {"Ruth Amsel", "Ilan Dorne"}


def test_a_title_case_headline_naming_an_office_stays_the_headline() -> None:
    s = summitdoc.parse_text(
        "Prime Minister's Office Announces Corridor Summit Plans\n\n"
        "Prime Minister Arne Solberg of Norway will host the corridor summit in Velmar next "
        "month, his office said on Monday.\n"
    )
    assert s.title == "Prime Minister's Office Announces Corridor Summit Plans"


def test_people_the_text_says_are_away_are_not_participants() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "Chancellor Ruth Amsel of Austria opened the corridor summit in the harbour town of "
        "St Ives on Monday.",
        "President Lars Eng of Norway, who stayed in Oslo as storms hit the coast, sent a "
        "written message.",
        "Finance Minister Ana Reis attended in place of President Rui Costa of Portugal.",
        "King Harald of Denmark, the forum's patron, did not attend this year's meeting.",
        "Prime Minister Ilse Varga of Hungary, the longest-serving member, was not present.",
    )
    assert {p.name for p in s.participants} == {"Ruth Amsel", "Ana Reis"}


PAGE = """\
Skip to main content
Sign in
World
Europe
Africa
Asia
Harbour states agree to pool their ferry fleets
Ministers will meet again in spring to fix the timetable
Sat 14 Mar 2026 09.15 GMT
Updated 11:02 GMT
Share
Leaders arrive for the harbour summit in Velmar on Saturday.
Photograph: Ana Ruiz/Getty Images
Chancellor Ruth Amsel of Austria and President Ilan Dorne of Portugal agreed on Saturday to \
pool the ferry fleets of the harbour states, officials said at the summit in Velmar.
"Our ports will serve one timetable," Amsel told reporters after the talks ended on Saturday.
"""


def test_a_newspaper_page_s_menu_date_and_photo_credit_are_read_as_such() -> None:
    s = summitdoc.parse_text(PAGE)
    assert s.title == "Harbour states agree to pool their ferry fleets"
    assert s.source.outlet is None  # a picture agency's credit is not the report's outlet
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Leaders arrive for the harbour summit in Velmar on Saturday.", "Ana Ruiz/Getty Images")
    ]
    assert s.date is not None
    assert (s.date.year, s.date.month) == (2026, 3)
    assert {p.name for p in s.participants} == {"Ruth Amsel", "Ilan Dorne"}


def test_a_label_before_a_bare_timestamp_is_no_speaker() -> None:
    """ "Changed: 28/10/2031 - 18:45" on a page is its metadata, not a turn that swallows the
    story."""
    text = (
        "Leaders close the reef summit\n\n"
        "Changed: 28/10/2031 - 18:45\n\n"
        'President Ana Ruiz of Peru said the talks were "long but useful" as the summit ended.\n\n'
        "The leaders adopted a joint statement on reef protection.\n"
    )
    s = summitdoc.parse_text(text)
    assert [p.name for p in s.participants] == ["Ana Ruiz"]
    names = {p.id: p.name for p in s.participants}
    assert [(q.text, names.get(q.speaker or "")) for q in s.quotes] == [
        ("long but useful", "Ana Ruiz")
    ]
    assert [st.topic for st in s.statements] == ["reef protection"]
