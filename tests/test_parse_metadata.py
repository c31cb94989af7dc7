"""Metadata rules: glossed organisations, "meeting of ... heads" names, places, duration, bylines.

Each case uses invented wording, different from ``spec/patterns.md`` and the corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

import summitdoc

PAD = (
    (
        "Buses ferried delegates from the airport along the coastal highway, and volunteers in "
        "yellow vests directed the crowds at every junction of the old harbour district."
    ),
    (
        "Rain fell through the afternoon and the evening reception was moved indoors to the main "
        "hall, where a string quartet played for the guests until late in the night."
    ),
)


def page(*lines: str) -> summitdoc.Summit:
    """One paragraph per line, with two long neutral lines at the end (wire layout)."""
    return summitdoc.parse_text("\n".join([*lines, *PAD]) + "\n")


def test_organisation_glossed_with_its_acronym() -> None:
    s = page(
        "Ministers and leaders converge on the lake shore",
        "The Great Lakes Water Partnership (GLWP) summit began in Kampala on Thursday.",
    )
    assert (s.organisation, s.acronym) == ("Great Lakes Water Partnership", "GLWP")


def test_a_headline_naming_a_bodys_secretary_does_not_make_it_the_summits() -> None:
    s = page(
        "LFA secretary welcomes lake states' ferry code",
        "Published 6 June 2048",
        "KISUMU, June 5 - Leaders of the five lake states adopted a shared ferry safety code at "
        "their ninth summit in Kisumu on Friday.",
        "The code will be policed by the Lake Ferries Authority (LFA), a regulator set up by the "
        "transport ministries in 2031, whose secretary said it would take two years to train "
        "inspectors.",
    )
    assert (s.organisation, s.acronym) == (None, None)


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        # Its members are the lede's subject.
        (
            "Reef ministers trim the quota",
            (
                "SUVA: Parties and observer states of the Southern Reef Management Council (SRMC) "
                "on Tuesday lowered the catch quota by a fifth."
            ),
        ),
        (
            "Quota trimmed after long talks",
            "Delegates from the Southern Reef Management Council (SRMC) lowered the quota.",
        ),
        # The body is the subject and holds its meeting in the same clause.
        (
            "Quota trimmed after long talks",
            "The Southern Reef Management Council (SRMC) closed its ninth annual session in Suva.",
        ),
        # The headline names the body's chair.
        (
            "Fiji takes over SRMC chair",
            (
                "Ministers in Suva handed the chair of the Southern Reef Management Council (SRMC) "
                "to Fiji."
            ),
        ),
    ],
)
def test_glossed_organisation_tied_by_lede_or_headline(headline: str, lede: str) -> None:
    s = page(headline, lede)
    assert (s.organisation, s.acronym) == ("Southern Reef Management Council", "SRMC")


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        # A source, not the summit: the body holds no meeting of its own in the clause.
        (
            "Minister back from the lake summit",
            "The Ministry of External Relations (MER) said the minister returned on Friday.",
        ),
        # A project the talks dealt with, named in the headline without its chair.
        (
            "Leaders agree to extend SRC rail link",
            "Leaders agreed to extend the Southern Rail Corridor (SRC) to the coast.",
        ),
    ],
)
def test_glossed_body_in_passing_is_not_the_organisation(headline: str, lede: str) -> None:
    assert page(headline, lede).organisation is None


def test_gloss_that_the_words_do_not_spell_is_ignored() -> None:
    s = page(
        "Ministers and leaders converge on the lake shore",
        "The Great Lakes Water Partnership (XYZ) summit began in Kampala on Thursday.",
    )
    assert s.organisation is None
    assert s.acronym is None


def test_name_meeting_of_heads_of_state_with_modifier() -> None:
    s = page(
        "Leaders of the island states talk about fishing quotas",
        "An extraordinary meeting of Pacific Islands Forum heads of state opened in Suva today.",
    )
    assert s.name == "extraordinary meeting of Pacific Islands Forum heads of state"


def test_country_without_city() -> None:
    s = page(
        "Delegates wrap up talks on shared rivers",
        "The two-day forum in Peru ended on Saturday. The host said the next gathering would "
        "take place in Quito.",
    )
    assert (s.city, s.country) == (None, "Peru")
    assert s.duration == "two-day"


def test_next_meeting_country_is_not_the_host() -> None:
    s = page(
        "Delegates wrap up talks on shared rivers",
        "Ministers agreed to hold the next summit in Peru after a long night of talks.",
    )
    assert s.country is None


@pytest.mark.parametrize(
    "line",
    [
        "Leaders pledged to attend the Ocean Summit, to be held in Lima in May 2035.",
        "The two agreed to convene their joint council in Lima later this year.",
        "They looked forward to meeting again at the next summit in Lima.",
        "Both delegations will travel to the upcoming session in Lima.",
        "The previous gathering was held in Lima four years ago.",
        "The last summit before this one had been held in Lima, Peru, in 2031.",
        "Ministers agreed to reconvene the joint council in Lima in March.",
        "The two heads of state agreed to convene their council in Lima next autumn.",
        "The Premier will attend the energy conference in Lima.",
        "The following session of the river states' council is due to be held in Lima.",
        "Their twelfth round of border talks is set to take place in Lima, officials said.",
        "In their talks the two agreed that the joint commission would meet in Lima in June.",
    ],
)
def test_a_later_meetings_city_is_not_the_summits(line: str) -> None:
    s = page("Delegates wrap up talks on shared rivers", line)
    assert s.city is None


def test_the_summits_city_after_its_venue_and_not_a_meeting_still_to_come() -> None:
    s = page(
        "Delegates wrap up talks on shared rivers",
        "The Prime Minister attended the Fourth Summit of the River Basin States at the "
        "Riverside Conference Hall in Asuncion on Tuesday.",
        "She agreed with her Bolivian host to convene a water council in Lima later this year.",
    )
    assert (s.city, s.country) == ("Asuncion", "Paraguay")


def test_a_city_told_as_the_meetings_place_beats_one_named_more_often() -> None:
    s = page(
        "River states agree on flood warnings",
        "At the talks, the Singapore Prime Minister called for a ferry route to Singapore.",
        "Leaders signed a flood-warning pact at a river states summit in Cordoba on Monday.",
    )
    assert (s.city, s.country) == ("Cordoba", "Argentina")


def test_the_place_in_a_where_clause_after_the_city() -> None:
    s = page(
        "Basin leaders pledge joint patrols",
        "The President spoke on Monday at the lakeside resort in Entebbe, where she hosted "
        "the Ninth Summit of the Lakes Region States.",
        "She reminded the summit that a fisherman in Kisumu cannot sell his catch in Goma.",
    )
    assert (s.city, s.country) == ("Entebbe", "Uganda")


def test_the_city_that_hosted_the_summit_beats_the_next_ones() -> None:
    s = page(
        "Lake states agree on joint patrols",
        "Kisumu hosted on Friday the third summit of the Lake Shore Security Pact, set up by "
        "four riparian states in 2030.",
        "The fourth summit of the pact is scheduled to take place in Entebbe in 2036.",
    )
    assert (s.city, s.country) == ("Kisumu", "Kenya")


def test_the_city_that_hosted_an_earlier_summit_is_not_this_ones() -> None:
    s = page(
        "Lake states agree on joint patrols",
        "Kisumu hosted the previous summit of the Lake Shore Security Pact three years ago.",
    )
    assert s.city is None


def test_the_city_before_the_summit_noun() -> None:
    s = page(
        "Ministers back a customs treaty",
        "Prime ministers discussed trade and energy over two long sessions on Thursday.",
        "Their envoys called the texts approved at the Rome summit a real step forward.",
    )
    assert (s.city, s.country) == ("Rome", "Italy")


def test_a_blog_post_line_after_the_date_is_no_place() -> None:
    s = page(
        "Lake states adopt a fisheries plan",
        "Tuesday, 4 March 2042 Category: Press 2 Comments",
        "Leaders of the lake states adopted a fisheries plan at their annual meeting.",
    )
    assert s.city is None


def test_venue_gives_its_city() -> None:
    s = page(
        "Readout of the Chancellor's talks with the Spanish Prime Minister",
        "The Chancellor received Prime Minister Pablo Herrero at the Kremlin on Friday evening "
        "for talks on gas.",
    )
    assert (s.city, s.country) == ("Moscow", "Russia")


def test_correspondent_hand_over_place() -> None:
    s = page(
        "Pacific leaders sign fisheries pact",
        "Pacific leaders signed a fisheries pact on Tuesday. Our correspondent Tom Reyes reports "
        "from the Fijian town of Nadi.",
        "The pact sets catch limits for tuna across the region for the next decade.",
    )
    assert (s.city, s.country) == ("Nadi", "Fiji")


def test_dateline_place_with_a_gloss() -> None:
    s = page(
        "Talks with the President of Chile",
        "June 3, 2024 11:05 Villa Serena (state residence)",
        "The two presidents met on the sidelines of the Andean summit.",
    )
    assert s.city == "Villa Serena"
    assert s.date == dt.date(2024, 6, 3)


def test_byline_lines_under_the_headline() -> None:
    s = page(
        "Danube states agree on flood plan",
        "Marta Kovacs",
        "(Central Wire Service)",
        "Budapest",
        "Fri, June 13, 2025",
        "The Danube Commission summit agreed on Wednesday to pool flood defences along the river.",
    )
    assert (s.city, s.country) == ("Budapest", "Hungary")
    assert s.date == dt.date(2025, 6, 11)
    assert all("Kovacs" not in p.name for p in s.participants)


def test_constituent_country_gives_the_state() -> None:
    s = page(
        "Finance ministers end their meeting",
        "The ministers closed their summit at a golf hotel in Wales on Sunday.",
    )
    assert s.country == "United Kingdom"


def test_a_secretariat_or_a_commission_is_not_the_meeting_s_name() -> None:
    s = page(
        "Southeast Asian leaders close their talks on river dams",
        "Leaders of the Association of Southeast Asian Nations ended two days of talks in "
        "Vientiane on Friday, and officials of the ASEAN Secretariat briefed reporters afterwards.",
    )
    assert s.organisation == "Association of Southeast Asian Nations"
    assert s.name != "ASEAN Secretariat"
    s = page(
        "African leaders meet on the Sahel",
        "The chairperson of the African Union Commission opened the meeting of African Union "
        "leaders in Malabo on Sunday.",
    )
    assert s.name != "African Union Commission"


def test_a_publisher_s_name_at_the_page_top_is_not_the_meeting_s_name() -> None:
    s = summitdoc.parse_text(
        "European Council\nMedia release\n4 June 2031 18:20\n\n"
        "EU-Chile summit in Santiago: leaders sign a raw materials partnership\n\n"
        "The ninth summit between the European Union and Chile took place in Santiago on "
        "4 June 2031, where the leaders signed a partnership on raw materials.\n"
    )
    assert s.title == "EU-Chile summit in Santiago: leaders sign a raw materials partnership"
    assert s.name != "European Council"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("(Reuters Photo/Ana Ruiz)", "Reuters Photo/Ana Ruiz"),
        ("(Photo: Kyodo)", "Kyodo"),
        ("(Pic Casa Rosada)", "Pic Casa Rosada"),
        ("(Antara/Ana Ruiz)", "Antara/Ana Ruiz"),
        ("( Ana Ruiz - Bernama )", "Ana Ruiz - Bernama"),
    ],
)
def test_a_credit_in_brackets_closes_a_caption(caption: str, credit: str) -> None:
    """A line ending in a bracketed photo credit is a caption, kept out of the story."""
    s = page(
        "Lake leaders agree water pact",
        f"President Ilse Brandauer arrives at the lake summit in Kisumu. {caption}",
        "Leaders of the lake states met in Kisumu on Friday and agreed a water pact.",
    )
    assert [(c.text, c.credit) for c in s.captions] == [
        ("President Ilse Brandauer arrives at the lake summit in Kisumu.", credit)
    ]


def test_a_bare_agency_in_brackets_is_no_photo_credit() -> None:
    """ "..., the ministry said. (Antara)" credits the story: no caption."""
    s = page(
        "Lake leaders agree water pact",
        "Leaders of the lake states met in Kisumu on Friday and agreed a water pact.",
        "The talks ran late into the night, the ministry said. (Antara)",
    )
    assert s.captions == ()


def test_the_photo_above_the_story_dates_the_summit() -> None:
    """A lead caption "... in Kisumu on March 4, 2032" dates a story that says only "Friday"."""
    s = page(
        "Lake leaders agree water pact",
        "Leaders pose at the lake summit in Kisumu on March 5, 2032. (Antara/Ana Ruiz)",
        "Leaders of the lake states agreed a water pact on Friday in Kisumu.",
    )
    assert s.date == dt.date(2032, 3, 5)


def test_a_title_case_dateline_with_an_agency_in_brackets() -> None:
    """ "Kisumu (dpa) - ..." names the place and the agency, as "KISUMU (dpa) -" does."""
    s = page(
        "Lake leaders agree water pact",
        "Kisumu (dpa) - Leaders of the lake states agreed on Friday to build a water pact.",
    )
    assert (s.city, s.source.outlet) == ("Kisumu", "DPA")


def test_a_writer_line_names_the_outlet() -> None:
    s = page(
        "Lake leaders agree water pact",
        "WRITER: Kyodo",
        "Leaders of the lake states agreed on Friday in Kisumu to build a water pact.",
    )
    assert s.source.outlet == "Kyodo"


def test_an_abbreviation_in_a_menu_is_a_menu_entry() -> None:
    """ "World / U.S. / Politics" above the headline: "U.S." is no paragraph of the story."""
    s = page(
        "Kyodo News",
        "World",
        "U.S.",
        "Politics",
        "Sports",
        "Lake leaders agree water pact",
        "Leaders of the lake states agreed on Friday in Kisumu to build a water pact.",
    )
    assert s.title == "Lake leaders agree water pact"


def blank_lines(*lines: str) -> summitdoc.Summit:
    """A saved page: one block per line, blank lines between."""
    return summitdoc.parse_text("\n\n".join([*lines, *PAD]) + "\n")


def test_site_lines_above_a_breadcrumb_are_no_headline() -> None:
    s = blank_lines(
        "STATE HOUSE",
        "REPUBLIC OF THE MARSHALL ISLANDS",
        "Home  |  Newsroom  |  Speeches",
        "Newsroom",
        "Minister Ngiraked closes the Pacific Tuna Forum in Koror with a catch deal",
        "2 March 2034",
        "Minister Ilana Ngiraked closed the Pacific Tuna Forum in Koror on Thursday after two days "
        "of talks on catch limits with ministers from eleven island states.",
    )
    assert s.title == "Minister Ngiraked closes the Pacific Tuna Forum in Koror with a catch deal"
    assert s.subtitle is None


def test_a_language_link_between_site_name_and_breadcrumb_is_no_headline() -> None:
    s = blank_lines(
        "Federal Chancellery",
        "Deutsch",
        "Home > Chancellor > Travels",
        "Danube States Summit Meeting",
        "June 9, 2033",
        "On June 9, Chancellor Marta Vogl held a summit meeting with the leaders of the Danube "
        "states in Linz, where they agreed to open a joint river traffic centre.",
    )
    assert s.title == "Danube States Summit Meeting"
    assert s.name == "Danube States Summit"


def test_a_date_label_without_its_colon_gives_a_year_first_date() -> None:
    s = blank_lines(
        "Home | Press | Briefings",
        "President Amani hosts the Lake Victoria summit and signs a fisheries pact with neighbours",
        "Date 2032.04.21    Category Press Release",
        "President Joel Amani hosted the leaders of Kenya and Tanzania in Entebbe, where they signed "
        "a pact to share fisheries data and patrol the lake together.",
    )
    assert s.date == dt.date(2032, 4, 21)


def test_a_headline_naming_the_summit_by_its_place_gives_way_to_the_story() -> None:
    s = page(
        "Leaders agree on port security at Lisbon summit",
        "The Atlantic Ports Summit closed in Lisbon on Friday with a pledge to share cargo "
        "screening data across the ocean's busiest harbours.",
    )
    assert s.name == "Atlantic Ports Summit"


def test_a_title_case_headline_is_trimmed_to_the_name_the_story_writes() -> None:
    s = page(
        "Premier Lund Opens Third Nordic-Baltic Summit in Riga",
        "Premier Eva Lund opened the third Nordic-Baltic Summit in Riga on Monday, calling for a "
        "common grid for offshore wind.",
    )
    assert s.name == "Nordic-Baltic Summit"


def test_a_place_headline_stays_when_the_story_names_no_summit() -> None:
    s = page(
        "Leaders agree on port security at Lisbon summit",
        "Leaders of the ocean's busiest harbour states closed their meeting in Lisbon on Friday "
        "with a pledge to share cargo screening data.",
    )
    assert s.name == "Lisbon summit"


def test_a_day_without_its_year_under_the_page_date_dates_the_summit() -> None:
    s = blank_lines(
        "Home | Press | Briefings",
        "President Amani hosts the Lake Victoria summit and signs a fisheries pact with neighbours",
        "Date 2032.04.21    Category Press Release",
        "President Joel Amani attended the Lake Victoria summit, held in Entebbe on April 20 "
        "(local time), and signed a pact to share fisheries data.",
    )
    assert s.date == dt.date(2032, 4, 20)


def test_a_day_long_before_the_page_date_is_another_event() -> None:
    s = blank_lines(
        "Home | Press | Briefings",
        "President Amani hosts the Lake Victoria summit and signs a fisheries pact with neighbours",
        "Date 2032.04.21    Category Press Release",
        "President Joel Amani hosted the Lake Victoria summit, first held in Entebbe on March 2 "
        "at a smaller scale, and signed a pact to share fisheries data.",
    )
    assert s.date == dt.date(2032, 4, 21)


@pytest.mark.parametrize(
    "line",
    [
        "Chile takes the chair, and the 14th Andes Water Summit is scheduled to be held in Arica.",
        "The Seventh Summit of the Lake Basin States will take place in Mwanza in 2036.",
        "Delegates left for home before the upcoming Rivers Summit in the spring.",
        "Officials said the Third Delta Summit, which will be hosted by Ghana, was fully funded.",
    ],
)
def test_a_summit_still_to_come_does_not_name_this_one(line: str) -> None:
    s = page("Delegates wrap up talks on shared rivers", line)
    assert s.name is None


def test_the_summits_name_keeps_its_of_the_organisation_tail() -> None:
    s = page(
        "Delegates wrap up talks on shared rivers",
        "The Prime Minister attended the 9th Summit of the Lake Basin States (LBS) in Kisumu "
        "on Monday, where fishing quotas topped the agenda.",
        "The 10th Summit of the Lake Basin States will be held in Mwanza in 2036.",
    )
    assert s.name == "9th Summit of the Lake Basin States"


@pytest.mark.parametrize(
    "dateline",
    [
        "Friday, 11 March 2033 | 19:05",
        "11 March 2033 | 9:45 AM",
        "11 March 2033, 9:45 a.m. (local time)",
        "March 11, 2033 14:05 GMT",
        "11 March 2033 | Regional Affairs",
    ],
)
def test_a_time_after_the_date_is_no_place(dateline: str) -> None:
    s = page("Delegates wrap up talks on shared rivers", dateline)
    assert (s.city, s.date) == (None, dt.date(2033, 3, 11))


# A site's own top above the headline: a name and tagline, a long menu, language links, a
# breadcrumb. Evidence that it is the site's (a breadcrumb, or menu entries the lexicon knows)
# makes the first headline-length line under it the headline, and dates under it are read.

LONG_MENU = ("Home", "About", "Ministers", "Newsroom", "Programmes", "Gallery", "Contact", "Search")


def test_a_long_menu_and_a_trailing_breadcrumb_stand_over_the_headline() -> None:
    s = blank_lines(
        "Office of the Prime Minister of the Cook Islands",
        *LONG_MENU,
        "Home » Newsroom »",
        "Prime Minister Tangaroa Hosts Polynesian Leaders, Calls for Shared Fisheries Patrols",
        "December 3, 2034",
        "Prime Minister Mere Tangaroa hosted the leaders of the Polynesian states in Avarua on "
        "Tuesday and called for patrol boats to be shared across the region.",
    )
    assert s.title == (
        "Prime Minister Tangaroa Hosts Polynesian Leaders, Calls for Shared Fisheries Patrols"
    )
    assert s.date == dt.date(2034, 11, 28)  # "on Tuesday" before Sunday, December 3
    assert "Cook Islands" not in {p.name for p in s.participants}


def test_a_menu_of_known_entries_without_a_breadcrumb_stands_over_the_headline() -> None:
    s = blank_lines(
        "Skip to main content",
        "Nordic Council",
        "Council of Nordic Ministers",
        "EN",
        *LONG_MENU,
        "Summits",
        "Nordic summit, Reykjavik, 4 May 2036",
        "Main results",
        "The Nordic prime ministers met in Reykjavik for their spring summit and agreed to link "
        "their electricity grids by the end of the decade.",
    )
    assert s.title == "Nordic summit, Reykjavik, 4 May 2036"


def test_a_long_tagline_over_the_site_s_menu_is_not_the_headline() -> None:
    """A copied page's tagline tops its menu; the headline is under the trail."""
    s = page(
        "Coral Coast Herald",
        "The islands' most trusted daily, bringing you news and views from every atoll and reef",
        "Sign in",
        "Subscribe",
        *LONG_MENU,
        "Home » News » Region",
        "Reef states adopt a fisheries charter and pick Velmar to chair the council",
        "The foreign minister, who stood in for the president, said the charter would keep the "
        "lagoons open to small boats.",
        "by Ana Ruiz",
        "March 4, 2036",
        "Leaders of the reef states adopted a fisheries charter in Velmar on Tuesday and chose "
        "Velmar to chair their council for the next two years.",
    )
    assert s.title == "Reef states adopt a fisheries charter and pick Velmar to chair the council"


