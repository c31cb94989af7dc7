"""The Kremlin press service (President of Russia website, en.kremlin.ru)."""

from __future__ import annotations

import re
from typing import Final

from .._base import Parser
from ..intake.html import ArticleSelectors
from ..layout.blocks import MONTH_NAMES

__all__ = ["KremlinParser"]

# The press service's dateline, a line of its own: date, time, and usually the place
# ("October 11, 2017 15:20 Sochi"). A bare date is any web page's; the time is the house style.
_DATELINE: Final = re.compile(
    rf"^(?:{MONTH_NAMES}) \d{{1,2}}, \d{{4}} \d{{1,2}}:\d{{2}}(?: [^\n]{{0,60}})?$",
    re.MULTILINE,
)


#: The most lines of text above the dateline: the headline, perhaps in two lines, and a lead.
_LINES_ABOVE: Final = 3


class KremlinParser(Parser):
    """Kremlin layout: dateline with time and place, ``* * *`` before a transcript, turns."""

    name = "kremlin"
    description = "Kremlin press service: dateline, attendee lists, '* * *' transcripts, turns."
    # The press service's reports follow the President of Russia.
    home_country = "Russia"
    home_role = "President"
    html_selectors = ArticleSelectors(
        body="//*[@itemprop='articleBody']",
        headline="//h1[contains(@class, 'entry-title')]",
        standfirst="//*[contains(@class, 'read__lead')]",
        dateline=(
            "//*[contains(@class, 'read__meta')]//time[contains(@class, 'read__published')]",
            "//*[contains(@class, 'read__meta')]//*[contains(@class, 'read__time')]",
            "//*[contains(@class, 'read__meta')]//*[contains(@class, 'read__place')]",
        ),
    )

    def detect(self, text: str) -> float:
        """Fits a text in the press service's house style: its dateline, its own address.

        Never by whom a text mentions: any story may name the Russian President.
        """
        score = 0.0
        m = _DATELINE.search(text[:4000])
        # Under the headline: a page that has its menus, mastheads and bylines above such a
        # line ("Arab News / World / ... / December 04, 2035 21:14") is some other site's.
        if m is not None and sum(1 for line in text[: m.start()].splitlines() if line.strip()) <= (
            _LINES_ABOVE
        ):
            score += 0.5
        if "kremlin.ru" in text[:20000]:
            score += 0.4
        return min(score, 0.95)
