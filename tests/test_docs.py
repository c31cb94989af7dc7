"""The documentation is true: its examples run, and its tables and lists match the code.

Every ```` ```python ```` block of ``README.md`` and ``docs/*.md`` runs, page by page, in one
namespace per page (so a block may use what an earlier block of the same page defined), in a
temporary working directory that holds a copy of ``seeds/``: examples use the relative path
``seeds/000_01a1bb049021b88e.txt`` as a user in the repository root would, and the files they
write are thrown away. A block written as a doctest (``>>>`` prompts) is run as one, with its
output checked. A block preceded by a ``<!-- no-test -->`` line is not run. Blocks must start at
the beginning of a line (not indented inside a list).

Some pages written as references, not tutorials, use names they do not define; those names are
given to them here, as the examples of the page assume them (``_GIVEN`` below).

Parsers that examples register at run time are forgotten after each test.
"""

from __future__ import annotations

import doctest
import json
import re
import shutil
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest

import summitdoc
from summitdoc import cli, models
from summitdoc.parsers import Parser, _base, _discovery, choose_parser
from summitdoc.parsers.layout import blocks as layout_blocks

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
LEXICON = ROOT / "src" / "summitdoc" / "parsers" / "data" / "lexicon.toml"
PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
NO_TEST = "<!-- no-test -->"

