"""Layout: split the text into blocks, classify each block, group blocks into sections.

Block rules form a :class:`~summitdoc.parsers.Registry`: each rule looks at one block (and its
neighbours) and either names its kind or passes. The first rule that answers wins, and a
catch-all paragraph rule at the lowest priority guarantees every block gets a kind. Outlet parsers
add, replace or drop rules by name.

Two ways of writing paragraphs are recognised from the text itself: one paragraph per line (a
blank line then separates sections), and paragraphs hard-wrapped at a fixed width (a blank line
separates paragraphs).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final, Protocol

from ..._registry import Registry
from .._document import BODY_KINDS, SITE_HINT, Block, BlockKind, Document, Section
from ..mentions.lexicon import fold_line, lexicon

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ...knowledge import Knowledge, Outlet

__all__ = [
    "BULLETS",
    "CITY_AGENCY",
    "CITY_DASH",
    "COPYRIGHT_MARKS",
    "DATELINE",
    "MONTHS",
    "MONTH_ABBRS",
    "MONTH_NAMES",
    "BlockRule",
    "default_block_rules",
    "follow_name",
    "group_sections",
    "known_place",
    "mask_markup",
    "outlet_byline",
    "split_blocks",
    "story_dateline",
    "story_paragraph",
    "wire_dateline",
    "writer_outlet",
]


class BlockRule(Protocol):
    """Names the kind of a block, or returns None to let the next rule decide."""

    def __call__(self, doc: Document, blocks: Sequence[Block], i: int, /) -> BlockKind | None:
        """The kind of ``blocks[i]``, or None."""
        ...


_LINE: Final = re.compile(r"[^\n]*\n?")
#: The bullets a bulleted line starts with; the extractors' list items start with them too.
BULLETS: Final = "-•*–·▪"
#: A bulleted line's mark.
_BULLET: Final = re.compile(rf"[ \t]*(?:[{re.escape(BULLETS)}]|\d{{1,2}}[.)])[ \t]+")
_WRAP_WIDTH: Final = 100
_MARKUP_LINE: Final = re.compile(r"\s*(?:<[^<>\n]*>|<?https?://\S*)\s*$")


def _lines(text: str, pos: int = 0, size: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[pos:size]``, newline excluded."""
    size = len(text) if size is None else size
    while pos < size:
        nl = text.find("\n", pos, size)
        if nl < 0:
            yield pos, size
            return
        yield pos, nl
        pos = nl + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_wrapped(text: str) -> bool:
    """Whether paragraphs are hard-wrapped: many lines, none much longer than a fixed width."""
    # Lines of markup alone (an <img> with its srcset, a bare address) are not prose.
    lengths = [
        e - s for s, e in _lines(text) if text[s:e].strip() and not _MARKUP_LINE.match(text, s, e)
    ]
    if len(lengths) < 8:
        return False
    long = sum(1 for n in lengths if n > _WRAP_WIDTH)
    # A wrapped text has almost no long lines and many lines that run on without a blank line.
    return long <= len(lengths) // 50


# Markup in plain text copied from a page: HTML tags (an <img> with its alt text and srcset), the
# address half of a Markdown link ("[signed](https://...)"), autolinks and bare addresses. Each
# part is bounded and its parts cannot overlap, so matching is linear.
_MARKUP: Final = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>\n]{0,4000})?/?>"
    r"|\[(?=[^\[\]\n]{0,400}\]\((?:https?://|/|www\.))"
    r"|\]\((?:https?://|/|www\.)[^()\s]{0,2000}\)"
    r"|<https?://[^<>\s]{1,2000}>"
    r"|https?://[^\s<>()\[\]]{1,2000}"
)


def mask_markup(text: str) -> str:
    """The text with markup and link addresses replaced by spaces (same length, same offsets).

    A Markdown link keeps its words: ``[signed](https://x.org)`` reads `` signed              ``.
    """
    if "<" not in text and "](" not in text and "://" not in text:
        return text
    masked = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    # A line that is markup alone stays as it is: layout files it as clutter, where a blank line
    # would have ended a paragraph or a section.
    lines = masked.split("\n")
    for n, (was, now) in enumerate(zip(text.split("\n"), lines, strict=True)):
        if not now.strip() and was.strip():
            lines[n] = was
    return "\n".join(lines)


def split_blocks(doc: Document) -> list[Block]:
    """Cut the text into blocks (without kinds yet)."""
    text = doc.text
    if doc.layout_hints is not None:
        return _join_dateline_parts(text, _hinted_blocks(doc))
    wrapped = is_wrapped(text)
    blocks: list[Block] = []
    gap = False
    current: list[int] | None = None  # [start, end] of the block being grown (wrapped mode)
    for ls, le in _lines(text):
        s, e = _strip(text, ls, le)
        if s == e:
            gap = True
            current = None
            continue
        if wrapped and current is not None and not _BULLET.match(text, ls, le):
            # A continuation line of the current paragraph or list item.
            current[1] = e
            blocks[-1].end = e
            gap = False
            continue
        blocks.append(Block(s, e, gap_before=gap or not blocks))
        if wrapped:
            current = [s, e]
            if _BULLET.match(text, ls, le):
                blocks[-1].data["bullet"] = True
        gap = False
    blocks = _join_dateline_parts(text, _join_drop_caps(text, blocks))
    if not wrapped:
        blocks = _join_broken_lines(text, blocks)
    for i, b in enumerate(blocks):
        b.index = i
    _mark_vertical_crumbs(text, blocks)
    _mark_repeated(text, blocks)
    for i, b in enumerate(blocks):
        b.gap_after = i + 1 == len(blocks) or blocks[i + 1].gap_before
    doc.wrapped = wrapped
    return blocks


_REPEATED_WORDS_MAX: Final = 16
#: A breadcrumb copied from a page whose trail is a list: its separators stand on lines of their
#: own ("Home" / ">" / "News" / ">" / "Headline").
_CRUMB_SEPARATORS: Final = frozenset({">", "/", "»", "›", "|", "→"})


def _mark_vertical_crumbs(text: str, blocks: list[Block]) -> None:
    """Mark the parts of a breadcrumb laid out one per line, and its separator lines."""
    for k in range(1, len(blocks) - 1):
        sep = blocks[k]
        if sep.end - sep.start > 1 or text[sep.start : sep.end] not in _CRUMB_SEPARATORS:
            continue
        parts = (blocks[k - 1], blocks[k + 1])
        if all(
            text.find("\n", b.start, b.end) < 0
            and len(text[b.start : b.end].split()) <= _HEADLINE_MAX_WORDS
            and text[b.end - 1] not in ".!?"
            for b in parts
        ):
            for b in (*parts, sep):
                b.data["crumb"] = True


def _mark_repeated(text: str, blocks: list[Block]) -> None:
    """Mark short unpunctuated lines of several words whose exact text stands more than once.

    A breadcrumb's last part (the page's title) is no repeat of the headline under it.
    """
    seen: dict[str, list[Block]] = {}
    for b in blocks:
        if b.data.get("crumb"):
            continue
        # Most blocks end their sentence, or run over lines: rejected before being sliced.
        if text[b.end - 1] in _TERMINAL or text.find("\n", b.start, b.end) >= 0:
            continue
        line = text[b.start : b.end]
        words = line.split()
        if 2 <= len(words) <= _REPEATED_WORDS_MAX and any(c.isalpha() for c in line):
            seen.setdefault(" ".join(words), []).append(b)
    for same in seen.values():
        if len(same) > 1:
            for b in same:
                b.data["repeated"] = True
            if _title_over_story(text, blocks, same):
                same[-1].data["hint"] = "headline"
                for b in blocks[: same[0].index]:
                    # Above the title's first copy: the site's name, its menus, a language bar.
                    line = text[b.start : b.end]
                    if line[-1] not in _TERMINAL and not any(c.isdigit() for c in line):
                        b.data.setdefault("hint", "clutter")


#: Lines this short between a title's copies are page furniture: "News", a date, "Share".
_BETWEEN_COPIES_WORDS: Final = 3
#: A story's first paragraph has at least this many words.
_STORY_WORDS: Final = 12


def _title_over_story(text: str, blocks: list[Block], same: list[Block]) -> bool:
    """Whether a line printed twice at the page's top is its title, the story under it.

    A page copied from a browser gives its title as a breadcrumb's last part and again over
    the story: only furniture lines ("News", a date) stand between the copies, and the story's
    first paragraph comes after the last copy.
    """
    first, last = same[0].index, same[-1].index
    if last >= _PAGE_TOP or last - first < 2 or len(same) != 2:
        return False
    if any(
        len(text[b.start : b.end].split()) > _BETWEEN_COPIES_WORDS for b in blocks[first + 1 : last]
    ):
        return False
    k = last + 1
    while (
        k < len(blocks)
        and len(text[blocks[k].start : blocks[k].end].split()) <= _BETWEEN_COPIES_WORDS
    ):
        k += 1
    if k >= len(blocks):
        return False
    return story_paragraph(text[blocks[k].start : blocks[k].end])


def story_paragraph(block: str) -> bool:
    """Whether a paragraph reads as a story's: a dozen words or more, ending a sentence."""
    return (
        len(block.split(maxsplit=_STORY_WORDS)) >= _STORY_WORDS and block.rstrip()[-1:] in '.!?”"'
    )


_BROKEN_LINE_WORDS: Final = 4


def _join_broken_lines(text: str, blocks: list[Block]) -> list[Block]:
    """Lines of one sentence broken by links on lines of their own become one paragraph.

    "... met Cypriot President" / "Nikos Andreou" / ", and Prime Minister" / "Carmen Azzopardi" /
    "said the grid was ready.": a line runs on into the next when the next starts in lower case
    or with a comma, or when the line has not ended its sentence and the next is a short line
    (a name) that itself runs on. Decided from the last line back, so the pass is linear.
    """
    n = len(blocks)
    runs_on = [False] * n
    for k in range(n - 2, -1, -1):
        b, nxt = blocks[k], blocks[k + 1]
        if nxt.gap_before:
            continue
        first, last = text[nxt.start], text[b.end - 1]
        if not (
            first.islower()
            or first in ",;)"
            or (
                runs_on[k + 1]
                and last not in _TERMINAL
                and last not in _QUOTE_END
                and len(text[nxt.start : nxt.end].split()) <= _BROKEN_LINE_WORDS
            )
        ):
            continue
        # Only a line that would run on is checked for furniture (the costlier test).
        line, after = text[b.start : b.end], text[nxt.start : nxt.end]
        if _CLUTTER.fullmatch(after) or furniture(after)[0] or furniture(line)[0]:
            continue  # "please wait" under a player's title: furniture, not a sentence going on
        if spaced_menu(after) or spaced_menu(line):
            continue  # "e-paper   Subscribe   Login" under a date line: a menu, not a sentence
        runs_on[k] = True
    out: list[Block] = []
    joining = False
    for k, b in enumerate(blocks):
        if joining:
            out[-1].end = b.end
        else:
            out.append(b)
        joining = runs_on[k]
    return out


def _join_drop_caps(text: str, blocks: list[Block]) -> list[Block]:
    """A drop cap ("T" on its own line before "he summit opened ...") joins its paragraph."""
    out: list[Block] = []
    skip = False
    for n, b in enumerate(blocks):
        if skip:
            skip = False
            continue
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        if (
            nxt is not None
            and b.end - b.start == 1
            and text[b.start].isupper()
            and text[nxt.start].islower()
        ):
            nxt.start = b.start
            nxt.gap_before = b.gap_before
            nxt.data["drop_cap"] = True
            out.append(nxt)
            skip = True
            continue
        out.append(b)
    return out


_PLACE_WORDS: Final = 6
_DATELINE_REACH: Final = 8


def _join_dateline_parts(text: str, blocks: list[Block]) -> list[Block]:
    """A dateline a page sets as separate blocks (date, time, place) is one block.

    "October 11, 2017" / "15:20" / "Sochi": near the top, a bare date followed by a bare time,
    and then a short place name without closing punctuation.
    """
    for k in range(min(len(blocks), _DATELINE_REACH) - 1):
        date, time = blocks[k], blocks[k + 1]
        if not (
            _DATE_ONLY.match(text, date.start, date.end)
            and _TIME_ONLY.match(text, time.start, time.end)
        ):
            continue
        parts = [date, time]
        if k + 2 < len(blocks):
            place = blocks[k + 2]
            line = text[place.start : place.end]
            words = line.split()
            if (
                "\n" not in line
                and 1 <= len(words) <= _PLACE_WORDS
                and line[-1] not in _TERMINAL
                and line[0].isupper()
            ):
                parts.append(place)
        date.end = parts[-1].end
        date.data["dateline_parts"] = True
        date.data.pop("hint", None)
        del blocks[k + 1 : k + len(parts)]
        for n, b in enumerate(blocks):
            b.index = n
        break
    return blocks


def _hinted_blocks(doc: Document) -> list[Block]:
    blocks: list[Block] = []
    for s0, e0, kind in doc.layout_hints or ():
        if kind.startswith(SITE_HINT):
            doc.site_name = kind.removeprefix(SITE_HINT)
            continue
        s, e = _strip(doc.text, s0, e0)
        if not kind and (items := _bullet_lines(doc.text, s, e)):
            # "<p>• A;<br>• B</p>": a list set as lines of one paragraph, one item each.
            blocks.extend(
                Block(a, z, gap_before=True, gap_after=True, index=n, data={"bullet": True})
                for n, (a, z) in enumerate(items, len(blocks))
            )
            continue
        b = Block(s, e, gap_before=True, gap_after=True, index=len(blocks))
        if kind == "byline":
            # Weaker than a kind: the markup's "author" box also holds a bio or a date.
            b.data["marked_byline"] = True
        elif kind:
            b.data["hint"] = kind
        blocks.append(b)
    return blocks


