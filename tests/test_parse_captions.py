"""Photo captions and their credits in the shapes pages print them, kept out of the people.

Invented pages: a lead, a caption in one of many house styles, a closing paragraph.
"""

from __future__ import annotations

import pytest

import summitdoc

LEAD = (
    "Leaders of the Tasman Rim Forum met in Nelson on Monday to discuss shipping lanes, "
    "fisheries and disaster funds, officials said.\n\n"
    "Premier Ilona Varga, President Kofi Asamoah and Prime Minister Rangi Parata attended "
    "the meeting, which lasted five hours.\n\n"
)
TAIL = '\n\nVarga said the forum would meet again in March. "The work goes on," she said.\n'


def captions(block: str) -> list[tuple[str, str | None]]:
    s = summitdoc.parse_text(LEAD + block + TAIL)
    return [(c.text, c.credit) for c in s.captions]


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        (
            "Premier Ilona Varga greets President Kofi Asamoah in Nelson. - Photo: NZG/Mere Tui",
            "Premier Ilona Varga greets President Kofi Asamoah in Nelson.",
            "NZG/Mere Tui",
        ),
        (
            "Premier Ilona Varga arrives at the forum. © Office of the Premier / Jan Holm",
            "Premier Ilona Varga arrives at the forum.",
            "Office of the Premier / Jan Holm",
        ),
        (
            (
                "Photo caption: Premier Ilona Varga with forum leaders in Nelson. "
                "Photo credit: Forum Secretariat"
            ),
            "Premier Ilona Varga with forum leaders in Nelson.",
            "Forum Secretariat",
        ),
        (
            "[Photo] Premier Ilona Varga (3rd from R) joins leaders for a group photo. (Reuters)",
            "Premier Ilona Varga (3rd from R) joins leaders for a group photo.",
            "Reuters",
        ),
        (
            "Image: Premier Ilona Varga opens the forum in Nelson\nImage: Mere Tui/dpa/picture pool",
            "Premier Ilona Varga opens the forum in Nelson",
            "Mere Tui/dpa/picture pool",
        ),
        (
            (
                "President Kofi Asamoah and Premier Ilona Varga during their talks\n"
                "© Jan Holm/POOL/Reuters"
            ),
            "President Kofi Asamoah and Premier Ilona Varga during their talks",
            "Jan Holm/POOL/Reuters",
        ),
        (
            "Premier Ilona Varga with forum leaders in Nelson.\n\n(Photo: Press Office / Jan Holm)",
            "Premier Ilona Varga with forum leaders in Nelson.",
            "Press Office / Jan Holm",
        ),
        (
            "PHOTO: Premier Ilona Varga (centre) at the forum. (TVNZ News: Mere Tui)",
            "Premier Ilona Varga (centre) at the forum.",
            "TVNZ News: Mere Tui",
        ),
        (
            "Premier Ilona Varga waves to the crowd outside the forum hall in Nelson [Mere Tui/AFP]",
            "Premier Ilona Varga waves to the crowd outside the forum hall in Nelson",
            "Mere Tui/AFP",
        ),
        (
            (
                "President Kofi Asamoah (c) speaks during the plenary of the forum in Nelson on March "
                "2, 2031. EFE/Mere Tui"
            ),
            (
                "President Kofi Asamoah (c) speaks during the plenary of the forum in Nelson on March "
                "2, 2031."
            ),
            "EFE/Mere Tui",
        ),
        (
            "President Kofi Asamoah speaks during the plenary of the forum in Nelson. Reuters/Jan Holm",
            "President Kofi Asamoah speaks during the plenary of the forum in Nelson.",
            "Reuters/Jan Holm",
        ),
        (
            "Leaders at the family photo of the forum in Nelson on March 2, 2031. | Photo Credit: PTI",
            "Leaders at the family photo of the forum in Nelson on March 2, 2031.",
            "PTI",
        ),
        (
            "Premier Ilona Varga (left) with forum leaders in Nelson on March 2, 2031. PHOTO | AAP",
            "Premier Ilona Varga (left) with forum leaders in Nelson on March 2, 2031.",
            "AAP",
        ),
        (
            (
                "Premier Ilona Varga greets President Kofi Asamoah in Nelson on March 2, 2031. "
                "| Mere Tui/AFP via Getty Images"
            ),
            "Premier Ilona Varga greets President Kofi Asamoah in Nelson on March 2, 2031.",
            "Mere Tui/AFP via Getty Images",
        ),
        (
            (
                "Premier Ilona Varga (centre) at the opening session of the forum in Nelson. "
                "[PHOTO CREDIT: @NZGovt]"
            ),
            "Premier Ilona Varga (centre) at the opening session of the forum in Nelson.",
            "@NZGovt",
        ),
        (
            "Leaders pose for a family photo in Nelson. (Forum Photo / Jan Holm)",
            "Leaders pose for a family photo in Nelson.",
            "Forum Photo / Jan Holm",
        ),
    ],
)
def test_caption_and_credit_in_house_styles(block: str, text: str, credit: str) -> None:
    assert captions(block) == [(text, credit)]


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        # A press service in lower case after the label.
        (
            "Premier Ilona Varga at the opening session.  Photo: Tasman press service",
            "Premier Ilona Varga at the opening session.",
            "Tasman press service",
        ),
        # A long official source, over sixty characters.
        (
            (
                "Leaders at the harbour in Nelson. Photo: Press office of the Premier of the "
                "Federated Tasman Provinces"
            ),
            "Leaders at the harbour in Nelson.",
            "Press office of the Premier of the Federated Tasman Provinces",
        ),
        # A source and its photo unit after a wide gap.
        (
            "Premier Ilona Varga with the forum's guests in Nelson.  Premier's Office / Photo Unit",
            "Premier Ilona Varga with the forum's guests in Nelson.",
            "Premier's Office / Photo Unit",
        ),
        # The Polish and Czech abbreviation of the word for a photo.
        (
            "Premier Ilona Varga at the harbour in Nelson  fot. Jan Holm / KPT",
            "Premier Ilona Varga at the harbour in Nelson",
            "Jan Holm / KPT",
        ),
    ],
)
def test_credits_of_press_offices_and_photo_units(block: str, text: str, credit: str) -> None:
    assert captions(block) == [(text, credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "Leaders at the family photo of the forum in Nelson on March 2, 2031. | Photo Credit: PTI",
        "Leaders at the family photo of the forum in Nelson on March 2, 2031.\nImage Credit: PTI",
        "Leaders at the family photo of the forum in Nelson on March 2, 2031. PHOTO | PTI",
    ],
)
def test_a_labelled_agency_credit_names_the_picture_s_source_not_the_page_s_outlet(
    caption: str,
) -> None:
    s = summitdoc.parse_text(
        "Tasman leaders agree on a fisheries fund\n\n" + caption + "\n\n" + LEAD + TAIL
    )
    assert [c.credit for c in s.captions] == ["PTI"]
    assert s.source.outlet is None


