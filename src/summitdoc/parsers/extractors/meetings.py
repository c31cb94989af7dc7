"""Side meetings: bilateral talks on the sidelines, with topics and what was agreed.

A meeting is reported by a cue ("a bilateral meeting of A and B", "A met with B", "A had brief
talks with B, C and D") naming the people. Talks with several people one after another are one
bilateral meeting each. Reports of the same meeting (a caption, the lead, a paragraph of its own)
merge by their participants. The paragraphs after the cue in the same section give the topics
("discussed X", "touched upon X") and what was agreed ("It was agreed to X", "B proposed X").

The actor is the subject of the meeting verb: after a fronted phrase ("Before his talks with X,
Y met Z": Y met X and Z), through a pronoun ("He has met with X"), or as the person received
("X was given a warm reception by Y"). A fronted phrase is a meeting too ("In a meeting with X, Y
proposed W"). A caption "X greets Y" and a transcript question "you held a meeting with X" (the
actor is the one who answers) report meetings as well. Several people met at once make one
multilateral meeting when the next sentence speaks of them together ("The leaders discussed"),
and counterparts named only by country ("bilateral meetings with the Presidents of A and B") make
one bilateral meeting each, with the actor alone.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Final, NamedTuple

from .._document import (
    BODY_KINDS,
    Block,
    BlockKind,
    Document,
    MeetingDraft,
    Person,
    QuoteDraft,
)
from ..layout.blocks import MONTHS
from ..mentions.lexicon import lexicon
from ..resolution.speakers import antecedent, person_in, protagonist_as
from ._text import PAIR, SIDES, alternation, block_sentences, cut_attribution, norm, owns

__all__ = ["find_meetings"]

#: "met with", "talks with" and "met X" (the words of ``_cues().with_`` that are not data).
_MET: Final = (
    r"\b(?:met|meets|meeting)\s+(?:today\s+|yesterday\s+|separately\s+|briefly\s+|also\s+)?with\b"
    r"|\btalks\s+with\b|"
    # "Xi met Modi", "Ramaphosa also met Brazilian President Lula": met and a name.
    # "The Crown Prince received His Highness X": a host receiving a guest meets them.
    # "received separately A and B": one meeting each.
    r"\b(?-i:met|meets|received)\s+(?:separately\s+)?(?=(?-i:[A-Z])|(?:his|her)\s|"
    # "met the prime ministers of Nepal and Bhutan, A and B": met and the titles of the people.
    r"the\s+(?:[a-z-]+\s+){0,2}?(?:presidents?|prime\s+ministers?|chancellors?|premiers?|kings?|"
    r"queens?|emirs?|leaders?|heads?\s+of|ministers?|secretar(?:y|ies))\b)"
)
_BILATERAL: Final = re.compile(
    r"\b(?:a|the)\s+(?:bilateral|one-on-one|separate)\s+(?:meeting|talks)\s+(?:of|between)\b",
    re.IGNORECASE,
)


def _people_in(doc: Document, s: int, e: int) -> list[Person]:
    return [p for _, p in _people_at(doc, s, e)]


def _people_at(doc: Document, s: int, e: int) -> list[tuple[int, Person]]:
    """The people named or described inside ``[s, e)`` with where each is first, in order.

    A name that owns what follows ("X's chief of staff, Y") is not one of them.
    """
    text = doc.text
    found: list[tuple[int, Person]] = []
    seen: set[int] = set()  # ids of the people found: a person is no hashable value
    for ms, me, p in doc.mentions_in(s, e):
        if owns(text, me):
            continue
        if id(p) not in seen:
            seen.add(id(p))
            found.append((ms, p))
    for d in doc.descriptions_in(s, e):
        who = d.person
        if d.end <= e and who is not None and id(who) not in seen:
            seen.add(id(who))
            found.append((d.start, who))
    found.sort(key=lambda x: x[0])
    return found


# "the Quad’s respective heads of development-financing agencies met to discuss X".
_OFFICIALS_MET: Final = re.compile(
    r"\b(?:heads|ministers|officials|representatives|delegations|envoys|sherpas|chiefs)\b"
    r"[^.;]{0,80}?\bmet\s+(?:to\s+discuss|on|in\s+order\s+to\s+discuss)\s+(?P<topic>[^.;]+)"
)
_GROUPS: Final = re.compile(
    r"\b(?P<a>[A-Z][\w-]+)\s+and\s+(?P<b>[A-Z][\w-]+)\s+(?:diplomats|officials|delegations|"
    r"leaders|ministers|negotiators|sides)\s+(?:held\s+talks|met|exchanged\s+(?:opinions|views))\b"
)


# What each sentence pattern cannot match without, looked for once in a block with str.find
# (in C; a case-insensitive regex of the words is slower than the patterns): most blocks lack
# them, and their sentences are then not searched at all. Words matched in any case are looked
# for in the block in lower case. Under re.IGNORECASE only "i" and "s" of the ASCII letters
# match more than their two cases ("ı", "ſ"), and only "İ" lowers to two characters ("i̇"), so:
# _BILATERAL holds one of these pieces of its adjectives, free of "i" and "s";
_BILATERAL_HINTS: Final = ("lateral", "one-on-one", "eparate")
# _cues().with_ holds "with" in any case (or a dotless or dotted "i" stands in the block),
# "met" or "meets" as written, or the first word of a call.
_WITH_HINTS: Final = ("with", "\u0131", "\u0307")
_MET_HINTS: Final = ("met", "meets", "received")
_GROUPS_VERBS: Final = ("held", "met", "exchanged")
_OFFICIALS_AGREED: Final = re.compile(r"\b(?:agreed\s+to|decided\s+to|will)\s+([^.;—]+)")
_GROUPS_AGREED: Final = re.compile(r"\b(?:agreed|decided)\s+to\s+([^.]+)")
_ITEMS_GLUE: Final = re.compile(r",?\s+and\s+(?=[a-z-]+\s)")
_DESCRIBED_HEAD: Final = re.compile(r"\b(?:president|leader|head of state|prime minister)\s*$")


class _Cues(NamedTuple):
    """The ``[meetings]`` phrase lists as patterns."""

    fronted: re.Pattern[str]
    one_event: frozenset[str]
    reception: re.Pattern[str]
    caption: re.Pattern[str]
    separate: re.Pattern[str]
    together: re.Pattern[str]
    joint: re.Pattern[str]
    fillers: frozenset[str]
    event: re.Pattern[str]
    #: "met with", "held talks with", "paid a courtesy call on", "met X": a meeting and whom.
    with_: re.Pattern[str]
    #: First words of the calls, the reception phrases and the event verbs (exact case), one of
    #: which a block must hold for ``with_`` (past its "with" and "met"), ``reception`` or
    #: ``event`` to match in it.
    call_heads: tuple[str, ...]
    reception_heads: tuple[str, ...]
    event_heads: tuple[str, ...]
    #: "held a summit with": a bilateral summit, when one person is met.
    a_summit: re.Pattern[str]
    #: "for a working lunch", "for a closed-door meeting": the event after the people met.
    gathering: re.Pattern[str]
    #: "hosted", "joined": the verb before the people of a ``gathering``.
    gathering_verb: re.Pattern[str]
    #: What two people named as one subject did together: "discussed", "held a tête-à-tête".
    pair_verb: re.Pattern[str]


@functools.cache
def _cues() -> _Cues:
    c = lexicon().meeting_cues
    a_summit = (
        rf"\b(?:had|held)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:{alternation(c['summit_nouns'])})\s+with\b"
    )
    return _Cues(
        # "In a meeting with", "Before his talks with", "In informal discussions here with".
        fronted=re.compile(
            rf"(?:{alternation(c['fronted'])})\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{alternation(c['nouns'])})\s+(?:[a-z]+\s+)?with\s+",
            re.IGNORECASE,
        ),
        one_event=frozenset(c["one_event"]),
        # "was also given a warm reception by": the auxiliary and an adverb before the phrase.
        reception=re.compile(rf"\b(?:was|were)\s+(?:also\s+)?(?:{alternation(c['reception'])})\s+"),
        caption=re.compile(rf"\s(?:{alternation(c['caption_verbs'])})\s"),
        separate=re.compile(rf"\b(?:{alternation(c['separate'])})\b", re.IGNORECASE),
        together=re.compile(rf"\b(?:{alternation(c['together'])})\b", re.IGNORECASE),
        joint=re.compile(rf"(?:{alternation(c['joint'])})\b", re.IGNORECASE),
        fillers=frozenset(c["pronoun_fillers"]),
        # "hosted two **Ministerial Roundtables**": up to three words (or bold marks) between.
        event=re.compile(
            rf"\b(?:{alternation(c['event_verbs'])})\s+(?:[\w*-]+\s+){{0,3}}?\**"
            rf"(?i:{alternation(c['event_nouns'])})\b"
        ),
        # "held bilateral consultations with", "had a pull-aside with", "paid a courtesy call on".
        with_=re.compile(
            rf"\b(?:had|held|convened|hosted|chaired)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(c['nouns'])})\s+with\b"
            rf"|{a_summit}"
            rf"|\b(?:{alternation(c['calls'])})\b|{_MET}",
            re.IGNORECASE,
        ),
        call_heads=tuple({p.split()[0] for p in c["calls"]}),
        reception_heads=("was", "were"),
        event_heads=tuple({p.split()[0] for p in c["event_verbs"]}),
        a_summit=re.compile(a_summit, re.IGNORECASE),
        gathering=re.compile(
            rf"\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{alternation(c['gathering_nouns'])})\b"
        ),
        gathering_verb=re.compile(rf"\b(?:{alternation(c['gathering_verbs'])})\s"),
        pair_verb=re.compile(
            _OF_PLACE + r"\s+(?:also\s+|later\s+|then\s+|briefly\s+)?(?:discussed|talked\s+about|"
            r"exchanged\s+views|held\s+(?:(?:a|an|their)\s+)?(?:[\w-]+\s+){0,2}?"
            rf"(?:{alternation(c['nouns'])})(?!\s+with\b)|"
            # "met" with no object: "A and B met Z" is their meeting with Z, read by the "met" cue.
            r"reviewed|met(?!\s+(?:with|again|the|his|her|their)\b)"
            r"(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z]))(?!\w)"
        ),
    )


def _holds(text: str, s: int, e: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``text[s:e]`` (searched in place, in C)."""
    return any(text.find(w, s, e) >= 0 for w in words)


