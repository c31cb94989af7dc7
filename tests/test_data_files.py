"""Integrity of the knowledge data files and behaviour of their loader (dateparser style)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import summitdoc
from summitdoc import knowledge
from summitdoc.knowledge import Knowledge, load_knowledge, normalise

DATA = Path(knowledge.__file__).parent / "data"
CURLY = "\u2019"  # the right single quotation mark news text uses as an apostrophe
DOCS = Path(__file__).resolve().parent.parent / "docs" / "data.md"


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge()


@pytest.fixture(scope="module")
def from_toml() -> Knowledge:
    """The shipped knowledge parsed from the TOML files, bypassing the snapshot."""
    return knowledge._load((), snapshot=False)


# ----------------------------------------------------------------------------------------------
# The files load, and say what they should
# ----------------------------------------------------------------------------------------------


def test_all_files_load(kb: Knowledge) -> None:
    """Every shipped data file loads and contributes entries."""
    assert kb.countries
    assert kb.organisations
    assert kb.titles
    assert kb.role_nouns
    assert kb.honorifics
    assert kb.verbs
    assert kb.document_nouns
    assert kb.outlets
    assert kb.credit_markers
    assert {p.name for p in DATA.glob("*.toml")} == set(knowledge.DATA_FILES)


def test_load_is_cached(kb: Knowledge) -> None:
    """load_knowledge() returns the same object each time it is called without extra files."""
    assert load_knowledge() is kb


def test_exactly_193_un_members(kb: Knowledge) -> None:
    """Exactly the 193 UN member states are marked un_member."""
    assert sum(c.un_member for c in kb.countries) == 193


def test_observer_states_present_but_not_members(kb: Knowledge) -> None:
    """The two UN observer states are listed and are not UN members."""
    for name in ("Holy See", "State of Palestine"):
        country = kb.country(name)
        assert country is not None
        assert not country.un_member


def test_un_members_are_complete(kb: Knowledge) -> None:
    """Every UN member has a capital, ISO codes and a demonym (its own or a shared one)."""
    shared = {name for a in kb.ambiguities if a.kind == "demonym" for name in a.candidates}
    for country in kb.countries:
        if not country.un_member:
            continue
        assert country.capital, country.name
        assert country.iso2, country.name
        assert country.iso3, country.name
        assert country.demonyms or country.name in shared, country.name


def test_iso_codes_well_formed_and_unique(kb: Knowledge) -> None:
    """ISO codes are two and three capital letters and no two countries share one."""
    iso2 = [c.iso2 for c in kb.countries if c.iso2]
    iso3 = [c.iso3 for c in kb.countries if c.iso3]
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in iso2)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in iso3)
    assert [c for c, n in Counter(iso2).items() if n > 1] == []
    assert [c for c, n in Counter(iso3).items() if n > 1] == []


def _claimed_twice(groups: list[tuple[str, tuple[str, ...]]]) -> list[str]:
    owners: dict[str, set[str]] = {}
    for owner, strings in groups:
        for text in strings:
            owners.setdefault(normalise(text), set()).add(owner)
    return sorted(key for key, who in owners.items() if len(who) > 1)


def test_no_country_string_claimed_twice(kb: Knowledge) -> None:
    """No name, demonym or place belongs to two countries."""
    assert _claimed_twice([(c.name, c.names()) for c in kb.countries]) == []
    assert _claimed_twice([(c.name, c.demonyms) for c in kb.countries]) == []
    assert _claimed_twice([(c.name, c.places()) for c in kb.countries]) == []


def test_no_organisation_string_claimed_twice(kb: Knowledge) -> None:
    """No name, spelling, alias or acronym belongs to two organisations."""
    groups = [(o.name, (*o.names(), *o.acronyms)) for o in kb.organisations]
    assert _claimed_twice(groups) == []


def test_no_title_verb_or_outlet_string_claimed_twice(kb: Knowledge) -> None:
    """No title variant, verb form or outlet alias belongs to two entries."""
    assert _claimed_twice([(t.title, t.forms()) for t in kb.titles]) == []
    assert _claimed_twice([(v.phrase, v.all_forms()) for v in kb.verbs]) == []
    assert _claimed_twice([(o.name, o.names()) for o in kb.outlets]) == []


def test_every_string_finds_its_own_entry(kb: Knowledge) -> None:
    """Every name, demonym, place, title, verb form and outlet alias looks up its own entry."""
    for country in kb.countries:
        for name in country.names():
            assert kb.country(name) is country, name
        for word in country.demonyms:
            assert kb.country_by_demonym(word) is country, word
        for place in country.places():
            assert kb.country_by_city(place) is country, place
    for org in kb.organisations:
        for name in (*org.names(), *org.acronyms):
            assert kb.organisation(name) is org, name
    for title in kb.titles:
        for form in title.forms():
            assert kb.title(form) is title, form
    for verb in kb.verbs:
        for form in verb.all_forms():
            assert kb.verb(form) is verb, form
    for outlet in kb.outlets:
        for name in outlet.names():
            assert kb.outlet(name) is outlet, name


def test_organisation_members_are_known_countries(kb: Knowledge) -> None:
    """Every organisation member is the short name of a country in countries.toml."""
    names = {c.name for c in kb.countries}
    for org in kb.organisations:
        assert set(org.members) <= names, org.name
        assert len(set(org.members)) == len(org.members), org.name


def test_outlet_countries_are_known_countries(kb: Knowledge) -> None:
    """Every outlet's country is the short name of a country in countries.toml."""
    names = {c.name for c in kb.countries}
    assert {o.country for o in kb.outlets if o.country} <= names


