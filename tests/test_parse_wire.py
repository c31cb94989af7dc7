"""Wire and newspaper copy (Reuters, AFP, AP style): the shapes users rely on, as snippets."""

from __future__ import annotations

import datetime as dt

import pytest

import summitdoc
from summitdoc.parsers.layout.blocks import furniture

WIRE = """\
BRICS leaders call for reform of global lenders

JOHANNESBURG, Aug 23 (Reuters) - Leaders of the BRICS group of emerging economies called on \
Wednesday for a reform of global lenders at their summit in Johannesburg.

"We want a fairer system," Chinese President Xi Jinping told the summit. "The world is changing."

Indian Prime Minister Narendra Modi told reporters that the group should expand. "This is a \
moment for the Global South," Modi said.

South African President Cyril Ramaphosa said the bloc had agreed to invite six countries. \
"Unity is our strength," the South African leader said.

The declaration said the group "supports a comprehensive reform of the United Nations".

On the sidelines, Xi met Modi. Ramaphosa also met Brazilian President Luiz Inacio Lula da Silva.

Share this article

Related

Markets rally as summit ends
Rand gains after BRICS talks

(Reporting by Jane Doe; Editing by John Roe)
"""


def parse(text: str) -> summitdoc.Summit:
    return summitdoc.parse_text(text)


def speakers(s: summitdoc.Summit) -> list[tuple[str, str | None]]:
    people = {p.id: p.name for p in s.participants}
    return [(q.text, people.get(q.speaker or "")) for q in s.quotes]


def test_straight_quotes_with_attribution_after() -> None:
    """ "...," Chinese President Xi Jinping told the summit. gives Xi Jinping the quote."""
    s = parse(WIRE)
    assert ("We want a fairer system,", "Xi Jinping") in speakers(s)


def test_split_quote_in_straight_marks() -> None:
    """The second half of a split quote goes to the same speaker."""
    s = parse(WIRE)
    assert ("The world is changing.", "Xi Jinping") in speakers(s)


def test_surname_alone_after_the_quote() -> None:
    """ "...," Modi said. gives the quote to Narendra Modi."""
    s = parse(WIRE)
    assert ("This is a moment for the Global South,", "Narendra Modi") in speakers(s)


def test_demonym_leader_after_the_quote() -> None:
    """ "...," the South African leader said. gives the quote to the South African president."""
    s = parse(WIRE)
    assert ("Unity is our strength,", "Cyril Ramaphosa") in speakers(s)


def test_quote_of_a_document_is_not_speech() -> None:
    """Words the declaration says are nobody's speech: kept, with speaker null."""
    s = parse(WIRE)
    said = [who for text, who in speakers(s) if "comprehensive reform" in text]
    assert said == [None]


def test_participants_of_wire_copy() -> None:
    """Leaders named with a demonym and a title get their role and country."""
    s = parse(WIRE)
    found = {p.name: (p.role, p.country) for p in s.participants}
    assert found["Xi Jinping"] == ("President", "China")
    assert found["Narendra Modi"] == ("Prime Minister", "India")
    assert found["Cyril Ramaphosa"] == ("President", "South Africa")


def test_sideline_meetings_one_after_another() -> None:
    """Two bilateral meetings reported one after another are two meetings."""
    s = parse(WIRE)
    names = {p.id: p.name for p in s.participants}
    met = {frozenset(names[x] for x in m.participants) for m in s.meetings}
    assert frozenset({"Xi Jinping", "Narendra Modi"}) in met
    assert frozenset({"Cyril Ramaphosa", "Luiz Inacio Lula da Silva"}) in met


def test_page_clutter_is_kept_out() -> None:
    """Share lines, related headlines and the reporting credit are not paragraphs of the story."""
    s = parse(WIRE)
    body = " ".join(q.text for q in s.quotes) + " ".join(d.text for d in s.decisions)
    assert "Markets rally" not in body
    assert all("Jane Doe" not in p.name and "John Roe" not in p.name for p in s.participants)


def test_drop_cap_joins_its_paragraph() -> None:
    """A drop-cap first letter on its own line does not break the first paragraph's names."""
    s = parse(
        "Leaders meet\n\nT\nhe summit opened. President of Kazakhstan Kassym-Jomart Tokayev "
        "said, “We are united.”\n"
    )
    assert [(q.text, q.speaker) for q in s.quotes] == [("We are united.", "kassym-jomart-tokayev")]


def test_stray_html_entities_are_read_as_characters() -> None:
    """ "&ldquo;...&rdquo;" in scraped plain text is a quote like “...”."""
    s = parse(
        "Leaders meet\n\nPresident of Kazakhstan Kassym-Jomart Tokayev said, "
        "&ldquo;We are united.&rdquo;\n"
    )
    assert [q.text for q in s.quotes] == ["We are united."]
    assert "&ldquo;" not in s.source.text


def test_short_fragment_with_a_cue_is_a_quote() -> None:
    """A short quoted fragment inside a sentence that reports someone saying it is a quote."""
    s = parse(
        "Leaders meet\n\nIndian Prime Minister Narendra Modi said the talks were "
        '"very productive."\n'
    )
    assert speakers(s) == [("very productive.", "Narendra Modi")]


def test_wire_dateline_gives_city_and_agency() -> None:
    """ "ASTANA, July 4. /TASS/." opens the story: city and agency, not a standfirst, no date."""
    s = parse(
        "SCO summit adopts declaration\n\n"
        "ASTANA, July 4. /TASS/. The heads of state of the SCO member countries adopted the "
        "Astana Declaration at their summit on Thursday.\n\n"
        "The summit was attended by Kazakh President Kassym-Jomart Tokayev and Chinese President "
        "Xi Jinping, who held talks for two hours after the plenary session ended.\n"
    )
    assert (s.city, s.country, s.source.outlet) == ("Astana", "Kazakhstan", "TASS")
    assert s.subtitle is None
    assert s.date is None
    assert [st.topic for st in s.statements] == ["Astana Declaration"]


def test_chairmanship_to_come() -> None:
    """ "X will chair the SCO in 2025" is a presidency decision for X in 2025."""
    s = parse("SCO summit\n\nKyrgyzstan will chair the SCO in 2025, the participants decided.\n")
    assert [(d.kind, d.text, d.subject, d.year) for d in s.decisions] == [
        ("presidency", "Kyrgyzstan will chair the SCO in 2025", "Kyrgyzstan", 2025)
    ]


def test_subject_before_a_relative_clause_speaks() -> None:
    """ "X, who chaired the summit, said that ..." is X's speech."""
    s = parse(
        "BRICS summit ends\n\nSouth African President Cyril Ramaphosa, who chaired the summit, "
        "said that the leaders had agreed to invite six countries.\n"
    )
    names = {p.id: p.name for p in s.participants}
    assert [names[sp.speaker or ""] for sp in s.speeches] == ["Cyril Ramaphosa"]


def test_readout_meeting_with_initials_and_agreement() -> None:
    """A readout opening "President Joseph R. Biden, Jr. met today with ..." reports a meeting
    and what the two agreed."""
    s = parse(
        "Readout of the meeting\n\n"
        "President Joseph R. Biden, Jr. met today with President Xi Jinping of the People’s "
        "Republic of China on the margins of the APEC Leaders’ Meeting.\n\n"
        "The two leaders also agreed to resume high-level military-to-military communication.\n"
    )
    names = {p.id: p.name for p in s.participants}
    (meeting,) = s.meetings
    assert {names[x] for x in meeting.participants} == {"Joseph R. Biden, Jr.", "Xi Jinping"}
    assert meeting.agreements == ("resume high-level military-to-military communication",)


