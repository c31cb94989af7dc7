r"""XML: explicit, symmetric lxml functions driven by one table of fields per model.

Each model has one :class:`_Model` table listing its fields in contract order; the same table
writes an element (:meth:`_Model.to_element`) and reads it back (:meth:`_Model.from_element`),
so the two directions cannot drift apart.

Shape (no XML namespace, so plain XPath such as ``//quote[speaker/@ref]`` works; the version is
the ``schema_version`` attribute of the root, as in JSON):

* one element per model, named in lower case: ``<summit schema_version="1">``, ``<speech>``;
* ids, kinds, the decision year and span offsets are attributes (``id``, ``kind``, ``year``,
  ``start``/``end`` on the element that owns the span; a participant's mentions are
  ``<mention start= end=/>``);
* participant references are ``ref`` attributes: ``<speaker ref="..."/>`` in a speech or quote,
  ``<participant ref="..."/>`` in a meeting's ``<participants>``;
* free text is element text, never an attribute (parsers normalise white space in attributes);
* a list is a plural wrapper element, always written, holding singular items:
  ``<aliases><alias>...</alias></aliases>``;
* ``None`` is an absent element, ``""`` an empty one; elements follow the contract's field order.

Characters XML 1.0 cannot hold (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, lone surrogates
U+D800-U+DFFF, U+FFFE, U+FFFF) are written inside text as empty ``<c u="XXXX"/>`` elements: ``u``
is the code point as four upper-case hex digits, and the text continues in the element's tail.
``"a\x00b"`` becomes ``<name>a<c u="0000"/>b</name>``. No other character is ever written this
way, so the form is canonical. ``\r`` is legal XML and lxml writes it as ``&#13;``, which
parsers keep (a literal carriage return would be normalised to ``\n``).

Loading is strict and safe: the document must be UTF-8, any ``<!DOCTYPE`` is refused with
:class:`~summitdoc.UnsafeXMLError` before lxml sees the bytes (so no entity is ever expanded),
comments and processing instructions are dropped, and every problem is a
:class:`~summitdoc.SerializationError` whose ``.path`` names the field in JSON style
(``$.speeches[3].quotes[0].span``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

from lxml import etree

from summitdoc.exceptions import (
    SerializationError,
    UnsafeXMLError,
    ValidationError,
)
from summitdoc.models import (
    Caption,
    Decision,
    Meeting,
    Participant,
    Quote,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
)

from ._version import check_version

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from lxml.etree import _Element

__all__ = ["from_xml", "to_xml", "validate_xml"]

_M = TypeVar("_M")

_C: Final = "c"
_XSI: Final = "{http://www.w3.org/2001/XMLSchema-instance}"
_XML_SPACE: Final = " \t\r\n"

#: Every character XML 1.0 cannot carry, captured so that ``split`` keeps it.
_ILLEGAL: Final = re.compile(r"([\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff])")
_CODE_POINT: Final = re.compile(r"000[0-8BCEF]|001[0-9A-F]|D[89A-F][0-9A-F]{2}|FFF[EF]")
_DIGITS: Final = re.compile(r"[0-9]+")
_SIGNED_DIGITS: Final = re.compile(r"-?[0-9]+")
_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DOCTYPE: Final = b"<!DOCTYPE"

_PARSER: Final = etree.XMLParser(
    # The bytes are read as UTF-8 whatever the declaration says, so the DOCTYPE scan in
    # _parse sees exactly what libxml2 will see.
    encoding="utf-8",
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    strip_cdata=True,
    collect_ids=False,
    # White space in text elements is content; never drop it.
    remove_blank_text=False,
)


# --- errors and small helpers -----------------------------------------------------------------


def _show(tag: str) -> str:
    return f"<{tag}>"


def _error(message: str, path: str, el: _Element | None = None) -> SerializationError:
    if el is not None and el.sourceline is not None:
        message = f"{message} (line {el.sourceline})"
    return SerializationError(message, path)


def _check_blank(text: str | None, el: _Element, path: str) -> None:
    # Structural elements may hold indentation, nothing else.
    if text is not None and text.strip(_XML_SPACE):
        excerpt = text.strip(_XML_SPACE)
        excerpt = excerpt if len(excerpt) <= 20 else excerpt[:20] + "..."
        raise _error(f"unexpected text {excerpt!r} in {_show(el.tag)}", path, el)


def _check_attributes(el: _Element, allowed: frozenset[str], path: str) -> None:
    for name in el.attrib:
        if name not in allowed:
            raise _error(f"unexpected attribute {str(name)!r} on {_show(el.tag)}", path, el)


def _check_empty(el: _Element, path: str) -> None:
    if el.text is not None or len(el):
        raise _error(f"{_show(el.tag)} must be empty", path, el)


def _required(el: _Element, name: str, path: str) -> str:
    value = el.get(name)
    if value is None:
        raise _error(f"missing attribute {name!r} on {_show(el.tag)}", path, el)
    return value


def _with_path(e: ValidationError, path: str) -> SerializationError:
    # Model errors carry a path relative to the model ("$.kind"); prefix the element's own.
    return SerializationError(e.message, path + e.path[1:])


# --- text with the characters XML cannot carry ------------------------------------------------


def _set_text(el: _Element, value: str) -> None:
    """Write ``value`` as the text of ``el``, with ``<c u=.../>`` for characters XML refuses."""
    if not value:
        return  # "" stays an empty element: <x/>
    try:
        # lxml refuses exactly the characters XML cannot carry, in C: far cheaper than scanning
        # every string with a regex first (a 17,000-character source text: 80 us against 220).
        el.text = value
    except ValueError:  # UnicodeEncodeError for a lone surrogate, ValueError for the rest
        parts = _ILLEGAL.split(value)  # text, char, text, char, ..., text
        el.text = parts[0] or None
        for i in range(1, len(parts), 2):
            c = etree.SubElement(el, _C, {"u": f"{ord(parts[i]):04X}"})
            c.tail = parts[i + 1] or None


def _get_text(el: _Element, path: str) -> str:
    """Read the text of ``el`` back, turning each ``<c u=.../>`` into its character."""
    if len(el.attrib):
        _check_attributes(el, frozenset(), path)
    if not len(el):
        return el.text or ""
    parts = [el.text or ""]
    for c in el:
        if c.tag != _C:
            raise _error(f"unexpected element {_show(c.tag)} in {_show(el.tag)}", path, c)
        _check_attributes(c, _U, path)
        _check_empty(c, path)
        code = _required(c, "u", path)
        if not _CODE_POINT.fullmatch(code):
            raise _error(
                f"<c u={code!r}> is not a character XML cannot carry, as four upper-case hex "
                "digits (write other characters as text)",
                path,
                c,
            )
        parts.append(chr(int(code, 16)))
        parts.append(c.tail or "")
    return "".join(parts)


# --- attribute values -------------------------------------------------------------------------


def _offset(value: str) -> int:
    digits = value.strip(_XML_SPACE)  # as xs:nonNegativeInteger does
    if not _DIGITS.fullmatch(digits):
        raise ValueError(f"expected a non-negative integer, got {value!r}")
    return int(digits)


def _load_offset(value: str, path: str, el: _Element) -> int:
    try:
        return _offset(value)
    except ValueError as e:
        raise _error(str(e), path, el) from None


def _load_year(value: str) -> int:
    digits = value.strip(_XML_SPACE)
    if not _SIGNED_DIGITS.fullmatch(digits):
        raise ValueError(f"expected an integer, got {value!r}")
    return int(digits)


def _load_date(value: str) -> dt.date:
    text = value.strip(_XML_SPACE)  # as xs:date does
    if not _DATE.fullmatch(text):
        raise ValueError(f"expected a date as 'YYYY-MM-DD', got {value!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise ValueError(f"expected a date as 'YYYY-MM-DD', got {value!r} ({e})") from None


# --- fields -----------------------------------------------------------------------------------
#
# Every field has ``name`` (the model attribute, also the last step of its JSON path), ``write``
# and ``read``. Attribute fields read from the model's own element; child fields own one child
# element (``tag``) and read it when the model's reader finds it in its place.


class _Attribute:
    """A scalar in an attribute of the model's own element: ``id``, ``kind``, ``year``."""

    def __init__(
        self,
        name: str,
        load: Callable[[str], object] = str,
        dump: Callable[[Any], str] = str,
        *,
        optional: bool = False,
    ) -> None:
        self.name = name
        self.attributes = (name,)
        self._load = load
        self._dump = dump
        self._optional = optional

    def write(self, el: _Element, value: object) -> None:
        if value is not None:
            el.set(self.name, self._dump(value))

    def read(self, el: _Element, path: str) -> object:
        path = f"{path}.{self.name}"
        raw = el.get(self.name)
        if raw is None:
            if self._optional:
                return None
            raise _error(f"missing attribute {self.name!r} on {_show(el.tag)}", path, el)
        try:
            return self._load(raw)
        except ValueError as e:
            raise _error(str(e), path, el) from None


