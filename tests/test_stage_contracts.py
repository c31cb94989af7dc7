"""Typed stage contracts (issue 8, item 7).

What a built-in stage hands the next is a typed field of the ``Document`` (never a key of
``doc.extra``, which is left to plug-ins); the indexes are built by the stage that last changes
what they index; and a registry that drops or reorders a stage another one needs is refused
with a ``ParseError`` naming both.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import summitdoc
from summitdoc.knowledge import load_knowledge
from summitdoc.parsers import Document, Parser, Registry, Stage, available_parsers, get_parser
from summitdoc.parsers._base import STAGE_NEEDS, check_stage_order

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"


class _PeopleLate(Parser):
    """Moves 'people' after 'quotes' and 'attribution', which reads who a cue names."""

    name = "people-late"

    def extend(self, stages: Registry[Stage]) -> None:
        stages.register(stages["people"], "people", 52)


class _PeopleAfterQuotes(Parser):
    """Moves 'people' after 'quotes' only: 'quotes' does not read people, so this is allowed."""

    name = "people-after-quotes"

    def extend(self, stages: Registry[Stage]) -> None:
        stages.register(stages["people"], "people", 58)


class _NoAttribution(Parser):
    """Drops 'attribution', which 'resolution' and the later stages need."""

    name = "no-attribution"

    def extend(self, stages: Registry[Stage]) -> None:
        stages.deregister("attribution")


def test_moving_a_needed_stage_later_is_a_clear_error() -> None:
    """A plug-in that moves 'people' after a stage that needs it names both stages."""
    message = (
        r"parser 'people-late': the 'attribution' stage needs the 'people' stage to run before "
        r"it, but 'people' \(priority 52\) runs after 'attribution' \(priority 55\)"
    )
    with pytest.raises(summitdoc.ParseError, match=message):
        _PeopleLate().stages()
    with pytest.raises(summitdoc.ParseError, match=message):
        _PeopleLate().parse_text(SEED.read_text(encoding="utf-8"))
    with pytest.raises(summitdoc.ParseError, match="'attribution' stage needs the 'people'"):
        summitdoc.parse(SEED, parser=_PeopleLate())


def test_an_order_that_does_not_matter_is_allowed() -> None:
    """'people' after 'quotes' but before 'attribution' parses as the shared order does."""
    names = _PeopleAfterQuotes().stages().names()
    assert names.index("quotes") < names.index("people") < names.index("attribution")
    moved = summitdoc.parse(SEED, parser=_PeopleAfterQuotes())
    reference = summitdoc.parse(SEED, parser=Parser())
    assert moved.participants == reference.participants
    assert moved.speeches == reference.speeches


def test_dropping_a_needed_stage_is_a_clear_error() -> None:
    """Dropping 'attribution' names the first stage that needs it."""
    with pytest.raises(
        summitdoc.ParseError,
        match=r"'no-attribution': the 'resolution' stage needs the 'attribution' stage, which is "
        r"not registered",
    ):
        _NoAttribution().stages()


def test_every_built_in_parser_passes_the_check() -> None:
    """The shared order satisfies every need, with and without the 'home' stage."""
    for name in ("generic", "belta", "kremlin", "whitehouse"):
        assert name in available_parsers()
        stages = get_parser(name).stages()  # checks
        check_stage_order(stages, parser=name)
        for stage, needs in STAGE_NEEDS.items():
            assert stage in stages or stage == "home"
            assert all(need in stages for need in needs)


def test_a_reading_before_the_index_is_built_is_a_clear_error() -> None:
    """An index read before the stage that builds it names that stage, never a stale answer."""
    doc = Document(text="President Putin said “yes”.", knowledge=load_knowledge())
    with pytest.raises(summitdoc.ParseError, match="before the 'mentions' stage"):
        doc.hits_in(0, 5)
    with pytest.raises(summitdoc.ParseError, match="before the 'people' stage"):
        doc.mentions_in(0, 5)
    with pytest.raises(summitdoc.ParseError, match="before the 'attribution' stage"):
        doc.in_speech(0, 5)
    with pytest.raises(summitdoc.ParseError, match="before the 'layout' stage"):
        doc.block_at(0)


def _run(parser: Parser, text: str) -> Document:
    doc = Document(text=text, knowledge=load_knowledge())
    stages = parser.stages()
    for name in stages.names():
        stages[name](doc)
    return doc


def test_built_in_stages_hand_on_typed_fields_and_leave_extra_alone() -> None:
    """After the shared stages the hand-overs are typed fields; ``extra`` is still empty."""
    doc = _run(get_parser("belta"), SEED.read_text(encoding="utf-8"))
    assert doc.extra == {}
    assert doc.block_index is not None
    assert doc.block_index.blocks == tuple(doc.blocks)
    assert doc.hit_index is not None
    assert doc.hit_index.hits == tuple(doc.hits)
    assert doc.quote_index is not None
    assert doc.quote_index.quotes == tuple(doc.quotes)
    assert doc.mention_index is not None
    # Rebuilt by resolution: every mention of every person, the resolved descriptions included.
    assert len(doc.mention_index.entries) == sum(len(p.mentions) for p in doc.people)
    assert doc.descriptions
    resolved = [d for d in doc.descriptions if d.person is not None]
    assert resolved
    assert all(d.person in doc.people for d in resolved)
    assert isinstance(doc.meeting_blocks, frozenset)
    assert all(isinstance(n, int) for n in doc.meeting_blocks)
    assert all(q.group is not None for q in doc.quotes if q.how != "turn")
    assert all(st.block is not None for st in doc.statements)
    assert doc.wrapped is False


def test_indexes_are_frozen_and_rebuilt_explicitly() -> None:
    """An index does not change under a reader; a stage that adds mentions rebuilds it."""
    doc = _run(Parser(), SEED.read_text(encoding="utf-8"))
    index = doc.mention_index
    assert index is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        index.entries = ()  # type: ignore[misc]
    person = doc.people[0]
    start = len(doc.text) - 1
    person.mentions.append((start, len(doc.text)))
    assert doc.mentions_in(start, len(doc.text)) == []  # not yet indexed
    doc.index_mentions()
    assert doc.mentions_in(start, len(doc.text)) == [(start, len(doc.text), person)]


def test_extending_page_lists_the_needs() -> None:
    """docs/extending.md's table of what each stage needs is STAGE_NEEDS."""
    page = (Path(__file__).resolve().parent.parent / "docs" / "extending.md").read_text("utf-8")
    part = page.split("### The order that matters", 1)[1].split("\n#", 1)[0]
    documented: dict[str, tuple[str, ...]] = {}
    for line in part.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or not cells[0].startswith("`"):
            continue
        needs = tuple(n.strip().strip("`") for n in cells[1].split(","))
        for stage in cells[0].split(","):
            documented[stage.strip().strip("`")] = needs
    assert documented == dict(STAGE_NEEDS)