class _Report(NamedTuple):
    """One report of a meeting: who met, where it is said, and how to tell it from others."""

    people: list[Person]
    start: int
    end: int
    block: Block
    #: Tells apart meetings of the same people: the counterpart's country when unnamed.
    tag: str = ""
    bilateral: bool = False
    #: The blocks that report it, when they are not found from ``block`` (a transcript).
    extent: tuple[Block, ...] = ()
    #: What the cue says the meeting was on ("talks with X on fisheries").
    topics: tuple[str, ...] = ()
    #: Where the cue stands when it is not the sentence's start ("Talks with X focused on A,
    #: while Y and Z discussed B"): what the meeting discussed is read from there.
    cue: int = -1
    #: Where, after the sentence of a list of separate meetings ("with A, ..., and with B,
    #: ..."), the words are again every one of them's.
    resume: int = -1


#: Where the people met stop and the sentence goes on: "met with X and discussed ...", "met
#: with X, according to her office", "met with X on the sidelines". A list goes on with "and"
#: before a name, a title or an article ("met with X and the President of Y").
_COUNTERPARTS_END: Final = re.compile(
    r",?\s+and\s+(?!(?:the|his|her|their|its|a|an|with)\s)(?=[a-z])"
    r"|,\s+(?:according|where|who|whom|which|while|whereas|when|after|before|during)\b"
    r"|\s+(?:to\s+discuss|to\s+talk|in\s+order|on\s+the|at\s+the|while|during|after|before)\s"
    r"|[;—]|\s–\s"
)


# How far the list of people met may run after its cue: bounds the work of each cue, so that a
# sentence of cues is read in linear time (issue 9); ten names with their titles fit.
_COUNTERPARTS_REACH: Final = 800
_THEN_WITH: Final = r"\s+(?:also\s+|then\s+|later\s+)?with"
_AND_WITH: Final = re.compile(rf",?\s+and{_THEN_WITH}\s")
#: The words that open the next separate meeting's clause, ending a segment cut before it.
_NEXT_WITH: Final = re.compile(rf"(?:,?\s+and|\s*;){_THEN_WITH}\s*\Z")
_AND_WITH_MAX: Final = 24


def _drop_next_with(seg: str) -> str:
    """``seg`` without a closing "..., and with" or "; with" (the next meeting's opening)."""
    m = _NEXT_WITH.search(seg, max(0, len(seg) - _AND_WITH_MAX))
    return seg[: m.start()] if m else seg


def _counterparts(doc: Document, s: int, e: int) -> tuple[list[Person], int]:
    """The people met after a meeting cue ending at ``s``, and where their list ends.

    The list stops where the sentence goes on (``_COUNTERPARTS_END``) and resumes after "and
    with" ("talks with X on trade, and with Y on energy").
    """
    text = doc.text
    people: list[Person] = []
    e = min(e, s + _COUNTERPARTS_REACH)
    while True:
        m = _COUNTERPARTS_END.search(text, s, e)
        end = m.start() if m else e
        people.extend(p for p in _people_in(doc, s, end) if p not in people)
        more = _AND_WITH.search(text, end, e) if m else None
        if more is None:
            return people, end
        s = more.end()


_PRONOUNS: Final = frozenset({"he", "she"})
# The longest clause "He then also later" can be.
_FILLERS_REACH: Final = 80
# How far before a cue's "meeting with" its adjective ("trilateral") may stand.
_TOGETHER_REACH: Final = 24


def _together_cue(text: str, clause: int, m: re.Match[str]) -> bool:
    """Whether the cue ``m`` names one meeting of all ("held a trilateral meeting with")."""
    cues = _cues()
    if cues.separate.search(m.group()):
        return False
    before = text[max(clause, m.start() - _TOGETHER_REACH) : m.start()].split()
    return bool(cues.together.search(m.group()) or (before and cues.together.fullmatch(before[-1])))


# "met A and B for a trilateral breakfast": the occasion named after the counterparts.
_FOR_OCCASION: Final = re.compile(r"\s(?:for|in)\s+(?:a|an|their)\s+(?:brief\s+|short\s+)?")
_FOR_OCCASION_REACH: Final = 160


def _together_after(text: str, at: int, e: int) -> bool:
    """Whether the clause after a cue at ``at`` names one meeting of all ("for a trilateral")."""
    m = _FOR_OCCASION.search(text, at, min(e, at + _FOR_OCCASION_REACH))
    return m is not None and _cues().together.match(text, m.end()) is not None


# Words of a plural subject before its noun ("several ASEAN leaders").
_QUANTITY_WORDS: Final = 2