def test_the_points_in_brief_under_a_headline_do_not_hide_the_article() -> None:
    """A menu without a trail, then the headline, a byline, a credited photo and a summary."""
    s = page(
        "Skip to main content",
        "Trusted data and analysis for the professional investorDiscover our terminal",
        "World",
        "Business",
        "Markets",
        "Sign In",
        "Register",
        "Asia Pacific",
        "Reef states agree fisheries charter, hand council chair to Velmar",
        "By Ana Ruiz",
        "March 4, 2036 6:10 PM GMT Updated an hour ago",
        "Leaders pose for a photograph at the reef summit in Velmar, March 4, 2036. AFP/Tomas Lind",
        "Summary",
        "Fishing fleets to share patrol boats",
        "Charter to take effect next year",
        "VELMAR, March 4 - Leaders of the reef states agreed on Tuesday on a fisheries charter and "
        "handed the chair of their council to Velmar for two years.",
    )
    assert s.title == "Reef states agree fisheries charter, hand council chair to Velmar"


def test_a_standfirst_copied_without_blank_lines_over_a_byline_and_a_date() -> None:
    """No blank line ends the standfirst; the writer's line and the page's date under it do."""
    s = page(
        "Reef states adopt a fisheries charter in Velmar",
        "President Ana Ruiz says the charter will keep the lagoons open to small boats",
        "By Grace Oduya",
        "4 March 2036",
        "Leaders of the reef states adopted a fisheries charter in Velmar on Tuesday.",
    )
    assert s.subtitle == (
        "President Ana Ruiz says the charter will keep the lagoons open to small boats"
    )


def test_a_lead_copied_without_blank_lines_is_no_standfirst() -> None:
    s = page(
        "Reef states adopt a fisheries charter in Velmar",
        "Leaders of the reef states adopted a fisheries charter in Velmar on Tuesday.",
        "President Ana Ruiz said the charter would keep the lagoons open to small boats, and "
        "that the fleets would share their patrol ships from next year.",
    )
    assert s.subtitle is None


def test_a_breadcrumb_may_end_in_the_page_s_long_title() -> None:
    s = blank_lines(
        "The Presidency",
        "Republic of Malawi",
        *LONG_MENU,
        "Home » Letters » A letter from the President to the nation",
        "A letter from the President to the nation",
        "Thursday, 7 June 2035",
        "Print",
        "Dear compatriots,",
        "On Wednesday I attended the summit of the Great Lakes states in Bujumbura, where we agreed "
        "to reopen the lake ferries.",
    )
    assert s.title == "A letter from the President to the nation"
    assert s.date == dt.date(2035, 6, 6)


def test_a_menu_on_one_line_over_the_breadcrumb_is_no_headline() -> None:
    s = blank_lines(
        "Republic of Palau",
        "Office of the President",
        "Home   The President   Newsroom   Speeches   Photo Gallery   Contact",
        "Home / Newsroom",
        "President Ngiraked Attends the Micronesian Islands Forum in Majuro",
        "Wednesday, 12 September 2035",
        "President Tommy Ngiraked took part today in the Micronesian Islands Forum in Majuro, "
        "where the leaders agreed to build a shared cable landing station.",
    )
    assert s.title == "President Ngiraked Attends the Micronesian Islands Forum in Majuro"


