"""The document a parser builds: one text, its blocks, and drafts of everything found in it.

Every stage reads and writes a :class:`Document`. Positions are always offsets into
``Document.text`` (the future ``source.text``), never copies of substrings, so the spans of the
final :class:`~summitdoc.Summit` come straight from here.
"""

from __future__ import annotations

import bisect
import enum
from typing import TYPE_CHECKING, Any

from attrs import Factory, define, field

if TYPE_CHECKING:
    import datetime as dt

    from ..knowledge import Knowledge
    from .mentions.gazetteer import Hit, Tokens

__all__ = [
    "Block",
    "BlockKind",
    "CaptionDraft",
    "DecisionDraft",
    "Document",
    "MeetingDraft",
    "Person",
    "QuoteDraft",
    "Section",
    "SpeechDraft",
    "StatementDraft",
]


class BlockKind(enum.StrEnum):
    """What a block of the text is."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    DATELINE = "dateline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    CAPTION = "caption"
    SEPARATOR = "separator"
    TURN = "turn"
    CLUTTER = "clutter"


#: Blocks whose text is part of the article body (extractors look only at these).
BODY_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TURN})


@define(eq=False)
class Block:
    """A run of text: a line, or lines joined by the text's wrapping, with its kind.

    ``start``/``end`` exclude surrounding white space. ``gap_before`` says a blank line (or an
    HTML block boundary that is rendered as one) precedes the block.
    """

    start: int
    end: int
    kind: BlockKind = BlockKind.PARAGRAPH
    gap_before: bool = False
    gap_after: bool = False
    index: int = 0
    section: int = 0
    #: Free slots that rules fill in: ``credit`` for captions, ``speaker`` for turns, ...
    data: dict[str, Any] = Factory(dict)

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


@define(eq=False)
class Section:
    """A heading with the blocks under it, or a run of blocks with no heading."""

    index: int
    start: int
    end: int
    heading: Block | None = None
    blocks: list[Block] = Factory(list)
    setting: str | None = None


@define(eq=False)
class Person:
    """A participant as it is being found: names, role, place, aliases and mentions."""

    name: str
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    organisation: str | None = None
    aliases: list[str] = Factory(list)
    mentions: list[tuple[int, int]] = Factory(list)
    #: How sure the finder is that this is a person taking part (titled: 2, bare name: 1,
    #: a bare name not yet confirmed: 0).
    weight: int = 1
    title_kind: str | None = None
    #: Known only by a bare name so far (no title, no reporting verb).
    bare: bool = False

    @property
    def surname(self) -> str:
        """The last word of the name (before a suffix such as ``Jr.``)."""
        words = [w for w in self.name.replace(",", " ").split() if w.rstrip(".") not in _SUFFIXES]
        return words[-1] if words else self.name

    @property
    def given(self) -> str:
        """The first word of the name."""
        return self.name.split()[0]


_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


@define(eq=False)
class QuoteDraft:
    """A quoted passage: ``start``/``end`` exclude the quote marks."""

    start: int
    end: int
    block: Block
    cue: tuple[int, int] | None = None
    speaker: Person | None = None
    #: "speech" for words said, "document" for words a document says, "name" for a quoted title.
    kind: str = "speech"
    #: How the speaker was found: "cue", "turn", "context", "split".
    how: str | None = None
    #: The cue's subject phrase, e.g. "the Belarusian leader" (resolution maps it to a person).
    subject: tuple[int, int] | None = None


@define(eq=False)
class SpeechDraft:
    """One speaker under one section."""

    speaker: Person | None
    section: Section
    start: int
    end: int
    quotes: list[QuoteDraft] = Factory(list)
    setting: str | None = None
    topic: str | None = None


@define(eq=False)
class DecisionDraft:
    """A decision with its text span, kind and details."""

    start: int
    end: int
    kind: str
    subject: str | None = None
    year: int | None = None


@define(eq=False)
class StatementDraft:
    """A statement adopted: topic span, issuer and content."""

    start: int
    end: int
    issuer: str | None = None
    countries: list[str] = Factory(list)
    points: list[str] = Factory(list)
    topic: str | None = None


@define(eq=False)
class MeetingDraft:
    """A bilateral or side meeting."""

    start: int
    end: int
    people: list[Person] = Factory(list)
    topics: list[str] = Factory(list)
    agreements: list[str] = Factory(list)
    #: Two sides met though the text names fewer than two of the people (an unnamed host).
    bilateral: bool = False


@define(eq=False)
class CaptionDraft:
    """A photo caption and its credit."""

    start: int
    end: int
    credit: str | None = None


@define(eq=False)
class Document:
    """The shared state of one parse."""

    text: str
    knowledge: Knowledge
    path: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    language: str = "en"
    #: Block boundaries given by the intake (HTML), as ``(start, end, kind)``.
    layout_hints: list[tuple[int, int, str]] | None = None
    #: The text as given, once layout has replaced :attr:`text` by the view the stages read
    #: (markup and link addresses blanked, every offset kept); None before that.
    source: str | None = None
    blocks: list[Block] = Factory(list)
    sections: list[Section] = Factory(list)
    tokens: Tokens | None = None
    hits: list[Hit] = Factory(list)
    people: list[Person] = Factory(list)
    quotes: list[QuoteDraft] = Factory(list)
    speeches: list[SpeechDraft] = Factory(list)
    decisions: list[DecisionDraft] = Factory(list)
    statements: list[StatementDraft] = Factory(list)
    meetings: list[MeetingDraft] = Factory(list)
    captions: list[CaptionDraft] = Factory(list)
    #: Summit-level fields by contract name (title, subtitle, name, organisation, ...).
    meta: dict[str, Any] = Factory(dict)
    #: The participant the report follows ("the President" when no one else is meant).
    protagonist: Person | None = None
    #: Free slots for stages that outlet parsers add.
    extra: dict[str, Any] = field(factory=dict)

    def hits_in(self, start: int, end: int) -> list[Hit]:
        """The gazetteer hits that start inside ``[start, end)`` (a bisection, not a scan)."""
        starts = self.extra.get("_hit_starts")
        if starts is None or len(starts) != len(self.hits):
            starts = [h.start for h in self.hits]
            self.extra["_hit_starts"] = starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end, i)
        return self.hits[i:j]

    def _speech_spans(self) -> tuple[list[int], list[int]]:
        cached = self.extra.get("_speech_spans")
        count = len(self.quotes)
        if cached is None or cached[0] != count:
            spans = sorted((q.start, q.end) for q in self.quotes if q.kind == "speech")
            ends = []
            reach = -1
            for _s, e in spans:  # the furthest end reached so far: quotes may nest or overlap
                reach = max(reach, e)
                ends.append(reach)
            cached = (count, [s for s, _ in spans], ends)
            self.extra["_speech_spans"] = cached
        return cached[1], cached[2]

    def in_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted passage of speech."""
        starts, reach = self._speech_spans()
        i = bisect.bisect_right(starts, start)
        # Of the quotes opening at or before start, the one reaching furthest covers the span
        # if any does.
        return i > 0 and reach[i - 1] >= end

    def touches_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a quoted passage of speech."""
        starts, reach = self._speech_spans()
        i = bisect.bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """Every mention of a person inside ``[start, end)`` as ``(start, end, person)``, in order.

        The index is rebuilt only when mentions were added since it was last built.
        """
        total = sum(len(p.mentions) for p in self.people)
        cached = self.extra.get("_mentions")
        if cached is None or cached[0] != total:
            entries = sorted((s, e, i) for i, p in enumerate(self.people) for s, e in p.mentions)
            cached = (total, [s for s, _, _ in entries], entries)
            self.extra["_mentions"] = cached
        _, starts, entries = cached
        i = bisect.bisect_left(starts, start)
        out = []
        for s, e, n in entries[i:]:
            if s >= end:
                break
            if e <= end:
                out.append((s, e, self.people[n]))
        return out

    def body_blocks(self) -> list[Block]:
        """The blocks that belong to the article body, in order."""
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    def slice(self, start: int, end: int) -> str:
        """The text between two offsets."""
        return self.text[start:end]
