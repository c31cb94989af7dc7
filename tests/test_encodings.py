"""Faithful decoding (issue 9): a report reads the same whatever code page it was saved in.

The seed and every text of ``../shared/corpus`` (skipped where ``../shared`` is absent) are saved
in Windows-1252, Latin-1, Windows-1251 and Mac Roman and must read exactly as the UTF-8 file
does. The corpus goes through the decoding step only (a full parse per file and code page would
make the suite slow); the seed is parsed whole in every code page that can hold it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import summitdoc
from summitdoc.cli import main
from summitdoc.parsers.intake.decode import META_SCAN_BYTES, decode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_01a1bb049021b88e.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
CODE_PAGES = ("cp1252", "latin-1", "cp1251", "mac-roman")
# How an editor saving the page in a code page would name it in <meta charset>.
LABELS = {
    "cp1252": "windows-1252",
    "latin-1": "iso-8859-1",
    "cp1251": "windows-1251",
    "mac-roman": "x-mac-roman",
}
_META_UTF8 = re.compile(r'charset="utf-8"', re.IGNORECASE)


def _corpus() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))


def _utf8_text(path: Path) -> str:
    return decode(path.read_bytes(), name=str(path))


def _variants(text: str, code_page: str) -> list[tuple[str, str, bytes]]:
    """``(what, expected text, bytes)`` for ``text`` saved in ``code_page``.

    The text itself when the code page holds all of it; else the text with what it cannot hold
    replaced by "?", as an editor saving it there does. Pure-ASCII results are left out: they
    read as UTF-8 whatever the code page.
    """
    out = []
    try:
        out.append(("exact", text, text.encode(code_page)))
    except UnicodeEncodeError:
        lossy = text.encode(code_page, "replace")
        out.append(("with '?' for what it cannot hold", lossy.decode(code_page), lossy))
    return [(what, expected, data) for what, expected, data in out if not data.isascii()]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_corpus_text_reads_the_same_in_every_code_page(path: Path) -> None:
    """Each corpus text saved in each code page decodes to the text of its UTF-8 file.

    A saved page declares the code page in its ``<meta charset>`` (as an editor re-saving it
    would) and is also tried with its original ``utf-8`` declaration left in place, which the
    bytes then contradict.
    """
    original = _utf8_text(path)
    wrong = []
    checked = 0
    for code_page in CODE_PAGES:
        texts = {"": original}
        if path.suffix == ".html":
            declared = _META_UTF8.sub(f'charset="{LABELS[code_page]}"', original, count=1)
            texts = {"meta utf-8, ": original, "meta declared, ": declared}
        for how, text in texts.items():
            for what, expected, data in _variants(text, code_page):
                checked += 1
                if decode(data, name=path.name) != expected:
                    wrong.append(f"{code_page} ({how}{what})")
    assert not wrong, f"{path.name} reads differently in: {', '.join(wrong)}"
    if not original.isascii():
        assert checked


@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_seed_parses_the_same_in_every_code_page(tmp_path: Path, code_page: str) -> None:
    """The seed saved in a code page parses to the same summit as the UTF-8 file (issue 9)."""
    text = _utf8_text(SEED)
    try:
        data = text.encode(code_page)
    except UnicodeEncodeError:
        pytest.skip(f"{code_page} cannot hold the seed's curly quotes and dashes")
    saved = tmp_path / f"seed.{code_page}.txt"
    saved.write_bytes(data)
    expected = summitdoc.parse(SEED)
    got = summitdoc.parse(saved)
    assert got.source.text == expected.source.text
    assert len(got.quotes) == len(expected.quotes) == 15
    assert [q.text for q in got.quotes] == [q.text for q in expected.quotes]


SAMPLES = [
    "Leaders met at the café in Zürich. “We agree,” said Müller — and that’s that…",
    "President Kassym-Jomart Tokayev (Касым-Жомарт Токаев) chaired the summit.",
    "Путин и Токаев провели переговоры в Москве. «Мы договорились», — сказал он.",
    "The São Tomé delegation and negociações went on; Ångström, Øresund, Straße, naïve.",
    "He said: ‘It’s 10\u00a0am’ – at 20°C, the ministers of Côte d’Ivoire arrived.",
    "Emmanuel Macron at the Élysée: « Nous sommes prêts », a déclaré le président.",
    "Mr.\u00a0Putin said “yes”.",
    "It’s here.",
    "Señor Peña Nieto of México",
]


def _encodable(text: str, code_page: str) -> bool:
    try:
        text.encode(code_page)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(
    ("text", "code_page"),
    [
        pytest.param(text, code_page, id=f"{n}-{code_page}")
        for n, text in enumerate(SAMPLES)
        for code_page in CODE_PAGES
        if _encodable(text, code_page)
    ],
)
def test_short_texts_are_detected(text: str, code_page: str) -> None:
    """Even a line of news text in any of the four code pages (that can hold it) is read right."""
    assert decode(text.encode(code_page)) == text


def test_cp1252_is_never_read_as_a_dos_code_page() -> None:
    """The issue's case: curly quotes in Windows-1252 are quotes, not ``Æ ō ö``."""
    text = "“We will,” he said. ‘Fine’ – she’d agreed…"
    assert decode(text.encode("cp1252")) == text


