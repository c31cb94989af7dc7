"""Government readouts and fact sheets: reported speakers, roundtables, launches, statement points.

Each test is a general pattern of such reports in invented wording (names, places and sentences
appear in no report of the corpus).
"""

from __future__ import annotations

import pytest

import summitdoc
from wire_layout import wire_parse

HEAD = "Lake region leaders gather for talks on water and power"


def parse(*lines: str, head: str = HEAD) -> summitdoc.Summit:
    """One paragraph per line after a headline and two long neutral lines."""
    return wire_parse(head, *lines)


def speakers(s: summitdoc.Summit) -> set[str | None]:
    names = {p.id: p.name for p in s.participants}
    return {names.get(sp.speaker) if sp.speaker else None for sp in s.speeches}


def decisions(s: summitdoc.Summit) -> list[tuple[str, str, str | None]]:
    return [(str(d.kind), " ".join(d.text.split()), d.subject) for d in s.decisions]


# -- speeches --------------------------------------------------------------------------------


def test_two_people_as_subject_both_speak() -> None:
    """ "Minister A and Minister B stressed ...": a speech for each of them."""
    s = parse(
        "Water Minister Ilona Varga and Energy Minister Tibor Halasz stressed the cost of "
        "delaying the new dams on the upper river."
    )
    assert {"Ilona Varga", "Tibor Halasz"} <= speakers(s)


def test_listed_subject_with_serial_comma() -> None:
    """ "A, B, and C underscored": the list runs back over its commas."""
    s = parse(
        "Trade Commissioner Odile Marchal, Transport Minister Kofi Mensah, and Housing "
        "Minister Pia Lund underscored the need for cheaper freight on the canals."
    )
    assert {"Odile Marchal", "Kofi Mensah", "Pia Lund"} <= speakers(s)


def test_apposition_between_subject_and_verb() -> None:
    """ "X, chair of Y, noted ...": the subject is before the apposition."""
    s = parse(
        "Senator Rafael Quiroga, chair of the inland shipping committee, noted the growing "
        "traffic of grain barges on the lower canal."
    )
    assert "Rafael Quiroga" in speakers(s)


def test_pronoun_opening_a_paragraph_takes_the_one_person_before() -> None:
    """A paragraph opening "She had earlier warned that" speaks for the one person before."""
    s = parse(
        "Deputy Premier Agnes Holt headed the delegation from the northern provinces.",
        "She had earlier warned that the valley towns could not pay for the pumps.",
    )
    assert "Agnes Holt" in speakers(s)


def test_pronoun_with_two_candidates_is_nobody() -> None:
    """Two people named before a paragraph opening with "He": no guess."""
    s = parse(
        "President Arvo Kask met Chancellor Jonas Rebane in the old town hall.",
        "He later warned that the ferry fares would rise in the spring.",
    )
    assert speakers(s) == set()


def test_unveil_is_reported_speech() -> None:
    """ "took the opportunity to unveil X": a speech of the subject."""
    s = parse("Premier Dagny Solheim took the opportunity to unveil a loan scheme for fishermen.")
    assert "Dagny Solheim" in speakers(s)


# -- meetings --------------------------------------------------------------------------------


def test_hosted_roundtables_make_one_multilateral_meeting() -> None:
    """ "Envoy X hosted two **Investor Roundtables**": one multilateral meeting of X."""
    s = parse(
        "Beside the main sessions, Special Envoy Marta Lindqvist hosted two **Investor "
        "Roundtables** to hear from banks and pension funds."
    )
    names = {p.id: p.name for p in s.participants}
    assert [(str(m.kind), [names[x] for x in m.participants]) for m in s.meetings] == [
        ("multilateral", ["Marta Lindqvist"])
    ]


def test_roundtable_of_a_group_is_no_meeting() -> None:
    """The summit's own roundtable, held by "the leaders", is no side meeting."""
    s = parse("The leaders held a roundtable on river pollution after lunch.")
    assert s.meetings == ()


# -- decisions -------------------------------------------------------------------------------


def test_launch_names_its_subject() -> None:
    """ "launching a Green Harbours Partnership (GHP)": the name is the subject."""
    s = parse("The lake states marked the summit by launching a Green Harbours Partnership (GHP).")
    assert decisions(s) == [
        ("agreement", "launching a Green Harbours Partnership (GHP)", "Green Harbours Partnership")
    ]


def test_set_up_lower_case_body_is_its_subject() -> None:
    """ "set up a joint flood committee to ...": what is set up is the subject."""
    s = parse("The leaders set up a joint flood committee to watch the spring thaw.")
    assert decisions(s) == [
        (
            "establishment",
            "set up a joint flood committee to watch the spring thaw",
            "joint flood committee",
        )
    ]