def test_main_figure_named_bare_takes_the_standfirst_description() -> None:
    """A report naming its main figure only bare gets their office from "The President of X took
    part ..." in the standfirst."""
    s = parse(
        "Lukashenko calls for import substitution\n\n"
        "The President of Belarus took part in the meeting of the Supreme Eurasian Economic "
        "Council in Moscow\n\n"
        "The meeting was attended by President of Russia Vladimir Putin and President of "
        "Kazakhstan Kassym-Jomart Tokayev. It was held in a narrow and then in an expanded "
        "format.\n\n"
        "Aleksandr Lukashenko stressed that the union should rely on its own production. "
        "“We have all the resources to replace imports,” the Belarusian leader said.\n"
    )
    found = {p.name: (p.role, p.country) for p in s.participants}
    assert found["Aleksandr Lukashenko"] == ("President", "Belarus")
    assert s.formats == ("narrow", "expanded")
    names = {p.id: p.name for p in s.participants}
    assert [names[q.speaker or ""] for q in s.quotes] == ["Aleksandr Lukashenko"]


TRANSCRIPT = """\
Meeting of Collective Security Council

Vladimir Putin took part in a meeting of the CSTO Collective Security Council in Minsk.

November 23, 2023 13:00 Minsk

* * *

Beginning of meeting of CSTO Collective Security Council in narrow format

President of Belarus Alexander Lukashenko: Colleagues, good afternoon.

I would like to welcome you to Minsk.

President of Russia Vladimir Putin: Thank you, Mr Lukashenko.

Alexander Lukashenko: Thank you. Mr Tokayev, please.
"""


def test_transcript_turns_of_several_speakers() -> None:
    """Each turn is its speaker's quote (paragraphs kept); one speech per speaker, the heading
    as topic and its format as setting; the dateline gives date and city."""
    s = parse(TRANSCRIPT)
    names = {p.id: p.name for p in s.participants}
    assert [(names[q.speaker or ""], q.text) for q in s.quotes] == [
        (
            "Alexander Lukashenko",
            "Colleagues, good afternoon.\n\nI would like to welcome you to Minsk.",
        ),
        ("Vladimir Putin", "Thank you, Mr Lukashenko."),
        ("Alexander Lukashenko", "Thank you. Mr Tokayev, please."),
    ]
    topic = "Beginning of meeting of CSTO Collective Security Council in narrow format"
    assert [(names[sp.speaker or ""], sp.topic, sp.setting) for sp in s.speeches] == [
        ("Alexander Lukashenko", topic, "narrow format"),
        ("Vladimir Putin", topic, "narrow format"),
    ]
    assert (str(s.date), s.city, s.country, s.name) == (
        "2023-11-23",
        "Minsk",
        "Belarus",
        "CSTO Collective Security Council",
    )


# -- people from evidence: headline words, journalists, adjectives ---------------------------------

BROADCAST = """\
Tanaka Urges Calm as Pacific Forum Closes

Pacific island leaders closed their yearly forum in Apia as they weigh a common fisheries \
fund. NHK's Miriam Oduya reports from the forum in Samoa.

Japanese Prime Minister Kenji Tanaka told the closing session that the fund was "within reach \
this year," and urged the leaders to stay calm.

"We have waited long enough," Tanaka said. Correspondent Lars Eklund has more from Apia.

Mele Fifita contributed to this report.
"""


def test_title_case_headline_words_are_not_a_person() -> None:
    """ "Tanaka Urges Calm" in a headline is no name: Tanaka is Kenji Tanaka, once."""
    s = parse(BROADCAST)
    names = {p.name for p in s.participants}
    assert "Kenji Tanaka" in names
    assert not any("Urges" in n for n in names)
    assert ("We have waited long enough,", "Kenji Tanaka") in speakers(s)


def test_journalists_are_not_participants() -> None:
    """An outlet's reporter, a correspondent and a contributor are bylines, not participants."""
    names = {p.name for p in parse(BROADCAST).participants}
    assert names.isdisjoint({"Miriam Oduya", "Lars Eklund", "Mele Fifita"})


def test_an_adjective_before_a_plural_noun_is_not_a_name() -> None:
    """ "Pacific Island leaders", "Southern Cone presidents": the words describe, they name no one."""
    text = (
        "Summit closes\n\nSouthern Cone presidents met in Asuncion on Friday. President Ana "
        "Benitez of Paraguay said the talks had gone well.\n"
    )
    names = {p.name for p in parse(text).participants}
    assert names == {"Ana Benitez"}


def test_a_titled_name_in_a_headline_counts() -> None:
    """ "President X took part in ..." as a headline names a participant (Kremlin style) when the
    report names X again; a title before a word the report never uses again names nobody."""
    text = (
        "President Sadykov took part in the meeting of the Steppe Council\n\n"
        "The leaders talked about trade for an hour. Sadykov then asked for a vote on the budget.\n"
    )
    assert [p.name for p in parse(text).participants] == ["Sadykov"]
    alone = text.replace("Sadykov then", "The chair then")
    assert [p.name for p in parse(alone).participants] == []


# -- layout that knows a page from an article ------------------------------------------------------

PAGE = """\
Ministers Agree Ferry Deal at Baltic Forum

Ferry Deal in Sixty Seconds
please wait

No media source currently available

0:00 0:01:48 0:00

Ferry Deal in Sixty Seconds

Baltic ministers agreed on a shared ferry timetable at their forum in Tallinn. The leaders also \
backed a study of a rail tunnel. DR's Signe Holm reports from Tallinn.

Estonian Prime Minister Kaja Tamm said the deal was "a gift to every islander".

Produced by: Anders Lund

Signe Holm contributed to this report.
"""


def test_player_lines_credits_and_a_repeated_title_are_furniture() -> None:
    """Player messages, time codes, a video title said twice and credits are not text."""
    s = parse(PAGE)
    assert s.title == "Ministers Agree Ferry Deal at Baltic Forum"
    assert [p.name for p in s.participants] == ["Kaja Tamm"]
    assert [sp.topic for sp in s.speeches] == [None]


def test_a_lead_in_that_hands_over_to_a_reporter_is_the_standfirst() -> None:
    """A first paragraph ending "X reports from Y" is a broadcast lead-in: the subtitle."""
    s = parse(PAGE)
    assert s.subtitle is not None
    assert s.subtitle.startswith("Baltic ministers agreed on a shared ferry timetable")


def test_web_dateline_with_a_weekday_resolves_the_summit_day() -> None:
    """ "Wed, June 11, 2031" publishes; "on Monday" in the first paragraph is June 9."""
    text = (
        "Nordic leaders back grid plan\n\nWed, June 11, 2031\n\n"
        "Nordic leaders agreed on Monday to build a shared power grid, Prime Minister Ole Brandt "
        "said after the summit in Oslo.\n"
    )
    s = parse(text)
    assert str(s.date) == "2031-06-09"


def test_day_month_year_dateline_and_an_issued_line() -> None:
    """ "12 October 2029" under the headline, or "(Source: ...; issued October 12, 2029)"."""
    body = "Leaders of the council met on Friday in Lima and adopted the budget.\n"
    for line in ("12 October 2029", "(Source: Andes Radio; issued October 12, 2029)"):
        s = parse(f"Council adopts budget\n\n{line}\n\n{body}")
        assert str(s.date) == "2029-10-12", line


