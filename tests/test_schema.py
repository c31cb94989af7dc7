"""The shipped JSON Schema is true to the models, and ``validate_json`` reports problems by path.

The schema is written by hand; these tests are what keep it in step with ``summitdoc.models``:
adding, renaming, reordering or retyping a field without updating the schema fails here.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from tests.strategies import ids

from summitdoc import models
from summitdoc._schema import json_schema, validate_json

GOLD = sorted(Path("/work/shared/gold").glob("*.json"))
MODELS = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
SCHEMA = json_schema()
DEFS = SCHEMA["$defs"]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` to the definition it names."""
    while "$ref" in node:
        node = DEFS[node["$ref"].removeprefix("#/$defs/")]
    return node


def test_schema_is_a_valid_2020_12_schema():
    """The schema itself is valid draft 2020-12, so any conforming validator can load it."""
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_schema_id_carries_the_contract_version():
    """The schema's ``$id`` names the contract version, so a version 2 gets a new address."""
    assert SCHEMA["$id"] == (
        f"https://summitdoc.dev/schema/{models.SCHEMA_VERSION}/summit.schema.json"
    )
    assert resolve(SCHEMA) is DEFS["Summit"]


def test_every_model_has_an_object_definition_and_nothing_else_does():
    """Each model is described once in ``$defs``; no definition describes a model that is gone."""
    objects = {name for name, node in DEFS.items() if node.get("type") == "object"}
    assert objects == {m.__name__ for m in MODELS}
    assert len(MODELS) == 10


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_properties_are_the_fields_in_order(model):
    """Each definition lists the model's fields in the order ``to_json`` writes them."""
    assert list(DEFS[model.__name__]["properties"]) == [f.name for f in attrs.fields(model)]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_key_is_required_and_no_other_is_allowed(model):
    """Absent values are null or [], never missing keys, and unknown keys are refused.

    The exception: fields added after version 1 (``source.parser``, ``source.summitdoc_version``)
    are optional, so files written before them stay valid.
    """
    node = DEFS[model.__name__]
    fields = attrs.fields(model)
    assert node["required"] == [f.name for f in fields if not f.metadata.get(models.OPTIONAL_KEY)]
    assert node["additionalProperties"] is False


def expected_shape(hint: Any) -> dict[str, Any]:
    """The schema facets a field with this type annotation must have."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        (inner,) = (a for a in typing.get_args(hint) if a is not type(None))
        shape = expected_shape(inner)
        return {**shape, "type": [shape["type"], "null"]}
    if typing.get_origin(hint) is tuple:
        return {"type": "array", "items": expected_shape(typing.get_args(hint)[0])}
    if attrs.has(hint):
        return {"type": "object", "title": hint.__name__}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [m.value for m in hint]}
    if hint is dt.date:
        return {"type": "string", "format": "date"}
    return {"type": {str: "string", int: "integer"}[hint]}


def actual_shape(node: dict[str, Any]) -> dict[str, Any]:
    """The same facets, read from the schema."""
    name = node["$ref"].removeprefix("#/$defs/") if "$ref" in node else None
    node = resolve(node)
    if "enum" in node:
        return {"enum": node["enum"]}
    shape: dict[str, Any] = {"type": node["type"]}
    if node["type"] == "object":
        shape["title"] = name
    if node["type"] == "array":
        shape["items"] = actual_shape(node["items"])
    if "format" in node:
        shape["format"] = node["format"]
    return shape


@pytest.mark.parametrize(
    ("model", "field"),
    [(m, f.name) for m in MODELS for f in attrs.fields(m) if f.name != "schema_version"],
)
def test_property_types_follow_the_annotations(model, field):
    """Each property has the JSON type of the field's annotation, null only where it is Optional."""
    hint = typing.get_type_hints(model)[field]
    assert actual_shape(DEFS[model.__name__]["properties"][field]) == expected_shape(hint)


def test_schema_version_is_the_constant():
    """Only documents of this contract version are valid."""
    assert DEFS["Summit"]["properties"]["schema_version"]["const"] == models.SCHEMA_VERSION


def test_enums_are_the_model_enums():
    """Decision and meeting kinds in the schema are exactly those of the models, in order."""
    assert DEFS["Decision"]["properties"]["kind"]["enum"] == [k.value for k in models.DecisionKind]
    assert DEFS["Meeting"]["properties"]["kind"]["enum"] == [k.value for k in models.MeetingKind]


def test_offsets_are_non_negative_integers():
    """Span offsets are integers from 0, as the models require."""
    for key in ("start", "end"):
        assert resolve(DEFS["Span"]["properties"][key]) == {
            "type": "integer",
            "minimum": 0,
            "description": "A Python string index into source.text.",
        }


