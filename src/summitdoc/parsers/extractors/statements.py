"""Statements: statements and declarations adopted by the summit or by a body beside it.

Three ways a report gives them:

- counted lists: "Four statements were passed: on A; on B; ..." (one statement per item; the
  count word is checked against the list and a mismatch is recorded as a warning);
- an adoption: "The foreign ministers ... adopted a statement in connection with X", "Russia and
  the EU issued a joint statement on terrorism", "adopted a Joint Statement";
- a named document: "the Joint Statement of Heads of State of CSTO Member Countries", "the
  Statement of the CIS Heads of State in support of the family".

The issuer is the subject of the adoption (its leading adverbials and trailing appositions
dropped); people listed as issuers become "Presidents of A, B and C" with their countries. The
sentences that report what the statement or its issuers say give its points, and a subject that
lists countries ("The foreign ministers of the Republic of Armenia, ...") gives its countries.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

from .._document import BODY_KINDS, Block, BlockKind, Document, Person, StatementDraft
from ..mentions.lexicon import lexicon
from ._text import Taken, alternation, block_sentences, norm, split_list, strip_span

__all__ = ["find_statements"]

_NOUN: Final = r"(?:[Jj]oint\s+)?(?:[Ss]tatements?|[Dd]eclarations?|[Cc]ommuniqu[eé]s?|[Aa]ppeals?)"
_COUNTED: Final = re.compile(
    rf"\b(?P<count>\w+)\s+(?:joint\s+)?{_NOUN}\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:passed|adopted|signed|issued|approved|made|released)\s*:\s*",
    re.IGNORECASE,
)
_ADOPTED: Final = re.compile(
    rf"\b(?P<verb>adopted|signed|issued|passed|approved|released|made|agreed\s+on)\s+(?:\[)?"
    rf"(?:(?P<det>a|an|the|their|two|three|four|five|several)\s+)?(?:new\s+)?"
    rf"(?P<noun>(?:[A-Z][\w’'-]*\s+){{0,3}}{_NOUN})\b"
    r"(?:\]\([^)]*\))?(?:\s+(?P<prep>on|in\s+connection\s+with|concerning|regarding|about|"
    r"in\s+support\s+of|with\s+regard\s+to))?\s*"
)
_PASSIVE: Final = re.compile(
    rf"\b(?:a|the)\s+(?P<noun>{_NOUN})\s+(?P<prep>on|concerning|regarding|in\s+connection\s+with)?"
    r"\s*(?P<rest>[^.]*?)\s*(?:was|were)\s+(?:adopted|signed|issued|approved|passed)\b"
)
_CONCLUDING: Final = re.compile(
    rf"\b(?:A|a|The|the)\s+(?P<noun>{_NOUN})\s+(?P<prep>concerning|regarding|on|in\s+connection\s+"
    r"with)\s+(?P<rest>.+?)\s+(?:concluded|closed|ended|crowned)\s+the\s+(?:summit|meeting|talks)\b"
)
# "signed an agreement on X and a joint declaration on Y": a statement later in the sentence.
_ALSO: Final = re.compile(
    rf"\s+and\s+(?:a|an|the)\s+(?P<noun>{_NOUN})\s+(?:on|concerning|regarding|in\s+connection\s+with)\s+"
)
_ADOPTION_IN: Final = re.compile(r"\b(?:adopted|signed|issued|passed|approved|released)\b")
_NAMED: Final = re.compile(
    r"\b(?:a|the)\s+(?P<name>(?:Joint\s+)?(?:Statement|Declaration|Appeal)\s+(?:of|by|on)\s+"
    r"[^.;]+?)(?=\s+and\s+(?:on|On)\b|\s+and\s+(?:a|an|the)\s+(?:[Dd]ecision|[Rr]esolution)\b|"
    r"\s+(?:was|were|is)\b|[.;]|$)"
)
_TOPIC_END: Final = re.compile(
    # "... on river safety and signed a ...": a second verb of the subject ends the topic.
    r"\s+and\s+(?:also\s+)?[a-z]+ed\s+(?:a|an|the|their|two|three)\s|"
    r"\.(?=\s|$)|,\s+(?:which|in\s+which|and\s+(?:the|a|an)\s)|;|\s+(?:concluded|was|were|is|are|"
    r"has|have|stipulated|says|said|states|provides|calls)\b|,?\s*[“\"«]|\s+which\b"
)
_ADVERBIAL: Final = re.compile(
    r"(?i:today|yesterday|on\s+[A-Z]\w+day|in\s+addition|also|following\b|after\b|at\b|during\b|"
    r"in\b|on\b|as\s+a\s+result|earlier|later|finally|meanwhile)"
)
_POINT_SUBJECT: Final = re.compile(
    r"(?:It|They|(?:The|These)\s+(?:statement|declaration|document|joint\s+statement|appeal|"
    r"principles|parties|sides|leaders|participants|ministers|foreign\s+ministers|heads\s+of\s+state|"
    r"presidents)|In\s+addition,\s+they|Summit\s+participants|The\s+summit\s+participants)\b",
    re.IGNORECASE,
)
# "guided by new joint cyber principles": principles the summit's members agreed on together.
_PRINCIPLES: Final = re.compile(r"\b(?:new\s+)?(?P<topic>joint\s+(?:[\w-]+\s+){0,3}?principles)\b")


_PRONOUN_SUBJECT: Final = re.compile(r"(?i:we|they|it)(?:\s+(?:have|had|also|then|jointly))*")
# "We, the Heads of State and Government of A and of B, met in ...": who "we" are.
_WE_ARE: Final = re.compile(
    r"\bWe,\s+(?:the\s+)?(?P<who>[^.;:]{3,400}?),\s+(?:met|have|are|were|gathered|assembled|"
    r"convened|meeting|having)\b"
)
_WE_ARE_REACH: Final = 5000

# Subjects that name no issuer (a leading "the" is dropped before the test).
_NO_ISSUER: Final = frozenset(
    {"they", "it", "participants", "summit participants", "parties", "sides"}
)
_TRIGGER: Final = re.compile(r"statement|declaration|communiqu|appeal|principles", re.IGNORECASE)


def default_issuer(doc: Document) -> str | None:
    """Who adopts statements with no issuer in the text: a heads-of-state body's members."""
    acronym = doc.meta.get("acronym")
    name = doc.meta.get("name") or ""
    if acronym and "heads of state" in name.lower():
        return f"{acronym} Heads of State"
    return None