def test_launch_after_since_is_earlier() -> None:
    """ "Since launching X at our first summit": set up earlier, no decision."""
    s = parse(
        "Since launching the **Wetland Restoration Group** at our first summit, the partners "
        "have mapped every marsh along the border."
    )
    assert decisions(s) == []


def test_coordinated_launch() -> None:
    """ "The Council will expand X and launch a series of workshops on Y": a programme."""
    s = parse(
        "The Lakes Council will expand its flood maps and launch a series of workshops on "
        "irrigation for small farms."
    )
    assert decisions(s) == [
        ("programme", "launch a series of workshops on irrigation for small farms", None)
    ]


def test_initiative_named_after_a_colon() -> None:
    """ "will welcome a new initiative: the X Network (XN)": a programme named after the colon."""
    s = parse(
        "The lake states will welcome a new initiative: the Shoreline Network for Flood "
        "Warning (SNFW)."
    )
    assert decisions(s) == [
        (
            "programme",
            "the Shoreline Network for Flood Warning (SNFW)",
            "Shoreline Network for Flood Warning",
        )
    ]


def test_new_instrument_of_the_members() -> None:
    """ "Through a new **X Memorandum**, the partners will ...": an agreement named by it."""
    s = parse(
        "Through a new **Memorandum of Understanding on River Data**, the partners will share "
        "gauge readings every hour."
    )
    assert decisions(s) == [("agreement", "Memorandum of Understanding on River Data", None)]


def test_new_instrument_of_one_country_is_no_decision() -> None:
    """One country acting through a new fund is its pledge, not the summit's decision."""
    s = parse("Through a new Coastal Relief Fund, Norway will pay for the repairs.")
    assert decisions(s) == []


def test_decided_by_two_banks_is_no_decision() -> None:
    """ "Bank A and Bank B decided to support X": not the summit's decision."""
    s = parse(
        "The Nordic Harbour Bank and the Baltic Export Agency decided to support a "
        "**$40 million credit line** for ferry builders."
    )
    assert decisions(s) == []


# -- statements ------------------------------------------------------------------------------


def test_headline_statement_takes_points_from_the_lead() -> None:
    """A declaration in the headline: the lead's clauses and "The declaration provides that"."""
    s = parse(
        "Mali and Niger signed a river pact on shared water.",
        "The declaration provides that both states will report every dam they plan.",
        head="Lake states adopt the Declaration on Shared Rivers",
    )
    assert [st.topic for st in s.statements] == ["Declaration on Shared Rivers"]
    points = " ".join(s.statements[0].points)
    assert "both states will report every dam they plan" in points


def test_decision_sentence_gives_no_point() -> None:
    """ "The parties agreed to X and took note of Y" after a statement is no point of it."""
    s = parse(
        "The two delegations signed a joint declaration on river navigation.",
        "The parties agreed to renew the fishing accord and took note of the annual report.",
    )
    assert [st.topic for st in s.statements] == ["river navigation"]
    assert s.statements[0].points == ()


def test_linking_adverbial_before_point_subject() -> None:
    """ "In addition, summit participants welcomed X": a point of the statement before it."""
    s = parse(
        "The leaders adopted a joint statement on flood safety. In addition, summit "
        "participants welcomed the new warning sirens."
    )
    assert any("the new warning sirens" in p for p in s.statements[0].points)


def _site(*top: str, end: str = "") -> dict[str, str | None]:
    """The countries of a page's people under the given masthead lines (and an end mark)."""
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    body = (
        "President Amara Kelleh attended the summit of the Lake Basin States in Kisumu on "
        "Friday, where Minister of Water Resources Joseph Tamba signed the basin charter. "
        "Prime Minister Ruth Odhiambo of Kenya welcomed the charter, and Lebanon was "
        "represented by Deputy Speaker Karim Haddad, while President Paul Tumusiime, who could not "
        "travel, was represented by Vice President Moses Kato."
    )
    text = "\n\n".join([*top, "President Kelleh signs the basin charter in Kisumu", body, end])
    return {p.name: p.country for p in sd.parse_text(text + "\n").participants}


@pytest.mark.parametrize(
    "top",
    [
        ("The Presidency", "Republic of Liberia", "Home | News | Speeches"),
        ("Office of the President of Liberia", "Home > News"),
        ("www.emansion.gov.lr", "Press releases"),
    ],
)
def test_a_government_masthead_gives_its_own_officials_its_country(top: tuple[str, ...]) -> None:
    found = _site(*top)
    assert found["Amara Kelleh"] == "Liberia"
    assert found["Joseph Tamba"] == "Liberia"
    assert found["Ruth Odhiambo"] == "Kenya"
    assert found["Karim Haddad"] == "Lebanon"
    assert found["Moses Kato"] is None  # stands in for a leader of another country