def _bullet_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The lines of ``[s, e)`` if there are two or more and each starts with a bullet, else []."""
    lines = []
    for ls, le in _lines(text, s, e):
        a, z = _strip(text, ls, le)
        if a == z:
            continue
        if not _BULLET.match(text, a, z):
            return []
        lines.append((a, z))
    return lines if len(lines) > 1 else []


def classify(doc: Document, blocks: list[Block], rules: Registry[BlockRule]) -> None:
    """Give every block the kind the first answering rule names.

    Then the headings around the headline are read again: above it, one is a kicker or a
    category label (clutter); right below it, before the body and where there is no standfirst,
    a sentence-long one is the standfirst.
    """
    ordered = list(rules)  # once: iterating the registry sorts it
    for i, block in enumerate(blocks):
        for rule in ordered:
            kind = rule(doc, blocks, i)
            if kind is not None:
                block.kind = kind
                break
    top = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADLINE), None)
    if top is None:
        return
    # "Baltics" over the headline: the article's sections start below it.
    for b in blocks[:top]:
        if b.kind is BlockKind.HEADING:
            b.kind = BlockKind.CLUTTER
    if any(b.kind is BlockKind.STANDFIRST for b in blocks):
        return
    for b in blocks[top + 1 :]:
        if b.kind in _HEAD_KINDS:
            continue  # the page's lines between headline and article: bylines, a photo
        words = doc.text[b.start : b.end].split()
        if (
            b.kind is BlockKind.HEADING
            and len(words) >= _STANDFIRST_HEADING_WORDS
            and not words[-1].endswith(":")
        ):
            b.kind = BlockKind.STANDFIRST  # a summary set as a subhead (<h3 class="summary">)
        break


#: The fewest words of a heading right below the headline that make it a summary, no subhead.
_STANDFIRST_HEADING_WORDS: Final = 9


def group_sections(doc: Document) -> list[Section]:
    """Group blocks into sections: a heading opens one.

    A ``* * *`` separator opens none: a speaker's words before and after it are one speech.
    When paragraphs follow each other line by line, a blank line also ends a section (the seed's
    style: a heading, its paragraphs, a blank line, the next part).
    """
    blocks = doc.blocks
    body = [b for b in blocks if b.kind in BODY_KINDS]
    # Paragraph-per-line texts separate paragraphs by a newline and sections by a blank line.
    # Most paragraphs decide: a list or a block of links set line by line in a page whose
    # paragraphs stand between blank lines does not make each paragraph a section.
    tight = sum(not b.gap_before for b in body[1:])
    line_style = (
        not doc.wrapped and doc.layout_hints is None and tight > 0 and 2 * tight > len(body) - 1
    )
    sections: list[Section] = []
    current = Section(0, 0, 0)
    sections.append(current)

    def start_new(block: Block, heading: Block | None) -> Section:
        sec = Section(len(sections), block.start, block.end, heading=heading)
        sections.append(sec)
        return sec

    previous: Block | None = None
    for b in blocks:
        if b.kind is BlockKind.HEADING:
            current = start_new(b, b)
        elif (
            line_style
            and b.kind in BODY_KINDS
            and b.gap_before
            and previous is not None
            and previous.kind is not BlockKind.HEADING
            and current.blocks
        ):
            current = start_new(b, None)
        b.section = current.index
        current.blocks.append(b)
        current.end = b.end
        previous = b
    # A section runs to the start of the next one, so it holds the blank lines between them.
    for a, nxt in itertools.pairwise(sections):
        a.end = max(a.end, nxt.start)
    if sections:
        sections[0].start = 0
        sections[-1].end = len(doc.text)
    return [s for s in sections if s.blocks]


# -- rules ---------------------------------------------------------------------------------------

# The shapes of furniture lines; the phrases (buttons, labels, credits) are data in
# lexicon.toml's [furniture] table.
_CLUTTER: Final = re.compile(
    r"""(?:
        [\\*_ ]*\#{3}[\\*_ ]*                                  # ### end marks, Markdown-escaped
      | [-=_~*•·\s]{0,3}                                         # lone punctuation
      | https?://\S+ | <https?://[^>]+> | \\?\[https?://[^\]]+\\?\]
      | (?:</?[A-Za-z][^<>\n]*>\s*)+                          # markup alone (<img ...>, <p></p>)
      | (?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*     # a player's time codes
      | (?i:watch|video|listen)[ \t]*[:|][^\n]{0,200}?[ \t](?:\d{1,2}:)?\d{1,2}:\d{2}
                                                        # a clip's label and running time
      | \d{1,3}[ \t]+min(?:ute)?s?[ \t]+(?:read|[Rr]eading[ \t]+time)     # "3 min read"
      | (?i:read(?:ing)?[ \t]+time)[ \t]?:?[ \t]*\d{1,3}[ \t]*(?i:min(?:ute)?s?|m)  # "Read Time: 4"
        (?:[ \t]+(?i:read))?                                     # "Reading Time: 4 mins read"
      | A[+-](?:[ \t]*A[+-]?){1,3}                                 # font size buttons: "A+ A-"
      | (?i:listen)(?:[ \t]+(?i:to[ \t]+(?:this|the)[ \t]+(?:article|story)))?[ \t]*[|·•:-]?[ \t]*
        \d{1,3}(?::\d{2})?[ \t]*(?i:min(?:ute)?s?|m)\b\.?                  # "Listen | 6 minutes"
      | \d{1,2}:\d{2}[ \t]?[AaPp]\.?[Mm]\.?(?:[ \t][A-Z]{2,5})?           # "4:02 P.M. EDT"
      | By:?[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|de|van|von|al)){0,5}  # a byline
        (?:[ \t]+[-–—|/][ \t]*[^\n.]{0,60})?              # ... with a role, a handle: "- Reporter"
      | (?i:estimated|approx\.?|about)[ \t]+\d{1,3}[ \t]*(?i:min(?:ute)?s?)\b\.?  # a reading time
      | (?:Updated|Published|Posted)[ \t]+\d{1,2}[:.]\d{2}                # "Updated 14:02 GMT"
        (?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t][A-Z]{2,5})?
      | [^\d\n]{0,40}?[ \t]-?\d{1,2}[ \t]?°[ \t]?[CF]\b[^\n]{0,20}     # the weather: "Suva  28°C"
    )\Z""",
    re.VERBOSE,
)
_FURNITURE_LINE_MAX: Final = 300
#: The longest line opening with a list's beginning ("More from Europe"): a label, not a sentence.
_LIST_START_MAX: Final = 60
#: A copyright line anywhere on a page: a year right after "©". A credit ("© UfM
#: Secretariat", "(© Ana Ruiz)" after a caption's date) ends a caption and is not one.
_COPYRIGHT_YEAR: Final = re.compile(r"©\s*(?:1[89]|20)\d\d\b")
_COPYRIGHT_LINE_MAX: Final = 160


def furniture(line: str) -> tuple[bool, bool]:
    """Whether a line is page furniture by its words, and whether a list of headlines follows."""
    if len(line) > _FURNITURE_LINE_MAX:
        return False, False
    lex = lexicon()
    folded = fold_line(line)
    if folded in lex.furniture_lines:
        return True, folded in lex.list_markers
    if folded.startswith(lex.list_starts) and len(folded) < _LIST_START_MAX:
        return True, True
    if folded.startswith(lex.furniture_starts) or folded.endswith(lex.furniture_ends):
        return True, False
    if (
        line.lstrip().startswith(("«", "‹", "←"))
        and "»" not in line
        and not line.rstrip().endswith(_STOPS)
    ):
        return True, False  # a pager's arrow: "« Back to News", "« Previous: X"
    if follow_name(line) is not None:
        return True, False  # "Find The Daily Courier on WhatsApp and stay up to date"
    words = folded.split()
    if 1 < len(words) <= _BUTTON_ROW and all(
        w in lex.furniture_lines or w in lex.social_sites for w in words
    ):
        return True, False  # a row of buttons: "Print Facebook X E-mail"
    if len(line) <= _COPYRIGHT_LINE_MAX and (
        "rights reserved" in folded or _COPYRIGHT_YEAR.search(line)
    ):
        return True, False  # "Daily Trust © 2038 Media Trust Limited. All rights reserved."
    return False, False


_STOPS: Final = (".", "!", "?")
#: The most buttons a row of share and follow buttons copied onto one line holds.
_BUTTON_ROW: Final = 10

#: Entries of a menu copied from a page set on one line, parted by runs of spaces or tabs.
_SPACED_PARTS: Final = re.compile(r"\t+ *| {2,}\t*")
_SPACED_MENU_PARTS: Final = 3
_SPACED_ENTRY_WORDS: Final = 4


def spaced_menu(line: str) -> bool:
    """A menu or a row of buttons copied onto one line: "Login   Subscribe   ePaper".

    Three entries or more, parted by runs of spaces or tabs, each of a few words that end no
    sentence and hold no figure. Prose never parts its words so, and a table's row has figures.
    """
    if len(line) > _FURNITURE_LINE_MAX or "\n" in line:
        return False
    parts = _SPACED_PARTS.split(line.strip())
    return len(parts) >= _SPACED_MENU_PARTS and all(
        0 < len(x.split()) <= _SPACED_ENTRY_WORDS
        and x[-1] not in ".!?;,"
        and not any(c.isdigit() for c in x)
        for x in parts
    )


# match() anchors at pos; \A would not (it means the start of the whole string).
_SEPARATOR: Final = re.compile(r"(?:\*\s*){3,}\Z|(?:-\s*){3,}\Z|(?:_\s*){3,}\Z|(?:~\s*){3,}\Z")
#: English month names and their numbers.
MONTHS: Final = {
    name: n
    for n, name in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
#: The month names as a regex alternation.
MONTH_NAMES: Final = "|".join(MONTHS)
_WEEKDAY: Final = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
#: After the date: a time ("| 19:05", "9:45 AM", "14:05 GMT"), then a place, or after a bar a
#: section label that is no place ("17 November 2033 | Foreign Affairs").
_DATELINE_TAIL: Final = (
    r"(?:\s*[,|·•–—-]?\s*(?:at\s+)?(?<!\d)(?P<time>\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\b\.?)?"
    r"(?:[ \t]+(?:[A-Z]{2,4}\b|hrs\b\.?|\([^()\n]{1,20}\)))?))?"
    # "... Sochi", "... | Politics", "... (Daily News Online)": a place, a label, the source.
    r"(?:\s*[,·•-]?\s*(?P<place>[^\W\d_][^\n]*)|[ \t]*\|[^\n]*|[ \t]*\([A-Z][^()\n]{0,40}\))?\Z"
)
#: A dateline line: "October 11, 2017 15:20 Sochi", "Tue, March 4, 2025", "Saturday March 04
#: 2034".
DATELINE: Final = re.compile(
    rf"{_WEEKDAY}(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_DATELINE_TAIL}"
)
_DATELINE_DMY: Final = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_NAMES})\s+(?P<year>\d{{4}})"
    rf"{_DATELINE_TAIL}"
)
#: The place first: "Basseterre, 3 July 2032", "APIA, Samoa – 30 August 2031", "Lima, June 4,
#: 2031", "Asuncion, 8 July 2031.-".
_DATELINE_PLACE_FIRST: Final = re.compile(
    r"(?P<place>[A-Z][^\d\n,–—]{1,40}(?:,[ \t]*[A-Z][^\d\n,–—]{1,30})?)[ \t]*[,–—-][ \t]*"
    rf"{_WEEKDAY}(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_NAMES})"
    rf"|(?P<month2>{MONTH_NAMES})\s+(?P<day2>\d{{1,2}}),)\s+(?P<year>\d{{4}})"
    r"[ \t]*[.,:;–—-]{0,3}[ \t]*\Z"
)
#: One to three capitalised words, as a place's name is written.
_PLACE_NAME: Final = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
#: A place on a line of its own: a city, and a country or region after a comma.
_PLACE_LINE: Final = re.compile(rf"[ \t]*{_PLACE_NAME}(?:,[ \t]*{_PLACE_NAME})?[ \t]*")
#: A place line with a gloss after it: "Villa Serena (state residence)".
_GLOSSED_PLACE_LINE: Final = re.compile(rf"{_PLACE_LINE.pattern}(?:\([^()\n]{{1,60}}\)[ \t]*)?")
#: A place the knowledge lacks, before a dateline's date: one to three capitalised words.
_PLACE_SHAPED: Final = re.compile(rf"{_PLACE_NAME}[ \t]*")
_MONTH_ABBR: Final = {m[:3]: m for m in MONTHS} | {"Sept": "September"}
#: The months' abbreviations as a regex alternation, longest first: "Sept|Jan|...".
MONTH_ABBRS: Final = "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
#: "Dec. 14, 2023", "Sept 3, 2031 10:00 Lima", "Sat Mar 23 2047 - 06:00".
_DATELINE_ABBR: Final = re.compile(
    rf"{_WEEKDAY}(?P<mon>{MONTH_ABBRS})\.?\s+"
    rf"(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}){_DATELINE_TAIL}"
)
#: "Sat 24 Oct 2026 12.40 BST", "4 Mar 2025": a newspaper's date line (no place).
_DATELINE_DMY_ABBR: Final = re.compile(
    rf"{_WEEKDAY}(?P<day>\d{{1,2}})\s+"
    rf"(?P<mon>{'|'.join(sorted(_MONTH_ABBR, key=len, reverse=True))})"
    r"\.?\s+(?P<year>\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,5})?)?\Z"
)
#: "2024-11-20 22:15", "2024-11-20T22:15 Brasilia".
_DATELINE_ISO: Final = re.compile(
    r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
    r"(?:(?:[ T]|[ \t]+at[ \t]+)\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+(?P<place>[^\W\d_][^\n]*))?\Z"
)
#: A numeric stamp, day and month in either order: "06/06/2044 07:42 PM", "21.03.2045". Read
#: only when the order does not matter or one number cannot be a month.
_DATELINE_NUMERIC: Final = re.compile(
    r"(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<year>\d{4})"
    r"(?:,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?\Z"
)
#: A bare date or time on a line of its own (parts of a dateline a page sets apart).
_DATE_ONLY: Final = re.compile(
    rf"(?:(?:{MONTH_NAMES})\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}})\Z"
)
_TIME_ONLY: Final = re.compile(r"\d{1,2}:\d{2}\Z")
#: A date anywhere in a line ("(Source: ...; issued May 25, 2017)").
_DATE_IN_LINE: Final = re.compile(
    # "April 30, 2031", "April 30th 2031", "30 April 2031", "22nd May 2036".
    rf"\b(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}})(?:,|(?:st|nd|rd|th),?)\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_NAMES})\s+(?P<year2>\d{{4}})\b"
    # "14 MAR 2025", "3 Sept 2025": a press office's abbreviated month, in any case.
    # "16. Feb 2046": the day's full stop of Central European papers.
    r"|\b(?P<day3>\d{1,2})\.?\s+(?P<mon3>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec))"
    r"\.?\s+(?P<year3>\d{4})\b"
    # "Mar 03, 2031": the abbreviated month first.
    r"|\b(?P<mon4>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec))\.?\s+"
    r"(?P<day4>\d{1,2}),\s+(?P<year4>\d{4})\b"
)
_ISSUED: Final = re.compile(r"\(|(?:published|posted|updated|issued|source)\b", re.IGNORECASE)
_ISSUED_LINE_WORDS: Final = 16
_ISSUED_AFTER_BAR: Final = re.compile(r"\|\s*(?:published|posted|updated)\b", re.IGNORECASE)
#: A wire dateline opening the first paragraph: "ASTANA, July 4. /TASS/.", "JOHANNESBURG, Aug 23
#: (Reuters) -", "MOSCOW, October 11 (AFP) —".
#: After a wire dateline's date: the agency in brackets or slashes ("(Reuters)", "/TASS/."), a dash.
_WIRE_AGENCY: Final = r"(?:[/(]\s*(?P<agency>[A-Za-z][\w .-]{1,30}?)\s*[/)]\.?)?\s*[-–—]?\s*"
WIRE_DATELINE: Final = re.compile(
    r"(?P<city>[A-Z][A-Z .'’-]{2,40}),\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+)?"
    r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec)[a-z]*\.?)\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?\.?\s*" + _WIRE_AGENCY
)
#: The same with the day first, as Commonwealth and African papers write it:
#: "N'DJAMENA, 12 March 2044 —", "SUVA, 3rd June 2041 (FBC) -", "CONAKRY, Guinea, 17th March
#: 2043 –" (a region after the city in either form).
WIRE_DATELINE_DMY: Final = re.compile(
    r"(?P<city>[A-Z][A-Z .'’-]{2,40}),\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>(?:Jan|Feb|"
    r"Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?P<year>\d{4}))?\.?\s*"
    + _WIRE_AGENCY
)
#: A city dateline without a date: "BRUSSELS --- Under a sunny sky", "APIA, Samoa — ...",
#: "KUALA LUMPUR (AP) — ...", or with its date in brackets as press offices write it: "SUVA,
#: Fiji (4 May 2046) – ...".
CITY_DASH: Final = re.compile(
    r"(?P<city>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})"
    r"(?:,\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?:\s*\((?:[\w ,.]{1,24}\d{4}|(?P<agency>[A-Za-z][\w .&-]{0,30}))\))?\s*(?:-{1,3}|[—–])\s+"
)
#: A title-case city before an agency in brackets: "Valletta (dpa) - ...", "Berlin (AFP) -".
#: Without the agency, title-case words before a dash are the story's own words.
CITY_AGENCY: Final = re.compile(
    r"(?P<city>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})"
    r"(?:,\s+(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s*(?:-{1,3}|[—–])\s+"
)


def wire_dateline(text: str, s: int, e: int) -> re.Match[str] | None:
    """The dated wire dateline opening ``text[s:e]``, month or day first, or None."""
    return WIRE_DATELINE.match(text, s, e) or WIRE_DATELINE_DMY.match(text, s, e)


def story_dateline(text: str, s: int, e: int) -> re.Match[str] | None:
    """The wire dateline opening ``text[s:e]``, dated or not, in any of its forms, or None."""
    return wire_dateline(text, s, e) or CITY_DASH.match(text, s, e) or CITY_AGENCY.match(text, s, e)


_TERMINAL: Final = frozenset(".!?:;,")
_QUOTE_END: Final = frozenset('”"»’')


def _words(doc: Document, b: Block) -> int:
    return len(doc.text[b.start : b.end].split())


def _single_line(doc: Document, b: Block) -> bool:
    return doc.text.find("\n", b.start, b.end) < 0  # searched in place, not in a slice


#: A label before a colon at the start of a block: at most this many characters.
_LABEL_MAX: Final = 40
#: Lines of a contact block: at most this many words each.
_CONTACT_WORDS: Final = 8
#: A press office's name stands among the first blocks of a page.
_MASTHEAD_TOP: Final = 2
_MASTHEAD_WORDS: Final = 9
_LOWER_IN_NAMES: Final = frozenset({"of", "the", "and", "for", "&"})


#: A breadcrumb's parts: "Home / News / Asia", "News | Oceans", "World » Pacific".
_CRUMB_SPLIT: Final = re.compile(r"\s*[|/>›»]\s*")
_CRUMB_WORDS: Final = 3
_CRUMB_LAST_WORDS: Final = 8
#: A section label (kicker) above a headline has at most this many words; a headline at least
#: _HEADLINE_MIN_WORDS and at most _HEADLINE_MAX_WORDS.
_KICKER_WORDS: Final = 3
_HEADLINE_MIN_WORDS: Final = 5
_HEADLINE_MAX_WORDS: Final = 30
#: How far below a label its headline may stand (past furniture and date lines).
_LABEL_REACH: Final = 4


def known_place(doc: Document, place: str) -> bool:
    """Whether a dateline's place starts with a city or a country the knowledge knows."""
    first = place.split(",", maxsplit=1)[0].strip()
    kb = doc.knowledge
    return kb.country_by_city(first) is not None or kb.country(first) is not None


