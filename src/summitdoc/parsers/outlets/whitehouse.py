"""White House readouts, fact sheets and press releases."""

from __future__ import annotations

import re

from .._base import Parser

__all__ = ["WhiteHouseParser"]


class WhiteHouseParser(Parser):
    """White House style: hard-wrapped Markdown-ish text, ``###`` end marks, bullet lists."""

    name = "whitehouse"
    description = "White House readouts and fact sheets: wrapped Markdown text, ### end mark."
    home_country = "United States"

    def detect(self, text: str) -> float:
        """Fits a text with a ``###`` end mark or the White House named near the top."""
        score = 0.0
        if re.search(r"^\W*\\?#{3}\W*$", text, re.MULTILINE):
            score += 0.4
        # "the Biden-Harris Administration": how the White House names the government it speaks
        # for, whoever holds office.
        if re.search(r"\b(?:White House|[A-Z][a-z]+-[A-Z][a-z]+ Administration)\b", text[:5000]):
            score += 0.4
        return score
