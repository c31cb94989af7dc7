"""Quotes: one left-to-right pass over the quote marks of the body, with a small state machine.

Curly marks and guillemets nest (“ opens, ” closes), straight marks toggle. A quote left open at
the end of a paragraph continues into the next one in either convention: the next paragraph
reopens it with a quote mark, or the next paragraphs carry no mark until the closing one. Either
way it is one quote over the paragraphs, their breaks and reopening marks kept. A quote still
open when its section ends is closed at the end of the paragraph it opened in, so an unbalanced
mark never swallows the rest of the report.
Single marks (‘...’ or '...') quote too, read after the double ones and outside them, with the
apostrophe told apart from a closing mark.

Attribution cues are found next to each quote: after it (“...,” the Belarusian leader noted.),
before it (Aleksandr Lukashenko said, “...”), or at the end of the previous paragraph
(... to prevent an internal split, ¶ “It is ...”).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._document import BODY_KINDS, Block, BlockKind, Document, QuoteDraft
from ..mentions.lexicon import lexicon
from ..resolution.speakers import person_in
from ._text import owns, sentences

if TYPE_CHECKING:
    from ..mentions.gazetteer import Tokens

__all__ = ["attribute_quotes", "scan_quotes"]

_MARKS: Final = re.compile('[“”"«»„]')
_OPENERS: Final = frozenset("“«„")
_CLOSERS: Final = frozenset("”»")
# A full stop ends the sentence unless it closes an initial or an abbreviation ("U.S.", "W.")
# or a form of address or title written short ("Ms.", "Gen.", "Prof."); a lookbehind is of one
# width, so the short forms are grouped by length.
_SENTENCE_END: Final = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Rt))"
    r"(?<!\b(?:Mrs|Gen|Col|Sen|Rep|Gov|Hon|Amb|Maj|Adm|Rev))(?<!\b(?:Prof|Capt))"
    r"[.!?](?=\s|$|[”\"»])"
)


def scan_quotes(doc: Document) -> list[QuoteDraft]:
    """Find every quoted passage in the body blocks."""
    text = doc.text
    blocks = [b for b in doc.blocks if b.kind in BODY_KINDS]
    position = {id(b): n for n, b in enumerate(blocks)}
    quotes: list[QuoteDraft] = []
    group = 0
    i = 0
    while i < len(blocks):
        if blocks[i].kind is BlockKind.TURN:
            i += 1
            continue
        depth = 0  # nesting of curly marks and guillemets
        straight = False  # inside straight marks
        seg_start = -1
        seg_block = blocks[i]
        cur_i = i
        pos = blocks[i].start
        while True:
            cur = blocks[cur_i]
            m = _MARKS.search(text, pos, cur.end)
            if m is None:
                if depth == 0 and not straight:
                    break
                nxt = blocks[cur_i + 1] if cur_i + 1 < len(blocks) else None
                how = _continuation(doc, cur, nxt, straight)
                if how in ("reopened", "runs_on") and nxt is not None:
                    cur_i += 1
                    pos = nxt.start + (how == "reopened")  # past the reopening mark
                    continue
                # Unbalanced: close at the end of the paragraph the quote opened in, and go on
                # scanning after that paragraph.
                quotes.append(_draft(seg_start, seg_block.end, seg_block, group))
                cur_i = position[id(seg_block)]
                break
            c = m.group()
            p = m.start()
            pos = p + 1
            if straight:
                if c == '"':
                    straight = False
                    quotes.append(_draft(seg_start, p, seg_block, group))
                continue
            if c in _OPENERS:
                if depth == 0:
                    group += 1
                    seg_start, seg_block = p + 1, cur
                depth += 1
            elif c in _CLOSERS:
                if depth > 0:
                    depth -= 1
                    if depth == 0:
                        quotes.append(_draft(seg_start, p, seg_block, group))
            elif depth == 0 and _closes_unopened(doc, cur, p):
                # "We will go, as the rule “Twice” says," he said.": the opening mark was lost;
                # the quote runs from its sentence's start, what was read inside it nested.
                begin = _sentence_start(text, p, cur.start)
                while quotes and quotes[-1].block is cur and quotes[-1].start > begin:
                    quotes.pop()
                group += 1
                quotes.append(_draft(begin, p, cur, group))
            elif depth == 0:  # a straight mark outside curly quotes opens a quote
                straight = True
                group += 1
                seg_start, seg_block = p + 1, cur
        i = cur_i + 1
    quotes = _single_quotes(doc, blocks, quotes, group)
    return [q for q in quotes if q.end > q.start and text[q.start : q.end].strip()]


#: A single mark opening a quote: at a word's start, before a letter or a digit, but not an
#: elision ("'90s", "'em", "rock 'n' roll", "'tis").
_SINGLE_OPENER: Final = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[^\W_])(?!\d0s\b|(?:em|n|tis|twas)\b)",
    re.MULTILINE | re.IGNORECASE,
)
#: Before or after a closing mark, what shows it ends the words ("ready,’", "’.").
_CLOSE_BEFORE: Final = frozenset(",.!?;:…—–-")
_CLOSE_AFTER: Final = frozenset('.,;:!?)]—–-"”')


def _single_quotes(
    doc: Document, blocks: list[Block], doubles: list[QuoteDraft], group: int
) -> list[QuoteDraft]:
    """Add the quotes in single marks (‘...’ or '...') outside the double-marked ones.

    British style quotes in single marks and nests double ones inside: a double-marked quote
    inside a single-marked one is part of it, not words of its own. A single mark is also an
    apostrophe, so a quote closes at the first mark after its opening that punctuation shows
    to end the words (“the states’ duty,’ she said” closes after “duty,”), else at the first one
    not inside a word; a quote with no closing mark in its paragraph is one only when the next
    paragraph reopens it, as British style marks a quote running on.
    """
    text = doc.text
    starts = [q.start for q in doubles]
    singles: list[QuoteDraft] = []
    open_group: int | None = None
    for n, b in enumerate(blocks):
        if b.kind is BlockKind.TURN:
            continue
        reopened = open_group
        open_group = None
        tail = text[max(b.start, b.end - 12) : b.end].rstrip().rstrip("’'”\")]")
        if not tail.endswith((".", "!", "?", "…")):
            # Headlines of other stories quote in single marks ("Bloc must 'earn its future',
            # says chief"); the report's paragraphs end as sentences do.
            continue
        openers = list(_SINGLE_OPENER.finditer(text, b.start, b.end))
        for n_open, m in enumerate(openers):
            p = m.start()
            if singles and singles[-1].block is b and p < singles[-1].end:
                continue
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0 and doubles[k].start <= p < doubles[k].end:
                continue  # an inner quote of a double-marked one
            closing = "’" if m.group() == "‘" else "'"
            limit = openers[n_open + 1].start() if n_open + 1 < len(openers) else b.end
            end = _single_close(text, p + 1, limit, b.end, closing)
            if p == b.start and reopened is not None:
                this_group = reopened
            else:
                group += 1
                this_group = group
            if end is None:
                nxt = blocks[n + 1] if n + 1 < len(blocks) else None
                if (
                    limit != b.end
                    or nxt is None
                    or nxt.section != b.section
                    or nxt.kind is BlockKind.TURN
                    or text[nxt.start] != m.group()
                ):
                    continue
                end = b.end
                open_group = this_group
            singles.append(QuoteDraft(p + 1, end, b, group=this_group))
    if not singles:
        return doubles
    # The single-marked quotes do not overlap: the one starting last before a double-marked
    # quote is the only one that can hold it.
    single_starts = [q.start for q in singles]
    kept = []
    for q in doubles:
        k = bisect.bisect_right(single_starts, q.start) - 1
        if k < 0 or q.end > singles[k].end or singles[k].block is not q.block:
            kept.append(q)
    return sorted(kept + singles, key=lambda q: q.start)


def _single_close(text: str, start: int, limit: int, block_end: int, closing: str) -> int | None:
    """Where the single-marked words opened before ``start`` end, or None."""
    first: int | None = None
    pos = text.find(closing, start, limit)
    while pos >= 0:
        before = text[pos - 1]
        after = text[pos + 1] if pos + 1 < block_end else ""
        if not before.isspace() and not (before.isalnum() and after.isalnum()):
            if before in _CLOSE_BEFORE or after == "" or after in _CLOSE_AFTER:
                return pos
            if first is None:
                first = pos
        pos = text.find(closing, pos + 1, limit)
    return first


#: How far after a lost quote's closing mark its attribution verb may stand (" he said").
_CLOSING_CUE_REACH: Final = 40


def _closes_unopened(doc: Document, block: Block, p: int) -> bool:
    """Whether the straight mark at ``p`` closes a quote whose opening mark is missing.

    It stands where a closing mark stands (after ",", ".", "!" or "?", before a space), in a
    paragraph that does not open with a mark, and a reporting verb follows within a few words
    (", he said.").
    """
    text = doc.text
    if p == block.start or text[p - 1] not in ",.!?" or text[block.start] in '“"«„':
        return False
    if p + 1 < block.end and not text[p + 1].isspace():
        return False
    return bool(_verb_hits(doc, p + 1, min(block.end, p + 1 + _CLOSING_CUE_REACH)))


def _draft(start: int, end: int, block: Block, group: int) -> QuoteDraft:
    return QuoteDraft(start, end, block, group=group)


def _continuation(doc: Document, cur: Block, nxt: Block | None, straight: bool) -> str:
    """How an open quote goes on after ``cur``: "reopened", "runs_on" or "unbalanced"."""
    if nxt is None or nxt.section != cur.section or nxt.kind is BlockKind.TURN:
        return "unbalanced"
    text = doc.text
    first = text[nxt.start]
    if first in _OPENERS or (straight and first == '"'):
        # The next paragraph reopens the quote only if it does not close right away as a
        # quote of its own with an attribution after it.
        return "reopened"
    # Look for the closing mark before any opening one in the following blocks of the section.
    blocks = doc.blocks
    for b in blocks[nxt.index :]:
        if b.section != cur.section:
            return "unbalanced"
        m = _MARKS.search(text, b.start, b.end)
        if m is None:
            continue
        c = m.group()
        if c in _CLOSERS or (straight and c == '"'):
            return "runs_on"
        return "unbalanced"
    return "unbalanced"


# -- attribution ---------------------------------------------------------------------------------


def _verb_hits(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    toks = doc.tokens
    return [
        (h.start, h.end)
        for h in doc.hits_in(start, end)
        if h.has("verb")
        and h.end <= end
        and not (toks is not None and _noun_use(toks, h.i))
        and not (doc.text[h.start].isupper() and _in_name(doc, h.start, h.end))
    ]


#: The longest name a capitalised verb's form may stand in ("Khalid bin Said Al Said").
_NAME_REACH: Final = 60


def _in_name(doc: Document, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is part of a person's name: "Said" in "Sultan Khalid bin Said"."""
    return any(
        ms <= s and e <= me
        for ms, me, _ in doc.mentions_in(max(0, s - _NAME_REACH), e + _NAME_REACH)
    )