def test_kinds_are_from_the_documented_sets(kb: Knowledge) -> None:
    """Title and outlet kinds are drawn from the documented vocabularies."""
    assert {t.kind for t in kb.titles} <= knowledge.TITLE_KINDS
    assert {o.kind for o in kb.outlets} <= knowledge.OUTLET_KINDS


def test_verb_forms_are_lower_case_and_complete(kb: Knowledge) -> None:
    """verb_forms() holds every phrase and form, lower-cased."""
    forms = kb.verb_forms()
    assert all(f == f.lower() for f in forms)
    assert {"said", "says", "told reporters", "emphasized", "is convinced"} <= forms
    assert all(v.phrase.lower() in forms for v in kb.verbs)


def test_acts_are_not_speech(kb: Knowledge) -> None:
    """Verbs reporting an act done with words are kept apart from verbs reporting words."""
    for phrase in ("thanked", "welcomed", "congratulated"):
        verb = kb.verb(phrase)
        assert verb is not None
        assert not verb.speech
    said = kb.verb("said")
    assert said is not None
    assert said.speech
    assert said.takes_quote


# ----------------------------------------------------------------------------------------------
# Lookups
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("the Russian Federation", "Russia"),
        ("Russian Federation", "Russia"),
        ("Kyrgyz Republic", "Kyrgyzstan"),
        ("the Republic of Belarus", "Belarus"),
        ("Belorussia", "Belarus"),
        ("Republic of Korea", "South Korea"),
        ("DPRK", "North Korea"),
        ("United States of America", "United States"),
        ("U.S.", "United States"),
        ("UK", "United Kingdom"),
        ("Great Britain", "United Kingdom"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Burma", "Myanmar"),
        ("Côte d'Ivoire", "Ivory Coast"),
        (f"Cote d{CURLY}Ivoire", "Ivory Coast"),
        ("People's Republic of China", "China"),
        (f"People{CURLY}s Republic of China", "China"),
        ("Viet Nam", "Vietnam"),
        ("Lao PDR", "Laos"),
        ("the Islamic Republic of Iran", "Iran"),
        ("Czechia", "Czech Republic"),
        ("Holy See", "Vatican"),
    ],
)
def test_country_by_name(kb: Knowledge, query: str, expected: str) -> None:
    """A country is found by its short name, official name or alias, in any case and style."""
    country = kb.country(query)
    assert country is not None
    assert country.name == expected


