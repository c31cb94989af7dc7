"""Quote attribution beyond "X said": the subject of the reporting cue, before or after."""

from __future__ import annotations

import pytest

import summitdoc
from wire_layout import wire_parse

HEAD = "Lake states agree on shared fishing rules"
LEAD = (
    "Leaders of the Great Lakes Council met in Kisumu on Friday. President Amina Odhiambo, "
    "Prime Minister Tomas Berg and President Luis Carrera attended."
)


def speaker_of(line: str, fragment: str) -> str | None:
    s = wire_parse(HEAD, LEAD, line)
    people = {p.id: p.name for p in s.participants}
    (q,) = [q for q in s.quotes if fragment in q.text]
    return people.get(q.speaker or "")


@pytest.mark.parametrize(
    ("line", "fragment", "who"),
    [
        # "According to X, “...”": X is the source of the words.
        (
            "According to President Luis Carrera, “the lake is a shared larder, not a prize.”",
            "shared larder",
            "Luis Carrera",
        ),
        # An apposition subject, its verb after a predicate: "The host, X, opened ... by calling".
        (
            (
                "The host, Kenyan President Amina Odhiambo, closed the talks by calling the rules "
                "“a truce between fleets”."
            ),
            "truce between fleets",
            "Amina Odhiambo",
        ),
        # A fronted participle: "Speaking to the plenary, X described ...".
        (
            (
                "Speaking to the plenary, Prime Minister Tomas Berg described the deal as “the end of "
                "the net wars”."
            ),
            "net wars",
            "Tomas Berg",
        ),
        # A description before the named apposition: "The council's chair, X, told ...".
        (
            (
                "The council's chair, President Luis Carrera, told delegates that the quotas were "
                "“fair to the smallest boat”."
            ),
            "smallest boat",
            "Luis Carrera",
        ),
        # "“A,” X said, adding that ...": the first half keeps its own attribution.
        (
            (
                "“We counted every fish,” Prime Minister Tomas Berg said, adding that inspectors "
                "would “board without warning”."
            ),
            "counted every fish",
            "Tomas Berg",
        ),
        # A participle after the quote continues the sentence; the subject is before it.
        (
            (
                "President Amina Odhiambo insisted that the rules were “binding on all”, warning "
                "that fleets would be checked."
            ),
            "binding on all",
            "Amina Odhiambo",
        ),
        # A name holding a reporting verb's form: "Said" in "Hamid bin Said Al Said".
        (
            (
                "Opening the session, Sultan Hamid bin Said Al Said described the rules as “a net "
                "cast wide enough for all”."
            ),
            "net cast wide",
            "Hamid bin Said Al Said",
        ),
        # A sentence opening with "According to X," reports X's words, quoted inside it.
        (
            (
                "According to Carrera, the council can now move “from promises to patrols” on "
                "the lake."
            ),
            "promises to patrols",
            "Luis Carrera",
        ),
        (
            (
                "Prime Minister Tomas Berg spoke last. According to him, the fleets were "
                "“tired of waiting for rules”."
            ),
            "tired of waiting",
            "Tomas Berg",
        ),
        # A relative clause whose verb reports: its subject is the person before the comma.
        (
            (
                "President Luis Carrera was kept at home by floods and sent Trade Minister Rosa "
                "Quispe, who assured the delegates that Lima would sign “before the rains end”."
            ),
            "before the rains",
            "Rosa Quispe",
        ),
        (
            (
                "The closing session was led by Prime Minister Tomas Berg, who later told "
                "reporters the rules were “late but welcome”."
            ),
            "late but welcome",
            "Tomas Berg",
        ),
        # A relative clause between the subject and its own reporting verb.
        (
            (
                "President Amina Odhiambo, who chaired the session, told Prime Minister Tomas "
                "Berg that the quotas were “fair to every shore”."
            ),
            "fair to every shore",
            "Amina Odhiambo",
        ),
    ],
)
def test_the_cue_names_the_speaker(line: str, fragment: str, who: str) -> None:
    assert speaker_of(line, fragment) == who