def test_city_dateline_without_a_date() -> None:
    """ "LIMA --- Under grey skies, ..." places the summit in Lima, Peru."""
    s = parse(
        "Council adopts budget\n\nLIMA --- Under grey skies, the council's leaders met on Friday "
        "and adopted the budget for the next two years.\n"
    )
    assert (s.city, s.country) == ("Lima", "Peru")


def test_a_cue_that_names_nobody_known_leaves_the_speaker_null() -> None:
    """ "They said", "an aide said": null, never the speaker of the quote before."""
    text = (
        "Lake summit ends\n\n"
        "Leaders of the lake states met in Kisumu on Friday for their yearly summit on fishing "
        "and shipping, and agreed to meet again next year.\n\n"
        '"The water belongs to all of us," Prime Minister Ilse Brandauer said at the summit.\n\n'
        'The delegations said the plan needed "a decade of patient work". An aide to the host '
        'said later that the deal was "as good as done".\n'
    )
    s = parse(text)
    got = dict(speakers(s))
    assert got["The water belongs to all of us,"] == "Ilse Brandauer"
    assert got["a decade of patient work"] is None
    assert got["as good as done"] is None
    # Kept, in the speech of nobody in particular, with their cues.
    (nobody,) = [sp for sp in s.speeches if sp.speaker is None]
    assert [q.cue for q in nobody.quotes] == [
        "The delegations said the plan needed",
        "An aide to the host said later",
    ]


def test_document_words_are_a_speech_of_nobody() -> None:
    """ "..., as the Lake Charter states" keeps the quote with speaker null and that cue."""
    text = (
        "Lake summit ends\n\n"
        "Leaders of the lake states met in Kisumu on Friday for their yearly summit on fishing "
        "and shipping, and agreed to meet again next year.\n\n"
        'The leaders recalled that "the lake is a shared trust", as the Lake Charter states.\n'
    )
    s = parse(text)
    assert [(q.text, q.speaker) for q in s.quotes] == [("the lake is a shared trust", None)]


def test_names_keep_their_particles() -> None:
    """ "van den Berg", "al-Rashid": particles in a row and hyphenated ones stay in the name."""
    text = (
        "Council meets\n\n"
        "European Council President Marie van den Berg met Iraqi President Omar al-Rashid and "
        'said the talks had been "open and long".\n'
    )
    names = {p.name for p in parse(text).participants}
    assert names == {"Marie van den Berg", "Omar al-Rashid"}


def test_one_on_one_meetings_and_plenaries_are_not_formats() -> None:
    """Only narrow and expanded sessions are formats (X7)."""
    text = (
        "Forum opens\n\nPrime Minister Ilse Brandauer spent the morning in one-on-one meetings "
        "with leaders, then opened the plenary session of the forum in Oslo.\n"
    )
    assert list(parse(text).formats) == []
    narrow = parse(
        "Forum opens\n\nThe leaders met in a restricted format, then in expanded format.\n"
    )
    assert list(narrow.formats) == ["narrow", "expanded"]


def test_a_readout_of_an_unnamed_host_meeting_a_named_guest() -> None:
    """ "The Chancellor met Portuguese Prime Minister X": one bilateral meeting, X alone named."""
    text = (
        "The Chancellor met Portuguese Prime Minister Rui Tavares at the summit this morning.\n\n"
        "Discussing the grid link across the Pyrenees, the Chancellor urged faster permits. "
        "They also raised the future of the fishing quotas, adding that talks would go on.\n"
    )
    s = parse(text)
    people = {p.id: p.name for p in s.participants}
    assert [(m.kind.value, [people[x] for x in m.participants]) for m in s.meetings] == [
        ("bilateral", ["Rui Tavares"])
    ]
    (meeting,) = s.meetings
    assert "the grid link across the Pyrenees" in meeting.topics
    assert "the future of the fishing quotas" in meeting.topics
    assert not any("adding" in t for t in meeting.topics)
    assert "faster permits" in meeting.agreements


def test_a_first_person_declaration_names_its_issuers_where_it_opens() -> None:
    """ "We, the Leaders of A and B, met ..." then "we adopted a Declaration on X"."""
    text = (
        "Leaders' declaration of the Andes-Alps summit\n\n"
        "We, the Heads of Government of the Andean Community and of the Alpine Convention, met "
        'in Quito on 3 and 4 May 2031 under the theme "Mountains that connect us: water, trade '
        'and people for the decades to come".\n\n'
        "Conscious of our common heritage and given the value we attach to our partnership, we "
        "have adopted a Declaration on a Mountain Compact for Water.\n"
    )
    s = parse(text)
    assert [(st.topic, st.issuer) for st in s.statements] == [
        (
            "Declaration on a Mountain Compact for Water",
            "Heads of Government of the Andean Community and of the Alpine Convention",
        )
    ]
    assert s.quotes == ()  # the theme is a title, not anybody's words


def test_a_lower_case_declaration_on_a_subject_is_about_it() -> None:
    """ "adopted a joint declaration on X" has topic X; "a Declaration on X" keeps its name."""
    s = parse(
        "Summit closes\n\nThe two presidents adopted a joint declaration on river safety and "
        "signed a Declaration on Shared Rivers.\n"
    )
    assert {st.topic for st in s.statements} == {"river safety", "Declaration on Shared Rivers"}


# -- markup in plain text --------------------------------------------------------------------------


def test_markdown_links_keep_their_words_and_lose_their_addresses() -> None:
    """ "[Lena Berg](https://...)" is Lena Berg; spans still slice the text as given."""
    text = (
        "Ferry pact signed\n\n"
        "Danish Prime Minister [Lena Berg](https://example.net/people/berg) and Swedish Prime "
        "Minister [Olof Strand](https://example.net/people/strand) met in Malmo on Sunday.\n\n"
        '"The ferries will run all winter," [said Prime Minister Berg](https://example.net/q).\n'
    )
    s = parse(text)
    assert {p.name for p in s.participants} == {"Lena Berg", "Olof Strand"}
    (quote,) = s.quotes
    assert quote.cue == "said Prime Minister Berg"
    assert quote.span.text(s) == quote.text == "The ferries will run all winter,"
    assert s.source.text == text
    assert not any("example.net" in p.name for p in s.participants)


def test_inline_html_tags_are_not_text() -> None:
    """An inline <a href=...> or <img alt=...> names nobody and quotes nothing."""
    text = (
        "Ferry pact signed\n\n"
        'Leaders met in <a href="https://example.net/malmo">Malmo</a> on Sunday. '
        '<img src="a.jpg" alt="President Ana Ruiz said &quot;hello&quot;"> Prime Minister Lena '
        "Berg opened the talks.\n"
    )
    s = parse(text)
    assert [p.name for p in s.participants] == ["Lena Berg"]
    assert s.quotes == ()


# -- short fragments: governed by a reporting verb, or terms ----------------------------------------


def test_fragments_governed_by_a_reporting_verb_are_quotes() -> None:
    """ "termed the plan “a bold start” and warned of “lean years”": two quotes, one speaker."""
    text = (
        "Grid summit closes\n\n"
        "Leaders of the river states met in Kisumu on Friday for their yearly summit on fishing "
        "and shipping, and agreed to meet again next year.\n\n"
        'President Ada Mwangi termed the plan "a bold start" and warned of "lean years" for '
        'farmers. Finance Minister Joel Otieno alluded to "several open questions" in the text.\n'
    )
    s = parse(text)
    got = {(q.text, q.cue) for q in s.quotes}
    assert got == {
        ("a bold start", "President Ada Mwangi termed the plan"),
        ("lean years", "warned of"),
        ("several open questions", "Finance Minister Joel Otieno alluded to"),
    }
    people = {p.id: p.name for p in s.participants}
    assert {people[q.speaker or ""] for q in s.quotes} == {"Ada Mwangi", "Joel Otieno"}


