"""JSON: one cattrs converter, configured in one place.

Every hook lives in :func:`configure_converter`; the models carry no ``to_dict`` methods. Loading
is strict: a missing key, an extra key or a value of the wrong type is an error that names the
path of the field (``$.speeches[3].quotes[0].span``), never a silent coercion.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter

from ..exceptions import SerializationError, ValidationError
from ..models import OPTIONAL_KEY, DecisionKind, MeetingKind, Summit
from ._version import check_version

if typing.TYPE_CHECKING:
    import enum

__all__ = ["configure_converter", "from_json", "make_converter", "to_json"]

_T = TypeVar("_T")
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class _MissingKeyError(KeyError):
    def __init__(self, keys: list[str]) -> None:
        super().__init__(keys)
        self.keys = keys

    def __str__(self) -> str:
        return (
            "missing required key"
            + ("s " if len(self.keys) > 1 else " ")
            + ", ".join(repr(k) for k in self.keys)
        )


def _strict(kind: type[_T], label: str) -> Callable[[Any, type], _T]:
    def structure(value: Any, _: type) -> _T:
        # bool is an int subclass; True is never a valid year or offset.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {label}, got {_json_type(value)}")
        return value

    return structure


def _json_type(value: object) -> str:
    names = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _structure_date(value: Any, _: type) -> dt.date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise ValueError(f"expected a date as 'YYYY-MM-DD', got {value!r}")
    return dt.date.fromisoformat(value)


def _enum_hook(kind: type[enum.Enum]) -> Callable[[Any, type], enum.Enum]:
    allowed = ", ".join(repr(m.value) for m in kind)

    def structure(value: Any, _: type) -> enum.Enum:
        try:
            return kind(value)
        except ValueError:
            raise ValueError(f"expected one of {allowed}, got {value!r}") from None

    return structure


def _is_homogeneous_tuple(t: Any) -> bool:
    return typing.get_origin(t) is tuple and typing.get_args(t)[1:] == (Ellipsis,)


def _array_hook(converter: JsonConverter) -> Callable[[Any], Callable[[Any, type], Any]]:
    def factory(t: Any) -> Callable[[Any, type], Any]:
        item = typing.get_args(t)[0]
        inner = converter.get_structure_hook(item)

        def structure(value: Any, _: type) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise TypeError(f"expected an array, got {_json_type(value)}")
            out = []
            errors = []
            for i, x in enumerate(value):
                try:
                    out.append(inner(x, item))
                except Exception as e:  # noqa: BLE001 - collected and re-raised as a group
                    e.__notes__ = [
                        *getattr(e, "__notes__", []),
                        IterableValidationNote(f"Structuring {t} @ index {i}", i, item),
                    ]
                    errors.append(e)
                    break
            if errors:
                raise IterableValidationError(f"While structuring {t}", errors, t)
            return tuple(out)

        return structure

    return factory


def configure_converter(converter: JsonConverter) -> None:
    """Register every hook summitdoc's JSON format needs on ``converter``."""
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    # Registered by type: the str hook above would otherwise also catch these StrEnums.
    for kind in (DecisionKind, MeetingKind):
        converter.register_structure_hook(kind, _enum_hook(kind))
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _array_hook(converter))

    def attrs_hook(cl: type[Any]) -> Callable[[Any, type], Any]:
        inner = make_dict_structure_fn(cl, converter, _cattrs_forbid_extra_keys=True)
        names = [a.name for a in attrs.fields(cl) if not a.metadata.get(OPTIONAL_KEY)]

        def structure(value: Any, _: type) -> Any:
            if not isinstance(value, Mapping):
                raise TypeError(f"expected an object, got {_json_type(value)}")
            missing = [n for n in names if n not in value]
            if missing:
                raise _MissingKeyError(missing)
            return inner(value, cl)

        return structure

    converter.register_structure_hook_factory(attrs.has, attrs_hook)

    # Fields added after version 1 of the contract are left out when None, so files written
    # before them (the gold files) load and are written back byte for byte.
    def omitting_hook(cl: type[Any]) -> Callable[[Any], Any]:
        omit: dict[str, Any] = dict.fromkeys(_optional_keys(cl), override(omit_if_default=True))
        return make_dict_unstructure_fn(cl, converter, **omit)

    converter.register_unstructure_hook_factory(
        lambda cl: attrs.has(cl) and bool(_optional_keys(cl)), omitting_hook
    )