def test_the_headline_over_its_standfirst_stays_the_headline_under_a_site_s_top() -> None:
    s = blank_lines(
        "The Island Herald",
        "Home | News | Region | Sport | Business | Opinion",
        "Island leaders agree to pool disaster funds at Apia meeting",
        "The fund will be run by the forum secretariat from next year, officials say",
        "By Sione Taufa",
        "Island leaders meeting in Apia on Thursday agreed to pool their disaster funds into one "
        "regional account.",
    )
    assert s.title == "Island leaders agree to pool disaster funds at Apia meeting"


def test_a_headline_over_share_buttons_and_a_player_is_left_alone() -> None:
    """Menu-like lines under the first headline do not move the headline down to a later line."""
    s = blank_lines(
        "Coastal leaders sign a mangrove pact in Dakar",
        "Share",
        "Print",
        "Email",
        "Watch: the leaders at the signing ceremony in Dakar",
        "Coastal leaders signed a pact in Dakar on Friday to restore mangrove forests along the "
        "West African shore.",
    )
    assert s.title == "Coastal leaders sign a mangrove pact in Dakar"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        (
            "By Press Bureau ; Posted on : 3 March 2031 ; Category : Press ; Read : 1.204 times",
            dt.date(2031, 3, 3),
        ),
        ("Posted Date : 2031-03-03", dt.date(2031, 3, 3)),
        ("03.04.2031", dt.date(2031, 4, 3)),
        ("3.4.2031 14.20", dt.date(2031, 4, 3)),
        ("Monday, March 3rd 2031 - 10:15 GMT", dt.date(2031, 3, 3)),
    ],
)
def test_a_page_s_date_line_in_other_shapes(line: str, day: dt.date) -> None:
    s = blank_lines(
        "Ministry of Foreign Affairs",
        *LONG_MENU,
        "Home > News > Press releases",
        "Foreign Minister attends the Baltic Sea States Council in Gdansk",
        line,
        "The Foreign Minister attended the meeting of the Council of the Baltic Sea States in "
        "Gdansk, where the members agreed to share data on shipping.",
    )
    assert s.title == "Foreign Minister attends the Baltic Sea States Council in Gdansk"
    assert s.date == day


def test_the_page_s_date_said_again_in_a_signature_block_is_still_its_date() -> None:
    s = blank_lines(
        "Government House",
        *LONG_MENU,
        "Home | News | Press Releases",
        "President Mwale Chairs The Lake Tanganyika Summit In Kigoma",
        "April 14, 2033",
        "President Daniel Mwale today chaired the summit of the Lake Tanganyika states in "
        "Kigoma, where the leaders agreed to a joint fishing season.",
        "Grace Phiri",
        "Press Secretary to the President",
        "April 14, 2033",
    )
    assert s.date == dt.date(2033, 4, 14)


def test_a_time_stamp_of_unsure_day_and_month_is_still_the_page_s_date_line() -> None:
    """ "04/07/2036 - 21:15 CEST" is read as no date, but the caption under it still leads."""
    s = blank_lines(
        "Lake states hand the chair to Uganda and sign a fisheries pact",
        "04/07/2036 - 21:15 CEST",
        "President Amina Odhiambo greets President Joel Amani during the lake summit in Kisumu "
        "on July 4, 2036. EFE/Lucia Marquez",
        "Kisumu, Jul 4 (EFE).- The lake states signed a fisheries pact on Friday and handed the "
        "rotating chair of their council to Uganda.",
    )
    assert s.date == dt.date(2036, 7, 4)
    assert "Lucia Marquez" not in {p.name for p in s.participants}


@pytest.mark.parametrize(
    ("lede", "date"),
    [
        ("Reef leaders yesterday agreed to share patrol ships at their summit in Velmar.", 10),
        ("Reef leaders today agreed to share patrol ships at their summit in Velmar.", 11),
        ("Yesterday, reef leaders agreed to share patrol ships at their summit in Velmar.", 10),
    ],
)
def test_yesterday_counts_back_from_the_page_s_date(lede: str, date: int) -> None:
    s = summitdoc.parse_text(
        "Reef leaders agree to share patrol ships\n\n"
        "By Odile Marchetti | Jun. 11, 2031\n\n"
        "Listen to this story\n\n"  # a line of a few words between the date and the lede
        f"{lede}\n\n"
        "President Ana Ruiz of Peru chaired the reef summit, the third since the pact.\n"
    )
    assert s.date == dt.date(2031, 6, date)


_RIVER_LEDE = (
    "Leaders of the river states adopted a charter on shared dams at their summit in Kisumu on "
    "Friday."
)
_QUOTED_BODY = (
    _RIVER_LEDE,
    '"No river stops at a border," President Joel Amani of Kenya said at the opening.',
)


@pytest.mark.parametrize(
    "byline",
    [
        ("Staff Reporter",),  # an office for a name
        ("Wanjiru Kamau", "Nairobi", "Lakeside Courier"),  # a block of short lines
        ("Courier Desk and Agencies",),
    ],
)
def test_a_standfirst_over_a_byline_block_and_the_date_is_no_section_heading(
    byline: tuple[str, ...],
) -> None:
    s = blank_lines(
        "River states sign dam charter",
        "Uganda to chair the river council from next year; Burundi joins as observer",
        *byline,
        "Sat 14 Mar 2037 09:10 AM",
        *_QUOTED_BODY,
    )
    assert s.subtitle == (
        "Uganda to chair the river council from next year; Burundi joins as observer"
    )
    assert s.date == dt.date(2037, 3, 13)
    assert [sp.topic for sp in s.speeches] == [None]
    assert s.city == "Kisumu"


def test_a_long_issue_stamp_with_author_and_place_is_the_page_s_date_line() -> None:
    s = blank_lines(
        "River states sign dam charter",
        "Leaders also set up a flood warning office in Jinja",
        "Published on 14/03/2037 - 09:10 By Maria Luisa Fonseca Prado - Reporter of the "
        "Lakeside Courier - Nairobi",
        *_QUOTED_BODY,
    )
    assert s.subtitle == "Leaders also set up a flood warning office in Jinja"
    assert [sp.topic for sp in s.speeches] == [None]
    assert "Maria Luisa Fonseca Prado" not in {p.name for p in s.participants}


def test_the_opening_session_of_a_leaders_summit_is_no_meeting_of_leaders() -> None:
    s = blank_lines(
        "River states sign dam charter",
        "Sat 14 Mar 2037 09:10 AM",
        "President Joel Amani speaks at the opening session of the River Leaders' Summit in "
        "Kisumu. Photo: Courier",
        "Leaders of the river states adopted a charter on shared dams at the River Leaders' "
        "Summit in Kisumu on Friday.",
        _QUOTED_BODY[1],
    )
    assert s.name == "River Leaders' Summit"


def test_a_site_s_top_in_another_language_stands_over_an_english_story() -> None:
    """A Spanish site's menus, one a line, over its English release (its paragraphs unwrapped)."""
    groups = [
        [
            "Saltar al contenido",
            "Buscar",
            "Menú",
            "Ministerio de Relaciones Exteriores del Uruguay",
        ],
        ["Inicio", "Prensa", "Contacto"],
        ["Inicio > Ministerio de Relaciones Exteriores del Uruguay > Noticias"],
        [
            "Comunicado de prensa",
            "River states sign dam charter and hand the chair to Paraguay",
            (
                "The Foreign Minister attended the river council in Salto, where leaders set up a "
                "flood office."
            ),
        ],
        ["3 de mayo de 2037 - 10:15 a. m."],
        ["Compartir"],
        *([x] for x in (*_QUOTED_BODY, *PAD)),
        [
            "Noticias relacionadas",
            "Canciller Ferreyra recibe a su par de Bolivia",
            "Presidente Lacalle Ruiz inaugura nueva terminal",
        ],
    ]
    s = summitdoc.parse_text("\n\n".join("\n".join(g) for g in groups) + "\n")
    assert s.title == "River states sign dam charter and hand the chair to Paraguay"
    assert s.subtitle is not None
    assert s.subtitle.startswith("The Foreign Minister attended")
    assert s.date == dt.date(2037, 5, 1)  # "on Friday" before Sunday 3 May
    names = {p.name for p in s.participants}
    assert not names & {"Ferreyra", "Canciller Ferreyra", "Lacalle Ruiz", "Presidente Lacalle Ruiz"}


def test_a_date_line_in_another_language_after_its_label_and_weekday() -> None:
    s = blank_lines(
        "River states sign dam charter",
        "Publié le samedi 2 mai 2037 | Service de presse de la Présidence",
        _RIVER_LEDE,
    )
    assert s.date == dt.date(2037, 5, 1)


@pytest.mark.parametrize("label", ["You are here:", "Sie sind hier:", "Vous êtes ici :"])
def test_a_breadcrumb_after_its_label_is_no_headline(label: str) -> None:
    s = blank_lines(
        "Government of Nauru",
        *LONG_MENU,
        f"{label} Home / Newsroom / Releases",
        "President Detenamo joins Micronesian leaders for ocean talks in Koror",
        "Posted on 9 March 2041",
        "President Aloysius Detenamo joined the Micronesian leaders in Koror on Monday for two "
        "days of talks on fishing licences.",
    )
    assert s.title == "President Detenamo joins Micronesian leaders for ocean talks in Koror"


def test_a_sites_motto_in_quotes_and_its_name_over_its_domain_stand_over_the_headline() -> None:
    for top in (
        ("Government of Tuvalu", "“Tuvalu mo te Atua”"),
        ("Government of Tuvalu\ngov.tv",),
    ):
        s = blank_lines(
            *top,
            "HOME | NEWSROOM | MINISTRIES | CONTACT",
            "Home > Newsroom > Releases",
            "Tuvalu leaders join ocean talks in Koror as the forum turns to fishing licences",
            "Friday, 14 June 2041",
            "Funafuti - The Prime Minister joined the Micronesian leaders in Koror on Thursday "
            "for two days of talks on fishing licences.",
        )
        assert s.title == (
            "Tuvalu leaders join ocean talks in Koror as the forum turns to fishing licences"
        ), top


def test_a_search_label_and_a_share_label_are_page_furniture() -> None:
    s = blank_lines(
        "The Harbour Courier",
        "Search for:",
        *LONG_MENU,
        "Reef states agree on shared patrols at their summit in Koror",
        "By Mele Tonga",
        "Share with friends",
        "Leaders of the reef states agreed on shared coastguard patrols at their summit in Koror "
        "on Tuesday.",
    )
    assert s.title == "Reef states agree on shared patrols at their summit in Koror"


def test_a_date_line_with_its_source_in_brackets_is_the_pages_date() -> None:
    s = blank_lines(
        "The Harbour Courier",
        *LONG_MENU,
        "Reef states agree on shared patrols at their summit in Koror",
        "March 11, 2041 (Harbour Courier Online)",
        "Leaders of the reef states agreed on shared coastguard patrols at their summit in Koror "
        "today.",
    )
    assert s.title == "Reef states agree on shared patrols at their summit in Koror"
    assert s.date == dt.date(2041, 3, 11)


def test_a_desk_name_with_its_address_is_no_section_heading() -> None:
    s = blank_lines(
        "Reef states agree on shared patrols at their summit in Koror",
        "Published: 11 March 2041 09:30",
        "The Courier (desk@courier.example)",
        "Leaders of the reef states agreed on shared coastguard patrols at their summit in Koror "
        "on Tuesday.",
        '"We will sail together," said President Surangel Ngiraked of Palau.',
    )
    assert [sp.topic for sp in s.speeches] == [None]


def test_a_city_the_meeting_closed_in_comes_before_a_city_talks_touched_on() -> None:
    s = page(
        "Partners close their development conference",
        "The fourth Gulf of Guinea Development Conference closed in Accra on Friday with a plan "
        "for coastal railways.",
        "The president also held talks with his Nigerian counterpart, discussing a new port in "
        "Lagos.",
    )
    assert s.city == "Accra"


def test_a_copyright_footer_is_furniture_and_names_no_one() -> None:
    s = blank_lines(
        "Lagoon leaders agree on a fisheries fund",
        "President Anton Varga of Palau opened the Lagoon Forum summit in Koror on Monday.",
        "The leaders adopted the Koror Declaration on fisheries.",
        "Island Ledger © 2041 Harbour Media Group. All rights reserved.",
        "Ledger staff reported from Koror.",
    )
    assert {p.name for p in s.participants} == {"Anton Varga"}


