"""Dask: a bag of summits over many reports, and JSON Lines out of it.

Install with ``pip install 'summitdoc[dask]'``; ``import summitdoc`` does not import this module.
Reports are parsed where the bag's tasks run (worker processes of a ``distributed`` cluster, or
the local scheduler), so the paths must be readable there.

>>> from distributed import Client, LocalCluster  # doctest: +SKIP
>>> import summitdoc.dask
>>> cluster = LocalCluster(n_workers=2, threads_per_worker=1)  # doctest: +SKIP
>>> with Client(cluster):  # doctest: +SKIP
...     bag = summitdoc.dask.read_reports("archive/**/*.txt")
...     summitdoc.dask.to_jsonl(bag, "summits.jsonl")
2000

Failures are the caller's choice, with ``errors=``: ``"raise"`` (the default) fails the
computation with the first report's error, as any Dask task does; ``"skip"`` leaves failed
reports out; ``"return"`` keeps them in the bag as :class:`summitdoc.Failure` records, in place.
``timeout=`` gives each report a time budget, checked between the parser's stages as
:func:`summitdoc.parse` does: a report over it is a ``ParseTimeoutError``, handled as ``errors=``
says. A stage that hangs is not interrupted (a task cannot be stopped from outside); for archives
that may hold such reports, use :func:`summitdoc.parse_many` or ``summitdoc batch``.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

try:
    import dask.bag
    from dask.base import compute
    from dask.delayed import delayed
except ImportError as e:  # pragma: no cover - the extra is not installed
    raise ImportError(
        "summitdoc.dask needs dask and distributed: pip install 'summitdoc[dask]'"
    ) from e

from ._api import DEFAULT_MAX_BYTES, check_timeout, parse
from ._batch import DEFAULT_PATTERNS, Failure, _attempt, find_reports
from ._files import atomic_file
from ._tables import TABLE_NAMES, tables, to_arrow, write_parquet
from .exceptions import InputError, SerializationError
from .models import Summit
from .serialize import to_json

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from .parsers._base import Parser

__all__ = ["DEFAULT_PARTITION_SIZE", "read_reports", "to_jsonl", "to_tables"]

#: Reports per partition: a partition of summits is a few megabytes in memory.
DEFAULT_PARTITION_SIZE: Final = 100

Errors = Literal["raise", "skip", "return"]

# dask's bag functions carry no annotations: these are their types as used here.
_from_sequence = cast("Callable[..., dask.bag.Bag]", dask.bag.from_sequence)
_compute = cast("Callable[..., tuple[Any, ...]]", compute)
_delayed = cast("Callable[..., Callable[..., Any]]", delayed)


def _map(bag: dask.bag.Bag) -> Callable[..., dask.bag.Bag]:
    return cast("Callable[..., dask.bag.Bag]", bag.map)


def _filter(bag: dask.bag.Bag) -> Callable[[Callable[[object], bool]], dask.bag.Bag]:
    return cast("Callable[[Callable[[object], bool]], dask.bag.Bag]", bag.filter)


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """The report paths a pattern, a directory, a file or a list of paths names, in order."""
    if not isinstance(paths_or_glob, str | os.PathLike):
        return [os.fspath(p) for p in paths_or_glob]
    given = os.fspath(paths_or_glob)
    if Path(given).is_dir():
        found = [path for path, _ in find_reports([given], DEFAULT_PATTERNS)]
    elif glob.has_magic(given):
        found = sorted(p for p in glob.glob(given, recursive=True) if Path(p).is_file())  # noqa: PTH207
    else:
        return [given]
    if not found:
        raise InputError(f"{given}: no reports found")
    return found


def _parse_one(
    path: str,
    parser: str | Parser | None,
    max_bytes: int,
    errors: Errors,
    timeout: float | None = None,
) -> Summit | Failure:
    if errors == "raise":
        return parse(path, parser=parser, max_bytes=max_bytes, timeout=timeout)
    return _attempt(path, parser, max_bytes, timeout=timeout)


def _is_summit(item: object) -> bool:
    return isinstance(item, Summit)


def read_reports(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    parser: str | Parser | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    errors: Errors = "raise",
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = None,
) -> dask.bag.Bag:
    """A bag of the summits of many reports, parsed lazily where the bag's tasks run.

    Args:
        paths_or_glob: a glob pattern (``archive/**/*.txt``; ``**`` searches subdirectories), a
            directory (searched recursively for ``*.txt``, ``*.htm`` and ``*.html``, as
            ``summitdoc batch`` does), one file, or a list of paths. The bag keeps their order.
        parser: a registered parser's name, or a parser object (pickled to the workers).
        partition_size: reports per partition.
        errors: ``"raise"`` fails the computation on the first report that fails; ``"skip"``
            leaves failed reports out; ``"return"`` keeps a :class:`summitdoc.Failure` in their
            place.
        max_bytes: refuse larger inputs (default 50 MiB).
        timeout: seconds each report's parse may take, as for :func:`summitdoc.parse`
            (default: no limit); a report over it fails with ``ParseTimeoutError``.

    Raises:
        InputError: a pattern or directory names no report.
        ValueError: ``errors``, ``partition_size`` or ``timeout`` is not valid.
    """
    check_timeout(timeout)
    if errors not in ("raise", "skip", "return"):
        raise ValueError(f"errors must be 'raise', 'skip' or 'return', not {errors!r}")
    if (
        isinstance(partition_size, bool)
        or not isinstance(partition_size, int)
        or partition_size < 1
    ):
        raise ValueError(f"partition_size must be a positive integer, not {partition_size!r}")
    paths = _paths(paths_or_glob)
    bag = _from_sequence(paths, partition_size=partition_size)
    parsed = _map(bag)(
        _parse_one, parser=parser, max_bytes=max_bytes, errors=errors, timeout=timeout
    )
    return _filter(parsed)(_is_summit) if errors == "skip" else parsed


def _line(item: object) -> bytes:
    """A summit as one line of JSON Lines."""
    if not isinstance(item, Summit):
        raise SerializationError(
            f"to_jsonl writes summits, not {type(item).__name__} "
            "(read_reports(..., errors='skip') leaves failures out)"
        )
    return to_json(item).encode("utf-8", "backslashreplace") + b"\n"


def _write_part(summits: Iterable[object], directory: str, name: str) -> int:
    """Write one partition's summits as ``directory/name``, whole or not at all; how many."""
    count = 0
    with atomic_file(Path(directory) / name) as f:
        for summit in summits:
            f.write(_line(summit))
            count += 1
    return count