def test_single_quotation_marks_hold_quotes_where_apostrophes_do_not() -> None:
    """British style: ‘...’ and '...' are quotes; "states’ duty" and "don't" are apostrophes.

    A quote running over paragraphs is reopened by a mark at the next one's start; a double
    quote nested in a single one is part of it; a headline of another story, not ending as a
    sentence, is no quote.
    """
    s = wire_parse(
        "Island states close the Apia forum",
        "Prime Minister Lealofi Tuimavave opened the forum of Pacific island states on Monday.",
        "‘This forum was about delivery. We don’t want more plans.",
        "‘Our task now is to fund the sea wall programme.’",
        (
            "‘It is every member states’ duty to pay,’ Mr Tuimavave said, adding that the "
            "islands’ voice had to be heard ‘in every hall where money is counted’."
        ),
        "'The words \"loss and damage\" must mean money,' President Maka Loto told reporters.",
        "Fund must 'pay its way', says island chief",
    )
    people = {p.id: p.name for p in s.participants}
    got = {q.text: people.get(q.speaker or "") for q in s.quotes}
    assert got == {
        "This forum was about delivery. We don’t want more plans.": "Lealofi Tuimavave",
        "Our task now is to fund the sea wall programme.": "Lealofi Tuimavave",
        "It is every member states’ duty to pay,": "Lealofi Tuimavave",
        "in every hall where money is counted": "Lealofi Tuimavave",
        'The words "loss and damage" must mean money,': "Maka Loto",
    }


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"'), ("«", "»")])
def test_a_quote_reopened_over_paragraphs_is_one_quote(opening: str, closing: str) -> None:
    lines = (
        "Lagoon states agree a ferry fund",
        "President Ana Ruiz of Peru opened the lagoon summit in Velmar on Friday.",
        f"{opening}The ferries are our roads. Without them the islands are cut off for weeks.",
        f"{opening}This fund ends that, and it starts in spring,{closing} Ruiz told the leaders.",
        "The summit then moved on to fisheries.",
    )
    s = summitdoc.parse_text("\n\n".join(lines) + "\n")
    texts = [(q.text, q.speaker) for q in s.quotes]
    first = "The ferries are our roads. Without them the islands are cut off for weeks."
    second = f"{opening}This fund ends that, and it starts in spring,"
    assert texts == [(f"{first}\n\n{second}", "ana-ruiz")]


def test_a_headline_introducing_a_transcript_s_speaker_by_title_names_them() -> None:
    s = summitdoc.parse_text(
        "Statement by the Premier, Tavita Lealaiauloto, after the Reef Council summit\n\n"
        "Published on: 12 May 2037\n\n"
        "The Premier: Good evening. Today the eight reef states agreed to pool their patrol "
        "boats and to share catch data every month.\n\n"
        "We also asked the council's secretariat to draft a fisheries charter before the next "
        "summit.\n\n"
        "Question (Reef Radio): Premier, when will the boats be pooled?\n\n"
        "The Premier: Before the cyclone season begins. Thank you all.\n"
    )
    people = {p.name: p for p in s.participants}
    assert "Tavita Lealaiauloto" in people
    answers = [q for sp in s.speeches for q in sp.quotes if not q.text.startswith("Premier,")]
    assert [q.speaker for q in answers] == [people["Tavita Lealaiauloto"].id] * 2


_HOME_PAGE = (
    "The Presidency\n\nRepublic of Ghana\n\nHome | News | Speeches | Contact\n\n"
    "Lake Volta summit: leaders hand the chair to Togo\n\n"
    "Accra, 4 May 2037 - The President of the Republic, H.E. Mr. Kwaku Asante-Mensah, hosted "
    "the Lake Volta Basin summit in Accra on Monday.\n\n"
    "The summit brought together H.E. Mr. Edem Kpodar, President of the Republic of Togo, "
    "and H.E. Mrs. Awa Sangaré, President of Burkina Faso. President Kpodar thanked his hosts "
    "and President Kpodar praised the basin's fishing communities.\n\n"
    "{closing}\n"
)


