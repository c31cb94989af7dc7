"""Participants: evidence for and against a name, in wording of our own (issue 8, item 2)."""

from __future__ import annotations

import pytest

import summitdoc

HEAD = "Coastal states meet to discuss fishing quotas and ferry links"
FILLER = (
    (
        "Delegates spent most of the morning in closed sessions at the harbour hall, and the "
        "afternoon programme ran late because of a long debate on the agenda."
    ),
    (
        "Rain fell steadily over the old quarter, where shops stayed open late and buses ran on a "
        "reduced timetable because several roads had been blocked off."
    ),
)


def report(*lines: str) -> summitdoc.Summit:
    """One paragraph per line after a headline and two long filler paragraphs."""
    return summitdoc.parse_text("\n".join([HEAD, *FILLER, *lines]) + "\n")


def people(s: summitdoc.Summit) -> dict[str, summitdoc.Participant]:
    return {" ".join(p.name.replace("“", '"').replace("”", '"').split()): p for p in s.participants}


def test_clause_opening_participle_is_no_first_name() -> None:
    s = report(
        "Thanking Oyelaran for the invitation, Premier Dagny Solvik opened the talks. "
        "President Femi Oyelaran answered briefly."
    )
    assert set(people(s)) == {"Dagny Solvik", "Femi Oyelaran"}


@pytest.mark.parametrize(
    "line",
    [
        "The Western Fjord Index shows fewer boats. Analysts say the Index will be updated.",
        "Officials praised the Long Coast scheme, and the Coast scheme will grow.",
        "The 2031 Silver Harbour review was published. Its Harbour section is long.",
        'Ministers signed the "Two Shores, One Sea" pact. The Sea pact is binding.',
    ],
)
def test_names_of_things_are_no_participants(line: str) -> None:
    assert not report(line).participants


def test_abbreviated_title_is_an_alias() -> None:
    s = report("Thai Prime Minister Chai Wong Lek spoke first. Later PM Chai said the deal held.")
    (p,) = s.participants
    assert p.name == "Chai Wong Lek"
    assert "PM Chai" in p.aliases


def test_quoted_nickname_stays_in_the_name() -> None:
    s = report('President Ramon "Monching" Villareal opened the session. Monching then left.')
    (p,) = s.participants
    assert p.name == 'Ramon "Monching" Villareal'
    assert "Monching" in p.aliases


def test_lower_case_description_in_apposition() -> None:
    s = report(
        "Halvard Breen, director of the Bergen Council for Fisheries Research, said quotas "
        "were too high."
    )
    p = people(s)["Halvard Breen"]
    assert p.role == "director of the Bergen Council for Fisheries Research"
    assert p.organisation == "Bergen Council for Fisheries Research"
    assert p.country is None


@pytest.mark.parametrize(
    ("line", "name", "role", "org"),
    [
        (
            "Marta Solvik, head of the Northern Seabed Authority, urged members to act.",
            "Marta Solvik",
            "head of the Northern Seabed Authority",
            "Northern Seabed Authority",
        ),
        (
            "Owen Tarrant, the chief of the Lagoon Survey Institute, warned of silt.",
            "Owen Tarrant",
            "chief of the Lagoon Survey Institute",
            "Lagoon Survey Institute",
        ),
    ],
)
def test_head_of_a_body_in_apposition_is_a_title(line: str, name: str, role: str, org: str) -> None:
    p = people(report(line))[name]
    assert (p.role, p.organisation, p.country) == (role, org, None)


def test_body_possessive_before_a_title_between_commas() -> None:
    s = report(
        "The OSCE's conflict envoy, Petra Lindholm, said the talks would resume in May.",
        "ASEAN's secretary general, Dato Arif Kamal, told delegates the plan was ready.",
    )
    p = people(s)
    assert (p["Petra Lindholm"].role, p["Petra Lindholm"].country) == ("conflict envoy", None)
    assert p["Petra Lindholm"].organisation == (
        "Organization for Security and Co-operation in Europe"
    )
    assert p["Dato Arif Kamal"].role == "secretary general"


def test_head_without_a_body_is_no_title() -> None:
    s = report("Lena Moss, head of state of Estonia, spoke first.", "Aron Pike, a chief, waved.")
    p = people(s)
    assert p["Lena Moss"].role == "head of state"
    assert "Aron Pike" not in p


def test_lower_case_title_with_portfolio() -> None:
    s = report(
        "The ferries will run again on Friday, foreign ministry spokeswoman Ines Varga said."
    )
    assert people(s)["Ines Varga"].role == "foreign ministry spokeswoman"


def test_plural_title_pairs_countries_with_names() -> None:
    s = report(
        "Chancellor Dagny Solvik also received the presidents of Ghana and Kenya, Kofi Mensah "
        "and Wanjiru Otieno, at the harbour hall."
    )
    found = people(s)
    assert (found["Kofi Mensah"].role, found["Kofi Mensah"].country) == ("President", "Ghana")
    assert (found["Wanjiru Otieno"].role, found["Wanjiru Otieno"].country) == (
        "President",
        "Kenya",
    )


def test_person_welcomed_in_a_transcript_turn_attends() -> None:
    s = summitdoc.parse_text(
        "\n".join(
            [
                "Talks of the Caspian partners",
                *FILLER,
                (
                    "President of Azerbaijan Elchin Mammadli: Dear friends, we are glad to see our "
                    "guest, President of Georgia Levan Beridze, at this table."
                ),
            ]
        )
        + "\n"
    )
    p = people(s)["Levan Beridze"]
    assert (p.role, p.country) == ("President", "Georgia")


def test_person_only_named_in_a_speech_without_presence_does_not_attend() -> None:
    s = summitdoc.parse_text(
        "\n".join(
            [
                "Talks of the Caspian partners",
                *FILLER,
                (
                    "President of Azerbaijan Elchin Mammadli: Dear friends, as President of Georgia "
                    "Levan Beridze wrote to me last year, the corridor matters."
                ),
            ]
        )
        + "\n"
    )
    assert "Levan Beridze" not in people(s)


def test_bare_name_with_present_tense_verb() -> None:
    s = summitdoc.parse_text(
        "\n".join(["Harbour talks open", "Dagny Solvik chairs the Coastal Forum talks.", *FILLER])
        + "\n"
    )
    assert set(people(s)) == {"Dagny Solvik"}


@pytest.mark.parametrize(
    "line",
    [
        "Premier Birgit Lund stayed at home and was represented by Trade Minister Olav Dahl.",
        "Premier Birgit Lund did not attend, and Trade Minister Olav Dahl spoke instead.",
        "Trade Minister Olav Dahl came alone, as Premier Birgit Lund was unable to travel.",
        "Premier Birgit Lund remained in the capital; Trade Minister Olav Dahl flew in.",
        "Premier Birgit Lund, who is recovering from an operation, sent Trade Minister Olav Dahl.",
        "Trade Minister Olav Dahl later had a telephone talk with Premier Birgit Lund.",
        "Trade Minister Olav Dahl thanked his predecessor, Premier Birgit Lund, for the idea.",
        # Someone who sends greetings, a message or a letter is not there to give them.
        "Trade Minister Olav Dahl passed on the warm greetings of Premier Birgit Lund.",
        "Trade Minister Olav Dahl read out a message from Premier Birgit Lund to the forum.",
        "Trade Minister Olav Dahl handed over a letter from Premier Birgit Lund.",
        # The absence after a short predicate and "but", as a possessive's noun, or a recall.
        (
            "Premier Birgit Lund was invited to the gala dinner but stayed away, Trade Minister "
            "Olav Dahl said."
        ),
        (
            "Premier Birgit Lund had planned the trip for weeks but could not travel, Trade "
            "Minister Olav Dahl told the forum."
        ),
        (
            "Premier Birgit Lund was asked to join the talks as an observer, but could not "
            "attend, Trade Minister Olav Dahl said."
        ),
        # The patron of a meeting lends it his name, not his presence.
        (
            "The forum, held under the patronage of His Majesty King Magnus, heard Trade "
            "Minister Olav Dahl."
        ),
        (
            "Trade Minister Olav Dahl opened the session under the high patronage of Premier "
            "Birgit Lund."
        ),
        "Asked about Premier Birgit Lund's absence, Trade Minister Olav Dahl spoke of floods.",
        (
            "Trade Minister Olav Dahl stood in after Premier Birgit Lund was called back to the "
            "capital."
        ),
        "Premier Birgit Lund withdrew from the visit, and Trade Minister Olav Dahl spoke.",
        ("On the instructions of Premier Birgit Lund, Trade Minister Olav Dahl signed the accord."),
        "Under directives of Premier Birgit Lund, Trade Minister Olav Dahl signed the accord.",
    ],
)
def test_absent_person_is_only_mentioned(line: str) -> None:
    assert set(people(report(line))) == {"Olav Dahl"}


def test_but_after_a_clause_is_no_absence() -> None:
    # After a comma the absence is from something else: she opened the forum.
    s = report("Premier Birgit Lund opened the forum, but did not attend the dinner.")
    assert set(people(s)) == {"Birgit Lund"}


def test_possessive_country_before_a_bare_name() -> None:
    s = report("Ghana's Kofi Mensah and Kenya's Wanjiru Otieno joined the closing session.")
    found = people(s)
    assert found["Kofi Mensah"].country == "Ghana"
    assert found["Wanjiru Otieno"].country == "Kenya"
    assert found["Kofi Mensah"].role is None


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Minister Rui Tavares headed Portugal's delegation at the talks.",
        "Foreign Minister Rui Tavares led the Portuguese delegation at the talks.",
    ],
)
def test_led_delegation_gives_the_country(line: str) -> None:
    assert people(report(line))["Rui Tavares"].country == "Portugal"


def test_event_before_a_title_is_not_part_of_the_role() -> None:
    s = report("During the Harbour Conference Chancellor Dagny Solvik spoke on ferries.")
    assert people(s)["Dagny Solvik"].role == "Chancellor"


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            "The talks were joined by the Minister of Mines, Energy and Water, Ms Ilse Varga.",
            "Ilse Varga",
            "Minister of Mines, Energy and Water",
            None,
        ),
        (
            "Ilse Varga, Minister of Culture and Sport, opened the exhibition.",
            "Ilse Varga",
            "Minister of Culture and Sport",
            None,
        ),
        (
            "Ilse Varga, Minister of Mines, Energy and Water of Namibia, opened the exhibition.",
            "Ilse Varga",
            "Minister of Mines, Energy and Water",
            "Namibia",
        ),
        (
            (
                "The Minister for Ports, Shipping and Inland Waterways, the Hon. Ilse Varga MP, "
                "signed the memorandum."
            ),
            "Ilse Varga",
            "Minister for Ports, Shipping and Inland Waterways",
            None,
        ),
        (
            "Minister of Oceans, Fisheries and Rural Affairs Tomas Berg toured the harbour.",
            "Tomas Berg",
            "Minister of Oceans, Fisheries and Rural Affairs",
            None,
        ),
        (
            "She was flanked by Minister of Water and Mineral Resources Tomas Berg and aides.",
            "Tomas Berg",
            "Minister of Water and Mineral Resources",
            None,
        ),
        (
            "Minister of Culture and ICT Tomas Berg opened the hall.",
            "Tomas Berg",
            "Minister of Culture and ICT",
            None,
        ),
        (
            "Ms. BERG Ilse, Minister for Gender Equality, toured the harbour.",
            "BERG Ilse",
            "Minister for Gender Equality",
            None,
        ),
    ],
)
def test_a_portfolio_of_several_items_is_one_role(
    line: str, name: str, role: str, country: str | None
) -> None:
    """ "Minister of A, B and C, X": one person with the whole portfolio, no "B" person."""
    got = people(report(line))
    assert set(got) == {name}
    assert got[name].role == role
    assert got[name].country == country


def test_a_list_of_ministers_is_not_one_portfolio() -> None:
    """ "A, Minister of Finance and B, Minister of Trade": two people, two roles."""
    got = people(
        report(
            "The talks were joined by Ilse Varga, Minister of Finance and Tomas Berg, "
            "Minister of Trade, on Friday."
        )
    )
    assert got["Ilse Varga"].role == "Minister of Finance"
    assert got["Tomas Berg"].role == "Minister of Trade"


def test_an_organisation_short_name_between_title_and_name() -> None:
    """ "Director-General of the Food Agency (FAO), X": the name after the short name."""
    got = people(
        report(
            "The Secretary General of the Coastal Fisheries Organization (CFO), Ilse Varga, "
            "spoke first."
        )
    )
    assert "Ilse Varga" in got
    assert got["Ilse Varga"].role == "Secretary General of the Coastal Fisheries Organization"


