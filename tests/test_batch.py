"""Many reports at once: ``summitdoc.parse_many`` and the ``summitdoc batch`` command.

Inputs are copies of the seed report and short snippets written for the tests. A report that
hangs, crashes its worker or trips a bug is made with ``batch_plugin.MisbehavingParser``, which a
worker process imports by name (``tests/`` is on ``sys.path``, see ``conftest.py``).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import pytest
from hypothesis import given, settings

import summitdoc
from batch_plugin import BUG, CRASH, HANG, MisbehavingParser
from strategies import summits
from summitdoc import _batch, cli
from summitdoc._batch import find_reports
from summitdoc.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"

SNIPPET = """Leaders meet in Astana

President of Kazakhstan Kassym-Jomart Tokayev welcomed President of Uzbekistan Shavkat Mirziyoyev.

Shavkat Mirziyoyev said, “We have agreed on a joint programme.”
"""


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.fixture
def snippet(tmp_path: Path) -> Path:
    """A short report that parses quickly."""
    return _write(tmp_path / "snippet.txt", SNIPPET)


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """One input of each kind that cannot be read, by the name of the case."""
    return {
        "missing": tmp_path / "missing.txt",
        "empty": _write(tmp_path / "empty.txt", b""),
        "binary": _write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
        "directory": _write(tmp_path / "folder" / "inside.txt", SNIPPET).parent,
        # A UTF-8 byte order mark, then bytes that are not UTF-8.
        "undecodable": _write(tmp_path / "undecodable.txt", b"\xef\xbb\xbfLeaders \xff\xfe met"),
    }


def _kind(result: summitdoc.Result) -> str:
    return "Summit" if isinstance(result, summitdoc.Summit) else result.error


def _assert_failure_names_its_file(result: summitdoc.Result, path: Path | str) -> None:
    assert isinstance(result, summitdoc.Failure)
    assert result.path == str(path)
    assert str(path) in result.message
    assert "\n" not in result.message


# -- parse_many ---------------------------------------------------------------------------------


def test_one_result_per_input_in_input_order(
    tmp_path: Path, snippet: Path, bad_inputs: dict[str, Path]
) -> None:
    """Every input gives one result in input order; failures do not stop the reports after them."""
    seed = shutil.copy(SEED, tmp_path / "seed.txt")
    inputs = [seed, *bad_inputs.values(), snippet, seed]
    results = list(summitdoc.parse_many(inputs, jobs=2))
    assert [_kind(r) for r in results] == ["Summit", *["InputError"] * 5, "Summit", "Summit"]
    for path, result in zip(inputs, results, strict=True):
        if isinstance(result, summitdoc.Failure):
            _assert_failure_names_its_file(result, path)
        else:
            assert result == summitdoc.parse(path)
    messages = {name: r.message for name, r in zip(bad_inputs, results[1:], strict=False)}
    assert "no such file" in messages["missing"]
    assert "empty" in messages["empty"]
    assert "binary" in messages["binary"]
    assert "directory" in messages["directory"]
    assert "not valid utf-8" in messages["undecodable"]


def test_jobs_1_and_jobs_2_give_identical_results(
    tmp_path: Path, snippet: Path, bad_inputs: dict[str, Path]
) -> None:
    """Parsing in this process and in a pool of two gives equal summits and equal failures."""
    seed = shutil.copy(SEED, tmp_path / "seed.txt")
    inputs = [snippet, *bad_inputs.values(), seed, snippet]
    in_process = list(summitdoc.parse_many(inputs, jobs=1))
    pooled = list(summitdoc.parse_many(inputs, jobs=2))
    assert pooled == in_process
    assert sum(isinstance(r, summitdoc.Summit) for r in pooled) == 3


def test_inputs_that_are_not_paths_are_failures(snippet: Path) -> None:
    """An input that is not a str or os.PathLike is a failure record, in its place."""
    results = list(summitdoc.parse_many([42, snippet, b"bytes.txt"], jobs=2))  # type: ignore[list-item]
    assert [_kind(r) for r in results] == ["InputError", "Summit", "InputError"]
    assert isinstance(results[0], summitdoc.Failure)
    assert results[0].message == "42: not a path (parse_many takes str or os.PathLike paths)"


def test_a_hanging_report_times_out_and_the_pool_goes_on(tmp_path: Path, snippet: Path) -> None:
    """Reports past the timeout are failures; their workers are replaced and the rest is parsed."""
    hang = _write(tmp_path / "hang.txt", SNIPPET + HANG)
    inputs = [hang, snippet, hang, snippet, snippet]
    started = time.monotonic()
    results = list(summitdoc.parse_many(inputs, jobs=2, timeout=1, parser=MisbehavingParser()))
    assert time.monotonic() - started < 30  # the hanging stage sleeps for ten minutes
    assert [_kind(r) for r in results] == [
        "ParseTimeoutError",
        "Summit",
        "ParseTimeoutError",
        "Summit",
        "Summit",
    ]
    _assert_failure_names_its_file(results[0], hang)
    assert isinstance(results[0], summitdoc.Failure)
    assert results[0].message == f"{hang}: not parsed within 1 s"
    assert not [p for p in multiprocessing.active_children() if p.name == "summitdoc-worker"]


def test_a_crashing_worker_is_a_failure_and_is_replaced(tmp_path: Path, snippet: Path) -> None:
    """A report whose worker dies is a WorkerCrashError; the next reports get a new worker."""
    crash = _write(tmp_path / "crash.txt", SNIPPET + CRASH)
    inputs = [crash, snippet, crash, crash, snippet]
    results = list(summitdoc.parse_many(inputs, jobs=2, parser=MisbehavingParser()))
    assert [_kind(r) for r in results] == [
        "WorkerCrashError",
        "Summit",
        "WorkerCrashError",
        "WorkerCrashError",
        "Summit",
    ]
    _assert_failure_names_its_file(results[0], crash)
    assert isinstance(results[0], summitdoc.Failure)
    assert "exit code 3" in results[0].message


def test_a_parser_bug_is_a_failure_with_its_class_name(tmp_path: Path, snippet: Path) -> None:
    """An exception that is not a SummitdocError is recorded under its own class name."""
    bug = _write(tmp_path / "bug.txt", SNIPPET + BUG)
    for jobs in (1, 2):
        results = list(summitdoc.parse_many([bug, snippet], jobs=jobs, parser=MisbehavingParser()))
        assert [_kind(r) for r in results] == ["IndexError", "Summit"]
        _assert_failure_names_its_file(results[0], bug)
        assert isinstance(results[0], summitdoc.Failure)
        assert "unexpected IndexError in the parser" in results[0].message


def test_jobs_1_times_out_with_an_alarm_and_restores_it(tmp_path: Path, snippet: Path) -> None:
    """In this process the timeout interrupts the parse, and the SIGALRM handler is put back."""
    hang = _write(tmp_path / "hang.txt", SNIPPET + HANG)
    before = signal.getsignal(signal.SIGALRM)
    results = list(
        summitdoc.parse_many([hang, snippet], jobs=1, timeout=0.5, parser=MisbehavingParser())
    )
    assert [_kind(r) for r in results] == ["ParseTimeoutError", "Summit"]
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_spawned_workers_import_the_parser_and_time_out(tmp_path: Path, snippet: Path) -> None:
    """Workers started by spawn get the parser by import; their start-up is not timed."""
    hang = _write(tmp_path / "hang.txt", SNIPPET + HANG)
    results = list(
        summitdoc.parse_many(
            [snippet, hang, snippet],
            jobs=2,
            timeout=1,
            parser=MisbehavingParser(),
            mp_context=multiprocessing.get_context("spawn"),
        )
    )
    assert [_kind(r) for r in results] == ["Summit", "ParseTimeoutError", "Summit"]


def test_workers_that_cannot_start_raise_batch_error(snippet: Path) -> None:
    """Workers that die before they are ready make the batch fail with one BatchError."""

    class Unpicklable(MisbehavingParser):
        """A class defined in a function: spawned workers cannot import it."""

    with pytest.raises(summitdoc.BatchError, match="cannot start a worker process"):
        list(
            summitdoc.parse_many(
                [snippet],
                jobs=2,
                parser=Unpicklable(),
                mp_context=multiprocessing.get_context("spawn"),
            )
        )


def test_inputs_are_drawn_lazily_within_the_window(tmp_path: Path, snippet: Path) -> None:
    """500 inputs from a generator: never more than 2 * jobs taken and not yet given back."""
    missing = tmp_path / "missing.txt"
    taken = 0

    def inputs() -> Iterator[Path]:
        nonlocal taken
        for i in range(500):
            taken += 1
            yield snippet if i % 50 == 0 else missing

    results = summitdoc.parse_many(inputs(), jobs=2)
    given_back = 0
    most = 0
    for result in results:
        given_back += 1
        most = max(most, taken - given_back + 1)
        assert taken - given_back + 1 <= 4, (taken, given_back)
        assert _kind(result) == ("Summit" if (given_back - 1) % 50 == 0 else "InputError")
    assert given_back == taken == 500
    assert most >= 2  # the pool did work ahead


def test_closing_the_generator_stops_the_workers(tmp_path: Path, snippet: Path) -> None:
    """Leaving the loop early and closing the generator leaves no worker process behind."""
    results = summitdoc.parse_many([snippet] * 20, jobs=2)
    assert isinstance(next(results), summitdoc.Summit)
    assert [p for p in multiprocessing.active_children() if p.name == "summitdoc-worker"]
    results.close()
    assert not [p for p in multiprocessing.active_children() if p.name == "summitdoc-worker"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"jobs": 0},
        {"jobs": -2},
        {"jobs": True},
        {"jobs": 1.5},
        {"timeout": 0},
        {"timeout": -1},
        {"timeout": float("nan")},
        {"timeout": float("inf")},
        {"timeout": "5"},
    ],
    ids=str,
)
def test_bad_arguments_raise_batch_error(kwargs: dict[str, Any]) -> None:
    """jobs must be a positive int and timeout a positive finite number: a BatchError at once."""
    with pytest.raises(summitdoc.BatchError, match="must be a positive") as info:
        summitdoc.parse_many([], **kwargs)
    assert isinstance(info.value, summitdoc.SummitdocError)


def _pickled(obj: object, protocol: int = pickle.HIGHEST_PROTOCOL) -> object:
    """``obj`` through pickle and back, as a worker sends it and the parent reads it."""
    return pickle.loads(pickle.dumps(obj, protocol=protocol))  # noqa: S301 - bytes made here


def test_seed_summit_pickles_equal() -> None:
    """The seed's summit, and a failure record, come back equal from pickle."""
    summit = summitdoc.parse(SEED)
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        assert _pickled(summit, protocol) == summit
    failure = summitdoc.Failure(path="a.txt", error="InputError", message="a.txt: no such file")
    assert _pickled(failure) == failure