class _SpanAttributes:
    """A span as ``start``/``end`` attributes of the element that owns it."""

    name = "span"
    attributes = ("start", "end")

    def write(self, el: _Element, value: Span) -> None:
        el.set("start", str(value.start))
        el.set("end", str(value.end))

    def read(self, el: _Element, path: str) -> Span:
        path = f"{path}.span"
        start = _load_offset(_required(el, "start", f"{path}.start"), f"{path}.start", el)
        end = _load_offset(_required(el, "end", f"{path}.end"), f"{path}.end", el)
        try:
            return Span(start=start, end=end)
        except ValidationError as e:
            raise _with_path(e, path) from None


class _Text:
    """A string as the text of a child element: ``<title>...</title>``."""

    def __init__(self, name: str, *, optional: bool = False) -> None:
        self.name = name
        self.tag = name
        self.optional = optional

    def write(self, parent: _Element, value: str | None) -> None:
        if value is not None:
            _set_text(etree.SubElement(parent, self.tag), value)

    def read(self, el: _Element, path: str) -> object:
        return _get_text(el, path)


class _Plain(_Text):
    """A value as plain text, never with ``<c>``: the date, the hash."""

    def __init__(
        self,
        name: str,
        load: Callable[[str], object] = str,
        dump: Callable[[Any], str] = str,
        *,
        optional: bool = False,
    ) -> None:
        super().__init__(name, optional=optional)
        self._load = load
        self._dump = dump

    def write(self, parent: _Element, value: object) -> None:
        if value is not None:
            etree.SubElement(parent, self.tag).text = self._dump(value) or None

    def read(self, el: _Element, path: str) -> object:
        _check_attributes(el, frozenset(), path)
        if len(el):
            raise _error(f"unexpected element {_show(el[0].tag)} in {_show(el.tag)}", path, el[0])
        try:
            return self._load(el.text or "")
        except ValueError as e:
            raise _error(str(e), path, el) from None


