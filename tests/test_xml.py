"""The XML serializer: one table of (summit, document) pairs drives both directions (as h11 does).

Then safety (DOCTYPEs refused), the ``<c u="..."/>`` form of characters XML cannot carry,
path-named errors for bad documents, the XSD, and round-trip properties over arbitrary summits
and over the gold files.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from importlib import resources
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree
from tests.strategies import summits

import summitdoc
from summitdoc import (
    Caption,
    Decision,
    Meeting,
    Participant,
    Quote,
    SchemaVersionError,
    SerializationError,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
    UnsafeXMLError,
    from_json,
    from_xml,
    to_xml,
)
from summitdoc.serialize import _xml
from summitdoc.serialize._xml import validate_xml

GOLD = Path("/work/shared/gold")
DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n"
EMPTY_SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def doc(body: str) -> bytes:
    """An XML document as to_xml writes it, from an indented literal."""
    return (DECLARATION + textwrap.dedent(body).strip("\n")).encode("utf-8")


# --- the table --------------------------------------------------------------------------------

SOURCE_TEXT = "Putin met Tokayev.\nPutin said, “We agree.”\r\nPhoto: BELTA"

FULL = Summit(
    title="CIS summit",
    city="Bishkek",
    date=dt.date(2024, 10, 8),
    formats=["narrow"],
    participants=[
        Participant(
            id="vladimir-putin",
            name="Vladimir Putin",
            role="President",
            country="Russia",
            aliases=["the Russian leader"],
            mentions=[Span(start=0, end=5)],
        ),
        Participant(id="kassym-jomart-tokayev", name="Kassym-Jomart Tokayev"),
    ],
    speeches=[
        Speech(
            id="speech-1",
            speaker="vladimir-putin",
            quotes=[
                Quote(
                    id="quote-1",
                    speaker="vladimir-putin",
                    text="We agree.",
                    cue="Putin said",
                    span=Span(start=32, end=41),
                )
            ],
            span=Span(start=19, end=43),
        )
    ],
    decisions=[
        Decision(
            id="decision-1", kind="treaty", text="a treaty", year=2025, span=Span(start=0, end=0)
        )
    ],
    statements=[
        Statement(
            id="statement-1",
            topic="trade",
            countries=["Russia"],
            points=["More trade."],
            span=Span(start=0, end=0),
        )
    ],
    meetings=[
        Meeting(
            id="meeting-1",
            kind="bilateral",
            participants=["vladimir-putin", "kassym-jomart-tokayev"],
            topics=["trade"],
            span=Span(start=0, end=18),
        )
    ],
    captions=[Caption(text="Photo", credit="BELTA", span=Span(start=44, end=56))],
    source=Source(path="seeds/x.txt", outlet="BELTA", text=SOURCE_TEXT),
)

FULL_XML = doc(
    """
    <summit schema_version="1">
      <title>CIS summit</title>
      <city>Bishkek</city>
      <date>2024-10-08</date>
      <formats>
        <format>narrow</format>
      </formats>
      <participants>
        <participant id="vladimir-putin">
          <name>Vladimir Putin</name>
          <role>President</role>
          <country>Russia</country>
          <aliases>
            <alias>the Russian leader</alias>
          </aliases>
          <mentions>
            <mention start="0" end="5"/>
          </mentions>
        </participant>
        <participant id="kassym-jomart-tokayev">
          <name>Kassym-Jomart Tokayev</name>
          <aliases/>
          <mentions/>
        </participant>
      </participants>
      <speeches>
        <speech id="speech-1" start="19" end="43">
          <speaker ref="vladimir-putin"/>
          <quotes>
            <quote id="quote-1" start="32" end="41">
              <speaker ref="vladimir-putin"/>
              <text>We agree.</text>
              <cue>Putin said</cue>
            </quote>
          </quotes>
        </speech>
      </speeches>
      <decisions>
        <decision id="decision-1" kind="treaty" year="2025" start="0" end="0">
          <text>a treaty</text>
        </decision>
      </decisions>
      <statements>
        <statement id="statement-1" start="0" end="0">
          <topic>trade</topic>
          <countries>
            <country>Russia</country>
          </countries>
          <points>
            <point>More trade.</point>
          </points>
        </statement>
      </statements>
      <meetings>
        <meeting id="meeting-1" kind="bilateral" start="0" end="18">
          <participants>
            <participant ref="vladimir-putin"/>
            <participant ref="kassym-jomart-tokayev"/>
          </participants>
          <topics>
            <topic>trade</topic>
          </topics>
          <agreements/>
        </meeting>
      </meetings>
      <captions>
        <caption start="44" end="56">
          <text>Photo</text>
          <credit>BELTA</credit>
        </caption>
      </captions>
      <source>
        <path>seeds/x.txt</path>
        <outlet>BELTA</outlet>
        <language>en</language>
        <text>Putin met Tokayev.
    Putin said, “We agree.”&#13;
    Photo: BELTA</text>
        <sha256>04cab2881db323b9576650f36be5c328b1648c356ce3565954316cb933f7925a</sha256>
      </source>
    </summit>
    """
)

EMPTY_XML = doc(
    f"""
    <summit schema_version="1">
      <formats/>
      <participants/>
      <speeches/>
      <decisions/>
      <statements/>
      <meetings/>
      <captions/>
      <source>
        <language>en</language>
        <text/>
        <sha256>{EMPTY_SHA}</sha256>
      </source>
    </summit>
    """
)

# "" is an empty element and None no element; white space, markup characters, NBSP, RTL,
# astral and combining characters are plain text; the characters XML refuses become <c/>.
TEXT = Summit(
    title="",
    subtitle="  \t ",
    name="<b>&amp;</b> ]]>",
    organisation="\u00a0Lukashenko\u00a0",
    acronym="قمة\u200f",
    city="\U0001d400😀 e\u0301",
    country="a\x00b\x1f\ud800\udfff\ufffe\uffff\x0b",
    duration="\r\n\r",
)

TEXT_XML = doc(
    f"""
    <summit schema_version="1">
      <title/>
      <subtitle>  \t </subtitle>
      <name>&lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;</name>
      <organisation>\u00a0Lukashenko\u00a0</organisation>
      <acronym>قمة\u200f</acronym>
      <city>\U0001d400😀 e\u0301</city>
      <country>a<c u="0000"/>b<c u="001F"/><c u="D800"/><c u="DFFF"/><c u="FFFE"/><c u="FFFF"/><c u="000B"/></country>
      <formats/>
      <duration>&#13;
    &#13;</duration>
      <participants/>
      <speeches/>
      <decisions/>
      <statements/>
      <meetings/>
      <captions/>
      <source>
        <language>en</language>
        <text/>
        <sha256>{EMPTY_SHA}</sha256>
      </source>
    </summit>
    """
)

CASES = [
    pytest.param(Summit(), EMPTY_XML, id="empty"),
    pytest.param(FULL, FULL_XML, id="full"),
    pytest.param(TEXT, TEXT_XML, id="text"),
]


@pytest.mark.parametrize(("summit", "xml"), CASES)
def test_writer(summit: Summit, xml: bytes) -> None:
    """to_xml(indent=2) writes exactly the document of the table."""
    assert to_xml(summit, indent=2) == xml


@pytest.mark.parametrize(("summit", "xml"), CASES)
def test_reader(summit: Summit, xml: bytes) -> None:
    """from_xml reads the document of the table back into exactly the summit."""
    assert from_xml(xml) == summit


@pytest.mark.parametrize(("summit", "xml"), CASES)
def test_table_documents_are_schema_valid(summit: Summit, xml: bytes) -> None:
    """Every document of the table, indented or compact, validates against the XSD."""
    assert validate_xml(xml) == []
    assert validate_xml(to_xml(summit)) == []


@pytest.mark.parametrize(("summit", "xml"), CASES)
def test_compact_round_trip(summit: Summit, xml: bytes) -> None:
    """The default compact output reads back into the same summit."""
    assert from_xml(to_xml(summit)) == summit


def test_compact_layout() -> None:
    """By default no white space is written between elements."""
    assert (
        to_xml(Summit())
        == (
            DECLARATION + '<summit schema_version="1"><formats/><participants/><speeches/>'
            "<decisions/><statements/><meetings/><captions/><source><language>en</language>"
            f"<text/><sha256>{EMPTY_SHA}</sha256></source></summit>"
        ).encode()
    )


def test_str_input() -> None:
    """from_xml takes a decoded str too, whatever encoding its declaration names."""
    text = FULL_XML.decode("utf-8")
    assert from_xml(text) == FULL
    assert from_xml(text.replace("UTF-8", "ISO-8859-1", 1)) == FULL
    assert from_xml(bytearray(FULL_XML)) == FULL


def test_deterministic() -> None:
    """Equal summits give identical bytes, call after call."""
    rebuilt = from_json(summitdoc.to_json(FULL))
    assert to_xml(FULL) == to_xml(FULL) == to_xml(rebuilt)
    assert to_xml(FULL, indent=2) == to_xml(rebuilt, indent=2)


def test_tables_cover_every_field_in_contract_order() -> None:
    """Each model's table names exactly the model's fields, in the model's (contract) order."""
    models = [m for m in _xml._MODELS if m.cls is not Span]
    assert {m.cls for m in models} == {
        Summit,
        Participant,
        Speech,
        Quote,
        Decision,
        Statement,
        Meeting,
        Caption,
        Source,
    }
    for model in [*models, _xml._MENTION]:
        assert [f.name for f in model.fields] == [a.name for a in attrs.fields(model.cls)]


