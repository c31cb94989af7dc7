"""Many reports at once: ``summitdoc.parse_many``.

Inputs are copies of the seed report and short snippets written for the tests. A report that
hangs, crashes its worker or trips a bug is made with ``batch_plugin.MisbehavingParser``, which a
worker process imports by name (``tests/`` is on ``sys.path``, see ``conftest.py``).
"""

from __future__ import annotations

import multiprocessing
import pickle
import shutil
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings

import summitdoc
from batch_plugin import BUG, CRASH, HANG, MisbehavingParser
from strategies import summits
from summitdoc._batch import find_reports

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
