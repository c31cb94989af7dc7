"""A demonstration summitdoc parser plug-in: reports that end with the line ``(Demo Wire)``.

It is found through the ``summitdoc.parsers`` entry point group declared in this folder's
``pyproject.toml``, scores its own reports above every built-in parser, and adds one stage that
records the outlet the report names in its last line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from summitdoc.parsers import Parser

if TYPE_CHECKING:
    from summitdoc.parsers import Document, Registry, Stage

__all__ = ["DemoParser"]

OUTLET: Final = "Demo Wire"
_SIGNATURE: Final = re.compile(r"\(Demo Wire\)")


def _last_line(text: str) -> str:
    return text.rstrip().rsplit("\n", 1)[-1].strip()


def demo_outlet(doc: Document) -> None:
    """The outlet is the one the report's last line names."""
    if doc.outlet is None and _SIGNATURE.fullmatch(_last_line(doc.text)):
        doc.meta["outlet"] = OUTLET


class DemoParser(Parser):
    """Demo Wire reports: the shared stages, and the outlet from the signature line."""

    name = "demo"
    description = "Demo Wire reports (a test plug-in): signed '(Demo Wire)' on the last line."

    def detect(self, text: str) -> float:
        """Made for texts whose last line is ``(Demo Wire)``; nothing else."""
        return 0.97 if _SIGNATURE.fullmatch(_last_line(text)) else 0.0

    def extend(self, stages: Registry[Stage]) -> None:
        """Add ``demo_outlet`` after ``metadata`` (80), which sets the outlet the caller gave."""
        stages.register(demo_outlet, "demo_outlet", 79)