def test_a_government_page_follows_its_own_leader_titled_without_a_country() -> None:
    s = summitdoc.parse_text(
        _HOME_PAGE.format(
            closing='"The lake feeds us all, and we will guard it together," the Head of State '
            "said."
        )
    )
    people = {p.name: p for p in s.participants}
    assert people["Kwaku Asante-Mensah"].country == "Ghana"
    [q] = [q for sp in s.speeches for q in sp.quotes]
    assert q.speaker == people["Kwaku Asante-Mensah"].id


def test_a_quote_whose_comma_stands_after_its_guillemet_is_not_the_leader_s_by_context() -> None:
    """ "« ... », the incoming chair told his peers, pledging ...": the cue names someone the
    page never identifies, so the quote is nobody's, not the words of the page's leader."""
    closing = (
        "« I accept this chair with humility », the incoming chair told his peers, pledging "
        'to make the lake "a road and not a wall".'
    )
    page = _HOME_PAGE.replace(
        "Lake Volta summit: leaders hand the chair to Togo",
        "President Asante-Mensah hosts Lake Volta summit",
    )
    s = summitdoc.parse_text(page.format(closing=closing))
    quotes = [q for sp in s.speeches for q in sp.quotes]
    assert quotes
    assert all(q.speaker is None for q in quotes)


def quotes_of(*lines: str) -> dict[str, str | None]:
    """Each quote's first words and its speaker's name."""
    s = wire_parse("Basin leaders sign flood pact", *lines)
    people = {p.id: p.name for p in s.participants}
    return {" ".join(q.text.split()[:3]): people.get(q.speaker or "") for q in s.quotes}


@pytest.mark.parametrize("address", ["Ms.", "Gen.", "Prof.", "Sen."])
def test_a_short_form_of_address_with_its_full_stop_opens_the_cue(address: str) -> None:
    got = quotes_of(
        "Leaders of the Volta states met in Tamale on Monday with envoy Marguerite Oduya-Blay.",
        f"“Money for the dams is ready,” {address} Oduya-Blay said after the talks.",
    )
    assert got == {"Money for the": "Marguerite Oduya-Blay"}


@pytest.mark.parametrize(
    "description", ["the Ghanaian head of state", "the Ghanaian premier", "the foreign minister"]
)
def test_a_description_by_kind_of_office_names_its_one_holder(description: str) -> None:
    role = "Foreign Minister" if "foreign" in description else "President"
    if "premier" in description:
        role = "Prime Minister"
    got = quotes_of(
        f"Ghana's {role} Kwesi Mensah-Arthur and Togo's Trade Minister Abla Kpodar attended the "
        "summit in Tamale on Monday.",
        f"“The river does not stop at the border,” {description} told reporters.",
    )
    assert got == {"The river does": "Kwesi Mensah-Arthur"}


def test_a_description_set_beside_a_name_is_that_person_s_later_on() -> None:
    got = quotes_of(
        "The outgoing chairperson, President Kwesi Mensah-Arthur, handed over to Togo's "
        "President Abla Kpodar at the summit in Tamale on Monday.",
        "“We leave the basin fund in good hands,” the outgoing chairperson said.",
    )
    assert got == {"We leave the": "Kwesi Mensah-Arthur"}


def test_a_bare_office_names_the_one_holder_named_so_far_not_a_later_one() -> None:
    got = quotes_of(
        "Foreign Minister Kwesi Mensah-Arthur opened the ministerial meeting in Tamale on Monday "
        "and said the basin was “drying by the decade”.",
        "“No dam is built by one country,” the foreign minister told the delegations.",
        "Togo's Foreign Minister Abla Kpodar, who takes over the chair, said the fund was “a "
        "start”.",
    )
    assert got == {
        "drying by the": "Kwesi Mensah-Arthur",
        "No dam is": "Kwesi Mensah-Arthur",
        "a start": "Abla Kpodar",
    }


@pytest.mark.parametrize(
    "opening",
    [
        "Outgoing chair of the board, Togo's President Abla Kpodar,",
        "The outgoing chairperson of the authority, Togolese President Abla Kpodar,",
    ],
)
def test_a_pronoun_follows_a_description_set_before_a_titled_name(opening: str) -> None:
    got = quotes_of(
        "President Kwesi Mensah-Arthur opened the summit in Tamale on Monday and said the basin "
        "was “drying by the decade”.",
        f"{opening} thanked the hosts for the boats. “Our farmers noticed,” she said.",
    )
    assert got == {"drying by the": "Kwesi Mensah-Arthur", "Our farmers noticed,": "Abla Kpodar"}


