"""Hypothesis strategies for summitdoc's models: one ``@st.composite`` per model.

Every strategy builds valid models only: spans lie inside the source text they are drawn for,
ids are unique across a summit and match :data:`summitdoc.models.ID_PATTERN`, and every
speaker or meeting reference is the id of an existing participant. Free text is hostile on
purpose (see :func:`hostile_text`).

Import the main strategy as ``from tests.strategies import summits`` (``tests/conftest.py``
puts the repository root and ``tests/`` on ``sys.path``).

``xml_safe=True`` (accepted by every strategy here) leaves out the characters XML 1.0 cannot
hold at all: lone surrogates, U+FFFE/U+FFFF and the C0 controls other than tab, LF and CR.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import TYPE_CHECKING, Final

import hypothesis.strategies as st

from summitdoc.models import (
    Caption,
    Decision,
    DecisionKind,
    Meeting,
    MeetingKind,
    Participant,
    Quote,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "IdPool",
    "captions",
    "decisions",
    "hostile_text",
    "ids",
    "meetings",
    "participants",
    "quotes",
    "sources",
    "spans",
    "speeches",
    "statements",
    "summits",
]

# --- hostile text ----------------------------------------------------------------------------

_CONTROLS: Final = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))]
_SURROGATES: Final = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]  # the last: half an emoji
_SPACES: Final = " \t\n\r\u00a0\u1680\u2003\u2007\u202f\u205f\u3000\u2028\u2029\u0085\ufeff"
_PIECES: Final = [
    # Line ends and invisible characters.
    "\r",
    "\r\n",
    "\n\n",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2028",
    "\ufffd",
    "\ufffe",
    "\uffff",
    # Right-to-left text and bidi controls.
    "قمة رابطة الدول المستقلة",
    "لوكاشينكو",
    "פסגת המדינות",
    "\u200f",
    "\u202e",
    "\u2066",
    "abc \u05d0\u05d1 123",
    # Astral characters.
    "\U0001d400",
    "\U0001d7ff",
    "😀",
    "👩\u200d👩\u200d👧",
    "🇷🇺",
    "\U00010000",
    "\U0010ffff",
    # Combining marks, alone and stacked.
    "e\u0301",
    "\u0301",
    "a\u0308\u0304\u0336\u0336",
    "\u20dd",
    # Report-like text and characters that mean something to JSON or XML.
    "Vladimir Putin",
    "Jonas Gahr Støre",
    "Кассым-Жомарт Токаев",
    "the Belarusian leader noted",
    "“We agree.”",
    "«Мы согласны»",
    '"',
    "'",
    "\\",
    "\\u0000",
    "</summit>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "{}",
    "null",
    "2017-10-11",
]


def _xml_clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


_XML_ILLEGAL: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# Strategies are built once (building them inside every draw costs more than drawing), and text
# is drawn with st.text over a plain character strategy, which Hypothesis draws much faster than
# a list of pieces: a summit holds dozens of free-text fields.
_PIECE: Final = st.sampled_from(["", *_PIECES, *_CONTROLS, *_SURROGATES])
_ANY_TEXT: Final = st.text(st.characters(exclude_categories=()), max_size=8)  # surrogates too
_WORDS: Final = st.tuples(_PIECE, _ANY_TEXT, _PIECE).map("".join)
_WHITE: Final = st.text(_SPACES, min_size=1, max_size=4)
_SHAPE: Final = st.integers(0, 9)
_LONG: Final = st.integers(1000, 4000)


@st.composite
def _hostile(draw: st.DrawFn) -> str:
    shape = draw(_SHAPE)
    if shape == 9:  # occasionally thousands of characters; the last branch, so shrinking leaves it
        unit, size = draw(_PIECE) + draw(_ANY_TEXT) or "\u00a0", draw(_LONG)
        return (unit * (size // len(unit) + 1))[:size]  # may cut a grapheme cluster: good
    if shape == 8:
        return draw(_WHITE)  # white space only
    if shape == 7:
        return draw(_WHITE) + draw(_WORDS) + draw(_WHITE)  # leading and trailing spaces
    return draw(_WORDS)  # the empty string included


@functools.cache
def hostile_text(*, xml_safe: bool = False) -> st.SearchStrategy[str]:
    """Free text meant to break serializers.

    NBSP, right-to-left text and bidi controls, astral characters, combining marks, control
    characters (U+0000-U+001F, U+007F-U+009F), ``\\r``, lone surrogates, white space only,
    empty, padded with spaces, and occasionally thousands of characters long.
    """
    text = _hostile()
    return text.map(_xml_clean) if xml_safe else text


@functools.cache
def _optional_text(*, xml_safe: bool) -> st.SearchStrategy[str | None]:
    return st.none() | hostile_text(xml_safe=xml_safe)


@functools.cache
def _texts(*, xml_safe: bool) -> st.SearchStrategy[list[str]]:
    return st.lists(hostile_text(xml_safe=xml_safe), max_size=3)


# --- ids -------------------------------------------------------------------------------------

# Letters and decimal digits are word characters (``\w``) for Python's re, in every script.
_LETTERS_DIGITS: Final = ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd")
_WORD: Final = st.characters(categories=_LETTERS_DIGITS, include_characters="_")
_WORD_OR_PUNCT: Final = st.characters(categories=_LETTERS_DIGITS, include_characters="_.:-")
_SLUGS: Final = [
    "vladimir-putin",
    "jonas-gahr-støre",
    "quote-12",
    "speech-3",
    "a",
    "_",
    "0",
    "x.y:z--",
    "\U0001d400-1",
    "لوكاشينكو",
    "אבג-2",
    "東京",
]


_IDS: Final = st.sampled_from(_SLUGS) | st.builds(
    operator.add, _WORD, st.text(_WORD_OR_PUNCT, max_size=8)
)


def ids() -> st.SearchStrategy[str]:
    """Ids matching :data:`summitdoc.models.ID_PATTERN`, in any script."""
    return _IDS


class IdPool:
    """The ids already used in one summit; :meth:`claim` makes a drawn id unique.

    A clash gets a numeric suffix instead of a redraw, so uniqueness costs no rejected examples.
    """

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, ident: str) -> str:
        """``ident``, or ``ident-2``, ``ident-3``... if it is taken; marked as used."""
        candidate, n = ident, 1
        while candidate in self._used:
            n += 1
            candidate = f"{ident}-{n}"
        self._used.add(candidate)
        return candidate


def _id(draw: st.DrawFn, pool: IdPool | None) -> str:
    ident = draw(_IDS)
    return ident if pool is None else pool.claim(ident)


def _speaker(people: Sequence[str]) -> st.SearchStrategy[str | None]:
    return (st.none() | st.sampled_from(people)) if people else st.none()


# --- models ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _offsets(text_len: int) -> st.SearchStrategy[int]:
    return st.integers(0, text_len)


@st.composite
def spans(draw: st.DrawFn, text_len: int) -> Span:
    """A span inside a text of ``text_len`` characters (empty spans and the end included)."""
    a, b = draw(_offsets(text_len)), draw(_offsets(text_len))
    return Span(start=min(a, b), end=max(a, b))


@st.composite
def participants(
    draw: st.DrawFn, source_text: str = "", pool: IdPool | None = None, *, xml_safe: bool = False
) -> Participant:
    """A participant whose mentions lie inside ``source_text``."""
    return Participant(
        id=_id(draw, pool),
        name=draw(hostile_text(xml_safe=xml_safe)),
        role=draw(_optional_text(xml_safe=xml_safe)),
        country=draw(_optional_text(xml_safe=xml_safe)),
        organisation=draw(_optional_text(xml_safe=xml_safe)),
        aliases=draw(_texts(xml_safe=xml_safe)),
        mentions=draw(st.lists(spans(len(source_text)), max_size=3)),
    )


@st.composite
def quotes(
    draw: st.DrawFn,
    source_text: str = "",
    people: Sequence[str] = (),
    pool: IdPool | None = None,
    *,
    xml_safe: bool = False,
) -> Quote:
    """A quote by one of ``people`` (or nobody); its text is sometimes its span's passage."""
    span = draw(spans(len(source_text)))
    return Quote(
        id=_id(draw, pool),
        speaker=draw(_speaker(people)),
        text=draw(hostile_text(xml_safe=xml_safe) | st.just(span.text(source_text))),
        cue=draw(_optional_text(xml_safe=xml_safe)),
        span=span,
    )