def _crumb_line(doc: Document, b: Block) -> str:
    """A line without the label a breadcrumb may have before it: "You are here: Home / News"."""
    line = doc.text[b.start : b.end]
    colon = line.find(":", 0, _CRUMB_LABEL_MAX)
    if colon > 0 and fold_line(line[:colon]) in lexicon().crumb_labels:
        return line[colon + 1 :].strip()
    return line


_CRUMB_LABEL_MAX: Final = 30


def _breadcrumb(doc: Document, b: Block) -> bool:
    """A line of short parts joined by bars, slashes or arrows: the page's place in its site."""
    if not _single_line(doc, b) or b.end - b.start > _FURNITURE_LINE_MAX:
        return False
    line = _crumb_line(doc, b)
    if not line or line[-1] in _TERMINAL or _CREDIT_LABEL.match(line):
        return False  # "© Ana Ruiz/PR", "Photo: Ana Ruiz/EPA": a picture's credit
    parts = _CRUMB_SPLIT.split(line)
    if len(parts) >= 2 and not parts[-1]:
        parts.pop()  # "Home » News »": the trail ends where this page would stand
    # The last part may be the page's own title ("Home » Newsletters » From the desk of the
    # President") where two parts or more lead to it.
    last = _CRUMB_LAST_WORDS if len(parts) >= 3 else _CRUMB_WORDS
    middle = _CRUMB_WORDS
    if len(parts) >= 3 and (_HOME_CRUMB.match(line) or furniture(parts[0])[0]):
        # A trail from the site's home ("Home", "Inicio", "Accueil") ends in the page's title,
        # as long as a headline, and may pass an office's name ("Inicio > Presidencia de la
        # República del Perú > Noticias").
        last = _HEADLINE_MAX_WORDS
        middle = _CRUMB_LAST_WORDS
    if len(parts) == 2 and doc.knowledge.outlet(parts[0]) is not None:
        return False  # "QNA/Doha": an agency's name with its place, over its story
    return len(parts) >= 2 and all(
        0 < len(x.split()) <= (last if n == len(parts) - 1 else middle)
        and not any(c.isdigit() for c in x)
        for n, x in enumerate(parts)
    )


def _headline_shaped(doc: Document, b: Block) -> bool:
    """A single line of headline length that does not end a sentence."""
    if not _single_line(doc, b) or doc.text[b.end - 1] in ".:;,":
        return False
    return _HEADLINE_MIN_WORDS <= _words(doc, b) <= _HEADLINE_MAX_WORDS


def _page_line(doc: Document, b: Block) -> bool:
    """A line a page sets between its labels and its headline: furniture, a date, a label."""
    return _page_furniture(doc, b) or (
        _single_line(doc, b)
        and (
            _breadcrumb(doc, b)
            or (_words(doc, b) <= _KICKER_WORDS and doc.text[b.end - 1] not in _TERMINAL)
        )
    )


def _page_furniture(doc: Document, b: Block) -> bool:
    """A single line of furniture, a date or a clutter shape (a reading time, a byline)."""
    if not _single_line(doc, b) or b.end - b.start > _FURNITURE_LINE_MAX:
        return False
    line = doc.text[b.start : b.end]
    return furniture(line)[0] or _dated(doc, b) or bool(_CLUTTER.match(line))


def _dated(doc: Document, b: Block) -> bool:
    """A single line that gives a date in one of the forms of a page's date line."""
    line = doc.text[b.start : b.end]
    return (
        _date_line(doc, b)
        or _counted(line)
        or _timestamp(line)
        or bool(_DATELINE_ISO.match(line) or _DATELINE_DMY_ABBR.match(line))
        or bool(_DATELINE_ABBR.match(line))
        or bool(_DATE_ONLY.match(line) or _TIME_ONLY.match(line))
        or bool(_foreign_date().match(line))
    )


def _foreign_day_pattern() -> str:
    """Day, month name in another language and year: "21 de junio de 2036", "6 juin 2041"."""
    names = "|".join(map(re.escape, sorted(lexicon().foreign_months, key=len, reverse=True)))
    return (
        rf"(?P<day>\d{{1,2}})\.?[ \t]+(?:de[ \t]+)?(?P<month>{names})[ \t]+(?:de[ \t]+)?"
        r"(?P<year>\d{4})"
    )


@functools.cache
def _foreign_date() -> re.Pattern[str]:
    """A date line in another language: "Sábado 21 de junio de 2036", "Rabu, 26 Agustus 2037"."""
    return re.compile(
        rf"(?:[^\W\d_]+\.?,?[ \t]+)?{_foreign_day_pattern()}"
        r"(?:[ \t]*[,|·-]?[ \t]*\d{1,2}[:.h]\d{2}[^\n]*)?\Z",
        re.IGNORECASE,
    )


@functools.cache
def _foreign_date_in() -> re.Pattern[str]:
    """A date in another language within a line: "Publié le jeudi 6 juin 2041 | Service"."""
    return re.compile(rf"\b{_foreign_day_pattern()}\b", re.IGNORECASE)


def _foreign_day(m: re.Match[str]) -> tuple[int, str, int]:
    """The date a match of a foreign date pattern holds, its month in English."""
    month = list(MONTHS)[lexicon().foreign_months[m["month"].lower()] - 1]
    return int(m["year"]), month, int(m["day"])


def _name_line(line: str) -> bool:
    """Capitalised words and joining words ("of", "the", "and") only, no digits."""
    return not any(c.isdigit() for c in line) and all(
        w[:1].isupper() or w.lower() in _LOWER_IN_NAMES for w in line.split()
    )


def _label_above_headline(doc: Document, blocks: Sequence[Block], i: int) -> bool:
    """A section label or a publisher's name standing above the page's headline.

    "Oceans" over "Reef states agree to ...", or "Office of the Reef Council" / "Media release" /
    a date over it: the first line that is not furniture, short, and followed (at most past
    furniture, date and label lines) by a headline-length line under which the article's text
    begins. A short headline over its standfirst ("CIS summit" / "The President took part in
    ...") is no label: the line under it ends a sentence. Lines over a breadcrumb are
    ``_site_top``'s.
    """
    b = blocks[i]
    if not _single_line(doc, b) or _words(doc, b) > _MASTHEAD_WORDS + 3 or _dated(doc, b):
        return False
    text = doc.text
    if text[b.end - 1] in _TERMINAL or text[b.end - 1] in _QUOTE_END:
        return False
    if any(x.kind is not BlockKind.CLUTTER for x in blocks[:i]):
        return False  # only the page's first line can stand over its headline
    if outlet_byline(doc.knowledge, text[b.start : b.end]) is not None:
        return True  # the outlet's own name at the top: "The Daily Courier - Back to home"
    k = i + 1
    while k < len(blocks) and k <= i + _LABEL_REACH and _page_line(doc, blocks[k]):
        k += 1
    passed = k > i + 1
    short = _words(doc, b) <= _KICKER_WORDS
    # A longer label is a name ("Prime Minister of Canada", "Council of the EU"): capitalised
    # words and joining words only, where a headline has verbs and prepositions.
    if k >= len(blocks) or not (short or (passed and _name_line(text[b.start : b.end]))):
        return False
    head = blocks[k]
    if not _headline_shaped(doc, head) or (not passed and _words(doc, head) <= _words(doc, b)):
        return False
    if text[head.start : head.end] == text[b.start : b.end]:
        return False  # the headline said again (a player's title): the first is the headline
    # The article begins under the headline (past its date and furniture lines): a paragraph,
    # or a standfirst ending a sentence.
    k += 1
    while k < len(blocks) and k <= i + 2 * _LABEL_REACH and _page_furniture(doc, blocks[k]):
        k += 1
    return k < len(blocks) and _article_line(doc, blocks[k])


#: A single line longer than this is a paragraph, whatever its last character.
_PARAGRAPH_WORDS: Final = 40


def _article_line(doc: Document, b: Block) -> bool:
    """A block of the article's text: more than a line, a sentence's end, or a long line."""
    return (
        not _single_line(doc, b)
        or (doc.text[b.end - 1] in ".!?" and not _placeholder(doc, b))
        or _words(doc, b) > _PARAGRAPH_WORDS
    )


def _placeholder(doc: Document, b: Block) -> bool:
    """A search box's placeholder: "Search...", "Cari…" (a word or two and an ellipsis)."""
    return doc.text.endswith(("...", "…"), b.start, b.end) and _words(doc, b) <= _KICKER_WORDS


def _site_line(doc: Document, b: Block) -> bool:
    """A short line that ends no sentence: a site's name, motto or language link, a label."""
    if not _single_line(doc, b) or _words(doc, b) > _MASTHEAD_WORDS or _dated(doc, b):
        return False
    return doc.text[b.end - 1] not in _TERMINAL and doc.text[b.end - 1] not in _QUOTE_END


def _headline_under_crumb(doc: Document, blocks: Sequence[Block], k: int) -> bool:
    """Whether a headline stands under the breadcrumb at ``k``, past at most one label."""
    if k + 1 < len(blocks) and _section_label(doc, blocks, k + 1):
        k += 1
    if k + 1 >= len(blocks):
        return False
    head = blocks[k + 1]
    return (
        _single_line(doc, head)
        and _words(doc, head) <= _HEADLINE_MAX_WORDS
        and doc.text[head.end - 1] not in _TERMINAL
    )


def _section_label(doc: Document, blocks: Sequence[Block], i: int) -> bool:
    """A section's name under the breadcrumb and over a longer headline ("Media Statements")."""
    b = blocks[i]
    if i + 1 >= len(blocks) or _words(doc, b) > _KICKER_WORDS + 1 or not _site_line(doc, b):
        return False
    head = blocks[i + 1]
    return _headline_shaped(doc, head) and _words(doc, head) > 2 * _words(doc, b)


