"""The ``schema_version`` check both formats make before reading anything else."""

from __future__ import annotations

from ..exceptions import SchemaVersionError
from ..models import SCHEMA_VERSION

__all__ = ["check_version"]


def check_version(version: object) -> None:
    """Refuse a document written in a schema version this summitdoc does not read."""
    if version != SCHEMA_VERSION:
        raise SchemaVersionError(
            f"unknown schema_version {version!r}; this summitdoc reads version {SCHEMA_VERSION!r}",
            "$.schema_version",
        )