def find_meetings(doc: Document) -> None:
    """Find side meetings and what they discussed and agreed."""
    text = doc.text
    kb = doc.knowledge
    cues = _cues()
    reports: list[_Report] = []
    summit = _Summit.of(doc)
    blocks = [
        b
        for b in doc.blocks
        if (b.kind in BODY_KINDS and b.kind is not BlockKind.TURN)
        or b.kind in (BlockKind.CAPTION, BlockKind.STANDFIRST)
    ]
    unnamed: list[MeetingDraft] = []
    # Who was last seen meeting someone, in this paragraph or the one before: the actor of
    # talks no verb names.
    recent: Person | None = None
    recent_at = -2
    # The actor (None when only described) and the people of the last list of separate
    # meetings, in this paragraph or the one before.
    apart: tuple[Person | None, list[Person]] | None = None
    apart_at = -2
    for b in blocks:
        if b.kind is BlockKind.CAPTION or b.index - recent_at > 1:
            recent = None
        if b.kind is BlockKind.CAPTION or b.index - apart_at > 1:
            apart = None
        spans = block_sentences(doc, b.start, b.end)
        # Which patterns can match in this block at all (see _WITH_HINT): a match in one of
        # its sentences holds the words looked for here.
        bs, be = b.start, b.end
        lower = text[bs:be].lower()
        bilateral = any(w in lower for w in _BILATERAL_HINTS)
        reception = _holds(text, bs, be, cues.reception_heads)
        with_ = (
            any(w in lower for w in _WITH_HINTS)
            or _holds(text, bs, be, _MET_HINTS)
            or _holds(text, bs, be, cues.call_heads)
        )
        officials = text.find("met", bs, be) >= 0
        event = _holds(text, bs, be, cues.event_heads)
        gathering = _holds(text, bs, be, (" for a ", " for an "))
        groups = text.find("and", bs, be) >= 0 and _holds(text, bs, be, _GROUPS_VERBS)
        discussed = text.find(" and ", bs, be) >= 0 and _holds(text, bs, be, _PAIR_HINTS)
        for n, (s, e) in enumerate(spans):
            # "... held bilateral meetings with A, B and C. With B, she discussed X" / "She and
            # B agreed Y": a sentence naming one of them reports that meeting (read below).
            again = _listed_again(doc, apart, s, e)
            if again:
                apart_at = b.index  # the list's meetings are still being told, one by one
            first_report = len(reports)
            for m in _BILATERAL.finditer(text, s, e) if bilateral else ():
                people = _people_in(doc, m.end(), e)
                if len(people) >= 2:
                    reports.append(_Report(people[:2], s, e, b))
            clause = _fronted(doc, b, s, e, reports, summit=summit)
            if b.kind is BlockKind.CAPTION:
                _caption(doc, b, s, e, reports)
            for m in cues.reception.finditer(text, s, e) if reception else ():
                actor = person_in(doc, clause, m.start())
                hosts = _people_at(doc, m.end(), e)
                if actor is not None and hosts and hosts[0][1] is not actor:
                    reports.append(_Report([actor, hosts[0][1]], s, e, b))
            if discussed:
                pairs = _pair(doc, b, s, e, summit=summit)
                reports.extend(pairs)
                if pairs:
                    recent, recent_at = pairs[-1].people[0], b.index
            # The end of the last cue's list of people met, and who met them.
            last: tuple[int, Person | None] = (clause, None)
            for m in cues.with_.finditer(text, s, e) if with_ else ():
                if m.start() < clause:
                    continue  # inside the fronted phrase, read by _fronted
                noun = _NOUN_CUE.fullmatch(m.group()) is not None and (
                    _TALKS_OPEN.fullmatch(
                        text, max(clause, text.rfind(",", clause, m.start()) + 1), m.start()
                    )
                    is not None
                )
                if noun:
                    # "Talks with X focused on", "while the talks with X": no verb names the
                    # actor; it is the one last seen meeting people here.
                    subject = (
                        _last_named(doc, b, m.start(), "he")
                        if text[m.start() - 4 : m.start()].lower() == "his "
                        else _last_named(doc, b, m.start(), "she")
                        if text[m.start() - 4 : m.start()].lower() == "her "
                        else recent
                    )
                else:
                    subject = None
                subject = (
                    subject
                    or (
                        # "He paid a call on X at the palace, and had talks with Y": after a first
                        # cue, the one who met X meets Y unless someone else is named between.
                        person_in(doc, last[0], m.start()) or last[1] if last[0] > clause else None
                    )
                    or (
                        person_in(doc, clause, m.start())
                        or _pronoun_actor(doc, b, clause, m.start())
                        or _protagonist_if_described(doc, clause, m.start())
                    )
                )
                # A second cue in the sentence ("met X to discuss A, and held a separate meeting
                # with Y, who ..."): its meeting's words start at it.
                second = last[0] > clause
                met, listed = _counterparts(doc, m.end(), e)
                last = (listed, subject)
                if subject is not None:
                    recent, recent_at = subject, b.index
                if subject is not None and subject in met:
                    # Nobody meets themselves: "The Prime Minister met Prime Minister X" was
                    # resolved to X for want of another prime minister, and means someone else.
                    subject = None
                others = [p for p in met if p is not subject]
                if (
                    len(others) > 1
                    and cues.a_summit.fullmatch(m.group())
                    and not _together_cue(text, clause, m)
                ):
                    continue  # "held a summit with A, B and C": maybe the summit itself
                if not others:
                    if subject is not None and cues.separate.search(m.group()):
                        reports.extend(_by_country(doc, subject, (m.end(), e), s, b))
                    continue
                apart_with = len(others) > 1 and _AND_WITH.search(text, m.end(), e) is not None
                if subject is None:
                    # "The Prime Minister met Italian Prime Minister X": the actor is someone
                    # the report describes but never names; the meeting has X alone.
                    if _described_actor(doc, clause, m.start()):
                        reports.extend(
                            _Report(
                                [other],
                                s,
                                e,
                                b,
                                bilateral=True,
                                topics=_on_topics(doc, other, m.end(), e),
                                cue=_named_at(doc, other, m, e) if apart_with else -1,
                                resume=e if apart_with else -1,
                            )
                            for other in others
                        )
                        if len(others) > 1:
                            apart, apart_at = (None, others), b.index
                    continue
                if len(others) > 1 and (
                    _together_cue(text, clause, m)
                    or _together_after(text, m.end(), e)
                    or _together_next(doc, b, spans, n)
                ):
                    reports.append(_Report([subject, *others], s, e, b))
                    continue
                cue = m.start() if noun or second else -1
                # "with A, ..., and with B, ...": each "with" opens a meeting's own words.
                reports.extend(
                    _Report(
                        [subject, other],
                        s,
                        e,
                        b,
                        topics=_on_topics(doc, other, m.end(), e),
                        cue=_named_at(doc, other, m, e) if apart_with else cue,
                        resume=e if apart_with else -1,
                    )
                    for other in others
                )
                if len(others) > 1:
                    apart, apart_at = (subject, others), b.index
            if again and apart is not None:
                # Those the cues above did not report with whom they met ("With A, he discussed
                # X, while his talks with B touched on Y": A); with several, each one's words
                # start at its name.
                actor = apart[0]
                cued = {
                    id(p) for r in reports[first_report:] if len(r.people) > 1 for p in r.people
                }
                for at, p in again:
                    if id(p) not in cued:
                        met_by = [p] if actor is None else [actor, p]
                        cue = at if len(again) > 1 else -1
                        reports.append(_Report(met_by, s, e, b, bilateral=actor is None, cue=cue))
            # "Russian and Danish diplomats exchanged opinions ...": a meeting of two sides whose
            # people the text does not name.
            for m in _OFFICIALS_MET.finditer(text, s, e) if officials else ():
                mt = MeetingDraft(b.start, b.end)
                mt.topics.append(norm(m["topic"]))
                rest = text[e : b.end]
                for will in _OFFICIALS_AGREED.finditer(rest):
                    mt.agreements.append(norm(will.group(1)))
                unnamed.append(mt)
            for m in cues.gathering.finditer(text, s, e) if gathering else ():
                reports.extend(_gathering(doc, b, clause, (s, e), m))
            for m in cues.event.finditer(text, s, e) if event else ():
                # "Special Envoy X hosted two roundtables": one multilateral meeting of X with
                # the participants, named or not (the tag keeps X alone from a bilateral).
                host = person_in(doc, clause, m.start())
                if host is not None:
                    reports.append(_Report([host], s, e, b, tag="event"))
            for m in _GROUPS.finditer(text, s, e) if groups else ():
                if kb.country_by_demonym(m["a"]) and kb.country_by_demonym(m["b"]):
                    mt = MeetingDraft(b.start, b.end)
                    rest = text[e : b.end]
                    for agreed in _GROUPS_AGREED.finditer(rest):
                        mt.agreements.extend(_items(agreed.group(1)))
                    unnamed.append(mt)
    _in_turns(doc, reports)
    merged: dict[tuple[frozenset[int], str], MeetingDraft] = {}
    sources: dict[int, list[_Report]] = {}
    # The two-sided meetings each person had: a later report of "the meeting with X" that
    # names X alone ("At the meeting with X, the sides discussed") is that one, if X had one.
    two_sided: dict[int, set[frozenset[int]]] = {}
    for r in reports:
        if len(r.people) == 2 and not r.tag:
            for p in r.people:
                two_sided.setdefault(id(p), set()).add(frozenset(id(x) for x in r.people))
    for r in reports:
        for p in r.people if len(r.people) > 1 else ():
            if p.weight < 1 and p.role is not None and not p.absent:
                p.weight = 1  # a titled person met on the sidelines takes part in the summit
        key = (frozenset(id(p) for p in r.people), r.tag)
        had = two_sided.get(id(r.people[0]), set()) if len(r.people) == 1 and not r.tag else set()
        if len(had) == 1:
            key = (next(iter(had)), r.tag)
        found = merged.get(key)
        if found is None:
            # One named person: an unnamed actor met them, unless a group did (tagged).
            alone = len(r.people) == 1 and not r.tag
            mt = MeetingDraft(r.start, r.end, people=list(r.people), bilateral=r.bilateral or alone)
            merged[key] = mt
            sources[id(mt)] = []
        else:
            mt = found
        sources[id(mt)].append(r)
    claimed: set[int] = set()
    # Where each meeting's report starts in a paragraph: another meeting's words stop there.
    starts = sorted(
        (at, id(mt))
        for mt in merged.values()
        for r in sources[id(mt)]
        for at in (r.cue if r.cue >= 0 else r.start, r.resume)
        if at >= 0
    )
    for mt in merged.values():
        # The fullest report: a body paragraph that opens with the meeting, with what follows.
        best: list[Block] | None = None
        cue_at = mt.start
        for r in sources[id(mt)]:
            b = r.block
            if r.extent:
                follow = list(r.extent)
            elif b.kind is BlockKind.CAPTION:
                continue
            else:
                follow = [b, *_following(doc, b, mt.people)] if _opens_with_meeting(doc, b) else [b]
            if best is None or len(follow) > len(best):
                best, cue_at = follow, r.cue if r.cue >= 0 else r.start
        for r in sources[id(mt)]:
            mt.topics.extend(t for t in r.topics if t not in mt.topics)
        if best:
            mt.start, mt.end = best[0].start, best[-1].end
            if best[0].kind is not BlockKind.TURN and (
                len(best) > 1 or _opens_with_meeting(doc, best[0], cue_at)
            ):
                claimed.update(x.index for x in best)
            _topics_and_agreements(doc, mt, best, cue_at, starts)
            # Other paragraphs that report the same meeting say what it was on from their cue.
            for r in sources[id(mt)]:
                at = r.cue if r.cue >= 0 else r.start
                if (
                    r.block.kind in BODY_KINDS
                    and not r.extent
                    and all(r.block is not x for x in best)
                ):
                    _topics_and_agreements(doc, mt, [r.block], at, starts)
        doc.meetings.append(mt)
    doc.meetings.extend(unnamed)
    doc.meeting_blocks = frozenset(claimed)
    doc.meetings.sort(key=lambda m: m.start)