def _site_top(doc: Document, blocks: Sequence[Block], i: int) -> bool:
    """A line of the site's own top: above its breadcrumb, or the section label under it.

    "Ministry of Foreign Affairs" / "Japanese" / "Home > Countries > Asia" / headline;
    "THE PRESIDENCY" / "REPUBLIC OF SOUTH AFRICA" / "Home | News" / "Media Statements" /
    headline. A breadcrumb says the short lines above it belong to the site, not the story,
    when a headline stands under it (past at most one label). Only short lines from the
    page's first are taken, and the look-ahead is bounded by ``_LABEL_REACH``.
    """
    b = blocks[i]
    if not _site_line(doc, b) or any(x.kind is not BlockKind.CLUTTER for x in blocks[:i]):
        return False
    if i > 0 and _breadcrumb(doc, blocks[i - 1]) and _section_label(doc, blocks, i):
        return True
    for k in range(i + 1, min(len(blocks), i + 1 + _LABEL_REACH)):
        if _breadcrumb(doc, blocks[k]):
            return _headline_under_crumb(doc, blocks, k)
        if not _site_line(doc, blocks[k]):
            return False
    return False


#: A site's top (its name, menus, language links, breadcrumb) is at most this many lines.
_SITE_TOP_REACH: Final = 24
#: The longest line a site's top holds: a name with its tagline ("The Official Website of the
#: Presidency, Federal Republic of Nigeria").
_SITE_TOP_WORDS: Final = _MASTHEAD_WORDS + 3


def _top_line(doc: Document, b: Block) -> bool:
    """A line a site's top may hold: a name, a menu entry, a language link, furniture, a date.

    Also a motto in quotes ('"To Serve Is To Lead"') and a site's name over its domain
    ("The Government of X" / "gov.example").
    """
    if _page_furniture(doc, b) or _site_menu(doc, b):
        return True
    text = doc.text
    if not _single_line(doc, b):
        lines = text[b.start : b.end].split("\n")
        return (
            len(lines) == 2  # a name and its domain
            and _DOMAIN.fullmatch(lines[1].strip()) is not None
            and 0 < len(lines[0].split()) <= _MASTHEAD_WORDS
            and lines[0].rstrip()[-1:] not in _TERMINAL
        )
    if _top_words(doc, b) > _SITE_TOP_WORDS:
        return False
    if _placeholder(doc, b):
        return True
    last = text[b.end - 1]
    if last in _QUOTE_END and text[b.start] in _QUOTE_START:
        return text[b.end - 2] not in _TERMINAL and _words(doc, b) <= _MASTHEAD_WORDS
    return last not in _TERMINAL and last not in _QUOTE_END


#: A site's domain on a line of its own: "gouvernement.lu", "www.example.gov.xy".
_DOMAIN: Final = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,6}/?")
_QUOTE_START: Final = frozenset('“"«‘')


def _top_words(doc: Document, b: Block) -> int:
    """Words of a line but for the bars and dots that part its items ("Date | Hijri | Weather")."""
    return sum(1 for w in doc.text[b.start : b.end].split() if w not in _ITEM_BARS)


_ITEM_BARS: Final = frozenset("|·•")


def _under_headline(doc: Document, b: Block) -> bool:
    """A line a page sets between its headline and the article.

    Its date, furniture, a short label ("Views : 2,318", "Dear Fellow South African,"), a
    photo's caption ending in its credit, the story's points in brief.
    """
    if _page_furniture(doc, b) or _issued_label(doc, b) or _words(doc, b) <= _KICKER_WORDS + 1:
        return True
    if _single_line(doc, b) and _BULLET.match(doc.text, b.start, b.end):
        return True  # the story's points in brief: "• Sri Lanka takes over the chair"
    line = doc.text[b.start : b.end]
    return _single_line(doc, b) and (
        _tail_credit(line) is not None
        or _bracket_credit(doc, line, marked=False) is not None
        or (len(line) < _CAPTION_MAX and _stop_credit(doc, line, marked=False) is not None)
    )


#: The separators of a trail of links from a site's home ("Home > News", "Inicio / Prensa").
_TRAIL: Final = re.compile(r"[>»›/]")
#: How many lines a page may set between its headline and the article: a date, a byline, a
#: row of share buttons one a line ("Share this page" / "Facebook" / ... / "Email").
_UNDER_HEADLINE_REACH: Final = 16


def _trail(doc: Document, b: Block) -> bool:
    """A trail of links from a site's home: "Home > News", "Inicio / Prensa / Noticias".

    A row of share buttons parted by bars ("Share: Facebook | X") is none, nor is an agency's
    credit with its place ("QNA/Doha"): two parts make a trail only from a known first entry.
    """
    if not _breadcrumb(doc, b) or not _TRAIL.search(doc.text, b.start, b.end):
        return False
    parts = _CRUMB_SPLIT.split(_crumb_line(doc, b))
    return len(parts) >= 3 or furniture(parts[0])[0]


def _article_under(doc: Document, blocks: Sequence[Block], k: int) -> bool:
    """Whether the article begins under block ``k``, past the lines a page sets under a headline.

    One other line may stand among them: a standfirst, or the author's name and title. So may
    the story's points in brief under their label ("Summary" / "Roaming charges to end").
    """
    spare = 1
    brief = False
    for b in blocks[k + 1 : k + 1 + _UNDER_HEADLINE_REACH]:
        if _article_line(doc, b):
            return True
        if _trail(doc, b):
            return False  # "Home > News": the site's top goes on, its headline under the trail
        if _brief_label(doc, b):
            brief = True
            continue
        if brief and _brief_point(doc, b):
            continue  # "Summary" / "Roaming charges to end by 2045"
        if not _under_headline(doc, b):
            if not spare:
                return False
            spare -= 1
    return False


def _brief_label(doc: Document, b: Block) -> bool:
    """A label over a story's points in brief ("Summary"), a short line of its own."""
    return (
        b.end - b.start <= _FURNITURE_LINE_MAX
        and _single_line(doc, b)
        and fold_line(doc.text[b.start : b.end]) in lexicon().brief_labels
    )


def _brief_point(doc: Document, b: Block) -> bool:
    """A line of a story's points in brief: one line of headline length, no closing stop."""
    return (
        _single_line(doc, b)
        and _words(doc, b) <= _HEADLINE_MAX_WORDS
        and doc.text[b.end - 1] not in _TERMINAL
    )


def _page_headline(doc: Document, blocks: Sequence[Block]) -> int:
    """The headline's index under a site's own top, or -1 where the page shows no such top.

    A site's top is a run of short lines from the page's first: the site's name and tagline,
    menu entries, language links, a breadcrumb, dates. It is told from a headline with its
    kicker by evidence: a breadcrumb, or a menu with entries the lexicon knows as furniture
    ("Home", "Search"). The headline is the first headline-length line after that evidence, when
    the article begins under it. Where it does not, where a headline-length line with the article
    under it comes before the evidence, where another kind of line comes first, or where a line
    comes again (a video's title over its player), the page is left to the other rules. Bounded
    by ``_SITE_TOP_REACH``.
    """
    text = doc.text
    crumbs = known = 0
    seen: set[str] = set()
    for k in range(min(len(blocks), _SITE_TOP_REACH + 1)):
        b = blocks[k]
        if _site_menu(doc, b):
            crumbs += 1
            continue
        line = text[b.start : b.end]
        # A long line over a breadcrumb or a menu is the site's: a tagline, a menu's heading.
        if (
            _headline_shaped(doc, b)
            and not _page_furniture(doc, b)
            and not (k + 1 < len(blocks) and _site_menu(doc, blocks[k + 1]))
            and not _institution(line)  # "Office of the Prime Minister" over its headline
        ):
            if line in seen:
                return -1  # the headline said again over a player: the first one is the headline
            shown = crumbs > 0 or (known >= _MENU_FURNITURE and k >= _MENU_RUN)
            if _article_under(doc, blocks, k):
                if shown:
                    return k
                if k == 0 or not _menu_under(doc, blocks, k):
                    return -1
                # A line of the site's own under its first and over its menu ("An official
                # website" / "How to check" / "Official pages end in .gov.sg" / "Home" /
                # "News"): the headline is under the menu. The page's first line over share
                # buttons ("Share" / "Print") is the headline still.
            if shown and not _trail_under(doc, blocks, k):
                return -1  # the first headline-length line under the site's top, or none
            if not shown and _menu_under(doc, blocks, k):
                # A tagline over the site's menu, the article far below ("Nigeria's leading
                # online newspaper, ..." / "Sign in" / "Home" / ...): the site's top goes on.
                seen.add(line)
                continue
        if not _top_line(doc, b):
            return -1
        seen.add(line)
        known += _menu_entry(doc, b)
    return -1


def _trail_under(doc: Document, blocks: Sequence[Block], k: int) -> bool:
    """Whether a trail from the site's home follows block ``k`` past lines of the site's top.

    "Official website of the President" / "News" / "Activities" / "Home page » News": the long
    line is the site's tagline, its headline stands under the trail.
    """
    for b in blocks[k + 1 : _SITE_TOP_REACH + 1]:
        if _trail(doc, b):
            return True
        if not _top_line(doc, b):
            return False
    return False


def _site_menu(doc: Document, b: Block) -> bool:
    """A breadcrumb, or a menu copied onto one line: evidence of a site's own top.

    A menu parted by bars holds an entry the lexicon knows ("Breaking News | Subscribe"), where
    a page's title with its site's name ("Leaders agree | The Daily") need not.
    """
    line = doc.text[b.start : b.end]
    if _breadcrumb(doc, b) or spaced_menu(line):
        return True
    if not _single_line(doc, b) or b.end - b.start > _FURNITURE_LINE_MAX or " | " not in line:
        return False
    parts = line.split(" | ")
    return all(0 < len(x.split()) <= _SPACED_ENTRY_WORDS for x in parts) and any(
        furniture(x.strip())[0] for x in parts
    )


def _menu_entry(doc: Document, b: Block) -> bool:
    """A short line the lexicon knows as furniture: a menu's "Home", "News", "Search"."""
    return b.end - b.start <= _FURNITURE_LINE_MAX and furniture(doc.text[b.start : b.end])[0]


def _menu_under(doc: Document, blocks: Sequence[Block], k: int) -> bool:
    """Whether a menu or a breadcrumb follows block ``k``, before a headline or the article.

    A menu is lines the lexicon knows as furniture ("Home", "Search").
    """
    known = 0
    for b in blocks[k + 1 : _SITE_TOP_REACH + 1]:
        if _breadcrumb(doc, b):
            return True
        if _menu_entry(doc, b):
            known += 1
            if known >= _MENU_FURNITURE:
                return True
        elif _article_line(doc, b) or _headline_shaped(doc, b):
            return False
    return False


def site_top_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A site's own top above its headline: all clutter, but for its date lines.

    "Cabinet Secretariat" / "Home" / "News" / ... / "Home » News »" / headline. Read once per
    page; the answer is kept in the first block's ``data``.
    """
    if doc.layout_hints is not None or i > _SITE_TOP_REACH:
        return None
    if "headline_at" not in blocks[0].data:  # the first call, whichever block a rule before left
        blocks[0].data["headline_at"] = _page_headline(doc, blocks)
    at: int = blocks[0].data["headline_at"]
    if i > at:
        return None
    if i == at:
        return BlockKind.HEADLINE
    return dateline_rule(doc, blocks, i) or BlockKind.CLUTTER


#: A clock time ("21:47", "9.15 GMT", "4:35PM") beside a date: when the page was published.
_CLOCK: Final = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[AaPp]\.?[Mm]\b\.?|\b)")
#: "28/10/2031", "2031-10-28", "2031.10.28": a date in figures (day and month told apart by
#: context only).
#: A date in figures; opening a line, with the issuing office after it, it is the page's date
#: ("15.5.2043 Ministry for Foreign Affairs").
_NUMERIC_DATE: Final = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}([-./])\d{2}\1\d{2}\b")


_LONGEST_MONTH: Final = 31


def _figures_date(line: str) -> tuple[int, str, int] | None:
    """The date a line writes in figures, when day and month cannot be confused.

    "2031-10-28" and "28/10/2031" (a day above 12 first) give October 28; "10/28/2031" too;
    "03/04/2031" is either and gives nothing.
    """
    m = _NUMERIC_DATE.search(line)
    if m is None:
        return None
    parts = [int(x) for x in re.split(r"[-/.]", m.group())]
    months = len(MONTHS)
    if m.group()[:4].isdigit():  # year first: ISO, or "2031.06.17"
        year, month, day = parts
    elif "." in m.group() or parts[0] > months >= parts[1]:
        # "04.10.2035": the dotted form writes the day first; "28/10/2031": a day above 12.
        day, month, year = parts
    elif parts[1] > months >= parts[0]:
        month, day, year = parts
    else:
        return None
    if not 1 <= month <= months or not 1 <= day <= _LONGEST_MONTH:
        return None
    return (year, list(MONTHS)[month - 1], day)


#: A line of the page's metadata as "label : value" pairs: "By PR ; Posted : 10 May 2033 ;
#: Category : News" (its labels in any language).
_PAIRS_SPLIT: Final = re.compile(r"\s[;|]\s")
_PAIRS_MIN: Final = 2
_PAIR_LABEL_MAX: Final = 30


def _pairs_line(line: str) -> bool:
    """Whether a line is the page's metadata written as "label : value" pairs."""
    pairs = 0
    for part in _PAIRS_SPLIT.split(line):
        colon = part.find(":")
        if 0 < colon <= _PAIR_LABEL_MAX and part[colon + 1 :].strip():
            pairs += 1
    return pairs >= _PAIRS_MIN


_BY: Final = re.compile(r"(?i:by):?[ \t]+[A-Z]")


def _issued_label(doc: Document, b: Block) -> bool:
    """A line opened by a bracket or a word saying when the page was issued ("Last updated:").

    Or a line of metadata pairs, one of them the page's date.
    """
    if _ISSUED.match(doc.text, b.start, b.end):
        return True
    if _BY.match(doc.text, b.start, b.end) and _DATE_IN_LINE.search(doc.text, b.start, b.end):
        return True  # the author with the page's date: "By NAME in Nation on 11 October 2040"
    if b.end - b.start <= _FURNITURE_LINE_MAX and _pairs_line(doc.text[b.start : b.end]):
        return True
    label = _label(doc.text, b)
    if label is not None:
        return label in lexicon().date_labels
    # "Date 2031.06.17   Category Briefing": the label without its colon, a figure after it;
    # "Publié le jeudi 6 juin 2041": a weekday between.
    folded = fold_line(doc.text[b.start : min(b.end, b.start + _LABEL_MAX)])
    return any(
        folded.startswith(f"{x} ")
        and (folded[len(x) + 1 : len(x) + 2].isdigit() or _weekday_date(folded, len(x) + 1))
        for x in lexicon().date_labels
    )


