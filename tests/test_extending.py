"""The extension API: plug-in discovery through entry points, run-time registration, stages.

The demo plug-in in ``tests/plugin/`` is made discoverable without pip: a
``summitdoc_plugin_demo-0.1.dist-info/`` folder (``METADATA`` and an ``entry_points.txt`` made from
the plug-in's own ``pyproject.toml``) and the module are put in a temporary directory at the
front of ``sys.path``, which is what installing the wheel would do. ``importlib.metadata`` then
finds the entry point like any other.

Every test leaves the discovery cache, ``sys.path``, ``sys.modules`` and the run-time
registrations as it found them.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import summitdoc
from summitdoc.cli import main
from summitdoc.parsers import (
    Document,
    Parser,
    Registry,
    Stage,
    _discovery,
    available_parsers,
    choose_parser,
    get_parser,
    register_parser,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

PLUGIN = Path(__file__).resolve().parent / "plugin"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"
BUILT_IN = ("generic", "belta", "kremlin", "whitehouse")

#: A report of the demo plug-in's outlet: signed "(Demo Wire)" on the last line.
DEMO_REPORT = """Leaders meet in Astana

President of Kazakhstan Kassym-Jomart Tokayev welcomed President of Russia Vladimir Putin.

Vladimir Putin said, “We have agreed on a joint programme. Our countries will work together.”

(Demo Wire)
"""


@pytest.fixture(autouse=True)
def _forget_registrations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run-time registrations made by a test are forgotten after it."""
    monkeypatch.setattr(_discovery, "_runtime", dict(_discovery._runtime))


def _install(site: Path, distribution: str, entry_points: dict[str, str]) -> None:
    """Write the ``*.dist-info`` folder pip would write for a distribution with these entry points."""
    info = site / f"{distribution.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 0.1\n", encoding="utf-8"
    )
    lines = [f"{name} = {target}" for name, target in entry_points.items()]
    (info / "entry_points.txt").write_text(
        "[summitdoc.parsers]\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    """A directory at the front of ``sys.path``, with the discovery cache cleared around the test."""
    before = set(sys.modules)
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    _discovery._from_entry_points.cache_clear()
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in set(sys.modules) - before:
        if name.startswith("summitdoc_plugin"):
            del sys.modules[name]
    importlib.invalidate_caches()
    _discovery._from_entry_points.cache_clear()


@pytest.fixture
def demo_plugin(site: Path) -> Path:
    """The demo plug-in of tests/plugin, installed from its own pyproject.toml into ``site``."""
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry_points = project["entry-points"]["summitdoc.parsers"]
    _install(site, project["name"], entry_points)
    shutil.copy(PLUGIN / "summitdoc_plugin_demo.py", site)
    return site


# -- (a) a plug-in found through the entry point group --------------------------------------------


@pytest.mark.usefixtures("demo_plugin")
def test_plugin_is_listed_with_its_distribution() -> None:
    """An installed plug-in's parser is listed under its entry point name, from its distribution."""
    info = available_parsers()["demo"]
    assert info.name == "demo"
    assert type(info.parser).__name__ == "DemoParser"
    assert type(info.parser).__module__ == "summitdoc_plugin_demo"
    assert info.origin == "summitdoc_plugin_demo:DemoParser (entry point of summitdoc-plugin-demo)"
    assert set(BUILT_IN) <= set(available_parsers())


@pytest.mark.usefixtures("demo_plugin")
def test_plugin_is_used_by_name() -> None:
    """parse_text(text, parser="demo") runs the plug-in's stages."""
    summit = summitdoc.parse_text(DEMO_REPORT, parser="demo")
    assert summit.source.outlet == "Demo Wire"  # set by the plug-in's own stage
    assert [p.id for p in summit.participants] == ["kassym-jomart-tokayev", "vladimir-putin"]
    assert summitdoc.parse_text(DEMO_REPORT, parser="generic").source.outlet is None


@pytest.mark.usefixtures("demo_plugin")
def test_plugin_is_chosen_for_its_reports() -> None:
    """Automatic choice picks the plug-in for text its detect() scores above every other parser."""
    assert type(choose_parser(DEMO_REPORT)).__name__ == "DemoParser"
    assert summitdoc.parse_text(DEMO_REPORT).source.outlet == "Demo Wire"
    # Even a BELTA report (0.9 for the BELTA parser) goes to the plug-in once it is signed (0.97).
    signed = SEED.read_text(encoding="utf-8") + "\n(Demo Wire)\n"
    assert type(choose_parser(signed)).__name__ == "DemoParser"


@pytest.mark.usefixtures("demo_plugin")
def test_plugin_leaves_other_reports_alone() -> None:
    """A report the plug-in does not claim still goes to the built-in parser that fits it."""
    assert get_parser("demo").detect(SEED.read_text(encoding="utf-8")) == 0.0
    assert choose_parser(SEED.read_text(encoding="utf-8")) is get_parser("belta")


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (
            (
                "Talks with President of Kazakhstan\n\nMarch 3, 2025 10:00 The Kremlin, Moscow\n\n"
                "The Russian President held talks with his Kazakh counterpart.\n"
            ),
            "kremlin",
        ),
        (
            (
                "Readout of the Leaders' Meeting\n\nThe Trump-Vance Administration welcomed the "
                "partners to the summit.\n"
            ),
            "whitehouse",
        ),
    ],
    ids=["kremlin", "whitehouse"],
)
def test_outlets_are_recognised_whoever_holds_office(report: str, expected: str) -> None:
    """Outlet parsers recognise a government's reports by office and house style, not names."""
    assert choose_parser(report) is get_parser(expected)


