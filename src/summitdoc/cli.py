"""The ``summitdoc`` command line.

Exit codes: 0 everything worked, 1 a document failed, 2 the command line was wrong. Errors are
one line each on standard error; nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import fcntl
import glob
import hashlib
import json
import math
import os
import sys
import time
from collections import deque
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn, cast

import attrs
from tqdm import tqdm

from . import __version__, _tables
from ._api import DEFAULT_MAX_BYTES, parse, source_sha256
from ._batch import DEFAULT_PATTERNS, Failure, find_reports, parse_many
from ._files import atomic_file
from ._provenance import explain
from ._schema import validate_json
from .exceptions import SummitdocError
from .parsers._discovery import available_parsers, get_parser
from .parsers.intake.decode import check_encoding
from .serialize import to_json, to_xml
from .serialize._xml import validate_xml

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from .models import Summit

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"summitdoc: error: {message}\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return number


def _encoding(value: str) -> str:
    try:
        check_encoding(value)
    except SummitdocError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return value


_ENCODING_HELP = (
    "the text encoding of the input (cp1252, windows-1251, mac-roman, ...); "
    "default: a byte order mark, <meta charset>, UTF-8, else detected"
)


def _build() -> argparse.ArgumentParser:
    p = _Parser(
        prog="summitdoc",
        description="Turn news reports about intergovernmental summits into typed data.",
    )
    p.add_argument("--version", action="version", version=f"summitdoc {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    pp = sub.add_parser("parse", help="parse reports (text or HTML) into JSON or XML")
    pp.add_argument("files", nargs="+", metavar="FILE", help="report files; '-' reads stdin")
    pp.add_argument("--to", choices=("json", "xml"), default="json", help="output format")
    pp.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file (one input) or directory (several); default: stdout",
    )
    pp.add_argument("--parser", metavar="NAME", help="use this parser (see 'summitdoc parsers')")
    pp.add_argument("--date", type=_date, help="the summit's date when the text does not say")
    pp.add_argument("--outlet", help="the outlet's name when the text does not say")
    pp.add_argument("--indent", type=int, default=2, help="JSON indent (default 2; -1: none)")
    pp.add_argument("--encoding", type=_encoding, metavar="NAME", help=_ENCODING_HELP)
    pp.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up on a report after SECONDS of parsing (default: no limit)",
    )
    pp.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="tell on stderr which parser was chosen and why, and what it found",
    )

    pv = sub.add_parser("validate", help="check a summit document (JSON or XML) against the schema")
    pv.add_argument("files", nargs="+", metavar="FILE")

    ps = sub.add_parser("schema", help="print the JSON Schema or the XSD")
    ps.add_argument("kind", choices=("json", "xsd"))

    sub.add_parser("parsers", help="list the registered parsers and where each came from")

    pt = sub.add_parser("tables", help="write one table per kind of item, as CSV or Parquet")
    pt.add_argument(
        "inputs",
        nargs="+",
        metavar="IN",
        help="reports, summits as JSON or XML, or the JSON Lines of 'summitdoc batch'",
    )
    pt.add_argument("-o", "--output", metavar="DIR", required=True, help="the directory to write")
    pt.add_argument(
        "--format", choices=("csv", "parquet"), default="csv", help="csv (default) or parquet"
    )

    pb = sub.add_parser("batch", help="parse many reports, or directory trees of them, in parallel")
    pb.add_argument(
        "paths", nargs="+", metavar="PATH", help="report files, or directories searched recursively"
    )
    pb.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the JSON Lines file (--to jsonl) or the directory (json-dir, xml-dir) to write",
    )
    pb.add_argument(
        "--to",
        choices=("jsonl", "json-dir", "xml-dir"),
        default="jsonl",
        help="one JSON Lines file (default), or a directory of JSON or XML files",
    )
    pb.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="worker processes (default: the number of CPUs; 1 parses in this process)",
    )
    pb.add_argument(
        "--timeout",
        type=_seconds,
        metavar="S",
        help="give up on a report after S seconds (default: no limit)",
    )
    pb.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="the file names to take from directories; repeatable (default: "
        + ", ".join(DEFAULT_PATTERNS)
        + ")",
    )
    pb.add_argument(
        "--errors",
        metavar="FILE",
        help="the JSON Lines file failures are written to (default: OUT.errors.jsonl)",
    )
    pb.add_argument("--parser", metavar="NAME", help="use this parser for every report")
    pb.add_argument("--encoding", type=_encoding, metavar="NAME", help=_ENCODING_HELP)
    pb.add_argument(
        "--resume", action="store_true", help="skip the reports an earlier run already wrote"
    )
    pb.add_argument("--quiet", action="store_true", help="no progress bar and no summary line")
    return p


def _err(message: str) -> None:
    print(f"summitdoc: {' '.join(message.split())}", file=sys.stderr)


def _write(path: Path, data: bytes) -> None:
    """Write to a temporary file and rename it, so a file is never left half written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path) as f:
        f.write(data)