_FENCE = re.compile(r"^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


class CodeBlock(NamedTuple):
    """A ```python block: where it is, its code, and whether it is marked not to run."""

    page: Path
    line: int
    code: str
    skip: bool

    def __str__(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def code_blocks(page: Path, text: str | None = None) -> list[CodeBlock]:
    """The ```python blocks of a page (or of ``text``, a part of it), in order."""
    whole = page.read_text(encoding="utf-8")
    text = whole if text is None else text
    offset = whole.index(text)
    found = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        line = whole.count("\n", 0, offset + m.start("code")) + 1
        found.append(CodeBlock(page, line, m["code"], before == NO_TEST))
    return found


def headings(text: str) -> Iterator[tuple[int, int, str]]:
    """``(offset, level, title)`` of each Markdown heading, outside fenced code blocks."""
    fenced = False
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (m := re.match(r"(#+) (.*)", line)):
            yield offset, len(m[1]), m[2].strip()
        offset += len(line)


def section(page: Path, heading: str) -> str:
    """The text of a page from a heading (starting with ``heading``) to the next of its level."""
    text = page.read_text(encoding="utf-8")
    found = list(headings(text))
    for n, (start, level, title) in enumerate(found):
        if title.startswith(heading):
            end = next((s for s, lv, _ in found[n + 1 :] if lv <= level), len(text))
            return text[start:end]
    pytest.fail(f"{page.name} has no heading {heading!r}", pytrace=False)


def run_block(block: CodeBlock, namespace: dict[str, Any]) -> None:
    """Run one block in ``namespace``: as a doctest if it has prompts, else as a script."""
    if block.code.lstrip().startswith(">>>"):
        test = doctest.DocTestParser().get_doctest(
            block.code, namespace, str(block), str(block.page), block.line - 1
        )
        report: list[str] = []
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        runner.run(test, out=report.append, clear_globs=False)
        namespace.update(test.globs)  # DocTest works on a copy of the namespace
        if runner.failures:
            pytest.fail(f"doctest at {block} failed:\n{''.join(report)}", pytrace=False)
        return
    # Pad with blank lines so that a traceback names the page's own line numbers.
    code = compile("\n" * (block.line - 1) + block.code, str(block.page), "exec")
    exec(code, namespace)  # noqa: S102 - running the documentation's examples is the point


def run_blocks(blocks: list[CodeBlock], namespace: dict[str, Any]) -> None:
    """Run the blocks not marked ``no-test``, in order, in one namespace."""
    for block in blocks:
        if not block.skip:
            run_block(block, namespace)


# -- what some reference pages assume -------------------------------------------------------------


def _seed_summit() -> summitdoc.Summit:
    return summitdoc.parse("seeds/000_01a1bb049021b88e.txt")


def _given_json(ns: dict[str, Any]) -> None:
    # json.md: a summit, and `bad`, a JSON document whose fourth speech's first quote starts at -1.
    summit = ns["summit"] = _seed_summit()
    data = json.loads(summitdoc.to_json(summit))
    data["speeches"][3]["quotes"][0]["span"]["start"] = -1
    ns["bad"] = json.dumps(data)


def _given_xml(ns: dict[str, Any]) -> None:
    ns["summit"] = _seed_summit()


def _given_data(_ns: dict[str, Any]) -> None:
    # data.md loads "my_countries.toml" and "my_outlets.toml" of the reader's own.
    Path("my_countries.toml").write_text(
        '[[country]]\nname = "Freedonia"\nofficial = "Republic of Freedonia"\n'
        'demonyms = ["Freedonian", "Freedonians"]\ncapital = "Fredville"\nun_member = false\n',
        encoding="utf-8",
    )
    Path("my_outlets.toml").write_text(
        '[[outlet]]\nname = "Caspian Wire"\nkind = "agency"\n', encoding="utf-8"
    )


_GIVEN: dict[str, Callable[[dict[str, Any]], None]] = {
    "json.md": _given_json,
    "xml.md": _given_xml,
    "data.md": _given_data,
}


@pytest.fixture
def in_docs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working directory with ``seeds/``, and parser registrations forgotten afterwards."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(_discovery, "_runtime", dict(_discovery._runtime))
    return tmp_path


def _namespace(page: Path) -> dict[str, Any]:
    ns: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    given = _GIVEN.get(page.name)
    if given is not None:
        given(ns)
    return ns


_RUNNABLE = [p for p in PAGES if any(not b.skip for b in code_blocks(p))]


@pytest.mark.usefixtures("in_docs_dir")
@pytest.mark.parametrize("page", _RUNNABLE, ids=[p.name for p in _RUNNABLE])
def test_page_examples_run(page: Path) -> None:
    """Every ```python block of the page runs, in order, without an error."""
    run_blocks(code_blocks(page), _namespace(page))


def test_the_pages_have_examples() -> None:
    """The tutorial pages hold examples that run (a broken fence would silently hide them)."""
    names = {p.name for p in _RUNNABLE}
    assert {"README.md", "quickstart.md", "models.md", "extending.md", "index.md"} <= names
    assert {"tutorial.md", "batch.md"} <= names


# -- the documentation site (mkdocs.yml) ----------------------------------------------------------

API_PAGE = DOCS / "api.md"
MKDOCS = ROOT / "mkdocs.yml"


def test_api_page_documents_every_public_name() -> None:
    """api.md has a mkdocstrings entry (``::: summitdoc.NAME``) for every name in ``__all__``."""
    text = API_PAGE.read_text(encoding="utf-8")
    entries = re.findall(r"^::: summitdoc\.(\w+)[ \t]*$", text, re.MULTILINE)
    assert len(entries) == len(set(entries)), "a name has two entries"
    assert set(summitdoc.__all__) <= set(entries), set(summitdoc.__all__) - set(entries)
    assert set(entries) <= {*summitdoc.__all__, "dask", "parsers"}, set(entries)


def test_site_nav_holds_every_page() -> None:
    """Every page in docs/ is in mkdocs.yml's nav, and every page the nav names exists."""
    text = MKDOCS.read_text(encoding="utf-8")
    nav = set(re.findall(r"^\s+- (?:[^:\n]+: )?([\w/.-]+\.md)\s*$", text, re.MULTILINE))
    assert nav == {p.name for p in DOCS.glob("*.md")}


# -- the worked example of extending.md -----------------------------------------------------------


@pytest.mark.usefixtures("in_docs_dir")
def test_extending_worked_example() -> None:
    """The Caspian Wire parser of the worked example drops the sign-off and reads capitals headings."""
    page = DOCS / "extending.md"
    ns = _namespace(page)
    run_blocks(code_blocks(page, section(page, "Worked example")), ns)
    parser_class: type[Parser] = ns["CaspianWireParser"]
    report: str = ns["REPORT"]

    # Registered by the example with register_parser, and chosen for the report by detect().
    assert _discovery.available_parsers()["caspianwire"].origin == "registered at run time"
    assert isinstance(choose_parser(report), parser_class)
    assert parser_class().detect("An ordinary report.\n— Reuters") == 0.0

    # The layout: the sign-off is clutter, outside the body; the capitals line is a heading.
    from summitdoc.knowledge import load_knowledge  # noqa: PLC0415

    doc = summitdoc.parsers.Document(text=report, knowledge=load_knowledge())
    parser_class().stages()["layout"](doc)
    body = "\n".join(doc.slice(*b.span) for b in doc.body_blocks())
    assert "Caspian Wire" not in body
    kinds = {doc.slice(*b.span): b.kind for b in doc.blocks}
    assert kinds["— Caspian Wire"] is summitdoc.parsers.BlockKind.CLUTTER
    assert kinds["A SHIPPING CORRIDOR FOR GRAIN"] is summitdoc.parsers.BlockKind.HEADING
    headings = [s.heading for s in doc.sections if s.heading is not None]
    assert [doc.slice(*h.span) for h in headings] == ["A SHIPPING CORRIDOR FOR GRAIN"]

    # The summit: the heading is the topic of the speech under it; no quote holds the sign-off.
    summit = summitdoc.parse_text(report)
    assert "A SHIPPING CORRIDOR FOR GRAIN" in [s.topic for s in summit.speeches]
    assert summit.quotes
    assert all("Caspian Wire" not in q.text for q in summit.quotes)


def test_registrations_do_not_leak() -> None:
    """The examples' run-time parsers are gone once their tests are over."""
    assert not {"caspianwire", "quiet"} & set(_discovery.available_parsers())


# -- tables that copy the code --------------------------------------------------------------------

_MD_ROW = re.compile(r"^\| `(?P<name>\w+)` \| (?P<priority>\d+) \|", re.MULTILINE)
_RST_ROW = re.compile(r"^\s*``(?P<name>\w+)``\s+(?P<priority>\d+)\b", re.MULTILINE)


def _rows(pattern: re.Pattern[str], text: str) -> list[tuple[str, int]]:
    return [(m["name"], int(m["priority"])) for m in pattern.finditer(text)]


def _registry_rows(registry: summitdoc.parsers.Registry[Any]) -> list[tuple[str, int]]:
    return [(n, int(registry.priority(n))) for n in registry.names()]


def test_stage_table_matches_the_code() -> None:
    """extending.md's table of default stages is the docstring's, and the generic parser's order."""
    page = section(DOCS / "extending.md", "The default stages")
    documented = _rows(_MD_ROW, page)
    assert documented == _registry_rows(Parser().stages())
    docstring = _rows(_RST_ROW, _base.default_stages.__doc__ or "")
    assert docstring == documented
    shared = [row for row in documented if row[0] != "layout"]
    assert shared == _registry_rows(_base.default_stages())
    # "A parser with home_country set replaces home at 49, right after resolution."
    kremlin = _discovery.get_parser("kremlin")
    assert kremlin.home_country == "Russia"
    names = kremlin.stages().names()
    assert names[names.index("resolution") + 1] == "home"
    assert kremlin.stages().priority("home") == 49
    assert kremlin.stages()["home"] is not Parser().stages()["home"]


def test_block_rule_table_matches_the_code() -> None:
    """extending.md's table of block rules is the docstring's plus ``turn``, in the parser's order."""
    page = section(DOCS / "extending.md", "The default block rules")
    documented = _rows(_MD_ROW, page)
    assert documented == _registry_rows(Parser().block_rules())
    docstring = _rows(_RST_ROW, layout_blocks.default_block_rules.__doc__ or "")
    assert docstring == [row for row in documented if row[0] != "turn"]
    assert docstring == _registry_rows(layout_blocks.default_block_rules())


def test_cli_page_names_every_command_and_option() -> None:
    """cli.md documents every subcommand and every option the command line accepts."""
    import argparse  # noqa: PLC0415

    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    top = cli._build()
    subparsers = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    for option in (s for a in top._actions for s in a.option_strings):
        assert f"`{option}" in page, option
    for name, sub in subparsers.choices.items():
        assert f"## `summitdoc {name}" in page, name
        text = section(DOCS / "cli.md", f"`summitdoc {name}")
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction):
                continue  # -h is documented once, for every command
            for option in action.option_strings:
                assert f"`{option}" in text, f"summitdoc {name} {option}"
            for choice in action.choices or ():
                assert f"`{choice}`" in text, f"summitdoc {name}: {choice}"


def _lexicon_keys(table: dict[str, Any], prefix: str = "") -> Iterator[str]:
    for key, value in table.items():
        if isinstance(value, dict) and value and set(value) <= {"starts", "contains"}:
            yield f"{prefix}{key}"  # a cue family: an inline table, documented as a key
        elif isinstance(value, dict) and prefix == "":
            yield from _lexicon_keys(value, f"{key}.")
        elif isinstance(value, dict):
            yield from _lexicon_keys(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}"


def test_data_page_documents_every_lexicon_key() -> None:
    """data.md's lexicon section names every table and key of lexicon.toml."""
    text = section(DOCS / "data.md", "`lexicon.toml`")
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    for table in data:
        assert f"`[{table}]`" in text, table
    for dotted in _lexicon_keys(data):
        table, _, key = dotted.rpartition(".")
        assert f"`{key}`" in text or f'`"{key}"`' in text, dotted
        if "." in table:  # a nested table: [decisions.heads]
            assert f"`[{table}]`" in text, table


@pytest.mark.parametrize(
    "model",
    [
        models.Summit,
        models.Participant,
        models.Speech,
        models.Quote,
        models.Decision,
        models.Statement,
        models.Meeting,
        models.Caption,
        models.Source,
        models.Span,
    ],
    ids=lambda m: m.__name__,
)
def test_models_page_documents_every_field(model: type) -> None:
    """models.md has a section for each model naming each of its fields."""
    import attrs  # noqa: PLC0415

    text = section(DOCS / "models.md", f"`{model.__name__}`")
    for field in attrs.fields(model):
        assert f"`{field.name}`" in text, f"{model.__name__}.{field.name}"


_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
_FENCED = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


_LINKED = [*PAGES, ROOT / "CHANGELOG.md", ROOT / "changelog.d" / "README.md"]


@pytest.mark.parametrize("page", _LINKED, ids=[str(p.relative_to(ROOT)) for p in _LINKED])
def test_relative_links_resolve(page: Path) -> None:
    """Every relative link of the page points at a file of the repository, and anchors exist."""
    text = _FENCED.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # code, not links: stages()["layout"](doc)
    for m in _LINK.finditer(text):
        target = m["target"]
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.exists(), f"{page.name}: {target}"
        if anchor and file.suffix == ".md":
            assert anchor in _anchors(file), f"{page.name}: {target}"


def _anchors(page: Path) -> set[str]:
    """GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as '-'."""
    found = set()
    for _, _, title in headings(page.read_text(encoding="utf-8")):
        words = re.sub(r"[^\w\- ]", "", title.lower())
        found.add(words.replace(" ", "-"))
    return found


def test_changelog_fragments_follow_the_convention() -> None:
    """Every fragment in changelog.d is named <issue>.<type>[.<n>].md with a known type."""
    fragments = [p for p in (ROOT / "changelog.d").iterdir() if p.name != "README.md"]
    assert fragments
    for p in fragments:
        types = "breaking|deprecation|change|fix|doc"
        assert re.fullmatch(rf"\d+\.({types})(\.\d+)?\.md", p.name), p.name
        assert p.read_text(encoding="utf-8").strip(), p.name