def _weekday_date(line: str, pos: int) -> bool:
    """Whether a date in another language follows ``pos``, one word (a weekday) at most between."""
    m = _foreign_date_in().search(line, pos, pos + _LABEL_MAX)
    return m is not None and len(line[pos : m.start()].split()) <= 1


#: What a page's counters and stamps leave of a date line once the date is taken out:
#: "412 Views", "3 comments", a clock time, the bars between them.
_COUNTS: Final = re.compile(
    r"(?:[\s|·•,-]|\d[\d,.]*[ \t]*(?i:views?|comments?|shares?|reads?)\b|\d{1,2}:\d{2})*"
)


def _counted(line: str) -> bool:
    """A short line holding a date and nothing but counters: "May 17, 2046 412 Views"."""
    if len(line.split()) > _ISSUED_LINE_WORDS:
        return False
    m = _DATE_IN_LINE.search(line)
    return (
        m is not None
        and _COUNTS.fullmatch(line[: m.start()]) is not None
        and _COUNTS.fullmatch(line[m.end() :]) is not None
        and any(c.isalpha() for c in line[m.end() :])
    )


def _timestamp(line: str) -> bool:
    """A short line holding a date and a clock time ("NEWS - May 3, 2031 - 21:47 | World")."""
    # A stamp opened by "Published" may go on with the author and place, or follow them after a
    # bar: "NAME The Canadian Press | Published Monday, May 6, 2047 4:35PM EDT Last Updated ...".
    issued = _ISSUED.match(line) or _ISSUED_AFTER_BAR.search(line)
    longest = 2 * _ISSUED_LINE_WORDS if issued else _ISSUED_LINE_WORDS
    return (
        len(line.split()) <= longest
        and bool(_CLOCK.search(line))
        and bool(_DATE_IN_LINE.search(line) or _NUMERIC_DATE.search(line))
    )


def _label(text: str, b: Block) -> str | None:
    """The folded label of a block that opens with ``Label:`` ("posted on"), or None."""
    colon = text.find(":", b.start, min(b.end, b.start + _LABEL_MAX))
    if colon < 0 or text.find("\n", b.start, colon) >= 0:
        return None
    return fold_line(text[b.start : colon])


def _institution(line: str) -> bool:
    """A line that is the name of an office or ministry and nothing else.

    "Prime Minister's Office", "PRESIDENTIAL COMMUNICATIONS OFFICE", "Ministry of Foreign
    Affairs", "Press and Information Office of the Federal Government": every word capitalised
    (or a joining word), the head noun last or followed by an "of"/"for" phrase, no digits.
    """
    words = line.split()
    if not words or len(words) > _MASTHEAD_WORDS or "\n" in line or any(c.isdigit() for c in line):
        return False
    if not all(w[:1].isupper() or w.lower() in _LOWER_IN_OFFICES for w in words):
        return False
    folded = fold_line(line)
    for head in lexicon().institution_heads:
        at = f" {folded} ".find(f" {head} ")
        if at < 0:
            continue
        rest = folded[at + len(head) :].split()
        if not rest or rest[0] in _OF:
            return True
    return False


#: A state's formal name: "Government of Saint Lucia", "Federal Republic of Nigeria",
#: "Government of the Republic of Fiji": capitalised words, "of", a country.
_STATE_OF: Final = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}of\s+(?:the\s+)?")


def _state_name(doc: Document, line: str) -> bool:
    """A line that is a state's formal name and nothing else: a government site's masthead."""
    line = line.strip()
    if "\n" in line or len(line.split()) > _MASTHEAD_WORDS or not line[-1:].isalpha():
        return False
    at = 0
    while (m := _STATE_OF.match(line, at)) is not None:  # "Government of the Republic of Fiji"
        at = m.end()
        if doc.knowledge.country(line[at:]) is not None:
            return True
    return False


#: "of" and the joining words of an office's name in the languages of its site's menus
#: ("Presidencia de la República", "Ministère des Affaires étrangères").
_OF: Final = frozenset({"of", "for", "de", "del", "des", "du", "da", "do", "der", "für", "di"})
_LOWER_IN_OFFICES: Final = _LOWER_IN_NAMES | _OF | {"la", "le", "las", "los", "y", "et", "e"}


#: A navigation menu's entries: lines of at most this many words ...
_MENU_WORDS: Final = 3
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,3}")
#: ... in a run of at least this many, of which at least _MENU_FURNITURE are furniture lines.
_MENU_RUN: Final = 3
_MENU_FURNITURE: Final = 2


def _menu_line(doc: Document, b: Block) -> bool:
    line = doc.text[b.start : b.end]
    return (
        "\n" not in line
        and len(line.split()) <= _MENU_WORDS
        # "U.S.", "U.K.": an abbreviation's full stop ends no sentence.
        and (line[-1] not in _TERMINAL or _INITIALS.fullmatch(line) is not None)
        and not any(c.isdigit() for c in line)
    )