class _Ref:
    """A participant id as the ``ref`` of an empty element: ``<speaker ref="..."/>``."""

    def __init__(self, name: str, *, optional: bool = True) -> None:
        self.name = name
        self.tag = name
        self.optional = optional

    def write(self, parent: _Element, value: str | None) -> None:
        if value is not None:
            etree.SubElement(parent, self.tag, {"ref": value})

    def read(self, el: _Element, path: str) -> object:
        _check_attributes(el, _REF, path)
        _check_empty(el, path)
        return _required(el, "ref", path)


class _List:
    """A list as a plural wrapper element holding one item element per value."""

    optional = False

    def __init__(self, name: str, item: _Text | _Ref | _Model[Any]) -> None:
        self.name = name
        self.tag = name
        self.item = item

    def write(self, parent: _Element, values: Iterable[Any]) -> None:
        wrapper = etree.SubElement(parent, self.tag)
        write = self.item.write
        for value in values:
            write(wrapper, value)

    def read(self, el: _Element, path: str) -> object:
        _check_attributes(el, frozenset(), path)
        _check_blank(el.text, el, path)
        tag, read = self.item.tag, self.item.read
        out = []
        for i, child in enumerate(el):
            if child.tag != tag:
                unexpected = f"unexpected element {_show(child.tag)} in {_show(el.tag)}"
                raise _error(f"{unexpected} (expected {_show(tag)})", path, child)
            out.append(read(child, f"{path}[{i}]"))
            _check_blank(child.tail, el, path)
        return tuple(out)


class _Nested:
    """A single model as a child element: the summit's ``<source>``."""

    optional = False

    def __init__(self, name: str, model: _Model[Any]) -> None:
        self.name = name
        self.tag = model.tag
        self.model = model

    def write(self, parent: _Element, value: object) -> None:
        self.model.write(parent, value)

    def read(self, el: _Element, path: str) -> object:
        return self.model.read(el, path)


