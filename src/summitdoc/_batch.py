"""Many reports at once: :func:`parse_many` parses in worker processes and yields in input order.

Each input gives exactly one result, in the order the inputs came: the :class:`~summitdoc.Summit`,
or a :class:`Failure` saying why there is none. A report that fails to read or parse, takes longer
than ``timeout`` seconds, or takes its worker process down with it is recorded as a failure and
the others go on; a stuck or dead worker is killed and replaced.

The pool is a handful of processes this module starts and drives itself, one task at a time each,
so that it knows which report every worker holds and since when: a worker past its deadline is
killed with SIGKILL, which a ``concurrent.futures`` pool cannot do to a running task. At most
``2 * jobs`` inputs are taken from the iterable and not yet yielded, so memory stays flat however
many inputs there are; inputs are drawn lazily, results are handed back as they come in order.

>>> import summitdoc
>>> results = summitdoc.parse_many(["seeds/000_01a1bb049021b88e.txt", "missing.txt"])
>>> [type(r).__name__ for r in results]  # doctest: +SKIP
['Summit', 'Failure']
"""

from __future__ import annotations

import contextlib
import fnmatch
import math
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from multiprocessing.connection import wait
from pathlib import Path
from typing import TYPE_CHECKING, Final, TypeAlias

from attrs import field, frozen

from ._api import DEFAULT_MAX_BYTES, parse
from .exceptions import ParseTimeoutError, SummitdocError
from .models import Summit
from .parsers.intake.decode import check_encoding

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess
    from types import FrameType

    from .parsers._base import Parser

__all__ = [
    "DEFAULT_PATTERNS",
    "BatchError",
    "Failure",
    "ParseTimeoutError",
    "Result",
    "WorkerCrashError",
    "find_reports",
    "parse_many",
]

#: The file names :func:`find_reports` takes from a directory when no pattern is given.
DEFAULT_PATTERNS: Final = ("*.txt", "*.htm", "*.html")

#: How long a new worker may take to import summitdoc and say it is ready.
_START_TIMEOUT: Final = 120.0
#: A worker gives up after this many workers in a row died before they were ready.
_START_FAILURES: Final = 3
#: How often an idle worker checks that the process that started it is still there (seconds).
_PARENT_CHECK: Final = 1.0
_READY: Final = "ready"


class BatchError(SummitdocError, ValueError):
    """A batch could not run at all: bad arguments, or worker processes that cannot start."""


class WorkerCrashError(SummitdocError):
    """The process parsing a report died (a crash in native code, the out-of-memory killer)."""


@frozen
class Failure:
    """Why one input gave no summit.

    Attributes:
        path: the input, as given (``os.fspath`` of it).
        error: the class name of the error: ``InputError``, ``ParseError``,
            ``ParseTimeoutError``, ``WorkerCrashError``, or another exception's name for a bug
            in a parser.
        message: one line, naming the file.
    """

    path: str = field()
    error: str = field()
    message: str = field()


#: What :func:`parse_many` yields for each input: its summit, or why there is none.
Result: TypeAlias = Summit | Failure


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _failure(path: str, error: BaseException) -> Failure:
    """The failure record of ``error``, raised while parsing ``path``."""
    name = type(error).__name__
    text = _one_line(str(error)) or name
    if not isinstance(error, SummitdocError):
        text = f"unexpected {name} in the parser (a bug): {text}"
    if path not in text:
        text = f"{path}: {text}"
    return Failure(path=path, error=name, message=text)


def _timed_out(path: str, timeout: float) -> Failure:
    return _failure(path, ParseTimeoutError(f"{path}: not parsed within {timeout:g} s"))


def _as_path(source: object) -> str | Failure:
    """The path an input names, or the failure of an input that is not a path."""
    if isinstance(source, str | os.PathLike):
        path = os.fspath(source)
        if isinstance(path, str):
            return path
    shown = repr(source)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return Failure(
        path=shown,
        error="InputError",
        message=f"{shown}: not a path (parse_many takes str or os.PathLike paths)",
    )


