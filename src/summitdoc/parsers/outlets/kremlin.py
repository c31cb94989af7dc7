"""The Kremlin press service (President of Russia website, en.kremlin.ru)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._base import Parser, Stage
from ..intake.html import ArticleSelectors

if TYPE_CHECKING:
    from ..._registry import Registry
    from .._document import Document

__all__ = ["KremlinParser"]

_DATELINE: Final = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4}(?: \d{1,2}:\d{2})?",
    re.MULTILINE,
)


class KremlinParser(Parser):
    """Kremlin layout: dateline with time and place, ``* * *`` before a transcript, turns."""

    name = "kremlin"
    description = "Kremlin press service: dateline, attendee lists, '* * *' transcripts, turns."
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

    def extend(self, stages: Registry[Stage]) -> None:
        """Add ``protagonist``: the press service's reports follow the President of Russia."""
        stages.register(_president_of_russia, "protagonist", 49)

    def detect(self, text: str) -> float:
        """Fits a text with a Kremlin-style dateline and the President of Russia near the top."""
        head = text[:4000]
        score = 0.0
        if _DATELINE.search(head):
            score += 0.4
        if re.search(r"\b(?:President of Russia|Vladimir Putin|Kremlin)\b", head):
            score += 0.3
        if "kremlin.ru" in text[:20000]:
            score += 0.3
        return min(score, 0.95)


def _president_of_russia(doc: Document) -> None:
    """The person a Kremlin report follows is the President of Russia unless it says otherwise."""
    hero = doc.protagonist
    if hero is None or hero.country is not None or hero.organisation is not None:
        return
    hero.country = "Russia"
    if hero.role is None:
        hero.role, hero.title_kind = "President", "head_of_state"