def _encode(summit: Summit, kind: str, indent: int | None = None) -> bytes:
    """The bytes of ``summit`` as ``kind`` ("json" or "xml")."""
    if kind == "xml":
        return to_xml(summit)
    # A lone surrogate (only a str built by hand can hold one) has no UTF-8 form; written as a
    # \uXXXX escape it is still JSON, and from_json reads it back.
    return to_json(summit, indent=indent).encode("utf-8", "backslashreplace")


class _Stdin:
    """Standard input as a binary file named ``<stdin>``, whatever ``sys.stdin`` is."""

    name = "<stdin>"

    def read(self, size: int = -1) -> bytes:
        return sys.stdin.buffer.read(size)


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:
        _err("'-' (stdin) may be given once")
        return EXIT_USAGE
    out = Path(args.output) if args.output else None
    # -o ending in a separator names a directory, whether or not it exists yet.
    as_directory = args.output is not None and args.output.endswith(("/", os.sep))
    # Several inputs, or -o naming a directory: one output file per input inside it.
    many = len(args.files) > 1 or as_directory or (out is not None and out.is_dir())
    if out is not None and many and out.exists() and not out.is_dir():
        _err(f"{out}: several inputs need -o to name a directory, and {out} is a file")
        return EXIT_USAGE
    if out is not None and many and not out.exists() and not as_directory and out.suffix:
        # "parse a.txt b.txt -o x.json" is a mistake, not a request for a directory "x.json".
        _err(
            f"{out}: several inputs need -o to name a directory, and {out} looks like a file "
            f"name; write '{out}{os.sep}' to make a directory of that name"
        )
        return EXIT_USAGE
    if args.parser is not None:
        try:
            get_parser(args.parser)
        except SummitdocError as e:
            _err(str(e))
            return EXIT_USAGE
    failed = 0
    written: dict[Path, str] = {}
    for name in args.files:
        source: str | IO[bytes] = cast("IO[bytes]", _Stdin()) if name == "-" else name
        try:
            summit = parse(
                source,
                parser=args.parser,
                date=args.date,
                outlet=args.outlet,
                encoding=args.encoding,
                timeout=args.timeout,
            )
        except SummitdocError as e:
            # Name the input once: "<stdin>: ..." for standard input.
            shown = _Stdin.name if name == "-" else name
            _err(str(e) if shown in str(e) else f"{shown}: {e}")
            failed += 1
            continue
        if args.verbose:
            _tell(summit, name, args)
        data = _encode(summit, args.to, None if args.indent < 0 else args.indent)
        if out is None:
            sys.stdout.buffer.write(data + (b"\n" if args.to == "json" else b""))
            sys.stdout.buffer.flush()
            continue
        target = out
        if many:
            stem = "stdin" if name == "-" else Path(name).name
            target = out / f"{stem}.{args.to}"
            if target in written:
                # Never overwrite the output of another input of this run.
                _err(f"{name}: its output {target} is already the output of {written[target]}")
                failed += 1
                continue
        try:
            _write(target, data)
        except OSError as e:
            _err(f"{target}: cannot be written ({e.strerror or e})")
            failed += 1
            continue
        written[target] = name
    return EXIT_FAILED if failed else EXIT_OK


