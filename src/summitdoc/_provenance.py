"""Provenance: what made a summit (the parser and summitdoc's version), and why that parser."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .parsers._discovery import available_parsers
from .parsers.intake.decode import check_text, decode

if TYPE_CHECKING:
    from .models import Summit
    from .parsers._base import Parser

__all__ = ["detect_scores", "explain", "stamp"]


def stamp(summit: Summit, parser: Parser) -> Summit:
    """The summit with ``source.parser`` and ``source.summitdoc_version`` filled in."""
    from . import __version__  # noqa: PLC0415 - the package imports this module's callers first

    source = attrs.evolve(summit.source, parser=parser.name, summitdoc_version=__version__)
    return attrs.evolve(summit, source=source)


def detect_scores(text: str) -> dict[str, float]:
    """Each registered parser's ``detect`` score for ``text``, highest first (-1: it failed).

    These are the scores :func:`summitdoc.parsers.choose_parser` chooses by.
    """
    scores = {}
    for name, info in available_parsers().items():
        try:
            scores[name] = float(info.parser.detect(text))
        except Exception:  # noqa: BLE001 - a plug-in's detect must not break parsing
            scores[name] = -1.0
    return dict(sorted(scores.items(), key=lambda item: (-item[1], item[0] != "generic", item[0])))


def explain(
    summit: Summit, data: bytes | None, *, name: str, encoding: str | None, forced: bool
) -> list[str]:
    """What ``summitdoc parse -v`` tells: which parser and why, and what it found.

    ``data`` is the input's bytes, decoded as :func:`summitdoc.parse` decodes them to score the
    parsers on what they were chosen by; without them the summit's text is scored.
    """
    chosen = summit.source.parser or "?"
    if forced:
        why = "as --parser asked"
    else:
        text = summit.source.text
        if data is not None:
            text = check_text(decode(data, name=name, encoding=encoding), name)
        scores = ", ".join(f"{n} {score:.2f}" for n, score in detect_scores(text).items())
        why = f"the highest detect score ({scores})"
    counts = {
        "participants": len(summit.participants),
        "speeches": len(summit.speeches),
        "quotes": len(summit.quotes),
        "decisions": len(summit.decisions),
        "statements": len(summit.statements),
        "meetings": len(summit.meetings),
        "captions": len(summit.captions),
    }
    found = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    return [f"{name}: parser {chosen!r}, {why}", f"{name}: found {found}"]