def _optional_keys(cl: type[Any]) -> list[str]:
    return [a.name for a in attrs.fields(cl) if a.metadata.get(OPTIONAL_KEY)]


def make_converter() -> JsonConverter:
    """A new JSON converter configured for summitdoc's models."""
    converter = _make_json_converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(converter)
    return converter


_CONVERTER: Final = make_converter()


def to_json(summit: Summit, *, indent: int | None = None) -> str:
    """The summit as JSON text in the shape of the contract.

    Keys follow the contract's order and non-ASCII text is written as is, so the same summit
    always gives the same string; ``indent=2`` gives the layout of the gold files.
    """
    if not isinstance(summit, Summit):
        raise SerializationError(f"to_json expects a Summit, got {type(summit).__name__}")
    data = _CONVERTER.unstructure(summit)
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent)
    except (TypeError, ValueError) as e:  # pragma: no cover - the models admit only JSON types
        raise SerializationError(f"cannot write JSON: {e}") from e


def from_json(data: str | bytes | bytearray) -> Summit:
    """Load a summit from JSON text.

    Raises:
        SchemaVersionError: ``schema_version`` is missing or not one this version knows.
        SerializationError: the JSON is malformed or does not fit the models; the message and
            ``.path`` name the offending field.
    """
    if not isinstance(data, str | bytes | bytearray):
        raise SerializationError(f"from_json expects str or bytes, got {type(data).__name__}")
    try:
        raw = json.loads(utf8_text(data), object_pairs_hook=unique_keys)
    except SerializationError:  # a duplicate key, UTF-16 or UTF-32
        raise
    except UnicodeDecodeError as e:
        raise SerializationError(f"JSON is not valid UTF-8: {e.reason} at byte {e.start}") from e
    except json.JSONDecodeError as e:
        raise SerializationError(
            f"malformed JSON: {e.msg} (line {e.lineno} column {e.colno})"
        ) from e
    except RecursionError as e:
        raise SerializationError("malformed JSON: nested too deeply") from e
    except ValueError as e:  # an integer literal longer than int_max_str_digits
        raise SerializationError(f"malformed JSON: {e}") from e
    if not isinstance(raw, dict):
        raise SerializationError(f"expected a JSON object, got {_json_type(raw)}", "$")
    check_version(raw.get("schema_version"))
    try:
        return _CONVERTER.structure(raw, Summit)
    except (
        ClassValidationError,
        IterableValidationError,
        ValidationError,
        TypeError,
        ValueError,
        KeyError,
    ) as e:
        message, path = _first_error(e, "$")
        raise SerializationError(message, path) from e


def _first_error(exc: BaseException, path: str) -> tuple[str, str]:
    """The first leaf error of a cattrs exception group, with its JSON path."""
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            return _first_error(sub, f"{path}[{note.index!r}]")
        return _first_error(without[0], path)
    if isinstance(exc, ClassValidationError):
        by_field, unnamed = exc.group_exceptions()
        for sub, field_note in by_field:
            return _first_error(sub, f"{path}.{field_note.name}")
        return _first_error(unnamed[0], path)
    if isinstance(exc, ValidationError):
        return exc.message, path + exc.path[1:]
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown key" + ("s " if len(exc.extra_fields) > 1 else " ") + ", ".join(
            repr(k) for k in sorted(exc.extra_fields)
        ), path
    return str(exc), path


def utf8_text(data: str | bytes | bytearray) -> str:
    """JSON bytes as text: UTF-8 only (a UTF-8 byte order mark is allowed and dropped).

    ``json.loads`` would also read UTF-16 and UTF-32 bytes; the contract's JSON is UTF-8.

    Raises:
        SerializationError: UTF-16 or UTF-32 bytes.
        UnicodeDecodeError: bytes that are not UTF-8.
    """
    if isinstance(data, str):
        return data
    head = bytes(data[:4])
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 2 and b"\x00" in head):
        raise SerializationError(
            "JSON is not valid UTF-8: it looks like UTF-16 or UTF-32; save it as UTF-8"
        )
    # As json.loads decodes bytes: a lone surrogate written with "surrogatepass" reads back.
    return bytes(data).removeprefix(b"\xef\xbb\xbf").decode("utf-8", "surrogatepass")


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object's pairs as a dict; a key given twice is refused (the last would win silently).

    Raises:
        SerializationError: a duplicate key, named.
    """
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise SerializationError(f"duplicate key {key!r} in a JSON object")
        out[key] = value
    return out
