"""The document a parser builds: one text, its blocks, and drafts of everything found in it.

Every stage reads and writes a :class:`Document`. Positions are always offsets into
``Document.text`` (the future ``source.text``), never copies of substrings, so the spans of the
final :class:`~summitdoc.Summit` come straight from here.
"""

from __future__ import annotations

import bisect
import enum
import operator
from typing import TYPE_CHECKING, Any, Final

from attrs import Factory, define, field, frozen

from ..exceptions import ParseError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping, Sequence

    from ..knowledge import Knowledge, Organisation
    from .mentions.cues import CueIndex
    from .mentions.gazetteer import Hit, Tokens

__all__ = [
    "HEAD_KINDS",
    "Block",
    "BlockIndex",
    "BlockKind",
    "CaptionDraft",
    "DecisionDraft",
    "Description",
    "Document",
    "HitIndex",
    "MeetingDraft",
    "MentionIndex",
    "Person",
    "QuoteDraft",
    "QuoteIndex",
    "Section",
    "SpeechDraft",
    "StatementDraft",
]


#: The kind of the layout hint of no width that carries a saved page's site name, read from its
#: head: ``(end, end, "site:Gulf Times")``.
SITE_HINT: Final = "site:"


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
    #: Named as standing in for someone ("X was represented by Y"): a delegate of a country
    #: the text may not name, so never given a government site's home country.
    stands_in: bool = False
    #: Said not to take part ("stayed home", "phoned X"): never made a participant later.
    absent: bool = False
    #: Named as accompanying someone ("X was accompanied by Y", "Y, who accompanied X"): the
    #: characters of the clause naming X, whose delegation Y belongs to.
    companion_of: tuple[int, int] | None = None

    def mentioned_in(self, start: int, end: int) -> bool:
        """Whether one of the person's mentions lies in characters ``start`` to ``end``."""
        return any(start <= s and e <= end for s, e in self.mentions)

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
#: Title kinds of the head of a state, a government or a delegation.
HEAD_KINDS: Final = frozenset({"head_of_state", "head_of_government", "royal"})


@define(eq=False)
class Description:
    """A title phrase without a name: "the President of Belarus", "the Belarusian leader"."""

    start: int
    end: int
    role: str | None
    country: str | None
    organisation: str | None
    title_kind: str | None
    role_noun: bool = False
    plural: bool = False
    #: The countries an ambiguous word in it may mean ("the Korean leader"); country is None.
    countries: tuple[str, ...] = ()
    #: The participant the phrase refers to: written by ``resolution`` (``resolve_people``),
    #: read by ``resolution`` (``person_in``, for cues) and ``meetings``. None until then, and
    #: for a phrase that fits no one.
    person: Person | None = None


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
    #: The passage this quote is a paragraph of (a quote reopened paragraph after paragraph):
    #: written by ``quotes``, read by ``attribution``, which gives a group one kind and one cue.
    #: None for a quote of its own (a transcript turn's).
    group: int | None = None


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
    #: The block the statement was found in: written and read by ``statements`` (its points
    #: are looked for there). None for a statement a plug-in adds.
    block: Block | None = None


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


def _not_built(what: str, stage: str) -> ParseError:
    return ParseError(
        f"{what} was read before the {stage!r} stage built it: a stage that reads it must run "
        f"after {stage!r}"
    )


@frozen
class BlockIndex:
    """Where every block starts, and every section by its index.

    Built by ``layout`` (:meth:`Document.index_blocks`) once the blocks and sections are final;
    read by ``attribution`` (the block a cue is in) and ``meetings`` (a block's section).
    """

    blocks: tuple[Block, ...]
    starts: tuple[int, ...]
    sections: Mapping[int, Section]

    @classmethod
    def build(cls, blocks: Sequence[Block], sections: Sequence[Section]) -> BlockIndex:
        """The index of ``blocks`` (in text order) and ``sections``."""
        return cls(tuple(blocks), tuple(b.start for b in blocks), {s.index: s for s in sections})

    def block_at(self, pos: int) -> Block:
        """The last block that starts at or before ``pos`` (the first block if none does)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.blocks[max(k, 0)]


@frozen
class HitIndex:
    """The gazetteer hits in text order with their starts.

    Built by ``mentions`` (:meth:`Document.index_hits`); read through
    :meth:`Document.hits_in` by ``attribution``, ``meetings``, ``statements`` and ``decisions``.
    """

    hits: tuple[Hit, ...]
    starts: tuple[int, ...]

    @classmethod
    def build(cls, hits: Sequence[Hit]) -> HitIndex:
        """The index of ``hits`` (in text order)."""
        return cls(tuple(hits), tuple(h.start for h in hits))

    def starting_in(self, start: int, end: int) -> tuple[Hit, ...]:
        """The hits that start inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, i)
        return self.hits[i:j]