def test_a_king_is_no_prime_minister() -> None:
    got = quotes_of(
        "Prime Minister Kwesi Mensah-Arthur, who represented the King at the summit in Tamale, "
        "signed the flood pact on Monday.",
        "“May the river bring peace,” the King wrote in a message read to the leaders.",
    )
    assert got == {"May the river": None}


@pytest.mark.parametrize(
    ("lede", "who"),
    [
        (
            (
                "The talks in Tamale were chaired by the Sultan of Varna, His Majesty Sultan "
                "Idris Farouk, with Ghana's President Kwesi Mensah-Arthur beside him."
            ),
            "Idris Farouk",
        ),
        # A form of address set before two people's names means neither of them.
        (
            (
                "His Excellency President Kwesi Mensah-Arthur welcomed His Excellency Emir "
                "Idris Farouk to the talks in Tamale on Monday."
            ),
            None,
        ),
    ],
)
def test_a_form_of_address_alone_names_the_one_person_it_was_set_before(
    lede: str, who: str | None
) -> None:
    form = "His Majesty" if "Majesty" in lede else "His Excellency"
    got = quotes_of(lede, f"Closing the session, {form} said the basin would “never go dry again”.")
    assert got == {"never go dry": who}


def test_a_bare_office_names_its_one_holder_given_in_full_not_an_absent_one() -> None:
    got = quotes_of(
        "Leaders of the Volta states met in Tamale on Monday and paid tribute to the late former "
        "Executive Secretary Dr. Kofi Asante-Mensah, who died in May. The Executive Secretary of "
        "the Authority, Marguerite Oduya-Blay, presented the report.",
        "The Executive Secretary thanked the donors and warned that “dams do not pay for "
        "themselves”.",
    )
    assert got == {"dams do not": "Marguerite Oduya-Blay"}


def test_the_minister_stays_the_report_s_own_when_several_hold_a_ministry() -> None:
    s = wire_parse(
        "Norland's finance minister urges basin bank to lend more",
        "Norland's Minister of Finance Ola Dahlberg addressed the governors of the Volta Basin "
        "Bank in Tamale on Monday, alongside Ghana's Minister of Trade Kwesi Mensah-Arthur and "
        "Togo's Minister of Planning Abla Kpodar.",
        "“Lending must follow need,” the minister said.",
    )
    people = {p.id: p.name for p in s.participants}
    (q,) = s.quotes
    assert people.get(q.speaker or "") == "Ola Dahlberg"


def test_a_dateline_in_capitals_with_a_colon_opens_no_turn() -> None:
    s = wire_parse(
        "Coastal states add cyber drills to their pact",
        "ATHENS: Defence ministers of the coastal states on Friday agreed to add cyber drills to "
        "their joint exercises, as the pact marks its 40th year.",
        "READ: Navies of the coastal states train off Crete",
        "Defence Minister Ines Barova said the pact had lasted because it kept changing.",
        '"Forty years ago nobody imagined this," Dr Barova told reporters. "We have never stood '
        'still."',
    )
    assert [q.cue for q in s.quotes if q.cue == "ATHENS"] == []
    assert [q.speaker for q in s.quotes] == ["ines-barova", "ines-barova"]


def test_a_related_news_line_is_no_section_heading() -> None:
    s = wire_parse(
        "Coastal states add cyber drills to their pact",
        "Defence ministers of the coastal states on Friday agreed to add cyber drills to their "
        "joint exercises.",
        "Related news: Navies of the coastal states train off Crete",
        '"Forty years ago nobody imagined this," Defence Minister Ines Barova told reporters.',
    )
    assert [sp.topic for sp in s.speeches] == [None]


