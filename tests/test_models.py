"""The models: invariants checked on construction, conveniences, immutability and equality."""

from __future__ import annotations

import datetime as dt
import doctest
import json
import re

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis.errors import NoSuchExample
from tests.strategies import hostile_text, summits

import summitdoc
import summitdoc.models
from summitdoc import (
    Caption,
    Decision,
    DecisionKind,
    Meeting,
    MeetingKind,
    Participant,
    Quote,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
    ValidationError,
)
from summitdoc.models import ID_PATTERN

TEXT = "Putin said, “We agree.” Lukashenko replied, “So do we.” Signed: treaty."


def make(**changes: object) -> Summit:
    """A small valid summit; keyword arguments replace its fields."""
    fields: dict[str, object] = {
        "participants": [
            Participant(
                id="vladimir-putin", name="Vladimir Putin", mentions=[Span(start=0, end=5)]
            ),
            Participant(id="aleksandr-lukashenko", name="Aleksandr Lukashenko"),
        ],
        "speeches": [
            # The second speech's quote comes first in the text.
            Speech(
                id="speech-1",
                speaker="aleksandr-lukashenko",
                quotes=[
                    Quote(
                        id="quote-2",
                        speaker="aleksandr-lukashenko",
                        text="So do we.",
                        span=Span(start=45, end=54),
                    )
                ],
                span=Span(start=24, end=56),
            ),
            Speech(
                id="speech-2",
                speaker="vladimir-putin",
                quotes=[
                    Quote(
                        id="quote-1",
                        speaker="vladimir-putin",
                        text="We agree.",
                        span=Span(start=13, end=22),
                    ),
                    Quote(id="quote-3", speaker=None, text="treaty", span=Span(start=64, end=70)),
                ],
                span=Span(start=0, end=23),
            ),
        ],
        "decisions": [
            Decision(id="decision-1", kind="treaty", text="treaty", span=Span(start=64, end=70))
        ],
        "statements": [Statement(id="statement-1", topic="trade", span=Span(start=0, end=0))],
        "meetings": [
            Meeting(
                id="meeting-1",
                participants=["vladimir-putin", "aleksandr-lukashenko"],
                span=Span(start=0, end=len(TEXT)),
            )
        ],
        "captions": [Caption(text="Photo", credit="BELTA", span=Span(start=71, end=71))],
        "source": Source(text=TEXT),
    }
    fields.update(changes)
    return Summit(**fields)


def check(excinfo: pytest.ExceptionInfo[ValidationError], path: str) -> None:
    """The error is exactly summitdoc's ValidationError, at ``path``."""
    assert type(excinfo.value) is ValidationError
    assert isinstance(excinfo.value, summitdoc.SummitdocError)
    assert excinfo.value.path == path


# --- Span -----------------------------------------------------------------------------------------


def test_fixture_is_valid():
    """The summit the tests below change is itself valid, spans and all."""
    s = make()
    assert TEXT[13:22] == "We agree."
    assert TEXT[45:54] == "So do we."
    assert TEXT[64:70] == "treaty"
    assert len(TEXT) == 71
    assert [q.span.text(s) for q in s.quotes] == ["We agree.", "So do we.", "treaty"]


def test_span_start_after_end_is_refused():
    """A span cannot end before it starts."""
    with pytest.raises(ValidationError) as e:
        Span(start=5, end=4)
    check(e, "$")


def test_empty_span_is_allowed():
    """A zero-length span (start == end) is valid, at the end of the text too."""
    assert len(Span(start=3, end=3)) == 0
    assert make(captions=[Caption(text="", span=Span(start=71, end=71))]).captions[0].span.end == 71


@pytest.mark.parametrize(
    ("start", "end", "path"),
    [(-1, 4, "$.start"), (0, -1, "$.end"), (True, 4, "$.start"), (0, False, "$.end")],
)
def test_span_offsets_must_be_non_negative_integers(start, end, path):
    """Negative offsets and booleans (an int subclass) are refused, naming the offset."""
    with pytest.raises(ValidationError) as e:
        Span(start=start, end=end)
    check(e, path)


@pytest.mark.parametrize("value", [1.0, "1", None])
def test_span_offsets_must_be_ints(value):
    """A float, a numeric string or None is not an offset."""
    with pytest.raises(ValidationError) as e:
        Span(start=value, end=2)
    check(e, "$.start")


# --- Summit invariants ----------------------------------------------------------------------------


