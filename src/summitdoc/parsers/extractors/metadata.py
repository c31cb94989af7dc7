"""Summit metadata: headline, standfirst, the meeting's name, organisation, place, date, formats.

The organisation is the one the top of the report names most (its acronym and full name give
each other through the knowledge files). The meeting's name is a named body of that organisation
("CIS Heads of State Council") or a summit phrase ("12th Russia-European Union summit"). The city
comes from the dateline or from "... in <city>" near a summit noun; a capital or a known city
gives the host country, and "the Kyrgyz capital" gives both.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from .._document import BODY_KINDS, BlockKind, Document
from ..layout.blocks import (
    CITY_AGENCY,
    CITY_DASH,
    COPYRIGHT_MARKS,
    MONTH_ABBRS,
    MONTH_NAMES,
    MONTHS,
    follow_name,
    outlet_byline,
    story_dateline,
    wire_dateline,
    writer_outlet,
)
from ..mentions.lexicon import lexicon
from ._text import alternation, hosts_meeting, norm

if TYPE_CHECKING:
    from ...knowledge import Knowledge, Organisation

__all__ = ["find_metadata"]

_DURATION: Final = re.compile(
    r"\b(?:lasted|took|went\s+on\s+for|continued\s+for)\s+((?:about|around|some|nearly|almost|over|"
    r"more\s+than|less\s+than|roughly|approximately|just\s+over|just\s+under|"
    r"a\s+little\s+(?:over|under|more\s+than|less\s+than))?\s*"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|an?|half\s+an)\s+"
    r"(?:and\s+a\s+half\s+)?(?:hours?|minutes?|days?))",
    re.IGNORECASE,
)
#: Words that put a length in a sentence about a side meeting of two.
_SIDE_MEETING: Final = re.compile(
    r"\b(?:bilateral|one-on-one|tête-à-tête|pull-aside|"
    r"the\s+two\s+(?:leaders|presidents|prime\s+ministers|heads|ministers|sides))\b",
    re.IGNORECASE,
)
#: "of" between two capitalised words of a name: "Heads of State", "Forum of Small States".
_OF_CAPITAL: Final = r"(?:of\s+(?=[A-Z]))?"
#: A capitalised word of a name, with an elided article and an en dash's second name
#: ("d'Ivoire–Ghana").
_NAME_WORD: Final = r"(?:[dl][’'])?[A-Z][\w’'–-]*"
_SUMMIT_PHRASE: Final = re.compile(
    r"((?:\d+(?:st|nd|rd|th)\s+)?"
    # "the Cyprus-Greece-Egypt trilateral summit": a format's adjective after the names.
    r"(?:(?:[A-Z][\w’'-]*\s+){1,5}(?:trilateral|tripartite|quadrilateral|annual|extraordinary)\s+|"
    # "the Forum of Small States (FOSS) Leaders' Summit", "the fourth Heads of State summit".
    # "the Third Central Asia – Russia Summit": a spaced dash joins two names, and an unspaced
    # one two words ("the Türkiye–Africa Partnership Summit").
    rf"(?:(?:{_NAME_WORD}|\([A-Z]{{2,8}}\))\s+(?:[–—]\s+(?=[A-Z]))?"
    rf"{_OF_CAPITAL}){{0,6}})"
    r"(?:[Ss]ummit|SUMMIT)(?:\s+on\s+[A-Z][\w-]*)?)"
)


def find_metadata(doc: Document) -> None:
    """Fill ``doc.meta`` with the summit-level fields."""
    text = doc.text
    meta = doc.meta
    issued = False
    headed = False
    for b in doc.blocks:
        headed = headed or b.kind is BlockKind.HEADLINE
        if b.kind is BlockKind.HEADLINE and "title" not in meta:
            meta["title"] = norm(text[b.start : b.end])
        elif b.kind is BlockKind.STANDFIRST and "subtitle" not in meta:
            meta["subtitle"] = norm(text[b.start : b.end]).strip("*_ ")
        elif b.kind is BlockKind.DATELINE:
            if "date" in b.data:  # a byline or a bare place line has none
                y, month, d = b.data["date"]
                with contextlib.suppress(ValueError):
                    if "date" not in meta:
                        meta["date"] = dt.date(y, MONTHS[month], d)
                        issued = bool(b.data.get("issued"))
                        doc.year = y
            if "place" in b.data:
                s, e = b.data["place"]
                # A byline's place is where the story was filed, often a bureau, and a bare
                # place line above the headline is the site's seat ("Ngerulmud, Melekeok
                # State" under a government's masthead): both weaker than the body's "summit
                # in X".
                seat = not headed and "date" not in b.data
                key = "byline_place" if b.data.get("byline") or seat else "dateline_place"
                meta.setdefault(key, text[s:e])
    # An agency the story's dateline names that the knowledge does not know: the outlet, when
    # nothing stronger names one.
    agency = _wire_dateline(doc)
    if "date" in meta and _days_span(doc):
        # "held on December 3 and 4" under a line dated the 5th: the page's day is not the
        # summit's, and the text singles out neither of its days.
        meta.pop("date")
    elif "date" in meta:
        if (day := _weekday_before(doc, meta["date"])) is None:
            meta.pop("date")
        else:
            meta["date"] = day
    if doc.date is not None:
        meta["date"] = doc.date
    elif "date" not in meta or issued:
        # A page "Updated: October 24" tells when it was written; "On October 23, ... attended
        # the summit" tells when the summit met, and wins.
        if _days_span(doc):
            # Neither the page's date nor the first day is the summit's when the lead says it
            # met "from July 3 to 5"; its year still is.
            meta.pop("date", None)
            if doc.year is None and (found := _date_in_text(doc)) is not None:
                doc.year = found.year
        elif (found := _date_in_text(doc, meta.get("date") if issued else None)) is not None:
            meta["date"] = found
    # A body's name said once to be another's is that one's wherever the report names it.
    disowned = _disowned(doc)
    _organisation(doc, disowned)
    _name(doc, disowned)
    _place(doc)
    _formats(doc)
    # A side meeting's length ("During the meeting, which lasted about an hour, the two
    # leaders ...") is not the summit's.
    m = next(
        (
            m
            for m in _DURATION.finditer(text)
            if not _SIDE_MEETING.search(_sentence_around(text, m.start(), m.end()))
        ),
        None,
    )
    if m:
        meta["duration"] = norm(m.group(1))
    else:
        _duration_adjective(doc)
    if doc.outlet is not None:
        meta["outlet"] = doc.outlet
    elif doc.wire_outlet is not None:
        meta["outlet"] = doc.wire_outlet
    elif (named_self := _self_named(doc)) is not None:
        meta["outlet"] = named_self
    elif doc.captions:
        # A photo credited to an outlet the knowledge knows ("BELTA") names the report's own
        # outlet; a photographer or a picture agency ("Ana Ruiz/Getty Images") does not, nor
        # does an agency in brackets ("(Yonhap)") or after a label ("Photo Credit: ANI"), which
        # other papers credit too.
        named = [
            str(b.data["credit"])
            for b in doc.blocks
            if b.kind is BlockKind.CAPTION
            and b.data.get("credit")
            and not b.data.get("picture_source")
            and doc.knowledge.outlet(str(b.data["credit"]).removeprefix("©").strip()) is not None
        ]
        if named:
            meta["outlet"] = Counter(named).most_common(1)[0][0]
    if "outlet" not in meta and (own := _own_name(doc, agency)) is not None:
        meta["outlet"] = own
    if "outlet" not in meta and (site := _site(doc)) is not None:
        meta["outlet"] = site


def _self_named(doc: Document) -> str | None:
    """The outlet a page names as its own in a byline, a source line or a closing credit.

    Read from the page's own lines (bylines, date and label lines, furniture) and a closing line in
    brackets; a photo's credit line is a picture's source, not the page's.
    """
    text, kb = doc.text, doc.knowledge
    blocks = doc.blocks
    last = next((b for b in reversed(blocks) if b.kind in BODY_KINDS), None)
    for n, b in enumerate(blocks):
        page_line = b.kind in (BlockKind.CLUTTER, BlockKind.DATELINE)
        closing = b is last and text[b.start] == "("
        if not (page_line or closing) or text.find("\n", b.start, b.end) >= 0:
            continue
        if (
            n > 0
            and blocks[n - 1].kind is BlockKind.CAPTION
            and blocks[n - 1].data.get("credit_line")
        ):
            continue  # the credit of the photo above
        outlet = outlet_byline(kb, text[b.start : b.end])
        if outlet is not None:
            return outlet.name
    return None


#: A press office's line naming who issued the page: "Issued by: The Presidency | Pretoria".
_ISSUED_BY: Final = re.compile(
    r"(?:Issued|Released|Distributed)\s+by\s*:?\s+(?P<name>[A-Z][^|;\n]{1,60}?)\s*(?:[|;]|\Z)"
)
#: A copyright line's holder: "© 2047 The Daily Courier Ltd. All rights reserved", "Copyright ©
#: 2044 Presidency of X", "© Office of the President 2045"; the word alone names a page's link
#: ("Copyright Policy"), not its holder.
_HOLDER: Final = re.compile(
    r"(?:©|\(c\)|\bCopyright\b(?=\s*(?:©|\(c\)|(?:19|20)\d\d)))\s*(?:©\s*)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<name>[^\W\d_][^.|\n©/]{1,60}?)(?:,?\s+(?:19|20)\d\d)?\s*(?:[.|]|\b[Aa]ll\s+[Rr]ights\b|\Z)"
)
_HOLDER_WORDS: Final = 9


def _own_name(doc: Document, agency: str | None) -> str | None:
    """The outlet a page names as its own when the knowledge does not know it, or None.

    Read, strongest first, from a press office's "Issued by:" line, a "Follow X on WhatsApp"
    line, a byline's bracket ("Ana Ruiz (The Daily Courier)"), an agency in the story's
    dateline and the holder of the page's copyright.
    """
    text = doc.text
    lines = [
        (b, text[b.start : b.end].strip())
        for b in doc.blocks
        if b.kind in (BlockKind.CLUTTER, BlockKind.DATELINE) and text.find("\n", b.start, b.end) < 0
    ]
    for _, line in lines:
        if (m := _ISSUED_BY.match(line)) is not None:
            return m["name"]
    for _, line in lines:
        if (name := follow_name(line)) is not None:
            return name
    first_body = next((b.start for b in doc.blocks if b.kind in BODY_KINDS), len(text))
    for b, line in lines:
        if (b.kind is BlockKind.DATELINE or b.start < first_body) and (
            name := writer_outlet(doc, line)
        ) is not None:
            return name
    if agency is not None:
        return agency
    last_body = max((b.end for b in doc.blocks if b.kind in BODY_KINDS), default=0)
    for n in range(len(doc.blocks) - 1, -1, -1):
        b = doc.blocks[n]
        if b.kind is not BlockKind.CLUTTER or text.find("\n", b.start, b.end) >= 0:
            continue
        if n > 0 and doc.blocks[n - 1].kind is BlockKind.CAPTION:
            continue  # a photo's credit
        line = text[b.start : b.end].strip()
        m = _HOLDER.search(line)
        if m is None:
            continue
        # A bare "© Name" is a copyright line only in the page's footer, below the story.
        stated = m.group().startswith("Copyright") or bool(COPYRIGHT_MARKS.search(line))
        if not (stated or b.start >= last_body):
            continue
        name = _holder(m["name"])
        if name is not None:
            return name
    return None


def _site(doc: Document) -> str | None:
    """The name a saved page's head gives its site ("og:site_name"), the known outlet's if any."""
    if doc.site_name is None:
        return None
    known = doc.knowledge.outlet(doc.site_name)
    return known.name if known is not None else doc.site_name


def _holder(name: str) -> str | None:
    """A copyright holder's name without its legal form, or None when it names no one."""
    words = name.strip(" ,").split()
    lex = lexicon()
    while len(words) > 1 and words[-1].lower().strip(".,") in lex.legal_forms:
        words.pop()
    if not words or len(words) > _HOLDER_WORDS or not words[-1][:1].isupper():
        return None  # "© Crown copyright": a kind of copyright, no holder
    if words[-1].lower() in lex.publisher_heads:
        return None  # "© 2043 Lakeside Media Group": the owner of the outlet, not the outlet
    return " ".join(words).rstrip(",")


