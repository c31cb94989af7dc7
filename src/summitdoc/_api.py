"""The top-level verbs: :func:`parse` and :func:`parse_text`."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import math
import os
import re
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from ._provenance import stamp
from .exceptions import InputError, ParseError, ParseTimeoutError, SummitdocError
from .parsers._base import Parser
from .parsers._discovery import choose_parser, get_parser
from .parsers.intake.decode import DEFAULT_MAX_BYTES, check_encoding, check_text, decode
from .parsers.intake.html import looks_like_html
from .parsers.intake.sniff import check_sentences, sniff_text

if TYPE_CHECKING:
    from .models import Summit

__all__ = ["DEFAULT_MAX_BYTES", "parse", "parse_text"]

_ENTITY: Final = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def _read(source: str | os.PathLike[str] | IO[bytes], max_bytes: int) -> tuple[bytes, str | None]:
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        file = Path(path)
        try:
            if file.is_dir():
                raise InputError(f"{path}: is a directory, not a report")
            size = file.stat().st_size
            if size > max_bytes:
                raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
            with file.open("rb") as f:
                data = f.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory, not a report") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as e:
            raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
        if len(data) > max_bytes:
            raise InputError(f"{path}: over the limit of {max_bytes} bytes")
        return data, path
    read = getattr(source, "read", None)
    if read is None:
        raise InputError(
            f"parse() takes a path or a binary file object, not {type(source).__name__}; "
            "use parse_text() for a str"
        )
    name = getattr(source, "name", None)
    try:
        data = read(max_bytes + 1)
    except OSError as e:
        raise InputError(f"{name or '<stream>'}: cannot be read ({e})") from None
    if isinstance(data, str):
        raise InputError(f"{name or '<stream>'}: opened in text mode; open it with 'rb'")
    if len(data) > max_bytes:
        raise InputError(f"{name or '<stream>'}: over the limit of {max_bytes} bytes")
    return bytes(data), name if isinstance(name, str) else None


def check_timeout(timeout: object) -> None:
    """Refuse a ``timeout`` that is neither None nor a positive, finite number of seconds."""
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ValueError(f"timeout must be a positive number of seconds or None, not {timeout!r}")


def _deadline(timeout: float | None) -> float | None:
    """The :func:`time.monotonic` value a parse given ``timeout`` must end by (None: no limit)."""
    check_timeout(timeout)
    return None if timeout is None else time.monotonic() + timeout


def _time_left(deadline: float | None, name: str, reached: str) -> float | None:
    """The seconds left before ``deadline`` (None: no limit); ParseTimeoutError if none are."""
    if deadline is None:
        return None
    left = deadline - time.monotonic()
    if left <= 0:
        raise ParseTimeoutError(f"{name}: timed out {reached}")
    return left


def parse(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    parser: str | Parser | None = None,
    date: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    timeout: float | None = None,
) -> Summit:
    """Parse a report (plain text or a saved HTML page) from a path or a binary file.

    Args:
        source: a path, or a file object opened in binary mode.
        parser: a registered parser's name (or a parser); by default the best fit is chosen.
        date: the summit's date when the text does not give it.
        outlet: the outlet's name when the text does not give it.
        max_bytes: refuse larger inputs (default 50 MiB).
        encoding: the text encoding the bytes are in (``"cp1251"``, ``"windows-1252"``, any
            name Python knows); a byte order mark overrides it. By default the encoding is
            taken from a byte order mark, an HTML page's ``<meta charset>``, UTF-8, or else
            the most plausible of Windows-1252, Latin-1, Windows-1251 and Mac Roman.
        timeout: seconds of wall time the whole parse may take (default: no limit). It is
            checked after the report is read and decoded and between the parser's stages; a
            running stage is not interrupted.

    Raises:
        InputError: the source cannot be read or decoded, or is not a report (a PDF, an office
            document, JSON, XML other than an HTML page, text with no sentence in it);
            ``encoding`` is unknown or does not decode the bytes.
        ParseError: no parser could handle it.
        ParseTimeoutError: the parse took longer than ``timeout``.
        ValueError: ``timeout`` is not a positive number of seconds.
    """
    deadline = _deadline(timeout)
    if encoding is not None:
        check_encoding(encoding)
    data, path = _read(source, max_bytes)
    text = decode(data, name=path or "<stream>", encoding=encoding)
    left = _time_left(deadline, path or "<stream>", "after reading and decoding")
    return parse_text(text, parser=parser, date=date, outlet=outlet, path=path, timeout=left)


def parse_text(
    text: str,
    *,
    parser: str | Parser | None = None,
    date: dt.date | None = None,
    outlet: str | None = None,
    path: str | None = None,
    timeout: float | None = None,
) -> Summit:
    r"""Parse a report given as a string (newlines are normalised: ``\r\n`` -> ``\n``).

    ``timeout`` is the seconds of wall time the parse may take (default: no limit), checked
    between the parser's stages, as for :func:`parse`.

    Raises:
        InputError: the text is empty or not a report (JSON, XML other than an HTML page, a
            PDF's text, or text with no sentence in it).
        ParseError: no parser could handle it.
        ParseTimeoutError: the parse took longer than ``timeout``.
        ValueError: ``timeout`` is not a positive number of seconds.
    """
    deadline = _deadline(timeout)
    if not isinstance(text, str):
        raise InputError(
            f"parse_text() takes a str, not {type(text).__name__}; use parse() for bytes"
        )
    if date is not None and (isinstance(date, dt.datetime) or not isinstance(date, dt.date)):
        raise ParseError(f"date must be a datetime.date, not {type(date).__name__}")
    name = path or "<text>"
    text = check_text(text, name)
    # Not a report, said so: JSON, XML other than HTML (PDFs and office files are refused from
    # their bytes, by decode).
    sniff_text(text, name)
    hints = None
    # The parser is chosen on what was read: a saved page says more about its outlet than the
    # visible text does.
    chosen = (
        parser
        if isinstance(parser, Parser)
        else get_parser(parser)
        if parser
        else choose_parser(text)
    )
    if looks_like_html(text):
        text, hints = chosen.read_html(text, name=path or "<html>")
    elif _ENTITY.search(text):
        # Stray HTML entities in scraped plain text ("&quot;", "&#8220;") stand for characters;
        # the text is read as the characters they stand for.
        text = html.unescape(text)
    check_sentences(text, name)
    try:
        summit = chosen.parse_text(
            text, path=path, date=date, outlet=outlet, layout_hints=hints, deadline=deadline
        )
    except SummitdocError:
        raise
    except RecursionError as e:  # pragma: no cover - guarded by design; never a bare traceback
        raise ParseError(f"{path or '<text>'}: too deeply nested to parse") from e
    # Provenance: which parser made the summit, with which summitdoc.
    return stamp(summit, chosen)


def source_sha256(
    data: bytes, *, name: str, encoding: str | None = None, parser: str | Parser | None = None
) -> str:
    """The ``source.sha256`` that parsing ``data`` gives, without parsing it.

    It is the hash of the text the parser reads: the bytes decoded as :func:`parse` decodes them,
    an HTML page's visible text, stray entities read as characters (as :func:`parse_text` does).
    ``summitdoc batch --resume`` matches earlier output to its inputs by it; a difference from
    :func:`parse_text` would only make a report be parsed again.

    Raises:
        SummitdocError: the data is not a report (as :func:`parse` would raise).
    """
    text = check_text(decode(data, name=name, encoding=encoding), name)
    if looks_like_html(text):
        chosen = (
            parser
            if isinstance(parser, Parser)
            else get_parser(parser)
            if parser
            else choose_parser(text)
        )
        text, _ = chosen.read_html(text, name=name)
    elif _ENTITY.search(text):
        text = html.unescape(text)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