#: Words that open a noun phrase: after one of them a verb's form is a noun ("his remarks").
_DETERMINERS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
    }
)


def _noun_use(toks: Tokens, i: int) -> bool:
    """Whether the word at token ``i`` is a noun here: "In his closing remarks", "the statement".

    A determiner or possessive stands right before it, or before a participle used as an
    adjective ("closing", "opening", "detailed") or a speech's modifier ("welcome", "keynote")
    that stands before it.
    """
    k = i - 1
    if k >= 0 and toks.keys[k] in _DETERMINERS:
        return True
    return (
        k >= 1
        and toks.words[k].islower()
        and (toks.keys[k].endswith(("ing", "ed")) or toks.keys[k] in lexicon().speech_modifiers)
        and toks.keys[k - 1] in _DETERMINERS
    )


#: How far a cue is looked for around a quote: a sentence longer than this is not a sentence,
#: and the bound keeps a paragraph of megabytes with many quotes linear.
_REACH: Final = 600


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` ends (its final mark excluded)."""
    limit = min(limit, pos + _REACH)
    m = _SENTENCE_END.search(text, pos, limit)
    return m.start() if m else limit


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding ``pos`` starts (abbreviations and initials do not end one)."""
    spans = sentences(text, max(floor, pos - _REACH), pos)
    if not spans:
        return pos
    s, e = spans[-1]
    ended = text[e - 1] in ".!?" or text[max(s, e - 2) : e] in ('."', ".”", "?”", "!”")
    return pos if ended and not text[e:pos].strip() else s


def attribute_quotes(doc: Document) -> None:
    """Give each quote its cue and subject phrase, and sort out quoted names of things.

    Builds ``doc.quote_index`` at the end, for the stages that ask what is quoted speech.
    """
    text = doc.text
    toks = doc.tokens
    assert toks is not None  # noqa: S101 - the mentions stage ran first
    # The paragraphs of one passage share a kind and a cue; a quote of no group stands alone.
    by_group: dict[int | QuoteDraft, list[QuoteDraft]] = {}
    for q in doc.quotes:
        by_group.setdefault(q if q.group is None else q.group, []).append(q)
    ordered = list(by_group.values())
    for n, members in enumerate(ordered):
        first, last = members[0], members[-1]
        kind = _kind(doc, toks, first, last)
        for q in members:
            q.kind = kind
        if kind != "speech":
            continue
        prev = ordered[n - 1][-1] if n > 0 else None
        if prev is not None and _second_half(text, prev, first):
            for q in members:
                q.cue, q.subject, q.how = prev.cue, prev.subject, "split"
            continue
        k = toks.first_at_or_after(first.start - 1) - 1
        if k >= 0 and _reported_just_before(doc, toks, k):
            # "called the deal “...” and warned of “...”": the verb just before governs it.
            cue = _before_cue(doc, first) or _after_cue(doc, last) or _previous_cue(doc, first)
        else:
            cue = _after_cue(doc, last) or _before_cue(doc, first) or _previous_cue(doc, first)
        if cue is None and n > 0:
            prev = ordered[n - 1][-1]
            # A split quote: “...,” he said. “...” shares the attribution of its first half.
            gap = text[prev.end + 1 : first.start - 1]
            if (
                prev.cue is not None
                and prev.block is first.block
                and prev.end < first.start
                and len(gap) < 120
            ):
                for q in members:
                    q.cue, q.subject, q.how = prev.cue, prev.subject, "split"
                continue
        if cue is not None:
            (cs, ce), subject = cue
            # "the declaration said", "as the Boe Declaration states": words of a document,
            # kept apart from what people said.
            said_by_document = person_in(doc, *subject) is None and any(
                h.has("document") for h in doc.hits_in(*subject)
            )
            for q in members:
                q.cue, q.subject, q.how = (cs, ce), subject, "cue"
                if said_by_document:
                    q.kind = "document"
    # Every quote has its span and kind now: the stages after this one read the quote index.
    doc.index_quotes()


def _second_half(text: str, prev: QuoteDraft, q: QuoteDraft) -> bool:
    """Whether ``q`` goes on from ``prev`` across nothing but prev's own cue.

    “A,” said X, “B.”: the cue between the halves reports both; read from before B, the clause
    would start at A and have no subject.
    """
    if prev.cue is None or prev.block is not q.block or prev.end >= q.start:
        return False
    cs, ce = prev.cue
    if not prev.end < cs < ce < q.start:
        return False
    return not text[prev.end + 1 : cs].strip(_SPLIT_PUNCT) and not text[ce : q.start - 1].strip(
        _SPLIT_PUNCT
    )


#: What may stand around the cue between the halves of a split quote.
_SPLIT_PUNCT: Final = " ,;:\u00a0\u2014\u2013-"


def _kind(doc: Document, toks: Tokens, first: QuoteDraft, last: QuoteDraft) -> str:
    text = doc.text
    inner = text[first.start : last.end]
    words = inner.split()
    block = first.block
    at_start = first.start - 1 == block.start
    sentence = inner[:1].isupper() and inner.rstrip().endswith((".", "?", "!", "…"))
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    k = toks.first_at_or_after(first.start - 1) - 1
    if not at_start and k >= 0 and toks.keys[k] in lexicon().title_words:
        return "name"  # "under the theme “Shaping our common future: ...”"
    if (
        not at_start
        and not sentence
        and 2 <= len(words) <= 16
        and capitalised >= len(words) - 2
        and capitalised * 3 >= len(words) * 2
    ):
        return "name"  # "the “U.S.-India 2030 Climate and Clean Energy Agenda 2030 Partnership”"
    if not at_start and not sentence:
        if _reported_just_before(doc, toks, k):
            # "called the deal “a fair compromise”", "warned of “hard months”": a reporting verb
            # governs the fragment, so it is somebody's words, however short.
            return "speech"
        if (
            len(words) <= _TERM_WORDS
            and not _verb_hits(
                doc, _sentence_start(text, first.start - 1, block.start), first.start
            )
            and not _attributed_after(doc, inner, last)
        ):
            # No reporting verb before it in its sentence: a term in scare quotes ("By
            # “interoperable”, officials meant ..."), not words reported ("He said it was
            # “outstanding”").
            return "name"
    after = text[last.end + 1 : last.end + 2]
    if (
        not at_start
        and len(words) <= 4
        and after.isspace()
        and text[last.end + 2 : last.end + 3].islower()
        and not inner.rstrip().endswith((".", ",", "?", "!"))
        # "reached “a solid outcome” despite ...": the sentence goes on, nothing is modified.
        and text[last.end + 2 : last.end + 20].split(maxsplit=1)[0]
        not in lexicon().phrase_followers
    ):
        return "name"  # a scare-quoted term: "“green premium” prices"
    if not at_start and len(words) <= 8 and not sentence:
        # A short quoted name inside a sentence: "a medal “For Contribution to Peace Building”".
        k = toks.first_at_or_after(first.start - 1) - 1
        before = toks.keys[k] if k >= 0 else ""
        capitalised = sum(1 for w in words if w[:1].isupper())
        title_case = capitalised >= max(1, (len(words) + 1) // 2) and not inner.rstrip().endswith(
            (".", ",", "?", "!")
        )
        if before in lexicon().naming_words or title_case:
            return "name"
        # A fragment is speech only when its sentence reports someone saying it.
        s = _sentence_start(text, first.start - 1, block.start)
        e = _sentence_end(text, last.end + 1, block.end)
        if not _verb_hits(doc, s, e) and _according(text, s, first.start - 1) is None:
            return "name"  # "According to X, “...”" has no verb, and reports words too
    return "speech"


def _attributed_after(doc: Document, inner: str, last: QuoteDraft) -> bool:
    """“We start today,” Dorne said: a comma closes the words and a reporting verb follows."""
    if not inner.rstrip().endswith((",", "?", "!")):
        return False
    end = _sentence_end(doc.text, last.end + 1, last.block.end)
    return bool(_verb_hits(doc, last.end + 1, end))


#: A quoted fragment this short that no reporting verb governs is a term, not speech.
_TERM_WORDS: Final = 3
#: How many tokens may stand between a reporting verb and the fragment it governs.
_GOVERNS: Final = 3


def _reported_just_before(doc: Document, toks: Tokens, k: int) -> bool:
    """Whether a reporting verb ends at most a few tokens before token ``k`` (inclusive).

    Only words may stand between ("called the deal", "warned of", "described it as"): a comma or
    a full stop ends the clause the verb governs.
    """
    if k < 0:
        return False
    lo = k
    # The words before the quote, back to the first token that is not a word.
    while lo > 0 and k - lo < _GOVERNS and toks.words[lo][:1].isalnum():
        lo -= 1
    if not toks.words[lo][:1].isalnum():
        lo += 1
    if lo > k:
        return False
    # A verb phrase may start before them ("alluded to"): look a few tokens further back.
    verbs = doc.hits_in(toks.starts[max(0, lo - _GOVERNS)], toks.ends[k])
    ends = {toks.ends[n] for n in range(lo, k + 1)}
    return any(h.has("verb") and h.end in ends for h in verbs)


def _clean_cue(text: str, s: int, e: int) -> tuple[int, int] | None:
    # Emphasis marks around a cue ("**said Prime Minister Brandt**") are not part of it.
    s = _clean_start(text, s, e)
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-*_"):
        e -= 1
    return (s, e) if e > s else None


#: A one-word nickname in quote marks before a capitalised name word: “Sus” Pranoto.
_NICKNAME: Final = re.compile(r"[“\"][A-Z][\w’'-]{0,20}[”\"](?=\s+[A-Z])")


#: The most words between a cue's start and its verb, and of a sentence going on after a
#: quote before the cue's subject.
_CUE_WORDS: Final = 12


def _after_cue(doc: Document, q: QuoteDraft) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“...,” the Belarusian leader noted.`` / ``“...,” said Emmanuel Macron, President ...``."""
    text = doc.text
    block = _block_at(doc, q.end)
    pos = q.end + 1  # after the closing mark
    if pos >= block.end:
        return None
    end = _sentence_end(text, pos, block.end)
    nxt_mark = _MARKS.search(text, pos, end)
    governs_next = False
    while nxt_mark is not None:
        nick = _NICKNAME.match(text, nxt_mark.start(), end)
        if nick is None:
            end = nxt_mark.start()
            # “...,” X said the bloc should not let rivalry “dictate ...”: the clause governs
            # the next quote (no comma or colon before it), so it reports that one.
            governs_next = not text[pos:end].rstrip().endswith((",", ":", "—", "–"))
            break
        # President Susilo “Sus” Pranoto told: a nickname inside the name, not the next quote.
        nxt_mark = _MARKS.search(text, nick.end(), end)
    span = _clean_cue(text, pos, end)
    if span is None:
        return None
    s, e = span
    first = text[s:e].split(maxsplit=1)[0].lower() if e > s else ""
    if first in lexicon().clause_openers:
        return None  # “...,” while X said ...: a new clause, someone else's words
    tail = text[q.start : q.end].rstrip()
    lead = text[q.end + 1 : s]
    # After-cues follow a quote that ends in a comma/question/exclamation or are joined by one.
    if not (tail.endswith((",", "?", "!", "—", "…", "-")) or "," in lead or text[s].islower()):
        return None
    verbs = _verb_hits(doc, s, e)
    if not verbs:
        return None
    vs, ve = verbs[0]
    if (
        not tail.endswith((",", "?", "!", "—", "…", "-"))
        and "," not in lead
        and text[s:vs].split()[1:]
    ):
        # “...” he said: a lower-case after-cue opens with its verb or a one-word subject.
        # After a fragment ("would “spare no effort” to complete X, according to Y") the
        # words are the sentence going on, and its verb is not the fragment's cue, unless
        # the quote opened that sentence and its subject follows a comma: "“...” until spring,
        # X, the deputy minister, told reporters".
        comma = text.find(",", s, e)
        after = [v for v in verbs if v[0] > comma]
        if (
            comma < 0
            or not after
            or _sentence_start(text, q.start - 1, block.start) < q.start - 1
            or len(text[s:comma].split()) > _CUE_WORDS
            or not text[comma + 1 : after[0][0]].strip()
        ):
            return None
        vs, ve = after[0]
        s = _clean_start(text, comma + 1, vs)
    if len(text[s:vs].split()) > _CUE_WORDS:
        return None
    if vs == s and text[vs:ve].split()[0].lower().endswith("ing"):
        return None  # “...”, warning that ...: a participle going on from the subject before
    if (
        governs_next
        and vs > s
        and len(text[ve:e].split()) > 1
        and not _AFTER_VERB_COMMA.match(text, ve, e)
    ):
        return None  # the verb's own object runs into the next quote
    subject = (s, vs) if vs > s else (ve, e)
    cue_end = e if vs == s else _cue_tail(doc, ve, e)
    return (s, cue_end), _trim_subject(text, *subject)


def _before_cue(doc: Document, q: QuoteDraft) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``Aleksandr Lukashenko said, “...”`` / ``The Head of State urged ..., “...”``."""
    text = doc.text
    block = _block_at(doc, q.start - 1)
    opening = q.start - 1
    if opening <= block.start:
        return None
    s = _sentence_start(text, opening, block.start)
    # “A,” while X said the bloc should not let rivalry “B”: when a clause with a subject and a
    # reporting verb stands between the quote before and B, B's cue is that clause, never a
    # subject before A ("He said it was “A” and “B”" keeps one cue for both).
    i = bisect.bisect_left(doc.quotes, q.start, key=lambda x: x.start)
    for prev in reversed(doc.quotes[max(0, i - 3) : i]):
        if s <= prev.end < opening and _NICKNAME.match(text, prev.start - 1) is None:
            after = prev.end + 1
            after += len(text[after:opening]) - len(text[after:opening].lstrip(" ,;\u00a0"))
            word = text[after:opening].split(maxsplit=1)
            if word and word[0].lower() in lexicon().clause_openers:
                after += len(word[0])
            verbs = _verb_hits(doc, after, opening)
            if verbs and text[after : verbs[0][0]].strip():
                s = after  # a clause with its own subject ("and warned of" shares the first's)
            break
    return _clause_cue(doc, s, opening)


def _previous_cue(doc: Document, q: QuoteDraft) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quote opening a paragraph after one that ends in a comma or colon."""
    text = doc.text
    block = _block_at(doc, q.start - 1)
    if q.start - 1 != block.start or block.index == 0:
        return None
    prev = doc.blocks[block.index - 1]
    if prev.kind not in BODY_KINDS or prev.section != block.section:
        return None
    if text[prev.end - 1] not in ",:":
        return None
    s = _sentence_start(text, prev.end - 1, prev.start)
    return _clause_cue(doc, s, prev.end)


def _clause_cue(doc: Document, s: int, e: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    text = doc.text
    # "According to X, “...”": the source named right before the words.
    source = _according(text, s, e)
    if source is not None:
        start, who = source
        view = _IN_HIS_VIEW.search(text, start, e)
        # "In his opinion": the cue is the phrase, its source the possessive.
        return (start, view.end(2) if view is not None else who[1]), who
    # "According to X, the bloc can act “...”": the source that opens the sentence, when no
    # reporting verb follows it.
    m = _ACCORDING.match(text, _clean_start(text, s, e))
    comma = text.find(", ", m.end(), e) if m is not None else -1
    if comma >= 0 and not _verb_hits(doc, comma, e):
        source = _according(text, s, comma + 1)
        if source is not None:
            start, who = source
            return (start, who[1]), who
    verbs = _verb_hits(doc, s, e)
    if not verbs:
        return None
    vs, ve = verbs[0]
    if vs == _clean_start(text, s, vs) and text[vs:ve].split()[0].lower().endswith("ing"):
        # "Speaking to the plenary, X described ...": a fronted participle; the clause after
        # its comma has the subject.
        comma = text.find(", ", ve, e)
        if comma >= 0 and _verb_hits(doc, comma + 2, e):
            return _clause_cue(doc, comma + 2, e)
    # The subject is the clause before the first verb: after an opening adverbial ("Speaking
    # about X, Name said"), or the sentence's start when a relative clause sits between
    # ("Pope Francis, who has ..., underlined").
    clause_s = s
    comma = text.rfind(", ", s, vs)
    relative = re.search(r",\s+(?:who|which|whose)\b", text[s:vs]) is not None
    # "X stayed away and sent Y, who told the meeting ...": the last verb is the relative
    # clause's own, and its subject the person named right before the comma.
    gs, ge = verbs[-1]
    at = text.rfind(", ", s, gs)
    if at >= 0 and _RELATIVE_VERB.fullmatch(text, at, gs):
        named = doc.mentions_in(s, at)
        if named and not text[named[-1][1] : at].strip():
            end = _clean_cue(text, ge, e) if _GOVERNED.fullmatch(text, ge, e) else None
            cue_end = end[1] if end is not None else _cue_tail(doc, ge, e)
            return (named[-1][0], cue_end), (named[-1][0], named[-1][1])
    if comma >= 0 and (person_in(doc, comma + 2, vs) is not None or not relative):
        clause_s = comma + 2
        first = text.find(", ", s, comma)
        if (
            _PREDICATE.match(text, clause_s, vs)
            and first > s
            and person_in(doc, first + 2, comma) is not None
        ):
            # "The host, X, closed the talks by calling ...": after the apposition's comma
            # comes the predicate; its subject is the apposition.
            return (s, _cue_tail(doc, ve, e)), _apposed(doc, s, comma)
    if vs <= clause_s:
        if comma < 0:
            return None
        if not text[vs:ve].split()[0].endswith("ing"):
            # "Aiko Morimoto, director of the Y Institute, said ... “...”": the verb follows an
            # apposition; the subject is what stands before the apposition's first comma.
            first = text.find(", ", s, vs)
            if first <= s:
                return None
            end = _clean_cue(text, ve, e) if _GOVERNED.fullmatch(text, ve, e) else None
            cue_end = end[1] if end is not None else _cue_tail(doc, ve, e)
            return (s, cue_end), _apposed(doc, s, comma)
        # "X held talks with Y, telling her guest that ... “...”": a participle after the comma
        # shares the subject of the clause before it.
        main = _trim_subject(text, s, comma)
        end = _clean_cue(text, ve, e) if _GOVERNED.fullmatch(text, ve, e) else None
        return (vs, end[1] if end is not None else _cue_tail(doc, ve, e)), main
    subject = _trim_subject(text, clause_s, vs)
    if _GOVERNED.fullmatch(text, ge, e):
        # The verb right before the quote governs it ("called the deal “...”", "and warned of
        # “...”"): the cue runs to the quote, from the subject for the first verb and from the
        # verb itself for a later one, which shares the clause's subject.
        end = _clean_cue(text, ge, e)
        cue_end = end[1] if end is not None else ge
        return ((clause_s if gs == vs else gs), cue_end), subject
    cue_end = _cue_tail(doc, ve, e)
    return (clause_s, cue_end), subject


#: A relative clause whose first verb is the reporting one, at most two words between
#: ("…, who later told").
_RELATIVE_VERB: Final = re.compile(r",\s+who(?:\s+[a-z]+){0,2}\s+")
# "According to X, “...”", "in the words of X:": the source of the words, named before them.
_ACCORDING: Final = re.compile(r"\b(?i:according\s+to|in\s+the\s+words\s+of)\s")
#: "In his opinion, “...”", "in her view": a possessive names the source, right before the words.
_IN_HIS_VIEW: Final = re.compile(
    r"\b(?i:in)\s+(his|her|their)\s+((?i:opinion|view|words|assessment|estimation))[\s,:]*\Z"
)
# How far before the words their source may start, and its longest name.
_SOURCE_REACH: Final = 160
_SOURCE_MAX: Final = 120
_NOT_IN_SOURCE: Final = frozenset(',;:“”"«»')


def _according(text: str, s: int, e: int) -> tuple[int, tuple[int, int]] | None:
    """Where "According to X," ending at ``e`` starts, and X's span; None if it does not end there.

    Read in Python rather than by one pattern, whose white space runs could overlap.
    """
    view = _IN_HIS_VIEW.search(text, max(s, e - _SOURCE_REACH), e)
    if view is not None:
        return view.start(), view.span(1)  # "In his opinion, “...”": "his" is the source
    found = list(_ACCORDING.finditer(text, max(s, e - _SOURCE_REACH), e))
    if not found:
        return None
    m = found[-1]
    a, z = m.end(), e
    while z > a and (text[z - 1].isspace() or text[z - 1] in ",:"):
        z -= 1
    while a < z and text[a].isspace():
        a += 1
    if not 2 <= z - a <= _SOURCE_MAX or any(c in _NOT_IN_SOURCE for c in text[a:z]):
        return None
    return m.start(), (a, z)


# A verb complete before a comma: "X said, adding that ...".
_AFTER_VERB_COMMA: Final = re.compile(r"\s*,")
# The words after an apposition's comma that go on with a predicate ("closed the talks by"), not
# a clause with a subject of its own ("in a meeting officials described as"): a verb first.
_PREDICATE: Final = re.compile(
    r"(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|[a-z]+[^s\W]s|told|said|took|gave|made|spoke|began|"
    r"went|led|met|won|wrote|set|put|sent|read)\b"
)


def _clean_start(text: str, s: int, e: int) -> int:
    """Where ``[s, e)`` starts after white space, punctuation and emphasis marks."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-*_"):
        s += 1
    return s


def _apposed(doc: Document, s: int, e: int) -> tuple[int, int]:
    """The subject of "A, B," before a verb: the apposition B when it names someone, else A.

    "The council's chair, President X," is X; "X's chief of staff, Y," is Y; "X, 68," is X.
    """
    text = doc.text
    first = text.find(", ", s, e)
    if first <= s:
        return _trim_subject(text, s, e)
    named = any(not owns(text, me) for _, me, _ in doc.mentions_in(s, first))
    if not named and person_in(doc, first + 2, e) is not None:
        # A description, then the name; an owner ("X's spokesperson, Y,") is not the subject.
        return _trim_subject(text, first + 2, e)
    return _trim_subject(text, s, first)


#: At most three words between a verb and the quote it governs, and nothing else.
_GOVERNED: Final = re.compile(r"(?:\s+[\w’'-]+){0,3}\s*")


def _cue_tail(doc: Document, ve: int, limit: int) -> int:
    """The verb's end, stretched over a short adverbial ("mentioned with satisfaction")."""
    text = doc.text
    m = re.match(
        r"(?:\s+(?!that\b|to\b|and\b|the\b|a\b|an\b|in\b|on\b)[\w’'-]+){1,3}?(?=\s+that\b)",
        text[ve:limit],
    )
    if m:
        return ve + m.end()
    return ve


def _trim_subject(text: str, s: int, e: int) -> tuple[int, int]:
    span = _clean_cue(text, s, e)
    return span if span is not None else (s, e)


def _block_at(doc: Document, pos: int) -> Block:
    return doc.block_at(pos)