def test_a_known_outlet_named_bare_is_no_participant() -> None:
    s = page(
        "Lagoon leaders agree on a fisheries fund",
        "KOROR (Al Jazeera) - President Anton Varga of Palau opened the Lagoon Forum summit "
        "in Koror on Monday, Al Jazeera reported.",
    )
    assert {p.name for p in s.participants} == {"Anton Varga"}


@pytest.mark.parametrize(
    ("dateline", "city", "day"),
    [
        ("LILONGWE, 14 August 2042 — ", "Lilongwe", dt.date(2042, 8, 12)),
        ("DAR ES SALAAM, 16th Aug. 2042 (Reuters) - ", "Dar es Salaam", dt.date(2042, 8, 12)),
        ("N'DJAMENA, 13 August, 2042 - ", "N'Djamena", dt.date(2042, 8, 12)),
    ],
)
def test_a_day_first_dateline_dates_and_places_the_story(
    dateline: str, city: str, day: dt.date
) -> None:
    s = page(
        "Grain corridor tops the agenda",
        dateline + "Regional leaders gathered on Tuesday for a one-day summit on food prices.",
    )
    assert (s.city, s.date) == (city, day)


@pytest.mark.parametrize("dateline", ["VICTORIA, May 3, 2043 — ", "VICTORIA, 3 May 2043 — "])
def test_a_release_filed_at_home_places_the_summit_where_it_was_held(dateline: str) -> None:
    s = page(
        "Head of Government back from the regional summit",
        dateline + "The Chief Minister returned today from the summit of the "
        "Indian Ocean Commission held in Antananarivo, where the leaders agreed on a fisheries "
        "patrol.",
    )
    assert (s.city, s.country) == ("Antananarivo", "Madagascar")


def test_a_passing_mention_of_a_city_does_not_move_the_dateline() -> None:
    s = page(
        "Head of Government back from the regional summit",
        "VICTORIA, 3 May 2043 — The summit of island leaders closed today with a pledge on "
        "fisheries, a week after ministers held talks on the same subject in Antananarivo.",
    )
    assert s.city == "Victoria"


def test_an_unknown_body_glossed_after_its_heads_of_state() -> None:
    s = page(
        "Leaders take stock of the shrinking basin",
        "Heads of State and Government of the Volta Basin Authority (VBA) met in Ouagadougou "
        "on Friday for their sixth ordinary summit.",
    )
    assert (s.organisation, s.acronym) == ("Volta Basin Authority", "VBA")


def test_a_breadcrumb_laid_out_one_part_per_line_ends_in_no_headline_repeat() -> None:
    s = blank_lines(
        "Government of Saint Lucia",
        "Where you are:",
        "Home",
        "»",
        "Newsroom",
        "»",
        "Premier joins island leaders at the Castries fisheries summit",
        "Premier joins island leaders at the Castries fisheries summit",
        "The Premier, Ms Delphine Auguste, joined the leaders of the island states at the "
        "fisheries summit in Castries on Monday.",
    )
    assert s.title == "Premier joins island leaders at the Castries fisheries summit"


def test_a_date_in_figures_with_the_issuing_office_is_the_page_s_date_line() -> None:
    s = blank_lines(
        "Ministry of Foreign Affairs of Latvia",
        "Talks on Baltic grid dominate the ministers' meeting in Riga",
        "22.9.2044 Press and Information Department",
        "The foreign ministers of the three states met in Riga on Wednesday and agreed to link "
        "their grids to the continental network by spring.",
    )
    assert s.title == "Talks on Baltic grid dominate the ministers' meeting in Riga"
    assert s.subtitle is None
    assert s.date == dt.date(2044, 9, 21)


@pytest.mark.parametrize(
    ("place", "city"),
    [("Gaborone", "Gaborone"), ("Okavango Delta", None)],  # a place unknown: no city guessed
)
def test_a_place_and_an_ordinal_date_under_the_headline_are_a_dateline(
    place: str, city: str | None
) -> None:
    s = blank_lines(
        "Republic of Botswana",
        "President attends the river basin summit",
        f"{place}, 3rd July 2042",
        "Heads of State of the basin's four states met today and agreed to share flood data in "
        "real time.",
        "Flood data",
        "The data will be posted daily on a common portal run by the secretariat.",
    )
    assert s.title == "President attends the river basin summit"
    assert (s.city, s.date) == (city, dt.date(2042, 7, 3))
    assert [sp.topic for sp in s.speeches if sp.topic and "2042" in sp.topic] == []


@pytest.mark.parametrize("stamp", ["2044-03-09 at 16:20", "March 9, 2044 at 4:20"])
def test_a_time_after_at_is_no_place(stamp: str) -> None:
    s = blank_lines(
        "Island leaders close their ocean conference",
        stamp,
        "The heads of state and government met on Wednesday and adopted a charter on deep-sea "
        "mining.",
    )
    assert (s.city, s.date) == (None, dt.date(2044, 3, 9))


def test_a_byline_with_a_colon_and_its_date_is_no_section_heading() -> None:
    s = blank_lines(
        "Premier urges the bloc to open its borders",
        "By: Tamsin Lowe-Hardy, March 9, 2044",
        "Story Highlights",
        "The Premier, Mr Errol Banfield, told the heads of government on Tuesday that free "
        "movement was overdue.",
        "“The region is ready,” Mr Banfield said.",
    )
    assert s.date == dt.date(2044, 3, 8)
    assert [sp.topic for sp in s.speeches] == [None]


def test_a_known_body_s_name_inside_another_name_is_not_that_body() -> None:
    s = page(
        "Three neighbours open their yearly summit",
        "The leaders of Chile, Peru and Bolivia met in Arica on Monday. Ms Rosa Quispe, "
        "Secretary-General of the Andean Water Secretariat (AWS), also attended.",
    )
    (p,) = s.participants
    assert s.organisation != "United Nations"
    assert p.organisation != "United Nations"


@pytest.mark.parametrize(
    "span", ["from March 2 to 4", "on 2 and 3 March", "2-4 March", "March 2-4"]
)
def test_a_page_date_is_not_the_date_of_a_summit_over_several_days(span: str) -> None:
    s = blank_lines(
        "Premier back from the island leaders' summit",
        "By: Tamsin Lowe-Hardy, March 6, 2044",
        f"The Premier, Mr Errol Banfield, attended the summit of island leaders held in "
        f"Roseau, Dominica, {span}.",
    )
    assert s.date is None


def test_a_read_also_list_holds_other_stories_not_meetings() -> None:
    s = summitdoc.parse_text(
        "President joins Turkic summit in Shusha\n\n"
        "President Aidos Bekov took part in the informal summit in Shusha on Friday and held "
        "talks with President Ilham Rzayev. Kyrgyz President Nurlan Osmonov also attended.\n\n"
        "Earlier, Bekov arrived in Azerbaijan on a working visit.\n\n"
        "Read also\nKazakhstan and Azerbaijan sign roadmap on Caspian shipping\n"
        "Bekov meets Kyrgyz President in Cholpon-Ata\nTrending\n"
    )
    names = {p.id: p.name for p in s.participants}
    met = [{names[x] for x in m.participants} for m in s.meetings]
    assert {"Aidos Bekov", "Nurlan Osmonov"} not in met


def _speech_topics(s: summitdoc.Summit) -> set[str | None]:
    return {sp.topic for sp in s.speeches}


@pytest.mark.parametrize(
    "byline",
    [
        "Rosa Quispe (The Lima Courier) Cusco, Peru ● Tue, March 4, 2042",
        "Henrik Dahl in Tromso, Norway 03/04/2042 March 4, 2042",
    ],
)
def test_a_byline_line_ending_in_the_pages_date_is_no_heading(byline: str) -> None:
    s = blank_lines(
        "Andean ministers agree on a shared rail timetable",
        byline,
        "Ministers of the Andean Rail Council agreed on Monday to run one timetable for "
        "cross-border trains from next year.",
        '"Trains should not wait at borders," Transport Minister Julia Paredes of Peru said.',
    )
    assert _speech_topics(s) == {None}
    assert s.date == dt.date(2042, 3, 3)


def test_a_line_that_is_only_a_city_under_the_headline_is_the_place() -> None:
    s = blank_lines(
        "Prime Minister concludes the Andean Rail Council summit",
        "March 4, 2042",
        "Lima, Peru",
        "Today the Prime Minister, Julia Paredes, concluded her visit to the summit of the "
        "Andean Rail Council, where leaders agreed on a shared rail timetable.",
        '"Trains should not wait at borders," the Prime Minister said.',
    )
    assert (s.city, s.country) == ("Lima", "Peru")
    assert _speech_topics(s) == {None}


@pytest.mark.parametrize("label", ["Media Statement", "Highlights", "Article content"])
def test_a_page_label_above_the_story_is_no_heading(label: str) -> None:
    s = blank_lines(
        "Andean ministers agree on a shared rail timetable",
        "4 March 2042",
        label,
        "Ministers of the Andean Rail Council agreed on Monday to run one timetable for "
        "cross-border trains from next year.",
        '"Trains should not wait at borders," Transport Minister Julia Paredes of Peru said.',
    )
    assert _speech_topics(s) == {None}


def test_a_city_and_a_colon_open_the_story_not_a_transcript_turn() -> None:
    s = page(
        "Andean ministers agree on a shared rail timetable",
        "La Paz: Andean ministers on Monday agreed to run one timetable for cross-border trains, "
        "the Andean Rail Council said.",
        '"Trains should not wait at borders," Transport Minister Julia Paredes of Peru said.',
    )
    assert [q.cue for q in s.quotes] == ["Transport Minister Julia Paredes of Peru said"]


def test_a_place_and_a_colon_before_a_date_is_the_storys_dateline() -> None:
    s = blank_lines(
        "Andean ministers agree on a shared rail timetable",
        "Lima: 4 March 2042",
        "Ministers of the Andean Rail Council agreed to run one timetable for cross-border "
        "trains from next year.",
    )
    assert (s.city, s.date) == ("Lima", dt.date(2042, 3, 4))


@pytest.mark.parametrize(
    "held", ["held on March 3 and 4 in Lima", "held on Tuesday and Wednesday in Lima"]
)
def test_a_summit_held_on_two_named_days_has_no_one_date(held: str) -> None:
    s = blank_lines(
        "Andean leaders agree on a shared rail timetable",
        "Published: March 5, 2042",
        f"Leaders of the Andean Rail Council agreed on a shared timetable at their summit, {held}.",
    )
    assert s.date is None


def test_a_restricted_session_of_the_heads_of_state_is_no_summit_name() -> None:
    s = page(
        "Premier addresses 9th Andean Rail Summit in Lima",
        "The 9th Andean Rail Summit was held in two sessions: a restricted session of the Heads "
        "of State and Government in the morning, and an expanded session after lunch.",
    )
    assert s.name == "9th Andean Rail Summit"


# The page names its own outlet, one the knowledge does not know.
STORY = "Leaders of the lake states agreed on Friday in Kisumu to build a water pact."


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        # A press office's line saying who issued the page.
        ((STORY, "Issued by: The Lakes Secretariat | Entebbe"), "The Lakes Secretariat"),
        # A line asking readers to follow the page, with a site after "on".
        ((STORY, "Follow Radio Kivu Today on WhatsApp"), "Radio Kivu Today"),
        ((STORY, "Find The Morning Lamp on Google News and stay informed"), "The Morning Lamp"),
        # The site after the outlet's possessive: "Follow X's official Telegram channel".
        (
            (STORY, "Follow Kivu Today’s official Telegram channel for the latest news"),
            "Kivu Today",
        ),
        # The writer's byline with the outlet in brackets.
        (("Abebe Tadesse (The Highland Courier)", STORY), "The Highland Courier"),
        # An agency in the story's dateline, in capitals or title case with a date.
        (("KISUMU (Ruwa) - " + STORY,), "Ruwa"),
        (("Kisumu, Mar 5 (Ruwa).- " + STORY,), "Ruwa"),
        # The copyright holder, its legal form set aside.
        ((STORY, "© 2032 Lakeside Courier Ltd. All rights reserved."), "Lakeside Courier"),
        ((STORY, "Copyright © 2032 The Morning Lamp DAC"), "The Morning Lamp"),
    ],
)
def test_a_page_names_an_outlet_the_knowledge_does_not_know(
    lines: tuple[str, ...], outlet: str
) -> None:
    s = page("Lake leaders agree water pact", *lines)
    assert s.source.outlet == outlet