# -- <meta charset> -------------------------------------------------------------------------------


def _page(head: str, body: str) -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>t</title></head>"
        f"<body><article><h1>Summit</h1><p>{body}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="koi8-r">',
        "<meta charset=KOI8-R>",
        '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
        "<meta content='text/html; charset=koi8-r' http-equiv='content-type'>",
    ],
)
def test_meta_charset_is_honoured(head: str) -> None:
    """A page's ``<meta charset>`` (either form) decides, even for a code page not detected."""
    page = _page(head, "Президент Казахстана Касым-Жомарт Токаев открыл саммит.")
    assert decode(page.encode("koi8-r")) == page


def test_meta_charset_is_honoured_by_parse(tmp_path: Path) -> None:
    """``parse`` reads a saved page in the code page its ``<meta>`` declares."""
    body = "Lech Wałęsa met the leaders of the Visegrád Group in Kraków."
    page = _page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', body)
    saved = tmp_path / "page.html"
    saved.write_bytes(page.encode("iso-8859-2"))
    assert body in summitdoc.parse(saved).source.text


def test_meta_latin_1_is_read_as_windows_1252() -> None:
    """A page that says ISO-8859-1 but holds Windows quotes reads them as browsers do."""
    page = _page('<meta charset="iso-8859-1">', "“Yes,” he said — it’s done.")
    assert decode(page.encode("cp1252")) == page


def test_meta_contradicted_by_the_bytes_falls_back_to_detection() -> None:
    """``utf-8`` declared over Windows-1252 bytes: the bytes are read as what they are."""
    page = _page('<meta charset="utf-8">', "“Yes,” said Müller.")
    assert decode(page.encode("cp1252")) == page


def test_meta_legacy_charset_over_utf8_bytes_reads_utf8() -> None:
    """A page re-saved as UTF-8 that still declares Windows-1251 reads as UTF-8."""
    page = _page('<meta charset="windows-1251">', "Касым-Жомарт Токаев said “yes”.")
    assert decode(page.encode("utf-8")) == page


def test_meta_unknown_or_utf16_or_far_down_is_ignored() -> None:
    """An unknown name, an encoding ASCII is not itself in, or a late declaration is not used."""
    body = "“Yes,” said Müller."
    for head in (
        '<meta charset="no-such-thing">',
        '<meta charset="utf-16">',
        '<meta charset="utf-7">',
        '<meta charset="cp037">',
    ):
        page = _page(head, body)
        assert decode(page.encode("cp1252")) == page
    late = _page("<!--" + " " * META_SCAN_BYTES + '--><meta charset="koi8-r">', body)
    assert decode(late.encode("cp1252")) == late


def test_byte_order_mark_overrides_meta_and_encoding() -> None:
    """A byte order mark wins over ``<meta charset>`` and over ``encoding=``."""
    page = _page('<meta charset="windows-1251">', "“Yes,” said Müller.")
    data = b"\xef\xbb\xbf" + page.encode("utf-8")
    assert decode(data) == page
    assert decode(data, encoding="cp1251") == page


# -- encoding= and --encoding ------------------------------------------------------------------

RUSSIAN = (
    "Leaders of the SCO meet in Astana\n\n"
    "Президент Казахстана Касым-Жомарт Токаев открыл саммит ШОС в Астане.\n"
    "Kassym-Jomart Tokayev said, “The SCO has become a platform for a fair world order.”\n"
)


def test_parse_encoding_reads_a_code_page_not_detected(tmp_path: Path) -> None:
    """``encoding=`` reads a file in a code page the detector does not guess (KOI8-R)."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.replace("“", '"').replace("”", '"').encode("koi8-r"))
    summit = summitdoc.parse(saved, encoding="koi8-r")
    assert "Касым-Жомарт Токаев" in summit.source.text


def test_parse_encoding_accepts_labels_and_file_objects(tmp_path: Path) -> None:
    """Web labels (``windows-1251``) work, and so does a binary file object."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.encode("cp1251"))
    expected = summitdoc.parse_text(RUSSIAN).source.text
    assert summitdoc.parse(saved, encoding="windows-1251").source.text == expected
    with saved.open("rb") as f:
        assert summitdoc.parse(f, encoding="CP1251").source.text == expected


