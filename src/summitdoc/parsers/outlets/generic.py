"""The generic parser: reports from outlets nobody wrote a parser for."""

from __future__ import annotations

from .._base import Parser

__all__ = ["GenericParser"]


class GenericParser(Parser):
    """The shared stages and block rules, unchanged."""

    name = "generic"
    description = "Reports from any outlet: the shared stages, unchanged."