def test_text_and_structure_tags_are_disjoint() -> None:
    """No tag is both a text element and a structural one, so indentation never enters text."""
    structural = {m.tag for m in _xml._MODELS} | _xml._LIST_TAGS
    assert not structural & _xml._TEXT_TAGS


# --- characters XML cannot carry --------------------------------------------------------------

ILLEGAL = [chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))] + [
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufffe",
    "\uffff",
]


@pytest.mark.parametrize("char", ILLEGAL, ids=lambda c: f"U+{ord(c):04X}")
def test_illegal_character_round_trip(char: str) -> None:
    """Each character XML 1.0 refuses is written as <c u="XXXX"/> and read back, anywhere."""
    text = f"{char}a{char}{char} b{char}"
    summit = Summit(
        title=text,
        formats=[char],
        participants=[Participant(id="p", name=char, aliases=[text])],
        source=Source(text=text),
    )
    xml = to_xml(summit)
    assert f'<c u="{ord(char):04X}"/>'.encode() in xml
    assert char.encode("utf-8", "surrogatepass") not in xml
    assert from_xml(xml) == summit
    assert validate_xml(xml) == []


def test_every_surrogate_round_trips() -> None:
    """All 2,048 lone surrogates survive, including a high/low pair that is not an emoji."""
    text = "".join(map(chr, range(0xD800, 0xE000))) + "\ud83d\ude00"
    summit = Summit(source=Source(text=text))
    assert from_xml(to_xml(summit)).source.text == text


