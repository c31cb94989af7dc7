"""Evidence or nothing: shapes from government and agency copy where a guess would be wrong.

Each case was a confident wrong answer on a report in a house style the corpus does not have
(swapped speakers, a press office's metadata read as a transcript turn, a pronoun given to the
last name in the text, a title read as a name); here in new wording.
"""

from __future__ import annotations

import pytest

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


def test_the_dead_the_barred_and_people_only_telephoned_are_not_participants() -> None:
    s = wire_parse(
        "Corridor talks end in Velmar",
        "Chancellor Ruth Amsel of Austria opened the corridor summit in Velmar on Monday with a "
        "minute's silence for the late former President Jonas Weber of Germany.",
        "Prime Minister Ilse Varga of Hungary, who was barred from the meeting by a court order, "
        "sent a video message.",
        "During a break, Amsel held a telephone conversation with President Lars Eng of Norway.",
        "A prize for the corridor's founders was awarded posthumously to Mayor Karl Lind of Kiel.",
        "President Ilan Dorne of Portugal spoke after Amsel.",
    )
    assert {p.name for p in s.participants} == {"Ruth Amsel", "Ilan Dorne"}


@pytest.mark.parametrize(
    ("words", "quoted"),
    [
        ("said the pact “came too late”.", ["share flood data", "came too late"]),
        (
            "said the pact came too late and urged the states to fund the dams.",
            ["share flood data"],
        ),
    ],
)
def test_someone_who_takes_no_part_has_no_speech_and_their_quotes_stay_nobody_s(
    words: str, quoted: list[str]
) -> None:
    s = wire_parse(
        "Basin leaders sign flood pact",
        "Leaders of the Volta states met in Tamale on Monday. President Kwesi Mensah-Arthur said "
        "the pact was “overdue”.",
        "The pact commits members to “share flood data within the hour”, the communiqué said.",
        f"Former president Jerry Ankomah, who did not attend, {words}",
    )
    names = {p.id: p.name for p in s.participants}
    got = [(names.get(sp.speaker or ""), [q.text[:16] for q in sp.quotes]) for sp in s.speeches]
    assert got == [("Kwesi Mensah-Arthur", ["overdue"]), (None, quoted)]


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


_BODY = (
    "President Ana Ruiz of Peru and President Ilan Dorne of Chile met in Velmar on Friday for "
    "the reef summit, where the leaders adopted a joint statement on reef protection.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "Start / World / Americas\n\n",  # a breadcrumb
        "World » Pacific\n\n",
        "Front page | Oceans\n\n",
        "Oceans\n\nSouth America\n\n",  # section labels (kickers)
        "Pan-Pacific\n\n",
        # a publisher's name, the kind of page and its date above the headline
        "Office of the Reef Council\nNews item\n3 March 2031 09:15\n\n",
        "Secretariat of the Reef States Forum\n2031-03-03 09:15\n\n",
        "REEF WIRE - March 3, 2031 - 09:15 | Oceans, Home\n\n",  # a date and time line
        "Skip links\nSkip to search\nLive\nMain menu\n\n",  # a screen reader's links, a menu
    ],
)
def test_labels_above_the_headline_are_not_the_title(top: str) -> None:
    head = "Reef states agree to share patrol ships at Velmar summit"
    s = summitdoc.parse_text(f"{top}{head}\n\n{_BODY}")
    assert s.title == head
    assert {p.name for p in s.participants} == {"Ana Ruiz", "Ilan Dorne"}


@pytest.mark.parametrize(
    "head",
    [
        "Reef summit\n\nThe President of Peru took part in the reef summit in Velmar.\n\n",
        "Reef Summit Ends\n\nLeaders at the reef summit shared out patrol ships on Friday.\n\n",
    ],
)
def test_a_short_headline_above_its_standfirst_stays_the_title(head: str) -> None:
    s = summitdoc.parse_text(f"{head}{_BODY}")
    assert s.title == head.split("\n", maxsplit=1)[0]


def test_an_agency_s_name_under_the_headline_is_its_byline_not_a_photo_credit() -> None:
    s = summitdoc.parse_text(
        "Front page / Oceans\n\n"
        "Reef summit: leaders share out patrol ships, Peru takes the chair\n\n"
        "Reuters\n"
        "Last updated: Nov 04, 2031, 08:10 PM GMT\n\n"
        f"{_BODY}"
    )
    assert s.title == "Reef summit: leaders share out patrol ships, Peru takes the chair"
    assert s.captions == ()
    assert s.source.outlet == "Reuters"
    assert s.date is not None
    assert s.date.isoformat() == "2031-10-31"  # the Friday before the page's date