@settings(max_examples=25)
@given(summits())
def test_any_summit_pickles_equal(summit: summitdoc.Summit) -> None:
    """Any valid summit comes back equal from pickle, as workers send it."""
    assert _pickled(summit) == summit


# -- finding reports ----------------------------------------------------------------------------


def test_find_reports_walks_directories_sorted_and_filtered(tmp_path: Path) -> None:
    """Directories give matching files, sorted, files before subdirectories; hidden names skipped."""
    for name in ("b.txt", "a.HTML", "notes.md", ".hidden.txt", "z/y.htm", "c/x.txt", ".git/k.txt"):
        _write(tmp_path / "tree" / name, SNIPPET)
    explicit = _write(tmp_path / "other.md", SNIPPET)
    tree = tmp_path / "tree"
    found = list(find_reports([tree, explicit, tree / "b.txt"]))
    assert found == [
        (str(tree / "a.HTML"), "a.HTML"),
        (str(tree / "b.txt"), "b.txt"),
        (str(tree / "c" / "x.txt"), str(Path("c", "x.txt"))),
        (str(tree / "z" / "y.htm"), str(Path("z", "y.htm"))),
        (str(explicit), "other.md"),
    ]
    assert [name for _, name in find_reports([tree], ["*.md"])] == ["notes.md"]


