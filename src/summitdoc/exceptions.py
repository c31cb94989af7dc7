"""The exceptions summitdoc raises.

Everything summitdoc raises on bad input derives from :class:`SummitdocError`, so one
``except summitdoc.SummitdocError`` is enough for a caller that wants to keep going.
"""

from __future__ import annotations

__all__ = [
    "DataError",
    "InputError",
    "ParseError",
    "ParseTimeoutError",
    "SchemaVersionError",
    "SerializationError",
    "SummitdocError",
    "UnsafeXMLError",
    "ValidationError",
]


class SummitdocError(Exception):
    """Root of every error summitdoc raises on purpose."""


class ValidationError(SummitdocError, ValueError):
    """A model was built with values that break its invariants.

    ``path`` is the JSON-style path of the offending field (``$.speeches[3].span``) when it is
    known, else ``"$"``.
    """

    def __init__(self, message: str, path: str = "$") -> None:
        self.path = path
        self.message = message
        super().__init__(f"{message} @ {path}" if path != "$" else message)


class SerializationError(SummitdocError, ValueError):
    """A JSON or XML document could not be read into, or written from, a summit.

    ``path`` names the offending field (``$.speeches[3].quotes[0].span``) when it is known.
    """

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{message} @ {path}" if path else message)


class SchemaVersionError(SerializationError):
    """The document declares a ``schema_version`` this version of summitdoc does not know."""


class UnsafeXMLError(SerializationError):
    """The XML document uses a feature refused for safety (a DOCTYPE, entities)."""


class InputError(SummitdocError, ValueError):
    """A report could not be read: missing, unreadable, empty, binary, too large, undecodable."""


class ParseError(SummitdocError, ValueError):
    """A report was read but could not be parsed (for example, no parser accepts it)."""


class ParseTimeoutError(SummitdocError):
    """A report took longer than its ``timeout`` (of ``parse``, ``parse_text``, ``parse_many``).

    The message names the report and, for ``parse`` and ``parse_text``, the step it had reached.
    """


class DataError(SummitdocError):
    """A knowledge data file shipped with summitdoc or added by a user is malformed."""
