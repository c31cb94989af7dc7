"""The country of a government site, read from its masthead, for its own officials.

A page copied from a government site names the government above its headline: "Prime
Minister's Office Singapore", "The Presidency" over "Republic of Ghana", a domain such as
"gov.br". A news site names no office there, and gets no home country.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from .._document import BODY_KINDS, BlockKind, Document
from ..extractors._text import alternation
from ..mentions.lexicon import lexicon

__all__ = ["site_country"]

#: How many blocks from the page's top a masthead may stand in (menus of 30 links are common),
#: and its longest line.
_TOP: Final = 40
_MAST_WORDS: Final = 12
_COUNTRY_WORDS: Final = 4
#: "gov.br", "www.gob.mx", "beehive.govt.nz": a government domain ending in a country code.
_GOV_DOMAIN: Final = re.compile(
    r"\b(?:[a-z0-9-]+\.)*(?:gov|govt|gob|gouv)\.([a-z]{2})\b", re.IGNORECASE
)
#: Country-code domains that are not the ISO code.
_DOMAIN_CODES: Final = {"UK": "GB"}
#: A menu or a breadcrumb: links on one line ("Home > News", "Home | News | Speeches"); one
#: bar may part a site's name from its tagline ("VGP News | Online Newspaper of ...").
_LINKS: Final = re.compile(r"[>»]|\|[^|\n]*\|")


@functools.cache
def _offices() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon().site_offices)})\b", re.IGNORECASE)


def site_country(doc: Document) -> str | None:
    """The country whose government the page's masthead names, or None."""
    kb = doc.knowledge
    lines: list[str] = []
    for b in doc.blocks[:_TOP]:
        if b.kind is BlockKind.HEADLINE:
            break
        if b.kind in BODY_KINDS:
            return None
        lines.append(doc.text[b.start : b.end])
    else:
        return None
    found: set[str] = set()
    for n, line in enumerate(lines):
        for m in _GOV_DOMAIN.finditer(line):
            code = m.group(1).upper()
            code = _DOMAIN_CODES.get(code, code)
            found.update(c.name for c in kb.countries if c.iso2 == code)
        words = line.split()
        if len(words) > _MAST_WORDS or _LINKS.search(line):
            continue
        near = lines[max(0, n - 1) : n + 2]
        if not any(_offices().search(x) for x in near if not _LINKS.search(x)):
            continue
        for k in range(len(words)):
            for size in range(min(_COUNTRY_WORDS, len(words) - k), 0, -1):
                c = kb.country(" ".join(words[k : k + size]).strip(",.:;"))
                if c is not None:
                    found.add(c.name)
                    break
    return found.pop() if len(found) == 1 else None
