"""The summit data model: frozen, slotted attrs classes that mirror the JSON contract.

Field names and order are those of ``spec/json-contract.md``. List fields are tuples (lists are
accepted and converted), so every model is immutable and hashable. The models know nothing of
parsing or serialization.

>>> text = "Putin said, “We agree.”"
>>> q = Quote(id="quote-1", speaker="vladimir-putin", text="We agree.", cue="Putin said",
...           span=Span(start=13, end=22))
>>> s = Summit(source=Source(text=text),
...            participants=[Participant(id="vladimir-putin", name="Vladimir Putin")],
...            speeches=[Speech(id="speech-1", speaker="vladimir-putin", quotes=[q],
...                             span=Span(start=0, end=len(text)))])
>>> [x.text for x in s.quotes_by("vladimir-putin")]
['We agree.']
>>> q.span.text(s)
'We agree.'
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs
from attrs import field, frozen

from .exceptions import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "SCHEMA_VERSION",
    "Caption",
    "Decision",
    "DecisionKind",
    "Meeting",
    "MeetingKind",
    "Participant",
    "Quote",
    "Source",
    "Span",
    "Speech",
    "Statement",
    "Summit",
]

#: The version of the JSON contract these models implement.
SCHEMA_VERSION: Final = "1"

#: Field metadata key of the fields that JSON and XML leave out when they are None (instead of
#: writing null), and that may be missing when read: fields added after version 1 of the contract.
OPTIONAL_KEY: Final = "summitdoc_optional_key"

#: What an id may look like: a slug of word characters, ``.``, ``:`` and ``-``.
ID_PATTERN: Final = re.compile(r"\w[\w.:-]*\Z")


class DecisionKind(enum.StrEnum):
    """What kind of thing a decision is."""

    PRESIDENCY = "presidency"
    AWARD = "award"
    TREATY = "treaty"
    AGREEMENT = "agreement"
    PROGRAMME = "programme"
    ESTABLISHMENT = "establishment"
    DESIGNATION = "designation"
    OTHER = "other"


class MeetingKind(enum.StrEnum):
    """Whether a side meeting had two parties or more."""

    BILATERAL = "bilateral"
    MULTILATERAL = "multilateral"


# A bare string would silently become a tuple of characters: the list converters pass it through
# unchanged and the list validators, which know the field's name, reject it.
def _strs(value: Iterable[str]) -> tuple[str, ...] | str | bytes:
    return value if isinstance(value, str | bytes) else tuple(value)


def _items(value: Iterable[Any]) -> tuple[Any, ...] | str | bytes:
    return value if isinstance(value, str | bytes) else tuple(value)


def _check_list(attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str | bytes):
        raise ValidationError(
            f"expected a list, got the {type(value).__name__} {value!r}", f"$.{attribute.name}"
        )


_E = TypeVar("_E", bound=enum.Enum)


def _member(kind: type[_E], value: object) -> _E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValidationError(f"kind must be one of {allowed}, got {value!r}", "$.kind") from None


def _decision_kind(value: str) -> DecisionKind:
    return _member(DecisionKind, value)


def _meeting_kind(value: str) -> MeetingKind:
    return _member(MeetingKind, value)


def _check_id(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise ValidationError(
            f"{attribute.name} {value!r} is not a valid id (a slug like 'quote-3')",
            f"$.{attribute.name}",
        )


def _check_optional_id(
    _inst: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and (not isinstance(value, str) or not ID_PATTERN.match(value)):
        raise ValidationError(
            f"{attribute.name} {value!r} is not a valid participant id", f"$.{attribute.name}"
        )


def _check_nonnegative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            f"span {attribute.name} must be a non-negative integer, got {value!r}",
            f"$.{attribute.name}",
        )


def _instance_of(
    kind: type, *, optional: bool = False
) -> Callable[[object, attrs.Attribute[Any], Any], None]:
    """Like ``attrs.validators.instance_of``, raising summitdoc's ValidationError with the field."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            raise ValidationError(
                f"{attribute.name} must be {kind.__name__}{' or None' if optional else ''}, "
                f"got {type(value).__name__}",
                f"$.{attribute.name}",
            )

    return check


_str = _instance_of(str)
_opt_str = _instance_of(str, optional=True)


