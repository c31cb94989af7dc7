"""Side meetings: bilateral talks on the sidelines, with topics and what was agreed.

A meeting is reported by a cue ("a bilateral meeting of A and B", "A met with B", "A had brief
talks with B, C and D") naming the people. Talks with several people one after another are one
bilateral meeting each. Reports of the same meeting (a caption, the lead, a paragraph of its own)
merge by their participants. The paragraphs after the cue in the same section give the topics
("discussed X", "touched upon X") and what was agreed ("It was agreed to X", "B proposed X").
"""

from __future__ import annotations

import re
from typing import Final

from .._document import BODY_KINDS, Block, BlockKind, Document, MeetingDraft, Person
from ..mentions.lexicon import lexicon
from ..resolution.speakers import person_in

__all__ = ["find_meetings"]

_WITH: Final = re.compile(
    r"\b(?:met|meets|meeting)\s+with\b|\b(?:had|held)\s+(?:\w+\s+){0,2}(?:talks|meetings?|"
    r"conversations?)\s+with\b|\btalks\s+with\b",
    re.IGNORECASE,
)
_BILATERAL: Final = re.compile(
    r"\b(?:a|the)\s+(?:bilateral|one-on-one|separate)\s+(?:meeting|talks)\s+(?:of|between)\b",
    re.IGNORECASE,
)


def _people_in(doc: Document, s: int, e: int) -> list[Person]:
    found: list[tuple[int, Person]] = []
    for p in doc.people:
        starts = [ms for ms, me in p.mentions if s <= ms and me <= e]
        if starts:
            found.append((min(starts), p))
    resolved = doc.extra.get("description_person", {})
    for d in doc.extra.get("descriptions", []):
        if s <= d.start and d.end <= e and id(d) in resolved:
            p = resolved[id(d)]
            if all(p is not q for _, q in found):
                found.append((d.start, p))
    found.sort(key=lambda x: x[0])
    return [p for _, p in found]


def _sentence_bounds(text: str, pos: int, b: Block) -> tuple[int, int]:
    s = pos
    while s > b.start and not (text[s - 1] == "." and text[s].isspace()):
        s -= 1
    m = re.compile(r"\.(?=\s|$)").search(text, pos, b.end)
    return s, (m.start() if m else b.end)


def find_meetings(doc: Document) -> None:
    """Find side meetings and what they discussed and agreed."""
    text = doc.text
    lex = lexicon()
    reports: list[tuple[list[Person], int, int, Block]] = []
    blocks = [b for b in doc.blocks if (b.kind in BODY_KINDS and b.kind is not BlockKind.TURN)
              or b.kind is BlockKind.CAPTION]
    for b in blocks:
        for m in _BILATERAL.finditer(text, b.start, b.end):
            s, e = _sentence_bounds(text, m.start(), b)
            people = _people_in(doc, m.end(), e)
            if len(people) >= 2:
                reports.append((people[:2], s, e, b))
        for m in _WITH.finditer(text, b.start, b.end):
            s, e = _sentence_bounds(text, m.start(), b)
            subject = person_in(doc, s, m.start()) or _protagonist_if_described(doc, s, m.start())
            others = [p for p in _people_in(doc, m.end(), e) if p is not subject]
            if subject is None or not others:
                continue
            for other in others:
                reports.append(([subject, other], s, e, b))
    merged: dict[frozenset[int], MeetingDraft] = {}
    sources: dict[int, list[Block]] = {}
    for people, s, e, b in reports:
        key = frozenset(id(p) for p in people)
        mt = merged.get(key)
        if mt is None:
            mt = MeetingDraft(s, e, people=list(people))
            merged[key] = mt
            sources[id(mt)] = []
        sources[id(mt)].append(b)
    claimed: set[int] = set()
    for mt in merged.values():
        # The fullest report: a body paragraph that opens with the meeting, with what follows.
        best = None
        for b in sources[id(mt)]:
            if b.kind is BlockKind.CAPTION:
                continue
            follow = _following(doc, b)
            if best is None or len(follow) > len(best):
                best = [b, *follow]
        if best:
            mt.start, mt.end = best[0].start, best[-1].end
            if len(best) > 1 or _opens_with_meeting(doc, best[0]):
                claimed.update(x.index for x in best)
            _topics_and_agreements(doc, mt, best, lex.meeting_topics, lex.meeting_agreed)
        doc.meetings.append(mt)
    doc.extra["meeting_blocks"] = claimed
    doc.meetings.sort(key=lambda m: m.start)


def _opens_with_meeting(doc: Document, b: Block) -> bool:
    """Whether the paragraph's first sentence reports the meeting."""
    text = doc.text
    first = re.match(r"[^.!?]*[.!?]", text[b.start : b.end])
    head = first.group() if first else text[b.start : b.end]
    return bool(_BILATERAL.search(head) or _WITH.search(head))


def _protagonist_if_described(doc: Document, s: int, e: int) -> Person | None:
    phrase = " ".join(doc.text[s:e].split()).lower()
    if doc.protagonist is not None and re.search(r"\b(?:president|leader|head of state|prime minister)\s*$", phrase):
        return doc.protagonist
    return None


def _following(doc: Document, b: Block) -> list[Block]:
    """The paragraphs after ``b`` in its section when ``b`` opens the section's report."""
    if b.kind not in BODY_KINDS:
        return []
    section = next((s for s in doc.sections if s.index == b.section), None)
    if section is None or section.heading is not None:
        return []
    body = [x for x in section.blocks if x.kind in BODY_KINDS]
    if not body or body[0] is not b:
        return []
    # Only where paragraphs run line after line is a section one report; where every paragraph
    # stands between blank lines, the paragraphs after a meeting are about other things.
    follow = body[1:]
    if any(x.gap_before for x in follow):
        return []
    return follow


def _topics_and_agreements(doc: Document, mt: MeetingDraft, blocks: list[Block],
                           topic_cues: tuple[str, ...], agreed_cues: tuple[str, ...]) -> None:
    text = doc.text
    topic_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(topic_cues, key=len, reverse=True)) + r")\s+(?:in\s+detail\s+)?", re.IGNORECASE)
    agreed_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(agreed_cues, key=len, reverse=True)) + r")\s+", re.IGNORECASE)
    for b in blocks:
        for m in topic_re.finditer(text, b.start, b.end):
            end = re.compile(r"\.(?=\s|$)|\s+—\s+|;").search(text, m.end(), b.end)
            seg = text[m.end() : end.start() if end else b.end]
            for part in re.split(r",\s+and\s+|\s+and\s+|,\s+", seg):
                part = re.sub(r"^(?:the\s+most\s+important\s+matters\s+of\s+|matters\s+of\s+|issues\s+of\s+)", "", part.strip())
                if part and len(part.split()) <= 14:
                    mt.topics.append(" ".join(part.split()))
        for m in agreed_re.finditer(text, b.start, b.end):
            end = re.compile(r"\.(?=\s|$)").search(text, m.end(), b.end)
            seg = " ".join(text[m.end() : end.start() if end else b.end].split())
            if seg:
                mt.agreements.append(seg)
