"""Parsers: an ordered registry of stages over a shared :class:`Document`.

A :class:`Parser` builds a fresh registry of stages (and one of block rules) for every parse. An
outlet parser subclasses it and changes what it needs in :meth:`Parser.extend` and
:meth:`Parser.extend_block_rules`, by name and priority, without copying the shared stages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from .._registry import Registry
from ..exceptions import ParseTimeoutError
from ..knowledge import Knowledge, load_knowledge
from ._document import Document
from .extractors.captions import find_captions
from .extractors.decisions import find_decisions
from .extractors.meetings import find_meetings
from .extractors.metadata import find_metadata
from .extractors.people import find_people
from .extractors.quotes import attribute_quotes, scan_quotes
from .extractors.speeches import build_speeches
from .extractors.statements import find_statements
from .extractors.turns import quote_turns
from .intake.html import ArticleSelectors, html_to_text
from .layout.blocks import (
    BlockRule,
    classify,
    default_block_rules,
    group_sections,
    mask_markup,
    split_blocks,
)
from .layout.turns import turn_rule
from .mentions.gazetteer import tokenise
from .mentions.lexicon import gazetteer_for
from .model import assemble
from .resolution.speakers import resolve_people, resolve_speakers

if TYPE_CHECKING:
    import datetime as dt

    from ..models import Summit

__all__ = ["Parser", "Stage", "default_stages"]

#: A stage reads and changes the document; it returns nothing.
Stage = Callable[[Document], None]


def _mentions(doc: Document) -> None:
    doc.tokens = tokenise(doc.text)
    doc.hits = gazetteer_for(doc.knowledge).scan(doc.tokens)


def _people(doc: Document) -> None:
    find_people(doc)


def _quotes(doc: Document) -> None:
    doc.quotes.extend(scan_quotes(doc))
    doc.quotes.sort(key=lambda q: q.start)


def _resolution(doc: Document) -> None:
    resolve_people(doc)
    resolve_speakers(doc)


def default_stages() -> Registry[Stage]:
    """The shared stages in their default order (the layout stage is added by the parser).

    ===============  ========  ============================================================
    name             priority  does
    ===============  ========  ============================================================
    ``layout``       100       blocks, their kinds, sections (added by :class:`Parser`)
    ``mentions``     90        tokens and gazetteer hits
    ``captions``     85        photo captions and credits
    ``metadata``     80        title, name, organisation, place, date, formats, duration
    ``people``       70        participants and role descriptions
    ``turns``        65        transcript turns as quotes
    ``quotes``       60        quoted passages
    ``attribution``  55        cues next to quotes
    ``resolution``   50        descriptions, aliases, speakers
    ``meetings``     40        side meetings
    ``speeches``     35        speeches by speaker and section
    ``statements``   32        statements adopted
    ``decisions``    30        decisions
    ===============  ========  ============================================================
    """
    stages: Registry[Stage] = Registry()
    stages.register(_mentions, "mentions", 90)
    stages.register(find_captions, "captions", 85)
    stages.register(find_metadata, "metadata", 80)
    stages.register(_people, "people", 70)
    stages.register(quote_turns, "turns", 65)
    stages.register(_quotes, "quotes", 60)
    stages.register(attribute_quotes, "attribution", 55)
    stages.register(_resolution, "resolution", 50)
    stages.register(find_meetings, "meetings", 40)
    stages.register(build_speeches, "speeches", 35)
    stages.register(find_statements, "statements", 32)
    stages.register(find_decisions, "decisions", 30)
    return stages


#: Kinds of office whose holders a government's own report names without their country.
# Offices a government's own people hold below its head: a head of state other than the one the
# outlet follows is a guest.
_HOME_KINDS = frozenset({"official", "diplomat", "minister"})


def home_stage(country: str, role: str | None) -> Stage:
    """A stage that gives the publishing government's country to its own officials.

    The person the report follows gets ``country`` (and ``role`` if the text gives none) unless
    the text titles them with another office than ``role``; other people whose title is a
    ministerial, official or diplomatic office and who have no country or organisation get
    ``country`` too. Other heads of state and government are guests and are left alone.
    """

    def home(doc: Document) -> None:
        hero = doc.protagonist
        for p in doc.people:
            if p.country is not None or p.organisation is not None:
                continue
            if p is hero:
                # The person the outlet follows holds its office: a hero the text titles with
                # another office ("Prime Minister Modi") is a guest, and keeps no country.
                if (
                    p.role is not None
                    and role is not None
                    and not p.role.lower().endswith(role.lower())  # "Acting President" holds it
                ):
                    continue
                p.country = country
                if p.role is None and role is not None:
                    p.role, p.title_kind = role, "head_of_state"
            elif p.title_kind in _HOME_KINDS:
                p.country = country

    return home


class Parser:
    """Parses the reports of one outlet (or, for the generic parser, of any).

    Subclasses set :attr:`name`, say how well they fit a text in :meth:`detect`, and adjust the
    stages and block rules in :meth:`extend` and :meth:`extend_block_rules`.
    """

    #: The name ``parse(..., parser=name)`` and the entry point use.
    name: ClassVar[str] = "generic"
    #: One line for ``summitdoc parsers``.
    description: ClassVar[str] = "Reports from any outlet, as well as the shared stages can."
    #: Where the parts of this outlet's saved pages are (None: the generic search).
    html_selectors: ClassVar[ArticleSelectors | None] = None
    #: The country whose government publishes the outlet's reports ("Russia" for the Kremlin):
    #: its own officials are named without it. None for news agencies.
    home_country: ClassVar[str | None] = None
    #: The office of the person the outlet's reports follow, when a report names them bare.
    home_role: ClassVar[str | None] = None

    def detect(self, text: str) -> float:  # noqa: ARG002 - subclasses read the text
        """How well this parser fits a text, from 0 (not at all) to 1 (made for it)."""
        return 0.1

    def read_html(
        self, html: str, *, name: str = "<html>"
    ) -> tuple[str, list[tuple[int, int, str]]]:
        """A saved page's visible article text and its blocks as ``(start, end, kind)``."""
        return html_to_text(html, name=name, selectors=self.html_selectors)

    def extend_block_rules(self, rules: Registry[BlockRule]) -> None:
        """Add, replace or drop block rules (the default adds nothing)."""

    def extend(self, stages: Registry[Stage]) -> None:
        """Add, replace or drop stages (the default adds nothing)."""

    def block_rules(self) -> Registry[BlockRule]:
        """A fresh registry of this parser's block rules."""
        rules = default_block_rules()
        rules.register(turn_rule, "turn", 71)
        self.extend_block_rules(rules)
        return rules

    def stages(self) -> Registry[Stage]:
        """A fresh registry of this parser's stages, layout included."""
        rules = self.block_rules()

        def layout(doc: Document) -> None:
            # Stages read a view of the text with markup blanked; spans still slice the source.
            doc.source, doc.text = doc.text, mask_markup(doc.text)
            doc.blocks = split_blocks(doc)
            classify(doc, doc.blocks, rules)
            doc.sections = group_sections(doc)

        stages = default_stages()
        stages.register(layout, "layout", 100)
        if self.home_country is not None:
            stages.register(home_stage(self.home_country, self.home_role), "home", 49)
        self.extend(stages)
        return stages

    def parse_text(
        self,
        text: str,
        *,
        path: str | None = None,
        date: dt.date | None = None,
        outlet: str | None = None,
        knowledge: Knowledge | None = None,
        layout_hints: list[tuple[int, int, str]] | None = None,
        deadline: float | None = None,
    ) -> Summit:
        """Run every stage over ``text`` and build the summit.

        ``deadline`` is a :func:`time.monotonic` value: once it has passed, the parse stops
        before the next stage with :class:`~summitdoc.ParseTimeoutError` (a running stage is
        not interrupted). ``summitdoc.parse(..., timeout=)`` sets it.
        """
        doc = Document(
            text=text,
            knowledge=knowledge or load_knowledge(),
            path=path,
            outlet=outlet,
            date=date,
            layout_hints=layout_hints,
        )
        stages = self.stages()
        for name in stages.names():
            if deadline is not None and time.monotonic() > deadline:
                raise ParseTimeoutError(f"{path or '<text>'}: timed out before the {name!r} stage")
            stages[name](doc)
        if deadline is not None and time.monotonic() > deadline:
            raise ParseTimeoutError(f"{path or '<text>'}: timed out before building the summit")
        return assemble(doc)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
