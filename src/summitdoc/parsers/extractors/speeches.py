"""Speeches: one per speaker per section, from quotes and from reported speech.

A section's heading is the speech's topic. The setting ("narrow format", "expanded format",
"press conference") is taken from the heading or from the sentences that introduce the speech,
and carries over to the speaker's later speeches until another one is stated.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING, Final, TypeGuard

from ...exceptions import ParseError
from .._document import BODY_KINDS, BlockKind, Document, Person, QuoteDraft, Section, SpeechDraft
from ..mentions.lexicon import lexicon
from ..resolution.speakers import NOBODY, person_in, protagonist_as
from ._text import alternation

if TYPE_CHECKING:
    from .._document import Block

__all__ = ["build_speeches", "find_setting", "reported_speakers"]

_SENTENCE: Final = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def find_setting(doc: Document, start: int, end: int) -> str | None:
    """The setting a passage states: "narrow format", "expanded format", "press conference"."""
    text = doc.text[start:end].lower().replace("\u00a0", " ")
    lex = lexicon()
    for setting, phrases in lex.settings.items():
        if any(p in text for p in phrases):
            return setting
    words = re.findall(r"[\w-]+", text)
    for n, w in enumerate(words):
        if w in lex.format_nouns:
            window = words[max(0, n - 4) : n]
            if any(x in lex.narrow for x in window):
                return "narrow format"
            if any(x in lex.expanded for x in window):
                return "expanded format"
    return None


_RELATIVE_TAIL: Final = re.compile(r",\s+(?:who|which|whose)\b[^,]*,\s*$")
# "He had earlier warned", "She also noted": a pronoun subject with auxiliaries and adverbs.
_PRONOUN: Final = re.compile(
    r"(?i:he|she)(?:\s+(?:had|has|have|also|then|later|earlier|further|again|once|"
    r"separately|subsequently))*"
)
# A comma or "and" between the items of a subject that lists people.
_LIST_JOIN: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


@functools.cache
def _speech_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon().speech_verbs)})\b")


def _quotes_near(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the quotes that overlap ``[start, end)`` (quotes are sorted by start)."""
    index = doc.quote_index
    if index is None:
        raise ParseError("speeches: the quote index was read before 'attribution' built it")
    quotes = index.quotes
    # A quote over several paragraphs starts before the block; look back a little.
    i = bisect.bisect_left(index.starts, start)
    out = [(q.start, q.end) for q in quotes[max(0, i - 3) : i] if q.end > start]
    for q in quotes[i:]:
        if q.start >= end:
            break
        out.append((q.start, q.end))
    return out


def _only_person(doc: Document, start: int, end: int) -> Person | None:
    """The one person named in ``[start, end)``; None when nobody or several are."""
    people = {id(p): p for _s, _e, p in doc.mentions_in(start, end)}
    return next(iter(people.values())) if len(people) == 1 else None


def _listed(doc: Document, start: int, end: int) -> list[Person]:
    """The people a subject lists ("A and B", "A, B, and C"), each item naming one of them.

    Empty unless every item of the list names a person, so that "A and the ministers" or a
    clause that merely mentions somebody is no list.
    """
    text = doc.text
    items: list[tuple[int, int]] = []
    pos = start
    for m in _LIST_JOIN.finditer(text, start, end):
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, end))
    if len(items) < 2:  # a list has two items at least
        return []
    out: list[Person] = []
    for a, z in items:
        who = _only_person(doc, a, z)
        if who is None:
            return []
        if who not in out:
            out.append(who)
    return out


_COMMA: Final = re.compile(r",\s+")
# The end of the sentence or clause before a verb: its subject starts after it.
_CLAUSE_STOP: Final = re.compile(r"[.!?;]\s+")
# The head of a relative clause ("Cyril Ramaphosa, who chaired the summit, said").
_RELATIVE_HEAD: Final = re.compile(r",\s+(?:who|which|whose)\b")
_WORD: Final = re.compile(r"\S+")
_ANY_COMMA: Final = re.compile(",")
#: How far before a verb its subject may start (characters): every window below is bounded.
_REACH: Final = 1000
#: A subject of more words than this is a clause, not a subject.
_SUBJECT_WORDS: Final = 14


class _Marks:
    """The clause stops and the commas of one paragraph.

    Found once per paragraph, so that "the last stop (or comma) before the verb" is a bisection
    for each verb, not a scan of the text before it.
    """

    __slots__ = ("all_commas", "commas", "stop_ends", "stops")

    def __init__(self, text: str, start: int, end: int) -> None:
        stops = list(_CLAUSE_STOP.finditer(text, start, end))
        self.stops = [m.start() for m in stops]
        self.stop_ends = [m.end() for m in stops]
        self.commas = [m.start() for m in _COMMA.finditer(text, start, end)]
        self.all_commas = [m.start() for m in _ANY_COMMA.finditer(text, start, end)]

    def last_stop_end(self, lo: int, hi: int) -> int | None:
        """The end of the last clause stop lying inside ``[lo, hi)``."""
        k = bisect.bisect_right(self.stop_ends, hi)
        return self.stop_ends[k - 1] if k and self.stops[k - 1] >= lo else None

    def last_comma(self, lo: int, hi: int) -> int | None:
        """The last comma followed by white space inside ``[lo, hi)`` (that space too)."""
        k = bisect.bisect_left(self.commas, hi - 1)
        return self.commas[k - 1] if k and self.commas[k - 1] >= lo else None