_DURATION_ADJ: Final = re.compile(
    r"\b((?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)-(?:day|hour))"
    r"((?:[ \t]+[\w’'-]+){1,5})",
    re.IGNORECASE,
)


_PHRASE_ENDS: Final = frozenset({"to", "of", "in", "at", "for", "with", "and", "on", "by"})


def _duration_adjective(doc: Document) -> None:
    """A duration written as an adjective of the summit: "the three-day forum" ("three-day")."""
    nouns = lexicon().duration_nouns
    for m in _DURATION_ADJ.finditer(doc.text):
        # The words of its noun phrase only: "two-day 44th Ministerial Conference", not "two-day
        # visit to the summit".
        words = itertools.takewhile(lambda w: w.lower() not in _PHRASE_ENDS, m.group(2).split())
        if any(w.lower() in nouns for w in words):
            doc.meta["duration"] = m.group(1)
            return


#: A date in a sentence, month first or day first: "May 24, 2022", "September 25th, 2042",
#: "21 November 2044".
_ON_DATE: Final = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAMES})(?:,?\s+(?P<year2>\d{{4}}))?)"
    r"\b(?!\s*,?\s*\d)"
)
#: The words that say a meeting met; ``_MEETS`` and ``_MEETING_WORD`` read them.
_MEET_WORDS: Final = (
    r"summit|meeting|meet|met|session|gather(?:ed)?|convene[sd]?|held|hosted|took\s+place"
)
_MEETS: Final = re.compile(rf"\b(?:{_MEET_WORDS})\b", re.IGNORECASE)


def _date_in_text(doc: Document, issued: dt.date | None = None) -> dt.date | None:
    """The summit's date when the top of the report states it ("will meet on May 24, 2022").

    Under a page's issue date, "held in Astana on June 16" without a year is that date's year,
    when it falls in the week up to the issue date.
    """
    text = doc.text
    for s, e in [*_top_blocks(doc), *_lead_captions(doc)]:
        # The block's opening dateline: a date in it (or right after it) is the page's.
        opening = _TITLE_YEAR.match(text, s, e) or story_dateline(text, s, e)
        dateline_end = opening.end() if opening is not None else -1
        for m in _ON_DATE.finditer(text, s, e):
            sentence = _sentence_around(text, max(s, m.start()), min(e, m.end()))
            if (
                m.start() <= dateline_end
                or not _MEETS.search(sentence)
                or _NOT_THE_DAY.search(text, max(s, m.start() - _NOT_THE_DAY_REACH), m.start())
            ):
                continue
            written = m["year"] or m["year2"]
            year = int(written) if written else issued.year if issued else None
            if year is None:
                continue
            found = _full_date(m, year)
            if found is None:
                continue
            if written or (issued is not None and 0 <= (issued - found).days <= _WEEK):
                return found
    return None


_WEEK: Final = 7


#: A date another time is counted from or to ("with effect from 1 January 2045"), not the day
#: the meeting met.
_NOT_THE_DAY: Final = re.compile(
    r"\b(?:from|until|till|by|before|after|since|to|through)\s+\Z", re.IGNORECASE
)
_NOT_THE_DAY_REACH: Final = 10
#: A month's name or its abbreviation: "October", "Oct.".
_MON: Final = rf"(?:{MONTH_NAMES}|(?:{MONTH_ABBRS})\.?)"
_WEEKDAY: Final = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A meeting over several days: "from July 3 to 5", "on 10 and 11 June", "3-5 July", "July 3-5".
_SPAN_OF_DAYS: Final = re.compile(
    rf"\b(?:from\s+(?:{_MON}\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MON}\s+)?"
    rf"(?:to|until|till)\s+(?:{_MON}\s+)?\d{{1,2}}\b"
    rf"|on\s+\d{{1,2}}\s+and\s+\d{{1,2}}\s+{_MON}\b"
    # "held on June 23 and 24", "held on Thursday and Friday".
    rf"|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+and\s+\d{{1,2}}\b"
    rf"|on\s+{_WEEKDAY}\s+(?:and|to|through|till|until|[-–])\s+{_WEEKDAY}\b"
    rf"|\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MON}\b"
    rf"|{_MON}\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}\b)"
)


def _days_span(doc: Document) -> bool:
    """Whether the top of the report says the meeting ran over several days."""
    text = doc.text
    # The meeting's word before the span, in its block ("held in X, St. Kitts and Nevis, from
    # July 3 to 5": an abbreviation's full stop between), or right after it ("the 7-8 June
    # summit").
    return any(
        _MEETS.search(text, max(s, m.start() - _AROUND), m.start())
        or _MEETS.match(text, m.end() + 1, min(e, m.end() + _SPAN_NOUN))
        for s, e in _top_blocks(doc)
        for m in _SPAN_OF_DAYS.finditer(text, s, e)
    )


_SPAN_NOUN: Final = 20


_STORY_WORDS: Final = 4


def _wire_dateline(doc: Document) -> str | None:
    """A wire dateline opening the story ("ASTANA, July 4. /TASS/.") names the city and agency.

    Returns the agency it names when the knowledge does not know it (see ``_dateline_agency``).
    """
    # A menu word left in the body ("U.S.") does not open the story.
    story = itertools.islice(
        (
            b
            for b in doc.blocks
            if b.kind in BODY_KINDS and len(doc.text[b.start : b.end].split()) >= _STORY_WORDS
        ),
        2,
    )
    first = next(story, None)
    if first is None:
        return None
    m = wire_dateline(doc.text, first.start, first.end)
    if m is None and (second := next(story, None)) is not None:
        # A photo's caption read as the story's first paragraph ("Minister X delivers his
        # speech in Rabat") stands above a dated wire dateline.
        m = wire_dateline(doc.text, second.start, second.end)
    kb = doc.knowledge
    if m is None:
        bare = CITY_DASH.match(doc.text, first.start, first.end)
        if bare is None and (tc := CITY_AGENCY.match(doc.text, first.start, first.end)):
            # Title-case words before a bracket are a dateline when the bracket holds an agency
            # the knowledge knows or the words are a known city ("Valletta (dpa) -").
            known = kb.outlet(tc["agency"].strip()) is not None
            bare = tc if known or kb.country_by_city(tc["city"]) is not None else None
        if bare is None and (td := _TITLE_DATED.match(doc.text, first.start, first.end)):
            bare = td if kb.country_by_city(td["city"]) is not None else None
        if bare is None and (tc := _TITLE_OPENING.match(doc.text, first.start, first.end)):
            # "Muscat: The Sultanate hosted ...", as Gulf papers open a story: a known city only,
            # for "Analysis: ..." is a label. "Monrovia – Liberia on Wednesday ...": one the
            # headline names too, for an agency opens its stories with its home town ("Luanda -
            # The President ... in Dili").
            known = kb.country_by_city(tc["city"]) is not None
            bare = tc if known and (tc["colon"] or _in_head(doc, tc["city"])) else None
        if bare is None:
            _title_dateline(doc)
            return None
        city = _title_case(bare["city"])
        agency = _dateline_agency(doc, bare["agency"])
        country = bare.groupdict().get("country")
        # A city the knowledge lacks is taken when the story also says something is "in" it
        # ("TURKISTAN – ..." over "Ministers meet in Turkistan"): a word in capitals before a
        # dash may be a label ("EXCLUSIVE –"), but no label is a place things are in. Capitals
        # and a dash mark a dateline more surely than title case, which must name the meeting.
        if (
            kb.country_by_city(city) is not None
            or country
            or _said_held(doc.text, city, loosely=True)
        ):
            place = f"{city}, {country}" if country else city
            doc.meta.setdefault("dateline_place", place)
        return agency
    city = _title_case(m["city"])
    doc.meta.setdefault("dateline_place", city)
    agency = _dateline_agency(doc, m["agency"])
    if m["year"]:
        month = MONTHS.get(next((k for k in MONTHS if k.startswith(m["month"][:3])), ""), 0)
        with contextlib.suppress(ValueError):  # "Feb 30": no date rather than a wrong one
            doc.meta.setdefault("date", dt.date(int(m["year"]), month, int(m["day"])))
    return agency


#: A city in title case opening a dateline, one to three words: "Asunción", "Port Vila".
_TITLE_CITY_NAME: Final = r"(?P<city>[A-Z][^\W\d_'’-]+(?:[ '’-][A-Z][^\W\d_'’-]+){0,2})"
_TITLE_CITY: Final = _TITLE_CITY_NAME + r",\s+"  # and the comma after it
#: A title-case city and a colon or a spaced dash opening the story: "Muscat: The Sultanate of
#: Oman hosted", "Monrovia – Liberia on Wednesday". (No agency: the group never takes part.)
_TITLE_OPENING: Final = re.compile(
    _TITLE_CITY_NAME + r"(?P<agency>(?!))?(?:(?P<colon>:)|[ \t]+[-–—])[ \t]+(?=[A-Z])"
)
#: A title-case dated dateline with its agency: "Asunción, Nov 14 (EFE).-".
_TITLE_DATED: Final = re.compile(
    _TITLE_CITY + rf"(?:{MONTH_ABBRS})[a-z]*\.?\s+"
    r"\d{1,2}(?:,\s+\d{4})?\s*"
    r"\((?P<agency>[A-Z][\w .&-]{0,30}?)\)\.?\s*(?:[-–—]|(?=[A-Z]))"
)
#: A title-case dateline with a full date: "Portoroz, 13 June 2043 -", "Apia, Samoa, June 4, 2041:".
_TITLE_YEAR: Final = re.compile(
    _TITLE_CITY + r"(?:(?P<country>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}),\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH_NAMES})|(?P<month2>{MONTH_NAMES})\s+(?P<day2>\d{{1,2}}),)"
    r"\s+(?P<year>\d{4})\s*[-–—:]\s"
)