def test_a_masthead_outweighs_a_press_release_end_mark() -> None:
    """ "###" closes press releases of many governments, not only the White House's."""
    found = _site("Office of the President", "Republic of Liberia", "Press releases", end="###")
    assert found["Amara Kelleh"] == "Liberia"
    assert found["Joseph Tamba"] == "Liberia"
    assert found["Ruth Odhiambo"] == "Kenya"


def test_a_news_site_gives_no_home_country() -> None:
    found = _site("The Liberian Observer", "Home | Politics | Liberia | World")
    assert found["Amara Kelleh"] is None
    assert found["Joseph Tamba"] is None


def test_a_masthead_above_a_long_menu_gives_its_country() -> None:
    menu = ("Home", "About", "News", "Speeches", "Gallery", "Agenda", "Contact", "Search")
    found = _site("Office of the President of Liberia", *menu, *menu[:6], "Press releases")
    assert found["Amara Kelleh"] == "Liberia"


def test_the_people_who_accompany_the_sites_leader_are_its() -> None:
    """ "The President was accompanied by ...": the members of the home delegation."""
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    lines = (
        "Office of the President of Liberia",
        "Home > News",
        "President Kelleh attends the basin summit in Kisumu",
        (
            "President Amara Kelleh took part in the summit of the Lake Basin States in Kisumu "
            "on Friday. The President was accompanied by Senator Musa Gbessay and Ms Fatu Sirleaf."
        ),
        "Prime Minister Ruth Odhiambo of Kenya was accompanied by Senator Peter Oloo.",
        'Senator Gbessay said the charter was "long in coming".',
    )
    found = {p.name: p.country for p in sd.parse_text("\n\n".join(lines) + "\n").participants}
    assert found["Musa Gbessay"] == "Liberia"
    assert found["Peter Oloo"] == "Kenya"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Malian delegation was made up of Minister Oumar Keita and Ambassador Awa Traore.",
        (
            "Minister Oumar Keita and Ambassador Awa Traore, who accompanied President Ibrahim "
            "Sangare of Mali, spoke first."
        ),
    ],
)
def test_a_delegation_gives_its_members_a_country(sentence: str) -> None:
    s = parse(sentence, "Minister Lars Holm opened the second session.")
    found = {p.name: p.country for p in s.participants}
    assert (found["Oumar Keita"], found["Awa Traore"]) == ("Mali", "Mali")
    assert found["Lars Holm"] is None  # a sentence of its own


_BODY = (
    (
        "President Ilse Marquardt attended the summit of the Alpine Rail States in Bolzano on "
        "Thursday. She held talks with Prime Minister Karl Vesely of Czechia on freight tolls."
    ),
    "The President was accompanied by Transport Minister Otto Brenner.",
)


def _page(
    *top: str, head: str = "President Marquardt attends the Alpine Rail summit"
) -> summitdoc.Summit:
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    return sd.parse_text("\n\n".join([*top, head, *_BODY]) + "\n")


@pytest.mark.parametrize(
    ("date_line", "date"),
    [
        ("Jueves, 14 de mayo de 2037", "2037-05-14"),
        ("Kamis, 14 Mei 2037", "2037-05-14"),
        ("14. Mai 2037", "2037-05-14"),
        ("jeudi 14 mai 2037 - 10:15", "2037-05-14"),
    ],
)
def test_a_date_line_in_the_sites_language(date_line: str, date: str) -> None:
    s = _page("Gobierno de Austria", "Inicio", "Noticias", "Inicio > Noticias", date_line)
    assert s.title == "President Marquardt attends the Alpine Rail summit"
    assert str(s.date) == date


def test_a_sites_notice_over_its_menu_is_not_the_headline() -> None:
    """A notice over the menu, a search box, and a row of share buttons under the headline."""
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    top = (
        "An official website of the Austrian Government",
        "How to check",
        "Official pages end in .gv.at",
        "Federal Chancellery of Austria",
        *("Home", "News", "Search...", "Home", "News"),
    )
    head = ("President Marquardt attends the Alpine Rail summit", "14 May 2037")
    share = ("Share", "Facebook", "X", "LinkedIn", "Telegram", "WhatsApp", "Email", "Print")
    s = sd.parse_text("\n\n".join((*top, *head, *share, *_BODY)) + "\n")
    assert s.title == "President Marquardt attends the Alpine Rail summit"
    assert str(s.date) == "2037-05-14"