@pytest.mark.parametrize("name", ["no-such-encoding", "rot13", "base64", ""])
def test_parse_unknown_encoding_is_an_input_error(tmp_path: Path, name: str) -> None:
    """An unknown name, or a codec that is not a text encoding, is a one-line InputError."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.encode("utf-8"))
    with pytest.raises(summitdoc.InputError) as caught:
        summitdoc.parse(saved, encoding=name)
    assert repr(name) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_parse_bytes_not_in_the_encoding_is_an_input_error(tmp_path: Path) -> None:
    """Bytes the named encoding does not decode are an InputError naming the file and byte."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.encode("cp1251"))
    with pytest.raises(summitdoc.InputError, match=r"report\.txt: not valid utf-8 text .* byte"):
        summitdoc.parse(saved, encoding="utf-8")


def test_parse_many_takes_an_encoding(tmp_path: Path) -> None:
    """``parse_many(encoding=)`` passes the encoding on; a bad name is refused at once."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.replace("“", '"').replace("”", '"').encode("koi8-r"))
    (result,) = summitdoc.parse_many([saved], jobs=1, encoding="koi8-r")
    assert isinstance(result, summitdoc.Summit), result
    assert "Токаев" in result.source.text
    with pytest.raises(summitdoc.InputError, match="no-such"):
        summitdoc.parse_many([saved], jobs=1, encoding="no-such")


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_parse_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``summitdoc parse --encoding koi8-r`` reads the file in KOI8-R."""
    saved = tmp_path / "report.txt"
    saved.write_bytes(RUSSIAN.replace("“", '"').replace("”", '"').encode("koi8-r"))
    code, out, err = _run(capsys, "parse", "--encoding", "koi8-r", saved)
    assert code == 0, err
    assert "Касым-Жомарт Токаев" in json.loads(out)["source"]["text"]


def test_cli_batch_encoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``summitdoc batch --encoding koi8-r`` reads every report in KOI8-R."""
    saved = tmp_path / "in" / "report.txt"
    saved.parent.mkdir()
    saved.write_bytes(RUSSIAN.replace("“", '"').replace("”", '"').encode("koi8-r"))
    out = tmp_path / "out.jsonl"
    code, _, _ = _run(
        capsys, "batch", saved.parent, "-o", out, "--jobs", "1", "--quiet", "--encoding", "koi8-r"
    )
    assert code == 0, (out.parent / "out.jsonl.errors.jsonl").read_text(encoding="utf-8")
    assert "Токаев" in json.loads(out.read_text(encoding="utf-8"))["source"]["text"]


@pytest.mark.parametrize("command", ["parse", "batch"])
def test_cli_unknown_encoding_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """An unknown ``--encoding`` exits 2 with one error line, before reading anything."""
    argv: list[str | Path] = [command, SEED, "--encoding", "no-such-encoding"]
    if command == "batch":
        argv += ["-o", tmp_path / "out.jsonl"]
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert not out
    errors = [line for line in err.splitlines() if line.startswith("summitdoc: error:")]
    assert errors == [
        "summitdoc: error: argument --encoding: unknown text encoding 'no-such-encoding'"
    ]
    assert "Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()


# -- UTF-16 and UTF-32 without a byte order mark -----------------------------------------------

ENGLISH = "Leaders met in Astana.\n“We agree,” said Tokayev (Токаев) — at 10\u00a0am.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_recognised(tmp_path: Path, encoding: str) -> None:
    """Mostly-ASCII UTF-16/32 without a byte order mark is recognised from its NUL bytes."""
    assert decode(ENGLISH.encode(encoding)) == ENGLISH
    saved = tmp_path / "report.txt"
    saved.write_bytes(INTAKE.encode(encoding))
    assert summitdoc.parse(saved).source.text == summitdoc.parse_text(INTAKE).source.text


INTAKE = (
    "Leaders of the SCO meet in Astana\n\n"
    "Kassym-Jomart Tokayev chaired the SCO summit in Astana.\n"
    "Shehbaz Sharif said, “Pakistan stands ready to deepen cooperation within the SCO.”\n"
)


def test_broken_utf16_without_bom_is_refused_as_such() -> None:
    """UTF-16 without a byte order mark that does not decode says what it looks like."""
    data = ENGLISH.encode("utf-16-le") + b"\x00\xd8A\x00"  # a lone high surrogate
    with pytest.raises(summitdoc.InputError, match="looks like UTF-16 without a byte order mark"):
        decode(data, name="report.txt")


def test_binary_data_is_still_binary() -> None:
    """NUL bytes that are no UTF-16/32 pattern are binary data, not a report."""
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" * 4
    with pytest.raises(summitdoc.InputError, match=r"binary data \(NUL bytes\)"):
        decode(jpeg, name="picture.jpg")


def test_encoding_utf16_reads_text_without_bom() -> None:
    """With ``encoding=`` the NUL bytes of UTF-16 are the caller's business."""
    data = "Токаев прибыл.".encode("utf-16-be")  # no NUL pattern to recognise
    assert decode(data, encoding="utf-16-be") == "Токаев прибыл."