def test_every_id_and_reference_uses_the_id_pattern():
    """Ids, speakers and meeting participants are all checked with one pattern."""
    pattern = DEFS["id"]["pattern"]
    assert DEFS["speaker"]["pattern"] == pattern
    assert resolve(DEFS["Meeting"]["properties"]["participants"]["items"])["pattern"] == pattern
    for model in MODELS:
        props = DEFS[model.__name__]["properties"]
        if "id" in props:
            assert props["id"] == {"$ref": "#/$defs/id"}
        if "speaker" in props:
            assert props["speaker"] == {"$ref": "#/$defs/speaker"}


ID_CASES = ["a", "_", "x.y:z-", "jonas-gahr-støre", "\U0001d400", "a\n", "\na", "-a", ".a", "a b"]


@given(st.one_of(ids(), st.text(), st.sampled_from(ID_CASES)))
@example("a\n")  # Python's `$` matches before a final newline; ID_PATTERN's \Z does not
@example("٣")  # a non-ASCII decimal digit is a word character
def test_id_pattern_agrees_with_the_model(ident):
    """The schema accepts exactly the ids the models accept."""
    in_schema = re.search(DEFS["id"]["pattern"], ident) is not None
    assert in_schema == (models.ID_PATTERN.match(ident) is not None)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_file_validates(path):
    """Every gold file is valid against the shipped schema."""
    assert validate_json(path.read_bytes()) == []


def test_json_schema_returns_a_fresh_copy():
    """Changing the dict ``json_schema()`` returns does not change validation."""
    mine = json_schema()
    mine["$defs"]["Span"]["properties"]["start"] = {}
    assert json_schema()["$defs"]["Span"]["properties"]["start"] == {"$ref": "#/$defs/offset"}
    bad = minimal()
    bad["speeches"][0]["span"]["start"] = -1
    assert validate_json(json.dumps(bad)) != []


def minimal() -> dict[str, Any]:
    text = "Putin said, “We agree.”"
    return {
        "schema_version": "1",
        "title": None,
        "subtitle": None,
        "name": None,
        "organisation": None,
        "acronym": None,
        "city": None,
        "country": None,
        "date": "2017-10-11",
        "formats": [],
        "duration": None,
        "participants": [
            {
                "id": "vladimir-putin",
                "name": "Vladimir Putin",
                "role": None,
                "country": None,
                "organisation": None,
                "aliases": [],
                "mentions": [{"start": 0, "end": 5}],
            }
        ],
        "speeches": [
            {
                "id": "speech-1",
                "speaker": "vladimir-putin",
                "setting": None,
                "topic": None,
                "quotes": [
                    {
                        "id": "quote-1",
                        "speaker": None,
                        "text": "We agree.",
                        "cue": "Putin said",
                        "span": {"start": 13, "end": 22},
                    }
                ],
                "span": {"start": 0, "end": len(text)},
            }
        ],
        "decisions": [
            {
                "id": "decision-1",
                "kind": "award",
                "text": "x",
                "subject": None,
                "year": 2017,
                "span": {"start": 0, "end": 0},
            }
        ],
        "statements": [],
        "meetings": [
            {
                "id": "meeting-1",
                "kind": "bilateral",
                "participants": ["vladimir-putin"],
                "topics": [],
                "agreements": [],
                "span": {"start": 0, "end": 0},
            }
        ],
        "captions": [],
        "source": {
            "path": None,
            "outlet": None,
            "language": "en",
            "text": text,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        },
    }


def test_minimal_document_validates():
    """The document the error cases below start from is valid."""
    assert validate_json(json.dumps(minimal())) == []


DELETE = object()


def change(doc: dict[str, Any], where: str, value: object) -> None:
    """Set (or with DELETE, remove) the value at a dotted path like ``speeches.0.span``."""
    *parents, last = [int(p) if p.isdigit() else p for p in where.split(".")]
    for p in parents:
        doc = doc[p]
    if value is DELETE:
        del doc[last]
    else:
        doc[last] = value


