"""A parser that misbehaves on demand, for the tests of ``summitdoc.parse_many``.

``parse_many`` sends a parser object to its worker processes by pickling it, which pickles the
class by reference: a worker imports this module by name. ``tests/conftest.py`` puts ``tests/`` on
``sys.path``, and worker processes started by spawn or forkserver get the parent's ``sys.path``,
so this module is importable there as ``batch_plugin`` whatever the start method.

A report holding one of the markers below makes the parser hang, kill its own process, or raise
an exception that is not a ``SummitdocError``; any other report is parsed as the generic parser
parses it.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Final

from summitdoc.parsers import Parser

if TYPE_CHECKING:
    from summitdoc.parsers import Document, Registry, Stage

__all__ = ["BUG", "CRASH", "HANG", "MisbehavingParser"]

HANG: Final = "[[hang]]"
CRASH: Final = "[[crash]]"
BUG: Final = "[[bug]]"


def misbehave(doc: Document) -> None:
    """Hang for ten minutes, exit the process at once, or raise, as the text asks."""
    if HANG in doc.text:
        time.sleep(600)
    if CRASH in doc.text:
        os._exit(3)
    if BUG in doc.text:
        raise IndexError("tuple index out of range")


class MisbehavingParser(Parser):
    """The generic parser, with a first stage that hangs, crashes or raises on its markers."""

    name = "misbehaving"
    description = "A test parser that hangs, crashes or raises when the report asks it to."

    def detect(self, text: str) -> float:  # noqa: ARG002 - the answer is the same for any text
        """Never chosen on its own."""
        return 0.0

    def extend(self, stages: Registry[Stage]) -> None:
        """Put ``misbehave`` before every other stage."""
        stages.register(misbehave, "misbehave", 1000)
