"""Statements: statements and declarations adopted by the summit or by a body beside it.

"Four statements were passed: on A; on B; ..." gives one statement a topic (and the count word is
checked against the list). "The foreign ministers ... adopted a statement in connection with X"
gives a statement with its issuer; the paragraphs after it that report what the issuer or the
statement says give its issuing countries and its points.
"""

from __future__ import annotations

import re
from typing import Final

from .._document import BODY_KINDS, Block, BlockKind, Document, StatementDraft
from ..mentions.lexicon import lexicon

__all__ = ["find_statements"]

_NOUN: Final = r"(?:joint\s+)?(?:statements?|declarations?|communiqu[eé]s?|appeals?)"
_COUNTED: Final = re.compile(
    rf"\b(?P<count>\w+)\s+{_NOUN}\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:passed|adopted|signed|issued|approved|made|released)\s*:\s*",
    re.IGNORECASE,
)
_ADOPTED: Final = re.compile(
    r"\b(?P<verb>adopted|signed|issued|passed|approved|released|made|agreed\s+on)\s+"
    r"(?P<det>a|an|the|their|two|three|four|five|several)?\s*(?P<noun>(?:[Jj]oint\s+)?"
    r"(?:[Ss]tatements?|[Dd]eclarations?|[Cc]ommuniqu[eé]s?))\b"
    r"(?:\s+(?P<prep>on|in\s+connection\s+with|concerning|regarding|about|in\s+support\s+of|"
    r"of|with\s+regard\s+to))?\s*",
)
_NAMED: Final = re.compile(
    r"\b(?:a|the)\s+(?P<name>(?:Joint\s+)?(?:Statement|Declaration|Appeal)\s+(?:of|by|on)\s+"
    r"[^.;]+?)(?=\s+(?:and|was|were|is)\b|[.;]|$)"
)
_CONCERNING: Final = re.compile(
    rf"\b(?:a|the)\s+(?P<noun>{_NOUN})\s+(?:on|concerning|regarding|in\s+connection\s+with)\s+",
    re.IGNORECASE,
)


_ADOPTION_VERB: Final = re.compile(
    r"\b(?:adopted|signed|issued|passed|approved|released|concluded|made|agreed)\b"
)


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"\.(?=\s|$)|\n").search(text, pos, limit)
    return m.start() if m else limit


def _sentence_start(text: str, pos: int, floor: int) -> int:
    k = pos
    while k > floor and not (text[k - 1] in ".\n" and text[k].isspace()):
        k -= 1
    while k < pos and text[k].isspace():
        k += 1
    return k


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:."):
        e -= 1
    return s, e


def default_issuer(doc: Document) -> str | None:
    """Who adopts statements when the text does not say: the summit's heads of state."""
    acronym = doc.meta.get("acronym")
    name = doc.meta.get("name") or ""
    if acronym and ("Heads of State" in name or "heads of state" in name.lower()):
        return f"{acronym} Heads of State"
    if acronym:
        return f"{acronym} Heads of State"
    return None


def _subject_phrase(doc: Document, b: Block, pos: int) -> tuple[int, int] | None:
    """The subject of the sentence whose verb is at ``pos``."""
    text = doc.text
    s = _sentence_start(text, pos, b.start)
    s, e = _strip(text, s, pos)
    m = re.match(r"(?:In\s+addition|Also|Following\s+the\s+(?:summit|meeting|talks)|"
                 r"After\s+the\s+(?:summit|meeting|talks)|[^,]{0,40}\bsummit),\s+", text[s:e])
    if m:
        s += m.end()
    e = re.sub(r"\s+(?:also|have|has|had|then|jointly|subsequently)\s*$", "", text[s:e]).__len__() + s
    if e <= s:
        return None
    return (s, e)


def _issuer(doc: Document, phrase: str) -> str | None:
    p = " ".join(phrase.split())
    p = re.sub(r"^(?:The|the)\s+", "", p)
    p = re.sub(r"\s+in\s+[A-Z][\w-]+$", "", p)  # "... in Bishkek"
    if not p or p.lower() in ("they", "it", "participants", "the participants", "summit participants"):
        return None
    if not re.search(r"[A-Z]|ministers|leaders|heads|presidents", p):
        return None
    return p