def _title_dateline(doc: Document) -> None:
    """A title-case dateline with a full date opening one of the first paragraphs.

    "Portoroz, 13 June 2043 - ...", "Antananarivo, Madagascar, 18 November 2044: ...": the date
    is the story's; the place is where it was written, which for a press office may be its
    capital, so it is weaker than the body's "summit in X".
    """
    kb = doc.knowledge
    paragraphs = (
        b
        for b in doc.blocks
        if b.kind in BODY_KINDS and len(doc.text[b.start : b.end].split()) >= _STORY_WORDS
    )
    for b in itertools.islice(paragraphs, _TITLE_DATELINE_REACH):
        m = _TITLE_YEAR.match(doc.text, b.start, b.end)
        if m is None:
            continue
        city, country = m["city"], m["country"]
        if (
            kb.country_by_city(city) is not None
            or (country is not None and kb.country(country) is not None)
            or _said_held(doc.text, city)
        ):
            doc.meta.setdefault("byline_place", f"{city}, {country}" if country else city)
        if (day := _full_date(m)) is not None:
            doc.meta.setdefault("date", day)
        return


_TITLE_DATELINE_REACH: Final = 3


def _said_held(text: str, place: str, *, loosely: bool = False) -> bool:
    """Whether the text says a meeting is in ``place``: "the Leaders' Meeting ... in Portoroz".

    A place the knowledge lacks is a dateline's place only so: "Sunday, 13 June" is no place.
    ``loosely``: anything said to be "in" or "at" it will do.
    """
    return any(
        loosely or _met_there(text, m.start("place"))
        for m in re.finditer(rf"\b(?:in|at)[ \t]+(?P<place>{re.escape(place)})\b", text)
    )


def _full_date(m: re.Match[str], year: int | None = None) -> dt.date | None:
    """The date ``m`` gives, day or month first; ``year`` where ``m`` has none of its own."""
    month = MONTHS.get(m["month"] or m["month2"], 0)
    try:
        return dt.date(year or int(m["year"]), month, int(m["day"] or m["day2"]))
    except ValueError:  # "30 February": no date rather than a wrong one
        return None


#: An agency's name as a dateline brackets it: "EFE", "Press TV", "dpa".
_AGENCY_NAME: Final = re.compile(r"[A-Za-z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}\Z")


def _dateline_agency(doc: Document, agency: str | None) -> str | None:
    """The agency a story's dateline names, when the knowledge does not know it.

    A known one is noted as the wire's outlet instead; a place in the brackets is no agency.
    """
    if not agency:
        return None
    agency = agency.strip()
    known = doc.knowledge.outlet(agency)
    if known is not None:
        if "outlet" not in doc.meta and doc.outlet is None:
            doc.wire_outlet = known.name
        return None
    if (
        _AGENCY_NAME.match(agency)
        and doc.knowledge.country(agency) is None
        and doc.knowledge.country_by_city(agency) is None
    ):
        return agency
    return None


_PLACE_PARTICLES: Final = frozenset({"es", "de", "da", "do", "du", "del", "di", "la", "le", "of"})
_ELIDED: Final = re.compile(r"(?<![\w'’])(\w['’])(\w)")


def _title_case(place: str) -> str:
    """An upper-case dateline place as a name: "N'DJAMENA" -> "N'Djamena", "PORT-VILA"."""
    words: list[str] = []
    for w in place.split():
        if words and w.lower() in _PLACE_PARTICLES:
            words.append(w.lower())  # "Dar es Salaam", "Port of Spain"
            continue
        hyphened = "-".join(part.capitalize() for part in w.split("-"))
        words.append(_ELIDED.sub(lambda m: m[1] + m[2].upper(), hyphened))
    return " ".join(words)


#: Days named by their distance from the day of writing: "leaders yesterday agreed".
_DAYS_BACK: Final = {"today": 0, "yesterday": 1}
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_before(doc: Document, published: dt.date) -> dt.date | None:
    """The summit day a weekday names ("agreed on Monday"), counted back from the dateline's date.

    A report tells of what happened on or before the day it was written: the first weekday at
    the top of the report is the latest such day not after the publication date; "yesterday"
    is the day before it, "today" the day itself. None when the top of the report says the
    meeting ran over several days ("on Thursday and Friday"): it has no single day.
    """
    toks = doc.tokens
    if toks is None:
        return published
    for s, e in _top_blocks(doc, n_body=3):
        for n in toks.within(s, e):
            key = toks.keys[n]
            if key in _WEEKDAYS and toks.is_cap(n):
                if _days_span(doc):
                    return None
                back = (published.weekday() - _WEEKDAYS.index(key)) % 7
                return published - dt.timedelta(days=back)
            if key in _DAYS_BACK:
                return published - dt.timedelta(days=_DAYS_BACK[key])
    return published


def _in_head(doc: Document, phrase: str) -> bool:
    """Whether the headline or the standfirst holds ``phrase`` as whole words."""
    word = _word(phrase)
    return any(word.search(doc.text, s, e) for s, e in _head_blocks(doc))


def _head_blocks(doc: Document) -> list[tuple[int, int]]:
    """The headline's and the standfirst's spans."""
    return [
        (b.start, b.end) for b in doc.blocks if b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST)
    ]


def _top_blocks(doc: Document, n_body: int = 2) -> list[tuple[int, int]]:
    """The headline, standfirst, and the first ``n_body`` body blocks after the date line.

    Short lines above the date line ("What you need to know:" and its points) are read too,
    but the report's lede is what comes under it.
    """
    # The date line nearest the story: a site's masthead may carry today's date far above it.
    dated = -1
    for b in doc.blocks:
        if b.kind is BlockKind.DATELINE and "date" in b.data:
            dated = b.index
        elif b.kind in BODY_KINDS and doc.text[b.end - 1] in ".!?" and dated >= 0:
            break
    out = []
    body = 0
    for b in doc.blocks:
        if b.kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST):
            out.append((b.start, b.end))
        elif (
            b.kind in BODY_KINDS
            and body < n_body
            # "Audio By Vocalize" between the date and the lede: a line of a few words is no
            # paragraph of the story.
            and len(doc.text[b.start : b.end].split(maxsplit=_STORY_WORDS)) >= _STORY_WORDS
        ):
            out.append((b.start, b.end))
            # A story's points set as a list over its lede ("• Leaders adopt X"): read, but
            # the lede is still the paragraph under them. A list under the lede counts.
            if b.index > dated and (body or b.kind is not BlockKind.LIST_ITEM):
                body += 1
    return out


def _lead_captions(doc: Document) -> list[tuple[int, int]]:
    """The captions above the story: its photo shows the summit ("... in Baku on March 2, 2033")."""
    out = []
    for b in doc.blocks:
        if b.kind in BODY_KINDS:
            break
        if b.kind is BlockKind.CAPTION:
            out.append((b.start, int(b.data.get("caption_end", b.end))))
    return out


_SUMMIT_AFTER: Final = re.compile(
    r"^(?:[’']s?\s+)?(?:\s*[\w’'-]+){0,2}?\s*(?:summit|leaders|heads\s+of\s+state|council|session|"
    r"meeting|forum|governors)\b",
    re.IGNORECASE,
)
#: "Heads of State", "Heads of State and Government": a summit's members.
_HEADS_OF: Final = r"heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?(?:state|government))?"
#: "a summit of the", "Heads of State and Government of the", "leaders of the".
_MEETING_OF_WORDS: Final = (
    rf"\b(?:summit|meeting|session|conference|council|leaders|governors|{_HEADS_OF})"
    r"\s+of\s+(?:the\s+)?"
)
#: Whose members met: "Ministers from the five Member States of the", not "a bridge between the
#: Member States of the" (a body named in passing).
_MEMBER_STATES_OF: Final = r"\bmember\s+states\s+of\s+(?:the\s+)?"
#: Right before a body's name, the summit it holds or its members: "a summit of the", "Ministers
#: from the five Member States of the".
_SUMMIT_BEFORE: Final = re.compile(
    rf"{_MEETING_OF_WORDS}$|\b(?:leaders|ministers|{_HEADS_OF})\s+(?:of|from)\s+the\s+"
    rf"(?:\w+\s+)?{_MEMBER_STATES_OF}$",
    re.IGNORECASE,
)


def _organisation(doc: Document, disowned: frozenset[str]) -> None:
    """The organisation whose summit this is.

    It must be tied to the meeting: named in the headline or standfirst, next to a summit noun
    ("the CIS summit", "a summit of the CSTO", "G7 Leaders"), or through one of its bodies
    ("the Supreme Eurasian Economic Council"). An organisation only mentioned in passing ("on the
    road to the United Nations Climate Change Conference") is not the summit's.
    """
    text = doc.text
    weights: Counter[int] = Counter()
    tied: set[int] = set()
    topped: set[int] = set()  # named in the top blocks
    orgs: dict[int, Any] = {}
    heads = _head_blocks(doc)
    top = _top_blocks(doc)
    offices = {h.end for h in doc.hits if h.has("title")}
    # The report's year: a wire dateline's date leaves ``doc.year`` unset.
    dated = doc.meta.get("date")
    year = doc.year if doc.year is not None else dated.year if isinstance(dated, dt.date) else None
    for h in doc.hits:
        org = None
        for k in ("acronym", "org", "body"):
            if h.has(k):
                org = h.get(k)
                break
        if org is None:
            continue
        if k == "body" and text[h.start : h.end].casefold() in _shared_bodies(doc.knowledge):
            continue  # "the Secretariat": many organisations have one
        if k == "body" and text[h.start : h.end].casefold() in disowned:
            continue  # "the Board of Governors of the Black Sea Bank": that bank's board
        if _ANOTHER_EVENT.search(_sentence_around(text, h.start, h.end)) or _elsewhere(
            text, h.start
        ):
            # The organisation of the next meeting, of one looked forward to, or of the one that
            # kept someone away ("could not attend due to the IMO Council meeting").
            continue
        if (met := _MET_IN_YEAR.match(text, h.end)) is not None and year not in (None, int(met[1])):
            continue  # "since the Forum leaders met here in 2012": an earlier meeting's body
        before = text[max(0, h.start - _MET_REACH) : h.start]
        if _CITED.search(before):
            continue  # "on the basis of UN Security Council resolutions"
        if _GUEST.search(before):
            continue  # "ministers, along with the European Commission, ...": a guest's body
        orgs[id(org)] = org
        at_top = any(s <= h.start < e for s, e in top)
        if at_top:
            topped.add(id(org))
        weights[id(org)] += 5 if at_top else 1
        office = _OF_BEFORE.search(before)
        if (
            office is not None
            and len(text[: h.start - len(before) + office.start()].rstrip()) in offices
        ):
            continue  # "Vice-President of the European Commission X": one guest's office
        if (
            h.has("body")
            or any(s <= h.start < e for s, e in heads)
            or _SUMMIT_AFTER.match(text[h.end : h.end + 40])
            or _SUMMIT_BEFORE.search(text[max(0, h.start - 40) : h.start])
        ):
            tied.add(id(org))
    ranked = [(w, k) for k, w in weights.items() if k in tied]
    weight, best_id = max(ranked) if ranked else (0, 0)
    if weight < 2:
        _glossed_organisation(doc)
        return
    if best_id not in topped:
        # A known body named only below the top blocks yields to the one the lede names with
        # its letters ("a meeting of the X Organisation (XO)").
        _glossed_organisation(doc)
        if doc.meta.get("organisation") is not None:
            return
    org = orgs[best_id]
    doc.meta["organisation"] = org.name
    doc.meta["acronym"] = org.acronyms[0] if org.acronyms else None
    doc.organisation = org


