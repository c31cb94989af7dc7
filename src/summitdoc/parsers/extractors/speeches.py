"""Speeches: one per speaker per section, from quotes and from reported speech.

A section's heading is the speech's topic. The setting ("narrow format", "expanded format",
"press conference") is taken from the heading or from the sentences that introduce the speech,
and carries over to the speaker's later speeches until another one is stated.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

from .._document import BODY_KINDS, BlockKind, Document, Person, QuoteDraft, Section, SpeechDraft
from ..mentions.lexicon import lexicon
from ..resolution.speakers import person_in
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


@functools.cache
def _speech_verbs() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon().speech_verbs)})\b")


def _quotes_near(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the quotes that overlap ``[start, end)`` (quotes are sorted by start)."""
    starts = doc.extra.get("_quote_starts")
    if starts is None or len(starts) != len(doc.quotes):
        starts = [q.start for q in doc.quotes]
        doc.extra["_quote_starts"] = starts
    # A quote over several paragraphs starts before the block; look back a little.
    i = bisect.bisect_left(starts, start)
    out = [(q.start, q.end) for q in doc.quotes[max(0, i - 3) : i] if q.end > start]
    for q in doc.quotes[i:]:
        if q.start >= end:
            break
        out.append((q.start, q.end))
    return out


def reported_speakers(doc: Document, block: Block) -> list[tuple[Person, int, int]]:
    """People reported as speaking in a paragraph ("the President of Russia said that ...")."""
    text = doc.text
    lex = lexicon()
    found: list[tuple[Person, int, int]] = []
    quoted = _quotes_near(doc, block.start, block.end)
    # Quote ends in order, with a running maximum, so "the last quote closed before the verb"
    # is a bisection, not a scan.
    ordered = sorted(quoted, key=lambda span: span[1])
    ends = [e for _s, e in ordered]
    hits = [
        m
        for m in _speech_verbs().finditer(text, block.start, block.end)
        if not doc.touches_speech(m.start(), m.start() + 1)
    ]
    for h in hits:
        # The subject: the clause before the verb, from the sentence start or the last comma.
        at = h.start()
        s = max(text.rfind(". ", max(block.start, at - 1000), at) + 2, block.start)
        # Words inside a quote before the verb are not its subject.
        k = bisect.bisect_left(ends, at)
        if k:
            s = max(s, ends[k - 1] + 1)
        # "Cyril Ramaphosa, who chaired the summit, said ...": the subject is before the
        # relative clause.
        relative = _RELATIVE_TAIL.search(text, s, at)
        end = relative.start() if relative else at
        comma = text.rfind(", ", s, end)
        clause = (comma + 2 if comma >= 0 and end - comma < 80 else s, end)
        if len(text[clause[0] : clause[1]].split()) > 14:
            continue
        who = person_in(doc, *clause)
        if who is None:
            subject = " ".join(text[clause[0] : clause[1]].split()).lower()
            if subject in ("he", "she") and found:
                who = found[-1][0]
            elif doc.protagonist is not None and subject in lex.protagonist_roles:
                who = doc.protagonist
        if who is not None:
            found.append((who, block.start, block.end))
    return found


def build_speeches(doc: Document) -> None:
    """Group the quotes and the reported speech of each section by speaker."""
    claimed = doc.extra.get("meeting_blocks", set())
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
                q.kind == "speech" and q.speaker is None and q.cue is not None
            ):
                nobody.append(q)
                continue
            if q.kind != "speech" or q.speaker is None:
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
            setting = _setting_for(doc, section, quotes.get(id(p), []))
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