def test_a_photo_of_leaders_at_their_talks_is_a_side_meeting() -> None:
    s = summitdoc.parse_text(
        LEAD + "Premier Ilona Varga (l) greets President Kofi Asamoah before their bilateral "
        "talks in Nelson. Reuters/Jan Holm" + TAIL
    )
    names = {p.id: p.name for p in s.participants}
    assert [sorted(names[i] for i in m.participants) for m in s.meetings] == [
        ["Ilona Varga", "Kofi Asamoah"]
    ]


def test_a_photographer_in_a_credit_takes_no_part() -> None:
    s = summitdoc.parse_text(
        LEAD + "Premier Ilona Varga arrives at the forum. © Office of the Premier / Jan Holm" + TAIL
    )
    assert "Jan Holm" not in {p.name for p in s.participants}


@pytest.mark.parametrize(
    "block",
    [
        # A paragraph that reports is no caption of the credit-like line under it.
        "Varga said the forum had agreed on a fisheries plan.\n\nPhoto: Forum Secretariat",
        # Nor one that tells what was done: a caption says what the picture shows.
        (
            "In the evening, a dinner was given in honour of the delegations.\n\n"
            "Photo: Press service of the Premier"
        ),
        # Reporting notes and copyright lines are no photo credits.
        (
            "The next forum is expected to return to the question.\n\n"
            "With reporting by Tasman Wire/Nelson Desk"
        ),
        "Contact | Privacy | Terms\n\n© 2031 Forum Secretariat",
        "Tasman Wire\n© 2031 Tasman Wire Agency Ltd",
    ],
)
def test_credit_like_lines_make_no_caption(block: str) -> None:
    assert captions(block) == []