# -- summitdoc batch ----------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line: its exit code, standard output and standard error."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse: usage errors
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """reports/: the seed and a snippet in subfolders, an empty report, and a file not a report."""
    root = tmp_path / "reports"
    shutil.copy(SEED, _write(root / "a-seed.txt", "").parent / "a-seed.txt")
    _write(root / "b" / "snippet.txt", SNIPPET)
    _write(root / "b" / "empty.txt", b"")
    _write(root / "c" / "page.htm", SNIPPET)
    _write(root / "readme.md", "not a report")
    return root


GOOD = ["a-seed.txt", "b/snippet.txt", "c/page.htm"]


def _lines(path: Path) -> list[summitdoc.Summit]:
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    return [summitdoc.from_json(line) for line in text.splitlines()]


def _errors(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_jsonl_output_errors_file_and_exit_1(
    capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path
) -> None:
    """JSON Lines of every good report in walk order, the failure in the errors file, exit 1."""
    out = tmp_path / "out" / "summits.jsonl"
    code, stdout, err = run(capsys, "batch", tree, "-o", out, "--jobs", "2")
    assert code == 1
    assert stdout == ""
    summits = _lines(out)
    assert [s.source.path for s in summits] == [
        str(tree / "a-seed.txt"),
        *[str(tree / p) for p in ("b/snippet.txt", "c/page.htm")],
    ]
    assert summits[0] == summitdoc.parse(tree / "a-seed.txt")
    errors = _errors(tmp_path / "out" / "summits.jsonl.errors.jsonl")
    empty = str(tree / "b" / "empty.txt")
    assert errors == [
        {"path": empty, "error": "InputError", "message": f"{empty}: the file is empty"}
    ]
    assert err.startswith("summitdoc: parsed 3 of 4 reports, 1 failed (listed in ")
    assert err.count("\n") == 1
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "summits.jsonl",
        "summits.jsonl.errors.jsonl",
    ]


