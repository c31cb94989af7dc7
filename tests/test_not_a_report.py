"""Not a report, said so (issue 9): PDFs, office files, JSON, XML and text with no sentence.

Each is refused with an ``InputError`` of one line that says what the file looks like; an HTML
page, every corpus file and the seed still parse.
"""

from __future__ import annotations

import contextlib
import io
import time
import zipfile
from pathlib import Path

import pytest

import summitdoc
from summitdoc.parsers.intake.sniff import check_sentences

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def _zip(*names: str, first: tuple[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first is not None:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1])
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def seed() -> summitdoc.Summit:
    return summitdoc.parse(SEED)


def _refused(data: bytes | str) -> str:
    def attempt() -> None:
        if isinstance(data, str):
            summitdoc.parse_text(data, path="x")
        else:
            summitdoc.parse(io.BytesIO(data))

    with pytest.raises(summitdoc.InputError) as caught:
        attempt()
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize(
    ("data", "looks_like"),
    [
        (b"%PDF-1.4\n1 0 obj << /Title (Putin meets Xi in Moscow) >>\n", "a PDF document"),
        (_zip("[Content_Types].xml", "word/document.xml"), "a Word document (.docx)"),
        (_zip("[Content_Types].xml", "xl/workbook.xml"), "an Excel workbook (.xlsx)"),
        (
            _zip("content.xml", first=("mimetype", "application/vnd.oasis.opendocument.text")),
            "an OpenDocument text (.odt)",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "an OLE compound file"),
        (_zip("notes.txt"), "a zip archive"),
    ],
    ids=["pdf", "docx", "xlsx", "odt", "doc", "zip"],
)
def test_binary_documents_are_refused_by_kind(data: bytes, looks_like: str) -> None:
    assert f"looks like {looks_like}" in _refused(data)


def test_summitdocs_own_json_jsonl_and_xml_are_refused(seed: summitdoc.Summit) -> None:
    assert "summitdoc's own JSON output" in _refused(summitdoc.to_json(seed, indent=2))
    lines = (summitdoc.to_json(seed) + "\n") * 2
    assert "summitdoc's own JSON Lines output" in _refused(lines)
    assert "summitdoc's own XML output" in _refused(summitdoc.to_xml(seed))
    # The bytes, as a file: the same answer.
    assert "summitdoc's own JSON output" in _refused(summitdoc.to_json(seed).encode())


@pytest.mark.parametrize(
    ("text", "looks_like"),
    [
        ('{"title": "Putin and Xi met in Moscow on Monday"}', "JSON data"),
        ('[{"said": "We agreed on a joint programme"}]', "JSON data"),
        (
            (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Leaders met in Moscow'
                "</title></channel></rss>"
            ),
            "a news feed",
        ),
        (
            '<?xml version="1.0"?><report><p>The leaders met in Moscow today.</p></report>',
            "an XML document (root element <report>)",
        ),
        ("1 2 3 4\n5 6 7 8\n", "no sentence"),
        ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\n" * 20, "no sentence"),
        ("<p>12</p><div>34</div><span>56</span>", "no sentence"),
    ],
    ids=["json-object", "json-array", "rss", "xml", "numbers", "base64", "html-no-prose"],
)
def test_text_that_is_not_a_report_is_refused(text: str, looks_like: str) -> None:
    assert looks_like in _refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "<p>The leaders met in Moscow and signed a treaty.</p>",
        (
            '<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>The leaders met in Moscow.</p>'
            "</body></html>"
        ),
        "[Reuters] The leaders met in Moscow on Monday and signed a treaty.",
        "{Moscow} The leaders met in Moscow on Monday and signed a treaty.",
        "THE COUNCIL WAS GIVEN THE STATUS OF AN ORGAN.",
    ],
    ids=["html-fragment", "xhtml-page", "bracket-start", "brace-start", "shouted"],
)
def test_reports_that_look_a_little_like_markup_or_json_still_parse(text: str) -> None:
    assert summitdoc.parse_text(text).source.text


def test_every_corpus_file_and_the_seed_still_parse() -> None:
    files = [SEED]
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    for path in files:
        assert summitdoc.parse(path).source.text, path


@pytest.mark.parametrize(
    "text",
    ["a" * 2_000_000, "ab-" * 700_000, "ab'" * 700_000, "A b c 1 " * 250_000, " -" * 1_000_000],
    ids=["one-word", "hyphen-chain", "apostrophe-chain", "three-words", "dashes"],
)
def test_the_sentence_check_is_linear(text: str) -> None:
    """A generous CPU bound: a quadratic scan of these 2 MB inputs would take minutes."""
    started = time.process_time()
    with contextlib.suppress(summitdoc.InputError):
        check_sentences(text, "x")
    assert time.process_time() - started < 5