@pytest.mark.parametrize(
    "follow",
    [
        ("Follow Radio Kivu Today on Telegram",),
        # The sites on lines of their own under "on:", as text copied from a page's footer.
        ("Follow Radio Kivu Today on:", "Telegram", "WhatsApp"),
    ],
)
def test_a_following_line_is_furniture_not_a_paragraph(follow: tuple[str, ...]) -> None:
    s = page("Lake leaders agree water pact", STORY, *follow)
    assert all("Radio Kivu" not in p.name for p in s.participants)
    assert s.source.outlet == "Radio Kivu Today"


@pytest.mark.parametrize(
    "line",
    [
        "© Crown copyright",  # a kind of copyright, not a holder
        "© 2032 Lakeside Media Group. All rights reserved.",  # the outlet's owner
        "Follow us on WhatsApp",  # names nobody
        "Follow the talks on our live page",  # no social site
    ],
)
def test_no_outlet_without_a_name(line: str) -> None:
    s = page("Lake leaders agree water pact", STORY, line)
    assert s.source.outlet is None


def test_a_link_to_the_copyright_terms_in_a_footer_names_no_holder() -> None:
    s = summitdoc.parse_text(
        "\n".join(
            [
                "Lake leaders agree water pact",
                *PAD,
                STORY,
                "Related Links",
                "Ferry fares to rise on the lake from May",
                "Copyright Policy",
            ]
        )
        + "\n"
    )
    assert s.source.outlet is None


def test_a_country_in_a_byline_bracket_is_no_outlet() -> None:
    s = page("Lake leaders agree water pact", "Abebe Tadesse (Kenya)", STORY)
    assert s.source.outlet is None


def test_a_newspaper_top_with_date_then_writer_and_job() -> None:
    """ "Tue Jun 4 2041 - 18:30" dates the page; the writer and her job under it are a byline."""
    lines = [
        "Ocean pact signed at lagoon summit",
        "Island leaders back a fishing pact after two days of talks",
        "Tue Jun 4 2041 - 18:30",
        "Marta Olsen",
        "Pacific Editor",
        "Gift this story",
        "Listen | 4 minutes",
        (
            "Leaders of the lagoon states signed a fishing pact in Apia on Monday, ending two "
            "days of talks on the tuna stocks of the western ocean."
        ),
        "Prime Minister Tavita Leone said the pact was fair to every island.",
    ]
    s = summitdoc.parse_text("\n\n".join(lines) + "\n")
    assert s.subtitle == "Island leaders back a fishing pact after two days of talks"
    assert s.date == dt.date(2041, 6, 3)
    assert [p.name for p in s.participants] == ["Tavita Leone"]


@pytest.mark.parametrize(
    ("lede", "city", "day"),
    [
        ("Lusaka, 14 March 2042 – The lake states signed a water pact on Thursday.", "Lusaka", 13),
        ("Lusaka, Zambia, March 14, 2042: The lake states signed a water pact.", "Lusaka", 14),
        # A place the knowledge lacks: the date alone.
        ("Kandero, 14 March 2042 – The lake states signed a water pact.", None, 14),
    ],
)
def test_a_title_case_dateline_with_a_full_date(lede: str, city: str | None, day: int) -> None:
    s = page("Lake states sign water pact", "A+ A-", lede)
    assert (s.city, s.date) == (city, dt.date(2042, 3, day))


def test_font_size_buttons_are_no_heading() -> None:
    s = page(
        "Lake states sign water pact",
        "A+ A-",
        "President Amina Dube opened the lake summit in Lusaka on Friday.",
        '"We share one lake," President Dube said.',
    )
    assert [sp.topic for sp in s.speeches] == [None]


def test_a_glossed_body_whose_acronym_names_the_summit_elsewhere() -> None:
    s = page(
        "Andean premiers agree on glacier watch",
        "Peru took the chair of the Andean Glacier Compact (AGC) for two years, after the 7th "
        "AGC Leaders' Summit in Cusco on Friday.",
        "The leaders asked the Secretariat to report on meltwater by June, and the Secretariat "
        "will open an office in La Paz.",
        "They also agreed on a common position at the next UN Water Conference.",
    )
    assert (s.organisation, s.acronym) == ("Andean Glacier Compact", "AGC")
    assert s.name == "7th AGC Leaders' Summit"


def test_a_body_name_many_organisations_share_names_none_of_them() -> None:
    s = page(
        "Andean premiers agree on glacier watch",
        "Leaders of the Andean states met in Cusco on Friday to talk about glaciers.",
        "The leaders asked the Secretariat to report on meltwater by June, and the Secretariat "
        "will open an office in La Paz.",
    )
    assert s.organisation is None


def test_an_unknown_dateline_town_the_story_says_the_meeting_is_in() -> None:
    s = page(
        "Presidents meet by the lake",
        "Velden, 4 May 2046 – The presidents of five Alpine states on Friday opened the Lakes "
        "Forum summit in Velden, their first since the pandemic.",
        "The leaders agreed that Slovenia would host the next forum, and President Hana Kos "
        "invited her counterparts to Ljubljana in the autumn.",
    )
    assert (s.city, s.date) == ("Velden", dt.date(2046, 5, 4))


@pytest.mark.parametrize(
    "later",
    [
        "President Hana Kos invited her counterparts to Ljubljana in the autumn.",
        "The leaders agreed that Slovenia would host the 2047 forum in Ljubljana.",
    ],
)
def test_a_place_the_leaders_are_invited_to_is_not_the_summits(later: str) -> None:
    s = page(
        "Presidents meet by the lake",
        "The presidents of five Alpine states met on Friday for the Lakes Forum summit.",
        later,
    )
    assert s.city is None


def test_a_government_sites_seat_above_the_headline_is_not_the_summits_city() -> None:
    s = page(
        "Office of the Prime Minister",
        "Kingdom of Tonga",
        "Nuku'alofa, Tongatapu",
        "Media Releases",
        "Prime Minister joins island leaders at the reef summit",
        "SUVA, Fiji (4 May 2046) – The Prime Minister joined the leaders of the reef "
        "nations at the summit of the Coral Sea Forum, which closed on Friday.",
    )
    assert s.city == "Suva"


@pytest.mark.parametrize(
    "stamp",
    ["8 April 2045 | 09:15 hrs", "April 8, 2045 Media Releases", "8 April 2045 | Top Stories"],
)
def test_a_time_or_a_section_after_the_date_is_no_place(stamp: str) -> None:
    s = page(
        stamp,
        "River nations agree on a common fund at the Zambezi summit",
        "The leaders of the river nations met to agree on a fund for the basin's "
        "dams, and said that the next summit would be held in Lilongwe.",
    )
    assert s.city is None or s.city == "Lilongwe"
    assert s.date == dt.date(2045, 4, 8)


def test_a_dated_title_case_dateline_without_a_dash() -> None:
    s = page(
        "Leaders of the river nations agree on a common fund",
        "Lusaka, Apr 8 (Zambia News Agency) The leaders of the river nations agreed on Tuesday in "
        "this capital to set up a fund for the basin's dams.",
        "The next summit will be held in Lilongwe.",
    )
    assert s.city == "Lusaka"


@pytest.mark.parametrize(
    ("stamp", "date"),
    [
        ("17/09/2046 08:30 AM", dt.date(2046, 9, 17)),
        ("09.17.2046", dt.date(2046, 9, 17)),
        ("09/09/2046 11:02", dt.date(2046, 9, 9)),
        ("04/09/2046 11:02", None),  # April or September: no date rather than a guess
    ],
)
def test_a_numeric_stamp_dates_the_page_when_its_order_is_plain(
    stamp: str, date: dt.date | None
) -> None:
    s = page(
        "Home",
        "World",
        stamp,
        "Basin leaders agree on a common fund for the river's dams",
        "The leaders of the river nations agreed to set up a fund for the basin's dams at "
        "their summit in Lusaka, which closed with a joint communique.",
    )
    assert s.date == date


def test_a_wire_dateline_under_a_caption_line_opens_the_story() -> None:
    s = page(
        "Fund urges lenders to double climate finance",
        "Finance Minister Omar Haddad addresses the bank's board of governors",
        "Share",
        "Print",
        "TUNIS, May 9 (Gulf Wire) -- The fund called on Tuesday on the development bank to double "
        "its climate lending, as the bank's annual meetings opened.",
        "The governors agreed to hold next year's meetings in Dakar.",
    )
    assert (s.city, s.country) == ("Tunis", "Tunisia")


def test_two_weekdays_give_the_meeting_no_single_day() -> None:
    s = page(
        "March 20, 2046",
        "Basin leaders agree on a common fund for the river's dams",
        "The leaders of the river nations met in Lusaka on Wednesday and Thursday and agreed to "
        "set up a fund for the basin's dams.",
    )
    assert s.date is None


@pytest.mark.parametrize(
    "lede",
    [
        "The reef nations' summit, held in Apia on June 7 and 8, ended with a joint fund.",
        "Leaders met in Apia from 6 to 8 June and agreed on a joint fund for the reefs.",
        "The 7-8 June summit in Apia agreed on a joint fund for the reefs.",
        "The two-day ministerial conference, held Jun. 7-8 in Apia, agreed on a reef fund.",
    ],
)
def test_a_span_of_days_under_a_dated_line_gives_no_date(lede: str) -> None:
    s = page("June 9, 2046", "Reef nations agree on a joint fund", lede)
    assert s.date is None


def test_a_weekday_in_the_third_paragraph_counts_back_from_the_page_date() -> None:
    s = page(
        "Friday, 12 May 2045",
        "Lake leaders hand the chair to Malawi",
        "The outgoing chair handed the symbols of office to his successor in a short ceremony.",
        "President Banda of Malawi urged his peers to end the fighting along the lake shore.",
        "The President was speaking on Wednesday at the lakeside hotel where he hosted the summit.",
    )
    assert s.date == dt.date(2045, 5, 10)


def test_a_chairmanship_is_no_known_bodys_organ() -> None:
    """ "Chairmanship" is every body's: it names no organisation by itself."""
    s = page(
        "Lake leaders hand over the chair",
        "President Mwamba Chanda on Monday assumed the rotating Chairmanship of the Lake Basin "
        "States at the close of their summit in Kisumu.",
    )
    assert s.organisation != "Organization for Security and Co-operation in Europe"
    assert s.name != "Chairmanship"


def test_a_body_glossed_with_its_acronym_in_another_language() -> None:
    """The acronym spells the body's French name; its summit names it by the acronym."""
    s = page(
        "Basin leaders hand over the rotating chair",
        "President Awa Diallo took over the chairmanship of the Senegal Valley Water Authority "
        "(OVSE) at the close of the ninth Conference of Heads of State and Government of the "
        "OVSE held in Kayes.",
    )
    assert (s.organisation, s.acronym) == ("Senegal Valley Water Authority", "OVSE")


def test_an_unspelled_gloss_without_its_own_summit_is_ignored() -> None:
    s = page(
        "Basin leaders hand over the rotating chair",
        "President Awa Diallo met officials of the Senegal Valley Water Authority (OVSE) in "
        "Kayes on Friday before the summit of the river states.",
    )
    assert (s.organisation, s.acronym) == (None, None)


def test_a_numbered_session_of_a_conference_of_heads_of_state_is_the_name() -> None:
    s = page(
        "Basin leaders meet in Kayes",
        "The Thirty-Second Ordinary Session of the Conference of Heads of State and Government "
        "of the Niger Basin Authority opened in Kayes on Friday.",
    )
    assert s.name == (
        "Thirty-Second Ordinary Session of the Conference of Heads of State and Government of "
        "the Niger Basin Authority"
    )


def test_a_roman_numbered_conference_of_heads_of_state_is_the_name() -> None:
    s = page(
        "Basin leaders meet in Kayes",
        "Leaders gathered in Kayes on Friday for the XIV Conference of Heads of State and "
        "Government of the Niger Basin Authority.",
    )
    assert s.name == "XIV Conference of Heads of State and Government of the Niger Basin Authority"


def test_a_title_printed_twice_around_the_page_date_is_the_headline() -> None:
    s = blank_lines(
        "Alpine Council",
        "Alpine Council of Premiers",
        "Deutsch Français Italiano English",
        "Home",
        "Press",
        "Alpine premiers sign the Lugano Charter on mountain rail",
        "Press",
        "14.09.2051",
        "Alpine premiers sign the Lugano Charter on mountain rail",
        "The premiers of the Alpine states met in Lugano on Thursday and signed a charter on "
        "mountain railways and freight tunnels.",
        "The talks ran for two days and ended with a joint press conference at the lake.",
    )
    assert s.title == "Alpine premiers sign the Lugano Charter on mountain rail"