@pytest.mark.parametrize("text", ["\r", "\r\n", "a\rb", "\n\r\n\r", "\t\r \n"])
def test_carriage_returns_survive(text: str) -> None:
    """\\r is written as &#13; so no parser normalises it to \\n."""
    summit = Summit(source=Source(text=text), name=text)
    xml = to_xml(summit, indent=2)
    assert b"\r" not in xml
    assert from_xml(xml) == summit


@pytest.mark.parametrize(
    "text", ["\x7f", "\x85", "\u2028", "\ufeff", "\ufffd", "\U0010ffff", "\U0001f1f7\U0001f1fa"]
)
def test_legal_oddities_stay_plain_text(text: str) -> None:
    """Characters XML can carry, however odd, are written as themselves, never as <c/>."""
    xml = to_xml(Summit(title=text))
    assert text.encode() in xml
    assert b"<c " not in xml
    assert from_xml(xml).title == text


# --- safe loading -----------------------------------------------------------------------------

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE summit [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<summit schema_version="1"><title>&xxe;</title></summit>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<summit schema_version="1" a="&lol9;"><title>&lol9;</title></summit>"""

UNSAFE = [
    pytest.param(XXE, id="xxe"),
    pytest.param(BILLION_LAUGHS, id="billion-laughs"),
    pytest.param(
        b'<!DOCTYPE summit SYSTEM "http://example.com/x.dtd"><summit/>', id="external-dtd"
    ),
    pytest.param(b"<!DOCTYPE summit><summit/>", id="bare-doctype"),
    pytest.param(
        FULL_XML.replace(b"<summit ", b"<!-- <!DOCTYPE x> --><summit ", 1), id="in-comment"
    ),
]


@pytest.mark.parametrize("xml", UNSAFE)
def test_doctype_refused(xml: bytes) -> None:
    """Any DOCTYPE is refused with UnsafeXMLError, as bytes or as str, before parsing."""
    with pytest.raises(UnsafeXMLError, match="DOCTYPE"):
        from_xml(xml)
    with pytest.raises(UnsafeXMLError, match="DOCTYPE"):
        from_xml(xml.decode())


@pytest.mark.parametrize("xml", UNSAFE)
def test_validate_refuses_doctype(xml: bytes) -> None:
    """validate_xml refuses a DOCTYPE too, with one message instead of validating."""
    assert validate_xml(xml) == [
        "$: XML with a DOCTYPE is refused: DTDs and entities are not allowed"
    ]


def test_unsafe_error_is_a_serialization_error() -> None:
    """Callers that catch SerializationError also catch the refusal."""
    with pytest.raises(SerializationError):
        from_xml(XXE)


def test_comments_processing_instructions_and_cdata_are_harmless() -> None:
    """Comments and PIs are dropped (the text around them joins); CDATA is plain text."""
    xml = FULL_XML.replace(
        b"<title>CIS summit</title>", b"<title>CIS<!-- x --> <?pi y?>sum<![CDATA[mit]]></title>"
    )
    xml = xml.replace(b"<formats>", b"<!-- c --><formats><?pi?>")
    assert from_xml(xml) == FULL


# --- errors name the field --------------------------------------------------------------------

FULL_TEXT = FULL_XML.decode()

BAD = [
    # (id, replace this, with that, error class, path, part of the message)
    (
        "version",
        'schema_version="1"',
        'schema_version="2"',
        SchemaVersionError,
        "$.schema_version",
        "unknown schema_version '2'",
    ),
    (
        "no-version",
        ' schema_version="1"',
        "",
        SchemaVersionError,
        "$.schema_version",
        "unknown schema_version None",
    ),
    ("root", "<summit ", "<report ", SerializationError, None, "malformed XML"),
    (
        "namespaced-root",
        "<summit ",
        '<summit xmlns="urn:x" ',
        SerializationError,
        "$",
        "got <{urn:x}summit>",
    ),
    (
        "unknown-element",
        "<cue>",
        "<mood>calm</mood><cue>",
        SerializationError,
        "$.speeches[0].quotes[0]",
        "unexpected element <mood> in <quote>",
    ),
    (
        "missing-element",
        "<sha256>04cab2881db323b9576650f36be5c328b1648c356ce3565954316cb933f7925a</sha256>",
        "",
        SerializationError,
        "$.source.sha256",
        "missing element <sha256> in <source>",
    ),
    (
        "missing-before",
        "<text>We agree.</text>",
        "",
        SerializationError,
        "$.speeches[0].quotes[0].text",
        "expected <text> in <quote>, found <cue>",
    ),
    (
        "order",
        "<text>We agree.</text>\n          <cue>Putin said</cue>",
        "<cue>Putin said</cue><text>We agree.</text>",
        SerializationError,
        "$.speeches[0].quotes[0].text",
        "expected <text> in <quote>, found <cue>",
    ),
    (
        "late",
        "<city>Bishkek</city>\n  <date>2024-10-08</date>",
        "<date>2024-10-08</date><city>Bishkek</city>",
        SerializationError,
        "$",
        "<city> is out of order or repeated in <summit>",
    ),
    (
        "repeated",
        "<city>Bishkek</city>",
        "<city>Bishkek</city><city>Bishkek</city>",
        SerializationError,
        "$",
        "<city> is out of order or repeated in <summit>",
    ),
    (
        "missing-wrapper",
        "<agreements/>",
        "",
        SerializationError,
        "$.meetings[0].agreements",
        "missing element <agreements> in <meeting>",
    ),
    (
        "wrong-item",
        "<format>narrow</format>",
        "<formats>narrow</formats>",
        SerializationError,
        "$.formats",
        "unexpected element <formats> in <formats> (expected <format>)",
    ),
    (
        "stray-text",
        "<speeches>",
        "<speeches>hello",
        SerializationError,
        "$.speeches",
        "unexpected text 'hello' in <speeches>",
    ),
    (
        "stray-tail",
        "</speech>",
        "</speech>hello",
        SerializationError,
        "$.speeches",
        "unexpected text 'hello' in <speeches>",
    ),
    (
        "unknown-attribute",
        '<participant id="vladimir-putin">',
        '<participant id="vladimir-putin" age="71">',
        SerializationError,
        "$.participants[0]",
        "unexpected attribute 'age' on <participant>",
    ),
    (
        "attribute-on-text",
        "<title>",
        '<title lang="en">',
        SerializationError,
        "$.title",
        "unexpected attribute 'lang' on <title>",
    ),
    (
        "missing-id",
        ' id="quote-1"',
        "",
        SerializationError,
        "$.speeches[0].quotes[0].id",
        "missing attribute 'id' on <quote>",
    ),
    (
        "bad-id",
        'id="vladimir-putin">',
        'id="vladimir putin">',
        SerializationError,
        "$.participants[0].id",
        "is not a valid id",
    ),
    (
        "missing-start",
        '<quote id="quote-1" start="32"',
        '<quote id="quote-1"',
        SerializationError,
        "$.speeches[0].quotes[0].span.start",
        "missing attribute 'start' on <quote>",
    ),
    (
        "bad-start",
        'start="32"',
        'start="x"',
        SerializationError,
        "$.speeches[0].quotes[0].span.start",
        "expected a non-negative integer, got 'x'",
    ),
    (
        "negative-end",
        'end="41"',
        'end="-41"',
        SerializationError,
        "$.speeches[0].quotes[0].span.end",
        "expected a non-negative integer, got '-41'",
    ),
    (
        "plus-sign",
        'end="41"',
        'end="+41"',
        SerializationError,
        "$.speeches[0].quotes[0].span.end",
        "expected a non-negative integer",
    ),
    (
        "start-after-end",
        'start="32" end="41"',
        'start="42" end="41"',
        SerializationError,
        "$.speeches[0].quotes[0].span",
        "span start 42 is after its end 41",
    ),
    (
        "span-past-text",
        'start="44" end="56"',
        'start="44" end="57"',
        SerializationError,
        "$.captions[0].span",
        "runs past the end of source.text",
    ),
    (
        "bad-mention",
        '<mention start="0" end="5"/>',
        '<mention start="0" end="five"/>',
        SerializationError,
        "$.participants[0].mentions[0].end",
        "expected a non-negative integer, got 'five'",
    ),
    (
        "mention-order",
        '<mention start="0" end="5"/>',
        '<mention start="5" end="0"/>',
        SerializationError,
        "$.participants[0].mentions[0]",
        "span start 5 is after its end 0",
    ),
    (
        "bad-kind",
        'kind="treaty"',
        'kind="pact"',
        SerializationError,
        "$.decisions[0].kind",
        "kind must be one of 'presidency'",
    ),
    (
        "bad-meeting-kind",
        'kind="bilateral"',
        'kind="Bilateral"',
        SerializationError,
        "$.meetings[0].kind",
        "kind must be one of 'bilateral', 'multilateral'",
    ),
    (
        "missing-kind",
        ' kind="treaty"',
        "",
        SerializationError,
        "$.decisions[0].kind",
        "missing attribute 'kind' on <decision>",
    ),
    (
        "bad-year",
        'year="2025"',
        'year="20x5"',
        SerializationError,
        "$.decisions[0].year",
        "expected an integer, got '20x5'",
    ),
    (
        "bad-date",
        "<date>2024-10-08</date>",
        "<date>2024-13-08</date>",
        SerializationError,
        "$.date",
        "expected a date as 'YYYY-MM-DD', got '2024-13-08'",
    ),
    (
        "short-date",
        "<date>2024-10-08</date>",
        "<date>24-10-08</date>",
        SerializationError,
        "$.date",
        "expected a date as 'YYYY-MM-DD'",
    ),
    (
        "date-with-time",
        "<date>2024-10-08</date>",
        "<date>2024-10-08T10:00</date>",
        SerializationError,
        "$.date",
        "expected a date as 'YYYY-MM-DD'",
    ),
    (
        "unknown-speaker",
        '<speaker ref="vladimir-putin"/>\n      <quotes>',
        '<speaker ref="boris"/><quotes>',
        SerializationError,
        "$.speeches[0].speaker",
        "'boris' is not the id of a participant",
    ),
    (
        "speaker-without-ref",
        '<speaker ref="vladimir-putin"/>\n      <quotes>',
        "<speaker/><quotes>",
        SerializationError,
        "$.speeches[0].speaker",
        "missing attribute 'ref' on <speaker>",
    ),
    (
        "speaker-with-text",
        '<speaker ref="vladimir-putin"/>\n      <quotes>',
        '<speaker ref="vladimir-putin">Putin</speaker><quotes>',
        SerializationError,
        "$.speeches[0].speaker",
        "<speaker> must be empty",
    ),
    (
        "unknown-meeting-participant",
        '<participant ref="kassym-jomart-tokayev"/>',
        '<participant ref="nobody"/>',
        SerializationError,
        "$.meetings[0].participants[1]",
        "'nobody' is not the id of a participant",
    ),
    (
        "duplicate-id",
        'id="decision-1"',
        'id="speech-1"',
        SerializationError,
        "$.decisions[0].id",
        "id 'speech-1' is used twice",
    ),
    (
        "bad-hash",
        "<sha256>04ca",
        "<sha256>14ca",
        SerializationError,
        "$.source.sha256",
        "sha256 does not match",
    ),
    (
        "missing-source",
        FULL_TEXT[FULL_TEXT.index("  <source>") : FULL_TEXT.index("</summit>")],
        "",
        SerializationError,
        "$.source",
        "missing element <source> in <summit>",
    ),
    (
        "c-for-legal-char",
        "<title>CIS summit</title>",
        '<title>CIS<c u="0020"/>summit</title>',
        SerializationError,
        "$.title",
        "<c u='0020'> is not a character XML cannot carry",
    ),
    (
        "c-lower-case",
        "<title>CIS summit</title>",
        '<title>CIS<c u="d800"/>summit</title>',
        SerializationError,
        "$.title",
        "<c u='d800'> is not a character XML cannot carry",
    ),
    (
        "c-with-text",
        "<title>CIS summit</title>",
        '<title>CIS<c u="0000">x</c>summit</title>',
        SerializationError,
        "$.title",
        "<c> must be empty",
    ),
    (
        "c-without-u",
        "<title>CIS summit</title>",
        "<title>CIS<c/>summit</title>",
        SerializationError,
        "$.title",
        "missing attribute 'u' on <c>",
    ),
    (
        "element-in-text",
        "<title>CIS summit</title>",
        "<title>CIS <b>summit</b></title>",
        SerializationError,
        "$.title",
        "unexpected element <b> in <title>",
    ),
    (
        "element-in-hash",
        "<sha256>",
        '<sha256><c u="0000"/>',
        SerializationError,
        "$.source.sha256",
        "unexpected element <c> in <sha256>",
    ),
    ("not-closed", "</summit>", "", SerializationError, None, "malformed XML"),
    (
        "undefined-entity",
        "<city>Bishkek</city>",
        "<city>&bishkek;</city>",
        SerializationError,
        None,
        "malformed XML",
    ),
    (
        "illegal-char-ref",
        "<city>Bishkek</city>",
        "<city>&#1;</city>",
        SerializationError,
        None,
        "malformed XML",
    ),
    (
        "lower-case-doctype",
        "<summit ",
        "<!doctype summit><summit ",
        SerializationError,
        None,
        "malformed XML",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "error", "path", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in BAD],
)
def test_bad_document(
    old: str, new: str, error: type[SerializationError], path: str | None, message: str
) -> None:
    """A bad document raises a one-line SerializationError whose .path names the field."""
    assert old in FULL_TEXT
    xml = FULL_TEXT.replace(old, new, 1).encode("utf-8")
    with pytest.raises(error) as info:
        from_xml(xml)
    assert type(info.value) is error
    assert info.value.path == path
    assert message in info.value.message
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "malformed XML", id="empty"),
        pytest.param(b"not xml", "malformed XML", id="not-xml"),
        pytest.param("<summit>é</summit>".encode("latin-1"), "malformed XML", id="not-utf-8"),
        pytest.param("<summit>é</summit>".encode("utf-16"), "malformed XML", id="utf-16"),
        pytest.param("<summit>\ud800</summit>", "lone surrogate", id="surrogate-in-str"),
        pytest.param(42, "from_xml expects str or bytes, got int", id="int"),
        pytest.param(None, "from_xml expects str or bytes, got NoneType", id="none"),
    ],
)
def test_unreadable_input(data: object, message: str) -> None:
    """Input that is not a UTF-8 XML document gives a SerializationError, never a traceback."""
    with pytest.raises(SerializationError, match=re.escape(message)):
        from_xml(data)  # type: ignore[arg-type]


def test_wrong_root() -> None:
    """A well-formed document with another root element is refused at $."""
    with pytest.raises(
        SerializationError, match="expected the root element <summit>, got <report>"
    ) as info:
        from_xml(b'<report schema_version="1"><title>x</title></report>')
    assert info.value.path == "$"


def test_huge_text_is_refused_cleanly() -> None:
    """A text node over libxml2's 10 MB limit (huge_tree is off) is a SerializationError."""
    xml = to_xml(Summit(source=Source(text="x" * 10_000_001)))
    with pytest.raises(SerializationError, match="malformed XML"):
        from_xml(xml)


def test_to_xml_needs_a_summit() -> None:
    """to_xml refuses anything but a Summit with a SerializationError."""
    with pytest.raises(SerializationError, match="to_xml expects a Summit, got dict"):
        to_xml({})  # type: ignore[arg-type]


def test_year_too_long_for_str() -> None:
    """A year with more digits than Python will print is a SerializationError, not a crash."""
    summit = Summit(
        decisions=[
            Decision(id="d", kind="other", text="", year=10**5000, span=Span(start=0, end=0))
        ]
    )
    with pytest.raises(SerializationError, match="cannot write XML"):
        to_xml(summit)


def test_xml_whitespace_around_numbers_and_dates() -> None:
    """Numbers and the date may carry XML white space, as their XSD types allow."""
    xml = FULL_TEXT.replace('start="32"', 'start=" 32 "').replace(
        "<date>2024-10-08", "<date>\n 2024-10-08 "
    )
    assert validate_xml(xml) == []
    assert from_xml(xml) == FULL


def test_schema_location_hint_on_root() -> None:
    """An xsi:schemaLocation hint on <summit> is allowed, as XML Schema allows it."""
    xml = FULL_TEXT.replace(
        "<summit ",
        '<summit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="summit.xsd" ',
    )
    assert from_xml(xml) == FULL


# --- the XSD ----------------------------------------------------------------------------------


def test_xsd_is_shipped_in_the_package() -> None:
    """summit.xsd is a package resource, found through importlib.resources."""
    xsd = resources.files("summitdoc").joinpath("schema", "summit.xsd").read_bytes()
    assert etree.XMLSchema(etree.fromstring(xsd)) is not None


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            'kind="treaty"',
            'kind="pact"',
            "$.decisions[0]: Element 'decision', attribute 'kind'",
            id="enum",
        ),
        pytest.param(
            "<text>We agree.</text>",
            "",
            "$.speeches[0].quotes[0].cue: Element 'cue': This element is not expected",
            id="missing",
        ),
        pytest.param(
            'start="32"',
            'start="-1"',
            "$.speeches[0].quotes[0]: Element 'quote', attribute 'start'",
            id="offset",
        ),
        pytest.param(
            "<date>2024-10-08</date>",
            "<date>2024-10-08Z</date>",
            "$.date: Element 'date'",
            id="timezone",
        ),
        pytest.param(
            'id="decision-1"',
            'id="speech-1"',
            "$.decisions[0]: Element 'decision'",
            id="unique-ids",
        ),
        pytest.param(
            '<participant ref="kassym-jomart-tokayev"/>',
            '<participant ref="nobody"/>',
            "$: Element 'participant': No match found for key-sequence ['nobody']",
            id="keyref",
        ),
        pytest.param(
            "<title>CIS summit</title>",
            '<title><c u="0041"/></title>',
            "$.title: Element 'c', attribute 'u'",
            id="c",
        ),
    ],
)
def test_validate_reports_schema_errors_with_paths(old: str, new: str, expected: str) -> None:
    """validate_xml reports XSD errors at the JSON path of the element, with the line."""
    problems = validate_xml(FULL_TEXT.replace(old, new, 1))
    assert problems
    assert problems[0].startswith(expected), problems
    assert re.search(r"\(line \d+\)$", problems[0])