def test_a_name_between_two_titles_keeps_the_one_after_it() -> None:
    """ "the Chair of the Lake Council (LC), Mr X, President of Y": X is Y's President."""
    got = people(
        report(
            "The host met the Chair of the Lake Basin Council (LBC), H.E. Mr. Ilse Varga, "
            "President of the Republic of Malawi, on Friday."
        )
    )
    assert got["Ilse Varga"].role == "President"
    assert got["Ilse Varga"].country == "Malawi"


def test_hon_without_a_full_stop_is_a_form_of_address() -> None:
    """ "Trade Minister Hon Ilse Varga": the name is "Ilse Varga"."""
    got = people(report("Trade Minister Hon Ilse Varga opened the exhibition on Friday."))
    assert set(got) == {"Ilse Varga"}


def test_two_countries_joined_by_a_hyphen_open_no_name() -> None:
    s = report(
        "President Ines Salas and President Tomas Ruiz praised the Chile-Costa Rica partnership.",
        "Chile-Costa Rica Relations",
        "Both presidents said Chile-Costa Rica ties had never been closer.",
    )
    assert set(people(s)) == {"Ines Salas", "Tomas Ruiz"}


def test_she_after_a_minister_whose_portfolio_holds_commas() -> None:
    """The role before the name is one title: the minister is the subject "she" carries on."""
    s = report(
        "Minister for Oceans, Ports and Fisheries Ilse Varga said the harbour was ready.",
        '"The cranes arrive in May," she said.',
    )
    quote = s.speeches[-1].quotes[-1]
    speaker = {p.id: p.name for p in s.participants}[quote.speaker]  # type: ignore[index]
    assert speaker == "Ilse Varga"


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Brunei's Prime Minister Dato’ Seri Yusof Karim told the plenary the grid would wait.",
            "Yusof Karim",
            "Prime Minister",
        ),
        (
            "Finance Minister Tan Sri Rahmat Osman signed the loan on behalf of Malaysia.",
            "Rahmat Osman",
            "Finance Minister",
        ),
        (
            "The Prime Minister of Belize, the Honourable Darnell Hodge, chaired the first session.",
            "Darnell Hodge",
            "Prime Minister",
        ),
        (
            "The Most Honourable Lorna Baptiste, Prime Minister of Grenada, chaired the retreat.",
            "Lorna Baptiste",
            "Prime Minister",
        ),
        # Capital abbreviations, and a royal's or senator's title between a title and the name.
        ("HE President of Malta Karl Borg opened the debate.", "Karl Borg", "President"),
        (
            "HH Emir Sheikh Saud bin Khalid Al-Rumaihi opened the debate.",
            "Saud bin Khalid Al-Rumaihi",
            "Emir",
        ),
        (
            "Minister for Ports Senator Amna Qureshi opened the debate.",
            "Amna Qureshi",
            "Minister for Ports",
        ),
        (
            "Deputy Prime Minister Prince Fawaz bin Talal opened the debate.",
            "Fawaz bin Talal",
            "Deputy Prime Minister",
        ),
        # A diplomat's rank after the office, with or without a comma between.
        (
            "The Minister of External Relations, Ambassador Rui Tavares Lima, opened the debate.",
            "Rui Tavares Lima",
            "Minister of External Relations",
        ),
        (
            "Secretary General of the Basin Commission Ambassador Ines Okoro opened the debate.",
            "Ines Okoro",
            "Secretary General of the Basin Commission",
        ),
        # A rank after a comma, behind an office of a body the data does not know.
        (
            "The Executive Director of the Palm Belt Compact, Colonel Omar Sy, opened the debate.",
            "Omar Sy",
            "Executive Director of the Palm Belt Compact",
        ),
        (
            (
                "The Secretary-General of the Lagos Plan Secretariat, Ambassador Lena Vaka, opened "
                "the debate."
            ),
            "Lena Vaka",
            "Secretary-General of the Lagos Plan Secretariat",
        ),
        # A military rank after the office, one a retired officer keeps too.
        (
            "The Force Director Rear Admiral Kwame Mensah opened the debate.",
            "Kwame Mensah",
            "Force Director",
        ),
        (
            "Defence Minister Major General Tiva Ngata opened the debate.",
            "Tiva Ngata",
            "Defence Minister",
        ),
        (
            "Vice-President Brigadier (Retd.) Sione Kupu opened the debate.",
            "Sione Kupu",
            "Vice-President",
        ),
        ("Air Vice Marshal Dina Perera opened the debate.", "Dina Perera", "Air Vice Marshal"),
    ],
)
def test_forms_of_address_stay_out_of_the_name(line: str, name: str, role: str) -> None:
    found = people(report(line))
    assert list(found) == [name]
    assert found[name].role == role


@pytest.mark.parametrize(
    ("line", "name", "country"),
    [
        (
            "Portugal was represented by Foreign Minister Rui Antunes at the plenary.",
            "Rui Antunes",
            "Portugal",
        ),
        (
            "Chile was represented by Mrs. Paula Ibarra Soto, Minister of Finance, who read a short text.",
            "Paula Ibarra Soto",
            "Chile",
        ),
        (
            "Nepal sent Deputy Prime Minister Bikash Thapa to the closing session.",
            "Bikash Thapa",
            "Nepal",
        ),
        (
            "Bhutan's delegation was headed by Foreign Minister Karma Dorji at the plenary.",
            "Karma Dorji",
            "Bhutan",
        ),
        (
            "The Kingdom of Tonga was represented by HE Foreign Minister Sione Vaka at the plenary.",
            "Sione Vaka",
            "Tonga",
        ),
    ],
)
def test_the_country_a_person_represents(line: str, name: str, country: str) -> None:
    found = people(report(line))
    assert found[name].country == country


@pytest.mark.parametrize(
    ("line", "name", "country"),
    [
        (
            (
                "Malawian President Chikondi Banda could not come because of a state visit to "
                "Japan and was represented by Vice President Grace Phiri."
            ),
            "Grace Phiri",
            "Malawi",
        ),
        (
            "Laos was instead represented by Deputy Prime Minister Somsack Vongsa.",
            "Somsack Vongsa",
            "Laos",
        ),
        (
            (
                "Nepal sent its foreign minister, while Bhutanese Prime Minister Tashi Wangdi "
                "skipped the talks and sent Finance Minister Pema Choden."
            ),
            "Pema Choden",
            "Bhutan",
        ),
        # A form of address cut by a full stop ("Hon.") ends no clause.
        (
            (
                "Palau's President Hon. Tommy Ngiraked stayed home for a funeral and was "
                "represented by Vice President Hon. Uduch Sengebau."
            ),
            "Uduch Sengebau",
            "Palau",
        ),
        # A partner organisation is no country, though an agreement it is party to names one.
        (
            (
                "The European Union, partner under the Samoa Agreement, was represented by "
                "Commissioner Ilona Varga."
            ),
            "Ilona Varga",
            None,
        ),
    ],
)
def test_a_stand_in_represents_the_country_of_whom_they_stand_in_for(
    line: str, name: str, country: str | None
) -> None:
    found = people(report(line))
    assert found[name].country == country


@pytest.mark.parametrize(
    ("line", "countries"),
    [
        # A country after a name is that person's alone.
        (
            (
                "President Tomas Reyes of Panama, Prime Minister Odile Marchetti and King Harald "
                "Vest opened the plenary."
            ),
            {"Tomas Reyes": "Panama", "Odile Marchetti": None, "Harald Vest": None},
        ),
        # A demonym before the first title describes the whole list.
        (
            "Panamanian President Tomas Reyes and Vice President Odile Marchetti opened the plenary.",
            {"Tomas Reyes": "Panama", "Odile Marchetti": "Panama"},
        ),
    ],
)
def test_a_listed_country_carries_on_only_from_before_the_first_name(
    line: str, countries: dict[str, str | None]
) -> None:
    found = people(report(line))
    assert {name: found[name].country for name in countries} == countries


def test_the_country_that_sent_a_message_is_not_the_addressees() -> None:
    found = people(report("Nepal sent its greetings to President Maria Lopes of Cape Verde."))
    assert found["Maria Lopes"].country == "Cape Verde"


def test_a_place_word_ends_a_name_when_nothing_capitalised_follows() -> None:
    found = people(
        report(
            "Premier Dr. Ruth Mount of Antigua opened the session, and the delegates later "
            "toured Lake Nakuru."
        )
    )
    assert list(found) == ["Ruth Mount"]


@pytest.mark.parametrize(
    ("line", "role", "organisation"),
    [
        (
            "The Chairperson of the Zambezi River Authority, Grace Mwale, said the dam was safe.",
            "Chairperson of the Zambezi River Authority",
            "Zambezi River Authority",
        ),
        (
            "The Secretary of the Orinoco Basin Community (OBC), Dr. Luis Quispe, signed the loan.",
            "Secretary of the Orinoco Basin Community (OBC)",
            "Orinoco Basin Community",
        ),
    ],
)
def test_a_body_the_knowledge_does_not_know_before_a_name_in_apposition(
    line: str, role: str, organisation: str
) -> None:
    found = list(people(report(line)).values())
    assert [(p.role, p.organisation) for p in found] == [(role, organisation)]


@pytest.mark.parametrize(
    ("line", "role", "country"),
    [
        # A bracketed acronym and more words of the body after what the complement read.
        (
            (
                "The minister received the Director of the African Export Bank (AEB) Group, Dr. Sara "
                "Okafor, who pledged new loans."
            ),
            "Director of the African Export Bank (AEB) Group",
            None,
        ),
        # "and the ..." inside the title; the country named in it is the person's.
        (
            (
                "The minister received the Special Envoy for the Lake Region and the Delta, Mr. Omar "
                "Kone, who briefed him on river traffic."
            ),
            "Special Envoy for the Lake Region and the Delta",
            None,
        ),
        (
            (
                "The chair then passed to the President of the Eastern Republic of Uruguay, Mr. Tomas "
                "Varela Sosa, who will host the next summit."
            ),
            "President of the Eastern Republic of Uruguay",
            "Uruguay",
        ),
    ],
)
def test_a_title_closed_by_an_addressed_name(line: str, role: str, country: str | None) -> None:
    """The form of address ("Mr.", "Dr.") after the comma shows whose the whole title is."""
    found = list(people(report(line)).values())
    assert [(p.role, p.country) for p in found] == [(role, country)]


def test_holders_listed_after_a_plural_title_take_no_joint_title() -> None:
    found = people(
        report(
            "The minister thanked the Presidents of the Lake Region and the Delta, Mr. Omar Kone "
            "and Dr. Sara Okafor."
        )
    )
    described = [p.name for p in found.values() if "Lake Region" in f"{p.role} {p.aliases}"]
    assert described == []


@pytest.mark.parametrize(
    "line",
    [
        "The talks were overshadowed by the absence of Malawi's President Grace Banda.",
        "President Grace Banda, who had been expected to attend, stayed in Lilongwe for a budget vote.",
        "President Grace Banda cancelled her trip because of floods in the south.",
        "The lake forum in May, which President Grace Banda is expected to attend, will meet in Mwanza.",
    ],
)
def test_people_absent_or_expected_later_take_no_part(line: str) -> None:
    s = summitdoc.parse_text(
        "Lake leaders agree on a fisheries fund\n\n"
        "Leaders of the lake states met in Kisumu on Friday and agreed to set up a fisheries fund, "
        "officials said. President Amina Odhiambo chaired the talks.\n\n" + line + "\n"
    )
    assert [p.name for p in s.participants] == ["Amina Odhiambo"]


@pytest.mark.parametrize(
    ("line", "name", "role", "organisation"),
    [
        (
            (
                '"The corridor pays for itself," said Ingrid Falk, a senior research fellow at the '
                "Bergen Institute for Maritime Policy."
            ),
            "Ingrid Falk",
            "senior research fellow at the Bergen Institute for Maritime Policy",
            "Bergen Institute for Maritime Policy",
        ),
        (
            (
                "Omar Haddad, an economist with the Levant Trade Observatory, said the tariffs were "
                '"a tax on patience".'
            ),
            "Omar Haddad",
            "economist with the Levant Trade Observatory",
            "Levant Trade Observatory",
        ),
        (
            (
                '"Nobody expected a treaty," said Prof. Lena Okafor, a lecturer in maritime law at '
                "the University of Port Harcourt."
            ),
            "Lena Okafor",
            "lecturer in maritime law at the University of Port Harcourt",
            "University of Port Harcourt",
        ),
        (
            (
                "Coral Bay University fisheries expert Dr Mateo Ruiz said the quotas were "
                '"generous to a fault".'
            ),
            "Mateo Ruiz",
            "fisheries expert",
            "Coral Bay University",
        ),
        (
            'Regional analyst Yusuf Demir said the ferry plan was "the real news".',
            "Yusuf Demir",
            "Regional analyst",
            None,
        ),
        (
            (
                "For Sanna Virtanen, a historian at the Nordic Sea Council, the meeting was "
                '"a quiet success".'
            ),
            "Sanna Virtanen",
            "historian at the Nordic Sea Council",
            "Nordic Sea Council",
        ),
    ],
)
def test_profession_describes_a_quoted_person(
    line: str, name: str, role: str, organisation: str | None
) -> None:
    p = people(report(line))[name]
    assert (p.role, p.organisation, p.country) == (role, organisation, None)