def test_a_title_repeated_next_to_itself_stays_furniture() -> None:
    s = blank_lines(
        "Alpine premiers sign the Lugano Charter on mountain rail",
        "Watch the signing ceremony in full",
        "Watch the signing ceremony in full",
        "The premiers of the Alpine states met in Lugano on Thursday and signed a charter on "
        "mountain railways and freight tunnels.",
    )
    assert s.title == "Alpine premiers sign the Lugano Charter on mountain rail"


def test_a_session_name_keeps_a_body_name_holding_an_of() -> None:
    s = page(
        "Regional leaders meet in Libreville",
        "The 31st Ordinary Session of the Conference of Heads of State and Government of the "
        "Monetary Union of West Coast States opened in Libreville on Friday.",
    )
    assert s.name == (
        "31st Ordinary Session of the Conference of Heads of State and Government of the "
        "Monetary Union of West Coast States"
    )


@pytest.mark.parametrize(
    ("lines", "duration"),
    [
        (
            (
                (
                    "After their bilateral meeting, which lasted about an hour, the two "
                    "presidents walked to the hall."
                ),
                "The summit itself lasted nearly six hours.",
            ),
            "nearly six hours",
        ),
        (
            ("Counting the working lunch, the summit lasted a little over five hours.",),
            "a little over five hours",
        ),
        (("The three-day 12th Lake States Ministerial Conference closed in Kigali.",), "three-day"),
        (("The premier's three-day visit to the summit city began with a wreath.",), None),
    ],
)
def test_the_summits_length_and_not_a_side_meetings(
    lines: tuple[str, ...], duration: str | None
) -> None:
    s = page("Lake states agree on a fisheries fund", *lines)
    assert s.duration == duration


def test_a_summit_phrase_capitalised_only_as_the_first_word_gives_way() -> None:
    s = page(
        "Four-way summit backs a joint hydrogen grid",
        "Leaders agreed at a Nordvik summit in Tallinn to build a hydrogen grid by 2050.",
    )
    assert s.name == "Nordvik summit"


def test_a_format_adjective_in_the_summits_name_over_a_headlines_place() -> None:
    s = page(
        "Leaders sign power cable deal at Puerto Lirio summit",
        "The leaders of Chile, Peru and Bolivia signed the cable deal at the fourth "
        "Chile-Peru-Bolivia trilateral summit in Puerto Lirio on Monday.",
    )
    assert s.name == "Chile-Peru-Bolivia trilateral summit"


def test_a_body_whose_resolutions_are_cited_is_not_the_meetings() -> None:
    s = page(
        "Island leaders back talks on reunification",
        "The three leaders backed a settlement on the basis of UN Security Council resolutions.",
    )
    assert (s.organisation, s.name) == (None, None)


def test_a_guest_body_beside_the_members_is_not_the_organiser() -> None:
    s = page(
        "Lake ministers agree to cut phosphorus run-off",
        "Ministers of the lake states, along with the European Commission, closed their "
        "meeting in Kisumu on Friday with a plan to cut run-off.",
    )
    assert s.organisation is None


def test_a_reading_time_under_the_byline_is_furniture() -> None:
    s = page(
        "Harbour Mail",
        "Tuesday, May 8, 2046",
        "Island",
        "World",
        "Business",
        "Opinion",
        "Island",
        "Leaders sign a cable deal at the coast states summit",
        "The summit also adopts a declaration on fisheries and shipping",
        "By Ana Ruiz",
        "May 8, 2046",
        "Reading Time: 3 mins read",
        "Share",
        "The leaders of the coast states on Monday signed a cable deal at their summit in Split.",
    )
    assert s.title == "Leaders sign a cable deal at the coast states summit"


@pytest.mark.parametrize(
    ("lede", "org"),
    [
        (
            (
                "On Friday the premier welcomed the heads of government of the Tarsk Lakes "
                "Council to Vel for two days of talks."
            ),
            "Tarsk Lakes Council",
        ),
        (
            "Ministers followed the leaders of the Nordvik Fisheries Commission into the hall.",
            "Nordvik Fisheries Commission",
        ),
        # A name going on past its head noun is not cut there.
        ("The summit of the Tarsk Lakes Council Mechanism opened in Vel.", None),
        ("The leaders of the Tarsk Initiative on Inland Waters met in Vel.", None),
    ],
)
def test_a_body_the_knowledge_lacks_is_named_by_the_members_who_met(
    lede: str, org: str | None
) -> None:
    s = page("Lake states seek common rules", lede)
    assert (s.organisation, s.acronym) == (org, None)


def test_a_guest_s_office_names_no_organisation() -> None:
    s = page(
        "Lake states seek common rules",
        "Premier Dagny Solvik hosted the lake states in Vel on Friday. Executive Vice-President "
        "of the European Commission Femi Oyelaran also took part.",
    )
    assert s.organisation is None


def test_a_chair_s_verb_places_the_summit_and_a_planned_session_does_not() -> None:
    s = page(
        "Coastal states seek common rules",
        "Premier Dagny Solvik on Tuesday chaired in Rijeka the fourth summit of the coastal "
        "states, closing her country's term.",
        "Solvik and her guest agreed that the two cabinets would hold a joint session in Athens "
        "in the spring.",
    )
    assert (s.city, s.country) == ("Rijeka", "Croatia")


def test_a_venue_between_the_verb_and_the_city_keeps_the_city_over_the_dateline() -> None:
    s = page(
        "Coastal states seek common rules",
        "ZAGREB, Croatia, May 3. The second summit of the coastal states was held today at the "
        "Old Harbour congress hall in the city of Zadar, the agency reports.",
    )
    assert (s.city, s.country) == ("Zadar", "Croatia")


def test_the_body_is_what_a_session_and_its_members_are_of() -> None:
    s = page(
        "The Head of State at the 12th Ordinary Session of the SAMU Conference of Heads of State",
        "President Ivo Maranga took part on Friday in the 12th Ordinary Session of the Conference "
        "of Heads of State of the Southern Atlantic Monetary Union (SAMU), held in Mindelo.",
    )
    assert (s.organisation, s.acronym) == ("Southern Atlantic Monetary Union", "SAMU")
    assert s.name == "12th Ordinary Session of the SAMU Conference of Heads of State"


def test_a_meeting_of_a_body_named_with_on_keeps_its_whole_name() -> None:
    s = page(
        "Leaders gather by the lakes",
        "The 9th Ordinary Summit of Heads of State and Government of the International "
        "Conference on the Highland Lakes opened in Bukavu on Tuesday.",
    )
    assert s.name == (
        "9th Ordinary Summit of Heads of State and Government of the International Conference "
        "on the Highland Lakes"
    )


def test_a_board_said_to_be_another_banks_is_not_the_known_one_of_that_name() -> None:
    s = page(
        "Governors approve a capital increase",
        "The Board of Governors of the Andean Trade and Development Bank (ATDB) held its 30th "
        "Annual Meeting in Quito on Friday.",
        "The Board of Governors also elected a new chair for the coming year.",
    )
    assert (s.organisation, s.acronym) == ("Andean Trade and Development Bank", "ATDB")
    assert s.name != "Board of Governors"


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        (
            (
                "Ministers opened the 41st Meeting of Ministers of the Andean Grain Council (AGC) in "
                "Cusco on Monday."
            ),
            "41st Meeting of Ministers of the Andean Grain Council",
        ),
        (
            "Delegates gathered for the Ninth Coastal Ministerial Conference in Tromsø.",
            "Ninth Coastal Ministerial Conference",
        ),
        (
            "The XIV Session of the Boreal Forest Assembly ended in Oulu on Friday.",
            "XIV Session of the Boreal Forest Assembly",
        ),
        # The members listed after the name are not part of it.
        (
            "The 3rd Tripartite Summit of Chad, Niger and Mali closed in Niamey on Friday.",
            "3rd Tripartite Summit",
        ),
    ],
)
def test_a_meeting_the_lede_counts_is_its_name(lede: str, name: str) -> None:
    s = page("Regional ministers agree on a shared plan", lede)
    assert s.name == name


@pytest.mark.parametrize(
    "lede",
    [
        # A count and a plain noun, or only the kind of meeting, name nothing.
        "The body held its 61st session in Geneva on Monday, its chair said.",
        "The bank's 29th Annual Meeting in Tbilisi ended with a lending pledge.",
        # A first meeting is history; a next one is another event.
        "The forum, whose first summit was held in Lima, met again on Monday.",
    ],
)
def test_a_count_with_no_name_gives_none(lede: str) -> None:
    assert page("Regional ministers agree on a shared plan", lede).name is None


@pytest.mark.parametrize(
    ("lines", "city"),
    [
        # A part of the city before its name; past talks "years ago" and the next summit are
        # elsewhere.
        (
            (
                (
                    "Premiers gathered at the Rose Garden Palace in southern Yerevan on Monday for "
                    "their summit."
                ),
                "The premiers had first held talks in Tbilisi six years ago.",
            ),
            "Yerevan",
        ),
        # A side meeting's "meet again in" and a body's "will take place in" are later events:
        # with no other place said, none.
        (
            (
                "The ministers met at the Lakeside Centre on Monday.",
                "The two ministers agreed to meet again in Tbilisi in May.",
            ),
            None,
        ),
        (
            (
                "The ministers met at the Lakeside Centre on Monday.",
                "The council's first session will take place in Tbilisi in 2046.",
            ),
            None,
        ),
    ],
)
def test_the_city_is_where_this_meeting_is(lines: tuple[str, ...], city: str | None) -> None:
    assert page("Regional ministers agree on a shared plan", *lines).city == city


@pytest.mark.parametrize(
    "line",
    [
        (
            "The king welcomed the two presidents on Friday in Port Selvaggio, where the three "
            "leaders held their yearly summit. They discussed the status of Lima and its port."
        ),
        (
            "Ministers of the river states met on Tuesday in Port Selvaggio for two days of "
            "talks, and a dispute over fishing near Lima was settled."
        ),
    ],
)
def test_a_place_the_knowledge_lacks_said_outright_beats_a_city_near_a_meeting_word(
    line: str,
) -> None:
    s = page("River states close their annual round of talks", line)
    assert (s.city, s.country) == ("Port Selvaggio", None)


def test_a_body_that_sent_representatives_is_not_the_summits() -> None:
    s = page(
        "Lake ministers agree on a shared ferry timetable",
        "The Council of the Northern Lakes Transport Compact (NLTC) met in Mwanza on Monday.",
        "Ministers from five riparian states attended, with representatives of the European "
        "Commission and of the compact's own secretariat.",
        "In a closing note, the European Commission said it would fund two new ferry terminals.",
    )
    assert (s.organisation, s.acronym) == ("Northern Lakes Transport Compact", "NLTC")


@pytest.mark.parametrize(
    ("lead", "organisation", "acronym"),
    [
        (
            "The Council of the Union of Highland Rivers (UHR) met in Gorkha on Friday.",
            "Union of Highland Rivers",
            "UHR",
        ),
        (
            "The Council of the Alliance of Coastal Towns (AOCT) met in Gorkha on Friday.",
            "Alliance of Coastal Towns",
            "AOCT",
        ),
    ],
)
def test_a_connector_may_give_the_acronym_a_letter(
    lead: str, organisation: str, acronym: str
) -> None:
    s = page("Members agree on a shared flood warning service", lead)
    assert (s.organisation, s.acronym) == (organisation, acronym)


def test_a_glossed_meeting_with_no_body_after_it_is_its_own_organisation() -> None:
    s = page(
        "Harbour ministers agree on a joint patrol roster",
        "Port ministers from six states agreed on a joint patrol roster on Tuesday, as Palau "
        "hosted the Western Reef Harbour Ministers' Meeting (WRHMM) for the first time.",
    )
    assert (s.organisation, s.acronym) == ("Western Reef Harbour Ministers' Meeting", "WRHMM")


def test_a_glossed_meeting_of_a_body_is_not_the_organisation() -> None:
    s = page(
        "Planners agree on a shared grid code",
        "The 12th Technical Advisory Meeting (TAM) of the Steppe Grid Partnership opened in "
        "Aktobe on Monday.",
    )
    assert s.acronym != "TAM"
    assert s.organisation != "Technical Advisory Meeting"


def test_the_storys_spelling_of_a_gloss_beats_a_headline_in_capitals() -> None:
    s = page(
        "MEDIA RELEASE: THE SIXTH DELTA SHIPPING ACCORD (DSA) JOINT MEETING",
        "The ministers of transport co-chaired the Sixth Delta Shipping Accord (DSA) Joint "
        "Meeting among the three riparian states in Can Tho today.",
    )
    assert (s.organisation, s.acronym) == ("Delta Shipping Accord", "DSA")
    assert s.name == "Sixth Delta Shipping Accord (DSA) Joint Meeting"


