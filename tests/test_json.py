"""JSON: round trips, determinism, the contract's exact text, gold files and malformed input."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import summits

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
    from_json,
    to_json,
)
from summitdoc._schema import validate_json

GOLD_DIR = Path("/work/shared/gold")
GOLD = [pytest.param(p, id=p.stem) for p in sorted(GOLD_DIR.glob("*.json"))] or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"{GOLD_DIR} is not available"))
]


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- properties -----------------------------------------------------------------------------------


@given(summits())
def test_round_trip(s):
    """Whatever a summit holds, ``from_json(to_json(s)) == s``: compact, indented or as bytes."""
    assert from_json(to_json(s)) == s
    assert from_json(to_json(s, indent=2)) == s
    # json.loads decodes bytes with surrogatepass, so even lone surrogates survive as bytes.
    assert from_json(to_json(s).encode("utf-8", "surrogatepass")) == s


def rebuild(obj: Any) -> Any:
    """A new, equal object built from scratch: lists for tuples, plain strings for enums."""
    if attrs.has(type(obj)):
        return type(obj)(**{f.name: rebuild(getattr(obj, f.name)) for f in attrs.fields(type(obj))})
    if isinstance(obj, tuple):
        return [rebuild(x) for x in obj]
    if isinstance(obj, enum.Enum):
        return str(obj.value)
    if isinstance(obj, dt.date):
        return dt.date(obj.year, obj.month, obj.day)
    return obj


@given(summits())
def test_to_json_is_deterministic(s):
    """The same summit, or an equal one built separately, always gives the identical string."""
    text = to_json(s)
    twin = rebuild(s)
    assert twin == s
    assert twin is not s
    assert to_json(s) == text
    assert to_json(twin) == text
    assert to_json(from_json(text)) == text


@given(summits())
def test_to_json_output_validates_against_the_schema(s):
    """Everything ``to_json`` writes is valid against the shipped JSON Schema."""
    assert validate_json(to_json(s)) == []


# --- one table, both directions -------------------------------------------------------------------

EMPTY_SOURCE = {"path": None, "outlet": None, "language": "en", "text": "", "sha256": sha("")}
EMPTY = {
    "schema_version": "1",
    "title": None,
    "subtitle": None,
    "name": None,
    "organisation": None,
    "acronym": None,
    "city": None,
    "country": None,
    "date": None,
    "formats": [],
    "duration": None,
    "participants": [],
    "speeches": [],
    "decisions": [],
    "statements": [],
    "meetings": [],
    "captions": [],
    "source": EMPTY_SOURCE,
}

TEXT = "Putin said, “We agree.” Støre: “Ja.”"
FULL_SUMMIT = Summit(
    title="CIS summit",
    subtitle="Leaders met.",
    name="CIS Council of Heads of State",
    organisation="Commonwealth of Independent States",
    acronym="CIS",
    city="Sochi",
    country="Russia",
    date=dt.date(2017, 10, 11),
    formats=["narrow", "expanded"],
    duration="about 5 hours",
    participants=[
        Participant(
            id="vladimir-putin",
            name="Vladimir Putin",
            role="President",
            country="Russia",
            aliases=["the President of Russia"],
            mentions=[Span(start=0, end=5)],
        ),
        Participant(id="jonas-gahr-støre", name="Jonas Gahr Støre", organisation=None),
    ],
    speeches=[
        Speech(
            id="speech-1",
            speaker="vladimir-putin",
            setting="narrow format",
            topic="On trade",
            quotes=[
                Quote(
                    id="quote-1",
                    speaker="vladimir-putin",
                    text="We agree.",
                    cue="Putin said",
                    span=Span(start=13, end=22),
                )
            ],
            span=Span(start=0, end=23),
        )
    ],
    decisions=[
        Decision(
            id="decision-1",
            kind="presidency",
            text="presidency",
            subject="Russia",
            year=2018,
            span=Span(start=0, end=0),
        )
    ],
    statements=[
        Statement(
            id="statement-1",
            topic="trade",
            issuer="CIS Heads of State",
            countries=["Russia", "Norway"],
            points=["One.", "Two."],
            span=Span(start=24, end=36),
        )
    ],
    meetings=[
        Meeting(
            id="meeting-1",
            kind="multilateral",
            participants=["vladimir-putin", "jonas-gahr-støre"],
            topics=["energy"],
            agreements=["to meet again"],
            span=Span(start=0, end=36),
        )
    ],
    captions=[Caption(text="Photo", credit="BELTA", span=Span(start=36, end=36))],
    source=Source(path="a/b.txt", outlet="BELTA", language="en", text=TEXT),
)
SPAN_0_0 = {"start": 0, "end": 0}
FULL = {
    "schema_version": "1",
    "title": "CIS summit",
    "subtitle": "Leaders met.",
    "name": "CIS Council of Heads of State",
    "organisation": "Commonwealth of Independent States",
    "acronym": "CIS",
    "city": "Sochi",
    "country": "Russia",
    "date": "2017-10-11",
    "formats": ["narrow", "expanded"],
    "duration": "about 5 hours",
    "participants": [
        {
            "id": "vladimir-putin",
            "name": "Vladimir Putin",
            "role": "President",
            "country": "Russia",
            "organisation": None,
            "aliases": ["the President of Russia"],
            "mentions": [{"start": 0, "end": 5}],
        },
        {
            "id": "jonas-gahr-støre",
            "name": "Jonas Gahr Støre",
            "role": None,
            "country": None,
            "organisation": None,
            "aliases": [],
            "mentions": [],
        },
    ],
    "speeches": [
        {
            "id": "speech-1",
            "speaker": "vladimir-putin",
            "setting": "narrow format",
            "topic": "On trade",
            "quotes": [
                {
                    "id": "quote-1",
                    "speaker": "vladimir-putin",
                    "text": "We agree.",
                    "cue": "Putin said",
                    "span": {"start": 13, "end": 22},
                }
            ],
            "span": {"start": 0, "end": 23},
        }
    ],
    "decisions": [
        {
            "id": "decision-1",
            "kind": "presidency",
            "text": "presidency",
            "subject": "Russia",
            "year": 2018,
            "span": SPAN_0_0,
        }
    ],
    "statements": [
        {
            "id": "statement-1",
            "topic": "trade",
            "issuer": "CIS Heads of State",
            "countries": ["Russia", "Norway"],
            "points": ["One.", "Two."],
            "span": {"start": 24, "end": 36},
        }
    ],
    "meetings": [
        {
            "id": "meeting-1",
            "kind": "multilateral",
            "participants": ["vladimir-putin", "jonas-gahr-støre"],
            "topics": ["energy"],
            "agreements": ["to meet again"],
            "span": {"start": 0, "end": 36},
        }
    ],
    "captions": [{"text": "Photo", "credit": "BELTA", "span": {"start": 36, "end": 36}}],
    "source": {
        "path": "a/b.txt",
        "outlet": "BELTA",
        "language": "en",
        "text": TEXT,
        "sha256": sha(TEXT),
    },
}

HOSTILE = '\x00\x1f\x7f\x9f\r\n\t \u00a0\u200f\u202e قمة פסגה 😀\U0001d400 e\u0301 \ud800 "\\ </x>'

CASES = [
    pytest.param(Summit(), EMPTY, id="empty"),
    pytest.param(FULL_SUMMIT, FULL, id="one-of-everything"),
    pytest.param(
        Summit(title=HOSTILE, formats=["", " ", HOSTILE], source=Source(text=HOSTILE)),
        {
            **EMPTY,
            "title": HOSTILE,
            "formats": ["", " ", HOSTILE],
            "source": {**EMPTY_SOURCE, "text": HOSTILE, "sha256": sha(HOSTILE)},
        },
        id="hostile-text",
    ),
    pytest.param(
        Summit(
            date=dt.date(1, 1, 1),
            decisions=[
                Decision(id="d-1", kind="other", text="", year=-44, span=Span(start=0, end=0)),
                Decision(id="d-2", kind="award", text="", year=10**30, span=Span(start=0, end=0)),
            ],
        ),
        {
            **EMPTY,
            "date": "0001-01-01",
            "decisions": [
                {
                    "id": "d-1",
                    "kind": "other",
                    "text": "",
                    "subject": None,
                    "year": -44,
                    "span": SPAN_0_0,
                },
                {
                    "id": "d-2",
                    "kind": "award",
                    "text": "",
                    "subject": None,
                    "year": 10**30,
                    "span": SPAN_0_0,
                },
            ],
        },
        id="extreme-numbers",
    ),
]


@pytest.mark.parametrize(("summit", "expected"), CASES)
def test_writes_the_contract(summit, expected):
    """``to_json`` writes exactly the contract: every key, in the contract's order, nothing else."""
    assert to_json(summit) == json.dumps(expected, ensure_ascii=False)
    assert to_json(summit, indent=2) == json.dumps(expected, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(("summit", "expected"), CASES)
def test_reads_the_contract(summit, expected):
    """``from_json`` reads the contract back, from text with or without \\u escapes, or bytes."""
    assert from_json(json.dumps(expected)) == summit  # astral as surrogate-pair escapes
    assert from_json(json.dumps(expected, ensure_ascii=False)) == summit
    raw = json.dumps(expected, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert from_json(raw) == summit
    assert from_json(bytearray(raw)) == summit


def test_escapes_only_what_json_requires():
    """Non-ASCII is written as is (readable, byte-stable); controls, quotes and \\ are escaped."""
    text = to_json(Summit(title='Støre 😀 \u00a0\x00\x1f\r"\\'))
    assert '"title": "Støre 😀 \u00a0\\u0000\\u001f\\r\\"\\\\"' in text


# --- gold files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLD)
def test_gold_file_round_trips_byte_for_byte(path):
    """Each gold file loads, and ``to_json(s, indent=2)`` gives its bytes back exactly.

    A final newline, which some gold files end with and JSON does not count, is set aside.
    """
    raw = path.read_bytes()
    s = from_json(raw)
    assert to_json(s, indent=2).encode("utf-8") == raw.removesuffix(b"\n")


# --- malformed input ------------------------------------------------------------------------------

DELETE = object()


def base() -> dict[str, Any]:
    """The contract form of a valid summit, for the cases below to break."""
    return json.loads(to_json(FULL_SUMMIT))


def changed(where: str, value: object) -> str:
    """The base document with the value at a dotted path like ``speeches.0.span`` replaced."""
    doc: Any = base()
    top = doc
    *parents, last = [int(p) if p.isdigit() else p for p in where.split(".")]
    for p in parents:
        doc = doc[p]
    if value is DELETE:
        del doc[last]
    else:
        doc[last] = value
    return json.dumps(top, ensure_ascii=False)


def nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


SPAN = "speeches.0.quotes.0.span"
SPAN_AT = "$.speeches[0].quotes[0].span"
ARABIC_DATE = "\u0662\u0660\u0661\u0667-\u0661\u0660-\u0661\u0661"
MALFORMED = [
    # (id, input, exception type, .path, part of the message)
    ("not-json", "{", SerializationError, None, "malformed JSON"),
    ("empty", "", SerializationError, None, "malformed JSON"),
    ("trailing-garbage", '{"schema_version": "1"} x', SerializationError, None, "Extra data"),
    ("not-utf8", b'{"title": "\xff"}', SerializationError, None, "not valid UTF-8"),
    ("not-text", 42, SerializationError, None, "expects str or bytes"),
    ("top-level-array", "[]", SerializationError, "$", "expected a JSON object, got array"),
    ("top-level-null", "null", SerializationError, "$", "got null"),
    ("missing-key", changed("title", DELETE), SerializationError, "$", "'title'"),
    (
        "missing-nested-key",
        changed(f"{SPAN}.end", DELETE),
        SerializationError,
        SPAN_AT,
        "'end'",
    ),
    ("extra-key", changed("extra", 1), SerializationError, "$", "unknown key 'extra'"),
    (
        "extra-nested-key",
        changed("speeches.0.quotes.0.extra", 1),
        SerializationError,
        "$.speeches[0].quotes[0]",
        "unknown key 'extra'",
    ),
    ("wrong-type", changed("title", 3), SerializationError, "$.title", "got integer"),
    ("object-for-list", changed("participants", {}), SerializationError, "$.participants", ""),
    (
        "null-for-string",
        changed("participants.0.name", None),
        SerializationError,
        "$.participants[0].name",
        "expected a string, got null",
    ),
    ("null-for-object", changed("source", None), SerializationError, "$.source", "got null"),
    (
        "bool-as-offset",
        changed(f"{SPAN}.start", value=True),
        SerializationError,
        f"{SPAN_AT}.start",
        "",
    ),
    ("float-as-offset", changed(f"{SPAN}.start", 13.0), SerializationError, f"{SPAN_AT}.start", ""),
    (
        "bool-as-year",
        changed("decisions.0.year", value=False),
        SerializationError,
        "$.decisions[0].year",
        "",
    ),
    ("bad-date", changed("date", "2017-02-30"), SerializationError, "$.date", ""),
    ("date-format", changed("date", "11.10.2017"), SerializationError, "$.date", "YYYY-MM-DD"),
    ("date-digits", changed("date", ARABIC_DATE), SerializationError, "$.date", ""),
    ("date-time", changed("date", "2017-10-11T12:00"), SerializationError, "$.date", ""),
    (
        "unknown-decision-kind",
        changed("decisions.0.kind", "bogus"),
        SerializationError,
        "$.decisions[0].kind",
        "'bogus'",
    ),
    (
        "unknown-meeting-kind",
        changed("meetings.0.kind", "trilateral"),
        SerializationError,
        "$.meetings[0].kind",
        "'trilateral'",
    ),
    (
        "schema-version-2",
        changed("schema_version", "2"),
        SchemaVersionError,
        "$.schema_version",
        "",
    ),
    (
        "schema-version-int",
        changed("schema_version", 1),
        SchemaVersionError,
        "$.schema_version",
        "",
    ),
    (
        "schema-version-missing",
        changed("schema_version", DELETE),
        SchemaVersionError,
        "$.schema_version",
        "",
    ),
    (
        "duplicate-id",
        changed("speeches.0.quotes.0.id", "vladimir-putin"),
        SerializationError,
        "$.speeches[0].quotes[0].id",
        "used twice",
    ),
    (
        "dangling-speaker",
        changed("speeches.0.quotes.0.speaker", "nobody"),
        SerializationError,
        "$.speeches[0].quotes[0].speaker",
        "'nobody'",
    ),
    (
        "dangling-meeting-participant",
        changed("meetings.0.participants.1", "nobody"),
        SerializationError,
        "$.meetings[0].participants[1]",
        "'nobody'",
    ),
    ("span-past-end", changed(f"{SPAN}.end", 99), SerializationError, SPAN_AT, "past the end"),
    (
        "span-reversed",
        changed(f"{SPAN}.start", 30),
        SerializationError,
        SPAN_AT,
        "after its end",
    ),
    ("negative-offset", changed(f"{SPAN}.start", -1), SerializationError, f"{SPAN_AT}.start", ""),
    ("bad-id", changed("participants.0.id", "a b"), SerializationError, "$.participants[0].id", ""),
    ("string-for-list", changed("formats", "narrow"), SerializationError, "$.formats", "array"),
    ("bad-list-item", changed("formats.1", 3), SerializationError, "$.formats[1]", ""),
    ("wrong-sha256", changed("source.sha256", "0" * 64), SerializationError, "$.source.sha256", ""),
    ("deeply-nested-garbage", "[" * 100_000, SerializationError, None, "nested too deeply"),
    ("nested-garbage-in-field", changed("title", nested(500)), SerializationError, "$.title", ""),
    (
        "nested-garbage-in-list",
        changed("participants", nested(500)),
        SerializationError,
        "$.participants[0]",
        "expected an object, got array",
    ),
    ("huge-integer", '{"title": ' + "9" * 5000 + "}", SerializationError, None, "digits"),
]


@pytest.mark.parametrize(
    ("data", "error", "path", "message"), [pytest.param(*c[1:], id=c[0]) for c in MALFORMED]
)
def test_malformed_input_raises_with_a_path(data, error, path, message):
    """Bad input raises exactly summitdoc's error, with the path of the offending field."""
    with pytest.raises(SerializationError) as e:
        from_json(data)
    assert type(e.value) is error
    assert e.value.path == path
    assert message in e.value.message


def test_to_json_refuses_what_is_not_a_summit():
    """Passing a dict (or anything else) to ``to_json`` raises SerializationError."""
    with pytest.raises(SerializationError):
        to_json(EMPTY)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _locations(obj: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _locations(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _locations(v, (*prefix, i))
    return out


@given(summits(), st.data())
def test_damaged_documents_raise_only_summitdoc_errors(s, data):
    """Replacing any value of a valid document with any JSON value never gives a bare traceback."""
    doc = json.loads(to_json(s))
    where = data.draw(st.sampled_from(_locations(doc)[1:]))
    value = data.draw(JSON_VALUES)
    target = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    try:
        from_json(json.dumps(doc, ensure_ascii=False))
    except SerializationError as e:  # anything else fails the test
        error = e
    else:
        return
    assert type(error) in (SerializationError, SchemaVersionError)
    assert error.path is None or error.path.startswith("$")


@given(st.binary() | st.text())
def test_arbitrary_input_raises_only_summitdoc_errors(data):
    """Random bytes or text are refused with SerializationError, never another exception."""
    with pytest.raises(SerializationError) as e:
        from_json(data)
    assert type(e.value) in (SerializationError, SchemaVersionError)
