"""Small text helpers the extractors share: sentences, spans, enumerations."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from .._document import BlockKind
from ..layout.blocks import BULLETS
from ..mentions.lexicon import lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .._document import Block, Document

__all__ = [
    "DOC_NOUNS",
    "LIST_LEAD",
    "LIST_LEAD_REACH",
    "PAIR",
    "STATEMENT_NOUN",
    "STATEMENT_NOUNS",
    "STATEMENT_TITLE",
    "SUMMIT_GROUP",
    "Taken",
    "alternation",
    "block_sentences",
    "cut_attribution",
    "hosts_meeting",
    "infinitives",
    "item_mark",
    "norm",
    "owns",
    "sentences",
    "split_list",
    "strip_span",
    "summit_year",
]


class Taken:
    """Spans already claimed, kept sorted, so an overlap test is a bisection, not a scan."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` overlaps a claimed span."""
        i = bisect.bisect_left(self._starts, e)
        # Claimed spans do not overlap each other, so only the one starting just before e can
        # reach into [s, e).
        return i > 0 and self._ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        """Claim ``[s, e)`` (the caller has checked it is free)."""
        i = bisect.bisect_left(self._starts, s)
        self._starts.insert(i, s)
        self._ends.insert(i, e)


# A sentence ends at . ! ? followed by space and a capital, a quote or the end, unless the full
# stop closes an abbreviation or an initial ("Mr.", "U.S.", "George W. Bush").
_END: Final = re.compile(r"[.!?]+[”\"’»)]?(?=\s+[“\"«(\[]?[A-Z0-9]|\s*$)")
_ABBREV: Final = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Lt|Col|Sen|Rep|Gov|Prof|Rt|Hon|Amb|Maj|Capt|Adm|Rev|Inc|"
    r"Ltd|Co|vs|etc|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$"
)
_EDGE: Final = " \t\n\u00a0,;:.—–-"


def norm(text: str) -> str:
    """White space folded to single spaces (NBSP included), ends stripped."""
    return " ".join(text.split())


#: The nouns of documents a summit signs or adopts, as a group for patterns.
DOC_NOUNS: Final = (
    r"(?:documents?|resolutions?|decisions?|agreements?|treaties|memorand(?:a|ums)|"
    r"declarations|acts|papers|instruments)"
)
_SIGN_VERBS: Final = (
    r"(?:signed|adopted|approved|exchanged|concluded|ratified|passed|endorsed|initialled|issued)"
)
#: A paragraph that leads into a list of what was signed or adopted: "The leaders signed the
#: following agreements:", "The summit adopted:", "the following documents were exchanged:".
LIST_LEAD: Final = re.compile(
    rf"\b{_SIGN_VERBS}(?:\s+(?:the\s+)?(?:following|these)(?:\s+[\w-]+){{0,3}}?|\s+(?:(?:the|"
    rf"two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"{DOC_NOUNS})?\s*:\s*$"
    # "The Assembly took a number of decisions, including:", "signed several agreements, among
    # them:".
    rf"|\b(?:{_SIGN_VERBS}|took|made|reached)\s+(?:a\s+(?:number|series|range)\s+of|several|"
    rf"many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){{0,2}}?{DOC_NOUNS}"
    r",?\s+(?:including|among\s+them|notably|such\s+as)\s*:\s*$"
    rf"|\b(?:the\s+)?following\s+(?:[\w-]+\s+){{0,2}}?{DOC_NOUNS}\s+"
    rf"(?:were|have\s+been|had\s+been|was)\s+(?:\w+\s+)?{_SIGN_VERBS}\b[^:.;]{{0,60}}:\s*$"
    # "Among the agreements adopted by the summit are:", "Several agreements were signed on
    # the sidelines. They include:".
    rf"|\b{DOC_NOUNS}\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:{_SIGN_VERBS}|taken|made)\b"
    r"[^:;]{0,80}?\b(?:are|were|include|included)\s*:\s*$"
    # "Among the decisions taken by the Board yesterday:" (with a comma, a subject follows: "Among
    # the decisions taken, the Assembly:").
    rf"|\bamong\s+the\s+{DOC_NOUNS}\s+(?:{_SIGN_VERBS}|taken|made)\b[^:;,]{{0,80}}:\s*$",
    re.IGNORECASE,
)
#: A statement or declaration, possibly named: "the Astana Declaration", "Joint Statement on
#: X". Never a decision; as an item of a list of adopted documents, a statement.
STATEMENT_TITLE: Final = re.compile(
    r"(?:[Aa]\s+|[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:[Jj]oint\s+)?(?:[Ss]tatements?|"
    r"[Dd]eclarations?|[Aa]ppeals?|[Cc]ommuniqu[eé]s?)\b"
)
#: How far before a list lead's closing colon its verb may stand.
LIST_LEAD_REACH: Final = 200