def _participant(ident: str) -> Participant:
    return Participant(id=ident, name="X")


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        (
            {"participants": [_participant("p"), _participant("p")]},
            "$.participants[1].id",
        ),
        (
            {"speeches": [Speech(id="vladimir-putin", span=Span(start=0, end=0))]},
            "$.speeches[0].id",
        ),
        (
            {
                "speeches": [
                    Speech(
                        id="s",
                        quotes=[Quote(id="s", text="", span=Span(start=0, end=0))],
                        span=Span(start=0, end=0),
                    )
                ]
            },
            "$.speeches[0].quotes[0].id",
        ),
        (
            {
                "decisions": [
                    Decision(id="quote-1", kind="other", text="", span=Span(start=0, end=0))
                ]
            },
            "$.decisions[0].id",
        ),
        (
            {"statements": [Statement(id="decision-1", topic="", span=Span(start=0, end=0))]},
            "$.statements[0].id",
        ),
        ({"meetings": [Meeting(id="statement-1", span=Span(start=0, end=0))]}, "$.meetings[0].id"),
    ],
    ids=[
        "participants",
        "speech-participant",
        "quote-speech",
        "decision-quote",
        "statement-decision",
        "meeting-statement",
    ],
)
def test_duplicate_ids_are_refused_across_collections(changes, path):
    """An id is unique in the whole summit, not just in its list; the error names the second use."""
    with pytest.raises(ValidationError) as e:
        make(**changes)
    check(e, path)
    assert "used twice" in e.value.message


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        (
            {"speeches": [Speech(id="s", speaker="nobody", span=Span(start=0, end=0))]},
            "$.speeches[0].speaker",
        ),
        (
            {
                "speeches": [
                    Speech(
                        id="s",
                        quotes=[
                            Quote(id="q", speaker="nobody", text="", span=Span(start=0, end=0))
                        ],
                        span=Span(start=0, end=0),
                    )
                ]
            },
            "$.speeches[0].quotes[0].speaker",
        ),
        (
            {
                "meetings": [
                    Meeting(
                        id="m", participants=["vladimir-putin", "nobody"], span=Span(start=0, end=0)
                    )
                ]
            },
            "$.meetings[0].participants[1]",
        ),
    ],
    ids=["speech", "quote", "meeting"],
)
def test_dangling_references_are_refused(changes, path):
    """Speakers and meeting participants must be ids of participants of the same summit."""
    with pytest.raises(ValidationError) as e:
        make(**changes)
    check(e, path)


def test_a_reference_to_a_non_participant_id_is_dangling():
    """Referring to a speech's id (which exists, but is not a participant) is still refused."""
    with pytest.raises(ValidationError) as e:
        make(meetings=[Meeting(id="m", participants=["speech-1"], span=Span(start=0, end=0))])
    check(e, "$.meetings[0].participants[0]")


PAST_END = Span(start=70, end=73)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        (
            {
                "participants": [
                    _participant("vladimir-putin"),
                    Participant(
                        id="aleksandr-lukashenko",
                        name="",
                        mentions=[Span(start=0, end=1), PAST_END],
                    ),
                ]
            },
            "$.participants[1].mentions[1]",
        ),
        ({"speeches": [Speech(id="s", span=PAST_END)]}, "$.speeches[0].span"),
        (
            {
                "speeches": [
                    Speech(
                        id="s",
                        quotes=[Quote(id="q", text="", span=PAST_END)],
                        span=Span(start=0, end=0),
                    )
                ]
            },
            "$.speeches[0].quotes[0].span",
        ),
        (
            {"decisions": [Decision(id="d", kind="other", text="", span=PAST_END)]},
            "$.decisions[0].span",
        ),
        ({"statements": [Statement(id="st", topic="", span=PAST_END)]}, "$.statements[0].span"),
        ({"meetings": [Meeting(id="m", span=PAST_END)]}, "$.meetings[0].span"),
        ({"captions": [Caption(text="", span=Span(start=73, end=73))]}, "$.captions[0].span"),
    ],
    ids=["mention", "speech", "quote", "decision", "statement", "meeting", "caption"],
)
def test_spans_past_the_end_of_the_source_text_are_refused(changes, path):
    """Every span, wherever it is, must lie inside source.text."""
    with pytest.raises(ValidationError) as e:
        make(**changes)
    check(e, path)