_FRAGMENT_LEAD = (
    "Grid summit closes\n\n"
    "Leaders of the river states met in Kisumu on Friday for their yearly summit on fishing "
    "and shipping, and agreed to meet again next year.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The sentence goes on after the phrase ("despite", "to"): reported words of its speaker.
        (
            (
                'Foreign Minister Ruth Akinyi said the talks had produced "a workable compromise" '
                "despite deep divisions over quotas."
            ),
            ("a workable compromise", "Ruth Akinyi"),
        ),
        # The words after the phrase, up to "according to", are not the phrase's cue.
        (
            (
                'President Ada Mwangi told delegates her country would "leave no stone unturned" to '
                "finish the pipeline, according to the host broadcaster."
            ),
            ("leave no stone unturned", "Ada Mwangi"),
        ),
        # A quoted modifier of the noun after it, or a phrase no reporting verb governs: terms.
        ('Shippers paid "clean fuel" surcharges all year.', None),
        ('Ferries now pay a "lake levy" in every port of the three states.', None),
    ],
)
def test_a_short_phrase_mid_sentence(sentence: str, expected: tuple[str, str] | None) -> None:
    """ "had produced “a workable compromise” despite ...": a quote; "“clean fuel” surcharges": a term."""
    s = parse(_FRAGMENT_LEAD + sentence + "\n")
    people = {p.id: p.name for p in s.participants}
    got = [(q.text, people.get(q.speaker or "")) for q in s.quotes]
    assert got == ([expected] if expected else [])


def test_a_term_in_scare_quotes_is_not_a_quote() -> None:
    """ "By “open skies”, the ministers meant ...": no reporting verb before it, a term."""
    text = (
        "Grid summit closes\n\n"
        "Leaders of the river states met in Kisumu on Friday for their yearly summit on fishing "
        "and shipping, and agreed to meet again next year.\n\n"
        'By "open skies", the ministers meant flights without quotas between all member states.\n'
    )
    assert parse(text).quotes == ()


def test_a_subheading_between_paragraphs_without_blank_lines() -> None:
    """One paragraph per line: a short unpunctuated line between ended sentences is a heading."""
    pad = (
        "The leaders of the lake states met in Kisumu on Friday for their yearly summit on "
        "fishing, shipping and the water level of the lake, which has fallen for three years."
    )
    for heading in ("Ferries to run all year", "— Ferries —", "FERRIES ALL YEAR"):
        lines = [
            "Lake summit closes",
            pad,
            "President Ada Mwangi said the fishing quotas would stay as they are.",
            heading,
            "Prime Minister Joel Otieno said the ferries would run all year from now on.",
            pad,
        ]
        text = "\n".join(lines)
        topics = {sp.topic for sp in parse(text + "\n").speeches}
        assert topics == {None, heading}, heading


def test_a_name_on_its_own_line_mid_sentence_is_no_heading() -> None:
    """ "... said Vice President" / "Ana Ruiz" / "on Friday.": a sentence runs on, no heading."""
    lines = [
        "Lake summit closes",
        (
            "The leaders of the lake states met in Kisumu on Friday for their yearly summit on "
            "fishing, shipping and the water level of the lake, which has fallen for three years."
        ),
        "The talks were opened by Vice President",
        "Ana Ruiz",
        "who said the ferries would run all year from now on, whatever the weather.",
    ]
    text = "\n".join(lines)
    assert all(sp.topic is None for sp in parse(text + "\n").speeches)


def test_a_transcript_label_with_a_note_and_a_separator() -> None:
    """ "Question (via interpreter):" is its own turn; "* * *" does not split a speech."""
    lines = [
        "Talks in Tashkent",
        "President of Uzbekistan Bakhrom Aliev outlined his plans at the talks on Monday.",
        "* * *",
        "President of Uzbekistan Bakhrom Aliev: Friends, welcome to Tashkent.",
        "Question (through an interpreter): Will the railway be finished by 2030?",
        "Bakhrom Aliev: We expect it to be finished sooner than that.",
    ]
    s = parse("\n".join(lines) + "\n")
    assert [sp.speaker for sp in s.speeches if sp.speaker] == ["bakhrom-aliev"]
    question = next(q for q in s.quotes if q.text.startswith("Will the railway"))
    assert (question.speaker, question.cue) == (None, "Question (through an interpreter)")


def test_a_caption_with_its_credit_on_the_next_line() -> None:
    """A photo line, then "Name/Agency via Service": a caption with that credit, no participant."""
    lines = [
        "Lake summit closes",
        "Leaders of the lake states met in Kisumu on Friday for their yearly summit on fishing.",
        "President Ada Mwangi (L) welcomes Prime Minister Joel Otieno to Kisumu on Friday.",
        "Wanjiru Kamau/Lakeside Press via Picturedesk",
        "The two leaders then opened the new harbour for the lake ferries, officials said.",
    ]
    s = parse("\n".join(lines) + "\n")
    assert [(c.text, c.credit) for c in s.captions] == [
        (lines[2], "Wanjiru Kamau/Lakeside Press via Picturedesk")
    ]
    assert "Wanjiru Kamau" not in {p.name for p in s.participants}


# -- attribution by syntax -------------------------------------------------------------------------

LAKE_PAD = (
    "Leaders of the lake states met in Kisumu on Friday for their yearly summit on fishing "
    "and shipping, and agreed to meet again next year."
)


def test_words_a_document_reads_are_nobodys() -> None:
    """ "“...,” the joint communique reads.": a quote with speaker null and that cue."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        '"Each state will keep its fleet in port in the spawning season," the joint communique '
        "reads.\n"
    )
    assert [(q.speaker, q.cue) for q in s.quotes] == [(None, "the joint communique reads")]


def test_a_verb_form_after_a_determiner_is_a_noun() -> None:
    """ "In her opening remarks, X told Y that ... “...”": X speaks; "remarks" is no cue."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        '"The lake is our future," President Ada Mwangi said.\n\n'
        "In his opening remarks, Prime Minister Joel Otieno told Mwangi that the states should "
        '"share every catch fairly".\n'
    )
    assert ("share every catch fairly", "Joel Otieno") in speakers(s)


def test_a_participle_after_the_comma_shares_the_subject() -> None:
    """ "X held talks with Y, assuring her guest that ... “...”": the quote is X's."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        '"The lake is our future," President Ada Mwangi said.\n\n'
        "Prime Minister Joel Otieno held talks with Mwangi, assuring his guest that the ferries "
        'were "ready for the busy season".\n'
    )
    assert ("ready for the busy season", "Joel Otieno") in speakers(s)


def test_a_quote_inside_a_sentence_naming_nobody_known_is_not_a_neighbours() -> None:
    """ "The chair ended with a promise to keep “...”" then a quote of X: the first is null."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        'The chair ended the session with a promise to keep "every port open to our neighbours".\n'
        '"We are ready for the season," President Ada Mwangi said.\n'
    )
    assert ("every port open to our neighbours", None) in speakers(s)


