"""HTML to visible text: the article's blocks in order, with their kinds as layout hints.

The page is read with :mod:`lxml.html` and walked the way a browser lays it out: block elements
(``p``, ``div``, ``h1``-``h6``, ``li``, ``figcaption``, ...) end one block and start another,
inline elements and text run on inside the current block, ``<br>`` is a line break, and white
space in the markup folds to single spaces (no-break spaces are kept). Blocks are separated by
a blank line, as in a text copy of the page, so a quote over several paragraphs reads the same
from the page and from the copy, and ``quote.text`` still equals the text its span slices.

The article is found by :class:`ArticleSelectors`: the generic search tries ``<article>``,
``[itemprop=articleBody]`` and ``<main>`` before ``<body>``; an outlet parser passes its own
XPath selectors for the headline, standfirst, dateline and body. Navigation, scripts, forms, share
buttons, hidden tooltips and other page furniture are left out; a form that wraps the page itself
(an article, a top heading or several paragraphs in it, as ASP.NET pages have) is read.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

import lxml.etree
import lxml.html
from attrs import frozen

from ...exceptions import InputError
from .._document import SITE_HINT

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ArticleSelectors", "html_to_text", "looks_like_html"]

_HTML_START: Final = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAGS: Final = re.compile(
    r"<(?:p|div|h[1-6]|article|figure|figcaption|br|span|a)\b[^>]*>", re.IGNORECASE
)

_SKIP_TAGS: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "svg",
        "iframe",
        "template",
        "head",
        "object",
        "embed",
        "menu",
        "dialog",
        "img",
        "video",
        "audio",
        "canvas",
        "map",
        "title",
        "meta",
        "link",
    }
)
# Containers of page furniture (matched on class and id).
#: The class words of a slide show.
_GALLERY_WORDS: Final = "gallery|slider|slideshow|carousel"
_SKIP_BLOCK: Final = re.compile(
    # Not a class that says the block has none ("entry-content no-share").
    r"(?:^|[\s_-])(?<!\bno[-_])(?:share|sharing|social|related|tooltip|hidden|masha-ignore|footer|nav|navbar|"
    r"menu|breadcrumbs?|subscribe|subscription|newsletter|advert|advertisement|ads?|promo|"
    r"comments?|sidebar|taglist|tags|print_link|bottommeta|read__tabs|read__status|"
    r"read__updated|cookie|popup|modal|more-news|most-read|recommend|"
    r"sr-only|visually-hidden|pager|pagenav|pagination|"
    # A slide show: furniture, but for its pictures' captions (_GALLERY).
    rf"{_GALLERY_WORDS})(?:$|[\s_-])",
    re.IGNORECASE,
)
_GALLERY: Final = re.compile(rf"(?:^|[\s_-])(?:{_GALLERY_WORDS})(?:$|[\s_-])", re.IGNORECASE)
_CAPTION_CLASS: Final = re.compile(r"(?:^|[\s_-])caption(?:$|[\s_-])", re.IGNORECASE)
_BYLINE_CLASS: Final = re.compile(r"(?:^|[\s_-])(?:byline|author)(?:$|[\s_-])", re.IGNORECASE)
# Inline elements are dropped only when they are hidden (a linked name must stay).
_SKIP_INLINE: Final = re.compile(
    r"(?:^|[\s_-])(?:tooltip|hidden|masha-ignore|sr-only|visually-hidden|share)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "caption",
        "address",
        "hr",
        "body",
        "html",
    }
)
_KINDS: Final = {
    "h1": "headline",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "figcaption": "caption",
    "caption": "caption",
}
_LEAD_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:lead|standfirst|summary|subtitle|dek|intro|kicker|subhead)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CREDIT_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:credit|copyright|photo-credit|author)(?:$|[\s_-])", re.IGNORECASE
)
#: Longer text in a figure beside its caption is no credit ("1 of 5", "Getty Images"): the
#: figure may wrap more of the page.
_PICTURE_TEXT_MAX: Final = 80
_SPACES: Final = re.compile(r"[ \t\r\n\f\v]+")
_BR: Final = "\u2028"  # a line break from <br>, kept through white-space folding
_CREDIT: Final = "\u2029"  # the gap before a photo credit: two spaces, as in text versions


@frozen
class ArticleSelectors:
    """XPath selectors that find the parts of an article page (None: use the generic search).

    The dateline's selectors are joined with spaces in order ("May 29, 2019" "11:25"
    "Nur-Sultan" gives "May 29, 2019 11:25 Nur-Sultan").
    """

    body: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    dateline: Sequence[str] = ()


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (or fragment) rather than plain text."""
    if _HTML_START.match(text):
        return True
    head = text[:5000]
    return head.lstrip().startswith("<") and len(_TAGS.findall(head)) >= 3


