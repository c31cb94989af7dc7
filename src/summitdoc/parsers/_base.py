"""Parsers: an ordered registry of stages over a shared :class:`Document`.

A :class:`Parser` builds a fresh registry of stages (and one of block rules) for every parse. An
outlet parser subclasses it and changes what it needs in :meth:`Parser.extend` and
:meth:`Parser.extend_block_rules`, by name and priority, without copying the shared stages.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar, Final

from .._registry import Registry
from ..exceptions import ParseError, ParseTimeoutError
from ..knowledge import Knowledge, load_knowledge
from ._document import BlockKind, Document, Person
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
    MONTHS,
    BlockRule,
    classify,
    default_block_rules,
    group_sections,
    mask_markup,
    split_blocks,
)
from .layout.turns import turn_rule
from .mentions.cues import CueIndex
from .mentions.gazetteer import detach_bodies, tokenise
from .mentions.lexicon import cue_table, gazetteer_for, lexicon
from .model import assemble
from .resolution.speakers import resolve_people, resolve_speakers

if TYPE_CHECKING:
    import datetime as dt

    from ..models import Summit

__all__ = ["STAGE_NEEDS", "Parser", "Stage", "check_stage_order", "default_stages"]

#: A stage reads and changes the document; it returns nothing.
Stage = Callable[[Document], None]


def _mentions(doc: Document) -> None:
    doc.tokens = tokenise(doc.text)
    doc.hits = detach_bodies(
        doc.tokens,
        gazetteer_for(doc.knowledge).scan(doc.tokens),
        lexicon().rank_modifiers,
        [(b.start, b.end) for b in doc.blocks if b.kind is BlockKind.HEADLINE],
        lexicon().name_heads | lexicon().body_heads,
    )
    doc.index_hits()
    doc.cues = CueIndex(doc.tokens, cue_table())


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
    ``home``         49        a government site's country to its own officials
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
    stages.register(_site_home, "home", 49)
    stages.register(find_meetings, "meetings", 40)
    stages.register(build_speeches, "speeches", 35)
    stages.register(find_statements, "statements", 32)
    stages.register(find_decisions, "decisions", 30)
    return stages


#: The built-in stages each built-in stage needs to have run before it: the stage order that
#: matters. A stage reads what these write (see the fields of :class:`Document`); an order
#: that only refines a result (``speeches`` and ``decisions`` leave the blocks of side meetings
#: alone if ``meetings`` ran first, ``metadata`` names the outlet from ``captions``) is not
#: listed. A stage of a plug-in is checked by its name: one that replaces ``people`` is taken
#: to do what ``people`` does.
STAGE_NEEDS: Final[Mapping[str, tuple[str, ...]]] = {
    "mentions": ("layout",),  # tokenises the text as layout leaves it (markup blanked)
    "captions": ("layout",),
    "metadata": ("layout", "mentions"),
    "people": ("layout", "mentions"),
    "turns": ("layout",),
    "quotes": ("layout", "mentions"),
    # the blocks of cues, the quote groups, reporting verbs, who is named in a cue
    "attribution": ("layout", "mentions", "quotes", "people"),
    # descriptions and mentions, quote kinds and cues
    "resolution": ("mentions", "people", "attribution"),
    "home": ("resolution",),  # the protagonist and the site's country
    "meetings": ("layout", "people", "resolution"),
    "speeches": ("layout", "mentions", "attribution", "resolution"),  # cues, quotes, speakers
    "statements": ("mentions", "metadata", "people", "attribution"),  # cues, issuer, quotes
    "decisions": ("mentions", "people", "attribution"),  # hits, mentions, quote index
}


def check_stage_order(stages: Registry[Stage], *, parser: str = "?") -> None:
    """Check that every stage of :data:`STAGE_NEEDS` in ``stages`` runs after what it needs.

    Raises:
        ParseError: naming the stage, the stage it needs, and their priorities, if that stage
            is missing or runs later.
    """
    names = stages.names()
    place = {name: n for n, name in enumerate(names)}
    for name in names:
        for need in STAGE_NEEDS.get(name, ()):
            if need not in place:
                raise ParseError(
                    f"parser {parser!r}: the {name!r} stage needs the {need!r} stage, which is "
                    f"not registered (a parser that drops {need!r} must drop or replace "
                    f"{name!r} too)"
                )
            if place[need] > place[name]:
                raise ParseError(
                    f"parser {parser!r}: the {name!r} stage needs the {need!r} stage to run "
                    f"before it, but {need!r} (priority {stages.priority(need)}) runs after "
                    f"{name!r} (priority {stages.priority(name)})"
                )


#: Kinds of office whose holders a government's own report names without their country.
# Offices a government's own people hold below its head: a head of state other than the one the
# outlet follows is a guest.
_HOME_KINDS = frozenset({"official", "diplomat", "minister"})


def home_stage(country: str, role: str | None) -> Stage:
    """A stage that gives the publishing government's country to its own officials.

    The person the report follows gets ``country`` (and ``role`` if the text gives none) unless
    the text titles them with another office than ``role``; other people whose title is a
    ministerial, official or diplomatic office and who have no country or organisation get
    ``country`` too. Other heads of state and government are guests and are left alone. A page
    whose masthead names another government's country gets that one instead, without ``role``.
    """

    def home(doc: Document) -> None:
        # A masthead naming another government ("Office of the President / Republic of
        # Palau") outweighs the house style that chose this parser: "###" and a readout's
        # shape are shared by many governments' press offices.
        if doc.site_country is not None and doc.site_country != country:
            home_stage(doc.site_country, None)(doc)
            return
        hero = doc.protagonist
        for p in doc.people:
            if p.country is not None or p.organisation is not None or p.stands_in:
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
            elif p.title_kind in _HOME_KINDS or _in_home_delegation(doc, p, hero):
                p.country = country

    return home


def _in_home_delegation(doc: Document, p: Person, hero: Person | None) -> bool:
    """``p`` accompanies the person the report follows, or someone it does not name.

    "The Prime Minister was accompanied by X": on a government's own page X is of its
    delegation, unless the clause names someone else (a guest and the guest's minister).
    """
    if p.companion_of is None:
        return False
    start, end = p.companion_of
    named = {q for q in doc.people if q is not p and q.mentioned_in(start, end)}
    named.update(
        d.person for d in doc.descriptions if d.person is not None and start <= d.start < end
    )
    return not named or named == {hero}


def _site_home(doc: Document) -> None:
    """The home stage of a page whose masthead names its government ("The Presidency, Ghana")."""
    country = doc.site_country
    if country is not None:
        home_stage(country, None)(doc)


def _check_datelines(doc: Document) -> None:
    """Refuse a dateline block whose date is not in the shape the metadata stage reads.

    A ``DATELINE`` block may have no date (a byline, a bare place line); if it has one,
    ``block.data["date"]`` is a year, a month name and a day, as the built-in rules set it. A
    plug-in's block rule that sets something else gets a clear error, not a ``KeyError`` or
    ``TypeError`` from inside the metadata stage.

    Raises:
        ParseError: naming the block and what is wrong.
    """
    for block in doc.blocks:
        if block.kind is not BlockKind.DATELINE or "date" not in block.data:
            continue
        date = block.data["date"]
        if not (
            isinstance(date, tuple)
            and len(date) == 3
            and isinstance(date[0], int)
            and date[1] in MONTHS
            and isinstance(date[2], int)
        ):
            line = " ".join(doc.text[block.start : block.end].split())[:40]
            raise ParseError(
                f"{doc.path or '<text>'}: a block rule made block {block.index} ({line!r}) a "
                f"DATELINE with a malformed date: block.data['date'] must be (year, month name, "
                f"day), like (2023, 'October', 13), not {date!r}"
            )


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
        """A fresh registry of this parser's stages, layout included.

        Raises:
            ParseError: if :meth:`extend` dropped or moved a stage that another one needs
                (see :data:`STAGE_NEEDS`).
        """
        rules = self.block_rules()

        def layout(doc: Document) -> None:
            # Stages read a view of the text with markup blanked; spans still slice the source.
            doc.source, doc.text = doc.text, mask_markup(doc.text)
            doc.blocks = split_blocks(doc)
            classify(doc, doc.blocks, rules)
            _check_datelines(doc)
            doc.sections = group_sections(doc)
            doc.index_blocks()

        stages = default_stages()
        stages.register(layout, "layout", 100)
        if self.home_country is not None:
            # The outlet's own country, instead of one read from the masthead.
            stages.register(home_stage(self.home_country, self.home_role), "home", 49)
        self.extend(stages)
        check_stage_order(stages, parser=self.name)
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