def test_a_sentence_broken_by_link_lines_is_one_paragraph() -> None:
    """Names on lines of their own (links copied from a page) rejoin their sentence."""
    lines = [
        "Lake summit closes",
        LAKE_PAD,
        "The talks were opened by Prime Minister",
        "Joel Otieno",
        "and Ugandan President",
        "Grace Nansubuga",
        ', who said the lake was "a shared trust for our grandchildren".',
    ]
    s = parse("\n".join(lines) + "\n")
    people = {p.name: (p.role, p.country) for p in s.participants}
    assert people["Joel Otieno"] == ("Prime Minister", None)
    assert people["Grace Nansubuga"] == ("President", "Uganda")


def test_a_markdown_link_around_a_verb_and_a_bold_cue() -> None:
    """ "[signed](url) the Lake Accord" is a decision; "[**said X**](url)" is X's cue."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "On Friday the three leaders [signed](https://example.net/a) the Lake Accord.\n\n"
        '"We will clean the lake together," [**said President Ada Mwangi**](https://example.net/b).\n'
    )
    assert [(d.kind.value, d.text) for d in s.decisions] == [("agreement", "the Lake Accord")]
    assert [(q.cue, q.speaker) for q in s.quotes] == [("said President Ada Mwangi", "ada-mwangi")]


def test_a_dateline_set_as_separate_lines_is_one_dateline() -> None:
    """ "June 9, 2031" / "10:15" / "Lima" on lines of their own give the date and the city."""
    s = parse(
        "Council adopts budget\n\nJune 9, 2031\n\n10:15\n\nLima\n\n"
        "The council's leaders met and adopted the budget for the next two years.\n"
    )
    assert (str(s.date), s.city, s.country) == ("2031-06-09", "Lima", "Peru")


def test_a_quote_whose_opening_mark_was_lost() -> None:
    """ "... as the saying "Slow and Steady" goes," she said.": one quote from the sentence start."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "President Ada Mwangi spoke last. We will build the harbour slowly, as the saying "
        '"Slow and Steady" goes," she said.\n'
    )
    assert [q.text for q in s.quotes] == [
        'We will build the harbour slowly, as the saying "Slow and Steady" goes,'
    ]


# -- wire and readout shapes met in reports from other outlets -------------------------------------


def test_wire_copy_with_byline_read_time_and_agency_dateline() -> None:
    """ "By X" and "4 min read" are furniture; "LIMA (AP) —" gives the city and the agency; a
    country the summit urges something for is not where it is held."""
    text = (
        "Pacific leaders end summit with call for calm\n\n"
        "By Rosa Quispe\n\n4 min read\n\n"
        "LIMA (AP) — Pacific leaders wrapped up their summit on Monday by urging a truce in "
        "Bolivia and welcoming a new member.\n\n"
        "The bloc's leaders approved the accession of Tonga, the chair told reporters.\n"
    )
    s = parse(text)
    assert (s.city, s.country, s.source.outlet) == ("Lima", "Peru", "Associated Press")
    assert "Rosa Quispe" not in {p.name for p in s.participants}


@pytest.mark.parametrize(
    "label", ["Read Time: 6 min", "Reading time: 6 minutes", "READ TIME 6 MIN"]
)
def test_a_reading_time_label_is_no_speaker(label: str) -> None:
    """ "Read Time: 6 min" is furniture, not a transcript label whose turn runs over the text."""
    text = (
        "Pacific leaders end summit with call for calm\n"
        "The bloc welcomed a new member and agreed to meet again in Apia next year\n"
        "By Rosa Quispe, Suva\n"
        f"{label}\n"
        "President Ana Tove with other leaders at the summit in Suva on Monday. (AFP)\n"
        "Pacific leaders wrapped up their summit in Suva on Monday by welcoming a new member.\n\n"
        '"We are one ocean," President Ana Tove told reporters after the closing session.\n'
    )
    s = parse(text)
    assert [(q.text, q.cue) for q in s.quotes] == [
        ("We are one ocean,", "President Ana Tove told reporters")
    ]


def test_a_decision_stops_at_a_quote_and_at_a_trailing_attribution() -> None:
    """A decision's words never run into a quotation or its attribution."""
    text = (
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "The summit approved the creation of a lake patrol, executive secretary Juma Were told "
        'reporters. "The summit approved the budget for the patrol," Were said.\n'
    )
    s = parse(text)
    assert all('"' not in d.text and "told" not in d.text for d in s.decisions)
    assert "the creation of a lake patrol" in {d.text for d in s.decisions}


def test_a_readout_opening_with_the_meeting_and_naming_a_later_event() -> None:
    """The meeting in the first line counts; "meeting again at the X later this year" is not
    this meeting's name."""
    text = (
        "Chancellor's meeting with the President of Chile: 3 May 2031\n\n"
        "The Chancellor met President Luisa Ortega of Chile in Berlin today.\n\n"
        "The leaders discussed trade in lithium and agreed to deepen cooperation on research, "
        "and looked forward to meeting again at the Commonwealth Heads of Government Meeting "
        "later this year.\n"
    )
    s = parse(text)
    people = {p.id: p.name for p in s.participants}
    assert [[people[x] for x in m.participants] for m in s.meetings] == [["Luisa Ortega"]]
    assert s.name is None


def test_a_newspaper_page_with_its_chrome() -> None:
    """Skip links, "Supported by", a listen bar, an inline photo credit, a reporter's note and an
    abbreviated dateline: only the article counts."""
    lines = [
        "Skip to content",
        "Skip to site index",
        "Supported by",
        "Andean Leaders Agree on a Water Pact at Quito Summit",
        "Leaders arriving at the summit in Quito on Friday.Credit...Ana Paz/Andes Photo",
        "By Marta Rios",
        "Sept. 12, 2031",
        "Listen to this article · 5:02 min Learn more",
        (
            "Andean leaders on Friday agreed to share the water of three rivers, a deal that "
            'President Tomas Herrera of Peru called "a gift to our children".'
        ),
        "Marta Rios is a Quito correspondent for The Andean Times.",
    ]
    s = parse("\n\n".join(lines) + "\n")
    assert s.title == "Andean Leaders Agree on a Water Pact at Quito Summit"
    assert str(s.date) == "2031-09-12"
    assert [(c.credit) for c in s.captions] == ["Ana Paz/Andes Photo"]
    assert [p.name for p in s.participants] == ["Tomas Herrera"]
    assert "share the water of three rivers" in {d.text.split(",")[0] for d in s.decisions}


def test_an_iso_dateline_a_verb_in_a_title_case_headline_and_a_shorter_name() -> None:
    """ "2031-04-02 10:15" is a dateline; "President X Meets Y" ends X's name at "Meets"; the last
    words of a full name are the same person."""
    text = (
        "President Ana Benitez Meets Kenyan President Daniel Kiprono Arap Mwangi\n\n"
        "2031-04-02 10:15\n\n"
        "President Ana Benitez held talks with Kenyan President Daniel Kiprono Arap Mwangi in "
        "Asuncion.\n\n"
        'Arap Mwangi said the talks had been "warm and useful".\n'
    )
    s = parse(text)
    assert s.subtitle is None
    assert str(s.date) == "2031-04-02"
    names = {p.name for p in s.participants}
    assert names == {"Ana Benitez", "Daniel Kiprono Arap Mwangi"}
    assert speakers(s) == [("warm and useful", "Daniel Kiprono Arap Mwangi")]