def _attr(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


#: A form holding this many paragraphs, a top heading, or an article wraps the page itself
#: (ASP.NET pages put the whole body in one ``<form>``): it is read, not skipped.
_PAGE_FORM_PARAGRAPHS: Final = 3


def _page_form(el: lxml.html.HtmlElement) -> bool:
    if el.find(".//article") is not None or el.find(".//main") is not None:
        return True
    if el.find(".//h1") is not None:
        return True
    paragraphs = itertools.islice(el.iterfind(".//p"), _PAGE_FORM_PARAGRAPHS)
    return sum(1 for _ in paragraphs) >= _PAGE_FORM_PARAGRAPHS


def _hidden(el: lxml.html.HtmlElement) -> bool:
    if el.tag in _SKIP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _skipped(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "form" and _page_form(el):
        return False
    if not tag or _hidden(el):
        return True
    pattern = _SKIP_BLOCK if tag in _BLOCK_TAGS else _SKIP_INLINE
    return bool(pattern.search(_attr(el)))


def _clean(parts: list[str]) -> str:
    text = _SPACES.sub(" ", "".join(parts))
    lines = [line.strip(" ") for line in text.split(_BR)]
    text = "\n".join(line for line in lines if line)
    return re.sub(rf" ?{_CREDIT} ?", "  ", text).strip(" ")


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self.buf: list[str] = []
        self.kinds: list[str] = []
        #: The elements marked as a lead by their class, innermost last, as numbers; and for
        #: each block, the number of the innermost one around it (-1 for none).
        self.leads: list[int] = []
        self.lead_of: list[int] = []
        self.n_leads = 0

    def flush(self) -> None:
        text = _clean(self.buf)
        self.buf.clear()
        if text:
            kind = next((k for k in reversed(self.kinds) if k), "")
            if kind == "picture" and len(text) > _PICTURE_TEXT_MAX:
                kind = ""
            self.blocks.append((text, kind))
            self.lead_of.append(self.leads[-1] if self.leads else -1)

    def walk(self, el: lxml.html.HtmlElement, kind: str = "") -> None:
        """Read ``el`` into ``blocks``; the recursion is ``_walk``, the lead check runs once."""
        self._walk(el, kind)
        if self.n_leads:
            self._unlead()

    def _unlead(self) -> None:
        """A lead's class on an element holding several blocks names no lead.

        Drupal's "field--type-text-with-summary" wraps the whole body: its paragraphs are the
        story, and one element's short lead inside it ("<p class=lead>") stays one.
        """
        count = Counter(self.lead_of)
        self.blocks = [
            (text, "" if kind == "standfirst" and owner >= 0 and count[owner] > 1 else kind)
            for (text, kind), owner in zip(self.blocks, self.lead_of, strict=True)
        ]

    def _walk(self, el: lxml.html.HtmlElement, kind: str = "") -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag == "br":
            self.buf.append(_BR)
            return
        block = tag in _BLOCK_TAGS
        lead = False
        if block:
            self.flush()
            k = kind or _KINDS.get(tag, "")
            if not kind and tag == "figure" and el.find(".//figcaption") is not None:
                k = "picture"  # its text outside the caption: what the picture shows, a credit
            if not k and tag in ("p", "div") and _LEAD_CLASS.search(_attr(el)):
                k, lead = "standfirst", True
                self.leads.append(self.n_leads)
                self.n_leads += 1
            if not k and tag in ("p", "div") and _CAPTION_CLASS.search(_attr(el)):
                k = "caption"  # "wp-caption-text", "image-caption": a caption without <figcaption>
            if not k and tag in ("p", "div") and _BYLINE_CLASS.search(_attr(el)):
                k = "byline"  # "article-byline", "author": the writer or the desk, not the story
            if not kind and el.get("itemprop") == "headline":
                k = "headline"
            self.kinds.append(k)
        elif _CREDIT_CLASS.search(_attr(el)):
            self.buf.append(_CREDIT)
        if el.text:
            self.buf.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and not _skipped(child):
                self._walk(child)
            elif isinstance(child.tag, str) and _GALLERY.search(_attr(child)):
                self.flush()
                self.gallery(child, set())
            if child.tail:
                self.buf.append(child.tail)
        if block:
            self.flush()
            self.kinds.pop()
        if lead:
            self.leads.pop()

    def gallery(self, el: lxml.html.HtmlElement, seen: set[str]) -> None:
        """A slide show's captions, each once; its controls and counters are furniture."""
        for child in el:
            if not isinstance(child.tag, str) or _hidden(child):
                continue
            if child.tag == "figcaption" or _CAPTION_CLASS.search(_attr(child)):
                w = _Walker()
                w.walk(child, "caption")
                for text, kind in w.blocks:
                    if text not in seen:
                        seen.add(text)
                        self.blocks.append((text, kind))
                        self.lead_of.append(-1)
            else:
                self.gallery(child, seen)


def _select(doc: lxml.html.HtmlElement, xpath: str | None) -> list[lxml.html.HtmlElement]:
    if not xpath:
        return []
    try:
        found = doc.xpath(xpath)
    except lxml.etree.XPathError:  # pragma: no cover - selectors are the parsers' own
        return []
    return [el for el in found if isinstance(el, lxml.html.HtmlElement)]


def _root(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    for xpath in ("//article", "//*[@itemprop='articleBody']", "//main", "//*[@role='main']"):
        for el in doc.xpath(xpath):
            if len(" ".join(el.text_content().split())) > 200:
                return _with_headline(doc, el)
    body = doc.find("body")
    return body if body is not None else doc


def _with_headline(
    doc: lxml.html.HtmlElement, root: lxml.html.HtmlElement
) -> lxml.html.HtmlElement:
    """The nearest container of both the article body and its headline, short of ``<body>``.

    Pages marked up with ``itemprop=articleBody`` often keep the headline, the lead and the
    publication time beside the body, in the item's own wrapper; reading the body alone loses
    them. The wrapper is taken only when the visible text it adds is no longer than the body's
    or ``_BESIDE_BODY_MAX``, so a page-wide container with its lists of other stories is not.
    """
    heads = doc.xpath("//*[@itemprop='headline'] | //h1")
    head = next((h for h in heads if not any(_skipped(a) for a in h.iterancestors())), None)
    if head is None or root in head.iterancestors() or head in root.iterancestors():
        return root
    around = set(head.iterancestors())
    for el in root.iterancestors():
        if el.tag in ("body", "html"):
            break
        if el in around:
            body = _visible_length(root)
            return el if _visible_length(el) - body <= max(body, _BESIDE_BODY_MAX) else root
    return root


#: The most text a headline, a lead, a date line and a picture or two add beside a body.
_BESIDE_BODY_MAX: Final = 1500


def _visible_length(el: lxml.html.HtmlElement) -> int:
    walker = _Walker()
    walker.walk(el)
    return sum(len(text) for text, _ in walker.blocks)


#: Where a page's head names the site it belongs to (Open Graph, then the web app's name).
_SITE_NAME: Final = (
    '//meta[@property="og:site_name"]/@content',
    '//meta[@name="application-name"]/@content',
)
#: The longest site name read: a name, not a description.
_SITE_NAME_MAX: Final = 80


def _site_name(doc: lxml.html.HtmlElement) -> str | None:
    """The name a page's head gives its site, or None.

    Its Open Graph name, or the end of its ``<title>`` after the headline ("Headline | Site"):
    when there is no such name, or when the name is the title's written as a slug
    ("koreatimes" for "The Korea Times").
    """
    names = (" ".join(str(v).split()) for xpath in _SITE_NAME for v in doc.xpath(xpath))
    named = next((n for n in names if 0 < len(n) <= _SITE_NAME_MAX), None)
    title = " ".join(str(doc.findtext(".//title") or "").split())
    cut = _TITLE_SITE.search(title)
    if cut is None:
        return named
    head, site = title[: cut.start()], title[cut.end() :]
    if named is None:
        h1 = _select(doc, "//h1")
        shown = " ".join(h1[0].text_content().split()) if h1 else ""
        return site if shown and head.startswith(shown[:40]) else None
    if named.islower() and _letters(named) in _letters(site):
        return site
    return named


#: The last separator of a page's title before its site's name: "Headline | Site".
_TITLE_SITE: Final = re.compile(r"\s+[-–—|]\s+(?=[A-Z][^-–—|]{1,60}\Z)")


def _letters(text: str) -> str:
    """A name's letters and digits only, in lower case: "The Korea Times" -> "thekoreatimes"."""
    return "".join(c for c in text.lower() if c.isalnum())


def html_to_text(
    data: str, *, name: str = "<html>", selectors: ArticleSelectors | None = None
) -> tuple[str, list[tuple[int, int, str]]]:
    """The article's visible text and its blocks as ``(start, end, kind)`` hints.

    Raises:
        InputError: the page cannot be read or has no visible text.
    """
    # lxml refuses str input that declares an encoding; the text is already decoded.
    data = re.sub(r"\A\s*<\?xml[^>]*\?>", "", data)
    try:
        doc = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError) as e:
        raise InputError(f"{name}: not readable as HTML ({e})") from e
    sel = selectors or ArticleSelectors()
    walker = _Walker()
    head: list[tuple[str, str]] = []
    for css, kind in ((sel.headline, "headline"), (sel.standfirst, "standfirst")):
        for el in _select(doc, css)[:1]:
            w = _Walker()
            w.walk(el, kind)
            head.extend(w.blocks)
    if sel.dateline:
        parts = [
            " ".join(_clean([e.text_content()]).split())
            for css in sel.dateline
            for e in _select(doc, css)[:1]
        ]
        line = " ".join(p for p in parts if p)
        if line:
            head.append((line, "dateline"))
    bodies = _select(doc, sel.body)
    root = bodies[0] if bodies else _root(doc)
    walker.walk(root)
    blocks = head + walker.blocks
    if not any(kind == "headline" for _, kind in blocks):
        h1 = _select(doc, "//h1")
        if h1 and root.tag != "body":
            w = _Walker()
            w.walk(h1[0])
            blocks = w.blocks[:1] + blocks
    seen_headline = False
    out: list[str] = []
    hints: list[tuple[int, int, str]] = []
    pos = 0
    for text, given in blocks:
        kind = "heading" if given == "headline" and seen_headline else given
        seen_headline = seen_headline or given == "headline"
        if out:
            # A blank line between blocks, as in a text copy of the page: a quote that runs
            # over paragraphs reads the same from the saved page and from the text file.
            out.append("\n\n")
            pos += 2
        out.append(text)
        hints.append((pos, pos + len(text), kind))
        pos += len(text)
    visible = "".join(out)
    if not visible.strip():
        raise InputError(f"{name}: the HTML page holds no visible text")
    site = _site_name(doc)
    if site is not None:
        # The page's own name is in its head, not its text: a hint of no width carries it.
        hints.append((len(visible), len(visible), SITE_HINT + site))
    return visible, hints