def test_nationality_before_a_profession_is_the_country() -> None:
    s = report('"Quotas are politics," said Piotr Zielinski, a Polish economist, after the vote.')
    p = people(s)["Piotr Zielinski"]
    assert (p.role, p.country) == ("economist", "Poland")


def test_appointee_described_by_profession_is_no_speaker() -> None:
    s = report("The leaders named Chilean economist Rosa Ibarra as the fund's first director.")
    assert "Rosa Ibarra" not in people(s)


def test_title_in_apposition_after_said() -> None:
    s = report('"We came to listen," said Tomas Berg, the prime minister of Norway, on arrival.')
    p = people(s)["Tomas Berg"]
    assert (p.role, p.country) == ("Prime Minister", "Norway")


def test_forms_of_address_in_capitals_and_abbreviated_are_no_part_of_a_name() -> None:
    s = report(
        "Prime Minister of the Kingdom of Norway HE Anton Varga opened the lagoon summit.",
        "The Secretary General of the Lagoon Union, Amb. Mariam Sesay, read the communique.",
        "President Varga met Velmar's Interior Minister, Cllr. Joseph K. Doe, on the sidelines.",
        "He said the lagoon fund was ready.",
    )
    found = people(s)
    assert set(found) >= {"Anton Varga", "Mariam Sesay", "Joseph K. Doe"}
    assert found["Anton Varga"].role == "Prime Minister"
    assert found["Joseph K. Doe"].role == "Interior Minister"
    assert not any(n.startswith(("HE ", "He ")) for n in found)


def test_a_plural_form_of_address_names_no_one() -> None:
    s = report(
        "The session was attended by a number of Their Excellencies Sheikhs and ministers.",
        "President Anton Varga of Ruritania opened the lagoon summit.",
    )
    assert set(people(s)) == {"Anton Varga"}


def test_a_leader_described_by_country_is_no_minister_of_that_country() -> None:
    s = report(
        "President Anton Varga, the outgoing chairman, opened the lagoon summit.",
        '"The region cannot stand aside any longer," the Ghanaian leader said.',
        "Ghana's Interior Minister, Joseph Doe, signed the border protocol.",
    )
    quote = next(q for sp in s.speeches for q in sp.quotes if q.text.startswith("The region"))
    assert people(s)["Joseph Doe"].country == "Ghana"
    assert quote.speaker != "joseph-doe"


def test_a_portfolio_of_groups_of_countries_names_no_one() -> None:
    s = report(
        "For the lenders, the Special Adviser on Small Island Developing States, Least "
        "Developed Countries and Coastal States Rhea Montclair urged faster disbursement. "
        '"Pledges are not payments," she said.',
    )
    found = people(s)
    assert set(found) == {"Rhea Montclair"}
    assert found["Rhea Montclair"].role is not None
    assert found["Rhea Montclair"].role.endswith("Coastal States")
    quote = next(q for sp in s.speeches for q in sp.quotes)
    assert quote.speaker == "rhea-montclair"


def test_a_presidency_in_a_title_is_no_name() -> None:
    s = report(
        "Talks were joined by the chairman of the Ruritanian Presidency, Dario Vukas, "
        "and by President Anton Varga of Velmar.",
    )
    found = people(s)
    assert set(found) == {"Dario Vukas", "Anton Varga"}
    assert found["Dario Vukas"].role == "chairman of the Ruritanian Presidency"


def test_titles_each_before_their_name_in_a_comma_list() -> None:
    s = report(
        "Also present were the Governor of the Lagoon Reserve Bank, Ms. Ana Lomu, the Speaker "
        "of the National Assembly, Mr. Tomas Reyes, and the Minister of Finance, Mr. Paul Ikeme.",
    )
    found = people(s)
    assert found["Ana Lomu"].role == "Governor of the Lagoon Reserve Bank"
    assert found["Tomas Reyes"].role == "Speaker of the National Assembly"
    assert found["Paul Ikeme"].role == "Minister of Finance"


def test_a_lower_case_title_right_before_a_name() -> None:
    s = report(
        "Chilean trade minister Rosa Maldonado Vera told delegates the corridor was ready.",
        "The lagoon authority's executive director Tomas Reyes Ortega said funds would follow.",
    )
    found = people(s)
    assert found["Rosa Maldonado Vera"].role == "trade minister"
    assert found["Rosa Maldonado Vera"].country == "Chile"
    assert found["Tomas Reyes Ortega"].role == "executive director"


def test_a_former_office_holder_named_once_takes_no_part() -> None:
    s = report(
        "President Anton Varga opened the lagoon summit and paid tribute to former prime "
        "minister Elena Koss Marin, who drafted the founding charter.",
        "Former President Dario Vukas Lind was remembered with a minute's silence.",
    )
    assert set(people(s)) == {"Anton Varga"}


def test_a_portfolio_word_ending_in_ity_is_no_surname() -> None:
    s = report(
        "The leaders named President Anton Varga as Special Envoy for Water Scarcity "
        "and asked the Coordinator for Coastal Security to report in June.",
    )
    assert set(people(s)) == {"Anton Varga"}


def test_a_body_after_another_acronym_is_not_the_un_one() -> None:
    s = report(
        "LTBC Secretariat director Amina Dube Okoro said the basin fund had doubled.",
        "UN Secretariat director Paul Ikeme Obi said the agencies would help.",
    )
    found = people(s)
    assert found["Amina Dube Okoro"].organisation is None
    assert found["Paul Ikeme Obi"].organisation == "United Nations"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Prime Minister Celeste St. Claire of Grenada opened the session.", "Celeste St. Claire"),
        ("Foreign Minister Henri Saint Amand said the talks went well.", "Henri Saint Amand"),
        ("Finance Minister Zara Sheikh and Trade Minister Bilal Anwar attended.", "Zara Sheikh"),
    ],
)
def test_a_saint_or_a_form_of_address_inside_a_surname(line: str, name: str) -> None:
    assert name in people(report(line))


def test_a_form_of_address_before_a_name_still_addresses() -> None:
    found = people(report("The Emir of Qatar, Sheikh Hamad Al Khalifa, attended the summit."))
    assert "Hamad Al Khalifa" in found


def test_a_surname_that_ends_another_name_confirms_no_bare_name() -> None:
    found = people(
        report(
            "Ministers reviewed water levels in the Kashka Darya and Sangar Darya valleys.",
            "Prime Minister Tomas Rauk attended.",
        )
    )
    assert set(found) == {"Tomas Rauk"}


def test_a_bare_name_repeated_in_full_is_still_confirmed() -> None:
    found = people(
        report(
            "Chair of the Coastal Fisheries Board Board Ilse Marrow briefed the summit.",
            "Later the leaders thanked Ilse Marrow for her work.",
        )
    )
    assert "Ilse Marrow" in found


def test_a_short_form_met_first_joins_a_surname_first_name_in_capitals() -> None:
    found = people(
        report(
            "(From left) Premier Wu, President Moon, Chancellor Tadeo (Photo: Press Office)",
            "Mr. MOON Ji-ho, President of the Republic of Korea, and H.E. Mr. WU Qiming, Premier "
            "of the State Council of the People's Republic of China, attended the meeting.",
            "President Moon said the meeting went well.",
        )
    )
    assert "Moon" not in found
    assert "Wu" not in found
    assert found["MOON Ji-ho"].role == "President"
    assert found["WU Qiming"].role == "Premier of the State Council"


def test_title_case_words_after_to_in_a_title_are_no_person() -> None:
    found = people(
        report(
            "The leaders adopted the Joint Statement on Cooperation in Response to Island "
            "Farmers. The Statement on Cooperation in Response to Island Farmers was read out.",
            "Prime Minister Tomas Rauk attended.",
        )
    )
    assert set(found) == {"Tomas Rauk"}


@pytest.mark.parametrize("rank", ["Lt. Gen.", "Maj. Gen.", "Gen.", "Col."])
def test_a_military_rank_in_short_between_a_title_and_a_name(rank: str) -> None:
    found = people(
        report(f"Chairman of the Transitional Council of Chad {rank} Idriss Mahamat Kaba attended.")
    )
    assert set(found) == {"Idriss Mahamat Kaba"}
    assert found["Idriss Mahamat Kaba"].country == "Chad"


@pytest.mark.parametrize(
    "line",
    [
        # An office known by its street speaks for its holder.
        "Prime Minister Aldo Ferrante opened the session on time, Harcourt Road said on Friday.",
        # A railway line and a broadcaster are things, even as subjects.
        "President Aldo Ferrante said Adriatic Rail would reach the border by 2050.",
        "President Aldo Ferrante told Baltic Wave Radio the deal was fair.",
        "Nordsee News reported that President Aldo Ferrante had signed the deal.",
    ],
)
def test_streets_railways_and_broadcasters_are_no_people(line: str) -> None:
    assert set(people(report(line))) == {"Aldo Ferrante"}


def test_the_page_s_own_outlet_is_no_participant() -> None:
    """ "© 2040 Lakeland Courier" names the page's outlet; "told Lakeland Courier" is no person."""
    s = report(
        "President Aldo Ferrante told Lakeland Courier the deal was fair.",
        "© 2040 Lakeland Courier. All rights reserved.",
    )
    assert s.source.outlet == "Lakeland Courier"
    assert set(people(s)) == {"Aldo Ferrante"}


def test_letters_after_a_name_are_no_part_of_it() -> None:
    """ "MLA", "TD", "MHK" after a name are a seat; "MP, was unable to attend" is still absent."""
    s = report(
        "Also attending were the First Minister of the Borders, Ewan Tasker MLA; the Chief "
        "Minister of Alderney, Orla Fenwick MHK; and the Foreign Minister, Padraig Lowry TD.",
        "The Prime Minister, the Rt Hon Cecily Marsh MP, was unable to attend owing to a vote.",
    )
    assert set(people(s)) == {"Ewan Tasker", "Orla Fenwick", "Padraig Lowry"}


def test_a_title_of_a_place_the_knowledge_lacks_before_a_name() -> None:
    """ "the Premier of Alderney, X": X holds the title; a list's country is not X's."""
    s = report(
        "The talks brought together Prime Minister of Tonga Sione Vea and the Premier of "
        "Alderney, Orla Fenwick, as well as the Chief Minister of Great Sark, Ewan Tasker."
    )
    got = {name: (p.role, p.country) for name, p in people(s).items()}
    assert got == {
        "Sione Vea": ("Prime Minister", "Tonga"),
        "Orla Fenwick": ("Premier", None),
        "Ewan Tasker": ("Chief Minister", None),
    }


ANDES_LEDE = (
    "SANTIAGO, 3 April 2046 (Andes Wire) - President Tomas Ruiz of Chile and President Jorge Vaca "
    "of Bolivia opened the Pacific Andes Forum summit on Friday."
)


@pytest.mark.parametrize(
    "told",
    [
        (
            "The forum was first mooted at a trade fair in 2001 by President Elena Roca of Chile, "
            "and has grown since."
        ),
        "The forum was first mooted at a trade fair in 2001 by Chile's first President Elena Roca.",
        (
            "Over lunch, President Tomas Ruiz told his guests about his talks in Lima last month "
            "with Peruvian President Ana Quispe."
        ),
    ],
)
def test_someone_met_or_acting_before_the_summit_is_only_mentioned(told: str) -> None:
    s = summitdoc.parse_text(f"{HEAD}\n{ANDES_LEDE}\n{told}\n")
    assert set(people(s)) == {"Tomas Ruiz", "Jorge Vaca"}


@pytest.mark.parametrize(
    "line",
    [
        (
            "The premiers praised new ferries between Tarsk and Vel Marra, and asked lenders "
            "for help. The next meeting will be held in Vel Marra in 2046."
        ),
        (
            "Envoys welcomed a road to Osk Tavel, which joins the group. Trucks from Osk Tavel "
            "reached the port on time."
        ),
        "Crowds lined the quay at Pella Rook. The summit at Pella Rook ended early.",
    ],
)
def test_a_place_named_again_after_a_preposition_is_no_person(line: str) -> None:
    s = report("Premier Dagny Solvik and President Femi Oyelaran met at the hall.", line)
    assert set(people(s)) == {"Dagny Solvik", "Femi Oyelaran"}


