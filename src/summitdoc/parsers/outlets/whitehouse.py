"""White House readouts, fact sheets and press releases."""

from __future__ import annotations

import re
from typing import Final

from .._base import Parser

__all__ = ["WhiteHouseParser"]

_END_MARK: Final = re.compile(r"^\W*\\?#{3}\W*$", re.MULTILINE)
_ADMINISTRATION: Final = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+ Administration\b")


class WhiteHouseParser(Parser):
    """White House style: hard-wrapped Markdown-ish text, ``###`` end marks, bullet lists."""

    name = "whitehouse"
    description = "White House readouts and fact sheets: wrapped Markdown text, ### end mark."
    home_country = "United States"

    def detect(self, text: str) -> float:
        """Fits a text in the White House's house style, not a story that mentions it.

        The style: the ``###`` end mark, its own address, the way it names its government.
        """
        score = 0.0
        if _END_MARK.search(text):
            score += 0.4
        if "whitehouse.gov" in text[:20000]:
            score += 0.3
        # "the Biden-Harris Administration": how the White House names the government it speaks
        # for, whoever holds office.
        if _ADMINISTRATION.search(text[:5000]):
            score += 0.2
        return score