#: A year a meeting is dated to, here or in ``_DATED_MEETING`` and ``_YEAR_AFTER``.
_YEAR: Final = r"(?:1[89]|20)\d\d"
#: A body's members meeting in a year: "(the Forum) leaders met here in 2012".
_MET_IN_YEAR: Final = re.compile(
    r"(?:\s+[\w’'-]+){0,2}?\s+(?:met|gathered|convened|(?:was|were)\s+held)\b[^.;]{0,40}?"
    rf"\bin\s+({_YEAR})\b"
)


def _disowned(doc: Document) -> frozenset[str]:
    """Body names (case-folded) the report says are another organisation's.

    A body's name said once to be another's ("the CABEI Board of Governors") is that one's
    wherever the report names it bare.
    """
    text = doc.text
    return frozenset(
        text[h.start : h.end].casefold()
        for h in doc.hits
        if h.has("body") and _of_another(text, h.start, h.end, h.get("body"))
    )


#: "of the" and a capitalised name after a body's name: whose body it is.
_OF_NAME: Final = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


#: A capitalised word or an acronym right before a body's name: "the CABEI Board of Governors",
#: "the North South Ministerial Council" (a longer name), but not "Its Board of Governors".
_OWNER_BEFORE: Final = re.compile(
    r"\b(?!(?:The|This|That|Its|Our|Their|His|Her)\b)([A-Z][\w-]{1,11})\s+\Z"
)


def _of_another(text: str, start: int, end: int, org: Organisation) -> bool:
    """Whether the body's name at ``[start, end)`` is said to be another's than ``org``'s.

    "the Board of Governors of the Black Sea Bank", "the CABEI Board of Governors": a body name
    that many kinds of organisation use, owned by one the knowledge lacks.
    """
    owner = _OWNER_BEFORE.search(text, max(0, start - 12), start)
    if owner is not None and owner.group(1) not in org.acronyms:
        return True
    m = _OF_NAME.match(text, end, end + 12)
    if m is None:
        return False
    after = text[m.end() : m.end() + 120]
    return not any(after.startswith(n) for n in (*org.names(), *org.acronyms))


@functools.cache
def _shared_bodies(kb: Knowledge) -> frozenset[str]:
    """The body names (case-folded) that several organisations have: "Secretariat"."""
    owners = Counter(b.casefold() for o in kb.organisations for b in set(o.bodies))
    return frozenset(b for b, n in owners.items() if n > 1)


_GLOSS: Final = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_CONNECTORS: Final = frozenset({"of", "and", "for", "on", "the", "&"})
_GLOSS_REACH: Final = 120


def _glossed_organisation(doc: Document) -> None:
    """An organisation the knowledge files lack, named with its acronym next to a summit noun.

    "the Mekong-Lancang Cooperation (MLC) summit": the capitalised words before the brackets
    whose initials spell the acronym are the full name. The summit noun may instead follow the
    acronym elsewhere at the top: "the Mekong-Lancang Cooperation (MLC), after the 5th MLC
    Leaders' Summit". Without an acronym, a body whose heads met names it: "the heads of
    government of the Barents Euro-Arctic Council"; last, a body that opens a top block as the
    subject of its meeting ("The X Water Commission, which manages ..., met in Y").
    """
    text = doc.text
    top = _top_blocks(doc, n_body=3)
    heads = _head_blocks(doc)
    # Each gloss with the words before it, in order.
    glosses = [
        (m, text[max(s, m.start() - _GLOSS_REACH) : m.start()], (s, e))
        for s, e in top
        for m in _GLOSS.finditer(text, s, e)
    ]
    for m, before, block in glosses:
        acronym = m.group(1)
        name = _spelled_by(before, acronym)
        tied = False
        if name is None:
            # An acronym of the name in another language (OMVG for the "Gambia River Basin
            # Development Organisation"): a body's name, held by the acronym's own summit.
            name = _body_name(before)
            if name is None or not _acronym_summit(text, top, acronym):
                continue
            tied = True
        lead = before[: before.rstrip().rfind(name)]
        if (
            tied
            # "the South Pacific Defence Ministers' Meeting (SPDMM)": the meeting itself, where
            # no body follows it ("the Consultative Committee Meeting (CCM) of the X").
            or (_MEETING_HEAD.search(name) and not _OF_NAME.match(text, m.end()))
            or _SUMMIT_AFTER.match(text[m.end() : m.end() + 40])
            or _SUMMIT_BEFORE.search(lead)
            or _acronym_summit(text, top, acronym)
            # "a Special Session of the Indian Ocean Tuna Commission", "IOTC ministers".
            or _acronym_summit(text, top, name)
            # "Guyana assumes ACTO presidency": the headline names the body whose chair passed
            # at the meeting; not "extend CPEC cooperation", a project of the talks.
            or any(
                _CHAIR_AFTER.match(text, h.end(), e)
                for s, e in heads
                for h in _word(acronym).finditer(text, s, e)
            )
            or _lede_subject(text, block, m, name)
        ):
            if name.isupper():
                # "THE NINTH ... ARRANGEMENT (TCA) MINISTERIAL MEETING" over the story: the
                # story's own spelling of the same letters reads better.
                spelled = (_spelled_by(b, acronym) for g, b, _ in glosses if g.group(1) == acronym)
                name = next((n for n in spelled if n and not n.isupper()), name)
            doc.meta["organisation"] = name
            doc.meta["acronym"] = acronym
            return
    for s, e in top:
        for m in _MEMBERS_OF.finditer(text, s, e):
            if (name := _body_name(m.group(1))) is not None:
                # "hosted the heads of government of the Barents Euro-Arctic Council": the
                # body whose members met, though no acronym glosses it.
                doc.meta["organisation"] = name
                return
    for s, e in top:
        if (name := _body_met(doc, s, e)) is not None:
            doc.meta["organisation"] = name
            return


#: The body's chair after its name in a headline: "IONS chair", "CTU president".
_CHAIR_AFTER: Final = re.compile(r"\s+(?i:chair\w*|presidency|president)\b")
#: A city in capitals and a colon opening a lede, a form ``story_dateline`` leaves: "ARUSHA: ".
_CAPS_CITY: Final = re.compile(r"[A-Z][A-Z’' .-]*[A-Z]:\s+")
#: The members of a body as a sentence's subject: "Member states and fishing entities of the",
#: "Ministers of the", "Delegates from the".
_MEMBERS_SUBJECT: Final = re.compile(
    rf"(?:member\s+(?:states|countries)|members|parties|ministers|leaders|delegates|delegations|"
    rf"{_HEADS_OF})"
    r"(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:of|from)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: The body's own meeting in the same clause: "(X) wrapped up its 78th Plenary Meeting".
_ITS_MEETING: Final = re.compile(
    r"[^,;.]{0,40}?\bits\s+(?:[\w-]+\s+){0,3}?"
    r"(?i:summit|meeting|session|conference|plenary|assembly|forum)\b"
)


def _lede_subject(text: str, block: tuple[int, int], gloss: re.Match[str], name: str) -> bool:
    """Whether the glossed body, or its members, is the subject of a block's first sentence.

    "ARUSHA: Member states of the Pan-African Postal Union (PAPU) on Wednesday elected ...",
    "The ... Task Force (MENAFATF) wrapped up its 78th Plenary Meeting": the story is that
    body's meeting. A body alone must hold its meeting in the clause ("The Ministry of Foreign
    Affairs (MOFA) announced ..." is a source, not the summit).
    """
    lead = text[_lede_start(text, *block) : gloss.start()].rstrip()
    if not lead.endswith(name):
        return False
    lead = lead[: -len(name)].lstrip()
    if _MEMBERS_SUBJECT.fullmatch(lead) is not None:
        return True
    return lead.rstrip() in ("", "The") and _ITS_MEETING.match(text, gloss.end()) is not None


def _lede_start(text: str, s: int, e: int) -> int:
    """Where the words of the block ``text[s:e]`` start, after its dateline if it opens one."""
    dateline = story_dateline(text, s, e) or _CAPS_CITY.match(text, s, e)
    return dateline.end() if dateline is not None else s


#: A capitalised word of a body's name, and what may link two: "of", "and", "for", "on", "the".
_BODY_WORD: Final = r"[A-Z][\w’'-]*"
_BODY_LINK: Final = r"\s+(?:(?:of|and|for|on|the)\s+)*"
#: "the heads of government of the", "a summit of the", "leaders of the", then a name.
_MEMBERS_OF: Final = re.compile(
    rf"\b(?i:summit|leaders|{_HEADS_OF})"
    rf"\s+of\s+the\s+({_BODY_WORD}(?:{_BODY_LINK}{_BODY_WORD}){{1,6}})"
    # The whole name: "the ... Tripartite Cooperation Mechanism" is not cut at "Cooperation".
    rf"(?!{_BODY_LINK}[A-Z])"
)


#: A body as a block's subject, then the verb of its meeting: "The intergovernmental X Water
#: Commission, which manages ..., met in ...", "X Council meets in Y" (a headline); "held",
#: "opened", "wrapped up" ... only of its own meeting ("held its 34th session").
_BODY_MET: Final = re.compile(
    r"(?:The\s+(?:[a-z][\w-]*\s+){0,2})?"
    rf"(?P<name>{_BODY_WORD}(?:{_BODY_LINK}{_BODY_WORD}){{1,7}})"
    # A relative clause or an apposition set off by commas, then the verb.
    r"(?:,[^,;.()]{1,160},)?\s+(?:on\s+[A-Z][a-z]+day\s+)?"
    r"(?:(?:met|meets|convened|convenes|gathered|gathers)\b|"
    r"(?=(?:held|holds|opened|opens|wrapped\s+up|wraps\s+up|concluded|concludes|closed|ended)\b"
    + _ITS_MEETING.pattern
    + r"))"
)


def _body_met(doc: Document, s: int, e: int) -> str | None:
    """The body that a block's first sentence says met, when its name ends in a body's noun.

    Of "the Ministerial Council of the Transport Community", the body it is "of"; a body many
    organisations have ("Ministerial Council") names none.
    """
    text = doc.text
    m = _BODY_MET.match(text, _lede_start(text, s, e), e)
    if m is None or _body_name(m["name"]) != m["name"]:
        return None  # "Ministers of the X Commission met": not a body's name whole
    *parts, owner = _OF_NAME.split(m["name"])
    if parts and _body_name(owner) == owner:
        return owner
    a, b = m.span("name")
    return None if any(h.has("body") for h in doc.hits_in(a, b)) else m["name"]


#: A gloss's name that names a meeting, not a body: "the ... Defence Ministers' Meeting (SPDMM)".
_MEETING_HEAD: Final = re.compile(r"\b(?:Meeting|Summit|Conference)$")
#: Ministers after a body's name: "IOTC ministers adopt", "CEFTA Ministers meet".
_MINISTERS_AFTER: Final = re.compile(r"\s+(?:[\w-]+\s+)?(?i:ministers)\b")


def _acronym_summit(text: str, top: list[tuple[int, int]], acronym: str) -> bool:
    """Whether ``acronym`` (or a name) names a summit's body in ``top``.

    It stands right before a summit noun ("the 24th X Summit") or its ministers ("IOTC
    ministers"), or after one's "of the" ("the Conference of Heads of State and Government of
    the X").
    """
    word = _word(acronym)
    return any(
        # Within the block: "SRC rail link" over "Leaders agreed ..." is no "SRC ... Leaders".
        _SUMMIT_AFTER.match(text[m.end() : min(e, m.end() + 40)])
        or _MINISTERS_AFTER.match(text, m.end(), e)
        or _SUMMIT_BEFORE.search(text[max(s, m.start() - 60) : m.start()])
        for s, e in top
        for m in word.finditer(text, s, e)
    )


# Bounded: spelled-out names pass through too, and an archive holds many.
@functools.lru_cache(maxsize=512)
def _word(acronym: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(acronym)}\b")


def _body_name(before: str) -> str | None:
    """The run of capitalised words ending ``before`` when a body's head noun ends it.

    "the rotating chairmanship of the Gambia River Basin Development Organisation": the
    words from "Gambia" on. Two words at least, the last one "Organisation", "Authority", ...
    """
    words = before.split()
    if not words or words[-1].lower() not in lexicon().body_heads:
        return None
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _CONNECTORS):
        k -= 1
    while k < len(words) and words[k].lower() in _CONNECTORS:
        k += 1
    run = " ".join(words[k:])
    # "the Ordinary Session of the Conference of Heads of State of the X Community": the body is
    # what the meeting and its members are "of".
    *_, run = _MEETING_OF_BODY.split(run)
    run = _MINISTERS_OF.sub("", run, count=1)
    return run if len(run.split()) >= 2 else None