@st.composite
def speeches(
    draw: st.DrawFn,
    source_text: str = "",
    people: Sequence[str] = (),
    pool: IdPool | None = None,
    *,
    xml_safe: bool = False,
) -> Speech:
    """A speech by one of ``people`` (or nobody), with quotes."""
    ident = _id(draw, pool)  # claimed before the quotes': the order they appear in JSON
    quote = quotes(source_text, people, pool, xml_safe=xml_safe)
    return Speech(
        id=ident,
        speaker=draw(_speaker(people)),
        setting=draw(_optional_text(xml_safe=xml_safe)),
        topic=draw(_optional_text(xml_safe=xml_safe)),
        quotes=draw(st.lists(quote, max_size=3)),
        span=draw(spans(len(source_text))),
    )


@st.composite
def decisions(
    draw: st.DrawFn, source_text: str = "", pool: IdPool | None = None, *, xml_safe: bool = False
) -> Decision:
    """A decision of any kind, with a year of any size or none."""
    return Decision(
        id=_id(draw, pool),
        kind=draw(st.sampled_from(DecisionKind)),
        text=draw(hostile_text(xml_safe=xml_safe)),
        subject=draw(_optional_text(xml_safe=xml_safe)),
        year=draw(st.none() | st.integers(1900, 2100) | st.integers()),
        span=draw(spans(len(source_text))),
    )