def _attempt(
    path: str,
    parser: str | Parser | None,
    max_bytes: int,
    encoding: str | None = None,
    timeout: float | None = None,
) -> Result:
    """Parse one report in this process; any error becomes its failure record."""
    try:
        return parse(path, parser=parser, max_bytes=max_bytes, encoding=encoding, timeout=timeout)
    except Exception as e:  # noqa: BLE001 - one report's failure, whatever it is, is recorded
        return _failure(path, e)


# -- in this process (jobs=1) --------------------------------------------------------------------


class _Expired(BaseException):
    """Raised by the alarm: a BaseException, so no ``except Exception`` in a parser eats it."""


def _expire(_signum: int, _frame: FrameType | None) -> None:
    raise _Expired


@contextlib.contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_Expired` after ``seconds`` (POSIX, main thread; elsewhere no limit)."""
    usable = (
        seconds is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _in_process(
    sources: Iterable[object],
    parser: str | Parser | None,
    max_bytes: int,
    timeout: float | None,
    encoding: str | None = None,
) -> Generator[Result, None, None]:
    for source in sources:
        path = _as_path(source)
        if isinstance(path, Failure):
            yield path
            continue
        try:
            with _alarm(timeout):
                result = _attempt(path, parser, max_bytes, encoding)
        except _Expired:
            result = _timed_out(path, timeout or 0.0)
        yield result


# -- the worker processes ------------------------------------------------------------------------


def _serve(
    conn: Connection, parser: str | Parser | None, max_bytes: int, encoding: str | None = None
) -> None:
    """A worker: parse each ``(index, path)`` it is sent; send back ``(index, result)``."""
    # Ctrl-C is the parent's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    conn.send(_READY)
    while True:
        # An orphan (its parent killed outright) stops instead of waiting for ever.
        while not conn.poll(_PARENT_CHECK):
            if os.getppid() != parent:
                return
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        result = _attempt(path, parser, max_bytes, encoding)
        try:
            conn.send((index, result))
        except (EOFError, OSError):
            return
        except Exception as e:  # noqa: BLE001 - a summit that cannot be pickled is its failure
            conn.send((index, _failure(path, e)))


def _sigint_ignored() -> contextlib.AbstractContextManager[None]:
    """Ignore Ctrl-C while a worker starts, so that it is born ignoring it (spawn included)."""
    if threading.current_thread() is not threading.main_thread():
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def ignored() -> Iterator[None]:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

    return ignored()


class _Worker:
    """One worker process, the report it holds and its deadline, as the parent sees them."""

    __slots__ = ("closed", "conn", "deadline", "process", "ready", "task")

    def __init__(
        self,
        context: BaseContext,
        parser: str | Parser | None,
        max_bytes: int,
        encoding: str | None = None,
    ) -> None:
        ours, theirs = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, parser, max_bytes, encoding),
            name="summitdoc-worker",
            daemon=True,
        )
        try:
            with _sigint_ignored():
                self.process.start()
        except Exception as e:
            ours.close()
            raise BatchError(
                f"cannot start a worker process ({type(e).__name__}: {_one_line(str(e))}); "
                "a parser given as an object must be picklable, or use jobs=1"
            ) from e
        finally:
            theirs.close()
        self.conn = ours
        self.ready = False
        #: The connection is at its end: the process is dying, only its sentinel is waited on.
        self.closed = False
        self.task: tuple[int, str] | None = None
        self.deadline: float | None = time.monotonic() + _START_TIMEOUT

    def give(self, task: tuple[int, str], timeout: float | None) -> bool:
        """Send the worker a report; False if it is gone."""
        try:
            self.conn.send(task)
        except (EOFError, OSError):
            self.closed = True
            return False
        self.task = task
        self.deadline = None if timeout is None else time.monotonic() + timeout
        return True

    def stop(self, *, force: bool) -> None:
        """Ask an idle worker to stop, or kill it; release its resources either way."""
        if not force and self.task is None:
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        with contextlib.suppress(ValueError):
            self.process.close()


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _pooled(
    sources: Iterable[object],
    *,
    jobs: int,
    timeout: float | None,
    parser: str | Parser | None,
    max_bytes: int,
    context: BaseContext,
    encoding: str | None = None,
) -> Generator[Result, None, None]:
    window = 2 * jobs
    inputs = iter(sources)
    todo: deque[tuple[int, str]] = deque()
    finished: dict[int, Result] = {}
    taken = given_back = 0
    exhausted = False
    workers: list[_Worker] = []
    start_failures = 0
    try:
        while True:
            while not exhausted and taken - given_back < window:
                try:
                    source = next(inputs)
                except StopIteration:
                    exhausted = True
                    break
                path = _as_path(source)
                if isinstance(path, Failure):
                    finished[taken] = path
                else:
                    todo.append((taken, path))
                taken += 1
            if given_back in finished:
                yield finished.pop(given_back)
                given_back += 1
                continue
            if exhausted and given_back == taken:
                return

            busy = sum(w.task is not None for w in workers)
            while len(workers) < min(jobs, busy + len(todo)):
                workers.append(_Worker(context, parser, max_bytes, encoding))
            for worker in workers:
                idle = worker.ready and worker.task is None and not worker.closed
                if todo and idle and worker.give(todo[0], timeout):
                    todo.popleft()

            deadlines = [w.deadline for w in workers if w.deadline is not None]
            wait_for = None if not deadlines else max(0.0, min(deadlines) - time.monotonic())
            wait(
                [w.conn for w in workers if not w.closed] + [w.process.sentinel for w in workers],
                wait_for,
            )

            now = time.monotonic()
            for worker in list(workers):
                # What a worker sent counts, even if it then died or ran out of time.
                try:
                    while not worker.closed and worker.conn.poll():
                        message = worker.conn.recv()
                        if message == _READY:
                            worker.ready, worker.deadline = True, None
                            start_failures = 0
                            continue
                        index, result = message
                        finished[index] = result
                        worker.task, worker.deadline = None, None
                except (EOFError, OSError):
                    worker.closed = True
                if not worker.process.is_alive():
                    workers.remove(worker)
                    code = worker.process.exitcode
                    if worker.task is not None:
                        index, path = worker.task
                        died = f"the worker process parsing it died ({_describe_exit(code)})"
                        finished[index] = _failure(path, WorkerCrashError(f"{path}: {died}"))
                        worker.task = None
                    elif not worker.ready:
                        start_failures += 1
                    worker.stop(force=True)
                    if start_failures >= _START_FAILURES:
                        raise BatchError(
                            f"worker processes die as they start ({_describe_exit(code)}); "
                            "under the spawn or forkserver start method the main module must "
                            "guard its code with `if __name__ == '__main__':`"
                        )
                elif worker.deadline is not None and now >= worker.deadline:
                    workers.remove(worker)
                    worker.stop(force=True)
                    if worker.task is not None:
                        index, path = worker.task
                        finished[index] = _timed_out(path, timeout or 0.0)
                    else:
                        start_failures += 1
                        if start_failures >= _START_FAILURES:
                            raise BatchError(
                                f"worker processes did not start within {_START_TIMEOUT:g} s"
                            )
    finally:
        for worker in workers:
            worker.stop(force=worker.task is not None)


# -- the public verbs ----------------------------------------------------------------------------


def _cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1  # pragma: no cover - platforms without affinity


def parse_many(
    sources: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    timeout: float | None = None,
    parser: str | Parser | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    mp_context: BaseContext | None = None,
    encoding: str | None = None,
) -> Generator[Result, None, None]:
    """Parse many reports in worker processes; yield one result per input, in input order.

    Each result is the :class:`~summitdoc.Summit`, or a :class:`Failure` (path, error class
    name, one-line message) for an input that could not be read or parsed, took longer than
    ``timeout``, or took its worker down. One input's failure never stops the others. Work
    happens while the generator is iterated; closing it (or leaving a ``for`` loop early and
    dropping it) stops the workers.

    Args:
        sources: paths (``str`` or ``os.PathLike``), drawn lazily: a generator over millions is
            fine, at most ``2 * jobs`` are held at a time.
        jobs: worker processes; default the number of CPUs this process may use. ``1`` parses in
            this process without a pool (for debugging: tracebacks and breakpoints work there).
        timeout: seconds one report may take (default: no limit). A worker past it is killed and
            replaced; with ``jobs=1`` an alarm signal interrupts the parse instead (POSIX, main
            thread only; elsewhere there is no limit).
        parser: a registered parser's name, or a parser object (pickled to the workers: its class
            must be importable there); by default the best fit for each report.
        max_bytes: refuse larger inputs (default 50 MiB).
        mp_context: the ``multiprocessing`` context to start workers with (default: the
            platform's default start method).
        encoding: the text encoding of every report, as for :func:`~summitdoc.parse`
            (default: found for each report).

    Raises:
        BatchError: ``jobs`` or ``timeout`` is not valid, or worker processes cannot start.
        InputError: ``encoding`` is not a known text encoding.
        TypeError: ``sources`` is one path (a ``str``, ``bytes`` or ``os.PathLike``), not an
            iterable of paths.
    """
    if isinstance(sources, str | bytes | os.PathLike):
        # A str is an iterable of characters: each would be a "no such file" failure.
        raise TypeError(
            f"parse_many takes an iterable of paths, not one path ({sources!r}); "
            "write parse_many([path]), or parse(path) for a single report"
        )
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise BatchError(f"jobs must be a positive integer, not {jobs!r}")
    if timeout is not None and (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise BatchError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if encoding is not None:
        check_encoding(encoding)
    if jobs == 1:
        return _in_process(sources, parser, max_bytes, timeout, encoding)
    return _pooled(
        sources,
        jobs=jobs or _cpus(),
        timeout=timeout,
        parser=parser,
        max_bytes=max_bytes,
        context=mp_context or multiprocessing.get_context(),
        encoding=encoding,
    )


def _matches(name: str, patterns: Iterable[str]) -> bool:
    folded = name.casefold()
    return any(fnmatch.fnmatchcase(folded, p.casefold()) for p in patterns)


def find_reports(
    paths: Iterable[str | os.PathLike[str]],
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    *,
    on_error: Callable[[OSError], None] | None = None,
) -> Iterator[tuple[str, str]]:
    """The reports under ``paths``, lazily, as ``(path, name relative to its argument)``.

    A file argument is taken whatever its name (its relative name is its base name); a directory
    is searched recursively for files whose name matches one of ``patterns`` (``fnmatch``,
    case-insensitive), directory by directory, names sorted, a directory's files before its
    subdirectories. Names starting with ``.`` are skipped, and so are symbolic links to
    directories. A file reached twice (the same path given twice, or a directory and a file in
    it) is taken once. ``on_error`` hears of directories that cannot be read.
    """
    patterns = tuple(patterns)
    arguments = [os.fspath(p) for p in paths]
    seen: set[str] = set()

    def first_time(path: str) -> bool:
        if len(arguments) < 2:
            return True
        key = str(Path(path).resolve())
        if key in seen:
            return False
        seen.add(key)
        return True

    for top in arguments:
        if not Path(top).is_dir():
            if first_time(top):
                yield top, Path(top).name or top
            continue
        for directory, subdirectories, files in os.walk(top, onerror=on_error):
            subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not _matches(name, patterns):
                    continue
                path = Path(directory) / name
                if first_time(str(path)):
                    yield str(path), str(path.relative_to(top))
