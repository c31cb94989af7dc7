"""BELTA (Belarusian Telegraph Agency) reports on presidential events."""

from __future__ import annotations

import re
from typing import Final

from .._base import Parser

__all__ = ["BeltaParser"]

_CREDIT: Final = re.compile(r"\S\s{2,}(?:BELTA|BelTA)\s*$", re.MULTILINE)


class BeltaParser(Parser):
    """BELTA's layout: ``On ...`` section headings, photo captions credited ``     BELTA``."""

    name = "belta"
    description = "BELTA reports: headline, standfirst, 'On ...' sections, BELTA photo credits."

    def detect(self, text: str) -> float:
        """Fits a text with a BELTA photo credit or BELTA named near the top."""
        if _CREDIT.search(text):
            return 0.9
        if re.search(r"\bBEL[Tt]A\b", text[:3000]):
            return 0.6
        return 0.0