class _JsonLines:
    """``--to jsonl``: lines are appended to ``OUT.partial``, which becomes ``OUT`` when complete.

    The partial file is the state an interrupted run leaves for ``--resume``: complete lines,
    perhaps followed by a torn one, which resuming cuts off. A resumed run appends to it too, and
    at the end writes ``OUT`` afresh from the lines it trusts, in input order: the lines of
    earlier runs (in ``OUT.partial`` or ``OUT``) whose report it matched by path and content
    (``source.path``, resolved, and ``source.sha256``), and the lines it wrote itself.
    """

    def __init__(
        self,
        out: Path,
        *,
        resume: bool,
        encoding: str | None = None,
        parser: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.out = out
        self.partial = out.with_name(out.name + ".partial")
        self.resume = resume
        self.encoding, self.parser, self.max_bytes = encoding, parser, max_bytes
        #: Earlier lines by the resolved path they name: (sha256, file, offset, length) each.
        self.earlier: dict[str, list[tuple[str, int, int, int]]] = {}
        #: Where each input's line is, in input order: (file, offset, length).
        self.lines: list[tuple[int, int, int]] = []
        self.sources = [self.partial, out]  # file numbers 0 and 1
        out.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            self.file: IO[bytes] = self.partial.open("wb")
            return
        if self.partial.exists():
            with self.partial.open("r+b") as f:
                f.truncate(self._index(f, 0))
        if out.exists():
            with out.open("rb") as f:
                self._index(f, 1)
        self.file = self.partial.open("ab")

    def _index(self, f: IO[bytes], number: int) -> int:
        """Note the summits of the complete lines of ``f``; where its torn last line starts."""
        offset = 0
        for line in f:
            if not line.endswith(b"\n"):
                break
            record = _summit_record(line)
            if record is not None:
                path, sha256 = record
                self.earlier.setdefault(path, []).append((sha256, number, offset, len(line)))
            offset += len(line)
        return offset

    def skip(self, path: str, _name: str) -> bool:
        """Whether an earlier run wrote ``path``'s summit, from the same content (resume only)."""
        candidates = self.earlier.get(_resolved(path)) if self.resume else None
        if not candidates:
            return False
        try:
            with Path(path).open("rb") as f:
                data = f.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                return False
            sha256 = source_sha256(data, name=path, encoding=self.encoding, parser=self.parser)
        except (OSError, SummitdocError, RecursionError):
            return False  # parsed again: the parse says what is wrong with it
        for digest, number, offset, length in reversed(candidates):
            if digest == sha256:
                self.lines.append((number, offset, length))
                return True
        return False

    def add(self, summit: Summit, _name: str) -> None:
        offset = self.file.tell()
        data = _encode(summit, "json") + b"\n"
        self.file.write(data)
        self.file.flush()
        self.lines.append((0, offset, len(data)))

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        if not self.resume:
            self.partial.replace(self.out)
            return
        # The trusted lines, in input order, into a hidden temporary file renamed to OUT.
        tmp = self.out.with_name(f".{self.out.name}.{os.getpid()}.tmp")
        try:
            with contextlib.ExitStack() as stack:
                readers = [
                    stack.enter_context(source.open("rb")) if source.exists() else None
                    for source in self.sources
                ]
                target = stack.enter_context(tmp.open("wb"))
                for number, offset, length in self.lines:
                    reader = readers[number]
                    if reader is None:  # pragma: no cover - a file removed under a held lock
                        _missing(self.sources[number])
                    reader.seek(offset)
                    target.write(reader.read(length))
                target.flush()
                os.fsync(target.fileno())
            tmp.replace(self.out)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        self.partial.unlink(missing_ok=True)

    def abandon(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()  # the partial file stays, for --resume


def _missing(path: Path) -> NoReturn:
    raise FileNotFoundError(errno.ENOENT, "removed during the run", str(path))


def _resolved(path: str) -> str:
    """``path`` made absolute, symbolic links and ``..`` resolved: one spelling per file."""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)  # noqa: PTH100 - resolve() failed (a symlink loop)


def _summit_record(line: bytes) -> tuple[str, str] | None:
    """(resolved ``source.path``, ``source.sha256``) of a summit's JSON Lines record.

    None for anything else: a broken, foreign or tampered line (its hash not its text's).
    """
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, dict):
        return None
    path, sha256, text = source.get("path"), source.get("sha256"), source.get("text")
    if not (isinstance(path, str) and isinstance(sha256, str) and isinstance(text, str)):
        return None
    if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != sha256:
        return None
    return _resolved(path), sha256