@pytest.mark.parametrize("query", ["us", "uk", "dprk", "Atlantis", ""])
def test_country_misses(kb: Knowledge, query: str) -> None:
    """Acronyms match only in capitals, and unknown names find nothing."""
    assert kb.country(query) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Belarusian", "Belarus"),
        ("Belarussian", "Belarus"),
        ("Uzbek", "Uzbekistan"),
        ("Uzbeks", "Uzbekistan"),
        ("kyrgyz", "Kyrgyzstan"),
        ("Tajiks", "Tajikistan"),
        ("Azeri", "Azerbaijan"),
        ("Kazakhstani", "Kazakhstan"),
        ("Americans", "United States"),
        ("Briton", "United Kingdom"),
        ("Chinese", "China"),
        ("Indian", "India"),
    ],
)
def test_country_by_demonym(kb: Knowledge, word: str, expected: str) -> None:
    """A country is found by its adjective or people noun, singular or plural."""
    country = kb.country_by_demonym(word)
    assert country is not None
    assert country.name == expected


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Bishkek", "Kyrgyzstan"),
        ("Sochi", "Russia"),
        ("St Petersburg", "Russia"),
        ("Nur-Sultan", "Kazakhstan"),
        ("Astana", "Kazakhstan"),
        ("Rangoon", "Myanmar"),
        ("Camp David", "United States"),
        ("Nusa Dua", "Indonesia"),
        ("Bogota", "Colombia"),
        ("The Hague", "Netherlands"),
        ("Chisinau", "Moldova"),
    ],
)
def test_country_by_city(kb: Knowledge, city: str, expected: str) -> None:
    """A country is found by its capital, a former capital or a listed city."""
    country = kb.country_by_city(city)
    assert country is not None
    assert country.name == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CIS", "Commonwealth of Independent States"),
        ("Commonwealth of Independent States", "Commonwealth of Independent States"),
        ("EEU", "Eurasian Economic Union"),
        ("EAEU", "Eurasian Economic Union"),
        ("Collective Security Treaty Organization", "Collective Security Treaty Organisation"),
        ("CSTO", "Collective Security Treaty Organisation"),
        ("G-20", "Group of 20"),
        ("Group of Twenty", "Group of 20"),
        ("Quad", "Quadrilateral Security Dialogue"),
        ("Arab League", "League of Arab States"),
        ("Turkic Council", "Organization of Turkic States"),
    ],
)
def test_organisation_lookup(kb: Knowledge, query: str, expected: str) -> None:
    """An organisation is found by name, spelling, alias or acronym."""
    org = kb.organisation(query)
    assert org is not None
    assert org.name == expected


def test_organisation_acronyms_are_case_sensitive(kb: Knowledge) -> None:
    """Acronyms match only as written: "CIS" finds the CIS, "cis" finds nothing."""
    assert kb.organisation("CIS") is not None
    assert kb.organisation("cis") is None
    assert kb.organisation("commonwealth of independent states") is not None


def test_organisation_bodies(kb: Knowledge) -> None:
    """Named bodies are listed under their organisation."""
    cis = kb.organisation("CIS")
    assert cis is not None
    assert "Council of Heads of State" in cis.bodies
    assert "Heads of State Council" in cis.bodies
    eaeu = kb.organisation("EAEU")
    assert eaeu is not None
    assert "Supreme Eurasian Economic Council" in eaeu.bodies


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("BelTA", "BELTA"),
        ("BELTA", "BELTA"),
        ("Belarusian Telegraph Agency", "BELTA"),
        ("tass", "TASS"),
        ("AP Photo", "Associated Press"),
        ("Telam", "Télam"),
    ],
)
def test_outlet_lookup(kb: Knowledge, query: str, expected: str) -> None:
    """An outlet is found by name or alias, in any case."""
    outlet = kb.outlet(query)
    assert outlet is not None
    assert outlet.name == expected


def test_title_lookup(kb: Knowledge) -> None:
    """Titles are found by any spelling variant."""
    title = kb.title("Defense Secretary")
    assert title is not None
    assert title.title == "Defence Secretary"
    assert title.kind == "minister"
    secretary_general = kb.title("Secretary General")
    assert secretary_general is not None
    assert secretary_general.kind == "organisation"


