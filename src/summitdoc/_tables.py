"""Tables: summits flattened into one table per kind of item, for pandas, polars, R or DuckDB.

:func:`tables` returns a :class:`Table` for each kind (``summits``, ``participants``,
``speeches``, ``quotes``, ``decisions``, ``statements``, ``meetings``, ``captions``). Every row is
keyed by ``summit_id`` (:func:`summit_id`: the first 16 hex digits of ``source.sha256``, so the
same text always gets the same id) and ``id`` (the item's id; captions, which have none, get
``caption-1``, ``caption-2``, ... in order). Spans are the ``start`` and ``end`` columns.

:data:`COLUMNS` is the one definition of the columns and their types; the CSV and Parquet
writers both follow it. CSV needs only the standard library; Parquet needs pyarrow
(``pip install 'summitdoc[parquet]'``) and keeps the column types.

>>> import summitdoc
>>> from summitdoc.models import Source, Summit
>>> t = summitdoc.tables([Summit(title="Summit", source=Source(text="Text."))])
>>> t["summits"].column("title")
('Summit',)
>>> len(t["quotes"])
0
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

from attrs import field, frozen

from ._files import atomic_path
from .exceptions import InputError, SerializationError
from .models import Span, Summit
from .serialize import from_json, from_xml

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = [
    "COLUMNS",
    "Column",
    "Table",
    "read_csv",
    "read_summits",
    "summit_id",
    "tables",
    "to_arrow",
    "write_csv",
    "write_parquet",
]

#: The types a column may have. Lists are JSON arrays in CSV, list columns in Parquet; dates are
#: ``YYYY-MM-DD`` in CSV, ``date32`` in Parquet.
ColumnType = Literal["string", "int64", "date", "list<string>", "list<int64>"]

#: A cell: ``None`` only in a nullable column.
Value = str | int | dt.date | tuple[str, ...] | tuple[int, ...] | None


@frozen
class Column:
    """One column of a table: its name, type, whether it may be null, and what it holds."""

    name: str
    type: ColumnType
    nullable: bool
    description: str


@frozen
class Table:
    """One table: its name, its columns (from :data:`COLUMNS`) and its rows, in order."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...] = field(repr=lambda rows: f"<{len(rows)} rows>")

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> tuple[Value, ...]:
        """The values of one column, one per row.

        Raises:
            KeyError: the table has no such column.
        """
        i = self.column_names.index(name) if name in self.column_names else -1
        if i < 0:
            raise KeyError(name)
        return tuple(row[i] for row in self.rows)

    def to_pylist(self) -> list[dict[str, Value]]:
        """The rows as dicts of column name to value (``pandas.DataFrame(t.to_pylist())``)."""
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows]


def _c(name: str, kind: ColumnType, description: str, *, nullable: bool = False) -> Column:
    return Column(name, kind, nullable, description)


_KEY: Final = (
    _c("summit_id", "string", "the summit's id: the first 16 hex digits of source.sha256"),
    _c("id", "string", "the item's id, unique inside its summit"),
)
_SPAN: Final = (
    _c("start", "int64", "where the item's passage starts in source.text (a Python index)"),
    _c("end", "int64", "where it ends (exclusive)"),
)


def _opt(name: str, kind: ColumnType, description: str) -> Column:
    return _c(name, kind, description, nullable=True)