def test_a_timestamp_under_another_sites_menus_is_not_the_kremlin_dateline() -> None:
    """A news page's "Month D, YYYY HH:MM" under its masthead and menus is its own timestamp."""
    report = (
        "Gulf Daily\nHome\nRegion\nWorld\nBusiness\n\n"
        "Gulf leaders approve a rail link at Doha summit\n\nMarch 3, 2031 21:14\n\n"
        "Minister of Transport, Works and Ports Hamad Al-Sulaiti told reporters the line opens "
        "in June.\n"
    )
    assert choose_parser(report) is not get_parser("kremlin")


@pytest.mark.parametrize(
    "report",
    [
        (
            "JAKARTA (Reuters) - Southeast Asian leaders met in Jakarta on Tuesday while Russian "
            "President Vladimir Putin stayed away, sending Foreign Minister Oleg Sidorin instead. "
            "Foreign Minister Dewi Santoso opened the session.\n"
        ),
        (
            "Leaders pledge climate cash\n\nThe pledges were announced at the White House on "
            "Friday, our White House correspondent reports, as the Kremlin looked on.\n"
        ),
        (
            "Minsk hosts trade talks\n\nMarch 3, 2025\n\nThe talks opened in Minsk, BelTA "
            "reported, and the President of Russia sent a message of greeting.\n"
        ),
    ],
    ids=["russian-president-mentioned", "white-house-mentioned", "belta-cited"],
)
def test_a_story_that_mentions_an_office_goes_to_the_generic_parser(report: str) -> None:
    """Naming the Russian President, the White House or BelTA does not make a story theirs."""
    assert choose_parser(report) is get_parser("generic")


def test_a_wire_story_gives_no_home_country() -> None:
    """Read generically, Santoso keeps no country rather than the Russian President's (L12)."""
    summit = summitdoc.parse_text(
        "JAKARTA (Reuters) - Southeast Asian leaders met in Jakarta on Tuesday while Russian "
        "President Vladimir Putin stayed away. Foreign Minister Dewi Santoso opened the session.\n"
    )
    countries = {p.name: p.country for p in summit.participants}
    assert countries.get("Dewi Santoso") in (None, "Indonesia")


def test_guests_of_a_government_keep_their_own_country() -> None:
    """In a Kremlin report, foreign leaders named bare get no country, Russia least of all."""
    summit = summitdoc.parse_text(
        "Meeting of the Steppe Council\n\nMay 5, 2031 12:00 Kazan\n\nBefore the session, Ade "
        "Okonkwo, Luis Sandoval and Vladimir Putin posed for a photo.\n\n* * *\n\nPresident of "
        "Russia Vladimir Putin: President Okonkwo, Prime Minister Sandoval, colleagues, welcome.\n",
    )
    countries = {p.name: p.country for p in summit.participants}
    assert countries["Vladimir Putin"] == "Russia"
    assert countries["Ade Okonkwo"] is None
    assert countries["Luis Sandoval"] is None


def test_plugin_is_gone_after_its_fixture() -> None:
    """Without the fixture the demo plug-in is not installed: the test set-up cleans up."""
    assert "demo" not in available_parsers()
    assert "summitdoc_plugin_demo" not in sys.modules
    assert not any(Path(entry, "summitdoc_plugin_demo.py").exists() for entry in sys.path)


# -- (b) run-time registration, unknown names, broken plug-ins ------------------------------------