def test_ambiguous_terms(kb: Knowledge) -> None:
    """A term shared by several countries resolves to its default, or to none."""
    assert kb.country("Congo") is None
    assert kb.country_by_demonym("Congolese") is None
    assert {c.name for c in kb.ambiguous_countries("Congo")} == {
        "Republic of the Congo",
        "DR Congo",
    }
    korea = kb.country("Korea")
    assert korea is not None
    assert korea.name == "South Korea"
    assert len(kb.ambiguous_countries("Korea")) == 2
    assert kb.ambiguous_countries("Belarus") == ()
    assert kb.organisation("Commonwealth") is None
    assert len(kb.ambiguous_organisations("the Commonwealth")) == 2


def test_generated_variants_are_in_the_tuples(kb: Knowledge) -> None:
    """Apostrophe and diacritic-free variants appear in the loaded tuples."""
    china = kb.country("China")
    assert china is not None
    assert f"People{CURLY}s Republic of China" in china.aliases
    ivory_coast = kb.country("Ivory Coast")
    assert ivory_coast is not None
    assert {
        "Côte d'Ivoire",
        "Cote d'Ivoire",
        f"Côte d{CURLY}Ivoire",
        f"Cote d{CURLY}Ivoire",
    } <= set(ivory_coast.aliases)


# ----------------------------------------------------------------------------------------------
# The snapshot
# ----------------------------------------------------------------------------------------------


def test_snapshot_is_current() -> None:
    """The shipped snapshot is of the current data files and loader.

    If this fails after editing a data file or the loader, run
    ``python -c "from summitdoc.knowledge import write_snapshot; write_snapshot()"``.
    """
    blobs = [(DATA / name).read_bytes() for name in knowledge.DATA_FILES]
    assert knowledge._read_snapshot(knowledge._shipped_digest(blobs)) is not None


def test_snapshot_equals_toml(kb: Knowledge, from_toml: Knowledge) -> None:
    """Knowledge read from the snapshot is the same as knowledge parsed from the TOML."""
    for name in (
        "countries",
        "organisations",
        "titles",
        "role_nouns",
        "honorifics",
        "verbs",
        "document_nouns",
        "outlets",
        "credit_markers",
        "ambiguities",
    ):
        assert getattr(kb, name) == getattr(from_toml, name), name
    assert kb.verb_forms() == from_toml.verb_forms()
    for query in ("us", "US", "the Russian Federation", "Congo", "Korea"):
        assert kb.country(query) == from_toml.country(query)


def test_snapshot_written_matches(tmp_path: Path, kb: Knowledge) -> None:
    """write_snapshot() writes a snapshot that reads back to the same knowledge."""
    target = knowledge.write_snapshot(tmp_path / "snap.json")
    assert target.read_bytes() == (DATA / knowledge.SNAPSHOT_FILE).read_bytes()


# ----------------------------------------------------------------------------------------------
# User files
# ----------------------------------------------------------------------------------------------


