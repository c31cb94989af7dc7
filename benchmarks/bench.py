"""summitdoc benchmarks: parse speed against a regex floor, serializers, scaling, batch, memory.

Run from the repository root with summitdoc installed:

    python benchmarks/bench.py            # about two minutes on two cores
    python benchmarks/bench.py --quick    # smaller sizes and a 200-report archive
    python benchmarks/bench.py --full     # the issue's sizes: 5 MB paragraph, 10 MB report
    python benchmarks/bench.py --hostile-only [--quick | --full]   # hostile shapes only

The hostile shapes of issue 9 (all capitals, "said " repeated, one line of capitalised words,
nested brackets, quote marks, the seed repeated, one sentence of summit cues) are measured each shape and size in a fresh
process: seconds per MB at 100 kB and 1 MB (20 and 200 kB with --quick; 10 MB too with --full)
and peak RSS growth per input byte at the largest size.

Every number is measured in this run on this machine; the "floor" is one plain regex
tokenisation pass over the same text in the same process, so ratios compare like with like.
Results are printed as Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import summitdoc

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
FLOOR = re.compile(r"\w+|[^\w\s]")


def median_seconds(fn: Callable[[], object], *, repeat: int, inner: int = 1) -> float:
    """The median time of ``fn`` over ``repeat`` rounds of ``inner`` calls."""
    fn()  # warm caches (knowledge, gazetteer, compiled patterns)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - start) / inner)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, summitdoc {summitdoc.__version__}"
    )


def seed_and_serializers(text: str, repeat: int) -> list[tuple[str, str]]:
    floor = median_seconds(lambda: FLOOR.findall(text), repeat=repeat, inner=20)
    parse = median_seconds(lambda: summitdoc.parse_text(text), repeat=repeat)
    summit = summitdoc.parse_text(text)
    js = summitdoc.to_json(summit)
    xml = summitdoc.to_xml(summit)
    rows = [
        ("regex tokenisation pass (floor)", f"{floor * 1e3:.2f} ms"),
        ("seed parse (median)", f"{parse * 1e3:.2f} ms"),
        ("seed parse throughput", f"{len(text.encode()) / parse / 1e6:.2f} MB/s"),
        ("seed parse / floor", f"{parse / floor:.1f}x (issue 8's target: at most 25x)"),
    ]
    for name, fn in (
        ("to_json", lambda: summitdoc.to_json(summit)),
        ("from_json", lambda: summitdoc.from_json(js)),
        ("to_xml", lambda: summitdoc.to_xml(summit)),
        ("from_xml", lambda: summitdoc.from_xml(xml)),
    ):
        rows.append(
            (
                f"{name} on the seed (median)",
                f"{median_seconds(fn, repeat=repeat, inner=20) * 1e3:.3f} ms",
            )
        )
    return rows


def _paragraph(text: str) -> str:
    return text.split("\n")[4]


def adversarial(text: str, sizes: tuple[int, int]) -> list[tuple[str, str, str, str]]:
    """Seconds per input at two sizes and their ratio (2.0 is linear)."""
    para = _paragraph(text)
    # Text with no sentence at all is refused at intake: each shape opens with one.
    head = "Title\n\nThe leaders met for their summit.\n\n"
    cases: dict[str, Callable[[int], str]] = {
        "quote marks only": lambda n: head + "“" * n,
        "quotes that never close": lambda n: head + "“a b c " * (n // 7),
        "one long paragraph": lambda n: head + (para + " ") * (n // (len(para) + 1)),
        "headings only": lambda n: head + "On topic x\n\n" * (n // 12),
        "the seed repeated": lambda n: text * max(1, n // len(text)),
        "thousands of names": lambda n: (
            "Summit\n\nAttended by "
            + ", ".join(f"President of Belarus Name{i:06d} Surname{i:06d}x" for i in range(n // 50))
            + "."
        ),
    }
    rows = []
    for name, make in cases.items():
        small, large = make(sizes[0]), make(sizes[1])
        t_small = median_seconds(lambda s=small: summitdoc.parse_text(s), repeat=1)
        t_large = median_seconds(lambda s=large: summitdoc.parse_text(s), repeat=1)
        rows.append(
            (
                name,
                f"{len(small) / 1e6:.1f} MB: {t_small:.2f} s",
                f"{len(large) / 1e6:.1f} MB: {t_large:.2f} s",
                f"{t_large / t_small:.2f}",
            )
        )
    return rows


# -- hostile shapes: time and memory per MB, each measured in a fresh child process ------------

#: A sentence before marks-only shapes: text with no sentence at all is refused at intake (at once,
#: whatever its size), so without it those shapes would measure only the refusal.
LEAD = "Summit\n\nThe leaders met today and talked. "
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


def _repeat(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit.encode()))


def _nested(left: str, right: str, n: int) -> str:
    depth = max(1, (n - len(LEAD)) // 2)
    return LEAD + left * depth + right * depth


def _shape_text(name: str, n: int) -> str:
    """About ``n`` bytes (UTF-8) of the hostile shape ``name``."""
    seed = SEED.read_text(encoding="utf-8")
    shapes: dict[str, Callable[[int], str]] = {
        "all-caps sentence repeated": lambda n: _repeat(
            "THE COUNCIL WAS GIVEN THE STATUS OF AN ORGAN. ", n
        ),
        "the seed upper-cased, repeated": lambda n: _repeat(seed.upper(), n),
        '"said " repeated': lambda n: _repeat("said ", n),
        "one line of capitalised words": lambda n: " ".join(
            _GREEK[i % len(_GREEK)] for i in range(n // 6)
        ),
        "nested round brackets": lambda n: _nested("(", ")", n),
        "nested square brackets": lambda n: _nested("[", "]", n),
        "quote marks only": lambda n: LEAD + "\u201c" * ((n - len(LEAD)) // 3),
        "the seed repeated": lambda n: _repeat(seed, n),
        # One sentence with a cue every few words: every match's own search must stay short.
        "one sentence of summit cues": lambda n: (
            LEAD
            + _repeat(
                "the leaders approved the creation of a fund, President Ana Lopez met with President "
                "Juan Perez and handed the chairmanship to Chile, documents signed include the charter "
                "and a declaration was adopted and a bank was set up and ",
                n - len(LEAD),
            )
        ),
    }
    return shapes[name](n)


HOSTILE_SHAPES = (
    "all-caps sentence repeated",
    "the seed upper-cased, repeated",
    '"said " repeated',
    "one line of capitalised words",
    "nested round brackets",
    "nested square brackets",
    "quote marks only",
    "the seed repeated",
    "one sentence of summit cues",
)


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _measure_shape(name: str, n: int, conn: Any) -> None:
    """In a fresh (spawned) child: parse the shape once; send seconds, bytes, peak growth."""
    summitdoc.parse_text(SEED.read_text(encoding="utf-8"))  # load knowledge, compile patterns
    text = _shape_text(name, n)
    size = len(text.encode())
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec from the parent's peak.
    base = _status_kib("VmRSS")
    start = time.perf_counter()
    outcome = "parsed"
    try:
        summitdoc.parse_text(text)
    except summitdoc.SummitdocError as e:
        outcome = type(e).__name__
    seconds = time.perf_counter() - start
    peak = _status_kib("VmHWM")
    conn.send((seconds, size, (peak - base) * 1024, outcome))
    conn.close()


def _in_child(name: str, n: int, limit: float) -> tuple[float, int, int, str] | None:
    """Measure one shape and size in a fresh process; None if it runs over ``limit`` seconds."""
    ctx = multiprocessing.get_context("spawn")
    here, there = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_measure_shape, args=(name, n, there))
    child.start()
    there.close()
    result = None
    if here.poll(limit):
        result = here.recv()
    child.join(5)
    if child.is_alive():
        child.terminate()
        child.join()
    return result


def _size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n / 1000:g} kB"


def hostile(sizes: tuple[int, ...], limit: float) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """Per shape: seconds per MB at each size, the ratio of the first two (1.0 is linear; the
    target is at most 3), and peak memory growth per input byte at the largest size.

    Each shape and size runs in a fresh process, so one shape's peak cannot hide another's.
    """
    header = (
        "shape",
        *(f"s/MB at {_size(n)}" for n in sizes),
        f"ratio {_size(sizes[1])} / {_size(sizes[0])}",
        f"peak bytes per input byte at {_size(sizes[-1])}",
        "outcome",
    )
    rows = []
    for name in HOSTILE_SHAPES:
        # A limit in proportion to the size, plus the child's start and warm-up.
        limits = [10 + limit * n / sizes[1] for n in sizes]
        measured = [_in_child(name, n, t) for n, t in zip(sizes, limits, strict=True)]
        per_mb = [m[0] / (m[1] / 1e6) if m else None for m in measured]
        cells = [
            f"{v:.2f}" if v is not None else f"over {t:.0f} s"
            for v, t in zip(per_mb, limits, strict=True)
        ]
        small, large = per_mb[0], per_mb[1]
        ratio = f"{large / small:.2f}" if small and large is not None else "-"
        big = measured[-1]
        memory = f"{big[2] / big[1]:.1f}" if big else "-"
        outcome = next((m[3] for m in measured if m), "-")
        rows.append((name, *cells, ratio, memory, outcome))
    return rows, header


def make_archive(directory: Path, count: int, text: str) -> list[Path]:
    """``count`` reports: the seed with its people and places shuffled, a few short ones."""
    rnd = random.Random(7)
    people = ["Aleksandr Lukashenko", "Shavkat Mirziyoyev", "Kassym-Jomart Tokayev", "Ilham Aliyev"]
    paths = []
    for n in range(count):
        body = text
        if n % 3:
            a, b = rnd.sample(people, 2)
            body = body.replace(a, "\x00").replace(b, a).replace("\x00", b)
        if n % 10 == 0:
            body = body[: len(body) // 4]
        path = directory / f"report-{n:05d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def batch(text: str, count: int) -> list[tuple[str, str]]:
    jobs = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_archive(Path(tmp), count, text)
        timings = {}
        for n in sorted({1, jobs}):
            start = time.perf_counter()
            done = sum(
                1 for r in summitdoc.parse_many(paths, jobs=n) if isinstance(r, summitdoc.Summit)
            )
            timings[n] = time.perf_counter() - start
            rows.append(
                (
                    f"parse_many, {count} reports, jobs={n}",
                    f"{timings[n]:.1f} s ({done / timings[n]:.0f} reports/s, {done} parsed)",
                )
            )
        if jobs > 1:
            rows.append(
                (
                    f"scaling with {jobs} processes",
                    f"{timings[1] / timings[jobs]:.2f}x (target: at least 1.8x on 2 cores)",
                )
            )
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rows.append(("peak memory of the largest worker", f"{children:.0f} MiB"))
    return rows


def memory_flat(counts: tuple[int, int]) -> list[tuple[str, str]]:
    """Peak RSS of a fresh parent streaming ``counts`` reports: flat memory gives equal numbers."""
    import subprocess  # noqa: PLC0415

    rows = []
    code = (
        "import resource, sys, tempfile, pathlib, summitdoc\n"
        "sys.path.insert(0, sys.argv[3])\n"
        "from bench import make_archive\n"
        "with tempfile.TemporaryDirectory() as tmp:\n"
        "    seed = pathlib.Path(sys.argv[2]).read_text()\n"
        "    paths = make_archive(pathlib.Path(tmp), int(sys.argv[1]), seed)\n"
        "    for _ in summitdoc.parse_many(paths, jobs=2):\n"
        "        pass\n"
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec from the parent's peak.
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
    )
    for count in counts:
        out = subprocess.run(
            [sys.executable, "-c", code, str(count), str(SEED), str(Path(__file__).parent)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        rows.append(
            (f"parent peak RSS streaming {count} reports", f"{int(out.strip()) / 1024:.0f} MiB")
        )
    return rows


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="small sizes, 200-report archive")
    ap.add_argument("--full", action="store_true", help="5 and 10 MB inputs, 2000-report archive")
    ap.add_argument(
        "--hostile-only", action="store_true", help="only the hostile shapes' time and memory"
    )
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    repeat = 5 if args.quick else 15
    sizes = (
        (100_000, 200_000)
        if args.quick
        else (5_000_000, 10_000_000)
        if args.full
        else (500_000, 1_000_000)
    )
    count = 200 if args.quick else 2000
    print(f"Machine: {machine()}\n")
    if not args.hostile_only:
        print(table(seed_and_serializers(text, repeat), ("measure", "result")), "\n")
        print(table(adversarial(text, sizes), ("input", "small", "large", "ratio")), "\n")
    shape_sizes = (
        (20_000, 200_000)
        if args.quick
        else (100_000, 1_000_000, 10_000_000)
        if args.full
        else (100_000, 1_000_000)
    )
    print(table(*hostile(shape_sizes, limit=60 if args.quick else 300)), "\n")
    if not args.hostile_only:
        print(table(batch(text, count), ("batch", "result")), "\n")
        print(table(memory_flat((count // 4, count)), ("memory", "result")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
