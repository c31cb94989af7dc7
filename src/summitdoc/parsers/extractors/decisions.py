"""Decisions: what the summit decided, signed, passed, awarded, instituted or declared.

Sentences are read for decision cues ("It was decided that ...", "A decision was made in favour
of ...", "passed a treaty on ...", "The documents signed include resolutions on ...; on ...") and
for presidency hand-overs and designations. Enumerations split into one decision per item. The
kind comes from the item's head noun ("agreement", "programme", "medal", ...), as listed in
``lexicon.toml``.
"""

from __future__ import annotations

import re
from typing import Final

from .._document import BODY_KINDS, Block, BlockKind, DecisionDraft, Document
from ..mentions.lexicon import lexicon

__all__ = ["classify_decision", "find_decisions", "split_items"]

_YEAR: Final = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CLAUSE_CUT: Final = re.compile(
    r",?\s+(?:in recognition of|in order to|so as to|to note|to mark|which\b|who\b|whereby\b|"
    r"aimed at|with the aim of|in connection with the|as a result of)|,\s+(?:the|this|it)\s|"
    r"[.;:](?=\s|$)|\n"
)
_DOCS: Final = (
    r"(?:(?:a|an|the)\s+(?:number|package|set|series)\s+of\s+(?:joint\s+)?documents|(?:other\s+)?"
    r"(?:joint\s+)?documents|the\s+documents|resolutions|decisions|agreements)"
)
# "X include A, B and C" / "X concern A; B" / "among them A; B".
_ENUMERATION: Final = re.compile(
    rf"\b{_DOCS}(?:\s+[\w’'-]+){{0,6}}?\s+(?:include|included|including|concern|concerned|"
    r"deal\s+with|dealt\s+with|cover|covered)\s+|,?\s+among\s+them\s+",
    re.IGNORECASE,
)
_SIGNED: Final = re.compile(
    r"\b(?:passed|signed|adopted|approved|concluded|ratified|endorsed|initialled|inked)\s+"
    r"(?:a\s+package\s+of\s+documents,?\s+including\s+)?(?=(?:a|an|the)\s|resolutions?\s|"
    r"agreements?\s|documents?\s|decisions?\s|treaty|memorand)",
    re.IGNORECASE,
)
_DECIDED: Final = re.compile(
    r"\b(?:it\s+was\s+decided\s+(?:that|to)|a\s+decision\s+was\s+(?:made|taken)\s+"
    r"(?:in\s+favou?r\s+of|to)|(?:approved|adopted)\s+(?:the|a)\s+decision\s+(?:on|to)|"
    r"decided\s+to|agreed\s+to)\s+",
    re.IGNORECASE,
)
_INSTITUTED: Final = re.compile(
    r"\b(?:instituted|established|set\s+up|created|founded|launched|inaugurated|inaugurating|"
    r"launching)\s+(?=(?:a|an|the|two|three|new)\s)",
    re.IGNORECASE,
)
_DECLARED: Final = re.compile(
    r"\b(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+(?:declared|designated|named|"
    r"proclaimed|given\s+the\s+status\s+of)\b",
    re.IGNORECASE,
)
_PRESIDENCY: Final = re.compile(
    r"\b(?:presidency|chairmanship|presides?\s+over|will\s+preside|chairman\s+of\s+the)\b",
    re.IGNORECASE,
)
_AWARD: Final = re.compile(r"\b(?:awarded|conferred)\s+(?=[A-Z])")
_ADOPTION: Final = re.compile(
    r"\b(?:adoption|signing|approval)\s+of\s+(?:the\s+)?(?:documents?|resolutions?|agreements?|"
    r"decisions?)\s+on\s+",
    re.IGNORECASE,
)
_ITEM_START: Final = re.compile(
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:agreement|treaty|programme|program|plan|strategy|"
    r"memorandum|resolution|decision|declaration|convention|protocol|directive|concept|"
    r"statement|roadmap)|on\s|resolutions?\s+on\s|decisions?\s+on\s)",
    re.IGNORECASE,
)


