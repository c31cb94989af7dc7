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
from ._text import alternation, block_sentences, norm

__all__ = ["find_meetings"]

_WITH: Final = re.compile(
    r"\b(?:met|meets|meeting)\s+(?:today\s+|yesterday\s+|separately\s+|briefly\s+|also\s+)?with\b|\b(?:had|held)\s+(?:\w+\s+){0,2}(?:talks|meetings?|"
    r"conversations?)\s+with\b|\btalks\s+with\b|"
    # "Xi met Modi", "Ramaphosa also met Brazilian President Lula": met and a name.
    r"\b(?-i:met|meets)\s+(?=(?-i:[A-Z])|(?:his|her)\s)",
    re.IGNORECASE,
)
_BILATERAL: Final = re.compile(
    r"\b(?:a|the)\s+(?:bilateral|one-on-one|separate)\s+(?:meeting|talks)\s+(?:of|between)\b",
    re.IGNORECASE,
)


def _people_in(doc: Document, s: int, e: int) -> list[Person]:
    found: list[tuple[int, Person]] = []
    for ms, _me, p in doc.mentions_in(s, e):
        if all(p is not q for _, q in found):
            found.append((ms, p))
    resolved = doc.extra.get("description_person", {})
    for d in doc.extra.get("descriptions", []):
        if s <= d.start and d.end <= e and id(d) in resolved:
            p = resolved[id(d)]
            if all(p is not q for _, q in found):
                found.append((d.start, p))
    found.sort(key=lambda x: x[0])
    return [p for _, p in found]


# "the Quad’s respective heads of development-financing agencies met to discuss X".
_OFFICIALS_MET: Final = re.compile(
    r"\b(?:heads|ministers|officials|representatives|delegations|envoys|sherpas|chiefs)\b"
    r"[^.;]{0,80}?\bmet\s+(?:to\s+discuss|on|in\s+order\s+to\s+discuss)\s+(?P<topic>[^.;]+)"
)
_GROUPS: Final = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)\s+(?:diplomats|officials|delegations|"
    r"leaders|ministers|negotiators|sides)\s+(?:held\s+talks|met|exchanged\s+(?:opinions|views))\b"
)


def find_meetings(doc: Document) -> None:
    """Find side meetings and what they discussed and agreed."""
    text = doc.text
    kb = doc.knowledge
    reports: list[tuple[list[Person], int, int, Block]] = []
    blocks = [
        b
        for b in doc.blocks
        if (b.kind in BODY_KINDS and b.kind is not BlockKind.TURN) or b.kind is BlockKind.CAPTION
    ]
    unnamed: list[MeetingDraft] = []
    for b in blocks:
        for s, e in block_sentences(doc, b.start, b.end):
            for m in _BILATERAL.finditer(text, s, e):
                people = _people_in(doc, m.end(), e)
                if len(people) >= 2:
                    reports.append((people[:2], s, e, b))
            for m in _WITH.finditer(text, s, e):
                subject = person_in(doc, s, m.start()) or _protagonist_if_described(
                    doc, s, m.start()
                )
                met = _people_in(doc, m.end(), e)
                if subject is not None and subject in met:
                    # Nobody meets themselves: "The Prime Minister met Prime Minister X" was
                    # resolved to X for want of another prime minister, and means someone else.
                    subject = None
                others = [p for p in met if p is not subject]
                if not others:
                    continue
                if subject is None:
                    # "The Prime Minister met Italian Prime Minister X": the actor is someone
                    # the report describes but never names; the meeting has X alone.
                    if _described_actor(doc, s, m.start()):
                        reports.extend(([other], s, e, b) for other in others)
                    continue
                reports.extend(([subject, other], s, e, b) for other in others)
            # "Russian and Danish diplomats exchanged opinions ...": a meeting of two sides whose
            # people the text does not name.
            for m in _OFFICIALS_MET.finditer(text, s, e):
                mt = MeetingDraft(b.start, b.end)
                mt.topics.append(norm(m["topic"]))
                rest = text[e : b.end]
                for will in re.finditer(r"\b(?:agreed\s+to|decided\s+to|will)\s+([^.;—]+)", rest):
                    mt.agreements.append(norm(will.group(1)))
                unnamed.append(mt)
            for m in _GROUPS.finditer(text, s, e):
                if kb.country_by_demonym(m["a"]) and kb.country_by_demonym(m["b"]):
                    mt = MeetingDraft(b.start, b.end)
                    rest = text[e : b.end]
                    for agreed in re.finditer(r"\b(?:agreed|decided)\s+to\s+([^.]+)", rest):
                        mt.agreements.extend(_items(agreed.group(1)))
                    unnamed.append(mt)
    merged: dict[frozenset[int], MeetingDraft] = {}
    sources: dict[int, list[tuple[Block, int]]] = {}
    for people, s, _e, b in reports:
        key = frozenset(id(p) for p in people)
        found = merged.get(key)
        if found is None:
            mt = MeetingDraft(s, _e, people=list(people), bilateral=len(people) == 1)
            merged[key] = mt
            sources[id(mt)] = []
        else:
            mt = found
        sources[id(mt)].append((b, s))
    claimed: set[int] = set()
    for mt in merged.values():
        # The fullest report: a body paragraph that opens with the meeting, with what follows.
        best: list[Block] | None = None
        cue_at = mt.start
        for b, s in sources[id(mt)]:
            if b.kind is BlockKind.CAPTION:
                continue
            follow = _following(doc, b, mt.people) if _opens_with_meeting(doc, b) else []
            if best is None or len(follow) + 1 > len(best):
                best, cue_at = [b, *follow], s
        if best:
            mt.start, mt.end = best[0].start, best[-1].end
            if len(best) > 1 or _opens_with_meeting(doc, best[0]):
                claimed.update(x.index for x in best)
            _topics_and_agreements(doc, mt, best, cue_at)
        doc.meetings.append(mt)
    doc.meetings.extend(unnamed)
    doc.extra["meeting_blocks"] = claimed
    doc.meetings.sort(key=lambda m: m.start)