@frozen
class MentionIndex:
    """Every mention of a person as ``(start, end, person)``, in text order.

    Built by ``people`` once it has found everyone and rebuilt by ``resolution`` once it has
    added the mentions it resolves (:meth:`Document.index_mentions`); read through
    :meth:`Document.mentions_in` by ``attribution``, ``resolution``, ``meetings``, ``speeches``,
    ``statements`` and ``decisions``.
    """

    entries: tuple[tuple[int, int, Person], ...]
    starts: tuple[int, ...]

    @classmethod
    def build(cls, people: Sequence[Person]) -> MentionIndex:
        """The index of the mentions of ``people`` (ties in the order of the people)."""
        order = sorted((s, e, i) for i, p in enumerate(people) for s, e in p.mentions)
        return cls(tuple((s, e, people[i]) for s, e, i in order), tuple(s for s, _, _ in order))

    def within(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """The mentions inside ``[start, end)``, in order."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, lo=i)
        # Only the entries starting inside: a slice to the end would copy the rest of the text's.
        return [x for x in self.entries[i:j] if x[1] <= end]


@frozen
class QuoteIndex:
    """The quotes in text order with their starts, and the reach of quoted speech.

    Built by ``attribution`` (:meth:`Document.index_quotes`) once every quote has its span and
    kind; read by ``resolution``, ``speeches``, ``statements`` and ``decisions`` (through
    :meth:`Document.in_speech` and :meth:`Document.touches_speech`, and ``speeches`` directly).
    """

    quotes: tuple[QuoteDraft, ...]
    starts: tuple[int, ...]
    #: The starts of the quotes of kind "speech", sorted.
    speech_starts: tuple[int, ...]
    #: For each of them, the furthest end reached so far: quotes may nest or overlap.
    speech_reach: tuple[int, ...]

    @classmethod
    def build(cls, quotes: Sequence[QuoteDraft]) -> QuoteIndex:
        """The index of ``quotes`` (sorted by start)."""
        spans = sorted((q.start, q.end) for q in quotes if q.kind == "speech")
        reach = []
        furthest = -1
        for _s, e in spans:
            furthest = max(furthest, e)
            reach.append(furthest)
        return cls(
            tuple(quotes), tuple(q.start for q in quotes), tuple(s for s, _ in spans), tuple(reach)
        )

    def in_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted passage of speech."""
        i = bisect.bisect_right(self.speech_starts, start)
        # Of the quotes opening at or before start, the one reaching furthest covers the span
        # if any does.
        return i > 0 and self.speech_reach[i - 1] >= end

    def touches_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a quoted passage of speech."""
        i = bisect.bisect_left(self.speech_starts, end)
        return i > 0 and self.speech_reach[i - 1] > start


@define(eq=False)
class Document:
    """The shared state of one parse.

    What one built-in stage hands the next is a typed field here, each documented with the
    stage that writes it and the stages that read it. The indexes (``*_index``) are built by
    the stage that last changes what they index; a stage of yours that changes blocks, hits,
    mentions or quotes after that stage calls the matching ``index_*`` method, so no stage
    reads a stale index. :attr:`extra` is the free space of plug-in stages.
    """

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
    #: Whether the paragraphs are hard-wrapped lines: written by ``layout`` (``split_blocks``),
    #: read by ``layout`` (``group_sections`` and the ``inline_heading`` block rule).
    wrapped: bool = False
    #: Written by ``layout``; read by ``attribution`` and ``meetings`` (see :class:`BlockIndex`).
    block_index: BlockIndex | None = None
    tokens: Tokens | None = None
    hits: list[Hit] = Factory(list)
    #: Written by ``mentions``; read through :meth:`hits_in` (see :class:`HitIndex`).
    hit_index: HitIndex | None = None
    #: The cue families each token opens (``[cues]`` of the lexicon): written by ``mentions``,
    #: read through :meth:`cue_index` by ``statements``, ``speeches`` and ``decisions``.
    cues: CueIndex | None = None
    people: list[Person] = Factory(list)
    #: Role descriptions without a name ("the Belarusian leader"), in text order: written by
    #: ``people``; read by ``resolution`` (which sets each one's ``person``) and ``meetings``.
    descriptions: list[Description] = Factory(list)
    #: Written by ``people``, rebuilt by ``resolution``; read through :meth:`mentions_in`
    #: (see :class:`MentionIndex`).
    mention_index: MentionIndex | None = None
    quotes: list[QuoteDraft] = Factory(list)
    #: Written by ``attribution``; read through :meth:`in_speech` and :meth:`touches_speech`
    #: and by ``speeches`` (see :class:`QuoteIndex`).
    quote_index: QuoteIndex | None = None
    speeches: list[SpeechDraft] = Factory(list)
    decisions: list[DecisionDraft] = Factory(list)
    statements: list[StatementDraft] = Factory(list)
    meetings: list[MeetingDraft] = Factory(list)
    #: The indexes of the blocks that report a side meeting: written by ``meetings``; read by
    #: ``speeches`` and ``decisions``, which leave them to the meeting (empty if ``meetings``
    #: has not run before them).
    meeting_blocks: frozenset[int] = frozenset()
    captions: list[CaptionDraft] = Factory(list)
    #: Summit-level fields by contract name (title, subtitle, name, organisation, ...).
    meta: dict[str, Any] = Factory(dict)
    #: The year the report dates itself in (its dateline), kept when the summit's own date is
    #: left null ("held on 20 and 21 March"): written by ``metadata``, read through
    #: ``summit_year`` by ``people`` and ``decisions`` (what is dated before it is past).
    year: int | None = None
    #: The organisation whose summit this is (``meta["organisation"]`` is its name): written
    #: and read by ``metadata`` (a named body of it names the meeting).
    organisation: Organisation | None = None
    #: The news agency a wire dateline names ("(Reuters)"): written by ``metadata`` (the
    #: dateline), read by ``metadata`` (the outlet, when the caller gave none).
    wire_outlet: str | None = None
    #: The name a saved page's head gives its site (a layout hint's, read by ``layout``), read by
    #: ``metadata`` as the outlet when the text names none.
    site_name: str | None = None
    #: The participant the report follows ("the President" when no one else is meant): written
    #: by ``resolution``, read by ``resolution``, ``home``, ``meetings`` and ``speeches``.
    protagonist: Person | None = None
    #: The country whose government the page's masthead names ("Prime Minister's Office
    #: Singapore"), None on a news site: written by ``resolution``, read by ``resolution`` (the
    #: protagonist is that government's head) and ``home``.
    site_country: str | None = None
    #: What a stage noticed but could not reconcile ("three statements announced but two
    #: listed"): written by ``statements``; read by no built-in stage (kept for debugging).
    warnings: list[str] = Factory(list)
    #: The sentences of each block span, split once: written and read through
    #: ``extractors._text.block_sentences`` by every stage after ``layout``.
    sentences: dict[tuple[int, int], list[tuple[int, int]]] = Factory(dict)
    #: Free space for the stages of plug-in parsers: a built-in stage neither reads nor writes
    #: it (use keys of your own, such as ``"myparser:words"``).
    extra: dict[str, Any] = field(factory=dict)

    def index_blocks(self) -> None:
        """Build :attr:`block_index` from :attr:`blocks` and :attr:`sections`."""
        self.block_index = BlockIndex.build(self.blocks, self.sections)

    def index_hits(self) -> None:
        """Build :attr:`hit_index` from :attr:`hits`."""
        self.hit_index = HitIndex.build(self.hits)

    def index_mentions(self) -> None:
        """Build :attr:`mention_index` from the mentions of :attr:`people`."""
        self.mention_index = MentionIndex.build(self.people)

    def index_quotes(self) -> None:
        """Build :attr:`quote_index` from :attr:`quotes`."""
        self.quote_index = QuoteIndex.build(self.quotes)

    def block_at(self, pos: int) -> Block:
        """The last block that starts at or before ``pos`` (the first block if none does)."""
        if self.block_index is None:
            raise _not_built("the block index (Document.block_at)", "layout")
        return self.block_index.block_at(pos)

    def section_at(self, index: int) -> Section | None:
        """The section whose :attr:`Section.index` is ``index``, or None."""
        if self.block_index is None:
            raise _not_built("the block index (Document.section_at)", "layout")
        return self.block_index.sections.get(index)

    def hits_in(self, start: int, end: int) -> Sequence[Hit]:
        """The gazetteer hits that start inside ``[start, end)`` (a bisection, not a scan)."""
        if self.hit_index is None:
            raise _not_built("the hit index (Document.hits_in)", "mentions")
        return self.hit_index.starting_in(start, end)

    def cue_index(self) -> CueIndex:
        """The cue families of the tokens (see :class:`~.mentions.cues.CueIndex`)."""
        if self.cues is None:
            raise _not_built("the cue index (Document.cue_index)", "mentions")
        return self.cues

    def in_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one quoted passage of speech."""
        if self.quote_index is None:
            raise _not_built("the quote index (Document.in_speech)", "attribution")
        return self.quote_index.in_speech(start, end)

    def touches_speech(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a quoted passage of speech."""
        if self.quote_index is None:
            raise _not_built("the quote index (Document.touches_speech)", "attribution")
        return self.quote_index.touches_speech(start, end)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """Every mention of a person inside ``[start, end)`` as ``(start, end, person)``."""
        if self.mention_index is None:
            raise _not_built("the mention index (Document.mentions_in)", "people")
        return self.mention_index.within(start, end)

    def descriptions_in(self, start: int, end: int) -> list[Description]:
        """The descriptions starting inside ``[start, end)``, in text order (a bisection)."""
        descriptions = self.descriptions
        i = bisect.bisect_left(descriptions, start, key=operator.attrgetter("start"))
        j = bisect.bisect_left(descriptions, end, lo=i, key=operator.attrgetter("start"))
        return descriptions[i:j]

    def body_blocks(self) -> list[Block]:
        """The blocks that belong to the article body, in order."""
        return [b for b in self.blocks if b.kind in BODY_KINDS]

    def slice(self, start: int, end: int) -> str:
        """The text between two offsets."""
        return self.text[start:end]