class _Directory:
    """``--to json-dir`` and ``xml-dir``: one file per report, each written whole or not at all."""

    def __init__(self, out: Path, kind: str, *, resume: bool) -> None:
        self.out, self.kind, self.resume = out, kind, resume
        self.suffix = ".json" if kind == "json" else ".xml"
        out.mkdir(parents=True, exist_ok=True)

    def target(self, name: str) -> Path:
        return self.out / (name + self.suffix)

    def skip(self, _path: str, name: str) -> bool:
        return self.resume and self.target(name).exists()

    def add(self, summit: Summit, name: str) -> None:
        _write(self.target(name), _encode(summit, self.kind, indent=2))

    def commit(self) -> None:
        pass

    def abandon(self) -> None:
        pass


class _Errors:
    """The failures, as JSON Lines, written to a temporary file renamed when the run completes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not mkstemp: the file gets the permissions of the umask, as the output does.
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.file = self.tmp.open("wb")
        self.count = 0

    def add(self, failure: Failure) -> None:
        line = json.dumps(attrs.asdict(failure), ensure_ascii=False)
        self.file.write(line.encode("utf-8", "backslashreplace") + b"\n")
        self.file.flush()
        self.count += 1

    def commit(self) -> None:
        self.file.close()
        self.tmp.replace(self.path)

    def abandon(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()  # a full disk fails the flush of what is left: it is dropped
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)


def _check_batch(args: argparse.Namespace) -> str | None:
    """What is wrong with the command line of ``batch`` (None: nothing)."""
    out = Path(args.output)
    if args.to == "jsonl" and out.is_dir():
        return f"{out}: is a directory; --to jsonl writes a file"
    if args.to != "jsonl" and out.exists() and not out.is_dir():
        return f"{out}: is not a directory; --to {args.to} writes one"
    if args.errors is not None and Path(args.errors).resolve() == out.resolve():
        return "--errors must not be the output"
    if args.parser is not None:
        try:
            get_parser(args.parser)
        except SummitdocError as e:
            return str(e)
    return None


def _run_batch(
    args: argparse.Namespace, sink: _JsonLines | _Directory, errors: _Errors
) -> tuple[int, int]:
    """Parse the inputs into ``sink`` and ``errors``: how many were parsed, and skipped as done."""
    parsed = skipped = 0
    names: deque[str] = deque()  # the output names of the inputs given to parse_many, in order
    several = args.to != "jsonl" and len(args.paths) > 1
    patterns = args.glob or DEFAULT_PATTERNS

    def unreadable(error: OSError) -> None:
        where = str(error.filename)
        errors.add(Failure(where, "InputError", f"{where}: cannot be read ({error.strerror})"))

    def inputs(*, counting: bool = False) -> Iterator[str]:
        """The inputs to parse, lazily; ``counting`` only counts them, for the progress bar."""
        nonlocal skipped
        taken: set[str] = set()  # output names, when several PATHs could give the same one
        found = find_reports(args.paths, patterns, on_error=None if counting else unreadable)
        for path, name in found:
            if name in taken:
                if not counting:
                    message = f"{path}: another input already has the output name {name!r}"
                    errors.add(Failure(path, "InputError", message))
                continue
            if several:
                taken.add(name)
            if sink.skip(path, name):
                skipped += not counting
                continue
            if not counting:
                names.append(name)
            yield path

    show = not args.quiet and sys.stderr.isatty()
    total = sum(1 for _ in inputs(counting=True)) if show else None
    tqdm.monitor_interval = 0  # no monitor thread: workers are forked from this process
    bar = tqdm(total=total, unit="report", file=sys.stderr, disable=not show, leave=False)
    results = parse_many(
        inputs(),
        jobs=args.jobs,
        timeout=args.timeout,
        parser=args.parser,
        encoding=args.encoding,
    )
    with contextlib.closing(results), bar:
        for result in results:
            name = names.popleft()
            if isinstance(result, Failure):
                errors.add(result)
            else:
                sink.add(result, name)
                parsed += 1
            bar.update()
    return parsed, skipped


class _LockedError(Exception):
    """Another live process holds the lock of a batch output."""


class _Lock:
    """One writer per batch output: an exclusive ``flock`` on ``OUT.lock``, which holds the pid.

    The kernel drops the lock when its process ends, however it ends, so a lock file left by a
    killed run (its pid no longer running) is taken over. The file is removed on release.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 64).decode("ascii", "replace").split()
                os.close(fd)
                raise _LockedError(holder[0] if holder else "unknown") from None
            except BaseException:
                os.close(fd)
                raise
            # The file may have been removed (released) between our open and flock: lock the
            # file that is at the path now, not an unlinked one.
            try:
                same = os.path.samestat(os.fstat(fd), path.stat())
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self.fd = fd

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self.fd)


