"""Not a report, said so: files that are plainly something else are refused before parsing.

Two looks, both cheap and linear (at most the first :data:`SNIFF_BYTES` bytes or characters, and
one scan for a sentence):

* :func:`sniff_bytes`, on a file's bytes before decoding: a PDF (``%PDF-``), an office document
  (a zip archive: Word ``.docx``, Excel ``.xlsx``, OpenDocument ``.odt``, ..., or an OLE compound
  file: Word ``.doc``, Excel ``.xls``), another zip or gzip archive;
* :func:`sniff_text`, on the decoded text: JSON or JSON Lines (summitdoc's own output or any
  other), XML that is not an HTML page (summitdoc's own XML, a feed, any namespaced or declared
  XML document);
* :func:`check_sentences`, on the text the parser would read (an HTML page's visible text): text
  with no sentence in it (no run of four words).

An HTML page, a fragment of one, and plain text with a few stray tags are reports; so is any
text with a sentence. Each refusal is an :class:`~summitdoc.InputError` of one line that says
what the file looks like.
"""

from __future__ import annotations

import json
import re
from typing import Final

from ...exceptions import InputError

__all__ = ["SNIFF_BYTES", "check_sentences", "sniff_bytes", "sniff_text"]

#: How far into a file its kind is looked for.
SNIFF_BYTES: Final = 4096

_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# What a zip-based office file holds near its start: the OpenDocument mimetype entry, or the
# Office Open XML part names.
_ZIP_KINDS: Final = (
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"),
    (b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "an OpenDocument sheet (.ods)"),
    (b"mimetypeapplication/vnd.oasis.opendocument", "an OpenDocument file"),
    (b"mimetypeapplication/epub+zip", "an EPUB book"),
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint presentation (.pptx)"),
    (b"[Content_Types].xml", "an Office Open XML document (.docx, .xlsx, .pptx)"),
)
_MAGIC: Final = (
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

_BOM: Final = "\ufeff"
_XML_DECL: Final = re.compile(r"<\?xml\b[^>]*\?>", re.IGNORECASE)
_LEADING_MARKUP: Final = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?[^>]*\?>|<!doctype\b[^>]*>)*", re.IGNORECASE | re.DOTALL
)
_FIRST_TAG: Final = re.compile(r"<([A-Za-z_][\w.:-]*)")
# Elements an HTML page or fragment may open with (a saved article, or a snippet of one).
_HTML_ELEMENTS: Final = frozenset(
    [
        "a",
        "abbr",
        "address",
        "article",
        "aside",
        "b",
        "base",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "br",
        "button",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "mark",
        "meta",
        "nav",
        "noscript",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "s",
        "section",
        "small",
        "source",
        "span",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "template",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "u",
        "ul",
        "var",
    ]
)
# A sentence, or what is left of one: four words in a row, separated by white space (and
# commas). Words need a joiner between their parts and white space between them, so no two
# parts of the pattern match the same characters (no possessive quantifiers, which the static
# ReDoS check in CI cannot read): linear in the text.
_WORD: Final = r"[^\W\d_]+(?:['’.-][^\W\d_]+)*"
# A word starts where no letter or joiner stands before it, so that a long hyphenated chain
# is tried once, not from each of its parts.
_SENTENCE: Final = re.compile(rf"(?<![\w'’.-]){_WORD}(?:[,;:]?\s+{_WORD}){{3}}")


def sniff_bytes(data: bytes, name: str) -> None:
    """Refuse bytes that are plainly a file of another kind (a PDF, an office file, an archive).

    Raises:
        InputError: naming what the file looks like.
    """
    head = data[:SNIFF_BYTES]
    kind: str | None = None
    if head.startswith(_OLE):
        kind = "an OLE compound file (an old Word .doc, Excel .xls or Outlook .msg)"
    elif head.startswith(_ZIP):
        kind = next((k for marker, k in _ZIP_KINDS if marker in head), "a zip archive")
    else:
        kind = next((k for magic, k in _MAGIC if head.startswith(magic)), None)
    if kind is not None:
        raise InputError(f"{name}: looks like {kind}, not a report; save it as text or HTML")


def sniff_text(text: str, name: str) -> None:
    """Refuse text that is plainly not a report: JSON (or JSON Lines), XML other than HTML.

    Raises:
        InputError: naming what the text looks like.
    """
    head = text[:SNIFF_BYTES].lstrip(_BOM + " \t\r\n")
    if head.startswith("%PDF-"):
        raise InputError(f"{name}: looks like a PDF document, not a report")
    if head[:1] in ("{", "["):
        what = _json_kind(text, head)
        if what is not None:
            raise InputError(f"{name}: looks like {what}, not a report")
    if head.startswith("<"):
        what = _xml_kind(head)
        if what is not None:
            raise InputError(f"{name}: looks like {what}, not a report")


def check_sentences(text: str, name: str) -> None:
    """Refuse text with no sentence in it: no run of four words.

    A table of numbers, a list of codes, base64 or a page of markup and no prose is not a report.

    Raises:
        InputError: the text holds no sentence.
    """
    if _SENTENCE.search(text) is None:
        raise InputError(f"{name}: holds no sentence (no run of four words), not a report")


def _json_kind(text: str, head: str) -> str | None:
    """What JSON the text is (summitdoc's own output or other data, JSON Lines); None: not JSON."""
    own = '"schema_version"' in head
    if _is_json(text):
        return "summitdoc's own JSON output" if own else "JSON data"
    first = text.lstrip(_BOM + " \t\r\n").partition("\n")[0].rstrip()
    if first != text.strip() and first.startswith("{") and _is_json(first):
        return "summitdoc's own JSON Lines output" if own else "JSON Lines data"
    return None


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _xml_kind(head: str) -> str | None:
    """What an XML document that is not an HTML page is ("summitdoc's own XML output", ...)."""
    declared = _XML_DECL.match(head) is not None
    leading = _LEADING_MARKUP.match(head)
    rest = head[leading.end() :] if leading is not None else head
    tag = _FIRST_TAG.match(rest)
    if tag is None:
        return "an XML document" if declared and not rest.strip() else None
    element = tag.group(1)
    local = element.rpartition(":")[2].lower()
    if local in _HTML_ELEMENTS:
        return None
    if local == "summit":
        return "summitdoc's own XML output"
    if local in ("rss", "feed", "rdf"):
        return "a news feed (RSS or Atom XML)"
    if declared or ":" in element or "xmlns" in rest[: rest.find(">") + 1]:
        return f"an XML document (root element <{element}>)"
    return None