def test_a_keywords_line_without_a_colon_is_furniture() -> None:
    s = wire_parse(
        "Coastal states add cyber drills to their pact",
        "Defence Minister Ines Barova said the pact had lasted because it kept changing.",
        "Tarsk hosted the drills, and Tarsk will host the next ones.",
        "KEYWORDS Tarsk, Ines Barova, Vel, fisheries",
    )
    assert [p.name for p in s.participants] == ["Ines Barova"]


@pytest.mark.parametrize(
    ("lines", "fragment", "who"),
    [
        # A possessive names the source: "In her view, “...”".
        (
            (
                (
                    "The President of Ghana Efua Mensah spoke of the fishing season. In her view, "
                    "“the lake cannot feed us all if we keep fishing the same way”."
                ),
            ),
            "the lake cannot feed",
            "Efua Mensah",
        ),
        # A speech's modifier makes "address" a noun: the verb is "recalled".
        (
            (
                (
                    "In his farewell address, the outgoing chair, President Luis Carrera, recalled "
                    "that the council was founded “to share one lake as one people”."
                ),
            ),
            "to share one lake",
            "Luis Carrera",
        ),
        # A demonym two countries share fits the one participant of either.
        (
            (
                "The President of the Republic of the Congo Jean Mabiala opened the session.",
                "“The river is our road,” the Congolese leader said.",
            ),
            "The river is our road",
            "Jean Mabiala",
        ),
        # A description apposed to a name gives the name its country, and the same description
        # later refers to that person.
        (
            (
                (
                    "President Amina Odhiambo was welcomed by her Tanzanian counterpart, President "
                    "Juma Mrisho, at the airport."
                ),
                "“Our ports are open,” the Tanzanian Head of State declared.",
            ),
            "Our ports are open",
            "Juma Mrisho",
        ),
    ],
)
def test_sources_named_by_possessives_modifiers_and_shared_demonyms(
    lines: tuple[str, ...], fragment: str, who: str
) -> None:
    s = wire_parse(HEAD, LEAD, *lines)
    people = {p.id: p.name for p in s.participants}
    (q,) = [q for q in s.quotes if fragment in q.text]
    assert people.get(q.speaker or "") == who


def test_the_head_of_state_with_a_demonym_is_the_page_s_own_leader() -> None:
    s = wire_parse(
        "The Head of State at the lake summit",
        "President Ivo Marin took part in the summit of the Lake Council in Kisumu on Friday.",
        "The Cameroonian Head of State noted that the roads remain the lungs of the region. "
        "“We will be judged by the roads we build,” he said.",
    )
    (marin,) = [p for p in s.participants if p.name == "Ivo Marin"]
    assert marin.country == "Cameroon"
    assert [q.speaker for q in s.quotes] == [marin.id]


@pytest.mark.parametrize(
    "line",
    [
        # A clip's label with its running time, set among the paragraphs by a video player.
        "Watch: Defence minister speaks to reporters after the drills 01:47",
        "VIDEO | Navies of the coastal states sail past Crete 1:02:09",
        # A "read more" box: its label and the linked story's title on one line, no colon.
        "READ MORE Navies of the coastal states train off Crete",
    ],
)
def test_a_clip_label_or_a_read_more_box_is_no_section_heading(line: str) -> None:
    s = wire_parse(
        "Coastal states add cyber drills to their pact",
        "Defence ministers of the coastal states on Friday agreed to add cyber drills to their "
        "joint exercises.",
        '"Forty years ago nobody imagined this," Defence Minister Ines Barova told reporters.',
        line,
        '"We have never stood still," Dr Barova said.',
    )
    assert [sp.topic for sp in s.speeches] == [None]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        # The verb before its subject between the halves: the cue reports both.
        (
            "“Fish know no borders,” said Prime Minister Tomas Berg, “and neither can our nets.”",
            "neither can our nets",
        ),
        (
            "“The rules are late,” argued Mr Berg at the closing session, “but they are fair.”",
            "they are fair",
        ),
        # The cue goes on past the subject and governs a fragment of the second half.
        (
            (
                "“We share one lake,” said Tomas Berg, adding that quotas would be "
                "“reviewed every spring by all three states”."
            ),
            "reviewed every spring",
        ),
    ],
)
def test_second_half_of_a_verb_first_split_quote(line: str, fragment: str) -> None:
    assert speaker_of(line, fragment) == "Tomas Berg"