def test_spans_are_measured_in_code_points():
    """Offsets index the Python string: an astral character counts once, not as two UTF-16 units."""
    text = "\U0001f600 ok"
    s = Summit(source=Source(text=text), captions=[Caption(text="ok", span=Span(start=2, end=4))])
    assert s.captions[0].span.text(s) == "ok"
    with pytest.raises(ValidationError) as e:
        Summit(source=Source(text=text), captions=[Caption(text="", span=Span(start=0, end=5))])
    check(e, "$.captions[0].span")


def test_wrong_sha256_is_refused():
    """A sha256 that is not the hash of the text is refused, naming the field."""
    with pytest.raises(ValidationError) as e:
        Source(text="abc", sha256="0" * 64)
    check(e, "$.sha256")


def test_sha256_defaults_to_the_hash_of_the_text():
    """The hash is computed from the UTF-8 text, and a correct explicit hash is accepted."""
    digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert Source(text="abc").sha256 == digest
    assert Source(text="abc", sha256=digest) == Source(text="abc")


def test_sha256_of_text_with_lone_surrogates():
    """Text holding a lone surrogate gets a hash (of its surrogatepass bytes), not an error."""
    assert re.fullmatch("[0-9a-f]{64}", Source(text="a\ud800b").sha256)


@pytest.mark.parametrize(
    ("model", "kind"), [(Decision, "bogus"), (Meeting, "trilateral"), (Decision, "")]
)
def test_unknown_kind_is_refused(model, kind):
    """A kind outside the enum raises summitdoc's ValidationError, not a bare ValueError."""
    extra = {"text": ""} if model is Decision else {}
    with pytest.raises(ValidationError) as e:
        model(id="x", kind=kind, span=Span(start=0, end=0), **extra)
    check(e, "$.kind")
    assert repr(kind) in e.value.message


def test_kinds_given_as_strings_become_enum_members():
    """``kind="treaty"`` is stored as ``DecisionKind.TREATY``, so equality does not depend on it."""
    d = Decision(id="d", kind="treaty", text="", span=Span(start=0, end=0))
    assert d.kind is DecisionKind.TREATY
    assert (
        Meeting(id="m", kind="multilateral", span=Span(start=0, end=0)).kind
        is MeetingKind.MULTILATERAL
    )
    assert Meeting(id="m", span=Span(start=0, end=0)).kind is MeetingKind.BILATERAL


@pytest.mark.parametrize("version", ["2", "1.0", "", 1, None])
def test_schema_version_other_than_1_is_refused(version):
    """Only contract version "1" (the string) can be built."""
    with pytest.raises(ValidationError) as e:
        Summit(schema_version=version)
    check(e, "$.schema_version")


LIST_FIELDS = [
    (model, f.name)
    for model in (Summit, Participant, Speech, Statement, Meeting)
    for f in attrs.fields(model)
    if str(f.type).startswith("tuple[")
]


def _required(model: type) -> dict[str, object]:
    return {
        Summit: {},
        Participant: {"id": "p", "name": ""},
        Speech: {"id": "s", "span": Span(start=0, end=0)},
        Statement: {"id": "s", "topic": "", "span": Span(start=0, end=0)},
        Meeting: {"id": "m", "span": Span(start=0, end=0)},
    }[model]


def test_every_list_field_is_covered():
    """The bare-string cases below cover all 15 list fields of the models."""
    assert len(LIST_FIELDS) == 15


@pytest.mark.parametrize(("model", "name"), LIST_FIELDS, ids=lambda x: getattr(x, "__name__", x))
@pytest.mark.parametrize("value", ["narrow", b"narrow"], ids=["str", "bytes"])
def test_a_bare_string_is_not_a_list(model, name, value):
    """A string where a list is expected is refused instead of becoming a list of characters."""
    with pytest.raises(ValidationError) as e:
        model(**_required(model), **{name: value})
    check(e, f"$.{name}")


def test_list_items_of_the_wrong_type_are_refused():
    """A list must hold items of its declared type; the error names the item."""
    with pytest.raises(ValidationError) as e:
        Summit(formats=["narrow", 3])
    check(e, "$.formats[1]")
    with pytest.raises(ValidationError) as e:
        Summit(participants=[_participant("a"), {"id": "b", "name": "B"}])
    check(e, "$.participants[1]")


@pytest.mark.parametrize("ident", ["", "a b", "-a", ".a", "a\n", "a/b", "\u0301", 3])
def test_invalid_ids_are_refused(ident):
    """Ids are slugs of word characters, '.', ':' and '-', starting with a word character."""
    with pytest.raises(ValidationError) as e:
        Participant(id=ident, name="")
    check(e, "$.id")


