"""Saved pages of outlets without their own selectors: today's generic search against trafilatura.

Run from the repository root, with trafilatura installed in the same environment
(``pip install trafilatura``; it is not a summitdoc dependency):

    python benchmarks/html_extractors.py            # Markdown tables for docs/benchmarks.md
    python benchmarks/html_extractors.py --pages    # and one row a page

Every saved page in ../shared/corpus is read as an unknown outlet's page would be: the Kremlin
parser's stages run, but its XPath selectors are switched off, so the page reader has to find the
article alone. Each reader's visible text is parsed, and the summit scored against the gold file
with ../shared/tools/score.py (as tests/test_golden.py does); the visible text is compared with
the page's .txt version (word-sequence ratio from difflib, and word precision, recall and F1).

Readers measured:

- ``generic``: today's ``html_to_text`` without selectors (``<article>``, ``articleBody``,
  ``<main>``, else ``<body>``, page furniture dropped by tag, class and id);
- ``trafilatura``, ``trafilatura-precision``, ``trafilatura-recall``: trafilatura's
  ``bare_extraction`` (comments off, tables and formatting on, with metadata) under its balanced,
  precision and recall presets. The body's XML (``head``, ``p``, ``list/item``, ``quote``,
  ``table``, ``lb``) becomes blocks one a line with the same layout hints, the page's title the
  headline; the metadata date and site name fill ``date=`` and ``outlet=`` only where the text
  gives none (a second parse);
- ``generic, dateline joined (diagnostic)``: not a reader summitdoc has; the generic search with
  the date, time and place it gives as three blocks joined into one dateline block, to show how
  much of the gap to the selectors that one defect is;
- ``kremlin selectors`` and ``.txt version``: today's path for these pages, and the text version,
  as the reference the generic readers are measured against.

Pages without an article (a tiny page, a page of links, a page with no text) are read by both
readers, to show what each gives there.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import importlib.util
import json
import re
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import summitdoc
from summitdoc.exceptions import InputError
from summitdoc.parsers.intake.html import html_to_text
from summitdoc.parsers.outlets.kremlin import KremlinParser

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    import lxml.etree

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
WORD = re.compile(r"\w+")

Hints = list[tuple[int, int, str]]
Reading = tuple[str, Hints, dict[str, str | None]]


# --- readers --------------------------------------------------------------------------------


def read_generic(html: str) -> Reading:
    text, hints = html_to_text(html, name="<bench>", selectors=None)
    return text, hints, {}


_BARE_DATE = re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def _rebuild(blocks: list[tuple[str, str]]) -> tuple[str, Hints]:
    out: list[str] = []
    hints: Hints = []
    pos = 0
    for block, kind in blocks:
        if out:
            out.append("\n")
            pos += 1
        out.append(block)
        hints.append((pos, pos + len(block), kind))
        pos += len(block)
    return "".join(out), hints


def read_generic_joined(html: str) -> Reading:
    """Diagnostic only: the generic search with a date, time and place block run joined."""
    text, hints, meta = read_generic(html)
    blocks = [(text[s:e], k) for s, e, k in hints]
    for i, (block, _) in enumerate(blocks[:-1]):
        if _BARE_DATE.fullmatch(block) and _TIME.fullmatch(blocks[i + 1][0]):
            n = 3 if i + 2 < len(blocks) and len(blocks[i + 2][0]) <= 40 else 2
            line = " ".join(b for b, _ in blocks[i : i + n])
            blocks[i : i + n] = [(line, "dateline")]
            break
    return (*_rebuild(blocks), meta)


_KINDS = {"head": "heading", "item": "list_item", "quote": "", "p": "", "cell": "", "row": ""}
_BLOCKS = frozenset({"head", "p", "item", "quote", "row", "list", "table", "div", "code"})


def _fold(s: str) -> str:
    return " ".join(s.split())


def _blocks_of(body: lxml.etree._Element) -> list[tuple[str, str]]:
    """trafilatura's body XML as (text, kind) blocks, one a line; ``<lb/>`` breaks a line."""
    out: list[tuple[str, str]] = []
    buf: list[str] = []
    kinds: list[str] = []

    def flush() -> None:
        lines = [_fold(line) for line in "".join(buf).split("\u2028")]
        buf.clear()
        text = "\n".join(line for line in lines if line)
        if text:
            out.append((text, next((k for k in reversed(kinds) if k), "")))

    def walk(el: lxml.etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "lb":
            buf.append("\u2028")
            return
        if tag == "graphic":
            return
        block = tag in _BLOCKS
        if block:
            flush()
            kinds.append(_KINDS.get(tag, ""))
        elif tag == "cell":
            buf.append(" ")
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()
            kinds.pop()

    for child in body:
        walk(child)
    flush()
    return out


def trafilatura_reader(preset: str) -> Callable[[str], Reading]:
    import trafilatura  # noqa: PLC0415 - measured only when installed

    def read(html: str) -> Reading:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            include_formatting=True,
            with_metadata=True,
            favor_precision=preset == "precision",
            favor_recall=preset == "recall",
        )
        if doc is None or doc.body is None:
            raise InputError("<bench>: trafilatura found no article")
        blocks = _blocks_of(doc.body)
        title = _fold(doc.title or "")
        if title and not (blocks and blocks[0][0] == title):
            blocks.insert(0, (title, "headline"))
        visible, hints = _rebuild(blocks)
        if not visible.strip():
            raise InputError("<bench>: trafilatura found no text")
        return visible, hints, {"date": doc.date, "sitename": doc.sitename}

    return read