@pytest.mark.parametrize("opening", ["With", "Alongside"])
def test_a_name_in_a_fronted_phrase_is_not_the_pronoun_s(opening: str) -> None:
    # "With X, he toured ...": X stands in the phrase; "he" is the one named before, and so is
    # the "he" of the next sentence's quote.
    quotes = quotes_of(
        "Prime Minister Tomas Vilkaitis-Berg opened the session on Monday.",
        f"{opening} President Ana Sorel-Duarte, he later toured the new container port. “We "
        "will build the second quay here,” he said.",
    )
    assert quotes == {"We will build": "Tomas Vilkaitis-Berg"}


def test_a_fronted_time_phrase_keeps_its_subject() -> None:
    # No comma closes the phrase: the name after it is the subject.
    quotes = quotes_of(
        "Prime Minister Tomas Vilkaitis-Berg opened the session on Monday.",
        "During Expo Week President Ana Sorel-Duarte toured the new container port. “We will "
        "build the second quay here,” she said.",
    )
    assert quotes == {"We will build": "Ana Sorel-Duarte"}


def test_demonym_and_a_bare_office_noun_name_the_minister_not_the_head_of_government() -> None:
    found = quotes_of(
        "Prime Minister Eeva Rantala of Finland and Fisheries Minister Jonas Berglund of Sweden "
        "met Swedish Prime Minister Karl Holm in Umeå on Friday.",
        "The Swedish minister said the quotas were “a fair compromise for the coastal villages”.",
    )
    assert found["a fair compromise"] == "Jonas Berglund"


def test_country_and_head_noun_describe_a_minister_with_a_portfolio() -> None:
    got = quotes_of(
        "Minister of Fisheries, Lagoons and Reefs Tomasi Vakaloa of Fiji met the Tongan "
        "Prime Minister Sione Fifita.",
        '"The reefs do not wait for us," the Fijian minister said.',
    )
    assert got["The reefs do"] == "Tomasi Vakaloa"


@pytest.mark.parametrize(
    "teaser",
    [
        "ALSO READ | Ferry fares to rise on the lake from May",
        "READ | Ferry fares to rise on the lake from May",
    ],
)
def test_an_inline_teaser_for_another_story_is_no_section_heading(teaser: str) -> None:
    s = wire_parse(
        "Lake leaders agree ferry pact",
        "What the leaders agreed",
        "The three presidents agreed to run a joint ferry service across the lake from June.",
        teaser,
        'Ferry board chairman Okello Wanyama said the boats would be ready "before the rains".',
    )
    (speech,) = [x for x in s.speeches if x.quotes]
    assert speech.topic == "What the leaders agreed"


def test_the_headlines_under_next_on_an_outlet_are_no_quotes() -> None:
    s = wire_parse(
        "Lake leaders agree ferry pact",
        'Ferry board chairman Okello Wanyama said the boats would be ready "before the rains".',
        "Next on Kivu Today",
        "Kisumu's Wanyama: 'Fares will not rise'",
        "Ferry fares to rise on the lake from May",
    )
    assert [q.text for q in s.quotes] == ["before the rains"]


def test_a_government_pages_bare_office_names_its_own_holder_not_a_guests() -> None:
    # PIB style: "Prime Minister said", no article, with other countries' prime ministers
    # named: the page's own, titled without a country, is meant.
    s = summitdoc.parse_text(
        "Office of the Prime Minister\n\nMalta\n\nHome | News | Speeches | Contact\n\n"
        "Prime Minister attends Mediterranean ports summit in Athens\n\n"
        "Athens, 9 June 2038 - Prime Minister Mr. Joseph Camilleri took part in the "
        "Mediterranean ports summit hosted by Greece in Athens today. The summit was chaired "
        "by the Prime Minister of Greece, Mr. Nikos Andreou.\n\n"
        "The Prime Minister of Cyprus, Mr. Andreas Georgiou, also addressed the opening.\n\n"
        '"Our ports are the road to our future," Prime Minister said in his address.\n'
    )
    people = {p.name: p for p in s.participants}
    [q] = [q for sp in s.speeches for q in sp.quotes]
    assert q.speaker == people["Joseph Camilleri"].id