def test_a_known_bodys_name_is_not_an_unknown_organisations_meeting() -> None:
    s = page(
        "Small economies ask for a louder voice",
        "The President hosted the first Circle of Small Economies (CSE) Leaders' Summit at the "
        "palace on Friday.",
        "Asked about voting, she said the members form a large bloc in the General Assembly "
        "and should use it.",
    )
    assert (s.organisation, s.acronym) == ("Circle of Small Economies", "CSE")
    assert s.name == "Circle of Small Economies Leaders' Summit"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            (
                "The two-day Extraordinary Session of the Western Lakes Fisheries Board (WLFB) at "
                "ministerial level opened in Kisumu after members from the board's nine states "
                "arrived."
            ),
            "Extraordinary Session of the Western Lakes Fisheries Board",
        ),
        (
            (
                "The Steering Committee of the Western Lakes Fisheries Board (WLFB) met in Kisumu "
                "today, with members from the board's nine states."
            ),
            "Steering Committee of the Western Lakes Fisheries Board",
        ),
    ],
)
def test_a_meeting_named_as_the_organisations_own(lead: str, name: str) -> None:
    s = page("WLFB ministers set new net-size rules", lead)
    assert s.organisation == "Western Lakes Fisheries Board"
    assert s.name == name


def test_heads_of_state_before_the_summit_noun_belong_to_the_name() -> None:
    s = page(
        "Rail link back on track",
        "The decision came on Friday at the third Heads of State summit of the northern rail "
        "corridor, held at the port.",
    )
    assert s.name == "Heads of State summit"


def test_the_lede_is_read_under_the_date_line_nearest_the_story() -> None:
    # The site's masthead carries today's date far above the story's own date line.
    s = blank_lines(
        "The Harbour Herald",
        "Monday, March 9, 2043",
        "Home",
        "News",
        "Sports",
        "Port ministers back a shared pilot service",
        "Pilots to be pooled across the strait from next spring",
        "March 9, 2043",
        "Port ministers from four coastal states on Saturday agreed to pool their harbour "
        "pilots, officials said.",
        "A ferry captain addresses the delegates at the Strait Hotel yesterday.",
        "The 14th meeting of the Strait Ports Council of Ministers, chaired by Tomas Reyes, "
        "also approved a joint dredging fund.",
    )
    assert s.name == "14th meeting of the Strait Ports Council of Ministers"


def test_a_counted_meeting_keeps_the_body_named_after_the_letters() -> None:
    s = page(
        "Island leaders agree on a joint fuel purchase",
        "The decision was taken at the 31st Meeting of the Union of Windward Isles (UWI) "
        "Authority, held in Kingstown on Monday.",
    )
    assert s.name == "31st Meeting of the Union of Windward Isles (UWI) Authority"


@pytest.mark.parametrize("mark", ["'", "‘", "’", "ʻ"])
def test_a_city_spelled_with_any_okina_mark(mark: str) -> None:
    s = page(
        "Reef states agree on a shared coastguard roster",
        f"Ministers of the reef states met in Nuku{mark}alofa on Friday to agree on a shared "
        "coastguard roster for the coming cyclone season.",
    )
    assert (s.city, s.country) == (f"Nuku{mark}alofa", "Tonga")


def test_a_meeting_dated_to_another_year_is_not_this_ones() -> None:
    s = page(
        "Reef states agree on a shared coastguard roster",
        "April 3, 2041",
        "Coastguard ministers from five reef states on Thursday agreed on a shared roster.",
        "The group was founded in 2030 and meets once a year. The 2040 meeting was held in Suva.",
    )
    assert s.city != "Suva"


def test_a_known_city_and_a_colon_open_the_story_as_its_dateline() -> None:
    s = page(
        "Corridor members approve a paperless transit plan",
        "Doha: The State of Qatar hosted the sixth meeting of the transit corridor's members on "
        "Monday, with ministers from all five member states in attendance.",
    )
    assert (s.city, s.country) == ("Doha", "Qatar")


def test_a_label_and_a_colon_are_no_dateline() -> None:
    s = page(
        "Corridor members approve a paperless transit plan",
        "Analysis: The corridor's members met on Monday, with ministers from all five member "
        "states in attendance.",
    )
    assert s.city is None


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            (
                "The seventh meeting of the Steering Board of the Highland Transit Accord opened "
                "in Thimphu on Monday."
            ),
            "seventh meeting of the Steering Board of the Highland Transit Accord",
        ),
        # Told, not named: no "the" before the body's letters.
        (
            "It was the third meeting of HTA ministers since the accord entered into force.",
            None,
        ),
    ],
)
def test_a_lower_case_ordinal_counts_a_meeting_of_a_named_body(lead: str, name: str | None) -> None:
    s = page("Transit accord members approve a new fee schedule", lead)
    assert s.name == name


def test_a_short_number_after_of_belongs_to_the_bodys_name() -> None:
    s = page(
        "Southern leaders call for a fairer financial system",
        "Presidents and prime ministers gathered on Thursday for the Third Ocean Summit of the "
        "Group of 40 Coastal States, held in Accra.",
    )
    assert s.name == "Third Ocean Summit of the Group of 40 Coastal States"


def test_a_byline_with_its_published_stamp_after_a_bar_dates_the_page() -> None:
    s = blank_lines(
        "Trade ministers vow to keep the appeals desk open",
        "Rosa Delgado The Harbour Wire | Published Tuesday, June 3, 2042 9:15AM EDT Last Updated "
        "Tuesday, June 3, 2042 11:40AM EDT",
        "HALIFAX — Trade ministers from nine countries pledged Tuesday to keep their shared "
        "appeals desk open for another three years.",
    )
    assert s.date == dt.date(2042, 6, 3)


def test_the_member_states_of_a_glossed_body_are_not_its_name() -> None:
    s = page(
        "SAGRIC ministers meet in Maseru",
        "Ministers from the seven Member States of the Southern African Grain Research "
        "Commission (SAGRIC) met in Maseru on Friday to review seed stocks.",
    )
    assert (s.organisation, s.acronym) == ("Southern African Grain Research Commission", "SAGRIC")


def test_leaders_of_the_member_states_of_a_glossed_body_met_as_that_body() -> None:
    s = page(
        "Andean leaders sign water pact",
        "Leaders of the four member states of the Andean Glacier Water Council (AGWC) on "
        "Monday signed the Quito Declaration on shared river basins.",
    )
    assert (s.organisation, s.acronym) == ("Andean Glacier Water Council", "AGWC")
    # A body whose member states are named in passing did not meet.
    s = page(
        "Ministers sign transport pact in Trieste",
        "Ministers of the Adriatic Corridor Initiative signed a transport pact in Trieste on "
        "Monday, calling the corridor a bridge between the Member States of the European "
        "Union (EU) and those aspiring to join it.",
    )
    assert s.acronym != "EU"


def test_a_body_named_for_two_countries_keeps_its_elided_article_and_dash() -> None:
    s = page(
        "Rubber summit opens in Abidjan",
        "The 3rd Summit of Heads of State of the Côte d'Ivoire–Liberia Rubber Initiative "
        "(CILRI) was held in Abidjan on Friday.",
    )
    assert (s.organisation, s.acronym) == ("Côte d'Ivoire–Liberia Rubber Initiative", "CILRI")
    assert s.name == "3rd Summit of Heads of State of the Côte d'Ivoire–Liberia Rubber Initiative"
    s = page(
        "Rubber summit opens in Abidjan",
        "The Summit of the Côte d'Ivoire–Liberia Rubber Initiative opened in Abidjan on Friday.",
    )
    assert s.name == "Summit of the Côte d'Ivoire–Liberia Rubber Initiative"


def test_a_bodys_ministers_are_not_its_name() -> None:
    s = page(
        "OAE ministers meet in Quito",
        "Ministers of the Andean Energy Organization (OAE) met in Quito on Tuesday to "
        "review the regional grid.",
    )
    assert (s.organisation, s.acronym) == ("Andean Energy Organization", "OAE")
    s = page(
        "SEAFM ministers meet in Manila",
        "Ministers of the Southeast Asian Ministers of Fisheries Organization (SEAFM) met "
        "in Manila on Tuesday.",
    )
    assert s.organisation == "Southeast Asian Ministers of Fisheries Organization"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            (
                "The 9th Ministerial Meeting of the Lake Chad–Niger Basin Process was held in "
                "N'Djamena on Friday."
            ),
            "9th Ministerial Meeting of the Lake Chad–Niger Basin Process",
        ),
        (
            (
                "Ministers gathered on Friday for the 9th Ministerial Meeting of the Côte "
                "d'Ivoire–Liberia Border Commission in Abidjan."
            ),
            "9th Ministerial Meeting of the Côte d'Ivoire–Liberia Border Commission",
        ),
    ],
)
def test_a_counted_meetings_body_runs_over_an_en_dash_and_an_elided_article(
    line: str, name: str
) -> None:
    assert page("Basin ministers meet", line).name == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "The Second Nordic – Baltic Summit was held in Tallinn on Friday.",
            "Second Nordic – Baltic Summit",
        ),
        (
            (
                "Tallinn hosted on Friday the Sixth Tallinn Conference for Security and Trust, with "
                "the participation of twelve ministers."
            ),
            "Sixth Tallinn Conference for Security and Trust",
        ),
    ],
)
def test_a_name_goes_on_past_a_spaced_dash_or_for(line: str, name: str) -> None:
    assert page("Ministers gather by the Baltic", line).name == name


@pytest.mark.parametrize(
    ("headline", "lede", "name"),
    [
        (
            "Lake ministers gather in Jinja",
            (
                "At the 14th Meeting of the Western Lakes Fisheries Board (WLFB) Executive "
                "Secretary Rose Atim said the stocks were recovering."
            ),
            "14th Meeting of the Western Lakes Fisheries Board",
        ),
        (
            "Lake ministers gather in Jinja",
            (
                "At the 14th Meeting of the Western Lakes Fisheries Board (WLFB) Authority "
                "Chairman Rose Atim said the stocks were recovering."
            ),
            "14th Meeting of the Western Lakes Fisheries Board (WLFB) Authority",
        ),
        # A meeting of the organisation's without a number.
        (
            "WLFB ministers meet in Jinja",
            (
                "The Joint Committee of the Western Lakes Fisheries Board (WLFB) Executive "
                "Secretary Rose Atim said the catch had recovered."
            ),
            "Joint Committee of the Western Lakes Fisheries Board (WLFB)",
        ),
    ],
)
def test_a_person_after_the_bodys_letters_is_no_part_of_the_name(
    headline: str, lede: str, name: str
) -> None:
    assert page(headline, lede).name == name


def test_a_later_meeting_of_the_organisations_organ_is_no_name() -> None:
    s = page(
        "WLFB ministers agree on new net sizes",
        "WLFB ministers met in Jinja on Monday and agreed new net sizes for the lake.",
        "The 18th meeting of the Steering Committee of the Western Lakes Fisheries Board "
        "(WLFB) will be held in Kisumu next year, the board said.",
    )
    assert s.name is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            (
                "The 12th Meeting of the Reef Council took place in Suva on 3 March 2047, under "
                "the chairmanship of Fiji."
            ),
            dt.date(2047, 3, 3),
        ),
        (
            (
                "SUVA—On Sunday, March 3rd, 2047, Prime Minister Ana Tuilagi took part in the 12th "
                "Reef Council meeting."
            ),
            dt.date(2047, 3, 3),
        ),
    ],
)
def test_a_stated_date_day_first_or_with_an_ordinal(line: str, date: dt.date) -> None:
    assert page("Reef ministers gather in Fiji", line).date == date


def test_a_weekday_after_a_dateline_is_read_against_it_not_a_later_date() -> None:
    s = page(
        "Reef ministers gather in Fiji",
        "Suva, 5 March 2047 – The 12th Meeting of the Reef Council ended in Suva on Monday.",
        "The ministers appointed a new director with effect from 1 July 2047.",
    )
    assert s.date == dt.date(2047, 3, 4)  # the Monday before the dateline's Tuesday


@pytest.mark.parametrize(
    "byline",
    ["By Tomas Lindqvist | March 7, 2047 | World", "By NTB - 7 March 2047"],
)
def test_a_dated_byline_gives_the_day_a_weekday_counts_back_from(byline: str) -> None:
    s = page(
        "Reef ministers gather in Fiji",
        byline,
        "Ministers of the Reef Council met in Suva on Tuesday to agree on patrol boats.",
    )
    assert s.date == dt.date(2047, 3, 5)