def test_a_bare_name_named_again_as_a_subject_is_a_person() -> None:
    s = report(
        "Premier Dagny Solvik opened the talks with Ines Barova beside her.",
        "Barova later told delegates that the plan was sound.",
    )
    assert "Ines Barova" in people(s)


def test_a_portfolio_s_last_word_before_a_named_holder() -> None:
    s = report(
        "Premier Dagny Solvik chaired the talks. Norland was represented by its Minister for "
        "Arctic Peoples, Ola Dahlberg, while Femi Oyelaran spoke for the hosts."
    )
    found = people(s)
    assert "Peoples" not in found
    assert found["Ola Dahlberg"].role == "Minister for Arctic Peoples"


@pytest.mark.parametrize(
    "line",
    [
        (
            "Also present was Deputy Premier Ola Dahlberg of Norland, who represented President "
            "Ines Barova."
        ),
        "Deputy Premier Ola Dahlberg represented Queen Ines Barova at the talks.",
        "Norland's delegate, Deputy Premier Ola Dahlberg, represents Chancellor Ines Barova.",
    ],
)
def test_the_leader_someone_represents_is_absent(line: str) -> None:
    s = report("Premier Dagny Solvik opened the talks.", line)
    assert set(people(s)) == {"Dagny Solvik", "Ola Dahlberg"}


@pytest.mark.parametrize(
    "line",
    [
        (
            "The leaders backed a state with Dar Salem as its capital. They also passed a "
            "motion on Palestine and Dar Salem."
        ),
        "Tallin Dialogue envoys met in 2031. Tallin Dialogue leaders attended.",
        "Sorvik Process leaders met. Officials said Sorvik Process was a success.",
        "Lenders said Storm Pause Clause would be offered, and Storm Pause Clause covers floods.",
    ],
)
def test_places_and_formats_named_twice_are_no_people(line: str) -> None:
    s = report("Premier Dagny Solvik opened the talks.", line)
    assert set(people(s)) == {"Dagny Solvik"}


def test_someone_who_had_been_due_to_come_is_absent() -> None:
    s = report(
        "Premier Dagny Solvik opened the talks. Chancellor Ines Barova had been due to attend "
        "but stayed behind for a budget vote."
    )
    assert set(people(s)) == {"Dagny Solvik"}


@pytest.mark.parametrize(
    "line",
    [
        "Related: President Dagny Solvik Departs for Tarsk for Ferry Talks",
        "Next: Premier Solvik Receives Credentials of Three Envoys",
        "More: President Solvik Inaugurates New Fish Market in Vel",
    ],
)
def test_a_title_case_headline_s_verb_ends_the_name(line: str) -> None:
    s = report("President Dagny Solvik and VP Femi Oyelaran opened the talks.", line)
    found = people(s)
    assert set(found) == {"Dagny Solvik", "Femi Oyelaran"}
    assert found["Femi Oyelaran"].role == "Vice President"


@pytest.mark.parametrize(
    "reason",
    [
        "as President Ines Barova was on a state visit to Tarsk",
        "because Chancellor Ines Barova is touring the northern provinces",
        "since Queen Ines Barova was opening the new parliament",
    ],
)
def test_the_leader_in_the_reason_someone_stood_in_is_absent(reason: str) -> None:
    s = report(
        "Premier Dagny Solvik opened the talks.",
        f"Norland was represented by Deputy Premier Ola Dahlberg, {reason}.",
    )
    assert set(people(s)) == {"Dagny Solvik", "Ola Dahlberg"}


def test_founders_named_after_a_plural_noun_and_its_object_are_no_holders_of_it() -> None:
    s = report(
        "Premier Dagny Solvik opened the talks.",
        "The forum was founded by the leaders of the Peruvian Revolution, Ola Dahlberg, and of "
        "the Chilean Revolution, Ines Barova.",
    )
    assert set(people(s)) == {"Dagny Solvik"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Portugal was represented by the Minister Delegate for European Affairs, Ms Rita Sardinha.",
        "He was joined by the Minister Plenipotentiary for Pacific Affairs, Rita Sardinha, at lunch.",
    ],
)
def test_a_title_running_past_one_word_to_a_comma_names_the_person_after_it(
    sentence: str,
) -> None:
    found = people(report(sentence))
    assert "Rita Sardinha" in found
    assert not ({"Delegate", "Plenipotentiary"} & set(found))


def test_plural_holders_of_an_office_are_no_name() -> None:
    found = people(
        report(
            "Some 900 delegates attended, among them Governors and Deputy Governors from forty "
            "member countries, and Minister Kofi Boateng opened the meeting."
        )
    )
    assert "Deputy Governors" not in found
    assert "Kofi Boateng" in found


def test_a_headline_verb_ends_the_name() -> None:
    s = summitdoc.parse_text(
        "President Oduya Takes Over Lakes Chairmanship in Kisumu\n"
        + "\n".join(FILLER)
        + '\n"We will share the water," President Oduya said on taking over the chair.\n'
    )
    assert [p.name for p in s.participants] == ["Oduya"]


def test_someone_who_sent_apologies_is_absent() -> None:
    found = people(
        report(
            "Canada's Foreign Minister, Paul Girard, sent his apologies and was represented by "
            "Ambassador Marie Roy."
        )
    )
    assert "Paul Girard" not in found
    assert "Marie Roy" in found


def test_the_first_words_of_a_long_name_alone_are_that_person() -> None:
    """A given name used alone ("Abdul Karim" after "Abdul Karim Rahmat") is no second person."""
    s = report(
        "Prime Minister Abdul Karim Rahmat of Brunei opened the meeting of the fisheries council. "
        "Abdul Karim told the delegates that quotas would be shared fairly."
    )
    named = people(s)
    assert "Abdul Karim" not in named
    assert "Abdul Karim" in named["Abdul Karim Rahmat"].aliases


def test_first_words_shared_by_two_long_names_join_neither() -> None:
    s = report(
        "Prime Minister Abdul Karim Rahmat of Brunei and Minister Abdul Karim Yusof of Malaysia "
        "opened the meeting. Abdul Karim told the delegates that quotas would be shared fairly."
    )
    named = people(s)
    assert "Abdul Karim" not in named["Abdul Karim Rahmat"].aliases
    assert "Abdul Karim" not in named["Abdul Karim Yusof"].aliases


@pytest.mark.parametrize(
    "line",
    [
        # A later mention by surname says so, in a sentence of its own.
        (
            "Dorne said Prime Minister Tomas Lind had long pressed for a shared patrol fleet. "
            "Lind did not travel to Velmar."
        ),
        # After a relative clause that says where they are instead.
        (
            "Trade Minister Tomas Lind, who is in Geneva for talks on tariffs, did not accompany "
            "the President."
        ),
        "Prime Minister Tomas Lind was unable to participate in the summit.",
    ],
)
def test_a_person_said_to_stay_away_is_no_participant(line: str) -> None:
    found = people(
        report(
            "President Ilan Dorne of Chile opened the reef summit in Velmar on Friday.",
            line,
        )
    )
    assert set(found) == {"Ilan Dorne"}


def test_a_bare_name_said_again_only_in_other_stories_headlines_is_not_confirmed() -> None:
    s = report(
        "President Ilan Dorne of Chile opened the reef summit in Velmar on Friday.",
        "Chile will fly water pumps to Monte Verde this week, the foreign ministry said.",
        "Related stories",
        "Floods cut the roads around Monte Verde",
    )
    assert set(people(s)) == {"Ilan Dorne"}


@pytest.mark.parametrize("honorific", ["Eng.", "Engr."])
def test_an_engineer_s_honorific_is_neither_a_name_nor_a_role(honorific: str) -> None:
    found = people(
        report(
            f"Executive Secretary {honorific} Tomas Lind said the dams on the river were "
            "safe, and Minister of Energy Mr. Karl Berg agreed."
        )
    )
    assert {n: p.role for n, p in found.items()} == {
        "Tomas Lind": "Executive Secretary",
        "Karl Berg": "Minister of Energy",
    }


@pytest.mark.parametrize(
    "line",
    [
        "Leaders met at the Queen Salote Memorial Hall Conference Centre in the capital.",
        "The delegations prayed at the Sultan Omar Ali Grand Mosque before the talks.",
        "Ministers flew in to Prince Fahad International Airport on Monday.",
        "The gala was held at the King Tupou University auditorium.",
        "The winners of the President Ana Lobo Prize were named at the dinner.",
    ],
)
def test_a_place_named_after_a_person_is_no_participant(line: str) -> None:
    assert people(report(line)) == {}


def test_an_adverb_before_a_phrase_of_absence_keeps_the_person_out() -> None:
    found = people(
        report(
            "President Lena Varga also stayed away and sent Deputy Premier Ivo Dral, who spoke "
            "for Velmar at the closing session."
        )
    )
    assert list(found) == ["Ivo Dral"]


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            "The Maltese prime minister, Roberta Zammit, said the ferries would run daily.",
            "Roberta Zammit",
            "prime minister",
            "Malta",
        ),
        (
            "Chile's foreign minister, Tomás Aravena, told reporters the deal was close.",
            "Tomás Aravena",
            "foreign minister",
            "Chile",
        ),
        (
            "The president of Ghana, Kwesi Boateng, opened the second session.",
            "Kwesi Boateng",
            "president",
            "Ghana",
        ),
    ],
)
def test_a_country_s_lower_case_title_names_the_holder_after_its_comma(
    line: str, name: str, role: str, country: str
) -> None:
    found = people(report(line))
    assert list(found) == [name]
    assert (found[name].role, found[name].country) == (role, country)


def test_a_lower_case_title_without_a_country_names_no_one_after_its_comma() -> None:
    found = people(report("As one prime minister, Roberta Zammit, put it, the ferries are late."))
    assert all(p.role is None for p in found.values())


@pytest.mark.parametrize(
    "absent",
    [
        "Trade Minister Ivo Dral did not make the trip, officials said.",
        "Deputy Premier Ivo Dral, the fleet's minister, declined the invitation, citing the budget.",
    ],
)
def test_a_declined_trip_keeps_the_person_out(absent: str) -> None:
    found = people(report("President Lena Varga opened the session.", absent))
    assert list(found) == ["Lena Varga"]


@pytest.mark.parametrize(
    "headline",
    [
        "Chancellor hosts Tarsk Summit in Vel",
        "Prime Minister heads Nordvik Talks at the Harbour",
        "Foreign Minister chairs Nordvik Ferry Talks",
    ],
)
def test_a_plural_noun_after_one_office_is_a_verb_not_a_title(headline: str) -> None:
    s = report(
        headline, "Premier Dagny Solvik opened the talks.", '"We are ready," the Premier said.'
    )
    assert set(people(s)) == {"Dagny Solvik"}
    assert [q.speaker for q in s.quotes] == ["dagny-solvik"]


@pytest.mark.parametrize(
    ("line", "role", "country"),
    [
        (
            "Vel was represented by the inland waterways minister, Ines Barova, who signed.",
            "inland waterways minister",
            None,
        ),
        (
            "The Danish fisheries and ports minister, Ines Barova, said so.",
            "fisheries and ports minister",
            "Denmark",
        ),
        ("Chile's mining minister, Ines Barova, told delegates.", "mining minister", "Chile"),
        (
            "Its prime minister, Ines Barova, told reporters the talks went well.",
            "prime minister",
            None,
        ),
    ],
)
def test_a_lower_case_title_keeps_its_portfolio_before_its_holder(
    line: str, role: str, country: str | None
) -> None:
    s = report("Premier Dagny Solvik opened the talks.", line)
    p = people(s)["Ines Barova"]
    assert (p.role, p.country) == (role, country)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Fisheries and Ports Minister Ines Barova said the quota was fair.",
            "Fisheries and Ports Minister",
        ),
        (
            "Vel's International Trade Minister Ines Barova attended.",
            "International Trade Minister",
        ),
        ("Public Works Secretary Ines Barova attended.", "Public Works Secretary"),
    ],
)
def test_a_ministry_s_portfolio_joins_the_title(line: str, role: str) -> None:
    s = report("Premier Dagny Solvik opened the talks.", line)
    assert people(s)["Ines Barova"].role == role


def test_a_portfolio_word_before_a_known_body_makes_it_another_s() -> None:
    s = report(
        "Premier Dagny Solvik opened the talks. Ines Barova, Director of the Regional "
        "Cooperation Secretariat, also attended."
    )
    assert people(s)["Ines Barova"].organisation == "Regional Cooperation Secretariat"


