"""The ``summitdoc`` command line, run in-process through ``summitdoc.cli.main``.

One test runs ``python -m summitdoc`` in a subprocess, to check the module entry point itself.
Where the command line misbehaves on purpose-built bad input, the test states the behaviour the
documentation promises and is marked ``xfail(strict=True)`` with what happens instead.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree

import summitdoc
from summitdoc.cli import main
from summitdoc.parsers.outlets.kremlin import KremlinParser

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"
XSD_NS = "http://www.w3.org/2001/XMLSchema"


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line with ``argv``: its exit code, standard output and standard error."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse: --help, --version, usage errors
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seed_json() -> str:
    """The seed report as the JSON `summitdoc parse` writes."""
    return summitdoc.to_json(summitdoc.parse(str(SEED)), indent=2)


def _assert_one_error_line(err: str, *needles: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("summitdoc: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in err


# -- the entry points ---------------------------------------------------------------------------


def test_python_m_summitdoc_help() -> None:
    """`python -m summitdoc --help` prints the usage and the four commands, and exits 0."""
    done = subprocess.run(
        [sys.executable, "-m", "summitdoc", "--help"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: summitdoc")
    for command in ("parse", "validate", "schema", "parsers"):
        assert command in done.stdout
    assert done.stderr == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc --version` prints the package version and exits 0."""
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"summitdoc {summitdoc.__version__}"


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc` alone prints its help on standard error and exits 2."""
    code, out, err = run(capsys)
    assert code == 2
    assert out == ""
    assert "usage: summitdoc" in err


def test_unknown_command_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown subcommand is a usage error: exit 2, the reason on standard error."""
    code, out, err = run(capsys, "frobnicate", SEED)
    assert code == 2
    assert out == ""
    assert "invalid choice: 'frobnicate'" in err
    assert "Traceback" not in err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option is a usage error: exit 2."""
    code, out, err = run(capsys, "parse", "--frobnicate", SEED)
    assert code == 2
    assert out == ""
    assert "unrecognized arguments: --frobnicate" in err


def test_bad_option_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A value an option refuses (a date that is not a date, an unknown format) is exit 2."""
    code, _, err = run(capsys, "parse", SEED, "--date", "2023-13-01")
    assert code == 2
    assert "not a date (YYYY-MM-DD): '2023-13-01'" in err
    code, _, err = run(capsys, "parse", SEED, "--to", "yaml")
    assert code == 2
    assert "invalid choice: 'yaml'" in err


# -- summitdoc parse ------------------------------------------------------------------------------


def test_parse_prints_json_that_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`summitdoc parse FILE` prints the summit as JSON, which `summitdoc validate` accepts."""
    code, out, err = run(capsys, "parse", SEED)
    assert (code, err) == (0, "")
    summit = summitdoc.from_json(out)
    assert summit == summitdoc.parse(str(SEED))
    assert out.endswith("}\n")
    saved = tmp_path / "seed.json"
    saved.write_text(out, encoding="utf-8")
    code, out, err = run(capsys, "validate", saved)
    assert (code, err) == (0, "")
    assert out == f"{saved}: valid summitdoc JSON\n"


def test_parse_indent(capsys: pytest.CaptureFixture[str], seed_json: str) -> None:
    """The default JSON indent is 2; `--indent -1` writes the summit on one line."""
    _, out, _ = run(capsys, "parse", SEED)
    assert out == seed_json + "\n"
    code, out, _ = run(capsys, "parse", SEED, "--indent", "-1")
    assert code == 0
    assert out.count("\n") == 1
    assert summitdoc.from_json(out) == summitdoc.from_json(seed_json)


def test_parse_to_xml(capsys: pytest.CaptureFixture[str]) -> None:
    """`--to xml` prints the summit as XML that reads back to the same summit."""
    code, out, err = run(capsys, "parse", SEED, "--to", "xml")
    assert (code, err) == (0, "")
    assert out.startswith("<?xml")
    assert summitdoc.from_xml(out.encode("utf-8")) == summitdoc.parse(str(SEED))


def test_parse_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`-o FILE` writes the output there and nothing on standard output."""
    target = tmp_path / "out" / "summit.json"
    code, out, err = run(capsys, "parse", SEED, "-o", target)
    assert (code, out, err) == (0, "", "")
    assert summitdoc.from_json(target.read_bytes()) == summitdoc.parse(str(SEED))
    code, out, _ = run(capsys, "parse", SEED, "--to", "xml", "--output", tmp_path / "s.xml")
    assert (code, out) == (0, "")
    assert summitdoc.from_xml((tmp_path / "s.xml").read_bytes()) == summitdoc.parse(str(SEED))
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["out", "s.xml", "summit.json"]


def test_parse_several_inputs_into_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Several inputs with `-o DIR` give one output per input, named after the input file."""
    other = tmp_path / "copy.txt"
    shutil.copy(SEED, other)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "parse", SEED, other, "-o", out_dir)
    assert (code, out, err) == (0, "", "")
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        [f"{SEED.name}.json", "copy.txt.json"]
    )
    copy = summitdoc.from_json((out_dir / "copy.txt.json").read_bytes())
    assert copy.source.path == str(other)
    code, _, _ = run(capsys, "parse", SEED, other, "--to", "xml", "-o", out_dir)
    assert code == 0
    assert len(list(out_dir.glob("*.xml"))) == 2


def test_parse_several_inputs_need_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Several inputs with `-o` naming an existing file is a usage error, and nothing is parsed."""
    target = tmp_path / "summit.json"
    target.write_text("keep", encoding="utf-8")
    code, out, err = run(capsys, "parse", SEED, SEED, "-o", target)
    assert (code, out) == (2, "")
    _assert_one_error_line(err, str(target), "directory")
    assert target.read_text(encoding="utf-8") == "keep"


def test_parse_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` reads the report from standard input."""
    stdin = SimpleNamespace(buffer=io.BytesIO(SEED.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, err = run(capsys, "parse", "-")
    assert (code, err) == (0, "")
    summit = summitdoc.from_json(out)
    # As the real sys.stdin.buffer is named, whatever stands in for it (issue 9).
    assert summit.source.path == "<stdin>"
    assert summit.source.text == summitdoc.parse(str(SEED)).source.text


def test_parse_stdin_only_once(capsys: pytest.CaptureFixture[str]) -> None:
    """`-` given twice is a usage error."""
    code, out, err = run(capsys, "parse", "-", "-")
    assert (code, out) == (2, "")
    _assert_one_error_line(err, "'-'")


def test_parse_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file: exit 1, one line on standard error naming it, no traceback."""
    missing = tmp_path / "no-such-report.txt"
    code, out, err = run(capsys, "parse", missing)
    assert (code, out) == (1, "")
    _assert_one_error_line(err, str(missing), "no such file")


