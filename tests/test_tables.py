"""Tables (``summitdoc.tables``, ``summitdoc tables``) and provenance (``source.parser``, ...).

The tables are checked against the summits they came from, row by row: one row per item, keyed
by the summit's id and the item's id, each column holding the item's value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import summitdoc
from summitdoc import _tables, cli
from summitdoc._schema import validate_json
from summitdoc.models import Caption, Source, Summit
from summitdoc.serialize._xml import validate_xml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture(scope="module")
def summits() -> list[Summit]:
    """The seed, parsed, and the gold files (old JSON, without provenance) where present."""
    found = [summitdoc.parse(SEED)]
    found += [summitdoc.from_json(p.read_bytes()) for p in sorted(GOLD.glob("*.json"))]
    return found


# -- what each row must hold -------------------------------------------------------------------


def _items(summit: Summit) -> dict[str, list[tuple[str, object, dict[str, Any]]]]:
    """Per table: (id, item, the columns not read from the item's attribute of the same name)."""
    src = summit.source
    out: dict[str, list[tuple[str, object, dict[str, Any]]]] = {
        "summits": [
            (
                "",
                summit,
                {
                    f"source_{n}": getattr(src, n)
                    for n in ("path", "outlet", "language", "sha256", "parser", "text")
                }
                | {"source_summitdoc_version": src.summitdoc_version},
            )
        ],
        "participants": [
            (
                p.id,
                p,
                {
                    "mention_starts": tuple(m.start for m in p.mentions),
                    "mention_ends": tuple(m.end for m in p.mentions),
                },
            )
            for p in summit.participants
        ],
        "speeches": [(s.id, s, {}) for s in summit.speeches],
        "quotes": [(q.id, q, {"speech_id": s.id}) for s in summit.speeches for q in s.quotes],
        "decisions": [(d.id, d, {"kind": d.kind.value}) for d in summit.decisions],
        "statements": [(s.id, s, {}) for s in summit.statements],
        "meetings": [(m.id, m, {"kind": m.kind.value}) for m in summit.meetings],
        "captions": [(f"caption-{i}", c, {}) for i, c in enumerate(summit.captions, 1)],
    }
    return out


def check_against(rows: dict[str, list[dict[str, Any]]], summits: list[Summit]) -> None:
    """Every row of every table is an item of the summits, in order, and every item has its row."""
    for name, columns in _tables.COLUMNS.items():
        expected = [
            (_tables.summit_id(s), ident, item, extra)
            for s in summits
            for ident, item, extra in _items(s)[name]
        ]
        got = rows[name]
        assert len(got) == len(expected), name
        for row, (sid, ident, item, extra) in zip(got, expected, strict=True):
            assert list(row) == [c.name for c in columns]
            assert row["summit_id"] == sid
            if name != "summits":
                assert row["id"] == ident
            for column in columns:
                if column.name in ("summit_id", "id"):
                    continue
                if column.name in extra:
                    want = extra[column.name]
                elif column.name in ("start", "end"):
                    want = getattr(item.span, column.name)  # type: ignore[attr-defined]
                else:
                    want = getattr(item, column.name)
                assert row[column.name] == want, (name, ident, column.name)


def _as_rows(found: dict[str, _tables.Table]) -> dict[str, list[dict[str, Any]]]:
    return {name: t.to_pylist() for name, t in found.items()}


# -- summitdoc.tables --------------------------------------------------------------------------


def test_one_row_per_item_keyed_by_summit_and_item(summits: list[Summit]) -> None:
    found = summitdoc.tables(summits)
    assert list(found) == list(_tables.COLUMNS)
    check_against(_as_rows(found), summits)
    for table in found.values():
        assert table.columns == _tables.COLUMNS[table.name]
    # Inside one summit the item id is unique; the same text (the seed and its gold file) gives
    # the same summit id.
    for summit in summits:
        for table in summitdoc.tables(summit).values():
            ids = table.column("id") if table.name != "summits" else ()
            assert len(ids) == len(set(ids)), table.name


def test_summit_id_is_stable_and_derived_from_the_hash() -> None:
    a = Summit(source=Source(text="Text."))
    b = Summit(title="Another title", source=Source(text="Text.", path="x.txt"))
    assert _tables.summit_id(a) == _tables.summit_id(b) == a.source.sha256[:16]
    assert summitdoc.tables(a)["summits"].column("summit_id") == (a.source.sha256[:16],)


def test_tables_refuses_what_is_not_a_summit() -> None:
    with pytest.raises(summitdoc.SerializationError, match="takes summits"):
        summitdoc.tables([{"title": "x"}])  # type: ignore[list-item]


def test_captions_get_ids_in_order() -> None:
    text = "One. Two."
    s = Summit(
        source=Source(text=text),
        captions=[
            Caption(text="One.", span=summitdoc.Span(start=0, end=4)),
            Caption(text="Two.", credit="BELTA", span=summitdoc.Span(start=5, end=9)),
        ],
    )
    t = summitdoc.tables(s)["captions"]
    assert t.column("id") == ("caption-1", "caption-2")
    assert t.column("credit") == (None, "BELTA")


def test_column_lookup() -> None:
    t = summitdoc.tables([])["quotes"]
    assert len(t) == 0
    assert t.column("text") == ()
    with pytest.raises(KeyError):
        t.column("nope")


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_round_trip(summits: list[Summit], tmp_path: Path) -> None:
    found = summitdoc.tables(summits)
    paths = _tables.write_csv(found, tmp_path)
    assert [p.name for p in paths] == [f"{n}.csv" for n in _tables.COLUMNS]
    back = _tables.read_csv(tmp_path)
    # CSV has one empty cell for null and "": in a nullable column "" comes back as None.
    for name, table in found.items():
        nullable = [c.nullable for c in table.columns]
        want = [
            tuple(None if v == "" and n else v for v, n in zip(row, nullable, strict=True))
            for row in table.rows
        ]
        assert list(back[name].rows) == want, name


def test_csv_cells() -> None:
    s = Summit(
        date=dt.date(2024, 10, 8),
        formats=["narrow", 'with "quotes", commas'],
        source=Source(text="Line one,\nline two."),
    )
    with_cells = summitdoc.tables(s)["summits"].to_pylist()[0]
    assert with_cells["date"] == dt.date(2024, 10, 8)
    assert _tables._csv_cell(s.formats) == '["narrow", "with \\"quotes\\", commas"]'


def test_read_csv_refuses_other_files(tmp_path: Path) -> None:
    _tables.write_csv(summitdoc.tables([]), tmp_path)
    (tmp_path / "quotes.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(summitdoc.InputError, match="not a summitdoc quotes table"):
        _tables.read_csv(tmp_path)


# -- the command -------------------------------------------------------------------------------


@pytest.fixture
def inputs(summits: list[Summit], tmp_path: Path) -> tuple[list[str], list[Summit]]:
    """The summits as every kind of input: a report, JSON, XML, JSON Lines, JSON without suffix."""
    rest = summits[1:] or [summits[0]]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.xml").write_bytes(summitdoc.to_xml(rest[0], indent=2))
    (folder / "batch.jsonl").write_text(
        "".join(summitdoc.to_json(s) + "\n" for s in rest[1:4]), encoding="utf-8"
    )
    (folder / "two.json").write_text(summitdoc.to_json(rest[-1], indent=2), encoding="utf-8")
    (folder / "three.out").write_text(summitdoc.to_json(rest[-1], indent=2), encoding="utf-8")
    (folder / "four.out").write_text(summitdoc.to_json(rest[0]) + "\n", encoding="utf-8")
    (folder / "five.out").write_bytes(summitdoc.to_xml(rest[0]))
    names = ["one.xml", "batch.jsonl", "two.json", "three.out", "four.out", "five.out"]
    expected = [rest[0], *rest[1:4], rest[-1], rest[-1], rest[0], rest[0]]
    return [str(SEED), *(str(folder / n) for n in names)], [summits[0], *expected]


def test_cli_writes_csv(
    inputs: tuple[list[str], list[Summit]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, expected = inputs
    assert cli.main(["tables", *paths, "-o", str(tmp_path / "out")]) == 0
    assert "wrote 8 csv tables" in capsys.readouterr().err
    back = _tables.read_csv(tmp_path / "out")
    assert len(back["summits"]) == len(expected)
    assert back["quotes"].column("id") == tuple(
        q.id for s in expected for sp in s.speeches for q in sp.quotes
    )


def test_cli_writes_parquet_with_the_documented_types(
    inputs: tuple[list[str], list[Summit]], tmp_path: Path
) -> None:
    """The Parquet tables load in pyarrow, with the documented types, one row per item."""
    pq = pytest.importorskip("pyarrow.parquet")
    paths, expected = inputs
    out = tmp_path / "out"
    assert cli.main(["tables", *paths, "-o", str(out), "--format", "parquet"]) == 0
    rows = {}
    for name in _tables.COLUMNS:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(_tables.arrow_schema(name), check_metadata=False), name
        for field, column in zip(table.schema, _tables.COLUMNS[name], strict=True):
            assert (field.name, field.nullable) == (column.name, column.nullable)
            assert _type_name(field.type) == column.type, (name, column.name)
        rows[name] = [_tuples(r) for r in table.to_pylist()]
    check_against(rows, expected)


def _type_name(t: Any) -> str:
    """The documented name of an Arrow type: ``list<string>``, ``date``, ``int64``."""
    import pyarrow as pa  # noqa: PLC0415

    if pa.types.is_list(t):
        return f"list<{_type_name(t.value_type)}>"
    return "date" if pa.types.is_date32(t) else str(t)


def _tuples(row: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in row.items()}


def test_cli_reports_bad_inputs_and_writes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["tables", str(SEED), str(bad), str(tmp_path / "missing.xml"), "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "bad.json" in err
    assert "missing.xml: no such file" in err
    assert len(_tables.read_csv(out)["summits"]) == 1


def test_cli_needs_pyarrow_for_parquet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code = cli.main(["tables", str(SEED), "-o", str(tmp_path), "--format", "parquet"])
    assert code == 2
    assert "pip install 'summitdoc[parquet]'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_cli_refuses_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["tables", str(tmp_path), "-o", str(tmp_path / "out")]) == 1
    assert "is a directory" in capsys.readouterr().err


# -- dask --------------------------------------------------------------------------------------


def test_dask_writes_one_dataset_per_table(summits: list[Summit], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    import pyarrow.dataset as ds  # noqa: PLC0415

    import summitdoc.dask as sdask  # noqa: PLC0415

    bag = dask.bag.from_sequence(summits, npartitions=min(3, len(summits)))
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "part-00099.parquet").write_bytes(b"stale")
    with dask.config.set(scheduler="synchronous"):
        counts = sdask.to_tables(bag, tmp_path)
    found = summitdoc.tables(summits)
    assert counts == {name: len(t) for name, t in found.items()}
    rows = {}
    for name in _tables.COLUMNS:
        files = sorted((tmp_path / name).glob("*.parquet"))
        assert [f.name for f in files] == [f"part-{i:05d}.parquet" for i in range(bag.npartitions)]
        table = ds.dataset([str(f) for f in files], format="parquet").to_table()
        rows[name] = [_tuples(r) for r in table.to_pylist()]
    check_against(rows, summits)


# -- provenance --------------------------------------------------------------------------------


def test_parse_says_which_parser_and_version_made_the_summit() -> None:
    s = summitdoc.parse(SEED)
    assert s.source.parser == "belta"
    assert s.source.summitdoc_version == summitdoc.__version__
    forced = summitdoc.parse_text(SEED.read_text(encoding="utf-8"), parser="generic")
    assert forced.source.parser == "generic"


def test_provenance_round_trips_and_validates() -> None:
    s = summitdoc.parse(SEED)
    text = summitdoc.to_json(s, indent=2)
    source = json.loads(text)["source"]
    assert list(source)[-2:] == ["parser", "summitdoc_version"]
    assert summitdoc.from_json(text) == s
    assert validate_json(text) == []
    xml = summitdoc.to_xml(s, indent=2)
    assert b"<parser>belta</parser>" in xml
    assert summitdoc.from_xml(xml) == s
    assert validate_xml(xml) == []


def test_files_without_provenance_still_load() -> None:
    """Files written before the fields existed load with None, and are written back unchanged."""
    old = Summit(source=Source(text="Text."))
    text = summitdoc.to_json(old)
    assert "parser" not in json.loads(text)["source"]
    assert summitdoc.from_json(text).source.parser is None
    assert validate_json(text) == []
    xml = summitdoc.to_xml(old)
    assert b"<parser>" not in xml
    assert summitdoc.from_xml(xml).source.summitdoc_version is None
    assert validate_xml(xml) == []
    # An explicit null is read as absent too (the contract writes absent values as null).
    data = json.loads(text)
    data["source"]["parser"] = None
    assert summitdoc.from_json(json.dumps(data)) == old


def test_parse_verbose_tells_the_parser_and_the_counts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    summit = summitdoc.parse(SEED)
    assert cli.main(["parse", "-v", str(SEED)]) == 0
    err = capsys.readouterr().err
    assert re.search(r"parser 'belta', the highest detect score \(belta \d\.\d\d, ", err)
    assert re.search(r"generic \d\.\d\d", err)
    found = (
        f"found {len(summit.participants)} participants, {len(summit.speeches)} speeches, "
        f"{len(summit.quotes)} quotes, {len(summit.decisions)} decisions"
    )
    assert found in err
    assert cli.main(["parse", "--verbose", "--parser", "kremlin", str(SEED)]) == 0
    assert "parser 'kremlin', as --parser asked" in capsys.readouterr().err
    assert cli.main(["parse", str(SEED)]) == 0
    assert capsys.readouterr().err == ""