def test_what_the_leaders_agreed_to_do_is_a_decision() -> None:
    """ "The leaders agreed to open X" is decided; one country agreeing or a side meeting's sides
    agreeing is not the summit's decision."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "The leaders agreed to open a joint fisheries office in Kisumu. Uganda agreed to pay "
        "more.\n\nKenyan and Ugandan officials held talks. The parties agreed to settle the "
        "border dispute.\n"
    )
    texts = [d.text for d in s.decisions]
    assert any(t.startswith("open a joint fisheries office") for t in texts)
    assert not any("pay more" in t or "border dispute" in t for t in texts)


def test_a_nickname_inside_a_cue_and_meetings_with_titled_people() -> None:
    """ "“...,” President Ada “Chui” Mwangi told reporters" keeps its cue whole; "met the
    presidents of A and B, X and Y" is one meeting with each."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        '"The lake is calm again," President Ada "Chui" Mwangi told reporters.\n\n'
        "Mwangi also met the presidents of Rwanda and Burundi, Paul Gatete and Aline Ndayizeye.\n"
    )
    (quote,) = s.quotes
    assert quote.cue == 'President Ada "Chui" Mwangi told reporters'
    people = {p.id: p.name for p in s.participants}
    pairs = sorted(sorted(people[x] for x in m.participants) for m in s.meetings)
    host = 'Ada "Chui" Mwangi'  # the name as written, nickname and marks included
    assert pairs == [[host, "Aline Ndayizeye"], [host, "Paul Gatete"]]


def test_forms_of_address_are_not_names() -> None:
    """ "President of Ghana H.E. Mr. Kofi Asante", "Shri Ravi Menon": the names without them."""
    s = parse(
        "Summit opens\n\n"
        "Prime Minister Shri Ravi Menon took part in the summit in Accra today. The summit was "
        "chaired by the President of Ghana, H.E. Mr. Kofi Asante.\n"
    )
    people = {p.name: (p.role, p.country) for p in s.participants}
    assert people == {"Ravi Menon": ("Prime Minister", None), "Kofi Asante": ("President", "Ghana")}


def test_a_press_conference_transcript_in_capitals() -> None:
    """ "PRESIDENT OKORO:" is President Okoro of the headline; "Q    ..." is a question; the
    closing time line is furniture."""
    lines = [
        "Remarks by President Okoro and Chancellor Brandt in a Joint Press Conference",
        "PRESIDENT OKORO:  Good afternoon.  Chancellor Brandt, welcome to Abuja.",
        "CHANCELLOR BRANDT:  Thank you.  Our partnership has never been stronger.",
        "Q    Mr. President, what did you agree on gas?",
        "PRESIDENT OKORO:  We agreed to build a new pipeline together.",
        "4:15 P.M. WAT",
    ]
    s = parse("\n\n".join(lines) + "\n")
    people = {p.id: p.name for p in s.participants}
    assert sorted(people.values()) == ["Brandt", "Okoro"]
    question = next(q for q in s.quotes if q.text.startswith("Mr. President"))
    assert (question.speaker, question.cue) == (None, "Q")
    assert not any("4:15" in q.text for q in s.quotes)


def test_statements_counted_with_their_topics_between_commas() -> None:
    """ "Two joint statements, on A and on B, were adopted": two statements, and no decision."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "Two joint statements, on lake shipping and on fish stocks, were adopted.\n"
    )
    assert [st.topic for st in s.statements] == ["lake shipping", "fish stocks"]
    assert s.decisions == ()


def test_a_surname_in_capitals_is_the_same_person() -> None:
    """ "Mr. TANAKA Hiro, Prime Minister of Japan" and later "Prime Minister Tanaka": one person."""
    s = parse(
        "Japan-Chile Summit Meeting\n\n"
        "On May 2, Mr. TANAKA Hiro, Prime Minister of Japan, held a summit meeting with President "
        "Luisa Ortega of Chile. Prime Minister Tanaka welcomed the start of talks on trade.\n"
    )
    names = sorted(p.name for p in s.participants)
    assert names == ["Luisa Ortega", "TANAKA Hiro"]


def test_the_date_the_text_states_wins_over_an_updated_line() -> None:
    """ "Updated: May 3, 2031" tells when the page changed; "On May 2, 2031 ... the summit"
    tells when the summit met."""
    s = parse(
        "Leaders attend the Andes summit\n\nUpdated: May 3, 2031\n\n"
        "On the morning of May 2, 2031, President Luisa Ortega attended the summit of Andean "
        "states in Quito.\n"
    )
    assert str(s.date) == "2031-05-02"


def test_an_agency_dateline_paragraph_is_the_story_not_a_lead_in() -> None:
    """ "LIMA, May 4. /ANDINA/. ..., ANDINA reports." opens the story: no subtitle, the city read."""
    s = parse(
        "Andean summit adopts Lima Declaration\n\n"
        "LIMA, May 4. /ANDINA/. The leaders of the Andean states adopted the Lima Declaration at "
        "their summit on Thursday, ANDINA reports.\n"
    )
    assert s.subtitle is None
    assert (s.city, s.country) == ("Lima", "Peru")


def test_a_province_after_a_possessive_country_is_a_place() -> None:
    """ "capital of northwest Peru's Piura Province": a place, not a participant."""
    s = parse(
        "Summit opens\n\nPresident Luisa Ortega chaired the summit in Piura, capital of "
        "northwest Peru's Piura Province, on Friday.\n"
    )
    assert [p.name for p in s.participants] == ["Luisa Ortega"]


def test_tags_and_keywords_blocks_are_furniture() -> None:
    """A "Tags" list and a "Keywords:" line name nobody; "Topics discussed ..." is text."""
    lines = [
        "Forum leaders meet in Apia",
        LAKE_PAD,
        'Samoan Prime Minister Fiame Mata\'afa said the forum needed "money, not promises".',
        "Topics discussed included shipping, fisheries and the price of fuel.",
        "Tags",
        "Fiame Mata'afa",
        "Henry Puna",
        "Keywords: Samoa, Puna, Pacific",
    ]
    s = parse("\n\n".join(lines) + "\n")
    assert [p.name for p in s.participants] == ["Fiame Mata'afa"]
    # A label needs its colon: a sentence that starts with the same word stays text.
    assert furniture("Tags: Samoa, Puna") == (True, False)
    assert furniture("Topics discussed included shipping, fisheries and fuel.") == (False, False)


def test_names_of_things_are_not_people() -> None:
    """ "Harbour Awareness", "Open LINK", "Lake Relief" and "Kisumu Tower", each named twice, are
    things; "JD Vance said" is a person."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        "The leaders launched Harbour Awareness and Open LINK. Harbour Awareness will map the "
        "lake, and Open LINK will connect its ports. Lake Relief opened at Kisumu Tower. Lake "
        "Relief and the Tower are new. JD Vance said the summit had gone well.\n"
    )
    assert [p.name for p in s.participants] == ["JD Vance"]


def test_words_spoken_to_reporters_are_a_press_conference() -> None:
    """ "Speaking to reporters after the talks, X said ...": the speech's setting is the press's."""
    s = parse(
        f"Lake summit closes\n\n{LAKE_PAD}\n\n"
        'Speaking to reporters after the talks, President Ada Mwangi said: "The lake is calm."\n'
    )
    assert [(sp.speaker, sp.setting) for sp in s.speeches] == [("ada-mwangi", "press conference")]