def test_a_date_line_under_a_publisher_s_name_is_still_the_date() -> None:
    s = summitdoc.parse_text(
        "Secretariat of the Reef States Forum\n2031-03-03 09:15\n\n"
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile met in Velmar on 3 March "
        "for the reef summit.\n"
    )
    assert s.title == "Reef states agree to share patrol ships at Velmar summit"
    assert s.date is not None
    assert s.date.isoformat() == "2031-03-03"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By: REUTERS", "Reuters"),
        ("Source: Al Jazeera and news agencies", "Al Jazeera"),
        ("BBC News, Velmar", "BBC"),
        ("KYODO NEWS - Nov 4, 2031 - 08:10 | Asia", "Kyodo"),
    ],
)
def test_a_page_names_its_own_outlet(line: str, outlet: str) -> None:
    s = summitdoc.parse_text(
        f"Reef summit: leaders share out patrol ships, Peru takes the chair\n\n{line}\n\n{_BODY}"
    )
    assert s.source.outlet == outlet


def test_a_story_about_outlets_does_not_name_the_page_s() -> None:
    s = summitdoc.parse_text(
        "Reef summit: leaders share out patrol ships, Peru takes the chair\n\n"
        "By Ana Lindqvist\n\n"
        f"{_BODY}"
        "The leaders told the BBC and Reuters that the patrols would start in May.\n"
    )
    assert s.source.outlet is None


def test_a_live_page_s_standfirst_dates_reading_time_and_byline() -> None:
    s = summitdoc.parse_text(
        "Oceans\n\n"
        "Live: reef states share out patrol ships as Velmar summit closes\n\n"
        "Leaders of the reef states met in Velmar on Thursday for a summit on illegal fishing.\n\n"
        "Published: 14/11/2031 - 06:20\n"
        "Changed: 14/11/2031 - 19:05\n\n"
        "6 min Reading time\n\n"
        "By: Al Jazeera\n"
        "Follow\n\n"
        f"{_BODY}"
    )
    assert s.title == "Live: reef states share out patrol ships as Velmar summit closes"
    assert s.subtitle == (
        "Leaders of the reef states met in Velmar on Thursday for a summit on illegal fishing."
    )
    assert s.source.outlet == "Al Jazeera"
    assert s.date is not None
    assert s.date.isoformat() == "2031-11-13"  # the Thursday before Friday 14 November


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: 2031-11-14 06:20", "2031-11-14"),
        ("Published: 11/14/2031 06:20", "2031-11-14"),
        ("Published: 04/11/2031 06:20", None),  # April 11 or 4 November: not told
    ],
)
def test_a_date_in_figures_is_read_only_when_day_and_month_cannot_be_confused(
    line: str, date: str | None
) -> None:
    s = summitdoc.parse_text(
        "Reef states share out patrol ships as Velmar summit closes\n\n"
        f"{line}\n\n"
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile met in Velmar for the "
        "reef summit.\n"
    )
    assert (s.date.isoformat() if s.date else None) == date


@pytest.mark.parametrize(
    "line",
    [
        "Desk: kmora",  # a value, not words anyone spoke
        "Production Desk: Kim Mora and Ilse Berg",
        "Privacy notice: Newsletters may hold ads and content paid for by third parties.",
        "Agency Notice: Newsletters may hold ads and content paid for by third parties.",
    ],
)
def test_a_page_s_label_line_does_not_swallow_the_story(line: str) -> None:
    """A label line is a turn only until a wire dateline opens the story."""
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        "Leaders of the reef states met in Velmar for two days of talks on illegal fishing.\n\n"
        f"{line}\n\n"
        "VELMAR, March 3 (Reuters) - President Ana Ruiz of Peru and President Ilan Dorne of "
        'Chile agreed on Friday to share patrol ships. "The reef is one," Ruiz said.\n\n'
        "The leaders adopted a joint statement on reef protection.\n"
    )
    assert {p.name for p in s.participants} == {"Ana Ruiz", "Ilan Dorne"}
    names = {p.id: p.name for p in s.participants}
    assert ("The reef is one,", "Ana Ruiz") in [
        (q.text, names.get(q.speaker or "")) for q in s.quotes
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Read: Reef patrols will cost more than planned, auditors warn",  # a related link
        "Pacific Rim: Watch the leaders arrive at the reef summit",  # a video box
        "VELMAR: Leaders of the reef states met on Friday for their annual summit.",  # dateline
    ],
)
def test_a_lone_label_that_names_no_one_opens_no_transcript(line: str) -> None:
    """One "Label: words" paragraph whose label is no title, name or transcript word."""
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        "Leaders of the reef states met in Velmar for two days of talks on illegal fishing.\n\n"
        f"{line}\n\n"
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile agreed to share patrol "
        'ships. "The reef is one," Ruiz said.\n'
    )
    assert {p.name for p in s.participants} == {"Ana Ruiz", "Ilan Dorne"}
    names = {p.id: p.name for p in s.participants}
    assert [(q.text, names.get(q.speaker or "")) for q in s.quotes] == [
        ("The reef is one,", "Ana Ruiz")
    ]