#: A meeting or its members before the body they belong to: "Session of the", "Heads of State of".
_MEETING_OF_BODY: Final = re.compile(f"{_MEETING_OF_WORDS}|{_MEMBER_STATES_OF}", re.IGNORECASE)
#: Its ministers before a body's name: "Ministers of the X Organization"; not "Southeast Asian
#: Ministers of Education Organization", where they are inside it.
_MINISTERS_OF: Final = re.compile(r"^(?i:ministers\s+of\s+(?:the\s+)?)(?=[A-Z])")


#: The joins of a compound word's parts.
_COMPOUND: Final = re.compile(r"[-–]")


def _spelled_by(before: str, acronym: str) -> str | None:
    """The shortest run of capitalised words ending ``before`` whose initials spell ``acronym``.

    A connector's initial may count or not: "Forum of Small States (FOSS)" and "Economic
    Community of West African States (ECOWAS)" both spell theirs.
    """
    letters = "".join(c for c in acronym if c.isupper())
    words = before.split()
    # The suffixes of ``letters`` still reachable, as the count of letters spelled so far.
    spelled = {0}
    for k in range(len(words) - 1, -1, -1):
        w = words[k].strip("“”\"'")
        if w.lower() in _CONNECTORS and k < len(words) - 1:
            initial = w[:1].upper()
            spelled |= {n + 1 for n in spelled if letters[: len(letters) - n].endswith(initial)}
            continue
        # "Côte d'Ivoire–Ghana": each part of a compound gives its capital, an elided
        # article's ("d'", "l'") the letter after it.
        parts = [
            _ELIDED.sub(r"\2", part, count=1) if part[:1].islower() else part
            for part in _COMPOUND.split(w)
            if part
        ]
        if not parts or not all(part[:1].isupper() for part in parts):
            return None
        initials = "".join(part[:1] for part in parts)
        spelled = {
            n + len(initials) for n in spelled if letters[: len(letters) - n].endswith(initials)
        }
        if len(letters) in spelled:
            return " ".join(words[k:])
        if not spelled:
            return None
    return None


#: "An informal meeting of CARICOM heads of government", "the meeting of the heads of state and
#: government of the Asia-Pacific Economic Cooperation"; not "... Heads of State Council".
_MEETING_OF: Final = re.compile(
    # "the 14th Ordinary Session of the Conference of Heads of State and Government of the X".
    r"\b(?:(?i:meeting|summit|session)|Conference)\s+of\s+(?:the\s+)?"
    # "the 19th Ordinary Session of the CEMAC Conference of Heads of State".
    r"(?:(?:[A-Z][\w-]*\s+)?(?:Conference|Assembly)\s+of\s+(?:the\s+)?)?(?:[A-Z][\w’'-]*\s+){0,4}"
    rf"(?i:{_HEADS_OF}|leaders)"
    # Not a possessive: "the session of the X Leaders' Summit" is a session of a summit.
    # The body's name may hold an "of": "the Economic Community of Central African States".
    rf"(?![ \t]+[A-Z]|[’'])(?:\s+of\s+(?:the\s+)?{_NAME_WORD}"
    # "... of the International Conference on the Great Lakes Region".
    rf"(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?{_NAME_WORD}){{0,7}})?"
)


# A meeting's number before its name: "14th", "XVII", "Forty-Sixth" (first to tenth alone are
# meeting modifiers in the lexicon).
_ORDINAL: Final = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)|[IVXLC]{2,7}|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)"
)


def _meeting_of(doc: Document) -> str | None:
    """The meeting named as a meeting of heads of state, with its modifiers ("Informal")."""
    text = doc.text
    mods = lexicon().meeting_modifiers
    for s, e in [*_top_blocks(doc), *_lead_captions(doc)]:
        for m in _MEETING_OF.finditer(text, s, e):
            before = re.search(r"([\w-]+)\s+$", text[max(s, m.start() - 30) : m.start()])
            if before is not None and (
                before.group(1).lower() in lexicon().narrow
                or before.group(1).lower() in lexicon().expanded
            ):
                continue  # "a restricted session of the Heads of State": a part of the summit
            start = m.start()
            for _ in range(2):
                w = re.search(r"([\w’'-]+)\s+$", text[max(s, start - 30) : start])
                if w is None or not (w.group(1).lower() in mods or _ORDINAL.fullmatch(w.group(1))):
                    break
                start -= len(w.group(0))
            return norm(text[start : m.end()])
    return None


#: A meeting named with its number: the ordinal (the plain ones too), up to six words with
#: capitals ("Council of Ministers", "SEDM Defense Ministers'", "g7+"), the meeting noun, then
#: "of" and the body's capitalised name and its letters. A first one is history ("the first
#: summit was held in").
_COUNTED_MEETING: Final = re.compile(
    rf"\b(?:{_ORDINAL.pattern}|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    # In lower case only with the body it is "of": "the ninth meeting of the Coordinating
    # Council of the X" (a lone "second session" is no name).
    r"(?P<low>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+"
    # "the Ninth Trilateral Cooperative Arrangement (TCA) Ministerial Meeting": letters inside.
    r"(?P<words>(?:(?:[A-Z][\w’'+-]*|[a-z]\d[\w+]*|of|\([A-Z][A-Z0-9+&-]{1,9}\))\s+){0,6})"
    # "the 12th X Foreign Ministers' Dialogue", "the 12th IONS Conclave of Chiefs".
    r"(?:Meeting|Conference|Summit|Session|Assembly|Dialogue|Forum|Conclave|Retreat|Congress|"
    r"meeting|session|summit|conference)\b"
    rf"(?P<of>\s+(?:of|for|on(?!\s+(?:{_WEEKDAY}|{MONTH_NAMES}|{MONTH_ABBRS})\b))\s+(?:the\s+)?{_NAME_WORD}"
    # "of the Group of 77": a short number after "of" names a body too.
    rf"(?:\s+(?:(?:of|on|for|and|the)\s+)*{_NAME_WORD}|\s+of\s+\d{{1,3}}\b)*)?"
    r"(?:(?P<letters>\s+\([A-Z][A-Z0-9+&-]{1,9}\))"
    # "... of the Organisation of Eastern Caribbean States (OECS) Authority": the body goes on
    # after its letters (only there: "the 12th X Summit Monday" ends at "Summit").
    r"(?P<more>(?:[ \t]+[A-Z][\w’'-]*){1,2})?)?"
)
_OF_THE: Final = re.compile(r"\s+of\s+the\s")
_LIST_GOES_ON: Final = re.compile(r",\s+(?:the\s+)?[A-Z]")


# Words that put a meeting in the future or elsewhere: it is not the one the report is about.
_ANOTHER_EVENT: Final = re.compile(
    r"\b(?:next|upcoming|forthcoming|later\s+this\s+(?:year|month)|look(?:ed|s|ing)?\s+forward|"
    r"will\s+(?:host|be\s+held|take\s+place|chair)|to\s+be\s+held)\b",
    re.IGNORECASE,
)
_AROUND: Final = 200


def _sentence_around(text: str, s: int, e: int) -> str:
    """The sentence holding ``[s, e)``, at most a few hundred characters either side."""
    lo = max(0, s - _AROUND)
    start = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s)) + 1
    hi = min(len(text), e + _AROUND)
    ends = [x for x in (text.find(". ", e, hi), text.find("\n", e, hi)) if x >= 0]
    return text[max(start, lo) : min(ends) if ends else hi]