def test_a_source_with_a_photographer_after_a_captions_full_stop_is_its_credit() -> None:
    lines = (
        "Andean ministers agree on a shared rail timetable",
        "04.03.2042 10:15",
        (
            "Minister Julia Paredes with Bolivian Minister Ana Mamani in Lima. Source: "
            "Ministry of Transport/Luis Rojas"
        ),
        (
            "Ministers of the Andean Rail Council agreed on Monday to run one timetable for "
            "cross-border trains from next year, officials said after the meeting in Lima."
        ),
        (
            "The timetable will start in January and cover eleven border crossings between "
            "the member states, according to the council's secretariat."
        ),
    )
    s = summitdoc.parse_text("\n\n".join(lines) + "\n")
    assert [(c.text, c.credit) for c in s.captions] == [
        (
            "Minister Julia Paredes with Bolivian Minister Ana Mamani in Lima.",
            "Ministry of Transport/Luis Rojas",
        )
    ]


def _figure_page(figure: str) -> str:
    return (
        "<html><body><article><h1>Tasman Rim leaders agree on a shared fisheries fund</h1>"
        "<p>By Ruth Okoye</p><p>Pacific affairs editor</p>"
        f"{figure}"
        f"<p>{LEAD.split(chr(10), maxsplit=1)[0]}</p><p>{TAIL.strip()}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("figure", "credit"),
    [
        # The credit printed over the picture, above its caption: no caption of the byline's.
        (
            (
                '<figure><div><img src="a.jpg" alt=""><span>Pacific Lens</span></div>'
                "<figcaption>Premier Ilona Varga greets delegates in Nelson</figcaption></figure>"
            ),
            "Pacific Lens",
        ),
        (
            (
                '<figure><img src="a.jpg" alt=""><figcaption>Premier Ilona Varga greets '
                "delegates in Nelson</figcaption><p>Mere Tui/Tasman Wire</p></figure>"
            ),
            "Mere Tui/Tasman Wire",
        ),
    ],
)
def test_a_figure_s_credit_beside_its_caption_is_the_caption_s(figure: str, credit: str) -> None:
    s = summitdoc.parse_text(_figure_page(figure))
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Premier Ilona Varga greets delegates in Nelson", credit)
    ]


@pytest.mark.parametrize(
    "other",
    [
        "Gallery",
        "Share this picture",
        (
            "Premier Ilona Varga, President Kofi Asamoah and Prime Minister Rangi Parata Before "
            "The Opening Session"
        ),
    ],
)
def test_a_figure_s_other_text_beside_its_caption_is_no_credit(other: str) -> None:
    figure = (
        f'<figure><img src="a.jpg" alt=""><p>{other}</p><figcaption>Premier Ilona Varga greets '
        "delegates in Nelson</figcaption></figure>"
    )
    s = summitdoc.parse_text(_figure_page(figure))
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Premier Ilona Varga greets delegates in Nelson", None)
    ]


