"""World knowledge as validated data: countries, organisations, titles, verbs and outlets.

The parser hard-codes no names. What it knows of the world lives in five TOML files shipped in
``summitdoc/knowledge/data`` (their format is in ``docs/data.md``), loaded once and cached:

>>> from summitdoc.knowledge import load_knowledge
>>> kb = load_knowledge()
>>> kb.country("the Russian Federation").name
'Russia'
>>> kb.country_by_demonym("Uzbeks").name
'Uzbekistan'
>>> kb.country_by_city("Bishkek").name
'Kyrgyzstan'
>>> kb.organisation("EEU").name
'Eurasian Economic Union'
>>> kb.outlet("BelTA").name
'BELTA'

Names are matched after *normalisation*: case is ignored, as are a leading "the ", the
difference between the curly (U+2019) and the straight apostrophe, and diacritics ("Cote
d'Ivoire" finds "Côte d'Ivoire"). Strings written all in capitals ("US", "UK", "DPRK", and every
organisation acronym) are matched exactly, so "us" and "cis" find nothing. Each typed string also
brings its apostrophe and diacritic-free variants into the loaded tuples, so a matcher built from
the tuples sees every surface form; data files must not type those variants themselves.

Every problem in a file (an unknown key, a missing or mistyped one, a name claimed by two
entries) raises :class:`summitdoc.DataError` naming the file, the entry and the key.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import tomllib
import unicodedata
from collections import Counter
from importlib import resources
from os import PathLike, fspath
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

import attrs
from attrs import field, frozen

from summitdoc.exceptions import DataError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
    from importlib.resources.abc import Traversable

__all__ = [
    "DATA_FILES",
    "Ambiguity",
    "Country",
    "Knowledge",
    "Organisation",
    "Outlet",
    "Title",
    "Verb",
    "load_knowledge",
    "normalise",
    "write_snapshot",
]

#: The data files shipped with summitdoc, in load order.
DATA_FILES: Final = (
    "countries.toml",
    "organisations.toml",
    "titles.toml",
    "verbs.toml",
    "outlets.toml",
)

#: The ``kind`` a title of office may have.
TITLE_KINDS: Final = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "minister",
        "official",
        "royal",
        "religious",
        "organisation",
        "diplomat",
        "legislator",
        "military",
        "other",
    }
)

#: The ``kind`` an outlet may have.
OUTLET_KINDS: Final = frozenset(
    {"agency", "press_service", "newspaper", "broadcaster", "government"}
)

#: The ``kind`` an ambiguous term may have: which namespace it would otherwise live in.
AMBIGUITY_KINDS: Final = frozenset({"name", "demonym", "city", "organisation"})

_Strs = tuple[str, ...]


# --------------------------------------------------------------------------------------------
# The loaded records
# --------------------------------------------------------------------------------------------


@frozen
class Country:
    """A country or a widely named territory (``un_member`` tells them apart).

    ``aliases``, ``demonyms``, ``capitals_former`` and ``cities`` hold every surface form,
    including the apostrophe and diacritic-free variants the loader generates; those of the name
    and the official name are appended to ``aliases``, those of the capital to ``cities``.
    """

    name: str
    official: str
    aliases: _Strs
    demonyms: _Strs
    capital: str | None
    capitals_former: _Strs
    cities: _Strs
    iso2: str | None
    iso3: str | None
    un_member: bool

    def names(self) -> _Strs:
        """The short name, the official name and every alias, without repeats."""
        return _unique((self.name, self.official, *self.aliases))

    def places(self) -> _Strs:
        """The capital, the former capitals and the cities, without repeats."""
        capital = () if self.capital is None else (self.capital,)
        return _unique((*capital, *self.capitals_former, *self.cities))


@frozen
class Organisation:
    """An international organisation or grouping, with the named bodies it works through.

    ``members`` are country short names (``Country.name``); it is empty where membership is
    not well defined. Variants of ``name`` are appended to ``spellings``.
    """

    name: str
    acronyms: _Strs
    aliases: _Strs
    spellings: _Strs
    members: _Strs
    bodies: _Strs

    def names(self) -> _Strs:
        """The name, every spelling and every alias (not the acronyms), without repeats."""
        return _unique((self.name, *self.spellings, *self.aliases))


@frozen
class Title:
    """A title of office ("Prime Minister") with its spelling variants."""

    title: str
    kind: str
    variants: _Strs

    def forms(self) -> _Strs:
        """The title and its variants."""
        return _unique((self.title, *self.variants))


@frozen
class Verb:
    """A verb or phrase of attribution ("said", "told reporters") with its inflections.

    ``speech`` is true when the verb reports words (said, noted), false when it reports an act
    done with words (thanked, welcomed). ``takes_quote`` is true when it commonly introduces a
    direct quote.
    """

    phrase: str
    forms: _Strs
    speech: bool
    takes_quote: bool

    def all_forms(self) -> _Strs:
        """The phrase and every form."""
        return _unique((self.phrase, *self.forms))


@frozen
class Outlet:
    """A news agency, press service, newspaper, broadcaster or government publisher."""

    name: str
    aliases: _Strs
    country: str | None
    kind: str

    def names(self) -> _Strs:
        """The name and every alias."""
        return _unique((self.name, *self.aliases))


@frozen
class Ambiguity:
    """A term that names more than one country or organisation.

    ``kind`` is ``"name"``, ``"demonym"``, ``"city"`` or ``"organisation"``; ``candidates`` are
    the names of what it may refer to. ``default`` is the one plain lookups return (it owns the
    term in its own entry), or ``None`` when lookups return nothing for the term.
    """

    term: str
    kind: str
    candidates: _Strs
    default: str | None
    note: str


def _unique(items: Iterable[str]) -> _Strs:
    return tuple(dict.fromkeys(items))


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_APOSTROPHES: Final = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u2032`\u00b4", "'"))
_DASHES: Final = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
# Letters that NFKD does not decompose into a base letter and a combining mark.
_LETTERS: Final = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "\u0131": "i",  # dotless i
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
    }
)
_SPACE: Final = re.compile(r"\s+")


def _fold(text: str) -> str:
    """``text`` without diacritics: "Côte d'Ivoire" -> "Cote d'Ivoire", "Łódź" -> "Lodz"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def normalise(text: str) -> str:
    """The lookup key of ``text``: case, diacritics, apostrophe style and a leading "the " ignored.

    >>> normalise("  The Republic of Côte d\u2019Ivoire ")
    "republic of cote d'ivoire"
    """
    key = _SPACE.sub(" ", _fold(text).translate(_APOSTROPHES).translate(_DASHES)).strip()
    key = key.casefold()
    return key.removeprefix("the ")


