"""XML serializer (placeholder until written)."""

from __future__ import annotations

from ..models import Summit


def to_xml(summit: Summit) -> bytes:
    """Not yet written."""
    raise NotImplementedError


def from_xml(data: bytes | str) -> Summit:
    """Not yet written."""
    raise NotImplementedError
