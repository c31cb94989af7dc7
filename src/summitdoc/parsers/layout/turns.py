"""Transcript turns: ``President of Russia Vladimir Putin: Friends, colleagues, ...``.

A turn opens with a speaker label and a colon at the start of a paragraph; the paragraphs after
it belong to the same turn until the next turn, heading or separator.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._document import Block, BlockKind, Document
from ..mentions.gazetteer import key_of
from ..mentions.lexicon import fold_line, lexicon
from .blocks import known_place, story_dateline

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["turn_rule"]

# A label of capitalised words (with "of", "the", "and", initials) ending in a colon, perhaps
# with a bracketed note: "Question (via interpreter):".
_LABEL: Final = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*|of|the|and|de|von|van|al|bin)(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the"
    r"|and|de|von|van|der|al|bin)){0,14}(?:[ \u00a0]+\([^()\n:]{1,40}\))?):[ \u00a0]+(?=\S)"
)


# A line that after its label holds only a date or a time ("Changed: 28/10/2031 - 18:45") is
# the page's metadata, whatever the label says: nobody speaks in numbers alone.
_STAMP: Final = re.compile(
    r"\d[\d/.:, -]*(?:[ \u00a0]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?))?[ \u00a0]*(?:\n|$)"
)


# A label followed by a few lower-case words and nothing else ("Editor: huaxia") gives a value,
# not a turn: nobody's words open in lower case and stop there.
_BARE_VALUE: Final = re.compile(r"[a-z][\w.@-]*(?:[ \u00a0]+[a-z][\w.@-]*){0,2}[ \u00a0]*")


#: The question label of White House-style transcripts: a "Q" and a run of spaces or a tab.
_QUESTION: Final = re.compile(r"Q(?:[ \u00a0]{2,}|\t+)(?=\S)")


#: A label standing on its own line: "Name, Role:" or a label as above, then only the colon.
_OWN_LINE: Final = re.compile(
    r"(?P<who>(?P<name>[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|de|von|van|der|al|bin)){0,5})"
    r"(?:,[ \u00a0]+[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|the|and|for)){0,10}"
    r"|[ \u00a0]+\([^()\n:]{1,40}\))?):[ \u00a0]*\Z"
)
#: A transcript repeats its labels: another label on its own line stands within this many blocks.
_TURN_REACH: Final = 12
#: The most words of a personal name that labels a turn ("Lucía Ferreira Alves").
_NAME_WORDS: Final = 4
#: A turn whose label names no one reads as a sentence: this many words, or a closing stop.
_TURN_WORDS: Final = 6
#: A label line is at most this many characters: a name and a role, not a paragraph.
_OWN_LINE_MAX: Final = 160


def _own_line_label(doc: Document, b: Block) -> re.Match[str] | None:
    """The label of a block that is a speaker's label and nothing else, or None."""
    # Length first: this runs for every block, and the search for a line break scans it.
    if b.end - b.start > _OWN_LINE_MAX or doc.text.find("\n", b.start, b.end) >= 0:
        return None
    m = _OWN_LINE.match(doc.text, b.start, b.end)
    if m is None or not _speaker(m["name"]) or len(m["name"]) < 3:
        return None
    return m