def _name(doc: Document, disowned: frozenset[str]) -> None:
    text = doc.text
    org = doc.organisation
    found_of = _meeting_of(doc)
    if found_of is not None:
        doc.meta["name"] = found_of
        return
    # A named body of the summit's organisation: "the CIS Heads of State Council". The first
    # mention that carries the organisation's acronym wins over a bare one in the headline.
    found: list[tuple[bool, str]] = []
    page = (BlockKind.CLUTTER, BlockKind.DATELINE)
    # An organisation the knowledge lacks ("the Forum of Small States (FOSS)") owns none of the
    # bodies it knows: "the General Assembly" there is another's.
    glossed = org is None and doc.meta.get("organisation") is not None
    for h in () if glossed else doc.hits:
        if not h.has("body") or (org is not None and h.get("body") is not org):
            continue
        if text[h.start : h.end].casefold() in disowned:
            continue  # another organisation's board: no name of this one's meeting
        s, e = h.start, h.end
        if _standing_body(text[s:e]) or doc.block_at(s).kind in page:
            continue  # a secretariat, a commission; a publisher's name at the page's top
        if _CITED.search(text, max(0, s - _MET_REACH), s):
            continue  # "on the basis of UN Security Council resolutions": a body cited
        if _elsewhere(text, s):
            continue  # "could not attend due to the IMO Council meeting in London"
        if org is None and _ANOTHER_EVENT.search(_sentence_around(text, s, e)):
            # "meeting again at the X later this year": another event, and nothing else says
            # the report is about the X's organisation (a next "ASEAN summit" in an ASEAN
            # report still names the kind of meeting it is).
            continue
        before = text[max(0, s - 12) : s]
        acr = re.search(r"\b([A-Z][A-Za-z0-9]{1,6})\s+$", before)
        name = text[s:e]
        qualified = False
        if acr and org is not None and acr.group(1) in org.acronyms:
            name, qualified = f"{acr.group(1)} {name}", True
        elif (
            org is not None
            and org.acronyms
            and re.match(
                r"\s+of\s+(?:the\s+)?" + re.escape(org.name), text[e : e + len(org.name) + 12]
            )
        ):
            name, qualified = f"{org.acronyms[0]} {name}", True
        found.append((qualified, norm(name)))
        if qualified:
            break
    if found:
        doc.meta["name"] = next((n for q, n in found if q), found[0][1])
        return
    # The organisation's acronym before a council's name: "the SCO Heads of State Council".
    if org is not None and org.acronyms:
        acronyms = "|".join(re.escape(a) for a in org.acronyms)
        m = re.search(
            rf"\b(?:{acronyms})\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){{0,5}}?(?:Council|Assembly|Conference)\b",
            text,
        )
        if m is not None:
            doc.meta["name"] = norm(m.group())
            return
    # A meeting the lede counts: "the 55th Meeting of Ministers of the X (ACR)".
    heads = (BlockKind.HEADLINE, BlockKind.STANDFIRST)
    for s, e in _top_blocks(doc, n_body=3):
        if doc.block_at(s).kind in heads:
            continue  # a headline's capitals say nothing ("Amir Chairs Sixth Summit")
        for m in _COUNTED_MEETING.finditer(text, s, e):
            words = [w for w in m["words"].lower().split() if w != "of"]
            if not m["of"] and all(w in lexicon().meeting_modifiers for w in words):
                continue  # "the 61st session", "its 29th Annual Meeting": no name of its own
            if m["low"] and not _OF_THE.match(m["of"] or ""):
                continue  # "the second meeting of BBIN leaders": the meeting told, not named
            if _another_meeting(text, s, m):
                continue  # "the Third X Summit, which will be hosted by Y": a later one
            # "the Fifth Trilateral Summit of Pakistan, Azerbaijan and Türkiye": the members
            # listed after it are no part of the name.
            listed = m["of"] and not m["letters"] and _LIST_GOES_ON.match(text, m.end())
            # The body's letters after the name are the organisation's acronym, not the name's.
            end = m.start("of") if listed else m.start("letters") if m["letters"] else m.end()
            if m["more"] and (kept := _goes_on(m["more"])):
                end = m.start("more") + kept
            doc.meta["name"] = norm(text[m.start() : end])
            return
    if (own := _meeting_of_organisation(doc)) is not None:
        doc.meta["name"] = own
        return
    # A summit phrase in the headline or the first paragraphs.
    first: str | None = None
    body: str | None = None
    bare: str | None = None
    placed = _summit_places(text)
    for s, e in _top_blocks(doc):
        in_head = doc.block_at(s).kind in heads
        for m in _SUMMIT_PHRASE.finditer(text, s, e):
            phrase = _summit_phrase(m, tail=not in_head)
            if len(phrase.split()) < 2 or _later_summit(text, m):
                continue
            if _capital_by_place(text, m.start(1), phrase):
                # "Three-way summit also backs ...": its one capital opens the sentence.
                bare = bare or phrase
                continue
            first = first or phrase
            if not in_head and body is None and not _locator(doc, phrase, placed):
                body = phrase
    first = first or bare
    if first is None:
        return
    if body is None and org is not None and _locator(doc, first, placed):
        # Further down, a summit phrase naming the organisation ("The 23rd Francophonie
        # summit") is the summit's own name, where a headline gave only its place.
        named = re.compile(
            r"\b(?:" + "|".join(re.escape(x) for x in (*org.names(), *org.acronyms)) + r")\b"
        )
        for b in doc.blocks:
            if body is not None:
                break
            if b.kind not in BODY_KINDS and b.kind is not BlockKind.CAPTION:
                continue
            for m in _SUMMIT_PHRASE.finditer(text, b.start, b.end):
                phrase = _summit_phrase(m)
                if named.search(phrase) and not _later_summit(text, m):
                    body = phrase
                    break
    # A headline names a summit by its place to save words ("Malta summit"), and its capitals
    # say nothing in title case ("Baek Co-Chairs Second Korea-Asia Summit"): a name the story
    # writes out, or the end of the headline's phrase that the story confirms, reads better.
    if body is not None and (
        _locator(doc, first, placed)
        or (first.lower().endswith(" " + body.lower()) and first != body)
    ):
        first = body
    doc.meta["name"] = first


def _meeting_of_organisation(doc: Document) -> str | None:
    """A meeting the lede names as the organisation's, without a number.

    "The one-day Special Session of the Indian Ocean Tuna Commission", "The Joint Committee of
    the X (ACR) met": capitalised words and a meeting's or a body's noun, "of" the name or the
    acronym the report's organisation has.
    """
    names = [doc.meta.get("organisation"), doc.meta.get("acronym")]
    if doc.organisation is not None:
        names += [*doc.organisation.names(), *doc.organisation.acronyms]
    alts = "|".join(re.escape(n) for n in names if n)
    if not alts:
        return None
    pattern = re.compile(_OWN_MEETING.format(alts))
    text = doc.text
    for s, e in _top_blocks(doc):
        if doc.block_at(s).kind in (BlockKind.HEADLINE, BlockKind.STANDFIRST):
            continue  # a headline's capitals say nothing
        if (m := pattern.search(text, s, e)) is not None and not _another_meeting(text, s, m):
            return norm(text[m.start() : m.start("more") + _goes_on(m["more"])])
    return None


def _another_meeting(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the meeting ``m`` names, in a block from ``s``, is a later or another one."""
    return bool(
        _ANOTHER_EVENT.search(_sentence_around(text, m.start(), m.end()))
        or _TO_BE_HELD.match(text, m.end())
        or _LATER_BEFORE.search(text, max(s, m.start() - _LATER_BEFORE_REACH), m.start())
        or _elsewhere(text, m.start())
    )


#: Words before a meeting or a place in its clause that make it another engagement: the
#: cause of someone's absence ("could not attend due to the IMO Council meeting in London"),
#: a meeting with an indefinite article ("who was attending an OPEC+ meeting in Vienna"), or
#: where meetings were held before ("has traditionally been held in New York").
_ELSEWHERE: Final = re.compile(
    # "could not attend due to the X meeting", not "roads were closed due to the summit in X"
    # nor "due to be presented at the next summit".
    r"\b(?:(?:not|unable|absent|missed|skipped|cancell?ed|withdrew|pulled\s+out)\b[^,;]{0,40}?"
    r"\b(?:(?:due|owing)\s+to|because\s+of)\s+(?:the|an?|his|her|their|its)\b|"
    # "who was attending a G20 meeting in X", "who is attending an OPEC+ meeting", not
    # "leaders attending a summit in X" (for "the", see ``_ATTENDING_THE``).
    r"(?:was|were|who\s+(?:is|are))\s+attending\s+an?|"
    r"traditionally|customarily|usually|until\s+now|in\s+the\s+past|hitherto)\b",
    re.IGNORECASE,
)
_ELSEWHERE_REACH: Final = 80


def _elsewhere(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` says what follows is another engagement.

    Only the clause: in "Leaders, who usually meet in X, gathered in Y", Y is still the venue.
    """
    before = _sentence_before(text, pos, _ELSEWHERE_REACH)
    clause = max(before.rfind(","), before.rfind(";")) + 1
    return _ELSEWHERE.search(before, clause) is not None or (
        # "X, who is attending the World Health Assembly in Geneva, was represented by Y": with
        # "the" the summit itself is as often meant ("delegates who are attending the summit in
        # Accra"), so only the clause's head said absent after it makes it another engagement.
        _ATTENDING_THE.search(before, clause) is not None
        and _absent_after_clause().match(text, pos) is not None
    )


_ATTENDING_THE: Final = re.compile(
    r"\bwho\s+(?:is|are|was|were)\s+attending\s+the\b", re.IGNORECASE
)


@functools.cache
def _absent_after_clause() -> re.Pattern[str]:
    """The rest of a clause, its comma, then a phrase that says its head is absent."""
    phrases = alternation(" ".join(p) for p in lexicon().absent_after)
    return re.compile(rf"[^,.;\n]{{0,{_ELSEWHERE_REACH}}},\s+(?:{phrases})\b", re.IGNORECASE)


def _goes_on(words: str) -> int:
    """How many characters of the capitalised ``words`` after a body's name go on with it.

    "... (OECS) Authority", "... (LAPSSET) Corridor": one or two words, the last a body's or a
    named thing's head noun, also before a person ("... (OECS) Authority Chairman X"). "...
    (OECS) Director General X" is a person after the name: 0.
    """
    lex = lexicon()
    kept = 0
    for w in itertools.islice(re.finditer(r"\S+", words), 2):
        if w.group().lower() in lex.body_heads or w.group().lower() in lex.thing_words:
            kept = w.end()
    return kept


#: Up to three capitalised words, not an article, then a meeting's or a body's noun "of" a name
#: (filled in with the organisation's names), and the capitalised words that go on with it
#: ("... of the Bangladesh, Bhutan, India and Nepal (BBIN) Initiative"). The meeting of a body
#: may stand before it: "the 18th meeting of the Ministerial Council of the X".
_OWN_MEETING: Final = (
    r"(?:\b(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?(?:(?!(?:The|A|An)\b)[A-Z][\w’'-]*\s+){{0,2}}"
    r"(?i:meeting|session)\s+of\s+(?:the\s+)?)?"
    r"\b(?!(?:The|A|An|This|That|Its)\b)(?:[A-Z][\w’'-]*\s+" + _OF_CAPITAL + r"){{1,3}}"
    r"(?:Meeting|Session|Summit|Conference|Committee|Council|Assembly)\s+of\s+(?:the\s+)?"
    r"(?:{})\b"
    r"(?:\s+\([A-Z][A-Z0-9+&-]{{1,9}}\)(?=\s+[A-Z]))?"
    r"(?P<more>(?:\s+[A-Z][\w’'-]*){{0,2}})"  # "one or two words" (``_goes_on``)
)


#: Words that bring a guest beside the members: "along with the European Commission".
_OF_BEFORE: Final = re.compile(r"\bof\s+(?:the\s+)?$")
#: "representatives of the European Commission": a body that sent people, not the members.
_GUEST: Final = re.compile(
    r"\b(?:along\s+with|together\s+with|joined\s+by|representatives?\s+of)\s+(?:the\s+)?$"
)
#: Words that cite a body's texts rather than tell of its meeting.
_CITED: Final = re.compile(
    r"\b(?:basis\s+of|accordance\s+with|line\s+with|pursuant\s+to|compliance\s+with|"
    r"implementation\s+of)\s+(?:the\s+)?(?:relevant\s+)?(?:[A-Z][\w-]*\s+)?$"
)


def _capital_by_place(text: str, start: int, phrase: str) -> bool:
    """Whether a phrase's only capital is its first letter, at the start of a sentence or line.

    An acronym ("ALBA-TCP summit") has capitals of its own.
    """
    opens = start == 0 or text[start - 1] == "\n" or text[start - 2 : start] == ". "
    return opens and sum(1 for c in phrase if c.isupper()) == 1


def _summit_phrase(m: re.Match[str], *, tail: bool = True) -> str:
    """A ``_SUMMIT_PHRASE`` match without its article and a bracketed acronym.

    With ``tail``, a capitalised "Summit" keeps its "of the X" (not in a title-case headline,
    whose verbs are capitalised too).
    """
    end = _phrase_end(m) if tail else m.end(1)
    phrase = re.sub(r"^(?:The|the|A|a|An|This|Its|Their)\s+", "", norm(m.string[m.start(1) : end]))
    return re.sub(r"\s+\([A-Z]{2,8}\)", "", phrase)


def _phrase_end(m: re.Match[str]) -> int:
    """Where a summit phrase ends: after "Summit of the X Y (Z)" when its noun is capitalised."""
    if m.group(1).endswith("Summit"):
        tail = _OF_TAIL.match(m.string, m.end(1))
        if tail is not None:
            return tail.end()
    return m.end(1)


#: "Summit of the Pacific Alliance", "Summit of Heads of State and Government of the Southern
#: African Development Community (SADC)": capitalised words, with "of", "and", "for", "on",
#: "the" and a bracketed acronym between them; a lower-case word or "in" ends it.
_OF_TAIL: Final = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_WORD}"
    # "of the Group of 77": a short number after "of" names a body too (a year does not).
    rf"(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+){{0,2}}(?:{_NAME_WORD}|\([A-Z][A-Z0-9-]{{1,9}}\))"
    r"|[ \t]+of[ \t]+\d{1,3}\b){0,10}"
)