def test_untitled_labels_that_take_turns_are_a_transcript() -> None:
    s = summitdoc.parse_text(
        "Reef summit: the interview\n\n"
        "Radio Velmar: Why did the talks take two days?\n\n"
        "Ruiz-Dorne: Because every patrol ship had to be counted twice.\n\n"
        "Radio Velmar: Will the deal hold?\n"
    )
    # Each label opens a turn; a broadcaster's label is an interviewer, no participant.
    cues = [q.cue for sp in s.speeches for q in sp.quotes]
    assert cues == ["Radio Velmar", "Ruiz-Dorne", "Radio Velmar"]
    assert all(p.name != "Radio Velmar" for p in s.participants)


@pytest.mark.parametrize(
    "top",
    [
        "Chancellery of Ruritania\n\nStart > Press > Statements\n\n",
        "Office of the President of Ruritania\n\nStart > Press\n\nStatement\n\n",
        "Reef Council\n\nStart > News\n\nMedia release\n\n",
    ],
)
def test_a_government_site_s_name_and_breadcrumb_stand_over_the_headline(top: str) -> None:
    s = summitdoc.parse_text(
        f"{top}Chancellor attends the reef summit in Velmar\n\nMonday, 3 March 2031\n\n{_BODY}"
    )
    assert s.title == "Chancellor attends the reef summit in Velmar"


def test_an_outlet_s_own_name_above_its_menu_is_not_the_title() -> None:
    menu = "".join(f"{w}\n" for w in ("News", "Opinion", "Sport", "Culture", "Europe", "Asia"))
    s = summitdoc.parse_text(
        "Skip to main content\n"
        "The Guardian - Back to home\n"
        f"{menu}\n"
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        f"{_BODY}"
    )
    assert s.title == "Reef states agree to share patrol ships at Velmar summit"
    assert s.source.outlet == "The Guardian"


@pytest.mark.parametrize(
    ("line", "date", "city"),
    [
        ("Valparaiso, 3 March 2031", "2031-03-03", "Valparaiso"),
        ("LIMA, Peru – 3 March 2031", "2031-03-03", "Lima"),
        ("Cusco, March 3, 2031.-", "2031-03-03", "Cusco"),
        # No known place: no dateline, and no city; the date is the sentence's own ("gathered"
        # and a date, read in either order, as "Leaders gathered, March 3, 2031" always was).
        ("Leaders gathered, 3 March 2031", "2031-03-03", None),
        # No place and no meeting: the line is no dateline, and the date no one's.
        ("Leaders arrived, 3 March 2031", None, None),
    ],
)
def test_a_dateline_with_the_place_first(line: str, date: str | None, city: str | None) -> None:
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships\n\n"
        f"{line}\n\n"
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile met for the reef summit "
        "and adopted a statement.\n"
    )
    assert (s.date.isoformat() if s.date else None, s.city) == (date, city)


@pytest.mark.parametrize("label", ["Read", "Also read", "READ ALSO", "Related story"])
def test_a_link_to_another_story_between_paragraphs_is_no_speaker_s_turn(label: str) -> None:
    """ "Read: <headline>" links to another story; two of them are no transcript's labels."""
    s = summitdoc.parse_text(
        "Lake states agree on a fisheries fund\n\n"
        "Leaders of the lake states met in Kisumu on Friday and agreed to set up a fisheries fund "
        "for the smaller ports.\n\n"
        f"{label}: Why the lake ports are losing their catch\n\n"
        "President Amina Odhiambo said the fund would be open to every port on the lake. "
        "\u201cNo harbour will be left behind,\u201d she said.\n\n"
        f"{label}: Ferry operators ask for lower fuel taxes\n\n"
        "The leaders also approved a plan to dredge the main shipping lanes before the rains.\n"
    )
    said = _said(s)
    assert ("No harbour will be left behind,", "Amina Odhiambo", "she said") in said
    assert all("losing their catch" not in text and "fuel taxes" not in text for text, _, _ in said)