def _topic_end(text: str, pos: int, limit: int) -> int:
    m = _TOPIC_END.search(text, pos, limit)
    return m.start() if m else limit


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.taken = Taken()

    def add(
        self,
        s: int,
        e: int,
        issuer: str | None,
        block: Block,
        *,
        countries: list[str] | None = None,
        topic: str | None = None,
    ) -> StatementDraft | None:
        text = self.text
        s, e = strip_span(text, s, e)
        if e <= s or self.taken.overlaps(s, e):
            return None
        self.taken.add(s, e)
        st = StatementDraft(s, e, issuer=issuer)
        st.topic = topic or norm(text[s:e].replace("[", "").replace("]", ""))
        st.countries = list(countries or [])
        self.doc.statements.append(st)
        self.doc.extra.setdefault("statement_blocks", {})[id(st)] = block
        return st


def _subject(doc: Document, s: int, verb_at: int) -> tuple[int, int] | None:
    """The subject of a clause, without leading adverbials or trailing appositions.

    "Today, at the G20 Summit, A of X and leaders of Y, co-led by Z, issued" gives "A of X and
    leaders of Y"; "Following the summit, A, B and C adopted" gives "A, B and C".
    """
    text = doc.text
    s, e = strip_span(text, s, verb_at)
    parts = _segments(text, s, e)
    if parts and _PRONOUN_SUBJECT.fullmatch(text, *parts[-1]):
        # "As an expression of ..., and given ..., we have adopted": the pronoun is the subject.
        return parts[-1]
    while len(parts) > 1 and _ADVERBIAL.match(text, parts[0][0]):
        parts.pop(0)
    if not parts:
        return None
    # A list subject runs to the segment that holds its "and".
    for a, b in parts[:5]:
        if re.search(r"\band\b", text[a:b]):
            return (parts[0][0], b)
    return parts[0]


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    depth = 0
    start = s
    for pos in range(s, e):
        c = text[pos]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:
            out.append(strip_span(text, start, pos))
            start = pos + 1
    out.append(strip_span(text, start, e))
    return [p for p in out if p[1] > p[0]]


def _issuer(doc: Document, span: tuple[int, int] | None) -> tuple[str | None, list[str]]:
    """The issuer's text and the countries it names; people become their roles and countries."""
    if span is None:
        return None, []
    text = doc.text
    s, e = span
    if text[s:e].split()[0].lower() == "we":
        # First person: the issuers a declaration names where it opens ("We, the Heads of State
        # and Government of ..., met in ..."), else nobody the text names.
        m = _WE_ARE.search(text, 0, min(len(text), _WE_ARE_REACH))
        if m is None:
            return None, []
        s, e = m.span("who")
    phrase = norm(text[s:e])
    phrase = re.sub(r"^(?:The|the)\s+", "", phrase)
    phrase = re.sub(r"\s+(?:also|have|has|had|then|jointly|subsequently)$", "", phrase)
    phrase = re.sub(r"\s+in\s+[A-Z][\w-]+$", "", phrase)  # "... in <city>"
    if not phrase or phrase.lower() in _NO_ISSUER:
        return None, []
    people = _people(doc, s, e)
    if len(people) >= 2 and _only_names(text[s:e], people):
        roles = {p.role for p in people}
        countries = [p.country for p in people if p.country]
        if len(roles) == 1 and None not in roles and len(countries) == len(people):
            role = roles.pop() or ""
            listed = ", ".join(countries[:-1]) + " and " + countries[-1]
            return f"{role}s of {listed}", countries
        return phrase, countries
    countries = _countries(doc, s, e)
    return phrase, countries if len(countries) >= 2 else []


