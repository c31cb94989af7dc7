"""The JSON Schema shipped with summitdoc, and validation of JSON text against it.

The schema, ``schema/summit.schema.json``, is written by hand and describes exactly what
:func:`summitdoc.to_json` writes; ``tests/test_schema.py`` keeps it true to the models. A schema
can only check shape: unique ids, participant references, spans inside ``source.text`` and the
hash are checked by :func:`summitdoc.from_json`, which :func:`validate_json` runs once the shape
is right.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from jsonschema import Draft202012Validator

from .exceptions import SerializationError
from .serialize import from_json
from .serialize._json import unique_keys, utf8_text

if TYPE_CHECKING:
    from collections.abc import Iterable

    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = ["json_schema", "validate_json"]

_SCHEMA_FILE = ("schema", "summit.schema.json")


@functools.cache
def _schema() -> dict[str, Any]:
    text = resources.files("summitdoc").joinpath(*_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def _validator() -> Draft202012Validator:
    schema = _schema()
    Draft202012Validator.check_schema(schema)
    # ``format`` only annotates by default in 2020-12; a date must also be a real date.
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of summitdoc's JSON output (draft 2020-12), as a new dict on every call."""
    return copy.deepcopy(_schema())


def validate_json(data: str | bytes) -> list[str]:
    """Check JSON text against the shipped schema, then against the models' invariants.

    Returns:
        One human-readable message per problem, ``"$.speeches[3].quotes[0].span: ..."``, sorted
        by path; an empty list when :func:`summitdoc.from_json` would accept the text. Text that
        is not JSON, or bytes that are not UTF-8, give a single message at ``$``. The invariants
        no schema can express (unique ids, references to participants, spans inside the text, the
        hash) are checked only when the shape is right, and report the first problem found.
    """
    try:
        instance = json.loads(utf8_text(data), object_pairs_hook=unique_keys)
    except SerializationError as e:  # a duplicate key, UTF-16 or UTF-32
        return [f"$: {e.message}"]
    except UnicodeDecodeError as e:
        return [f"$: not valid UTF-8: {e.reason} at byte {e.start}"]
    except json.JSONDecodeError as e:
        return [f"$: not valid JSON: {e.msg} (line {e.lineno} column {e.colno})"]
    except RecursionError:
        return ["$: not valid JSON: nested too deeply"]
    except ValueError as e:  # an integer literal longer than int_max_str_digits
        return [f"$: not valid JSON: {e}"]
    errors = sorted(_validator().iter_errors(instance), key=_sort_key)
    if errors:
        return [f"{_path(e.absolute_path)}: {e.message}" for e in errors]
    try:
        from_json(data)
    except SerializationError as e:
        return [f"{e.path or '$'}: {e.message}"]
    return []


def _sort_key(error: SchemaError) -> tuple[list[tuple[bool, int | str]], str]:
    # Keys and indices never meet at the same depth under one parent; the flag keeps the
    # comparison total anyway.
    return [(isinstance(p, str), p) for p in error.absolute_path], error.message


def _path(parts: Iterable[str | int]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out