def test_invalid_speaker_reference_is_refused_by_shape():
    """A speaker that could never be an id is refused by the speech itself."""
    with pytest.raises(ValidationError) as e:
        Speech(id="s", speaker="a b", span=Span(start=0, end=0))
    check(e, "$.speaker")


@pytest.mark.parametrize("ident", ["jonas-gahr-støre", "\U0001d400", "東京", "٣", "_", "a.b:c-"])
def test_ids_may_use_any_script(ident):
    """Word characters of every script make valid ids, as the gold files use them."""
    assert Participant(id=ident, name="").id == ident


def test_date_must_be_a_date_not_a_datetime_or_string():
    """A datetime or an ISO string is refused: the model holds a plain date."""
    for value in (dt.datetime(2017, 10, 11, tzinfo=dt.UTC), "2017-10-11"):
        with pytest.raises(ValidationError) as e:
            Summit(date=value)
        check(e, "$.date")
    assert Summit(date=dt.date(2017, 10, 11)).date == dt.date(2017, 10, 11)


@pytest.mark.parametrize("year", [True, 2017.0, "2017"])
def test_year_must_be_an_integer(year):
    """A decision's year is an int (not a bool, float or string) or None."""
    with pytest.raises(ValidationError) as e:
        Decision(id="d", kind="other", text="", year=year, span=Span(start=0, end=0))
    check(e, "$.year")


# --- conveniences ---------------------------------------------------------------------------------


def test_quotes_are_all_quotes_in_document_order():
    """``summit.quotes`` gathers every speech's quotes, ordered by where they are in the text."""
    assert [q.id for q in make().quotes] == ["quote-1", "quote-2", "quote-3"]


def test_participant_looks_up_by_id():
    """``summit.participant(id)`` returns that participant."""
    assert make().participant("aleksandr-lukashenko").name == "Aleksandr Lukashenko"


def test_participant_raises_key_error_for_unknown_id():
    """An unknown id raises KeyError naming it, like a mapping."""
    with pytest.raises(KeyError, match="nobody"):
        make().participant("nobody")


def test_quotes_by_accepts_a_participant_or_an_id():
    """``quotes_by`` gives a participant's quotes in order, given the object or its id."""
    s = make()
    putin = s.participant("vladimir-putin")
    assert [q.id for q in s.quotes_by(putin)] == ["quote-1"]
    assert s.quotes_by("vladimir-putin") == s.quotes_by(putin)
    assert [q.text for q in s.quotes_by("aleksandr-lukashenko")] == ["So do we."]
    assert s.quotes_by("nobody") == ()


def test_span_text_reads_the_source_text():
    """``span.text(summit)`` is the covered passage; a plain string works too."""
    s = make()
    assert Span(start=45, end=54).text(s) == "So do we."
    assert Span(start=0, end=5).text("Putin and") == "Putin"
    assert len(Span(start=45, end=54)) == 9


def test_spans_lists_every_span_with_its_path():
    """``summit.spans()`` yields each span once, with the JSON path of the field holding it."""
    s = make()
    paths = dict(s.spans())
    assert paths["$.participants[0].mentions[0]"] == Span(start=0, end=5)
    assert paths["$.speeches[1].quotes[1].span"] == Span(start=64, end=70)
    assert paths["$.captions[0].span"] == Span(start=71, end=71)
    assert len(paths) == _count_spans(json.loads(summitdoc.to_json(s)))


def _count_spans(obj: object) -> int:
    if isinstance(obj, list):
        return sum(_count_spans(v) for v in obj)
    if isinstance(obj, dict):
        return (set(obj) == {"start", "end"}) + sum(_count_spans(v) for v in obj.values())
    return 0


# --- immutability, hashing, equality --------------------------------------------------------------


def _instances() -> list[object]:
    s = make()
    return [
        s,
        s.source,
        s.participants[0],
        s.speeches[0],
        s.speeches[0].quotes[0],
        s.decisions[0],
        s.statements[0],
        s.meetings[0],
        s.captions[0],
        s.speeches[0].span,
    ]


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_models_are_frozen(obj):
    """Assigning to a field raises, so a summit cannot change after validation."""
    name = attrs.fields(type(obj))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, name, getattr(obj, name))


@pytest.mark.parametrize("obj", _instances(), ids=lambda o: type(o).__name__)
def test_models_are_hashable(obj):
    """Every model can be hashed and used in a set or as a dict key."""
    assert {obj: 1}[obj] == 1
    assert hash(obj) == hash(attrs.evolve(obj))