def _people(doc: Document, s: int, e: int) -> list[Person]:
    found: list[Person] = []
    for _s, _e, p in doc.mentions_in(s, e):
        if p not in found:
            found.append(p)
    return found


def _only_names(phrase: str, people: list[Person]) -> bool:
    rest = phrase
    for p in people:
        rest = rest.replace(p.name, "")
    return not re.sub(r"[\s,]|\band\b", "", rest)


def _countries(doc: Document, s: int, e: int) -> list[str]:
    names: list[str] = []
    hits = [h for h in doc.hits_in(s, e) if h.end <= e]
    countries = [h for h in hits if h.has("country") and not h.has("org")]
    first = countries[0].start if countries else e
    last = countries[-1].start if countries else s
    for h in hits:
        name = None
        if h.has("country") and not h.has("org"):
            name = h.get("country").name
        elif (h.has("org") or h.has("acronym")) and len(countries) >= 2 and first < h.start < last:
            # An organisation listed among countries ("Denmark, the European Union, France").
            org = h.get("org") if h.has("org") else h.get("acronym")
            if not org.bodies or org.members:
                name = org.name
        if name and name not in names:
            names.append(name)
    return names


def find_statements(doc: Document) -> None:
    """Find the statements adopted, with issuers, countries and points."""
    text = doc.text
    lex = lexicon()
    finder = _Finder(doc)
    blocks = [
        b
        for b in doc.blocks
        if (b.kind in BODY_KINDS and b.kind is not BlockKind.TURN) or b.kind is BlockKind.HEADLINE
    ]
    for b in blocks:
        for s, e in block_sentences(doc, b.start, b.end):
            if _TRIGGER.search(text, s, e) is None:
                continue
            for m in _COUNTED.finditer(text, s, e):
                items = split_list(text, m.end(), e)
                count = lex.statement_numbers.get(m["count"].lower())
                if count is not None and count != len(items):
                    doc.extra.setdefault("warnings", []).append(
                        f"{m['count']} statements announced but {len(items)} listed "
                        f"(offset {m.start()})"
                    )
                issuer, countries = _issuer(doc, _subject(doc, s, m.start()))
                for a, z in items:
                    on = re.match(r"on\s+", text[a:z])
                    start = a + (on.end() if on else 0)
                    finder.add(start, z, issuer or default_issuer(doc), b, countries=countries)
            for m in _ADOPTED.finditer(text, s, e):
                issuer, countries = _issuer(doc, _subject(doc, s, m.start()))
                if len(countries) < 2:
                    countries = _countries(doc, s, m.start())
                    countries = countries if len(countries) >= 2 else []
                issuer = issuer or default_issuer(doc)
                if m["prep"] is None:
                    # "adopted a Joint Statement." names no topic: the noun is the topic.
                    if m["noun"][0].isupper() or m["det"] in (None, "the"):
                        finder.add(m.start("noun"), m.end("noun"), issuer, b, countries=countries)
                    continue
                if m["noun"][0].isupper() and not m["noun"].endswith("s"):
                    # "adopted a Declaration on a Partnership for Growth": a named declaration,
                    # whose full name is the topic; a lower-case "declaration on X" is about X.
                    z = _topic_end(text, m.end(), e)
                    finder.add(m.start("noun"), z, issuer, b, countries=countries)
                    continue
                if m["noun"].lower().endswith("s"):
                    spans = split_list(text, m.end(), _topic_end(text, m.end(), e))
                else:
                    spans = [(m.end(), _topic_end(text, m.end(), e))]
                for a, z in spans:
                    start = m.start("prep") + len("in ") if m["prep"] == "in support of" else a
                    finder.add(start, z, issuer, b, countries=countries)
            for m in _NAMED.finditer(text, s, e):
                # "the Declaration on a Partnership for Growth": a named declaration, whose full
                # name is its topic (a lower-case "declaration on X" is about X, above).
                a, z = m.start("name"), m.end("name")
                issuer = _named_issuer(text[a:z]) or default_issuer(doc)
                finder.add(a, z, issuer, b)
            for m in _PRINCIPLES.finditer(text.replace("*", " "), s, e):
                issuer = doc.meta.get("acronym") or default_issuer(doc)
                finder.add(m.start("topic"), m.end("topic"), issuer, b)
            if _ADOPTION_IN.search(text, s, e):
                for m in _ALSO.finditer(text, s, e):
                    a = m.end()
                    finder.add(a, _topic_end(text, a, e), default_issuer(doc), b)
            for pattern in (_PASSIVE, _CONCLUDING):
                for m in pattern.finditer(text, s, e):
                    if m["prep"] and m["rest"]:
                        a = m.start("rest")
                        finder.add(a, _topic_end(text, a, m.end("rest")), default_issuer(doc), b)
                    else:
                        finder.add(m.start("noun"), m.end("noun"), default_issuer(doc), b)
    doc.statements.sort(key=lambda st: st.start)
    _points(doc, blocks)