def find_statements(doc: Document) -> None:
    """Find the statements adopted, with issuers, countries and points."""
    text = doc.text
    lex = lexicon()
    blocks = [b for b in doc.blocks if b.kind in BODY_KINDS and b.kind is not BlockKind.TURN]
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, issuer: str | None, block: Block) -> StatementDraft | None:
        s, e = _strip(text, s, e)
        if e <= s or any(a < e and s < z for a, z in taken):
            return None
        taken.append((s, e))
        st = StatementDraft(s, e, issuer=issuer)
        st.topic = " ".join(text[s:e].split())
        doc.statements.append(st)
        doc.extra.setdefault("statement_blocks", {})[id(st)] = block
        return st

    for b in blocks:
        for m in _COUNTED.finditer(text, b.start, b.end):
            end = _sentence_end(text, m.end(), b.end)
            items = [(s, e) for s, e in _items(text, m.end(), end)]
            count = lex.statement_numbers.get(m["count"].lower())
            if count is not None and count != len(items):
                doc.extra.setdefault("warnings", []).append(
                    f"{m['count']} statements announced, {len(items)} listed at {m.start()}"
                )
            subj = _subject_phrase(doc, b, m.start())
            issuer = default_issuer(doc)
            for s, e in items:
                add(s, e, issuer, b)
        for m in _NAMED.finditer(text, b.start, b.end):
            s = m.start("name")
            add(s, m.end("name"), _named_issuer(text[s : m.end("name")]) or default_issuer(doc), b)
        for m in _ADOPTED.finditer(text, b.start, b.end):
            end = _sentence_end(text, m.end(), b.end)
            subj = _subject_phrase(doc, b, m.start())
            issuer = _issuer(doc, text[subj[0] : subj[1]]) if subj else None
            if m["prep"] is None:
                # "adopted a Joint Statement." names no topic: the noun is the topic.
                if m["noun"][0].isupper():
                    add(m.start("noun"), m.end("noun"), issuer or default_issuer(doc), b)
                continue
            items = _items(text, m.end(), end) if m["noun"].lower().endswith("s") else [
                (m.end(), _topic_end(text, m.end(), end))
            ]
            for s, e in items:
                if m["prep"] == "in support of":
                    s = m.start("prep")
                add(s, e, issuer or default_issuer(doc), b)
        for m in _CONCERNING.finditer(text, b.start, b.end):
            end = _sentence_end(text, m.end(), b.end)
            s0 = _sentence_start(text, m.start(), b.start)
            # Only a statement that was adopted: "A joint statement concerning X concluded the
            # summit", "Russia and the EU issued a joint statement on Y".
            verb = _ADOPTION_VERB.search(text, s0, end)
            if verb is None:
                continue
            issuer = None
            if verb.start() < m.start():
                sp = _subject_phrase(doc, b, verb.start())
                issuer = _issuer(doc, text[sp[0] : sp[1]]) if sp else None
            add(m.end(), _topic_end(text, m.end(), end), issuer or default_issuer(doc), b)
    doc.statements.sort(key=lambda st: st.start)
    _countries_and_points(doc, blocks)


def _named_issuer(name: str) -> str | None:
    m = re.search(r"\b(?:of|by)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*?Heads\s+of\s+State[^,;]*?)"
                  r"(?:\s+on\s+the\s+Occasion.*|\s+to\s+the\s+.*|\s+in\s+.*)?$", name)
    return m.group(1) if m else None


def _topic_end(text: str, pos: int, limit: int) -> int:
    m = re.compile(r"\.(?=\s|$)|,\s+(?:which|and\s+(?:the|a|an)\s)|;|\n|\.\s|,?\s*[“\"«]").search(
        text, pos, limit
    )
    return m.start() if m else limit


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    seg = text[start:end]
    parts = re.split(r";\s*|,\s*(?:and\s+)?(?=on\s)|,?\s+and\s+(?=on\s)|,\s+namely\s+|,\s+and\s+(?=[A-Z])|,\s+(?=[A-Z])", seg)
    out = []
    pos = start
    for part in parts:
        idx = text.find(part, pos, end)
        if idx < 0:
            continue
        s, e = idx, idx + len(part)
        pos = e
        m = re.match(r"(?:as\s+well\s+as\s+)?(?:on\s+)", text[s:e])
        if m:
            s += m.end()
        s, e = _strip(text, s, e)
        if e > s:
            out.append((s, e))
    return out


def _countries_and_points(doc: Document, blocks: list[Block]) -> None:
    """Fill issuing countries and points from the paragraphs that follow a statement."""
    text = doc.text
    lex = lexicon()
    where: dict[int, Block] = doc.extra.get("statement_blocks", {})
    for st in doc.statements:
        b = where.get(id(st))
        if b is None or st.issuer is None:
            continue
        issuer_words = st.issuer.lower().split()
        key = issuer_words[0] if issuer_words else ""
        follow = [x for x in blocks if x.section == b.section and x.index > b.index]
        if not follow:
            continue
        for x in follow:
            para = text[x.start : x.end]
            first = para.split(" ", 3)
            opener = " ".join(first[:3]).lower()
            if not (key and key in opener) and not re.match(
                r"(?:The\s+(?:statement|declaration|document)|They|It|In\s+addition,\s+they)\b", para
            ):
                break
            # Countries named in the subject: "The foreign ministers of the Republic of Armenia, ...".
            verb = _first_point_verb(doc, x, lex.point_verbs)
            if verb is None:
                continue
            subject = (x.start, verb[0])
            for h in doc.hits:
                if subject[0] <= h.start and h.end <= subject[1] and h.has("country"):
                    name = h.get("country").name
                    if name not in st.countries:
                        st.countries.append(name)
            st.points.extend(_points(text, verb[0], x.end, lex.point_verbs))


def _first_point_verb(doc: Document, b: Block, verbs: frozenset[str]) -> tuple[int, int] | None:
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    for n in toks.within(b.start, b.end):
        if toks.keys[n] in verbs:
            return (toks.starts[n], toks.ends[n])
    return None


def _points(text: str, start: int, end: int, verbs: frozenset[str]) -> list[str]:
    seg = text[start:end]
    parts = re.split(r"\s+and\s+(?=(?:" + "|".join(sorted(verbs, key=len, reverse=True)) + r")\b)", seg)
    out = []
    for part in parts:
        words = part.split(None, 1)
        if len(words) < 2:
            continue
        body = words[1] if words[0].lower() in verbs and words[0].lower() not in ("call", "calls", "called", "condemn", "condemns") else part
        body = re.sub(r"^(?:also\s+|strongly\s+)", "", body)
        body = body.strip().rstrip(".").strip()
        if body:
            out.append(" ".join(body.split()))
    return out
