"""Cue words: one pass over the tokens marks the pattern families each token opens.

The families and their words are data (``[cues]`` in lexicon.toml); the extractors search a
sentence only for the families it opens. A word missing from a family would silently hide
matches, so every report of the corpus is parsed with every family open as well, and the two
parses must agree.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import summitdoc
from summitdoc import DataError
from summitdoc.parsers import _base
from summitdoc.parsers.mentions import lexicon as lexicon_module
from summitdoc.parsers.mentions.cues import MAX_FAMILIES, CueFamily, CueIndex, CueTable
from summitdoc.parsers.mentions.gazetteer import tokenise
from summitdoc.parsers.mentions.lexicon import cue_table, lexicon

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORTS = sorted(
    [
        *ROOT.glob("seeds/*.txt"),
        *(SHARED / "corpus").glob("*.txt"),
        *(SHARED / "corpus").glob("*.html"),
    ]
)
LEXICON = ROOT / "src" / "summitdoc" / "parsers" / "data" / "lexicon.toml"


def _table() -> CueTable:
    return CueTable(
        [
            CueFamily("harbour.ports", starts=("port",)),
            CueFamily("harbour.ships", contains=("ship", "vessel")),
            CueFamily("harbour.empty"),
        ]
    )


@pytest.mark.parametrize(
    ("word", "families"),
    [
        ("ports", {"harbour.ports"}),
        ("portside", {"harbour.ports"}),
        ("airport", set()),  # "starts": the word must open the token
        ("warships", {"harbour.ships"}),  # "contains": anywhere in it
        ("vessels", {"harbour.ships"}),
        ("shipports", {"harbour.ships"}),
        ("pier", set()),
        ("ſhip", {"harbour.ships"}),  # the long s, as a case-insensitive pattern reads it
        ("ı\u0307", {"harbour.ports", "harbour.ships", "harbour.empty"}),  # a combining dot
    ],
)
def test_a_word_opens_the_families_whose_words_it_begins_with_or_holds(
    word: str, families: set[str]
) -> None:
    table = _table()
    opened = {name for name, bit in table.bits.items() if table.flags_of(word) & bit}
    assert opened == families


def test_the_index_reads_a_sentence_by_characters_and_by_tokens() -> None:
    text = "Two warships left the port at dawn. The pier stayed empty."
    index = CueIndex(tokenise(text), _table())
    ships, ports = index.bit("harbour.ships"), index.bit("harbour.ports")
    first, second = text.index("Two"), text.index("The pier")
    assert index.overlapping(first, second) == ships | ports
    assert index.overlapping(second, len(text)) == 0
    assert index.has("harbour.ships", 0, 12)  # "Two warships"
    assert not index.has("harbour.ports", 0, 12)
    assert index.has("harbour.ships", 6, 7)  # a token overlapping the span counts
    assert index.of_tokens(0, 1) == 0  # "Two"
    with pytest.raises(KeyError, match=r"no family 'harbour\.gulls'"):
        index.bit("harbour.gulls")


def test_a_table_refuses_too_many_families_and_a_name_given_twice() -> None:
    with pytest.raises(DataError, match="at most 62"):
        CueTable([CueFamily(f"s.f{n}", contains=("x",)) for n in range(MAX_FAMILIES + 1)])
    with pytest.raises(DataError, match=r"cues\.s\.f is given twice"):
        CueTable([CueFamily("s.f", contains=("x",)), CueFamily("s.f", starts=("y",))])


def test_the_shipped_families_load_and_references_take_each_phrase_s_longest_word() -> None:
    families = {f.name: f for f in lexicon().cue_families}
    assert {"statements.trigger", "speeches.verbs", "decisions.trigger"} <= set(families)
    # "@decisions.impersonal" holds "there was agreement to", "it was agreed to", ...
    assert "agreement" in families["decisions.impersonal"].contains
    assert "agreed" in families["decisions.impersonal"].contains
    # "pointed out" gives "pointed", "is convinced" gives "convinced".
    assert {"pointed", "convinced"} <= set(families["speeches.verbs"].contains)
    assert len(cue_table().bits) == len(families)


def _load_with(monkeypatch: pytest.MonkeyPatch, cues: dict[str, Any]) -> None:
    data = tomllib.loads(LEXICON.read_text(encoding="utf-8"))
    data["cues"] = cues
    monkeypatch.setattr(lexicon_module.tomllib, "loads", lambda _text: data)
    lexicon.cache_clear()


@pytest.mark.parametrize(
    ("cues", "message"),
    [
        ({"harbour": ["port"]}, r"cues\.harbour must be a table of families"),
        ({"harbour": {"ports": ["port"]}}, r"cues\.harbour\.ports must be a table of 'starts'"),
        ({"harbour": {"ports": {"begins": ["port"]}}}, r"cues\.harbour\.ports must be a table"),
        ({"harbour": {"ports": {"starts": "port"}}}, r"cues\.harbour\.ports\.starts must be an"),
        ({"harbour": {"ports": {"starts": ["Port"]}}}, "'Port' is not a lower-case word"),
        ({"harbour": {"ports": {"starts": ["port side"]}}}, "'port side' is not a lower-case"),
        ({"harbour": {"ports": {"starts": ["port-"]}}}, "'port-' is not a lower-case"),
        ({"harbour": {"ports": {"contains": ["@harbour.quays"]}}}, "missing key 'harbour.quays'"),
        ({"harbour": {"years": {"contains": ["@decisions.year_links"]}}}, "with no word to look"),
    ],
)
def test_bad_cue_data_is_a_data_error_naming_the_key(
    monkeypatch: pytest.MonkeyPatch, cues: dict[str, Any], message: str
) -> None:
    _load_with(monkeypatch, cues)
    try:
        with pytest.raises(DataError, match=message):
            lexicon()
    finally:
        monkeypatch.undo()
        lexicon.cache_clear()


def _every_family_open() -> CueTable:
    # "" is in every word: each token opens each family, so no sentence is skipped.
    return CueTable([CueFamily(f.name, contains=("",)) for f in lexicon().cue_families])


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_no_family_hides_a_match_in_a_corpus_report(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    """The parse with the cue words equals the parse that searches every family everywhere."""
    gated = summitdoc.to_json(summitdoc.parse(path))
    monkeypatch.setattr(_base, "cue_table", _every_family_open)
    assert summitdoc.to_json(summitdoc.parse(path)) == gated