@pytest.mark.parametrize(
    "line",
    [
        "Vel sent its foreign minister, as President Ines Barova is on a state visit to Tarsk.",
        (
            "Vel was represented by its foreign minister, President Ines Barova being held up "
            "at home by a budget vote."
        ),
        (
            "A message from President Ines Barova, who is attending a fisheries forum in Tarsk, "
            "was read out."
        ),
    ],
)
def test_someone_away_on_other_business_is_absent(line: str) -> None:
    s = report("Premier Dagny Solvik opened the talks.", line)
    assert set(people(s)) == {"Dagny Solvik"}


def test_a_two_word_surname_in_capitals_is_one_person_with_its_short_form() -> None:
    s = report(
        "President Marie-Claire ODOUMA KESSI opened the session of the lake states.",
        "In the restricted session, President ODOUMA KESSI urged her peers to act.",
    )
    assert list(people(s)) == ["Marie-Claire ODOUMA KESSI"]


def test_a_demonym_leader_gives_the_main_figure_their_country() -> None:
    s = report(
        "President Tomas Verhoek opened the Delta Council summit on Friday with a call for dykes.",
        "“We will not wait for the next flood,” the Zambian leader said.",
    )
    verhoek = people(s)["Tomas Verhoek"]
    assert verhoek.country == "Zambia"
    assert [q.speaker for q in s.quotes] == [verhoek.id]


def test_someone_written_to_is_not_the_main_figure() -> None:
    s = report(
        "President Tomas Verhoek opened the Delta Council summit on Friday with a call for dykes.",
        "In the evening he sent a message of sympathy to the President of the Republic of Peru.",
    )
    assert people(s)["Tomas Verhoek"].country is None


def test_a_plural_noun_before_one_name_makes_no_person() -> None:
    s = report(
        "President Tomas Verhoek walked with the leaders of Chile and Peru at the Lima Sea Park.",
    )
    assert set(people(s)) == {"Tomas Verhoek"}


def test_spaced_forms_of_address_are_neither_a_name_nor_part_of_one() -> None:
    # Gulf papers space "H E" (His Excellency) and stack forms of address before the name.
    s = report(
        "Ministers of the river basin council met in Muscat on Tuesday. The council's Executive "
        "Director H E Dr. Salma Khalfan Al Rawahi presented the annual plan.",
        "Jordan's Minister of Water and Irrigation H E Eng. Omar Nasser Al Rawashdeh told the "
        "council that aquifers were falling. Iraq's Minister of Water Resources H E Kareem "
        "Jaafar Al Saadi agreed.",
        'Speaking to reporters afterwards, H E Dr. Al Rawahi said the plan was "water first, '
        'projects second".',
        "H E Al Rawashdeh later met H E Al Saadi to discuss the shared wells.",
    )
    ps = people(s)
    assert set(ps) == {
        "Salma Khalfan Al Rawahi",
        "Omar Nasser Al Rawashdeh",
        "Kareem Jaafar Al Saadi",
    }
    assert ps["Omar Nasser Al Rawashdeh"].role == "Minister of Water and Irrigation"
    assert ps["Kareem Jaafar Al Saadi"].country == "Iraq"
    assert [q.speaker for q in s.quotes] == [ps["Salma Khalfan Al Rawahi"].id]
    assert [sorted(m.participants) for m in s.meetings] == [
        sorted([ps["Omar Nasser Al Rawashdeh"].id, ps["Kareem Jaafar Al Saadi"].id])
    ]


@pytest.mark.parametrize("address", ["Dr.", "H E", "Prof."])
def test_a_form_of_address_after_a_two_part_portfolio_leaves_the_title_whole(address: str) -> None:
    s = report(
        f"Tunisia's Minister of Industry and Mines {address} Hela Ben Salah opened the forum. "
        "She called for a shared phosphate exchange."
    )
    p = people(s)["Hela Ben Salah"]
    assert (p.role, p.country) == ("Minister of Industry and Mines", "Tunisia")


@pytest.mark.parametrize(
    "line",
    [
        (
            "President Lea Martens laid a wreath in memory of the founders and thanked the late "
            "Prof. Osei Adjei Bonsu, the first chair of the board."
        ),
        (
            "Deputy Premier Osei Adjei Bonsu, who had been expected at the talks in Velmar, "
            "cancelled his participation on Sunday."
        ),
    ],
)
def test_the_late_and_the_expected_who_cancelled_are_no_participants(line: str) -> None:
    s = report("Leaders of the lake states met in Velmar on Monday.", line)
    assert "Osei Adjei Bonsu" not in people(s)


def test_capitalised_words_the_report_also_writes_in_lower_case_are_no_name() -> None:
    # "General" is a rank, but the report speaks of "the capital replenishment" in lower case.
    s = report(
        "Governors of the development fund approved the capital replenishment on Friday.",
        "The resolution, approving the Ninth General Capital Replenishment of US$3 billion, was "
        "adopted unanimously. Minister Ana Young said young people would benefit.",
    )
    assert set(people(s)) == {"Ana Young"}


def test_a_roman_edition_number_opens_no_name() -> None:
    s = report(
        "Ministers opened the XLIV Ordinary Session in Velmar on Monday.",
        "XLIV Ordinary Session delegates adopted the budget. Chair Lea Martens thanked them.",
        "At the XLIV Ordinary Session, Ordinary business was quick.",
    )
    assert "XLIV Ordinary" not in people(s)


@pytest.mark.parametrize(
    "line",
    [
        (
            "Premier Osei Adjei Bonsu, whose country joined the forum last year, was not able to "
            "attend the meeting."
        ),
        "Premier Osei Adjei Bonsu had to cancel his trip because of the budget vote.",
        "Premier Osei Adjei Bonsu was notably absent from the gala dinner.",
        "Premier Osei Adjei Bonsu is expected in Velmar next month for talks on the dam.",
    ],
)
def test_more_ways_of_saying_someone_is_away(line: str) -> None:
    s = report("Leaders of the lake states met in Velmar on Monday.", line)
    assert "Osei Adjei Bonsu" not in people(s)


def test_a_fortress_before_a_description_is_a_place_not_its_holder() -> None:
    s = report(
        "Premier Lea Martens hosted the lake states' summit in Velmar on Monday.",
        "After the talks at the Kalemegdan Fortress, the Premier told reporters the dam would "
        "be built.",
    )
    assert set(people(s)) == {"Lea Martens"}


def test_the_words_of_an_area_s_name_are_no_person() -> None:
    s = report(
        "Leaders met for the 9th Lakeland Growth Triangle Area summit. Chair Lea Martens closed "
        "it. Triangle Area officials were pleased."
    )
    assert set(people(s)) == {"Lea Martens"}


HOSTED = (
    "The Prime Minister hosted the third Baltic Ports Summit in Tallinn\n"
    "Ferries and grid links led the talks when Poland's Prime Minister came to Toompea.\n"
    "On Thursday, Prime Minister Kaja Rebane hosted the third Baltic Ports Summit in Tallinn. "
    "The summit gathered Poland's Prime Minister Marek Zielny and Latvia's Prime Minister "
    "Anna Ozola, who arrived by ferry.\n"
    "Zielny said Polish ports would share their data. Ozola backed a joint grid study.\n"
    "“Our ports are our lungs, and we breathe together,” the Prime Minister said.\n"
)


def test_the_host_of_a_summit_is_of_its_country_and_a_bare_title_hosting_it() -> None:
    s = summitdoc.parse_text(HOSTED)
    found = people(s)
    assert found["Kaja Rebane"].country == "Estonia"
    assert found["Marek Zielny"].country == "Poland"
    (q,) = s.quotes
    assert q.speaker == found["Kaja Rebane"].id


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # An organisation's official hosts for the body, not for the country of the venue.
        (
            (
                "OSCE Secretary General Mira Holtby hosted the ministerial meeting in Vienna on "
                "Tuesday."
            ),
            "Mira Holtby",
        ),
        # Another head is already of the country: the host may be someone else's.
        (
            (
                "Kenyan President Amos Wekesa and Prime Minister Lars Oldeberg met in Nairobi. "
                "President Ruth Amani hosted the summit there on Monday."
            ),
            "Ruth Amani",
        ),
    ],
)
def test_a_host_gets_no_country_without_the_evidence(line: str, name: str) -> None:
    assert people(report(line))[name].country is None


def test_a_list_of_titles_each_before_its_name() -> None:
    s = report(
        "The summit brought together the Peruvian President Lucia Campos Vera, the President "
        "of Chile, Mateo Ruiz Soler, the President of Bolivia, Ana Quispe Mamani, and the Prime "
        "Minister of Jamaica, Neville Barrett."
    )
    found = people(s)
    assert found["Lucia Campos Vera"].country == "Peru"
    assert found["Mateo Ruiz Soler"].country == "Chile"
    assert found["Ana Quispe Mamani"].country == "Bolivia"
    assert found["Neville Barrett"].country == "Jamaica"


def test_a_title_after_a_titled_name_stays_its_own_before_an_addressed_name() -> None:
    s = report(
        "Attending were General Omar Hassan Said, Chairman of the Sovereign Council of the "
        "Republic of the Sudan, His Highness Sheikh Rashid Al Mualla, Chief of the Court of Qatar."
    )
    found = people(s)
    assert found["Omar Hassan Said"].country == "Sudan"
    assert found["Rashid Al Mualla"].country == "Qatar"


def test_an_acronym_set_off_between_a_title_and_its_name() -> None:
    s = report(
        "Premier Dagny Solvik opened the lagoon summit in Velmar.",
        "Also present were the Governor of the Reserve Bank of Kenya, RBK, Mrs Wanjiru Otieno, "
        "and the Director-General of the East African Payments Institute, EAPI, Dr Kito Baraka.",
    )
    ps = people(s)
    # The portfolio before the country stays in the role (the bank's "of Kenya" goes to
    # the country, as a ministry's does).
    assert (ps["Wanjiru Otieno"].role, ps["Wanjiru Otieno"].country) == (
        "Governor of the Reserve Bank",
        "Kenya",
    )
    baraka = ps["Kito Baraka"]
    assert baraka.role == "Director-General of the East African Payments Institute"
    assert baraka.country is None  # the list's country is the governor's, not his
    assert baraka.organisation == "East African Payments Institute"


def test_a_host_named_by_who_hosted_his_counterparts() -> None:
    s = report(
        "The summit was attended by President Tomas Kalnins, who hosted his counterparts; "
        "President Ada Obi of Ghana and President Ruth Kamara of Liberia.",
        "The leaders met at the State House in Riga.",
    )
    assert people(s)["Tomas Kalnins"].country == "Latvia"


def test_an_indefinite_description_is_someone_unnamed() -> None:
    """ "a senior Kenyan official said": not the one Kenyan participant."""
    s = report(
        "President Wanjiru Otieno of Kenya hosted the lagoon summit in Mombasa.",
        "“Nobody expected a deal on the port,” a senior Kenyan official said.",
        "“We expected one,” the Kenyan leader said.",
    )
    assert [q.speaker for q in s.quotes] == [None, "wanjiru-otieno"]


@pytest.mark.parametrize(
    ("apposition", "role", "country", "organisation"),
    [
        ("Togo's trade minister", "Trade Minister", "Togo", None),
        ("the Togolese deputy prime minister", "Deputy Prime Minister", "Togo", None),
        ("the executive secretary of the LVBC", "executive secretary of the LVBC", None, "LVBC"),
    ],
)
def test_a_lower_case_apposition_after_a_name_says_whose_office(
    apposition: str, role: str, country: str | None, organisation: str | None
) -> None:
    s = report(
        "Leaders of the lake states met in Kisumu on Friday.",
        f"“The lake is one larder” for the fleets of all three states, Abla Kpodar-Mensah, "
        f"{apposition}, told the plenary.",
    )
    p = people(s)["Abla Kpodar-Mensah"]
    assert (p.role, p.country, p.organisation) == (role, country, organisation)
    (q,) = s.quotes
    assert q.speaker == p.id


def test_surname_particle_capitalised_at_sentence_start_is_the_same_person() -> None:
    s = report(
        "Trade Minister Joris ter Horst joined the regional ministers in Ghent on Thursday.",
        "Ter Horst told reporters that the corridor would open next spring.",
        "Senator Lucia dos Anjos chaired the closing panel. Dos Anjos thanked the hosts.",
    )
    found = people(s)
    assert set(found) == {"Joris ter Horst", "Lucia dos Anjos"}
    assert "Ter Horst" in found["Joris ter Horst"].aliases