class _Echo(Parser):
    """A parser for tests: claims texts that mention 'ECHO', and marks what it parsed."""

    name = "echo"
    description = "Texts that say ECHO."

    def detect(self, text: str) -> float:
        return 0.99 if "ECHO" in text else 0.0

    def extend(self, stages: Registry[Stage]) -> None:
        def mark(doc: Document) -> None:
            doc.meta["title"] = "parsed by echo"

        stages.register(mark, "echo_mark", 1)


def test_register_parser_at_run_time() -> None:
    """register_parser makes a parser available by name and to automatic choice."""
    register_parser(_Echo)
    info = available_parsers()["echo"]
    assert info.origin == "registered at run time"
    assert isinstance(get_parser("echo"), _Echo)
    text = "ECHO. President of Russia Vladimir Putin said, “We agree on everything today.”"
    assert summitdoc.parse_text(text).title == "parsed by echo"
    assert summitdoc.parse_text(text, parser="generic").title != "parsed by echo"


def test_register_parser_instance_under_another_name() -> None:
    """An instance may be registered, and name= overrides the parser's own name."""
    instance = _Echo()
    register_parser(instance, name="echo-too")
    assert get_parser("echo-too") is instance
    assert "echo" not in available_parsers()


def test_register_parser_refuses_what_is_not_a_parser() -> None:
    """Registering something that is not a Parser raises ParseError."""
    with pytest.raises(summitdoc.ParseError, match="not a summitdoc Parser"):
        register_parser(object)  # type: ignore[arg-type]


def test_unknown_parser_name_lists_the_known_ones() -> None:
    """get_parser (and parse_text) with an unknown name raise ParseError naming every parser."""
    register_parser(_Echo)
    with pytest.raises(summitdoc.ParseError) as caught:
        get_parser("no-such-outlet")
    message = str(caught.value)
    assert "no parser named 'no-such-outlet'" in message
    for name in (*BUILT_IN, "echo"):
        assert name in message
    with pytest.raises(summitdoc.ParseError, match="no-such-outlet"):
        summitdoc.parse_text("A report.", parser="no-such-outlet")


@pytest.fixture
def broken_plugin(site: Path) -> Path:
    """A plug-in whose module raises on import, installed into ``site``."""
    _install(site, "summitdoc-plugin-broken", {"broken": "summitdoc_plugin_broken:BrokenParser"})
    (site / "summitdoc_plugin_broken.py").write_text(
        'raise RuntimeError("this plug-in is broken on purpose")\n', encoding="utf-8"
    )
    return site


@pytest.mark.usefixtures("broken_plugin")
def test_broken_plugin_is_listed_but_fails_when_used() -> None:
    """A plug-in that fails to import is listed, and raises ParseError with its error when used."""
    info = available_parsers()["broken"]
    assert "entry point of summitdoc-plugin-broken" in info.origin
    with pytest.raises(summitdoc.ParseError) as caught:
        summitdoc.parse_text(DEMO_REPORT, parser="broken")
    assert "failed to load" in str(caught.value)
    assert "RuntimeError: this plug-in is broken on purpose" in str(caught.value)


@pytest.mark.usefixtures("broken_plugin")
def test_broken_plugin_does_not_break_the_others() -> None:
    """With a broken plug-in installed, the built-in parsers and automatic choice still work."""
    assert set(BUILT_IN) <= set(available_parsers())
    summit = summitdoc.parse(SEED)
    assert summit.source.outlet == "BELTA"


def test_plugin_pointing_at_a_missing_module_is_reported(site: Path) -> None:
    """An entry point naming a module that does not exist is a broken plug-in, not a crash."""
    _install(site, "summitdoc-plugin-ghost", {"ghost": "summitdoc_plugin_ghost:Ghost"})
    _discovery._from_entry_points.cache_clear()
    assert "ghost" in available_parsers()
    with pytest.raises(summitdoc.ParseError, match="ModuleNotFoundError"):
        get_parser("ghost").parse_text("A report.")


# -- (c) stages by name and priority --------------------------------------------------------------


def _probe(calls: list[tuple[str, bool, bool, bool]], name: str) -> Stage:
    """A stage that records that it ran, and whether blocks, hits and decisions existed then."""

    def stage(doc: Document) -> None:
        calls.append((name, bool(doc.blocks), bool(doc.hits), bool(doc.decisions)))

    return stage


class _Rearranged(Parser):
    """Adds two probes, replaces 'captions', moves 'meetings', drops 'statements'."""

    name = "rearranged"

    def __init__(self) -> None:
        self.calls: list[tuple[str, bool, bool, bool]] = []

    def extend(self, stages: Registry[Stage]) -> None:
        stages.register(_probe(self.calls, "early"), "probe_early", 95)
        stages.register(_probe(self.calls, "late"), "probe_late", 1)
        stages.register(_probe(self.calls, "captions"), "captions", 85)  # finds no captions
        stages.register(stages["meetings"], "meetings", 31)  # now after statements (32)
        stages.deregister("statements")


