"""summitdoc benchmarks: parse speed against a regex floor, serializers, scaling, batch, memory.

Run from the repository root with summitdoc installed:

    python benchmarks/bench.py            # about two minutes on two cores
    python benchmarks/bench.py --quick    # smaller sizes and a 200-report archive
    python benchmarks/bench.py --full     # the issue's sizes: 5 MB paragraph, 10 MB report

Every number is measured in this run on this machine; the "floor" is one plain regex
tokenisation pass over the same text in the same process, so ratios compare like with like.
Results are printed as Markdown for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
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
from typing import TYPE_CHECKING

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
        ("seed parse / floor", f"{parse / floor:.1f}x (target: at most 3x)"),
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
    cases: dict[str, Callable[[int], str]] = {
        "quote marks only": lambda n: "Title\n\n" + "“" * n,
        "quotes that never close": lambda n: "Title\n\n" + "“a b c " * (n // 7),
        "one long paragraph": lambda n: "Title\n\n" + (para + " ") * (n // (len(para) + 1)),
        "headings only": lambda n: "Title\n\n" + "On topic x\n\n" * (n // 12),
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
    print(table(seed_and_serializers(text, repeat), ("measure", "result")), "\n")
    print(table(adversarial(text, sizes), ("input", "small", "large", "ratio")), "\n")
    print(table(batch(text, count), ("batch", "result")), "\n")
    print(table(memory_flat((count // 4, count)), ("memory", "result")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