def _variants(text: str) -> list[str]:
    """``text`` first, then its generated variants: other apostrophe style, no diacritics."""
    out = [text]
    for base in (text, _fold(text)):
        for candidate in (base, base.replace("'", "\u2019"), base.replace("\u2019", "'")):
            if candidate not in out:
                out.append(candidate)
    return out


def _is_acronym(text: str) -> bool:
    """True for strings written all in capitals ("US", "U.S.", "DPRK"): matched exactly."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------------------------

_Kind = Literal["str", "bool", "list"]
# table name -> key -> (type, required)
_ENTRY_SCHEMAS: Final[Mapping[str, Mapping[str, tuple[_Kind, bool]]]] = {
    "country": {
        "name": ("str", True),
        "official": ("str", True),
        "aliases": ("list", False),
        "demonyms": ("list", False),
        "capital": ("str", False),
        "capitals_former": ("list", False),
        "cities": ("list", False),
        "iso2": ("str", False),
        "iso3": ("str", False),
        "un_member": ("bool", True),
    },
    "organisation": {
        "name": ("str", True),
        "acronyms": ("list", False),
        "aliases": ("list", False),
        "spellings": ("list", False),
        "members": ("list", False),
        "bodies": ("list", False),
    },
    "title": {
        "title": ("str", True),
        "kind": ("str", True),
        "variants": ("list", False),
    },
    "verb": {
        "phrase": ("str", True),
        "forms": ("list", False),
        "speech": ("bool", True),
        "takes_quote": ("bool", True),
    },
    "outlet": {
        "name": ("str", True),
        "aliases": ("list", False),
        "country": ("str", False),
        "kind": ("str", True),
    },
    "ambiguous": {
        "term": ("str", True),
        "kind": ("str", True),
        "candidates": ("list", True),
        "default": ("str", False),
        "note": ("str", False),
    },
}
# single table name -> key -> (type, required)
_TABLE_SCHEMAS: Final[Mapping[str, Mapping[str, tuple[_Kind, bool]]]] = {
    "generic": {"role_nouns": ("list", False), "honorifics": ("list", False)},
    "document": {"nouns": ("list", False)},
    "credit": {"markers": ("list", False)},
}
_ENTRY_KEY: Final = {
    "country": "name",
    "organisation": "name",
    "title": "title",
    "verb": "phrase",
    "outlet": "name",
    "ambiguous": "term",
}

_Entry = dict[str, Any]


@frozen
class _Located:
    """One validated entry of a file, with where it came from for error messages."""

    table: str
    values: _Entry
    file: str
    index: int

    @property
    def label(self) -> str:
        key = self.values.get(_ENTRY_KEY[self.table], "?")
        return f"[[{self.table}]] #{self.index + 1} ({key!r})"

    def error(self, key: str, problem: str) -> DataError:
        return DataError(f"{self.file}: {self.label}: key {key!r}: {problem}")


def _type_name(value: object) -> str:
    return {
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _check_value(kind: _Kind, value: object, where: Callable[[str], DataError]) -> None:
    if kind == "str":
        if not isinstance(value, str):
            raise where(f"expected a string, got {_type_name(value)}")
        if not value.strip():
            raise where("must not be empty")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise where(f"expected a boolean, got {_type_name(value)}")
    else:
        if not isinstance(value, list):
            raise where(f"expected an array of strings, got {_type_name(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise where(f"item {i} must be a string, got {_type_name(item)}")
            if not item.strip() or item != item.strip():
                raise where(f"item {i} ({item!r}) is empty or has surrounding spaces")
        repeated = [item for item, n in Counter(value).items() if n > 1]
        if repeated:
            raise where(f"{repeated[0]!r} is listed twice")


def _check_keys(
    values: Mapping[str, Any],
    schema: Mapping[str, tuple[_Kind, bool]],
    error: Callable[[str, str], DataError],
) -> None:
    for key in values:
        if key not in schema:
            allowed = ", ".join(sorted(schema))
            raise error(key, f"unknown key (allowed: {allowed})")
    for key, (kind, required) in schema.items():
        if key in values:
            _check_value(kind, values[key], functools.partial(error, key))
        elif required:
            raise error(key, "missing required key")


@frozen
class _File:
    """One data file, schema-checked: its entries and its single tables."""

    name: str
    entries: tuple[_Located, ...]
    tables: Mapping[str, Mapping[str, Any]] = field(factory=dict)


def _parse(name: str, text: str) -> _File:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{name}: not valid TOML: {exc}") from None
    entries: list[_Located] = []
    tables: dict[str, Mapping[str, Any]] = {}
    for top, value in document.items():
        if top in _ENTRY_SCHEMAS:
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise DataError(f"{name}: key {top!r}: expected an array of tables [[{top}]]")
            for index, values in enumerate(value):
                located = _Located(top, values, name, index)
                _check_keys(values, _ENTRY_SCHEMAS[top], located.error)
                entries.append(located)
        elif top in _TABLE_SCHEMAS:
            if not isinstance(value, dict):
                raise DataError(f"{name}: key {top!r}: expected a table [{top}]")
            _check_keys(value, _TABLE_SCHEMAS[top], functools.partial(_table_error, name, top))
            tables[top] = value
        else:
            allowed = ", ".join(sorted([*_ENTRY_SCHEMAS, *_TABLE_SCHEMAS]))
            raise DataError(f"{name}: key {top!r}: unknown top-level key (allowed: {allowed})")
    return _File(name, tuple(entries), tables)


def _table_error(file: str, table: str, key: str, problem: str) -> DataError:
    return DataError(f"{file}: [{table}]: key {key!r}: {problem}")


# --------------------------------------------------------------------------------------------
# Building records, with variants and per-entry checks
# --------------------------------------------------------------------------------------------


def _expand(located: _Located, groups: Sequence[tuple[str, Sequence[str]]]) -> list[list[str]]:
    """Each group's strings followed by their generated variants, checked within the entry.

    A string typed twice in the entry, or typed although the loader generates it from another,
    is an error. Variants already present anywhere in the entry are not repeated.
    """
    typed: dict[str, str] = {}
    for key, strings in groups:
        for text in strings:
            if text in typed:
                raise located.error(key, f"{text!r} is already listed under {typed[text]!r}")
            typed[text] = key
    for _, strings in groups:
        for text in strings:
            for variant in _variants(text)[1:]:
                if variant in typed:
                    raise located.error(
                        typed[variant],
                        f"{variant!r} is generated from {text!r} by the loader: remove it",
                    )
    seen = set(typed)
    out: list[list[str]] = []
    for _, strings in groups:
        expanded: list[str] = []
        for text in strings:
            expanded.append(text)
            for variant in _variants(text)[1:]:
                if variant not in seen:
                    seen.add(variant)
                    expanded.append(variant)
        out.append(expanded)
    return out


def _strs(values: Mapping[str, Any], key: str) -> list[str]:
    raw: list[str] = values.get(key, [])
    return raw


def _opt(values: Mapping[str, Any], key: str) -> str | None:
    raw: str | None = values.get(key)
    return raw


def _country(located: _Located) -> Country:
    v = located.values
    name: str = v["name"]
    official: str = v["official"]
    capital = _opt(v, "capital")
    # Names, demonyms and places are separate namespaces: "Luxembourg" is a name and a city.
    heads = [("name", [name])] + ([("official", [official])] if official != name else [])
    *head_forms, aliases = _expand(located, [*heads, ("aliases", _strs(v, "aliases"))])
    demonyms = _expand(located, [("demonyms", _strs(v, "demonyms"))])[0]
    capitals = [("capital", [capital])] if capital else []
    *capital_forms, former, cities = _expand(
        located,
        [
            *capitals,
            ("capitals_former", _strs(v, "capitals_former")),
            ("cities", _strs(v, "cities")),
        ],
    )
    for key, size in (("iso2", 2), ("iso3", 3)):
        code = _opt(v, key)
        if code is not None and not (
            len(code) == size and code.isascii() and code.isalpha() and code.isupper()
        ):
            raise located.error(key, f"{code!r} is not {size} capital letters A-Z")
    generated = [s for forms in head_forms for s in forms[1:]]
    return Country(
        name=name,
        official=official,
        aliases=_unique([*aliases, *generated]),
        demonyms=tuple(demonyms),
        capital=capital,
        capitals_former=tuple(former),
        cities=_unique([*cities, *(s for forms in capital_forms for s in forms[1:])]),
        iso2=_opt(v, "iso2"),
        iso3=_opt(v, "iso3"),
        un_member=v["un_member"],
    )


def _organisation(located: _Located) -> Organisation:
    v = located.values
    name: str = v["name"]
    acronyms = _strs(v, "acronyms")
    # A name that is itself an acronym ("BRICS", "AUKUS") may be listed as one.
    names = _expand(
        located,
        [
            ("name", [name]),
            ("spellings", _strs(v, "spellings")),
            ("aliases", _strs(v, "aliases")),
            ("acronyms", [a for a in acronyms if a != name]),
        ],
    )
    bodies = _expand(located, [("bodies", _strs(v, "bodies"))])[0]
    return Organisation(
        name=name,
        acronyms=_unique([*(a for a in acronyms if a == name), *names[3]]),
        aliases=tuple(names[2]),
        spellings=_unique([*names[1], *names[0][1:]]),
        members=tuple(_strs(v, "members")),
        bodies=tuple(bodies),
    )


def _title(located: _Located) -> Title:
    v = located.values
    if v["kind"] not in TITLE_KINDS:
        raise located.error("kind", f"{v['kind']!r} is not one of {', '.join(sorted(TITLE_KINDS))}")
    forms = _expand(located, [("title", [v["title"]]), ("variants", _strs(v, "variants"))])
    return Title(title=v["title"], kind=v["kind"], variants=_unique([*forms[0][1:], *forms[1]]))


def _verb(located: _Located) -> Verb:
    v = located.values
    forms = _expand(located, [("phrase", [v["phrase"]]), ("forms", _strs(v, "forms"))])
    return Verb(
        phrase=v["phrase"],
        forms=_unique([*forms[0][1:], *forms[1]]),
        speech=v["speech"],
        takes_quote=v["takes_quote"],
    )


def _outlet(located: _Located) -> Outlet:
    v = located.values
    if v["kind"] not in OUTLET_KINDS:
        raise located.error(
            "kind", f"{v['kind']!r} is not one of {', '.join(sorted(OUTLET_KINDS))}"
        )
    names = _expand(located, [("name", [v["name"]]), ("aliases", _strs(v, "aliases"))])
    return Outlet(
        name=v["name"],
        aliases=_unique([*names[1], *names[0][1:]]),
        country=_opt(v, "country"),
        kind=v["kind"],
    )


def _ambiguity(located: _Located) -> Ambiguity:
    v = located.values
    if v["kind"] not in AMBIGUITY_KINDS:
        raise located.error(
            "kind", f"{v['kind']!r} is not one of {', '.join(sorted(AMBIGUITY_KINDS))}"
        )
    candidates = _strs(v, "candidates")
    if len(candidates) < 2:
        raise located.error("candidates", "an ambiguous term needs at least two candidates")
    default = _opt(v, "default")
    if default is not None and default not in candidates:
        raise located.error("default", f"{default!r} is not one of the candidates")
    return Ambiguity(
        term=v["term"],
        kind=v["kind"],
        candidates=tuple(candidates),
        default=default,
        note=v.get("note", ""),
    )


# --------------------------------------------------------------------------------------------
# The knowledge base
# --------------------------------------------------------------------------------------------

_R = TypeVar("_R")


class _Index(Generic[_R]):
    """Normalised and exact lookup tables for one namespace, refusing a key claimed twice."""

    __slots__ = ("exact", "folded", "owners")

    def __init__(self) -> None:
        self.folded: dict[str, _R] = {}
        self.exact: dict[str, _R] = {}
        self.owners: dict[str, tuple[str, str]] = {}

    def add(
        self,
        record: _R,
        strings: Iterable[str],
        located: _Located,
        key: str,
        *,
        exact: Callable[[str], bool] = _is_acronym,
    ) -> None:
        """Index ``strings`` as names of ``record``.

        Strings for which ``exact`` holds are matched only as written, the others normalised.
        """
        me = (located.label, located.file)
        for text in strings:
            norm = normalise(text)
            owner = self.owners.setdefault(norm, me)
            if owner != me:
                raise located.error(key, f"{text!r} is already claimed by {owner[0]} in {owner[1]}")
            if exact(text):
                self.exact[text] = record
            else:
                self.folded[norm] = record

    def get(self, text: str) -> _R | None:
        # Acronyms live only in ``exact``, so "us" finds nothing where "US" finds the country.
        found = self.exact.get(text)
        return self.folded.get(normalise(text)) if found is None else found

    def dump(self, position: Mapping[int, int]) -> dict[str, dict[str, int]]:
        """The tables with each record replaced by its position, for the snapshot."""
        return {
            "exact": {k: position[id(v)] for k, v in self.exact.items()},
            "folded": {k: position[id(v)] for k, v in self.folded.items()},
        }

    @classmethod
    def undump(cls, tables: Mapping[str, Mapping[str, int]], records: Sequence[_R]) -> _Index[_R]:
        """The inverse of :meth:`dump` (without the owners, which only building needs)."""
        index = cls()
        index.exact = {k: records[i] for k, i in tables["exact"].items()}
        index.folded = {k: records[i] for k, i in tables["folded"].items()}
        return index


def _never(_text: str) -> bool:
    return False


def _always(_text: str) -> bool:
    return True


@frozen
class _Indexes:
    """The lookup tables behind :class:`Knowledge`."""

    names: _Index[Country]
    demonyms: _Index[Country]
    cities: _Index[Country]
    organisations: _Index[Organisation]
    titles: _Index[Title]
    verbs: _Index[Verb]
    outlets: _Index[Outlet]
    ambiguous: Mapping[tuple[str, str], Ambiguity]


# Which records each index points into, for the snapshot.
_INDEX_RECORDS: Final = {
    "names": "countries",
    "demonyms": "countries",
    "cities": "countries",
    "organisations": "organisations",
    "titles": "titles",
    "verbs": "verbs",
    "outlets": "outlets",
}
_RECORD_TYPES: Final[Mapping[str, type]] = {
    "countries": Country,
    "organisations": Organisation,
    "titles": Title,
    "verbs": Verb,
    "outlets": Outlet,
    "ambiguities": Ambiguity,
}
_PLAIN_LISTS: Final = ("role_nouns", "honorifics", "document_nouns", "credit_markers")


@frozen(eq=False)
class Knowledge:
    """Everything the data files say, with lookups. Build it with :func:`load_knowledge`."""

    countries: tuple[Country, ...]
    organisations: tuple[Organisation, ...]
    titles: tuple[Title, ...]
    role_nouns: _Strs
    honorifics: _Strs
    verbs: tuple[Verb, ...]
    document_nouns: _Strs
    outlets: tuple[Outlet, ...]
    credit_markers: _Strs
    ambiguities: tuple[Ambiguity, ...]
    _index: _Indexes = field(repr=False, alias="index")
    _verb_forms: frozenset[str] = field(repr=False, init=False)

    def __attrs_post_init__(self) -> None:
        forms = frozenset(f.lower() for v in self.verbs for f in v.all_forms())
        object.__setattr__(self, "_verb_forms", forms)

    def country(self, name: str) -> Country | None:
        """The country with this short name, official name or alias, if exactly one has it."""
        return self._index.names.get(name)

    def country_by_demonym(self, word: str) -> Country | None:
        """The country of a demonym, adjective or people noun ("Belarusian", "Uzbeks")."""
        return self._index.demonyms.get(word)

    def country_by_city(self, city: str) -> Country | None:
        """The country whose capital, former capital or listed city this is."""
        return self._index.cities.get(city)

    def organisation(self, name: str) -> Organisation | None:
        """The organisation with this name, spelling, alias or (case-sensitive) acronym."""
        return self._index.organisations.get(name)

    def title(self, title: str) -> Title | None:
        """The title of office with this spelling ("Defense Secretary")."""
        return self._index.titles.get(title)

    def verb(self, form: str) -> Verb | None:
        """The attribution verb one of whose forms this is ("says" -> "said")."""
        return self._index.verbs.get(form)

    def outlet(self, name: str) -> Outlet | None:
        """The outlet with this name or alias (case-insensitive)."""
        return self._index.outlets.get(name)

    def verb_forms(self) -> frozenset[str]:
        """Every phrase and form of every attribution verb, lower-case."""
        return self._verb_forms

    def ambiguous_countries(self, term: str) -> tuple[Country, ...]:
        """The countries an ambiguous name, demonym or city may refer to; empty if unambiguous.

        >>> [c.name for c in load_knowledge().ambiguous_countries("Congolese")]
        ['Republic of the Congo', 'DR Congo']
        """
        key = normalise(term)
        for kind in ("name", "demonym", "city"):
            found = self._index.ambiguous.get((kind, key))
            if found is not None:
                countries = (self.country(name) for name in found.candidates)
                return tuple(c for c in countries if c is not None)
        return ()

    def ambiguous_organisations(self, term: str) -> tuple[Organisation, ...]:
        """The organisations an ambiguous name may refer to; empty if unambiguous."""
        found = self._index.ambiguous.get(("organisation", normalise(term)))
        if found is None:
            return ()
        organisations = (self.organisation(name) for name in found.candidates)
        return tuple(o for o in organisations if o is not None)

    def _dump(self) -> dict[str, Any]:
        """Everything, as JSON-ready builtins: records as rows, indexes as positions."""
        out: dict[str, Any] = {}
        positions: dict[str, dict[int, int]] = {}
        for name in _RECORD_TYPES:
            records: tuple[Any, ...] = getattr(self, name)
            out[name] = [attrs.astuple(r, recurse=False) for r in records]
            positions[name] = {id(r): i for i, r in enumerate(records)}
        for name in _PLAIN_LISTS:
            out[name] = getattr(self, name)
        out["indexes"] = {
            name: getattr(self._index, name).dump(positions[records])
            for name, records in _INDEX_RECORDS.items()
        }
        out["ambiguous"] = [
            [kind, key, positions["ambiguities"][id(a)]]
            for (kind, key), a in self._index.ambiguous.items()
        ]
        return out

    @classmethod
    def _undump(cls, data: Mapping[str, Any]) -> Knowledge:
        """The inverse of :meth:`_dump`."""
        records = {
            name: tuple(
                kind(*(tuple(v) if isinstance(v, list) else v for v in row)) for row in data[name]
            )
            for name, kind in _RECORD_TYPES.items()
        }
        indexes = {
            name: _Index.undump(data["indexes"][name], records[kind])
            for name, kind in _INDEX_RECORDS.items()
        }
        ambiguities = records["ambiguities"]
        ambiguous = {(kind, key): ambiguities[i] for kind, key, i in data["ambiguous"]}
        return cls(
            **records,
            **{name: tuple(data[name]) for name in _PLAIN_LISTS},
            index=_Indexes(**indexes, ambiguous=ambiguous),
        )


def _build(files: Sequence[_File]) -> Knowledge:
    entries = [e for f in files for e in f.entries]

    def each(table: str) -> Iterator[_Located]:
        return (e for e in entries if e.table == table)

    names: _Index[Country] = _Index()
    demonyms: _Index[Country] = _Index()
    cities: _Index[Country] = _Index()
    iso: dict[str, str] = {}
    countries: list[Country] = []
    by_name: dict[str, Country] = {}
    for located in each("country"):
        country = _country(located)
        names.add(country, country.names(), located, "aliases")
        demonyms.add(country, country.demonyms, located, "demonyms")
        cities.add(country, country.places(), located, "cities")
        for key, code in (("iso2", country.iso2), ("iso3", country.iso3)):
            if code is None:
                continue
            if code in iso:
                raise located.error(key, f"{code!r} is already the code of {iso[code]}")
            iso[code] = country.name
        countries.append(country)
        by_name[country.name] = country

    organisations: _Index[Organisation] = _Index()
    orgs: list[Organisation] = []
    for located in each("organisation"):
        org = _organisation(located)
        organisations.add(org, org.names(), located, "aliases", exact=_never)
        organisations.add(org, org.acronyms, located, "acronyms", exact=_always)
        for member in org.members:
            if member not in by_name:
                raise located.error("members", f"{member!r} is not the name of a country")
        orgs.append(org)

    titles: _Index[Title] = _Index()
    for located in each("title"):
        title = _title(located)
        titles.add(title, title.forms(), located, "variants", exact=_never)

    verbs: _Index[Verb] = _Index()
    for located in each("verb"):
        verb = _verb(located)
        verbs.add(verb, verb.all_forms(), located, "forms", exact=_never)

    outlets: _Index[Outlet] = _Index()
    for located in each("outlet"):
        outlet = _outlet(located)
        outlets.add(outlet, outlet.names(), located, "aliases", exact=_never)
        if outlet.country is not None and outlet.country not in by_name:
            raise located.error("country", f"{outlet.country!r} is not the name of a country")

    ambiguous: dict[tuple[str, str], Ambiguity] = {}
    org_names = {o.name for o in orgs}
    indexes: Mapping[str, _Index[Any]] = {
        "name": names,
        "demonym": demonyms,
        "city": cities,
        "organisation": organisations,
    }
    for located in each("ambiguous"):
        amb = _ambiguity(located)
        known = org_names if amb.kind == "organisation" else by_name
        for candidate in amb.candidates:
            if candidate not in known:
                raise located.error("candidates", f"{candidate!r} is not a known name")
        owner = indexes[amb.kind].get(amb.term)
        owner_name = None if owner is None else owner.name
        if owner_name != amb.default:
            raise located.error(
                "default",
                f"{amb.term!r} is claimed by {owner_name!r} but the default is {amb.default!r}"
                " (the default must claim the term; with no default, no entry may)",
            )
        slot = (amb.kind, normalise(amb.term))
        if slot in ambiguous:
            raise located.error("term", f"{amb.term!r} is declared ambiguous twice")
        ambiguous[slot] = amb

    def plain(table: str, key: str) -> _Strs:
        strings: list[str] = []
        for f in files:
            for text in f.tables.get(table, {}).get(key, []):
                strings.extend(_variants(text))
        return _unique(strings)

    return Knowledge(
        countries=tuple(countries),
        organisations=tuple(orgs),
        titles=tuple(_unique_records(titles)),
        role_nouns=plain("generic", "role_nouns"),
        honorifics=plain("generic", "honorifics"),
        verbs=tuple(_unique_records(verbs)),
        document_nouns=plain("document", "nouns"),
        outlets=tuple(_unique_records(outlets)),
        credit_markers=plain("credit", "markers"),
        ambiguities=tuple(ambiguous.values()),
        index=_Indexes(
            names=names,
            demonyms=demonyms,
            cities=cities,
            organisations=organisations,
            titles=titles,
            verbs=verbs,
            outlets=outlets,
            ambiguous=ambiguous,
        ),
    )


def _unique_records(index: _Index[_R]) -> list[_R]:
    """The records of an index in the order they were added, once each."""
    seen: dict[int, _R] = {}
    for record in (*index.exact.values(), *index.folded.values()):
        seen.setdefault(id(record), record)
    return list(seen.values())


# --------------------------------------------------------------------------------------------
# Loading, and the snapshot that makes it fast
# --------------------------------------------------------------------------------------------

#: The generated snapshot of the shipped files, beside them in ``data``. See
#: :func:`write_snapshot`.
SNAPSHOT_FILE: Final = "_snapshot.json"


def _data_dir() -> Traversable:
    return resources.files(__name__).joinpath("data")


def _shipped_digest(blobs: Sequence[bytes]) -> str:
    """A SHA-256 over this module's source and the shipped files: what the snapshot is of."""
    digest = hashlib.sha256()
    for raw in (Path(__file__).read_bytes(), *blobs):
        blob = raw.replace(b"\r\n", b"\n")  # a checkout with CRLF line ends is the same source
        digest.update(len(blob).to_bytes(8, "big"))
        digest.update(blob)
    return digest.hexdigest()