def test_one_name_after_a_plural_noun_holds_no_title() -> None:
    s = report(
        "The pact goes back to 1998, when it was drafted by the leaders of the Lowland "
        "Movement, Arno Vehko, and of the Coastal Front, Lidia Parma.",
        "President Rune Alsaker opened this year's session.",
    )
    assert set(people(s)) == {"Rune Alsaker"}
    s = report(
        "The minister later met his Estonian and Finnish counterparts, Mart Kask and Ilkka Salo."
    )
    assert "Mart Kask" in people(s)  # a list after the noun still names its first


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Minister of Labour and Naturalisation Idris Wekesa opened the talks.",
            "Idris Wekesa",
            "Minister of Labour and Naturalisation",
        ),
        (
            "The forum heard Minister of Heritage and Journalism Petra Lindqvist, who spoke briefly.",
            "Petra Lindqvist",
            "Minister of Heritage and Journalism",
        ),
        (
            "Secretary of Trade and Digitalisation Omar Haddou signed for the islands.",
            "Omar Haddou",
            "Secretary of Trade and Digitalisation",
        ),
        (
            "Principal Deputy Assistant Secretary of Commerce Dana Holloway led the delegation.",
            "Dana Holloway",
            "Principal Deputy Assistant Secretary of Commerce",
        ),
        (
            "Spain’s Undersecretary of State for Enterprises Lucas Ferrer joined by video link.",
            "Lucas Ferrer",
            "Undersecretary of State for Enterprises",
        ),
        (
            "The session was chaired by Minister of Labour Md. Rafiqul Karim of Bangladesh.",
            "Md. Rafiqul Karim",
            "Minister of Labour",
        ),
        (
            "Secretary of Tourism Ma. Luisa Dimaculangan welcomed the delegates.",
            "Ma. Luisa Dimaculangan",
            "Secretary of Tourism",
        ),
        (
            "Beretitenti Tanieru Kourabi of Kiribati opened the session.",
            "Tanieru Kourabi",
            "Beretitenti",
        ),
    ],
)
def test_a_title_before_a_name_ends_where_the_name_starts(line: str, name: str, role: str) -> None:
    """Portfolio nouns by their ending, ranks, short given names and local titles."""
    (p,) = report(line).participants
    assert (p.name, p.role) == (name, role)


def test_ranks_before_a_short_title_are_no_person() -> None:
    s = report(
        "Deputy Assistant Secretary of Energy Paula Strand arrived late.",
        '"The grid must be shared," Deputy Assistant Secretary Strand said.',
    )
    (p,) = s.participants
    assert p.name == "Paula Strand"
    assert [q.speaker for q in s.quotes] == [p.id]


def test_an_author_box_after_the_story_names_no_participant() -> None:
    s = report(
        "President Odile Ferrand opened the summit and thanked the host city.",
        "Lena Marsh",
        "Lena Marsh is a senior trade correspondent at The Harbour Times.",
    )
    assert set(people(s)) == {"Odile Ferrand"}


@pytest.mark.parametrize(
    "place",
    ["the Great Okavango Transfrontier Park", "the Great Gobi Transboundary Park"],
)
def test_a_thing_s_name_opened_by_a_plain_capitalised_word_is_no_person(place: str) -> None:
    s = report(
        f"The three presidents signed a protocol on rangers for {place}, the largest reserve in "
        "the region.",
        "Park coordinator Dr Amara Dube said the rangers would be ready within a year.",
    )
    found = people(s)
    assert set(found) == {"Amara Dube"}


def test_a_possessive_description_in_lower_case_keeps_the_titled_role() -> None:
    s = report(
        "President Kagiso Molefe, who hosted his two counterparts, opened the talks at noon.",
        "Gaborone opposed the sale, and Molefe, Botswana's president, did not respond to it.",
    )
    p = people(s)["Kagiso Molefe"]
    assert (p.role, p.country) == ("President", "Botswana")


def test_a_glottal_stop_inside_a_name_is_part_of_it() -> None:
    s = report("Governor Malia Fa‘asavalu of the northern district welcomed the delegates.")
    assert "Malia Fa‘asavalu" in people(s)


def test_a_leader_only_mentioned_at_another_time_takes_no_part() -> None:
    s = report(
        "Fisheries ministers of the Coral Basin Council met in Port Vell on Monday, chaired "
        "by Minister Ines Calvo Ruiz.",
        "President Ramon Ortiz Vela is expected to present the plan at the leaders' summit "
        "in March.",
        "Prime Minister Hana Lisk Moreno had last week ordered a review of quotas.",
        "Chancellor Otto Brandt Keller’s government has been criticised over the quotas.",
        "The ministers are due to be received by President Lena Marsh Oduya on Tuesday.",
    )
    assert set(people(s)) == {"Ines Calvo Ruiz"}


def test_a_leader_mentioned_later_still_counts_for_what_they_did() -> None:
    s = report(
        "President Ramon Ortiz Vela opened the Coral Basin Council summit in Port Vell.",
        "Prime Minister Hana Lisk Moreno’s government will host the next meeting.",
        "Hana Lisk Moreno told reporters the quotas would hold.",
    )
    assert set(people(s)) == {"Ramon Ortiz Vela", "Hana Lisk Moreno"}


def test_nor_after_an_honorific_or_a_name_word_is_a_given_name() -> None:
    s = report(
        "Fisheries Minister Tan Sri Nor Hisham Abdullah chaired the Coral Basin Council talks.",
        "Siti Nor Aini Yusof, who led the observers, said the quotas were fair.",
        "Nor did the ministers agree on ferry fares.",
    )
    found = people(s)
    assert set(found) == {"Nor Hisham Abdullah", "Siti Nor Aini Yusof"}
    assert found["Nor Hisham Abdullah"].role == "Fisheries Minister"


def test_a_sesotho_form_of_address_is_no_first_name() -> None:
    s = report(
        "Water Minister Lerato Mokhele opened the Coral Basin Council meeting.",
        "Closing the session, Ntate Mokhele said the basin plan would be ready by June.",
    )
    assert set(people(s)) == {"Lerato Mokhele"}


def test_a_lower_case_title_before_an_honorific_is_the_persons_role() -> None:
    s = report(
        "The ferries would run daily, transport minister Dr Amira Castell Ruiz said.",
    )
    assert people(s)["Amira Castell Ruiz"].role == "transport minister"


def test_a_name_whose_relative_clause_ends_in_a_reporting_verb_is_a_speaker() -> None:
    s = report(
        "Amira Castell Ruiz, who sat with the Portuguese observers, said the ferries would "
        "run daily.",
        "Coral Basin, which the council named after the reef, covers four states.",
    )
    assert set(people(s)) == {"Amira Castell Ruiz"}


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            (
                "The talks were chaired by the Minister of Ports and Inland Waterways of Peru, "
                "Ms Lucia Mendoza Ruiz, who opened them."
            ),
            "Lucia Mendoza Ruiz",
            "Minister of Ports and Inland Waterways",
            "Peru",
        ),
        (
            "The Minister of Forests and Energy of Ghana, Dr Kojo Mensah Boateng, spoke next.",
            "Kojo Mensah Boateng",
            "Minister of Forests and Energy",
            "Ghana",
        ),
        (
            "Peru’s Tides and Lagoons Minister Lucia Mendoza Ruiz opened the meeting.",
            "Lucia Mendoza Ruiz",
            "Tides and Lagoons Minister",
            "Peru",
        ),
    ],
)
def test_a_portfolio_the_knowledge_lacks_stays_in_the_role(
    line: str, name: str, role: str, country: str
) -> None:
    person = people(report(line))[name]
    assert (person.role, person.country) == (role, country)


def test_capitalised_words_after_of_the_are_no_portfolio() -> None:
    s = report(
        "Commander of the Joint Harbour Patrol Rear Admiral Tomas Reyes Ortega said the "
        "patrols would double."
    )
    assert people(s)["Tomas Reyes Ortega"].role != "Joint Harbour Patrol Rear Admiral"


@pytest.mark.parametrize(
    "line",
    [
        '"The nets come up empty," said Ilse Marwick, who runs a fishers\' cooperative.',
        "“We asked for a port, not a promise,” said Joaquim Tavares, the union's spokesperson.",
        '"Nobody read the annex," says Oyelola Bankole.',
    ],
)
def test_a_name_after_an_inverted_reporting_verb_is_a_speaker(line: str) -> None:
    s = report(line)
    (p,) = s.participants
    (speech,) = s.speeches
    assert speech.speaker == p.id


def test_a_name_after_a_verb_with_no_quote_is_no_speaker() -> None:
    # No quote closes before "said": the verb reports a view, and "Carmen Ruiz" may be its
    # object ("the harbour board said Carmen Ruiz would ...") as well as its subject.
    assert not report("The board said Carmen Ruiz Vidal would review the quotas.").participants


@pytest.mark.parametrize(
    ("line", "role", "country"),
    [
        (
            "Norway's ambassador to Kenya Sigrid Aasen told the session that the quotas held.",
            "ambassador to Kenya",
            "Norway",
        ),
        (
            "Sigrid Aasen, Norway's ambassador to the Philippines, told the session it was late.",
            "ambassador to the Philippines",
            "Norway",
        ),
        (
            "Norway's ambassador to Kenya, Sigrid Aasen, told the session that the quotas held.",
            "ambassador to Kenya",
            "Norway",
        ),
        (
            "The Ambassador to Kenya, Sigrid Aasen, told the session it was late.",
            "Ambassador to Kenya",
            None,
        ),
    ],
)
def test_a_posting_is_the_role_s_and_not_the_holder_s_country(
    line: str, role: str, country: str | None
) -> None:
    (p,) = report(line).participants
    assert p.name == "Sigrid Aasen"
    assert p.role == role
    assert p.country == country


def test_loose_portfolio_words_go_on_to_the_office_s_country_before_a_name() -> None:
    s = report(
        "Deputy Under Secretary for Ocean Governance of the Republic of Chile Marta Ibáñez "
        "said the quotas held."
    )
    (p,) = s.participants
    assert p.name == "Marta Ibáñez"
    assert p.role == "Deputy Under Secretary for Ocean Governance"
    assert p.country == "Chile"


def test_prof_without_a_full_stop_is_a_form_of_address() -> None:
    s = report("Prof Halvard Strand opened the session. “It held,” said Prof Strand.")
    (p,) = s.participants
    assert p.name == "Halvard Strand"


def test_a_cancelled_appearance_is_an_absence() -> None:
    s = report(
        "Premier Ottar Lysne, who had been billed as the keynote speaker, cancelled his "
        "appearance at short notice.",
        "Minister Hedda Brun opened the session instead.",
    )
    assert set(people(s)) == {"Hedda Brun"}


def test_a_lower_case_title_of_the_country_before_its_holder() -> None:
    (p,) = report(
        "The prime minister of the Bahamas, Lionel Forbes, said the quotas held."
    ).participants
    assert (p.name, p.role, p.country) == ("Lionel Forbes", "prime minister", "Bahamas")


def _roles(s: summitdoc.Summit) -> dict[str, str | None]:
    return {name: p.role for name, p in people(s).items()}


def test_an_office_before_a_rank_is_the_role() -> None:
    s = report(
        "The talks were chaired by Chief of Defence Staff (CDS) Lieutenant General Idris Omar "
        "Baig. Commander of the Coast Guard Rear Admiral Sione Latu attended.",
        "Colonel Mara Lindqvist said the drills would resume in May.",
    )
    assert _roles(s) == {
        "Idris Omar Baig": "Chief of Defence Staff",
        "Sione Latu": "Commander of the Coast Guard",
        "Mara Lindqvist": "Colonel",
    }


def test_an_office_in_apposition_after_a_rank_is_the_role() -> None:
    s = report(
        "The visitors were led by General Wu Lianfeng, Deputy Chief of the Joint Staff "
        "Department of the Defence Council. Its navy was represented by its Chief of Naval "
        "Staff, Rear Admiral Teodor Balan."
    )
    found = people(s)
    assert _roles(s) == {
        "Wu Lianfeng": "Deputy Chief of the Joint Staff Department of the Defence Council",
        "Teodor Balan": "Chief of Naval Staff",
    }
    # "Joint Staff" is a body of a known organisation only where no longer name goes on.
    assert found["Wu Lianfeng"].organisation is None
    assert found["Wu Lianfeng"].aliases == ()


def test_an_abbreviated_rank_with_a_surname_is_a_short_form() -> None:
    s = report(
        "Chief of Army Staff (COAS) General Tariq Anwar Malik opened the session. Gen Malik "
        "said the border posts would be rebuilt. Adm Rauf, who heads the navy, agreed.",
    )
    found = people(s)
    assert "Gen Malik" not in found
    assert found["Tariq Anwar Malik"].role == "Chief of Army Staff"
    assert "Gen Malik" in found["Tariq Anwar Malik"].aliases


