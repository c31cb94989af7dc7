"""The time budget of one parse: ``timeout=``, ``summitdoc parse --timeout``, and Dask's.

``summitdoc.parse`` and ``summitdoc.parse_text`` take ``timeout=``, the command line
``--timeout SECONDS``, and ``summitdoc.dask.read_reports`` passes its ``timeout=`` on.

Most tests stop the clock: ``time.monotonic`` is replaced by a clock that stands still until a
stage (or the decoder) moves it on, so which step a parse times out at is exact, whatever the
speed of the machine. A few use the real clock with a timeout of a nanosecond, which no parse
meets.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import summitdoc
from summitdoc import _api, _batch, exceptions
from summitdoc.cli import main
from summitdoc.parsers import Document, Parser, Registry, Stage
from summitdoc.parsers.intake.decode import decode

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"
SNIPPET = """Leaders meet in Astana

President of Kazakhstan Kassym-Jomart Tokayev welcomed President of Uzbekistan Shavkat Mirziyoyev.

Shavkat Mirziyoyev said, “We have agreed on a joint programme.”
"""
PAGE = f"<html><head><title>Leaders meet</title></head><body><p>{SNIPPET}</p></body></html>"
BAD_TIMEOUTS = [0, -1, 0.0, math.nan, math.inf, -math.inf, True, "5", [5]]


class Clock:
    """A stand-in for ``time.monotonic`` that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def spend(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(time, "monotonic", fake)
    return fake


def slow_parser(clock: Clock, after: str, seconds: float = 10.0) -> Parser:
    """The generic parser with a stage right after ``after`` that takes ``seconds``."""

    class Slow(Parser):
        def extend(self, stages: Registry[Stage]) -> None:
            def slow(_doc: Document) -> None:
                clock.spend(seconds)

            stages.register(slow, "slow", stages.priority(after) - 0.5)

    return Slow()


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert "\n" not in message
    return message


# -- the exception --------------------------------------------------------------------------------


def test_one_exception_class_for_parse_and_batch() -> None:
    """parse's timeout raises the class parse_many records; it is a SummitdocError."""
    assert summitdoc.ParseTimeoutError is exceptions.ParseTimeoutError
    assert _batch.ParseTimeoutError is exceptions.ParseTimeoutError
    assert issubclass(summitdoc.ParseTimeoutError, summitdoc.SummitdocError)
    assert "ParseTimeoutError" in summitdoc.__all__
    assert "ParseTimeoutError" in exceptions.__all__


# -- parse and parse_text -------------------------------------------------------------------------


def test_parse_times_out_between_stages(clock: Clock) -> None:
    """Past the deadline, the parse stops before the next stage and names it and the input."""
    parser = slow_parser(clock, after="people")
    with pytest.raises(summitdoc.ParseTimeoutError) as caught:
        summitdoc.parse(SEED, parser=parser, timeout=5)
    assert _one_line(caught.value) == f"{SEED}: timed out before the 'turns' stage"
    # The same parser within its budget parses.
    assert summitdoc.parse(SEED, parser=parser, timeout=60).participants


def test_parse_text_times_out_between_stages(clock: Clock) -> None:
    """parse_text counts the same budget; the input is its path, or <text>."""
    parser = slow_parser(clock, after="quotes", seconds=3.0)
    with pytest.raises(summitdoc.ParseTimeoutError) as caught:
        summitdoc.parse_text(SNIPPET, parser=parser, timeout=2.5)
    assert _one_line(caught.value) == "<text>: timed out before the 'attribution' stage"
    with pytest.raises(summitdoc.ParseTimeoutError, match=r"^r\.txt: timed out before"):
        summitdoc.parse_text(SNIPPET, parser=parser, timeout=2.5, path="r.txt")


def test_times_out_after_the_last_stage(clock: Clock) -> None:
    """A budget spent by the last stage stops the parse before the summit is built."""
    parser = slow_parser(clock, after="decisions")
    with pytest.raises(summitdoc.ParseTimeoutError, match=r"before building the summit$"):
        summitdoc.parse_text(SNIPPET, parser=parser, timeout=1)


def test_parse_checks_between_decoding_and_the_parser(
    clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Time spent reading and decoding counts: the parse stops before choosing a parser."""

    def slow_decode(data: bytes, **kwargs: Any) -> str:
        clock.spend(10)
        return decode(data, **kwargs)

    monkeypatch.setattr(_api, "decode", slow_decode)
    with pytest.raises(summitdoc.ParseTimeoutError) as caught:
        summitdoc.parse(SEED, timeout=5)
    assert _one_line(caught.value) == f"{SEED}: timed out after reading and decoding"
    with SEED.open("rb") as f, pytest.raises(summitdoc.ParseTimeoutError, match=r"decoding$"):
        summitdoc.parse(f, timeout=5)


def test_parse_text_checks_between_intake_and_the_stages(clock: Clock) -> None:
    """Reading a saved page is intake: time spent there stops the parse before ``layout``."""

    class SlowPages(Parser):
        def read_html(
            self, html: str, *, name: str = "<html>"
        ) -> tuple[str, list[tuple[int, int, str]]]:
            clock.spend(10)
            return super().read_html(html, name=name)

    with pytest.raises(summitdoc.ParseTimeoutError) as caught:
        summitdoc.parse_text(PAGE, parser=SlowPages(), timeout=5, path="page.html")
    assert _one_line(caught.value) == "page.html: timed out before the 'layout' stage"


def test_parser_parse_text_takes_a_deadline() -> None:
    """Parser.parse_text stops before its first stage once its deadline has passed."""
    with pytest.raises(summitdoc.ParseTimeoutError, match="before the 'layout' stage"):
        Parser().parse_text(SNIPPET, deadline=time.monotonic() - 1)
    assert Parser().parse_text(SNIPPET, deadline=time.monotonic() + 600).participants


def test_a_nanosecond_is_not_enough() -> None:
    """On the real clock, no parse fits in a nanosecond."""
    with pytest.raises(summitdoc.ParseTimeoutError, match=r"timed out"):
        summitdoc.parse(SEED, timeout=1e-9)
    with pytest.raises(summitdoc.ParseTimeoutError, match=r"^<text>: timed out"):
        summitdoc.parse_text(SNIPPET, timeout=1e-9)


@pytest.mark.parametrize("timeout", [None, 600, 600.0])
def test_no_timeout_or_a_generous_one_parses_as_usual(timeout: float | None) -> None:
    """None (the default) and a budget the parse fits in change nothing."""
    assert summitdoc.parse(SEED, timeout=timeout) == summitdoc.parse(SEED)
    assert summitdoc.parse_text(SNIPPET, timeout=timeout) == summitdoc.parse_text(SNIPPET)


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
@pytest.mark.parametrize(
    "call",
    [
        lambda t: summitdoc.parse(SEED, timeout=t),
        lambda t: summitdoc.parse("no/such/report.txt", timeout=t),
        lambda t: summitdoc.parse_text(SNIPPET, timeout=t),
    ],
    ids=["parse", "parse-missing-file", "parse_text"],
)
def test_bad_timeouts_are_refused(call: Callable[[object], object], timeout: object) -> None:
    """A timeout that is not a positive, finite number of seconds is a ValueError, up front."""
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds") as caught:
        call(timeout)
    assert not isinstance(caught.value, summitdoc.SummitdocError)


# -- the command line -----------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:  # argparse: usage errors
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_timeout_is_a_failed_document(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc parse --timeout` too short: one line on stderr naming the file, exit 1."""
    code, out, err = _run(capsys, "parse", SEED, "--timeout", "1e-9")
    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"summitdoc: {SEED}: timed out ")
    assert "Traceback" not in err


def test_cli_timeout_does_not_stop_the_other_inputs(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The report that runs out of time fails alone: the others are written, the exit is 1."""
    slow = tmp_path / "slow.txt"
    slow.write_text(SNIPPET, encoding="utf-8")

    def decode_slow_txt_slowly(data: bytes, *, name: str, **kwargs: Any) -> str:
        if name.endswith("slow.txt"):
            clock.spend(10)
        return decode(data, name=name, **kwargs)

    monkeypatch.setattr(_api, "decode", decode_slow_txt_slowly)
    out_dir = tmp_path / "out"
    code, _, err = _run(capsys, "parse", slow, SEED, "--timeout", "5", "-o", out_dir)
    assert code == 1
    assert err == f"summitdoc: {slow}: timed out after reading and decoding\n"
    assert sorted(p.name for p in out_dir.iterdir()) == [f"{SEED.name}.json"]


def test_cli_generous_timeout_parses(capsys: pytest.CaptureFixture[str]) -> None:
    """A timeout the parse fits in gives the same output as none."""
    code, out, err = _run(capsys, "parse", SEED, "--timeout", "600", "--indent", "-1")
    assert (code, err) == (0, "")
    assert json.loads(out) == json.loads(summitdoc.to_json(summitdoc.parse(SEED)))


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon", ""])
def test_cli_bad_timeout_is_a_usage_error(capsys: pytest.CaptureFixture[str], value: str) -> None:
    """`--timeout` that is not a positive number of seconds: exit 2, nothing parsed."""
    code, out, err = _run(capsys, "parse", SEED, "--timeout", value)
    assert code == 2
    assert out == ""
    assert "--timeout" in err
    assert "not a positive number of seconds" in err


# -- Dask -----------------------------------------------------------------------------------------


def test_dask_read_reports_passes_the_timeout_on() -> None:
    """read_reports gives each report the budget; the synchronous scheduler is enough here."""
    pytest.importorskip("dask")
    sdask = pytest.importorskip("summitdoc.dask")
    path = str(SEED)
    with pytest.raises(summitdoc.ParseTimeoutError, match="timed out"):
        sdask.read_reports([path], timeout=1e-9).compute(scheduler="sync")
    [failure] = sdask.read_reports([path], timeout=1e-9, errors="return").compute(scheduler="sync")
    assert isinstance(failure, summitdoc.Failure)
    assert failure.error == "ParseTimeoutError"
    assert failure.message.startswith(f"{path}: timed out ")
    assert sdask.read_reports([path], timeout=1e-9, errors="skip").compute(scheduler="sync") == []
    [summit] = sdask.read_reports([path], timeout=600).compute(scheduler="sync")
    assert summit == summitdoc.parse(SEED)


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_dask_read_reports_refuses_bad_timeouts(timeout: object) -> None:
    """A bad timeout is refused when the bag is made, not when it is computed."""
    pytest.importorskip("dask")
    sdask = pytest.importorskip("summitdoc.dask")
    with pytest.raises(ValueError, match="timeout must be a positive number of seconds"):
        sdask.read_reports([str(SEED)], timeout=timeout)