# How far before "for a working lunch" its verb, and before the verb its subject, may stand:
# ten names with their titles fit.
_GATHERING_REACH: Final = 400


def _gathering(
    doc: Document, b: Block, clause: int, sentence: tuple[int, int], m: re.Match[str]
) -> list[_Report]:
    """One meeting of a host and the people listed: "X hosted A and B for a working lunch".

    ``m`` is the "for a ..." phrase; its verb is the last gathering verb before it in the
    ``sentence``, the people stand between, and the subject before the verb is the host.
    """
    text = doc.text
    lo = max(clause, m.start() - _GATHERING_REACH)
    verb = next(reversed(list(_cues().gathering_verb.finditer(text, lo, m.start()))), None)
    if verb is None:
        return []
    guests = _people_in(doc, verb.end(), m.start())
    # The host stands in the clause before the verb, within reach: linear in a long sentence.
    near = max(clause, verb.start() - _GATHERING_REACH)
    host = person_in(doc, near, verb.start()) or _pronoun_actor(doc, b, clause, verb.start())
    if host is None or not guests or host in guests:
        return []
    s, e = sentence
    topics = _on_phrase(doc, m.end(), e)
    return [_Report([host, *guests], s, e, b, topics=topics, cue=verb.start())]


# A name's country after it: "President X of Ghana".
_OF_PLACE: Final = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
#: "X and Y discussed Z": the verbs of two people named as the subject talking together. "met"
#: alone, not "met with Z": a third person met is read by the "met with" cue.
_PAIR_HINTS: Final = ("discussed", "talked", "exchanged", "held", "reviewed", "met")
# Between the two names: the first one's country, "and", the second one's title ("President X
# of Ghana and Prime Minister Y", "X and his Norwegian counterpart Y").
_PAIR_GAP: Final = re.compile(
    _OF_PLACE + r"(?P<joint>,?\s+and\s+|,\s+)"
    r"(?:(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart,?\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}"
)
#: A meeting named by its noun alone, with no verb before it ("Talks with X focused on").
_NOUN_CUE: Final = re.compile(r"(?i:talks|meeting)\s+with")
#: What may stand before such a noun in its clause: an article, a possessive, "while".
_TALKS_OPEN: Final = re.compile(
    r"\W*(?:(?:while|whereas|but|and)\s+)?(?:(?:the|his|her|their)\s+)?(?:[a-z-]+\s+)?",
    re.IGNORECASE,
)


def _listed_again(
    doc: Document, apart: tuple[Person | None, list[Person]] | None, s: int, e: int
) -> list[tuple[int, Person]]:
    """The people of the last list of separate meetings the sentence ``[s, e)`` names again.

    Several count only by name (or by their country: "the Austrian minister") and when the
    sentence names nobody else but the actor: "Later, A, B and C met" reports a meeting of its
    own, and "the president" may be either.
    """
    if apart is None:
        return []
    found = _people_at(doc, s, e)
    named = [(at, p) for at, p in found if p in apart[1]]
    if len(named) > 1:
        by_name = {
            ms
            for ms, me, _p in doc.mentions_in(s, e)
            if doc.text[ms:me].split()[0].lower() not in _ARTICLES
        } | {d.start for d in doc.descriptions_in(s, e) if d.country is not None}
        if any(at not in by_name or (p not in apart[1] and p is not apart[0]) for at, p in found):
            return [x for x in named if x[0] in by_name][:1]
    return named