@pytest.mark.parametrize(
    "top",
    [
        # a masthead over menus copied onto one line, their entries parted by runs of spaces
        "THE HARBOUR LEDGER\nSign in   Newsletters   Donate\nHome   Coast   Islands   Trade\n\n",
        "Harbour Ledger\nMon, 3 Nov 2031\nPodcasts\tPuzzles\tArchive\n\n",
        # a tagline and a weather line, a row of bars holding a known entry
        (
            "Harbour Ledger\nThe Voice of the Coast\nVelmar  24°C\n"
            "Latest   Coast   Islands   Trade\nOn air now | Subscribe\n\nCoast\n\n"
        ),
        # a date line with bars, its menu run on under it in lower case
        "Harbour Ledger\nMonday, November 3, 2031 | Velmar 24°C\ne-edition   Sign in   Donate\n\n",
        # an office's name over the headline, under the site's trail
        (
            "Ruritania.gov\nHome   Ministries   Documents\n\n"
            "Start / Office of the Chancellor / News\n\nMedia release | No. 12/31\n\n"
            "Office of the Federal Chancellor\n\n"
        ),
    ],
)
def test_site_lines_over_the_headline_are_not_the_title(top: str) -> None:
    head = "Reef states agree to share patrol ships at Velmar summit"
    s = summitdoc.parse_text(f"{top}{head}\n\n{_BODY}")
    assert s.title == head
    assert {p.name for p in s.participants} == {"Ana Ruiz", "Ilan Dorne"}


def test_an_agency_and_its_place_under_the_headline_leave_the_headline_standing() -> None:
    s = summitdoc.parse_text(
        "Harbour Ledger\nHome   Coast   Islands   Trade\n\nCoast\n\n"
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        "Reuters/Velmar\n\n"
        f"{_BODY}"
    )
    assert s.title == "Reef states agree to share patrol ships at Velmar summit"
    assert s.captions == ()


def test_a_byline_holding_the_page_s_date_is_no_standfirst() -> None:
    s = summitdoc.parse_text(
        "Harbour Ledger\nHome   Coast   Islands   Trade\n\n"
        "Reef States Agree To Share Patrol Ships At Velmar Summit\n\n"
        "By Odile Marchetti in Coast on 4 November 2031\n\n"
        f"{_BODY}"
    )
    assert s.title == "Reef States Agree To Share Patrol Ships At Velmar Summit"
    assert s.subtitle is None
    assert s.date is not None
    assert s.date.isoformat() == "2031-10-31"  # the Friday before the page's date


def _blog_page(*foot: str) -> summitdoc.Summit:
    lines = [
        "Premier Okonjo opens the river basin summit in Lokoja",
        (
            "LOKOJA, May 3 (Wire) - Premier Ada Okonjo opened the river basin summit in Lokoja "
            "on Saturday with a call for shared flood warnings."
        ),
        "The premiers of the four basin states met for two days and adopted a flood plan.",
        *foot,
    ]
    return summitdoc.parse_text("\n\n".join(lines) + "\n")


def test_a_related_list_with_a_repeated_title_and_dates_is_furniture() -> None:
    s = _blog_page(
        "Related",
        "Premier Okonjo Receives New Envoys",
        "May 1, 2051",
        'In "News"',
        "“Our Rivers Are Our Roads” – Premier Okonjo At Ports Forum",
        "April 28, 2051",
        'In "News"',
        "Premier Okonjo Receives New Envoys",
    )
    assert [q.text for q in s.quotes] == []