#: Every table's columns, in order: the one definition both writers follow.
COLUMNS: Final[Mapping[str, tuple[Column, ...]]] = {
    "summits": (
        _KEY[0],
        _c("schema_version", "string", "the JSON contract version"),
        _opt("title", "string", "headline"),
        _opt("subtitle", "string", "standfirst under the headline"),
        _opt("name", "string", "the meeting itself"),
        _opt("organisation", "string", "the organisation's full name"),
        _opt("acronym", "string", "its acronym"),
        _opt("city", "string", "host city"),
        _opt("country", "string", "host country"),
        _opt("date", "date", "the summit's date"),
        _c("formats", "list<string>", "session formats named"),
        _opt("duration", "string", "as written"),
        _opt("source_path", "string", "where the text was read from"),
        _opt("source_outlet", "string", "the outlet"),
        _c("source_language", "string", "the text's language"),
        _c("source_sha256", "string", "SHA-256 of the text"),
        _opt("source_parser", "string", "the parser that made the summit"),
        _opt("source_summitdoc_version", "string", "the summitdoc version that made it"),
        _c("source_text", "string", "the text that was parsed; every span indexes it"),
    ),
    "participants": (
        *_KEY,
        _c("name", "string", "the name as written in full"),
        _opt("role", "string", "President, Prime Minister, ..."),
        _opt("country", "string", "the country they represent"),
        _opt("organisation", "string", "for officials of an organisation"),
        _c("aliases", "list<string>", "other ways the text refers to them"),
        _c("mention_starts", "list<int64>", "where each mention starts"),
        _c("mention_ends", "list<int64>", "where each mention ends"),
    ),
    "speeches": (
        *_KEY,
        _opt("speaker", "string", "participant id"),
        _opt("setting", "string", "narrow format, press conference, ..."),
        _opt("topic", "string", "the section heading"),
        *_SPAN,
    ),
    "quotes": (
        *_KEY,
        _c("speech_id", "string", "the id of the speech the quote belongs to"),
        _opt("speaker", "string", "participant id"),
        _c("text", "string", "the quoted words"),
        _opt("cue", "string", "the attribution as written"),
        *_SPAN,
    ),
    "decisions": (
        *_KEY,
        _c("kind", "string", "presidency, award, treaty, agreement, ..."),
        _c("text", "string", "the decision in the report's words"),
        _opt("subject", "string", "who or what it concerns"),
        _opt("year", "int64", "the year it concerns"),
        *_SPAN,
    ),
    "statements": (
        *_KEY,
        _c("topic", "string", "what the statement is about"),
        _opt("issuer", "string", "who adopted it"),
        _c("countries", "list<string>", "the issuing countries"),
        _c("points", "list<string>", "its content, one sentence or clause each"),
        *_SPAN,
    ),
    "meetings": (
        *_KEY,
        _c("kind", "string", "bilateral or multilateral"),
        _c("participants", "list<string>", "participant ids"),
        _c("topics", "list<string>", "topics discussed"),
        _c("agreements", "list<string>", "what was agreed or proposed"),
        *_SPAN,
    ),
    "captions": (
        *_KEY,
        _c("text", "string", "the caption"),
        _opt("credit", "string", "the photo credit"),
        *_SPAN,
    ),
}

#: The tables, in order.
TABLE_NAMES: Final = tuple(COLUMNS)


def summit_id(summit: Summit) -> str:
    """The summit's id in the tables: the first 16 hex digits of its ``source.sha256``."""
    return summit.source.sha256[:16]


def _summit_row(s: Summit, sid: str) -> dict[str, Value]:
    src = s.source
    return {
        "summit_id": sid,
        **{n: getattr(s, n) for n in ("schema_version", "title", "subtitle", "name")},
        **{n: getattr(s, n) for n in ("organisation", "acronym", "city", "country", "date")},
        "formats": s.formats,
        "duration": s.duration,
        "source_path": src.path,
        "source_outlet": src.outlet,
        "source_language": src.language,
        "source_sha256": src.sha256,
        "source_parser": src.parser,
        "source_summitdoc_version": src.summitdoc_version,
        "source_text": src.text,
    }


def _span(span: Span) -> dict[str, Value]:
    return {"start": span.start, "end": span.end}


def _rows(s: Summit) -> Iterator[tuple[str, dict[str, Value]]]:
    """``(table, row)`` for every item of one summit, in the summit's order."""
    sid = summit_id(s)
    yield "summits", _summit_row(s, sid)
    for p in s.participants:
        yield (
            "participants",
            {
                "summit_id": sid,
                "id": p.id,
                "name": p.name,
                "role": p.role,
                "country": p.country,
                "organisation": p.organisation,
                "aliases": p.aliases,
                "mention_starts": tuple(m.start for m in p.mentions),
                "mention_ends": tuple(m.end for m in p.mentions),
            },
        )
    for sp in s.speeches:
        yield (
            "speeches",
            {
                "summit_id": sid,
                "id": sp.id,
                "speaker": sp.speaker,
                "setting": sp.setting,
                "topic": sp.topic,
                **_span(sp.span),
            },
        )
    for sp in s.speeches:
        for q in sp.quotes:
            yield (
                "quotes",
                {
                    "summit_id": sid,
                    "id": q.id,
                    "speech_id": sp.id,
                    "speaker": q.speaker,
                    "text": q.text,
                    "cue": q.cue,
                    **_span(q.span),
                },
            )
    for d in s.decisions:
        yield (
            "decisions",
            {
                "summit_id": sid,
                "id": d.id,
                "kind": d.kind.value,
                "text": d.text,
                "subject": d.subject,
                "year": d.year,
                **_span(d.span),
            },
        )
    for st in s.statements:
        yield (
            "statements",
            {
                "summit_id": sid,
                "id": st.id,
                "topic": st.topic,
                "issuer": st.issuer,
                "countries": st.countries,
                "points": st.points,
                **_span(st.span),
            },
        )
    for m in s.meetings:
        yield (
            "meetings",
            {
                "summit_id": sid,
                "id": m.id,
                "kind": m.kind.value,
                "participants": m.participants,
                "topics": m.topics,
                "agreements": m.agreements,
                **_span(m.span),
            },
        )
    for i, c in enumerate(s.captions, 1):
        yield (
            "captions",
            {
                "summit_id": sid,
                "id": f"caption-{i}",
                "text": c.text,
                "credit": c.credit,
                **_span(c.span),
            },
        )