def _each_str(
    _inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    _check_list(attribute, value)
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise ValidationError(
                f"{attribute.name}[{i}] must be a string, got {type(item).__name__}",
                f"$.{attribute.name}[{i}]",
            )


def _each(kind: type) -> Callable[[object, attrs.Attribute[Any], tuple[Any, ...]], None]:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        _check_list(attribute, value)
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise ValidationError(
                    f"{attribute.name}[{i}] must be a {kind.__name__}, got {type(item).__name__}",
                    f"$.{attribute.name}[{i}]",
                )

    return check


@frozen(kw_only=True)
class Span:
    """A half-open ``[start, end)`` range of Python string indices into ``source.text``."""

    start: int = field(validator=_check_nonnegative)
    end: int = field(validator=_check_nonnegative)

    def __attrs_post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError(f"span start {self.start} is after its end {self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, summit: Summit | str) -> str:
        """The passage of the summit's source text (or of a given string) this span covers."""
        source = summit if isinstance(summit, str) else summit.source.text
        return source[self.start : self.end]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@frozen(kw_only=True)
class Source:
    """The text that was parsed, and where it came from."""

    path: str | None = field(default=None, validator=_opt_str)
    outlet: str | None = field(default=None, validator=_opt_str)
    language: str = field(default="en", validator=_str)
    text: str = field(default="", validator=_str)
    sha256: str = field(validator=_str)
    #: Provenance: the name of the parser that made the summit, and the summitdoc version that
    #: ran it. Set by :func:`summitdoc.parse`; None in summits built by hand or read from files
    #: written before they existed, and then left out of JSON and XML (so old files round-trip).
    parser: str | None = field(default=None, validator=_opt_str, metadata={OPTIONAL_KEY: True})
    summitdoc_version: str | None = field(
        default=None, validator=_opt_str, metadata={OPTIONAL_KEY: True}
    )

    @sha256.default
    def _default_sha256(self) -> str:
        return _sha256(self.text)

    def __attrs_post_init__(self) -> None:
        if self.sha256 != _sha256(self.text):
            raise ValidationError("sha256 does not match the SHA-256 of source.text", "$.sha256")


@frozen(kw_only=True)
class Participant:
    """A person taking part in, or named as present at, the summit."""

    id: str = field(validator=_check_id)
    name: str = field(validator=_str)
    role: str | None = field(default=None, validator=_opt_str)
    country: str | None = field(default=None, validator=_opt_str)
    organisation: str | None = field(default=None, validator=_opt_str)
    aliases: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    mentions: tuple[Span, ...] = field(default=(), converter=_items, validator=_each(Span))


@frozen(kw_only=True)
class Quote:
    """Words a speaker said, as quoted in the text (quote marks excluded)."""

    id: str = field(validator=_check_id)
    speaker: str | None = field(default=None, validator=_check_optional_id)
    text: str = field(validator=_str)
    cue: str | None = field(default=None, validator=_opt_str)
    span: Span = field(validator=_instance_of(Span))


@frozen(kw_only=True)
class Speech:
    """What one speaker said under one topic, with its direct quotes."""

    id: str = field(validator=_check_id)
    speaker: str | None = field(default=None, validator=_check_optional_id)
    setting: str | None = field(default=None, validator=_opt_str)
    topic: str | None = field(default=None, validator=_opt_str)
    quotes: tuple[Quote, ...] = field(default=(), converter=_items, validator=_each(Quote))
    span: Span = field(validator=_instance_of(Span))


def _check_year(_inst: object, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(f"year must be an integer or None, got {value!r}", "$.year")


@frozen(kw_only=True)
class Decision:
    """Something the summit decided, signed, passed, awarded or instituted."""

    id: str = field(validator=_check_id)
    kind: DecisionKind = field(converter=_decision_kind)
    text: str = field(validator=_str)
    subject: str | None = field(default=None, validator=_opt_str)
    year: int | None = field(default=None, validator=_check_year)
    span: Span = field(validator=_instance_of(Span))


@frozen(kw_only=True)
class Statement:
    """A statement or declaration adopted by the summit or a body beside it."""

    id: str = field(validator=_check_id)
    topic: str = field(validator=_str)
    issuer: str | None = field(default=None, validator=_opt_str)
    countries: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    points: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    span: Span = field(validator=_instance_of(Span))


@frozen(kw_only=True)
class Meeting:
    """A bilateral or side meeting reported in the text."""

    id: str = field(validator=_check_id)
    kind: MeetingKind = field(default=MeetingKind.BILATERAL, converter=_meeting_kind)
    participants: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    topics: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    agreements: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    span: Span = field(validator=_instance_of(Span))


@frozen(kw_only=True)
class Caption:
    """A photo caption with its credit, kept out of the body text."""

    text: str = field(validator=_str)
    credit: str | None = field(default=None, validator=_opt_str)
    span: Span = field(validator=_instance_of(Span))


def _check_version(_inst: object, _attribute: attrs.Attribute[str], value: str) -> None:
    if value != SCHEMA_VERSION:
        raise ValidationError(
            f"unknown schema_version {value!r} (this summitdoc knows {SCHEMA_VERSION!r})",
            "$.schema_version",
        )


def _check_date(
    _inst: object, _attribute: attrs.Attribute[dt.date | None], value: dt.date | None
) -> None:
    if value is not None and (isinstance(value, dt.datetime) or not isinstance(value, dt.date)):
        raise ValidationError(f"date must be a datetime.date or None, got {value!r}", "$.date")


@frozen(kw_only=True)
class Summit:
    """Everything a report says about one summit, with the source text it was read from.

    Construction checks the invariants users rely on: ids are unique inside the summit, every
    participant id a speech, quote or meeting refers to exists, and every span lies inside
    ``source.text``.
    """

    schema_version: str = field(default=SCHEMA_VERSION, validator=_check_version)
    title: str | None = field(default=None, validator=_opt_str)
    subtitle: str | None = field(default=None, validator=_opt_str)
    name: str | None = field(default=None, validator=_opt_str)
    organisation: str | None = field(default=None, validator=_opt_str)
    acronym: str | None = field(default=None, validator=_opt_str)
    city: str | None = field(default=None, validator=_opt_str)
    country: str | None = field(default=None, validator=_opt_str)
    date: dt.date | None = field(default=None, validator=_check_date)
    formats: tuple[str, ...] = field(default=(), converter=_strs, validator=_each_str)
    duration: str | None = field(default=None, validator=_opt_str)
    participants: tuple[Participant, ...] = field(
        default=(), converter=_items, validator=_each(Participant)
    )
    speeches: tuple[Speech, ...] = field(default=(), converter=_items, validator=_each(Speech))
    decisions: tuple[Decision, ...] = field(default=(), converter=_items, validator=_each(Decision))
    statements: tuple[Statement, ...] = field(
        default=(), converter=_items, validator=_each(Statement)
    )
    meetings: tuple[Meeting, ...] = field(default=(), converter=_items, validator=_each(Meeting))
    captions: tuple[Caption, ...] = field(default=(), converter=_items, validator=_each(Caption))
    source: Source = field(factory=Source, validator=_instance_of(Source))

    def __attrs_post_init__(self) -> None:
        _check_summit(self)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote of every speech, in the order they appear in the text."""
        qs = [q for s in self.speeches for q in s.quotes]
        return tuple(sorted(qs, key=lambda q: (q.span.start, q.span.end)))

    def participant(self, participant_id: str) -> Participant:
        """The participant with this id.

        Raises:
            KeyError: no participant has this id.
        """
        for p in self.participants:
            if p.id == participant_id:
                return p
        raise KeyError(participant_id)

    def quotes_by(self, participant: Participant | str) -> tuple[Quote, ...]:
        """The quotes attributed to a participant (given as the object or its id), in order."""
        pid = participant.id if isinstance(participant, Participant) else participant
        return tuple(q for q in self.quotes if q.speaker == pid)

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span in the summit with the JSON path of the field that holds it."""
        for i, p in enumerate(self.participants):
            for j, m in enumerate(p.mentions):
                yield f"$.participants[{i}].mentions[{j}]", m
        for i, s in enumerate(self.speeches):
            yield f"$.speeches[{i}].span", s.span
            for j, q in enumerate(s.quotes):
                yield f"$.speeches[{i}].quotes[{j}].span", q.span
        for name in ("decisions", "statements", "meetings", "captions"):
            for i, item in enumerate(getattr(self, name)):
                yield f"$.{name}[{i}].span", item.span


def _check_summit(s: Summit) -> None:
    seen: dict[str, str] = {}

    def claim(ident: str, path: str) -> None:
        if ident in seen:
            raise ValidationError(f"id {ident!r} is used twice (first at {seen[ident]})", path)
        seen[ident] = path

    people = set()
    for i, p in enumerate(s.participants):
        claim(p.id, f"$.participants[{i}].id")
        people.add(p.id)

    def known(ref: str | None, path: str) -> None:
        if ref is not None and ref not in people:
            raise ValidationError(f"{ref!r} is not the id of a participant", path)

    for i, sp in enumerate(s.speeches):
        claim(sp.id, f"$.speeches[{i}].id")
        known(sp.speaker, f"$.speeches[{i}].speaker")
        for j, q in enumerate(sp.quotes):
            claim(q.id, f"$.speeches[{i}].quotes[{j}].id")
            known(q.speaker, f"$.speeches[{i}].quotes[{j}].speaker")
    for i, d in enumerate(s.decisions):
        claim(d.id, f"$.decisions[{i}].id")
    for i, st in enumerate(s.statements):
        claim(st.id, f"$.statements[{i}].id")
    for i, m in enumerate(s.meetings):
        claim(m.id, f"$.meetings[{i}].id")
        for j, ref in enumerate(m.participants):
            known(ref, f"$.meetings[{i}].participants[{j}]")
    size = len(s.source.text)
    for path, span in s.spans():
        if span.end > size:
            raise ValidationError(
                f"span [{span.start}, {span.end}) runs past the end of source.text "
                f"({size} characters)",
                path,
            )