def _lock_path(out: Path) -> Path:
    return out.with_name(out.name + ".lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _clean_leftovers(out: Path, errors_path: Path, *, directory: bool) -> None:
    """Remove the hidden temporary files of runs that were killed outright (under the lock)."""
    candidates = list(out.parent.glob(f".{glob.escape(out.name)}.*.tmp"))
    for tmp in errors_path.parent.glob(f".{glob.escape(errors_path.name)}.*.tmp"):
        pid = tmp.name.removesuffix(".tmp").rpartition(".")[2]
        if not (pid.isdigit() and _pid_alive(int(pid)) and int(pid) != os.getpid()):
            candidates.append(tmp)
    if directory and out.is_dir():
        candidates.extend(
            Path(folder) / name
            for folder, _, names in os.walk(out)
            for name in names
            if name.startswith(".") and name.endswith(".tmp")
        )
    for tmp in candidates:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _cmd_batch(args: argparse.Namespace) -> int:
    problem = _check_batch(args)
    if problem is not None:
        _err(problem)
        return EXIT_USAGE
    patterns = args.glob or DEFAULT_PATTERNS
    if next(iter(find_reports(args.paths, patterns)), None) is None:
        # As summitdoc.dask.read_reports: an empty input is a mistake, not a success.
        _err(
            f"{', '.join(args.paths)}: no reports found (no file names matching "
            f"{', '.join(patterns)})"
        )
        return EXIT_FAILED
    out = Path(args.output)
    errors_path = Path(args.errors or str(out).rstrip("/" + os.sep) + ".errors.jsonl")
    lock_path = _lock_path(Path(str(out).rstrip("/" + os.sep)))
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = _Lock(lock_path)
    except _LockedError as e:
        _err(
            f"{out}: another summitdoc batch (pid {e}) is writing it; wait for it to end, or "
            f"remove {lock_path} if no such process runs"
        )
        return EXIT_USAGE
    except OSError as e:
        _err(f"{e.filename or lock_path}: cannot be written ({e.strerror or e})")
        return EXIT_FAILED
    try:
        _clean_leftovers(out, errors_path, directory=args.to != "jsonl")
        return _batch_locked(args, out, errors_path)
    finally:
        lock.release()


def _batch_locked(args: argparse.Namespace, out: Path, errors_path: Path) -> int:
    started = time.perf_counter()
    sink: _JsonLines | _Directory | None = None
    try:
        sink = (
            _JsonLines(out, resume=args.resume, encoding=args.encoding, parser=args.parser)
            if args.to == "jsonl"
            else _Directory(out, args.to.removesuffix("-dir"), resume=args.resume)
        )
        errors = _Errors(errors_path)
    except OSError as e:
        if sink is not None:
            sink.abandon()
        _err(f"{e.filename or out}: cannot be written ({e.strerror or e})")
        return EXIT_FAILED
    try:
        parsed, skipped = _run_batch(args, sink, errors)
        sink.commit()
        errors.commit()
    except KeyboardInterrupt:
        sink.abandon()
        errors.abandon()
        if isinstance(sink, _JsonLines):
            _err(f"interrupted; {sink.partial} holds what was parsed: --resume goes on from it")
        else:
            _err(f"interrupted; the files in {out} are complete: --resume goes on from them")
        return EXIT_INTERRUPTED
    except OSError as e:
        sink.abandon()
        errors.abandon()
        _err(f"{e.filename or out}: cannot be written ({e.strerror or e})")
        return EXIT_FAILED
    except BaseException:
        sink.abandon()
        errors.abandon()
        raise
    if not args.quiet:
        failed = errors.count
        done = f", {skipped} already done" if skipped else ""
        where = f" (listed in {errors_path})" if failed else ""
        print(
            f"summitdoc: parsed {parsed} of {parsed + failed} reports, {failed} failed{where}"
            f"{done}, in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return EXIT_FAILED if errors.count else EXIT_OK


def _tell(summit: Summit, name: str, args: argparse.Namespace) -> None:
    """``parse -v``: the parser chosen and why (scored on the file's bytes), and what it found."""
    data = None
    with contextlib.suppress(OSError):
        data = None if name == "-" else Path(name).read_bytes()
    shown = _Stdin.name if name == "-" else name
    forced = args.parser is not None
    for line in explain(summit, data, name=shown, encoding=args.encoding, forced=forced):
        _err(line)


def _cmd_tables(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        try:
            _tables.to_arrow(_tables.tables([])["summits"])
        except ImportError as e:
            _err(str(e))
            return EXIT_USAGE
    summits: list[Summit] = []
    failed = 0
    for name in args.inputs:
        try:
            summits.extend(_tables.read_summits(name))
        except SummitdocError as e:
            _err(str(e) if name in str(e) else f"{name}: {e}")
            failed += 1
    found = _tables.tables(summits)
    write = _tables.write_csv if args.format == "csv" else _tables.write_parquet
    try:
        write(found, args.output)
    except OSError as e:
        _err(f"{e.filename or args.output}: cannot be written ({e.strerror or e})")
        return EXIT_FAILED
    rows = ", ".join(f"{len(t)} {name}" for name, t in found.items())
    _err(f"wrote {len(found)} {args.format} tables to {args.output}: {rows}")
    return EXIT_FAILED if failed else EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.files:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as e:
            _err(f"{name}: cannot be read ({e.strerror or e})")
            failed += 1
            continue
        # XML may open with a byte order mark (UTF-8, or UTF-16 in either order) before "<".
        head = data.lstrip()
        for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
            head = head.removeprefix(bom)
        is_xml = head.lstrip()[:1] == b"<" or head[:2] in (b"<\x00", b"\x00<")
        lines = None if is_xml else _json_lines(data, name)
        try:
            if is_xml:
                errors = validate_xml(data)
            elif lines is None:
                errors = validate_json(data)
            else:
                errors = [
                    f"line {number}: {error}"
                    for number, line in lines
                    for error in validate_json(line)
                ]
        except SummitdocError as e:
            errors = [str(e)]
        if errors:
            failed += 1
            for error in errors[:20]:
                _err(f"{name}: {error}")
            if len(errors) > 20:
                _err(f"{name}: ... and {len(errors) - 20} more")
        elif lines is not None:
            print(f"{name}: valid summitdoc JSON Lines ({len(lines)} summits)")
        else:
            print(f"{name}: valid summitdoc {'XML' if is_xml else 'JSON'}")
    return EXIT_FAILED if failed else EXIT_OK


def _json_lines(data: bytes, name: str) -> list[tuple[int, bytes]] | None:
    """The numbered non-blank lines of a JSON Lines file, or None for one JSON document.

    A file is JSON Lines if its name ends in ``.jsonl`` or ``.ndjson``, or if its first non-blank
    line is a whole JSON object and more follows (an indented document's first line is ``{``).
    """
    numbered = [(i, line) for i, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    if name.lower().endswith((".jsonl", ".ndjson")):
        return numbered
    if len(numbered) < 2 or not numbered[0][1].lstrip().startswith(b"{"):
        return None
    try:
        json.loads(numbered[0][1])
    except (ValueError, RecursionError):
        return None
    return numbered


def _cmd_schema(args: argparse.Namespace) -> int:
    name = "summit.schema.json" if args.kind == "json" else "summit.xsd"
    data = resources.files("summitdoc.schema").joinpath(name).read_bytes()
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
    return EXIT_OK


def _cmd_parsers(_args: argparse.Namespace) -> int:
    infos = available_parsers()
    width = max(len(n) for n in infos)
    for name in sorted(infos):
        info = infos[name]
        print(f"{name:{width}}  {type(info.parser).description}")
        print(f"{'':{width}}  from {info.origin}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _build()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    commands = {
        "parse": _cmd_parse,
        "validate": _cmd_validate,
        "schema": _cmd_schema,
        "parsers": _cmd_parsers,
        "batch": _cmd_batch,
        "tables": _cmd_tables,
    }
    try:
        return commands[args.command](args)
    except BrokenPipeError:
        # Output piped into a command that stopped reading (head, less): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
