"""Drafts to models: stable ids, spans, and the final validated :class:`~summitdoc.Summit`.

Ids are slugs made from the content (``aleksandr-lukashenko``) or numbered in document order
(``speech-3``, ``quote-12``), so the same input always gives the same ids.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Final

from ...models import (
    Caption,
    Decision,
    Meeting,
    MeetingKind,
    Participant,
    Quote,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
)

if TYPE_CHECKING:
    from .._document import Document, Person

__all__ = ["assemble", "slug"]

_NON_WORD: Final = re.compile(r"[\W_]+")


def slug(text: str) -> str:
    """A lower-case id from a name: ``Joseph R. Biden, Jr.`` -> ``joseph-r-biden-jr``."""
    folded = unicodedata.normalize("NFC", text).lower()
    out = _NON_WORD.sub("-", folded).strip("-")
    return out or "x"


def _span(start: int, end: int) -> Span:
    return Span(start=start, end=end)


def _clean(text: str) -> str:
    return " ".join(text.split())


def assemble(doc: Document) -> Summit:
    """Build the summit from everything the stages found.

    Quotes, captions and the source are sliced from the text as given; names, cues and other
    phrases come from the view the stages read (markup blanked).
    """
    text = doc.source if doc.source is not None else doc.text
    view = doc.text
    ids: dict[int, str] = {}
    used: set[str] = set()

    def unique(base: str) -> str:
        ident, n = base, 2
        while ident in used:
            ident = f"{base}-{n}"
            n += 1
        used.add(ident)
        return ident

    people: list[Person] = [p for p in doc.people if p.weight >= 1]
    participants = []
    for p in people:
        ident = unique(slug(p.name))
        ids[id(p)] = ident
        mentions = sorted(set(p.mentions))
        participants.append(
            Participant(
                id=ident,
                name=p.name,
                role=p.role,
                country=p.country,
                organisation=p.organisation,
                aliases=[a for a in p.aliases if a != p.name],
                mentions=[_span(s, e) for s, e in mentions],
            )
        )
    speeches = []
    qn = 0
    for n, sp in enumerate(sorted(doc.speeches, key=lambda s: (s.start, s.section.index)), 1):
        quotes = []
        for q in sorted(sp.quotes, key=lambda q: q.start):
            qn += 1
            quotes.append(
                Quote(
                    id=unique(f"quote-{qn}"),
                    speaker=ids.get(id(q.speaker)) if q.speaker is not None else None,
                    text=text[q.start : q.end],
                    cue=_clean(view[q.cue[0] : q.cue[1]]).strip("*_ ") if q.cue else None,
                    span=_span(q.start, q.end),
                )
            )
        speeches.append(
            Speech(
                id=unique(f"speech-{n}"),
                speaker=ids.get(id(sp.speaker)) if sp.speaker is not None else None,
                setting=sp.setting,
                topic=sp.topic,
                quotes=quotes,
                span=_span(sp.start, sp.end),
            )
        )
    decisions = [
        Decision(
            id=unique(f"decision-{n}"),
            kind=d.kind,
            text=_clean(view[d.start : d.end]),
            subject=d.subject,
            year=d.year,
            span=_span(d.start, d.end),
        )
        for n, d in enumerate(doc.decisions, 1)
    ]
    statements = [
        Statement(
            id=unique(f"statement-{n}"),
            topic=st.topic or _clean(view[st.start : st.end]),
            issuer=st.issuer,
            countries=st.countries,
            points=st.points,
            span=_span(st.start, st.end),
        )
        for n, st in enumerate(doc.statements, 1)
    ]
    meetings = [
        Meeting(
            id=unique(f"meeting-{n}"),
            kind=(
                MeetingKind.BILATERAL
                if len(m.people) == 2 or m.bilateral
                else MeetingKind.MULTILATERAL
            ),
            participants=[ids[id(p)] for p in m.people if id(p) in ids],
            topics=m.topics,
            agreements=m.agreements,
            span=_span(m.start, m.end),
        )
        for n, m in enumerate(doc.meetings, 1)
    ]
    captions = [
        Caption(text=text[c.start : c.end], credit=c.credit, span=_span(c.start, c.end))
        for c in doc.captions
    ]
    meta = doc.meta
    return Summit(
        title=meta.get("title"),
        subtitle=meta.get("subtitle"),
        name=meta.get("name"),
        organisation=meta.get("organisation"),
        acronym=meta.get("acronym"),
        city=meta.get("city"),
        country=meta.get("country"),
        date=meta.get("date"),
        formats=meta.get("formats", ()),
        duration=meta.get("duration"),
        participants=participants,
        speeches=speeches,
        decisions=decisions,
        statements=statements,
        meetings=meetings,
        captions=captions,
        source=Source(path=doc.path, outlet=meta.get("outlet"), language=doc.language, text=text),
    )
