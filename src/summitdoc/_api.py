"""The top-level verbs: :func:`parse` and :func:`parse_text`."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from .exceptions import InputError, ParseError, SummitdocError
from .parsers._base import Parser
from .parsers._discovery import choose_parser, get_parser
from .parsers.intake.decode import DEFAULT_MAX_BYTES, check_text, decode
from .parsers.intake.html import looks_like_html

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


def parse(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    parser: str | Parser | None = None,
    date: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Summit:
    """Parse a report (plain text or a saved HTML page) from a path or a binary file.

    Args:
        source: a path, or a file object opened in binary mode.
        parser: a registered parser's name (or a parser); by default the best fit is chosen.
        date: the summit's date when the text does not give it.
        outlet: the outlet's name when the text does not give it.
        max_bytes: refuse larger inputs (default 50 MiB).

    Raises:
        InputError: the source cannot be read or decoded.
        ParseError: no parser could handle it.
    """
    data, path = _read(source, max_bytes)
    text = decode(data, name=path or "<stream>")
    return parse_text(text, parser=parser, date=date, outlet=outlet, path=path)


def parse_text(
    text: str,
    *,
    parser: str | Parser | None = None,
    date: dt.date | None = None,
    outlet: str | None = None,
    path: str | None = None,
) -> Summit:
    r"""Parse a report given as a string (newlines are normalised: ``\r\n`` -> ``\n``).

    Raises:
        InputError: the text is empty or not a report.
        ParseError: no parser could handle it.
    """
    if not isinstance(text, str):
        raise InputError(
            f"parse_text() takes a str, not {type(text).__name__}; use parse() for bytes"
        )
    if date is not None and (isinstance(date, dt.datetime) or not isinstance(date, dt.date)):
        raise ParseError(f"date must be a datetime.date, not {type(date).__name__}")
    text = check_text(text, path or "<text>")
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
    try:
        return chosen.parse_text(text, path=path, date=date, outlet=outlet, layout_hints=hints)
    except SummitdocError:
        raise
    except RecursionError as e:  # pragma: no cover - guarded by design; never a bare traceback
        raise ParseError(f"{path or '<text>'}: too deeply nested to parse") from e