def _named_issuer(name: str) -> str | None:
    m = re.search(
        r"\b(?:of|by)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*?Heads\s+of\s+State(?:\s+of\s+"
        r"(?:the\s+)?(?:[A-Z][\w-]*\s*)+)?)",
        name,
    )
    return norm(m.group(1)) if m else None


def _points(doc: Document, blocks: list[Block]) -> None:
    """What each statement says: the rest of its sentence and the sentences that report it."""
    text = doc.text
    verbs = lexicon().point_verbs
    where: dict[int, Block] = doc.extra.get("statement_blocks", {})
    starts = sorted(st.start for st in doc.statements)
    position = {id(x): n for n, x in enumerate(blocks)}
    for st in doc.statements:
        b = where.get(id(st))
        if b is None:
            continue
        later = bisect.bisect_right(starts, st.start)
        nxt = starts[later] if later < len(starts) else None
        # The rest of the statement's own sentence: "..., which laid a new basis for ...".
        sent = next(
            ((s, e) for s, e in block_sentences(doc, b.start, b.end) if s <= st.start < e), None
        )
        if sent is not None:
            rel = re.compile(r",?\s+(?:which|in\s+which(?:\s+they)?|that)\s+").search(
                text, st.end, sent[1]
            )
            if rel is not None:
                st.points.extend(_split_points(text, rel.end(), sent[1], verbs))
        at = position.get(id(b), len(blocks))
        follow = []
        for x in blocks[at:]:
            if x.section != b.section:
                break
            follow.append(x)
        stop = False
        for x in follow:
            if x.index > b.index and not _POINT_SUBJECT.match(text, x.start):
                break
            for s, e in block_sentences(doc, x.start, x.end):
                if sent is not None and s <= sent[0]:
                    continue
                if (nxt is not None and s <= nxt < e) or doc.touches_speech(s, e):
                    stop = True
                    break
                if not (_POINT_SUBJECT.match(text, s) or _issuer_start(text, st, s)):
                    continue
                verb = _first_verb(doc, s, e, verbs)
                if verb is None:
                    continue
                listed = _countries(doc, s, verb)
                if len(st.countries) < 2 and len(listed) >= 2:
                    st.countries = listed
                that = re.match(r"\w+\s+that\s+", text[verb:e])
                st.points.extend(_split_points(text, verb + (that.end() if that else 0), e, verbs))
            if stop:
                break


def _issuer_start(text: str, st: StatementDraft, at: int) -> bool:
    """Whether the sentence at ``at`` opens with the statement's issuer."""
    if not st.issuer:
        return False
    first = st.issuer.split()[0].lower()
    head = text[at : at + 40].lower()
    return head.startswith(("the " + first, first))


def _first_verb(doc: Document, s: int, e: int, verbs: frozenset[str]) -> int | None:
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    for n in toks.within(s, e):
        if toks.keys[n] in verbs:
            return toks.starts[n]
    return None


@functools.cache
def _next_point(verbs: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf",?\s+and\s+(?:also\s+)?(?=(?:{alternation(verbs)})\b)")


def _split_points(text: str, s: int, e: int, verbs: frozenset[str]) -> list[str]:
    object_verbs = lexicon().object_verbs
    out = []
    for part in _next_point(verbs).split(text[s:e]):
        words = part.split(None, 1)
        if not words:
            continue
        body = part
        # "express concern over X" keeps "concern over X"; "condemn X", "call on X" keep the verb.
        if words[0].lower() in object_verbs and len(words) > 1:
            body = words[1]
        body = re.sub(r"^(?:also\s+|strongly\s+)", "", body.strip())
        body = norm(body.rstrip(".").strip())
        if body:
            out.append(body)
    return out