def _part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _write_parts(bag: dask.bag.Bag, directory: Path) -> int:
    parts = cast("Callable[[], list[Any]]", bag.to_delayed)()
    write = _delayed(_write_part, pure=False)
    tasks = [write(part, str(directory), _part_name(i)) for i, part in enumerate(parts)]
    return sum(_compute(*tasks))


def to_jsonl(bag: dask.bag.Bag, path_or_dir: str | os.PathLike[str]) -> int:
    """Write a bag of summits as JSON Lines, one summit a line; return how many were written.

    A path ending in ``.jsonl`` gets one file, in the bag's order. Anything else is a directory
    (created if missing) that gets one file per partition, ``part-00000.jsonl``,
    ``part-00001.jsonl``, ...; part files of an earlier, larger bag are removed. Every file is
    written to a temporary name in its directory and renamed when complete, so no file is ever
    left half written. The partitions are written in parallel where the bag's tasks run: the
    directory must be on a file system they share with the caller.

    Raises:
        SerializationError: the bag holds something other than summits.
    """
    target = Path(path_or_dir)
    if target.suffix == ".jsonl":
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.parts-", dir=target.parent))
        try:
            count = _write_parts(bag, staging)
            with atomic_file(target) as out:
                for i in range(bag.npartitions):
                    with (staging / _part_name(i)).open("rb") as part:
                        shutil.copyfileobj(part, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return count
    target.mkdir(parents=True, exist_ok=True)
    count = _write_parts(bag, target)
    written = {_part_name(i) for i in range(bag.npartitions)}
    for stale in target.glob("part-*.jsonl"):
        if stale.name not in written:
            stale.unlink()
    return count


def _write_tables_part(summits: Iterable[object], directory: str, part: str) -> dict[str, int]:
    """Write one partition's tables as ``directory/<table>/<part>.parquet``; rows per table."""
    found = tables(cast("Iterable[Summit]", summits))
    write_parquet(found, directory, part=part)
    return {name: len(table) for name, table in found.items()}


def to_tables(bag: dask.bag.Bag, directory: str | os.PathLike[str]) -> dict[str, int]:
    """Write a bag of summits as one Parquet dataset per table; return the rows of each.

    The tables are those of :func:`summitdoc.tables`, with its column types. Each table is a
    directory, ``directory/quotes/``, holding one file per partition of the bag
    (``part-00000.parquet``, ...; an empty partition gives an empty file with the columns), so
    ``pyarrow.dataset.dataset(directory / "quotes")`` or DuckDB's
    ``read_parquet('quotes/*.parquet')`` reads it whole. Part files of an earlier, larger bag
    are removed. Needs pyarrow (``pip install 'summitdoc[parquet]'``).

    Raises:
        ImportError: pyarrow is not installed.
        SerializationError: the bag holds something other than summits.
    """
    to_arrow(tables([])["summits"])  # ImportError now, not in a task, if pyarrow is missing
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    parts = cast("Callable[[], list[Any]]", bag.to_delayed)()
    write = _delayed(_write_tables_part, pure=False)
    names = [f"part-{i:05d}" for i in range(len(parts))]
    counts = _compute(
        *(write(part, str(target), name) for part, name in zip(parts, names, strict=True))
    )
    written = {f"{name}.parquet" for name in names}
    for table in TABLE_NAMES:
        for stale in (target / table).glob("part-*.parquet"):
            if stale.name not in written:
                stale.unlink()
    return {table: sum(c[table] for c in counts) for table in TABLE_NAMES}