@st.composite
def statements(
    draw: st.DrawFn, source_text: str = "", pool: IdPool | None = None, *, xml_safe: bool = False
) -> Statement:
    """A statement with its countries and points."""
    return Statement(
        id=_id(draw, pool),
        topic=draw(hostile_text(xml_safe=xml_safe)),
        issuer=draw(_optional_text(xml_safe=xml_safe)),
        countries=draw(_texts(xml_safe=xml_safe)),
        points=draw(_texts(xml_safe=xml_safe)),
        span=draw(spans(len(source_text))),
    )


@st.composite
def meetings(
    draw: st.DrawFn,
    source_text: str = "",
    people: Sequence[str] = (),
    pool: IdPool | None = None,
    *,
    xml_safe: bool = False,
) -> Meeting:
    """A meeting between some of ``people`` (repeats allowed, as the model allows them)."""
    return Meeting(
        id=_id(draw, pool),
        kind=draw(st.sampled_from(MeetingKind)),
        participants=draw(st.lists(st.sampled_from(people), max_size=4) if people else st.just([])),
        topics=draw(_texts(xml_safe=xml_safe)),
        agreements=draw(_texts(xml_safe=xml_safe)),
        span=draw(spans(len(source_text))),
    )


@st.composite
def captions(draw: st.DrawFn, source_text: str = "", *, xml_safe: bool = False) -> Caption:
    """A photo caption and its credit."""
    return Caption(
        text=draw(hostile_text(xml_safe=xml_safe)),
        credit=draw(_optional_text(xml_safe=xml_safe)),
        span=draw(spans(len(source_text))),
    )


@st.composite
def sources(draw: st.DrawFn, text: str | None = None, *, xml_safe: bool = False) -> Source:
    """A source; its text is ``text`` when given, and its sha256 always matches."""
    if text is None:
        text = draw(hostile_text(xml_safe=xml_safe))
    return Source(
        path=draw(_optional_text(xml_safe=xml_safe)),
        outlet=draw(_optional_text(xml_safe=xml_safe)),
        language=draw(st.sampled_from(["en", "ru"]) | hostile_text(xml_safe=xml_safe)),
        text=text,
        parser=draw(st.none() | st.sampled_from(["generic", "kremlin"])),
        summitdoc_version=draw(_optional_text(xml_safe=xml_safe)),
    )


@st.composite
def summits(draw: st.DrawFn, *, xml_safe: bool = False) -> Summit:
    """A valid summit: every list may be empty, every free-text field hostile."""
    # Several paragraphs, so that spans have room.
    paragraphs = st.lists(hostile_text(xml_safe=xml_safe), max_size=5).map("\n".join)
    source = draw(sources(draw(paragraphs), xml_safe=xml_safe))
    text = source.text
    pool = IdPool()
    people = draw(st.lists(participants(text, pool, xml_safe=xml_safe), max_size=4))
    refs = [p.id for p in people]
    return Summit(
        title=draw(_optional_text(xml_safe=xml_safe)),
        subtitle=draw(_optional_text(xml_safe=xml_safe)),
        name=draw(_optional_text(xml_safe=xml_safe)),
        organisation=draw(_optional_text(xml_safe=xml_safe)),
        acronym=draw(_optional_text(xml_safe=xml_safe)),
        city=draw(_optional_text(xml_safe=xml_safe)),
        country=draw(_optional_text(xml_safe=xml_safe)),
        date=draw(st.none() | st.dates()),
        formats=draw(
            st.lists(
                st.sampled_from(["narrow", "expanded"]) | hostile_text(xml_safe=xml_safe),
                max_size=2,
            )
        ),
        duration=draw(_optional_text(xml_safe=xml_safe)),
        participants=people,
        speeches=draw(st.lists(speeches(text, refs, pool, xml_safe=xml_safe), max_size=3)),
        decisions=draw(st.lists(decisions(text, pool, xml_safe=xml_safe), max_size=3)),
        statements=draw(st.lists(statements(text, pool, xml_safe=xml_safe), max_size=2)),
        meetings=draw(st.lists(meetings(text, refs, pool, xml_safe=xml_safe), max_size=2)),
        captions=draw(st.lists(captions(text, xml_safe=xml_safe), max_size=2)),
        source=source,
    )
