"""The ``summitdoc`` command line.

Exit codes: 0 everything worked, 1 a document failed, 2 the command line was wrong. Errors are
one line each on standard error; nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from ._api import parse
from ._schema import validate_json
from .exceptions import SummitdocError
from .parsers._discovery import available_parsers
from .serialize import to_json, to_xml
from .serialize._xml import validate_xml

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"summitdoc: error: {message}\n")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


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

    pv = sub.add_parser("validate", help="check a summit document (JSON or XML) against the schema")
    pv.add_argument("files", nargs="+", metavar="FILE")

    ps = sub.add_parser("schema", help="print the JSON Schema or the XSD")
    ps.add_argument("kind", choices=("json", "xsd"))

    sub.add_parser("parsers", help="list the registered parsers and where each came from")
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
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.files.count("-") > 1:
        _err("'-' (stdin) may be given once")
        return EXIT_USAGE
    out = Path(args.output) if args.output else None
    many = len(args.files) > 1
    if out is not None and many and out.exists() and not out.is_dir():
        _err(f"{out}: several inputs need -o to name a directory")
        return EXIT_USAGE
    failed = 0
    for name in args.files:
        try:
            if name == "-":
                summit = parse(
                    sys.stdin.buffer, parser=args.parser, date=args.date, outlet=args.outlet
                )
            else:
                summit = parse(name, parser=args.parser, date=args.date, outlet=args.outlet)
        except SummitdocError as e:
            _err(str(e) if name in str(e) else f"{name}: {e}")
            failed += 1
            continue
        if args.to == "json":
            text = to_json(summit, indent=None if args.indent < 0 else args.indent)
            # A lone surrogate (only a str built by hand can hold one) has no UTF-8 form; written
            # as a \uXXXX escape it is still JSON, and from_json reads it back.
            data = text.encode("utf-8", "backslashreplace")
        else:
            data = to_xml(summit)
        if out is None:
            sys.stdout.buffer.write(data + (b"\n" if args.to == "json" else b""))
            sys.stdout.buffer.flush()
        elif many:
            stem = "stdin" if name == "-" else Path(name).name
            _write(out / f"{stem}.{args.to}", data)
        else:
            _write(out, data)
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
        is_xml = data.lstrip()[:1] == b"<"
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
    }
    try:
        return commands[args.command](args)
    except BrokenPipeError:
        # Output piped into a command that stopped reading (head, less): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
