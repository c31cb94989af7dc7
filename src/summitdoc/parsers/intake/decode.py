"""Bytes to text, faithfully; newlines normalised.

The encoding is taken from, in order:

1. a byte order mark (UTF-8, UTF-16 or UTF-32);
2. the caller (``encoding=``, ``--encoding``);
3. UTF-16 or UTF-32 without a byte order mark, recognised from the NUL bytes of mostly-ASCII text;
4. the page: ``<meta charset=...>`` or ``<meta http-equiv="Content-Type" content="...;
   charset=...">`` in the first :data:`META_SCAN_BYTES` bytes of an HTML file (unless the bytes
   are valid UTF-8 holding non-ASCII characters, which a legacy-encoded page never is);
5. UTF-8;
6. a detector over the code pages English news is saved in: Windows-1252, Latin-1,
   Windows-1251 and Mac Roman, in that order of preference. Each candidate's reading of the
   non-ASCII bytes is scored for plausibility (C1 control characters, letters of two scripts in one
   word, case changing inside a word, runs of accented Latin letters, symbols news text does not
   use) and the least implausible reading wins; typographic punctuation (curly quotes, dashes, the
   ellipsis, the no-break space) counts in a reading's favour.

A general detector (charset-normalizer, used before issue 9) was measured on the corpus saved in
these four code pages and misread a third of the files (a DOS Baltic code page for Windows-1252
quotes, Korean for a no-break space); restricted to these candidates it did worse. The scoring
here reads them all back exactly (``tests/test_encodings.py``).

Decoding never substitutes a replacement character: bytes the chosen encoding does not decode are
an :class:`~summitdoc.InputError`. The work is linear in the size of the input; the detector
scores at most :data:`_MAX_RUNS` runs of non-ASCII bytes.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import re
import unicodedata
from typing import Final

from ...exceptions import InputError
from .sniff import sniff_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "META_SCAN_BYTES",
    "check_encoding",
    "check_text",
    "decode",
    "normalise_newlines",
]

#: Reports larger than this are refused unless the caller raises the limit (50 MiB).
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024

#: How far into an HTML file a ``<meta>`` charset declaration is looked for.
META_SCAN_BYTES: Final = 4096

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: The detector's candidates, most likely first: ties go to the earlier one.
CANDIDATES: Final = ("cp1252", "latin-1", "cp1251", "mac-roman")

# Labels Python's codec registry does not know (from the WHATWG Encoding Standard).
_ALIASES: Final = {
    "x-mac-roman": "mac-roman",
    "x-cp1250": "cp1250",
    "x-cp1251": "cp1251",
    "x-cp1252": "cp1252",
    "x-sjis": "shift_jis",
    "x-gbk": "gbk",
    "x-euc-jp": "euc_jp",
}
# A page declaring Latin-1 or ASCII is read as Windows-1252, as browsers read it.
_AS_CP1252: Final = frozenset({"iso8859-1", "ascii"})

_META: Final = re.compile(
    rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]+)", re.IGNORECASE
)
_HIGH_RUN: Final = re.compile(rb"[\x80-\xff]+")
_MAX_RUNS: Final = 20000
_WORD: Final = re.compile(r"[^\W\d_]+")

# Plausibility weights of the detector.
_C1_CONTROL: Final = 20  # U+0080-U+009F: Latin-1's reading of Windows typographic bytes
_MIXED_SCRIPTS: Final = 5  # "cafй": Latin and Cyrillic letters in one word
_ODD_SHAPE: Final = 4  # "ÒWe", "BidenÕs": case changes inside a word
_ACCENT_RUN: Final = 2  # "Êàñûì": accented Latin letters side by side
_LONE_LETTER: Final = 2  # " Ð ": a non-ASCII Latin letter standing alone
_UPPER_ACCENT: Final = 1  # accented capitals are rare in English news
_ODD_SYMBOL: Final = 3  # "∞", "†", "ﬁ", "‡": symbols news text does not use
_TYPOGRAPHIC_BONUS: Final = -1  # “ ” ‘ ’ – — … « » and the no-break space
_TYPOGRAPHIC: Final = frozenset(
    "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00ab\u00bb\u00a0\u201e"
)
_USUAL_SYMBOLS: Final = frozenset("©®°±§¶€£¥¢×·•µ½¼¾¹²³%№™‚")


def normalise_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` become ``\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_encoding(encoding: str) -> str:
    """The codec name of a text encoding's name or label (``"windows-1251"`` -> ``"cp1251"``).

    Raises:
        InputError: the name is not a text encoding Python can decode.
    """
    if not isinstance(encoding, str):
        raise InputError(f"encoding must be a str, not {type(encoding).__name__}")
    label = encoding.strip().lower()
    try:
        info = codecs.lookup(_ALIASES.get(label, label))
    except (LookupError, ValueError):
        raise InputError(f"unknown text encoding {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is not a text encoding")
    return info.name


def decode(data: bytes, *, name: str = "<bytes>", encoding: str | None = None) -> str:
    """Decode a report's bytes (see the module's documentation for the order of the sources).

    Args:
        data: the bytes.
        name: the name errors give (the path).
        encoding: the encoding the caller knows the bytes are in; a byte order mark overrides it.

    Raises:
        InputError: the bytes are empty, binary (NUL bytes outside UTF-16/32), plainly a file
            of another kind (a PDF, an office document, an archive: see :mod:`.sniff`), or not
            decodable (in ``encoding``, when given); ``encoding`` is unknown.
    """
    if not data:
        raise InputError(f"{name}: the file is empty")
    sniff_bytes(data, name)
    declared = None if encoding is None else check_encoding(encoding)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(bom_encoding)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{name}: starts with a {bom_encoding} byte order mark but is not valid "
                    f"{bom_encoding} (byte {e.start + len(bom)})"
                ) from e
            return check_text(text, name)
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name}: not valid {encoding} text ({e.reason} at byte {e.start})"
            ) from e
        return check_text(text, name)
    if b"\x00" in data:
        return check_text(_without_bom(data, name), name)
    utf8 = _utf8(data)
    meta = _meta_charset(data)
    if meta is not None and (utf8 is None or utf8.isascii()):
        as_declared = _decode_as(data, meta)
        if as_declared is not None:
            return check_text(as_declared, name)
    if utf8 is not None:
        return check_text(utf8, name)
    return check_text(_detect(data), name)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_as(data: bytes, encoding: str) -> str | None:
    """``data`` in ``encoding`` (Latin-1 and ASCII read as Windows-1252); None if it fails."""
    for codec in ("cp1252", "latin-1") if encoding in _AS_CP1252 else (encoding,):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _meta_charset(data: bytes) -> str | None:
    """The codec of a ``<meta>`` charset declaration near the top of an HTML file, if any.

    Unknown names are ignored, and so are encodings in which ASCII does not read as itself
    (UTF-16 or UTF-32 in a file without NUL bytes, UTF-7, EBCDIC): the declaration was read as
    ASCII.
    """
    match = _META.search(data, 0, META_SCAN_BYTES)
    if match is None:
        return None
    try:
        codec = check_encoding(match.group(1).decode("ascii"))
    except InputError:
        return None
    return codec if _ascii_compatible(codec) else None


@functools.cache
def _ascii_compatible(codec: str) -> bool:
    """Whether printable ASCII reads as itself in ``codec`` (not UTF-16/32, UTF-7 or EBCDIC)."""
    probe = bytes(range(0x20, 0x7F))
    try:
        return probe.decode(codec) == probe.decode("ascii")
    except UnicodeDecodeError:
        return False


def _without_bom(data: bytes, name: str) -> str:
    """UTF-16 or UTF-32 text without a byte order mark, recognised from where its NULs are.

    Raises:
        InputError: the bytes are binary, or look like UTF-16/32 but are not valid.
    """
    sample = data[:4096]
    found = None
    for unit, order, nul_at in (
        (4, "utf-32-le", (1, 2, 3)),
        (4, "utf-32-be", (0, 1, 2)),
        (2, "utf-16-le", (1,)),
        (2, "utf-16-be", (0,)),
    ):
        units = len(sample) // unit
        if units < 2:
            continue
        nuls = [sample[i : units * unit : unit].count(0) for i in range(unit)]
        # Mostly-ASCII text: the high bytes of most units are NUL, the low byte of almost none.
        if all(nuls[i] >= 0.6 * units for i in nul_at) and all(
            nuls[i] <= 0.05 * units for i in range(unit) if i not in nul_at
        ):
            found = order
            break
    if found is None:
        raise InputError(f"{name}: binary data (NUL bytes) is not a report")
    try:
        return data.decode(found)
    except UnicodeDecodeError as e:
        family = found[:6].upper()
        raise InputError(
            f"{name}: looks like {family} without a byte order mark but is not valid {found} "
            f"(byte {e.start}); pass the encoding (encoding=, --encoding) or save it with a "
            "byte order mark"
        ) from e


def _detect(data: bytes) -> str:
    """``data`` in the most plausible of :data:`CANDIDATES` (Latin-1 decodes any bytes)."""
    # Single-byte code pages: a character's index in the text is its byte's index in the data.
    spans: list[tuple[int, int]] = []
    end = 0
    for match in _HIGH_RUN.finditer(data):
        start, stop = match.span()
        if start < end:  # inside the word of the run before
            continue
        if len(spans) >= _MAX_RUNS:
            break
        # Widen to the whole word: its ASCII letters, and any other non-ASCII runs in it.
        while start > end and _in_word(data[start - 1]):
            start -= 1
        while stop < len(data) and _in_word(data[stop]):
            stop += 1
        spans.append((max(start - 1, 0), stop + 1))
        end = stop
    best: tuple[float, str] | None = None
    for codec in CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = sum(_implausibility(text[a:b]) for a, b in spans)
        if best is None or score < best[0]:
            best = (score, text)
    assert best is not None  # noqa: S101 - Latin-1 decodes any bytes
    return best[1]


def _in_word(byte: int) -> bool:
    return byte >= 0x80 or 0x41 <= (byte & 0xDF) <= 0x5A  # an ASCII letter


def _script(char: str) -> str:
    if "\u0400" <= char <= "\u04ff":
        return "cyrillic"
    if "\u0370" <= char <= "\u03ff":
        return "greek"
    return "latin"


def _implausibility(snippet: str) -> float:
    """How unlikely a candidate's reading of some non-ASCII characters is in news text."""
    score: float = 0
    for char in snippet:
        if char.isascii():
            continue
        if char in _TYPOGRAPHIC:
            score += _TYPOGRAPHIC_BONUS
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            score += _C1_CONTROL
        elif category[0] == "L":
            script = _script(char)
            if script == "greek":
                score += _ODD_SYMBOL
            elif script == "latin" and category == "Lu":
                score += _UPPER_ACCENT
            elif script == "latin" and category not in ("Ll", "Lu"):
                score += _ODD_SYMBOL  # "ª", "º" and the like
        elif char not in _USUAL_SYMBOLS and category not in ("Pd", "Pi", "Pf", "Po", "Zs"):
            score += _ODD_SYMBOL
    for match in _WORD.finditer(snippet):
        word = match.group()
        if word.isascii():
            continue
        scripts = {_script(c) for c in word}
        if len(scripts) > 1:
            score += _MIXED_SCRIPTS
        if not (word.islower() or word.isupper() or word[1:].islower() or len(word) == 1):
            score += _ODD_SHAPE
        if len(word) == 1 and _script(word) == "latin":
            score += _LONE_LETTER
        if scripts == {"latin"}:
            score += _ACCENT_RUN * sum(
                1 for a, b in itertools.pairwise(word) if not a.isascii() and not b.isascii()
            )
    return score


def check_text(text: str, name: str) -> str:
    """The text with newlines normalised.

    Raises:
        InputError: the text holds NUL characters or nothing but white space.
    """
    if "\x00" in text:
        raise InputError(f"{name}: binary data (NUL characters) is not a report")
    if not text.strip():
        raise InputError(f"{name}: holds no text")
    return normalise_newlines(text)