def test_a_titled_headline_name_needs_the_report_to_name_it_again() -> None:
    """ "Emir Attends Gulf Summit": "Attends" is no name; page labels are not the headline."""
    s = parse(
        "Main results\n\nEmir Attends Gulf Summit in Doha\n\n"
        "The Emir of Qatar, Sheikh Jassim Al Mahmoud, attended the summit of the Gulf states in "
        "Doha on Tuesday and met the King of Bahrain, Hamad Al Nasser.\n"
    )
    assert s.title == "Emir Attends Gulf Summit in Doha"
    assert "Attends" not in {p.name for p in s.participants}


def test_a_pronoun_carries_on_the_subject_not_the_last_name() -> None:
    """ "X will succeed Y. She will be ... “...,” she said": X's words, not Y's."""
    text = (
        "Island states pick new envoy\n\n"
        "Leaders of the island states met in Suva on Tuesday for their annual forum.\n\n"
        "Tonga's foreign minister Marama Tuilagi was chosen as the forum's envoy after a long "
        "vote, and will succeed Samoa's Peter Lealaiauloto in June. She will be the first woman in the post.\n\n"
        '"We start with the sea and end with the sea," she told delegates. "Nothing else '
        'matters as much."\n\n'
        "Fijian Prime Minister Josaia Naiqama praised the ocean fund. He also criticised "
        "Australian Premier Glenn Whitby's coal policy.\n\n"
        '"Fiji will put in the first dollar," he added.\n'
    )
    got = dict(speakers(parse(text)))
    assert got["We start with the sea and end with the sea,"] == "Marama Tuilagi"
    assert got["Nothing else matters as much."] == "Marama Tuilagi"
    # The sentence before opens with "He", so the question goes back one more sentence.
    assert got["Fiji will put in the first dollar,"] == "Josaia Naiqama"


def test_a_pronoun_after_a_description_apposed_to_a_titled_name() -> None:
    """ "The outgoing chair, Prime Minister X, said ...": the next "he" is X."""
    text = (
        "Lagoon states renew fishing pact\n\n"
        "Leaders of the lagoon states met in Cotonou on Monday for their yearly talks.\n\n"
        "The outgoing chair, Prime Minister Kossi Agbeko, said the pact had kept the catch "
        "steady for a decade.\n\n"
        '"Our nets are fuller than our speeches," he told the closing session.\n'
    )
    got = dict(speakers(parse(text)))
    assert got["Our nets are fuller than our speeches,"] == "Kossi Agbeko"


def test_a_pronoun_after_a_subject_no_one_knows_stays_null() -> None:
    """ "A rival, 58, will succeed X. She will ...": the subject is unknown, so is the speaker."""
    text = (
        "Island states pick new envoy\n\n"
        "Leaders of the island states met in Suva on Tuesday for their annual forum.\n\n"
        "A former diplomat from Tonga, 58, was chosen as the forum's envoy and will succeed "
        "Samoa's Peter Lealaiauloto in June. She will be the first woman in the post.\n\n"
        '"We start with the sea," she told delegates.\n'
    )
    got = dict(speakers(parse(text)))
    assert got["We start with the sea,"] is None


def test_a_pronoun_after_an_unnamed_subject_stays_null() -> None:
    """The sentence before opens with a title no one was found for: nobody, not the last name."""
    text = (
        "Delta summit closes\n\n"
        "Leaders of the delta states met in Dhaka on Friday. Secretary General Rafael Osei "
        "also attended.\n\n"
        'In her speech, the Chair said that "water has no borders". She added, "Neither do '
        'floods."\n'
    )
    got = dict(speakers(parse(text)))
    assert got["Neither do floods."] is None


def test_a_pronoun_meeting_actor_is_the_subject_before() -> None:
    """ "On the margins, A held talks with B. They discussed X. He then met C": A met C."""
    text = (
        "Leaders of the Reef Forum met in Honiara on Monday.\n\n"
        "On the margins of the Forum, the Prime Minister of Tonga, Mr Siaosi Fifita, held talks "
        "with the President of Palau, Ms Ilana Remengesau. They discussed tuna stocks.\n\n"
        "He then met the President of Tuvalu, Mr Enele Talake, with whom he discussed sea walls.\n"
    )
    s = parse(text)
    people = {p.id: p.name for p in s.participants}
    met = [sorted(people[i] for i in m.participants) for m in s.meetings]
    assert ["Enele Talake", "Siaosi Fifita"] in met
    assert ["Enele Talake", "Ilana Remengesau"] not in met


def test_a_quoted_expert_introduced_by_an_apposition_is_the_speaker() -> None:
    """ "“...,” said X, a researcher at Y" and "Professor X of Y told": X speaks and takes part."""
    text = (
        "Lake states agree water pact\n\n"
        "Leaders of the lake states met in Kisumu on Friday and agreed a water pact.\n\n"
        '"It is a good day for the lake," President Ilse Brandauer said.\n\n'
        '"The pact is thin on money, and money is what the lake needs," said Tomas Okello, a '
        "senior researcher at the Nile Basin Institute in Kampala.\n\n"
        "Maria Santos, a political scientist at the University of Nairobi, said the leaders "
        '"left the hard part for later".\n\n'
        '"Nobody wants to pay first," Professor Amina Dube of Makerere University told the BBC.\n'
    )
    s = parse(text)
    got = dict(speakers(s))
    assert got["The pact is thin on money, and money is what the lake needs,"] == "Tomas Okello"
    assert got["left the hard part for later"] == "Maria Santos"
    # The honorific is not part of the name.
    assert got["Nobody wants to pay first,"] == "Amina Dube"
    assert {"Tomas Okello", "Maria Santos", "Amina Dube"} <= {p.name for p in s.participants}


def test_a_bare_name_quoted_without_an_apposition_waits_for_more_evidence() -> None:
    """ "“...,” said Harbour Street" names no person: no participant, speaker null."""
    text = (
        "Lake states agree water pact\n\n"
        "Leaders of the lake states met in Kisumu on Friday and agreed a water pact.\n\n"
        '"The pact will hold," said Harbour Street, the seat of the lake authority.\n'
    )
    s = parse(text)
    assert dict(speakers(s))["The pact will hold,"] is None
    assert "Harbour Street" not in {p.name for p in s.participants}


def test_a_cue_whose_subject_is_a_title_then_a_name_in_apposition() -> None:
    """ "Peru's minister of energy, Lia Berg, said ...": the name after the comma speaks."""
    text = (
        "Andean ministers meet\n\n"
        "Leaders of the Andean states met in Quito on Friday.\n\n"
        "The chair of the Andean Commission, Lia Berg, told reporters the plan was "
        '"late but alive".\n'
    )
    assert dict(speakers(parse(text)))["late but alive"] == "Lia Berg"


def test_an_apposition_without_an_article_and_an_academic_rank() -> None:
    """ "X, professor of law at Y, said" and "Associate Professor X of Y told" name speakers."""
    text = (
        "Lake states agree water pact\n\n"
        "Leaders of the lake states met in Kisumu on Friday and agreed a water pact.\n\n"
        "Lena Ochieng, professor of water law at Moi University, said the pact was "
        '"overdue".\n\n'
        '"It will hold," Associate Professor Ravi Pillai of the Kampala Institute told '
        "reporters.\n\n"
        '"We shall see," said Harbour Road, leading to the Port Authority.\n'
    )
    s = parse(text)
    got = dict(speakers(s))
    assert got["overdue"] == "Lena Ochieng"
    assert got["It will hold,"] == "Ravi Pillai"
    # A participle clause ("leading to ...") is no post of a person.
    assert got["We shall see,"] is None