def test_validate_adds_the_model_checks() -> None:
    """When the XSD passes, validate_xml still reports what only the models check."""
    xml = FULL_TEXT.replace('start="44" end="56"', 'start="44" end="57"')
    assert validate_xml(xml) == [
        "$.captions[0].span: span [44, 57) runs past the end of source.text (56 characters)"
    ]


def test_validate_malformed() -> None:
    """validate_xml reports a malformed document as one message at $."""
    assert validate_xml(b"<summit>")[0].startswith("$: malformed XML: ")


def test_xsd_id_type_accepts_every_python_word_character() -> None:
    """libxml2's older Unicode tables must not make the XSD refuse an id Python accepts."""
    word = re.compile(r"\w")
    chars = "".join(
        c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000 and word.match(c)
    )
    summit = Summit(
        participants=[Participant(id="x" + chars, name=""), Participant(id=chars, name="")]
    )
    assert validate_xml(to_xml(summit)) == []


# --- properties and gold files ----------------------------------------------------------------

PROPERTY = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(summits())
def test_round_trip(summit: Summit) -> None:
    """from_xml(to_xml(s)) == s for every valid summit, compact or indented."""
    assert from_xml(to_xml(summit)) == summit
    assert from_xml(to_xml(summit, indent=2)) == summit