_AttributeField = _Attribute | _SpanAttributes
_ChildField = _Text | _Ref | _List | _Nested
_REF: Final = frozenset({"ref"})
_U: Final = frozenset({"u"})


class _Model(Generic[_M]):
    """One model's table: its element, and its fields in contract order.

    Attribute fields go on the model's element, the others become its children in table order.
    """

    def __init__(
        self,
        cls: type[_M],
        tag: str,
        fields: Iterable[_AttributeField | _ChildField],
        *,
        extra: Iterable[str] = (),
    ) -> None:
        self.cls = cls
        self.tag = tag
        self.fields = tuple(fields)
        self._attributes = tuple(f for f in self.fields if isinstance(f, _AttributeField))
        self._children = tuple(f for f in self.fields if not isinstance(f, _AttributeField))
        self._allowed = frozenset(a for f in self._attributes for a in f.attributes) | set(extra)
        self._order = {f.tag: k for k, f in enumerate(self._children)}

    def to_element(self, el: _Element, obj: _M) -> _Element:
        """Fill the empty element ``el`` with the fields of ``obj``."""
        for f in self.fields:
            f.write(el, getattr(obj, f.name))
        return el

    def write(self, parent: _Element, obj: _M) -> None:
        self.to_element(etree.SubElement(parent, self.tag), obj)

    def from_element(self, el: _Element, path: str) -> _M:
        """The model instance ``el`` holds; ``path`` is the JSON path of ``el``."""
        _check_attributes(el, self._allowed, path)
        values = {f.name: f.read(el, path) for f in self._attributes}
        _check_blank(el.text, el, path)
        kids = list(el)
        tags = [kid.tag for kid in kids]  # each .tag access builds a new str: read them once
        i, n = 0, len(kids)
        for k, f in enumerate(self._children):
            tag = tags[i] if i < n else None
            if tag == f.tag:
                child = kids[i]
                _check_blank(child.tail, el, path)
                values[f.name] = f.read(child, f"{path}.{f.name}")
                i += 1
            elif f.optional:
                values[f.name] = None
            elif tag is None:
                missing = f"missing element {_show(f.tag)} in {_show(el.tag)}"
                raise _error(missing, f"{path}.{f.name}", el)
            elif self._order.get(tag, -1) > k:  # a later field: this one is missing
                found = f"expected {_show(f.tag)} in {_show(el.tag)}, found {_show(tag)}"
                raise _error(found, f"{path}.{f.name}", kids[i])
            else:
                raise self._unexpected(kids[i], el, path)
        if i < n:
            raise self._unexpected(kids[i], el, path)
        try:
            return self.cls(**values)
        except ValidationError as e:
            raise _with_path(e, path) from None

    read = from_element

    def _unexpected(self, child: _Element, el: _Element, path: str) -> SerializationError:
        if child.tag in self._order:
            message = f"{_show(child.tag)} is out of order or repeated in {_show(el.tag)}"
        else:
            message = f"unexpected element {_show(child.tag)} in {_show(el.tag)}"
        return _error(message, path, child)


# --- the tables -------------------------------------------------------------------------------

_MENTION: Final = _Model(
    Span, "mention", [_Attribute("start", _offset), _Attribute("end", _offset)]
)

_PARTICIPANT: Final = _Model(
    Participant,
    "participant",
    [
        _Attribute("id"),
        _Text("name"),
        _Text("role", optional=True),
        _Text("country", optional=True),
        _Text("organisation", optional=True),
        _List("aliases", _Text("alias")),
        _List("mentions", _MENTION),
    ],
)

_QUOTE: Final = _Model(
    Quote,
    "quote",
    [
        _Attribute("id"),
        _Ref("speaker"),
        _Text("text"),
        _Text("cue", optional=True),
        _SpanAttributes(),
    ],
)

_SPEECH: Final = _Model(
    Speech,
    "speech",
    [
        _Attribute("id"),
        _Ref("speaker"),
        _Text("setting", optional=True),
        _Text("topic", optional=True),
        _List("quotes", _QUOTE),
        _SpanAttributes(),
    ],
)