def _later_summit(text: str, m: re.Match[str]) -> bool:
    """Whether a summit phrase names a meeting still to come ("the 13th X Summit will be held")."""
    before = text[max(0, m.start(1) - _LATER_BEFORE_REACH) : m.start(1)]
    if _LATER_BEFORE.search(before) or _LATER_FIRST.match(m.group(1)):
        return True
    return _TO_BE_HELD.match(text, _phrase_end(m)) is not None


#: "the next X Summit", "the upcoming X Summit", "The Next Summit": a later meeting.
_LATER_BEFORE: Final = re.compile(r"\b(?:next|upcoming|forthcoming)\s+$", re.IGNORECASE)
_LATER_FIRST: Final = re.compile(r"(?:The\s+)?(?:Next|Upcoming|Forthcoming)\s")
_LATER_BEFORE_REACH: Final = 12
#: What a later meeting's name is followed by: "is scheduled to be held", ", which will take
#: place", "is to be hosted by". A past "was held" is this one.
_TO_BE_HELD: Final = re.compile(
    r"\s*,?\s*(?:which\s+|that\s+)?"
    r"(?:will|shall|(?:is|are)\s+to|(?:is|are|be)\s+(?:scheduled|set|due|planned|expected|slated)\s+to|to)"
    r"\s+(?:be\s+(?:held|hosted|convened|organi[sz]ed)|take\s+place|convene)\b"
)


def _summit_places(text: str) -> frozenset[str]:
    """The capitalised words (one to three) the text puts a meeting in: "summit in Alexandria"."""
    out: set[str] = set()
    for m in _SUMMIT_IN.finditer(text):
        words = m.group(1).split()
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


_SUMMIT_IN: Final = re.compile(
    r"\b(?:summit|meeting|talks)\s+in\s+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})"
)


def _locator(doc: Document, phrase: str, placed: frozenset[str] = frozenset()) -> bool:
    """Whether a summit phrase says only where or when it met ("Perth summit", "Thursday's ...").

    ``placed``: places the knowledge lacks that the story puts a meeting in (``_summit_places``).
    """
    words = re.sub(r"^\d+(?:st|nd|rd|th)\s+", "", phrase).split()[:-1]
    if not words:
        return True
    if re.fullmatch(r"[A-Z][a-z]+day[’']s", words[0]):
        return True
    place = " ".join(words)
    kb = doc.knowledge
    return kb.country_by_city(place) is not None or kb.country(place) is not None or place in placed


def _standing_body(name: str) -> bool:
    """Whether a body's head noun names an institution, not a meeting ("Forum Secretariat")."""
    words = name.lower().split()
    if "of" in words:
        words = words[: words.index("of")]  # "Secretariat of the ..." / "Council of the ..."
    if not words:
        return False
    head = words[0] if words[-1] == "general" else words[-1]  # "Secretariat General"
    lex = lexicon()
    return head in lex.standing_bodies or head in lex.institution_heads


def _dateline_place(kb: Knowledge, place: str | None) -> tuple[str | None, str | None]:
    """The city and country a dateline's place names ("APIA, Samoa", "Riga"), or Nones."""
    if place:
        # "Camp Rasmussen (Danish Air Base)": the gloss describes the place, it is not its name.
        place = _GLOSSED_PLACE.sub("", place).strip()
    if not place:
        return None, None
    first = place.split(",")[0].strip()
    if first.isupper() and len(first) > _ACRONYM_MAX:
        first = _title_case(first)  # "APIA, Samoa"
    c = kb.country_by_city(first)
    if c is not None:
        return first, c.name
    if len(place.split()) > _PLACE_WORDS:
        return None, None
    rest = place.split(",")[1:]
    c2 = kb.country(rest[-1].strip()) if rest else None
    return first, c2.name if c2 else None


_PLACE_WORDS: Final = 4


def _place(doc: Document) -> None:
    text = doc.text
    kb = doc.knowledge
    meta = doc.meta
    byline = meta.pop("byline_place", None)
    city, country = _dateline_place(kb, meta.pop("dateline_place", None))
    if city is not None:
        # A release filed in the capital about a summit abroad: "PORT LOUIS, 27 October -- The
        # Prime Minister attended the summit held in New Delhi". The lead's own words win.
        held = _city_held(doc, strict=True)
        if held is not None and held[0] != city:
            city, country = held
    if city is None:
        # "the CIS summit in Bishkek", "the conference closed in X", "the Kyrgyz capital".
        city, country = _city_held(doc) or (None, None)
    if city is None:
        city, country = _venue(doc)
    if city is None:
        city, country = _dateline_place(kb, byline)
    if city is None:
        city, country = _reported_from(doc)
    if city is None:
        m = re.search(r"\bthe\s+([A-Z][\w-]+)\s+capital\b", text)
        if m:
            c = kb.country_by_demonym(m.group(1))
            if c is not None and c.capital:
                city, country = c.capital, c.name
    if city is None:
        country = _country_held(doc)
    if city is not None and country is None:
        c = kb.country_by_city(city)
        country = c.name if c else None
    if city is not None:
        meta["city"] = city
    if country is not None:
        meta["country"] = country


def _city_held(doc: Document, *, strict: bool = False) -> tuple[str, str | None] | None:
    """The first known city the text says the meeting is in, with its country.

    ``strict``: only in the top blocks, and only right after a meeting's verb or noun ("held
    in", "the summit in"), not anywhere in a sentence that has a meeting word.
    """
    text = doc.text
    top = _top_blocks(doc) if strict else None
    cities = []
    hosted: set[int] = set()  # where the cities that hosted the meeting start
    for h in doc.hits:
        if not h.has("city") or (top is not None and not any(s <= h.start < e for s, e in top)):
            continue
        before = text[max(0, h.start - _MET_REACH) : h.start]
        if hosts_meeting(text, h.end) and _EARLIER_AFTER.match(text, h.end) is None:
            cities.append(h)  # "X hosted on Saturday the 4th summit of ..."
            hosted.add(h.start)
        elif (
            (_IN_PLACE.search(before.lower()) or _CITY_SUMMIT.match(text, h.end))
            and _LATER_EVENT.search(before) is None
            and _LATER_AFTER.match(text, h.end) is None
            and not _elsewhere(text, h.start)
            and not _another_year(doc.year, before, text, h.end)
        ):
            cities.append(h)
    # A meeting's verb or noun right before the city, or "..., where he hosted the summit"
    # right after it, says where the meeting is; a meeting word anywhere earlier in the
    # sentence ("reminded the summit that a farmer in X") only hints, and is read last.
    for h in cities:
        if (
            h.start in hosted
            or _met_there(text, h.start)
            or _WHERE_MET.match(text, h.end)
            or (
                _CITY_SUMMIT.match(text, h.end)
                and _THE_BEFORE.search(text, max(0, h.start - _MET_REACH), h.start)
            )
        ):
            return norm(text[h.start : h.end]), h.get("city").name
    if strict:
        return None
    unknown = _unknown_held(doc)
    if unknown is not None:
        # "in New Alamein, where the three leaders held a summit": a place the knowledge lacks,
        # said outright, beats a known city merely near a meeting word.
        return unknown, None
    for h in cities:
        before = text[max(0, h.start - _MET_REACH) : h.start].lower()
        if _MEETING_WORD.search(before + " " + _sentence_before(text, h.start, _CUE_REACH).lower()):
            return norm(text[h.start : h.end]), h.get("city").name
    return None


def _unknown_held(doc: Document) -> str | None:
    """A place no list knows that the top blocks say the meeting is in ("in X, where ... met").

    Its words are capitalised, none an acronym or a known phrase's.
    """
    text = doc.text
    lex = lexicon()
    for s, e in _top_blocks(doc):
        for m in _CAPITALISED_PLACE.finditer(text, s, e):
            words = m.group(1).split()
            if any(
                w in lex.not_names or lex.institution_word(w) or w.isupper() for w in words
            ) or doc.hits_in(*m.span(1)):
                continue
            if _WHERE_MET.match(text, m.end(1)) or _met_there(text, m.start(1)):
                return m.group(1)
    return None


#: "in New Alamein": up to three capitalised words after "in", and no more after them ("at"
#: more often names a venue: "at Taumeasina", "at IICA Headquarters").
_CAPITALISED_PLACE: Final = re.compile(
    r"\bin[ \t]+((?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]+)\b(?![ \t]+[A-Z])"
)