def test_an_office_after_a_rank_runs_to_its_country() -> None:
    s = report(
        "Air Marshal Kofi Mensah, Commander of Allied Air Forces in the Gulf, attended. General "
        "Ama Owusu, Chairman of the Transitional Council of Ghana, spoke. Vice Admiral Lea "
        "Brandt, Deputy Commander of Germany's Baltic Fleet, listened."
    )
    found = people(s)
    assert _roles(s) == {
        "Kofi Mensah": "Commander of Allied Air Forces in the Gulf",
        "Ama Owusu": "Chairman of the Transitional Council",
        "Lea Brandt": "Deputy Commander of Germany's Baltic Fleet",
    }
    assert found["Ama Owusu"].country == "Ghana"


def test_a_nickname_with_the_surname_is_a_short_form() -> None:
    s = report(
        'Interior Secretary Roberto "Bobby" Dalisay opened the session. Later, Bobby Dalisay said '
        "the centre would open in May. Premier Ana Ruiz spoke, and Luis Ruiz answered."
    )
    found = people(s)
    assert "Bobby Dalisay" not in found
    assert "Bobby Dalisay" in found['Roberto "Bobby" Dalisay'].aliases
    # Another given name with the same surname is somebody else.
    assert {"Ana Ruiz", "Luis Ruiz"} <= set(found)


@pytest.mark.parametrize("title", ["Coordinator-General", "Registrar-General", "Auditor-General"])
def test_an_office_general_before_a_known_name_is_its_title(title: str) -> None:
    s = report(
        f"The visitors were greeted by Omar Nabil Khoury. {title} Omar Nabil Khoury presented a "
        "report on the fund."
    )
    assert _roles(s) == {"Omar Nabil Khoury": title}


@pytest.mark.parametrize("rank", ["Vice Adm.", "Rear Adm", "Gen."])
def test_an_abbreviated_compound_rank_is_no_person(rank: str) -> None:
    s = report(
        f"Rahimi met with Chilean Navy chief {rank} Tomas Ibarra Luna to discuss the harbour."
    )
    found = people(s)
    assert "Tomas Ibarra Luna" in found
    assert not [name for name in found if name in rank or rank.startswith(name)]


def test_an_office_read_later_replaces_a_rank() -> None:
    s = report(
        "General Wu Lianfeng arrived on Monday. Later, Chief of the General Staff Wu Lianfeng "
        "opened the drills."
    )
    assert _roles(s) == {"Wu Lianfeng": "Chief of the General Staff"}


def test_the_president_of_a_body_is_not_the_head_of_state() -> None:
    s = report(
        "President Amadou Keita of Mali chaired the Conference with his peers of Niger and Chad.",
        "The Conference renewed the mandate of the President of the Commission for four years.",
    )
    keita = people(s)["Amadou Keita"]
    assert "the President of the Commission" not in keita.aliases


def test_the_president_of_a_body_is_the_one_whose_title_names_it() -> None:
    s = report(
        "President Amadou Keita of Mali chaired the Conference.",
        "Ms Awa Traore-Diallo, President of the Harbour Commission, presented the report.",
        "The Conference renewed the mandate of the President of the Commission for four years.",
    )
    assert "the President of the Commission" in people(s)["Awa Traore-Diallo"].aliases


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "H.E. Sheikh Mansour bin Rashid Al Habsi, Minister of Fisheries, opened the session.",
            "Mansour bin Rashid Al Habsi",
            "Minister of Fisheries",
        ),
        (
            (
                "Ambassador Lerato Mokoena, Head of the Maritime Safety Division, briefed the "
                "ministers."
            ),
            "Lerato Mokoena",
            "Head of the Maritime Safety Division",
        ),
        (
            "Senator Ana Ruiz Vela, Minister of Ports of Belize, chaired the talks.",
            "Ana Ruiz Vela",
            "Minister of Ports",
        ),
    ],
)
def test_an_office_after_the_name_replaces_an_honorific(line: str, name: str, role: str) -> None:
    assert people(report(line))[name].role == role


def test_an_honorific_alone_stays_the_role() -> None:
    s = report("Ambassador Lerato Mokoena briefed the ministers on the harbour works.")
    assert people(s)["Lerato Mokoena"].role == "Ambassador"


@pytest.mark.parametrize(
    ("line", "name", "role", "country", "org"),
    [
        (
            (
                "Ilse Vandermeer, director of the WMO’s Regional Forecasting Office, told the "
                "meeting that storms were getting worse."
            ),
            "Ilse Vandermeer",
            "director of the WMO’s Regional Forecasting Office",
            None,
            "World Meteorological Organization",
        ),
        (
            (
                "Kofi Asante-Mensah, director of legal affairs at the LCBC's executive secretariat, "
                "added that the treaty text was final."
            ),
            "Kofi Asante-Mensah",
            "director of legal affairs at the LCBC's executive secretariat",
            None,
            "LCBC",
        ),
        (
            (
                "Tomasz Grabski, deputy director of fisheries at Poland's Ministry of "
                "Maritime Economy, who signed the protocol, said quotas would hold."
            ),
            "Tomasz Grabski",
            "deputy director of fisheries at Poland's Ministry of Maritime Economy",
            "Poland",
            None,
        ),
        (
            (
                "Rangi Te Kira, chairman of the Northland Regional Growers' Council, said the "
                "ferry link mattered most."
            ),
            "Rangi Te Kira",
            "chairman of the Northland Regional Growers' Council",
            None,
            "Northland Regional Growers' Council",
        ),
        (
            (
                "Odile Marchetti, secretary general of the Alpine-Adriatic Liaison Office, "
                "said the next round would follow."
            ),
            "Odile Marchetti",
            "secretary general of the Alpine-Adriatic Liaison Office",
            None,
            "Alpine-Adriatic Liaison Office",
        ),
    ],
)
def test_a_description_in_apposition_is_read_to_its_closing_comma(
    line: str, name: str, role: str, country: str | None, org: str | None
) -> None:
    p = people(report(line))[name]
    assert (p.role, p.country, p.organisation) == (role, country, org)


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            "Sri Lanka Ports Authority Chairman Ruwan Jayasekara said the berths were ready.",
            "Ruwan Jayasekara",
            "Sri Lanka Ports Authority Chairman",
            "Sri Lanka",
        ),
        (
            "Jamaica Development Bank President Marcia Fletcher said loans would rise.",
            "Marcia Fletcher",
            "Jamaica Development Bank President",
            "Jamaica",
        ),
        (
            "Bhutan Tala Fund Director Karma Wangdi said the grants were paid.",
            "Karma Wangdi",
            "Bhutan Tala Fund Director",
            "Bhutan",
        ),
        (
            "Peruvian Coastal Fisheries Board Chairman Luis Quispe said catches fell.",
            "Luis Quispe",
            "Peruvian Coastal Fisheries Board Chairman",
            "Peru",
        ),
        # An abstract head names a portfolio here, not a body: the adjective stays out.
        (
            "Norwegian Development Cooperation Minister Anne Berg said aid would grow.",
            "Anne Berg",
            "Development Cooperation Minister",
            "Norway",
        ),
    ],
)
def test_a_country_opening_a_body_name_before_a_title_stays_in_the_role(
    line: str, name: str, role: str, country: str
) -> None:
    p = people(report(line))[name]
    assert (p.role, p.country) == (role, country)


def _own_body_report(*lines: str) -> dict[str, summitdoc.Participant]:
    return people(
        summitdoc.parse_text(
            "\n".join(
                [
                    "LCFA ministers meet in Kigoma",
                    (
                        "Ministers of the Lake Chad Fisheries Authority (LCFA) met in Kigoma on "
                        "Monday for their annual session."
                    ),
                    *FILLER,
                    *lines,
                ]
            )
            + "\n"
        )
    )


def test_a_title_the_summits_unknown_body_owns_gives_that_body() -> None:
    p = _own_body_report(
        "LCFA Executive Secretary Amina Bello said stocks were recovering.",
        "The Director of the LCFA Secretariat, Jean-Paul Mbeki, presented the budget.",
        "The Director of the LCFA Training Institute, Ruth Okello, presented the courses.",
    )
    assert p["Amina Bello"].organisation == "Lake Chad Fisheries Authority"
    assert p["Jean-Paul Mbeki"].organisation == "Lake Chad Fisheries Authority"
    # An institute is a body of its own, not the summit body's organ.
    assert p["Ruth Okello"].organisation == "LCFA Training Institute"


def test_a_state_office_naming_the_summits_body_stays_the_states() -> None:
    p = _own_body_report(
        "Minister for LCFA Affairs Musa Garba said the quotas were fair.",
        "Outgoing LCFA Chair and Chad Fisheries Minister Idriss Mahamat handed over.",
    )
    assert p["Musa Garba"].organisation is None
    assert p["Idriss Mahamat"].organisation is None


def test_former_before_a_capitalised_title_after_a_preposition() -> None:
    s = report(
        "The port plan, drawn up under former Secretary General Tomas Rydberg in the 2030s, "
        "was adopted by the ministers. Secretary General Ines Alvar opened the session."
    )
    assert list(people(s)) == ["Ines Alvar"]


def test_an_envoy_for_a_country_holds_no_citizenship_of_it() -> None:
    s = report(
        "The EU Special Envoy for Myanmar, Karel Dvorak, attended the talks. Ambassador for "
        "Chile Rosa Pinto joined them."
    )
    found = people(s)
    assert (found["Karel Dvorak"].role, found["Karel Dvorak"].country) == (
        "EU Special Envoy for Myanmar",
        None,
    )
    assert found["Karel Dvorak"].organisation == "European Union"
    assert found["Rosa Pinto"].country is None


def test_the_office_of_a_titled_person_acted_not_the_person() -> None:
    s = report(
        "The office of Ghana's Minister of Fisheries, Kwame Asante, praised the talks in a "
        "statement released in Accra. Foreign Minister Ana Ruiz Vela chaired the session."
    )
    assert list(people(s)) == ["Ana Ruiz Vela"]


def test_an_office_after_will_is_a_verb() -> None:
    s = report(
        "The Baltic Ports Forum (BPF) met in Gdansk. Ports Minister Ola Berg, who will chair "
        "BPF until 2050, opened the session."
    )
    assert list(people(s)) == ["Ola Berg"]


def test_a_glossed_acronym_opens_no_name() -> None:
    s = report(
        "Navy chiefs met in Goa for the 12th BPF Conclave of Chiefs under the Baltic Ports "
        "Forum (BPF).",
        "Ports Minister Ola Berg said BPF would grow.",
        "The decisions in BPF are taken by the members.",
        "The next BPF Conclave of Chiefs will be held in 2049.",
    )
    assert list(people(s)) == ["Ola Berg"]


def test_faroese_particles_inside_a_name() -> None:
    s = report(
        "Minister of Trade Hallur við Gjógv, who led his delegation, said the talks were useful. "
        "Speaker Marjun í Dali attended."
    )
    assert list(people(s)) == ["Hallur við Gjógv", "Marjun í Dali"]


def test_territories_give_their_leaders_a_country() -> None:
    s = report(
        "The President of New Caledonia, Paul Wamytan, and Premier of Anguilla Ellis Webster "
        "joined the talks."
    )
    found = people(s)
    assert found["Paul Wamytan"].country == "New Caledonia"
    assert found["Ellis Webster"].country == "Anguilla"


def test_an_acronym_in_capitals_is_the_body_not_the_territory() -> None:
    s = report(
        "Secretary General of GUAM Petro Koval and Governor of Guam Lou Leon Guerrero attended."
    )
    found = people(s)
    assert (found["Petro Koval"].country, found["Petro Koval"].organisation) == (
        None,
        "GUAM Organization for Democracy and Economic Development",
    )
    assert found["Lou Leon Guerrero"].country == "Guam"


def test_right_honourable_before_a_title_is_no_name() -> None:
    s = report(
        "Right Honourable Prime Minister Sher Bahadur Thapa opened the forum. Right Honourable "
        "guests then toured the harbour."
    )
    assert list(people(s)) == ["Sher Bahadur Thapa"]


@pytest.mark.parametrize(
    "line",
    [
        "The governors began the General Review of Capital, which ends in 2050.",
        "The governors began the General Capital Review, which ends in 2050.",
    ],
)
def test_a_title_word_opening_a_review_is_no_person(line: str) -> None:
    assert list(people(report(line))) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("French Education Minister Luc Ferry attended the summit.", "Luc Ferry"),
        ("Minister of Culture Ana Bay opened the festival.", "Ana Bay"),
        ("Prime Minister Ana Island said the talks went well.", "Ana Island"),
    ],
)
def test_a_titled_name_ending_in_a_thing_word_is_still_a_person(line: str, name: str) -> None:
    assert list(people(report(line))) == [name]