def _menu(doc: Document, blocks: Sequence[Block], i: int) -> bool:
    """Block ``i`` is an entry of a navigation menu at the top of a page.

    A run of very short lines ("World", "Europe", "US", "Print subscriptions") of which some are
    known furniture: its other entries are furniture too. Bylines and dateline parts are short
    lines as well, but none of them is furniture. Only the top of a page is looked at, so the
    run is bounded.
    """
    if not _menu_line(doc, blocks[i]):
        return False
    lo = i
    while lo > 0 and _menu_line(doc, blocks[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(blocks) and hi + 1 <= _PAGE_TOP and _menu_line(doc, blocks[hi + 1]):
        hi += 1
    if hi - lo + 1 < _MENU_RUN:
        return False
    text = doc.text
    known = sum(1 for x in blocks[lo : hi + 1] if furniture(text[x.start : x.end])[0])
    return known >= _MENU_FURNITURE


#: An e-mail address in brackets closing a short line: "The Daily Desk (desk@daily.example)".
_ADDRESSED: Final = re.compile(r"\(\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*\)\Z")


def _addressed_name(doc: Document, b: Block) -> bool:
    """A line of a name and an e-mail address in brackets: a byline, no heading."""
    return (
        _single_line(doc, b)
        and _words(doc, b) <= _MASTHEAD_WORDS
        and _ADDRESSED.search(doc.text, b.start, b.end) is not None
    )


def clutter_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """Page clutter: end marks, furniture lines, lone URLs, other headlines, repeated titles.

    The list of other headlines is the run of short lines under a "Related" or "Most read" line.
    A short unpunctuated line that the page repeats (a video's title above its player, the
    headline again) is furniture, except where it first stands as the page's first line.
    """
    b = blocks[i]
    text = doc.text
    if b.data.get("hint") == "clutter" or _CLUTTER.match(text, b.start, b.end):
        return _dated_byline(doc, blocks, i) or BlockKind.CLUTTER
    if b.data.get("hint") == "picture" and _picture_credit(doc, b) is not None:
        return BlockKind.CLUTTER  # read with the figure's caption
    if b.data.get("crumb"):
        return BlockKind.CLUTTER
    if (
        b.end - b.start <= _CRUMB_LABEL_MAX
        and text[b.end - 1] == ":"
        and fold_line(text[b.start : b.end - 1]) in lexicon().crumb_labels
    ):
        return BlockKind.CLUTTER  # "You are here:" over a breadcrumb laid out line by line
    # furniture() rejects long lines by their length: checked here before slicing the block.
    is_furniture, list_follows = (
        furniture(text[b.start : b.end])
        if b.end - b.start <= _FURNITURE_LINE_MAX
        else (False, False)
    )
    if is_furniture and not _labelled_caption(doc, b):
        if list_follows or _in_headline_list(blocks, i):
            b.data["headline_list"] = True  # a section's label in the list: "World" / "..."
        return BlockKind.CLUTTER
    label = _label(text, b)
    if label is not None and label in lexicon().furniture_labels and not _labelled_caption(doc, b):
        # "Media Relations: Office of the Prime Minister", "Source: ...": contacts, metadata.
        if label in lexicon().contact_labels:
            b.data["contacts"] = True
        return BlockKind.CLUTTER
    if i > 0 and blocks[i - 1].kind is BlockKind.CLUTTER and blocks[i - 1].data.get("contacts"):
        lines = text[b.start : b.end].split("\n")
        if all(len(x.split()) <= _CONTACT_WORDS and x.rstrip()[-1:] not in '.!?”"' for x in lines):
            b.data["contacts"] = True  # the contacts go on: an address, a name, a title
            return BlockKind.CLUTTER
    if spaced_menu(text[b.start : b.end]):
        return BlockKind.CLUTTER  # a menu or a row of buttons: "Home   News   Sport   Opinion"
    if i <= _PAGE_TOP and _addressed_name(doc, b):
        return BlockKind.CLUTTER  # an author's or desk's name with its address, over the story
    if i <= _MASTHEAD_TOP and (
        _institution(text[b.start : b.end]) or _state_name(doc, text[b.start : b.end])
    ):
        return BlockKind.CLUTTER  # a press office's or its state's name above the headline
    if i <= _PAGE_TOP and (
        _breadcrumb(doc, b) or _label_above_headline(doc, blocks, i) or _site_top(doc, blocks, i)
    ):
        return BlockKind.CLUTTER  # "Home / News / Asia", "Politics", a publisher's name
    if i <= _PAGE_TOP and _menu(doc, blocks, i):
        return BlockKind.CLUTTER  # a navigation menu: "World" / "Europe" / "US" / "Asia"
    if _in_headline_list(blocks, i):
        line = text[b.start : b.end]
        if len(line.split()) <= 16 and line[-1] not in ".!?:" and "\n" not in line:
            # The list of other headlines goes on, a repeated one and its date line included.
            b.data["headline_list"] = True
            return BlockKind.CLUTTER
    if (
        b.data.get("repeated")
        and i > 0
        and b.data.get("hint") != "headline"
        and not (i <= _PAGE_TOP and _dated(doc, b))
    ):
        # A player's or a teaser's title, said again; a date line at the top is the page's date
        # though a signature block at the foot says it again.
        return BlockKind.CLUTTER
    return None


def _in_headline_list(blocks: Sequence[Block], i: int) -> bool:
    """Whether block ``i`` follows a line of a list of other headlines."""
    return (
        i > 0
        and blocks[i - 1].kind is BlockKind.CLUTTER
        and bool(blocks[i - 1].data.get("headline_list"))
    )


def separator_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A line of asterisks or dashes (``* * *``): a transcript or a new part follows."""
    b = blocks[i]
    return BlockKind.SEPARATOR if _SEPARATOR.match(doc.text, b.start, b.end) else None


def _numeric_date(text: str, b: Block) -> tuple[int, str, int] | None:
    """A numeric stamp's date as (year, month name, day), or None when its order is unknown."""
    m = _DATELINE_NUMERIC.match(text, b.start, b.end)
    if m is None:
        return None
    a, c = int(m["a"]), int(m["b"])
    months = len(MONTHS)
    if a == c or a > months >= c:
        day, month = a, c
    elif c > months >= a:
        day, month = c, a
    else:
        return None  # "03/04/2044": March or April
    if not (1 <= month <= months and 1 <= day <= 31):
        return None
    return int(m["year"]), list(MONTHS)[month - 1], day


def dateline_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A dateline near the top: ``October 11, 2017 15:20 Sochi``."""
    b = blocks[i]
    if not (_single_line(doc, b) or b.data.get("dateline_parts") or _stamp_lines(doc, b)):
        return None
    # Among the first five blocks of the page, furniture, photos and the page's own lines (a
    # byline block over its date) not counted (bounded: a page's top).
    if i > _PAGE_TOP or sum(1 for x in blocks[:i] if x.kind not in _NOT_DATED_TEXT) > _TOP_BLOCKS:
        return None
    text = doc.text
    m = DATELINE.match(text, b.start, b.end) or _DATELINE_DMY.match(text, b.start, b.end)
    first = None if m is not None else _DATELINE_PLACE_FIRST.match(text, b.start, b.end)
    if m is not None:
        month = m["month"]
    elif first is not None and (
        (known := known_place(doc, first["place"])) or _PLACE_SHAPED.fullmatch(first["place"])
    ):
        m = first
        month = m["month"] or m["month2"]
        b.data["date"] = (int(m["year"]), month, int(m["day"] or m["day2"]))
        if known:  # "Maun, 3rd July 2042": a date line still, its place unknown and not kept
            b.data["place"] = (
                b.start + m.start("place") - m.start(),
                b.start + m.end("place") - m.start(),
            )
        return BlockKind.DATELINE
    else:
        m = _DATELINE_ABBR.match(text, b.start, b.end) or _DATELINE_DMY_ABBR.match(
            text, b.start, b.end
        )
        if m is not None:
            month = _MONTH_ABBR[m["mon"]]
        else:
            m = _DATELINE_ISO.match(text, b.start, b.end)
            if m is not None and 1 <= int(m["mnum"]) <= len(MONTHS):
                month = list(MONTHS)[int(m["mnum"]) - 1]
            elif (num := _numeric_date(text, b)) is not None:
                b.data["date"] = num
                return BlockKind.DATELINE
            else:
                m = _foreign_date().match(text, b.start, b.end)
                if m is None:
                    return _place_rule(doc, blocks, i) or _issued_rule(doc, blocks, i)
                month = _foreign_day(m)[1]
    b.data["date"] = (int(m["year"]), month, int(m["day"]))
    # "September 18, 2047 Press Releases": a section's label after the date, not a place; nor
    # is a blog's post line ("Category: News 0 Comments"), not shaped as a place.
    if (
        "place" in m.re.groupindex
        and m["place"]
        and not furniture(m["place"])[0]
        and (known_place(doc, m["place"]) or _GLOSSED_PLACE_LINE.fullmatch(m["place"]))
    ):
        b.data["place"] = (
            b.start + m.start("place") - m.start(),
            b.start + m.end("place") - m.start(),
        )
    return BlockKind.DATELINE


#: A page's stamps on lines of one block: "Published Oct 13, 2043, 09:48 PM" / "Updated ...".
_STAMP_LINES: Final = 3


def _stamp_lines(doc: Document, b: Block) -> bool:
    """Whether ``b`` is a few short lines that each hold a date: the page's stamps."""
    lines = doc.text[b.start : b.end].split("\n")
    return len(lines) <= _STAMP_LINES and all(
        len(x.split()) <= _ISSUED_LINE_WORDS and _DATE_IN_LINE.search(x) for x in lines
    )


def _place_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A line under the headline that is only a known city: "Antananarivo, Madagascar".

    A release filed on a trip puts the place on a line of its own; a heading that is only a
    city seldom stands at a page's top.
    """
    b = blocks[i]
    line = doc.text[b.start : b.end]
    if i == 0 or not _PLACE_LINE.fullmatch(line):
        return None
    city = line.split(",", maxsplit=1)[0].strip()
    if doc.knowledge.country_by_city(city) is None:
        return None
    b.data["place"] = (b.start, b.end)
    return BlockKind.DATELINE


def _issued_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A short line under the headline that says when the page was issued, in brackets or words.

    "(Source: Voice of America; issued May 25, 2017)", "Published 4 March 2025".
    """
    b = blocks[i]
    line = doc.text[b.start : b.end]
    # Pairs of labels and values, or a time stamp (which bounds its own length: an issue stamp
    # opening a byline, "Published on 06/07/2043 - 19:48 By NAME - Reporter of NEWS - Place"),
    # run longer than a date line.
    stamp = _timestamp(line)
    longest = 2 * _ISSUED_LINE_WORDS if stamp or _pairs_line(line) else _ISSUED_LINE_WORDS
    if _words(doc, b) > longest or line[-1] == ".":
        return None
    m = _DATE_IN_LINE.search(line)
    # "Ana Ruiz (The Post) Manado ● Fri, October 1, 2049": a byline line that ends in the
    # page's date; a heading seldom ends in a date with its year.
    ends_dated = (
        m is not None
        and i > 0
        and not line[m.end() :].strip()
        and all(
            w[0].isupper() or w in _BYLINE_LOWER or w in lexicon().particles
            for w in _LETTER_WORD.findall(line, 0, m.start())
        )
    )
    if (
        not (_issued_label(doc, b) and i > 0)
        and not stamp
        and not _NUMERIC_DATE.match(line)
        and not ends_dated
        and not _counted(line)
    ):
        return None
    if m is None:
        foreign = _foreign_date_in().search(line)
        figures = _foreign_day(foreign) if foreign is not None else _figures_date(line)
        if figures is None:
            # "04/07/2036 - 21:15 CEST", "Date: 09/12/2040": the page's time stamp still, its
            # day and month unsure.
            return BlockKind.DATELINE if stamp or _NUMERIC_DATE.search(line) else None
        b.data["date"] = figures
    else:
        b.data["date"] = _line_date(m)
    lead = _PLACE_COLON.fullmatch(line, 0, m.start()) if m is not None and ends_dated else None
    if lead is not None and known_place(doc, lead["place"]):
        # "Ashgabat: November 27, 2046": the story's place and date, not the page's stamp.
        b.data["place"] = (b.start + lead.start("place"), b.start + lead.end("place"))
        return BlockKind.DATELINE
    b.data["issued"] = True  # when the page was issued or updated, not when the summit met
    return BlockKind.DATELINE


def _line_date(m: re.Match[str]) -> tuple[int, str, int]:
    """The year, month name and day of a ``_DATE_IN_LINE`` match."""
    if m["month"]:
        return int(m["year"]), m["month"], int(m["day"])
    if m["month2"]:
        return int(m["year2"]), m["month2"], int(m["day2"])
    if m["mon3"]:
        return int(m["year3"]), _MONTH_ABBR[m["mon3"].title()], int(m["day3"])
    return int(m["year4"]), _MONTH_ABBR[m["mon4"].title()], int(m["day4"])


def _dated_byline(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A byline line at the page's top that holds the page's date: "By X | July 3, 2044 | News".

    The date is when the story was filed, as a date line's under the headline is.
    """
    b = blocks[i]
    line = doc.text[b.start : b.end]
    if i > _PAGE_TOP or not _BY.match(line) or (m := _DATE_IN_LINE.search(line)) is None:
        return None
    b.data["date"] = _line_date(m)
    b.data["issued"] = True
    return BlockKind.DATELINE


#: The lower-case words of a byline before its date: "Ana Ruiz in Gdansk, Poland".
_BYLINE_LOWER: Final = frozenset({"in", "of", "the", "and", "by", "from", "at", "for", "with"})
_LETTER_WORD: Final = re.compile(r"[^\W\d_][\w'’.-]*")
#: A place and a colon before a date: "Ashgabat: ".
_PLACE_COLON: Final = re.compile(rf"[ \t]*(?P<place>{_PLACE_NAME}):[ \t]*")
_BYLINE_WORDS: Final = 5
_BYLINE_REACH: Final = 3
#: A byline stands at most this many blocks under the headline (standfirst and dates between).
_BYLINE_AFTER_HEAD: Final = 6


def _short_line(doc: Document, b: Block) -> bool:
    line = doc.text[b.start : b.end]
    return (
        _single_line(doc, b)
        and _words(doc, b) <= _BYLINE_WORDS
        and line[-1] not in _TERMINAL
        and line[-1] not in _QUOTE_END
    )


def _date_line(doc: Document, b: Block) -> bool:
    line = doc.text[b.start : b.end]
    return bool(
        DATELINE.match(line)
        or _DATELINE_DMY.match(line)
        or (_issued_label(doc, b) and _DATE_IN_LINE.search(line))
    )


def _job_line(doc: Document, b: Block) -> bool:
    """A writer's job on a line of its own: "Political Correspondent", "Staff Writer"."""
    if not _short_line(doc, b):
        return False
    words = doc.text[b.start : b.end].split()
    return words[-1].lower() in lexicon().journalist_nouns and all(
        w[0].isupper() or w in _BYLINE_LOWER for w in words
    )


def _writer_line(doc: Document, b: Block) -> bool:
    """A writer's line shaped like a heading: "WRITER: Ana Ruiz", "Herald Reporter".

    Past the page's top (where the byline rule reads it), it is furniture, not a section.
    """
    if _job_line(doc, b):
        return True
    return _short_line(doc, b) and _label(doc.text, b) in lexicon().byline_labels


def byline_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A web page's byline lines between the headline and its date line.

    "Valeria Ostrova" / "(Agence Presse Nord)" / "Riga" / "Tue, March 4, 2025": the author, the
    agency and the place are not article text. They are dateline blocks; a line that is a known
    city is the dateline's place.
    """
    b = blocks[i]
    if i == 0 or i > _PAGE_TOP or not _short_line(doc, b):
        return None
    if b.data.get("marked_byline"):
        # The page's markup says so: "Politics Desk" under a picture's caption.
        b.data["byline"] = True
        return BlockKind.DATELINE
    head = next((k for k in range(i) if blocks[k].kind is BlockKind.HEADLINE), None)
    between = (BlockKind.DATELINE, BlockKind.CLUTTER, BlockKind.STANDFIRST)
    if (
        head is None
        or i - head > _BYLINE_AFTER_HEAD
        or any(x.kind not in between for x in blocks[head + 1 : i])
    ):
        return None
    line = doc.text[b.start : b.end]
    if _job_line(doc, b) or (i + 1 < len(blocks) and _job_line(doc, blocks[i + 1])):
        # "Ana Ruiz" / "Political Correspondent", above or under the date line.
        b.data["byline"] = True
        return BlockKind.DATELINE
    for nxt in blocks[i + 1 : i + 1 + _BYLINE_REACH]:
        if (_single_line(doc, nxt) or _stamp_lines(doc, nxt)) and _dated(doc, nxt):
            break
        if not _short_line(doc, nxt):
            # No date line follows; a line naming the outlet is a byline all the same.
            if outlet_byline(doc.knowledge, line) is None and writer_outlet(doc, line) is None:
                return None
            break
    else:
        return None
    if doc.knowledge.country_by_city(line.strip()) is not None:
        b.data["place"] = (b.start, b.end)
    b.data["byline"] = True
    return BlockKind.DATELINE


#: A page line naming its outlet: "By: FRANCE 24", "Source: Al Jazeera and news agencies",
#: "KYODO NEWS - May 3, 2031 - 21:47", "(FRANCE 24 with AFP)", "BBC News, Velmar".
_SELF_LEAD: Final = re.compile(
    r"(?:(?:by|sources?|writer|written\s+by)\s*:?\s+|\()?", re.IGNORECASE
)
_SELF_END: Final = re.compile(r"\s*(?:[,|()–—-]|\s(?:with|and)\b|$)")
_SELF_WORDS: Final = 4
_SELF_LINE_WORDS: Final = 16


def outlet_byline(kb: Knowledge, line: str) -> Outlet | None:
    """The outlet a short line names as the page's own, or None.

    The line opens (after "By:", "Source:" or a bracket) with an outlet's name that ends the line
    or is followed by a comma, a bar, a dash, a bracket, "with" or "and".
    """
    words = line[_SELF_LEAD.match(line).end() :].split()  # type: ignore[union-attr]
    if not words or len(words) > _SELF_LINE_WORDS:
        return None
    for k in range(min(_SELF_WORDS, len(words)), 0, -1):
        head = " ".join(words[:k])
        outlet = kb.outlet(head.rstrip(",|"))
        if outlet is None:
            continue
        rest = "," if head.endswith(",") else (" " + " ".join(words[k:]) if k < len(words) else "")
        if _SELF_END.match(rest):
            return outlet
    return None


#: A byline with the outlet in brackets after the writer: "Ana Ruiz (The Daily Courier)".
_WRITER_OUTLET: Final = re.compile(
    r"(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+\((?P<name>[A-Z][^()\n]{1,40}?)\)"
)


def writer_outlet(doc: Document, line: str) -> str | None:
    """The outlet a byline brackets after its writer's name, or None (a country is no outlet)."""
    m = _WRITER_OUTLET.match(line.strip())
    if m is None:
        return None
    name = m["name"].strip()
    kb = doc.knowledge
    if kb.country(name) is not None or kb.country_by_city(name) is not None:
        return None
    return name


#: A page asking to be followed: "Follow The Daily Courier on WhatsApp", "Find Radio Nord on X".
#: The name is capitalised, so "Follow us on X" names nobody.
_FOLLOW: Final = re.compile(
    r"(?:Follow|Find|Join|Like|Subscribe\s+to)\s+(?P<name>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}?)"
    # "... on Telegram", "Follow Daryo's official Telegram channel".
    r"(?:\s+on\s+|\s+on\s*:?\s*\Z|['’]s\s+(?:official\s+)?)"
)


def follow_name(line: str) -> str | None:
    """The name a page gives itself in "Follow <name> on <social site>", or None."""
    m = _FOLLOW.match(line.strip())
    if m is None:
        return None
    rest = fold_line(line.strip()[m.end() :])
    if not rest:
        return m["name"]  # "Follow The Courier on:" over a row of the sites' buttons
    for site in lexicon().social_sites:
        if rest.startswith(site) and not rest[len(site) : len(site) + 1].isalnum():
            return m["name"]
    return None


# A photo credit on a line of its own: "Kari Lunde/NTB via Wirepix", "AP Photo/Ana Ruiz",
# "Photo: Ana Ruiz / Nord Agency", "© Grigory Sysoev/POOL/TASS", "Getty Images". Words joined by
# single spaces, so it is linear. A credit names people and agencies: its words are capitalised
# but for particles ("Présidence de la République", "MCI Photo by Kenneth Lim"), accented
# capitals too ("Niamh Ó Conaill", "Łukasz").
_CREDIT_WORD: Final = (
    r"(?:[A-Z0-9À-ÖØ-ÞĀ-Ž][\w.'’&-]*|de|da|di|du|del|des|la|le|van|von|der|den|al|el|bin|by|via|for|and|"
    # "Photo: Akorda press service", "Photo: press office of the Prime Minister".
    r"of|the|press|service|office|unit)"
)
_CREDIT_NAMES: Final = re.compile(
    rf"{_CREDIT_WORD}(?:(?: |\s*[/|]\s*| [-–] |: ){_CREDIT_WORD}){{0,12}}"
)
#: A breadcrumb, not a photo's credit: "Home / Department of X / Speeches".
_HOME_CRUMB: Final = re.compile(r"(?i:home|main|start)\s*[/›>|]")
#: A copyright line, not a photo's credit: "© 2031 Presidency", "© Kyodo. All rights reserved".
COPYRIGHT_MARKS: Final = re.compile(r"\b(?:1[89]|20)\d\d\b|rights\s+reserved", re.IGNORECASE)
_CREDIT_SLASH: Final = re.compile(
    rf"[A-Z][\w.'’-]*(?: {_CREDIT_WORD}){{0,4}}\s*/\s*[A-Z][\w.'’&-]*(?: {_CREDIT_WORD}){{0,5}}"
    rf"(?:\s*/\s*[A-Z][\w.'’&-]*(?: {_CREDIT_WORD}){{0,3}})*"
    r"|Getty Images|AFP via Getty Images"
)
_CREDIT_LINE_MAX: Final = 90
#: The label of a credit: "Photo:", "Image:", "Photo credit:", "Credit:", "©".
_CREDIT_LABEL: Final = re.compile(
    r"\A(?:(?:Photo|Photograph|Image|Picture)s?(?:\s+credits?)?:|Credits?:|©)\s*", re.IGNORECASE
)
#: A handout's credit: "Photo courtesy of the Ministry of Foreign Affairs", "Courtesy: X". Its
#: words say who supplied the picture, so they stay in the credit, unlike a bare label's.
_COURTESY: Final = re.compile(
    r"(?:(?:Photo|Photograph|Image|Picture)s?\s+)?courtesy(?:\s+of\b|:)?\s*", re.IGNORECASE
)
#: The label of a caption at the start of its line: "[Photo]", "Photo:", "Photo caption:".
_CAPTION_LABEL: Final = re.compile(
    r"\[(?:Photo|Image|Picture|Video)\]\s*|(?:Photo|Image|Picture)(?:\s+caption)?:\s*",
    re.IGNORECASE,
)
#: Where a photo's subject is in it: "(2nd from L)", "(R)", "(left)", "(centre)".
_POSITION: Final = re.compile(
    r"\((?:\d(?:st|nd|rd|th)\s+from\s+)?(?:[LR]|l\.|r\.|left|right|cent(?:er|re))\)"
)
#: A credit written into the caption's line: "...on Thursday.Credit...Ana Ruiz/EPA".
_INLINE_CREDIT: Final = re.compile(
    # Not a label's last word ("| Photo Credit: X"): that is _TAIL_CREDIT's.
    r"(?<!\w\s)(?:Credit|Photograph)(?:\.\.\.|…|:)\s*(?P<credit>\S[^\n]{0,120})\Z"
)
_CAPTION_MAX: Final = 600
_SLASHED: Final = re.compile(
    r"[\w.'’&-]+(?: [\w.'’&-]+){0,3}(?:\s*/\s*[\w.'’&-]+(?: [\w.'’&-]+){0,3}){1,3}"
)
#: A credit after a labelled caption's last full stop: "Photo: ... in Bridgetown. OAS/Ana Ruiz".
_AFTER_STOP: Final = re.compile(r"\.\s+(?P<credit>[^.\n]{3,60})\Z")
#: "(Photo: AFP)", "[Ana Ruiz/AFP]": a credit in round or square brackets.
_BRACKET_CREDIT: Final = re.compile(
    r"(?:\(\s*(?P<credit>[^()\n]{2,80}?)\s*\)|\[\s*(?P<credit2>[^\[\]\n]{2,80}?)\s*\])\s*\Z"
)
_BRACKET_CREDIT_REACH: Final = 90  # "(" + the longest credit + ")" and white space
_PICTURE_WORD: Final = re.compile(
    r"\b(?:Photo(?:graph)?|PHOTO(?:GRAPH)?|Pic|PIC|Picture|PICTURE|Image|IMAGE)[sS]?\b"
)
#: The word for a picture in lower case before a photographer: "Royal Court photo/Ana Ruiz".
_PICTURE_SLASH: Final = re.compile(r"\b(?:photo|picture|image)s?\s*/\s*[A-Z]")
#: What joins a photographer and an agency in a credit: "Xinhua/Ana Ruiz", "Ana Ruiz - AA".
_CREDIT_PARTS: Final = re.compile(r"\s*[/|]\s*|\s+[-–]\s+|\s+via\s+")
#: The words for a picture in a credit, in any case: "photo", "Pic", "pix".
_PICTURE_NOUN: Final = r"(?i:photo(?:graph)?|picture|pic|pix|image)s?"
#: Who took a picture, in words: "Picture by Ana Ruiz", "PNA photo by Ana Ruiz".
_PICTURE_BY: Final = re.compile(
    rf"(?:{_CREDIT_WORD} ){{0,3}}{_PICTURE_NOUN} by "
    rf"{_CREDIT_WORD}(?: {_CREDIT_WORD}){{0,6}}"
)
#: An agency's picture: "Bernama pic", "AMLC photo" (the agency known, or its capital letters).
_AGENCY_PICTURE: Final = re.compile(rf"(?P<source>[A-Z][^\n]{{1,40}}?) {_PICTURE_NOUN}")
#: The capital letters of a source: "AMLC", "PID".
_SOURCE_LETTERS: Final = re.compile(r"[A-Z]{2,8}")
#: A reporter's credit in brackets, not a photo's: "(With a report from Ana Ruiz/PNA)".
_REPORTER_CREDIT: Final = re.compile(
    r"(?i:with (?:a |additional )?reports? (?:from|by)|(?:additional )?reporting by|by) "
)
#: A credit closing a caption's line after a wide gap, a bar, a slash, or a label ("Photo:",
#: "- Photo:", "Photo credit:", "©"). A label says what follows is a credit; the other gaps
#: need an agency the knowledge knows.
# "Photo: Press service of the President of the Republic of Uzbekistan".
_TAIL_CREDIT_REACH: Final = 81  # the longest credit _TAIL_CREDIT takes
_TAIL_CREDIT: Final = re.compile(
    r"(?:(?P<label>\s+(?:[-–|]\s+)?(?i:(?:Photo|Image|Picture)s?(?:(?:\s+credits?)?:|\s+\|)|"
    r"Credits?:|Fot\.)\s*"
    # "... in Bucharest. Source: Office of the President/Ana Ruiz": a source with a photographer.
    r"|(?<=\.)\s+(?i:source):\s*(?=[^\n/]{1,40}/)"
    # A dash after a wide gap opens the credit, no part of it ("on Monday.  — KUNA photo").
    r"|\s+©\s*)|\s{2,}(?:[—–][ \t]+)?|\t+|\s+[|/]\s*|[ \t]+[—–][ \t]+)"
    rf"(?P<credit>\S[^\n]{{0,{_TAIL_CREDIT_REACH - 1}}})\Z"
)
_TAIL_MARK_MAX: Final = 16  # the longest mark in its gap ("- Photo credit:")
_TOP_BLOCKS: Final = 4
#: Blocks at a page's top that hold none of its text.
_NOT_TOP_TEXT: Final = frozenset({BlockKind.CLUTTER, BlockKind.CAPTION})
_NOT_DATED_TEXT: Final = _NOT_TOP_TEXT | {BlockKind.DATELINE}
_PAGE_TOP: Final = 40
#: A reporting verb or a past passive: a line holding one reports ("a reception was held in
#: honour of ..."), and is no photo's caption, which tells what the picture shows now.
_REPORTED: Final = re.compile(r"\b(?:said|says|told|announced|stated|was|were)\b")


def _credit_line(doc: Document, b: Block) -> str | None:
    """The credit on a line of its own, or None."""
    if b.end - b.start > _CREDIT_LINE_MAX:
        return None
    line = doc.text[b.start : b.end].strip()
    if not line or "\n" in line or len(line) > _CREDIT_LINE_MAX or line[-1] in ".!?":
        return None
    if line[0] == "(" and line[-1] == ")":
        line = line[1:-1].strip()  # "(Photo: Jabatan Penerangan / Ana Ruiz)"
    label = _CREDIT_LABEL.match(line)
    # "Photograph: Ana Ruiz/Getty Images": the credit is who took or supplied the picture.
    body = line[label.end() :] if label else line
    courtesy = None if label else _COURTESY.match(line)
    if courtesy is not None and courtesy.end() < len(line):
        label, body = courtesy, line[courtesy.end() :]
    if COPYRIGHT_MARKS.search(body) or _HOME_CRUMB.match(body):
        return None  # "© 2031 Presidency", "Home / Department of X / Speeches"
    if (
        _CREDIT_SLASH.fullmatch(body)
        or doc.knowledge.outlet(body) is not None
        # After a label, "dpa/picture alliance" too: short, joined by slashes.
        or (label is not None and (_CREDIT_NAMES.fullmatch(body) or _SLASHED.fullmatch(body)))
    ):
        return line if courtesy else body
    return None


def _agency_byline(doc: Document, b: Block) -> bool:
    """A line that is nothing but an outlet's name ("PTI", "Reuters"): no photographer."""
    return doc.knowledge.outlet(doc.text[b.start : b.end].strip()) is not None


def _first_text_block(blocks: Sequence[Block], i: int) -> bool:
    """Whether only furniture and date lines stand before block ``i``: the headline's place.

    Linear over a page: the search stops at the first block that is neither, and every block that
    reaches the rules asking this becomes one.
    """
    page = (BlockKind.CLUTTER, BlockKind.DATELINE)
    return all(x.kind in page for x in blocks[:i])


def caption_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A photo caption: a line ending in a credit, or opening with "[Photo]" or "Photo:".

    Or a line followed by a credit line of its own ("Kari Lunde/NTB via Wirepix"), which is
    then clutter.
    """
    b = blocks[i]
    text = doc.text
    if i > 0 and blocks[i - 1].kind is BlockKind.CAPTION and blocks[i - 1].data.get("credit_line"):
        return BlockKind.CLUTTER  # the credit line itself: read with its caption
    single = "\n" not in text[b.start : b.end]
    own_credit = _credit_line(doc, b)
    label = _CAPTION_LABEL.match(text, b.start, b.end) if single and own_credit is None else None
    kind = _caption_kind(doc, blocks, i, single=single, own_credit=own_credit, labelled=label)
    if kind is BlockKind.CAPTION and label is not None:
        b.data["caption_start"] = label.end()  # "Photo: ..." / "[Image] ...": not its words
    if kind is BlockKind.CAPTION and "credit" not in b.data and b.data.get("hint") == "caption":
        # A page's figure: the credit printed over the picture, above or below its caption.
        for nb in (blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None):
            credit = _picture_credit(doc, nb) if nb is not None else None
            if credit is not None:
                b.data["credit"] = credit
                break
    return kind


def _caption_kind(
    doc: Document,
    blocks: Sequence[Block],
    i: int,
    *,
    single: bool,
    own_credit: str | None,
    labelled: re.Match[str] | None,
) -> BlockKind | None:
    """``caption_rule`` past the credit line: ``labelled`` is the caption's opening label."""
    b = blocks[i]
    text = doc.text
    inline = _INLINE_CREDIT.search(text, b.start, b.end) if b.end - b.start < _CAPTION_MAX else None
    if inline is not None and single:
        # "Leaders arriving on Thursday.Credit...Ana Ruiz/EPA": the credit closes the caption.
        b.data["credit"] = inline["credit"].strip()
        b.data["caption_end"] = b.start + len(text[b.start : inline.start()].rstrip())
        return BlockKind.CAPTION
    if (
        not b.data.get("hint")
        and i + 1 < len(blocks)
        and blocks[i + 1].data.get("hint") != "picture"  # the credit of a figure's own caption
        and _single_line(doc, b)
        and not _REPORTED.search(text, b.start, b.end)
    ):
        # The next block's credit first: the block itself is looked up only when there is one.
        credit = _credit_line(doc, blocks[i + 1])
        if (
            credit is not None
            and own_credit is None
            and not (_agency_byline(doc, blocks[i + 1]) and _first_text_block(blocks, i))
            and not _credits_below(doc, blocks, i + 2, credit)
        ):
            b.data["credit"] = credit
            b.data["credit_line"] = True
            nxt = blocks[i + 1]
            if _CREDIT_LABEL.match(text[nxt.start : nxt.end].lstrip("( ")):
                # "Image Credit: ONA" names the picture's source, not the page's.
                b.data["picture_source"] = True
            return BlockKind.CAPTION
    # A caption's label, or a subject's place in the picture ("(2nd from L)"), marks the line.
    marked = b.data.get("hint") == "caption" or (
        single
        and b.end - b.start < _CAPTION_MAX
        and (labelled is not None or _POSITION.search(text, b.start, b.end) is not None)
    )
    line = text[b.start : b.end]
    m = _tail_credit(line)
    if (
        m is not None
        and line.rstrip()[-1:] in ")]"
        and len(line) < _CAPTION_MAX
        and _bracket_credit(doc, line, marked=marked) is not None
    ):
        m = None  # "[PHOTO CREDIT: @X]": the brackets hold the whole credit, label and all
    if m is None:
        bracket = _bracket_credit(doc, line, marked=marked) if len(line) < _CAPTION_MAX else None
        if bracket is not None and single:
            # "(Photo: AFP)": the credit without its label.
            b.data["credit"] = _CREDIT_LABEL.sub("", _bracketed(bracket).strip(), count=1)
            b.data["picture_source"] = True  # "(Yonhap)" may credit the photo of any paper
            b.data["caption_end"] = b.start + len(line[: bracket.start()].rstrip())
            return BlockKind.CAPTION
        after = _stop_credit(doc, line, marked=marked) if single else None
        if after is not None:
            b.data["credit"] = after["credit"].strip()
            b.data["caption_end"] = b.start + after.start() + 1
            return BlockKind.CAPTION
        return BlockKind.CAPTION if marked else None
    credit = m["credit"].strip()
    if m["label"] is not None or "©" in m.group():
        if not _CREDIT_NAMES.fullmatch(credit) or COPYRIGHT_MARKS.search(credit):
            return BlockKind.CAPTION if marked else None
        b.data["credit"] = credit
        b.data["picture_source"] = True  # "Photo: X" names the picture's source, not the page's
    else:
        outlet = doc.knowledge.outlet(credit)
        if outlet is not None:
            b.data["credit"] = outlet.name if credit == outlet.name else credit
        elif (
            _CREDIT_SLASH.fullmatch(credit)
            and (_known_part(doc, credit) or _PICTURE_WORD.search(credit))
        ) or _picture_by(doc, credit):
            # "| Ana Ruiz/AFP via Getty Images": a photographer and a known agency; "Amiri
            # Diwan / Photo Unit": a source and the word for its pictures; "— Picture by Ana
            # Ruiz", "— Bernama pic": who took it, in words.
            b.data["credit"] = credit
            b.data["picture_source"] = True
        else:
            return BlockKind.CAPTION if marked else None
    b.data["caption_end"] = b.start + len(line[: m.start()].rstrip())
    return BlockKind.CAPTION


def _picture_credit(doc: Document, b: Block) -> str | None:
    """The credit a line in a page's figure, beside its caption, gives, or None.

    Only the names of people or agencies ("Getty Images", "Ana Ruiz/EPA", a known "Reuters"),
    not a button ("Enlarge", "Gallery") or the picture's title.
    """
    if b.data.get("hint") != "picture":
        return None
    credit = _credit_line(doc, b)
    if credit is not None:
        return credit
    line = doc.text[b.start : b.end].strip()
    if "\n" in line or " " not in line or not _CREDIT_NAMES.fullmatch(line):
        return None
    return None if furniture(line)[0] else line


def _credits_below(doc: Document, blocks: Sequence[Block], k: int, credit: str) -> bool:
    """Whether block ``k`` is a caption closing in ``credit``: the credit line over it is its own.

    "© Ana Ruiz/PR" / "Luanda, 21/09/2043 - Leaders at the opening. Photo: Ana Ruiz/PR": the
    credit printed on the picture, over the caption that names it again.
    """
    if k >= len(blocks) or not _single_line(doc, blocks[k]):
        return False
    m = _tail_credit(doc.text[blocks[k].start : blocks[k].end])
    return m is not None and m["credit"].strip() == credit


def _labelled_caption(doc: Document, b: Block) -> bool:
    """Whether ``b`` is a line opening with a caption's label and describing the picture.

    "Photo: Leaders at the opening session" is a caption; "Photo: Ana Ruiz/AFP" and a bare
    "Photos" are furniture.
    """
    text = doc.text
    if "\n" in text[b.start : b.end]:
        return False
    m = _CAPTION_LABEL.match(text, b.start, b.end)
    if m is None:
        return False
    rest = text[m.end() : b.end].strip()
    return bool(rest) and _credit_line(doc, b) is None and not _CREDIT_NAMES.fullmatch(rest)


def _bracket_credit(doc: Document, line: str, *, marked: bool) -> re.Match[str] | None:
    """A photo credit in brackets closing a caption's line, or None.

    "(AP Photo/Ana Ruiz)", "(Photo: AFP)", "(Pic Presidencia)", "(Xinhua/Ana Ruiz)", "( Ana Ruiz -
    Anadolu Agency )": the word for a picture, or an outlet the knowledge knows beside a name. A
    bare "(Yonhap)" may credit the story, not a photo: enough only on a line ``marked`` as a
    caption ("[Photo] ... (Kyodo)").
    """
    m = _BRACKET_CREDIT.search(line, max(0, len(line) - _BRACKET_CREDIT_REACH))
    if m is None:
        return None
    credit = _bracketed(m)
    if _REPORTER_CREDIT.match(credit):
        return None  # "(With a report from Ana Ruiz/PNA)": who wrote, not who took a picture
    if (
        _PICTURE_WORD.search(credit)
        or (marked and _PICTURE_SLASH.search(credit))
        or _picture_by(doc, credit)
    ):
        return m  # "(Photo: AFP)"; on a caption, "(Royal Court photo/Ana Ruiz)"
    parts = [p.strip() for p in _CREDIT_PARTS.split(credit)]
    if _known_part(doc, credit) and (len(parts) >= 2 or marked):
        return m
    # On a line marked as a caption, names alone: "(ABC News: Ana Ruiz)".
    return m if marked and _CREDIT_NAMES.fullmatch(credit) else None


def _stop_credit(doc: Document, line: str, *, marked: bool) -> re.Match[str] | None:
    """A credit after a caption's last full stop: "... in Asunción. EFE/Ana Ruiz".

    On an unmarked line, a part of it must be an agency the knowledge knows.
    """
    after = _AFTER_STOP.search(line, max(0, len(line) - 64))
    if after is None:
        return None
    credit = after["credit"].strip()
    if _CREDIT_SLASH.fullmatch(credit) and (marked or _known_part(doc, credit)):
        return after
    return None


def _bracketed(m: re.Match[str]) -> str:
    """The credit ``_BRACKET_CREDIT`` found, in round brackets or square ones."""
    return m.group("credit") or m.group("credit2")


def _picture_by(doc: Document, credit: str) -> bool:
    """Whether a credit says in words who took the picture: "Picture by X", "Bernama pic"."""
    if _PICTURE_BY.fullmatch(credit):
        return True
    m = _AGENCY_PICTURE.fullmatch(credit)
    # "AMLC photo": an agency's or an office's letters name a source, known or not.
    return m is not None and (
        doc.knowledge.outlet(m["source"]) is not None
        or _SOURCE_LETTERS.fullmatch(m["source"]) is not None
    )


def _known_part(doc: Document, credit: str) -> bool:
    """Whether a part of a credit ("Ana Ruiz/AFP", "EFE/Ana Ruiz") is an outlet known."""
    return any(doc.knowledge.outlet(p.strip()) is not None for p in _CREDIT_PARTS.split(credit))


def _tail_credit(line: str) -> re.Match[str] | None:
    """The leftmost match of ``_TAIL_CREDIT`` in ``line``, searched near its end only.

    A match ends the line and its credit is at most ``_TAIL_CREDIT_REACH`` characters; before
    that, its gap holds white space and at most a label of ``_TAIL_MARK_MAX`` characters. Stepping
    back from there over white space gives a position no match starts before, so the search from
    there finds the same match without scanning a long paragraph.
    """
    pos = max(0, len(line) - _TAIL_CREDIT_REACH - _TAIL_MARK_MAX)
    while pos > 0 and line[pos - 1].isspace():
        pos -= 1
    return _TAIL_CREDIT.search(line, pos)


def headline_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """The first block, when it is a short single line without a closing full stop."""
    b = blocks[i]
    if b.data.get("hint") == "headline":
        return BlockKind.HEADLINE
    # Only the first block that is not clutter or a date line can be the headline: tested before
    # the hints are scanned, which would otherwise happen for every block of a page.
    if not _first_text_block(blocks, i):
        return None
    if doc.layout_hints is not None and any(h[2] == "headline" for h in doc.layout_hints):
        return None
    if any(x.data.get("hint") == "headline" for x in blocks[i + 1 : i + _PAGE_TOP]):
        return None  # the page's title printed twice lower down (``_title_over_story``)
    if not _single_line(doc, b):
        return None
    text = doc.text[b.start : b.end]
    if _words(doc, b) > _HEADLINE_MAX_WORDS or text[-1] in ".:;,":
        return None
    return BlockKind.HEADLINE


_ITALIC_LEDE: Final = re.compile(r"([*_])[^*_].*[^*_]\1", re.DOTALL)
_LEDE_MAX: Final = 600


def standfirst_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """The line under the headline, when a dateline or a longer paragraph follows it."""
    b = blocks[i]
    if b.data.get("hint") == "standfirst":
        return BlockKind.STANDFIRST
    text = doc.text[b.start : b.end]
    first = next((x for x in blocks if x.kind is not BlockKind.CLUTTER), None)
    if first is b and len(text) < _LEDE_MAX and _ITALIC_LEDE.fullmatch(text):
        return BlockKind.STANDFIRST  # a Markdown lede in italics at the top
    if wire_dateline(doc.text, b.start, b.end):
        return None  # "ASTANA, July 4. /TASS/. The heads of state ...": the story's first paragraph
    # The block before, furniture and datelines passed over: walked back by index, as slicing
    # the blocks before every block would make the rule quadratic.
    before = next(
        (
            blocks[k]
            for k in range(i - 1, -1, -1)
            if blocks[k].kind not in (BlockKind.CLUTTER, BlockKind.DATELINE)
        ),
        None,
    )
    if before is not None and before.kind is BlockKind.HEADLINE and _hands_over(text):
        return BlockKind.STANDFIRST  # a broadcast lead-in: "... VOA's Ana Ruiz reports from Cebu."
    if i == 0 or blocks[i - 1].kind is not BlockKind.HEADLINE:
        return None
    if not _single_line(doc, b) or _words(doc, b) > 60 or text[-1] == ":":
        return None  # a line ending in a colon opens what follows: a speaker's label, a list
    if i + 1 >= len(blocks):
        return None
    nxt = blocks[i + 1]
    # A page's date and furniture lines may stand between the standfirst and the story; a date
    # line under it says the page's own lines go on, which a story's paragraph never does. So
    # it does on a page copied line by line, with no blank line after the standfirst.
    if DATELINE.match(doc.text, nxt.start, nxt.end) or _dated_below(doc, blocks, i):
        return BlockKind.STANDFIRST
    if not b.gap_after:
        return None
    k = i + 1
    while k + 1 < len(blocks) and k <= i + _LABEL_REACH and _page_furniture(doc, blocks[k]):
        k += 1
    nxt = blocks[k]
    # Without a dateline, a standfirst is a short line followed by a longer body paragraph.
    if _words(doc, b) <= 40 and _words(doc, nxt) > 1.5 * _words(doc, b):
        return BlockKind.STANDFIRST
    return None


def _dated_below(doc: Document, blocks: Sequence[Block], i: int) -> bool:
    """Whether a page's date line follows block ``i`` within reach, before the story.

    Furniture and short lines may stand before it: a byline block ("Diplomatic Correspondent",
    "Ana Ruiz" / "Podgorica" / "BIRN", "NEWS and Agencies") is short lines over the date.
    """
    for k in range(i + 1, min(len(blocks) - 1, i + 1 + _LABEL_REACH)):
        b = blocks[k]
        if _dated(doc, b):
            return True
        if not (_page_furniture(doc, b) or _short_line(doc, b)):
            return False
    return False


_LEAD_IN_MAX: Final = 1200


def _hands_over(paragraph: str) -> bool:
    """Whether a paragraph's last sentence hands over to a reporter, as a lead-in does.

    "... VOA's Ana Ruiz reports from Cebu.", "Correspondent Ana Ruiz has more."
    """
    if len(paragraph) > _LEAD_IN_MAX or "\n" in paragraph:
        return False
    cut = max(paragraph.rfind(". ", 0, len(paragraph) - 2), paragraph.rfind("? "))
    words = paragraph[cut + 1 :].split()
    keys = [fold_line(w) for w in words]
    for phrase in lexicon().journalist_after:
        n = len(phrase)
        for k in range(1, len(keys) - n + 1):
            if tuple(keys[k : k + n]) == phrase and words[k - 1][:1].isupper():
                return True
    return False


def heading_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A short line standing alone between blank lines, without closing punctuation."""
    b = blocks[i]
    if _writer_line(doc, b):
        return BlockKind.CLUTTER
    if _date_only(doc.text, b):
        # "Dhaka, 3 December 2048", "Date: 03-12-2048" on a line of its own below the page's
        # top, where the dateline rule no longer looks: a date, no section's heading.
        return BlockKind.DATELINE
    if b.data.get("hint") == "heading":
        return BlockKind.HEADING
    if b.data.get("hint"):
        return None
    if i == 0 or not (b.gap_before and b.gap_after) or not _single_line(doc, b):
        return None
    if blocks[i - 1].data.get("hint") == "heading":
        # A page that marks its headings: the unmarked line right under one is its section's
        # first words ("At the meeting, the ministers decided" over a list), no heading of its
        # own.
        return None
    text = doc.text[b.start : b.end]
    n = len(text.split())
    if n > 20 or text[-1] in _TERMINAL or text[-1] in _QUOTE_END or not text[0].isupper():
        return None
    if text[0] in '“"«' or _SENTENCE_BREAK.search(text):
        return None  # a quote, or two sentences: "... on ocean security. In the statement, the"
    if i + 1 >= len(blocks):
        return None
    if _above_article(blocks, i):
        # "Ana Ruiz in Velmar", "Why you can trust us": a byline or a tool's link under the
        # headline, before the article's first paragraph, heads no section of it.
        return BlockKind.CLUTTER
    return BlockKind.HEADING


#: A sentence ending inside a line and another starting ("security. In"); an abbreviation's
#: stop ("Dr. Ruiz", "St. Lucia") ends no lower-case word.
_SENTENCE_BREAK: Final = re.compile(r"\b[a-z]{2,}[.!?]\s+[A-Z]")
#: The longest line read as a date alone ("Saint-Louis, Wednesday, 30 November 2044").
_DATE_LINE_MAX: Final = 60
#: A date label and a numeric date: "Date: 03-12-2048", "Published: 3.12.2048".
_LABELLED_DATE: Final = re.compile(
    r"(?i:date|published|posted|updated)\s*:\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}"
)


def _date_only(text: str, b: Block) -> bool:
    """Whether block ``b`` is a date alone, or a place and a date ("Dhaka, 3 December 2048")."""
    if b.end - b.start > _DATE_LINE_MAX:
        return False  # a paragraph: not matched at all, so no pattern runs over a long block
    e = b.end
    while e > b.start and text[e - 1] in " .\u00a0":
        e -= 1
    return any(
        (m := p.match(text, b.start, e)) is not None and m.end() == e
        for p in (DATELINE, _DATELINE_DMY, _DATELINE_PLACE_FIRST, _DATELINE_ISO, _LABELLED_DATE)
    )


#: The kinds of the lines a page sets between its headline and the article.
_HEAD_KINDS: Final = frozenset(
    {
        BlockKind.CLUTTER,
        BlockKind.DATELINE,
        BlockKind.CAPTION,
        BlockKind.STANDFIRST,
        BlockKind.LIST_ITEM,
    }
)


def _above_article(blocks: Sequence[Block], i: int) -> bool:
    """Whether block ``i`` stands under the page's headline with no paragraph between.

    Only the page's top is walked back, so the test is bounded by ``_PAGE_TOP`` blocks.
    """
    if i > _PAGE_TOP:
        return False
    for k in range(i - 1, -1, -1):
        kind = blocks[k].kind
        if kind is BlockKind.HEADLINE:
            return True
        if kind not in _HEAD_KINDS:
            return False
    return False


_INLINE_HEADING_WORDS: Final = 12
_BODY_LINE_WORDS: Final = 6
_DASHES: Final = "-–—•*=_ "


def inline_heading_rule(doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A subheading written as a line of its own between paragraphs, with no blank lines.

    "Grain corridor stays open", "- Grain corridor -", "GRAIN CORRIDOR": a short unpunctuated
    line after a paragraph that ended its sentence and before one of at least a few words that
    ends its own, or leads into a list with a colon. A line that a sentence runs on to (a name
    split off by a link) is not one.
    """
    b = blocks[i]
    if b.data.get("hint") or doc.wrapped or i == 0 or i + 1 >= len(blocks):
        return None
    if b.gap_before and b.gap_after:
        return None  # the heading rule's case
    text = doc.text
    # The line's last character ends the stripped line too (no dash is punctuation): a line
    # ending a sentence, as most do, is rejected before it is sliced and split.
    if text[b.end - 1] in _TERMINAL or text[b.end - 1] in _QUOTE_END:
        return None
    line = text[b.start : b.end]
    core = line.strip(_DASHES)
    words = core.split()
    if "\n" in line or not core or not 1 <= len(words) <= _INLINE_HEADING_WORDS:
        return None
    if core[-1] in _TERMINAL or core[-1] in _QUOTE_END or not core[0].isupper():
        return None
    if _writer_line(doc, b):
        return BlockKind.CLUTTER
    prev, nxt = blocks[i - 1], blocks[i + 1]
    if prev.kind not in BODY_KINDS or text[prev.end - 1] not in '.!?”"':
        return None
    after = text[nxt.start : nxt.end]
    # The line after may lead into a list: "At the close, Ministers:".
    if "\n" in after or len(after.split()) < _BODY_LINE_WORDS or after[-1] not in '.!?”":':
        return None
    if not after[0].isupper() and after[0] not in '“"':
        return None
    return BlockKind.HEADING


def list_item_rule(_doc: Document, blocks: Sequence[Block], i: int) -> BlockKind | None:
    """A bullet or numbered item of a list."""
    b = blocks[i]
    if b.data.get("bullet") or b.data.get("hint") == "list_item":
        return BlockKind.LIST_ITEM
    return None


def paragraph_rule(_doc: Document, _blocks: Sequence[Block], _i: int) -> BlockKind | None:
    """Everything else is a paragraph (the catch-all)."""
    return BlockKind.PARAGRAPH


def default_block_rules() -> Registry[BlockRule]:
    """The shared block rules, in their default order.

    ======================  ========
    name                    priority
    ======================  ========
    ``site_top``            110
    ``clutter``             100
    ``separator``           95
    ``dateline``            90
    ``byline``              89
    ``caption``             85
    ``headline``            80
    ``standfirst``          75
    ``list_item``           72
    ``heading``             70
    ``inline_heading``      69
    ``paragraph``           0
    ======================  ========
    """
    rules: Registry[BlockRule] = Registry()
    rules.register(site_top_rule, "site_top", 110)
    rules.register(clutter_rule, "clutter", 100)
    rules.register(separator_rule, "separator", 95)
    rules.register(dateline_rule, "dateline", 90)
    rules.register(byline_rule, "byline", 89)
    rules.register(caption_rule, "caption", 85)
    rules.register(headline_rule, "headline", 80)
    rules.register(standfirst_rule, "standfirst", 75)
    rules.register(list_item_rule, "list_item", 72)
    rules.register(heading_rule, "heading", 70)
    rules.register(inline_heading_rule, "inline_heading", 69)
    rules.register(paragraph_rule, "paragraph", 0)
    return rules