#: The noun of a statement ("statement", "communiqué"), and with its plural ("declarations").
#: "signed the agreement on his behalf", "... on behalf of the president": a stand-in signs a
#: document, and "the agreement" is one named elsewhere, not another.
ON_BEHALF: Final = re.compile(r"\s+on\s+(?:behalf\s+of|(?:his|her|their|its|our|my)\s+behalf)\b")
BARE_DOCUMENT: Final = re.compile(r"(?:the|this|that)\s+[a-z]+\Z")
#: A closing quote mark: where a quoted name or point ends.
CLOSE_QUOTE: Final = re.compile(r"[”\"]")
STATEMENT_NOUN: Final = r"(?:statement|declaration|communiqu[eé])"
STATEMENT_NOUNS: Final = rf"{STATEMENT_NOUN}s?"
#: The people of a side meeting told of before, opening a clause: "They discussed", "the
#: sides agreed", "The three leaders". Read only where a meeting's report already stands.
SIDES: Final = re.compile(
    r"\s*(?i:they|the\s+(?:two\s+|three\s+|four\s+|five\s+)?(?:sides|leaders)|"
    r"both\s+(?:sides|leaders)|the\s+(?:three|four|five))\b"
)
#: Two of the summit's members as a subject: "The two leaders", "Both sides".
PAIR: Final = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:[\w-]+\s+)?(?:leaders|presidents|"
    r"prime\s+ministers|sides|countries|heads|ministers|delegations|governments)\b"
)


#: Subjects that speak for the summit as a whole ("the leaders", "member states", "we"):
#: what they decide or adopt is the summit's.
SUMMIT_GROUP: Final = re.compile(
    r"\b(?:leaders|partners|countries|members|member\s+states|states|participants|we|our|"
    # "heads of state and government" whole: its lower-case words are the group's own.
    r"heads(?:\s+of\s+(?:state|government)s?(?:\s+(?:and|or)\s+(?:of\s+)?government)?)?|"
    r"ministers|premiers|"
    r"summit|sides|parties|presidents|delegations|delegates|nations|council|group|union|alliance|coalition|bloc|"
    r"assembly|forum|community|organi[sz]ation|governors|shareholders|board)\b",
    re.IGNORECASE,
)


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, a space matching any run of white space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


#: Who says so, closing a clause: ", according to Korea's presidential office", ", officials
#: said", ", the ministry said on Friday". The source of a report, not part of what it reports.
_ATTRIBUTION_TAIL: Final = re.compile(
    r",\s+(?:according\s+to\s+[^,;.\n]{1,80}"
    r"|(?:[^\s,;.]+\s+){1,8}?(?:said|says|say|added|told\s+reporters|reported)"
    r"(?:\s+on\s+[A-Z][a-z]+)?)\s*\.?\s*\Z"
)


def cut_attribution(text: str, s: int, e: int) -> int:
    """Where ``[s, e)`` ends once an attribution closing it is cut off (``e`` if none)."""
    m = _ATTRIBUTION_TAIL.search(text, s, e)
    return m.start() if m else e