def test_batch_all_good_exits_0_with_an_empty_errors_file(
    capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path
) -> None:
    """With no failure the exit code is 0 and the errors file (--errors) is there, empty."""
    (tree / "b" / "empty.txt").unlink()
    out, errors = tmp_path / "s.jsonl", tmp_path / "logs" / "failed.jsonl"
    code, _, err = run(capsys, "batch", tree, "-o", out, "--jobs", "1", "--errors", errors)
    assert code == 0, err
    assert len(_lines(out)) == 3
    assert errors.read_bytes() == b""
    assert err.startswith("summitdoc: parsed 3 of 3 reports, 0 failed, in ")


@pytest.mark.parametrize("layout", ["json-dir", "xml-dir"])
def test_batch_directory_layouts_mirror_the_tree(
    capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path, layout: str
) -> None:
    """json-dir and xml-dir write OUT/<path under the directory>.<json|xml>, one per report."""
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", tree, "-o", out, "--to", layout, "--glob", "*.txt")
    assert code == 1
    suffix = ".json" if layout == "json-dir" else ".xml"
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [str(Path(p + suffix)) for p in ("a-seed.txt", "b/snippet.txt")]
    data = (out / ("a-seed.txt" + suffix)).read_bytes()
    loaded = summitdoc.from_json(data) if layout == "json-dir" else summitdoc.from_xml(data)
    assert loaded == summitdoc.parse(tree / "a-seed.txt")
    assert [e["error"] for e in _errors(tmp_path / "out.errors.jsonl")] == ["InputError"]


