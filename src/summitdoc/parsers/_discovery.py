"""Finding parsers: the ``summitdoc.parsers`` entry points, and parsers registered at run time.

The built-in parsers are declared in summitdoc's own ``pyproject.toml`` under that group, exactly
as a third-party package declares its own.
"""

from __future__ import annotations

import functools
import importlib
from importlib.metadata import entry_points
from typing import Final

from attrs import frozen

from ..exceptions import ParseError
from ._base import Parser

__all__ = [
    "ParserInfo",
    "available_parsers",
    "choose_parser",
    "get_parser",
    "register_parser",
    "unregister_parser",
]

GROUP: Final = "summitdoc.parsers"
#: Used only when the package metadata is missing (running from a source tree).
_BUILTIN: Final = {
    "generic": "summitdoc.parsers.outlets.generic:GenericParser",
    "belta": "summitdoc.parsers.outlets.belta:BeltaParser",
    "kremlin": "summitdoc.parsers.outlets.kremlin:KremlinParser",
    "whitehouse": "summitdoc.parsers.outlets.whitehouse:WhiteHouseParser",
}


@frozen
class ParserInfo:
    """A registered parser and where it came from."""

    name: str
    parser: Parser
    origin: str


_runtime: dict[str, ParserInfo] = {}


def _instantiate(obj: object, origin: str) -> Parser:
    parser = obj() if isinstance(obj, type) else obj
    if not isinstance(parser, Parser):
        raise ParseError(f"{origin} is not a summitdoc Parser (got {type(parser).__name__})")
    return parser


@functools.cache
def _from_entry_points() -> dict[str, ParserInfo]:
    found: dict[str, ParserInfo] = {}
    for ep in entry_points(group=GROUP):
        origin = f"{ep.value} (entry point of {ep.dist.name if ep.dist else 'unknown'})"
        try:
            parser = _instantiate(ep.load(), origin)
        except Exception as e:  # noqa: BLE001 - a broken plug-in must not break summitdoc
            found[ep.name] = ParserInfo(
                ep.name, _Broken(ep.name, f"{type(e).__name__}: {e}"), origin
            )
            continue
        found[ep.name] = ParserInfo(ep.name, parser, origin)
    for name, target in _BUILTIN.items():
        if name not in found:
            module, _, attr = target.partition(":")
            parser = _instantiate(getattr(importlib.import_module(module), attr), target)
            found[name] = ParserInfo(name, parser, f"{target} (built in)")
    return found


class _Broken(Parser):
    """Stands in for a plug-in that failed to load, so the failure is reported when used."""

    description = "(failed to load)"

    def __init__(self, name: str, error: str) -> None:
        self._name, self.error = name, error

    def detect(self, text: str) -> float:  # noqa: ARG002
        return 0.0

    def parse_text(self, text: str, **kwargs: object) -> object:  # type: ignore[override]  # noqa: ARG002
        raise ParseError(f"parser {self._name!r} failed to load: {self.error}")


def available_parsers() -> dict[str, ParserInfo]:
    """Every parser by name: entry points, built-ins and run-time registrations."""
    return {**_from_entry_points(), **_runtime}


def register_parser(parser: Parser | type[Parser], *, name: str | None = None) -> None:
    """Register a parser at run time (a package should use the entry point group instead)."""
    instance = _instantiate(parser, repr(parser))
    key = name or instance.name
    _runtime[key] = ParserInfo(key, instance, "registered at run time")


def unregister_parser(name: str) -> None:
    """Remove a parser registered at run time (entry points are not affected).

    Raises:
        ParseError: no parser was registered at run time under ``name``.
    """
    if name not in _runtime:
        raise ParseError(f"no parser named {name!r} was registered at run time")
    del _runtime[name]


def get_parser(name: str) -> Parser:
    """The parser registered under ``name``.

    Raises:
        ParseError: no parser has that name.
    """
    found = available_parsers().get(name)
    if found is None:
        known = ", ".join(sorted(available_parsers()))
        raise ParseError(f"no parser named {name!r} (known: {known})")
    return found.parser


def choose_parser(text: str) -> Parser:
    """The parser whose ``detect`` scores the text highest (the generic one on ties)."""
    best: tuple[float, int, Parser] | None = None
    for info in available_parsers().values():
        try:
            score = float(info.parser.detect(text))
        except Exception:  # noqa: BLE001 - a plug-in's detect must not break parsing
            score = -1.0
        # On a tie the generic parser wins: a plug-in that does not say it fits a text should
        # not take it over from the parser made for any text.
        rank = (score, 1 if info.name == "generic" else 0)
        if best is None or rank > best[:2]:
            best = (*rank, info.parser)
    if best is None:
        raise ParseError("no parser is available")
    return best[2]