def strip_span(text: str, s: int, e: int, chars: str = _EDGE) -> tuple[int, int]:
    """Shrink ``[s, e)`` past white space and edge punctuation."""
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _short_given(text: str, s: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes a given name written short ("Md. Rafiqul")."""
    m = _LAST_WORD.search(text, s, dot)
    return m is not None and m.group(1) in lexicon().short_given


_LAST_WORD: Final = re.compile(r"(?:^|(?<=\s))(\w+)$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as spans (final punctuation included)."""
    out: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        if m.group().startswith(".") and (
            _ABBREV.search(text, max(start, m.start() - 8), m.start() + 1)
            or _short_given(text, max(start, m.start() - 8), m.start())
        ):
            continue
        e = m.end()
        if text[s:e].strip():
            out.append(strip_span(text, s, e, " \t\n\u00a0"))
        s = e
    if text[s:end].strip():
        out.append(strip_span(text, s, end, " \t\n\u00a0"))
    return out


def block_sentences(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a block, split once per parse and shared by the extractors."""
    cache = doc.sentences
    found = cache.get((start, end))
    if found is None:
        found = sentences(doc.text, start, end)
        cache[(start, end)] = found
    return found


def _top_level(text: str, s: int, e: int, pattern: re.Pattern[str]) -> list[tuple[int, int, int]]:
    """Matches of ``pattern`` in ``[s, e)`` outside parentheses and quotes: (start, end, n)."""
    # Where parentheses and quotes open and close; between them the pattern is searched in C.
    marks = [m.start() for m in _NESTING.finditer(text, s, e)]
    found: list[tuple[int, int, int]] = []
    depth = 0
    quote = False
    pos = s
    for mark in [*marks, e]:
        if depth == 0 and not quote:
            for m in pattern.finditer(text, pos, mark):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), len(found)))
        if mark >= e:
            break
        c = text[mark]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in "“«":
            quote = True
        else:
            quote = False
        pos = mark + 1
    return found


_NESTING: Final = re.compile(r"[()\[\]“”«»]")
_SEMI: Final = re.compile(r";\s*(?:and\s+|as\s+well\s+as\s+)?")
_COMMA: Final = re.compile(r",\s*(?:and\s+|as\s+well\s+as\s+|or\s+)?")
_PLAIN_COMMA: Final = re.compile(r",(?!\s*(?:and|as\s+well\s+as|or)\s)")
_AS_WELL: Final = re.compile(r",?\s+(?:as\s+well\s+as|namely)\s+")
_COMMA_AND_TITLE: Final = re.compile(r",\s+and\s+(?=[A-Z])")
_AND_ON: Final = re.compile(
    r",?\s+and\s+(?=(?:on|On|resolutions?\s+[Oo]n|the\s+[A-Z]|(?:a|an|the)\s+(?:[Dd]ecision|"
    r"[Rr]esolution|[Dd]irective)\s+[Oo]n)\s)"
)
_AND: Final = re.compile(r",?\s+and\s+")
_COMMA_ON: Final = re.compile(r",\s+(?=on\s)")
_COMMA_AND: Final = re.compile(r",\s+and\s+")
_DETERMINED: Final = re.compile(r"\s*(?:the|a|an)\s", re.IGNORECASE)


#: A description set beside a name ("Operation X, a standing patrol mission"), not a next item.
_APPOSED: Final = re.compile(r"\s*(?:a|an)\s", re.IGNORECASE)
_NAME_END: Final = re.compile(r"[A-Z][\w’'-]*\s*\Z")


def determined_series(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is "the A, the B and the C": three noun phrases, each determined.

    One comma is too weak a mark alone ("the Fund, set up in 2030"); a determiner opening the
    phrase before it, the one after it and the one after a later "and" makes it a series.
    """
    return _series(text, s, e, _top_level(text, s, e, _PLAIN_COMMA))


def _series(text: str, s: int, e: int, commas: list[tuple[int, int, int]]) -> bool:
    if len(commas) != 1:
        return False
    comma, after, _ = commas[0]
    if _APPOSED.match(text, after) and _NAME_END.search(text, s, comma):
        return False  # "the launch of Operation X, a patrol mission in A and the B": apposition
    ands = _top_level(text, after, e, _AND)
    return bool(ands) and all(
        _DETERMINED.match(text, at) is not None for at in (s, after, ands[-1][1])
    )


def _cut(text: str, s: int, e: int, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    parts = []
    pos = s
    for a, b, _ in _top_level(text, s, e, pattern):
        parts.append((pos, a))
        pos = b
    parts.append((pos, e))
    return [p for p in parts if text[p[0] : p[1]].strip()]


def owns(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns what follows ("X's chief of staff, Y")."""
    return text.startswith(("'s", "\u2019s"), end)


#: "to establish X": a clause opening with an infinitive; the next one in a list of them.
_INFINITIVE: Final = re.compile(r"\s*[Tt]o\s+(?=[a-z])")  # "To sign X;" opens a numbered item
_NEXT_INFINITIVE: Final = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)to\s+(?=[a-z])")


def infinitives(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The items of "to A, to B, and to C" in ``[s, e)``, each without its "to".

    A clause that does not open with "to" is one item, as it is; a passive infinitive after
    the items ("..., to be based in Y") says more of the last one and is left out.
    """
    first = _INFINITIVE.match(text, s, e)
    if first is None:
        return [(s, e)]
    out = []
    a = first.end()
    for m in _NEXT_INFINITIVE.finditer(text, a, e):
        out.append((a, m.start()))
        a = m.end()
        if text.startswith("be ", a):
            return out  # "to set up X, to be based in Y": what X will be, not another item
    out.append((a, e))
    return out


def split_list(text: str, s: int, e: int, *, explicit: bool = False) -> list[tuple[int, int]]:
    """Split an enumeration into its items.

    Semicolons separate items when there are any; otherwise commas do when there are at least
    two (a single comma is more often inside an item). "as well as" and "and on" always
    separate, and the last comma-separated item splits at its last "and" when both sides are
    more than a word. After an explicit list mark (a colon or a dash), one comma is enough.
    """
    while e > s and text[e - 1] in " \t\n;":
        e -= 1  # the semicolon closing a list's item separates nothing
    semicolons = bool(_top_level(text, s, e, _SEMI))
    if not semicolons and _top_level(text, s, e, _AND_ON):
        # "resolutions On A, B and C and On D": titles carry their own commas.
        parts = _cut(text, s, e, _AND_ON)
        if text.startswith("on ", s):
            # "on A, on B, and on C": the preposition said again opens each item.
            parts = [q for a, b in parts for q in _cut(text, a, b, _COMMA_ON)]
        comma_mode = False
    elif semicolons:
        parts = _cut(text, s, e, _SEMI)
        comma_mode = False
    elif len(commas := _top_level(text, s, e, _PLAIN_COMMA)) >= (
        1 if explicit or _series(text, s, e, commas) else 2
    ):
        parts = _cut(text, s, e, _COMMA)
        comma_mode = True
    else:
        parts = [(s, e)]
        comma_mode = False
    out: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(parts):
        pieces = [(a, b)]
        # In a semicolon list, ", and" inside an item starts another one.
        extra = (_COMMA_AND_TITLE,) if comma_mode or len(parts) == 1 else (_COMMA_AND,)
        for pattern in (_AS_WELL, _AND_ON, *extra):
            pieces = [q for p in pieces for q in _cut(text, p[0], p[1], pattern)]
        # After a list mark, "including the A and the B" is two items without a comma.
        pair = explicit and len(parts) == 1
        if (comma_mode or pair) and n == len(parts) - 1 and len(pieces) == 1:
            ands = _top_level(text, a, b, _AND)
            if ands:
                x, y, _ = ands[-1]
                left, right = text[a:x].split(), text[y:b].split()
                if (
                    len(left) >= 2
                    and len(right) >= 2
                    and (comma_mode or right[0].lower() in ("the", "a", "an"))
                ):
                    pieces = [(a, x), (y, b)]
        out.extend(pieces)
    return [strip_span(text, a, b) for a, b in out if text[a:b].strip()]


#: An item of a list: "(1) ", "1. ", "a) ", "(iii) ", "- ", "• ".
LIST_MARK: Final = re.compile(
    r"[ \t]*(?:\(\d{1,2}\)|\(?(?:[a-z]|[ivx]{2,4})\)|\d{1,2}[.)]|"
    rf"[{re.escape(BULLETS)}])[ \t]+"
)


def mark_style(mark: re.Match[str]) -> str:
    """A list marker's style: "(1)" and "1." differ; "(1)" and "(2)", "(i)" and "(ii)" do not."""
    return re.sub(r"\d+", "1", re.sub(r"[a-z]+", "a", mark.group().strip()))


def item_mark(text: str, b: Block) -> tuple[str, int] | None:
    """A list item's style and where its words start, or None if ``b`` is no marked item.

    A mark in the text ("1.", "-") gives its style; a page's list item (an HTML ``<li>``, kind
    ``LIST_ITEM``) has its mark in the markup, and the style "li".
    """
    mark = LIST_MARK.match(text, b.start, b.end)
    if mark is not None:
        return mark_style(mark), mark.end()
    return ("li", b.start) if b.kind is BlockKind.LIST_ITEM else None


def summit_year(doc: Document) -> int | None:
    """The year of the summit's date, or else of the report's dateline, once metadata ran."""
    date = doc.meta.get("date")
    return date.year if isinstance(date, dt.date) else doc.year


#: "X hosted", "X, ..., hosted this Tuesday", "X played host to": a hosting verb right after a
#: name (a person's or a city's).
_HOST_VERB: Final = re.compile(
    r",?\s+(?:who\s+|which\s+)?(?:has\s+|is\s+|was\s+)?(?:hosted|hosts|hosting|played\s+host\s+to)\b"
)
#: The meeting hosted, in the rest of the sentence ("hosted the fourth X Summit"), or its
#: guests ("who hosted his counterparts").
_HOSTED_EVENT: Final = re.compile(
    r"\b(?i:summit|meeting|conference|forum|session|talks)s?\b|\b(?:his|her|their)\s+"
    r"(?:fellow\s+)?(?:counterparts|colleagues|peers)\b"
)
#: How far after the verb the meeting may be named.
_HOSTED_REACH: Final = 160


def hosts_meeting(text: str, e: int) -> bool:
    """Whether a hosting verb follows ``e`` and a meeting is named in the same sentence.

    "X hosted on Saturday the 4th summit of ...": X, a person or a city, is the host.
    """
    m = _HOST_VERB.match(text, e)
    if m is None:
        return False
    end = m.end() + _HOSTED_REACH
    for stop in (". ", "\n"):
        at = text.find(stop, m.end(), end)
        if at >= 0:
            end = at
    return _HOSTED_EVENT.search(text, m.end(), end) is not None