def _met_there(text: str, pos: int) -> bool:
    """Whether the words before ``pos`` put a meeting at the place there: "held in"."""
    # Wider than _MET_REACH: "held today at the Avaza national tourist zone in the city of X".
    before = text[max(0, pos - _VERB_REACH) : pos].lower()
    # "meeting in the Paraguayan city of X": the verb stands before the gloss.
    before = _PART_BEFORE.sub("", _CITY_GLOSS.sub("", before))
    return bool(_MET_IN.search(before) or _HELD_IN.search(before))


#: A meeting dated by its year: "The 2045 meeting", "the summit of 2031".
_DATED_MEETING: Final = re.compile(
    rf"\b(?:({_YEAR})\s+(?:summit|meeting|session|conference|edition)|"
    rf"(?:summit|meeting|session|conference|edition)\s+(?:in|of)\s+({_YEAR}))\b",
    re.IGNORECASE,
)


#: A year right after a place: "hosted the meeting in Riga in 2037".
_YEAR_AFTER: Final = re.compile(rf",?\s+in\s+({_YEAR})\b")


def _another_year(year: int | None, before: str, text: str, end: int) -> bool:
    """Whether the meeting placed at a place ending at ``end`` is dated to another year.

    "The 2045 meeting was held in X" (``before`` it) or "hosted the meeting in X in 2045" (right
    after it) in a report of 2046 tells of an earlier one.
    """
    if year is None:
        return False
    after = _YEAR_AFTER.match(text, end)
    return (after is not None and int(after.group(1)) != year) or any(
        int(m.group(1) or m.group(2)) != year for m in _DATED_MEETING.finditer(before)
    )


#: "X hosted the previous summit", "X hosted the last meeting": another meeting's host.
_EARLIER_AFTER: Final = re.compile(
    r"[^.;\n]{0,40}?\b(?:previous|preceding|last|earlier)\b", re.IGNORECASE
)
#: "the Rome summit": the city names the meeting it is held in.
_CITY_SUMMIT: Final = re.compile(r"\s+(?:summit|meeting|conference)\b", re.IGNORECASE)
_THE_BEFORE: Final = re.compile(r"\b(?:at|in|from|during)\s+the\s+$", re.IGNORECASE)
#: A place's gloss before its name: "the Paraguayan city of".
#: "The port of X" alone is as often a port's business ("investment in the port of X").
_PLACE_GLOSS: Final = r"the\s+(?:[\w-]+\s+(?:city|town|resort|port)|city|town|resort)\s+of\s+"
_CITY_GLOSS: Final = re.compile(rf"{_PLACE_GLOSS}$", re.IGNORECASE)
#: A part of the city before its name: "the palace in northern Tehran" is in Tehran.
_PART_OF_TOWN: Final = (
    r"(?:northern|southern|eastern|western|central|downtown|north|south|east|west)"
)
_PART_BEFORE: Final = re.compile(rf"\b{_PART_OF_TOWN}\s+$")


_MET_REACH: Final = 60
_VERB_REACH: Final = 100
#: "in X, where the leaders met", "in X, where he hosted the summit": the meeting's place told
#: in a clause after it.
_WHERE_MET: Final = re.compile(
    r",?[ \t]+where[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
    r"(?:(?:was|were|is|are)[ \t]+)?"
    r"(?:held|hosted|met|convened|gathered|took[ \t]+part|attended|chaired|opened)\b"
)
_ACRONYM_MAX: Final = 3  # "NYC": an upper-case place this short is left as written
#: A meeting word before a city in its sentence: "the leaders met on Friday ... in X".
_MEETING_WORD: Final = re.compile(rf"\b(?:{_MEET_WORDS}|talks|council|visit)\b")
#: A meeting said to be in a place by its verb: "closed in", "opened on Monday in", "was held at".
_MET_IN: Final = re.compile(
    r"\b(?:held|hosted|took\s+place|opened|closed|ended|concluded|convened|met|gathered|"
    r"(?:co-)?chaired)"
    r"(?:[ \t]+(?:(?:on|this|last)[ \t]+[\w-]+|today|yesterday))?"
    # "was held today at the Avaza tourist zone in the city of X": a venue, then its city.
    r"(?:[ \t]+at[ \t]+the(?:[ \t]+[\w’'-]+){1,5}?)?[ \t]+(?:in|at)[ \t]+$"
)
_GLOSSED_PLACE: Final = re.compile(r"\s*\([^()\n]*\)\s*$")
#: Right before a place: "in ", "at ", "in the Philippine city of ".
_IN_PLACE: Final = re.compile(rf"\b(?:in|at|to)\s+(?:{_PLACE_GLOSS})?(?:{_PART_OF_TOWN}\s+)?$")
#: A summit noun, a few words, then "in": "the three-day conference in", "summit at the resort in".
#: The words between may not start another phrase: in "the summit by urging a ceasefire in X",
#: X is where the ceasefire is wanted, not where the summit is held.
_HELD_IN: Final = re.compile(
    r"\b(?:summit|meeting|conference|forum|session|talks|gathering|council)\b"
    r"(?:[ \t]+(?!(?:by|for|with|on|about|against|over|of|to|and|or|than)\b)"
    r"(?![\w’'-]+ing\b)[\w’'-]+){0,5}?[ \t]+(?:in|at)[ \t]+$",
    re.IGNORECASE,
)
#: A later or earlier meeting's place is not this one's: "the X Summit, to be held in Tokyo in
#: December", "the next summit in Y", "the upcoming meeting in Z", "X would host ..., and invited
#: the leaders to Y", "the previous one was held in W", "the last summit had been held in V",
#: "is scheduled to take place in U" (read in the words right before it).
_LATER_EVENT: Final = re.compile(
    r"\b(?:(?:to\s+be|will\s+be|would\s+be|is\s+to\s+be|shall\s+be)\s+(?:held|hosted)|next|"
    r"upcoming|forthcoming|(?:will|would|shall)\s+(?:host|hold|attend|take\s+part|meet|convene)|"
    r"invit(?:e|es|ed|ing)|"
    r"previous|preceding|last\s+(?:summit|meeting|session)|had\s+been\s+(?:held|hosted)|"
    r"to\s+(?:hold|(?:re)?convene|meet)|meet\s+again|(?:will|would|shall)\s+take\s+place|"
    r"follow-up|"
    # "is scheduled to take place in X", "is due to be held in Y": planned, so still to come.
    r"(?:scheduled|due|set|planned|slated|expected)\s+to\s+(?:take\s+place|be\s+held|meet))\b",
    re.IGNORECASE,
)
#: "... in Ankara later this year": a meeting still to come; "... in Baku four years ago": one
#: long past.
_LATER_AFTER: Final = re.compile(
    r"[^.;\n]{0,30}?\b(?:later\s+this\s+(?:year|month)|"
    r"next\s+(?:year|month|week|spring|summer|autumn|fall|winter)|in\s+the\s+coming|"
    r"(?:years?|months?|decades?)\s+ago)\b",
    re.IGNORECASE,
)
#: How far back in its sentence a meeting word may stand before the summit's city.
_CUE_REACH: Final = 120
_MEET_CUE: Final = re.compile(
    r"\b(?:summit|meeting|session|talks|conference|forum|held|hosted|host|hosts|received|"
    r"welcomed|took\s+place|meet|met|meets|gather(?:ed)?|convene[sd]?)\b",
    re.IGNORECASE,
)


def _sentence_before(text: str, pos: int, reach: int = 80) -> str:
    """The words of the sentence before ``pos``, at most ``reach`` characters."""
    window = text[max(0, pos - reach) : pos]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return window[cut + 1 :]


@functools.cache
def _venue_pattern() -> re.Pattern[str]:
    venues = sorted(lexicon().venues, key=len, reverse=True)
    return re.compile(r"\b(?:at|in|to)\s+the\s+(" + "|".join(map(re.escape, venues)) + r")\b")


def _venue(doc: Document) -> tuple[str | None, str | None]:
    """A venue where the meeting is held ("hosted X at the White House") gives its city."""
    text = doc.text
    venues = lexicon().venues
    for s, e in _top_blocks(doc):
        for m in _venue_pattern().finditer(text, s, e):
            if not _MEET_CUE.search(_sentence_before(text, m.start())):
                continue
            city = venues[m.group(1)]
            c = doc.knowledge.country_by_city(city)
            return city, c.name if c else None
    return None, None


@functools.cache
def _reported_from_pattern() -> re.Pattern[str]:
    phrases = alternation(" ".join(p) for p in lexicon().journalist_after)
    return re.compile(
        rf"\b(?:{phrases})\s+from\s+"
        r"(?:the\s+[A-Z][\w-]+\s+(?:city|town|resort|port)\s+of\s+)?",
        re.IGNORECASE,
    )


def _reported_from(doc: Document) -> tuple[str | None, str | None]:
    """A correspondent's hand-over ("VOA's X reports from Sydney, Australia") is a dateline.

    Only a known city counts: "reports from the White House" tells where the reporter sits.
    """
    text = doc.text
    cities = {h.start: h for h in doc.hits if h.has("city")}
    for s, e in _top_blocks(doc, n_body=3):
        for m in _reported_from_pattern().finditer(text, s, e):
            h = cities.get(m.end())
            if h is not None:
                return norm(text[h.start : h.end]), h.get("city").name
    return None, None


def _country_held(doc: Document) -> str | None:
    """The host country when the report names no city: "the conference in Norway".

    Also after a verb of meeting: "ministers met in Kuwait on Monday".
    """
    text = doc.text
    top = _top_blocks(doc, n_body=3)
    for h in doc.hits:
        if not h.has("country") or not any(s <= h.start < e for s, e in top):
            continue
        before = _sentence_before(text, h.start, 100)
        if _CITY_GLOSS.search(before):
            continue  # "in the city of Formosa": a town with a country's name
        if (
            (_HELD_IN.search(before) or _met_there(text, h.start))
            and not _LATER_EVENT.search(before)
            and not _elsewhere(text, h.start)
        ):
            return str(h.get("country").name)
    return None


#: What no format word qualifies a noun across.
_FORMAT_BREAK: Final = re.compile(r"[.!?;:]")


def _formats(doc: Document) -> None:
    lex = lexicon()
    toks = doc.tokens
    assert toks is not None  # noqa: S101
    found: list[str] = []
    keys = toks.keys
    for n, k in enumerate(keys):
        if k not in lex.format_nouns:
            continue
        # "in a narrow and then in an expanded format": both words qualify the noun; not one
        # across a sentence's or a clause's end ("implemented in full. The meeting ...").
        for j in range(max(0, n - 7), n):
            w = keys[j]
            label = "narrow" if w in lex.narrow else "expanded" if w in lex.expanded else None
            if label and _FORMAT_BREAK.search(doc.text, toks.ends[j], toks.starts[n]):
                continue
            if label and label not in found:
                found.append(label)
    doc.meta["formats"] = found
