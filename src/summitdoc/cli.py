"""The ``summitdoc`` command line.

Exit codes: 0 everything worked, 1 a document failed, 2 the command line was wrong. Errors are
one line each on standard error; nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import sys
import tempfile
import time
from collections import deque
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

import attrs
from tqdm import tqdm

from . import __version__
from ._api import parse
from ._batch import DEFAULT_PATTERNS, Failure, find_reports, parse_many
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

    pv = sub.add_parser("validate", help="check a summit document (JSON or XML) against the schema")
    pv.add_argument("files", nargs="+", metavar="FILE")

    ps = sub.add_parser("schema", help="print the JSON Schema or the XSD")
    ps.add_argument("kind", choices=("json", "xsd"))

    sub.add_parser("parsers", help="list the registered parsers and where each came from")

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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        # mkstemp makes the file private; the output gets the permissions the umask gives.
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _encode(summit: Summit, kind: str, indent: int | None = None) -> bytes:
    """The bytes of ``summit`` as ``kind`` ("json" or "xml")."""
    if kind == "xml":
        return to_xml(summit)
    # A lone surrogate (only a str built by hand can hold one) has no UTF-8 form; written as a
    # \uXXXX escape it is still JSON, and from_json reads it back.
    return to_json(summit, indent=indent).encode("utf-8", "backslashreplace")


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:
        _err("'-' (stdin) may be given once")
        return EXIT_USAGE
    out = Path(args.output) if args.output else None
    # Several inputs, or -o naming a directory: one output file per input inside it.
    many = len(args.files) > 1 or (out is not None and out.is_dir())
    if out is not None and many and out.exists() and not out.is_dir():
        _err(f"{out}: several inputs need -o to name a directory")
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
        source = sys.stdin.buffer if name == "-" else name
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
            _err(str(e) if name in str(e) else f"{name}: {e}")
            failed += 1
            continue
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
    """``--to jsonl``: lines are appended to ``OUT.partial``, renamed to ``OUT`` when complete.

    The partial file is the state an interrupted run leaves for ``--resume``: complete lines,
    perhaps followed by a torn one, which resuming cuts off.
    """

    def __init__(self, out: Path, *, resume: bool) -> None:
        self.out = out
        self.partial = out.with_name(out.name + ".partial")
        self.done: set[str] = set()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not resume:
            self.file: IO[bytes] = self.partial.open("wb")
            return
        if self.partial.exists():
            with self.partial.open("r+b") as f:
                f.truncate(self._take(f))
        self.file = self.partial.open("ab")
        if out.exists():
            # A whole earlier run: its lines join the new file, once each.
            with out.open("rb") as f:
                for line in f:
                    path = _summit_path(line)
                    if path is not None and path not in self.done:
                        self.file.write(line)
                        self.done.add(path)
        self.file.flush()

    def _take(self, f: IO[bytes]) -> int:
        """Note the paths of the complete lines of ``f``; where the first broken one starts."""
        end = 0
        for line in f:
            path = _summit_path(line)
            if path is None:
                break
            self.done.add(path)
            end += len(line)
        return end

    def skip(self, path: str, _name: str) -> bool:
        return path in self.done

    def add(self, summit: Summit, _name: str) -> None:
        self.file.write(_encode(summit, "json") + b"\n")
        self.file.flush()

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        self.partial.replace(self.out)

    def abandon(self) -> None:
        self.file.close()  # the partial file stays, for --resume


def _summit_path(line: bytes) -> str | None:
    """``source.path`` of a complete JSON Lines record of a summit, else None."""
    if not line.endswith(b"\n"):
        return None
    try:
        data = json.loads(line)
    except ValueError:
        return None
    source = data.get("source") if isinstance(data, dict) else None
    path = source.get("path") if isinstance(source, dict) else None
    return path if isinstance(path, str) else None


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
        self.file.close()
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


def _cmd_batch(args: argparse.Namespace) -> int:
    problem = _check_batch(args)
    if problem is not None:
        _err(problem)
        return EXIT_USAGE
    started = time.perf_counter()
    out = Path(args.output)
    errors_path = Path(args.errors or str(out).rstrip("/" + os.sep) + ".errors.jsonl")
    sink: _JsonLines | _Directory | None = None
    try:
        sink = (
            _JsonLines(out, resume=args.resume)
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
        try:
            errors = validate_xml(data) if is_xml else validate_json(data)
        except SummitdocError as e:
            errors = [str(e)]
        if errors:
            failed += 1
            for error in errors[:20]:
                _err(f"{name}: {error}")
            if len(errors) > 20:
                _err(f"{name}: ... and {len(errors) - 20} more")
        else:
            print(f"{name}: valid summitdoc {'XML' if is_xml else 'JSON'}")
    return EXIT_FAILED if failed else EXIT_OK


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