def test_parse_failure_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An input that fails is reported and skipped; the others are written; the exit code is 1."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "parse", empty, SEED, "-o", out_dir)
    assert (code, out) == (1, "")
    _assert_one_error_line(err, str(empty))
    assert [p.name for p in out_dir.iterdir()] == [f"{SEED.name}.json"]


def test_parse_date(capsys: pytest.CaptureFixture[str]) -> None:
    """`--date 2023-10-13` sets the summit's date, which the report itself does not give."""
    _, out, _ = run(capsys, "parse", SEED)
    assert json.loads(out)["date"] is None
    code, out, _ = run(capsys, "parse", SEED, "--date", "2023-10-13")
    assert code == 0
    assert json.loads(out)["date"] == "2023-10-13"


def test_parse_outlet(capsys: pytest.CaptureFixture[str]) -> None:
    """`--outlet NAME` records the outlet when the caller gives it."""
    code, out, _ = run(capsys, "parse", SEED, "--outlet", "BelTA news agency")
    assert code == 0
    assert json.loads(out)["source"]["outlet"] == "BelTA news agency"


def test_parse_parser_option(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--parser kremlin` parses with the Kremlin parser, not the one detection would choose."""
    used: list[str] = []
    original = KremlinParser.parse_text

    def spy(self: KremlinParser, text: str, **kwargs: object) -> summitdoc.Summit:
        used.append(self.name)
        return original(self, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KremlinParser, "parse_text", spy)
    code, out, _ = run(capsys, "parse", SEED)  # a BELTA report: the BELTA parser
    assert (code, used) == (0, [])
    code, out, _ = run(capsys, "parse", SEED, "--parser", "kremlin")
    assert (code, used) == (0, ["kremlin"])
    assert summitdoc.from_json(out).source.text == SEED.read_text(encoding="utf-8")


# -- summitdoc validate ---------------------------------------------------------------------------


def test_validate_good_xml(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`summitdoc validate` accepts the XML `summitdoc parse --to xml` writes."""
    xml = tmp_path / "seed.xml"
    xml.write_bytes(summitdoc.to_xml(summitdoc.parse(str(SEED))))
    code, out, err = run(capsys, "validate", xml)
    assert (code, err) == (0, "")
    assert out == f"{xml}: valid summitdoc XML\n"


def test_validate_several_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_json: str
) -> None:
    """Each file is reported; one bad file makes the exit code 1."""
    good = tmp_path / "good.json"
    good.write_text(seed_json, encoding="utf-8")
    code, out, err = run(capsys, "validate", good, SEED)
    assert code == 1
    assert out == f"{good}: valid summitdoc JSON\n"
    assert all(line.startswith(f"summitdoc: {SEED}: ") for line in err.splitlines())


def test_validate_broken_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_json: str
) -> None:
    """A JSON document with a bad value: exit 1, and the message names the value's path."""
    data = json.loads(seed_json)
    data["speeches"][0]["quotes"][0]["span"]["start"] = -1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "validate", bad)
    assert (code, out) == (1, "")
    _assert_one_error_line(err, str(bad), "$.speeches[0].quotes[0].span.start")


def test_validate_json_with_a_dangling_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_json: str
) -> None:
    """Rules the JSON Schema cannot state (references) are checked too, with the path."""
    data = json.loads(seed_json)
    data["speeches"][0]["speaker"] = "nobody"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "validate", bad)
    assert code == 1
    assert "$.speeches[0].speaker" in err


def test_validate_not_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that is not JSON at all: exit 1, one line."""
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "validate", bad)
    assert code == 1
    _assert_one_error_line(err, str(bad), "not valid JSON")


def test_validate_refuses_a_doctype(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An XML document with a DOCTYPE is refused: exit 1."""
    xml = summitdoc.to_xml(summitdoc.parse(str(SEED)))
    declaration, _, rest = xml.partition(b"?>")
    doctype = b'<!DOCTYPE summit [<!ENTITY x "expanded">]>'
    bad = tmp_path / "doctype.xml"
    bad.write_bytes(declaration + b"?>\n" + doctype + rest)
    code, out, err = run(capsys, "validate", bad)
    assert (code, out) == (1, "")
    _assert_one_error_line(err, str(bad), "DOCTYPE is refused")


def test_validate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file: exit 1, one line naming it."""
    missing = tmp_path / "missing.json"
    code, _, err = run(capsys, "validate", missing)
    assert code == 1
    _assert_one_error_line(err, str(missing), "cannot be read")


def test_validate_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed_json: str
) -> None:
    """`summitdoc validate -` reads the document from standard input."""
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(seed_json.encode())))
    code, out, _ = run(capsys, "validate", "-")
    assert code == 0
    assert out == "-: valid summitdoc JSON\n"


# -- summitdoc schema -----------------------------------------------------------------------------


def test_schema_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc schema json` prints the JSON Schema: valid JSON with "$schema"."""
    code, out, _ = run(capsys, "schema", "json")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("/1/summit.schema.json")


def test_schema_xsd(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc schema xsd` prints the XSD: an XML Schema document."""
    code, out, _ = run(capsys, "schema", "xsd")
    assert code == 0
    root = etree.fromstring(out.encode("utf-8"))
    assert root.tag == f"{{{XSD_NS}}}schema"
    etree.XMLSchema(root)  # compiles


def test_schema_needs_a_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc schema` without json or xsd is a usage error."""
    code, out, _ = run(capsys, "schema")
    assert (code, out) == (2, "")


# -- known problems -------------------------------------------------------------------------------


def test_parse_one_input_into_an_existing_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One input with `-o DIR` (an existing directory) writes into it, or fails in one line."""
    code, _, err = run(capsys, "parse", SEED, "-o", tmp_path)
    assert code in (0, 1)
    assert code == 0 or len(err.splitlines()) == 1


def test_parse_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An output that cannot be written is one line on standard error and exit 1."""
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "parse", SEED, "-o", blocker / "summit.json")
    assert code == 1
    _assert_one_error_line(err, str(blocker))


def test_parse_inputs_with_the_same_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two inputs with the same file name in different directories do not overwrite each other."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder / "report.txt")
    out_dir = tmp_path / "out"
    code, _, _ = run(
        capsys, "parse", tmp_path / "a/report.txt", tmp_path / "b/report.txt", "-o", out_dir
    )
    assert code != 0 or len(list(out_dir.iterdir())) == 2


def test_parse_unknown_parser_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """`--parser` with a name no parser has exits 2 (the command line was wrong)."""
    code, out, err = run(capsys, "parse", SEED, "--parser", "no-such-parser")
    assert out == ""
    assert "no parser named 'no-such-parser'" in err
    assert code == 2


def test_validate_xml_with_a_byte_order_mark(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """XML that starts with a UTF-8 byte order mark is validated as XML."""
    xml = tmp_path / "bom.xml"
    xml.write_bytes(b"\xef\xbb\xbf" + summitdoc.to_xml(summitdoc.parse(str(SEED))))
    assert summitdoc.from_xml(xml.read_bytes()) == summitdoc.parse(str(SEED))
    code, out, _ = run(capsys, "validate", xml)
    assert (code, out) == (0, f"{xml}: valid summitdoc XML\n")