def test_the_sites_own_head_is_the_one_it_follows() -> None:
    """A guest named in the headline does not take the place of the site's own president."""
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    lines = (
        "Office of the President of the Republic of Austria",
        "Home > News > Meetings",
        "Head of State holds talks with Prime Minister of Czechia Karl Vesely",
        (
            "On the margins of the Alpine Rail summit in Bolzano, Austrian President Ilse "
            "Marquardt held talks with Prime Minister of Czechia Karl Vesely."
        ),
        'Karl Vesely said the tolls were "too high for everyone".',
        "The Head of State also met Prime Minister of Slovenia Mojca Vidmar.",
    )
    s = sd.parse_text("\n\n".join(lines) + "\n")
    names = {p.id: p.name for p in s.participants}
    pairs = {frozenset(names[x] for x in m.participants) for m in s.meetings}
    assert frozenset({"Ilse Marquardt", "Mojca Vidmar"}) in pairs


def test_a_long_masthead_over_a_menu_and_a_breadcrumb_is_not_the_headline() -> None:
    s = _page(
        "Organisation of the Alpine States for Rail and Road",
        "Secretariat",
        "Home",
        "About",
        "News",
        "Contact Us",
        "Home > News",
        head="Alpine summit: leaders approve a rail toll union and a freight timetable",
    )
    assert s.title == "Alpine summit: leaders approve a rail toll union and a freight timetable"


def test_a_site_s_long_tagline_over_its_menu_and_trail_is_not_the_headline() -> None:
    s = _page(
        "DE | EN",
        "Bundespraesident.at",
        "Official portal of the Federal President of the Republic of Austria",
        "The Office",
        "Press",
        "Home page » Press » Foreign visits",
        head="Alpine leaders agree a rail toll union at the Bolzano summit",
    )
    assert s.title == "Alpine leaders agree a rail toll union at the Bolzano summit"
    assert {p.name: p.country for p in s.participants}["Otto Brenner"] == "Austria"


@pytest.mark.parametrize(
    "under",
    [
        ("Date: 09/05/2037",),  # day and month unsure: a date line all the same
        ("Date Posted: 14 May 2037",),
        ("Views: 3 210",),
        # the story's points in brief, under a photo's caption with no credit
        (
            "President Ilse Marquardt speaking at the Alpine Rail summit in Bolzano",
            "• Austria takes over the rail chairmanship from Slovenia",
            "• Freight timetable adopted for the Brenner line",
        ),
    ],
)
def test_lines_under_a_government_headline_are_no_standfirst(under: tuple[str, ...]) -> None:
    import summitdoc as sd  # noqa: PLC0415 - a runtime import in a module that imports it for types

    head = "Alpine leaders agree a rail toll union at the Bolzano summit"
    top = (
        *("Deutsch | Ladin | English", "Presidential Media Office"),
        *("Federal Democratic Republic of the Alps", "Home", "News", "Media Releases"),
        *("Speeches", "Gallery", "Contact Us", "Home » News » Media Releases"),
    )
    lines = (*top, "14 May 2037", head, *under)
    s = sd.parse_text("\n\n".join([*lines, *_BODY]) + "\n")
    assert s.title == head
    assert s.subtitle is None


@pytest.mark.parametrize("title", ["the Head of State", "the President", "the Prime Minister"])
def test_a_government_page_s_bare_title_is_its_own_leader_not_a_guest(title: str) -> None:
    """The Presidency of Ghana's page never names its own leader; its guests are named."""
    s = summitdoc.parse_text(
        "The Presidency\n\nRepublic of Ghana\n\nHome | News | Speeches | Contact\n\n"
        "Lake Volta summit closes in Accra\n\n"
        "Accra, 4 May 2037 - The summit brought together President Edem Kpodar of Togo and "
        "Prime Minister Awa Sangaré of Burkina Faso, who praised the basin's fishing "
        "communities.\n\n"
        f'"The lake feeds us all, and we will guard it together," {title} said.\n'
    )
    [q] = [q for sp in s.speeches for q in sp.quotes]
    assert q.speaker is None


def test_a_government_page_s_bare_title_is_no_organisation_s_official() -> None:
    s = summitdoc.parse_text(
        "The Presidency\n\nRepublic of Ghana\n\nHome | News | Speeches | Contact\n\n"
        "Lake Volta summit closes in Accra\n\n"
        "Accra, 4 May 2037 - The President of the ECOWAS Commission, Omar Touré, presented the "
        "basin's water report to the summit.\n\n"
        '"The lake feeds us all, and we will guard it together," the Head of State said.\n'
    )
    assert any(p.organisation for p in s.participants)
    [q] = [q for sp in s.speeches for q in sp.quotes]
    assert q.speaker is None