# --- parsing and scoring ---------------------------------------------------------------------


class _Unknown(KremlinParser):
    """The Kremlin stages with the page reader swapped (no selectors: an unknown outlet)."""

    html_selectors = None

    def __init__(self, reader: Callable[[str], Reading]) -> None:
        self.reader = reader
        self.meta: dict[str, str | None] = {}
        self.hints: Hints = []

    def read_html(self, html: str, *, name: str = "<html>") -> tuple[str, Hints]:  # noqa: ARG002
        text, hints, self.meta = self.reader(html)
        self.hints = hints
        return text, hints


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SHARED / 'tools' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_with(reader: Callable[[str], Reading], html: str) -> summitdoc.Summit:
    """Parse a page with a reader; page metadata fills the date and outlet the text leaves out."""
    import datetime as dt  # noqa: PLC0415

    parser = _Unknown(reader)
    summit = summitdoc.parse_text(html, parser=parser)
    date = parser.meta.get("date")
    site = parser.meta.get("sitename")
    fill: dict[str, Any] = {}
    if summit.date is None and date:
        fill["date"] = dt.date.fromisoformat(date[:10])
    if summit.source.outlet is None and site:
        fill["outlet"] = site
    if fill:
        summit = summitdoc.parse_text(html, parser=_Unknown(reader), **fill)
    return summit


def spans_ok(text: str, hints: Hints) -> bool:
    """Hints lie in order inside the text, do not overlap, and slice trimmed, non-empty text."""
    end = 0
    for s, e, _ in hints:
        block = text[s:e]
        if s < end or e > len(text) or not block or block != block.strip():
            return False
        end = e
    return True


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def text_scores(got: str, want: str) -> dict[str, float]:
    a, b = words(got), words(want)
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    common = sum((collections.Counter(a) & collections.Counter(b)).values())
    p = common / len(a) if a else 0.0
    r = common / len(b) if b else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"ratio": ratio, "precision": p, "recall": r, "f1": f1}


# --- pages without an article ----------------------------------------------------------------

NO_ARTICLE = {
    "tiny page": "<html><head><title>Hi</title></head><body><p>Hello.</p></body></html>",
    "page of links": "<html><body><nav><ul>"
    + "".join(f'<li><a href="/n/{i}">Summit news item {i}</a></li>' for i in range(40))
    + "</ul></nav><ul>"
    + "".join(f'<li><a href="/p/{i}">Press release {i}</a></li>' for i in range(40))
    + "</ul></body></html>",
    "no text": "<html><body><div><img src='a.jpg'></div><script>var a;</script></body></html>",
}


def describe(reader: Callable[[str], Reading], html: str) -> str:
    try:
        text, hints, _ = reader(html)
    except InputError as e:
        return f"InputError: {str(e).split(': ', 1)[-1]}"
    first = text.splitlines()[0][:30] if text else ""
    return f"{len(words(text))} words, {len(hints)} blocks ({first!r}...)"