def test_batch_same_output_name_from_two_paths_is_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two directories holding x.txt would write one out/x.txt.json: the second is a failure."""
    first = _write(tmp_path / "one" / "x.txt", SNIPPET)
    second = _write(tmp_path / "two" / "x.txt", SNIPPET)
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", first.parent, second.parent, "-o", out, "--to", "json-dir")
    assert code == 1
    assert summitdoc.from_json((out / "x.txt.json").read_bytes()).source.path == str(first)
    [error] = _errors(tmp_path / "out.errors.jsonl")
    assert error["path"] == str(second)
    assert "already has the output name 'x.txt'" in error["message"]


def test_batch_unreadable_directory_is_a_failure(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """A directory that cannot be listed is in the errors file, and the rest is parsed."""
    real_scandir = os.scandir
    locked = str(tree / "b")

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "s.jsonl"
    code, _, err = run(capsys, "batch", tree, "-o", out, "--jobs", "1")
    assert code == 1
    assert [s.source.path for s in _lines(out)] == [
        str(tree / "a-seed.txt"),
        str(tree / "c" / "page.htm"),
    ]
    assert _errors(tmp_path / "s.jsonl.errors.jsonl") == [
        {
            "path": locked,
            "error": "InputError",
            "message": f"{locked}: cannot be read (Permission denied)",
        }
    ]
    assert "parsed 2 of 3 reports, 1 failed" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "{tree}"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--jobs", "0"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--jobs", "two"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--timeout", "-1"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--to", "yaml"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--parser", "nosuch"],
        ["batch", "{tree}", "-o", "{tmp}/o.jsonl", "--errors", "{tmp}/o.jsonl"],
        ["batch", "{tree}", "-o", "{tree}"],
        ["batch", "{tree}", "-o", "{tree}/readme.md", "--to", "json-dir"],
    ],
    ids=["no -o", "jobs 0", "jobs two", "timeout -1", "to yaml", "parser", "errors", "dir", "file"],
)
def test_batch_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tree: Path, tmp_path: Path, argv: list[str]
) -> None:
    """A wrong command line exits 2 with an error line, before parsing or writing anything."""
    args = [a.format(tree=tree, tmp=tmp_path) for a in argv]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert "summitdoc: " in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("o.jsonl*"))


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, calls: int, error: BaseException) -> None:
    """The ``calls``-th summit the command writes raises ``error`` instead."""
    real = cli.to_json
    count = 0

    def to_json(summit: summitdoc.Summit, **kwargs: Any) -> str:
        nonlocal count
        count += 1
        if count == calls:
            raise error
        return real(summit, **kwargs)

    monkeypatch.setattr(cli, "to_json", to_json)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths parsed from now on, in this process (``--jobs 1``)."""
    parsed: list[str] = []
    real = _batch.parse

    def parse(path: str, **kwargs: Any) -> summitdoc.Summit:
        parsed.append(str(path))
        return real(path, **kwargs)

    monkeypatch.setattr(_batch, "parse", parse)
    return parsed