def _pair(doc: Document, b: Block, s: int, e: int, *, summit: _Summit) -> list[_Report]:
    """Meetings of two people named as one subject of talking: "X and Y discussed Z".

    Where only two people take part at all, their talks are the summit itself, not a side
    meeting.
    """
    text = doc.text
    named = doc.mentions_in(s, e)
    out = []
    # A run of names listed as one subject ("A, B and C held a trilateral meeting"): where it
    # started, its people, and whether it has reached its "and".
    first, people, closed = -1, [named[0][2]] if named else [], False
    for (s1, e1, _), (s2, e2, p2) in itertools.pairwise(named):
        gap = _PAIR_GAP.fullmatch(text, e1, s2)
        if gap is None or p2 in people or closed:
            first, people, closed = -1, [p2], False
            continue
        first = s1 if first < 0 else first
        people.append(p2)
        closed = "and" in gap["joint"]
        verb = _cues().pair_verb.match(text, e2, e) if closed else None
        if verb is not None and _the_summit_met(doc, people, verb, s, e, summit=summit):
            continue  # "A, B, C and D met at the palace": the summit's own meeting
        if verb is not None:
            # "held a trilateral meeting on cross-border electricity trade, where ..."
            topics = _on_phrase(doc, verb.end(), e)
            out.append(_Report(list(people), s, e, b, cue=first, topics=topics))
    if out and sum(1 for p in doc.people if p.weight >= 1) <= 2:
        return []  # the two are the summit
    return out


# Those of the summit a report may name without their taking part in "A, B, C and D met":
# mentions read as participants, an official of the body.
_SUMMIT_SLACK: Final = 2
# (Words of separate or joint meetings are the cues' own: "separately", "trilateral".)
_SIDE: Final = re.compile(r"\b(?i:sidelines|margins?|fringes?|side|bilateral)\b")


def _the_summit_met(
    doc: Document, people: list[Person], verb: re.Match[str], s: int, e: int, *, summit: _Summit
) -> bool:
    """Whether "A, B, C and D met" tells of the summit: nearly all of it, with no side cue."""
    if len(people) < _SUMMIT_MIN or verb.group().split()[-1] != "met":
        return False
    text = doc.text
    return (
        len(people) >= summit.everyone - _SUMMIT_SLACK
        and _SIDE.search(text, s, e) is None
        and _cues().separate.search(text, s, e) is None
        and _cues().together.search(text, s, e) is None
    )


class _Summit(NamedTuple):
    """Who takes part, counted once per parse: talks with all of them are the summit's own."""

    #: How many participants there are.
    everyone: int
    #: The countries of those present.
    states: frozenset[str]

    @classmethod
    def of(cls, doc: Document) -> _Summit:
        taking_part = [p for p in doc.people if p.weight >= 1]
        return cls(
            len(taking_part),
            frozenset(p.country for p in taking_part if not p.absent and p.country),
        )


#: The fewest people a summit has: talks with all of them are its own, not a side meeting's.
_SUMMIT_MIN: Final = 3


def _fronted(
    doc: Document, b: Block, s: int, e: int, reports: list[_Report], *, summit: _Summit
) -> int:
    """Read a sentence that opens with a meeting phrase; return where its main clause starts.

    "In a meeting with X, Y proposed ...", "Before his talks with X, Y met Z": Y met X. The
    actor is the subject right after the phrase's comma: a name, a pronoun, a description. A
    plural subject ("several ASEAN leaders pressed ...") makes a meeting of the people after
    "with" alone.
    """
    text = doc.text
    cues = _cues()
    m = cues.fronted.match(text, s, e)
    if m is None:
        return s
    comma = text.find(",", m.end(), e)
    if comma < 0:
        return s
    clause = comma + 1
    others = _people_in(doc, m.end(), comma)
    if not others:
        return clause
    one_event = m["noun"].lower() in cues.one_event
    actor = _clause_subject(doc, b, clause, e)
    if actor is None:
        if _plural_subject(doc, clause, e):
            reports.append(_Report(others, s, e, b, bilateral=False, tag="group"))
        elif _described_actor(doc, clause, _first_verb(text, clause, e)) or (
            len(others) == 1 and SIDES.match(text, clause)
        ):
            # "At the meeting with X, the sides discussed ...": X's meeting with whoever the
            # report told of, its words here.
            reports.extend(_Report([p], s, e, b, bilateral=True) for p in others)
        return clause
    others = [p for p in others if p is not actor]
    foreign = summit.states - {actor.country}
    if len(foreign) >= _SUMMIT_MIN - 1 and foreign <= {p.country for p in others}:
        # "Following the talks with A and B, the Prime Minister said": every state the summit
        # had, so the summit's own talks, no side meeting.
        return clause
    if one_event and len(others) > 1:
        reports.append(_Report([actor, *others], s, e, b))
    else:
        reports.extend(_Report([actor, p], s, e, b) for p in others)
    return clause


_LOWER_WORD: Final = re.compile(r"\b[a-z][\w’'-]*")


def _first_verb(text: str, s: int, e: int) -> int:
    """Where the first lower-case word after ``s`` starts (the end of a subject of titles)."""
    m = _LOWER_WORD.search(text, s, e)
    return m.start() if m else e


def _clause_subject(doc: Document, b: Block, s: int, e: int) -> Person | None:
    """The person the clause starting at ``s`` opens with: a name, a description, a pronoun."""
    words = doc.text[s : min(e, s + 40)].split()
    if words and words[0].lower() in _PRONOUNS:
        return _last_named(doc, b, s, words[0].lower())
    found = _people_at(doc, s, e)
    if not found:
        return None
    at, p = found[0]
    # Only titles before the name ("Japanese Prime Minister X"), or a description's article.
    lower = [w for w in doc.text[s:at].split() if w[:1].islower()]
    return p if not lower or lower == ["the"] else None


def _plural_subject(doc: Document, s: int, e: int) -> bool:
    """Whether the clause at ``s`` opens with a group ("several ASEAN leaders")."""
    text = doc.text
    for d in doc.descriptions_in(s, e):
        if d.plural:
            return len(text[s : d.start].split()) <= _QUANTITY_WORDS and not any(
                w[:1].isupper() for w in text[s : d.start].split()
            )
    return False


def _pronoun_subject(doc: Document, s: int, e: int) -> str | None:
    """The pronoun ("he", "she") when the clause ``[s, e)`` is one and fillers ("He then")."""
    if e - s > _FILLERS_REACH:
        return None  # too long for a pronoun and a few fillers, and not read to its end
    words = doc.text[s:e].lower().split()
    if not words or words[0] not in _PRONOUNS:
        return None
    return None if any(w not in _cues().fillers for w in words[1:]) else words[0]


def _pronoun_actor(doc: Document, b: Block, s: int, e: int) -> Person | None:
    """The person "He" or "She" refers to when the subject is a pronoun ("He has met with X")."""
    pronoun = _pronoun_subject(doc, s, e)
    return None if pronoun is None else _last_named(doc, b, s, pronoun)


def _last_named(doc: Document, b: Block, pos: int, pronoun: str) -> Person | None:
    """Whom ``pronoun`` at ``pos`` means, in its paragraph or the one before.

    A photo's caption or page furniture between the two paragraphs is passed over.
    """
    k = b.index - 1
    while k > 0 and b.index - k <= _ASIDES_MAX and doc.blocks[k].kind in _ASIDES:
        k -= 1
    prev = doc.blocks[k] if k >= 0 else b
    return antecedent(doc, pos, pronoun, floor=prev.start if prev.kind in BODY_KINDS else b.start)