@PROPERTY
@given(summits())
def test_output_is_schema_valid(summit: Summit) -> None:
    """Everything to_xml writes validates against the shipped XSD."""
    assert validate_xml(to_xml(summit)) == []


def gold_files() -> list[Path]:
    """The gold JSON files, or none when /work/shared is absent."""
    return sorted(GOLD.glob("*.json")) if GOLD.is_dir() else []


@pytest.mark.parametrize("path", gold_files() or [None], ids=lambda p: p.stem if p else "absent")
def test_gold_round_trip(path: Path | None) -> None:
    """Every gold file survives JSON -> summit -> XML -> summit unchanged, and is schema-valid."""
    if path is None:
        pytest.skip("/work/shared/gold is absent")
    summit = from_json(path.read_bytes())
    xml = to_xml(summit)
    assert from_xml(xml) == summit
    assert validate_xml(xml) == []


def test_docs_example_is_what_to_xml_writes() -> None:
    """The example in docs/xml.md is a valid document, exactly as to_xml(indent=2) writes it."""
    page = Path(__file__).resolve().parent.parent / "docs" / "xml.md"
    example = re.search(r"```xml\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL)
    assert example is not None
    xml = example.group(1).rstrip("\n").encode("utf-8")
    assert to_xml(from_xml(xml), indent=2) == xml
    assert validate_xml(xml) == []
