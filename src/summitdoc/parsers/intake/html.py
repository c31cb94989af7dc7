"""HTML to visible text: the article's blocks in order, with their kinds as layout hints.

The page is read with :mod:`lxml.html`. The article is the first of ``<article>``,
``[itemprop=articleBody]`` and ``<main>`` that holds text, else ``<body>``. Inside it, block
elements become blocks of the visible text, joined by blank lines, so that spans into an HTML
page mean what they mean in the text version: ``<h1>`` is the headline, a lead paragraph the
standfirst, ``<h2>``-``<h6>`` section headings, ``<figcaption>`` a caption, ``<li>`` a list item.
Navigation, scripts, forms, share buttons and other page furniture are left out.
"""

from __future__ import annotations

import re
from typing import Final

import lxml.etree
import lxml.html

from ...exceptions import InputError

__all__ = ["html_to_text", "looks_like_html"]

_HTML_START: Final = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
                                re.IGNORECASE | re.DOTALL)
_TAGS: Final = re.compile(r"<(?:p|div|h[1-6]|article|figure|figcaption|br|span|a)\b[^>]*>", re.IGNORECASE)

_SKIP_TAGS: Final = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
     "select", "input", "textarea", "svg", "iframe", "template", "head", "object", "embed",
     "menu", "dialog"}
)
_SKIP_CLASS: Final = re.compile(
    r"(?:^|[\s_-])(?:share|social|related|tooltip|hidden|masha-ignore|footer|nav|menu|breadcrumb|"
    r"subscribe|newsletter|advert|ad-|promo|comments?|sidebar|tags?|print_link|read__bottommeta|"
    r"read__tabs|read__status|read__updated|cookie|popup|modal|slider|gallery)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS: Final = {
    "h1": "headline",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "p": "",
    "li": "list_item",
    "figcaption": "caption",
    "blockquote": "",
    "pre": "",
    "dd": "",
    "dt": "",
    "td": "",
    "th": "",
    "caption": "caption",
}
_LEAD_CLASS: Final = re.compile(r"(?:^|[\s_-])(?:lead|standfirst|summary|subtitle|dek|intro|kicker)"
                                r"(?:$|[\s_-])", re.IGNORECASE)
_SPACES: Final = re.compile(r"[ \t\r\n\f\v]+")


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (or fragment) rather than plain text."""
    if _HTML_START.match(text):
        return True
    head = text[:5000]
    return len(_TAGS.findall(head)) >= 3 and head.lstrip().startswith("<")


def _skipped(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIP_TAGS:
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    cls = el.get("class") or ""
    return bool(cls and _SKIP_CLASS.search(cls))


def _root(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    for xpath in ("//article", "//*[@itemprop='articleBody']/ancestor-or-self::*[1]", "//main",
                  "//*[@role='main']"):
        for el in doc.xpath(xpath):
            if len(" ".join(el.text_content().split())) > 200:
                return el
    body = doc.find("body")
    return body if body is not None else doc


def _inline_text(el: lxml.html.HtmlElement) -> str:
    """The visible text of an element, skipping hidden furniture, white space folded."""
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _skipped(child):
                if child.tag == "br":
                    parts.append("\n")
                else:
                    walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    text = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip())


def html_to_text(data: str, *, name: str = "<html>") -> tuple[str, list[tuple[int, int, str]]]:
    """The article's visible text and its blocks as ``(start, end, kind)`` hints.

    Raises:
        InputError: the page has no readable text.
    """
    try:
        doc = lxml.html.document_fromstring(data)
    except (lxml.etree.ParserError, ValueError) as e:
        raise InputError(f"{name}: not readable as HTML ({e})") from e
    root = _root(doc)
    blocks: list[tuple[str, str]] = []
    seen_headline = False

    def visit(el: lxml.html.HtmlElement) -> None:
        nonlocal seen_headline
        for child in el:
            if not isinstance(child.tag, str) or _skipped(child):
                continue
            tag = child.tag.lower()
            if tag in _BLOCK_TAGS and not _has_block_children(child):
                text = _inline_text(child)
                if text:
                    kind = _BLOCK_TAGS[tag]
                    if kind == "headline":
                        kind = "heading" if seen_headline else "headline"
                        seen_headline = True
                    elif not kind and _LEAD_CLASS.search(child.get("class") or ""):
                        kind = "standfirst"
                    blocks.append((text, kind))
            elif tag == "div" and _direct_text(child) and not _has_block_children(child):
                text = _inline_text(child)
                if text:
                    kind = "standfirst" if _LEAD_CLASS.search(child.get("class") or "") else ""
                    blocks.append((text, kind))
            else:
                visit(child)

    visit(root)
    if root.tag != "body" and not seen_headline:
        # A headline outside the article element (some pages put <h1> above it).
        h1 = doc.xpath("//h1")
        if h1:
            text = _inline_text(h1[0])
            if text:
                blocks.insert(0, (text, "headline"))
    out: list[str] = []
    hints: list[tuple[int, int, str]] = []
    pos = 0
    for text, kind in blocks:
        if out:
            out.append("\n\n")
            pos += 2
        out.append(text)
        hints.append((pos, pos + len(text), kind))
        pos += len(text)
    visible = "".join(out)
    if not visible.strip():
        raise InputError(f"{name}: the HTML page holds no visible text")
    return visible, hints


def _direct_text(el: lxml.html.HtmlElement) -> bool:
    if el.text and el.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in el)


def _has_block_children(el: lxml.html.HtmlElement) -> bool:
    for d in el.iterdescendants():
        if isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag in ("div", "section", "article",
                                                                          "figure", "ul", "ol", "table")):
            if not _skipped(d):
                return True
    return False