#: Blocks set between two paragraphs that do not interrupt the story, and how many in a row.
_ASIDES: Final = frozenset({BlockKind.CAPTION, BlockKind.CLUTTER})
_ASIDES_MAX: Final = 3


_LIST_GLUE: Final = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")


def _by_country(
    doc: Document, actor: Person, span: tuple[int, int], sent: int, b: Block
) -> list[_Report]:
    """Separate meetings with counterparts named by country only: one per country of the list.

    The list starts within a few words after "with" ("the Presidents of A, B and C", "his A, B
    and C counterparts") and goes on while only commas and "and" stand between the countries.
    """
    text = doc.text
    s, e = span
    found: list[str] = []
    last = s
    for h in doc.hits_in(s, e):
        country = h.kinds.get("country") or h.kinds.get("demonym")
        if country is None:
            continue
        gap = text[last : h.start]
        if found and not _LIST_GLUE.fullmatch(gap):
            break
        if not found and (len(gap.split()) > 4 or doc.mentions_in(last, h.start)):
            break
        name = country.name
        if name not in found:
            found.append(name)
        last = h.end
    if len(found) < 2:  # one country is no list of separate meetings
        return []
    return [_Report([actor], sent, e, b, tag=name, bilateral=True) for name in found]


def _together_next(doc: Document, b: Block, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether the sentence after the n-th speaks of the people who met as one group."""
    if n + 1 < len(spans):
        at = spans[n + 1][0]
    else:
        nxt = doc.blocks[b.index + 1] if b.index + 1 < len(doc.blocks) else None
        if nxt is None or nxt.kind is not BlockKind.PARAGRAPH or nxt.section != b.section:
            return False
        at = nxt.start
    return bool(_cues().joint.match(doc.text, at))


def _caption(doc: Document, b: Block, s: int, e: int, reports: list[_Report]) -> None:
    """A caption "X greets Y": X and Y met."""
    for m in _cues().caption.finditer(doc.text, s, e):
        actor = person_in(doc, s, m.start())
        met = _people_at(doc, m.end(), e)
        if actor is None or not met or met[0][1] is actor:
            continue
        if _PAST_OBJECT.search(doc.text, m.end(), met[0][0]):
            continue  # "X receives the flag from the outgoing Chair, Y": a thing, given by Y
        reports.append(_Report([actor, met[0][1]], s, e, b))


#: A preposition between a caption's verb and the person after it: the verb's object is a thing.
_PAST_OBJECT: Final = re.compile(r"\b(?:from|to|at|in|on|for|into)\s", re.IGNORECASE)


_YOU: Final = frozenset({"you"})
_WE: Final = frozenset({"i", "we"})


def _in_turns(doc: Document, reports: list[_Report]) -> None:
    """Meetings mentioned in a transcript ("you held a bilateral meeting with X this morning").

    "You" is the person who answers (the next turn's speaker), "I" or "we" the turn's own. The
    answer goes on reporting the meeting. The people met take part in it.
    """
    text = doc.text
    turns = {
        q.block.index: q
        for q in doc.quotes
        if q.block.kind is BlockKind.TURN and q.start == q.block.data.get("turn_text")
    }
    order = sorted(turns)
    with_ = _cues().with_
    for k, i in enumerate(order):
        q = turns[i]
        answer = turns[order[k + 1]] if k + 1 < len(order) else None
        # The answer's words open in the block after its label when the label has a line of
        # its own ("Name, Role:" / "Good afternoon. ...").
        answered = doc.block_at(answer.start) if answer is not None else None
        for b in _turn_paragraphs(doc, q):
            for s, e in block_sentences(doc, max(q.start, b.start), b.end):
                for m in with_.finditer(text, s, e):
                    comma = text.rfind(",", s, m.start())
                    words = text[comma + 1 if comma >= 0 else s : m.start()].lower().split()
                    if not words:
                        continue
                    extent: tuple[Block, ...]
                    if words[0] in _YOU and answer is not None:
                        actor, extent = answer.speaker, (b, answered or answer.block)
                    elif words[0] in _WE:
                        actor, extent = q.speaker, (b,)
                    else:
                        continue
                    others = [p for p in _people_in(doc, m.end(), e) if p is not actor]
                    if actor is None or not others:
                        continue
                    reports.extend(_Report([actor, p], s, e, b, extent=extent) for p in others)


#: "talks with X on fisheries", "with X, on Arctic security, and with Y": the topic right after
#: the counterpart's name. "on" before a time or an occasion ("on Monday", "on the sidelines")
#: says when or where instead.
_ON_TOPIC: Final = re.compile(r",?\s+on\s+(?P<topic>[^.;,—]+)")
# Where an "on" phrase's topics end: "on trade and the two agreed to ...": a clause of its own.
_ON_STOP: Final = re.compile(
    r"\s+and\s+with\s|\s+(?:to|before|after|as|when|while|which)\s|,?\s+and\s+(?:they|he|she|"
    r"both|the\s+(?:two|sides|leaders|presidents|ministers)|the\s+two\s+[a-z]+)\b"
    # "held talks on X and agreed to Y": the same subject's next verb.
    r"|,?\s+and\s+(?:also\s+)?(?:agreed|decided|resolved|signed|pledged|vowed|promised|"
    r"discussed|reviewed|exchanged|welcomed|stressed|underlined|noted|called|urged|reaffirmed)\b"
)


def _named_at(doc: Document, person: Person, m: re.Match[str], end: int) -> int:
    """Where one of several people met separately is named after the cue ``m``.

    "held separate meetings with A, with whom she discussed X, and with B, who invited her":
    each "with" opens a meeting of its own, and what is said after a name, up to the next
    one's, is that meeting's.
    """
    reach = min(end, m.end() + _COUNTERPARTS_REACH)  # where _counterparts found the person
    at = next((a for a, _, p in doc.mentions_in(m.end(), reach) if p is person), m.start())
    # The last "and with" before the name, with any title between.
    opening = max((x.start() for x in _AND_WITH.finditer(doc.text, m.end(), at)), default=-1)
    return opening if opening >= 0 else m.start()


def _on_topics(doc: Document, person: Person, start: int, end: int) -> tuple[str, ...]:
    """The topics an "on" phrase gives right after ``person``'s first mention in the span."""
    at = next((me for _, me, p in doc.mentions_in(start, end) if p is person), None)
    return () if at is None else _on_phrase(doc, at, end)


def _on_phrase(doc: Document, at: int, end: int) -> tuple[str, ...]:
    """The topics of an "on" phrase at ``at`` ("..., on trade and energy"), if it names any."""
    m = _ON_TOPIC.match(doc.text, at, end)
    if m is None:
        return ()
    seg = m["topic"]
    stop = _ON_STOP.search(seg)
    seg = seg[: stop.start()] if stop else seg
    first = seg.split()
    if not first:
        return ()
    head = first[1] if first[0].lower() in ("the", "a", "an", "its", "his", "her") else first[0]
    if (
        head[:1].isdigit()
        or head.lower() in lexicon().meeting_cues["occasions"]
        or head in MONTHS
        or re.fullmatch(r"[A-Z][a-z]+day", head)
    ):
        return ()
    return tuple(norm(x) for x in _topic_items(seg))


def _turn_paragraphs(doc: Document, q: QuoteDraft) -> list[Block]:
    """The paragraphs that hold a turn's words, from the one it opens in to its end."""
    first = doc.block_at(q.start)
    out = [first]
    k = first.index + 1  # walked by index: a slice of the blocks per turn would be quadratic
    while k < len(doc.blocks) and doc.blocks[k].start < q.end:
        out.append(doc.blocks[k])
        k += 1
    return out


def _items(phrase: str) -> list[str]:
    parts = _ITEMS_GLUE.split(phrase.strip())
    return [norm(p) for p in parts if p.strip()]


# How much of a paragraph's first sentence can open it with a meeting.
_HEAD_REACH: Final = 600


def _opens_with_meeting(doc: Document, b: Block, cue: int = -1) -> bool:
    """Whether the paragraph's first sentence reports the meeting.

    It holds a meeting cue, or the meeting's own ``cue`` ("A and B held a tête-à-tête, ...").
    """
    text = doc.text
    # Read from the paragraph's start only: it is asked once per meeting the paragraph reports.
    end = min(b.end, b.start + _HEAD_REACH)
    spans = block_sentences(doc, b.start, end)
    hs, he = spans[0] if spans else (b.start, end)
    if hs <= cue < he:
        return True
    head = text[hs:he]
    return bool(_BILATERAL.search(head) or _cues().with_.search(head))


def _described_actor(doc: Document, s: int, e: int) -> bool:
    """Whether one person is described (a title, no name, or "he") just before a meeting verb."""
    if _pronoun_subject(doc, s, e) is not None:
        return True
    for d in doc.descriptions_in(s, e):
        if d.end <= e and not d.plural and not doc.text[d.end : e].strip():
            return True
    return False


def _protagonist_if_described(doc: Document, s: int, e: int) -> Person | None:
    phrase = " ".join(doc.text[s:e].split()).lower()
    m = _DESCRIBED_HEAD.search(phrase)
    return protagonist_as(doc, m.group()) if m else None


_GOES_ON: Final = re.compile(
    # A readout's numbered paragraphs ("2. The two leaders ...") go on the same way.
    r"(?:\(?(?:\d{1,2}|[a-z])[.)]\s+)?"
    r"(?:It\s+was\s+(?:noted|agreed|decided|stressed|emphasi[sz]ed|underlined|pointed\s+out)|"
    r"The\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|sides|parties|interlocutors|"
    r"two\s+sides)|Both\s+(?:leaders|sides|presidents)|They\b)",
    re.IGNORECASE,
)


_SUMMIT_SUBJECT: Final = re.compile(
    r"(?:The|All(?:\s+the)?)\s+(?:[\w’'-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|"
    r"presidents|prime\s+ministers|member\s+states)\b"
)


def _at(item: tuple[int, int]) -> int:
    return item[0]


#: Words that open a description bound to someone, not a name ("the president").
_ARTICLES: Final = frozenset({"the", "a", "an", "his", "her", "its", "their"})


def _following(doc: Document, b: Block, people: list[Person]) -> list[Block]:
    """The paragraphs after ``b`` that go on reporting the meeting ``b`` opens.

    Where paragraphs run line after line, the rest of the section is the report. Where each
    paragraph stands alone (between blank lines, or as HTML blocks), the report goes on while
    the paragraphs name the people who met or carry on with "It was agreed", "The two leaders".
    """
    if b.kind not in BODY_KINDS:
        return []
    section = doc.section_at(b.section)
    if section is None:
        return []
    body = [x for x in section.blocks if x.kind in BODY_KINDS]
    if b not in body:
        return []
    rest = body[body.index(b) + 1 :]
    if body[0] is b and section.heading is None and rest and not any(x.gap_before for x in rest):
        return rest
    follow = []
    # The person the report follows is named everywhere: a paragraph goes on with the meeting
    # when it names someone they met, or names nobody outside the meeting.
    inside = {id(p) for p in people}
    met = {id(p) for p in people if p is not doc.protagonist or len(people) == 1}
    # After two met at a summit of more, "The leaders agreed that X will host ..." in a paragraph
    # of its own is the summit's members: "the two leaders" or "both" would be the pair's.
    wide = len(people) == 2 and len({p.country for p in doc.people if p.country}) > len(people)
    for x in rest:
        if x.kind is BlockKind.TURN or _opens_with_meeting(doc, x):
            break  # the next meeting's report
        if wide and _SUMMIT_SUBJECT.match(doc.text, x.start) and not PAIR.match(doc.text, x.start):
            break
        here = {id(p) for _s, _e, p in doc.mentions_in(x.start, x.end)}
        named = bool(here & met) or (bool(here) and here <= inside)
        if not (named or _GOES_ON.match(doc.text, x.start)):
            break
        follow.append(x)
    return follow


_TOPIC_LEAD: Final = re.compile(
    r"^(?:the\s+most\s+important\s+matters\s+of\s+|matters\s+of\s+|issues\s+of\s+|on\s+|"
    r"(?:also\s+)?(?:discussed|touched\s+upon|considered|reviewed)\s+(?:in\s+detail\s+)?)"
)


# A participle and "that" or "to" opens a clause, not a topic: "adding that", "hoping to"; so
# does a past verb and its object ("... and signed a memorandum").
_CLAUSE: Final = re.compile(r"[a-z]+ing\s+(?:that|to)\b|[a-z]+ed\s+(?:a|an|the)\s")


_FULL_STOP: Final = re.compile(r"\.(?=\s|$)")
_DETERMINER_BEFORE: Final = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+\Z", re.IGNORECASE)


def _agreed(agreed_re: re.Pattern[str], text: str, s: int, e: int) -> list[re.Match[str]]:
    """The agreement cues in ``[s, e)``; "the proposed dam" is a participle before its noun."""
    return [
        m
        for m in agreed_re.finditer(text, s, e)
        if not _DETERMINER_BEFORE.search(text, max(s, m.start() - 8), m.start())
    ]


_EXAMPLES: Final = re.compile(r",?\s+(?:including|such\s+as|in\s+particular)\s")
_NEW_CLAUSE: Final = re.compile(
    r",\s+and\s+(?=[A-Z])|,\s+(?:but|while|whereas)\s"
    # "agreed to X and discussed Y", "agreed to X, and the two leaders signed Y": the next verb's.
    r"|,?\s+and\s+(?:(?:the|both)\s+(?:two\s+)?[a-z]+\s+)?(?:also\s+)?"
    r"(?:discussed|signed|reviewed|exchanged|touched|talked|held|met|raised|witnessed)\b"
)
# "discussed X, while the talks with Y focused on Z": what follows is another meeting's.
_TOPIC_STOP: Final = re.compile(r"\.(?=\s|$)|\s+—\s+|;|,\s+(?:while|whereas|but|although|though)\s")
_FRONTED_STOP: Final = re.compile(r"\.(?=\s|$)|\s+—\s+|;|,")
_TOPIC_GLUE: Final = re.compile(r"(,\s+and\s+|\s+and\s+|,\s+)")
# A topic cut at the "and" of "between A and B" or "a corridor linking A and B", which joins
# no two topics.
_BETWEEN: Final = re.compile(r"\b(?:between|linking|connecting|joining)\s+(?:the\s+)?\S+\Z")


# A participle's clause after the meeting's: "met X, focusing on Y", "..., with the two
# discussing Y".
_PARTICIPLE_OPEN: Final = re.compile(
    r",\s+(?:with\s+the\s+(?:two|three|four|sides|leaders)\s+)?\Z", re.IGNORECASE
)
# One place's name in such a list: capitalised words.
_PLACE: Final = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*")


def _topic_items(seg: str) -> list[str]:
    """The topics of a list ("A, B and C"), "air links between X and Y" kept whole."""
    parts = _TOPIC_GLUE.split(seg)
    items: list[str] = []
    joining = False  # inside "connecting A, B" whose "and" is still to come
    for k in range(0, len(parts), 2):
        glue = " ".join(parts[k - 1].split()) if k else ""
        linked = bool(items) and (joining or _BETWEEN.search(items[-1]) is not None)
        if linked and (glue == "and" or (glue in (",", ", and") and _PLACE.fullmatch(parts[k]))):
            # "a line connecting Lima, Quito and Bogota": places the phrase links, one topic.
            items[-1] += parts[k - 1] + parts[k]
            joining = glue == ","
        else:
            items.append(parts[k])
            joining = False
    return [x for x in items if x.strip()]


@functools.cache
def _topic_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The topic, agreement and request cues as patterns, built once from the lexicon."""
    lex = lexicon()
    topic_re = re.compile(
        rf"\b(?:{alternation(lex.meeting_topics)})\s+(?:in\s+detail\s+)?", re.IGNORECASE
    )
    agreed_re = re.compile(rf"\b(?:{alternation(lex.meeting_agreed)})\s+", re.IGNORECASE)
    # "asked her to visit X": the request is the agreement, its verb included.
    requests_re = re.compile(
        rf"\b(?:{alternation(lex.meeting_cues['requests'])})\s+(?=(?:\S+\s+){{1,3}}?to\s)"
    )
    return topic_re, agreed_re, requests_re


@functools.cache
def _occasion_tail() -> re.Pattern[str]:
    """Where a topic ends in when or where ("... on the margins of the plenary")."""
    occasions = lexicon().meeting_cues["occasions"]
    return re.compile(rf"\s+(?:on|at|during)\s+the\s+(?:{alternation(occasions)})\b")


def _own_spans(
    starts: list[tuple[int, int]], mt: MeetingDraft, b: Block, s: int
) -> list[tuple[int, int]]:
    """The parts of ``b`` from ``s`` on that report ``mt``, by where reports start in it.

    A part ends where a report of another meeting starts ("Talks with X focused on A, while Y
    and Z discussed B") and resumes where one of ``mt`` does. Words before the paragraph's first
    report are the meeting's.
    """
    me = id(mt)
    lo = bisect.bisect_left(starts, b.start, key=_at)
    hi = bisect.bisect_left(starts, b.end, key=_at)
    owners: dict[int, set[int]] = {}
    for at, who in starts[lo:hi]:
        owners.setdefault(at, set()).add(who)
    spans: list[tuple[int, int]] = []
    held = s
    for at in sorted(owners):
        mine = me in owners[at]
        if at <= s:
            held = s if mine else -1
        elif held >= 0 and not mine:
            spans.append((held, at))
            held = -1
        elif held < 0 and mine:
            held = at
    if held >= 0:
        spans.append((held, b.end))
    return spans


#: The words after a name that a gapped clause gives it: "and with Kranjc the exchange of ...".
_GAPPED_OBJECT: Final = re.compile(r"\s+(?=(?:the|a|an|its|their|his|her)\s)")
_WITH_BEFORE: Final = re.compile(r"\bwith\s+\Z")
_GAPPED_REACH: Final = 300


def _gapped_at(doc: Document, cue_at: int, topic_re: re.Pattern[str]) -> int | None:
    """Where a gapped clause's object starts after the name at ``cue_at``, or None.

    "With A he discussed X, and with B the Y": after "with B", the noun phrase is what the verb
    before, in the same sentence, says was discussed with B.
    """
    text = doc.text
    if cue_at <= 0 or not _WITH_BEFORE.search(text, max(0, cue_at - 8), cue_at):
        return None
    name = next((me for ms, me, _p in doc.mentions_in(cue_at, cue_at + 80) if ms == cue_at), None)
    gap = _GAPPED_OBJECT.match(text, name) if name is not None else None
    if gap is None:
        return None
    lo = max(0, cue_at - _GAPPED_REACH)  # bounded: a clause's verb, not the page's
    opening = max(text.rfind(". ", lo, cue_at), text.rfind("\n", lo, cue_at), lo - 1) + 1
    if topic_re.search(text, opening, cue_at) is None:
        return None
    return gap.end()


def _topics_and_agreements(
    doc: Document,
    mt: MeetingDraft,
    blocks: list[Block],
    cue_at: int,
    starts: list[tuple[int, int]],
) -> None:
    """Fill a meeting's topics ("discussed X and Y") and agreements ("It was agreed to X").

    ``starts`` are where the reports of every meeting start, with the meeting's ``id``.
    """
    text = doc.text
    # A single paragraph: only what follows the sentence that reports the meeting. In each
    # paragraph, only the words before another meeting's report, or again after its own.
    first = cue_at if len(blocks) == 1 else blocks[0].start
    parts = [
        Block(a, z, x.kind)
        for k, x in enumerate(blocks)
        for a, z in _own_spans(starts, mt, x, max(first, x.start) if k == 0 else x.start)
    ]
    topic_re, agreed_re, requests_re = _topic_patterns()
    for b in parts:
        cues = [(x.start(), x.end()) for x in topic_re.finditer(text, b.start, b.end)]
        # "With A he discussed X, and with B the Y": B's words start at B, the verb's object too.
        gapped = _gapped_at(doc, b.start, topic_re)
        if gapped is not None and gapped < b.end:
            cues.insert(0, (gapped, gapped))
        for at, to in cues:
            fronted = to > at and text[at:to].split()[0].lower().endswith("ing")
            if (
                fronted
                and text[b.start : at].strip()
                and not _PARTICIPLE_OPEN.search(text, max(b.start, at - 30), at)
            ):
                continue  # "looked forward to discussing ...": not what the meeting discussed
            # "Discussing X, the Prime Minister urged ...": a fronted clause ends at its comma.
            stop = _FRONTED_STOP if fronted else _TOPIC_STOP
            end = stop.search(text, to, b.end)
            close = end.start() if end else b.end
            when = _occasion_tail().search(text, to, close)
            seg = text[to : cut_attribution(text, to, when.start() if when else close)]
            # "regional affairs, including China and Ukraine": examples of a topic, not topics.
            seg = _EXAMPLES.split(seg, maxsplit=1)[0]
            seg = _drop_next_with(seg)  # "..., and with B": the next separate meeting's
            for raw in _topic_items(seg):
                if _CLAUSE.match(raw.strip()) or _agreed(agreed_re, raw.strip(), 0, len(raw)):
                    # "..., adding that he ...", "... and the two agreed to ...": the list is
                    # over, a clause goes on.
                    break
                topic = norm(_TOPIC_LEAD.sub("", raw.strip()))
                if topic and len(topic.split()) <= 14 and topic not in mt.topics:
                    mt.topics.append(topic)
        for m in _agreed(agreed_re, text, b.start, b.end):
            end = _FULL_STOP.search(text, m.end(), b.end)
            close = end.start() if end else b.end
            # "..., and Prime Minister X stated that ...": a clause of its own is not agreed.
            other = _NEW_CLAUSE.search(text, m.end(), close)
            upto = cut_attribution(text, m.end(), other.start() if other else close)
            seg = _drop_next_with(norm(text[m.end() : upto]))
            if seg and seg not in mt.agreements:
                mt.agreements.append(seg)
        for m in requests_re.finditer(text, b.start, b.end):
            end = _FULL_STOP.search(text, m.end(), b.end)
            seg = norm(
                text[m.start() : cut_attribution(text, m.end(), end.start() if end else b.end)]
            )
            if seg not in mt.agreements:
                mt.agreements.append(seg)
