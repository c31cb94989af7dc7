"""Hostile and broken input: only summitdoc's own errors, valid results, work linear in size."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summitdoc

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"


def check_invariants(summit: summitdoc.Summit) -> None:
    """What every parse result must satisfy, whatever the input."""
    text = summit.source.text
    for q in summit.quotes:
        assert text[q.span.start : q.span.end] == q.text
    for _, span in summit.spans():
        assert 0 <= span.start <= span.end <= len(text)
    assert summitdoc.from_json(summitdoc.to_json(summit)) == summit
    assert summitdoc.from_xml(summitdoc.to_xml(summit)) == summit


def parse_or_error(text: str) -> summitdoc.Summit | None:
    try:
        return summitdoc.parse_text(text)
    except summitdoc.SummitdocError:
        return None


# -- fuzzing ---------------------------------------------------------------------------------------

_MARKS = "“”\"«»„‘’'"
_PIECES = [
    "President of Belarus Aleksandr Lukashenko",
    "Kazakhstan President Kassym-Jomart Tokayev",
    "the Belarusian leader",
    "the Head of State",
    " said, ",
    " noted.",
    "Four statements were passed: on trade; on peace; on culture.",
    "It was decided that Russia will preside over the CIS in 2025.",
    "The documents signed include resolutions on A; on B; as well as on C.",
    (
        "A bilateral meeting of President of Belarus Aleksandr Lukashenko and President of "
        "Uzbekistan Shavkat Mirziyoyev took place."
    ),
    "\n",
    "\n\n",
    "* * *",
    "On the need to act together",
    "President of Russia Vladimir Putin: ",
    "     BELTA",
    "[Mirziyoyev, Uzbekistan President]",
    "October 11, 2017 15:20 Sochi",
    "<p>",
    "</p>",
    "\u00a0",
    "\u200f",
    "\U0001f600",
    "e\u0301",
    "###",
]


def report_shaped() -> st.SearchStrategy[str]:
    """Text made of report pieces, quote marks and noise, in any order."""
    piece = st.one_of(
        st.sampled_from(_PIECES),
        st.sampled_from(list(_MARKS)),
        st.text(max_size=40),
    )
    return st.lists(piece, max_size=60).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_parse_text_raises_only_summitdoc_errors(text: str) -> None:
    """Any string parses into a valid summit or raises a SummitdocError, nothing else."""
    summit = parse_or_error(text)
    if summit is not None:
        check_invariants(summit)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(report_shaped())
def test_report_shaped_text_gives_valid_summits(text: str) -> None:
    """Report-shaped text (headings, names, cues, unbalanced and nested marks) parses validly."""
    summit = parse_or_error(text)
    if summit is not None:
        check_invariants(summit)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_parse_bytes_raises_only_summitdoc_errors(tmp_path: Path, data: bytes) -> None:
    """Any bytes in a file parse into a valid summit or raise a SummitdocError naming the file."""
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    try:
        summit = summitdoc.parse(path)
    except summitdoc.SummitdocError as e:
        message = str(e)
    else:
        check_invariants(summit)
        return
    assert str(path) in message


def test_no_replacement_character_is_invented(tmp_path: Path) -> None:
    """Bytes no encoding decodes cleanly are refused, never decoded with U+FFFD in them."""
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Summit report \xff\xfe\xfa\x80\x81 " * 3 + b"\x00")
    with pytest.raises(summitdoc.InputError):
        summitdoc.parse(path)


def test_size_limit_is_enforced_and_configurable(tmp_path: Path) -> None:
    """A report over the size limit is refused with an InputError; a larger limit admits it."""
    path = tmp_path / "big.txt"
    path.write_bytes(SEED.read_bytes())
    with pytest.raises(summitdoc.InputError, match="over the limit"):
        summitdoc.parse(path, max_bytes=1000)
    assert summitdoc.parse(path, max_bytes=10**6).participants


# -- work grows linearly with the input ----------------------------------------------------------


def work(text: str) -> int:
    """The number of Python and C function calls parsing ``text`` makes (not wall time)."""
    calls = 0

    def count(_frame: object, event: str, _arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(count)
    try:
        parse_or_error(text)
    finally:
        sys.setprofile(None)
    return calls


def _para() -> str:
    return SEED.read_text(encoding="utf-8").split("\n")[4]


def _names(n: int) -> str:
    people = [f"President of Belarus Name{i:05d} Surname{i:05d}x" for i in range(n)]
    return "Summit\n\nThe meeting was attended by " + ", ".join(people) + "."


#: A sentence before a shape with none: text without any is refused at intake, at once.
_LEAD = "Summit\n\nThe leaders met today and talked. "
_GREEK = [
    "Alpha",
    "Beta",
    "Gamma",
    "Delta",
    "Epsilon",
    "Zeta",
    "Eta",
    "Theta",
    "Iota",
    "Kappa",
    "Lambda",
    "Mu",
    "Nu",
    "Xi",
    "Omicron",
    "Pi",
    "Rho",
    "Sigma",
    "Tau",
    "Upsilon",
    "Phi",
    "Chi",
    "Psi",
    "Omega",
]


def _repeated(unit: str, n: int) -> str:
    """``unit`` repeated to ``n`` characters (cut in the middle if it must)."""
    return (unit * (n // len(unit) + 1))[:n]


def _capitalised(n: int) -> str:
    return " ".join(_GREEK[i % len(_GREEK)] for i in range(n // 6))


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "curly quote marks": lambda n: "Title\n\n" + "“" * n,
    "straight quote marks": lambda n: "Title\n\n" + '"' * n,
    "quotes that never close": lambda n: "Title\n\n" + "“a b c " * (n // 7),
    "one long paragraph": lambda n: "Title\n\n" + (_para() + " ") * (n // (len(_para()) + 1)),
    "many headings": lambda n: "Title\n\n" + "On topic x\n\n" * (n // 12),
    "many names": lambda n: _names(n // 50),
    "a quote a line": lambda n: "Title\n\n" + "“Some words here.\n" * (n // 18),
    "nested marks": lambda n: "Title\n\n" + "“a “b “c ” d ” e ” " * (n // 20),
    "closed quotes in one paragraph": lambda n: "Title\n\n" + "“Yes,” he said. " * (n // 16),
    # The shapes of issue 9, points 1-3 (benchmarks/bench.py measures them at 100 kB and 1 MB).
    "an all-capitals sentence repeated": lambda n: _repeated(
        "THE COUNCIL WAS GIVEN THE STATUS OF AN ORGAN. ", n
    ),
    "the seed in capitals, repeated": lambda n: _repeated(SEED.read_text("utf-8").upper(), n),
    "a reporting verb repeated": lambda n: _repeated("said ", n),
    "one line of capitalised words": _capitalised,
    "nested round brackets": lambda n: _LEAD + "(" * (n // 2) + ")" * (n // 2),
    "nested square brackets": lambda n: _LEAD + "[" * (n // 2) + "]" * (n // 2),
    "quote marks after a sentence": lambda n: _LEAD + "“" * n,
    "the seed repeated": lambda n: _repeated(SEED.read_text("utf-8"), n),
    # One sentence with a cue every few words: each cue's own search must stay short.
    "one sentence of meetings": lambda n: (
        _LEAD + _repeated("President Ana Lopez met with President Juan Perez and ", n)
    ),
    "one sentence of passive decisions": lambda n: (
        _LEAD + _repeated("The fund was established and the bank was set up and ", n)
    ),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_work_is_linear_in_input_size(name: str) -> None:
    """Doubling an adversarial input at most a little more than doubles the work done."""
    make = ADVERSARIAL[name]
    small, large = work(make(20_000)), work(make(40_000))
    assert large <= 2.6 * small, f"{name}: {small} calls for 20 kB, {large} for 40 kB"


# -- no pattern backtracks catastrophically ------------------------------------------------------

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_REPORTS = [SEED, *sorted((SHARED / "corpus").glob("*.txt"))]


class _OverBudgetError(Exception):
    pass


def _raise_over_budget(_signum: int, _frame: object) -> None:
    raise _OverBudgetError


def cpu_seconds_bounded(text: str, seconds: float) -> None:
    """Parse ``text``, failing if it takes more than ``seconds`` of this process's CPU time.

    CPU time (not wall time) is what a runaway regular expression burns; the regex engine checks
    for signals, so the profiling timer interrupts even a single catastrophic match.
    """
    previous = signal.signal(signal.SIGPROF, _raise_over_budget)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        parse_or_error(text)
    except _OverBudgetError:
        pytest.fail(f"more than {seconds} s of CPU for {len(text)} characters")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_a_shouted_sentence_parses_at_once() -> None:
    """An all-capitals sentence once made the decision patterns backtrack for minutes."""
    cpu_seconds_bounded("THE COUNCIL WAS GIVEN THE STATUS OF AN ORGAN.", 5)
    cpu_seconds_bounded("THE " + "WORD " * 200 + "WAS APPROVED.", 5)


@pytest.mark.parametrize("path", _REPORTS, ids=lambda p: p.name)
@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(str.upper, id="all-capitals"),
        pytest.param(lambda t: t + " said" * 5000, id="repeated-verb"),
        pytest.param(lambda t: t.replace(" ", "   "), id="wide-spaces"),
    ],
)
def test_report_variants_parse_within_a_cpu_budget(
    path: Path, variant: Callable[[str], str]
) -> None:
    """Every report, shouted, padded with a repeated verb or widely spaced, parses promptly.

    Each parses in well under a second; the bound is generous so that only a runaway match
    (seconds to hours) fails it.
    """
    cpu_seconds_bounded(variant(path.read_text(encoding="utf-8")), 20)


@pytest.mark.parametrize(
    "name",
    [
        "an all-capitals sentence repeated",
        "the seed in capitals, repeated",
        "a reporting verb repeated",
        "one line of capitalised words",
        "nested round brackets",
        "quote marks after a sentence",
        "one sentence of meetings",
        "one sentence of passive decisions",
    ],
)
def test_hostile_shapes_parse_within_a_cpu_budget(name: str) -> None:
    """200 kB of each shape of issue 9 parses in a few seconds of CPU.

    Counted calls miss work done inside C (a slice or split of the text per verb made
    ``"said " * n`` quadratic: over 30 s at this size); a linear parse takes about a second.
    """
    cpu_seconds_bounded(ADVERSARIAL[name](200_000), 15)


def test_a_separator_control_character_as_a_statement_subject() -> None:
    # str.split() treats "\x1f" as white space: a subject of that character alone has no words.
    summit = summitdoc.parse_text(
        " noted.\x1fFour statements were passed: on trade; on peace; on culture."
    )
    check_invariants(summit)