def test_a_credit_over_a_caption_that_names_it_again_is_not_the_paragraph_s_above() -> None:
    lines = (
        "Kiribati Online",
        "Home / World / Pacific",
        "Tasman Rim leaders agree on a shared fisheries fund",
        "Published 12/05/2041 - 09:30 By Ruth Okoye - Nelson",
        "© Mere Tui/NZG",
        "Nelson, 12/05/2041 - Premier Ilona Varga opens the forum. Photo: Mere Tui/NZG",
        LEAD.strip(),
        "Before the session, Varga met Asamoah at the harbour office.",
        "© Mere Tui/NZG",
        "Nelson, 12/05/2041 - Premier Ilona Varga and President Kofi Asamoah. Photo: Mere Tui/NZG",
        TAIL.strip(),
    )
    s = summitdoc.parse_text("\n\n".join(lines) + "\n")
    assert s.title == "Tasman Rim leaders agree on a shared fisheries fund"
    assert [(c.text, c.credit) for c in s.captions] == [
        ("Nelson, 12/05/2041 - Premier Ilona Varga opens the forum.", "Mere Tui/NZG"),
        ("Nelson, 12/05/2041 - Premier Ilona Varga and President Kofi Asamoah.", "Mere Tui/NZG"),
    ]


def test_a_caption_verbs_object_given_by_someone_is_no_meeting() -> None:
    s = summitdoc.parse_text(
        LEAD + "Premier Ilona Varga receives the forum's gavel from the outgoing chair, "
        "President Kofi Asamoah. Reuters/Jan Holm" + TAIL
    )
    assert s.meetings == ()


@pytest.mark.parametrize(
    "credit",
    [
        "Photo courtesy of the Office of the Premier",
        "Courtesy of State House Press Unit",
        "Courtesy: Forum Secretariat",
    ],
)
def test_a_handout_credit_line_under_a_caption_keeps_its_courtesy_words(credit: str) -> None:
    line = "Premier Ilona Varga, left, greets President Kofi Asamoah in Nelson on Monday."
    s = summitdoc.parse_text(LEAD + line + "\n" + credit + TAIL)
    assert [(c.text, c.credit) for c in s.captions] == [(line, credit)]
    assert [sp.topic for sp in s.speeches] == [None]


@pytest.mark.parametrize(
    ("block", "text", "credit"),
    [
        (
            "Premier Ilona Varga speaks to reporters in Nelson on Monday. — Photo by Mere Tui",
            "Premier Ilona Varga speaks to reporters in Nelson on Monday.",
            "Photo by Mere Tui",
        ),
        (
            "Fishing boats moored in Nelson harbour. — Reuters pic",
            "Fishing boats moored in Nelson harbour.",
            "Reuters pic",
        ),
        (
            "Premier Ilona Varga (left) opens the forum in Nelson. (NZG photo by Jan Holm)",
            "Premier Ilona Varga (left) opens the forum in Nelson.",
            "NZG photo by Jan Holm",
        ),
        (
            "Leaders at the forum's opening in Nelson.  © Forum Secretariat / Órla Ní Bhriain",
            "Leaders at the forum's opening in Nelson.",
            "Forum Secretariat / Órla Ní Bhriain",
        ),
    ],
)
def test_a_credit_in_words_closes_its_caption(block: str, text: str, credit: str) -> None:
    assert captions(block) == [(text, credit)]


def test_a_reporters_credit_in_brackets_is_no_caption() -> None:
    block = (
        "The forum, founded in 1998, links eleven island states and territories across the "
        "Tasman Rim. (With a report from Jan Holm/Reuters)"
    )
    assert captions(block) == []


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        # An office's letters and the word for its picture, known to no file.
        ("Premier Ilona Varga greets delegates in Nelson on Monday. (TRFS photo)", "TRFS photo"),
        # A dash after a wide gap opens the credit.
        ("Premier Ilona Varga greets delegates in Nelson on Monday.  — TRFS photo", "TRFS photo"),
    ],
)
def test_a_sources_letters_and_photo_credit_a_caption(block: str, credit: str) -> None:
    assert captions(block) == [
        ("Premier Ilona Varga greets delegates in Nelson on Monday.", credit)
    ]


def test_a_picture_described_in_brackets_is_no_credit() -> None:
    # Only a source's capital letters count: "Family photo" tells what the picture is.
    block = "Premier Ilona Varga with the forum's guests in Nelson on Monday. (Family photo)"
    assert [c for _, c in captions(block)] in ([], [None])
