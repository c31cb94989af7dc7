"""Bytes to text: BOM, else UTF-8, else a charset detector; newlines normalised.

Decoding never substitutes a replacement character: bytes that no candidate encoding decodes
cleanly are an :class:`~summitdoc.InputError`.
"""

from __future__ import annotations

import codecs
from typing import Final

from ...exceptions import InputError

__all__ = ["DEFAULT_MAX_BYTES", "check_text", "decode", "normalise_newlines"]

#: Reports larger than this are refused unless the caller raises the limit (50 MiB).
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def normalise_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` become ``\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode a report's bytes.

    Raises:
        InputError: the bytes are empty, binary (NUL bytes outside UTF-16/32), or undecodable.
    """
    if not data:
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{name}: starts with a {encoding} byte order mark but is not valid {encoding} "
                    f"(byte {e.start + len(bom)})"
                ) from e
            return check_text(text, name)
    if b"\x00" in data:
        raise InputError(f"{name}: binary data (NUL bytes) is not a report")
    try:
        return check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    return check_text(_detect(data, name), name)


def _detect(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only needed for non-UTF-8 input

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: the text encoding could not be determined")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as e:  # pragma: no cover - detector checked it
        raise InputError(f"{name}: not decodable as {best.encoding}") from e


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