def _label_line(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A label on its own line over the speaker's words ("Name, Role:" / "Good afternoon.").

    Only in a transcript: another such label stands within ``_TURN_REACH`` blocks (before it,
    already read; or after it), so that a lone "Key Outcomes:" over a list is no turn.
    """
    b = blocks[i]
    m = _own_line_label(doc, b)
    if m is None or i + 1 >= len(blocks):
        return None
    nxt = blocks[i + 1]
    if _own_line_label(doc, nxt) is not None or not doc.text[nxt.start : nxt.end][:1].isupper():
        return None
    near = any(x.data.get("own_label") for x in blocks[max(0, i - _TURN_REACH) : i]) or any(
        _own_line_label(doc, x) is not None for x in blocks[i + 2 : i + 2 + _TURN_REACH]
    )
    if not near:
        return None
    b.data["own_label"] = True
    b.data["label"] = (m.start("who"), m.end("who"))
    b.data["turn_text"] = nxt.start
    return BlockKind.TURN


def turn_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A paragraph that opens with a speaker label, and the paragraphs of the same turn."""
    b = blocks[i]
    own = _label_line(doc, blocks, i)
    if own is not None:
        return own
    m = _inline_label(doc, b)
    if (
        m is not None
        # "SINGAPORE: Defence ministers ...", "Kuwait City: Gulf leaders ...": a dateline.
        and not known_place(doc, m["who"])
        and (_someone(doc, m["who"].split(" (")[0]) or _among_turns(doc, blocks, i, m.end()))
    ):
        b.data["label"] = (m.start("who"), m.end("who"))
        b.data["turn_text"] = m.end()
        return BlockKind.TURN
    q = _QUESTION.match(doc.text, b.start, b.end)
    if q is not None:
        # "Q    Mr. President, ...": a press conference's question, a turn of its own.
        b.data["label"] = (b.start, b.start + 1)
        b.data["turn_text"] = q.end()
        return BlockKind.TURN
    # A paragraph continuing a turn: the previous block is a turn and no heading came between.
    if i > 0 and blocks[i - 1].kind is BlockKind.TURN:
        prev = blocks[i - 1]
        if "label" in prev.data or prev.data.get("continues"):
            text = doc.text[b.start : b.end]
            # "CAPE TOWN, Aug. 25 (Xinhua) -- ...": a story begins; nobody's turn goes on into it.
            story = story_dateline(doc.text, b.start, b.end)
            if not _looks_like_heading(text, b) and story is None and not _narrates(text):
                b.data["continues"] = True
                return BlockKind.TURN
    return None


def _narrates(text: str) -> bool:
    """Whether a paragraph after a turn is the report's own: it ends in a colon, no "we" in it.

    "In the Joint Declaration, the three leaders, among others:" opens a list the report gives;
    a speaker's "I would add the following:" speaks for itself.
    """
    if not text.rstrip().endswith(":"):
        return False
    words = lexicon().speaker_words
    return not any(key_of(w) in words for w in _WORD.findall(text))


#: A word, apostrophes inside it kept ("we've").
_WORD: Final = re.compile(r"\w+(?:['’]\w+)*")


def _inline_label(doc: Document, b: Block) -> re.Match[str] | None:
    """The label a paragraph opens with ("Name: words ..."), if it can be a speaker's."""
    m = _LABEL.match(doc.text, b.start, b.end)
    if m is None:
        return None
    name = m["who"].split(" (")[0]
    if (
        name.split()[-1][:1].isupper()
        and len(name) >= 3
        and _speaker(name)
        and not _STAMP.match(doc.text, m.end(), b.end)
        and not _BARE_VALUE.fullmatch(doc.text, m.end(), b.end)
    ):
        return m
    return None


def _someone(doc: Document, label: str) -> bool:
    """Whether a label names a speaker by itself.

    A title of office ("PRESIDENT AKSOY"), a transcript's word for the untitled ("Question",
    "Moderator") or a personal name of two words or more; "Read:", "Topic:", "MUSCAT:" and
    "West Africa:" name no one.
    """
    lex = lexicon()
    kb = doc.knowledge
    words = label.split()
    if words[0].lower() in lex.turn_labels:
        return True
    for n in range(1, 4):
        for k in range(len(words) - n + 1):
            if kb.title(" ".join(words[k : k + n])) is not None:
                return True
    names = [w for w in words if w not in lex.particles and w not in ("of", "the", "and")]
    return (
        2 <= len(names) <= _NAME_WORDS
        and all(w[:1].isupper() and not w.isupper() for w in names)
        and not any(lex.institution_word(w) or w.lower() in lex.thing_words for w in names)
        and kb.organisation(label) is None
    )


def _among_turns(doc: Document, blocks: Sequence[Block], i: int, text_at: int) -> bool:
    """Whether a label that names no one by itself opens a turn of a transcript.

    Its words read as a sentence (six words or more, or a closing stop), and another label
    stands within ``_TURN_REACH`` blocks: "Euronews: Why now?" among "Solheim-Berg: ...".
    """
    b = blocks[i]
    said = doc.text[text_at : b.end].split()
    if len(said) < _TURN_WORDS and not (said and said[-1][-1:] in ".?!"):
        return False
    return any("label" in x.data for x in blocks[max(0, i - _TURN_REACH) : i]) or any(
        _inline_label(doc, x) is not None or _own_line_label(doc, x) is not None
        for x in blocks[i + 1 : i + 1 + _TURN_REACH]
    )


def _speaker(label: str) -> bool:
    """Not a label of the page's metadata ("Posted On: 14 MAR 2025", "Media Relations: ...")."""
    lex = lexicon()
    folded = fold_line(label)
    return folded not in lex.furniture_labels and folded not in lex.date_labels


def _looks_like_heading(text: str, b: Block) -> bool:
    return (
        b.gap_before
        and b.gap_after
        and "\n" not in text
        and len(text.split()) <= 20
        and text[-1] not in '.!?:;,”"»’'
        and text[0].isupper()
        and not text.startswith(("Thank", "Friends", "Colleagues"))
    )