def test_an_unspaced_en_dash_joins_two_words_of_a_summits_name() -> None:
    s = page(
        "Leaders gather on the coast",
        "The Second Nordic–Andean Partnership Summit opened in Tromsø on Monday.",
    )
    assert s.name == "Second Nordic–Andean Partnership Summit"


def test_a_dash_after_a_date_in_a_sentence_is_no_datelines() -> None:
    s = page(
        "Reef ministers gather in Fiji",
        "Ministers of the Reef Council met in Suva on March 5, 2047 - a Tuesday - to agree on "
        "patrol boats.",
    )
    assert s.date == dt.date(2047, 3, 5)


def test_a_counted_meeting_on_a_topic_starting_like_a_month() -> None:
    s = page(
        "Leaders gather on the coast",
        "The 4th Summit on Marine Safety of the Coral Basin Council opened in Suva on Monday.",
    )
    assert s.name == "4th Summit on Marine Safety of the Coral Basin Council"


@pytest.mark.parametrize(
    ("lede", "name"),
    [
        (
            (
                "Talks ended in Dushanbe on Friday as the 4th Tajik-Uzbek-Kyrgyz Water Ministers' "
                "Dialogue agreed on a shared gauge network."
            ),
            "4th Tajik-Uzbek-Kyrgyz Water Ministers' Dialogue",
        ),
        (
            "Admirals from eighteen navies met in Mombasa for the 9th Coastal Conclave of Chiefs.",
            "9th Coastal Conclave of Chiefs",
        ),
        (
            "Ministers opened the Fourth Highlands Water Forum in Thimphu on Monday.",
            "Fourth Highlands Water Forum",
        ),
    ],
)
def test_a_counted_dialogue_forum_or_conclave_is_the_meeting_name(lede: str, name: str) -> None:
    assert page("Ministers agree on water gauges", lede).name == name


@pytest.mark.parametrize(
    "lede",
    [
        "Most of the plan was carried out in full. Meetings on trade then filled the afternoon.",
        "The bloc is dwarfed by wider alliances. Meeting in Apia, the leaders signed a pact.",
    ],
)
def test_a_format_word_does_not_qualify_a_noun_past_a_sentence_end(lede: str) -> None:
    assert page("Leaders meet in Apia", lede).formats == ()


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        # Under an issue stamp the text says when the meeting met: not the dateline's date.
        (
            (
                "Published 9 March 2047",
                (
                    "Suva, 5 March 2047 – The 12th Meeting of the Reef Council ended in Suva on "
                    "Monday."
                ),
            ),
            dt.date(2047, 3, 4),
        ),
        # Nor a date another time is counted from.
        (
            (
                (
                    "The 12th Meeting of the Reef Council met in Suva and appointed a director with "
                    "effect from 1 July 2047."
                ),
            ),
            None,
        ),
    ],
)
def test_a_date_under_an_issue_stamp_skips_the_dateline_and_a_counted_from_date(
    lines: tuple[str, ...], date: dt.date | None
) -> None:
    assert page("Reef ministers gather in Fiji", *lines).date == date


@pytest.mark.parametrize(
    "aside",
    [
        (
            "WMO Secretary-General Ana Ruiz, who could not attend due to the WMO Executive Council "
            "meeting in Geneva, sent a video message."
        ),
        (
            "Finance Minister Omar Haddad, who was attending a G20 meeting in Geneva, was represented "
            "by his deputy."
        ),
        (
            "Prime Minister Omar Haddad, who was to open the talks, cancelled at the last minute due "
            "to an emergency WMO Executive Council meeting in Geneva."
        ),
        (
            "Until now the meeting has traditionally been held in Geneva on the margins of the WMO "
            "Executive Council."
        ),
    ],
)
def test_a_meeting_that_kept_someone_away_is_not_the_summits(aside: str) -> None:
    s = page(
        "Lake ministers meet in Entebbe",
        "Ministers of the lake states met in Entebbe on Tuesday for the fourth Lake Basin "
        "Ministerial, with the host warning that water levels were falling.",
        aside,
    )
    assert s.city == "Entebbe"
    assert s.organisation is None
    assert s.name is None or "WMO" not in s.name


def test_the_city_a_headline_names_opens_a_title_case_dateline() -> None:
    s = page(
        "Port ministers converge on Accra",
        "Accra – Ghana on Friday took over the chair of the port council as ministers met for "
        "their yearly session.",
    )
    assert (s.city, s.country) == ("Accra", "Ghana")


def test_an_agencys_home_town_before_a_dash_is_no_venue() -> None:
    s = page(
        "President praises mobility pact at Maputo summit",
        "Accra – The President of the Republic praised the mobility pact on Monday in Maputo, "
        "where leaders of the bloc gathered.",
    )
    assert s.city != "Accra"


def test_a_country_the_ministers_met_in_is_the_host() -> None:
    s = page(
        "Oman hosts desalination ministers",
        "Water ministers from 30 countries met in Oman on Sunday for a two-day forum on "
        "desalination costs.",
    )
    assert s.country == "Oman"


def test_a_countrys_name_glossed_as_a_city_is_no_host_country() -> None:
    s = page(
        "River presidents sign a basin pact",
        "The President hosted on Thursday in the city of Formosa the presidential summit of the "
        "river basin commission, together with two neighbouring presidents.",
    )
    assert s.country is None


@pytest.mark.parametrize(
    "lede",
    [
        "Leaders attending a two-day summit in Apia agreed on Monday to cut tuna catches.",
        "Because of the storm, the summit in Apia opened a day late on Monday.",
        "Leaders of the forum, who usually meet in Suva, gathered on Monday for the summit in Apia.",
        "Roads in the capital were closed on Monday due to the summit in Apia.",
    ],
)
def test_a_cue_of_another_engagement_outside_the_venues_clause_leaves_it(lede: str) -> None:
    assert page("Pacific leaders meet", lede).city == "Apia"


@pytest.mark.parametrize(
    "lede",
    [
        (
            "Some 300 delegates who are attending the summit in Kisumu toured the new ferry "
            "terminal on Friday, officials said."
        ),
        (
            "Kenya's President Ruth Achieng, who is attending the summit in Kisumu, told "
            "reporters on Friday that ferries must be made safer."
        ),
    ],
)
def test_those_attending_the_summit_in_a_city_place_it_there(lede: str) -> None:
    s = page("Lake states leaders meet on ferries", "Published 6 June 2048", lede)
    assert s.city == "Kisumu"


def test_a_storys_points_listed_over_its_lede_leave_the_lede_its_place() -> None:
    html = (
        "<html><body><article><h1>Lake states back a shared ferry code</h1>"
        "<p>Published March 4, 2049</p>"
        "<ul><li>Leaders adopt a shared ferry safety code for the lake, to apply from 2050.</li>"
        "<li>Tanzania takes over the chair of the lake states for the coming year.</li></ul>"
        "<p>KISUMU — President Ruth Achieng on Tuesday handed the rotating chairmanship of the "
        "lake states to Tanzania, after a day of talks on ferries and fish stocks.</p>"
        "<p>The handover came at the end of the 9th Ordinary Summit of the LVBC Heads of State, "
        "held at the lakeside conference centre in Kisumu.</p>"
        "<p>The leaders also spent most of the day on the dry season and on the shared gauges "
        "along the lake, officials said.</p></article></body></html>"
    )
    s = summitdoc.parse_text(html)
    assert (s.name, s.date) == (
        "9th Ordinary Summit of the LVBC Heads of State",
        dt.date(2049, 3, 2),
    )


def test_a_city_dated_to_another_year_is_an_earlier_meeting() -> None:
    s = page(
        "Lake states meet in Kisumu",
        "Published 6 June 2048",
        "The ninth summit of the lake states opened in Kisumu on Friday.",
        "The first summit of the grouping was held in Jinja in 2031.",
    )
    assert s.city == "Kisumu"


def test_a_city_dated_to_another_year_alone_gives_no_city() -> None:
    s = page(
        "Lake states meet for ninth summit",
        "Published 6 June 2048",
        "The ninth summit of the lake states opened on Friday with talks on ferries.",
        "Uganda hosted the meeting in Jinja in 2031.",
    )
    assert s.city is None


def test_an_absent_ministers_other_engagement_names_no_meeting() -> None:
    s = page(
        "Ministers meet on ports",
        "Ghana's Minister of Ports, Ama Owusu, who is attending the World Maritime Forum in "
        "Oslo, was represented by her deputy.",
        "The 12th Ministerial Session of the Port Management Association of West Africa opened "
        "in Accra on Thursday.",
    )
    assert (s.name, s.city) == (
        "12th Ministerial Session of the Port Management Association of West Africa",
        "Accra",
    )


def test_a_list_under_the_lede_counts_among_its_first_blocks() -> None:
    html = (
        "<html><body><article><h1>Reef states agree on fishing quotas</h1>"
        "<p>Published May 6, 2051</p>"
        "<p>SUVA — Leaders of the reef states on Tuesday agreed new tuna quotas after two days "
        "of talks in the Fijian capital.</p>"
        "<ul><li>A working group will report to ministers on enforcement before the year ends.</li>"
        "<li>Officials from the four states will meet again in Honiara on September 14, 2051 to "
        "review the catch data.</li>"
        "<li>Observers from the tuna fleets will join the next round of talks.</li></ul>"
        "<p>Fiji's prime minister said the deal would protect jobs in the canneries.</p>"
        "</article></body></html>"
    )
    assert summitdoc.parse_text(html).date == dt.date(2051, 5, 2)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            (
                "River board sets a summer schedule",
                (
                    "ORSK — The cross-border Ural Delta Fisheries Authority, which oversees the "
                    "shared estuary, met in Orsk on Tuesday for its ninth session."
                ),
            ),
            "Ural Delta Fisheries Authority",
        ),
        (
            ("Upper Nemunas Basin Council meets in Alytus", "Officials gathered in the town."),
            ("Upper Nemunas Basin Council"),
        ),
        (
            (
                "Port deal agreed",
                (
                    "The Steering Board of the Lower Sava Port Union held its fourth meeting in "
                    "Brod on Monday."
                ),
            ),
            "Lower Sava Port Union",
        ),
        # A body many organisations have names none; nor does a body's ministers' meeting.
        (("Ministerial Council meets in Brod", "Talks ran late."), None),
        (
            (
                "Port deal agreed",
                "Ministers of the Lower Sava Port Union met in Brod on Monday.",
            ),
            None,
        ),
        # A body that only announces something holds no meeting of its own.
        (
            (
                "Port deal agreed",
                "The Lower Sava Port Union held a news briefing in Brod on Monday.",
            ),
            None,
        ),
    ],
)
def test_a_body_that_met_as_the_ledes_subject_is_the_organisation(
    lines: tuple[str, ...], want: str | None
) -> None:
    assert page(*lines).organisation == want


@pytest.mark.parametrize(
    "below",
    [
        (
            (
                "It was the largest gathering in the islands since the Nordic Council leaders "
                "gathered here in 2031."
            ),
        ),
        # Undated and named twice, but only under the top blocks: the lede's body still wins.
        (
            "The cap will apply from next spring to every trawler in the northern grounds.",
            (
                "Nordic Council leaders welcomed the cap, and the Nordic Council will fund two "
                "patrol boats."
            ),
        ),
    ],
)
def test_a_known_body_further_down_yields_to_the_ledes_glossed_one(below: tuple[str, ...]) -> None:
    s = page(
        "Squid fleet capped",
        "TÓRSHAVN, March 14, 2046 - Delegates from 17 fishing nations agreed to cap squid boats "
        "at a meeting of the North Atlantic Cephalopod Management Organisation (NACMO).",
        *below,
    )
    assert (s.organisation, s.acronym) == (
        "North Atlantic Cephalopod Management Organisation",
        "NACMO",
    )


@pytest.mark.parametrize(
    ("dateline", "year", "organisation"),
    [
        ("TÓRSHAVN, March 14, 2046 - ", 2031, None),
        # The report's own year, from its dateline, or a year it does not give: no other year.
        ("TÓRSHAVN, March 14, 2046 - ", 2046, "Nordic Council"),
        ("", 2031, "Nordic Council"),
    ],
)
def test_a_body_whose_leaders_met_in_another_year_is_not_the_summits(
    dateline: str, year: int, organisation: str | None
) -> None:
    s = page(
        "Squid fleet capped",
        f"{dateline}Delegates from 17 fishing nations agreed to cap squid boats.",
        f"It was the largest gathering here since the Nordic Council leaders met here in {year}.",
    )
    assert s.organisation == organisation