def test_a_blogs_post_navigation_and_theme_line_are_no_turns() -> None:
    s = _blog_page(
        "From the press conference",
        "Question: Will the barriers be ready before the rains?",
        "Premier Ada Okonjo: The first ones will, and the rest by the end of the year.",
        "Post navigation",
        "Previous Post: Premier Okonjo Receives New Envoys",
        "Next Post: Statement On The Lokoja Floods",
        "Recent Posts",
        "Statement On The Lokoja Floods",
        "Theme: RiverMag by SomeThemes. Powered by WordPress.",
    )
    assert [q.text.split()[0] for q in s.quotes] == ["Will", "The"]
    assert {sp.topic for sp in s.speeches} <= {None, "From the press conference"}


def test_the_foot_of_a_copied_news_page_names_no_participant() -> None:
    """Teasers parted by section labels, and links read aloud as opening tabs."""
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships at Velmar summit\n"
        f"{_BODY}"
        "Read Next\n"
        "Pacific\n"
        "Harbour strike in Port Selva enters third week\n"
        "March 4, 2036\n"
        "Business\n"
        "Minister Tomas Lind resigns over ferry contracts\n"
        "March 3, 2036\n"
        "Site Index\n"
        "World\n"
        "Markets\n"
        "About Lagoon Wire\n"
        "About Lagoon Wire, opens new tab\n"
        "Careers, opens new tab\n"
    )
    assert {p.name for p in s.participants} == {"Ana Ruiz", "Ilan Dorne"}


def test_lines_between_the_headline_and_the_article_head_no_section() -> None:
    """A byline and a tool's link, each alone between blank lines, before the first paragraph."""
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships at Velmar summit\n\n"
        "Published: 9:10am, 4 Mar 2036\n\n"
        "Grace Oduya in Velmar\n\n"
        "How we check our facts\n\n"
        "President Ana Ruiz of Peru and President Ilan Dorne of Chile met in Velmar on Friday for "
        "the reef summit.\n\n"
        '"The reef feeds all of us," Ruiz said.\n\n'
        "Ocean funds\n\n"
        '"We will pay our share," Dorne said.\n'
    )
    names = {p.id: p.name for p in s.participants}
    assert [(names.get(sp.speaker or ""), sp.topic) for sp in s.speeches] == [
        ("Ana Ruiz", None),
        ("Ilan Dorne", "Ocean funds"),
    ]


def test_turns_labelled_by_office_go_to_the_holders_and_stop_where_the_report_resumes() -> None:
    s = summitdoc.parse_text(
        "Statements after the Reef Summit\n\n"
        "The Reef Summit met today in Velmar under the chairmanship of the President of the "
        "Republic, Mr Tomas Rieve. The Prime Minister of Ostland, Ms Ilse Varn, took part.\n\n"
        "After the summit the two leaders made statements to the press:\n\n"
        "PRESIDENT OF THE REPUBLIC: Welcome to Velmar. Today we adopted a Joint Declaration, and "
        "I thank our guest for her patience.\n\n"
        "PRIME MINISTER OF OSTLAND: Thank you, Mr President. Our fleets will sail together.\n\n"
        "In the Joint Declaration, the two leaders, among others:\n\n"
        "- agree to share patrol ships in the strait;\n\n"
        "- support a joint coast guard school.\n\n"
        'The Declaration states that the reef "belongs to those who protect it".\n'
    )
    names = {p.id: p.name for p in s.participants}
    assert sorted(names.values()) == ["Ilse Varn", "Tomas Rieve"]
    turns = [(names.get(q.speaker or ""), q.cue) for q in s.quotes if q.cue and q.cue.isupper()]
    assert turns == [
        ("Tomas Rieve", "PRESIDENT OF THE REPUBLIC"),
        ("Ilse Varn", "PRIME MINISTER OF OSTLAND"),
    ]
    (last,) = [q for q in s.quotes if q.cue == "PRIME MINISTER OF OSTLAND"]
    assert last.text.endswith("Our fleets will sail together.")
    assert [st.issuer for st in s.statements] == [None]


@pytest.mark.parametrize(
    "stamp", ["7:04 PM MYT", "11.45 AM WIB", "Friday, 6 Dec 2047 9:30 PM AEST"]
)
def test_a_clock_time_s_afternoon_and_zone_are_no_prime_minister(stamp: str) -> None:
    s = summitdoc.parse_text(
        "Reef states agree to share patrol ships\n"
        f"{stamp}\n"
        "by ANA RUIZ\n\n"
        "Leaders of the reef states met in Velmar on Friday and agreed to share patrol ships. "
        "Prime Minister Ilan Dorne said the ships would sail in spring.\n"
    )
    assert [p.name for p in s.participants] == ["Ilan Dorne"]