_DECISION: Final = _Model(
    Decision,
    "decision",
    [
        _Attribute("id"),
        _Attribute("kind"),  # the model's converter checks the value and names the field
        _Text("text"),
        _Text("subject", optional=True),
        _Attribute("year", _load_year, optional=True),
        _SpanAttributes(),
    ],
)

_STATEMENT: Final = _Model(
    Statement,
    "statement",
    [
        _Attribute("id"),
        _Text("topic"),
        _Text("issuer", optional=True),
        _List("countries", _Text("country")),
        _List("points", _Text("point")),
        _SpanAttributes(),
    ],
)

_MEETING: Final = _Model(
    Meeting,
    "meeting",
    [
        _Attribute("id"),
        _Attribute("kind"),
        _List("participants", _Ref("participant", optional=False)),
        _List("topics", _Text("topic")),
        _List("agreements", _Text("agreement")),
        _SpanAttributes(),
    ],
)

_CAPTION: Final = _Model(
    Caption,
    "caption",
    [_Text("text"), _Text("credit", optional=True), _SpanAttributes()],
)

_SOURCE: Final = _Model(
    Source,
    "source",
    [
        _Text("path", optional=True),
        _Text("outlet", optional=True),
        _Text("language"),
        _Text("text"),
        _Plain("sha256"),
        # Provenance, added after version 1: absent in older files.
        _Text("parser", optional=True),
        _Text("summitdoc_version", optional=True),
    ],
)

_SUMMIT: Final = _Model(
    Summit,
    "summit",
    [
        _Attribute("schema_version"),
        _Text("title", optional=True),
        _Text("subtitle", optional=True),
        _Text("name", optional=True),
        _Text("organisation", optional=True),
        _Text("acronym", optional=True),
        _Text("city", optional=True),
        _Text("country", optional=True),
        _Plain("date", _load_date, dt.date.isoformat, optional=True),
        _List("formats", _Text("format")),
        _Text("duration", optional=True),
        _List("participants", _PARTICIPANT),
        _List("speeches", _SPEECH),
        _List("decisions", _DECISION),
        _List("statements", _STATEMENT),
        _List("meetings", _MEETING),
        _List("captions", _CAPTION),
        _Nested("source", _SOURCE),
    ],
    # Schema location hints are allowed on the root (XML Schema allows them anywhere).
    extra=[_XSI + "noNamespaceSchemaLocation", _XSI + "schemaLocation"],
)

_MODELS: Final = (
    _SUMMIT,
    _PARTICIPANT,
    _MENTION,
    _SPEECH,
    _QUOTE,
    _DECISION,
    _STATEMENT,
    _MEETING,
    _CAPTION,
    _SOURCE,
)


def _text_tags() -> frozenset[str]:
    tags = set()
    for model in _MODELS:
        for f in model.fields:
            item = f.item if isinstance(f, _List) else f
            if isinstance(item, _Text):
                tags.add(item.tag)
    return frozenset(tags)


#: Elements whose content is text: indentation must never go inside them.
_TEXT_TAGS: Final = _text_tags()
#: The plural wrappers, whose children are list items.
_LIST_TAGS: Final = frozenset(f.tag for m in _MODELS for f in m.fields if isinstance(f, _List))


# --- public functions -------------------------------------------------------------------------


def to_xml(summit: Summit, *, indent: int | None = None) -> bytes:
    """The summit as a UTF-8 XML document with an XML declaration.

    The same summit always gives the same bytes. ``indent=None`` writes no white space between
    elements; ``indent=2`` puts each element on its own line, indented by two spaces per level
    (text content is never touched).
    """
    if not isinstance(summit, Summit):
        raise SerializationError(f"to_xml expects a Summit, got {type(summit).__name__}")
    root = etree.Element(_SUMMIT.tag)
    try:
        _SUMMIT.to_element(root, summit)
    except ValueError as e:  # a year too long for str() (sys.get_int_max_str_digits())
        raise SerializationError(f"cannot write XML: {e}") from e
    if indent is not None:
        _indent(root, "\n", " " * indent)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True)


def _indent(el: _Element, prefix: str, step: str) -> None:
    if not len(el):
        return
    inner = prefix + step
    el.text = inner
    child = el
    for child in el:
        child.tail = inner
        if child.tag not in _TEXT_TAGS:
            _indent(child, inner, step)
    child.tail = prefix