def tables(summits: Summit | Iterable[Summit]) -> dict[str, Table]:
    """One :class:`Table` per kind of item, in the order of :data:`COLUMNS`.

    Rows follow the summits' order, and inside a summit the order of its lists (quotes: speech
    by speech). Nothing is left out: each table has one row per item of its kind.

    Raises:
        SerializationError: an item is not a :class:`~summitdoc.Summit`.
    """
    if isinstance(summits, Summit):
        summits = [summits]
    found: dict[str, list[dict[str, Value]]] = {name: [] for name in COLUMNS}
    for s in summits:
        if not isinstance(s, Summit):
            raise SerializationError(f"tables() takes summits, not {type(s).__name__}")
        for name, row in _rows(s):
            found[name].append(row)
    return {
        name: Table(name, cols, tuple(tuple(r[c.name] for c in cols) for r in found[name]))
        for name, cols in COLUMNS.items()
    }


# --- writing ---------------------------------------------------------------------------------


def _atomic(path: Path, write: Callable[[str], None]) -> None:
    """Call ``write`` on a temporary path beside ``path``, then rename it: never half written."""
    with atomic_path(path) as tmp:
        write(str(tmp))


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(tables: Mapping[str, Table], directory: str | os.PathLike[str]) -> list[Path]:
    """Write each table as ``directory/<name>.csv`` (UTF-8, a header row); return the paths.

    A null is an empty cell, as is an empty string (CSV cannot tell them apart); lists are JSON
    arrays; dates are ``YYYY-MM-DD``.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, table in tables.items():
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(table.column_names)
        writer.writerows([_csv_cell(v) for v in row] for row in table.rows)
        data = buffer.getvalue().encode("utf-8", "backslashreplace")
        path = out / f"{name}.csv"
        _atomic(path, functools.partial(_write_bytes, data=data))
        paths.append(path)
    return paths


def _write_bytes(path: str, *, data: bytes) -> None:
    Path(path).write_bytes(data)


def _csv_value(text: str, column: Column) -> Value:
    if text == "" and (column.nullable or column.type in ("int64", "date")):
        return None
    if column.type == "int64":
        return int(text)
    if column.type == "date":
        return dt.date.fromisoformat(text)
    if column.type.startswith("list<"):
        return tuple(json.loads(text))
    return text


def read_csv(directory: str | os.PathLike[str]) -> dict[str, Table]:
    """Read back the tables :func:`write_csv` wrote, with the types of :data:`COLUMNS`.

    Raises:
        InputError: a table's file is missing or its header is not the documented one.
    """
    out = {}
    for name, columns in COLUMNS.items():
        path = Path(directory) / f"{name}.csv"
        try:
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.reader(f)
                header = tuple(next(reader, ()))
                rows = [
                    tuple(_csv_value(v, c) for v, c in zip(row, columns, strict=True))
                    for row in reader
                ]
        except OSError as e:
            raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
        if header != tuple(c.name for c in columns):
            raise InputError(f"{path}: not a summitdoc {name} table (its header differs)")
        out[name] = Table(name, columns, tuple(rows))
    return out


PARQUET_HINT: Final = "Parquet needs pyarrow: pip install 'summitdoc[parquet]'"


def _pyarrow() -> tuple[Any, Any]:
    """``pyarrow`` and ``pyarrow.parquet``; ImportError saying how to install them if missing."""
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError as e:
        raise ImportError(PARQUET_HINT) from e


def _arrow_type(pa: Any, kind: ColumnType) -> Any:
    scalar = {"string": pa.string(), "int64": pa.int64(), "date": pa.date32()}
    if kind.startswith("list<"):
        return pa.list_(scalar[kind[5:-1]])
    return scalar[kind]


def arrow_schema(name: str) -> Any:
    """The ``pyarrow.Schema`` of a table, from :data:`COLUMNS` (descriptions as field metadata)."""
    pa, _ = _pyarrow()
    return pa.schema(
        [
            pa.field(
                c.name,
                _arrow_type(pa, c.type),
                nullable=c.nullable,
                metadata={"description": c.description},
            )
            for c in COLUMNS[name]
        ],
        metadata={"summitdoc.table": name},
    )


def to_arrow(table: Table) -> Any:
    """The table as a ``pyarrow.Table`` with the documented column types.

    Raises:
        ImportError: pyarrow is not installed.
    """
    pa, _ = _pyarrow()
    schema = arrow_schema(table.name)
    arrays = [
        pa.array([list(v) if isinstance(v, tuple) else v for v in table.column(c.name)], f.type)
        for c, f in zip(table.columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _write_arrow(pq: Any, arrow: Any, path: str) -> None:
    pq.write_table(arrow, path)


def write_parquet(
    tables: Mapping[str, Table], directory: str | os.PathLike[str], *, part: str | None = None
) -> list[Path]:
    """Write each table as ``directory/<name>.parquet``; return the paths.

    With ``part``, each table is a dataset instead: ``directory/<name>/<part>.parquet``.

    Raises:
        ImportError: pyarrow is not installed.
    """
    _, pq = _pyarrow()
    out = Path(directory)
    paths = []
    for name, table in tables.items():
        path = out / f"{name}.parquet" if part is None else out / name / f"{part}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        arrow = to_arrow(table)
        _atomic(path, functools.partial(_write_arrow, pq, arrow))
        paths.append(path)
    return paths


# --- reading summits -------------------------------------------------------------------------

_BOMS: Final = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def read_summits(path: str | os.PathLike[str]) -> Iterator[Summit]:
    """The summits a file holds: JSON, XML, JSON Lines (``summitdoc batch``), or a report.

    The kind is taken from the suffix (``.json``, ``.xml``, ``.jsonl``); any other file is
    looked at: ``<`` opens XML other than HTML, ``{`` JSON (a first line that is a whole object:
    JSON Lines); anything else is a report, parsed with :func:`summitdoc.parse`.

    Raises:
        InputError: the file cannot be read.
        SerializationError: a JSON, JSON Lines or XML document does not hold a valid summit.
        ParseError: a report cannot be parsed.
    """
    from ._api import parse  # noqa: PLC0415 - _api imports the parsers: only when needed

    file = Path(path)
    if file.is_dir():
        raise InputError(f"{file}: is a directory; give its files (for example {file}/*.json)")
    suffix = file.suffix.lower()
    if suffix not in (".json", ".jsonl", ".xml"):
        with _open(file) as f:
            head = f.read(512)
        for bom in _BOMS:
            head = head.removeprefix(bom)
        head = head.lstrip()
        lower = head[:100].lower()
        if head.startswith(b"{"):
            first = head.split(b"\n", 1)[0].rstrip()
            suffix = ".jsonl" if first.endswith(b"}") or b"\n" not in head else ".json"
        elif head.startswith(b"<") and b"<html" not in lower and b"<!doctype html" not in lower:
            suffix = ".xml"
        else:
            yield parse(file)
            return
    if suffix == ".jsonl":
        with _open(file) as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield from_json(line)
                    except SerializationError as e:
                        raise SerializationError(f"line {n}: {e.message}", e.path) from None
        return
    with _open(file) as f:
        data = f.read()
    yield from_xml(data) if suffix == ".xml" else from_json(data)


def _open(file: Path) -> io.BufferedReader:
    try:
        return file.open("rb")
    except FileNotFoundError:
        raise InputError(f"{file}: no such file") from None
    except OSError as e:
        raise InputError(f"{file}: cannot be read ({e.strerror or e})") from None