def test_stage_registry_order_follows_priorities() -> None:
    """Added, replaced, moved and dropped stages take their places by priority, highest first."""
    names = _Rearranged().stages().names()
    assert names == [
        "layout",
        "probe_early",
        "mentions",
        "captions",
        "metadata",
        "people",
        "turns",
        "quotes",
        "attribution",
        "resolution",
        "home",
        "speeches",
        "meetings",
        "decisions",
        "probe_late",
    ]
    assert "statements" not in _Rearranged().stages()
    assert "statements" in Parser().stages()  # the shared stages are not changed


def test_rearranged_stages_run_in_that_order() -> None:
    """The parse runs the replaced stage instead of the shared one, each stage in its place."""
    parser = _Rearranged()
    summit = summitdoc.parse(SEED, parser=parser)
    assert parser.calls == [
        ("early", True, False, False),  # after layout, before mentions
        ("captions", True, True, False),  # in place of the shared captions stage
        ("late", True, True, True),  # after decisions
    ]
    assert summit.captions == ()
    assert summit.statements == ()
    assert summit.meetings  # moved, still run
    reference = summitdoc.parse(SEED, parser="belta")
    assert reference.captions
    assert reference.statements


def test_registry_replace_deregister_and_ties() -> None:
    """Registering a name again replaces the item; equal priorities keep registration order."""
    registry: Registry[str] = Registry()
    registry.register("a", "first", 10)
    registry.register("b", "second", 10)
    registry.register("c", "third", 20)
    assert registry.names() == ["third", "first", "second"]
    registry.register("A", "first", 5)
    assert registry.names() == ["third", "second", "first"]
    assert registry["first"] == "A"
    assert len(registry) == 3
    registry.deregister("second")
    assert list(registry) == ["c", "A"]
    with pytest.raises(KeyError):
        registry.deregister("second")
    registry.deregister("second", strict=False)


def test_block_rules_by_name() -> None:
    """extend_block_rules adds, replaces and drops block rules by name and priority."""

    class Rules(Parser):
        def extend_block_rules(self, rules: Registry[summitdoc.parsers.BlockRule]) -> None:
            rules.register(lambda _d, _b, _i: None, "first_look", 111)
            rules.deregister("heading")
            rules.register(rules["standfirst"], "standfirst", 10)

    names = Rules().block_rules().names()
    assert names[0] == "first_look"
    assert "heading" not in names
    assert names[-2:] == ["standfirst", "paragraph"]
    assert "heading" in Parser().block_rules().names()


# -- (d) summitdoc parsers ------------------------------------------------------------------------


def test_cli_parsers_lists_the_built_in_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc parsers` lists generic, belta, kremlin and whitehouse with where each came from."""
    assert main(["parsers"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line.split()[0] for line in lines if line[:1].strip()]
    assert names == sorted(names)
    assert set(BUILT_IN) <= set(names)
    for name in BUILT_IN:
        i = next(n for n, line in enumerate(lines) if line.split()[:1] == [name])
        description = lines[i].split(None, 1)[1]
        assert description == type(get_parser(name)).description
        origin = lines[i + 1].strip()
        assert origin.startswith(f"from summitdoc.parsers.outlets.{name}:")
        assert origin.endswith(("(entry point of summitdoc)", "(built in)"))


@pytest.mark.usefixtures("demo_plugin")
def test_cli_parsers_lists_a_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc parsers` lists an installed plug-in with its distribution."""
    assert main(["parsers"]) == 0
    out = capsys.readouterr().out
    assert "demo " in out
    assert "from summitdoc_plugin_demo:DemoParser (entry point of summitdoc-plugin-demo)" in out


@pytest.mark.usefixtures("broken_plugin")
def test_cli_parsers_shows_a_broken_plugin(capsys: pytest.CaptureFixture[str]) -> None:
    """`summitdoc parsers` says that a plug-in failed to load, not the generic parser's description."""
    assert main(["parsers"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("broken"))
    assert "failed to load" in line or "RuntimeError" in line


# -- choice on equal scores ---------------------------------------------------------------------


def test_generic_wins_ties() -> None:
    """A parser that scores a text the same as the generic parser does not take it from generic."""

    class Default(Parser):
        name = "default-detect"  # keeps Parser.detect: 0.1, like generic

    register_parser(Default)
    assert choose_parser("An ordinary report.") is get_parser("generic")