def from_xml(data: bytes | bytearray | str) -> Summit:
    """Load a summit from an XML document written by :func:`to_xml` (or by hand, in its shape).

    Bytes must be UTF-8; a ``str`` is taken as already decoded, whatever its declaration says.

    Raises:
        UnsafeXMLError: the document has a DOCTYPE (refused before parsing).
        SchemaVersionError: ``schema_version`` on ``<summit>`` is missing or unknown.
        SerializationError: the XML is malformed or does not fit the models; the message and
            ``.path`` name the offending field.
    """
    return _read(_parse(data))


def _parse(data: bytes | bytearray | str) -> _Element:
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as e:
            raise SerializationError(
                f"malformed XML: the text holds the lone surrogate {data[e.start]!r} at index "
                f"{e.start}, which no XML document can contain"
            ) from None
    elif isinstance(data, bytes | bytearray):
        raw = bytes(data)
    else:
        raise SerializationError(f"from_xml expects str or bytes, got {type(data).__name__}")
    # Refused on sight, even in a comment: a DTD can define entities (XXE, billion laughs) and a
    # summitdoc document never has one. The parser is forced to UTF-8, so this scan is complete.
    if _DOCTYPE in raw:
        raise UnsafeXMLError("XML with a DOCTYPE is refused: DTDs and entities are not allowed")
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as e:
        raise SerializationError(f"malformed XML: {e.msg}") from None
    except (etree.LxmlError, ValueError) as e:  # pragma: no cover - e.g. libxml2 out of memory
        raise SerializationError(f"cannot read XML: {e}") from None
    doctype = root.getroottree().docinfo.internalDTD
    if doctype is not None:  # pragma: no cover - the scan above refuses these first
        raise UnsafeXMLError("XML with a DOCTYPE is refused: DTDs and entities are not allowed")
    return root


def _read(root: _Element) -> Summit:
    if root.tag != _SUMMIT.tag:
        raise SerializationError(f"expected the root element <summit>, got {_show(root.tag)}", "$")
    check_version(root.get("schema_version"))
    return _SUMMIT.from_element(root, "$")


# --- validation against the XSD ---------------------------------------------------------------

_SCHEMA_LOCK: Final = threading.Lock()


@functools.cache
def _schema() -> etree.XMLSchema:
    xsd = resources.files("summitdoc").joinpath("schema", "summit.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(xsd, _PARSER))


def validate_xml(data: bytes | bytearray | str) -> list[str]:
    """Check an XML document against the shipped XSD, then against the models.

    Returns:
        One message per problem, ``"$.speeches[3].quotes[0]: ..."`` (the JSON path of the
        element at fault, then the validator's message with its line); an empty list when the
        document is valid. Malformed or unsafe documents (a DOCTYPE is refused unparsed) give a
        single message at ``$``. When the XSD finds nothing, the checks it cannot express
        (spans inside the source text, the hash, a span's start before its end) run as in
        :func:`from_xml`.
    """
    try:
        root = _parse(data)
    except SerializationError as e:
        return [f"{e.path or '$'}: {e.message}"]
    schema = _schema()
    with _SCHEMA_LOCK:  # the error log lives on the shared schema object
        valid = schema.validate(root)
        log = list(cast("Iterable[Any]", schema.error_log))
    if not valid:
        tree = root.getroottree()
        out = []
        for entry in log:
            try:
                found = tree.xpath(entry.path) if entry.path else []
            except etree.XPathError:  # pragma: no cover - libxml2 writes the paths it reads
                found = []
            node = found[0] if isinstance(found, list) and found else None
            path = _json_path(node) if isinstance(node, etree._Element) else "$"  # noqa: SLF001
            out.append(f"{path}: {entry.message} (line {entry.line})")
        return out
    try:
        _read(root)
    except SerializationError as e:
        return [f"{e.path or '$'}: {e.message}"]
    return []


def _json_path(el: _Element) -> str:
    """The JSON path of the field an element holds (``<c>`` belongs to its text)."""
    steps = []
    parent = el.getparent()
    while parent is not None:
        if el.tag != _C:
            if parent.tag in _LIST_TAGS:
                steps.append(f"[{parent.index(el)}]")
            else:
                steps.append("." + el.tag)
        el, parent = parent, parent.getparent()
    return "$" + "".join(reversed(steps))