def _extra(tmp_path: Path, text: str, name: str = "extra.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extra_file_adds_entries(tmp_path: Path) -> None:
    """A user file adds countries, organisations and outlets to the shipped ones."""
    path = _extra(
        tmp_path,
        """
[[country]]
name = "Narnia"
official = "Kingdom of Narnia"
aliases = ["Land of Aslan"]
demonyms = ["Narnian", "Narnians"]
capital = "Cair Paravel"
un_member = false

[[organisation]]
name = "League of Narnian States"
acronyms = ["LNS"]
members = ["Narnia", "Belarus"]

[[outlet]]
name = "Narnia Daily"
country = "Narnia"
kind = "newspaper"

[generic]
role_nouns = ["lion"]
""",
    )
    kb = load_knowledge(extra=[path])
    narnia = kb.country("land of aslan")
    assert narnia is not None
    assert narnia.name == "Narnia"
    assert kb.country_by_city("Cair Paravel") is narnia
    assert kb.organisation("LNS") is not None
    assert kb.outlet("narnia daily") is not None
    assert "lion" in kb.role_nouns
    assert "leader" in kb.role_nouns
    assert kb.country("Russia") is not None
    assert load_knowledge(extra=[str(path)]) is kb


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\ncolour = "red"\n',
            "colour",
            "unknown key",
        ),
        ('[[country]]\nname = "X"\nofficial = "X"\n', "un_member", "missing required key"),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = "no"\n',
            "un_member",
            "expected a boolean",
        ),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\naliases = "Y"\n',
            "aliases",
            "expected an array",
        ),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\naliases = ["Burma"]\n',
            "aliases",
            "already claimed",
        ),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\niso2 = "x1"\n',
            "iso2",
            "capital letters",
        ),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\niso3 = "RUS"\n',
            "iso3",
            "already the code",
        ),
        (
            '[[country]]\nname = "X"\nofficial = "X"\nun_member = false\naliases = ["Y", "Y"]\n',
            "aliases",
            "listed twice",
        ),
        (
            '[[country]]\nname = "Ÿ"\nofficial = "Y"\nun_member = false\n',
            "official",
            "generated from",
        ),
        ('[[organisation]]\nname = "O"\nacronyms = ["CIS"]\n', "acronyms", "already claimed"),
        (
            '[[organisation]]\nname = "O"\nmembers = ["Narnia"]\n',
            "members",
            "not the name of a country",
        ),
        ('[[title]]\ntitle = "Grand Vizier"\nkind = "vizier"\n', "kind", "is not one of"),
        (
            '[[verb]]\nphrase = "opined"\nspeech = true\ntakes_quote = true\n',
            "forms",
            "already claimed",
        ),
        ('[[outlet]]\nname = "Z"\nkind = "blog"\n', "kind", "is not one of"),
        (
            '[[outlet]]\nname = "Z"\nkind = "agency"\ncountry = "Narnia"\n',
            "country",
            "not the name of a country",
        ),
        ("[generic]\nrole_nouns = [1]\n", "role_nouns", "must be a string"),
        (
            '[[ambiguous]]\nterm = "Georgia"\nkind = "name"\ncandidates = ["Georgia", "Russia"]\n',
            "default",
            "claimed by 'Georgia'",
        ),
        ('[[planet]]\nname = "Mars"\n', "planet", "unknown top-level key"),
    ],
)
def test_malformed_extra_file_raises(tmp_path: Path, text: str, key: str, problem: str) -> None:
    """A malformed user file raises DataError naming the file, the key and the problem."""
    path = _extra(tmp_path, text)
    with pytest.raises(summitdoc.DataError) as info:
        load_knowledge(extra=[path])
    message = str(info.value)
    assert str(path) in message
    assert repr(key) in message
    assert problem in message


def test_invalid_toml_raises(tmp_path: Path) -> None:
    """A user file that is not TOML raises DataError naming the file."""
    path = _extra(tmp_path, "[[country]\nname = ")
    with pytest.raises(summitdoc.DataError, match=re.escape(str(path))):
        load_knowledge(extra=[path])


def test_missing_extra_file_raises(tmp_path: Path) -> None:
    """A user file that does not exist raises DataError naming the file."""
    path = tmp_path / "nowhere.toml"
    with pytest.raises(summitdoc.DataError, match="cannot read"):
        load_knowledge(extra=[path])


def test_data_error_is_a_summitdoc_error() -> None:
    """DataError can be caught as SummitdocError."""
    assert issubclass(summitdoc.DataError, summitdoc.SummitdocError)


# ----------------------------------------------------------------------------------------------
# The documentation
# ----------------------------------------------------------------------------------------------


def test_docs_describe_every_key() -> None:
    """docs/data.md documents every table and every key the loader accepts."""
    text = DOCS.read_text(encoding="utf-8")
    schemas = {**knowledge._ENTRY_SCHEMAS, **knowledge._TABLE_SCHEMAS}
    for table, keys in schemas.items():
        assert f"`{table}`" in text or f"[{table}]" in text, table
        for key in keys:
            assert f"`{key}`" in text, f"{table}.{key}"
