"""Issue 9, point 7: the command line and API do what they say, one test per item.

(The quotes item, "\\n\\n" from text files against "\\n" from saved pages, belongs to the parser and
is tested in tests/test_parse_html.py: a page's blocks are now separated by a blank line.)
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

import summitdoc
from summitdoc.cli import main
from summitdoc.parsers import BlockKind, Parser, Registry

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
DOCS = ROOT / "docs"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seed() -> summitdoc.Summit:
    return summitdoc.parse(SEED)


# -- parse_many with one path ---------------------------------------------------------------------


@pytest.mark.parametrize("one", ["one/path.txt", Path("one/path.txt"), b"one/path.txt"])
def test_parse_many_refuses_a_single_path_instead_of_iterating_its_characters(one: object) -> None:
    with pytest.raises(TypeError, match=r"iterable of paths, not one path"):
        summitdoc.parse_many(one, jobs=1)  # type: ignore[arg-type]


# -- parse -o ------------------------------------------------------------------------------------


def test_parse_several_inputs_to_a_file_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "x.json"
    code, _, err = run(capsys, "parse", SEED, SEED, "-o", out)
    assert code == 2
    assert "several inputs need -o to name a directory" in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_parse_one_input_to_a_trailing_slash_writes_into_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, _ = run(capsys, "parse", SEED, "-o", f"{tmp_path / 'out'}/")
    assert code == 0
    assert (tmp_path / "out" / f"{SEED.name}.json").is_file()


def test_parse_several_inputs_to_a_new_name_without_a_suffix_makes_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = shutil.copy(SEED, tmp_path / "other.txt")
    code, _, _ = run(capsys, "parse", SEED, other, "-o", tmp_path / "out")
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        f"{SEED.name}.json",
        "other.txt.json",
    ]


# -- validate JSON Lines -------------------------------------------------------------------------


def test_validate_accepts_json_lines_and_names_the_line_of_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed: summitdoc.Summit
) -> None:
    line = summitdoc.to_json(seed)
    good = tmp_path / "s.jsonl"
    good.write_text(f"{line}\n{line}\n", encoding="utf-8")
    code, out, _ = run(capsys, "validate", good)
    assert code == 0
    assert out == f"{good}: valid summitdoc JSON Lines (2 summits)\n"
    # Without the suffix, recognised by its first line.
    plain = tmp_path / "s.txt"
    plain.write_text(f"{line}\n{line}\n", encoding="utf-8")
    assert run(capsys, "validate", plain)[0] == 0
    bad = tmp_path / "bad.jsonl"
    broken = line.replace('"schema_version": "1"', '"schema_version": 1', 1)
    bad.write_text(f"{line}\n{broken}\n{line}\n", encoding="utf-8")
    code, _, err = run(capsys, "validate", bad)
    assert code == 1
    assert err.startswith(f"summitdoc: {bad}: line 2: $.schema_version: ")
    assert "line 1" not in err
    assert "line 3" not in err


def test_validate_still_reads_an_indented_json_document(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed: summitdoc.Summit
) -> None:
    path = tmp_path / "s.json"
    path.write_text(summitdoc.to_json(seed, indent=2), encoding="utf-8")
    assert run(capsys, "validate", path)[1] == f"{path}: valid summitdoc JSON\n"


# -- an empty directory --------------------------------------------------------------------------


def test_batch_of_an_empty_directory_says_so_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.md").write_text("not a report", encoding="utf-8")
    code, _, err = run(capsys, "batch", empty, "-o", tmp_path / "s.jsonl", "--jobs", "1")
    assert code == 1
    assert err == (
        f"summitdoc: {empty}: no reports found (no file names matching *.txt, *.htm, *.html)\n"
    )
    assert not (tmp_path / "s.jsonl").exists()


def test_the_dask_reader_refuses_an_empty_directory_too(tmp_path: Path) -> None:
    sdask = pytest.importorskip("summitdoc.dask")
    with pytest.raises(summitdoc.InputError, match="no reports found"):
        sdask.read_reports(tmp_path)


# -- stdin errors --------------------------------------------------------------------------------


def test_stdin_errors_name_the_input_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b""))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _, err = run(capsys, "parse", "-")
    assert code == 1
    assert err == "summitdoc: <stdin>: the file is empty\n"


# -- Dask output permissions ---------------------------------------------------------------------


def test_dask_output_files_get_the_mode_of_every_other_output(
    tmp_path: Path, seed: summitdoc.Summit
) -> None:
    sdask = pytest.importorskip("summitdoc.dask")
    import dask.bag  # noqa: PLC0415

    umask = os.umask(0o022)
    try:
        bag = dask.bag.from_sequence([seed, seed], npartitions=2)
        assert sdask.to_jsonl(bag, tmp_path / "one.jsonl") == 2
        assert sdask.to_jsonl(bag, tmp_path / "parts") == 2
    finally:
        os.umask(umask)
    for path in [tmp_path / "one.jsonl", *sorted((tmp_path / "parts").iterdir())]:
        assert path.stat().st_mode & 0o777 == 0o644, path


# -- a plug-in's DATELINE rule without a date ----------------------------------------------------


def _dateline_without_date(_doc: object, _blocks: object, i: int) -> BlockKind | None:
    return BlockKind.DATELINE if i == 1 else None


def _dateline_with_a_bad_date(_doc: object, blocks: Any, i: int) -> BlockKind | None:
    if i != 1:
        return None
    blocks[i].data["date"] = "2019-05-29"
    return BlockKind.DATELINE


class _NoDateParser(Parser):
    name = "no-date-dateline"

    def extend_block_rules(self, rules: Registry[Any]) -> None:
        rules.register(_dateline_without_date, "bad_dateline", 200)


class _BadDateParser(Parser):
    name = "bad-date-dateline"

    def extend_block_rules(self, rules: Registry[Any]) -> None:
        rules.register(_dateline_with_a_bad_date, "bad_dateline", 200)


def test_a_plugin_dateline_rule_without_date_is_handled_not_a_key_error() -> None:
    """A dateline without a date (a byline, a place line) parses; its date is found elsewhere."""
    summit = summitdoc.parse(SEED, parser=_NoDateParser())
    assert summit.source.text == summitdoc.parse(SEED).source.text


def test_a_plugin_dateline_rule_with_a_malformed_date_is_a_clear_parse_error() -> None:
    with pytest.raises(summitdoc.ParseError, match=r"DATELINE with a malformed date") as caught:
        summitdoc.parse(SEED, parser=_BadDateParser())
    assert "must be (year, month name, day)" in str(caught.value)
    assert "'2019-05-29'" in str(caught.value)


# -- from_json: duplicate keys, UTF-16 and UTF-32 ------------------------------------------------


def test_from_json_refuses_a_duplicate_key_naming_it(seed: summitdoc.Summit) -> None:
    text = summitdoc.to_json(seed).replace(
        '"schema_version": "1"', '"schema_version": "2", "schema_version": "1"', 1
    )
    with pytest.raises(summitdoc.SerializationError, match=r"duplicate key 'schema_version'"):
        summitdoc.from_json(text)
    nested = summitdoc.to_json(seed).replace('"path": ', '"path": null, "path": ', 1)
    with pytest.raises(summitdoc.SerializationError, match=r"duplicate key 'path'"):
        summitdoc.from_json(nested)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_from_json_refuses_utf16_and_utf32_as_the_docs_say(
    seed: summitdoc.Summit, codec: str
) -> None:
    data = summitdoc.to_json(seed).encode(codec)
    with pytest.raises(summitdoc.SerializationError, match=r"not valid UTF-8.*UTF-16 or UTF-32"):
        summitdoc.from_json(data)


def test_from_json_still_reads_utf8_with_or_without_a_byte_order_mark(
    seed: summitdoc.Summit,
) -> None:
    data = summitdoc.to_json(seed).encode()
    assert summitdoc.from_json(data) == seed
    assert summitdoc.from_json(b"\xef\xbb\xbf" + data) == seed


# -- docs/cli.md ---------------------------------------------------------------------------------


def test_cli_docs_give_exit_2_for_an_unknown_parser_and_list_batch(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, _ = run(capsys, "parse", SEED, "--parser", "no-such-parser")
    assert code == 2
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert re.search(r"`--parser` with an unknown name.* exits 2", text)
    summary = text.split("```")[1]
    assert re.search(r"^\s+batch\s", summary, re.MULTILINE)