OWN_LINE_TRANSCRIPT = """Remarks by Chair Mirela Dobos after the Danube Summit in Vidin

Mirela Dobos, Chair of the Danube Council:

Good evening. Today, the leaders of the eight river states adopted the Vidin Declaration on \
flood defence. I thank the Commissioner for Transport, Pavel Hruby, who joined us today.

We also agreed to set up a joint dredging office, and we decided to meet next in Linz in 2036. \
This morning, I also held talks with Prime Minister Ilie Sorescu of Romania.

Question (Radio Nord):

Chair, when will the dredging office open?

Mirela Dobos, Chair of the Danube Council:

Within a year, I hope.
"""


def test_labels_on_a_line_of_their_own_open_turns() -> None:
    s = summitdoc.parse_text(OWN_LINE_TRANSCRIPT)
    names = {p.id: p.name for p in s.participants}
    turns = [(names.get(q.speaker or ""), q.cue, q.text.split(".")[0]) for q in s.quotes]
    assert turns == [
        ("Mirela Dobos", "Mirela Dobos, Chair of the Danube Council", "Good evening"),
        (None, "Question (Radio Nord)", "Chair, when will the dredging office open?"),
        ("Mirela Dobos", "Mirela Dobos, Chair of the Danube Council", "Within a year, I hope"),
    ]
    assert s.subtitle is None


def test_what_a_transcript_says_was_decided_and_adopted() -> None:
    s = summitdoc.parse_text(OWN_LINE_TRANSCRIPT)
    assert [d.text for d in s.decisions] == [
        "set up a joint dredging office",
        "meet next in Linz in 2036",
    ]
    assert [(x.topic, x.issuer) for x in s.statements] == [
        ("Vidin Declaration on flood defence", "leaders of the eight river states")
    ]


def test_people_a_speaker_met_or_says_joined_them_take_part() -> None:
    s = summitdoc.parse_text(OWN_LINE_TRANSCRIPT)
    names = {p.id: p.name for p in s.participants}
    assert set(names.values()) == {"Mirela Dobos", "Pavel Hruby", "Ilie Sorescu"}
    assert [{names[x] for x in m.participants} for m in s.meetings] == [
        {"Mirela Dobos", "Ilie Sorescu"}
    ]


def test_one_line_ending_in_a_colon_over_a_list_is_no_turn() -> None:
    s = summitdoc.parse_text(
        "Coastal leaders close their summit in Walvis Bay\n\n"
        "Main Outcomes of the Day:\n\n"
        "Leaders agreed to set up a joint coast guard academy in Walvis Bay.\n\n"
        "Buses ferried delegates from the airport along the coastal highway.\n"
    )
    assert s.quotes == ()


def test_a_date_line_under_key_points_a_photo_and_a_byline() -> None:
    """The lede under the date line names the summit's weekday, not the points above it.

    "Sunday July 09 2034" has no commas; the key points, the photo, the byline and "More by
    this Author" above it leave it the page's date line; a breadcrumb from "Home" ending in
    the headline is no title.
    """
    s = parse(
        "Home / Region / Lake states pick a new chair as the fisheries pact is renewed\n"
        "Lake states pick a new chair as the fisheries pact is renewed\n"
        "Key points:\n"
        "The leaders also named a new head for the lake basin commission.\n"
        "Two members sent ministers in their place.\n"
        "President Amani Kweka (centre) with other leaders in Mwanza. PHOTO | AFP\n"
        "By  REHEMA MOSHI\n"
        "More by this Author\n"
        "Sunday July 09 2034\n"
        "Leaders of the Lake Basin Council on Friday renewed their fisheries pact for ten years "
        "at the end of the 9th Ordinary Summit of the Lake Basin Council in Mwanza, where "
        "Tanzania took over the rotating chair from Uganda.\n\n"
        "President Amani Kweka said the pact had kept the catch steady for a decade.\n"
    )
    assert s.title == "Lake states pick a new chair as the fisheries pact is renewed"
    assert s.date == dt.date(2034, 7, 7)


def test_a_title_before_a_name_is_not_the_main_figure() -> None:
    """ "Secretary (West) in the foreign ministry X told": X speaks, not the bloc's secretary."""
    s = parse(
        "Coastal Bloc Secretary General Ruwan Perera hails shipping pact\n\n"
        "Leaders of the coastal states met in Colombo on Friday and signed a shipping pact, "
        "and Coastal Bloc Secretary General Ruwan Perera said it was overdue.\n\n"
        "Secretary (West) in the foreign ministry Nalini Iyer told reporters that the pact "
        'would bring "ships, not speeches".\n'
    )
    people = {p.id: p.name for p in s.participants}
    (q,) = [q for q in s.quotes if q.text == "ships, not speeches"]
    assert people.get(q.speaker or "") == "Nalini Iyer"


def test_a_bare_title_is_not_a_main_figure_who_holds_another() -> None:
    """ "the President said" is nobody known where the most-named leader is a prime minister.

    Presidents take part; the prime minister named most is not "the President", nor a
    president's quotes, nor the host of "the President held talks with".
    """
    text = (
        "Reef states open their summit in Koror\n\n"
        "President Tommy Ngiraked opened the Reef States summit in Koror on Monday. Among those "
        "in attendance were Prime Minister of Fiji Sitiveni Raduva, President of Nauru Lionel "
        "Adeang and President of Kiribati Teburoro Tito.\n\n"
        '"The reef is our bank, and the bank is failing," the President said.\n\n'
        "Prime Minister Raduva described Fiji's plan as a lifeline. Prime Minister Raduva also "
        "spoke about tuna quotas, and Prime Minister Raduva backed a new fund.\n"
    )
    s = parse(text)
    (q,) = [q for q in s.quotes if q.text.startswith("The reef is our bank")]
    assert q.speaker is None
    raduva = next(p for p in s.participants if p.name == "Sitiveni Raduva")
    assert "the President" not in raduva.aliases


def test_the_main_figure_named_bare_takes_the_title_a_description_gives() -> None:
    """ "Rt Hon X ... The Prime Minister said": X is the prime minister, not a later sultan."""
    text = (
        "Rt Hon Mere Tautahi\n\n"
        "Mere Tautahi says New Zealand has used the Pacific Rim summit in Bandar Seri Begawan to "
        "argue for open trade.\n\n"
        "The Prime Minister thanked the Sultan of Brunei for hosting the leaders.\n\n"
        "The Prime Minister also met the President of Chile to discuss a shipping route.\n"
    )
    s = parse(text)
    p = next(p for p in s.participants if p.name == "Mere Tautahi")
    assert (p.role, p.country) != ("Sultan", "Brunei")
    assert p.role == "Prime Minister"


@pytest.mark.parametrize(
    ("opening", "city"),
    [
        ("KARVESSA – Ministers of the valley states closed their conference", "Karvessa"),
        ("EXCLUSIVE – Ministers of the valley states closed their conference", None),
    ],
)
def test_a_capitals_dateline_the_knowledge_lacks_is_a_place_the_story_is_in(
    opening: str, city: str | None
) -> None:
    s = summitdoc.parse_text(
        "Valley ministers adopt a water plan in Karvessa\n\n"
        f"{opening} on Friday with a plan to share the valley's water.\n\n"
        "The plan sets quotas for each state and a fund for new reservoirs along the river.\n"
    )
    assert s.city == city