def test_list_fields_are_stored_as_tuples():
    """Lists given to a model are kept as tuples, so nothing can be appended behind its back."""
    people = [_participant("a")]
    s = Summit(participants=people, formats=["narrow"])
    people.append(_participant("b"))
    assert s.participants == (_participant("a"),)
    assert s.formats == ("narrow",)


def test_equal_content_means_equal_models():
    """Two summits built separately from the same values are equal and hash alike."""
    a, b = make(), make()
    assert a is not b
    assert a == b
    assert hash(a) == hash(b)


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "x"},
        {"date": dt.date(2017, 10, 11)},
        {"source": Source(text=TEXT, path="a.txt")},
        {"captions": []},
    ],
)
def test_any_difference_makes_models_unequal(changes):
    """Changing any one field gives a summit that is not equal to the original."""
    assert make(**changes) != make()


def test_models_do_not_equal_other_types():
    """A model is not equal to its dict form or to a tuple of its values."""
    span = Span(start=1, end=2)
    assert span != {"start": 1, "end": 2}
    assert span != (1, 2)


# --- documentation --------------------------------------------------------------------------------


def test_models_docstring_examples_run():
    """The examples in the models module docstring are correct."""
    result = doctest.testmod(summitdoc.models, raise_on_error=False, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


# --- the strategies build valid, hostile models ---------------------------------------------------


def test_strategies_import_both_ways():
    """``from tests.strategies import summits`` and ``from strategies import summits`` both work."""
    from tests.strategies import summits as dotted  # noqa: PLC0415

    from strategies import summits as plain  # noqa: PLC0415

    assert plain.__name__ == dotted.__name__ == "summits"


@given(summits())
def test_generated_summits_keep_the_invariants(s):
    """Generated summits have unique slug ids, resolvable references and spans inside the text."""
    ids = [p.id for p in s.participants]
    ids += [x.id for x in s.speeches] + [q.id for x in s.speeches for q in x.quotes]
    ids += [x.id for x in (*s.decisions, *s.statements, *s.meetings)]
    assert len(ids) == len(set(ids))
    assert all(ID_PATTERN.match(i) for i in ids)
    people = {p.id for p in s.participants}
    refs = [x.speaker for x in s.speeches] + [q.speaker for q in s.quotes]
    refs += [r for m in s.meetings for r in m.participants]
    assert {r for r in refs if r is not None} <= people
    assert all(0 <= span.start <= span.end <= len(s.source.text) for _, span in s.spans())


_XML_CHAR = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]*")


def _strings(obj: object) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for k, v in obj.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


@given(summits(xml_safe=True))
def test_xml_safe_summits_hold_only_xml_characters(s):
    """With ``xml_safe=True`` every string is made of characters XML 1.0 can hold."""
    strings = _strings(json.loads(summitdoc.to_json(s)))
    assert all(_XML_CHAR.fullmatch(x) for x in strings)


# Derandomized, so these searches give the same answer on every run.
FIND = settings(database=None, derandomize=True, max_examples=1000, phases=[Phase.generate])
HOSTILE = [
    ("empty", lambda t: t == ""),
    ("white space only", lambda t: t != "" and t.isspace()),
    ("padded", lambda t: t != t.strip() and not t.isspace()),
    ("NBSP", lambda t: "\u00a0" in t),
    ("right-to-left", lambda t: re.search("[\u0590-\u06ff]", t) is not None),
    ("astral", lambda t: any(ord(c) > 0xFFFF for c in t)),
    ("combining mark", lambda t: re.search("[\u0300-\u036f\u20d0-\u20ff]", t) is not None),
    ("C0 control", lambda t: re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", t) is not None),
    ("C1 control", lambda t: re.search("[\x7f-\x9f]", t) is not None),
    ("carriage return", lambda t: "\r" in t),
    ("lone surrogate", lambda t: re.search("[\ud800-\udfff]", t) is not None),
    ("thousands of characters", lambda t: len(t) >= 1000),
]


@pytest.mark.parametrize(("label", "predicate"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_text_produces(label, predicate):
    """The shared text strategy really produces each kind of hostile text it promises."""
    assert predicate(find(hostile_text(), predicate, settings=FIND))


def test_hostile_text_xml_safe_drops_what_xml_cannot_hold():
    """The XML-safe variant never yields a lone surrogate or a C0 control other than tab/LF/CR."""
    bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
    with pytest.raises(NoSuchExample):
        find(
            hostile_text(xml_safe=True),
            lambda t: bad.search(t) is not None,
            settings=settings(FIND, max_examples=300),
        )