# --- main ------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", action="store_true", help="also print one row a page")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print("../shared/gold is not present", file=sys.stderr)
        return 1
    warnings.simplefilter("ignore")
    scorer = _scorer()
    readers: dict[str, Callable[[str], Reading]] = {"generic": read_generic}
    try:
        import trafilatura  # noqa: F401, PLC0415

        for preset in ("balanced", "precision", "recall"):
            name = "trafilatura" if preset == "balanced" else f"trafilatura-{preset}"
            readers[name] = trafilatura_reader(preset)
    except ImportError:
        print("trafilatura is not installed: only the generic search is measured", file=sys.stderr)
    readers["generic, dateline joined (diagnostic)"] = read_generic_joined
    pages = sorted(CORPUS.glob("*.html"))
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for name, reader in readers.items():
        rows[name] = {}
        for page in pages:
            html = page.read_text(encoding="utf-8")
            want = page.with_suffix(".txt").read_text(encoding="utf-8")
            gold = json.loads((GOLD / f"{page.stem}.json").read_text(encoding="utf-8"))
            start = time.perf_counter()
            try:
                text, hints, _ = reader(html)
            except InputError:
                rows[name][page.stem] = {"failed": True}
                continue
            read_s = time.perf_counter() - start
            summit = parse_with(reader, html)
            pred = json.loads(summitdoc.to_json(summit))
            rows[name][page.stem] = {
                "score": scorer.score(gold, pred),
                "text": text_scores(text, want),
                "spans": spans_ok(text, hints),
                "read_ms": read_s * 1000,
                "date": summit.date is not None,
            }
    # References: today's Kremlin selectors, and the text version.
    for name in ("kremlin selectors", ".txt version"):
        rows[name] = {}
        for page in pages:
            gold = json.loads((GOLD / f"{page.stem}.json").read_text(encoding="utf-8"))
            want = page.with_suffix(".txt").read_text(encoding="utf-8")
            src = page if name == "kremlin selectors" else page.with_suffix(".txt")
            pred = json.loads(summitdoc.to_json(summitdoc.parse(src)))
            shown = pred["source"]["text"]
            rows[name][page.stem] = {
                "score": scorer.score(gold, pred),
                "text": text_scores(shown, want),
                "spans": True,
                "read_ms": float("nan"),
                "date": pred["date"] is not None,
            }

    print(f"{len(pages)} saved pages in ../shared/corpus, parsed by the Kremlin stages\n")
    print(
        "| reader | pooled overall | mean overall | min overall | text ratio | word P / R / F1 "
        "| spans ok | quote spans exact | date found | read ms/page |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, by_page in rows.items():
        ok = {k: v for k, v in by_page.items() if not v.get("failed")}
        overall = [v["score"]["overall"] for v in ok.values()]
        pooled = scorer.pooled({k: v["score"] for k, v in ok.items()})["overall"]
        mean = statistics.mean

        def avg(key: str, ok: dict[str, dict[str, Any]] = ok, mean: Any = mean) -> float:
            return float(mean(v["text"][key] for v in ok.values()))

        read = [v["read_ms"] for v in ok.values() if v["read_ms"] == v["read_ms"]]
        failed = len(by_page) - len(ok)
        print(
            f"| {name}{f' ({failed} failed)' if failed else ''} | {pooled:.3f} "
            f"| {mean(overall):.3f} | {min(overall):.3f} | {avg('ratio'):.3f} "
            f"| {avg('precision'):.3f} / {avg('recall'):.3f} / {avg('f1'):.3f} "
            f"| {sum(v['spans'] for v in ok.values())}/{len(ok)} "
            f"| {sum(v['score']['quote_span_validity'] == 1.0 for v in ok.values())}/{len(ok)} "
            f"| {sum(v['date'] for v in ok.values())}/{len(ok)} "
            f"| {mean(read) if read else float('nan'):.1f} |"
        )

    if args.pages:
        names = list(rows)
        print("\nOverall score against gold / word F1 against the .txt version, a page a row:\n")
        print("| page | " + " | ".join(names) + " |")
        print("|---" * (len(names) + 1) + "|")
        for page in pages:
            cells = []
            for n in names:
                v = rows[n][page.stem]
                cells.append(
                    "failed"
                    if v.get("failed")
                    else f"{v['score']['overall']:.3f} / {v['text']['f1']:.3f}"
                )
            print(f"| {page.stem} | " + " | ".join(cells) + " |")

    real = {n: r for n, r in readers.items() if "diagnostic" not in n}
    print("\nPages without an article:\n")
    print("| page | summitdoc.parse_text today | " + " | ".join(real) + " |")
    print("|---" * (len(real) + 2) + "|")
    for label, html in NO_ARTICLE.items():
        try:
            summitdoc.parse_text(html)
            today = "parsed"
        except summitdoc.SummitdocError as e:
            today = f"{type(e).__name__}: {str(e).split(': ', 1)[-1]}"
        cells = [today] + [describe(r, html) for r in real.values()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