def _decode(name: str, blob: bytes) -> str:
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{name}: not UTF-8: {exc}") from None


def _build_shipped(blobs: Sequence[bytes]) -> Knowledge:
    return _build([_parse(n, _decode(n, b)) for n, b in zip(DATA_FILES, blobs, strict=True)])


def _read_snapshot(digest: str) -> Knowledge | None:
    """The knowledge in the snapshot, if there is one and it is of exactly these sources."""
    try:
        data = json.loads(_data_dir().joinpath(SNAPSHOT_FILE).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("digest") != digest:
        return None
    return Knowledge._undump(data["knowledge"])  # noqa: SLF001 - our own class


def write_snapshot(path: str | PathLike[str] | None = None) -> Path:
    """Rebuild the snapshot from the shipped TOML files; run it after editing one of them.

    The snapshot is JSON beside the data files, keyed by a SHA-256 of the files and of this
    module: when either changes, :func:`load_knowledge` falls back to parsing the TOML (slower,
    same result) until the snapshot is rebuilt, and ``tests/test_data_files.py`` fails.

    Returns:
        Where the snapshot was written (by default into the package's ``data`` folder).
    """
    blobs = [_data_dir().joinpath(name).read_bytes() for name in DATA_FILES]
    knowledge = _build_shipped(blobs)
    target = Path(path) if path is not None else Path(__file__).parent / "data" / SNAPSHOT_FILE
    document = {"digest": _shipped_digest(blobs), "knowledge": knowledge._dump()}  # noqa: SLF001
    target.write_text(
        json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return target


def _read_extra(path: Path) -> _File:
    name = fspath(path)
    try:
        blob = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{name}: cannot read: {exc}") from None
    return _parse(name, _decode(name, blob))


@functools.lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], *, snapshot: bool = True) -> Knowledge:
    blobs = [_data_dir().joinpath(name).read_bytes() for name in DATA_FILES]
    if not extra:
        found = _read_snapshot(_shipped_digest(blobs)) if snapshot else None
        return found if found is not None else _build_shipped(blobs)
    files = [_parse(n, _decode(n, b)) for n, b in zip(DATA_FILES, blobs, strict=True)]
    files.extend(_read_extra(path) for path in extra)
    return _build(files)


def load_knowledge(extra: Iterable[str | PathLike[str]] = ()) -> Knowledge:
    """Load the shipped data files, and any ``extra`` user files in the same formats.

    An extra file may hold any of the tables of the shipped files (``[[country]]``,
    ``[[organisation]]``, ``[[title]]``, ``[generic]``, ``[[verb]]``, ``[document]``,
    ``[[outlet]]``, ``[credit]``, ``[[ambiguous]]``); its entries are added to the shipped
    ones and must not claim a name an entry already claims. Results are cached per tuple of
    paths: a file edited after it was loaded is not read again in the same process.

    Without extra files the shipped knowledge comes from a prebuilt snapshot (a few
    milliseconds); with them every file is parsed (about a tenth of a second).

    Raises:
        DataError: a file is missing, unreadable, not TOML, or breaks the format.
    """
    return _load(tuple(Path(p) for p in extra))