def test_a_bare_office_does_not_name_a_deputy_holding_it_in_a_longer_title() -> None:
    # The deputy is the page's main figure, but "the Prime Minister" is not their office.
    s = summitdoc.parse_text(
        "Dr. Vella hosts Mediterranean ports talks\n\n"
        "Valletta, 9 June 2038 - The conference was opened by the Prime Minister, Mr. Joseph "
        "Camilleri, who welcomed the delegations in Valletta on Monday.\n\n"
        "The Prime Minister of Greece, Mr. Nikos Andreou, and the Deputy Prime Minister and "
        "Minister for Foreign Affairs, Dr. Clara Vella, also addressed the opening session.\n\n"
        "Dr. Vella later chaired the working session on ferry links and port fees.\n\n"
        '"Our ports are the road to our future," the Prime Minister said in his opening speech.\n'
    )
    [q] = [q for sp in s.speeches for q in sp.quotes]
    assert q.speaker is None  # two prime ministers, neither the deputy


def test_the_minister_is_no_prime_minister() -> None:
    got = quotes_of(
        "Prime Minister Tevita Lolo opened the meeting, which was chaired by the Minister for "
        "Ports, Ana Moala, and Minister for Energy Sione Fifita.",
        "“We start today,” said the minister.",
    )
    assert got == {"We start today,": None}


def test_the_minister_after_a_sentence_naming_one_minister() -> None:
    # No one holds the bare title "Minister", the host is a president, and another minister is
    # named later: the lower-case description means the one minister just named.
    got = quotes_of(
        "President Ines Valdivia opened the basin summit in Tarija on Monday.",
        "Minister of Water Resources Hugo Peralta, who led the host delegation, presented the "
        "new flood maps.",
        "“The maps show every village at risk,” said the minister.",
        "Paraguay was represented by Minister of Public Works Clara Benítez.",
    )
    assert got["The maps show"] == "Hugo Peralta"


def test_the_minister_after_a_sentence_naming_two_ministers_is_nobody() -> None:
    got = quotes_of(
        "President Ines Valdivia opened the basin summit in Tarija on Monday.",
        "Minister of Water Resources Hugo Peralta and Minister for Public Works Clara Benítez "
        "presented the new flood maps.",
        "“The maps show every village at risk,” said the minister.",
    )
    assert got["The maps show"] is None


def test_a_lower_case_title_after_another_holder_is_named_is_not_the_main_figure() -> None:
    found = quotes_of(
        "LUGANO – Ministers of the lake states met on Thursday under the chairmanship of Federal "
        "Councillor Ursula Brandt.",
        "Andorra's delegation was led by Pere Casals, Minister for Public Works and the "
        "Environment. The Spanish Minister for Water, Lucia Ferrer, was unable to attend.",
        "Andorra's minister, for his part, pointed out that the principality had halved its "
        "water losses.",
        "At the end of the conference, Councillor Brandt handed over the presidency to Slovenian "
        'Minister of Natural Resources Tina Kovač. "We take over with a full agenda," the '
        "minister said.",
    )
    assert found["We take over"] == "Tina Kovač"


def test_a_title_held_by_someone_named_only_later_does_not_take_the_cue() -> None:
    found = quotes_of(
        "MAUN – Transport ministers of Namibia, Botswana and Zambia on Friday agreed to a single "
        "transit permit.",
        "Namibia's Minister of Works and Transport, Anna Shikongo, who led the delegation, said "
        'the corridor was losing business. "A driver fills in the same form five times," the '
        "minister said.",
        "Botswana's Minister of Transport, Kabelo Dube, who hosted the meeting, agreed.",
        "Zambia was represented by Deputy Minister of Transport Mwila Banda, after Minister Rose "
        "Phiri withdrew to attend a Cabinet meeting.",
    )
    assert found["A driver fills"] == "Anna Shikongo"