def classify_decision(text: str) -> str:
    """The decision kind of an item, from its head noun (first) or any cue word in it."""
    lex = lexicon()
    low = text.lower()
    head = " ".join(low.split()[:5])
    order = ("presidency", "award", "treaty", "agreement", "programme", "designation",
             "establishment")
    for words in (head, low):
        for kind in order:
            for cue in lex.decision_heads.get(kind, ()):
                if re.search(rf"\b{re.escape(cue)}\b", words):
                    return kind
    return "other"


def split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split an enumeration into items (spans), on ``;`` or on commas before a new item."""
    seg = text[start:end]
    cuts: list[tuple[int, int]] = []
    if ";" in seg:
        pieces = _split_at(seg, r";\s*(?:and\s+|as\s+well\s+as\s+)?")
    else:
        pieces = _split_at(
            seg,
            r",\s*(?:and\s+|as\s+well\s+as\s+)?(?=" + _ITEM_START.pattern + r")|,?\s+as\s+well\s+as\s+"
            r"|\s+and\s+(?=on\s)",
        )
    for a, b in pieces:
        s, e = start + a, start + b
        # Each item may itself say "on A and on B".
        sub = _split_at(text[s:e], r",?\s+and\s+(?=on\s)|,\s+and\s+(?=\d{4}\b)")
        for c, d in sub:
            cuts.append((s + c, s + d))
    out = []
    for s, e in cuts:
        s, e = _strip_item(text, s, e)
        if e > s:
            out.append((s, e))
    return out


def _split_at(seg: str, pattern: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(pattern, seg, re.IGNORECASE):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(seg)))
    return out


def _strip_item(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    m = re.match(r"(?:as\s+well\s+as\s+|and\s+|resolutions?\s+on\s+|decisions?\s+on\s+|on\s+)",
                 text[s:e], re.IGNORECASE)
    if m:
        s += m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.–—-"):
        e -= 1
    return s, e


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _CLAUSE_CUT.search(text, pos, limit)
    return m.start() if m else limit


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"\.(?=\s|$)|\n").search(text, pos, limit)
    return m.start() if m else limit


def _year(text: str) -> int | None:
    years = _YEAR.findall(text)
    return int(years[0]) if len(set(years)) == 1 else None


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken: list[tuple[int, int]] = []

    def add(self, s: int, e: int, kind: str | None = None, subject: str | None = None,
            year: int | None = None) -> None:
        s, e = _strip_item(self.text, s, e)
        if e - s < 3 or any(a < e and s < b for a, b in self.taken):
            return
        item = self.text[s:e]
        if kind is None:
            kind = classify_decision(item)
        if year is None and kind in ("presidency", "designation"):
            year = _year(item)
        if subject is None:
            subject = _subject(self.doc, s, e, kind)
        self.taken.append((s, e))
        self.doc.decisions.append(DecisionDraft(s, e, kind, subject, year))

    def block(self, b: Block) -> None:
        text = self.text
        # Statements are found by their own extractor; their spans are left alone here.
        for m in _DECIDED.finditer(text, b.start, b.end):
            end = _clause_end(text, m.end(), b.end)
            self.add(m.end(), end)
        for m in _ENUMERATION.finditer(text, b.start, b.end):
            end = _sentence_end(text, m.end(), b.end)
            for s, e in split_items(text, m.end(), end):
                if not _is_statement(text[s:e]):
                    self.add(s, e)
        for m in _SIGNED.finditer(text, b.start, b.end):
            end = _sentence_end(text, m.end(), b.end)
            items = split_items(text, m.end(), end)
            for s, e in items:
                if not _is_statement(text[s:e]) and classify_decision(text[s:e]) != "other" or len(items) > 1:
                    if not _is_statement(text[s:e]):
                        self.add(s, _clause_end(text, s, e) if len(items) == 1 else e)
        for m in _INSTITUTED.finditer(text, b.start, b.end):
            end = _clause_end(text, m.end(), b.end)
            self.add(m.start(), end, kind="establishment")
        for m in _ADOPTION.finditer(text, b.start, b.end):
            end = _clause_end(text, m.end(), b.end)
            # "today’s adoption of documents on X will pave ..." keeps "adoption of documents on X".
            verb = re.search(r"\s+(?:will|would|has|have|is|are|was|were)\b", text[m.end() : end])
            self.add(m.start(), m.end() + verb.start() if verb else end, kind="other")
        for m in _DECLARED.finditer(text, b.start, b.end):
            s = _sentence_start(text, m.start(), b.start)
            e = _clause_end(text, m.end(), b.end)
            e = _sentence_end(text, m.end(), b.end) if e - m.end() < 10 else e
            self.add(s, _sentence_end(text, m.end(), b.end), kind="designation")
        for m in _AWARD.finditer(text, b.start, b.end):
            s = _sentence_start(text, m.start(), b.start)
            subj_start = m.start()
            e = _clause_end(text, m.end(), b.end)
            self.add(max(s, _subject_start(text, s, subj_start)), e, kind="award")
        for m in _PRESIDENCY.finditer(text, b.start, b.end):
            s = _sentence_start(text, m.start(), b.start)
            e = _sentence_end(text, m.end(), b.end)
            sentence = text[s:e]
            if re.search(r"\b(?:to|over)\s+(?:the\s+)?[A-Z]|\bwill\s+preside|\bpass(?:es)?\s+from\b",
                         sentence) and not re.search(r"\b(?:during|under)\b", sentence[:40]):
                self.add(s, e, kind="presidency")


def _subject_start(text: str, s: int, pos: int) -> int:
    # "During the meeting, Vladimir Putin awarded ...": the decision starts at the verb.
    return pos


def _sentence_start(text: str, pos: int, floor: int) -> int:
    k = pos
    while k > floor and not (text[k - 1] in ".\n" and (k >= len(text) or text[k].isspace())):
        k -= 1
    while k < pos and text[k].isspace():
        k += 1
    # Drop a leading adverbial: "In 2020, the rotating Presidency ..." keeps the main clause.
    m = re.match(r"(?:In\s+\d{4}|During\s+[^,]{0,60}|In\s+addition(?:\s+to\s+this)?|Also),\s+",
                 text[k:pos])
    if m:
        k += m.end()
    return k


def _is_statement(item: str) -> bool:
    low = item.lower().lstrip()
    return bool(re.match(r"(?:a\s+|the\s+)?(?:joint\s+)?(?:statement|declaration|appeal)\b", low))


def _subject(doc: Document, s: int, e: int, kind: str) -> str | None:
    text = doc.text
    item = text[s:e]
    hits = [h for h in doc.hits if s <= h.start and h.end <= e]
    if kind == "presidency":
        m = re.search(r"\bto\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", item)
        if m:
            return m.group(1)
        for h in hits:
            if h.has("country"):
                return " ".join(text[h.start : h.end].split())
        return None
    if kind == "award":
        for p in doc.people:
            for ms, me in p.mentions:
                if s <= ms and me <= e:
                    return p.name
        return None
    if kind == "designation":
        m = re.match(r"(?:The\s+)?(?:city|town|region)\s+of\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", item)
        if m:
            return m.group(1)
        m = re.search(r"\bthe\s+((?:Year|Decade|Day|Capital)\s+of\s+.+)$", item)
        if m:
            return m.group(1)
        return None
    if kind == "establishment":
        m = re.search(r"\b(?:a|an|the)\s+(?:new\s+)?(.+)$", item)
        if m and any(c.isupper() for c in m.group(1)):
            return m.group(1)
        return None
    return None


def find_decisions(doc: Document) -> None:
    """Find decisions in every body paragraph."""
    finder = _Finder(doc)
    # What a side meeting agreed is the meeting's, not the summit's.
    claimed = doc.extra.get("meeting_blocks", set())
    for st in doc.statements:
        finder.taken.append((st.start, st.end))
    for b in doc.blocks:
        if (b.kind in BODY_KINDS or b.kind is BlockKind.TURN) and b.index not in claimed:
            finder.block(b)
    doc.decisions.sort(key=lambda d: d.start)
