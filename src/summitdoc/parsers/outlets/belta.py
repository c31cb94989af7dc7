"""BELTA (Belarusian Telegraph Agency) reports on presidential events."""

from __future__ import annotations

import re
from typing import Final

from .._base import Parser

__all__ = ["BeltaParser"]

_CREDIT: Final = re.compile(r"\S\s{2,}(?:BELTA|BelTA)\s*$", re.MULTILINE)
_SIGNED: Final = re.compile(r"^\s*BEL[Tt]A\s*$|\(BEL[Tt]A\)", re.MULTILINE)


class BeltaParser(Parser):
    """BELTA's layout: ``On ...`` section headings, photo captions credited ``     BELTA``."""

    name = "belta"
    description = "BELTA reports: headline, standfirst, 'On ...' sections, BELTA photo credits."

    def detect(self, text: str) -> float:
        """Fits a text with BELTA's photo credit or signature, not a story that cites BELTA.

        A signature is a line ``BELTA`` or ``(BelTA)`` in a dateline.
        """
        if _CREDIT.search(text):
            return 0.9
        if _SIGNED.search(text[:3000]):
            return 0.6
        return 0.0