def test_a_leader_by_demonym_is_the_leader_named_before_not_a_minister_of_that_country() -> None:
    s = wire_parse(
        "Basin leaders sign flood pact",
        "Peru's Minister of Water, Rosa Quispe Mamani, chaired the technical session.",
        "Opening the summit, President Tomas Villca Condori said the basin could not wait.",
        '"Our rivers do not stop at borders," the Peruvian leader said. "Neither should we."',
    )
    people = {p.id: p for p in s.participants}
    assert {people[q.speaker].name for q in s.quotes if q.speaker} == {"Tomas Villca Condori"}
    assert people[s.quotes[0].speaker].country == "Peru"


def test_a_leader_by_demonym_is_no_head_of_a_bank() -> None:
    assert quotes_of(
        "The bank's executive president, Ana Solis Mejia, opened the session.",
        '"We are ready to lend," the Guatemalan leader told reporters.',
    ) == {"We are ready": None}


def test_a_head_of_state_is_no_minister_elected_to_chair_a_council() -> None:
    s = wire_parse(
        "Basin leaders sign flood pact",
        "The Council elected Belize's Minister of Health, Dr. Rosa Cal, as its President.",
        "President Omar Briceno opened the session on Monday.",
        '"We are proud to host you," the Head of State said.',
    )
    people = {p.id: p for p in s.participants}
    (q,) = s.quotes
    assert q.speaker is None or people[q.speaker].name == "Omar Briceno"
    assert "its President" not in {a for p in s.participants for a in p.aliases}


def test_a_leader_by_demonym_after_a_preposition_is_someone_else() -> None:
    s = wire_parse(
        "Lake states agree on fisheries code",
        "President Samia Hassan opened the lake summit in Mwanza on Monday.",
        "Kenya's Trade Minister Rebecca Miano read out a message from the Kenyan leader.",
        "Hassan later sent her greetings to the Ugandan leader.",
    )
    (hassan,) = (p for p in s.participants if p.name == "Samia Hassan")
    assert hassan.country is None
    assert hassan.aliases == ()


def test_a_leader_by_demonym_is_a_president_of_the_republic_whose_country_was_left_out() -> None:
    s = wire_parse(
        "Coastal states agree on fisheries code",
        "The President of the Republic, Alassane Kone, opened the coastal summit on Monday.",
        '"Our waters are one," the Ivorian leader said.',
    )
    (kone,) = s.participants
    assert kone.country == "Ivory Coast"
    assert [q.speaker for q in s.quotes] == [kone.id]


def test_a_leader_by_demonym_resolved_late_gives_its_country_too() -> None:
    s = wire_parse(
        "Coastal states agree on fisheries code",
        "President Ana Diaz and President Obiang Mba met in Valparaiso on Monday.",
        "Diaz welcomed her Equatorial Guinean counterpart, President Obiang Mba, at the palace.",
        '"Our oceans are one," the Chilean leader said.',
    )
    people = {p.name: p for p in s.participants}
    assert [q.speaker for q in s.quotes] == [people["Ana Diaz"].id]
    assert people["Ana Diaz"].country == "Chile"


@pytest.mark.parametrize(
    ("intro", "cue", "name"),
    [
        (
            "Chile's Deputy Minister of Mining Tomás Ureta Vial opened the second session.",
            "the Chilean deputy minister told the delegates",
            "Tomás Ureta Vial",
        ),
        (
            "Norway's Vice Fisheries Minister Sigrid Haugland Moe opened the second session.",
            "the Norwegian vice minister said",
            "Sigrid Haugland Moe",
        ),
        (
            (
                "The outgoing Chair of the Board, Chile's Minister of Mining Tomás Ureta Vial, "
                "opened the second session."
            ),
            "the outgoing chair said",
            "Tomás Ureta Vial",
        ),
    ],
)
def test_a_lower_case_description_means_the_one_person_introduced_so(
    intro: str, cue: str, name: str
) -> None:
    got = quotes_of(intro, f"“Copper pays for our schools,” {cue}.")
    assert got["Copper pays for"] == name


def test_a_description_two_people_were_introduced_with_names_nobody() -> None:
    got = quotes_of(
        "Governor Ana Ruiz Baeza and Governor Jonas Vilk opened the second session.",
        "“Copper pays for our schools,” the governor said.",
    )
    assert got["Copper pays for"] is None