def _items(phrase: str) -> list[str]:
    parts = re.split(r",?\s+and\s+(?=[a-z-]+\s)", phrase.strip())
    return [norm(p) for p in parts if p.strip()]


def _opens_with_meeting(doc: Document, b: Block) -> bool:
    """Whether the paragraph's first sentence reports the meeting."""
    text = doc.text
    spans = block_sentences(doc, b.start, b.end)
    head = text[spans[0][0] : spans[0][1]] if spans else text[b.start : b.end]
    return bool(_BILATERAL.search(head) or _WITH.search(head))


def _described_actor(doc: Document, s: int, e: int) -> bool:
    """Whether one person is described (a title, no name) just before a meeting verb."""
    for d in doc.extra.get("descriptions", []):
        if s <= d.start and d.end <= e and not d.plural and not doc.text[d.end : e].strip():
            return True
    return False


def _protagonist_if_described(doc: Document, s: int, e: int) -> Person | None:
    phrase = " ".join(doc.text[s:e].split()).lower()
    if doc.protagonist is not None and re.search(
        r"\b(?:president|leader|head of state|prime minister)\s*$", phrase
    ):
        return doc.protagonist
    return None


_GOES_ON: Final = re.compile(
    r"(?:It\s+was\s+(?:noted|agreed|decided|stressed|emphasi[sz]ed|underlined|pointed\s+out)|"
    r"The\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|sides|parties|interlocutors|"
    r"two\s+sides)|Both\s+(?:leaders|sides|presidents)|They\b)",
    re.IGNORECASE,
)


def _following(doc: Document, b: Block, people: list[Person]) -> list[Block]:
    """The paragraphs after ``b`` that go on reporting the meeting ``b`` opens.

    Where paragraphs run line after line, the rest of the section is the report. Where each
    paragraph stands alone (between blank lines, or as HTML blocks), the report goes on while
    the paragraphs name the people who met or carry on with "It was agreed", "The two leaders".
    """
    if b.kind not in BODY_KINDS:
        return []
    by_index = doc.extra.get("_sections_by_index")
    if by_index is None:
        by_index = {s.index: s for s in doc.sections}
        doc.extra["_sections_by_index"] = by_index
    section = by_index.get(b.section)
    if section is None:
        return []
    body = [x for x in section.blocks if x.kind in BODY_KINDS]
    if b not in body:
        return []
    rest = body[body.index(b) + 1 :]
    if body[0] is b and section.heading is None and rest and not any(x.gap_before for x in rest):
        return rest
    follow = []
    for x in rest:
        if x.kind is BlockKind.TURN:
            break
        named = any(x.start <= s < x.end for p in people for s, _e in p.mentions)
        if not (named or _GOES_ON.match(doc.text, x.start)):
            break
        follow.append(x)
    return follow


_TOPIC_LEAD: Final = re.compile(
    r"^(?:the\s+most\s+important\s+matters\s+of\s+|matters\s+of\s+|issues\s+of\s+|"
    r"(?:also\s+)?(?:discussed|touched\s+upon|considered|reviewed)\s+(?:in\s+detail\s+)?)"
)


# A participle and "that" or "to" opens a clause, not a topic: "adding that", "hoping to".
_CLAUSE: Final = re.compile(r"[a-z]+ing\s+(?:that|to)\b")


def _topics_and_agreements(
    doc: Document, mt: MeetingDraft, blocks: list[Block], cue_at: int
) -> None:
    """Fill a meeting's topics ("discussed X and Y") and agreements ("It was agreed to X")."""
    lex = lexicon()
    text = doc.text
    if len(blocks) == 1:
        # A single paragraph: only what follows the sentence that reports the meeting.
        blocks = [Block(max(cue_at, blocks[0].start), blocks[0].end, blocks[0].kind)]
    topic_re = re.compile(
        rf"\b(?:{alternation(lex.meeting_topics)})\s+(?:in\s+detail\s+)?", re.IGNORECASE
    )
    agreed_re = re.compile(rf"\b(?:{alternation(lex.meeting_agreed)})\s+", re.IGNORECASE)
    for b in blocks:
        for m in topic_re.finditer(text, b.start, b.end):
            fronted = m.group().split()[0].lower().endswith("ing")
            if fronted and text[b.start : m.start()].strip():
                continue  # "looked forward to discussing ...": not what the meeting discussed
            # "Discussing X, the Prime Minister urged ...": a fronted clause ends at its comma.
            stop = r"\.(?=\s|$)|\s+—\s+|;|," if fronted else r"\.(?=\s|$)|\s+—\s+|;"
            end = re.compile(stop).search(text, m.end(), b.end)
            seg = text[m.end() : end.start() if end else b.end]
            for raw in re.split(r",\s+and\s+|\s+and\s+|,\s+", seg):
                if _CLAUSE.match(raw.strip()):
                    break  # "..., adding that he ...": the list is over, a clause goes on
                topic = norm(_TOPIC_LEAD.sub("", raw.strip()))
                if topic and len(topic.split()) <= 14 and topic not in mt.topics:
                    mt.topics.append(topic)
        for m in agreed_re.finditer(text, b.start, b.end):
            end = re.compile(r"\.(?=\s|$)").search(text, m.end(), b.end)
            seg = norm(text[m.end() : end.start() if end else b.end])
            if seg and seg not in mt.agreements:
                mt.agreements.append(seg)