def test_a_side_cue_whose_verb_ends_the_text_reads_no_further() -> None:
    # The verb two tokens from the end of the text: the phrase check after it stops there.
    assert people(summitdoc.parse_text("Ports summit opens\n\nThe Kenyan delegation met.\n")) == {}


def test_a_verb_between_an_owner_and_a_title_is_no_portfolio() -> None:
    s = report("Chile's Rosa Pinto Thanks Minister Tomas Berg for the talks.")
    assert _roles(s)["Tomas Berg"] == "Minister"


def test_a_loose_description_keeps_the_body_its_complement_read() -> None:
    s = report(
        "Tom Berg, director of the Chile Fisheries Agency for two decades, said the stocks "
        "were low."
    )
    assert people(s)["Tom Berg"].organisation == "Chile Fisheries Agency"


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Minister for Pensioners' Affairs Odile Brandt spoke after the lunch break.",
            "Odile Brandt",
            "Minister for Pensioners' Affairs",
        ),
        (
            "The talks included Director of the Premier's Office Colm Tierney.",
            "Colm Tierney",
            "Director of the Premier's Office",
        ),
        (
            (
                "Also present was Kiran Bose, Director of the Farmers’ Welfare Directorate, who "
                "spoke briefly."
            ),
            "Kiran Bose",
            "Director of the Farmers’ Welfare Directorate",
        ),
        (
            "Minister of Economy and Emigrants Yara Nassif arrived on Monday.",
            "Yara Nassif",
            "Minister of Economy and Emigrants",
        ),
        (
            "Chair of the Water & Sanitation Board Petra Lind spoke after the lunch break.",
            "Petra Lind",
            "Chair of the Water & Sanitation Board",
        ),
    ],
)
def test_a_possessive_or_an_ampersand_inside_a_portfolio(line: str, name: str, role: str) -> None:
    found = people(report(line))
    assert found[name].role == role


def test_a_places_possessive_after_a_title_starts_another_office() -> None:
    s = report(
        "The Chair of the Board of Trustees, Lene Aas, handed the gavel to Norway's "
        "Minister of Finance Trond Vik."
    )
    assert _roles(s) == {
        "Lene Aas": "Chair of the Board of Trustees",
        "Trond Vik": "Minister of Finance",
    }


def test_an_organ_owned_by_a_possessive_names_no_known_body() -> None:
    found = people(report("The Director of the Network's Secretariat, Jonas Berg, also attended."))
    assert found["Jonas Berg"].role == "Director of the Network's Secretariat"
    assert found["Jonas Berg"].organisation is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Also attending were Omar Faris and Lina Sabbagh.", ["Omar Faris", "Lina Sabbagh"]),
        ("The Kenyan delegation was led by Amos Wekesa.", ["Amos Wekesa"]),
        (
            "The ministers heard from Leila Haddad, the fund's chief economist.",
            ["Leila Haddad"],
        ),
        (
            (
                "Those present were: Trade Minister Ana Ruiz, Omar Dabbagh of the World Bank, and "
                "Pia Lund."
            ),
            ["Ana Ruiz", "Omar Dabbagh", "Pia Lund"],
        ),
    ],
)
def test_bare_names_after_a_phrase_of_taking_part_attend(line: str, names: list[str]) -> None:
    assert list(people(report(line))) == names


def test_a_bare_name_after_by_is_still_a_byline_outside_a_phrase_of_taking_part() -> None:
    assert people(report("The report was written by Omar Faris and Lina Sabbagh.")) == {}


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Tomas Ekdal, a glaciologist at the Polar Research Centre, said the ice was thinning.",
            "Tomas Ekdal",
            "glaciologist at the Polar Research Centre",
        ),
        (
            (
                "Rita Moyo, a senior statistician with the Regional Data Office, told the "
                "meeting that figures were late."
            ),
            "Rita Moyo",
            "senior statistician with the Regional Data Office",
        ),
        (
            (
                "The ministers heard from Ines Costa, an oceanographer at the Atlantic "
                "Institute, who showed new maps."
            ),
            "Ines Costa",
            "oceanographer at the Atlantic Institute",
        ),
    ],
)
def test_a_profession_known_by_its_ending_describes_a_person(
    line: str, name: str, role: str
) -> None:
    assert people(report(line))[name].role == role


def test_a_photographer_is_still_no_participant() -> None:
    s = report("Jonas Weber, a photographer at the Daily Courier, said the light was poor.")
    assert "Jonas Weber" not in people(s)


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            (
                "The commission's deputy secretary, Anneli Paasikivi, told delegates the budget "
                "was short."
            ),
            "Anneli Paasikivi",
            "deputy secretary",
            None,
        ),
        (
            "The Canadian ambassador, Louis Tremblay, said the text was fair.",
            "Louis Tremblay",
            "ambassador",
            "Canada",
        ),
        (
            "The UK ambassador, Fiona Marsh, said the text was fair.",
            "Fiona Marsh",
            "ambassador",
            "United Kingdom",
        ),
        (
            (
                "The talks were chaired by Chile's envoy for ocean affairs, Rosa Pinto, who "
                "thanked the hosts."
            ),
            "Rosa Pinto",
            "envoy for ocean affairs",
            "Chile",
        ),
    ],
)
def test_a_lower_case_title_one_holder_owns_before_a_name_between_commas(
    line: str, name: str, role: str, country: str | None
) -> None:
    p = people(report(line))[name]
    assert (p.role, p.country) == (role, country)


def test_a_possessive_before_a_lower_case_title_without_a_name_adds_nobody() -> None:
    s = report("The council's secretary general, in a statement, said the budget was short.")
    assert people(s) == {}


@pytest.mark.parametrize(
    "line",
    [
        (
            "Chile's Minister of Energy, Tomas Riquelme, had been invited as a guest but cancelled "
            "at the last minute."
        ),
        "Trade Minister Nadia Farouk, who had planned to attend, sent a video message.",
        (
            "Senator Paul Okafor, who was not part of the delegation, will raise the matter in "
            "parliament."
        ),
    ],
)
def test_a_person_who_called_off_or_had_only_planned_to_come_is_absent(line: str) -> None:
    assert people(report(line)) == {}


def test_a_phrase_of_taking_part_reaches_no_further_than_its_sentence() -> None:
    s = report("Also present was Ines Duarte. Tom Berg Olsen watched from the quay.")
    assert list(people(s)) == ["Ines Duarte"]


def test_a_list_after_a_phrase_of_taking_part_crosses_forms_of_address() -> None:
    s = report("Also attending were Dr. Ines Duarte and Mr. Bo Lindqvist.")
    assert list(people(s)) == ["Ines Duarte", "Bo Lindqvist"]


@pytest.mark.parametrize(
    ("line", "name", "role", "country"),
    [
        (
            (
                "The envoy later sat down with the head of the Peruvian delegation, Rosa Quispe, "
                "to go over the draft."
            ),
            "Rosa Quispe",
            "head of the Peruvian delegation",
            "Peru",
        ),
        (
            "Tomas Virtanen, leader of the Finnish delegation, said the text was balanced.",
            "Tomas Virtanen",
            "leader of the Finnish delegation",
            "Finland",
        ),
    ],
)
def test_head_of_a_demonym_delegation_is_an_office(
    line: str, name: str, role: str, country: str
) -> None:
    found = people(report(line))
    assert found[name].role == role
    assert found[name].country == country


@pytest.mark.parametrize(
    ("line", "name", "country"),
    [
        (
            "Ilse Moller, who headed the Austrian delegation, praised the hosts.",
            "Ilse Moller",
            "Austria",
        ),
        (
            "The Deputy Minister of Trade, Kofi Mensah, led the Ghanaian delegation to the talks.",
            "Kofi Mensah",
            "Ghana",
        ),
        (
            "Deputy Governor Aigerim Bekova was part of the Kazakh delegation at the dinner.",
            "Aigerim Bekova",
            "Kazakhstan",
        ),
        (
            "For the Norwegian delegation, Sigrid Aas argued that the quota was too low.",
            "Sigrid Aas",
            "Norway",
        ),
        (
            "Uganda's delegation was made up of Grace Namara and Peter Okello.",
            "Peter Okello",
            "Uganda",
        ),
        (
            (
                "A delegation of Mongolia, led by Deputy Minister of Energy Bat-Erdene Gansukh, "
                "took part in the talks."
            ),
            "Bat-Erdene Gansukh",
            "Mongolia",
        ),
        (
            (
                "Under-Secretary Ana Cruz, speaking on behalf of the Mexican delegation, welcomed "
                "the plan."
            ),
            "Ana Cruz",
            "Mexico",
        ),
        (
            (
                "The Chilean delegation was led by Minister of Mines Ana Soto. The Argentine "
                "delegation was led by Minister of Trade Pablo Ferraro."
            ),
            "Pablo Ferraro",
            "Argentina",
        ),
        (
            "The South African delegation included Thabo Nkosi and Lindiwe Dube.",
            "Lindiwe Dube",
            "South Africa",
        ),
    ],
)
def test_a_delegation_gives_its_members_their_country(line: str, name: str, country: str) -> None:
    assert people(report(line))[name].country == country


@pytest.mark.parametrize(
    "line",
    [
        "Transport Minister Lena Hoff welcomed the Estonian delegation to the port.",
        "The Estonian delegation thanked Transport Minister Lena Hoff for the visit.",
    ],
)
def test_a_delegation_named_beside_someone_is_not_theirs(line: str) -> None:
    assert people(report(line))["Lena Hoff"].country is None


@pytest.mark.parametrize(
    ("lines", "name", "alias"),
    [
        (
            (
                "Minister of Water K.Rahimov opened the session.",
                "Later Minister of Water Komil Rahimov said the canal would be lined.",
            ),
            "Komil Rahimov",
            "K.Rahimov",
        ),
        (
            (
                "Minister of Water Komil Rahimov opened the session.",
                "Minister K. Rahimov then said the canal would be lined.",
            ),
            "Komil Rahimov",
            "K. Rahimov",
        ),
    ],
)
def test_initials_name_the_person_their_full_name_names(
    lines: tuple[str, ...], name: str, alias: str
) -> None:
    found = people(report(*lines))
    assert set(found) == {name}
    assert alias in found[name].aliases


def test_initials_of_another_given_name_are_someone_else() -> None:
    found = people(
        report(
            "Minister of Water D. Rahimov opened the session.",
            "Later Minister of Energy Komil Rahimov said the grid would be ready.",
        )
    )
    assert set(found) == {"D. Rahimov", "Komil Rahimov"}


def test_a_bracketed_name_after_a_body_is_the_bodys() -> None:
    found = people(
        report(
            "The Nepali delegation was led by Head of the Soil Conservation and Watershed Agency "
            "(Bhu Samrakshan) Professor Dr Sita Gurung, while the Bhutanese delegation was led "
            "by Director-General of Forests Karma Wangdi.",
            "The pilot, Samrakshan said, would start in the hills.",
        )
    )
    assert "Bhu Samrakshan" not in found
    assert found["Karma Wangdi"].country == "Bhutan"


def test_two_letter_initials_written_onto_the_name() -> None:
    found = people(
        report(
            "Prime Minister Ch.Oyunbileg greeted the ministers at the palace.",
            "President Ts.Gantulga, who is on a state visit to Chile, did not attend the meeting.",
        )
    )
    assert set(found) == {"Ch.Oyunbileg"}
    assert found["Ch.Oyunbileg"].role == "Prime Minister"


@pytest.mark.parametrize(
    ("lines", "thing"),
    [
        (
            (
                "He urged members to finish the Lilongwe–Nkata Bay road before the rains.",
                "The two presidents discussed the Likoma Bay–Nkata Bay ferry service.",
            ),
            "Nkata Bay",
        ),
        (
            (
                "Delegates arrived in Doha for the two-day 12th GEF Ministerial Meeting (GEF12).",
                "The Ministerial was hosted by Qatar and co-hosted by Peru.",
            ),
            "GEF Ministerial",
        ),
        (
            (
                "Ministers from the five Eastern Caribbean Contracting Parties signed the text.",
                "Three of the five Contracting Parties have ratified it.",
                "Contracting Parties sign up to the new rules",
            ),
            "Caribbean Contracting",
        ),
        (
            ("It is a forum where Northwest African and Atlantic partners meet as equals.",),
            "Northwest African",
        ),
    ],
)
def test_a_title_case_phrase_of_a_place_or_a_meeting_is_no_person(
    lines: tuple[str, ...], thing: str
) -> None:
    assert thing not in people(report(*lines))