def test_batch_resume_after_an_interrupt_parses_only_the_rest(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """Ctrl-C exits 130 leaving OUT.partial; --resume cuts a torn line and parses only the rest."""
    out = tmp_path / "s.jsonl"
    partial = tmp_path / "s.jsonl.partial"
    with monkeypatch.context() as m:
        _interrupt_after(m, 3, KeyboardInterrupt())
        code, _, err = run(capsys, "batch", tree, "-o", out, "--jobs", "1")
    assert code == 130
    assert "--resume" in err
    assert not out.exists()
    assert [s.source.path for s in _lines(partial)] == [str(tree / p) for p in GOOD[:2]]
    assert not list(tmp_path.glob(".s.jsonl.errors.jsonl.*"))  # the errors temp file is gone
    with partial.open("ab") as f:  # as if killed in the middle of a line
        f.write(b'{"schema_version": "1", "source": {"path": "')
    parsed = _count_parses(monkeypatch)
    code, _, err = run(capsys, "batch", tree, "-o", out, "--jobs", "1", "--resume")
    assert code == 1  # empty.txt fails again
    assert sorted(parsed) == sorted([str(tree / "b" / "empty.txt"), str(tree / GOOD[2])])
    assert [s.source.path for s in _lines(out)] == [str(tree / p) for p in GOOD]
    assert not partial.exists()
    assert ", 2 already done, in " in err


def test_batch_resume_after_a_complete_run_adds_new_reports(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """--resume on a finished OUT parses only new and failed reports and keeps every line once."""
    out = tmp_path / "s.jsonl"
    assert run(capsys, "batch", tree, "-o", out, "--jobs", "1")[0] == 1
    new = _write(tree / "d" / "new.txt", SNIPPET)
    parsed = _count_parses(monkeypatch)
    assert run(capsys, "batch", tree, "-o", out, "--jobs", "1", "--resume")[0] == 1
    assert sorted(parsed) == sorted([str(tree / "b" / "empty.txt"), str(new)])
    paths = [s.source.path for s in _lines(out)]
    assert sorted(paths) == sorted([*(str(tree / p) for p in GOOD), str(new)])
    # Without --resume everything is parsed again and OUT is replaced.
    parsed.clear()
    assert run(capsys, "batch", tree, "-o", out, "--jobs", "1")[0] == 1
    assert len(parsed) == 5
    assert len(_lines(out)) == 4


def test_batch_resume_directory_skips_existing_files(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """With json-dir, --resume skips the reports whose output file exists."""
    out = tmp_path / "out"
    (tree / "b" / "empty.txt").unlink()
    assert run(capsys, "batch", tree, "-o", out, "--to", "json-dir", "--jobs", "1")[0] == 0
    (out / "b" / "snippet.txt.json").unlink()
    parsed = _count_parses(monkeypatch)
    code, _, err = run(
        capsys, "batch", tree, "-o", out, "--to", "json-dir", "--jobs", "1", "--resume"
    )
    assert code == 0
    assert parsed == [str(tree / "b" / "snippet.txt")]
    assert (out / "b" / "snippet.txt.json").exists()
    assert "parsed 1 of 1 reports, 0 failed, 2 already done" in err


def test_batch_crash_midway_leaves_no_file_under_the_final_name(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """An unexpected error midway leaves OUT absent (the old OUT intact) and no errors temp file."""
    out = tmp_path / "s.jsonl"
    out.write_text("the previous complete run\n", encoding="utf-8")
    _interrupt_after(monkeypatch, 2, RuntimeError("disk on fire"))
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["batch", str(tree), "-o", str(out), "--jobs", "2"])
    capsys.readouterr()
    assert out.read_text(encoding="utf-8") == "the previous complete run\n"
    assert len(_lines(tmp_path / "s.jsonl.partial")) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports", "s.jsonl", "s.jsonl.partial"]


def test_batch_write_error_in_a_directory_leaves_no_partial_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """A file that fails halfway through writing is removed; the command says so and exits 1."""
    out = tmp_path / "out"
    real_fdopen = os.fdopen

    class HalfWriter:
        """A file that writes half of an XML document, then finds the disk full."""

        def __init__(self, f: Any) -> None:
            self.f = f

        def __enter__(self) -> Self:
            return self

        def __exit__(self, *exc: object) -> None:
            self.f.close()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.f, name)

        def write(self, data: bytes) -> int:
            if not data.startswith(b"<?xml"):
                return int(self.f.write(data))
            self.f.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return HalfWriter(real_fdopen(fd, mode, *args, **kwargs))

    (tree / "b" / "empty.txt").unlink()
    code_ok, _, _ = run(capsys, "batch", tree / "a-seed.txt", "-o", out, "--to", "xml-dir")
    assert code_ok == 0
    monkeypatch.setattr(cli.os, "fdopen", fdopen)
    code, _, err = run(capsys, "batch", tree, "-o", out, "--to", "xml-dir", "--jobs", "1")
    assert code == 1
    assert "No space left on device" in err
    assert "Traceback" not in err
    # Only the file of the earlier run; no temporary file, nothing under a final name half written.
    assert sorted(p.name for p in out.rglob("*")) == ["a-seed.txt.xml"]


def test_batch_progress_bar_only_on_a_terminal_and_not_quiet(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tree: Path,
    tmp_path: Path,
) -> None:
    """No bar when stderr is not a terminal or with --quiet (which drops the summary too)."""
    (tree / "b" / "empty.txt").unlink()
    argv = ["batch", tree, "-o", tmp_path / "s.jsonl", "--jobs", "1"]
    _, _, err = run(capsys, *argv)
    assert err.startswith("summitdoc: parsed 3 of 3 reports")
    assert err.count("\n") == 1
    assert "\r" not in err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, err = run(capsys, *argv)
    assert "\r" in err  # the bar redraws itself
    assert "0/3 [" in err  # the total was counted before the first report
    assert err.rstrip().rsplit("\r", 1)[-1].startswith("summitdoc: parsed 3 of 3 reports")
    _, _, err = run(capsys, *argv, "--quiet")
    assert err == ""


def test_batch_ctrl_c_exits_130_and_stops_its_workers(tmp_path: Path) -> None:
    """SIGINT to the process group (Ctrl-C) mid-run: exit 130, one line, the partial file kept."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        shutil.copy(SEED, folder / f"r{i:02d}.txt")
    out = tmp_path / "s.jsonl"
    partial = tmp_path / "s.jsonl.partial"
    process = subprocess.Popen(
        [sys.executable, "-m", "summitdoc", "batch", str(folder), "-o", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.startswith("summitdoc: interrupted; ")
    assert "Traceback" not in err
    assert not out.exists()
    assert 1 <= len(_lines_prefix(partial)) < 40
    with pytest.raises(ProcessLookupError):  # the whole group, workers included, is gone
        os.killpg(process.pid, 0)


def _lines_prefix(path: Path) -> list[str]:
    """The complete lines of a file an interrupted run left."""
    return path.read_text(encoding="utf-8").splitlines()