@pytest.mark.parametrize(
    ("where", "value", "path", "message"),
    [
        ("title", DELETE, "$", "'title' is a required property"),
        ("extra", 1, "$", "'extra' was unexpected"),
        ("title", 3, "$.title", "3 is not of type 'string', 'null'"),
        ("participants.0.name", None, "$.participants[0].name", "None is not of type"),
        (
            "speeches.0.quotes.0.span.start",
            True,
            "$.speeches[0].quotes[0].span.start",
            "not of type 'integer'",
        ),
        ("speeches.0.quotes.0.span.end", -1, "$.speeches[0].quotes[0].span.end", "minimum"),
        (
            "speeches.0.quotes.0.span.start",
            1.5,
            "$.speeches[0].quotes[0].span.start",
            "1.5",
        ),
        ("date", "2017-02-30", "$.date", "is not a 'date'"),
        ("date", "11.10.2017", "$.date", "does not match"),
        ("date", "\u0662\u0660\u0661\u0667-\u0661\u0660-\u0661\u0661", "$.date", "does not match"),
        ("date", "2017-10-11\n", "$.date", "is too long"),
        ("decisions.0.kind", "bogus", "$.decisions[0].kind", "is not one of"),
        ("decisions.0.year", "2017", "$.decisions[0].year", "'integer', 'null'"),
        ("meetings.0.kind", "trilateral", "$.meetings[0].kind", "is not one of"),
        ("meetings.0.participants.0", "a b", "$.meetings[0].participants[0]", "match"),
        ("schema_version", "2", "$.schema_version", "'1' was expected"),
        ("participants.0.id", "a b", "$.participants[0].id", "does not match"),
        ("participants.0.id", "a\n", "$.participants[0].id", "does not match"),
        ("speeches.0.speaker", "", "$.speeches[0].speaker", "does not match"),
        ("formats", "narrow", "$.formats", "is not of type 'array'"),
        ("source.sha256", "A" * 64, "$.source.sha256", "does not match"),
        ("source.sha256", "0" * 64 + "\n", "$.source.sha256", "too long"),
        ("source", None, "$.source", "is not of type 'object'"),
    ],
)
def test_validate_json_names_the_path(where, value, path, message):
    """Each kind of shape error is reported at the JSON path of the offending value."""
    doc = minimal()
    change(doc, where, value)
    errors = validate_json(json.dumps(doc, ensure_ascii=False))
    assert errors
    assert all(e.startswith(f"{path}: ") for e in errors), errors
    assert any(message in e for e in errors), errors


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        ("speeches.0.quotes.0.id", "speech-1", "$.speeches[0].quotes[0].id: id 'speech-1' is used"),
        (
            "speeches.0.quotes.0.speaker",
            "nobody",
            "$.speeches[0].quotes[0].speaker: 'nobody' is not",
        ),
        ("meetings.0.participants.0", "nobody", "$.meetings[0].participants[0]: 'nobody' is not"),
        ("speeches.0.span.end", 99, "$.speeches[0].span: span [0, 99) runs past the end"),
        ("speeches.0.span.start", 30, "$.speeches[0].span: span start 30 is after its end"),
        ("source.sha256", "0" * 64, "$.source.sha256: sha256 does not match"),
    ],
)
def test_validate_json_checks_what_a_schema_cannot(where, value, message):
    """A well-shaped document that from_json would still refuse is reported, not passed."""
    doc = minimal()
    change(doc, where, value)
    errors = validate_json(json.dumps(doc))
    assert len(errors) == 1
    assert errors[0].startswith(message)


def test_validate_json_sorts_errors_by_path():
    """Several errors come back in document order of their paths, indices compared as numbers."""
    doc = minimal()
    doc["participants"] = [doc["participants"][0]] * 11
    doc["participants"][10] = {**doc["participants"][0], "name": 10}
    doc["participants"][2] = {**doc["participants"][0], "name": 2}
    doc["speeches"][0]["quotes"][0]["span"]["start"] = -1
    doc["date"] = 5
    doc["zzz"] = 1
    paths = [e.split(": ", 1)[0] for e in validate_json(json.dumps(doc))]
    assert paths == [
        "$",
        "$.date",
        "$.participants[2].name",
        "$.participants[10].name",
        "$.speeches[0].quotes[0].span.start",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{", "$: not valid JSON: "),
        ("", "$: not valid JSON: "),
        (b'{"title": "\xff"}', "$: not valid UTF-8: "),
        ("[" * 100_000, "$: not valid JSON: nested too deeply"),
        ("1" * 5000, "$: not valid JSON: "),
    ],
)
def test_validate_json_reports_unreadable_input_as_one_error(data, message):
    """Text that is not JSON gives one message at ``$`` instead of an exception."""
    errors = validate_json(data)
    assert len(errors) == 1
    assert errors[0].startswith(message)


def test_validate_json_reports_wrong_top_level_type():
    """A JSON array is reported as not being an object."""
    assert validate_json("[]") == ["$: [] is not of type 'object'"]


def test_validate_json_accepts_bytes():
    """UTF-8 bytes validate the same as text."""
    assert validate_json(json.dumps(minimal(), ensure_ascii=False).encode()) == []