def _space_to(text: str, at: int, end: int) -> int:
    """The end of the white space starting at ``at``, at most ``end``."""
    while at < end and text[at].isspace():
        at += 1
    return at


def _relative_start(text: str, marks: _Marks, s: int, at: int) -> int | None:
    r"""Where a relative clause ending right before ``at`` starts (", who ..., said").

    What ``,\s+(?:who|which|whose)\b[^,]*,\s*$`` searched in ``text[s:at]`` finds, found from
    the end: the last comma before ``at`` with only white space after it, and the comma before.
    """
    j = at
    while j > s and text[j - 1].isspace():
        j -= 1
    if j <= s or text[j - 1] != ",":
        return None
    k = bisect.bisect_left(marks.all_commas, j - 1)
    if not k or marks.all_commas[k - 1] < s:
        return None
    head = marks.all_commas[k - 1]
    return head if _RELATIVE_HEAD.match(text, head, at) else None


def _more_words(text: str, start: int, end: int, n: int) -> bool:
    """Whether ``text[start:end]`` holds more than ``n`` words (counting stops at ``n + 1``)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, start, end), n + 1)) > n


def _subject(doc: Document, marks: _Marks, s: int, end: int) -> tuple[int, int]:
    """The subject before a verb at ``end``, within the clause that starts at ``s``.

    The part after the last comma, or a list of people running back over its commas ("A, B,
    and C said"); when the verb follows a comma, the part before the parenthetical ("X, UN
    envoy on climate, noted", "X, declaring that ..., underlined").
    """
    text = doc.text
    comma = marks.last_comma(max(s, end - 79), end)
    if comma is None:  # none, or too far back: a clause, not a paragraph
        return (s, end)
    after = _space_to(text, comma + 1, end)
    if after >= end:
        # The verb right after a comma: the subject is before the parenthetical.
        before = marks.last_comma(s, comma)
        return (s, before) if before is not None else (s, end)
    start = after
    if text.startswith("and ", start):
        # The last item of a list: run back while each earlier item names a person. Each item
        # is a word at least, so a list longer than a subject is cut short (it is no subject).
        stop = comma
        for _ in range(_SUBJECT_WORDS + 1):
            prev = marks.last_comma(s, stop)
            a = _space_to(text, prev + 1, stop) if prev is not None else s
            if _only_person(doc, a, stop) is None:
                break
            start = a
            if prev is None:
                break
            stop = prev
    return (start, end)


def reported_speakers(doc: Document, block: Block) -> list[tuple[Person, int, int]]:
    """People reported as speaking in a paragraph ("the President of Russia said that ...")."""
    text = doc.text
    lex = lexicon()
    found: list[tuple[Person, int, int]] = []
    cues = doc.cue_index()
    if not cues.overlapping(block.start, block.end) & cues.bit("speeches.verbs"):
        return found  # no reported-speech verb in the paragraph ([cues.speeches] in lexicon.toml)
    quoted = _quotes_near(doc, block.start, block.end)
    # Quote ends in order, with a running maximum, so "the last quote closed before the verb"
    # is a bisection, not a scan.
    ordered = sorted(quoted, key=lambda span: span[1])
    ends = [e for _s, e in ordered]
    hits = [
        at
        for m in _speech_verbs().finditer(text, block.start, block.end)
        if not doc.touches_speech(at := m.start(), at + 1)
    ]
    if not hits:
        return found
    marks = _Marks(text, block.start, block.end)
    for at in hits:
        # The subject: the clause before the verb, from the sentence start or the last comma,
        # at most _REACH characters back.
        lo = max(block.start, at - _REACH)
        stop = marks.last_stop_end(lo, at)
        s = stop if stop is not None else lo
        # Words inside a quote before the verb are not its subject.
        k = bisect.bisect_left(ends, at)
        if k:
            s = max(s, ends[k - 1] + 1)
        # "Cyril Ramaphosa, who chaired the summit, said ...": the subject is before the
        # relative clause.
        relative = _relative_start(text, marks, s, at)
        end = relative if relative is not None else at
        clause = _subject(doc, marks, s, end)
        if _more_words(text, *clause, _SUBJECT_WORDS):
            continue
        listed = _listed(doc, *clause)
        if listed:
            # "Energy Secretary A and Commerce Secretary B emphasized": each of them speaks.
            found.extend((p, block.start, block.end) for p in listed)
            continue
        who = person_in(doc, *clause)
        if who is None:
            subject = " ".join(text[clause[0] : clause[1]].split())
            if _PRONOUN.fullmatch(subject):
                who = _antecedent(doc, block, clause[0], found)
            elif subject.lower() in lex.protagonist_roles:
                who = protagonist_as(doc, subject)
        if who is not None:
            found.append((who, block.start, block.end))
    return found


def _antecedent(
    doc: Document, block: Block, at: int, found: list[tuple[Person, int, int]]
) -> Person | None:
    """Who "he" or "she" at ``at`` is: the paragraph's last speaker, else the one person named.

    The one person named before it in the paragraph, or, for a paragraph that opens with the
    pronoun, in the paragraph before (same section). Two or more candidates: nobody.
    """
    if found:
        return found[-1][0]
    if doc.mentions_in(block.start, at):
        return _only_person(doc, block.start, at)
    n = block.index - 1
    while 0 <= n < len(doc.blocks) and doc.blocks[n].kind not in BODY_KINDS:
        n -= 1  # a caption or page furniture between the two paragraphs
    if n < 0 or n >= len(doc.blocks) or doc.blocks[n].section != block.section:
        return None
    return _only_person(doc, doc.blocks[n].start, doc.blocks[n].end)


def build_speeches(doc: Document) -> None:
    """Group the quotes and the reported speech of each section by speaker."""
    claimed = doc.meeting_blocks
    settings: dict[int, str] = {}
    by_section: dict[int, list[QuoteDraft]] = {}
    for q in doc.quotes:
        by_section.setdefault(q.block.section, []).append(q)
    for section in doc.sections:
        order: list[Person] = []
        spans: dict[int, list[int]] = {}
        quotes: dict[int, list[QuoteDraft]] = {}
        # Words of a document, or of someone the cue names but the text does not identify:
        # the speech of nobody in particular.
        nobody: list[QuoteDraft] = []
        for q in by_section.get(section.index, ()):
            if q.kind == "document" or (
                q.kind == "speech"
                and not _takes_part(q.speaker)
                and (q.cue is not None or q.how == NOBODY)
            ):
                nobody.append(q)
                continue
            if q.kind != "speech" or not _takes_part(q.speaker):
                continue
            p = q.speaker
            if id(p) not in spans:
                order.append(p)
                spans[id(p)] = [q.start, q.end]
            quotes.setdefault(id(p), []).append(q)
            spans[id(p)][1] = max(spans[id(p)][1], q.end)
        for b in section.blocks:
            if b.kind not in BODY_KINDS or b.kind is BlockKind.TURN or b.index in claimed:
                continue
            for p, s, e in reported_speakers(doc, b):
                if not _takes_part(p):
                    continue
                if id(p) not in spans:
                    order.append(p)
                    spans[id(p)] = [s, e]
                spans[id(p)][0] = min(spans[id(p)][0], s)
                spans[id(p)][1] = max(spans[id(p)][1], e)
        topic = None
        if section.heading is not None:
            h = section.heading
            topic = " ".join(doc.text[h.start : h.end].split())
        if nobody:
            doc.speeches.append(
                SpeechDraft(None, section, nobody[0].start, nobody[-1].end, nobody, topic=topic)
            )
        for p in order:
            start, end = spans[id(p)]
            if section.heading is not None:
                start, end = section.start, section.end
            setting = _setting_for(doc, section, quotes.get(id(p), [])) or _press(
                doc, section, *spans[id(p)]
            )
            if setting is None:
                setting = settings.get(id(p))
            else:
                settings[id(p)] = setting
            doc.speeches.append(
                SpeechDraft(
                    p,
                    section,
                    start,
                    end,
                    quotes=quotes.get(id(p), []),
                    setting=setting,
                    topic=topic,
                )
            )


def _takes_part(p: Person | None) -> TypeGuard[Person]:
    """Whether ``p`` is a participant a speech may name.

    Someone found but taking no part (a former leader, a name never confirmed) is not: their
    quotes are kept as nobody's in particular.
    """
    return p is not None and p.weight >= 1


def _press(doc: Document, section: Section, start: int, end: int) -> str | None:
    """The press conference the paragraphs of a speaker's words place them at, or None.

    "told reporters", "During a news conference with X, he ...".
    """
    lex = lexicon()
    text = doc.text
    for b in section.blocks:
        if b.end <= start or b.start >= end or b.kind not in BODY_KINDS:
            continue
        block = text[b.start : b.end].lower()
        if any(p in block for p in lex.press_phrases):
            return "press conference"
    return None


def _setting_for(doc: Document, section: Section, quotes: list[QuoteDraft]) -> str | None:
    if section.heading is not None:
        found = find_setting(doc, section.heading.start, section.heading.end)
        if found:
            return found
    for q in quotes:
        if q.cue is not None:
            found = find_setting(doc, *q.cue)
            if found:
                return found
    return None
